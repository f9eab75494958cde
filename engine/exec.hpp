#pragma once
// Internal vocabulary of the engine: rows, scopes of variables, the execution
// context and compiled expressions. Not part of the public engine API.
#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "engine/engine.hpp"
#include "engine/runtime/governor.hpp"
#include "engine/expr/value_ops.hpp"

namespace liverkg::engine {

// What a variable (or an expression) is known to hold at compile time, for the
// VariableTypeConflict and InvalidArgumentType checks. Value = not known.
enum class VarKind { Node, Rel, Path, RelList, Value, Bool, Int, Float, String, List, Map };

const char* var_kind_name(VarKind k);

// "a String", "an Integer": a type name as an error message says it.
inline std::string with_article(std::string_view type) {
    bool vowel = !type.empty() && std::string_view("AEIOUaeiou").find(type[0]) != std::string_view::npos;
    return (vowel ? "an " : "a ") + std::string(type);
}

// The variables visible at one point of a query, each with its slot in the row.
class Scope {
public:
    struct Var {
        std::string name;
        std::size_t slot;
        VarKind kind;
    };
    const Var* find(std::string_view name) const;
    std::size_t add(const std::string& name, VarKind kind);   // binds (or rebinds) name to a new slot
    std::size_t hidden();                                       // a slot with no name (scratch)
    void bind(const std::string& name, std::size_t slot, VarKind kind);   // names an existing slot
    std::size_t width() const { return width_; }
    const std::vector<Var>& vars() const { return vars_; }
    void remove(std::string_view name);

private:
    std::vector<Var> vars_;
    std::size_t width_ = 0;
};

class IndexCache;

struct ExecContext {
    graph::Graph& g;
    const Params& params;
    Stats& stats;
    Governor* gov = nullptr;         // the statement's limits; none while compiling
    IndexCache* indexes = nullptr;   // set for read-only statements (engine/pattern/prefix_index.hpp)
    const TypeSigns* signs = nullptr;                 // relationship type signs, for kg.paths
    std::vector<std::string>* notices = nullptr;      // the statement's notices (ResultSet::notices)
    // The values of the literals the plan cache lifted out of the statement, by slot
    // (ast::Expr::lifted); null while compiling and when the cache is off.
    const std::vector<Value>* literals = nullptr;
    // The statement clock of date(), datetime.statement()...: read once, on first use (0 = not yet).
    std::int64_t statement_time_nanos = 0;
    // Adds a notice to the statement's result, once however many rows repeat it.
    void notice(const std::string& text) {
        if (notices && std::find(notices->begin(), notices->end(), text) == notices->end()) notices->push_back(text);
    }
    // Called in every loop that may run long, `work` weighing the step (engine/runtime/governor.hpp):
    // throws ResourceLimit past a limit, Cancelled when Ctrl-C was pressed. What a statement
    // holds is counted by the memory budget, allocation by allocation.
    void poll(std::uint64_t work = 1) {
        if (gov) gov->step(work);
    }
};

struct EvalCtx {
    ExecContext& ex;
    Row& row;
};

using CompiledExpr = std::function<Value(EvalCtx&)>;

// Throws the TCK's compile-time error class (SyntaxError) with a detail code.
[[noreturn]] void compile_error(const std::string& code, const std::string& message, const SourcePos& pos);

// Truth of a WHERE-style condition: only `true` passes; null and false do not;
// any other type is a TypeError.
bool is_true(const Value& v);

}  // namespace liverkg::engine
