/*
 * dict_lex.c — the compiled lexicon: word counts, pair counts and the fold
 * index (see dict.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dict.h"
#include "le.h"
#include "strmap.h"
#include "utf8.h"

struct DictLex {
  StrMap *ids;        /* word -> id */
  StrMap *folds;      /* fold key -> id of the first word with that fold + 1 */
  StrMap *pairs;      /* "a\x1fb" -> count */
  char **words;       /* id -> word (owned) */
  uint32_t *counts;   /* id -> count */
  uint32_t *next;     /* id -> next id with the same fold + 1, 0 = end */
  size_t n, cap;
  char *arena;        /* current chunk for word strings */
  size_t arena_left;
  char **chunks;      /* all chunks, freed with the lexicon */
  size_t nchunks;
  uint64_t total;
  /* Which key lengths the three maps hold (bit min(len, 63)), and which
   * hashes' top 8 bits (hbit): words added after loading are few
   * (abbreviations, user words), and most look-ups need not probe their
   * maps, which a length alone let through on every common length. */
  uint64_t ids_lens, folds_lens, pairs_lens;
  uint64_t ids_bits[4], folds_bits[4], pairs_bits[4];
  /* The compiled part (dict_lex_open), mapped read-only; words added later
   * (user words, learned counts) go to the maps above and add to it. */
  const unsigned char *map;
  size_t map_len;
  /* fids maps a word to its count (no look-up needs its id), and a
   * word's offset and next id are one record of FREC bytes: a count is
   * one read less, and a fold's chain reads two lines a word, not three
   * arrays' (cache and TLB misses in a file of 70 MB).  (The counts stay
   * an array of their own: the loader checks every record, and reading
   * them too would make start-up longer.) */
  FrozenMap fids, ffolds, fpairs;
  const unsigned char *fcounts, *fnext, *fwoff, *fblob; /* (fwoff, fnext: FREC apart) */
  uint64_t fn, ftotal, fblob_len;
};

#define LEX_MAGIC "RENSALX4"
#define FREC 8 /* bytes of a word's record: u32 offset, next id */

static uint64_t len_bit(size_t len) { return 1ull << (len < 63 ? len : 63); }

/* May a map whose hashes set bits hold a key of hash h (frozen_hash)? */
static int hbit(const uint64_t *bits, uint64_t h) { return bits[h >> 62] >> (h >> 56 & 63) & 1; }
static void hbit_set(uint64_t *bits, uint64_t h) { bits[h >> 62] |= 1ull << (h >> 56 & 63); }

/* Does the compiled part hold w (hash h)?  *count (may be NULL) gets its
 * count. */
static int fz_count(const DictLex *x, const char *w, size_t len, uint64_t h, uint32_t *count) {
  return x->map && frozen_get_h(&x->fids, w, len, h, count);
}

/* One code point folded: lowercase, å/ä/à/á→a, ö/ó/ò→o, é/è→e, ü→u. */
static uint32_t fold_cp(uint32_t c) {
  c = uc_lower(c);
  switch (c) {
    case 0xE5: case 0xE4: case 0xE0: case 0xE1: return 'a';
    case 0xF6: case 0xF3: case 0xF2: return 'o';
    case 0xE9: case 0xE8: return 'e';
    case 0xFC: return 'u';
    default: return c;
  }
}

/* Append c, the fold of the code point written as orig (n bytes), to
 * out + *o.  Folded letters are ASCII (1 byte) so the result never grows;
 * a lowercase that would grow keeps the original bytes. */
static void put_fold(uint32_t c, const char *orig, size_t n, char *out, size_t *o) {
  if (c < 0x80) {
    out[(*o)++] = (char)c;
    return;
  }
  size_t k = utf8_encode(c, out + *o);
  if (k > n) {
    memcpy(out + *o, orig, n);
    k = n;
  }
  *o += k;
}

size_t dict_fold(const char *word, size_t len, char *out) {
  size_t i = 0, o = 0, n;
  while (i < len) {
    uint32_t c = utf8_decode(word + i, len - i, &n);
    put_fold(fold_cp(c), word + i, n, out, &o);
    i += n;
  }
  out[o] = '\0';
  return o;
}

