/*
 * tab_ruling.c — tab_ruling_scan: the ruling lines of a rendered page.
 *
 * poppler-glib gives a page's text but not its vector paths, so the lines
 * that frame table cells are found in a rendering of the page.  A pixel is
 * ink when it is darker than light grey (INK_LEVEL).  A pixel of a
 * horizontal line is ink with something LINE_CONTRAST lighter within
 * RULE_MAX_PT above it and below it (so a black line shows across a grey
 * header as well as on white paper); every row is cut into runs of such
 * pixels at least RULE_MIN_PT long, bridging short gaps (where a vertical
 * line crosses), and runs of consecutive rows that start and end in the
 * same places are one stroke.  Strokes up to RULE_MAX_PT thick are lines.
 * Filled areas (a shaded header, a cell background) are followed the same
 * way on plain ink: a stroke at least RULE_MIN_PT thick is an area whose
 * top and bottom edges separate cells as a line would.  Columns give the
 * vertical lines and edges.  Strokes mostly inside the boxes of words are
 * parts of glyphs (the bar of a large T, the stem of an l), not lines; so
 * are the edges of a fill that touch words (within a point: the fill
 * around white text).
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
#define LINE_CONTRAST 30    /* a line is this much darker than both sides */

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

/* Follow runs of ink along lines b = 0..nb-1, each na pixels in a row of
 * ink (rows for horizontal strokes; a transposed mask's rows for vertical
 * ones): ink[b * sb + a] is 1 for ink (0 or 1, nothing else: the next ink
 * is found by memchr), and a run goes on over gaps shorter than maxgap
 * pixels.  Runs of
 * at least minlen pixels extend the open stroke whose last run (on the
 * line before) starts and ends within RUN_SLACK of theirs, or open one;
 * strokes not extended are closed into *out. */
