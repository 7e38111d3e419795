/* test_fix_text.c — report text built without printf (fixup/fix_text.c)
 * must be byte for byte what snprintf makes: "%.2f" on ties, signs, tiny
 * and huge values, "%.Ns" cuts, and the cut at the buffer's end. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fix_internal.h"
#include "testhelp.h"

/* fix_text_2f(x) == snprintf("%.2f", x)? */
static int same_2f(double x) {
  char a[512], b[512];
  FixText t = fix_text(a, sizeof a);
  fix_text_2f(&t, x);
  snprintf(b, sizeof b, "%.2f", x);
  if (strcmp(a, b)) fprintf(stderr, "%.17g: %s, printf %s\n", x, a, b);
  return strcmp(a, b) == 0;
}

int main(void) {
  const double fixed[] = {0.0, -0.0, 0.005, 0.015, 0.025, 0.125, 0.375, 2.675, 1.005, -0.005,
                          -1.5e-3, 0.995, -0.995, 1e-300, 5e-324, 1e15, 123456789.125,
                          9007199254740991.0, 9007199254740993.0, 1e300, -1e300, INFINITY,
                          -INFINITY, NAN};
  for (size_t i = 0; i < sizeof fixed / sizeof *fixed; i++) TEST_CHECK(same_2f(fixed[i]));
  /* margins, rates and exact ties k/1000 + 0.005 on both sides of zero */
  int bad = 0;
  srand(7);
  for (int i = 0; i < 200000; i++) {
    double x = i % 3 == 0   ? (rand() / (double)RAND_MAX - 0.5) * 40
               : i % 3 == 1 ? rand() / (double)RAND_MAX
                            : (rand() % 200000 - 100000) / 1000.0 + 0.005;
    bad += !same_2f(x);
  }
  TEST_CHECK(bad == 0);
  /* "%.3s" and integers, cut at the end of the buffer as snprintf cuts */
  char a[16];
  FixText t = fix_text(a, sizeof a);
  fix_text_str(&t, "abcdef", 3);
  fix_text_int(&t, -42);
  fix_text_uint(&t, 4294967295u);
  fix_text_str(&t, "xyz", (size_t)-1);
  TEST_EQ_STR(a, "abc-42429496729"); /* snprintf("%.3s%d%u%s") in 16 bytes */
  return TEST_REPORT();
}
