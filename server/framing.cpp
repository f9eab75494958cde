#include "server/framing.hpp"

#include <algorithm>

namespace liverkg::server {

void ChunkDecoder::feed(std::string_view bytes) {
    while (!bytes.empty()) {
        if (remaining_ > 0) {
            auto n = std::min(remaining_, bytes.size());
            current_.append(bytes.substr(0, n));
            bytes.remove_prefix(n);
            remaining_ -= n;
            continue;
        }
        header_.push_back(bytes.front());
        bytes.remove_prefix(1);
        if (header_.size() < 2) continue;
        std::size_t size = (static_cast<unsigned char>(header_[0]) << 8) | static_cast<unsigned char>(header_[1]);
        header_.clear();
        if (size == 0) {   // end of a message, or a NOOP between messages
            if (!current_.empty()) ready_.push_back(std::move(current_));
            current_.clear();
            continue;
        }
        if (size > max_chunk_)
            throw FramingError("chunk of " + std::to_string(size) + " bytes exceeds the limit of " +
                               std::to_string(max_chunk_));
        if (current_.size() + size > max_message_)
            throw FramingError("message exceeds the maximum message size of " + std::to_string(max_message_) +
                               " bytes");
        remaining_ = size;
    }
}

std::optional<std::string> ChunkDecoder::next() {
    if (ready_.empty()) return std::nullopt;
    auto m = std::move(ready_.front());
    ready_.pop_front();
    return m;
}

void append_chunked(std::string& out, std::string_view message, std::size_t max_chunk) {
    while (!message.empty()) {
        auto n = std::min(max_chunk, message.size());
        out.push_back(static_cast<char>(n >> 8));
        out.push_back(static_cast<char>(n & 0xFF));
        out.append(message.substr(0, n));
        message.remove_prefix(n);
    }
    out.append(2, '\0');
}

}  // namespace liverkg::server