static int follow(const unsigned char *ink, int na, int nb, size_t sb, int minlen,
                  int maxgap, Strokes *out) {
  Strokes open = {0}, next = {0};
  int ret = -1;
  for (int b = 0; b <= nb; b++) {
    next.n = 0;
    const unsigned char *line = ink + (size_t)b * sb;
    for (int a = 0; b < nb && a < na;) {
      /* (most of a page is no ink: skip it fast) */
      const unsigned char *q = memchr(line + a, 1, (size_t)(na - a));
      if (!q) break;
      a = (int)(q - line);
      int a0 = a;
      for (;;) {
        while (a < na && line[a]) a++;
        int g = 0;   /* bridge a gap of up to maxgap pixels */
        while (g < maxgap && a + g < na && !line[a + g]) g++;
        if (g == 0 || g >= maxgap || a + g >= na) break;
        a += g;
      }
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
 * boxes that contain b across it (widened by margin); horizontal when
 * horiz. */
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

/* Turn the strokes of one direction into lines on p (page units): from
 * the line masks, strokes up to RULE_MAX_PT thick (areas when areas: then
 * the two edges of strokes at least RULE_MIN_PT thick). */
static int emit(const Strokes *S, float scale, float unit, int horiz, int areas,
                DocPage *p, DocBox **v, size_t *n, size_t *cap) {
  int maxthick = (int)(RULE_MAX_PT * scale + 0.5f);
  int minarea = (int)(RULE_MIN_PT * scale + 0.5f);
  for (size_t k = 0; k < S->n; k++) {
    const Stroke *s = &S->v[k];
    int edges[2] = {s->b0, s->b1}, ne = areas ? 2 : 1;
    int t0 = s->b0, t1 = s->b1;
    int thick = s->b1 - s->b0 + 1;
    if (areas ? thick < minarea : thick > maxthick) continue;
    for (int e = 0; e < ne; e++) {
      if (ne == 2) t0 = t1 = edges[e];
      float a0 = (float)s->a0 * unit, a1 = (float)(s->a1 + 1) * unit;
      float b0 = (float)t0 * unit, b1 = (float)(t1 + 1) * unit;
      if (word_cover(p, a0, a1, (b0 + b1) / 2, areas ? 1.0f : 0, horiz) > 0.5f)
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

/* Mark in out the pixels of lum (w × h) that are darker by LINE_CONTRAST
 * than some pixel within reach on both sides across the direction (above
 * and below for horizontal lines: step is w; left and right: step 1). */
static void ridges(const unsigned char *lum, int w, int h, int horiz, int reach,
                   unsigned char *out) {
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++) {
      size_t i = (size_t)y * (size_t)w + (size_t)x;
      int v = lum[i], pos = horiz ? y : x, lim = horiz ? h : w;
      size_t step = horiz ? (size_t)w : 1;
      out[i] = 0;
      if (v >= INK_LEVEL) continue;
      int before = 0, after = 0;
      for (int d = 1; d <= reach && !before; d++)
        before = pos - d < 0 || lum[i - (size_t)d * step] >= v + LINE_CONTRAST;
      for (int d = 1; d <= reach && before && !after; d++)
        after = pos + d >= lim || lum[i + (size_t)d * step] >= v + LINE_CONTRAST;
      out[i] = (unsigned char)(before && after);
    }
}

int tab_ruling_scan(const unsigned char *xrgb, int w, int h, int stride,
                    float scale, DocPage *p) {
  if (w <= 0 || h <= 0 || scale <= 0) return 0;
  unsigned char *lum = malloc((size_t)w * (size_t)h);
  if (!lum) return -1;
  for (int y = 0; y < h; y++) {
    const unsigned char *row = xrgb + (size_t)y * (size_t)stride;
    for (int x = 0; x < w; x++) {
      /* CAIRO_FORMAT_RGB24: a native-endian 32-bit 0xXXRRGGBB */
      unsigned px;
      memcpy(&px, row + 4 * (size_t)x, 4);
      unsigned r = (px >> 16) & 255, g = (px >> 8) & 255, b = px & 255;
      lum[(size_t)y * (size_t)w + (size_t)x] = (unsigned char)((r * 30 + g * 59 + b * 11) / 100);
    }
  }
  int ret = tab_ruling_scan_gray(lum, w, h, scale, 1.0f / scale, p);
  free(lum);
  return ret;
}

/* dst (h × w) = src (w × h) turned about its diagonal: dst[x * h + y] =
 * src[y * w + x].  In tiles, so that both stay in the cache. */
static void transpose(const unsigned char *src, int w, int h, unsigned char *dst) {
  enum { T = 64 };
  for (int y0 = 0; y0 < h; y0 += T)
    for (int x0 = 0; x0 < w; x0 += T) {
      int y1 = y0 + T < h ? y0 + T : h, x1 = x0 + T < w ? x0 + T : w;
      for (int x = x0; x < x1; x++)
        for (int y = y0; y < y1; y++) dst[(size_t)x * (size_t)h + (size_t)y] = src[(size_t)y * (size_t)w + (size_t)x];
    }
}

int tab_ruling_scan_gray(const unsigned char *lum, int w, int h, float scale,
                         float unit, DocPage *p) {
  if (w <= 0 || h <= 0 || scale <= 0 || unit <= 0) return 0;
  size_t np = (size_t)w * (size_t)h;
  /* the columns are followed in a transposed copy of the mask, along
   * its rows, where memchr skips the blank stretches (the rules of a
   * 300 dpi page 51 -> 33 ms); (calloc: gcc -O3 cannot see that ridges
   * fills the mask before memchr reads it) */
  unsigned char *mask = calloc(np, 1), *cols = malloc(np);
  Strokes st[4] = {{0}};
  DocBox *v = NULL;
  size_t n = 0, cap = 0;
  int ret = -1;
  if (!mask || !cols) goto done;
  int minlen = (int)(RULE_MIN_PT * scale + 0.5f);
  int reach = (int)(RULE_MAX_PT * scale + 0.5f) + 1;
  /* lines: ridges across their direction */
  ridges(lum, w, h, 1, reach, mask);
  if (follow(mask, w, h, (size_t)w, minlen, reach, &st[0])) goto done;
  ridges(lum, w, h, 0, reach, mask);
  transpose(mask, w, h, cols);
  if (follow(cols, h, w, (size_t)h, minlen, reach, &st[1])) goto done;
  /* areas: any ink */
  for (size_t i = 0; i < np; i++) mask[i] = lum[i] < INK_LEVEL;
  transpose(mask, w, h, cols);
  if (follow(mask, w, h, (size_t)w, minlen, 0, &st[2]) ||
      follow(cols, h, w, (size_t)h, minlen, 0, &st[3]))
    goto done;
  int over = 0;
  for (int k = 0; k < 4; k++) over |= st[k].overflow;
  if (!over)
    for (int k = 0; k < 4; k++)
      if (emit(&st[k], scale, unit, k % 2 == 0, k >= 2, p, &v, &n, &cap)) goto done;
  free(p->rules);
  p->rules = v;
  p->nrules = n;
  v = NULL;
  ret = 0;
done:
  free(v);
  free(mask);
  free(cols);
  for (int k = 0; k < 4; k++) free(st[k].v);
  return ret;
}
