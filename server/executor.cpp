#include "server/executor.hpp"

#include "parser/parse.hpp"
#include "server/packstream.hpp"

namespace liverkg::server {

Executor::Executor(graph::Graph& graph, engine::TypeSigns signs, std::size_t max_result_bytes,
                   engine::Limits limits)
    : graph_(graph), engine_(graph), max_result_bytes_(max_result_bytes), limits_(limits) {
    engine_.set_type_signs(std::move(signs));
}

std::uint64_t Executor::graph_version() {
    std::lock_guard lock(mutex_);
    return graph_.version();
}

EncodedResult Executor::run(std::string_view text, const engine::Params& params, const std::atomic<bool>* cancel) {
    auto parsed = parser::parse(text);
    if (parsed.error) throw ErrorException(*parsed.error);
    if (parsed.statements.size() != 1)
        raise(ErrorKind::SyntaxError, "UnexpectedSyntax",
              parsed.statements.empty() ? "expected a statement" : "expected one statement per query, found " +
                                                                       std::to_string(parsed.statements.size()));
    std::lock_guard lock(mutex_);
    auto rs = engine_.run(parsed.statements.front(), engine::RunOptions{&params, cancel, limits_});
    EncodedResult out{std::move(rs.columns), {}, rs.stats, std::move(rs.notices), graph_.version()};
    out.records.reserve(rs.rows.size());
    std::size_t total = 0;
    for (const auto& row : rs.rows) {
        std::string body;
        pack::Encoder e(body, &graph_);
        e.struct_header(0x71, 1);   // RECORD
        e.list_header(row.size());
        for (const auto& v : row) e.value(v);
        total += body.size();
        if (total > max_result_bytes_)
            raise(ErrorKind::ResourceLimit, "", "the result exceeds the server's maximum result size of " +
                                                    std::to_string(max_result_bytes_) +
                                                    " bytes (liverkg serve --max-result-bytes)");
        out.records.push_back(std::move(body));
    }
    return out;
}

}  // namespace liverkg::server
