#include <catch2/catch.hpp>

#include "kg/directory_tables.hpp"

using namespace liverkg::kg;

TEST_CASE("directory tables survive the rows a database keeps them as", "[kg]") {
    DirectoryTables t;
    SchemaEntry treats;
    treats.type = "TREATS";
    treats.sign = -1;
    treats.from = {"Compound"};
    treats.to = {"Disease", "Phenotype"};
    treats.meaning = "lowers the disease";
    KgSchema schema;
    schema.types.emplace("TREATS", treats);
    t.add_schema(schema);
    t.add_sign("ACTIVATES", 1);   // a sign from a SIF file: any label at either end
    t.terms.push_back(TermRow{"HP:0001399", "Hepatic failure", "hp"});

    auto rows = t.to_rows();
    CHECK(rows.at("schema.tsv").at(0) == std::vector<std::string>{"TREATS", "-", "Compound", "Disease|Phenotype", "lowers the disease"});
    CHECK(rows.at("schema.tsv").at(1) == std::vector<std::string>{"ACTIVATES", "+", "*", "*", ""});
    DirectoryTables back = DirectoryTables::from_rows(rows);
    CHECK(schema_text(back.schema) == schema_text(t.schema));
    CHECK(terms_text(back.terms) == terms_text(t.terms));
    CHECK(back.to_rows() == rows);

    // Rows of another shape are skipped, not guessed at.
    rows["schema.tsv"].push_back({"ODD", "+"});
    CHECK(DirectoryTables::from_rows(rows).schema.size() == 2);
    CHECK(DirectoryTables::from_rows({}).empty());
}
