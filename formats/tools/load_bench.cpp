// Times load_tsv on a directory: `liverkg_load_bench DIR [label_column]`.
// Peak memory comes from `/usr/bin/time -v` around this program (docs/performance.md).
#include <chrono>
#include <cstdio>

#include "base/error.hpp"
#include "formats/tsv.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DIR [label_column]\n", argv[0]);
        return 2;
    }
    liverkg::formats::TsvLoadOptions options;
    if (argc > 2) options.label_column = argv[2];
    liverkg::graph::Graph g;
    auto start = std::chrono::steady_clock::now();
    try {
        auto report = liverkg::formats::load_tsv(g, argv[1], options);
        auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::printf("loaded %zu nodes, %zu relationships in %.1f ms (%zu warnings)\n", report.nodes,
                    report.relationships, ms, report.warnings.size());
        for (const auto& w : report.warnings) std::printf("  %s\n", w.c_str());
    } catch (const liverkg::ErrorException& e) {
        std::fprintf(stderr, "LoadError: %s\n", e.error().message.c_str());
        return 1;
    }
    return 0;
}
