# PATHS on the bundled knowledge graph: specific mechanism chains, their refs and net signs.
add_test(NAME cli:paths COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_paths.py
         $<TARGET_FILE:liverkg>)
set_tests_properties(cli:paths PROPERTIES TIMEOUT 300)
