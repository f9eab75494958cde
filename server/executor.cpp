#include "server/executor.hpp"

#include "parser/parse.hpp"
#include "server/packstream.hpp"

namespace liverkg::server {

Executor::Executor(storage::Database& db, engine::TypeSigns signs, std::size_t max_result_bytes,
                   engine::Limits limits)
    : db_(db), graph_(db.graph()), engine_(db.graph()), max_result_bytes_(max_result_bytes), limits_(limits) {
    engine_.set_type_signs(std::move(signs));
}

// A bookmark names the committed state a client has seen: with --db the number of the last
// transaction in the log, which keeps growing across restarts; in memory the graph's version.
std::string Executor::bookmark_locked() const {
    return "liverkg:" + std::to_string(db_.durable() ? db_.last_tx() : graph_.version());
}

std::string Executor::bookmark() {
    std::lock_guard lock(mutex_);
    return bookmark_locked();
}

bool Executor::try_acquire(Hold& hold, Access access) {
    if (hold.held()) return true;
    std::lock_guard lock(mutex_);
    if (access == Access::Read) {
        if (auto guard = db_.try_read()) hold.read.emplace(std::move(*guard));
        return hold.read.has_value();
    }
    hold.write = db_.try_begin();
    return hold.write;
}

std::string Executor::commit(Hold& hold) {
    std::lock_guard lock(mutex_);
    if (hold.write) {
        hold.write = false;
        db_.commit();   // may throw StorageError: rolled back and the gate released by then
    }
    hold.read.reset();
    return bookmark_locked();
}

void Executor::rollback(Hold& hold) {
    std::lock_guard lock(mutex_);
    if (hold.write) {
        hold.write = false;
        db_.rollback();
    }
    hold.read.reset();
}

EncodedResult Executor::run(Hold& hold, std::string_view text, const engine::Params& params,
                            const std::atomic<bool>* cancel, bool element_ids) {
    auto parsed = parser::parse(text);
    if (parsed.error) throw ErrorException(*parsed.error);
    if (parsed.statements.size() != 1)
        raise(ErrorKind::SyntaxError, "UnexpectedSyntax",
              parsed.statements.empty() ? "expected a statement" : "expected one statement per query, found " +
                                                                       std::to_string(parsed.statements.size()));
    if (parsed.statements.front().control != ast::TxCommand::None)
        raise(ErrorKind::TransactionError, "", "BEGIN, COMMIT, ROLLBACK and CHECKPOINT are not statements over Bolt: "
                                               "use the driver's transactions (BEGIN/COMMIT/ROLLBACK messages)");
    std::lock_guard lock(mutex_);
    engine::ResultSet rs;
    if (hold.write) {
        rs = engine_.run(parsed.statements.front(), engine::RunOptions{&params, cancel, limits_});   // a savepoint
    } else {
        // A reader: the statement runs in a transaction of its own that a write undoes.
        graph_.begin();
        try {
            rs = engine_.run(parsed.statements.front(), engine::RunOptions{&params, cancel, limits_});
        } catch (...) {
            graph_.rollback();
            throw;
        }
        if (rs.stats.any()) {
            graph_.rollback();
            raise(ErrorKind::TransactionError, "AccessMode",
                  "writing in a read transaction is not allowed (the statement was undone; use a write "
                  "session or executeWrite)");
        }
        graph_.commit();
    }
    EncodedResult out{std::move(rs.columns), {}, rs.stats, std::move(rs.notices), graph_.version()};
    out.records.reserve(rs.rows.size());
    std::size_t total = 0;
    for (const auto& row : rs.rows) {
        std::string body;
        pack::Encoder e(body, &graph_, element_ids);
        e.struct_header(0x71, 1);   // RECORD
        e.list_header(row.size());
        for (const auto& v : row) e.value(v);
        total += body.size();
        if (total > max_result_bytes_)
            raise(ErrorKind::ResourceLimit, "", "the result exceeds the server's maximum result size of " +
                                                    std::to_string(max_result_bytes_) +
                                                    " bytes (liverkg serve --max-result-size)");
        out.records.push_back(std::move(body));
    }
    return out;
}

}  // namespace liverkg::server
