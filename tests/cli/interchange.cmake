# Interchange with other tools: GraphML read back by NetworkX and igraph (Debian's python3
# packages, /usr/bin/python3), NetworkX's GraphML loaded by liverkg, SIF and Cypher round trips.
add_test(NAME cli:interchange COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_interchange.py
         $<TARGET_FILE:liverkg>)
set_tests_properties(cli:interchange PROPERTIES TIMEOUT 300)
