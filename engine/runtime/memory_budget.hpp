#pragma once
// What a statement really holds: every allocation through operator new (values, rows,
// intermediate results, strings, the containers around them) is counted, per thread, by
// the replacement operators in memory_budget.cpp. A MemoryBudget installed on the thread
// makes an allocation that would take the thread's live bytes past its ceiling fail with
// MemoryBudgetExceeded (a std::bad_alloc) before the memory is touched; the statement
// boundary turns that into a ResourceLimit error (engine/runtime/governor.hpp).
//
// The replacement operators also make a real allocation failure (ulimit -v, an exhausted
// machine) throw std::bad_alloc instead of aborting, as mimalloc's own operator new does.
#include <cstdint>
#include <new>

namespace liverkg::engine {

// Thrown by operator new when the installed budget would be exceeded.
class MemoryBudgetExceeded : public std::bad_alloc {
public:
    const char* what() const noexcept override { return "memory budget exceeded"; }
};

// Bytes this thread has allocated and not freed (usable sizes), since it started.
std::int64_t thread_live_bytes();

// While alive, allocations on this thread may grow its live bytes by at most `max_bytes`
// (0: no limit). Budgets nest: the inner one restores the outer one when it ends.
class MemoryBudget {
public:
    explicit MemoryBudget(std::uint64_t max_bytes);
    ~MemoryBudget();
    MemoryBudget(const MemoryBudget&) = delete;
    MemoryBudget& operator=(const MemoryBudget&) = delete;

    // Whether an allocation was refused (someone may have swallowed the exception).
    bool exceeded() const;
    // Bytes allocated and not freed since the budget began (may be negative).
    std::int64_t used() const;
    // The most used() reached, measured at each allocation.
    std::int64_t peak() const;

private:
    std::int64_t base_;
    std::int64_t saved_ceiling_;
    std::int64_t saved_peak_;
    bool saved_tripped_;
};

}  // namespace liverkg::engine
