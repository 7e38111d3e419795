/*
 * testhelp.h — a tiny unit-test helper (in the spirit of Redis' testhelp.h).
 *
 *   TEST_EQ_STR(fix("for"), "för");
 *   TEST_CHECK(x > 0);
 *   return TEST_REPORT();
 *
 * Each failed check prints file:line and the values; TEST_REPORT returns the
 * exit status for ctest (0 only if every check passed).
 */
#ifndef RENSA_TESTHELP_H
#define RENSA_TESTHELP_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int test_failed_ = 0, test_total_ = 0;

#define TEST_CHECK(cond)                                                   \
  do {                                                                     \
    test_total_++;                                                         \
    if (!(cond)) {                                                         \
      test_failed_++;                                                      \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__,     \
              #cond);                                                      \
    }                                                                      \
  } while (0)

#define TEST_EQ_STR(got, want)                                             \
  do {                                                                     \
    const char *g_ = (got), *w_ = (want);                                  \
    test_total_++;                                                         \
    if (!g_ || strcmp(g_, w_) != 0) {                                      \
      test_failed_++;                                                      \
      fprintf(stderr, "%s:%d: %s: got \"%s\", want \"%s\"\n", __FILE__,    \
              __LINE__, #got, g_ ? g_ : "(null)", w_);                     \
    }                                                                      \
  } while (0)

#define TEST_EQ_INT(got, want)                                             \
  do {                                                                     \
    long long g_ = (long long)(got), w_ = (long long)(want);               \
    test_total_++;                                                         \
    if (g_ != w_) {                                                        \
      test_failed_++;                                                      \
      fprintf(stderr, "%s:%d: %s: got %lld, want %lld\n", __FILE__,        \
              __LINE__, #got, g_, w_);                                     \
    }                                                                      \
  } while (0)

#define TEST_REPORT()                                                      \
  (fprintf(stderr, "%d of %d checks passed\n", test_total_ - test_failed_, \
           test_total_),                                                   \
   test_failed_ ? 1 : 0)

/* Write text to a new temporary file named from pattern (mkstemp's
 * "XXXXXX"); 0 or -1. */
static inline int test_write_tmp(char *pattern, const char *text) {
  int fd = mkstemp(pattern);
  if (fd < 0) return -1;
  size_t n = strlen(text);
  int bad = write(fd, text, n) != (ssize_t)n;
  return close(fd) || bad ? -1 : 0;
}

#endif
