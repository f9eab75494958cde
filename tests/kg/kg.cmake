# Knowledge-graph fact tests: tests/kg/facts/*.cypher over the bundled data/, compared with *.expect.
add_test(NAME kg:facts
         COMMAND /usr/bin/python3 ${LIVERKG_SOURCE_DIR}/tests/kg/run_facts.py
                 $<TARGET_FILE:liverkg> ${LIVERKG_SOURCE_DIR}/tests/kg/facts)
set_tests_properties(kg:facts PROPERTIES TIMEOUT 600)
