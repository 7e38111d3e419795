/*
 * tab_geom.c — tab_build_geom: tables found among positioned words (PDF
 * text layer or OCR boxes) on one page (see tables.h).
 *
 * The page's words are regrouped into visual lines (by vertical centre),
 * and each line into segments at horizontal gaps wider than a space could
 * be.  A table region is a run of lines with two or more segments, with the
 * one-segment lines between them (wrapped cells).  Columns come from the
 * segments of the most common segment count, by merging their x ranges;
 * other segments join the column they overlap most, or open a new one.
 * Rows come from the vertical gaps: lines closer than the gap between rows
 * are lines of one row (a wrapped label, a multi-line header or text cell),
 * so cells are read whole, never line by line across columns.  Each region
 * becomes a DOC_TABLE block in place of the words it covers, at the
 * position of the first block it touches (reading order).  Before all
 * this, tables drawn as grids of the page's ruling lines (p->rules, see
 * tab_lattice.c) take their words; a page turned a quarter skips that.
 */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "tab_internal.h"
#include "tables.h"
#include "utf8.h"

typedef struct GWord {
  DocBox b;
  float base;               /* OCR baseline, 0 unknown */
  size_t blk, line, word;   /* where the word lives in the page */
  const char *text;
  float conf;               /* OCR confidence, -1 unknown */
} GWord;

typedef struct GSeg {
  float x0, x1;
  size_t w0, nw;            /* words (indexes into the line's word order) */
  int col, col2;            /* first and last column it covers */
  int num;                  /* all its words are numbers */
  int sub;                  /* 1: in the second row of a split header */
  int drop;                 /* not part of the table after all */
} GSeg;

typedef struct GLine {
  size_t *w;                /* indexes into the GWord array, left to right */
  size_t nw, cap;
  float y0, y1, yc, h;
  float key;                /* mean word_key of its words */
  float base;               /* median OCR baseline of its words, 0 unknown */
  GSeg *seg;
  size_t nseg;
  int region;               /* region index, -1 none */
  int lower;                /* the first word starts with a small letter */
} GLine;

/* ---- helpers ---------------------------------------------------------- */

static int cmp_float(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return (x > y) - (x < y);
}

/* The array the qsort comparators index; per thread, as convert runs
 * several inputs at once. */
static _Thread_local const GWord *gw_sort_base;
static _Thread_local int gw_by_base;   /* words are grouped by baseline */

/* Where a word sits in its line: its OCR baseline when every word of the
 * page has one, else its vertical centre. */
static float word_key(const GWord *w) {
  return gw_by_base ? w->base : (w->b.y0 + w->b.y1) / 2;
}

/* qsort: word indexes by word_key, then left edge. */
static int cmp_word_yc(const void *a, const void *b) {
  const GWord *x = &gw_sort_base[*(const size_t *)a];
  const GWord *y = &gw_sort_base[*(const size_t *)b];
  float cx = word_key(x), cy = word_key(y);
  if (cx != cy) return (cx > cy) - (cx < cy);
  return (x->b.x0 > y->b.x0) - (x->b.x0 < y->b.x0);
}

/* qsort: word indexes by left edge. */
static int cmp_word_x(const void *a, const void *b) {
  const GWord *x = &gw_sort_base[*(const size_t *)a];
  const GWord *y = &gw_sort_base[*(const size_t *)b];
  return (x->b.x0 > y->b.x0) - (x->b.x0 < y->b.x0);
}

/* qsort: lines top to bottom. */
static int cmp_line_y(const void *a, const void *b) {
  const GLine *x = a, *y = b;
  return (x->yc > y->yc) - (x->yc < y->yc);
}

/* Append word index w to line l; 0, or -1 on allocation failure. */
static int line_push(GLine *l, size_t w) {
  if (l->nw == l->cap) {
    size_t nc = l->cap ? l->cap * 2 : 8;
    size_t *p = realloc(l->w, nc * sizeof *p);
    if (!p) return -1;
    l->w = p;
    l->cap = nc;
  }
  l->w[l->nw++] = w;
  return 0;
}

/* A number or a lone dash ("no value"). */
static int is_numword(const char *t) {
  TabTokKind k = tab_tok_kind(t);
  return k == TAB_TOK_NUM || k == TAB_TOK_DASH;
}

/* Is t a run of leader dots ("........", "…….") that only guides the
 * eye from a label to its number? */
static int is_leader(const char *t) {
  size_t n = 0;
  for (const unsigned char *u = (const unsigned char *)t; *u;) {
    if (*u == '.' || *u == '_') {
      u++;
    } else if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xA6) {
      u += 3;
    } else {
      return 0;
    }
    n++;
  }
  return n >= 3;
}

/* ---- lines and segments ----------------------------------------------- */

/* The median OCR baseline of line l's words, or 0 when a word has none
 * (text-layer words: their boxes are the font's, already even). */
static float line_base(const GWord *gw, const GLine *l) {
  float b[64];
  size_t n = 0;
  for (size_t k = 0; k < l->nw && n < 64; k++) {
    if (gw[l->w[k]].base <= 0) return 0;
    b[n++] = gw[l->w[k]].base;
  }
  if (!n) return 0;
  qsort(b, n, sizeof *b, cmp_float);
  return b[n / 2];
}

/* Give line l the geometry of word w alone. */
static void line_take(GLine *l, const GWord *w) {
  l->y0 = w->b.y0;
  l->y1 = w->b.y1;
  l->yc = (w->b.y0 + w->b.y1) / 2;
  l->key = word_key(w);
  l->h = w->b.y1 - w->b.y0;
}

/* A new line after the nl of L, with word w's geometry (no words yet). */
static GLine *line_open(GLine *L, size_t *nl, const GWord *w) {
  GLine *l = &L[(*nl)++];
  line_take(l, w);
  l->region = -1;
  return l;
}

/* Group words into lines by vertical centre, or by OCR baseline when every
 * word has one (a comma's or a "j"'s descender moves a word's centre: in
 * a header whose cells' lines are set half a line apart, "Nej," went to
 * the next cell's line and "Om" was left a column of its own); fills
 * *lines (sorted top to bottom, words left to right).  Returns the count,
 * or (size_t)-1. */
static size_t make_lines(const GWord *gw, size_t nw, GLine **lines) {
  size_t *ord = malloc((nw ? nw : 1) * sizeof *ord);
  GLine *L = calloc(nw ? nw : 1, sizeof *L);
  size_t nl = 0;
  if (!ord || !L) goto fail;
  for (size_t i = 0; i < nw; i++) ord[i] = i;
  gw_by_base = nw > 0;
  for (size_t i = 0; i < nw && gw_by_base; i++) gw_by_base = gw[i].base > 0;
  gw_sort_base = gw;
  qsort(ord, nw, sizeof *ord, cmp_word_yc);
  /* a glyph far shorter than the words ("-" alone in a cell) may be a
   * line of its own for the OCR, with a baseline of its own: by baseline
   * it joins the line whose box holds its centre afterwards */
  float hsmall = 0;
  if (gw_by_base) {
    float *hs = malloc(nw * sizeof *hs);
    if (!hs) goto fail;
    for (size_t i = 0; i < nw; i++) hs[i] = gw[i].b.y1 - gw[i].b.y0;
    qsort(hs, nw, sizeof *hs, cmp_float);
    hsmall = 0.5f * hs[nw / 2];
    free(hs);
  }
  for (size_t k = 0; k < nw; k++) {
    const GWord *w = &gw[ord[k]];
    float yc = (w->b.y0 + w->b.y1) / 2, h = w->b.y1 - w->b.y0, key = word_key(w);
    if (h < hsmall) continue;
    GLine *cur = nl ? &L[nl - 1] : NULL;
    float lim = cur ? 0.35f * fminf(cur->h, h) : 0;
    /* a glyph much shorter than the line (OCR boxes of "-", ",", "·") sits
     * anywhere inside it: it joins the line its centre falls within */
    int small = cur && h < 0.5f * cur->h && yc > cur->y0 && yc < cur->y1;
    /* and a line so far made of such glyphs takes the first full word
     * whose box holds them, and its geometry */
    if (cur && cur->h < 0.5f * h && cur->yc > w->b.y0 && cur->yc < w->b.y1) {
      line_take(cur, w);
      small = 1;
    }
    if (!cur || (!small && fabsf(key - cur->key) > lim)) {
      cur = line_open(L, &nl, w);
    } else if (!small) {
      if (w->b.y0 < cur->y0) cur->y0 = w->b.y0;
      if (w->b.y1 > cur->y1) cur->y1 = w->b.y1;
      cur->yc = (cur->yc * (float)cur->nw + yc) / (float)(cur->nw + 1);
      cur->key = (cur->key * (float)cur->nw + key) / (float)(cur->nw + 1);
      if (h > cur->h) cur->h = h;
    }
    if (line_push(cur, ord[k])) goto fail;
  }
  for (size_t k = 0; hsmall > 0 && k < nw; k++) {
    const GWord *w = &gw[ord[k]];
    float yc = (w->b.y0 + w->b.y1) / 2;
    if (!(w->b.y1 - w->b.y0 < hsmall)) continue;
    GLine *in = NULL;
    for (size_t i = 0; i < nl; i++)
      if (yc > L[i].y0 && yc < L[i].y1 &&
          (!in || fabsf(yc - L[i].yc) < fabsf(yc - in->yc)))
        in = &L[i];
    if (!in) in = line_open(L, &nl, w);
    if (line_push(in, ord[k])) goto fail;
  }
  for (size_t i = 0; i < nl; i++) {
    qsort(L[i].w, L[i].nw, sizeof *L[i].w, cmp_word_x);
    L[i].base = line_base(gw, &L[i]);
    /* (a box the OCR doubted that reaches into the next line, "Utfall" at
     * 29 holding the "2" of the "2026" under it, gives the line no height:
     * the words read with confidence do, where there are any) */
    float hc = 0;
    for (size_t k = 0; k < L[i].nw; k++) {
      const GWord *w = &gw[L[i].w[k]];
      if (w->conf < 0 || w->conf >= 50) hc = fmaxf(hc, w->b.y1 - w->b.y0);
    }
    if (hc > 0) L[i].h = hc;
  }
  qsort(L, nl, sizeof *L, cmp_line_y);
  free(ord);
  *lines = L;
  return nl;
fail:
  free(ord);
  if (L)
    for (size_t i = 0; i < nl; i++) free(L[i].w);
  free(L);
  return (size_t)-1;
}

/* How many other lines within ANCHOR_WIN lines of line li have a word
 * edge at x (within 1 unit): a left edge after a gap (or a line start) when
 * left, else a right edge before a gap (or a line end); only words that
 * are figures when nums.  Aligned edges down a page are what columns are
 * made of. */
#define ANCHOR_WIN 25
static int anchor_count(const GWord *gw, const GLine *L, size_t nl, size_t li,
                        float x, int left, int nums) {
  size_t a = li > ANCHOR_WIN ? li - ANCHOR_WIN : 0;
  size_t z = li + ANCHOR_WIN < nl ? li + ANCHOR_WIN : nl - 1;
  int n = 0;
  for (size_t q = a; q <= z; q++) {
    if (q == li) continue;
    const GLine *l = &L[q];
    for (size_t k = 0; k < l->nw; k++) {
      const DocBox *b = &gw[l->w[k]].b;
      float e = left ? b->x0 : b->x1;
      if (fabsf(e - x) > 1.0f || (nums && !is_numword(gw[l->w[k]].text))) continue;
      float gap;
      if (left)
        gap = k == 0 ? 1e9f : b->x0 - gw[l->w[k - 1]].b.x1;
      else
        gap = k + 1 == l->nw ? 1e9f : gw[l->w[k + 1]].b.x0 - b->x1;
      if (gap > 0.4f * l->h) {
        n++;
        break;
      }
    }
  }
  return n;
}

/* Is x on line li in a river of white: do the two (up to four) lines
 * just below li, or just above it, in the same block of lines, have no
 * word across x?  The gap
 * between two columns runs down the table; a gap in justified text is
 * covered by the words of the lines around it. */
static int is_river(const GWord *gw, const GLine *L, size_t nl, size_t li,
                    float x) {
  for (int dir = -1; dir <= 1; dir += 2) {
    int lines = 0, cross = 0;
    for (int d = 1; d <= 4; d++) {
      long q = (long)li + dir * d, p = q - dir;
      if (q < 0 || q >= (long)nl) break;
      /* stay within the block: a wide gap ends it */
      float gap = dir > 0 ? L[q].y0 - L[p].y1 : L[p].y0 - L[q].y1;
      if (gap > 1.5f * L[li].h) break;
      for (size_t k = 0; k < L[q].nw; k++) {
        const DocBox *b = &gw[L[q].w[k]].b;
        if (b->x0 < x && b->x1 > x) cross = 1;
      }
      if (cross) break;
      lines++;
    }
    if (lines >= 2) return 1;
  }
  return 0;
}

/* The page's word space: the median gap between two words of a line
 * narrower than the line's height (column gaps are wider).  A monospaced
 * font's space is over half a line height, a proportional font's a
 * quarter.  0 when there are no such gaps. */
static float word_space(const GWord *gw, const GLine *L, size_t nl) {
  size_t n = 0, k = 0;
  for (size_t i = 0; i < nl; i++) n += L[i].nw;
  float *g = malloc((n ? n : 1) * sizeof *g);
  if (!g) return 0;
  for (size_t i = 0; i < nl; i++)
    for (size_t j = 1; j < L[i].nw; j++) {
      float d = gw[L[i].w[j]].b.x0 - gw[L[i].w[j - 1]].b.x1;
      if (d > 0 && d < L[i].h) g[k++] = d;
    }
  float m = 0;
  if (k >= 20) {
    qsort(g, k, sizeof *g, cmp_float);
    m = g[k / 2];
  }
  free(g);
  return m;
}

/* Cut line li into segments.  A gap between two words is a cell boundary
 * when it is very wide (over two line heights), when it is wider than
 * half a line height between two numbers, or also wider than one and a
 * half word spaces (space) next to a number or wider than one and a half line
 * heights between words (unless the line is justified text, which spreads
 * all its gaps alike, and the gap is no wider than the others), when a
 * river of white runs through a gap over half a line height (evenly
 * spaced one-word header cells look like justified text), or when it
 * is wider than a generous word space and the next word starts, or the
 * previous one ends, where words of at least two other lines do (an
 * aligned column edge). */
/* Could a and b be a number and its next thousands group: a head of one
 * to three digits (a sign before it) and a group of exactly three, its
 * decimals after it? */
static int thousands_pair(const char *a, const char *b) {
  size_t d = 0, n = strlen(a);
  while (d < n && !(a[d] >= '0' && a[d] <= '9')) d++;
  if (d > 3 || n - d < 1 || n - d > 3 || strspn(a + d, "0123456789") != n - d) return 0;
  /* (the group may carry the decimals: "1 612,0") */
  size_t bl = strlen(b);
  if (strspn(b, "0123456789") != 3) return 0;
  return bl == 3 || ((b[3] == ',' || b[3] == '.') && bl > 4 && strspn(b + 4, "0123456789") == bl - 4);
}

