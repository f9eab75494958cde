#pragma once
// The Bolt handshake: 4 magic bytes, then four 4-byte version proposals. A proposal is
// [0, range, minor, major]: major.minor and the `range` minor versions below it. The
// proposal 0x000001FF asks for the manifest form (Bolt 5.7+ drivers): the server answers
// with the sentinel, the versions it offers and a capability mask, and the client then
// names its choice.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace liverkg::server {

struct BoltVersion {
    std::uint8_t major = 0, minor = 0;
    auto operator<=>(const BoltVersion&) const = default;
};

inline constexpr std::size_t handshake_size = 20;
inline constexpr BoltVersion lowest_version{5, 1};    // LOGON/LOGOFF
inline constexpr BoltVersion highest_version{5, 4};   // TELEMETRY
// Also Bolt 4.4 (drivers 4.4 and clients that never moved on): HELLO carries the credentials,
// and nodes and relationships have no element ids. Not offered in the manifest form, which
// only 5.7+ drivers send.
inline constexpr BoltVersion legacy_version{4, 4};

struct HandshakeAnswer {
    bool manifest = false;                // the client asked for the manifest form
    std::optional<BoltVersion> version;   // the classic form: the version chosen, or none
    std::string reply;                    // the bytes to send back
};

// Reads the 20-byte opening; nullopt when it does not start with Bolt's magic bytes.
// Without a common version the reply is four zero bytes and the connection ends.
std::optional<HandshakeAnswer> answer_handshake(std::string_view opening);

// The manifest form's second step: the client's choice (4 bytes + a varint of capabilities).
// `bytes` holds what has arrived so far; nullopt while incomplete. Throws
// std::invalid_argument when the choice is not one of the versions offered.
std::optional<BoltVersion> read_manifest_choice(std::string_view bytes, std::size_t& consumed);

std::string version_text(BoltVersion v);

}  // namespace liverkg::server
