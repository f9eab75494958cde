#pragma once
// Errors are values with a source position; they are rendered at the edge (repl/).
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace liverkg {

// A place in a statement's text. line and column are 1-based; column counts
// characters (UTF-8 code points), offset counts bytes. Positions are relative to
// the whole text handed to the parser (all statements of one -c or one file).
struct SourcePos {
    std::uint32_t offset = 0;
    std::uint32_t line = 1;
    std::uint32_t column = 1;
};

// The openCypher error classes the command-line contract prints first.
enum class ErrorKind {
    SyntaxError,
    SemanticError,
    TypeError,
    ArgumentError,
    EntityNotFound,
    ConstraintVerificationFailed,
    ProcedureError,     // CALL of a procedure that does not exist
    ParameterMissing,   // a procedure's implicit argument has no parameter of its name
    LoadError,      // FILE:LINE: message (TSV and script loading)
    Cancelled,      // Ctrl-C in the REPL
    ResourceLimit,  // a documented bound was hit (variable-length expansion, nesting depth)
    TransactionError,   // BEGIN inside a transaction, COMMIT outside one, a statement after a failed commit
    StorageError,       // the database directory could not be written (the commit did not happen)
};

inline const char* error_kind_name(ErrorKind k) {
    switch (k) {
    case ErrorKind::SyntaxError: return "SyntaxError";
    case ErrorKind::SemanticError: return "SemanticError";
    case ErrorKind::TypeError: return "TypeError";
    case ErrorKind::ArgumentError: return "ArgumentError";
    case ErrorKind::EntityNotFound: return "EntityNotFound";
    case ErrorKind::ConstraintVerificationFailed: return "ConstraintVerificationFailed";
    case ErrorKind::ProcedureError: return "ProcedureError";
    case ErrorKind::ParameterMissing: return "ParameterMissing";
    case ErrorKind::LoadError: return "LoadError";
    case ErrorKind::Cancelled: return "Cancelled";
    case ErrorKind::ResourceLimit: return "ResourceLimit";
    case ErrorKind::TransactionError: return "TransactionError";
    case ErrorKind::StorageError: return "StorageError";
    }
    return "Error";
}

// code: the openCypher detail code where one applies (e.g. "UndefinedVariable"), else empty.
struct Error {
    ErrorKind kind = ErrorKind::SyntaxError;
    std::string code;
    std::string message;
    std::optional<SourcePos> pos;
};

// Thrown inside a stage and caught at the statement boundary, where it becomes a value.
class ErrorException : public std::runtime_error {
public:
    explicit ErrorException(Error e) : std::runtime_error(e.message), error_(std::move(e)) {}
    const Error& error() const { return error_; }

private:
    Error error_;
};

[[noreturn]] inline void raise(ErrorKind kind, std::string code, std::string message,
                               std::optional<SourcePos> pos = std::nullopt) {
    throw ErrorException(Error{kind, std::move(code), std::move(message), pos});
}

}  // namespace liverkg
