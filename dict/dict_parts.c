/*
 * dict_parts.c — the word forms of a Hunspell dictionary, and those of
 * them it lets into compounds, compiled at build time (rensa-mkparts), to
 * refuse a word without asking Hunspell when no form and no chain of
 * compound parts spells it, and to accept a common compound without
 * asking when Hunspell is sure to.
 *
 * Why: a Swedish look-up that fails costs Hunspell about 160 000
 * instructions (every split of the word is tried as a compound, each with
 * its REP checks), and the repair stage asks about a thousand failing
 * variants of damaged words per 50 KB of OCR text ("féråndringsårbete",
 * "behgver"): half of all.txt's instructions after start-up.  A compound
 * it accepts costs it as much or more ("arbetsmarknadsförvaltningar":
 * 400 µs), and of the words that pass the no on all.txt it accepts nine
 * in ten, nearly all compounds: a quarter of the text part's
 * instructions.  The no costs a few dozen hash look-ups, the yes about a
 * hundred and its REP tests (30 000 instructions).
 *
 * Why the no is the same: Hunspell accepts a word that is one form of
 * a stem (the stem, less the letters a suffix strips from its end, plus
 * what the suffix adds, where the suffix's condition holds), or a compound
 * of such forms, each allowed in compounds by a flag of its stem or of its
 * suffix (COMPOUNDFLAG, -BEGIN, -MIDDLE, -END, ONLYINCOMPOUND,
 * COMPOUNDPERMITFLAG, or a flag a COMPOUNDRULE names), one sharing its
 * last letter with the next in a simplified triple ("glass|skål" written
 * "glasskål").  A Capitalised or UPPER word is accepted only when one of
 * its case forms is.  The file holds every form in lower case, marked a
 * form, and marked a part when its stem or suffix has a compounding flag;
 * the test lowercases the word and looks for a chain of parts covering it.
 * Everything here only lets more words through: the other conditions of
 * compounding (which flag may stand where, COMPOUNDMIN, the DUP, REP and
 * triple checks, FORBIDDENWORD, NEEDAFFIX) are not applied, case is folded
 * on both sides, and a condition the reader cannot parse holds.  Checked
 * against Hunspell itself on 424 000 words (every word of the benchmark
 * texts and the statistics, 350 000 compounds of random parts, simplified
 * triples) and on every look-up fixup made on the benchmark inputs: no
 * word Hunspell accepts was refused.
 *
 * Why the yes is the same (Hunspell 1.7.1's spell, checkword and
 * compound_check, read for what they do, not copied): a word of small
 * letters that is no form of any stem reaches compound_check, which
 * tries each split in turn, left to right: a first part found as written
 * with COMPOUNDBEGIN (or, later in the word, COMPOUNDMIDDLE) and no
 * NEEDAFFIX, or made by a suffix whose continuation has
 * COMPOUNDPERMITFLAG and no NEEDAFFIX from a stem where the stem or the
 * suffix has that flag; then the rest as a last part (COMPOUNDEND, the
 * same way, by any suffix without NEEDAFFIX or ONLYINCOMPOUND), else as a
 * compound of its own, the same way from its next split.  The file marks
 * these parts "sure", from stems as the .dic writes them, with conditions
 * it can read, never from a whole stem stripped (FULLSTRIP).  The first
 * split where the parts fit is accepted, unless:
 *   - a part found is FORBIDDENWORD: Hunspell then refuses the word
 *     outright, at the split taken or any tried before, so no part it may
 *     look up there (every end of the word, every start of each compound
 *     in it up to its split) may be a form of such a stem (marked, folded);
 *   - the last part is FORCEUCASE, in a word of small letters (it is
 *     passed over): it may be no form of such a stem;
 *   - the last two parts are one dictionary entry (CHECKCOMPOUNDDUP): no
 *     stem a suffix rule could make both parts from may be the same;
 *   - three equal letters meet at the split (CHECKCOMPOUNDTRIPLE; the
 *     yes takes no simplified triple);
 *   - a REP replacement of the word (or of the part of it from that
 *     split on) is a form (CHECKCOMPOUNDREP), or the word is two words of
 *     the dictionary written together ("underhand", of "under hand"):
 *     every REP line is tried, anchored or not (1.7.1 tries fewer), and
 *     every entry with a space is marked written together;
 *   - after the rest was taken as a compound, the word up to the end of
 *     that compound's first stem is a REP typo or a pair of words (the
 *     split is then passed over): tried for every stem it could have.
 * The COMPOUNDRULE pass Hunspell makes at each split after this one can
 * only accept, or refuse by the same REP and pair tests.  A Capitalised
 * word is taken as written first, then in small letters: the first look-up
 * can accept, or refuse it as forbidden, which the FORBIDDENWORD marks,
 * folded, rule out.  Each of these tests only says yes less; without any
 * one of them the yes accepted words Hunspell refuses.  Checked against
 * Hunspell 1.7.1 on 6 million words, each in small letters and
 * Capitalised: every word of the benchmark texts and cases, every look-up
 * fixup made on them, every sure part in two to five compounds, 760 000
 * random compounds of two to four parts, and 500 000 made to meet each
 * refusal above (a part twice, three equal letters, REP replacements,
 * forbidden and FORCEUCASE parts, pairs of words): the yes took 5.5
 * million, none of them one Hunspell refuses.
 *
 * The test is off where that reasoning would not hold: an affix file not
 * in UTF-8, with prefixes, another flag syntax, flag aliases, input
 * conversion (ICONV, IGNORE), two-level suffixes, compound patterns or
 * syllables, sharp-s rules, Turkic casing, a BREAK string with a letter,
 * or any directive not known to be harmless (the compiled file then says
 * "off"); a file made from other dictionary files than the ones in use;
 * and a word with anything but ASCII and Latin-1 letters and digits, or
 * without a letter (Hunspell splits at BREAK strings, accepts numbers,
 * cleans dots and apostrophes; a digit is a letter of its stems like any
 * other: the 6 of "6-tal").  The yes is off, too, with another Hunspell
 * than 1.7.1 (a later one refuses some compounds of three parts), and with
 * COMPOUNDFLAG, COMPOUNDFORBIDFLAG, COMPOUNDROOT, COMPOUNDWORDMAX,
 * CHECKCOMPOUNDCASE, PSEUDOROOT, KEEPCASE, SUBSTANDARD, WARN or a
 * forbidding suffix; it reads only words of small letters, or one capital
 * and small letters, of Latin-1 (not ß, ÿ), up to 64 letters, and leaves
 * anything it is not sure of to Hunspell.
 *
 * File layout, little-endian: "RENSAHP5", u64 usable (0 = off), u64 size,
 * mtime seconds and nanoseconds of the .aff and of the .dic it was made
 * from, u64 the longest part in code points, u64 yes usable, u64
 * COMPOUNDMIN, then a frozen map (strmap.h) from each lowercase form to
 * its marks (P_ below), then u32 the REP pairs, u32 the suffix rules'
 * distinct strip and add pairs, and the pairs, each string a length byte
 * and up to 31 bytes.
 */
