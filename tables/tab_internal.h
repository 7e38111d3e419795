/*
 * tab_internal.h — what the files of the tables module share.  Not API:
 * only the files of tables/ and the tables unit tests include it.
 *
 *   tab_rules.c  the rule words (table-words.rules): totals, difference
 *                columns
 *   tab_num.c    Swedish number tokens: classify, parse, split runs
 *   tab_arith.c  the arithmetic check: learn column differences, find sum
 *                rows, restore lost signs and misread digits, flag the rest
 *   tab_text.c   tab_build_text (DOC_TABLE_ROWS -> DOC_TABLE)
 *   tab_geom.c   tab_build_geom (positioned words -> DOC_TABLE)
 *   tab_join.c   tab_join_pages (a table continued on the next page)
 *   tab_ruling.c tab_ruling_scan (ruling lines of a rendered page)
 *   tab_lattice.c tab_lattice_build (tables drawn as grids of lines)
 */
#ifndef RENSA_TAB_INTERNAL_H
#define RENSA_TAB_INTERNAL_H

#include <stddef.h>
#include "doc.h"
#include "rensa_err.h"

/* ---- rule words ------------------------------------------------------- */

typedef enum TabRuleKind {
  TAB_RULE_TOTAL = 0,     /* row label: the row sums rows above it */
  TAB_RULE_DIFF,          /* column header: a difference of two columns */
  TAB_RULE_CAPTION,       /* first word of a caption line ("Tabell 3") */
  TAB_RULE_LOWER,         /* first word of a row label written in lower
                           * case ("varav") */
  TAB_RULE_OPEN,          /* last word of a text cell's line that no cell
                           * ends in: the cell goes on below ("och") */
  TAB_RULE_UNFINISHED,    /* a row's closing word that is half a status:
                           * "Delvis" / "uppfyllt" on the line below */
  TAB_RULE_NKINDS
} TabRuleKind;

typedef struct TabRules TabRules;

/* Load and validate a rule file; NULL with e filled (RENSA_E_RESOURCE,
 * file and line) on a bad or missing file. */
TabRules *tab_rules_load(const char *path, RensaErr *e);
/* Load the installed or source-tree table-words.rules (or the file named by
 * the environment variable RENSA_TABLE_RULES). */
TabRules *tab_rules_default(RensaErr *e);
void tab_rules_free(TabRules *r);                  /* accepts NULL */
/* 1 if some rule of kind matches the words of text (space separated). */
int tab_rules_match(const TabRules *r, TabRuleKind kind, const char *text);
/* Do a line's first two words open a caption ("Tabell 8.", "Table 2-1",
 * "Figur A.")? */
int tab_caption_start(const TabRules *r, const char *w0, const char *w1);

/* ---- numbers ---------------------------------------------------------- */

/* A parsed number: value scaled by 1000 (3 decimals kept). */
typedef struct TabNum {
  long long v;
  int dec;                /* decimals as written (0..3) */
  int pct;                /* written with a percent sign */
  int grouped;            /* written with thousands spaces */
} TabNum;

typedef enum TabTokKind {
  TAB_TOK_TEXT = 0,
  TAB_TOK_NUM,            /* a number, or a thousands group of one */
  TAB_TOK_DASH            /* a lone dash: "no value" */
} TabTokKind;

/* Classify one whitespace token. */
TabTokKind tab_tok_kind(const char *tok);
/* Does s end a sentence or a label with a mark (. ! ? : ;)? */
int tab_ends_mark(const char *s);

/* How text t starts: 1 with a small letter, 2 with a capital, 0 otherwise
 * (a figure, a bracket): a cell's line going on from the line above
 * starts small. */
int tab_text_case(const char *t);
/* 1 if tok is 1-3 digits with an optional sign (can start a grouped
 * number), 2 if it is exactly three digits (can continue one). */
int tab_tok_head(const char *tok);
int tab_tok_tail(const char *tok);
/* Parse one cell text ("−3 608", "2,9", "12 %"); 0 and *n filled, or -1. */
int tab_num_parse(const char *s, TabNum *n);
/* Format v (scaled by 1000) with dec decimals, Swedish style: comma
 * decimal mark, space thousands mark when grouped. */
