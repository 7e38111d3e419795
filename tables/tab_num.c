/*
 * tab_num.c — Swedish number tokens as old OCR text and PDF text layers
 * write them: classifying a token, parsing a cell, formatting a repaired
 * value, and splitting a run of tokens into numbers.
 *
 * Provides tab_tok_kind, tab_tok_head, tab_tok_tail, tab_num_parse,
 * tab_num_format, tab_split_run, tab_split_range (see tab_internal.h),
 * tab_one_more_1 (tables.h: the OCR reads figures too).
 *
 * Swedish reports write "105 000" (space as thousands mark), "2,9" (comma
 * as decimal mark), "−3 608" (a real minus, an en dash or a hyphen) and
 * "12 %".  A run "38 522 42 058 2403" is therefore ambiguous as text; a
 * number is a head of one to three digits (with its sign) followed by
 * groups of exactly three digits, and a group starting with "0" ("070")
 * can never stand alone.  tab_split_run lists every reading with the wanted
 * count; the arithmetic picks between them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tab_internal.h"
#include "tables.h"
#include "utf8.h"

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Skip any signs at s (OCR doubles them: "--11"); *neg set if any. */
static const char *skip_sign(const char *s, int *neg) {
  size_t m;
  *neg = 0;
  while ((m = utf8_minus_len(s)) != 0) {
    *neg = 1;
    s += m;
  }
  /* (a plus before a change's figure, "+0,1 %", "+2 450") */
  if (!*neg && *s == '+' && s[1] >= '0' && s[1] <= '9') s++;
  return s;
}

/* Decimal marks as OCR reads a comma: ',' '.' and the misreads ':' ';'. */
static int is_decmark(char c) {
  return c == ',' || c == '.' || c == ':' || c == ';';
}

/* Classify a token: a number ("−3", "2,9", "12%", "(73)"), a lone dash,
 * or text. */
int tab_text_case(const char *t) {
  size_t len;
  return uc_is_upper(utf8_decode(t, strlen(t), &len)) ? 2 : utf8_starts_lower(t) ? 1 : 0;
}

int tab_ends_mark(const char *s) {
  size_t n = strlen(s);
  return n && strchr(".!?:;", s[n - 1]);
}

TabTokKind tab_tok_kind(const char *tok) {
  int neg;
  const char *p = skip_sign(tok, &neg);
  if (neg && *p == '\0') return TAB_TOK_DASH;
  if (!neg && *p == '(') {        /* "(73)" */
    p++;
    if (!is_digit(*p)) return TAB_TOK_TEXT;
    while (is_digit(*p) || *p == ',') p++;
    return strcmp(p, ")") == 0 ? TAB_TOK_NUM : TAB_TOK_TEXT;
  }
  if (!is_digit(*p)) return TAB_TOK_TEXT;
  while (is_digit(*p)) p++;
  if (is_decmark(*p) && is_digit(p[1])) {
    p++;
    while (is_digit(*p)) p++;
  }
  if (*p == ' ' && p[1] == '%') p++;   /* "7,8 %" joined by the reader */
  if (*p == '%') p++;
  return *p == '\0' ? TAB_TOK_NUM : TAB_TOK_TEXT;
}

/* 1 if tok can start a number written in groups: 1-3 digits, a sign. */
int tab_tok_head(const char *tok) {
  int neg;
  const char *p = skip_sign(tok, &neg);
  size_t d = 0;
  while (is_digit(p[d])) d++;
  return d >= 1 && d <= 3 && p[d] == '\0';
}

/* 1 if tok can continue one: exactly three digits, then perhaps the
 * decimals and a percent sign of the last group. */
int tab_tok_tail(const char *tok) {
  const char *p = tok;
  if (!(is_digit(p[0]) && is_digit(p[1]) && is_digit(p[2]))) return 0;
  p += 3;
  if (is_decmark(*p) && is_digit(p[1])) {
    p++;
    while (is_digit(*p)) p++;
  }
  if (*p == ' ' && p[1] == '%') p++;
  if (*p == '%') p++;
  return *p == '\0';
}

/* A token that cannot be a number by itself: three digits starting with 0
 * and nothing else ("070" is the tail of "1 070"). */
static int tail_only(const char *tok) {
  return tok[0] == '0' && strlen(tok) == 3 && tab_tok_tail(tok);
}

/* Parse a cell as the report wrote it; brackets are not a sign. */
int tab_num_parse(const char *s, TabNum *n) {
  memset(n, 0, sizeof *n);
  while (*s == ' ') s++;
  int neg, paren = 0;
  size_t m;
  const char *p = skip_sign(s, &neg);
  while (*p == ' ') p++;
  if (!neg && *p == '(') {
    paren = 1;
    p++;
  }
  if (!is_digit(*p)) return -1;
  long long ip = 0;
  int ndig = 0;
  for (;;) {
    if (is_digit(*p)) {
      ip = ip * 10 + (*p++ - '0');
      if (++ndig > 15) return -1;
      continue;
    }
    /* thousands marks: space, NBSP, narrow NBSP, or a '.' before exactly
     * three digits that end the number */
    m = 0;
    if (*p == ' ') m = 1;
    else if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xA0) m = 2;
    else if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
             (unsigned char)p[2] == 0xAF)
      m = 3;
    if (m && is_digit(p[m]) && is_digit(p[m + 1]) && is_digit(p[m + 2]) &&
        !is_digit(p[m + 3])) {
      p += m;
      n->grouped = 1;
      continue;
    }
    if (*p == '.' && is_digit(p[1]) && is_digit(p[2]) && is_digit(p[3]) &&
        (p[4] == '\0' || p[4] == ' ' || p[4] == '%')) {
      p++;
      n->grouped = 1;
      continue;
    }
    break;
  }
  long long frac = 0;
  if (is_decmark(*p) && is_digit(p[1])) {
    p++;
    while (is_digit(*p)) {
      if (n->dec < 3) {
        frac = frac * 10 + (*p - '0');
        n->dec++;
      }
      p++;
    }
  }
  for (int d = n->dec; d < 3; d++) frac *= 10;
  if (paren) {
    if (*p != ')') return -1;
    p++;
  }
  while (*p == ' ') p++;
  if (*p == '%') {
    n->pct = 1;
    p++;
  }
  if (*p) return -1;
  n->v = ip * 1000 + frac;
  if (neg) n->v = -n->v;
  return 0;
}

