/*
 * fix_layout.c — repairs above the word: words hyphenated at line ends are
 * joined (only when the joined word is a word), whole-token rules ("|" for
 * "I") applied, a slash read as a stroke between two words restored
 * ("JalNej"), a stacked header's two words run together split
 * ("Prognoshelar"), and stray OCR noise tokens ("|", "_", "¢" mid-line)
 * dropped.
 */
#include <stdlib.h>
#include <string.h>

#include "fix_internal.h"
#include "utf8.h"

/* Characters that on their own are OCR specks, never text. */
static int noise_char(uint32_t c) {
  static const uint32_t set[] = {'|', '_', '~', '=', '^', '\\', '{', '}', '<', '>',
                                 0xA6, 0xAB, 0xBB, '*', 0xAE, 0xA9, 0xA2, 0xB0,
                                 0x2022, '`', 0};
  for (int i = 0; set[i]; i++)
    if (set[i] == c) return 1;
  return 0;
}

static int is_noise_token(const char *t) {
  size_t i = 0, n = strlen(t), len;
  int noise = 0;
  while (i < n) {
    uint32_t c = utf8_decode(t + i, n - i, &len);
    if (uc_is_letter(c) || uc_is_digit(c)) return 0;
    noise |= noise_char(c);
    i += len;
  }
  return noise;
}

int fix_ends_sentence(const char *t) {
  size_t l = strlen(t);
  return l && strchr(".!?:", t[l - 1]) != NULL;
}

/* Does t end in a letter (a word, not a number or a sign)? */
static int ends_letter(const char *t) { return uc_is_letter(utf8_last(t, strlen(t))); }

/* Whole-token rules; returns 1 if w was rewritten. */
/* A number as tables print it: digits with , . separators and a sign. */
static int is_number(const char *t) {
  int digits = 0;
  if (*t == '-' || *t == '+') t++;
  for (; *t; t++) {
    if (*t >= '0' && *t <= '9') digits++;
    else if (*t != ',' && *t != '.') return 0;
  }
  return digits > 0;
}

static int word_rules(DocWord *w, const DocWord *prev, const DocWord *next,
                      const DictRules *rules, FixReport *r, int page, int *err) {
  if (!rules->word_first[(unsigned char)w->text[0]]) return 0; /* no rule's token */
  for (size_t i = 0; i < rules->nwords; i++) {
    const DictWordRule *wr = &rules->words[i];
    /* (the first byte inline: most tokens here share none with most rules) */
    if (w->text[0] != wr->from[0] || strcmp(w->text, wr->from)) continue;
    if (strcmp(wr->cond, "lower-next") == 0 && !(next && utf8_starts_lower(next->text)))
      continue;
    if (strcmp(wr->cond, "after-number") == 0 && !(prev && is_number(prev->text)))
      continue;
    /* Before a lowercase word, at a sentence's start or inside one: "| budgeten"
     * opens a sentence with "I", "arbetet | kommunen" is the preposition "i";
     * a bar beside numbers (a table's column rule) matches neither. */
    int starts = !prev || fix_ends_sentence(prev->text);
    if (strcmp(wr->cond, "sentence-start") == 0 &&
        !(starts && next && utf8_starts_lower(next->text)))
      continue;
    if (strcmp(wr->cond, "mid-sentence") == 0 &&
        !(!starts && ends_letter(prev->text) && next && utf8_starts_lower(next->text)))
      continue;
    char why[64];
    snprintf(why, sizeof why, "word %s→%s (%s)", wr->from, wr->to, wr->cond);
    if (fix_report_add(r, page, w, 0, w->text, wr->to, why,
                       "whole-token rule", 0.9f) ||
        doc_word_set(w, wr->to))
      *err = 1;
    return 1;
  }
  return 0;
}

/* An acronym's last I read small ("SFi" for "SFI"): two capitals or
 * more (ASCII) and a closing i, punctuation after it allowed.  Returns 1
 * if w was rewritten, -1 when out of memory. */
