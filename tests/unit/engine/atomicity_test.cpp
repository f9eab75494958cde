// A statement either succeeds completely or leaves the graph exactly as it was:
// labels, properties, relationships and deletions are all rolled back.
#include <catch2/catch.hpp>

#include "engine_support.hpp"

using liverkg::engine::testing::TestDb;

namespace {

const char* kGraph = "CREATE (:Cell {name: 'MSC', n: 1})-[:SECRETES {w: 1}]->(:Molecule {name: 'PGE2'})";
const char* kEverything =
    "MATCH (n) OPTIONAL MATCH (n)-[r]->(m) "
    "RETURN labels(n), properties(n), type(r), properties(r), m.name ORDER BY n.name";

}  // namespace

TEST_CASE("a statement failing half way leaves every part of the graph unchanged", "[engine][atomicity]") {
    const char* failing[] = {
        "CREATE (:X) WITH 1 AS one RETURN 1 / 0",
        "MATCH (c:Cell) SET c.name = 'changed', c.extra = 1 WITH c RETURN 1 / 0",
        "MATCH (c:Cell) SET c += {n: 2} SET c:Stem REMOVE c:Cell WITH c RETURN 1 / 0",
        "MATCH (c:Cell) REMOVE c.name, c.n WITH c RETURN 1 / 0",
        "MATCH ()-[r]->() SET r.w = 2 WITH r RETURN 1 / 0",
        "MATCH ()-[r]->() DELETE r WITH 1 AS one RETURN 1 / 0",
        "MATCH (n) DETACH DELETE n WITH 1 AS one RETURN 1 / 0",
        "MATCH (c:Cell), (m:Molecule) CREATE (m)-[:BACK]->(c) WITH c RETURN 1 / 0",
        "MERGE (x:New {v: 1}) WITH x RETURN 1 / 0",
        "UNWIND [1, 2, 0] AS i CREATE (:N {v: 10 / i})",
        "MATCH (c:Cell) SET c.n = c.n + 1 WITH c MATCH (c) DELETE c",
    };
    for (const char* statement : failing) {
        INFO(statement);
        TestDb db(kGraph);
        std::string before = db.rows(kEverything);
        CHECK(db.error(statement) != "no error");
        CHECK(db.rows(kEverything) == before);
        CHECK(db.counts() == "nodes=2 rels=1");
    }
}

TEST_CASE("after a failed statement the next one sees the old graph and ids stay stable", "[engine][atomicity]") {
    TestDb db(kGraph);
    std::string ids = db.rows("MATCH (n) RETURN id(n) ORDER BY id(n)");
    CHECK(db.error("CREATE (:X) WITH 1 AS one RETURN 1 / 0") == "ArgumentError DivisionByZero");
    CHECK(db.rows("MATCH (n) RETURN id(n) ORDER BY id(n)") == ids);
    CHECK(db.stats("CREATE (:X)") == "nodes_created=1 labels_added=1");
    CHECK(db.counts() == "nodes=3 rels=1");
}
