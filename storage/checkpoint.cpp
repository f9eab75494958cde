// Checkpoint framing: a fixed-size header checked first, so that a file that is not ours,
// another format version and a truncated file each get their own message; the payload's
// checksum then catches any flipped byte. The payload's sections (checkpoint_sections.hpp)
// are read on two threads: the nodes' labels and properties on this one, the relationship
// columns (copied in bulk) and the adjacency lists built from them on the other.
#include "storage/checkpoint.hpp"

#include <cstring>
#include <exception>
#include <thread>

#include "storage/checkpoint_sections.hpp"
#include "storage/codec.hpp"
#include "storage/crc32c.hpp"
#include "storage/files.hpp"

namespace liverkg::storage {
namespace {

using graph::Graph;

constexpr char kMagic[8] = {'L', 'K', 'G', 'C', 'H', 'K', 'P', 'T'};
constexpr std::size_t kHeaderSize = 40;   // magic, version, flags, last_tx, length, crc, header crc
static_assert(kHeaderSize % 8 == 0, "the payload's arrays are 8-aligned in the file");

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

struct Corrupt {
    const std::string& path;
    [[noreturn]] void operator()(const std::string& what) const {
        throw StorageError(path + ": " + what + " (a corrupt checkpoint; restore the database directory from a backup)");
    }
};

[[noreturn]] void wrong_version(const std::string& path, std::uint32_t version) {
    if (version > kFormatVersion)
        throw StorageError(path + ": written by a newer liverkg (format version " + std::to_string(version) +
                           "; this build reads version " + std::to_string(kFormatVersion) + ")");
    throw StorageError(path + ": written by an older liverkg (format version " + std::to_string(version) +
                       "; this build reads version " + std::to_string(kFormatVersion) +
                       "). Save it with the liverkg that wrote it (liverkg --db DIR --export tsv SAVED), "
                       "then import the save into a new database (liverkg --db NEW --load SAVED)");
}

// Checks the header; returns the payload.
std::string_view checked_payload(const std::string& path, std::string_view bytes, CheckpointMeta& meta) {
    Corrupt corrupt{path};
    if (bytes.size() < kHeaderSize)
        corrupt("truncated: " + std::to_string(bytes.size()) + " bytes, shorter than the " +
                std::to_string(kHeaderSize) + "-byte header");
    if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        throw StorageError(path + ": not a liverkg checkpoint (wrong magic number)");
    ByteReader h(bytes.substr(0, kHeaderSize));
    h.take(sizeof kMagic);
    std::uint32_t version = h.u32();
    h.u32();
    meta.last_tx = h.u64();
    std::uint64_t length = h.u64();
    std::uint32_t payload_crc = h.u32();
    std::uint32_t header_crc = h.u32();
    if (header_crc != crc32c(bytes.data(), kHeaderSize - 4)) corrupt("the header's checksum does not match");
    if (version != kFormatVersion) wrong_version(path, version);
    if (length != bytes.size() - kHeaderSize)
        corrupt("truncated: the header announces " + std::to_string(length) + " bytes of data, the file holds " +
                std::to_string(bytes.size() - kHeaderSize));
    std::string_view payload = bytes.substr(kHeaderSize);
    if (crc32c(payload) != payload_crc) corrupt("the data's checksum does not match");
    return payload;
}

const char* const kSectionNames[] = {"meta", "dictionary", "node", "relationship"};

// Decodes the sections into g; `where` tracks the section being read, for the message.
void read_sections(std::string_view payload, Graph& g, CheckpointMeta& meta, int& where) {
    using namespace sections;
    auto parts = split(payload);
    where = Meta;
    ByteReader meta_r(parts[Meta].bytes);
    read_meta(meta_r, meta);
    where = Dictionaries;
    ByteReader dict_r(parts[Dictionaries].bytes);
    read_dictionaries(dict_r, g);
    where = Nodes;
    ByteReader nodes_r(parts[Nodes].bytes);
    NodeColumns nodes = read_node_columns(nodes_r);
    g.reserve(nodes.bound, 0);
    for (std::size_t n = 0; n < nodes.bound; ++n) g.add_node();
    where = Rels;
    ByteReader rels_r(parts[Rels].bytes);
    graph::RelColumns columns = read_rel_columns(rels_r);
    std::exception_ptr rels_failed;
    std::thread rels([&] {
        try {
            g.restore_rels(columns);
        } catch (...) {
            rels_failed = std::current_exception();
        }
    });
    where = Nodes;
    try {
        fill_nodes(nodes_r, nodes, g);
    } catch (...) {
        rels.join();
        throw;
    }
    rels.join();
    where = Rels;
    if (rels_failed) std::rethrow_exception(rels_failed);
    read_rel_properties(rels_r, g);
    for (std::size_t n = 0; n < nodes.bound; ++n)
        if (!nodes.alive[n]) g.remove_node(static_cast<graph::NodeId>(n));
    for (ByteReader* r : {&meta_r, &dict_r, &nodes_r, &rels_r}) {   // only its padding may be left
        if (r->left() >= 8) throw DecodeError("bytes left after a section's data");
        while (!r->done())
            if (r->u8() != 0) throw DecodeError("non-zero padding after a section's data");
    }
}

}  // namespace

std::string encode_checkpoint(const Graph& g, const CheckpointMeta& meta) {
    std::string payload = sections::encode(g, meta);
    std::string file = header(meta, payload);
    file += payload;
    return file;
}

CheckpointMeta load_checkpoint(const std::string& path, Graph& g) {
    MappedFile file(path);
    CheckpointMeta meta;
    std::string_view payload = checked_payload(path, file.bytes(), meta);
    int where = sections::Meta;
    try {
        read_sections(payload, g, meta, where);
    } catch (const std::exception& e) {
        Corrupt{path}(std::string(e.what()) + " in the " + kSectionNames[where] + " section");
    }
    return meta;
}

}  // namespace liverkg::storage