static int acronym_i(DocWord *w, FixReport *r, int page) {
  const char *t = w->text;
  size_t caps = strspn(t, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
  if (caps < 2 || t[caps] != 'i' || (t[caps + 1] && !strchr(".,:;)", t[caps + 1]))) return 0;
  char fixed[64];
  size_t n = strlen(t);
  if (n >= sizeof fixed) return 0;
  memcpy(fixed, t, n + 1);
  fixed[caps] = 'I';
  if (fix_report_add(r, page, w, (int)caps, t, fixed, "acronym-i",
                     "an acronym's capital I read small", 0.9f) ||
      doc_word_set(w, fixed))
    return -1;
  return 1;
}

/* A speck read as "!" after a word that a small letter goes on from
 * ("Andel! godkända kurser"): no sentence ends there.  Returns 1 if w was
 * rewritten, -1 when out of memory. */
static int bang_speck(DocWord *w, const DocWord *next, FixReport *r, int page) {
  const char *t = w->text;
  size_t n = strlen(t);
  if (n < 4 || t[n - 1] != '!' || !next || !utf8_starts_lower(next->text)) return 0;
  size_t len;
  for (size_t i = 0; i < n - 1; i += len)
    if (!uc_is_letter(utf8_decode(t + i, n - 1 - i, &len))) return 0;
  char fixed[128];
  if (n >= sizeof fixed) return 0;
  memcpy(fixed, t, n - 1);
  fixed[n - 1] = '\0';
  if (fix_report_add(r, page, w, (int)utf8_len(t, n - 1), t, fixed, "drop-noise",
                     "a speck read as \"!\" before a small letter", 0.9f) ||
      doc_word_set(w, fixed))
    return -1;
  return 1;
}

/* A slash between two words read as l, I or | ("(JalNej)", "(JaINej)"
 * for "(Ja/Nej)"): a token that is no word, made of a word ending in
 * lower case, one or two such strokes and a word starting with a capital.
 * Returns 1 if w was rewritten, -1 when out of memory. */
static int slash_read(DocWord *w, FixReport *r, int page, FixJudge judge, void *ctx) {
  const char *t = w->text;
  size_t n = strlen(t), b = 0, e = n;
  /* (first one pass for a stroke before a capital, from the fourth byte
   * on: without one nothing below can match, and nearly every word has
   * none) */
  size_t k = 3;
  while (k < n && !(t[k] >= 'A' && t[k] <= 'Z' &&
                    (t[k - 1] == 'l' || t[k - 1] == 'I' || t[k - 1] == '|')))
    k++;
  if (k >= n) return 0;
  while (b < n && strchr("([\"'", t[b])) b++;
  while (e > b && strchr(")].,;:!?\"'", t[e - 1])) e--;
  if (e - b < 5 || e - b >= 128 || n >= 256) return 0;
  for (size_t i = b + 2; i + 1 < e; i++) {
    size_t j = i;
    /* (the three strokes tested inline: asked at every letter of every word) */
    while (j < e && j < i + 2 && (t[j] == 'l' || t[j] == 'I' || t[j] == '|')) j++;
    /* the stroke follows a lower-case letter and stands before a capital */
    if (j == i || j >= e || !(t[i - 1] >= 'a' && t[i - 1] <= 'z') ||
        !(t[j] >= 'A' && t[j] <= 'Z') || e - j < 2)
      continue;
    char core[128], x[128], y[128];
    snprintf(core, sizeof core, "%.*s", (int)(e - b), t + b);
    snprintf(x, sizeof x, "%.*s", (int)(i - b), t + b);
    snprintf(y, sizeof y, "%.*s", (int)(e - j), t + j);
    if (judge(ctx, core) || !judge(ctx, x) || !judge(ctx, y)) return 0;
    char out[512];
    snprintf(out, sizeof out, "%.*s%s/%s%s", (int)b, t, x, y, t + e);
    if (fix_report_add(r, page, w, 0, w->text, out, "slash-read",
                       "a slash read as a stroke between two words", 0.8f) ||
        doc_word_set(w, out))
      return -1;
    return 1;
  }
  return 0;
}

/* An e-mail address whose "@" was read as another mark ("E-post:
 * bjorn.jarburQale.se", "kulturfritidDbergsjo.se", "miljobygg(Ohallestad.se"):
 * one such stand-in and no "@" in a token of lowercase letters, digits
 * and . _ - whose part after the stand-in is a domain (a dot, a last
 * label of 2-6 letters).  Swedish words have no capital inside small
 * letters.  Returns 1 if w was rewritten, -1 when out of memory. */
static int at_read(DocWord *w, FixReport *r, int page) {
  static const char *const stand_in[] = {"(D", "(Q", "(O", "\xc2\xa9", "\xc2\xae", "D", "Q", "O"};
  const char *t = w->text, *q = NULL;
  size_t len = strlen(t), n = len, ql = 0;
  while (n && strchr(".,;:)", t[n - 1])) n--;   /* the sentence's mark */
  /* (a domain's dot first: most words have none, and are done) */
  if (!memchr(t, '.', n) || strchr(t, '@') || len >= 256) return 0;
  for (size_t k = 0; k < sizeof stand_in / sizeof *stand_in && !q; k++)
    if ((q = strstr(t, stand_in[k])) != NULL) {
      ql = strlen(stand_in[k]);
      if (strstr(q + ql, stand_in[k])) return 0;
    }
  if (!q || q == t || (size_t)(q - t) + ql >= n) return 0;
  size_t dot = 0, label = 0;
  for (size_t i = 0; i < n; i++) {
    char c = t[i];
    if (t + i >= q && t + i < q + ql) continue;
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || strchr("._-", c))) return 0;
    if (t + i > q && c == '.') dot = i, label = 0;
    else if (t + i > q) label = c >= 'a' && c <= 'z' ? label + 1 : 99;
  }
  if (!dot || label < 2 || label > 6 || t + dot == q + ql) return 0;
  char out[256];
  snprintf(out, sizeof out, "%.*s@%s", (int)(q - t), t, q + ql);
  if (fix_report_add(r, page, w, 0, w->text, out, "at-read",
                     "an e-mail address's @ read as another mark", 0.9f) ||
      doc_word_set(w, out))
    return -1;
  return 1;
}

