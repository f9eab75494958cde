// The parse driver: runs the statement grammar once per ';'-separated statement and
// turns every failure (grammar, lexical, nesting) into a positioned SyntaxError.
#include "parser/parse.hpp"

#include "parser/prescan.hpp"
#include "parser/x3/config.hpp"
#include "parser/x3/statement.hpp"

namespace liverkg::parser {
namespace {

namespace x3 = boost::spirit::x3;
using x3p::Tracker;

struct StatementOutcome {
    std::optional<ast::Statement> statement;
    std::optional<Error> error;
    bool incomplete = false;
};

StatementOutcome fail_from_tracker(const Tracker& tracker) {
    StatementOutcome out;
    out.error = x3p::syntax_error_from(tracker, out.incomplete);
    return out;
}

// Parses one statement starting at `first` (no leading blanks); advances `first`
// to the end of its last token.
StatementOutcome parse_statement(Tracker& tracker, const char*& first) {
    const char* start = first;
    ast::Statement statement;
    auto grammar = x3::with<x3p::tracker_tag>(std::ref(tracker))[x3p::statement()];
    try {
        if (!x3::phrase_parse(first, tracker.end(), grammar, x3p::skipper, statement,
                              x3::skip_flag::dont_post_skip))
            return fail_from_tracker(tracker);
    } catch (const x3::expectation_failure<const char*>& e) {
        // Committed parses name what they expect; a silent one still gets a position.
        if (tracker.furthest() == nullptr || tracker.furthest() < e.where())
            tracker.expect(e.where(), "valid syntax");
        return fail_from_tracker(tracker);
    } catch (const x3p::LexError& e) {
        StatementOutcome out;
        out.error = x3p::error_from_issue(tracker, e.issue);
        out.incomplete = e.issue.at_end;
        return out;
    }
    // Failed lookaheads may have skipped trailing blanks; the text stops at the last token.
    first = x3p::last_token_end(start, first);
    statement.text.assign(start, first);
    statement.pos = tracker.pos_at(start);
    return {std::move(statement), std::nullopt, false};
}

}  // namespace

ParseResult parse(std::string_view text) { return parse_part(text, 0, text.size(), SourcePos{}); }

ParseResult parse_part(std::string_view whole, std::size_t from, std::size_t to, SourcePos origin) {
    std::string_view text = whole.substr(from, to - from);
    ParseResult result;
    if (auto issue = prescan(text, origin)) {
        result.error = std::move(issue->error);
        result.incomplete = issue->at_end;
        return result;
    }
    Tracker tracker(text, origin);
    const char* p = text.data();
    const char* end = p + text.size();
    while (true) {
        p = x3p::skip_blank(p, end);
        if (p == end) break;
        if (*p == ';') {  // empty statements are skipped
            ++p;
            continue;
        }
        tracker.reset_expectations();
        StatementOutcome out = parse_statement(tracker, p);
        if (out.error) {
            result.error = std::move(out.error);
            result.incomplete = out.incomplete;
            break;
        }
        result.statements.push_back(std::move(*out.statement));
    }
    return result;
}

}  // namespace liverkg::parser
