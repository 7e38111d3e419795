/*
 * ocr_pdfvec.c — the borders a text page draws cell by cell.
 *
 * The raster scan of a page (tab_ruling_scan) sees a header's rule as one
 * line.  HTML and word-processor exports draw it as one stroke per cell,
 * and where those strokes meet are the column boundaries, the empty
 * columns' included, that no word on the page shows.  poppler-glib gives
 * no paths, so the page is drawn through cairo's SVG surface and the path
 * elements are read back: straight-edged fills and straight strokes at
 * most RULE_THICK_PT thick and wider than tall.  Only pieces that meet
 * another end to end at the same height are kept: a line drawn whole says
 * nothing the raster scan did not.
 *
 * Provides: ocr_svg_cell_rules, ocr_pdf_cell_rules (ocr_int.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-svg.h>
#include <cairo.h>
#include <poppler.h>

#include "ocr_int.h"

#define RULE_THICK_PT 3.0    /* thickest stroke that is a line */
#define RULE_SHORT_PT 2.0    /* shortest piece of a line (an empty cell's) */
#define MEET_PT 0.5          /* ends this close meet */
#define SAME_Y_PT 0.3        /* pieces this close in height are one line */
#define PIECES_MAX 4000      /* more pieces than this: a picture, give up */

typedef struct Buf {
  char *s;
  size_t n, cap;
  int oom;
} Buf;

static cairo_status_t buf_put(void *cl, const unsigned char *d, unsigned int n) {
  Buf *b = cl;
  if (b->oom) return CAIRO_STATUS_NO_MEMORY;
  if (b->n + n + 1 > b->cap) {
    size_t nc = b->cap ? b->cap : 1 << 16;
    while (nc < b->n + n + 1) nc *= 2;
    char *p = realloc(b->s, nc);
    if (!p) {
      b->oom = 1;
      return CAIRO_STATUS_NO_MEMORY;
    }
    b->s = p;
    b->cap = nc;
  }
  memcpy(b->s + b->n, d, n);
  b->n += n;
  b->s[b->n] = '\0';
  return CAIRO_STATUS_SUCCESS;
}

/* The first needle in [s, z), or NULL (the text need not end in a NUL). */
static const char *find(const char *s, const char *z, const char *needle) {
  size_t nl = strlen(needle);
  for (; s + nl <= z; s++) {
    s = memchr(s, needle[0], (size_t)(z - s));
    if (!s || s + nl > z) return NULL;
    if (!memcmp(s, needle, nl)) return s;
  }
  return NULL;
}

/* Does [s, z) begin with lit?  (strncmp would read past z: the text has
 * no NUL after it.) */
static int starts(const char *s, const char *z, const char *lit) {
  size_t n = strlen(lit);
  return s <= z && (size_t)(z - s) >= n && !memcmp(s, lit, n);
}

/* The value of attribute name in the element text [a, z), or NULL; *len
 * gets its length. */
static const char *attr(const char *a, const char *z, const char *name, size_t *len) {
  size_t nl = strlen(name);
  for (const char *s = a + 1; s + nl + 2 < z; s++) {
    if (s[-1] != ' ' || !starts(s, z, name) || s[nl] != '=' || s[nl + 1] != '"') continue;
    const char *v = s + nl + 2, *e = memchr(v, '"', (size_t)(z - v));
    if (!e) return NULL;
    *len = (size_t)(e - v);
    return v;
  }
  return NULL;
}

/* The value of property prop in a style attribute [s, s + n), or NULL. */
static const char *style_prop(const char *s, size_t n, const char *prop) {
  size_t pl = strlen(prop);
  for (size_t i = 0; i + pl < n; i++)
    if ((i == 0 || s[i - 1] == ';' || s[i - 1] == ' ') && starts(s + i, s + n, prop) &&
        s[i + pl] == ':')
      return s + i + pl + 1;
  return NULL;
}

/* The points of path data [d, d + n) made of moves and straight lines
 * only (M, L, Z); their number, or -1 for anything else (curves, relative
 * commands) or more than max points. */
static int path_points(const char *d, size_t n, double *xy, int max) {
  int np = 0;
  const char *s = d, *z = d + n;
  while (s < z) {
    while (s < z && *s == ' ') s++;
    if (s >= z) break;
    if (*s == 'M' || *s == 'L') {
      s++;
      char *e;
      double x = strtod(s, &e);
      if (e == s) return -1;
      double y = strtod(e, &e);
      if (np >= max) return -1;
      xy[2 * np] = x;
      xy[2 * np + 1] = y;
      np++;
      s = e;
    } else if (*s == 'Z' || *s == 'z') {
      s++;
    } else {
      return -1;
    }
  }
  return np;
}

