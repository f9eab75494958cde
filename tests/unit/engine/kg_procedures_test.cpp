// kg.paths is PATHS as a procedure: the same search, ranking and columns (engine/procedures/kg.cpp).
// Composition and error cases are data, in cases/kg_procedures.cases; here what needs signs,
// notices, error messages or a comparison with PATHS.
#include <catch2/catch.hpp>

#include "engine/paths/paths.hpp"
#include "engine/registry/registry.hpp"
#include "signed_db.hpp"

using liverkg::engine::testing::kFromTo;
using liverkg::engine::testing::kSignedGraph;
using liverkg::engine::testing::show_rows;
using liverkg::engine::testing::SignedDb;
using liverkg::engine::testing::TestDb;
using namespace liverkg::engine::testing::chains;

namespace {

const std::string kCall =
    "MATCH (c:CellType {name: 'MSC'}), (d:Disease {name: 'acute liver failure'}) CALL kg.paths(c, d";
const std::string kYieldAll =
    ") YIELD chain, sign, score, weakest_evidence, citations, hops, refs, path, evidence "
    "RETURN chain, sign, score, weakest_evidence, citations, hops, refs, path, evidence";

std::string message_of(TestDb& db, const std::string& text) {
    try {
        db.run(text);
    } catch (const liverkg::ErrorException& e) {
        return e.error().message;
    }
    return "no error";
}

// The search's own notices (where a cap cut), without their prefix; PATHS' LIMIT is kg.paths' limit.
// (Unknown labels are noticed by both too, in words of their own: tested below.)
std::vector<std::string> search_notices(const liverkg::engine::ResultSet& rs, const std::string& prefix) {
    std::vector<std::string> out;
    for (auto n : rs.notices) {
        if (n.rfind(prefix, 0) != 0 || n.find("stopped") == std::string::npos) continue;
        if (auto at = n.find("LIMIT"); at != std::string::npos) n.replace(at, 5, "limit");
        out.push_back(n.substr(prefix.size()));
    }
    return out;
}

}  // namespace

TEST_CASE("kg.paths yields PATHS' columns, in their order", "[engine][paths][procedures]") {
    const auto* p = liverkg::engine::registry().find_procedure("kg.paths");
    REQUIRE(p);
    std::vector<std::string> outputs;
    for (const auto& o : p->signature.outputs) outputs.push_back(o.name);
    CHECK(outputs == liverkg::engine::path_columns());
    SignedDb db;
    CHECK(db.run("CALL kg.paths(null, null)").columns == liverkg::engine::path_columns());
}

TEST_CASE("kg.paths gives the rows PATHS gives, for each option", "[engine][paths][procedures]") {
    SignedDb db;
    const std::pair<const char*, const char*> same[] = {
        {"", ""},
        {"MAX 2 HOPS", ", {maxHops: 2}"},
        {"SIGN -", ", {sign: '-'}"},
        {"SIGN +", ", {sign: '+'}"},
        {"VIA :Mechanism|:Pathway", ", {via: ['Mechanism', 'Pathway']}"},
        {"VIA :NoSuchLabel", ", {via: ['NoSuchLabel']}"},
        {"LIMIT 2", ", {limit: 2}"},
        {"ANY CONTEXT", ", {anyContext: true}"},
        {"VIA :Pathway MAX 3 HOPS SIGN - ANY CONTEXT LIMIT 1",
         ", {via: ['Pathway'], maxHops: 3, sign: '-', anyContext: true, limit: 1}"},
    };
    for (const auto& [statement, options] : same) {
        INFO(statement);
        auto paths = db.run(std::string(kFromTo) + " " + statement);
        auto called = db.run(kCall + options + kYieldAll);
        CHECK(show_rows(db.graph, called) == show_rows(db.graph, paths));
        CHECK(search_notices(called, "kg.paths: ") == search_notices(paths, "PATHS: "));
    }
    CHECK(db.rows(kCall + ", {sign: '-'}) YIELD chain RETURN chain") ==
          "'" + kTreats + "'\n'" + kPge2Inflammation + "'\n'" + kViaStat3 + "'\n'" + kViaPge2 + "'");
}

TEST_CASE("kg.paths the issue's statement: sign filter, ORDER BY score, LIMIT", "[engine][paths][procedures]") {
    SignedDb db;
    auto rs = db.run(
        "MATCH (c:CellType {name: 'MSC'}), (d:Disease {name: 'acute liver failure'}) "
        "CALL kg.paths(c, d, {via: ['Mechanism', 'Molecule', 'Pathway'], maxHops: 4, sign: '-'}) "
        "YIELD path, chain, sign, score, evidence RETURN chain, sign ORDER BY score DESC LIMIT 5");
    CHECK(rs.columns == std::vector<std::string>{"chain", "sign"});
    CHECK(show_rows(db.graph, rs) == "'" + kPge2Inflammation + "' | '-'\n'" + kViaStat3 + "' | '-'\n'" + kViaPge2 +
                                         "' | '-'");
}

