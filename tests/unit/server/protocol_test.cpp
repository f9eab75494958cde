// The Bolt state machine without sockets: authentication, RUN/PULL in batches, the FAILED
// state (IGNORED until RESET), error codes, explicit transactions (BEGIN … COMMIT/ROLLBACK,
// several open results, a failure rolling back, the gate shared between connections),
// protocol-order violations closing the connection.
#include <catch2/catch.hpp>

#include "server/framing.hpp"
#include "server/protocol.hpp"

using namespace liverkg;
using namespace liverkg::server;
using graph::Map;
using graph::Value;

namespace {

struct Conversation {
    graph::Graph graph;
    ServerConfig config;
    storage::Database db{graph};
    Executor executor{db, {}, 1 << 20};
    Protocol protocol{executor, config, "bolt-test", "localhost:7687"};
    Reply last;

    Conversation() { config.password = "pw"; }

    // Sends one message; returns the structures sent back.
    std::vector<pack::Structure> send(std::uint8_t tag, std::vector<Value> fields) {
        std::string body;
        pack::Encoder e(body);
        e.struct_header(tag, fields.size());
        for (const auto& f : fields) e.value(f);
        last = protocol.handle(body);
        ChunkDecoder d(1 << 20);
        d.feed(last.bytes);
        std::vector<pack::Structure> out;
        while (auto m = d.next()) out.push_back(pack::Decoder(*m).message());
        return out;
    }
    void log_in() {
        REQUIRE(send(0x01, {Map{{"user_agent", "test"}}})[0].tag == 0x70);
        REQUIRE(send(0x6A, {Map{{"scheme", "basic"}, {"principal", "neo4j"}, {"credentials", "pw"}}})[0].tag == 0x70);
    }
};

const Map& meta(const pack::Structure& s) { return s.fields.at(0).as_map(); }
constexpr std::uint8_t RUN = 0x10, PULL = 0x3F, RESET = 0x0F, SUCCESS = 0x70, RECORD = 0x71, IGNORED = 0x7E,
                       FAILURE = 0x7F;

}  // namespace

TEST_CASE("wrong credentials fail with Unauthorized, after a delay, and close", "[protocol]") {
    Conversation c;
    auto hello = c.send(0x01, {Map{{"user_agent", "test"}}});
    CHECK(meta(hello[0]).at("server").as_string() == "liverkg");
    auto r = c.send(0x6A, {Map{{"scheme", "basic"}, {"principal", "neo4j"}, {"credentials", "nope"}}});
    REQUIRE(r[0].tag == FAILURE);
    CHECK(meta(r[0]).at("code").as_string() == "Neo.ClientError.Security.Unauthorized");
    CHECK(c.last.delay);
    CHECK(c.last.close);
}

TEST_CASE("RUN before authentication is a protocol violation", "[protocol]") {
    Conversation c;
    c.send(0x01, {Map{}});
    auto r = c.send(RUN, {"RETURN 1", Map{}, Map{}});
    CHECK(r[0].tag == FAILURE);
    CHECK(c.last.close);
}

TEST_CASE("results stream in batches of n with a summary at the end", "[protocol]") {
    Conversation c;
    c.log_in();
    auto run = c.send(RUN, {"UNWIND range(1, $n) AS x RETURN x", Map{{"n", 5}}, Map{}});
    REQUIRE(run[0].tag == SUCCESS);
    CHECK(meta(run[0]).at("fields").as_list().at(0).as_string() == "x");
    CHECK(meta(run[0]).contains("t_first"));
    auto first = c.send(PULL, {Map{{"n", 2}}});
    REQUIRE(first.size() == 3);
    CHECK(first[0].tag == RECORD);
    CHECK(first[1].fields[0].as_list()[0].as_int() == 2);
    CHECK(meta(first[2]).at("has_more").as_bool());
    auto rest = c.send(PULL, {Map{{"n", -1}}});
    REQUIRE(rest.size() == 4);
    CHECK(rest[2].fields[0].as_list()[0].as_int() == 5);
    CHECK(meta(rest[3]).at("type").as_string() == "r");
    CHECK(meta(rest[3]).contains("t_last"));
}

