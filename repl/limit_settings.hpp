#pragma once
// The one table of statement limits (engine/runtime/limits.hpp): each row is a command-line flag
// (--max-memory) and a shell setting (:set max-memory), with its unit and help line.
// --help, :set, :help set and docs/cli.md's limits table follow it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/runtime/limits.hpp"

namespace liverkg::repl {

struct LimitSetting {
    const char* name;    // flag without "--", and the :set name
    const char* unit;    // how the value is written: "MB", "SECONDS", "N"
    const char* help;
    std::uint64_t engine::Limits::*field;
    std::uint64_t per_unit;   // the field's units per unit of the text (bytes per MB...)
    bool fraction;            // the text may have a fractional part (seconds)
};

const std::vector<LimitSetting>& limit_settings();
const LimitSetting* find_limit(std::string_view name);

// Sets one limit from its text ("2048", "0.5", "0" or "none" = no limit); false and a
// reason when the text is not a number of the limit's unit.
bool set_limit(engine::Limits& limits, const LimitSetting& s, std::string_view text, std::string& error);

// The current value as it could be typed back: "2048", "30", "none".
std::string limit_text(const engine::Limits& limits, const LimitSetting& s);

}  // namespace liverkg::repl
