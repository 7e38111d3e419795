#!/bin/bash
# tables_bench.sh BUILD_DIR [CASE_DIR...] — table cell accuracy of
# `rensa convert` (the product path, no hints) with ../shared/bench/score.py
# tables: rendered cases (doc.pdf and scan.pdf), Camelot's test PDFs
# (../shared/peers/camelot) and the ICDAR 2013 competition set
# (../shared/peers/icdar2013; mean over all truth tables, scored per
# document).  Prints one JSON line per document and a summary per set.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=$here/../shared
b=$1; shift
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
score() { /usr/bin/python3 "$shared/bench/score.py" tables "$@"; }
run() { # NAME PDF TRUTHDIR PREFIX
  local o=$t/$1; rm -rf "$o"; mkdir -p "$o/truth"
  cp "$3"/"$4"*table-*.csv "$o/truth/" 2>/dev/null || true
  "$b/rensa" convert -q "$2" -o "$o/out" 2>/dev/null || true
  echo "{\"set\": \"$5\", \"doc\": \"$1\", \"score\": $(score "$o/truth" "$o/out")}"
}
for c in "$@"; do
  n=$(basename "$c")
  run "$n-doc" "$c/doc.pdf" "$c" truth cases-doc
  run "$n-scan" "$c/scan.pdf" "$c" truth cases-scan
done
for p in "$shared"/peers/camelot/*.pdf; do
  n=$(basename "$p" .pdf); run "$n" "$p" "$shared/peers/camelot" "$n." camelot
done
for p in "$shared"/peers/icdar2013/*.pdf; do
  n=$(basename "$p" .pdf); run "$n" "$p" "$shared/peers/icdar2013" "$n." icdar2013
done
