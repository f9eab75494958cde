#pragma once
#include <nlohmann/json.hpp>

#include "repl/format/printer.hpp"

namespace liverkg::repl {

// The command-line contract's JSON: one object per statement on one line,
// {"columns": [...], "rows": [[...]], "stats": {...}} (+ "plan" for EXPLAIN/PROFILE).
class JsonPrinter : public Printer {
public:
    void print(const engine::ResultSet& result, const PrintContext& ctx,
               std::ostream& out) const override;
};

// A result value as the contract's JSON (nodes, relationships and paths as tagged objects).
nlohmann::json value_json(const graph::Value& v, const graph::Graph& g);
nlohmann::json result_json(const engine::ResultSet& rs, const graph::Graph& g);

}  // namespace liverkg::repl
