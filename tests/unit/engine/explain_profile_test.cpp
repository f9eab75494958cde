// EXPLAIN and PROFILE on every statement form: EXPLAIN renders the operator plan and runs
// nothing; PROFILE runs the statement and annotates each operator with rows and time.
#include <catch2/catch.hpp>

#include <regex>
#include <sstream>

#include "engine_support.hpp"

using liverkg::engine::testing::show_stats;
using liverkg::engine::testing::TestDb;

namespace {

const char* kGraph = "CREATE (:A {v: 1})-[:R]->(:B), (:A {v: 2})";

struct Form {
    const char* statement;
    std::vector<const char*> operators;   // words the plan must mention, in order
};

// One statement per clause or statement form, with the operators its plan shows.
const std::vector<Form> kForms = {
    {"MATCH (a:A) RETURN a.v", {"Match (streamed", "-> Return [a.v]", "NodeByLabelScan (a:A)"}},
    {"MATCH (a)-[:R]->(b) WHERE a.v > 0 RETURN b", {"AllNodesScan", "-[:R]->(b)"}},
    {"OPTIONAL MATCH (a:A) RETURN a", {"OptionalMatch", "NodeByLabelScan"}},
    {"MATCH (a:A) WITH a.v AS v RETURN v", {"Projection [v]", "Return [v]"}},
    {"UNWIND [1, 2] AS x RETURN x", {"Unwind AS x", "Return [x]"}},
    {"MATCH (a:A) RETURN DISTINCT a.v", {"Return DISTINCT"}},
    {"MATCH (a:A) RETURN a.v, count(*)", {"Aggregate [a.v, count(*)]"}},
    {"MATCH (a:A) RETURN a.v ORDER BY a.v SKIP 1 LIMIT 1", {"Sort (1 keys)", "Skip", "Limit"}},
    {"MATCH p = shortestPath((a:A)-[*]->(b:B)) RETURN p", {"ShortestPath", "VarLengthExpand"}},
    {"CREATE (:X)-[:R]->(:Y)", {"Create"}},
    {"MERGE (x:X {v: 1}) ON CREATE SET x.c = 1", {"Merge"}},
    {"MATCH (a:A) SET a.w = 1", {"Match", "SetProperties (1 items)"}},
    {"MATCH (a:A) REMOVE a.v", {"Remove (1 items)"}},
    {"MATCH ()-[r:R]->() DELETE r", {"Delete"}},
    {"MATCH (a:A) DETACH DELETE a", {"DetachDelete"}},
};

// Where each of `words` is found in `plan`, in order; npos for the first one missing.
bool mentions_in_order(const std::string& plan, const std::vector<const char*>& words) {
    std::size_t at = 0;
    for (const char* w : words) {
        at = plan.find(w, at);
        if (at == std::string::npos) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("EXPLAIN shows the plan of every statement form and changes nothing", "[engine][explain]") {
    for (const auto& form : kForms) {
        INFO(form.statement);
        TestDb db(kGraph);
        auto rs = db.run(std::string("EXPLAIN ") + form.statement);
        INFO(rs.plan);
        CHECK(rs.rows.empty());
        CHECK(show_stats(rs.stats) == "none");
        CHECK(db.counts() == "nodes=3 rels=1");
        CHECK(db.rows("MATCH (a:A) RETURN a.v, a.w, a.c ORDER BY a.v") == "1 | null | null\n2 | null | null");
        CHECK(rs.plan.rfind("1. ", 0) == 0);
        CHECK(mentions_in_order(rs.plan, form.operators));
        CHECK(rs.plan.find("rows:") == std::string::npos);
    }
}

TEST_CASE("EXPLAIN keeps the columns of the statement", "[engine][explain]") {
    TestDb db(kGraph);
    CHECK(db.run("EXPLAIN MATCH (a:A) RETURN a.v AS v, count(*)").columns == std::vector<std::string>{"v", "count(*)"});
}

TEST_CASE("PROFILE runs every statement form and annotates each operator", "[engine][profile]") {
    const std::regex annotated(R"(^\d+\. .*   \[rows: \d+, time: \d+\.\d{3} ms\]$)");
    for (const auto& form : kForms) {
        INFO(form.statement);
        TestDb profiled(kGraph), plain(kGraph);
        auto rs = profiled.run(std::string("PROFILE ") + form.statement);
        auto expected = plain.run(form.statement);
        INFO(rs.plan);
        CHECK(mentions_in_order(rs.plan, form.operators));
        CHECK(liverkg::engine::testing::show_rows(profiled.graph, rs) ==
              liverkg::engine::testing::show_rows(plain.graph, expected));
        CHECK(show_stats(rs.stats) == show_stats(expected.stats));
        CHECK(profiled.counts() == plain.counts());
        std::istringstream lines(rs.plan);
        int operators = 0;
        for (std::string line; std::getline(lines, line);) {
            if (line.rfind("     ", 0) == 0) continue;   // an operator's detail line
            ++operators;
            CHECK(std::regex_match(line, annotated));
        }
        CHECK(operators >= 1);
    }
}

TEST_CASE("PROFILE counts the rows each operator produced", "[engine][profile]") {
    TestDb db(kGraph);
    auto plan = db.run("PROFILE MATCH (a:A) WITH a WHERE a.v > 1 RETURN a.v").plan;
    INFO(plan);
    // The match streams its 2 rows into the projection, whose filter keeps 1.
    CHECK(plan.find("1. Match (streamed: 2 rows) -> Projection [a] -> Filter   [rows: 1,") != std::string::npos);
    CHECK(plan.find("2. Return [a.v]   [rows: 1,") != std::string::npos);
    // A match that feeds an updating clause runs on its own.
    plan = db.run("PROFILE MATCH (a:A) SET a.w = 1").plan;
    CHECK(plan.find("1. Match   [rows: 2,") != std::string::npos);
}

TEST_CASE("EXPLAIN reports semantic errors; runtime errors need a run", "[engine][explain]") {
    TestDb db(kGraph);
    CHECK(db.error("EXPLAIN RETURN nosuch()") == "SyntaxError UnknownFunction 1:16");
    CHECK(db.error("EXPLAIN RETURN 1 / 0") == "no error");
    CHECK(db.error("PROFILE RETURN 1 / 0") == "ArgumentError DivisionByZero");
    CHECK(db.error("PROFILE MATCH (a:A) CREATE (:X) WITH 1 AS one RETURN 1 / 0") == "ArgumentError DivisionByZero");
    CHECK(db.counts() == "nodes=3 rels=1");
}
