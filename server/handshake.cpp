#include "server/handshake.hpp"

#include <stdexcept>

namespace liverkg::server {
namespace {

constexpr std::uint32_t magic = 0x6060B017;
constexpr std::uint32_t manifest_v1 = 0x000001FF;

std::uint32_t word(std::string_view s, std::size_t at) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(s[at + i]);
    return v;
}

void put_word(std::string& out, std::uint32_t v) {
    for (int i = 3; i >= 0; --i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

// The highest version we speak inside one classic proposal.
std::optional<BoltVersion> pick(std::uint32_t proposal) {
    std::uint8_t major = proposal & 0xFF, minor = (proposal >> 8) & 0xFF, range = (proposal >> 16) & 0xFF;
    BoltVersion top{major, minor};
    BoltVersion bottom{major, static_cast<std::uint8_t>(minor >= range ? minor - range : 0)};
    if (major == legacy_version.major)
        return bottom <= legacy_version && legacy_version <= top ? std::optional(legacy_version) : std::nullopt;
    if (top < lowest_version || bottom > highest_version) return std::nullopt;
    return std::min(top, highest_version);
}

}  // namespace

std::string version_text(BoltVersion v) { return std::to_string(v.major) + "." + std::to_string(v.minor); }

std::optional<HandshakeAnswer> answer_handshake(std::string_view opening) {
    if (opening.size() < handshake_size || word(opening, 0) != magic) return std::nullopt;
    HandshakeAnswer answer;
    for (std::size_t i = 0; i < 4; ++i) {
        std::uint32_t proposal = word(opening, 4 + 4 * i);
        if (proposal == manifest_v1) {
            answer.manifest = true;
            put_word(answer.reply, manifest_v1);
            // Every version offered, one per entry, then an empty capability mask.
            answer.reply.push_back(static_cast<char>(highest_version.minor - lowest_version.minor + 1));
            for (auto minor = highest_version.minor; minor >= lowest_version.minor; --minor)
                put_word(answer.reply, (std::uint32_t{minor} << 8) | highest_version.major);
            answer.reply.push_back('\0');
            return answer;
        }
        if (auto v = pick(proposal)) {
            answer.version = v;
            put_word(answer.reply, (std::uint32_t{v->minor} << 8) | v->major);
            return answer;
        }
    }
    put_word(answer.reply, 0);
    return answer;
}

std::optional<BoltVersion> read_manifest_choice(std::string_view bytes, std::size_t& consumed) {
    if (bytes.size() < 5) return std::nullopt;
    std::size_t at = 4;   // then a varint: 7 bits a byte, high bit set on all but the last
    while (static_cast<unsigned char>(bytes[at]) & 0x80) {
        if (++at >= bytes.size()) return std::nullopt;
        if (at > 4 + 10) throw std::invalid_argument("capability mask longer than 10 bytes");
    }
    consumed = at + 1;
    std::uint32_t choice = word(bytes, 0);
    BoltVersion v{static_cast<std::uint8_t>(choice & 0xFF), static_cast<std::uint8_t>((choice >> 8) & 0xFF)};
    if ((choice >> 16) != 0 || v < lowest_version || v > highest_version)
        throw std::invalid_argument("the client chose version " + version_text(v) + ", which was not offered");
    return v;
}

}  // namespace liverkg::server
