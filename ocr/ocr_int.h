/*
 * ocr_int.h — interfaces between the files of the ocr module (not API).
 *
 * OcrImage wraps a Leptonica PIX so that no PIX leaves ocr_image.c;
 * OcrEngine wraps one Tesseract engine (ocr_engine.c); OcrPdf wraps a poppler
 * document (ocr_pdf.c); OcrPool runs engines on worker threads (ocr_pool.c).
 */
#ifndef RENSA_OCR_INT_H
#define RENSA_OCR_INT_H

#include <stddef.h>
#include "doc.h"
#include "ocr.h"
#include "rensa_err.h"

struct TessBaseAPI;

/* ---- ocr_image.c: page images ---------------------------------------- */

typedef struct OcrImage OcrImage;

/* Silence Leptonica's stderr messages (process-wide, idempotent). */
void ocr_image_quiet(void);

/* Number of images in the TIFF at path (1 for other types), or -1. */
int ocr_image_tiff_count(const char *path);

/* Load image index (0-based; > 0 only for multi-page TIFF) of path.
 * page is the 1-based page used in error messages.  NULL on error. */
OcrImage *ocr_image_load(const char *path, int index, int page,
                         long max_pixels, RensaErr *e);

/* Make a gray image from 32-bit native-endian xRGB pixels (cairo's
 * CAIRO_FORMAT_RGB24/ARGB32 layout), resolution dpi.  NULL if out of memory. */
OcrImage *ocr_image_from_xrgb(const unsigned char *data, int w, int h,
                              int stride, int dpi);

void ocr_image_free(OcrImage *img);          /* accepts NULL */

/* Preprocess in place; skip holds OCR_SKIP_* bits.  osd is an engine
 * initialised with the "osd" model, or NULL to skip orientation. */
RensaStatus ocr_image_prepare(OcrImage *img, unsigned skip,
                              struct TessBaseAPI *osd, long max_pixels,
                              RensaErr *e);

/* Hand the image to a Tesseract engine (SetImage + source resolution).
 * The engine keeps its own reference; img may be freed afterwards. */
void ocr_image_set_on(OcrImage *img, struct TessBaseAPI *api);

/* Dark pixels inside box b (image pixels, after preprocessing); *area gets
 * the box's pixel count (0 when the box is empty or outside). */
long ocr_image_ink(OcrImage *img, const DocBox *b, long *area);

/* Ink per pixel column of box b (image pixels, after preprocessing): fills
 * cols[0 .. n-1] for the columns b->x0 .. b->x0 + n - 1 (n at most max);
 * returns n, 0 when the box is empty or outside. */
int ocr_image_columns(OcrImage *img, const DocBox *b, int *cols, int max);

/* Ink per pixel row of box b, as ocr_image_columns: rows[0 .. n-1] for
 * the rows b->y0 .. b->y0 + n - 1; returns n, 0 when empty or outside. */
int ocr_image_rows(OcrImage *img, const DocBox *b, int *rows, int max);

/* The first and last row of ink in each pixel column of box b, relative to
 * b->y0 (-1 for a column without ink), as ocr_image_columns. */
int ocr_image_column_spans(OcrImage *img, const DocBox *b, int *top, int *bot, int max);

/* The rows of ink inside box b (image pixels): *y0 and *y1 get the first
 * and the last; 0 when the box holds none. */
int ocr_image_ink_rows(OcrImage *img, const DocBox *b, int *y0, int *y1);

/* The ruling lines of the prepared page (table borders, a header's rule)
 * into p->rules, in page units (its pixels), found on the page reduced to
 * about 150 dpi; p's words tell glyph strokes from lines.  0, or -1 on
 * allocation failure. */
int ocr_image_rules(OcrImage *img, DocPage *p);

/* Is a short plausible block (ocr_heading_plausible) a bold heading?  ink:
 * its ink density over the page's text lines' median; ascent: the height
 * of its capitals over theirs (0 unknown); words: its word count; stop: a
 * sentence ends inside it.  Measured on report scans: body 0.30, bold
 * headings 0.42-0.45, regular sans in tables 0.36-0.40, so 1.35 times the
 * ink is bold.  A heading a little larger than the text and bold in a
 * lighter face (13 pt bold sans over 11 pt serif, scanned) has 1.06-1.3
 * times its ink and capitals 1.13-1.5 times as tall, where paragraphs
 * and table rows have 0.94-1.06: 1.05 times the ink and 1.12 times the
 * capitals make a heading of at most ten words without a sentence end. */
