# fuzz.cmake - fuzz targets (fuzz/fuzz_<target>.c). In every build each target
# is also a plain program (fuzz/replay.c as main) that replays its seed corpus
# fuzz/corpus/<target>/ as the ctest fuzz.<target>. With DS_FUZZ=ON (clang,
# the "fuzz" preset) the library is instrumented for coverage and each target
# is also a libFuzzer binary fuzz_<target>, run by fuzz/run.sh (`make fuzz`).
# Also registers valgrind.cli (tests/cli/valgrind.sh; skips without valgrind).
set(DS_FUZZ_TARGETS read_text read_html read_pdf citations timex pipeline batch)
set(DS_FUZZ_ENV DOSSIER_DATA=${DS_DATA_BUILD_DIR})
enable_testing()

if(DS_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "DS_FUZZ=ON needs clang (cmake --preset fuzz)")
  endif()
  set(DS_FUZZ_SAN -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  foreach(lib dossier ds_util)
    target_compile_options(${lib} PRIVATE -fsanitize=fuzzer-no-link ${DS_FUZZ_SAN})
    # Everything that links the instrumented library needs the sanitizer runtime.
    target_link_options(${lib} INTERFACE ${DS_FUZZ_SAN})
  endforeach()
endif()

foreach(t ${DS_FUZZ_TARGETS})
  set(src ${CMAKE_SOURCE_DIR}/fuzz/fuzz_${t}.c)
  add_executable(fuzz_${t}_replay ${src} ${CMAKE_SOURCE_DIR}/fuzz/replay.c)
  set_target_properties(fuzz_${t}_replay PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
  target_include_directories(fuzz_${t}_replay PRIVATE ${CMAKE_SOURCE_DIR}/src/lib ${CMAKE_SOURCE_DIR}/src)
  target_compile_options(fuzz_${t}_replay PRIVATE ${DS_WARNINGS})
  target_link_libraries(fuzz_${t}_replay PRIVATE dossier ds_util PkgConfig::JANSSON)
  add_dependencies(fuzz_${t}_replay ds_data)
  add_test(NAME fuzz.${t} COMMAND fuzz_${t}_replay ${CMAKE_SOURCE_DIR}/fuzz/corpus/${t})
  set_tests_properties(fuzz.${t} PROPERTIES ENVIRONMENT "${DS_FUZZ_ENV}" LABELS fuzz TIMEOUT 300)
  if(DS_FUZZ)
    target_compile_options(fuzz_${t}_replay PRIVATE ${DS_FUZZ_SAN})
    add_executable(fuzz_${t} ${src})
    set_target_properties(fuzz_${t} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
    target_include_directories(fuzz_${t} PRIVATE ${CMAKE_SOURCE_DIR}/src/lib ${CMAKE_SOURCE_DIR}/src)
    target_compile_options(fuzz_${t} PRIVATE ${DS_WARNINGS} -fsanitize=fuzzer ${DS_FUZZ_SAN})
    target_link_options(fuzz_${t} PRIVATE -fsanitize=fuzzer ${DS_FUZZ_SAN})
    target_link_libraries(fuzz_${t} PRIVATE dossier ds_util PkgConfig::JANSSON)
    add_dependencies(fuzz_${t} ds_data)
  endif()
endforeach()

# valgrind.cli: a few CLI runs under memcheck. Sanitized builds skip it
# (valgrind cannot run ASan binaries).
if(DS_SANITIZE OR DS_FUZZ)
  set(DS_VG_SANITIZED 1)
else()
  set(DS_VG_SANITIZED 0)
endif()
add_test(NAME valgrind.cli COMMAND bash ${CMAKE_SOURCE_DIR}/tests/cli/valgrind.sh)
set_tests_properties(valgrind.cli PROPERTIES
  ENVIRONMENT "DOSSIER=$<TARGET_FILE:dossier_cli>;DOSSIER_DATA=${DS_DATA_BUILD_DIR};DS_SOURCE_DIR=${CMAKE_SOURCE_DIR};DS_BUILD_DIR=${CMAKE_BINARY_DIR};DS_SANITIZED=${DS_VG_SANITIZED}"
  SKIP_RETURN_CODE 77 LABELS valgrind TIMEOUT 900)
