# File formats through the binary: --export FORMAT PATH, --load by the format registry, and the
# interchange formats' round trips with other tools.
add_test(NAME cli:formats COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_formats.py
         $<TARGET_FILE:liverkg>)
set_tests_properties(cli:formats PROPERTIES TIMEOUT 300)
