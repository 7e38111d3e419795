#!/usr/bin/python3
"""ICDAR 2013 Table Competition structure metric over CSV tables: precision,
recall and F1 of adjacency relations (Göbel, Hassan, Oro, Orsi, "A
Methodology for Evaluating Algorithms for Table Understanding in PDF
Documents", DocEng 2012; "ICDAR 2013 Table Competition", ICDAR 2013).

  table_adjacency.py TRUTH_DIR OUT_DIR [--ignore-blanks]
  table_adjacency.py --selftest

TRUTH_DIR holds either CSV files (one document: every *.csv is a truth
table) or one subdirectory per document; then OUT_DIR/<same name> holds that
document's output CSVs (a missing or empty directory scores recall 0).
Prints one JSON object: per-document figures and the aggregates.

The relations, as the competition's evaluation tool computes them:
- A cell is non-empty if its text is non-empty after normalisation: all
  whitespace removed, upper-cased (the tool's default rule); here also NFC.
- Each non-empty cell has one horizontal relation, to the nearest non-empty
  cell to its right in its row, and one vertical relation, to the nearest
  non-empty cell below it in its column.  A relation is (from text, to text,
  direction, number of blank cells between); equal relations are counted as
  a multiset.  --ignore-blanks drops the blank count.
- Spanning cells: the tool repeats a spanning cell over all the grid
  positions it covers and links it from each of them.  A CSV cannot say
  which empty positions a span covers, so a spanning cell here is one cell
  at its top-left position (the truth CSVs' convention), on both sides.

Table matching, per document, as the tool does: each truth table in turn
(file order) takes the not yet taken output table sharing most relations
(first in file order on a tie).  The tool only looks at output tables on the
truth table's page; CSVs carry no page, so every output table of the
document is a candidate (the tool's -nopage mode), and a truth table whose
best candidate shares no relation stays unmatched (the tool would take an
arbitrary table then).  Per document: precision = correct / relations of
the matched output tables, recall = correct / relations of all truth tables;
unmatched output tables are not counted (as in the competition).  "pooled"
also gives the stricter view without matching: all truth relations of the
document against all relations of every output table.

Aggregates: the mean of per-document figures (F1 as the mean of per-document
F1 and as the F1 of mean precision and mean recall) and the micro average
(sums of relations over all documents).
"""
import csv, io, json, os, re, sys, tempfile, unicodedata
from collections import Counter

csv.field_size_limit(1 << 30)
SPACE = re.compile(r"\s+")


def norm(text):
    return SPACE.sub("", unicodedata.normalize("NFC", text)).upper()


def read_grid(path):
    """Rows of normalised cell texts; never raises on odd content."""
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return []
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff").replace("\0", "")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        rows = [line.split(",") for line in text.splitlines()]
    return [[norm(c) for c in r] for r in rows]


def relations(grid, ignore_blanks=False):
    """Multiset of (from, to, direction, blanks between) of one table."""
    width = max((len(r) for r in grid), default=0)
    g = [r + [""] * (width - len(r)) for r in grid]
    rel = Counter()
    for r in g:  # look right
        prev = None
        for c, t in enumerate(r):
            if t:
                if prev is not None:
                    rel[(r[prev], t, "H", 0 if ignore_blanks else c - prev - 1)] += 1
                prev = c
    for c in range(width):  # look down
        prev = None
        for i, r in enumerate(g):
            if r[c]:
                if prev is not None:
                    rel[(g[prev][c], r[c], "V", 0 if ignore_blanks else i - prev - 1)] += 1
                prev = i
    return rel


def shared(a, b):
    return sum((a & b).values())


