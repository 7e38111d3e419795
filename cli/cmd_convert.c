/*
 * cmd_convert.c — `rensa convert`: scans, PDFs, images and OCR text in,
 * OUTDIR/NAME.md + NAME-table-NN.csv + NAME.json out, for one file or a
 * whole archive.
 *
 * Batches: directories are walked in sorted order and their structure kept
 * under OUTDIR; an input whose outputs are newer than it is skipped (so a
 * re-run after a crash or Ctrl-C redoes only what was unfinished: the .json
 * is written last and marks a finished input); every file is written to a
 * temporary and renamed; a bad input is reported and the batch goes on.
 * --manifest and --shard I/N split the work deterministically across
 * machines (the shard of an input depends only on its path).
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <getopt.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "csv_write.h"
#include "fixup.h"
#include "table_json.h"
#include "md_write.h"
#include "ocr.h"
#include "strmap.h"
#include "tables.h"
#include "textin.h"

int cli_write_tables(const Doc *d, const char *dir, const char *name, char decimal,
                     RensaErr *e);

static const char *convert_help =
    "usage: rensa convert [OPTIONS] INPUT... -o OUTDIR\n"
    "Convert PDFs, images (PNG, JPEG, TIFF), OCR text files and directories\n"
    "of them (recursed) into OUTDIR/NAME.md, NAME-table-NN.csv and NAME.json.\n"
    "  -o, --output DIR        output directory (created; required)\n"
    "  -j, --jobs N            OCR worker threads (default: number of cores)\n"
    "  -l, --lang L            Tesseract languages (default swe; e.g. swe+eng)\n"
    "      --tessdata DIR      Tesseract model directory\n"
    "      --force-ocr         OCR PDF pages even when they have a text layer\n"
    "      --dpi N             resolution for rendering PDF pages (default 300)\n"
    "      --no-osd, --no-deskew, --no-binarize, --no-denoise, --no-border,\n"
    "      --no-upscale        turn one preprocessing step off\n"
    "      --max-pixels N      refuse page images larger than N pixels\n"
    "      --password P        password of encrypted PDFs\n"
    "      --decimal . | ,     decimal mark in CSV numbers (default , as in Swedish)\n"
    "      --manifest FILE     read inputs from FILE, one a line\n"
    "      --shard I/N         convert only shard I of N (0 <= I < N)\n"
    "      --force             convert even inputs whose outputs are up to date\n"
    "      --user-words FILE, --data-dir DIR, --hunspell-dict P   as in fixup\n"
    "  -q, --quiet             no progress and no summary\n"
    "Exit codes: 0 all converted or up to date, 1 some inputs failed (a batch),\n"
    "2 usage, 3 bad input, 4 output not writable, 5 model/dictionary missing,\n"
    "6 out of memory, 7 internal error (a single input returns its own code).\n";

/* ------------------------------------------------------------ inputs */

typedef struct Input {
  char *path;   /* as found (with --join: the first page file) */
  char *rel;    /* output name relative to OUTDIR, without extension */
  char **parts; /* with --join: every page file, in order; else NULL */
  size_t nparts;
} Input;

typedef struct Inputs {
  Input *v;
  size_t n, cap;
} Inputs;

static int known_ext(const char *name) {
  static const char *ext[] = {".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
                              ".txt", NULL};
  const char *dot = strrchr(name, '.');
  if (!dot) return 0;
  for (int i = 0; ext[i]; i++)
    if (strcasecmp(dot, ext[i]) == 0) return 1;
  return 0;
}

static int push(Inputs *in, const char *path, const char *rel) {
  if (in->n == in->cap) {
    size_t nc = in->cap ? in->cap * 2 : 64;
    Input *nv = realloc(in->v, nc * sizeof *nv);
    if (!nv) return -1;
    in->v = nv;
    in->cap = nc;
  }
  char *r = strdup(rel);
  char *dot = r ? strrchr(r, '.') : NULL;
  char *slash = r ? strrchr(r, '/') : NULL;
  if (dot && (!slash || dot > slash + 1)) *dot = '\0';
  in->v[in->n].path = strdup(path);
  in->v[in->n].rel = r;
  in->v[in->n].parts = NULL;
  in->v[in->n].nparts = 0;
  if (!in->v[in->n].path || !r) return -1;
  in->n++;
  return 0;
}

