// Rendering DOT through Graphviz: `dot -T<format> -o FILE INPUT`, found on PATH and run
// without a shell (no quoting of file names), its stderr kept for the error message.
#include <spawn.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <fstream>
#include <sstream>
#include <vector>

#include "base/atomic_file.hpp"
#include "formats/dot.hpp"

extern char** environ;

namespace liverkg::formats {
namespace fs = std::filesystem;
namespace {

// A temporary file removed when it goes out of scope.
class TempFile {
public:
    explicit TempFile(const char* suffix) {
        std::string tmpl = (fs::temp_directory_path() / "liverkg-XXXXXX").string() + suffix;
        int fd = mkstemps(tmpl.data(), static_cast<int>(std::strlen(suffix)));
        if (fd >= 0) {
            close(fd);
            path_ = tmpl;
        }
    }
    ~TempFile() {
        if (!path_.empty()) std::remove(path_.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

std::string first_line(const std::string& text) {
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        if (line.find_first_not_of(" \t\r") != std::string::npos) return line;
    return {};
}

// Runs `dot`; returns its exit status, or -1 with errno set when it could not be started.
int run_dot(const std::string& format, const std::string& input, const std::string& output,
            const std::string& stderr_file, int dpi) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderr_file.c_str(),
                                     O_WRONLY | O_TRUNC, 0600);
    std::string tflag = "-T" + format;
    std::string oflag = "-o" + output;
    std::string dflag = "-Gdpi=" + std::to_string(dpi);
    std::vector<char*> argv = {const_cast<char*>("dot"), tflag.data(), oflag.data()};
    if (dpi > 0) argv.push_back(dflag.data());
    argv.push_back(const_cast<char*>(input.c_str()));
    argv.push_back(nullptr);
    pid_t pid = 0;
    int rc = posix_spawnp(&pid, "dot", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        errno = rc;
        return -1;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

bool render_with_dot(const std::string& dot_text, std::string_view format, const std::string& file,
                     std::string& error, int dpi) {
    TempFile input(".dot"), messages(".err");
    if (input.path().empty() || messages.path().empty()) {
        error = std::string("cannot create a temporary file: ") + std::strerror(errno);
        return false;
    }
    std::ofstream(input.path(), std::ios::binary) << dot_text;
    // `dot` writes a temporary file beside FILE, which replaces FILE only when it succeeded.
    std::optional<files::AtomicFile> output;
    try {
        output.emplace(file);
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
    int status = run_dot(std::string(format), input.path(), output->temp_path(), messages.path(), dpi);
    if (status < 0) {
        error = errno == ENOENT
                    ? "Graphviz `dot` was not found on PATH (install graphviz to export " +
                          std::string(format) + ")"
                    : "cannot run Graphviz `dot`: " + std::string(std::strerror(errno));
        return false;
    }
    if (status != 0) {
        std::ifstream in(messages.path());
        std::ostringstream text;
        text << in.rdbuf();
        std::string reason = first_line(text.str());
        error = "Graphviz `dot` failed (exit status " + std::to_string(status) + ")" +
                (reason.empty() ? "" : ": " + reason);
        return false;
    }
    try {
        output->commit();
    } catch (const std::exception& e) {
        error = e.what();
        return false;
    }
    return true;
}

}  // namespace liverkg::formats
