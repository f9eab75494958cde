#include "formats/file_out.hpp"

#include "base/atomic_file.hpp"

namespace liverkg::formats {

void write_file(const std::string& path, const std::function<void(std::ostream&)>& body) {
    files::write_atomically(path, body);
}

}  // namespace liverkg::formats
