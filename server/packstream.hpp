#pragma once
// PackStream, Bolt's binary value encoding: engine values to bytes and bytes to engine values.
// Nodes, relationships and paths are written as the Bolt 5 structures (with element ids);
// temporal values as Bolt's temporal structures (server/packstream_temporal.hpp).
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"
#include "graph/value.hpp"

namespace liverkg::server::pack {

// Why bytes could not be decoded. A malformed input is not PackStream at all and ends the
// connection; an unsupported one is well-formed but has no engine value (byte arrays,
// spatial structures, entities sent as parameters, a temporal structure whose fields are out of
// range) and fails only its request.
class DecodeError : public std::runtime_error {
public:
    DecodeError(const std::string& message, bool malformed)
        : std::runtime_error(message), malformed_(malformed) {}
    bool malformed() const { return malformed_; }

private:
    bool malformed_;
};

// Element ids: "node:<id>" and "relationship:<id>" (the engine's ids are stable for the
// life of the graph and never reused, so an element id names one entity for good).
std::string node_element_id(graph::NodeId id);
std::string rel_element_id(graph::RelId id);

class Encoder {
public:
    // The graph is needed for nodes, relationships and paths (labels, types, properties).
    // Without element ids: the Bolt 4.4 structures (node 3 fields, relationship 5, unbound 3).
    explicit Encoder(std::string& out, const graph::Graph* graph = nullptr, bool element_ids = true)
        : out_(out), graph_(graph), element_ids_(element_ids) {}

    void null();
    void boolean(bool b);
    void integer(std::int64_t i);
    void floating(double d);
    void string(std::string_view s);
    void bytes(std::span<const std::uint8_t> b);
    void list_header(std::size_t size);
    void map_header(std::size_t size);
    void struct_header(std::uint8_t tag, std::size_t fields);
    void value(const graph::Value& v);

private:
    void sized(std::size_t size, std::uint8_t tiny, std::uint8_t m8, std::uint8_t m16, std::uint8_t m32);
    void properties(const graph::PropertyList& props);
    void node(graph::NodeId n);
    void relationship(graph::RelId r);
    void unbound_relationship(graph::RelId r);
    void path(const graph::Path& p);
    const graph::Graph& graph() const;

    std::string& out_;
    const graph::Graph* graph_;
    bool element_ids_;
};

// One structure at the top of a message: its tag and its fields.
struct Structure {
    std::uint8_t tag = 0;
    std::vector<graph::Value> fields;
};

class Decoder {
public:
    explicit Decoder(std::string_view bytes) : in_(bytes) {}
    graph::Value value();
    // A whole message: one structure and nothing after it.
    Structure message();

private:
    graph::Value value_at(int depth);
    graph::Value structure_value(std::uint8_t tag, const std::vector<graph::Value>& fields);
    std::uint8_t byte();
    std::uint64_t unsigned_be(int width);
    std::string_view take(std::size_t n);
    std::size_t count(std::size_t declared) const;

    std::string_view in_;
    std::size_t at_ = 0;
};

// Values nested deeper than this are refused as malformed (no input can exhaust the stack).
inline constexpr int max_depth = 64;

}  // namespace liverkg::server::pack
