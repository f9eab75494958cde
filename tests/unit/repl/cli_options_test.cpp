#include <catch2/catch.hpp>

#include <vector>

#include "repl/cli_options.hpp"
#include "repl/format/printer.hpp"

using namespace liverkg::repl;

namespace {
CliParse parse(std::vector<const char*> args) {
    args.insert(args.begin(), "liverkg");
    return parse_cli(static_cast<int>(args.size()), args.data());
}
}  // namespace

TEST_CASE("flags of the contract", "[cli]") {
    auto p = parse({"--empty", "--load", "a", "--load", "b.cypher", "--format", "json", "--timer",
                    "--param", "x=1", "--param", "y=[2]", "-c", "RETURN 1"});
    REQUIRE(p.error.empty());
    CHECK(p.options.empty);
    CHECK(p.options.loads == std::vector<std::string>{"a", "b.cypher"});
    CHECK(p.options.format == "json");
    CHECK(p.options.timer);
    CHECK(p.options.params == std::vector<std::string>{"x=1", "y=[2]"});
    CHECK(p.options.command == "RETURN 1");
    CHECK_FALSE(p.options.file);
}

TEST_CASE("defaults", "[cli]") {
    auto p = parse({});
    REQUIRE(p.error.empty());
    CHECK(p.options.format == "table");
    CHECK(p.options.log_level == "off");
    CHECK_FALSE(p.options.empty);
    CHECK(p.options.loads.empty());
}

TEST_CASE("logging, history and check flags", "[cli]") {
    CHECK(parse({"-v"}).options.log_level == "debug");
    CHECK(parse({"--log-level", "warn", "-v"}).options.log_level == "warn");
    CHECK(parse({"--no-history"}).options.no_history);
    CHECK(parse({"--history-file", "/tmp/h"}).options.history_file == "/tmp/h");
    CHECK(parse({"--check", "data"}).options.check == "data");
    CHECK(parse({"-f", "q.cypher"}).options.file == "q.cypher");
}

TEST_CASE("bad usage is an error message, not an exception", "[cli]") {
    CHECK_FALSE(parse({"--bogus"}).error.empty());
    CHECK_FALSE(parse({"--format", "xml"}).error.empty());
    CHECK_FALSE(parse({"--format"}).error.empty());
    CHECK_FALSE(parse({"stray"}).error.empty());
    CHECK_FALSE(parse({"-c", "RETURN 1", "-f", "x"}).error.empty());
    CHECK_FALSE(parse({"--log-level", "loud"}).error.empty());
}

TEST_CASE("--help lists every flag", "[cli]") {
    std::string help = cli_help();
    for (const char* flag : {"--help", "--version", "--empty", "--load", "--command", "--file",
                             "--param", "--format", "--timer", "--check", "--log-level",
                             "--verbose", "--no-history", "--history-file"})
        CHECK(help.find(flag) != std::string::npos);
    CHECK(help.find(format_names()) != std::string::npos);
}