/* For each Latin-1 code point, its fold when that is ASCII (a byte), else
 * 0; made once per process. */
static unsigned char fold_tab[256];
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;

static void fold_tab_init(void) {
  for (uint32_t c = 1; c < 256; c++) {
    uint32_t f = fold_cp(c);
    fold_tab[c] = f < 0x80 ? (unsigned char)f : 0;
  }
}

/* The fold of one code point c outside the table, appended at out + *o. */
static void fold_other(uint32_t c, char *out, size_t *o) {
  char b[4];
  size_t bn = utf8_encode(c, b);
  put_fold(fold_cp(c), b, bn, out, o);
}

size_t dict_fold_cps(const uint32_t *cp, size_t n, char *out, size_t *off) {
  size_t o = 0;
  pthread_once(&fold_once, fold_tab_init);
  /* (two loops: the variant search's look-ups need no offsets, and this
   * is its hottest loop) */
  if (off) {
    for (size_t i = 0; i < n; i++) {
      off[i] = o;
      unsigned char f = cp[i] < 256 ? fold_tab[cp[i]] : 0; /* ASCII, å/ä/ö, é, ... */
      if (f) out[o++] = (char)f;
      else fold_other(cp[i], out, &o);
    }
    off[n] = o;
  } else {
    for (size_t i = 0; i < n; i++) {
      unsigned char f = cp[i] < 256 ? fold_tab[cp[i]] : 0;
      if (f) out[o++] = (char)f;
      else fold_other(cp[i], out, &o);
    }
  }
  out[o] = '\0';
  return o;
}

static int lex_insert(DictLex *x, const char *w, size_t len, uint32_t count) {
  char key[256];
  if (len >= sizeof key) return 0; /* absurdly long "words": not indexed */
  uint32_t id;
  if (strmap_get(x->ids, w, len, &id)) {
    x->counts[id] += count;
    x->total += count;
    return 0;
  }
  if (x->n == x->cap) {
    size_t nc = x->cap ? x->cap * 2 : 1024;
    char **nw = realloc(x->words, nc * sizeof *nw);
    if (!nw) return -1;
    x->words = nw;
    uint32_t *ncn = realloc(x->counts, nc * sizeof *ncn);
    if (!ncn) return -1;
    x->counts = ncn;
    uint32_t *nn = realloc(x->next, nc * sizeof *nn);
    if (!nn) return -1;
    x->next = nn;
    x->cap = nc;
  }
  if (x->arena_left < len + 1) {
    char **nc = realloc(x->chunks, (x->nchunks + 1) * sizeof *nc);
    if (!nc) return -1;
    x->chunks = nc;
    if (!(x->arena = malloc(1 << 20))) return -1;
    x->chunks[x->nchunks++] = x->arena;
    x->arena_left = 1 << 20;
  }
  char *copy = x->arena;
  x->arena += len + 1;
  x->arena_left -= len + 1;
  memcpy(copy, w, len);
  copy[len] = '\0';
  id = (uint32_t)x->n;
  size_t kl = dict_fold(w, len, key);
  uint32_t head = 0;
  strmap_get(x->folds, key, kl, &head);
  if (strmap_put(x->ids, w, len, id) || strmap_put(x->folds, key, kl, id + 1))
    return -1;
  x->ids_lens |= len_bit(len);
  x->folds_lens |= len_bit(kl);
  hbit_set(x->ids_bits, frozen_hash(w, len));
  hbit_set(x->folds_bits, frozen_hash(key, kl));
  x->words[id] = copy;
  x->counts[id] = count;
  x->next[id] = head;
  x->n++;
  x->total += count;
  return 0;
}

int dict_lex_add(DictLex *x, const char *word, uint32_t count) {
  char *lw = utf8_lower(word);
  if (!lw) return -1;
  int r = lex_insert(x, lw, strlen(lw), count);
  free(lw);
  return r;
}

/* Split a TSV line in place into at most max fields; returns the count. */
static size_t split_tabs(char *line, char **f, size_t max) {
  size_t k = 0;
  f[k++] = line;
  for (char *p = line; *p && k < max; p++)
    if (*p == '\t') {
      *p = '\0';
      f[k++] = p + 1;
    }
  return k;
}

