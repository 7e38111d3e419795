/*
 * fixup.h — the repair stage: restores å/ä/ö and OCR confusions in the words
 * of a Doc, joins words hyphenated at line ends, drops OCR noise, and records
 * every change and every doubtful word it leaves alone.
 *
 *   RensaErr e;
 *   Fixer *f = fix_new(NULL, &e);          // default options
 *   FixReport *r = fix_report_new();
 *   fix_doc(f, doc, r, &e);
 *   fix_report_write_json(r, doc->source, out);
 *   fix_report_free(r); fix_free(f);
 */
#ifndef RENSA_FIXUP_H
#define RENSA_FIXUP_H

#include <stdio.h>
#include "doc.h"
#include "rensa_err.h"

typedef struct FixOptions {
  const char *data_dir;       /* rule tables and statistics; NULL: default */
  const char *hunspell_aff;   /* NULL: system sv_SE */
  const char *hunspell_dic;
  const char *user_words;     /* extra known words, one per line; may be NULL */
  const char *user_dir;       /* user words and learned statistics (see
                               * dict_user_dir); NULL: the default place */
  float min_ocr_conf;         /* words with OCR confidence >= this are left */
} FixOptions;

typedef struct Fixer Fixer;
typedef struct FixReport FixReport;

/* Fill o with the defaults. */
void fix_options_default(FixOptions *o);

/* Load dictionary, rule tables and statistics.  NULL on error (e filled).
 * A Fixer is read-only after creation and may be shared by threads. */
Fixer *fix_new(const FixOptions *o, RensaErr *e);
void fix_free(Fixer *f);                     /* accepts NULL */
/* For a command about to end the process: f's memory goes back with the
 * process instead of block by block (freeing Hunspell's hundred thousand
 * blocks took 10 ms of every run and 30 ms after 132 KB of OCR text, malloc
 * consolidating them).  f stays reachable, so leak checkers do not count
 * it.  Accepts NULL; a second Fixer is freed as usual. */
void fix_free_at_exit(Fixer *f);

FixReport *fix_report_new(void);
void fix_report_free(FixReport *r);          /* accepts NULL */
size_t fix_report_changes(const FixReport *r);
size_t fix_report_suspects(const FixReport *r);
/* Entry i (0 .. fix_report_size-1) in text order: after is NULL for a
 * doubtful word left alone.  The strings belong to r.  0, or -1 past the end. */
size_t fix_report_size(const FixReport *r);
int fix_report_entry(const FixReport *r, size_t i, const char **before, const char **after,
                     const char **rule, const char **evidence);
/* Write the report as JSON (a complete object).  Returns 0 or -1. */
int fix_report_write_json(const FixReport *r, const char *source, FILE *f);
/* The same members without the enclosing braces (no trailing comma or
 * newline), for a caller that adds members of its own. */
int fix_report_write_members(const FixReport *r, const char *source, FILE *f);

/* What the repair stage knows of one word (for `rensa dict check`). */
typedef struct FixFacts {
  int listed;                 /* a lexicon form (Hunspell's, or a user word) */
  unsigned count;             /* how often the statistics saw it (lowercase) */
  int name;                   /* a capitalised dictionary form (a name) */
  int hunspell;               /* Hunspell accepts it (compounds included) */
} FixFacts;
void fix_word_facts(const Fixer *f, const char *word, FixFacts *out);

/* Repair d in place; r (may be NULL) receives the changes. */
RensaStatus fix_doc(const Fixer *f, Doc *d, FixReport *r, RensaErr *e);

#endif
