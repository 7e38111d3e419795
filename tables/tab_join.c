/*
 * tab_join.c — tab_join_pages: a table broken by a page break is one
 * table again (see tables.h).
 *
 * The geometry path finds tables page by page; a long table continues at
 * the head of the next page, often without its header and sometimes with
 * fewer columns (a column with nothing in it on the new page has no words
 * to be found by).  When the last block of a page and the first of the
 * next are tables that fit together, the rows of the second are appended
 * to the first.  A table on the next page that starts with the same header
 * row stays a table of its own.
 */
#include <stdlib.h>
#include <string.h>

#include "tab_internal.h"
#include "tables.h"

/* Does row r of t hold a number in a column after the first? */
static int row_has_number(const DocTable *t, size_t r) {
  for (size_t c = 1; c < t->ncols; c++) {
    TabNum n;
    const char *x = doc_table_get(t, r, c);
    if (*x && tab_num_parse(x, &n) == 0) return 1;
  }
  return 0;
}

/* Is row r of a the same as row q of b? */
static int rows_equal(const DocTable *a, size_t r, const DocTable *b,
                      size_t q) {
  for (size_t c = 0; c < a->ncols; c++)
    if (strcmp(doc_table_get(a, r, c), doc_table_get(b, q, c))) return 0;
  return 1;
}

/* Join the tables of d continued across page breaks; only allocation
 * can fail (RENSA_E_NOMEM). */
RensaStatus tab_join_pages(Doc *d, RensaErr *e) {
  for (size_t pg = 0; pg + 1 < d->npages; pg++) {
    DocPage *p = &d->pages[pg], *q = &d->pages[pg + 1];
    if (!p->nblocks || !q->nblocks) continue;
    DocBlock *a = &p->blocks[p->nblocks - 1], *b = &q->blocks[0];
    if (a->kind != DOC_TABLE || b->kind != DOC_TABLE || !a->table ||
        !b->table)
      continue;
    DocTable *ta = a->table, *tb = b->table;
    /* map b's columns onto a's: the same count, or a's columns without
     * its body-empty ones (a column with no text on the new page has no
     * words to be found by) */
    size_t map[256], nm = 0;
    if (ta->ncols > 256) continue;
    if (ta->ncols == tb->ncols) {
      for (size_t c = 0; c < ta->ncols; c++) map[nm++] = c;
    } else if (tb->ncols < ta->ncols) {
      for (size_t c = 0; c < ta->ncols; c++) {
        int empty = 1;
        for (size_t r = ta->header_rows; r < ta->nrows && empty; r++)
          if (*doc_table_get(ta, r, c)) empty = 0;
        if (!empty) map[nm++] = c;
      }
      if (nm != tb->ncols || !a->has_box) continue;
    } else {
      continue;
    }
    /* a table that repeats the header is a table of its own (the
     * report set one a page, each with its header), not a continuation */
    if (ta->nrows && tb->nrows && rows_equal(ta, 0, tb, 0)) {
      continue;
    } else if (a->has_box && b->has_box && p->height > 0 && q->height > 0) {
      /* with boxes: the first must run to the foot of its page and the
       * second start at the head of the next */
      if (a->box.y1 < 0.7f * p->height || b->box.y0 > 0.3f * q->height)
        continue;
    } else if (tb->nrows && !row_has_number(tb, 0)) {
      continue;   /* without boxes: a header row starts a new table */
    }
    DocTable *t = doc_table_new(ta->nrows + tb->nrows, ta->ncols);
    if (!t)
      return rensa_err_set(e, RENSA_E_NOMEM, d->source, q->number,
                           "out of memory joining tables");
    for (size_t r = 0; r < t->nrows; r++) {
      int first = r < ta->nrows;
      const DocTable *src = first ? ta : tb;
      size_t sr = first ? r : r - ta->nrows;
      for (size_t c = 0; c < src->ncols; c++) {
        size_t to = first ? c : map[c];
        if (doc_table_set(t, r, to, doc_table_get(src, sr, c))) {
          doc_table_free(t);
          return rensa_err_set(e, RENSA_E_NOMEM, d->source, q->number,
                               "out of memory joining tables");
        }
        t->cell_flags[r * t->ncols + to] =
            src->cell_flags[sr * src->ncols + c];
      }
    }
    t->header_rows = ta->header_rows;
    doc_table_free(ta);
    a->table = t;
    /* drop the continued block from the next page */
    for (size_t l = 0; l < b->nlines; l++) {
      for (size_t w = 0; w < b->lines[l].nwords; w++) {
        free(b->lines[l].words[w].text);
        free(b->lines[l].words[w].orig);
      }
      free(b->lines[l].words);
    }
    free(b->lines);
    doc_table_free(b->table);
    memmove(q->blocks, q->blocks + 1, (q->nblocks - 1) * sizeof *q->blocks);
    q->nblocks--;
  }
  return RENSA_OK;
}
