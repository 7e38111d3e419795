/*
 * tab_ruling.c — tab_ruling_scan: the ruling lines of a rendered page.
 *
 * poppler-glib gives a page's text but not its vector paths, so the lines
 * that frame table cells are found in a rendering of the page.  A pixel is
 * ink when it is darker than light grey.  Every row is cut into runs of
 * ink at least RULE_MIN_PT long; runs of consecutive rows that start and
 * end in the same places are one stroke (a line leaving a filled area is
 * a stroke of its own).  A stroke up to RULE_MAX_PT thick is a horizontal line; one
 * at least RULE_MIN_PT thick is a filled area (a shaded header, a cell
 * background) whose top and bottom edges separate cells as a line would;
 * strokes in between are the fill between two words of white text.
 * Columns give the vertical lines the same way.  Strokes mostly inside the
 * boxes of words are parts of glyphs (the bar of a large T, the stem of an
 * l), not lines; so are the edges of a fill that touch words (within a
 * point: the fill around white text).
 *
 * Provides: tab_ruling_scan (tables.h).
 */
#include <stdlib.h>
#include <string.h>

#include "tables.h"

#define RULE_MIN_PT 8.0f    /* shortest line, in page units (points) */
#define RULE_MAX_PT 3.0f    /* thickest line; thicker strokes are areas */
#define RULE_MAX 4000       /* more strokes than this: a picture, give up */
#define RUN_SLACK 2         /* pixels a run's ends may move and stay one stroke */
#define INK_LEVEL 200       /* luminance (0..255) below which a pixel is ink */

/* A stroke being followed across rows (or columns): extent along the run
 * direction [a0,a1] and across it [b0,b1], in pixels. */
typedef struct Stroke {
  int a0, a1, b0, b1;
  int la0, la1;         /* the extent of its last run */
} Stroke;

typedef struct Strokes {
  Stroke *v;
  size_t n, cap;
  int overflow;
} Strokes;

/* Append s; 0, or -1 on allocation failure.  Past RULE_MAX only counts. */
static int strokes_push(Strokes *S, Stroke s) {
  if (S->n >= RULE_MAX) {
    S->overflow = 1;
    return 0;
  }
  if (S->n == S->cap) {
    size_t nc = S->cap ? 2 * S->cap : 64;
    Stroke *p = realloc(S->v, nc * sizeof *p);
    if (!p) return -1;
    S->v = p;
    S->cap = nc;
  }
  S->v[S->n++] = s;
  return 0;
}

/* Follow runs of ink along lines b = 0..nb-1 (rows for horizontal strokes,
 * columns for vertical ones); ink[b * sb + a * sa] is 1 for ink.  Runs of
 * at least minlen pixels extend the open stroke whose last run (on the
 * line before) starts and ends within RUN_SLACK of theirs, or open one;
 * strokes not extended are closed into *out. */
static int follow(const unsigned char *ink, int na, int nb, size_t sa,
                  size_t sb, int minlen, Strokes *out) {
  Strokes open = {0}, next = {0};
  int ret = -1;
  for (int b = 0; b <= nb; b++) {
    next.n = 0;
    for (int a = 0; b < nb && a < na;) {
      if (!ink[(size_t)b * sb + (size_t)a * sa]) {
        a++;
        continue;
      }
      int a0 = a;
      while (a < na && ink[(size_t)b * sb + (size_t)a * sa]) a++;
      if (a - a0 < minlen) continue;
      Stroke s = {a0, a - 1, b, b, a0, a - 1};
      for (size_t k = 0; k < open.n; k++) {
        Stroke *o = &open.v[k];
        if (o->b1 == b - 1 && abs(o->la0 - s.la0) <= RUN_SLACK &&
            abs(o->la1 - s.la1) <= RUN_SLACK) {
          s.a0 = s.a0 < o->a0 ? s.a0 : o->a0;
          s.a1 = s.a1 > o->a1 ? s.a1 : o->a1;
          s.b0 = o->b0;
          o->b1 = -2;   /* taken over */
          break;
        }
      }
      if (strokes_push(&next, s)) goto done;
    }
    for (size_t k = 0; k < open.n; k++)
      if (open.v[k].b1 == b - 1 && strokes_push(out, open.v[k])) goto done;
    Strokes t = open;
    open = next;
    next = t;
  }
  ret = 0;
done:
  free(open.v);
  free(next.v);
  return ret;
}

/* Share of the segment [a0,a1] at position b (page units) covered by word
 * boxes that contain b across it; horizontal when horiz. */
static float word_cover(const DocPage *p, float a0, float a1, float b,
                        float margin, int horiz) {
  float cov = 0;
  for (size_t k = 0; k < p->nblocks; k++) {
    const DocBlock *bl = &p->blocks[k];
    for (size_t l = 0; l < bl->nlines; l++)
      for (size_t w = 0; w < bl->lines[l].nwords; w++) {
        const DocWord *dw = &bl->lines[l].words[w];
        if (!dw->has_box) continue;
        const DocBox *x = &dw->box;
        float c0 = horiz ? x->x0 : x->y0, c1 = horiz ? x->x1 : x->y1;
        float d0 = horiz ? x->y0 : x->x0, d1 = horiz ? x->y1 : x->x1;
        if (b < d0 - margin || b > d1 + margin) continue;
        float o = (c1 < a1 ? c1 : a1) - (c0 > a0 ? c0 : a0);
        if (o > 0) cov += o;
      }
  }
  return a1 > a0 ? cov / (a1 - a0) : 1;
}

