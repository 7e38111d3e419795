/*
 * tab_lattice.c — tab_lattice_build: tables drawn as grids of ruling
 * lines (see tab_ruling.c for where the lines come from).
 *
 * Horizontal and vertical lines that cross (or come within LAT_JOIN of
 * crossing: the edges of shaded cells set apart by white) are one grid.
 * Its column edges are the positions of its vertical lines and the ends
 * of its horizontal ones, its row edges likewise; a grid needs two of each
 * kind of line.  A column edge between two words of a line no more than a
 * word space apart is dropped.  Two neighbouring cells with no line
 * between them are one cell spanning both (a header over several
 * columns), and its text sits in the top-left one, the others stay empty.
 * A row of the grid that holds several lines of text, most of them with
 * words in two or more cells and two with numbers, has rows the author did
 * not rule (unless it is the first of several, the header): each such
 * line starts a row, lines with words in one cell only go on with the row
 * above (a wrapped label).  A cell whose line has a gap wider than LAT_GAP
 * word heights holds two columns the grid does not draw (unless the line
 * fills the cell with even spaces: justified text): then the grid is no
 * table.  Columns and rows without text are dropped; what is left must
 * have two columns, two rows and four cells with text, or the words are
 * left to the alignment method of tab_geom.c.
 *
 * Provides: tab_lattice_build (tab_internal.h).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tab_internal.h"

#define LAT_TOL 2.0f   /* lines this close (page units) coincide */
#define LAT_JOIN 4.0f  /* a line ending this close to another meets it */
#define LAT_GAP 1.2f   /* a gap this many word heights wide splits a cell */
#define LAT_JUSTIFIED 0.85f /* unless the line fills this share of it */

/* A line along a (x for horizontal lines) at c across. */
typedef struct LLine {
  float a0, a1, c;
  int horiz;
} LLine;

/* Union-find root of i, halving paths. */
static size_t uf_find(size_t *par, size_t i) {
  while (par[i] != i) {
    par[i] = par[par[i]];
    i = par[i];
  }
  return i;
}

static void uf_union(size_t *par, size_t a, size_t b) {
  a = uf_find(par, a);
  b = uf_find(par, b);
  if (a < b) par[b] = a;
  else if (b < a) par[a] = b;
}

static int cmp_float(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return (x > y) - (x < y);
}

/* Sort v[0..n-1] and merge values within LAT_TOL into their mean;
 * returns the count left. */
static size_t cluster(float *v, size_t n) {
  if (n == 0) return 0;
  qsort(v, n, sizeof *v, cmp_float);
  size_t out = 0, k0 = 0;
  for (size_t k = 1; k <= n; k++) {
    if (k < n && v[k] - v[k - 1] <= LAT_TOL) continue;
    float s = 0;
    for (size_t q = k0; q < k; q++) s += v[q];
    v[out++] = s / (float)(k - k0);
    k0 = k;
  }
  return out;
}

/* Index of the interval of edges e[0..n-1] holding x (clamped). */
static size_t slot(const float *e, size_t n, float x) {
  size_t i = 0;
  while (i + 2 < n && x >= e[i + 1]) i++;
  return i;
}

/* A word placed in the grid. */
typedef struct LWord {
  size_t w;            /* index into the caller's words */
  size_t row, col;     /* grid cell of its centre */
  size_t cell;         /* the (possibly spanning) cell it belongs to */
  size_t line;         /* text line within its grid row (global id) */
  size_t orow;         /* output row */
  float x0, cy;
} LWord;

static int cmp_lword_y(const void *a, const void *b) {
  const LWord *x = a, *y = b;
  if (x->row != y->row) return (x->row > y->row) - (x->row < y->row);
  return (x->cy > y->cy) - (x->cy < y->cy);
}

static int cmp_lword_out(const void *a, const void *b) {
  const LWord *x = a, *y = b;
  if (x->orow != y->orow) return (x->orow > y->orow) - (x->orow < y->orow);
  if (x->col != y->col) return (x->col > y->col) - (x->col < y->col);
  if (x->line != y->line) return (x->line > y->line) - (x->line < y->line);
  return (x->x0 > y->x0) - (x->x0 < y->x0);
}

