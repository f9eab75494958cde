#pragma once
// Pieces shared by SET, MERGE's ON CREATE / ON MATCH and CREATE.
#include <string>
#include <vector>

#include "engine/clauses/ops.hpp"

namespace liverkg::engine {

struct CompiledSetItem {
    ast::SetItem::Kind kind = ast::SetItem::Kind::Property;
    CompiledExpr target;      // Property: the node/relationship expression
    std::string key;          // Property
    std::size_t slot = 0;     // Replace, Merge, Labels: the variable's slot
    CompiledExpr value;
    std::vector<std::string> labels;
};

CompiledSetItem compile_set_item(CompileState& st, const ast::SetItem& item);
void apply_set_item(ExecContext& ex, Row& row, const CompiledSetItem& item);

// Sets (or with a null value removes) one property, counting it in the statement's stats.
void write_property(ExecContext& ex, const Value& target, const std::string& key, const Value& v);
// Throws TypeError when v cannot be stored as a property (maps, graph elements, nested lists).
void check_property_value(const Value& v);

}  // namespace liverkg::engine
