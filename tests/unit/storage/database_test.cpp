#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "storage/database.hpp"
#include "storage_fixtures.hpp"

using namespace liverkg::storage;
using namespace storage_test;
namespace fs = std::filesystem;

namespace {

std::unique_ptr<Database> open_db(const std::string& dir, Graph& g, std::vector<std::string>* warnings = nullptr,
                                  OpenOptions options = {}) {
    std::vector<std::string> w;
    auto db = Database::open(dir, g, options, w);
    if (warnings) *warnings = w;
    return db;
}

std::string open_error(const std::string& dir) {
    Graph g;
    try {
        open_db(dir, g);
    } catch (const StorageError& e) {
        return e.what();
    }
    return "";
}

void add_named(Database& db, const std::string& name) {
    Graph& g = db.graph();
    db.begin();
    auto n = g.add_node();
    g.add_label(n, g.intern_label("Thing"));
    g.set_node_property(n, g.intern_key("name"), Value(name));
    db.commit();
}

}  // namespace

TEST_CASE("committed transactions survive a reopen; rolled back ones leave nothing", "[storage]") {
    TempDir dir;
    std::string expected;
    {
        Graph g;
        auto db = open_db(dir.str("db"), g);   // created: the directory did not exist
        add_named(*db, "a");
        db->begin();
        g.add_node();
        db->rollback();
        add_named(*db, "b");
        CHECK(db->last_tx() == 2);
        expected = dump(g);
    }
    Graph g;
    auto db = open_db(dir.str("db"), g);
    CHECK(dump(g) == expected);
    CHECK(g.counts().nodes == 2);
    CHECK(db->last_tx() == 2);
    db->checkpoint();
    CHECK(db->log_bytes() == 16);
    add_named(*db, "c");
    db.reset();
    Graph again;
    open_db(dir.str("db"), again);
    CHECK(again.counts().nodes == 3);
}

TEST_CASE("a torn last log record is cut off with a warning naming file and offset", "[storage]") {
    TempDir dir;
    std::uintmax_t intact = 0;
    {
        Graph g;
        auto db = open_db(dir.str(), g);
        add_named(*db, "kept");
        intact = fs::file_size(dir.str("wal.log"));
        add_named(*db, "torn");
    }
    fs::resize_file(dir.str("wal.log"), fs::file_size(dir.str("wal.log")) - 3);
    Graph g;
    std::vector<std::string> warnings;
    open_db(dir.str(), g, &warnings);
    CHECK(g.counts().nodes == 1);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0], Catch::Contains(dir.str("wal.log")) && Catch::Contains("offset " + std::to_string(intact)));
    CHECK(fs::file_size(dir.str("wal.log")) == intact);
}

TEST_CASE("a corrupt last log record is discarded, the ones before it kept", "[storage]") {
    TempDir dir;
    {
        Graph g;
        auto db = open_db(dir.str(), g);
        add_named(*db, "one");
        add_named(*db, "two");
    }
    {
        std::fstream f(dir.str("wal.log"), std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(-2, std::ios::end);
        f.put('\x7f');
    }
    Graph g;
    std::vector<std::string> warnings;
    open_db(dir.str(), g, &warnings);
    CHECK(g.counts().nodes == 1);
    REQUIRE(warnings.size() == 1);
    CHECK_THAT(warnings[0], Catch::Contains("checksum"));
}

TEST_CASE("log records already in the checkpoint are not replayed twice", "[storage]") {
    TempDir dir;
    std::string wal_before;
    {
        Graph g;
        auto db = open_db(dir.str(), g);
        add_named(*db, "x");
        add_named(*db, "y");
        std::ifstream in(dir.str("wal.log"), std::ios::binary);
        wal_before.assign(std::istreambuf_iterator<char>(in), {});
        db->checkpoint();
    }
    // A crash between the checkpoint's rename and the log's truncation leaves both.
    std::ofstream(dir.str("wal.log"), std::ios::binary | std::ios::trunc) << wal_before;
    Graph g;
    auto db = open_db(dir.str(), g);
    CHECK(g.counts().nodes == 2);
    add_named(*db, "z");   // appends after the stale records; recovery still skips them
    db.reset();
    Graph again;
    open_db(dir.str(), again);
    CHECK(again.counts().nodes == 3);
}

TEST_CASE("directories that are not databases are refused, never emptied", "[storage]") {
    TempDir dir;
    std::ofstream(dir.str("nodes.tsv")) << "id\tcategory\n";
    CHECK_THAT(open_error(dir.str()), Catch::Contains("not a liverkg database") && Catch::Contains(dir.str()));
    CHECK(fs::exists(dir.str("nodes.tsv")));
    CHECK_FALSE(fs::exists(dir.str("lock")));

    std::ofstream(dir.str("file")) << "x";
    CHECK_THAT(open_error(dir.str("file")), Catch::Contains("not a directory"));

    TempDir db;
    { Graph g; open_db(db.str(), g); }
    fs::remove(db.str("wal.log"));
    CHECK_THAT(open_error(db.str()), Catch::Contains(db.str("wal.log")) && Catch::Contains("missing"));
}

TEST_CASE("a second writer is told who holds the database", "[storage]") {
    TempDir dir;
    Graph g;
    auto db = open_db(dir.str(), g);
    CHECK_THAT(open_error(dir.str()), Catch::Contains("pid " + std::to_string(::getpid())) &&
                                          Catch::Contains(dir.str("lock")));
    db.reset();
    CHECK(open_error(dir.str()).empty());
}

TEST_CASE("a big log triggers an automatic checkpoint", "[storage]") {
    TempDir dir;
    Graph g;
    OpenOptions small;
    small.checkpoint_after = 200;
    auto db = open_db(dir.str(), g, nullptr, small);
    for (int i = 0; i < 20; ++i) add_named(*db, "node number " + std::to_string(i));
    CHECK(db->log_bytes() <= 200 + 100);
    db.reset();
    Graph again;
    open_db(dir.str(), again);
    CHECK(again.counts().nodes == 20);
}

TEST_CASE("relationship signs are kept with the graph", "[storage]") {
    TempDir dir;
    {
        Graph g;
        auto db = open_db(dir.str(), g);
        db->begin();
        g.add_node();
        db->set_type_signs({{"INHIBITS", -1}});
        db->set_tables({{"schema.tsv", {{"INHIBITS", "-", "*", "*", ""}}}});
        db->commit();
    }
    Graph g;
    auto db = open_db(dir.str(), g);
    CHECK(db->type_signs().at("INHIBITS") == -1);
    CHECK(db->tables().at("schema.tsv").at(0).at(0) == "INHIBITS");
    CHECK(g.counts().nodes == 1);
}
