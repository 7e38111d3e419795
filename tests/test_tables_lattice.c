/* test_tables_lattice.c — ruling lines found in a rendered page
 * (tab_ruling_scan) and tables drawn as grids of them (tab_build_geom's
 * lattice path): a spanning header cell, rows the author did not rule, a
 * cell whose wide gap shows the grid is not the whole table, justified
 * text in a cell. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "tables.h"
#include "testhelp.h"

#define CH 5.0f   /* width of one character */
#define LH 8.0f   /* word height */

/* Paint [x0,x1) × [y0,y1) of a w-pixel-wide RGB24 buffer grey level v. */
static void paint(unsigned char *px, int w, int x0, int y0, int x1, int y1,
                  unsigned v) {
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++) {
      unsigned q = v << 16 | v << 8 | v;
      memcpy(px + 4 * ((size_t)y * (size_t)w + (size_t)x), &q, 4);
    }
}

/* A word at (x, y) top-left, in a line of its own block. */
static void word(DocPage *p, float x, float y, const char *t) {
  DocBlock *b = doc_block_add(p, DOC_PARA);
  DocLine *l = doc_line_add(b);
  DocWord *w = doc_word_add(l, t, 0, 0);
  w->box = (DocBox){x, y, x + CH * (float)strlen(t), y + LH};
  w->has_box = 1;
}

/* Append a ruling line to p. */
static void rule(DocPage *p, float x0, float y0, float x1, float y1) {
  p->rules = realloc(p->rules, (p->nrules + 1) * sizeof *p->rules);
  p->rules[p->nrules++] = (DocBox){x0, y0, x1, y1};
}

/* The one table block of p, or NULL. */
static DocTable *table_of(const DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    if (p->blocks[b].kind == DOC_TABLE) return p->blocks[b].table;
  return NULL;
}

static void test_scan(void) {
  Doc *d = doc_new("scan");
  DocPage *p = doc_page_add(d);
  int W = 200, H = 100;
  unsigned char *px = malloc((size_t)W * H * 4);
  paint(px, W, 0, 0, W, H, 255);
  paint(px, W, 10, 20, 190, 22, 0);     /* a line 2 px thick */
  paint(px, W, 100, 10, 102, 90, 0);    /* a vertical line crossing it */
  paint(px, W, 20, 50, 60, 80, 180);    /* a shaded cell: four edges */
  paint(px, W, 120, 40, 130, 42, 0);    /* too short for a line */
  paint(px, W, 160, 60, 162, 80, 0);    /* the stem of a glyph ... */
  word(p, 75, 29, "lll");               /* ... in this word's box */
  TEST_EQ_INT(tab_ruling_scan(px, W, H, W * 4, 2.0f, p), 0);
  TEST_EQ_INT(p->nrules, 6);
  int hline = 0, top = 0, bottom = 0, vline = 0, left = 0, right = 0;
  for (size_t k = 0; k < p->nrules; k++) {
    DocBox r = p->rules[k];
    if (r.x0 == 5 && r.x1 == 95 && r.y0 == 10 && r.y1 == 11) hline++;
    if (r.x0 == 10 && r.x1 == 30 && r.y0 == 25) top++;
    if (r.x0 == 10 && r.x1 == 30 && r.y1 == 40) bottom++;
    if (r.x0 == 50 && r.x1 == 51 && r.y0 == 5 && r.y1 == 45) vline++;
    if (r.y0 == 25 && r.y1 == 40 && r.x0 == 10) left++;
    if (r.y0 == 25 && r.y1 == 40 && r.x1 == 30) right++;
  }
  TEST_EQ_INT(hline, 1);
  TEST_EQ_INT(top, 1);
  TEST_EQ_INT(bottom, 1);
  TEST_EQ_INT(vline, 1);
  TEST_EQ_INT(left, 1);
  TEST_EQ_INT(right, 1);
  free(px);
  doc_free(d);
}

/* Columns at x 50, 150, 250, 350; rows at y 100, 120, 140, 160; no line
 * between the second and third columns in the first row. */
static void grid(DocPage *p) {
  rule(p, 50, 100, 350, 100.5f);
  rule(p, 50, 120, 350, 120.5f);
  rule(p, 50, 140, 350, 140.5f);
  rule(p, 50, 160, 350, 160.5f);
  rule(p, 50, 100, 50.5f, 160);
  rule(p, 150, 100, 150.5f, 160);
  rule(p, 250, 120, 250.5f, 160);
  rule(p, 350, 100, 350.5f, 160);
}

