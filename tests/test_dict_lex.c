/* test_dict_lex.c — the compiled lexicon (dict/dict_lex.c): a lexicon
 * saved and opened again answers as the one it was made from, and the
 * counts dict_lex_variants gives with the words it finds by fold are
 * dict_lex_count's, words added after opening included (the repair stage
 * reads them instead of looking each word up again). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict.h"
#include "testhelp.h"

/* Every word found under key has dict_lex_count's count; n words found. */
static void check_variants(const DictLex *x, const char *key, size_t want) {
  const char *found[16];
  uint32_t counts[16];
  size_t n = dict_lex_variants(x, key, strlen(key), found, counts, 16);
  TEST_EQ_INT((int)n, (int)want);
  for (size_t i = 0; i < n && i < 16; i++)
    TEST_EQ_INT((int)counts[i], (int)dict_lex_count(x, found[i], strlen(found[i])));
  TEST_EQ_INT((int)dict_lex_variants(x, key, strlen(key), NULL, NULL, 0), (int)want);
}

static void test_counts(void) {
  char uni[] = "/tmp/test_lex_uni.XXXXXX", bi[] = "/tmp/test_lex_bi.XXXXXX",
       bin[] = "/tmp/test_lex_bin.XXXXXX";
  TEST_CHECK(test_write_tmp(uni, "för\t120\nfor\t3\når\t40\nar\t1\när\t900\nbil\t7\n") == 0);
  TEST_CHECK(test_write_tmp(bi, "för\tatt\t5\n") == 0);
  TEST_CHECK(test_write_tmp(bin, "") == 0);
  RensaErr e;
  rensa_err_clear(&e);
  DictLex *made = dict_lex_load(uni, bi, &e);
  TEST_CHECK(made != NULL);
  TEST_CHECK(made && dict_lex_save(made, bin, &e) == RENSA_OK);
  dict_lex_free(made);
  DictLex *x = dict_lex_open(bin, &e);
  TEST_CHECK(x != NULL);
  if (x) {
    TEST_EQ_INT((int)dict_lex_count(x, "är", strlen("är")), 900);
    TEST_EQ_INT((int)dict_lex_pair(x, "för", "att"), 5);
    check_variants(x, "ar", 3);  /* ar, år, är */
    check_variants(x, "for", 2); /* for, för */
    check_variants(x, "xyz", 0);
    /* Added after opening: to a compiled word's count, and a new word. */
    TEST_CHECK(dict_lex_add(x, "ÅR", 10) == 0);
    TEST_CHECK(dict_lex_add(x, "är", 5) == 0);
    TEST_CHECK(dict_lex_add(x, "Är", 0) == 0);
    TEST_CHECK(dict_lex_add(x, "ár", 2) == 0);
    TEST_EQ_INT((int)dict_lex_count(x, "år", strlen("år")), 50);
    TEST_EQ_INT((int)dict_lex_count(x, "är", strlen("är")), 905);
    check_variants(x, "ar", 4);  /* and ár, added */
    check_variants(x, "bil", 1);
  }
  dict_lex_free(x);
  unlink(uni);
  unlink(bi);
  unlink(bin);
}

int main(void) {
  test_counts();
  return TEST_REPORT();
}
