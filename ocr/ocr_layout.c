/*
 * ocr_layout.c — page structure from geometry, after recognition.
 *
 * Input: a page whose blocks are plain paragraphs (Tesseract's, or those
 * grouped from a PDF text layer), lines and words with boxes.  Output, in
 * place:
 *   - lines starting with a bullet ("•", "-", "–", "*", ...) or a short
 *     number/letter marker ("1.", "2)", "a)") become DOC_LIST_ITEM blocks,
 *     one per marker, continuation lines kept with their item; the marker
 *     moves from the words to block->marker;
 *   - short blocks whose lines are clearly taller than the page's median
 *     line become DOC_HEADING (level 1 from 1.45×, level 2 from 1.2×; OCR
 *     may already have made bold ones level 3, see ocr_engine.c); headings
 *     neither at the left margin nor centred (table column headers) are
 *     turned back into paragraphs;
 *   - page numbers in the top or bottom margin band ("7", "Sida 7 av 12",
 *     "7 (12)", "- 7 -") and blocks without any letter or digit become
 *     DOC_NOISE;
 *   - a word ending in "-" at a line end followed by a lowercase word on the
 *     next line of the same block is joined (see ocr.h for the encoding);
 *     suspended compounds ("hälso- och sjukvård") are left alone.
 * ocr_layout_running() marks running headers/footers across pages.
 * Provides: ocr_layout_page, ocr_layout_running.
 */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ocr_int.h"
#include "utf8.h"

/* Free the containers of a block whose lines were moved elsewhere. */
static void block_shell_free(DocBlock *b) {
  free(b->lines);
  b->lines = NULL;
  b->nlines = b->cap = 0;
}

/* ---- list items -------------------------------------------------------- */

/* Is w (followed by the word next, or NULL) a list marker?  Copies it into
 * marker (size 16) when it is.  Round bullets that OCR misreads as "«",
 * "»", "¢", "°" or "e" are stored as "•". */
static int list_marker(const char *w, const char *next, char marker[16]) {
  static const char *bullets[] = {"•", "●", "◦", "▪", "■", "·", "-", "–", "*",
                                  "‣", "➢", "✓", NULL};
  static const char *misread[] = {"«", "»", "¢", "°", "©", NULL};
  for (int i = 0; bullets[i]; i++)
    if (strcmp(w, bullets[i]) == 0) {
      snprintf(marker, 16, "%s", w);
      return 1;
    }
  for (int i = 0; misread[i]; i++)
    if (strcmp(w, misread[i]) == 0) {
      snprintf(marker, 16, "•");
      return 1;
    }
  /* "e" is no Swedish word: before a capitalised word it is a bullet */
  if (strcmp(w, "e") == 0 && next &&
      ((next[0] >= 'A' && next[0] <= 'Z') ||
       ((unsigned char)next[0] == 0xC3 && (unsigned char)next[1] >= 0x80 &&
        (unsigned char)next[1] <= 0x9E))) {
    snprintf(marker, 16, "•");
    return 1;
  }
  size_t n = strlen(w);
  if (n >= 2 && n <= 3 && (w[n - 1] == '.' || w[n - 1] == ')')) {
    int digits = 1;
    for (size_t i = 0; i + 1 < n; i++)
      if (!isdigit((unsigned char)w[i])) digits = 0;
    int letter = n == 2 && w[0] >= 'a' && w[0] <= 'z' && w[1] == ')';
    if (digits || letter) {
      snprintf(marker, 16, "%s", w);
      return 1;
    }
  }
  return 0;
}

/* Is every word of l from the second on a figure ("96%", "1 083", "-0,1")?
 * A dash before figures is the "no value" of an empty table cell, not a
 * bullet ("- 96% 91%"). */
static int rest_is_figures(const DocLine *l) {
  for (size_t i = 1; i < l->nwords; i++) {
    /* (a lone dash is a table's empty cell: "- - -" is no list item) */
    size_t m = utf8_minus_len(l->words[i].text);
    if (m && !l->words[i].text[m]) continue;
    int digit = 0;
    for (const unsigned char *c = (const unsigned char *)l->words[i].text; *c; c++) {
      if (isdigit(*c)) digit = 1;
      else if (isalpha(*c) || *c >= 0x80) return 0;
    }
    if (!digit) return 0;
  }
  return 1;
}

/* Is l a table row: a gap wider than three line heights between two of
 * its words, with a figure after it ("- Ekonomi      20,5   -13,7")?  A
 * dash there is part of the row label, not a bullet. */
