#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <functional>
#include <stdexcept>

#include "../graph/tsv_test_util.hpp"
#include "base/atomic_file.hpp"

using liverkg::test::TempDir;
namespace files = liverkg::files;
namespace fs = std::filesystem;

namespace {

// Names in DIR other than the expected ones: temporary files or directories left behind.
std::vector<std::string> entries(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

// While alive, a file can grow to at most `bytes` (writes beyond fail with EFBIG, as on a
// full disk; SIGXFSZ, which would kill the test, is ignored).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        getrlimit(RLIMIT_FSIZE, &saved_);
        old_handler_ = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lim{bytes, saved_.rlim_max};
        setrlimit(RLIMIT_FSIZE, &lim);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &saved_);
        std::signal(SIGXFSZ, old_handler_);
    }

private:
    rlimit saved_{};
    void (*old_handler_)(int) = nullptr;
};

std::string failure_of(const std::function<void()>& write) {
    try {
        write();
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "no failure";
}

}  // namespace

TEST_CASE("write_atomically creates and replaces a file, leaving nothing else", "[atomic]") {
    TempDir d;
    files::write_atomically(d.file("a.csv"), std::string_view("first\n"));
    CHECK(d.read("a.csv") == "first\n");
    files::write_atomically(d.file("a.csv"), [](std::ostream& out) { out << "second\n"; });
    CHECK(d.read("a.csv") == "second\n");
    CHECK(entries(d.path()) == std::vector<std::string>{"a.csv"});
}

TEST_CASE("a failed write leaves the old file and no temporary file", "[atomic]") {
    TempDir d;
    d.write("a.csv", "old\n");
    std::string big(64 * 1024, 'x');
    std::string error;
    {
        FileSizeLimit limit(1024);
        error = failure_of([&] { files::write_atomically(d.file("a.csv"), big); });
    }
    CHECK(error == "cannot write " + d.file("a.csv") + ": File too large");
    CHECK(d.read("a.csv") == "old\n");
    CHECK(entries(d.path()) == std::vector<std::string>{"a.csv"});
}

TEST_CASE("writes to a device go to the device, and its errors are reported", "[atomic]") {
    CHECK(failure_of([] { files::write_atomically("/dev/full", std::string_view("x")); }) ==
          "cannot write /dev/full: No space left on device");
    CHECK(failure_of([] { files::write_atomically("/dev/null", std::string_view("x")); }) == "no failure");
    TempDir d;
    fs::create_directory(d.file("sub"));
    CHECK(failure_of([&] { files::write_atomically(d.file("sub"), std::string_view("x")); }) ==
          "cannot write " + d.file("sub") + ": it is a directory");
}

TEST_CASE("an AtomicFile not committed leaves the target as it was", "[atomic]") {
    TempDir d;
    d.write("fig.svg", "old");
    {
        files::AtomicFile f(d.file("fig.svg"));
        std::ofstream(f.temp_path()) << "half";
    }
    CHECK(d.read("fig.svg") == "old");
    CHECK(entries(d.path()) == std::vector<std::string>{"fig.svg"});
    files::AtomicFile f(d.file("fig.svg"));
    std::ofstream(f.temp_path()) << "new";
    f.commit();
    CHECK(d.read("fig.svg") == "new");
}

TEST_CASE("AtomicDir replaces a directory as a whole", "[atomic]") {
    TempDir d;
    d.write("kg/nodes.tsv", "old nodes\n");
    d.write("kg/edges.tsv", "old edges\n");
    d.write("kg/README.md", "notes\n");
    d.write("kg/stale.tsv", "stale\n");
    {
        files::AtomicDir out(d.file("kg"));
        out.write("nodes.tsv", "new nodes\n");
        out.write("edges.tsv", "new edges\n");
        out.commit([](const std::string& name) { return name != "stale.tsv"; });
    }
    CHECK(d.read("kg/nodes.tsv") == "new nodes\n");
    CHECK(d.read("kg/edges.tsv") == "new edges\n");
    CHECK(d.read("kg/README.md") == "notes\n");   // carried over
    CHECK_FALSE(fs::exists(d.file("kg/stale.tsv")));
    CHECK(entries(d.path()) == std::vector<std::string>{"kg"});   // no temporary or old directory left

    SECTION("a new directory appears whole, parents created") {
        files::AtomicDir out(d.file("a/b/kg"));
        out.write("nodes.tsv", "n\n");
        out.commit();
        CHECK(d.read("a/b/kg/nodes.tsv") == "n\n");
        CHECK(entries(d.file("a/b")) == std::vector<std::string>{"kg"});
    }
    SECTION("a failure before commit leaves the old directory and nothing beside it") {
        std::string error;
        {
            FileSizeLimit limit(1024);
            error = failure_of([&] {
                files::AtomicDir out(d.file("kg"));
                out.write("nodes.tsv", "small\n");
                out.write("edges.tsv", std::string(64 * 1024, 'e'));
                out.commit();
            });
        }
        CHECK(error == "cannot write " + d.file("kg/edges.tsv") + ": File too large");
        CHECK(d.read("kg/nodes.tsv") == "new nodes\n");
        CHECK(entries(d.path()) == std::vector<std::string>{"kg"});
    }
    SECTION("a file where the directory should be is refused") {
        d.write("plain", "x");
        CHECK(failure_of([&] { files::AtomicDir out(d.file("plain")); }) ==
              "cannot write " + d.file("plain") + ": it exists and is not a directory");
    }
}

TEST_CASE("interrupted_save_hint names the previous save left beside a missing directory", "[atomic]") {
    TempDir d;
    CHECK(files::interrupted_save_hint(d.file("kg")).empty());
    fs::create_directory(d.file(".kg.old-12-ab"));
    CHECK(files::interrupted_save_hint(d.file("kg")) ==
          "; an interrupted save left the previous one in " + d.file(".kg.old-12-ab") + " (rename it back to " +
              d.file("kg") + ")");
}

TEST_CASE("a temporary left by a killed process is removed by the next write", "[atomic]") {
    TempDir d;
    // PID 2^22+1 is above Linux's pid_max limit, so no process has it.
    d.write(".a.csv.tmp-4194305-dead", "half");
    d.write(".kg.tmp-4194305-dead/nodes.tsv", "half");
    std::string live = ".a.csv.tmp-" + std::to_string(::getppid()) + "-busy";   // a live process
    d.write(live, "in progress");
    files::write_atomically(d.file("a.csv"), std::string_view("x"));
    files::AtomicDir out(d.file("kg"));
    out.write("nodes.tsv", "n");
    out.commit();
    CHECK(entries(d.path()) == std::vector<std::string>{live, "a.csv", "kg"});
}

TEST_CASE("without RENAME_EXCHANGE the old directory is renamed aside, then removed", "[atomic]") {
    TempDir d;
    d.write("kg/nodes.tsv", "old\n");
    d.write("kg/README.md", "notes\n");
    files::detail::pretend_no_exchange = true;
    files::AtomicDir out(d.file("kg"));
    out.write("nodes.tsv", "new\n");
    out.commit();
    files::detail::pretend_no_exchange = false;
    CHECK(d.read("kg/nodes.tsv") == "new\n");
    CHECK(d.read("kg/README.md") == "notes\n");
    CHECK(entries(d.path()) == std::vector<std::string>{"kg"});
}
