// liverkg's PATHS statement on the small signed graph of signed_db.hpp.
#include <catch2/catch.hpp>

#include "signed_db.hpp"

using liverkg::engine::testing::kFromTo;
using liverkg::engine::testing::kSignedGraph;
using liverkg::engine::testing::SignedDb;
using liverkg::engine::testing::TestDb;
using namespace liverkg::engine::testing::chains;

namespace {

using Chains = std::vector<std::string>;

}  // namespace

// Scores (docs/query-language.md, "How paths are ranked"; every node here has degree <= 8):
//   kTreats 100 (clinical), kPge2Inflammation 76.8 (animal, clinical, animal; 3 refs),
//   kViaStat3 68.6 (in_vitro, animal; 3 refs), kStat3Inflammation 64.8, kViaPge2 53.5 (animal, review)
TEST_CASE("PATHS ranks by score: evidence, specificity, length and refs", "[engine][paths]") {
    SignedDb db;
    CHECK(db.chains("") == Chains{kTreats, kPge2Inflammation, kViaStat3, kStat3Inflammation, kViaPge2});
    auto rs = db.run(std::string(kFromTo));
    std::vector<double> scores;
    for (const auto& row : rs.rows) scores.push_back(row.at(2).as_float());
    CHECK(scores == std::vector<double>{100.0, 76.8, 68.6, 64.8, 53.5});
}

TEST_CASE("PATHS a generic hub and unsure hops rank lower", "[engine][paths]") {
    SignedDb db;
    db.run("MATCH (i:Mechanism) SET i.generic = true");
    // inflammation's factor halves: both chains through it drop by 1/sqrt(2)
    CHECK(db.chains("") == Chains{kTreats, kViaStat3, kPge2Inflammation, kViaPge2, kStat3Inflammation});
    db.run("MATCH (:CellType)-[t:TREATS]->() SET t.significant = false");
    db.run("MATCH (:CellType)-[a:ACTIVATES]->() SET a.inferred = true");
    auto rs = db.run(std::string(kFromTo));
    CHECK(rs.rows.at(0).at(0).as_string() == kPge2Inflammation);
    CHECK(db.chains("").back() == kStat3Inflammation);
}

TEST_CASE("PATHS returns its documented columns", "[engine][paths]") {
    SignedDb db;
    auto rs = db.run(std::string(kFromTo) + " MAX 2 HOPS");
    CHECK(rs.columns == std::vector<std::string>{"chain", "sign", "score", "weakest_evidence", "citations", "hops",
                                                 "refs", "path", "evidence"});
    CHECK(rs.summary_columns == 5);
    REQUIRE(rs.rows.size() == 3);
    auto row = [&](std::size_t i) {
        std::string out;
        for (std::size_t c = 1; c < rs.rows[i].size(); ++c)
            if (c != 7) out += (c > 1 ? " | " : "") + liverkg::engine::testing::show(db.graph, rs.rows[i][c]);
        return out;
    };
    CHECK(row(0) == "'-' | 100.0 | 'clinical' | '[7]' | 1 | [7] | "
                    "[{evidence: 'clinical', from: 'MSC', in_context: true, refs: [7], sign: '-', to: 'acute liver failure', "
                    "type: 'TREATS'}]");
    CHECK(row(1) == "'-' | 68.6 | 'in_vitro' | '[4]; [5]; [6]' | 2 | [4, 5, 6] | "
                    "[{evidence: 'in_vitro', from: 'MSC', in_context: true, refs: [4], sign: '+', to: 'STAT3', type: 'ACTIVATES'}, "
                    "{evidence: 'animal', from: 'STAT3', in_context: true, refs: [5, 6], sign: '-', to: 'acute liver failure', "
                    "type: 'INHIBITS'}]");
    CHECK(liverkg::engine::testing::show(db.graph, rs.rows[0][7]) ==
          "<(:CellType {aliases: ['mesenchymal stem cell'], name: 'MSC'})-[:TREATS {evidence: 'clinical', refs: [7]}]->"
          "(:Disease {name: 'acute liver failure'})>");
}

TEST_CASE("PATHS SIGN keeps the chains whose net sign matches; sign-0 types pass the sign through",
          "[engine][paths]") {
    SignedDb db;
    CHECK(db.chains("SIGN +") == Chains{kStat3Inflammation});
    CHECK(db.chains("SIGN -") == Chains{kTreats, kPge2Inflammation, kViaStat3, kViaPge2});
}

TEST_CASE("PATHS a chain made only of sign-0 types has sign 0", "[engine][paths]") {
    SignedDb db;
    auto rs = db.run("PATHS FROM (c {name: 'MSC'}) TO (m:Molecule)");
    REQUIRE(rs.rows.size() == 1);
    CHECK(rs.rows[0][1].as_string() == "0");
}

TEST_CASE("PATHS a type without a sign makes the chain's sign unknown and fails every SIGN filter",
          "[engine][paths]") {
    SignedDb db;
    db.run("MATCH (c:CellType), (d:Disease) CREATE (c)-[:MENTIONED_WITH]->(d)");
    auto rs = db.run(std::string(kFromTo) + " MAX 1 HOPS");
    REQUIRE(rs.rows.size() == 2);
    CHECK(rs.rows[1][0].as_string() == "MSC -[MENTIONED_WITH]-> acute liver failure");
    CHECK(rs.rows[1][1].as_string() == "?");
    CHECK(rs.rows[1][3].as_string() == "unknown");
    CHECK(db.chains("MAX 1 HOPS SIGN -") == Chains{kTreats});
}

