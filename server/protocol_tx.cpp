// Statements and transactions: RUN, PULL/DISCARD, BEGIN, COMMIT, ROLLBACK.
//
// Outside BEGIN every RUN is a transaction of its own: it takes the database's gate, runs,
// and commits (with --db: one log record, fsync'ed) before its SUCCESS is sent; the result
// is streamed afterwards from the encoded copy. Inside BEGIN … COMMIT the connection holds
// the gate from BEGIN to COMMIT/ROLLBACK, each RUN is a savepoint, and several results may
// be open at once (PULL's qid picks one). A FAILURE inside rolls the transaction back.
#include <spdlog/spdlog.h>

#include "server/protocol.hpp"
#include "server/protocol_fields.hpp"
#include "server/framing.hpp"
#include "server/status_codes.hpp"

namespace liverkg::server {
using namespace detail;

namespace {

Access access_of(const graph::Map& extra) { return text_entry(extra, "mode") == "r" ? Access::Read : Access::Write; }

}  // namespace

// Takes the gate, or says why not: `busy` (the caller retries this request) until the wait
// has lasted config.lock_timeout, then a transient failure the drivers retry on their own.
bool Protocol::acquire(Access access, Reply& r) {
    if (executor_.try_acquire(hold_, access)) {
        waiting_since_.reset();
        return true;
    }
    auto now = std::chrono::steady_clock::now();
    if (!waiting_since_) waiting_since_ = now;
    if (now - *waiting_since_ < config_.lock_timeout) {
        r.busy = true;
        return false;
    }
    auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(now - *waiting_since_).count();
    failure(r, status::lock_timeout,
            "another connection's transaction held the database for the whole wait of " + std::to_string(waited) +
                " ms (one writer at a time; readers wait for it too); retry, or keep transactions short "
                "(liverkg serve --lock-timeout)");
    return false;
}

void Protocol::run(const pack::Structure& m, Reply& r) {
    bool tx = in_transaction();
    if (state_ != State::Ready && !tx)
        return violation(r, "RUN while a result is still open (PULL or DISCARD it first)");
    if (m.fields.empty() || !m.fields[0].is_string()) throw pack::DecodeError("RUN needs a query string", false);
    const auto& params = map_field(m, 1);
    const auto& extra = map_field(m, 2);
    if (!tx && !accepts(text_entry(extra, "db"), r)) return;
    if (!tx && !acquire(access_of(extra), r)) return;
    run_statement(m.fields[0].as_string(), params, r);
}

void Protocol::run_statement(const std::string& text, const graph::Map& params, Reply& r) {
    bool tx = in_transaction();
    auto started = std::chrono::steady_clock::now();
    Open open;
    try {
        open.result = executor_.run(hold_, text, params, &cancel_, !bolt4());
        if (!tx) open.bookmark = executor_.commit(hold_);
    } catch (const ErrorException& e) {
        auto f = failure_of(e.error());
        return failure(r, f.code, f.message);
    } catch (const storage::StorageError& e) {   // the commit could not be written: rolled back
        return failure(r, status::commit_failed, std::string(e.what()) + "; the statement was rolled back");
    } catch (const std::bad_alloc&) {
        return failure(r, "Neo.TransientError.General.OutOfMemoryError",
                       std::string("the statement ran out of memory (") +
                           (tx ? "the transaction was rolled back)" : "the graph is unchanged)"));
    } catch (const std::exception& e) {   // an engine defect: reported, the server goes on
        spdlog::error("bolt {}: internal error running a statement: {}", connection_id_, e.what());
        return failure(r, "Neo.DatabaseError.General.UnknownError", std::string("internal error: ") + e.what());
    }
    std::int64_t qid = next_qid_++;
    graph::List fields(open.result.columns.begin(), open.result.columns.end());
    graph::Map meta{{"fields", std::move(fields)}, {"t_first", ms_since(started)}};
    if (tx) meta["qid"] = qid;
    open.pull_started = std::chrono::steady_clock::now();
    results_.emplace(qid, std::move(open));
    state_ = tx ? State::TxStreaming : State::Streaming;
    success(r, meta);
}

graph::Map Protocol::summary(const Open& open) {
    const auto& res = open.result;
    const char* type = !res.stats.any() ? "r" : res.columns.empty() ? "w" : "rw";
    graph::Map meta{{"type", type}, {"t_last", ms_since(open.pull_started)}, {"db", config_.database}};
    if (!open.bookmark.empty()) meta["bookmark"] = open.bookmark;
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

// PULL and DISCARD {n, qid}: n records (-1: all) of an open result. qid -1 (or none) is the
// last RUN's; other qids exist inside an explicit transaction only.
void Protocol::pull(const pack::Structure& m, Reply& r, bool discard) {
    const char* name = discard ? "DISCARD" : "PULL";
    if (state_ != State::Streaming && state_ != State::TxStreaming)
        return violation(r, std::string(name) + " without an open result");
    const auto& extra = map_field(m, 0);
    auto n_value = entry(extra, "n");
    std::int64_t n = n_value && n_value->is_int() ? n_value->as_int() : -1;
    auto qid_value = entry(extra, "qid");
    if (n == 0 || n < -1)
        return failure(r, status::request_invalid, std::string(name) + " needs n > 0 or n = -1 (all)");
    std::int64_t qid = qid_value && qid_value->is_int() ? qid_value->as_int() : -1;
    auto it = results_.empty() ? results_.end() : qid == -1 ? std::prev(results_.end()) : results_.find(qid);
    if ((qid_value && !qid_value->is_int()) || it == results_.end() || (qid != -1 && state_ == State::Streaming))
        return failure(r, status::request_invalid,
                       "no open result with qid " + (qid_value && qid_value->is_int() ? std::to_string(qid) : "?") +
                           (state_ == State::Streaming ? " (outside an explicit transaction there is one result, qid -1)"
                                                       : ""));
    auto& open = it->second;
    auto& records = open.result.records;
    std::size_t left = records.size() - open.next_record;
    std::size_t take = n == -1 ? left : std::min<std::size_t>(left, static_cast<std::size_t>(n));
    if (!discard)
        for (std::size_t i = open.next_record; i < open.next_record + take; ++i) append_chunked(r.bytes, records[i]);
    open.next_record += take;
    if (open.next_record < records.size()) return success(r, {{"has_more", true}});
    auto meta = summary(open);
    results_.erase(it);
    if (state_ == State::Streaming) state_ = State::Ready;
    else if (results_.empty()) state_ = State::TxReady;
    success(r, meta);
}

// BEGIN {mode, db, bookmarks, tx_timeout, tx_metadata}: takes the gate for the transaction's
// length (mode "r": shared with other readers; otherwise the one writer). Bookmarks need no
// waiting: one server, and every commit is visible once acknowledged.
void Protocol::begin(const pack::Structure& m, Reply& r) {
    if (state_ != State::Ready)
        return violation(r, in_transaction() ? "BEGIN inside a transaction (COMMIT or ROLLBACK it first)"
                                             : "BEGIN while a result is still open");
    const auto& extra = map_field(m, 0);
    if (!accepts(text_entry(extra, "db"), r)) return;
    if (!acquire(access_of(extra), r)) return;
    state_ = State::TxReady;
    success(r, {});
}

// COMMIT (durable before its SUCCESS, which carries the new bookmark) or ROLLBACK. Results
// not pulled to their end are dropped.
void Protocol::end_transaction(Reply& r, bool commit) {
    const char* name = commit ? "COMMIT" : "ROLLBACK";
    if (!in_transaction()) return violation(r, std::string(name) + " without an open transaction");
    results_.clear();
    if (!commit) {
        executor_.rollback(hold_);
        state_ = State::Ready;
        return success(r, {});
    }
    std::string bookmark;
    try {
        bookmark = executor_.commit(hold_);
    } catch (const storage::StorageError& e) {
        return failure(r, status::commit_failed, std::string(e.what()) + "; the transaction was rolled back");
    }
    state_ = State::Ready;
    success(r, {{"bookmark", bookmark}});
}

}  // namespace liverkg::server
