// CALL ns.name(args) [YIELD ...]: runs a registered procedure once per input row and adds its
// rows, each output bound to a variable. A standalone CALL (the whole statement) may take its
// arguments implicitly from the parameters of the same names, and returns every output when
// it yields none or YIELD *.
#include <algorithm>

#include "engine/clauses/ops.hpp"
#include "engine/registry/registry.hpp"

namespace liverkg::engine {

namespace {

// Runs f; an argument or type error it raises without a position points at `pos` (the
// procedure's name): procedures check their arguments but do not know where they were written.
template <class F>
auto placed(const SourcePos& pos, F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const ErrorException& e) {
        const Error& err = e.error();
        if (err.pos || (err.kind != ErrorKind::ArgumentError && err.kind != ErrorKind::TypeError)) throw;
        raise(err.kind, err.code, err.message, pos);
    }
}

class CallOp : public Operator {
public:
    const ProcedureDef* proc = nullptr;
    std::vector<CompiledExpr> arguments;
    std::vector<SourcePos> argument_pos;
    SourcePos name_pos;                      // where the procedure's errors point
    std::vector<std::size_t> output_slots;   // per declared output: its slot, or SIZE_MAX when not yielded
    CompiledExpr where;
    std::size_t width = 0;

    void run(ExecContext& ex, std::vector<Row>& rows) override {
        std::vector<Row> out;
        std::vector<Value> args;
        for (Row& r : rows) {
            ex.poll();
            EvalCtx c{ex, r};
            args.clear();
            for (std::size_t i = 0; i < arguments.size(); ++i) args.push_back(checked(i, arguments[i](c)));
            std::vector<Row> results = placed(name_pos, [&] { return proc->call(ex, args); });
            if (proc->signature.outputs.empty()) {   // VOID: the row passes on as it is
                out.push_back(std::move(r));
                continue;
            }
            for (Row& result : results) add_result(ex, r, result, out);
        }
        rows = std::move(out);
    }

    std::string describe() const override {
        std::string s = "ProcedureCall " + proc->name() + "(";
        for (std::size_t i = 0; i < proc->signature.inputs.size() && i < arguments.size(); ++i)
            s += (i ? ", " : "") + proc->signature.inputs[i].name;
        s += ")";
        if (where) s += " -> Filter";
        return s;
    }

private:
    Value checked(std::size_t i, Value v) const {
        const Param& p = proc->signature.inputs[std::min(i, proc->signature.inputs.size() - 1)];
        if (!type_admits(p.type, v))
            raise(ErrorKind::TypeError, "InvalidArgumentType",
                  proc->name() + "() expects " + p.type.text() + " for `" + p.name + "`, got " + type_name(v),
                  argument_pos[i]);
        return coerce_to(p.type, std::move(v));
    }

