// `liverkg_kg_check DIR`: prints check_kg's problems, one per line; exit 1 when any.
#include <cstdio>

#include "graph/kg_check.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    auto problems = liverkg::graph::check_kg(argv[1]);
    for (const auto& p : problems) std::printf("%s\n", p.c_str());
    return problems.empty() ? 0 : 1;
}
