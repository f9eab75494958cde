#include "server/status_codes.hpp"

namespace liverkg::server {
namespace {

const char* code_of(const Error& e) {
    if (e.code == "ParameterMissing") return "Neo.ClientError.Statement.ParameterMissing";
    if (e.code == "AccessMode") return "Neo.ClientError.Statement.AccessMode";
    switch (e.kind) {
    case ErrorKind::SyntaxError: return "Neo.ClientError.Statement.SyntaxError";
    case ErrorKind::SemanticError: return "Neo.ClientError.Statement.SemanticError";
    case ErrorKind::TypeError: return "Neo.ClientError.Statement.TypeError";
    case ErrorKind::ArgumentError: return "Neo.ClientError.Statement.ArgumentError";
    case ErrorKind::EntityNotFound: return "Neo.ClientError.Statement.EntityNotFound";
    case ErrorKind::ConstraintVerificationFailed: return "Neo.ClientError.Schema.ConstraintValidationFailed";
    case ErrorKind::ProcedureError: return "Neo.ClientError.Procedure.ProcedureNotFound";
    case ErrorKind::ParameterMissing: return "Neo.ClientError.Statement.ParameterMissing";
    case ErrorKind::LoadError: return "Neo.ClientError.Statement.ExternalResourceFailed";
    case ErrorKind::Cancelled: return "Neo.ClientError.Transaction.Terminated";
    case ErrorKind::ResourceLimit: return "Neo.DatabaseError.Statement.ExecutionFailed";
    case ErrorKind::TransactionError: return "Neo.ClientError.Transaction.TransactionNotFound";
    case ErrorKind::StorageError: return "Neo.DatabaseError.Transaction.TransactionCommitFailed";
    }
    return "Neo.DatabaseError.General.UnknownError";
}

}  // namespace

Failure failure_of(const Error& e) {
    std::string message = std::string(error_kind_name(e.kind));
    if (!e.code.empty()) message += " (" + e.code + ")";
    message += ": " + e.message;
    if (e.pos)
        message += " (line " + std::to_string(e.pos->line) + ", column " + std::to_string(e.pos->column) +
                   " (offset: " + std::to_string(e.pos->offset) + "))";
    return {code_of(e), std::move(message)};
}

}  // namespace liverkg::server
