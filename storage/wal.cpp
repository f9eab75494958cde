#include "storage/wal.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "storage/checkpoint.hpp"
#include "storage/codec.hpp"
#include "storage/crc32c.hpp"
#include "storage/files.hpp"

namespace liverkg::storage {
namespace {

constexpr char kMagic[8] = {'L', 'K', 'G', 'W', 'A', 'L', 'O', 'G'};
constexpr std::uint64_t kHeaderSize = 16;
constexpr std::uint64_t kRecordHeader = 8;
// A record longer than this is taken for garbage (a torn length field), not allocated.
constexpr std::uint32_t kMaxRecord = 1u << 31;

std::string header_bytes() {
    ByteWriter w;
    w.raw(kMagic, sizeof kMagic);
    w.u32(kLogFormatVersion);
    w.u32(0);
    return std::move(w.bytes());
}

}  // namespace

void Wal::create(const std::string& dir, const std::string& path) { replace_file(dir, path, header_bytes()); }

Wal::Wal(const std::string& path) : path_(path) {
    fd_ = ::open(path.c_str(), O_RDWR | O_CLOEXEC);
    if (fd_ < 0) fail_io(path, "cannot open the log for writing", errno);
    off_t end = ::lseek(fd_, 0, SEEK_END);
    if (end < 0) fail_io(path, "cannot seek", errno);
    size_ = static_cast<std::uint64_t>(end);
}

Wal::~Wal() {
    if (fd_ >= 0) ::close(fd_);
}

void Wal::recover(const std::function<void(std::string_view, std::uint64_t)>& each, std::string& warning) {
    std::string bytes = read_file(path_);
    if (bytes.size() < kHeaderSize || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        throw StorageError(path_ + ": not a liverkg write-ahead log (wrong or missing header)");
    ByteReader h(std::string_view(bytes).substr(sizeof kMagic, 8));
    std::uint32_t version = h.u32();
    if (version > kLogFormatVersion)
        throw StorageError(path_ + ": written by a newer liverkg (format version " + std::to_string(version) +
                           "; this build reads up to version " + std::to_string(kLogFormatVersion) + ")");
    std::uint64_t at = kHeaderSize;
    std::string why;
    while (at < bytes.size()) {
        std::uint64_t left = bytes.size() - at;
        if (left < kRecordHeader) {
            why = "a record header cut short";
            break;
        }
        ByteReader r(std::string_view(bytes).substr(at, kRecordHeader));
        std::uint32_t length = r.u32(), crc = r.u32();
        if (length == 0 || length >= kMaxRecord || length > left - kRecordHeader) {
            why = "a record cut short (" + std::to_string(length) + " bytes announced, " +
                  std::to_string(left - kRecordHeader) + " present)";
            break;
        }
        std::string_view payload = std::string_view(bytes).substr(at + kRecordHeader, length);
        if (crc32c(payload) != crc) {
            why = "a record whose checksum does not match";
            break;
        }
        each(payload, at);
        at += kRecordHeader + length;
    }
    if (at < bytes.size()) {
        warning = path_ + ": discarded " + std::to_string(bytes.size() - at) + " bytes at offset " +
                  std::to_string(at) + ": " + why +
                  " (a transaction cut off by a crash, never acknowledged); the records before it are kept";
        if (::ftruncate(fd_, static_cast<off_t>(at)) != 0) fail_io(path_, "cannot cut off the torn record", errno);
        sync_file(fd_, path_);
    }
    size_ = at;
}

void Wal::append(std::string_view payload) {
    if (broken_)
        throw StorageError(path_ + ": an earlier write failed and could not be undone; reopen the database");
    ByteWriter w;
    w.u32(static_cast<std::uint32_t>(payload.size()));
    w.u32(crc32c(payload));
    w.bytes().append(payload);
    try {
        write_all_at(fd_, path_, w.bytes(), size_);
        crash_point("commit-written");
        sync_file(fd_, path_);
    } catch (...) {
        // The record must not survive a failed commit: a later append would follow it, and
        // recovery would replay a transaction that was reported as failed.
        if (::ftruncate(fd_, static_cast<off_t>(size_)) != 0 || ::fdatasync(fd_) != 0) broken_ = true;
        throw;
    }
    size_ += w.bytes().size();
    crash_point("commit-synced");
}

void Wal::reset() {
    if (::ftruncate(fd_, static_cast<off_t>(kHeaderSize)) != 0) fail_io(path_, "cannot truncate", errno);
    sync_file(fd_, path_);
    size_ = kHeaderSize;
}

}  // namespace liverkg::storage
