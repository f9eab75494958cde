#pragma once
// Engine errors as Neo4j status codes (what drivers read from a FAILURE), and the message
// a client shows: the engine's text with its position, as Neo4j words it.
#include <string>

#include "base/error.hpp"

namespace liverkg::server {

struct Failure {
    std::string code;      // e.g. Neo.ClientError.Statement.SyntaxError
    std::string message;
};

Failure failure_of(const Error& e);

namespace status {
inline constexpr const char* unauthorized = "Neo.ClientError.Security.Unauthorized";
inline constexpr const char* request_invalid = "Neo.ClientError.Request.Invalid";
inline constexpr const char* database_not_found = "Neo.ClientError.Database.DatabaseNotFound";
inline constexpr const char* type_error = "Neo.ClientError.Statement.TypeError";
inline constexpr const char* transaction_start_failed = "Neo.ClientError.Transaction.TransactionStartFailed";
// Drivers retry transient errors (executeRead/executeWrite): the gate stayed busy too long.
inline constexpr const char* lock_timeout = "Neo.TransientError.Transaction.LockAcquisitionTimeout";
inline constexpr const char* commit_failed = "Neo.DatabaseError.Transaction.TransactionCommitFailed";
}  // namespace status

}  // namespace liverkg::server
