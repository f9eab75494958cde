// Whole-or-nothing writes: temporary file or directory beside the target, fsync, rename,
// fsync of the directory (see atomic_file.hpp for the guarantees and the one crash window).
#include "base/atomic_file.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <sstream>
#include <stdexcept>

namespace liverkg::files {
namespace fs = std::filesystem;

bool detail::pretend_no_exchange = false;

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
    throw std::runtime_error("cannot write " + path + ": " + why);
}

[[noreturn]] void fail_errno(const std::string& path, const std::string& step = "") {
    fail(path, step + std::strerror(errno));
}

// ".NAME.tmp-1234-9f3a…" beside NAME: hidden, and unique per process and attempt.
std::string sibling_name(const fs::path& target, const char* kind) {
    static std::mt19937_64 rng{std::random_device{}()};
    char suffix[40];
    std::snprintf(suffix, sizeof suffix, "%d-%08llx", static_cast<int>(::getpid()),
                  static_cast<unsigned long long>(rng() & 0xffffffffULL));
    fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    return (parent / ("." + target.filename().string() + "." + kind + "-" + suffix)).string();
}

// A process killed while writing leaves its temporary file or directory; the next write of
// the same target removes those whose process is gone (a live one may still be writing).
void remove_stale_temporaries(const fs::path& target) {
    fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
    std::string prefix = "." + target.filename().string() + ".tmp-";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(parent, ec)) {
        std::string name = entry.path().filename().string();
        if (name.rfind(prefix, 0) != 0) continue;
        long pid = std::strtol(name.c_str() + prefix.size(), nullptr, 10);
        if (pid <= 0 || pid == ::getpid() || ::kill(static_cast<pid_t>(pid), 0) == 0 || errno != ESRCH) continue;
        std::error_code ignored;
        fs::remove_all(entry.path(), ignored);
    }
}

// The path a write lands on: a symbolic link is followed (the file it names is replaced,
// not the link), and "dir/" or "." are named by their parent and name.
fs::path resolve(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::absolute(path, ec).lexically_normal();
    if (ec) p = fs::path(path).lexically_normal();
    if (p.filename().empty() && p.has_parent_path()) p = p.parent_path();
    if (fs::is_symlink(p, ec) && fs::exists(p, ec)) {
        auto real = fs::canonical(p, ec);
        if (!ec) return real;
    }
    return p;
}

void write_all(int fd, std::string_view bytes, const std::string& shown) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) fail_errno(shown);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void sync_fd(int fd, const std::string& shown) {
    // EINVAL: the file system (or device) has nothing to sync; the data is where it goes.
    if (::fsync(fd) != 0 && errno != EINVAL) fail_errno(shown, "fsync: ");
}

// Writes and fsyncs FILE, which must already exist (created by the caller).
void write_synced(const std::string& file, std::string_view bytes, const std::string& shown) {
    int fd = ::open(file.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) fail_errno(shown);
    try {
        write_all(fd, bytes, shown);
        sync_fd(fd, shown);
    } catch (...) {
        ::close(fd);
        throw;
    }
    if (::close(fd) != 0) fail_errno(shown);
}

void write_in_place(const std::string& path, std::string_view bytes) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) fail_errno(path);
    try {
        write_all(fd, bytes, path);
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
}

// The mode a new file gets: the replaced file's, else 0666 less the umask (open applies it).
mode_t mode_for(const fs::path& target, mode_t fresh) {
    struct stat st {};
    return ::stat(target.c_str(), &st) == 0 ? (st.st_mode & 07777) : fresh;
}

}  // namespace

void sync_directory(const std::string& dir) {
    int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) fail_errno(dir);
    try {
        sync_fd(fd, dir);
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
}

// ---- one file ----