    void add_result(ExecContext& ex, const Row& input, Row& result, std::vector<Row>& out) const {
        if (result.size() != output_slots.size())
            raise(ErrorKind::ArgumentError, "ProcedureCallFailed",
                  proc->name() + "() returned a row of " + std::to_string(result.size()) + " values for " +
                      std::to_string(output_slots.size()) + " outputs");
        Row row(std::max(width, input.size()));
        std::copy(input.begin(), input.end(), row.begin());
        for (std::size_t i = 0; i < result.size(); ++i)
            if (output_slots[i] != SIZE_MAX) row[output_slots[i]] = std::move(result[i]);
        if (where) {
            EvalCtx c{ex, row};
            if (!is_true(where(c))) return;
        }
        ex.poll();
        out.push_back(std::move(row));
    }
};

const ProcedureDef& find_procedure(const ast::CallClause& c) {
    const ProcedureDef* p = registry().find_procedure(c.procedure);
    if (!p)
        raise(ErrorKind::ProcedureError, "ProcedureNotFound",
              "there is no procedure named `" + c.procedure + "` (SHOW PROCEDURES lists them)", c.name_pos);
    return *p;
}

// What a statically known argument kind says about a declared input: the TCK wants a literal
// of the wrong type rejected before anything runs.
void check_argument_kind(const ProcedureDef& p, const Param& in, const ast::Expr& arg, const Scope& scope) {
    VarKind k = static_kind(arg, scope);
    std::uint32_t bit = type_bit(k);
    if (bit == 0) return;
    bool ok = in.type.admits(bit) || (bit == kInteger && in.type.admits(kFloat));
    if (!ok)
        compile_error("InvalidArgumentType",
                      p.name() + "() expects " + in.type.text() + " for `" + in.name + "`, got " + var_kind_name(k),
                      arg.pos);
}

std::vector<CompiledExpr> explicit_arguments(CompileState& st, const ProcedureDef& p, const ast::CallClause& c) {
    const Signature& sig = p.signature;
    std::size_t n = c.arguments.size();
    if (n < sig.min_args() || n > sig.max_args())
        compile_error("InvalidNumberOfArguments",
                      p.name() + "() takes " + std::to_string(sig.inputs.size()) + " argument(s), " +
                          std::to_string(n) + " given; its signature is " + sig.text(true),
                      c.pos);
    std::vector<CompiledExpr> out;
    ExprCompiler ec(st.scope, st.g, st.params);
    for (std::size_t i = 0; i < n; ++i) {
        const ast::Expr& a = *c.arguments[i];
        if (contains_aggregate(a))
            compile_error("InvalidAggregation", "a procedure's arguments cannot aggregate", a.pos);
        check_argument_kind(p, sig.inputs[std::min(i, sig.inputs.size() - 1)], a, st.scope);
        out.push_back(ec.compile(a));
    }
    return out;
}

// Literals and set parameters, and lists, maps and signs of them: known before the statement runs.
bool known_before_run(const ast::Expr& e, const Params& params) {
    using K = ast::ExprKind;
    switch (e.kind) {
    case K::Literal: return true;
    case K::Parameter: return params.count(e.name) > 0;
    case K::List:
    case K::Map:
    case K::Unary:
        return std::all_of(e.args.begin(), e.args.end(),
                           [&](const ast::ExprPtr& a) { return a && known_before_run(*a, params); });
    default: return false;
    }
}

// The procedure's own check of the arguments known before the statement runs (ProcedureCheck).
void check_known_arguments(CompileState& st, const ProcedureDef& p, const ast::CallClause& c,
                           const std::vector<CompiledExpr>& compiled) {
    if (!p.check) return;
    std::vector<std::optional<Value>> known(compiled.size());
    Row row;
    Stats stats;
    ExecContext ex{st.g, st.params, stats, nullptr};
    EvalCtx ctx{ex, row};
    for (std::size_t i = 0; i < compiled.size(); ++i)
        if (known_before_run(*c.arguments[i], st.params)) known[i] = compiled[i](ctx);
    placed(c.name_pos, [&] { p.check(known); });
}

// Standalone `CALL p` without parentheses: each input is the parameter of its name.
std::vector<CompiledExpr> implicit_arguments(CompileState& st, const ProcedureDef& p, const ast::CallClause& c,
                                             bool standalone) {
    const auto& inputs = p.signature.inputs;
    if (inputs.empty()) return {};
    if (!standalone)
        compile_error("InvalidArgumentPassingMode",
                      p.name() + " takes arguments: inside a query they must be written, as in " + p.name() + "(...)",
                      c.pos);
    std::vector<CompiledExpr> out;
    for (const auto& in : inputs) {
        auto it = st.params.find(in.name);
        if (it == st.params.end()) {
            if (in.default_text) break;
            raise(ErrorKind::ParameterMissing, "MissingParameter",
                  p.name() + " takes `" + in.name + "` from the parameter $" + in.name + ", which is not set", c.pos);
        }
        Value v = it->second;
        out.push_back([v](EvalCtx&) { return v; });
    }
    return out;
}

// The (field, variable) pairs the call binds, checked for clashes.
std::vector<std::pair<std::size_t, std::string>> yielded(const CompileState& st, const ProcedureDef& p,
                                                         const ast::CallClause& c, bool standalone) {
    const auto& outs = p.signature.outputs;
    std::vector<std::pair<std::size_t, std::string>> out;
    if (c.yields.empty()) {
        if (!standalone && c.yield_all)
            compile_error("UnexpectedSyntax", "YIELD * is only allowed in a standalone CALL", c.pos);
        if (standalone)
            for (std::size_t i = 0; i < outs.size(); ++i) out.emplace_back(i, outs[i].name);
        return out;
    }
    for (const auto& y : c.yields) {
        auto it = std::find_if(outs.begin(), outs.end(), [&](const Param& o) { return o.name == y.field; });
        if (it == outs.end())
            compile_error("UndefinedVariable",
                          p.name() + " has no output `" + y.field + "`; its signature is " + p.signature.text(true),
                          y.pos);
        std::string var = y.alias ? *y.alias : y.field;
        bool taken = st.scope.find(var) != nullptr ||
                     std::any_of(out.begin(), out.end(), [&](const auto& o) { return o.second == var; });
        if (taken) compile_error("VariableAlreadyBound", "variable `" + var + "` is already bound", y.pos);
        out.emplace_back(static_cast<std::size_t>(it - outs.begin()), var);
    }
    return out;
}

// A standalone CALL returns its yielded variables, in order.
void return_yielded(CompileState& st, const std::vector<std::pair<std::size_t, std::string>>& vars,
                    const SourcePos& pos) {
    ast::ReturnClause r;
    r.pos = pos;
    for (const auto& [field, name] : vars) {
        auto e = std::make_shared<ast::Expr>();
        e->kind = ast::ExprKind::Variable;
        e->name = name;
        e->pos = pos;
        st.synthesized.push_back(e);
        r.projection.items.push_back(ast::ReturnItem{e, std::nullopt, name, pos});
    }
    compile_return(st, r);
}

}  // namespace

