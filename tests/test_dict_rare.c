/* test_dict_rare.c — the quick "no" before Hunspell (dict/dict_rare.c) must
 * never refuse a word Hunspell accepts: forms and compounds of the stems
 * with é, in any case, pass; OCR stand-ins no stem explains are refused
 * once the warm-up is over. */
#include <hunspell/hunspell.h>
#include <stdio.h>

#include "dict_rare.h"
#include "testhelp.h"

#define AFF "/usr/share/hunspell/sv_SE.aff"
#define DIC "/usr/share/hunspell/sv_SE.dic"

int main(void) {
  Hunhandle *h = Hunspell_create(AFF, DIC);
  DictRare *r = dict_rare_new(AFF, DIC);
  TEST_CHECK(h && r);
  if (!h || !r) return TEST_REPORT();
  /* The first words with a rare letter go to Hunspell unread (a warm-up). */
  for (int i = 0; i < 200; i++) dict_rare_possible(r, "féretag");
  /* Hunspell accepts these (stems, suffixed forms, compounds, capitals) */
  const char *yes[] = {"armé", "arméer", "arméchef", "idé", "idéer", "affärsidéerna",
                       "Armén", "ARMÉ", "kaféet", "turnéplanen", "é", "ateljésydd"};
  for (size_t i = 0; i < sizeof yes / sizeof *yes; i++) {
    TEST_CHECK(Hunspell_spell(h, yes[i]));
    TEST_CHECK(dict_rare_possible(r, yes[i]));
  }
  /* é for ö, & for ä: refused, and Hunspell agrees */
  const char *no[] = {"féretagsklimat", "férvaltningen", "bedémning", "f&rdig", "Féretag"};
  for (size_t i = 0; i < sizeof no / sizeof *no; i++) {
    TEST_CHECK(!Hunspell_spell(h, no[i]));
    TEST_CHECK(!dict_rare_possible(r, no[i]));
  }
  /* plain Swedish words are always left to Hunspell */
  TEST_CHECK(dict_rare_possible(r, "företagsklimat"));
  dict_rare_free(r);
  Hunspell_destroy(h);
  return TEST_REPORT();
}