static void inputs_free(Inputs *in) {
  for (size_t i = 0; i < in->n; i++) {
    free(in->v[i].path);
    free(in->v[i].rel);
    for (size_t k = 0; k < in->v[i].nparts; k++) free(in->v[i].parts[k]);
    free(in->v[i].parts);
  }
  free(in->v);
  memset(in, 0, sizeof *in);
}

/* Natural order ("page-2" before "page-10"): the order of a folder of
 * scanned pages, which --join reads as one document. */
static int cmp_str(const void *a, const void *b) {
  const unsigned char *x = *(const unsigned char *const *)a;
  const unsigned char *y = *(const unsigned char *const *)b;
  while (*x && *y) {
    if (isdigit(*x) && isdigit(*y)) {
      const unsigned char *xs = x, *ys = y;
      while (*xs == '0' && isdigit(xs[1])) xs++;   /* "007" is 7 */
      while (*ys == '0' && isdigit(ys[1])) ys++;
      const unsigned char *xe = xs, *ye = ys;
      while (isdigit(*xe)) xe++;
      while (isdigit(*ye)) ye++;
      if (xe - xs != ye - ys) return (xe - xs) < (ye - ys) ? -1 : 1;
      for (; xs < xe; xs++, ys++)
        if (*xs != *ys) return *xs < *ys ? -1 : 1;
      x = xe;
      y = ye;
    } else {
      if (*x != *y) return *x < *y ? -1 : 1;
      x++;
      y++;
    }
  }
  if (*x || *y) return *x ? 1 : -1;
  /* equal in value ("p01", "p1"): bytes decide, so the order is total */
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Walk dir (sorted), adding files with a known extension; rel is the path
 * below the walked root. */
static int walk(Inputs *in, const char *dir, const char *rel) {
  DIR *d = opendir(dir);
  if (!d) {
    fprintf(stderr, "rensa: %s: cannot read directory: %s\n", dir, strerror(errno));
    return 1;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *de;
  while ((de = readdir(d))) {
    if (de->d_name[0] == '.') continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 64;
      char **nn = realloc(names, cap * sizeof *nn);
      if (!nn) break;
      names = nn;
    }
    if (!(names[n] = strdup(de->d_name))) break;
    n++;
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, cmp_str);
  int bad = 0;
  for (size_t i = 0; i < n; i++) {
    char p[4096], r[4096];
    snprintf(p, sizeof p, "%s/%s", dir, names[i]);
    snprintf(r, sizeof r, "%s%s%s", rel, *rel ? "/" : "", names[i]);
    struct stat st;
    if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) bad |= walk(in, p, r);
    else if (known_ext(names[i]) && push(in, p, r)) bad = 1;
    free(names[i]);
  }
  free(names);
  return bad;
}

/* Shard of an input: FNV-1a of its output name, stable across machines. */
static unsigned shard_of(const char *rel, unsigned n) {
  return (unsigned)(strmap_hash(rel, strlen(rel)) % n);
}

/* ------------------------------------------------------------ outputs */

static int up_to_date(const char *in, const char *json) {
  struct stat si, so;
  return stat(in, &si) == 0 && stat(json, &so) == 0 &&
         (so.st_mtim.tv_sec > si.st_mtim.tv_sec ||
          (so.st_mtim.tv_sec == si.st_mtim.tv_sec &&
           so.st_mtim.tv_nsec >= si.st_mtim.tv_nsec));
}

static int is_image_or_pdf(const char *path) {
  unsigned char m[8] = {0};
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  size_t n = fread(m, 1, sizeof m, f);
  fclose(f);
  if (n >= 4 && memcmp(m, "%PDF", 4) == 0) return 1;
  if (n >= 8 && memcmp(m, "\x89PNG\r\n\x1a\n", 8) == 0) return 1;
  if (n >= 3 && m[0] == 0xFF && m[1] == 0xD8 && m[2] == 0xFF) return 1;
  if (n >= 4 && (memcmp(m, "II*\0", 4) == 0 || memcmp(m, "MM\0*", 4) == 0)) return 1;
  /* A .pdf/.png/... name with other content is still an image input, so
   * that its error says what is wrong with it. */
  const char *dot = strrchr(path, '.');
  return dot && strcasecmp(dot, ".txt") != 0;
}

/* --join: make the inputs one input named name whose parts are the files,
 * in order.  Every file must be an image or a PDF (a text file has no
 * pages to add); 0, or -1 after saying why. */
