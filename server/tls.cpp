#include "server/tls.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>

#include <boost/asio/ssl.hpp>
#include <openssl/err.h>
#include <openssl/x509.h>

namespace liverkg::server {
namespace {

namespace ssl = boost::asio::ssl;

// A clear reason before OpenSSL's own, which says "system lib" for a missing file.
void require_readable(const std::string& file, const char* what) {
    std::ifstream in(file, std::ios::binary);
    if (!in) throw TlsSetupError("cannot read the TLS " + std::string(what) + " file " + file + ": " + std::strerror(errno));
    char byte;
    if (!in.get(byte)) throw TlsSetupError("the TLS " + std::string(what) + " file " + file + " is empty");
}

// OpenSSL's reason for the last failure (its text names no key material).
std::string openssl_reason(const boost::system::error_code& ec) {
    std::string reason = ec.message();
    ERR_clear_error();
    return reason;
}

}  // namespace

std::shared_ptr<ssl::context> load_tls(const std::string& cert_file, const std::string& key_file) {
    require_readable(cert_file, "certificate");
    require_readable(key_file, "key");
    auto context = std::make_shared<ssl::context>(ssl::context::tls_server);
    // TLS 1.2 and later only; no compression, no renegotiation by clients.
    context->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                         ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::no_compression);
    // An encrypted key would make OpenSSL prompt on the terminal; answer with no passphrase.
    context->set_password_callback([](std::size_t, ssl::context::password_purpose) { return std::string(); });
    boost::system::error_code ec;
    if (context->use_certificate_chain_file(cert_file, ec))
        throw TlsSetupError("the TLS certificate file " + cert_file + " holds no usable PEM certificate (" +
                            openssl_reason(ec) + ")");
    if (context->use_private_key_file(key_file, ssl::context::pem, ec)) {
        if (ERR_GET_REASON(static_cast<unsigned long>(ec.value())) == X509_R_KEY_VALUES_MISMATCH) {
            ERR_clear_error();
            throw TlsSetupError("the TLS key file " + key_file + " does not belong to the certificate in " + cert_file);
        }
        throw TlsSetupError("the TLS key file " + key_file + " holds no usable PEM private key (" + openssl_reason(ec) +
                            "; an encrypted key is not supported)");
    }
    if (SSL_CTX_check_private_key(context->native_handle()) != 1) {
        ERR_clear_error();
        throw TlsSetupError("the TLS key file " + key_file + " does not belong to the certificate in " + cert_file);
    }
    return context;
}

}  // namespace liverkg::server
