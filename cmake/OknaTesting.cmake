# okna_add_test(NAME tst_foo SOURCES tst_foo.cpp LIBS okna-server-core [SERVER] [GUI])
# One Qt Test executable per unit, registered with CTest. SERVER tests need the okna-server
# binary and PostgreSQL; they get its path through OKNA_SERVER_BINARY.

function(okna_add_test)
    cmake_parse_arguments(ARG "SERVER;GUI" "NAME;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    okna_apply_compile_options(${ARG_NAME})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set(env "QT_QPA_PLATFORM=offscreen")
    if(ARG_SERVER)
        list(APPEND env "OKNA_SERVER_BINARY=$<TARGET_FILE:okna-server>")
        add_dependencies(${ARG_NAME} okna-server)
    endif()
    if(OKNA_SANITIZE)
        # Every test, and the okna-server processes they start, stop at the first finding; the
        # suppressions name the leaks of libraries we use (tools/lsan.supp).
        list(APPEND env "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0"
             "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
             "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tools/lsan.supp:print_suppressions=0")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT ${ARG_TIMEOUT})
    if(ARG_SERVER)
        set_property(TEST ${ARG_NAME} APPEND PROPERTY LABELS server)
    endif()
endfunction()