static int parse_count(const char *s, uint32_t *v) {
  char *end;
  errno = 0;
  unsigned long n = strtoul(s, &end, 10);
  if (errno || end == s || *end || n > 0xFFFFFFFFul) return -1;
  *v = (uint32_t)n;
  return 0;
}

/* Read a TSV table of nfields columns, the last a count; calls add(). */
static RensaStatus load_tsv(DictLex *x, const char *path, size_t nfields,
                            RensaErr *e) {
  FILE *f = fopen(path, "r");
  if (!f)
    return rensa_err_set(e, RENSA_E_RESOURCE, path, 0,
                         "cannot open word statistics: %s", strerror(errno));
  char line[1024];
  int no = 0;
  RensaStatus st = RENSA_OK;
  while (fgets(line, sizeof line, f)) {
    no++;
    size_t len = strlen(line);
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';
    if (!len || line[0] == '#') continue;
    char *fl[4];
    uint32_t count;
    if (split_tabs(line, fl, 4) != nfields || parse_count(fl[nfields - 1], &count) ||
        !utf8_valid(line, strlen(line))) {
      st = rensa_err_set(e, RENSA_E_RESOURCE, path, 0,
                         "line %d: expected %zu TAB-separated fields ending in a count",
                         no, nfields);
      if (e) e->line = no;
      break;
    }
    int r;
    if (nfields == 2) {
      r = lex_insert(x, fl[0], strlen(fl[0]), count);
    } else {
      char key[512];
      int kl = snprintf(key, sizeof key, "%s\x1f%s", fl[0], fl[1]);
      r = (kl > 0 && (size_t)kl < sizeof key) ? strmap_add(x->pairs, key, (size_t)kl, count) : 0;
      if (kl > 0 && (size_t)kl < sizeof key) {
        x->pairs_lens |= len_bit((size_t)kl);
        hbit_set(x->pairs_bits, frozen_hash(key, (size_t)kl));
      }
    }
    if (r) {
      st = rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
      break;
    }
  }
  fclose(f);
  return st;
}

/* An empty lexicon whose maps expect words and pairs entries (they grow
 * past that).  NULL when out of memory. */
static DictLex *lex_new(size_t words, size_t pairs) {
  DictLex *x = calloc(1, sizeof *x);
  if (!x || !(x->ids = strmap_new(words)) || !(x->folds = strmap_new(words)) ||
      !(x->pairs = strmap_new(pairs))) {
    dict_lex_free(x);
    return NULL;
  }
  return x;
}

DictLex *dict_lex_load(const char *unigrams, const char *bigrams, RensaErr *e) {
  /* Sized for the ~800 000 dictionary forms so loading never rehashes. */
  DictLex *x = lex_new(unigrams ? (1u << 20) : (1u << 16), bigrams ? 200000 : 16);
  if (!x) {
    rensa_err_set(e, RENSA_E_NOMEM, unigrams, 0, "out of memory");
    return NULL;
  }
  if ((unigrams && load_tsv(x, unigrams, 2, e)) || (bigrams && load_tsv(x, bigrams, 3, e))) {
    dict_lex_free(x);
    return NULL;
  }
  return x;
}

RensaStatus dict_lex_add_forms(DictLex *x, const char *path, int names, RensaErr *e) {
  FILE *f = fopen(path, "r");
  if (!f)
    return rensa_err_set(e, RENSA_E_RESOURCE, path, 0,
                         "cannot open the word-form list: %s (the build makes it "
                         "from hunspell-sv with unmunch from hunspell-tools)",
                         strerror(errno));
  /* The list is filtered at build time (dict/tools/make_forms.sh): one
   * form a line, letters and inner hyphens; names still need lowercasing. */
  char line[256];
  RensaStatus st = RENSA_OK;
  while (fgets(line, sizeof line, f)) {
    size_t len = strcspn(line, "\r\n");
    line[len] = '\0';
    if (!len) continue;
    char *low = names ? utf8_lower(line) : line;
    if (!low) {
      st = rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
      break;
    }
    int bad = lex_insert(x, low, names ? strlen(low) : len, 0);
    if (names) free(low);
    if (bad) {
      st = rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
      break;
    }
  }
  fclose(f);
  return st;
}

