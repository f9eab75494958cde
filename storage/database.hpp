#pragma once
// storage::Database: a graph kept durable in a directory (docs/storage.md), or held in
// memory only, with transactions either way.
//
//   DIR/checkpoint.lkg   snapshot of the whole graph (storage/checkpoint.hpp)
//   DIR/wal.log          committed transactions since that snapshot (storage/wal.hpp)
//   DIR/lock             flock'ed by the one process that has DIR open, holding its pid
//
// Transactions: begin() opens one (waiting for the write gate), commit() makes it durable
// (one log record, fsync'ed) before it returns, rollback() undoes it in memory. Statements
// inside a transaction use the graph's savepoints (Graph::begin inside a transaction), so
// a failed statement is undone alone. Isolation is readers-writer: a writer holds the gate
// from begin() to commit()/rollback(); readers take read() and see only committed state.
// The REPL runs each statement as a transaction of its own unless BEGIN opened one; the
// Bolt server can map BEGIN/COMMIT/ROLLBACK messages onto the same calls.
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph.hpp"
#include "storage/checkpoint.hpp"
#include "storage/files.hpp"

namespace liverkg::storage {

class Wal;

// The log size past which a commit is followed by a checkpoint (docs/storage.md).
constexpr std::uint64_t kDefaultCheckpointAfter = 64ull << 20;

struct OpenOptions {
    std::uint64_t checkpoint_after = kDefaultCheckpointAfter;
};

using TypeSigns = std::map<std::string, int, std::less<>>;

// Readers share it, one writer holds it alone. Not tied to a thread (a Bolt transaction
// may be served by several), unlike std::shared_mutex.
class Gate {
public:
    void lock_shared();
    void unlock_shared();
    void lock();
    void unlock();
    // Without waiting: false when the gate is taken the other way (the Bolt server waits on
    // its own timers instead of blocking a network thread).
    bool try_lock_shared();
    bool try_lock();

private:
    std::mutex m_;
    std::condition_variable cv_;
    int readers_ = 0;
    bool writer_ = false;
};

class Database {
public:
    // A database held in memory only: transactions, no files.
    explicit Database(graph::Graph& g);
    // Opens (or creates, when missing or empty) the database in dir, replacing g's content
    // with it. Throws StorageError naming the file: not a database, a newer format, a
    // corrupt checkpoint, a log record that does not apply, another process holding it.
    // Recovery notes (a discarded torn log tail) go to `warnings`.
    static std::unique_ptr<Database> open(const std::string& dir, graph::Graph& g, const OpenOptions& options,
                                          std::vector<std::string>& warnings);
    ~Database();

    graph::Graph& graph() { return graph_; }
    bool durable() const { return wal_ != nullptr; }
    const std::string& dir() const { return dir_; }

    // ---- transactions (one writer at a time)
    void begin();
    // begin() without waiting: false (nothing done) while a reader or another writer holds the gate.
    bool try_begin();
    bool in_transaction() const { return open_; }
    // Throws StorageError when the log cannot be written; the transaction is rolled back then.
    void commit();
    void rollback();
    // Commits the open transaction by writing a checkpoint instead of a log record (a bulk
    // load: one snapshot instead of a log record as large as the graph).
    void commit_as_checkpoint();

    // ---- readers: see the last committed state while they hold it
    class ReadGuard {
    public:
        explicit ReadGuard(Gate& g) : gate_(&g) { gate_->lock_shared(); }
        ReadGuard(Gate& g, std::adopt_lock_t) : gate_(&g) {}   // already share-locked
        ~ReadGuard() { if (gate_) gate_->unlock_shared(); }
        ReadGuard(ReadGuard&& o) noexcept : gate_(o.gate_) { o.gate_ = nullptr; }
        ReadGuard(const ReadGuard&) = delete;
        ReadGuard& operator=(const ReadGuard&) = delete;

    private:
        Gate* gate_;
    };
    ReadGuard read() { return ReadGuard(gate_); }
    // read() without waiting: nullopt while a writer holds the gate.
    std::optional<ReadGuard> try_read() {
        if (!gate_.try_lock_shared()) return std::nullopt;
        return std::optional<ReadGuard>(std::in_place, gate_, std::adopt_lock);
    }

    // Writes a checkpoint and empties the log. Not inside a transaction.
    void checkpoint();
    std::uint64_t log_bytes() const;
    std::uint64_t last_tx() const { return last_tx_; }

    // Relationship signs (schema.tsv) kept with the graph; a change is saved at the next commit.
    const TypeSigns& type_signs() const { return signs_; }
    void set_type_signs(TypeSigns signs);
    // The directory tables (schema.tsv, ontology_terms.tsv rows) kept with the graph, so a
    // save from the database writes them back; a change is saved at the next commit.
    const SideTables& tables() const { return tables_; }
    void set_tables(SideTables tables);

    // Where a failed automatic checkpoint is reported (the commit itself succeeded).
    void on_warning(std::function<void(const std::string&)> f) { warn_ = std::move(f); }

private:
    Database(graph::Graph& g, std::string dir);
    void write_checkpoint(std::uint64_t last_tx);
    void finish();

    graph::Graph& graph_;
    std::string dir_;
    std::unique_ptr<DirLock> lock_;
    std::unique_ptr<Wal> wal_;
    OpenOptions options_;
    Gate gate_;
    bool open_ = false;
    std::uint64_t last_tx_ = 0;
    TypeSigns signs_;
    SideTables tables_;
    bool signs_changed_ = false;   // signs or tables: the next commit writes a checkpoint
    std::function<void(const std::string&)> warn_;
};

}  // namespace liverkg::storage
