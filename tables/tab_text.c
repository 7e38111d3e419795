/*
 * tab_text.c — tab_build_text: DOC_TABLE_ROWS blocks (lines of labels and
 * runs of numbers, as old OCR text has them) become DOC_TABLE blocks.
 *
 * For one block:
 *  1. tokens are tidied: a dash before a number at the start of a run is
 *     its sign ("- 6 279"), a lone "%" belongs to the number before it,
 *     decimal marks misread as ':' or ';' become ',';
 *  2. each line is a label and a trailing run of number tokens; lines before
 *     the first row with numbers (or holding only years) are header lines;
 *  3. the number of columns is the count most rows can be split into
 *     (tab_split_run), the header breaking ties;
 *  4. every row lists its readings (splits, or placements when cells are
 *     empty); column relations learnt from unambiguous rows pick between
 *     them, and tab_arith_repair checks sums and differences;
 *  5. header lines are stacked column by column ("Utfall" over "perioden"),
 *     wrapped labels are rejoined, and the grid is stored in b->table.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tab_internal.h"
#include "tables.h"

#define MAXSOL 16           /* readings kept per row */
#define MAXREL 16

typedef struct TLine {
  char **tok;
  size_t ntok;
  size_t run;               /* first token of the number run (ntok: none) */
  int header;               /* a header line */
  size_t lo, hi;            /* numbers the run can split into */
  size_t lo1, hi1;          /* ... and without a label's number before them
                             * (label_number), else 0 */
  size_t *cand;             /* ncand readings: N (start,end) pairs each */
  size_t ncand;
  TabVal *cvals;            /* the ncand readings' N values each */
  size_t pick;              /* chosen reading */
  int ambiguous;            /* several readings the arithmetic can't tell */
  char *label;              /* rebuilt label (owned) */
  int skip;                 /* merged into another row */
} TLine;

/* ---- small helpers --------------------------------------------------- */

static int is_upper_start(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] >= 'A' && u[0] <= 'Z') return 1;
  return u[0] == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E && u[1] != 0x97;
}

/* Does s start with a small letter (ASCII or Latin-1)? */
static int is_lower_start(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] >= 'a' && u[0] <= 'z') return 1;
  return u[0] == 0xC3 && u[1] >= 0xA0 && u[1] <= 0xBE && u[1] != 0xB7;
}

/* Bytes tokens [s, e) take joined by single spaces, the NUL included. */
static size_t join_size(char *const *tok, size_t s, size_t e) {
  size_t n = 1;
  for (size_t i = s; i < e; i++) n += strlen(tok[i]) + 1;
  return n;
}

/* Tokens [s, e) joined by single spaces into out (join_size bytes). */
static char *join_into(char *const *tok, size_t s, size_t e, char *out) {
  char *p = out;
  *p = '\0';
  for (size_t i = s; i < e; i++) {
    if (i > s) *p++ = ' ';
    size_t l = strlen(tok[i]);
    memcpy(p, tok[i], l);
    p += l;
    *p = '\0';
  }
  return out;
}

/* Join tokens [s, e) with single spaces into a new string. */
static char *join(char *const *tok, size_t s, size_t e) {
  char *out = malloc(join_size(tok, s, e));
  return out ? join_into(tok, s, e, out) : NULL;
}

/* Append " s" (or s when *dst is empty) to the owned string *dst. */
static int append(char **dst, const char *s, int front) {
  if (!s || !*s) return 0;
  size_t a = *dst ? strlen(*dst) : 0, b = strlen(s);
  char *n = malloc(a + b + 2);
  if (!n) return -1;
  if (!a) memcpy(n, s, b + 1);
  else if (front) snprintf(n, a + b + 2, "%s %s", s, *dst);
  else snprintf(n, a + b + 2, "%s %s", *dst, s);
  free(*dst);
  *dst = n;
  return 0;
}

/* A year 1900..2099 written alone. */
static int is_year(const char *t) {
  if (strlen(t) != 4) return 0;
  for (int i = 0; i < 4; i++)
    if (t[i] < '0' || t[i] > '9') return 0;
  return (t[0] == '1' && t[1] == '9') || (t[0] == '2' && t[1] == '0');
}

static int is_dash(const char *t) { return tab_tok_kind(t) == TAB_TOK_DASH; }
static int is_num(const char *t) { return tab_tok_kind(t) == TAB_TOK_NUM; }

/* ---- step 1: tokens -------------------------------------------------- */

/* Fix decimal marks inside a number token: ':' ';' -> ',' and a '.'
 * followed by one or two digits -> ','. */
static void tidy_number(char *t) {
  if (!is_num(t)) return;
  for (char *p = t; *p; p++) {
    if ((*p == ':' || *p == ';') && p > t && p[1] >= '0' && p[1] <= '9')
      *p = ',';
    if (*p == '.' && p > t && p[-1] >= '0' && p[-1] <= '9') {
      size_t d = 0;
      while (p[1 + d] >= '0' && p[1 + d] <= '9') d++;
      if (d >= 1 && d <= 2) *p = ',';
    }
  }
}

/* Copy the words of l into t->tok, tidied (step 1). */
static int line_tokens(const DocLine *l, TLine *t) {
  t->tok = calloc(l->nwords + 1, sizeof *t->tok);
  if (!t->tok) return -1;
  for (size_t i = 0; i < l->nwords; i++) {
    const char *w = l->words[i].text;
    if (!w || !*w) continue;
    char *prev = t->ntok ? t->tok[t->ntok - 1] : NULL;
    /* "85" "%" -> "85 %", one token, spaced as written */
    if (prev && strcmp(w, "%") == 0 && is_num(prev) && !strchr(prev, '%')) {
      char *n = malloc(strlen(prev) + 3);
      if (!n) return -1;
      sprintf(n, "%s %%", prev);
      free(prev);
      t->tok[t->ntok - 1] = n;
      continue;
    }
    if (!(t->tok[t->ntok] = strdup(w))) return -1;
    tidy_number(t->tok[t->ntok]);
    t->ntok++;
  }
  /* a dash opening a run is the sign of the number after it */
  for (size_t i = 0; i + 1 < t->ntok; i++) {
    if (!is_dash(t->tok[i]) || !is_num(t->tok[i + 1])) continue;
    if (i > 0 && (is_num(t->tok[i - 1]) || is_dash(t->tok[i - 1]))) continue;
    if (i == 0) {
      /* "- Ekonomi 20,5" is a list dash; "- 6 279" at line start a sign
       * only when there is no label at all */
      continue;
    }
    char *n = malloc(strlen(t->tok[i + 1]) + 2);
    if (!n) return -1;
    sprintf(n, "-%s", t->tok[i + 1]);
    free(t->tok[i]);
    free(t->tok[i + 1]);
    t->tok[i] = n;
    memmove(t->tok + i + 1, t->tok + i + 2,
            (t->ntok - i - 2) * sizeof *t->tok);
    t->ntok--;
  }
  return 0;
}

