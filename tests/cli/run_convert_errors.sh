#!/bin/bash
# run_convert_errors.sh RENSA — `rensa convert` on each kind of bad input
# the archive brings: the documented exit code, a message naming the file
# (and page where there is one), no output left for it, the input
# untouched.  Fixtures: tests/data/ocr (made by make_fixtures.sh).
set -u
rensa=$1
data=$(cd "$(dirname "$0")/../data/ocr" && pwd)
t=$(mktemp -d); trap 'chmod -R u+w "$t"; rm -rf "$t"' EXIT
fail=0
# case NAME WANT_RC MUST_CONTAIN INPUT [OPTIONS...]
sum_of() { find "$1" -type f | sort | xargs md5sum; }
case_() {
  local name=$1 want=$2 msg=$3 in=$4; shift 4
  local sum=""; [ -e "$in" ] && sum=$(sum_of "$in")
  rm -rf "$t/out"
  "$rensa" convert -q "$@" "$in" -o "$t/out" 2> "$t/err"; local rc=$?
  if [ "$rc" != "$want" ] || { [ -n "$msg" ] && ! grep -q -- "$msg" "$t/err"; }; then
    echo "FAIL $name: exit $rc (want $want): $(cat "$t/err")"; fail=1; return
  fi
  if [ "$want" != 0 ] && [ -n "$(find "$t/out" -type f 2>/dev/null)" ]; then
    echo "FAIL $name: output left: $(find "$t/out" -type f)"; fail=1; return
  fi
  [ -z "$sum" ] || [ "$(sum_of "$in")" = "$sum" ] || { echo "FAIL $name: input modified"; fail=1; return; }
  echo "ok   $name"
}
: > "$t/empty.txt"
printf 'ab\0cd' > "$t/binary.txt"
printf '\x81\x8d\x8f\x90\x9d%.0s' $(seq 40) > "$t/unknown-encoding.txt"
case_ empty-file       3 "empty.txt: empty file"               "$t/empty.txt"
case_ binary-garbage   3 "binary.txt: binary data"             "$t/binary.txt"
case_ garbage-pdf      3 "garbage.pdf"                         "$data/garbage.pdf"
case_ truncated-pdf    3 "truncated.pdf"                       "$data/truncated.pdf"
case_ zero-pages       3 "nopages.pdf"                         "$data/nopages.pdf"
case_ encrypted        3 "encrypted.pdf: .*password"           "$data/encrypted.pdf"
case_ wrong-password   3 "encrypted.pdf: .*password"           "$data/encrypted.pdf" --password nej
case_ right-password   0 ""                                    "$data/encrypted.pdf" --password hemlig
case_ huge-image       3 "swe.png: page 1: .*pixels"           "$data/swe.png" --max-pixels 1000
case_ unknown-encoding 3 "unknown-encoding.txt: unknown text encoding" "$t/unknown-encoding.txt"
case_ missing-path     3 "nothere.pdf: cannot open"            "$t/nothere.pdf"
case_ missing-model    5 "tesseract-ocr-"                      "$data/swe.png" -l xyz
case_ missing-dict     5 "hunspell-sv"                         "$data/swe.png" --hunspell-dict "$t/none/sv_SE"
# --join: a folder of page scans is one document, in natural page order
mkdir -p "$t/pages"
cp "$data/swe.png" "$t/pages/p-10.png"; cp "$data/spaced.png" "$t/pages/p-2.png"
"$rensa" convert -q --join rapport "$t/pages" -o "$t/joined" 2> "$t/err"; rc=$?
if [ $rc = 0 ] && [ "$(ls "$t/joined")" = "$(printf 'rapport.json\nrapport.md')" ] &&
   [ "$(grep -c '"page": ' "$t/joined/rapport.json")" = 2 ] &&
   awk '/nöjda/ {a = NR} /Kommunens/ {b = NR} END {exit !(a && b && a < b)}' "$t/joined/rapport.md"; then
  echo "ok   join-pages"
else
  echo "FAIL join-pages: $rc $(cat "$t/err") $(ls "$t/joined")"; fail=1
fi
cp "$data/truncated.png" "$t/pages/p-3.png"
case_ join-bad-page    3 "p-3.png"                             "$t/pages" --join rapport
rm "$t/pages/p-3.png"; printf 'Text.\n' > "$t/pages/p-4.txt"
case_ join-text        2 "p-4.txt: --join takes images"        "$t/pages" --join rapport
case_ join-bad-name    2 "--join takes a document name"        "$t/pages" --join a/b
mkdir -p "$t/ro"; chmod a-w "$t/ro"
if [ "$(id -u)" != 0 ]; then
  "$rensa" convert -q "$data/swe.png" -o "$t/ro/out" 2> "$t/err"; rc=$?
  [ $rc = 4 ] && grep -q "ro/out" "$t/err" && echo "ok   unwritable-output" || { echo "FAIL unwritable-output: $rc $(cat "$t/err")"; fail=1; }
fi
# as root every directory is writable: use a path under a regular file
"$rensa" convert -q "$data/swe.png" -o "$t/empty.txt/out" 2> "$t/err"; rc=$?
[ $rc = 4 ] && grep -q "empty.txt/out" "$t/err" && echo "ok   output-not-a-directory" || { echo "FAIL output-not-a-directory: $rc $(cat "$t/err")"; fail=1; }
exit $fail
