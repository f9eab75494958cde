#include "server/protocol.hpp"

#include <spdlog/spdlog.h>

#include "server/framing.hpp"
#include "server/status_codes.hpp"

namespace liverkg::server {
namespace {

// Message tags (Bolt 5).
enum Tag : std::uint8_t {
    HELLO = 0x01, GOODBYE = 0x02, RESET = 0x0F, RUN = 0x10, BEGIN = 0x11, COMMIT = 0x12, ROLLBACK = 0x13,
    DISCARD = 0x2F, PULL = 0x3F, TELEMETRY = 0x54, ROUTE = 0x66, LOGON = 0x6A, LOGOFF = 0x6B,
    SUCCESS = 0x70, IGNORED = 0x7E, FAILURE = 0x7F,
};

const graph::Map& map_field(const pack::Structure& m, std::size_t i) {
    static const graph::Map empty;
    if (i >= m.fields.size() || m.fields[i].is_null()) return empty;
    if (!m.fields[i].is_map()) throw pack::DecodeError("field " + std::to_string(i + 1) + " must be a map", false);
    return m.fields[i].as_map();
}

const graph::Value* entry(const graph::Map& map, std::string_view key) {
    auto it = map.find(key);
    return it == map.end() || it->second.is_null() ? nullptr : &it->second;
}

std::string text_entry(const graph::Map& map, std::string_view key) {
    auto v = entry(map, key);
    return v && v->is_string() ? v->as_string() : std::string();
}

// Equal strings in a time that does not depend on where they first differ.
bool same_secret(std::string_view a, std::string_view b) {
    unsigned char diff = a.size() != b.size();
    for (std::size_t i = 0; i < a.size(); ++i) diff |= a[i] ^ (i < b.size() ? b[i] : 0);
    return diff == 0;
}

std::int64_t ms_since(std::chrono::steady_clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t).count();
}

graph::Map stats_map(const engine::Stats& s) {
    graph::Map m;
    auto put = [&](const char* key, std::int64_t n) { if (n) m[key] = n; };
    put("nodes-created", s.nodes_created);
    put("nodes-deleted", s.nodes_deleted);
    put("relationships-created", s.relationships_created);
    put("relationships-deleted", s.relationships_deleted);
    put("properties-set", s.properties_set + s.properties_removed);
    put("labels-added", s.labels_added);
    put("labels-removed", s.labels_removed);
    m["contains-updates"] = s.any();
    return m;
}

}  // namespace

Protocol::Protocol(Executor& executor, const ServerConfig& config, std::string connection_id,
                   std::string advertised_address)
    : executor_(executor), config_(config), connection_id_(std::move(connection_id)),
      address_(std::move(advertised_address)) {}

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
    result_.reset();
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
        if (m.tag == GOODBYE) return Reply{{}, true, "the client said GOODBYE", false};
        if (m.tag == RESET) {
            result_.reset();
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
        case BEGIN: begin(r); break;
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
    map_field(m, 0);
    state_ = State::Authentication;
    success(r, {{"server", config_.agent}, {"connection_id", connection_id_}, {"hints", graph::Map{}}});
}

void Protocol::logon(const pack::Structure& m, Reply& r) {
    if (state_ != State::Authentication) return violation(r, "LOGON outside the AUTHENTICATION state");
    const auto& token = map_field(m, 0);
    bool ok = !config_.auth || (text_entry(token, "scheme") == "basic" &&
                                same_secret(text_entry(token, "principal"), config_.user) &&
                                same_secret(text_entry(token, "credentials"), config_.password));
    if (!ok) {
        spdlog::warn("bolt {}: authentication failed for user '{}'", connection_id_, text_entry(token, "principal"));
        failure(r, status::unauthorized, "The client is unauthorized due to authentication failure.");
        r.delay = r.close = true;
        r.close_reason = "authentication failed";
        return;
    }
    state_ = State::Ready;
    success(r, {});
}

bool Protocol::accepts(std::string_view database, Reply& r) {
    if (database.empty() || database == config_.database) return true;
    failure(r, status::database_not_found,
            "Database does not exist. Database name: '" + std::string(database) + "' (liverkg serves one database, '" +
                config_.database + "')");
    return false;
}

