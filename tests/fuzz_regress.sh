#!/bin/bash
# fuzz_regress.sh RENSA — every input the fuzzers found (tests/fuzz/crashes/)
# goes through `rensa fixup` within 20 s and without a crash: exit 0, or 3
# for input rensa rightly refuses.  Guards the fixes for
# fixup-timeout-eacute-* (per-word work budget in fixup/fix_words.c) and
# tables-timeout-* / tables-ub-64-columns (placements enumerated directly in
# tables/tab_text.c).
set -u
rensa=$1
dir=$(cd "$(dirname "$0")" && pwd)/fuzz/crashes
fail=0
for f in "$dir"/*.txt; do
  [ -e "$f" ] || continue
  timeout 20 "$rensa" fixup -q "$f" -o /dev/null 2>/dev/null; rc=$?
  if [ $rc = 0 ] || [ $rc = 3 ]; then echo "ok   $(basename "$f")"; else echo "FAIL $(basename "$f"): exit $rc"; fail=1; fi
done
exit $fail