/* Punctuation that may follow a word ("lungräddning."). */
static const char word_end_marks[] = ".,;:!?)\"'";

/* The words d prints with a hyphen inside a line (not joined at a line
 * end), as the keys of a map: each word's text up to its end and up to
 * each punctuation mark in it ("kund-index" of "kund-index.").  What
 * doc_prints asks, made once for the document as read: asking the
 * document for each line-end hyphen went through all its words each
 * time.  NULL when out of memory. */
static StrMap *hyphened_words(const Doc *d) {
  StrMap *m = strmap_new(256);
  for (size_t p = 0; m && p < d->npages; p++)
    for (size_t b = 0; m && b < d->pages[p].nblocks; b++) {
      const DocBlock *bl = &d->pages[p].blocks[b];
      for (size_t l = 0; m && l < bl->nlines; l++)
        for (size_t w = 0; m && w < bl->lines[l].nwords; w++) {
          const DocWord *x = &bl->lines[l].words[w];
          const char *t = x->text, *hy = strchr(t, '-');
          if ((x->flags & DOC_W_HYPHEN_JOINED) || !hy) continue;
          for (size_t n = (size_t)(hy - t) + 1;; n++) {
            if ((!t[n] || strchr(word_end_marks, t[n])) && strmap_put(m, t, n, 1)) {
              strmap_free(m);
              m = NULL;
            }
            if (!m || !t[n]) break;
          }
        }
    }
  return m;
}

/* Does the document (its hyphened_words, hy) print word[0, n), a word
 * with a hyphen, inside a line, not joined at a line end? */
static int doc_prints(const StrMap *hy, const char *word, size_t n) {
  uint32_t v;
  return strmap_get(hy, word, n, &v);
}

/* c lowercase with å and ä as a, ö as o: the marks the OCR loses.  (Not
 * dict_fold's: é stays é, a stand-in, not an e.) */
static uint32_t fold_mark(uint32_t c) {
  c = uc_lower(c);
  return c == 0xE5 || c == 0xE4 ? 'a' : c == 0xF6 ? 'o' : c;
}