/* Is word k of line l a percent sign set apart after its figure ("6,1 %")? */
static int percent_after_figure(const GWord *gw, const GLine *l, size_t k) {
  return k > 0 && strcmp(gw[l->w[k]].text, "%") == 0 &&
         tab_tok_kind(gw[l->w[k - 1]].text) == TAB_TOK_NUM;
}

static int make_segments(const GWord *gw, GLine *L, size_t nl, size_t li,
                         float space) {
  GLine *l = &L[li];
  l->seg = calloc(l->nw ? l->nw : 1, sizeof *l->seg);
  if (!l->seg) return -1;
  /* a justified line: three or more gaps, all about the same width */
  float gmin = 1e9f, gmax = 0;
  int alpha = 0;
  for (size_t k = 1; k < l->nw; k++) {
    float g = gw[l->w[k]].b.x0 - gw[l->w[k - 1]].b.x1;
    gmin = fminf(gmin, g);
    gmax = fmaxf(gmax, g);
  }
  /* (a percent sign set apart after its figure is part of the number: a
   * row of "70 %" cells is no prose) */
  for (size_t k = 0; k < l->nw; k++)
    alpha += !is_numword(gw[l->w[k]].text) && !percent_after_figure(gw, l, k);
  int justified = l->nw >= 4 && gmin > 0 && gmax <= 1.7f * gmin &&
                  alpha * 2 > (int)l->nw;
  /* a line of many words is prose unless a river says otherwise (a wider
   * gap after a full stop is no column edge) */
  int prose = alpha >= 6 && alpha * 4 > 3 * (int)l->nw;
  for (size_t i = 0; i < l->nw; i++) {
    const GWord *w = &gw[l->w[i]];
    GSeg *s = l->nseg ? &l->seg[l->nseg - 1] : NULL;
    int cut = !s;
    if (s) {
      float g = w->b.x0 - gw[l->w[i - 1]].b.x1, h = l->h;
      float mid = (w->b.x0 + gw[l->w[i - 1]].b.x1) / 2;
      float wide = fmaxf(0.55f * h, 1.5f * space);
      /* a thousands group after its head ("1 120") on a scan: OCR boxes
       * of figures are as tall as the digits and the space between them
       * reads as wide as 0.56 of that; columns of figures stand further
       * apart.  (A text layer's boxes are as tall as the type.) */
      int group = w->conf >= 0 && thousands_pair(gw[l->w[i - 1]].text, w->text) &&
                  g <= 0.9f * h;
      if (g > 2.0f * h) cut = 1;
      else if (group) cut = 0;
      else if (g > 0.55f * h && !prose && (!justified || g > 1.7f * gmin) &&
               (g > 1.5f * h || (g > wide && is_numword(w->text)) ||
                (tab_tok_kind(w->text) == TAB_TOK_NUM &&
                 tab_tok_kind(gw[l->w[i - 1]].text) == TAB_TOK_NUM) ||
                (g > wide && is_numword(gw[l->w[i - 1]].text))))
        cut = 1;
      else if (g > wide && is_river(gw, L, nl, li, mid)) cut = 1;
      /* (a line of words with a gap of a line and a half before a
       * capital, no sentence ending before it and the line not justified:
       * a header's cells, "Investeringsområde" and "Budget 2026"
       * right-aligned over its figures, no prose) */
      else if (prose && !justified && g > 1.5f * h && !tab_ends_mark(gw[l->w[i - 1]].text) &&
               !utf8_starts_lower(w->text))
        cut = 1;
      /* (edges shared with the lines around: the word starts a left-
       * aligned column, ends a right-aligned column of figures ("Jan"
       * over "1 210"), or the word before ends a column) */
      else if (g > wide &&
               (anchor_count(gw, L, nl, li, w->b.x0, 1, 0) >= 2 ||
                anchor_count(gw, L, nl, li, w->b.x1, 0, 1) >= 2 ||
                anchor_count(gw, L, nl, li, gw[l->w[i - 1]].b.x1, 0, 0) >= 2))
        cut = 1;
    }
    /* a number and the lower-case word after it ("40 years", "5 mg")
     * read as one unless far apart */
    if (cut && s && s->nw >= 1 && i > 0 &&
        w->b.x0 - gw[l->w[i - 1]].b.x1 < 1.2f * l->h &&
        tab_tok_kind(gw[l->w[i - 1]].text) == TAB_TOK_NUM &&
        w->text[0] >= 'a' && w->text[0] <= 'z')
      cut = 0;
    /* a section sign after a decision's date and its comma ("2025-04-28,"
     * "§", its number wrapped to the line below) is that reference's */
    if (cut && s && i > 0 && !strcmp(w->text, "\u00a7") && w->b.x0 - gw[l->w[i - 1]].b.x1 < 1.2f * l->h) {
      const char *pt = gw[l->w[i - 1]].text;
      size_t pl = strlen(pt);
      if (pl >= 2 && pt[pl - 1] == ',' && pt[pl - 2] >= '0' && pt[pl - 2] <= '9') cut = 0;
    }
    if (cut) {
      s = &l->seg[l->nseg++];
      s->x0 = w->b.x0;
      s->w0 = i;
      s->nw = 0;
      s->num = 1;
      s->col = -1;
    }
    s->x1 = w->b.x1;
    s->nw++;
    /* (a percent sign set apart, "6,1 %", belongs to its figure) */
    if (!is_numword(w->text) && !(s->nw >= 2 && percent_after_figure(gw, l, i)))
      s->num = 0;
  }
  return 0;
}

/* Is segment s of line l three digits alone, under a figure of one to
 * three digits (a sign allowed) that ends the same column's cell on line
 * p, every other cell of l going on in small letters: the figure's
 * thousands a narrow cell wrapped ("-14" / "600" for "-14 600", beside
 * "Prognostiserad budgetavvikelse" / "helår (tkr)")? */
static int wrapped_group(const GWord *gw, const GLine *p, const GLine *l, size_t s) {
  const GSeg *g = &l->seg[s];
  const char *t = gw[l->w[g->w0]].text;
  if (g->nw != 1 || strlen(t) != 3 || !isdigit((unsigned char)t[0]) || !isdigit((unsigned char)t[1]) ||
      !isdigit((unsigned char)t[2]))
    return 0;
  int above = 0;
  for (size_t k = 0; k < p->nseg && !above; k++) {
    const GSeg *a = &p->seg[k];
    if (a->col != g->col || !a->num || a->nw != 1) continue;
    const char *u = gw[p->w[a->w0]].text;
    size_t m = 0;
    u += utf8_minus_len(u);
    while (isdigit((unsigned char)u[m])) m++;
    above = m >= 1 && m <= 3 && !u[m];
  }
  if (!above) return 0;
  for (size_t k = 0; k < l->nseg; k++) {
    if (k == s) continue;
    if (l->seg[k].num || !utf8_starts_lower(gw[l->w[l->seg[k].w0]].text)) return 0;
  }
  return 1;
}

/* Does line l hold a number segment? */
static int line_has_num(const GLine *l) {
  for (size_t s = 0; s < l->nseg; s++)
    if (l->seg[s].num) return 1;
  return 0;
}

/* Is segment s of line l a single year (1900-2099), as headers have? */
/* Is t[0, n) a year, 1900-2099? */
static int year_text(const char *t, size_t n) {
  return n == 4 && (strncmp(t, "19", 2) == 0 || strncmp(t, "20", 2) == 0) &&
         t[2] >= '0' && t[2] <= '9' && t[3] >= '0' && t[3] <= '9';
}

static int seg_is_year(const GWord *gw, const GLine *l, const GSeg *s) {
  if (s->nw != 1) return 0;
  const char *t = gw[l->w[s->w0]].text;
  size_t n = strlen(t);
  /* (a year in brackets, "(2023)", is a header's too: "Utfall 2024" over
   * "(2023)", the year of the figures in brackets below) */
  if (n == 6 && t[0] == '(' && t[5] == ')') t++, n = 4;
  return year_text(t, n);
}

/* ---- one region --------------------------------------------------------- */

typedef struct Col {
  float x0, x1;
} Col;

/* qsort: columns left to right. */
static int cmp_col(const void *a, const void *b) {
  const Col *x = a, *y = b;
  return (x->x0 > y->x0) - (x->x0 < y->x0);
}

/* Overlap of [a0,a1] and [b0,b1]. */
static float overlap(float a0, float a1, float b0, float b1) {
  float o = fminf(a1, b1) - fmaxf(a0, b0);
  return o > 0 ? o : 0;
}

/* Do segments a and b overlap by frac of the narrower or more? */
static int segs_overlap(const GSeg *a, const GSeg *b, float frac) {
  return overlap(a->x0, a->x1, b->x0, b->x1) >= frac * fminf(a->x1 - a->x0, b->x1 - b->x0);
}

/* Join word texts of segment s of line l onto *dst (owned), separated by a
 * space; a word ending in '-' joins the next line's word directly unless
 * that word is a conjunction ("arbetsmarknads- och"). */
static int cell_append(char **dst, float *conf, const GWord *gw,
                       const GLine *l, const GSeg *s, int newline) {
  for (size_t k = 0; k < s->nw; k++) {
    const GWord *w = &gw[l->w[s->w0 + k]];
    const char *t = w->text;
    /* the cell is as sure as its least sure word; unknown wins */
    if (*dst == NULL || (*conf >= 0 && (w->conf < 0 || w->conf < *conf)))
      *conf = w->conf;
    size_t a = *dst ? strlen(*dst) : 0, b = strlen(t), cl;
    int glue = 0;
    if (a && newline && k == 0 && (*dst)[a - 1] == '-' && a >= 2 &&
        (*dst)[a - 2] != ' ' && strcmp(t, "och") && strcmp(t, "eller") &&
        strcmp(t, "samt") && strcmp(t, "and") && strcmp(t, "or"))
      glue = 1;
    /* a range broken after its dash ("åk 4–" / "6", "jan–" / "aug"), or
     * a stretch between two places ("Ekeryd–" / "Lövstaby"): a dash set
     * close to the word before it (a dash between clauses stands apart) */
    if (a >= 4 && newline && k == 0 && !strcmp(*dst + a - 3, "\u2013") &&
        (*dst)[a - 4] != ' ' &&
        (((*dst)[a - 4] >= '0' && (*dst)[a - 4] <= '9' && t[0] >= '0' && t[0] <= '9') ||
         uc_is_letter(utf8_decode(t, b, &cl))))
      glue = 1;
    char *n = realloc(*dst, a + b + 2);
    if (!n) return -1;
    if (a && !glue) n[a++] = ' ';
    memcpy(n + a, t, b + 1);
    *dst = n;
  }
  return 0;
}

/* Is segment g of line l one mark of punctuation that OCR read with
 * doubt (a speck of the scan: "-" and ":" read at confidence 45 and 51 in
 * 003's header made a column of their own)?  It makes no column, but goes
 * in the cell nearest to it like any other segment: a dash printed in an
 * empty cell is read with such doubt too. */
static int speck_seg(const GWord *gw, const GLine *l, const GSeg *g) {
  if (g->nw != 1) return 0;
  const GWord *w = &gw[l->w[g->w0]];
  if (w->conf < 0 || w->conf >= 60) return 0;
  for (const unsigned char *t = (const unsigned char *)w->text; *t; t++)
    if ((*t >= '0' && *t <= '9') || (*t >= 'A' && *t <= 'Z') ||
        (*t >= 'a' && *t <= 'z') || *t >= 0x80)
      return 0;
  return 1;
}

static int rule_between(const GLine *L, size_t j, float rx0, float rx1,
                        const DocBox *rules, size_t nrules);

/* Does segment g of line l end in a hyphen or dash ("4–")? */
static int ends_in_dash(const GWord *gw, const GLine *l, const GSeg *g) {
  const char *t = gw[l->w[g->w0 + g->nw - 1]].text;
  size_t n = strlen(t);
  return (n >= 1 && t[n - 1] == '-') || (n >= 3 && !strcmp(t + n - 3, "\u2013"));
}

/* Does segment g of line l end in a comma? */
static int ends_in_comma(const GWord *gw, const GLine *l, const GSeg *g) {
  const char *t = gw[l->w[g->w0 + g->nw - 1]].text;
  size_t n = strlen(t);
  return n >= 2 && t[n - 1] == ',';
}

/* Is segment g of line l a text cell's line (three words or more, no
 * figure) that ends in a word no cell ends in ("och", "för att": the open
 * words of table-words.rules), written in small letters and with nothing
 * after it? */
static int runs_on(const GWord *gw, const GLine *l, const GSeg *g, const TabRules *words) {
  if (g->nw < 3 || g->num) return 0;
  const char *t = gw[l->w[g->w0 + g->nw - 1]].text;
  size_t n = strlen(t);
  return n && t[n - 1] != ',' && t[n - 1] != ':' && utf8_starts_lower(t) &&
         tab_rules_match(words, TAB_RULE_OPEN, t);
}

/* Column c + 1 of *ncol becomes part of column c: its x range joins c's
 * and the segments of lines L[first..last] are numbered anew. */
static void merge_column(GLine *L, size_t first, size_t last, Col *col, size_t *ncol,
                         size_t c) {
  col[c].x0 = fminf(col[c].x0, col[c + 1].x0);
  col[c].x1 = fmaxf(col[c].x1, col[c + 1].x1);
  memmove(col + c + 1, col + c + 2, (*ncol - c - 2) * sizeof *col);
  (*ncol)--;
  for (size_t i = first; i <= last; i++)
    for (size_t s = 0; s < L[i].nseg; s++) {
      GSeg *g = &L[i].seg[s];
      if ((size_t)g->col > c) g->col--;
      if ((size_t)g->col2 > c) g->col2--;
    }
}

/* The end of the chain of pieces of a rule drawn cell by cell that starts
 * at crules[a] (pieces sorted by height and left edge, each meeting the
 * one before end to end at its height): the index after its last. */
static size_t chain_end(const DocBox *crules, size_t ncrules, size_t a) {
  size_t z = a + 1;
  while (z < ncrules && fabsf(crules[z].y0 - crules[z - 1].y0) <= 0.3f &&
         fabsf(crules[z].x0 - crules[z - 1].x1) <= 0.5f)
    z++;
  return z;
}

/* The columns of a rule drawn cell by cell (crules, ncrules: the page's
 * pieces of lines that meet end to end, sorted by height and left edge)
 * inside lines L[first..last], when it names more columns than the words
 * do (col[0..ncol-1], sorted): the cells nobody wrote in (003's "Ja" column
 * followed by three empty ones, each as narrow as an empty cell) are
 * columns all the same.  Used when the rule spans the table and every
 * column of words lies inside one piece, no two in the same piece (a
 * piece over two columns is a spanning header's, not a column).  Returns
 * the pieces as columns (malloc'd, *nout of them) or NULL. */
