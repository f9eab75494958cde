// WITH and RETURN: projection, grouping and aggregation, DISTINCT, ORDER BY, SKIP, LIMIT.
//
// Both kinds of projection produce "wide rows" that hold every value ORDER BY may
// read (the input variables or the grouping keys and aggregates, plus the new
// column aliases); a common tail then de-duplicates, sorts, skips, limits and
// finally cuts each wide row down to the projected columns.
#include <algorithm>
#include <unordered_map>

#include "engine/clauses/ops.hpp"
#include "engine/clauses/ordering.hpp"

namespace liverkg::engine {

namespace {

struct Item {
    std::string name;
    const ast::Expr* expr;
    VarKind kind;
    SourcePos pos;
};

struct RowHash {
    std::size_t operator()(const std::vector<Value>& r) const {
        std::size_t h = r.size();
        for (const auto& v : r) h = h * 1000003 ^ equivalence_hash(v);
        return h;
    }
};
struct RowEquiv {
    bool operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (!equivalent(a[i], b[i])) return false;
        return true;
    }
};

class ProjectionOp : public RowSink {
public:
    std::string kind;                               // "Projection" or "Return"
    std::vector<Item> items;
    std::vector<std::size_t> item_slots;            // where each item lands in the wide row
    std::size_t wide_width = 0;
    bool distinct = false;
    // plain projection
    std::vector<CompiledExpr> item_exprs;           // over the input row
    // aggregation
    bool aggregating = false;
    std::vector<CompiledExpr> key_exprs;            // over the input row
    std::vector<std::size_t> key_slots;             // in the wide row
    std::vector<AggregateSpec> aggregates;
    std::vector<std::pair<std::size_t, CompiledExpr>> aggregate_items;   // wide slot, expr over wide row
    // ordering and paging
    std::vector<CompiledExpr> sort_keys;
    std::vector<std::size_t> sort_key_slots;        // a key that is a column reads its slot; else SIZE_MAX
    std::vector<bool> descending;
    // Whether a plain projection's wide row extends the input row (ORDER BY or WHERE
    // may read an input variable) or holds only the new columns.
    bool wide_needs_input = true;
    CompiledExpr skip, limit;
    // WITH ... WHERE: sees the new columns and, like ORDER BY, the variables before them.
    CompiledExpr where;

    void run(ExecContext& ex, std::vector<Row>& rows) override {
        std::vector<Row> wide = aggregating ? aggregate(ex, rows) : project(ex, rows);
        finish(ex, wide, rows);
    }

    std::string describe() const override {
        std::string s = aggregating ? "Aggregate" : kind;
        if (distinct) s += " DISTINCT";
        s += " [";
        for (std::size_t i = 0; i < items.size(); ++i) s += (i ? ", " : "") + items[i].name;
        s += "]";
        if (!sort_keys.empty()) s += " -> Sort (" + std::to_string(sort_keys.size()) + " keys)";
        if (skip) s += " -> Skip";
        if (where) s += " -> Filter";
        if (limit) s += " -> Limit";
        return s;
    }

private:
    std::vector<Row> project(ExecContext& ex, std::vector<Row>& rows) {
        std::vector<Row> wide;
        wide.reserve(rows.size());
        for (Row& r : rows) {
            ex.poll();
            if (!wide_needs_input) {
                wide.push_back(project_row(ex, r));
                continue;
            }
            // The input row becomes the wide row: item slots lie past every input slot, so
            // writing them never changes an input.
            r.resize(std::max(r.size(), wide_width));
            set_items(ex, r, r);
            wide.push_back(std::move(r));
        }
        return wide;
    }

    // The wide row of input row r, which stays as it is.
    Row project_row(ExecContext& ex, Row& r) {
        Row w(wide_width);
        if (wide_needs_input) std::copy_n(r.begin(), std::min(r.size(), wide_width), w.begin());
        set_items(ex, r, w);
        return w;
    }

    // The items evaluated over input row r, written to their slots of wide row w.
    void set_items(ExecContext& ex, Row& r, Row& w) {
        EvalCtx c{ex, r};
        for (std::size_t i = 0; i < item_exprs.size(); ++i) w[item_slots[i]] = item_exprs[i](c);
    }

