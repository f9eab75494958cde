#include "repl/serve_command.hpp"

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include <boost/program_options.hpp>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "repl/app.hpp"
#include "repl/cli_options.hpp"
#include "repl/limit_settings.hpp"
#include "repl/session.hpp"
#include "repl/version.hpp"
#include "server/server.hpp"
#include "server/tls.hpp"

namespace liverkg::repl {
namespace po = boost::program_options;
namespace {

struct ServeOptions {
    server::ServerConfig config;
    std::string listen = "127.0.0.1:7687";
    std::vector<std::string> loads;
    std::string db;
    std::string checkpoint_after;
    std::size_t lock_timeout_seconds = 10;
    bool empty = false;
    bool no_auth = false;
    std::string password_file;
    std::string tls_cert, tls_key;
    std::string log_level = "info";
    std::size_t idle_seconds = 600;
    bool help = false;
};

po::options_description describe(ServeOptions& o) {
    auto& c = o.config;
    po::options_description d("Options of liverkg serve");
    d.add_options()
        ("help,h", po::bool_switch(&o.help), "print this help and exit")
        ("listen", po::value(&o.listen)->value_name("HOST:PORT"),
         "address to listen on (default: 127.0.0.1:7687; port 0 picks a free port)")
        ("db", po::value(&o.db)->value_name("DIR"),
         "serve the durable database in DIR (created when missing; as `liverkg --db`): every commit "
         "is on disk before it is acknowledged")
        ("checkpoint-after", po::value(&o.checkpoint_after)->value_name("BYTES"),
         "with --db: write a checkpoint when the log grows past BYTES (suffix K, M or G; default 64M)")
        ("load", po::value(&o.loads)->value_name("PATH")->composing(),
         "load PATH before serving (repeatable; as `liverkg --load`; with --db it is imported into the database)")
        ("empty", po::bool_switch(&o.empty), "serve an empty graph instead of the bundled data")
        ("user", po::value(&c.user)->value_name("NAME"), "the user clients log in as (default: neo4j)")
        ("password-file", po::value(&o.password_file)->value_name("FILE"),
         "read the password from FILE's first line (else $LIVERKG_PASSWORD)")
        ("no-auth", po::bool_switch(&o.no_auth), "accept every client without a password (prints a warning)")
        ("tls-cert", po::value(&o.tls_cert)->value_name("FILE"),
         "serve TLS (bolt+s://, bolt+ssc://) with the PEM certificate chain in FILE (needs --tls-key)")
        ("tls-key", po::value(&o.tls_key)->value_name("FILE"), "the PEM private key of --tls-cert (not encrypted)")
        ("max-connections", po::value(&c.max_connections)->value_name("N"),
         "connections served at once; more are closed (default: 64)")
        ("idle-timeout", po::value(&o.idle_seconds)->value_name("SECONDS"),
         "close a connection silent this long (default: 600)")
        ("max-message-size", po::value(&c.max_message_bytes)->value_name("BYTES"),
         "largest request message; a larger one closes its connection (default: 16 MiB)")
        ("max-result-size", po::value(&c.max_result_bytes)->value_name("BYTES"),
         "largest encoded result of one statement (default: 512 MiB)")
        ("lock-timeout", po::value(&o.lock_timeout_seconds)->value_name("SECONDS"),
         "how long a statement or BEGIN waits for another connection's transaction before failing with "
         "a transient error that drivers retry (default: 10)")
        ("threads", po::value(&c.threads)->value_name("N"), "network threads (default: 4)")
        ("log-level", po::value(&o.log_level)->value_name("LEVEL"),
         "connection log on stderr: trace|debug|info|warn|error|off (default: info)");
    for (const auto& s : limit_settings())
        d.add_options()(s.name, po::value<std::string>()->value_name(s.unit), s.help);
    return d;
}

bool parse_listen(const std::string& text, server::ServerConfig& c) {
    auto colon = text.rfind(':');
    if (colon == std::string::npos || colon + 1 == text.size()) return false;
    std::string host = text.substr(0, colon);
    if (host.size() > 1 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    char* end = nullptr;
    long port = std::strtol(text.c_str() + colon + 1, &end, 10);
    if (*end || port < 0 || port > 65535 || host.empty()) return false;
    c.host = host;
    c.port = static_cast<unsigned short>(port);
    return true;
}

// The password never comes from the command line (ps and shell histories would show it).
std::string find_password(const ServeOptions& o, std::string& error) {
    if (!o.password_file.empty()) {
        std::ifstream in(o.password_file);
        std::string line;
        if (!in || !std::getline(in, line)) return error = "cannot read the password file " + o.password_file, "";
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) error = "the password file " + o.password_file + " starts with an empty line";
        return line;
    }
    const char* env = std::getenv("LIVERKG_PASSWORD");
    if (env && *env) return env;
    error = "authentication is on: give the password in LIVERKG_PASSWORD or --password-file FILE "
            "(or serve without authentication with --no-auth)";
    return "";
}

int usage(const std::string& message) {
    std::cerr << "liverkg serve: " << message << "\nTry 'liverkg serve --help'.\n";
    return 2;
}

}  // namespace

int run_serve(int argc, const char* const* argv) {
    ServeOptions o;
    auto options = describe(o);
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        if (a == "--password" || a.starts_with("--password="))
            return usage("passwords are not taken on the command line (ps and shell histories would "
                         "show them): use LIVERKG_PASSWORD or --password-file FILE");
    }
    try {
        po::variables_map vm;
        po::store(po::command_line_parser(argc, argv).options(options).run(), vm);
        po::notify(vm);
        std::string error;
        for (const auto& s : limit_settings())
            if (vm.count(s.name) && !set_limit(o.config.limits, s, vm[s.name].as<std::string>(), error))
                return usage(error);
    } catch (const po::error& e) {
        return usage(e.what());
    }
    if (o.help) {
        std::cout << "Usage: liverkg serve [OPTIONS]\nServes the graph to Bolt clients (Neo4j's drivers and tools); "
                     "see docs/server.md.\n\n" << options;
        return 0;
    }
    if (!parse_listen(o.listen, o.config)) return usage("--listen expects HOST:PORT, got '" + o.listen + "'");
    if (o.config.max_connections == 0 || o.config.threads == 0 || o.config.max_message_bytes == 0)
        return usage("--max-connections, --threads and --max-message-size must be positive");
    o.config.idle_timeout = std::chrono::seconds(o.idle_seconds);
    o.config.lock_timeout = std::chrono::seconds(o.lock_timeout_seconds);
    storage::OpenOptions db_options;
    if (!o.checkpoint_after.empty()) {
        auto size = byte_size(o.checkpoint_after);
        if (!size) return usage("--checkpoint-after: expected a size in bytes such as 4096, 64K or 64M");
        if (o.db.empty()) return usage("--checkpoint-after needs --db DIR");
        db_options.checkpoint_after = *size;
    }
    o.config.agent = std::string("liverkg/") + version();
    o.config.auth = !o.no_auth;
    if (o.config.auth) {
        std::string error;
        o.config.password = find_password(o, error);
        if (!error.empty()) return usage(error);
    }
    if (o.tls_cert.empty() != o.tls_key.empty())
        return usage("TLS needs both --tls-cert FILE and --tls-key FILE");
    if (!o.tls_cert.empty()) {
        try {   // before the graph loads: a bad file stops the server at once
            o.config.tls = server::load_tls(o.tls_cert, o.tls_key);
        } catch (const server::TlsSetupError& e) {
            std::cerr << "liverkg serve: " << e.what() << '\n';
            return 2;
        }
    }
    auto logger = spdlog::stderr_color_mt("liverkg");
    spdlog::set_default_logger(logger);
    spdlog::set_level(spdlog::level::from_str(o.log_level));
    if (o.no_auth)
        std::cerr << "liverkg serve: WARNING: authentication is off (--no-auth): anyone who can reach "
                  << o.listen << " can read and change the graph\n";

    std::ostringstream quiet;
    Session session(quiet, std::cerr);
    if (!o.db.empty()) {   // before anything loads: a database in use or damaged stops here
        try {
            session.open_database(o.db, db_options);
        } catch (const storage::StorageError& e) {
            std::cerr << "liverkg serve: cannot open the database: " << e.what() << '\n';
            return 2;
        }
    }
    // A database is its own starting graph: the bundled one is not loaded into it.
    if (!load_startup_graph(session, o.empty || !o.db.empty(), o.loads)) return 2;
    return server::serve(session.database(), session.type_signs(), o.config);
}

}  // namespace liverkg::repl
