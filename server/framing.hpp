#pragma once
// Bolt's chunked framing: a message travels as chunks (a 2-byte big-endian size, then that
// many bytes) and ends with a zero-size chunk. A zero-size chunk between messages is a
// keep-alive (NOOP) and carries nothing.
#include <cstddef>
#include <deque>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace liverkg::server {

// The peer broke the framing or a limit: the connection has to end (the reason is logged).
class FramingError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Gathers the bytes read from a connection into whole messages.
class ChunkDecoder {
public:
    ChunkDecoder(std::size_t max_message, std::size_t max_chunk = 0xFFFF)
        : max_message_(max_message), max_chunk_(max_chunk) {}
    // Takes bytes as they arrive; throws FramingError past a limit.
    void feed(std::string_view bytes);
    // The next whole message, if one has arrived.
    std::optional<std::string> next();
    // True while part of a message (or of a chunk header) has arrived without its end.
    bool partial() const { return !current_.empty() || header_.size() || remaining_; }

private:
    std::size_t max_message_, max_chunk_;
    std::string header_;        // 0 or 1 byte of a chunk size read so far
    std::size_t remaining_ = 0; // bytes still due in the current chunk
    std::string current_;       // the message being gathered
    std::deque<std::string> ready_;
};

// A message cut into chunks of at most max_chunk bytes, with its end marker.
void append_chunked(std::string& out, std::string_view message, std::size_t max_chunk = 0xFFFF);

}  // namespace liverkg::server
