// liverkg: the command line and interactive shell of the liver knowledge graph.
#include <cstdio>
#include <new>

#include "repl/app.hpp"

#ifdef LIVERKG_HAVE_MIMALLOC
#include <cstdlib>

#include <mimalloc.h>

// 2 MB pages (transparent huge pages, madvise) for mimalloc's segments: a large graph is
// hundreds of MB of fresh memory, and on a virtual machine each 4 KB page fault costs
// microseconds. Opening the scale-1.0 benchmark graph took 27,000 faults and ~0.5 s of CPU
// with 4 KB pages, 13,000 and ~0.3 s with this switch (memory mimalloc reserved before main
// keeps 4 KB pages; set in the environment, 900 faults; docs/performance.md). An explicit
// MIMALLOC_LARGE_OS_PAGES in the environment still decides.
static void use_large_pages() {
    if (!std::getenv("MIMALLOC_LARGE_OS_PAGES")) mi_option_enable(mi_option_large_os_pages);
}
#else
static void use_large_pages() {}
#endif

int main(int argc, char** argv) {
    use_large_pages();
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
