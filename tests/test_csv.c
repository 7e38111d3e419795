/* test_csv.c — csv_write_table: RFC 4180 quoting, CRLF, plain numbers;
 * table_json_write: the tables' part of the reports. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_write.h"
#include "table_json.h"
#include "testhelp.h"

/* Write a one-row table holding cell s and return the CSV text (static). */
static const char *one(const char *s, char decimal) {
  static char out[512];
  DocTable *t = doc_table_new(1, 1);
  doc_table_set(t, 0, 0, s);
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  int rc = csv_write_table(t, f, decimal);
  fclose(f);
  doc_table_free(t);
  snprintf(out, sizeof out, "%s", rc ? "(error)" : buf);
  free(buf);
  size_t k = strlen(out);
  if (k >= 2 && strcmp(out + k - 2, "\r\n") == 0) out[k - 2] = '\0';
  return out;
}

int main(void) {
  /* numbers made plain */
  TEST_EQ_STR(one("105 000", ','), "105000");
  TEST_EQ_STR(one("1 234 567", ','), "1234567");
  TEST_EQ_STR(one("105\xc2\xa0" "000", ','), "105000");
  TEST_EQ_STR(one("\xe2\x88\x92" "3 608", ','), "-3608");
  TEST_EQ_STR(one("\xe2\x80\x93" "3608", ','), "-3608");
  /* an em dash is how OCR often reads a minus ("—1 280") */
  TEST_EQ_STR(one("\xe2\x80\x94" "1 280", ','), "-1280");
  TEST_EQ_STR(one("\xe2\x80\x94", ','), "\xe2\x80\x94");
  TEST_EQ_STR(one("- 3608", ','), "-3608");
  TEST_EQ_STR(one("- 6 279", ','), "-6279");
  TEST_EQ_STR(one("2,9", ','), "\"2,9\"");
  TEST_EQ_STR(one("2,9", '.'), "2.9");
  TEST_EQ_STR(one("-1 513,3", '.'), "-1513.3");
  TEST_EQ_STR(one("0,800", ','), "\"0,800\"");
  TEST_EQ_STR(one("3.30", ','), "3.30");
  TEST_EQ_STR(one("5.9%", '.'), "5.9%");
  /* percent kept, number part plain */
  TEST_EQ_STR(one("12 %", '.'), "12 %");
  TEST_EQ_STR(one("\xe2\x88\x92" "3,9%", '.'), "-3.9%");
  TEST_EQ_STR(one("98%", ','), "98%");
  /* brackets and dashes kept */
  TEST_EQ_STR(one("(73)", ','), "(73)");
  TEST_EQ_STR(one("-", ','), "-");
  TEST_EQ_STR(one("\xe2\x80\x93", ','), "-");
  /* not numbers: left as written */
  TEST_EQ_STR(one("1 23", ','), "1 23");
  TEST_EQ_STR(one("1234 567", ','), "1234 567");
  TEST_EQ_STR(one("Budget 2023", ','), "Budget 2023");
  TEST_EQ_STR(one("30\xe2\x80\x93" "49 år", ','), "30\xe2\x80\x93" "49 år");
  TEST_EQ_STR(one("Ej aktuellt", ','), "Ej aktuellt");
  /* quoting */
  TEST_EQ_STR(one("a,b", ','), "\"a,b\"");
  TEST_EQ_STR(one("sa \"ja\"", ','), "\"sa \"\"ja\"\"\"");
  TEST_EQ_STR(one("rad\nrad", ','), "\"rad\nrad\"");
  TEST_EQ_STR(one("", ','), "");

  /* a whole table: header first, CRLF, empty cells */
  DocTable *t = doc_table_new(2, 3);
  doc_table_set(t, 0, 0, "(tkr)");
  doc_table_set(t, 0, 1, "Utfall perioden");
  doc_table_set(t, 0, 2, "Avvik, helår");
  doc_table_set(t, 1, 0, "Summa kostnader");
  doc_table_set(t, 1, 1, "38 522");
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  TEST_EQ_INT(csv_write_table(t, f, ','), 0);
  fclose(f);
  TEST_EQ_STR(buf, "(tkr),Utfall perioden,\"Avvik, helår\"\r\n"
                   "Summa kostnader,38522,\r\n");
  free(buf);
  TEST_EQ_INT(csv_write_table(t, stdout, 'x'), -1);

  /* a rewritten cell is recorded with its old text; a flagged one listed */
  TEST_EQ_INT(doc_table_fix(t, 1, 1, "38 552", "sum"), 0);
  TEST_EQ_STR(doc_table_get(t, 1, 1), "38 552");
  TEST_EQ_INT(doc_table_fix(t, 2, 0, "x", "sum"), -1);
  TEST_EQ_INT(t->nfixes, 1);
  t->cell_flags[1 * 3 + 2] = 1;
  doc_table_set(t, 1, 2, "-\"7\"");
  Doc *d = doc_new("r.pdf");
  DocPage *pg = doc_page_add(d);
  doc_page_add(d);
  DocBlock *b = doc_block_add(&d->pages[1], DOC_TABLE);
  b->table = t;
  (void)pg;
  buf = NULL;
  f = open_memstream(&buf, &n);
  TEST_EQ_INT(table_json_write(d, "r", f), 0);
  fclose(f);
  TEST_EQ_STR(buf,
              "[\n    {\"table\": 1, \"page\": 2, \"csv\": \"r-table-01.csv\", "
              "\"rows\": 2, \"columns\": 3, \"header_rows\": 1,\n"
              "      \"repaired\": [\n        {\"row\": 2, \"column\": 2, "
              "\"before\": \"38 522\", \"after\": \"38 552\", \"why\": \"sum\"}\n      ],\n"
              "      \"flagged\": [\n        {\"row\": 2, \"column\": 3, "
              "\"text\": \"-\\\"7\\\"\", \"why\": \"the row's or column's arithmetic does not close\"}\n      ]}\n  ]");
  free(buf);
  doc_free(d);   /* frees t */
  return TEST_REPORT();
}
