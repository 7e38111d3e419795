/*
 * ocr_read.c — ocr_read_file(): detect the input type, produce pages, and
 * collect the results in page order.
 *
 * The calling thread is the producer: it loads (or renders) one page image
 * at a time and submits it to the worker pool, whose bounded queue blocks it
 * when the workers are busy, so only a few page images exist at any moment.
 * PDF pages with a real text layer are read right here, without OCR.  After
 * each submission the producer appends whatever pages are finished, in order,
 * and calls the progress callback.  The pool is started lazily: a PDF whose
 * pages all have text never loads Tesseract.
 * ocr_read_files() treats several inputs as one stream of pages, so that
 * single-page images are OCR'd in parallel too.
 * Provides: ocr_options_default, ocr_read_file, ocr_read_files.
 */
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ocr_int.h"

void ocr_options_default(OcrOptions *o) {
  memset(o, 0, sizeof *o);
  o->lang = "swe";
  o->tessdata = NULL;
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  o->jobs = n > 0 ? (int)n : 1;
  o->skip = 0;
  o->force_ocr = 0;
  o->render_dpi = 300;
  o->max_pixels = 100000000L;
  o->pdf_password = NULL;
}

/* ---- process-wide setup ------------------------------------------------ */

static pthread_once_t setup_once = PTHREAD_ONCE_INIT;

/* Set OMP_THREAD_LIMIT=1 (unless set) for anything that reads it later,
 * and silence Leptonica.  Each engine also makes its own thread
 * OpenMP-single-threaded (ocr_engine.c): libgomp has usually read the
 * environment before main().  Silence Poppler's log domain. */
static void setup(void) {
  setenv("OMP_THREAD_LIMIT", "1", 0);
  ocr_image_quiet();
  ocr_pdf_quiet();
}

/* ---- type detection ---------------------------------------------------- */

typedef enum { IN_UNKNOWN, IN_PDF, IN_PNG, IN_JPEG, IN_TIFF } InType;

/* Detect the type from the first bytes.  -1 (errno set) if unreadable,
 * -2 if empty. */
static int detect(const char *path, InType *t) {
  unsigned char b[1024];
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  size_t n = fread(b, 1, sizeof b, f);
  int rerr = ferror(f);
  fclose(f);
  if (rerr) {
    errno = EIO;
    return -1;
  }
  if (n == 0) return -2;
  *t = IN_UNKNOWN;
  if (n >= 8 && memcmp(b, "\x89PNG\r\n\x1a\n", 8) == 0) *t = IN_PNG;
  else if (n >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) *t = IN_JPEG;
  else if (n >= 4 && (memcmp(b, "II*\0", 4) == 0 || memcmp(b, "MM\0*", 4) == 0))
    *t = IN_TIFF;
  else
    for (size_t i = 0; i + 5 <= n; i++)           /* junk may precede %PDF- */
      if (memcmp(b + i, "%PDF-", 5) == 0) {
        *t = IN_PDF;
        break;
      }
  return 0;
}

/* ---- collecting -------------------------------------------------------- */

/* The state of one call.  Pages of all inputs are numbered by a global
 * sequence number (0-based) in input order. */
typedef struct Run {
  const OcrOptions *o;
  Doc *out;
  OcrProgressFn progress;
  void *ctx;
  OcrPool *pool;
  int total;             /* pages of all inputs */
  Doc **ready;           /* per page: finished text-layer page, or NULL */
  char *in_pool;         /* per page: submitted to the pool */
  const char **file;     /* per page: its input file */
  int *pageno;           /* per page: 1-based number within its file */
  int next;              /* next page to append */
} Run;

/* Move the single page of src to the end of out (src keeps no blocks). */
static RensaStatus append_page(Run *r, Doc *src, RensaErr *e) {
  DocPage *dst = doc_page_add(r->out);
  if (!dst) {
    doc_free(src);
    return rensa_err_set(e, RENSA_E_NOMEM, r->file[r->next], r->pageno[r->next],
                         "out of memory");
  }
  int number = dst->number;
  DocPage *sp = &src->pages[0];
  *dst = *sp;
  dst->number = number;
  sp->blocks = NULL;
  sp->nblocks = sp->cap = 0;
  sp->rules = NULL;
  sp->nrules = 0;
  sp->cell_rules = NULL;
  sp->ncell_rules = 0;
  doc_free(src);
  r->next++;
  if (r->progress) r->progress(r->ctx, r->next, r->total);
  return RENSA_OK;
}

/* Append every finished page that is next in order; with wait, block until
 * every submitted page is appended. */
static RensaStatus collect(Run *r, int wait, RensaErr *e) {
  while (r->next < r->total) {
    Doc *d = NULL;
    RensaStatus st = RENSA_OK;
    if (r->ready[r->next]) {
      d = r->ready[r->next];
      r->ready[r->next] = NULL;
    } else if (r->in_pool[r->next]) {
      if (!ocr_pool_take(r->pool, (size_t)r->next, wait, &d, &st, e)) return RENSA_OK;
      r->in_pool[r->next] = 0;
      if (st != RENSA_OK) return st;
    } else {
      return RENSA_OK;
    }
    if ((st = append_page(r, d, e)) != RENSA_OK) return st;
  }
  return RENSA_OK;
}