/* Append t to *dst (owned) after a space, or glued when the text so far
 * ends a line with a hyphen (a word broken inside the cell) and t is no
 * conjunction.  0, or -1 on allocation failure. */
static int text_append(char **dst, const char *t, int newline) {
  size_t a = *dst ? strlen(*dst) : 0, b = strlen(t);
  int glue = a >= 2 && newline && (*dst)[a - 1] == '-' && (*dst)[a - 2] != ' ' &&
             strcmp(t, "och") && strcmp(t, "eller") && strcmp(t, "samt") &&
             strcmp(t, "and") && strcmp(t, "or");
  char *n = realloc(*dst, a + b + 2);
  if (!n) return -1;
  if (a && !glue) n[a++] = ' ';
  memcpy(n + a, t, b + 1);
  *dst = n;
  return 0;
}

/* Does a line of lines[idx[0..n-1]] lie at c (within LAT_TOL), horizontal
 * when horiz, and cover at least half of [a0,a1]? */
static int has_line(const LLine *lines, const size_t *idx, size_t n, int horiz,
                    float c, float a0, float a1) {
  for (size_t k = 0; k < n; k++) {
    const LLine *l = &lines[idx[k]];
    if (l->horiz != horiz || fabsf(l->c - c) > LAT_TOL) continue;
    float o = fminf(l->a1, a1) - fmaxf(l->a0, a0);
    if (o >= 0.5f * (a1 - a0)) return 1;
  }
  return 0;
}

/* Build the table of one grid: lines idx[0..n-1] of lines[]; words not yet
 * owned whose centre is inside get owner[] = tab.  *out gets the table or
 * NULL (not a table: owners are reset).  0, or -1 on allocation failure. */
