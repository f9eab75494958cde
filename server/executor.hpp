#pragma once
// The server's way into the engine: statements from every connection run here one at a
// time (the engine and the graph are not safe for concurrent use, and until the durable
// storage's isolation lands one lock is the honest answer), and each result is encoded
// under that lock, so a record shows the graph as the statement saw it.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "engine/engine.hpp"
#include "graph/graph.hpp"

namespace liverkg::server {

// A statement's outcome, ready to stream: each record's PackStream fields, encoded.
struct EncodedResult {
    std::vector<std::string> columns;
    std::vector<std::string> records;   // the RECORD message body of each row
    engine::Stats stats;
    std::vector<std::string> notices;
    std::uint64_t graph_version = 0;    // after the statement (the bookmark)
};

class Executor {
public:
    // Every statement runs under `limits` (engine/runtime/limits.hpp: memory, steps, time).
    Executor(graph::Graph& graph, engine::TypeSigns signs, std::size_t max_result_bytes,
             engine::Limits limits = {});
    // Parses and runs one statement. Throws ErrorException: the engine's errors (the graph is
    // unchanged then), and ResourceLimit when the encoded result would exceed
    // max_result_bytes (checked after the statement ran: a write that returns such a result
    // has taken effect, and only its rows are refused).
    EncodedResult run(std::string_view text, const engine::Params& params, const std::atomic<bool>* cancel);
    std::uint64_t graph_version();

private:
    std::mutex mutex_;
    graph::Graph& graph_;
    engine::Engine engine_;
    std::size_t max_result_bytes_;
    engine::Limits limits_;
};

}  // namespace liverkg::server
