// Parsing edges.tsv into the staging area: the hot loop of a large load. Cells stay
// string_views into the mapped file; a large file is cut in two at a line end and the
// halves are staged by two threads, which only read the graph and the node table.
#include <algorithm>
#include <array>
#include <exception>
#include <optional>
#include <thread>
#include <unordered_map>

#include "graph/tsv/cells.hpp"
#include "formats/tsv/stage.hpp"

namespace liverkg::formats::tsv {

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
    if (h.subject == kNone) load_error(file, 1, "header has no 'subject' column");
    if (h.predicate == kNone) load_error(file, 1, "header has no 'predicate' column");
    if (h.object == kNone) load_error(file, 1, "header has no 'object' column");
    return h;
}

// Stages one slice of the file. Read-only towards the graph and the staging, so two
// can run at once; predicates get chunk-local type numbers, mapped to TypeIds later.
class ChunkStager {
public:
    ChunkStager(const Graph& g, const Staging& s, const EdgeHeader& h, EdgeChunk& out)
        : g_(g), s_(s), h_(h), out_(out), id_key_(g.find_key("id")) {}

    // Lines go in batches: all of a batch are split first and the table places of their
    // objects prefetched in two stages, then the rows are staged in file order (so
    // errors and warnings keep that order). The objects of an edge list are scattered over
    // the node table, and their lookups were a quarter of a large load.
    void run(std::string_view text, std::size_t first_line) {
        out_.edges.reserve(count_lines(text) + 1);
        LineReader lines(text);
        std::string_view line;
        std::array<PendingRow, kBatch> batch;
        bool more = true;
        while (more) {
            std::size_t n = 0;
            while (n < kBatch && (more = lines.next(line))) {
                if (line.empty()) continue;
                PendingRow& r = batch[n++];
                r.line = first_line + lines.line_number() - 1;
                split_tabs(line, r.cells);
                r.object_hash = IdTable::hash_of(cell(r.cells, h_.object));
                s_.by_id.prefetch_slot(r.object_hash);
            }
            for (std::size_t i = 0; i < n; ++i) s_.by_id.prefetch_key(batch[i].object_hash);
            for (std::size_t i = 0; i < n; ++i) row(batch[i]);
        }
    }

    const std::vector<std::string_view>& predicates() const { return predicates_; }

private:
    static constexpr std::size_t kBatch = 32;

    struct PendingRow {
        std::vector<std::string_view> cells;
        std::size_t line = 0;
        std::uint64_t object_hash = 0;
    };

    static std::string_view cell(const std::vector<std::string_view>& cells, std::size_t i) {
        return i < cells.size() ? cells[i] : std::string_view{};
    }

    void row(const PendingRow& r) {
        const auto& cells = r.cells;
        std::size_t line = r.line;
        if (cells.size() > h_.columns.size())
            load_error(s_.edges_file, line, "row has " + std::to_string(cells.size()) + " cells, the header has " +
                                                std::to_string(h_.columns.size()));
        std::string_view subject = cell(cells, h_.subject), object = cell(cells, h_.object),
                         predicate = cell(cells, h_.predicate);
        if (subject.empty()) load_error(s_.edges_file, line, "row has no subject");
        if (object.empty()) load_error(s_.edges_file, line, "row has no object");
        if (predicate.empty()) load_error(s_.edges_file, line, "row has no predicate");
        // Edge lists are usually grouped by subject (Hetionet's and the benchmark's are): the
        // previous line's subject answers most lookups without hashing.
        if (subject != last_subject_) {
            last_subject_ = subject;
            last_from_ = resolve(subject);
        }
        std::uint32_t from = last_from_, to = resolve(object, r.object_hash);
        if (from == kNone || to == kNone) {
            warn(line, "skipped: no node with id '" + std::string(from == kNone ? subject : object) + "'");
            return;
        }
        add_properties(cells, line);
        out_.edges.push_back({from, to, type_of(predicate)});
    }

    void warn(std::size_t line, const std::string& message) {
        if (out_.warnings.size() < kMaxWarnings)
            out_.warnings.push_back(s_.edges_file + ":" + std::to_string(line) + ": " + message);
        else
            ++out_.warnings_dropped;
    }