/* ---- step 2: label and run ------------------------------------------- */

/* The digits in w. */
static size_t digits_in(const char *w) {
  size_t n = 0;
  for (; *w; w++) n += *w >= '0' && *w <= '9';
  return n;
}

static void find_run(TLine *t) {
  size_t run = t->ntok;
  for (size_t i = t->ntok; i-- > 0;) {
    const char *w = t->tok[i];
    if (is_num(w) || is_dash(w)) {
      run = i;
      continue;
    }
    /* OCR garbage between numbers ("9 ital 11") is a damaged cell, and
     * so is a last token of garbage and digits after a number ("1035
     * sest15251" for "10 135 11 251") */
    int after_num = i > 0 && (is_num(t->tok[i - 1]) || is_dash(t->tok[i - 1]));
    if (after_num && run == i + 1 && strlen(w) <= 4) continue;
    if (after_num && i + 1 == t->ntok && digits_in(w) >= 3) {
      run = i;
      continue;
    }
    break;
  }
  /* "(6013)" after a label, or alone on a line, is part of the label (a
   * project number of four or more digits); "(73)" is a value */
  while (run < t->ntok && t->tok[run][0] == '(' && strlen(t->tok[run]) >= 6 &&
         (run > 0 || t->ntok == 1))
    run++;
  t->run = run;
}

/* Does t's run open with a number of one or two digits right after a
 * word, one a label may end in ("etapp 1", "åk 4"), with numbers after
 * it? */
static int label_number(const TLine *t) {
  if (t->run == 0 || t->run + 1 >= t->ntok || t->hi == 0) return 0;
  const char *w = t->tok[t->run], *p = t->tok[t->run - 1];
  size_t l = strlen(w), pl = strlen(p);
  if (l > 2 || !isdigit((unsigned char)w[0]) || (l == 2 && !isdigit((unsigned char)w[1])) || w[0] == '0')
    return 0;
  /* (the word before it ends in a letter: "etapp", not "tkr)" or "2,5") */
  unsigned char e = (unsigned char)p[pl - 1];
  return (e >= 'a' && e <= 'z') || e >= 0x80;
}

/* Number tokens in the run (dashes and garbage excluded). */
static size_t run_nums(const TLine *t) {
  size_t n = 0;
  for (size_t i = t->run; i < t->ntok; i++) n += is_num(t->tok[i]);
  return n;
}

/* Does the run hold only years (a header line such as "2023 2024")? */
static int run_years(const TLine *t) {
  if (t->run == t->ntok) return 0;
  for (size_t i = t->run; i < t->ntok; i++)
    if (!is_year(t->tok[i])) return 0;
  return 1;
}

/* Does the whole line hold only years among its number tokens and some
 * words ("tkr Utfall 2022 Budget 2022")? */
static int line_years_only(const TLine *t) {
  for (size_t i = 0; i < t->ntok; i++)
    if (is_num(t->tok[i]) && !is_year(t->tok[i])) return 0;
  return 1;
}

/* ---- step 4: readings ------------------------------------------------- */

static void reading_vals(const TLine *t, size_t k, size_t N, TabVal *row);


/* Relations of rel that fail in row but close when one of their cells
 * changes sign (the OCR drops minus signs: "118634 -118 200 434" is
 * "-118634 -118200 434"), each worth two points back and a half: a split
 * that one lost sign explains beats one that nothing explains. */
static int sign_mends(TabVal *row, const TabColRel *rel, size_t nrel) {
  int score = 0;
  for (size_t q = 0; q < nrel; q++) {
    int ok, bad;
    tab_colrel_score(row, &rel[q], 1, &ok, &bad);
    if (!bad) continue;
    size_t cells[3] = {rel[q].k, rel[q].i, rel[q].j};
    for (int z = 0; z < 3; z++) {
      TabVal *c = &row[cells[z]];
      if (!c->has || c->v == 0) continue;
      c->v = -c->v;
      tab_colrel_score(row, &rel[q], 1, &ok, &bad);
      c->v = -c->v;
      if (ok) {
        score += 3;
        break;
      }
    }
  }
  return score;
}

/* Columns the rows with a single reading relate to nothing (too few such
 * rows, or one sign the OCR lost; seed 004: "-69 801 -70 328 527" splits
 * many ways): learn from every reading, appending to out[0..nout): a
 * relation that some reading of four or more rows closes (up to one minus
 * sign the OCR lost), in four in five of the rows it can be checked on,
 * and that no other pair of
 * columns explains as often.  An exact difference closes by chance rarely,
 * so a wrong split seldom lends it a vote. */
static size_t learn_from_readings(const TLine *L, size_t first, size_t n, size_t N,
                                  TabColRel *out, size_t nout, size_t max, TabVal *row) {
  if (N > 12) return nout; /* N^3 triples × rows × readings: wide tables keep
                            * what single readings taught */
  for (size_t k = 0; k < N; k++) {
    int known = 0; /* a column already in a relation keeps it */
    for (size_t q = 0; q < nout; q++) known |= out[q].k == k || out[q].i == k || out[q].j == k;
    if (known) continue;
    TabColRel best = {0, 0, 0, 0};
    int best_pts = 0, best_ok = 0, best_chk = 0, best_exact = 0, nbest = 0;
    for (size_t i = 0; i < N; i++)
      for (size_t j = 0; j < N; j++) {
        if (i == j || i == k || j == k) continue;
        for (int op = 0; op < 2; op++) {
          if (op == 1 && j < i) continue;
          TabColRel r = {k, i, j, op};
          int ok = 0, chk = 0, pts = 0, nexact = 0;
          for (size_t l = first; l < n; l++) {
            const TLine *t = &L[l];
            int exact = 0, mended = 0, judged = 0;
            for (size_t c = 0; c < t->ncand && !exact; c++) {
              int closed, failed;
              reading_vals(t, c, N, row);
              tab_colrel_score(row, &r, 1, &closed, &failed);
              exact |= closed > 0;
              /* a sign the OCR lost does not count against it */
              mended |= failed > 0 && sign_mends(row, &r, 1) > 0;
              judged |= closed + failed > 0;
            }
            ok += exact || mended;
            nexact += exact;
            pts += exact ? 2 : mended;
            chk += judged;
          }
          /* exact closures rank first: k = i - j and k = j - i both close
           * up to a sign */
          if (pts > best_pts) {
            best = r;
            best_pts = pts;
            best_ok = ok;
            best_chk = chk;
            best_exact = nexact;
            nbest = 1;
          } else if (pts == best_pts && pts > 0) {
            nbest++;
          }
        }
      }
    /* four rows close it exactly; with lost signs mended, four in five */
    if (best_exact < 4 || nbest != 1 || best_ok * 10 < best_chk * 8) continue;
    nout = tab_colrel_add(out, nout, max, &best);
  }
  return nout;
}

/* Value of tokens [s, e) of a line.  The tokens are joined on the stack
 * when they fit (cells are short), else in a malloc'd copy. */
