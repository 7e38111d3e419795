/*
 * mklex.c — rensa-mklex, run by the build: compiles the word statistics and
 * the expanded Hunspell forms into the mapped lexicons rensa loads.
 *
 *   rensa-mklex UNIGRAMS BIGRAMS FORMS NAMES OUT_LEXICON OUT_NAMES
 */
#include <stdio.h>

#include "dict.h"

int main(int argc, char **argv) {
  if (argc != 7) {
    fprintf(stderr, "usage: rensa-mklex UNIGRAMS BIGRAMS FORMS NAMES OUT_LEXICON OUT_NAMES\n");
    return 2;
  }
  RensaErr e;
  rensa_err_clear(&e);
  DictLex *words = dict_lex_load(argv[1], argv[2], &e);
  DictLex *names = words ? dict_lex_load(NULL, NULL, &e) : NULL;
  int bad = !words || !names || dict_lex_add_forms(words, argv[3], 0, &e) ||
            dict_lex_add_forms(names, argv[4], 1, &e) || dict_lex_save(words, argv[5], &e) ||
            dict_lex_save(names, argv[6], &e);
  if (bad) {
    char buf[1200];
    rensa_err_format(&e, buf, sizeof buf);
    fprintf(stderr, "rensa-mklex: %s\n", buf);
  } else {
    printf("rensa-mklex: %zu words, %zu names\n", dict_lex_size(words), dict_lex_size(names));
  }
  dict_lex_free(words);
  dict_lex_free(names);
  return bad ? 1 : 0;
}
