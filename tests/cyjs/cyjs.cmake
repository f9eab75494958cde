# The Cytoscape.js export loaded by the `cytoscape` npm package, headless (tests/cyjs; the
# package pinned by package-lock.json and installed by `npm ci`, as tests/bolt does), and
# render_svg.js, which draws an export from Cytoscape's computed style (its SVG read by python3).
find_program(NODE_PROGRAM node)
find_program(NPM_PROGRAM npm)
if(NODE_PROGRAM AND NPM_PROGRAM)
  add_test(NAME cyjs:cytoscape COMMAND ${CMAKE_CURRENT_LIST_DIR}/run.sh $<TARGET_FILE:liverkg>
           ${CMAKE_BINARY_DIR}/cyjs-node)
else()
  add_test(NAME cyjs:cytoscape COMMAND ${CMAKE_COMMAND} -E echo
           "node and npm are missing: run scripts/setup.sh")
  set_tests_properties(cyjs:cytoscape PROPERTIES WILL_FAIL ON)
endif()
set_tests_properties(cyjs:cytoscape PROPERTIES TIMEOUT 300)
