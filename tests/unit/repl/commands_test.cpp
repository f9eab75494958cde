#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "engine/registry/registry.hpp"
#include "repl/commands.hpp"
#include "repl/line_reader.hpp"

using namespace liverkg::repl;

TEST_CASE("the command table has the documented commands", "[commands]") {
    std::set<std::string> names;
    for (const auto& c : commands()) {
        CHECK(c.name.front() == ':');
        CHECK_FALSE(c.help.empty());
        CHECK(c.handler != nullptr);
        names.emplace(c.name);
    }
    for (const char* n : {":help", ":schema", ":stats", ":load", ":save", ":export", ":format",
                          ":timer", ":param", ":params", ":history", ":clear", ":quit", ":exit"})
        CHECK(names.count(n) == 1);
}

TEST_CASE("help is generated from the table", "[commands]") {
    std::string help = help_text();
    for (const auto& c : commands()) CHECK(help.find(std::string(c.help)) != std::string::npos);
    CHECK(help_text("schema").find("Usage: :schema") == 0);
    CHECK(help_text(":export").find("FORMAT PATH") != std::string::npos);
    CHECK(help_text("nope").find("No help for nope") == 0);
    // statements and clauses have help too, in any case
    CHECK(help_text("PATHS").find("PATHS FROM (node) TO (node)") == 0);
    CHECK(help_text("paths").find("ANY CONTEXT") != std::string::npos);
    CHECK(help_text("profile").find("EXPLAIN statement") == 0);
    CHECK(help.find(":help PATHS") != std::string::npos);
    CHECK(help.find(":help kg.paths") != std::string::npos);
}

TEST_CASE(":help NAME shows a procedure's or function's signature and description from the registry",
          "[commands]") {
    for (const char* name : {"kg.paths", "kg.lookup", "db.labels"}) {
        const auto* p = liverkg::engine::registry().find_procedure(name);
        REQUIRE(p);
        std::string h = help_text(name);
        CHECK(h.find(std::string(name) + "(") == 0);
        // wrapped to 100 columns, but every word of the signature and description is there
        std::string flat;
        for (char c : h) flat += c == '\n' ? ' ' : c;
        for (const std::string& text : {p->signature.text(true), p->description}) {
            std::size_t at = 0;
            while (at < text.size()) {
                std::size_t end = std::min(text.find(' ', at), text.size());
                CHECK(flat.find(text.substr(at, end - at)) != std::string::npos);
                at = end + 1;
            }
        }
        std::size_t start = 0;
        while (start < h.size()) {
            std::size_t end = h.find('\n', start);
            CHECK(end - start <= 100);
            start = end + 1;
        }
    }
    CHECK(help_text("kg.paths").find("maxHops") != std::string::npos);
    CHECK(help_text("kg.paths").find("Procedure (READ)") != std::string::npos);
    CHECK(help_text("toUpper").find("toUpper(input :: STRING) :: STRING") == 0);
    CHECK(help_text("kg.nothing").find("No help for kg.nothing") == 0);
}

TEST_CASE("did you mean", "[commands]") {
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("", "abc") == 3);
    CHECK(suggest_commands(":shema").front() == ":schema");
    CHECK(suggest_commands(":hlep").front() == ":help");
    CHECK(suggest_commands(":expo").front() == ":export");
    CHECK(suggest_commands(":zzzzzz").empty());
}

TEST_CASE("docs/repl.md documents every command", "[commands][docs]") {
    std::ifstream in(std::string(LIVERKG_SOURCE_DIR) + "/docs/repl.md");
    REQUIRE(in);
    std::stringstream doc;
    doc << in.rdbuf();
    for (const auto& c : commands()) CHECK(doc.str().find("`" + std::string(c.name)) != std::string::npos);
}

TEST_CASE("history entries survive the file, newlines included", "[history]") {
    std::string entry = "MATCH (n)\nRETURN n.name AS `a\\b`;";
    std::string line = encode_history_entry(entry);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(decode_history_entry(line) == entry);
}
