#pragma once
// One Bolt connection's conversation after the handshake: requests in, responses out, with
// the state machine of the Bolt 5 specification (CONNECTED → AUTHENTICATION → READY ⇄
// STREAMING; FAILED after a FAILURE, where every request but RESET and GOODBYE is IGNORED).
// It knows nothing of sockets, so tests can drive it with bytes.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/value.hpp"
#include "server/config.hpp"
#include "server/executor.hpp"
#include "server/packstream.hpp"

namespace liverkg::server {

// What to send back for one request, and what the connection must do next.
struct Reply {
    std::string bytes;            // whole chunked messages
    bool close = false;           // end the connection after sending
    std::string close_reason;     // logged
    bool delay = false;           // wait before sending (failed authentication)
};

class Protocol {
public:
    Protocol(Executor& executor, const ServerConfig& config, std::string connection_id,
             std::string advertised_address);
    // One whole (de-chunked) message.
    Reply handle(std::string_view message);
    // Set by the connection when its peer has gone: a running statement stops.
    std::atomic<bool>& cancel_flag() { return cancel_; }

private:
    enum class State { Connected, Authentication, Ready, Streaming, Failed };

    void hello(const pack::Structure& m, Reply& r);
    void logon(const pack::Structure& m, Reply& r);
    void run(const pack::Structure& m, Reply& r);
    void pull(const pack::Structure& m, Reply& r, bool discard);
    void begin(Reply& r);
    void end_transaction(Reply& r, bool commit);
    void route(const pack::Structure& m, Reply& r);
    void violation(Reply& r, const std::string& what);
    bool accepts(std::string_view database, Reply& r);

    void success(Reply& r, const graph::Map& meta);
    void failure(Reply& r, const std::string& code, const std::string& message);
    void ignored(Reply& r);
    graph::Map summary();

    Executor& executor_;
    const ServerConfig& config_;
    std::string connection_id_;
    std::string address_;
    State state_ = State::Connected;
    std::optional<EncodedResult> result_;
    std::size_t next_record_ = 0;
    std::chrono::steady_clock::time_point pull_started_{};
    std::atomic<bool> cancel_{false};
};

}  // namespace liverkg::server
