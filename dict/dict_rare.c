/*
 * dict_rare.c — the word forms of the Hunspell stems that hold a rare
 * letter, to refuse a word with such a letter without asking Hunspell.
 *
 * Why: a Swedish look-up that fails costs Hunspell ~130 000 instructions
 * (every split of the word is tried as a compound), and the repair stage's
 * candidates often keep an OCR stand-in that no Swedish word has there: é
 * for ö in "féretagsklimat", & for ä.
 *
 * Why the answer is the same: Hunspell accepts a word that is one form of a
 * stem (the stem, less the letters a suffix strips from its end, plus what
 * at most two suffixes add), or a compound of such forms, each a substring
 * of the word (a simplified triple, "glasskål", shares its letter), each
 * allowed in compounds by a compounding flag of its stem or suffixes.  A
 * letter no affix adds comes from a stem; so a word holding it is either a
 * form of a stem with that letter, or shows, over that letter, a form of
 * such a stem that may compound ("armé" in "arméchef").  Forms are made
 * from every SFX rule whose stripped letters end the stem (conditions are
 * ignored: more forms, never fewer), and letters are compared in lower
 * case: both only let more words through.  A word with no such form is
 * refused; Hunspell would have said no.
 *
 * The test stays off where that reasoning would not hold: a dictionary not
 * in UTF-8, prefixes, flag aliases or other flag syntaxes, input conversion
 * (ICONV, IGNORE), compound patterns that replace letters, sharp-s rules,
 * Turkic casing; and it leaves to Hunspell every word with a BREAK
 * character or a letter beyond Latin Extended-A (where rensa's case mapping
 * may not be Hunspell's).
 *
 * Nothing is read until WARMUP words with a rare letter have come; then
 * the .aff once, and per rare letter one scan of the mapped .dic for its
 * stems, kept under their beginnings up to the letter ("armé").  A word is
 * tested by looking its own letters up to each rare one up among those
 * beginnings, and making the forms of the few stems found.
 */
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dict_rare.h"
#include "strmap.h"
#include "utf8.h"

#define MAXWORD 128 /* code points; longer words are left to Hunspell */
#define MAXFORM 256 /* bytes of a stem or form */
/* Words with a rare letter left to Hunspell before the test reads the
 * dictionary: reading a letter's stems costs about as much as 8 failed
 * look-ups, which a short document may never make (the rent-or-buy rule:
 * rent until the rent paid equals the price). */
#define WARMUP 8

/* One SFX rule: strip these letters from the end, add these, and the
 * flags the result carries (continuation classes). */
typedef struct Sfx {
  unsigned char flag;
  char strip[32], add[64], cont[64];
  size_t nstrip, nadd;    /* their lengths */
} Sfx;

/* A stem whose beginning is a head (see heads): where it and its flags
 * are in the pool, and the next stem with the same head (+1; 0: none). */
typedef struct Ref {
  uint32_t stem, next;
} Ref;

struct DictRare {
  char *aff, *dic;        /* the dictionary's files (owned copies) */
  int state;              /* 0 not read yet, 1 usable, -1 off */
  int asked;              /* words with a rare letter met while state == 0 */
  Sfx *sfx;               /* the .aff's suffix rules */
  size_t nsfx;
  size_t *by_flag;        /* indices into sfx, by flag: those of flag f */
  size_t first[257];      /* are by_flag[first[f] .. first[f + 1]) */
  unsigned char cpd[256]; /* flags that let a form into a compound */
  StrMap *plain;          /* letters an affix adds */
  StrMap *brk;            /* letters BREAK splits words at */
  StrMap *loaded;         /* rare letters whose stems have been read */
  StrMap *heads;          /* lowercase stem beginning up to a rare letter ->
                           * its first Ref + 1 */
  Ref *ref;
  size_t nref, capref;
  char *pool;             /* stems and their flags, "stem\0flags\0" */
  size_t npool, cappool;
  size_t maxhead;         /* the longest head, in code points */
  char *map;              /* the .dic, mapped read-only */
  size_t len;
};

DictRare *dict_rare_new(const char *aff, const char *dic) {
  DictRare *r = calloc(1, sizeof *r);
  if (!r) return NULL;
  r->aff = strdup(aff);
  r->dic = strdup(dic);
  if (!r->aff || !r->dic) {
    dict_rare_free(r);
    return NULL;
  }
  return r;
}

