#pragma once
// Optional TLS for `liverkg serve --tls-cert FILE --tls-key FILE` (bolt+s:// and bolt+ssc://),
// OpenSSL through Boost.Asio. The files are read once at startup, so a bad file stops the
// server before it listens, with a message naming the file; key material is never logged.
#include <memory>
#include <stdexcept>
#include <string>

namespace boost::asio::ssl {
class context;
}

namespace liverkg::server {

// A certificate or key that cannot be used; the message names the file and says why.
class TlsSetupError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The server's TLS context: the certificate chain (PEM) and its private key (PEM, not
// encrypted: a passphrase prompt would hang a service). Throws TlsSetupError.
std::shared_ptr<boost::asio::ssl::context> load_tls(const std::string& cert_file, const std::string& key_file);

}  // namespace liverkg::server
