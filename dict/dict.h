/*
 * dict.h — the word knowledge fixup draws on, behind one small API:
 *
 *  - DictLex: the compiled lexicon.  Word counts and word-pair counts from
 *    dict/data/sv-unigrams.tsv and sv-bigrams.tsv (made by dict/tools/), plus
 *    a "fold" index from a word with å/ä→a, ö→o, é→e to every known word that
 *    folds the same way — the heart of å/ä/ö restoration.
 *  - DictHun: the system Hunspell dictionary (hunspell-sv), for the compounds
 *    no word list can hold.  Queries are converted to the dictionary's
 *    encoding; calls are serialised, so one DictHun may be shared.
 *  - DictRules: the confusion rule table (dict/rules/confusions.rules), the
 *    OCR character confusions with their tier and cost.
 *
 * All words are lowercase NFC UTF-8.
 */
#ifndef RENSA_DICT_H
#define RENSA_DICT_H

#include <stddef.h>
#include <stdint.h>

#include "rensa_err.h"

/* ------------------------------------------------------------ lexicon */

typedef struct DictLex DictLex;

/* Load unigrams and bigrams (either may be NULL).  NULL on error. */
DictLex *dict_lex_load(const char *unigrams, const char *bigrams, RensaErr *e);
void dict_lex_free(DictLex *x);                        /* accepts NULL */

/* The compiled lexicon: a file written by dict_lex_save (at build time,
 * by rensa-mklex), mapped read-only, so loading costs no hashing.  Words
 * and counts added afterwards add to it.  NULL on error. */
DictLex *dict_lex_open(const char *path, RensaErr *e);
RensaStatus dict_lex_save(const DictLex *x, const char *path, RensaErr *e);
/* Write buf[0..n) to path whole or not at all (a temporary file renamed
 * over it): the compiled files' writer (dict_lex_save, dict_parts_compile). */
RensaStatus dict_file_write(const char *path, const void *buf, size_t n, RensaErr *e);

/* Add count to word (user words, learned vocabulary).  0 or -1. */
int dict_lex_add(DictLex *x, const char *word, uint32_t count);
/* Add the counts of more tables in the same formats (learned statistics). */
RensaStatus dict_lex_merge(DictLex *x, const char *unigrams, const char *bigrams,
                           RensaErr *e);
/* Load a user word list (one word a line, '#' comments).  0 or an error. */
RensaStatus dict_lex_add_file(DictLex *x, const char *path, RensaErr *e);

/* Add the word forms of a list (one a line) as known words without counts
 * (the forms the Hunspell dictionary expands to, made at build time by
 * dict/tools/make_forms.sh); names = 1 lowercases them first (the names
 * list holds them capitalised). */
RensaStatus dict_lex_add_forms(DictLex *x, const char *path, int names,
                               RensaErr *e);
/* 1 if word is in the lexicon at all (counted or a dictionary form). */
int dict_lex_known(const DictLex *x, const char *word, size_t len);

uint32_t dict_lex_count(const DictLex *x, const char *word, size_t len);
/* For a batch of look-ups whose keys are known first: each key's hash
 * (dict_lex_hash), a hint that asks for the memory dict_lex_known_h /
 * _count_h (fold 0) or dict_lex_variants_h (fold 1) will read first for
 * it, so that the batch's cache misses overlap, then the look-ups with
 * the hashes (the same answers as without). */
uint64_t dict_lex_hash(const char *key, size_t len);
void dict_lex_prefetch(const DictLex *x, uint64_t h, int fold);
int dict_lex_known_h(const DictLex *x, const char *word, size_t len, uint64_t h);
uint32_t dict_lex_count_h(const DictLex *x, const char *word, size_t len, uint64_t h);
uint32_t dict_lex_pair(const DictLex *x, const char *a, const char *b);
uint64_t dict_lex_total(const DictLex *x);
size_t dict_lex_size(const DictLex *x);

/* Fold: lowercase and å/ä→a, ö→o, é/è→e, ü→u.  Writes to out (needs
 * len + 1 bytes; folding never lengthens); returns the length. */
