# openCypher TCK ratchet: fails when fewer scenarios pass than tests/tck/ratchet.txt records.
# Skipped (exit 77) when the shared TCK (../shared/tck beside the repository) is absent.
add_test(NAME tck:ratchet
         COMMAND /usr/bin/python3 ${LIVERKG_SOURCE_DIR}/tests/tck/run_ratchet.py
                 $<TARGET_FILE:liverkg> ${LIVERKG_SOURCE_DIR}/tests/tck/ratchet.txt)
set_tests_properties(tck:ratchet PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 1800)
