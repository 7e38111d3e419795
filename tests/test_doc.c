/* test_doc.c — the document model: building, editing, freeing. */
#include <stdio.h>

#include "doc.h"
#include "md_write.h"
#include "testhelp.h"

int main(void) {
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