TEST_CASE("kg.paths says where its limit cut, once per statement", "[engine][paths][procedures]") {
    SignedDb db;
    auto rs = db.run("MATCH (c:CellType {name: 'MSC'}), (d:Disease) UNWIND [1, 2] AS x CALL kg.paths(c, d, {limit: 2}) "
                     "YIELD chain RETURN count(chain) AS n");
    CHECK(show_rows(db.graph, rs) == "4");
    CHECK(rs.notices == std::vector<std::string>{"kg.paths: stopped at limit 2"});
    CHECK(db.run(kCall + ") YIELD chain RETURN chain").notices.empty());
}

TEST_CASE("kg.paths errors name the argument or option and what it expects", "[engine][paths][procedures]") {
    SignedDb db;
    CHECK(message_of(db, kCall + ", {maxHop: 4}) YIELD chain RETURN chain") ==
          "kg.paths: unknown option 'maxHop' (known: via, maxHops, sign, anyContext, limit)");
    CHECK(message_of(db, kCall + ", {maxHops: 9}) YIELD chain RETURN chain") ==
          "kg.paths: maxHops must be an integer from 1 to 8, got 9 (Integer)");
    CHECK(message_of(db, kCall + ", {maxHops: 2.0}) YIELD chain RETURN chain") ==
          "kg.paths: maxHops must be an integer from 1 to 8, got 2.0 (Float)");
    CHECK(message_of(db, kCall + ", {limit: 0}) YIELD chain RETURN chain") ==
          "kg.paths: limit must be an integer from 1 to 10000, got 0 (Integer)");
    CHECK(message_of(db, kCall + ", {sign: 'down'}) YIELD chain RETURN chain") ==
          "kg.paths: sign must be '+' or '-', got 'down' (String)");
    CHECK(message_of(db, kCall + ", {via: 'Pathway'}) YIELD chain RETURN chain") ==
          "kg.paths: via must be a list of label names such as ['Mechanism', 'Pathway'], got 'Pathway' (String)");
    CHECK(message_of(db, kCall + ", {anyContext: 1}) YIELD chain RETURN chain") ==
          "kg.paths: anyContext must be true or false, got 1 (Integer)");
    CHECK(message_of(db, "MATCH (c:CellType) CALL kg.paths(c, [c, 'ALF']) YIELD chain RETURN chain") ==
          "kg.paths: target must be a node or a list of nodes; an element, got 'ALF' (String)");
    CHECK(message_of(db, "MATCH (c:CellType) CALL kg.paths('MSC', c) YIELD chain RETURN chain") ==
          "kg.paths() expects LIST<NODE> | NODE for `start`, got String");
    CHECK(message_of(db, "MATCH (c:CellType) CALL kg.paths(c, c, 4) YIELD chain RETURN chain") ==
          "kg.paths() expects MAP for `options`, got Integer");
}

TEST_CASE("kg.paths sign needs relationship signs; the graph is unchanged by any error", "[engine][paths][procedures]") {
    TestDb db(kSignedGraph);
    CHECK(message_of(db, kCall + ", {sign: '-'}) YIELD chain RETURN chain") ==
          "kg.paths: sign needs relationship signs, but no schema.tsv was loaded with this graph");
    CHECK(db.error(kCall + ", {sign: '-'}) YIELD chain CREATE (:X {chain: chain})") ==
          "ArgumentError InvalidArgumentValue 1:82");
    CHECK(db.counts() == "nodes=5 rels=8");
    CHECK(db.run(kCall + ") YIELD chain RETURN chain").rows.size() == 5);
}

TEST_CASE("kg.lookup finds by name, alias or CURIE, best first", "[engine][procedures]") {
    SignedDb db;
    CHECK(db.rows("CALL kg.lookup('mesenchymal stem cell') YIELD node, matched, score RETURN node.name, matched, score") ==
          "'MSC' | 'mesenchymal stem cell' | 1.0");
    CHECK(db.rows("CALL kg.lookup('pge') YIELD node, score RETURN node.name, score") == "'PGE2' | 0.375");
    CHECK(message_of(db, "CALL kg.lookup('x', 0)") == "kg.lookup: limit must be an integer from 1 to 10000, got 0");
}

TEST_CASE("a via label no node has is noticed, by kg.paths and by PATHS; results unchanged",
          "[engine][paths][procedures]") {
    SignedDb db;
    auto called = db.run(kCall + ", {via: ['Mechanisms', 'Pathway']}) YIELD chain RETURN chain");
    CHECK(show_rows(db.graph, called) == "'" + kViaStat3 + "'\n'" + kStat3Inflammation + "'");
    CHECK(called.notices == std::vector<std::string>{"kg.paths: the label :Mechanisms in via is not in the graph (no "
                                                     "node has it); known labels: :schema"});
    auto paths = db.run(std::string(kFromTo) + " VIA :Mechanisms|:Pathway");
    CHECK(show_rows(db.graph, paths).find(kViaStat3) == 1);
    CHECK(paths.rows.size() == 2);
    CHECK(paths.notices ==
          std::vector<std::string>{"the label :Mechanisms is not in the graph (no node has it); known labels: :schema"});
    CHECK(db.run(kCall + ", {via: ['Mechanism']}) YIELD chain RETURN chain").notices.empty());
}
