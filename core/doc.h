/*
 * doc.h — the document model every input feeds and every writer reads.
 *
 * A Doc is pages → blocks → lines → words.  Text input, OCR and PDF text
 * layers all build the same structure, so fixup and the writers do not care
 * where a document came from.  Words optionally carry a box (page pixels for
 * OCR, PDF points × 1 for text layers; has_box says whether it is set) and an
 * OCR confidence (0..100, or -1 when unknown).
 *
 * Ownership: a Doc owns everything below it; strings are heap copies made by
 * the doc_* functions.  Pointers into a Doc's arrays are invalidated by any
 * doc_*_add call on the same parent (arrays grow by realloc).
 *
 *   Doc *d = doc_new("report.txt");
 *   DocPage *p = doc_page_add(d);
 *   DocBlock *b = doc_block_add(p, DOC_PARA);
 *   DocLine *l = doc_line_add(b);
 *   doc_word_add(l, "Utfallet", 1, 1);
 *   ...
 *   doc_free(d);
 */
#ifndef RENSA_DOC_H
#define RENSA_DOC_H

#include <stddef.h>

typedef struct DocBox {
  float x0, y0, x1, y1;   /* left, top, right, bottom */
} DocBox;

/* The smallest box holding a and b. */
DocBox doc_box_union(DocBox a, DocBox b);
/* Grow *box to hold b; *box is b itself when *has is 0.  Sets *has. */
void doc_box_cover(DocBox *box, int *has, DocBox b);

/* Word flags. */
enum {
  DOC_W_CHANGED = 1,      /* fixup changed the text (orig holds the input) */
  DOC_W_SUSPECT = 2,      /* fixup left it but doubts it (reported) */
  DOC_W_HYPHEN_JOINED = 4 /* joined with the first word of the next line */
};

typedef struct DocWord {
  char *text;             /* current text, UTF-8 NFC */
  char *orig;             /* text before fixup changed it, or NULL */
  DocBox box;
  int has_box;
  float conf;             /* OCR confidence 0..100, -1 unknown */
  float base;             /* OCR baseline (y at the word's middle), 0 unknown */
  int src_line, src_col;  /* 1-based position in a text source, 0 if none */
  unsigned flags;
  int space_after;        /* 0 when the next word touches this one */
} DocWord;

typedef struct DocLine {
  DocWord *words;
  size_t nwords, cap;
  DocBox box;
  int has_box;
} DocLine;

typedef enum DocBlockKind {
  DOC_PARA = 0,           /* paragraph: lines reflow into one */
  DOC_HEADING,            /* heading, level 1..6 */
  DOC_LIST_ITEM,          /* one bullet or numbered item (marker in .marker) */
  DOC_TABLE_ROWS,         /* lines that look like table rows, not yet a table */
  DOC_TABLE,              /* a table (cells in .table) */
  DOC_NOISE,              /* dropped on output (page numbers, OCR specks) */
  DOC_LINES,              /* lines kept as printed, not reflowed: rows with
                           * a closing word no table is built from ("...
                           * 82 % 82,6 % Uppfyllt") */
  DOC_CELL                /* one text cell of a table (cell_row, cell_col),
                           * its lines the pieces the cell was printed in;
                           * a run of them is one table, row 0 its header */
} DocBlockKind;

/* A cell the table stage rewrote: what was read, what it wrote, and why
 * (the arithmetic relation that made the change the only one that
 * closes). */
typedef struct DocCellFix {
  size_t row, col;
  char *before, *after;   /* owned */
  const char *why;        /* static text */
} DocCellFix;

/* A table cell grid; cells are row-major, nrows × ncols, "" for empty. */
typedef struct DocTable {
  size_t nrows, ncols;
  size_t header_rows;     /* leading rows that are headers (>= 1 usually) */
  char **cells;           /* owned strings, never NULL once built */
  unsigned char *cell_flags; /* per cell: 1 = arithmetic did not close,
                              * 2 = a percent sign seems lost (a scan),
                              * 3 = a decimal comma seems lost (a scan),
                              * 4 = no figure: the OCR garbled it,
                              * 5 = a word at its edge may be its
                              * neighbour's (text cells cut apart) */
  float *cell_conf;       /* per cell: lowest OCR confidence of its words,
                           * -1 unknown (text layers, text input) */
  DocCellFix *fixes;      /* cells rewritten, in the order made */
  size_t nfixes, capfixes;
  float *colx;            /* geometry path: x0, x1 of each column on the page
                           * (2 * ncolx floats), or NULL */
  size_t ncolx;           /* columns colx describes (== ncols while valid) */
  const char *rebuilt;    /* how the cells were put back in order from the
                           * source's reading order (static text), or NULL
                           * where they were read in place */
  int src_first, src_last; /* the source lines it was read from, 0 unknown */
} DocTable;

