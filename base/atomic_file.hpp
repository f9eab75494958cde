#pragma once
// Writing files and directories whole or not at all. Every file liverkg writes (:save,
// :export, --export) goes through here, so a crash, a full disk or a failed renderer never
// leaves a half-written file where a good one was (docs/cli.md, "Files are written atomically").
//
// A file: written to a temporary file beside the target, fsync'ed, renamed over the target,
// and the directory fsync'ed, so after a crash the target is the old file or the new one.
// A directory: its files written into a temporary directory beside it, fsync'ed, and then
// swapped with the target in one renameat2(RENAME_EXCHANGE); the old one is removed after.
// Where the file system cannot exchange, the old directory is renamed aside first; a crash
// between those two renames leaves DIR missing and the whole previous save in `.DIR.old-*`
// beside it (interrupted_save_hint() names it).
//
// When DIR's parent is not writable but DIR is, its files are replaced one by one inside it,
// with the marker file kInProgressMarker present from the first rename to the last: a load
// of a directory holding it is refused (in_progress_error).
//
// Failures throw std::runtime_error("cannot write PATH: reason"); the target is unchanged
// and no temporary file or directory is left behind. A process killed mid-write leaves its
// temporary (`.NAME.tmp-PID-N`); the next write of NAME removes it once PID is gone.
#include <functional>
#include <iosfwd>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liverkg::files {

// Writes `bytes` as PATH. A PATH that exists and is not a regular file (a FIFO, /dev/stdout,
// a device) is written in place: it cannot be replaced, and is not a file a crash could tear.
void write_atomically(const std::string& path, std::string_view bytes);

// The same with the text `body` writes to a stream (kept in memory until it is complete).
void write_atomically(const std::string& path, const std::function<void(std::ostream&)>& body);

// A file another program writes (Graphviz `dot -o`): give it temp_path(), then commit().
// Without commit() the temporary file is removed and the target stays as it was.
class AtomicFile {
public:
    explicit AtomicFile(const std::string& target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    const std::string& temp_path() const { return temp_; }
    bool in_place() const { return in_place_; }
    // fsyncs the temporary file, renames it over the target, fsyncs the directory.
    void commit();

private:
    std::string target_;
    std::string temp_;
    bool in_place_ = false;   // the target is a device or FIFO: written directly
};

// A directory written whole. Files are added with write(); commit() replaces the target.
// Files of an existing target that were not written and that `keep` accepts (a README
// beside a saved graph) are carried into the new directory by hard link (or copy).
class AtomicDir {
public:
    explicit AtomicDir(const std::string& target);
    ~AtomicDir();
    AtomicDir(const AtomicDir&) = delete;
    AtomicDir& operator=(const AtomicDir&) = delete;
    const std::string& target() const { return target_; }
    // Writes NAME (a plain file name) into the temporary directory, fsync'ed.
    void write(const std::string& name, std::string_view bytes);
    void commit(const std::function<bool(const std::string& name)>& keep = {});

private:
    void carry_over(const std::function<bool(const std::string&)>& keep);
    void commit_in_place(const std::function<bool(const std::string&)>& keep);
    std::string target_;
    std::string temp_;
    std::set<std::string> written_;
    bool committed_ = false;
    bool in_place_ = false;   // the parent is not writable: files are replaced inside DIR
    std::vector<std::pair<std::string, std::string>> in_place_temps_;   // (name, temporary path)
};

namespace detail {
// Tests set it to take the path of file systems without RENAME_EXCHANGE (the rename-aside).
extern bool pretend_no_exchange;
}  // namespace detail

inline constexpr const char* kInProgressMarker = ".liverkg-save-in-progress";

// For a directory a save into which did not finish: "DIR holds files of two saves ..." (the
// message a load fails with); "" for any other directory.
std::string in_progress_error(const std::string& dir);

// fsyncs a directory (after a rename in it); throws like the writers.
void sync_directory(const std::string& dir);

// For a missing DIR: "; an interrupted save left the previous one in .DIR.old-…" when such
// a directory is beside it, else "".
std::string interrupted_save_hint(const std::string& dir);

}  // namespace liverkg::files
