/*
 * mkparts.c — rensa-mkparts, run by the build: compiles the forms of the
 * Hunspell dictionary and the ones it lets into compounds into the file
 * with which fixup refuses, without asking Hunspell, the words Hunspell
 * would refuse (dict/dict_parts.c).
 *
 *   rensa-mkparts AFF DIC OUT
 */
#include <stdio.h>

#include "dict_parts.h"

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: rensa-mkparts AFF DIC OUT\n");
    return 2;
  }
  RensaErr e;
  rensa_err_clear(&e);
  if (dict_parts_compile(argv[1], argv[2], argv[3], &e)) {
    char buf[1200];
    rensa_err_format(&e, buf, sizeof buf);
    fprintf(stderr, "rensa-mkparts: %s\n", buf);
    return 1;
  }
  DictParts *p = dict_parts_open(argv[3], argv[1], argv[2]);
  printf("rensa-mkparts: %s\n", p ? "compound parts compiled"
                                  : "the dictionary uses what the test does not follow: off");
  dict_parts_free(p);
  return 0;
}