static void test_span(void) {
  Doc *d = doc_new("span");
  DocPage *p = doc_page_add(d);
  p->width = 600;
  p->height = 800;
  word(p, 50, 40, "Text");
  grid(p);
  word(p, 55, 106, "Name");
  word(p, 220, 106, "Values");
  word(p, 55, 126, "a");
  word(p, 155, 126, "1");
  word(p, 255, 126, "2");
  word(p, 55, 146, "b");
  word(p, 155, 146, "3");
  word(p, 255, 146, "4");
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  DocTable *t = table_of(p);
  TEST_CHECK(t != NULL);
  if (t) {
    TEST_EQ_INT(t->nrows, 3);
    TEST_EQ_INT(t->ncols, 3);
    TEST_EQ_STR(doc_table_get(t, 0, 1), "Values");   /* centred over two */
    TEST_EQ_STR(doc_table_get(t, 0, 2), "");
    TEST_EQ_STR(doc_table_get(t, 2, 0), "b");
    TEST_EQ_STR(doc_table_get(t, 2, 2), "4");
    TEST_EQ_INT(t->header_rows, 1);
  }
  TEST_EQ_STR(p->blocks[0].lines[0].words[0].text, "Text");
  doc_free(d);
}

static void test_unruled_rows(void) {
  Doc *d = doc_new("rows");
  DocPage *p = doc_page_add(d);
  p->width = 600;
  p->height = 800;
  rule(p, 50, 100, 350, 100.5f);
  rule(p, 50, 120, 350, 120.5f);
  rule(p, 50, 200, 350, 200.5f);
  rule(p, 50, 100, 50.5f, 200);
  rule(p, 200, 100, 200.5f, 200);
  rule(p, 350, 100, 350.5f, 200);
  word(p, 55, 106, "Kommun");
  word(p, 205, 106, "Antal");
  const char *k[] = {"Alingsås", "Borås", "Lerum"}, *n[] = {"12", "7", "31"};
  for (int i = 0; i < 3; i++) {
    word(p, 55, 125 + 12 * (float)i, k[i]);
    word(p, 205, 125 + 12 * (float)i, n[i]);
  }
  /* a wrapped label: one cell only, goes on with the row above */
  word(p, 55, 161, "kommun");
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  DocTable *t = table_of(p);
  TEST_CHECK(t != NULL);
  if (t) {
    TEST_EQ_INT(t->nrows, 4);
    TEST_EQ_INT(t->ncols, 2);
    TEST_EQ_STR(doc_table_get(t, 3, 0), "Lerum kommun");
    TEST_EQ_STR(doc_table_get(t, 3, 1), "31");
  }
  doc_free(d);
}

/* A cell with two words far apart: the grid misses a column, so the
 * lattice path leaves the words to the alignment method, which keeps
 * them apart. */
static void test_wide_gap(void) {
  Doc *d = doc_new("gap");
  DocPage *p = doc_page_add(d);
  p->width = 600;
  p->height = 800;
  grid(p);
  word(p, 55, 106, "Name");
  word(p, 220, 106, "Values");
  word(p, 55, 126, "a");
  word(p, 155, 126, "1");
  word(p, 200, 126, "9");
  word(p, 255, 126, "2");
  word(p, 55, 146, "b");
  word(p, 155, 146, "3");
  word(p, 200, 146, "8");
  word(p, 255, 146, "4");
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  DocTable *t = table_of(p);
  TEST_CHECK(t != NULL);
  if (t) {
    int joined = 0;
    for (size_t r = 0; r < t->nrows; r++)
      for (size_t c = 0; c < t->ncols; c++)
        joined |= strcmp(doc_table_get(t, r, c), "1 9") == 0;
    TEST_EQ_INT(joined, 0);
  }
  doc_free(d);
}

/* Justified text in a ruled cell: wide, even spaces and the line filling
 * the cell are no missing column. */
static void test_justified(void) {
  Doc *d = doc_new("justified");
  DocPage *p = doc_page_add(d);
  p->width = 600;
  p->height = 800;
  grid(p);
  word(p, 55, 106, "Name");
  word(p, 220, 106, "Values");
  word(p, 52, 126, "Number");
  word(p, 138, 126, "of");
  word(p, 155, 126, "1");
  word(p, 255, 126, "2");
  word(p, 55, 146, "b");
  word(p, 155, 146, "3");
  word(p, 255, 146, "4");
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  DocTable *t = table_of(p);
  TEST_CHECK(t != NULL);
  if (t) {
    TEST_EQ_INT(t->ncols, 3);
    TEST_EQ_STR(doc_table_get(t, 1, 0), "Number of");
    TEST_EQ_STR(doc_table_get(t, 0, 1), "Values");
  }
  doc_free(d);
}

int main(void) {
  test_scan();
  test_span();
  test_unruled_rows();
  test_wide_gap();
  test_justified();
  return TEST_REPORT();
}
