// Checkpoint sections (format version 3): what is large is stored as the graph holds it
// (relationship and node columns, dictionaries as one blob and offsets), so the reader
// copies arrays instead of decoding items; what is small or varied
// (signs, tables, property values) stays varint-coded. Layout in docs/storage.md.
#include "storage/checkpoint_sections.hpp"

#include <cstring>

namespace liverkg::storage::sections {
namespace {

using graph::Graph;

static_assert(sizeof(graph::NodeId) == 4 && sizeof(graph::TypeId) == 4, "the file's u32 columns");

void pad8(ByteWriter& w) {
    while (w.bytes().size() % 8) w.u8(0);
}

template <class T>
void put_array(ByteWriter& w, std::span<const T> items) {
    w.u64(items.size());
    pad8(w);
    w.raw(items.data(), items.size_bytes());
}

template <class T>
void put_array(ByteWriter& w, const std::vector<T>& items) {
    put_array(w, std::span<const T>(items));
}

void skip_padding(ByteReader& r) {
    while (r.offset() % 8)
        if (r.u8() != 0) throw DecodeError("non-zero padding");
}

// Sections start 8-aligned in the payload, and the payload 8-aligned in the (page-aligned)
// mapping, so an array's offset in its section is its alignment in memory.
template <class T>
std::span<const T> get_array(ByteReader& r) {
    std::uint64_t n = r.u64();
    skip_padding(r);
    if (n > r.left() / sizeof(T)) throw DecodeError("an array longer than the bytes left");
    const char* p = r.take(static_cast<std::size_t>(n) * sizeof(T));
    return {reinterpret_cast<const T*>(p), static_cast<std::size_t>(n)};
}

void put_properties(ByteWriter& w, const graph::PropertyList& props) {
    w.varint(props.size());
    for (const auto& [k, v] : props) {
        w.varint(k);
        w.value(v);
    }
}

graph::PropertyList get_properties(ByteReader& r, std::size_t keys) {
    std::size_t n = r.varint();
    graph::PropertyList props;
    props.reserve(std::min<std::size_t>(n, 1024));
    for (std::size_t i = 0; i < n; ++i) {
        std::uint32_t k = r.varint32();
        if (k >= keys) throw DecodeError("a property key out of range");
        props.emplace_back(k, r.value());
    }
    return props;
}

void put_meta(ByteWriter& w, const CheckpointMeta& meta) {
    w.varint(meta.type_signs.size());
    for (const auto& [type, sign] : meta.type_signs) {
        w.str(type);
        w.svarint(sign);
    }
    w.varint(meta.tables.size());
    for (const auto& [name, rows] : meta.tables) {
        w.str(name);
        w.varint(rows.size());
        for (const auto& row : rows) {
            w.varint(row.size());
            for (const auto& cell : row) w.str(cell);
        }
    }
}

void put_dictionary(ByteWriter& w, std::size_t n, auto name_of) {
    std::vector<std::uint32_t> offsets{0};
    std::string blob;
    for (std::size_t i = 0; i < n; ++i) {
        blob += name_of(static_cast<std::uint32_t>(i));
        offsets.push_back(static_cast<std::uint32_t>(blob.size()));
    }
    put_array(w, offsets);
    put_array(w, std::span<const char>(blob));
}

void put_nodes(ByteWriter& w, const Graph& g) {
    const graph::NodeId bound = g.node_id_bound();
    std::vector<std::uint8_t> alive(bound);
    std::vector<std::uint32_t> label_offsets{0}, labels;
    for (graph::NodeId n = 0; n < bound; ++n) {
        alive[n] = g.node_alive(n) ? 1 : 0;
        if (alive[n])
            for (auto l : g.labels(n)) labels.push_back(l);
        label_offsets.push_back(static_cast<std::uint32_t>(labels.size()));
    }
    w.u64(bound);
    put_array(w, alive);
    put_array(w, label_offsets);
    put_array(w, labels);
    for (graph::NodeId n = 0; n < bound; ++n)
        if (alive[n]) put_properties(w, g.node_properties(n));
}

void put_rels(ByteWriter& w, const Graph& g) {
    const graph::RelId bound = g.rel_id_bound();
    std::vector<std::uint32_t> start(bound), end(bound), type(bound);
    std::vector<std::uint8_t> alive(bound);
    std::size_t with_props = 0;
    for (graph::RelId r = 0; r < bound; ++r) {
        start[r] = g.rel_start(r);
        end[r] = g.rel_end(r);
        type[r] = g.rel_type(r);
        alive[r] = g.rel_alive(r) ? 1 : 0;
        with_props += alive[r] && !g.rel_properties(r).empty();
    }
    for (const auto* column : {&start, &end, &type}) put_array(w, *column);
    put_array(w, alive);
    w.varint(with_props);
    for (graph::RelId r = 0; r < bound; ++r) {
        if (!alive[r] || g.rel_properties(r).empty()) continue;
        w.varint(r);
        put_properties(w, g.rel_properties(r));
    }
}

}  // namespace

std::string encode(const Graph& g, const CheckpointMeta& meta) {
    ByteWriter out;
    auto section = [&](auto put) {
        ByteWriter s;
        put(s);
        pad8(s);
        out.u64(s.bytes().size());
        out.raw(s.bytes().data(), s.bytes().size());
    };
    section([&](ByteWriter& w) { put_meta(w, meta); });
    section([&](ByteWriter& w) {
        put_dictionary(w, g.label_dictionary_size(), [&](auto i) { return g.label_name(i); });
        put_dictionary(w, g.type_dictionary_size(), [&](auto i) { return g.type_name(i); });
        put_dictionary(w, g.key_dictionary_size(), [&](auto i) { return g.key_name(i); });
    });
    section([&](ByteWriter& w) { put_nodes(w, g); });
    section([&](ByteWriter& w) { put_rels(w, g); });
    return std::move(out.bytes());
}

std::vector<Span> split(std::string_view payload) {
    std::vector<Span> parts;
    ByteReader r(payload);
    for (int i = 0; i < Count; ++i) {
        std::uint64_t n = r.u64();
        if (n > r.left() || n % 8) throw DecodeError("a section length past the end of the data");
        std::size_t at = r.offset();
        parts.push_back(Span{std::string_view(r.take(static_cast<std::size_t>(n)), static_cast<std::size_t>(n)), at});
    }
    if (!r.done()) throw DecodeError("bytes left after the data");
    return parts;
}

void read_meta(ByteReader& r, CheckpointMeta& meta) {
    std::size_t signs = r.varint();
    for (std::size_t i = 0; i < signs; ++i) {
        std::string type(r.str());
        meta.type_signs[type] = static_cast<int>(r.svarint());
    }
    std::size_t tables = r.varint();
    for (std::size_t t = 0; t < tables; ++t) {
        auto& rows = meta.tables[std::string(r.str())];
        std::size_t row_count = r.varint();
        if (row_count > r.left()) throw DecodeError("more table rows than bytes");
        rows.resize(row_count);
        for (auto& row : rows) {
            std::size_t cells = r.varint();
            if (cells > r.left()) throw DecodeError("more table cells than bytes");
            for (std::size_t c = 0; c < cells; ++c) row.emplace_back(r.str());
        }
    }
}

void read_dictionaries(ByteReader& r, Graph& g) {
    auto one = [&](auto intern) {
        auto offsets = get_array<std::uint32_t>(r);
        auto blob = get_array<char>(r);
        if (offsets.empty() || offsets.front() != 0 || offsets.back() != blob.size())
            throw DecodeError("dictionary offsets that do not cover its names");
        for (std::size_t i = 0; i + 1 < offsets.size(); ++i) {
            if (offsets[i] > offsets[i + 1]) throw DecodeError("dictionary offsets that go backwards");
            if (intern(std::string_view(blob.data() + offsets[i], offsets[i + 1] - offsets[i])) != i)
                throw DecodeError("a dictionary with a repeated name");
        }
    };
    one([&](std::string_view s) { return g.intern_label(s); });
    one([&](std::string_view s) { return g.intern_type(s); });
    one([&](std::string_view s) { return g.intern_key(s); });
}

NodeColumns read_node_columns(ByteReader& r) {
    NodeColumns c;
    c.bound = r.u64();
    c.alive = get_array<std::uint8_t>(r);
    c.label_offsets = get_array<std::uint32_t>(r);
    c.labels = get_array<std::uint32_t>(r);
    if (c.alive.size() != c.bound || c.label_offsets.size() != c.bound + 1 || c.label_offsets.front() != 0 ||
        c.label_offsets.back() != c.labels.size())
        throw DecodeError("node columns of unequal length");
    return c;
}

void fill_nodes(ByteReader& r, const NodeColumns& c, Graph& g) {
    const std::size_t labels = g.label_dictionary_size(), keys = g.key_dictionary_size();
    for (std::size_t i = 0; i < c.bound; ++i) {
        if (!c.alive[i]) continue;
        auto n = static_cast<graph::NodeId>(i);
        if (c.label_offsets[i] > c.label_offsets[i + 1]) throw DecodeError("label offsets that go backwards");
        for (std::uint32_t k = c.label_offsets[i]; k < c.label_offsets[i + 1]; ++k) {
            if (c.labels[k] >= labels) throw DecodeError("a label out of range");
            g.add_label(n, c.labels[k]);
        }
        g.set_new_node_properties(n, get_properties(r, keys));
    }
}

graph::RelColumns read_rel_columns(ByteReader& rels) {
    graph::RelColumns c;
    c.start = get_array<graph::NodeId>(rels);
    c.end = get_array<graph::NodeId>(rels);
    c.type = get_array<graph::TypeId>(rels);
    c.alive = get_array<std::uint8_t>(rels);
    return c;
}

void read_rel_properties(ByteReader& r, Graph& g) {
    std::size_t with_props = r.varint();
    for (std::size_t i = 0; i < with_props; ++i) {
        std::uint32_t rel = r.varint32();
        if (rel >= g.rel_id_bound() || !g.rel_alive(rel)) throw DecodeError("properties of a missing relationship");
        for (auto& [k, v] : get_properties(r, g.key_dictionary_size())) g.set_rel_property(rel, k, std::move(v));
    }
}

}  // namespace liverkg::storage::sections