/* Start the worker pool unless it runs: called before page seq's image
 * is loaded or rendered, so that the workers load their models meanwhile. */
static RensaStatus start_pool(Run *r, int seq, RensaErr *e) {
  if (r->pool) return RENSA_OK;
  int n = r->o->jobs;
  if (n <= 0) {
    long c = sysconf(_SC_NPROCESSORS_ONLN);
    n = c > 0 ? (int)c : 1;
  }
  if (n > r->total) n = r->total;
  if (!(r->pool = ocr_pool_new(r->o, n)))
    return rensa_err_set(e, RENSA_E_NOMEM, r->file[seq], r->pageno[seq],
                         "cannot start the OCR worker threads");
  return RENSA_OK;
}

/* Hand page seq's image to the pool (which takes it), starting the pool if
 * needed. */
static RensaStatus submit(Run *r, int seq, OcrImage *img, RensaErr *e) {
  RensaStatus st = start_pool(r, seq, e);
  if (st != RENSA_OK) {
    ocr_image_free(img);
    return st;
  }
  r->in_pool[seq] = 1;
  if (ocr_pool_submit(r->pool, img, (size_t)seq, r->file[seq], r->pageno[seq]) != 0) {
    r->in_pool[seq] = 0;
    /* the pool stopped: a worker failed; its error comes out of collect */
    st = collect(r, 1, e);
    return st != RENSA_OK ? st :
        rensa_err_set(e, RENSA_E_NOMEM, r->file[seq], r->pageno[seq], "out of memory");
  }
  return collect(r, 0, e);
}

/* Produce page i of a PDF (sequence number seq): text layer here, or a
 * rendered image to OCR. */
static RensaStatus pdf_page(Run *r, OcrPdf *pdf, int i, int seq, RensaErr *e) {
  const char *path = r->file[seq];
  if (!r->o->force_ocr) {
    Doc *d = doc_new(NULL);
    DocPage *p = d ? doc_page_add(d) : NULL;
    if (!p) {
      doc_free(d);
      return rensa_err_set(e, RENSA_E_NOMEM, path, i + 1, "out of memory");
    }
    p->number = i + 1;
    int got = ocr_pdf_text_page(pdf, i, p, e);
    if (got < 0) {
      doc_free(d);
      return e->code;
    }
    if (got > 0) {
      if (!(r->o->skip & OCR_SKIP_LAYOUT)) {
        RensaStatus st = ocr_layout_page(p, e);
        if (st != RENSA_OK) {
          doc_free(d);
          snprintf(e->file, sizeof e->file, "%s", path);
          return st;
        }
      }
      r->ready[seq] = d;
      return collect(r, 0, e);
    }
    doc_free(d);
  }
  RensaStatus st = start_pool(r, seq, e);
  if (st != RENSA_OK) return st;
  OcrImage *img = ocr_pdf_render(pdf, i, r->o->render_dpi, r->o->max_pixels, e);
  if (!img) return e->code;
  return submit(r, seq, img, e);
}

/* Check option values. */
static RensaStatus check_options(const OcrOptions *o, const char *path, RensaErr *e) {
  if (!o->lang || !*o->lang)
    return rensa_err_set(e, RENSA_E_USAGE, path, 0, "OCR language is empty");
  if (o->render_dpi < 72 || o->render_dpi > 1200)
    return rensa_err_set(e, RENSA_E_USAGE, path, 0,
                         "render dpi must be between 72 and 1200, not %d",
                         o->render_dpi);
  if (o->jobs > 256)
    return rensa_err_set(e, RENSA_E_USAGE, path, 0,
                         "jobs must be at most 256, not %d", o->jobs);
  return RENSA_OK;
}

/* Detect the type of path and count its pages (a PDF is opened and closed
 * again: damaged and encrypted files fail here, before any OCR). */
static RensaStatus count_pages(const char *path, const OcrOptions *o,
                               InType *type, int *n, RensaErr *e) {
  int dr = detect(path, type);
  if (dr == -1)
    return rensa_err_set(e, RENSA_E_INPUT, path, 0, "cannot open: %s", strerror(errno));
  if (dr == -2) return rensa_err_set(e, RENSA_E_INPUT, path, 0, "file is empty");
  if (*type == IN_UNKNOWN)
    return rensa_err_set(e, RENSA_E_INPUT, path, 0,
                         "not a PDF, PNG, JPEG or TIFF file");
  if (*type == IN_PDF) {
    OcrPdf *pdf = ocr_pdf_open(path, o->pdf_password, e);
    if (!pdf) return e->code;
    *n = ocr_pdf_pages(pdf);
    ocr_pdf_free(pdf);
  } else if (*type == IN_TIFF) {
    *n = ocr_image_tiff_count(path);
    if (*n < 1)
      return rensa_err_set(e, RENSA_E_INPUT, path, 0,
                           "cannot read the TIFF (damaged or no images)");
  } else {
    *n = 1;
  }
  return RENSA_OK;
}