/* The piece of a horizontal line path element [a, z) draws, into *b; 1
 * when it draws one. */
static int element_piece(const char *a, const char *z, DocBox *b) {
  size_t sl = 0, dl = 0, tl = 0;
  const char *st = attr(a, z, "style", &sl), *d = attr(a, z, "d", &dl);
  if (!st || !d) return 0;
  double xy[16], m[6] = {1, 0, 0, 1, 0, 0};
  int np = path_points(d, dl, xy, 8);
  if (np < 2) return 0;
  const char *tr = attr(a, z, "transform", &tl);
  if (tr) {   /* matrix(a,b,c,d,e,f) without rotation or shear only */
    if (tl < 8 || !starts(tr, tr + tl, "matrix(")) return 0;
    const char *s = tr + 7;
    for (int i = 0; i < 6; i++) {
      char *e;
      m[i] = strtod(s, &e);
      if (e == s) return 0;
      s = e;
      while (*s == ',' || *s == ' ') s++;
    }
    if (fabs(m[1]) > 1e-6 || fabs(m[2]) > 1e-6) return 0;
  }
  double x0 = 1e30, y0 = 1e30, x1 = -1e30, y1 = -1e30;
  for (int i = 0; i < np; i++) {
    double x = m[0] * xy[2 * i] + m[4], y = m[3] * xy[2 * i + 1] + m[5];
    if (!(fabs(x) < 1e6 && fabs(y) < 1e6)) return 0;   /* (no page is so big; NaN too) */
    xy[2 * i] = x;
    xy[2 * i + 1] = y;
    x0 = fmin(x0, x);
    x1 = fmax(x1, x);
    y0 = fmin(y0, y);
    y1 = fmax(y1, y);
  }
  const char *fill = style_prop(st, sl, "fill");
  if (fill && !starts(fill, st + sl, "none")) {
    /* a filled rectangle: every point on a corner of the bounding box */
    for (int i = 0; i < np; i++)
      if ((fabs(xy[2 * i] - x0) > 0.01 && fabs(xy[2 * i] - x1) > 0.01) ||
          (fabs(xy[2 * i + 1] - y0) > 0.01 && fabs(xy[2 * i + 1] - y1) > 0.01))
        return 0;
  } else {
    const char *stroke = style_prop(st, sl, "stroke"), *sw = style_prop(st, sl, "stroke-width");
    if (!stroke || starts(stroke, st + sl, "none") || !sw || np != 2 || y1 - y0 > 0.01) return 0;
    double w = strtod(sw, NULL) * fabs(m[3]);
    if (!(w > 0 && w < 1e6)) return 0;
    y0 -= 0.5 * w;
    y1 += 0.5 * w;
  }
  if (y1 - y0 > RULE_THICK_PT || y1 - y0 <= 0 || x1 - x0 < RULE_SHORT_PT ||
      x1 - x0 < y1 - y0)
    return 0;
  *b = (DocBox){(float)x0, (float)y0, (float)x1, (float)y1};
  return b->y1 > b->y0 && b->x1 - b->x0 >= b->y1 - b->y0;   /* (as floats too) */
}

/* A piece and the line it lies on: the lines are runs of pieces each
 * within SAME_Y_PT in height of the one before (a comparison with a
 * tolerance would not order them: a ~ b and b ~ c but a < c). */
typedef struct Piece {
  DocBox b;
  size_t line;
} Piece;

static int cmp_height(const void *pa, const void *pb) {
  const DocBox *a = &((const Piece *)pa)->b, *b = &((const Piece *)pb)->b;
  if (a->y0 != b->y0) return a->y0 < b->y0 ? -1 : 1;
  return (a->x0 > b->x0) - (a->x0 < b->x0);
}

static int cmp_line(const void *pa, const void *pb) {
  const Piece *a = pa, *b = pb;
  if (a->line != b->line) return a->line < b->line ? -1 : 1;
  return (a->b.x0 > b->b.x0) - (a->b.x0 < b->b.x0);
}

/* Do pieces a and b lie on one line and meet end to end? */
static int meet(const DocBox *a, const DocBox *b) {
  return fabsf(a->y0 - b->y0) <= SAME_Y_PT && fabsf(a->y1 - b->y1) <= SAME_Y_PT &&
         (fabsf(a->x1 - b->x0) <= MEET_PT || fabsf(b->x1 - a->x0) <= MEET_PT);
}

