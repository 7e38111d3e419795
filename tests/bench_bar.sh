#!/bin/bash
# bench_bar.sh RENSA — repairs seed 002 (real OCR damage) and checks its score
# and its table against the hand-made truth in ../shared/bench/dev stay above
# the bar the project has reached (regressions fail; the issue's bars are in
# BENCHMARKS.md).  Skipped (ctest code 77) when ../shared is not beside the
# project.
set -u
rensa=$1
shared=$(cd "$(dirname "$0")/../.." && pwd)/shared
seed=$(ls "$shared"/seeds/002_*.txt 2>/dev/null) || exit 77
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import Levenshtein' 2>/dev/null || exit 77
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
# -t into a directory that does not exist yet: fixup makes it
"$rensa" fixup -q "$seed" -o "$t/out.md" -t "$t/tables/new" || exit 1
mkdir -p "$t/truth" && cp "$shared"/bench/dev/002_*.truth-table-01.csv "$t/truth/truth-table-01.csv"
/usr/bin/python3 "$shared/bench/score.py" tables "$t/truth" "$t/tables/new" > "$t/tab.json"
cat "$t/tab.json"
/usr/bin/python3 "$shared/bench/score.py" text "$shared"/bench/dev/002_*.truth.txt "$t/out.md" --input "$seed" > "$t/s.json"
cat "$t/s.json"
/usr/bin/python3 - "$t/s.json" "$t/tab.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
tab = json.load(open(sys.argv[2]))
bars = {"error_reduction": 0.90, "dia_acc": 0.98}
bad = [k for k, v in bars.items() if s[k] < v]
if tab["exact_tables"] != 1: bad.append("table not exact")
if s["damaged"] > 16: bad.append("damaged")
print("below the bar:", bad) if bad else print("above the bar")
sys.exit(1 if bad else 0)
PY
