/* test_tables_geom.c — tab_build_geom and tab_join_pages on pages built
 * by hand: a paragraph, a table with a stacked two-line header, a wrapped
 * label and right-aligned numbers, and a table continued on the next
 * page. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "tables.h"
#include "testhelp.h"

#define CH 5.0f   /* width of one character */
#define LH 10.0f  /* line height */

/* Add a line of words to block b at baseline row y; each word is given as
 * its left x and text ("x:text" pairs end with NULL). */
static void line(DocBlock *b, float y, const float *xs, const char *const *ws) {
  DocLine *l = doc_line_add(b);
  for (size_t i = 0; ws[i]; i++) {
    DocWord *w = doc_word_add(l, ws[i], 0, 0);
    w->box = (DocBox){xs[i], y, xs[i] + CH * (float)strlen(ws[i]), y + LH};
    w->has_box = 1;
  }
}

/* As line(), each cell a phrase of words split at its spaces, set as
 * they stand in it. */
static void phrases(DocBlock *b, float y, const float *xs, const char *const *ps) {
  DocLine *l = doc_line_add(b);
  for (size_t i = 0; ps[i]; i++)
    for (const char *s = ps[i]; *s;) {
      size_t n = strcspn(s, " ");
      char w[64];
      snprintf(w, sizeof w, "%.*s", (int)n, s);
      DocWord *dw = doc_word_add(l, w, 0, 0);
      float x = xs[i] + CH * (float)(s - ps[i]);
      dw->box = (DocBox){x, y, x + CH * (float)n, y + LH};
      dw->has_box = 1;
      s += n;
      while (*s == ' ') s++;
    }
}

/* A right-aligned word ending at x1. */
#define R(x1, s) ((x1) - CH * (float)strlen(s))

/* A new document named name with one empty 600 x 800 page. */
static DocPage *new_page(const char *name, Doc **d) {
  *d = doc_new(name);
  DocPage *p = doc_page_add(*d);
  p->width = 600;
  p->height = 800;
  return p;
}

/* Find p's tables and return the first (NULL if none; checked). */
static DocTable *first_table(DocPage *p) {
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  DocTable *tb = NULL;
  for (size_t k = p->nblocks; k-- > 0;)
    if (p->blocks[k].kind == DOC_TABLE) tb = p->blocks[k].table;
  TEST_CHECK(tb != NULL);
  return tb;
}

/* A monospaced page: a word space is 0.6 of the line height, so the
 * space inside the header "Age Group" is no column gap even with a river
 * of white under it (us-033 of ICDAR 2013). */
static void test_monospace(void) {
  Doc *d;
  DocPage *p = new_page("mono", &d);
  DocBlock *b = doc_block_add(p, DOC_PARA);
  for (int r = 0; r < 4; r++) {   /* prose: 8 words of 5 letters a line */
    DocLine *l = doc_line_add(b);
    for (int k = 0; k < 8; k++) {
      DocWord *w = doc_word_add(l, "aaaaa", 0, 0);
      float x = 50 + (float)k * (CH * 5 + 6);
      w->box = (DocBox){x, 40 + 12 * (float)r, x + CH * 5, 40 + 12 * (float)r + LH};
      w->has_box = 1;
    }
  }
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 130, (float[]){50, 50 + CH * 3 + 6, 150}, (const char *[]){"Age", "Group", "Proportion", NULL});
  const char *age[] = {"0-9", "10+", "20+", "30+"};
  const char *pr[] = {"0.2650", "0.2046", "0.1477", "0.1514"};
  for (int r = 0; r < 4; r++)
    line(t, 155 + 12 * (float)r, (float[]){50, 155}, (const char *[]){age[r], pr[r], NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 2);
    TEST_EQ_STR(doc_table_get(tb, 0, 0), "Age Group");
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Proportion");
    TEST_EQ_STR(doc_table_get(tb, 4, 1), "0.1514");
  }
  doc_free(d);
}

/* Lone dashes of empty cells, which the layout step made a noise block
 * (no letter or digit), are cells of the table (eu-001 of ICDAR 2013). */
static void test_noise_dashes(void) {
  Doc *d;
  DocPage *p = new_page("dashes", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){50, R(300, "Luft"), R(400, "Vatten")},
       (const char *[]){"Ämne", "Luft", "Vatten", NULL});
  line(t, 115, (float[]){50, R(300, "100")}, (const char *[]){"Metan", "100", NULL});
  line(t, 130, (float[]){50, R(300, "50")}, (const char *[]){"Lustgas", "50", NULL});
  line(t, 145, (float[]){50, R(300, "10"), R(400, "5")},
       (const char *[]){"Arsenik", "10", "5", NULL});
  DocBlock *n = doc_block_add(p, DOC_NOISE);
  line(n, 115, (float[]){R(400, "-")}, (const char *[]){"-", NULL});
  line(n, 130, (float[]){R(400, "-")}, (const char *[]){"-", NULL});
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  TEST_EQ_INT(p->nblocks, 1);
  DocTable *tb = p->blocks[0].table;
  TEST_CHECK(tb != NULL);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 3);
    TEST_EQ_STR(doc_table_get(tb, 1, 2), "-");
    TEST_EQ_STR(doc_table_get(tb, 2, 2), "-");
    TEST_EQ_STR(doc_table_get(tb, 3, 2), "5");
  }
  doc_free(d);
}

/* Rows set as close as the lines of a cell, with short labels that did
 * not wrap: each line is a row (us-003 of ICDAR 2013); a label that did
 * wrap goes on in the next line. */
static void test_close_rows(void) {
  Doc *d;
  DocPage *p = new_page("close", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){R(300, "1994"), R(450, "2003")}, (const char *[]){"1994", "2003", NULL});
  line(t, 125, (float[]){50, 250, 400}, (const char *[]){"Lägst", "Under", "Under", NULL});
  line(t, 137, (float[]){50, 250, 400}, (const char *[]){"Mellan", "Över", "Över", NULL});
  line(t, 149, (float[]){50, 250, 400}, (const char *[]){"Högst", "Över", "Över", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_STR(doc_table_get(tb, 2, 0), "Mellan");
    TEST_EQ_STR(doc_table_get(tb, 3, 1), "Över");
  }
  doc_free(d);
}

/* An OCR line: words with glyph-tight boxes on baseline base, each
 * reaching 8 above it, and 3 below it when desc (a word with g, p, j). */
static void ocr_line(DocBlock *b, float base, int desc, const float *xs,
                     const char *const *ws) {
  DocLine *l = doc_line_add(b);
  for (size_t i = 0; ws[i]; i++) {
    DocWord *w = doc_word_add(l, ws[i], 0, 0);
    w->box = (DocBox){xs[i], base - 8, xs[i] + CH * (float)strlen(ws[i]),
                      base + (desc ? 3 : 0)};
    /* a dash is a short glyph in the middle of the line */
    if (!strcmp(ws[i], "-")) w->box = (DocBox){xs[i], base - 4, xs[i] + CH, base - 3};
    w->has_box = 1;
    w->base = base;
    w->conf = 95;
  }
}

/* Regression (003 scans): OCR boxes hug the glyphs, so a line of a wrapped
 * text cell without descenders seemed set further from the next line than
 * one with them, and the cell was cut into rows; rows come from baselines
 * (12 apart inside a cell, 18 between rows).  A dash, a glyph far shorter
 * than its line, stays in its line instead of starting one. */
static void test_ocr_wrapped_cells(void) {
  Doc *d;
  DocPage *p = new_page("ocr", &d);
  p->from_ocr = 1;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  ocr_line(t, 100, 0, (float[]){50, 200, 400},
           (const char *[]){"Risk", "Beskrivning", "Kontroll", NULL});
  ocr_line(t, 118, 1, (float[]){50, 200, 400},
           (const char *[]){"Brand", "Risk att det", "Inga", NULL});
  ocr_line(t, 130, 0, (float[]){200}, (const char *[]){"och kommunen", NULL});
  ocr_line(t, 142, 1, (float[]){200}, (const char *[]){"uppstår energibrist", NULL});
  ocr_line(t, 160, 1, (float[]){50, 78, 86, 200, 400},
           (const char *[]){"Stöld", "-", "inbrott", "Risk för intrång", "Lås", NULL});
  ocr_line(t, 172, 1, (float[]){200}, (const char *[]){"hos polisen", NULL});
  ocr_line(t, 190, 1, (float[]){50, 200, 400},
           (const char *[]){"Spill", "Kemikalier på golv", "Rutin", NULL});
  /* the last row's text cell goes on below the other cells */
  ocr_line(t, 202, 0, (float[]){200}, (const char *[]){"som torkas", NULL});
  ocr_line(t, 214, 1, (float[]){200}, (const char *[]){"upp direkt.", NULL});
  ocr_line(t, 250, 0, (float[]){50}, (const char *[]){"Texten efter tabellen går över hela sidans bredd", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_INT(tb->ncols, 3);
    TEST_EQ_STR(doc_table_get(tb, 1, 1), "Risk att det och kommunen uppstår energibrist");
    TEST_EQ_STR(doc_table_get(tb, 2, 0), "Stöld - inbrott");
    TEST_EQ_STR(doc_table_get(tb, 2, 1), "Risk för intrång hos polisen");
    TEST_EQ_STR(doc_table_get(tb, 3, 2), "Rutin");
    TEST_EQ_STR(doc_table_get(tb, 3, 1), "Kemikalier på golv som torkas upp direkt.");
  }
  TEST_EQ_INT(p->nblocks, 2);   /* the text after the table stays text */
  doc_free(d);
}

/* Regression (003 scans, Bilaga 2): a header whose stacked lines are set
 * tighter than text (baselines 8 apart, less than a line's height) set
 * the smallest gap between lines, and every line of the wrapped cells
 * below (12 apart; rows 18) became a row of its own. */
static void test_tight_header(void) {
  Doc *d;
  DocPage *p = new_page("tight", &d);
  p->from_ocr = 1;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  ocr_line(t, 100, 0, (float[]){50, 200, 400},
           (const char *[]){"Berört", "Vad har", "Har lev.", NULL});
  ocr_line(t, 108, 1, (float[]){50, 200, 400},
           (const char *[]){"avtal", "följts upp?", "uppfyllt krav?", NULL});
  ocr_line(t, 126, 1, (float[]){50, 200, 400},
           (const char *[]){"Lokalvård", "Kontroll av", "Delvis", NULL});
  ocr_line(t, 138, 0, (float[]){50, 200}, (const char *[]){"med Samhall", "städkvalitet", NULL});
  ocr_line(t, 150, 1, (float[]){200}, (const char *[]){"enligt avtalet.", NULL});
  ocr_line(t, 168, 1, (float[]){200, 400},
           (const char *[]){"Städkontroller", "Ja med", NULL});
  ocr_line(t, 180, 0, (float[]){200, 400},
           (const char *[]){"efter storstäd.", "anmärkning", NULL});
  ocr_line(t, 250, 0, (float[]){50}, (const char *[]){"Texten efter tabellen går över hela sidans bredd", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 3);
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Vad har följts upp?");
    TEST_EQ_STR(doc_table_get(tb, 1, 0), "Lokalvård med Samhall");
    TEST_EQ_STR(doc_table_get(tb, 1, 1), "Kontroll av städkvalitet enligt avtalet.");
    TEST_EQ_STR(doc_table_get(tb, 2, 2), "Ja med anmärkning");
  }
  doc_free(d);
}

/* A dense OCR table: rows a little closer than a line box is tall (boxes
 * 11 high with descenders, baselines 10 apart) are rows still, not the
 * stacked lines of one cell. */
static void test_dense_rows(void) {
  Doc *d;
  DocPage *p = new_page("dense", &d);
  p->from_ocr = 1;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  const char *rows[][3] = {{"Risk", "Kontroll", "Bedömning"}, {"Brand", "Larm", "Låg"},
                           {"Stöld", "Lås", "Medel"}, {"Läckage", "Rondering", "Låg"},
                           {"Intrång", "Kameror", "Hög"}};
  for (int r = 0; r < 5; r++)
    ocr_line(t, 100 + 10 * (float)r, 1, (float[]){50, 200, 350},
             (const char *[]){rows[r][0], rows[r][1], rows[r][2], NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 5);
    TEST_EQ_STR(doc_table_get(tb, 3, 0), "Läckage");
    TEST_EQ_STR(doc_table_get(tb, 3, 2), "Låg");
  }
  doc_free(d);
}

/* An OCR word with its own box and baseline. */
static void ocr_word(DocLine *l, const char *t, float x0, float y0, float y1, float base) {
  DocWord *w = doc_word_add(l, t, 0, 0);
  w->box = (DocBox){x0, y0, x0 + CH * (float)strlen(t), y1};
  w->has_box = 1;
  w->base = base;
  w->conf = 95;
}

/* Regression (003 scans, Bilaga 2): header cells whose lines are set half
 * a line apart, column by column.  "Nej,", its comma reaching below the
 * line, has its box's centre nearer the next cell's line ("Berört") than
 * its own; grouped by centre it went there, and "Om", left alone before a
 * wide gap, made a column of its own.  By baseline it stays in its line.
 * A dash alone in a cell, a line of its own for the OCR with a baseline
 * of its own, still joins its row. */
static void test_baseline_lines(void) {
  Doc *d;
  DocPage *p = new_page("base", &d);
  p->from_ocr = 1;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  DocLine *x = doc_line_add(t), *y = doc_line_add(t);
  ocr_word(x, "Om", 200, 92, 100, 100);
  ocr_word(x, "Nej,", 215, 92, 108, 100);
  ocr_word(x, "vilka", 240, 92, 100, 100);
  ocr_word(y, "Berört", 50, 97, 105, 105);
  ocr_word(y, "brister?", 200, 97, 105, 105);
  ocr_word(y, "Åtgärd", 400, 97, 105, 105);
  ocr_line(t, 126, 0, (float[]){50, 200, 400}, (const char *[]){"Lokalvård", "Delvis", "Bra", NULL});
  ocr_line(t, 144, 0, (float[]){50, 200, 400}, (const char *[]){"Städning", "Ja", "Inga", NULL});
  DocTable *tb = first_table(p);
  if (tb) for (size_t r = 0; r < tb->nrows; r++) { for (size_t c = 0; c < tb->ncols; c++) fprintf(stderr, "[%s] ", doc_table_get(tb, r, c)); fprintf(stderr, "\n"); }
  if (tb) {
    TEST_EQ_INT(tb->ncols, 3);
    TEST_EQ_INT(tb->nrows, 3);
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Om Nej, vilka brister?");
    TEST_EQ_STR(doc_table_get(tb, 1, 1), "Delvis");
  }
  doc_free(d);
  p = new_page("dash", &d);
  p->from_ocr = 1;
  t = doc_block_add(p, DOC_PARA);
  ocr_line(t, 100, 0, (float[]){50, R(300, "2023"), R(400, "2022")},
           (const char *[]){"Belopp", "2023", "2022", NULL});
  ocr_line(t, 118, 0, (float[]){50, R(300, "12"), R(400, "14")},
           (const char *[]){"Intäkter", "12", "14", NULL});
  ocr_line(t, 136, 0, (float[]){50, R(300, "7")}, (const char *[]){"Kostnader", "7", NULL});
  ocr_word(doc_line_add(t), "-", R(400, "-"), 131, 132, 128);
  ocr_line(t, 154, 0, (float[]){50, R(300, "19"), R(400, "14")},
           (const char *[]){"Summa", "19", "14", NULL});
  tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_STR(doc_table_get(tb, 2, 0), "Kostnader");
    TEST_EQ_STR(doc_table_get(tb, 2, 2), "-");
  }
  doc_free(d);
}

/* Regression (003 scans, Bilaga 1): the last row's text cell going on
 * below the other cells, its lines 14 apart (the rows 24) and set
 * without descenders (boxes 8 high, so gaps of 6 looked like a break at
 * over 0.6 line heights): the baselines' even step keeps them in the
 * cell. */
static void test_trailing_cell_lines(void) {
  Doc *d;
  DocPage *p = new_page("trailing", &d);
  p->from_ocr = 1;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  ocr_line(t, 100, 0, (float[]){50, 200, 400},
           (const char *[]){"Risk", "Resultat", "Åtgärd", NULL});
  ocr_line(t, 124, 0, (float[]){50, 200, 400},
           (const char *[]){"Brand", "En plan finns", "Inga", NULL});
  ocr_line(t, 148, 0, (float[]){50, 200, 400},
           (const char *[]){"System", "En lista har", "Inga", NULL});
  ocr_line(t, 162, 0, (float[]){200}, (const char *[]){"utvecklats och", NULL});
  ocr_line(t, 176, 0, (float[]){200}, (const char *[]){"ansvar och", NULL});
  ocr_line(t, 190, 0, (float[]){200}, (const char *[]){"ägarskap av", NULL});
  ocr_line(t, 204, 0, (float[]){200}, (const char *[]){"systemflora.", NULL});
  ocr_line(t, 300, 0, (float[]){50}, (const char *[]){"Texten efter tabellen går över hela sidans bredd", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 3);
    TEST_EQ_STR(doc_table_get(tb, 2, 1),
                "En lista har utvecklats och ansvar och ägarskap av systemflora.");
  }
  TEST_EQ_INT(p->nblocks, 2);
  doc_free(d);
}

/* The last row's text cell whose line runs on ("regionen och") goes on
 * in a capitalised word on a line of its own ("Försäkringskassan."),
 * which stays the cell's (synth-u's born-digital risk table). */
