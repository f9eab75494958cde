// Aggregate functions: count, sum, avg, min, max, collect, stDev(P), percentileCont/Disc.
// Nulls are ignored by every aggregate except count(*); DISTINCT filters repeated values first.
#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "engine/functions/functions.hpp"

namespace liverkg::engine {

using graph::List;

namespace {

class Count : public Aggregator {
public:
    explicit Count(bool star) : star_(star) {}
    void add(const std::vector<Value>& a) override {
        if (star_ || !a[0].is_null()) ++n_;
    }
    void add_weighted(const std::vector<Value>& a, std::int64_t weight) override {
        if (star_ || !a[0].is_null()) n_ += weight;
    }
    Value result() override { return n_; }

private:
    bool star_;
    std::int64_t n_ = 0;
};

// A sum of integers is an integer, as Java's long: past its range it is an error, not a
// float (once a float is added the sum is a float).
class Sum : public Aggregator {
public:
    void add(const std::vector<Value>& a) override { add_weighted(a, 1); }
    // Weighted rows (fast paths) are added at once: a weight may be a count of billions of paths.
    void add_weighted(const std::vector<Value>& a, std::int64_t weight) override {
        const Value& v = a[0];
        if (v.is_null()) return;
        if (!v.is_number()) raise(ErrorKind::TypeError, "InvalidArgumentType",
                                  std::string("sum() expects numbers, got ") + type_name(v));
        if (v.is_float()) is_float_ = true;
        float_sum_ += v.as_number() * static_cast<double>(weight);
        if (is_float_) return;
        std::int64_t term = 0;
        if (__builtin_mul_overflow(v.as_int(), weight, &term) || __builtin_add_overflow(int_sum_, term, &int_sum_))
            raise(ErrorKind::ArgumentError, "NumberOutOfRange",
                  "integer overflow in sum(): the total is outside the 64-bit integer range "
                  "(sum toFloat() of the values for an approximate total)");
    }
    Value result() override { return is_float_ ? Value(float_sum_) : Value(int_sum_); }

private:
    bool is_float_ = false;
    std::int64_t int_sum_ = 0;
    double float_sum_ = 0;
};

class Avg : public Aggregator {
public:
    void add(const std::vector<Value>& a) override {
        const Value& v = a[0];
        if (v.is_null()) return;
        if (!v.is_number()) raise(ErrorKind::TypeError, "InvalidArgumentType",
                                  std::string("avg() expects numbers, got ") + type_name(v));
        ++n_;
        mean_ += (v.as_number() - mean_) / static_cast<double>(n_);
    }
    void add_weighted(const std::vector<Value>& a, std::int64_t weight) override {
        if (weight == 1 || a[0].is_null()) return add(a);
        if (!a[0].is_number()) return add(a);   // the type error
        n_ += weight;
        mean_ += (a[0].as_number() - mean_) * (static_cast<double>(weight) / static_cast<double>(n_));
    }
    Value result() override { return n_ ? Value(mean_) : Value(); }

private:
    std::int64_t n_ = 0;
    double mean_ = 0;
};

class MinMax : public Aggregator {
public:
    explicit MinMax(bool is_max) : is_max_(is_max) {}
    void add(const std::vector<Value>& a) override {
        const Value& v = a[0];
        if (v.is_null()) return;
        if (best_.is_null()) {
            best_ = v;
            return;
        }
        int c = order_compare(v, best_);
        if (is_max_ ? c > 0 : c < 0) best_ = v;
    }
    void add_weighted(const std::vector<Value>& a, std::int64_t) override { add(a); }
    Value result() override { return best_; }

private:
    bool is_max_;
    Value best_;
};

class Collect : public Aggregator {
public:
    void add(const std::vector<Value>& a) override {
        if (a[0].is_null()) return;
        check_nesting(a[0]);
        items_.push_back(a[0]);
    }
    Value result() override { return items_; }

private:
    List items_;
};

class StDev : public Aggregator {
public:
    explicit StDev(bool population) : population_(population) {}
    void add(const std::vector<Value>& a) override {
        const Value& v = a[0];
        if (v.is_null()) return;
        if (!v.is_number()) raise(ErrorKind::TypeError, "InvalidArgumentType", "stDev() expects numbers");
        ++n_;
        double d = v.as_number() - mean_;
        mean_ += d / static_cast<double>(n_);
        m2_ += d * (v.as_number() - mean_);
    }
    Value result() override {
        if (n_ == 0) return 0.0;
        if (!population_ && n_ < 2) return 0.0;
        return std::sqrt(m2_ / static_cast<double>(population_ ? n_ : n_ - 1));
    }

private:
    bool population_;
    std::int64_t n_ = 0;
    double mean_ = 0, m2_ = 0;
};

class Percentile : public Aggregator {
public:
    explicit Percentile(bool continuous) : continuous_(continuous) {}
    void add(const std::vector<Value>& a) override {
        const Value& p = a[1];
        if (!p.is_number()) raise(ErrorKind::TypeError, "InvalidArgumentType", "percentile must be a number");
        double pv = p.as_number();
        if (pv < 0 || pv > 1 || std::isnan(pv))
            raise(ErrorKind::ArgumentError, "NumberOutOfRange", "percentile must be between 0.0 and 1.0");
        percentile_ = pv;
        if (a[0].is_null()) return;
        if (!a[0].is_number()) raise(ErrorKind::TypeError, "InvalidArgumentType", "percentile expects numbers");
        values_.push_back(a[0]);
    }
    Value result() override {
        if (values_.empty()) return Value();
        std::sort(values_.begin(), values_.end(), [](const Value& x, const Value& y) { return x.as_number() < y.as_number(); });
        double n = static_cast<double>(values_.size());
        if (continuous_) {
            double pos = percentile_ * (n - 1);
            auto lo = static_cast<std::size_t>(std::floor(pos));
            auto hi = static_cast<std::size_t>(std::ceil(pos));
            double frac = pos - std::floor(pos);
            return values_[lo].as_number() + (values_[hi].as_number() - values_[lo].as_number()) * frac;
        }
        double pos = std::ceil(percentile_ * n) - 1;
        auto idx = static_cast<std::size_t>(std::max(0.0, pos));
        return values_[std::min(idx, values_.size() - 1)];
    }

private:
    bool continuous_;
    double percentile_ = 0;
    std::vector<Value> values_;
};

// Wraps another aggregator so that it sees each distinct first argument once.
class Distinct : public Aggregator {
public:
    explicit Distinct(std::unique_ptr<Aggregator> inner) : inner_(std::move(inner)) {}
    void add(const std::vector<Value>& a) override {
        if (a[0].is_null()) return;
        if (first_time(a[0])) inner_->add(a);
    }
    Value result() override { return inner_->result(); }

private:
    // Nodes (the common case: count(DISTINCT n)) are remembered in a bitmap by id.
    bool first_time(const Value& v) {
        if (!v.is_node()) return seen_.insert(v).second;
        graph::NodeId n = v.as_node();
        if (n >= seen_nodes_.size()) seen_nodes_.resize(std::max<std::size_t>(n + 1, seen_nodes_.size() * 2));
        if (seen_nodes_[n]) return false;
        seen_nodes_[n] = true;
        return true;
    }

