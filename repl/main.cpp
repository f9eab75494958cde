// liverkg: the command line and interactive shell of the liver knowledge graph.
#include <cstdio>
#include <new>

#include "repl/app.hpp"

int main(int argc, char** argv) {
    // Statements report running out of memory themselves (engine/runtime/memory_budget.hpp); this is
    // for the rest (loading, parsing a huge script): an error and exit 1, not an abort.
    try {
        return liverkg::repl::run_app(argc, argv);
    } catch (const std::bad_alloc&) {
        std::fflush(stdout);
        std::fputs("ResourceLimit: out of memory\n", stderr);
        return 1;
    }
}
