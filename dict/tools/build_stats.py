#!/usr/bin/env python3
"""Build the word and word-pair frequency tables used by the repair stage.

Writes dict/data/sv-unigrams.tsv and dict/data/sv-bigrams.tsv (formats in
dict/data/README.md) from three sources:

  1. Debian package libreoffice-help-sv: the HTML pages of the Swedish
     LibreOffice help (about 2 500 files).
  2. Debian package cfi-sv: the book "Copyright finns inte" as one HTML file.
  3. The clean seed reports 000_*, 001_* and 003_* from ../shared/seeds.
     Seeds 002 and 004 are damaged OCR and are never read; nothing else
     under ../shared is read either.

The packages are taken from --debs DIR when the .deb files are there, and
otherwise fetched with `apt-get download` into a temporary directory; they
are unpacked with `dpkg-deb -x`.  Only the Python standard library is used.

Text extraction
---------------
HTML is parsed with html.parser.  Each block element (p, h1-h6, li, td,
th, div, ...) becomes one paragraph.  Inside it, a "hard break" is put
wherever text was removed, so that words on either side of removed
material never become a word pair.  Removed material:

  * everything outside <div id="DisplayArea"> in the LibreOffice pages
    (navigation, search box, scripts) and the debug block at the end;
  * code: <pre>, <code> and the classes bascode, pycode, code,
    codeintable, smathcode, input, literal, keycode;
  * menu paths and UI names: classes menuitem, widget, switchinline
    (platform alternatives such as "LibreOffice - Preferences" versus
    "Tools - Options"), and any emphasised span that looks like a menu
    path ("Format - Tecken", "... - LibreOffice - General");
  * product names (class productname), placeholders such as <Värde>,
    <?>, $[officename] and %PRODUCTNAME, URLs and e-mail addresses;
  * footnote markers (<sup>) in the book, removed without a break;
  * in the LibreOffice help only, ALL-CAPS tokens (function names and
    constants such as SUMMA, ATTR_HIDDEN) act as breaks; everywhere,
    tokens with an inner capital (LibreOffice, MsgBox), tokens mixing
    letters and digits (F1, Blad2) and tokens joined by a colon, dot or
    apostrophe (CIA:s, t.ex, don't) act as breaks.

Paragraphs are then cut into sentences at . ! ? when followed by a space
and a capital or digit, and always at ; and at ": ".  Tabs (the seed
tables) and line ends in the seeds are hard breaks.  Identical
paragraphs are counted only once per package: the LibreOffice help embeds
the same paragraph ("Välj Format - Tecken", "Närliggande ämnen") in
hundreds of pages, which would otherwise dominate the counts.

English filter (package text only; the seeds are trusted)
-----------------------------------------------------------
The LibreOffice help still has many untranslated English paragraphs
(tool tips such as "Returns the pricing for ...").  Each sentence is
classified in two passes, then cleaned:

  1. Seed labels.  A sentence counts as surely Swedish when it holds at
     least two words from a list of Swedish function words (och, att,
     som, är, på, ...), or one such word plus a letter å/ä/ö, and no
     English function word; it counts as surely English when it holds at
     least two English function words (the, of, and, to, is, you, ...)
     and no Swedish function word and no å/ä/ö.  Words that are function
     words in both languages (i, in, a, under, man, is) are in neither
     list.
  2. Naive Bayes.  Word counts from the surely-Swedish sentences (plus
     the seeds) and from the surely-English sentences give, for each
     word, log(P(word | sv) / P(word | en)) with add-0.5 smoothing.
     Words seen on neither side are scored by their letter trigrams
     (mean trigram log ratio), so an unseen Swedish compound such as
     "grafikegenskaper" still leans Swedish.  Every package sentence is
     scored by the sum over its words.  It is kept when the score is
     positive, or when it is exactly 0 and a word holds å, ä or ö.
  3. English inside kept sentences.  A parenthesised or quoted part
     whose words score as English ("(Visual Basic for Applications)")
     and a run of capitalised words joined by an English function word
     ("League for Programming Freedom", "The Hacker Crackdown", a lone
     mid-sentence "For") are replaced by a hard break, as is a quoted or
     parenthesised part that looks like formula code ("(a over b)").
     Basic keyword pairs ("For...Next") and words touching { } \\ or ^
     are removed as code everywhere.

Sentences that are kept contribute unigrams and bigrams; dropped ones
contribute nothing.  Short Swedish fragments with no function word and no
å/ä/ö whose words are unknown are lost; that is the price of keeping
English labels out.

Tables
------
Unigrams: word tokens (letters, internal hyphens allowed), lowercased
with str.lower, NFC.  A word is kept when it occurs in the seeds or at
least twice in the package text; when keeping every word still gives a
file under 3 MB, every word is kept.  Sorted by descending count, then
word.

Bigrams: adjacent tokens within a sentence, lowercased; numbers become
<num> (a run of numbers, as in "2 500", is one <num>); sentences start
with <s> and end with </s>; no pair spans a hard break.  A pair is kept
when its count is at least --min-pair-count (default 2) and one of its
words is in an ambiguity class: folding å->a, ä->a, ö->o, é->e maps the
word to the same key as another word of the unigram table (för/for,
är/ar/år, på/pa, väl/val ...).  When the file would exceed 4 MB the
minimum count is raised until it fits.

Usage: build_stats.py [--debs DIR] [--seeds DIR] [--out DIR]
                      [--min-pair-count N]
Normally run through dict/tools/build_stats.sh.
"""

