#!/usr/bin/env python3
"""Build the word and word-pair frequency tables used by the repair stage.

Writes dict/data/sv-unigrams.tsv and dict/data/sv-bigrams.tsv (formats in
dict/data/README.md) from Debian packages and the seed reports.  Each
source is read by its own function (read_*, listed in SOURCES):

  Running prose
   1. libreoffice-help-sv: the HTML pages of the Swedish LibreOffice help
      (about 2 500 files).
   2. cfi-sv: the book "Copyright finns inte" as one HTML file.
   3. gimp-help-sv: the GIMP user manual (DocBook HTML, 690 pages; most
      of it is still English and is dropped by the English filter).
   4. gnome-user-docs: GNOME desktop help and system admin guide
      (Mallard .page files under usr/share/help/sv).
   5. evolution-common: the Evolution help (Mallard).
   6. lifelines-doc-sv: the LifeLines user guide and report manual
      (DocBook HTML, Latin-1).
   7. skrooge-common: the Skrooge handbook (personal finance; DocBook
      XML).
   8. manpages-sv and dpkg: Swedish manual pages (troff source).
  Finance and accounting UI (gettext .mo catalogs, msgstr only)
   9. gnucash-common: gnucash.mo (bookkeeping and accounting).
  10. gnucash-common: the Swedish charts of accounts (BAS 2019) under
      usr/share/gnucash/accounts/sv_SE, account names and descriptions.
  11. skrooge-common, homebank-data: skrooge.mo, homebank.mo (personal
      finance).
  Seeds
  12. The clean seed reports 000_*, 001_* and 003_* from ../shared/seeds.
      Seeds 002 and 004 are damaged OCR and are never read; nothing else
      under ../shared is read either.

Considered and not used: the general UI catalogs of libreoffice-l10n-sv
(33 .mo files, about 75 000 tokens kept), evolution-common
(evolution.mo, 20 000), dpkg (dpkg.mo) and apt (apt.mo).  They are
mostly commands and button texts, and together they raised imperatives
such as "fortsätt" (28 against 11 for "fortsatt") until the repair
turned the common report word "fortsatt" into "fortsätt" (9 words
damaged in the benchmark cases); package_mo_reader() reads any of them
if wanted.  mythes-sv, hunspell-sv, aspell-sv and wswedish
are word lists without frequencies (adding them as counts would invent
frequencies and new ambiguity classes); grisbi-common's sv catalog is
empty; tesseract-ocr-swe holds no text.

The packages are taken from --debs DIR when the .deb files are there, and
otherwise fetched with `apt-get download` into a temporary directory; they
are unpacked with `dpkg-deb -x`, each into its own directory.  Only the
Python standard library is used (.mo files are parsed directly, so
gettext's msgunfmt is not needed).

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
  * in all package text but cfi-sv and the charts of accounts, ALL-CAPS
    tokens (function names and constants such as SUMMA, ATTR_HIDDEN)
    act as breaks; everywhere,
    tokens with an inner capital (LibreOffice, MsgBox), tokens mixing
    letters and digits (F1, Blad2) and tokens joined by a colon, dot or
    apostrophe (CIA:s, t.ex, don't) act as breaks.

Mallard pages (GNOME, Evolution help) are read with the same parser:
<gui>, <guiseq>, <key>, <keyseq>, <cmd>, <code>, <sys>, <file>, <app>,
<input>, <output> and <var> are dropped with a break (like LibreOffice
menu items); <screen>, <media>, credits, revisions and e-mail addresses
are skipped; an empty element such as <link xref="..."/>, which stands
for a page title not in the file, is a break.  In DocBook (GIMP,
LifeLines, Skrooge) the GUI and code classes or elements (guilabel,
guimenu, keycap, filename, command, option, programlisting, screen,
application ...), navigation headers and footers, index terms and the
book's author and copyright blocks are dropped the same way; KDE
entities (&skrooge;) are breaks.  Tabs in these sources are spaces.

Man pages: macro lines end a paragraph; the arguments of font macros
(.B, .IR ...) and bold or italic runs (\\fB...\\fR) are option and file
names and become breaks, as do options (-a, --all=X); examples
(.nf/.fi, .EX/.EE) and the sections synopsis, authors, copyright, see
also, bugs and translation credits are skipped; troff glyphs such as
\\(:o are turned into letters.  A page that is not UTF-8 is read as
Latin-1.

Gettext catalogs: the header entry and untranslated entries (msgstr
empty or equal to msgid) are skipped; every plural form is read.  Inline
markup (<b>, <span ...>) is removed, accelerator marks (_Arkiv, Ö_ppna,
~Arkiv, &Arkiv) are taken out of the word, and placeholders (%s, %1$d,
%(name)s, %1, $(ARG1), {0}), identifiers with underscores and command
line options become breaks.  Each line of a string is a paragraph; a
string that occurs again (in any catalog of the same source) counts
once.  UI labels are short: each is a sentence of its own, so they add
word counts and pairs inside the label, and "<s> w" / "w </s>" pairs.

Charts of accounts: each account name and description is one paragraph,
without its leading account number ("1910 Kassa" gives "Kassa").

Paragraphs are then cut into sentences at . ! ? when followed by a space
and a capital or digit, and always at ; and at ": ".  Tabs (the seed
tables) and line ends in the seeds are hard breaks.  Identical
paragraphs are counted only once per source: the LibreOffice help embeds
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

    def __init__(self, display_area, drop_sup, drop_classes=DROP_CLASSES,
                 drop_tags=frozenset(), skip_tags=SKIP_TAGS,
                 block_tags=BLOCK_TAGS, empty_break=False):
        super().__init__(convert_charrefs=True)
        self.display_area = display_area
        self.drop_sup = drop_sup
        self.drop_classes = drop_classes
        self.drop_tags = drop_tags
        self.skip_tags = skip_tags
        self.block_tags = block_tags
        self.empty_break = empty_break
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
        if tag in self.block_tags and not self.skipping():
            self.flush()
        if tag in self.skip_tags or attrs.get("id") == "DEBUG":
            kind = "skip"
        elif classes & self.drop_classes or tag in self.drop_tags:
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
        if tag in self.block_tags and self.inside and not self.skipping():
            self.flush()

    def handle_startendtag(self, tag, attrs):
        # An empty element such as Mallard's <link xref="..."/> stands for
        # text that is not in the file (the title of the linked page).
        self.handle_starttag(tag, attrs)
        if self.empty_break and self.inside and not self.skipping():
            self.buf.append(BREAK)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_data(self, data):
        if self.inside and not self.skipping():
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def html_paragraphs(path, display_area, drop_sup, **kw):
    """Return the paragraphs of one HTML file (kw: see HelpParser)."""
    with open(path, "rb") as f:
        data = f.read()
    if b"charset=iso-8859-1" in data[:2000].lower():
        text = data.decode("latin-1")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:      # undeclared Latin-1 (LifeLines)
            text = data.decode("latin-1")
    p = HelpParser(display_area, drop_sup, **kw)
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

    def __init__(self, name, caps_break, filtered, dedupe, tab_space=False):
        self.name = name
        self.tab_space = tab_space   # a tab is a space, not a break
        self.dedupe = dedupe
        self.caps_break = caps_break
        self.filtered = filtered
        self.sents = []      # (tokens, raw text)
        self.seen = set()
        self.paragraphs = 0
        self.dupes = 0

    def add_paragraph(self, paragraph):
        if self.tab_space:
            paragraph = paragraph.replace("\t", " ")
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


# ---------------------------------------------------------------------------
# Sources: one function per source, each returning a Source
# ---------------------------------------------------------------------------

# DocBook HTML (GIMP and LifeLines manuals): navigation, index terms,
# UI labels, key caps, file names, commands and program text.
DOCBOOK_DROP_CLASSES = DROP_CLASSES | frozenset("""
navheader navfooter reportbug indexterm guilabel guimenu guimenuitem
guisubmenu guiicon guibutton keycap keycombo filename command parameter
userinput programlisting screen synopsis cmdsynopsis funcsynopsis
function varname option envar constant returnvalue type application
computeroutput systemitem author authorgroup othername biblioentry
releaseinfo copyright legalnotice revhistory toc lot
""".split())

# Mallard pages (GNOME help): <gui>, <key>, <cmd> and similar inline
# elements are UI names or code, dropped with a break like the
# LibreOffice menu items; <info> keeps only <desc>.
MALLARD_DROP_TAGS = frozenset("""
gui guiseq key keyseq cmd code sys file app input output var em:code
""".split())
MALLARD_SKIP_TAGS = SKIP_TAGS | frozenset("""
screen synopsis media credit mal:credit revision include its:rules
name email years license link:title
""".split())
MALLARD_BLOCK_TAGS = BLOCK_TAGS | frozenset("""
page section info desc note item steps list terms tree table listing
figure example comment quote subtitle
""".split())


def read_libreoffice_help(base):
    """libreoffice-help-sv: the article part of every help page."""
    src = Source("libreoffice-help-sv", caps_break=True, filtered=True,
                 dedupe=True)
    pages = sorted(glob.glob(os.path.join(
        base, "libreoffice", "help", "sv", "**", "*.html"), recursive=True))
    for page in pages:
        for p in html_paragraphs(page, display_area=True, drop_sup=False):
            src.add_paragraph(p)
    return src


def read_cfi(base):
    """cfi-sv: the book "Copyright finns inte" (one HTML file)."""
    src = Source("cfi-sv", caps_break=False, filtered=True, dedupe=True)
    for p in html_paragraphs(os.path.join(base, "doc", "cfi-sv",
                                          "cfi.html"),
                             display_area=False, drop_sup=True):
        src.add_paragraph(p)
    return src


def docbook_source(name, files):
    """A Source from DocBook-made HTML pages (GIMP, LifeLines manuals)."""
    src = Source(name, caps_break=True, filtered=True, dedupe=True,
                 tab_space=True)
    for page in files:
        for p in html_paragraphs(page, display_area=False, drop_sup=True,
                                 drop_classes=DOCBOOK_DROP_CLASSES):
            src.add_paragraph(p)
    return src


def read_gimp_help(base):
    """gimp-help-sv: the Swedish GIMP user manual (about 690 pages)."""
    return docbook_source("gimp-help-sv", sorted(glob.glob(os.path.join(
        base, "gimp", "2.0", "help", "sv", "*.html"))))


def read_lifelines_doc(base):
    """lifelines-doc-sv: the LifeLines user guide and report manual."""
    return docbook_source("lifelines-doc-sv", sorted(glob.glob(os.path.join(
        base, "doc", "lifelines-doc-sv", "*.sv.html"))))


def mallard_source(name, files):
    """A Source from Mallard .page files (GNOME help)."""
    src = Source(name, caps_break=True, filtered=True, dedupe=True,
                 tab_space=True)
    for page in files:
        for p in html_paragraphs(page, display_area=False, drop_sup=False,
                                 drop_tags=MALLARD_DROP_TAGS,
                                 skip_tags=MALLARD_SKIP_TAGS,
                                 block_tags=MALLARD_BLOCK_TAGS,
                                 empty_break=True):
            src.add_paragraph(p)
    return src


def read_gnome_user_docs(base):
    """gnome-user-docs: GNOME desktop help and system admin guide."""
    return mallard_source("gnome-user-docs", sorted(
        glob.glob(os.path.join(base, "help", "sv", "gnome-help", "*.page"))
        + glob.glob(os.path.join(base, "help", "sv", "system-admin-guide",
                                 "*.page"))))


def read_evolution_help(base):
    """evolution-common: the Evolution mail and calendar help."""
    return mallard_source("evolution-common (help)", sorted(glob.glob(
        os.path.join(base, "help", "sv", "evolution", "*.page"))))


MO_MARKUP = re.compile(r"</?(?:b|i|u|em|tt|big|small|span|sup|sub)\b[^<>]*>")
MO_PLACEHOLDER = re.compile(
    r"%(?:\d+\$)?[-+ #0']*(?:\d+|\*)?(?:\.\d+)?(?:hh|h|ll|l|L|z|j|t|I)?"
    r"[diouxXeEfFgGaAcspn]|%\([\w-]+\)[sd]|%\d+|%%|"
    r"\$\(\w+\)|\$\{?\w+\}?|\{[\w.:]*\}|#\d+|"
    r"\S*_\S*|"                      # identifiers: file_name, GTK_STOCK
    r"(?<![\w-])--?[A-Za-z][\w-]*(?:=\S*)?")    # options: -R, --install
MO_ACCEL = re.compile(r"~(?=\w)|(?<![\w&])&(?=\w)")
MO_MNEMONIC = re.compile(r"(?<![\w%$])([^\W\d_]*)_([^\W\d_]+)(?![\w])")


def mo_strings(path):
    """Yield the translated strings (msgstr, every plural form) of a .mo.

    The header entry and untranslated entries (msgstr equal to msgid, or
    empty) are skipped.  The .mo is read with the standard library only.
    """
    import struct
    with open(path, "rb") as f:
        data = f.read()
    magic = struct.unpack("<I", data[:4])[0]
    end = "<" if magic == 0x950412de else ">"
    n, ooff, toff = struct.unpack(end + "3I", data[8:20])
    for i in range(n):
        ilen, ipos = struct.unpack(end + "2I", data[ooff + 8 * i:
                                                     ooff + 8 * i + 8])
        slen, spos = struct.unpack(end + "2I", data[toff + 8 * i:
                                                     toff + 8 * i + 8])
        msgid = data[ipos:ipos + ilen].decode("utf-8", "replace")
        msgstr = data[spos:spos + slen].decode("utf-8", "replace")
        msgid = msgid.split("\x04", 1)[-1]          # drop msgctxt
        if not msgid:
            continue                                # header
        ids = set(msgid.split("\x00"))
        for form in msgstr.split("\x00"):
            if form and form not in ids:
                yield form


def mo_paragraphs(text):
    """Clean one translated UI string; return its lines as paragraphs.

    Inline markup (<b>, <span ...>) is removed; accelerator marks (_Arkiv,
    Ö_ppna, ~Arkiv, &Arkiv) are removed from the word; printf and
    template placeholders (%s, %1$d, %(name)s, %1, $(ARG1), {0}) and
    identifiers with underscores become hard breaks.
    """
    text = MO_MARKUP.sub("", text)
    text = MO_ACCEL.sub("", text)
    text = MO_MNEMONIC.sub(r"\1\2", text)
    text = MO_PLACEHOLDER.sub(BREAK, text)
    return [line for line in text.split("\n") if line.strip()]


# UI strings shorter than this many words are labels ("Fortsätt", "Ändra
# konto", "Låg"): mostly imperatives and headings, which would push
# fortsätt over fortsatt and ändra over andra.  Only messages and tool
# tips of at least MO_MIN_WORDS words are read.
MO_MIN_WORDS = 4


def mo_source(name, files):
    """A Source from gettext catalogs: only the Swedish msgstr text."""
    src = Source(name, caps_break=True, filtered=True, dedupe=True)
    for path in files:
        for s in mo_strings(path):
            for p in mo_paragraphs(s):
                if len(words_of(tokenize(p, False))) >= MO_MIN_WORDS:
                    src.add_paragraph(p)
    return src


def read_gnucash_mo(base):
    """gnucash-common: gnucash.mo, the Swedish GnuCash UI (accounting)."""
    return mo_source("gnucash-common (gnucash.mo)", [os.path.join(
        base, "locale", "sv", "LC_MESSAGES", "gnucash.mo")])


ACCOUNT_FIELD = re.compile(
    r"<act:(?:name|description)>([^<]*)</act:(?:name|description)>")


def read_gnucash_accounts(base):
    """gnucash-common: Swedish charts of accounts (BAS 2019, sv_SE).

    Each account name and description is one paragraph; a leading
    account number ("1910 Kassa") is dropped.
    """
    src = Source("gnucash-common (sv_SE accounts)", caps_break=False,
                 filtered=True, dedupe=True)
    import html as htmlmod
    for path in sorted(glob.glob(os.path.join(
            base, "gnucash", "accounts", "sv_SE", "*.gnucash-xea"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for m in ACCOUNT_FIELD.finditer(text):
            field = htmlmod.unescape(m.group(1)).strip()
            field = re.sub(r"^\d+\s+", "", field)
            if field:
                src.add_paragraph(field)
    return src


MAN_BREAK_MACROS = frozenset("""
B I BR BI IB IR RB RI SB SM UR UE MT ME OP SY YS
""".split())

# troff special characters: \(:o or \[:o] is ö (the dpkg pages use them).
TROFF_GLYPHS = {
    ":a": "ä", ":o": "ö", "oa": "å", ":A": "Ä", ":O": "Ö", "oA": "Å",
    "'e": "é", "'E": "É", ":u": "ü", ":U": "Ü", "lq": '"', "rq": '"',
    "Lq": '"', "Rq": '"', "oq": "'", "cq": "'", "aq": "'", "dq": '"',
    "em": " \u2014 ", "en": "\u2013", "hy": "-", "mi": "-",
}
MAN_GLYPH = re.compile(r"\\\((..)|\\\[([^\]]*)\]")

# Synopses, credits and cross references: names and code, not prose.
MAN_SKIP_SECTIONS = frozenset((
    "SYNOPSIS", "SYNTAX", "ÖVERSIKT", "UPPHOVSMAN", "UPPHOVSMÄN",
    "FÖRFATTARE", "AUTHOR", "AUTHORS", "COPYRIGHT", "UPPHOVSRÄTT",
    "SE ÄVEN", "SEE ALSO", "ÖVERSÄTTNING", "RAPPORTERA FEL",
    "RAPPORTERA BUGGAR", "FEL", "BUGS"))


def man_paragraphs(text):
    """Paragraphs of one man page in troff source.

    Macro lines end a paragraph; the arguments of font macros (.B, .IR,
    ...) are option and file names and become a hard break.  Bold and
    italic runs (\\fB...\\fR), options (--all) and the program name of
    the NAME section are hard breaks too; .nf/.fi and .EX/.EE blocks
    (examples) and the sections in MAN_SKIP_SECTIONS (synopsis, authors,
    copyright, see also, translation credits) are skipped.
    """
    out = []
    buf = []
    section = ""
    nofill = False

    def flush():
        if buf:
            out.append(" ".join(buf))
            del buf[:]

    for line in text.split("\n"):
        if line.startswith((".\\\"", "'\\\"", "\\\"")):
            continue
        if line.startswith((".", "'")):
            parts = line[1:].split(None, 1)
            macro = parts[0] if parts else ""
            if macro in ("nf", "EX"):
                nofill = True
            elif macro in ("fi", "EE"):
                nofill = False
            if macro in MAN_BREAK_MACROS:
                buf.append(BREAK)
                continue
            flush()
            if macro in ("SH", "SS"):
                section = parts[1].strip().strip('"').upper() if len(
                    parts) > 1 else ""
            continue
        if nofill or section in MAN_SKIP_SECTIONS:
            continue
        if not line.strip():
            flush()
            continue
        if section in ("NAMN", "NAME"):
            line = re.sub(r"^.*?\\-|^.*?\u2014", BREAK, line, count=1)
        line = re.sub(r"\\f[BI](.*?)(?=\\f[RP]|\\f\(|$)", BREAK, line)
        line = re.sub(r"\\f(?:\(..|\[[^\]]*\]|.)", "", line)
        line = line.replace("\\-", "-").replace("\\&", "").replace(
            "\\ ", " ").replace("\\~", " ").replace("\\%", "")
        line = MAN_GLYPH.sub(lambda m: TROFF_GLYPHS.get(
            m.group(1) or m.group(2), " "), line)
        line = re.sub(r"\\\*(?:\(..|\[[^\]]*\]|.)", " ", line)
        line = re.sub(r"\\s[-+]?\d|\\[c/,|^]", "", line)
        line = re.sub(r"\\.", BREAK, line)
        line = re.sub(r"(?<![\w-])--?[A-Za-z][\w-]*(?:=\S*)?", BREAK, line)
        buf.append(line)
    flush()
    return out


def read_manpages(base):
    """manpages-sv: the Swedish manual pages (troff source)."""
    return man_source("manpages-sv", base)


def man_source(name, base):
    """A Source from the man pages under base/man/sv."""
    import gzip
    src = Source(name, caps_break=True, filtered=True, dedupe=True,
                 tab_space=True)
    for path in sorted(glob.glob(os.path.join(base, "man", "sv", "man*",
                                              "*"))):
        opener = gzip.open if path.endswith(".gz") else open
        with opener(path, "rb") as f:
            data = f.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")   # some dpkg pages are Latin-1
        for p in man_paragraphs(text):
            src.add_paragraph(p)
    return src


DOCBOOK_XML_DROP_TAGS = frozenset("""
guilabel guimenu guimenuitem guisubmenu guibutton guiicon keycap keycombo
menuchoice shortcut command option filename userinput screen
programlisting literal application email varname envar systemitem
replaceable parameter function
""".split())
DOCBOOK_XML_SKIP_TAGS = SKIP_TAGS | frozenset("""
bookinfo authorgroup author othercredit legalnotice copyright date
releaseinfo keywordset screenshot mediaobject inlinemediaobject
imageobject textobject indexterm
""".split())
DOCBOOK_XML_BLOCK_TAGS = BLOCK_TAGS | frozenset("""
book chapter sect1 sect2 sect3 sect4 sect5 section para simpara title
listitem entry row term varlistentry question answer tip note warning
important caution abstract
""".split())


def read_skrooge_doc(base):
    """skrooge-common: the Swedish Skrooge handbook (DocBook XML).

    KDE entities such as &skrooge; and &kde; are product names and
    become hard breaks.
    """
    src = Source("skrooge-common (handbook)", caps_break=True,
                 filtered=True, dedupe=True, tab_space=True)
    path = os.path.join(base, "doc", "HTML", "sv", "skrooge",
                        "index.docbook")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"<!DOCTYPE.*?\]>", "", text, flags=re.S)
    text = re.sub(r"&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)"
                  r"[\w.-]+;", BREAK, text)
    p = HelpParser(False, True, drop_tags=DOCBOOK_XML_DROP_TAGS,
                   skip_tags=DOCBOOK_XML_SKIP_TAGS,
                   block_tags=DOCBOOK_XML_BLOCK_TAGS, empty_break=True)
    p.feed(text)
    p.close()
    for para in p.paragraphs:
        src.add_paragraph(para)
    return src


def package_mo_reader(package, domain):
    """A reader for /usr/share/locale/sv/LC_MESSAGES/DOMAIN.mo."""
    def read(base):
        return mo_source("%s (%s.mo)" % (package, domain), [os.path.join(
            base, "locale", "sv", "LC_MESSAGES", domain + ".mo")])
    read.__doc__ = "%s: %s.mo, Swedish UI strings." % (package, domain)
    return read


def package_man_reader(package):
    """A reader for the Swedish man pages of package."""
    def read(base):
        return man_source("%s (man)" % package, base)
    read.__doc__ = "%s: its Swedish manual pages." % package
    return read


# (package, reader, where the reader looks: "share" = usr/share, "root")
SOURCES = (
    ("libreoffice-help-sv", read_libreoffice_help, "share"),
    ("cfi-sv", read_cfi, "share"),
    ("gimp-help-sv", read_gimp_help, "share"),
    ("gnome-user-docs", read_gnome_user_docs, "share"),
    ("evolution-common", read_evolution_help, "share"),
    ("gnucash-common", read_gnucash_mo, "share"),
    ("gnucash-common", read_gnucash_accounts, "share"),
    ("manpages-sv", read_manpages, "share"),
    ("lifelines-doc-sv", read_lifelines_doc, "share"),
    ("skrooge-common", read_skrooge_doc, "share"),
    ("skrooge-common", package_mo_reader("skrooge-common", "skrooge"),
     "share"),
    ("homebank-data", package_mo_reader("homebank-data", "homebank"),
     "share"),
    ("dpkg", package_man_reader("dpkg"), "share"),
)


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
        roots = {}
        for pkg, _, _ in SOURCES:
            if pkg not in roots:
                deb = fetch_deb(pkg, args.debs, tmp)
                roots[pkg] = os.path.join(tmp, "root-" + pkg)
                versions[pkg] = unpack_deb(deb, roots[pkg])
        pkg_sources = []
        for pkg, reader, where in SOURCES:
            top = roots[pkg]
            if where == "share":
                top = os.path.join(top, "usr", "share")
            src = reader(top)
            src.package = pkg
            pkg_sources.append(src)
    packages = list(roots)

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
    for src in pkg_sources:
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
    for src in pkg_sources:
        count_source(src, model, uni, bi, report)
    count_source(sd, model, seed_uni, bi, report)
    pkg_uni = collections.Counter(uni)
    uni.update(seed_uni)

    # Unigrams.
    src_line = ", ".join("%s %s" % (p, versions[p]) for p in packages)
    tok_line = "; ".join("%s %d" % (n, report[n]["tokens"]) for n in report)
    drop_line = "; ".join(
        "%s %d sentences, %d tokens" % (n, report[n]["dropped"],
                                        report[n]["dropped_tokens"])
        for n in (src.name for src in pkg_sources))
    dupe_line = "; ".join("%s %d" % (src.name, report[src.name]["dupes"])
                          for src in pkg_sources)
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
