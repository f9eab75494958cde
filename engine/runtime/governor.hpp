#pragma once
// One resource governor per statement: it counts the statement's steps, watches its clock,
// its memory (engine/runtime/memory_budget.hpp) and Ctrl-C, and stops it with a ResourceLimit (or
// Cancelled) error that names the limit and how to raise it. The loops that may run long
// call step(); the expensive checks run once every kCheckEvery steps.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include "engine/runtime/limits.hpp"
#include "engine/runtime/memory_budget.hpp"

namespace liverkg::engine {

class Governor {
public:
    Governor(const Limits& limits, const std::atomic<bool>* cancel);

    // `work` weighs the step by what it did (a hop of a path built, 64 bytes copied...).
    void step(std::uint64_t work = 1) {
        steps_ += work;
        if (steps_ >= next_check_) [[unlikely]] check();
    }
    // Throws when a limit is exceeded (or the statement was cancelled).
    void check();

    const Limits& limits() const { return limits_; }
    std::uint64_t steps() const { return steps_; }
    std::int64_t peak_memory() const { return memory_.peak(); }

    // The errors, for the statement boundary.
    [[noreturn]] void memory_exceeded() const;
    [[noreturn]] void out_of_memory() const;

private:
    static constexpr std::uint64_t kCheckEvery = 1024;

    Limits limits_;
    const std::atomic<bool>* cancel_;
    std::chrono::steady_clock::time_point deadline_;
    std::uint64_t steps_ = 0;
    std::uint64_t next_check_ = kCheckEvery;
    MemoryBudget memory_;
};

// "2048 MB" or "1.5 GB" for a limit's text.
std::string format_megabytes(std::uint64_t bytes);

}  // namespace liverkg::engine
