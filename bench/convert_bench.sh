#!/bin/bash
# convert_bench.sh BUILD_DIR CASE_DIR... — rensa convert on rendered cases
# (../shared/bench/make_corpus.sh): word error rate of the born-digital
# doc.pdf, of scan.pdf (300 dpi scans) and of the rough/ pages (200 dpi,
# skewed, noisy; read with --join as one document), scored with
# ../shared/bench/score.py; and, on the same scan pages in the same run,
# pages/s of rensa against the Tesseract CLI (one process per page,
# OMP_THREAD_LIMIT=1) and OCRmyPDF (--jobs 2).  "floor" is the WER a
# perfect output scores (bench/wer_floor.py: score.py joins the figures of
# neighbouring table cells in truth.txt).
# Prints one JSON line per case.  Set PEERS=0 to skip the peer timings.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
shared=$here/../shared
b=$1; shift
score() { /usr/bin/python3 "$shared/bench/score.py" text "$@"; }
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
for c in "$@"; do
  n=$(basename "$c"); pages=$(ls "$c"/scan/page-*.jpg | wc -l)
  "$b/rensa" convert -q "$c/doc.pdf" -o "$t/doc-$n"
  s0=$(date +%s.%N)
  "$b/rensa" convert -q "$c/scan.pdf" -o "$t/scan-$n"
  s1=$(date +%s.%N)
  # the rough pages are one report scanned page by page: one document
  "$b/rensa" convert -q --join rough "$c/rough" -o "$t/rough-$n"
  cp "$t/rough-$n/rough.md" "$t/rough-$n.md"
  rensa_s=$(echo "$s1 - $s0" | bc)
  tess_s=null; ocrmypdf_s=null
  if [ "${PEERS:-1}" = 1 ]; then
    s0=$(date +%s.%N)
    for p in "$c"/scan/page-*.jpg; do OMP_THREAD_LIMIT=1 tesseract "$p" - -l swe >/dev/null 2>&1; done
    s1=$(date +%s.%N); tess_s=$(echo "$s1 - $s0" | bc)
    s0=$(date +%s.%N)
    ocrmypdf -q -l swe --deskew --jobs 2 "$c/scan.pdf" "$t/o.pdf" >/dev/null 2>&1 || true
    s1=$(date +%s.%N); ocrmypdf_s=$(echo "$s1 - $s0" | bc)
  fi
  floor=$(/usr/bin/python3 "$here/bench/wer_floor.py" "$c" | sed 's/.*"wer": \([0-9.]*\).*/\1/')
  printf '{"case": "%s", "pages": %d, "rensa_s": %s, "tesseract_cli_s": %s, "ocrmypdf_s": %s, "floor": %s, "doc": %s, "scan": %s, "rough": %s}\n' \
    "$n" "$pages" "$rensa_s" "$tess_s" "$ocrmypdf_s" "$floor" \
    "$(score "$c/truth.txt" "$t/doc-$n/doc.md")" "$(score "$c/truth.txt" "$t/scan-$n/scan.md")" \
    "$(score "$c/truth.txt" "$t/rough-$n.md")"
done