void dict_rare_free(DictRare *r) {
  if (!r) return;
  if (r->map) munmap(r->map, r->len);
  free(r->aff);
  free(r->dic);
  free(r->sfx);
  free(r->by_flag);
  free(r->ref);
  free(r->pool);
  strmap_free(r->plain);
  strmap_free(r->brk);
  strmap_free(r->loaded);
  strmap_free(r->heads);
  free(r);
}

/* ------------------------------------------------------------ the .aff */

/* Letters the test may refuse a word for (c lowercase): not a Swedish
 * letter or digit, nothing Hunspell cleans words of. */
static int maybe_rare(uint32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return 0;
  if (c == 0xE5 || c == 0xE4 || c == 0xF6) return 0;
  return !(c <= ' ' || c == '.' || c == '\'' || c == 0xDF);
}

/* Letters left to Hunspell: beyond Latin Extended-A, and the dotted and
 * dotless i and the long s, whose case mappings differ between libraries. */
static int beyond(uint32_t c) { return c >= 0x17F || c == 0x130 || c == 0x131; }

/* Record the letters of s (lowercase) in m.  0 or -1. */
static int add_letters(StrMap *m, const char *s) {
  size_t i = 0, n = strlen(s), l;
  while (i < n) {
    char buf[4];
    uint32_t c = uc_lower(utf8_decode(s + i, n - i, &l));
    i += l;
    if (strmap_put(m, buf, utf8_encode(c, buf), 1)) return -1;
  }
  return 0;
}

static void set_cpd(DictRare *r, const char *flags) {
  for (const unsigned char *p = (const unsigned char *)flags; *p; p++) r->cpd[*p] = 1;
}

/* A suffix rule line (tok: SFX flag strip add ...).  0 or -1. */
static int add_sfx(DictRare *r, char **tok) {
  Sfx x = {(unsigned char)tok[1][0], "", "", "", 0, 0};
  char *slash = strchr(tok[3], '/');
  if (slash) *slash++ = '\0';
  if (strlen(tok[2]) >= sizeof x.strip || strlen(tok[3]) >= sizeof x.add ||
      (slash && strlen(slash) >= sizeof x.cont) || tok[1][1])
    return -1;
  if (strcmp(tok[2], "0")) strcpy(x.strip, tok[2]);
  if (strcmp(tok[3], "0")) strcpy(x.add, tok[3]);
  if (slash) strcpy(x.cont, slash);
  x.nstrip = strlen(x.strip);
  x.nadd = strlen(x.add);
  if (add_letters(r->plain, x.add)) return -1;
  Sfx *n = realloc(r->sfx, (r->nsfx + 1) * sizeof *n);
  if (!n) return -1;
  r->sfx = n;
  r->sfx[r->nsfx++] = x;
  return 0;
}

size_t *dict_by_flag(const void *items, size_t n, size_t size, size_t off, size_t first[257]) {
  const unsigned char *it = items;
  size_t count[257] = {0}, *by = malloc((n + 1) * sizeof *by);
  if (!by) return NULL;
  for (size_t i = 0; i < n; i++) count[it[i * size + off] + 1]++;
  for (int f = 0; f < 256; f++) count[f + 1] += count[f];
  memcpy(first, count, sizeof count);
  for (size_t i = 0; i < n; i++) by[count[it[i * size + off]]++] = i;
  return by;
}

/* Group the suffix rules by flag.  0 or -1. */
static int index_sfx(DictRare *r) {
  r->by_flag = dict_by_flag(r->sfx, r->nsfx, sizeof *r->sfx, offsetof(Sfx, flag), r->first);
  return r->by_flag ? 0 : -1;
}

/* Read the .aff: suffix rules, compounding flags, letters affixes add and
 * BREAK splits at, and whether anything rules the test out.  0 usable,
 * -1 off. */