    // Group-by state, fed one row at a time so that a MATCH can stream into it.
    struct Groups {
        std::unordered_map<std::vector<Value>, std::size_t, RowHash, RowEquiv> index;
        std::vector<std::vector<Value>> keys;
        std::vector<std::vector<std::unique_ptr<Aggregator>>> states;
        std::vector<Value> key, args;
    };
    std::unique_ptr<Groups> groups_;

    std::size_t group_of(Groups& gs, std::vector<Value>& k) {
        auto it = gs.index.find(k);
        if (it != gs.index.end()) return it->second;
        gs.keys.push_back(k);
        std::vector<std::unique_ptr<Aggregator>> s;
        for (const auto& a : aggregates) s.push_back(make_aggregator(a));
        gs.states.push_back(std::move(s));
        gs.index.emplace(k, gs.keys.size() - 1);
        return gs.keys.size() - 1;
    }

    std::vector<Row> aggregate(ExecContext& ex, std::vector<Row>& rows) {
        begin_stream(ex);
        for (Row& r : rows) add_row(ex, r, 1);
        return end_groups(ex);
    }

    std::vector<Row> end_groups(ExecContext& ex) {
        Groups& gs = *groups_;
        if (gs.keys.empty() && key_exprs.empty()) {
            std::vector<Value> none;
            group_of(gs, none);
        }
        std::vector<Row> wide;
        for (std::size_t g = 0; g < gs.keys.size(); ++g) {
            Row w(wide_width);
            for (std::size_t i = 0; i < key_slots.size(); ++i) w[key_slots[i]] = gs.keys[g][i];
            for (std::size_t a = 0; a < aggregates.size(); ++a) w[aggregates[a].slot] = gs.states[g][a]->result();
            EvalCtx c{ex, w};
            for (const auto& [slot, f] : aggregate_items) {
                Value v = f(c);
                w[slot] = std::move(v);
            }
            wide.push_back(std::move(w));
        }
        groups_.reset();
        return wide;
    }

    // Plain projection fed one row at a time.
    std::vector<Row> streamed_;
    std::size_t enough_ = SIZE_MAX;   // rows after which nothing more can be returned

    bool add_plain_row(ExecContext& ex, Row& r, std::int64_t weight) {
        ex.poll();
        if (streamed_.size() >= enough_) return false;
        Row w = project_row(ex, r);
        for (std::int64_t k = 1; k < weight; ++k) streamed_.push_back(w);
        streamed_.push_back(std::move(w));
        return streamed_.size() < enough_;
    }

public:
    void begin_stream(ExecContext& ex) override {
        if (aggregating) {
            groups_ = std::make_unique<Groups>();
            return;
        }
        streamed_.clear();
        // Without DISTINCT, ORDER BY or WHERE, the first SKIP + LIMIT rows are the answer.
        enough_ = SIZE_MAX;
        if (limit && !distinct && sort_keys.empty() && !where) {
            enough_ = rows_needed(ex);
        }
    }

    bool add_row(ExecContext& ex, Row& r, std::int64_t weight) override {
        if (!aggregating) return add_plain_row(ex, r, weight);
        ex.poll();
        Groups& gs = *groups_;
        EvalCtx c{ex, r};
        gs.key.clear();
        for (const auto& f : key_exprs) gs.key.push_back(f(c));
        // Without grouping keys there is one group: no hashing per row.
        std::size_t g = key_exprs.empty() && !gs.keys.empty() ? 0 : group_of(gs, gs.key);
        for (std::size_t a = 0; a < aggregates.size(); ++a) {
            gs.args.clear();
            for (const auto& f : aggregates[a].args) gs.args.push_back(f(c));
            if (weight == 1) gs.states[g][a]->add(gs.args);
            else gs.states[g][a]->add_weighted(gs.args, weight);
        }
        return true;
    }

    void end_stream(ExecContext& ex, std::vector<Row>& rows) override {
        std::vector<Row> wide = aggregating ? end_groups(ex) : std::move(streamed_);
        streamed_ = {};
        finish(ex, wide, rows);
    }

    bool streams() const override { return true; }
    bool groups() const override { return aggregating; }

    void inputs_already_distinct() override {
        for (auto& a : aggregates) a.distinct = false;
    }

