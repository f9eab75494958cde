// Queries over the format table: by name, by the path a reader is given, and the lists that
// usage messages and --help print.
#include <algorithm>
#include <cctype>
#include <filesystem>

#include "base/error.hpp"
#include "formats/formats.hpp"

namespace liverkg::formats {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

// The extensions of a row, one by one.
template <class F>
void each_extension(const Format& f, F visit) {
    std::string_view rest = f.extensions;
    while (!rest.empty()) {
        auto cut = rest.find(' ');
        auto ext = rest.substr(0, cut);
        if (!ext.empty()) visit(ext);
        rest = cut == std::string_view::npos ? std::string_view{} : rest.substr(cut + 1);
    }
}

std::string names_where(bool (*wanted)(const Format&)) {
    std::string out;
    for (const auto& f : all_formats())
        if (wanted(f)) out += (out.empty() ? "" : "|") + std::string(f.name);
    return out;
}

}  // namespace

std::optional<MatchBy> match_by_from_name(std::string_view name) {
    if (name == "id") return MatchBy::Id;
    if (name == "xref" || name == "xrefs") return MatchBy::Xref;
    if (name == "name") return MatchBy::Name;
    if (name == "alias" || name == "aliases") return MatchBy::Alias;
    return std::nullopt;
}

std::string_view match_by_name(MatchBy m) {
    switch (m) {
    case MatchBy::Id: return "id";
    case MatchBy::Xref: return "xref";
    case MatchBy::Name: return "name";
    case MatchBy::Alias: return "alias";
    }
    return "?";
}

const Format* find_format(std::string_view name) {
    for (const auto& f : all_formats())
        if (f.name == name) return &f;
    return nullptr;
}

const Format* reader_for(const std::string& path) {
    std::error_code ec;
    bool dir = std::filesystem::is_directory(path, ec);
    std::string ext = lower(std::filesystem::path(path).extension().string());
    for (const auto& f : all_formats()) {
        if (!f.read) continue;
        bool claims = false;
        each_extension(f, [&](std::string_view e) { claims = claims || (dir ? e == "/" : e == ext); });
        if (claims) return &f;
    }
    return nullptr;
}

std::string reader_names() {
    return names_where([](const Format& f) { return f.read != nullptr; });
}

std::string writer_names() {
    return names_where([](const Format& f) { return f.write_graph || f.write_result; });
}

std::string readable_kinds() {
    std::string out;
    for (const auto& f : all_formats()) {
        if (!f.read) continue;
        each_extension(f, [&](std::string_view e) {
            out += out.empty() ? "" : ", ";
            out += e == "/" ? "a directory of nodes.tsv and edges.tsv" : "a " + std::string(e) + " file";
        });
    }
    return out;
}

std::string formats_help() {
    std::string out;
    for (const auto& f : all_formats()) {
        std::string line = "  " + std::string(f.name);
        line.resize(std::max<std::size_t>(line.size() + 1, 10), ' ');
        std::string modes = f.read ? "read" : "";
        if (f.write_graph || f.write_result) modes += modes.empty() ? "write" : "/write";
        line += modes;
        line.resize(std::max<std::size_t>(line.size() + 1, 22), ' ');
        out += line + std::string(f.description) + '\n';
    }
    return out;
}

void export_with(const Format& format, const ExportJob& job) {
    // A format that writes only whole graphs (a database import) writes the graph even after
    // a statement; one that writes only results needs a result.
    if (job.result && format.write_result) return format.write_result(job);
    if (format.write_graph) {
        ExportJob whole{.graph = job.graph, .result = nullptr, .signs = job.signs, .path = job.path,
                        .title = job.title, .dpi = job.dpi, .tables = job.tables};
        return format.write_graph(whole);
    }
    raise(ErrorKind::ArgumentError, "",
          std::string(format.name) + " writes a statement's result, and there is none to write");
}

}  // namespace liverkg::formats
