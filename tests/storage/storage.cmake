# The durable database through the binary (tests/storage/): transactions, recovery, damaged
# and foreign directories, one writer, a full disk, a read-only directory.
add_test(NAME storage:cli COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/storage/test_storage_cli.py
         $<TARGET_FILE:liverkg>)
set_tests_properties(storage:cli PROPERTIES TIMEOUT 300)
# The crash harness: >= 50 SIGKILLs of a writing child (random moments, fixed seed, and at
# each commit and checkpoint fault-injection point); no acknowledged transaction lost, none partial.
add_test(NAME storage:crash COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/storage/crash_harness.py
         $<TARGET_FILE:liverkg> 60)
set_tests_properties(storage:crash PROPERTIES TIMEOUT 300)
