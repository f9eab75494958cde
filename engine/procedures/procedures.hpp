#pragma once
// The built-in procedures, each file declaring its rows in the registry.
#include "engine/registry/registry.hpp"

namespace liverkg::engine {

void add_db_procedures(Registry& r);     // db.labels(), db.relationshipTypes(), db.propertyKeys(), db.schema.*
void add_dbms_procedures(Registry& r);   // dbms.components(), dbms.procedures(), dbms.functions()
void add_kg_procedures(Registry& r);     // kg.paths(), kg.lookup()

}  // namespace liverkg::engine
