#!/bin/sh
# memcheck.sh [BUILD_DIR] — the test suite under valgrind memcheck: every
# ctest test runs with each rensa process (unit test binaries and the rensa
# command the CLI tests call) under valgrind; any error or definite leak
# fails the test.  Slow (valgrind runs code 20-50x slower): scripts/test.sh
# runs it after the normal and sanitizer runs.
set -eu
cd "$(dirname "$0")/.."
b=${1:-build}
[ -x "$b/rensa" ] || { echo "memcheck: build $b first" >&2; exit 2; }
w=$(mktemp -d)
trap 'rm -rf "$w"' EXIT
cat > "$w/vg" <<EOS
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
  --suppressions=$PWD/tests/valgrind.supp "\$@"
EOS
chmod +x "$w/vg"
# The CLI tests take the rensa to run as their argument: hand them a
# wrapper; the unit tests run under valgrind through ctest's launcher.
cat > "$w/rensa" <<EOS
#!/bin/sh
exec $w/vg $PWD/$b/rensa "\$@"
EOS
chmod +x "$w/rensa"
fail=0
# (test_ocr skips second fixtures of one code path: RENSA_TEST_MEMCHECK)
export RENSA_TEST_MEMCHECK=1
for t in "$b"/tests/test_*; do
  [ -x "$t" ] || continue
  printf '%s: ' "$(basename "$t")"
  if (cd tests && "$w/vg" "$PWD/../$t" >/dev/null 2>"$w/err"); then echo ok; else echo FAIL; cat "$w/err"; fail=1; fi
done
for s in tests/cli/run_cli_tests.sh tests/golden/run_golden.sh tests/fuzz_regress.sh tests/cli/run_convert_errors.sh; do
  printf '%s: ' "$s"
  if RENSA_USER_DATA=$w/nouser "$s" "$w/rensa" >"$w/out" 2>&1; then echo ok; else echo FAIL; cat "$w/out"; fail=1; fi
done
exit $fail
