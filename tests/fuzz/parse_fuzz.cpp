// libFuzzer target: parse() must never crash, hang or leak on arbitrary bytes,
// and every error it reports must carry a position inside the input.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "parser/ast_printer.hpp"
#include "parser/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto result = liverkg::parser::parse(text);
    if (result.error) {
        if (!result.error->pos || result.error->pos->offset > size) std::abort();
        if (result.error->kind != liverkg::ErrorKind::SyntaxError) std::abort();
    }
    // The printer walks every node, so a malformed AST (missing child) shows up here.
    for (const auto& statement : result.statements) {
        if (statement.text.empty()) std::abort();
        (void)liverkg::parser::print_statement(statement);
    }
    return 0;
}