int ocr_bold_heading(double ink, double ascent, size_t words, int stop);

/* A mark the page segmentation dropped as noise: a figure alone in a
 * table cell (to be read), a dash alone in a cell, a list item's bullet. */
typedef enum { OCR_MARK_FIGURE, OCR_MARK_DASH, OCR_MARK_BULLET } OcrMarkKind;
typedef struct OcrMark {
  DocBox box;
  int kind;               /* OcrMarkKind */
} OcrMark;

/* Lines of ink that no box of read (nread word boxes) covers, text height
 * h: candidates for text the recogniser did not find.  Fills out (at most
 * max boxes, top to bottom not guaranteed); returns the count.  With marks
 * (else NULL), also the lone marks level with a read word outside those
 * lines (at most maxm; count in *nmarks). */
size_t ocr_image_unread(OcrImage *img, const DocBox *read, size_t nread, float h,
                        DocBox *out, size_t max, OcrMark *marks, size_t *nmarks, size_t maxm);

int ocr_image_width(const OcrImage *img);
int ocr_image_height(const OcrImage *img);

/* ---- ocr_engine.c: one Tesseract engine ------------------------------- */

typedef struct OcrEngine OcrEngine;

/* Load the model (lang, tessdata dir or NULL); with_osd also loads the osd
 * model when it is installed.  NULL on error (e: RENSA_E_RESOURCE). */
OcrEngine *ocr_engine_new(const char *tessdata, const char *lang,
                          int with_osd, RensaErr *e);
void ocr_engine_free(OcrEngine *eng);        /* accepts NULL */

/* An engine for lang: a kept one (ocr_engine_put) made with the same
 * arguments when there is one, else a new one (ocr_engine_new).  The
 * calling thread is made OpenMP-single-threaded either way. */
OcrEngine *ocr_engine_get(const char *tessdata, const char *lang, int with_osd,
                          RensaErr *e);
/* Keep eng for a later ocr_engine_get (on any thread).  Accepts NULL. */
void ocr_engine_put(OcrEngine *eng);

/* Preprocess img and recognise it into the empty page p (blocks are the
 * engine's paragraphs; p->from_ocr, mean_conf, width, height set). */
RensaStatus ocr_engine_page(OcrEngine *eng, OcrImage *img, unsigned skip,
                            long max_pixels, DocPage *p, RensaErr *e);

/* The step of ocr_engine_page that reads again, as a block, the words of
 * the recognised page p that may be several lines taken for one (on img,
 * prepared); for tests. */
RensaStatus ocr_engine_split_tall(OcrEngine *eng, OcrImage *img, DocPage *p);
/* The step of ocr_engine_page that reads doubted and garbled figures of p
 * again (eng, and swe with figures only).  0, or -1 when out of memory. */
int ocr_engine_figures(OcrEngine *eng, OcrImage *img, DocPage *p);

/* The section-sign passes of ocr_engine_page alone (signs read as 8, 5,
 * & or $; decisions' and laws' paragraphs), for tests.  0, or -1 on
 * allocation failure. */
int ocr_engine_sections(OcrEngine *eng, OcrImage *img, DocPage *p);

/* en_dashes' first step, for tests: two dashes between figures or
 * letters ("6—-12", "jan—–aug") as one hyphen in out (cap bytes); 1 when
 * t had such a pair. */
int ocr_engine_range_dash(const char *t, char *out, size_t cap);

/* The steps of ocr_engine_page that mend word boxes far below their ink
 * and the case of a first letter by its glyph (capitals read small, a j
 * read as J), for tests.  Returns 0. */
int ocr_engine_letters(OcrEngine *eng, OcrImage *img, DocPage *p);

/* The step of ocr_engine_page that drops specks read as words and glyphs
 * read twice (on another line, or as the tail of the word beside); for
 * tests. */
