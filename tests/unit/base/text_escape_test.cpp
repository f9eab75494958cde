#include <catch2/catch.hpp>

#include "base/text_escape.hpp"

using liverkg::escape_for_message;

TEST_CASE("messages keep printable UTF-8 and escape everything else", "[escape]") {
    CHECK(escape_for_message("data/nodes.tsv") == "data/nodes.tsv");
    CHECK(escape_for_message("干细胞 α") == "干细胞 α");
    CHECK(escape_for_message("a\tb\r\nc") == "a\\tb\\r\\nc");
    CHECK(escape_for_message("x\x1b[31my") == "x\\x1b[31my");
    CHECK(escape_for_message(std::string("\0z", 2)) == "\\x00z");
    CHECK(escape_for_message("\x7f") == "\\x7f");
    CHECK(escape_for_message("bad\xff\xfe") == "bad\\xff\\xfe");
    CHECK(escape_for_message("\xe5\xb9") == "\\xe5\\xb9");            // a cut sequence
    CHECK(escape_for_message("\xc0\xaf") == "\\xc0\\xaf");            // overlong '/'
    CHECK(escape_for_message("\xed\xa0\x80") == "\\xed\\xa0\\x80");   // a surrogate
    CHECK(escape_for_message("line 1\nline 2", true) == "line 1\nline 2");
}
