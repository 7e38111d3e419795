#!/bin/bash
# run_batch_tests.sh RENSA — rensa convert over a folder tree of text inputs:
# folder structure kept, a bad input reported without stopping the batch
# (exit 1), a re-run redoes only what changed, 3 shards together equal one
# run, and `dict add` / `dict learn` reach the repairs.
set -u
rensa=$1
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
export RENSA_USER_DATA=$t/userdata
fail=0
ok() { echo "ok   $1"; }
bad() { echo "FAIL $1"; fail=1; }
mkdir -p "$t/in/a/b" "$t/in/c"
for i in 1 2 3 4 5 6 7 8; do
  d=$t/in; [ $((i % 3)) = 1 ] && d=$t/in/a; [ $((i % 3)) = 2 ] && d=$t/in/a/b
  printf 'Rapport %d\n\nUtfallet for perioden ar %d,3 mkr och visar ett 6verskott.\n' "$i" "$i" > "$d/r$i.txt"
done
printf '' > "$t/in/c/empty.txt"
head -c 3000 /dev/urandom > "$t/in/c/garbage.pdf"
cp -r "$t/in" "$t/in.orig"
# 1. the batch goes past two bad inputs and says so
"$rensa" convert -q "$t/in" -o "$t/out1" 2> "$t/err"; rc=$?
[ $rc = 1 ] && ok "batch exit 1" || bad "batch exit $rc (want 1)"
grep -q "empty.txt: empty file" "$t/err" && grep -q "garbage.pdf" "$t/err" && ok "errors name the files" || bad "errors: $(cat "$t/err")"
n=$(find "$t/out1" -name '*.md' | wc -l)
[ "$n" = 8 ] && ok "8 converted" || bad "$n converted (want 8)"
[ -f "$t/out1/a/b/r2.md" ] && [ -f "$t/out1/a/r1.json" ] && ok "structure kept" || bad "structure"
grep -q "överskott" "$t/out1/a/b/r2.md" && ok "repaired" || bad "not repaired"
[ -z "$(find "$t/out1" -name '*tmp-*')" ] && [ ! -e "$t/out1/c/empty.md" ] && ok "no partial output" || bad "partial output left"
diff -r "$t/in" "$t/in.orig" > /dev/null && ok "inputs untouched" || bad "inputs modified"
# 2. a re-run skips what is up to date and redoes what changed
sleep 1; printf 'Nytt: det ar bra.\n' >> "$t/in/a/r4.txt"
"$rensa" convert "$t/in" -o "$t/out1" 2> "$t/err"
grep -q "1 converted, 7 up to date, 2 failed" "$t/err" && ok "resume" || bad "resume: $(cat "$t/err")"
grep -q "det är bra" "$t/out1/a/r4.md" && ok "changed input redone" || bad "changed input not redone"
# 3. three shards make the single run
rm "$t/in/c/empty.txt" "$t/in/c/garbage.pdf"
"$rensa" convert -q "$t/in" -o "$t/single" || bad "single run failed"
for s in 0 1 2; do "$rensa" convert -q --shard $s/3 "$t/in" -o "$t/shards" || bad "shard $s failed"; done
diff -r "$t/single" "$t/shards" > /dev/null && ok "3 shards = single run" || bad "shards differ"
"$rensa" convert --shard 3/3 "$t/in" -o "$t/x" 2> "$t/err"; [ $? = 2 ] && ok "bad shard is usage" || bad "bad shard"
# 4. manifest
find "$t/in" -name '*.txt' | sort > "$t/list"
"$rensa" convert -q --manifest "$t/list" -o "$t/man" && [ "$(find "$t/man" -name '*.md' | wc -l)" = 8 ] && ok "manifest" || bad "manifest"
# 5. user words and learned statistics
printf 'Mötet hölls i Xyzåby.\n' > "$t/name.txt"
printf 'Motet holls i Xyzaby.\n' > "$t/dam.txt"
"$rensa" fixup -q "$t/dam.txt" | grep -q "Xyzaby" && ok "unknown name left alone" || bad "unknown name changed"
"$rensa" dict add Xyzåby > /dev/null
"$rensa" fixup -q "$t/dam.txt" | grep -q "Xyzåby" && ok "dict add" || bad "dict add not used"
"$rensa" dict learn "$t/name.txt" > /dev/null && [ -s "$t/userdata/learned-unigrams.tsv" ] && ok "dict learn" || bad "dict learn"
"$rensa" dict rules | grep -q "learned-unigrams.tsv" && ok "dict rules lists user data" || bad "dict rules"
# 6. an archive: 200 files, 10 of them bad: 190 converted, 10 reported
mkdir -p "$t/arch"
for i in $(seq 1 200); do
  f=$t/arch/d$((i % 7))/doc$i.txt; mkdir -p "$(dirname "$f")"
  if [ $((i % 20)) = 0 ]; then
    case $((i % 3)) in 0) : > "$f" ;; 1) printf 'x\0y' > "$f" ;; 2) printf '\x81\x8d\x8f\x90\x9d%.0s' $(seq 30) > "$f" ;; esac
  else
    printf 'Sida %d\n\nKostnaderna for aret ar %d tkr lagre an budget.\n' "$i" "$i" > "$f"
  fi
done
"$rensa" convert "$t/arch" -o "$t/arch-out" 2> "$t/err"; rc=$?
[ $rc = 1 ] && grep -q "190 converted, 0 up to date, 10 failed" "$t/err" && ok "200 files, 10 bad" || bad "archive: exit $rc, $(tail -1 "$t/err")"
[ "$(grep -c '^rensa: .*doc[0-9]*0\.txt: ' "$t/err")" = 10 ] && ok "10 reasons" || bad "reasons: $(head -3 "$t/err")"
# 7. killed midway, re-run: the same outputs as one run, only the rest redone
"$rensa" convert -q "$t/arch" -o "$t/arch-kill" 2>/dev/null &
pid=$!
while [ "$(find "$t/arch-kill" -name '*.json' 2>/dev/null | wc -l)" -lt 20 ] && kill -0 $pid 2>/dev/null; do sleep 0.05; done
kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null
before=$(find "$t/arch-kill" -name '*.json' | wc -l)
[ -z "$(find "$t/arch-kill" -name '*tmp-*')" ] && ok "no temporaries after SIGTERM" || bad "temporaries left after SIGTERM"
"$rensa" convert "$t/arch" -o "$t/arch-kill" 2> "$t/err"
grep -q "$((190 - before)) converted, $before up to date, 10 failed" "$t/err" && ok "re-run redoes only the rest ($before were done)" || bad "re-run: $(tail -1 "$t/err") (done before: $before)"
diff -r "$t/arch-out" "$t/arch-kill" > /dev/null && ok "killed + re-run = one run" || bad "killed + re-run differs"
exit $fail
