#include "server/protocol.hpp"

#include <spdlog/spdlog.h>

#include "server/framing.hpp"
#include "server/protocol_fields.hpp"
#include "server/status_codes.hpp"

namespace liverkg::server {
using namespace detail;

Protocol::Protocol(Executor& executor, const ServerConfig& config, std::string connection_id,
                   std::string advertised_address, BoltVersion version)
    : executor_(executor), config_(config), connection_id_(std::move(connection_id)),
      address_(std::move(advertised_address)), version_(version) {}

Protocol::~Protocol() { leave(); }

// The connection ends (GOODBYE, a dropped socket, the server stopping): an open transaction
// is rolled back, and the log says so.
void Protocol::leave() {
    if (!hold_.held()) return;
    spdlog::info("bolt {}: the connection ended inside a transaction: rolled back", connection_id_);
    end_hold();
}

// Whatever this connection holds is given up: an open write transaction is rolled back.
void Protocol::end_hold() {
    results_.clear();
    executor_.rollback(hold_);
}

void Protocol::success(Reply& r, const graph::Map& meta) {
    std::string body;
    pack::Encoder e(body);
    e.struct_header(SUCCESS, 1);
    e.value(meta);
    append_chunked(r.bytes, body);
}

void Protocol::failure(Reply& r, const std::string& code, const std::string& message) {
    std::string body;
    pack::Encoder e(body);
    e.struct_header(FAILURE, 1);
    e.value(graph::Map{{"code", code}, {"message", message}});
    append_chunked(r.bytes, body);
    state_ = State::Failed;
    waiting_since_.reset();
    end_hold();   // a failure inside a transaction rolls it back, as Neo4j does
}

void Protocol::ignored(Reply& r) {
    std::string body;
    pack::Encoder(body).struct_header(IGNORED, 0);
    append_chunked(r.bytes, body);
}

// A request the current state does not allow: said once, then the connection ends.
void Protocol::violation(Reply& r, const std::string& what) {
    failure(r, status::request_invalid, what);
    r.close = true;
    r.close_reason = what;
}

Reply Protocol::handle(std::string_view message) {
    Reply r;
    pack::Structure m;
    try {
        m = pack::Decoder(message).message();
    } catch (const pack::DecodeError& e) {
        if (e.malformed()) return Reply{{}, true, std::string("malformed message: ") + e.what(), false};
        if (state_ == State::Failed) ignored(r); else failure(r, status::request_invalid, e.what());
        return r;
    }
    try {
        if (m.tag == GOODBYE) {
            leave();
            return Reply{{}, true, "the client said GOODBYE", false};
        }
        if (m.tag == RESET) {
            end_hold();
            waiting_since_.reset();
            cancel_ = false;
            if (state_ != State::Connected && state_ != State::Authentication) state_ = State::Ready;
            success(r, {});
            return r;
        }
        if (state_ == State::Failed) {
            switch (m.tag) {
            case RUN: case PULL: case DISCARD: case BEGIN: case COMMIT: case ROLLBACK: case ROUTE: case TELEMETRY:
            case LOGOFF:
                ignored(r);
                return r;
            }
        }
        if (bolt4() && (m.tag == LOGON || m.tag == LOGOFF || m.tag == TELEMETRY))
            return violation(r, "LOGON, LOGOFF and TELEMETRY are not part of Bolt 4.4 (HELLO carries the credentials)"), r;
        switch (m.tag) {
        case HELLO: hello(m, r); break;
        case LOGON: logon(m, r); break;
        case LOGOFF:
            if (state_ != State::Ready) return violation(r, "LOGOFF outside the READY state"), r;
            state_ = State::Authentication;
            success(r, {});
            break;
        case RUN: run(m, r); break;
        case PULL: pull(m, r, false); break;
        case DISCARD: pull(m, r, true); break;
        case BEGIN: begin(m, r); break;
        case COMMIT: end_transaction(r, true); break;
        case ROLLBACK: end_transaction(r, false); break;
        case ROUTE: route(m, r); break;
        case TELEMETRY:   // usage statistics for Neo4j's own servers: accepted and dropped
            if (state_ != State::Ready) return violation(r, "TELEMETRY outside the READY state"), r;
            success(r, {});
            break;
        default:
            return Reply{{}, true, "unknown message tag 0x" + [&] {
                static const char* hex = "0123456789ABCDEF";
                return std::string{hex[m.tag >> 4], hex[m.tag & 15]};
            }(), false};
        }
    } catch (const pack::DecodeError& e) {
        failure(r, status::request_invalid, e.what());
    }
    return r;
}

void Protocol::hello(const pack::Structure& m, Reply& r) {
    if (state_ != State::Connected) return violation(r, "HELLO after the connection was set up");
    const auto& extra = map_field(m, 0);
    if (bolt4() && !authenticate(extra, r)) return;   // Bolt 4.4: the credentials come with HELLO
    state_ = bolt4() ? State::Ready : State::Authentication;
    success(r, {{"server", config_.agent}, {"connection_id", connection_id_}, {"hints", graph::Map{}}});
}

void Protocol::logon(const pack::Structure& m, Reply& r) {
    if (state_ != State::Authentication) return violation(r, "LOGON outside the AUTHENTICATION state");
    if (!authenticate(map_field(m, 0), r)) return;
    state_ = State::Ready;
    success(r, {});
}

// Basic auth against the configured user; a wrong one is answered after a delay, then closed.
bool Protocol::authenticate(const graph::Map& token, Reply& r) {
    bool ok = !config_.auth || (text_entry(token, "scheme") == "basic" &&
                                same_secret(text_entry(token, "principal"), config_.user) &&
                                same_secret(text_entry(token, "credentials"), config_.password));
    if (!ok) {
        spdlog::warn("bolt {}: authentication failed for user '{}'", connection_id_, text_entry(token, "principal"));
        failure(r, status::unauthorized, "The client is unauthorized due to authentication failure.");
        r.delay = r.close = true;
        r.close_reason = "authentication failed";
        return false;
    }
    return true;
}

bool Protocol::accepts(std::string_view database, Reply& r) {
    if (database.empty() || database == config_.database) return true;
    failure(r, status::database_not_found,
            "Database does not exist. Database name: '" + std::string(database) + "' (liverkg serves one database, '" +
                config_.database + "')");
    return false;
}

// A routing table naming this server for every role, so that neo4j:// URLs work.
void Protocol::route(const pack::Structure& m, Reply& r) {
    if (state_ != State::Ready) return violation(r, "ROUTE outside the READY state");
    auto address = text_entry(map_field(m, 0), "address");
    if (address.empty()) address = address_;
    if (!accepts(text_entry(map_field(m, 2), "db"), r)) return;
    graph::List servers;
    for (const char* role : {"ROUTE", "READ", "WRITE"})
        servers.push_back(graph::Map{{"addresses", graph::List{address}}, {"role", role}});
    success(r, {{"rt", graph::Map{{"ttl", std::int64_t{300}}, {"db", config_.database}, {"servers", std::move(servers)}}}});
}

}  // namespace liverkg::server