int ocr_svg_cell_rules(const char *svg, size_t n, DocBox **out, size_t *nout) {
  *out = NULL;
  *nout = 0;
  Piece *v = NULL;
  size_t nv = 0, cap = 0;
  const char *s = svg, *z = svg + n;
  int gdepth = 0, tdepth = 0;   /* open <g>s, those of them with a transform */
  unsigned long long tmask = 0; /* which open <g> (first 64) has a transform */
  static const char *skip[] = {"defs", "clipPath", "mask", "pattern", "symbol"};
  while ((s = memchr(s, '<', (size_t)(z - s)))) {
    const char *e = memchr(s, '>', (size_t)(z - s));
    if (!e) break;
    int skipped = 0;
    for (size_t k = 0; k < sizeof skip / sizeof *skip && !skipped; k++) {
      size_t kl = strlen(skip[k]);
      if ((size_t)(z - s) > kl + 1 && starts(s + 1, z, skip[k]) &&
          (s[kl + 1] == ' ' || s[kl + 1] == '>') && e[-1] != '/') {
        char end[16];
        snprintf(end, sizeof end, "</%s>", skip[k]);
        const char *c = find(e, z, end);   /* these do not nest in cairo's output */
        s = c ? c + strlen(end) : z;
        skipped = 1;
      }
    }
    if (skipped) continue;
    if (starts(s, z, "<g") && (s[2] == ' ' || s[2] == '>') && e[-1] != '/') {
      size_t tl;
      int t = attr(s, e, "transform", &tl) != NULL;
      if (gdepth < 64 && t) tmask |= 1ull << gdepth;
      tdepth += t;
      gdepth++;
    } else if (starts(s, z, "</g>") && gdepth > 0) {
      gdepth--;
      if (gdepth < 64 && (tmask >> gdepth & 1)) {
        tmask &= ~(1ull << gdepth);
        tdepth--;
      }
    } else if (starts(s, z, "<path ") && tdepth == 0) {
      DocBox b;
      if (element_piece(s, e, &b)) {
        if (nv >= PIECES_MAX) {
          free(v);
          return 0;
        }
        if (nv == cap) {
          size_t nc = cap ? 2 * cap : 64;
          Piece *p = realloc(v, nc * sizeof *p);
          if (!p) {
            free(v);
            return -1;
          }
          v = p;
          cap = nc;
        }
        v[nv++] = (Piece){b, 0};
      }
    }
    s = e + 1;
  }
  if (nv) qsort(v, nv, sizeof *v, cmp_height);
  for (size_t i = 0; i < nv; i++)
    v[i].line = i && v[i].b.y0 - v[i - 1].b.y0 <= SAME_Y_PT ? v[i - 1].line : i;
  if (nv) qsort(v, nv, sizeof *v, cmp_line);
  /* Pieces that meet lie on one line, and meeting is mutual: a piece
   * kept always keeps the one it meets. */
  DocBox *o = nv ? malloc(nv * sizeof *o) : NULL;
  size_t keep = 0;
  for (size_t i = 0; o && i < nv; i++) {
    int met = 0;
    for (size_t j = i; j-- > 0 && v[j].line == v[i].line && !met;) met = meet(&v[j].b, &v[i].b);
    for (size_t j = i + 1; j < nv && v[j].line == v[i].line && !met; j++)
      met = meet(&v[j].b, &v[i].b);
    if (met) o[keep++] = v[i].b;
  }
  free(v);
  if (nv && !o) return -1;
  if (!keep) {
    free(o);
    o = NULL;
  }
  *out = o;
  *nout = keep;
  return 0;
}

int ocr_pdf_cell_rules(PopplerPage *pg, double w, double h, DocPage *p) {
  Buf b = {0};
  cairo_surface_t *surf = cairo_svg_surface_create_for_stream(buf_put, &b, w, h);
  if (cairo_surface_status(surf) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(surf);
    return 0;   /* no vector layer: the raster scan's lines stand */
  }
  cairo_t *cr = cairo_create(surf);
  poppler_page_render(pg, cr);
  cairo_destroy(cr);
  cairo_surface_finish(surf);
  cairo_surface_destroy(surf);
  int ret = 0;
  if (b.oom) {
    ret = -1;
  } else if (b.n) {
    free(p->cell_rules);
    p->cell_rules = NULL;
    p->ncell_rules = 0;
    ret = ocr_svg_cell_rules(b.s, b.n, &p->cell_rules, &p->ncell_rules);
  }
  free(b.s);
  return ret;
}