static int gapped_row(const DocLine *l) {
  for (size_t i = 1; i < l->nwords; i++) {
    const DocWord *a = &l->words[i - 1], *b = &l->words[i];
    float h = b->box.y1 - b->box.y0;
    if (!a->has_box || !b->has_box || b->box.x0 - a->box.x1 < 3 * h) continue;
    for (size_t k = i; k < l->nwords; k++)
      for (const char *c = l->words[k].text; *c; c++)
        if (isdigit((unsigned char)*c)) return 1;
  }
  return 0;
}

/* Is t a figure: digits with signs, brackets, decimal marks or "%" only? */
static int is_figure(const char *t) {
  int digit = 0;
  for (; *t; t++) {
    if (isdigit((unsigned char)*t)) digit = 1;
    else if (!strchr("-+,.%()", *t)) return 0;
  }
  return digit;
}

/* Do two figures of other lines of page p stand level with line l, a gap
 * wider than three line heights to the right of its last word?  A text
 * layer can put the figures of a row whose label wraps with the label's
 * second line, in a block of its own ("- Kommunikation, ledning och" /
 * "styrning 24,5 -22,1"), though they are printed level with its first.
 * (Two, and figures only: a bullet in the left column of a page set in
 * two has a line of the right column beside it.) */
static int figure_beside(const DocPage *p, const DocLine *l) {
  const DocWord *last = &l->words[l->nwords - 1];
  if (!last->has_box) return 0;
  float h = last->box.y1 - last->box.y0;
  int n = 0;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t k = 0; k < p->blocks[b].nlines; k++) {
      const DocLine *o = &p->blocks[b].lines[k];
      if (o == l) continue;
      for (size_t i = 0; i < o->nwords; i++) {
        const DocWord *w = &o->words[i];
        float over = fminf(w->box.y1, last->box.y1) - fmaxf(w->box.y0, last->box.y0);
        if (!w->has_box || over < 0.5f * h || w->box.x0 - last->box.x1 < 3 * h) continue;
        if (is_figure(w->text) && ++n >= 2) return 1;
      }
    }
  return 0;
}

/* Does line l of page p start with a list marker (and have words after
 * it that are not all figures, and no column gap before figures)? */
static int line_marker(const DocPage *p, const DocLine *l, char marker[16]) {
  return l->nwords >= 2 && list_marker(l->words[0].text, l->words[1].text, marker) &&
         !rest_is_figures(l) && !gapped_row(l) && !figure_beside(p, l);
}

/* How split_blocks cuts a block before a line. */
enum { OPEN_NONE, OPEN_PARA, OPEN_ITEM };

/* Rebuild p's blocks: a block with a line marked in open[] (one mark per
 * line of the page, in page order) is cut before each marked line, into a
 * paragraph (OPEN_PARA) or a list item whose marker word is taken off the
 * line (OPEN_ITEM); its first line opens a paragraph unless marked.  Other
 * blocks stay as they are.  Returns 0 or -1 on allocation failure. */
static int split_blocks(DocPage *p, const unsigned char *open) {
  DocPage np;
  memset(&np, 0, sizeof np);
  int err = 0;
  size_t at = 0;
  for (size_t bi = 0; bi < p->nblocks; bi++) {
    DocBlock *b = &p->blocks[bi];
    const unsigned char *mark = open + at;
    at += b->nlines;
    int any = 0;
    for (size_t li = 0; li < b->nlines && !any; li++) any = mark[li] != OPEN_NONE;
    if (!any || err) {                        /* keep the block as it is */
      DocBlock *d = doc_block_add(&np, b->kind);
      if (!d) { err = 1; continue; }
      *d = *b;
      memset(b, 0, sizeof *b);
      continue;
    }
    DocBlock *cur = NULL;
    for (size_t li = 0; li < b->nlines; li++) {
      DocLine *l = &b->lines[li];
      char mk[16];
      int is_item = mark[li] == OPEN_ITEM && list_marker(l->words[0].text, l->words[1].text, mk);
      if (!cur || mark[li] != OPEN_NONE) {
        /* (the parts of a heading are headings: stacked ones split) */
        DocBlockKind kind = is_item ? DOC_LIST_ITEM : b->kind == DOC_HEADING ? DOC_HEADING : DOC_PARA;
        if (!(cur = doc_block_add(&np, kind))) {
          err = 1;
          break;
        }
        if (kind == DOC_HEADING) cur->level = b->level;
        if (is_item) {
          memcpy(cur->marker, mk, sizeof mk);
          doc_line_remove(l, 0);
        }
      }
      DocLine *dl = doc_line_add(cur);
      if (!dl) { err = 1; break; }
      *dl = *l;
      memset(l, 0, sizeof *l);
      if (dl->has_box) doc_box_cover(&cur->box, &cur->has_box, dl->box);
    }
    /* lines not moved (after an allocation failure) are freed with b */
    for (size_t li = 0; li < b->nlines; li++) {
      DocLine *l = &b->lines[li];
      while (l->nwords) doc_line_remove(l, l->nwords - 1);
      free(l->words);
    }
    block_shell_free(b);
  }
  free(p->blocks);
  p->blocks = np.blocks;
  p->nblocks = np.nblocks;
  p->cap = np.cap;
  return err ? -1 : 0;
}

