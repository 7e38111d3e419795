/* test_doc.c — the document model: building, editing, freeing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "md_write.h"
#include "testhelp.h"
#include "utf8.h"

/* Add a block of kind with one line of the words of text (split at
 * spaces) to p. */
static void add_text(DocPage *p, DocBlockKind kind, const char *text) {
  DocLine *l = doc_line_add(doc_block_add(p, kind));
  char buf[256];
  snprintf(buf, sizeof buf, "%s", text);
  for (char *w = strtok(buf, " "); w; w = strtok(NULL, " ")) doc_word_add(l, w, 0, 0);
}

/* Markdown of d into buf. */
static const char *markdown(const Doc *d) {
  static char buf[1024];
  memset(buf, 0, sizeof buf);
  FILE *f = fmemopen(buf, sizeof buf - 1, "w");
  md_write(d, f);
  fclose(f);
  return buf;
}

/* A paragraph cut by a page break is written as one paragraph: the next
 * page's first paragraph (after its running header) goes on the previous
 * paragraph or list item when that ends no sentence and it starts in
 * lowercase; a sentence's end, a capital, a hyphen, a heading or a table
 * keep them apart. */
static void test_page_break_paragraphs(void) {
  Doc *d = doc_new("p");
  DocPage *p1 = doc_page_add(d);
  add_text(p1, DOC_PARA, "Vi vill fånga eventuella");
  DocPage *p2 = doc_page_add(d);
  add_text(p2, DOC_NOISE, "Sida 2");
  add_text(p2, DOC_PARA, "förbättringar i år.");
  add_text(p2, DOC_PARA, "och detta är nytt.");
  add_text(p2, DOC_PARA, "Det nämndes");
  add_text(p2, DOC_HEADING, "Rubrik");
  add_text(p2, DOC_PARA, "ännu en rad med hälso-");
  DocPage *p3 = doc_page_add(d);
  add_text(p3, DOC_PARA, "och sjukvård");
  add_text(p3, DOC_LIST_ITEM, "en punkt som");
  snprintf(p3->blocks[p3->nblocks - 1].marker, 16, "•");
  add_text(p3, DOC_PARA, "går vidare.");
  TEST_EQ_STR(markdown(d),
              "Vi vill fånga eventuella förbättringar i år.\n\n"
              "och detta är nytt.\n\n"
              "Det nämndes\n\n"
              "## Rubrik\n\n"
              "ännu en rad med hälso-\n\n"
              "och sjukvård\n\n"
              "- en punkt som går vidare.\n");
  doc_free(d);
}

/* doc_box_cover: the first box is taken as it is, later ones widen it. */
static void test_box_cover(void) {
  DocBox b = {0, 0, 0, 0};
  int has = 0;
  doc_box_cover(&b, &has, (DocBox){10, 20, 30, 40});
  TEST_EQ_INT(has, 1);
  TEST_CHECK(b.x0 == 10 && b.y0 == 20 && b.x1 == 30 && b.y1 == 40);
  doc_box_cover(&b, &has, (DocBox){5, 25, 35, 38});
  TEST_CHECK(b.x0 == 5 && b.y0 == 20 && b.x1 == 35 && b.y1 == 40);
  DocBox u = doc_box_union((DocBox){1, 2, 3, 4}, (DocBox){0, 3, 2, 5});
  TEST_CHECK(u.x0 == 0 && u.y0 == 2 && u.x1 == 3 && u.y1 == 5);
}

/* doc_word_split: two words in place of one, boxes cut at the gap, the
 * words after moved along; a cut at either end is refused. */
static void test_word_split(void) {
  Doc *d = doc_new("split");
  DocLine *l = doc_line_add(doc_block_add(doc_page_add(d), DOC_PARA));
  DocWord *w = doc_word_add(l, "71%", 0, 0);
  w->box = (DocBox){100, 10, 180, 40};
  w->has_box = 1;
  w->conf = 80;
  doc_word_add(l, "74", 0, 0);
  TEST_EQ_INT(doc_word_split(l, 0, 2, 140, 150), 0);
  TEST_EQ_INT(l->nwords, 3);
  TEST_EQ_STR(l->words[0].text, "71");
  TEST_EQ_STR(l->words[1].text, "%");
  TEST_EQ_STR(l->words[2].text, "74");
  TEST_CHECK(l->words[0].box.x1 == 140 && l->words[1].box.x0 == 150 && l->words[1].box.x1 == 180);
  TEST_CHECK(l->words[1].conf == 80 && l->words[1].has_box);
  TEST_EQ_INT(doc_word_split(l, 1, 1, 0, 0), -1);
  TEST_EQ_INT(doc_word_split(l, 0, 0, 0, 0), -1);
  doc_free(d);
}

/* Columns inserted and dropped keep each cell, its flag and confidence,
 * the columns' places and the record of rewrites in step. */
