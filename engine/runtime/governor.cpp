#include "engine/runtime/governor.hpp"

#include <algorithm>
#include <string>

#include "base/error.hpp"

namespace liverkg::engine {

namespace {

std::string with_commas(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string seconds_text(std::uint64_t ms) {
    if (ms % 1000 == 0) return std::to_string(ms / 1000) + " s";
    return std::to_string(ms) + " ms";
}

}  // namespace

std::string format_megabytes(std::uint64_t bytes) { return with_commas(bytes >> 20) + " MB"; }

Governor::Governor(const Limits& limits, const std::atomic<bool>* cancel)
    : limits_(limits), cancel_(cancel), memory_(limits.max_memory_bytes) {
    if (limits_.timeout_ms) deadline_ = std::chrono::steady_clock::now() + std::chrono::milliseconds(limits_.timeout_ms);
    if (limits_.max_steps) next_check_ = std::min<std::uint64_t>(next_check_, limits_.max_steps + 1);
}

void Governor::check() {
    next_check_ = steps_ + kCheckEvery;
    if (cancel_ && cancel_->load(std::memory_order_relaxed))
        raise(ErrorKind::Cancelled, "", "statement cancelled; the graph is unchanged");
    if (memory_.exceeded()) memory_exceeded();
    if (limits_.max_steps) {
        if (steps_ > limits_.max_steps)
            raise(ErrorKind::ResourceLimit, "",
                  "the statement exceeded the step limit of " + with_commas(limits_.max_steps) +
                      " steps (nodes and relationships visited, rows made); narrow the pattern, bound the "
                      "variable-length relationships (e.g. *..4), or raise the limit with --max-steps N "
                      "(:set max-steps N in the shell)");
        next_check_ = std::min<std::uint64_t>(next_check_, limits_.max_steps + 1);
    }
    if (limits_.timeout_ms && std::chrono::steady_clock::now() > deadline_)
        raise(ErrorKind::ResourceLimit, "",
              "the statement ran longer than the timeout of " + seconds_text(limits_.timeout_ms) +
                  "; raise it with --timeout SECONDS (:set timeout SECONDS in the shell; 0 = none)");
}

void Governor::memory_exceeded() const {
    raise(ErrorKind::ResourceLimit, "",
          "the statement needs more than the memory limit of " + format_megabytes(limits_.max_memory_bytes) +
              "; aggregate earlier, narrow the pattern, or raise the limit with --max-memory MB "
              "(:set max-memory MB in the shell)");
}

void Governor::out_of_memory() const {
    raise(ErrorKind::ResourceLimit, "",
          "out of memory: the machine (or ulimit) refused an allocation before the statement's limit of " +
              format_megabytes(limits_.max_memory_bytes) + " was reached; lower --max-memory or free memory");
}

}  // namespace liverkg::engine
