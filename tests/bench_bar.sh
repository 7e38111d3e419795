#!/bin/bash
# bench_bar.sh RENSA — repairs seed 002 (real OCR damage) and checks its score
# against the hand-made truth in ../shared/bench/dev stays above the bar the
# project has reached (regressions fail; the issue's bars are in
# BENCHMARKS.md).  Skipped (ctest code 77) when ../shared is not beside the
# project.
set -u
rensa=$1
shared=$(cd "$(dirname "$0")/../.." && pwd)/shared
seed=$(ls "$shared"/seeds/002_*.txt 2>/dev/null) || exit 77
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import Levenshtein' 2>/dev/null || exit 77
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
"$rensa" fixup -q "$seed" -o "$t/out.md" || exit 1
/usr/bin/python3 "$shared/bench/score.py" text "$shared"/bench/dev/002_*.truth.txt "$t/out.md" --input "$seed" > "$t/s.json"
cat "$t/s.json"
/usr/bin/python3 - "$t/s.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
bars = {"error_reduction": 0.90, "dia_acc": 0.95}
bad = [k for k, v in bars.items() if s[k] < v]
if s["damaged"] > 16: bad.append("damaged")
print("below the bar:", bad) if bad else print("above the bar")
sys.exit(1 if bad else 0)
PY