int dict_lex_known(const DictLex *x, const char *word, size_t len) {
  return dict_lex_known_h(x, word, len, frozen_hash(word, len));
}

int dict_lex_known_h(const DictLex *x, const char *word, size_t len, uint64_t h) {
  uint32_t id;
  return fz_count(x, word, len, h, NULL) ||
         ((x->ids_lens & len_bit(len)) && hbit(x->ids_bits, h) &&
          strmap_get_h(x->ids, word, len, h, &id));
}

RensaStatus dict_lex_merge(DictLex *x, const char *unigrams, const char *bigrams,
                           RensaErr *e) {
  if (unigrams && load_tsv(x, unigrams, 2, e)) return e ? e->code : RENSA_E_RESOURCE;
  if (bigrams && load_tsv(x, bigrams, 3, e)) return e ? e->code : RENSA_E_RESOURCE;
  return RENSA_OK;
}

RensaStatus dict_lex_add_file(DictLex *x, const char *path, RensaErr *e) {
  FILE *f = fopen(path, "r");
  if (!f)
    return rensa_err_set(e, RENSA_E_INPUT, path, 0, "cannot open word list: %s",
                         strerror(errno));
  char line[512];
  int no = 0;
  RensaStatus st = RENSA_OK;
  while (fgets(line, sizeof line, f)) {
    no++;
    size_t len = strcspn(line, "\r\n\t ");
    line[len] = '\0';
    if (!len || line[0] == '#') continue;
    if (!utf8_valid(line, len)) {
      st = rensa_err_set(e, RENSA_E_INPUT, path, 0, "line %d: not UTF-8", no);
      if (e) e->line = no;
      break;
    }
    /* User words count as well attested: they are names the user vouches for. */
    if (dict_lex_add(x, line, 50)) {
      st = rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
      break;
    }
  }
  fclose(f);
  return st;
}

void dict_lex_free(DictLex *x) {
  if (!x) return;
  if (x->map) munmap((void *)x->map, x->map_len);
  for (size_t i = 0; i < x->nchunks; i++) free(x->chunks[i]);
  free(x->chunks);
  free(x->words);
  free(x->counts);
  free(x->next);
  strmap_free(x->ids);
  strmap_free(x->folds);
  strmap_free(x->pairs);
  free(x);
}

/* The count words added after loading give word (len bytes; hash h, or
 * 0 to make it here if need be). */
static uint32_t added_count(const DictLex *x, const char *word, size_t len, uint64_t h) {
  uint32_t id;
  if (!(x->ids_lens & len_bit(len))) return 0;
  if (!h) h = frozen_hash(word, len);
  return hbit(x->ids_bits, h) && strmap_get_h(x->ids, word, len, h, &id) ? x->counts[id] : 0;
}

uint32_t dict_lex_count(const DictLex *x, const char *word, size_t len) {
  return dict_lex_count_h(x, word, len, frozen_hash(word, len));
}

uint32_t dict_lex_count_h(const DictLex *x, const char *word, size_t len, uint64_t h) {
  uint32_t f = 0;
  fz_count(x, word, len, h, &f);
  return f + added_count(x, word, len, h);
}

uint64_t dict_lex_hash(const char *key, size_t len) { return frozen_hash(key, len); }

void dict_lex_prefetch(const DictLex *x, uint64_t h, int fold) {
  if (x->map) frozen_prefetch(fold ? &x->ffolds : &x->fids, h);
}

uint32_t dict_lex_pair(const DictLex *x, const char *a, const char *b) {
  char key[512];
  size_t la = strlen(a), lb = strlen(b), kl = la + 1 + lb;
  uint32_t v = 0, fv = 0;
  if (kl < sizeof key) { /* "a\x1fb", built without a format parse (hot) */
    memcpy(key, a, la);
    key[la] = '\x1f';
    memcpy(key + la + 1, b, lb);
    uint64_t h = frozen_hash(key, kl);
    if ((x->pairs_lens & len_bit(kl)) && hbit(x->pairs_bits, h))
      strmap_get_h(x->pairs, key, kl, h, &v);
    if (x->map) frozen_get_h(&x->fpairs, key, kl, h, &fv);
  }
  return v + fv;
}

