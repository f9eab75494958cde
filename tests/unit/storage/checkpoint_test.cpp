#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>

#include "storage/checkpoint.hpp"
#include "storage/crc32c.hpp"
#include "storage/files.hpp"
#include "storage/redo.hpp"
#include "storage_fixtures.hpp"

using namespace liverkg::storage;
using namespace storage_test;

namespace {

void write_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string error_of(const std::string& path) {
    Graph g;
    try {
        load_checkpoint(path, g);
    } catch (const StorageError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST_CASE("a checkpoint restores the graph exactly, dead ids included", "[storage]") {
    Graph g;
    build_sample(g);
    TempDir dir;
    CheckpointMeta meta{42, {{"TREATS", -1}, {"BINDS", 1}},
                        {{"schema.tsv", {{"TREATS", "-", "Compound", "Disease", "treats"}}},
                         {"ontology_terms.tsv", {{"HP:0001", "a term", "hp"}, {"", "", ""}}}}};
    write_bytes(dir.str("c"), encode_checkpoint(g, meta));
    Graph back;
    CheckpointMeta read = load_checkpoint(dir.str("c"), back);
    CHECK(read.last_tx == 42);
    CHECK(read.type_signs == meta.type_signs);
    CHECK(read.tables == meta.tables);
    CHECK(dump(back) == dump(g));
    CHECK(back.counts().nodes == g.counts().nodes);
    CHECK(back.counts().relationships == g.counts().relationships);
    // Indexes are rebuilt: the `id` lookup finds the node.
    auto id = back.find_key("id");
    REQUIRE(id);
    CHECK(back.nodes_with_property(*id, "HGNC:1").size() == 1);
    CHECK(back.add_node() == g.node_id_bound());   // new ids continue after the dead ones
}

TEST_CASE("a damaged checkpoint is named and refused", "[storage]") {
    Graph g;
    build_sample(g);
    TempDir dir;
    std::string good = encode_checkpoint(g, CheckpointMeta{});
    auto path = dir.str("checkpoint.lkg");

    write_bytes(path, good.substr(0, good.size() - 10));
    CHECK_THAT(error_of(path), Catch::Contains(path) && Catch::Contains("truncated"));

    write_bytes(path, good.substr(0, 20));
    CHECK_THAT(error_of(path), Catch::Contains("truncated"));

    std::string flipped = good;
    flipped[flipped.size() - 3] ^= 0x10;
    write_bytes(path, flipped);
    CHECK_THAT(error_of(path), Catch::Contains("checksum"));

    std::string newer = good;
    newer[8] = 9;   // the format version, with its header checksum redone
    std::uint32_t crc = liverkg::storage::crc32c(newer.data(), 36);
    std::memcpy(newer.data() + 36, &crc, 4);
    write_bytes(path, newer);
    CHECK_THAT(error_of(path), Catch::Contains("newer liverkg") && Catch::Contains("version 9"));

    std::string older = good;
    older[8] = 2;
    crc = liverkg::storage::crc32c(older.data(), 36);
    std::memcpy(older.data() + 36, &crc, 4);
    write_bytes(path, older);
    CHECK_THAT(error_of(path), Catch::Contains("older liverkg") && Catch::Contains("version 2") &&
                                   Catch::Contains("--export tsv"));

    write_bytes(path, "id\tname\nx\ty\n" + std::string(40, ' '));
    CHECK_THAT(error_of(path), Catch::Contains("not a liverkg checkpoint"));
}

namespace {

// A checkpoint changed after encoding, with both checksums redone: what only the
// structural checks of the reader can catch.
std::string rechecksummed(std::string file) {
    std::uint32_t crc = liverkg::storage::crc32c(file.data() + 40, file.size() - 40);
    std::memcpy(file.data() + 32, &crc, 4);
    crc = liverkg::storage::crc32c(file.data(), 36);
    std::memcpy(file.data() + 36, &crc, 4);
    return file;
}

}  // namespace

TEST_CASE("relationship columns that point nowhere are refused", "[storage]") {
    Graph g;
    build_sample(g);
    std::string good = encode_checkpoint(g, CheckpointMeta{});
    // The `end` column of the sample's three relationships: u64 count 3, padding to 8, then
    // the u32s 0, 2, 2.
    const char column[] = "\x03\0\0\0\0\0\0\0" "\0\0\0\0" "\0\0\0\0" "\x02\0\0\0" "\x02\0\0\0";
    auto at = good.find(std::string(column, sizeof column - 1));
    REQUIRE(at != std::string::npos);
    TempDir dir;
    auto path = dir.str("checkpoint.lkg");
    std::string bad = good;
    bad[at + 20] = 9;   // the last relationship ends at node 9, which does not exist
    write_bytes(path, rechecksummed(bad));
    CHECK_THAT(error_of(path), Catch::Contains("corrupt checkpoint") && Catch::Contains("ends at no node") &&
                                   Catch::Contains("relationship section"));
    write_bytes(path, good);   // the untouched file still reads
    CHECK(error_of(path).empty());
}

TEST_CASE("a replayed redo record gives the graph that wrote it", "[storage]") {
    Graph live;
    build_sample(live);
    std::string snapshot = encode_checkpoint(live, CheckpointMeta{});
    live.intern_label("Unused");   // dictionary ids drift from the replaying graph's
    live.begin();
    auto gene = live.intern_label("Gene");
    auto n = live.add_node();
    live.add_label(n, live.intern_label("New"));
    live.set_node_property(n, live.intern_key("name"), Value("first"));
    live.set_node_property(n, live.intern_key("name"), Value("second"));
    live.begin();   // a failed statement: undone alone
    live.add_node();
    live.remove_label(0, gene);
    live.rollback();
    auto r = live.add_rel(n, 0, live.intern_type("NEW_TYPE"));
    live.set_rel_property(r, live.intern_key("w"), Value(every_kind_list()));
    live.remove_label(1, gene);
    live.set_node_property(0, live.intern_key("name"), Value());
    auto doomed = live.add_node();
    live.set_node_property(doomed, live.intern_key("id"), Value("gone"));
    live.remove_node(doomed);
    live.remove_rel(0);
    live.remove_rel(2);
    live.remove_node(2);
    std::string record = encode_redo(7, live.pending_changes(), live);
    live.commit();

    TempDir dir;
    write_bytes(dir.str("c"), snapshot);
    Graph replayed;
    load_checkpoint(dir.str("c"), replayed);
    CHECK(redo_tx(record) == 7);
    apply_redo(record, replayed);
    CHECK(dump(replayed) == dump(live));
    // The same record over a graph it does not fit is refused.
    CHECK_THROWS_AS(apply_redo(record, replayed), DecodeError);
}

TEST_CASE("savepoints undo only their own changes", "[storage]") {
    Graph g;
    g.begin();
    g.add_node();
    g.begin();
    g.add_node();
    CHECK(g.transaction_depth() == 2);
    g.rollback();
    CHECK(g.transaction_depth() == 1);
    CHECK(g.counts().nodes == 1);
    g.begin();
    g.add_node();
    g.commit();
    CHECK(g.pending_changes().size() == 2);
    g.rollback();
    CHECK(g.counts().nodes == 0);
    CHECK(g.transaction_depth() == 0);
}