import argparse
import collections
import glob
import html.parser
import math
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

PACKAGES = ("libreoffice-help-sv", "cfi-sv")
SEED_PREFIXES = ("000_", "001_", "003_")  # 002 and 004 are damaged OCR
UNIGRAM_LIMIT = 3 * 1024 * 1024
BIGRAM_LIMIT = 4 * 1024 * 1024

BREAK = "\x00"  # hard break inside a paragraph: no pair spans it

# ---------------------------------------------------------------------------
# Language cues
# ---------------------------------------------------------------------------

SV_FUNCTION = frozenset("""
och att det som en ett på är av för med till den har de inte om kan du
eller vid från ska skall så när jag vi dem sig sin sitt sina han hon
detta denna dessa också här där dig din ditt dina vill måste även efter
mellan utan sedan hur vad vilken vilket vilka alla varje men nu då bara
mer mycket än ut upp samma andra får blir finns ej dock enligt inom mot
över genom hos bland eftersom vara varit hade kommer ska sådan sådana
väljer välj klicka anger visar
""".split())

EN_FUNCTION = frozenset("""
the of and to is are was were been this that these those with from by on
at it its or an which you your will not if when there their they has
have had any each used use using into only also may must should would
such than then other between about how what where who following select
click enter specifies returns choose displays sets allows lets shows
does do can for
""".split())

SV_LETTERS = frozenset("åäöÅÄÖ")

# ---------------------------------------------------------------------------
# Package handling
# ---------------------------------------------------------------------------


def find_deb(debdir, package):
    """Return the path of package's .deb in debdir, or None."""
    if not debdir:
        return None
    hits = sorted(glob.glob(os.path.join(debdir, package + "_*.deb")))
    return hits[-1] if hits else None


def fetch_deb(package, debdir, tmp):
    """Return a .deb for package: from debdir, else `apt-get download`."""
    path = find_deb(debdir, package)
    if path:
        return path
    subprocess.run(["apt-get", "download", package], cwd=tmp, check=True)
    path = find_deb(tmp, package)
    if not path:
        sys.exit("build_stats: apt-get download %s gave no .deb" % package)
    return path


def unpack_deb(deb, dest):
    """Unpack deb into dest; return the package's Version field."""
    subprocess.run(["dpkg-deb", "-x", deb, dest], check=True)
    out = subprocess.run(["dpkg-deb", "-f", deb, "Version"], check=True,
                         capture_output=True, text=True)
    return out.stdout.strip()


# ---------------------------------------------------------------------------
# HTML to paragraphs
# ---------------------------------------------------------------------------

