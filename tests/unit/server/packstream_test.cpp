// PackStream: the byte forms of the specification for each value kind, decoding back, the
// graph structures, and malformed or unsupported input told apart.
#include <catch2/catch.hpp>

#include "graph/temporal/temporal.hpp"
#include "server/packstream.hpp"

using namespace liverkg;
using namespace liverkg::server;
using graph::Value;
using namespace std::literals;

namespace {

std::string encode(const Value& v, const graph::Graph* g = nullptr, bool bolt5 = true) {
    std::string out;
    pack::Encoder(out, g, bolt5).value(v);
    return out;
}

Value temporal(graph::TemporalKind kind, const char* text) {
    auto t = graph::parse_temporal(kind, text);
    REQUIRE(t);
    return Value(*t);
}

// Whether decoding fails only the request, with a message containing `words`.
bool refused(std::string_view bytes, const std::string& words);

std::string hex(std::string_view s) {
    static const char* digits = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : s) out += {digits[c >> 4], digits[c & 15]};
    return out;
}

Value decode(std::string_view bytes) { return pack::Decoder(bytes).value(); }

}  // namespace

TEST_CASE("scalars have the byte forms of the specification", "[packstream]") {
    CHECK(hex(encode(Value())) == "C0");
    CHECK(hex(encode(true)) == "C3");
    CHECK(hex(encode(false)) == "C2");
    CHECK(hex(encode(std::int64_t{1})) == "01");
    CHECK(hex(encode(std::int64_t{-16})) == "F0");
    CHECK(hex(encode(std::int64_t{-17})) == "C8EF");
    CHECK(hex(encode(std::int64_t{128})) == "C90080");
    CHECK(hex(encode(std::int64_t{40000})) == "CA00009C40");
    CHECK(hex(encode(std::int64_t{1} << 40)) == "CB0000010000000000");
    CHECK(hex(encode(1.1)) == "C13FF199999999999A");
    CHECK(hex(encode("A")) == "8141");
    CHECK(hex(encode(std::string(16, 'x'))).starts_with("D010"));
}

TEST_CASE("every engine value survives encode then decode", "[packstream]") {
    std::vector<Value> values = {Value(), true, std::int64_t{0}, std::int64_t{-129}, std::int64_t{INT32_MIN},
                                 INT64_MAX, INT64_MIN, -0.5, 1e300, "", "héllo", std::string(70000, 'z'),
                                 graph::List{}, graph::List{1, "two", graph::List{3.0}},
                                 graph::Map{{"a", 1}, {"b", graph::Map{{"c", Value()}}}}};
    graph::List big;
    for (int i = 0; i < 300; ++i) big.push_back(i);
    values.push_back(big);
    for (const auto& v : values) {
        auto back = decode(encode(v));
        CHECK(graph::same_value(back, v));
    }
}

TEST_CASE("nodes, relationships and paths are Bolt 5 structures with element ids", "[packstream]") {
    graph::Graph g;
    auto a = g.add_node(), b = g.add_node();
    g.add_label(a, g.intern_label("Cell"));
    g.set_node_property(a, g.intern_key("name"), Value("MSC"));
    auto r = g.add_rel(a, b, g.intern_type("TREATS"));

    auto node = encode(graph::NodeRef{a}, &g);
    CHECK(hex(node.substr(0, 2)) == "B44E");   // 4 fields, tag N
    CHECK(node.find("node:0") != std::string::npos);
    auto rel = encode(graph::RelRef{r}, &g);
    CHECK(hex(rel.substr(0, 2)) == "B852");    // 8 fields, tag R
    CHECK(rel.find("relationship:0") != std::string::npos);
    CHECK(rel.find("node:1") != std::string::npos);

    // b <-[r]- a walked backwards: the step's relationship index is negative.
    auto path = encode(graph::Path{{b, a}, {r}}, &g);
    CHECK(hex(path.substr(0, 2)) == "B350");
    CHECK(hex(path.substr(path.size() - 3)) == "92FF01");   // indices [-1, 1]
    CHECK_THROWS_AS(encode(graph::NodeRef{a}), std::logic_error);   // no graph given
}

