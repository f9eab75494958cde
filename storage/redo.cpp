#include "storage/redo.hpp"

#include "storage/codec.hpp"

namespace liverkg::storage {

using graph::ChangeKind;

std::string encode_redo(std::uint64_t tx, const std::vector<graph::Change>& changes, const graph::Graph& g) {
    ByteWriter w;
    w.u64(tx);
    w.varint(changes.size());
    for (const auto& c : changes) {
        w.u8(static_cast<std::uint8_t>(c.kind));
        w.varint(c.id);
        switch (c.kind) {
        case ChangeKind::AddNode:
        case ChangeKind::RemoveNode:
        case ChangeKind::RemoveRel: break;
        case ChangeKind::AddLabel:
        case ChangeKind::RemoveLabel: w.str(g.label_name(c.what)); break;
        case ChangeKind::AddRel:
            w.varint(c.from);
            w.varint(c.to);
            w.str(g.type_name(c.what));
            break;
        case ChangeKind::SetNodeProperty:
        case ChangeKind::SetRelProperty:
            w.str(g.key_name(c.what));
            w.value(c.value);
            break;
        }
    }
    return std::move(w.bytes());
}

std::uint64_t redo_tx(std::string_view payload) {
    ByteReader r(payload);
    return r.u64();
}

namespace {

void expect_id(std::uint32_t got, std::uint32_t logged, const char* what) {
    if (got != logged)
        throw DecodeError(std::string("the log creates ") + what + " " + std::to_string(logged) +
                          " where the graph's next id is " + std::to_string(got));
}

void apply_one(ByteReader& r, graph::Graph& g) {
    std::uint8_t kind = r.u8();
    std::uint32_t id = r.varint32();
    switch (static_cast<ChangeKind>(kind)) {
    case ChangeKind::AddNode: return expect_id(g.add_node(), id, "node");
    case ChangeKind::RemoveNode: return g.remove_node(id);
    case ChangeKind::RemoveRel: return g.remove_rel(id);
    case ChangeKind::AddLabel: g.add_label(id, g.intern_label(r.str())); return;
    case ChangeKind::RemoveLabel: g.remove_label(id, g.intern_label(r.str())); return;
    case ChangeKind::AddRel: {
        std::uint32_t from = r.varint32(), to = r.varint32();
        return expect_id(g.add_rel(from, to, g.intern_type(r.str())), id, "relationship");
    }
    case ChangeKind::SetNodeProperty: {
        auto k = g.intern_key(r.str());
        g.set_node_property(id, k, r.value());
        return;
    }
    case ChangeKind::SetRelProperty: {
        auto k = g.intern_key(r.str());
        g.set_rel_property(id, k, r.value());
        return;
    }
    }
    throw DecodeError("an unknown change kind " + std::to_string(kind));
}

}  // namespace

void apply_redo(std::string_view payload, graph::Graph& g) {
    ByteReader r(payload);
    r.u64();
    std::uint64_t n = r.varint();
    try {
        for (std::uint64_t i = 0; i < n; ++i) apply_one(r, g);
    } catch (const DecodeError&) {
        throw;
    } catch (const std::exception& e) {   // the graph refused a change (an entity that does not exist)
        throw DecodeError(e.what());
    }
    if (!r.done()) throw DecodeError("bytes left after the record's changes");
}

}  // namespace liverkg::storage