static int join_inputs(Inputs *in, const char *name) {
  for (size_t i = 0; i < in->n; i++)
    if (!is_image_or_pdf(in->v[i].path)) {
      fprintf(stderr, "rensa: %s: --join takes images and PDFs, not text\n", in->v[i].path);
      return -1;
    }
  Input one = {strdup(in->v[0].path), strdup(name), calloc(in->n, sizeof(char *)), in->n};
  if (!one.path || !one.rel || !one.parts) {
    free(one.path);
    free(one.rel);
    free(one.parts);
    fprintf(stderr, "rensa: out of memory\n");
    return -1;
  }
  for (size_t i = 0; i < in->n; i++) {
    one.parts[i] = in->v[i].path;   /* moved */
    in->v[i].path = NULL;
    free(in->v[i].rel);
  }
  in->v[0] = one;
  in->n = 1;
  return 0;
}

/* ------------------------------------------------------------ progress */

typedef struct Progress {
  int on;
  size_t file, nfiles;
  const char *name;
  double t0;
  long pages;
} Progress;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void on_page(void *ctx, int done, int total) {
  Progress *p = ctx;
  long pages = __atomic_add_fetch(&p->pages, 1, __ATOMIC_RELAXED);
  if (!p->on) return;
  double el = now() - p->t0, rate = el > 0 ? pages / el : 0;
  char eta[32] = "";
  if (total > 0 && rate > 0)
    snprintf(eta, sizeof eta, " ETA %.0fs", (total - done) / rate);
  fprintf(stderr, "\r\033[K[%zu/%zu] %.40s page %d/%d  %.2f pages/s%s", p->file,
          p->nfiles, p->name, done, total, rate, eta);
}

/* ------------------------------------------------------------ one input */

typedef struct Conf {
  const char *outdir;
  OcrOptions ocr;
  char decimal;
} Conf;

/* Write NAME.json: pages, warnings, the fixup report and the tables. */
static int write_json(const Doc *d, const FixReport *r, const char *name,
                      FILE *f) {
  fputs("{\n  \"pages\": [", f);
  for (size_t p = 0; p < d->npages; p++) {
    const DocPage *pg = &d->pages[p];
    size_t words = 0;
    for (size_t b = 0; b < pg->nblocks; b++)
      for (size_t l = 0; l < pg->blocks[b].nlines; l++) words += pg->blocks[b].lines[l].nwords;
    fprintf(f, "%s\n    {\"page\": %d, \"ocr\": %s, \"mean_confidence\": %.1f, \"words\": %zu}",
            p ? "," : "", pg->number, pg->from_ocr ? "true" : "false",
            pg->from_ocr ? pg->mean_conf : -1.0, words);
  }
  fputs("\n  ],\n  \"warnings\": [", f);
  int first = 1;
  for (size_t p = 0; p < d->npages; p++) {
    const DocPage *pg = &d->pages[p];
    if (pg->from_ocr && pg->mean_conf >= 0 && pg->mean_conf < 70) {
      fprintf(f, "%s\n    \"page %d: low OCR confidence (%.0f)\"", first ? "" : ",",
              pg->number, pg->mean_conf);
      first = 0;
    }
  }
  fputs(first ? "],\n  \"fixup\": " : "\n  ],\n  \"fixup\": ", f);
  fputc('{', f);
  fix_report_write_members(r, d->source, f);
  fputs("\n},\n  \"tables\": ", f);
  table_json_write(d, name, f);
  fputs("\n}\n", f);
  return ferror(f) ? -1 : 0;
}

/* The fixer, loaded on a thread of its own while the first pages are
 * rendered and recognised (Hunspell takes about 0.1 s to load); the
 * workers wait for it only when they come to repair. */
typedef struct FixerSlot {
  const FixOptions *fo;
  Fixer *fx;              /* once state is 1 */
  int state;              /* 0 loading, 1 ready, -1 failed (err says why) */
  int failed;             /* set (atomically) on failure: stops the OCR of
                           * inputs under way, which could not be written */
  RensaErr err;
  pthread_mutex_t lock;
  pthread_cond_t ready;
} FixerSlot;

static void *fixer_load(void *arg) {
  FixerSlot *s = arg;
  RensaErr e;
  rensa_err_clear(&e);
  Fixer *fx = fix_new(s->fo, &e);
  pthread_mutex_lock(&s->lock);
  s->fx = fx;
  s->err = e;
  s->state = fx ? 1 : -1;
  if (!fx) __atomic_store_n(&s->failed, 1, __ATOMIC_RELEASE);
  pthread_cond_broadcast(&s->ready);
  pthread_mutex_unlock(&s->lock);
  return NULL;
}