static Col *cell_rule_columns(const GLine *L, size_t first, size_t last, const Col *col,
                              size_t ncol, const DocBox *crules, size_t ncrules,
                              size_t *nout) {
  if (!ncrules || !ncol) return NULL;
  float h = L[first].h, top = L[first].y0 - 0.5f * h, bot = L[last].y1, tol = 0.25f * h;
  for (size_t a = 0; a < ncrules;) {
    size_t z = chain_end(crules, ncrules, a);   /* the chain crules[a..z-1] */
    float y = 0.5f * (crules[a].y0 + crules[a].y1);
    /* (a piece narrower than half a line is where a vertical border
     * crosses, drawn with the rule: no cell) */
    Col *pc = malloc((z - a) * sizeof *pc);
    if (!pc) return NULL;
    size_t n = 0;
    for (size_t k = a; k < z; k++)
      if (crules[k].x1 - crules[k].x0 >= 0.5f * h) pc[n++] = (Col){crules[k].x0, crules[k].x1};
    int fits = n > ncol && y >= top && y <= bot && crules[a].x0 <= col[0].x0 + tol &&
               crules[z - 1].x1 >= col[ncol - 1].x1 - tol;
    unsigned char *used = fits ? calloc(n, 1) : NULL;
    for (size_t c = 0; c < ncol && used; c++) {
      size_t k = 0;
      while (k < n && !(pc[k].x0 - tol <= col[c].x0 && col[c].x1 <= pc[k].x1 + tol)) k++;
      if (k == n || used[k]) fits = 0;
      else used[k] = 1;
      if (!fits) break;
    }
    /* (an empty piece wider than a cell's padding is a spacer between
     * groups of columns, no column: ICDAR's us-017) */
    size_t m = 0;
    for (size_t k = 0; k < n && fits; k++)
      if (used[k] || pc[k].x1 - pc[k].x0 < 1.5f * h) pc[m++] = pc[k];
    free(used);
    if (fits && m > ncol) {
      *nout = m;
      return pc;
    }
    free(pc);
    a = z;
  }
  return NULL;
}

/* Build the table of lines L[first..last] (the page's ruling lines rules,
 * nrules; the rule words of table-words.rules, words); returns it or
 * NULL. */
