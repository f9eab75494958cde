// Golden cases as data: cases/<name>.cypher is parsed and rendered (see
// parse_support.hpp: render) and must equal cases/<name>.expect.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "parse_support.hpp"

namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}
}  // namespace

TEST_CASE("golden parser cases", "[parser][golden]") {
    fs::path dir = fs::path(LIVERKG_SOURCE_DIR) / "tests/unit/parser/cases";
    int cases = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".cypher") continue;
        fs::path expect = entry.path();
        expect.replace_extension(".expect");
        INFO("case " << entry.path().filename().string());
        REQUIRE(fs::exists(expect));
        CHECK(liverkg::parser::testing::render(slurp(entry.path())) == slurp(expect));
        ++cases;
    }
    CHECK(cases >= 10);
}
