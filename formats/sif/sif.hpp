#pragma once
// SIF (simple interaction format), as Cytoscape, CellNOpt, INDRA and SIGNOR write it:
// `source interaction target…` per line (docs/interchange.md). The interaction column names
// the relationship type through a mapping: the signed forms 1/+ and -1/- are ACTIVATES and
// INHIBITS by default; a mapping file adds or overrides entries; any other interaction becomes
// its own type, upper-cased, without a sign.
#include <map>
#include <optional>
#include <string>

namespace liverkg::formats::sif {

struct Interaction {
    std::string type;
    std::optional<int> sign;   // +1, -1, 0; none when unknown
};

class Mapping {
public:
    Mapping();   // the signed defaults
    // Adds the lines of a mapping file: `interaction TYPE [SIGN]`, blank lines and # comments.
    // Throws LoadError "FILE:LINE: ..." on a malformed line.
    void read_file(const std::string& path);
    Interaction lookup(const std::string& interaction) const;
    // The interaction text a relationship of `type` with `sign` is written back as (SIF export).
    std::string interaction_for(const std::string& type, std::optional<int> sign) const;

private:
    std::map<std::string, Interaction> entries_;   // by lower-cased interaction name
};

// "controls-state-change-of" -> "CONTROLS_STATE_CHANGE_OF": upper case, and every character that
// a plain Cypher name cannot hold becomes '_' (a leading digit gets a '_' before it).
std::string type_name_for(const std::string& interaction);

}  // namespace liverkg::formats::sif