static void test_trailing_capital(void) {
  Doc *d;
  DocPage *p = new_page("trailcap", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  const float xs[] = {50, 200, 260, 330};
  phrases(t, 100, xs, (const char *[]){"Risk", "Grad", "Följd", "Åtgärd", NULL});
  phrases(t, 112, xs, (const char *[]){"Brand", "Hög", "Hög", "En plan finns.", NULL});
  phrases(t, 124, xs, (const char *[]){"Fler placeringar", "Måttlig", "Måttlig", "Samarbete med", NULL});
  phrases(t, 136, (float[]){50, 330}, (const char *[]){"av barn", "enheten, regionen och", NULL});
  phrases(t, 148, (float[]){330}, (const char *[]){"Försäkringskassan.", NULL});
  phrases(t, 180, (float[]){50}, (const char *[]){"Avslutningsvis kan konstateras att nämnden står inför en period med stora behov.", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 3);
    TEST_EQ_STR(doc_table_get(tb, 2, 3), "Samarbete med enheten, regionen och Försäkringskassan.");
  }
  doc_free(d);
}

/* A lone word between the lines of its neighbour's wrapped comment, set
 * apart from it (003's "vidtagits" beside "utförts eller ska ..."), is a
 * cell of its own, not a word in the middle of the comment. */
static void test_lone_cell_inside(void) {
  Doc *d;
  DocPage *p = new_page("inside", &d);
  p->from_ocr = 1;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  ocr_line(t, 100, 0, (float[]){50, 200, 400},
           (const char *[]){"Avtal", "Uppfyllt", "Kommentar", NULL});
  ocr_line(t, 124, 0, (float[]){50, 200, 400}, (const char *[]){"Städ", "Ja", "Inga brister", NULL});
  ocr_line(t, 148, 0, (float[]){50, 200, 400}, (const char *[]){"Fönster", "Ja", "Inga", NULL});
  ocr_line(t, 172, 0, (float[]){400}, (const char *[]){"utförts eller ska", NULL});
  ocr_line(t, 186, 0, (float[]){400}, (const char *[]){"utföras enligt", NULL});
  ocr_line(t, 200, 0, (float[]){50, 200, 300},
           (const char *[]){"Avvikelser", "Delvis", "vidtagits", NULL});
  ocr_line(t, 214, 0, (float[]){200, 400}, (const char *[]){"med", "plan och följs", NULL});
  ocr_line(t, 228, 0, (float[]){200, 400}, (const char *[]){"brister", "upp varje månad.", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 4);
    TEST_EQ_STR(doc_table_get(tb, 3, 2), "vidtagits");
    for (size_t r = 0; r < tb->nrows; r++)
      for (size_t c = 0; c < tb->ncols; c++)
        TEST_CHECK(strstr(doc_table_get(tb, r, c), "vidtagits") == NULL ||
                   strcmp(doc_table_get(tb, r, c), "vidtagits") == 0);
  }
  doc_free(d);
}

/* Regression (003's Bilaga 2): a wide text column's last cell wraps into
 * lines wider than 0.6 of the table (they used to end the table and were
 * written as paragraphs after it); they start where the cell's text does
 * and stay left of the row's next cell.  Running text after the table,
 * reaching across the columns, stays out. */
static void test_wide_cell_lines(void) {
  Doc *d;
  DocPage *p = new_page("wide", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){50, 500}, (const char *[]){"Kontrollmoment", "Status", NULL});
  line(t, 120, (float[]){50, 500},
       (const char *[]){"Faktura: kontroll av att leverantören följer anbudspriserna.", "Ja", NULL});
  line(t, 140, (float[]){50, 500}, (const char *[]){"Miljö: antal bilar i tjänst.", "Ja", NULL});
  line(t, 152, (float[]){50},
       (const char *[]){"och ledningssystem som löper ut i februari med dieselfordon i miljöklass ett.", NULL});
  line(t, 164, (float[]){50}, (const char *[]){"Bensinfordon tankas med E10.", NULL});
  line(t, 250, (float[]){50},
       (const char *[]){"Texten efter tabellen går över hela sidans bredd och mer än så här.", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 3);
    TEST_EQ_STR(doc_table_get(tb, 2, 0),
                "Miljö: antal bilar i tjänst. och ledningssystem som löper ut i "
                "februari med dieselfordon i miljöklass ett. Bensinfordon tankas med E10.");
  }
  TEST_EQ_INT(p->nblocks, 2);
  doc_free(d);
}

/* Regression (intraservice scans): a row label centred on a two-line
 * header row, its box reaching into both header lines and taller than
 * them, is a header cell, not a heading that ends the table above it
 * (the first header line was left out of the table). */
static void test_centred_label(void) {
  Doc *d;
  DocPage *p = new_page("centred", &d);
  p->from_ocr = 1;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  ocr_line(t, 100, 1, (float[]){300, 450},
           (const char *[]){"Utfall perioden", "Prognos helår", NULL});
  ocr_line(t, 106, 0, (float[]){50}, (const char *[]){"Mått", NULL});
  DocWord *m = &t->lines[1].words[0];
  m->box.y0 = 94;   /* set taller than the header lines, reaching both */
  m->box.y1 = 114;
  ocr_line(t, 112, 1, (float[]){300, 450},
           (const char *[]){"samma period", "helår fg", NULL});
  ocr_line(t, 130, 0, (float[]){50, R(360, "7,8 %"), R(490, "6,0 %")},
           (const char *[]){"Intäkter", "7,8 %", "6,0 %", NULL});
  ocr_line(t, 145, 1, (float[]){50, R(360, "7,6 %"), R(490, "6,0 %")},
           (const char *[]){"Personal", "7,6 %", "6,0 %", NULL});
  ocr_line(t, 160, 0, (float[]){50, R(360, "15,5 %"), R(490, "17,8 %")},
           (const char *[]){"Konsulter", "15,5 %", "17,8 %", NULL});
  DocTable *tb = first_table(p);
  if (tb) for (size_t r = 0; r < tb->nrows; r++) { for (size_t c = 0; c < tb->ncols; c++) fprintf(stderr, "[%s] ", doc_table_get(tb, r, c)); fprintf(stderr, "\n"); }
  if (tb) {
    TEST_EQ_INT(tb->ncols, 3);
    TEST_EQ_STR(doc_table_get(tb, 0, 0), "Mått");
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Utfall perioden samma period");
    TEST_EQ_STR(doc_table_get(tb, 0, 2), "Prognos helår helår fg");
    TEST_EQ_STR(doc_table_get(tb, 3, 2), "17,8 %");
  }
  TEST_EQ_INT(p->nblocks, 1);
  doc_free(d);
}

/* Regression (003 scans): a heading that OCR put in one block with the
 * table under it stays before the table (it came out after it, and kept
 * the table from joining its continuation on the next page). */