#include <errno.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dict.h"
#include "dict_parts.h"
#include "dict_rare.h"
#include "le.h"
#include "strmap.h"
#include "utf8.h"

#define PARTS_MAGIC "RENSAHP5"
#define PARTS_HDR (8 + 8 * 10)
#define MAXWORD 128 /* code points: longer words are left to Hunspell */
#define MAXCOND 32  /* elements of a suffix condition */
#define SURE_MAX 64 /* code points: the yes leaves longer words to Hunspell */
#define MAXSFX 512  /* suffix rules (strip and add) the yes compares stems by */

/* The marks of a lowercase form.  "Some" marks may say too much (they
 * only make the no say maybe, or the yes say nothing); "sure" marks say
 * exactly what Hunspell finds. */
#define P_FORM 1u     /* some: a form of a stem */
#define P_PART 2u     /* some: a form some flag lets into compounds */
#define P_BEGIN 4u    /* sure: begins a compound (COMPOUNDBEGIN) */
#define P_MIDDLE 8u   /* sure: inside one (COMPOUNDMIDDLE) */
#define P_END 16u     /* sure: ends one (COMPOUNDEND) */
#define P_KEY 32u     /* some: a stem as the .dic writes it */
#define P_FORBID 64u  /* some: a form of a FORBIDDENWORD stem */
#define P_UPPER 128u  /* some: a form of a FORCEUCASE stem */
#define P_PAIR 256u   /* some: a form of a stem of two words, written together */
#define P_SURE (P_BEGIN | P_MIDDLE | P_END)

/* A string pair of the file's tail, read in place: a REP pattern and its
 * replacement, or a suffix rule's strip and add. */
typedef struct Pair {
  const char *a, *b;
  size_t al, bl;
} Pair;
#define PAIR_STR 32 /* bytes a string of the tail takes: its length, then it */

struct DictParts {
  const unsigned char *map;
  size_t len;
  FrozenMap fm;
  size_t maxcp;           /* the longest part, in code points */
  int yes;                /* the quick yes may be used */
  size_t cpdmin;          /* COMPOUNDMIN */
  const unsigned char *rep, *sfx; /* REP patterns; suffix rules' strip and add */
  size_t nrep, nsfx;              /* (in the tail of the mapped file) */
  /* The suffix rules by their add's last byte (256: an empty add), for
   * stems(): sfx_idx[sfx_at[c] .. sfx_at[c + 1]).  Made when the yes is
   * on (nsfx <= MAXSFX). */
  uint16_t sfx_at[258], sfx_idx[MAXSFX];
};

/* ------------------------------------------------------------ the .aff */

/* One suffix rule: strip these bytes from the stem's end if the condition
 * holds there, add these; cpd: its continuation flags let the form into
 * compounds; inside, last: Hunspell may take the form as a first or
 * middle part (COMPOUNDPERMITFLAG, no NEEDAFFIX), or as a last part (no
 * NEEDAFFIX, no ONLYINCOMPOUND). */
typedef struct Rule {
  unsigned char flag;
  char *strip, *add, *cond;
  size_t nstrip;
  int cpd, inside, last;
  char *cont;
} Rule;

/* The flags the yes follows, as Hunspell reads one-byte flags: the first
 * byte of the directive's argument (0: not given). */
typedef struct Flags {
  unsigned char begin, middle, end, permit, only, need, forbid, upper;
} Flags;

typedef struct Aff {
  Rule *rules;
  size_t nrules;
  size_t first[257];      /* rules of flag f: by_flag[first[f] .. first[f + 1]) */
  size_t *by_flag;
  unsigned char cpd[256]; /* flags that let a form into compounds */
  unsigned char sfx[256]; /* flags with suffix rules */
  int usable;
  Flags fl;
  int yes;                /* nothing in the .aff rules the yes out */
  size_t cpdmin;
  char **rep;             /* REP pattern and replacement, 2 a pair */
  size_t nrep;
} Aff;

/* Directives that only restrict what Hunspell accepts, or concern
 * suggestions, output and metadata. */
static const char *const HARMLESS[] = {
    "TRY", "WORDCHARS", "KEY", "NOSUGGEST", "FORBIDDENWORD", "NEEDAFFIX", "PSEUDOROOT",
    "COMPOUNDMIN", "CHECKCOMPOUNDTRIPLE", "SIMPLIFIEDTRIPLE", "CHECKCOMPOUNDDUP",
    "CHECKCOMPOUNDREP", "CHECKCOMPOUNDCASE", "MAXCPDSUGS", "MAXDIFF", "ONLYMAXDIFF",
    "NOSPLITSUGS", "SUGSWITHDOTS", "MAXNGRAMSUGS", "FULLSTRIP", "FORCEUCASE", "KEEPCASE",
    "REP", "MAP", "PHONE", "NAME", "VERSION", "HOME", "COMPOUNDFORBIDFLAG",
    "COMPOUNDROOT", "COMPOUNDWORDMAX", "SUBSTANDARD", "WARN", "FORBIDWARN", "OCONV",
    "AM", "LEMMA_PRESENT", NULL};

/* Directives naming a flag that lets a form into compounds. */
static const char *const CPD_FLAGS[] = {
    "COMPOUNDFLAG", "COMPOUNDBEGIN", "COMPOUNDFIRST", "COMPOUNDMIDDLE", "COMPOUNDEND",
    "COMPOUNDLAST", "ONLYINCOMPOUND", "COMPOUNDPERMITFLAG", NULL};