/* One mark per line of p, all OPEN_NONE (NULL when out of memory). */
static unsigned char *line_marks(const DocPage *p) {
  size_t nl = 0;
  for (size_t bi = 0; bi < p->nblocks; bi++) nl += p->blocks[bi].nlines;
  return calloc(nl ? nl : 1, 1);
}

/* Split blocks at list markers.  Returns 0 or -1 on allocation failure. */
static int split_lists(DocPage *p) {
  /* which lines start an item, decided on the whole page before blocks
   * move (figure_beside looks at every block) */
  unsigned char *item = line_marks(p);
  if (!item) return -1;
  size_t at = 0;
  for (size_t bi = 0; bi < p->nblocks; bi++)
    for (size_t li = 0; li < p->blocks[bi].nlines; li++, at++) {
      char mk[16];
      if (p->blocks[bi].kind == DOC_PARA && line_marker(p, &p->blocks[bi].lines[li], mk))
        item[at] = OPEN_ITEM;
    }
  int rc = split_blocks(p, item);
  free(item);
  return rc;
}

/* ---- stacked headings ------------------------------------------------- */

/* Is line x set under line u with a gap of 0.8 of a line's height or
 * more (not the next line of the same text)? */
static int wide_gap(const DocLine *u, const DocLine *x) {
  float h = fmaxf(x->box.y1 - x->box.y0, u->box.y1 - u->box.y0);
  return x->box.y0 - u->box.y1 >= 0.8f * h;
}

/* Does block b stack short lines (at most three, of eight words or fewer)
 * with a wide gap under some line?  Two headings set one under the other
 * ("Socialnämnden" over "Verksamhetsberättelse 2024") come from OCR as
 * one block, a paragraph or, when bold, one heading (mark_bold). */
static int stacked_lines(const DocBlock *b) {
  if ((b->kind != DOC_PARA && b->kind != DOC_HEADING) || b->nlines < 2 || b->nlines > 3)
    return 0;
  int gap = 0;
  for (size_t l = 0; l < b->nlines; l++) {
    const DocLine *x = &b->lines[l];
    if (!x->has_box || x->nwords > 8) return 0;
    if (l > 0) gap |= wide_gap(&b->lines[l - 1], x);
  }
  return gap;
}

/* Split such blocks at their wide gaps.  0, or -1 on allocation failure. */
static int split_stacked(DocPage *p) {
  int any = 0;
  for (size_t bi = 0; bi < p->nblocks && !any; bi++) any = stacked_lines(&p->blocks[bi]);
  if (!any) return 0;
  unsigned char *open = line_marks(p);
  if (!open) return -1;
  size_t at = 0;
  for (size_t bi = 0; bi < p->nblocks; bi++) {
    const DocBlock *b = &p->blocks[bi];
    int stacked = stacked_lines(b);
    for (size_t li = 0; li < b->nlines; li++, at++)
      if (stacked && li > 0 && wide_gap(&b->lines[li - 1], &b->lines[li])) open[at] = OPEN_PARA;
  }
  int rc = split_blocks(p, open);
  free(open);
  return rc;
}

/* ---- headings ---------------------------------------------------------- */

/* qsort comparison for floats, ascending. */
static int cmp_float(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return (x > y) - (x < y);
}

/* Is ln a line of prose: five words or more, at most a third of them
 * with a digit (a table's rows, often set smaller, are not)? */
static int prose_line(const DocLine *ln) {
  size_t dig = 0;
  for (size_t w = 0; w < ln->nwords; w++) dig += strpbrk(ln->words[w].text, "0123456789") != NULL;
  return ln->nwords >= 5 && 3 * dig <= ln->nwords;
}