static DocTable *region_table(const GWord *gw, GLine *L, size_t first,
                              size_t last, const DocBox *rules, size_t nrules,
                              const DocBox *crules, size_t ncrules,
                              const TabRules *words) {
  /* columns: cluster the segments' x ranges, taking the lines with the
   * most segments first (a header naming every column, a full data row);
   * a segment joins the one cluster it overlaps by at least 30% of the
   * narrower of the two, opens a new cluster when it overlaps none, and is
   * left out when it overlaps several (a spanning header cell) */
  size_t nlines = last - first + 1, maxcol = 0;
  size_t *lord = malloc(nlines * sizeof *lord);
  if (!lord) return NULL;
  for (size_t i = 0; i < nlines; i++) {
    lord[i] = first + i;
    maxcol += L[first + i].nseg;
  }
  for (size_t i = 1; i < nlines; i++) {   /* stable: most segments first */
    size_t x = lord[i], j = i;
    while (j > 0 && L[lord[j - 1]].nseg < L[x].nseg) {
      lord[j] = lord[j - 1];
      j--;
    }
    lord[j] = x;
  }
  Col *col = calloc(maxcol + 1, sizeof *col);
  if (!col) {
    free(lord);
    return NULL;
  }
  size_t ncol = 0;
  for (size_t q = 0; q < nlines; q++) {
    GLine *l = &L[lord[q]];
    for (size_t s = 0; s < l->nseg; s++) {
      GSeg *g = &l->seg[s];
      if (speck_seg(gw, l, g)) continue;
      int hit = -1, nhit = 0;
      for (size_t c = 0; c < ncol; c++) {
        float o = overlap(g->x0, g->x1, col[c].x0, col[c].x1);
        float w = fminf(g->x1 - g->x0, col[c].x1 - col[c].x0);
        if (o > 0 && o >= 0.3f * w) {
          hit = (int)c;
          nhit++;
        }
      }
      if (nhit == 0) {
        col[ncol++] = (Col){g->x0, g->x1};
      } else if (nhit == 1) {
        col[hit].x0 = fminf(col[hit].x0, g->x0);
        col[hit].x1 = fmaxf(col[hit].x1, g->x1);
      }
    }
  }
  free(lord);
  qsort(col, ncol, sizeof *col, cmp_col);
  size_t nrc = 0;
  Col *rc = cell_rule_columns(L, first, last, col, ncol, crules, ncrules, &nrc);
  int ruled = rc != NULL;
  if (rc) {
    free(col);
    col = rc;
    ncol = nrc;
  }
  /* assign: the column overlapped most; a spanning segment goes to the
   * first column it covers well (spanned labels sit top-left) */
  for (size_t i = first; i <= last; i++)
    for (size_t s = 0; s < L[i].nseg; s++) {
      GSeg *g = &L[i].seg[s];
      int pick = -1, well = -1;
      float best = 0;
      for (size_t c = 0; c < ncol; c++) {
        float o = overlap(g->x0, g->x1, col[c].x0, col[c].x1);
        float w = fminf(g->x1 - g->x0, col[c].x1 - col[c].x0);
        if (well < 0 && o > 0 && o >= 0.3f * w) well = (int)c;
        if (o > best) {
          best = o;
          pick = (int)c;
        }
      }
      if (pick < 0) {   /* in a gap: the nearest column */
        float dbest = 1e9f;
        for (size_t c = 0; c < ncol; c++) {
          float dd = fminf(fabsf(g->x0 - col[c].x1), fabsf(col[c].x0 - g->x1));
          if (dd < dbest) {
            dbest = dd;
            pick = (int)c;
          }
        }
      }
      g->col = well >= 0 ? well : pick < 0 ? 0 : pick;
      g->col2 = g->col;
      for (size_t c = (size_t)g->col + 1; c < ncol; c++) {
        float o = overlap(g->x0, g->x1, col[c].x0, col[c].x1);
        float w = fminf(g->x1 - g->x0, col[c].x1 - col[c].x0);
        if (o > 0 && o >= 0.3f * w) g->col2 = (int)c;
      }
    }
  /* two neighbouring columns that never share a line, one of them with
   * one or two cells only, are one column (a header set off from the
   * column it names: "Organism" centred over left-aligned names) */
  for (int again = 1; again && ncol >= 2;) {
    again = 0;
    size_t *cnt = calloc(ncol, sizeof *cnt);
    unsigned char *co = calloc(ncol, 1);  /* c and c+1 share a line */
    if (!cnt || !co) {
      free(cnt);
      free(co);
      break;
    }
    for (size_t i = first; i <= last; i++) {
      for (size_t s = 0; s < L[i].nseg; s++) {
        cnt[L[i].seg[s].col]++;
        for (size_t u = 0; u < L[i].nseg; u++)
          if (L[i].seg[u].col == L[i].seg[s].col + 1) co[L[i].seg[s].col] = 1;
      }
    }
    /* (the first line with a figure that is no year: the body's) */
    size_t body = last + 1;
    for (size_t i = first; i <= last && body > last; i++)
      for (size_t s = 0; s < L[i].nseg; s++)
        if (L[i].seg[s].num && !seg_is_year(gw, &L[i], &L[i].seg[s])) body = i;
    for (size_t c = 0; c + 1 < ncol && !again; c++) {
      /* (... and so are two whose ranges overlap, however many cells each
       * has: one right-aligned column whose cell lost its last glyph to
       * the OCR, "16,8" for "16,8 %" above "145", set apart from the
       * rest and splitting it; or, on a line they share, when one of
       * them is a header's only: a stacked header cell whose words the
       * OCR set apart, "(budget" and "utfall)" of "(budget - utfall)"
       * with its dash lost, under "Avvikelse") */
      if (col[c].x1 > col[c + 1].x0 && cnt[c] && cnt[c + 1]) {
        int head_only[2] = {1, 1};
        for (size_t i = body; i <= last; i++)
          for (size_t s = 0; s < L[i].nseg; s++)
            for (int k = 0; k < 2; k++)
              if ((size_t)L[i].seg[s].col == c + (size_t)k) head_only[k] = 0;
        if (!co[c] || head_only[0] || head_only[1]) {
          merge_column(L, first, last, col, &ncol, c);
          again = 1;
          break;
        }
      }
      if (co[c] || !cnt[c] || !cnt[c + 1]) continue;
      if (cnt[c] > 2 && cnt[c + 1] > 2) continue;
      /* (a header stands above its column, a foot below it; a lone cell
       * between the lines of its neighbour's wrapped text, and set apart
       * from it, is a cell of its own: 003's "vidtagits" beside a long
       * comment) */
      size_t sm = cnt[c] <= cnt[c + 1] ? c : c + 1, big = sm == c ? c + 1 : c;
      size_t bfirst = SIZE_MAX, blast = 0;
      int inside = 0;
      for (size_t i = first; i <= last; i++)
        for (size_t s = 0; s < L[i].nseg; s++)
          if ((size_t)L[i].seg[s].col == big) {
            if (bfirst == SIZE_MAX) bfirst = i;
            blast = i;
          }
      for (size_t i = first; i <= last && bfirst != SIZE_MAX; i++)
        for (size_t s = 0; s < L[i].nseg; s++)
          if ((size_t)L[i].seg[s].col == sm && i > bfirst && i < blast) inside = 1;
      /* (... set apart from it: a wrapped header's last word centred
       * under it reaches into its column, "Change in recent / years**") */
      /* (... nor a column of short values set apart, under a header row
       * whose wrapped cell beside it is the big one: 003's "Ja" rows
       * under "Avvikelser kring utfört städ | | omfattas 23 stycken ...") */
      int below = 1;
      for (size_t i = first; i <= last && below; i++)
        for (size_t s = 0; s < L[i].nseg; s++)
          if ((size_t)L[i].seg[s].col == sm && i <= blast) below = 0;
      float apart = fmaxf(col[sm].x0 - col[big].x1, col[big].x0 - col[sm].x1);
      if ((inside || (below && sm < big && apart > 0.5f * L[first].h)) && apart > 0) continue;
      merge_column(L, first, last, col, &ncol, c);
      again = 1;
    }
    free(cnt);
    free(co);
  }
  /* On a scan, a column of header words alone beside one under a header
   * with the body's cells, close to it (the OCR set apart the words of one
   * wrapped header cell: "An a" | "i med kelse" over "38,6 %" for "Andel
   * med avvikelse"), is part of it.  (A text layer's header-only column is
   * the writer's: 003's columns no row fills.) */
  int scanned = 0;
  for (size_t i = first; i <= last && !scanned; i++)
    scanned = L[i].nw && gw[L[i].w[0]].conf >= 0;
  for (int again = scanned && ncol >= 3; again;) {
    again = 0;
    size_t body = last + 1;
    for (size_t i = first; i <= last && body > last; i++)
      for (size_t s = 0; s < L[i].nseg; s++)
        if (L[i].seg[s].num && !seg_is_year(gw, &L[i], &L[i].seg[s])) body = i;
    if (body > last) break;
    for (size_t c = 0; c < ncol && !again; c++) {
      int head = 0, in_body = 0, nb_body[2] = {0, 0};
      const char *rhead = NULL;   /* the first header word right of it */
      for (size_t i = first; i <= last; i++)
        for (size_t s = 0; s < L[i].nseg; s++) {
          size_t gc = (size_t)L[i].seg[s].col;
          if (gc == c && i < body) head = 1;
          if (gc == c && i >= body) in_body = 1;
          if (i >= body && c > 0 && gc == c - 1) nb_body[0] = 1;
          if (i >= body && gc == c + 1) nb_body[1] = 1;
          if (i < body && gc == c + 1 && !rhead) rhead = gw[L[i].w[L[i].seg[s].w0]].text;
        }
      if (!head || in_body) continue;
      float h = L[first].h, gl = c > 0 ? col[c].x0 - col[c - 1].x1 : 1e30f,
            gr = c + 1 < ncol ? col[c + 1].x0 - col[c].x1 : 1e30f;
      /* (... and so is a header word the OCR broke in pieces, the piece
       * on the right going on in small letters: "Belä elaggningsgra" |
       * "i" | "d (%)" over "98,6" for "Beläggningsgrad (%)", set wide
       * apart in a bold header) */
      int broken = rhead && utf8_starts_lower(rhead) && gr <= 4.0f * h;
      int right = (nb_body[1] || broken) && (gr <= 1.5f * h || broken) && (gr <= gl || !nb_body[0] || broken);
      int left = !right && nb_body[0] && gl <= 1.5f * h;
      if (!right && !left) continue;
      merge_column(L, first, last, col, &ncol, right ? c : c - 1);
      again = ncol >= 3;
    }
  }
  /* a lone number alone in a column at the left or right edge (a page
   * number beside a rotated table) is not a column */
  if (ncol >= 3) {
    size_t nseg0 = 0, nsegN = 0;
    for (size_t i = first; i <= last; i++)
      for (size_t s = 0; s < L[i].nseg; s++) {
        nseg0 += L[i].seg[s].col == 0;
        nsegN += (size_t)L[i].seg[s].col == ncol - 1;
      }
    int drop0 = nseg0 == 1 && last - first >= 4,
        dropN = nsegN == 1 && last - first >= 4;
    for (size_t i = first; i <= last; i++)
      for (size_t s = 0; s < L[i].nseg; s++) {
        GSeg *g = &L[i].seg[s];
        if (((drop0 && g->col == 0) ||
             (dropN && (size_t)g->col == ncol - 1)) &&
            g->num && g->nw == 1)
          g->drop = 1;
      }
  }
  /* a column with one cell only, of words, under no header, right of a
   * label on the same line, is that label's rest: the OCR read a sign in
   * it as a figure and set the words after it apart ("Resultat i" | "0 av
   * skatter och bidrag" for "Resultat i % av skatter och bidrag", a
   * column that put every other row one cell off).  Long labels of the
   * other rows reaching into it do not count. */
  if (ncol >= 3 && last - first >= 4) {
    for (size_t c = 1; c < ncol; c++) {
      GSeg *lone = NULL;
      size_t n = 0, at = 0;
      for (size_t i = first; i <= last; i++)
        for (size_t s = 0; s < L[i].nseg; s++)
          if ((size_t)L[i].seg[s].col == c) {   /* (labels reaching into it from the left aside) */
            n++;
            lone = &L[i].seg[s];
            at = i;
          }
      if (n != 1 || at == first || lone->num || lone->nw < 3 || lone->col != lone->col2 ||
          lone == L[at].seg || lone[-1].col != (int)c - 1 || lone[-1].num)
        continue;
      merge_column(L, first, last, col, &ncol, c - 1);
      break;
    }
  }
  /* rows from the vertical gaps */
  size_t nl = last - first + 1;
  int *rowof = calloc(nl, sizeof *rowof);
  float *gaps = calloc(nl, sizeof *gaps);
  unsigned char *aside = calloc(nl, 1);   /* line i shares no column with i - 1 */
  if (!rowof || !gaps || !aside) {
    free(col);
    free(rowof);
    free(gaps);
    free(aside);
    return NULL;
  }
  float hmed = 0;
  {
    float *hs = calloc(nl, sizeof *hs);
    if (hs) {
      for (size_t i = 0; i < nl; i++) hs[i] = L[first + i].h;
      qsort(hs, nl, sizeof *hs, cmp_float);
      hmed = hs[nl / 2];
      free(hs);
    }
  }
  float gmin = 1e9f, gmax = -1e9f;
  /* lines that overlap vertically (a label centred beside a two-line
   * header) are one row; the spacing is judged on the other gaps.  OCR
   * boxes hug the glyphs, so a line without descenders ("saknar el och")
   * seems set further from the next than one with them: where both lines
   * have baselines, the gap is their distance less the usual line height */
  for (size_t i = 1; i < nl; i++) {
    const GLine *a = &L[first + i - 1], *b = &L[first + i];
    gaps[i] = b->y0 - a->y1;
    if (gaps[i] < -0.25f * hmed) {
      gaps[i] = -hmed;   /* overlapping: one row */
      continue;
    }
    if (a->base > 0 && b->base > 0) {
      float g = b->base - a->base - hmed;
      /* baselines closer than 0.8 of the usual line height: one row (the
       * stacked lines of a header cell, set tighter than text, 0.63-0.76;
       * counted as a gap, they made every line of the wrapped cells below
       * a row).  Rows of a dense table may come a little closer than a
       * line box (accents and descenders make it tall): they still count. */
      if (g < -0.2f * hmed) {
        gaps[i] = -hmed;
        continue;
      }
      gaps[i] = g;
    }
    /* (the spacing is judged between lines one above the other: in a
     * header of stacked cells the next line down is often another
     * column's, its "gap" no line pitch) */
    int above = 0;
    for (size_t s = 0; s < a->nseg && !above; s++)
      for (size_t u = 0; u < b->nseg && !above; u++)
        above = overlap(a->seg[s].x0, a->seg[s].x1, b->seg[u].x0, b->seg[u].x1) > 0;
    aside[i] = !above;
    if (!above) continue;
    if (gaps[i] < gmin) gmin = gaps[i];
    if (gaps[i] > gmax) gmax = gaps[i];
  }
  int uniform = gmin > gmax || gmax - gmin < 0.2f * hmed;
  /* the gap between two rows of numbers is the surest row gap: a gap
   * clearly smaller than that is a line break inside a cell */
  {
    float *rg = calloc(nl, sizeof *rg);
    size_t nrg = 0;
    if (rg) {
      for (size_t i = 1; i < nl; i++) {
        const GLine *a = &L[first + i - 1], *b = &L[first + i];
        int na = 0, nb = 0;
        for (size_t s = 0; s < a->nseg; s++) na += a->seg[s].num;
        for (size_t s = 0; s < b->nseg; s++) nb += b->seg[s].num;
        if (na >= 2 && nb >= 2 && gaps[i] >= -0.25f * hmed) rg[nrg++] = gaps[i];
      }
      if (nrg >= 3) {
        qsort(rg, nrg, sizeof *rg, cmp_float);
        gmin = rg[nrg / 2] - 0.4f * hmed;  /* breaks above row gap - 0.2 h */
        uniform = 0;
      }
      free(rg);
    }
  }
  int row = 0;
  unsigned char *used = calloc(ncol, 1);   /* numeric columns in this row */
  if (!used) {
    free(col);
    free(rowof);
    free(gaps);
    free(aside);
    return NULL;
  }
  size_t rowsegs = 0;
  int rownums = 0;
  for (size_t i = 0; i < nl; i++) {
    GLine *l = &L[first + i];
    /* (a line of another column set higher than the line above ends is
     * the same row's) */
    int brk = i > 0 && gaps[i] >= -0.25f * hmed && !(aside[i] && gaps[i] < 0) &&
              (uniform || gaps[i] > gmin + 0.2f * hmed);
    /* a number where this row already has one starts a new row (but
     * not a group of three digits under the head of a figure a narrow
     * cell wrapped, "-14" / "600") */
    for (size_t s = 0; s < l->nseg && i > 0 && !brk; s++)
      if (l->seg[s].num && used[l->seg[s].col] && !wrapped_group(gw, &L[first + i - 1], l, s)) brk = 1;
    /* so does the first line of numbers under a header of several cells */
    if (i > 0 && !brk) {
      int nnum = 0, rownum = 0;
      for (size_t s = 0; s < l->nseg; s++)
        nnum += l->seg[s].num && !seg_is_year(gw, l, &l->seg[s]);
      for (size_t c = 0; c < ncol; c++) rownum += used[c];
      if (nnum >= 2 && rownum == 0 && rowsegs >= 2) brk = 1;
    }
    /* evenly spaced lines of text going on in lower case in the first
     * column, or with it empty and a run of words elsewhere, continue the
     * row above (wrapped text cells) */
    if (brk && uniform && i > 0 && !rownums && !line_has_num(l)) {
      int c0 = 0, lower0 = 0;
      for (size_t s = 0; s < l->nseg; s++)
        if (l->seg[s].col == 0) {
          c0 = 1;
          const unsigned char *t =
              (const unsigned char *)gw[l->w[l->seg[s].w0]].text;
          lower0 = (t[0] >= 'a' && t[0] <= 'z') ||
                   (t[0] == 0xC3 && t[1] >= 0xA0 && t[1] <= 0xBE) ||
                   t[0] == '(';
        }
      int longseg = 0;
      for (size_t s = 0; s < l->nseg; s++) longseg |= l->seg[s].nw >= 3;
      if ((!c0 && longseg) || lower0) brk = 0;
    }
    /* below the header, a line with a label and other cells, none going
     * on in lower case, under a line with a label and other cells whose
     * label was not wrapped (the first word would have fitted after it),
     * is a row of its own however close it is set (a label broken
     * after a dash, "åk 4–" / "6", was wrapped) */
    if (!brk && i > 0 && row > 0 && l->nseg >= 2 && L[first + i - 1].nseg >= 2 &&
        l->seg[0].col == 0 && L[first + i - 1].seg[0].col == 0 &&
        ncol >= 2 && !ends_in_dash(gw, &L[first + i - 1], &L[first + i - 1].seg[0]) &&
        L[first + i - 1].seg[0].x1 + 0.3f * l->h +
                (gw[l->w[0]].b.x1 - gw[l->w[0]].b.x0) < col[1].x0 - 0.5f * l->h) {
      int fresh = 1;   /* no cell of the line goes on in lower case */
      for (size_t s = 0; s < l->nseg && fresh; s++) {
        const unsigned char *t = (const unsigned char *)gw[l->w[l->seg[s].w0]].text;
        fresh = !((t[0] >= 'a' && t[0] <= 'z') || (t[0] == 0xC3 && t[1] >= 0xA0 && t[1] <= 0xBE));
      }
      brk = fresh;
    }
    /* a line under one whose text cell runs on is that row's, even when
     * its label starts with a capital ("Lönnåsa 2050") or a figure
     * ("2025–2030"): the cell's line of three words or more ends in a
     * word no sentence or label ends in ("… insatser för att", "… den 15
     * november och de").  (A cell's line without a full stop says
     * nothing: a column of sentences holds labels too, 003's "Matsedel
     * enligt ställda krav och riktlinjer".) */
    if (brk && i > 0) {
      const GLine *p = &L[first + i - 1];
      for (size_t s = 0; s < p->nseg && brk; s++)
        if (runs_on(gw, p, &p->seg[s], words)) brk = 0;
      /* (or a cell's line of two words or more ends in a comma, "KF
       * 2024-11-25," / "§ 176", and this line leaves a cell of that row
       * empty: the wrap, not a new row) */
      if (brk && l->nseg < p->nseg)
        for (size_t s = 0; s < p->nseg && brk; s++)
          if (p->seg[s].nw >= 2 && ends_in_comma(gw, p, &p->seg[s])) brk = 0;
    }
    /* ... and so is a line two or more of whose cells go on in small
     * letters and none starts with a capital, figures beside them or not
     * (a goal table's second lines: "bostäder | 000 invånare | (7,0) |
     * uppfyllt | ökade, medan ..."); a "varav" row has one such cell */
    if (brk && i > 0 && row > 0) {
      int lower = 0, upper = 0;
      for (size_t s = 0; s < l->nseg; s++) {
        int k = tab_text_case(gw[l->w[l->seg[s].w0]].text);
        lower += k == 1;
        upper += k == 2;
      }
      if (lower >= 2 && !upper) brk = 0;
    }
    if (brk) {
      row++;
      memset(used, 0, ncol);
      rowsegs = 0;
      rownums = 0;
    }
    rownums |= line_has_num(l);
    rowof[i] = row;
    rowsegs += l->nseg;
    for (size_t s = 0; s < l->nseg; s++)
      if (l->seg[s].num) used[l->seg[s].col] = 1;
  }
  free(used);
  /* the header: the lines above the first line of figures are one row
   * (cells stacked over several lines), up to the last of them that has
   * words in a data column; a label alone under them ("Antal anställda")
   * is a section row of the body */
  {
    size_t firstnum = nl, hend = 0, hbreak = 0;
    for (size_t i = 0; i < nl && firstnum == nl; i++)
      for (size_t s = 0; s < L[first + i].nseg; s++) {
        const GSeg *g = &L[first + i].seg[s];
        if (g->num && !seg_is_year(gw, &L[first + i], g) && !g->drop)
          firstnum = i;
      }
    for (size_t i = 0; i < firstnum && firstnum < nl; i++) {
      int c0 = 0, cdata = 0, next0 = 0;
      for (size_t s = 0; s < L[first + i].nseg; s++) {
        c0 |= L[first + i].seg[s].col == 0;
        cdata |= L[first + i].seg[s].col > 0;
      }
      if (i + 1 < nl)
        for (size_t s = 0; s < L[first + i + 1].nseg; s++)
          next0 |= L[first + i + 1].seg[s].col == 0;
      /* a label alone with a labelled line under it: the body began
       * (not a label going on in lower case: the rest of a wrapped one) */
      if (i > 0 && c0 && !cdata && next0 && !L[first + i].lower) {
        hbreak = i;
        break;
      }
      if (cdata) hend = i + 1;
    }
    /* ... unless a gap among them is a row break beyond doubt (twice the
     * usual one and a half line more: the rule under a header row), as in
     * a table of text whose first figure stands rows down */
    for (size_t i = 1; i < hend; i++)
      if (gaps[i] > 2.0f * fmaxf(gmin, 0) + 0.5f * hmed) hend = 0;
    /* ... and it ends at a rule across the table under one of its lines
     * that names a data column (the rule under a header row, over rows of
     * text cells; not the table's top rule under a caption) */
    if (hend >= 2) {
      float rx0 = 1e9f, rx1 = -1e9f;
      for (size_t i = first; i <= last; i++)
        if (L[i].nseg) {
          rx0 = fminf(rx0, L[i].seg[0].x0);
          rx1 = fmaxf(rx1, L[i].seg[L[i].nseg - 1].x1);
        }
      int named = 0;
      for (size_t i = 1; i < hend; i++) {
        for (size_t s = 0; s < L[first + i - 1].nseg; s++) named |= L[first + i - 1].seg[s].col > 0;
        if (named && rule_between(L, first + i, rx0, rx1, rules, nrules)) {
          hend = i;
          break;
        }
      }
    }
    if (hend >= 2 && hend <= 8 && rowof[hend - 1] > 0) {
      int shift = rowof[hend - 1];
      for (size_t i = 0; i < nl; i++)
        rowof[i] = i < hend ? 0 : rowof[i] - shift;
      row -= shift;
    }
    /* the section label starts a row of its own even when set close */
    if (hbreak > 0 && hbreak < nl && rowof[hbreak] == rowof[hbreak - 1]) {
      for (size_t i = hbreak; i < nl; i++) rowof[i]++;
      row++;
    }
  }
  /* in the first row, a header cell spanning columns ("Percent Fuel
   * Savings" over four) is a header row of its own for those columns: their words below it
   * form a second header row; the other columns' cells (stacked "Cycle" /
   * "Name") stay whole in the first */
  int *split = calloc((size_t)row + 2, sizeof *split);
  if (!split) {
    free(col);
    free(rowof);
    free(gaps);
    free(aside);
    return NULL;
  }
  for (size_t i = 0; i < nl; i++) {
    GLine *l = &L[first + i];
    for (size_t s = 0; s < l->nseg; s++) {
      GSeg *g = &l->seg[s];
      if (g->col2 <= g->col || g->num || rowof[i] != 0) continue;
      int numeric = 0, below = 0;
      for (size_t q = 0; q < nl; q++)
        if (rowof[q] == rowof[i])
          for (size_t u = 0; u < L[first + q].nseg; u++) {
            numeric |= L[first + q].seg[u].num;
            if (q > i) below = 1;
          }
      if (numeric || !below) continue;
      /* the header text is narrower than the columns it spans: take in
       * the neighbour columns whose headers start on the same line as
       * those of the covered columns */
      {
        size_t firstl[256];
        if (ncol > 256) continue;
        for (size_t c = 0; c < ncol; c++) firstl[c] = (size_t)-1;
        for (size_t q = i + 1; q < nl && rowof[q] == rowof[i]; q++)
          for (size_t u = 0; u < L[first + q].nseg; u++) {
            size_t c = (size_t)L[first + q].seg[u].col;
            if (firstl[c] == (size_t)-1) firstl[c] = q;
          }
        size_t line0 = firstl[g->col];
        int same = line0 != (size_t)-1;
        for (int c = g->col; c <= g->col2 && same; c++)
          if (firstl[c] != line0) same = 0;
        if (same) {
          while (g->col > 0 && firstl[g->col - 1] == line0) g->col--;
          while ((size_t)g->col2 + 1 < ncol && firstl[g->col2 + 1] == line0)
            g->col2++;
        }
      }
      /* lines under it with one segment in its span go on with the
       * spanning cell ("Blood Pressure" / "(No. of adults:" / "2011-12)");
       * the first line with two or more starts the second header row */
      size_t substart = nl;
      for (size_t q = i + 1; q < nl && rowof[q] == rowof[i]; q++) {
        int in = 0;
        for (size_t u = 0; u < L[first + q].nseg; u++) {
          const GSeg *h = &L[first + q].seg[u];
          in += h->col >= g->col && h->col <= g->col2;
        }
        if (in >= 2) {
          substart = q;
          break;
        }
      }
      if (substart == nl) continue;
      /* a centred header is narrower than its span: take in the columns
       * on either side that have words on the line where the columns
       * below it start and nothing of their own above that line */
      for (int dir = -1; dir <= 1; dir += 2) {
        for (;;) {
          int c = dir < 0 ? g->col - 1 : g->col2 + 1;
          if (c < 0 || (size_t)c >= ncol) break;
          int below = 0, above = 0;
          for (size_t u = 0; u < L[first + substart].nseg; u++)
            below |= L[first + substart].seg[u].col == c;
          for (size_t q = 0; q < substart; q++)
            if (rowof[q] == rowof[i])
              for (size_t u = 0; u < L[first + q].nseg; u++)
                above |= L[first + q].seg[u].col == c;
          if (!below || above) break;
          if (dir < 0) g->col--;
          else g->col2++;
        }
      }
      /* the spanning cell sits in the first column it covers, its lines
       * included */
      int a = g->col;
      for (size_t q = i + 1; q < substart; q++)
        for (size_t u = 0; u < L[first + q].nseg; u++) {
          const GSeg *h = &L[first + q].seg[u];
          if (overlap(h->x0, h->x1, g->x0, g->x1) > 0 && h->col < a) a = h->col;
        }
      for (size_t q = i + 1; q < nl && rowof[q] == rowof[i]; q++)
        for (size_t u = 0; u < L[first + q].nseg; u++) {
          GSeg *h = &L[first + q].seg[u];
          if (q < substart) {
            if (overlap(h->x0, h->x1, g->x0, g->x1) > 0) h->col = a;
          } else if (h->col >= a && h->col <= g->col2) {
            h->sub = 1;
            split[rowof[i]] = 1;
          }
        }
      g->col = a;
    }
  }
  /* row numbers after the splits */
  for (size_t i = 0, add = 0, r = 0; i < nl; i++) {
    while ((int)r < rowof[i]) add += (size_t)split[r++];
    rowof[i] += (int)add;
  }
  size_t nsplit = 0;
  for (int r = 0; r <= row; r++) nsplit += (size_t)split[r];
  free(split);
  row += (int)nsplit;
  size_t nrows = (size_t)row + 1;
  DocTable *t = doc_table_new(nrows, ncol);
  char **cells = calloc(nrows * ncol, sizeof *cells);
  float *cconf = calloc(nrows * ncol, sizeof *cconf);
  int *lastline = calloc(nrows * ncol, sizeof *lastline);
  if (!t || !cells || !cconf || !lastline) goto fail;
  for (size_t i = 0; i < nl; i++) {
    GLine *l = &L[first + i];
    for (size_t s = 0; s < l->nseg; s++) {
      if (l->seg[s].drop) continue;
      size_t k = (size_t)(rowof[i] + l->seg[s].sub) * ncol +
                 (size_t)l->seg[s].col;
      int nlflag = cells[k] && lastline[k] != (int)i;
      if (cell_append(&cells[k], &cconf[k], gw, l, &l->seg[s], nlflag))
        goto fail;
      lastline[k] = (int)i;
    }
  }
  /* a column no row has text in is an artefact of the clustering (but
   * for the cells of a rule drawn cell by cell) */
  if (!ruled) {
    size_t keep = 0;
    for (size_t c = 0; c < ncol; c++) {
      int any = 0;
      for (size_t r = 0; r < nrows && !any; r++) any = cells[r * ncol + c] != NULL;
      if (!any) continue;
      for (size_t r = 0; r < nrows; r++) {
        cells[r * ncol + keep] = cells[r * ncol + c];
        cconf[r * ncol + keep] = cconf[r * ncol + c];
        if (keep != c) cells[r * ncol + c] = NULL;
      }
      col[keep] = col[c];
      keep++;
    }
    if (keep < ncol && keep > 0) {
      /* compact the row-major array to keep columns */
      for (size_t r = 0; r < nrows; r++)
        for (size_t c = 0; c < keep; c++) {
          cells[r * keep + c] = cells[r * ncol + c];
          cconf[r * keep + c] = cconf[r * ncol + c];
        }
      for (size_t k = nrows * keep; k < nrows * ncol; k++) cells[k] = NULL;
      doc_table_free(t);
      ncol = keep;
      if (!(t = doc_table_new(nrows, ncol))) goto fail;
    }
  }
  for (size_t k = 0; k < nrows * ncol; k++) {
    if (cells[k] && doc_table_set(t, k / ncol, k % ncol, cells[k])) goto fail;
    if (cells[k]) t->cell_conf[k] = cconf[k];
  }
  /* header rows: leading rows with no number in a data column */
  size_t h = 0;
  for (size_t r = 0; r < nrows; r++) {
    int num = 0;
    for (size_t c = 1; c < ncol; c++) {
      const char *x = doc_table_get(t, r, c);
      TabNum n;
      if (*x && tab_num_parse(x, &n) == 0) num = 1;
    }
    if (num) break;
    h++;
  }
  t->header_rows = h == 0 || h >= nrows ? (nrows > 1) : h;
  /* where the columns stand, for cells a page break cut (tab_join.c) */
  if ((t->colx = malloc(2 * ncol * sizeof *t->colx))) {
    for (size_t c = 0; c < ncol; c++) {
      t->colx[2 * c] = col[c].x0;
      t->colx[2 * c + 1] = col[c].x1;
    }
    t->ncolx = ncol;
  }
  for (size_t k = 0; k < nrows * ncol; k++) free(cells[k]);
  free(cells);
  free(cconf);
  free(lastline);
  free(col);
  free(rowof);
  free(gaps);
  free(aside);
  return t;
fail:
  doc_table_free(t);
  if (cells)
    for (size_t k = 0; k < nrows * ncol; k++) free(cells[k]);
  free(cells);
  free(cconf);
  free(lastline);
  free(col);
  free(rowof);
  free(gaps);
  free(aside);
  return NULL;
}