/* s[0, n) folded by fold_mark into out (cap bytes); 0 when it holds
 * anything but letters. */
static size_t fold_plain(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0, i = 0, len;
  while (i < n) {
    uint32_t c = fold_mark(utf8_decode(s + i, n - i, &len));
    i += len;
    if (!uc_is_letter(c) || o + 4 >= cap) return 0;
    o += utf8_encode(c, out + o);
  }
  out[o] = '\0';
  return o;
}

/* A month's abbreviation, "jan" .. "dec" (folded). */
static int month_abbrev(const char *s, size_t n) {
  static const char m[] = "jan feb mar apr maj jun jul aug sep okt nov dec ";
  for (const char *p = m; *p; p += 4)
    if (n == 3 && !memcmp(p, s, 3)) return 1;
  return 0;
}

/* Is s[0, n) a word of a stacked table header: one of the joined rule's
 * words (list; compared with the marks folded away, "helar" is "helår"),
 * or a range of months ("jan-aug", "jan–aug")? */
static int header_word(const char *list, const char *s, size_t n) {
  char f[64], g[64];
  const char *dash = NULL;
  size_t dl = 0;
  for (size_t i = 0; i < n && !dash; i++)
    if ((dl = utf8_minus_len(s + i)) != 0) dash = s + i;
  if (dash) {
    size_t a = fold_plain(s, (size_t)(dash - s), f, sizeof f),
           b = fold_plain(dash + dl, n - (size_t)(dash - s) - dl, g, sizeof g);
    return a && b && month_abbrev(f, a) && month_abbrev(g, b);
  }
  size_t fl = fold_plain(s, n, f, sizeof f);
  if (!fl) return 0;
  for (const char *p = list; *p;) {
    while (*p == ' ') p++;
    size_t pl = strcspn(p, " ");
    if (pl && fold_plain(p, pl, g, sizeof g) == fl && !memcmp(f, g, fl)) return 1;
    p += pl;
  }
  return 0;
}

/* The bytes of t[0, n) that are word[0, wl) with the marks folded away
 * ("Progn" ... of "Prognoshelar" for "prognos"); 0 when t does not begin
 * so. */
static size_t folded_prefix(const char *t, size_t n, const char *word, size_t wl) {
  size_t i = 0, j = 0, li, lj;
  while (j < wl) {
    if (i >= n) return 0;
    if (fold_mark(utf8_decode(t + i, n - i, &li)) != fold_mark(utf8_decode(word + j, wl - j, &lj)))
      return 0;
    i += li;
    j += lj;
  }
  return i;
}

/* Two words of a stacked table header that the OCR ran together into one
 * token ("Prognoshelar" for "Prognos" over "helår", "Utfalljan-aug"): a
 * token no word reads that is two header words (header_word) is split in
 * two, and the word stage mends each.  1 when split, -1 on failure. */
static int split_joined(const char *list, DocLine *l, size_t wi, FixReport *r, int page,
                        FixJudge judge, void *ctx) {
  const char *t = l->words[wi].text;
  size_t n = strlen(t), len;
  if (!*list || n < 6 || !uc_is_letter(utf8_decode(t, n, &len))) return 0;
  /* (the head first, one of the list's words: most tokens begin as none
   * does, and are done with after a few letters) */
  for (const char *p = list; *p;) {
    while (*p == ' ') p++;
    size_t pl = strcspn(p, " ");
    size_t at = folded_prefix(t, n, p, pl);
    p += pl;
    if (!at || n - at < 3 || !header_word(list, t + at, n - at)) continue;
    if (judge(ctx, t)) return 0; /* a word after all */
    char before[128], after[130];
    if (n >= sizeof before) return 0;
    memcpy(before, t, n + 1);
    memcpy(after, t, at);
    after[at] = ' ';
    memcpy(after + at + 1, t + at, n - at + 1);
    /* (a box parted in proportion to the letters) */
    const DocWord *w = &l->words[wi];
    float cut = w->has_box ? w->box.x0 + (w->box.x1 - w->box.x0) * (float)utf8_len(t, at) /
                                             (float)utf8_len(t, n)
                           : 0;
    if (doc_word_split(l, wi, at, cut, cut)) return -1;
    l->words[wi + 1].src_col += (int)utf8_len(before, at);
    if (fix_report_add(r, page, &l->words[wi], 0, before, after, "split-joined",
                       "two words of a stacked table header run together (confusions.rules: joined)",
                       0.9f))
      return -1;
    return 1;
  }
  return 0;
}

