# bench.cmake - the in-process stage timer bench/bench_pipeline (see
# bench/run.sh, `make bench`). Built in every configuration; it may include the
# private headers of src/lib to time stages one by one.
add_executable(bench_pipeline ${CMAKE_SOURCE_DIR}/bench/bench_pipeline.c)
set_target_properties(bench_pipeline PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bench)
target_include_directories(bench_pipeline PRIVATE ${CMAKE_SOURCE_DIR}/src/lib ${CMAKE_SOURCE_DIR}/src)
target_compile_options(bench_pipeline PRIVATE ${DS_WARNINGS})
target_link_libraries(bench_pipeline PRIVATE dossier ds_util PkgConfig::JANSSON)
add_dependencies(bench_pipeline ds_data)