/* ---- the arithmetic check ---------------------------------------------- */

/* Flag the cells of t whose sums or differences do not close (see
 * tab_arith.c).  A text layer's figures are what the author wrote, so
 * they are only flagged; on OCR pages (repair set) a misread digit or a
 * lost sign is mended where the arithmetic points at one cell, the OCR's
 * confidence breaking ties, and the change is recorded in the table.
 * Column 0 holds the row labels. */
/* A figure with one or two digits read as letters of their shape ("B67"
 * for "867", "1O5" for "105"), or with a bracket read from the cell's
 * rule or a speck ("6)", "[6]" for a lone "0"; a figure in round
 * brackets on both sides is a number already), as digits into out; 0
 * when s is no such figure (fewer real digits than letters, or other
 * letters). */
static int digitize(const char *s, char *out, size_t cap) {
  static const char from[] = "BODSslIL|ZG", to[] = "80055111126";
  size_t n = strlen(s), digits = 0, letters = 0, brackets = 0, k = 0;
  if (n + 1 > cap) return 0;
  for (size_t i = 0; i < n; i++) {
    const char *f = strchr(from, s[i]);
    if (s[i] >= '0' && s[i] <= '9') {
      digits++;
      out[k++] = s[i];
    } else if (f && s[i]) {
      letters++;
      out[k++] = to[f - from];
    } else if (s[i] && strchr("()[]", s[i]) && (i == 0 || i + 1 == n)) {
      brackets++;   /* dropped: at the figure's edge only */
    } else if (strchr("- ,", s[i])) {
      out[k++] = s[i];
    } else {
      return 0;
    }
  }
  out[k] = '\0';
  /* (as many digits as letters: "L,7" for 1,7; the arithmetic decides) */
  return (letters >= 1 || brackets >= 1) && letters <= 2 && digits >= 1 && digits >= letters;
}

/* Does a column relation through column c close in row (three values)? */
static int relation_closes(const TabVal *row, const TabColRel *rel, size_t nrel, size_t c) {
  for (size_t q = 0; q < nrel; q++) {
    if (rel[q].k != c && rel[q].i != c && rel[q].j != c) continue;
    if (!row[rel[q].k].has || !row[rel[q].i].has || !row[rel[q].j].has) continue;
    int ok, bad;
    tab_colrel_score(row, &rel[q], 1, &ok, &bad);
    if (ok) return 1;
  }
  return 0;
}

/* The decimal mark of a figure cell: ',' for "4,7", '.' for "4.7" (one
 * or two decimals: "10.135" is a thousands point), ':' or ';' for the
 * same misread, with a sign and a percent allowed; 0 for anything else. */
static char decimal_mark(const char *s, size_t *at) {
  const char *p = s;
  while (*p == '-' || *p == ' ' || (unsigned char)*p == 0xE2) {
    if ((unsigned char)*p == 0xE2) {
      if (!p[1] || !p[2]) return 0;
      p += 3;
    } else {
      p++;
    }
  }
  if (*p < '0' || *p > '9') return 0;
  while (*p >= '0' && *p <= '9') p++;
  char mark = *p;
  if (!strchr(",.:;", mark) || !mark) return 0;
  *at = (size_t)(p - s);
  size_t d = 0;
  for (p++; *p >= '0' && *p <= '9'; p++) d++;
  if (d < 1 || d > 2) return 0;
  while (*p == ' ') p++;
  if (*p == '%') p++;
  return *p ? 0 : mark;
}

/* Rewrite byte at of cell (r, c) to ch, recorded with why.  0, or -1 out
 * of memory. */
static int fix_byte(DocTable *t, size_t r, size_t c, size_t at, char ch, const char *why) {
  const char *s = doc_table_get(t, r, c);
  size_t n = strlen(s);
  char *buf = malloc(n + 1);
  if (!buf) return -1;
  memcpy(buf, s, n + 1);
  buf[at] = ch;
  int rc = doc_table_fix(t, r, c, buf, why);
  free(buf);
  return rc;
}

/* A scanned table whose figures take a decimal comma ("5,1", "4,9") and
 * one that reads "4.7" (a comma read as a point or a colon): the
 * document's comma, as the rest of the table writes it.  A table of
 * decimal points (English) is left as it is. */
static int mend_decimal_marks(DocTable *t) {
  size_t comma = 0, other = 0, at;
  for (size_t r = t->header_rows; r < t->nrows; r++)
    for (size_t c = 1; c < t->ncols; c++) {
      char m = decimal_mark(doc_table_get(t, r, c), &at);
      comma += m == ',';
      other += m && m != ',';
    }
  if (comma < 2 || other >= comma) return 0;
  for (size_t r = t->header_rows; r < t->nrows; r++)
    for (size_t c = 1; c < t->ncols; c++) {
      char m = decimal_mark(doc_table_get(t, r, c), &at);
      if (m && m != ',' &&
          fix_byte(t, r, c, at, ',',
                   "a decimal comma read as a point or colon; the table's other decimals take a comma"))
        return -1;
    }
  return 0;
}

/* The position of the point or comma of a figure cell written "7.150" or
 * "-12,180" (a head of one to three digits, the mark, exactly three digits
 * that end it, a sign allowed), else 0; *spaced set when the cell groups
 * its thousands with a space ("9 800") instead. */
static size_t thousands_mark(const char *s, int *spaced) {
  const char *p = s;
  size_t m;
  *spaced = 0;
  while ((m = utf8_minus_len(p)) != 0 || *p == ' ') p += m ? m : 1;
  const char *h = p;
  while (*p >= '0' && *p <= '9') p++;
  size_t head = (size_t)(p - h);
  if (head < 1 || head > 3) return 0;
  const char *mark = p;
  if (*p != '.' && *p != ',' && *p != ' ') return 0;
  p++;
  for (int i = 0; i < 3; i++, p++)
    if (*p < '0' || *p > '9') return 0;
  if (*p) return 0;
  if (*mark == ' ') {
    *spaced = 1;
    return 0;
  }
  return (size_t)(mark - s);
}

/* A scanned table that groups its thousands with a space ("9 800",
 * "-12 180") and one figure that reads "7.150": the gap read as a point
 * or a comma.  Only in a table with no decimals at all, where "7,150"
 * cannot be seven and some. */
static int mend_thousands_marks(DocTable *t) {
  size_t spaced = 0, marked = 0, at;
  for (size_t r = t->header_rows; r < t->nrows; r++)
    for (size_t c = 1; c < t->ncols; c++) {
      const char *s = doc_table_get(t, r, c);
      int sp;
      if (decimal_mark(s, &at)) return 0;
      marked += thousands_mark(s, &sp) > 0;
      spaced += (size_t)sp;
    }
  if (spaced < 2 || marked == 0 || marked >= spaced) return 0;
  for (size_t r = t->header_rows; r < t->nrows; r++)
    for (size_t c = 1; c < t->ncols; c++) {
      int sp;
      if ((at = thousands_mark(doc_table_get(t, r, c), &sp)) &&
          fix_byte(t, r, c, at, ' ',
                   "a thousands space read as a point or comma; the table's other figures group with a space and it has no decimals"))
        return -1;
    }
  return 0;
}

/* 1 when s starts with a capital letter, -1 with a small one, 0 with
 * anything else (ASCII letters and å ä ö é and their capitals). */
static int initial_case(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] >= 'A' && u[0] <= 'Z') return 1;
  if (u[0] >= 'a' && u[0] <= 'z') return -1;
  if (u[0] == 0xC3 && (u[1] == 0x85 || u[1] == 0x84 || u[1] == 0x96 || u[1] == 0x89)) return 1;
  if (u[0] == 0xC3 && (u[1] == 0xA5 || u[1] == 0xA4 || u[1] == 0xB6 || u[1] == 0xA9)) return -1;
  return 0;
}

/* A scanned table whose row labels start with a capital (three or more;
 * a second in lower case makes it the table's way: 003's "omräknat till
 * heltidsarbetare" under "Utförd tid av timavlönade"), and one that
 * starts with the small letter of a capital of the same shape ("v" for
 * "V", "s", "o", "c", "ö"...: on a rough scan only the size tells them
 * apart), in a row with figures (not the second line of a wrapped label,
 * a row of its own by mistake): the capital, recorded.  Not a label the
 * rules write in lower case ("varav ...", tables/table-words.rules). */
static int mend_label_case(DocTable *t, const TabRules *rules) {
  size_t upper = 0, lower = 0;
  for (size_t r = t->header_rows; r < t->nrows; r++) {
    int k = initial_case(doc_table_get(t, r, 0));
    upper += k > 0;
    lower += k < 0;
  }
  if (upper < 3 || lower != 1) return 0;
  for (size_t r = t->header_rows; r < t->nrows; r++) {
    const char *s = doc_table_get(t, r, 0);
    const unsigned char *u = (const unsigned char *)s;
    int oe = u[0] == 0xC3 && u[1] == 0xB6;
    if (initial_case(s) >= 0 || !(oe || strchr("cosuvwxz", u[0]))) continue;
    int figures = 0;
    for (size_t c = 1; c < t->ncols && !figures; c++) {
      TabNum n;
      const char *x = doc_table_get(t, r, c);
      figures = *x && tab_num_parse(x, &n) == 0;
    }
    char first[64];
    size_t fl = strcspn(s, " ");
    if (!figures || fl >= sizeof first) continue;
    memcpy(first, s, fl);
    first[fl] = '\0';
    if (tab_rules_match(rules, TAB_RULE_LOWER, first)) continue;
    if (fix_byte(t, r, 0, oe ? 1 : 0, oe ? (char)0x96 : (char)(u[0] - 32),
                 "a capital read as its small letter of the same shape; the table's other row labels start with a capital"))
      return -1;
  }
  return 0;
}

/* The figure in body row r, column c + 1 of t, the one of its row
 * written without the decimals every other figure has (three or more,
 * all with the same count d, percent or not alike), read by the OCR: its
 * comma a speck the scan lost ("24" beside "1,3", "-1,0", "0,9", "3,1":
 * 2,4, read at 95, as the OCR is sure of the digits it did see)?
 * Mended when the value with d decimals lies among the others (within
 * half their spread beyond them) and the value as read does not; a text
 * layer's figure is as written.  1 when mended, 0 when not, -1 when out
 * of memory. */
static int lost_decimal_mark(DocTable *t, size_t r, size_t c) {
  TabNum x, y;
  float conf = t->cell_conf[r * t->ncols + c + 1];
  if (conf < 0 || tab_num_parse(doc_table_get(t, r, c + 1), &x)) return 0;
  /* (a year in a column of years, "Klart år": 2025 is no 202,5) */
  const char *cell = doc_table_get(t, r, c + 1);
  if (year_text(cell, strlen(cell))) {
    size_t years = 0;
    for (size_t k = t->header_rows; k < t->nrows; k++) {
      const char *o = doc_table_get(t, k, c + 1);
      years += k != r && year_text(o, strlen(o));
    }
    if (years >= 2) return 0;
  }
  int d = -1;
  long long lo = 0, hi = 0;
  for (size_t k = 0; k + 1 < t->ncols; k++) {
    if (k == c || tab_num_parse(doc_table_get(t, r, k + 1), &y)) continue;
    if (!y.dec || y.pct != x.pct || (d >= 0 && y.dec != d)) return 0;
    if (d < 0) lo = hi = y.v;
    d = y.dec;
    lo = y.v < lo ? y.v : lo;
    hi = y.v > hi ? y.v : hi;
  }
  if (d < 1) return 0;
  long long scale = d == 1 ? 10 : d == 2 ? 100 : 1000, want = x.v / scale;
  long long slack = (hi - lo) / 2 + 1000 / scale;
  if (want < lo - slack || want > hi + slack || (x.v >= lo - slack && x.v <= hi + slack)) return 0;
  char buf[64];
  tab_num_format(want, d, x.grouped, x.pct, buf, sizeof buf);
  return doc_table_fix(t, r, c + 1, buf,
                       "a decimal comma the scan lost: every other figure of the row has the same decimals, and the value falls among theirs")
             ? -1
             : 1;
}

