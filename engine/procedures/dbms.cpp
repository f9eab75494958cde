// dbms.*: what the engine is and what it offers, read from the registry itself.
#include "engine/exec.hpp"
#include "engine/procedures/procedures.hpp"

#ifndef LIVERKG_VERSION
#define LIVERKG_VERSION "unknown"
#endif

namespace liverkg::engine {

namespace {

std::vector<Row> components(ExecContext&, const std::vector<Value>&) {
    return {{Value(std::string("liverkg")), Value(graph::List{Value(std::string(LIVERKG_VERSION))}),
             Value(std::string("community"))}};
}

std::vector<Row> procedures(ExecContext&, const std::vector<Value>&) {
    std::vector<Row> rows;
    for (const ProcedureDef* p : registry().procedures())
        rows.push_back({Value(p->name()), Value(p->signature.text(true)), Value(p->description),
                        Value(std::string(procedure_mode_name(p->mode)))});
    return rows;
}

std::vector<Row> functions(ExecContext&, const std::vector<Value>&) {
    std::vector<Row> rows;
    for (const FunctionDef* f : registry().functions())
        rows.push_back({Value(f->name()), Value(f->signature.text(false)), Value(f->category), Value(f->description),
                        Value(f->is_aggregate()), Value(f->deterministic)});
    return rows;
}

}  // namespace

void add_dbms_procedures(Registry& r) {
    r.add_procedure({"dbms.components() :: (name :: STRING, versions :: LIST<STRING>, edition :: STRING)",
                     "The engine's name, version and edition.", components, ProcedureMode::Dbms});
    r.add_procedure({"dbms.procedures() :: (name :: STRING, signature :: STRING, description :: STRING, "
                     "mode :: STRING)",
                     "Every procedure with its signature, description and mode (also SHOW PROCEDURES).", procedures,
                     ProcedureMode::Dbms});
    r.add_procedure({"dbms.functions() :: (name :: STRING, signature :: STRING, category :: STRING, "
                     "description :: STRING, aggregating :: BOOLEAN, deterministic :: BOOLEAN)",
                     "Every function with its signature, category and description (also SHOW FUNCTIONS).", functions,
                     ProcedureMode::Dbms});
}

}  // namespace liverkg::engine