static void test_heading_in_block(void) {
  Doc *d;
  DocPage *p = new_page("heading", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  ocr_line(t, 100, 0, (float[]){50}, (const char *[]){"Sjukfrånvaro", NULL});
  ocr_line(t, 130, 0, (float[]){50, 200, 300},
           (const char *[]){"Sjukfrånvaro", "2022", "2023", NULL});
  ocr_line(t, 148, 0, (float[]){50, 200, 300}, (const char *[]){"Kvinnor", "3,9%", "3,8%", NULL});
  ocr_line(t, 166, 0, (float[]){50, 200, 300}, (const char *[]){"Män", "2,7%", "3,6%", NULL});
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  TEST_EQ_INT(p->nblocks, 2);
  if (p->nblocks == 2) {
    TEST_EQ_INT(p->blocks[0].kind, DOC_PARA);
    TEST_EQ_STR(p->blocks[0].lines[0].words[0].text, "Sjukfrånvaro");
    TEST_EQ_INT(p->blocks[1].kind, DOC_TABLE);
    TEST_EQ_INT(p->blocks[1].table->nrows, 3);
  }
  doc_free(d);

  /* Regression (003 scan page 9): the heading after the table in the same
   * block stays after it, and the heading before before it (both had gone
   * after the table, run together as one paragraph) */
  p = new_page("heading2", &d);
  t = doc_block_add(p, DOC_PARA);
  ocr_line(t, 100, 0, (float[]){50}, (const char *[]){"Investeringar", NULL});
  ocr_line(t, 130, 0, (float[]){50, 200, 300},
           (const char *[]){"Belopp", "2022", "2023", NULL});
  ocr_line(t, 148, 0, (float[]){50, 200, 300}, (const char *[]){"Markinköp", "2,0", "10,1", NULL});
  ocr_line(t, 166, 0, (float[]){50, 200, 300}, (const char *[]){"Inventarier", "0,4", "1,7", NULL});
  ocr_line(t, 200, 0, (float[]){50, 100}, (const char *[]){"Utfall", "för perioden", NULL});
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  TEST_EQ_INT(p->nblocks, 3);
  if (p->nblocks == 3) {
    TEST_EQ_INT(p->blocks[0].kind, DOC_PARA);
    size_t words = 0;
    for (size_t l = 0; l < p->blocks[0].nlines; l++) words += p->blocks[0].lines[l].nwords;
    TEST_EQ_INT(words, 1);
    TEST_EQ_STR(p->blocks[0].lines[0].words[0].text, "Investeringar");
    TEST_EQ_INT(p->blocks[1].kind, DOC_TABLE);
    TEST_EQ_INT(p->blocks[1].table->nrows, 3);
    TEST_EQ_INT(p->blocks[2].kind, DOC_PARA);
    TEST_EQ_STR(p->blocks[2].lines[0].words[0].text, "Utfall");
    TEST_CHECK(p->blocks[2].has_box && p->blocks[2].box.y0 > 180);
  }
  doc_free(d);

  /* two tables in one block with text between and after them: each keeps
   * its place, no line is lost or read twice */
  p = new_page("heading3", &d);
  t = doc_block_add(p, DOC_PARA);
  ocr_line(t, 100, 0, (float[]){50}, (const char *[]){"Investeringar", NULL});
  ocr_line(t, 130, 0, (float[]){50, 200, 300}, (const char *[]){"Belopp", "2022", "2023", NULL});
  ocr_line(t, 148, 0, (float[]){50, 200, 300}, (const char *[]){"Markinköp", "2,0", "10,1", NULL});
  ocr_line(t, 166, 0, (float[]){50, 200, 300}, (const char *[]){"Inventarier", "0,4", "1,7", NULL});
  ocr_line(t, 200, 0, (float[]){50, 100}, (const char *[]){"Drift", "för perioden", NULL});
  ocr_line(t, 230, 0, (float[]){50, 200, 300}, (const char *[]){"Belopp", "2022", "2023", NULL});
  ocr_line(t, 248, 0, (float[]){50, 200, 300}, (const char *[]){"Intäkter", "9,1", "8,7", NULL});
  ocr_line(t, 266, 0, (float[]){50, 200, 300}, (const char *[]){"Kostnader", "2,0", "9,3", NULL});
  ocr_line(t, 300, 0, (float[]){50, 100}, (const char *[]){"Utfall", "för året", NULL});
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  size_t tables = 0, words = 0;
  for (size_t b = 0; b < p->nblocks; b++) {
    tables += p->blocks[b].kind == DOC_TABLE;
    for (size_t l = 0; l < p->blocks[b].nlines; l++) words += p->blocks[b].lines[l].nwords;
  }
  TEST_EQ_INT(tables, 2);
  TEST_EQ_INT(words, 5);   /* the three lines of text, none lost or doubled */
  doc_free(d);
}

/* A page ending with a table of three rows (cells at x 50, 200, 400) that
 * runs to its foot, and a second page, empty, which is returned. */
static DocPage *table_then_page(const char *name, Doc **d, const char *rows[3][3]) {
  DocPage *p = new_page(name, d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  for (int r = 0; r < 3; r++)
    line(t, 100 + 20 * (float)r, (float[]){50, 200, 400},
         (const char *[]){rows[r][0], rows[r][1], rows[r][2], NULL});
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  TEST_EQ_INT(p->nblocks, 1);
  p->blocks[0].box.y1 = 700;   /* pretend it runs to the foot of the page */
  DocPage *q = doc_page_add(*d);
  q->width = 600;
  q->height = 800;
  return q;
}

/* Regression (003): a row cut by a page break leaves the rest of its text
 * cell at the head of the next page; it goes back into the cell instead of
 * standing between two tables as a paragraph. */
static void test_cut_cell(void) {
  Doc *d;
  const char *rows[3][3] = {{"Risk", "Beskrivning", "Kontroll"},
                            {"Brand", "Risk att det brinner", "Inga"},
                            {"Spill", "Kemikalier på golvet", "Rutin"}};
  DocPage *q = table_then_page("cut", &d, rows), *p = &d->pages[0];
  RensaErr e;
  line(doc_block_add(q, DOC_PARA), 40, (float[]){200}, (const char *[]){"som torkas upp.", NULL});
  line(doc_block_add(q, DOC_PARA), 80, (float[]){50}, (const char *[]){"Nästa stycke börjar här och går över hela sidan.", NULL});
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  TEST_EQ_INT(q->nblocks, 1);
  if (p->nblocks == 1 && p->blocks[0].table && p->blocks[0].table->nrows == 3)
    TEST_EQ_STR(doc_table_get(p->blocks[0].table, 2, 1), "Kemikalier på golvet som torkas upp.");
  else
    TEST_CHECK(0);
  doc_free(d);
}

/* Every word of p read by OCR with confidence conf. */
static void ocr_read(DocPage *p, float conf) {
  p->from_ocr = 1;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++)
      for (size_t w = 0; w < p->blocks[b].lines[l].nwords; w++) p->blocks[b].lines[l].words[w].conf = conf;
}

/* A word with box (x0, y0)-(x1, y1) on line l, read by OCR at 95. */
static void word_box(DocLine *l, const char *text, float x0, float y0, float x1, float y1) {
  DocWord *w = doc_word_add(l, text, 0, 0);
  w->box = (DocBox){x0, y0, x1, y1};
  w->has_box = 1;
  w->conf = 95;
}

/* A row whose figure's right edge stands 4 px left of its column's on a
 * rough scan (the words of 003's rough page 9, 300 dpi units): still the
 * table's row, its label's year no figure of its own. */
static void test_scan_edges(void) {
  Doc *d;
  DocPage *p = new_page("edges", &d);
  p->width = 2491, p->height = 3518, p->from_ocr = 1;
  DocBlock *b = doc_block_add(p, DOC_PARA);
  DocLine *l = doc_line_add(b);
  word_box(l, "Avstämningstillfälle", 319, 1098, 669, 1147);
  word_box(l, "Prognos", 852, 1107, 1000, 1141);
  word_box(l, "Avvikelse", 1042, 1105, 1210, 1134);
  word_box(l, "från", 1223, 1101, 1292, 1134);
  word_box(l, "bokslut", 1305, 1105, 1437, 1134);
  l = doc_line_add(b);
  word_box(l, "Fördjupad", 319, 1171, 485, 1206);
  word_box(l, "månadsuppföljning", 500, 1168, 811, 1207);
  word_box(l, "0", 982, 1164, 1004, 1210);
  word_box(l, "178", 1377, 1172, 1435, 1200);
  l = doc_line_add(b);
  word_box(l, "Delårsbokslut", 320, 1230, 545, 1262);
  word_box(l, "0", 982, 1226, 1005, 1274);
  word_box(l, "178", 1377, 1234, 1436, 1262);
  l = doc_line_add(b);
  word_box(l, "Bokslut", 320, 1299, 440, 1328);
  word_box(l, "2023", 452, 1299, 534, 1328);
  word_box(l, "178", 943, 1300, 1000, 1328);
  /* (a table of other columns below, whose figures the edge test sees) */
  l = doc_line_add(doc_block_add(p, DOC_PARA));
  word_box(l, "Intäkter", 320, 1420, 470, 1450);
  word_box(l, "1", 1060, 1420, 1075, 1450);
  word_box(l, "106", 1080, 1420, 1106, 1450);
  word_box(l, "347", 1300, 1420, 1347, 1450);
  DocTable *tb = first_table(p);
  if (tb && tb->nrows >= 4 && tb->ncols == 3) {
    TEST_EQ_STR(doc_table_get(tb, 3, 0), "Bokslut 2023");
    TEST_EQ_STR(doc_table_get(tb, 3, 1), "178");
  } else {
    TEST_CHECK(0);
  }
  doc_free(d);
}

/* A decision's section sign set apart after its date, its number wrapped
 * to the line below ("KF 2025-" / "04-28," "§" / "47"; the words of
 * synth-ac's rough page 9, a 200 dpi page read at 300 dpi) is that cell's,
 * not a column of its own that the numbers under the other signs join,
 * splitting every row's decision. */
static void test_sign_apart_cell(void) {
  Doc *d;
  DocPage *p = new_page("sign", &d);
  p->width = 2481, p->height = 3508, p->from_ocr = 1;
  DocBlock *b = doc_block_add(p, DOC_PARA);
  DocLine *l = doc_line_add(b);
  word_box(l, "Uppdrag", 283, 1358, 432, 1393);
  word_box(l, "Beslut", 911, 1358, 1025, 1386);
  word_box(l, "Status", 1093, 1359, 1205, 1386);
  word_box(l, "Kommentar", 1996, 1358, 2202, 1386);
  l = doc_line_add(b);
  word_box(l, "Ta", 281, 1428, 319, 1454);
  word_box(l, "fram", 331, 1427, 403, 1455);
  word_box(l, "en", 418, 1433, 456, 1455);
  word_box(l, "ny", 470, 1433, 506, 1462);
  word_box(l, "biblioteksplan", 520, 1426, 744, 1462);
  word_box(l, "för", 757, 1427, 799, 1454);
  word_box(l, "KF", 874, 1427, 917, 1455);
  word_box(l, "2024-", 931, 1427, 1023, 1455);
  word_box(l, "Pågår", 1109, 1423, 1206, 1462);
  word_box(l, "Ett", 1342, 1428, 1386, 1455);
  word_box(l, "förslag", 1396, 1427, 1506, 1461);
  word_box(l, "har", 1522, 1426, 1573, 1455);
  word_box(l, "varit", 1585, 1427, 1654, 1455);
  word_box(l, "på", 1668, 1424, 1707, 1461);
  word_box(l, "remiss", 1720, 1427, 1827, 1455);
  word_box(l, "hos", 1840, 1426, 1898, 1454);
  word_box(l, "skolnämnden", 1911, 1426, 2130, 1455);
  word_box(l, "och", 2143, 1427, 2201, 1455);
  l = doc_line_add(b);
  word_box(l, "perioden", 282, 1476, 425, 1511);
  word_box(l, "2026–2029", 438, 1477, 623, 1505);
  word_box(l, "11-25,", 890, 1477, 991, 1508);
  word_box(l, "§", 1006, 1476, 1022, 1507);
  word_box(l, "pensionärsrådet,", 1415, 1474, 1689, 1512);
  word_box(l, "och", 1705, 1476, 1761, 1505);
  word_box(l, "planen", 1775, 1476, 1884, 1512);
  word_box(l, "beräknas", 1898, 1476, 2050, 1505);
  word_box(l, "antas", 2063, 1480, 2152, 1505);
  word_box(l, "av", 2165, 1483, 2203, 1504);
  l = doc_line_add(b);
  word_box(l, "142", 966, 1527, 1023, 1555);
  word_box(l, "fullmäktige", 1820, 1526, 1997, 1562);
  word_box(l, "i", 2011, 1526, 2015, 1554);
  word_box(l, "december.", 2030, 1527, 2200, 1555);
  l = doc_line_add(b);
  word_box(l, "Utreda", 282, 1589, 392, 1617);
  word_box(l, "förutsättningarna", 404, 1588, 685, 1624);
  word_box(l, "för", 697, 1589, 739, 1617);
  word_box(l, "en", 751, 1595, 789, 1616);
  word_box(l, "KF", 874, 1589, 917, 1617);
  word_box(l, "2024-", 931, 1589, 1023, 1617);
  word_box(l, "Pågår", 1109, 1582, 1206, 1629);
  word_box(l, "Utredningen", 1522, 1588, 1722, 1625);
  word_box(l, "genomförs", 1735, 1588, 1910, 1623);
  word_box(l, "tillsammans", 1923, 1589, 2118, 1617);
  word_box(l, "med", 2133, 1589, 2201, 1617);
  l = doc_line_add(b);
  word_box(l, "ny", 282, 1646, 320, 1674);
  word_box(l, "simhall", 332, 1639, 446, 1666);
  word_box(l, "i", 463, 1638, 464, 1665);
  word_box(l, "Lönnåker", 479, 1636, 632, 1667);
  word_box(l, "06-17,", 888, 1639, 991, 1670);
  word_box(l, "§", 1007, 1638, 1022, 1669);
  word_box(l, "samhällsbyggnadsförvaltningen,", 1253, 1638, 1785, 1674);
  word_box(l, "och", 1799, 1639, 1857, 1667);
  word_box(l, "en", 1871, 1645, 1909, 1666);
  word_box(l, "förstudie", 1922, 1638, 2064, 1667);
  word_box(l, "med", 2078, 1638, 2147, 1667);
  word_box(l, "tre", 2161, 1642, 2202, 1666);
  l = doc_line_add(b);
  word_box(l, "88", 984, 1692, 1023, 1720);
  word_box(l, "alternativa", 1296, 1691, 1467, 1720);
  word_box(l, "placeringar", 1479, 1692, 1662, 1728);
  word_box(l, "redovisas", 1676, 1692, 1834, 1720);
  word_box(l, "till", 1845, 1691, 1879, 1719);
  word_box(l, "kommunstyrelsen", 1893, 1691, 2182, 1727);
  word_box(l, "i", 2196, 1698, 2201, 1719);
  l = doc_line_add(b);
  word_box(l, "november.", 2031, 1741, 2199, 1770);
  l = doc_line_add(b);
  word_box(l, "Införa", 284, 1804, 376, 1833);
  word_box(l, "meröppet", 389, 1806, 545, 1840);
  word_box(l, "på", 558, 1802, 598, 1841);
  word_box(l, "Göksätra", 609, 1805, 760, 1833);
  word_box(l, "KF", 873, 1805, 917, 1833);
  word_box(l, "2023-", 931, 1805, 1024, 1833);
  word_box(l, "Klart", 1131, 1805, 1206, 1833);
  word_box(l, "Meröppet", 1417, 1806, 1573, 1840);
  word_box(l, "infördes", 1586, 1804, 1716, 1833);
  word_box(l, "när", 1730, 1806, 1782, 1833);
  word_box(l, "biblioteket", 1795, 1804, 1960, 1833);
  word_box(l, "öppnade", 1973, 1804, 2116, 1840);
  word_box(l, "efter", 2129, 1804, 2203, 1833);
  l = doc_line_add(b);
  word_box(l, "bibliotek", 283, 1854, 417, 1883);
  word_box(l, "11-27,", 890, 1855, 991, 1886);
  word_box(l, "§", 1006, 1854, 1023, 1885);
  word_box(l, "ombyggnaden", 1700, 1854, 1934, 1890);
  word_box(l, "den", 1947, 1854, 2008, 1883);
  word_box(l, "19", 2023, 1856, 2060, 1882);
  word_box(l, "augusti.", 2074, 1855, 2200, 1889);
  l = doc_line_add(b);
  word_box(l, "151", 965, 1906, 1023, 1933);
  l = doc_line_add(b);
  word_box(l, "Se", 282, 1967, 325, 1995);
  word_box(l, "över", 338, 1969, 408, 1995);
  word_box(l, "reglerna", 422, 1967, 557, 2002);
  word_box(l, "för", 569, 1966, 611, 1995);
  word_box(l, "KF", 873, 1967, 917, 1995);
  word_box(l, "2025-", 931, 1967, 1022, 1995);
  word_box(l, "Pågår", 1109, 1964, 1205, 2002);
  word_box(l, "Ett", 1351, 1968, 1393, 1995);
  word_box(l, "förslag", 1405, 1967, 1515, 2002);
  word_box(l, "till", 1528, 1967, 1561, 1995);
  word_box(l, "nya", 1576, 1973, 1633, 2002);
  word_box(l, "regler", 1646, 1967, 1740, 2003);
  word_box(l, "har", 1753, 1967, 1804, 1995);
  word_box(l, "tagits", 1816, 1967, 1903, 2002);
  word_box(l, "fram", 1916, 1966, 1989, 1995);
  word_box(l, "i", 2003, 1966, 2007, 1994);
  word_box(l, "dialog", 2021, 1966, 2118, 2002);
  word_box(l, "med", 2132, 1967, 2202, 1995);
  l = doc_line_add(b);
  word_box(l, "föreningsbidrag", 282, 2019, 537, 2056);
  word_box(l, "02-24,", 888, 2020, 991, 2052);
  word_box(l, "§", 1006, 2019, 1023, 2050);
  word_box(l, "föreningsrådet", 1331, 2016, 1568, 2055);
  word_box(l, "och", 1581, 2020, 1639, 2048);
  word_box(l, "behandlas", 1652, 2019, 1822, 2048);
  word_box(l, "av", 1835, 2026, 1873, 2048);
  word_box(l, "nämnden", 1886, 2019, 2038, 2048);
  word_box(l, "i", 2052, 2019, 2058, 2047);
  word_box(l, "oktober.", 2071, 2019, 2200, 2048);
  l = doc_line_add(b);
  word_box(l, "19", 987, 2070, 1023, 2098);
  l = doc_line_add(b);
  word_box(l, "Öka", 282, 2129, 349, 2162);
  word_box(l, "tillgängligheten", 360, 2133, 609, 2169);
  word_box(l, "till", 622, 2133, 654, 2161);
  word_box(l, "KF", 873, 2134, 917, 2160);
  word_box(l, "2024-", 931, 2133, 1023, 2161);
  word_box(l, "Pågår", 1109, 2129, 1205, 2168);
  word_box(l, "Ett", 1274, 2134, 1317, 2169);
  word_box(l, "utegym", 1330, 2134, 1449, 2169);
  word_box(l, "har", 1463, 2133, 1515, 2161);
  word_box(l, "byggts", 1528, 2133, 1635, 2168);
  word_box(l, "vid", 1647, 2133, 1692, 2161);
  word_box(l, "Mälsåkers", 1708, 2129, 1875, 2161);
  word_box(l, "idrottsplats,", 1888, 2133, 2075, 2168);
  word_box(l, "medan", 2091, 2133, 2201, 2161);
  l = doc_line_add(b);
  word_box(l, "spontanidrott", 282, 2183, 497, 2218);
  word_box(l, "i", 513, 2183, 515, 2211);
  word_box(l, "Mälsåker", 529, 2180, 678, 2211);
  word_box(l, "11-25,", 890, 2184, 991, 2215);
  word_box(l, "§", 1007, 2183, 1023, 2213);
  word_box(l, "spontanidrottsytan", 1283, 2182, 1586, 2218);
  word_box(l, "har", 1601, 2183, 1652, 2211);
  word_box(l, "försenats", 1664, 2183, 1816, 2211);
  word_box(l, "på", 1829, 2179, 1869, 2219);
  word_box(l, "grund", 1882, 2183, 1975, 2218);
  word_box(l, "av", 1988, 2190, 2026, 2211);
  word_box(l, "oklarheter", 2038, 2182, 2202, 2211);
  l = doc_line_add(b);
  word_box(l, "143", 965, 2234, 1023, 2261);
  word_box(l, "kring", 1884, 2233, 1962, 2268);
  word_box(l, "markägandet.", 1976, 2233, 2200, 2268);
  l = doc_line_add(b);
  word_box(l, "Redovisa", 282, 2298, 436, 2327);
  word_box(l, "hur", 449, 2299, 500, 2326);
  word_box(l, "KF", 874, 2299, 917, 2325);
  word_box(l, "2025-", 931, 2298, 1023, 2326);
  word_box(l, "Ej", 1175, 2298, 1204, 2333);
  word_box(l, "Arbetet", 1413, 2298, 1533, 2326);
  word_box(l, "inleds", 1546, 2298, 1641, 2326);
  word_box(l, "när", 1655, 2299, 1707, 2325);
  word_box(l, "utvärderingen", 1719, 2298, 1944, 2333);
  word_box(l, "av", 1959, 2304, 1996, 2326);
  word_box(l, "sommarens", 2008, 2304, 2202, 2326);
  l = doc_line_add(b);
  word_box(l, "sommarlovsaktiviteterna", 282, 2348, 685, 2377);
  word_box(l, "kan", 697, 2348, 754, 2376);
  word_box(l, "04-28,", 888, 2349, 991, 2380);
  word_box(l, "§", 1016, 2348, 1023, 2378);
  word_box(l, "påbörjat", 1073, 2345, 1205, 2383);
  word_box(l, "verksamhet", 1733, 2348, 1925, 2376);
  word_box(l, "är", 1937, 2350, 1969, 2376);
  word_box(l, "klar", 1982, 2347, 2041, 2376);
  word_box(l, "i", 2053, 2348, 2058, 2375);
  word_box(l, "oktober.", 2071, 2348, 2200, 2376);
  l = doc_line_add(b);
  word_box(l, "bedrivas", 283, 2398, 421, 2426);
  word_box(l, "utan", 434, 2401, 504, 2427);
  word_box(l, "statsbidrag", 518, 2397, 698, 2433);
  word_box(l, "47", 984, 2399, 1023, 2425);
  DocTable *tb = first_table(p);
  /* (the rows: this page alone, without the text around the table that
   * sets the line spacing, parts some of them; the columns are the test) */
  TEST_CHECK(tb && tb->ncols == 4);
  size_t last = tb ? tb->nrows - 1 : 0;
  if (tb && tb->ncols == 4) {
    TEST_EQ_STR(doc_table_get(tb, last, 1), "KF 2025-04-28, § 47");
    TEST_EQ_STR(doc_table_get(tb, last, 2), "Ej påbörjat");
    TEST_EQ_STR(doc_table_get(tb, 5, 1), "KF 2025-02-24, § 19");
  }
  doc_free(d);
}

/* n rows of a label and five figures, right-aligned at x 250, 330, ...,
 * 14 apart from y on. */
static void money_rows(DocBlock *b, float y, const char *rows[][6], int n) {
  for (int r = 0; r < n; r++) {
    float bx[6] = {50};
    for (int c = 1; c < 6; c++) bx[c] = R(250 + 80 * (float)(c - 1), rows[r][c]);
    phrases(b, y + 14 * (float)r, bx,
            (const char *const[]){rows[r][0], rows[r][1], rows[r][2], rows[r][3], rows[r][4], rows[r][5], NULL});
  }
}

/* A table continued on a scan's next page is checked again whole: the
 * row under the break, too short a piece to check alone, has a figure
 * read with confidence ("290") that both its differences mend ("190":
 * 190 - 160 = 30, 190 - 76 = 114; 003's rough scan). */
static void test_join_checked(void) {
  Doc *d;
  DocPage *p = new_page("joincheck", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  float xs[] = {50, R(250, "Budget"), R(330, "Bokslut"), R(410, "Avvikelse"), R(490, "Fg år"),
                R(570, "Diff.")};
  phrases(t, 560, xs, (const char *[]){"Belopp i tkr", "Budget", "Bokslut", "Avvikelse", "Fg år", "Diff.", NULL});
  const char *body[4][6] = {{"Intäkter", "91 867", "91 728", "-139", "77 028", "14 700"},
                            {"Lokalhyror", "-7 431", "-7 622", "-191", "-7 093", "-529"},
                            {"Övriga kostnader", "-39 198", "-40 118", "-920", "-41 084", "966"},
                            {"Kommunbidrag", "108 907", "108 900", "-7", "100 764", "8 136"}};
  money_rows(t, 574, body, 4);
  ocr_read(p, 96);
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  if (p->nblocks) p->blocks[0].box.y1 = 700; /* it runs to the foot of its page */
  DocPage *q = doc_page_add(d);
  q->width = 600;
  q->height = 800;
  DocBlock *u = doc_block_add(q, DOC_PARA);
  const char *rest[2][6] = {{"Finansnetto", "160", "290", "30", "76", "114"},
                            {"Årets resultat", "50", "178", "128", "600", "-422"}};
  money_rows(u, 40, rest, 2);
  ocr_read(q, 96);
  TEST_EQ_INT(tab_build_geom(q, &e), RENSA_OK);
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  const DocTable *tb = p->nblocks ? p->blocks[0].table : NULL;
  TEST_CHECK(tb != NULL);
  if (tb && tb->nrows == 7 && tb->ncols == 6) {
    TEST_EQ_STR(doc_table_get(tb, 5, 0), "Finansnetto");
    TEST_EQ_STR(doc_table_get(tb, 5, 2), "190");
  } else {
    TEST_CHECK(0);
  }
  doc_free(d);
}

/* A section label the page break left at the foot of a page, under a
 * table with section rows, heads the rows the next page continues
 * (tune-d's "Kultur och kulturarv"): it becomes the table's next row and
 * the rows join.  Without section rows in the table it stays a paragraph. */
static void foot_label_case(int sections) {
  Doc *d;
  DocPage *p = new_page("footlabel", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  float y = 560;
  phrases(t, y, (float[]){50, R(300, "2023"), R(400, "2024")}, (const char *[]){"Verksamhet", "2023", "2024", NULL});
  if (sections) phrases(t, y += 14, (float[]){50}, (const char *[]){"Bibliotek", NULL});
  phrases(t, y += 14, (float[]){50, R(300, "98 400"), R(400, "121 300")},
          (const char *[]){"Huvudbiblioteket", "98 400", "121 300", NULL});
  phrases(t, y += 14, (float[]){50, R(300, "9 800"), R(400, "11 400")},
          (const char *[]){"Bokbussen", "9 800", "11 400", NULL});
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  DocBlock *lb = doc_block_add(p, DOC_PARA);
  phrases(lb, y += 14, (float[]){50}, (const char *[]){"Kultur och kulturarv", NULL});
  DocLine *ll = &lb->lines[0];
  for (size_t w = 0; w < ll->nwords; w++) doc_box_cover(&ll->box, &ll->has_box, ll->words[w].box);
  lb->box = ll->box;
  lb->has_box = 1;
  DocPage *q = doc_page_add(d);
  q->width = 600;
  q->height = 800;
  DocBlock *u = doc_block_add(q, DOC_PARA);
  phrases(u, 40, (float[]){50, R(300, "8 900"), R(400, "12 600")},
          (const char *[]){"Konsthallen", "8 900", "12 600", NULL});
  phrases(u, 54, (float[]){50, R(300, "4 200"), R(400, "5 900")},
          (const char *[]){"Museet", "4 200", "5 900", NULL});
  phrases(u, 68, (float[]){50, R(300, "1 100"), R(400, "1 600")},
          (const char *[]){"Visningar", "1 100", "1 600", NULL});
  TEST_EQ_INT(tab_build_geom(q, &e), RENSA_OK);
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  const DocTable *tb = p->nblocks ? p->blocks[0].table : NULL;
  TEST_CHECK(tb != NULL);
  if (tb && sections) {
    TEST_EQ_INT(p->nblocks, 1);
    TEST_EQ_INT(q->nblocks, 0);
    TEST_EQ_INT(tb->nrows, 8);
    TEST_EQ_STR(doc_table_get(tb, 4, 0), "Kultur och kulturarv");
    TEST_EQ_STR(doc_table_get(tb, 4, 1), "");
    TEST_EQ_STR(doc_table_get(tb, 5, 0), "Konsthallen");
  } else if (tb) {
    TEST_EQ_INT(p->nblocks, 2);
    TEST_EQ_INT(tb->nrows, 3);
  }
  doc_free(d);
}

/* A table, a short label and a table of the same columns as close as
 * lines are, figures on both sides: one table, the label a section row
 * (tune-c's scanned "Övriga larm"); not when the second starts with a
 * header of years. */
static void label_between_case(int years) {
  Doc *d;
  DocPage *p = new_page("between", &d);
  DocBlock *b0 = doc_block_add(p, DOC_TABLE);
  b0->table = doc_table_new(2, 3);
  const char *r0[2][3] = {{"Trafikolycka", "186", "172"}, {"Ras", "1", "2"}};
  for (int r = 0; r < 2; r++)
    for (int c = 0; c < 3; c++) doc_table_set(b0->table, (size_t)r, (size_t)c, r0[r][c]);
  b0->box = (DocBox){50, 100, 400, 130};
  b0->has_box = 1;
  DocBlock *lb = doc_block_add(p, DOC_PARA);
  phrases(lb, 133, (float[]){50}, (const char *[]){"Övriga larm", NULL});
  DocLine *ll = &lb->lines[0];
  for (size_t w = 0; w < ll->nwords; w++) doc_box_cover(&ll->box, &ll->has_box, ll->words[w].box);
  lb->box = ll->box;
  lb->has_box = 1;
  DocBlock *b2 = doc_block_add(p, DOC_TABLE);
  b2->table = doc_table_new(2, 3);
  const char *r2[2][3] = {{"Brandlarm", "312", "298"}, {"IVPA", "95", "108"}};
  if (years) r2[0][1] = "2023", r2[0][2] = "2024", r2[0][0] = "Personal";
  for (int r = 0; r < 2; r++)
    for (int c = 0; c < 3; c++) doc_table_set(b2->table, (size_t)r, (size_t)c, r2[r][c]);
  b2->box = (DocBox){50, 146, 400, 176};
  b2->has_box = 1;
  RensaErr e;
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  if (years) {
    TEST_EQ_INT(p->nblocks, 3);
  } else {
    TEST_EQ_INT(p->nblocks, 1);
    if (p->nblocks == 1 && p->blocks[0].table) {
      TEST_EQ_INT(p->blocks[0].table->nrows, 5);
      TEST_EQ_STR(doc_table_get(p->blocks[0].table, 2, 0), "Övriga larm");
      TEST_EQ_STR(doc_table_get(p->blocks[0].table, 3, 1), "312");
    }
  }
  doc_free(d);
}

/* A one-row table right under a table, its cells going on in small
 * letters under the other's columns, is the rest of the last row (the
 * OCR set a goal row's second lines apart: tune-c's "ekonomisk
 * hushållning | förhållande till ... | (-0,7) | vilket ..."); a row with
 * a capital is a row of its own. */
static void row_rest_case(int capital) {
  Doc *d;
  DocPage *p = new_page("rowrest", &d);
  const float cx[6] = {50, 140, 200, 260, 300, 500};
  DocBlock *b0 = doc_block_add(p, DOC_TABLE);
  b0->table = doc_table_new(2, 3);
  const char *r0[2][3] = {{"Mål", "Utfall", "Kommentar"}, {"God", "0,9", "Resultatet blev"}};
  for (int r = 0; r < 2; r++)
    for (int c = 0; c < 3; c++) doc_table_set(b0->table, (size_t)r, (size_t)c, r0[r][c]);
  b0->table->header_rows = 1;
  b0->box = (DocBox){50, 100, 500, 130};
  b0->has_box = 1;
  DocBlock *b1 = doc_block_add(p, DOC_TABLE);
  b1->table = doc_table_new(1, 3);
  doc_table_set(b1->table, 0, 0, capital ? "Ekonomisk hushållning" : "ekonomisk hushållning");
  doc_table_set(b1->table, 0, 1, "(-0,7)");
  doc_table_set(b1->table, 0, 2, "vilket motsvarar 0,9 %.");
  b1->box = (DocBox){50, 133, 500, 143};
  b1->has_box = 1;
  for (int k = 0; k < 2; k++) {
    DocTable *t = k ? b1->table : b0->table;
    t->colx = malloc(6 * sizeof *t->colx);
    memcpy(t->colx, cx, sizeof cx);
    t->ncolx = 3;
  }
  RensaErr e;
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  if (capital) {
    TEST_EQ_INT(p->nblocks, 2);
  } else {
    TEST_EQ_INT(p->nblocks, 1);
    TEST_EQ_STR(doc_table_get(p->blocks[0].table, 1, 0), "God ekonomisk hushållning");
    TEST_EQ_STR(doc_table_get(p->blocks[0].table, 1, 1), "0,9 (-0,7)");
    TEST_EQ_STR(doc_table_get(p->blocks[0].table, 1, 2), "Resultatet blev vilket motsvarar 0,9 %.");
  }
  doc_free(d);
}

static void test_foot_label(void) {
  foot_label_case(1);
  test_join_checked();
  test_scan_edges();
  foot_label_case(0);
  label_between_case(0);
  label_between_case(1);
  row_rest_case(0);
  row_rest_case(1);
}

/* The rest of a cut cell set apart by the OCR in blocks of their own, one
 * under the other as close as lines are (003's scan: "... resor. Antal" /
 * "anställda"): all of them go back into the cell; a paragraph further
 * down stays. */
static void test_cut_cell_blocks(void) {
  Doc *d;
  const char *rows[3][3] = {{"Risk", "Beskrivning", "Kontroll"},
                            {"Brand", "Risk att det brinner", "Inga"},
                            {"Spill", "Kemikalier på golvet", "Rutin"}};
  DocPage *q = table_then_page("cut2", &d, rows), *p = &d->pages[0];
  RensaErr e;
  const char *parts[3] = {"som torkas", "upp med", "papper."};
  for (int k = 0; k < 3; k++) {
    DocBlock *b = doc_block_add(q, DOC_PARA);
    float y = 40 + (LH + 4) * (float)k;
    line(b, y, (float[]){200}, (const char *[]){parts[k], NULL});
    b->lines[0].box = b->box = (DocBox){200, y, 200 + CH * (float)strlen(parts[k]), y + LH};
    b->lines[0].has_box = b->has_box = 1;
  }
  DocBlock *b = doc_block_add(q, DOC_PARA);
  line(b, 200, (float[]){200}, (const char *[]){"Nästa stycke.", NULL});
  b->lines[0].box = b->box = (DocBox){200, 200, 200 + CH * 13, 200 + LH};
  b->lines[0].has_box = b->has_box = 1;
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  TEST_EQ_INT(q->nblocks, 1);
  if (p->nblocks == 1 && p->blocks[0].table && p->blocks[0].table->nrows == 3)
    TEST_EQ_STR(doc_table_get(p->blocks[0].table, 2, 1),
                "Kemikalier på golvet som torkas upp med papper.");
  else
    TEST_CHECK(0);
  doc_free(d);
}

/* A header row the page break cut: its first lines end one page's last
 * table ("Kostenheten | Kvalitetsmätning från | Handlingsplan för"), the
 * rest heads the next page's table in lower case; the row moves to the
 * head of that table, each cell before the text under it. */
static void test_cut_header_row(void) {
  Doc *d;
  const char *rows[3][3] = {{"Avtal", "Uppföljning", "Bedömning"},
                            {"Lokalvård", "Kontroll av städning", "Ja"},
                            {"Kostenheten", "Kvalitetsmätning från", "Handlingsplan för"}};
  DocPage *q = table_then_page("cuthead", &d, rows), *p = &d->pages[0];
  RensaErr e;
  DocBlock *t = doc_block_add(q, DOC_PARA);
  line(t, 40, (float[]){200, 400}, (const char *[]){"brukarundersökning om maten", "att arbeta med nöjdhet", NULL});
  line(t, 60, (float[]){50, 200, 400}, (const char *[]){"Statistik", "Delvis", "Frågan ställd.", NULL});
  line(t, 80, (float[]){50, 200, 400}, (const char *[]){"Volym", "Ja", "Inga.", NULL});
  TEST_EQ_INT(tab_build_geom(q, &e), RENSA_OK);
  q->blocks[0].box.y0 = 40;
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  DocTable *ta = p->blocks[0].table, *tb = q->nblocks ? q->blocks[0].table : NULL;
  TEST_CHECK(ta && tb);
  if (ta && tb) {
    TEST_EQ_INT(ta->nrows, 2);
    TEST_EQ_STR(doc_table_get(tb, 0, 0), "Kostenheten");
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Kvalitetsmätning från brukarundersökning om maten");
    TEST_EQ_STR(doc_table_get(tb, 0, 2), "Handlingsplan för att arbeta med nöjdhet");
    TEST_EQ_STR(doc_table_get(tb, 1, 0), "Statistik");
  }
  doc_free(d);
}

/* ... and when that row was all the first page held of the table (a
 * table begun at the page's foot, split from the one above it), the
 * first page keeps no table at all. */
static void test_cut_header_row_alone(void) {
  Doc *d;
  DocPage *p = new_page("cutalone", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){50, 200}, (const char *[]){"Text", "före", NULL});
  DocBlock *h = doc_block_add(p, DOC_PARA);   /* one row: its lines overlap */
  phrases(h, 700, (float[]){50, 200, 400},
          (const char *[]){"Kostenheten", "Kvalitetsmätning VoO", "Handlingsplan ska", NULL});
  phrases(h, 707, (float[]){200, 400}, (const char *[]){"utgår från", "lämnas för", NULL});
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  size_t tables = 0;
  for (size_t b = 0; b < p->nblocks; b++) {
    tables += p->blocks[b].kind == DOC_TABLE;
    if (p->blocks[b].kind == DOC_TABLE) p->blocks[b].box.y1 = 722;
  }
  TEST_EQ_INT(tables, 1);
  DocPage *q = doc_page_add(d);
  q->width = 600;
  q->height = 800;
  p = &d->pages[0];
  DocBlock *c = doc_block_add(q, DOC_PARA);
  phrases(c, 40, (float[]){200, 400}, (const char *[]){"brukarundersökning om maten", "att arbeta med nöjdhet", NULL});
  phrases(c, 60, (float[]){50, 200, 400}, (const char *[]){"Statistik", "Delvis", "Frågan ställd.", NULL});
  phrases(c, 80, (float[]){50, 200, 400}, (const char *[]){"Volym", "Ja", "Inga.", NULL});
  TEST_EQ_INT(tab_build_geom(q, &e), RENSA_OK);
  q->blocks[0].box.y0 = 40;
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  tables = 0;
  for (size_t b = 0; b < p->nblocks; b++) tables += p->blocks[b].kind == DOC_TABLE;
  TEST_EQ_INT(tables, 0);
  DocTable *tb = q->nblocks && q->blocks[0].kind == DOC_TABLE ? q->blocks[0].table : NULL;
  TEST_CHECK(tb != NULL);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 3);
    TEST_EQ_STR(doc_table_get(tb, 0, 0), "Kostenheten");
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Kvalitetsmätning VoO utgår från brukarundersökning om maten");
    TEST_EQ_STR(doc_table_get(tb, 0, 2), "Handlingsplan ska lämnas för att arbeta med nöjdhet");
  }
  doc_free(d);
}

