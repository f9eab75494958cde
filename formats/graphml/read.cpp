// Reading GraphML with expat, streamed in fixed-size chunks so a file of any size is parsed in
// bounded memory (only the network it describes is kept). Every error names FILE:LINE:COLUMN
// as expat counts them. Entity declarations are refused outright: GraphML needs none, and
// they are how a "billion laughs" file blows up.
#include <expat.h>

#include <fstream>
#include <map>
#include <optional>
#include <string_view>

#include "base/error.hpp"
#include "formats/graphml/graphml.hpp"
#include "formats/graphml/values.hpp"
#include "formats/sif/sif.hpp"

namespace liverkg::formats::graphml {
namespace {

constexpr char kNsSeparator = '|';
constexpr std::size_t kChunk = 1 << 16;

// What a <key> declares.
struct KeyDecl {
    std::string name;
    std::string domain;   // node, edge, all, graph, ...
    KeyType type = KeyType::String;
    bool ignored = false;   // a yFiles drawing key (no attr.type, a yfiles.type): skipped
    std::optional<std::string> default_text;
    std::string where;
};

// A node or edge being read: its data so far.
struct Element {
    std::string where;
    std::map<std::string, graph::Value> props;
    std::vector<std::string> labels;
    std::string source, target;
    bool undirected = false;
};

struct PendingEdge {
    Element e;
    std::string type;
};

const char* attr(const XML_Char** attrs, std::string_view name) {
    for (int i = 0; attrs[i]; i += 2)
        if (name == attrs[i]) return attrs[i + 1];
    return nullptr;
}

class Reader {
public:
    Reader(const std::string& path, const LoadOptions& options) : path_(path) {
        net_.file = path;
        if (!options.sif_mapping.empty()) mapping_.read_file(options.sif_mapping);
    }

    network::Network read() {
        std::ifstream in(path_, std::ios::binary);
        if (!in) raise(ErrorKind::LoadError, "", path_ + ":0: cannot read: no such file or not readable");
        XML_Parser p = XML_ParserCreateNS(nullptr, kNsSeparator);
        parser_ = p;
        XML_SetUserData(p, this);
        XML_SetElementHandler(p, &Reader::on_start, &Reader::on_end);
        XML_SetCharacterDataHandler(p, &Reader::on_text);
        XML_SetEntityDeclHandler(p, &Reader::on_entity);
        try {
            parse(in);
        } catch (...) {
            XML_ParserFree(p);
            throw;
        }
        XML_ParserFree(p);
        finish();
        return std::move(net_);
    }

private:
    void parse(std::ifstream& in) {
        std::vector<char> buf(kChunk);
        bool last = false;
        while (!last) {
            in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
            if (in.bad()) raise(ErrorKind::LoadError, "", path_ + ":0: cannot read: read error");
            last = in.gcount() < static_cast<std::streamsize>(buf.size());
            if (XML_Parse(parser_, buf.data(), static_cast<int>(in.gcount()), last) == XML_STATUS_ERROR) fail_xml();
        }
        if (!seen_root_) fail(here(), "not GraphML: no <graphml> element");
    }

    [[noreturn]] void fail_xml() {
        if (!error_.empty()) raise(ErrorKind::LoadError, "", error_);
        raise(ErrorKind::LoadError, "",
              here() + ": malformed XML: " + XML_ErrorString(XML_GetErrorCode(parser_)));
    }

    [[noreturn]] void fail(const std::string& where, const std::string& what) {
        raise(ErrorKind::LoadError, "", where + ": " + what);
    }

    // An error found inside a handler: expat is stopped, parse() raises it.
    void stop(const std::string& where, const std::string& what) {
        if (error_.empty()) error_ = where + ": " + what;
        XML_StopParser(parser_, XML_FALSE);
    }

    std::string here() const {
        return path_ + ":" + std::to_string(XML_GetCurrentLineNumber(parser_)) + ":" +
               std::to_string(XML_GetCurrentColumnNumber(parser_) + 1);
    }

    // GraphML's own elements by local name; another namespace's are skipped with their content.
    std::optional<std::string_view> local_name(std::string_view name) const {
        auto cut = name.find(kNsSeparator);
        if (cut == std::string_view::npos) return name;   // a file without the namespace
        if (name.substr(0, cut) != kNamespace) return std::nullopt;
        return name.substr(cut + 1);
    }