/* Of those, the ones whose effect on compound_check the yes does not
 * follow: another flag compounding, another way to count parts, a
 * restriction it does not test, or another verdict. */
static const char *const NOT_FOR_YES[] = {
    "COMPOUNDFLAG", "COMPOUNDFIRST", "COMPOUNDLAST", "PSEUDOROOT", "COMPOUNDFORBIDFLAG",
    "COMPOUNDROOT", "COMPOUNDWORDMAX", "CHECKCOMPOUNDCASE", "SUBSTANDARD", "WARN",
    "FORBIDWARN", "KEEPCASE", NULL};

static int listed(const char *const *list, const char *s) {
  for (size_t i = 0; list[i]; i++)
    if (strcmp(list[i], s) == 0) return 1;
  return 0;
}

static void mark_flags(unsigned char *set, const char *flags) {
  for (const unsigned char *p = (const unsigned char *)flags; *p; p++) set[*p] = 1;
}

/* Does a flag string hold flag f (0: never)? */
static int has(const char *flags, unsigned char f) { return f && strchr(flags, f); }

static int all_digits(const char *s) {
  if (!*s) return 0;
  for (; *s; s++)
    if (*s < '0' || *s > '9') return 0;
  return 1;
}

/* A BREAK string: letters in it would split words the test reads whole. */
static int break_has_letter(const char *s) {
  size_t i = 0, n = strlen(s), l;
  while (i < n) {
    if (uc_is_letter(utf8_decode(s + i, n - i, &l))) return 1;
    i += l;
  }
  return 0;
}

/* A suffix rule line (tok: SFX flag strip add[/cont] [cond]).  0 or -1. */
static int add_rule(Aff *a, char **tok, size_t ntok) {
  if (tok[1][1]) return a->usable = 0, 0; /* a flag of more than one byte */
  Rule r = {(unsigned char)tok[1][0], NULL, NULL, NULL, 0, 0, 0, 0, NULL};
  char *slash = strchr(tok[3], '/');
  if (slash) *slash++ = '\0';
  r.strip = strdup(strcmp(tok[2], "0") ? tok[2] : "");
  r.add = strdup(strcmp(tok[3], "0") ? tok[3] : "");
  r.cond = strdup(ntok > 4 ? tok[4] : ".");
  r.cont = strdup(slash ? slash : "");
  Rule *n = realloc(a->rules, (a->nrules + 1) * sizeof *n);
  if (!r.strip || !r.add || !r.cond || !r.cont || !n) {
    free(r.strip), free(r.add), free(r.cond), free(r.cont);
    if (n) a->rules = n;
    return -1;
  }
  r.nstrip = strlen(r.strip);
  a->rules = n;
  a->rules[a->nrules++] = r;
  a->sfx[r.flag] = 1;
  return 0;
}

/* A REP line's pattern and replacement, as the compound test may try
 * them: anchors dropped (Hunspell 1.7.1 tries only unanchored patterns
 * there; trying more only says yes less), '_' a space.  0 or -1. */
static int add_rep(Aff *a, const char *pat, const char *to) {
  char **n = realloc(a->rep, (a->nrep + 2) * sizeof *n);
  if (!n) return -1;
  a->rep = n;
  char *p = strdup(pat + (pat[0] == '^')), *t = strdup(to);
  if (!p || !t) return free(p), free(t), -1;
  size_t pl = strlen(p);
  if (pl && p[pl - 1] == '$') p[--pl] = '\0';
  for (char *c = p; *c; c++)
    if (*c == '_') *c = ' ';
  for (char *c = t; *c; c++)
    if (*c == '_') *c = ' ';
  a->rep[a->nrep++] = p;
  a->rep[a->nrep++] = t;
  return 0;
}

/* A directive naming one of the flags the yes follows: set it once (a
 * second definition, which Hunspell refuses, rules the yes out). */
static void set_flag(Aff *a, unsigned char *slot, const char *arg) {
  if (*slot) a->yes = 0;
  *slot = (unsigned char)arg[0];
}

/* The flags the yes follows, from a directive d with argument arg. */
static void yes_flag(Aff *a, const char *d, const char *arg) {
  Flags *f = &a->fl;
  unsigned char *slot = !strcmp(d, "COMPOUNDBEGIN")        ? &f->begin
                        : !strcmp(d, "COMPOUNDMIDDLE")     ? &f->middle
                        : !strcmp(d, "COMPOUNDEND")        ? &f->end
                        : !strcmp(d, "COMPOUNDPERMITFLAG") ? &f->permit
                        : !strcmp(d, "ONLYINCOMPOUND")     ? &f->only
                        : !strcmp(d, "NEEDAFFIX")          ? &f->need
                        : !strcmp(d, "FORBIDDENWORD")      ? &f->forbid
                        : !strcmp(d, "FORCEUCASE")         ? &f->upper
                                                           : NULL;
  if (slot) set_flag(a, slot, arg);
}

/* Read the .aff: its suffix rules and compounding flags, and whether
 * anything in it rules the test out (a->usable = 0) or the yes
 * (a->yes = 0).  0 or -1 (cannot read it, out of memory). */
