#pragma once
// Result sets as text files: the csv, tsv and json rows of the format registry, which the
// command line's --format printers reuse. Each writes a header (or the JSON object) even for
// zero rows, and nothing for a statement without columns.
#include <iosfwd>
#include <string>

#include <nlohmann/json.hpp>

#include "engine/result.hpp"
#include "graph/graph.hpp"

namespace liverkg::formats {

// A header row, then one row per record; fields holding a comma, a quote, CR or LF are
// quoted with "" for an embedded quote (RFC 4180). null is an empty field.
void write_csv_result(const engine::ResultSet& result, const graph::Graph& g, std::ostream& out);
std::string csv_field(const std::string& text);

// A header row, then one row per record; tab, line breaks and backslash escaped as \t \n \r \\.
void write_tsv_result(const engine::ResultSet& result, const graph::Graph& g, std::ostream& out);
std::string tsv_field(const std::string& text);

// The command-line contract's JSON: one object per statement on one line,
// {"columns": [...], "rows": [[...]], "stats": {...}} (+ "plan" for EXPLAIN/PROFILE).
void write_json_result(const engine::ResultSet& result, const graph::Graph& g, std::ostream& out);
// A result value as the contract's JSON (nodes, relationships and paths as tagged objects).
nlohmann::json value_json(const graph::Value& v, const graph::Graph& g);
nlohmann::json result_json(const engine::ResultSet& rs, const graph::Graph& g);

}  // namespace liverkg::formats
