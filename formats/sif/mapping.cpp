// The interaction-to-type mapping of SIF files, and its file form.
#include <algorithm>
#include <cctype>
#include <sstream>
#include <vector>

#include "base/error.hpp"
#include "formats/line_source.hpp"
#include "formats/sif/sif.hpp"

namespace liverkg::formats::sif {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

std::optional<int> parse_sign(const std::string& s) {
    if (s == "+" || s == "1" || s == "+1") return 1;
    if (s == "-" || s == "-1") return -1;
    if (s == "0") return 0;
    return std::nullopt;
}

bool plain_name(const std::string& s) {
    if (s.empty() || std::isdigit(static_cast<unsigned char>(s[0]))) return false;
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isalnum(c) || c == '_'; });
}

}  // namespace

Mapping::Mapping() {
    for (const char* plus : {"1", "+", "+1"}) entries_[plus] = {"ACTIVATES", 1};
    for (const char* minus : {"-1", "-"}) entries_[minus] = {"INHIBITS", -1};
}

void Mapping::read_file(const std::string& path) {
    LineSource lines(path);
    std::string line;
    while (lines.next(line)) {
        std::istringstream words(line);
        std::vector<std::string> w;
        for (std::string s; words >> s;) w.push_back(s);
        if (w.empty() || w[0].starts_with("#")) continue;
        auto fail = [&](const std::string& what) {
            raise(ErrorKind::LoadError, "", lines.where() + ": " + what +
                                                " (expected `interaction TYPE [SIGN]`, SIGN one of + - 0)");
        };
        if (w.size() < 2 || w.size() > 3) fail("found " + std::to_string(w.size()) + " fields");
        if (!plain_name(w[1])) fail("'" + w[1] + "' is not a relationship type name");
        std::optional<int> sign;
        if (w.size() == 3 && !(sign = parse_sign(w[2]))) fail("'" + w[2] + "' is not a sign");
        entries_[lower(w[0])] = {w[1], sign};
    }
}

Interaction Mapping::lookup(const std::string& interaction) const {
    auto it = entries_.find(lower(interaction));
    if (it != entries_.end()) return it->second;
    return {type_name_for(interaction), std::nullopt};
}

std::string Mapping::interaction_for(const std::string& type, std::optional<int> sign) const {
    // The signed forms first (what CellNOpt reads), then a word the mapping gives the type.
    if (sign == 1) return "1";
    if (sign == -1) return "-1";
    for (const auto& [name, entry] : entries_)
        if (entry.type == type && !parse_sign(name)) return name;
    return lower(type);
}

std::string type_name_for(const std::string& interaction) {
    std::string out;
    for (unsigned char c : interaction) out += std::isalnum(c) ? char(std::toupper(c)) : '_';
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out[0]))) out.insert(out.begin(), '_');
    return out;
}

}  // namespace liverkg::formats::sif