static void test_table_columns(void) {
  DocTable *t = doc_table_new(2, 3);
  t->colx = malloc(6 * sizeof *t->colx);
  for (int i = 0; i < 6; i++) t->colx[i] = (float)(100 * i);
  t->ncolx = 3;
  doc_table_set(t, 0, 0, "Mått");
  doc_table_set(t, 0, 2, "2025");
  doc_table_set(t, 1, 0, "Elever");
  doc_table_fix(t, 1, 2, "412", "a test");
  t->cell_flags[1 * 3 + 2] = 1;
  t->cell_conf[1 * 3 + 2] = 88;
  TEST_EQ_INT(doc_table_drop_empty_cols(t), 1);
  TEST_EQ_INT(t->ncols, 2);
  TEST_EQ_STR(doc_table_get(t, 0, 1), "2025");
  TEST_EQ_STR(doc_table_get(t, 1, 1), "412");
  TEST_EQ_INT(t->cell_flags[1 * 2 + 1], 1);
  TEST_CHECK(t->cell_conf[1 * 2 + 1] == 88);
  TEST_EQ_INT(t->fixes[0].col, 1);
  TEST_CHECK(t->ncolx == 2 && t->colx[2] == 400);
  TEST_EQ_INT(doc_table_drop_empty_cols(t), 0);
  TEST_EQ_INT(doc_table_insert_col(t, 0, 10, 20), 0);
  TEST_EQ_INT(t->ncols, 3);
  TEST_EQ_STR(doc_table_get(t, 1, 0), "");
  TEST_EQ_STR(doc_table_get(t, 1, 1), "Elever");
  TEST_EQ_STR(doc_table_get(t, 1, 2), "412");
  TEST_EQ_INT(t->cell_flags[1 * 3 + 2], 1);
  TEST_CHECK(t->cell_conf[1 * 3 + 0] == -1 && t->cell_conf[1 * 3 + 2] == 88);
  TEST_EQ_INT(t->fixes[0].col, 2);
  TEST_CHECK(t->ncolx == 3 && t->colx[0] == 10 && t->colx[4] == 400);
  TEST_EQ_INT(doc_table_insert_col(t, 4, 0, 0), -1);
  doc_table_free(t);
}

/* utf8_last reads a word's last letter whole ("på" ends in å, not in a
 * continuation byte), and a stray continuation byte as a bad sequence. */
static void test_utf8_last(void) {
  TEST_EQ_INT(utf8_last("på", strlen("på")), 0xE5);
  TEST_EQ_INT(utf8_last("pa", 2), 'a');
  TEST_EQ_INT(utf8_last("", 0), 0);
  TEST_EQ_INT(utf8_last("\x80\x80", 2), 0xFFFD);
  TEST_EQ_INT(utf8_last("x\xE2\x80\x93", 4), 0x2013);
}

int main(void) {
  test_utf8_last();
  test_page_break_paragraphs();
  test_box_cover();
  test_word_split();
  test_table_columns();
  Doc *d = doc_new("x.txt");
  DocPage *p = doc_page_add(d);
  DocBlock *b = doc_block_add(p, DOC_PARA);
  DocLine *l = doc_line_add(b);
  for (int i = 0; i < 20; i++) doc_word_add(l, "ord", 1, i + 1);
  TEST_EQ_INT(l->nwords, 20);
  TEST_EQ_INT(doc_word_count(d), 20);
  doc_word_set(&l->words[3], "för");
  doc_word_set(&l->words[3], "får");
  TEST_EQ_STR(l->words[3].orig, "ord");   /* first original is kept */
  TEST_EQ_STR(l->words[3].text, "får");
  TEST_CHECK(l->words[3].flags & DOC_W_CHANGED);
  doc_line_remove(l, 0);
  TEST_EQ_INT(l->nwords, 19);
  TEST_EQ_INT(l->words[2].src_col, 4);
  DocTable *t = doc_table_new(2, 3);
  doc_table_set(t, 1, 2, "-3608");
  TEST_EQ_STR(doc_table_get(t, 1, 2), "-3608");
  TEST_EQ_STR(doc_table_get(t, 0, 0), "");
  TEST_EQ_STR(doc_table_get(t, 5, 5), "");
  b->table = t;
  doc_free(d);
  /* list markers in Markdown: numbers stay numbers, bullets become "-" */
  Doc *m = doc_new("m");
  DocPage *mp = doc_page_add(m);
  const char *marks[] = {"1.", "•", "a)", "12)"};
  for (int i = 0; i < 4; i++) {
    DocBlock *mb = doc_block_add(mp, DOC_LIST_ITEM);
    snprintf(mb->marker, sizeof mb->marker, "%s", marks[i]);
    doc_word_add(doc_line_add(mb), "punkt", 1, 1);
  }
  char buf[256] = {0};
  FILE *mf = fmemopen(buf, sizeof buf - 1, "w");
  md_write(m, mf);
  fclose(mf);
  TEST_EQ_STR(buf, "1. punkt\n- punkt\n- a) punkt\n12) punkt\n");
  doc_free(m);
  /* a word hyphenated at a line's end goes on below its own run of words,
   * not in another column (boxes: x0, y0, x1, y1; words 20 high) */
  Doc *g = doc_new("g");
  DocBlock *gb = doc_block_add(doc_page_add(g), DOC_PARA);
  const float xs[][2] = {{100, 300}, {310, 400}, {1000, 1200}, {1210, 1400}};
  DocLine *l1 = doc_line_add(gb), *l2 = doc_line_add(gb);
  for (int i = 0; i < 4; i++) {
    DocWord *w = doc_word_add(l1, i == 3 ? "arbetsmarknads-" : "ord", 0, 0);
    w->box = (DocBox){xs[i][0], 100, xs[i][1], 120};
    w->has_box = 1;
  }
  DocWord *left = doc_word_add(l2, "förvaltningar,", 0, 0);
  left->box = (DocBox){100, 130, 280, 150};
  left->has_box = 1;
  DocWord *under = doc_word_add(l2, "och", 0, 0);
  under->box = (DocBox){1000, 130, 1050, 150};
  under->has_box = 1;
  TEST_CHECK(!doc_goes_on_below(l1, left));
  TEST_CHECK(doc_goes_on_below(l1, under));
  left->has_box = 0;   /* text input: no geometry to go by */
  TEST_CHECK(doc_goes_on_below(l1, left));
  doc_free(g);
  doc_free(NULL);
  return TEST_REPORT();
}
