# Runtime data: reviewable text files from data/ are copied into the build's
# data directory; the compiled gazetteer is built there by tools/ (see data/README.md).
file(GLOB DS_DATA_FILES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/data/*.tsv)
set(DS_DATA_COPIES)
foreach(f ${DS_DATA_FILES})
  get_filename_component(n ${f} NAME)
  add_custom_command(OUTPUT ${DS_DATA_BUILD_DIR}/${n}
    COMMAND ${CMAKE_COMMAND} -E copy_if_different ${f} ${DS_DATA_BUILD_DIR}/${n}
    DEPENDS ${f} COMMENT "data ${n}")
  list(APPEND DS_DATA_COPIES ${DS_DATA_BUILD_DIR}/${n})
endforeach()
add_custom_target(ds_data ALL DEPENDS ${DS_DATA_COPIES})
add_dependencies(dossier_cli ds_data)