static TabVal cell_val(const TLine *t, size_t s, size_t e) {
  TabVal v = {0, 0, 0};
  if (s >= e) return v;
  char local[256];
  char *txt = join_size(t->tok, s, e) <= sizeof local ? join_into(t->tok, s, e, local)
                                                       : join(t->tok, s, e);
  TabNum num;
  if (txt && tab_num_parse(txt, &num) == 0) {
    v.v = num.v;
    v.has = 1;
    v.dec = num.dec;
  }
  if (txt != local) free(txt);
  return v;
}

/* Fill the readings of a data line for N columns. */
static int line_readings(TLine *t, size_t N) {
  size_t ntok = t->ntok - t->run;
  const char *const *tok = (const char *const *)t->tok + t->run;
  size_t *sols = malloc(MAXSOL * (N + 1) * sizeof *sols);
  if (!sols) return -1;
  t->cand = malloc(MAXSOL * 2 * N * sizeof *t->cand);
  if (!t->cand) {
    free(sols);
    return -1;
  }
  t->ncand = 0;
  if (t->lo <= N && N <= t->hi) {
    size_t n = tab_split_run(tok, ntok, N, sols, MAXSOL);
    for (size_t k = 0; k < n; k++) {
      size_t *c = t->cand + t->ncand * 2 * N;
      for (size_t j = 0; j < N; j++) {
        c[2 * j] = t->run + sols[k * (N + 1) + j];
        c[2 * j + 1] = t->run + sols[k * (N + 1) + j + 1];
      }
      t->ncand++;
    }
  }
  if (t->ncand == 0 && t->hi < N) {
    /* fewer numbers than columns: place the hi-number reading with the
     * most joins... use the tokens as they split into hi numbers, then
     * every order-keeping placement, right-aligned first */
    size_t k = t->hi;
    size_t n = tab_split_run(tok, ntok, k, sols, 1);
    if (n == 1 && k > 0 && k < N && k <= 8 && N <= 64) {
      /* Every order-keeping placement of the k numbers in N slots, the
       * right-most first: slot lists p[0] > p[1] > ... > p[k-1] in
       * decreasing lexicographic order (the order of decreasing bit
       * masks), generated directly so the work is bounded by MAXSOL, not
       * by 2^N (fuzz: tables-timeout-32-columns, tables-ub-64-columns). */
      size_t p[8];
      for (size_t i = 0; i < k; i++) p[i] = N - 1 - i;
      for (;;) {
        if (t->ncand >= MAXSOL) break;
        size_t *c = t->cand + t->ncand * 2 * N;
        for (size_t j = 0; j < N; j++) c[2 * j] = c[2 * j + 1] = t->ntok;
        /* p is descending; numbers go left to right, so slot p[k-1-q]
         * takes number q */
        for (size_t q = 0; q < k; q++) {
          size_t j = p[k - 1 - q];
          c[2 * j] = t->run + sols[q];
          c[2 * j + 1] = t->run + sols[q + 1];
        }
        t->ncand++;
        /* next: lower the last index that can go lower, reset the rest
         * to their highest values below it */
        size_t i = k;
        while (i > 0 && p[i - 1] == k - i) i--;
        if (i == 0) break;
        p[i - 1]--;
        for (size_t r = i; r < k; r++) p[r] = p[r - 1] - 1;
      }
    }
  }
  free(sols);
  /* Each reading's values once: the relation search reads them for every
   * triple of columns. */
  if (t->ncand && N) {
    t->cvals = malloc(t->ncand * N * sizeof *t->cvals);
    if (!t->cvals) return -1;
    for (size_t k = 0; k < t->ncand; k++) {
      const size_t *c = t->cand + k * 2 * N;
      for (size_t j = 0; j < N; j++)
        t->cvals[k * N + j] = cell_val(t, c[2 * j], c[2 * j + 1]);
    }
  }
  return 0;
}

/* Values of reading k of a line into row[N]. */
static void reading_vals(const TLine *t, size_t k, size_t N, TabVal *row) {
  if (N) memcpy(row, t->cvals + k * N, N * sizeof *row);
}

/* ---- step 5: header --------------------------------------------------- */

/* Does header token i start a new header cell?  The first token, a word
 * with a capital ("Utfall", "Budget"), and a number right after a number
 * or a unit ("2024 2025", "(tkr) 2024" are two columns) do; lower-case
 * words and a year after a word ("Utfall 2022") continue the cell, as does
 * "(tkr)" after a word. */
static int group_start(const TLine *t, size_t i) {
  if (i == 0) return 1;
  const char *w = t->tok[i];
  if (is_upper_start(w)) return 1;
  const char *p = t->tok[i - 1];
  size_t lp = strlen(p);
  /* "2024 2025" and "(tkr) 2024": a number after a number or a unit */
  return is_num(w) && (is_num(p) || (p[0] == '(' && p[lp - 1] == ')'));
}

/* Data cells (not the label) with words in the previous header line. */
static size_t prev_cells(const size_t *prev, size_t ncols, int label) {
  size_t n = 0;
  for (size_t c = label ? 1 : 0; c < ncols; c++) n += prev[c] > 0;
  return n;
}

/* Split header line t into ncols cell strings (owned, "" when empty);
 * label says whether column 0 is the label column. */