/* A one-line block at (x, y) of page p, its box set, of the given kind. */
static void row_block(DocPage *p, DocBlockKind kind, float x, float y, const char *text) {
  DocBlock *b = doc_block_add(p, kind);
  line(b, y, (float[]){x}, (const char *[]){text, NULL});
  b->box = b->lines[0].words[0].box;
  b->has_box = 1;
}

/* A page's running footer and the next page's running header ("file:///
 * rapport.html 3/11", the date and title; the same text on every page,
 * page numbers aside) between a table and its continuation are set aside
 * while the pages are joined, and stay where they were.  A line at the
 * next page's head that no other page repeats is text, and keeps the
 * tables apart. */
static void furniture_case(int repeated) {
  Doc *d;
  DocPage *p = new_page("furniture", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  float xs[] = {50, R(250, "Budget"), R(330, "Bokslut"), R(410, "Avvikelse"), R(490, "Fg år"),
                R(570, "Diff.")};
  phrases(t, 560, xs, (const char *[]){"Belopp i tkr", "Budget", "Bokslut", "Avvikelse", "Fg år", "Diff.", NULL});
  const char *body[4][6] = {{"Intäkter", "91 867", "91 728", "-139", "77 028", "14 700"},
                            {"Lokalhyror", "-7 431", "-7 622", "-191", "-7 093", "-529"},
                            {"Övriga kostnader", "-39 198", "-40 118", "-920", "-41 084", "966"},
                            {"Kommunbidrag", "108 907", "108 900", "-7", "100 764", "8 136"}};
  money_rows(t, 574, body, 4);
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  if (p->nblocks) p->blocks[0].box.y1 = 700; /* it runs to the foot of its page */
  row_block(p, DOC_PARA, 50, 770, "file:///rapport.html 3/11");
  DocPage *q = doc_page_add(d);
  q->width = 600;
  q->height = 800;
  row_block(q, DOC_PARA, 50, 10, repeated ? "2025-12-05 Rapport" : "Kommentarer till resultaträkningen följer nedan och gäller alla rader.");
  DocBlock *u = doc_block_add(q, DOC_PARA);
  const char *rest[2][6] = {{"Finansnetto", "160", "190", "30", "76", "114"},
                            {"Årets resultat", "50", "178", "128", "600", "-422"}};
  money_rows(u, 40, rest, 2);
  row_block(q, DOC_PARA, 50, 770, "file:///rapport.html 4/11");
  DocPage *r = doc_page_add(d);
  r->width = 600;
  r->height = 800;
  row_block(r, DOC_PARA, 50, 10, "2025-12-05 Rapport");
  row_block(r, DOC_PARA, 50, 100, "Texten går vidare.");
  row_block(r, DOC_PARA, 50, 770, "file:///rapport.html 5/11");
  TEST_EQ_INT(tab_build_geom(q, &e), RENSA_OK);
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  const DocTable *tb = p->nblocks ? p->blocks[0].table : NULL;
  TEST_CHECK(tb != NULL);
  TEST_EQ_INT(p->nblocks, 2);   /* the footer stays */
  if (repeated && tb && tb->nrows == 7) {
    TEST_EQ_STR(doc_table_get(tb, 5, 0), "Finansnetto");
    TEST_EQ_INT(q->nblocks, 2);   /* header and footer, in order */
    if (q->nblocks == 2) {
      TEST_EQ_STR(q->blocks[0].lines[0].words[0].text, "2025-12-05 Rapport");
      TEST_EQ_STR(q->blocks[1].lines[0].words[0].text, "file:///rapport.html 4/11");
    }
  } else if (repeated) {
    TEST_CHECK(0);
  } else {
    TEST_CHECK(tb && tb->nrows == 5);
    TEST_EQ_INT(q->nblocks, 3);
  }
  doc_free(d);
}

static void test_furniture(void) {
  furniture_case(1);
  furniture_case(0);
}

/* A figure a narrow cell wrapped after its thousands ("-14" / "600") is
 * one figure of its row, the label's second line beside it ("helår
 * (tkr)") going on in small letters: not a row of its own. */
static void test_wrapped_figure(void) {
  Doc *d;
  DocPage *p = new_page("wrapfig", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  float y = 100;
  phrases(t, y, (float[]){50, 200, R(330, "Målvärde"), R(400, "Utfall"), 420},
          (const char *[]){"Mål", "Indikator", "Målvärde", "Utfall", "Bedömning", NULL});
  phrases(t, y += 14, (float[]){50, 200, R(330, "90"), R(400, "87"), 420},
          (const char *[]){"Trygghet", "Andel trygga", "90", "87", "Uppfyllt", NULL});
  phrases(t, y += 14, (float[]){50, 200, R(330, "2 000"), R(400, "2 350"), 420},
          (const char *[]){"Bemanning", "Kostnad (tkr)", "2 000", "2 350", "Delvis", NULL});
  phrases(t, y += 14, (float[]){50, 200, R(330, "0"), R(400, "-14"), 420},
          (const char *[]){"Ekonomi", "Prognos", "0", "-14", "Ej uppfyllt", NULL});
  phrases(t, y += 10, (float[]){200, R(400, "600")}, (const char *[]){"helår (tkr)", "600", NULL});
  DocTable *tb = first_table(p);
  if (tb && tb->nrows == 4 && tb->ncols == 5) {
    TEST_EQ_STR(doc_table_get(tb, 3, 1), "Prognos helår (tkr)");
    TEST_EQ_STR(doc_table_get(tb, 3, 3), "-14 600");
  } else {
    TEST_CHECK(0);
  }
  doc_free(d);
}

/* On a scan, a bold header word the OCR broke in pieces set wide apart
 * ("Belä elaggningsgra" | "i" | "d (%)" over "98,6" for "Beläggningsgrad
 * (%)") is one column, not three: each piece goes on in small letters
 * in the one right of it. */
static void test_broken_header_word(void) {
  Doc *d;
  DocPage *p = new_page("broken", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  float y = 100;
  phrases(t, y, (float[]){50, R(250, "Platser"), 300, 410, R(470, "d (%)")},
          (const char *[]){"Boende", "Platser", "Belä elaggningsgra", "i", "d (%)", NULL});
  const char *k[] = {"Lindåsgården", "Rönnängen", "Solåsen", "Källöhemmet"};
  const char *v[] = {"98,6", "98,3", "98,9", "96,1"};
  for (int r = 0; r < 4; r++)
    phrases(t, y += 14 + (r == 0 ? 6 : 0), (float[]){50, R(250, "64"), R(470, v[r])},
            (const char *[]){k[r], "64", v[r], NULL});
  ocr_read(p, 95);
  DocTable *tb = first_table(p);
  if (tb && tb->ncols == 3) {
    TEST_EQ_STR(doc_table_get(tb, 1, 2), "98,6");
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Platser");
  } else {
    TEST_CHECK(0);
  }
  doc_free(d);
}

/* A header row left alone at the foot of a page (the layout made its bold
 * first cell a heading), the table's body at the head of the next: the
 * row heads the table, the page number below it and the running header
 * above the table staying.  Not so when the row stands higher on the
 * page. */
static void test_orphan_header(void) {
  for (int foot = 2; foot >= 0; foot--) {
    Doc *d;
    DocPage *p = new_page("orphan", &d);
    RensaErr e;
    row_block(p, DOC_PARA, 50, 100, "Tabellen nedan visar nyckeltalen.");
    /* (foot 2: the table's caption at the foot, its words over the
     * columns, stays a caption) */
    row_block(p, DOC_HEADING, 50, foot ? 760 : 300, foot == 2 ? "Tabell" : "Nyckeltal");
    row_block(p, DOC_PARA, R(250, "2022"), foot ? 760 : 300, foot == 2 ? "8." : "2022");
    row_block(p, DOC_PARA, R(350, "2023"), foot ? 760 : 300, foot == 2 ? "Nyckeltal" : "2023");
    row_block(p, DOC_NOISE, 300, 785, "2");   /* the page number stays */
    DocPage *q = doc_page_add(d);
    q->width = 600;
    q->height = 800;
    row_block(q, DOC_NOISE, 50, 10, "Årsredovisning");   /* a running header */
    DocBlock *t = doc_block_add(q, DOC_PARA);
    line(t, 40, (float[]){50, R(250, "4,7"), R(350, "4,9")}, (const char *[]){"Besök", "4,7", "4,9", NULL});
    line(t, 60, (float[]){50, R(250, "5,8"), R(350, "5,6")}, (const char *[]){"Utlån", "5,8", "5,6", NULL});
    line(t, 80, (float[]){50, R(250, "61 240"), R(350, "64 810")}, (const char *[]){"Simhall", "61 240", "64 810", NULL});
    TEST_EQ_INT(tab_build_geom(q, &e), RENSA_OK);
    TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
    DocTable *tb = q->nblocks == 2 && q->blocks[1].kind == DOC_TABLE ? q->blocks[1].table : NULL;
    TEST_CHECK(tb != NULL);
    if (tb && foot == 2) {
      TEST_EQ_INT(p->nblocks, 5);
      TEST_EQ_INT(tb->nrows, 3);
      TEST_EQ_STR(doc_table_get(tb, 0, 0), "Besök");
    } else if (tb && foot) {
      TEST_EQ_INT(p->nblocks, 2);
      TEST_EQ_INT(p->blocks[1].kind, DOC_NOISE);
      TEST_EQ_INT(tb->nrows, 4);
      TEST_EQ_INT(tb->header_rows, 1);
      TEST_EQ_STR(doc_table_get(tb, 0, 0), "Nyckeltal");
      TEST_EQ_STR(doc_table_get(tb, 0, 1), "2022");
      TEST_EQ_STR(doc_table_get(tb, 0, 2), "2023");
      TEST_EQ_STR(doc_table_get(tb, 1, 0), "Besök");
    } else if (tb) {
      TEST_EQ_INT(p->nblocks, 5);
      TEST_EQ_INT(tb->nrows, 3);
    }
    doc_free(d);
  }
}

/* A label the page break cut after its first line ("Strömsgården i" /
 * "Rönnöfors" at the foot of the page, its row's figures beside the first
 * line, the next row at the head of the next page): the second line goes
 * on the label, and the table goes on over the break. */
static void test_foot_wrap(void) {
  Doc *d;
  DocPage *p = new_page("footwrap", &d);
  RensaErr e;
  row_block(p, DOC_PARA, 50, 100, "Tabellen nedan visar platserna.");
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 700, (float[]){50, R(250, "Platser"), R(350, "Belagda")}, (const char *[]){"Boende", "Platser", "Belagda", NULL});
  line(t, 720, (float[]){50, R(250, "64"), R(350, "62")}, (const char *[]){"Solgläntan", "64", "62", NULL});
  line(t, 740, (float[]){50, R(250, "56"), R(350, "53")}, (const char *[]){"Lövängen", "56", "53", NULL});
  phrases(t, 760, (float[]){50, R(250, "32"), R(350, "30")}, (const char *[]){"Strömsgården i", "32", "30", NULL});
  row_block(p, DOC_PARA, 50, 760 + LH + 1, "Rönnöfors");
  DocLine *wl = &p->blocks[p->nblocks - 1].lines[0];
  wl->box = wl->words[0].box;   /* (a text layer's line has its box) */
  wl->has_box = 1;
  DocPage *q = doc_page_add(d);
  q->width = 600;
  q->height = 800;
  DocBlock *u = doc_block_add(q, DOC_PARA);
  line(u, 40, (float[]){50, R(250, "24"), R(350, "24")}, (const char *[]){"Hällebo", "24", "24", NULL});
  line(u, 60, (float[]){50, R(250, "40"), R(350, "37")}, (const char *[]){"Kvarnåker", "40", "37", NULL});
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  TEST_EQ_INT(tab_build_geom(q, &e), RENSA_OK);
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  DocTable *tb = p->nblocks >= 2 && p->blocks[p->nblocks - 1].kind == DOC_TABLE ? p->blocks[p->nblocks - 1].table : NULL;
  TEST_CHECK(tb != NULL);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 6);
    TEST_EQ_STR(doc_table_get(tb, 3, 0), "Strömsgården i Rönnöfors");
    TEST_EQ_STR(doc_table_get(tb, 4, 0), "Hällebo");
  }
  doc_free(d);
}