/* Join the last word of line l with the first of line l + 1 when the last
 * ends in a hyphen and the joined word is a word.  The hyphen stays when
 * the document prints the word with it inside a line (hyw, its
 * hyphened_words: "kund-" +
 * "index" beside "Nöjd kund-index"). */
static int join_hyphen(const StrMap *hyw, DocLine *l, DocLine *nx, FixReport *r, int page,
                       FixJudge judge, void *ctx) {
  if (!l->nwords || !nx->nwords) return 0;
  DocWord *w = &l->words[l->nwords - 1];
  DocWord *n = &nx->words[0];
  size_t wl = strlen(w->text);
  if (wl < 3 || w->text[wl - 1] != '-' || w->text[wl - 2] == '-') return 0;
  if (!utf8_starts_lower(n->text) || !doc_goes_on_below(l, n)) return 0;
  char joined[512], core[512];
  int keep = doc_hyphen_kept(w->text, wl, n->text);
  if (!keep) {
    char hy[512];
    size_t nl = strlen(n->text);
    while (nl && strchr(word_end_marks, n->text[nl - 1])) nl--;
    int hl = snprintf(hy, sizeof hy, "%s%.*s", w->text, (int)nl, n->text);
    keep = nl && hl > 0 && (size_t)hl < sizeof hy && doc_prints(hyw, hy, (size_t)hl);
  }
  snprintf(joined, sizeof joined, "%.*s%s", (int)(wl - 1 + keep), w->text, n->text);
  /* Judge the letters only: leading/trailing punctuation does not matter. */
  size_t b = 0, e = strlen(joined), len;
  while (b < e) {
    uint32_t c = utf8_decode(joined + b, e - b, &len);
    if (uc_is_letter(c) || uc_is_digit(c)) break;
    b += len;
  }
  while (e > b && !((unsigned char)joined[e - 1] >= 0x80 ||
                    ((joined[e - 1] | 32) >= 'a' && (joined[e - 1] | 32) <= 'z') ||
                    (joined[e - 1] >= '0' && joined[e - 1] <= '9')))
    e--;
  snprintf(core, sizeof core, "%.*s", (int)(e - b), joined + b);
  /* With the hyphen kept, the part after it must be a word on its own. */
  const char *judged = keep ? strrchr(core, '-') + 1 : core;
  if ((!keep && strchr(core, '-')) || !judge(ctx, judged)) return 0;
  char before[512];
  snprintf(before, sizeof before, "%s %s", w->text, n->text);
  if (fix_report_add(r, page, w, 0, before, joined, "hyphen-join",
                     "the joined word is a word", 0.9f))
    return -1;
  char *orig = w->orig ? NULL : strdup(w->text);
  if (doc_word_set(w, joined)) {
    free(orig);
    return -1;
  }
  free(orig);
  w->flags |= DOC_W_HYPHEN_JOINED;
  doc_line_remove(nx, 0);
  return 1;
}

/* A word a PDF's text layer hyphenated at a line end, joined by the page
 * layout (ocr_layout.c, which has no dictionary): when the joined word is
 * no word, the part after the hyphen is one, and the document prints the
 * word with its hyphen elsewhere inside a line ("hjärt-" + "lungräddning"
 * beside "hjärt-lungräddning"), the hyphen is the word's own and goes
 * back.  (On an OCR'd page too: a join that is no word for a misread
 * letter, "utveck-" + "ting", is not printed with a hyphen elsewhere.) */
