#pragma once
// The server's way into the engine and the database. Isolation is the database's gate
// (storage::Database, docs/storage.md): a connection's transaction holds it, as a reader
// (shared) or as the one writer (exclusive, with a storage transaction open), from BEGIN to
// COMMIT/ROLLBACK, or around one auto-commit statement. Taking it never waits: try_acquire
// says "busy" and the connection retries on its own timer (server.cpp), so no network thread
// blocks. Statements themselves still run one at a time under a mutex (the engine is not
// safe for concurrent use), and each result is encoded under it, so a record shows the graph
// as the statement saw it.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/engine.hpp"
#include "graph/graph.hpp"
#include "storage/database.hpp"

namespace liverkg::server {

// A statement's outcome, ready to stream: each record's PackStream fields, encoded.
struct EncodedResult {
    std::vector<std::string> columns;
    std::vector<std::string> records;   // the RECORD message body of each row
    engine::Stats stats;
    std::vector<std::string> notices;
    std::uint64_t graph_version = 0;    // after the statement
};

enum class Access { Read, Write };

// One connection's hold on the gate: nothing, a reader's share, or the open write transaction.
struct Hold {
    std::optional<storage::Database::ReadGuard> read;
    bool write = false;
    bool held() const { return write || read.has_value(); }
};

class Executor {
public:
    // Every statement runs under `limits` (engine/runtime/limits.hpp: memory, steps, time).
    Executor(storage::Database& db, engine::TypeSigns signs, std::size_t max_result_bytes,
             engine::Limits limits = {});

    // Takes the gate for `access` without waiting; false while another connection holds it
    // the other way. A write hold opens the database's transaction.
    bool try_acquire(Hold& hold, Access access);
    // Parses and runs one statement inside `hold` (which must be held). Throws ErrorException:
    // the engine's errors (the statement's effects are undone then; the transaction stays
    // open for the caller to roll back), AccessMode for a write under a read hold (undone),
    // and ResourceLimit when the encoded result would exceed max_result_bytes.
    // element_ids: false for Bolt 4.4's structures.
    EncodedResult run(Hold& hold, std::string_view text, const engine::Params& params,
                      const std::atomic<bool>* cancel, bool element_ids = true);
    // Ends the hold: a write hold commits (durable with --db before this returns; throws
    // StorageError after rolling back when the log cannot be written). Returns the bookmark.
    std::string commit(Hold& hold);
    // Ends the hold: a write hold's transaction is undone. Does nothing when not held.
    void rollback(Hold& hold);
    std::string bookmark();

private:
    std::string bookmark_locked() const;

    std::mutex mutex_;
    storage::Database& db_;
    graph::Graph& graph_;
    engine::Engine engine_;
    std::size_t max_result_bytes_;
    engine::Limits limits_;
};

}  // namespace liverkg::server