static int read_aff(Aff *a, const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char *line = NULL;
  size_t cap = 0;
  int utf8 = 0, bad = 0, first = 1;
  a->usable = a->yes = 1;
  a->cpdmin = 3; /* Hunspell's default */
  while (!bad && getline(&line, &cap, f) > 0) {
    char *s = line;
    if (first && (unsigned char)s[0] == 0xEF && (unsigned char)s[1] == 0xBB &&
        (unsigned char)s[2] == 0xBF)
      s += 3; /* a byte-order mark */
    first = 0;
    char *tok[6], *save = NULL;
    size_t n = 0;
    for (char *t = strtok_r(s, " \t\r\n", &save); t && n < 6; t = strtok_r(NULL, " \t\r\n", &save))
      tok[n++] = t;
    if (n == 0 || tok[0][0] == '#') continue;
    const char *d = tok[0];
    if (listed(NOT_FOR_YES, d)) a->yes = 0;
    if (n > 1) yes_flag(a, d, tok[1]);
    if (strcmp(d, "SET") == 0) {
      utf8 = n > 1 && strcasecmp(tok[1], "UTF-8") == 0;
    } else if (strcmp(d, "LANG") == 0) {
      if (n > 1 && (!strncmp(tok[1], "tr", 2) || !strncmp(tok[1], "az", 2) ||
                    !strncmp(tok[1], "crh", 3)))
        a->usable = 0; /* dotted and dotless i */
      if (n > 1 && !strncmp(tok[1], "hu", 2)) a->yes = 0; /* Hungarian compounding */
    } else if (strcmp(d, "BREAK") == 0) {
      if (n > 1 && !all_digits(tok[1]) && break_has_letter(tok[1])) a->usable = 0;
    } else if (listed(CPD_FLAGS, d)) {
      if (n > 1) mark_flags(a->cpd, tok[1]);
    } else if (strcmp(d, "COMPOUNDRULE") == 0) {
      /* every flag a rule names (and the count line's digits: more only) */
      if (n > 1)
        for (const char *p = tok[1]; *p; p++)
          if (*p != '*' && *p != '?') a->cpd[(unsigned char)*p] = 1;
    } else if (strcmp(d, "SFX") == 0) {
      int header = n == 4 && (!strcmp(tok[2], "Y") || !strcmp(tok[2], "N")) &&
                   all_digits(tok[3]);
      if (!header && n >= 4 && add_rule(a, tok, n)) bad = 1;
    } else if (strcmp(d, "REP") == 0) {
      if (n >= 3 && add_rep(a, tok[1], tok[2])) bad = 1;
      if (n == 2 && !all_digits(tok[1])) a->yes = 0;
    } else if (strcmp(d, "COMPOUNDMIN") == 0) {
      if (n > 1) a->cpdmin = all_digits(tok[1]) && atoi(tok[1]) > 1 ? (size_t)atoi(tok[1]) : 1;
    } else if (!listed(HARMLESS, d)) {
      a->usable = 0; /* PFX, FLAG, AF, ICONV, IGNORE, CHECKSHARPS, ... */
    }
  }
  free(line);
  fclose(f);
  if (!utf8) a->usable = 0;
  const Flags *fl = &a->fl;
  if (!fl->begin || !fl->end) a->yes = 0; /* no compounds the yes knows */
  for (size_t i = 0; i < a->nrules; i++) {
    Rule *r = &a->rules[i];
    for (const unsigned char *p = (const unsigned char *)r->cont; *p; p++)
      if (a->sfx[*p]) a->usable = 0; /* a second suffix on the first */
    r->cpd = 0;
    for (const unsigned char *p = (const unsigned char *)r->cont; *p; p++) r->cpd |= a->cpd[*p];
    r->inside = has(r->cont, fl->permit) && !has(r->cont, fl->need);
    r->last = !has(r->cont, fl->need) && !has(r->cont, fl->only);
    /* (a verdict carried by the suffix, not the stem: not followed) */
    if (has(r->cont, fl->forbid) || has(r->cont, fl->upper)) a->yes = 0;
  }
  a->yes &= a->usable;
  if (bad) return -1;
  a->by_flag = dict_by_flag(a->rules, a->nrules, sizeof *a->rules, offsetof(Rule, flag), a->first);
  return a->by_flag ? 0 : -1;
}

static void aff_free(Aff *a) {
  for (size_t i = 0; i < a->nrules; i++) {
    free(a->rules[i].strip);
    free(a->rules[i].add);
    free(a->rules[i].cond);
    free(a->rules[i].cont);
  }
  free(a->rules);
  free(a->by_flag);
  for (size_t i = 0; i < a->nrep; i++) free(a->rep[i]);
  free(a->rep);
}

/* One element of a suffix condition. */
typedef struct CondEl {
  int any, neg;           /* ".", "[^...]" */
  const char *b, *e;      /* the letters of a class or the one letter */
} CondEl;

/* Does the condition hold at the end of stem w (n code points)?  A
 * condition is a run of letters, "." and "[...]"/"[^...]" classes.  1
 * holds, 0 not; -1 for one longer than the stem or one that cannot be
 * parsed (the no takes it to hold: more forms, never fewer; the yes
 * makes no sure part of it). */
static int cond_holds(const char *cond, const uint32_t *w, size_t n) {
  CondEl el[MAXCOND];
  size_t k = 0, i = 0, len = strlen(cond), l;
  while (i < len) {
    if (k == MAXCOND) return -1;
    if (cond[i] == '.') {
      el[k++] = (CondEl){1, 0, NULL, NULL};
      i++;
    } else if (cond[i] == '[') {
      const char *close = strchr(cond + i, ']');
      if (!close) return -1;
      int neg = cond[i + 1] == '^';
      el[k++] = (CondEl){0, neg, cond + i + 1 + neg, close};
      i = (size_t)(close - cond) + 1;
    } else if (cond[i] == '^' || cond[i] == ']') {
      return -1; /* (Hunspell reads these anywhere as class syntax) */
    } else {
      utf8_decode(cond + i, len - i, &l);
      el[k++] = (CondEl){0, 0, cond + i, cond + i + l};
      i += l;
    }
  }
  if (k > n) return -1;
  for (size_t j = 0; j < k; j++) {
    if (el[j].any) continue;
    uint32_t c = w[n - k + j];
    int in = 0;
    for (const char *p = el[j].b; p < el[j].e; p += l)
      in |= utf8_decode(p, (size_t)(el[j].e - p), &l) == c;
    if (in == el[j].neg) return 0;
  }
  return 1;
}

/* ------------------------------------------------------------ compiling */

/* Mark the lowercase of form (len bytes) in m: sure marks only if it is
 * lowercase as it stands (Hunspell finds a part as the .dic writes it).
 * 0 or -1. */
static int mark(StrMap *m, const char *form, size_t len, uint32_t bits, size_t *maxcp) {
  char buf[1024];
  if (len >= sizeof buf) return 0; /* no word: left out */
  memcpy(buf, form, len);
  buf[len] = '\0';
  char *low = utf8_lower(buf);
  if (!low) return -1;
  size_t ll = strlen(low);
  if (ll != len || memcmp(low, form, len)) bits &= ~P_SURE;
  uint32_t v = 0;
  strmap_get(m, low, ll, &v);
  int r = strmap_put(m, low, ll, v | bits);
  if ((bits & P_PART) && !memchr(low, ' ', ll)) { /* (no word has a space) */
    size_t cps = utf8_len(low, ll);
    if (cps > *maxcp) *maxcp = cps;
  }
  free(low);
  return r;
}

