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
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "tab_internal.h"
#include "utf8.h"
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

/* Does the first row of b repeat the header row of a?  It does when at
 * least half the header's words (of three letters or more) are words of
 * b's first row: an OCR'd header can lose a letter ("tdentifierad") or run
 * into the row under it, but most of its words survive. */
static int header_repeated(const DocTable *a, const DocTable *b) {
  if (!a->nrows || !b->nrows) return 0;
  size_t words = 0, found = 0;
  for (size_t c = 0; c < a->ncols; c++) {
    const char *h = doc_table_get(a, 0, c);
    while (*h) {
      size_t n = strcspn(h, " ");
      if (n >= 3 && n < 64) {
        char word[64];
        memcpy(word, h, n);
        word[n] = '\0';
        words++;
        int hit = 0;
        for (size_t k = 0; k < b->ncols && !hit; k++) {
          const char *x = doc_table_get(b, 0, k);
          for (const char *f = x; !hit && (f = strstr(f, word)) != NULL; f++)
            hit = (f == x || f[-1] == ' ') && (f[n] == '\0' || f[n] == ' ');
        }
        found += hit;
      }
      h += n;
      while (*h == ' ') h++;
    }
  }
  return words > 0 && 2 * found >= words;
}

/* The number of words of s (runs of characters between spaces). */
static size_t count_words(const char *s) {
  size_t n = 0;
  for (; *s; s++)
    n += *s != ' ' && (s[1] == ' ' || s[1] == '\0');
  return n;
}

/* The column of t whose span holds x, or -1. */
static int col_at(const DocTable *t, float x) {
  for (size_t c = 0; c < t->ncols; c++)
    if (x >= t->colx[2 * c] && x <= t->colx[2 * c + 1]) return (int)c;
  return -1;
}

/* Short values beside the text cell that heads a page (block b) make it
 * and them a row moved whole to the new page (a row that does not fit is
 * set on the next one), not the rest of a cell the break cut: a row cut
 * by the break goes on only in its long cells, and "Ja" beside them was
 * given on the page before.  A short value is at most three words on the
 * first line of b, in a column other than the text's (col), where t's
 * last row holds a short value too.  Returns that column for a word at x
 * of n words so placed, or -1. */
static int short_value_col(const DocTable *t, float x, size_t n, int col) {
  int c = col_at(t, x);
  if (c < 0 || c == col || n > 3) return -1;
  size_t k = count_words(doc_table_get(t, t->nrows - 1, (size_t)c));
  return k >= 1 && k <= 3 ? c : -1;
}

/* The short value column (short_value_col) of word i of b's first line
 * (not its first word, which is the text's), or -1. */
static int beside_word(const DocTable *t, const DocBlock *b, size_t i, int col) {
  const DocLine *ln = &b->lines[0];
  if (i == 0 || col < 0) return -1;
  float x = 0.5f * (ln->words[i].box.x0 + ln->words[i].box.x1);
  int c = col_at(t, x);
  size_t n = 0;
  for (size_t k = 1; k < ln->nwords; k++)
    n += col_at(t, 0.5f * (ln->words[k].box.x0 + ln->words[k].box.x1)) == c;
  return short_value_col(t, x, n, col);
}

/* The short value column of block o of page q standing beside the first
 * line of block b (one line of at most three words), or -1. */
static int value_beside(const DocTable *t, const DocBlock *b, const DocBlock *o,
                        int col) {
  const DocLine *first = &b->lines[0];
  if (o == b || !first->nwords || o->kind != DOC_PARA || o->nlines != 1 ||
      !o->lines[0].nwords || o->lines[0].words[0].has_box != 1)
    return -1;
  const DocBox *w = &o->lines[0].words[0].box;
  float y0 = first->words[0].box.y0, y1 = first->words[0].box.y1;
  if (w->y0 >= y1 || w->y1 <= y0) return -1;     /* not on b's first line */
  return short_value_col(t, 0.5f * (w->x0 + w->x1), o->lines[0].nwords, col);
}

/* How much of [x0, x1] lies over column c of t (negative: the gap). */
static float col_overlap(const DocTable *t, size_t c, float x0, float x1) {
  return (x1 < t->colx[2 * c + 1] ? x1 : t->colx[2 * c + 1]) -
         (x0 > t->colx[2 * c] ? x0 : t->colx[2 * c]);
}

/* Is block b, the first text on page q, the rest of a cell of table t's
 * last row that the page break cut?  It is when it is a paragraph of a few
 * lines at the head of the page standing under one text column of t,
 * and that column's cell in the last row has text.  Returns the column,
 * or -1; *moved is set when short values stand beside b's first line (in
 * b itself or in blocks of their own): then b and they are a row of their
 * own (short_value_col). */