/* Write v (scaled by 1000) Swedish style into out. */
void tab_num_format(long long v, int dec, int grouped, int pct, char *out,
                    size_t n) {
  char digits[32], buf[64];
  long long a = v < 0 ? -v : v;
  long long ip = a / 1000, frac = a % 1000;
  snprintf(digits, sizeof digits, "%lld", ip);
  size_t k = 0, len = strlen(digits);
  if (v < 0) buf[k++] = '-';
  for (size_t i = 0; i < len; i++) {
    if (grouped && i > 0 && (len - i) % 3 == 0) buf[k++] = ' ';
    buf[k++] = digits[i];
  }
  if (dec > 0) {
    char f[8];
    snprintf(f, sizeof f, "%03lld", frac);
    buf[k++] = ',';
    for (int i = 0; i < dec && i < 3; i++) buf[k++] = f[i];
  }
  if (pct) buf[k++] = '%';
  buf[k] = '\0';
  snprintf(out, n, "%s", buf);
}

/* The search of tab_split_run: the run's tokens, the readings found, and
 * which (token, numbers still needed) states are known to lead nowhere. */
typedef struct Split {
  const char *const *tok;
  size_t ntok, want, maxsol, nsol;
  size_t *cur, *sols;
  unsigned char *dead;    /* (ntok + 1) x (want + 1) */
} Split;

/* Numbers from token p on, need more numbers still (depth starts so far).
 * A state that produced no reading never will: it is remembered as dead,
 * which keeps long runs linear instead of exponential (fuzz:
 * tables-timeout-split-run). */
static void split_rec(Split *S, size_t p, size_t need, size_t depth) {
  if (S->nsol >= S->maxsol) return;
  if (p == S->ntok) {
    if (need == 0) {
      memcpy(S->sols + S->nsol * (S->want + 1), S->cur, S->want * sizeof *S->cur);
      S->sols[S->nsol * (S->want + 1) + S->want] = S->ntok;
      S->nsol++;
    }
    return;
  }
  if (need == 0 || S->ntok - p < need) return;
  unsigned char *dead = &S->dead[p * (S->want + 1) + need];
  if (*dead) return;
  size_t before = S->nsol;
  S->cur[depth] = p;
  /* a number standing alone */
  if (!tail_only(S->tok[p])) split_rec(S, p + 1, need - 1, depth + 1);
  /* a head with one or more three-digit groups */
  if (tab_tok_head(S->tok[p])) {
    size_t q = p + 1;
    while (q < S->ntok && tab_tok_tail(S->tok[q])) {
      /* only the last group may carry decimals or a percent sign */
      int plain = strlen(S->tok[q]) == 3;
      S->cur[depth] = p;
      split_rec(S, q + 1, need - 1, depth + 1);
      if (!plain) break;
      q++;
    }
  }
  if (S->nsol == before) *dead = 1;
}

/* Every reading of a run as exactly want numbers (see tab_internal.h). */
size_t tab_split_run(const char *const *tok, size_t ntok, size_t want,
                     size_t *sols, size_t maxsol) {
  if (want == 0 || want > ntok) return 0;
  Split S = {tok, ntok, want, maxsol, 0, calloc(want + 1, sizeof(size_t)), sols,
             calloc((ntok + 1) * (want + 1), 1)};
  if (S.cur && S.dead) split_rec(&S, 0, want, 0);
  free(S.cur);
  free(S.dead);
  return S.nsol;
}

/* The fewest (greedy joins) and most (no joins) numbers in a run. */
void tab_split_range(const char *const *tok, size_t ntok, size_t *lo,
                     size_t *hi) {
  /* hi: every token alone, except tail-only ones which must join */
  size_t h = 0, l = 0;
  for (size_t i = 0; i < ntok; i++)
    if (!tail_only(tok[i]) || i == 0 || !tab_tok_head(tok[i - 1])) h++;
  /* lo: greedy longest joins */
  for (size_t i = 0; i < ntok;) {
    size_t q = i + 1;
    if (tab_tok_head(tok[i]))
      while (q < ntok && tab_tok_tail(tok[q])) {
        int plain = strlen(tok[q]) == 3;
        q++;
        if (!plain) break;
      }
    l++;
    i = q;
  }
  *lo = l;
  *hi = h;
}

int tab_one_more_1(const char *a, const char *b) {
  size_t na = strlen(a);
  if (strlen(b) != na + 1) return 0;
  for (size_t i = 0; i <= na; i++)
    if (b[i] == '1' && !strncmp(a, b, i) && !strcmp(a + i, b + i + 1)) return 1;
  return 0;
}