/* Mark a form of a stem; a stem of two words ("alla fall") also marks
 * its forms written together, which Hunspell refuses as compounds.  0 or
 * -1. */
static int mark_form(StrMap *m, const char *form, size_t len, uint32_t bits, int spaced,
                     size_t *maxcp) {
  if (mark(m, form, len, bits, maxcp)) return -1;
  if (!spaced) return 0;
  char buf[1024];
  size_t o = 0;
  for (size_t i = 0; i < len && o < sizeof buf; i++)
    if (form[i] != ' ') buf[o++] = form[i];
  return mark(m, buf, o, P_PAIR, maxcp);
}

/* Mark a stem of the .dic (word, its flags) and every form its suffix
 * rules make of it; as_read: the word is Hunspell's key as it stands
 * (sure marks need that).  0 or -1. */
static int add_stem(const Aff *a, StrMap *m, const char *w, const char *flags, int as_read,
                    size_t *maxcp) {
  size_t wl = strlen(w), n = 0, i = 0, l;
  uint32_t cp[MAXWORD];
  while (i < wl && n < MAXWORD) {
    cp[n++] = utf8_decode(w + i, wl - i, &l);
    i += l;
  }
  if (i < wl) return 0; /* (no stem is this long) */
  const Flags *f = &a->fl;
  int cpd = 0, spaced = strchr(w, ' ') != NULL, sure = a->yes && as_read && !strpbrk(w, " \t");
  for (const unsigned char *p = (const unsigned char *)flags; *p; p++) cpd |= a->cpd[*p];
  uint32_t some = (has(flags, f->forbid) ? P_FORBID : 0) | (has(flags, f->upper) ? P_UPPER : 0);
  uint32_t bits = P_FORM | P_KEY | some | (cpd ? P_PART : 0);
  if (sure && !has(flags, f->need)) /* the stem itself as a part */
    bits |= (has(flags, f->begin) ? P_BEGIN : 0) | (has(flags, f->middle) ? P_MIDDLE : 0) |
            (has(flags, f->end) ? P_END : 0);
  if (mark_form(m, w, wl, bits, spaced, maxcp)) return -1;
  char form[1024];
  for (const unsigned char *p = (const unsigned char *)flags; *p; p++) {
    if (p > (const unsigned char *)flags && memchr(flags, *p, (size_t)(p - (const unsigned char *)flags)))
      continue; /* a flag given twice */
    for (size_t k = a->first[*p]; k < a->first[*p + 1]; k++) {
      const Rule *r = &a->rules[a->by_flag[k]];
      int holds = cond_holds(r->cond, cp, n);
      if (r->nstrip > wl || memcmp(w + wl - r->nstrip, r->strip, r->nstrip) || !holds) continue;
      size_t al = strlen(r->add), fl = wl - r->nstrip;
      if (fl + al >= sizeof form) continue;
      memcpy(form, w, fl);
      memcpy(form + fl, r->add, al);
      bits = P_FORM | some | (cpd || r->cpd ? P_PART : 0);
      /* a suffixed part: the rule allows it there, and the stem or the
       * rule has the flag (Hunspell's suffix_check with a needed flag);
       * not when Hunspell would strip the whole stem (FULLSTRIP) */
      if (sure && holds == 1 && fl > 0) {
        if (r->inside)
          bits |= (has(flags, f->begin) || has(r->cont, f->begin) ? P_BEGIN : 0) |
                  (has(flags, f->middle) || has(r->cont, f->middle) ? P_MIDDLE : 0);
        if (r->last && (has(flags, f->end) || has(r->cont, f->end))) bits |= P_END;
      }
      if (mark_form(m, form, fl + al, bits, spaced, maxcp)) return -1;
    }
  }
  return 0;
}

/* Every stem of the .dic (after its count line): "word/flags", the word
 * up to a tab or the first "/" not escaped ("\/") nor first; it may hold
 * spaces ("alla fall"), unless the line has morphological fields
 * ("word po:noun"), where it ends at the first.  0 or -1. */
static int read_dic(const Aff *a, StrMap *m, const char *path, size_t *maxcp) {
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char *line = NULL, *word = NULL;
  size_t cap = 0, wcap = 0;
  ssize_t got;
  int bad = 0, first = 1;
  while (!bad && (got = getline(&line, &cap, f)) > 0) {
    if (first) {
      first = 0;
      continue; /* the count */
    }
    if ((size_t)got + 1 > wcap) {
      char *nw = realloc(word, (size_t)got + 1);
      if (!nw) {
        bad = 1;
        break;
      }
      word = nw;
      wcap = (size_t)got + 1;
    }
    int morph = strchr(line, ':') != NULL;
    size_t i = 0, o = 0;
    char *flags = NULL;
    while (line[i] && line[i] != '\n' && line[i] != '\r' && line[i] != '\t' &&
           (line[i] != ' ' || !morph)) {
      if (line[i] == '\\' && line[i + 1] == '/') {
        word[o++] = '/';
        i += 2;
      } else if (line[i] == '/' && o > 0) {
        flags = line + i + 1;
        break;
      } else {
        word[o++] = line[i++];
      }
    }
    size_t as_read = o;
    while (o > 0 && word[o - 1] == ' ') o--;
    word[o] = '\0';
    if (!o) continue;
    if (flags) flags[strcspn(flags, " \t\r\n")] = '\0';
    if (add_stem(a, m, word, flags ? flags : "", o == as_read && !morph, maxcp)) bad = 1;
  }
  free(line);
  free(word);
  fclose(f);
  return bad ? -1 : 0;
}

/* Size and modification time of a file, as the header records them. */
static int identity(const char *path, uint64_t out[3]) {
  struct stat st;
  if (stat(path, &st)) return -1;
  out[0] = (uint64_t)st.st_size;
  out[1] = (uint64_t)st.st_mtim.tv_sec;
  out[2] = (uint64_t)st.st_mtim.tv_nsec;
  return 0;
}

/* Append s to the tail as its length and at most PAIR_STR - 1 bytes
 * (when buf is NULL, only count).  0, or -1 if s is longer: a REP or rule
 * the yes did not try could make it say yes wrongly, so it is then off. */
