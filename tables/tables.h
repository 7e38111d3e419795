/*
 * tables.h — turning table-like content into DocTable grids.
 *
 * Two paths feed one table model (DocTable in doc.h):
 *  - text only: a DOC_TABLE_ROWS block (lines of labels and runs of numbers,
 *    as old OCR text has them) or a DOC_LINES block (rows closing in words)
 *    becomes a DOC_TABLE block;
 *  - geometry: words with boxes (OCR, PDF text layer) on a page are searched
 *    for table regions, which become DOC_TABLE blocks in reading order.
 * Both then go through the arithmetic check (sums, differences) that picks
 * between splits, restores lost signs and flags cells that do not close.
 */
#ifndef RENSA_TABLES_H
#define RENSA_TABLES_H

#include "doc.h"
#include "rensa_err.h"

/* Convert every DOC_TABLE_ROWS block of d into a DOC_TABLE block (or, when
 * the lines turn out not to be a table, into DOC_PARA), a caption read as
 * its first line set before it; and every DOC_LINES block that reads as a
 * table (rows closing in words after their figures) into one, the others
 * kept as lines.  Returns RENSA_OK or an error (allocation). */
RensaStatus tab_build_text(Doc *d, RensaErr *e);

/* Find tables among the positioned words of page p (words with has_box),
 * replacing the blocks they cover by DOC_TABLE blocks: first the tables
 * drawn as grids of p's ruling lines (p->rules, when tab_ruling_scan found
 * any), then tables of aligned words. */
RensaStatus tab_build_geom(DocPage *p, RensaErr *e);

/* Find the ruling lines of a page rendered as w × h pixels of
 * CAIRO_FORMAT_RGB24 (stride bytes a row) at scale pixels per page unit,
 * and store them in p->rules (page units; replaces what was there).  The
 * words of p, when boxed, tell glyph strokes from lines.  0, or -1 on
 * allocation failure. */
int tab_ruling_scan(const unsigned char *xrgb, int w, int h, int stride,
                    float scale, DocPage *p);

/* The same for a page image of w × h luminance bytes (0 black .. 255
 * white) with scale pixels per point (the line widths and lengths looked
 * for are in points) and unit page units per pixel (a scan's page units
 * are the pixels of its full-size image, of which lum may be a reduction). */
int tab_ruling_scan_gray(const unsigned char *lum, int w, int h, float scale,
                         float unit, DocPage *p);

/* Is b the figure a with one digit 1 put in ("7" and "71", "-7,8" and
 * "-17,8")?  The thin 1 that OCR drops or adds beside another digit: one
 * reading of a scanned figure sees it and another does not. */
int tab_one_more_1(const char *a, const char *b);

/* Join tables continued across page breaks: when the last block of a page
 * and the first block of the next page are tables with the same number of
 * columns, and the second repeats the first's header row, or (with block
 * boxes) the first runs to the foot of its page and the second starts at
 * the head of the next, or (without boxes) the second starts with data,
 * its rows are appended to the first and its block is dropped. */
RensaStatus tab_join_pages(Doc *d, RensaErr *e);

#endif
