#!/usr/bin/python3
"""wer_floor.py CASE_DIR — the word error rate ../shared/bench/score.py
gives a perfect output of a case made by ../shared/bench/make_corpus.sh:
truth.txt with each table written as rensa writes it, a GFM table of the
truth-table-NN.csv cells.  score.py joins a figure and a following group
of three digits across a space ("9 531" -> "9531"), and truth.txt sets a
table's cells side by side with spaces, so it joins the figures of
neighbouring cells ("1 200 | 300" is "1200300" in the truth): no output
that writes tables as tables scores below this floor.  Prints score.py's
JSON for the perfect output, with "floor": true."""
import csv, glob, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
score = os.path.join(here, "..", "..", "shared", "bench", "score.py")

def perfect(case):
    lines = open(os.path.join(case, "truth.txt"), encoding="utf-8").read().split("\n")
    at = 0
    for tp in sorted(glob.glob(os.path.join(case, "truth-table-*.csv"))):
        rows = list(csv.reader(open(tp, encoding="utf-8", newline="")))
        flat = [" ".join(c for c in r if c) for r in rows]
        # the table's rows stand one per line, in order, after the last table
        for i in range(at, len(lines) - len(flat) + 1):
            if lines[i:i + len(flat)] == flat:
                lines[i:i + len(flat)] = ["| " + " | ".join(r) + " |" for r in rows]
                at = i + len(flat)
                break
        else:
            sys.exit("%s: rows not found in truth.txt" % tp)
    return "\n".join(lines)

if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as f:
        f.write(perfect(sys.argv[1]))
    try:
        r = subprocess.run([sys.executable, score, "text", os.path.join(sys.argv[1], "truth.txt"),
                            f.name], capture_output=True, text=True, check=True)
    finally:
        os.unlink(f.name)
    d = json.loads(r.stdout)
    d["floor"] = True
    print(json.dumps(d))