/* The bytes of a mark a speck or a rule's end prints at p ("<", ">",
 * "|", "~", "»", "«"), 0 for none. */
static size_t junk_mark(const char *p) {
  if (*p && strchr("<>|~", *p)) return 1;
  return !strncmp(p, "\xc2\xbb", 2) || !strncmp(p, "\xc2\xab", 2) ? 2 : 0;
}

/* A scanned figure with such marks before it ("+>-1450", "»214"): the
 * figure, recorded.  (A plus sign alone is the writer's.) */
static int mend_junk_prefix(DocTable *t) {
  for (size_t r = t->header_rows; r < t->nrows; r++)
    for (size_t c = 1; c < t->ncols; c++) {
      const char *s = doc_table_get(t, r, c), *p = s + (*s == '+');
      size_t k, marks = 0;
      TabNum x;
      while ((k = junk_mark(p)) != 0) p += k, marks++;
      if (!marks || !*p || tab_num_parse(p, &x)) continue;
      if (doc_table_fix(t, r, c, p, "marks before a figure, a speck or a rule's end the scan printed"))
        return -1;
    }
  /* ... and before a header cell's capital, glued to it ("<Jan-aug 2024",
   * "=<Jan-aug"; a header's "< 5 år" keeps its sign) */
  for (size_t r = 0; r < t->header_rows; r++)
    for (size_t c = 1; c < t->ncols; c++) {
      const char *s = doc_table_get(t, r, c), *p = s;
      size_t k, marks = 0;
      while ((k = junk_mark(p)) != 0 || *p == '=') p += k ? k : 1, marks++;
      if (!marks || !(*p >= 'A' && *p <= 'Z')) continue;
      if (doc_table_fix(t, r, c, p, "marks before a header's word, a speck or a rule's end the scan printed"))
        return -1;
    }
  return 0;
}

int tab_check(DocTable *t, const TabRules *rules, int repair) {
  if (repair && (mend_decimal_marks(t) || mend_thousands_marks(t) || mend_label_case(t, rules) ||
                 mend_junk_prefix(t)))
    return -1;
  if (t->ncols < 3 || t->nrows < 3) return 0;
  size_t nr = t->nrows, nc = t->ncols - 1;
  TabVal *v = calloc(nr * nc, sizeof *v);
  int *total = calloc(nr, sizeof *total), *diff = calloc(nc, sizeof *diff);
  unsigned char *flags = calloc(nr * nc, 1);
  unsigned char *changed = repair ? calloc(nr * nc, 1) : NULL;
  float *conf = malloc(nr * nc * sizeof *conf);
  TabNum *num = calloc(nr * nc, sizeof *num);
  unsigned char *lettered = calloc(nr * nc, 1);
  int rc = -1;
  if (!v || !total || !diff || !flags || (repair && !changed) || !conf || !num || !lettered)
    goto out;
  for (size_t r = 0; r < nr; r++)
    for (size_t c = 0; c < nc; c++) conf[r * nc + c] = t->cell_conf[r * t->ncols + c + 1];
  for (size_t r = t->header_rows; r < nr; r++) {
    total[r] = tab_rules_match(rules, TAB_RULE_TOTAL, doc_table_get(t, r, 0));
    for (size_t c = 0; c < nc; c++) {
      TabNum *n = &num[r * nc + c];
      char d[64];
      if (tab_num_parse(doc_table_get(t, r, c + 1), n) == 0 && !n->pct) {
        v[r * nc + c] = (TabVal){n->v, 1, n->dec};
      } else if (repair && digitize(doc_table_get(t, r, c + 1), d, sizeof d) &&
                 tab_num_parse(d, n) == 0 && !n->pct) {
        /* taken as read into digits; kept only where the arithmetic
         * closes with it (lettered[]) */
        v[r * nc + c] = (TabVal){n->v, 1, n->dec};
        lettered[r * nc + c] = 1;
        conf[r * nc + c] = 0;
      }
    }
  }
  for (size_t c = 0; c < nc; c++)
    for (size_t r = 0; r < t->header_rows; r++)
      diff[c] |= tab_rules_match(rules, TAB_RULE_DIFF, doc_table_get(t, r, c + 1));
  TabColRel rel[16];
  size_t nrel = tab_colrel_learn(v, nr, nc, diff, rel, 16);
  tab_arith_repair(v, nr, nc, total, rel, nrel, conf, flags, changed);
  /* A row of percentages with one figure read without its sign ("84"
   * beside "89 %" and "93 %": swe drops it on a scan) is flagged (2), not
   * mended (nothing but the neighbours says it was there); and so is a
   * figure of two digits or more without the decimal comma every other
   * figure of its row has ("58 %" beside "6,2 %" and "5,1 %": the comma is
   * a speck the scan may lose; 3). */
  if (repair)
    for (size_t r = t->header_rows; r < nr; r++) {
      size_t pct = 0, bare = 0, at_bare = 0, withdec = 0, plain = 0, at_plain = 0;
      for (size_t c = 0; c < nc; c++) {
        TabNum x;
        if (tab_num_parse(doc_table_get(t, r, c + 1), &x)) continue;
        if (x.pct) pct++;
        else bare++, at_bare = c;
        if (x.dec) withdec++;
        else plain++, at_plain = (x.v >= 10 || x.v <= -10) ? c : (size_t)-1;
      }
      unsigned char *f = t->cell_flags + r * t->ncols + 1;
      if (pct >= 2 && bare == 1 && !f[at_bare]) f[at_bare] = 2;
      if (withdec >= 2 && plain == 1 && at_plain != (size_t)-1 && !f[at_plain]) {
        int m = withdec >= 3 ? lost_decimal_mark(t, r, at_plain) : 0;
        if (m < 0) goto out;
        if (!m) f[at_plain] = 3;
      }
    }
  for (size_t r = 0; r < nr; r++)
    for (size_t c = 0; c < nc; c++) {
      size_t k = r * nc + c;
      if (flags[k]) t->cell_flags[r * t->ncols + c + 1] = 1;
      if (lettered[k] && !flags[k] && !(changed && changed[k]) &&
          relation_closes(v + r * nc, rel, nrel, c)) {
        char buf[64];
        tab_num_format(v[k].v, num[k].dec, num[k].grouped, 0, buf, sizeof buf);
        if (doc_table_fix(t, r, c + 1, buf, "digits read as letters of their shape or a bracket from a speck; the row's arithmetic closes with them"))
          goto out;
      } else if (changed && changed[k]) {
        char buf[64];
        tab_num_format(v[k].v, num[k].dec, num[k].grouped, 0, buf, sizeof buf);
        if (doc_table_fix(t, r, c + 1, buf, tab_fix_why(changed[k]))) goto out;
      }
    }
  rc = 0;
out:
  free(v);
  free(total);
  free(diff);
  free(flags);
  free(changed);
  free(conf);
  free(num);
  free(lettered);
  return rc;
}

/* ---- regions ------------------------------------------------------------ */

/* Do the one-segment lines j..k-1 separate two tables rather than wrap
 * cells of one?  They do when one is set larger than the table's lines
 * around it (a heading).  A change in the number of segments proves
 * nothing: sections of one table often leave columns empty.  Lines from
 * i on belong to the region. */
/* The median height of line l's words: a heading's words are all tall,
 * where one box Tesseract stretched (an "i" reaching into the line
 * below) makes the line's own height tall. */
static float median_height(const GWord *gw, const GLine *l) {
  float h[64];
  size_t n = 0;
  for (size_t k = 0; k < l->nw && n < 64; k++) h[n++] = gw[l->w[k]].b.y1 - gw[l->w[k]].b.y0;
  if (!n) return l->h;
  qsort(h, n, sizeof *h, cmp_float);
  return h[n / 2];
}

static int heading_between(const GWord *gw, const GLine *L, size_t nl, size_t i,
                           size_t j, size_t k) {
  /* one line reaching into the lines above and below is a cell centred
   * on a two-line header row ("Mått" beside "Utfall perioden jämfört med
   * / samma period föregående år"), not a heading between tables */
  if (k == j + 1 && j > 0 && k < nl && L[j].y0 < L[j - 1].y1 &&
      L[j].y1 > L[k].y0)
    return 0;
  float hs = 0;
  size_t n = 0;
  for (size_t q = j; q-- > i && n < 3;)
    if (L[q].nseg >= 2) {
      hs += L[q].h;
      n++;
    }
  for (size_t q = k; q < nl && n < 6; q++)
    if (L[q].nseg >= 2) {
      hs += L[q].h;
      n++;
    }
  float hm = n ? hs / (float)n : 0;
  for (size_t q = j; q < k; q++)
    if (hm > 0 && median_height(gw, &L[q]) > 1.15f * hm) return 1;
  return 0;
}

/* Right edges of the number segments (at most max) of up to five lines
 * with numbers from line a on, going in direction dir (-1 up, +1 down),
 * not past line stop.  Returns the count. */
static size_t num_edges(const GWord *gw, const GLine *L, size_t nl, long a,
                        int dir, long stop, float *out, size_t max) {
  size_t n = 0;
  int lines = 0;
  for (long q = a; q >= 0 && q < (long)nl && lines < 5; q += dir) {
    if (dir < 0 && q < stop) break;
    /* (downwards not past a gap that ends the table, nor further than
     * a few lines: the figures of another table below, past the text and
     * headings between, are not those of the rows from line a) */
    if (dir > 0 && q > a &&
        (L[q].y0 - L[q - 1].y1 > 2.0f * fmaxf(L[q].h, L[q - 1].h) || L[q].y0 - L[a].y1 > 6.0f * L[a].h))
      break;
    int any = 0;
    for (size_t s = 0; s < L[q].nseg; s++) {
      const GSeg *g = &L[q].seg[s];
      if (!g->num || seg_is_year(gw, &L[q], g)) continue;
      any = 1;
      if (n < max) out[n++] = g->x1;
    }
    lines += any;
  }
  return n;
}

/* Do the number columns above line j (from line i on) and from line k on
 * stand in different places?  Two tables set one under the other rarely
 * line their figures up; one table always does.  Needs two or more
 * number edges on each side and none shared (within two units). */
static int numbers_misaligned(const GWord *gw, const GLine *L, size_t nl,
                              size_t i, size_t j, size_t k) {
  float up[64], down[64];
  size_t nu = num_edges(gw, L, nl, (long)j - 1, -1, (long)i, up, 64);
  size_t nd = num_edges(gw, L, nl, (long)k, 1, 0, down, 64);
  if (nu < 2 || nd < 2) return 0;
  /* (a scan's edges wander by a few pixels: a fifth of the text height,
   * 6 px at 300 dpi; a text layer's by a point or two) */
  float tol = fmaxf(2.0f, 0.2f * L[k].h);
  for (size_t a = 0; a < nu; a++)
    for (size_t b = 0; b < nd; b++)
      if (fabsf(up[a] - down[b]) <= tol) return 0;
  return 1;
}

/* Does a segment of line l hold only figures (years aside)? */
static int line_has_figures(const GWord *gw, const GLine *l) {
  for (size_t s = 0; s < l->nseg; s++) {
    const GSeg *g = &l->seg[s];
    if (!g->num || seg_is_year(gw, l, g)) continue;
    /* (a lone digit the OCR doubted is a speck or a mark misread: "9" at
     * 55 for the "?" of 003's header "... T.ex." line) */
    const GWord *w = &gw[l->w[g->w0]];
    if (g->nw == 1 && strlen(w->text) == 1 && w->conf >= 0 && w->conf < 60) continue;
    return 1;
  }
  return 0;
}

/* Is b a horizontal rule across at least 0.6 of rx0..rx1? */
static int across(const DocBox *b, float rx0, float rx1) {
  return b->x1 - b->x0 > b->y1 - b->y0 &&
         overlap(b->x0, b->x1, rx0, rx1) >= 0.6f * (rx1 - rx0);
}

/* Is there a rule across rx0..rx1 between lines j - 1 and j? */
static int rule_between(const GLine *L, size_t j, float rx0, float rx1,
                        const DocBox *rules, size_t nrules) {
  float h = fmaxf(L[j].h, L[j - 1].h);
  for (size_t r = 0; r < nrules; r++) {
    float y = 0.5f * (rules[r].y0 + rules[r].y1);
    if (across(&rules[r], rx0, rx1) && y >= L[j - 1].y1 - 0.2f * h &&
        y <= L[j].y0 + 0.2f * h)
      return 1;
  }
  return 0;
}

/* Rows among lines a..b - 1: runs of lines closer than 0.3 of a line to
 * each other (one row's wrapped cells), counting those with two segments
 * or more. */
static size_t count_rows(const GLine *L, size_t a, size_t b) {
  size_t rows = 0;
  int multi = 0;
  for (size_t q = a; q < b; q++) {
    if (q > a && L[q].y0 - L[q - 1].y1 > 0.3f * fmaxf(L[q].h, L[q - 1].h)) {
      rows += multi;
      multi = 0;
    }
    multi |= L[q].nseg >= 2;
  }
  return rows + multi;
}

/* Where a header row ruled off below starts a new table inside the
 * region of lines top..last (rx0..rx1 wide): the first line of that row
 * (*below: the first line under the rule), or 0 for none.  Two tables set
 * one under the other each rule their header off (003's Bilaga 2: "Option
 * Utveckling | Ja" under a six-column table).  A horizontal rule at least
 * 0.6 of the region wide lies between lines j - 1 and j; the row above it
 * is the lines going up from j - 1 as close as the lines of one cell (gaps
 * under half a line).  It holds no figures (a rule above a total row is
 * not a header's), is set off from the lines above by more than a row's
 * gap, and leaves a table of two rows or more above it; and the region's
 * rules are not so many that they mark rows (a grid). */
static size_t header_rule_split(const GWord *gw, const GLine *L, size_t top,
                                size_t last, float rx0, float rx1,
                                const DocBox *rules, size_t nrules, size_t *below) {
  size_t inside = 0;
  for (size_t r = 0; r < nrules; r++) {
    float y = 0.5f * (rules[r].y0 + rules[r].y1);
    inside += across(&rules[r], rx0, rx1) && y > L[top].y1 && y < L[last].y0;
  }
  if (inside >= 3 && 3 * inside > count_rows(L, top, last + 1)) return 0;
  for (size_t j = top + 2; j <= last; j++) {
    float h = fmaxf(L[j].h, L[j - 1].h);
    if (!rule_between(L, j, rx0, rx1, rules, nrules)) continue;
    size_t hs = j - 1;
    while (hs > top && L[hs].y0 - L[hs - 1].y1 <= 0.5f * h) hs--;
    if (hs <= top) continue;
    int figures = 0;
    for (size_t q = hs; q < j && !figures; q++) figures = line_has_figures(gw, &L[q]);
    /* (a header's stacked group labels sit as close as rows; a header
     * alone above is a grid's first row) */
    if (!figures && L[hs].y0 - L[hs - 1].y1 > 0.8f * h && count_rows(L, top, hs) >= 2) {
      *below = j;
      return hs;
    }
  }
  return 0;
}

