// Parsing nodes.tsv into the staging area (policies: docs/tsv-format.md).
#include <algorithm>

#include "graph/tsv/cells.hpp"
#include "formats/tsv/stage.hpp"

namespace liverkg::formats::tsv {

namespace {

struct NodeHeader {
    std::vector<Column> columns;
    std::vector<KeyId> keys;          // per column; kNone for the label column
    std::size_t id_column = kNone;
    std::size_t label_column = kNone;
};

std::size_t find_column(const std::vector<Column>& columns, std::string_view name) {
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name) return i;
    return kNone;
}

}  // namespace

void Staging::warn(const std::string& file, std::size_t line, const std::string& message) {
    if (warnings.size() < kMaxWarnings)
        warnings.push_back(file + ":" + std::to_string(line) + ": " + message);
    else
        ++warnings_dropped;
}

// Shared by nodes and edges: typed columns, no duplicates.
std::vector<Column> parse_header(std::string_view line, const std::string& file) {
    // LF and CRLF line ends are read; a CR left inside the first line means CR alone ends lines
    // (classic Mac OS), and the whole file would read as one garbled header.
    if (line.find('\r') != std::string_view::npos)
        load_error(file, 1, "the lines end with CR alone (classic Mac OS line ends); save the file with LF or CRLF line ends");
    std::vector<std::string_view> cells;
    split_tabs(line, cells);
    std::vector<Column> columns(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (auto error = parse_column(cells[i], columns[i])) load_error(file, 1, *error);
        if (find_column({columns.begin(), columns.begin() + i}, columns[i].name) != kNone)
            load_error(file, 1, "column '" + columns[i].name + "' appears twice");
    }
    return columns;
}

namespace {

NodeHeader node_header(Graph& g, std::string_view line, const std::string& file, const TsvLoadOptions& options) {
    NodeHeader h;
    h.columns = parse_header(line, file);
    h.id_column = find_column(h.columns, "id");
    h.label_column = find_column(h.columns, options.label_column);
    // Hetionet names its label column `kind`; accept it when the default was not overridden.
    if (h.label_column == kNone && options.label_column == TsvLoadOptions{}.label_column)
        h.label_column = find_column(h.columns, "kind");
    if (h.id_column == kNone) load_error(file, 1, "header has no 'id' column");
    if (h.label_column == kNone) load_error(file, 1, "header has no '" + options.label_column + "' column");
    const Column& id = h.columns[h.id_column];
    if (id.array || (id.type != CellType::Auto && id.type != CellType::String))
        load_error(file, 1, "the 'id' column must hold strings");
    h.columns[h.id_column].type = CellType::String;   // ids are never split on '|'
    for (std::size_t i = 0; i < h.columns.size(); ++i)
        h.keys.push_back(i == h.label_column ? kNone : g.intern_key(h.columns[i].name));
    return h;
}

void add_labels(Graph& g, std::string_view cell, std::vector<LabelId>& labels) {
    std::size_t start = 0;
    while (start <= cell.size()) {
        std::size_t bar = std::min(cell.find('|', start), cell.size());
        std::string_view part = strip_curie(cell.substr(start, bar - start));
        if (!part.empty()) {
            LabelId l = g.intern_label(part);
            if (std::find(labels.begin(), labels.end(), l) == labels.end()) labels.push_back(l);
        }
        start = bar + 1;
    }
}

// Duplicate id: labels are united, the first value of a property wins.
void merge_into(StagedNode& first, StagedNode&& dup, Graph& g, Staging& s, std::size_t line) {
    for (LabelId l : dup.labels)
        if (std::find(first.labels.begin(), first.labels.end(), l) == first.labels.end()) first.labels.push_back(l);
    for (auto& [k, v] : dup.props) {
        auto it = std::find_if(first.props.begin(), first.props.end(), [key = k](const auto& p) { return p.first == key; });
        if (it == first.props.end())
            first.props.emplace_back(k, std::move(v));
        else if (!same_value(it->second, v))
            s.warn(s.nodes_file, line, "conflicting value for '" + g.key_name(k) + "' ignored (line " +
                                           std::to_string(first.line) + " wins)");
    }
}

StagedNode parse_node_row(Graph& g, const NodeHeader& h, const std::vector<std::string_view>& cells,
                          const std::string& file, std::size_t line) {
    StagedNode node;
    node.line = static_cast<std::uint32_t>(line);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (cells[i].empty()) continue;   // an empty cell is an absent property
        if (i == h.label_column) {
            add_labels(g, cells[i], node.labels);
            continue;
        }
        Value v;
        if (auto error = convert_cell(cells[i], h.columns[i], v))
            load_error(file, line, "column '" + h.columns[i].name + "': " + *error);
        node.props.emplace_back(h.keys[i], std::move(v));
    }
    return node;
}

}  // namespace

void stage_nodes(Graph& g, Staging& s, const TsvLoadOptions& options) {
    s.nodes_text = FileText(s.nodes_file);
    std::string_view text = s.nodes_text.view();
    LineReader lines(text);
    std::string_view line;
    if (!lines.next(line) || line.empty()) load_error(s.nodes_file, 1, "no header row");
    NodeHeader h = node_header(g, line, s.nodes_file, options);
    KeyId id_key = h.keys[h.id_column];
    const bool graph_has_nodes = g.counts().nodes > 0;   // else no row can merge into the graph
    s.by_id.reserve(static_cast<std::size_t>(count_lines(text)) + 1);
    std::vector<std::string_view> cells;
    while (lines.next(line)) {
        std::size_t no = lines.line_number();
        if (line.empty()) continue;   // blank lines carry nothing
        split_tabs(line, cells);
        if (cells.size() > h.columns.size())
            load_error(s.nodes_file, no, "row has " + std::to_string(cells.size()) + " cells, the header has " +
                                             std::to_string(h.columns.size()));
        std::string_view id = h.id_column < cells.size() ? cells[h.id_column] : std::string_view{};
        if (id.empty()) load_error(s.nodes_file, no, "row has no id");
        StagedNode node = parse_node_row(g, h, cells, s.nodes_file, no);
        std::uint32_t seen = s.by_id.find_or_insert(id, static_cast<std::uint32_t>(s.nodes.size()));
        if (seen != IdTable::kMissing) {
            StagedNode& first = s.nodes[seen];
            s.warn(s.nodes_file, no, "duplicate node id '" + std::string(id) + "' (first on line " +
                                         std::to_string(first.line) + "): merged");
            merge_into(first, std::move(node), g, s, no);
            continue;
        }
        // A node of an earlier load with the same id: this row merges into it.
        if (graph_has_nodes) {
            auto existing = g.nodes_with_property(id_key, id);
            if (!existing.empty()) node.existing = existing.front();
        }
        s.nodes.push_back(std::move(node));
    }
}

}  // namespace liverkg::formats::tsv
