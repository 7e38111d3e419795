#!/bin/bash
# fixup_bench.sh — rensa fixup against the real OCR damage of seed 002 and the
# English-model OCR of rendered cases, scored with ../shared/bench/score.py.
#   bench/fixup_bench.sh BUILD_DIR CASES_DIR...
# CASES_DIR are made by ../shared/bench/make_corpus.sh (cached outside the
# repo).  Prints one JSON line per document.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=$here/../shared
b=$1; shift
t=$(mktemp -d)
score() { /usr/bin/python3 "$shared/bench/score.py" text "$@"; }
seed=$(ls "$shared"/seeds/002_*.txt)
"$b/rensa" fixup -q "$seed" -o "$t/002.md"
echo "{\"doc\": \"seed-002\", \"score\": $(score "$shared"/bench/dev/002_*.truth.txt "$t/002.md" --input "$seed")}"
for c in "$@"; do
  n=$(basename "$c")
  "$b/rensa" fixup -q "$c/ocr-eng.txt" -o "$t/$n.md"
  echo "{\"doc\": \"$n\", \"score\": $(score "$c/truth.txt" "$t/$n.md" --input "$c/ocr-eng.txt")}"
done
rm -rf "$t"
