#!/bin/bash
# run_golden.sh RENSA [--generate] — each tests/golden/NAME.txt (short real
# OCR excerpts of the seed documents) is repaired and compared byte for byte
# with NAME.md, and with NAME.report.json for what changed where and by which
# rule (the evidence scores and confidences, which move with every update of
# the statistics, and the rule's line in confusions.rules, which moves with
# every rule added, are left out of the comparison).  --generate rewrites the
# expected files: review the diff (git diff tests/golden) before committing.
set -u
rensa=$1; gen=${2:-}
dir=$(cd "$(dirname "$0")" && pwd)
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
fail=0
for in in "$dir"/*.txt; do
  n=$(basename "$in" .txt)
  (cd "$dir" && "$rensa" fixup -q "$n.txt" -o "$t/$n.md" -r "$t/$n.full.json") || { echo "FAIL $n: exit $?"; fail=1; continue; }
  sed -E -e 's/, "evidence": .*, "confidence": [0-9.]+\}/}/' -e '/loss_rate/d' \
      -e 's/ \(confusions\.rules:[0-9]+\)//g' "$t/$n.full.json" > "$t/$n.report.json"
  if [ "$gen" = "--generate" ]; then
    cp "$t/$n.md" "$t/$n.report.json" "$dir/"; echo "generated $n"; continue
  fi
  for f in "$n.md" "$n.report.json"; do
    if cmp -s "$t/$f" "$dir/$f"; then echo "ok   $f"; else echo "FAIL $f:"; diff "$dir/$f" "$t/$f" | head -20; fail=1; fi
  done
done
exit $fail