TEST_CASE("writes report their counters and query type", "[protocol]") {
    Conversation c;
    c.log_in();
    c.send(RUN, {"CREATE (:A {x: 1})", Map{}, Map{}});
    auto done = c.send(PULL, {Map{{"n", -1}}});
    const auto& m = meta(done.back());
    CHECK(m.at("type").as_string() == "w");
    CHECK(m.at("stats").as_map().at("nodes-created").as_int() == 1);
    CHECK(m.at("stats").as_map().at("properties-set").as_int() == 1);
    CHECK(c.graph.counts().nodes == 1);
}

TEST_CASE("after a FAILURE every request is IGNORED until RESET", "[protocol]") {
    Conversation c;
    c.log_in();
    auto f = c.send(RUN, {"RETURN $missing", Map{}, Map{}});
    REQUIRE(f[0].tag == FAILURE);
    CHECK(meta(f[0]).at("code").as_string() == "Neo.ClientError.Statement.ParameterMissing");
    CHECK(c.send(PULL, {Map{{"n", -1}}})[0].tag == IGNORED);
    CHECK(c.send(RUN, {"RETURN 1", Map{}, Map{}})[0].tag == IGNORED);
    CHECK(c.send(RESET, {})[0].tag == SUCCESS);
    CHECK(c.send(RUN, {"RETURN 1", Map{}, Map{}})[0].tag == SUCCESS);
}

TEST_CASE("errors carry the Neo4j code and the engine's message with its position", "[protocol]") {
    Conversation c;
    c.log_in();
    auto syntax = c.send(RUN, {"RETURN 1 +", Map{}, Map{}});
    CHECK(meta(syntax[0]).at("code").as_string() == "Neo.ClientError.Statement.SyntaxError");
    CHECK(meta(syntax[0]).at("message").as_string().find("(line 1, column 11") != std::string::npos);
    c.send(RESET, {});
    auto type = c.send(RUN, {"RETURN 1 + 'a' + true", Map{}, Map{}});
    CHECK(meta(type[0]).at("code").as_string().starts_with("Neo.ClientError.Statement."));
    c.send(RESET, {});
    auto db = c.send(RUN, {"RETURN 1", Map{}, Map{{"db", "other"}}});
    CHECK(meta(db[0]).at("code").as_string() == "Neo.ClientError.Database.DatabaseNotFound");
}

constexpr std::uint8_t BEGIN = 0x11, COMMIT = 0x12, ROLLBACK = 0x13;

std::int64_t count_nodes(Conversation& c) {
    c.send(RUN, {"MATCH (n) RETURN count(n) AS c", Map{}, Map{}});
    return c.send(PULL, {Map{{"n", -1}}}).at(0).fields.at(0).as_list().at(0).as_int();
}

TEST_CASE("BEGIN, RUNs, COMMIT: the writes stay and the commit carries a bookmark", "[protocol][tx]") {
    Conversation c;
    c.log_in();
    REQUIRE(c.send(BEGIN, {Map{}})[0].tag == SUCCESS);
    auto run = c.send(RUN, {"CREATE (:T {i: 1})", Map{}, Map{}});
    REQUIRE(run[0].tag == SUCCESS);
    CHECK(meta(run[0]).at("qid").as_int() == 0);
    auto pulled = c.send(PULL, {Map{{"n", -1}}});
    CHECK_FALSE(meta(pulled.back()).contains("bookmark"));   // not before the commit
    REQUIRE(c.send(RUN, {"CREATE (:T {i: 2})", Map{}, Map{}})[0].tag == SUCCESS);
    c.send(PULL, {Map{{"n", -1}}});
    auto commit = c.send(COMMIT, {});
    REQUIRE(commit[0].tag == SUCCESS);
    CHECK(meta(commit[0]).at("bookmark").as_string().starts_with("liverkg:"));
    CHECK(count_nodes(c) == 2);
}

TEST_CASE("ROLLBACK leaves nothing of the transaction", "[protocol][tx]") {
    Conversation c;
    c.log_in();
    c.send(BEGIN, {Map{}});
    c.send(RUN, {"CREATE (:T), (:T)", Map{}, Map{}});
    c.send(PULL, {Map{{"n", -1}}});
    REQUIRE(c.send(ROLLBACK, {})[0].tag == SUCCESS);
    CHECK(c.graph.counts().nodes == 0);
    CHECK(count_nodes(c) == 0);
}

