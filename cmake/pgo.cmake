# pgo.cmake - profile-guided optimisation of the library and the CLI (GCC):
# DS_PGO=generate builds them instrumented, writing profiles to DS_PGO_DIR when
# run; DS_PGO=use compiles them again with those profiles. scripts/release.sh
# does both steps in one build tree (GCC names a profile after its object
# file's path, so the tree must not move between them). Tools, tests and the
# data generators are never instrumented.
set(DS_PGO "" CACHE STRING "Profile-guided optimisation: empty, generate or use")
set(DS_PGO_DIR ${CMAKE_BINARY_DIR}/pgo CACHE PATH "Where DS_PGO=generate writes profiles")
if(NOT DS_PGO STREQUAL "" AND NOT CMAKE_C_COMPILER_ID STREQUAL "GNU")
  message(WARNING "DS_PGO is for GCC; ${CMAKE_C_COMPILER_ID} builds without it")
  set(DS_PGO "")
endif()
if(DS_PGO STREQUAL "generate")
  foreach(t ds_util dossier dossier_cli)
    target_compile_options(${t} PRIVATE -fprofile-generate=${DS_PGO_DIR} -fprofile-update=atomic)
  endforeach()
  # The static libraries pass libgcov on to whatever links them.
  target_link_options(dossier PUBLIC -fprofile-generate=${DS_PGO_DIR})
  target_link_options(dossier_cli PRIVATE -fprofile-generate=${DS_PGO_DIR})
elseif(DS_PGO STREQUAL "use")
  # Code the training run never reached is optimised as usual
  # (-fprofile-partial-training) instead of for size.
  foreach(t ds_util dossier dossier_cli)
    target_compile_options(${t} PRIVATE -fprofile-use=${DS_PGO_DIR} -fprofile-partial-training
                           -Wno-missing-profile)
  endforeach()
elseif(NOT DS_PGO STREQUAL "")
  message(FATAL_ERROR "DS_PGO must be empty, generate or use (got '${DS_PGO}')")
endif()