static int put_str(unsigned char *buf, size_t *o, const char *s) {
  size_t l = strlen(s);
  if (buf) {
    buf[*o] = (unsigned char)(l < PAIR_STR ? l : 0);
    memcpy(buf + *o + 1, s, l < PAIR_STR ? l : 0);
  }
  *o += PAIR_STR;
  return l < PAIR_STR ? 0 : -1;
}

/* Write the tail (or, when buf is NULL, count its bytes): u32 the REP
 * pairs, u32 the distinct strip and add pairs of the suffix rules, then
 * the pairs.  *yes = 0 if a string does not fit.  0 or -1. */
static int put_tail(const Aff *a, unsigned char *buf, size_t *o, int *yes) {
  StrMap *seen = strmap_new(256);
  if (!seen) return -1;
  size_t at = *o, count = 0;
  *o += 8;
  for (size_t i = 0; i < a->nrep; i++)
    if (put_str(buf, o, a->rep[i])) *yes = 0;
  for (size_t i = 0; i < a->nrules; i++) {
    const Rule *r = &a->rules[i];
    char key[512];
    int kl = snprintf(key, sizeof key, "%s/%s", r->strip, r->add);
    if (kl < 0 || (size_t)kl >= sizeof key) {
      *yes = 0;
      continue;
    }
    if (strmap_get(seen, key, (size_t)kl, NULL)) continue;
    if (strmap_put(seen, key, (size_t)kl, 1)) {
      strmap_free(seen);
      return -1;
    }
    if (put_str(buf, o, r->strip)) *yes = 0;
    if (put_str(buf, o, r->add)) *yes = 0;
    count++;
  }
  if (buf) {
    le_put32(buf + at, (uint32_t)(a->nrep / 2));
    le_put32(buf + at + 4, (uint32_t)count);
  }
  strmap_free(seen);
  return 0;
}

RensaStatus dict_parts_compile(const char *aff, const char *dic, const char *out,
                               RensaErr *e) {
  Aff a;
  memset(&a, 0, sizeof a);
  StrMap *m = strmap_new(1u << 20);
  uint64_t id[6];
  size_t maxcp = 0, tail = 0;
  RensaStatus st = RENSA_OK;
  if (!m) {
    st = rensa_err_set(e, RENSA_E_NOMEM, out, 0, "out of memory");
    goto done;
  }
  if (identity(aff, id) || identity(dic, id + 3) || read_aff(&a, aff)) {
    st = rensa_err_set(e, RENSA_E_RESOURCE, aff, 0, "cannot read the dictionary: %s",
                       strerror(errno));
    goto done;
  }
  if (a.usable && read_dic(&a, m, dic, &maxcp)) {
    st = rensa_err_set(e, RENSA_E_RESOURCE, dic, 0, "cannot read the dictionary: %s",
                       strerror(errno));
    goto done;
  }
  if (!a.usable) { /* the file only says "off" */
    strmap_free(m);
    if (!(m = strmap_new(1))) {
      st = rensa_err_set(e, RENSA_E_NOMEM, out, 0, "out of memory");
      goto done;
    }
  }
  size_t body = PARTS_HDR + strmap_frozen_size(m);
  unsigned char *buf = NULL;
  if (put_tail(&a, NULL, &tail, &a.yes) || !(buf = calloc(1, body + tail))) {
    st = rensa_err_set(e, RENSA_E_NOMEM, out, 0, "out of memory");
    goto done;
  }
  memcpy(buf, PARTS_MAGIC, 8);
  size_t o = body;
  if (put_tail(&a, buf, &o, &a.yes)) {
    free(buf);
    st = rensa_err_set(e, RENSA_E_NOMEM, out, 0, "out of memory");
    goto done;
  }
  uint64_t h[10] = {(uint64_t)a.usable, id[0], id[1], id[2], id[3], id[4], id[5], maxcp,
                    (uint64_t)a.yes, a.cpdmin};
  for (int i = 0; i < 10; i++) le_put64(buf + 8 + 8 * i, h[i]);
  strmap_freeze(m, buf + PARTS_HDR);
  st = dict_file_write(out, buf, body + tail, e);
  free(buf);
done:
  aff_free(&a);
  strmap_free(m);
  return st;
}

/* ------------------------------------------------------------ testing */

#ifndef RENSA_HUNSPELL_VERSION
#define RENSA_HUNSPELL_VERSION ""
#endif

/* The Hunspell whose compound_check the yes was checked against: another
 * may judge compounds otherwise (1.7.2 refuses some of three parts). */
static int hunspell_checked(void) { return strcmp(RENSA_HUNSPELL_VERSION, "1.7.1") == 0; }

/* Pair i of a list of the tail. */
static Pair pair_at(const unsigned char *list, size_t i) {
  const unsigned char *r = list + 2 * PAIR_STR * i;
  return (Pair){(const char *)r + 1, (const char *)r + PAIR_STR + 1, r[0], r[PAIR_STR]};
}

/* The bucket of suffix rule r in p->sfx_at. */
static size_t sfx_key(Pair r) { return r.bl ? (unsigned char)r.b[r.bl - 1] : 256; }

/* Make p->sfx_at and p->sfx_idx (p->nsfx <= MAXSFX): a counting sort. */
static void index_sfx(DictParts *p) {
  memset(p->sfx_at, 0, sizeof p->sfx_at);
  for (size_t i = 0; i < p->nsfx; i++) p->sfx_at[sfx_key(pair_at(p->sfx, i)) + 1]++;
  for (size_t k = 0; k < 257; k++) p->sfx_at[k + 1] += p->sfx_at[k];
  uint16_t fill[257];
  memcpy(fill, p->sfx_at, sizeof fill);
  for (size_t i = 0; i < p->nsfx; i++) p->sfx_idx[fill[sfx_key(pair_at(p->sfx, i))]++] = (uint16_t)i;
}

/* Find the tail's lists in p's file from tail on (read in place: an
 * allocation here made malloc consolidate all the memory fixup had
 * freed).  0, or -1 if they do not fit or a length is out of range. */
