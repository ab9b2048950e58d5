# store.cmake - embeds src/lib/schema.sql into the library as a C string
# (build/<dir>/generated/schema_sql.h, `static const char ds_schema_sql[]`),
# regenerated whenever the schema changes. In script mode (-P) it is the
# generator itself: cmake -DIN=schema.sql -DOUT=schema_sql.h -P store.cmake
if(CMAKE_SCRIPT_MODE_FILE)
  file(READ ${IN} hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
  string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" hex "${hex}")
  file(WRITE ${OUT}.tmp "/* generated from schema.sql by cmake/store.cmake: do not edit */\n"
       "static const char ds_schema_sql[] = {\n${hex}0x00};\n")
  file(RENAME ${OUT}.tmp ${OUT})
  return()
endif()

set(DS_SCHEMA_SQL ${CMAKE_SOURCE_DIR}/src/lib/schema.sql)
set(DS_SCHEMA_DIR ${CMAKE_BINARY_DIR}/generated)
set(DS_SCHEMA_H ${DS_SCHEMA_DIR}/schema_sql.h)
file(MAKE_DIRECTORY ${DS_SCHEMA_DIR})
add_custom_command(OUTPUT ${DS_SCHEMA_H}
  COMMAND ${CMAKE_COMMAND} -DIN=${DS_SCHEMA_SQL} -DOUT=${DS_SCHEMA_H} -P ${CMAKE_SOURCE_DIR}/cmake/store.cmake
  DEPENDS ${DS_SCHEMA_SQL} ${CMAKE_SOURCE_DIR}/cmake/store.cmake
  COMMENT "embedding schema.sql")
add_custom_target(ds_schema DEPENDS ${DS_SCHEMA_H})
target_sources(dossier PRIVATE ${DS_SCHEMA_H})
target_include_directories(dossier PRIVATE ${DS_SCHEMA_DIR})
add_dependencies(dossier ds_schema)
