# PATHS on the bundled knowledge graph: specific mechanism chains, their refs and net signs.
add_test(NAME cli:paths COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_paths.py
         $<TARGET_FILE:liverkg>)
set_tests_properties(cli:paths PROPERTIES TIMEOUT 300)
# The README tour, pasted line by line and as one script, fits 100 columns; meta-commands in scripts.
add_test(NAME cli:tour COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_tour.py
         $<TARGET_FILE:liverkg>)
set_tests_properties(cli:tour PROPERTIES TIMEOUT 300)
# Notices for unknown names and the alias hint; kg.lookup.
add_test(NAME cli:lookup COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_lookup.py
         $<TARGET_FILE:liverkg>)
set_tests_properties(cli:lookup PROPERTIES TIMEOUT 300)
