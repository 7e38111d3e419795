/*
 * rensa_tab_text.c — DEV DRIVER, not part of the library: measure the text
 * path of the table builder before the real text reader lands.
 *
 *   rensa-tab-text INPUT.txt OUTDIR [NAME]
 *
 * Reads a plain text file, treats each run of two or more table-like lines
 * (two or more number tokens; blank lines and short label lines may sit
 * between them, up to three header lines directly above) as one
 * DOC_TABLE_ROWS block with one word per whitespace token, runs
 * tab_build_text and writes OUTDIR/NAME-table-NN.csv (decimal comma).
 * NAME defaults to "out".  Exit 0, or 1 with a message on stderr.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_write.h"
#include "doc.h"
#include "tab_internal.h"
#include "tables.h"

#define MAXLINES 20000

static char *lines[MAXLINES];
static size_t nlines;

/* Number of whitespace tokens and number tokens in s. */
static void count(const char *s, size_t *ntok, size_t *nnum, int *dot) {
  char buf[4096];
  snprintf(buf, sizeof buf, "%s", s);
  *ntok = *nnum = 0;
  char *save = NULL;
  for (char *t = strtok_r(buf, " \t\r\n", &save); t;
       t = strtok_r(NULL, " \t\r\n", &save)) {
    (*ntok)++;
    if (tab_tok_kind(t) == TAB_TOK_NUM) (*nnum)++;
  }
  size_t l = strlen(s);
  while (l && (s[l - 1] == '\n' || s[l - 1] == '\r' || s[l - 1] == ' ')) l--;
  *dot = l && s[l - 1] == '.';
}

static int blank(size_t i) { size_t a, b; int d; count(lines[i], &a, &b, &d); return a == 0; }
/* Two or more number tokens, few words, and a number or dash at the end. */
static int tablike(size_t i) {
  size_t a, b;
  int d;
  count(lines[i], &a, &b, &d);
  if (b < 2 || a - b > 10) return 0;
  char buf[4096], *last = NULL, *save = NULL;
  snprintf(buf, sizeof buf, "%s", lines[i]);
  for (char *t = strtok_r(buf, " \t\r\n", &save); t;
       t = strtok_r(NULL, " \t\r\n", &save))
    last = t;
  return last && (tab_tok_kind(last) != TAB_TOK_TEXT || strcmp(last, "%") == 0);
}
static int shortline(size_t i) { size_t a, b; int d; count(lines[i], &a, &b, &d); return a > 0 && a <= 8 && !d; }

/* Add input line i to b as a DocLine, one word per whitespace token. */
static void add_line(DocBlock *b, size_t i) {
  DocLine *l = doc_line_add(b);
  char buf[4096];
  snprintf(buf, sizeof buf, "%s", lines[i]);
  char *save = NULL;
  int col = 1;
  for (char *t = strtok_r(buf, " \t\r\n", &save); t;
       t = strtok_r(NULL, " \t\r\n", &save))
    doc_word_add(l, t, (int)i + 1, col++);
}

/* Read the text, cut it into table blocks, build the tables, write CSVs. */
int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: rensa-tab-text INPUT.txt OUTDIR [NAME]\n");
    return 1;
  }
  const char *name = argc > 3 ? argv[3] : "out";
  FILE *f = fopen(argv[1], "r");
  if (!f) {
    fprintf(stderr, "rensa-tab-text: %s: cannot open\n", argv[1]);
    return 1;
  }
  char buf[4096];
  while (nlines < MAXLINES && fgets(buf, sizeof buf, f))
    lines[nlines++] = strdup(buf);
  fclose(f);
  Doc *d = doc_new(argv[1]);
  DocPage *pg = doc_page_add(d);
  for (size_t i = 0; i < nlines;) {
    if (!tablike(i)) {
      i++;
      continue;
    }
    /* extend the run */
    size_t end = i + 1, ntab = 1;
    for (size_t j = i + 1; j < nlines; j++) {
      if (tablike(j)) {
        end = j + 1;
        ntab++;
        continue;
      }
      /* allow blanks and short label lines if a table line follows soon */
      size_t k = j, gap = 0;
      while (k < nlines && !tablike(k) && gap < 5 &&
             (blank(k) || shortline(k))) {
        k++;
        gap++;
      }
      if (k < nlines && tablike(k) && gap < 5) {
        j = k - 1;
        continue;
      }
      break;
    }
    if (ntab < 2) {
      i = end;
      continue;
    }
    /* a wrapped label right after the last row */
    if (end < nlines && shortline(end)) {
      const unsigned char *s = (const unsigned char *)lines[end];
      if ((*s >= 'a' && *s <= 'z') || *s == '(') end++;
    }
    size_t start = i;
    while (start > 0 && i - start < 3 && !blank(start - 1)) {
      size_t a, b;
      int dot;
      count(lines[start - 1], &a, &b, &dot);
      if (dot || a > 16 || a < 2) break;
      start--;
    }
    DocBlock *b = doc_block_add(pg, DOC_TABLE_ROWS);
    for (size_t j = start; j < end; j++)
      if (!blank(j)) add_line(b, j);
    i = end;
  }
  RensaErr e;
  rensa_err_clear(&e);
  if (tab_build_text(d, &e) != RENSA_OK) {
    char msg[1200];
    rensa_err_format(&e, msg, sizeof msg);
    fprintf(stderr, "rensa-tab-text: %s\n", msg);
    return 1;
  }
  int nt = 0;
  for (size_t i = 0; i < pg->nblocks; i++) {
    if (pg->blocks[i].kind != DOC_TABLE) continue;
    char path[2048];
    snprintf(path, sizeof path, "%s/%s-table-%02d.csv", argv[2], name, ++nt);
    FILE *o = fopen(path, "wb");
    if (!o || csv_write_table(pg->blocks[i].table, o, ',')) {
      fprintf(stderr, "rensa-tab-text: %s: cannot write\n", path);
      return 1;
    }
    fclose(o);
  }
  doc_free(d);
  for (size_t i = 0; i < nlines; i++) free(lines[i]);
  return 0;
}
