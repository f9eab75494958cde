// Replacement global operator new/delete that count live bytes per thread (usable sizes, so
// that a block is counted the same when it is freed) and enforce the installed MemoryBudget.
// They live in this file, beside MemoryBudget, so that every binary using the engine links them.
#include "engine/runtime/memory_budget.hpp"

#include <malloc.h>

#include <cstddef>
#include <cstdlib>
#include <limits>

namespace liverkg::engine {
namespace {

constexpr std::int64_t kNoCeiling = std::numeric_limits<std::int64_t>::max();

struct ThreadUsage {
    std::int64_t live = 0;
    std::int64_t ceiling = kNoCeiling;   // live may not pass it while a budget is installed
    std::int64_t peak = std::numeric_limits<std::int64_t>::min();
    bool tripped = false;
};

constinit thread_local ThreadUsage tl_usage;

[[gnu::noinline, noreturn]] void refuse(void* p, std::size_t usable) {
    tl_usage.live -= static_cast<std::int64_t>(usable);
    std::free(p);
    // Further allocations (unwinding, building the error message) are let through.
    tl_usage.tripped = true;
    tl_usage.ceiling = kNoCeiling;
    throw MemoryBudgetExceeded();
}

inline void* counted(void* p) {
    std::size_t usable = malloc_usable_size(p);
    ThreadUsage& u = tl_usage;
    u.live += static_cast<std::int64_t>(usable);
    if (u.live > u.peak) [[unlikely]] {
        if (u.live > u.ceiling) refuse(p, usable);
        u.peak = u.live;
    }
    return p;
}

// malloc, else the new-handler loop the standard asks for, else std::bad_alloc.
void* allocate(std::size_t n, std::size_t align) {
    if (n == 0) n = 1;
    // A request past the ceiling is refused before the memory is asked for (a huge vector
    // reservation costs nothing then).
    const ThreadUsage& u = tl_usage;
    if (u.ceiling != kNoCeiling && (u.live > u.ceiling || n > std::uint64_t(u.ceiling - u.live))) [[unlikely]]
        refuse(nullptr, 0);
    while (true) {
        void* p = align <= alignof(std::max_align_t) ? std::malloc(n)
                                                      : std::aligned_alloc(align, (n + align - 1) / align * align);
        if (p) return counted(p);
        std::new_handler h = std::get_new_handler();
        if (!h) throw std::bad_alloc();
        h();
    }
}

void release(void* p) noexcept {
    if (!p) return;
    tl_usage.live -= static_cast<std::int64_t>(malloc_usable_size(p));
    std::free(p);
}

void* allocate_nothrow(std::size_t n, std::size_t align) noexcept {
    try {
        return allocate(n, align);
    } catch (...) {
        return nullptr;
    }
}

}  // namespace

std::int64_t thread_live_bytes() { return tl_usage.live; }

MemoryBudget::MemoryBudget(std::uint64_t max_bytes)
    : base_(tl_usage.live), saved_ceiling_(tl_usage.ceiling), saved_peak_(tl_usage.peak),
      saved_tripped_(tl_usage.tripped) {
    std::int64_t room = max_bytes == 0 || max_bytes > std::uint64_t(kNoCeiling / 2) ? kNoCeiling / 2
                                                                                    : std::int64_t(max_bytes);
    std::int64_t ceiling = base_ + room;
    tl_usage.ceiling = ceiling < saved_ceiling_ ? ceiling : saved_ceiling_;
    // The peak is tracked from here; the ceiling test rides on it (one branch per allocation).
    tl_usage.peak = base_;
    if (tl_usage.peak > tl_usage.ceiling) tl_usage.peak = tl_usage.ceiling;
    tl_usage.tripped = false;
}

MemoryBudget::~MemoryBudget() {
    tl_usage.ceiling = saved_ceiling_;
    std::int64_t mine = tl_usage.peak;
    tl_usage.peak = saved_peak_ > mine ? saved_peak_ : mine;
    tl_usage.tripped = saved_tripped_;
}

bool MemoryBudget::exceeded() const { return tl_usage.tripped; }
std::int64_t MemoryBudget::used() const { return tl_usage.live - base_; }
std::int64_t MemoryBudget::peak() const { return tl_usage.peak - base_; }

}  // namespace liverkg::engine

using liverkg::engine::allocate;
using liverkg::engine::allocate_nothrow;
using liverkg::engine::release;

void* operator new(std::size_t n) { return allocate(n, 0); }
void* operator new[](std::size_t n) { return allocate(n, 0); }
void* operator new(std::size_t n, std::align_val_t a) { return allocate(n, std::size_t(a)); }
void* operator new[](std::size_t n, std::align_val_t a) { return allocate(n, std::size_t(a)); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return allocate_nothrow(n, 0); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return allocate_nothrow(n, 0); }
void* operator new(std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
    return allocate_nothrow(n, std::size_t(a));
}
void* operator new[](std::size_t n, std::align_val_t a, const std::nothrow_t&) noexcept {
    return allocate_nothrow(n, std::size_t(a));
}

void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { release(p); }
