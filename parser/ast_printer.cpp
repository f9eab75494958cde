// Expression and literal printing; patterns and clauses are in ast_printer_clauses.cpp.
#include "parser/ast_printer.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "parser/x3/lexer.hpp"

namespace liverkg::parser {
namespace {

const char* op_text(ast::Op op) {
    switch (op) {
    case ast::Op::Or: return "OR";
    case ast::Op::Xor: return "XOR";
    case ast::Op::And: return "AND";
    case ast::Op::Not: return "NOT ";
    case ast::Op::Eq: return "=";
    case ast::Op::Neq: return "<>";
    case ast::Op::Lt: return "<";
    case ast::Op::Le: return "<=";
    case ast::Op::Gt: return ">";
    case ast::Op::Ge: return ">=";
    case ast::Op::StartsWith: return "STARTS WITH";
    case ast::Op::EndsWith: return "ENDS WITH";
    case ast::Op::Contains: return "CONTAINS";
    case ast::Op::RegexMatch: return "=~";
    case ast::Op::In: return "IN";
    case ast::Op::Add: return "+";
    case ast::Op::Sub: return "-";
    case ast::Op::Mul: return "*";
    case ast::Op::Div: return "/";
    case ast::Op::Mod: return "%";
    case ast::Op::Pow: return "^";
    case ast::Op::Negate: return "-";
    case ast::Op::Plus: return "+";
    case ast::Op::None: return "?";
    }
    return "?";
}

std::string print_double(double v) {
    if (std::isnan(v)) return "NaN";
    if (std::isinf(v)) return v < 0 ? "-Infinity" : "Infinity";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    std::string s(buf, res.ptr);
    if (s.find_first_of(".e") == std::string::npos) s += ".0";
    return s;
}

std::string quote_string(const std::string& s) {
    std::string out = "'";
    for (unsigned char c : s) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\'': out += "\\'"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\r': out += "\\r"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04X", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "'";
}

std::string join(const std::vector<ast::ExprPtr>& items, const char* sep = ", ") {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += sep;
        out += items[i] ? print_expression(*items[i]) : "<null>";
    }
    return out;
}

std::string print_opt(const ast::ExprPtr& e) { return e ? print_expression(*e) : ""; }

std::string print_case(const ast::Expr& e) {
    std::string out = "CASE";
    if (e.case_subject) out += " " + print_expression(*e.case_subject);
    for (std::size_t i = 0; i < e.case_when.size(); ++i)
        out += " WHEN " + print_expression(*e.case_when[i]) + " THEN " +
               print_expression(*e.case_then[i]);
    if (e.case_else) out += " ELSE " + print_expression(*e.case_else);
    return out + " END";
}

// [x IN list WHERE p | e], any(x IN list WHERE p)
std::string print_iteration(const ast::Expr& e) {
    std::string out = print_name(e.name) + " IN " + print_opt(e.args[0]);
    if (e.args.size() > 1 && e.args[1]) out += " WHERE " + print_expression(*e.args[1]);
    if (e.args.size() > 2 && e.args[2]) out += " | " + print_expression(*e.args[2]);
    return out;
}

const char* quantifier_name(ast::Quantifier q) {
    switch (q) {
    case ast::Quantifier::Any: return "any";
    case ast::Quantifier::All: return "all";
    case ast::Quantifier::None: return "none";
    case ast::Quantifier::Single: return "single";
    }
    return "any";
}

std::string print_map_projection(const ast::Expr& e) {
    std::string out = print_name(e.name) + "{";
    for (std::size_t i = 0; i < e.map_items.size(); ++i) {
        const auto& item = e.map_items[i];
        if (i) out += ", ";
        using Kind = ast::MapProjectionItem::Kind;
        switch (item.kind) {
        case Kind::Property: out += "." + print_name(item.key); break;
        case Kind::AllProperties: out += ".*"; break;
        case Kind::Literal: out += print_name(item.key) + ": " + print_opt(item.value); break;
        case Kind::Variable: out += print_name(item.key); break;
        }
    }
    return out + "}";
}

std::string print_map(const ast::Expr& e) {
    std::string out = "{";
    for (std::size_t i = 0; i < e.args.size(); ++i) {
        if (i) out += ", ";
        out += print_name(e.keys[i]) + ": " + print_opt(e.args[i]);
    }
    return out + "}";
}

std::string print_labels(const std::vector<std::string>& labels) {
    std::string out;
    for (const auto& l : labels) out += ":" + print_name(l);
    return out;
}

}  // namespace

