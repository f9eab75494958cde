// Replays a fuzz target's corpus without libFuzzer: every file of the directories (or the files)
// given is fed once to LLVMFuzzerTestOneInput. The test suite runs it on the committed corpora,
// so what the fuzz runs found stays checked by the ordinary build: a target aborts when an input
// breaks what it asserts, and the test fails.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputs_of(const std::filesystem::path& where) {
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(where)) {
        for (const auto& entry : std::filesystem::directory_iterator(where))
            if (entry.is_regular_file()) files.push_back(entry.path());
        std::sort(files.begin(), files.end());
    } else if (std::filesystem::is_regular_file(where)) {
        files.push_back(where);
    }
    return files;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR_OR_FILE...\n", argv[0]);
        return 2;
    }
    for (int i = 1; i < argc; ++i) {
        auto files = inputs_of(argv[i]);
        if (files.empty()) {
            std::fprintf(stderr, "%s: no inputs found (a corpus directory with files was expected)\n", argv[i]);
            return 1;
        }
        for (const auto& file : files) {
            std::ifstream in(file, std::ios::binary);
            std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            // The target reads size bytes only; an empty input still gets a valid pointer.
            bytes.push_back('\0');
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size() - 1);
        }
        std::printf("%s: %zu inputs replayed\n", argv[i], files.size());
    }
    return 0;
}