/* Where a rule drawn cell by cell (crules, ncrules: pieces that meet end
 * to end, sorted by height and left edge) across the whole of lines
 * L[top..last] stops holding the columns: the first line below it, after
 * rows that fit, with two segments inside one piece and set off from the
 * line above by more than any of those rows (a table's margin: 003's
 * "Kostenheten | Kvalitetsmätning ..." right under a table ruled into
 * "label | Ja | | |").  That line starts another table; 0 when none does. */
static size_t cell_rule_split(const GLine *L, size_t top, size_t last,
                              const DocBox *crules, size_t ncrules) {
  float rx0 = 1e30f, rx1 = -1e30f;
  for (size_t k = top; k <= last; k++)
    if (L[k].nseg) {
      rx0 = fminf(rx0, L[k].seg[0].x0);
      rx1 = fmaxf(rx1, L[k].seg[L[k].nseg - 1].x1);
    }
  for (size_t a = 0; a < ncrules;) {
    size_t z = chain_end(crules, ncrules, a);
    float y = 0.5f * (crules[a].y0 + crules[a].y1), tol = 0.25f * L[top].h;
    int spans = z - a >= 2 && crules[a].x0 <= rx0 + tol && crules[z - 1].x1 >= rx1 - tol;
    size_t fit = 0;
    float maxgap = 0;
    for (size_t k = top + 1; k <= last && spans && y < L[last].y0; k++) {
      if (L[k].y0 < y) continue;
      float gap = L[k].y0 - L[k - 1].y1;
      int two = 0;
      for (size_t s = 1; s < L[k].nseg && !two; s++)
        for (size_t q = a; q < z && !two; q++)
          two = L[k].seg[s - 1].x0 >= crules[q].x0 - tol &&
                L[k].seg[s].x1 <= crules[q].x1 + tol;
      if (two) {
        if (fit >= 2 && gap > 1.2f * maxgap) return k;
        break;
      }
      if (fit++) maxgap = fmaxf(maxgap, gap);
    }
    a = z;
  }
  return 0;
}

/* Mark regions on the sorted lines; returns the number of regions.  The
 * page's ruling lines (rules, nrules) split regions at headers ruled off
 * (header_rule_split), its rules drawn cell by cell (crules, ncrules)
 * where the rows stop fitting them (cell_rule_split). */
static int find_regions(const GWord *gw, GLine *L, size_t nl,
                        const DocBox *rules, size_t nrules,
                        const DocBox *crules, size_t ncrules, const TabRules *words) {
  int nreg = 0;
  size_t i = 0, hdr_top = SIZE_MAX, hdr_end = 0;
  while (i < nl) {
    if (L[i].nseg < 2) {
      i++;
      continue;
    }
    size_t last = i, nmulti = 1;
    float rx0 = L[i].seg[0].x0, rx1 = L[i].seg[L[i].nseg - 1].x1;
    for (size_t j = i + 1; j < nl; j++) {
      float h = fmaxf(L[j].h, L[j - 1].h);
      if (L[j].y0 - L[j - 1].y1 > 2.0f * h) break;
      if (L[j].nseg >= 2) {
        if (numbers_misaligned(gw, L, nl, i, j, j)) break;
        last = j;
        nmulti++;
        rx0 = fminf(rx0, L[j].seg[0].x0);
        rx1 = fmaxf(rx1, L[j].seg[L[j].nseg - 1].x1);
        continue;
      }
      /* up to 15 one-segment lines inside (wrapped cells); a line as wide
       * as most of the table is running text between two tables, unless
       * it goes on in lower case inside the first column of a table of
       * labels and short values, two rows of them or more, the values
       * aligned (a narrow table's wrapped label,
       * "Säkerhetsdatablad för" / "kemikalier finns på alla enheter" | Ja) */
      size_t aligned = 0;   /* rows of label and short value so far */
      for (size_t q = i; q <= last && L[last].nseg == 2; q++)
        aligned += L[q].nseg == 2 && fabsf(L[q].seg[1].x1 - L[last].seg[1].x1) < L[q].h;
      size_t k = j;
      while (k < nl && k < j + 15 && L[k].nseg < 2 &&
             (L[k].seg[0].x1 - L[k].seg[0].x0 < 0.8f * (rx1 - rx0) ||
              (L[k].lower && aligned >= 2 &&
               L[last].seg[1].x1 - L[last].seg[1].x0 < 3.0f * L[k].h &&
               fabsf(L[k].seg[0].x0 - rx0) < L[k].h &&
               L[k].seg[0].x1 < L[last].seg[1].x0 - 0.5f * L[k].h)) &&
             L[k].y0 - L[k - 1].y1 <= 2.0f * fmaxf(L[k].h, L[k - 1].h))
        k++;
      /* (the lines of a header row ruled off below are one row whatever
       * their heights: OCR boxes of bold type vary) */
      if (k < nl && L[k].nseg >= 2 && k < j + 15 &&
          L[k].y0 - L[k - 1].y1 <= 2.0f * fmaxf(L[k].h, L[k - 1].h) &&
          (k <= hdr_end || (!heading_between(gw, L, nl, i, j, k) &&
                            !numbers_misaligned(gw, L, nl, i, j, k)))) {
        j = k - 1;
        continue;
      }
      break;
    }
    /* one lower-case line right under the last row, as close as the rows
     * are to each other, is the last row's second line or a note row of
     * the table ("exkluderat pensionsavgångar") */
    if (last + 1 < nl && L[last + 1].nseg == 1 && last > i) {
      const GLine *x = &L[last + 1];
          float gap = x->y0 - L[last].y1, prev = L[last].y0 - L[last - 1].y1;
      float w = x->seg[0].x1 - x->seg[0].x0;
      if (gap <= 1.2f * fmaxf(prev, 0.1f * x->h) && w < 0.8f * (rx1 - rx0) &&
          fabsf(x->seg[0].x0 - rx0) < x->h && x->lower)
        last++;
    }
    /* lines of one wrapped text cell that go on below the other cells of
     * the last row ("... arbetssätt. I" / "och med en ytterligare" / ...):
     * narrow, as close as the lines of the row, each under text of the
     * line above, the first going on in lower case */
    size_t row = last;   /* the last line with two segments or more */
    while (row > i && L[row].nseg < 2) row--;
    /* do the table's first cells go on in a description (a label, then
     * a capitalised line of one segment going on in lower case, standing
     * in the first column left of the next cell)?  (A section row,
     * "Purposes of reading", is followed by a row, not by its own lines.) */
    int labels_wrap = 0;
    for (size_t k = i + 1; k + 1 < row && !labels_wrap; k++)
      labels_wrap = L[k].nseg == 1 && !L[k].lower && L[k - 1].nseg >= 2 &&
                    L[k + 1].nseg == 1 && L[k + 1].lower &&
                    fabsf(L[k].seg[0].x0 - L[k - 1].seg[0].x0) < L[k].h &&
                    L[k].seg[0].x1 < L[k - 1].seg[1].x0 - 0.5f * L[k].h;
    while (last > i && last + 1 < nl && L[last + 1].nseg == 1) {
      const GLine *x = &L[last + 1], *up = &L[last], *up2 = &L[last - 1];
      float gap = x->y0 - up->y1, w = x->seg[0].x1 - x->seg[0].x0;
      int under = 0;
      for (size_t s = 0; s < up->nseg && !under; s++)
        under = segs_overlap(&x->seg[0], &up->seg[s], 0.5f);
      /* a wide text column's cell may wrap into lines wider than most of
       * the table: such a line starts where the cell's text does and
       * stays left of the row's next cell */
      int in_cell = 0;
      for (size_t s = 0; s + 1 < L[row].nseg && !in_cell; s++)
        in_cell = fabsf(x->seg[0].x0 - L[row].seg[s].x0) < x->h &&
                  x->seg[0].x1 < L[row].seg[s + 1].x0 - 0.5f * x->h;
      /* as close as the lines above: by OCR baselines, the step from the
       * line above no more than 1.25 times the one before it (glyph boxes
       * make a line without descenders look further off); without them,
       * the gap under 0.6 of the line's height */
      int close = gap <= 0.6f * x->h;
      if (x->base > 0 && up->base > 0 && up2->base > 0 && up->base > up2->base)
        close = gap <= x->h && x->base - up->base <= 1.25f * (up->base - up2->base);
      /* a capitalised line going on in lower case goes on the last row's
       * first cell only in a table whose first cells have descriptions,
       * and only inside that cell's column ("Underleverantörer | Ja" /
       * "Leverantören svarar för" / "underleverantörers arbete") */
      int label_line = labels_wrap && up->nseg >= 2 && last + 2 < nl &&
                       L[last + 2].nseg == 1 && L[last + 2].lower &&
                       fabsf(x->seg[0].x0 - up->seg[0].x0) < x->h &&
                       x->seg[0].x1 < up->seg[1].x0 - 0.5f * x->h;
      /* (a capital after a cell whose line runs on, "... regionen och"
       * / "Försäkringskassan.", is that cell's) */
      int runs = 0;
      for (size_t s = 0; s < up->nseg && !runs; s++)
        runs = segs_overlap(&x->seg[0], &up->seg[s], 0.5f) && runs_on(gw, up, &up->seg[s], words);
      if (!under || !close || (w > 0.6f * (rx1 - rx0) && !in_cell) ||
          (up->nseg >= 2 && !x->lower && !label_line && !runs))
        break;
      last++;
    }
    /* one-segment lines right above that touch the first row (a header
     * cell spanning columns, set higher than the column headers) */
    size_t top = i;
    while (top > 0 && L[top - 1].nseg == 1 && L[top - 1].region < 0 &&
           L[top].y0 - L[top - 1].y1 < 0.25f * L[top].h &&
           L[top - 1].seg[0].x0 >= rx0 - L[top].h &&
           L[top - 1].seg[0].x1 <= rx1 + L[top].h)
      top--;
    /* a header row ruled off right above the first row whose cells stand
     * on lines of their own, one set between the others' lines (003's
     * bold "Samordning ... och" / "Ja" / "bomkörningar." over rows of
     * "label | Ja"): one-segment lines stacked so close they overlap, the
     * first over the first row's first cell, one over a later cell of it,
     * a rule across the table under them */
    if (top == i && i >= 2 && nrules && L[i].nseg >= 2) {
      size_t a = i;
      while (a > 0 && L[a - 1].nseg == 1 && L[a - 1].region < 0 &&
             (a == i ? L[i].y0 - L[a - 1].y1 <= L[i].h : L[a].y0 < L[a - 1].y1))
        a--;
      int later = 0;
      for (size_t q = a; q < i && !later; q++)
        for (size_t s = 1; s < L[i].nseg && !later; s++)
          later = segs_overlap(&L[q].seg[0], &L[i].seg[s], 0.5f);
      if (i - a >= 2 && later && segs_overlap(&L[a].seg[0], &L[i].seg[0], 0.5f) &&
          rule_between(L, i, rx0, rx1, rules, nrules))
        top = a;
    }
    /* (a header row split off below: its lines of one segment too) */
    if (hdr_top < top) top = hdr_top;
    hdr_top = SIZE_MAX;
    size_t next = last + 1;
    size_t split = header_rule_split(gw, L, top, last, rx0, rx1, rules, nrules, &hdr_end);
    if (!split && (split = cell_rule_split(L, top, last, crules, ncrules)) && split <= i)
      split = 0;
    if (split) {
      next = hdr_top = split;
      last = split - 1;
      nmulti = 0;
      for (size_t k = i; k <= last; k++) nmulti += L[k].nseg >= 2;
    }
    if (nmulti >= 2) {
      for (size_t k = top; k <= last; k++) L[k].region = nreg;
      nreg++;
    }
    i = next;
  }
  return nreg;
}

/* ---- rotated pages -------------------------------------------------------- */

/* When most words stand on end (a table set a quarter turn round on the
 * page), turn the boxes so the text reads left to right, top to bottom:
 * text reading downwards has its top to the right, text reading upwards
 * its top to the left.  The direction comes from the order of words in
 * their source lines.  Boxes in the Doc are not touched.  Returns 1 when
 * it turned them. */
static int rotate_upright(const DocPage *p, GWord *gw, size_t nw) {
  size_t tall = 0, wide = 0;
  long down = 0;
  float W = p->width, H = p->height;
  for (size_t i = 0; i < nw; i++) {
    float w = gw[i].b.x1 - gw[i].b.x0, h = gw[i].b.y1 - gw[i].b.y0;
    if (strlen(gw[i].text) < 3) continue;
    if (h > 1.5f * w) tall++;
    else if (w > 1.5f * h) wide++;
    if (gw[i].b.x1 > W) W = gw[i].b.x1;
    if (gw[i].b.y1 > H) H = gw[i].b.y1;
    if (i > 0 && gw[i - 1].blk == gw[i].blk && gw[i - 1].line == gw[i].line)
      down += gw[i].b.y0 > gw[i - 1].b.y0 ? 1 : -1;
  }
  if (tall <= 2 * wide || tall < 10) return 0;
  for (size_t i = 0; i < nw; i++) {
    DocBox b = gw[i].b, r;
    if (down >= 0) {
      r = (DocBox){b.y0, W - b.x1, b.y1, W - b.x0};
    } else {
      r = (DocBox){H - b.y1, b.x0, H - b.y0, b.x1};
    }
    gw[i].b = r;
    gw[i].base = 0;
  }
  return 1;
}

/* ---- ruled tables ---------------------------------------------------------- */

/* Build the tables drawn as grids of p's ruling lines (tab_lattice.c) and
 * move the words they take from gw[0..*nw-1] to *taken (owned), owner of
 * each in *towner (owned).  *ntaken words moved; returns the number of
 * tables (in *tabs, owned; their boxes in *boxes), or -1 on allocation
 * failure. */
static int lattice_tables(const DocPage *p, GWord *gw, size_t *nw,
                          GWord **taken, int **towner, size_t *ntaken,
                          DocTable ***tabs, DocBox **boxes) {
  size_t n = *nw;
  DocBox *bx = calloc(n ? n : 1, sizeof *bx); /* calloc: gcc -O2 sees the n == 0 case as uninitialised */
  const char **tx = calloc(n ? n : 1, sizeof *tx);
  int *own = malloc((n ? n : 1) * sizeof *own);
  int nt = -1;
  *taken = NULL;
  *towner = NULL;
  *ntaken = 0;
  if (!bx || !tx || !own) goto done;
  for (size_t i = 0; i < n; i++) {
    bx[i] = gw[i].b;
    tx[i] = gw[i].text;
    own[i] = -1;
  }
  nt = tab_lattice_build(p->rules, p->nrules, bx, tx, n, own, tabs, boxes);
  if (nt <= 0) goto done;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) k += own[i] >= 0;
  *taken = malloc((k ? k : 1) * sizeof **taken);
  *towner = malloc((k ? k : 1) * sizeof **towner);
  if (!*taken || !*towner) {
    for (int t = 0; t < nt; t++) doc_table_free((*tabs)[t]);
    free(*tabs);
    free(*boxes);
    *tabs = NULL;
    *boxes = NULL;
    free(*taken);
    free(*towner);
    *taken = NULL;
    *towner = NULL;
    nt = -1;
    goto done;
  }
  size_t keep = 0;
  for (size_t i = 0; i < n; i++) {
    if (own[i] >= 0) {
      (*taken)[*ntaken] = gw[i];
      (*towner)[(*ntaken)++] = own[i];
    } else {
      gw[keep++] = gw[i];
    }
  }
  *nw = keep;
