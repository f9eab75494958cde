#include <catch2/catch.hpp>

#include <stdexcept>

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graph_concepts.hpp>

#include "graph/algo.hpp"
#include "graph/bgl.hpp"
#include "graph/typed_adjacency.hpp"

using namespace liverkg::graph;

namespace {

// A small graph with two shortest routes from 0 to 4 and a long detour:
//   0 -A-> 1 -A-> 4,  0 -A-> 2 -B-> 4,  0 -B-> 3 -B-> 5 -B-> 6 -B-> 4,  1 -A-> 1 (self-loop)
struct Fixture {
    Graph g;
    TypeId A = g.intern_type("A"), B = g.intern_type("B");
    std::vector<NodeId> n;
    std::vector<RelId> r;
    Fixture() {
        for (int i = 0; i < 7; ++i) n.push_back(g.add_node());
        auto link = [&](int a, int b, TypeId t) { r.push_back(g.add_rel(n[a], n[b], t)); };
        link(0, 1, A);   // r0
        link(1, 4, A);   // r1
        link(0, 2, A);   // r2
        link(2, 4, B);   // r3
        link(0, 3, B);   // r4
        link(3, 5, B);   // r5
        link(5, 6, B);   // r6
        link(6, 4, B);   // r7
        link(1, 1, A);   // r8
    }
};

Expand out(std::vector<TypeId> types = {}) { return {Expand::Dir::Out, std::move(types)}; }

}  // namespace

TEST_CASE("shortest_path finds a shortest route and respects direction", "[algo]") {
    Fixture f;
    auto p = shortest_path(f.g, f.n[0], f.n[4], out(), 10);
    REQUIRE(p);
    CHECK(p->rels.size() == 2);
    CHECK(p->nodes.front() == f.n[0]);
    CHECK(p->nodes.back() == f.n[4]);
    CHECK(p->nodes.size() == 3);
    CHECK_FALSE(shortest_path(f.g, f.n[4], f.n[0], out(), 10));
    auto back = shortest_path(f.g, f.n[4], f.n[0], {Expand::Dir::In, {}}, 10);
    REQUIRE(back);
    CHECK(back->rels.size() == 2);
    auto both = shortest_path(f.g, f.n[4], f.n[0], {Expand::Dir::Both, {}}, 10);
    REQUIRE(both);
    CHECK(both->rels.size() == 2);
}

TEST_CASE("shortest_path: max_hops, same node, type filter", "[algo]") {
    Fixture f;
    CHECK_FALSE(shortest_path(f.g, f.n[0], f.n[4], out(), 1));
    auto same = shortest_path(f.g, f.n[3], f.n[3], out(), 5);
    REQUIRE(same);
    CHECK(same->rels.empty());
    CHECK(same->nodes == std::vector<NodeId>{f.n[3]});
    auto b_only = shortest_path(f.g, f.n[0], f.n[4], out({f.B}), 10);
    REQUIRE(b_only);
    CHECK(b_only->rels == std::vector<RelId>{f.r[4], f.r[5], f.r[6], f.r[7]});
    CHECK_FALSE(shortest_path(f.g, f.n[0], f.n[4], out({f.B}), 3));
    auto a_only = shortest_path(f.g, f.n[0], f.n[4], out({f.A}), 10);
    REQUIRE(a_only);
    CHECK(a_only->rels == std::vector<RelId>{f.r[0], f.r[1]});
}

TEST_CASE("shortest_path applies node and relationship filters during the search", "[algo]") {
    Fixture f;
    auto not_1_or_2 = [&](NodeId x) { return x != f.n[1] && x != f.n[2]; };
    auto p = shortest_path(f.g, f.n[0], f.n[4], out(), 10, not_1_or_2);
    REQUIRE(p);
    CHECK(p->rels.size() == 4);
    // Endpoints are not filtered: a filter rejecting node 4 still finds the route.
    auto endpoint = shortest_path(f.g, f.n[0], f.n[4], out(), 10, [&](NodeId x) { return x != f.n[4]; });
    REQUIRE(endpoint);
    CHECK(endpoint->rels.size() == 2);
    auto no_r1_r3 = [&](RelId x) { return x != f.r[1] && x != f.r[3]; };
    auto q = shortest_path(f.g, f.n[0], f.n[4], out(), 10, nullptr, no_r1_r3);
    REQUIRE(q);
    CHECK(q->rels.size() == 4);
    CHECK_FALSE(shortest_path(f.g, f.n[0], f.n[4], out(), 10, [](NodeId) { return false; }));
}

TEST_CASE("a search stopped by its progress callback leaves nothing behind for the next", "[algo]") {
    // A chain 0 -> 1 -> ... -> 199 (node ids past one 64-bit word of the visited bitmap).
    Graph g;
    TypeId T = g.intern_type("T");
    std::vector<NodeId> n;
    for (int i = 0; i < 200; ++i) n.push_back(g.add_node());
    for (int i = 0; i + 1 < 200; ++i) g.add_rel(n[i], n[i + 1], T);
    int calls = 0;
    auto stop_at_5 = [&](std::uint64_t) {
        if (++calls == 5) throw std::runtime_error("stopped");
    };
    CHECK_THROWS_AS(shortest_path(g, n[0], n[199], out(), 500, nullptr, nullptr, stop_at_5), std::runtime_error);
    // The abandoned search marked nodes on both sides; a new one must not see them.
    auto p = shortest_path(g, n[0], n[199], out(), 500);
    REQUIRE(p);
    CHECK(p->rels.size() == 199);
    CHECK(p->nodes.front() == n[0]);
    CHECK(p->nodes.back() == n[199]);
    auto middle = shortest_path(g, n[70], n[130], {Expand::Dir::Both, {}}, 500);
    REQUIRE(middle);
    CHECK(middle->rels.size() == 60);
    CHECK(middle->nodes[30] == n[100]);
    CHECK_FALSE(shortest_path(g, n[130], n[70], out(), 500));
}

