/*
 * fixup.c — the repair stage's front: loading what it needs and running the
 * repairs in order (layout, then words) over a Doc.  See fixup.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fix_internal.h"
#include "utf8.h"

int fix_words_judge(void *ctx, const char *word);

void fix_options_default(FixOptions *o) {
  memset(o, 0, sizeof *o);
  o->min_ocr_conf = 93.0f;
}

/* A compiled lexicon (sv-lexicon.bin or sv-names.bin): installed beside
 * the data, else in the build tree (the build makes them). */
static const char *lexicon_path(const char *data_dir, const char *name, char *buf,
                                size_t cap) {
  snprintf(buf, cap, "%s/data/%s", data_dir, name);
  if (access(buf, R_OK) == 0) return buf;
  snprintf(buf, cap, "%s/%s", RENSA_LEXICON_BUILD, name);
  return buf;
}

/* What `rensa dict add` and `rensa dict learn` left in the user data
 * directory, when it is there. */
static RensaStatus add_user_data(Fixer *f, RensaErr *e) {
  const char *dir = dict_user_dir(f->opt.user_dir);
  char words[1024], uni[1024], bi[1024];
  snprintf(words, sizeof words, "%s/user-words.txt", dir);
  snprintf(uni, sizeof uni, "%s/learned-unigrams.tsv", dir);
  snprintf(bi, sizeof bi, "%s/learned-bigrams.tsv", dir);
  if (access(words, R_OK) == 0 && dict_lex_add_file(f->lex, words, e)) return e->code;
  if (access(uni, R_OK) == 0 &&
      dict_lex_merge(f->lex, uni, access(bi, R_OK) == 0 ? bi : NULL, e))
    return e->code;
  return RENSA_OK;
}

/* The word lexicon: compiled, unless the data directory's statistics are
 * newer than it (someone regenerated them without rebuilding). */
static DictLex *open_lexicon(const char *data_dir, const char *uni, RensaErr *e) {
  char path[1024];
  lexicon_path(data_dir, "sv-lexicon.bin", path, sizeof path);
  struct stat sb, su;
  if (stat(path, &sb) == 0 && stat(uni, &su) == 0 && su.st_mtime > sb.st_mtime)
    return rensa_err_set(e, RENSA_E_RESOURCE, path, 0,
                         "older than %s: rebuild (cmake --build) to recompile it", uni),
           NULL;
  return dict_lex_open(path, e);
}

Fixer *fix_new(const FixOptions *o, RensaErr *e) {
  Fixer *f = calloc(1, sizeof *f);
  if (!f) {
    rensa_err_set(e, RENSA_E_NOMEM, NULL, 0, "out of memory");
    return NULL;
  }
  if (o) f->opt = *o;
  else fix_options_default(&f->opt);
  snprintf(f->data_dir, sizeof f->data_dir, "%s", dict_data_dir(f->opt.data_dir));
  char uni[1024], rules[1024], fp[1024];
  snprintf(uni, sizeof uni, "%s/data/sv-unigrams.tsv", f->data_dir);
  snprintf(rules, sizeof rules, "%s/rules/confusions.rules", f->data_dir);
  char abbrev[1024];
  snprintf(abbrev, sizeof abbrev, "%s/data/sv-abbrev.txt", f->data_dir);
  if (!(f->rules = dict_rules_load(rules, e)) ||
      !(f->lex = open_lexicon(f->data_dir, uni, e)) ||
      !(f->names = dict_lex_open(lexicon_path(f->data_dir, "sv-names.bin", fp, sizeof fp), e)) ||
      !(f->hun = dict_hun_open(f->opt.hunspell_aff, f->opt.hunspell_dic, e)) ||
      dict_lex_add_file(f->lex, abbrev, e) ||
      (f->opt.user_words && dict_lex_add_file(f->lex, f->opt.user_words, e)) ||
      add_user_data(f, e)) {
    fix_free(f);
    return NULL;
  }
  char parts[1024];
  dict_hun_use_parts(f->hun, lexicon_path(f->data_dir, "sv-hunparts.bin", parts, sizeof parts));
  return f;
}

void fix_free(Fixer *f) {
  if (!f) return;
  dict_lex_free(f->lex);
  dict_lex_free(f->names);
  dict_hun_free(f->hun);
  dict_rules_free(f->rules);
  free(f);
}

void fix_free_at_exit(Fixer *f) {
  static Fixer *kept;
  if (kept) fix_free(f);
  else kept = f;
}

RensaStatus fix_doc(const Fixer *f, Doc *d, FixReport *r, RensaErr *e) {
  RensaStatus st = fix_layout(d, r, fix_words_judge, (void *)f, f->rules, e);
  if (st) return st;
  return fix_words(f, d, r, e);
}

void fix_word_facts(const Fixer *f, const char *word, FixFacts *out) {
  memset(out, 0, sizeof *out);
  char *low = utf8_lower(word);
  if (!low) return;
  size_t l = strlen(low);
  out->listed = dict_lex_known(f->lex, low, l);
  out->count = dict_lex_count(f->lex, low, l);
  out->name = dict_lex_known(f->names, low, l);
  out->hunspell = dict_hun_spell(f->hun, word);
  free(low);
}
