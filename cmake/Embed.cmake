# Generates sources from the data files that are the single source of truth:
#  - rules/catalog.json  -> the list of checks to register (AuthTidyChecks.inc)
#  - rules/*.json, docs/**/*.md -> EmbeddedData.cpp, so the plugin and the
#    driver carry their bundled rule packs and docs without install paths.

# Reads rules/catalog.json and sets, in the caller's scope:
#   AUTHTIDY_CHECK_SOURCES  the .cpp of every check listed in the catalog
function(authtidy_generate_check_list out_inc)
  set(catalog "${PROJECT_SOURCE_DIR}/rules/catalog.json")
  set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY
    CMAKE_CONFIGURE_DEPENDS "${catalog}")
  file(READ "${catalog}" json)
  string(JSON n LENGTH "${json}" checks)
  math(EXPR last "${n} - 1")
  set(includes "")
  set(entries "")
  set(sources "")
  foreach(i RANGE ${last})
    string(JSON id GET "${json}" checks ${i} id)
    string(JSON family GET "${json}" checks ${i} family)
    string(JSON class GET "${json}" checks ${i} class)
    string(APPEND includes "#include \"${family}/${class}.h\"\n")
    string(APPEND entries "AUTHTIDY_CHECK(\"${id}\", ${class})\n")
    list(APPEND sources "${PROJECT_SOURCE_DIR}/checks/${family}/${class}.cpp")
  endforeach()
  file(CONFIGURE OUTPUT "${out_inc}" CONTENT
"// Generated from rules/catalog.json by cmake/Embed.cmake; do not edit.
#ifdef AUTHTIDY_CHECK_INCLUDES
${includes}#else
${entries}#endif
" @ONLY)
  set(AUTHTIDY_CHECK_SOURCES "${sources}" PARENT_SCOPE)
endfunction()

# Writes a C++ file defining authtidy::embedded::files(): {name, bytes}
# for every file in FILES, named relative to the project root. Runs at
# build time so that editing a rule pack or doc page rebuilds it.
function(authtidy_embed_files out_cpp)
  cmake_parse_arguments(ARG "" "" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT "${out_cpp}"
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DROOT=${PROJECT_SOURCE_DIR}
            "-DFILES=${ARG_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/EmbedRun.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/EmbedRun.cmake
    COMMENT "Embedding rule packs and docs"
    VERBATIM)
endfunction()
