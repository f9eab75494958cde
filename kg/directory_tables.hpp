#pragma once
// The tables of a knowledge-graph directory that the graph does not hold as nodes or
// relationships: schema.tsv (each relationship type's sign and allowed ends) and
// ontology_terms.tsv (the labels of the CURIEs the nodes' xrefs use). A load keeps them
// beside the graph and :save / --export tsv write them back, so that a saved directory
// loads, and passes --check, like the one it came from. (references.tsv is held as
// Reference nodes instead: kg/references.hpp.)
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kg/schema.hpp"

namespace liverkg::kg {

struct TermRow {
    std::string id;
    std::string label;
    std::string source;
};

struct DirectoryTables {
    std::vector<SchemaEntry> schema;   // rows in file order; a later directory's row replaces a type's
    std::vector<TermRow> terms;        // rows in file order; the first directory's row of an id stays

    // Adds a directory's schema (the rows of read_schema, put back in line order).
    void add_schema(const KgSchema& s);
    // A sign known from elsewhere (a SIF network's 1/-1) for a type no schema row has yet:
    // a row with any label at either end.
    void add_sign(const std::string& type, int sign);
    // Adds DIR/ontology_terms.tsv; returns its problems ("FILE:LINE: message"), adding
    // nothing then.
    std::vector<std::string> add_terms_file(const std::string& file);

    bool empty() const { return schema.empty() && terms.empty(); }

    // As rows of cells by file name ("schema.tsv", "ontology_terms.tsv"; cells as the files
    // write them, no header): what a database keeps beside its graph (storage::SideTables).
    using Rows = std::map<std::string, std::vector<std::vector<std::string>>, std::less<>>;
    Rows to_rows() const;
    static DirectoryTables from_rows(const Rows& rows);
};

// File texts as liverkg writes them (header row first, '\n' line ends). Throws
// ArgumentError when a cell would hold a tab or a line break.
std::string schema_text(const std::vector<SchemaEntry>& schema);
std::string terms_text(const std::vector<TermRow>& terms);

}  // namespace liverkg::kg