static int grid_table(const LLine *lines, const size_t *idx, size_t n,
                      const DocBox *box, const char *const *text, size_t nw,
                      int *owner, int tab, DocTable **out, DocBox *obox) {
  float *xs = malloc((n + 2) * sizeof *xs), *ys = malloc((n + 2) * sizeof *ys);
  size_t nx = 0, ny = 0, *par = NULL, *nsub = NULL, *base = NULL;
  LWord *lw = NULL;
  char **cells = NULL;
  DocTable *t = NULL;
  size_t nlw = 0, nrows = 0, ncols = 0, orows = 0;
  int ret = -1;
  *out = NULL;
  if (!xs || !ys) goto done;
  float bx0 = 1e9f, bx1 = -1e9f, by0 = 1e9f, by1 = -1e9f;
  for (size_t k = 0; k < n; k++) {
    const LLine *l = &lines[idx[k]];
    if (l->horiz) {
      ys[ny++] = l->c;
      bx0 = fminf(bx0, l->a0);
      bx1 = fmaxf(bx1, l->a1);
    } else {
      xs[nx++] = l->c;
      by0 = fminf(by0, l->a0);
      by1 = fmaxf(by1, l->a1);
    }
  }
  xs[nx++] = bx0;
  xs[nx++] = bx1;
  ys[ny++] = by0;
  ys[ny++] = by1;
  nx = cluster(xs, nx);
  ny = cluster(ys, ny);
  /* a column edge between two words a word space apart, on one line, is
   * no edge (the fill of a cell ends between two words) */
  for (size_t i = 1; i + 1 < nx;) {
    int bad = 0;
    for (size_t a = 0; a < nw && !bad; a++) {
      if (owner[a] >= 0 || box[a].x1 > xs[i] || box[a].x1 < xs[i] - 50) continue;
      float ha = box[a].y1 - box[a].y0, ca = (box[a].y0 + box[a].y1) / 2;
      if (ca < ys[0] || ca > ys[ny - 1]) continue;
      for (size_t b = 0; b < nw && !bad; b++) {
        if (owner[b] >= 0 || box[b].x0 < xs[i]) continue;
        float cb = (box[b].y0 + box[b].y1) / 2;
        bad = fabsf(ca - cb) < 0.3f * ha && box[b].x0 - box[a].x1 < 0.4f * ha;
      }
    }
    if (bad) {
      memmove(xs + i, xs + i + 1, (nx - i - 1) * sizeof *xs);
      nx--;
    } else {
      i++;
    }
  }
  if (nx < 3 || ny < 3) {   /* fewer than two columns or rows */
    ret = 0;
    goto done;
  }
  ncols = nx - 1;
  nrows = ny - 1;
  /* spanning cells: neighbours with no line between them are one */
  par = malloc(nrows * ncols * sizeof *par);
  if (!par) goto done;
  for (size_t k = 0; k < nrows * ncols; k++) par[k] = k;
  for (size_t r = 0; r < nrows; r++)
    for (size_t c = 0; c < ncols; c++) {
      if (c + 1 < ncols &&
          !has_line(lines, idx, n, 0, xs[c + 1], ys[r], ys[r + 1]))
        uf_union(par, r * ncols + c, r * ncols + c + 1);
      if (r + 1 < nrows &&
          !has_line(lines, idx, n, 1, ys[r + 1], xs[c], xs[c + 1]))
        uf_union(par, r * ncols + c, (r + 1) * ncols + c);
    }
  /* the words inside */
  lw = malloc((nw ? nw : 1) * sizeof *lw);
  if (!lw) goto done;
  for (size_t i = 0; i < nw; i++) {
    if (owner[i] >= 0) continue;
    float cx = (box[i].x0 + box[i].x1) / 2, cy = (box[i].y0 + box[i].y1) / 2;
    if (cx < xs[0] || cx > xs[nx - 1] || cy < ys[0] || cy > ys[ny - 1]) continue;
    LWord *q = &lw[nlw++];
    q->w = i;
    q->col = slot(xs, nx, cx);
    q->row = slot(ys, ny, cy);
    q->cell = uf_find(par, q->row * ncols + q->col);
    q->x0 = box[i].x0;
    q->cy = cy;
  }
  /* text lines per grid row, and the rows the author did not rule */
  qsort(lw, nlw, sizeof *lw, cmp_lword_y);
  nsub = calloc(nrows, sizeof *nsub);
  base = calloc(nrows + 1, sizeof *base);
  if (!nsub || !base) goto done;
  size_t lineid = 0;
  for (size_t a = 0; a < nlw;) {
    size_t z = a;
    while (z < nlw && lw[z].row == lw[a].row) z++;
    /* lines: words whose centres are within half a word height */
    size_t first = lineid, nlines = 0, multi = 0, numlines = 0;
    for (size_t k = a; k < z; k++) {
      const DocBox *b = &box[lw[k].w];
      float h = b->y1 - b->y0;
      if (k == a || lw[k].cy - lw[k - 1].cy > 0.5f * h) {
        lineid++;
        nlines++;
      }
      lw[k].line = lineid - 1;
    }
    /* cells touched per line (spanning cells count once) */
    unsigned char *isstart = calloc(nlines, 1);
    if (!isstart) goto done;
    for (size_t k = a; k < z;) {
      size_t e = k, distinct = 0;
      while (e < z && lw[e].line == lw[k].line) e++;
      for (size_t u = k; u < e; u++) {
        int seen = 0;
        for (size_t v = k; v < u && !seen; v++) seen = lw[v].cell == lw[u].cell;
        distinct += !seen;
      }
      if (distinct >= 2) {
        isstart[lw[k].line - first] = 1;
        multi++;
      }
      for (size_t u = k; u < e; u++)
        if (tab_tok_kind(text[lw[u].w]) == TAB_TOK_NUM) {
          numlines++;
          break;
        }
      k = e;
    }
    /* not in the first of several grid rows: the header, ruled off */
    int split = nlines >= 2 && multi >= 2 && 3 * multi >= 2 * nlines &&
                numlines >= 2 && (lw[a].row > 0 || nrows == 1);
    size_t sub = 0;
    for (size_t k = a; k < z; k++) {
      size_t li = lw[k].line - first;
      if (split && li > 0 && isstart[li] && (k == a || lw[k - 1].line != lw[k].line))
        sub++;
      lw[k].orow = sub;   /* within the grid row, for now */
    }
    free(isstart);
    nsub[lw[a].row] = sub + 1;
    a = z;
  }
  for (size_t r = 0; r < nrows; r++) base[r + 1] = base[r] + (nsub[r] ? nsub[r] : 1);
  orows = base[nrows];
  /* a spanning cell's words go to its top-left cell, first sub-row; the
   * others to their own cell's sub-row */
  for (size_t k = 0; k < nlw; k++) {
    size_t r0 = lw[k].cell / ncols, c0 = lw[k].cell % ncols;
    int spans = lw[k].cell != lw[k].row * ncols + lw[k].col;
    if (spans && r0 != lw[k].row) lw[k].orow = base[r0];
    else lw[k].orow += base[lw[k].row];
    lw[k].col = c0;
  }
  qsort(lw, nlw, sizeof *lw, cmp_lword_out);
  /* a wide gap between two words of one line of a cell is a column the
   * lines do not draw (the grid is not the table's whole structure),
   * unless the line spans its cell (justified text) */
  for (size_t k0 = 0; k0 < nlw;) {
    size_t k1 = k0 + 1;
    float gap = 0, gmin = 1e9f, h = box[lw[k0].w].y1 - box[lw[k0].w].y0;
    int nums = tab_tok_kind(text[lw[k0].w]) == TAB_TOK_NUM;
    while (k1 < nlw && lw[k1].orow == lw[k0].orow && lw[k1].col == lw[k0].col &&
           lw[k1].line == lw[k0].line) {
      const DocBox *a = &box[lw[k1 - 1].w], *b = &box[lw[k1].w];
      gap = fmaxf(gap, b->x0 - a->x1);
      gmin = fminf(gmin, b->x0 - a->x1);
      h = fmaxf(h, b->y1 - b->y0);
      nums += tab_tok_kind(text[lw[k1].w]) == TAB_TOK_NUM;
      k1++;
    }
    if (gap > LAT_GAP * h) {
      size_t root = lw[k0].cell, r0 = root / ncols, c1 = root % ncols;
      while (c1 + 1 < ncols && uf_find(par, r0 * ncols + c1 + 1) == root) c1++;
      float cw = xs[c1 + 1] - xs[root % ncols];
      float ext = box[lw[k1 - 1].w].x1 - box[lw[k0].w].x0;
      /* justified: the line fills the cell, its spaces alike (two words:
       * no number) */
      int even = k1 - k0 >= 3 ? gap <= 1.5f * gmin : nums == 0;
      if (ext < LAT_JUSTIFIED * cw || !even) {
        ret = 0;
        goto done;
      }
    }
    k0 = k1;
  }
  cells = calloc(orows * ncols, sizeof *cells);
  if (!cells) goto done;
  for (size_t k = 0; k < nlw; k++) {
    size_t ci = lw[k].orow * ncols + lw[k].col;
    int newline = k > 0 && lw[k - 1].orow == lw[k].orow && lw[k - 1].col == lw[k].col &&
                  lw[k - 1].line != lw[k].line;
    if (text_append(&cells[ci], text[lw[k].w], newline)) goto done;
  }
  /* keep the rows and columns with text */
  size_t kr = 0, kc = 0, filled = 0;
  unsigned char *rk = calloc(orows, 1), *ck = calloc(ncols, 1);
  if (!rk || !ck) {
    free(rk);
    free(ck);
    goto done;
  }
  for (size_t k = 0; k < orows * ncols; k++)
    if (cells[k]) {
      rk[k / ncols] = ck[k % ncols] = 1;
      filled++;
    }
  for (size_t r = 0; r < orows; r++) kr += rk[r];
  for (size_t c = 0; c < ncols; c++) kc += ck[c];
  if (kr >= 2 && kc >= 2 && filled >= 4) {
    if (!(t = doc_table_new(kr, kc))) {
      free(rk);
      free(ck);
      goto done;
    }
    for (size_t r = 0, rr = 0; r < orows; r++) {
      if (!rk[r]) continue;
      for (size_t c = 0, cc = 0; c < ncols; c++) {
        if (!ck[c]) continue;
        const char *s = cells[r * ncols + c];
        if (s && doc_table_set(t, rr, cc, s)) {
          free(rk);
          free(ck);
          goto done;
        }
        cc++;
      }
      rr++;
    }
  }
  free(rk);
  free(ck);
  if (t) {
    /* header rows: leading rows with no number in a data column */
    size_t hr = 0;
    for (size_t r = 0; r < t->nrows; r++) {
      int num = 0;
      for (size_t c = 1; c < t->ncols && !num; c++) {
        TabNum v;
        const char *x = doc_table_get(t, r, c);
        num = *x && tab_num_parse(x, &v) == 0;
      }
      if (num) break;
      hr++;
    }
    t->header_rows = hr == 0 || hr >= t->nrows ? 1 : hr;
    for (size_t k = 0; k < nlw; k++) owner[lw[k].w] = tab;
    *obox = (DocBox){xs[0], ys[0], xs[nx - 1], ys[ny - 1]};
    *out = t;
    t = NULL;
  }
  ret = 0;
done:
  doc_table_free(t);
  if (cells)
    for (size_t k = 0; k < orows * ncols; k++) free(cells[k]);
  free(cells);
  free(lw);
  free(nsub);
  free(base);
  free(par);
  free(xs);
  free(ys);
  return ret;
}