/* Wait for the fixer; NULL when it failed to load. */
static const Fixer *fixer_wait(FixerSlot *s) {
  pthread_mutex_lock(&s->lock);
  while (s->state == 0) pthread_cond_wait(&s->ready, &s->lock);
  const Fixer *fx = s->state > 0 ? s->fx : NULL;
  pthread_mutex_unlock(&s->lock);
  return fx;
}

/* Has the fixer failed to load (workers take no more inputs)? */
static int fixer_failed(FixerSlot *s) {
  pthread_mutex_lock(&s->lock);
  int failed = s->state < 0;
  pthread_mutex_unlock(&s->lock);
  return failed;
}

/* Convert one input.  RENSA_E_RESOURCE with e cleared when the fixer
 * failed to load (the caller reports that once). */
static RensaStatus convert_one(const Conf *cf, FixerSlot *fs, const Input *in,
                               Progress *pr, RensaErr *e) {
  Doc *d = NULL;
  FixReport *r = NULL;
  CliOut mo = {0}, jo = {0};
  RensaStatus st = RENSA_OK;
  char dir[4096], base[1024], md[4096], json[4096];
  snprintf(md, sizeof md, "%s/%s.md", cf->outdir, in->rel);
  snprintf(json, sizeof json, "%s/%s.json", cf->outdir, in->rel);
  snprintf(dir, sizeof dir, "%s/%s", cf->outdir, in->rel);
  char *slash = strrchr(dir, '/');
  snprintf(base, sizeof base, "%s", slash + 1);
  *slash = '\0';
  if (cli_mkdirs(dir)) return rensa_err_set(e, RENSA_E_OUTPUT, dir, 0, "cannot create: %s", strerror(errno));
  if (in->nparts || is_image_or_pdf(in->path)) {
    if (!(d = doc_new(in->nparts ? in->rel : in->path)))
      return rensa_err_set(e, RENSA_E_NOMEM, in->path, 0, "out of memory");
    st = in->nparts ? ocr_read_files((const char *const *)in->parts, in->nparts, &cf->ocr,
                                     d, on_page, pr, e)
                    : ocr_read_file(in->path, &cf->ocr, d, on_page, pr, e);
    if (st) {
      if (fixer_failed(fs)) {   /* stopped: reported once, by cmd_convert */
        rensa_err_clear(e);
        st = RENSA_E_RESOURCE;
      }
      goto done;
    }
  } else if (!(d = textin_read_file(in->path, e))) {
    return e->code;
  }
  if (!(r = fix_report_new())) {
    st = rensa_err_set(e, RENSA_E_NOMEM, in->path, 0, "out of memory");
    goto done;
  }
  const Fixer *fx = fixer_wait(fs);
  if (!fx) {
    st = RENSA_E_RESOURCE;   /* reported once, by cmd_convert */
    goto done;
  }
  if ((st = fix_doc(fx, d, r, e))) goto done;
  for (size_t p = 0; p < d->npages; p++)
    if (d->pages[p].width > 0 && (st = tab_build_geom(&d->pages[p], e))) goto done;
  /* A table broken by a page break is one table. */
  if ((st = tab_join_pages(d, e)) || (st = tab_build_text(d, e))) goto done;
  /* Tables and Markdown first, the .json last: it marks the input done. */
  if (cli_write_tables(d, dir, base, cf->decimal, e) < 0 || cli_out_open(&mo, md, e)) {
    st = e->code;
    goto done;
  }
  if (md_write(d, mo.f) || cli_out_commit(&mo, e)) {
    st = rensa_err_set(e, RENSA_E_OUTPUT, md, 0, "write error");
    goto done;
  }
  if (cli_out_open(&jo, json, e) || write_json(d, r, base, jo.f) || cli_out_commit(&jo, e)) {
    if (!e->code) rensa_err_set(e, RENSA_E_OUTPUT, json, 0, "write error");
    st = e->code;
    goto done;
  }
done:
  cli_out_abort(&mo);
  cli_out_abort(&jo);
  if (st && e->code && !e->file[0]) snprintf(e->file, sizeof e->file, "%s", in->path);
  fix_report_free(r);
  doc_free(d);
  return st;
}