    std::unique_ptr<Aggregator> inner_;
    std::unordered_set<Value, ValueHash, ValueEquiv> seen_;
    std::vector<bool> seen_nodes_;
};

template <typename A, auto... Flags>
std::unique_ptr<Aggregator> make(const AggregateSpec&) {
    return std::make_unique<A>(Flags...);
}

std::unique_ptr<Aggregator> make_count(const AggregateSpec& s) { return std::make_unique<Count>(s.count_star); }

}  // namespace

void add_aggregate_functions(Registry& r) {
    const std::string_view agg = "Aggregating";
    r.add_function({"count(input :: ANY) :: INTEGER", agg,
                    "The number of values that are not null (count(*): the number of rows).", nullptr, make_count});
    r.add_function({"sum(input :: NUMBER | DURATION) :: NUMBER | DURATION", agg, "The sum of the values.", nullptr,
                    make<Sum>});
    r.add_function({"avg(input :: NUMBER | DURATION) :: NUMBER | DURATION", agg, "The mean of the values.", nullptr,
                    make<Avg>});
    r.add_function({"min(input :: ANY) :: ANY", agg, "The smallest value, in ORDER BY's order.", nullptr,
                    make<MinMax, false>});
    r.add_function({"max(input :: ANY) :: ANY", agg, "The largest value, in ORDER BY's order.", nullptr,
                    make<MinMax, true>});
    r.add_function({"collect(input :: ANY) :: LIST", agg, "The values that are not null, as a list.", nullptr,
                    make<Collect>});
    r.add_function({"stDev(input :: NUMBER) :: FLOAT", agg, "The sample standard deviation of the values.", nullptr,
                    make<StDev, false>});
    r.add_function({"stDevP(input :: NUMBER) :: FLOAT", agg, "The population standard deviation of the values.",
                    nullptr, make<StDev, true>});
    r.add_function({"percentileCont(input :: NUMBER, percentile :: FLOAT) :: FLOAT", agg,
                    "The percentile of the values, interpolating between the two nearest (percentile in [0, 1]).",
                    nullptr, make<Percentile, true>});
    r.add_function({"percentileDisc(input :: NUMBER, percentile :: FLOAT) :: NUMBER", agg,
                    "The value at the percentile of the values, the nearest one (percentile in [0, 1]).", nullptr,
                    make<Percentile, false>});
}

std::unique_ptr<Aggregator> make_aggregator(const AggregateSpec& spec) {
    auto agg = spec.make(spec);
    if (spec.distinct) return std::make_unique<Distinct>(std::move(agg));
    return agg;
}

}  // namespace liverkg::engine
