/*
 * ocr_pdf.c — PDF input through poppler-glib: text layers and rendering.
 *
 * For each page we decide whether its text layer is real.  A page qualifies
 * when its text is mostly plausible words (letters with vowels, numbers,
 * ordinary punctuation); scanned pages carrying an invisible OCR layer must
 * pass a stricter test, since such layers are often garbage.  Real text is
 * read with one rectangle per character (poppler_page_get_text_layout, whose
 * array runs parallel to the characters of poppler_page_get_text), grouped
 * into words at spaces, lines at newlines, and blocks by geometry (a
 * paragraph gap, a jump to another column, a change of font size, a change
 * between bold and regular; short bold blocks become headings).  Other
 * pages are rendered with cairo and go through OCR: at the resolution of
 * the scan when one image covers the page (a 96-dpi page size around a
 * 300-dpi scan is common), else at the requested dpi.
 *
 * poppler-glib is not thread-safe for one document: all calls here are made
 * from the producer thread.  Provides: ocr_pdf_quiet, ocr_pdf_open, ocr_pdf_free,
 * ocr_pdf_pages, ocr_pdf_text_page, ocr_pdf_render.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <poppler.h>

#include "ocr_int.h"
#include "tables.h"

struct OcrPdf {
  PopplerDocument *doc;
  const char *path;      /* borrowed, for messages */
  int npages;
  unsigned char *surf;   /* pixels of the last page rendered, kept for the next */
  size_t surf_cap;       /* bytes at surf */
};

/* Discard poppler's own messages: the library never prints. */
static void log_discard(const gchar *domain, GLogLevelFlags level,
                        const gchar *msg, gpointer data) {
  (void)domain; (void)level; (void)msg; (void)data;
}

void ocr_pdf_quiet(void) {
  g_log_set_handler("Poppler", G_LOG_LEVEL_MASK | G_LOG_FLAG_FATAL |
                    G_LOG_FLAG_RECURSION, log_discard, NULL);
}

/* Does the file end with a %%EOF marker (within its last 2 KB)?  Files cut
 * short by a failed download or copy do not.  -1 if unreadable. */
static int has_eof_marker(const char *path) {
  unsigned char buf[2048];
  long got = ocr_file_tail(path, buf, sizeof buf);
  if (got < 0) return -1;
  size_t n = (size_t)got;
  for (size_t i = 0; i + 5 <= n; i++)
    if (memcmp(buf + i, "%%EOF", 5) == 0) return 1;
  return 0;
}

OcrPdf *ocr_pdf_open(const char *path, const char *password, RensaErr *e) {
  int eof = has_eof_marker(path);
  if (eof < 0) {
    rensa_err_set(e, RENSA_E_INPUT, path, 0, "cannot open: %s", strerror(errno));
    return NULL;
  }
  if (eof == 0) {
    rensa_err_set(e, RENSA_E_INPUT, path, 0,
                  "PDF is truncated or damaged (no %%%%EOF marker at its end)");
    return NULL;
  }
  GError *err = NULL;
  GFile *gf = g_file_new_for_path(path);
  PopplerDocument *doc = poppler_document_new_from_gfile(gf, password, NULL, &err);
  g_object_unref(gf);
  if (!doc) {
    if (err && err->domain == POPPLER_ERROR && err->code == POPPLER_ERROR_ENCRYPTED)
      rensa_err_set(e, RENSA_E_INPUT, path, 0,
                    password && *password
                        ? "PDF is encrypted and the password is wrong"
                        : "PDF is encrypted: a password is needed");
    else
      rensa_err_set(e, RENSA_E_INPUT, path, 0, "cannot read the PDF: %s",
                    err && err->message ? err->message : "damaged file");
    if (err) g_error_free(err);
    return NULL;
  }
  int n = poppler_document_get_n_pages(doc);
  if (n <= 0) {
    rensa_err_set(e, RENSA_E_INPUT, path, 0, "PDF has no pages");
    g_object_unref(doc);
    return NULL;
  }
  OcrPdf *pdf = calloc(1, sizeof *pdf);
  if (!pdf) {
    rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
    g_object_unref(doc);
    return NULL;
  }
  pdf->doc = doc;
  pdf->path = path;
  pdf->npages = n;
  return pdf;
}

