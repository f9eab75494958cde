#include <catch2/catch.hpp>

#include "base/error.hpp"
#include "kg/check.hpp"
#include "kg/vocabulary.hpp"
#include "../graph/tsv_test_util.hpp"

using namespace liverkg::kg;
using liverkg::test::TempDir;

namespace {

// A small consistent knowledge graph; each test breaks one thing.
struct Kg {
    TempDir d;
    std::string nodes = "id\tcategory\tname\taliases:string[]\tkind\tdescription\n"
                        "cell:MSC\tCellType\tMSC\tMSCs\tstem cell\td\n"
                        "dis:ALF\tDisease\tacute liver failure\tALF\tdisease\td\n"
                        "mol:HGF\tMolecule\tHGF\thepatocyte growth factor\tprotein\td\n";
    std::string edges = "subject\tpredicate\tobject\trefs:int[]\tevidence\tspecies\troute\tnote\tcaveat\n"
                        "cell:MSC\tTREATS\tdis:ALF\t1|100\tanimal\tmouse\t\t\t\n"
                        "cell:MSC\tSECRETES\tmol:HGF\t0\treview\t\t\t\t\n";
    std::string schema = "type\tsign\tfrom\tto\tmeaning\n"
                         "TREATS\t-\tCellType|Product\tDisease\trelieves\n"
                         "SECRETES\t+\tCellType\tMolecule|Product\treleases\n"
                         "PART_OF\t0\t*\t*\tcomponent\n";
    std::string refs = "ref:int\tauthors\tyear:int\ttitle\tjournal\tvolume\tpages\tdoi\n"
                       "0\tHUANG\t2023\treview\tJ\t1\t1\t\n1\tCHENG\t2021\tniche\tJ\t1\t1\t\n100\tX\t2025\tabstract\tJ\t1\t1\t\n";

    std::vector<std::string> check() {
        d.write("nodes.tsv", nodes);
        d.write("edges.tsv", edges);
        d.write("schema.tsv", schema);
        d.write("references.tsv", refs);
        return check_kg(d.path()).errors;
    }
    std::string at(const std::string& file, int line) const { return d.file(file) + ":" + std::to_string(line) + ": "; }
};

}  // namespace

TEST_CASE("a consistent knowledge graph has no problems", "[kg]") {
    Kg kg;
    CHECK(kg.check().empty());
}

TEST_CASE("check_kg reports unknown nodes, types and disallowed labels", "[kg]") {
    Kg kg;
    kg.edges += "cell:MSC\tTREATS\tdis:NOPE\t1\tclinical\t\t\t\t\n";     // line 4
    kg.edges += "cell:MSC\tHEALS\tdis:ALF\t1\tclinical\t\t\t\t\n";       // line 5
    kg.edges += "mol:HGF\tTREATS\tdis:ALF\t1\tclinical\t\t\t\t\n";       // line 6
    kg.edges += "cell:MSC\tSECRETES\tdis:ALF\t1\tclinical\t\t\t\t\n";    // line 7
    auto problems = kg.check();
    REQUIRE(problems.size() == 4);
    CHECK(problems[0] == kg.at("edges.tsv", 4) + "unknown object 'dis:NOPE'");
    CHECK(problems[1] == kg.at("edges.tsv", 5) + "relationship type 'HEALS' is not in schema.tsv");
    CHECK(problems[2] == kg.at("edges.tsv", 6) + "TREATS subject 'mol:HGF' is Molecule; schema.tsv allows CellType|Product");
    CHECK(problems[3] == kg.at("edges.tsv", 7) + "SECRETES object 'dis:ALF' is Disease; schema.tsv allows Molecule|Product");
}

