// kg.*: the knowledge graph's own procedures. kg.paths is the PATHS statement as a procedure
// that composes with the rest of Cypher: the same PathSpec, the same search and ranking
// (find_paths), the same columns. kg.lookup finds nodes by what people type.
#include <optional>

#include "engine/exec.hpp"
#include "engine/procedures/lookup.hpp"
#include "engine/paths/paths.hpp"
#include "engine/procedures/procedures.hpp"

namespace liverkg::engine {

namespace {

// The outputs are PATHS' columns (path_columns()), in their order; a unit test holds them equal.
constexpr std::string_view kPathsSignature =
    "kg.paths(start :: LIST<NODE> | NODE, target :: LIST<NODE> | NODE, options = {} :: MAP) :: "
    "(chain :: STRING, sign :: STRING, score :: FLOAT, weakest_evidence :: STRING, citations :: STRING, "
    "hops :: INTEGER, refs :: LIST<INTEGER>, path :: PATH, evidence :: LIST<MAP>)";

constexpr std::string_view kPathsDescription =
    "Signed mechanism chains from start to target, best score first, as PATHS finds them (context-true "
    "hops unless anyContext); options: via (label names), maxHops (1-8, default 4), sign ('+' or '-'), "
    "anyContext, limit (1-10000, default 20).";

// PATHS' notices say "PATHS: ... LIMIT n"; here they name the procedure and its option.
std::string procedure_notice(std::string text) {
    const std::string prefix = "PATHS: ";
    if (text.compare(0, prefix.size(), prefix) == 0) text = "kg.paths: " + text.substr(prefix.size());
    if (auto at = text.find("LIMIT "); at != std::string::npos) text.replace(at, 5, "limit");
    return text;
}

std::vector<Row> paths(ExecContext& ex, const std::vector<Value>& args) {
    static const TypeSigns no_signs;
    const TypeSigns& signs = ex.signs ? *ex.signs : no_signs;
    PathSpec spec = path_spec_of(ex.g, signs, args[0], args[1], args.size() > 2 ? args[2] : Value());
    for (const auto& label : spec.unknown_via)   // a typo would otherwise just give no rows
        ex.notice("kg.paths: the label :" + label + " in via is not in the graph (no node has it); known labels: :schema");
    if (spec.from.empty() || spec.to.empty()) return {};
    // The statement's governor; a call evaluated while compiling (none yet) runs unbounded.
    std::optional<Governor> own;
    if (!ex.gov) own.emplace(Limits{0, 0, 0}, nullptr);
    ResultSet found = find_paths(ex.g, signs, spec, ex.gov ? *ex.gov : *own);
    for (const auto& n : found.notices) ex.notice(procedure_notice(n));
    return std::move(found.rows);
}

void check_paths(const std::vector<std::optional<Value>>& known) {
    if (known.size() > 2 && known[2]) path_options_of(*known[2]);
}

constexpr std::int64_t kLookupLimitBound = 10'000;

std::int64_t lookup_limit(const Value& v) {
    if (v.is_null()) return 10;
    if (!v.is_int() || v.as_int() < 1 || v.as_int() > kLookupLimitBound)
        raise(ErrorKind::ArgumentError, "InvalidArgumentValue",
              "kg.lookup: limit must be an integer from 1 to " + std::to_string(kLookupLimitBound) + ", got " +
                  to_cypher_string(v));
    return v.as_int();
}

std::vector<Row> lookup(ExecContext& ex, const std::vector<Value>& args) {
    auto limit = static_cast<std::size_t>(lookup_limit(args.size() > 1 ? args[1] : Value()));
    if (args[0].is_null()) return {};
    std::vector<Row> rows;
    for (const LookupHit& hit : lookup_nodes(ex.g, args[0].as_string())) {
        if (rows.size() == limit) break;
        rows.push_back({Value(graph::NodeRef{hit.node}), Value(hit.matched), Value(hit.score)});
    }
    return rows;
}

void check_lookup(const std::vector<std::optional<Value>>& known) {
    if (known.size() > 1 && known[1]) lookup_limit(*known[1]);
}

}  // namespace

void add_kg_procedures(Registry& r) {
    r.add_procedure({.signature = kPathsSignature, .description = kPathsDescription, .call = paths,
                     .check = check_paths});
    r.add_procedure({.signature = "kg.lookup(text :: STRING, limit = 10 :: INTEGER) :: "
                                  "(node :: NODE, matched :: STRING, score :: FLOAT)",
                     .description = "Nodes whose name, alias or CURIE (id, xrefs) matches text: exactly (score 1), "
                                    "ignoring case, spaces and punctuation (0.8), or as a prefix (below 0.5, shorter "
                                    "completions higher); best first, at most limit (1-10000).",
                     .call = lookup,
                     .check = check_lookup});
}

}  // namespace liverkg::engine
