// The temporal functions as rows of the function table: date(), datetime.truncate(),
// duration.between(), the clocks... Each row is a thin adapter over temporal_ops.hpp.
#include "engine/functions/functions.hpp"
#include "engine/temporal/temporal_ops.hpp"

namespace liverkg::engine {

namespace {

using temporal::Between;

template <TemporalKind K>
Value fn_construct(ExecContext& ex, Args& a) {
    if (a.empty()) return temporal::now(ex, K, "statement", Value());
    // A map holding only a timezone asks for the current time there.
    if (K != TemporalKind::Duration && a[0].is_map() && a[0].as_map().size() == 1 && a[0].as_map().count("timezone"))
        return temporal::now(ex, K, "statement", a[0].as_map().begin()->second);
    return temporal::construct(K, a[0]);
}

template <TemporalKind K, int Clock>
Value fn_clock(ExecContext& ex, Args& a) {
    static const char* clocks[] = {"transaction", "statement", "realtime"};
    if (!a.empty() && a[0].is_null()) return Value();
    return temporal::now(ex, K, clocks[Clock], a.empty() ? Value() : a[0]);
}

template <TemporalKind K>
Value fn_truncate(ExecContext&, Args& a) {
    return temporal::truncate(K, a[0], a[1], a.size() > 2 ? a[2] : Value());
}

template <Between U>
Value fn_between(ExecContext&, Args& a) {
    return temporal::between(U, a[0], a[1]);
}

Value fn_from_epoch(ExecContext&, Args& a) {
    if (a[0].is_null() || a[1].is_null()) return Value();
    graph::Map m{{"epochSeconds", a[0]}, {"nanosecond", a[1]}};
    return temporal::construct(TemporalKind::DateTime, m);
}

Value fn_from_epoch_millis(ExecContext&, Args& a) {
    if (a[0].is_null()) return Value();
    graph::Map m{{"epochMillis", a[0]}};
    return temporal::construct(TemporalKind::DateTime, m);
}

// Temporal values have no type of their own in the registry's type checks yet, so inputs and
// results are declared ANY; the functions check their arguments themselves.
template <TemporalKind K>
void add_kind(Registry& r) {
    static const std::string name = graph::temporal_kind_word(K);
    static const std::string construct = name + "(input = null :: ANY) :: ANY";
    static const std::string construct_doc = "A " + name + " from an ISO 8601 string, a map of components, "
                                             "another temporal value, or (no argument) the statement's clock.";
    r.add_function({construct, "Temporal", construct_doc, fn_construct<K>, nullptr, false});
    if constexpr (K != TemporalKind::Duration) {
        static const std::string clock[3] = {name + ".transaction(timezone = null :: ANY) :: ANY",
                                             name + ".statement(timezone = null :: ANY) :: ANY",
                                             name + ".realtime(timezone = null :: ANY) :: ANY"};
        static const std::string truncate =
            name + ".truncate(unit :: STRING, input :: ANY, fields = null :: MAP) :: ANY";
        r.add_function({clock[0], "Temporal", "The current value of the transaction's clock.",
                        fn_clock<K, 0>, nullptr, false});
        r.add_function({clock[1], "Temporal", "The current value of the statement's clock.", fn_clock<K, 1>,
                        nullptr, false});
        r.add_function({clock[2], "Temporal", "The current value of the real-time clock.", fn_clock<K, 2>, nullptr,
                        false});
        r.add_function({truncate, "Temporal", "A temporal value truncated to a unit, with fields overriding.",
                        fn_truncate<K>});
    }
}

}  // namespace

void add_temporal_functions(Registry& r) {
    add_kind<TemporalKind::Date>(r);
    add_kind<TemporalKind::LocalTime>(r);
    add_kind<TemporalKind::Time>(r);
    add_kind<TemporalKind::LocalDateTime>(r);
    add_kind<TemporalKind::DateTime>(r);
    add_kind<TemporalKind::Duration>(r);
    r.add_function({"datetime.fromepoch(seconds :: INTEGER, nanoseconds :: INTEGER) :: ANY", "Temporal",
                    "The datetime at the given seconds and nanoseconds since the Unix epoch.", fn_from_epoch});
    r.add_function({"datetime.fromepochmillis(milliseconds :: INTEGER) :: ANY", "Temporal",
                    "The datetime at the given milliseconds since the Unix epoch.", fn_from_epoch_millis});
    r.add_function({"duration.between(from :: ANY, to :: ANY) :: ANY", "Temporal",
                    "The duration from one temporal value to another.", fn_between<Between::All>});
    r.add_function({"duration.inMonths(from :: ANY, to :: ANY) :: ANY", "Temporal",
                    "The duration between two temporal values in whole months.", fn_between<Between::Months>});
    r.add_function({"duration.inDays(from :: ANY, to :: ANY) :: ANY", "Temporal",
                    "The duration between two temporal values in whole days.", fn_between<Between::Days>});
    r.add_function({"duration.inSeconds(from :: ANY, to :: ANY) :: ANY", "Temporal",
                    "The duration between two temporal values in seconds.", fn_between<Between::Seconds>});
}

}  // namespace liverkg::engine