void tab_num_format(long long v, int dec, int grouped, int pct, char *out,
                    size_t n);

/* Split a run of ntok number tokens into exactly want numbers, joining
 * thousands groups ("38" "522" -> "38 522").  Each solution is a list of
 * want+1 start indexes (the last is ntok) written to sols[k*(want+1)...];
 * returns the number of solutions found (at most maxsol). */
size_t tab_split_run(const char *const *tok, size_t ntok, size_t want,
                     size_t *sols, size_t maxsol);
/* Fewest and most numbers a run can split into. */
void tab_split_range(const char *const *tok, size_t ntok, size_t *lo,
                     size_t *hi);

/* ---- arithmetic ------------------------------------------------------- */

typedef struct TabVal {
  long long v;            /* scaled by 1000 */
  int has;                /* 0: empty cell or dash (counts as 0) */
  int dec;
} TabVal;

/* A column relation: col k = col i - col j (op 0), col i + col j (op 1),
 * or the percentage col j makes of col i, 100 × j / i (op 2: "Andel
 * genomförda, %" beside planned and done). */
typedef struct TabColRel {
  size_t k, i, j;
  int op;
} TabColRel;

/* Learn column relations from complete rows of vals (nrows × ncols);
 * diffcol[c] != 0 marks columns whose header names a difference (they may
 * be learnt from fewer rows).  Returns the count written to out (≤ max). */
size_t tab_colrel_learn(const TabVal *vals, size_t nrows, size_t ncols,
                        const int *diffcol, TabColRel *out, size_t max);
/* Append r to out[0..nout) unless its three columns are already related
 * (or out is full); returns the new count. */
size_t tab_colrel_add(TabColRel *out, size_t nout, size_t max, const TabColRel *r);
/* How many relations close in one row (vals of ncols) and how many fail. */
void tab_colrel_score(const TabVal *row, const TabColRel *rel, size_t nrel,
                      int *closed, int *failed);

enum { TAB_FIX_COLUMN = 1, TAB_FIX_SUM = 2 };
/* Why a cell was rewritten, for the report: a TAB_FIX_* kind, or 0 for a
 * number only rewritten in the table's style ("10.135" -> "10 135"). */
const char *tab_fix_why(int kind);

/* Check and repair a grid: rows marked total[r] sum rows above them, the
 * column relations hold in every row.  A cell is changed (sign restored,
 * one misread digit corrected) only when that is the single change that
 * makes a failing relation close; changed[] gets TAB_FIX_COLUMN or
 * TAB_FIX_SUM there.  Where two cells could each close it, conf (OCR
 * confidence per cell, -1 unknown; may be NULL) picks the one read with
 * doubt when every other candidate was read with confidence.  Cells of
 * relations that still fail get flags[] = 1.  With changed NULL nothing is
 * mended, only flagged (text layers need no repair). */
void tab_arith_repair(TabVal *vals, size_t nrows, size_t ncols,
                      const int *total, const TabColRel *rel, size_t nrel,
                      const float *conf, unsigned char *flags,
                      unsigned char *changed);

/* ---- ruled tables ----------------------------------------------------- */

/* Build the tables drawn as grids of the ruling lines rules[0..nrules-1]
 * (tab_ruling_scan) from the words inside them: word i has box[i] and
 * text[i]; owner[i] < 0 marks it free, and a word a table takes gets that
 * table's index.  *out gets an owned array of owned tables, *boxes their
 * boxes (both NULL when none; free the tables with doc_table_free and the
 * arrays with free).  Returns the number of tables, or -1 on allocation
 * failure. */
int tab_lattice_build(const DocBox *rules, size_t nrules, const DocBox *box,
                      const char *const *text, size_t nw, int *owner,
                      DocTable ***out, DocBox **boxes);

/* ---- tab_geom.c: a table's arithmetic ------------------------------------ */

/* Check t's sums and differences, flag what fails and (repair: OCR
 * figures) mend what one plausible change mends; a table joined across a
 * page break is checked again whole (tab_join_pages).  0, or -1 when out
 * of memory. */
int tab_check(DocTable *t, const TabRules *rules, int repair);

#endif
