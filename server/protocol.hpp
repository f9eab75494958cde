#pragma once
// One Bolt connection's conversation after the handshake: requests in, responses out, with
// the state machine of the Bolt 5 specification (CONNECTED → AUTHENTICATION → READY ⇄
// STREAMING, READY → TX_READY ⇄ TX_STREAMING → READY by BEGIN … COMMIT/ROLLBACK; FAILED after
// a FAILURE, where every request but RESET and GOODBYE is IGNORED and an open transaction
// has been rolled back, as Neo4j does). It knows nothing of sockets, so tests can drive it
// with bytes. A request that needs the database's gate while another connection holds it
// comes back `busy`, having done nothing: the caller sends it again later (protocol_tx.cpp).
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "graph/value.hpp"
#include "server/config.hpp"
#include "server/executor.hpp"
#include "server/handshake.hpp"
#include "server/packstream.hpp"

namespace liverkg::server {

// What to send back for one request, and what the connection must do next.
struct Reply {
    std::string bytes;            // whole chunked messages
    bool close = false;           // end the connection after sending
    std::string close_reason;     // logged
    bool delay = false;           // wait before sending (failed authentication)
    bool busy = false;            // nothing done: the gate is taken; handle the same message again later
};

class Protocol {
public:
    Protocol(Executor& executor, const ServerConfig& config, std::string connection_id,
             std::string advertised_address, BoltVersion version = highest_version);
    // A connection that ends with a transaction open rolls it back.
    ~Protocol();
    Protocol(const Protocol&) = delete;
    Protocol& operator=(const Protocol&) = delete;
    // One whole (de-chunked) message.
    Reply handle(std::string_view message);
    // Set by the connection when its peer has gone: a running statement stops.
    std::atomic<bool>& cancel_flag() { return cancel_; }

private:
    enum class State { Connected, Authentication, Ready, Streaming, TxReady, TxStreaming, Failed };

    // A result not yet pulled to its end.
    struct Open {
        EncodedResult result;
        std::size_t next_record = 0;
        std::string bookmark;     // auto-commit: the commit's, sent in the summary
        std::chrono::steady_clock::time_point pull_started{};
    };

    void hello(const pack::Structure& m, Reply& r);
    void logon(const pack::Structure& m, Reply& r);
    bool authenticate(const graph::Map& token, Reply& r);
    bool bolt4() const { return version_.major == 4; }
    void run(const pack::Structure& m, Reply& r);
    void pull(const pack::Structure& m, Reply& r, bool discard);
    void begin(const pack::Structure& m, Reply& r);
    bool acquire(Access access, Reply& r);
    void run_statement(const std::string& text, const graph::Map& params, Reply& r);
    void end_hold();
    void leave();
    void end_transaction(Reply& r, bool commit);
    void route(const pack::Structure& m, Reply& r);
    void violation(Reply& r, const std::string& what);
    bool accepts(std::string_view database, Reply& r);

    void success(Reply& r, const graph::Map& meta);
    void failure(Reply& r, const std::string& code, const std::string& message);
    void ignored(Reply& r);
    graph::Map summary(const Open& open);
    bool in_transaction() const { return state_ == State::TxReady || state_ == State::TxStreaming; }

    Executor& executor_;
    const ServerConfig& config_;
    std::string connection_id_;
    std::string address_;
    BoltVersion version_;
    State state_ = State::Connected;
    Hold hold_;                                  // the gate, while a transaction is open
    std::map<std::int64_t, Open> results_;       // by qid
    std::int64_t next_qid_ = 0;
    std::optional<std::chrono::steady_clock::time_point> waiting_since_;   // for the gate
    std::atomic<bool> cancel_{false};
};

}  // namespace liverkg::server