static int read_tail(DictParts *p, const unsigned char *tail, const unsigned char *end) {
  if (end - tail < 8) return -1;
  size_t nrep = le_get32(tail), nsfx = le_get32(tail + 4);
  const unsigned char *list = tail + 8;
  if (nrep > (size_t)(end - list) / (2 * PAIR_STR) ||
      nsfx > (size_t)(end - list) / (2 * PAIR_STR) - nrep)
    return -1;
  for (size_t i = 0; i < 2 * (nrep + nsfx); i++)
    if (list[PAIR_STR * i] >= PAIR_STR) return -1;
  p->rep = list;
  p->nrep = nrep;
  p->sfx = list + 2 * PAIR_STR * nrep;
  p->nsfx = nsfx;
  return 0;
}

DictParts *dict_parts_open(const char *path, const char *aff, const char *dic) {
  uint64_t id[6];
  if (!path || identity(aff, id) || identity(dic, id + 3)) return NULL;
  int fd = open(path, O_RDONLY);
  struct stat st;
  if (fd < 0) return NULL;
  if (fstat(fd, &st) || (size_t)st.st_size < PARTS_HDR) {
    close(fd);
    return NULL;
  }
  size_t len = (size_t)st.st_size;
  void *m = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (m == MAP_FAILED) return NULL;
  DictParts *p = calloc(1, sizeof *p);
  const unsigned char *b = m;
  int ok = p && memcmp(b, PARTS_MAGIC, 8) == 0 && le_get64(b + 8) == 1;
  for (int i = 0; ok && i < 6; i++) ok = le_get64(b + 16 + 8 * i) == id[i];
  if (ok) {
    p->maxcp = (size_t)le_get64(b + 64);
    p->cpdmin = (size_t)le_get64(b + 80);
    p->yes = le_get64(b + 72) == 1 && p->cpdmin >= 1 && p->cpdmin <= SURE_MAX &&
             hunspell_checked();
    ok = p->maxcp > 0 && frozen_view(&p->fm, b + PARTS_HDR, len - PARTS_HDR) == 0;
  }
  ok = ok && !read_tail(p, b + PARTS_HDR + p->fm.size, b + len);
  if (ok && p->nsfx > MAXSFX) p->yes = 0;
  if (ok && p->yes) index_sfx(p);
  if (!ok) {
    munmap(m, len);
    free(p);
    return NULL;
  }
  p->map = b;
  p->len = len;
  return p;
}

void dict_parts_free(DictParts *p) {
  if (!p) return;
  munmap((void *)p->map, p->len);
  free(p);
}

/* ASCII and Latin-1 letters: case maps the same in every library. */
static int latin_letter(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
}

static int digit(uint32_t c) { return c >= '0' && c <= '9'; }

int dict_parts_possible(const DictParts *p, const char *word) {
  if (!p) return 1;
  char low[MAXWORD * 2 + 1];
  size_t off[MAXWORD + 1], len = strlen(word), i = 0, n = 0, o = 0, l;
  uint32_t cp[MAXWORD];
  int letters = 0;
  while (i < len) {
    if (n == MAXWORD) return 1;
    uint32_t c = utf8_decode(word + i, len - i, &l);
    if (!latin_letter(c) && !digit(c)) return 1;
    letters += !digit(c);
    c = uc_lower(c);
    off[n] = o;
    cp[n++] = c;
    o += utf8_encode(c, low + o);
    i += l;
  }
  off[n] = o;
  uint32_t v;
  if (!letters || (frozen_get_checked(&p->fm, low, o, &v) && (v & P_FORM))) return 1;
  /* reach[k]: some chain of parts spells the word's first k letters */
  unsigned char reach[MAXWORD + 1] = {1};
  uint64_t h[MAXWORD + 1];
  for (size_t j = 0; j < n; j++) {
    if (!reach[j]) continue;
    size_t end = n - j < p->maxcp ? n : j + p->maxcp;
    /* (the row's keys first: their filter reads overlap) */
    for (size_t k = j + 1; k <= end; k++) {
      h[k] = frozen_hash(low + off[j], off[k] - off[j]);
      frozen_prefetch(&p->fm, h[k]);
    }
    for (size_t k = j + 1; k <= end; k++) {
      if (!frozen_get_checked_h(&p->fm, low + off[j], off[k] - off[j], h[k], &v) ||
          !(v & P_PART))
        continue;
      if (k == n) return 1;
      reach[k] = 1;
      if (k >= 2 && cp[k - 1] == cp[k - 2]) reach[k - 1] = 1; /* a simplified triple */
    }
  }
  return 0;
}

/* ------------------------------------------------------------ the yes */

/* A word the yes reads: lowercase, one place per letter. */
typedef struct Word {
  const DictParts *p;
  const char *s;
  size_t n, off[SURE_MAX + 1];  /* letters; byte offset of each, and of the end */
  uint32_t tail[SURE_MAX];      /* marks of s from letter k to the end */
  signed char inner[SURE_MAX];  /* s from letter k is sure as an inner compound:
                                 * -1 not known yet, 0, 1 */
} Word;

/* ASCII and Latin-1 small letters whose capitals are Latin-1 too (not ß,
 * ÿ), and those capitals: case maps the same in Hunspell. */
static int small_letter(uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7);
}

static int capital_letter(uint32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}

/* The marks of letters a .. b of the word (0: no form). */
static uint32_t marks_at(const Word *w, size_t a, size_t b) {
  uint32_t v;
  return frozen_get_checked(&w->p->fm, w->s + w->off[a], w->off[b] - w->off[a], &v) ? v : 0;
}

/* Is some REP replacement in s (len bytes) a form?  Hunspell then refuses
 * a compound of s (CHECKCOMPOUNDREP: "a dictionary word with a typo"). */
static int rep_form(const DictParts *p, const char *s, size_t len) {
  char buf[SURE_MAX * 4 + 64];
  for (size_t r = 0; r < p->nrep; r++) {
    Pair x = pair_at(p->rep, r);
    for (size_t at = 0; x.al && at + x.al <= len; at++) {
      if (s[at] != x.a[0] || memcmp(s + at, x.a, x.al)) continue;
      size_t cl = len - x.al + x.bl;
      if (cl > sizeof buf) return 1; /* (no REP makes one this long) */
      memcpy(buf, s, at);
      memcpy(buf + at, x.b, x.bl);
      memcpy(buf + at + x.bl, s + at + x.al, len - at - x.al);
      uint32_t v;
      if (frozen_get_checked(&p->fm, buf, cl, &v) && (v & P_FORM)) return 1;
    }
  }
  return 0;
}

