// Transactions in the session: BEGIN / COMMIT / ROLLBACK / CHECKPOINT statements, and the
// rule that outside an explicit transaction every statement is a transaction of its own
// (committed, and with --db durable, before its result is printed).
#include <cstdio>
#include <ostream>

#include "repl/session.hpp"

namespace liverkg::repl {
namespace {

[[noreturn]] void storage_failure(const storage::StorageError& e, std::string_view consequence) {
    raise(ErrorKind::StorageError, "", std::string(e.what()) + "; " + std::string(consequence));
}

bool reading_format(const std::string& f) { return f == "table" || f == "vertical" || f == "tree"; }

}  // namespace

void Session::open_database(const std::string& dir, const storage::OpenOptions& options) {
    std::vector<std::string> warnings;
    db_ = storage::Database::open(dir, graph_, options, warnings);   // replaces the in-memory one
    for (const auto& w : warnings) err_ << "warning: " << w << '\n';
    db_->on_warning([this](const std::string& w) { err_ << "warning: " << w << '\n'; });
    engine_.set_type_signs(db_->type_signs());
    tables_ = kg::DirectoryTables::from_rows(db_->tables());   // what :save writes beside the graph
    mark_saved();
}

void Session::rollback_open(std::string_view why) {
    if (!db_->in_transaction()) return;
    db_->rollback();
    err_ << "warning: " << why << ": the open transaction was rolled back\n";
}

// Commits the open transaction; a write that fails rolls it back and says so.
void Session::commit_open() {
    try {
        db_->commit();
    } catch (const storage::StorageError& e) {
        storage_failure(e, "the transaction was rolled back");
    }
}

engine::ResultSet Session::execute(const StatementRunner& run, const engine::RunOptions& options) {
    if (db_->in_transaction()) return run(options);   // a savepoint inside the transaction
    db_->begin();
    engine::ResultSet rs;
    try {
        rs = run(options);
    } catch (...) {
        db_->rollback();
        throw;
    }
    commit_open();
    return rs;
}

void Session::confirm(std::string_view message, const RunTextOptions& options, double ms) {
    if (options.print_results) {
        if (reading_format(format_name_)) out_ << message << '\n';
        else print(engine::ResultSet{}, *printer_, out_);   // json: still one object per statement
        out_.flush();
    }
    if (timer_) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "Time: %.3f ms\n", ms);
        err_ << buf;
    }
}

RunStatus Session::run_control(const ast::Statement& st, std::string_view text, const RunTextOptions& options,
                               double parse_ms) {
    auto t0 = std::chrono::steady_clock::now();
    auto misuse = [&](const std::string& message) { raise(ErrorKind::TransactionError, "", message, st.pos); };
    try {
        std::string_view done;
        switch (st.control) {
        case ast::TxCommand::Begin:
            if (db_->in_transaction()) misuse("a transaction is already open: COMMIT or ROLLBACK it first");
            db_->begin();
            done = "Transaction started.";
            break;
        case ast::TxCommand::Commit:
            if (!db_->in_transaction()) misuse("no transaction is open: COMMIT ends what BEGIN started");
            commit_open();
            done = "Transaction committed.";
            break;
        case ast::TxCommand::Rollback:
            if (!db_->in_transaction()) misuse("no transaction is open: ROLLBACK undoes what BEGIN started");
            db_->rollback();
            done = "Transaction rolled back.";
            break;
        case ast::TxCommand::Checkpoint:
            if (db_->in_transaction()) misuse("CHECKPOINT cannot run inside a transaction: COMMIT or ROLLBACK first");
            if (!db_->durable()) misuse("CHECKPOINT needs a database directory (start liverkg with --db DIR)");
            try {
                db_->checkpoint();
            } catch (const storage::StorageError& e) {
                storage_failure(e, "the previous checkpoint and the log are still in place");
            }
            done = "Checkpoint written.";
            break;
        case ast::TxCommand::None: break;
        }
        double ms = parse_ms + std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        confirm(done, options, ms);
        return RunStatus::Ok;
    } catch (const ErrorException& e) {
        report(e.error(), text, options, st.pos.line);
    }
    return RunStatus::Failed;
}

}  // namespace liverkg::repl