/* ------------------------------------------------------------ batch */

typedef struct Batch {
  const Conf *cf;
  FixerSlot *fs;
  const Inputs *in;
  Progress *pr;
  unsigned shard_i, shard_n;
  int force;
  size_t next;            /* next input to take */
  size_t done, skipped, failed, other;
  int last_code;
  pthread_mutex_t lock;   /* guards the fields above, progress and stderr */
} Batch;

/* Take inputs one by one until none is left; safe to run on several
 * threads (the Fixer is read-only, each input has its own Doc). */
static void *batch_worker(void *arg) {
  Batch *b = arg;
  for (;;) {
    pthread_mutex_lock(&b->lock);
    size_t i = b->next++;
    const Input *x = i < b->in->n ? &b->in->v[i] : NULL;
    int mine = x && shard_of(x->rel, b->shard_n) == b->shard_i;
    if (x && !mine) b->other++;
    if (mine) {
      b->pr->file++;
      b->pr->name = x->rel;
    }
    pthread_mutex_unlock(&b->lock);
    if (!x || fixer_failed(b->fs)) return NULL;
    if (!mine) continue;
    char json[4096];
    snprintf(json, sizeof json, "%s/%s.json", b->cf->outdir, x->rel);
    int fresh = up_to_date(x->path, json);
    for (size_t k = 0; fresh && k < x->nparts; k++) fresh = up_to_date(x->parts[k], json);
    if (!b->force && fresh) {
      pthread_mutex_lock(&b->lock);
      b->skipped++;
      pthread_mutex_unlock(&b->lock);
      continue;
    }
    RensaErr e;
    rensa_err_clear(&e);
    /* Progress comes from the OCR threads of every input: it only counts
     * pages; a torn line on a terminal is the worst a race can do. */
    RensaStatus st = convert_one(b->cf, b->fs, x, b->pr, &e);
    pthread_mutex_lock(&b->lock);
    if (b->pr->on) fputs("\r\033[K", stderr);
    if (st && !e.code) {
      /* the fixer did not load: cmd_convert says so once */
    } else if (st) {
      cli_error(&e);
      b->failed++;
      b->last_code = cli_exit_code(st);
    } else {
      b->done++;
    }
    pthread_mutex_unlock(&b->lock);
  }
}

/* ------------------------------------------------------------ command */

