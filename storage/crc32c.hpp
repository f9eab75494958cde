#pragma once
// CRC-32C (Castagnoli): the checksum of checkpoint payloads and log records. Uses the
// SSE4.2 instruction where the CPU has it (a checkpoint of Hetionet's size is checked in a
// few milliseconds), else a table.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace liverkg::storage {

std::uint32_t crc32c(const void* data, std::size_t n, std::uint32_t crc = 0);
inline std::uint32_t crc32c(std::string_view s) { return crc32c(s.data(), s.size()); }

}  // namespace liverkg::storage
