#include "server/packstream.hpp"

#include <bit>
#include <cstring>

#include "server/packstream_temporal.hpp"

namespace liverkg::server::pack {
namespace {

// Markers of the PackStream specification.
constexpr std::uint8_t m_null = 0xC0, m_float = 0xC1, m_false = 0xC2, m_true = 0xC3;
constexpr std::uint8_t m_int8 = 0xC8, m_int16 = 0xC9, m_int32 = 0xCA, m_int64 = 0xCB;
constexpr std::uint8_t m_bytes8 = 0xCC, m_bytes16 = 0xCD, m_bytes32 = 0xCE;
constexpr std::uint8_t m_string8 = 0xD0, m_string16 = 0xD1, m_string32 = 0xD2;
constexpr std::uint8_t m_list8 = 0xD4, m_list16 = 0xD5, m_list32 = 0xD6;
constexpr std::uint8_t m_map8 = 0xD8, m_map16 = 0xD9, m_map32 = 0xDA;
constexpr std::uint8_t tiny_string = 0x80, tiny_list = 0x90, tiny_map = 0xA0, tiny_struct = 0xB0;

// Structure tags of the graph types (Bolt 5).
constexpr std::uint8_t tag_node = 0x4E, tag_rel = 0x52, tag_unbound_rel = 0x72, tag_path = 0x50;

[[noreturn]] void malformed(const std::string& what) { throw DecodeError(what, true); }
[[noreturn]] void unsupported(const std::string& what) { throw DecodeError(what, false); }

void put_be(std::string& out, std::uint64_t v, int width) {
    for (int i = width - 1; i >= 0; --i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

const char* structure_name(std::uint8_t tag) {
    switch (tag) {
    case tag_node: return "a node";
    case tag_rel: case tag_unbound_rel: return "a relationship";
    case tag_path: return "a path";
    case 'X': case 'Y': return "a point";
    }
    return nullptr;
}

}  // namespace

std::string node_element_id(graph::NodeId id) { return "node:" + std::to_string(id); }
std::string rel_element_id(graph::RelId id) { return "relationship:" + std::to_string(id); }

// ---------------------------------------------------------------- encoding

void Encoder::null() { out_.push_back(static_cast<char>(m_null)); }
void Encoder::boolean(bool b) { out_.push_back(static_cast<char>(b ? m_true : m_false)); }

void Encoder::integer(std::int64_t i) {
    if (i >= -16 && i <= 127) {
        out_.push_back(static_cast<char>(static_cast<std::int8_t>(i)));
    } else if (i >= INT8_MIN && i <= INT8_MAX) {
        out_.push_back(static_cast<char>(m_int8)), put_be(out_, static_cast<std::uint64_t>(i), 1);
    } else if (i >= INT16_MIN && i <= INT16_MAX) {
        out_.push_back(static_cast<char>(m_int16)), put_be(out_, static_cast<std::uint64_t>(i), 2);
    } else if (i >= INT32_MIN && i <= INT32_MAX) {
        out_.push_back(static_cast<char>(m_int32)), put_be(out_, static_cast<std::uint64_t>(i), 4);
    } else {
        out_.push_back(static_cast<char>(m_int64)), put_be(out_, static_cast<std::uint64_t>(i), 8);
    }
}

void Encoder::floating(double d) {
    out_.push_back(static_cast<char>(m_float));
    put_be(out_, std::bit_cast<std::uint64_t>(d), 8);
}

void Encoder::sized(std::size_t size, std::uint8_t tiny, std::uint8_t m8, std::uint8_t m16, std::uint8_t m32) {
    if (tiny && size < 16) {
        out_.push_back(static_cast<char>(tiny | size));
    } else if (size <= 0xFF) {
        out_.push_back(static_cast<char>(m8)), put_be(out_, size, 1);
    } else if (size <= 0xFFFF) {
        out_.push_back(static_cast<char>(m16)), put_be(out_, size, 2);
    } else {
        out_.push_back(static_cast<char>(m32)), put_be(out_, size, 4);
    }
}

void Encoder::string(std::string_view s) {
    sized(s.size(), tiny_string, m_string8, m_string16, m_string32);
    out_.append(s);
}

void Encoder::bytes(std::span<const std::uint8_t> b) {
    sized(b.size(), 0, m_bytes8, m_bytes16, m_bytes32);
    out_.append(reinterpret_cast<const char*>(b.data()), b.size());
}

void Encoder::list_header(std::size_t size) { sized(size, tiny_list, m_list8, m_list16, m_list32); }
void Encoder::map_header(std::size_t size) { sized(size, tiny_map, m_map8, m_map16, m_map32); }
void Encoder::struct_header(std::uint8_t tag, std::size_t fields) {
    out_.push_back(static_cast<char>(tiny_struct | fields));
    out_.push_back(static_cast<char>(tag));
}

const graph::Graph& Encoder::graph() const {
    if (!graph_) throw std::logic_error("PackStream: encoding a graph entity needs the graph");
    return *graph_;
}

void Encoder::value(const graph::Value& v) {
    using graph::ValueType;
    switch (v.type()) {
    case ValueType::Null: return null();
    case ValueType::Bool: return boolean(v.as_bool());
    case ValueType::Int: return integer(v.as_int());
    case ValueType::Float: return floating(v.as_float());
    case ValueType::String: return string(v.as_string());
    case ValueType::List:
        list_header(v.as_list().size());
        for (const auto& item : v.as_list()) value(item);
        return;
    case ValueType::Map:
        map_header(v.as_map().size());
        for (const auto& [key, item] : v.as_map()) string(key), value(item);
        return;
    case ValueType::Node: return node(v.as_node());
    case ValueType::Rel: return relationship(v.as_rel());
    case ValueType::Path: return path(v.as_path());
    case ValueType::Temporal: {
        // Bolt 5 sends a DateTime as its UTC instant; 4.4 (no element ids) as its wall clock.
        auto s = temporal_structure(v.as_temporal(), element_ids_);
        struct_header(s.tag, s.fields.size());
        for (const auto& field : s.fields) value(field);
        return;
    }
    }
}

void Encoder::properties(const graph::PropertyList& props) {
    map_header(props.size());
    for (const auto& [key, item] : props) string(graph().key_name(key)), value(item);
}

void Encoder::node(graph::NodeId n) {
    const auto& g = graph();
    struct_header(tag_node, element_ids_ ? 4 : 3);
    integer(n);
    auto labels = g.labels(n);
    list_header(labels.size());
    for (auto l : labels) string(g.label_name(l));
    properties(g.node_properties(n));
    if (element_ids_) string(node_element_id(n));
}

void Encoder::relationship(graph::RelId r) {
    const auto& g = graph();
    struct_header(tag_rel, element_ids_ ? 8 : 5);
    integer(r);
    integer(g.rel_start(r));
    integer(g.rel_end(r));
    string(g.type_name(g.rel_type(r)));
    properties(g.rel_properties(r));
    if (!element_ids_) return;
    string(rel_element_id(r));
    string(node_element_id(g.rel_start(r)));
    string(node_element_id(g.rel_end(r)));
}

void Encoder::unbound_relationship(graph::RelId r) {
    const auto& g = graph();
    struct_header(tag_unbound_rel, element_ids_ ? 4 : 3);
    integer(r);
    string(g.type_name(g.rel_type(r)));
    properties(g.rel_properties(r));
    if (element_ids_) string(rel_element_id(r));
}

// A path is sent as its distinct nodes, its distinct relationships (unbound) and a sequence
// of indices: for each step, the relationship's 1-based index (negative when the step walks
// it against its direction) and the index of the node reached.
void Encoder::path(const graph::Path& p) {
    const auto& g = graph();
    std::vector<graph::NodeId> nodes;
    std::vector<graph::RelId> rels;
    auto index_of = [](auto& seen, auto id) {
        for (std::size_t i = 0; i < seen.size(); ++i)
            if (seen[i] == id) return static_cast<std::int64_t>(i);
        seen.push_back(id);
        return static_cast<std::int64_t>(seen.size() - 1);
    };
    std::vector<std::int64_t> indices;
    if (!p.nodes.empty()) index_of(nodes, p.nodes.front());
    for (std::size_t i = 0; i < p.rels.size(); ++i) {
        auto r = index_of(rels, p.rels[i]) + 1;
        indices.push_back(g.rel_start(p.rels[i]) == p.nodes[i] ? r : -r);
        indices.push_back(index_of(nodes, p.nodes[i + 1]));
    }
    struct_header(tag_path, 3);
    list_header(nodes.size());
    for (auto n : nodes) node(n);
    list_header(rels.size());
    for (auto r : rels) unbound_relationship(r);
    list_header(indices.size());
    for (auto i : indices) integer(i);
}

// ---------------------------------------------------------------- decoding

std::uint8_t Decoder::byte() {
    if (at_ >= in_.size()) malformed("PackStream value cut short");
    return static_cast<std::uint8_t>(in_[at_++]);
}

std::uint64_t Decoder::unsigned_be(int width) {
    std::uint64_t v = 0;
    for (int i = 0; i < width; ++i) v = (v << 8) | byte();
    return v;
}

std::string_view Decoder::take(std::size_t n) {
    if (n > in_.size() - at_) malformed("PackStream value longer than its message");
    auto s = in_.substr(at_, n);
    at_ += n;
    return s;
}

// Each item takes at least one byte, so a declared count beyond what is left is a lie
// (checked before anything is reserved for it).
std::size_t Decoder::count(std::size_t declared) const {
    if (declared > in_.size() - at_) malformed("PackStream container larger than its message");
    return declared;
}

graph::Value Decoder::value() { return value_at(0); }

graph::Value Decoder::value_at(int depth) {
    if (depth > max_depth) malformed("PackStream values nested deeper than " + std::to_string(max_depth));
    std::uint8_t m = byte();
    if (m < 0x80 || m >= 0xF0) return static_cast<std::int64_t>(static_cast<std::int8_t>(m));
    std::size_t size = 0;
    auto high = m & 0xF0;
    if (high == tiny_string || high == tiny_list || high == tiny_map) {
        size = m & 0x0F;
        m = high;
    }
    switch (m) {
    case m_null: return {};
    case m_false: return false;
    case m_true: return true;
    case m_float: return std::bit_cast<double>(unsigned_be(8));
    case m_int8: return static_cast<std::int64_t>(static_cast<std::int8_t>(unsigned_be(1)));
    case m_int16: return static_cast<std::int64_t>(static_cast<std::int16_t>(unsigned_be(2)));
    case m_int32: return static_cast<std::int64_t>(static_cast<std::int32_t>(unsigned_be(4)));
    case m_int64: return static_cast<std::int64_t>(unsigned_be(8));
    case m_bytes8: case m_bytes16: case m_bytes32:
        take(unsigned_be(1 << (m - m_bytes8)));
        unsupported("byte arrays are not supported by liverkg (it has no bytes type)");
    case m_string8: case m_string16: case m_string32: size = unsigned_be(1 << (m - m_string8)); [[fallthrough]];
    case tiny_string: return std::string(take(size));
    case m_list8: case m_list16: case m_list32: size = unsigned_be(1 << (m - m_list8)); [[fallthrough]];
    case tiny_list: {
        graph::List items;
        items.reserve(count(size));
        for (std::size_t i = 0; i < size; ++i) items.push_back(value_at(depth + 1));
        return items;
    }
    case m_map8: case m_map16: case m_map32: size = unsigned_be(1 << (m - m_map8)); [[fallthrough]];
    case tiny_map: {
        graph::Map entries;
        count(size);
        for (std::size_t i = 0; i < size; ++i) {
            auto key = value_at(depth + 1);
            if (!key.is_string()) malformed("PackStream map key is not a string");
            entries.insert_or_assign(key.as_string(), value_at(depth + 1));
        }
        return entries;
    }
    }
    if ((m & 0xF0) == tiny_struct) {
        std::uint8_t tag = byte();
        std::vector<graph::Value> fields;
        for (std::size_t i = 0, n = m & 0x0F; i < n; ++i) fields.push_back(value_at(depth + 1));
        return structure_value(tag, fields);
    }
    malformed("unknown PackStream marker 0x" + [&] {
        static const char* hex = "0123456789ABCDEF";
        return std::string{hex[m >> 4], hex[m & 15]};
    }());
}

graph::Value Decoder::structure_value(std::uint8_t tag, const std::vector<graph::Value>& fields) {
    if (is_temporal_tag(tag)) return temporal_value(tag, fields);
    if (const char* name = structure_name(tag))
        unsupported(std::string(name) + " cannot be passed to liverkg as a parameter");
    malformed("unknown PackStream structure tag " + std::to_string(tag));
}

Structure Decoder::message() {
    std::uint8_t m = byte();
    if ((m & 0xF0) != tiny_struct) malformed("a Bolt message must be a PackStream structure");
    Structure s;
    s.tag = byte();
    for (std::size_t i = 0, n = m & 0x0F; i < n; ++i) s.fields.push_back(value_at(1));
    if (at_ != in_.size()) malformed("bytes left after the end of a Bolt message");
    return s;
}

}  // namespace liverkg::server::pack