void ocr_pdf_free(OcrPdf *pdf) {
  if (!pdf) return;
  g_object_unref(pdf->doc);
  free(pdf->surf);
  free(pdf);
}

int ocr_pdf_pages(const OcrPdf *pdf) { return pdf->npages; }

/* ---- is the text layer real? ------------------------------------------ */

/* Is the byte a letter for our purposes (ASCII letter or any non-ASCII
 * UTF-8 byte, which in report text is almost always å ä ö é)? */
static int is_letter(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

/* Does token [s, s+n) look like something a report would print: a word
 * with a vowel, a number, an abbreviation, a date? */
static int plausible_token(const unsigned char *s, size_t n) {
  static const char edge[] = ".,;:!?()[]\"'-/%*";
  while (n && strchr(edge, s[0])) { s++; n--; }
  while (n && strchr(edge, s[n - 1])) n--;
  if (n == 0) return -1;                           /* punctuation: ignore */
  size_t letters = 0, digits = 0, other = 0, vowels = 0, upper_inside = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c >= '0' && c <= '9') digits++;
    else if (is_letter(c)) {
      letters++;
      if (strchr("aeiouyAEIOUY", c) || c >= 0x80) vowels++;
      if (i > 0 && c >= 'A' && c <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z')
        upper_inside++;
    } else if (!strchr(".,:-/%&@_+", c)) other++;
  }
  if (other > 0) return 0;
  if (letters == 0) return 1;                      /* a number or a date */
  if (n > 32) return 0;
  if (upper_inside > 1) return 0;                  /* "tHiS" */
  if (digits && letters) return n <= 16;            /* "KS.2017.59", "2a" */
  return vowels > 0 || letters <= 4;                /* words, abbreviations */
}

/* Fraction of plausible tokens in text; *nalnum gets the count of letters
 * and digits. */
