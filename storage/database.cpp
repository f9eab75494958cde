#include "storage/database.hpp"

#include <filesystem>

#include "storage/checkpoint.hpp"
#include "storage/codec.hpp"
#include "storage/redo.hpp"
#include "storage/wal.hpp"

namespace liverkg::storage {
namespace fs = std::filesystem;
namespace {

constexpr const char* kCheckpointFile = "checkpoint.lkg";
constexpr const char* kWalFile = "wal.log";

std::string in_dir(const std::string& dir, const char* name) { return (fs::path(dir) / name).string(); }

// A directory liverkg may turn into a database: empty, or holding only what an interrupted
// creation leaves behind.
bool may_create_in(const std::string& dir) {
    std::error_code ec;
    fs::directory_iterator entries(dir, ec);
    if (ec) throw StorageError(dir + ": cannot list the directory: " + ec.message());
    for (const auto& entry : entries) {
        auto name = entry.path().filename().string();
        if (name != "lock" && name != kWalFile && name != "wal.log.tmp" && name != "checkpoint.lkg.tmp") return false;
    }
    return true;
}

void prepare_dir(const std::string& dir) {
    std::error_code ec;
    auto status = fs::status(dir, ec);
    if (fs::exists(status) && !fs::is_directory(status))
        throw StorageError(dir + ": not a directory (--db takes a database directory)");
    if (!fs::exists(status) && !fs::create_directories(dir, ec) && ec)
        throw StorageError(dir + ": cannot create the database directory: " + ec.message());
}

// Writes a new, empty database: the log first, the checkpoint last, so that a checkpoint
// on disk always means a complete database.
void create_database(const std::string& dir) {
    Wal::create(dir, in_dir(dir, kWalFile));
    graph::Graph empty;
    replace_file(dir, in_dir(dir, kCheckpointFile), encode_checkpoint(empty, CheckpointMeta{}));
}

}  // namespace

// ---- Gate

void Gate::lock_shared() {
    std::unique_lock l(m_);
    cv_.wait(l, [&] { return !writer_; });
    ++readers_;
}

void Gate::unlock_shared() {
    std::lock_guard l(m_);
    if (--readers_ == 0) cv_.notify_all();
}

void Gate::lock() {
    std::unique_lock l(m_);
    cv_.wait(l, [&] { return !writer_ && readers_ == 0; });
    writer_ = true;
}

bool Gate::try_lock_shared() {
    std::lock_guard l(m_);
    if (writer_) return false;
    ++readers_;
    return true;
}

bool Gate::try_lock() {
    std::lock_guard l(m_);
    if (writer_ || readers_ > 0) return false;
    writer_ = true;
    return true;
}

void Gate::unlock() {
    std::lock_guard l(m_);
    writer_ = false;
    cv_.notify_all();
}

// ---- Database

Database::Database(graph::Graph& g) : graph_(g) {}
Database::Database(graph::Graph& g, std::string dir) : graph_(g), dir_(std::move(dir)) {}

Database::~Database() {
    if (open_) graph_.rollback();
}

std::unique_ptr<Database> Database::open(const std::string& dir, graph::Graph& g, const OpenOptions& options,
                                         std::vector<std::string>& warnings) {
    prepare_dir(dir);
    const std::string checkpoint_path = in_dir(dir, kCheckpointFile), wal_path = in_dir(dir, kWalFile);
    std::error_code ec;
    if (!fs::exists(checkpoint_path, ec) && !may_create_in(dir))
        throw StorageError(dir + ": not a liverkg database (no " + kCheckpointFile +
                           ", and the directory holds other files; a new database needs a missing or empty directory)");
    std::unique_ptr<Database> db(new Database(g, dir));
    db->options_ = options;
    db->lock_ = std::make_unique<DirLock>(dir);
    if (!fs::exists(checkpoint_path, ec)) create_database(dir);
    fs::remove(checkpoint_path + ".tmp", ec);   // an interrupted checkpoint's leftover

    graph::Graph loaded;
    CheckpointMeta meta = load_checkpoint(checkpoint_path, loaded);
    if (!fs::exists(wal_path, ec))
        throw StorageError(wal_path + ": missing (the log of the transactions committed since " + checkpoint_path +
                           " was written); restore it, or the directory from a backup");
    db->wal_ = std::make_unique<Wal>(wal_path);
    std::uint64_t last = meta.last_tx;
    std::string warning;
    db->wal_->recover(
        [&](std::string_view payload, std::uint64_t offset) {
            try {
                std::uint64_t tx = redo_tx(payload);
                if (tx <= meta.last_tx) return;   // already in the checkpoint (a crash before the log was emptied)
                if (tx != last + 1)
                    throw DecodeError("transaction " + std::to_string(tx) + " follows transaction " + std::to_string(last));
                apply_redo(payload, loaded);
                last = tx;
            } catch (const DecodeError& e) {
                throw StorageError(wal_path + ": the record at offset " + std::to_string(offset) + " does not apply: " +
                                   e.what() + " (a corrupt log; restore the database directory from a backup)");
            }
        },
        warning);
    if (!warning.empty()) warnings.push_back(warning);
    g = std::move(loaded);
    db->last_tx_ = last;
    db->signs_ = std::move(meta.type_signs);
    db->tables_ = std::move(meta.tables);
    return db;
}

std::uint64_t Database::log_bytes() const { return wal_ ? wal_->size() : 0; }

void Database::begin() {
    gate_.lock();
    graph_.begin();
    open_ = true;
}

bool Database::try_begin() {
    if (!gate_.try_lock()) return false;
    graph_.begin();
    open_ = true;
    return true;
}

void Database::finish() {
    open_ = false;
    gate_.unlock();
}

void Database::commit() {
    if (durable() && signs_changed_) return commit_as_checkpoint();
    if (durable()) {
        auto changes = graph_.pending_changes();
        if (!changes.empty()) {
            try {
                wal_->append(encode_redo(last_tx_ + 1, changes, graph_));
            } catch (...) {
                graph_.rollback();
                finish();
                throw;
            }
            ++last_tx_;
        }
    }
    graph_.commit();
    if (durable() && wal_->size() > options_.checkpoint_after) {
        try {
            write_checkpoint(last_tx_);
        } catch (const StorageError& e) {   // the commit stands; the log just keeps growing
            if (warn_) warn_(std::string("automatic checkpoint failed: ") + e.what());
        }
    }
    finish();
}

void Database::rollback() {
    graph_.rollback();
    finish();
}

void Database::commit_as_checkpoint() {
    if (durable()) {
        try {
            write_checkpoint(last_tx_ + 1);
        } catch (...) {
            graph_.rollback();
            finish();
            throw;
        }
        ++last_tx_;
    }
    graph_.commit();
    finish();
}

void Database::checkpoint() {
    if (open_) throw StorageError("CHECKPOINT cannot run inside a transaction: COMMIT or ROLLBACK first");
    if (!durable()) throw StorageError("CHECKPOINT needs a database directory (start liverkg with --db DIR)");
    gate_.lock();
    try {
        write_checkpoint(last_tx_);
    } catch (...) {
        gate_.unlock();
        throw;
    }
    gate_.unlock();
}

void Database::write_checkpoint(std::uint64_t last_tx) {
    CheckpointMeta meta{last_tx, signs_, tables_};
    replace_file(dir_, in_dir(dir_, kCheckpointFile), encode_checkpoint(graph_, meta));
    crash_point("checkpoint-renamed");
    signs_changed_ = false;
    wal_->reset();
}

void Database::set_type_signs(TypeSigns signs) {
    if (signs == signs_) return;
    signs_ = std::move(signs);
    signs_changed_ = true;
}

void Database::set_tables(SideTables tables) {
    if (tables == tables_) return;
    tables_ = std::move(tables);
    signs_changed_ = true;
}

}  // namespace liverkg::storage
