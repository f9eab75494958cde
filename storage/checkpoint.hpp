#pragma once
// The checkpoint: a binary snapshot of the whole graph (dictionaries, nodes with labels and
// properties, the relationship columns) behind a versioned, checksummed header. Layout in
// docs/storage.md.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "graph/graph.hpp"

namespace liverkg::storage {

// Of the checkpoint: 2 added the side tables, 3 stores columns and adjacency as arrays.
// Only this version is read (an older one gets a message saying how to carry it over).
constexpr std::uint32_t kFormatVersion = 3;
constexpr std::uint32_t kLogFormatVersion = 1;   // of the write-ahead log

// Tables a directory keeps beside the graph (schema.tsv and ontology_terms.tsv rows, by file
// name): opaque to storage, kept so that a save from a database writes them back.
using SideTables = std::map<std::string, std::vector<std::vector<std::string>>, std::less<>>;

// What a checkpoint holds beside the graph.
struct CheckpointMeta {
    std::uint64_t last_tx = 0;   // the last committed transaction it includes
    std::map<std::string, int, std::less<>> type_signs;   // for PATHS ... SIGN (schema.tsv)
    SideTables tables;
};

std::string encode_checkpoint(const graph::Graph& g, const CheckpointMeta& meta);
// Reads the checkpoint at path into an empty graph. Throws StorageError naming the file and
// what is wrong with it (not a checkpoint, a newer format, truncated, checksum mismatch).
CheckpointMeta load_checkpoint(const std::string& path, graph::Graph& g);

}  // namespace liverkg::storage