static double text_quality(const char *text, size_t *nalnum) {
  const unsigned char *s = (const unsigned char *)text;
  size_t good = 0, total = 0;
  *nalnum = 0;
  while (*s) {
    while (*s && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')) s++;
    const unsigned char *t = s;
    while (*s && !(*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r')) {
      if (is_letter(*s) || (*s >= '0' && *s <= '9')) {
        if (*s < 0x80 || (*s & 0xC0) == 0xC0) (*nalnum)++;
      }
      s++;
    }
    if (s == t) continue;
    int p = plausible_token(t, (size_t)(s - t));
    if (p < 0) continue;
    total++;
    good += (size_t)p;
  }
  return total ? (double)good / total : 0;
}

/* Fraction of the page covered by images. */
static double image_cover(PopplerPage *pg, double w, double h) {
  GList *maps = poppler_page_get_image_mapping(pg);
  double a = 0;
  for (GList *l = maps; l; l = l->next) {
    PopplerImageMapping *m = l->data;
    a += fabs((m->area.x2 - m->area.x1) * (m->area.y2 - m->area.y1));
  }
  poppler_page_free_image_mapping(maps);
  return w > 0 && h > 0 ? a / (w * h) : 0;
}

/* ---- building words, lines and blocks --------------------------------- */

/* Extend box b (valid if *has) by r. */
static void box_add(DocBox *b, int *has, const PopplerRectangle *r) {
  float x0 = (float)fmin(r->x1, r->x2), x1 = (float)fmax(r->x1, r->x2);
  float y0 = (float)fmin(r->y1, r->y2), y1 = (float)fmax(r->y1, r->y2);
  if (x1 - x0 <= 0 && y1 - y0 <= 0) return;      /* empty rectangle */
  if (!*has) {
    b->x0 = x0; b->y0 = y0; b->x1 = x1; b->y1 = y1;
    *has = 1;
    return;
  }
  if (x0 < b->x0) b->x0 = x0;
  if (y0 < b->y0) b->y0 = y0;
  if (x1 > b->x1) b->x1 = x1;
  if (y1 > b->y1) b->y1 = y1;
}

/* Do consecutive glyph rectangles a and b belong to different words?
 * They do when b is on another baseline (cells of a table header stacked
 * in one text line), left of a, or right of a by more than a tenth of the
 * glyph height (a thin space, a column gap).  Text turned a quarter turn
 * (rotated tables) stacks its glyphs vertically in one column: there a
 * glyph below or above the last, close and in the same column, goes on. */
static int gap_break(const PopplerRectangle *a, const PopplerRectangle *b) {
  double ah = fabs(a->y2 - a->y1), bh = fabs(b->y2 - b->y1);
  double h = ah > bh ? ah : bh;
  if (h <= 0) return 0;
  double ax0 = fmin(a->x1, a->x2), ax1 = fmax(a->x1, a->x2);
  double bx0 = fmin(b->x1, b->x2), bx1 = fmax(b->x1, b->x2);
  double ay = fmax(a->y1, a->y2), by = fmax(b->y1, b->y2);
  double ay0 = fmin(a->y1, a->y2), by0 = fmin(b->y1, b->y2);
  double aw = ax1 - ax0, bw = bx1 - bx0, w = aw > bw ? aw : bw;
  double yov = fmin(ay, by) - fmax(ay0, by0);
  if (yov < 0.5 * fmin(ah, bh) && w > 0 && fabs(ax0 - bx0) < 0.5 * w) {
    double vgap = fmax(by0 - ay, ay0 - by); /* between the boxes, either way */
    return vgap > 0.25 * w;
  }
  if (fabs(ay - by) > 0.5 * h) return 1;
  if (bx0 < ax0) return 1;
  return bx0 - ax1 > 0.1 * h;
}

/* Should line cur start a new block after line prev? */
static int new_block(const DocLine *prev, const DocLine *cur) {
  if (!prev->has_box || !cur->has_box) return 0;
  float hp = prev->box.y1 - prev->box.y0, hc = cur->box.y1 - cur->box.y0;
  float h = hp > hc ? hp : hc;
  if (h <= 0) return 0;
  if (cur->box.y0 - prev->box.y1 > 0.6f * h) return 1;      /* paragraph gap */
  if (cur->box.y1 < prev->box.y0) return 1;                 /* went up: column */
  if (cur->box.x0 > prev->box.x1 || cur->box.x1 < prev->box.x0) return 1;
  if (hp > 0 && hc > 0 && (hp / hc > 1.3f || hc / hp > 1.3f)) return 1;
  return 0;
}

/* Is a font name that of a bold face ("ABCDEF+LiberationSans-Bold")? */
static int bold_font(const char *name) {
  return name && (strstr(name, "Bold") || strstr(name, "bold") ||
                  strstr(name, "Black") || strstr(name, "Heavy") ||
                  strstr(name, "Semibold") || strstr(name, "Demi"));
}

/* Per character of the page text: 1 when set in a bold face.  NULL if out
 * of memory; n is the number of characters. */
static unsigned char *bold_chars(PopplerPage *pg, size_t n) {
  unsigned char *bold = calloc(n + 1, 1);
  if (!bold) return NULL;
  GList *attrs = poppler_page_get_text_attributes(pg);
  for (GList *l = attrs; l; l = l->next) {
    PopplerTextAttributes *a = l->data;
    if (!bold_font(a->font_name)) continue;
    for (long k = a->start_index < 0 ? 0 : a->start_index;
         k <= a->end_index && k < (long)n; k++)
      bold[k] = 1;
  }
  poppler_page_free_text_attributes(attrs);
  return bold;
}

/* Make a short block set entirely in bold a heading (level 3; the layout
 * stage raises taller ones). */
static void bold_heading(DocBlock *b) {
  if (b->nlines == 0 || b->nlines > 2 || !ocr_heading_plausible(b)) return;
  b->kind = DOC_HEADING;
  b->level = 3;
}

/* Read the text and boxes of page pg into p; RENSA_OK or RENSA_E_NOMEM. */
static RensaStatus read_words(PopplerPage *pg, const char *text, DocPage *p) {
  PopplerRectangle *rects = NULL;
  guint nrects = 0;
  poppler_page_get_text_layout(pg, &rects, &nrects);
  size_t nchars = (size_t)g_utf8_strlen(text, -1);
  unsigned char *bold = bold_chars(pg, nchars);
  /* per scratch line: all its words bold (lines <= characters) */
  unsigned char *lbold = calloc(nchars + 1, 1);
  /* first all lines into one scratch block, then split into blocks */
  Doc *tmp = doc_new(NULL);
  DocPage *tp = tmp ? doc_page_add(tmp) : NULL;
  DocBlock *all = tp ? doc_block_add(tp, DOC_PARA) : NULL;
  RensaStatus st = all && bold && lbold ? RENSA_OK : RENSA_E_NOMEM;
  DocLine *line = NULL;
  const unsigned char *s = (const unsigned char *)text;
  size_t k = 0;                                   /* character index */
  char word[512];
  size_t wl = 0;
  DocBox wbox;
  int whas = 0, wbold = 1;
  while (st == RENSA_OK) {
    unsigned char c = *s;
    size_t n = 1;
    if (c >= 0xF0) n = 4;
    else if (c >= 0xE0) n = 3;
    else if (c >= 0xC0) n = 2;
    int end_word = c == 0 || c == ' ' || c == '\n' || c == '\t' || c == '\r';
    /* poppler joins glyphs set apart without a space character (table
     * cells, thin spaces in "10 135"): a horizontal gap of more than a
     * tenth of the glyph height also ends a word */
    if (!end_word && wl && k < nrects && k > 0 && gap_break(&rects[k - 1], &rects[k]))
      end_word = 2;
    if (end_word && wl) {
      if (!line) {
        if (!(line = doc_line_add(all))) { st = RENSA_E_NOMEM; break; }
        lbold[all->nlines - 1] = 1;
      }
      lbold[all->nlines - 1] &= (unsigned char)wbold;
      word[wl] = '\0';
      ocr_text_nfc(word);
      DocWord *w = doc_word_add(line, word, 0, 0);
      if (!w) { st = RENSA_E_NOMEM; break; }
      w->box = wbox;
      w->has_box = whas;
      if (whas) {
        if (!line->has_box) { line->box = wbox; line->has_box = 1; }
        else {
          PopplerRectangle r = {wbox.x0, wbox.y0, wbox.x1, wbox.y1};
          box_add(&line->box, &line->has_box, &r);
        }
      }
      wl = 0;
      whas = 0;
      wbold = 1;
    }
    if (c == 0) break;
    if (c == '\n') line = NULL;
    else if (end_word != 1) {
      if (wl + n < sizeof word) {
        for (size_t i = 0; i < n && s[i]; i++) word[wl++] = (char)s[i];
      }
      if (k < nrects) box_add(&wbox, &whas, &rects[k]);
      if (k < nchars && !bold[k]) wbold = 0;
    }
    for (size_t i = 0; i < n && *s; i++) s++;
    k++;
  }
  g_free(rects);
  /* split the scratch lines into blocks; a change between bold and regular
   * lines also starts a block */
  int prev_bold = -1, block_bold = 0;
  for (size_t i = 0; st == RENSA_OK && all && i < all->nlines; i++) {
    DocLine *src = &all->lines[i];
    if (src->nwords == 0) continue;
    DocBlock *b = p->nblocks ? &p->blocks[p->nblocks - 1] : NULL;
    if (!b || (b->nlines && (new_block(&b->lines[b->nlines - 1], src) ||
                             lbold[i] != prev_bold))) {
      if (b && block_bold) bold_heading(b);
      if (!(b = doc_block_add(p, DOC_PARA))) { st = RENSA_E_NOMEM; break; }
      block_bold = 1;
    }
    prev_bold = lbold[i];
    block_bold &= lbold[i];
    DocLine *dl = doc_line_add(b);
    if (!dl) { st = RENSA_E_NOMEM; break; }
    *dl = *src;                                   /* move the words */
    memset(src, 0, sizeof *src);
    if (dl->has_box) {
      PopplerRectangle r = {dl->box.x0, dl->box.y0, dl->box.x1, dl->box.y1};
      box_add(&b->box, &b->has_box, &r);
    }
  }
  if (st == RENSA_OK && p->nblocks && block_bold) bold_heading(&p->blocks[p->nblocks - 1]);
  doc_free(tmp);
  free(bold);
  free(lbold);
  return st;
}

/* Is pixel (x, y) of the xRGB raster px (stride bytes a row) dark? */
static int dark_at(const unsigned char *px, int stride, int x, int y) {
  const unsigned char *c = px + (size_t)y * (size_t)stride + 4 * (size_t)x;
  return c[0] + c[1] + c[2] < 3 * 128;   /* (blue, green, red: any order) */
}

/* List bullets the text layer does not carry (a browser draws a list's
 * round markers as shapes): on the rendered page px (W × H, stride bytes a
 * row, scale pixels a point), a solid dot left of a line's first word, a
 * fifth to a half of the word's height wide and about as tall, alone
 * between the word and 2.5 heights left of it, at the middle of the word's
 * height, becomes a "•" word starting the line (ocr_layout_page makes the
 * line a list item).  0, or -1 on allocation failure. */
static int page_bullets(const unsigned char *px, int W, int H, int stride, double scale,
                        DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      if (!ln->nwords || !ln->words[0].has_box) continue;
      DocBox wb = ln->words[0].box;
      double h = wb.y1 - wb.y0;
      int x0 = (int)((wb.x0 - 2.5 * h) * scale), x1 = (int)((wb.x0 - 0.1 * h) * scale);
      int y0 = (int)(wb.y0 * scale), y1 = (int)(wb.y1 * scale);
      if (x0 < 0) x0 = 0;
      if (y0 < 0 || y1 >= H || x1 >= W || x1 - x0 < 4 || h <= 0 || h > 72) continue;
      int bx0 = W, bx1 = -1, by0 = H, by1 = -1;
      long n = 0;
      for (int y = y0; y <= y1; y++)
        for (int x = x0; x <= x1; x++)
          if (dark_at(px, stride, x, y)) {
            n++;
            if (x < bx0) bx0 = x;
            if (x > bx1) bx1 = x;
            if (y < by0) by0 = y;
            if (y > by1) by1 = y;
          }
      if (!n || bx0 == x0 || by0 == y0 || by1 == y1) continue;   /* part of more */
      double dw = (bx1 - bx0 + 1) / scale, dh = (by1 - by0 + 1) / scale;
      double cy = (by0 + by1 + 1) / 2.0 / scale;
      if (dw < 0.2 * h || dw > 0.5 * h || dh < 0.7 * dw || dh > 1.4 * dw ||
          (double)n < 0.6 * (bx1 - bx0 + 1) * (by1 - by0 + 1) || cy < wb.y0 + 0.25 * h ||
          cy > wb.y1 - 0.15 * h)
        continue;
      DocWord *w = doc_word_add(ln, "\u2022", 0, 0);
      if (!w) return -1;
      w->box = (DocBox){(float)(bx0 / scale), (float)(by0 / scale), (float)((bx1 + 1) / scale),
                        (float)((by1 + 1) / scale)};
      w->has_box = 1;
      w->conf = -1;
      DocWord v = *w;
      memmove(&ln->words[1], &ln->words[0], (ln->nwords - 1) * sizeof v);
      ln->words[0] = v;
      doc_box_cover(&ln->box, &ln->has_box, v.box);
    }
  return 0;
}

/* The ruling lines of a text-layer page (table borders, which the text
 * layer does not carry) and its list bullets (page_bullets): the page
 * rendered at 144 dpi (less for pages over 16 Mpixel at that), scanned by
 * tab_ruling_scan into p->rules.  0, or -1 on allocation failure. */
static int page_rules(PopplerPage *pg, double w, double h, DocPage *p) {
  if (w < 1 || h < 1) return 0;
  /* a poster-sized page at a lower resolution: at most 16 Mpixel */
  double scale = fmin(2.0, sqrt(16e6 / (w * h)));
  int W = (int)ceil(w * scale), H = (int)ceil(h * scale);
  if (W < 1 || H < 1) return 0;
  cairo_surface_t *surf = cairo_image_surface_create(CAIRO_FORMAT_RGB24, W, H);
  int ret = -1;
  if (cairo_surface_status(surf) == CAIRO_STATUS_SUCCESS) {
    cairo_t *cr = cairo_create(surf);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    poppler_page_render(pg, cr);
    cairo_destroy(cr);
    cairo_surface_flush(surf);
    ret = tab_ruling_scan(cairo_image_surface_get_data(surf), W, H,
                          cairo_image_surface_get_stride(surf), (float)scale, p);
    if (ret == 0)
      ret = page_bullets(cairo_image_surface_get_data(surf), W, H,
                         cairo_image_surface_get_stride(surf), scale, p);
  }
  cairo_surface_destroy(surf);
  return ret;
}

int ocr_pdf_text_page(OcrPdf *pdf, int index, DocPage *p, RensaErr *e) {
  PopplerPage *pg = poppler_document_get_page(pdf->doc, index);
  if (!pg) {
    rensa_err_set(e, RENSA_E_INPUT, pdf->path, index + 1, "cannot read the page");
    return -1;
  }
  double w = 0, h = 0;
  poppler_page_get_size(pg, &w, &h);
  char *text = poppler_page_get_text(pg);
  size_t nalnum = 0;
  double q = text ? text_quality(text, &nalnum) : 0;
  int scanned = image_cover(pg, w, h) > 0.5;
  int real = scanned ? (nalnum >= 40 && q >= 0.85) : (nalnum >= 1 && q >= 0.6);
  int ret = 0;
  if (real) {
    p->width = (float)w;
    p->height = (float)h;
    p->from_ocr = 0;
    p->mean_conf = -1;
    /* the vector layer only where the raster scan found lines to split */
    if (read_words(pg, text, p) != RENSA_OK || page_rules(pg, w, h, p) ||
        (p->nrules && ocr_pdf_cell_rules(pg, w, h, p))) {
      rensa_err_set(e, RENSA_E_NOMEM, pdf->path, index + 1, "out of memory");
      ret = -1;
    } else {
      ret = 1;
    }
  }
  g_free(text);
  g_object_unref(pg);
  return ret;
}

/* Is every pixel of 32-bit image surface s opaque?  (poppler hands a JPEG
 * over as ARGB32; a mask would leave the page's white showing through.) */
static int opaque(cairo_surface_t *s) {
  cairo_surface_flush(s);
  const unsigned char *d = cairo_image_surface_get_data(s);
  int w = cairo_image_surface_get_width(s), h = cairo_image_surface_get_height(s),
      stride = cairo_image_surface_get_stride(s);
  if (!d) return 0;
  for (int y = 0; y < h; y++) {
    const uint32_t *row = (const uint32_t *)(d + (size_t)y * (size_t)stride);
    uint32_t all = 0xFF000000u;
    for (int x = 0; x < w; x++) all &= row[x];
    if ((all & 0xFF000000u) != 0xFF000000u) return 0;
  }
  return 1;
}

/* For a scanned page (one image covering most of it): the resolution at
 * which rendering reproduces the image's own pixels, so that a scan placed
 * on an oversized or undersized page is neither blown up nor shrunk.
 * 0 for other pages, or when that resolution is outside 50..1200 dpi.
 * When the image is the page's only one, covers it edge to edge upright
 * (its pixels' shape the area's) and comes decoded as opaque 24- or
 * 32-bit pixels, *whole gets it: it is the page as rendering would draw it,
 * without drawing it (a second pass over 35 MB, with a resampling blur
 * where the rounded resolution is not exactly the scan's). */
static int scan_dpi(PopplerPage *pg, double w, double h, cairo_surface_t **whole) {
  GList *maps = poppler_page_get_image_mapping(pg);
  PopplerImageMapping *big = NULL;
  double best = 0;
  int nmaps = 0;
  for (GList *l = maps; l; l = l->next, nmaps++) {
    PopplerImageMapping *m = l->data;
    double a = fabs((m->area.x2 - m->area.x1) * (m->area.y2 - m->area.y1));
    if (a > best) {
      best = a;
      big = m;
    }
  }
  int dpi = 0;
  *whole = NULL;
  if (big && w > 0 && h > 0 && best / (w * h) > 0.5) {
    cairo_surface_t *s = poppler_page_get_image(pg, big->image_id);
    double aw = fabs(big->area.x2 - big->area.x1), ah = fabs(big->area.y2 - big->area.y1);
    if (s && cairo_surface_status(s) == CAIRO_STATUS_SUCCESS && aw > 0 && ah > 0) {
      int iw = cairo_image_surface_get_width(s), ih = cairo_image_surface_get_height(s);
      double d = iw / (aw / 72.0);
      if (d >= 50 && d <= 1200) dpi = (int)(d + 0.5);
      cairo_format_t f = cairo_image_surface_get_format(s);
      double x0 = fmin(big->area.x1, big->area.x2), y0 = fmin(big->area.y1, big->area.y2);
      if (dpi && nmaps == 1 && (f == CAIRO_FORMAT_RGB24 || (f == CAIRO_FORMAT_ARGB32 && opaque(s))) &&
          fabs(x0) <= 1 && fabs(y0) <= 1 && fabs(aw - w) <= 1 && fabs(ah - h) <= 1 &&
          fabs((double)iw / ih - aw / ah) <= 0.01 * aw / ah) {
        *whole = s;
        s = NULL;
      }
    }
    if (s) cairo_surface_destroy(s);
  }
  poppler_page_free_image_mapping(maps);
  return dpi;
}

OcrImage *ocr_pdf_render(OcrPdf *pdf, int index, int dpi, long max_pixels,
                         RensaErr *e) {
  PopplerPage *pg = poppler_document_get_page(pdf->doc, index);
  if (!pg) {
    rensa_err_set(e, RENSA_E_INPUT, pdf->path, index + 1, "cannot read the page");
    return NULL;
  }
  double w = 0, h = 0;
  poppler_page_get_size(pg, &w, &h);
  cairo_surface_t *whole = NULL;
  int native = scan_dpi(pg, w, h, &whole);
  if (native > 0) dpi = native;
  /* (the scan's own pixels, or the page drawn at dpi) */
  double fw = whole ? cairo_image_surface_get_width(whole) : ceil(w * dpi / 72.0),
         fh = whole ? cairo_image_surface_get_height(whole) : ceil(h * dpi / 72.0);
  if (fw < 1 || fh < 1 || fw > 60000 || fh > 60000 ||
      (max_pixels > 0 && fw * fh > (double)max_pixels)) {
    rensa_err_set(e, RENSA_E_INPUT, pdf->path, index + 1,
                  "page is %.0fx%.0f pixels at %d dpi, over the limit of %ld pixels",
                  fw, fh, dpi, max_pixels);
    if (whole) cairo_surface_destroy(whole);
    g_object_unref(pg);
    return NULL;
  }
  if (whole) {
    cairo_surface_flush(whole);
    OcrImage *img = ocr_image_from_xrgb(cairo_image_surface_get_data(whole), (int)fw, (int)fh,
                                        cairo_image_surface_get_stride(whole), dpi);
    if (!img) rensa_err_set(e, RENSA_E_NOMEM, pdf->path, index + 1, "out of memory reading the page");
    cairo_surface_destroy(whole);
    g_object_unref(pg);
    return img;
  }
  int W = (int)fw, H = (int)fh;
  /* The page is drawn into memory kept from the page before: a fresh
   * 35 MB surface a page is a fresh mapping, zeroed page by page through
   * page faults. */
  int stride = cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, W);
  size_t need = stride > 0 ? (size_t)stride * (size_t)H : 0;
  if (need > pdf->surf_cap) {
    free(pdf->surf);
    pdf->surf = malloc(need);
    pdf->surf_cap = pdf->surf ? need : 0;
  }
  cairo_surface_t *surf =
      pdf->surf && need ? cairo_image_surface_create_for_data(pdf->surf, CAIRO_FORMAT_RGB24, W, H, stride)
                        : cairo_image_surface_create(CAIRO_FORMAT_RGB24, W, H);
  OcrImage *img = NULL;
  if (cairo_surface_status(surf) == CAIRO_STATUS_SUCCESS) {
    cairo_t *cr = cairo_create(surf);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, dpi / 72.0, dpi / 72.0);
    poppler_page_render(pg, cr);
    cairo_destroy(cr);
    cairo_surface_flush(surf);
    img = ocr_image_from_xrgb(cairo_image_surface_get_data(surf), W, H,
                              cairo_image_surface_get_stride(surf), dpi);
  }
  cairo_surface_destroy(surf);
  g_object_unref(pg);
  if (!img)
    rensa_err_set(e, RENSA_E_NOMEM, pdf->path, index + 1,
                  "out of memory rendering the page");
  return img;
}
