# Builds the Okna client's MSI from a staged folder (okna-client.exe and what windeployqt put beside it).
# Script mode, so that the build (target okna-msi), the test (tests/installer/tst_msi.sh) and CI run
# the same steps:
#
#   cmake -DSTAGE_DIR=dir -DWXS=okna-client.wxs -DICON=okna-client.ico -DOUTPUT=okna-client-X.Y.Z-x64.msi
#         [-DVERSION=X.Y.Z] [-DTOOLSET=wixl|wix3] [-DWORK_DIR=dir] -P build-msi.cmake
#
# The staged files become a ComponentGroup "OknaClientFiles" (one component per file, under
# INSTALLDIR) harvested at build time, so that nothing lists the many files windeployqt copies:
#   wixl: Debian's msitools (wixl-heat, then wixl -a x64); what the test uses on Linux.
#   wix3: WiX Toolset 3 on Windows (heat dir, candle -arch x64, light); what CI uses.
# VERSION, when given, overrides the version CMake wrote into the .wxs (the test's upgrade build).
cmake_minimum_required(VERSION 3.25)

foreach(required STAGE_DIR WXS ICON OUTPUT)
    if(NOT ${required})
        message(FATAL_ERROR "build-msi.cmake: -D${required}=... is required")
    endif()
endforeach()
foreach(path STAGE_DIR WXS ICON)
    cmake_path(ABSOLUTE_PATH ${path} NORMALIZE)
endforeach()
cmake_path(ABSOLUTE_PATH OUTPUT NORMALIZE)
if(NOT EXISTS "${STAGE_DIR}/okna-client.exe")
    message(FATAL_ERROR "build-msi.cmake: ${STAGE_DIR}/okna-client.exe is missing: stage the client first "
                        "(cmake --install, then windeployqt)")
endif()
foreach(path WXS ICON)
    if(NOT EXISTS "${${path}}")
        message(FATAL_ERROR "build-msi.cmake: ${${path}} is missing")
    endif()
endforeach()

if(NOT TOOLSET)
    find_program(WIXL wixl)
    if(WIXL)
        set(TOOLSET wixl)
    else()
        set(TOOLSET wix3)
    endif()
endif()
if(NOT WORK_DIR)
    set(WORK_DIR "${OUTPUT}.work")
endif()
cmake_path(ABSOLUTE_PATH WORK_DIR NORMALIZE)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

set(defines StageDir IconFile Win64)
if(VERSION)
    list(APPEND defines OknaVersion)
endif()

function(run)
    execute_process(COMMAND ${ARGN} WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        list(JOIN ARGN " " command)
        message(FATAL_ERROR "build-msi.cmake: '${command}' failed (${result})")
    endif()
endfunction()

if(TOOLSET STREQUAL "wixl")
    find_program(WIXL wixl REQUIRED)
    find_program(WIXL_HEAT wixl-heat REQUIRED)
    # wixl 0.101 takes only relative source paths (an absolute one trips a GLib assertion and the
    # file is "not found"): the work folder links to the staged tree and holds a copy of the icon.
    file(CREATE_LINK "${STAGE_DIR}" "${WORK_DIR}/stage" SYMBOLIC)
    file(COPY_FILE "${ICON}" "${WORK_DIR}/okna-client.ico")
    set(StageDir stage)
    set(IconFile okna-client.ico)
    set(Win64 yes)
    set(OknaVersion "${VERSION}")

    # wixl-heat reads file names, one a line, and drops the prefix (-p) to make each one's path
    # under INSTALLDIR and under $(var.StageDir).
    file(GLOB_RECURSE staged LIST_DIRECTORIES false RELATIVE "${STAGE_DIR}" "${STAGE_DIR}/*")
    list(SORT staged)
    list(TRANSFORM staged PREPEND "stage/")
    list(JOIN staged "\n" staged_lines)
    file(WRITE "${WORK_DIR}/files.txt" "${staged_lines}\n")
    execute_process(COMMAND "${WIXL_HEAT}" --directory-ref INSTALLDIR --component-group OknaClientFiles
                            --var var.StageDir --win64 -p stage/
                    INPUT_FILE "${WORK_DIR}/files.txt" OUTPUT_FILE "${WORK_DIR}/files.wxs"
                    WORKING_DIRECTORY "${WORK_DIR}" RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "build-msi.cmake: wixl-heat failed (${result})")
    endif()

    set(args -a x64)
    foreach(define IN LISTS defines)
        list(APPEND args -D "${define}=${${define}}")
    endforeach()
    file(COPY_FILE "${WXS}" "${WORK_DIR}/okna-client.wxs")
    run("${WIXL}" ${args} -o "${OUTPUT}" okna-client.wxs files.wxs)
elseif(TOOLSET STREQUAL "wix3")
    # WiX 3 (heat, candle, light) from PATH or from the WIX variable its installer sets.
    set(hints "$ENV{WIX}/bin")
    find_program(HEAT heat HINTS ${hints} REQUIRED)
    find_program(CANDLE candle HINTS ${hints} REQUIRED)
    find_program(LIGHT light HINTS ${hints} REQUIRED)
    cmake_path(NATIVE_PATH STAGE_DIR StageDir)
    cmake_path(NATIVE_PATH ICON IconFile)
    set(Win64 yes)
    set(OknaVersion "${VERSION}")

    # -srd: the staged folder's files go straight into INSTALLDIR; -ag: Guid="*", computed by candle
    # from each file's install path, so a file keeps its component code from version to version.
    run("${HEAT}" dir "${STAGE_DIR}" -nologo -cg OknaClientFiles -dr INSTALLDIR -var var.StageDir -srd -ag
        -sreg -scom -out files.wxs)
    set(args -nologo -arch x64)
    foreach(define IN LISTS defines)
        list(APPEND args "-d${define}=${${define}}")
    endforeach()
    # No -out: the .wixobj files land in the work folder, named after their sources.
    run("${CANDLE}" ${args} "${WXS}" files.wxs)
    cmake_path(GET WXS STEM main)
    run("${LIGHT}" -nologo -out "${OUTPUT}" "${main}.wixobj" files.wixobj)
else()
    message(FATAL_ERROR "build-msi.cmake: TOOLSET must be wixl or wix3, not '${TOOLSET}'")
endif()
message(STATUS "MSI: ${OUTPUT}")
