/*
 * ocr_dump.c — rensa-ocr-dump: run ocr_read_file on files and print the
 * words, one recognised line per output line, a blank line between blocks.
 * All files are read as one stream of pages (ocr_read_files), so pages of
 * different files are OCR'd in parallel.  A measuring and debugging tool,
 * not the product's CLI.
 *
 *   rensa-ocr-dump [-j N] [-l LANG] [--tessdata DIR] [--password PW]
 *                  [--force-ocr] [--no-osd] [--no-deskew] [--no-binarize]
 *                  [--no-denoise] [--no-border] [--no-upscale] [--no-layout]
 *                  [--blocks] [--noise] [--boxes] [-v] FILE...
 *
 * --blocks prefixes headings with "#"s, list items with their marker and
 * noise with "[noise]"; --noise also prints DOC_NOISE blocks (dropped by
 * default); --boxes appends each word's box and confidence; -v prints
 * progress and pages per second on stderr.  Exit status: 0, or the
 * RensaStatus of the first failing file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ocr.h"

/* Progress callback: "FILE: page N/M" on stderr. */
static void show_progress(void *ctx, int done, int total) {
  fprintf(stderr, "%s: page %d/%d\n", (const char *)ctx, done, total);
}

/* Print the pages of d from page first on. */
static void dump(const Doc *d, size_t first, int blocks, int noise, int boxes) {
  for (size_t pi = first; pi < d->npages; pi++) {
    const DocPage *p = &d->pages[pi];
    if (blocks)
      printf("=== page %d (%s, %.0fx%.0f, mean conf %.1f)\n", p->number,
             p->from_ocr ? "ocr" : "text layer", p->width, p->height, p->mean_conf);
    for (size_t bi = 0; bi < p->nblocks; bi++) {
      const DocBlock *b = &p->blocks[bi];
      if (b->kind == DOC_NOISE && !noise) continue;
      for (size_t li = 0; li < b->nlines; li++) {
        const DocLine *l = &b->lines[li];
        if (blocks && li == 0) {
          if (b->kind == DOC_HEADING) printf("%.*s ", b->level, "######");
          else if (b->kind == DOC_LIST_ITEM) printf("%s ", b->marker);
          else if (b->kind == DOC_NOISE) printf("[noise] ");
        }
        for (size_t wi = 0; wi < l->nwords; wi++) {
          const DocWord *w = &l->words[wi];
          printf("%s%s", wi ? " " : "", w->text);
          if (boxes)
            printf("[%.0f,%.0f,%.0f,%.0f %.0f]", w->box.x0, w->box.y0,
                   w->box.x1, w->box.y1, w->conf);
        }
        printf("\n");
      }
      printf("\n");
    }
  }
}

int main(int argc, char **argv) {
  OcrOptions o;
  ocr_options_default(&o);
  int blocks = 0, noise = 0, boxes = 0, verbose = 0;
  const char **files = calloc((size_t)argc, sizeof *files);
  size_t nfiles = 0;
  if (!files) return RENSA_E_NOMEM;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!strcmp(a, "-j") && i + 1 < argc) o.jobs = atoi(argv[++i]);
    else if (!strcmp(a, "-l") && i + 1 < argc) o.lang = argv[++i];
    else if (!strcmp(a, "--tessdata") && i + 1 < argc) o.tessdata = argv[++i];
    else if (!strcmp(a, "--password") && i + 1 < argc) o.pdf_password = argv[++i];
    else if (!strcmp(a, "--force-ocr")) o.force_ocr = 1;
    else if (!strcmp(a, "--no-osd")) o.skip |= OCR_SKIP_OSD;
    else if (!strcmp(a, "--no-deskew")) o.skip |= OCR_SKIP_DESKEW;
    else if (!strcmp(a, "--no-binarize")) o.skip |= OCR_SKIP_BINARIZE;
    else if (!strcmp(a, "--no-denoise")) o.skip |= OCR_SKIP_DENOISE;
    else if (!strcmp(a, "--no-border")) o.skip |= OCR_SKIP_BORDER;
    else if (!strcmp(a, "--no-upscale")) o.skip |= OCR_SKIP_UPSCALE;
    else if (!strcmp(a, "--no-prep")) o.skip |= OCR_SKIP_ALL_PREP;
    else if (!strcmp(a, "--no-layout")) o.skip |= OCR_SKIP_LAYOUT;
    else if (!strcmp(a, "--blocks")) blocks = 1;
    else if (!strcmp(a, "--noise")) noise = 1;
    else if (!strcmp(a, "--boxes")) boxes = 1;
    else if (!strcmp(a, "-v")) verbose = 1;
    else if (a[0] == '-' && a[1]) {
      fprintf(stderr, "rensa-ocr-dump: unknown option %s\n", a);
      free(files);
      return RENSA_E_USAGE;
    } else {
      files[nfiles++] = a;
    }
  }
  Doc *d = doc_new("rensa-ocr-dump");
  if (!d) {
    free(files);
    return RENSA_E_NOMEM;
  }
  RensaErr e;
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  RensaStatus st = ocr_read_files(files, nfiles, &o, d,
                                  verbose ? show_progress : NULL, "rensa-ocr-dump", &e);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  ocr_release_engines();
  if (st != RENSA_OK) {
    char buf[1200];
    rensa_err_format(&e, buf, sizeof buf);
    fprintf(stderr, "rensa-ocr-dump: %s\n", buf);
  }
  dump(d, 0, blocks, noise, boxes);
  if (verbose) {
    double s = (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    fprintf(stderr, "%zu pages in %.2f s (%.2f pages/s) with %d jobs\n",
            d->npages, s, s > 0 ? d->npages / s : 0, o.jobs);
  }
  doc_free(d);
  free(files);
  return st;
}