int tab_lattice_build(const DocBox *rules, size_t nrules, const DocBox *box,
                      const char *const *text, size_t nw, int *owner,
                      DocTable ***out, DocBox **boxes) {
  LLine *lines = malloc((nrules ? nrules : 1) * sizeof *lines);
  size_t *par = malloc((nrules ? nrules : 1) * sizeof *par);
  size_t *idx = malloc((nrules ? nrules : 1) * sizeof *idx);
  DocTable **tabs = NULL;
  DocBox *tb = NULL;
  int ntab = 0, ret = -1;
  *out = NULL;
  *boxes = NULL;
  if (!lines || !par || !idx) goto done;
  for (size_t k = 0; k < nrules; k++) {
    const DocBox *r = &rules[k];
    int horiz = r->x1 - r->x0 >= r->y1 - r->y0;
    lines[k] = horiz ? (LLine){r->x0, r->x1, (r->y0 + r->y1) / 2, 1}
                     : (LLine){r->y0, r->y1, (r->x0 + r->x1) / 2, 0};
    par[k] = k;
  }
  /* crossing lines are one grid */
  for (size_t a = 0; a < nrules; a++) {
    if (!lines[a].horiz) continue;
    for (size_t b = 0; b < nrules; b++) {
      if (lines[b].horiz) continue;
      const LLine *h = &lines[a], *v = &lines[b];
      if (v->c >= h->a0 - LAT_JOIN && v->c <= h->a1 + LAT_JOIN &&
          h->c >= v->a0 - LAT_JOIN && h->c <= v->a1 + LAT_JOIN)
        uf_union(par, a, b);
    }
  }
  tabs = calloc(nrules ? nrules : 1, sizeof *tabs);
  tb = calloc(nrules ? nrules : 1, sizeof *tb);
  if (!tabs || !tb) goto done;
  for (size_t root = 0; root < nrules; root++) {
    if (uf_find(par, root) != root) continue;
    size_t n = 0, nh = 0, nv = 0;
    for (size_t k = root; k < nrules; k++)
      if (uf_find(par, k) == root) {
        idx[n++] = k;
        nh += lines[k].horiz;
        nv += !lines[k].horiz;
      }
    if (nh < 2 || nv < 2) continue;
    DocTable *t = NULL;
    if (grid_table(lines, idx, n, box, text, nw, owner, ntab, &t, &tb[ntab]))
      goto done;
    if (t) tabs[ntab++] = t;
  }
  *out = tabs;
  *boxes = tb;
  tabs = NULL;
  tb = NULL;
  ret = ntab;
done:
  if (tabs)
    for (int k = 0; k < ntab; k++) doc_table_free(tabs[k]);
  free(tabs);
  free(tb);
  free(lines);
  free(par);
  free(idx);
  return ret;
}