TEST_CASE("check_kg reports refs, evidence and duplicate relationships", "[kg]") {
    Kg kg;
    kg.edges += "cell:MSC\tTREATS\tdis:ALF\t1\tclinical\t\t\t\t\n";    // line 4: duplicate of line 2
    kg.edges += "dis:ALF\tPART_OF\tmol:HGF\t\treview\t\t\t\t\n";       // line 5: no refs
    kg.edges += "dis:ALF\tPART_OF\tcell:MSC\t7|abc\treview\t\t\t\t\n"; // line 6: bad ref
    kg.edges += "mol:HGF\tPART_OF\tcell:MSC\t72\tanecdote\t\t\t\t\n";  // line 7: unknown ref, bad evidence
    auto problems = kg.check();
    REQUIRE(problems.size() == 5);
    CHECK(problems[0] == kg.at("edges.tsv", 4) + "duplicate relationship cell:MSC TREATS dis:ALF (first on line 2)");
    CHECK(problems[1] == kg.at("edges.tsv", 5) + "no refs");
    CHECK(problems[2] == kg.at("edges.tsv", 6) + "column 'refs': 'abc' is not an integer");
    CHECK(problems[3] == kg.at("edges.tsv", 7) + "unknown ref 72 (not in references.tsv)");
    CHECK(problems[4] == kg.at("edges.tsv", 7) + "evidence 'anecdote' is not one of clinical, animal, in_vitro, review");
}

TEST_CASE("check_kg reports duplicate node ids and nodes without alias", "[kg]") {
    Kg kg;
    kg.nodes += "cell:MSC\tCellType\tagain\tx\tstem cell\td\n";   // line 5
    kg.nodes += "mol:IL6\tMolecule\tIL-6\t\tprotein\td\n";         // line 6
    auto problems = kg.check();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == kg.at("nodes.tsv", 5) + "duplicate node id 'cell:MSC' (first on line 2)");
    CHECK(problems[1] == kg.at("nodes.tsv", 6) + "node 'mol:IL6' has no alias");
}

TEST_CASE("check_kg reports schema and reference table problems", "[kg]") {
    Kg kg;
    kg.schema += "BOOSTS\t++\t*\t*\tbad sign\n";         // line 5
    kg.schema += "TREATS\t-\t*\tDisease\tagain\n";       // line 6
    kg.refs += "1\tDUP\t2020\tt\tJ\t1\t1\t\n";           // line 5
    kg.refs += "5\tBAD\tsoon\tt\tJ\t1\t1\t\n";           // line 6
    auto problems = kg.check();
    REQUIRE(problems.size() == 4);
    CHECK(problems[0] == kg.at("references.tsv", 5) + "duplicate ref 1 (first on line 3)");
    CHECK(problems[1] == kg.at("references.tsv", 6) + "column 'year': 'soon' is not an integer");
    CHECK(problems[2] == kg.at("schema.tsv", 5) + "sign '++' is not +, - or 0");
    CHECK(problems[3] == kg.at("schema.tsv", 6) + "duplicate type TREATS (first on line 2)");
}

TEST_CASE("check_kg reports missing files and columns instead of throwing", "[kg]") {
    TempDir d;
    d.write("nodes.tsv", "id\tname\na\tA\n");
    auto problems = check_kg(d.path()).errors;
    REQUIRE(problems.size() == 5);
    CHECK(problems[0] == d.file("nodes.tsv") + ":1: header has no 'category' column");
    CHECK(problems[1] == d.file("nodes.tsv") + ":1: header has no 'aliases' column");
    CHECK(problems[2].starts_with(d.file("references.tsv") + ":0: cannot read"));
    CHECK(problems[3].starts_with(d.file("schema.tsv") + ":0: cannot read"));
    CHECK(problems[4].starts_with(d.file("edges.tsv") + ":0: cannot read"));
}

TEST_CASE("load_schema exposes each type's sign and allowed labels", "[kg]") {
    Kg kg;
    kg.check();
    KgSchema schema = load_schema(kg.d.path());
    REQUIRE(schema.find("TREATS"));
    CHECK(schema.find("TREATS")->sign == -1);
    CHECK(schema.find("SECRETES")->sign == 1);
    CHECK(schema.find("PART_OF")->sign == 0);
    CHECK(schema.find("PART_OF")->from.empty());
    CHECK(schema.find("TREATS")->from == std::vector<std::string>{"CellType", "Product"});
    CHECK_FALSE(schema.find("HEALS"));
    kg.d.write("schema.tsv", "type\tsign\tfrom\tto\tmeaning\nX\t?\t*\t*\tm\n");
    CHECK_THROWS_AS(load_schema(kg.d.path()), liverkg::ErrorException);
}

