#include "graph/tsv/cells.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/error.hpp"
#include "base/text_escape.hpp"

namespace liverkg::graph::tsv {

void load_error(const std::string& file, std::size_t line, const std::string& message) {
    raise(ErrorKind::LoadError, "", escape_for_message(file) + ":" + std::to_string(line) + ": " + message);
}

namespace {

const char* file_kind(mode_t mode) {
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a FIFO";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "something else";
}

// Opens PATH for reading, refusing anything but a regular file: a directory would read as
// garbage, a FIFO with no writer blocks forever, /dev/zero never ends. O_NONBLOCK keeps the
// open itself from waiting for a FIFO's writer; it does nothing to a regular file.
int open_regular(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) load_error(path, 0, std::string("cannot read: ") + std::strerror(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        int saved = errno;
        ::close(fd);
        load_error(path, 0, std::string("cannot read: ") + std::strerror(saved));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        load_error(path, 0, std::string("cannot read: it is ") + file_kind(st.st_mode) + ", not a regular file");
    }
    return fd;
}

}  // namespace

std::string read_file(const std::string& path) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(::fdopen(open_regular(path), "rb"), &std::fclose);
    if (!f) load_error(path, 0, std::string("cannot read: ") + std::strerror(errno));
    std::string text;
    if (std::fseek(f.get(), 0, SEEK_END) == 0) {
        long size = std::ftell(f.get());
        if (size > 0) text.resize(static_cast<std::size_t>(size));
        std::rewind(f.get());
    }
    std::size_t got = text.empty() ? 0 : std::fread(text.data(), 1, text.size(), f.get());
    text.resize(got);
    // A pipe or a file that grew: read the rest in blocks.
    char block[1 << 16];
    while (std::size_t n = std::fread(block, 1, sizeof block, f.get())) text.append(block, n);
    if (std::ferror(f.get())) load_error(path, 0, "read error");
    return text;
}

FileText::FileText(const std::string& path) {
    int fd = open_regular(path);
    struct stat st {};
    if (::fstat(fd, &st) == 0 && st.st_size > 0) {
        void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (p != MAP_FAILED) {
            map_ = p;
            size_ = static_cast<std::size_t>(st.st_size);
            ::madvise(map_, size_, MADV_SEQUENTIAL);
        }
    }
    ::close(fd);
    if (!map_) text_ = read_file(path);   // empty files, or mmap refused: plain read
}

FileText::~FileText() {
    if (map_) ::munmap(map_, size_);
}

FileText::FileText(FileText&& o) noexcept : map_(o.map_), size_(o.size_), text_(std::move(o.text_)) {
    o.map_ = nullptr;
    o.size_ = 0;
}

FileText& FileText::operator=(FileText&& o) noexcept {
    if (this != &o) {
        if (map_) ::munmap(map_, size_);
        map_ = std::exchange(o.map_, nullptr);
        size_ = std::exchange(o.size_, 0);
        text_ = std::move(o.text_);
    }
    return *this;
}

LineReader::LineReader(std::string_view text) : text_(text) {
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
}

bool LineReader::next(std::string_view& line) {
    if (pos_ >= text_.size()) return false;
    const char* start = text_.data() + pos_;
    const void* nl = std::memchr(start, '\n', text_.size() - pos_);
    std::size_t len = nl ? static_cast<const char*>(nl) - start : text_.size() - pos_;
    pos_ += len + (nl ? 1 : 0);
    if (len > 0 && start[len - 1] == '\r') --len;
    line = std::string_view(start, len);
    ++line_;
    return true;
}

std::size_t count_lines(std::string_view text) {
    std::size_t n = 0;
    const char* p = text.data();
    const char* end = p + text.size();
    while (const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p))) {
        ++n;
        p = static_cast<const char*>(nl) + 1;
    }
    return n;
}

void split_tabs(std::string_view line, std::vector<std::string_view>& out) {
    out.clear();
    std::size_t start = 0;
    while (true) {
        std::size_t tab = line.find('\t', start);
        if (tab == std::string_view::npos) {
            out.push_back(line.substr(start));
            return;
        }
        out.push_back(line.substr(start, tab - start));
        start = tab + 1;
    }
}

