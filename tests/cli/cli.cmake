# Command-line tests: they drive the real binary (flags, exit status, formats, golden files, REPL).
set(LIVERKG_PY /usr/bin/python3)   # the system python, which has pexpect
add_test(NAME cli:flags COMMAND ${LIVERKG_PY} ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_cli.py
         $<TARGET_FILE:liverkg>)
add_test(NAME cli:golden COMMAND ${LIVERKG_PY} ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_golden.py
         $<TARGET_FILE:liverkg> ${CMAKE_CURRENT_SOURCE_DIR}/golden)
add_test(NAME cli:repl COMMAND ${LIVERKG_PY} ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_repl.py
         $<TARGET_FILE:liverkg>)
set_tests_properties(cli:flags cli:golden cli:repl PROPERTIES TIMEOUT 300)
# The REPL test times Ctrl-C against a running statement: keep other tests off the CPU meanwhile.
set_tests_properties(cli:repl PROPERTIES RUN_SERIAL TRUE)
# The plan cache gives the answers no plan cache gives, cases as data (tests/plancache/).
add_test(NAME cli:plan_cache COMMAND ${LIVERKG_PY} ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_plan_cache.py
         $<TARGET_FILE:liverkg> ${LIVERKG_SOURCE_DIR}/tests/plancache)
set_tests_properties(cli:plan_cache PROPERTIES TIMEOUT 300)
