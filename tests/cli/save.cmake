# Loss-free, atomic saves and exports: save -> load -> save of data/ is byte-identical and passes
# --check; typed properties round-trip; a failed write leaves the old files; the loader refuses
# files that are not regular; quoted paths in :save and :export.
add_test(NAME cli:save COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/test_save.py
         $<TARGET_FILE:liverkg>)
set_tests_properties(cli:save PROPERTIES TIMEOUT 300)