bool is_void_call(const ast::CallClause& c) {
    const ProcedureDef* p = registry().find_procedure(c.procedure);
    return p && p->signature.outputs.empty();
}

bool is_writing_call(const ast::CallClause& c) {
    const ProcedureDef* p = registry().find_procedure(c.procedure);
    return p && p->mode == ProcedureMode::Write;
}

void compile_call(CompileState& st, const ast::CallClause& c, bool standalone) {
    const ProcedureDef& p = find_procedure(c);
    auto op = std::make_unique<CallOp>();
    op->proc = &p;
    op->arguments = c.explicit_arguments ? explicit_arguments(st, p, c) : implicit_arguments(st, p, c, standalone);
    op->name_pos = c.name_pos;
    for (std::size_t i = 0; i < op->arguments.size(); ++i)
        op->argument_pos.push_back(c.explicit_arguments ? c.arguments[i]->pos : c.pos);
    if (c.explicit_arguments) check_known_arguments(st, p, c, op->arguments);
    auto vars = yielded(st, p, c, standalone);
    op->output_slots.assign(p.signature.outputs.size(), SIZE_MAX);
    for (const auto& [field, name] : vars)
        op->output_slots[field] = st.scope.add(name, kind_of_type(p.signature.outputs[field].type));
    if (c.where) {
        ExprCompiler ec(st.scope, st.g, st.params);
        if (contains_aggregate(*c.where))
            compile_error("InvalidAggregation", "aggregate functions are not allowed in WHERE", c.where->pos);
        op->where = ec.compile(*c.where);
    }
    op->width = st.scope.width();
    st.ops.push_back(std::move(op));
    if (standalone) return_yielded(st, vars, c.pos);
}

}  // namespace liverkg::engine
