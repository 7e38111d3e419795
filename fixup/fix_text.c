/*
 * fix_text.c — the report's evidence strings, built piece by piece the way
 * snprintf would build them, without a format parse per entry.
 *
 * A long file gets tens of thousands of report entries, and for each the
 * evidence names a margin or a rate with "%.2f": glibc converts such a
 * double with multi-precision arithmetic (a few thousand instructions).
 * fix_text_2f gives the same digits from the double's exact binary value,
 * rounded half to even as glibc does in the default rounding mode, and
 * leaves what it cannot do in 64 bits (|x| >= 2^53, infinities, NaN) to
 * snprintf.
 *
 *   FixText t = fix_text(buf, sizeof buf);
 *   fix_text_str(&t, "margin ", (size_t)-1);
 *   fix_text_2f(&t, margin);              // "margin 1.25"
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "fix_internal.h"

FixText fix_text(char *buf, size_t cap) {
  buf[0] = '\0';
  return (FixText){buf, cap, 0};
}

void fix_text_str(FixText *t, const char *s, size_t max) {
  size_t l = strnlen(s, max), room = t->cap - 1 - t->n;
  if (l > room) l = room;
  memcpy(t->s + t->n, s, l);
  t->n += l;
  t->s[t->n] = '\0';
}

void fix_text_uint(FixText *t, unsigned long long v) {
  char d[24];
  size_t k = sizeof d;
  d[--k] = '\0';
  do d[--k] = (char)('0' + v % 10); while ((v /= 10) > 0);
  fix_text_str(t, d + k, (size_t)-1);
}

void fix_text_int(FixText *t, long long v) {
  if (v < 0) fix_text_str(t, "-", 1);
  fix_text_uint(t, v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v);
}

void fix_text_2f(FixText *t, double x) {
  int e;
  double m = frexp(fabs(x), &e); /* |x| = m * 2^e, m in [0.5, 1) or 0 */
  if (!isfinite(x) || e > 53) {
    char b[400];
    snprintf(b, sizeof b, "%.2f", x);
    fix_text_str(t, b, (size_t)-1);
    return;
  }
  /* |x| = mant / 2^sh exactly; |x| * 100 rounded half to even */
  uint64_t mant = (uint64_t)ldexp(m, 53), v = mant * 100, q;
  int sh = 53 - e;
  if (sh >= 64) {
    q = 0; /* |x| * 100 < 2^60 / 2^64: below one half */
  } else if (sh == 0) {
    q = v;
  } else {
    uint64_t r = v & ((1ull << sh) - 1), half = 1ull << (sh - 1);
    q = v >> sh;
    if (r > half || (r == half && (q & 1))) q++;
  }
  if (signbit(x)) fix_text_str(t, "-", 1); /* "-0.00" too, as printf */
  fix_text_uint(t, q / 100);
  char frac[4] = {'.', (char)('0' + q % 100 / 10), (char)('0' + q % 10), '\0'};
  fix_text_str(t, frac, 3);
}
