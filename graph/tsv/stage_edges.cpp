// Parsing edges.tsv into the staging area: the hot loop of a large load, so cells
// stay string_views into the file and predicates are interned through a cache.
#include <algorithm>
#include <deque>
#include <optional>
#include <unordered_map>

#include "graph/tsv/cells.hpp"
#include "graph/tsv/stage.hpp"

namespace liverkg::graph::tsv {

namespace {

struct EdgeHeader {
    std::vector<Column> columns;
    std::vector<KeyId> keys;   // kNone for subject/predicate/object
    std::size_t subject = kNone, predicate = kNone, object = kNone;
    bool has_properties = false;
};

EdgeHeader edge_header(Graph& g, std::string_view line, const std::string& file) {
    EdgeHeader h;
    h.columns = parse_header(line, file);
    for (std::size_t i = 0; i < h.columns.size(); ++i) {
        const std::string& name = h.columns[i].name;
        std::size_t* slot = name == "subject" ? &h.subject : name == "predicate" ? &h.predicate
                          : name == "object"  ? &h.object  : nullptr;
        if (slot) *slot = i;
        h.keys.push_back(slot ? kNone : g.intern_key(name));
        h.has_properties |= slot == nullptr;
    }
    for (const char* required : {"subject", "predicate", "object"}) {
        std::size_t at = std::string_view(required) == "subject" ? h.subject
                       : std::string_view(required) == "predicate" ? h.predicate : h.object;
        if (at == kNone) load_error(file, 1, std::string("header has no '") + required + "' column");
    }
    return h;
}

class EdgeStager {
public:
    EdgeStager(Graph& g, Staging& s, const EdgeHeader& h) : g_(g), s_(s), h_(h) {
        id_key_ = g.find_key("id");
    }

    void row(const std::vector<std::string_view>& cells, std::size_t line) {
        auto cell = [&](std::size_t i) { return i < cells.size() ? cells[i] : std::string_view{}; };
        std::string_view subject = cell(h_.subject), object = cell(h_.object), predicate = cell(h_.predicate);
        if (subject.empty()) load_error(s_.edges_file, line, "row has no subject");
        if (object.empty()) load_error(s_.edges_file, line, "row has no object");
        if (predicate.empty()) load_error(s_.edges_file, line, "row has no predicate");
        std::uint32_t from = resolve(subject), to = resolve(object);
        if (from == kNone || to == kNone) {
            s_.warn(s_.edges_file, line, "skipped: no node with id '" +
                                             std::string(from == kNone ? subject : object) + "'");
            return;
        }
        s_.edges.push_back({from, to, type_of(predicate), properties(cells, line)});
    }

private:
    // Staged node index for an id: a node of this load, else one of the graph (from an earlier load).
    std::uint32_t resolve(std::string_view id) {
        if (std::uint32_t index = s_.by_id.find(id); index != IdTable::kMissing) return index;
        if (!id_key_) return kNone;
        auto existing = g_.nodes_with_property(*id_key_, id);
        if (existing.empty()) return kNone;
        auto index = static_cast<std::uint32_t>(s_.nodes.size());
        s_.nodes.push_back(StagedNode{existing.front(), 0, {}, {}});
        // Keep the id text alive for by_id: the edges buffer is freed after staging.
        s_.referenced_ids.emplace_back(id);
        s_.by_id.find_or_insert(s_.referenced_ids.back(), index);
        return index;
    }

    TypeId type_of(std::string_view predicate) {
        if (predicate == last_predicate_) return last_type_;   // files are often sorted by predicate
        auto it = types_.find(predicate);
        if (it == types_.end()) it = types_.emplace(predicate, g_.intern_type(strip_curie(predicate))).first;
        last_predicate_ = predicate;
        last_type_ = it->second;
        return last_type_;
    }

    std::uint32_t properties(const std::vector<std::string_view>& cells, std::size_t line) {
        if (!h_.has_properties) return kNone;
        PropertyList props;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (h_.keys[i] == kNone || cells[i].empty()) continue;
            Value v;
            if (auto error = convert_cell(cells[i], h_.columns[i], v))
                load_error(s_.edges_file, line, "column '" + h_.columns[i].name + "': " + *error);
            props.emplace_back(h_.keys[i], std::move(v));
        }
        if (props.empty()) return kNone;
        s_.edge_props.push_back(std::move(props));
        return static_cast<std::uint32_t>(s_.edge_props.size() - 1);
    }

    Graph& g_;
    Staging& s_;
    const EdgeHeader& h_;
    std::optional<KeyId> id_key_;
    std::unordered_map<std::string_view, TypeId> types_;
    std::string_view last_predicate_;
    TypeId last_type_ = 0;
};

}  // namespace

void stage_edges(Graph& g, Staging& s) {
    FileText file(s.edges_file);
    std::string_view text = file.view();
    // One relationship per line: reserve once instead of growing by doubling.
    s.edges.reserve(static_cast<std::size_t>(count_lines(text)) + 1);
    LineReader lines(text);
    std::string_view line;
    if (!lines.next(line) || line.empty()) load_error(s.edges_file, 1, "no header row");
    EdgeHeader h = edge_header(g, line, s.edges_file);
    EdgeStager stager(g, s, h);
    std::vector<std::string_view> cells;
    while (lines.next(line)) {
        if (line.empty()) continue;
        split_tabs(line, cells);
        if (cells.size() > h.columns.size())
            load_error(s.edges_file, lines.line_number(), "row has " + std::to_string(cells.size()) +
                                                              " cells, the header has " + std::to_string(h.columns.size()));
        stager.row(cells, lines.line_number());
    }
}

}  // namespace liverkg::graph::tsv
