# Documentation examples: every ```cypher block of docs/*.md followed by a ```text block must
# print exactly that text (tests/docs/run_docs.py).
add_test(NAME docs:examples
         COMMAND /usr/bin/python3 ${LIVERKG_SOURCE_DIR}/tests/docs/run_docs.py
                 $<TARGET_FILE:liverkg> ${LIVERKG_SOURCE_DIR}/docs)
set_tests_properties(docs:examples PROPERTIES TIMEOUT 600)
# The function list of docs/query-language.md is SHOW FUNCTIONS, row for row (tests/docs/check_functions.py).
add_test(NAME docs:functions
         COMMAND /usr/bin/python3 ${LIVERKG_SOURCE_DIR}/tests/docs/check_functions.py
                 $<TARGET_FILE:liverkg> ${LIVERKG_SOURCE_DIR}/docs/query-language.md)
