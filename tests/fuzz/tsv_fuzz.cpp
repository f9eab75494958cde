// libFuzzer target: the KGX TSV loader on arbitrary bytes. The input is a nodes file and an
// edges file, split at the first form feed (\f); each is written to a temporary file and
// loaded. A load either succeeds or throws a LoadError naming FILE:LINE; a failed load leaves
// the graph unchanged; nothing may crash, leak or hang.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>

#include "base/error.hpp"
#include "formats/tsv.hpp"

using namespace liverkg;

namespace {

std::string scratch_dir() {
    static std::string dir = [] {
        char pattern[] = "/tmp/liverkg-tsv-fuzz-XXXXXX";
        const char* d = mkdtemp(pattern);
        if (!d) std::abort();
        return std::string(d);
    }();
    return dir;
}

void write(const std::string& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto split = text.find('\f');
    std::string nodes = scratch_dir() + "/nodes.tsv", edges = scratch_dir() + "/edges.tsv";
    write(nodes, text.substr(0, split));
    write(edges, split == std::string_view::npos ? std::string_view{} : text.substr(split + 1));
    graph::Graph g;
    try {
        formats::load_tsv_files(g, nodes, edges);
    } catch (const ErrorException& e) {
        if (e.error().kind != ErrorKind::LoadError) std::abort();
        if (g.counts().nodes != 0 || g.counts().relationships != 0) std::abort();
    }
    return 0;
}
