#include "parser/x3/error_handler.hpp"

#include <algorithm>
#include <cstring>

namespace liverkg::parser::x3p {

Tracker::Tracker(std::string_view text, SourcePos origin)
    : begin_(text.data()), end_(text.data() + text.size()),
      // Generous for real queries (a few expression entries per token), but it bounds
      // the exponential backtracking that crafted input could otherwise trigger.
      step_budget_(50000 + 50 * static_cast<std::uint64_t>(text.size())), origin_(origin) {
    line_starts_.push_back(0);
    ascii_line_.push_back(true);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n') {
            line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
            ascii_line_.push_back(true);
        } else if (static_cast<unsigned char>(text[i]) >= 0x80) {
            ascii_line_.back() = false;
        }
    }
}

void Tracker::expect(const char* where, const char* what) {
    if (furthest_ != nullptr && where < furthest_) return;
    if (where != furthest_) {
        furthest_ = where;
        expected_.clear();
    }
    if (std::find_if(expected_.begin(), expected_.end(),
                     [&](const char* e) { return std::strcmp(e, what) == 0; }) == expected_.end())
        expected_.push_back(what);
}

void Tracker::relabel(const char* start, Mark before, const char* what) {
    if (furthest_ == start) {
        // Forget what the alternatives of this rule recorded at its start.
        expected_.resize(before.furthest == start ? before.count : 0);
    }
    expect(start, what);
}

void Tracker::enter(const char* where) {
    if (++depth_ > max_nesting_depth) {
        throw LexError{{"UnexpectedSyntax",
                        "expression nested too deeply (the limit is " +
                            std::to_string(max_nesting_depth) + " levels)",
                        where, false}};
    }
    if (++steps_ > step_budget_)
        throw LexError{{"UnexpectedSyntax", "query too complex to parse", where, false}};
}

const BracketSpan* Tracker::span_of(const char* open) const {
    if (!brackets_built_) {
        brackets_ = bracket_spans(begin_, end_);
        brackets_built_ = true;
    }
    auto offset = static_cast<std::uint32_t>(open - begin_);
    auto it = std::lower_bound(brackets_.begin(), brackets_.end(), offset,
                               [](const BracketSpan& s, std::uint32_t o) { return s.open < o; });
    return it != brackets_.end() && it->open == offset ? &*it : nullptr;
}

const char* Tracker::close_of(const char* open) const {
    const BracketSpan* s = span_of(open);
    if (!s) return matching_close(open, end_);   // not a bracket token (cannot happen in the grammar)
    return s->close == BracketSpan::kUnclosed ? nullptr : begin_ + s->close;
}

bool Tracker::top_level_comma(const char* open) const {
    const BracketSpan* s = span_of(open);
    return s ? s->top_level_comma : has_top_level_comma(open, end_);
}

SourcePos Tracker::pos_at(const char* p) const {
    p = skip_blank(p, end_);
    auto offset = static_cast<std::uint32_t>(p - begin_);
    // Positions are asked for mostly on the line asked last: check it before searching.
    std::uint32_t line = last_line_;
    if (line == 0 || offset < line_starts_[line - 1] || (line < line_starts_.size() && offset >= line_starts_[line])) {
        auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
        line = static_cast<std::uint32_t>(it - line_starts_.begin());
        last_line_ = line;
    }
    std::uint32_t line_start = line_starts_[line - 1];
    // Columns count characters: on an ASCII line that is the byte offset.
    if (ascii_line_[line - 1]) return placed({offset, line, offset - line_start + 1});
    auto count_from = [&](const char* from, std::uint32_t column) {
        for (const char* q = from; q < p; ++q)
            if ((static_cast<unsigned char>(*q) & 0xC0) != 0x80) ++column;
        return column;
    };
    if (last_ptr_ && p >= last_ptr_ && last_pos_.line == line) {
        last_pos_ = {offset, line, count_from(last_ptr_, last_pos_.column)};
    } else {
        last_pos_ = {offset, line, count_from(begin_ + line_start, 1)};
    }
    last_ptr_ = p;
    return placed(last_pos_);
}

std::string Tracker::text_between(const char* from, const char* to) const {
    from = skip_blank(from, to);
    return std::string(from, to);
}

namespace {

// The token the parser stumbled on: a whole word, or one character.
std::string found_token(const char* p, const char* end) {
    const char* q = p;
    while (std::size_t n = ident_part_len(q, end)) q += n;
    if (q == p) {
        char32_t cp;
        q = p + decode_utf8(p, end, cp);
    }
    return std::string(p, q);
}

std::string join_expected(const std::vector<const char*>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += (i + 1 == items.size()) ? " or " : ", ";
        out += items[i];
    }
    return out;
}

bool is_non_ascii_symbol(const char* p, const char* end) {
    return p < end && static_cast<unsigned char>(*p) >= 0x80 && ident_part_len(p, end) == 0;
}

}  // namespace

Error syntax_error_from(const Tracker& t, bool& at_end) {
    const char* where = t.furthest() ? t.furthest() : t.begin();
    where = skip_blank(where, t.end());
    at_end = where >= t.end();
    std::string expected = join_expected(t.expected());
    std::string message;
    if (at_end)
        message = "unexpected end of input" + (expected.empty() ? "" : ", expected " + expected);
    else
        message = (expected.empty() ? "unexpected " : "expected " + expected + " but found ") +
                  ("'" + found_token(where, t.end()) + "'");
    const char* code = is_non_ascii_symbol(where, t.end()) ? "InvalidUnicodeCharacter"
                                                           : "UnexpectedSyntax";
    return Error{ErrorKind::SyntaxError, code, message, t.pos_at(where)};
}

Error error_from_issue(const Tracker& t, const LexIssue& issue) {
    const char* where = issue.where ? issue.where : t.begin();
    return Error{ErrorKind::SyntaxError, issue.code, issue.message, t.pos_at(where)};
}

}  // namespace liverkg::parser::x3p