/* ... and over a table of text cells, whose first row has no figure,
 * when a rule runs under the row as under a header (synth-s: "Uppdrag |
 * Beslut | Status | Kommentar" at a page's foot); without the rule it
 * stays where it is.  The rows, a wrapped decision's paragraph number
 * ("184") in some, are one table though a table of figures follows after
 * a heading further down. */
static void test_orphan_text_header(void) {
  for (int ruled = 1; ruled >= 0; ruled--) {
    Doc *d;
    DocPage *p = new_page("orphan-text", &d);
    RensaErr e;
    row_block(p, DOC_PARA, 50, 100, "Tabellen nedan visar uppdragen.");
    row_block(p, DOC_HEADING, 50, 760, "Uppdrag");
    row_block(p, DOC_PARA, 190, 760, "Beslut");
    row_block(p, DOC_PARA, 256, 760, "Status");
    row_block(p, DOC_PARA, 400, 760, "Kommentar");
    if (ruled) {
      p->rules = calloc(1, sizeof *p->rules);
      p->rules[0] = (DocBox){45, 772, 530, 773};
      p->nrules = 1;
    }
    DocPage *q = doc_page_add(d);
    q->width = 600;
    q->height = 800;
    DocBlock *t = doc_block_add(q, DOC_PARA);
    float y = 40;
    phrases(t, y, (float[]){50, 190, 256, 300}, (const char *[]){"Utreda hallen", "KS 2025-", "Pågår", "Utredningen har utökats", NULL});
    phrases(t, y += 12, (float[]){50, 195, 300}, (const char *[]){"Frostvallen", "09-16, §", "med kostnader", NULL});
    phrases(t, y += 12, (float[]){R(225, "184"), 300}, (const char *[]){"184", "för renovering.", NULL});
    phrases(t, y += 15, (float[]){50, 190, 256, 300}, (const char *[]){"Införa bibliotek", "KF 2025-", "Pågår", "Upphandlingen är klar", NULL});
    phrases(t, y += 12, (float[]){50, 195, 300}, (const char *[]){"i Rönnäs", "06-16, §", "och öppning i maj.", NULL});
    phrases(t, y += 12, (float[]){R(225, "97")}, (const char *[]){"97", NULL});
    phrases(t, y += 15, (float[]){50, 190, 240, 300}, (const char *[]){"Utveckla samverkan", "KS 2026-", "Genomfört", "Avsiktsförklaring tecknad", NULL});
    phrases(t, y += 12, (float[]){50, 195, 300}, (const char *[]){"med föreningar", "01-20, § 9", "med tolv föreningar.", NULL});
    row_block(q, DOC_HEADING, 50, y += 25, "6 Ekonomi");
    DocBlock *f = doc_block_add(q, DOC_PARA);
    phrases(f, y += 25, (float[]){R(300, "Budget"), R(400, "Utfall")}, (const char *[]){"Budget", "Utfall", NULL});
    const char *k[] = {"Bibliotek", "Kulturskola", "Fritid", "Summa"};
    for (int r = 0; r < 4; r++)
      phrases(f, y += 14, (float[]){50, R(300, "-18 500"), R(400, "-6 120")},
              (const char *[]){k[r], "-18 500", "-6 120", NULL});
    TEST_EQ_INT(tab_build_geom(q, &e), RENSA_OK);
    TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
    DocTable *tb = NULL;
    size_t ntab = 0;
    for (size_t b = 0; b < q->nblocks; b++)
      if (q->blocks[b].kind == DOC_TABLE) {
        if (!tb) tb = q->blocks[b].table;
        ntab++;
      }
    TEST_EQ_INT(ntab, 2);
    TEST_CHECK(tb != NULL);
    if (tb) {
      TEST_EQ_INT(tb->nrows, ruled ? 4 : 3);
      TEST_EQ_STR(doc_table_get(tb, 0, 0), ruled ? "Uppdrag" : "Utreda hallen Frostvallen");
      TEST_EQ_STR(doc_table_get(tb, ruled ? 3 : 2, 2), "Genomfört");
    }
    TEST_EQ_INT(p->nblocks, ruled ? 1 : 5);
    doc_free(d);
  }
}

/* Regression (003 page 16): a row that did not fit at the foot of a page
 * is set whole on the next; its text cell there has a short value beside
 * it ("Ja"), so it is a row of its own, not the rest of the last row's
 * cell (which had its "Ja" on the page before). */
static void test_moved_row(void) {
  Doc *d;
  const char *rows[3][3] = {{"Avtal", "Uppföljning", "Uppfyllt"},
                            {"Taxi", "Trafiksäkerhet", "Ja"},
                            {"Buss", "Tillbud under uppdrag", "Ja"}};
  DocPage *q = table_then_page("moved", &d, rows), *p = &d->pages[0];
  RensaErr e;
  DocBlock *cell = doc_block_add(q, DOC_PARA);
  line(cell, 40, (float[]){200}, (const char *[]){"Förare utbildade", NULL});
  line(cell, 52, (float[]){200}, (const char *[]){"i skolskjuts.", NULL});
  line(doc_block_add(q, DOC_PARA), 40, (float[]){400}, (const char *[]){"Ja", NULL});
  line(doc_block_add(q, DOC_PARA), 80, (float[]){50}, (const char *[]){"Nästa stycke börjar här och går över hela sidan.", NULL});
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  TEST_EQ_INT(q->nblocks, 1);
  DocTable *tb = p->nblocks == 1 ? p->blocks[0].table : NULL;
  TEST_CHECK(tb != NULL);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_STR(doc_table_get(tb, 2, 1), "Tillbud under uppdrag");
    if (tb->nrows == 4) {
      TEST_EQ_STR(doc_table_get(tb, 3, 0), "");
      TEST_EQ_STR(doc_table_get(tb, 3, 1), "Förare utbildade i skolskjuts.");
      TEST_EQ_STR(doc_table_get(tb, 3, 2), "Ja");
    }
  }
  /* OCR puts the "Ja" in the text's block, on its first line */
  DocBlock *more = doc_block_add(q, DOC_PARA);
  line(more, 40, (float[]){200, 400}, (const char *[]){"Trafiktillstånd", "Ja", NULL});
  line(more, 52, (float[]){200}, (const char *[]){"för taxi.", NULL});
  DocBlock tmp = q->blocks[0];   /* the paragraph after it goes last */
  q->blocks[0] = q->blocks[1];
  q->blocks[1] = tmp;
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  TEST_EQ_INT(q->nblocks, 1);
  tb = p->nblocks == 1 ? p->blocks[0].table : NULL;
  if (tb && tb->nrows == 5) {
    TEST_EQ_STR(doc_table_get(tb, 4, 1), "Trafiktillstånd för taxi.");
    TEST_EQ_STR(doc_table_get(tb, 4, 2), "Ja");
  } else {
    TEST_CHECK(0);
  }
  doc_free(d);
}

/* A row moved whole to the next page whose label runs a little wider
 * than the cells of its column on the page before (synth-p's
 * "Gymnasieskola, folkbokförda" under "Grundskola, årskurs 7–9") still
 * stands in that column: it stops short of the next. */
static void test_moved_row_wider(void) {
  Doc *d;
  const char *rows[3][3] = {{"Avtal", "Uppföljning", "Uppfyllt"},
                            {"Taxi", "Trafiksäkerhet", "Ja"},
                            {"Buss", "Tillbud under uppdrag", "Ja"}};
  DocPage *q = table_then_page("widerrow", &d, rows), *p = &d->pages[0];
  RensaErr e;
  line(doc_block_add(q, DOC_PARA), 40, (float[]){200}, (const char *[]){"Förare utbildade i skolan", NULL});
  line(doc_block_add(q, DOC_PARA), 40, (float[]){400}, (const char *[]){"Ja", NULL});
  line(doc_block_add(q, DOC_PARA), 80, (float[]){50}, (const char *[]){"Nästa stycke börjar här och går över hela sidan.", NULL});
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  TEST_EQ_INT(q->nblocks, 1);
  DocTable *tb = p->nblocks == 1 ? p->blocks[0].table : NULL;
  if (tb && tb->nrows == 4) {
    TEST_EQ_STR(doc_table_get(tb, 3, 1), "Förare utbildade i skolan");
    TEST_EQ_STR(doc_table_get(tb, 3, 2), "Ja");
  } else {
    TEST_CHECK(0);
  }
  doc_free(d);
}

/* Regression (intraservice scans): a header label set between two header
 * lines has nearly the baseline of the second; that pair is one row and
 * its gap must not set the scale, or a wrapped label ("Agreement snitt",
 * capitalised) became a row of its own. */
static void test_wrapped_label_ocr(void) {
  Doc *d;
  DocPage *p = new_page("label", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  ocr_line(t, 100, 0, (float[]){300, 400}, (const char *[]){"Utfall", "Prognos", NULL});
  /* the label stands between the two header lines; Tesseract gives it the
   * baseline of the line it put it in */
  ocr_line(t, 118, 0, (float[]){50}, (const char *[]){"Mått/nyckeltal", NULL});
  t->lines[1].words[0].box.y0 = 98;
  t->lines[1].words[0].box.y1 = 109.5f;
  ocr_line(t, 118, 0, (float[]){300, 400}, (const char *[]){"2026", "2025", NULL});
  ocr_line(t, 136, 0, (float[]){50, 300, 400}, (const char *[]){"Antal lösta inom Service Level", "87", "85", NULL});
  ocr_line(t, 148, 0, (float[]){50}, (const char *[]){"Agreement snitt", NULL});
  ocr_line(t, 166, 0, (float[]){50, 300, 400}, (const char *[]){"Antal Major Incidents", "7", "55", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 3);
    TEST_EQ_STR(doc_table_get(tb, 1, 0), "Antal lösta inom Service Level Agreement snitt");
    TEST_EQ_STR(doc_table_get(tb, 2, 2), "55");
  }
  doc_free(d);
}

/* Regression (003 doc.pdf, Bilaga 2): in a table whose labels have
 * descriptions under them, the last row's label goes on below its "Ja" in
 * a capitalised description of its own column ("Underleverantörer" /
 * "Leverantören svarar för" / "underleverantörers arbete."); it is that
 * cell's, not a paragraph after the table. */
static void test_last_label_lines(void) {
  Doc *d;
  DocPage *p = new_page("labels", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){50, 200}, (const char *[]){"Avtalsvillkor", "Uppfyllt", NULL});
  line(t, 120, (float[]){50, 200}, (const char *[]){"Anställning av", "Ja", NULL});
  line(t, 132, (float[]){50}, (const char *[]){"Anbudsgivaren förbinder", NULL});
  line(t, 144, (float[]){50}, (const char *[]){"sig att ta emot.", NULL});
  line(t, 164, (float[]){50, 200}, (const char *[]){"Underleverantörer", "Ja", NULL});
  line(t, 176, (float[]){50}, (const char *[]){"Leverantören svarar för", NULL});
  line(t, 188, (float[]){50}, (const char *[]){"underleverantörers arbete.", NULL});
  line(doc_block_add(p, DOC_PARA), 260, (float[]){50},
       (const char *[]){"Kommentarer till avtalsuppföljningen som helhet går över sidan.", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 3);
    TEST_EQ_STR(doc_table_get(tb, 1, 0), "Anställning av Anbudsgivaren förbinder sig att ta emot.");
    TEST_EQ_STR(doc_table_get(tb, 2, 0),
                "Underleverantörer Leverantören svarar för underleverantörers arbete.");
  }
  TEST_EQ_INT(p->nblocks, 2);
  doc_free(d);
}

/* Regression (003 scan, the "Uppdrag" table): a box Tesseract stretched
 * (an "i" reaching into the next line) in a text cell's last line makes
 * no heading between two rows. */
static void test_stretched_box(void) {
  Doc *d;
  DocPage *p = new_page("stretched", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){50, 300}, (const char *[]){"Uppdrag", "Kommentar", NULL});
  line(t, 120, (float[]){50, 300}, (const char *[]){"Att centralisera", "Uppdraget har", NULL});
  line(t, 132, (float[]){300}, (const char *[]){"genomförts och", NULL});
  line(t, 144, (float[]){300, 320, 330}, (const char *[]){"med", "i", "tidiga", NULL});
  t->lines[3].words[1].box.y1 += 3;
  line(t, 164, (float[]){50, 300}, (const char *[]){"Att ta fram", "En plan antogs", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 3);
    TEST_EQ_STR(doc_table_get(tb, 2, 1), "En plan antogs");
  }
  TEST_EQ_INT(p->nblocks, 1);
  doc_free(d);
}

/* A scan's figure "1 612,0" whose thousands group carries its decimals:
 * the gap after its head (over half a line height, as bold figures read
 * with doubt set it) is no column edge (synth-u's 200 dpi "Summa" row). */
static void test_thousands_decimals(void) {
  Doc *d;
  DocPage *p = new_page("thousands", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){50, R(200, "2026"), R(300, "2025")}, (const char *[]){"Post", "2026", "2025", NULL});
  line(t, 120, (float[]){50, R(200, "612,0"), R(300, "579,2")}, (const char *[]){"Intakter", "612,0", "579,2", NULL});
  line(t, 140, (float[]){50, R(200, "612,0") - 7 - CH, R(200, "612,0"), R(300, "579,2") - 7 - CH, R(300, "579,2")},
       (const char *[]){"Summa", "1", "612,0", "1", "579,2", NULL});
  for (size_t l = 0; l < t->nlines; l++)
    for (size_t w = 0; w < t->lines[l].nwords; w++) t->lines[l].words[w].conf = 90;
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 3);
    TEST_EQ_STR(doc_table_get(tb, 2, 1), "1 612,0");
  }
  doc_free(d);
}

/* A scan's header whose doubted word's box reaches into the line under
 * it ("Utfall" at 29, holding a digit below): the line's height is that of
 * the words read with confidence, so the gap between two right-aligned
 * cells ("Indikator", "Målvärde") still parts them (synth-w's scan). */
static void test_doubted_tall_box(void) {
  Doc *d;
  DocPage *p = new_page("tallbox", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){50, R(200, "Indikator"), R(257, "Målvärde"), 300},
       (const char *[]){"Mål", "Indikator", "Målvärde", "Utfall", NULL});
  line(t, 120, (float[]){50, R(200, "Andel"), R(257, "88"), R(330, "90")},
       (const char *[]){"Trygghet", "Andel", "88", "90", NULL});
  line(t, 135, (float[]){50, R(200, "Antal"), R(257, "12"), R(330, "13")},
       (const char *[]){"Kontinuitet", "Antal", "12", "13", NULL});
  line(t, 150, (float[]){50, R(200, "Dagar"), R(257, "60"), R(330, "64")},
       (const char *[]){"Väntetid", "Dagar", "60", "64", NULL});
  for (size_t l = 0; l < t->nlines; l++)
    for (size_t w = 0; w < t->lines[l].nwords; w++) t->lines[l].words[w].conf = 90;
  t->lines[0].words[3].conf = 29;
  t->lines[0].words[3].box.y1 += 15;
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Indikator");
    TEST_EQ_STR(doc_table_get(tb, 0, 2), "Målvärde");
  }
  doc_free(d);
}

/* A header of many words (a line prose would be) with a gap of a line
 * and a half before a capital: two cells, "Investeringsområde" and
 * "Budget 2026" right-aligned over its figures, though a long label under
 * it reaches past the gap (synth-x's born-digital page). */
