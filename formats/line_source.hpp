#pragma once
// Reading a text file line by line in fixed-size chunks, so that a file of any size is read in
// bounded memory; a line longer than the bound is an error at its line, not an allocation of
// the whole file. Strips a UTF-8 byte-order mark and a trailing CR; counts lines from 1.
#include <cstddef>
#include <fstream>
#include <string>

namespace liverkg::formats {

class LineSource {
public:
    static constexpr std::size_t max_line = std::size_t{1} << 20;   // 1 MiB

    // Throws LoadError "FILE:0: cannot read: reason" when the file cannot be opened.
    explicit LineSource(const std::string& path);

    // The next line into `line`; false at the end. Throws LoadError "FILE:LINE: ..." for a
    // line longer than max_line or a read error.
    bool next(std::string& line);
    std::size_t line_number() const { return line_; }
    std::string where() const { return path_ + ":" + std::to_string(line_); }

private:
    void check_length(const std::string& line) const;

    std::string path_;
    std::ifstream in_;
    std::string buffer_;
    std::size_t pos_ = 0;
    std::size_t line_ = 0;
    bool eof_ = false;
};

}  // namespace liverkg::formats