    void read_keys_from(std::size_t slot) override {
        for (auto& k : key_exprs) k = [slot](EvalCtx& c) { return c.row[slot]; };
    }

private:
    void finish(ExecContext& ex, std::vector<Row>& wide, std::vector<Row>& rows) {
        if (distinct) dedupe(wide);
        sort(ex, wide);
        page(ex, wide);
        if (where) filter(ex, wide);
        // Cut each wide row down in place: item_slots increase and item_slots[i] >= i, so
        // moving slot item_slots[i] to position i never overwrites a value still needed.
        for (Row& w : wide) {
            for (std::size_t i = 0; i < items.size(); ++i)
                if (item_slots[i] != i) w[i] = std::move(w[item_slots[i]]);
            w.resize(items.size());
        }
        rows = std::move(wide);
    }

    void filter(ExecContext& ex, std::vector<Row>& wide) {
        std::vector<Row> out;
        for (Row& w : wide) {
            EvalCtx c{ex, w};
            if (is_true(where(c))) out.push_back(std::move(w));
        }
        wide = std::move(out);
    }

    void dedupe(std::vector<Row>& wide) {
        std::unordered_map<std::vector<Value>, bool, RowHash, RowEquiv> seen;
        std::vector<Row> out;
        for (Row& w : wide) {
            std::vector<Value> k;
            for (auto s : item_slots) k.push_back(w[s]);
            if (seen.emplace(std::move(k), true).second) out.push_back(std::move(w));
        }
        wide = std::move(out);
    }

    void sort(ExecContext& ex, std::vector<Row>& wide) {
        if (sort_keys.empty()) return;
        // Row i's keys at keys[i*nk ...]: a key that is a column is read in place, others
        // are computed once into `computed` (reserved, so the pointers stay valid).
        std::size_t nk = sort_keys.size();
        std::vector<Value> computed;
        computed.reserve(wide.size() * nk);
        std::vector<const Value*> keys;
        keys.reserve(wide.size() * nk);
        for (Row& w : wide) {
            EvalCtx c{ex, w};
            for (std::size_t k = 0; k < nk; ++k) {
                if (sort_key_slots[k] != SIZE_MAX) {
                    keys.push_back(&w[sort_key_slots[k]]);
                } else {
                    computed.push_back(sort_keys[k](c));
                    keys.push_back(&computed.back());
                }
            }
        }
        // With a LIMIT only the first SKIP + LIMIT rows need to be in order.
        std::vector<std::size_t> order = sort_order(keys, descending, std::min(wide.size(), rows_needed(ex)));
        std::vector<Row> out;
        out.reserve(order.size());
        for (std::size_t i : order) out.push_back(std::move(wide[i]));
        wide = std::move(out);
    }

    static std::int64_t count_of(ExecContext& ex, const CompiledExpr& f, const char* what) {
        Row empty;
        EvalCtx c{ex, empty};
        Value v = f(c);
        if (v.is_float() && v.as_float() == static_cast<double>(static_cast<std::int64_t>(v.as_float())))
            raise(ErrorKind::SyntaxError, "InvalidArgumentType", std::string(what) + " must be an Integer");
        if (!v.is_int())
            raise(ErrorKind::SyntaxError, "InvalidArgumentType",
                  std::string(what) + " must be an Integer, got " + type_name(v));
        if (v.as_int() < 0)
            raise(ErrorKind::SyntaxError, "NegativeIntegerArgument", std::string(what) + " must not be negative");
        return v.as_int();
    }

    std::size_t skip_count(ExecContext& ex) const {
        return skip ? static_cast<std::size_t>(count_of(ex, skip, "SKIP")) : 0;
    }

    // SKIP + LIMIT: the rows before the end of the page (all of them without a LIMIT).
    std::size_t rows_needed(ExecContext& ex) const {
        return limit ? skip_count(ex) + static_cast<std::size_t>(count_of(ex, limit, "LIMIT")) : SIZE_MAX;
    }