TEST_CASE("the bundled data/ directory passes check_kg", "[kg][data]") {
    auto report = check_kg(std::string(LIVERKG_SOURCE_DIR) + "/data");
    for (const auto& p : report.errors) UNSCOPED_INFO(p);
    CHECK(report.errors.empty());
}

namespace {

// A knowledge graph whose nodes carry xrefs and whose edges carry study context.
struct GroundedKg : Kg {
    GroundedKg() {
        nodes = "id\tcategory\tname\taliases:string[]\tkind\tdescription\txrefs:string[]\tnote\n"
                "cell:MSC\tCellType\tMSC\tmesenchymal stem cell\tstem cell\td\tCL:0000134\t\n"
                "dis:ALF\tDisease\tacute liver failure\tALF\tdisease\td\tMONDO:0019542\t\n"
                "mol:HGF\tMolecule\tHGF\thepatocyte growth factor\tprotein\td\t\tno term\n";
        edges = "subject\tpredicate\tobject\trefs:int[]\tevidence\tcontext:string[]\tmodel\tsignificant:boolean\n"
                "cell:MSC\tTREATS\tdis:ALF\t1\tanimal\tdis:ALF\tConA-induced hepatitis, mouse\tfalse\n"
                "cell:MSC\tSECRETES\tmol:HGF\t0\treview\t\t\t\n";
        d.write("ontology_terms.tsv", "id\tlabel\tsource\nCL:0000134\tmesenchymal stem cell\tcl.tsv\n"
                                      "CL:0000057\tfibroblast\tcl.tsv\nMONDO:0019542\tacute liver failure\tmondo.tsv\n"
                                      "NCBIGene:3082\tHGF\tgenes.tsv\n");
    }
    CheckReport report() {
        check();
        return check_kg(d.path());
    }
};

}  // namespace

TEST_CASE("check_kg grounds xrefs in ontology_terms.tsv and reports coverage per label", "[kg]") {
    GroundedKg kg;
    auto report = kg.report();
    CHECK(report.errors.empty());
    // The fixture's table lists two terms no node uses (lines 3 and 5).
    REQUIRE(report.warnings.size() == 2);
    CHECK(report.warnings[0] == kg.at("ontology_terms.tsv", 3) + "CL:0000057 is the xref of no node (run scripts/ontology_terms.py)");
    CHECK(report.warnings[1] == kg.at("ontology_terms.tsv", 5) + "NCBIGene:3082 is the xref of no node (run scripts/ontology_terms.py)");
    REQUIRE(report.coverage.size() == 3);
    CHECK(report.coverage[0].label == "CellType");
    CHECK((report.coverage[0].nodes == 1 && report.coverage[0].grounded == 1));
    CHECK(report.coverage[2].label == "Molecule");
    CHECK((report.coverage[2].nodes == 1 && report.coverage[2].grounded == 0));
}

TEST_CASE("check_kg reports broken CURIEs and unknown terms", "[kg]") {
    GroundedKg kg;
    kg.nodes += "mol:IL6\tMolecule\tIL-6\tinterleukin 6\tcytokine\td\tNCBIGen:3569\t\n";        // line 5
    kg.nodes += "mol:VEGF\tMolecule\tVEGF\tx\tgrowth factor\td\tNCBIGene:7422\t\n";             // line 6
    kg.nodes += "mol:TNF\tMolecule\tTNF\tx\tcytokine\td\ttumour necrosis factor\t\n";          // line 7
    kg.nodes += "mol:HGF2\tMolecule\tHGF2\tx\tprotein\td\tNCBIGene:3082|NCBIGene:3082\t\n";    // line 8
    auto errors = kg.report().errors;
    REQUIRE(errors.size() == 4);
    CHECK(errors[0] == kg.at("nodes.tsv", 5) +
                           "node 'mol:IL6': xref 'NCBIGen:3569': unknown CURIE prefix 'NCBIGen' (known: " +
                           vocabulary_prefixes() + ")");
    CHECK(errors[1].starts_with(kg.at("nodes.tsv", 6) + "node 'mol:VEGF': xref 'NCBIGene:7422' is not in " +
                                kg.d.file("ontology_terms.tsv")));
    CHECK(errors[2] == kg.at("nodes.tsv", 7) + "node 'mol:TNF': xref 'tumour necrosis factor' is not a CURIE (PREFIX:LOCAL)");
    CHECK(errors[3] == kg.at("nodes.tsv", 8) + "node 'mol:HGF2': xref 'NCBIGene:3082' is listed twice");
}

