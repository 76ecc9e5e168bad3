# Warnings and sanitizers, applied per target through okna_apply_compile_options().

function(okna_apply_compile_options target)
    if(MSVC)
        # The Windows client (installer/windows): our sources are UTF-8 with Cyrillic literals.
        target_compile_options(${target} PRIVATE /W4 /utf-8 /permissive-
                                                 $<$<BOOL:${OKNA_WARNINGS_AS_ERRORS}>:/WX>)
        target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                                     QT_USE_QSTRINGBUILDER)
        return()
    endif()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(OKNA_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
        # GCC 12 reports std::optional members inlined from libpqxx as "maybe uninitialized" once
        # it optimises (-O2: the run command's and the benchmarks' builds); known false positives
        # (GCC PR 105562 and kin). They stay warnings there; unoptimised CI builds keep them errors.
        target_compile_options(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:-Wno-error=maybe-uninitialized>)
    endif()
    if(OKNA_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
    target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
                                                 QT_USE_QSTRINGBUILDER)
endfunction()