/* Median height of the page's lines of prose with boxes (of all its
 * lines with boxes when fewer than 3 are prose), 0 when fewer than 3:
 * the body text's height, which a page of tables set smaller would
 * otherwise pull down (and its headings up a level). */
static float median_line_height(const DocPage *p) {
  size_t n = 0;
  for (size_t b = 0; b < p->nblocks; b++) n += p->blocks[b].nlines;
  if (n < 3) return 0;
  float *h = malloc(n * sizeof *h);
  if (!h) return 0;
  size_t m = 0;
  for (int all = 0; all < 2 && m < 3; all++) {
    m = 0;
    for (size_t b = 0; b < p->nblocks; b++)
      for (size_t l = 0; l < p->blocks[b].nlines; l++) {
        const DocLine *ln = &p->blocks[b].lines[l];
        if (ln->has_box && ln->nwords && (all || prose_line(ln))) h[m++] = ln->box.y1 - ln->box.y0;
      }
  }
  float med = 0;
  if (m >= 3) {
    qsort(h, m, sizeof *h, cmp_float);
    med = h[m / 2];
  }
  free(h);
  return med;
}

int ocr_heading_plausible(const DocBlock *b) {
  size_t words = 0;
  int longword = 0, wide_gap = 0;
  for (size_t l = 0; l < b->nlines; l++) {
    const DocLine *ln = &b->lines[l];
    for (size_t w = 0; w < ln->nwords; w++) {
      const DocWord *x = &ln->words[w];
      int letters = 0;
      for (const unsigned char *c = (const unsigned char *)x->text; *c; c++)
        if (isalpha(*c) || *c == 0xC3) letters++;
      if (letters >= 4) longword = 1;
      /* a table of contents' entry ("Sjukfrånvaro..... 20") is no heading */
      if (strstr(x->text, "...") || strstr(x->text, "\u2026")) return 0;
      if (w > 0 && x->has_box && ln->words[w - 1].has_box) {
        const DocWord *v = &ln->words[w - 1];
        float wh = x->box.y1 - x->box.y0, vh = v->box.y1 - v->box.y0;
        float h = wh > vh ? wh : vh;
        if (x->box.x0 - v->box.x1 > 2.5f * h) wide_gap = 1;
      }
      words++;
    }
  }
  if (words == 0 || words > 15 || !longword || wide_gap) return 0;
  const DocLine *last = &b->lines[b->nlines - 1];
  const char *lw = last->nwords ? last->words[last->nwords - 1].text : "";
  size_t n = strlen(lw);
  return !(n && strchr(".,;", lw[n - 1]));
}

/* The page's left text margin: the 10th percentile of line starts, or -1
 * when fewer than 5 lines have boxes. */
static float left_margin(const DocPage *p) {
  size_t n = 0;
  for (size_t b = 0; b < p->nblocks; b++) n += p->blocks[b].nlines;
  float *x = malloc((n ? n : 1) * sizeof *x);
  if (!x) return -1;
  size_t m = 0;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++)
      if (p->blocks[b].lines[l].has_box) x[m++] = p->blocks[b].lines[l].box.x0;
  float r = -1;
  if (m >= 5) {
    qsort(x, m, sizeof *x, cmp_float);
    r = x[m / 10];
  }
  free(x);
  return r;
}

/* Headings start at the left margin or are centred; a bold or tall block
 * elsewhere is a table cell (a column header) and goes back to DOC_PARA. */
static void drop_misplaced_headings(DocPage *p) {
  float left = left_margin(p);
  if (left < 0 || p->width <= 0) return;
  for (size_t bi = 0; bi < p->nblocks; bi++) {
    DocBlock *b = &p->blocks[bi];
    if (b->kind != DOC_HEADING || !b->has_box) continue;
    float centre = (b->box.x0 + b->box.x1) / 2;
    int at_left = b->box.x0 <= left + 0.06f * p->width;
    int centred = centre > p->width * 0.45f && centre < p->width * 0.55f &&
                  b->box.x0 > left + 0.06f * p->width;
    if (!at_left && !centred) {
      b->kind = DOC_PARA;
      b->level = 0;
    }
  }
}