    static void on_start(void* self, const XML_Char* name, const XML_Char** attrs) {
        static_cast<Reader*>(self)->start(name, attrs);
    }
    static void on_end(void* self, const XML_Char* name) { static_cast<Reader*>(self)->end(name); }
    static void on_text(void* self, const XML_Char* s, int len) {
        auto* r = static_cast<Reader*>(self);
        if (r->capturing_ && r->skip_ == 0) r->text_.append(s, static_cast<std::size_t>(len));
    }
    static void on_entity(void* self, const XML_Char* name, int, const XML_Char*, int, const XML_Char*,
                          const XML_Char*, const XML_Char*, const XML_Char*) {
        auto* r = static_cast<Reader*>(self);
        r->stop(r->here(), std::string("entity declarations are refused (GraphML needs none; '") + name +
                               "' could expand without bound)");
    }

    void start(std::string_view name, const XML_Char** attrs) {
        if (skip_ > 0) return void(++skip_);
        auto local = local_name(name);
        if (!local) return void(skip_ = 1);
        if (*local == "graphml") seen_root_ = true;
        else if (!seen_root_) stop(here(), "not GraphML: the root element is <" + std::string(*local) + ">");
        else if (*local == "key") start_key(attrs);
        else if (*local == "default" && key_) begin_text();
        else if (*local == "graph") start_graph(attrs);
        else if (*local == "node") start_node(attrs);
        else if (*local == "edge") start_edge(attrs);
        else if (*local == "data") start_data(attrs);
        else if (*local == "hyperedge") stop(here(), "hyperedges are not supported (only <node> and <edge>)");
        else skip_ = 1;   // desc, port, locator, ...: nothing liverkg keeps
    }

    void end(std::string_view name) {
        if (skip_ > 0) return void(--skip_);
        auto local = local_name(name).value_or("");
        if (local == "key") key_.reset();
        else if (local == "default" && key_) keys_[*key_].default_text = take_text();
        else if (local == "graph") --graph_depth_;
        else if (local == "node" && element_) end_node();
        else if (local == "edge" && element_) end_edge();
        else if (local == "data" && data_key_) end_data();
    }

    void begin_text() {
        capturing_ = true;
        text_.clear();
    }
    std::string take_text() {
        capturing_ = false;
        return std::move(text_);
    }

    void start_key(const XML_Char** attrs) {
        const char* id = attr(attrs, "id");
        if (!id) return stop(here(), "<key> without an id attribute");
        KeyDecl k;
        k.where = here();
        const char* name = attr(attrs, "attr.name");
        k.name = name ? name : id;
        k.domain = attr(attrs, "for") ? attr(attrs, "for") : "all";
        const char* type = attr(attrs, "attr.type");
        if (!type) {
            k.ignored = attr(attrs, "yfiles.type") != nullptr;
        } else if (auto t = key_type_of(type)) {
            k.type = *t;
            if (const char* ext = attr(attrs, "liverkg.type"); ext && std::string_view(ext) == "json" && *t == KeyType::String)
                k.type = KeyType::Json;
        } else {
            return stop(here(), "unknown attr.type '" + std::string(type) + "' of key '" + id +
                                    "' (expected boolean, int, long, float, double or string)");
        }
        if (k.domain == "node" || k.domain == "all") node_id_declared_ |= k.name == "id";
        key_ = id;
        keys_[id] = std::move(k);
    }

    void start_graph(const XML_Char** attrs) {
        if (graph_depth_++ > 0) return stop(here(), "nested graphs are not supported");
        const char* d = attr(attrs, "edgedefault");
        undirected_default_ = d && std::string_view(d) == "undirected";
    }

    void start_node(const XML_Char** attrs) {
        if (graph_depth_ == 0) return stop(here(), "<node> outside a <graph>");
        const char* id = attr(attrs, "id");
        if (!id) return stop(here(), "<node> without an id attribute");
        if (auto it = net_.by_key.find(id); it != net_.by_key.end())
            return stop(here(), "duplicate node id '" + std::string(id) + "' (first declared at " +
                                    net_.nodes[it->second].where + ")");
        element_ = Element{};
        element_->where = here();
        element_->source = id;
        in_node_ = true;
    }

    void start_edge(const XML_Char** attrs) {
        if (graph_depth_ == 0) return stop(here(), "<edge> outside a <graph>");
        const char *s = attr(attrs, "source"), *t = attr(attrs, "target");
        if (!s || !t) return stop(here(), "<edge> needs source and target attributes");
        element_ = Element{};
        element_->where = here();
        element_->source = s;
        element_->target = t;
        const char* d = attr(attrs, "directed");
        element_->undirected = d ? std::string_view(d) == "false" : undirected_default_;
        in_node_ = false;
    }

