# The knowledge-graph fact tests live with their data in tests/kg/.
include(${LIVERKG_SOURCE_DIR}/tests/kg/kg.cmake)