static int read_aff(DictRare *r) {
  FILE *f = fopen(r->aff, "r");
  if (!f) return -1;
  char *line = NULL;
  size_t cap = 0;
  /* (the maps are made here: most runs never get this far) */
  if (!(r->plain = strmap_new(64)) || !(r->loaded = strmap_new(64)) ||
      !(r->heads = strmap_new(1024)) || !(r->brk = strmap_new(16))) {
    fclose(f);
    return -1;
  }
  int ok = !add_letters(r->brk, "-"), utf8 = 0, nbreak = 0; /* '-': the default */
  while (ok && getline(&line, &cap, f) > 0) {
    char *tok[5], *save = NULL;
    size_t n = 0;
    for (char *p = strtok_r(line, " \t\r\n", &save); p && n < 5; p = strtok_r(NULL, " \t\r\n", &save))
      tok[n++] = p;
    if (n == 0) continue;
    const char *k = tok[0];
    if (!strcmp(k, "ICONV") || !strcmp(k, "OCONV") || !strcmp(k, "IGNORE") ||
        !strcmp(k, "CHECKCOMPOUNDPATTERN") || !strcmp(k, "CHECKSHARPS") ||
        !strcmp(k, "FLAG") || !strcmp(k, "AF") || !strcmp(k, "PFX"))
      ok = 0;
    else if (!strcmp(k, "SET") && n > 1)
      utf8 = !strcmp(tok[1], "UTF-8") || !strcmp(tok[1], "utf-8");
    else if (!strcmp(k, "LANG") && n > 1)
      ok = strncmp(tok[1], "tr", 2) && strncmp(tok[1], "az", 2) && strncmp(tok[1], "crh", 3);
    else if (!strcmp(k, "BREAK") && n > 1 && nbreak++) /* (the first is the count) */
      ok = !add_letters(r->brk, tok[1]);
    else if (!strcmp(k, "SFX") && n >= 5)
      ok = !add_sfx(r, tok);
    else if (n > 1 && (!strcmp(k, "COMPOUNDFLAG") || !strcmp(k, "COMPOUNDBEGIN") ||
                       !strcmp(k, "COMPOUNDMIDDLE") || !strcmp(k, "COMPOUNDEND") ||
                       !strcmp(k, "COMPOUNDPERMITFLAG") || !strcmp(k, "ONLYINCOMPOUND") ||
                       !strcmp(k, "COMPOUNDROOT") || !strcmp(k, "COMPOUNDRULE")))
      set_cpd(r, tok[1]); /* (a rule's * and ? count too: harmless) */
  }
  free(line);
  fclose(f);
  return ok && utf8 && !index_sfx(r) ? 0 : -1;
}

/* Map the .dic.  0 or -1. */
static int map_dic(DictRare *r) {
  int fd = open(r->dic, O_RDONLY);
  struct stat st;
  if (fd < 0) return -1;
  if (fstat(fd, &st) || st.st_size <= 0) {
    close(fd);
    return -1;
  }
  void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close(fd);
  if (m == MAP_FAILED) return -1;
  r->map = m;
  r->len = (size_t)st.st_size;
  return 0;
}

/* ------------------------------------------------------------ forms */

/* Lowercase f into low (2 * MAXFORM bytes); its byte length, or -1 if f
 * has more than MAXFORM code points (longer than any word asked about). */
static long lower_form(const char *f, char *low) {
  size_t i = 0, n = strlen(f), o = 0, k = 0, l;
  for (; i < n && k < MAXFORM; k++) {
    if ((unsigned char)f[i] < 0x80) { /* ASCII: lowercase in place */
      char b = f[i++];
      low[o++] = b >= 'A' && b <= 'Z' ? (char)(b + 32) : b;
      continue;
    }
    o += utf8_encode(uc_lower(utf8_decode(f + i, n - i, &l)), low + o);
    i += l;
  }
  return i < n ? -1 : (long)o;
}

static int has_cpd(const DictRare *r, const char *flags) {
  for (const unsigned char *p = (const unsigned char *)flags; *p; p++)
    if (r->cpd[*p]) return 1;
  return 0;
}

/* What a word (lowercase, len bytes) must show of a stem's forms: the
 * whole word, or a form that may compound at byte at reaching past to. */
typedef struct Want {
  const char *low;
  size_t len, at, to;
  int whole;              /* found: the word is a form */
} Want;

