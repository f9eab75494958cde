#pragma once
// The one registry of functions and procedures. Each is declared once, by its signature
// text and a row of facts; the expression compiler, the type checks, CALL, SHOW FUNCTIONS /
// SHOW PROCEDURES (dbms.functions(), dbms.procedures()), the REPL's completion and :help,
// and docs/query-language.md's function list (checked by a test) all read it.
//
// Adding one (see docs/architecture.md, "Adding a function or a procedure"):
//
//     void add_my_procedures(Registry& r) {
//         r.add_procedure({
//             .signature = "kg.lookup(text :: STRING, limit = 10 :: INTEGER) :: (node :: NODE, score :: FLOAT)",
//             .description = "Finds nodes by name, alias or CURIE.",
//             .call = lookup});
//     }
//
// and one line calling add_my_procedures in registry/builtins.cpp.
#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "engine/result.hpp"
#include "engine/registry/types.hpp"

namespace liverkg::engine {

struct ExecContext;
struct AggregateSpec;
class Aggregator;

// One declared input or output: `name :: TYPE`, or for an optional input `name = default :: TYPE`.
struct Param {
    std::string name;
    CypherType type;
    std::optional<std::string> default_text;   // optional inputs: the default, as written
};

// A parsed signature: `ns.name(in :: T, ...) :: RESULT` for a function, `... :: (out :: T, ...)`
// for a procedure. `...` after the last input makes it repeatable (coalesce(input :: ANY, ...)).
struct Signature {
    std::string name;
    std::vector<Param> inputs;
    bool variadic = false;
    CypherType result;                // functions
    std::vector<Param> outputs;       // procedures (empty: a VOID procedure)
    std::size_t min_args() const;
    std::size_t max_args() const;     // SIZE_MAX when variadic
    std::string text(bool procedure) const;   // rendered back, e.g. for SHOW FUNCTIONS
};

// Parses a signature; throws ErrorException (ArgumentError, InvalidSignature) naming the spot.
Signature parse_signature(std::string_view text, bool procedure);

using FunctionImpl = std::function<Value(ExecContext& ex, std::vector<Value>& args)>;
using AggregatorFactory = std::unique_ptr<Aggregator> (*)(const AggregateSpec& call);

struct FunctionSpec {
    std::string_view signature;      // "toUpper(input :: STRING) :: STRING"
    std::string_view category;       // "String", "Numeric", "List", ... (SHOW FUNCTIONS groups by it)
    std::string_view description;    // one line, ends with a full stop
    FunctionImpl call;               // scalar functions
    AggregatorFactory aggregate = nullptr;   // aggregate functions instead of `call`
    bool deterministic = true;       // false: rand(), anything reading a clock
};

struct FunctionDef {
    Signature signature;
    std::string category;
    std::string description;
    FunctionImpl call;
    AggregatorFactory aggregate = nullptr;
    bool deterministic = true;
    bool is_aggregate() const { return aggregate != nullptr; }
    const std::string& name() const { return signature.name; }
};

enum class ProcedureMode { Read, Write, Schema, Dbms };
const char* procedure_mode_name(ProcedureMode m);   // "READ", "WRITE", "SCHEMA", "DBMS"

// A procedure receives its arguments (checked and coerced to the declared input types; an
// omitted optional input is absent from `args`) and returns its rows, one value per declared
// output, in declaration order.
using ProcedureImpl = std::function<std::vector<Row>(ExecContext& ex, const std::vector<Value>& args)>;

// Optional: checks, before the statement runs, the arguments whose values are known then
// (literals and parameters; constants[i] is empty for the others), so that a bad literal
// option is reported even when no row reaches the call. Throws as the procedure would.
using ProcedureCheck = std::function<void(const std::vector<std::optional<Value>>& constants)>;

struct ProcedureSpec {
    std::string_view signature;      // "db.labels() :: (label :: STRING)"
    std::string_view description;
    ProcedureImpl call;
    ProcedureMode mode = ProcedureMode::Read;
    ProcedureCheck check = nullptr;
};

struct ProcedureDef {
    Signature signature;
    std::string description;
    ProcedureImpl call;
    ProcedureMode mode = ProcedureMode::Read;
    ProcedureCheck check;
    const std::string& name() const { return signature.name; }
};

class Registry {
public:
    // Throws ErrorException for a bad signature or a name declared twice.
    Registry() = default;
    Registry(const Registry&) = delete;   // the indexes point into the deques
    Registry& operator=(const Registry&) = delete;

    const FunctionDef& add_function(const FunctionSpec& spec);
    const ProcedureDef& add_procedure(const ProcedureSpec& spec);

    // Functions are found by name in any case ("toupper", "TOUPPER"); procedures by exact name.
    const FunctionDef* find_function(std::string_view name) const;
    const ProcedureDef* find_procedure(std::string_view name) const;

    // Sorted by name (case-insensitively).
    std::vector<const FunctionDef*> functions() const;
    std::vector<const ProcedureDef*> procedures() const;

private:
    std::deque<FunctionDef> functions_;      // a deque: entries never move once added
    std::deque<ProcedureDef> procedures_;
    std::unordered_map<std::string, const FunctionDef*> function_index_;   // by lower-case name
    std::unordered_map<std::string, const ProcedureDef*> procedure_index_;
};

// The process's registry: the built-ins (registry/builtins.cpp) plus whatever was added
// before statements run (--test-procedures). Not to be changed while a statement runs.
Registry& registry();

}  // namespace liverkg::engine