typedef struct DocBlock {
  DocBlockKind kind;
  int level;              /* heading level */
  char marker[16];        /* list marker as written: "-", "1.", "a)" */
  DocLine *lines;
  size_t nlines, cap;
  DocTable *table;        /* DOC_TABLE only */
  size_t cell_row, cell_col; /* DOC_CELL only */
  int cell_doubt;         /* DOC_CELL: a word at its edge may be its
                           * neighbour's (textcells.h) */
  DocBox box;
  int has_box;
} DocBlock;

typedef struct DocPage {
  DocBlock *blocks;
  size_t nblocks, cap;
  int number;             /* 1-based */
  float width, height;    /* in the unit of the boxes, 0 if unknown */
  float mean_conf;        /* OCR mean confidence, -1 if not OCR */
  int from_ocr;           /* 1 if the words came from OCR */
  DocBox *rules;          /* ruling lines drawn on the page (table borders),
                           * owned; a box wider than tall is horizontal */
  size_t nrules;
  DocBox *cell_rules;     /* pieces of horizontal lines drawn cell by cell,
                           * end to end (a text page's vector layer): where
                           * two meet is a column boundary; owned */
  size_t ncell_rules;
} DocPage;

typedef struct Doc {
  char *source;           /* input path as given */
  DocPage *pages;
  size_t npages, cap;
} Doc;

/* Can v, the first word of the line after l, go on l's last word (a word
 * hyphenated at the line end)?  With boxes only when v starts under the
 * run of words that ends l, no column gap (three word heights) inside it:
 * in a table row read as one line, the last column's word goes on in
 * that column, not in the first word of the next line ("arbetsmarknads-"
 * is no part of "förvaltningar," two columns to the left).  Without boxes
 * (text input) it can. */
int doc_goes_on_below(const DocLine *l, const DocWord *v);

/* Is the hyphen ending word w (wl bytes, the hyphen last) the word's own,
 * kept when w is joined with next, the first word of the line below?  It
 * is after an acronym ("IT-" + "säkerhet", "HR-enheten") and before a
 * word that goes on with hyphens ("prova-" + "på-verksamheterna"); else
 * it is a line-break hyphen. */
int doc_hyphen_kept(const char *w, size_t wl, const char *next);

/* Constructors return an owned object or NULL on allocation failure. */
Doc *doc_new(const char *source);
void doc_free(Doc *d);                       /* accepts NULL */

DocPage *doc_page_add(Doc *d);
DocBlock *doc_block_add(DocPage *p, DocBlockKind kind);
/* Remove and free block i of p; the blocks after it move up. */
void doc_block_remove(DocPage *p, size_t i);
DocLine *doc_line_add(DocBlock *b);
/* Append a copy of text (len bytes, or strlen if len < 0). */
DocWord *doc_word_add(DocLine *l, const char *text, int src_line, int src_col);
DocWord *doc_word_addn(DocLine *l, const char *text, size_t len,
                       int src_line, int src_col);

/* Replace w->text by a copy of text, keeping the first original in w->orig
 * and setting DOC_W_CHANGED.  Returns 0, or -1 on allocation failure. */
int doc_word_set(DocWord *w, const char *text);

/* Remove word i from line l (frees its strings). */
void doc_line_remove(DocLine *l, size_t i);

/* Split word i of l at byte at of its text into two words, the first
 * ending at x end (its box's right edge), the second starting at x start;
 * both keep the word's confidence, baseline and flags.  0, or -1 on
 * allocation failure (l unchanged). */
int doc_word_split(DocLine *l, size_t i, size_t at, float end, float start);

/* Tables. */
DocTable *doc_table_new(size_t nrows, size_t ncols);
void doc_table_free(DocTable *t);            /* accepts NULL */
/* Set cell (r, c) to a copy of text; returns 0 or -1 on allocation failure. */
int doc_table_set(DocTable *t, size_t r, size_t c, const char *text);
const char *doc_table_get(const DocTable *t, size_t r, size_t c);
/* Set cell (r, c) to after and record the change (before is the text it
 * had).  Returns 0 or -1 (bad cell, no memory: the table is unchanged). */
int doc_table_fix(DocTable *t, size_t r, size_t c, const char *after,
                  const char *why);

/* Drop the columns no row has text in (their flags, confidences, column
 * positions go with them; recorded fixes follow their cells); a table of
 * such columns only keeps one.  Returns how many were dropped. */
size_t doc_table_drop_empty_cols(DocTable *t);

/* Insert an empty column before column at (at == ncols: after the last);
 * where t knows its columns' places, the new one stands at x0..x1.
 * Returns 0, or -1 out of memory (t unchanged). */
int doc_table_insert_col(DocTable *t, size_t at, float x0, float x1);

/* Count of words in a doc (all pages, all blocks). */
size_t doc_word_count(const Doc *d);

#endif
