# Temporal values through the command line: JSON output, --param, typed TSV columns, :save.
add_test(NAME cli:temporal COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_temporal.py
         $<TARGET_FILE:liverkg>)
set_tests_properties(cli:temporal PROPERTIES TIMEOUT 120)
