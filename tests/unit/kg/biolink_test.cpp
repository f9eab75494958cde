#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "kg/biolink.hpp"
#include "kg/schema.hpp"

using namespace liverkg::kg;

TEST_CASE("every relationship type of data/schema.tsv has a Biolink predicate of its own", "[kg]") {
    KgSchema schema = load_schema(std::string(LIVERKG_SOURCE_DIR) + "/data");
    std::set<std::string_view> mapped;
    for (const auto& m : biolink_predicates()) {
        CHECK(m.predicate.starts_with("biolink:"));
        CHECK(mapped.insert(m.type).second);   // one row per type
        CHECK(schema.find(m.type));             // no row for a type the schema lacks
    }
    for (const auto& [type, entry] : schema.types) {
        INFO(type);
        CHECK(mapped.count(type));
    }
    CHECK(biolink_predicate("ACTIVATES").predicate == "biolink:positively_regulates");
    CHECK(biolink_predicate("TREATS").predicate == "biolink:treats");
    CHECK(biolink_predicate("UPREGULATES").direction == "increased");
    CHECK(biolink_predicate("NOT_A_TYPE").predicate == "biolink:related_to");
}

TEST_CASE("labels map to Biolink categories, refined by kind and primary xref", "[kg]") {
    CHECK(biolink_category("CellType", "stem cell", "CL") == "biolink:Cell");
    CHECK(biolink_category("Molecule", "miRNA", "NCBIGene") == "biolink:MicroRNA");
    CHECK(biolink_category("Molecule", "cytokine", "NCBIGene") == "biolink:Gene");
    CHECK(biolink_category("Molecule", "prostaglandin", "CHEBI") == "biolink:SmallMolecule");
    CHECK(biolink_category("Molecule", "protein class", "") == "biolink:Protein");
    CHECK(biolink_category("Intervention", "drug", "DRUGBANK") == "biolink:Drug");
    CHECK(biolink_category("Intervention", "surgery", "") == "biolink:Treatment");
    CHECK(biolink_category("Reference", "", "") == "biolink:Publication");
    CHECK(biolink_category("Gadget", "", "") == "biolink:NamedThing");
}

TEST_CASE("docs/data-model.md shows the Biolink predicate table as it is", "[kg]") {
    std::ifstream in(std::string(LIVERKG_SOURCE_DIR) + "/docs/data-model.md");
    std::stringstream text;
    text << in.rdbuf();
    for (const auto& m : biolink_predicates()) {
        std::string row = "| `" + std::string(m.type) + "` | `" + std::string(m.predicate) + "` |";
        if (!m.aspect.empty()) row += " `" + std::string(m.aspect) + "`, `" + std::string(m.direction) + "` |";
        INFO(row);
        CHECK(text.str().find(row) != std::string::npos);
    }
    for (const auto& c : biolink_categories()) {
        std::string tail = " | `" + std::string(c.category) + "` |";
        std::string row = "| `" + std::string(c.label) + "` | " +
                          (c.xref_prefix.empty() ? "any" : "`" + std::string(c.xref_prefix) + "`") + " | " +
                          (c.kind_contains.empty() ? "any" : "`" + std::string(c.kind_contains) + "`") + tail;
        INFO(row);
        CHECK(text.str().find(row) != std::string::npos);
    }
}
