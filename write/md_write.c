/*
 * md_write.c — Markdown of a Doc (see md_write.h).
 *
 * Paragraph lines are reflowed into one line; a word that fixup marked
 * DOC_W_HYPHEN_JOINED already holds the joined text.  A paragraph that a
 * page break (or a column's end, or a blank line in OCR text) cut in two
 * is written as one (goes_on); the blocks themselves stay on their pages,
 * with their boxes, for the table stage and the JSON.  Characters that would
 * turn prose into Markdown syntax are escaped so the text reads back as
 * written.
 */
#include <string.h>

#include "md_write.h"
#include "utf8.h"

/* Output gathered in a buffer and handed to stdio in large writes: the
 * Markdown is written a word or a byte at a time. */
typedef struct Out {
  FILE *f;
  size_t n;
  char buf[16384];
} Out;

static void out_flush(Out *o) {
  if (o->n) fwrite(o->buf, 1, o->n, o->f);
  o->n = 0;
}

static void out_bytes(Out *o, const char *s, size_t n) {
  if (n > sizeof o->buf - o->n) {
    out_flush(o);
    if (n > sizeof o->buf) {
      fwrite(s, 1, n, o->f);
      return;
    }
  }
  memcpy(o->buf + o->n, s, n);
  o->n += n;
}

static void out_char(Out *o, char c) {
  if (o->n == sizeof o->buf) out_flush(o);
  o->buf[o->n++] = c;
}

static void out_str(Out *o, const char *s) { out_bytes(o, s, strlen(s)); }

/* Bytes escaped inside text: 1 always ("*_`[]<\\"), 2 only in table
 * cells ("|"). */
static const unsigned char escape_class[256] = {
    ['*'] = 1, ['_'] = 1, ['`'] = 1, ['['] = 1, [']'] = 1, ['<'] = 1,
    ['\\'] = 1, ['|'] = 2};

/* Write s escaping inline Markdown syntax; at_start: first word of block. */
static void put_escaped(Out *o, const char *s, int at_start, int in_table) {
  if (at_start) {
    /* "#", ">", "-", "+", "*" or "12." at the start would start a heading,
     * quote, list or numbered list. */
    size_t d = strspn(s, "0123456789");
    if (strchr("#>+-=", s[0]) && s[0]) {
      out_char(o, '\\');
    } else if (d > 0 && (s[d] == '.' || s[d] == ')') && s[d + 1] == '\0') {
      out_bytes(o, s, d);
      out_char(o, '\\');
      s += d;
    }
  }
  /* Runs of bytes that need no escape go out in one fwrite. */
  const char *run = s;
  for (; *s; s++) {
    unsigned char c = (unsigned char)*s;
    if (escape_class[c] == 1 || (in_table && escape_class[c] == 2)) {
      if (s > run) out_bytes(o, run, (size_t)(s - run));
      out_char(o, '\\');
      run = s;
    }
  }
  if (s > run) out_bytes(o, run, (size_t)(s - run));
}

/* Write the words of every line of b as one reflowed line; first: b
 * starts a Markdown block (its first word is escaped as such). */
static void put_lines(Out *o, const DocBlock *b, int in_table, int first) {
  for (size_t l = 0; l < b->nlines; l++) {
    const DocLine *dl = &b->lines[l];
    for (size_t w = 0; w < dl->nwords; w++) {
      if (!first && (w > 0 ? dl->words[w - 1].space_after : 1)) out_char(o, ' ');
      put_escaped(o, dl->words[w].text, first, in_table);
      first = 0;
    }
  }
}

static void put_table(Out *o, const DocTable *t) {
  for (size_t r = 0; r < t->nrows; r++) {
    out_str(o, "|");
    for (size_t c = 0; c < t->ncols; c++) {
      const char *cell = doc_table_get(t, r, c);
      out_char(o, ' ');
      put_escaped(o, cell, 0, 1);
      out_str(o, " |");
    }
    out_char(o, '\n');
    if (r + 1 == (t->header_rows ? t->header_rows : 1)) {
      out_str(o, "|");
      for (size_t c = 0; c < t->ncols; c++) out_str(o, " --- |");
      out_char(o, '\n');
    }
  }
}

