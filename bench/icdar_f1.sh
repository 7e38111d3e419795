#!/bin/bash
# icdar_f1.sh BUILD_DIR — the ICDAR 2013 Table Competition's own structure
# metric (precision / recall / F1 of adjacency relations, see
# bench/table_adjacency.py) for `rensa convert` (the product path, no hints)
# on the 67 PDFs of ../shared/peers/icdar2013, against their truth CSVs.
# Also a naive peer: `pdftotext -layout`, each page one table, its lines cut
# into cells at runs of 2+ spaces.  Prints one line per document and a
# summary; the full JSON stays in $KEEP/*.json if KEEP is set.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
set_dir=$here/../shared/peers/icdar2013
b=$(cd "$1" && pwd)
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
py=/usr/bin/python3
start=$(date +%s)
for p in "$set_dir"/*.pdf; do
  n=$(basename "$p" .pdf)
  mkdir -p "$t/truth/$n" "$t/base/$n"
  cp "$set_dir/$n".truth-table-*.csv "$t/truth/$n/" 2>/dev/null || true
  "$b/rensa" convert -q "$p" -o "$t/out/$n" >/dev/null 2>&1 || echo "rensa failed on $n" >&2
  pdftotext -layout -enc UTF-8 "$p" "$t/base/$n.txt" 2>/dev/null || true
done
secs=$(( $(date +%s) - start ))
# the baseline's tables: one per page (form feeds), blank lines dropped
"$py" - "$t/base" <<'EOF'
import csv, glob, os, re, sys
for txt in glob.glob(os.path.join(sys.argv[1], "*.txt")):
    d = txt[:-4]
    text = open(txt, encoding="utf-8", errors="replace").read()
    for i, page in enumerate(text.split("\f"), 1):
        rows = [re.split(r" {2,}", l.strip()) for l in page.splitlines() if l.strip()]
        if rows:
            with open(os.path.join(d, "page-%03d.csv" % i), "w", newline="", encoding="utf-8") as fh:
                csv.writer(fh).writerows(rows)
EOF
adj() { "$py" "$here/bench/table_adjacency.py" "$@"; }
adj "$t/truth" "$t/out" > "$t/rensa.json"
adj "$t/truth" "$t/out" --ignore-blanks > "$t/rensa-nb.json"
adj "$t/truth" "$t/base" > "$t/base.json"
if [ -n "${KEEP:-}" ]; then mkdir -p "$KEEP"; cp "$t"/*.json "$KEEP/"; fi
"$py" - "$t" "$secs" "$1" <<'EOF'
import json, sys
t, secs, build = sys.argv[1:4]
r = json.load(open(t + "/rensa.json"))
nb = json.load(open(t + "/rensa-nb.json"))
base = json.load(open(t + "/base.json"))
print("doc        truth out   rel  corr   det    P      R      F1   | pooled P   F1")
for d in r["per_document"]:
    print("%-10s %5d %3d %5d %5d %5d  %.3f  %.3f  %.3f | %.3f  %.3f" % (
        d["doc"], d["truth_tables"], d["output_tables"], d["truth_relations"],
        d["correct"], d["detected_relations"], d["precision"], d["recall"], d["f1"],
        d["pooled"]["precision"], d["pooled"]["f1"]))
def line(name, res, view):
    m, u = res[view]["mean_over_documents"], res[view]["micro"]
    print("%-36s mean over docs P %.3f R %.3f F1 %.3f (F1 of means %.3f); "
          "micro P %.3f R %.3f F1 %.3f" % (name, m["precision"], m["recall"], m["f1"],
          m["f1_of_means"], u["precision"], u["recall"], u["f1"]))
print()
print("bench/icdar_f1.sh %s: %d documents, %d truth tables, %d rensa tables, "
      "conversions %s s" % (build, r["documents"], r["truth_tables"],
                                     r["output_tables"], secs))
line("rensa (matched tables)", r, "matched")
line("rensa (pooled, all output tables)", r, "pooled")
line("rensa, blank counts ignored", nb, "matched")
line("pdftotext -layout (page = table)", base, "matched")
line("pdftotext -layout, pooled", base, "pooled")
EOF
