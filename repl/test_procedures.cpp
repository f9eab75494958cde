// Each entry {"signature": "...", "columns": [...], "rows": [[...], ...]} becomes a procedure
// whose call returns the rows whose input columns equal its arguments, projected on its
// output columns.
#include "repl/test_procedures.hpp"

#include <fstream>

#include <nlohmann/json.hpp>

#include "engine/registry/registry.hpp"
#include "engine/expr/value_ops.hpp"
#include "repl/param_json.hpp"

namespace liverkg::repl {

namespace {

using engine::Row;

struct Table {
    std::vector<std::size_t> input_columns;    // per declared input: its column
    std::vector<std::size_t> output_columns;   // per declared output: its column
    std::vector<Row> rows;
};

std::size_t column_of(const std::vector<std::string>& columns, const std::string& name) {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == name) return i;
    throw std::runtime_error("no column named `" + name + "`");
}

bool same(const graph::Value& a, const graph::Value& b) {
    if (a.is_null() || b.is_null()) return a.is_null() && b.is_null();
    return engine::equals(a, b) == engine::Tri::True;
}

engine::ProcedureSpec spec_of(const nlohmann::json& entry, std::shared_ptr<Table>& table, std::string& signature) {
    signature = entry.at("signature").get<std::string>();
    engine::Signature sig = engine::parse_signature(signature, true);
    auto columns = entry.value("columns", std::vector<std::string>{});
    table = std::make_shared<Table>();
    for (const auto& in : sig.inputs) table->input_columns.push_back(column_of(columns, in.name));
    for (const auto& out : sig.outputs) table->output_columns.push_back(column_of(columns, out.name));
    for (const auto& r : entry.value("rows", nlohmann::json::array())) {
        Row row;
        for (const auto& cell : r) row.push_back(json_to_value(cell));
        if (row.size() != columns.size()) throw std::runtime_error("a row's width differs from the columns'");
        table->rows.push_back(std::move(row));
    }
    std::shared_ptr<const Table> t = table;
    auto call = [t](engine::ExecContext&, const std::vector<graph::Value>& args) {
        std::vector<Row> out;
        for (const Row& row : t->rows) {
            bool match = true;
            for (std::size_t i = 0; i < args.size() && match; ++i) match = same(row[t->input_columns[i]], args[i]);
            if (!match) continue;
            Row projected;
            for (std::size_t c : t->output_columns) projected.push_back(row[c]);
            out.push_back(std::move(projected));
        }
        return out;
    };
    return engine::ProcedureSpec{signature, "A test procedure backed by a table (--test-procedures).", call};
}

}  // namespace

bool register_test_procedures(const std::string& path, std::string& error) {
    std::ifstream in(path);
    if (!in) {
        error = path + ": cannot read the file";
        return false;
    }
    std::vector<engine::ProcedureSpec> specs;
    std::vector<std::shared_ptr<Table>> tables;
    std::vector<std::string> signatures;   // the specs' string_views point into these
    try {
        nlohmann::json doc = nlohmann::json::parse(in);
        if (!doc.is_array()) throw std::runtime_error("expected a JSON list of procedures");
        signatures.reserve(doc.size());
        for (std::size_t i = 0; i < doc.size(); ++i) {
            try {
                std::shared_ptr<Table> t;
                signatures.emplace_back();
                specs.push_back(spec_of(doc[i], t, signatures.back()));
                tables.push_back(t);
            } catch (const std::exception& e) {
                throw std::runtime_error("procedure " + std::to_string(i + 1) + ": " + e.what());
            }
        }
        for (const auto& s : specs) engine::registry().add_procedure(s);
    } catch (const std::exception& e) {
        error = path + ": " + e.what();
        return false;
    }
    return true;
}

}  // namespace liverkg::repl
