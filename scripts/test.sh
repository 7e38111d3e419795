#!/bin/sh
# test.sh — the whole test suite: install dependencies, build with -Werror,
# run ctest; then the same under AddressSanitizer + UndefinedBehaviorSanitizer,
# then under valgrind memcheck.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
jobs=$(nproc)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRENSA_WERROR=ON >/dev/null
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs")
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DRENSA_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  LSAN_OPTIONS=suppressions="$PWD/../tests/lsan.supp" \
  ctest --output-on-failure -j"$jobs" -LE slow)
# valgrind memcheck over the unit tests and the CLI tests (not the timing-
# based batch test): no memory error, no definite leak.
scripts/memcheck.sh build
# libFuzzer harnesses (text reader, fixup, text tables, the SVG reader of
# ruled cells), 60 s each: no
# crash, leak, undefined behaviour or slow input.
tests/fuzz/run_fuzz.sh 60
