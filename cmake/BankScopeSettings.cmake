# One INTERFACE target carries the compile settings every BankScope target shares.
add_library(bankscope_settings INTERFACE)
target_compile_features(bankscope_settings INTERFACE cxx_std_20)
target_compile_definitions(bankscope_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(bankscope_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual -Wformat=2)
    if(BANKSCOPE_WERROR)
        target_compile_options(bankscope_settings INTERFACE -Werror)
    endif()
endif()

if(BANKSCOPE_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "BANKSCOPE_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    # Instrument everything BankScope builds; the fuzz executables add -fsanitize=fuzzer.
    # BANKSCOPE_FUZZ_SANITIZERS=undefined gives a tree several times faster for a long campaign
    # (README "Fuzzing"); every finding is then replayed in the address,undefined tree.
    set(BANKSCOPE_FUZZ_SANITIZERS "address,undefined" CACHE STRING
        "Sanitizers the fuzz tree is built with (address,undefined or undefined)")
    target_compile_options(bankscope_settings INTERFACE
        -fsanitize=fuzzer-no-link,${BANKSCOPE_FUZZ_SANITIZERS} -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(bankscope_settings INTERFACE -fsanitize=${BANKSCOPE_FUZZ_SANITIZERS})
endif()