static int header_cells(const TLine *t, size_t ncols, int label,
                        const size_t *prev, char **cells) {
  size_t ntok = t->ntok, ng = 0;
  size_t *gs = calloc(ntok + 1, sizeof *gs);
  if (!gs) return -1;
  for (size_t i = 0; i < ntok; i++)
    if (group_start(t, i)) gs[ng++] = i;
  gs[ng] = ntok;
  size_t N = ncols - (label ? 1 : 0);
  for (size_t c = 0; c < ncols; c++) cells[c] = NULL;
  if (ntok == ncols) {
    for (size_t c = 0; c < ncols; c++) cells[c] = join(t->tok, c, c + 1);
  } else if (label && t->run > 0 && ntok - t->run == N && run_years(t)) {
    /* a label and one year a column ("Belopp tkr 2023 2024") */
    cells[0] = join(t->tok, 0, t->run);
    for (size_t c = 0; c < N; c++) cells[c + 1] = join(t->tok, t->run + c, t->run + c + 1);
  } else if (ng == ncols) {
    for (size_t c = 0; c < ncols; c++)
      cells[c] = join(t->tok, gs[c], gs[c + 1]);
  } else if (label && ntok == N) {
    for (size_t c = 0; c < N; c++) cells[c + 1] = join(t->tok, c, c + 1);
  } else if (label && ng == N) {
    for (size_t c = 0; c < N; c++)
      cells[c + 1] = join(t->tok, gs[c], gs[c + 1]);
  } else if (ng > ncols) {
    size_t extra = ng - ncols;
    cells[0] = join(t->tok, 0, gs[extra + 1]);
    for (size_t c = 1; c < ncols; c++)
      cells[c] = join(t->tok, gs[c + extra], gs[c + extra + 1]);
  } else if (ng == 1 && prev && prev_cells(prev, ncols, label) >= 2 &&
             !is_upper_start(t->tok[0])) {
    /* a lower-case line under a header ("samma period föregående år helår
     * föregående år" under "Utfall perioden jämfört med | Prognos helår
     * jämfört med"): share its words out in the proportions of the line
     * above */
    size_t tot = 0, done = 0, acc = 0;
    for (size_t c = label ? 1 : 0; c < ncols; c++) tot += prev[c];
    for (size_t c = label ? 1 : 0; c < ncols; c++) {
      if (!prev[c]) continue;
      acc += prev[c];
      size_t upto = (acc * ntok + tot / 2) / tot;
      if (upto > ntok) upto = ntok;
      if (upto > done) cells[c] = join(t->tok, done, upto);
      done = upto;
    }
  } else {
    size_t off = ncols - ng;
    for (size_t g = 0; g < ng; g++)
      cells[off + g] = join(t->tok, gs[g], gs[g + 1]);
  }
  free(gs);
  for (size_t c = 0; c < ncols; c++)
    if (!cells[c] && !(cells[c] = strdup(""))) return -1;
  /* a capital that OCR or the author put mid-header ("Budget Perioden"
   * under "Utfall perioden"): lower it when the same word stands lower
   * case elsewhere in this header line */
  for (size_t c = 1; c < ncols; c++) {
    if (!is_upper_start(cells[c]) || strchr(cells[c], ' ')) continue;
    for (size_t d = 1; d < ncols; d++) {
      if (d == c || !is_lower_start(cells[d])) continue;
      const char *a = cells[c], *b = cells[d];
      size_t la = strlen(a);
      int up2 = (unsigned char)a[0] == 0xC3;
      size_t skip = up2 ? 2 : 1;
      if (strlen(b) == la && strcmp(a + skip, b + skip) == 0) {
        memcpy(cells[c], b, skip);
        break;
      }
    }
  }
  return 0;
}

/* ---- one block -------------------------------------------------------- */

static void lines_free(TLine *L, size_t n) {
  for (size_t i = 0; i < n; i++) {
    for (size_t k = 0; k < L[i].ntok; k++) free(L[i].tok[k]);
    free(L[i].tok);
    free(L[i].cand);
    free(L[i].cvals);
    free(L[i].label);
  }
  free(L);
}

/* A body row's one percentage of two digits or more without the decimals
 * at least two other percentages of its row have ("8,7 %" "8,9 %" "40 %",
 * a sick-leave row whose "4,0 %" lost its comma in the OCR text) is
 * flagged (3), not mended: the row's values need not be alike.  (A count
 * beside its shares, "48" places "47,2" "98,3", is no percentage.) */
static void flag_lost_commas(DocTable *t, size_t c0) {
  for (size_t r = t->header_rows; r < t->nrows; r++) {
    size_t withdec = 0, plain = 0, at = 0;
    for (size_t c = c0; c < t->ncols; c++) {
      TabNum x;
      if (tab_num_parse(doc_table_get(t, r, c), &x) || !x.pct) continue;
      if (x.dec) withdec++;
      else if (x.v >= 10000 || x.v <= -10000) plain++, at = c;
    }
    unsigned char *f = &t->cell_flags[r * t->ncols + at];
    if (withdec >= 2 && plain == 1 && !*f) *f = 3;
  }
}

/* Build the table of block b; returns 0 (b changed to DOC_TABLE or
 * DOC_PARA) or -1 on allocation failure. */