uint64_t dict_lex_total(const DictLex *x) { return x->total + x->ftotal; }
size_t dict_lex_size(const DictLex *x) { return x->n + (size_t)x->fn; }

/* dict_lex_variants_h's body, inlined into both entries (the variant
 * search calls them some 200 000 times on all.txt). */
static inline size_t variants_h(const DictLex *x, const char *key, size_t len, uint64_t h,
                                const char **out, uint32_t *counts, size_t max);

size_t dict_lex_variants(const DictLex *x, const char *key, size_t len,
                         const char **out, uint32_t *counts, size_t max) {
  return variants_h(x, key, len, frozen_hash(key, len), out, counts, max);
}

size_t dict_lex_variants_h(const DictLex *x, const char *key, size_t len, uint64_t h,
                           const char **out, uint32_t *counts, size_t max) {
  return variants_h(x, key, len, h, out, counts, max);
}

static inline size_t variants_h(const DictLex *x, const char *key, size_t len, uint64_t h,
                                const char **out, uint32_t *counts, size_t max) {
  uint32_t head;
  size_t k = 0;
  if (x->map && frozen_get_h(&x->ffolds, key, len, h, &head)) {
    for (uint32_t id = head, guard = 0; id && guard < 64; guard++) {
      if (k < max) {
        out[k] = (const char *)x->fblob + le_get32(x->fwoff + FREC * (size_t)(id - 1));
        /* (the word's id is its frozen id: its count without a look-up) */
        if (counts)
          counts[k] = le_get32(x->fcounts + 4 * (size_t)(id - 1)) +
                      added_count(x, out[k], strlen(out[k]), 0);
      }
      k++;
      id = le_get32(x->fnext + FREC * (size_t)(id - 1));
    }
  }
  if (!(x->folds_lens & len_bit(len)) || !hbit(x->folds_bits, h) ||
      !strmap_get_h(x->folds, key, len, h, &head))
    return k;
  for (uint32_t id = head; id; id = x->next[id - 1]) {
    const char *w = x->words[id - 1];
    size_t wl = strlen(w);
    if (fz_count(x, w, wl, frozen_hash(w, wl), NULL)) continue; /* listed above already */
    if (k < max) {
      out[k] = w;
      if (counts) counts[k] = x->counts[id - 1];
    }
    k++;
  }
  return k;
}

/* ------------------------------------------------------------ compiled */

RensaStatus dict_lex_save(const DictLex *x, const char *path, RensaErr *e) {
  size_t s_ids = strmap_frozen_size(x->ids), s_folds = strmap_frozen_size(x->folds),
         s_pairs = strmap_frozen_size(x->pairs), blob = 0;
  for (size_t i = 0; i < x->n; i++) blob += strlen(x->words[i]) + 1;
  size_t hdr = 8 + 8 * 10;
  /* (the header keeps a field for each of a record's three parts) */
  size_t o_ids = hdr, o_folds = o_ids + s_ids, o_pairs = o_folds + s_folds,
         o_woff = o_pairs + s_pairs, o_next = o_woff + 4, o_counts = o_woff + FREC * x->n,
         o_blob = o_counts + 4 * x->n, total = o_blob + blob;
  unsigned char *buf = calloc(1, total);
  if (!buf) return rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
  memcpy(buf, LEX_MAGIC, 8);
  uint64_t h[10] = {x->n, x->total, o_ids, o_folds, o_pairs, o_woff, o_counts, o_next, o_blob, blob};
  for (int i = 0; i < 10; i++) le_put64(buf + 8 + 8 * i, h[i]);
  strmap_freeze_map(x->ids, buf + o_ids, x->counts); /* word -> count */
  strmap_freeze(x->folds, buf + o_folds);
  strmap_freeze(x->pairs, buf + o_pairs);
  size_t off = 0;
  for (size_t i = 0; i < x->n; i++) {
    size_t l = strlen(x->words[i]) + 1;
    le_put32(buf + o_woff + FREC * i, (uint32_t)off);
    le_put32(buf + o_counts + 4 * i, x->counts[i]);
    le_put32(buf + o_next + FREC * i, x->next[i]);
    memcpy(buf + o_blob + off, x->words[i], l);
    off += l;
  }
  RensaStatus st = dict_file_write(path, buf, total, e);
  free(buf);
  return st;
}

