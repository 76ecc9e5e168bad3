# Read by cpack for each generator: the changelog names the version being packaged, also when it
# is given on cpack's command line (-D CPACK_PACKAGE_VERSION=0.1.1, the upgrade test).
if(CPACK_GENERATOR STREQUAL "DEB")
    # Each package's first description line is its own synopsis (CPACK_COMPONENT_<C>_DESCRIPTION);
    # CPackDeb would put the project's one summary line above both.
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
    set(OKNA_CHANGELOG_VERSION "${CPACK_PACKAGE_VERSION}-${CPACK_DEBIAN_PACKAGE_RELEASE}")
    set(OKNA_CHANGELOG_TEMPLATE "${CPACK_OKNA_CHANGELOG_TEMPLATE}")
    set(OKNA_CHANGELOG_OUTPUT "${CPACK_OKNA_CHANGELOG_OUTPUT}")
    set(OKNA_GZIP "${CPACK_OKNA_GZIP}")
    include("${CPACK_OKNA_CHANGELOG_SCRIPT}")
endif()
