#include "kg/references.hpp"

#include <vector>

#include "base/error.hpp"
#include "kg/table.hpp"

namespace liverkg::kg {
namespace {

// The `ref` column is the reference's number; it is stored as `number`, the name a
// question asks for (`{number: 54}`). Every other column keeps its name.
std::string property_name(const std::string& column) { return column == "ref" ? "number" : column; }

}  // namespace

std::vector<ReferenceRow> read_references(const std::string& file) {
    std::vector<std::string> problems;
    Table t(file, problems);
    auto ref = t.column("ref");
    std::vector<ReferenceRow> staged;
    for (const Row& row : t.rows()) {
        if (!ref) break;
        ReferenceRow r;
        for (std::size_t i = 0; i < t.columns().size(); ++i) {
            tsv::Column c = t.columns()[i];
            if (i == *ref && c.type == tsv::CellType::Auto) c.type = tsv::CellType::Int;
            if (row.cells[i].empty()) continue;
            Value v;
            if (auto error = tsv::convert_cell(row.cells[i], c, v)) {
                problems.push_back(t.where(row.line) + "column '" + c.name + "': " + *error);
                continue;
            }
            if (i == *ref) r.number = v.as_int();
            r.properties.emplace_back(property_name(c.name), std::move(v));
        }
        if (row.cells[*ref].empty()) problems.push_back(t.where(row.line) + "row has no ref number");
        staged.push_back(std::move(r));
    }
    if (!problems.empty()) raise(ErrorKind::LoadError, "", problems.front());
    return staged;
}

std::string reference_id(std::int64_t number) { return "ref:" + std::to_string(number); }

std::optional<graph::NodeId> find_reference(const graph::Graph& g, std::int64_t number) {
    auto id_key = g.find_key("id");
    auto label = g.find_label(kReferenceLabel);
    if (!id_key || !label) return std::nullopt;
    for (graph::NodeId n : g.nodes_with_property(*id_key, reference_id(number)))
        if (g.has_label(n, *label)) return n;
    return std::nullopt;
}

std::size_t add_references(graph::Graph& g, std::vector<ReferenceRow> staged) {
    graph::KeyId id_key = g.intern_key("id");
    graph::LabelId label = g.intern_label(kReferenceLabel);
    for (auto& r : staged) {
        std::string id = reference_id(r.number);
        auto existing = g.nodes_with_property(id_key, id);
        graph::NodeId n = existing.empty() ? g.add_node() : existing.front();
        g.add_label(n, label);
        if (existing.empty()) g.set_node_property(n, id_key, Value(id));
        for (auto& [name, value] : r.properties) {
            graph::KeyId k = g.intern_key(name);
            if (!g.node_property(n, k)) g.set_node_property(n, k, std::move(value));
        }
    }
    return staged.size();
}

}  // namespace liverkg::kg
