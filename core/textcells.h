/*
 * textcells.h — a table of text cells that OCR text reads line by line
 * across its columns.
 *
 * An OCR engine that takes a table of wrapped text cells for one block
 * writes each printed line whole: the first line of every cell of a row,
 * then the second line of every cell, ...
 *
 *   Översyn av schemaläggning i Verksamhetschef Pågår Nya scheman införs i
 *   hemtjänsten äldreomsorg och Söderåsen under oktober.
 *
 * Nothing in the text marks where one column's piece ends.  What tells is
 * how the cells were set: each column wraps its text greedily at its own
 * width, so a piece that goes on below is as wide as its column less at
 * most the next piece's first word; no piece is wider than its column; a
 * row's cells all start on its first line, each with a capital.
 * textcells_split finds the column widths and the cuts that fit that best
 * (a dynamic programme over the lines, the widths searched around a first
 * guess), and answers only where the fit is good, the rows show their
 * cells' capitals in the middle of a sentence and the lines are as wide as
 * two columns of words (prose under a heading of capitalised words fits
 * the widths as well as any table, and so does a list of titles).  A cut
 * the widths do not settle (the word at a cell's edge fits the
 * neighbour's column as well) is marked, for the report to flag.
 *
 * Widths are estimated from the letters (Liberation Sans / Arial advance
 * widths, in em): an estimate is all it needs, the tolerance covers fonts
 * of similar widths.
 */
#ifndef RENSA_TEXTCELLS_H
#define RENSA_TEXTCELLS_H

#include <stddef.h>

#define TC_MAX_COLS 6

typedef struct TcWord {
  const char *s;
  size_t n;
} TcWord;

typedef struct TcSplit {
  size_t nlines;          /* the table's lines: the first nlines given */
  size_t ncols;
  size_t *cut;            /* line l's column c is its words [cut[l * (ncols + 1) + c],
                           * cut[l * (ncols + 1) + c + 1]) */
  unsigned char *row;     /* per line: 1 where a row starts */
  unsigned char *doubt;   /* per line: bit c where the cut before column c
                           * could move a word either way, the widths
                           * fitting both (the cells either side are in
                           * doubt) */
  size_t nrows;
  size_t wraps, misfits;  /* pieces going on below, and those not full */
  size_t starts;          /* rows' cells opening with a capital after a
                           * word in small letters or a figure */
} TcSplit;

/* Read lines as ncols (2..TC_MAX_COLS) columns of text cells: line l is
 * words[off[l] .. off[l + 1]).  The table may end before the last line
 * (out->nlines).  0 with *out filled (free with textcells_free), 1 when
 * the lines do not read as such a table, -1 out of memory. */
int textcells_split(size_t ncols, const TcWord *words, const size_t *off, size_t nlines,
                    TcSplit *out);
void textcells_free(TcSplit *s);

/* The printed width of a word, in em. */
float textcells_width(const char *s, size_t n);

#endif
