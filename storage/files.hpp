#pragma once
// The file operations durability rests on: whole writes, fsync of files and directories,
// atomic replacement (temporary file, fsync, rename, fsync the directory), the lock file,
// and the fault-injection points the crash tests use.
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace liverkg::storage {

// Anything that makes a database unusable or a commit impossible. The message names the
// file and what is wrong; the command line prints it and exits 2 when opening fails.
class StorageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// "PATH: what: strerror(err)"
[[noreturn]] void fail_io(const std::string& path, std::string_view what, int err);

// Writes all bytes at offset (pwrite until done); throws StorageError naming path.
void write_all_at(int fd, const std::string& path, std::string_view bytes, std::uint64_t offset);
void sync_file(int fd, const std::string& path);
void sync_dir(const std::string& dir);
// Replaces `path` by a file holding `bytes`: path.tmp written and fsync'ed, renamed over
// path, the directory fsync'ed. A crash leaves either the old file or the new one.
void replace_file(const std::string& dir, const std::string& path, std::string_view bytes);
std::string read_file(const std::string& path);   // throws StorageError

// A file mapped read-only, its pages populated in one call (MAP_POPULATE): a large
// checkpoint is read without a page fault per 4 KB and without copying it.
class MappedFile {
public:
    explicit MappedFile(const std::string& path);   // throws StorageError
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    std::string_view bytes() const { return {data_, size_}; }

private:
    const char* data_ = nullptr;
    std::size_t size_ = 0;
};

// Exclusive lock on DIR/lock (flock), holding this process's pid; released when the
// process ends, however it ends.
class DirLock {
public:
    explicit DirLock(const std::string& dir);   // throws StorageError naming the holder's pid
    ~DirLock();
    DirLock(const DirLock&) = delete;
    DirLock& operator=(const DirLock&) = delete;

private:
    int fd_ = -1;
};

// Fault injection for the crash tests: when the environment variable LIVERKG_CRASH_AT
// equals `point`, the process kills itself (SIGKILL) there. Points: see docs/storage.md.
void crash_point(const char* point);

}  // namespace liverkg::storage
