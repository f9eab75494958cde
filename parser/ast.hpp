#pragma once
// The abstract syntax tree of liverkg's openCypher subset.
//
// Plain structs: the parser builds them, the engine reads them, and tests can
// build them by hand. Nothing here knows about Spirit or about the graph store.
// Every node carries the SourcePos of its first token so that later stages can
// point at the offending spot.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/error.hpp"

namespace liverkg::ast {

struct Expr;
using ExprPtr = std::shared_ptr<Expr>;

// A literal as written in the query; the engine turns it into a graph::Value.
struct Null {};
using Literal = std::variant<Null, bool, std::int64_t, double, std::string>;

enum class ExprKind {
    Literal,        // literal
    Parameter,      // name ($name)
    Variable,       // name
    Property,       // args[0].name
    List,           // [args...]
    Map,            // {keys[i]: args[i]}
    Unary,          // op args[0]                       (Not, Negate, Plus)
    Binary,         // args[0] op args[1]
    IsNull,         // args[0] IS NULL   (negated: IS NOT NULL)
    HasLabels,      // args[0]:labels[0]:labels[1]...
    Function,       // name(DISTINCT? args...)          (name as written, e.g. "toUpper")
    CountStar,      // count(*)
    Case,           // CASE args[0]? WHEN .. THEN .. ELSE .. END   (see case_* fields)
    Index,          // args[0][args[1]]
    Slice,          // args[0][args[1]? .. args[2]?]  (absent bound = nullptr)
    ListComprehension,  // [name IN args[0] WHERE args[1]? | args[2]?]
    Quantifier,     // any/all/none/single(name IN args[0] WHERE args[1])
    Reduce,         // reduce(keys[0] = args[0], name IN args[1] | args[2])
    MapProjection,  // name{.key, key: expr, .*}       (see map_items)
    PatternPredicate,  // a relationship pattern used as a boolean, e.g. WHERE (a)-->(b)
    PatternComprehension,  // [p = (a)-->(b) WHERE args[0]? | args[1]]  (pattern; args[0] may be null)
    Subquery,       // EXISTS { ... }, COUNT { ... }, COLLECT { ... }   (see subquery, subquery_kind)
};

enum class SubqueryKind { Exists, Count, Collect };

enum class Op {
    None,
    // boolean
    Or, Xor, And, Not,
    // comparison
    Eq, Neq, Lt, Le, Gt, Ge,
    // string and list predicates
    StartsWith, EndsWith, Contains, RegexMatch, In,
    // arithmetic
    Add, Sub, Mul, Div, Mod, Pow, Negate, Plus,
};

enum class Quantifier { Any, All, None, Single };

// One entry of a map projection `n{.name, .*, total: expr, other}`.
struct MapProjectionItem {
    enum class Kind { Property, AllProperties, Literal, Variable } kind = Kind::Property;
    std::string key;   // property name, literal key or variable name
    ExprPtr value;     // for Literal entries
};

struct PatternPart;   // for PatternPredicate
struct SubqueryBody;  // for Subquery

struct Expr {
    ExprKind kind = ExprKind::Literal;
    SourcePos pos;
    Literal literal;                 // Literal
    // Literal lifted out by the plan cache (engine/plan_cache.hpp): the compiled plan reads the
    // statement's literal number `lifted` when it runs, so one plan serves every statement that
    // differs from this one only there. -1: not lifted (the value is compiled in).
    std::int32_t lifted = -1;
    std::string name;                // Parameter, Variable, Property key, Function name,
                                     // comprehension/quantifier/reduce variable, projection var
    Op op = Op::None;                // Unary, Binary
    Quantifier quantifier = Quantifier::Any;
    bool distinct = false;           // Function: count(DISTINCT x)
    bool negated = false;            // IsNull: IS NOT NULL
    std::vector<ExprPtr> args;       // children, meaning by kind (above)
    std::vector<std::string> keys;   // Map keys (parallel to args); Reduce accumulator name
    std::vector<std::string> labels; // HasLabels
    // Case: case_subject may be null (searched form); when/then are parallel; case_else may be null.
    ExprPtr case_subject;
    std::vector<ExprPtr> case_when;
    std::vector<ExprPtr> case_then;
    ExprPtr case_else;
    std::vector<MapProjectionItem> map_items;   // MapProjection
    std::shared_ptr<PatternPart> pattern;       // PatternPredicate
    SubqueryKind subquery_kind = SubqueryKind::Exists;
    std::shared_ptr<SubqueryBody> subquery;     // Subquery
};

// ---------------------------------------------------------------- patterns

struct NodePattern {
    std::optional<std::string> variable;
    std::vector<std::string> labels;     // (n:A:B) — all must hold
    ExprPtr properties;                  // Map or Parameter expression, or null
    SourcePos pos;
};

enum class Direction {
    Outgoing,    // -[]->
    Incoming,    // <-[]-
    Undirected,  // -[]-  (also <-[]-> )
};

struct RelPattern {
    std::optional<std::string> variable;
    std::vector<std::string> types;      // [:A|B] — any may hold; empty = any type
    ExprPtr properties;                  // Map or Parameter expression, or null
    Direction direction = Direction::Outgoing;
    bool variable_length = false;        // a `*` was written
    std::optional<std::int64_t> min_hops;  // *2.. / *2..5 / *2  (absent: 1)
    std::optional<std::int64_t> max_hops;  // *..5 / *2..5 / *2 (absent: unbounded)
    SourcePos pos;
};

struct PatternStep {
    RelPattern rel;
    NodePattern node;
};

enum class PathFunction { None, ShortestPath, AllShortestPaths };

// One comma-separated part of a pattern: `p = (a)-[r]->(b)<-[s]-(c)`.
struct PatternPart {
    std::optional<std::string> path_variable;
    PathFunction path_function = PathFunction::None;
    NodePattern start;
    std::vector<PatternStep> steps;
    SourcePos pos;
};

using Pattern = std::vector<PatternPart>;

// ---------------------------------------------------------------- clauses

struct ReturnItem {
    ExprPtr expression;
    std::optional<std::string> alias;
    std::string text;   // the expression's source text as written (trimmed): the default column name
    SourcePos pos;
};

struct SortItem {
    ExprPtr expression;
    bool descending = false;
};

// Shared body of WITH and RETURN.
struct Projection {
    bool distinct = false;
    bool star = false;                 // RETURN * / WITH *  (items may follow: RETURN *, x)
    std::vector<ReturnItem> items;
    std::vector<SortItem> order_by;
    ExprPtr skip;                      // null when absent
    ExprPtr limit;                     // null when absent
};

struct MatchClause {
    bool optional = false;
    Pattern pattern;
    ExprPtr where;                     // null when absent
    SourcePos pos;
};

struct UnwindClause {
    ExprPtr expression;
    std::string variable;
    SourcePos pos;
};

struct WithClause {
    Projection projection;
    ExprPtr where;                     // null when absent
    SourcePos pos;
};

struct ReturnClause {
    Projection projection;
    SourcePos pos;
};

struct CreateClause {
    Pattern pattern;
    SourcePos pos;
};

struct SetItem {
    enum class Kind {
        Property,      // target.key = value          (target: a Property expression)
        Replace,       // variable = map               (value)
        Merge,         // variable += map              (value)
        Labels,        // variable:A:B
    } kind = Kind::Property;
    ExprPtr target;                    // Property: the n.key expression
    std::string variable;              // Replace, Merge, Labels
    ExprPtr value;                     // Property, Replace, Merge
    std::vector<std::string> labels;   // Labels
    SourcePos pos;
};

struct SetClause {
    std::vector<SetItem> items;
    SourcePos pos;
};

struct RemoveItem {
    enum class Kind { Property, Labels } kind = Kind::Property;
    ExprPtr target;                    // Property: the n.key expression
    std::string variable;              // Labels
    std::vector<std::string> labels;   // Labels
    SourcePos pos;
};

struct RemoveClause {
    std::vector<RemoveItem> items;
    SourcePos pos;
};

struct DeleteClause {
    bool detach = false;
    std::vector<ExprPtr> expressions;
    SourcePos pos;
};

struct MergeClause {
    PatternPart pattern;
    std::vector<SetItem> on_create;
    std::vector<SetItem> on_match;
    SourcePos pos;
};

// One output of a procedure taken into the query: `YIELD field [AS alias]`.
struct YieldItem {
    std::string field;
    std::optional<std::string> alias;
    SourcePos pos;
};

// CALL ns.name(args) [YIELD * | YIELD a, b AS c [WHERE ...]]. Without parentheses the
// arguments are implicit (taken from the parameters of the same names; standalone only).
// SHOW FUNCTIONS and SHOW PROCEDURES are read as CALL dbms.functions() / dbms.procedures().
struct CallClause {
    std::string procedure;
    SourcePos name_pos;
    bool explicit_arguments = false;   // parentheses were written
    std::vector<ExprPtr> arguments;
    bool yield_all = false;            // YIELD *
    std::vector<YieldItem> yields;
    ExprPtr where;                     // null when absent
    SourcePos pos;
};

using Clause = std::variant<MatchClause, UnwindClause, WithClause, ReturnClause, CreateClause,
                            MergeClause, SetClause, RemoveClause, DeleteClause, CallClause>;

// liverkg's own path statement (docs/query-language.md, "PATHS"):
//   PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'})
//     VIA :Mechanism|:Pathway MAX 4 HOPS SIGN - [ANY CONTEXT] LIMIT 20
struct PathsQuery {
    NodePattern from;
    NodePattern to;
    std::vector<std::string> via_labels;           // VIA :A|:B
    std::optional<NodePattern> via_node;           // VIA (m:Mechanism {name: 'x'})
    std::optional<std::int64_t> max_hops;          // MAX n HOPS
    std::optional<char> sign;                      // SIGN + / SIGN -
    bool any_context = false;                      // ANY CONTEXT: lift the context rule
    std::optional<std::int64_t> limit;             // LIMIT n
    SourcePos pos;
};

// The query inside EXISTS { ... } / COUNT { ... } / COLLECT { ... }. The short form
// `{ (a)-->(b) WHERE ... }` is read as `{ MATCH (a)-->(b) WHERE ... }`.
struct SubqueryBody {
    std::vector<Clause> clauses;
};

enum class StatementMode { Run, Explain, Profile };

// `UNION [ALL] query` after the first query of a statement.
struct UnionPart {
    bool all = false;
    std::vector<Clause> clauses;
    SourcePos pos;   // of the UNION keyword
};

// Transaction control: BEGIN, COMMIT, ROLLBACK (each with an optional TRANSACTION) and
// CHECKPOINT. The engine never sees them; the session runs them over storage/.
enum class TxCommand { None, Begin, Commit, Rollback, Checkpoint };

struct Statement {
    StatementMode mode = StatementMode::Run;
    TxCommand control = TxCommand::None;    // set: a transaction-control statement, nothing else
    std::vector<Clause> clauses;            // a query (empty when `paths` is set)
    std::vector<UnionPart> unions;          // the queries joined to it by UNION [ALL]
    std::optional<PathsQuery> paths;        // a PATHS statement
    std::string text;                       // the statement's source text (without the ';')
    SourcePos pos;                          // where it starts in the whole input
};

}  // namespace liverkg::ast