/* "1." and "2)" stay numbered (Markdown's ordered items); bullets become
 * "- "; a letter ("a)"), which Markdown cannot number, stays in the text. */
static void put_marker(Out *o, const char *m) {
  size_t nd = strspn(m, "0123456789");
  if (nd > 0 && nd <= 9 && (m[nd] == '.' || m[nd] == ')') && m[nd + 1] == '\0') {
    out_str(o, m);
    out_char(o, ' ');
  } else if (((m[0] >= 'a' && m[0] <= 'z') || (m[0] >= 'A' && m[0] <= 'Z')) &&
             m[1] == ')') {
    out_str(o, "- ");
    out_str(o, m);
    out_char(o, ' ');
  } else {
    out_str(o, "- ");
  }
}

/* Does paragraph b go on the paragraph or list item prev, cut by a page
 * break (or a column's end): prev's last word ends no sentence and is not
 * hyphenated, and b starts with a lowercase letter? */
static int goes_on(const DocBlock *prev, const DocBlock *b) {
  if (!prev || (prev->kind != DOC_PARA && prev->kind != DOC_LIST_ITEM) ||
      b->kind != DOC_PARA || !prev->nlines || !b->nlines)
    return 0;
  const DocLine *pl = &prev->lines[prev->nlines - 1], *bl = &b->lines[0];
  if (!pl->nwords || !bl->nwords) return 0;
  const char *last = pl->words[pl->nwords - 1].text;
  size_t n = strlen(last);
  return n && !strchr(".!?:;-", last[n - 1]) && utf8_starts_lower(bl->words[0].text);
}

int md_write(const Doc *d, FILE *f) {
  Out out, *o = &out;
  o->f = f;
  o->n = 0;
  int prev_list = 0, any = 0;
  const DocBlock *prev = NULL;    /* the block written last */
  for (size_t p = 0; p < d->npages; p++) {
    const DocPage *pg = &d->pages[p];
    for (size_t i = 0; i < pg->nblocks; i++) {
      const DocBlock *b = &pg->blocks[i];
      if (b->kind == DOC_NOISE || (b->kind != DOC_TABLE && b->nlines == 0))
        continue;
      /* A paragraph cut by a page break goes on in the same line (the
       * line end of a paragraph or list item is written when the next
       * block is known). */
      if (goes_on(prev, b)) {
        put_lines(o, b, 0, 0);
        prev = b;
        continue;
      }
      if (prev && (prev->kind == DOC_PARA || prev->kind == DOC_LIST_ITEM))
        out_char(o, '\n');
      int is_list = b->kind == DOC_LIST_ITEM;
      if (any && !(is_list && prev_list)) out_char(o, '\n');
      any = 1;
      prev_list = is_list;
      prev = b;
      switch (b->kind) {
        case DOC_HEADING:
          for (int k = 0; k < (b->level ? b->level : 2); k++) out_char(o, '#');
          out_char(o, ' ');
          put_lines(o, b, 0, 1);
          out_char(o, '\n');
          break;
        case DOC_LIST_ITEM:
          put_marker(o, b->marker);
          put_lines(o, b, 0, 1);
          break;
        case DOC_TABLE:
          if (b->table) put_table(o, b->table);
          break;
        case DOC_TABLE_ROWS:
        case DOC_LINES:
          /* Rows not (yet) rebuilt into a table keep their lines. */
          for (size_t l = 0; l < b->nlines; l++) {
            const DocLine *dl = &b->lines[l];
            for (size_t w = 0; w < dl->nwords; w++) {
              if (w) out_char(o, ' ');
              put_escaped(o, dl->words[w].text, w == 0, 0);
            }
            out_str(o, l + 1 < b->nlines ? "  \n" : "\n");
          }
          break;
        default:
          put_lines(o, b, 0, 1);
      }
    }
  }
  if (prev && (prev->kind == DOC_PARA || prev->kind == DOC_LIST_ITEM)) out_char(o, '\n');
  out_flush(o);
  return ferror(f) ? -1 : 0;
}
