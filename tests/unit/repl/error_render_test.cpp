#include <catch2/catch.hpp>

#include "repl/error_render.hpp"

using namespace liverkg;
using namespace liverkg::repl;

TEST_CASE("the first line starts with the openCypher class and the detail code", "[error]") {
    Error e{ErrorKind::SyntaxError, "UndefinedVariable", "Variable `x` not defined", std::nullopt};
    CHECK(render_error(e) == "SyntaxError: UndefinedVariable: Variable `x` not defined");
    Error plain{ErrorKind::TypeError, "", "cannot add a map", std::nullopt};
    CHECK(render_error(plain) == "TypeError: cannot add a map");
    // A message that already starts with its code is not repeated.
    Error coded{ErrorKind::SemanticError, "UnknownFunction", "UnknownFunction: foo", std::nullopt};
    CHECK(error_headline(coded) == "SemanticError: UnknownFunction: foo");
}

TEST_CASE("load errors are their FILE:LINE: message", "[error]") {
    Error e{ErrorKind::LoadError, "", "data/nodes.tsv:7: missing id", std::nullopt};
    CHECK(render_error(e) == "data/nodes.tsv:7: missing id");
}

TEST_CASE("a position adds the line, column, source line and a caret", "[error]") {
    std::string text = "MATCH (n)\nRETURN x;";
    Error e{ErrorKind::SyntaxError, "UndefinedVariable", "Variable `x` not defined",
            SourcePos{17, 2, 8}};
    CHECK(render_error(e, text) ==
          "SyntaxError: UndefinedVariable: Variable `x` not defined\n"
          "  at line 2, column 8\n"
          "  RETURN x;\n"
          "         ^");
    CHECK(render_error(e, text, "q.cypher").find("  at q.cypher, line 2, column 8\n") !=
          std::string::npos);
}

TEST_CASE("the caret accounts for tabs and wide characters", "[error]") {
    CHECK(caret_lines("\tRETURN x", 1, 9) == "  \tRETURN x\n  \t       ^");
    // '肝' is one code point (column) but two terminal columns.
    CHECK(caret_lines("RETURN '肝' + x", 1, 15) == "  RETURN '肝' + x\n                 ^");
}