TEST_CASE("PATHS MAX bounds the hops and must lie in 1..8", "[engine][paths]") {
    SignedDb db;
    CHECK(db.chains("MAX 1 HOPS") == Chains{kTreats});
    CHECK(db.chains("MAX 2 HOPS") == Chains{kTreats, kViaStat3, kViaPge2});
    CHECK(db.chains("MAX 8 HOPS").size() == 5);
    CHECK(db.error(std::string(kFromTo) + " MAX 0 HOPS") == "ArgumentError NumberOutOfRange 1:1");
    CHECK(db.error(std::string(kFromTo) + " MAX 9 HOPS") == "ArgumentError NumberOutOfRange 1:1");
}

TEST_CASE("PATHS LIMIT keeps the best ranked chains and says so", "[engine][paths]") {
    SignedDb db;
    auto rs = db.run(std::string(kFromTo) + " LIMIT 2");
    REQUIRE(rs.rows.size() == 2);
    CHECK(rs.rows[1][0].as_string() == kPge2Inflammation);
    CHECK(rs.notices == std::vector<std::string>{"PATHS: stopped at LIMIT 2"});
    CHECK(db.run(std::string(kFromTo)).notices.empty());
    CHECK(db.error(std::string(kFromTo) + " LIMIT 0") == "ArgumentError NumberOutOfRange 1:1");
}

TEST_CASE("PATHS VIA needs an intermediate node with one of the labels", "[engine][paths]") {
    SignedDb db;
    CHECK(db.chains("VIA :Mechanism") == Chains{kPge2Inflammation, kStat3Inflammation});
    CHECK(db.chains("VIA :Pathway") == Chains{kViaStat3, kStat3Inflammation});
    CHECK(db.chains("VIA :Mechanism|:Pathway") == Chains{kPge2Inflammation, kViaStat3, kStat3Inflammation});
    CHECK(db.chains("VIA :NoSuchLabel").empty());
    CHECK(db.chains("VIA :Pathway MAX 2 HOPS SIGN - LIMIT 1") == Chains{kViaStat3});
}

TEST_CASE("PATHS VIA a node pattern", "[engine][paths]") {
    SignedDb db;
    CHECK(db.chains("VIA (m:Molecule {name: 'pge2'})") == Chains{kPge2Inflammation, kViaPge2});
}

TEST_CASE("PATHS matches name against name and aliases, ignoring case", "[engine][paths]") {
    SignedDb db;
    auto by_alias = db.run("PATHS FROM (c:CellType {name: 'Mesenchymal STEM cell'}) TO (d:Disease {name: 'ACUTE liver failure'})");
    CHECK(by_alias.rows.size() == 5);
    CHECK(db.run("PATHS FROM (c:CellType {name: 'MS'}) TO (d:Disease)").rows.empty());
}

TEST_CASE("PATHS follows relationships in their direction only", "[engine][paths]") {
    SignedDb db;
    CHECK(db.run("PATHS FROM (d:Disease) TO (c:CellType)").rows.empty());
}

TEST_CASE("PATHS returns simple paths only (no node twice)", "[engine][paths]") {
    SignedDb db;
    db.run("MATCH (i:Mechanism), (p:Pathway) CREATE (i)-[:ACTIVATES {evidence: 'animal', refs: [10]}]->(p)");
    for (const auto& chain : db.chains("MAX 8 HOPS")) CHECK(chain.find("STAT3 -[ACTIVATES]-> inflammation -[ACTIVATES]-> STAT3") == std::string::npos);
    CHECK(db.chains("MAX 8 HOPS").size() == 6);
}

TEST_CASE("PATHS SIGN needs relationship signs", "[engine][paths]") {
    TestDb db(kSignedGraph);
    CHECK(db.error(std::string(kFromTo) + " SIGN +") == "SemanticError - 1:1");
    CHECK(db.run(std::string(kFromTo)).rows.size() == 5);
}

TEST_CASE("EXPLAIN and PROFILE PATHS", "[engine][paths][explain]") {
    SignedDb db;
    auto explained = db.run(std::string("EXPLAIN ") + kFromTo + " VIA :Pathway SIGN -");
    CHECK(explained.rows.empty());
    CHECK(explained.plan ==
          "1. Paths (iterative deepening, directed, simple paths, ranked by score)\n"
          "     from: 1 node(s), to: 1 node(s), max 4 hops, limit 20\n"
          "     via: at least one intermediate node matching VIA\n"
          "     sign filter: -\n"
          "     context: each hop general, or in the target disease or a SUBTYPE_OF relative\n");
    auto profiled = db.run(std::string("PROFILE ") + kFromTo);
    CHECK(profiled.rows.size() == 5);
    CHECK(profiled.plan.rfind("1. Paths (iterative deepening, directed, simple paths, ranked by score)   [rows: 5, time: ",
                              0) == 0);
}