namespace {

struct TypeName {
    std::string_view name;
    CellType type;
};

// neo4j-admin's spellings; long/double are the same as int/float here.
constexpr TypeName kTypeNames[] = {
    {"int", CellType::Int},       {"long", CellType::Int},     {"integer", CellType::Int},
    {"float", CellType::Float},   {"double", CellType::Float}, {"boolean", CellType::Bool},
    {"bool", CellType::Bool},     {"string", CellType::String},
    {"date", CellType::Date},     {"localtime", CellType::LocalTime}, {"time", CellType::Time},
    {"localdatetime", CellType::LocalDateTime}, {"datetime", CellType::DateTime},
    {"duration", CellType::Duration},
};

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::optional<std::string> convert_scalar(std::string_view cell, CellType type, Value& out) {
    switch (type) {
    case CellType::Auto:
    case CellType::String: out = Value(cell); return std::nullopt;
    case CellType::Int: {
        std::int64_t i = 0;
        auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), i);
        if (ec != std::errc{} || end != cell.data() + cell.size())
            return "'" + std::string(cell) + "' is not an integer";
        out = Value(i);
        return std::nullopt;
    }
    case CellType::Float: {
        double d = 0;
        auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), d);
        if (ec != std::errc{} || end != cell.data() + cell.size())
            return "'" + std::string(cell) + "' is not a number";
        out = Value(d);
        return std::nullopt;
    }
    case CellType::Bool:
        if (iequals(cell, "true")) out = Value(true);
        else if (iequals(cell, "false")) out = Value(false);
        else return "'" + std::string(cell) + "' is not a boolean (true or false)";
        return std::nullopt;
    default: {
        auto kind = temporal_cell_kind(type);
        if (!kind) break;
        std::string why;
        auto t = parse_temporal(*kind, cell, &why);
        if (!t) return "'" + std::string(cell) + "' is not a " + temporal_kind_word(*kind) + ": expected " + why;
        out = Value(std::move(*t));
        return std::nullopt;
    }
    }
    return "unknown type";
}

}  // namespace

std::optional<std::string> parse_column(std::string_view text, Column& out) {
    out = Column{};
    std::size_t colon = text.rfind(':');
    std::string_view name = colon == std::string_view::npos ? text : text.substr(0, colon);
    if (colon != std::string_view::npos) {
        std::string_view type = text.substr(colon + 1);
        if (type.ends_with("[]")) {
            out.array = true;
            type.remove_suffix(2);
        }
        auto it = std::find_if(std::begin(kTypeNames), std::end(kTypeNames),
                               [&](const TypeName& t) { return iequals(t.name, type); });
        if (it == std::end(kTypeNames))
            return "column '" + std::string(text) + "': unknown type '" + std::string(type) +
                   "' (int, long, float, double, boolean, string, date, localtime, time, localdatetime, datetime, duration, with optional [])";
        out.type = it->type;
    }
    if (name.empty()) return "column " + std::string(text.empty() ? "''" : text) + " has no name";
    out.name = std::string(name);
    return std::nullopt;
}

std::optional<std::string> convert_cell(std::string_view cell, const Column& column, Value& out) {
    bool list = column.array || (column.type == CellType::Auto && cell.find('|') != std::string_view::npos);
    if (!list) return convert_scalar(cell, column.type, out);
    List items;
    std::size_t start = 0;
    while (true) {
        std::size_t bar = cell.find('|', start);
        std::string_view part = cell.substr(start, bar == std::string_view::npos ? bar : bar - start);
        Value item;
        if (auto error = convert_scalar(part, column.type, item)) return error;
        items.push_back(std::move(item));
        if (bar == std::string_view::npos) break;
        start = bar + 1;
    }
    out = Value(std::move(items));
    return std::nullopt;
}

std::string_view strip_curie(std::string_view name) {
    std::size_t colon = name.find(':');
    if (colon == 0 || colon == std::string_view::npos || colon + 1 == name.size()) return name;
    std::string_view prefix = name.substr(0, colon);
    bool is_prefix = std::all_of(prefix.begin(), prefix.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
    });
    return is_prefix ? name.substr(colon + 1) : name;
}

const char* cell_type_name(CellType t) {
    switch (t) {
    case CellType::Auto: return "";
    case CellType::String: return "string";
    case CellType::Int: return "int";
    case CellType::Float: return "float";
    case CellType::Bool: return "boolean";
    default:
        if (auto k = temporal_cell_kind(t)) return temporal_kind_word(*k);
    }
    return "";
}

std::optional<TemporalKind> temporal_cell_kind(CellType t) {
    switch (t) {
    case CellType::Date: return TemporalKind::Date;
    case CellType::LocalTime: return TemporalKind::LocalTime;
    case CellType::Time: return TemporalKind::Time;
    case CellType::LocalDateTime: return TemporalKind::LocalDateTime;
    case CellType::DateTime: return TemporalKind::DateTime;
    case CellType::Duration: return TemporalKind::Duration;
    default: return std::nullopt;
    }
}

CellType cell_type_of(TemporalKind k) {
    switch (k) {
    case TemporalKind::Date: return CellType::Date;
    case TemporalKind::LocalTime: return CellType::LocalTime;
    case TemporalKind::Time: return CellType::Time;
    case TemporalKind::LocalDateTime: return CellType::LocalDateTime;
    case TemporalKind::DateTime: return CellType::DateTime;
    case TemporalKind::Duration: return CellType::Duration;
    }
    return CellType::String;
}

}  // namespace liverkg::graph::tsv