static void test_wide_gap_header(void) {
  Doc *d;
  DocPage *p = new_page("widegap", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  phrases(t, 100, (float[]){50, 165, 230, 310, 390},
          (const char *[]){"Investeringsområde", "Budget 2026", "Utfall jan-jun", "Prognos helår", "Avvikelse", NULL});
  phrases(t, 115, (float[]){50, R(220, "87,2"), R(300, "33,4"), R(380, "83,0"), R(435, "4,2")},
          (const char *[]){"Vatten och avlopp", "87,2", "33,4", "83,0", "4,2", NULL});
  phrases(t, 130, (float[]){50, R(220, "34,6"), R(300, "11,8"), R(380, "31,2"), R(435, "3,4")},
          (const char *[]){"Gator, vägar och parker", "34,6", "11,8", "31,2", "3,4", NULL});
  phrases(t, 145, (float[]){50, R(220, "112,5"), R(300, "41,7"), R(380, "96,8"), R(435, "15,7")},
          (const char *[]){"Verksamhetslokaler", "112,5", "41,7", "96,8", "15,7", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 5);
    TEST_EQ_STR(doc_table_get(tb, 0, 0), "Investeringsområde");
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Budget 2026");
  }
  doc_free(d);
}

/* Regression (003's 200 dpi pages): text set wholly above a table but
 * ordered after it by Tesseract (the rest of a cell cut by the page break,
 * over the repeated header) comes before the table. */
static void test_text_above_table(void) {
  Doc *d;
  DocPage *p = new_page("above", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){50, 200, 400}, (const char *[]){"Risk", "Resultat", "Åtgärd", NULL});
  line(t, 120, (float[]){50, 200, 400}, (const char *[]){"Brand", "En plan", "Inga", NULL});
  line(t, 140, (float[]){50, 200, 400}, (const char *[]){"Spill", "En rutin", "Inga", NULL});
  line(doc_block_add(p, DOC_PARA), 40, (float[]){200},
       (const char *[]){"med hjälp av IT.", NULL});
  DocTable *tb = first_table(p);
  TEST_EQ_INT(p->nblocks, 2);
  if (tb && p->nblocks == 2) {
    TEST_EQ_INT(p->blocks[0].kind, DOC_PARA);
    TEST_EQ_INT(p->blocks[1].kind, DOC_TABLE);
  }
  doc_free(d);
}

/* Regression (003 scans): a table of text whose first figure stands rows
 * down kept its header apart; the lines above the first figure were all
 * taken for the header. */
static void test_text_table_header(void) {
  Doc *d;
  DocPage *p = new_page("texthead", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){50, 200, 400}, (const char *[]){"Risk", "Beskrivning", "Antal", NULL});
  line(t, 130, (float[]){50, 200, 400}, (const char *[]){"Brand", "Risk att det", "Inga", NULL});
  line(t, 141, (float[]){200}, (const char *[]){"brinner", NULL});
  line(t, 160, (float[]){50, 200, 400}, (const char *[]){"Spill", "Kemikalier", "Inga", NULL});
  line(t, 171, (float[]){200}, (const char *[]){"på golvet", NULL});
  line(t, 190, (float[]){50, 200, R(420, "5")}, (const char *[]){"Ras", "Huset rasar", "5", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_STR(doc_table_get(tb, 0, 0), "Risk");
    TEST_EQ_STR(doc_table_get(tb, 1, 1), "Risk att det brinner");
  }
  doc_free(d);
}

/* A table of text cells set evenly, every line a row's pitch: a line
 * under one whose text cell ends in a word no sentence ends in ("och
 * de") is that row's, though its label starts with a capital or a
 * figure; under a label ending in a preposition ("leva i") a new row
 * starts (tune-a's "Uppdrag" and goal tables). */
static void test_text_cell_runs_on(void) {
  Doc *d;
  DocPage *p = new_page("runson", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  float y = 100;
  phrases(t, y, (float[]){50, 200, 300}, (const char *[]){"Uppdrag", "Beslut", "Kommentar", NULL});
  phrases(t, y += 12, (float[]){50, 200, 300},
       (const char *[]){"Ta fram en plan,", "KF", "Samrådet avslutades i maj och de", NULL});
  phrases(t, y += 12, (float[]){50, 300}, (const char *[]){"Lönnåsa 2050", "yttrandena sammanställs nu.", NULL});
  phrases(t, y += 12, (float[]){50, 200, 300},
       (const char *[]){"Bo och leva i", "KS", "Befolkningen växer snabbt.", NULL});
  phrases(t, y += 12, (float[]){50, 200, 300},
       (const char *[]){"Företagsklimat", "KF", "Placeringen blev den bästa som", NULL});
  phrases(t, y += 12, (float[]){50, 300}, (const char *[]){"2025-2030", "kommunen haft.", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_STR(doc_table_get(tb, 1, 0), "Ta fram en plan, Lönnåsa 2050");
    TEST_EQ_STR(doc_table_get(tb, 1, 2), "Samrådet avslutades i maj och de yttrandena sammanställs nu.");
    TEST_EQ_STR(doc_table_get(tb, 2, 0), "Bo och leva i");
    TEST_EQ_STR(doc_table_get(tb, 3, 0), "Företagsklimat 2025-2030");
  }
  doc_free(d);
}

/* A decision's cell whose line ends in a comma ("KF 2024-11-25,") goes on
 * below when the line under it leaves one of the row's cells empty ("§
 * 176" under it, no status): the row wrapped, though its label's rest
 * starts with a sign (synth-t's "Uppdrag" table on a scan). */
static void test_cell_ends_in_comma(void) {
  Doc *d;
  DocPage *p = new_page("comma", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  float y = 100;
  const float xs[] = {50, 200, 320, 380};
  phrases(t, y, xs, (const char *[]){"Uppdrag", "Beslut", "Status", "Kommentar", NULL});
  phrases(t, y += 12, xs, (const char *[]){"Minska svinnet med 20", "KF 2024-11-25,", "Pågår", "Minskning med", NULL});
  phrases(t, y += 12, (float[]){50, 200, 380}, (const char *[]){"% till 2027", "§ 176", "11 %.", NULL});
  phrases(t, y += 12, xs, (const char *[]){"Utreda behovet", "KF 2025-03-31,", "Klart", "Klart i mars.", NULL});
  phrases(t, y += 12, xs, (const char *[]){"Se över taxan", "KS 2025-11-24, § 9", "Pågår", "Förslag i maj.", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_STR(doc_table_get(tb, 1, 0), "Minska svinnet med 20 % till 2027");
    TEST_EQ_STR(doc_table_get(tb, 1, 1), "KF 2024-11-25, § 176");
    TEST_EQ_STR(doc_table_get(tb, 2, 1), "KF 2025-03-31,");
    TEST_EQ_STR(doc_table_get(tb, 3, 0), "Se över taxan");
  }
  doc_free(d);
}

/* A goal table whose rows wrap, figures and all: a line whose cells go on
 * in small letters, two or more and none with a capital, is the row's
 * second line ("bostäder | 000 invånare | (7,0) | uppfyllt"), and a year
 * in brackets under a header cell is the header's (tune-c's goals). */
static void test_wrapped_goal_rows(void) {
  Doc *d;
  DocPage *p = new_page("goals", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  const float xs[] = {50, 150, R(300, "Utfall 2024"), 320, 400};
  float y = 100;
  phrases(t, y, xs, (const char *[]){"Mål", "Indikator", "Utfall 2024", "Bedömning", "Kommentar", NULL});
  phrases(t, y += 12, (float[]){R(300, "(2023)")}, (const char *[]){"(2023)", NULL});
  phrases(t, y += 14, (float[]){50, 150, R(300, "7,2"), 320, 400},
          (const char *[]){"Färre bränder i", "Bränder per 10", "7,2", "Delvis", "Antalet ökade,", NULL});
  phrases(t, y += 12, (float[]){50, 150, R(300, "(7,0)"), 320, 400},
          (const char *[]){"bostäder", "000 invånare", "(7,0)", "uppfyllt", "medan andra minskade", NULL});
  phrases(t, y += 12, (float[]){50, 150, R(300, "10,4"), 320, 400},
          (const char *[]){"Snabb hjälp", "Responstid", "10,4", "Uppfyllt", "Tiden blev kortare.", NULL});
  phrases(t, y += 12, (float[]){50, 150, R(300, "97"), 320, 400},
          (const char *[]){"Tillsyn", "Andel tillsyner", "97", "Uppfyllt", "Som planerat.", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_STR(doc_table_get(tb, 0, 2), "Utfall 2024 (2023)");
    TEST_EQ_STR(doc_table_get(tb, 1, 0), "Färre bränder i bostäder");
    TEST_EQ_STR(doc_table_get(tb, 1, 2), "7,2 (7,0)");
    TEST_EQ_STR(doc_table_get(tb, 2, 0), "Snabb hjälp");
  }
  doc_free(d);
}

/* A text layer may set a header's "%" apart in a block of its own, which
 * the layout calls noise (no letter or digit): the table takes it back
 * (tune-c's "Förändring," / "%"). */
static void test_noise_percent(void) {
  Doc *d;
  DocPage *p = new_page("pct", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  float y = 100;
  phrases(t, y, (float[]){50, R(250, "Budget"), R(350, "Förändring,")},
          (const char *[]){"Kommun", "Budget", "Förändring,", NULL});
  phrases(t, y + 12, (float[]){R(250, "tkr")}, (const char *[]){"tkr", NULL});
  const char *k[] = {"Storåsa", "Bjärkby", "Västervåla"};
  for (int r = 0; r < 3; r++)
    phrases(t, y += 14 + (r == 0 ? 12 : 0), (float[]){50, R(250, "78 540"), R(350, "4,9")},
            (const char *[]){k[r], "78 540", "4,9", NULL});
  DocBlock *n = doc_block_add(p, DOC_NOISE);
  phrases(n, 112, (float[]){R(350, "%")}, (const char *[]){"%", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_STR(doc_table_get(tb, 0, 2), "Förändring, %");
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Budget tkr");
  }
  doc_free(d);
  /* ... and a "(%)" ("Beläggningsgrad" / "(%)", synth-ae's doc.pdf) */
  p = new_page("pct2", &d);
  t = doc_block_add(p, DOC_PARA);
  y = 100;
  phrases(t, y, (float[]){50, R(250, "Platser"), R(350, "Beläggningsgrad")},
          (const char *[]){"Boende", "Platser", "Beläggningsgrad", NULL});
  for (int r = 0; r < 3; r++)
    phrases(t, y += 14 + (r == 0 ? 12 : 0), (float[]){50, R(250, "64"), R(350, "98,6")},
            (const char *[]){k[r], "64", "98,6", NULL});
  n = doc_block_add(p, DOC_NOISE);
  phrases(n, 112, (float[]){R(350, "(%)")}, (const char *[]){"(%)", NULL});
  tb = first_table(p);
  if (tb) TEST_EQ_STR(doc_table_get(tb, 0, 2), "Beläggningsgrad (%)");
  doc_free(d);
}

/* A label's rest set apart by a sign read as a figure ("Resultat i" |
 * "0 av skatter och bidrag") is no column of its own: a column with one
 * cell of words, under no header, joins the label beside it (tune-a's
 * rough scan of its income statement). */
static void test_lone_label_rest(void) {
  Doc *d;
  DocPage *p = new_page("lonerest", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  float y = 100;
  phrases(t, y, (float[]){50, R(300, "Budget"), R(380, "Utfall")},
          (const char *[]){"Belopp", "Budget", "Utfall", NULL});
  const char *lab[] = {"Intäkter", "Kostnader", "Avskrivningar", "Nettokostnad"};
  for (int r = 0; r < 4; r++)
    phrases(t, y += 14, (float[]){50, R(300, "512,4"), R(380, "538,9")},
            (const char *[]){lab[r], "512,4", "538,9", NULL});
  phrases(t, y += 14, (float[]){50, 140, R(300, "1,4"), R(380, "2,0")},
          (const char *[]){"Resultat i", "0 av skatter och bidrag", "1,4", "2,0", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 3);
    TEST_EQ_STR(doc_table_get(tb, 5, 0), "Resultat i 0 av skatter och bidrag");
    TEST_EQ_STR(doc_table_get(tb, 5, 1), "1,4");
    TEST_EQ_STR(doc_table_get(tb, 1, 1), "512,4");
  }
  doc_free(d);
}

/* Two tables set one under the other, each with its header ruled off
 * (003's Bilaga 2 as rendered): the rule under the second header starts
 * a second table with its own columns, even with a lone digit the OCR
 * doubted in its header (a "?" read "9" at 55).  The same rules between
 * every row (a grid), or under a row of figures (a total), start none. */
static void ruled_pair(const char *name, int grid, int total, int speck) {
  Doc *d;
  DocPage *p = new_page(name, &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  float y = 100;
  line(t, y, (float[]){50, 300}, (const char *[]){"Avtal", "Status", NULL});
  const char *a[] = {"Lokalvård", "Kost", "Skolskjuts"};
  for (int r = 0; r < 3; r++)
    line(t, y += 14, (float[]){50, 300}, (const char *[]){a[r], "Ja", NULL});
  y += 20;   /* the second table, set off by more than a row's gap */
  if (total)
    line(t, y, (float[]){50, 200, 400}, (const char *[]){"Summa", "36", "40", NULL});
  else
    line(t, y, (float[]){50, 200, 400}, (const char *[]){"Uppdrag", "Kommentar", "Klart", NULL});
  if (speck) {   /* a mark of the header the OCR read as a doubtful "9" */
    DocLine *hl = &t->lines[t->nlines - 1];
    for (size_t w = 0; w < hl->nwords; w++) hl->words[w].conf = 95;
    DocWord *dw = doc_word_add(hl, "9", 0, 0);
    dw->box = (DocBox){445, y, 450, y + LH};
    dw->has_box = 1;
    dw->conf = 55;
  }
  const char *u[] = {"Översyn", "Register", "Enkät"};
  for (int r = 0; r < 3; r++)
    line(t, y += 14, (float[]){50, 200, 400}, (const char *[]){u[r], "Pågår", "Nej", NULL});
  size_t n = 0;
  DocBox rules[8];
  rules[n++] = (DocBox){45, 111, 460, 112};                /* under the first header */
  rules[n++] = (DocBox){45, y - 3 * 14 + 11, 460, y - 3 * 14 + 12};   /* the second's */
  if (grid)
    for (int r = 1; r <= 3 && n < 8; r++) rules[n++] = (DocBox){45, 111 + 14.0f * (float)r, 460, 112 + 14.0f * (float)r};
  p->rules = malloc(n * sizeof *p->rules);
  memcpy(p->rules, rules, n * sizeof *rules);
  p->nrules = n;
  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  size_t ntab = 0;
  const DocTable *last = NULL;
  for (size_t k = 0; k < p->nblocks; k++)
    if (p->blocks[k].kind == DOC_TABLE) {
      ntab++;
      last = p->blocks[k].table;
    }
  if (grid || total) {
    TEST_EQ_INT(ntab, 1);
  } else {
    TEST_EQ_INT(ntab, 2);
    TEST_CHECK(last != NULL);
    if (last) {
      if (!speck) TEST_EQ_INT(last->ncols, 3);   /* (the speck stands apart) */
      TEST_EQ_STR(doc_table_get(last, 0, 0), "Uppdrag");
      TEST_EQ_STR(doc_table_get(last, 3, 1), "Pågår");
    }
  }
  doc_free(d);
}

/* Percentages written with the sign set apart ("6,1 %", two words) are
 * figures: their rows are rows, not more lines of the header above. */
static void test_spaced_percent(void) {
  Doc *d;
  DocPage *p = new_page("pct", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){50, R(300, "2023"), R(400, "2024")},
       (const char *[]){"Nyckeltal", "2023", "2024", NULL});
  line(t, 115, (float[]){50, R(290, "6,1"), R(300, "%"), R(390, "5,4"), R(400, "%")},
       (const char *[]){"Sjukfrånvaro", "6,1", "%", "5,4", "%", NULL});
  line(t, 130, (float[]){50, R(290, "71"), R(300, "%"), R(390, "74"), R(400, "%")},
       (const char *[]){"Nöjda", "71", "%", "74", "%", NULL});
  line(t, 145, (float[]){50, R(300, "2315"), R(400, "2104")},
       (const char *[]){"Felanmälningar", "2315", "2104", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_STR(doc_table_get(tb, 0, 0), "Nyckeltal");
    TEST_EQ_STR(doc_table_get(tb, 1, 1), "6,1 %");
    TEST_EQ_STR(doc_table_get(tb, 2, 2), "74 %");
  }
  doc_free(d);
}

/* A long first cell and a right-aligned second one two line heights
 * apart, in a row of "70 %" cells: the percent signs are no words of
 * prose, so the gap is a column's (synth-f's goal table). */
static void test_percent_row_not_prose(void) {
  Doc *d;
  DocPage *p = new_page("goals", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 100, (float[]){50, R(284, "Indikator"), R(330, "Målvärde"), R(380, "Utfall"), 400},
       (const char *[]){"Mål", "Indikator", "Målvärde", "Utfall", "Bedömning", NULL});
  line(t, 115,
       (float[]){50, 83, 101, 134, 178, 206, 239, R(320, "70"), 323, R(370, "72"), 373, 400},
       (const char *[]){"Trygga", "och", "gröna", "gator", "Andel", "nöjda", "invånare", "70",
                        "%", "72", "%", "Uppfyllt", NULL});
  line(t, 130, (float[]){50, 93, 226, 254, R(320, "55"), 323, R(370, "57"), 373, 400},
       (const char *[]){"Hållbar", "avfallshantering", "Andel", "avfall", "55", "%", "57", "%",
                        "Uppfyllt", NULL});
  line(t, 145, (float[]){50, 88, 224, R(330, "4200"), R(380, "3950"), 400},
       (const char *[]){"Minskad", "energi", "Förbrukning", "4200", "3950", "Uppfyllt", NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 5);
    TEST_EQ_STR(doc_table_get(tb, 1, 0), "Trygga och gröna gator");
    TEST_EQ_STR(doc_table_get(tb, 1, 1), "Andel nöjda invånare");
    TEST_EQ_STR(doc_table_get(tb, 1, 2), "70 %");
  }
  doc_free(d);
}

/* A scan's figures with a thousands space ("1 120"): OCR boxes as tall
 * as the digits make the space look wide (15 px beside 27 px digits),
 * yet the figure is one cell; figures a column apart are two. */
static void scan_word(DocLine *l, const char *t, float x0, float y) {
  DocWord *w = doc_word_add(l, t, 0, 0);
  w->box = (DocBox){x0, y, x0 + 20 * (float)strlen(t), y + 27};
  w->has_box = 1;
  w->base = y + 27;
  w->conf = 95;
}

static void test_ocr_thousands(void) {
  Doc *d;
  DocPage *p = new_page("thousands", &d);
  p->width = 2480;
  p->height = 3508;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  const char *rows[4][5] = {{"2020", "182", "400", "1", "120"},
                            {"2021", "196", "350", "1", "180"},
                            {"2022", "231", "900", "1", "240"},
                            {"2023", "248", "120", "1", "262"}};
  DocLine *h = doc_line_add(t);
  scan_word(h, "År", 283, 1058);
  scan_word(h, "Bibliotek", 405, 1058);
  scan_word(h, "Kulturskola", 1000, 1058);
  for (int r = 0; r < 4; r++) {
    DocLine *l = doc_line_add(t);
    float y = 1126 + 62 * (float)r;
    float xs[5] = {283, 500, 575, 1145, 1180};
    for (int k = 0; k < 5; k++) scan_word(l, rows[r][k], xs[k], y);
  }
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 3);
    TEST_EQ_STR(doc_table_get(tb, 1, 1), "182 400");
    TEST_EQ_STR(doc_table_get(tb, 1, 2), "1 120");
    TEST_EQ_STR(doc_table_get(tb, 4, 2), "1 262");
  }
  doc_free(d);
}

/* A scanned figure that lost its decimal comma ("24" beside "1,3",
 * "-1,0", "0,9" and "3,1": tune-c's five-year overview) is mended when
 * the value with the row's decimals falls among the others and the value
 * as read does not; "46" among "45,2" and "47,9" is only flagged. */
static void test_lost_decimal_mark(void) {
  Doc *d;
  DocPage *p = new_page("decmark", &d);
  p->from_ocr = 1;
  p->width = 2480;
  p->height = 3508;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  const char *rows[4][5] = {{"Nyckeltal", "2021", "2022", "2023", "2024"},
                            {"Intäkter", "158,1", "162,4", "165,0", "168,4"},
                            {"Resultat", "1,3", "-1,0", "24", "3,1"},
                            {"Soliditet", "45,2", "47,9", "46", "48,3"}};
  for (int r = 0; r < 4; r++) {
    DocLine *l = doc_line_add(t);
    float y = 1058 + 62 * (float)r;
    float xs[5] = {283, 900, 1200, 1500, 1800};
    for (int k = 0; k < 5; k++) scan_word(l, rows[r][k], xs[k] - (k ? 20 * (float)strlen(rows[r][k]) : 0), y);
  }
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_STR(doc_table_get(tb, 2, 3), "2,4");
    TEST_EQ_STR(doc_table_get(tb, 3, 3), "46");
    TEST_CHECK(tb->cell_flags[3 * tb->ncols + 3] != 0);
  }
  doc_free(d);
}

/* A scanned page (an A4 page at 300 dpi, read by the OCR) of n rows of
 * five words each, at the same five left edges. */
static DocPage *scanned_rows5(const char *name, Doc **d, const char *const (*rows)[5], int n) {
  DocPage *p = new_page(name, d);
  p->width = 2480;
  p->height = 3508;
  p->from_ocr = 1;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  for (int r = 0; r < n; r++) {
    DocLine *l = doc_line_add(t);
    float y = 1000 + 62 * (float)r;
    float xs[5] = {283, 700, 1000, 1300, 1700};
    for (int k = 0; k < 5; k++) scan_word(l, rows[r][k], xs[k], y);
  }
  return p;
}

/* A scanned figure read with a letter for a digit ("B67", "-L7") is mended
 * where the row's difference closes with the digit; "S0" where nothing
 * checks it stays. */
static void test_ocr_labels_and_letters(void) {
  Doc *d;
  static const char *const rows[7][5] = {{"Verksamhet", "Budget", "Utfall", "Avvikelse", "Not"},
                                         {"Hemtjänst", "-38759", "-37892", "B67", "12"},
                                         {"Särskilt", "-71668", "-75739", "-4071", "S0"},
                                         {"våld", "-32344", "-36858", "-4514", "7"},
                                         {"Korttid", "-41233", "-38054", "3179", "9"},
                                         {"Lokaler", "-59629", "-60912", "-1283", "4"},
                                         {"Städ", "-1200", "-1217", "-L7", "3"}};
  DocPage *p = scanned_rows5("letters", &d, rows, 7);
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 5);
    TEST_EQ_STR(doc_table_get(tb, 1, 3), "867");
    TEST_EQ_STR(doc_table_get(tb, 2, 4), "S0");
    /* (and "våld" among capitalised labels is "Våld": test_label_case) */
    TEST_EQ_STR(doc_table_get(tb, 3, 0), "Våld");
    /* (a capital L for 1, one digit beside it: "-L7" on a rough scan) */
    TEST_EQ_STR(doc_table_get(tb, 6, 3), "-17");
    TEST_CHECK(tb->nfixes == 3);
  }
  doc_free(d);
}

/* A year in a column of years ("Klart": 2025) is no figure that lost its
 * decimal comma, though every other figure of its row has one ("202,5" in
 * synth-z's scan). */
static void test_ocr_year_column(void) {
  Doc *d;
  static const char *const rows[6][5] = {{"Projekt", "Budget", "Prognos", "Avvikelse", "Klart"},
                                         {"Skola", "142,6", "140,9", "1,7", "2025"},
                                         {"Väg", "16,8", "10,3", "6,5", "2026"},
                                         {"Hall", "90,0", "95,5", "-5,5", "2026"},
                                         {"Park", "20,0", "20,0", "0,0", "2027"},
                                         {"Torg", "31,0", "29,0", "2,0", "2025"}};
  DocPage *p = scanned_rows5("years", &d, rows, 6);
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 5);
    TEST_EQ_STR(doc_table_get(tb, 1, 4), "2025");
    TEST_CHECK(tb->nfixes == 0);
  }
  doc_free(d);
}

/* On a scan, a wrapped header cell's words the OCR set apart ("Andel" |
 * "med avv." over the column's figures) are one column, not a column of
 * header words alone; marks before a figure ("+>-1450") or glued to a
 * header's capital ("<Kontroller") go. */
static void test_ocr_header_apart(void) {
  Doc *d;
  DocPage *p = new_page("apart", &d);
  p->width = 2480;
  p->height = 3508;
  p->from_ocr = 1;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  DocLine *h = doc_line_add(t);
  scan_word(h, "Typ", 283, 1000);
  scan_word(h, "Antal", 900, 1000);
  scan_word(h, "<Kontroller", 1100, 1000);
  scan_word(h, "Andel", 1420, 1000);
  scan_word(h, "avv.", 1560, 1000);
  const char *rows[4][4] = {{"Restauranger", "214", "298", "38,6"},
                            {"Skolkök", "87", "112", "+>21,4"},
                            {"Butiker", "46", "88", "29,5"},
                            {"Boenden", "31", "44", "18,2"}};
  for (int r = 0; r < 4; r++) {
    DocLine *l = doc_line_add(t);
    float y = 1062 + 62 * (float)r;
    float xs[4] = {283, 1000, 1280, 1560};
    for (int k = 0; k < 4; k++) scan_word(l, rows[r][k], xs[k] - (k ? 20 * (float)strlen(rows[r][k]) - 100 : 0), y);
  }
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 4);
    TEST_EQ_STR(doc_table_get(tb, 0, 3), "Andel avv.");
    TEST_EQ_STR(doc_table_get(tb, 0, 2), "Kontroller");
    TEST_EQ_STR(doc_table_get(tb, 2, 3), "21,4");
  }
  doc_free(d);
}

/* A scanned key-figure table whose decimals take a comma, with one read
 * with a point ("4.7") and one with a colon ("3:9"): both get the comma,
 * recorded; a page read from a text layer, or a table of points
 * (English), keeps them. */
static void decimal_table(DocPage *p, const char *const (*rows)[4]) {
  DocBlock *t = doc_block_add(p, DOC_PARA);
  for (int r = 0; r < 5; r++) {
    DocLine *l = doc_line_add(t);
    float y = 1000 + 62 * (float)r;
    float xs[4] = {283, 1000, 1300, 1600};
    for (int k = 0; k < 4; k++) {
      /* (a figure with a thousands space is two words, as OCR reads it) */
      const char *sp = k ? strchr(rows[r][k], ' ') : NULL;
      if (sp && sp[1] >= '0' && sp[1] <= '9') {
        char head[16];
        size_t hl = (size_t)(sp - rows[r][k]);
        memcpy(head, rows[r][k], hl);
        head[hl] = '\0';
        scan_word(l, head, xs[k], y);
        scan_word(l, sp + 1, xs[k] + 20 * (float)(hl + 1), y);
      } else {
        scan_word(l, rows[r][k], xs[k], y);
      }
    }
  }
}

/* A new document named name: one A4 page at 300 dpi (read by OCR or
 * not) holding the table rows as decimal_table sets them. */
static DocPage *decimal_page(const char *name, Doc **d, int ocr,
                             const char *const (*rows)[4]) {
  DocPage *p = new_page(name, d);
  p->width = 2480;
  p->height = 3508;
  p->from_ocr = ocr;
  decimal_table(p, rows);
  return p;
}

static void test_decimal_point_read(void) {
  static const char *const sv[5][4] = {{"Mått", "2023", "2024", "2025"},
                                       {"Sjukfrånvaro", "5,1", "4,9", "4.7"},
                                       {"Personalomsättning", "8,2", "3:9", "7,5"},
                                       {"Invånare", "18", "19", "20"},
                                       {"Andel", "61 %", "63 %", "64 %"}};
  static const char *const en[5][4] = {{"Item", "2023", "2024", "2025"},
                                       {"Sick", "5.1", "4.9", "4.7"},
                                       {"Turnover", "8.2", "3,9", "7.5"},
                                       {"People", "18", "19", "20"},
                                       {"Share", "61 %", "63 %", "64 %"}};
  for (int ocr = 0; ocr <= 1; ocr++) {
    Doc *d;
    DocPage *p = decimal_page("decimals", &d, ocr, sv);
    DocTable *tb = first_table(p);
    if (tb) {
      TEST_EQ_INT(tb->ncols, 4);
      TEST_EQ_STR(doc_table_get(tb, 1, 3), ocr ? "4,7" : "4.7");
      TEST_EQ_STR(doc_table_get(tb, 2, 2), ocr ? "3,9" : "3:9");
      TEST_EQ_STR(doc_table_get(tb, 1, 1), "5,1");
      TEST_EQ_INT((int)tb->nfixes, ocr ? 2 : 0);
    }
    doc_free(d);
  }
  Doc *d;
  DocPage *p = decimal_page("points", &d, 1, en);
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_STR(doc_table_get(tb, 1, 3), "4.7");
    TEST_EQ_STR(doc_table_get(tb, 2, 2), "3,9");
  }
  doc_free(d);
}