AtomicFile::AtomicFile(const std::string& target) {
    fs::path p = resolve(target);
    target_ = p.string();
    struct stat st {};
    if (::stat(target_.c_str(), &st) == 0) {
        if (S_ISDIR(st.st_mode)) fail(target, "it is a directory");
        if (!S_ISREG(st.st_mode)) {
            in_place_ = true;   // a FIFO or device: written directly, it cannot be replaced
            temp_ = target_;
            return;
        }
    }
    remove_stale_temporaries(p);
    mode_t mode = mode_for(p, 0666);
    for (int attempt = 0; attempt < 16; ++attempt) {
        std::string name = sibling_name(p, "tmp");
        int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (fd >= 0) {
            if (mode != 0666) ::fchmod(fd, mode);   // the replaced file's mode, umask aside
            ::close(fd);
            temp_ = name;
            return;
        }
        if (errno != EEXIST) {
            std::string dir = p.parent_path().empty() ? "." : p.parent_path().string();
            fail_errno(target, "cannot create a temporary file in " + dir + ": ");
        }
    }
    fail(target, "cannot find a free temporary name");
}

AtomicFile::~AtomicFile() {
    if (!in_place_ && !temp_.empty()) ::unlink(temp_.c_str());
}

void AtomicFile::commit() {
    if (in_place_) return;
    int fd = ::open(temp_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail_errno(target_);
    try {
        sync_fd(fd, target_);
    } catch (...) {
        ::close(fd);
        throw;
    }
    ::close(fd);
    if (::rename(temp_.c_str(), target_.c_str()) != 0) fail_errno(target_, "rename: ");
    temp_.clear();
    sync_directory(fs::path(target_).parent_path().string());
}

namespace {

void write_to(AtomicFile& f, const std::string& path, std::string_view bytes) {
    if (f.in_place()) return write_in_place(f.temp_path(), bytes);
    write_synced(f.temp_path(), bytes, path);
    f.commit();
}

}  // namespace

void write_atomically(const std::string& path, std::string_view bytes) {
    AtomicFile f(path);
    write_to(f, path, bytes);
}

void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& body) {
    AtomicFile f(path);   // an unwritable place is reported before the text is made
    std::ostringstream text;
    body(text);
    if (!text) fail(path, "the text could not be formed");
    write_to(f, path, text.view());
}

// ---- a directory ----

AtomicDir::AtomicDir(const std::string& target) {
    fs::path p = resolve(target);
    target_ = p.string();
    std::error_code ec;
    if (fs::exists(p, ec) && !fs::is_directory(p, ec)) fail(target, "it exists and is not a directory");
    fs::path parent = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    fs::create_directories(parent, ec);
    if (ec) fail(target, "cannot create " + parent.string() + ": " + ec.message());
    remove_stale_temporaries(p);
    mode_t mode = mode_for(p, 0777);
    for (int attempt = 0; attempt < 16; ++attempt) {
        std::string name = sibling_name(p, "tmp");
        if (::mkdir(name.c_str(), mode) == 0) {
            if (mode != 0777) ::chmod(name.c_str(), mode);
            temp_ = name;
            return;
        }
        if (errno == EEXIST) continue;
        // The parent is not ours to write, but DIR is: replace its files one by one, guarded
        // by a marker that a load checks (see kInProgressMarker).
        if ((errno == EACCES || errno == EPERM || errno == EROFS) && fs::is_directory(p, ec) &&
            ::access(target_.c_str(), W_OK) == 0) {
            in_place_ = true;
            return;
        }
        fail_errno(target, "cannot create a temporary directory in " + parent.string() + ": ");
    }
    fail(target, "cannot find a free temporary name");
}

AtomicDir::~AtomicDir() {
    std::error_code ec;
    if (committed_) return;
    if (!in_place_ && !temp_.empty()) fs::remove_all(temp_, ec);
    for (const auto& [name, temp] : in_place_temps_) fs::remove(temp, ec);
}

void AtomicDir::write(const std::string& name, std::string_view bytes) {
    std::string shown = (fs::path(target_) / name).string();
    if (in_place_) remove_stale_temporaries(fs::path(shown));
    std::string file = in_place_ ? sibling_name(fs::path(shown), "tmp") : (fs::path(temp_) / name).string();
    int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) fail_errno(shown);
    ::close(fd);
    if (in_place_) in_place_temps_.emplace_back(name, file);
    write_synced(file, bytes, shown);
    written_.insert(name);
}