RensaStatus dict_file_write(const char *path, const void *buf, size_t n, RensaErr *e) {
  char tmp[1100];
  snprintf(tmp, sizeof tmp, "%s.tmp", path);
  FILE *f = fopen(tmp, "wb");
  int bad = !f || fwrite(buf, 1, n, f) != n;
  if (f && fclose(f)) bad = 1;
  if (bad || rename(tmp, path)) {
    unlink(tmp);
    return rensa_err_set(e, RENSA_E_OUTPUT, path, 0, "cannot write: %s", strerror(errno));
  }
  return RENSA_OK;
}

/* Check the compiled file's sections and arrays lie inside it. */
static int fz_check(DictLex *x) {
  const unsigned char *m = x->map;
  size_t L = x->map_len;
  if (L < 88 || memcmp(m, LEX_MAGIC, 8)) return -1;
  uint64_t h[10];
  for (int i = 0; i < 10; i++) h[i] = le_get64(m + 8 + 8 * i);
  x->fn = h[0];
  x->ftotal = h[1];
  for (int i = 2; i < 9; i++)
    if (h[i] > L) return -1;
  if (x->fn > L / 12 || h[7] != h[5] + 4 || h[5] + FREC * x->fn > L || h[6] + 4 * x->fn > L ||
      h[8] + h[9] > L)
    return -1;
  if (frozen_open(&x->fids, m + h[2], L - h[2]) ||
      frozen_open(&x->ffolds, m + h[3], L - h[3]) ||
      frozen_open(&x->fpairs, m + h[4], L - h[4]))
    return -1;
  x->fwoff = m + h[5];
  x->fcounts = m + h[6];
  x->fnext = m + h[7];
  x->fblob = m + h[8];
  x->fblob_len = h[9];
  if (x->fblob_len == 0 || x->fblob[x->fblob_len - 1] != '\0') return -1;
  for (uint64_t i = 0; i < x->fn; i++)
    if (le_get32(x->fwoff + FREC * i) >= x->fblob_len || le_get32(x->fnext + FREC * i) > x->fn)
      return -1;
  return 0;
}

DictLex *dict_lex_open(const char *path, RensaErr *e) {
  /* Only the abbreviations and the user's words are added to a compiled
   * lexicon: maps sized for the 65 536 words of dict_lex_load(NULL, ...)
   * were 3 MB each of slots that nearly every look-up read, a page fault
   * at each new page (a tenth of all.txt's faults). */
  DictLex *x = lex_new(64, 16);
  if (!x) {
    rensa_err_set(e, RENSA_E_NOMEM, NULL, 0, "out of memory");
    return NULL;
  }
  int fd = open(path, O_RDONLY);
  struct stat st;
  if (fd < 0 || fstat(fd, &st)) {
    rensa_err_set(e, RENSA_E_RESOURCE, path, 0,
                  "cannot open the compiled lexicon: %s (the build makes it)",
                  strerror(errno));
    if (fd >= 0) close(fd);
    dict_lex_free(x);
    return NULL;
  }
  x->map_len = (size_t)st.st_size;
  void *m = x->map_len ? mmap(NULL, x->map_len, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
  close(fd);
  if (m == MAP_FAILED) {
    rensa_err_set(e, RENSA_E_RESOURCE, path, 0, "cannot map the compiled lexicon");
    dict_lex_free(x);
    return NULL;
  }
  x->map = m;
  if (fz_check(x)) {
    rensa_err_set(e, RENSA_E_RESOURCE, path, 0,
                  "not a rensa compiled lexicon, or damaged (rebuild it)");
    dict_lex_free(x);
    return NULL;
  }
  return x;
}