TEST_CASE("all_shortest_paths lists every shortest route once", "[algo]") {
    Fixture f;
    auto paths = all_shortest_paths(f.g, f.n[0], f.n[4], out(), 10);
    REQUIRE(paths.size() == 2);
    CHECK(paths[0].rels == std::vector<RelId>{f.r[0], f.r[1]});
    CHECK(paths[1].rels == std::vector<RelId>{f.r[2], f.r[3]});
    // A parallel relationship is a distinct path.
    f.g.add_rel(f.n[0], f.n[1], f.A);
    CHECK(all_shortest_paths(f.g, f.n[0], f.n[4], out(), 10).size() == 3);
    CHECK(all_shortest_paths(f.g, f.n[0], f.n[4], out(), 1).empty());
    auto filtered = all_shortest_paths(f.g, f.n[0], f.n[4], out(), 10, [&](NodeId x) { return x != f.n[1]; });
    REQUIRE(filtered.size() == 1);
    CHECK(filtered[0].rels == std::vector<RelId>{f.r[2], f.r[3]});
}

TEST_CASE("reachable_within collects distinct nodes by BFS depth", "[algo]") {
    Fixture f;
    CHECK(reachable_within(f.g, f.n[0], out(), 1, 1) == std::vector<NodeId>{f.n[1], f.n[2], f.n[3]});
    CHECK(reachable_within(f.g, f.n[0], out(), 1, 2) == std::vector<NodeId>{f.n[1], f.n[2], f.n[3], f.n[4], f.n[5]});
    CHECK(reachable_within(f.g, f.n[0], out(), 2, 3) == std::vector<NodeId>{f.n[4], f.n[5], f.n[6]});
    CHECK(reachable_within(f.g, f.n[0], out(), 0, 1).size() == 3);   // never the start node itself
    CHECK(reachable_within(f.g, f.n[4], {Expand::Dir::Both, {f.A}}, 1, 3) == std::vector<NodeId>{f.n[0], f.n[1], f.n[2]});
    CHECK(reachable_within(f.g, f.n[4], out(), 1, 3).empty());
}

TEST_CASE("deleted relationships and nodes are not walked", "[algo]") {
    Fixture f;
    f.g.remove_rel(f.r[1]);
    f.g.remove_rel(f.r[3]);
    auto p = shortest_path(f.g, f.n[0], f.n[4], out(), 10);
    REQUIRE(p);
    CHECK(p->rels.size() == 4);
    CHECK_FALSE(shortest_path(f.g, f.n[0], 99, out(), 10));
}

TEST_CASE("the BGL view runs Boost's breadth_first_search", "[algo][bgl]") {
    Fixture f;
    BOOST_CONCEPT_ASSERT((boost::IncidenceGraphConcept<OutView>));
    BOOST_CONCEPT_ASSERT((boost::VertexListGraphConcept<OutView>));
    auto dist = bfs_distances(f.g, f.n[0], out());
    CHECK(dist[f.n[0]] == 0);
    CHECK(dist[f.n[1]] == 1);
    CHECK(dist[f.n[4]] == 2);
    CHECK(dist[f.n[6]] == 3);
    auto b_dist = bfs_distances(f.g, f.n[0], out({f.B}));
    CHECK(b_dist[f.n[1]] == -1);
    CHECK(b_dist[f.n[4]] == 4);
    OutView both(f.g, {Expand::Dir::Both, {f.A}});
    CHECK(out_degree(f.n[1], both) == 3);   // r0 in, r1 out, the self-loop once
}

TEST_CASE("the algorithms see every change, rollback included", "[algo]") {
    Fixture f;
    CHECK(shortest_path(f.g, f.n[0], f.n[4], out(), 10)->rels.size() == 2);   // builds the snapshot
    f.g.remove_rel(f.r[1]);
    f.g.remove_rel(f.r[3]);
    CHECK(shortest_path(f.g, f.n[0], f.n[4], out(), 10)->rels.size() == 4);
    f.g.begin();
    RelId shortcut = f.g.add_rel(f.n[0], f.n[4], f.B);
    auto p = shortest_path(f.g, f.n[0], f.n[4], out(), 10);
    REQUIRE(p);
    CHECK(p->rels == std::vector<RelId>{shortcut});
    f.g.rollback();
    CHECK(shortest_path(f.g, f.n[0], f.n[4], out(), 10)->rels.size() == 4);
    CHECK(reachable_within(f.g, f.n[0], out({f.B}), 1, 1) == std::vector<NodeId>{f.n[3]});
}

TEST_CASE("the typed adjacency groups each node's relationships by type", "[algo]") {
    Fixture f;
    f.g.add_rel(f.n[0], f.n[5], f.A);   // type A again after a B: grouped with the other A's
    auto adj = f.g.typed_adjacency();
    std::vector<std::pair<TypeId, RelId>> seen;
    adj->for_each(f.n[0], true, [](TypeId) { return true; }, [&](const Adjacent& a) { seen.emplace_back(a.type, a.rel); });
    REQUIRE(seen.size() == 4);
    CHECK(seen[0] == std::pair{f.A, f.r[0]});
    CHECK(seen[1] == std::pair{f.A, f.r[2]});
    CHECK(seen[2].first == f.A);
    CHECK(seen[3] == std::pair{f.B, f.r[4]});
    CHECK(adj->degree(f.n[0], true, [&](TypeId t) { return t == f.B; }) == 1);
    CHECK(adj == f.g.typed_adjacency());   // unchanged graph: the same snapshot
}