static int build_block(DocBlock *b, const TabRules *rules) {
  size_t n = b->nlines;
  TLine *L = calloc(n ? n : 1, sizeof *L);
  TabVal *vals = NULL, *row = NULL;
  unsigned char *flags = NULL, *changed = NULL;
  int *total = NULL, *diffcol = NULL, rc = -1;
  char **hcell = NULL;
  size_t ncols = 0;
  DocTable *tab = NULL;
  if (!L) return -1;
  for (size_t i = 0; i < n; i++) {
    if (line_tokens(&b->lines[i], &L[i])) goto out;
    find_run(&L[i]);
  }
  /* header lines: before the first row with numbers, or years only */
  size_t first = n;
  for (size_t i = 0; i < n; i++) {
    if (L[i].ntok == 0) continue;
    if (run_nums(&L[i]) == 0 || run_years(&L[i]) || line_years_only(&L[i])) {
      if (first == n) L[i].header = 1;
      continue;
    }
    if (first == n) first = i;
  }
  if (first == n) {
    b->kind = DOC_PARA;
    rc = 0;
    goto out;
  }
  /* a label alone right above rows of dashed items ("Gemensamma tjänster"
   * over "- Ekonomi 20,5 ..."), under a header line, is the items' group
   * row, not a line of the header */
  if (L[first].ntok && is_dash(L[first].tok[0])) {
    size_t k = first;
    while (k > 0 && L[k - 1].ntok == 0) k--;
    TLine *g = k > 0 ? &L[k - 1] : NULL;   /* the label alone */
    int above = 0, figures = 0;
    for (size_t j = 0; g && j + 1 < k; j++) above |= L[j].header && L[j].ntok > 0;
    for (size_t j = 0; g && j < g->ntok; j++) figures |= is_num(g->tok[j]);
    if (g && above && g->header && !figures) {
      g->header = 0;
      first = k - 1;
    }
  }
  /* step 3: the column count */
  size_t maxhi = 0;
  for (size_t i = first; i < n; i++) {
    TLine *t = &L[i];
    if (t->run == t->ntok || run_nums(t) == 0) continue;
    tab_split_range((const char *const *)t->tok + t->run, t->ntok - t->run,
                    &t->lo, &t->hi);
    if (t->hi > maxhi) maxhi = t->hi;
  }
  size_t hdrN = 0;
  for (size_t i = 0; i < first; i++) {
    if (!L[i].header) continue;
    size_t ng = 0;
    for (size_t k = 0; k < L[i].ntok; k++) ng += group_start(&L[i], k);
    if (ng > hdrN) hdrN = ng;
    /* a header ending in years ("Belopp tkr 2023 2024"): its label and
     * one column a year */
    if (run_years(&L[i]) && L[i].ntok - L[i].run + 1 > hdrN) hdrN = L[i].ntok - L[i].run + 1;
  }
  /* a label ending in a small number ("Ljungåsens vattenverk, etapp 1
   * 38 000 29 415 8 585 8 585") fits the count the header gives, a label
   * and a column a group, when its run without it does */
  for (size_t i = first; i < n; i++)
    if (label_number(&L[i]))
      tab_split_range((const char *const *)L[i].tok + L[i].run + 1, L[i].ntok - L[i].run - 1,
                      &L[i].lo1, &L[i].hi1);
  size_t N = 0;
  int bestfit = -1, bestexact = -1, besthdr = 0, bestnat = -1;
  for (size_t c = 1; c <= maxhi; c++) {
    int fit = 0, exact = 0, nat = 0, dropfit = 0;
    for (size_t i = first; i < n; i++) {
      if (L[i].hi == 0) continue;
      fit += L[i].lo <= c && c <= L[i].hi;
      dropfit += c + 1 == hdrN && c < L[i].lo && L[i].lo1 <= c && c <= L[i].hi1;
      exact += L[i].hi == c;
      nat += L[i].lo == c;
    }
    /* (such labels are the odd row: a count most rows must shorten is
     * a wrong one, "Brand i byggnad 38 41 14" under "Händelsetyp 2024
     * 2025 Jan-apr 2026") */
    if (2 * dropfit <= fit) fit += dropfit;
    int hdr = hdrN && (c == hdrN || c + 1 == hdrN);
    /* ties: the header's count, then the count most rows read with every
     * thousands group kept ("6 842 7 519 8 035 7 000" is four), then
     * the count most rows read with no group at all */
    if (fit > bestfit || (fit == bestfit && hdr > besthdr) ||
        (fit == bestfit && hdr == besthdr && nat > bestnat) ||
        (fit == bestfit && hdr == besthdr && nat == bestnat && exact > bestexact)) {
      N = c;
      bestfit = fit;
      bestexact = exact;
      besthdr = hdr;
      bestnat = nat;
    }
  }
  if (N == 0) {
    b->kind = DOC_PARA;
    rc = 0;
    goto out;
  }
  /* too many numbers: leading run tokens belong to the label ("(6013)") */
  for (size_t i = first; i < n; i++) {
    TLine *t = &L[i];
    while (t->hi && t->lo > N && t->run + 1 < t->ntok) {
      t->run++;
      tab_split_range((const char *const *)t->tok + t->run,
                      t->ntok - t->run, &t->lo, &t->hi);
    }
  }
  /* step 4: readings, relations learnt from unambiguous rows */
  vals = calloc(n * N, sizeof *vals);
  row = calloc(N, sizeof *row);
  if (!vals || !row) goto out;
  for (size_t i = first; i < n; i++) {
    if (L[i].hi == 0) continue;
    if (line_readings(&L[i], N)) goto out;
    if (L[i].ncand == 1) reading_vals(&L[i], 0, N, vals + i * N);
  }
  /* header text per column, for the difference words */
  int label = 0;
  for (size_t i = first; i < n; i++)
    if (L[i].ntok && L[i].run > 0) label = 1;
  ncols = N + (label ? 1 : 0);
  hcell = calloc(ncols, sizeof *hcell);
  diffcol = calloc(N, sizeof *diffcol);
  if (!hcell || !diffcol) goto out;
  char **lc = calloc(ncols, sizeof *lc);
  size_t *prevcnt = calloc(ncols, sizeof *prevcnt);
  int haveprev = 0;
  if (!lc || !prevcnt) {
    free(lc);
    free(prevcnt);
    goto out;
  }
  for (size_t i = 0; i < first; i++) {
    if (!L[i].header || L[i].ntok == 0) continue;
    if (header_cells(&L[i], ncols, label, haveprev ? prevcnt : NULL, lc)) {
      free(prevcnt);
      for (size_t c = 0; c < ncols; c++) free(lc[c]);
      free(lc);
      goto out;
    }
    haveprev = 1;
    for (size_t c = 0; c < ncols; c++) {
      /* words in the cell, for sharing out a line below */
      prevcnt[c] = 0;
      for (const char *q = lc[c]; *q; q++)
        if (*q != ' ' && (q == lc[c] || q[-1] == ' ')) prevcnt[c]++;
      if (append(&hcell[c], lc[c], 0)) {
        for (size_t d = 0; d < ncols; d++) free(lc[d]);
        free(lc);
        free(prevcnt);
        goto out;
      }
      free(lc[c]);
      lc[c] = NULL;
    }
  }
  free(lc);
  free(prevcnt);
  for (size_t c = 0; c < N; c++)
    diffcol[c] = tab_rules_match(rules, TAB_RULE_DIFF,
                                 hcell[c + (label ? 1 : 0)]);
  TabColRel rel[MAXREL];
  size_t nrel = tab_colrel_learn(vals, n, N, diffcol, rel, MAXREL);
  nrel = learn_from_readings(L, first, n, N, rel, nrel, MAXREL, row);
  /* pick each row's reading */
  for (size_t i = first; i < n; i++) {
    TLine *t = &L[i];
    if (t->ncand <= 1) continue;
    int best = -1000, nbest = 0;
    for (size_t k = 0; k < t->ncand; k++) {
      int ok, bad;
      reading_vals(t, k, N, row);
      tab_colrel_score(row, rel, nrel, &ok, &bad);
      /* (splits only: a placement that a flipped sign "explains" is a
       * guess about an empty cell as well) */
      int score = ok - 2 * bad + (t->hi >= N ? sign_mends(row, rel, nrel) : 0);
      if (score > best) {
        best = score;
        t->pick = k;
        nbest = 1;
      } else if (score == best) {
        nbest++;
      }
    }
    /* placements default to right-aligned; splits that tie stay doubtful */
    if (nbest > 1 && t->hi >= N) t->ambiguous = 1;
    reading_vals(t, t->pick, N, vals + i * N);
  }
  /* labels; wrapped labels rejoined */
  for (size_t i = first; i < n; i++) {
    TLine *t = &L[i];
    if (t->ntok == 0) {
      t->skip = 1;
      continue;
    }
    if (!(t->label = join(t->tok, 0, t->hi ? t->run : t->ntok))) goto out;
  }
  for (size_t i = first; i < n; i++) {
    TLine *t = &L[i];
    if (t->skip || t->hi) continue;
    /* a text line: continuation of the row above, start of the next, or a
     * section row of its own */
    size_t p = i, q = i + 1;
    while (p > first && L[p - 1].skip) p--;
    while (q < n && L[q].skip) q++;
    int cont = !is_upper_start(t->label);
    if (cont && p > first) {
      if (append(&L[p - 1].label, t->label, 0)) goto out;
      t->skip = 1;
    } else if (q < n && L[q].hi && L[q].label && is_lower_start(L[q].label)) {
      if (append(&L[q].label, t->label, 1)) goto out;
      t->skip = 1;
    }
  }
  /* step 4b: the arithmetic */
  total = calloc(n, sizeof *total);
  flags = calloc(n * N, 1);
  changed = calloc(n * N, 1);
  if (!total || !flags || !changed) goto out;
  for (size_t i = first; i < n; i++)
    if (!L[i].skip && L[i].hi && L[i].label)
      total[i] = tab_rules_match(rules, TAB_RULE_TOTAL, L[i].label);
  {
    /* rows that are not body rows must not take part */
    for (size_t i = 0; i < n; i++)
      if (i < first || L[i].skip || !L[i].hi)
        for (size_t c = 0; c < N; c++) vals[i * N + c].has = 0;
    tab_arith_repair(vals, n, N, total, rel, nrel, NULL, flags, changed);
  }
  /* step 5: the grid */
  size_t nbody = 0, hasheader = 0;
  for (size_t c = 0; c < ncols; c++)
    if (hcell[c] && *hcell[c]) hasheader = 1;
  for (size_t i = first; i < n; i++) nbody += !L[i].skip;
  tab = doc_table_new(nbody + hasheader, ncols);
  if (!tab) goto out;
  tab->header_rows = hasheader;
  if (hasheader)
    for (size_t c = 0; c < ncols; c++)
      if (doc_table_set(tab, 0, c, hcell[c] ? hcell[c] : "")) goto out;
  size_t r = hasheader;
  for (size_t i = first; i < n; i++) {
    TLine *t = &L[i];
    if (t->skip) continue;
    if (label && doc_table_set(tab, r, 0, t->label ? t->label : "")) goto out;
    if (t->hi && t->ncand > 0) {
      const size_t *cd = t->cand + t->pick * 2 * N;
      for (size_t c = 0; c < N; c++) {
        size_t col = c + (label ? 1 : 0);
        char *txt = join(t->tok, cd[2 * c], cd[2 * c + 1]);
        if (!txt) goto out;
        TabNum num;
        /* rewrite repaired cells, and cells OCR wrote oddly ("10.135",
         * "--11 251", "22:5"), in the report's own style */
        int odd = strstr(txt, "--") || (strchr(txt, '.') && txt[0] != '(');
        char buf[64] = "";
        if ((changed[i * N + c] || odd) && tab_num_parse(txt, &num) == 0)
          tab_num_format(vals[i * N + c].v, num.dec, num.grouped, num.pct,
                         buf, sizeof buf);
        int bad = doc_table_set(tab, r, col, txt);
        if (!bad && *buf && strcmp(buf, txt)) {
          bad = doc_table_fix(tab, r, col, buf, tab_fix_why(changed[i * N + c]));
          free(txt);
          if (!(txt = strdup(buf))) goto out;
        }
        /* a damaged cell, an unresolved split, or a failed sum */
        int garbage = *txt && !is_num(txt) && !is_dash(txt) &&
                      tab_num_parse(txt, &num) != 0;
        free(txt);
        if (bad) goto out;
        if (flags[i * N + c] || t->ambiguous) tab->cell_flags[r * ncols + col] = 1;
        else if (garbage) tab->cell_flags[r * ncols + col] = 4;
      }
    } else if (t->hi) {
      /* no reading fits: keep the run whole in the last column, flagged */
      char *txt = join(t->tok, t->run, t->ntok);
      if (!txt) goto out;
      int bad = doc_table_set(tab, r, ncols - 1, txt);
      free(txt);
      if (bad) goto out;
      tab->cell_flags[r * ncols + ncols - 1] = 1;
    }
    r++;
  }
  flag_lost_commas(tab, label ? 1 : 0);
  doc_table_free(b->table);
  b->table = tab;
  tab = NULL;
  b->kind = DOC_TABLE;
  rc = 0;
out:
  doc_table_free(tab);
  if (hcell)
    for (size_t c = 0; c < ncols; c++) free(hcell[c]);
  free(hcell);
  lines_free(L, n);
  free(vals);
  free(row);
  free(flags);
  free(changed);
  free(total);
  free(diffcol);
  return rc;
}