/* Is form f (may_cpd: allowed in compounds) what w wants?  1 or 0. */
static int form_fits(const char *f, int may_cpd, Want *w) {
  char low[MAXFORM * 2];
  long fl = lower_form(f, low);
  if (fl < 0) return 0;
  if (w->at == 0 && (size_t)fl == w->len && memcmp(low, w->low, (size_t)fl) == 0)
    return w->whole = 1;
  return may_cpd && w->at + (size_t)fl >= w->to && w->at + (size_t)fl <= w->len &&
         memcmp(low, w->low + w->at, (size_t)fl) == 0;
}

/* Does a form of stem s with flags fit w: s itself, then what each suffix
 * rule of its flags makes (depth 1), and of their continuation classes
 * (depth 2)?  may_cpd: a compounding flag seen on the way.  1 or 0. */
static int forms_fit(const DictRare *r, const char *s, const char *flags, int may_cpd,
                     int depth, Want *w) {
  may_cpd |= has_cpd(r, flags);
  if (depth == 0 && form_fits(s, may_cpd, w)) return 1;
  if (depth == 2) return 0;
  size_t sl = strlen(s);
  for (const unsigned char *fl = (const unsigned char *)flags; *fl; fl++) {
    for (size_t i = r->first[*fl]; i < r->first[*fl + 1]; i++) {
      const Sfx *x = &r->sfx[r->by_flag[i]];
      size_t tl = x->nstrip;
      if (tl > sl || memcmp(s + sl - tl, x->strip, tl)) continue;
      char form[MAXFORM * 2];
      if (sl - tl + x->nadd >= sizeof form) continue;
      memcpy(form, s, sl - tl);
      memcpy(form + sl - tl, x->add, x->nadd + 1);
      int cp = may_cpd || has_cpd(r, x->cont);
      if (form_fits(form, cp, w) || forms_fit(r, form, x->cont, cp, depth + 1, w)) return 1;
    }
  }
  return 0;
}

/* Keep stem s with flags, under each of its heads for letter c: its
 * beginning up to each c (lowercase).  0 or -1. */
static int add_stem(DictRare *r, const char *s, const char *flags, uint32_t c) {
  size_t sl = strlen(s), fl = strlen(flags), need = sl + fl + 2;
  if (r->npool + need > r->cappool) {
    size_t nc = r->cappool ? 2 * r->cappool : 65536;
    while (nc < r->npool + need) nc *= 2;
    char *np = realloc(r->pool, nc);
    if (!np) return -1;
    r->pool = np;
    r->cappool = nc;
  }
  uint32_t at = (uint32_t)r->npool;
  memcpy(r->pool + r->npool, s, sl + 1);
  memcpy(r->pool + r->npool + sl + 1, flags, fl + 1);
  r->npool += need;
  char low[MAXFORM * 2];
  size_t i = 0, o = 0, k = 0, l;
  while (i < sl && k < MAXWORD) {
    uint32_t x = uc_lower(utf8_decode(s + i, sl - i, &l));
    i += l;
    o += utf8_encode(x, low + o);
    k++;
    if (x != c) continue;
    uint32_t head = 0;
    strmap_get(r->heads, low, o, &head);
    if (r->nref == r->capref) {
      size_t nc = r->capref ? 2 * r->capref : 256;
      Ref *nr = realloc(r->ref, nc * sizeof *nr);
      if (!nr) return -1;
      r->ref = nr;
      r->capref = nc;
    }
    r->ref[r->nref] = (Ref){at, head};
    if (strmap_put(r->heads, low, o, (uint32_t)++r->nref)) return -1;
    if (k > r->maxhead) r->maxhead = k;
  }
  return 0;
}

/* The .dic line at ls holds rare letter c before e: keep its stem (and,
 * as the line's syntax allows more than one reading, every reading of it:
 * up to the flags' slash, a tab, or any space) with its flags.  0, or -1
 * when out of memory or the line is too long to read whole (the test must
 * stop). */
