#include <catch2/catch.hpp>

#include "storage/codec.hpp"
#include "storage/crc32c.hpp"
#include "storage_fixtures.hpp"

using namespace liverkg::storage;
using namespace storage_test;

TEST_CASE("every kind of value survives encoding", "[storage]") {
    for (const Value& v : every_kind_list()) {
        ByteWriter w;
        w.value(v);
        ByteReader r(w.bytes());
        Value back = r.value();
        CHECK(r.done());
        CHECK(back.type() == v.type());
        CHECK(value_bytes(back) == w.bytes());
        if (!v.is_node() && !v.is_rel() && !v.is_path()) CHECK(same_value(back, v));
    }
    Value nested(every_kind_list());
    ByteWriter w;
    w.value(nested);
    CHECK(value_bytes(ByteReader(w.bytes()).value()) == w.bytes());
}

TEST_CASE("temporal fields, zone included, are kept exactly", "[storage]") {
    Value v(make_datetime_local(20000, 123, 0, "America/New_York"));
    ByteWriter w;
    w.value(v);
    Value back = ByteReader(w.bytes()).value();
    REQUIRE(back.is_temporal(TemporalKind::DateTime));
    CHECK(back.as_temporal().zone == "America/New_York");
    CHECK(back.as_temporal().offset == v.as_temporal().offset);
    CHECK(temporal_text(back.as_temporal()) == temporal_text(v.as_temporal()));
}

TEST_CASE("cut or garbled bytes are refused, not misread", "[storage]") {
    ByteWriter w;
    w.value(Value(every_kind_list()));
    const std::string& bytes = w.bytes();
    for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
        ByteReader r(std::string_view(bytes).substr(0, cut));
        CHECK_THROWS_AS(r.value(), DecodeError);
    }
    std::string bad = "\x63";   // no such tag
    CHECK_THROWS_AS(ByteReader(bad).value(), DecodeError);
    std::string bool2 = std::string(1, char(1)) + char(2);
    CHECK_THROWS_AS(ByteReader(bool2).value(), DecodeError);
}

TEST_CASE("varints round-trip at their edges", "[storage]") {
    for (std::int64_t v : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{63}, std::int64_t{-64}, std::int64_t{1} << 62,
                           INT64_MIN, INT64_MAX}) {
        ByteWriter w;
        w.svarint(v);
        CHECK(ByteReader(w.bytes()).svarint() == v);
    }
}

TEST_CASE("CRC-32C matches the standard check value", "[storage]") {
    CHECK(crc32c("123456789") == 0xE3069283u);
    CHECK(crc32c("") == 0u);
    std::string long_text(1000, 'x');
    // The same bytes in two calls give what one call gives.
    CHECK(crc32c(long_text.data() + 500, 500, crc32c(long_text.data(), 500)) == crc32c(long_text));
}
