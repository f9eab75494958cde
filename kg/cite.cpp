#include "kg/cite.hpp"

#include <algorithm>
#include <cctype>

#include "kg/references.hpp"

namespace liverkg::kg {
namespace {

bool is_upper_word(std::string_view w) {
    bool letter = false;
    for (unsigned char c : w) {
        if (std::islower(c)) return false;
        letter = letter || std::isupper(c);
    }
    return letter;
}

// Generational suffixes that follow the initials in Vancouver style ("JS 2ND", "AB JR").
bool is_suffix(std::string_view w) {
    for (std::string_view s : {"JR", "SR", "2ND", "3RD", "II", "III", "IV"})
        if (w == s) return true;
    return false;
}

std::vector<std::string_view> tokens(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && s[i] == ' ') ++i;
        std::size_t j = i;
        while (j < s.size() && s[j] != ' ') ++j;
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}

// "AM ESCH" -> "Am Esch", "ABU-ELMAGD" -> "Abu-Elmagd"; bytes outside ASCII are left alone.
std::string title_case(std::string_view s) {
    std::string out(s);
    bool start = true;
    for (char& c : out) {
        auto u = static_cast<unsigned char>(c);
        if (std::isalpha(u)) {
            c = static_cast<char>(start ? std::toupper(u) : std::tolower(u));
            start = false;
        } else {
            start = u < 0x80;   // a space, hyphen or apostrophe starts a new part
        }
    }
    return out;
}

std::string join(std::span<const std::string_view> words) {
    std::string s;
    for (auto w : words) s += (s.empty() ? "" : " ") + std::string(w);
    return s;
}

}  // namespace

std::string first_author_surname(std::string_view authors) {
    std::string_view first = authors.substr(0, std::min(authors.find(','), authors.size()));
    auto words = tokens(first);
    while (!words.empty() && is_suffix(words.back())) words.pop_back();
    if (words.empty()) return "";
    if (std::all_of(words.begin(), words.end(), is_upper_word)) {
        // Vancouver style, all capitals: surname words, then one word of initials.
        if (words.size() > 1) words.pop_back();
        return title_case(join(words));
    }
    // Surname in capitals before given names ("HUANG Guicai"), else the surname first.
    auto upper_end = std::find_if_not(words.begin(), words.end(), is_upper_word);
    if (upper_end != words.begin()) return title_case(join({words.begin(), upper_end}));
    return std::string(words.front());
}

std::string cite(const graph::Graph& g, std::int64_t number) {
    std::string tail = "[" + std::to_string(number) + "]";
    auto node = find_reference(g, number);
    if (!node) return tail;
    std::string head;
    auto text = [&](const char* key) -> const graph::Value* {
        auto k = g.find_key(key);
        return k ? g.node_property(*node, *k) : nullptr;
    };
    if (const auto* a = text("authors"); a && a->is_string()) head = first_author_surname(a->as_string());
    if (const auto* y = text("year"); y && y->is_int()) head += (head.empty() ? "" : " ") + std::to_string(y->as_int());
    return head.empty() ? tail : head + " " + tail;
}

std::vector<std::string> cite(const graph::Graph& g, std::span<const std::int64_t> numbers) {
    std::vector<std::string> out;
    out.reserve(numbers.size());
    for (std::int64_t n : numbers) out.push_back(cite(g, n));
    return out;
}

}  // namespace liverkg::kg
