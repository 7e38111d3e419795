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
 * Provides: ocr_options_default, ocr_read_file.
 */
#include <errno.h>
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
 * environment before main(). */
static void setup(void) {
  setenv("OMP_THREAD_LIMIT", "1", 0);
  ocr_image_quiet();
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

/* The state of one ocr_read_file call. */
typedef struct Run {
  const char *path;
  const OcrOptions *o;
  Doc *out;
  OcrProgressFn progress;
  void *ctx;
  OcrPool *pool;
  int total;             /* pages in the input */
  Doc **ready;           /* per page: finished text-layer page, or NULL */
  char *in_pool;         /* per page: submitted to the pool */
  int next;              /* next page (0-based) to append */
} Run;

/* Move the single page of src to the end of out (src keeps no blocks). */
static RensaStatus append_page(Run *r, Doc *src, RensaErr *e) {
  DocPage *dst = doc_page_add(r->out);
  if (!dst) return rensa_err_set(e, RENSA_E_NOMEM, r->path, r->next + 1, "out of memory");
  int number = dst->number;
  DocPage *sp = &src->pages[0];
  *dst = *sp;
  dst->number = number;
  sp->blocks = NULL;
  sp->nblocks = sp->cap = 0;
  doc_free(src);
  if (r->progress) r->progress(r->ctx, r->next + 1, r->total);
  r->next++;
  return RENSA_OK;
}

/* Append every finished page that is next in order; with wait, block until
 * all submitted pages up to upto (exclusive) are appended. */
static RensaStatus collect(Run *r, int upto, int wait, RensaErr *e) {
  while (r->next < upto) {
    Doc *d = NULL;
    RensaStatus st = RENSA_OK;
    if (r->ready[r->next]) {
      d = r->ready[r->next];
      r->ready[r->next] = NULL;
    } else if (r->in_pool[r->next]) {
      if (!ocr_pool_take(r->pool, (size_t)r->next, wait, &d, &st, e)) return RENSA_OK;
      r->in_pool[r->next] = 0;
      if (st != RENSA_OK) {
        e->page = r->next + 1;
        return st;
      }
    } else {
      return RENSA_OK;
    }
    if ((st = append_page(r, d, e)) != RENSA_OK) return st;
  }
  return RENSA_OK;
}

/* Hand page i's image to the pool, starting the pool if needed. */
static RensaStatus submit(Run *r, int i, OcrImage *img, RensaErr *e) {
  if (!r->pool) {
    int n = r->o->jobs > 0 ? r->o->jobs : 1;
    if (n > r->total) n = r->total;
    if (!(r->pool = ocr_pool_new(r->o, r->path, n))) {
      ocr_image_free(img);
      return rensa_err_set(e, RENSA_E_NOMEM, r->path, i + 1,
                           "cannot start the OCR worker threads");
    }
  }
  r->in_pool[i] = 1;
  if (ocr_pool_submit(r->pool, img, (size_t)i, i + 1) != 0) {
    r->in_pool[i] = 0;
    /* the pool stopped: a worker failed; its error comes out of collect */
    RensaStatus st = collect(r, r->total, 1, e);
    return st != RENSA_OK ? st :
        rensa_err_set(e, RENSA_E_NOMEM, r->path, i + 1, "out of memory");
  }
  return collect(r, r->total, 0, e);
}

/* Produce page i of a PDF: text layer here, or a rendered image to OCR. */
static RensaStatus pdf_page(Run *r, OcrPdf *pdf, int i, RensaErr *e) {
  if (!r->o->force_ocr) {
    Doc *d = doc_new(NULL);
    DocPage *p = d ? doc_page_add(d) : NULL;
    if (!p) {
      doc_free(d);
      return rensa_err_set(e, RENSA_E_NOMEM, r->path, i + 1, "out of memory");
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
          return st;
        }
      }
      r->ready[i] = d;
      return collect(r, r->total, 0, e);
    }
    doc_free(d);
  }
  OcrImage *img = ocr_pdf_render(pdf, i, r->o->render_dpi, r->o->max_pixels, e);
  if (!img) return e->code;
  return submit(r, i, img, e);
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

RensaStatus ocr_read_file(const char *path, const OcrOptions *opt, Doc *out,
                          OcrProgressFn progress, void *ctx, RensaErr *e) {
  OcrOptions defaults;
  RensaErr local;
  if (!e) e = &local;
  if (!opt) {
    ocr_options_default(&defaults);
    opt = &defaults;
  }
  rensa_err_clear(e);
  if (!path || !out)
    return rensa_err_set(e, RENSA_E_USAGE, path, 0, "no input file or document");
  RensaStatus st = check_options(opt, path, e);
  if (st != RENSA_OK) return st;
  pthread_once(&setup_once, setup);

  InType type = IN_UNKNOWN;
  int dr = detect(path, &type);
  if (dr == -1)
    return rensa_err_set(e, RENSA_E_INPUT, path, 0, "cannot open: %s", strerror(errno));
  if (dr == -2) return rensa_err_set(e, RENSA_E_INPUT, path, 0, "file is empty");
  if (type == IN_UNKNOWN)
    return rensa_err_set(e, RENSA_E_INPUT, path, 0,
                         "not a PDF, PNG, JPEG or TIFF file");

  Run r;
  memset(&r, 0, sizeof r);
  r.path = path;
  r.o = opt;
  r.out = out;
  r.progress = progress;
  r.ctx = ctx;
  OcrPdf *pdf = NULL;
  if (type == IN_PDF) {
    if (!(pdf = ocr_pdf_open(path, opt->pdf_password, e))) return e->code;
    r.total = ocr_pdf_pages(pdf);
  } else if (type == IN_TIFF) {
    r.total = ocr_image_tiff_count(path);
    if (r.total < 1)
      return rensa_err_set(e, RENSA_E_INPUT, path, 0,
                           "cannot read the TIFF (damaged or no images)");
  } else {
    r.total = 1;
  }
  r.ready = calloc((size_t)r.total, sizeof *r.ready);
  r.in_pool = calloc((size_t)r.total, 1);
  if (!r.ready || !r.in_pool) {
    st = rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
    goto done;
  }
  for (int i = 0; i < r.total && st == RENSA_OK; i++) {
    if (pdf) {
      st = pdf_page(&r, pdf, i, e);
    } else {
      OcrImage *img = ocr_image_load(path, i, i + 1, opt->max_pixels, e);
      st = img ? submit(&r, i, img, e) : (e->code);
    }
  }
  if (st == RENSA_OK) st = collect(&r, r.total, 1, e);
  if (st == RENSA_OK && !(opt->skip & OCR_SKIP_LAYOUT) && r.total > 1)
    ocr_layout_running(out, out->npages - (size_t)r.total);
done:
  ocr_pool_free(r.pool);
  if (r.ready)
    for (int i = 0; i < r.total; i++) doc_free(r.ready[i]);
  free(r.ready);
  free(r.in_pool);
  ocr_pdf_free(pdf);
  if (st != RENSA_OK && !e->file[0]) snprintf(e->file, sizeof e->file, "%s", path);
  return st;
}