RensaStatus ocr_read_files(const char *const *paths, size_t npaths,
                           const OcrOptions *opt, Doc *out,
                           OcrProgressFn progress, void *ctx, RensaErr *e) {
  OcrOptions defaults;
  RensaErr local;
  if (!e) e = &local;
  if (!opt) {
    ocr_options_default(&defaults);
    opt = &defaults;
  }
  rensa_err_clear(e);
  if (!paths || !out)
    return rensa_err_set(e, RENSA_E_USAGE, NULL, 0, "no input files or document");
  for (size_t f = 0; f < npaths; f++)
    if (!paths[f]) return rensa_err_set(e, RENSA_E_USAGE, NULL, 0, "no input file");
  RensaStatus st = check_options(opt, npaths ? paths[0] : NULL, e);
  if (st != RENSA_OK) return st;
  pthread_once(&setup_once, setup);

  Run r;
  memset(&r, 0, sizeof r);
  r.o = opt;
  r.out = out;
  r.progress = progress;
  r.ctx = ctx;
  InType *types = calloc(npaths ? npaths : 1, sizeof *types);
  int *counts = calloc(npaths ? npaths : 1, sizeof *counts);
  OcrPdf *pdf = NULL;
  size_t first_page = out->npages;
  if (!types || !counts) {
    st = rensa_err_set(e, RENSA_E_NOMEM, NULL, 0, "out of memory");
    goto done;
  }
  for (size_t f = 0; f < npaths && st == RENSA_OK; f++) {
    st = count_pages(paths[f], opt, &types[f], &counts[f], e);
    if (st == RENSA_OK && counts[f] > INT_MAX - r.total)
      st = rensa_err_set(e, RENSA_E_INPUT, paths[f], 0, "too many pages");
    if (st == RENSA_OK) r.total += counts[f];
  }
  if (st != RENSA_OK || r.total == 0) goto done;
  r.ready = calloc((size_t)r.total, sizeof *r.ready);
  r.in_pool = calloc((size_t)r.total, 1);
  r.file = calloc((size_t)r.total, sizeof *r.file);
  r.pageno = calloc((size_t)r.total, sizeof *r.pageno);
  if (!r.ready || !r.in_pool || !r.file || !r.pageno) {
    st = rensa_err_set(e, RENSA_E_NOMEM, NULL, 0, "out of memory");
    goto done;
  }
  for (int seq = 0, f = 0; f < (int)npaths; f++)
    for (int i = 0; i < counts[f]; i++, seq++) {
      r.file[seq] = paths[f];
      r.pageno[seq] = i + 1;
    }
  for (size_t f = 0, seq = 0; f < npaths && st == RENSA_OK; f++) {
    if (types[f] == IN_PDF && !(pdf = ocr_pdf_open(paths[f], opt->pdf_password, e))) {
      st = e->code;
      break;
    }
    for (int i = 0; i < counts[f] && st == RENSA_OK; i++, seq++) {
      if (opt->stop && __atomic_load_n(opt->stop, __ATOMIC_ACQUIRE)) {
        st = rensa_err_set(e, RENSA_E_RESOURCE, paths[f], i + 1,
                           "stopped: another part of the run failed");
        break;
      }
      if (pdf) {
        st = pdf_page(&r, pdf, i, (int)seq, e);
      } else {
        OcrImage *img = NULL;
        if ((st = start_pool(&r, (int)seq, e)) != RENSA_OK) break;
        img = ocr_image_load(paths[f], i, i + 1, opt->max_pixels, e);
        st = img ? submit(&r, (int)seq, img, e) : e->code;
      }
    }
    ocr_pdf_free(pdf);
    pdf = NULL;
  }
  if (st == RENSA_OK) st = collect(&r, 1, e);
  if (st == RENSA_OK && !(opt->skip & OCR_SKIP_LAYOUT) && opt->one_document)
    ocr_layout_running(out, first_page, (size_t)r.total);
  else if (st == RENSA_OK && !(opt->skip & OCR_SKIP_LAYOUT))
    for (size_t f = 0, at = first_page; f < npaths; at += (size_t)counts[f], f++)
      if (counts[f] > 1) ocr_layout_running(out, at, (size_t)counts[f]);
done:
  ocr_pool_free(r.pool);
  if (r.ready)
    for (int i = 0; i < r.total; i++) doc_free(r.ready[i]);
  free(r.ready);
  free(r.in_pool);
  free(r.file);
  free(r.pageno);
  free(types);
  free(counts);
  if (st != RENSA_OK && !e->file[0] && npaths == 1)
    snprintf(e->file, sizeof e->file, "%s", paths[0]);
  return st;
}

RensaStatus ocr_read_file(const char *path, const OcrOptions *opt, Doc *out,
                          OcrProgressFn progress, void *ctx, RensaErr *e) {
  if (!path) {
    rensa_err_clear(e);
    return rensa_err_set(e, RENSA_E_USAGE, NULL, 0, "no input file");
  }
  return ocr_read_files(&path, 1, opt, out, progress, ctx, e);
}
