// Pattern, clause and statement printing (see ast_printer.hpp).
#include "parser/ast_printer.hpp"

namespace liverkg::parser {
namespace {

std::string opt(const ast::ExprPtr& e) { return e ? print_expression(*e) : ""; }

std::string labels(const std::vector<std::string>& names, const char* sep = ":") {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? sep : ":") + print_name(names[i]);
    return out;
}

std::string print_node(const ast::NodePattern& n) {
    std::string out = "(";
    if (n.variable) out += print_name(*n.variable);
    out += labels(n.labels);
    if (n.properties) out += (out.size() > 1 ? " " : "") + print_expression(*n.properties);
    return out + ")";
}

std::string print_hops(const ast::RelPattern& r) {
    if (!r.variable_length) return "";
    std::string out = "*";
    if (r.min_hops && r.max_hops && *r.min_hops == *r.max_hops) return out + std::to_string(*r.min_hops);
    if (r.min_hops) out += std::to_string(*r.min_hops);
    if (r.min_hops || r.max_hops) out += "..";
    if (r.max_hops) out += std::to_string(*r.max_hops);
    return out;
}

std::string print_rel(const ast::RelPattern& r) {
    std::string detail;
    if (r.variable) detail += print_name(*r.variable);
    detail += labels(r.types, "|");
    detail += print_hops(r);
    if (r.properties) detail += (detail.empty() ? "" : " ") + print_expression(*r.properties);
    std::string body = "-[" + detail + "]-";
    switch (r.direction) {
    case ast::Direction::Outgoing: return body + ">";
    case ast::Direction::Incoming: return "<" + body;
    case ast::Direction::Undirected: return body;
    }
    return body;
}

std::string print_items(const ast::Projection& p) {
    std::string out = p.distinct ? "DISTINCT " : "";
    if (p.star) out += "*";
    for (std::size_t i = 0; i < p.items.size(); ++i) {
        if (i || p.star) out += ", ";
        out += opt(p.items[i].expression);
        if (p.items[i].alias) out += " AS " + print_name(*p.items[i].alias);
    }
    for (std::size_t i = 0; i < p.order_by.size(); ++i) {
        out += i ? ", " : " ORDER BY ";
        out += opt(p.order_by[i].expression) + (p.order_by[i].descending ? " DESC" : "");
    }
    if (p.skip) out += " SKIP " + opt(p.skip);
    if (p.limit) out += " LIMIT " + opt(p.limit);
    return out;
}

std::string print_pattern(const ast::Pattern& pattern) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) out += (i ? ", " : "") + print_pattern_part(pattern[i]);
    return out;
}

std::string print_set_item(const ast::SetItem& item) {
    switch (item.kind) {
    case ast::SetItem::Kind::Property: return opt(item.target) + " = " + opt(item.value);
    case ast::SetItem::Kind::Replace: return print_name(item.variable) + " = " + opt(item.value);
    case ast::SetItem::Kind::Merge: return print_name(item.variable) + " += " + opt(item.value);
    case ast::SetItem::Kind::Labels: return print_name(item.variable) + labels(item.labels);
    }
    return "";
}

std::string print_set_items(const std::vector<ast::SetItem>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + print_set_item(items[i]);
    return out;
}

std::string print_remove_item(const ast::RemoveItem& item) {
    if (item.kind == ast::RemoveItem::Kind::Property) return opt(item.target);
    return print_name(item.variable) + labels(item.labels);
}

