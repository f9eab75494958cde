// The format table: well-formed rows, lookup by name and by path, and the rule that picks a
// result or the whole graph for a writer.
#include <catch2/catch.hpp>

#include <set>

#include "base/error.hpp"
#include "formats/formats.hpp"
#include "../graph/tsv_test_util.hpp"

using namespace liverkg;
using namespace liverkg::formats;

TEST_CASE("every row has a unique name, a description and at least one function", "[registry]") {
    std::set<std::string_view> names;
    for (const auto& f : all_formats()) {
        CHECK(names.insert(f.name).second);
        CHECK(!f.description.empty());
        CHECK((f.read || f.write_graph || f.write_result));
        CHECK(find_format(f.name) == &f);
    }
    CHECK(find_format("xml") == nullptr);
}

TEST_CASE("a directory goes to the tsv reader; a file by its extension", "[registry]") {
    test::TempDir dir;
    const Format* f = reader_for(dir.path());
    REQUIRE(f != nullptr);
    CHECK(f->name == "tsv");
    dir.write("notes.xyz", "x\n");
    CHECK(reader_for(dir.file("notes.xyz")) == nullptr);
    CHECK(readable_kinds().find("a directory of nodes.tsv and edges.tsv") == 0);
}

TEST_CASE("names for usage messages follow the table", "[registry]") {
    CHECK(reader_names().find("tsv") == 0);
    CHECK(writer_names().find("tsv|csv|json|dot|svg|png|pdf") == 0);
    auto help = formats_help();
    for (const auto& f : all_formats()) CHECK(help.find("  " + std::string(f.name) + " ") != std::string::npos);
}

TEST_CASE("a result-only format without a result is an error, not an empty file", "[registry]") {
    test::TempDir dir;
    graph::Graph g;
    engine::TypeSigns signs;
    ExportJob job{g, nullptr, signs, dir.file("x.csv"), "", 0, nullptr};
    CHECK_THROWS_AS(export_with(*find_format("csv"), job), ErrorException);
    CHECK(!std::filesystem::exists(dir.file("x.csv")));
    // tsv writes the whole graph as a directory when there is no result.
    ExportJob whole{g, nullptr, signs, dir.file("kg"), "", 0, nullptr};
    export_with(*find_format("tsv"), whole);
    CHECK(std::filesystem::exists(dir.file("kg/nodes.tsv")));
}