size_t dict_fold(const char *word, size_t len, char *out);
/* The same for n code points (valid ones): what dict_fold makes of their
 * UTF-8, without encoding and decoding them (the candidate search's hot
 * path).  out needs 4 * n + 1 bytes.  Folding goes letter by letter: off
 * (may be NULL; n + 1 entries) receives where each letter's fold starts,
 * so out[off[s] .. off[e]) is the fold of cp[s .. e). */
size_t dict_fold_cps(const uint32_t *cp, size_t n, char *out, size_t *off);

/* Words whose fold is key: fills out[] with up to max pointers (owned by
 * x), and counts[] (may be NULL) with their dict_lex_count, and returns
 * how many exist. */
size_t dict_lex_variants(const DictLex *x, const char *key, size_t len,
                         const char **out, uint32_t *counts, size_t max);
size_t dict_lex_variants_h(const DictLex *x, const char *key, size_t len, uint64_t h,
                           const char **out, uint32_t *counts, size_t max);

/* ------------------------------------------------------------ hunspell */

typedef struct DictHun DictHun;

/* Open aff/dic (NULL: /usr/share/hunspell/sv_SE.*).  NULL on error with a
 * message that names the Debian package to install. */
DictHun *dict_hun_open(const char *aff, const char *dic, RensaErr *e);
void dict_hun_free(DictHun *h);                        /* accepts NULL */
/* 1 if Hunspell accepts word (UTF-8). */
int dict_hun_spell(DictHun *h, const char *word);
const char *dict_hun_encoding(const DictHun *h);
/* Refuse without asking Hunspell the words the compiled forms and compound
 * parts at path (sv-hunparts.bin, made by rensa-mkparts) show it refuses;
 * the file is used only if it was made from h's own .aff and .dic (see
 * dict/dict_parts.c).  A missing file only makes look-ups slower. */
void dict_hun_use_parts(DictHun *h, const char *path);

/* ------------------------------------------------------------ rules */

typedef struct DictSub {
  char from[16];      /* UTF-8; "" for an insertion rule */
  char to[16];        /* UTF-8, lowercase, may be "" (deletion) */
  int tier;           /* 1 common, 2 rarer, 3 last resort */
  float cost;         /* added to a candidate's cost when applied */
  int line;           /* line in the rule file */
  uint32_t from_cp[16], to_cp[16]; /* from and to decoded, once at load */
  size_t nfrom, nto;
  int inside;         /* only with letters of the word on both sides */
  int small;          /* only where FROM stands in small letters */
  int to_capital;     /* TO was written with a capital first letter (kept
                       * lowercase above): a repair by this rule at the
                       * word's start begins with a capital ("t" read for
                       * an "I") */
} DictSub;

typedef struct DictWordRule {
  char from[16];      /* a whole token */
  char to[16];
  char cond[16];      /* "lower-next": only before a lowercase word */
  int line;
} DictWordRule;

/* A context rule: WORD gains BONUS nats when its neighbour matches. */
typedef enum {
  CTX_PREV, CTX_NEXT, CTX_NEXT_SUFFIX, CTX_PREV_NUM, CTX_NEXT_YEAR, CTX_PREV_RANGE, CTX_MID,
  CTX_CLAUSE, CTX_NO_CLAUSE, CTX_ANY
} DictCtxKind;
typedef struct DictCtx {
  char word[32];
  size_t wlen;        /* strlen(word) */
  float bonus;
  DictCtxKind kind;
  char values[256];   /* space-separated, with a space at each end */
  int line;
} DictCtx;