/* ---- rows closing in words (DOC_LINES) ----------------------------------- */

/* One line of a DOC_LINES block: label [0, run), figures [run, st),
 * closing words [st, n); st == n: no closing words (not a row). */
typedef struct WLine {
  const DocLine *l;
  size_t run, st, n;
} WLine;

/* A figure's token, or its percent sign set apart; a figure the OCR gave
 * a speck of a full stop ("17.") too. */
static int w_num(const char *t) {
  size_t l = strlen(t);
  char u[32];
  if (l > 1 && l < sizeof u && t[l - 1] == '.' && t[l - 2] >= '0' && t[l - 2] <= '9') {
    memcpy(u, t, l - 1);
    u[l - 1] = '\0';
    t = u;
  }
  return tab_tok_kind(t) != TAB_TOK_TEXT || strcmp(t, "%") == 0;
}

/* Letters only (a closing word, not a figure or a mark). */
static int w_letters(const char *t) {
  for (const unsigned char *p = (const unsigned char *)t; *p; p++)
    if (!(*p >= 0x80 || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) return 0;
  return *t != '\0';
}

/* Read line l as a label, figures and one to three closing words (the
 * first capitalised), into *w. */
static void wline(const DocLine *l, WLine *w) {
  size_t n = l->nwords, st = n;
  w->l = l;
  w->n = w->run = w->st = n;
  while (st > 0 && w_letters(l->words[st - 1].text)) st--;
  if (st == n || st == 0 || n - st > 3 || !is_upper_start(l->words[st].text)) return;
  size_t run = st;
  while (run > 0 && w_num(l->words[run - 1].text)) run--;
  if (run == st || run == 0 || !w_num(l->words[st - 1].text) ||
      strcmp(l->words[run].text, "%") == 0)
    return;
  w->run = run;
  w->st = st;
}

/* Words [s, e) of l joined by single spaces, as written ("73,4 %" stays
 * apart), into a new string. */
static char *wjoin(const DocLine *l, size_t s, size_t e) {
  size_t need = 1;
  for (size_t i = s; i < e; i++) need += strlen(l->words[i].text) + 1;
  char *out = malloc(need), *p = out;
  if (!out) return NULL;
  *p = '\0';
  for (size_t i = s; i < e; i++) {
    if (i > s) *p++ = ' ';
    size_t k = strlen(l->words[i].text);
    memcpy(p, l->words[i].text, k);
    p += k;
    *p = '\0';
  }
  return out;
}

/* The figures [run, st) of w as their tokens, a lone "%" joined to the one
 * before it, into tok (owned strings, *nt of them). */
static int w_figures(const WLine *w, char **tok, size_t *nt) {
  *nt = 0;
  for (size_t i = w->run; i < w->st; i++) {
    const char *t = w->l->words[i].text;
    if (strcmp(t, "%") == 0 && *nt) {
      if (append(&tok[*nt - 1], "%", 0)) goto nomem;
      continue;
    }
    if (!(tok[*nt] = strdup(t))) goto nomem;
    size_t l = strlen(tok[(*nt)++]);
    if (l > 1 && tok[*nt - 1][l - 1] == '.') tok[*nt - 1][l - 1] = '\0';   /* ("17.") */
  }
  return 0;
nomem:
  for (size_t k = 0; k < *nt; k++) free(tok[k]);
  *nt = 0;
  return -1;
}

/* A DOC_LINES block as a table when it reads as one: one header line,
 * then rows of a label, the same number of figures in each (every row's
 * figures split one way only) and closing words; the lines under a row
 * go on its label, and the last of their words ends an unfinished
 * closing word ("Delvis" / "nöjda uppfyllt", rule kind unfinished).  The
 * header's last word heads the closing words, the words before it the
 * figures, the rest the labels.  With onto (a table this path built just
 * above, a blank line between), the block has no header: its rows go on
 * onto's, below them, with onto's count of figures.  Anything else keeps
 * its lines.  0, or -1 when out of memory. */
static int build_lines_block(DocBlock *b, const TabRules *rules, const DocTable *onto,
                             const DocLine *above, int *took_above) {
  size_t n = b->nlines, nrows = 0, want = onto ? onto->ncols - 2 : 0;
  size_t h = onto ? 0 : 1, base = onto ? onto->nrows : 1;
  *took_above = 0;
  if (n < (onto ? 1u : 2u) || (onto && onto->ncols < 3)) return 0;
  WLine *w = calloc(n, sizeof *w);
  char **cells = NULL, *ftok[64];
  size_t *sols = NULL, ncols = 0;
  int rc = -1;
  DocTable *tab = NULL;
  const DocLine *hl = onto ? NULL : &b->lines[0];
  if (!w) return -1;
  for (size_t i = 0; i < n; i++) wline(&b->lines[i], &w[i]);
  /* one header line (its figures years: "Indikator 2026 2025 Bedömning"),
   * then a row; or a row first under a header line the OCR set apart,
   * above */
  if (h) {
    int years = 1;
    for (size_t i = w[0].run; i < w[0].st && years; i++) years = is_year(b->lines[0].words[i].text);
    if (years) w[0].run = w[0].st = w[0].n;
    if (w[0].st != w[0].n && above) {
      h = 0;
      hl = above;
    }
  }
  if ((h && (w[0].st != w[0].n || n < 3)) || w[h].st == w[h].n) {
    rc = 0;
    goto out;
  }
  size_t lo_all = 0, hi_all = (size_t)-1;
  for (size_t i = h; i < n; i++) {
    if (w[i].st == w[i].n) continue;
    size_t nt, lo, hi;
    if (w[i].st - w[i].run > 64) {   /* (no table's row) */
      rc = 0;
      goto out;
    }
    if (w_figures(&w[i], ftok, &nt)) goto out;
    tab_split_range((const char *const *)ftok, nt, &lo, &hi);
    for (size_t k = 0; k < nt; k++) free(ftok[k]);
    if (lo > lo_all) lo_all = lo;
    if (hi < hi_all) hi_all = hi;
    nrows++;
  }
  if (!onto) want = lo_all;
  size_t hn = hl ? hl->nwords : 0;
  if (nrows < (onto ? 1u : 2u) || want == 0 || want < lo_all || want > hi_all ||
      (hl && hn < want + 2)) {
    rc = 0;
    goto out;
  }
  ncols = want + 2;
  if (!(cells = calloc((nrows + base) * ncols, sizeof *cells)) ||
      !(sols = malloc(4 * (want + 1) * sizeof *sols)))
    goto out;
  if (onto) { /* the rows above */
    for (size_t q = 0; q < base * ncols; q++)
      if (!(cells[q] = strdup(doc_table_get(onto, q / ncols, q % ncols)))) goto out;
  } else { /* the header */
    if (!(cells[0] = wjoin(hl, 0, hn - want - 1))) goto out;
    for (size_t c = 0; c <= want; c++)
      if (!(cells[1 + c] = wjoin(hl, hn - want - 1 + c, hn - want + c))) goto out;
  }
  size_t r = base - 1;
  for (size_t i = h; i < n; i++) {
    if (w[i].st == w[i].n) {  /* a line under a row: its label goes on */
      const DocLine *l = w[i].l;
      size_t e = l->nwords;
      char **st = &cells[r * ncols + ncols - 1];
      if (e >= 1 && !strchr(*st, ' ') && tab_rules_match(rules, TAB_RULE_UNFINISHED, *st) &&
          w_letters(l->words[e - 1].text) && !is_upper_start(l->words[e - 1].text)) {
        if (append(st, l->words[e - 1].text, 0)) goto out;
        e--;
      }
      char *more = e ? wjoin(l, 0, e) : NULL;
      if (e && !more) goto out;
      int bad = append(&cells[r * ncols], more, 0);
      free(more);
      if (bad) goto out;
      continue;
    }
    r++;
    size_t nt;
    if (w_figures(&w[i], ftok, &nt)) goto out;
    size_t ns = tab_split_run((const char *const *)ftok, nt, want, sols, 4);
    int nomem = 0;
    for (size_t c = 0; ns == 1 && c < want && !nomem; c++)
      nomem = !(cells[r * ncols + 1 + c] = join(ftok, sols[c], sols[c + 1]));
    for (size_t k = 0; k < nt; k++) free(ftok[k]);
    if (nomem) goto out;
    if (ns != 1) goto keep;   /* (figures read two ways, or none) */
    if (!(cells[r * ncols] = wjoin(w[i].l, 0, w[i].run)) ||
        !(cells[r * ncols + ncols - 1] = wjoin(w[i].l, w[i].st, w[i].n)))
      goto out;
  }
  if (!(tab = doc_table_new(nrows + base, ncols))) goto out;
  tab->header_rows = onto ? onto->header_rows : 1;
  for (size_t q = 0; q < (nrows + base) * ncols; q++)
    if (doc_table_set(tab, q / ncols, q % ncols, cells[q] ? cells[q] : "")) goto out;
  doc_table_free(b->table);
  b->table = tab;
  tab = NULL;
  b->kind = DOC_TABLE;
  *took_above = hl == above && above;
keep:
  rc = 0;
out:
  doc_table_free(tab);
  if (cells)
    for (size_t q = 0; q < (nrows + base) * ncols; q++) free(cells[q]);
  free(cells);
  free(sols);
  free(w);
  return rc;
}

/* The line of a one-line heading or paragraph right above block i that
 * may head its columns (three words or more, no sentence's end: "Nämndmål
 * Indikator 2026 Utfall Bedömning", which the OCR set apart by a blank
 * line), or NULL. */
static const DocLine *header_above(const DocPage *pg, size_t i) {
  if (i == 0) return NULL;
  const DocBlock *a = &pg->blocks[i - 1];
  if ((a->kind != DOC_HEADING && a->kind != DOC_PARA) || a->nlines != 1 || a->lines[0].nwords < 3)
    return NULL;
  const DocLine *l = &a->lines[0];
  for (size_t k = 0; k < l->nwords; k++)
    if (tab_ends_mark(l->words[k].text)) return NULL;
  return l;
}

/* Does line l open with a table's caption ("Tabell 6.")? */
static int caption_line(const TabRules *rules, const DocLine *l) {
  return l->nwords >= 2 && tab_caption_start(rules, l->words[0].text, l->words[1].text);
}

/* Move the page's last block (just added) to index at, the blocks from
 * there on one later. */
static void place_last_block(DocPage *pg, size_t at) {
  DocBlock last = pg->blocks[pg->nblocks - 1];
  memmove(pg->blocks + at + 1, pg->blocks + at, (pg->nblocks - 1 - at) * sizeof *pg->blocks);
  pg->blocks[at] = last;
}

/* A table's caption read as the first of its rows' lines ("Tabell 6.
 * Anställda och personalomsättning per yrkesgrupp den 31 augusti 2025",
 * no sentence's end to part it from the header) goes before the table as
 * a paragraph of its own, not into the header's cells.  0, or -1 out of
 * memory (the page unchanged). */
static int split_caption(DocPage *pg, size_t i, const TabRules *rules) {
  DocBlock *b = &pg->blocks[i];
  if (b->nlines < 3 || !caption_line(rules, &b->lines[0])) return 0;
  DocBlock *c = doc_block_add(pg, DOC_PARA);   /* (may move the blocks) */
  if (!c) return -1;
  b = &pg->blocks[i];
  DocLine *l = doc_line_add(c);
  if (!l) {
    pg->nblocks--;
    return -1;
  }
  *l = b->lines[0];
  memmove(b->lines, b->lines + 1, (b->nlines - 1) * sizeof *b->lines);
  b->nlines--;
  place_last_block(pg, i);
  return 0;
}

/* The rows of two tables that only a blank line and the second's caption
 * part ("... 58 Si, 55" / "Tabell 2. Insamlat hushållsavfall" / "Fraktion
 * 2023 2024 Förändring" / ...), read as one block: block i ends before the
 * caption, the caption and the rows after it a block of their own after
 * it.  0, or -1 out of memory (the page unchanged). */
static int split_at_caption(DocPage *pg, size_t i, const TabRules *rules) {
  DocBlock *b = &pg->blocks[i];
  size_t j = 2;
  while (j + 1 < b->nlines && !caption_line(rules, &b->lines[j])) j++;
  if (j + 1 >= b->nlines) return 0;
  size_t n = b->nlines - j;
  DocLine *moved = malloc(n * sizeof *moved);
  if (!moved) return -1;
  DocBlock *c = doc_block_add(pg, DOC_TABLE_ROWS);   /* (may move the blocks) */
  if (!c) {
    free(moved);
    return -1;
  }
  b = &pg->blocks[i];
  memcpy(moved, b->lines + j, n * sizeof *moved);
  c->lines = moved;
  c->nlines = c->cap = n;
  b->nlines = j;
  place_last_block(pg, i + 1);
  return 0;
}

/* The run of DOC_CELL blocks from block i of pg (textcells.h) as one
 * DOC_TABLE block at i: a cell's text its words in order.  0, or -1 out
 * of memory (pg unchanged). */
static int build_cells(DocPage *pg, size_t i) {
  size_t j = i, nrows = 0, ncols = 0;
  while (j < pg->nblocks && pg->blocks[j].kind == DOC_CELL &&
         (j == i || pg->blocks[j].cell_row > 0 || pg->blocks[j - 1].cell_row == 0)) {
    const DocBlock *b = &pg->blocks[j++];
    if (b->cell_row + 1 > nrows) nrows = b->cell_row + 1;
    if (b->cell_col + 1 > ncols) ncols = b->cell_col + 1;
  }
  DocTable *t = doc_table_new(nrows, ncols);
  if (!t) return -1;
  t->header_rows = 1;
  t->rebuilt = "text cells read line by line across their columns, cut back into their columns";
  for (size_t q = i; q < j; q++) {
    const DocBlock *b = &pg->blocks[q];
    size_t len = 0;
    for (size_t l = 0; l < b->nlines; l++)
      for (size_t w = 0; w < b->lines[l].nwords; w++) {
        const DocWord *v = &b->lines[l].words[w];
        len += strlen(v->text) + 1;
        if (v->src_line && (!t->src_first || v->src_line < t->src_first)) t->src_first = v->src_line;
        if (v->src_line > t->src_last) t->src_last = v->src_line;
      }
    char *txt = malloc(len + 1), *o = txt;
    if (!txt) {
      doc_table_free(t);
      return -1;
    }
    *o = 0;
    for (size_t l = 0; l < b->nlines; l++)
      for (size_t w = 0; w < b->lines[l].nwords; w++)
        o += sprintf(o, "%s%s", o > txt ? " " : "", b->lines[l].words[w].text);
    int bad = doc_table_set(t, b->cell_row, b->cell_col, txt);
    if (b->cell_doubt) t->cell_flags[b->cell_row * ncols + b->cell_col] = 5;
    free(txt);
    if (bad) {
      doc_table_free(t);
      return -1;
    }
  }
  DocBlock *tb = doc_block_add(pg, DOC_TABLE);   /* (may move the blocks) */
  if (!tb) {
    doc_table_free(t);
    return -1;
  }
  tb->table = t;
  while (j > i) doc_block_remove(pg, --j);
  place_last_block(pg, i);
  return 0;
}

/* Convert every DOC_TABLE_ROWS block of d, and every DOC_LINES block that
 * reads as a table (see tables.h). */
RensaStatus tab_build_text(Doc *d, RensaErr *e) {
  TabRules *rules = tab_rules_default(e);
  if (!rules) return e ? e->code : RENSA_E_RESOURCE;
  for (size_t p = 0; p < d->npages; p++) {
    DocPage *pg = &d->pages[p];
    size_t lines_table = (size_t)-2;   /* the block a DOC_LINES table was built in */
    for (size_t i = 0; i < pg->nblocks; i++) {
      if (pg->blocks[i].kind == DOC_CELL) {
        if (build_cells(pg, i)) {
          tab_rules_free(rules);
          return rensa_err_set(e, RENSA_E_NOMEM, d->source, pg->number,
                               "out of memory building a table");
        }
        continue;
      }
      if (pg->blocks[i].kind == DOC_LINES) {
        /* (rows a blank line parts from the table this path built just
         * above go on it) */
        int onto = lines_table + 1 == i, took = 0;
        const DocLine *above = header_above(pg, i);
        if (build_lines_block(&pg->blocks[i], rules, onto ? pg->blocks[i - 1].table : NULL,
                              onto ? NULL : above, &took)) {
          tab_rules_free(rules);
          return rensa_err_set(e, RENSA_E_NOMEM, d->source, pg->number,
                               "out of memory building a table");
        }
        if (pg->blocks[i].kind == DOC_TABLE) {
          if (onto || took) doc_block_remove(pg, --i);
          lines_table = i;
        }
        continue;
      }
      if (pg->blocks[i].kind != DOC_TABLE_ROWS) continue;
      int split = split_at_caption(pg, i, rules);
      if (!split) split = split_caption(pg, i, rules);
      if (split == 0 && pg->blocks[i].kind == DOC_PARA) i++;   /* (the caption split off) */
      if (split || build_block(&pg->blocks[i], rules)) {
        tab_rules_free(rules);
        return rensa_err_set(e, RENSA_E_NOMEM, d->source, pg->number,
                             "out of memory building a table");
      }
    }
  }
  tab_rules_free(rules);
  return RENSA_OK;
}
