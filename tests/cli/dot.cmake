# Graphviz export: every DOT the binary writes must pass `dot -Tsvg` with an empty stderr.
add_test(NAME cli:dot COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_dot.py
         $<TARGET_FILE:liverkg>)
set_tests_properties(cli:dot PROPERTIES TIMEOUT 300)