    // A node of this load, else one of the graph (an earlier load), else kNone.
    std::uint32_t resolve(std::string_view id) const { return resolve(id, IdTable::hash_of(id)); }
    std::uint32_t resolve(std::string_view id, std::uint64_t hash) const {
        if (std::uint32_t index = s_.by_id.find(id, hash); index != IdTable::kMissing) return index;
        if (!id_key_) return kNone;
        auto existing = g_.nodes_with_property(*id_key_, id);
        return existing.empty() ? kNone : kExistingNode | existing.front();
    }

    std::uint32_t type_of(std::string_view predicate) {
        if (predicate == last_predicate_) return last_type_;   // files are often sorted by predicate
        auto it = types_.find(predicate);
        if (it == types_.end()) {
            it = types_.emplace(predicate, static_cast<std::uint32_t>(predicates_.size())).first;
            predicates_.push_back(predicate);
        }
        last_predicate_ = predicate;
        last_type_ = it->second;
        return last_type_;
    }

    // Properties of the edge about to be added (its index is edges.size()).
    void add_properties(const std::vector<std::string_view>& cells, std::size_t line) {
        if (!h_.has_properties) return;
        PropertyList props;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (h_.keys[i] == kNone || cells[i].empty()) continue;
            Value v;
            if (auto error = convert_cell(cells[i], h_.columns[i], v))
                load_error(s_.edges_file, line, "column '" + h_.columns[i].name + "': " + *error);
            props.emplace_back(h_.keys[i], std::move(v));
        }
        if (!props.empty()) out_.props.emplace_back(static_cast<std::uint32_t>(out_.edges.size()), std::move(props));
    }

    const Graph& g_;
    const Staging& s_;
    const EdgeHeader& h_;
    EdgeChunk& out_;
    std::optional<KeyId> id_key_;
    std::unordered_map<std::string_view, std::uint32_t> types_;
    std::vector<std::string_view> predicates_;   // chunk-local type number -> predicate text
    std::string_view last_predicate_;
    std::string_view last_subject_;
    std::uint32_t last_from_ = 0;
    std::uint32_t last_type_ = 0;
};

// Where to cut the body in two: just after the newline nearest the middle.
std::size_t split_point(std::string_view body, std::size_t parallel_min_bytes) {
    if (body.size() < parallel_min_bytes || body.empty() || std::thread::hardware_concurrency() < 2) return body.size();
    std::size_t nl = body.find('\n', body.size() / 2);
    return nl == std::string_view::npos ? body.size() : nl + 1;
}

}  // namespace

void stage_edges(Graph& g, Staging& s, const TsvLoadOptions& options) {
    FileText file(s.edges_file);
    std::string_view text = file.view();
    LineReader lines(text);
    std::string_view line;
    if (!lines.next(line) || line.empty()) load_error(s.edges_file, 1, "no header row");
    EdgeHeader h = edge_header(g, line, s.edges_file);
    std::string_view body = text.substr(lines.offset());
    std::size_t cut = split_point(body, options.parallel_min_bytes);
    std::string_view parts[2] = {body.substr(0, cut), body.substr(cut)};
    std::size_t first_lines[2] = {2, 2 + count_lines(parts[0])};
    s.chunks.resize(parts[1].empty() ? 1 : 2);
    std::vector<ChunkStager> stagers;
    for (EdgeChunk& c : s.chunks) stagers.emplace_back(g, s, h, c);
    std::exception_ptr errors[2];
    auto work = [&](std::size_t i) {
        try {
            stagers[i].run(parts[i], first_lines[i]);
        } catch (...) {
            errors[i] = std::current_exception();
        }
    };
    if (s.chunks.size() == 2) {
        std::thread second(work, 1);
        work(0);
        second.join();
    } else {
        work(0);
    }
    for (const auto& e : errors)   // the first error in file order wins
        if (e) std::rethrow_exception(e);
    // Chunk-local type numbers become TypeIds (interning is not thread-safe: done here).
    for (std::size_t i = 0; i < s.chunks.size(); ++i) {
        std::vector<TypeId> types;
        for (std::string_view p : stagers[i].predicates()) types.push_back(g.intern_type(strip_curie(p)));
        for (StagedEdge& e : s.chunks[i].edges) e.type = types[e.type];
        for (std::string& w : s.chunks[i].warnings) {
            if (s.warnings.size() < kMaxWarnings)
                s.warnings.push_back(std::move(w));
            else
                ++s.warnings_dropped;
        }
        s.warnings_dropped += s.chunks[i].warnings_dropped;
    }
}

}  // namespace liverkg::formats::tsv
