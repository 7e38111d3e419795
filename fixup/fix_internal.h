/*
 * fix_internal.h — what the fixup files share (not API: see fixup.h).
 */
#ifndef RENSA_FIX_INTERNAL_H
#define RENSA_FIX_INTERNAL_H

#include "dict.h"
#include "fixup.h"
#include "strmap.h"

struct Fixer {
  FixOptions opt;
  DictLex *lex;
  DictLex *names;          /* capitalised dictionary forms, lowercased */
  DictHun *hun;
  DictRules *rules;
  char data_dir[512];
};

/* One report entry: a change (after != NULL) or a suspect word. */
typedef struct FixEntry {
  int page;               /* 1-based */
  int line, col;          /* text sources: 1-based; 0 for OCR/PDF words */
  DocBox box;             /* OCR/PDF words: the word's box */
  int has_box;
  /* One owned block holds the four strings, at before (rule and evidence
   * are cut at 95 and 255 bytes, as when they were arrays of 96 and 256:
   * 420 bytes an entry, cleared and copied as the array doubled; cfi-lossy
   * makes 25 000 entries). */
  char *before, *after;   /* after NULL: suspect left unchanged */
  char *rule, *evidence;
  float confidence;
} FixEntry;

struct FixReport {
  FixEntry *e;
  size_t n, cap;
  size_t nchanges, nsuspects;
  float loss_rate;        /* estimated share of å/ä/ö printed plain */
  float loss_letter[3];   /* the same for ä, å, ö */
};

/* Record an entry about word w on page page (col_off: code points into the
 * word where the change starts); after may be NULL (suspect).  0 or -1. */
int fix_report_add(FixReport *r, int page, const DocWord *w, int col_off,
                   const char *before, const char *after, const char *rule,
                   const char *evidence, float confidence);

/* Word repair over all words of d (fix_words.c). */
RensaStatus fix_words(const Fixer *f, Doc *d, FixReport *r, RensaErr *e);

/* Line-level repairs: hyphen joins, noise tokens (fix_layout.c).  The
 * judge says whether a joined word is a word (or repairs to one). */
typedef int (*FixJudge)(void *ctx, const char *word);
RensaStatus fix_layout(Doc *d, FixReport *r, FixJudge judge, void *ctx,
                       const DictRules *rules, RensaErr *e);

/* A string built piece by piece, cut at cap - 1 bytes as snprintf cuts it,
 * always terminated (fix_text.c): report text without a format parse. */
typedef struct FixText {
  char *s;
  size_t cap, n;          /* cap >= 1; n bytes written */
} FixText;
FixText fix_text(char *buf, size_t cap);            /* empty, over buf */
void fix_text_str(FixText *t, const char *s, size_t max); /* "%.<max>s" */
void fix_text_uint(FixText *t, unsigned long long v);     /* "%llu" */
void fix_text_int(FixText *t, long long v);               /* "%lld" */
void fix_text_2f(FixText *t, double x);                   /* "%.2f" */

/* Does a token end a sentence (., !, ? or :)?  The word pass and the
 * whole-token rules agree on where sentences start. */
int fix_ends_sentence(const char *t);

#endif
