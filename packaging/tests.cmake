# Packaging tests, include()d from tests/CMakeLists.txt (after enable_testing()).
#
#   packaging_desktop_file  desktop-file-validate on the .desktop entry
#   packaging_appstream     appstreamcli validate (offline, strict) on the metainfo
#   packaging_man_page      the man page renders without groff warnings
#   packaging_deb           builds the .deb with CPack, unpacks it with dpkg-deb -x and runs the
#                           unpacked jcroadmap (--version, init, check), then lintian
#
# The tools come from desktop-file-utils, appstream, man-db/groff-base, dpkg-dev and lintian,
# which `packaging/build.sh test` installs. A missing tool is not a reason to skip: the test is
# still registered and fails, naming the package to install, so a missing tool can never pass
# unnoticed. (A configure error would also break `packaging/build.sh run`, which does not
# install them.)

set(jcr_pkg_dir "${PROJECT_SOURCE_DIR}/packaging")

# jcr_packaging_tool(VAR program debian-package): find a program, or make VAR a command that
# fails with a message naming the Debian package to install.
function(jcr_packaging_tool var program package)
    find_program(${var} ${program})
    if(NOT ${var})
        message(WARNING "${program} not found (Debian package ${package}): "
                        "the packaging tests that need it will fail")
        set(${var} "${CMAKE_COMMAND}" -E echo
            "MISSING TOOL ${program}: apt install ${package}" PARENT_SCOPE)
        set(${var}_MISSING TRUE PARENT_SCOPE)
    endif()
endfunction()

function(jcr_add_packaging_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "COMMAND;REQUIRES" ${ARGN})
    set(missing)
    foreach(tool IN LISTS ARG_REQUIRES)
        if(${tool}_MISSING)
            list(APPEND missing "${tool}")
        endif()
    endforeach()
    add_test(NAME ${name} COMMAND ${ARG_COMMAND})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 60)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS packaging TIMEOUT ${ARG_TIMEOUT})
    if(missing)
        # The echoed stand-in exits 0: turn that into a failure.
        set_tests_properties(${name} PROPERTIES FAIL_REGULAR_EXPRESSION "MISSING TOOL")
    endif()
endfunction()

jcr_packaging_tool(JCR_DESKTOP_FILE_VALIDATE desktop-file-validate desktop-file-utils)
jcr_packaging_tool(JCR_APPSTREAMCLI appstreamcli appstream)
jcr_packaging_tool(JCR_GROFF groff groff-base)
jcr_packaging_tool(JCR_DPKG_DEB dpkg-deb dpkg)
jcr_packaging_tool(JCR_DPKG_SHLIBDEPS_FOR_TEST dpkg-shlibdeps dpkg-dev)
jcr_packaging_tool(JCR_LINTIAN lintian lintian)

jcr_add_packaging_test(packaging_desktop_file
    COMMAND ${JCR_DESKTOP_FILE_VALIDATE} "${jcr_pkg_dir}/io.github.jcroadmap.Planner.desktop"
    REQUIRES JCR_DESKTOP_FILE_VALIDATE)

jcr_add_packaging_test(packaging_appstream
    COMMAND ${JCR_APPSTREAMCLI} validate --no-net --strict --explain
            "${jcr_pkg_dir}/io.github.jcroadmap.Planner.metainfo.xml"
    REQUIRES JCR_APPSTREAMCLI)

# -ww: all warnings; -z: no output. groff prints warnings but exits 0, hence the regex.
jcr_add_packaging_test(packaging_man_page
    COMMAND ${JCR_GROFF} -man -ww -z "${jcr_pkg_dir}/jcroadmap.1"
    REQUIRES JCR_GROFF)
set_tests_properties(packaging_man_page PROPERTIES FAIL_REGULAR_EXPRESSION "warning|error|MISSING")

jcr_add_packaging_test(packaging_deb
    COMMAND "${jcr_pkg_dir}/test-package.sh" "${PROJECT_BINARY_DIR}" "${CMAKE_CPACK_COMMAND}"
            "${PROJECT_VERSION}" "${PROJECT_SOURCE_DIR}"
    REQUIRES JCR_DPKG_DEB JCR_DPKG_SHLIBDEPS_FOR_TEST JCR_LINTIAN
    TIMEOUT 600)
# test-package.sh checks for its tools again and fails with the same message.
