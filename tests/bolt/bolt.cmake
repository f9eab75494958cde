# The Bolt server with Neo4j's official JavaScript driver (tests/bolt, Node and npm installed
# by scripts/setup.sh; the driver pinned by package-lock.json and installed by `npm ci`).
find_program(NODE_PROGRAM node)
find_program(NPM_PROGRAM npm)
if(NODE_PROGRAM AND NPM_PROGRAM)
  add_test(NAME bolt:driver COMMAND ${CMAKE_CURRENT_LIST_DIR}/run.sh $<TARGET_FILE:liverkg>
           ${CMAKE_BINARY_DIR}/bolt-node)
else()
  add_test(NAME bolt:driver COMMAND ${CMAKE_COMMAND} -E echo
           "node and npm are missing: run scripts/setup.sh")
  set_tests_properties(bolt:driver PROPERTIES WILL_FAIL ON)
endif()
set_tests_properties(bolt:driver PROPERTIES TIMEOUT 300)
