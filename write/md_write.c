/*
 * md_write.c — Markdown of a Doc (see md_write.h).
 *
 * Paragraph lines are reflowed into one line; a word that fixup marked
 * DOC_W_HYPHEN_JOINED already holds the joined text.  Characters that would
 * turn prose into Markdown syntax are escaped so the text reads back as
 * written.
 */
#include <string.h>

#include "md_write.h"

/* Bytes escaped inside text: 1 always ("*_`[]<\\"), 2 only in table
 * cells ("|"). */
static const unsigned char escape_class[256] = {
    ['*'] = 1, ['_'] = 1, ['`'] = 1, ['['] = 1, [']'] = 1, ['<'] = 1,
    ['\\'] = 1, ['|'] = 2};

/* Write s escaping inline Markdown syntax; at_start: first word of block. */
static void put_escaped(FILE *f, const char *s, int at_start, int in_table) {
  if (at_start) {
    /* "#", ">", "-", "+", "*" or "12." at the start would start a heading,
     * quote, list or numbered list. */
    size_t d = strspn(s, "0123456789");
    if (strchr("#>+-=", s[0]) && s[0]) {
      fputc('\\', f);
    } else if (d > 0 && (s[d] == '.' || s[d] == ')') && s[d + 1] == '\0') {
      fwrite(s, 1, d, f);
      fputc('\\', f);
      s += d;
    }
  }
  /* Runs of bytes that need no escape go out in one fwrite. */
  const char *run = s;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (escape_class[c] == 1 || (in_table && escape_class[c] == 2)) {
      if (s > run) fwrite(run, 1, (size_t)(s - run), f);
      fputc('\\', f);
      run = s;
    }
  }
  if (s > run) fwrite(run, 1, (size_t)(s - run), f);
}

/* Write the words of every line of b as one reflowed line. */
static void put_lines(FILE *f, const DocBlock *b, int in_table) {
  int first = 1;
  for (size_t l = 0; l < b->nlines; l++) {
    const DocLine *dl = &b->lines[l];
    for (size_t w = 0; w < dl->nwords; w++) {
      if (!first && (w > 0 ? dl->words[w - 1].space_after : 1)) fputc(' ', f);
      put_escaped(f, dl->words[w].text, first, in_table);
      first = 0;
    }
  }
}

static void put_table(FILE *f, const DocTable *t) {
  for (size_t r = 0; r < t->nrows; r++) {
    fputs("|", f);
    for (size_t c = 0; c < t->ncols; c++) {
      const char *cell = doc_table_get(t, r, c);
      fputc(' ', f);
      put_escaped(f, cell, 0, 1);
      fputs(" |", f);
    }
    fputc('\n', f);
    if (r + 1 == (t->header_rows ? t->header_rows : 1)) {
      fputs("|", f);
      for (size_t c = 0; c < t->ncols; c++) fputs(" --- |", f);
      fputc('\n', f);
    }
  }
}

/* "1." and "2)" stay numbered (Markdown's ordered items); bullets become
 * "- "; a letter ("a)"), which Markdown cannot number, stays in the text. */
static void put_marker(FILE *f, const char *m) {
  size_t nd = strspn(m, "0123456789");
  if (nd > 0 && nd <= 9 && (m[nd] == '.' || m[nd] == ')') && m[nd + 1] == '\0')
    fprintf(f, "%s ", m);
  else if (((m[0] >= 'a' && m[0] <= 'z') || (m[0] >= 'A' && m[0] <= 'Z')) && m[1] == ')')
    fprintf(f, "- %s ", m);
  else
    fputs("- ", f);
}

int md_write(const Doc *d, FILE *f) {
  int prev_list = 0, any = 0;
  for (size_t p = 0; p < d->npages; p++) {
    const DocPage *pg = &d->pages[p];
    for (size_t i = 0; i < pg->nblocks; i++) {
      const DocBlock *b = &pg->blocks[i];
      if (b->kind == DOC_NOISE || (b->kind != DOC_TABLE && b->nlines == 0))
        continue;
      int is_list = b->kind == DOC_LIST_ITEM;
      if (any && !(is_list && prev_list)) fputc('\n', f);
      any = 1;
      prev_list = is_list;
      switch (b->kind) {
        case DOC_HEADING:
          for (int k = 0; k < (b->level ? b->level : 2); k++) fputc('#', f);
          fputc(' ', f);
          put_lines(f, b, 0);
          fputc('\n', f);
          break;
        case DOC_LIST_ITEM:
          put_marker(f, b->marker);
          put_lines(f, b, 0);
          fputc('\n', f);
          break;
        case DOC_TABLE:
          if (b->table) put_table(f, b->table);
          break;
        case DOC_TABLE_ROWS:
          /* Rows not (yet) rebuilt into a table keep their lines. */
          for (size_t l = 0; l < b->nlines; l++) {
            const DocLine *dl = &b->lines[l];
            for (size_t w = 0; w < dl->nwords; w++) {
              if (w) fputc(' ', f);
              put_escaped(f, dl->words[w].text, w == 0, 0);
            }
            fputs(l + 1 < b->nlines ? "  \n" : "\n", f);
          }
          break;
        default:
          put_lines(f, b, 0);
          fputc('\n', f);
      }
    }
  }
  return ferror(f) ? -1 : 0;
}
