#pragma once
// Settings of `liverkg serve` (docs/server.md lists each with its flag and default).
#include <chrono>
#include <cstddef>
#include <memory>
#include <string>

#include "engine/runtime/limits.hpp"

namespace boost::asio::ssl {
class context;
}

namespace liverkg::server {

struct ServerConfig {
    std::string host = "127.0.0.1";   // localhost unless told otherwise
    unsigned short port = 7687;       // 0 picks a free port
    bool auth = true;
    std::string user = "neo4j";
    std::string password;             // from LIVERKG_PASSWORD or --password-file, never argv
    std::size_t max_message_bytes = 16u << 20;
    std::size_t max_result_bytes = 512u << 20;
    engine::Limits limits;            // of every statement: --max-memory, --max-steps, --timeout
    std::size_t max_connections = 64;
    std::chrono::seconds idle_timeout{600};
    std::chrono::milliseconds auth_failure_delay{1000};
    // How long a statement or BEGIN waits for another connection's transaction to end before
    // it fails with Neo.TransientError.Transaction.LockAcquisitionTimeout (drivers retry).
    std::chrono::milliseconds lock_timeout{10000};
    unsigned threads = 4;
    std::string agent = "liverkg";    // the `server` field of HELLO's SUCCESS
    std::string database = "neo4j";   // the one database's name, as drivers expect it
    std::shared_ptr<boost::asio::ssl::context> tls;   // from load_tls (server/tls.hpp); null: plain TCP
};

}  // namespace liverkg::server
