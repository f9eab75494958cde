# Knowledge-graph fact tests: tests/kg/facts/*.cypher over the bundled data/, compared with *.expect.
add_test(NAME kg:facts
         COMMAND /usr/bin/python3 ${LIVERKG_SOURCE_DIR}/tests/kg/run_facts.py
                 $<TARGET_FILE:liverkg> ${LIVERKG_SOURCE_DIR}/tests/kg/facts)
set_tests_properties(kg:facts PROPERTIES TIMEOUT 600)

# Grounding and study context of data/: every xref CURIE is in ../shared's term tables, every
# context id is a Disease node; prints xref coverage per label. Skipped without ../shared.
add_test(NAME kg:xrefs
         COMMAND /usr/bin/python3 ${LIVERKG_SOURCE_DIR}/tests/kg/check_xrefs.py
                 ${LIVERKG_SOURCE_DIR}/data)
set_tests_properties(kg:xrefs PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 120)

# The knowledge-graph tools (--check grounding, Reference nodes, kg.cite, KGX export) on small fixtures.
add_test(NAME kg:tools
         COMMAND /usr/bin/python3 ${LIVERKG_SOURCE_DIR}/tests/kg/test_kg_tools.py $<TARGET_FILE:liverkg>)
set_tests_properties(kg:tools PROPERTIES TIMEOUT 300)
