// libFuzzer target: the Bolt server's input side on arbitrary bytes after the handshake: the
// chunk decoder, the PackStream decoder and the protocol state machine (with authentication
// off, so that RUN reaches the engine on an empty in-memory database, BEGIN/COMMIT/ROLLBACK
// its transactions). Malformed input must be refused with
// a FramingError, a DecodeError or a FAILURE / closed connection; nothing may crash, leak or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "server/framing.hpp"
#include "server/protocol.hpp"
#include "storage/database.hpp"

using namespace liverkg;
using namespace liverkg::server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    graph::Graph graph;
    ServerConfig config;
    config.auth = false;
    config.auth_failure_delay = std::chrono::milliseconds(0);
    engine::Limits limits;
    limits.max_memory_bytes = std::uint64_t(64) << 20;
    limits.max_steps = 200'000;
    limits.timeout_ms = 2000;
    storage::Database db{graph};
    Executor executor{db, {}, 1 << 20, limits};
    Protocol protocol{executor, config, "bolt-fuzz", "localhost:7687"};
    ChunkDecoder chunks(1 << 16);
    try {
        chunks.feed(bytes);
    } catch (const FramingError&) {
    }
    while (auto message = chunks.next()) {
        try {
            (void)pack::Decoder(*message).message();
        } catch (const pack::DecodeError&) {
        }
        Reply r = protocol.handle(*message);
        if (r.close) break;
    }
    return 0;
}
