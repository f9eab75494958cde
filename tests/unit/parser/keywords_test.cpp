// The keyword table (parser/keywords.hpp) against what the grammar does: every keyword a rule
// matches has a row, the reserved words are exactly those refused as bare names, no word the
// raw-text shortcuts take for the end of an expression is one that continues it, and the
// keyword list of docs/query-language.md is the table's.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "parse_support.hpp"
#include "parser/keywords.hpp"

namespace fs = std::filesystem;
using liverkg::parser::kKeywords;
using liverkg::parser::Keyword;
using liverkg::parser::parse;

namespace {

std::string lower(std::string_view w) {
    std::string s(w);
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The words the rules match with kw("WORD") (parser/x3/*.hpp).
std::set<std::string> rule_keywords() {
    std::set<std::string> words;
    const std::regex kw_call(R"(\bkw\("([A-Za-z]+)\")");
    for (const auto& entry : fs::directory_iterator(fs::path(LIVERKG_SOURCE_DIR) / "parser/x3")) {
        std::string text = read_file(entry.path());
        for (std::sregex_iterator it(text.begin(), text.end(), kw_call), end; it != end; ++it)
            words.insert((*it)[1].str());
    }
    return words;
}

bool has(const Keyword& k, unsigned flag) { return (k.flags & flag) != 0; }

std::string cell(std::string_view text) {
    std::string out;
    for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
    return out;
}

// The keyword list as docs/query-language.md holds it, between its two marker lines.
std::string keyword_list() {
    std::string out = "<!-- keywords: parser/keywords.hpp -->\n\n| keyword | reserved | where |\n|---|---|---|\n";
    for (const Keyword& k : kKeywords) {
        std::string word = has(k, liverkg::parser::kCallLike) ? std::string(k.spelling) : std::string(k.word);
        out += "| `" + word + "` | " + (has(k, liverkg::parser::kReserved) ? "yes" : "") + " | " + cell(k.use) +
               " |\n";
    }
    return out + "\n<!-- end of keywords -->";
}

}  // namespace

TEST_CASE("every keyword a rule matches has a row, and every row but the unused a rule", "[keywords]") {
    std::set<std::string> rules = rule_keywords();
    REQUIRE(rules.size() > 50);   // the scan found the grammar
    std::set<std::string> table;
    for (const Keyword& k : kKeywords) {
        INFO(k.word);
        CHECK(table.insert(std::string(k.word)).second);   // one row per word
        CHECK(rules.count(std::string(k.word)) == (has(k, liverkg::parser::kUnused) ? 0u : 1u));
        CHECK(std::none_of(k.word.begin(), k.word.end(), [](char c) { return c >= 'a' && c <= 'z'; }));
        CHECK(has(k, liverkg::parser::kCallLike) == !k.spelling.empty());
        if (!k.spelling.empty()) CHECK(lower(k.spelling) == lower(k.word));
        CHECK_FALSE(k.use.empty());
    }
    for (const std::string& w : rules) {
        INFO(w << " is matched by a rule but has no row in parser/keywords.hpp");
        CHECK(table.count(w) == 1);
    }
}

TEST_CASE("reserved keywords are refused as bare variable names; the other keywords are names", "[keywords]") {
    for (const Keyword& k : kKeywords) {
        const std::string w = lower(k.word);
        INFO(w);
        auto as_alias = parse("WITH 1 AS " + w + " RETURN " + w);
        auto in_pattern = parse("MATCH (" + w + ") RETURN " + w);
        if (has(k, liverkg::parser::kReserved)) {
            REQUIRE(as_alias.error);
            CHECK(as_alias.error->kind == liverkg::ErrorKind::SyntaxError);
            CHECK(in_pattern.error);
        } else {
            CHECK_FALSE(as_alias.error);
            CHECK_FALSE(in_pattern.error);
        }
        // In backticks any word is a name.
        CHECK_FALSE(parse("WITH 1 AS `" + w + "` RETURN `" + w + "`").error);
    }
}

TEST_CASE("operator words continue an expression after a lone variable", "[keywords]") {
    // One expression per operator word whose left side the shortcuts would read alone.
    const std::map<std::string_view, std::string> examples = {
        {"AND", "x AND y"},          {"OR", "x OR y"},           {"XOR", "x XOR y"},
        {"NOT", "x AND NOT y"},      {"IN", "x IN [1]"},         {"IS", "x IS NULL"},
        {"STARTS", "x STARTS WITH 'a'"}, {"ENDS", "x ENDS WITH 'a'"}, {"CONTAINS", "x CONTAINS 'a'"},
    };
    for (const Keyword& k : kKeywords) {
        if (!has(k, liverkg::parser::kOperator)) continue;
        INFO(k.word);
        CHECK_FALSE(has(k, liverkg::parser::kEndsExpression));
        CHECK(has(k, liverkg::parser::kReserved));
        auto it = examples.find(k.word);
        REQUIRE(it != examples.end());   // a new operator word needs its example here
        std::string e = liverkg::parser::testing::expr(it->second);
        CHECK(e.rfind("error:", 0) == std::string::npos);
        CHECK(e != "x");
    }
}

TEST_CASE("docs/query-language.md lists the keywords of the table", "[keywords][docs]") {
    std::string doc = read_file(fs::path(LIVERKG_SOURCE_DIR) / "docs/query-language.md");
    auto a = doc.find("<!-- keywords: parser/keywords.hpp -->");
    auto b = doc.find("<!-- end of keywords -->");
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    std::string have = doc.substr(a, b + std::string_view("<!-- end of keywords -->").size() - a);
    INFO("expected in docs/query-language.md:\n" << keyword_list());
    CHECK(have == keyword_list());
}
