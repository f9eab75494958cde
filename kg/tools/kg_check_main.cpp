// `liverkg_kg_check DIR`: prints check_kg's errors and warnings, one per line; exit 1 when
// there are errors.
#include <cstdio>

#include "kg/check.hpp"

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    auto report = liverkg::kg::check_kg(argv[1]);
    for (const auto& p : report.errors) std::printf("%s\n", p.c_str());
    for (const auto& w : report.warnings) std::printf("warning: %s\n", w.c_str());
    return report.ok() ? 0 : 1;
}