static int cut_cell(const DocTable *t, const DocBlock *b, const DocPage *q,
                    int *moved) {
  *moved = 0;
  if (!t->colx || t->ncolx != t->ncols || t->nrows <= t->header_rows ||
      b->kind != DOC_PARA || b->nlines == 0 || b->nlines > 15 ||
      !b->lines[0].nwords || q->height <= 0)
    return -1;
  float x0 = 1e30f, x1 = -1e30f, y0 = 1e30f;
  for (size_t l = 0; l < b->nlines; l++)
    for (size_t w = 0; w < b->lines[l].nwords; w++)
      if (b->lines[l].words[w].has_box != 1) return -1;
  const DocBox *head = &b->lines[0].words[0].box;
  int first = col_at(t, 0.5f * (head->x0 + head->x1));
  for (size_t l = 0; l < b->nlines; l++)
    for (size_t w = 0; w < b->lines[l].nwords; w++) {
      const DocWord *dw = &b->lines[l].words[w];
      if (l == 0 && beside_word(t, b, w, first) >= 0) {
        *moved = 1;
        continue;
      }
      if (dw->box.x0 < x0) x0 = dw->box.x0;
      if (dw->box.x1 > x1) x1 = dw->box.x1;
      if (dw->box.y0 < y0) y0 = dw->box.y0;
    }
  if (x1 <= x0 || y0 > 0.3f * q->height) return -1;
  /* the column it stands in: most of it there, and none of it in
   * another (a cell may run a little wider than the cells of its column
   * on the page before: "Gymnasieskola, folkbokförda" under "Grundskola,
   * årskurs 7–9"; it stops short of the next column) */
  int hit = -1;
  float most = 0;
  for (size_t c = 0; c < t->ncols; c++) {
    float o = col_overlap(t, c, x0, x1);
    if (o > most) {
      most = o;
      hit = (int)c;
    }
  }
  if (hit < 0 || most < 0.75f * (x1 - x0) ||
      ((size_t)hit + 1 < t->ncols && x1 > t->colx[2 * (size_t)hit + 2]))
    return -1;
  for (size_t c = 0; c < t->ncols; c++)   /* reaching into another */
    if ((int)c != hit && col_overlap(t, c, x0, x1) > 0.1f * (x1 - x0)) return -1;
  if ((*moved && hit != first) || !*doc_table_get(t, t->nrows - 1, (size_t)hit))
    return -1;
  for (size_t k = 0; k < q->nblocks && !*moved; k++)
    *moved = value_beside(t, b, &q->blocks[k], hit) >= 0;
  return hit;
}

/* Append word x to cell (r, c) of t, a space after the text before.  0,
 * or -1 when out of memory. */
static int cell_append_word(DocTable *t, size_t r, size_t c, const char *x) {
  const char *cur = doc_table_get(t, r, c);
  size_t k = strlen(cur), n = strlen(x);
  char *s = malloc(k + n + 2);
  if (!s) return -1;
  memcpy(s, cur, k);
  if (k) s[k++] = ' ';
  memcpy(s + k, x, n + 1);
  int rc = doc_table_set(t, r, c, s);
  free(s);
  return rc;
}

/* Append the words of block b to cell (r, c) of t, a space between words.
 * 0, or -1 when out of memory. */
static int cell_append_block(DocTable *t, size_t r, size_t c, const DocBlock *b) {
  for (size_t l = 0; l < b->nlines; l++)
    for (size_t w = 0; w < b->lines[l].nwords; w++)
      if (cell_append_word(t, r, c, b->lines[l].words[w].text)) return -1;
  return 0;
}

/* A new table: the rows of ta, then those of tb, tb's column c in ta's
 * column map[c]; the cells' flags, confidences and record of rewrites go
 * along.  Frees ta and returns the new table, or NULL (ta kept) when out
 * of memory. */
static DocTable *table_append(DocTable *ta, const DocTable *tb, const size_t *map) {
  DocTable *t = doc_table_new(ta->nrows + tb->nrows, ta->ncols);
  if (!t) return NULL;
  for (size_t r = 0; r < t->nrows; r++) {
    int first = r < ta->nrows;
    const DocTable *src = first ? ta : tb;
    size_t sr = first ? r : r - ta->nrows;
    for (size_t c = 0; c < src->ncols; c++) {
      size_t to = first ? c : map[c];
      if (doc_table_set(t, r, to, doc_table_get(src, sr, c))) {
        doc_table_free(t);
        return NULL;
      }
      t->cell_flags[r * t->ncols + to] = src->cell_flags[sr * src->ncols + c];
      t->cell_conf[r * t->ncols + to] = src->cell_conf[sr * src->ncols + c];
    }
  }
  /* the record of rewritten cells goes on, in the joined rows */
  for (int part = 0; part < 2; part++) {
    const DocTable *src = part ? tb : ta;
    for (size_t k = 0; k < src->nfixes; k++) {
      const DocCellFix *x = &src->fixes[k];
      size_t r = part ? x->row + ta->nrows : x->row;
      size_t c = part ? map[x->col] : x->col;
      /* the cell holds after already: set before back, then fix */
      if (doc_table_set(t, r, c, x->before) || doc_table_fix(t, r, c, x->after, x->why)) {
        doc_table_free(t);
        return NULL;
      }
    }
  }
  t->header_rows = ta->header_rows;
  t->colx = ta->colx;   /* the first page's columns go on */
  t->ncolx = ta->ncolx;
  ta->colx = NULL;
  doc_table_free(ta);
  return t;
}

/* Block b (the first of page q) and the short values beside it are a row
 * of table t moved whole to q (cut_cell): append it as t's last row, b's
 * words in column col, and take them off q.  0, or -1 when out of memory
 * (t kept as it was). */
static int append_moved_row(DocTable **t, DocPage *q, size_t col) {
  DocTable *row = doc_table_new(1, (*t)->ncols);
  size_t map[256];
  if (!row || (*t)->ncols > 256) {
    doc_table_free(row);
    return row ? 0 : -1;
  }
  for (size_t c = 0; c < row->ncols; c++) map[c] = c;
  const DocBlock *b = &q->blocks[0];
  int rc = 0;
  for (size_t l = 0; l < b->nlines && !rc; l++)
    for (size_t w = 0; w < b->lines[l].nwords && !rc; w++) {
      int c = l == 0 ? beside_word(*t, b, w, (int)col) : -1;
      rc = cell_append_word(row, 0, c >= 0 ? (size_t)c : col, b->lines[l].words[w].text);
    }
  for (size_t k = 1; k < q->nblocks && !rc;) {
    int c = value_beside(*t, &q->blocks[0], &q->blocks[k], (int)col);
    if (c < 0) {
      k++;
      continue;
    }
    for (size_t w = 0; w < q->blocks[k].lines[0].nwords && !rc; w++)
      rc = cell_append_word(row, 0, (size_t)c, q->blocks[k].lines[0].words[w].text);
    if (!rc) doc_block_remove(q, k);
  }
  DocTable *joined = rc ? NULL : table_append(*t, row, map);
  doc_table_free(row);
  if (!joined) return -1;
  *t = joined;
  doc_block_remove(q, 0);
  return 0;
}