done:
  free(bx);
  free(tx);
  free(own);
  return nt;
}

/* ---- the page ----------------------------------------------------------- */

/* Find the tables among the boxed words of p and put DOC_TABLE blocks in
 * place of the words they cover (see tables.h).  Loads the rule words;
 * fails on a missing or bad rule file (RENSA_E_RESOURCE) or allocation. */
/* The box of block b's words; 0 when none has one. */
static int words_box(const DocBlock *b, DocBox *box) {
  int seen = 0;
  for (size_t l = 0; l < b->nlines; l++)
    for (size_t w = 0; w < b->lines[l].nwords; w++)
      if (b->lines[l].words[w].has_box == 1)
        doc_box_cover(box, &seen, b->lines[l].words[w].box);
  return seen;
}

/* Text set wholly above a table and across its columns comes before it:
 * Tesseract can order a block after a lower one (the rest of a cell cut by
 * the page break, set over a table's repeated header, came after the
 * header's first word), and the table takes the place of its first block.
 * Such a block, between the table and the next one, is moved before it. */
static void text_above_first(DocPage *p) {
  for (size_t i = 0; i < p->nblocks; i++) {
    if (p->blocks[i].kind != DOC_TABLE || !p->blocks[i].has_box) continue;
    for (size_t j = i + 1; j < p->nblocks && p->blocks[j].kind != DOC_TABLE; j++) {
      const DocBox *t = &p->blocks[i].box;
      DocBox b;
      if (!words_box(&p->blocks[j], &b) || b.y1 > t->y0 || b.x1 <= t->x0 || b.x0 >= t->x1)
        continue;
      DocBlock moved = p->blocks[j];
      memmove(p->blocks + i + 1, p->blocks + i, (j - i) * sizeof *p->blocks);
      p->blocks[i++] = moved;
    }
  }
}

RensaStatus tab_build_geom(DocPage *p, RensaErr *e) {
  size_t nw = 0;
  for (size_t b = 0; b < p->nblocks; b++) {
    DocBlock *bl = &p->blocks[b];
    if (bl->kind == DOC_TABLE) continue;
    for (size_t l = 0; l < bl->nlines; l++)
      for (size_t w = 0; w < bl->lines[l].nwords; w++)
        nw += bl->lines[l].words[w].has_box != 0;
  }
  if (nw == 0) return RENSA_OK;
  GWord *gw = calloc(nw, sizeof *gw);
  GLine *L = NULL;
  size_t nl = 0;
  DocTable **tabs = NULL;
  size_t *tabfirst = NULL;
  int *tabafter = NULL;   /* the table goes after its first block */
  size_t *tabtail = NULL; /* that block's lines from this one go after it */
  RensaStatus st = RENSA_E_NOMEM;
  TabRules *rules = NULL;
  int nreg = 0, nlat = 0;
  DocTable **lat = NULL;
  DocBox *latbox = NULL;
  GWord *lw = NULL;
  int *lwown = NULL;
  size_t nlw = 0;
  if (!gw) goto out;
  nw = 0;
  for (size_t b = 0; b < p->nblocks; b++) {
    DocBlock *bl = &p->blocks[b];
    if (bl->kind == DOC_TABLE) continue;
    for (size_t l = 0; l < bl->nlines; l++)
      for (size_t w = 0; w < bl->lines[l].nwords; w++) {
        DocWord *dw = &bl->lines[l].words[w];
        if (!dw->has_box || !dw->text || !*dw->text || is_leader(dw->text))
          continue;
        /* of noise (a block without letters or digits) only the lone
         * dashes of empty cells, and a percent sign a PDF's text layer
         * (or a sure reading) sets apart under a header ("Förändring," /
         * "%", a block of its own in tune-c's text layer; "Beläggningsgrad"
         * / "(%)") */
        if (bl->kind == DOC_NOISE && tab_tok_kind(dw->text) != TAB_TOK_DASH &&
            !((strcmp(dw->text, "%") == 0 || strcmp(dw->text, "(%)") == 0) &&
              (dw->conf < 0 || dw->conf >= 80)))
          continue;
        gw[nw++] = (GWord){dw->box, dw->base, b, l, w, dw->text, dw->conf};
      }
  }
  /* tables drawn as grids of lines take their words first */
  int upright = !rotate_upright(p, gw, nw);
  if (upright && p->nrules &&
      (nlat = lattice_tables(p, gw, &nw, &lw, &lwown, &nlw, &lat, &latbox)) < 0) {
    nlat = 0;
    goto out;
  }
  nl = make_lines(gw, nw, &L);
  if (nl == (size_t)-1) {
    nl = 0;
    goto out;
  }
  float space = word_space(gw, L, nl);
  for (size_t i = 0; i < nl; i++) {
    if (make_segments(gw, L, nl, i, space)) goto out;
    const unsigned char *t = (const unsigned char *)gw[L[i].w[0]].text;
    L[i].lower = (t[0] >= 'a' && t[0] <= 'z') ||
                 (t[0] == 0xC3 && t[1] >= 0xA0 && t[1] <= 0xBE);
  }
  if (!(rules = tab_rules_default(e))) {
    st = e ? e->code : RENSA_E_RESOURCE;
    goto out_noerr;
  }
  /* a caption line ("Table 3. Actual and projected ...") is no row, even
   * when a gap cuts it in two */
  for (size_t i = 0; i < nl; i++) {
    GLine *l = &L[i];
    if (l->nw < 2 || l->nseg < 2) continue;
    if (!tab_caption_start(rules, gw[l->w[0]].text, gw[l->w[1]].text)) continue;
    l->seg[0].x1 = l->seg[l->nseg - 1].x1;
    l->seg[0].nw = l->nw;
    l->seg[0].num = 0;
    l->nseg = 1;
  }
  nreg = find_regions(gw, L, nl, upright ? p->rules : NULL, upright ? p->nrules : 0,
                      upright ? p->cell_rules : NULL, upright ? p->ncell_rules : 0, rules);
  if (nreg + nlat == 0) {
    st = RENSA_OK;
    goto out;
  }
  tabs = calloc((size_t)(nreg + nlat), sizeof *tabs);
  tabfirst = calloc((size_t)(nreg + nlat), sizeof *tabfirst);
  tabafter = calloc((size_t)(nreg + nlat), sizeof *tabafter);
  tabtail = calloc((size_t)(nreg + nlat), sizeof *tabtail);
  if (!tabs || !tabfirst || !tabafter || !tabtail) goto out;
  for (int r = 0; r < nlat; r++) {
    tabs[nreg + r] = lat[r];
    lat[r] = NULL;
    tabfirst[nreg + r] = (size_t)-1;
    if (tab_check(tabs[nreg + r], rules, p->from_ocr)) goto out;
  }
  for (size_t k = 0; k < nlw; k++)
    if (lw[k].blk < tabfirst[nreg + lwown[k]]) tabfirst[nreg + lwown[k]] = lw[k].blk;
  for (int r = 0; r < nreg; r++) {
    size_t a = 0, z = 0;
    int seen = 0;
    for (size_t i = 0; i < nl; i++)
      if (L[i].region == r) {
        if (!seen) a = i;
        z = i;
        seen = 1;
      }
    if (!(tabs[r] = region_table(gw, L, a, z, upright ? p->rules : NULL,
                                 upright ? p->nrules : 0, upright ? p->cell_rules : NULL,
                                 upright ? p->ncell_rules : 0, rules)))
      goto out;
    if (tab_check(tabs[r], rules, p->from_ocr)) goto out;
    /* the first block (in page order) the region touches */
    size_t fb = (size_t)-1;
    for (size_t i = a; i <= z; i++)
      for (size_t k = 0; k < L[i].nw; k++)
        if (gw[L[i].w[k]].blk < fb) fb = gw[L[i].w[k]].blk;
    tabfirst[r] = fb;
  }
  /* remove the covered words: mark, then drop from the back */
  {
    size_t nb = p->nblocks;
    for (size_t i = 0; i < nl; i++) {
      if (L[i].region < 0) continue;
      for (size_t k = 0; k < L[i].nw; k++) {
        GWord *w = &gw[L[i].w[k]];
        DocWord *dw = &p->blocks[w->blk].lines[w->line].words[w->word];
        dw->has_box = -1;   /* marked for removal */
      }
    }
    for (size_t k = 0; k < nlw; k++)
      p->blocks[lw[k].blk].lines[lw[k].line].words[lw[k].word].has_box = -1;
    for (size_t b = 0; b < nb; b++) {
      DocBlock *bl = &p->blocks[b];
      for (size_t l = 0; l < bl->nlines; l++) {
        DocLine *ln = &bl->lines[l];
        for (size_t w = ln->nwords; w-- > 0;)
          if (ln->words[w].has_box == -1) doc_line_remove(ln, w);
      }
    }
    /* a table whose first block keeps only lines above it (a heading OCR
     * put in one block with the table) goes after that block; lines of
     * that block below the table (the next heading, in the same block
     * too) go after the table, in a block of their own (tabtail) */
    for (int r = 0; r < nreg; r++) {
      float top = 1e30f, bottom = -1e30f, h = 0;
      for (size_t i = 0; i < nl; i++)
        if (L[i].region == r) {
          top = fminf(top, L[i].y0);
          bottom = fmaxf(bottom, L[i].y1);
          h = fmaxf(h, L[i].h);
        }
      const DocBlock *bl = &p->blocks[tabfirst[r]];
      int above = 0, other = 0;
      size_t below = bl->nlines;   /* the first line below the table */
      for (size_t l = 0; l < bl->nlines; l++) {
        int up = 0, down = 0, mid = 0;
        for (size_t w = 0; w < bl->lines[l].nwords; w++) {
          const DocWord *dw = &bl->lines[l].words[w];
          if (dw->has_box == 1 && dw->box.y1 <= top + 0.3f * h) up = 1;
          else if (dw->has_box == 1 && dw->box.y0 >= bottom - 0.3f * h) down = 1;
          else mid = 1;
        }
        if (mid || (up && down) || (up && below < bl->nlines)) other = 1;
        else if (up) above = 1;
        else if (down && below == bl->nlines) below = l;
      }
      /* (a block that heads another table too keeps its lines: two
       * tables' tails would be lines of the same block) */
      int shared = 0;
      for (int r2 = 0; r2 < nreg + nlat; r2++) shared |= r2 != r && tabfirst[r2] == tabfirst[r];
      tabafter[r] = above && !other && (!shared || below == bl->nlines);
      if (tabafter[r] && below < bl->nlines) tabtail[r] = below;
    }
    /* append the table blocks, then move each before its first block */
    for (int r = 0; r < nreg + nlat; r++) {
      DocBlock *nbk = doc_block_add(p, DOC_TABLE);
      if (!nbk) goto out;
      nbk->table = tabs[r];
      tabs[r] = NULL;
      /* the region's box, for joining tables across pages */
      int seen = 0;
      for (size_t i = 0; i < nl; i++) {
        if (L[i].region != r) continue;
        for (size_t k = 0; k < L[i].nw; k++) doc_box_cover(&nbk->box, &seen, gw[L[i].w[k]].b);
      }
      if (r >= nreg) {
        nbk->box = latbox[r - nreg];
        seen = 1;
      }
      nbk->has_box = seen;
    }
    int ntab = nreg + nlat;
    /* the tails, after the tables: tabtail[r] becomes their index */
    for (int r = 0; r < nreg; r++) {
      if (!tabtail[r]) continue;
      DocBlock *tail = doc_block_add(p, DOC_PARA);
      if (!tail) goto out;
      DocBlock *bl = &p->blocks[tabfirst[r]];
      size_t from = tabtail[r], n = bl->nlines - from;
      if (!(tail->lines = malloc(n * sizeof *tail->lines))) goto out;
      memcpy(tail->lines, bl->lines + from, n * sizeof *tail->lines);
      tail->nlines = tail->cap = n;
      bl->nlines = from;
      for (size_t l = 0; l < n; l++)
        for (size_t w = 0; w < tail->lines[l].nwords; w++)
          doc_box_cover(&tail->box, &tail->has_box, tail->lines[l].words[w].box);
      tabtail[r] = p->nblocks - 1;
    }
    DocBlock *tmp = malloc((size_t)ntab * sizeof *tmp);
    if (!tmp) goto out;
    memcpy(tmp, p->blocks + nb, (size_t)ntab * sizeof *tmp);
    /* rebuild the block order: old blocks with the tables inserted */
    DocBlock *all = malloc(p->cap * sizeof *all);
    if (!all) {
      free(tmp);
      goto out;
    }
    size_t k = 0;
    for (size_t b = 0; b <= nb; b++) {
      for (int r = 0; r < ntab; r++)
        if ((tabfirst[r] == b && !tabafter[r]) || (b == nb && tabfirst[r] >= nb))
          all[k++] = tmp[r];
      if (b < nb) all[k++] = p->blocks[b];
      for (int r = 0; r < ntab; r++)
        if (b < nb && tabfirst[r] == b && tabafter[r]) {
          all[k++] = tmp[r];
          if (r < nreg && tabtail[r]) all[k++] = p->blocks[tabtail[r]];
        }
    }
    memcpy(p->blocks, all, k * sizeof *all);
    free(all);
    free(tmp);
    /* drop blocks left without words (not tables) */
    size_t out = 0;
    for (size_t b = 0; b < p->nblocks; b++) {
      DocBlock *bl = &p->blocks[b];
      size_t words = 0;
      for (size_t l = 0; l < bl->nlines; l++) words += bl->lines[l].nwords;
      if (bl->kind != DOC_TABLE && bl->nlines > 0 && words == 0) {
        for (size_t l = 0; l < bl->nlines; l++) free(bl->lines[l].words);
        free(bl->lines);
        doc_table_free(bl->table);
        continue;
      }
      p->blocks[out++] = *bl;
    }
    p->nblocks = out;
    text_above_first(p);
  }
  st = RENSA_OK;
out:
  if (st != RENSA_OK)
    rensa_err_set(e, st, NULL, p->number, "out of memory finding tables");
out_noerr:
  tab_rules_free(rules);
  if (tabs)
    for (int r = 0; r < nreg + nlat; r++) doc_table_free(tabs[r]);
  if (lat)
    for (int r = 0; r < nlat; r++) doc_table_free(lat[r]);
  free(lat);
  free(latbox);
  free(lw);
  free(lwown);
  for (size_t i = 0; i < nl; i++) {
    free(L[i].w);
    free(L[i].seg);
  }
  free(L);
  free(gw);
  free(tabs);
  free(tabfirst);
  free(tabafter);
  free(tabtail);
  return st;
}
