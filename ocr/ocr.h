/*
 * ocr.h — pages in, positioned words out.
 *
 * ocr_read_file() reads a PDF, PNG, JPEG or TIFF (multi-page too; the type
 * is taken from the file's first bytes, never from its name) and appends one
 * DocPage per page to a Doc: blocks (paragraphs, headings, list items, noise)
 * of lines of words, each word with a box and, for OCR, a confidence.
 *
 *   OcrOptions o;
 *   ocr_options_default(&o);
 *   o.jobs = 2;
 *   Doc *d = doc_new("scan.pdf");
 *   RensaErr e;
 *   if (ocr_read_file("scan.pdf", &o, d, NULL, NULL, &e) != RENSA_OK) ...
 *
 * How it works (one file per step, all under ocr/):
 *   ocr_read.c    type detection, the page producer and the in-order
 *                 collector; the only file that knows about the worker pool.
 *   ocr_pool.c    a bounded job queue served by `jobs` pthreads; each worker
 *                 owns one Tesseract engine for its whole life (the model is
 *                 loaded once per worker, not per page).
 *   ocr_image.c   the image module: Leptonica loading, preprocessing
 *                 (orientation by Tesseract OSD, deskew, background
 *                 normalisation + binarisation, speck and border removal,
 *                 upscaling of low-resolution scans).  No PIX leaves it.
 *   ocr_engine.c  one Tesseract engine: recognise a page, walk the result
 *                 iterator block/paragraph/line/word into a DocPage.
 *   ocr_pdf.c     poppler-glib: open (password), decide per page whether the
 *                 text layer is real, read it with per-character boxes, or
 *                 render the page for OCR with cairo.
 *   ocr_layout.c  page structure after recognition: headings from line
 *                 height, list items, page numbers/running headers as
 *                 DOC_NOISE, words hyphenated across lines joined.
 *   ocr_text.c    small UTF-8 helpers: NFC composition of the diacritics
 *                 Swedish text needs, ligature expansion.
 *
 * Units: OCR boxes are pixels of the page image after preprocessing (page
 * width/height use the same unit); text-layer boxes are PDF points.
 *
 * Process-wide effects (made once, on the first call): OMP_THREAD_LIMIT=1
 * is set when not set already; each engine's thread switches off OpenMP
 * parallel regions (omp_set_max_active_levels(0), looked up at run time),
 * because libgomp reads OMP_THREAD_LIMIT before main() and Tesseract's own
 * threads would otherwise fight the workers (measured: 14 s instead of
 * 2.4 s for one page); Leptonica's stderr handler and GLib's "Poppler" log
 * domain are routed to nothing (the library never prints); glibc's malloc
 * keeps freed blocks of up to 32 MB and up to 128 MB of free heap instead of
 * returning them to the system (mallopt; see ocr_pool.c: page-sized buffers
 * otherwise cost a page fault per 4 KB on every page).
 *
 * Measured (Tesseract 5.3.0 swe, 2 cores shared with other jobs; word error
 * rate from shared/bench/score.py, tables included):
 *   - rendered scans (cases/{001,goteborg-intraservice,simrishamn}/scan):
 *     WER 0.006 / 0.054 / 0.033 against 0.006 / 0.061 / 0.040 for the
 *     tesseract CLI on the same pages.  Speed (load average 4-5 from other
 *     jobs on the 2 cores, so wall times are pessimistic): cases/003/scan,
 *     18 dense pages: 0.27 pages/s with 2 jobs, 0.22 with 1, against 0.17
 *     for `OMP_THREAD_LIMIT=1 tesseract page.jpg - -l swe` page by page
 *     (CPU 2.5 s/page against 2.8); cases/001/scan, 3 pages: 0.63 / 0.60
 *     against 0.51 pages/s.
 *   - rough 200 dpi bilevel scans (…/rough): WER 0.009 / 0.051 / 0.037
 *     against 0.013 / 0.070 / 0.073 for the CLI.  Upscaling to 300 dpi helps
 *     two of three cases (0.058 -> 0.051, 0.039 -> 0.037).
 *   - binarisation (background normalisation + Otsu) against leaving it to
 *     Tesseract: scans 0.054 vs 0.073 and 0.033 vs 0.041; a page under a
 *     95%-to-35% lighting gradient 0.05 vs 0.73 (the CLI: 0.62).
 *   - text-layer PDFs (cases/<all>/doc.pdf): WER 0 on plain pages, lower
 *     than pdftotext's on pages with tables (0.018 vs 0.021, 0.025 vs 0.028).
 */
#ifndef RENSA_OCR_H
#define RENSA_OCR_H

#include <stddef.h>
#include "doc.h"
#include "rensa_err.h"

