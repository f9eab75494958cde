// Reading SIF: streamed line by line (bounded memory for any file size), staged as a network,
// merged into the graph all or nothing.
#include <filesystem>
#include <set>
#include <tuple>

#include "base/error.hpp"
#include "formats/line_source.hpp"
#include "formats/network/network.hpp"
#include "formats/rows.hpp"
#include "formats/sif/sif.hpp"

namespace liverkg::formats::rows {
namespace {

// Cytoscape writes tab-separated SIF when names hold spaces; otherwise any run of spaces and
// tabs separates fields.
std::vector<std::string> fields_of(const std::string& line) {
    std::vector<std::string> out;
    bool tabs = line.find('\t') != std::string::npos;
    std::size_t i = 0;
    while (i < line.size()) {
        if (tabs) {
            auto end = line.find('\t', i);
            if (end == std::string::npos) end = line.size();
            std::string f = line.substr(i, end - i);
            auto b = f.find_first_not_of(' '), e = f.find_last_not_of(' ');
            if (b != std::string::npos) out.push_back(f.substr(b, e - b + 1));
            i = end + 1;
        } else {
            i = line.find_first_not_of(" \t", i);
            if (i == std::string::npos) break;
            auto end = line.find_first_of(" \t", i);
            if (end == std::string::npos) end = line.size();
            out.push_back(line.substr(i, end - i));
            i = end;
        }
    }
    return out;
}

bool blank_or_comment(const std::string& line) {
    auto b = line.find_first_not_of(" \t");
    return b == std::string::npos || line[b] == '#';
}

class SifReader {
public:
    SifReader(const std::string& path, const LoadOptions& options)
        : lines_(path), options_(options), source_(std::filesystem::path(path).filename().string()) {
        net_.file = path;
        if (!options.sif_mapping.empty()) mapping_.read_file(options.sif_mapping);
    }

    network::Network read() {
        std::string line;
        while (lines_.next(line))
            if (!blank_or_comment(line)) add_line(fields_of(line));
        if (repeated_)
            net_.warnings.push_back(net_.file + ": " + std::to_string(repeated_) +
                                    " repeated interactions were loaded once");
        return std::move(net_);
    }

private:
    void add_line(const std::vector<std::string>& f) {
        if (f.size() < 3)
            raise(ErrorKind::LoadError, "",
                  lines_.where() + ": expected `source interaction target...` (at least 3 fields), found " +
                      std::to_string(f.size()) + (f.size() == 1 ? " field '" + f[0] + "'" : " fields"));
        auto kind = mapping_.lookup(f[1]);
        if (kind.sign) net_.signs[kind.type] = *kind.sign;
        std::size_t from = node(f[0]);
        for (std::size_t t = 2; t < f.size(); ++t) {
            std::size_t to = node(f[t]);
            if (!seen_.insert({from, kind.type, to}).second) {
                ++repeated_;
                continue;
            }
            net_.rels.push_back({from, to, kind.type,
                                 {{"interaction", graph::Value(f[1])}, {"source", graph::Value(source_)}}});
        }
    }

    std::size_t node(const std::string& name) {
        std::size_t before = net_.nodes.size();
        std::size_t i = net_.node(name, lines_.where());
        if (net_.nodes.size() > before) {
            auto& n = net_.nodes[i];
            if (!options_.sif_label.empty()) n.labels.push_back(options_.sif_label);
            n.props = {{"id", graph::Value(name)}, {"name", graph::Value(name)}};
        }
        return i;
    }

    LineSource lines_;
    const LoadOptions& options_;
    std::string source_;
    sif::Mapping mapping_;
    network::Network net_;
    std::set<std::tuple<std::size_t, std::string, std::size_t>> seen_;
    std::size_t repeated_ = 0;
};

}  // namespace

LoadReport read_sif(graph::Graph& g, const std::string& path, const LoadOptions& options) {
    auto net = SifReader(path, options).read();
    return network::apply_network(g, net, options);
}

}  // namespace liverkg::formats::rows