static int add_line(DictRare *r, const char *ls, const char *e, uint32_t c) {
  if (ls == r->map) return 0; /* the count line */
  const char *end = memchr(ls, '\n', (size_t)(r->map + r->len - ls));
  if (!end) end = r->map + r->len;
  char stem[MAXFORM * 2], flags[MAXFORM];
  size_t o = 0;
  for (const char *q = ls; q <= end; q++) {
    int slash = q < end && *q == '/' && q > ls;
    int stop = q == end || *q == '\t' || *q == ' ' || *q == '\r' || slash;
    if (stop && q >= e) {
      size_t fl = 0;
      while (slash && q + 1 + fl < end && !strchr(" \t\r", q[1 + fl])) fl++;
      if (fl >= sizeof flags) return -1;
      memcpy(flags, q + 1, fl);
      flags[fl] = '\0';
      stem[o] = '\0';
      if (add_stem(r, stem, flags, c)) return -1;
    }
    if (q == end || *q == '\t' || slash) break;
    if (*q == '\\' && q + 1 < end && q[1] == '/') q++; /* an escaped slash */
    if (o + 1 == sizeof stem) return -1;
    stem[o++] = *q;
  }
  return 0;
}

/* Read the stems holding c (lowercase) or a letter that lowercases to it,
 * once per letter.  0 or -1. */
static int load_letter(DictRare *r, uint32_t c, const char *key, size_t kl) {
  if (strmap_get(r->loaded, key, kl, NULL)) return 0;
  for (uint32_t x = 1; x < 0x17F; x++) {
    if (uc_lower(x) != c) continue;
    char pat[4];
    size_t pl = utf8_encode(x, pat);
    /* (memchr for the last byte: much faster than memmem on 2 MB) */
    const char *p = r->map + pl - 1, *end = r->map + r->len;
    while (p < end && (p = memchr(p, pat[pl - 1], (size_t)(end - p)))) {
      const char *at = p++ - (pl - 1);
      if (memcmp(at, pat, pl)) continue;
      const char *ls = at;
      while (ls > r->map && ls[-1] != '\n') ls--;
      if (add_line(r, ls, at + pl, c)) return -1;
    }
  }
  return strmap_put(r->loaded, key, kl, 1);
}

/* ------------------------------------------------------------ the test */

int dict_rare_possible(DictRare *r, const char *word) {
  if (!r || r->state < 0) return 1;
  char low[MAXWORD * 4];
  size_t off[MAXWORD + 1], n = 0, i = 0, o = 0, len = strlen(word), l;
  uint32_t cp[MAXWORD];
  int any = 0;
  while (i < len) {
    uint32_t c = uc_lower(utf8_decode(word + i, len - i, &l));
    if (n == MAXWORD || beyond(c)) return 1;
    i += l;
    off[n] = o;
    o += utf8_encode(c, low + o);
    cp[n++] = c;
    any |= maybe_rare(c);
  }
  off[n] = o;
  if (!any) return 1;
  if (r->state == 0 && ++r->asked <= WARMUP) return 1;
  if (r->state == 0) r->state = read_aff(r) || map_dic(r) ? -1 : 1;
  if (r->state < 0) return 1;
  int rare = 0;
  for (size_t p = 0; p < n; p++) {
    const char *key = low + off[p];
    size_t kl = off[p + 1] - off[p];
    if (strmap_get(r->brk, key, kl, NULL)) return 1; /* Hunspell checks pieces */
    if (!maybe_rare(cp[p]) || strmap_get(r->plain, key, kl, NULL)) continue;
    if (load_letter(r, cp[p], key, kl)) {
      r->state = -1; /* out of memory: stop refusing, Hunspell decides */
      return 1;
    }
    rare = 1;
  }
  if (!rare) return 1;
  /* Each rare letter: the stems whose beginning the word shows up to it,
   * their forms placed there (or the word one of them). */
  for (size_t p = 0; p < n; p++) {
    if (!maybe_rare(cp[p]) || strmap_get(r->plain, low + off[p], off[p + 1] - off[p], NULL))
      continue;
    Want w = {low, o, 0, off[p + 1], 0};
    int found = 0;
    for (size_t s = p + 1; s-- > 0 && p - s < r->maxhead && !found;) {
      uint32_t ref;
      if (!strmap_get(r->heads, low + off[s], off[p + 1] - off[s], &ref)) continue;
      w.at = off[s];
      for (; ref && !found; ref = r->ref[ref - 1].next) {
        const char *st = r->pool + r->ref[ref - 1].stem;
        found = forms_fit(r, st, st + strlen(st) + 1, 0, 0, &w);
      }
      if (w.whole) return 1; /* the word is a form: no compound to check */
    }
    if (!found) return 0;
  }
  return 1;
}
