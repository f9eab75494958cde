// The plan cache's LRU and the pass that decides which literals a plan may read at run time.
#include "engine/plan_cache.hpp"

#include <algorithm>
#include <type_traits>

namespace liverkg::engine {

// ---------------------------------------------------------------- the cache

void PlanCache::set_capacity(std::size_t n) {
    capacity_ = n;
    while (lru_.size() > capacity_) {
        index_.erase(lru_.back().key);
        lru_.pop_back();
    }
    if (capacity_ == 0) clear();
}

void PlanCache::clear() {
    lru_.clear();
    index_.clear();
    pinned_.clear();
}

void PlanCache::check_generation(SchemaGeneration generation) {
    if (generation == generation_) return;
    clear();
    generation_ = generation;
}

// The normalised key plus each pinned token, by index and as written: plans of one shape
// that differ in a pinned literal (LIMIT 5 and LIMIT 6) are different plans.
std::string PlanCache::full_key(std::string_view text, const parser::NormalisedStatement& n,
                                const std::vector<std::uint32_t>& pinned) {
    std::string key = n.key;
    for (std::uint32_t i : pinned) {
        const parser::LiteralToken& t = n.literals[i];
        key += '\x02';
        key += std::to_string(i);
        key += ':';
        key.append(text.substr(t.offset, t.length));
    }
    return key;
}

std::shared_ptr<const CachedPlan> PlanCache::find(std::string_view text, const parser::NormalisedStatement& n,
                                                  SchemaGeneration generation) {
    check_generation(generation);
    const HashedKey key{n.key, KeyHash{}(std::string_view(n.key))};
    auto shape = pinned_.find(key);
    if (capacity_ == 0 || shape == pinned_.end()) {
        ++misses_;
        return nullptr;
    }
    auto it = shape->second.empty() ? index_.find(key) : index_.find(std::string_view(full_key(text, n, shape->second)));
    if (it == index_.end()) {
        ++misses_;
        return nullptr;
    }
    lru_.splice(lru_.begin(), lru_, it->second);
    ++hits_;
    return it->second->plan;
}

void PlanCache::store(std::string_view text, const parser::NormalisedStatement& n, const std::vector<bool>& lifted,
                      CachedPlan plan, SchemaGeneration generation) {
    check_generation(generation);
    if (capacity_ == 0) return;
    std::vector<std::uint32_t> pinned;
    for (std::size_t i = 0; i < lifted.size(); ++i)
        if (!lifted[i]) pinned.push_back(static_cast<std::uint32_t>(i));
    if (pinned_.size() >= 4 * capacity_) pinned_.clear();   // bounded too; shapes are learnt again
    std::string key = full_key(text, n, pinned);
    pinned_[n.key] = std::move(pinned);
    if (auto it = index_.find(key); it != index_.end()) {
        lru_.erase(it->second);
        index_.erase(it);
    }
    lru_.push_front({key, std::make_shared<const CachedPlan>(std::move(plan))});
    index_[std::move(key)] = lru_.begin();
    set_capacity(capacity_);
}

// ---------------------------------------------------------------- lifting

namespace {

class Lifter {
public:
    explicit Lifter(const parser::NormalisedStatement& n) : n_(n), lifted_(n.literals.size(), false) {}

    void clauses(const std::vector<ast::Clause>& cs) {
        for (const auto& c : cs) std::visit([this](const auto& x) { clause(x); }, c);
    }
    std::vector<bool> result() && { return std::move(lifted_); }

private:
    // Only these clauses lift: everything else (CREATE, MERGE and SET values, UNWIND, CALL
    // arguments, DELETE, REMOVE) keeps its literals in the plan.
    void clause(const ast::MatchClause& m) {
        for (const auto& part : m.pattern) {
            node(part.start);
            for (const auto& step : part.steps) {
                map_values(step.rel.properties);
                node(step.node);
            }
        }
        expr(m.where);
    }
    void clause(const ast::WithClause& w) {
        projection(w.projection);
        expr(w.where);
    }
    void clause(const ast::ReturnClause& r) { projection(r.projection); }
    template <class Other>
    void clause(const Other&) {}

    void node(const ast::NodePattern& np) { map_values(np.properties); }

    void map_values(const ast::ExprPtr& m) {
        if (!m || m->kind != ast::ExprKind::Map) return;
        for (const auto& v : m->args) expr(v);
    }

    // An item without an alias is named by its text (`RETURN 1 + 2` is column "1 + 2"); ORDER
    // BY, SKIP and LIMIT shape the plan and keep their literals.
    void projection(const ast::Projection& p) {
        for (const auto& item : p.items)
            if (item.alias) expr(item.expression);
    }

    // Expression kinds whose literals are plain values read per row. Lists, maps, slices,
    // comprehensions, map projections, patterns and subqueries keep theirs.
    void expr(const ast::ExprPtr& e) {
        if (!e) return;
        using K = ast::ExprKind;
        switch (e->kind) {
        case K::Literal: return literal(*e);
        case K::Property:
        case K::Unary:
        case K::Binary:
        case K::IsNull:
        case K::HasLabels:
        case K::Function:
        case K::Index:
            for (const auto& a : e->args) expr(a);
            return;
        case K::Case:
            expr(e->case_subject);
            for (const auto& x : e->case_when) expr(x);
            for (const auto& x : e->case_then) expr(x);
            expr(e->case_else);
            return;
        default: return;
        }
    }

    void literal(ast::Expr& e) {
        if (e.lifted >= 0) return;
        auto it = std::lower_bound(n_.literals.begin(), n_.literals.end(), e.pos.offset,
                                   [](const parser::LiteralToken& t, std::uint32_t off) { return t.offset < off; });
        if (it == n_.literals.end() || it->offset != e.pos.offset) return;
        // The parser read the same literal there (a folded `-1` sits at its '-', for one).
        if (!parser::same_literal(n_.values[it->slot], e.literal)) return;
        e.lifted = static_cast<std::int32_t>(it->slot);
        lifted_[static_cast<std::size_t>(it - n_.literals.begin())] = true;
    }

    const parser::NormalisedStatement& n_;
    std::vector<bool> lifted_;
};

}  // namespace

std::vector<bool> lift_literals(const ast::Statement& statement, const parser::NormalisedStatement& n) {
    Lifter lifter(n);
    lifter.clauses(statement.clauses);
    for (const auto& u : statement.unions) lifter.clauses(u.clauses);
    return std::move(lifter).result();
}

}  // namespace liverkg::engine