typedef struct DictRules {
  DictSub *subs;
  size_t nsubs;
  DictWordRule *words;
  size_t nwords;
  DictCtx *ctx;
  size_t nctx;
  char path[512];
  int *by_first;      /* sub indices by FROM's first code point (0 for an
                       * insertion), then file order */
  uint32_t lat_at[256], lat_n[256]; /* dict_rules_starting for code
                       * points below 256: where in by_first, how many */
  unsigned char word_first[256]; /* 1: a whole-token rule's FROM starts
                       * with this byte */
  unsigned char ctx_ends[256]; /* 1: a context rule's word starts with this
                       * byte; 2: a "*suffix" rule's ends with it */
  int ctx_any;        /* a "*" rule: every word */
  int *ctx_by_first;  /* context rule indices, those whose word begins with
                       * byte c at ctx_by_first[ctx_at[c] .. ctx_at[c + 1]),
                       * the "*suffix" rules as c = 256; each in file order */
  uint32_t ctx_at[258];
  char places[512];   /* " kommun stad ... ": the place rule's words */
  char place_parts[512]; /* " åsa åkra ... ": the place-part rule's endings */
  char joined[512];   /* " prognos helår ... ": the joined rule's words */
  char place_heads[512]; /* " skär sjö ... ": the place-head rule's beginnings */
  char place_openers[512]; /* " norra södra ... ": the place-opener rule's words */
  char company_forms[512]; /* " ab hb ... ": the company-form rule's words */
} DictRules;

/* The substitutions whose FROM starts with code point cp (0: the
 * insertions), in file order: *out points into r; returns how many. */
size_t dict_rules_starting(const DictRules *r, uint32_t cp, const int **out);

/* The bonus context rules give word between prev and next (lowercase;
 * "<num>" for a number, "<year>" for a next number 1900-2099, "<s>"/"</s>"
 * at sentence edges). */
double dict_rules_context(const DictRules *r, const char *prev, const char *word,
                          const char *next);

/* As dict_rules_context, with the words before word in its clause
 * (clause[0] the nearest, up to DICT_CLAUSE of them, lowercase) for the
 * clause and no-clause rules; clause NULL: not known, and those rules
 * give nothing. */
#define DICT_CLAUSE 5
double dict_rules_context_clause(const DictRules *r, const char *prev, const char *word,
                                 const char *next, const char *const *clause, size_t nclause);

/* Is word one of list's words (a rule file's list, " kommun stad ... ",
 * a space at each end)? */
int dict_rules_listed(const char *list, const char *word);

/* Does word (lowercase) follow a place's name ("kommun" after
 * "Ljungsåkra")?  The rule file's place lines. */
int dict_rules_place(const DictRules *r, const char *word);

/* The place-part rule's endings, " åsa åkra ... " (lowercase, each
 * between spaces; "" when the file has none). */
const char *dict_rules_place_parts(const DictRules *r);

/* The place-head rule's beginnings, " skär sjö ... " (as place_parts). */
const char *dict_rules_place_heads(const DictRules *r);

/* The place-opener rule's words (" norra övre ... ") and the
 * company-form rule's (" ab hb ... "), as place_parts. */
const char *dict_rules_place_openers(const DictRules *r);
const char *dict_rules_company_forms(const DictRules *r);

/* The joined rule's words, " prognos helår ... " (as place_parts). */
const char *dict_rules_joined(const DictRules *r);

/* Load and validate a rule file; a bad line is an error naming file:line. */
DictRules *dict_rules_load(const char *path, RensaErr *e);
void dict_rules_free(DictRules *r);                    /* accepts NULL */

/* Where user words and learned statistics live: opt if set, else
 * $RENSA_USER_DATA, else $XDG_DATA_HOME/rensa, else ~/.local/share/rensa.
 * Not created here. */
const char *dict_user_dir(const char *opt);

/* The data directory: opt if set, else $RENSA_DATA, else the installed
 * share/rensa if it holds data, else the source tree's dict/. */
const char *dict_data_dir(const char *opt);

/* ------------------------------------------------------------ learning */

struct StrMap;
/* Count words and adjacent pairs of text into uni / bi (see dict_learn.c). */
int dict_learn_text(struct StrMap *uni, struct StrMap *bi, const char *text, size_t n);
/* Write / read such counts as TSV in the dict/data formats.  0 or -1. */
int dict_learn_write(const struct StrMap *m, const char *path, const char *header);
int dict_learn_read(struct StrMap *m, const char *path);

#endif
