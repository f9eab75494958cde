#pragma once
// The write-ahead log, DIR/wal.log: a 16-byte header (magic, format version) then records
// of [u32 length][u32 CRC-32C of the payload][payload]. A record is one committed
// transaction (storage/redo.hpp). Appends are fsync'ed before a commit is acknowledged.
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace liverkg::storage {

class Wal {
public:
    // Creates path holding only the header (atomically: temporary file and rename).
    static void create(const std::string& dir, const std::string& path);

    // Opens an existing log for appending. Throws StorageError when it is missing, not a
    // log, or from a newer format.
    explicit Wal(const std::string& path);
    ~Wal();
    Wal(const Wal&) = delete;
    Wal& operator=(const Wal&) = delete;

    // Calls each(payload, offset) for every intact record in order. A torn or corrupt record
    // ends the log: it and everything after it are cut off the file, and a warning naming
    // the file and offset is returned through `warning`.
    void recover(const std::function<void(std::string_view, std::uint64_t)>& each, std::string& warning);

    // Appends one record and waits until it is on disk. On failure the file is cut back to
    // where it was and StorageError thrown.
    void append(std::string_view payload);
    // Empties the log (after a checkpoint took its records in).
    void reset();
    std::uint64_t size() const { return size_; }
    const std::string& path() const { return path_; }
    bool broken() const { return broken_; }

private:
    std::string path_;
    int fd_ = -1;
    std::uint64_t size_ = 0;
    bool broken_ = false;   // a failed append could not be cut back: refuse further writes
};

}  // namespace liverkg::storage