def ratio(num, den, empty=0.0):
    return num / den if den else empty


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score_doc(name, truth, out):
    """truth, out: lists of (table name, relation Counter)."""
    left = list(out)
    tables, correct, detected, truth_n = [], 0, 0, 0
    for tname, trel in truth:
        best, best_n = None, 0
        for cand in left:
            n = shared(trel, cand[1])
            if n > best_n:
                best, best_n = cand, n
        n_t = sum(trel.values())
        truth_n += n_t
        row = {"truth": tname, "output": None, "truth_relations": n_t,
               "output_relations": 0, "correct": 0}
        if best is not None:
            left.remove(best)
            n_o = sum(best[1].values())
            row.update(output=best[0], output_relations=n_o, correct=best_n)
            correct += best_n
            detected += n_o
        tables.append(row)
    all_t, all_o = Counter(), Counter()
    for _, rel in truth:
        all_t.update(rel)
    for _, rel in out:
        all_o.update(rel)
    pooled_c, out_n = shared(all_t, all_o), sum(all_o.values())
    # nothing to find and nothing found is a perfect score, not 0/0
    both_empty = 1.0 if truth_n == 0 else 0.0
    p = ratio(correct, detected, both_empty)
    r = ratio(correct, truth_n, 1.0 if detected == 0 else 0.0)
    pp = ratio(pooled_c, out_n, both_empty)
    pr = ratio(pooled_c, truth_n, 1.0 if out_n == 0 else 0.0)
    return {"doc": name, "truth_tables": len(truth), "output_tables": len(out),
            "truth_relations": truth_n, "detected_relations": detected,
            "correct": correct, "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(f1(p, r), 4),
            "pooled": {"output_relations": out_n, "correct": pooled_c,
                       "precision": round(pp, 4), "recall": round(pr, 4),
                       "f1": round(f1(pp, pr), 4)},
            "tables": tables}


def table_key(fname):
    m = re.search(r"(\d+)\.csv$", fname, re.I)
    return (int(m.group(1)) if m else -1, fname)


def load_tables(d, ignore_blanks):
    try:
        names = sorted((f for f in os.listdir(d) if f.lower().endswith(".csv")
                        and os.path.isfile(os.path.join(d, f))), key=table_key)
    except OSError:
        return []
    return [(f, relations(read_grid(os.path.join(d, f)), ignore_blanks)) for f in names]


def aggregate(docs, key=None):
    get = (lambda d: d[key]) if key else (lambda d: d)
    n = len(docs)
    mp = sum(get(d)["precision"] for d in docs) / n if n else 0.0
    mr = sum(get(d)["recall"] for d in docs) / n if n else 0.0
    mf = sum(get(d)["f1"] for d in docs) / n if n else 0.0
    c = sum(get(d)["correct"] for d in docs)
    t = sum(d["truth_relations"] for d in docs)
    o = sum(get(d)["detected_relations" if key is None else "output_relations"] for d in docs)
    p, r = ratio(c, o, 1.0 if t == 0 else 0.0), ratio(c, t, 1.0 if o == 0 else 0.0)
    return {"mean_over_documents": {"precision": round(mp, 4), "recall": round(mr, 4),
                                    "f1": round(mf, 4), "f1_of_means": round(f1(mp, mr), 4)},
            "micro": {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1(p, r), 4),
                      "correct": c, "truth_relations": t, "output_relations": o}}


def evaluate(truth_dir, out_dir, ignore_blanks=False):
    subdirs = sorted(e for e in os.listdir(truth_dir)
                     if os.path.isdir(os.path.join(truth_dir, e)))
    pairs = ([(s, os.path.join(truth_dir, s), os.path.join(out_dir, s)) for s in subdirs]
             if subdirs else
             [(os.path.basename(os.path.normpath(truth_dir)), truth_dir, out_dir)])
    docs = [score_doc(name, load_tables(t, ignore_blanks), load_tables(o, ignore_blanks))
            for name, t, o in pairs]
    return {"metric": "ICDAR 2013 adjacency relations" +
                      (" (blank counts ignored)" if ignore_blanks else ""),
            "documents": len(docs),
            "truth_tables": sum(d["truth_tables"] for d in docs),
            "output_tables": sum(d["output_tables"] for d in docs),
            "matched": aggregate(docs), "pooled": aggregate(docs, "pooled"),
            "per_document": docs}


