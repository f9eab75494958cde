# Statement limits (--max-memory, --max-steps, --timeout, :set) and out-of-memory under ulimit -v.
add_test(NAME cli:limits COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_limits.py
         $<TARGET_FILE:liverkg>)
# Its statements allocate up to the 2 GB default on purpose: not beside other heavy tests.
set_tests_properties(cli:limits PROPERTIES TIMEOUT 600 RUN_SERIAL TRUE)