/* The column of t nearest word box w (the most overlap, else the least
 * distance), and how far outside it w lies (0 when they overlap). */
static size_t nearest_col(const DocTable *t, const DocBox *w, float *off) {
  float best = -1e30f;
  size_t k = 0;
  for (size_t c = 0; c < t->ncols; c++) {
    float o = col_overlap(t, c, w->x0, w->x1);
    if (o > best) {
      best = o;
      k = c;
    }
  }
  *off = best < 0 ? -best : 0;
  return k;
}

/* Is the first row of tb (the table at the head of the next page) the
 * rest of ta's last row, a header row the page break cut ("Kostenheten |
 * Kvalitetsmätning VoO Utgår från socialstyrelsens | ..." at the foot of
 * one page, "brukarundersökning och frågan om | ..." above the next
 * table's rule)?  Two or more cells on each side, every cell of tb's row
 * going on in lower case and none of ta's ending with a mark.  Then ta's
 * last row goes to the head of tb, each cell before the text of tb's
 * column it stands over (the nearest one), and leaves ta (empty when the
 * row was all of it: a table begun at the page's foot).  1 when done, 0
 * when not such a row, -1 when out of memory. */
static int cut_header_row(DocTable *ta, DocTable *tb) {
  if (!ta->colx || ta->ncolx != ta->ncols || !tb->colx || tb->ncolx != tb->ncols ||
      (ta->nrows <= ta->header_rows + 1 && ta->nrows != 1) || tb->nrows < 2)
    return 0;
  size_t last = ta->nrows - 1, na = 0, nb = 0;
  for (size_t c = 0; c < ta->ncols; c++) {
    const char *x = doc_table_get(ta, last, c);
    if (!*x) continue;
    if (tab_ends_mark(x)) return 0;
    na++;
  }
  for (size_t c = 0; c < tb->ncols; c++) {
    const char *x = doc_table_get(tb, 0, c);
    if (!*x) continue;
    if (!utf8_starts_lower(x)) return 0;
    nb++;
  }
  if (na < 2 || nb < 2) return 0;
  /* a cell of ta standing wholly left of tb's first column heads a
   * column tb's page left empty (its labels were ta's page's): tb gets
   * it back ("Kostenheten" over a continuation whose first column is
   * blank) */
  for (size_t c = 0; c < ta->ncols; c++) {
    if (!*doc_table_get(ta, last, c)) continue;
    if (ta->colx[2 * c + 1] < tb->colx[0] && doc_table_insert_col(tb, 0, ta->colx[2 * c], ta->colx[2 * c + 1]))
      return -1;
    break;
  }
  /* each of ta's cells joins the column of tb it overlaps most (else the
   * nearest), in ta's order, before that column's text */
  DocTable *head = doc_table_new(1, tb->ncols);
  if (!head) return -1;
  int rc = 0;
  for (size_t c = 0; c < ta->ncols && !rc; c++) {
    const char *x = doc_table_get(ta, last, c);
    if (!*x) continue;
    DocBox cell = {ta->colx[2 * c], 0, ta->colx[2 * c + 1], 0};
    float off;
    rc = cell_append_word(head, 0, nearest_col(tb, &cell, &off), x);
  }
  for (size_t j = 0; j < tb->ncols && !rc; j++)
    if (*doc_table_get(head, 0, j))
      rc = (*doc_table_get(tb, 0, j) && cell_append_word(head, 0, j, doc_table_get(tb, 0, j))) ||
           doc_table_set(tb, 0, j, doc_table_get(head, 0, j));
  doc_table_free(head);
  if (rc) return -1;
  /* the row leaves ta (its cells, and any record of rewrites in it) */
  for (size_t c = 0; c < ta->ncols; c++) free(ta->cells[last * ta->ncols + c]);
  size_t keep = 0;
  for (size_t i = 0; i < ta->nfixes; i++) {
    if (ta->fixes[i].row == last) {
      free(ta->fixes[i].before);
      free(ta->fixes[i].after);
    } else {
      ta->fixes[keep++] = ta->fixes[i];
    }
  }
  ta->nfixes = keep;
  ta->nrows--;
  /* (columns only that row's cells made are no columns of ta) */
  doc_table_drop_empty_cols(ta);
  return 1;
}

/* Is there a rule on page p right under a line at y0..y1 (within its
 * height below it), across half of x0..x1 or more, drawn whole or cell
 * by cell? */
static int rule_under(const DocPage *p, float y0, float y1, float x0, float x1) {
  float h = y1 - y0, across = 0;
  for (int set = 0; set < 2; set++) {
    const DocBox *r = set ? p->cell_rules : p->rules;
    size_t n = set ? p->ncell_rules : p->nrules;
    for (size_t k = 0; k < n; k++) {
      const DocBox *b = &r[k];
      if (b->x1 - b->x0 <= b->y1 - b->y0 || b->y0 < y1 - 0.2f * h || b->y0 > y1 + h) continue;
      float o = fminf(b->x1, x1) - fmaxf(b->x0, x0);
      if (o > 0) across += o;
    }
    if (across >= 0.5f * (x1 - x0)) return 1;
    across = 0;
  }
  return 0;
}

