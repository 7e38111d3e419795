/*
 * dict_parts.c — the word forms of a Hunspell dictionary, and those of
 * them it lets into compounds, compiled at build time (rensa-mkparts), to
 * refuse a word without asking Hunspell when no form and no chain of
 * compound parts spells it.
 *
 * Why: a Swedish look-up that fails costs Hunspell about 160 000
 * instructions (every split of the word is tried as a compound, each with
 * its REP checks), and the repair stage asks about a thousand failing
 * variants of damaged words per 50 KB of OCR text ("féråndringsårbete",
 * "behgver"): half of all.txt's instructions after start-up.  The test
 * costs a few dozen hash look-ups.
 *
 * Why the answer is the same: Hunspell accepts a word that is one form of
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
 * The test is off where that reasoning would not hold: an affix file not
 * in UTF-8, with prefixes, another flag syntax, flag aliases, input
 * conversion (ICONV, IGNORE), two-level suffixes, compound patterns or
 * syllables, sharp-s rules, Turkic casing, a BREAK string with a letter,
 * or any directive not known to be harmless (the compiled file then says
 * "off"); a file made from other dictionary files than the ones in use;
 * and a word with anything but ASCII and Latin-1 letters and digits, or
 * without a letter (Hunspell splits at BREAK strings, accepts numbers,
 * cleans dots and apostrophes; a digit is a letter of its stems like any
 * other: the 6 of "6-tal").
 *
 * File layout, little-endian: "RENSAHP3", u64 usable (0 = off), u64 size,
 * mtime seconds and nanoseconds of the .aff and of the .dic it was made
 * from, u64 the longest part in code points, then a frozen map (strmap.h)
 * from each lowercase form to its marks (1 form, 2 part).
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

#define PARTS_MAGIC "RENSAHP3"
#define PARTS_HDR (8 + 8 * 8)
#define P_FORM 1u
#define P_PART 2u
#define MAXWORD 128 /* code points: longer words are left to Hunspell */
#define MAXCOND 32  /* elements of a suffix condition */

struct DictParts {
  const unsigned char *map;
  size_t len;
  FrozenMap fm;
  size_t maxcp;           /* the longest part, in code points */
};

/* ------------------------------------------------------------ the .aff */

/* One suffix rule: strip these bytes from the stem's end if the condition
 * holds there, add these; cpd: its continuation flags let the form into
 * compounds. */
typedef struct Rule {
  unsigned char flag;
  char *strip, *add, *cond;
  size_t nstrip;
  int cpd;
  char *cont;
} Rule;

typedef struct Aff {
  Rule *rules;
  size_t nrules;
  size_t first[257];      /* rules of flag f: by_flag[first[f] .. first[f + 1]) */
  size_t *by_flag;
  unsigned char cpd[256]; /* flags that let a form into compounds */
  unsigned char sfx[256]; /* flags with suffix rules */
  int usable;
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

static int listed(const char *const *list, const char *s) {
  for (size_t i = 0; list[i]; i++)
    if (strcmp(list[i], s) == 0) return 1;
  return 0;
}

static void mark_flags(unsigned char *set, const char *flags) {
  for (const unsigned char *p = (const unsigned char *)flags; *p; p++) set[*p] = 1;
}

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
  Rule r = {(unsigned char)tok[1][0], NULL, NULL, NULL, 0, 0, NULL};
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

/* Read the .aff: its suffix rules and compounding flags, and whether
 * anything in it rules the test out (a->usable = 0).  0 or -1 (cannot
 * read it, out of memory). */
static int read_aff(Aff *a, const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char *line = NULL;
  size_t cap = 0;
  int utf8 = 0, bad = 0, first = 1;
  a->usable = 1;
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
    if (strcmp(d, "SET") == 0) {
      utf8 = n > 1 && strcasecmp(tok[1], "UTF-8") == 0;
    } else if (strcmp(d, "LANG") == 0) {
      if (n > 1 && (!strncmp(tok[1], "tr", 2) || !strncmp(tok[1], "az", 2) ||
                    !strncmp(tok[1], "crh", 3)))
        a->usable = 0; /* dotted and dotless i */
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
    } else if (!listed(HARMLESS, d)) {
      a->usable = 0; /* PFX, FLAG, AF, ICONV, IGNORE, CHECKSHARPS, ... */
    }
  }
  free(line);
  fclose(f);
  if (!utf8) a->usable = 0;
  for (size_t i = 0; i < a->nrules; i++) {
    for (const unsigned char *p = (const unsigned char *)a->rules[i].cont; *p; p++)
      if (a->sfx[*p]) a->usable = 0; /* a second suffix on the first */
    a->rules[i].cpd = 0;
    for (const unsigned char *p = (const unsigned char *)a->rules[i].cont; *p; p++)
      a->rules[i].cpd |= a->cpd[*p];
  }
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
}

/* One element of a suffix condition. */
typedef struct CondEl {
  int any, neg;           /* ".", "[^...]" */
  const char *b, *e;      /* the letters of a class or the one letter */
} CondEl;

/* Does the condition hold at the end of stem w (n code points)?  A
 * condition is a run of letters, "." and "[...]"/"[^...]" classes.  One
 * longer than the stem, or one that cannot be parsed, holds (more forms,
 * never fewer). */