/* Mark short, tall blocks as headings. */
static void find_headings(DocPage *p) {
  float med = median_line_height(p);
  if (med <= 0) {
    drop_misplaced_headings(p);
    return;
  }
  for (size_t bi = 0; bi < p->nblocks; bi++) {
    DocBlock *b = &p->blocks[bi];
    if ((b->kind != DOC_PARA && b->kind != DOC_HEADING) || b->nlines == 0 ||
        b->nlines > 3)
      continue;
    float hs = 0;
    int nb = 0;
    for (size_t l = 0; l < b->nlines; l++) {
      if (b->lines[l].has_box) {
        hs += b->lines[l].box.y1 - b->lines[l].box.y0;
        nb++;
      }
    }
    if (!nb || !ocr_heading_plausible(b)) continue;
    float r = hs / nb / med;
    /* (a bold heading, level 3 already, goes a level up only when much
     * taller: the boxes of one size of 13 pt bold headings over 11 pt
     * text measure 0.9-1.4 times the text's lines, by their letters) */
    int bold = b->kind == DOC_HEADING && b->level == 3;
    if (r >= (bold ? 1.75f : 1.45f)) {
      b->kind = DOC_HEADING;
      b->level = 1;
    } else if (r >= (bold ? 1.45f : 1.2f)) {
      b->kind = DOC_HEADING;
      b->level = 2;
    }
  }
  drop_misplaced_headings(p);
}

/* ---- noise ------------------------------------------------------------- */

/* Is s a non-empty run of ASCII digits? */
static int all_digits(const char *s) {
  if (!*s) return 0;
  for (; *s; s++)
    if (!isdigit((unsigned char)*s)) return 0;
  return 1;
}

/* Does the text of block b look like a page number? */
static int page_number(const DocBlock *b) {
  if (b->nlines != 1) return 0;
  const DocLine *l = &b->lines[0];
  size_t n = l->nwords, digits = 0, other = 0;
  if (n == 0 || n > 4) return 0;
  for (size_t i = 0; i < n; i++) {
    const char *t = l->words[i].text;
    char buf[32];
    size_t k = 0;
    for (const char *c = t; *c && k + 1 < sizeof buf; c++)
      if (*c != '(' && *c != ')' && *c != '-' && *c != '/') buf[k++] = *c;
    buf[k] = '\0';
    if (k == 0) continue;                          /* "-" around the number */
    if (all_digits(buf) && k <= 4) digits++;
    else if (strchr(t, '/') && k <= 8 && isdigit((unsigned char)buf[0])) digits++;
    else if (!strcasecmp(buf, "sida") || !strcasecmp(buf, "av") ||
             !strcasecmp(buf, "s.") || !strcasecmp(buf, "page") ||
             !strcasecmp(buf, "of"))
      other++;
    else return 0;
  }
  return digits >= 1 && digits <= 2;
}

/* Has the block any letter or digit at all? */
static int has_alnum(const DocBlock *b) {
  for (size_t l = 0; l < b->nlines; l++)
    for (size_t w = 0; w < b->lines[l].nwords; w++)
      for (const unsigned char *c = (const unsigned char *)b->lines[l].words[w].text;
           *c; c++)
        if (isalnum(*c) || (*c >= 0xC3 && *c <= 0xC5)) return 1;  /* Latin letters */
  return 0;
}

/* Is block b inside the top or bottom margin band (8% of the page)? */
static int in_margin(const DocPage *p, const DocBlock *b) {
  if (!b->has_box || p->height <= 0) return 0;
  return b->box.y1 < p->height * 0.08f || b->box.y0 > p->height * 0.92f;
}

/* Mark page numbers in the margins and blocks without letters or digits
 * as DOC_NOISE. */
static void find_noise(DocPage *p) {
  for (size_t bi = 0; bi < p->nblocks; bi++) {
    DocBlock *b = &p->blocks[bi];
    if (b->kind == DOC_TABLE || b->kind == DOC_TABLE_ROWS) continue;
    if (!has_alnum(b) || (in_margin(p, b) && page_number(b))) b->kind = DOC_NOISE;
  }
}

/* ---- hyphenation ------------------------------------------------------- */

/* Does s start with a lowercase letter (ASCII or å ä ö é ü)? */
static int starts_lower(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] >= 'a' && u[0] <= 'z') return 1;
  return u[0] == 0xC3 && (u[1] == 0xA5 || u[1] == 0xA4 || u[1] == 0xB6 ||
                          u[1] == 0xA9 || u[1] == 0xBC);
}

