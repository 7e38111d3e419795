#!/bin/sh
# run_fuzz.sh — build the libFuzzer harnesses and run each for SECONDS.
#   tests/fuzz/run_fuzz.sh [-k] SECONDS [HARNESS...]   (default: all four)
# -k: keep going past slow inputs (libFuzzer fork mode, -ignore_timeouts):
#     timeouts are kept as artifacts and counted but do not fail the run;
#     crashes, leaks and undefined behaviour still do.
# Each harness starts from its seeds in tests/fuzz/corpus/HARNESS/ plus what
# earlier runs found (BUILD/corpus/HARNESS/, kept between runs).  Any crash,
# leak, undefined behaviour, timeout or broken promise fails the run; the
# input that did it is kept as BUILD/artifacts/HARNESS/crash-* (copy it to
# tests/fuzz/crashes/ with the stack when reporting it).  Logs: BUILD/logs/.
# BUILD is $RENSA_FUZZ_BUILD or build-fuzz.  Needs clang, libclang-rt-14-dev.
set -eu
keep=0
if [ "${1:-}" = -k ]; then keep=1; shift; fi
[ $# -ge 1 ] || { echo "usage: $0 [-k] SECONDS [HARNESS...]" >&2; exit 2; }
secs=$1
shift
case $secs in '' | *[!0-9]*) echo "$0: SECONDS must be a whole number" >&2; exit 2 ;; esac
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${RENSA_FUZZ_BUILD:-$top/build-fuzz}
harnesses=${*:-fuzz_textin fuzz_fixup fuzz_tables fuzz_svg}

cmake -S "$top/tests/fuzz" -B "$build" -DCMAKE_C_COMPILER=clang >/dev/null
cmake --build "$build" -j"$(nproc)" --target $harnesses >/dev/null

mode=""
[ "$keep" -eq 1 ] && mode="-fork=1 -ignore_timeouts=1 -ignore_ooms=0 -ignore_crashes=0"
passed=0
failed=0
for h in $harnesses; do
  mkdir -p "$build/corpus/$h" "$build/artifacts/$h" "$build/logs"
  log=$build/logs/$h.log
  # Inputs up to 4 KiB (a page of text); one input may take 20 s at most.
  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1:strict_string_checks=1 \
     UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "$build/$h" $mode -max_total_time="$secs" -max_len=4096 -timeout=20 \
       -rss_limit_mb=4096 -print_final_stats=1 \
       -artifact_prefix="$build/artifacts/$h/" \
       "$build/corpus/$h" "$top/tests/fuzz/corpus/$h" >"$log" 2>&1; then
    passed=$((passed + 1))
    result=ok
  else
    failed=$((failed + 1))
    result=FAILED
  fi
  # Totals: the final stats, or in fork mode the last status line.
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  [ -n "$runs" ] || runs=$(sed -n 's/^#\([0-9]*\):* .*/\1/p' "$log" | tail -n 1)
  [ -n "$rate" ] || rate=$(grep -o 'exec/s:* [0-9]*' "$log" | tail -n 1 | awk '{print $2}')
  slow=$(ls "$build/artifacts/$h" | grep -c '^timeout-' || true)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
  echo "fuzz: $h: $result, ${runs:-?} runs in ${secs} s (${rate:-?}/s), ${cov:-cov: ?}, $slow timeout input(s) kept"
  if [ "$result" = FAILED ]; then
    grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|fuzz: broken|ALARM|artifact_prefix|Test unit written)' "$log" | head -n 8 >&2 || true
    echo "fuzz: $h: full log in $log" >&2
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
