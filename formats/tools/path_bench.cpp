// Times the path algorithms on a bench graph (bench/gen_graph.py output):
// `liverkg_path_bench DIR [expected_dir]` runs Q5's 100 shortest-path pairs (undirected,
// any type) and Q6's reachable_within, 5 times each, and prints the medians; with
// expected_dir (bench/expected/scale-S) it also checks the answers.
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include <nlohmann/json.hpp>

#include "base/error.hpp"
#include "graph/algo.hpp"
#include "formats/tsv.hpp"
#include "graph/typed_adjacency.hpp"

using namespace liverkg::graph;

namespace {

NodeId node_by_id(const Graph& g, const std::string& id) {
    auto hits = g.nodes_with_property(*g.find_key("id"), id);
    if (hits.empty()) throw std::runtime_error("no node " + id);
    return hits.front();
}

// This thread's CPU time: unlike wall time, it does not count waiting for a core on a
// busy machine.
double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

template <class F>
double median_ms(F&& f) {
    std::vector<double> runs;
    for (int i = 0; i < 5; ++i) {
        double start = cpu_ms();
        f();
        runs.push_back(cpu_ms() - start);
    }
    std::sort(runs.begin(), runs.end());
    return runs[2];
}

nlohmann::json read_json(const std::string& path) {
    std::ifstream in(path);
    return nlohmann::json::parse(in);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR [expected_dir]\n", argv[0]);
        return 2;
    }
    std::string dir = argv[1];
    Graph g;
    liverkg::formats::load_tsv(g, dir);
    double snapshot_start = cpu_ms();
    g.typed_adjacency();   // built on first use; timed apart from the searches
    std::printf("typed adjacency snapshot: %.1f ms CPU\n", cpu_ms() - snapshot_start);
    auto params = read_json(dir + "/params.json");
    std::vector<std::pair<NodeId, NodeId>> pairs;
    for (const auto& p : params["Q5"]["pairs"]) pairs.emplace_back(node_by_id(g, p[1]), node_by_id(g, p[3]));
    std::vector<std::size_t> lengths(pairs.size());
    Expand any{Expand::Dir::Both, {}};
    // LIVERKG_PATH_REPEAT=N repeats Q5 N times more (for profiling).
    const char* repeat = std::getenv("LIVERKG_PATH_REPEAT");
    for (int r = 0, n = repeat ? std::atoi(repeat) : 0; r < n; ++r)
        for (const auto& [a, b] : pairs) shortest_path(g, a, b, Expand{Expand::Dir::Both, {}}, 1000);
    double q5 = median_ms([&] {
        for (std::size_t i = 0; i < pairs.size(); ++i) {
            auto path = shortest_path(g, pairs[i].first, pairs[i].second, any, 1000);
            lengths[i] = path ? path->rels.size() : 0;
        }
    });
    const auto& q6p = params["Q6"];
    Expand two{Expand::Dir::Both, {*g.find_type(q6p["rels"][0].get<std::string>()),
                                   *g.find_type(q6p["rels"][1].get<std::string>())}};
    NodeId q6_start = node_by_id(g, q6p["id"]);
    std::size_t q6_count = 0;
    for (int r = 0, n = repeat ? std::atoi(repeat) : 0; r < n / 10; ++r)
        reachable_within(g, q6_start, two, q6p["min_hops"], q6p["max_hops"]);
    double q6 = median_ms([&] { q6_count = reachable_within(g, q6_start, two, q6p["min_hops"], q6p["max_hops"]).size(); });
    std::printf("Q5 100 shortest paths: %.3f ms CPU\nQ6 reachable_within: %.3f ms CPU (%zu nodes)\n", q5, q6, q6_count);
    if (argc > 2) {
        std::string expected = argv[2];
        auto rows = read_json(expected + "/Q5.json")["rows"];
        std::size_t wrong = 0;
        for (std::size_t i = 0; i < rows.size() && i < lengths.size(); ++i) wrong += rows[i][2].get<std::size_t>() != lengths[i];
        auto q6_expected = read_json(expected + "/Q6.json")["rows"][0][0].get<std::size_t>();
        std::printf("Q5 lengths wrong: %zu of %zu; Q6 %s (expected %zu)\n", wrong, rows.size(),
                    q6_expected == q6_count ? "ok" : "WRONG", q6_expected);
        return wrong == 0 && q6_expected == q6_count ? 0 : 1;
    }
    return 0;
}
