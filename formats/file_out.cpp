#include "formats/file_out.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace liverkg::formats {

void write_file(const std::string& path, const std::function<void(std::ostream&)>& body) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (out) body(out);
    out.flush();
    if (!out) throw std::runtime_error("cannot write " + path + ": " + std::strerror(errno));
}

}  // namespace liverkg::formats
