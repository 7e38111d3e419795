/* test_dict_parts.c — the compiled compound parts (dict/dict_parts.c) must
 * never refuse a word Hunspell accepts: stems, suffixed forms, compounds
 * with linking letters, simplified triples, capitals pass; OCR variants
 * no chain of parts spells are refused, and Hunspell agrees.  Their sure
 * yes must never accept a word Hunspell refuses: common compounds pass
 * without Hunspell; compounds Hunspell refuses for a repeated part, three
 * equal letters, a REP typo of a word, a forbidden part, a part that must
 * be capitalised, or two words of the dictionary written together are
 * left to it (each once accepted by a draft that lacked the test).  A
 * file made from other dictionary files, or damaged, is not used. */
#include <hunspell/hunspell.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict_parts.h"
#include "testhelp.h"

#define AFF "/usr/share/hunspell/sv_SE.aff"
#define DIC "/usr/share/hunspell/sv_SE.dic"

/* A small dictionary: forms by suffix, compounds of flagged stems, a
 * simplified triple; and one with prefixes, which switches the test off. */
static void test_small(void) {
  char aff[] = "/tmp/test_parts_aff.XXXXXX", dic[] = "/tmp/test_parts_dic.XXXXXX",
       out[] = "/tmp/test_parts_out.XXXXXX";
  TEST_CHECK(test_write_tmp(aff, "SET UTF-8\nCOMPOUNDFLAG X\nSFX S Y 2\nSFX S 0 s .\n"
                            "SFX S 0 ar [^a]\n") == 0);
  TEST_CHECK(test_write_tmp(dic, "4\nglass/X\nskål/X\nbil/SX\nkrona/S\n") == 0);
  TEST_CHECK(test_write_tmp(out, "") == 0);
  RensaErr e;
  rensa_err_clear(&e);
  TEST_CHECK(dict_parts_compile(aff, dic, out, &e) == RENSA_OK);
  DictParts *p = dict_parts_open(out, aff, dic);
  TEST_CHECK(p != NULL);
  /* forms and chains of parts pass: Hunspell accepts all but the last
   * two, which it refuses for what the test leaves to it ("bils" may not
   * begin a compound; the triple needs SIMPLIFIEDTRIPLE) */
  Hunhandle *h = Hunspell_create(aff, dic);
  TEST_CHECK(h != NULL);
  const char *yes[] = {"bil", "bils", "bilar", "Bilar", "kronas", "skålbilar", "GLASSBIL",
                       "bilsglass", "glasskål"};
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
    TEST_CHECK(dict_parts_possible(p, yes[i]));
    if (h && i < 7) TEST_CHECK(Hunspell_spell(h, yes[i]));
  }
  /* no such form (the condition refuses "kronaar"), no chain of parts
   * ("krona" has no compounding flag), a letter no part has: refused, and
   * Hunspell agrees */
  const char *no[] = {"kronaar", "bilkrona", "bilxglass", "bi", "glassé"};
  for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
    TEST_CHECK(!dict_parts_possible(p, no[i]));
    if (h) TEST_CHECK(!Hunspell_spell(h, no[i]));
  }
  if (h) Hunspell_destroy(h);
  dict_parts_free(p);
  /* prefixes: the file says "off" and is not used */
  FILE *f = fopen(aff, "a");
  TEST_CHECK(f && fputs("PFX R Y 1\nPFX R 0 re .\n", f) >= 0 && fclose(f) == 0);
  TEST_CHECK(dict_parts_compile(aff, dic, out, &e) == RENSA_OK);
  TEST_CHECK(dict_parts_open(out, aff, dic) == NULL);
  unlink(aff);
  unlink(dic);
  unlink(out);
}

#ifndef RENSA_HUNSPELL_VERSION
#define RENSA_HUNSPELL_VERSION ""
#endif
/* The yes is only on with the Hunspell it was checked against. */
static int yes_on(void) { return strcmp(RENSA_HUNSPELL_VERSION, "1.7.1") == 0; }

/* A small dictionary of first and last parts: the yes takes what
 * Hunspell accepts, and leaves to it each kind of compound it refuses. */
static void test_small_yes(void) {
  char aff[] = "/tmp/test_parts_aff.XXXXXX", dic[] = "/tmp/test_parts_dic.XXXXXX",
       out[] = "/tmp/test_parts_out.XXXXXX";
  TEST_CHECK(test_write_tmp(aff, "SET UTF-8\nCOMPOUNDMIN 1\nCHECKCOMPOUNDDUP\n"
                            "CHECKCOMPOUNDTRIPLE\nSIMPLIFIEDTRIPLE\nCHECKCOMPOUNDREP\n"
                            "FORBIDDENWORD %\nFORCEUCASE c\nCOMPOUNDBEGIN X\nCOMPOUNDEND Y\n"
                            "COMPOUNDPERMITFLAG W\nONLYINCOMPOUND Z\nREP 1\nREP e ä\n"
                            "SFX S Y 2\nSFX S 0 s/WXZ .\nSFX S 0 ar .\n") == 0);
  TEST_CHECK(test_write_tmp(dic, "10\nbil/SXY\nhus/SXY\nglass/XY\nskål/XY\nhel/XY\n"
                            "bilhäl\nbilhus/%\nsverige/cY\nhus bil\nbils/X\n") == 0);
  TEST_CHECK(test_write_tmp(out, "") == 0);
  RensaErr e;
  rensa_err_clear(&e);
  TEST_CHECK(dict_parts_compile(aff, dic, out, &e) == RENSA_OK);
  DictParts *p = dict_parts_open(out, aff, dic);
  Hunhandle *h = Hunspell_create(aff, dic);
  TEST_CHECK(p && h);
  if (!p || !h) return;
  /* parts, a linking "s", a suffixed last part, a capital */
  const char *yes[] = {"bilskål", "bilsskål", "glassbil", "bilhusar", "Bilskål"};
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
    TEST_CHECK(Hunspell_spell(h, yes[i]));
    TEST_CHECK(dict_parts_sure(p, yes[i]) == yes_on());
  }
  /* a part twice, a forbidden compound, three s, a REP typo of "bilhäl",
   * "sverige" (FORCEUCASE) in small letters, "hus bil" written together */
  const char *no[] = {"bilbil", "bilhus", "glassskål", "bilhel", "bilsverige", "husbil"};
  for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
    TEST_CHECK(!Hunspell_spell(h, no[i]));
    TEST_CHECK(!dict_parts_sure(p, no[i]));
  }
  /* ("Bilsverige" is right, but the yes leaves any FORCEUCASE part to
   * Hunspell) */
  TEST_CHECK(Hunspell_spell(h, "Bilsverige") && !dict_parts_sure(p, "Bilsverige"));
  Hunspell_destroy(h);
  dict_parts_free(p);
  unlink(aff);
  unlink(dic);
  unlink(out);
}

