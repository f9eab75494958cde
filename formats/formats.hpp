#pragma once
// Every file format liverkg reads or writes, in ONE table (formats/registry.cpp). `--load`,
// `:load`, `--export`, `:export`, the REPL's completion of `:export` and `--help` all read it;
// adding a format is adding a row (docs/architecture.md, "Where to add a format").
#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "engine/engine.hpp"
#include "graph/graph.hpp"

namespace liverkg::kg {
struct DirectoryTables;
}

namespace liverkg::formats {

// How a node of a loaded network (SIF, GraphML) may be matched to a node already in the graph,
// tried in this order; the first way that finds a node decides (docs/interchange.md).
enum class MatchBy { Id, Xref, Name, Alias };

// What a reader may be told on the command line (--sif-label, --merge-on, ...).
struct LoadOptions {
    std::string label_column = "category";   // TSV: column whose `|` cells are the labels
    std::string sif_label = "Molecule";      // SIF: the label of the nodes it creates
    std::string sif_mapping;                 // SIF: file mapping interaction names to types
    std::vector<MatchBy> merge_on{MatchBy::Id, MatchBy::Xref, MatchBy::Name, MatchBy::Alias};
};

// "id", "xref", "name", "alias" (and the reverse); nullopt for another word.
std::optional<MatchBy> match_by_from_name(std::string_view name);
std::string_view match_by_name(MatchBy m);

struct LoadReport {
    std::size_t nodes = 0;           // nodes created
    std::size_t relationships = 0;   // relationships created
    std::vector<std::string> warnings;   // "FILE:LINE: message" for rows skipped or merged by policy
    // A network's merge into the graph: "merged 3 of 12 nodes (2 by name, 1 by alias), ...".
    std::string summary;
    // Signs of relationship types the file defines (SIF's 1/-1), for PATHS ... SIGN; a type
    // that already has a sign keeps it.
    std::map<std::string, int, std::less<>> signs;
};

// Reads PATH into the graph, all or nothing. On failure throws
// ErrorException{LoadError, "", "FILE:LINE: message"} (or "FILE:LINE:COLUMN: ...") and the graph
// is unchanged.
using ReadFn = LoadReport (*)(graph::Graph& g, const std::string& path, const LoadOptions& options);

// What a writer writes: a statement's result, or (result == nullptr) the whole graph. A format
// whose writers are one function for both looks at `result` itself.
struct ExportJob {
    const graph::Graph& graph;
    const engine::ResultSet* result = nullptr;
    const engine::TypeSigns& signs;   // relationship signs from schema.tsv (colours, SIF signs)
    std::string path;
    std::string title;   // drawings: the title (empty: made from the paths drawn)
    int dpi = 0;         // png: dots per inch (0: Graphviz's 96)
    // tsv: schema.tsv and ontology_terms.tsv loaded with the graph, saved beside it.
    const kg::DirectoryTables* tables = nullptr;
};

// Writes the job's file (or directory) atomically (base/atomic_file.hpp: a failure leaves the
// old file); on failure throws ErrorException or std::exception with a message naming the path.
using WriteFn = void (*)(const ExportJob& job);

struct Format {
    std::string_view name;          // as typed after --export and :export
    std::string_view extensions;    // space-separated, with the dot (".sif .txt"); "/" = a directory
    std::string_view description;   // one line for --help and :help
    ReadFn read = nullptr;          // null: liverkg cannot read this format
    WriteFn write_graph = nullptr;  // null: cannot write a whole graph
    WriteFn write_result = nullptr; // null: cannot write a result set
};

std::span<const Format> all_formats();
const Format* find_format(std::string_view name);

// The format whose reader takes PATH: a directory is TSV, a file goes by its extension
// (case-insensitive). nullptr when no reader claims it.
const Format* reader_for(const std::string& path);

// "tsv|graphml|..." of the formats with a reader, or with a writer, for usage messages.
std::string reader_names();
std::string writer_names();
// "nodes.tsv/edges.tsv directory, .sif, .graphml" for the --load help and its error message.
std::string readable_kinds();

// One line per format (name, extensions, read/write, description), for --help and :help.
std::string formats_help();

// Writes a result if the job has one and the format can, else the whole graph if it can.
// Throws ErrorException (ArgumentError) naming what the format cannot write.
void export_with(const Format& format, const ExportJob& job);

}  // namespace liverkg::formats
