#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "graph/store/string_index.hpp"

using liverkg::graph::NodeId;
using liverkg::graph::store::StringIndex;

namespace {

std::vector<NodeId> list(std::span<const NodeId> s) { return {s.begin(), s.end()}; }

}  // namespace

TEST_CASE("the string index keeps each value's nodes sorted and forgets emptied values", "[graph][index]") {
    StringIndex index;
    CHECK(index.find("HGF").empty());
    index.insert("HGF", 7);
    index.insert("HGF", 3);
    index.insert("HGF", 5);
    index.insert("HGF", 5);   // already there
    index.insert("IL-10", 4);
    CHECK(list(index.find("HGF")) == std::vector<NodeId>{3, 5, 7});
    CHECK(list(index.find("IL-10")) == std::vector<NodeId>{4});
    CHECK(index.find("HG").empty());
    CHECK(index.find("").empty());
    CHECK(index.size() == 2);
    index.erase("HGF", 5);
    index.erase("HGF", 6);     // not there
    index.erase("MET", 1);     // no such value
    CHECK(list(index.find("HGF")) == std::vector<NodeId>{3, 7});
    index.erase("HGF", 3);
    CHECK(list(index.find("HGF")) == std::vector<NodeId>{7});
    index.erase("HGF", 7);
    CHECK(index.find("HGF").empty());
    CHECK(index.size() == 1);
    index.insert("", 9);       // the empty string is a value like any other
    CHECK(list(index.find("")) == std::vector<NodeId>{9});
}

TEST_CASE("the string index agrees with a map through growth, deletion and compaction", "[graph][index]") {
    std::mt19937 rng(12345);
    StringIndex index;
    std::map<std::string, std::set<NodeId>> model;
    // Few distinct values among many operations: long probe runs, shared values, and values
    // removed and added back (backward-shift deletion, list reuse, arena compaction).
    auto value = [&] {
        int k = static_cast<int>(rng() % 3000);
        std::string s = "Gene:" + std::to_string(k);
        if (k % 7 == 0) s += std::string(40, 'x');   // longer than the short-string buffer
        return s;
    };
    for (int step = 0; step < 60000; ++step) {
        std::string v = value();
        auto n = static_cast<NodeId>(rng() % 5);
        if (rng() % 3 == 0) {
            index.erase(v, n);
            auto it = model.find(v);
            if (it != model.end()) {
                it->second.erase(n);
                if (it->second.empty()) model.erase(it);
            }
        } else {
            index.insert(v, n);
            model[v].insert(n);
        }
        if (step % 5000 == 4999) {
            REQUIRE(index.size() == model.size());
            for (int k = 0; k < 3000; ++k) {
                std::string s = "Gene:" + std::to_string(k);
                if (k % 7 == 0) s += std::string(40, 'x');
                auto it = model.find(s);
                std::vector<NodeId> want = it == model.end() ? std::vector<NodeId>{}
                                                             : std::vector<NodeId>(it->second.begin(), it->second.end());
                REQUIRE(list(index.find(s)) == want);
            }
        }
    }
    // Emptied completely, then reused.
    for (const auto& [v, nodes] : model)
        for (NodeId n : nodes) index.erase(v, n);
    CHECK(index.size() == 0);
    CHECK(index.find("Gene:1").empty());
    index.reserve(100000);
    index.insert("Gene:1", 42);
    CHECK(list(index.find("Gene:1")) == std::vector<NodeId>{42});
}
