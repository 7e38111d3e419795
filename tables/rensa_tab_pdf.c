/*
 * rensa_tab_pdf.c — DEV DRIVER, not part of the library: measure the
 * geometry path of the table builder before the PDF text-layer reader in
 * ocr/ lands.
 *
 *   rensa-tab-pdf DOC.pdf OUTDIR [NAME [PAGE]]
 *
 * Builds one DocPage per PDF page straight from poppler-glib (the page
 * text and one rectangle per character): words are cut at whitespace and
 * at wide gaps, one DOC_PARA block per poppler text line (no ruling
 * lines: ruled tables take the alignment method here; `rensa convert`
 * renders the page for them, see tab_ruling.c).  Runs
 * tab_build_geom on each page (or only PAGE), tab_join_pages, and writes
 * every table as
 * OUTDIR/NAME-table-NN.csv (decimal comma).  With RENSA_TAB_FLAGS set in
 * the environment it reports on stderr how many cells each table has
 * flagged (sums or differences that do not close).  Exit 0, or 1 with a
 * message.
 */
#include <math.h>
#include <poppler.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_write.h"
#include "doc.h"
#include "tables.h"

/* Add the words of one poppler page to a new DocPage of d. */
static void load_page(Doc *d, PopplerPage *pg) {
  DocPage *p = doc_page_add(d);
  double w, h;
  poppler_page_get_size(pg, &w, &h);
  p->width = (float)w;
  p->height = (float)h;
  char *text = poppler_page_get_text(pg);
  PopplerRectangle *rects = NULL;
  guint nr = 0;
  if (!text || !poppler_page_get_text_layout(pg, &rects, &nr)) {
    g_free(text);
    return;
  }
  DocBlock *b = NULL;
  DocLine *l = NULL;
  char word[1024];
  size_t wl = 0;
  DocBox box = {0, 0, 0, 0};
  const char *s = text;
  guint ci = 0;
  float lastx0 = 0, lastx1 = 0, lasty0 = 0, lasty1 = 0, lasth = 0, lastw = 0;
#define FLUSH()                                                        \
  do {                                                                 \
    if (wl) {                                                          \
      if (!b) {                                                        \
        b = doc_block_add(p, DOC_PARA);                                \
        l = doc_line_add(b);                                           \
      }                                                                \
      word[wl] = '\0';                                                 \
      DocWord *dw = doc_word_add(l, word, 0, 0);                       \
      if (dw) {                                                        \
        dw->box = box;                                                 \
        dw->has_box = 1;                                               \
      }                                                                \
      wl = 0;                                                          \
    }                                                                  \
  } while (0)
  while (*s && ci < nr) {
    gunichar c = g_utf8_get_char(s);
    const char *next = g_utf8_next_char(s);
    PopplerRectangle *r = &rects[ci++];
    if (c == '\n') {
      FLUSH();
      b = NULL;
      l = NULL;
    } else if (g_unichar_isspace(c)) {
      FLUSH();
    } else {
      float x0 = (float)fmin(r->x1, r->x2), x1 = (float)fmax(r->x1, r->x2);
      float y0 = (float)fmin(r->y1, r->y2), y1 = (float)fmax(r->y1, r->y2);
      /* a wide gap ends a word: along x for upright text, along y for
       * text rotated a quarter turn (the glyphs stack vertically) */
      if (wl) {
        float ov = fminf(y1, lasty1) - fmaxf(y0, lasty0);
        int upright = ov > 0.5f * fminf(y1 - y0, lasth);
        if (upright ? (x0 - lastx1 > 0.25f * lasth || x0 < lastx1 - lasth)
                    : (fmaxf(y0 - lasty1, lasty0 - y1) > 0.25f * lastw ||
                       fabsf(x0 - lastx0) > 0.5f * lastw))
          FLUSH();
      }
      size_t n = (size_t)(next - s);
      if (wl + n < sizeof word) {
        if (!wl) box = (DocBox){x0, y0, x1, y1};
        else {
          if (x0 < box.x0) box.x0 = x0;
          if (y0 < box.y0) box.y0 = y0;
          if (x1 > box.x1) box.x1 = x1;
          if (y1 > box.y1) box.y1 = y1;
        }
        memcpy(word + wl, s, n);
        wl += n;
      }
      lastx0 = x0;
      lastx1 = x1;
      lasty0 = y0;
      lasty1 = y1;
      lasth = y1 - y0;
      lastw = x1 - x0;
    }
    s = next;
  }
  FLUSH();
#undef FLUSH
  g_free(rects);
  g_free(text);
}