    void page(ExecContext& ex, std::vector<Row>& wide) {
        std::size_t from = skip_count(ex);
        std::size_t n = limit ? static_cast<std::size_t>(count_of(ex, limit, "LIMIT")) : wide.size();
        if (from >= wide.size()) {
            wide.clear();
            return;
        }
        std::size_t to = std::min(wide.size(), from + n);
        if (from == 0 && to == wide.size()) return;
        wide = std::vector<Row>(std::make_move_iterator(wide.begin() + from), std::make_move_iterator(wide.begin() + to));
    }
};

std::vector<Item> collect_items(const ast::Projection& p, const Scope& scope, bool is_with, const SourcePos& pos) {
    std::vector<Item> items;
    if (p.star) {
        std::vector<const Scope::Var*> vars;
        for (const auto& v : scope.vars())
            if (scope.find(v.name) == &v) vars.push_back(&v);
        std::sort(vars.begin(), vars.end(), [](auto* a, auto* b) { return a->name < b->name; });
        if (vars.empty() && p.items.empty() && !is_with)
            compile_error("NoVariablesInScope", "RETURN * / WITH * needs variables in scope", pos);
        for (auto* v : vars) items.push_back({v->name, nullptr, v->kind, pos});
    }
    for (const auto& ri : p.items) {
        bool is_var = ri.expression->kind == ast::ExprKind::Variable;
        if (is_with && !ri.alias && !is_var)
            compile_error("NoExpressionAlias", "expression in WITH must be aliased (use AS)", ri.pos);
        VarKind kind = static_kind(*ri.expression, scope);
        // A bare variable keeps its name as the column name, however it was spaced.
        std::string name = ri.alias ? *ri.alias : is_var ? ri.expression->name : ri.text;
        items.push_back({name, ri.expression.get(), kind, ri.pos});
    }
    for (std::size_t i = 0; i < items.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (items[i].name == items[j].name)
                compile_error("ColumnNameConflict", "multiple result columns with the same name `" + items[i].name + "`",
                              items[i].pos);
    return items;
}

// An expression standing for a star item (a variable of the input scope).
ast::ExprPtr variable_expr(const std::string& name, const SourcePos& pos) {
    auto e = std::make_shared<ast::Expr>();
    e->kind = ast::ExprKind::Variable;
    e->name = name;
    e->pos = pos;
    return e;
}

CompiledExpr constant_count(CompileState& st, const ast::ExprPtr& e, const char* what) {
    if (!e) return nullptr;
    std::vector<std::string> vars;
    free_variables(*e, vars);
    if (!vars.empty())
        compile_error("NonConstantExpression", std::string(what) + " cannot refer to variables", e->pos);
    Scope empty;
    ExprCompiler ec(empty, st.g, st.params);
    if (e->kind == ast::ExprKind::Literal) {
        Value v = literal_value(e->literal);
        if (!v.is_int())
            compile_error("InvalidArgumentType", std::string(what) + " must be an Integer", e->pos);
        if (v.as_int() < 0)
            compile_error("NegativeIntegerArgument", std::string(what) + " must not be negative", e->pos);
    }
    return ec.compile(*e);
}

// Whether ORDER BY or WITH ... WHERE may read a variable of the input row (rather than
// only the new columns), which the wide rows must then keep. After DISTINCT, ORDER BY
// sees only the projected columns; WHERE still sees the variables before them.
bool reads_input(const ast::Projection& p, const ast::ExprPtr& where, const std::vector<Item>& items) {
    std::vector<std::string> vars;
    if (!p.distinct)
        for (const auto& s : p.order_by) free_variables(*s.expression, vars);
    if (where) free_variables(*where, vars);
    for (const auto& v : vars)
        if (std::none_of(items.begin(), items.end(), [&](const Item& i) { return i.name == v; })) return true;
    return false;
}

std::unique_ptr<ProjectionOp> compile_projection(CompileState& st, const ast::Projection& p, bool is_with,
                                                 const SourcePos& pos,
                                                 const ast::ExprPtr& where = nullptr) {
    auto op = std::make_unique<ProjectionOp>();
    op->kind = is_with ? "Projection" : "Return";
    op->distinct = p.distinct;
    op->items = collect_items(p, st.scope, is_with, pos);
    for (auto& item : op->items)
        if (!item.expr) {
            st.synthesized.push_back(variable_expr(item.name, pos));
            item.expr = st.synthesized.back().get();
        }
    for (const auto& item : op->items)
        if (contains_aggregate(*item.expr)) op->aggregating = true;
    for (const auto& s : p.order_by)
        if (contains_aggregate(*s.expression) && !op->aggregating) {
            compile_error("InvalidAggregation", "aggregation in ORDER BY needs an aggregating projection",
                          s.expression->pos);
        }

    Scope wide;
    AggregationContext agg;
    if (!op->aggregating) {
        ExprCompiler ec(st.scope, st.g, st.params);
        for (const auto& item : op->items) op->item_exprs.push_back(ec.compile(*item.expr));
        // When ORDER BY and WHERE read only the new columns, a wide row is just those
        // columns (and it becomes the result row as it is). Otherwise it extends the input
        // row; copied after compiling, since comprehension variables took scratch slots
        // the items must not reuse.
        op->wide_needs_input = reads_input(p, where, op->items);
        if (op->wide_needs_input) wide = st.scope;
        for (const auto& item : op->items) op->item_slots.push_back(wide.add(item.name, item.kind));
    } else {
        ExprCompiler input(st.scope, st.g, st.params);
        agg.input = &st.scope;
        agg.aggregates = &op->aggregates;
        agg.output = &wide;
        std::vector<std::size_t> key_of_item(op->items.size(), SIZE_MAX);
        for (std::size_t i = 0; i < op->items.size(); ++i) {
            const Item& item = op->items[i];
            if (contains_aggregate(*item.expr)) continue;
            op->key_exprs.push_back(input.compile(*item.expr));
            std::size_t slot = item.expr->kind == ast::ExprKind::Variable ? wide.add(item.expr->name, item.kind)
                                                                          : wide.hidden();
            op->key_slots.push_back(slot);
            // Only simple keys (n, n.prop) may be reused inside an aggregating expression;
            // anything more complex is AmbiguousAggregationExpression, as openCypher says.
            bool simple = item.expr->kind == ast::ExprKind::Variable ||
                          (item.expr->kind == ast::ExprKind::Property &&
                           item.expr->args[0]->kind == ast::ExprKind::Variable);
            if (simple) agg.keys.emplace_back(item.expr, slot);
            key_of_item[i] = slot;
        }
        ExprCompiler post(wide, st.g, st.params);
        post.set_aggregation(&agg);
        std::vector<std::pair<std::size_t, CompiledExpr>> pending;
        for (std::size_t i = 0; i < op->items.size(); ++i)
            if (key_of_item[i] == SIZE_MAX) pending.emplace_back(i, post.compile(*op->items[i].expr));
        for (const auto& item : op->items) op->item_slots.push_back(wide.add(item.name, item.kind));
        for (auto& [i, f] : pending) op->aggregate_items.emplace_back(op->item_slots[i], std::move(f));
        // Key items are read from their key slot: copy them to the item slot as well.
        for (std::size_t i = 0; i < op->items.size(); ++i)
            if (key_of_item[i] != SIZE_MAX) {
                std::size_t from = key_of_item[i];
                op->aggregate_items.emplace_back(op->item_slots[i], [from](EvalCtx& c) { return c.row[from]; });
            }
    }
    // After DISTINCT only the projected columns exist: ORDER BY sees those (by name, or
    // an expression equal to a projected one), not the variables before the projection.
    Scope distinct_scope;
    AggregationContext projected;
    if (p.distinct && !op->aggregating) {
        for (std::size_t i = 0; i < op->items.size(); ++i) {
            distinct_scope.bind(op->items[i].name, op->item_slots[i], op->items[i].kind);
            projected.keys.emplace_back(op->items[i].expr, op->item_slots[i]);
        }
        projected.input = &st.scope;
    }
    bool only_projected = p.distinct && !op->aggregating;
    ExprCompiler order(only_projected ? distinct_scope : wide, st.g, st.params);
    agg.new_aggregates_allowed = false;
    if (op->aggregating) order.set_aggregation(&agg);
    if (only_projected) order.set_aggregation(&projected);
    for (const auto& s : p.order_by) {
        op->sort_keys.push_back(order.compile(*s.expression));
        op->sort_key_slots.push_back(order.slot_read(*s.expression).value_or(SIZE_MAX));
        op->descending.push_back(s.descending);
    }
    if (where) {
        ExprCompiler filter(wide, st.g, st.params);
        op->where = filter.compile(*where);
    }
    op->wide_width = wide.width();
    op->skip = constant_count(st, p.skip, "SKIP");
    op->limit = constant_count(st, p.limit, "LIMIT");

    Scope out;
    for (const auto& item : op->items) out.add(item.name, item.kind);
    st.scope = std::move(out);
    return op;
}

}  // namespace

void compile_with(CompileState& st, const ast::WithClause& w) {
    st.ops.push_back(compile_projection(st, w.projection, true, w.pos, w.where));
}

void compile_return(CompileState& st, const ast::ReturnClause& r) {
    auto op = compile_projection(st, r.projection, false, r.pos);
    st.columns.clear();
    for (const auto& item : op->items) st.columns.push_back(item.name);
    st.ops.push_back(std::move(op));
}

}  // namespace liverkg::engine