BLOCK_TAGS = frozenset("""
p h1 h2 h3 h4 h5 h6 li td th tr table ul ol dl dd dt div title
blockquote center caption
""".split())
VOID_TAGS = frozenset("""
br img meta link input hr base area col embed param source track wbr
""".split())
SKIP_TAGS = frozenset("""
script style head header footer aside nav noscript button label pre code
select option textarea
""".split())
DROP_CLASSES = frozenset("""
literal menuitem input keycode code bascode pycode codeintable smathcode
switchinline productname widget debug bug
""".split())
MENU_PATH = re.compile(r"(^|\s)[-\u2013\u2192>]\s|\s[-\u2013\u2192>](\s|$)")


class HelpParser(html.parser.HTMLParser):
    """Collect paragraphs (strings with BREAK marks) from one HTML page.

    display_area: only read inside <div id="DisplayArea"> (LibreOffice).
    drop_sup: drop <sup> contents without a break (footnote markers).
    """

    def __init__(self, display_area, drop_sup):
        super().__init__(convert_charrefs=True)
        self.display_area = display_area
        self.drop_sup = drop_sup
        self.paragraphs = []
        self.buf = []
        self.stack = []   # [tag, kind, buffer index] of open elements
        self.inside = not display_area
        self.area_depth = None

    def flush(self):
        text = "".join(self.buf)
        self.buf = []
        if text.replace(BREAK, "").strip():
            self.paragraphs.append(text)

    def skipping(self):
        return any(e[1] in ("skip", "drop", "sup") for e in self.stack)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = set((attrs.get("class") or "").split())
        if not self.inside:
            if tag == "div" and attrs.get("id") == "DisplayArea":
                self.inside = True
                self.area_depth = len(self.stack)
                self.stack.append([tag, "area", 0])
            elif tag not in VOID_TAGS:
                self.stack.append([tag, "out", 0])
            return
        if tag in VOID_TAGS:
            if tag == "br" and not self.skipping():
                self.buf.append(BREAK)
            return
        if tag in BLOCK_TAGS and not self.skipping():
            self.flush()
        if tag in SKIP_TAGS or attrs.get("id") == "DEBUG":
            kind = "skip"
        elif classes & DROP_CLASSES:
            kind = "drop"
            if not self.skipping():
                self.buf.append(BREAK)
        elif tag == "sup" and self.drop_sup:
            kind = "sup"
        elif "emph" in classes:
            kind = "emph"
        else:
            kind = "plain"
        self.stack.append([tag, kind, len(self.buf)])

    def handle_endtag(self, tag):
        if not any(e[0] == tag for e in self.stack):
            return  # stray end tag
        while self.stack:
            name, kind, start = self.stack.pop()
            if kind == "area":
                self.flush()
                self.inside = False
            elif kind == "emph" and not self.skipping():
                text = "".join(self.buf[start:])
                if MENU_PATH.search(text):
                    del self.buf[start:]
                    self.buf.append(BREAK)
            elif kind == "drop" and not self.skipping():
                self.buf.append(BREAK)
            if name == tag:
                break
        if tag in BLOCK_TAGS and self.inside and not self.skipping():
            self.flush()

    def handle_data(self, data):
        if self.inside and not self.skipping():
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def html_paragraphs(path, display_area, drop_sup):
    """Return the paragraphs of one HTML file."""
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    if "charset=iso-8859-1" in text[:2000].lower():
        with open(path, encoding="latin-1") as f:
            text = f.read()
    p = HelpParser(display_area, drop_sup)
    p.feed(text)
    p.close()
    return p.paragraphs


# ---------------------------------------------------------------------------
# Paragraphs to sentences to tokens
# ---------------------------------------------------------------------------

PLACEHOLDER = re.compile(
    r"<[^<>\n]{0,40}>|\$\[[a-z]+\]|%[A-Z]{3,}|"
    r"\b(?:https?|ftp)://\S+|\bwww\.\S+|\S+@\S+\.\w+|"
    r"\w+(?:\.\.\.\w+)+|"          # Basic keywords such as For...Next
    r"\S*[{}\\^]\S*")               # formula code: {alignl a}over{b+c}
SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'”»)]*\s+(?=[\"'“«(]*[A-ZÅÄÖÉ0-9])|[;]\s*|:\s+|\t")
TOKEN = re.compile(r"\w+(?:[-:'’.,]\w+)*")
NUMBER = re.compile(r"\d+(?:[-:.,/]\d+)*")


def normalise(text):
    """NFC, unify hyphens and spaces, drop soft hyphens and zero widths."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00ad", "").replace("\u200b", "")
    text = text.replace("\u2010", "-").replace("\u2011", "-")
    text = re.sub(r"[\u00a0\u202f\u2009\r\n]", " ", text)
    return text


def is_word(tok):
    """True when tok is letters with optional internal hyphens."""
    parts = tok.split("-")
    return all(p and p.isalpha() for p in parts)


def tokenize(sentence, caps_break):
    """Return a token list: words (lowercased), '<num>', or None (break).

    caps_break: treat ALL-CAPS tokens of two or more letters as breaks.
    """
    out = []
    pos = 0
    for m in TOKEN.finditer(sentence):
        if BREAK in sentence[pos:m.start()]:
            out.append(None)
        pos = m.end()
        tok = m.group()
        if NUMBER.fullmatch(tok):
            if not out or out[-1] != "<num>":
                out.append("<num>")
        elif is_word(tok):
            letters = tok.replace("-", "")
            if any(c.isupper() for c in letters[1:]) and not letters.isupper():
                out.append(None)        # LibreOffice, MsgBox
            elif caps_break and len(letters) > 1 and letters.isupper():
                out.append(None)        # SUMMA, DOTTED
            else:
                out.append(tok.lower())
        else:
            out.append(None)            # F1, CIA:s, t.ex, snake_case
    return out


def sentences(paragraph):
    """Split a paragraph into sentence strings."""
    paragraph = PLACEHOLDER.sub(BREAK, normalise(paragraph))
    for s in SENTENCE_END.split(paragraph):
        if s and s.replace(BREAK, "").strip():
            yield s


# ---------------------------------------------------------------------------
# English filter
# ---------------------------------------------------------------------------


def seed_label(words, raw):
    """Return 'sv', 'en' or None for a sentence by function words alone."""
    sv = sum(1 for w in words if w in SV_FUNCTION)
    en = sum(1 for w in words if w in EN_FUNCTION)
    has_sv_letter = any(c in SV_LETTERS for c in raw)
    if en == 0 and (sv >= 2 or (sv >= 1 and has_sv_letter)):
        return "sv"
    if en >= 2 and sv == 0 and not has_sv_letter:
        return "en"
    return None


class LanguageModel:
    """Naive Bayes word model separating Swedish from English sentences.

    Words seen in neither training set are scored by their letter
    trigrams instead (mean trigram log ratio), so that an unseen Swedish
    compound such as "grafikegenskaper" still counts as Swedish.
    """

    def __init__(self, sv_counts, en_counts):
        self.sv = sv_counts
        self.en = en_counts
        self.nsv = sum(sv_counts.values()) + 1
        self.nen = sum(en_counts.values()) + 1
        self.tri_sv = collections.Counter()
        self.tri_en = collections.Counter()
        for w in sv_counts:
            self.tri_sv.update(trigrams(w))
        for w in en_counts:
            self.tri_en.update(trigrams(w))
        self.tsv = sum(self.tri_sv.values()) + 1
        self.ten = sum(self.tri_en.values()) + 1

    def word_score(self, w):
        """log(P(w | sv) / P(w | en)); 0 when nothing is known of w."""
        a = self.sv.get(w, 0)
        b = self.en.get(w, 0)
        if a or b:
            return (math.log((a + 0.5) / self.nsv)
                    - math.log((b + 0.5) / self.nen))
        grams = trigrams(w)
        if not grams:
            return 0.0
        total = 0.0
        for g in grams:
            total += math.log((self.tri_sv.get(g, 0) + 0.5) / self.tsv)
            total -= math.log((self.tri_en.get(g, 0) + 0.5) / self.ten)
        return total / len(grams)

    def score(self, words):
        """Sum of word scores; > 0 means Swedish."""
        return sum(self.word_score(w) for w in words)

    def is_swedish(self, words, raw):
        s = self.score(words)
        if s > 0:
            return True
        return s == 0 and any(c in SV_LETTERS for c in raw)


def trigrams(word):
    """Letter trigrams of word padded with '^' and '$'; none if short."""
    if len(word) < 3:
        return []
    w = "^" + word + "$"
    return [w[i:i + 3] for i in range(len(w) - 2)]


PAREN = re.compile(r"\(([^()]{1,300})\)")
QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{3,300})[\"“”«»]")
CAP = r"[A-ZÅÄÖÉ][\w'’-]*"
LINK = r"(?:for|of|the|and|to|with|on|at|an|from)"
TITLE_RUN = re.compile(r"%s(?:\s+(?:(?i:%s)\s+)*%s)*" % (CAP, LINK, CAP))
EN_LINK = frozenset(LINK[3:-1].split("|"))
CODE_MARK = re.compile(r"[#=<>|]|\b[a-hj-z] \w+ [a-hj-z]\b")


def strip_english_spans(raw, model):
    """Replace English names and asides inside a Swedish sentence by BREAK.

    Removed: a parenthesised or quoted part whose words score as English
    ("(American Standard Code for Information Interchange)") or that looks
    like formula code ("fact stack{a#b}", "(a over b)"), and a run
    of capitalised words joined by an English function word ("League for
    Programming Freedom", "The Hacker Crackdown"; a lone "For" or "The"
    unless it starts the sentence).
    """
    def aside(m):
        if CODE_MARK.search(m.group(1)):
            return BREAK
        words = words_of(tokenize(m.group(1), False))
        if words and model.score(words) < 0:
            return BREAK
        return m.group()

    def title(m):
        words = m.group().split()
        if not any(w.lower() in EN_LINK for w in words):
            return m.group()
        if len(words) == 1 and not raw[:m.start()].strip(" \"'(" + BREAK):
            return m.group()
        return BREAK

    raw = PAREN.sub(aside, raw)
    raw = QUOTED.sub(aside, raw)
    return TITLE_RUN.sub(title, raw)


# ---------------------------------------------------------------------------
# Counting
# ---------------------------------------------------------------------------


class Source:
    """The sentences of one source, deduplicated by paragraph."""

    def __init__(self, name, caps_break, filtered, dedupe):
        self.name = name
        self.dedupe = dedupe
        self.caps_break = caps_break
        self.filtered = filtered
        self.sents = []      # (tokens, raw text)
        self.seen = set()
        self.paragraphs = 0
        self.dupes = 0

    def add_paragraph(self, paragraph):
        key = " ".join(paragraph.replace(BREAK, " ").split())
        if not key:
            return
        if self.dedupe and key in self.seen:
            self.dupes += 1
            return
        self.seen.add(key)
        self.paragraphs += 1
        for s in sentences(paragraph):
            toks = tokenize(s, self.caps_break)
            if any(t for t in toks):
                self.sents.append((toks, s))


def words_of(toks):
    return [t for t in toks if t and t != "<num>"]


def count_source(src, model, uni, bi, report):
    """Add src's kept sentences to uni and bi; fill report[src.name]."""
    kept = dropped = ntok = dropped_tok = 0
    for toks, raw in src.sents:
        words = words_of(toks)
        if src.filtered and not model.is_swedish(words, raw):
            dropped += 1
            dropped_tok += len(words)
            continue
        if src.filtered:
            toks = tokenize(strip_english_spans(raw, model), src.caps_break)
            words = words_of(toks)
        kept += 1
        ntok += len(words)
        for w in words:
            uni[w] += 1
        seq = ["<s>"] + toks + ["</s>"]
        for a, b in zip(seq, seq[1:]):
            if a is not None and b is not None:
                bi[(a, b)] += 1
    report[src.name] = dict(paragraphs=src.paragraphs, dupes=src.dupes,
                            kept=kept, dropped=dropped, tokens=ntok,
                            dropped_tokens=dropped_tok)