/* The stems suffix rules could have made s (len bytes) from, and s
 * itself: stem k is s's first keep[k] bytes, then strip[k] (sl[k]
 * bytes).  Their count (at most MAXSFX + 1). */
static size_t stems(const DictParts *p, const char *s, size_t len, size_t *keep,
                    const char **strip, size_t *sl) {
  size_t k = 0;
  keep[k] = len, strip[k] = "", sl[k++] = 0;
  /* Only the rules whose add is empty or ends as s does (p->sfx_at; their
   * order here does not matter to same_stem). */
  size_t bucket[2] = {256, len ? (unsigned char)s[len - 1] : 256};
  for (int q = 0; q < (bucket[1] == 256 ? 1 : 2); q++)
    for (size_t x = p->sfx_at[bucket[q]]; x < p->sfx_at[bucket[q] + 1]; x++) {
      Pair r = pair_at(p->sfx, p->sfx_idx[x]);
      if (r.bl > len || memcmp(s + len - r.bl, r.b, r.bl)) continue;
      keep[k] = len - r.bl, strip[k] = r.a, sl[k++] = r.al;
    }
  return k;
}

/* Could parts a and b be forms of one stem?  CHECKCOMPOUNDDUP refuses the
 * pair when Hunspell finds both in one dictionary entry ("bil|bil"). */
static int same_stem(const DictParts *p, const char *a, size_t al, const char *b, size_t bl) {
  size_t ka[MAXSFX + 1], kb[MAXSFX + 1], la[MAXSFX + 1], lb[MAXSFX + 1];
  const char *sa[MAXSFX + 1], *sb[MAXSFX + 1];
  size_t na = stems(p, a, al, ka, sa, la), nb = stems(p, b, bl, kb, sb, lb);
  for (size_t i = 0; i < na; i++)
    for (size_t j = 0; j < nb; j++) {
      size_t l = ka[i] + la[i], head = ka[i] < kb[j] ? ka[i] : kb[j];
      if (l != kb[j] + lb[j] || memcmp(a, b, head)) continue;
      /* past the shorter kept part: kept letters or strip, byte by byte */
      size_t t = head;
      while (t < l && (t < ka[i] ? a[t] : sa[i][t - ka[i]]) == (t < kb[j] ? b[t] : sb[j][t - kb[j]]))
        t++;
      if (t == l) return 1;
    }
  return 0;
}

/* Three equal letters where a part ends at letter e of the compound from
 * letter from (Hunspell's CHECKCOMPOUNDTRIPLE, byte by byte). */
static int triple(const Word *w, size_t from, size_t e) {
  const unsigned char *u = (const unsigned char *)w->s + w->off[from];
  size_t i = w->off[e] - w->off[from];
  return u[i - 1] == u[i] && ((i > 1 && u[i - 1] == u[i - 2]) || u[i - 1] == u[i + 1]);
}

static int sure_from(Word *w, size_t from, int inner);

/* Hunspell, having accepted the parts after letter e as a compound, tests
 * once more the word from letter from up to the end of their first stem,
 * and goes on to another split if it is a pair of words or a REP
 * replacement makes a form of it: is it neither, for every stem the
 * first part could have? */
static int firsts_ok(const Word *w, size_t from, size_t e) {
  for (size_t j = e + 1; j < w->n; j++)
    if ((marks_at(w, e, j) & P_KEY) &&
        ((marks_at(w, from, j) & P_PAIR) ||
         rep_form(w->p, w->s + w->off[from], w->off[j] - w->off[from])))
      return 0;
  return 1;
}

/* Is the word from letter from sure to pass Hunspell's compound_check as
 * the word at part 0 (inner = 0) or at a later part?  See the comment at
 * the top for why each test is there. */
static int sure_from(Word *w, size_t from, int inner) {
  const DictParts *p = w->p;
  size_t n = w->n, min = p->cpdmin;
  uint32_t role = inner ? P_MIDDLE : P_BEGIN;
  for (size_t e = from + min; e + min <= n; e++) {
    uint32_t m = marks_at(w, from, e);
    if (m & P_FORBID) return 0; /* Hunspell may refuse the word here */
    if (!(m & role) || triple(w, from, e)) continue;
    int split = (w->tail[e] & P_END) && !(w->tail[e] & P_UPPER) &&
                !same_stem(p, w->s + w->off[from], w->off[e] - w->off[from], w->s + w->off[e],
                           w->off[n] - w->off[e]);
    if (!split) {
      if (w->inner[e] < 0) w->inner[e] = (signed char)sure_from(w, e, 1);
      split = w->inner[e] && firsts_ok(w, from, e);
    }
    /* whichever split Hunspell accepts, it refuses a pair of words or a
     * REP typo of one (tested last: it costs most) */
    if (split)
      return !(w->tail[from] & P_PAIR) &&
             !rep_form(p, w->s + w->off[from], w->off[n] - w->off[from]);
  }
  return 0;
}

int dict_parts_sure(const DictParts *p, const char *word) {
  if (!p || !p->yes) return 0;
  Word w;
  char low[SURE_MAX * 2 + 1];
  size_t len = strlen(word), i = 0, o = 0, l;
  w.p = p;
  w.s = low;
  w.n = 0;
  while (i < len) {
    uint32_t c = utf8_decode(word + i, len - i, &l);
    /* all small, or a capital and then small (Hunspell then takes the
     * word as written, or else in small letters, unless the first look-up
     * finds it forbidden, which the FORBIDDENWORD marks rule out) */
    if (w.n == SURE_MAX || !(small_letter(c) || (i == 0 && capital_letter(c)))) return 0;
    w.off[w.n++] = o;
    o += utf8_encode(small_letter(c) ? c : c + 0x20, low + o);
    i += l;
  }
  low[o] = '\0';
  w.off[w.n] = o;
  if (w.n < 2 * p->cpdmin) return 0;
  for (size_t k = 0; k < w.n; k++) {
    w.tail[k] = marks_at(&w, k, w.n);
    if (w.tail[k] & P_FORBID) return 0;
    w.inner[k] = -1;
  }
  if (w.tail[0] & P_FORM) return 0; /* a word of its own, which Hunspell takes otherwise */
  return sure_from(&w, 0, 0);
}