def selftest():
    truth = [["", "Year A", "B"], ["x", "1", "2"], ["y", "3", "4"]]
    swapped = [["", "B", "Year A"], ["x", "2", "1"], ["y", "4", "3"]]
    other = [["p", "q"], ["r", "s"]]
    fails = []

    def check(what, got, want):
        if abs(got - want) > 5e-5:  # figures are rounded to 4 places
            fails.append("%s: got %r, want %r" % (what, got, want))

    def put(d, name, rows, raw=None):
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, name), "w", newline="", encoding="utf-8") as fh:
            if raw is not None:
                fh.write(raw)
            else:
                csv.writer(fh).writerows(rows)

    with tempfile.TemporaryDirectory() as tmp:
        T, O = os.path.join(tmp, "t"), os.path.join(tmp, "o")
        for doc in ("same", "swap", "empty", "missing", "order", "gap", "odd"):
            put(os.path.join(T, doc), "d.truth-table-01.csv", truth)
        put(os.path.join(T, "order"), "d.truth-table-02.csv", other)
        put(os.path.join(O, "same"), "d-table-01.csv",
            [["", " year\na ", "b"], ["x", "1", "2"], ["y", "3", "4"]])
        put(os.path.join(O, "swap"), "d-table-01.csv", swapped)
        os.makedirs(os.path.join(O, "empty"))
        put(os.path.join(O, "order"), "d-table-01.csv", other)
        put(os.path.join(O, "order"), "d-table-02.csv", truth)
        put(os.path.join(O, "order"), "d-table-03.csv", [["junk", "more"]])
        put(os.path.join(O, "gap"), "d-table-01.csv",
            [["", "Year A", "", "B"], ["x", "1", "", "2"], ["y", "3", "", "4"]])
        put(os.path.join(O, "odd"), "d-table-01.csv", None,
            raw='\ufeff"unterminated,\0\n\xff,,\n')
        put(os.path.join(O, "odd"), "d-table-02.csv", None, raw="")
        put(os.path.join(O, "odd"), "d-table-03.csv", None, raw="a\nb,c,d,e\n\n,,\n")
        res = evaluate(T, O)
        d = {x["doc"]: x for x in res["per_document"]}
        check("relations of the 3x3 table", sum(relations(
            [[norm(c) for c in r] for r in truth]).values()), 10)
        for k in ("precision", "recall", "f1"):
            check("identical " + k, d["same"][k], 1.0)
            check("swapped columns " + k, d["swap"][k], 0.5)
            check("two tables out of order " + k, d["order"][k], 1.0)
        check("empty output recall", d["empty"]["recall"], 0.0)
        check("empty output f1", d["empty"]["f1"], 0.0)
        check("missing output dir recall", d["missing"]["recall"], 0.0)
        check("extra table: pooled precision", d["order"]["pooled"]["precision"], 14 / 15)
        check("empty column: recall", d["gap"]["recall"], 0.7)
        check("odd CSVs: recall", d["odd"]["recall"], 0.0)
        gap = evaluate(T, O, ignore_blanks=True)["per_document"]
        check("empty column, --ignore-blanks: f1",
              [x for x in gap if x["doc"] == "gap"][0]["f1"], 1.0)
        one = evaluate(os.path.join(T, "swap"), os.path.join(O, "swap"))
        check("single-document mode f1", one["matched"]["micro"]["f1"], 0.5)
        check("micro recall", res["matched"]["micro"]["recall"],
              (10 + 5 + 0 + 0 + 14 + 7 + 0) / (6 * 10 + 14))
    for f in fails:
        print("FAIL " + f, file=sys.stderr)
    print("selftest: %s" % ("FAILED" if fails else "ok"), file=sys.stderr)
    return 1 if fails else 0


def main(argv):
    if argv[1:] == ["--selftest"]:
        return selftest()
    args = [a for a in argv[1:] if a != "--ignore-blanks"]
    if len(args) != 2 or not os.path.isdir(args[0]):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    print(json.dumps(evaluate(args[0], args[1], "--ignore-blanks" in argv), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