void ocr_engine_drop_specks(DocPage *p);
/* The step of ocr_engine_page that makes a capital again an I read as a
 * small i, by the glyph (no dot apart from the stem, as tall as the
 * capitals of its line). */
void ocr_engine_capital_i(OcrImage *img, DocPage *p);
/* The step of ocr_engine_page that reads doubtful figures of p again with
 * the eng model (percent signs, brackets, digits read as letters); for
 * tests. */
void ocr_engine_second_readings(OcrEngine *eng, OcrImage *img, DocPage *p);

/* ---- ocr_pdf.c: PDF documents ----------------------------------------- */

typedef struct OcrPdf OcrPdf;

/* Route GLib's "Poppler" log domain to nothing (process-wide; once). */
void ocr_pdf_quiet(void);

/* Open path with an optional password.  NULL on error (RENSA_E_INPUT for
 * damaged, truncated or encrypted files). */
OcrPdf *ocr_pdf_open(const char *path, const char *password, RensaErr *e);
void ocr_pdf_free(OcrPdf *pdf);              /* accepts NULL */
int ocr_pdf_pages(const OcrPdf *pdf);

/* Read page index (0-based) into the empty page p when it has a real text
 * layer.  Returns 1 when it did, 0 when the page needs OCR (p untouched),
 * -1 on error (e filled). */
int ocr_pdf_text_page(OcrPdf *pdf, int index, DocPage *p, RensaErr *e);

/* Render page index at dpi for OCR.  NULL on error (e filled). */
OcrImage *ocr_pdf_render(OcrPdf *pdf, int index, int dpi, long max_pixels,
                         RensaErr *e);

/* ---- ocr_pdfvec.c: borders drawn cell by cell ------------------------- */

/* The pieces of horizontal lines that the SVG document svg (n bytes, as
 * cairo's SVG surface writes it) draws end to end with another piece at
 * the same height (a header's rule drawn one cell at a time), as boxes
 * line by line (a line: pieces each within 0.3 pt in height of the one
 * above), top down, and left to right in a line, into *out (malloc'd,
 * NULL when none); every piece meets a neighbour in its line.
 * 0, or -1 on allocation failure. */
int ocr_svg_cell_rules(const char *svg, size_t n, DocBox **out, size_t *nout);

/* The same pieces of the text-layer page pg (w x h points) into
 * p->cell_rules.  0, or -1 on allocation failure. */
struct _PopplerPage;
int ocr_pdf_cell_rules(struct _PopplerPage *pg, double w, double h, DocPage *p);

/* ---- ocr_pool.c: worker threads ---------------------------------------- */

typedef struct OcrPool OcrPool;

/* Start n workers, each with its own engine made from o.  NULL if out of
 * memory. */
OcrPool *ocr_pool_new(const OcrOptions *o, int n);

/* Queue img (the pool takes it) as result slot seq; path and page (1-based,
 * within path) go into error messages.  Blocks while the queue is full.
 * Returns 0, or -1 if the pool stopped. */
int ocr_pool_submit(OcrPool *pool, OcrImage *img, size_t seq,
                    const char *path, int page);

/* Take the finished result for slot seq if there is one: returns 1 and sets
 * *doc (a one-page Doc the caller owns, or NULL with *st and *e set on error);
 * returns 0 when seq is not finished; with wait, blocks until it is. */
int ocr_pool_take(OcrPool *pool, size_t seq, int wait, Doc **doc,
                  RensaStatus *st, RensaErr *e);

/* Stop the workers, drop queued jobs and unclaimed results, free the pool.
 * Accepts NULL. */
void ocr_pool_free(OcrPool *pool);

/* ---- ocr_layout.c ------------------------------------------------------ */

/* Could block b be a heading: 1-15 words, one of at least 4 letters, no
 * wide gaps between words (a table row), no final "." "," or ";"?  The
 * caller checks the line count. */
int ocr_heading_plausible(const DocBlock *b);

/* Read the last cap bytes (or fewer) of path into buf; returns how many,
 * or -1 if the file cannot be opened.  For end-of-file markers (PNG IEND,
 * JPEG EOI, PDF %%EOF) that tell a complete file from a truncated one. */
long ocr_file_tail(const char *path, unsigned char *buf, size_t cap);

#endif
