#include "storage/files.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>

namespace liverkg::storage {

void fail_io(const std::string& path, std::string_view what, int err) {
    throw StorageError(path + ": " + std::string(what) + ": " + std::strerror(err));
}

void write_all_at(int fd, const std::string& path, std::string_view bytes, std::uint64_t offset) {
    while (!bytes.empty()) {
        ssize_t n = ::pwrite(fd, bytes.data(), bytes.size(), static_cast<off_t>(offset));
        if (n < 0) {
            if (errno == EINTR) continue;
            fail_io(path, "cannot write", errno);
        }
        bytes.remove_prefix(static_cast<std::size_t>(n));
        offset += static_cast<std::uint64_t>(n);
    }
}

void sync_file(int fd, const std::string& path) {
    if (::fdatasync(fd) != 0) fail_io(path, "cannot flush to disk (fsync)", errno);
}

void sync_dir(const std::string& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) fail_io(dir, "cannot open the directory", errno);
    int rc = ::fsync(fd);
    int err = errno;
    ::close(fd);
    if (rc != 0) fail_io(dir, "cannot flush the directory to disk (fsync)", err);
}

void replace_file(const std::string& dir, const std::string& path, std::string_view bytes) {
    std::string tmp = path + ".tmp";
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) fail_io(tmp, "cannot create", errno);
    try {
        write_all_at(fd, tmp, bytes, 0);
        crash_point("checkpoint-written");
        sync_file(fd, tmp);
    } catch (...) {
        ::close(fd);
        ::unlink(tmp.c_str());
        throw;
    }
    ::close(fd);
    crash_point("checkpoint-synced");
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        int err = errno;
        ::unlink(tmp.c_str());
        fail_io(path, "cannot rename " + tmp + " to it", err);
    }
    sync_dir(dir);
}

std::string read_file(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail_io(path, "cannot open", errno);
    struct stat st{};
    if (::fstat(fd, &st) != 0) {
        int err = errno;
        ::close(fd);
        fail_io(path, "cannot stat", err);
    }
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t got = 0;
    while (got < bytes.size()) {
        ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            int err = n < 0 ? errno : EIO;
            ::close(fd);
            fail_io(path, "cannot read", err);
        }
        got += static_cast<std::size_t>(n);
    }
    ::close(fd);
    return bytes;
}

MappedFile::MappedFile(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) fail_io(path, "cannot open", errno);
    struct stat st{};
    if (::fstat(fd, &st) != 0) {
        int err = errno;
        ::close(fd);
        fail_io(path, "cannot stat", err);
    }
    size_ = static_cast<std::size_t>(st.st_size);
    if (size_ > 0) {
        void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (p == MAP_FAILED) {
            int err = errno;
            ::close(fd);
            fail_io(path, "cannot map", err);
        }
        data_ = static_cast<const char*>(p);
    }
    ::close(fd);
}

MappedFile::~MappedFile() {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
}

DirLock::DirLock(const std::string& dir) {
    std::string path = dir + "/lock";
    fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) fail_io(path, "cannot open the lock file for writing", errno);
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        int err = errno;
        char buf[32] = {};
        ssize_t n = ::pread(fd_, buf, sizeof buf - 1, 0);
        std::string holder = n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : "";
        while (!holder.empty() && (holder.back() == '\n' || holder.back() == ' ')) holder.pop_back();
        ::close(fd_);
        fd_ = -1;
        if (err == EWOULDBLOCK)
            throw StorageError(dir + " is open in another liverkg process (pid " +
                               (holder.empty() ? std::string("unknown") : holder) + ", lock file " + path +
                               "); a database has one writer at a time");
        fail_io(path, "cannot lock", err);
    }
    std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd_, 0) != 0 || ::pwrite(fd_, pid.data(), pid.size(), 0) < 0) {
        int err = errno;
        ::close(fd_);
        fd_ = -1;
        fail_io(path, "cannot write the lock file", err);
    }
}

DirLock::~DirLock() {
    if (fd_ >= 0) ::close(fd_);   // closing releases the flock
}

void crash_point(const char* point) {
    static const char* wanted = std::getenv("LIVERKG_CRASH_AT");
    if (wanted && std::strcmp(wanted, point) == 0) ::raise(SIGKILL);
}

}  // namespace liverkg::storage
