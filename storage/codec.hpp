#pragma once
// Bytes in and out: little-endian integers, LEB128 varints (zig-zag for signed), strings,
// and every kind of Value. Shared by the checkpoint and the write-ahead log.
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>

#include "graph/value.hpp"

namespace liverkg::storage {

// Thrown by ByteReader when the bytes end early or do not decode; the caller names the
// file and offset.
class DecodeError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class ByteWriter {
public:
    std::string& bytes() { return out_; }
    void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
    void u32(std::uint32_t v) { raw(&v, 4); }   // the formats are little-endian, as x86 and arm64 are
    void u64(std::uint64_t v) { raw(&v, 8); }
    void f64(double v) { raw(&v, 8); }
    void varint(std::uint64_t v) {
        while (v >= 0x80) {
            u8(static_cast<std::uint8_t>(v | 0x80));
            v >>= 7;
        }
        u8(static_cast<std::uint8_t>(v));
    }
    void svarint(std::int64_t v) {
        varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
    }
    void str(std::string_view s) {
        varint(s.size());
        out_.append(s);
    }
    void raw(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
    void value(const graph::Value& v);

private:
    std::string out_;
};

class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : data_(bytes) {}
    std::size_t offset() const { return at_; }
    bool done() const { return at_ == data_.size(); }
    std::size_t left() const { return data_.size() - at_; }
    std::uint8_t u8() { return static_cast<std::uint8_t>(*take(1)); }
    std::uint32_t u32() { return fixed<std::uint32_t>(); }
    std::uint64_t u64() { return fixed<std::uint64_t>(); }
    double f64() { return fixed<double>(); }
    std::uint64_t varint() {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            std::uint8_t b = u8();
            v |= std::uint64_t{b & 0x7fu} << shift;
            if (!(b & 0x80)) return v;
        }
        throw DecodeError("a varint longer than 10 bytes");
    }
    std::uint32_t varint32() {
        std::uint64_t v = varint();
        if (v > 0xffffffffu) throw DecodeError("a 32-bit number out of range");
        return static_cast<std::uint32_t>(v);
    }
    std::int64_t svarint() {
        std::uint64_t v = varint();
        return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
    }
    std::string_view str() {
        std::uint64_t n = varint();
        if (n > data_.size() - at_) throw DecodeError("a string longer than the bytes left");
        return {take(static_cast<std::size_t>(n)), static_cast<std::size_t>(n)};
    }
    const char* take(std::size_t n) {
        if (n > data_.size() - at_) throw DecodeError("the data ends early");
        const char* p = data_.data() + at_;
        at_ += n;
        return p;
    }
    graph::Value value(int depth = 0);

private:
    template <class T>
    T fixed() {
        T v;
        std::memcpy(&v, take(sizeof v), sizeof v);
        return v;
    }
    std::string_view data_;
    std::size_t at_ = 0;
};

}  // namespace liverkg::storage
