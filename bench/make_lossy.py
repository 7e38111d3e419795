#!/usr/bin/python3
"""make_lossy.py HTML OUT_TRUE OUT_LOSSY — a large Swedish text whose every
å/ä/ö is lost, for the fixup speed benchmark: the text of an HTML file
(e.g. cfi-sv's cfi.html: `apt-get download cfi-sv; dpkg -x cfi-sv_*.deb x`),
written once as is and once with å ä ö (and capitals) printed as a a o."""
import html, re, sys

raw = open(sys.argv[1], "rb").read()
try:
    t = raw.decode("utf-8")
except UnicodeDecodeError:
    t = raw.decode("latin-1")
t = re.sub(r"(?is)<(script|style).*?</\1>", "", t)
t = html.unescape(re.sub(r"<[^>]+>", " ", t))
t = re.sub(r"\n\s*\n+", "\n\n", re.sub(r"[ \t]+", " ", t))
open(sys.argv[2], "w", encoding="utf-8").write(t)
open(sys.argv[3], "w", encoding="utf-8").write(t.translate(str.maketrans("åäöÅÄÖ", "aaoAAO")))