    void start_data(const XML_Char** attrs) {
        const char* key = attr(attrs, "key");
        if (!key) return stop(here(), "<data> without a key attribute");
        auto it = keys_.find(key);
        if (it == keys_.end()) return stop(here(), "data key '" + std::string(key) + "' is not declared by a <key>");
        const KeyDecl& k = it->second;
        if (!element_ || k.ignored || k.domain == "graph" || k.domain == "graphml") return void(skip_ = 1);
        const char* kind = in_node_ ? "node" : "edge";
        if (k.domain != "all" && k.domain != kind)
            return stop(here(), "key '" + std::string(key) + "' is declared for=\"" + k.domain + "\", used on an " +
                                    (in_node_ ? "<node>" : "<edge>"));
        data_key_ = key;
        data_where_ = here();
        begin_text();
    }

    void end_data() {
        const KeyDecl& k = keys_.at(*data_key_);
        data_key_.reset();
        std::string error;
        auto v = value_of(take_text(), k.type, error);
        if (!v) return stop(data_where_, error + " (key '" + k.name + "', attr.type " +
                                              std::string(attr_type_name(k.type)) + ")");
        element_->props[k.name] = std::move(*v);
    }

    // Keys with a <default> give it to the elements that lack their data.
    void apply_defaults(const char* kind) {
        for (const auto& [id, k] : keys_) {
            if (!k.default_text || k.ignored || (k.domain != kind && k.domain != "all")) continue;
            if (element_->props.count(k.name)) continue;
            std::string error;
            auto v = value_of(*k.default_text, k.type, error);
            if (!v) return stop(k.where, error + " (the <default> of key '" + k.name + "')");
            element_->props[k.name] = std::move(*v);
        }
    }

    void end_node() {
        apply_defaults("node");
        Element e = std::move(*element_);
        element_.reset();
        std::size_t i = net_.node(e.source, e.where);
        auto& n = net_.nodes[i];
        if (auto it = e.props.find(std::string(kLabelsKey)); it != e.props.end()) {
            if (it->second.is_string()) n.labels = split_labels(it->second.as_string());
            e.props.erase(it);
        }
        if (!node_id_declared_) e.props["id"] = graph::Value(e.source);
        n.props = std::move(e.props);
    }

    void end_edge() {
        apply_defaults("edge");
        PendingEdge pe{std::move(*element_), ""};
        element_.reset();
        pe.type = take_type(pe.e.props);
        if (pe.e.undirected) ++undirected_;
        edges_.push_back(std::move(pe));
    }

    // The relationship type: `type` as written, else `interaction` (kept as a property, as SIF
    // keeps it), else `label`, each of the last two through the SIF mapping (1/-1 signed).
    std::string take_type(std::map<std::string, graph::Value>& props) {
        auto text = [&](const char* key) -> std::optional<std::string> {
            auto it = props.find(key);
            if (it == props.end() || !it->second.is_string() || it->second.as_string().empty()) return std::nullopt;
            return it->second.as_string();
        };
        if (auto t = text(kTypeKey.data())) {
            props.erase(std::string(kTypeKey));
            return *t;
        }
        for (const char* key : {"interaction", "label"}) {
            auto t = text(key);
            if (!t) continue;
            auto kind = mapping_.lookup(*t);
            if (kind.sign) net_.signs[kind.type] = *kind.sign;
            if (std::string_view(key) == "label") props.erase(key);
            return kind.type;
        }
        return std::string(kDefaultType);
    }

    void finish() {
        for (auto& pe : edges_) {
            auto from = net_.by_key.find(pe.e.source), to = net_.by_key.find(pe.e.target);
            if (from == net_.by_key.end() || to == net_.by_key.end())
                fail(pe.e.where, "edge to '" + (from == net_.by_key.end() ? pe.e.source : pe.e.target) +
                                     "', which is not a declared <node>");
            net_.rels.push_back({from->second, to->second, std::move(pe.type), std::move(pe.e.props)});
        }
        if (undirected_)
            net_.warnings.push_back(path_ + ": " + std::to_string(undirected_) +
                                    " undirected edges stored as relationships from source to target");
    }

    std::string path_;
    XML_Parser parser_ = nullptr;
    network::Network net_;
    sif::Mapping mapping_;
    std::map<std::string, KeyDecl> keys_;   // by key id
    std::optional<std::string> key_;        // inside this <key>
    std::optional<Element> element_;        // inside this <node> or <edge>
    bool in_node_ = false;
    std::optional<std::string> data_key_;   // inside a <data> of this key
    std::string data_where_;
    std::vector<PendingEdge> edges_;        // checked against the nodes at the end
    bool seen_root_ = false, node_id_declared_ = false, undirected_default_ = false, capturing_ = false;
    int graph_depth_ = 0, skip_ = 0;
    std::size_t undirected_ = 0;
    std::string text_, error_;
};

}  // namespace

network::Network read(const std::string& path, const LoadOptions& options) { return Reader(path, options).read(); }

}  // namespace liverkg::formats::graphml