void Protocol::run(const pack::Structure& m, Reply& r) {
    if (state_ != State::Ready) return violation(r, "RUN while a result is still open (PULL or DISCARD it first)");
    auto started = std::chrono::steady_clock::now();
    if (m.fields.empty() || !m.fields[0].is_string()) throw pack::DecodeError("RUN needs a query string", false);
    const auto& params = map_field(m, 1);
    if (!accepts(text_entry(map_field(m, 2), "db"), r)) return;
    try {
        result_ = executor_.run(m.fields[0].as_string(), params, &cancel_);
    } catch (const ErrorException& e) {
        auto f = failure_of(e.error());
        return failure(r, f.code, f.message);
    } catch (const std::bad_alloc&) {
        return failure(r, "Neo.TransientError.General.OutOfMemoryError",
                       "the statement ran out of memory (the graph is unchanged)");
    } catch (const std::exception& e) {   // an engine defect: reported, the server goes on
        spdlog::error("bolt {}: internal error running a statement: {}", connection_id_, e.what());
        return failure(r, "Neo.DatabaseError.General.UnknownError", std::string("internal error: ") + e.what());
    }
    next_record_ = 0;
    state_ = State::Streaming;
    graph::List fields(result_->columns.begin(), result_->columns.end());
    success(r, {{"fields", std::move(fields)}, {"t_first", ms_since(started)}});
    pull_started_ = std::chrono::steady_clock::now();
}

graph::Map Protocol::summary() {
    const auto& res = *result_;
    const char* type = !res.stats.any() ? "r" : res.columns.empty() ? "w" : "rw";
    graph::Map meta{{"type", type},
                    {"t_last", ms_since(pull_started_)},
                    {"db", config_.database},
                    {"bookmark", "liverkg:" + std::to_string(res.graph_version)}};
    if (res.stats.any()) meta["stats"] = stats_map(res.stats);
    if (!res.notices.empty()) {
        graph::List notes;
        for (const auto& n : res.notices)
            notes.push_back(graph::Map{{"code", "liverkg.Notice"}, {"title", n}, {"description", n},
                                       {"severity", "INFORMATION"}, {"category", "GENERIC"}});
        meta["notifications"] = std::move(notes);
    }
    return meta;
}

// PULL and DISCARD {n, qid}: n records (-1: all) of the open result; there is one result
// at a time outside explicit transactions, so qid may only be -1 (the last) or absent.
void Protocol::pull(const pack::Structure& m, Reply& r, bool discard) {
    const char* name = discard ? "DISCARD" : "PULL";
    if (state_ != State::Streaming) return violation(r, std::string(name) + " without an open result");
    const auto& extra = map_field(m, 0);
    auto n_value = entry(extra, "n");
    std::int64_t n = n_value && n_value->is_int() ? n_value->as_int() : -1;
    auto qid = entry(extra, "qid");
    if (n == 0 || n < -1)
        return failure(r, status::request_invalid, std::string(name) + " needs n > 0 or n = -1 (all)");
    if (qid && (!qid->is_int() || qid->as_int() != -1))
        return failure(r, status::request_invalid, "no result with qid " + (qid->is_int() ? std::to_string(qid->as_int()) : "?") + " (outside an explicit transaction there is one result, qid -1)");
    auto& records = result_->records;
    std::size_t left = records.size() - next_record_;
    std::size_t take = n == -1 ? left : std::min<std::size_t>(left, static_cast<std::size_t>(n));
    if (!discard)
        for (std::size_t i = next_record_; i < next_record_ + take; ++i) append_chunked(r.bytes, records[i]);
    next_record_ += take;
    if (next_record_ < records.size()) return success(r, {{"has_more", true}});
    auto meta = summary();
    result_.reset();
    state_ = State::Ready;
    success(r, meta);
}

// Explicit transactions wait for the durable storage's transaction API (issue 13): until
// then BEGIN fails clearly instead of pretending (statements would not be atomic together).
void Protocol::begin(Reply& r) {
    if (state_ != State::Ready) return violation(r, "BEGIN while a result is still open");
    failure(r, status::transaction_start_failed,
            "explicit transactions are not available yet in liverkg serve (they need the durable storage's "
            "transactions); run each statement on its own (session.run / auto-commit)");
}

void Protocol::end_transaction(Reply& r, bool commit) {
    violation(r, std::string(commit ? "COMMIT" : "ROLLBACK") + " without an open transaction");
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