/* Preprocessing steps; set a bit in OcrOptions.skip to turn one off. */
enum {
  OCR_SKIP_OSD = 1,        /* orientation detection (Tesseract OSD) */
  OCR_SKIP_DESKEW = 2,     /* small-angle skew correction */
  OCR_SKIP_BINARIZE = 4,   /* background normalisation + thresholding */
  OCR_SKIP_DENOISE = 8,    /* removal of isolated specks */
  OCR_SKIP_BORDER = 16,    /* removal of dark scan borders */
  OCR_SKIP_UPSCALE = 32,   /* upscaling of pages below 250 dpi to 300 dpi */
  OCR_SKIP_LAYOUT = 64,    /* headings/lists/noise/hyphen joins (raw output) */
  OCR_SKIP_ALL_PREP = 63   /* every image step above */
};

typedef struct OcrOptions {
  const char *lang;        /* Tesseract language(s), "swe" or "swe+eng" */
  const char *tessdata;    /* tessdata directory; NULL: Tesseract's default */
  int jobs;                /* worker threads; <= 0: number of cores */
  unsigned skip;           /* OCR_SKIP_* bits */
  int force_ocr;           /* OCR PDF pages even when they have a text layer */
  int render_dpi;          /* PDF pages are rendered at this resolution */
  long max_pixels;         /* refuse a page image larger than this (w*h) */
  const char *pdf_password;/* user or owner password, NULL if none */
  int one_document;        /* ocr_read_files: the inputs are the pages of
                            * one document (running headers are looked for
                            * across all of them, not within each) */
  const int *stop;         /* when set and nonzero (another part of the run
                            * failed), no further page is started: the
                            * read returns RENSA_E_RESOURCE */
} OcrOptions;

/* Called after each page is appended, in page order, from the calling
 * thread: done pages of total. */
typedef void (*OcrProgressFn)(void *ctx, int done, int total);

/* Fill o with the defaults: lang "swe", default tessdata, jobs = cores,
 * every preprocessing step on, render_dpi 300, max_pixels 100 million. */
void ocr_options_default(OcrOptions *o);

/* Read every page of path into out (pages are appended after those already
 * there; their numbers continue).  o may be NULL for the defaults; progress
 * may be NULL.  Returns RENSA_OK, or an error with e filled:
 *   RENSA_E_INPUT     unreadable, unknown type, damaged or truncated file,
 *                     encrypted PDF without or with a wrong password, no
 *                     pages, a page larger than max_pixels (e->page set);
 *   RENSA_E_RESOURCE  Tesseract model or tessdata missing;
 *   RENSA_E_USAGE     bad option value;
 *   RENSA_E_NOMEM.
 * On error the pages before the failing one stay in out. */
RensaStatus ocr_read_file(const char *path, const OcrOptions *o, Doc *out,
                          OcrProgressFn progress, void *ctx, RensaErr *e);

/* Read several inputs as one stream of pages (in the order given), so that
 * pages of different files are OCR'd in parallel.  Every input is checked
 * (type, PDF password, page count) before any OCR starts; errors name the
 * file and the page within it.  total in progress is the sum over inputs.
 * Running headers are looked for within each input, or across all of them
 * with o->one_document. */
RensaStatus ocr_read_files(const char *const *paths, size_t npaths,
                           const OcrOptions *o, Doc *out,
                           OcrProgressFn progress, void *ctx, RensaErr *e);

/* Free the Tesseract engines kept from earlier reads.  A read keeps its
 * workers' engines (models loaded) for the next read in the process, so a
 * batch of files loads each model once per worker, not once per file;
 * call this when no read is running and no more will come. */
void ocr_release_engines(void);

/* Structure a recognised page in place: headings, list items, page
 * numbers/headers/footers as DOC_NOISE, line-end hyphenation joins.  A
 * joined word gets DOC_W_HYPHEN_JOINED, the joined text in ->text and the
 * first part as printed (with its hyphen) in ->orig, so a later stage can
 * undo the join (the second part is the rest of ->text); the second part is
 * removed from its line.  Exposed for tests and for other inputs. */
RensaStatus ocr_layout_page(DocPage *p, RensaErr *e);

/* Mark as DOC_NOISE the single-line blocks in the top/bottom margin that
 * repeat (digits ignored) on two or more pages of d: running headers and
 * footers.  The n pages from index first on are examined. */
void ocr_layout_running(Doc *d, size_t first, size_t n);

/* Compose decomposed diacritics in s (NUL-terminated UTF-8) in place:
 * "a" U+0308 -> "ä" and the like for å ä ö é ü and capitals, expand the
 * ligatures ﬁ ﬂ ﬀ ﬃ ﬄ, drop soft hyphens inside words.  The result is never
 * longer than the input. */
void ocr_text_nfc(char *s);

#endif
