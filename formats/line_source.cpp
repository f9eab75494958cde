#include "formats/line_source.hpp"

#include <cerrno>
#include <cstring>

#include "base/error.hpp"

namespace liverkg::formats {
namespace {
constexpr std::size_t chunk = 1 << 16;
}

LineSource::LineSource(const std::string& path) : path_(path), in_(path, std::ios::binary) {
    if (!in_) raise(ErrorKind::LoadError, "", path + ":0: cannot read: " + std::strerror(errno));
}

void LineSource::check_length(const std::string& line) const {
    if (line.size() > max_line)
        raise(ErrorKind::LoadError, "", path_ + ":" + std::to_string(line_ + 1) + ": line longer than " +
                                            std::to_string(max_line) + " bytes (is this a text file?)");
}

bool LineSource::next(std::string& line) {
    line.clear();
    for (;;) {
        auto nl = buffer_.find('\n', pos_);
        if (nl != std::string::npos) {
            line.append(buffer_, pos_, nl - pos_);
            pos_ = nl + 1;
            check_length(line);
            break;
        }
        line.append(buffer_, pos_, std::string::npos);
        buffer_.clear();
        pos_ = 0;
        check_length(line);
        if (eof_) {
            if (line.empty()) return false;
            break;   // a last line without '\n'
        }
        buffer_.resize(chunk);
        in_.read(buffer_.data(), chunk);
        buffer_.resize(static_cast<std::size_t>(in_.gcount()));
        if (in_.bad()) raise(ErrorKind::LoadError, "", path_ + ":" + std::to_string(line_ + 1) + ": read error");
        if (!in_) eof_ = true;
    }
    ++line_;
    if (line_ == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return true;
}

}  // namespace liverkg::formats
