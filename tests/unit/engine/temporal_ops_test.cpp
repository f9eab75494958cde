// What Cypher does with temporal values: construction from maps, components, comparison,
// arithmetic, truncation and durations between values.
#include <catch2/catch.hpp>

#include "base/error.hpp"
#include "engine/temporal/temporal_ops.hpp"
#include "engine/expr/value_ops.hpp"

using namespace liverkg;
using namespace liverkg::engine;
using graph::Map;
using graph::TemporalKind;
using graph::Value;

namespace {

Value make(TemporalKind k, const std::string& text) { return temporal::construct(k, Value(text)); }

std::string text(const Value& v) {
    REQUIRE(v.is_temporal());
    return graph::temporal_text(v.as_temporal());
}

}  // namespace

TEST_CASE("maps build dates from calendar, week, ordinal and quarter fields", "[temporal]") {
    CHECK(text(temporal::construct(TemporalKind::Date, Map{{"year", 1984}, {"week", 10}, {"dayOfWeek", 3}})) ==
          "1984-03-07");
    CHECK(text(temporal::construct(TemporalKind::Date, Map{{"year", 1984}, {"ordinalDay", 202}})) == "1984-07-20");
    CHECK(text(temporal::construct(TemporalKind::LocalDateTime,
                                   Map{{"year", 1984}, {"quarter", 3}, {"dayOfQuarter", 45}, {"hour", 12}})) ==
          "1984-08-14T12:00");
    // A base date keeps the fields not named: week 1 of 1984 on the base's Sunday.
    Value base = make(TemporalKind::Date, "1984-11-11");
    CHECK(text(temporal::construct(TemporalKind::Date, Map{{"date", base}, {"week", 1}})) == "1984-01-08");
}

TEST_CASE("a new timezone over a zoned base converts the instant", "[temporal]") {
    Value base = make(TemporalKind::DateTime, "1984-10-11T12:00[Europe/Stockholm]");
    CHECK(text(temporal::construct(TemporalKind::DateTime, Map{{"datetime", base}, {"timezone", "+05:00"}})) ==
          "1984-10-11T16:00+05:00");
    CHECK(text(temporal::construct(TemporalKind::Time, Map{{"time", base}})) == "12:00+01:00");
}

TEST_CASE("bad fields are refused with the field named", "[temporal]") {
    auto message = [](const Map& m) {
        try {
            temporal::construct(TemporalKind::Date, m);
        } catch (const ErrorException& e) {
            return e.error().message;
        }
        return std::string("no error");
    };
    CHECK(message(Map{{"year", 1984}, {"month", 13}}).find("month 13") != std::string::npos);
    CHECK(message(Map{{"year", 1984}, {"hour", 1}}).find("'hour'") != std::string::npos);
    CHECK(message(Map{{"month", 2}}).find("year") != std::string::npos);
}

TEST_CASE("components of dates, times and durations", "[temporal]") {
    const auto& d = make(TemporalKind::Date, "1984-01-01").as_temporal();
    CHECK(temporal::component(d, "weekYear").as_int() == 1983);
    CHECK(temporal::component(d, "week").as_int() == 52);
    const auto& dt = make(TemporalKind::DateTime, "1984-11-11T12:31:14.645876123[Europe/Stockholm]").as_temporal();
    CHECK(temporal::component(dt, "epochMillis").as_int() == 469020674645);
    CHECK(temporal::component(dt, "offsetMinutes").as_int() == 60);
    const auto& dur = make(TemporalKind::Duration, "P1Y4M10DT1H1M1.111111111S").as_temporal();
    CHECK(temporal::component(dur, "minutes").as_int() == 61);
    CHECK(temporal::component(dur, "monthsOfQuarter").as_int() == 1);
    CHECK_THROWS_AS(temporal::component(d, "hour"), ErrorException);
}

TEST_CASE("comparison, equality and ordering follow the types", "[temporal]") {
    Value a = make(TemporalKind::Date, "1980-12-24");
    Value b = make(TemporalKind::Date, "1984-10-11");
    CHECK(compare_op(ast::Op::Lt, a, b) == Tri::True);
    CHECK(compare_op(ast::Op::Lt, a, make(TemporalKind::LocalDateTime, "1984-10-11T00:00")) == Tri::Null);
    Value d1 = make(TemporalKind::Duration, "P1DT16H");
    Value d2 = make(TemporalKind::Duration, "PT40H");
    CHECK(equals(d1, d2) == Tri::False);
    CHECK(compare_op(ast::Op::Lt, d1, d2) == Tri::Null);
    CHECK(equivalent(make(TemporalKind::Duration, "PT70S"), make(TemporalKind::Duration, "PT1M10S")));
    CHECK(equivalence_hash(make(TemporalKind::Duration, "PT70S")) ==
          equivalence_hash(make(TemporalKind::Duration, "PT1M10S")));
    // DateTime before Date before Duration, all after paths and before strings.
    CHECK(order_compare(make(TemporalKind::DateTime, "2000-01-01T00:00Z"), a) < 0);
    CHECK(order_compare(a, d1) < 0);
    CHECK(order_compare(d1, Value("text")) < 0);
}

TEST_CASE("arithmetic with durations", "[temporal]") {
    Value x = make(TemporalKind::Date, "1984-10-11");
    Value dur = make(TemporalKind::Duration, "P12Y5M14DT16H12M70S");
    CHECK(text(arithmetic(ast::Op::Add, x, dur)) == "1997-03-25");
    CHECK(text(arithmetic(ast::Op::Sub, x, dur)) == "1972-04-27");
    CHECK(text(arithmetic(ast::Op::Add, make(TemporalKind::Date, "2015-01-31"), make(TemporalKind::Duration, "P1M"))) ==
          "2015-02-28");
    CHECK(text(arithmetic(ast::Op::Div, dur, Value(2))) == "P6Y2M22DT13H21M8S");
    CHECK(text(arithmetic(ast::Op::Mul, Value(2), dur)) == "P24Y10M28DT32H26M20S");
    CHECK_THROWS_AS(arithmetic(ast::Op::Add, x, x), ErrorException);
}

TEST_CASE("duration.between splits months, days and seconds", "[temporal]") {
    using temporal::Between;
    CHECK(text(temporal::between(Between::All, make(TemporalKind::Date, "1984-10-11"),
                                 make(TemporalKind::Date, "2015-06-24"))) == "P30Y8M13D");
    // Across the end of summer time: six hours pass between 23:00 and 04:00.
    CHECK(text(temporal::between(Between::All, make(TemporalKind::DateTime, "2017-10-28T23:00+02:00[Europe/Stockholm]"),
                                 make(TemporalKind::DateTime, "2017-10-29T04:00+01:00[Europe/Stockholm]"))) == "PT6H");
    CHECK(text(temporal::between(Between::Days, make(TemporalKind::LocalTime, "14:30"),
                                 make(TemporalKind::Date, "2015-06-24"))) == "PT0S");
    CHECK(temporal::between(Between::All, Value(), make(TemporalKind::Date, "2015-06-24")).is_null());
}