/* Read the PDF, find the tables page by page, join them, write CSVs. */
int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: rensa-tab-pdf DOC.pdf OUTDIR [NAME [PAGE]]\n");
    return 1;
  }
  const char *name = argc > 3 ? argv[3] : "out";
  int only = argc > 4 ? atoi(argv[4]) : 0;
  GError *err = NULL;
  char *uri = g_filename_to_uri(argv[1], NULL, &err);
  if (!uri && argv[1][0] != '/') {
    char *abs = g_canonicalize_filename(argv[1], NULL);
    uri = g_filename_to_uri(abs, NULL, NULL);
    g_free(abs);
  }
  PopplerDocument *pd = uri ? poppler_document_new_from_file(uri, NULL, &err)
                            : NULL;
  g_free(uri);
  if (!pd) {
    fprintf(stderr, "rensa-tab-pdf: %s: cannot open\n", argv[1]);
    return 1;
  }
  Doc *d = doc_new(argv[1]);
  int np = poppler_document_get_n_pages(pd), nt = 0;
  for (int i = 0; i < np; i++) {
    if (only && i + 1 != only) continue;
    PopplerPage *pg = poppler_document_get_page(pd, i);
    load_page(d, pg);
    g_object_unref(pg);
    DocPage *p = &d->pages[d->npages - 1];
    p->number = i + 1;
    RensaErr e;
    rensa_err_clear(&e);
    if (tab_build_geom(p, &e) != RENSA_OK) {
      fprintf(stderr, "rensa-tab-pdf: %s: page %d: %s\n", argv[1], i + 1,
              e.msg);
      return 1;
    }
  }
  RensaErr e;
  rensa_err_clear(&e);
  if (tab_join_pages(d, &e) != RENSA_OK) {
    fprintf(stderr, "rensa-tab-pdf: %s: %s\n", argv[1], e.msg);
    return 1;
  }
  for (size_t i = 0; i < d->npages; i++) {
    DocPage *p = &d->pages[i];
    for (size_t b = 0; b < p->nblocks; b++) {
      if (p->blocks[b].kind != DOC_TABLE) continue;
      char path[2048];
      snprintf(path, sizeof path, "%s/%s-table-%02d.csv", argv[2], name,
               ++nt);
      FILE *o = fopen(path, "wb");
      if (!o || csv_write_table(p->blocks[b].table, o, ',')) {
        fprintf(stderr, "rensa-tab-pdf: %s: cannot write\n", path);
        return 1;
      }
      fclose(o);
      if (getenv("RENSA_TAB_FLAGS")) {
        const DocTable *t = p->blocks[b].table;
        size_t nf = 0;
        for (size_t k = 0; k < t->nrows * t->ncols; k++) nf += t->cell_flags[k] != 0;
        fprintf(stderr, "%s: %zu x %zu, %zu cells flagged", path, t->nrows,
                t->ncols, nf);
        for (size_t k = 0; k < t->nrows * t->ncols; k++)
          if (t->cell_flags[k])
            fprintf(stderr, " (%zu,%zu)", k / t->ncols, k % t->ncols);
        fputc('\n', stderr);
      }
    }
  }
  doc_free(d);
  g_object_unref(pd);
  return 0;
}
