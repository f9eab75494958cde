// A small hand-made graph with relationship signs, for PATHS and kg.paths:
//
//   MSC -TREATS(-)-> ALF                                   clinical, refs [7]
//   MSC -ACTIVATES(+)-> STAT3 -INHIBITS(-)-> ALF           in_vitro [4], animal [5, 6]
//   MSC -SECRETES(0)-> PGE2 -INHIBITS(-)-> ALF             animal [1], review [8]
//   MSC -SECRETES(0)-> PGE2 -INHIBITS(-)-> inflammation -PROMOTES(+)-> ALF   + clinical [2], animal [3]
//   MSC -ACTIVATES(+)-> STAT3 -ACTIVATES(+)-> inflammation -PROMOTES(+)-> ALF   + animal [9]
#pragma once
#include <string>
#include <vector>

#include "engine_support.hpp"

namespace liverkg::engine::testing {

inline const char* const kSignedGraph =
    "CREATE (msc:CellType {name: 'MSC', aliases: ['mesenchymal stem cell']}),"
    " (pge2:Molecule {name: 'PGE2'}), (infl:Mechanism {name: 'inflammation'}),"
    " (stat3:Pathway {name: 'STAT3'}), (alf:Disease {name: 'acute liver failure'}),"
    " (msc)-[:TREATS {evidence: 'clinical', refs: [7]}]->(alf),"
    " (msc)-[:ACTIVATES {evidence: 'in_vitro', refs: [4]}]->(stat3),"
    " (stat3)-[:INHIBITS {evidence: 'animal', refs: [5, 6]}]->(alf),"
    " (msc)-[:SECRETES {evidence: 'animal', refs: [1]}]->(pge2),"
    " (pge2)-[:INHIBITS {evidence: 'review', refs: [8]}]->(alf),"
    " (pge2)-[:INHIBITS {evidence: 'clinical', refs: [2]}]->(infl),"
    " (infl)-[:PROMOTES {evidence: 'animal', refs: [3]}]->(alf),"
    " (stat3)-[:ACTIVATES {evidence: 'animal', refs: [9]}]->(infl)";

inline const char* const kFromTo =
    "PATHS FROM (c:CellType {name: 'MSC'}) TO (d:Disease {name: 'acute liver failure'})";

// The graph's chains from MSC to acute liver failure.
namespace chains {
inline const std::string kTreats = "MSC -[TREATS]-> acute liver failure";
inline const std::string kViaStat3 = "MSC -[ACTIVATES]-> STAT3 -[INHIBITS]-> acute liver failure";
inline const std::string kViaPge2 = "MSC -[SECRETES]-> PGE2 -[INHIBITS]-> acute liver failure";
inline const std::string kPge2Inflammation =
    "MSC -[SECRETES]-> PGE2 -[INHIBITS]-> inflammation -[PROMOTES]-> acute liver failure";
inline const std::string kStat3Inflammation =
    "MSC -[ACTIVATES]-> STAT3 -[ACTIVATES]-> inflammation -[PROMOTES]-> acute liver failure";

}  // namespace chains

struct SignedDb : TestDb {
    SignedDb() : TestDb(kSignedGraph) {
        engine.set_type_signs({{"TREATS", -1}, {"ACTIVATES", 1}, {"INHIBITS", -1}, {"SECRETES", 0}, {"PROMOTES", 1}});
    }

    // The chain column of each row, in result order.
    std::vector<std::string> chains(const std::string& tail) {
        std::vector<std::string> out;
        for (const auto& row : run(std::string(kFromTo) + " " + tail).rows) out.push_back(row.at(0).as_string());
        return out;
    }
};

}  // namespace liverkg::engine::testing
