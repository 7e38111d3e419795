/*
 * doc.c — building and freeing the document model (see doc.h).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"

/* Grow *arr (of elem-sized items, *cap slots) so one more fits. */
static int grow(void **arr, size_t *cap, size_t n, size_t elem) {
  if (n < *cap) return 0;
  size_t nc = *cap ? *cap * 2 : 8;
  void *p = realloc(*arr, nc * elem);
  if (!p) return -1;
  memset((char *)p + *cap * elem, 0, (nc - *cap) * elem);
  *arr = p;
  *cap = nc;
  return 0;
}

static char *dupn(const char *s, size_t n) {
  char *p = malloc(n + 1);
  if (!p) return NULL;
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

Doc *doc_new(const char *source) {
  Doc *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  if (source && !(d->source = dupn(source, strlen(source)))) {
    free(d);
    return NULL;
  }
  return d;
}

static void word_clear(DocWord *w) {
  free(w->text);
  free(w->orig);
}

static void line_clear(DocLine *l) {
  for (size_t i = 0; i < l->nwords; i++) word_clear(&l->words[i]);
  free(l->words);
}

static void block_clear(DocBlock *b) {
  for (size_t i = 0; i < b->nlines; i++) line_clear(&b->lines[i]);
  free(b->lines);
  doc_table_free(b->table);
}

void doc_block_remove(DocPage *p, size_t i) {
  if (i >= p->nblocks) return;
  block_clear(&p->blocks[i]);
  memmove(&p->blocks[i], &p->blocks[i + 1], (p->nblocks - i - 1) * sizeof *p->blocks);
  p->nblocks--;
}

void doc_free(Doc *d) {
  if (!d) return;
  for (size_t p = 0; p < d->npages; p++) {
    DocPage *pg = &d->pages[p];
    for (size_t b = 0; b < pg->nblocks; b++) block_clear(&pg->blocks[b]);
    free(pg->blocks);
    free(pg->rules);
    free(pg->cell_rules);
  }
  free(d->pages);
  free(d->source);
  free(d);
}

DocPage *doc_page_add(Doc *d) {
  if (grow((void **)&d->pages, &d->cap, d->npages, sizeof *d->pages)) return NULL;
  DocPage *p = &d->pages[d->npages++];
  memset(p, 0, sizeof *p);
  p->number = (int)d->npages;
  p->mean_conf = -1;
  return p;
}

DocBlock *doc_block_add(DocPage *p, DocBlockKind kind) {
  if (grow((void **)&p->blocks, &p->cap, p->nblocks, sizeof *p->blocks)) return NULL;
  DocBlock *b = &p->blocks[p->nblocks++];
  memset(b, 0, sizeof *b);
  b->kind = kind;
  return b;
}

DocLine *doc_line_add(DocBlock *b) {
  if (grow((void **)&b->lines, &b->cap, b->nlines, sizeof *b->lines)) return NULL;
  DocLine *l = &b->lines[b->nlines++];
  memset(l, 0, sizeof *l);
  return l;
}

DocWord *doc_word_addn(DocLine *l, const char *text, size_t len, int src_line,
                       int src_col) {
  if (grow((void **)&l->words, &l->cap, l->nwords, sizeof *l->words)) return NULL;
  char *t = dupn(text, len);
  if (!t) return NULL;
  DocWord *w = &l->words[l->nwords++];
  memset(w, 0, sizeof *w);
  w->text = t;
  w->conf = -1;
  w->src_line = src_line;
  w->src_col = src_col;
  w->space_after = 1;
  return w;
}

DocWord *doc_word_add(DocLine *l, const char *text, int src_line, int src_col) {
  return doc_word_addn(l, text, strlen(text), src_line, src_col);
}

int doc_word_set(DocWord *w, const char *text) {
  char *t = dupn(text, strlen(text));
  if (!t) return -1;
  if (!w->orig) {
    w->orig = w->text;
  } else {
    free(w->text);
  }
  w->text = t;
  w->flags |= DOC_W_CHANGED;
  return 0;
}

void doc_line_remove(DocLine *l, size_t i) {
  if (i >= l->nwords) return;
  word_clear(&l->words[i]);
  memmove(&l->words[i], &l->words[i + 1], (l->nwords - i - 1) * sizeof *l->words);
  l->nwords--;
}

int doc_word_split(DocLine *l, size_t i, size_t at, float end, float start) {
  if (i >= l->nwords || at == 0 || at >= strlen(l->words[i].text)) return -1;
  if (grow((void **)&l->words, &l->cap, l->nwords, sizeof *l->words)) return -1;
  DocWord *w = &l->words[i];
  char *a = dupn(w->text, at), *b = dupn(w->text + at, strlen(w->text) - at);
  if (!a || !b) {
    free(a);
    free(b);
    return -1;
  }
  memmove(&l->words[i + 2], &l->words[i + 1], (l->nwords - i - 1) * sizeof *l->words);
  l->nwords++;
  DocWord *v = &l->words[i + 1];
  *v = *w;
  v->orig = NULL;
  v->text = b;
  v->box.x0 = start;
  free(w->text);
  free(w->orig);
  w->orig = NULL;
  w->text = a;
  w->box.x1 = end;
  w->space_after = 1;
  return 0;
}

DocTable *doc_table_new(size_t nrows, size_t ncols) {
  DocTable *t = calloc(1, sizeof *t);
  if (!t) return NULL;
  size_t n = nrows * ncols;
  t->nrows = nrows;
  t->ncols = ncols;
  t->header_rows = nrows ? 1 : 0;
  t->cells = calloc(n ? n : 1, sizeof *t->cells);
  t->cell_flags = calloc(n ? n : 1, 1);
  t->cell_conf = malloc((n ? n : 1) * sizeof *t->cell_conf);
  if (!t->cells || !t->cell_flags || !t->cell_conf) {
    doc_table_free(t);
    return NULL;
  }
  for (size_t i = 0; i < n; i++) t->cell_conf[i] = -1;
  for (size_t i = 0; i < n; i++) {
    if (!(t->cells[i] = dupn("", 0))) {
      doc_table_free(t);
      return NULL;
    }
  }
  return t;
}

size_t doc_table_drop_empty_cols(DocTable *t) {
  size_t nc = t->ncols, keep = 0;
  if (!nc || !t->nrows) return 0;
  int colx = t->colx && t->ncolx == nc;
  size_t *to = malloc(nc * sizeof *to);   /* new index of each column */
  if (!to) return 0;                      /* (nothing dropped: still right) */
  for (size_t c = 0; c < nc; c++) {
    int any = 0;
    for (size_t r = 0; r < t->nrows && !any; r++) any = t->cells[r * nc + c][0] != '\0';
    to[c] = any || (c == nc - 1 && keep == 0) ? keep++ : SIZE_MAX;
  }
  if (keep == nc) {
    free(to);
    return 0;
  }
  /* row-major, so each cell moves to an index no later than its own */
  for (size_t r = 0; r < t->nrows; r++)
    for (size_t c = 0; c < nc; c++) {
      size_t from = r * nc + c;
      if (to[c] == SIZE_MAX) {
        free(t->cells[from]);
        continue;
      }
      size_t at = r * keep + to[c];
      t->cells[at] = t->cells[from];
      t->cell_flags[at] = t->cell_flags[from];
      t->cell_conf[at] = t->cell_conf[from];
    }
  if (colx) {
    for (size_t c = 0; c < nc; c++)
      if (to[c] != SIZE_MAX) {
        t->colx[2 * to[c]] = t->colx[2 * c];
        t->colx[2 * to[c] + 1] = t->colx[2 * c + 1];
      }
    t->ncolx = keep;
  }
  /* (a rewrite that emptied its cell goes with its column) */
  size_t kept = 0;
  for (size_t i = 0; i < t->nfixes; i++) {
    DocCellFix f = t->fixes[i];
    if (to[f.col] == SIZE_MAX) {
      free(f.before);
      free(f.after);
      continue;
    }
    f.col = to[f.col];
    t->fixes[kept++] = f;
  }
  t->nfixes = kept;
  t->ncols = keep;
  free(to);
  return nc - keep;
}

int doc_table_insert_col(DocTable *t, size_t at, float x0, float x1) {
  size_t nr = t->nrows, nc = t->ncols + 1, n = nr * nc;
  if (at > t->ncols) return -1;
  char **cells = calloc(n ? n : 1, sizeof *cells);
  unsigned char *flags = calloc(n ? n : 1, 1);
  float *conf = malloc((n ? n : 1) * sizeof *conf);
  int colx = t->colx && t->ncolx == t->ncols;
  float *cx = colx ? malloc(2 * nc * sizeof *cx) : NULL;
  int ok = cells && flags && conf && (!colx || cx);
  for (size_t r = 0; r < nr && ok; r++)
    ok = (cells[r * nc + at] = dupn("", 0)) != NULL;
  if (!ok) {
    for (size_t r = 0; r < nr && cells; r++) free(cells[r * nc + at]);
    free(cells);
    free(flags);
    free(conf);
    free(cx);
    return -1;
  }
  for (size_t r = 0; r < nr; r++)
    for (size_t c = 0; c < nc; c++) {
      size_t k = r * nc + c;
      if (c == at) {
        conf[k] = -1;
        continue;
      }
      size_t from = r * t->ncols + (c > at ? c - 1 : c);
      cells[k] = t->cells[from];
      flags[k] = t->cell_flags[from];
      conf[k] = t->cell_conf[from];
    }
  free(t->cells);
  free(t->cell_flags);
  free(t->cell_conf);
  t->cells = cells;
  t->cell_flags = flags;
  t->cell_conf = conf;
  if (colx) {
    for (size_t c = 0; c < nc; c++) {
      size_t from = c > at ? c - 1 : c;
      cx[2 * c] = c == at ? x0 : t->colx[2 * from];
      cx[2 * c + 1] = c == at ? x1 : t->colx[2 * from + 1];
    }
    free(t->colx);
    t->colx = cx;
    t->ncolx = nc;
  }
  for (size_t i = 0; i < t->nfixes; i++)
    if (t->fixes[i].col >= at) t->fixes[i].col++;
  t->ncols = nc;
  return 0;
}

void doc_table_free(DocTable *t) {
  if (!t) return;
  if (t->cells)
    for (size_t i = 0; i < t->nrows * t->ncols; i++) free(t->cells[i]);
  free(t->cells);
  free(t->cell_flags);
  free(t->cell_conf);
  for (size_t i = 0; i < t->nfixes; i++) {
    free(t->fixes[i].before);
    free(t->fixes[i].after);
  }
  free(t->fixes);
  free(t->colx);
  free(t);
}

int doc_table_set(DocTable *t, size_t r, size_t c, const char *text) {
  if (r >= t->nrows || c >= t->ncols) return -1;
  char *s = dupn(text, strlen(text));
  if (!s) return -1;
  free(t->cells[r * t->ncols + c]);
  t->cells[r * t->ncols + c] = s;
  return 0;
}

const char *doc_table_get(const DocTable *t, size_t r, size_t c) {
  if (r >= t->nrows || c >= t->ncols) return "";
  return t->cells[r * t->ncols + c];
}

int doc_table_fix(DocTable *t, size_t r, size_t c, const char *after,
                  const char *why) {
  if (r >= t->nrows || c >= t->ncols) return -1;
  if (t->nfixes == t->capfixes) {
    size_t nc = t->capfixes ? 2 * t->capfixes : 4;
    DocCellFix *nf = realloc(t->fixes, nc * sizeof *nf);
    if (!nf) return -1;
    t->fixes = nf;
    t->capfixes = nc;
  }
  /* one copy for the cell, one for the record; both or nothing */
  char *cell = dupn(after, strlen(after)), *rec = dupn(after, strlen(after));
  if (!cell || !rec) {
    free(cell);
    free(rec);
    return -1;
  }
  t->fixes[t->nfixes++] = (DocCellFix){r, c, t->cells[r * t->ncols + c], rec, why};
  t->cells[r * t->ncols + c] = cell;
  return 0;
}

size_t doc_word_count(const Doc *d) {
  size_t n = 0;
  for (size_t p = 0; p < d->npages; p++)
    for (size_t b = 0; b < d->pages[p].nblocks; b++)
      for (size_t l = 0; l < d->pages[p].blocks[b].nlines; l++)
        n += d->pages[p].blocks[b].lines[l].nwords;
  return n;
}

DocBox doc_box_union(DocBox a, DocBox b) {
  return (DocBox){a.x0 < b.x0 ? a.x0 : b.x0, a.y0 < b.y0 ? a.y0 : b.y0,
                  a.x1 > b.x1 ? a.x1 : b.x1, a.y1 > b.y1 ? a.y1 : b.y1};
}

void doc_box_cover(DocBox *box, int *has, DocBox b) {
  *box = *has ? doc_box_union(*box, b) : b;
  *has = 1;
}

int doc_hyphen_kept(const char *w, size_t wl, const char *next) {
  const char *inner = strchr(next, '-');
  return (wl >= 2 && w[wl - 2] >= 'A' && w[wl - 2] <= 'Z') ||
         (inner && inner > next && inner[1]);
}

int doc_goes_on_below(const DocLine *l, const DocWord *v) {
  if (!l->nwords) return 0;
  const DocWord *w = &l->words[l->nwords - 1];
  if (!w->has_box || !v->has_box) return 1;
  float h = w->box.y1 - w->box.y0, x0 = w->box.x0;
  for (size_t i = l->nwords - 1; i > 0; i--) {
    const DocWord *a = &l->words[i - 1];
    if (!a->has_box || x0 - a->box.x1 > 3 * h) break;
    x0 = a->box.x0;
  }
  return v->box.x0 >= x0 - 2 * h && v->box.x0 <= w->box.x1;
}
