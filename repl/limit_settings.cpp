#include "repl/limit_settings.hpp"

#include <cmath>
#include <cstdlib>

namespace liverkg::repl {

const std::vector<LimitSetting>& limit_settings() {
    static const std::vector<LimitSetting> table = {
        {"max-memory", "MB",
         "memory one statement may hold (rows, values, strings, its result), in MB (default 2048; 0 = none)",
         &engine::Limits::max_memory_bytes, std::uint64_t(1) << 20, false},
        {"max-steps", "N",
         "steps one statement may take (nodes and relationships visited, rows made; default 500000000; 0 = none)",
         &engine::Limits::max_steps, 1, false},
        {"timeout", "SECONDS", "wall-clock time one statement may take (default 0 = none; fractions allowed)",
         &engine::Limits::timeout_ms, 1000, true},
        {"plan-cache", "N",
         "compiled plans kept for statements that differ only in their literals (default 1000; 0 or off = no "
         "plan cache; liverkg serve does not cache plans)",
         &engine::Limits::plan_cache_size, 1, false},
    };
    return table;
}

const LimitSetting* find_limit(std::string_view name) {
    for (const auto& s : limit_settings())
        if (name == s.name) return &s;
    return nullptr;
}

bool set_limit(engine::Limits& limits, const LimitSetting& s, std::string_view text, std::string& error) {
    if (text == "none" || text == "off") {
        limits.*s.field = 0;
        return true;
    }
    std::size_t digits = 0, dots = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') ++digits;
        else if (c == '.' && s.fraction) ++dots;
        else digits = 0, dots = 2;   // anything else is wrong
    }
    double value = digits && dots <= 1 && text.size() <= 15 ? std::strtod(std::string(text).c_str(), nullptr) : -1;
    double scaled = value * double(s.per_unit);
    if (value < 0 || !std::isfinite(scaled) || scaled >= 9.0e18) {
        error = std::string("--") + s.name + " expects " + s.unit + " as a number" +
                (s.fraction ? "" : " without a fraction") + ", 0 or none for no limit; got '" + std::string(text) + "'";
        return false;
    }
    limits.*s.field = static_cast<std::uint64_t>(std::llround(scaled));
    return true;
}

std::string limit_text(const engine::Limits& limits, const LimitSetting& s) {
    std::uint64_t v = limits.*s.field;
    if (v == 0) return "none";
    if (v % s.per_unit == 0) return std::to_string(v / s.per_unit);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", double(v) / double(s.per_unit));
    return buf;
}

}  // namespace liverkg::repl