TEST_CASE("two results open in a transaction are pulled by qid", "[protocol][tx]") {
    Conversation c;
    c.log_in();
    c.send(BEGIN, {Map{}});
    auto a = c.send(RUN, {"UNWIND [1, 2] AS x RETURN x", Map{}, Map{}});
    auto b = c.send(RUN, {"RETURN 'b' AS y", Map{}, Map{}});
    REQUIRE(b[0].tag == SUCCESS);
    auto first = c.send(PULL, {Map{{"n", -1}, {"qid", meta(a[0]).at("qid")}}});
    REQUIRE(first.size() == 3);
    CHECK(first[1].fields[0].as_list()[0].as_int() == 2);
    auto second = c.send(PULL, {Map{{"n", -1}, {"qid", -1}}});
    CHECK(second[0].fields[0].as_list()[0].as_string() == "b");
    CHECK(c.send(PULL, {Map{{"n", -1}}})[0].tag == FAILURE);   // nothing open: a protocol violation
    CHECK(c.last.close);
}

TEST_CASE("a failure inside a transaction rolls it back; IGNORED until RESET", "[protocol][tx]") {
    Conversation c;
    c.log_in();
    c.send(BEGIN, {Map{}});
    c.send(RUN, {"CREATE (:T)", Map{}, Map{}});
    c.send(PULL, {Map{{"n", -1}}});
    auto f = c.send(RUN, {"RETURN 1 / 0", Map{}, Map{}});
    REQUIRE(f[0].tag == FAILURE);
    CHECK(c.graph.counts().nodes == 0);
    CHECK(c.send(COMMIT, {})[0].tag == IGNORED);
    CHECK(c.send(RESET, {})[0].tag == SUCCESS);
    CHECK(count_nodes(c) == 0);
    CHECK(c.send(COMMIT, {})[0].tag == FAILURE);   // no transaction is open any more
}

TEST_CASE("transaction messages out of order close the connection", "[protocol][tx]") {
    Conversation c;
    c.log_in();
    c.send(COMMIT, {});
    CHECK(c.last.close);
    Conversation d;
    d.log_in();
    d.send(BEGIN, {Map{}});
    d.send(BEGIN, {Map{}});
    CHECK(d.last.close);
}

TEST_CASE("a read transaction refuses a write and undoes it", "[protocol][tx]") {
    Conversation c;
    c.log_in();
    c.send(BEGIN, {Map{{"mode", "r"}}});
    auto f = c.send(RUN, {"CREATE (:T)", Map{}, Map{}});
    REQUIRE(f[0].tag == FAILURE);
    CHECK(meta(f[0]).at("code").as_string() == "Neo.ClientError.Statement.AccessMode");
    CHECK(c.graph.counts().nodes == 0);
}

// Two connections on one executor: the second waits (busy, nothing done) while the first
// holds the gate, and goes on once it commits; a bounded wait ends in a transient error.
TEST_CASE("one writer at a time: the others are told to wait, then see the commit", "[protocol][tx]") {
    Conversation c;
    Protocol other{c.executor, c.config, "bolt-other", "localhost:7687"};
    auto send_other = [&](std::uint8_t tag, std::vector<Value> fields) {
        std::string body;
        pack::Encoder e(body);
        e.struct_header(tag, fields.size());
        for (const auto& f : fields) e.value(f);
        return other.handle(body);
    };
    c.log_in();
    send_other(0x01, {Map{}});
    send_other(0x6A, {Map{{"scheme", "basic"}, {"principal", "neo4j"}, {"credentials", "pw"}}});
    c.send(BEGIN, {Map{}});
    c.send(RUN, {"CREATE (:T)", Map{}, Map{}});
    c.send(PULL, {Map{{"n", -1}}});
    auto busy = send_other(RUN, {"MATCH (n) RETURN count(n) AS c", Map{}, Map{}});
    CHECK(busy.busy);
    CHECK(busy.bytes.empty());
    CHECK(send_other(BEGIN, {Map{}}).busy);
    c.send(COMMIT, {});
    auto ran = send_other(RUN, {"MATCH (n) RETURN count(n) AS c", Map{}, Map{}});
    CHECK_FALSE(ran.busy);
    CHECK_FALSE(ran.bytes.empty());
    send_other(PULL, {Map{{"n", -1}}});

    c.config.lock_timeout = std::chrono::milliseconds(0);
    REQUIRE(send_other(BEGIN, {Map{}}).bytes.size() > 0);   // the other one holds it now
    auto timeout = c.send(RUN, {"RETURN 1", Map{}, Map{}});
    REQUIRE(timeout[0].tag == FAILURE);
    CHECK(meta(timeout[0]).at("code").as_string() == "Neo.TransientError.Transaction.LockAcquisitionTimeout");
}