int cmd_convert(int argc, char **argv) {
  enum { O_TESS = 256, O_FORCE_OCR, O_DPI, O_NOOSD, O_NODESKEW, O_NOBIN, O_NODEN,
         O_NOBORDER, O_NOUP, O_MAXPIX, O_PASS, O_DEC, O_MANIFEST, O_SHARD, O_FORCE,
         O_USER, O_DATA, O_HDICT, O_JOIN };
  static const struct option opts[] = {
      {"output", required_argument, 0, 'o'}, {"jobs", required_argument, 0, 'j'},
      {"lang", required_argument, 0, 'l'}, {"tessdata", required_argument, 0, O_TESS},
      {"force-ocr", no_argument, 0, O_FORCE_OCR}, {"dpi", required_argument, 0, O_DPI},
      {"no-osd", no_argument, 0, O_NOOSD}, {"no-deskew", no_argument, 0, O_NODESKEW},
      {"no-binarize", no_argument, 0, O_NOBIN}, {"no-denoise", no_argument, 0, O_NODEN},
      {"no-border", no_argument, 0, O_NOBORDER}, {"no-upscale", no_argument, 0, O_NOUP},
      {"max-pixels", required_argument, 0, O_MAXPIX}, {"password", required_argument, 0, O_PASS},
      {"decimal", required_argument, 0, O_DEC}, {"manifest", required_argument, 0, O_MANIFEST},
      {"shard", required_argument, 0, O_SHARD}, {"force", no_argument, 0, O_FORCE},
      {"user-words", required_argument, 0, O_USER}, {"data-dir", required_argument, 0, O_DATA},
      {"hunspell-dict", required_argument, 0, O_HDICT}, {"join", required_argument, 0, O_JOIN},
      {"quiet", no_argument, 0, 'q'},
      {"help", no_argument, 0, 'h'}, {0, 0, 0, 0}};
  Conf cf = {0};
  ocr_options_default(&cf.ocr);
  cf.decimal = ',';
  FixOptions fo;
  fix_options_default(&fo);
  const char *manifest = NULL, *hdict = NULL, *join = NULL;
  unsigned shard_i = 0, shard_n = 1;
  int quiet = 0, force = 0, c;
  char *end;
  optind = 1;
  while ((c = getopt_long(argc, argv, "o:j:l:qh", opts, NULL)) != -1) {
    switch (c) {
      case 'o': cf.outdir = optarg; break;
      case 'j':
        cf.ocr.jobs = (int)strtol(optarg, &end, 10);
        if (*end || cf.ocr.jobs < 1 || cf.ocr.jobs > 256) {
          fprintf(stderr, "rensa: --jobs takes a number between 1 and 256\n");
          return EXIT_USAGE;
        }
        break;
      case 'l': cf.ocr.lang = optarg; break;
      case O_TESS: cf.ocr.tessdata = optarg; break;
      case O_FORCE_OCR: cf.ocr.force_ocr = 1; break;
      case O_DPI:
        cf.ocr.render_dpi = (int)strtol(optarg, &end, 10);
        if (*end || cf.ocr.render_dpi < 72 || cf.ocr.render_dpi > 1200) {
          fprintf(stderr, "rensa: --dpi takes a number between 72 and 1200\n");
          return EXIT_USAGE;
        }
        break;
      case O_NOOSD: cf.ocr.skip |= OCR_SKIP_OSD; break;
      case O_NODESKEW: cf.ocr.skip |= OCR_SKIP_DESKEW; break;
      case O_NOBIN: cf.ocr.skip |= OCR_SKIP_BINARIZE; break;
      case O_NODEN: cf.ocr.skip |= OCR_SKIP_DENOISE; break;
      case O_NOBORDER: cf.ocr.skip |= OCR_SKIP_BORDER; break;
      case O_NOUP: cf.ocr.skip |= OCR_SKIP_UPSCALE; break;
      case O_MAXPIX:
        cf.ocr.max_pixels = strtol(optarg, &end, 10);
        if (*end || cf.ocr.max_pixels < 1) {
          fprintf(stderr, "rensa: --max-pixels takes a positive number\n");
          return EXIT_USAGE;
        }
        break;
      case O_PASS: cf.ocr.pdf_password = optarg; break;
      case O_DEC:
        if (strcmp(optarg, ".") && strcmp(optarg, ",")) {
          fprintf(stderr, "rensa: --decimal takes '.' or ','\n");
          return EXIT_USAGE;
        }
        cf.decimal = optarg[0];
        break;
      case O_MANIFEST: manifest = optarg; break;
      case O_SHARD:
        if (sscanf(optarg, "%u/%u", &shard_i, &shard_n) != 2 || shard_n == 0 ||
            shard_i >= shard_n) {
          fprintf(stderr, "rensa: --shard takes I/N with 0 <= I < N\n");
          return EXIT_USAGE;
        }
        break;
      case O_FORCE: force = 1; break;
      case O_USER: fo.user_words = optarg; break;
      case O_DATA: fo.data_dir = optarg; break;
      case O_HDICT: hdict = optarg; break;
      case O_JOIN:
        if (!*optarg || strchr(optarg, '/') || !strcmp(optarg, ".") || !strcmp(optarg, "..")) {
          fprintf(stderr, "rensa: --join takes a document name without '/'\n");
          return EXIT_USAGE;
        }
        join = optarg;
        break;
      case 'q': quiet = 1; break;
      case 'h': fputs(convert_help, stdout); return EXIT_OK;
      default: fputs(convert_help, stderr); return EXIT_USAGE;
    }
  }
  if (!cf.outdir) {
    fprintf(stderr, "rensa: convert needs -o OUTDIR\n");
    return EXIT_USAGE;
  }
  if (optind >= argc && !manifest) {
    fprintf(stderr, "rensa: convert needs at least one INPUT (or --manifest)\n");
    return EXIT_USAGE;
  }
  char aff[1024], dic[1024];
  cli_hunspell_paths(hdict, aff, dic, &fo.hunspell_aff, &fo.hunspell_dic);
  /* Gather inputs: arguments, then the manifest. */
  Inputs in = {0};
  int missing = 0;
  size_t nargs = 0;
  for (int i = optind; i <= argc; i++) {
    char line[4096];
    const char *p = NULL;
    FILE *mf = NULL;
    if (i < argc) {
      p = argv[i];
    } else if (manifest) {
      if (!(mf = fopen(manifest, "r"))) {
        fprintf(stderr, "rensa: %s: cannot open manifest: %s\n", manifest, strerror(errno));
        inputs_free(&in);
        return EXIT_INPUT;
      }
    } else {
      break;
    }
    do {
      if (mf) {
        if (!fgets(line, sizeof line, mf)) break;
        line[strcspn(line, "\r\n")] = '\0';
        if (!line[0] || line[0] == '#') continue;
        p = line;
      }
      nargs++;
      struct stat st;
      if (stat(p, &st)) {
        fprintf(stderr, "rensa: %s: cannot open: %s\n", p, strerror(errno));
        missing++;
      } else if (S_ISDIR(st.st_mode)) {
        missing += walk(&in, p, "");
      } else {
        const char *b = strrchr(p, '/');
        if (push(&in, p, b ? b + 1 : p)) {
          fprintf(stderr, "rensa: out of memory\n");
          if (mf) fclose(mf);
          inputs_free(&in);
          return EXIT_NOMEM;
        }
      }
    } while (mf);
    if (mf) fclose(mf);
  }
  if (join && in.n && join_inputs(&in, join)) {
    inputs_free(&in);
    return EXIT_USAGE;
  }
  cf.ocr.one_document = join != NULL;
  if (cli_mkdirs(cf.outdir) || access(cf.outdir, W_OK)) {
    fprintf(stderr, "rensa: %s: cannot write output directory: %s\n", cf.outdir,
            strerror(errno ? errno : EACCES));
    inputs_free(&in);
    return EXIT_OUTPUT;
  }
  FixerSlot fs = {&fo, NULL, 0, 0, {0}, PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER};
  cf.ocr.stop = &fs.failed;
  pthread_t loader;
  int loading = pthread_create(&loader, NULL, fixer_load, &fs) == 0;
  if (!loading) fixer_load(&fs);
  Progress pr = {isatty(2) && !quiet, 0, 0, "", now(), 0};
  Batch bt = {&cf, &fs, &in, &pr, shard_i, shard_n, force, 0, 0, 0, 0, 0, EXIT_OK,
              PTHREAD_MUTEX_INITIALIZER};
  for (size_t i = 0; i < in.n; i++)
    if (shard_of(in.v[i].rel, shard_n) == shard_i) pr.nfiles++;
  /* Several inputs: one worker per core, each OCRing its own input on one
   * engine, so single-page scans keep every core busy.  One input: its
   * pages are spread over the cores instead. */
  int workers = cf.ocr.jobs > 0 ? cf.ocr.jobs : (int)sysconf(_SC_NPROCESSORS_ONLN);
  if (workers < 1) workers = 1;
  if ((size_t)workers > pr.nfiles) workers = pr.nfiles ? (int)pr.nfiles : 1;
  if (workers > 1) cf.ocr.jobs = 1;
  pthread_t tids[256];
  int started = 0;
  for (int w = 1; w < workers && w < 256; w++)
    if (pthread_create(&tids[started], NULL, batch_worker, &bt) == 0) started++;
  batch_worker(&bt);
  for (int w = 0; w < started; w++) pthread_join(tids[w], NULL);
  if (loading) pthread_join(loader, NULL);
  ocr_release_engines();
  if (fs.state < 0) {   /* no dictionary or rule table: nothing was written */
    cli_error(&fs.err);
    inputs_free(&in);
    return cli_exit_code(fs.err.code);
  }
  size_t done = bt.done, skipped = bt.skipped, failed = bt.failed, other_shard = bt.other;
  int last_code = bt.last_code;
  if (!quiet && (nargs > 1 || in.n > 1 || shard_n > 1))
    fprintf(stderr, "rensa: %zu converted, %zu up to date, %zu failed%s", done, skipped,
            failed + (size_t)missing, shard_n > 1 ? "" : "\n");
  if (!quiet && shard_n > 1)
    fprintf(stderr, " (shard %u/%u; %zu inputs in other shards)\n", shard_i, shard_n, other_shard);
  fix_free_at_exit(fs.fx);
  int single = (nargs == 1 || join) && in.n <= 1;
  inputs_free(&in);
  if (failed + (size_t)missing == 0) return EXIT_OK;
  /* One input: its own exit code; a batch: 1. */
  if (single) return missing ? EXIT_INPUT : last_code;
  return EXIT_SOME_FAILED;
}