struct ClausePrinter {
    std::string operator()(const ast::MatchClause& c) const {
        return std::string(c.optional ? "OPTIONAL " : "") + "MATCH " + print_pattern(c.pattern) +
               (c.where ? " WHERE " + opt(c.where) : "");
    }
    std::string operator()(const ast::UnwindClause& c) const {
        return "UNWIND " + opt(c.expression) + " AS " + print_name(c.variable);
    }
    std::string operator()(const ast::WithClause& c) const {
        return "WITH " + print_items(c.projection) + (c.where ? " WHERE " + opt(c.where) : "");
    }
    std::string operator()(const ast::ReturnClause& c) const {
        return "RETURN " + print_items(c.projection);
    }
    std::string operator()(const ast::CreateClause& c) const {
        return "CREATE " + print_pattern(c.pattern);
    }
    std::string operator()(const ast::MergeClause& c) const {
        std::string out = "MERGE " + print_pattern_part(c.pattern);
        if (!c.on_create.empty()) out += " ON CREATE SET " + print_set_items(c.on_create);
        if (!c.on_match.empty()) out += " ON MATCH SET " + print_set_items(c.on_match);
        return out;
    }
    std::string operator()(const ast::SetClause& c) const { return "SET " + print_set_items(c.items); }
    std::string operator()(const ast::RemoveClause& c) const {
        std::string out = "REMOVE ";
        for (std::size_t i = 0; i < c.items.size(); ++i) out += (i ? ", " : "") + print_remove_item(c.items[i]);
        return out;
    }
    std::string operator()(const ast::CallClause& c) const {
        std::string out = "CALL " + c.procedure;
        if (c.explicit_arguments) {
            out += "(";
            for (std::size_t i = 0; i < c.arguments.size(); ++i) out += (i ? ", " : "") + opt(c.arguments[i]);
            out += ")";
        }
        if (c.yield_all) out += " YIELD *";
        for (std::size_t i = 0; i < c.yields.size(); ++i) {
            out += (i ? ", " : " YIELD ") + print_name(c.yields[i].field);
            if (c.yields[i].alias) out += " AS " + print_name(*c.yields[i].alias);
        }
        if (c.where) out += " WHERE " + opt(c.where);
        return out;
    }
    std::string operator()(const ast::DeleteClause& c) const {
        std::string out = c.detach ? "DETACH DELETE " : "DELETE ";
        for (std::size_t i = 0; i < c.expressions.size(); ++i) out += (i ? ", " : "") + opt(c.expressions[i]);
        return out;
    }
};

std::string print_paths(const ast::PathsQuery& q) {
    std::string out = "PATHS FROM " + print_node(q.from) + " TO " + print_node(q.to);
    if (q.via_node) out += " VIA " + print_node(*q.via_node);
    if (!q.via_labels.empty()) out += " VIA " + labels(q.via_labels, "|:");
    if (q.max_hops) out += " MAX " + std::to_string(*q.max_hops) + " HOPS";
    if (q.sign) out += std::string(" SIGN ") + *q.sign;
    if (q.any_context) out += " ANY CONTEXT";
    if (q.limit) out += " LIMIT " + std::to_string(*q.limit);
    return out;
}

}  // namespace

std::string print_pattern_part(const ast::PatternPart& part) {
    std::string chain = print_node(part.start);
    for (const auto& step : part.steps) chain += print_rel(step.rel) + print_node(step.node);
    if (part.path_function == ast::PathFunction::ShortestPath) chain = "shortestPath(" + chain + ")";
    if (part.path_function == ast::PathFunction::AllShortestPaths) chain = "allShortestPaths(" + chain + ")";
    return part.path_variable ? print_name(*part.path_variable) + " = " + chain : chain;
}

std::string print_clause(const ast::Clause& clause) { return std::visit(ClausePrinter{}, clause); }

std::string print_statement(const ast::Statement& statement) {
    std::string out;
    if (statement.mode == ast::StatementMode::Explain) out = "EXPLAIN ";
    if (statement.mode == ast::StatementMode::Profile) out = "PROFILE ";
    if (statement.paths) return out + print_paths(*statement.paths);
    for (std::size_t i = 0; i < statement.clauses.size(); ++i)
        out += (i ? " " : "") + print_clause(statement.clauses[i]);
    for (const auto& u : statement.unions) {
        out += u.all ? " UNION ALL" : " UNION";
        for (const auto& c : u.clauses) out += " " + print_clause(c);
    }
    return out;
}

}  // namespace liverkg::parser
