#include "server/server.hpp"

#include <atomic>
#include <iostream>
#include <memory>
#include <thread>
#include <vector>

#include <boost/asio.hpp>
#include <boost/asio/experimental/awaitable_operators.hpp>
#include <boost/asio/ssl.hpp>
#include <spdlog/spdlog.h>

#include "server/executor.hpp"
#include "server/framing.hpp"
#include "server/handshake.hpp"
#include "server/protocol.hpp"

namespace liverkg::server {
namespace {

namespace asio = boost::asio;
using asio::ip::tcp;
using TlsStream = asio::ssl::stream<tcp::socket>;
using namespace asio::experimental::awaitable_operators;

constexpr std::chrono::milliseconds max_pause{20};   // between two tries for a busy gate

// Why a connection ended early, for the log.
struct Closing : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct Shared {
    Executor& executor;
    const ServerConfig& config;
    std::string address;                 // HOST:PORT as clients reach us (routing table)
    std::atomic<std::size_t> open{0};
    std::atomic<std::uint64_t> next_id{1};
    std::shared_ptr<asio::ssl::context> tls;   // null: plain TCP
};

// Reads more bytes, or throws Closing when the peer stays silent past the idle timeout.
// Stream: a tcp::socket, or a TlsStream over one.
template <class Stream>
asio::awaitable<std::size_t> read_some(Stream& socket, char* data, std::size_t size,
                                       std::chrono::seconds timeout) {
    asio::steady_timer timer(socket.get_executor(), timeout);
    auto result = co_await (socket.async_read_some(asio::buffer(data, size), asio::use_awaitable) ||
                            timer.async_wait(asio::use_awaitable));
    if (result.index() == 1) throw Closing("idle for " + std::to_string(timeout.count()) + " s");
    co_return std::get<0>(result);
}

template <class Stream>
asio::awaitable<std::string> read_exactly(Stream& socket, std::size_t n, std::chrono::seconds timeout) {
    std::string bytes(n, '\0');
    for (std::size_t got = 0; got < n;) got += co_await read_some(socket, bytes.data() + got, n - got, timeout);
    co_return bytes;
}

// The handshake; returns the version agreed, or throws Closing.
template <class Stream>
asio::awaitable<BoltVersion> negotiate(Stream& socket, std::chrono::seconds timeout) {
    auto opening = co_await read_exactly(socket, handshake_size, timeout);
    auto answer = answer_handshake(opening);
    if (!answer) throw Closing("not a Bolt client (no magic preamble)");
    co_await asio::async_write(socket, asio::buffer(answer->reply), asio::use_awaitable);
    if (answer->version) co_return *answer->version;
    if (!answer->manifest) throw Closing("no common protocol version (liverkg speaks Bolt " +
                                         version_text(lowest_version) + " to " + version_text(highest_version) +
                                         " and " + version_text(legacy_version) + ")");
    std::string choice;
    for (;;) {
        char byte;
        co_await read_some(socket, &byte, 1, timeout);
        choice.push_back(byte);
        std::size_t consumed = 0;
        try {
            if (auto v = read_manifest_choice(choice, consumed)) co_return *v;
        } catch (const std::invalid_argument& e) {
            throw Closing(e.what());
        }
    }
}

template <class Stream>
asio::awaitable<void> converse(Stream& socket, Shared& shared, std::string id) {
    const auto& config = shared.config;
    auto version = co_await negotiate(socket, config.idle_timeout);
    spdlog::debug("bolt {}: Bolt {}", id, version_text(version));
    Protocol protocol(shared.executor, config, id, shared.address, version);
    ChunkDecoder decoder(config.max_message_bytes);
    std::vector<char> buffer(64 * 1024);
    for (;;) {
        std::size_t n = co_await read_some(socket, buffer.data(), buffer.size(), config.idle_timeout);
        try {
            decoder.feed(std::string_view(buffer.data(), n));
        } catch (const FramingError& e) {
            throw Closing(e.what());
        }
        while (auto message = decoder.next()) {
            Reply reply = protocol.handle(*message);
            // The gate is held by another connection's transaction: try again on a timer
            // (never blocking this thread), until the protocol's bounded wait gives up.
            for (auto pause = std::chrono::milliseconds(1); reply.busy; pause = std::min(pause * 2, max_pause)) {
                asio::steady_timer timer(socket.get_executor(), pause);
                co_await timer.async_wait(asio::use_awaitable);
                reply = protocol.handle(*message);
            }
            if (reply.delay) {
                asio::steady_timer pause(socket.get_executor(), config.auth_failure_delay);
                co_await pause.async_wait(asio::use_awaitable);
            }
            if (!reply.bytes.empty())
                co_await asio::async_write(socket, asio::buffer(reply.bytes), asio::use_awaitable);
            if (reply.close) throw Closing(reply.close_reason);
        }
    }
}

// The TLS handshake, bounded by the idle timeout. A client that speaks plain Bolt to a TLS
// server fails here (its magic bytes are no TLS record) and is told nothing more.
asio::awaitable<void> secure(TlsStream& stream, std::chrono::seconds timeout) {
    asio::steady_timer timer(stream.get_executor(), timeout);
    auto result = co_await (stream.async_handshake(asio::ssl::stream_base::server, asio::as_tuple(asio::use_awaitable)) ||
                            timer.async_wait(asio::use_awaitable));
    if (result.index() == 1) throw Closing("no TLS handshake within " + std::to_string(timeout.count()) + " s");
    auto [ec] = std::get<0>(result);
    if (ec) throw Closing("TLS handshake failed (" + ec.message() + "; a plaintext bolt:// client?)");
}

asio::awaitable<void> connection(tcp::socket socket, Shared& shared) {
    std::string id = "bolt-" + std::to_string(shared.next_id++);
    std::string peer;
    try {
        peer = socket.remote_endpoint().address().to_string() + ":" + std::to_string(socket.remote_endpoint().port());
        spdlog::info("{}: connection from {}{}", id, peer, shared.tls ? " (TLS)" : "");
        if (shared.tls) {
            TlsStream stream(std::move(socket), *shared.tls);
            co_await secure(stream, shared.config.idle_timeout);
            co_await converse(stream, shared, id);
        } else {
            co_await converse(socket, shared, id);
        }
    } catch (const Closing& e) {
        spdlog::info("{}: closed ({})", id, e.what());
    } catch (const boost::system::system_error& e) {
        if (e.code() == asio::error::eof || e.code() == asio::error::connection_reset)
            spdlog::info("{}: the client disconnected", id);
        else
            spdlog::warn("{}: closed ({})", id, e.code().message());
    } catch (const std::exception& e) {
        spdlog::error("{}: closed after an internal error: {}", id, e.what());
    }
    --shared.open;
}

asio::awaitable<void> accept_loop(tcp::acceptor& acceptor, Shared& shared) {
    for (;;) {
        auto [ec, socket] = co_await acceptor.async_accept(asio::as_tuple(asio::use_awaitable));
        if (ec == asio::error::operation_aborted) co_return;
        if (ec) {
            spdlog::warn("accept failed: {}", ec.message());
            continue;
        }
        if (shared.open >= shared.config.max_connections) {
            spdlog::warn("refused a connection: {} connections open (--max-connections)", shared.open.load());
            continue;   // the socket closes as it goes out of scope
        }
        ++shared.open;
        socket.set_option(tcp::no_delay(true));
        asio::co_spawn(asio::make_strand(acceptor.get_executor()), connection(std::move(socket), shared),
                       asio::detached);
    }
}

std::string address_text(const tcp::endpoint& e) {
    auto host = e.address().to_string();
    return (e.address().is_v6() ? "[" + host + "]" : host) + ":" + std::to_string(e.port());
}

}  // namespace

namespace {

// The network side: returns once a signal has stopped it and every thread has left. The
// io_context dies inside, before `shared` and the executor: destroying it destroys the
// suspended connections, whose protocols roll back the transactions they hold.
int run_network(Shared& shared) {
    const auto& config = shared.config;
    asio::io_context io(static_cast<int>(config.threads));
    tcp::acceptor acceptor(io);
    try {
        tcp::endpoint endpoint(asio::ip::make_address(config.host), config.port);
        acceptor.open(endpoint.protocol());
        acceptor.set_option(tcp::acceptor::reuse_address(true));
        acceptor.bind(endpoint);
        acceptor.listen();
    } catch (const boost::system::system_error& e) {
        std::cerr << "liverkg serve: cannot listen on " << config.host << ":" << config.port << ": "
                  << e.code().message() << '\n';
        return 1;
    }
    shared.address = address_text(acceptor.local_endpoint());

    asio::signal_set signals(io, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code& ec, int signal) {
        if (ec) return;
        spdlog::info("signal {}: stopping", signal);
        std::cerr << "liverkg serve: stopping\n";
        acceptor.close();
        io.stop();   // statements running finish first: run() returns between handlers
    });
    asio::co_spawn(io, accept_loop(acceptor, shared), asio::detached);
    std::cerr << "Bolt server listening on " << shared.address << (shared.tls ? " (TLS)" : "") << std::endl;

    std::vector<std::thread> pool;
    for (unsigned i = 1; i < std::max(1u, config.threads); ++i) pool.emplace_back([&] { io.run(); });
    io.run();
    for (auto& t : pool) t.join();
    return 0;
}

}  // namespace

int serve(storage::Database& db, engine::TypeSigns signs, const ServerConfig& config) {
    Executor executor(db, std::move(signs), config.max_result_bytes, config.limits);
    Shared shared{.executor = executor, .config = config, .address = "", .tls = config.tls};
    int status = run_network(shared);
    if (status != 0 || !db.durable()) return status;
    try {   // the next start reads one snapshot instead of replaying the log
        db.checkpoint();
        std::cerr << "liverkg serve: checkpoint written to " << db.dir() << '\n';
    } catch (const storage::StorageError& e) {
        std::cerr << "liverkg serve: warning: the checkpoint at shutdown failed (" << e.what()
                  << "); every commit is in the log and replays at the next start\n";
    }
    return 0;
}

}  // namespace liverkg::server