/* A table's header row left alone at the foot of a page, its body at the
 * head of the next ("Nyckeltal 2022 2023 2024" over the page break from
 * "Biblioteksbesök per invånare 4,7 4,9 5,3"): the page's last blocks,
 * one line each on one baseline (the layout reads a bold header cell as
 * a heading, the others as paragraphs), every word of them over a column
 * of tb, the first and at least one more column named, and tb's first
 * row a row of figures (no header of its own) or the row ruled off below
 * as headers are.  The words become tb's
 * header row and leave page p.  1 when done, 0 when not such a row, -1
 * when out of memory. */
static int orphan_header(DocPage *p, DocBlock *b, const TabRules *rules) {
  DocTable *tb = b->table;
  if (!tb->colx || tb->ncolx != tb->ncols || tb->ncols < 2 || tb->ncols > 256 || !tb->nrows)
    return 0;
  /* (a page number or footer below it stays where it is) */
  size_t end = p->nblocks;
  while (end > 0 && p->blocks[end - 1].kind == DOC_NOISE) end--;
  size_t first = end;
  float y0 = 0, y1 = 0;
  while (first > 0) {
    const DocBlock *k = &p->blocks[first - 1];
    if ((k->kind != DOC_PARA && k->kind != DOC_HEADING) || !k->has_box || k->nlines != 1)
      break;
    if (first == end) {
      y0 = k->box.y0;
      y1 = k->box.y1;
    } else if (k->box.y0 >= y1 || k->box.y1 <= y0) {
      break;   /* not on the row's line */
    }
    first--;
  }
  if (first == end || y1 < 0.7f * p->height) return 0;
  /* (a table's caption at the page's foot, "Tabell 8. Räddningstjänstens
   * insatser per typ", its words spread over the columns, is no header) */
  const char *w2[2] = {NULL, NULL};
  for (size_t k = first, nw = 0; k < end && nw < 2; k++)
    for (size_t w = 0; w < p->blocks[k].lines[0].nwords && nw < 2; w++)
      w2[nw++] = p->blocks[k].lines[0].words[w].text;
  if (w2[1] && tab_caption_start(rules, w2[0], w2[1])) return 0;
  /* (a table of text cells has no row of figures: "Uppdrag | Beslut |
   * Status | Kommentar" over a rule, its rows on the next page) */
  if (!row_has_number(tb, 0) && !rule_under(p, y0, y1, tb->colx[0], tb->colx[2 * tb->ncols - 1]))
    return 0;
  /* every word over a column: at most a fiftieth of the page outside it */
  float slack = 0.02f * p->width;
  unsigned char named[256] = {0};
  size_t ncols_named = 0;
  for (size_t k = first; k < end; k++) {
    const DocLine *ln = &p->blocks[k].lines[0];
    for (size_t w = 0; w < ln->nwords; w++) {
      float off;
      if (!ln->words[w].has_box) return 0;
      size_t c = nearest_col(tb, &ln->words[w].box, &off);
      if (off > slack) return 0;
      ncols_named += !named[c];
      named[c] = 1;
    }
  }
  if (!named[0] || ncols_named < 2) return 0;
  DocTable *head = doc_table_new(1, tb->ncols);
  size_t map[256];
  if (!head) return -1;
  head->header_rows = 1;
  head->colx = malloc(2 * tb->ncols * sizeof *head->colx);
  if (!head->colx) {
    doc_table_free(head);
    return -1;
  }
  memcpy(head->colx, tb->colx, 2 * tb->ncols * sizeof *head->colx);
  head->ncolx = tb->ncols;
  for (size_t c = 0; c < tb->ncols; c++) map[c] = c;
  /* the words left to right, as the page gives the blocks */
  for (size_t k = first; k < end; k++) {
    const DocLine *ln = &p->blocks[k].lines[0];
    for (size_t w = 0; w < ln->nwords; w++) {
      float off;
      size_t c = nearest_col(tb, &ln->words[w].box, &off);
      if (cell_append_word(head, 0, c, ln->words[w].text)) {
        doc_table_free(head);
        return -1;
      }
    }
  }
  DocTable *t = table_append(head, tb, map);
  if (!t) {
    doc_table_free(head);
    return -1;
  }
  doc_table_free(tb);
  b->table = t;
  for (size_t k = end; k-- > first;) doc_block_remove(p, k);
  return 1;
}

/* Join the tables of d continued across page breaks; only allocation
 * can fail (RENSA_E_NOMEM). */
/* How many body rows of t are section rows: a label and nothing else
 * ("Bibliotek" over the libraries' rows)? */
static size_t section_rows(const DocTable *t) {
  size_t n = 0;
  for (size_t r = t->header_rows; r < t->nrows; r++) {
    int only = *doc_table_get(t, r, 0) != '\0';
    for (size_t c = 1; c < t->ncols && only; c++) only = !*doc_table_get(t, r, c);
    n += (size_t)only;
  }
  return n;
}

/* The one line of b that holds words, when b is a short label: a
 * paragraph or heading with words on one line only (the table stage may
 * have taken the others), one to eight of them, no sentence's end, no
 * figure; NULL otherwise. */
static const DocLine *label_line(const DocBlock *b) {
  if (b->kind != DOC_PARA && b->kind != DOC_HEADING) return NULL;
  const DocLine *l = NULL;
  for (size_t k = 0; k < b->nlines; k++)
    if (b->lines[k].nwords) {
      if (l) return NULL;
      l = &b->lines[k];
    }
  if (!l || l->nwords > 8 || !l->has_box) return NULL;
  for (size_t w = 0; w < l->nwords; w++) {
    const char *t = l->words[w].text;
    size_t n = strlen(t);
    if (!n || strpbrk(t, "0123456789") || strchr(".:!?", t[n - 1])) return NULL;
  }
  return l;
}