TEST_CASE("malformed bytes are refused, unsupported values fail only their request", "[packstream]") {
    auto malformed = [](std::string_view bytes) {
        try {
            decode(bytes);
        } catch (const pack::DecodeError& e) {
            return e.malformed();
        }
        return false;
    };
    CHECK(malformed(""));
    CHECK(malformed("\xD0\x05" "ab"));                      // string cut short
    CHECK(malformed("\xD6\xFF\xFF\xFF\xFF"));               // a 4-billion-item list in 5 bytes
    CHECK(malformed(std::string("\xA1\x01\x01", 3)));       // map key not a string
    CHECK(malformed("\xE7"));                               // reserved marker
    CHECK(malformed(std::string(100, '\x91') + "\x01"));    // nested beyond the depth limit
    try {
        decode("\xCC\x02\x01\x02");   // bytes: well-formed, but liverkg has no bytes type
        FAIL("bytes decoded");
    } catch (const pack::DecodeError& e) {
        CHECK_FALSE(e.malformed());
        CHECK(std::string(e.what()).find("byte arrays") != std::string::npos);
    }
}

TEST_CASE("a message is one structure and nothing after it", "[packstream]") {
    auto m = pack::Decoder(std::string("\xB1\x10\x81\x61", 4)).message();
    CHECK(m.tag == 0x10);
    REQUIRE(m.fields.size() == 1);
    CHECK(m.fields[0].as_string() == "a");
    CHECK_THROWS_AS(pack::Decoder(std::string("\xB0\x0F\x00", 3)).message(), pack::DecodeError);
    CHECK_THROWS_AS(pack::Decoder("\x01").message(), pack::DecodeError);
}

TEST_CASE("temporal values are Bolt's temporal structures and decode to the same value", "[packstream]") {
    using K = graph::TemporalKind;
    // 2020-01-01 is day 18262 of the epoch: Date(days) = B1 44 C9 47 56.
    CHECK(hex(encode(temporal(K::Date, "2020-01-01"))) == "B144C94756");
    CHECK(hex(encode(temporal(K::LocalTime, "00:00:01"))) == "B174CA3B9ACA00");
    CHECK(hex(encode(temporal(K::Duration, "P1M2DT3S"))) == "B44501020300");
    // A DateTime with an offset: Bolt 5 sends the UTC instant (I), 4.4 the wall clock (F).
    auto dt = temporal(K::DateTime, "1970-01-01T01:00:00+01:00");
    CHECK(hex(encode(dt)) == "B349" "00" "00" "C90E10");
    CHECK(hex(encode(dt, nullptr, false)) == "B346" "C90E10" "00" "C90E10");
    std::vector<Value> values = {
        temporal(K::Date, "-0044-03-15"),
        temporal(K::LocalTime, "23:59:59.999999999"),
        temporal(K::Time, "12:30:00.5-05:30"),
        temporal(K::LocalDateTime, "1969-12-31T23:59:59.25"),
        temporal(K::DateTime, "2015-07-21T21:40:32.142+01:00"),
        temporal(K::DateTime, "2015-07-21T21:40:32.142[Europe/London]"),
        temporal(K::DateTime, "1900-03-01T00:00:00[America/New_York]"),
        temporal(K::Duration, "-P1Y2M3DT4H5M6.7S"),
    };
    for (bool bolt5 : {true, false})
        for (const auto& v : values) {
            INFO(graph::temporal_text(v.as_temporal()) << (bolt5 ? " (Bolt 5)" : " (Bolt 4.4)"));
            auto back = decode(encode(v, nullptr, bolt5));
            CHECK(graph::same_value(back, v));
        }
}

TEST_CASE("a temporal structure with wrong fields fails only its request, naming its shape", "[packstream]") {
    CHECK(refused("\xB1\x44\x81x"sv, "Date(days) structure needs 1 Integer fields"));
    CHECK(refused("\xB2\x44\x01\x02"sv, "Date(days) structure needs 1"));
    CHECK(refused("\xB1\x74\xC0"sv, "LocalTime(nanoseconds) structure needs"));
    CHECK(refused("\xB1\x74\xCB\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF"sv, "nanoseconds of a LocalTime"));
    CHECK(refused("\xB2\x54\x01\xCA\x00\x01\x00\x00"sv, "tz_offset_seconds of a Time"));
    CHECK(refused("\xB1\x44\xCB\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF"sv, "days of a Date"));
    CHECK(refused("\xB3\x69\x01\x00\x86Mars/x"sv, "unknown time zone 'Mars/x'"));
    CHECK(refused("\xB4\x45\x00\x00\xCB\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xCB\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF"sv,
                  "seconds of a Duration"));
}

namespace {

bool refused(std::string_view bytes, const std::string& words) {
    try {
        decode(bytes);
    } catch (const pack::DecodeError& e) {
        INFO(e.what());
        CHECK_FALSE(e.malformed());
        return std::string(e.what()).find(words) != std::string::npos;
    }
    return false;
}

}  // namespace