// DIR's parent is not writable: the new files wait in DIR under temporary names, then a
// marker is written, the files are renamed over the old ones and the files `keep` rejects are
// removed, and the marker goes. A crash in between leaves the marker, and a load refuses the
// mixed directory instead of reading new nodes with old edges.
void AtomicDir::commit_in_place(const std::function<bool(const std::string&)>& keep) {
    std::string marker = (fs::path(target_) / kInProgressMarker).string();
    write_atomically(marker, std::string_view("a save into this directory did not finish\n"));
    for (const auto& [name, temp] : in_place_temps_)
        if (::rename(temp.c_str(), (fs::path(target_) / name).c_str()) != 0) fail_errno(target_, "rename: ");
    in_place_temps_.clear();
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(target_, ec)) {
        std::string name = entry.path().filename().string();
        if (!written_.count(name) && name != kInProgressMarker && keep && !keep(name)) fs::remove_all(entry.path(), ec);
    }
    sync_directory(target_);
    if (::unlink(marker.c_str()) != 0) fail_errno(marker);
    committed_ = true;
    sync_directory(target_);
}

// Files of the old directory that the new one does not write, if `keep` wants them: hard
// links cost nothing and keep the bytes; a copy where links are impossible.
void AtomicDir::carry_over(const std::function<bool(const std::string&)>& keep) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(target_, ec)) {
        std::string name = entry.path().filename().string();
        if (written_.count(name) || (keep && !keep(name))) continue;
        fs::path to = fs::path(temp_) / name;
        if (!entry.is_symlink() && entry.is_regular_file() && ::link(entry.path().c_str(), to.c_str()) == 0) continue;
        std::error_code copy_ec;
        fs::copy(entry.path(), to, fs::copy_options::recursive | fs::copy_options::copy_symlinks, copy_ec);
        if (copy_ec) fail(target_, "cannot carry over " + name + ": " + copy_ec.message());
    }
    if (ec) fail(target_, "cannot list: " + ec.message());
}

void AtomicDir::commit(const std::function<bool(const std::string& name)>& keep) {
    if (in_place_) return commit_in_place(keep);
    std::error_code ec;
    bool replace = fs::exists(target_, ec);
    if (replace) carry_over(keep);
    sync_directory(temp_);
    std::string parent = fs::path(target_).parent_path().string();
    if (!replace) {
        if (::rename(temp_.c_str(), target_.c_str()) != 0) fail_errno(target_, "rename: ");
        committed_ = true;
        return sync_directory(parent);
    }
    // One atomic swap where the file system has it; the old directory ends up at temp_.
    std::string old = temp_;
    bool exchanged = !detail::pretend_no_exchange &&
                     ::renameat2(AT_FDCWD, temp_.c_str(), AT_FDCWD, target_.c_str(), RENAME_EXCHANGE) == 0;
    if (!exchanged) {
        if (!detail::pretend_no_exchange && errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP)
            fail_errno(target_, "rename: ");
        // No exchange here: old aside, new in. A crash between the two leaves the old
        // directory whole at `old` (interrupted_save_hint finds it).
        old = sibling_name(fs::path(target_), "old");
        if (::rename(target_.c_str(), old.c_str()) != 0) fail_errno(target_, "rename: ");
        if (::rename(temp_.c_str(), target_.c_str()) != 0) {
            int saved = errno;
            ::rename(old.c_str(), target_.c_str());
            errno = saved;
            fail_errno(target_, "rename: ");
        }
    }
    committed_ = true;
    sync_directory(parent);
    fs::remove_all(old, ec);   // the previous version; a leftover is harmless
}

std::string in_progress_error(const std::string& dir) {
    std::error_code ec;
    if (!fs::exists(fs::path(dir) / kInProgressMarker, ec)) return "";
    return (fs::path(dir) / kInProgressMarker).string() +
           ":0: a save into this directory did not finish, so its files may come from two different saves; "
           "save the graph again, or remove this file to load the directory as it is";
}

std::string interrupted_save_hint(const std::string& dir) {
    fs::path p = resolve(dir);
    fs::path parent = p.parent_path().empty() ? fs::path(".") : p.parent_path();
    std::string prefix = "." + p.filename().string() + ".old-";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(parent, ec))
        if (entry.path().filename().string().rfind(prefix, 0) == 0)
            return "; an interrupted save left the previous one in " + entry.path().string() +
                   " (rename it back to " + p.string() + ")";
    return "";
}

}  // namespace liverkg::files