/* Block b, a one-row table, is the rest of t's last row, several of its
 * cells going on at once: two or more of them go on in small letters and
 * none starts with a capital, each under a column of t whose last cell
 * has text.  Appends the cells to that row; 1 when done, 0 when they do
 * not go on, -1 when out of memory. */
static int row_rest(DocTable *t, const DocBlock *b) {
  const DocTable *u = b->table;
  if (b->kind != DOC_TABLE || !u || u->nrows != 1 || !u->colx || u->ncolx != u->ncols ||
      !t->colx || t->ncolx != t->ncols || t->nrows <= t->header_rows || u->ncols > 64)
    return 0;
  int to[64], lower = 0;
  for (size_t c = 0; c < u->ncols; c++) {
    const char *x = doc_table_get(u, 0, c);
    to[c] = -1;
    if (!*x) continue;
    int k = tab_text_case(x);
    if (k == 2) return 0;
    lower += k == 1;
    to[c] = col_at(t, 0.5f * (u->colx[2 * c] + u->colx[2 * c + 1]));
    if (to[c] < 0 || !*doc_table_get(t, t->nrows - 1, (size_t)to[c])) return 0;
  }
  if (lower < 2) return 0;
  for (size_t c = 0; c < u->ncols; c++)
    if (to[c] >= 0 && cell_append_word(t, t->nrows - 1, (size_t)to[c], doc_table_get(u, 0, c)))
      return -1;
  return 1;
}

/* Block b, a table at the head of page q, is the rest of t's last row
 * that the page break cut (row_rest: tune-c's goal "God | Årets resultat
 * i | ... | Resultatet uppgår till 1 326 tkr," above the break,
 * "ekonomisk hushållning | förhållande till medlemsbidrag, % | (-0,7) |
 * vilket motsvarar ..." below)? */
static int cut_row(DocTable *t, const DocBlock *b, const DocPage *q) {
  if (!b->has_box || q->height <= 0 || b->box.y0 > 0.3f * q->height) return 0;
  return row_rest(t, b);
}

/* Append to *t (at most 256 columns) a section row: the words of line l
 * in its first cell, the others empty.  0, or -1 when out of memory (*t
 * kept). */
static int append_label_row(DocTable **t, const DocLine *l) {
  DocTable *row = doc_table_new(1, (*t)->ncols);
  size_t map[256];
  if (!row) return -1;
  for (size_t w = 0; w < l->nwords; w++)
    if (cell_append_word(row, 0, 0, l->words[w].text)) {
      doc_table_free(row);
      return -1;
    }
  for (size_t c = 0; c < (*t)->ncols; c++) map[c] = c;
  DocTable *j = table_append(*t, row, map);
  doc_table_free(row);
  if (!j) return -1;
  *t = j;
  return 0;
}

/* The last block of p is a section label the page break set apart from
 * the rows it heads ("Kultur och kulturarv" at the foot of the page, its
 * rows "Konsthallen Årnäs 8 900 ..." at the head of q), right under a table
 * with section rows of its own that q's first table continues: the label
 * is that table's next row.  Appends it and takes it off p; 1 when done,
 * 0 when not, -1 when out of memory. */
static int foot_label(DocPage *p, const DocPage *q) {
  if (p->nblocks < 2 || !q->nblocks) return 0;
  DocBlock *tb = &p->blocks[p->nblocks - 2];
  const DocBlock *n = &q->blocks[0];
  const DocLine *l = label_line(&p->blocks[p->nblocks - 1]);
  if (!l || tb->kind != DOC_TABLE || !tb->table || !section_rows(tb->table) ||
      n->kind != DOC_TABLE || !n->table || !n->table->nrows ||
      n->table->ncols > tb->table->ncols || !row_has_number(n->table, 0) ||
      header_repeated(tb->table, n->table) || !tb->has_box || !n->has_box ||
      p->height <= 0 || q->height <= 0 || l->box.y0 < 0.7f * p->height ||
      n->box.y0 > 0.3f * q->height)
    return 0;
  /* (right under the rows, as close as lines are) */
  if (l->box.y0 - tb->box.y1 > 1.5f * (l->box.y1 - l->box.y0)) return 0;
  if (tb->table->ncols > 256) return 0;
  if (append_label_row(&tb->table, l)) return -1;
  if (l->box.y1 > tb->box.y1) tb->box.y1 = l->box.y1;
  doc_block_remove(p, p->nblocks - 1);
  return 1;
}

/* The first block of page q (q->nblocks > 0) after its running header
 * and other noise, or its last block. */
static size_t head_block(const DocPage *q) {
  size_t ib = 0;
  while (ib + 1 < q->nblocks && q->blocks[ib].kind == DOC_NOISE) ib++;
  return ib;
}

/* The last block of p is the second line of a label the page break cut
 * ("Strömsgården i" / "Rönnöfors" at the foot of the page, the row's
 * figures beside its first line, the next row at the head of the next
 * page): one line right under the table's last row, closer to it than
 * its rows are to each other (a line of the same cell), inside the first
 * column, the next page opening with a table's row of figures.  Appends
 * it to the last row's label; 1 when done, 0 when not, -1 when out of
 * memory. */
