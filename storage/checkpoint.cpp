// Checkpoint encoding. The header is fixed-size and checked first, so that a file that is
// not ours, a newer format and a truncated file each get their own message; the payload's
// checksum then catches any flipped byte. Relationship columns are stored as raw arrays:
// they are most of a large graph and load with one copy each.
#include "storage/checkpoint.hpp"

#include <cstring>

#include "storage/codec.hpp"
#include "storage/crc32c.hpp"
#include "storage/files.hpp"

namespace liverkg::storage {
namespace {

using graph::Graph;

constexpr char kMagic[8] = {'L', 'K', 'G', 'C', 'H', 'K', 'P', 'T'};
constexpr std::size_t kHeaderSize = 40;   // magic, version, flags, last_tx, length, crc, header crc

void put_dictionary(ByteWriter& w, std::size_t n, auto name_of) {
    w.varint(n);
    for (std::size_t i = 0; i < n; ++i) w.str(name_of(static_cast<std::uint32_t>(i)));
}

void put_properties(ByteWriter& w, const graph::PropertyList& props) {
    w.varint(props.size());
    for (const auto& [k, v] : props) {
        w.varint(k);
        w.value(v);
    }
}

void put_nodes(ByteWriter& w, const Graph& g) {
    graph::NodeId bound = g.node_id_bound();
    w.varint(bound);
    for (graph::NodeId n = 0; n < bound; ++n) {
        bool alive = g.node_alive(n);
        w.u8(alive ? 1 : 0);
        if (!alive) continue;
        auto labels = g.labels(n);
        w.varint(labels.size());
        for (auto l : labels) w.varint(l);
        put_properties(w, g.node_properties(n));
    }
}

void put_tables(ByteWriter& w, const SideTables& tables) {
    w.varint(tables.size());
    for (const auto& [name, rows] : tables) {
        w.str(name);
        w.varint(rows.size());
        for (const auto& row : rows) {
            w.varint(row.size());
            for (const auto& cell : row) w.str(cell);
        }
    }
}

static_assert(sizeof(graph::NewRel) == 12 && alignof(graph::NewRel) == 4, "the file's relationship triples");

// Relationships as (start, end, type) u32 triples, 4-byte aligned in the file: the reader
// hands the mapped bytes to Graph::add_rels as they are, without a copy.
void put_rels(ByteWriter& w, const Graph& g) {
    graph::RelId bound = g.rel_id_bound();
    w.varint(bound);
    while ((kHeaderSize + w.bytes().size()) % 4) w.u8(0);
    for (graph::RelId r = 0; r < bound; ++r) {
        w.u32(g.rel_start(r));
        w.u32(g.rel_end(r));
        w.u32(g.rel_type(r));
    }
    std::size_t with_props = 0;
    for (graph::RelId r = 0; r < bound; ++r) {
        w.u8(g.rel_alive(r) ? 1 : 0);
        if (g.rel_alive(r) && !g.rel_properties(r).empty()) ++with_props;
    }
    w.varint(with_props);
    for (graph::RelId r = 0; r < bound; ++r) {
        if (!g.rel_alive(r) || g.rel_properties(r).empty()) continue;
        w.varint(r);
        put_properties(w, g.rel_properties(r));
    }
}

std::string header(const CheckpointMeta& meta, std::string_view payload) {
    ByteWriter h;
    h.raw(kMagic, sizeof kMagic);
    h.u32(kFormatVersion);
    h.u32(0);   // flags, none yet
    h.u64(meta.last_tx);
    h.u64(payload.size());
    h.u32(crc32c(payload));
    h.u32(crc32c(h.bytes()));
    return std::move(h.bytes());
}

// ---- reading

struct Corrupt {
    const std::string& path;
    [[noreturn]] void operator()(const std::string& what) const {
        throw StorageError(path + ": " + what + " (a corrupt checkpoint; restore the database directory from a backup)");
    }
};

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

SideTables get_tables(ByteReader& r) {
    SideTables tables;
    std::size_t n = r.varint();
    for (std::size_t t = 0; t < n; ++t) {
        auto& rows = tables[std::string(r.str())];
        std::size_t row_count = r.varint();
        if (row_count > r.left()) throw DecodeError("more table rows than bytes");
        rows.resize(row_count);
        for (auto& row : rows) {
            std::size_t cells = r.varint();
            if (cells > r.left()) throw DecodeError("more table cells than bytes");
            for (std::size_t c = 0; c < cells; ++c) row.emplace_back(r.str());
        }
    }
    return tables;
}

void get_dictionary(ByteReader& r, auto intern) {
    std::size_t n = r.varint();
    for (std::size_t i = 0; i < n; ++i) {
        auto id = intern(r.str());
        if (id != i) throw DecodeError("a dictionary with a repeated name");
    }
}

std::vector<graph::NodeId> get_nodes(ByteReader& r, Graph& g) {
    std::size_t bound = r.varint();
    if (bound > r.left()) throw DecodeError("more nodes than bytes");
    g.reserve(bound, 0);
    std::vector<graph::NodeId> dead;
    for (std::size_t n = 0; n < bound; ++n) g.add_node();
    for (std::size_t i = 0; i < bound; ++i) {
        auto n = static_cast<graph::NodeId>(i);
        if (r.u8() == 0) {
            dead.push_back(n);
            continue;
        }
        std::size_t labels = r.varint();
        for (std::size_t k = 0; k < labels; ++k) {
            std::uint32_t l = r.varint32();
            if (l >= g.label_dictionary_size()) throw DecodeError("a label out of range");
            g.add_label(n, l);
        }
        g.set_new_node_properties(n, get_properties(r, g.key_dictionary_size()));
    }
    return dead;
}

void get_rels(ByteReader& r, Graph& g) {
    std::size_t bound = r.varint();
    while ((kHeaderSize + r.offset()) % 4)
        if (r.u8() != 0) throw DecodeError("non-zero padding");
    if (bound > r.left() / 13) throw DecodeError("more relationships than bytes");
    const char* triples = r.take(bound * sizeof(graph::NewRel));
    // The mapping is page-aligned and the triples 4-byte aligned within it.
    g.add_rels({reinterpret_cast<const graph::NewRel*>(triples), bound});   // checks every end and type
    const char* alive = r.take(bound);
    for (std::size_t i = 0; i < bound; ++i)
        if (!alive[i]) g.remove_rel(static_cast<graph::RelId>(i));
    std::size_t with_props = r.varint();
    for (std::size_t i = 0; i < with_props; ++i) {
        std::uint32_t rel = r.varint32();
        if (!g.rel_alive(rel)) throw DecodeError("properties of a deleted relationship");
        for (auto& [k, v] : get_properties(r, g.key_dictionary_size())) g.set_rel_property(rel, k, std::move(v));
    }
}

}  // namespace

std::string encode_checkpoint(const Graph& g, const CheckpointMeta& meta) {
    ByteWriter w;
    w.varint(meta.type_signs.size());
    for (const auto& [type, sign] : meta.type_signs) {
        w.str(type);
        w.svarint(sign);
    }
    put_tables(w, meta.tables);
    put_dictionary(w, g.label_dictionary_size(), [&](auto i) { return g.label_name(i); });
    put_dictionary(w, g.type_dictionary_size(), [&](auto i) { return g.type_name(i); });
    put_dictionary(w, g.key_dictionary_size(), [&](auto i) { return g.key_name(i); });
    put_nodes(w, g);
    put_rels(w, g);
    std::string file = header(meta, w.bytes());
    file += w.bytes();
    return file;
}

CheckpointMeta load_checkpoint(const std::string& path, Graph& g) {
    Corrupt corrupt{path};
    MappedFile file(path);
    std::string_view bytes = file.bytes();
    if (bytes.size() < kHeaderSize)
        corrupt("truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
                std::to_string(kHeaderSize) + "-byte header");
    if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        throw StorageError(path + ": not a liverkg checkpoint (wrong magic number)");
    ByteReader h(bytes.substr(0, kHeaderSize));
    h.take(sizeof kMagic);
    std::uint32_t version = h.u32();
    h.u32();
    CheckpointMeta meta;
    meta.last_tx = h.u64();
    std::uint64_t length = h.u64();
    std::uint32_t payload_crc = h.u32();
    std::uint32_t header_crc = h.u32();
    if (header_crc != crc32c(bytes.data(), kHeaderSize - 4)) corrupt("the header's checksum does not match");
    if (version > kFormatVersion)
        throw StorageError(path + ": written by a newer liverkg (format version " + std::to_string(version) +
                           "; this build reads up to version " + std::to_string(kFormatVersion) + ")");
    if (length != bytes.size() - kHeaderSize)
        corrupt("truncated: the header announces " + std::to_string(length) + " bytes of data, the file holds " +
                std::to_string(bytes.size() - kHeaderSize));
    std::string_view payload = bytes.substr(kHeaderSize);
    if (crc32c(payload) != payload_crc) corrupt("the data's checksum does not match");
    ByteReader r(payload);
    try {
        std::size_t signs = r.varint();
        for (std::size_t i = 0; i < signs; ++i) {
            std::string type(r.str());
            meta.type_signs[type] = static_cast<int>(r.svarint());
        }
        if (version >= 2) meta.tables = get_tables(r);
        get_dictionary(r, [&](std::string_view s) { return g.intern_label(s); });
        get_dictionary(r, [&](std::string_view s) { return g.intern_type(s); });
        get_dictionary(r, [&](std::string_view s) { return g.intern_key(s); });
        auto dead = get_nodes(r, g);
        get_rels(r, g);
        for (auto n : dead) g.remove_node(n);
        if (!r.done()) throw DecodeError("bytes left after the data");
    } catch (const DecodeError& e) {
        corrupt(std::string(e.what()) + " at offset " + std::to_string(kHeaderSize + r.offset()));
    } catch (const std::exception& e) {
        corrupt(std::string(e.what()) + " at offset " + std::to_string(kHeaderSize + r.offset()));
    }
    return meta;
}

}  // namespace liverkg::storage