/* A scanned table grouping its thousands with a space and one figure
 * read "7.150" (the gap as a point): the space, recorded; a table with
 * decimals, and a text layer's, keep the point. */
static void test_thousands_point_read(void) {
  static const char *const sv[5][4] = {{"Belopp i tkr", "Budget", "Utfall", "Återstår"},
                                       {"Gator", "12 400", "10 310", "2 090"},
                                       {"Skolor", "9 800", "7.150", "2 650"},
                                       {"Belysning", "3 100", "2 940", "160"},
                                       {"Summa", "25 300", "20 400", "4 900"}};
  static const char *const dec[5][4] = {{"Mått", "2023", "2024", "2025"},
                                        {"Gator", "12 400", "10 310", "2,5"},
                                        {"Skolor", "9 800", "7.150", "2 650"},
                                        {"Belysning", "3 100", "2 940", "160"},
                                        {"Andel", "4,1", "3,9", "4,4"}};
  for (int ocr = 0; ocr <= 1; ocr++) {
    Doc *d;
    DocPage *p = decimal_page("thousands", &d, ocr, sv);
    DocTable *tb = first_table(p);
    TEST_CHECK(tb != NULL);
    if (tb) {
      TEST_EQ_STR(doc_table_get(tb, 2, 2), ocr ? "7 150" : "7.150");
      TEST_EQ_STR(doc_table_get(tb, 1, 1), "12 400");
      TEST_EQ_INT((int)tb->nfixes, ocr ? 1 : 0);
    }
    doc_free(d);
  }
  Doc *d;
  DocPage *p = decimal_page("thousands-dec", &d, 1, dec);
  DocTable *tb = first_table(p);
  TEST_CHECK(tb != NULL);
  if (tb) TEST_EQ_STR(doc_table_get(tb, 2, 2), "7.150");
  doc_free(d);
}

/* A scanned table whose row labels start with capitals and one read with
 * the small letter of the same shape ("vattenläckor"): the capital,
 * recorded; a "varav" label, and a text layer's label, stay. */
static void test_label_case(void) {
  static const char *const rows[5][4] = {{"Mått", "2023", "2024", "2025"},
                                         {"Gator", "12", "13", "14"},
                                         {"vattenläckor", "37", "42", "31"},
                                         {"Parker", "5", "6", "7"},
                                         {"Skolor", "8", "9", "10"}};
  static const char *const varav[5][4] = {{"Mått", "2023", "2024", "2025"},
                                          {"Gator", "12", "13", "14"},
                                          {"Parker", "5", "6", "7"},
                                          {"Skolor", "8", "9", "10"},
                                          {"varav", "2", "3", "4"}};
  for (int ocr = 0; ocr <= 1; ocr++) {
    Doc *d;
    DocPage *p = decimal_page("label-case", &d, ocr, rows);
    DocTable *tb = first_table(p);
    TEST_CHECK(tb != NULL);
    if (tb) {
      TEST_EQ_STR(doc_table_get(tb, 2, 0), ocr ? "Vattenläckor" : "vattenläckor");
      TEST_EQ_INT((int)tb->nfixes, ocr ? 1 : 0);
    }
    doc_free(d);
  }
  Doc *d;
  DocPage *p = decimal_page("label-varav", &d, 1, varav);
  DocTable *tb = first_table(p);
  TEST_CHECK(tb != NULL);
  if (tb) TEST_EQ_STR(doc_table_get(tb, 4, 0), "varav");
  doc_free(d);
}

/* A scanned header row of two stacked text cells whose lines interleave
 * (003's Bilaga 2 on a scan): the line next down is the other column's,
 * its distance no line pitch, so it does not set the row spacing; a
 * label's second line under its row, in lower case, stays in the row. */
static void test_interleaved_header_pitch(void) {
  Doc *d;
  DocPage *p = new_page("interleaved", &d);
  p->width = 2480;
  p->height = 3508;
  p->from_ocr = 1;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  struct { float y; int col; const char *w; } lines[] = {
      {100, 2, "omfattas"},     {112, 3, "utförts"},  {124, 2, "stycken"}, {136, 3, "avvikelserna"},
      {148, 0, "Avvikelser"},   {148, 2, "av"},        {160, 3, "behöver"}, {184, 2, "enhet."},
      {196, 3, "månader."},     {260, 0, "Periodiskt"}, {260, 1, "Ja"},     {304, 0, "upprätthålla"},
      {350, 0, "Anbudspriser"}, {350, 1, "Ja"},        {396, 0, "Registerkontroll"}, {396, 1, "Ja"}};
  const float xs[4] = {283, 700, 1000, 1600};
  for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
    DocLine *l = (i > 0 && lines[i].y == lines[i - 1].y) ? &t->lines[t->nlines - 1] : doc_line_add(t);
    scan_word(l, lines[i].w, xs[lines[i].col], lines[i].y);
  }
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_STR(doc_table_get(tb, 1, 0), "Periodiskt upprätthålla");
    TEST_EQ_STR(doc_table_get(tb, 2, 0), "Anbudspriser");
  }
  doc_free(d);
}

/* A right-aligned column one of whose cells lost its last glyph to the
 * OCR ("16,8" for "16,8 %", set apart from "145" above it) stays one
 * column with its wider cells ("3 960"), and a stacked header cell whose
 * words the OCR set apart ("(budget" and "utfall)" with the dash lost,
 * under "Avvikelse") heads one column (synth-q's scans). */
static void test_overlapping_columns(void) {
  Doc *d;
  DocPage *p = new_page("overlap", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  float y = 100;   /* (a page's rows under a header on the page before) */
  const char *v[][4] = {{"Gator, km", "142", "143", "145"},
                        {"Cykelvägar, km", "61", "63", "64"},
                        {"Vattenförluster", "19,4 %", "18,1 %", "16,8"},
                        {"Vattenläckor", "27", "31", "24"},
                        {"Måltider per dag", "3 850", "3 920", "3 960"},
                        {"Ekologiska", "20 %", "28 %", "31 %"}};
  for (int r = 0; r < 6; r++)
    phrases(t, y += 14, (float[]){50, R(250, v[r][1]), R(330, v[r][2]),
                                  r == 2 ? R(418, "16,8 %") : R(420, v[r][3])},
            (const char *[]){v[r][0], v[r][1], v[r][2], v[r][3], NULL});
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 4);
    TEST_EQ_STR(doc_table_get(tb, 2, 3), "16,8");
    TEST_EQ_STR(doc_table_get(tb, 4, 3), "3 960");
    TEST_EQ_STR(doc_table_get(tb, 0, 3), "145");
  }
  doc_free(d);
  p = new_page("stacked", &d);
  t = doc_block_add(p, DOC_PARA);
  y = 100;
  phrases(t, y, (float[]){R(250, "Budget"), 360}, (const char *[]){"Budget", "Avvikelse", NULL});
  phrases(t, y += 12, (float[]){50, R(250, "2025"), 335, R(420, "utfall)"), 460},
          (const char *[]){"Projekt, tkr", "2025", "(budget", "utfall)", "Kommentar", NULL});
  const char *w[][3] = {{"Gator", "8 500", "288"}, {"Cykelväg", "6 200", "3 260"},
                        {"Lekplats", "1 400", "35"}, {"Summa", "16 100", "3 583"}};
  for (int r = 0; r < 4; r++)
    phrases(t, y += 14, (float[]){50, R(250, w[r][1]), R(420, w[r][2])},
            (const char *[]){w[r][0], w[r][1], w[r][2], NULL});
  tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 4);
    TEST_EQ_STR(doc_table_get(tb, 0, 2), "Avvikelse (budget utfall)");
    TEST_EQ_STR(doc_table_get(tb, 1, 2), "288");
    TEST_EQ_STR(doc_table_get(tb, 4, 2), "3 583");
  }
  doc_free(d);
}