static int foot_wrap(DocPage *p, const DocPage *q) {
  if (p->nblocks < 2 || !q->nblocks) return 0;
  /* (only where the next page goes on with the table's rows: a note
   * under a table, "Belopp i tkr", stays a line of its own) */
  const DocBlock *n = &q->blocks[head_block(q)];
  if (n->kind != DOC_TABLE || !n->table || !n->table->nrows || !n->has_box || q->height <= 0 ||
      n->box.y0 > 0.3f * q->height || !row_has_number(n->table, 0))
    return 0;
  DocBlock *tb = &p->blocks[p->nblocks - 2];
  const DocLine *l = label_line(&p->blocks[p->nblocks - 1]);
  if (!l || tb->kind != DOC_TABLE || !tb->table || !tb->has_box || p->height <= 0) return 0;
  DocTable *t = tb->table;
  if (!t->colx || t->ncolx != t->ncols || t->ncols < 2 || t->nrows <= t->header_rows ||
      !row_has_number(t, t->nrows - 1) || !*doc_table_get(t, t->nrows - 1, 0))
    return 0;
  /* (the words' boxes: a text layer's line may box the row beside it) */
  DocBox b = {0, 0, 0, 0};
  for (size_t w = 0; w < l->nwords; w++) {
    const DocBox *x = &l->words[w].box;
    if (!l->words[w].has_box) return 0;
    if (!w) {
      b = *x;
      continue;
    }
    b.x0 = fminf(b.x0, x->x0), b.y0 = fminf(b.y0, x->y0);
    b.x1 = fmaxf(b.x1, x->x1), b.y1 = fmaxf(b.y1, x->y1);
  }
  float h = b.y1 - b.y0, gap = b.y0 - tb->box.y1;
  if (b.y0 < 0.7f * p->height) return 0;
  /* (a text layer sets a cell's lines a fifth of a line apart and its
   * rows half a line; a scan's boxes, the ink's, stand further apart:
   * half a line within the cell, more than a line between rows) */
  if (gap < -0.5f * h || gap > (p->from_ocr ? 0.8f : 0.3f) * h) return 0;
  if (b.x0 < t->colx[0] - h || b.x1 > t->colx[2]) return 0;
  for (size_t w = 0; w < l->nwords; w++)
    if (cell_append_word(t, t->nrows - 1, 0, l->words[w].text)) return -1;
  tb->box.y1 = b.y1;
  doc_block_remove(p, p->nblocks - 1);
  return 1;
}

/* Are the figures of row r of t after the first column all years
 * ("2023", "2024": a header row's)? */
static int row_of_years(const DocTable *t, size_t r) {
  int any = 0;
  for (size_t c = 1; c < t->ncols; c++) {
    const char *x = doc_table_get(t, r, c);
    if (!*x) continue;
    if (strlen(x) != 4 || strspn(x, "0123456789") != 4 || (x[0] != '1' && x[0] != '2'))
      return 0;
    any = 1;
  }
  return any;
}

/* On page p, a table, a short label and a table of the same columns one
 * under the other, as close as lines are, the first ending and the second
 * starting with a row of figures (no header between): the label is a
 * section row the layout set apart (a heading to the OCR: tune-c's
 * scanned "Övriga larm" between "Ras eller skred 1 - 2 1 -1" and
 * "Automatiskt brandlarm, ej brand 312 ...").  Joins them into one
 * table.  0, or -1 when out of memory. */
static int join_section_label(DocPage *p) {
  for (size_t i = 0; i + 2 < p->nblocks; i++) {
    DocBlock *ta = &p->blocks[i], *tb = &p->blocks[i + 2];
    const DocLine *l = label_line(&p->blocks[i + 1]);
    if (!l || ta->kind != DOC_TABLE || tb->kind != DOC_TABLE || !ta->table || !tb->table ||
        ta->table->ncols != tb->table->ncols || ta->table->ncols > 256 ||
        !ta->table->nrows || !row_has_number(ta->table, ta->table->nrows - 1) ||
        !tb->table->nrows || !row_has_number(tb->table, 0) || row_of_years(tb->table, 0) ||
        header_repeated(ta->table, tb->table) || !ta->has_box || !tb->has_box)
      continue;
    float lh = l->box.y1 - l->box.y0;
    if (l->box.y0 - ta->box.y1 > 1.5f * lh || tb->box.y0 - l->box.y1 > 1.5f * lh) continue;
    size_t map[256];
    for (size_t c = 0; c < ta->table->ncols; c++) map[c] = c;
    if (append_label_row(&ta->table, l)) return -1;
    DocTable *j = table_append(ta->table, tb->table, map);
    if (!j) return -1;
    ta->table = j;
    ta->box.y1 = tb->box.y1;
    doc_block_remove(p, i + 2);
    doc_block_remove(p, i + 1);
  }
  return 0;
}

/* On page p, a one-row table right under a table, as close as lines are,
 * whose cells go on the other's last row (row_rest: the OCR set a row's
 * second lines apart).  0, or -1 when out of memory. */
static int join_row_rest(DocPage *p) {
  for (size_t i = 0; i + 1 < p->nblocks; i++) {
    DocBlock *a = &p->blocks[i], *b = &p->blocks[i + 1];
    if (a->kind != DOC_TABLE || !a->table || b->kind != DOC_TABLE || !a->has_box ||
        !b->has_box)
      continue;
    /* (the row's height, a line or two, is the measure of "close") */
    if (b->box.y0 - a->box.y1 > 1.5f * (b->box.y1 - b->box.y0)) continue;
    int r = row_rest(a->table, b);
    if (r < 0) return -1;
    if (r) {
      a->box.y1 = b->box.y1;
      doc_block_remove(p, i + 1);
      i--;
    }
  }
  return 0;
}

/* tab_join_pages with *rules, the table rules for checking a joined
 * table, loaded at the first join (the caller frees them). */
