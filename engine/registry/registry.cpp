// The registry's storage and the signature reader.
#include "engine/registry/registry.hpp"

#include <algorithm>
#include <cctype>

#include "engine/expr/expr.hpp"

namespace liverkg::engine {

// ---------------------------------------------------------------- signatures

namespace {

class SignatureReader {
public:
    SignatureReader(std::string_view text, bool procedure) : text_(text), procedure_(procedure) {}

    Signature read() {
        Signature s;
        s.name = qualified_name();
        expect('(');
        if (!peek(')')) {
            do {
                if (consume("...")) {
                    s.variadic = true;
                    break;
                }
                s.inputs.push_back(param(true));
            } while (consume(","));
        }
        expect(')');
        if (consume("::")) {
            if (procedure_) outputs(s);
            else s.result = type();
        } else if (!procedure_) {
            fail("'::' and the result type");
        }
        skip();
        if (at_ != text_.size()) fail("the end of the signature");
        return s;
    }

private:
    void outputs(Signature& s) {
        skip();
        std::size_t save = at_;
        std::string w = word();
        for (char& c : w) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        if (w == "VOID") return;
        at_ = save;
        expect('(');
        if (!peek(')')) {
            do s.outputs.push_back(param(false));
            while (consume(","));
        }
        expect(')');
    }

    Param param(bool input) {
        Param p;
        p.name = word();
        if (p.name.empty()) fail(input ? "an input name" : "an output name");
        skip();
        if (input && consume("=")) {
            std::size_t end = text_.find("::", at_);
            if (end == std::string_view::npos) fail("'::' after the default value");
            skip();
            std::string d(text_.substr(at_, end - at_));
            while (!d.empty() && std::isspace(static_cast<unsigned char>(d.back()))) d.pop_back();
            p.default_text = d;
            at_ = end;
        }
        if (!consume("::")) fail("'::' and a type");
        p.type = type();
        return p;
    }

    CypherType type() {
        skip();
        std::size_t used = 0;
        auto t = parse_type(text_.substr(at_), used);
        if (!t) fail("a type (STRING, INTEGER, FLOAT, NUMBER, BOOLEAN, LIST<...>, MAP, NODE, ...)");
        at_ += used;
        return *t;
    }

    std::string qualified_name() {
        std::string n = word();
        if (n.empty()) fail("a name");
        while (text_.substr(at_, 1) == ".") {
            ++at_;
            std::string part = word();
            if (part.empty()) fail("a name after '.'");
            n += "." + part;
        }
        return n;
    }

    std::string word() {
        skip();
        std::size_t start = at_;
        while (at_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[at_])) || text_[at_] == '_'))
            ++at_;
        return std::string(text_.substr(start, at_ - start));
    }

    void skip() {
        while (at_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[at_]))) ++at_;
    }
    bool peek(char c) {
        skip();
        return at_ < text_.size() && text_[at_] == c;
    }
    bool consume(std::string_view s) {
        skip();
        if (text_.substr(at_, s.size()) != s) return false;
        at_ += s.size();
        return true;
    }
    void expect(char c) {
        if (!consume(std::string_view(&c, 1))) fail(std::string("'") + c + "'");
    }
    [[noreturn]] void fail(const std::string& what) {
        raise(ErrorKind::ArgumentError, "InvalidSignature",
              "bad signature `" + std::string(text_) + "`: expected " + what + " at character " +
                  std::to_string(at_ + 1));
    }

    std::string_view text_;
    bool procedure_;
    std::size_t at_ = 0;
};

std::string params_text(const std::vector<Param>& ps) {
    std::string out;
    for (const auto& p : ps) {
        if (!out.empty()) out += ", ";
        out += p.name;
        if (p.default_text) out += " = " + *p.default_text;
        out += " :: " + p.type.text();
    }
    return out;
}

}  // namespace

Signature parse_signature(std::string_view text, bool procedure) { return SignatureReader(text, procedure).read(); }

std::size_t Signature::min_args() const {
    return static_cast<std::size_t>(
        std::count_if(inputs.begin(), inputs.end(), [](const Param& p) { return !p.default_text; }));
}

std::size_t Signature::max_args() const { return variadic ? SIZE_MAX : inputs.size(); }

std::string Signature::text(bool procedure) const {
    std::string out = name + "(" + params_text(inputs);
    if (variadic) out += inputs.empty() ? "..." : ", ...";
    out += ") :: ";
    if (!procedure) return out + result.text();
    return outputs.empty() ? out + "VOID" : out + "(" + params_text(outputs) + ")";
}

const char* procedure_mode_name(ProcedureMode m) {
    switch (m) {
    case ProcedureMode::Read: return "READ";
    case ProcedureMode::Write: return "WRITE";
    case ProcedureMode::Schema: return "SCHEMA";
    case ProcedureMode::Dbms: return "DBMS";
    }
    return "READ";
}

// ---------------------------------------------------------------- the registry

const FunctionDef& Registry::add_function(const FunctionSpec& spec) {
    FunctionDef d{parse_signature(spec.signature, false), std::string(spec.category), std::string(spec.description),
                  spec.call, spec.aggregate, spec.deterministic};
    std::string key = lower(d.name());
    if (function_index_.count(key))
        raise(ErrorKind::ArgumentError, "DuplicateFunction", "function " + d.name() + "() is declared twice");
    if (!d.call && !d.aggregate)
        raise(ErrorKind::ArgumentError, "InvalidSignature", "function " + d.name() + "() has no implementation");
    functions_.push_back(std::move(d));
    function_index_.emplace(std::move(key), &functions_.back());
    return functions_.back();
}

const ProcedureDef& Registry::add_procedure(const ProcedureSpec& spec) {
    ProcedureDef d{parse_signature(spec.signature, true), std::string(spec.description), spec.call, spec.mode,
                   spec.check};
    if (procedure_index_.count(d.name()))
        raise(ErrorKind::ArgumentError, "DuplicateProcedure", "procedure " + d.name() + " is declared twice");
    if (!d.call)
        raise(ErrorKind::ArgumentError, "InvalidSignature", "procedure " + d.name() + " has no implementation");
    procedures_.push_back(std::move(d));
    procedure_index_.emplace(procedures_.back().name(), &procedures_.back());
    return procedures_.back();
}

const FunctionDef* Registry::find_function(std::string_view name) const {
    auto it = function_index_.find(lower(name));
    return it == function_index_.end() ? nullptr : it->second;
}

const ProcedureDef* Registry::find_procedure(std::string_view name) const {
    auto it = procedure_index_.find(std::string(name));
    return it == procedure_index_.end() ? nullptr : it->second;
}

namespace {
template <typename Def>
std::vector<const Def*> sorted(const std::deque<Def>& defs) {
    std::vector<const Def*> out;
    for (const auto& d : defs) out.push_back(&d);
    std::sort(out.begin(), out.end(), [](const Def* a, const Def* b) {
        std::string x = lower(a->name()), y = lower(b->name());
        return x != y ? x < y : a->name() < b->name();
    });
    return out;
}
}  // namespace

std::vector<const FunctionDef*> Registry::functions() const { return sorted(functions_); }
std::vector<const ProcedureDef*> Registry::procedures() const { return sorted(procedures_); }

}  // namespace liverkg::engine
