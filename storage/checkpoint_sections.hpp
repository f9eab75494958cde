#pragma once
// The sections of a checkpoint's payload (format version 3, docs/storage.md): meta,
// dictionaries, nodes, relationships. Each is a u64 length and its bytes, padded
// to 8; arrays inside are a u64 count and raw little-endian elements, 8-aligned in the file,
// so that a reader copies them in bulk (or hands them over where they lie in the mapping).
#include <span>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"
#include "storage/checkpoint.hpp"
#include "storage/codec.hpp"

namespace liverkg::storage::sections {

enum Section { Meta, Dictionaries, Nodes, Rels, Count };

// The payload of a graph and its meta (without the header).
std::string encode(const graph::Graph& g, const CheckpointMeta& meta);

// One section of the payload: its bytes and where they start (for messages).
struct Span {
    std::string_view bytes;
    std::size_t offset = 0;   // in the payload
};

// Splits the payload into its sections; DecodeError when the lengths do not add up.
std::vector<Span> split(std::string_view payload);

// Decoders of each section. Arrays are views into the (8-aligned) mapping.
void read_meta(ByteReader& r, CheckpointMeta& meta);
void read_dictionaries(ByteReader& r, graph::Graph& g);

struct NodeColumns {
    std::size_t bound = 0;
    std::span<const std::uint8_t> alive;
    std::span<const std::uint32_t> label_offsets, labels;
};
// The node columns; r is left at the node properties.
NodeColumns read_node_columns(ByteReader& r);
// Labels and properties of nodes the graph already has (Graph::add_node for each id).
void fill_nodes(ByteReader& r, const NodeColumns& c, graph::Graph& g);
// The relationship columns; `rels` is left at the relationship properties.
graph::RelColumns read_rel_columns(ByteReader& rels);
void read_rel_properties(ByteReader& r, graph::Graph& g);

}  // namespace liverkg::storage::sections
