# Writes changelog.Debian.gz for one package version: at configure time (CMakeLists.txt) and again
# when cpack packages another version (CPackProjectConfig.cmake).
# In: OKNA_CHANGELOG_VERSION (e.g. 0.1.0-1), OKNA_CHANGELOG_TEMPLATE, OKNA_CHANGELOG_OUTPUT, OKNA_GZIP.
if(DEFINED ENV{SOURCE_DATE_EPOCH})
    set(_okna_epoch $ENV{SOURCE_DATE_EPOCH})
else()
    string(TIMESTAMP _okna_epoch "%s" UTC)
endif()
# Debian's changelog date (RFC 5322); CMake's %a and %b are English whatever the locale.
set(_okna_saved_epoch "$ENV{SOURCE_DATE_EPOCH}")
set(ENV{SOURCE_DATE_EPOCH} ${_okna_epoch})
string(TIMESTAMP OKNA_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
set(ENV{SOURCE_DATE_EPOCH} "${_okna_saved_epoch}")
configure_file(${OKNA_CHANGELOG_TEMPLATE} ${OKNA_CHANGELOG_OUTPUT}.txt @ONLY)
execute_process(COMMAND ${OKNA_GZIP} -9n -c ${OKNA_CHANGELOG_OUTPUT}.txt OUTPUT_FILE ${OKNA_CHANGELOG_OUTPUT}
                COMMAND_ERROR_IS_FATAL ANY)