static int hyphen_back(const StrMap *hyw, DocWord *w, FixReport *r, int page, FixJudge judge,
                       void *ctx) {
  if (!(w->flags & DOC_W_HYPHEN_JOINED) || !w->orig) return 0;
  size_t ol = strlen(w->orig), tl = strlen(w->text);
  if (ol < 3 || w->orig[ol - 1] != '-' || tl < ol + 2 || strncmp(w->text, w->orig, ol - 1) ||
      w->text[ol - 1] == '-')
    return 0;
  const char *tail = w->text + ol - 1;
  char core[512], tcore[256];
  size_t e = strlen(w->text);
  while (e > ol && strchr(word_end_marks, w->text[e - 1])) e--;
  snprintf(core, sizeof core, "%.*s", (int)e, w->text);
  snprintf(tcore, sizeof tcore, "%.*s", (int)(e - (ol - 1)), tail);
  if (utf8_len(tcore, strlen(tcore)) < 3 || judge(ctx, core) || !judge(ctx, tcore)) return 0;
  char out[512];
  snprintf(out, sizeof out, "%s%s", w->orig, tail);
  if (!doc_prints(hyw, out, strlen(w->orig) + strlen(tcore))) return 0;
  if (fix_report_add(r, page, w, 0, w->text, out, "hyphen-kept",
                     "the joined word is no word; the document prints it with the hyphen",
                     0.8f) ||
      doc_word_set(w, out))
    return -1;
  return 1;
}

/* What may follow a percent sign in its token: a bracket's end, a stop. */
#define PCT_TAIL ").,;:"

/* Where the figure ends in a token "3,9%", "(5%)" or "-2,2%,": the
 * offset of its percent sign, 0 for another token. */
static size_t tight_percent(const char *t) {
  const char *p = t;
  if (*p == '(') p++;
  if (*p == '-' || *p == '+') p++;
  const char *digits = p;
  while ((*p >= '0' && *p <= '9') || ((*p == ',' || *p == '.') && p[1] >= '0' && p[1] <= '9')) p++;
  if (p == digits || *p != '%' || p[-1] < '0' || p[-1] > '9') return 0;
  for (const char *q = p + 1; *q; q++)
    if (!strchr(PCT_TAIL, *q)) return 0;
  return (size_t)(p - t);
}

/* Percent signs set apart from their figures ("3,9 %") in the text
 * pages of d. */
static size_t spaced_percents(const Doc *d) {
  size_t n = 0;
  for (size_t p = 0; p < d->npages; p++) {
    const DocPage *pg = &d->pages[p];
    if (pg->width > 0) continue;
    for (size_t bi = 0; bi < pg->nblocks; bi++)
      for (size_t li = 0; li < pg->blocks[bi].nlines; li++) {
        const DocLine *l = &pg->blocks[bi].lines[li];
        for (size_t wi = 1; wi < l->nwords; wi++) {
          const char *t = l->words[wi].text, *pt = l->words[wi - 1].text;
          size_t pl = strlen(pt);
          n += t[0] == '%' && (!t[1] || strchr(PCT_TAIL, t[1])) && pl && pt[pl - 1] >= '0' && pt[pl - 1] <= '9';
        }
      }
  }
  return n;
}

/* OCR text loses the space between a figure and its percent sign about
 * half the time and never makes one: where the document sets two percent
 * signs apart, it sets them all apart ("3,9%" is "3,9 %"), in tables and
 * text alike.  (Rendered Swedish reports: 0 of 55 spaced where the truth
 * spaces none, the rest spaced throughout.)  Text pages only: a scan's
 * boxes measure the gap. */
static int percent_spaces(Doc *d, FixReport *r) {
  size_t spaced = spaced_percents(d);
  if (spaced < 2) return 0;
  char ev[96];
  snprintf(ev, sizeof ev, "the document sets %zu percent signs apart from their figures", spaced);
  for (size_t p = 0; p < d->npages; p++) {
    DocPage *pg = &d->pages[p];
    if (pg->width > 0) continue;
    for (size_t bi = 0; bi < pg->nblocks; bi++) {
      if (pg->blocks[bi].kind == DOC_NOISE) continue;
      for (size_t li = 0; li < pg->blocks[bi].nlines; li++) {
        DocLine *l = &pg->blocks[bi].lines[li];
        for (size_t wi = 0; wi < l->nwords; wi++) {
          size_t at = tight_percent(l->words[wi].text);
          if (!at) continue;
          char before[64], after[66];
          const char *t = l->words[wi].text;
          size_t n = strlen(t);
          if (n >= sizeof before) continue;
          memcpy(before, t, n + 1);
          snprintf(after, sizeof after, "%.*s %s", (int)at, t, t + at);
          if (doc_word_split(l, wi, at, 0, 0)) return -1;
          l->words[wi + 1].src_col += (int)at;
          if (fix_report_add(r, pg->number, &l->words[wi], 0, before, after, "percent-space", ev, 0.9f))
            return -1;
          wi++;
        }
      }
    }
  }
  return 0;
}

