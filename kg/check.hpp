#pragma once
// Validation of a knowledge-graph directory (the bundled data/ and its like): nodes.tsv,
// edges.tsv, schema.tsv, references.tsv and ontology_terms.tsv checked against each other,
// and each node's xrefs grounded in the ontology terms the directory ships.
#include <cstddef>
#include <string>
#include <vector>

#include "kg/schema.hpp"

namespace liverkg::kg {

// Nodes of one label, and how many of them carry a CURIE found in ontology_terms.tsv.
struct LabelCoverage {
    std::string label;
    std::size_t nodes = 0;
    std::size_t grounded = 0;
};

struct CheckReport {
    // "FILE:LINE: message" (FILE = DIR/name.tsv), in file and line order.
    std::vector<std::string> errors;
    // Doubts that need a curator's eye but do not make the directory inconsistent
    // (a CURIE whose label shares no word with the node's names), same form.
    std::vector<std::string> warnings;
    // By label, in order of first appearance in nodes.tsv.
    std::vector<LabelCoverage> coverage;
    bool ok() const { return errors.empty(); }
};

// Never throws for bad data: every problem is in the report.
CheckReport check_kg(const std::string& dir);

}  // namespace liverkg::kg