int main(void) {
  test_small();
  test_small_yes();
  char path[] = "/tmp/test_dict_parts.XXXXXX";
  int fd = mkstemp(path);
  TEST_CHECK(fd >= 0);
  if (fd < 0) return TEST_REPORT();
  close(fd);
  RensaErr e;
  rensa_err_clear(&e);
  TEST_CHECK(dict_parts_compile(AFF, DIC, path, &e) == RENSA_OK);
  Hunhandle *h = Hunspell_create(AFF, DIC);
  DictParts *p = dict_parts_open(path, AFF, DIC);
  TEST_CHECK(h && p);
  if (!h || !p) return TEST_REPORT();
  /* Hunspell accepts these: stems, forms, compounds, capitals, triples */
  const char *yes[] = {"bil", "bilarna", "förvaltningsövergripande", "räddningstjänstförbundet",
                       "Kommunikationsavdelningen", "CYBERSÄKERHETSLAGEN", "glasskål",
                       "arbetsmiljöområdet", "armé", "affärsidéerna", "1990"};
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
    TEST_CHECK(Hunspell_spell(h, yes[i]));
    TEST_CHECK(dict_parts_possible(p, yes[i]));
  }
  /* OCR variants of damaged words: refused, and Hunspell agrees */
  const char *no[] = {"féråndringsårbete", "behgver", "årbetsmiljdårbetet", "6vergången",
                      "Cybersädkerhetslagen", "prigläts", "iahspraktas"};
  for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
    TEST_CHECK(!Hunspell_spell(h, no[i]));
    TEST_CHECK(!dict_parts_possible(p, no[i]));
  }
  /* compounds the lexicon never saw: the yes spares Hunspell */
  const char *sure[] = {"arbetsmarknadsförvaltningar", "tjänsteuppföljning", "cybersäkerhetslagen",
                        "räddningstjänstförbundet", "Kommunledningsefterlevnad"};
  for (size_t i = 0; i < sizeof sure / sizeof *sure; i++) {
    TEST_CHECK(Hunspell_spell(h, sure[i]));
    TEST_CHECK(dict_parts_sure(p, sure[i]) == yes_on());
  }
  /* Hunspell refuses these: a part twice (CHECKCOMPOUNDDUP), three r
   * (CHECKCOMPOUNDTRIPLE), a REP typo of "kommunistledarens", the
   * forbidden "arbetsplast", "danmark" uncapitalised (FORCEUCASE), "under
   * hand" written together, and "stadschefsgård" a REP typo of a word
   * once the last parts are taken; the yes leaves them to it */
  const char *unsure[] = {"signalkodssignalkods", "herrreservare", "kommunistletarens",
                          "stadsarbetsplast", "miniräknardanmark", "underhand",
                          "stadschefsgårdsförsäljning"};
  for (size_t i = 0; i < sizeof unsure / sizeof *unsure; i++) {
    TEST_CHECK(!Hunspell_spell(h, unsure[i]));
    TEST_CHECK(!dict_parts_sure(p, unsure[i]));
  }
  /* a word of the dictionary, a simplified triple, capitals throughout,
   * or no file: left to Hunspell */
  const char *left[] = {"bilarna", "glasskål", "INVESTERINGSREDOVISNING"};
  for (size_t i = 0; i < sizeof left / sizeof *left; i++) TEST_CHECK(!dict_parts_sure(p, left[i]));
  TEST_CHECK(!dict_parts_sure(NULL, "tjänsteuppföljning"));
  /* what the test does not read is left to Hunspell */
  TEST_CHECK(dict_parts_possible(p, "f6r-bättrats"));
  TEST_CHECK(dict_parts_possible(p, "ϕόρ"));
  TEST_CHECK(dict_parts_possible(NULL, "behgver"));
  dict_parts_free(p);
  /* made from other files (here the .aff given as the .dic): not used */
  TEST_CHECK(dict_parts_open(path, AFF, AFF) == NULL);
  /* damaged: cut short, not used */
  TEST_CHECK(truncate(path, 100) == 0);
  TEST_CHECK(dict_parts_open(path, AFF, DIC) == NULL);
  TEST_CHECK(dict_parts_open("/nonexistent/sv-hunparts.bin", AFF, DIC) == NULL);
  unlink(path);
  Hunspell_destroy(h);
  return TEST_REPORT();
}