static int cond_holds(const char *cond, const uint32_t *w, size_t n) {
  CondEl el[MAXCOND];
  size_t k = 0, i = 0, len = strlen(cond), l;
  while (i < len) {
    if (k == MAXCOND) return 1;
    if (cond[i] == '.') {
      el[k++] = (CondEl){1, 0, NULL, NULL};
      i++;
    } else if (cond[i] == '[') {
      const char *close = strchr(cond + i, ']');
      if (!close) return 1;
      int neg = cond[i + 1] == '^';
      el[k++] = (CondEl){0, neg, cond + i + 1 + neg, close};
      i = (size_t)(close - cond) + 1;
    } else {
      utf8_decode(cond + i, len - i, &l);
      el[k++] = (CondEl){0, 0, cond + i, cond + i + l};
      i += l;
    }
  }
  if (k > n) return 1;
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

/* Mark the lowercase of form (len bytes) in m.  0 or -1. */
static int mark(StrMap *m, const char *form, size_t len, uint32_t bits, size_t *maxcp) {
  char buf[1024];
  if (len >= sizeof buf) return 0; /* no word: left out */
  memcpy(buf, form, len);
  buf[len] = '\0';
  char *low = utf8_lower(buf);
  if (!low) return -1;
  size_t ll = strlen(low);
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

/* Mark a stem of the .dic (word, its flags) and every form its suffix
 * rules make of it.  0 or -1. */
static int add_stem(const Aff *a, StrMap *m, const char *w, const char *flags,
                    size_t *maxcp) {
  size_t wl = strlen(w), n = 0, i = 0, l;
  uint32_t cp[MAXWORD];
  while (i < wl && n < MAXWORD) {
    cp[n++] = utf8_decode(w + i, wl - i, &l);
    i += l;
  }
  if (i < wl) return 0; /* (no stem is this long) */
  int cpd = 0;
  for (const unsigned char *p = (const unsigned char *)flags; *p; p++) cpd |= a->cpd[*p];
  if (mark(m, w, wl, P_FORM | (cpd ? P_PART : 0), maxcp)) return -1;
  char form[1024];
  for (const unsigned char *p = (const unsigned char *)flags; *p; p++) {
    if (p > (const unsigned char *)flags && memchr(flags, *p, (size_t)(p - (const unsigned char *)flags)))
      continue; /* a flag given twice */
    for (size_t k = a->first[*p]; k < a->first[*p + 1]; k++) {
      const Rule *r = &a->rules[a->by_flag[k]];
      if (r->nstrip > wl || memcmp(w + wl - r->nstrip, r->strip, r->nstrip) ||
          !cond_holds(r->cond, cp, n))
        continue;
      size_t al = strlen(r->add), fl = wl - r->nstrip;
      if (fl + al >= sizeof form) continue;
      memcpy(form, w, fl);
      memcpy(form + fl, r->add, al);
      if (mark(m, form, fl + al, P_FORM | (cpd || r->cpd ? P_PART : 0), maxcp)) return -1;
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
    while (o > 0 && word[o - 1] == ' ') o--;
    word[o] = '\0';
    if (!o) continue;
    if (flags) flags[strcspn(flags, " \t\r\n")] = '\0';
    if (add_stem(a, m, word, flags ? flags : "", maxcp)) bad = 1;
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

RensaStatus dict_parts_compile(const char *aff, const char *dic, const char *out,
                               RensaErr *e) {
  Aff a;
  memset(&a, 0, sizeof a);
  StrMap *m = strmap_new(1u << 20);
  uint64_t id[6];
  size_t maxcp = 0;
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
  size_t total = PARTS_HDR + strmap_frozen_size(m);
  unsigned char *buf = calloc(1, total);
  if (!buf) {
    st = rensa_err_set(e, RENSA_E_NOMEM, out, 0, "out of memory");
    goto done;
  }
  memcpy(buf, PARTS_MAGIC, 8);
  uint64_t h[8] = {(uint64_t)a.usable, id[0], id[1], id[2], id[3], id[4], id[5], maxcp};
  for (int i = 0; i < 8; i++) le_put64(buf + 8 + 8 * i, h[i]);
  strmap_freeze(m, buf + PARTS_HDR);
  st = dict_file_write(out, buf, total, e);
  free(buf);
done:
  aff_free(&a);
  strmap_free(m);
  return st;
}

/* ------------------------------------------------------------ testing */

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
    ok = p->maxcp > 0 && frozen_view(&p->fm, b + PARTS_HDR, len - PARTS_HDR) == 0;
  }
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
  for (size_t j = 0; j < n; j++) {
    if (!reach[j]) continue;
    size_t end = n - j < p->maxcp ? n : j + p->maxcp;
    for (size_t k = j + 1; k <= end; k++) {
      if (!frozen_get_checked(&p->fm, low + off[j], off[k] - off[j], &v) || !(v & P_PART))
        continue;
      if (k == n) return 1;
      reach[k] = 1;
      if (k >= 2 && cp[k - 1] == cp[k - 2]) reach[k - 1] = 1; /* a simplified triple */
    }
  }
  return 0;
}