TEST_CASE("a connection that ends inside a transaction rolls it back", "[protocol][tx]") {
    graph::Graph graph;
    storage::Database db{graph};
    Executor executor{db, {}, 1 << 20};
    ServerConfig config;
    config.auth = false;
    {
        Protocol p{executor, config, "bolt-x", "localhost:7687"};
        auto send = [&](std::uint8_t tag, std::vector<Value> fields) {
            std::string body;
            pack::Encoder e(body);
            e.struct_header(tag, fields.size());
            for (const auto& f : fields) e.value(f);
            return p.handle(body);
        };
        send(0x01, {Map{}});
        send(0x6A, {Map{}});
        send(BEGIN, {Map{}});
        send(RUN, {"CREATE (:T)", Map{}, Map{}});
        CHECK(graph.counts().nodes == 1);
    }
    CHECK(graph.counts().nodes == 0);
    CHECK_FALSE(db.in_transaction());
    CHECK(db.try_begin());   // the gate is free again
    db.rollback();
}

TEST_CASE("ROUTE names this server for every role; TELEMETRY is accepted", "[protocol]") {
    Conversation c;
    c.log_in();
    auto r = c.send(0x66, {Map{{"address", "example:7687"}}, graph::List{}, Map{}});
    REQUIRE(r[0].tag == SUCCESS);
    const auto& servers = meta(r[0]).at("rt").as_map().at("servers").as_list();
    CHECK(servers.size() == 3);
    CHECK(servers[0].as_map().at("addresses").as_list()[0].as_string() == "example:7687");
    CHECK(c.send(0x54, {1})[0].tag == SUCCESS);
}

TEST_CASE("unknown messages and malformed bytes close the connection", "[protocol]") {
    Conversation c;
    c.log_in();
    c.send(0x55, {});
    CHECK(c.last.close);
    CHECK(c.last.close_reason.find("unknown message") != std::string::npos);
    Conversation d;
    d.last = d.protocol.handle("\xB1\x10\xD0");
    CHECK(d.last.close);
}

// Bolt 4.4: HELLO carries the credentials and leads straight to READY; nodes and
// relationships are the 4.4 structures, without element ids.
TEST_CASE("Bolt 4.4: HELLO authenticates, structures have no element ids", "[protocol][bolt44]") {
    graph::Graph graph;
    storage::Database db{graph};
    Executor executor{db, {}, 1 << 20};
    ServerConfig config;
    config.password = "pw";
    Protocol p{executor, config, "bolt-44", "localhost:7687", BoltVersion{4, 4}};
    auto send = [&](std::uint8_t tag, std::vector<Value> fields) {
        std::string body;
        pack::Encoder e(body);
        e.struct_header(tag, fields.size());
        for (const auto& f : fields) e.value(f);
        return p.handle(body);
    };
    auto hello = send(0x01, {Map{{"user_agent", "old/4.4"}, {"scheme", "basic"}, {"principal", "neo4j"},
                                 {"credentials", "pw"}}});
    REQUIRE(hello.bytes.substr(2, 2) == "\xB1\x70");   // SUCCESS
    REQUIRE(send(RUN, {"CREATE (a:A {x: 1})-[r:R]->(b:B) RETURN a, r", Map{}, Map{}}).bytes.substr(2, 2) == "\xB1\x70");
    auto pulled = send(PULL, {Map{{"n", -1}}});
    CHECK(pulled.bytes.find("\xB3\x4E") != std::string::npos);   // Node with 3 fields
    CHECK(pulled.bytes.find("\xB4\x4E") == std::string::npos);
    CHECK(pulled.bytes.find("\xB5\x52") != std::string::npos);   // Relationship with 5 fields
    CHECK(pulled.bytes.find("node:") == std::string::npos);
    CHECK(send(0x6A, {Map{}}).close);   // LOGON is not a 4.4 message

    Protocol wrong{executor, config, "bolt-44b", "localhost:7687", BoltVersion{4, 4}};
    std::string body;
    pack::Encoder e(body);
    e.struct_header(0x01, 1);
    e.value(Map{{"scheme", "basic"}, {"principal", "neo4j"}, {"credentials", "nope"}});
    auto refused = wrong.handle(body);
    CHECK(refused.close);
    CHECK(refused.delay);
}
