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
# (test_ocr skips second fixtures of one code path: RENSA_TEST_MEMCHECK)
export RENSA_TEST_MEMCHECK=1
# One job per test binary and per CLI script, run $(nproc) at a time:
# valgrind serialises a process's threads, so only parallel processes use
# the second core.  The longest (test_ocr) goes first.
cat > "$w/job" <<EOS
#!/bin/sh
# job NAME: run one test under valgrind; output in $w/NAME.out, status in NAME.rc
n=\$1
case \$n in
  test_*) (cd $PWD/tests && $w/vg $PWD/$b/tests/\$n >/dev/null 2>$w/\$n.out) ;;
  *) RENSA_USER_DATA=$w/nouser $PWD/tests/\$(echo \$n | tr : /) $w/rensa >$w/\$n.out 2>&1 ;;
esac
echo \$? > $w/\$n.rc
EOS
chmod +x "$w/job"
: > "$w/jobs"
[ -x "$b/tests/test_ocr" ] && echo test_ocr >> "$w/jobs"
for t in "$b"/tests/test_*; do
  [ -x "$t" ] && [ "$(basename "$t")" != test_ocr ] && basename "$t" >> "$w/jobs"
done
for s in cli:run_cli_tests.sh golden:run_golden.sh fuzz_regress.sh cli:run_convert_errors.sh; do
  echo "$s" >> "$w/jobs"
done
xargs -P "$(nproc)" -n 1 "$w/job" < "$w/jobs"
fail=0
while read -r n; do
  if [ "$(cat "$w/$n.rc" 2>/dev/null)" = 0 ]; then echo "$n: ok"; else echo "$n: FAIL"; cat "$w/$n.out"; fail=1; fi
done < "$w/jobs"
exit $fail
