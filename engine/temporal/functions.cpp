// The temporal functions as rows of the function table: date(), datetime.truncate(),
// duration.between(), the clocks... Each row is a thin adapter over temporal_ops.hpp.
#include "engine/functions.hpp"
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

template <TemporalKind K>
void add_kind(FunctionTable& t) {
    std::string name = graph::temporal_kind_word(K);
    t.insert({name, {0, 1, fn_construct<K>}});
    if constexpr (K == TemporalKind::Duration) {
        return;
    } else {
        t.insert({name + ".transaction", {0, 1, fn_clock<K, 0>}});
        t.insert({name + ".statement", {0, 1, fn_clock<K, 1>}});
        t.insert({name + ".realtime", {0, 1, fn_clock<K, 2>}});
        t.insert({name + ".truncate", {2, 3, fn_truncate<K>}});
    }
}

}  // namespace

void add_temporal_functions(FunctionTable& t) {
    add_kind<TemporalKind::Date>(t);
    add_kind<TemporalKind::LocalTime>(t);
    add_kind<TemporalKind::Time>(t);
    add_kind<TemporalKind::LocalDateTime>(t);
    add_kind<TemporalKind::DateTime>(t);
    add_kind<TemporalKind::Duration>(t);
    t.insert({
        {"datetime.fromepoch", {2, 2, fn_from_epoch}},
        {"datetime.fromepochmillis", {1, 1, fn_from_epoch_millis}},
        {"duration.between", {2, 2, fn_between<Between::All>}},
        {"duration.inmonths", {2, 2, fn_between<Between::Months>}},
        {"duration.indays", {2, 2, fn_between<Between::Days>}},
        {"duration.inseconds", {2, 2, fn_between<Between::Seconds>}},
    });
}

}  // namespace liverkg::engine