/* A scanned row of percentages with one figure read without its sign
 * ("84" beside "89 %" and "93 %") is flagged (2), not mended, and so is
 * one without the decimal comma of its row ("58 %" beside "6,2 %", 3);
 * a row of plain figures, and a text layer's row, are not. */
static void test_percent_lost_flag(void) {
  static const char *const rows[5][4] = {{"Mått", "2023", "2024", "2025"},
                                         {"Beslut i tid", "84", "89 %", "93 %"},
                                         {"Ärenden", "412", "398", "386"},
                                         {"Nöjdhet", "71 %", "74 %", "78 %"},
                                         {"Sjukfrånvaro", "6,2 %", "58 %", "5,1 %"}};
  for (int ocr = 0; ocr <= 1; ocr++) {
    Doc *d;
    DocPage *p = decimal_page("percent-lost", &d, ocr, rows);
    DocTable *tb = first_table(p);
    if (tb) {
      TEST_EQ_STR(doc_table_get(tb, 1, 1), "84");
      TEST_EQ_INT(tb->cell_flags[1 * tb->ncols + 1], ocr ? 2 : 0);
      TEST_EQ_INT(tb->cell_flags[4 * tb->ncols + 2], ocr ? 3 : 0);
      size_t other = 0;
      for (size_t k = 0; k < tb->nrows * tb->ncols; k++) other += tb->cell_flags[k] != 0;
      TEST_EQ_INT((int)other, ocr ? 2 : 0);
    }
    doc_free(d);
  }
}

/* A lone "0" read with a bracket and a wrong digit ("6)", 003's "[6]")
 * is the 0 the row's difference closes with; the change is recorded. */
static void test_bracket_zero(void) {
  Doc *d;
  DocPage *p = new_page("bracket", &d);
  p->width = 2480;
  p->height = 3508;
  p->from_ocr = 1;
  DocBlock *t = doc_block_add(p, DOC_PARA);
  const char *rows[5][4] = {{"Resultaträkning", "Budget", "Utfall", "Avvikelse"},
                            {"Intäkter", "14200", "15870", "1670"},
                            {"Personalkostnader", "-21340", "-20615", "725"},
                            {"Kommunbidrag", "14500", "14500", "6)"},
                            {"Lokalkostnader", "-2410", "-2398", "12"}};
  for (int r = 0; r < 5; r++) {
    DocLine *l = doc_line_add(t);
    float y = 1000 + 62 * (float)r;
    float xs[4] = {283, 900, 1300, 1700};
    for (int k = 0; k < 4; k++) scan_word(l, rows[r][k], xs[k], y);
  }
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_STR(doc_table_get(tb, 3, 3), "0");
    TEST_CHECK(tb->nfixes == 1);
  }
  doc_free(d);
}

/* Cells of text at x (each "text" of words, one character space apart)
 * on one line of block b at row y; xs and cs end at a NULL text. */
static void cells(DocBlock *b, float y, const float *xs, const char *const *cs) {
  DocLine *l = doc_line_add(b);
  for (size_t i = 0; cs[i]; i++) {
    float x = xs[i];
    for (const char *c = cs[i]; *c;) {
      size_t n = strcspn(c, " ");
      char buf[64];
      snprintf(buf, sizeof buf, "%.*s", (int)n, c);
      DocWord *w = doc_word_add(l, buf, 0, 0);
      w->box = (DocBox){x, y, x + CH * (float)n, y + LH};
      w->has_box = 1;
      x += CH * (float)(n + 1);
      c += n;
      while (*c == ' ') c++;
    }
  }
}

/* A table of text cells with a rule under its header and right-aligned
 * status and comment columns, as a browser sets it (synth-g's "Uppdrag |
 * Status | Kommentar"): rows 15 apart, a cell's lines 12.  No figure
 * stands in its data columns, so the rule, not the first figure, ends the
 * header; a label going on in lower case ("förskoleplats") is the rest of
 * the one above, not a section row; a label broken after a range's dash
 * ("åk 4–" / "6", "jan–" / "aug") was wrapped, and the range is written
 * whole, as is a stretch between two places ("Ekeryd–" / "Lövstaby"). */
static void test_ruled_text_cells(void) {
  Doc *d;
  DocPage *p = new_page("textcells", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  cells(t, 100, (float[]){50, R(300, "Status"), R(560, "Kommentar")},
        (const char *[]){"Uppdrag", "Status", "Kommentar", NULL});
  cells(t, 116, (float[]){50, R(300, "Pågår"), R(560, "Förstudien är klar. Beslut om")},
        (const char *[]){"Utreda en ny skola i norra", "Pågår", "Förstudien är klar. Beslut om", NULL});
  cells(t, 128, (float[]){50, R(560, "placering i november.")},
        (const char *[]){"kommundelen", "placering i november.", NULL});
  cells(t, 143, (float[]){50, R(300, "Klart"), R(560, "Ingen familj har väntat.")},
        (const char *[]){"Minska väntetiden till", "Klart", "Ingen familj har väntat.", NULL});
  cells(t, 155, (float[]){50}, (const char *[]){"förskoleplats", NULL});
  cells(t, 170, (float[]){50, R(300, "Försenat"), R(560, "Upphandlingen överklagades till våren")},
        (const char *[]){"Införa läromedel i åk 4\u2013", "Försenat", "Upphandlingen överklagades till våren", NULL});
  cells(t, 182, (float[]){50, R(560, "2027.")}, (const char *[]){"6", "2027.", NULL});
  cells(t, 197, (float[]){50, R(300, "Pågår"), R(560, "Enligt plan.")},
        (const char *[]){"Ny ledning Ekeryd\u2013", "Pågår", "Enligt plan.", NULL});
  cells(t, 209, (float[]){50, R(560, "Klart 2026.")}, (const char *[]){"Lövstaby", "Klart 2026.", NULL});
  cells(t, 224, (float[]){50, R(300, "Klart"), R(560, "Inlämnad.")},
        (const char *[]){"Rapport för jan\u2013", "Klart", "Inlämnad.", NULL});
  cells(t, 236, (float[]){50}, (const char *[]){"aug", NULL});
  p->rules = malloc(sizeof *p->rules);
  p->rules[0] = (DocBox){45, 112, 565, 113};
  p->nrules = 1;
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 6);
    TEST_EQ_INT(tb->ncols, 3);
    TEST_EQ_STR(doc_table_get(tb, 0, 0), "Uppdrag");
    TEST_EQ_STR(doc_table_get(tb, 1, 0), "Utreda en ny skola i norra kommundelen");
    TEST_EQ_STR(doc_table_get(tb, 1, 2), "Förstudien är klar. Beslut om placering i november.");
    TEST_EQ_STR(doc_table_get(tb, 2, 0), "Minska väntetiden till förskoleplats");
    TEST_EQ_STR(doc_table_get(tb, 3, 0), "Införa läromedel i åk 4\u20136");
    TEST_EQ_STR(doc_table_get(tb, 3, 2), "Upphandlingen överklagades till våren 2027.");
    TEST_EQ_STR(doc_table_get(tb, 4, 0), "Ny ledning Ekeryd\u2013Lövstaby");
    TEST_EQ_STR(doc_table_get(tb, 5, 0), "Rapport för jan\u2013aug");
  }
  doc_free(d);
}

/* A caption line ruled off above a header of two lines (ICDAR eu-026):
 * the table's top rule under the caption, which names no data column,
 * does not end the header. */
static void test_caption_rule(void) {
  Doc *d;
  DocPage *p = new_page("caption", &d);
  DocBlock *t = doc_block_add(p, DOC_PARA);
  /* set dense: the caption's gap to the header is the smallest, so the
   * header's two lines are rows apart */
  cells(t, 100, (float[]){50}, (const char *[]){"and the fraction lost are reported.", NULL});
  cells(t, 110.5f, (float[]){R(300, "Freq."), R(400, "Mean"), R(500, "Fraction of")},
        (const char *[]){"Freq.", "Mean", "Fraction of", NULL});
  cells(t, 124, (float[]){R(500, "Wealth Lost")}, (const char *[]){"Wealth Lost", NULL});
  cells(t, 140, (float[]){50, R(300, "344"), R(400, "12196"), R(500, "17.4%")},
        (const char *[]){"I kept the assets", "344", "12196", "17.4%", NULL});
  cells(t, 153, (float[]){50, R(300, "53"), R(400, "23518"), R(500, "22.5%")},
        (const char *[]){"I sold some", "53", "23518", "22.5%", NULL});
  cells(t, 166, (float[]){50, R(300, "458"), R(400, "13153"), R(500, "18.7%")},
        (const char *[]){"Total", "458", "13153", "18.7%", NULL});
  p->rules = malloc(2 * sizeof *p->rules);
  p->rules[0] = (DocBox){45, 110.1f, 505, 110.3f};
  p->rules[1] = (DocBox){45, 137, 505, 138};
  p->nrules = 2;
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_STR(doc_table_get(tb, 0, tb->ncols - 1), "Fraction of Wealth Lost");
    TEST_EQ_STR(doc_table_get(tb, 1, 0), "I kept the assets");
  }
  doc_free(d);
}

/* A narrow "label | Ja" table (003's Bilaga 2): its header row ruled off
 * below has its "Ja" set between the two lines of its bold label, three
 * lines of one segment each, and a wrapped label goes on in a line nearly
 * as wide as the table, inside the first column.  Both are the table's. */
static void test_header_between_lines(void) {
  Doc *d;
  DocPage *p = new_page("between", &d);
  DocBlock *h = doc_block_add(p, DOC_HEADING);
  cells(h, 100, (float[]){50}, (const char *[]){"Samordning Elevlistor Schematider", NULL});
  cells(h, 105, (float[]){R(260, "Ja")}, (const char *[]){"Ja", NULL});
  cells(h, 110, (float[]){50}, (const char *[]){"bomkörningar.", NULL});
  DocBlock *t = doc_block_add(p, DOC_PARA);
  cells(t, 126, (float[]){50, R(260, "Ja")}, (const char *[]){"Faktura Kontroll av priser", "Ja", NULL});
  cells(t, 140, (float[]){50, R(260, "Ja")}, (const char *[]){"Säkerhetsdatablad för", "Ja", NULL});
  cells(t, 151, (float[]){50}, (const char *[]){"kemikalier finns på alla enheterna", NULL});
  cells(t, 165, (float[]){50, R(260, "Ja")}, (const char *[]){"Anbudspriser följs", "Ja", NULL});
  p->rules = malloc(sizeof *p->rules);
  p->rules[0] = (DocBox){45, 123, 265, 123.5f};
  p->nrules = 1;
  DocTable *tb = first_table(p);
  if (tb) {
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_INT(tb->ncols, 2);
    TEST_EQ_STR(doc_table_get(tb, 0, 0), "Samordning Elevlistor Schematider bomkörningar.");
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Ja");
    TEST_EQ_STR(doc_table_get(tb, 2, 0), "Säkerhetsdatablad för kemikalier finns på alla enheterna");
    TEST_EQ_STR(doc_table_get(tb, 3, 0), "Anbudspriser följs");
  }
  doc_free(d);
}

static void test_ruled_headers(void) {
  ruled_pair("ruled", 0, 0, 0);
  ruled_pair("grid", 1, 0, 0);
  ruled_pair("total", 0, 1, 0);
  ruled_pair("speck", 0, 0, 1);
}

int main(void) {
  test_ruled_text_cells();
  test_caption_rule();
  test_ruled_headers();
  test_overlapping_columns();
  test_orphan_text_header();
  test_header_between_lines();
  test_spaced_percent();
  test_percent_row_not_prose();
  test_ocr_thousands();
  test_ocr_labels_and_letters();
  test_decimal_point_read();
  test_thousands_point_read();
  test_label_case();
  test_interleaved_header_pitch();
  test_lone_cell_inside();
  test_percent_lost_flag();
  test_wide_cell_lines();
  test_tight_header();
  test_baseline_lines();
  test_dense_rows();
  test_text_table_header();
  test_text_cell_runs_on();
  test_cell_ends_in_comma();
  test_trailing_capital();
  test_lone_label_rest();
  test_wrapped_goal_rows();
  test_noise_percent();
  test_foot_label();
  test_lost_decimal_mark();
  test_ocr_year_column();
  test_ocr_header_apart();
  test_wrapped_label_ocr();
  test_cut_cell();
  test_cut_cell_blocks();
  test_cut_header_row();
  test_cut_header_row_alone();
  test_orphan_header();
  test_furniture();
  test_wrapped_figure();
  test_broken_header_word();
  test_sign_apart_cell();
  test_foot_wrap();
  test_moved_row();
  test_moved_row_wider();
  test_trailing_cell_lines();
  test_centred_label();
  test_heading_in_block();
  test_last_label_lines();
  test_text_above_table();
  test_stretched_box();
  test_thousands_decimals();
  test_wide_gap_header();
  test_doubted_tall_box();
  test_bracket_zero();
  test_ocr_wrapped_cells();
  test_close_rows();
  test_monospace();
  test_noise_dashes();
  Doc *d;
  DocPage *p = new_page("geom", &d);
  DocBlock *b = doc_block_add(p, DOC_PARA);
  line(b, 100, (float[]){50, 93, 111, 154},
       (const char *[]){"Utfallet", "för", "perioden", "är", NULL});
  /* the table: rows 15 apart, a wrapped label 11 below its row */
  DocBlock *t = doc_block_add(p, DOC_PARA);
  line(t, 130, (float[]){R(300, "Budget"), R(400, "Avvikelse")},
       (const char *[]){"Budget", "Avvikelse", NULL});
  line(t, 141, (float[]){50, 53 + CH * 6, R(300, "2023"), R(400, "helår")},
       (const char *[]){"Belopp", "i tkr", "2023", "helår", NULL});
  line(t, 160, (float[]){50, R(300, "91"), R(300, "867"), R(400, "-139")},
       (const char *[]){"Intäkter", "91", "867", "-139", NULL});
  line(t, 175, (float[]){50, R(300, "-200"), R(300, "934"), R(400, "287")},
       (const char *[]){"Verksamhetens", "-200", "934", "287", NULL});
  line(t, 186, (float[]){50}, (const char *[]){"kostnader", NULL});
  line(t, 205, (float[]){50, R(300, "0"), R(400, "178")},
       (const char *[]){"Resultat", "0", "178", NULL});
  /* "91 867" as two words: put them 4 apart */
  t->lines[2].words[1].box.x0 = 300 - CH * 3 - 4 - CH * 2;
  t->lines[2].words[1].box.x1 = 300 - CH * 3 - 4;
  t->lines[3].words[1].box.x0 = 300 - CH * 3 - 4 - CH * 4;
  t->lines[3].words[1].box.x1 = 300 - CH * 3 - 4;
  DocBlock *after = doc_block_add(p, DOC_PARA);
  line(after, 260, (float[]){50, 98}, (const char *[]){"Kommentar", "följer.", NULL});

  RensaErr e;
  TEST_EQ_INT(tab_build_geom(p, &e), RENSA_OK);
  TEST_EQ_INT(p->nblocks, 3);
  TEST_EQ_INT(p->blocks[0].kind, DOC_PARA);
  TEST_EQ_INT(p->blocks[1].kind, DOC_TABLE);
  TEST_EQ_INT(p->blocks[2].kind, DOC_PARA);
  DocTable *tb = p->blocks[1].table;
  TEST_CHECK(tb != NULL);
  if (tb) {
    TEST_EQ_INT(tb->ncols, 3);
    TEST_EQ_INT(tb->nrows, 4);
    TEST_EQ_STR(doc_table_get(tb, 0, 0), "Belopp i tkr");
    TEST_EQ_STR(doc_table_get(tb, 0, 1), "Budget 2023");
    TEST_EQ_STR(doc_table_get(tb, 0, 2), "Avvikelse helår");
    TEST_EQ_STR(doc_table_get(tb, 1, 1), "91 867");
    TEST_EQ_STR(doc_table_get(tb, 2, 0), "Verksamhetens kostnader");
    TEST_EQ_STR(doc_table_get(tb, 2, 1), "-200 934");
    TEST_EQ_STR(doc_table_get(tb, 3, 2), "178");
    TEST_EQ_INT(tb->header_rows, 1);
  }

  /* a continuation on the next page, same columns, no header */
  DocPage *q = doc_page_add(d);
  q->width = 600;
  q->height = 800;
  p = &d->pages[0];
  DocBlock *c = doc_block_add(q, DOC_PARA);
  line(c, 40, (float[]){50, R(300, "5"), R(400, "6")}, (const char *[]){"Finansnetto", "5", "6", NULL});
  line(c, 55, (float[]){50, R(300, "7"), R(400, "8")}, (const char *[]){"Kommunbidrag", "7", "8", NULL});
  TEST_EQ_INT(tab_build_geom(q, &e), RENSA_OK);
  TEST_EQ_INT(q->nblocks, 1);
  /* the first page's table does not reach its foot: drop the paragraph
   * under it and pretend it does */
  p->blocks[1].box.y1 = 700;
  p->nblocks = 2;
  doc_free(NULL);
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  TEST_EQ_INT(q->nblocks, 0);
  tb = p->blocks[1].table;
  TEST_EQ_INT(tb->nrows, 6);
  TEST_EQ_STR(doc_table_get(tb, 5, 0), "Kommunbidrag");
  /* put the dropped paragraph back so doc_free frees it */
  p->nblocks = 3;
  /* a table on the next page with the same header is a table of its own */
  c = doc_block_add(q, DOC_PARA);
  line(c, 40, (float[]){R(300, "Budget"), R(400, "Avvikelse")},
       (const char *[]){"Budget", "Avvikelse", NULL});
  line(c, 51, (float[]){50, 53 + CH * 6, R(300, "2023"), R(400, "helår")},
       (const char *[]){"Belopp", "i tkr", "2023", "helår", NULL});
  line(c, 70, (float[]){50, R(300, "9"), R(400, "10")}, (const char *[]){"Skatter", "9", "10", NULL});
  line(c, 85, (float[]){50, R(300, "11"), R(400, "12")}, (const char *[]){"Bidrag", "11", "12", NULL});
  TEST_EQ_INT(tab_build_geom(q, &e), RENSA_OK);
  TEST_EQ_INT(q->nblocks, 1);
  p->nblocks = 2;   /* page 1 ends with its table again */
  TEST_EQ_INT(tab_join_pages(d, &e), RENSA_OK);
  TEST_EQ_INT(q->nblocks, 1);
  TEST_EQ_INT(p->blocks[1].table->nrows, 6);
  p->nblocks = 3;
  doc_free(d);
  return TEST_REPORT();
}