std::string print_name(const std::string& name) {
    const char* p = name.data();
    const char* end = p + name.size();
    auto lexed = x3p::lex_name(p, end);
    bool plain = lexed.status == x3p::LexStatus::Ok && lexed.length == name.size() &&
                 name[0] != '`';
    if (plain) return name;
    std::string out = "`";
    for (char c : name) out += (c == '`') ? std::string("``") : std::string(1, c);
    return out + "`";
}

std::string print_literal(const ast::Literal& literal) {
    if (std::holds_alternative<ast::Null>(literal)) return "null";
    if (auto* b = std::get_if<bool>(&literal)) return *b ? "true" : "false";
    if (auto* i = std::get_if<std::int64_t>(&literal)) return std::to_string(*i);
    if (auto* d = std::get_if<double>(&literal)) return print_double(*d);
    return quote_string(std::get<std::string>(literal));
}

std::string print_expression(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
    case K::Literal: return print_literal(e.literal);
    case K::Parameter: return "$" + e.name;
    case K::Variable: return print_name(e.name);
    case K::Property: return print_opt(e.args[0]) + "." + print_name(e.name);
    case K::List: return "[" + join(e.args) + "]";
    case K::Map: return print_map(e);
    case K::Unary: return std::string("(") + op_text(e.op) + print_opt(e.args[0]) + ")";
    case K::Binary:
        return "(" + print_opt(e.args[0]) + " " + op_text(e.op) + " " + print_opt(e.args[1]) + ")";
    case K::IsNull:
        return "(" + print_opt(e.args[0]) + (e.negated ? " IS NOT NULL)" : " IS NULL)");
    case K::HasLabels: return "(" + print_opt(e.args[0]) + print_labels(e.labels) + ")";
    case K::Function: return e.name + "(" + (e.distinct ? "DISTINCT " : "") + join(e.args) + ")";
    case K::CountStar: return "count(*)";
    case K::Case: return print_case(e);
    case K::Index: return print_opt(e.args[0]) + "[" + print_opt(e.args[1]) + "]";
    case K::Slice:
        return print_opt(e.args[0]) + "[" + print_opt(e.args[1]) + ".." + print_opt(e.args[2]) + "]";
    case K::ListComprehension: return "[" + print_iteration(e) + "]";
    case K::Quantifier: return std::string(quantifier_name(e.quantifier)) + "(" + print_iteration(e) + ")";
    case K::Reduce:
        return "reduce(" + print_name(e.keys.at(0)) + " = " + print_opt(e.args[0]) + ", " +
               print_name(e.name) + " IN " + print_opt(e.args[1]) + " | " + print_opt(e.args[2]) +
               ")";
    case K::MapProjection: return print_map_projection(e);
    case K::PatternPredicate: return e.pattern ? print_pattern_part(*e.pattern) : "<pattern>";
    case K::PatternComprehension:
        return "[" + (e.pattern ? print_pattern_part(*e.pattern) : "<pattern>") +
               (e.args[0] ? " WHERE " + print_expression(*e.args[0]) : "") + " | " +
               print_opt(e.args[1]) + "]";
    case K::Subquery: {
        const char* kw = e.subquery_kind == ast::SubqueryKind::Exists  ? "EXISTS"
                         : e.subquery_kind == ast::SubqueryKind::Count ? "COUNT"
                                                                       : "COLLECT";
        std::string out = std::string(kw) + " {";
        if (e.subquery)
            for (const auto& c : e.subquery->clauses) out += " " + print_clause(c);
        return out + " }";
    }
    }
    return "<?>";
}

}  // namespace liverkg::parser
