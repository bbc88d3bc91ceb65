# Updates .ts files of languages Qt 6.4's lupdate has no plural rule for (Nigerian Pidgin, Igbo).
#
# lupdate will not touch a translated file whose language it does not recognise. This script runs
# it on a copy whose TS language is a stand-in with one plural form (lrelease compiles these
# languages with one form too), then writes the result back with the file's own language. The
# .ts in the source tree is replaced only when lupdate succeeded.
#
# The copy sits beside the original for the time lupdate runs, so that the source locations it
# writes are relative to translations/ as in the other files.
#
#   cmake -DLUPDATE=<lupdate> -DPROJECT_JSON=<lupdate project file> "-DTS_FILES=<a.ts;b.ts>"
#         -P UpdateTranslations.cmake
foreach(_var LUPDATE PROJECT_JSON TS_FILES)
    if(NOT ${_var})
        message(FATAL_ERROR "UpdateTranslations.cmake: ${_var} is not set")
    endif()
endforeach()
set(_stand_in "ja") # one plural form, known to every lupdate

foreach(_ts IN LISTS TS_FILES)
    file(READ "${_ts}" _text)
    string(REGEX MATCH "<TS version=\"[^\"]*\" language=\"([^\"]*)\"" _match "${_text}")
    if(NOT _match)
        message(FATAL_ERROR "${_ts}: no <TS ... language=\"...\"> line")
    endif()
    set(_language "${CMAKE_MATCH_1}")
    get_filename_component(_name "${_ts}" NAME)
    get_filename_component(_ts_dir "${_ts}" DIRECTORY)
    set(_copy "${_ts_dir}/.update-${_name}")
    string(REPLACE "language=\"${_language}\"" "language=\"${_stand_in}\"" _text "${_text}")
    file(WRITE "${_copy}" "${_text}")
    execute_process(COMMAND "${LUPDATE}" -project "${PROJECT_JSON}" -no-obsolete -ts "${_copy}"
                    RESULT_VARIABLE _rc)
    if(NOT _rc EQUAL 0)
        file(REMOVE "${_copy}")
        message(FATAL_ERROR "lupdate failed on ${_name} (${_rc})")
    endif()
    file(READ "${_copy}" _text)
    file(REMOVE "${_copy}")
    string(REPLACE "language=\"${_stand_in}\"" "language=\"${_language}\"" _text "${_text}")
    file(WRITE "${_ts}" "${_text}")
    message(STATUS "Updated ${_name} (${_language})")
endforeach()
