# The fuzz targets built with the ordinary compiler and replay_main.cpp in place of libFuzzer:
# one test per target replays its committed corpus (tests/fuzz/corpus/TARGET), so an input a fuzz
# run kept is checked on every build, not only in a LIVERKG_FUZZ=ON build.
set(fuzz_dir ${LIVERKG_SOURCE_DIR}/tests/fuzz)
set(fuzz_replay_libs parse=liverkg_parser exec=liverkg_engine tsv=liverkg_formats
                     bolt=liverkg_server temporal=liverkg_graph)
foreach(pair ${fuzz_replay_libs})
  string(REPLACE "=" ";" parts ${pair})
  list(GET parts 0 t)
  list(GET parts 1 lib)
  add_executable(${t}_replay ${fuzz_dir}/${t}_fuzz.cpp ${fuzz_dir}/replay_main.cpp)
  target_link_libraries(${t}_replay PRIVATE ${lib})
  add_test(NAME "fuzz corpus: ${t}" COMMAND ${t}_replay ${fuzz_dir}/corpus/${t})
endforeach()