TEST_CASE("check_kg warns of a CURIE whose label shares no word with the node's names", "[kg]") {
    GroundedKg kg;
    kg.nodes += "cell:hepatocyte\tCellType\thepatocyte\tliver cell\tmature\td\tCL:0000057\t\n";   // line 5
    kg.nodes += "mol:HGF2\tMolecule\tHGF-2\tx\tprotein\td\tNCBIGene:3082\t\n";                   // line 6
    kg.nodes += "cell:BMSC\tCellType\tBMSC\tbone marrow mesenchymal stem cell\tstem cell\td\tCL:0000134\t\n";          // line 7
    auto report = kg.report();
    CHECK(report.errors.empty());
    REQUIRE(report.warnings.size() == 2);
    CHECK(report.warnings[1] == kg.at("nodes.tsv", 7) +
                                    "node 'cell:BMSC': xref 'CL:0000134' is already the primary xref of 'cell:MSC' (line 2)");
    CHECK(report.warnings[0] == kg.at("nodes.tsv", 5) +
                                    "node 'cell:hepatocyte': xref 'CL:0000057' is labelled 'fibroblast', which shares "
                                    "no word with the node's name or aliases");
}

TEST_CASE("check_kg reports context ids that are not Disease nodes and bad qualifiers", "[kg]") {
    GroundedKg kg;
    kg.edges += "mol:HGF\tPART_OF\tcell:MSC\t1\tanimal\tcell:MSC|dis:ALF\t\t\n";    // line 4
    kg.edges += "cell:MSC\tTREATS\tdis:ALF\t0\tanimal\tdis:NOPE\t\tyes\n";          // line 5
    auto errors = kg.report().errors;
    REQUIRE(errors.size() == 4);
    CHECK(errors[0] == kg.at("edges.tsv", 4) + "context 'cell:MSC' is CellType, not a Disease node");
    CHECK(errors[1] == kg.at("edges.tsv", 5) + "column 'significant': 'yes' is not a boolean (true or false)");
    CHECK(errors[2] == kg.at("edges.tsv", 5) + "duplicate relationship cell:MSC TREATS dis:ALF (first on line 2)");
    CHECK(errors[3] == kg.at("edges.tsv", 5) + "context 'dis:NOPE' is not a node");
}

TEST_CASE("words of labels and names are compared loosely", "[kg]") {
    CHECK(shares_word("IL6", {"IL-6"}));
    CHECK(shares_word("mesenchymal stem cells", {"MSC", "mesenchymal stem cell"}));
    CHECK(shares_word("hsa-mir-223", {"miR-223"}));
    CHECK(shares_word("MIR127", {"miR-127-3p"}));
    CHECK_FALSE(shares_word("fibroblast", {"hepatocyte", "liver cell"}));
    CHECK_FALSE(shares_word("IL10", {"IL-6", "interleukin 6"}));
    CHECK_FALSE(shares_word("cell of the liver", {"immune cell"}));
}

TEST_CASE("check_kg wants a note on an ungrounded node and 'inferred' on a signed relationship", "[kg]") {
    GroundedKg kg;
    kg.nodes += "mol:TGFB\tMolecule\tTGF-beta\tx\tcytokine\td\t\t\n";   // line 5: no xrefs, no note
    kg.edges = "subject\tpredicate\tobject\trefs:int[]\tevidence\tinferred:boolean\n"
               "cell:MSC\tTREATS\tdis:ALF\t1\tanimal\tfalse\n"
               "cell:MSC\tSECRETES\tmol:HGF\t1\tanimal\t\n"        // line 3: signed, not reviewed
               "mol:HGF\tPART_OF\tcell:MSC\t1\treview\t\n";        // line 4: sign 0, no claim
    auto errors = kg.report().errors;
    REQUIRE(errors.size() == 2);
    CHECK(errors[0] == kg.at("nodes.tsv", 5) + "node 'mol:TGFB' has no xrefs and no note saying why");
    CHECK(errors[1] == kg.at("edges.tsv", 3) +
                           "SECRETES relationship has no 'inferred' value (true: derived by the curator, false: read)");
}