static RensaStatus join_pages(Doc *d, TabRules **rules, RensaErr *e) {
  for (size_t pg = 0; pg < d->npages; pg++)
    if (join_section_label(&d->pages[pg]) || join_row_rest(&d->pages[pg]))
      return rensa_err_set(e, RENSA_E_NOMEM, d->source, d->pages[pg].number,
                           "out of memory joining tables");
  for (size_t pg = 0; pg + 1 < d->npages; pg++) {
    DocPage *p = &d->pages[pg], *q = &d->pages[pg + 1];
    if (!p->nblocks || !q->nblocks) continue;
    if (foot_label(p, q) < 0 || foot_wrap(p, q) < 0)
      return rensa_err_set(e, RENSA_E_NOMEM, d->source, p->number,
                           "out of memory joining tables");
    DocBlock *a = &p->blocks[p->nblocks - 1], *b = &q->blocks[0];
    /* the rest of a cut cell first: a row the break cut in two; then a
     * block right under what was taken, as close as lines are, that goes
     * on in the same way (the last line of a wrapped cell the OCR set
     * apart: "... resor. Antal" / "anställda") */
    int foot = a->kind == DOC_TABLE && a->table && a->has_box && p->height > 0 &&
               a->box.y1 >= 0.7f * p->height;   /* a table running to its page's foot */
    float below = -1;   /* the foot of what was taken from q */
    for (int taken = 0; foot && taken < 4; taken++) {
      if (below >= 0 && !(b->has_box && b->nlines && b->lines[0].has_box &&
                          b->box.y0 - below <= b->lines[0].box.y1 - b->lines[0].box.y0))
        break;
      int moved;
      int c = cut_cell(a->table, b, q, &moved);
      if (c < 0) break;
      below = b->has_box ? b->box.y1 : -1;
      if (moved) {
        if (append_moved_row(&a->table, q, (size_t)c))
          return rensa_err_set(e, RENSA_E_NOMEM, d->source, q->number,
                               "out of memory joining tables");
      } else {
        if (cell_append_block(a->table, a->table->nrows - 1, (size_t)c, b))
          return rensa_err_set(e, RENSA_E_NOMEM, d->source, q->number,
                               "out of memory joining tables");
        doc_block_remove(q, 0);
      }
      if (!q->nblocks || below < 0) break;
      b = &q->blocks[0];
    }
    if (!q->nblocks) continue;
    if (foot) {
      int cr = cut_row(a->table, &q->blocks[0], q);
      if (cr < 0)
        return rensa_err_set(e, RENSA_E_NOMEM, d->source, q->number,
                             "out of memory joining tables");
      if (cr) doc_block_remove(q, 0);
      if (!q->nblocks) continue;
    }
    b = &q->blocks[0];
    if (a->kind != DOC_TABLE) {
      /* (a running header above the table stays where it is) */
      DocBlock *bt = &q->blocks[head_block(q)];
      if (bt->kind == DOC_TABLE && bt->table && bt->has_box && p->height > 0 &&
          q->height > 0 && bt->box.y0 <= 0.3f * q->height) {
        if (!*rules && !(*rules = tab_rules_default(e))) return e ? e->code : RENSA_E_RESOURCE;
        if (orphan_header(p, bt, *rules) < 0)
          return rensa_err_set(e, RENSA_E_NOMEM, d->source, q->number,
                               "out of memory joining tables");
      }
      continue;
    }
    if (a->kind != DOC_TABLE || b->kind != DOC_TABLE || !a->table ||
        !b->table)
      continue;
    DocTable *ta = a->table, *tb = b->table;
    if (a->has_box && b->has_box && p->height > 0 && q->height > 0 &&
        a->box.y1 >= 0.7f * p->height && b->box.y0 <= 0.3f * q->height) {
      int cut = cut_header_row(ta, tb);
      if (cut < 0)
        return rensa_err_set(e, RENSA_E_NOMEM, d->source, q->number,
                             "out of memory joining tables");
      /* two tables, the row now heads the second (the first gone when
       * that row was all of it) */
      if (cut && !ta->nrows) doc_block_remove(p, p->nblocks - 1);
      if (cut) continue;
    }
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
    if (header_repeated(ta, tb)) {
      continue;
    } else if (a->has_box && b->has_box && p->height > 0 && q->height > 0) {
      /* with boxes: the first must run to the foot of its page and the
       * second start at the head of the next */
      if (a->box.y1 < 0.7f * p->height || b->box.y0 > 0.3f * q->height)
        continue;
    } else if (tb->nrows && !row_has_number(tb, 0)) {
      continue;   /* without boxes: a header row starts a new table */
    }
    DocTable *t = table_append(ta, tb, map);
    if (!t)
      return rensa_err_set(e, RENSA_E_NOMEM, d->source, q->number,
                           "out of memory joining tables");
    a->table = t;
    /* drop the continued block from the next page */
    doc_block_remove(q, 0);
    /* the sums and differences again, on the whole table: a piece of a
     * row or two on the next page was too short to check alone ("290"
     * for "190" in the row under the break) */
    if (!*rules && !(*rules = tab_rules_default(e))) return e ? e->code : RENSA_E_RESOURCE;
    if (tab_check(t, *rules, p->from_ocr && q->from_ocr))
      return rensa_err_set(e, RENSA_E_NOMEM, d->source, q->number,
                           "out of memory checking a joined table");
  }
  return RENSA_OK;
}

/* A page's running header and footer ("file:///... 3/11", "Årsredovisning
 * 2024", the page number) stand between a table and its continuation on
 * the next page: they are set aside while the pages are joined. */

/* b's words joined by spaces, digits as '#' (the page number changes,
 * the rest repeats), in out (cap bytes, cut short when longer). */
static void masked_text(const DocBlock *b, char *out, size_t cap) {
  size_t k = 0;
  for (size_t l = 0; l < b->nlines; l++)
    for (size_t w = 0; w < b->lines[l].nwords; w++) {
      if (k && k + 1 < cap) out[k++] = ' ';
      for (const char *t = b->lines[l].words[w].text; *t && k + 1 < cap; t++)
        out[k++] = *t >= '0' && *t <= '9' ? '#' : *t;
    }
  out[k] = '\0';
}

