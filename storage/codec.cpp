// Value encoding: one tag byte (graph::ValueType) then the payload. Every kind is covered,
// so a property of any type, including nested lists, maps and temporal values, survives
// a checkpoint or a log replay exactly.
#include "storage/codec.hpp"

namespace liverkg::storage {

using graph::Value;
using graph::ValueType;

namespace {

constexpr int kMaxDepth = 256;   // nesting of lists and maps; deeper is corruption, not data

}  // namespace

void ByteWriter::value(const Value& v) {
    u8(static_cast<std::uint8_t>(v.type()));
    switch (v.type()) {
    case ValueType::Null: break;
    case ValueType::Bool: u8(v.as_bool() ? 1 : 0); break;
    case ValueType::Int: svarint(v.as_int()); break;
    case ValueType::Float: f64(v.as_float()); break;
    case ValueType::String: str(v.as_string()); break;
    case ValueType::List:
        varint(v.as_list().size());
        for (const Value& e : v.as_list()) value(e);
        break;
    case ValueType::Map:
        varint(v.as_map().size());
        for (const auto& [k, e] : v.as_map()) {
            str(k);
            value(e);
        }
        break;
    case ValueType::Node: varint(v.as_node()); break;
    case ValueType::Rel: varint(v.as_rel()); break;
    case ValueType::Path: {
        const auto& p = v.as_path();
        varint(p.nodes.size());
        for (auto n : p.nodes) varint(n);
        varint(p.rels.size());
        for (auto r : p.rels) varint(r);
        break;
    }
    case ValueType::Temporal: {
        const auto& t = v.as_temporal();
        u8(static_cast<std::uint8_t>(t.kind));
        svarint(t.months);
        svarint(t.days);
        svarint(t.seconds);
        svarint(t.nanos);
        svarint(t.offset);
        str(t.zone);
        break;
    }
    }
}

Value ByteReader::value(int depth) {
    if (depth > kMaxDepth) throw DecodeError("values nested deeper than 256");
    std::uint8_t tag = u8();
    switch (static_cast<ValueType>(tag)) {
    case ValueType::Null: return Value{};
    case ValueType::Bool: {
        std::uint8_t b = u8();
        if (b > 1) throw DecodeError("a boolean that is neither 0 nor 1");
        return Value(b == 1);
    }
    case ValueType::Int: return Value(svarint());
    case ValueType::Float: return Value(f64());
    case ValueType::String: return Value(std::string(str()));
    case ValueType::List: {
        std::uint64_t n = varint();
        if (n > data_.size() - at_) throw DecodeError("a list longer than the bytes left");
        graph::List list;
        list.reserve(static_cast<std::size_t>(n));
        for (std::uint64_t i = 0; i < n; ++i) list.push_back(value(depth + 1));
        return Value(std::move(list));
    }
    case ValueType::Map: {
        std::uint64_t n = varint();
        if (n > data_.size() - at_) throw DecodeError("a map longer than the bytes left");
        graph::Map map;
        for (std::uint64_t i = 0; i < n; ++i) {
            std::string key(str());
            map.emplace(std::move(key), value(depth + 1));
        }
        return Value(std::move(map));
    }
    case ValueType::Node: return Value(graph::NodeRef{varint32()});
    case ValueType::Rel: return Value(graph::RelRef{varint32()});
    case ValueType::Path: {
        graph::Path p;
        std::uint64_t n = varint();
        if (n > data_.size() - at_) throw DecodeError("a path longer than the bytes left");
        for (std::uint64_t i = 0; i < n; ++i) p.nodes.push_back(varint32());
        n = varint();
        if (n > data_.size() - at_) throw DecodeError("a path longer than the bytes left");
        for (std::uint64_t i = 0; i < n; ++i) p.rels.push_back(varint32());
        return Value(std::move(p));
    }
    case ValueType::Temporal: {
        graph::Temporal t;
        std::uint8_t kind = u8();
        if (kind > static_cast<std::uint8_t>(graph::TemporalKind::Duration))
            throw DecodeError("an unknown temporal kind " + std::to_string(kind));
        t.kind = static_cast<graph::TemporalKind>(kind);
        t.months = svarint();
        t.days = svarint();
        t.seconds = svarint();
        t.nanos = svarint();
        t.offset = static_cast<std::int32_t>(svarint());
        t.zone = std::string(str());
        return Value(std::move(t));
    }
    }
    throw DecodeError("an unknown value tag " + std::to_string(tag));
}

}  // namespace liverkg::storage