def fold(word):
    return (word.replace("å", "a").replace("ä", "a")
            .replace("ö", "o").replace("é", "e"))


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------


def unigram_lines(uni, keep):
    items = sorted(((w, c) for w, c in uni.items() if keep(w)),
                   key=lambda x: (-x[1], x[0]))
    return ["%s\t%d\n" % (w, c) for w, c in items]


def write(path, header, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n" if h else "#\n")
        f.writelines(lines)
    return os.path.getsize(path)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--debs", help="directory holding the .deb files "
                    "(default: fetch with apt-get download)")
    ap.add_argument("--seeds", default=os.path.join(root, "..", "shared",
                                                    "seeds"))
    ap.add_argument("--out", default=os.path.join(root, "dict", "data"))
    ap.add_argument("--min-pair-count", type=int, default=2)
    args = ap.parse_args()
    if args.min_pair_count < 2:
        sys.exit("build_stats: --min-pair-count takes a number >= 2")

    seeds = []
    for prefix in SEED_PREFIXES:
        hits = sorted(glob.glob(os.path.join(args.seeds, prefix + "*.txt")))
        if len(hits) != 1:
            sys.exit("build_stats: %s: expected one %s*.txt seed"
                     % (args.seeds, prefix))
        seeds.append(hits[0])

    with tempfile.TemporaryDirectory(prefix="rensa-stats-") as tmp:
        versions = {}
        for pkg in PACKAGES:
            deb = fetch_deb(pkg, args.debs, tmp)
            versions[pkg] = unpack_deb(deb, os.path.join(tmp, "root"))
        base = os.path.join(tmp, "root", "usr", "share")

        lo = Source("libreoffice-help-sv", caps_break=True, filtered=True,
                    dedupe=True)
        pages = sorted(glob.glob(os.path.join(
            base, "libreoffice", "help", "sv", "**", "*.html"),
            recursive=True))
        for page in pages:
            for p in html_paragraphs(page, display_area=True, drop_sup=False):
                lo.add_paragraph(p)

        cfi = Source("cfi-sv", caps_break=False, filtered=True,
                     dedupe=True)
        for p in html_paragraphs(os.path.join(base, "doc", "cfi-sv",
                                              "cfi.html"),
                                 display_area=False, drop_sup=True):
            cfi.add_paragraph(p)

    sd = Source("seeds", caps_break=False, filtered=False, dedupe=False)
    for path in seeds:
        with open(path, encoding="utf-8") as f:
            for line in f:
                sd.add_paragraph(line)

    # English filter: seed labels, then naive Bayes over all package text.
    sv_counts = collections.Counter()
    en_counts = collections.Counter()
    for toks, _ in sd.sents:
        sv_counts.update(words_of(toks))
    for src in (lo, cfi):
        for toks, raw in src.sents:
            words = words_of(toks)
            label = seed_label(words, raw)
            if label == "sv":
                sv_counts.update(words)
            elif label == "en":
                en_counts.update(words)
    model = LanguageModel(sv_counts, en_counts)

    uni = collections.Counter()
    bi = collections.Counter()
    seed_uni = collections.Counter()
    report = {}
    for src in (lo, cfi):
        count_source(src, model, uni, bi, report)
    count_source(sd, model, seed_uni, bi, report)
    pkg_uni = collections.Counter(uni)
    uni.update(seed_uni)

    # Unigrams.
    src_line = ", ".join("%s %s" % (p, versions[p]) for p in PACKAGES)
    tok_line = "; ".join("%s %d" % (n, report[n]["tokens"]) for n in report)
    drop_line = "; ".join(
        "%s %d sentences, %d tokens" % (n, report[n]["dropped"],
                                        report[n]["dropped_tokens"])
        for n in PACKAGES)
    dupe_line = "; ".join("%s %d" % (n, report[n]["dupes"]) for n in PACKAGES)
    os.makedirs(args.out, exist_ok=True)
    upath = os.path.join(args.out, "sv-unigrams.tsv")
    lines = unigram_lines(uni, lambda w: True)
    rule = "every word"
    if sum(len(l.encode()) for l in lines) >= UNIGRAM_LIMIT:
        lines = unigram_lines(uni, lambda w: seed_uni[w] >= 1
                              or pkg_uni[w] >= 2)
        rule = "words seen in the seeds or at least twice in the packages"
    kept_words = {l.split("\t", 1)[0] for l in lines}
    usize = write(upath, [
        "sv-unigrams.tsv: Swedish word frequencies for the rensa repair stage.",
        "Format: word<TAB>count; lowercased (str.lower), NFC, letters and",
        "internal hyphens only; sorted by descending count, then word.",
        "Sources: Debian packages %s;" % src_line,
        "seed reports " + ", ".join(os.path.basename(s) for s in seeds) + ".",
        "Tokens per source (after the English filter): %s." % tok_line,
        "Dropped as English: %s." % drop_line,
        "Repeated paragraphs counted once (repeats skipped): %s." % dupe_line,
        "Kept: %s (%d words)." % (rule, len(lines)),
        "Made by dict/tools/build_stats.sh; see dict/data/README.md.",
    ], lines)

    # Ambiguity classes over the kept unigrams.
    groups = collections.defaultdict(set)
    for w in kept_words:
        groups[fold(w)].add(w)
    ambiguous = {w for g in groups.values() if len(g) > 1 for w in g}

    bpath = os.path.join(args.out, "sv-bigrams.tsv")
    min_count = args.min_pair_count
    while True:
        pairs = sorted(((a, b, c) for (a, b), c in bi.items()
                        if c >= min_count
                        and (a in ambiguous or b in ambiguous)),
                       key=lambda x: (-x[2], x[0], x[1]))
        lines = ["%s\t%s\t%d\n" % p for p in pairs]
        if sum(len(l.encode()) for l in lines) < BIGRAM_LIMIT:
            break
        min_count += 1
    bsize = write(bpath, [
        "sv-bigrams.tsv: Swedish word-pair frequencies for the rensa repair "
        "stage.",
        "Format: w1<TAB>w2<TAB>count; adjacent tokens within a sentence,",
        "lowercased; <num> = number, <s> / </s> = sentence start / end.",
        "Kept: count >= %d and w1 or w2 in an ambiguity class (folding" %
        min_count,
        "å->a ä->a ö->o é->e gives the key of another word in "
        "sv-unigrams.tsv).",
        "Ambiguity classes: %d classes, %d words; %d pairs kept of %d." % (
            sum(1 for g in groups.values() if len(g) > 1), len(ambiguous),
            len(pairs), len(bi)),
        "Sources: Debian packages %s;" % src_line,
        "seed reports " + ", ".join(os.path.basename(s) for s in seeds) + ".",
        "Tokens per source (after the English filter): %s." % tok_line,
        "Dropped as English: %s." % drop_line,
        "Repeated paragraphs counted once (repeats skipped): %s." % dupe_line,
        "Made by dict/tools/build_stats.sh; see dict/data/README.md.",
    ], lines)

    # Summary.
    for name, r in report.items():
        print("%-20s paragraphs %6d (+%d duplicates)  sentences kept %6d "
              "dropped %6d  tokens %7d (dropped %d)" % (
                  name, r["paragraphs"], r["dupes"], r["kept"], r["dropped"],
                  r["tokens"], r["dropped_tokens"]))
    print("distinct words %d, kept %d (%s)" % (len(uni), len(kept_words),
                                               rule))
    print("ambiguous words %d; pairs %d, kept %d (min count %d)" % (
        len(ambiguous), len(bi), len(pairs), min_count))
    print("%s: %d bytes" % (upath, usize))
    print("%s: %d bytes" % (bpath, bsize))
    for group in (("för", "for"), ("är", "ar", "år"), ("på", "pa"),
                  ("då", "da"), ("väl", "val"), ("mål", "mal"),
                  ("får", "far"), ("hög", "hog"), ("berör", "beror")):
        print("  " + "  ".join("%s %d" % (w, uni[w]) for w in group))
    top = sorted(uni.items(), key=lambda x: (-x[1], x[0]))[:30]
    print("top 30: " + " ".join("%s %d" % x for x in top))


if __name__ == "__main__":
    main()