RensaStatus fix_layout(Doc *d, FixReport *r, FixJudge judge, void *ctx,
                       const DictRules *rules, RensaErr *e) {
  StrMap *hyw = hyphened_words(d);
  int err = !hyw;
  for (size_t p = 0; p < d->npages && !err; p++) {
    DocPage *pg = &d->pages[p];
    int ocr_text = pg->from_ocr || pg->width <= 0;
    for (size_t bi = 0; bi < pg->nblocks && !err; bi++) {
      DocBlock *b = &pg->blocks[bi];
      if (b->kind == DOC_NOISE || b->kind == DOC_TABLE) continue;
      for (size_t li = 0; li < b->nlines && !err; li++) {
        DocLine *l = &b->lines[li];
        for (size_t wi = 0; wi < l->nwords && !err;) {
          DocWord *w = &l->words[wi];
          const DocWord *next = wi + 1 < l->nwords ? &l->words[wi + 1]
                                : li + 1 < b->nlines && b->lines[li + 1].nwords
                                    ? &b->lines[li + 1].words[0]
                                    : NULL;
          /* The previous word may end the line above. */
          const DocWord *prev = wi > 0 ? &l->words[wi - 1]
                                : li > 0 && b->lines[li - 1].nwords
                                    ? &b->lines[li - 1].words[b->lines[li - 1].nwords - 1]
                                    : NULL;
          /* a text layer holds what the author wrote: no token rules */
          if (ocr_text && word_rules(w, prev, next, rules, r, pg->number, &err)) {
            wi++;
            continue;
          }
          if (ocr_text && (slash_read(w, r, pg->number, judge, ctx) < 0 ||
                           at_read(w, r, pg->number) < 0 || acronym_i(w, r, pg->number) < 0 ||
                           bang_speck(w, next, r, pg->number) < 0))
            err = 1;
          if (hyphen_back(hyw, w, r, pg->number, judge, ctx) < 0) err = 1;
          if (ocr_text && split_joined(dict_rules_joined(rules), l, wi, r, pg->number, judge, ctx) < 0)
            err = 1;
          w = &l->words[wi]; /* (the split may move the line's words) */
          /* (an equals sign between a word and a figure on its line is
           * the writer's: "n = 35", "1 euro = 11,20 kr"; between figures,
           * a table row's "94% = 96%", it is a speck) */
          int equation = !strcmp(w->text, "=") && wi > 0 && wi + 1 < l->nwords &&
                         ends_letter(l->words[wi - 1].text) &&
                         l->words[wi + 1].text[0] >= '0' && l->words[wi + 1].text[0] <= '9';
          if (!equation && is_noise_token(w->text)) {
            if (fix_report_add(r, pg->number, w, 0, w->text, "", "drop-noise",
                               "a token of OCR specks", 0.9f))
              err = 1;
            doc_line_remove(l, wi);
            continue;
          }
          wi++;
        }
        if ((b->kind == DOC_PARA || b->kind == DOC_LIST_ITEM || b->kind == DOC_CELL) &&
            li + 1 < b->nlines &&
            join_hyphen(hyw, l, &b->lines[li + 1], r, pg->number, judge, ctx) < 0)
          err = 1;
      }
    }
  }
  strmap_free(hyw);
  if (!err && percent_spaces(d, r)) err = 1;
  if (err) return rensa_err_set(e, RENSA_E_NOMEM, d->source, 0, "out of memory");
  return RENSA_OK;
}
