/*
 * textcells.c — cut lines read across a table's columns back into the
 * columns' pieces (see textcells.h).
 */
#include "textcells.h"

#include <stdlib.h>
#include <string.h>

#include "utf8.h"

#define SP 0.278f          /* a space, em */
#define TOL 0.02f          /* how far a piece may pass its column's width
                            * (the estimate's error: fonts, OCR's letters) */
#define TOLM 0.005f        /* how far short of it one going on below may be */
#define MAX_WORDS 48       /* more to a line is prose */
#define MAX_STATES 400     /* cuts of one line under one set of widths */
#define MAX_PAIRS 10000    /* cuts of two lines weighed together (a table's
                            * are a few hundred) */
#define MAX_WORK 5000000L  /* and in all of one table's search (a table
                            * takes some 400 000): the time a made-up text
                            * can take is bounded */
#define INF 1e30f
#define WIDE_LINE 20.0f    /* em: some forty letters */

/* Costs (tuned on seed 003's and the seen reports' renderings): a piece
 * going on below that is not full, a row's cell starting in a small
 * letter, a row with an empty cell, a row at all, a capital going on in a
 * cell; what a line in the table earns. */
#define C_MISFIT 1.0f
#define C_ROW_LOWER 0.7f
#define C_ROW_EMPTY 0.4f
#define C_ROW 0.3f
#define C_CONT_CAP 0.3f
#define C_PIECE 0.4f       /* a piece going on below in a narrow column, or
                            * one opening with a capital: of two cuts that
                            * fit, the one with fewer (a status column's
                            * cell takes no word of its neighbour's; a line
                            * of capitals is a row's start).  In a wide
                            * column a piece in small letters costs
                            * nothing, the word going right ("hemtjänsten"
                            * | "äldreomsorg" under "Översyn av ..." |
                            * "Verksamhetschef") */
#define C_PIECE_NARROW 12.0f /* em: some two dozen letters */
#define C_LINE (-1.5f)
#define C_OPEN_END 0.8f    /* a cell ending in a hyphen or a little word */
#define C_DOT_LOWER 0.6f   /* "omsorg. förvaltningsspecifik" in one piece */
#define C_DOUBT 0.45f      /* a cut dearer by less than a piece going on
                            * below is as likely: its cells are flagged */
#define C_WIDTH 0.002f     /* per em of the widths: the search's tighter fit */
#define C_RIGHT 0.001f     /* per word and column boundary left of it, off
                            * the cost: of two cuts that fit alike, the word
                            * goes right (a row's label has ended where its
                            * comment goes on below: "för LSS | första
                            * version redovisas ...") */

/* Advance widths of ASCII 32..126, thousandths of an em (Arial and
 * Liberation Sans share them). */
static const unsigned short ascii_w[95] = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  /*  !"#$%&'()*+,-./ */
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  /* 0-9:;<=>? */
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, /* @A-O */
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  /* P-Z[\]^_ */
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  /* `a-o */
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};      /* p-z{|}~ */

/* A Latin-1 letter as the ASCII letter of its width. */
static int latin_base(uint32_t c) {
  static const char lo[] = "aaaaaa?ceeeeiiii?nooooo?ouuuuy?y";   /* U+00E0.. */
  static const char up[] = "AAAAAA?CEEEEIIII?NOOOOO?OUUUUY??";   /* U+00C0.. */
  if (c >= 0xE0 && c <= 0xFF) return lo[c - 0xE0];
  if (c >= 0xC0 && c <= 0xDF) return up[c - 0xC0];
  return '?';
}

float textcells_width(const char *s, size_t n) {
  unsigned w = 0;
  size_t i = 0, len;
  while (i < n) {
    uint32_t c = (unsigned char)s[i] < 0x80 ? (len = 1, (unsigned char)s[i]) : utf8_decode(s + i, n - i, &len);
    if (c >= 32 && c < 127) w += ascii_w[c - 32];
    else if (latin_base(c) != '?') w += ascii_w[latin_base(c) - 32];
    else if (c == 0x2014) w += 1000;
    else w += 556;
    i += len;
  }
  return (float)w / 1000.0f;
}

/* One way to cut one line: the columns' pieces and what the costs ask of
 * them.  Bit c of a mask is column c. */
typedef struct St {
  unsigned char cut[TC_MAX_COLS + 1];
  float segw[TC_MAX_COLS];    /* the piece's width, 0 when empty */
  float firstw[TC_MAX_COLS];  /* its first word's */
  unsigned full;              /* pieces not empty */
  unsigned up;                /* starting with a capital or a digit */
  unsigned cap;               /* with a capital letter */
  unsigned midcap;            /* a capital after a word ending no sentence */
  unsigned open;              /* ending so that the cell cannot end there */
  float own;                  /* cost of the cut whatever its neighbours */
  float rs;                   /* cost as a row's first line, INF if it cannot be */
} St;

typedef struct Line {
  const TcWord *w;
  size_t m;
  float p[MAX_WORDS + 1];     /* p[k]: width of the first k words, each with a space */
  /* per word, asked of every cut (worked out once): */
  unsigned char up[MAX_WORDS], cap[MAX_WORDS], mid[MAX_WORDS], lowmid[MAX_WORDS], open[MAX_WORDS];
  unsigned char dots[MAX_WORDS + 1]; /* dots[k]: "word. small" joins before word k */
  St *st;
  size_t nst;
} Line;

typedef struct Ctx {
  size_t ncols, nlines;
  Line *ln;
  St *pool;                   /* nlines * MAX_STATES */
  float *dp;                  /* nlines * MAX_STATES * 2 (continued, row start) */
  int *back;                  /* the state before: index * 2 + row flag, -1 none */
  long work;                  /* pairs of cuts weighed so far */
} Ctx;

static float seg_w(const Line *l, size_t a, size_t b) {
  return b > a ? l->p[b] - l->p[a] - SP : 0.0f;
}

/* Does w start a cell: a capital, or a figure with no small letters
 * ("2024-02-", not "6kad", an ö read as a six)?  *letter_cap: a capital. */
static int word_up(const TcWord *w, int *letter_cap) {
  size_t len;
  uint32_t c = utf8_decode(w->s, w->n, &len);
  *letter_cap = uc_is_upper(c);
  if (*letter_cap) return 1;
  if (!uc_is_digit(c)) return 0;
  for (size_t i = len; i < w->n; i += len) {
    uint32_t d = utf8_decode(w->s + i, w->n - i, &len);
    if (uc_is_letter(d) && !uc_is_upper(d)) return 0;
  }
  return 1;
}

/* Can a cell end with w?  Not with a line-break hyphen nor a word that
 * needs one after it ("i", "av", "för", "och"; as OCR text may read them).
 * (The geometry path's list is `open` in tables/table-words.rules; the
 * text reader loads no rule file.) */
static int open_end(const TcWord *w) {
  static const char *const little[] = {
      "i", "av", "för", "for", "fér", "f6r", "och", "med", "till", "att", "en", "ett",
      "som", "på", "pa", "om", "den", "det", "de", "från", "fran", "vid", "mot", "inom",
      "samt", "eller", "har", "är", "ar", "ska", "kan", "efter", "under", "mellan", "hos"};
  if (w->n >= 2 && w->s[w->n - 1] == '-') return 1;
  for (size_t i = 0; i < sizeof little / sizeof *little; i++)
    if (strlen(little[i]) == w->n && !memcmp(little[i], w->s, w->n)) return 1;
  return 0;
}

static int ends_sentence(const TcWord *w) {
  char c = w->s[w->n - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

/* Fill a state's costs from its cuts. */
static void state_costs(const Line *l, size_t ncols, St *s) {
  s->full = s->up = s->cap = s->midcap = s->open = 0;
  s->own = 0;
  for (size_t c = 1; c < ncols; c++) s->own -= C_RIGHT * (float)(l->m - s->cut[c]);
  int nonempty = 0;
  float rs = C_ROW;
  for (size_t c = 0; c < ncols; c++) {
    size_t a = s->cut[c], b = s->cut[c + 1];
    s->segw[c] = seg_w(l, a, b);
    s->firstw[c] = b > a ? l->p[a + 1] - l->p[a] - SP : 0.0f;
    if (b == a) {
      rs += C_ROW_EMPTY;
      continue;
    }
    nonempty++;
    s->full |= 1u << c;
    if (l->open[b - 1]) s->open |= 1u << c;
    s->own += C_DOT_LOWER * (float)(l->dots[b - 1] - l->dots[a]);
    if (l->up[a]) s->up |= 1u << c;
    else rs += C_ROW_LOWER;
    if (l->cap[a]) s->cap |= 1u << c;
    if (l->mid[a]) s->midcap |= 1u << c;
  }
  /* (a row opens with a capital, and one of its other cells' capitals
   * stands in the middle of a sentence: a paragraph's line after the
   * table has neither, "Målet om ... uppfyllt. Antalet ...") */
  s->rs = (s->up & 1u) && (s->midcap & ~1u) && nonempty >= 2 ? rs + s->own : INF;
}

/* The per-word facts state_costs asks, for line l. */
static void word_facts(Line *l) {
  l->dots[0] = 0;
  for (size_t i = 0; i < l->m; i++) {
    const TcWord *v = &l->w[i];
    int cap;
    l->up[i] = (unsigned char)word_up(v, &cap);
    l->cap[i] = (unsigned char)cap;
    l->mid[i] = (unsigned char)(cap && i > 0 && !ends_sentence(&l->w[i - 1]));
    /* (one after a word in small letters or a figure tells a table: in a
     * title every word has its capital, "Hemdatorer För Bred Publik") */
    l->lowmid[i] = (unsigned char)(l->mid[i] &&
                                   !uc_is_upper(utf8_decode(l->w[i - 1].s, l->w[i - 1].n, &(size_t){0})));
    l->open[i] = (unsigned char)open_end(v);
    /* (the join after word i: "omsorg. förvaltningsspecifik") */
    l->dots[i + 1] = (unsigned char)(l->dots[i] + (i + 1 < l->m && v->s[v->n - 1] == '.' &&
                                                   v->n > 3 && utf8_starts_lower(l->w[i + 1].s)));
  }
}

/* Every cut of line l whose pieces fit the widths W; -1 when there are
 * more than MAX_STATES (the widths are far too loose). */
static int enumerate(Line *l, size_t ncols, const float *W, St *cur, size_t c) {
  size_t a = cur->cut[c];
  if (c + 1 == ncols) {
    if (seg_w(l, a, l->m) > W[c] * (1 + TOL)) return 0;
    if (l->nst == MAX_STATES) return -1;
    cur->cut[ncols] = (unsigned char)l->m;
    l->st[l->nst] = *cur;
    state_costs(l, ncols, &l->st[l->nst++]);
    return 0;
  }
  for (size_t b = a; b <= l->m; b++) {
    if (seg_w(l, a, b) > W[c] * (1 + TOL)) break;
    cur->cut[c + 1] = (unsigned char)b;
    if (enumerate(l, ncols, W, cur, c + 1)) return -1;
  }
  return 0;
}

/* What the cells ending with state a's line cost (the row's last line). */
static float end_cost(const St *a) {
  return C_OPEN_END * (float)__builtin_popcount(a->open & a->full);
}

/* What going from line state a to b below it in the same row costs. */
static float cont_cost(const St *a, const St *b, const float *W, size_t ncols, int *misfits) {
  if (b->full & ~a->full) return INF;   /* a cell starts below a row's first line */
  float c = b->own;
  /* (the cells a ended) */
  for (size_t k = 0; k < ncols; k++)
    if (a->open & a->full & ~b->full & (1u << k)) c += C_OPEN_END;
  for (size_t k = 0; k < ncols; k++) {
    if (!(b->full & (1u << k))) continue;
    if (a->segw[k] + SP + b->firstw[k] <= W[k] * (1 - TOLM)) {
      c += C_MISFIT;
      (*misfits)++;
    }
    if (b->cap & (1u << k)) c += C_CONT_CAP;
    c += W[k] < C_PIECE_NARROW || (b->cap & (1u << k)) ? C_PIECE : 0.0f;
  }
  return c;
}

/* The widths' share of run's cost. */
static float wsum_cost(const float *W, size_t ncols) {
  float s = 0;
  for (size_t c = 0; c < ncols; c++) s += W[c];
  return C_WIDTH * s;
}

/* The dynamic programme under widths W: the best cost of any table over a
 * prefix of the lines, with *end the lines it takes; INF when none. */
static float run(Ctx *x, const float *W, size_t *end) {
  size_t N = x->ncols;
  /* (a line with too many cuts under W ends what the table may take) */
  size_t n = x->nlines;
  if (x->work > MAX_WORK) return INF;
  for (size_t j = 0; j < n; j++) {
    Line *l = &x->ln[j];
    l->nst = 0;
    St cur;
    memset(&cur, 0, sizeof cur);
    if (enumerate(l, N, W, &cur, 0) ||
        (j > 0 && l->nst * x->ln[j - 1].nst > MAX_PAIRS))
      n = j;
    if (j > 0 && j < n) x->work += (long)(l->nst * x->ln[j - 1].nst);
  }
  float best = INF;
  *end = 0;
  for (size_t j = 0; j < n; j++) {
    Line *l = &x->ln[j];
    float *dp = x->dp + j * MAX_STATES * 2;
    int *bk = x->back + j * MAX_STATES * 2;
    float prev_min = INF;
    int prev_arg = -1;
    if (j > 0) {
      const float *pd = x->dp + (j - 1) * MAX_STATES * 2;
      for (size_t k = 0; k < x->ln[j - 1].nst * 2; k++) {
        float v = pd[k] + end_cost(&x->ln[j - 1].st[k / 2]);
        if (v < prev_min) prev_min = v, prev_arg = (int)k;
      }
    }
    float line_best = INF;
    for (size_t k = 0; k < l->nst; k++) {
      const St *s = &l->st[k];
      /* a row's first line */
      dp[2 * k + 1] = INF;
      bk[2 * k + 1] = -1;
      if (s->rs < INF) {
        if (j == 0) dp[2 * k + 1] = s->rs + C_LINE;
        else if (prev_min < INF) dp[2 * k + 1] = prev_min + s->rs + C_LINE, bk[2 * k + 1] = prev_arg;
      }
      /* a row going on */
      dp[2 * k] = INF;
      bk[2 * k] = -1;
      if (j > 0) {
        const Line *pl = &x->ln[j - 1];
        const float *pd = x->dp + (j - 1) * MAX_STATES * 2;
        for (size_t q = 0; q < pl->nst; q++) {
          float base = pd[2 * q] < pd[2 * q + 1] ? pd[2 * q] : pd[2 * q + 1];
          if (base >= INF) continue;
          int mf = 0;
          float c = cont_cost(&pl->st[q], s, W, N, &mf);
          if (c >= INF) continue;
          if (base + c + C_LINE < dp[2 * k]) {
            dp[2 * k] = base + c + C_LINE;
            bk[2 * k] = (int)(2 * q + (pd[2 * q] < pd[2 * q + 1] ? 0 : 1));
          }
        }
      }
      float ec = end_cost(s);
      if (dp[2 * k] + ec < line_best) line_best = dp[2 * k] + ec;
      if (dp[2 * k + 1] + ec < line_best) line_best = dp[2 * k + 1] + ec;
    }
    if (line_best >= INF) break;    /* no table goes on through line j */
    if (line_best < best) best = line_best, *end = j + 1;
  }
  if (best >= INF) return INF;
  float wsum = 0;
  for (size_t c = 0; c < N; c++) wsum += W[c];
  return best + C_WIDTH * wsum;
}

/* A first guess at the widths: rows' first lines cut at their capitals
 * in the middle of a sentence, where a line has as many as columns. */
static void first_guess(const Ctx *x, float lmax, float *W) {
  size_t N = x->ncols;
  /* (as many capitals as columns, or fewer: a column no row fills, the
   * widths of those after it left small) */
  for (size_t want = N; want >= 2; want--) {
    int any = 0;
    for (size_t c = 0; c < N; c++) W[c] = c < want ? 0 : 2.0f;
    for (size_t j = 0; j < x->nlines; j++) {
      const Line *l = &x->ln[j];
      size_t at[TC_MAX_COLS + 1], n = 0;
      if (!l->m || !l->up[0]) continue;
      at[n++] = 0;
      for (size_t i = 1; i < l->m && n <= want; i++)
        if (l->mid[i]) at[n++] = i;
      if (n != want) continue;
      at[want] = l->m;
      for (size_t c = 0; c < want; c++) {
        float w = seg_w(l, at[c], at[c + 1]);
        if (w > W[c]) W[c] = w;
      }
      any = 1;
    }
    if (any) return;
  }
  for (size_t c = 0; c < N; c++) W[c] = lmax / (float)N;
}

/* Search the widths around W: one column at a time, then each set to its
 * widest piece under the best cut. */
static float search(Ctx *x, float *W, size_t *end) {
  static const float f[] = {0.85f, 0.93f, 1.07f, 1.15f};
  size_t N = x->ncols;
  float best = run(x, W, end);
  for (int round = 0; round < 2; round++) {
    int moved = 0;
    for (size_t c = 0; c < N; c++) {
      float keep = W[c], bw = W[c];
      for (size_t i = 0; i < sizeof f / sizeof *f; i++) {
        W[c] = keep * f[i];
        size_t e;
        float v = run(x, W, &e);
        if (v < best - 1e-4f) best = v, bw = W[c], *end = e, moved = 1;
      }
      W[c] = bw;
    }
    if (!moved) break;
  }
  return best;
}

/* What line state s costs between p above and n below in its row (NULL:
 * s opens its row, or ends it). */
static float cost_between(const St *s, const St *p, const St *n, const float *W, size_t N) {
  int mf;
  float c = p ? cont_cost(p, s, W, N, &mf) : s->rs;
  return c + (n ? cont_cost(s, n, W, N, &mf) : end_cost(s));
}

/* The cuts of line l (state s on the best path, p and n its neighbours
 * in the row) whose edge word could go to the other side as well, the
 * widths fitting both: bit c for the cut before column c. */
static unsigned doubts(const Line *l, const St *s, const St *p, const St *n, const float *W,
                       size_t N) {
  unsigned bits = 0;
  float here = cost_between(s, p, n, W, N);
  for (size_t c = 1; c < N; c++)
    for (int d = -1; d <= 1; d += 2) {
      St t = *s;
      int at = (int)t.cut[c] + d;
      if (at < (int)t.cut[c - 1] || at > (int)t.cut[c + 1]) continue;
      t.cut[c] = (unsigned char)at;
      if (seg_w(l, t.cut[c - 1], t.cut[c]) > W[c - 1] * (1 + TOL) ||
          seg_w(l, t.cut[c], t.cut[c + 1]) > W[c] * (1 + TOL))
        continue;
      state_costs(l, N, &t);
      if (cost_between(&t, p, n, W, N) < here + C_DOUBT) bits |= 1u << c;
    }
  return bits;
}

/* Walk the best path back from the table's last line into out. */
static int trace(Ctx *x, size_t end, TcSplit *out, const float *W) {
  size_t N = x->ncols;
  out->ncols = N;
  out->nlines = end;
  out->cut = malloc(end * (N + 1) * sizeof *out->cut);
  out->row = malloc(end);
  out->doubt = malloc(end);
  int *path = malloc(end * sizeof *path);
  if (!out->cut || !out->row || !out->doubt || !path) {
    free(path);
    return -1;
  }
  const float *dp = x->dp + (end - 1) * MAX_STATES * 2;
  int arg = -1;
  float b = INF;
  for (size_t k = 0; k < x->ln[end - 1].nst * 2; k++)
    if (dp[k] + end_cost(&x->ln[end - 1].st[k / 2]) < b)
      b = dp[k] + end_cost(&x->ln[end - 1].st[k / 2]), arg = (int)k;
  for (size_t j = end; j-- > 0;) {
    path[j] = arg;
    arg = x->back[j * MAX_STATES * 2 + (size_t)arg];
  }
  out->nrows = out->starts = out->wraps = out->misfits = 0;
  for (size_t j = 0; j < end; j++) {
    const St *s = &x->ln[j].st[path[j] / 2];
    for (size_t c = 0; c <= N; c++) out->cut[j * (N + 1) + c] = s->cut[c];
    out->row[j] = (unsigned char)(path[j] & 1);
    if (out->row[j]) {
      out->nrows++;
      const Line *l = &x->ln[j];
      for (size_t c = 1; c < N; c++)
        if (s->cut[c] < s->cut[c + 1] && s->cut[c] < l->m) out->starts += l->lowmid[s->cut[c]];
    } else {
      const St *p = &x->ln[j - 1].st[path[j - 1] / 2];
      int mf = 0;
      cont_cost(p, s, W, N, &mf);
      out->misfits += (size_t)mf;
      for (size_t c = 0; c < N; c++) out->wraps += (s->full >> c) & 1u;
    }
  }
  for (size_t j = 0; j < end; j++) {
    const St *p = j > 0 && !out->row[j] ? &x->ln[j - 1].st[path[j - 1] / 2] : NULL;
    const St *n = j + 1 < end && !out->row[j + 1] ? &x->ln[j + 1].st[path[j + 1] / 2] : NULL;
    out->doubt[j] = (unsigned char)doubts(&x->ln[j], &x->ln[j].st[path[j] / 2], p, n, W, N);
  }
  free(path);
  return 0;
}

/* A table: two rows or more, a piece going on below for each row at
 * least and most of them full, the rows' cells starting with capitals in
 * the middle of sentences (at least one a row), and most lines as wide as
 * two columns of words (a list of titles under a title is not). */
static int table_like(const Ctx *x, const TcSplit *s) {
  size_t wide = 0;
  for (size_t j = 0; j < s->nlines; j++) wide += x->ln[j].p[x->ln[j].m] >= WIDE_LINE;
  return s->nrows >= 2 && s->wraps >= 2 && s->misfits * 4 <= s->wraps &&
         s->starts >= s->nrows && 2 * wide >= s->nlines;
}

/* The best cut under widths W, traced into out (what it held freed): 0,
 * 1 when the search's work ran out, -1 out of memory. */
static int cut_under(Ctx *x, const float *W, TcSplit *out) {
  size_t end;
  run(x, W, &end);
  textcells_free(out);
  if (x->work > MAX_WORK || end == 0) return 1;
  return trace(x, end, out, W);
}

/* Where column c's width lies under out's cut: no narrower than its
 * widest piece (*lo), narrower than any piece that went on below with
 * the next piece's first word (*hi, INF where none went on). */
static void col_bounds(const Ctx *x, const TcSplit *out, size_t c, float *lo, float *hi) {
  size_t N = x->ncols;
  *lo = 0;
  *hi = INF;
  for (size_t j = 0; j < out->nlines; j++) {
    const Line *l = &x->ln[j];
    size_t a = out->cut[j * (N + 1) + c], z = out->cut[j * (N + 1) + c + 1];
    float w = seg_w(l, a, z);
    if (w > *lo) *lo = w;
    if (a == z || j + 1 >= out->nlines || out->row[j + 1]) continue;
    const Line *nl = &x->ln[j + 1];
    size_t na = out->cut[(j + 1) * (N + 1) + c], nz = out->cut[(j + 1) * (N + 1) + c + 1];
    if (na < nz && w + nl->p[na + 1] - nl->p[na] < *hi) *hi = w + nl->p[na + 1] - nl->p[na];
  }
}

void textcells_free(TcSplit *s) {
  if (!s) return;
  free(s->cut);
  free(s->row);
  free(s->doubt);
  memset(s, 0, sizeof *s);
}

int textcells_split(size_t ncols, const TcWord *words, const size_t *off, size_t nlines,
                    TcSplit *out) {
  memset(out, 0, sizeof *out);
  if (ncols < 2 || ncols > TC_MAX_COLS || nlines < 3) return 1;
  Ctx x;
  memset(&x, 0, sizeof x);
  x.ncols = ncols;
  x.nlines = nlines;
  x.ln = calloc(nlines, sizeof *x.ln);
  x.pool = malloc(nlines * MAX_STATES * sizeof *x.pool);
  x.dp = malloc(nlines * MAX_STATES * 2 * sizeof *x.dp);
  x.back = malloc(nlines * MAX_STATES * 2 * sizeof *x.back);
  int rc = -1;
  if (!x.ln || !x.pool || !x.dp || !x.back) goto done;
  rc = 1;
  float lmax = 0;
  for (size_t j = 0; j < nlines; j++) {
    Line *l = &x.ln[j];
    l->w = words + off[j];
    l->m = off[j + 1] - off[j];
    l->st = x.pool + j * MAX_STATES;
    if (l->m == 0) { /* (blank lines are the caller's to drop) */
      x.nlines = j;
      break;
    }
    if (l->m > MAX_WORDS) {
      x.nlines = j;
      break;
    }
    l->p[0] = 0;
    for (size_t k = 0; k < l->m; k++)
      l->p[k + 1] = l->p[k] + textcells_width(l->w[k].s, l->w[k].n) + SP;
    word_facts(l);
    if (l->p[l->m] > lmax) lmax = l->p[l->m];
  }
  if (x.nlines < 3) goto done;
  /* (the first line opens a row: a capital, and another in the middle of
   * a sentence where a cell starts; a paragraph under a heading seldom
   * has it, and it spares the search) */
  int opens = x.ln[0].up[0];
  for (size_t i = 1, mid = 0; i < x.ln[0].m && opens && !mid; i++) {
    mid = x.ln[0].mid[i];
    if (i + 1 == x.ln[0].m && !mid) opens = 0;
  }
  if (!opens || x.ln[0].m < 2) goto done;
  float W[TC_MAX_COLS], W2[TC_MAX_COLS], lo, hi;
  first_guess(&x, lmax, W);
  size_t end = 0;
  float best = search(&x, W, &end);
  if (best >= INF || end < 3) goto done;
  if ((rc = cut_under(&x, W, out)) != 0 || !table_like(&x, out)) goto reject;
  /* each column as wide as its widest piece under the best cut, then the
   * search once more from there */
  for (size_t c = 0; c < ncols; c++) {
    col_bounds(&x, out, c, &lo, &hi);
    W2[c] = lo > 0.5f ? lo : 0.5f;
  }
  size_t end2 = 0;
  if (search(&x, W2, &end2) < best && end2 >= 3) memcpy(W, W2, sizeof W2);
  /* The search's widths sit at their cut's widest pieces (the tighter
   * fit): the column's width lies between those and the narrowest piece
   * that went on below with the next word.  From the middle, a word at
   * the edge of a column goes where it fits with room to spare. */
  for (int round = 0; round < 2; round++) {
    if ((rc = cut_under(&x, W, out)) != 0) goto reject;
    for (size_t c = 0; c < ncols; c++) {
      col_bounds(&x, out, c, &lo, &hi);
      W2[c] = lo < hi && hi < INF ? (lo + hi) / 2 : W[c];
    }
    size_t e;
    if (run(&x, W2, &e) - wsum_cost(W2, ncols) > run(&x, W, &e) - wsum_cost(W, ncols) + 1e-4f)
      break;
    memcpy(W, W2, sizeof W2);
  }
  if ((rc = cut_under(&x, W, out)) != 0) goto reject;
  if (table_like(&x, out)) goto done;
reject:
  textcells_free(out);
  if (rc == 0) rc = 1;
done:
  free(x.ln);
  free(x.pool);
  free(x.dp);
  free(x.back);
  return rc;
}