/* The longest run of pixels along stroke s, just outside it on the side
 * dir (-1 before, +1 after), that are not ink; the mask is as in
 * follow(). */
static int side_clear(const unsigned char *ink, int na, int nb, size_t sa,
                      size_t sb, const Stroke *s, int dir) {
  int b = dir < 0 ? s->b0 - 1 : s->b1 + 1;
  if (b < 0 || b >= nb) return s->a1 - s->a0 + 1;
  int run = 0, best = 0;
  for (int a = s->a0; a <= s->a1 && a < na; a++) {
    run = ink[(size_t)b * sb + (size_t)a * sa] ? 0 : run + 1;
    if (run > best) best = run;
  }
  return best;
}

/* Turn the strokes of one direction into lines on p (page units).  A thin
 * stroke needs clear paper along one side for RULE_MIN_PT or most of its
 * length (the ink between two words of white text on a dark fill has
 * only the glyphs' white on either side). */
static int emit(const Strokes *S, const unsigned char *ink, int na, int nb,
                size_t sa, size_t sb, float scale, int horiz, DocPage *p,
                DocBox **v, size_t *n, size_t *cap) {
  int maxthick = (int)(RULE_MAX_PT * scale + 0.5f);
  int minarea = (int)(RULE_MIN_PT * scale + 0.5f);
  for (size_t k = 0; k < S->n; k++) {
    const Stroke *s = &S->v[k];
    int edges[2] = {s->b0, s->b1}, ne = 1;
    int t0 = s->b0, t1 = s->b1;
    int thick = s->b1 - s->b0 + 1;
    if (thick > maxthick && thick < minarea) continue;   /* a word space in a fill */
    if (thick > maxthick) ne = 2;   /* an area: its two edges */
    int need = s->a1 - s->a0 + 1;
    need = need * 4 / 5 < minarea ? need * 4 / 5 : minarea;
    if (ne == 1 && side_clear(ink, na, nb, sa, sb, s, -1) < need &&
        side_clear(ink, na, nb, sa, sb, s, 1) < need)
      continue;
    for (int e = 0; e < ne; e++) {
      if (ne == 2) t0 = t1 = edges[e];
      float a0 = (float)s->a0 / scale, a1 = (float)(s->a1 + 1) / scale;
      float b0 = (float)t0 / scale, b1 = (float)(t1 + 1) / scale;
      if (word_cover(p, a0, a1, (b0 + b1) / 2, ne == 2 ? 1.0f : 0, horiz) > 0.5f)
        continue;
      if (*n == *cap) {
        size_t nc = *cap ? 2 * *cap : 32;
        DocBox *q = realloc(*v, nc * sizeof *q);
        if (!q) return -1;
        *v = q;
        *cap = nc;
      }
      (*v)[(*n)++] = horiz ? (DocBox){a0, b0, a1, b1} : (DocBox){b0, a0, b1, a1};
    }
  }
  return 0;
}

int tab_ruling_scan(const unsigned char *xrgb, int w, int h, int stride,
                    float scale, DocPage *p) {
  if (w <= 0 || h <= 0 || scale <= 0) return 0;
  unsigned char *ink = malloc((size_t)w * (size_t)h);
  Strokes hs = {0}, vs = {0};
  DocBox *v = NULL;
  size_t n = 0, cap = 0;
  int ret = -1;
  if (!ink) return -1;
  for (int y = 0; y < h; y++) {
    const unsigned char *row = xrgb + (size_t)y * (size_t)stride;
    for (int x = 0; x < w; x++) {
      /* CAIRO_FORMAT_RGB24: a native-endian 32-bit 0xXXRRGGBB */
      unsigned px;
      memcpy(&px, row + 4 * (size_t)x, 4);
      unsigned r = (px >> 16) & 255, g = (px >> 8) & 255, b = px & 255;
      ink[(size_t)y * (size_t)w + (size_t)x] = (r * 30 + g * 59 + b * 11) / 100 < INK_LEVEL;
    }
  }
  int minlen = (int)(RULE_MIN_PT * scale + 0.5f);
  if (follow(ink, w, h, 1, (size_t)w, minlen, &hs) ||
      follow(ink, h, w, (size_t)w, 1, minlen, &vs))
    goto done;
  if (!hs.overflow && !vs.overflow &&
      (emit(&hs, ink, w, h, 1, (size_t)w, scale, 1, p, &v, &n, &cap) ||
       emit(&vs, ink, h, w, (size_t)w, 1, scale, 0, p, &v, &n, &cap)))
    goto done;
  free(p->rules);
  p->rules = v;
  p->nrules = n;
  v = NULL;
  ret = 0;
done:
  free(v);
  free(ink);
  free(hs.v);
  free(vs.v);
  return ret;
}
