#pragma once
// Citations of reference numbers, resolved against the graph's Reference nodes
// (kg/references.hpp): "Zhang 2019 [54]" = surname of the first author, year, number.
// The Cypher function kg.cite(refs) and PATHS/DOT output call these.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph.hpp"

namespace liverkg::kg {

// "Wang 2021 [54]"; "Wang [54]" without a year; "[54]" when the graph has no Reference 54.
std::string cite(const graph::Graph& g, std::int64_t number);

// One citation per number, in the order given.
std::vector<std::string> cite(const graph::Graph& g, std::span<const std::int64_t> numbers);

// The surname of the first author of an `authors` cell as the bibliography prints it:
// "HUANG Guicai, LUO Yehao" -> "Huang", "AM ESCH JS 2ND, ..." -> "Am Esch",
// "Yazdian Fatemeh Askari" -> "Yazdian"; a name in a script without capitals ("韩英") whole.
std::string first_author_surname(std::string_view authors);

}  // namespace liverkg::kg
