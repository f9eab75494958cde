// Chunked framing and the handshake: messages split across reads, NOOPs, limits, and the
// classic, range and manifest forms of version negotiation.
#include <catch2/catch.hpp>

#include "server/framing.hpp"
#include "server/handshake.hpp"

using namespace liverkg::server;

TEST_CASE("messages arrive whole however the bytes are split", "[framing]") {
    std::string wire;
    append_chunked(wire, std::string(70000, 'a'));   // two chunks: 65535 + 4465
    wire.append(2, '\0');                            // a NOOP between messages
    append_chunked(wire, "xyz");
    CHECK(wire.size() == 70000 + 2 * 2 + 2 + 2 + 3 + 2 + 2);
    for (std::size_t step : {std::size_t{1}, std::size_t{7}, wire.size()}) {
        ChunkDecoder d(1 << 20);
        for (std::size_t i = 0; i < wire.size(); i += step) d.feed(std::string_view(wire).substr(i, step));
        CHECK(d.next() == std::string(70000, 'a'));
        CHECK(d.next() == "xyz");
        CHECK_FALSE(d.next());
        CHECK_FALSE(d.partial());
    }
}

TEST_CASE("limits on messages and chunks end the connection", "[framing]") {
    std::string wire;
    append_chunked(wire, std::string(3000, 'b'));
    ChunkDecoder small(2000);
    CHECK_THROWS_AS(small.feed(wire), FramingError);
    ChunkDecoder tight(1 << 20, 1000);
    CHECK_THROWS_AS(tight.feed(wire), FramingError);
    ChunkDecoder half(1 << 20);
    half.feed(wire.substr(0, 10));
    CHECK(half.partial());
    CHECK_FALSE(half.next());
}

namespace {
std::string opening(std::initializer_list<std::uint32_t> proposals) {
    std::string s = "\x60\x60\xB0\x17";
    for (auto p : proposals)
        for (int i = 3; i >= 0; --i) s.push_back(static_cast<char>((p >> (8 * i)) & 0xFF));
    return s;
}
}  // namespace

TEST_CASE("the handshake picks the highest common version", "[handshake]") {
    auto a = answer_handshake(opening({0x00080805, 0x00020404, 0, 0}));   // 5.8 down to 5.0, then 4.4..4.2
    REQUIRE(a);
    CHECK(a->version == BoltVersion{5, 4});
    CHECK(a->reply == std::string("\x00\x00\x04\x05", 4));
    auto old = answer_handshake(opening({0x00000304, 0x00000003, 0, 0}));   // 4.3, 3.0
    REQUIRE(old);
    CHECK_FALSE(old->version);
    CHECK(old->reply == std::string(4, '\0'));
    auto v44 = answer_handshake(opening({0x00000404, 0x00000003, 0, 0}));
    CHECK(v44->version == BoltVersion{4, 4});
    CHECK(v44->reply == std::string("\x00\x00\x04\x04", 4));
    CHECK(answer_handshake(opening({0x00020404, 0, 0, 0}))->version == BoltVersion{4, 4});   // 4.4 down to 4.2
    auto exact = answer_handshake(opening({0x00000205, 0, 0, 0}));
    CHECK(exact->version == BoltVersion{5, 2});
    CHECK_FALSE(answer_handshake("GET / HTTP/1.1\r\nHost: x\r\n"));
}

TEST_CASE("the manifest form offers every version and reads the client's choice", "[handshake]") {
    auto a = answer_handshake(opening({0x000001FF, 0x00080805, 0, 0}));
    REQUIRE(a);
    CHECK(a->manifest);
    CHECK(a->reply.substr(0, 5) == std::string("\x00\x00\x01\xFF\x04", 5));
    CHECK(a->reply.substr(5, 4) == std::string("\x00\x00\x04\x05", 4));
    CHECK(a->reply.size() == 5 + 4 * 4 + 1);
    std::size_t used = 0;
    CHECK_FALSE(read_manifest_choice(std::string("\x00\x00\x04\x05", 4), used));
    CHECK(read_manifest_choice(std::string("\x00\x00\x04\x05\x80\x01", 6), used) == BoltVersion{5, 4});
    CHECK(used == 6);
    CHECK_THROWS_AS(read_manifest_choice(std::string("\x00\x00\x08\x05\x00", 5), used), std::invalid_argument);
}
