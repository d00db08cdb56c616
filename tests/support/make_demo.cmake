# ctest fixture: a fresh demo café file for the tests to copy. cmake -DCREMACTL=... -DDB=... -P make_demo.cmake
foreach(suffix "" "-wal" "-shm")
    file(REMOVE "${DB}${suffix}")
endforeach()
execute_process(COMMAND "${CREMACTL}" --db "${DB}" init --demo --as-of 2026-11-21 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cremactl init --demo failed with ${rc}")
endif()
