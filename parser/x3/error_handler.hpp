#pragma once
// Error bookkeeping for the grammar: the furthest point the parse reached and what
// was expected there (PEG-style "expected X or Y but found Z"), source positions,
// and the nesting / work limits that keep hostile input from exhausting the stack.
//
// Spirit-free: the grammar reaches it through the X3 context (tracker_tag), and the
// driver turns it into a liverkg::Error.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/error.hpp"
#include "parser/x3/lexer.hpp"

namespace liverkg::parser::x3p {

// Limits documented in docs: brackets may nest 256 deep; operator recursion the same.
inline constexpr int max_nesting_depth = 256;

// Thrown by grammar primitives for errors that no alternative can repair.
struct LexError {
    LexIssue issue;
};

// A position counted from the start of a part of the input, placed in the whole input,
// given where that part starts (origin).
inline SourcePos place_in(SourcePos origin, SourcePos local) {
    if (local.line == 1) local.column += origin.column - 1;
    local.line += origin.line - 1;
    local.offset += origin.offset;
    return local;
}

class Tracker {
public:
    // origin: where text starts in the whole input (a statement parsed on its own by the
    // plan cache's session path still reports the user's own line and column).
    explicit Tracker(std::string_view text, SourcePos origin = {});

    const char* begin() const { return begin_; }
    const char* end() const { return end_; }

    // A parser that would have matched `what` failed at `where` (after blanks).
    void expect(const char* where, const char* what);

    // Snapshot / relabel: a named rule that failed without getting past its start
    // replaces the expectations its alternatives recorded there with its own name.
    struct Mark {
        const char* furthest;
        std::size_t count;
    };
    Mark mark() const { return {furthest_, expected_.size()}; }
    void relabel(const char* start, Mark before, const char* what);

    const char* furthest() const { return furthest_; }
    const std::vector<const char*>& expected() const { return expected_; }
    void reset_expectations() {
        furthest_ = nullptr;
        expected_.clear();
    }

    // Recursion guard: throws LexError past max_nesting_depth or the work budget.
    void enter(const char* where);
    void leave() { --depth_; }

    // The atom last parsed by the expression shortcut that then did not apply (it was
    // followed by an operator): the full expression grammar takes it from here instead
    // of parsing it again, so nested atoms are parsed once (expression_def.hpp).
    struct AtomMemo {
        const char* start = nullptr;
        const char* end = nullptr;
        ast::ExprPtr expr;
    };
    AtomMemo atom_memo;

    // The lookaheads' questions about the bracket at `open` (lexer.hpp), answered from a
    // table of every bracket built on the first question: asking again, as backtracking
    // alternatives do, costs a binary search instead of a scan to the closer (or to the
    // end of the text when the bracket is never closed).
    const char* close_of(const char* open) const;
    bool top_level_comma(const char* open) const;

    // Atoms that failed to parse at a position: the grammar tries an atom at the same place
    // through more than one path (the expression shortcut, then the precedence levels), and
    // each retry would parse every bracket nested inside it again, doubling the work per
    // nesting level. A failure is the same every time, so it is remembered instead.
    bool atom_failed_at(const char* p) const { return failed_atoms_.count(p) != 0; }
    void atom_fails_at(const char* p) { failed_atoms_.insert(p); }

    // Position of the first non-blank character at or after p.
    SourcePos pos_at(const char* p) const;
    // Source text in [from, to) with leading blanks skipped.
    std::string text_between(const char* from, const char* to) const;

private:
    const char* begin_;
    const char* end_;
    std::vector<std::uint32_t> line_starts_;
    // Per line: whether it is plain ASCII, so that a column is its byte offset plus one.
    std::vector<bool> ascii_line_;
    const char* furthest_ = nullptr;
    std::vector<const char*> expected_;
    const BracketSpan* span_of(const char* open) const;
    mutable std::vector<BracketSpan> brackets_;
    mutable bool brackets_built_ = false;
    std::unordered_set<const char*> failed_atoms_;
    int depth_ = 0;
    std::uint64_t steps_ = 0;
    std::uint64_t step_budget_;
    // The last position computed on a line with non-ASCII text: AST nodes ask for positions
    // mostly left to right, so the column is counted from there instead of from the start
    // of the line (long one-line statements would otherwise cost quadratic time).
    mutable const char* last_ptr_ = nullptr;
    mutable SourcePos last_pos_;
    mutable std::uint32_t last_line_ = 0;   // 1-based line of the last position asked for; 0: none
    SourcePos origin_;
    SourcePos placed(SourcePos local) const { return place_in(origin_, local); }
};

// RAII pairing of Tracker::enter / leave.
class DepthGuard {
public:
    DepthGuard(Tracker& t, const char* where) : t_(t) { t_.enter(where); }
    ~DepthGuard() { t_.leave(); }
    DepthGuard(const DepthGuard&) = delete;
    DepthGuard& operator=(const DepthGuard&) = delete;

private:
    Tracker& t_;
};

// "expected ')' or ',' but found 'RETURN'" for the tracker's furthest failure.
Error syntax_error_from(const Tracker& t, bool& at_end);
Error error_from_issue(const Tracker& t, const LexIssue& issue);

}  // namespace liverkg::parser::x3p