/* Is b a line or two in the top (foot 0) or bottom (foot 1) margin of p? */
static int margin_block(const DocPage *p, const DocBlock *b, int foot) {
  if (!b->has_box || p->height <= 0 || b->kind == DOC_TABLE || b->nlines > 2) return 0;
  return foot ? b->box.y0 >= 0.88f * p->height : b->box.y1 <= 0.12f * p->height;
}

#define FURNITURE_MAX 3   /* blocks looked at in each margin */

/* The margin blocks of page pg (foot 0: from the top, 1: from the bottom),
 * as many as FURNITURE_MAX in a row from the edge: how many, their
 * masked texts into t. */
static size_t margin_texts(const Doc *d, size_t pg, int foot, char t[][256]) {
  const DocPage *p = &d->pages[pg];
  size_t k = 0;
  for (; k < p->nblocks && k < FURNITURE_MAX; k++) {
    const DocBlock *b = &p->blocks[foot ? p->nblocks - 1 - k : k];
    if (!margin_block(p, b, foot)) break;
    masked_text(b, t[k], sizeof t[k]);
  }
  return k;
}

/* How many pages print each masked text in their top (m[0]) and bottom
 * (m[1]) margins, counted once a page.  0, or -1 out of memory. */
static int margin_counts(const Doc *d, StrMap *m[2]) {
  char t[FURNITURE_MAX][256];
  for (size_t pg = 0; pg < d->npages; pg++)
    for (int foot = 0; foot < 2; foot++) {
      size_t n = margin_texts(d, pg, foot, t);
      for (size_t k = 0; k < n; k++) {
        size_t j = 0;
        while (j < k && strcmp(t[j], t[k])) j++;
        if (j == k && strmap_add(m[foot], t[k], strlen(t[k]), 1)) return -1;
      }
    }
  return 0;
}

/* Is block i of page pg running furniture: in a margin, and noise (a page
 * number) or the same text, figures aside, in that margin of another
 * page (m: margin_counts)? */
static int furniture(const Doc *d, size_t pg, size_t i, int foot, StrMap *const m[2]) {
  const DocPage *p = &d->pages[pg];
  const DocBlock *b = &p->blocks[i];
  if (!margin_block(p, b, foot)) return 0;
  if (b->kind == DOC_NOISE) return 1;
  char t[256];
  uint32_t pages = 0;
  masked_text(b, t, sizeof t);
  return strlen(t) >= 3 && strmap_get(m[foot], t, strlen(t), &pages) && pages >= 2;
}

typedef struct Aside {
  DocBlock head[FURNITURE_MAX], foot[FURNITURE_MAX];
  size_t nhead, nfoot;
} Aside;

/* Takes each page's furniture out of its blocks into a[pg].  0, or -1 out
 * of memory (the pages unchanged). */
static int set_aside(Doc *d, Aside *a) {
  StrMap *m[2] = {strmap_new(2 * d->npages), strmap_new(2 * d->npages)};
  if (!m[0] || !m[1] || margin_counts(d, m)) {
    strmap_free(m[0]);
    strmap_free(m[1]);
    return -1;
  }
  for (size_t pg = 0; pg < d->npages; pg++) {
    DocPage *p = &d->pages[pg];
    size_t nf = 0, nh = 0;
    while (nf < FURNITURE_MAX && nf < p->nblocks && furniture(d, pg, p->nblocks - 1 - nf, 1, m)) nf++;
    while (nh < FURNITURE_MAX && nh + nf < p->nblocks && furniture(d, pg, nh, 0, m)) nh++;
    a[pg].nfoot = nf;
    a[pg].nhead = nh;
  }
  strmap_free(m[0]);
  strmap_free(m[1]);
  /* (decided on every page first: the test reads the other pages' blocks) */
  for (size_t pg = 0; pg < d->npages; pg++) {
    DocPage *p = &d->pages[pg];
    size_t nf = a[pg].nfoot, nh = a[pg].nhead;
    if (nh + nf >= p->nblocks) {   /* (nothing but furniture: left alone) */
      a[pg].nfoot = a[pg].nhead = 0;
      continue;
    }
    memcpy(a[pg].foot, &p->blocks[p->nblocks - nf], nf * sizeof *p->blocks);
    p->nblocks -= nf;
    memcpy(a[pg].head, p->blocks, nh * sizeof *p->blocks);
    memmove(p->blocks, p->blocks + nh, (p->nblocks - nh) * sizeof *p->blocks);
    p->nblocks -= nh;
  }
  return 0;
}

/* Puts the furniture back (the join only removes blocks, so the pages
 * have room for it). */
static void put_back(Doc *d, const Aside *a) {
  for (size_t pg = 0; pg < d->npages; pg++) {
    DocPage *p = &d->pages[pg];
    size_t nh = a[pg].nhead, nf = a[pg].nfoot;
    memmove(p->blocks + nh, p->blocks, p->nblocks * sizeof *p->blocks);
    memcpy(p->blocks, a[pg].head, nh * sizeof *p->blocks);
    p->nblocks += nh;
    memcpy(p->blocks + p->nblocks, a[pg].foot, nf * sizeof *p->blocks);
    p->nblocks += nf;
  }
}

RensaStatus tab_join_pages(Doc *d, RensaErr *e) {
  TabRules *rules = NULL;
  Aside *a = d->npages > 1 ? calloc(d->npages, sizeof *a) : NULL;
  if (d->npages > 1 && (!a || set_aside(d, a))) {
    free(a);
    return rensa_err_set(e, RENSA_E_NOMEM, d->source, 0, "out of memory joining tables");
  }
  RensaStatus st = join_pages(d, &rules, e);
  if (a) put_back(d, a);
  free(a);
  tab_rules_free(rules);
  return st;
}
