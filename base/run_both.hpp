#pragma once
// Two independent pieces of work, on two threads when `parallel` (the second on a new
// thread, the first on this one), else one after the other. Whatever happens, both have
// finished when it returns; an exception from either is rethrown, the first's before the
// second's. The bulk paths of the store use it (loading, the path-search snapshot).
#include <cstddef>
#include <exception>
#include <thread>

namespace liverkg {

template <class First, class Second>
void run_both(bool parallel, First&& first, Second&& second) {
    if (!parallel) {
        first();
        second();
        return;
    }
    std::exception_ptr second_error;
    std::thread thread([&] {
        try {
            second();
        } catch (...) {
            second_error = std::current_exception();
        }
    });
    try {
        first();
    } catch (...) {
        thread.join();
        throw;
    }
    thread.join();
    if (second_error) std::rethrow_exception(second_error);
}

// Whether a second thread is worth starting for work of this size (`threshold` is where it
// starts to pay) on this machine.
inline bool worth_two_threads(std::size_t work, std::size_t threshold) {
    return work >= threshold && std::thread::hardware_concurrency() > 1;
}

}  // namespace liverkg