/* Words after which "x-" is a suspended compound, not a broken word. */
static int conjunction(const char *s) {
  static const char *w[] = {"och", "eller", "samt", "respektive", "resp",
                            "resp.", "till", "som", "men", "liksom", NULL};
  for (int i = 0; w[i]; i++)
    if (strcmp(s, w[i]) == 0) return 1;
  return 0;
}

/* Join line-end hyphenations inside block b.  0, or -1 out of memory. */
static int join_hyphens(DocBlock *b) {
  for (size_t li = 0; li + 1 < b->nlines; li++) {
    DocLine *l = &b->lines[li], *n = &b->lines[li + 1];
    if (!l->nwords || !n->nwords) continue;
    DocWord *w = &l->words[l->nwords - 1], *v = &n->words[0];
    size_t wl = strlen(w->text);
    if (wl < 3 || w->text[wl - 1] != '-' || (w->flags & DOC_W_HYPHEN_JOINED))
      continue;
    unsigned char before = (unsigned char)w->text[wl - 2];
    if (!(isalpha(before) || before >= 0x80)) continue;
    if (!starts_lower(v->text) || conjunction(v->text)) continue;
    if (!doc_goes_on_below(l, v)) continue;
    size_t vl = strlen(v->text);
    size_t keep = doc_hyphen_kept(w->text, wl, v->text) ? 1 : 0;
    char *joined = malloc(wl - 1 + keep + vl + 1);
    char *orig = malloc(wl + 1);
    if (!joined || !orig) {
      free(joined);
      free(orig);
      return -1;
    }
    memcpy(joined, w->text, wl - 1 + keep);
    memcpy(joined + wl - 1 + keep, v->text, vl + 1);
    memcpy(orig, w->text, wl + 1);
    free(w->text);
    free(w->orig);
    w->text = joined;
    w->orig = orig;
    w->flags |= DOC_W_HYPHEN_JOINED;
    w->space_after = v->space_after;
    if (w->conf >= 0 && v->conf >= 0 && v->conf < w->conf) w->conf = v->conf;
    doc_line_remove(n, 0);
    if (n->nwords == 0) {                          /* drop the empty line */
      free(n->words);
      memmove(n, n + 1, (b->nlines - li - 2) * sizeof *n);
      b->nlines--;
    }
  }
  return 0;
}

RensaStatus ocr_layout_page(DocPage *p, RensaErr *e) {
  if (split_lists(p) != 0 || split_stacked(p) != 0)
    return rensa_err_set(e, RENSA_E_NOMEM, NULL, p->number, "out of memory");
  find_headings(p);
  find_noise(p);
  for (size_t bi = 0; bi < p->nblocks; bi++) {
    DocBlock *b = &p->blocks[bi];
    if ((b->kind == DOC_PARA || b->kind == DOC_LIST_ITEM) && join_hyphens(b))
      return rensa_err_set(e, RENSA_E_NOMEM, NULL, p->number, "out of memory");
  }
  return RENSA_OK;
}

/* ---- running headers and footers --------------------------------------- */

/* Write block b's text with digits as '#' into buf (size n). */
static void block_key(const DocBlock *b, char *buf, size_t n) {
  size_t k = 0;
  for (size_t l = 0; l < b->nlines; l++)
    for (size_t w = 0; w < b->lines[l].nwords; w++)
      for (const char *c = b->lines[l].words[w].text; *c && k + 2 < n; c++)
        buf[k++] = isdigit((unsigned char)*c) ? '#' : *c;
  buf[k] = '\0';
}

void ocr_layout_running(Doc *d, size_t first, size_t n) {
  size_t end = first + n < d->npages ? first + n : d->npages;
  for (size_t pi = first; pi < end; pi++) {
    DocPage *p = &d->pages[pi];
    for (size_t bi = 0; bi < p->nblocks; bi++) {
      DocBlock *b = &p->blocks[bi];
      if (b->nlines != 1 || !in_margin(p, b) || b->kind == DOC_TABLE) continue;
      char key[256], other[256];
      block_key(b, key, sizeof key);
      if (strlen(key) < 3) continue;
      int hit = 0;
      for (size_t qi = first; qi < end && !hit; qi++) {
        if (qi == pi) continue;
        DocPage *q = &d->pages[qi];
        for (size_t ci = 0; ci < q->nblocks && !hit; ci++) {
          DocBlock *c = &q->blocks[ci];
          if (c->nlines != 1 || !in_margin(q, c)) continue;
          block_key(c, other, sizeof other);
          hit = strcmp(key, other) == 0;
        }
      }
      if (hit) b->kind = DOC_NOISE;
    }
  }
}
