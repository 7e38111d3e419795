#!/bin/bash
# run_cli_tests.sh RENSA — the command line on bad input and output: each case
# checks the documented exit code, that the message names the file, that no
# output (not even a temporary) is left, and that the input is untouched.
set -u
rensa=$1
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
fail=0
check() { # name want_rc got_rc stderr_file must_contain
  if [ "$2" != "$3" ] || ! grep -q -- "$5" "$4"; then
    echo "FAIL $1: exit $3 (want $2), stderr: $(cat "$4")"; fail=1
  else echo "ok   $1"; fi
}
printf '' > "$t/empty.txt"
"$rensa" fixup "$t/empty.txt" -o "$t/o1.md" 2> "$t/err"; check empty 3 $? "$t/err" "empty.txt: empty file"
head -c 2000 /dev/urandom > "$t/bin.txt"; printf '\0' >> "$t/bin.txt"
"$rensa" fixup "$t/bin.txt" -o "$t/o2.md" 2> "$t/err"; check binary 3 $? "$t/err" "bin.txt: binary data"
"$rensa" fixup "$t/missing.txt" -o "$t/o3.md" 2> "$t/err"; check missing 3 $? "$t/err" "missing.txt: cannot open"
printf 'Det ar bra.\n' > "$t/in.txt"; sum=$(md5sum < "$t/in.txt")
"$rensa" fixup "$t/in.txt" -o "$t/in.txt" 2> "$t/err"; check overwrite 2 $? "$t/err" "overwrite the input"
[ "$(md5sum < "$t/in.txt")" = "$sum" ] || { echo "FAIL input modified"; fail=1; }
"$rensa" fixup "$t/in.txt" -o "$t/nodir/out.md" 2> "$t/err"; check unwritable 4 $? "$t/err" "nodir/out.md: cannot write"
"$rensa" fixup --decimal x "$t/in.txt" 2> "$t/err"; check badopt 2 $? "$t/err" "decimal takes"
"$rensa" fixup --data-dir "$t/nodata" "$t/in.txt" 2> "$t/err"; check nodata 5 $? "$t/err" "nodata/rules/confusions.rules"
"$rensa" frobnicate 2> "$t/err"; check unknown-command 2 $? "$t/err" "unknown command"
# a bad rule table names its file and line
mkdir -p "$t/data/rules" "$t/data/data"; cp "$(dirname "$0")/../../dict/data/"*.tsv "$t/data/data/"
printf 'sub 1 6 ö 1.0\nsub 9 x y 1\n' > "$t/data/rules/confusions.rules"
"$rensa" fixup --data-dir "$t/data" "$t/in.txt" 2> "$t/err"; check badrule 5 $? "$t/err" "confusions.rules: line 2: tier must be"
printf 'sub 2 n h 3.0 small inside\nsub 2 h n 3.0 tiny\n' > "$t/data/rules/confusions.rules"
"$rensa" fixup --data-dir "$t/data" "$t/in.txt" 2> "$t/err"; check badopt 5 $? "$t/err" "confusions.rules: line 2: sub needs: TIER FROM TO COST .inside. .small."
printf 'ctx år 5.0 prev-range\nctx bor 5.0 prev-range kvar\n' > "$t/data/rules/confusions.rules"
"$rensa" fixup --data-dir "$t/data" "$t/in.txt" 2> "$t/err"; check badctx 5 $? "$t/err" "confusions.rules: line 2: COND takes no values"
printf 'place kommun stad\nplace Kommun\n' > "$t/data/rules/confusions.rules"
"$rensa" fixup --data-dir "$t/data" "$t/in.txt" 2> "$t/err"; check badplace 5 $? "$t/err" "confusions.rules: line 2: a listed word is lower-case letters"
# the good path writes the Markdown and the report, nothing else
"$rensa" fixup -q "$t/in.txt" -o "$t/ok.md" -r "$t/ok.json" 2> "$t/err"; check good 0 $? "$t/ok.md" "Det är bra."
grep -q '"after": "är"' "$t/ok.json" || { echo "FAIL report lacks the change"; fail=1; }
# a table's arithmetic: a lost minus sign restored and reported, a sum that
# no single change closes flagged and left as printed
printf 'Belopp i tkr Utfall Budget Avvikelse\nIntäkter 1 200 1 000 200\nKostnader 3 000 -2 500 -500\nÖvriga kostnader -400 -450 50\nSumma -2 200 -1 950 -250\n' > "$t/tab.txt"
printf 'Belopp i tkr Utfall Budget\nIntäkter 120 100\nKostnader -300 -250\nSumma -125 -150\n' > "$t/sum.txt"
for n in tab sum; do
  "$rensa" fixup -q "$t/$n.txt" -o "$t/$n.md" -r "$t/$n.json" -t "$t/tabs" 2> "$t/err" || { echo "FAIL table $n: $(cat "$t/err")"; fail=1; }
done
grep -q '^Kostnader,-3000,-2500,-500' "$t/tabs/tab-table-01.csv" || { echo "FAIL lost minus not restored"; fail=1; }
grep -q '"csv": "tab-table-01.csv"' "$t/tab.json" && grep -q '"before": "3 000", "after": "-3 000"' "$t/tab.json" ||
  { echo "FAIL table repair not reported: $(cat "$t/tab.json")"; fail=1; }
grep -q '"row": 4, "column": 2, "text": "-125"' "$t/sum.json" && grep -q '"repaired": \[\]' "$t/sum.json" ||
  { echo "FAIL broken sum not flagged: $(cat "$t/sum.json")"; fail=1; }
# dict check: what the lexicon, Hunspell and fixup say of a word
"$rensa" dict check f6ljd > "$t/check.txt" 2> "$t/err"; check dict-check 0 $? "$t/check.txt" "f6ljd -> följd (sub 6→ö"
grep -q "Hunspell: misspelt" "$t/check.txt" || { echo "FAIL dict check lacks the Hunspell verdict"; fail=1; }
# no temporaries or partial outputs left anywhere
left=$(ls "$t" | grep -E '^o[123]\.md|tmp-' || true)
[ -z "$left" ] || { echo "FAIL left behind: $left"; fail=1; }
[ "$(md5sum < "$t/in.txt")" = "$sum" ] || { echo "FAIL input modified"; fail=1; }
exit $fail
