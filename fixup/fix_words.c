/*
 * fix_words.c — restoring words: å/ä/ö lost to plain letters, OCR
 * confusions (6→ö, &→ä, é→ä/ö, …) and ambiguous pairs (for/för, ar/är/år).
 *
 * A noisy-channel decision per word.  Candidates come from the lexicon's
 * fold index (restoring diacritics on a/o/e) after applying confusion rules
 * tier by tier (dict/rules/confusions.rules), and from compounds of lexicon
 * words that Hunspell accepts.  Each candidate is scored by
 *   log P(cand | previous word) + log P(next word | cand) − channel cost,
 * where the channel cost comes from the rule costs, shifted by what this
 * document's own confident repairs show (é meaning ö in one file, ä in
 * another), and from the document's estimated rate of lost diacritics: a
 * word that is already right ("for" in a text that keeps its å/ä/ö) changes
 * only when the evidence outweighs that rate.
 *
 * Two passes: the first analyses every distinct word (cached) and gathers
 * the document's evidence; the second decides each occurrence in context.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fix_internal.h"
#include "utf8.h"

#define MAXCP 64          /* longest word (code points) we try to repair */
#define MAXC 8            /* candidates kept per word */
#define MAXRULES 4        /* rule applications per candidate */
#define MU 50.0           /* bigram smoothing towards unigram */
#define CHANGE_MARGIN 0.7 /* nats a valid word's rival must win by */
#define RESTORE_COST 0.3  /* per diacritic restored in a non-word */
#define COMPOUND_COST 0.8 /* a compound no word list holds */
#define WORK_PER_WORD 5000 /* variants and part look-ups tried per word */
#define NAME_MARGIN 2.0   /* extra margin for a capitalised word mid-sentence */
#define T4_TEXT_MIN 5u /* tier 4 on OCR text: a word of this count or more */
#define PART_BONUS 2.0    /* a suspended compound's head the document's compounds show */
#define PART_BONUS_ANY 1.5 /* any word of several readings, the same evidence */
#define PLACE_BONUS 5.0   /* a place name's element after "Norra", "Övre" ... */
#define FAMILY_W 0.3      /* an unseen word's count from its seen inflections */
#define FAMILY_RARE 20.0  /* ... when they are rare themselves */
#define TAIL_W 0.1        /* an unseen compound's count from its last part (tail_split) */
#define DOC_W 0.05        /* weight of this document's own confident words */
#define DOC_SEEN 5u    /* a word the statistics saw this often needs no document evidence */
#define DOC_SETTLED 2.0 /* ... below it, the document's certain forms count from this many */
#define RIVAL_USES 3      /* repairs using a rule before valid words get rivals by it */
#define USUAL_USES 5      /* ... before a rule is its letter's usual reading here */
#define USUAL_SHARE 0.8   /* (and its share among the rules undoing that letter) */

typedef struct Cand {
  char word[MAXCP * 4 + 1];
  float cost;             /* channel cost before document adjustment */
  uint32_t count;
  int rules[MAXRULES];    /* rule indices applied */
  int nrules;
  int nrestore;           /* diacritics restored on a/o/e */
  int compound;
  double eff;             /* count backed off to the family, for the LM */
  double doc;             /* the family's confident occurrences in this document */
  int consensus;          /* two different misreadings in the file give it */
  int place;              /* a place name's ending restored (place_part) */
} Cand;

typedef enum { A_SKIP, A_KNOWN, A_AMBIG, A_UNKNOWN } AKind;

typedef struct Analysis {
  AKind kind;
  int ncand;
  /* capcand slots (up to MAXC), allocated at the first candidate
   * (cand_add), owned: most words get none, and 2.5 KB of slots in every
   * analysis made the array of analyses 13 MB on all.txt, a page fault
   * per 4 KB. */
  Cand *cand;
  int capcand;
  uint32_t self_count;    /* lexicon count of the word itself */
  double self_eff, self_doc; /* as Cand.eff and Cand.doc, for the word itself */
  int has_dia;            /* the word itself has å/ä/ö */
  int listed;             /* a listed word or form, not only a Hunspell compound */
  int rivals_done;        /* rule rivals of a valid word looked for (pass 2) */
  int pending;            /* Hunspell not asked yet: see analyse() */
  int nocc;               /* occurrences in the document (doc_evidence) */
  int named;              /* its candidates are a name's readings alone
                           * (name_compound, name_parts): it votes in
                           * consensus() as a word with none does */
  int twins_known;        /* twins holds twin_cand of every candidate */
  unsigned twins;         /* (bit k: candidate k; decide, for a word that is
                           * no word, whose candidates no longer change) */
  /* The word, lowercase, cut at MAXCP * 4 bytes (owned): an array here
   * made an analysis 330 bytes, and the passes over all of them (and
   * decide's reads at random) missed the cache several times each. */
  char *low;
  /* A compound candidate's twin by its tail's å/ä/ö ("beroende|vården"
   * beside the chosen "beroende|värden"; owned, NULL for none), which
   * the document's compounds may prefer (decide), or a suspended head's
   * ("löne" beside "låne", head_twin); twin_k: that candidate. */
  char *twin;
  int twin_k;
  int twin_head;          /* twin is a suspended head's reading (head_twin) */
} Analysis;

/* The letters whose loss the document shows, indexed by dia_index(). */
enum { D_AE, D_AA, D_OE, D_N };

/* best_part's answer for a part of the word as printed (lowercase, no
 * letter fixed by a rule): the compound search splits the word itself and
 * each variant of one rule, and the parts on the side away from the
 * rule's site are the word's own again and again. */
typedef struct PartMemo {
  const char *best, *alt; /* (in the lexicon) NULL: none */
  uint32_t count;
  unsigned gen;           /* == Ctx.memo_gen: known for the current word */
} PartMemo;

typedef struct Ctx {
  const Fixer *f;
  StrMap *cache;          /* lowercase core -> analysis index */
  StrMap *seen;           /* core as printed -> analysis index (NULL: none):
                           * a repeated word skips lowercasing */
  Analysis *an;
  size_t nan, capan;
  size_t an_hint;         /* the first capacity of an: the document's words
                           * bound its distinct words (doubling from 1024
                           * copied it ten times on all.txt) */
  int *rule_used;         /* per rule: confident repairs using it */
  double *rule_adj;       /* per rule: document-adjusted cost shift */
  double loss;            /* P(a diacritic letter printed plain), overall */
  int lossy;              /* the document shows loss: valid words may change */
  int scanned;            /* the words come from rensa's own OCR: tier-4
                           * rules (confusions of binarised scans) apply */
  double lossl[D_N];      /* the same per letter: ä, å, ö */
  double dia_total[D_N];  /* estimated occurrences of each letter */
  double logN;
  double N;               /* exp(logN), the statistics' word count + 1 */
  size_t rivals;          /* rules this document's repairs use RIVAL_USES
                           * times or more (gen_rivals) */
  StrMap *parts;          /* parts of the compounds in doc beside a known
                           * word (doc_compound_part; made at first use) */
  int parts_made;
  StrMap *twinned;        /* the words in doubt between twins (tail_side):
                           * no evidence for either */
  StrMap *shown;          /* doc_shows_part's answers by stem */
  StrMap *capitals;       /* consonant skeleton -> how the document prints
                           * it inside sentences (writer_capital) */
  StrMap *doc;            /* words this document shows with certainty: with
                           * intact å/ä/ö, or repaired with one candidate */
  double ndoc;            /* words looked at in this document */
  int budget;             /* Hunspell calls left for the current word */
  long work;              /* lexicon look-ups left for the current word: an
                           * OCR token with dozens of confusable letters
                           * must not cost minutes (fuzz: fixup-timeout-*) */
  int cap;                /* the word being analysed starts with a capital */
  int nomem;              /* a candidate's slots could not be allocated */
  StrMap *fams;           /* word -> family(word, 0); NULL: none kept */
  StrMap *fams_doc;       /* word -> family(word, 1), the same (c->doc is
                           * complete before the first is asked) */
  unsigned memo_gen;      /* the word gen_candidates works on (PartMemo) */
  int compound2;          /* gen_rec: compounds of two rules too (gen_candidates) */
  int stand_in_parts;     /* try_compound: two listed parts make a word
                           * that printed a stand-in (gen_candidates' last
                           * try) */
  int hun_only;           /* try_compound: compounds Hunspell takes alone */
  PartMemo head[MAXCP + 1], tail[MAXCP + 1]; /* its parts [0, e), [s, n) */
  /* Per Latin-1 lowercase letter, the rules starting with it and the
   * insertions merged in file order, at with_ins[with_at[l]] (with_n[l]
   * of them): build_sites' list where insertions may go (made once, not
   * merged again at every letter of every word).  NULL: not made. */
  int *with_ins;
  uint32_t with_at[256], with_n[256];
} Ctx;

/* ---------------------------------------------------------- helpers */

/* tok = the first bl bytes of before, then mid, then after, cut to cap - 1
 * bytes as snprintf("%.*s%s%s") would (rebuilding a token costs no format
 * parse). */
static void join3(char *tok, size_t cap, const char *before, size_t bl, const char *mid,
                  const char *after) {
  size_t o = 0;
  const char *part[3] = {before, mid, after};
  size_t len[3] = {bl, strlen(mid), strlen(after)};
  for (int i = 0; i < 3; i++) {
    size_t l = len[i] < cap - 1 - o ? len[i] : cap - 1 - o;
    memcpy(tok + o, part[i], l);
    o += l;
  }
  tok[o] = '\0';
}

/* strlcpy: the hot paths copy words, snprintf("%s") costs a format parse. */
static void scopy(char *dst, size_t cap, const char *src) {
  size_t l = strlen(src);
  if (l >= cap) l = cap - 1;
  memcpy(dst, src, l);
  dst[l] = '\0';
}

/* (ASCII letters inline: most letters of the searches' hottest loops) */
static size_t to_cps(const char *s, uint32_t *cp, size_t max) {
  size_t i = 0, k = 0, n, len = strlen(s);
  while (i < len && k < max) {
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) {
      cp[k++] = b;
      i++;
      continue;
    }
    cp[k++] = utf8_decode(s + i, len - i, &n);
    i += n;
  }
  return i < len ? max + 1 : k;
}

static void from_cps(const uint32_t *cp, size_t k, char *out) {
  size_t o = 0;
  for (size_t i = 0; i < k; i++)
    if (cp[i] < 0x80) out[o++] = (char)cp[i];
    else o += utf8_encode(cp[i], out + o);
  out[o] = '\0';
}

static int is_dia(uint32_t c) {
  return c == 0xE5 || c == 0xE4 || c == 0xF6 || c == 0xC5 || c == 0xC4 || c == 0xD6;
}

static int dia_index(uint32_t c) {
  switch (c) {
    case 0xE4: case 0xC4: return D_AE;
    case 0xE5: case 0xC5: return D_AA;
    case 0xF6: case 0xD6: return D_OE;
    default: return -1;
  }
}

/* Unigram probability: the lexicon's count (with a floor for unseen
 * words) mixed with how often the document itself shows the word, a cache
 * model: a municipal word the Debian texts never use ("kommundirektör") is
 * still likely in a report that prints it intact, or repairs it with
 * certainty, elsewhere. */
static double p_uni(const Ctx *c, double eff, double doc) {
  double p = (eff + 0.5) / c->N;
  if (c->ndoc > 0) p += DOC_W * doc / c->ndoc;
  return p;
}

static uint32_t ctx_count(const Ctx *c, const char *w) {
  if (w[0] == '<') { /* (a word seldom begins so: no strcmp for the rest) */
    if (strcmp(w, "<s>") == 0) return (uint32_t)(c->N / 12);
    if (strcmp(w, "</s>") == 0) return (uint32_t)(c->N / 12);
    if (strcmp(w, "<num>") == 0) return (uint32_t)(c->N / 30);
  }
  return dict_lex_count(c->f->lex, w, strlen(w));
}

/* An occurrence's neighbours (NULL: none) with their counts, looked up
 * once for all the candidates scored between them. */
typedef struct Around {
  const char *prev, *next;
  uint32_t pc, nc;
} Around;

static Around around(const Ctx *c, const char *prev, const char *next) {
  Around ar = {prev, next, prev ? ctx_count(c, prev) : 0, next ? ctx_count(c, next) : 0};
  return ar;
}

/* log P(w | prev) + log P(next | w).  The pair table is filtered (pairs
 * seen twice, around ambiguous words, in a small corpus), so a pair it
 * lacks says nothing: it backs off to the unigram, and a pair it has can
 * only raise the estimate (interpolated towards the unigram). */
static double lm_score(const Ctx *c, const Around *ar, const char *w, double weff,
                       double wdoc) {
  double pw = p_uni(c, weff, wdoc);
  double s = 0;
  if (ar->prev) {
    uint32_t pc = ar->pc, pair = dict_lex_pair(c->f->lex, ar->prev, w);
    double p = pair ? (pair + MU * pw) / (pc + MU) : pw;
    s += log(p > pw ? p : pw);
  } else {
    s += log(pw);
  }
  if (ar->next) {
    uint32_t nc = ar->nc, pair = dict_lex_pair(c->f->lex, w, ar->next);
    double pn = (nc + 0.5) / c->N;
    double p = pair ? (pair + MU * pn) / (weff + MU) : pn;
    s += log(p > pn ? p : pn);
  }
  return s;
}

/* ---------------------------------------------------------- families */

/* Swedish inflection endings: the forms of one noun, verb or adjective
 * share a stem and differ by these.  Used only to back off a word the
 * statistics never saw to the forms of it they did see. */
static const char *const ENDINGS[] = {
    "",    "s",    "n",    "t",     "e",     "a",     "r",    "en",  "et", "er",
    "ar",  "or",   "na",   "ns",    "ts",    "es",    "ens",  "ets", "ers", "ars",
    "ors", "ena",  "erna", "arna",  "orna",  "ernas", "arnas", "ornas", "ande", "are"};
#define NENDINGS (sizeof ENDINGS / sizeof ENDINGS[0])

static double count_in(const Ctx *c, const char *w, size_t len, int doc) {
  if (!doc) return dict_lex_count(c->f->lex, w, len);
  uint32_t v = 0;
  return strmap_get(c->doc, w, len, &v) ? v : 0;
}

/* Summed count of word's family: word + each ending.  (Stripping an
 * ending first would reach other lemmas: "lågar" is not a form of "låg".)
 * The sums are remembered (c->fams, c->fams_doc): the decisions ask again
 * for each occurrence of a word, and each asks 30 forms of the lexicon,
 * cache misses nearly all. */
static double family(const Ctx *c, const char *word, int doc) {
  size_t wl = strlen(word);
  if (wl < 4 || wl > MAXCP * 4) return 0;
  uint32_t known;
  StrMap *memo = doc ? c->fams_doc : c->fams;
  if (memo && strmap_get(memo, word, wl, &known)) return known;
  char form[MAXCP * 4 + 8];
  double sum = 0;
  memcpy(form, word, wl);
  uint64_t h[NENDINGS];
  if (!doc) /* (the forms hashed first: their reads overlap) */
    for (size_t i = 0; i < NENDINGS; i++) {
      size_t el = strlen(ENDINGS[i]);
      memcpy(form + wl, ENDINGS[i], el);
      h[i] = dict_lex_hash(form, wl + el);
      dict_lex_prefetch(c->f->lex, h[i], 0);
    }
  for (size_t i = 0; i < NENDINGS; i++) {
    size_t el = strlen(ENDINGS[i]);
    memcpy(form + wl, ENDINGS[i], el + 1);
    sum += doc ? count_in(c, form, wl + el, doc) : dict_lex_count_h(c->f->lex, form, wl + el, h[i]);
  }
  /* (a failed store, or a sum past 32 bits, is only asked again) */
  if (memo && sum <= UINT32_MAX) (void)strmap_put(memo, word, wl, (uint32_t)sum);
  return sum;
}

/* The LM's count of a word: its own if the statistics saw it, else a
 * share of its family's count fam (family(c, w, 0)). */
static double eff_count(uint32_t count, double fam) {
  if (count) return count;
  /* A family the statistics know well while this form stays unseen says
   * the form is rare ("behöv" beside "behöver"), not that the statistics
   * lack the word. */
  return fam < FAMILY_RARE ? FAMILY_W * fam : 0;
}

/* ---------------------------------------------------------- candidates */

/* (small: a word has a few hundred; gen_run reads the rule's TO, tier
 * and kind from the rule table once a run) */
typedef struct Site {
  unsigned char pos, len; /* code points replaced (pos < MAXCP) */
  int rule;
} Site;

/* Does rule FROM match cps at pos?  Lowercase rule letters match either
 * case; a capital in the rule must match exactly. */
static size_t rule_match(const uint32_t *rf, size_t nrf, const uint32_t *orig,
                         size_t n, size_t pos) {
  if (pos + nrf > n) return 0;
  for (size_t i = 0; i < nrf; i++) {
    uint32_t r = rf[i], o = orig[pos + i];
    /* (ASCII inline, as uc_is_upper and uc_lower have it: nearly every
     * letter, of the commonest call of the search) */
    int up = r < 0x80 ? r - 'A' < 26u : uc_is_upper(r);
    if (up ? o != r : (o < 0x80 ? (o - 'A' < 26u ? o + 32 : o) : uc_lower(o)) != r) return 0;
  }
  return nrf;
}

/* Add word to a's candidates, or lower its cost; c->nomem set when its
 * slots cannot be allocated. */
static void cand_add(Ctx *c, Analysis *a, const char *word, float cost, uint32_t count,
                     const int *rules, int nrules, int nrestore, int compound) {
  /* (two slots first, then MAXC: most words that get candidates get one
   * or two, and MAXC of 330 bytes each were 6 MB of fresh heap on
   * all.txt) */
  if (a->ncand == a->capcand && a->capcand < MAXC) {
    int nc = a->capcand ? MAXC : 2;
    Cand *k = realloc(a->cand, (size_t)nc * sizeof *k);
    if (!k) {
      c->nomem = 1;
      return;
    }
    a->cand = k;
    a->capcand = nc;
  }
  for (int i = 0; i < a->ncand; i++) {
    if (strcmp(a->cand[i].word, word) == 0) {
      if (cost < a->cand[i].cost) {
        a->cand[i].cost = cost;
        memcpy(a->cand[i].rules, rules, sizeof(int) * (size_t)nrules);
        a->cand[i].nrules = nrules;
        a->cand[i].nrestore = nrestore;
      }
      return;
    }
  }
  int slot = a->ncand;
  if (slot == MAXC) {
    /* Replace the worst if this one is better. */
    int worst = 0;
    for (int i = 1; i < MAXC; i++)
      if (a->cand[i].cost - 0.3 * log(a->cand[i].count + 1.0) >
          a->cand[worst].cost - 0.3 * log(a->cand[worst].count + 1.0))
        worst = i;
    if (cost - 0.3 * log(count + 1.0) >=
        a->cand[worst].cost - 0.3 * log(a->cand[worst].count + 1.0))
      return;
    slot = worst;
  } else {
    memset(&a->cand[slot], 0, sizeof a->cand[slot]); /* (a replaced one keeps the rest) */
    a->ncand++;
  }
  Cand *k = &a->cand[slot];
  scopy(k->word, sizeof k->word, word);
  k->cost = cost;
  k->count = count;
  memcpy(k->rules, rules, sizeof(int) * (size_t)nrules);
  k->nrules = nrules;
  k->nrestore = nrestore;
  k->compound = compound;
  k->place = 0;
}

/* A variant's fold key, with where each letter's fold starts in it: the
 * key of a part v[s..e) is key[off[s] .. off[e]), made once per variant
 * for the variant and all the parts the compound splitter tries. */
typedef struct Fold {
  char key[MAXCP * 4 + 1];
  size_t len;             /* of key */
  size_t off[MAXCP + 1];  /* (gen_rec sets key and len alone, and calls
                           * fold_variant before what needs these) */
} Fold;

static void fold_variant(const uint32_t *v, size_t n, Fold *fd) {
  fd->len = dict_fold_cps(v, n, fd->key, fd->off);
}

/* Does a lexicon lookup_variant reads hold any word with fold key key? */
static int variants_exist(const Ctx *c, const char *key, size_t kl) {
  return dict_lex_variants(c->f->lex, key, kl, NULL, NULL, 0) ||
         (c->cap && dict_lex_variants(c->f->names, key, kl, NULL, NULL, 0));
}

/* Lexicon words compatible with variant v (fold key key, kl bytes): same
 * fold, and at positions fixed by a rule (exact[i]) the same letter.  Adds
 * them to a. */
static int lookup_variant(Ctx *c, Analysis *a, const uint32_t *v, const int *exact,
                          size_t n, const char *key, size_t kl, float cost, const int *rules,
                          int nrules, const char *self) {
  const char *found[16];
  uint32_t counts[16];
  int added = 0;
  for (int lexi = 0; lexi < (c->cap ? 2 : 1); lexi++) {
  const DictLex *lx = lexi ? c->f->names : c->f->lex;
  size_t nf = dict_lex_variants(lx, key, kl, found, counts, 16);
  if (nf > 16) nf = 16;
  for (size_t i = 0; i < nf; i++) {
    if (self && strcmp(found[i], self) == 0) continue;
    uint32_t w[MAXCP + 1];
    if (to_cps(found[i], w, MAXCP) != n) continue;
    int ok = 1, restore = 0;
    for (size_t j = 0; j < n && ok; j++) {
      if (w[j] == v[j]) continue;
      if (exact[j]) ok = 0;
      else if (is_dia(w[j]) || w[j] == 0xE9) restore++;
      else ok = 0; /* folds alike but is another letter: not a restoration */
    }
    if (!ok) continue;
    /* (the counts are the word lexicon's, for a name too) */
    uint32_t cnt = lexi ? dict_lex_count(c->f->lex, found[i], strlen(found[i])) : counts[i];
    cand_add(c, a, found[i], cost + (float)(RESTORE_COST * restore), cnt, rules,
             nrules, restore, 0);
    added++;
  }
  }
  return added;
}

/* Best realisation of fold key part [s, e) of v (fold fd): the most
 * frequent lexicon word with that fold compatible with v (exact positions
 * kept).  alt (may be NULL) gets the next best, or "" when there is none:
 * the compound the best makes may be one Hunspell refuses
 * ("företags|halsa", where "hälsa" makes the word). */
/* (h: the part's fold key's dict_lex_hash, or 0 to make it there) */
static void best_part_of(const Ctx *c, const uint32_t *v, const int *exact, const Fold *fd,
                         size_t s, size_t e, uint64_t h, PartMemo *pm);

static int best_part(Ctx *c, const uint32_t *v, const int *exact, const Fold *fd,
                     size_t s, size_t e, uint64_t h, char *out, uint32_t *count, char *alt) {
  if (alt) alt[0] = '\0';
  if (c->work-- <= 0) return 0;
  PartMemo pm;
  best_part_of(c, v, exact, fd, s, e, h, &pm);
  if (pm.best) strcpy(out, pm.best);
  if (alt && pm.alt) strcpy(alt, pm.alt);
  *count = pm.count;
  return pm.best != NULL;
}

/* best_part for a part of the word as printed, from c's memo: [0, e)
 * when head, else [s, n).  (The work is counted as for a look-up.) */
static int best_part_memo(Ctx *c, const uint32_t *v, const int *exact, const Fold *fd,
                          size_t s, size_t e, uint64_t h, int head, size_t src, char *out,
                          uint32_t *count, char *alt) {
  alt[0] = '\0';
  if (c->work-- <= 0) return 0;
  PartMemo *pm = head ? &c->head[src] : &c->tail[src];
  if (pm->gen != c->memo_gen) {
    best_part_of(c, v, exact, fd, s, e, h, pm);
    pm->gen = c->memo_gen;
  }
  if (pm->best) strcpy(out, pm->best);
  if (pm->alt) strcpy(alt, pm->alt);
  *count = pm->count;
  return pm->best != NULL;
}

/* Of the nf lexicon words found[] (counts[]), the best and next best
 * realisation of the len letters v[0, len) (exact positions kept), each
 * followed by the letter last when last is not 0, into pm. */
static void pick_part(const char *const *found, const uint32_t *counts, size_t nf,
                      const uint32_t *v, const int *exact, size_t len, uint32_t last,
                      PartMemo *pm) {
  uint32_t best = 0;
  double best_sc = 0, alt_sc = 0;
  const char *best_w = NULL, *alt_w = NULL;
  for (size_t i = 0; i < nf; i++) {
    uint32_t w[MAXCP + 1];
    if (to_cps(found[i], w, MAXCP) != len + (last != 0) || (last && w[len] != last)) continue;
    int ok = 1;
    for (size_t j = 0; j < len && ok; j++)
      if (w[j] != v[j] && (exact[j] || !(is_dia(w[j]) || w[j] == 0xE9))) ok = 0;
    if (!ok) continue;
    uint32_t cnt = counts[i];
    /* Each restored letter must pay for itself: "matta" as printed, not
     * the commoner "måtta", unless the statistics strongly prefer it. */
    int changed = 0, prior = 0;
    for (size_t j = 0; j < len; j++) {
      changed += w[j] != v[j];
      /* (a tie, parts the statistics never saw, goes to ä over å, the
       * commoner letter in Swedish: "sjö|ängs|skolan", not "ångs") */
      prior += (w[j] == 0xE4) - (w[j] == 0xE5 && v[j] != 0xE5);
    }
    double sc = log(cnt + 1.0) - 1.5 * changed + 1e-3 * prior;
    if (!best_w || sc > best_sc) {
      alt_w = best_w;
      alt_sc = best_sc;
      best = cnt;
      best_sc = sc;
      best_w = found[i];
    } else if (!alt_w || sc > alt_sc) {
      alt_w = found[i];
      alt_sc = sc;
    }
  }
  pm->best = best_w;
  pm->alt = alt_w;
  pm->count = best;
}

/* best_part's look-up: the best and next best words (NULL: none). */
static void best_part_of(const Ctx *c, const uint32_t *v, const int *exact, const Fold *fd,
                         size_t s, size_t e, uint64_t h, PartMemo *pm) {
  const char *found[16];
  uint32_t counts[16];
  const char *key = fd->key + fd->off[s];
  size_t kl = fd->off[e] - fd->off[s];
  size_t nf = dict_lex_variants_h(c->f->lex, key, kl, h ? h : dict_lex_hash(key, kl), found,
                                  counts, 16);
  pick_part(found, counts, nf > 16 ? 16 : nf, v + s, exact + s, e - s, 0, pm);
}

/* A compound's head in the form that drops a word's final e ("markägar|
 * förhandlingarna" of "markägare", "skol|gården" has its own): the best
 * lexicon word that is v[0, e) and an "e", as best_part_of picks, into
 * out without the e.  1 when there is one. */
static int best_head_e(Ctx *c, const uint32_t *v, const int *exact, const Fold *fd, size_t e,
                       char *out, uint32_t *count) {
  char key[MAXCP * 4 + 2];
  size_t kl = fd->off[e];
  if (e < 3 || kl + 2 > sizeof key || c->work-- <= 0) return 0;
  memcpy(key, fd->key, kl);
  key[kl++] = 'e';
  const char *found[16];
  uint32_t counts[16];
  size_t nf = dict_lex_variants(c->f->lex, key, kl, found, counts, 16);
  PartMemo pm;
  pick_part(found, counts, nf > 16 ? 16 : nf, v, exact, e, 'e', &pm);
  if (!pm.best) return 0;
  size_t bl = strlen(pm.best) - 1;   /* (less the "e") */
  memcpy(out, pm.best, bl);
  out[bl] = '\0';
  *count = pm.count;
  return 1;
}

/* Try v as a compound of two or three lexicon words (with an optional
 * linking "s" or "e"), checked by Hunspell.  Adds a candidate. */
/* How many letters of word differ from v[0, n) at the same place (the
 * letters a variant of v restored). */
static int restored(const char *word, const uint32_t *v, size_t n) {
  uint32_t w[MAXCP + 1];
  size_t k = to_cps(word, w, MAXCP);
  int r = 0;
  for (size_t q = 0; q < k && q < n; q++) r += w[q] != v[q];
  return r;
}

/* Did one of the rules undo a character no Swedish word has inside it
 * (a figure, a sign, an accent: "6", "&", "é")? */
static int stand_in_rules(const Ctx *c, const int *rules, int nrules) {
  for (int i = 0; i < nrules; i++) {
    const DictSub *r = &c->f->rules->subs[rules[i]];
    for (size_t k = 0; k < r->nfrom; k++) {
      uint32_t ch = uc_lower(r->from_cp[k]);
      if (!((ch >= 'a' && ch <= 'z') || ch == 0xE5 || ch == 0xE4 || ch == 0xF6)) return 1;
    }
  }
  return 0;
}

/* Are x and y twins: the same letters but for å/ä/ö, one of them for
 * another of its kind or for the a/o it may have lost (å, ä and a; ö and
 * o), in at least one place?  (twin_cand's test, and try_compound's for
 * a compound's tail.) */
static int dia_twins(const char *x, const char *y) {
  uint32_t a[MAXCP + 1], b[MAXCP + 1];
  size_t na = to_cps(x, a, MAXCP), nb = to_cps(y, b, MAXCP), diff = 0;
  if (na != nb || na > MAXCP) return 0;
  for (size_t i = 0; i < na; i++) {
    if (a[i] == b[i]) continue;
    if (!(is_dia(a[i]) || a[i] == 'a' || a[i] == 'o') || !(is_dia(b[i]) || b[i] == 'a' || b[i] == 'o') ||
        (a[i] == 0xF6 || a[i] == 'o') != (b[i] == 0xF6 || b[i] == 'o'))
      return 0;
    diff++;
  }
  return diff > 0;
}

/* (Parts [0, e) with e <= head_upto and [s, n) with s >= tail_from are
 * the word's as printed, its [0, e) and [s + shift, src_n): best_part
 * answers them from c's memo.  head_upto 0 and tail_from > n: none.) */
static int try_compound(Ctx *c, Analysis *a, const uint32_t *v, const int *exact,
                        size_t n, const Fold *fd, float cost, const int *rules,
                        int nrules, size_t head_upto, size_t tail_from, long shift,
                        size_t src_n) {
  if (n < 7 || c->budget <= 0) return 0;
  char p1[MAXCP * 4 + 1], p2[MAXCP * 4 + 1], a1[MAXCP * 4 + 1], a2[MAXCP * 4 + 1];
  char word[MAXCP * 8 + 2];
  uint32_t c1, c2;
  int found = 0;
  char fb[MAXCP * 8 + 2] = "";   /* a compound only the lexicon vouches for */
  uint32_t fbc = 0;
  /* The parts the loop may look up, hashed and asked for first (their
   * cache misses overlap): heads [0, i), tails [i, n), but not those c's
   * memo holds (0: not hashed). */
  uint64_t hh[MAXCP + 1], ht[MAXCP + 1];
  for (size_t i = 3; i + 3 <= n; i++) {
    hh[i] = ht[i] = 0;
    if (i > head_upto || c->head[i].gen != c->memo_gen) {
      hh[i] = dict_lex_hash(fd->key, fd->off[i]);
      dict_lex_prefetch(c->f->lex, hh[i], 1);
    }
    size_t si = (size_t)((long)i + shift);
    if (!(i >= tail_from && n - i == src_n - si && c->tail[si].gen == c->memo_gen)) {
      ht[i] = dict_lex_hash(fd->key + fd->off[i], fd->off[n] - fd->off[i]);
      dict_lex_prefetch(c->f->lex, ht[i], 1);
    }
  }
  for (size_t i = 3; i + 3 <= n && c->budget > 0; i++) {
    int ehead = 0;
    if (!(i <= head_upto ? best_part_memo(c, v, exact, fd, 0, i, hh[i], 1, i, p1, &c1, a1)
                         : best_part(c, v, exact, fd, 0, i, hh[i], p1, &c1, a1))) {
      /* (a head of six letters or more in its compound form, Hunspell's
       * to vouch for: no last guess is made of it) */
      if (i < 6 || !best_head_e(c, v, exact, fd, i, p1, &c1)) continue;
      a1[0] = '\0';
      ehead = 1;
    }
    for (int link = 0; link <= 1; link++) {
      size_t j = i + (size_t)link;
      if (link && v[i] != 's' && v[i] != 'e') continue;
      if (j + 3 > n) continue;
      size_t sj = (size_t)((long)j + shift); /* (the tail whole, not cut at MAXCP) */
      if (!(j >= tail_from && n - j == src_n - sj
                ? best_part_memo(c, v, exact, fd, j, n, ht[j], 0, sj, p2, &c2, a2)
                : best_part(c, v, exact, fd, j, n, ht[j], p2, &c2, a2)))
        continue;
      /* the best parts, else the tail's or the head's next best */
      const char *h = p1, *t = p2;
      int ok = 0;
      for (int alt = 0; alt < 3 && !ok && c->budget > 0; alt++) {
        h = alt == 2 ? a1 : p1;
        t = alt == 1 ? a2 : p2;
        if (!*h || !*t) continue;
        snprintf(word, sizeof word, "%s%s%s", h, link ? (v[i] == 's' ? "s" : "e") : "", t);
        if (strlen(word) > MAXCP * 4) continue;
        c->budget--;
        ok = dict_hun_spell(c->f->hun, word);
      }
      if (!ok) {
        /* Hunspell's compounding is strict ("översiktsplane|arbetet" is
         * refused): two parts of six letters or more that the statistics
         * both know make the last guess, if no split Hunspell takes does,
         * for a variant of the printed length (no letter put in: a clean
         * "timmarspass" is no "timmarså|pass"). */
        size_t l1 = utf8_len(p1, strlen(p1)), l2 = utf8_len(p2, strlen(p2));
        /* ... and so do two listed parts (a tail of four letters or more)
         * when the word printed a stand-in no Swedish word has ("nédvatten":
         * "nöd|vatten"): the word as printed is damaged for certain. */
        /* (a head of eight letters or more the lexicon lists will do
         * unseen: "skolpsykolog|tjänst") */
        int sure = (c1 || l1 >= 8) && c2 && l1 >= 6 && l2 >= 6;
        sure |= c->stand_in_parts && l1 >= 3 && l2 >= 4 && stand_in_rules(c, rules, nrules);
        if (!c->hun_only && !*fb && sure && n == src_n && !ehead) {
          snprintf(fb, sizeof fb, "%s%s%s", p1, link ? (v[i] == 's' ? "s" : "e") : "", p2);
          fbc = c1 < c2 ? c1 : c2;
        }
        continue;
      }
      int restore = restored(word, v, n);
      uint32_t ch = h == p1 ? c1 : dict_lex_count(c->f->lex, h, strlen(h));
      uint32_t ct = t == p2 ? c2 : dict_lex_count(c->f->lex, t, strlen(t));
      cand_add(c, a, word, cost + (float)(RESTORE_COST * restore + COMPOUND_COST),
               ch < ct ? ch : ct, rules, nrules, restore, 1);
      found++;
      /* (the tail's twin by å/ä/ö, which its statistics put second,
       * "beroende|vården" beside "beroende|värden", kept aside for the
       * document's compounds to choose: decide, tail_side) */
      if (t == p2 && *a2 && !a->twin && dia_twins(p2, a2) && c->budget > 0) {
        char tw[MAXCP * 8 + 2];
        snprintf(tw, sizeof tw, "%s%s%s", h, link ? (v[i] == 's' ? "s" : "e") : "", a2);
        c->budget--;
        if (strlen(tw) <= MAXCP * 4 && dict_hun_spell(c->f->hun, tw))
          for (int k = 0; k < a->ncand; k++)
            if (!strcmp(a->cand[k].word, word)) {
              a->twin = strdup(tw);
              if (!a->twin) c->nomem = 1;
              a->twin_k = k;
              break;
            }
      }
    }
    /* (every split that works: "bas|sångtekniken" and "bassäng|tekniken") */
  }
  if (!found && *fb && strlen(fb) <= MAXCP * 4) {
    int restore = restored(fb, v, n);
    cand_add(c, a, fb, cost + (float)(RESTORE_COST * restore + COMPOUND_COST + 1.0), fbc, rules,
             nrules, restore, 1);
    found++;
  }
  return found;
}

/* Can word be a compound at all?  Its last part is a word form of its own
 * (three letters or more); a cheap lexicon test before Hunspell's costly
 * compound search. */
static int known_tail(const Ctx *c, const char *word) {
  size_t l = strlen(word);
  uint64_t h[MAXCP * 8 + 2];
  int hashed = l <= MAXCP * 8; /* (a longer word is looked up plainly) */
  for (size_t i = 1; hashed && i + 3 <= l; i++) /* (hashed first: their reads overlap) */
    if (((unsigned char)word[i] & 0xC0) != 0x80) {
      h[i] = dict_lex_hash(word + i, l - i);
      dict_lex_prefetch(c->f->lex, h[i], 0);
    }
  for (size_t i = 1; i + 3 <= l; i++) {
    if (((unsigned char)word[i] & 0xC0) == 0x80) continue; /* inside a letter */
    if (hashed ? dict_lex_known_h(c->f->lex, word + i, l - i, h[i])
               : dict_lex_known(c->f->lex, word + i, l - i))
      return 1;
  }
  return 0;
}

/* The a and o of v[0, n) that no rule fixed (exact, or NULL: none) into
 * pos[0..3); returns how many, or 0 when there are more than three (too
 * many to try: at most 27 combinations).  *combos gets the number of
 * combinations of their readings, the one reading them as printed
 * included. */
static size_t restore_sites(const uint32_t *v, const int *exact, size_t n, size_t *pos,
                            int *combos) {
  size_t np = 0;
  for (size_t i = 0; i < n; i++)
    if ((!exact || !exact[i]) && (v[i] == 'a' || v[i] == 'o')) {
      if (np == 3) return 0;
      pos[np++] = i;
    }
  *combos = 1;
  for (size_t k = 0; k < np; k++) *combos *= v[pos[k]] == 'a' ? 3 : 2;
  return np;
}

/* Combination m of restore_sites' readings (each a as a, ä or å, each o
 * as o or ö: mixed-radix counting) applied to v[0, n) into w; returns how
 * many letters it restored. */
static int restore_combo(const uint32_t *v, size_t n, const size_t *pos, size_t np, int m,
                         uint32_t *w) {
  memcpy(w, v, n * sizeof *v);
  int rest = 0;
  for (size_t k = 0; k < np; k++) {
    int radix = v[pos[k]] == 'a' ? 3 : 2, d = m % radix;
    m /= radix;
    if (d) {
      rest++;
      w[pos[k]] = v[pos[k]] == 'a' ? (d == 1 ? 0xE4 : 0xE5) : 0xF6;
    }
  }
  return rest;
}

/* Last resort for a compound the splitter cannot cut (three parts,
 * "cyber|säkerhets|lagen"): restore å/ä/ö on up to three a/o of v in every
 * combination, fewest restorations first, and ask Hunspell. */
static int try_restore_all(Ctx *c, Analysis *a, const uint32_t *v, const int *exact,
                           size_t n, float cost, const int *rules, int nrules) {
  size_t pos[3];
  int combos;
  size_t np = restore_sites(v, exact, n, pos, &combos);
  if (np == 0 || n < 8) return 0;
  for (int want = 1; want <= (int)np; want++) {
    int found = 0;
    for (int m = 1; m < combos && c->budget > 0; m++) {
      uint32_t w[MAXCP + 1];
      int rest = restore_combo(v, n, pos, np, m, w);
      if (rest != want) continue;
      char word[MAXCP * 4 + 1];
      from_cps(w, n, word);
      if (!known_tail(c, word)) continue;
      c->budget--;
      if (!dict_hun_spell(c->f->hun, word)) continue;
      cand_add(c, a, word, cost + (float)(RESTORE_COST * rest + COMPOUND_COST + 0.5), 0,
               rules, nrules, rest, 1);
      found++;
    }
    if (found) return found;
  }
  return 0;
}

#define SITE_KEY 28       /* bytes of a site replacement's fold: 7 letters */

/* A site a run may use, with all gen_rec reads of it at every step in one
 * place: where it goes, its replacement and that replacement's fold, and
 * the cost it adds. */
typedef struct Live {
  size_t pos, len;        /* code points replaced */
  const uint32_t *to;     /* the replacement, nto code points */
  size_t nto;
  int rule;
  int insertion;
  float add;              /* (float)(the rule's cost + its document shift) */
  unsigned char klen;     /* bytes of key */
  char key[SITE_KEY];     /* the fold of to */
} Live;

typedef struct Gen {
  Ctx *c;
  Analysis *a;
  const uint32_t *orig;   /* original case */
  size_t n;
  Site *sites;
  size_t nsites;
  int maxtier;
  int found;
  int compound_ok;
  const char *self;
  int min_used;           /* only rules this document's repairs used so often */
  int whole;              /* last pass: only Hunspell on whole variants with
                           * exactly this many rules applied */
  struct Votes *vote;     /* consensus pass (see consensus) */
  long voter;             /* the analysis voting, -1 to read the votes */
  const uint32_t *lower;  /* orig lowercased (set by gen_run) */
  int maxrules;           /* rules applied at most (0: 3) */
  /* Set by gen_run: the sites this run may use (tier and document use
   * allow them), in order, and for each position p of the word the first
   * of them at p or later; gen_rec steps over these alone. */
  const Live *live;
  size_t nlive;
  const size_t *live_from;
  const char *tkey;       /* the fold of the lowercase source ... */
  const size_t *toff;     /* ... where each letter's fold starts in it */
  const size_t *next_ni;  /* per live index q (to nlive), the first live
                           * site at q or later that is no insertion: after
                           * an insertion the search steps over these */
  const Live **path;      /* the sites applied on the way to the current
                           * node, in order (one per rule applied) */
  int plain;              /* whole pass: only variants of plain letters */
} Gen;

static int try_whole(Ctx *c, Analysis *a, const uint32_t *v, size_t n, float cost,
                     const int *rules, int nrules) {
  char word[MAXCP * 4 + 1];
  from_cps(v, n, word);
  if (!known_tail(c, word)) return 0;
  c->budget--;
  if (!dict_hun_spell(c->f->hun, word)) return 0;
  cand_add(c, a, word, cost + (float)COMPOUND_COST, 0, rules, nrules, 0, 1);
  return 1;
}

/* One variant in the consensus pass: who voted first, at what cost, and
 * the cheapest vote of a different misreading (NO_VOTE until there is
 * one: the document's evidence can make a rule's cost negative). */
#define NO_VOTE FLT_MAX
typedef struct Vote {
  long voter;
  float cost, other;
  int plain;              /* voter's vote restores lost marks alone */
  int nagree;             /* other misreadings that voted for it */
  int joined;             /* of them, those that joined a restore's vote */
  long lastv;             /* (the last of them, to count each once) */
} Vote;

typedef struct Votes {
  StrMap *map;            /* variant -> index into v */
  Vote *v;
  size_t n, cap;
  int join_plain;         /* votes only join a restore's vote (consensus) */
} Votes;

/* Has a a candidate that is v with one or more of v's a and o
 * restored to å/ä/ö, and nothing else changed? */
static int marks_lost(const uint32_t *v, const uint32_t *e, size_t m, int *lost);

static int more_marked(const Analysis *a, const uint32_t *v, size_t n) {
  for (int k = 0; k < a->ncand; k++) {
    uint32_t w[MAXCP + 2];
    int lost;
    if (to_cps(a->cand[k].word, w, MAXCP) == n && marks_lost(v, w, n, &lost) && lost) return 1;
  }
  return 0;
}

/* Consensus pass: analysis g->voter votes for a variant with å/ä/ö at the
 * variant's rule cost; with g->voter < 0 a variant that two different
 * misreadings voted for becomes a candidate, costed by both votes (so both
 * words choose the same reading). */
static void vote_variant(Gen *g, const uint32_t *v, size_t n, float cost, const int *rules,
                         int nrules) {
  int dia = 0;
  for (size_t i = 0; i < n; i++) dia |= is_dia(v[i]);
  if (!dia || n < 5) return;
  char word[MAXCP * 4 + 1];
  from_cps(v, n, word);
  size_t wl = strlen(word);
  Votes *vs = g->vote;
  uint32_t idx = 0;
  int have = strmap_get(vs->map, word, wl, &idx);
  if (g->voter < 0) {
    /* (not over a reading the word has already that restores more marks
     * than the variant: the name's "Sjö|ängs|gymnasiet" beside the
     * agreement of "Sj6angs..." and "Sjéangs..." on "Sjöangs...") */
    /* (a restore's vote joined by one tier-2 reading alone is no
     * agreement: "Halleback" three times beside one "Hilleback" is no
     * "Hälleback") */
    if (have && vs->v[idx].other != NO_VOTE &&
        (vs->v[idx].nagree > vs->v[idx].joined || vs->v[idx].joined >= 2) &&
        !more_marked(g->a, v, n)) {
      cand_add(g->c, g->a, word, vs->v[idx].cost + vs->v[idx].other, 0, rules, nrules, 0, 0);
      for (int k = 0; k < g->a->ncand; k++)
        if (strcmp(g->a->cand[k].word, word) == 0) g->a->cand[k].consensus = 1;
      g->found++;
    }
    return;
  }
  if (!have) {
    if (vs->join_plain) return;
    if (vs->n == vs->cap) {
      size_t nc = vs->cap ? vs->cap * 2 : 256;
      Vote *nv = realloc(vs->v, nc * sizeof *nv);
      if (!nv) return; /* a vote lost: only a candidate fewer */
      vs->v = nv;
      vs->cap = nc;
    }
    if (strmap_put(vs->map, word, wl, (uint32_t)vs->n)) return;
    vs->v[vs->n++] = (Vote){g->voter, cost, NO_VOTE, nrules == 0, 0, 0, -1};
    return;
  }
  Vote *x = &vs->v[idx];
  if (vs->join_plain && (!x->plain || x->voter == g->voter)) return;
  if (x->voter == g->voter) {
    if (cost < x->cost) x->cost = cost;
    if (nrules) x->plain = 0;
  } else if (strcmp(g->c->an[x->voter].low, g->c->an[g->voter].low) != 0) {
    if (cost < x->other) x->other = cost;
    if (x->lastv != g->voter) x->nagree++, x->joined += vs->join_plain;
    x->lastv = g->voter;
  }
}

/* Write the variant out unless *built says it is: the source with the
 * nrules sites of g->path applied, up to src_pos, then tail letters of the
 * source from src_pos.  (Made from the path for the few variants read
 * letter by letter, rather than carried letter by letter down the search
 * to every node.) */
static void write_out(const Gen *g, int nrules, size_t src_pos, size_t tail, uint32_t *out,
                      int *ex, int *built) {
  if (*built) return;
  size_t k = 0, s = 0;
  for (int d = 0; d < nrules; d++) {
    const Live *st = g->path[d];
    for (; s < st->pos; s++) {
      out[k] = g->lower[s];
      ex[k++] = 0;
    }
    for (size_t i = 0; i < st->nto; i++) {
      out[k] = st->to[i];
      ex[k++] = 1;
    }
    s = st->pos + st->len;
  }
  for (size_t i = 0; i < tail; i++) {
    out[k + i] = g->lower[src_pos + i];
    ex[k + i] = 0;
  }
  *built = 1;
}

/* Is v all a-z, å, ä, ö, as a repaired Swedish word mostly is? */
static int plain_letters(const uint32_t *v, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!((v[i] >= 'a' && v[i] <= 'z') || is_dia(v[i]))) return 0;
  return 1;
}

/* Depth-first over non-overlapping rule sites; each leaf is a variant of
 * vn letters before src_pos (the sites of g->path applied), then the rest
 * of the source; pk[0..pkl) is the fold key of those vn letters. */
static void gen_rec(Gen *g, size_t from_site, size_t vn, char *pk, size_t pkl, size_t src_pos,
                    float cost, int *rules, int nrules, int ins) {
  if (g->c->work-- <= 0) return;
  /* The variant: its first vn letters, then the rest of the source (cut
   * at MAXCP letters), written out only when something needs it letter
   * by letter. */
  uint32_t out[MAXCP * 2];
  int ex[MAXCP * 2];
  size_t tail = g->n - src_pos < MAXCP - vn ? g->n - src_pos : MAXCP - vn;
  size_t on = vn + tail;
  int built = 0;
  if (nrules > 0 || g->maxtier == 1) {
    int got = 0;
    if (g->vote) {
      write_out(g, nrules, src_pos, tail, out, ex, &built);
      if (nrules >= 1) vote_variant(g, out, on, cost, rules, nrules);
      goto deeper;
    }
    if (g->whole) {
      write_out(g, nrules, src_pos, tail, out, ex, &built);
      if (nrules == g->whole && g->c->budget > 0 && (!g->plain || plain_letters(out, on)))
        got = try_whole(g->c, g->a, out, on, cost, rules, nrules);
      g->found += got;
      if (nrules >= g->whole) return;
      goto deeper;
    }
    /* The variant's fold key: its prefix's, kept along the search, and
     * the fold of the rest of the source, made once in gen_run (a fold is
     * letter by letter); nearly every key is one the lexicon lacks.  (The
     * rest goes right after the prefix in pk: the children write their
     * own keys over it.) */
    size_t tb = g->toff[src_pos], te = g->toff[src_pos + tail];
    memcpy(pk + pkl, g->tkey + tb, te - tb);
    size_t kl = pkl + te - tb;
    if (variants_exist(g->c, pk, kl)) {
      write_out(g, nrules, src_pos, tail, out, ex, &built);
      got = lookup_variant(g->c, g->a, out, ex, on, pk, kl, cost, rules, nrules, g->self);
    }
    /* (try_compound's own first test, before the offsets are made) */
    if (!got && g->compound_ok && (nrules <= 1 || (nrules == 2 && g->c->compound2)) && on >= 7 &&
        g->c->budget > 0) {
      Fold fd;
      write_out(g, nrules, src_pos, tail, out, ex, &built);
      fold_variant(out, on, &fd);
      /* (the word as printed before the site and after it) */
      const Live *st = nrules ? g->path[0] : NULL;
      got = try_compound(g->c, g->a, out, ex, on, &fd, cost, rules, nrules,
                         st ? st->pos : on, st ? st->pos + st->nto : 0,
                         st ? (long)st->len - (long)st->nto : 0, g->n);
    }
    /* Only for the word as printed: restoring on top of rule variants
     * multiplies Hunspell calls for little gain. */
    if (!got && g->compound_ok && nrules == 0) {
      write_out(g, nrules, src_pos, tail, out, ex, &built);
      got = try_restore_all(g->c, g->a, out, ex, on, cost, rules, nrules);
    }
    g->found += got;
  }
deeper:
  if (nrules >= (g->maxrules ? g->maxrules : 3)) return;
  /* (from_site counts live sites; those before live_from[src_pos] lie
   * before src_pos) */
  size_t first = src_pos <= g->n && g->live_from[src_pos] > from_site ? g->live_from[src_pos]
                                                                      : from_site;
  /* (one insertion at most: after one, the others are stepped over) */
  if (ins) first = g->next_ni[first];
  for (size_t q = first; q < g->nlive; q = ins ? g->next_ni[q + 1] : q + 1) {
    const Live *st = &g->live[q];
    if (st->pos < src_pos) continue;
    /* The prefix up to the site, then the replacement: a variant that
     * reaches MAXCP letters with them is not tried. */
    size_t k = vn + (st->pos - src_pos) + st->nto;
    if (k >= MAXCP) continue;
    /* (nothing was cut: the prefix's key grows by the same letters) */
    size_t kl = pkl, sb = g->toff[src_pos], se = g->toff[st->pos];
    memcpy(pk + kl, g->tkey + sb, se - sb);
    kl += se - sb;
    memcpy(pk + kl, st->key, st->klen);
    kl += st->klen;
    rules[nrules] = st->rule;
    g->path[nrules] = st;
    gen_rec(g, q + 1, k, pk, kl, st->pos + st->len, cost + st->add, rules, nrules + 1,
            ins || st->insertion);
  }
}

/* Add the site of rule r at position p of orig (n code points) to
 * sites[*ns] if the rule applies there: its FROM matches (an insertion
 * always applies: the caller knows where insertions may go). */
static void add_site(const DictRules *R, int r, const uint32_t *orig, size_t n, size_t p,
                     Site *sites, size_t *ns) {
  const DictSub *sub = &R->subs[r];
  size_t len = 0;
  if (sub->nfrom && !(len = rule_match(sub->from_cp, sub->nfrom, orig, n, p))) return;
  if (sub->inside && (p == 0 || p + len >= n)) return;
  if (sub->small && orig[p] != uc_lower(orig[p])) return;
  sites[(*ns)++] = (Site){(unsigned char)p, (unsigned char)len, r};
}

/* Insertions may go at the start ("ven" for "även") or between letters,
 * never beside a diacritic. */
static int insert_ok(const uint32_t *orig, size_t p) {
  return !is_dia(uc_lower(orig[p])) && (p == 0 || !is_dia(uc_lower(orig[p - 1])));
}

/* Run g from the start over the variants of g->orig (n <= MAXCP code
 * points), lowercased once here rather than letter by letter in gen_rec. */
static void gen_run(Gen *g) {
  uint32_t lower[MAXCP + 2];
  int rules[MAXRULES];
  for (size_t i = 0; i < g->n; i++) lower[i] = uc_lower(g->orig[i]);
  g->lower = lower;
  /* The sites this run may use, filtered once rather than at every step
   * of the search (the rule tables, read there for each site, were a
   * tenth of gen_rec's own instructions), with the fold of each one's
   * replacement: gen_rec joins variants' keys from these pieces and the
   * fold of the lowercase source. */
  Live live[256];
  size_t live_from[MAXCP + 2], next_ni[257], nlive = 0;
  const DictRules *R = g->c->f->rules;
  for (size_t s = 0; s < g->nsites && nlive < 256; s++) {
    const Site *st = &g->sites[s];
    const DictSub *sub = &R->subs[st->rule];
    if (sub->tier > g->maxtier || g->c->rule_used[st->rule] < g->min_used) continue;
    Live *l = &live[nlive++];
    char buf[8 * 4 + 1];
    l->pos = st->pos;
    l->len = st->len;
    l->to = sub->to_cp;
    l->nto = sub->nto < 8 ? sub->nto : 7; /* (TO is at most 7 letters) */
    l->rule = st->rule;
    l->insertion = !sub->from[0];
    l->add = (float)(sub->cost + g->c->rule_adj[st->rule]);
    size_t kl = dict_fold_cps(l->to, l->nto, buf, NULL);
    l->klen = (unsigned char)kl;
    memcpy(l->key, buf, kl);
  }
  for (size_t p = 0, q = 0; p <= g->n && p < MAXCP + 2; p++) {
    while (q < nlive && live[q].pos < p) q++;
    live_from[p] = q;
  }
  next_ni[nlive] = nlive;
  for (size_t q = nlive; q-- > 0;) next_ni[q] = live[q].insertion ? next_ni[q + 1] : q;
  g->live = live;
  g->nlive = nlive;
  g->live_from = live_from;
  g->next_ni = next_ni;
  char tkey[MAXCP * 4 + 1], pk[MAXCP * 8 + 1];
  size_t toff[MAXCP + 2];
  const Live *path[MAXRULES];
  dict_fold_cps(lower, g->n, tkey, toff);
  g->tkey = tkey;
  g->toff = toff;
  g->path = path;
  gen_rec(g, 0, 0, pk, 0, 0, 0, rules, 0, 0);
}

/* Every place a rule applies in orig (n code points), in position order;
 * with min_used > 0, only the rules this document's repairs used so often
 * (the others' sites left out, not counted towards max). */
static size_t build_sites(const Ctx *c, const uint32_t *orig, size_t n, Site *sites,
                          size_t max, int min_used) {
  size_t ns = 0;
  const DictRules *R = c->f->rules;
  /* Position by position (sites come out in position order, rules in file
   * order within one position); only the rules whose FROM starts with this
   * letter, in either case, and the insertions are tried. */
  for (size_t p = 0; p < n && ns < max; p++) {
    uint32_t o = orig[p], lo = uc_lower(o);
    int ins_ok = insert_ok(orig, p);
    if (o == lo && ins_ok && lo < 256 && c->with_ins) {
      /* (add_site by hand: most words' every site comes here, five
       * insertions at each letter) */
      const int *list = c->with_ins + c->with_at[lo];
      for (size_t i = 0; i < c->with_n[lo] && ns < max; i++) {
        if (min_used && c->rule_used[list[i]] < min_used) continue;
        const DictSub *sub = &R->subs[list[i]];
        size_t len = 0;
        if (sub->nfrom && !(len = rule_match(sub->from_cp, sub->nfrom, orig, n, p))) continue;
        if (sub->inside && (p == 0 || p + len >= n)) continue;
        sites[ns++] = (Site){(unsigned char)p, (unsigned char)len, list[i]};
      }
      continue;
    }
    const int *g[3];
    size_t ng[3], at[3] = {0, 0, 0};
    ng[0] = dict_rules_starting(R, lo, &g[0]);
    ng[1] = o != lo ? dict_rules_starting(R, o, &g[1]) : 0;
    ng[2] = ins_ok ? dict_rules_starting(R, 0, &g[2]) : 0;
    while (ns < max) {
      /* the next rule in file order among the three groups */
      int k = -1;
      for (int q = 0; q < 3; q++)
        if (at[q] < ng[q] && (k < 0 || g[q][at[q]] < g[k][at[k]])) k = q;
      if (k < 0) break;
      int r = g[k][at[k]++];
      if (!min_used || c->rule_used[r] >= min_used) add_site(R, r, orig, n, p, sites, &ns);
    }
  }
  return ns;
}

/* Make c->with_ins (see Ctx).  0, or -1 when out of memory. */
static int merge_insertions(Ctx *c) {
  const DictRules *R = c->f->rules;
  const int *ins, *g;
  size_t ni = dict_rules_starting(R, 0, &ins), total = 0, o = 0;
  for (uint32_t l = 0; l < 256; l++) total += dict_rules_starting(R, l, &g) + ni;
  if (!(c->with_ins = malloc((total ? total : 1) * sizeof *c->with_ins))) return -1;
  for (uint32_t l = 0; l < 256; l++) {
    size_t ng = dict_rules_starting(R, l, &g), a = 0, b = 0;
    c->with_at[l] = (uint32_t)o;
    while (a < ng || b < ni)
      c->with_ins[o++] = b == ni || (a < ng && g[a] < ins[b]) ? g[a++] : ins[b++];
    c->with_n[l] = (uint32_t)(o - c->with_at[l]);
  }
  return 0;
}

/* The most sites build_sites can find in orig (n code points): the rules
 * it tries at each position, those starting with the letter, with its
 * capital, and the insertions. */
static size_t sites_tried(const Ctx *c, const uint32_t *orig, size_t n) {
  const DictRules *R = c->f->rules;
  const int *g;
  size_t t = 0;
  for (size_t p = 0; p < n; p++) {
    uint32_t o = orig[p], lo = uc_lower(o);
    int ins_ok = insert_ok(orig, p);
    if (o == lo && ins_ok && lo < 256 && c->with_ins) {
      t += c->with_n[lo];
      continue;
    }
    t += dict_rules_starting(R, lo, &g) + (o != lo ? dict_rules_starting(R, o, &g) : 0) +
         (ins_ok ? dict_rules_starting(R, 0, &g) : 0);
  }
  return t;
}

/* Candidates for a word that is not a word, tier by tier. */
/* A name the dictionary lacks joined to a common word that lost its
 * å/ä/ö ("Korsavadsanlaggningen", a street's "Kvarnvagen"): the
 * capitalised name kept as printed, the longest tail of at least 5 letters
 * that a lexicon word restores.
 * Count 0: in a file that keeps its letters decide() only flags it. */
static int lex_compound(const Ctx *c, const char *word);

static void name_compound(Ctx *c, Analysis *a, const uint32_t *orig, size_t n) {
  if (n < 10 || n > MAXCP || !uc_is_upper(orig[0])) return;
  uint32_t v[MAXCP + 1];
  int exact[MAXCP + 1] = {0};
  for (size_t i = 0; i < n; i++) {
    v[i] = uc_lower(orig[i]);
    /* plain letters only: a stand-in belongs to the other searches */
    if (!((v[i] >= 'a' && v[i] <= 'z') || is_dia(v[i]))) return;
  }
  Fold fd;
  fold_variant(v, n, &fd);
  c->work = WORK_PER_WORD;
  for (size_t j = 3; j + 5 <= n; j++) {
    char tail[MAXCP * 4 + 1], head[MAXCP * 4 + 1], word[MAXCP * 8 + 2];
    uint32_t cnt;
    if (!best_part(c, v, exact, &fd, j, n, 0, tail, &cnt, NULL)) continue;
    size_t restore = (size_t)restored(tail, v + j, n - j);
    if (restore == 0) return; /* the tail is fine as printed: nothing lost */
    from_cps(v, j, head);
    /* The head lost its marks too, when it is no compound of listed
     * words as printed and one with an a or o restored is
     * ("Kvarnangs|vägen": "kvarn|ängs"); the fewest restored first. */
    if (j >= 8 && !lex_compound(c, head)) {
      size_t pos[3];
      int combos, done = 0;
      size_t np = restore_sites(v, NULL, j, pos, &combos);
      for (int want = 1; want <= (int)np && !done; want++)
        for (int m = 1; m < combos && !done; m++) {
          uint32_t w[MAXCP + 1];
          int rest = restore_combo(v, j, pos, np, m, w);
          char hv[MAXCP * 4 + 1];
          from_cps(w, j, hv);
          if (rest == want && lex_compound(c, hv)) {
            strcpy(head, hv);
            restore += (size_t)rest;
            done = 1;
          }
        }
    }
    snprintf(word, sizeof word, "%s%s", head, tail);
    if (strlen(word) > MAXCP * 4) return;
    int rules[1];
    cand_add(c, a, word, (float)(COMPOUND_COST + 1.0 + RESTORE_COST * (double)restore), 0,
             rules, 0, (int)restore, 1);
    return;
  }
}

/* A name made of common words, all of whose å/ä/ö the OCR lost
 * ("Fjallaker": "fjäll|åker", "Odeshamra": "öde|s|hamra",
 * "Kvarnangsskolan": "kvarn|ängs|skolan"): place names are compounds of ordinary
 * words, and in a file that loses its letters a capitalised word that
 * splits into listed words only with letters restored lost them too.  As
 * printed it must split into no words the statistics know ("Hallby":
 * "hall|by" stays), nor be listed; parts of four letters or more (the
 * first may be a listed name), an optional linking s, at most three
 * parts, two letters or more restored: a short part and a single letter
 * make chance compounds of names and foreign words ("Hortlund" as
 * "hört|lund", "Overdrive" as "över|drive", "Hallasen" as "hålla|sen").
 * The fewest parts, then the fewest restored letters, then the commonest
 * parts.  Count 0: in a file that keeps its letters decide()
 * only flags it, and before "kommun" it is a name kept as printed. */
typedef struct NameSplit {
  char word[MAXCP * 4 + 1];
  int parts, restore;
  double score;
} NameSplit;

/* The listed name with fold key of v[s, e) that restores only å/ä/ö
 * ("håkan" for "hakan"), into out; 0 when none. */
static int name_head(const Ctx *c, const uint32_t *v, const Fold *fd, size_t s, size_t e,
                     char *out) {
  const char *found[16];
  uint32_t counts[16];
  size_t nf = dict_lex_variants(c->f->names, fd->key + fd->off[s], fd->off[e] - fd->off[s],
                                found, counts, 16);
  for (size_t i = 0; i < nf && i < 16; i++) {
    uint32_t w[MAXCP + 1];
    if (to_cps(found[i], w, MAXCP) != e - s) continue;
    int ok = 1;
    for (size_t j = 0; j < e - s && ok; j++) ok = w[j] == v[s + j] || is_dia(w[j]);
    if (ok) {
      strcpy(out, found[i]);
      return 1;
    }
  }
  return 0;
}

static void name_split_rec(Ctx *c, const uint32_t *v, const int *exact, const Fold *fd,
                           size_t s, size_t n, int parts, int plain, size_t minpart,
                           NameSplit *cur, NameSplit *best) {
  for (size_t e = s + minpart; e <= n && c->work > 0; e++) {
    int last = e == n;
    if (!last && (parts == 1 || n - e < minpart)) continue;
    char part[MAXCP * 4 + 1], alt[MAXCP * 4 + 1];
    uint32_t cnt = 0;
    if (plain) {
      from_cps(v + s, e - s, part);
      if (!(cnt = dict_lex_count(c->f->lex, part, strlen(part)))) continue;
    } else if (!best_part(c, v, exact, fd, s, e, 0, part, &cnt, alt) &&
               !(s == 0 && name_head(c, v, fd, s, e, part))) {
      continue;
    }
    NameSplit nx = *cur;
    size_t wl = strlen(nx.word);
    if (wl + strlen(part) + 2 >= sizeof nx.word) continue;
    strcpy(nx.word + wl, part);
    nx.parts++;
    nx.restore += restored(part, v + s, e - s);
    nx.score += log(cnt + 1.0);
    if (last) {
      if (nx.parts >= 2 &&
          (best->parts == 0 || nx.parts < best->parts ||
           (nx.parts == best->parts &&
            (nx.restore < best->restore ||
             (nx.restore == best->restore && nx.score > best->score)))))
        *best = nx;
      continue;
    }
    name_split_rec(c, v, exact, fd, e, n, parts - 1, plain, minpart, &nx, best);
    if (v[e] == 's' && e + 1 + minpart <= n) { /* a linking s */
      strcat(nx.word, "s");
      name_split_rec(c, v, exact, fd, e + 1, n, parts - 1, plain, minpart, &nx, best);
    }
  }
}

/* A name printed with stand-ins ("L6nnstigen", "Bjérkangsskolan"): a
 * tier-1 rule whose FROM holds a character no Swedish word has is sure
 * sign of a lost letter, which a plain name lacks.  Each way of reading
 * every stand-in by such a rule, its commoner readings only (at most
 * MARK_VARIANTS), is split as name_parts splits, parts of three letters
 * allowed ("björk|ängs|skolan": the stand-in, not a chance split, says a
 * letter was lost); the fewest parts, then the fewest letters restored
 * besides, then the cheapest rules.  A name no reading splits
 * ("Montélimar", an é that is an é) stays, flagged. */
#define MARK_VARIANTS 16
#define MARK_RARER 0.5 /* a reading this much dearer than the stand-in's cheapest: none */

typedef struct MarkWalk {
  Ctx *c;
  const uint32_t *v;      /* the word, lowercase */
  size_t n;
  uint32_t w[MAXCP + 1];  /* the reading so far */
  int exact[MAXCP + 1];   /* its letters a rule set */
  int rules[MAXRULES];
  int nrules, tried;
  double cost;
  NameSplit best;
  double best_cost;
  int best_rules[MAXRULES], best_nrules;
  /* the cheapest reading, split or not */
  char cheap[MAXCP * 4 + 1];
  double cheap_cost;
  int cheap_rules[MAXRULES], cheap_nrules;
} MarkWalk;

static int stand_in(uint32_t ch) { return !((ch >= 'a' && ch <= 'z') || is_dia(ch)); }

static void mark_walk(MarkWalk *m, size_t p, size_t k) {
  if (m->tried >= MARK_VARIANTS) return;
  if (p == m->n) {
    m->tried++;
    if (!m->cheap[0] || m->cost < m->cheap_cost) {
      from_cps(m->w, k, m->cheap);
      m->cheap_cost = m->cost;
      memcpy(m->cheap_rules, m->rules, sizeof m->rules);
      m->cheap_nrules = m->nrules;
    }
    Fold fd;
    fold_variant(m->w, k, &fd);
    NameSplit cur = {"", 0, 0, 0}, got = {"", 0, 0, 0};
    m->c->work = WORK_PER_WORD;
    name_split_rec(m->c, m->w, m->exact, &fd, 0, k, 3, 1, 3, &cur, &got);
    if (!got.parts) name_split_rec(m->c, m->w, m->exact, &fd, 0, k, 3, 0, 3, &cur, &got);
    if (!got.parts || m->c->work <= 0) return;
    if (m->best.parts == 0 || got.parts < m->best.parts ||
        (got.parts == m->best.parts &&
         (got.restore < m->best.restore ||
          (got.restore == m->best.restore && m->cost < m->best_cost)))) {
      m->best = got;
      m->best_cost = m->cost;
      memcpy(m->best_rules, m->rules, sizeof m->rules);
      m->best_nrules = m->nrules;
    }
    return;
  }
  if (!stand_in(m->v[p])) { /* a letter as printed */
    m->w[k] = m->v[p];
    m->exact[k] = 0;
    mark_walk(m, p + 1, k + 1);
  }
  if (m->nrules == MAXRULES) return;
  const DictRules *R = m->c->f->rules;
  const int *g;
  size_t ng = dict_rules_starting(R, m->v[p], &g);
  for (size_t i = 0; i < ng; i++) {
    const DictSub *r = &R->subs[g[i]];
    size_t len;
    int marked = 0;
    if (r->tier != 1 || r->nto != 1 || !is_dia(r->to_cp[0]) ||
        !(len = rule_match(r->from_cp, r->nfrom, m->v, m->n, p)))
      continue;
    for (size_t j = 0; j < len; j++) marked |= stand_in(m->v[p + j]);
    if (!marked) continue;
    /* (the stand-in's rarer readings, é for å beside é for ö, only
     * split names by chance: "Mélnasvagen" as "mål|nås|vägen") */
    float least = r->cost;
    for (size_t q = 0; q < ng; q++)
      if (R->subs[g[q]].tier == 1 && strcmp(R->subs[g[q]].from, r->from) == 0 &&
          R->subs[g[q]].cost < least)
        least = R->subs[g[q]].cost;
    if (r->cost > least + MARK_RARER) continue;
    m->w[k] = r->to_cp[0];
    m->exact[k] = 1;
    m->rules[m->nrules++] = g[i];
    double add = r->cost + m->c->rule_adj[g[i]];
    m->cost += add;
    mark_walk(m, p + len, k + 1);
    m->cost -= add;
    m->nrules--;
  }
}

static void name_marked(Ctx *c, Analysis *a, const uint32_t *v, size_t n) {
  MarkWalk m;
  memset(&m, 0, sizeof m);
  m.c = c;
  m.v = v;
  m.n = n;
  mark_walk(&m, 0, 0);
  if (!m.best.parts) {
    /* A digit between letters is no letter of any name ("S6érqvist"):
     * its cheapest reading, though no split vouches for it. */
    int digit = 0;
    /* (a 6 or a 4, the stand-ins for ö and å/ä; a zero between letters
     * is as often a zero, "Milw0rm") */
    for (size_t i = 1; i + 1 < n; i++)
      digit |= (v[i] == '6' || v[i] == '4') && uc_is_letter(v[i - 1]) && uc_is_letter(v[i + 1]);
    if (digit && m.cheap[0])
      cand_add(c, a, m.cheap, (float)(COMPOUND_COST + 1.0 + m.cheap_cost), 0, m.cheap_rules,
               m.cheap_nrules, 0, 1);
    return;
  }
  cand_add(c, a, m.best.word,
           (float)(COMPOUND_COST + 1.0 + RESTORE_COST * (double)m.best.restore + m.best_cost),
           0, m.best_rules, m.best_nrules, m.best.restore, 1);
}

static void name_parts(Ctx *c, Analysis *a, const uint32_t *orig, size_t n) {
  if (n < 7 || n > MAXCP || !uc_is_upper(orig[0])) return;
  uint32_t v[MAXCP + 1];
  int exact[MAXCP + 1] = {0}, lossable = 0;
  for (size_t i = 0; i < n; i++) v[i] = uc_lower(orig[i]);
  if (!plain_letters(v, n)) {
    name_marked(c, a, v, n);
    return;
  }
  for (size_t i = 0; i < n; i++) {
    if (is_dia(v[i])) return; /* (plain letters: see name_compound) */
    lossable |= v[i] == 'a' || v[i] == 'o';
  }
  if (!lossable) return;
  Fold fd;
  fold_variant(v, n, &fd);
  c->work = WORK_PER_WORD;
  NameSplit cur = {"", 0, 0, 0}, best = {"", 0, 0, 0};
  name_split_rec(c, v, exact, &fd, 0, n, 3, 1, 4, &cur, &best);
  if (best.parts) return; /* a compound as printed: nothing lost */
  name_split_rec(c, v, exact, &fd, 0, n, 3, 0, 4, &cur, &best);
  if (!best.parts || best.restore < 2 || c->work <= 0) return;
  int rules[1];
  cand_add(c, a, best.word,
           (float)(COMPOUND_COST + 1.0 + RESTORE_COST * (double)best.restore), 0, rules, 0,
           best.restore, 1);
}

/* Restore a and o of w[s, e) into å/ä/ö where that makes a listed word
 * and w[s, e) is none as printed: the fewest restored, then the commonest
 * word.  Returns how many it restored (0: none, w unchanged). */
static int restore_listed(const Ctx *c, uint32_t *w, size_t s, size_t e) {
  char hv[MAXCP * 4 + 1];
  from_cps(w + s, e - s, hv);
  if (dict_lex_known(c->f->lex, hv, strlen(hv))) return 0;
  size_t pos[3];
  int combos, best_rest = 0;
  uint32_t best_cnt = 0, hw[MAXCP + 1];
  size_t np = restore_sites(w + s, NULL, e - s, pos, &combos);
  for (int mm = 1; np && mm < combos; mm++) {
    uint32_t x[MAXCP + 1];
    int rest = restore_combo(w + s, e - s, pos, np, mm, x);
    char xv[MAXCP * 4 + 1];
    from_cps(x, e - s, xv);
    if (!dict_lex_known(c->f->lex, xv, strlen(xv))) continue;
    uint32_t cnt = dict_lex_count(c->f->lex, xv, strlen(xv));
    if (!best_rest || rest < best_rest || (rest == best_rest && cnt > best_cnt)) {
      best_rest = rest;
      best_cnt = cnt;
      memcpy(hw, x, (e - s) * sizeof *hw);
    }
  }
  if (best_rest) memcpy(w + s, hw, (e - s) * sizeof *hw);
  return best_rest;
}

/* Is v[0, m) the element e[0, m) with none, some or all of its marks lost
 * (å and ä printed as a, ö as o)?  *lost: how many. */
static int marks_lost(const uint32_t *v, const uint32_t *e, size_t m, int *lost) {
  *lost = 0;
  for (size_t j = 0; j < m; j++) {
    if (v[j] == e[j]) continue;
    if (!is_dia(e[j]) || v[j] != (e[j] == 0xF6 ? 'o' : 'a')) return 0;
    (*lost)++;
  }
  return 1;
}

/* The next word of a rule file's list (" åsa åkra ... ") at *p into e
 * (code points); its length, 0 at the list's end. */
static size_t list_next(const char **p, uint32_t *e) {
  while (**p == ' ') (*p)++;
  size_t pl = strcspn(*p, " ");
  char part[64];
  if (!pl || pl >= sizeof part) return 0;
  memcpy(part, *p, pl);
  part[pl] = '\0';
  *p += pl;
  return to_cps(part, e, MAXCP);
}

/* Is word (lowercase) one of the rule file's place-part endings whole
 * ("åsen")? */
static int place_element(const Ctx *c, const char *word) {
  return dict_rules_listed(dict_rules_place_parts(c->f->rules), word);
}

/* A place's name the dictionaries lack whose end or beginning is an
 * element of Swedish place names with its ring or dots lost ("Lövasa",
 * "Ljungsakra" for "Ljungsåkra", which the splitter reads as
 * "Ljung|säkra"; "Skarviken", which it reads as "skar|viken"): the rule
 * file's place-part endings and place-head beginnings.  The rest of the
 * name, three letters or more, stays as printed (a stand-in in it read
 * by its cheapest one-letter tier-1 rule, "L6v|asa": "Löv|åsa"), or has
 * its own marks back where that makes it a listed word ("Rav|åker":
 * "Räv|åker").  Count 0: only a file that loses its marks takes it
 * (decide). */
static void place_part(Ctx *c, Analysis *a, const uint32_t *orig, size_t n) {
  const char *parts = dict_rules_place_parts(c->f->rules),
             *heads = dict_rules_place_heads(c->f->rules);
  if ((!*parts && !*heads) || n < 6 || n > MAXCP || !uc_is_upper(orig[0])) return;
  const DictRules *R = c->f->rules;
  /* (not over a reading a list holds, "Konstnärernas" beside "-näs") */
  for (int k = 0; k < a->ncand; k++)
    if (!a->cand[k].compound || dict_lex_known(c->f->lex, a->cand[k].word, strlen(a->cand[k].word)))
      return;
  uint32_t v[MAXCP + 1];
  int rules[MAXRULES], nrules = 0;
  float cost = 0;
  for (size_t i = 0; i < n; i++) v[i] = uc_lower(orig[i]);
  /* (a stand-in with a letter beside it for one letter, "Ro6nnas", is the
   * other searches' to read) */
  for (size_t i = 0; i < n; i++) {
    const int *g;
    size_t ng = dict_rules_starting(R, v[i], &g);
    for (size_t q = 0; q < ng; q++) {
      const DictSub *r = &R->subs[g[q]];
      if (r->tier != 1 || r->nfrom < 2 || !rule_match(r->from_cp, r->nfrom, v, n, i)) continue;
      for (size_t j = 0; j < r->nfrom; j++)
        if (stand_in(v[i + j])) return;
    }
  }
  for (size_t i = 0; i < n; i++) {
    if (!stand_in(v[i])) continue;
    const int *g;
    size_t ng = dict_rules_starting(R, v[i], &g);
    int best = -1;
    for (size_t q = 0; q < ng; q++) {
      const DictSub *r = &R->subs[g[q]];
      if (r->tier == 1 && r->nfrom == 1 && r->nto == 1 && is_dia(r->to_cp[0]) &&
          (best < 0 || r->cost < R->subs[best].cost))
        best = g[q];
    }
    if (best < 0 || nrules == MAXRULES) return;
    v[i] = R->subs[best].to_cp[0];
    rules[nrules++] = best;
    cost += R->subs[best].cost + (float)c->rule_adj[best];
  }
  uint32_t w[MAXCP + 1], e[MAXCP + 1];
  int restore = 0;
  size_t m = 0;
  /* an ending: the rest before it is the head */
  for (const char *p = parts; !restore && (m = list_next(&p, e)) != 0;) {
    if (m < 3 || m + 3 > n || !marks_lost(v + n - m, e, m, &restore) || !restore) {
      restore = 0;
      continue;
    }
    memcpy(w, v, (n - m) * sizeof *w);
    memcpy(w + n - m, e, m * sizeof *w);
    restore += restore_listed(c, w, 0, n - m);
  }
  /* a beginning: the rest after it a listed word, as printed or with its
   * marks back ("Skar|viken": "Skär|viken", "Angs|holmen") */
  for (const char *p = heads; !restore && (m = list_next(&p, e)) != 0;) {
    if (m < 3 || m + 3 > n || !marks_lost(v, e, m, &restore) || !restore) {
      restore = 0;
      continue;
    }
    memcpy(w, e, m * sizeof *w);
    memcpy(w + m, v + m, (n - m) * sizeof *w);
    char tv[MAXCP * 4 + 1];
    from_cps(w + m, n - m, tv);
    int tail = restore_listed(c, w, m, n);
    if (!tail && !dict_lex_known(c->f->lex, tv, strlen(tv))) restore = 0;
    restore += tail;
  }
  if (!restore) return;
  /* (a reading that restores the element and more stands: "Lövnäs" of
   * "Lovnas", its head's mark lost too) */
  char word[MAXCP * 4 + 1], el[MAXCP * 4 + 1];
  from_cps(w, n, word);
  from_cps(e, m, el);
  size_t ell = strlen(el);
  for (int k = 0; k < a->ncand; k++) {
    const char *cw = a->cand[k].word;
    size_t kl = strlen(cw);
    if (kl >= ell && (!strcmp(cw + kl - ell, el) || !strncmp(cw, el, ell))) return;
  }
  /* (it replaces the readings the statistics never saw, the splitter's
   * chance compounds of common words, "Ljung|säkra") */
  a->ncand = 0;
  free(a->twin); /* (a twin of a reading dropped here) */
  a->twin = NULL;
  cand_add(c, a, word, cost + (float)(RESTORE_COST * restore), 0, rules, nrules, restore, 1);
  if (a->ncand) a->cand[0].place = 1;
}

/* Are all of a's candidates words the statistics never saw?  On a scan,
 * where the swe model keeps å/ä/ö, the English model's confusions of the
 * first tiers may make a rare form ("biand" as "bänd" by "ia" for ä) where
 * a binarised scan's confusion makes a common word ("bland", tier 4): both
 * are then tried. */
static int unseen_only(const Analysis *a) {
  for (int k = 0; k < a->ncand; k++)
    if (a->cand[k].count) return 0;
  return 1;
}

/* Are all of a's candidates words the statistics never saw, or the
 * splitter's compounds of words they saw that no list holds whole
 * ("Sten|säkra" of "Stensakra", its parts counted, not itself)? */
static int chance_only(const Ctx *c, const Analysis *a) {
  for (int k = 0; k < a->ncand; k++) {
    const Cand *cd = &a->cand[k];
    if (cd->count && !(cd->compound && !dict_lex_known(c->f->lex, cd->word, strlen(cd->word))))
      return 0;
  }
  return 1;
}

/* Does cand drop a letter of the word as printed (a rule to nothing)? */
static int drops_letter(const Ctx *c, const Cand *k) {
  for (int i = 0; i < k->nrules; i++) {
    const DictSub *r = &c->f->rules->subs[k->rules[i]];
    if (r->nfrom && !r->nto) return 1;
  }
  return 0;
}

/* Does cand put in a letter the word as printed lacks (a rule from
 * nothing)? */
static int puts_letter(const Ctx *c, const Cand *k) {
  for (int i = 0; i < k->nrules; i++) {
    const DictSub *r = &c->f->rules->subs[k->rules[i]];
    if (!r->nfrom && r->nto) return 1;
  }
  return 0;
}

/* Does cand use a rule of this tier? */
static int uses_tier(const Ctx *c, const Cand *k, int tier) {
  for (int i = 0; i < k->nrules; i++)
    if (c->f->rules->subs[k->rules[i]].tier == tier) return 1;
  return 0;
}

static size_t cp_offsets(const char *word, uint32_t *cp, size_t *off);

/* Does word split into two listed words of three letters or more, with
 * or without a linking s? */
static int loose_compound(const Ctx *c, const char *word) {
  uint32_t cp[MAXCP + 1];
  size_t off[MAXCP + 1], n = cp_offsets(word, cp, off);
  if (n > MAXCP) return 0;
  for (size_t i = 3; i + 3 <= n; i++) {
    if (!dict_lex_known(c->f->lex, word, off[i])) continue;
    if (dict_lex_known(c->f->lex, word + off[i], off[n] - off[i])) return 1;
    if (cp[i] == 's' && i + 4 <= n &&
        dict_lex_known(c->f->lex, word + off[i + 1], off[n] - off[i + 1]))
      return 1;
  }
  return 0;
}

static void gen_candidates(Ctx *c, Analysis *a, const uint32_t *orig, size_t n,
                           const char *self) {
  Site sites[256];
  size_t ns = build_sites(c, orig, n, sites, 256, 0);
  c->work = WORK_PER_WORD;
  c->memo_gen++; /* (a new word: nothing of it known) */
  for (int tier = 1; tier <= 4; tier++) {
    /* (when the first tiers made only words the statistics never saw,
     * tier 3 too for a word of five letters or fewer, "kat": "kåt" beside
     * a dropped letter's "ökat"; on a scan, tier 4 too.  Tier 3 for
     * longer words cost all.txt a quarter more time for no word won.) */
    /* (and tier 3's dropped letters for a word of three or four letters
     * whatever the first tiers made: English OCR drops an ö from a short
     * word as often as it reads one as d, "std" is "stöd" more than
     * "stå") */
    int dropped_only = 0;
    if (a->ncand && !(unseen_only(a) && ((tier == 3 && n <= 5) || (tier == 4 && c->scanned)))) {
      if (!(tier == 3 && n <= 4 && n >= 3)) continue;
      dropped_only = 1;
    }
    if (tier == 4 && !c->scanned && n < 6) break;
    /* (a capitalised word that is a compound of listed words as printed
     * is a name read right, "Björkängen" at 92: no scan confusion makes
     * it "Björkängeln") */
    if (tier == 4 && c->cap && a->low && lex_compound(c, a->low)) break;

    Gen g = {c, a, orig, n, sites, ns, tier, 0, 1, self, 0, 0, NULL, 0, NULL, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0};
    c->budget = 60;
    /* Tier 4, a confusion of binarised scans, is one rule alone, with
     * work of its own: in a long word ("Kommuniedningskontoret") the
     * combinations of the first three tiers use up the word's work. */
    if (tier == 4) {
      g.maxrules = 1;
      /* (on text, lexicon words alone and a quarter of the work: see below) */
      c->work = c->scanned ? WORK_PER_WORD : WORK_PER_WORD / 4;
      g.compound_ok = c->scanned;
    }
    int had = a->ncand;
    gen_run(&g);
    for (int k = had; dropped_only && k < a->ncand; k++)
      if (!puts_letter(c, &a->cand[k])) a->cand[k--] = a->cand[--a->ncand];
    /* A tier opened although the first made a word (one the statistics
     * never saw) adds only what its own rules make: its run also combines
     * the tiers before it, and a second-tier letter beside a first-tier
     * one is no likelier because the first tier's word is rare ("héjda" is
     * "höjda", not "nöjda" by an h read for n as well). */
    for (int k = had; had && k < a->ncand; k++)
      if (!uses_tier(c, &a->cand[k], tier)) a->cand[k--] = a->cand[--a->ncand];
    /* On OCR text of unknown origin a binarised scan's confusion is a
     * last guess: for a word of six letters or more that nothing else
     * repairs, into a word the statistics know, with no letter dropped
     * ("majliga": "möjliga", "tilsammans": "tillsammans"; not "Isamband"
     * as "Samband"). */
    if (tier == 4 && !c->scanned)
      for (int k = 0; k < a->ncand; k++)
        if (a->cand[k].count < T4_TEXT_MIN || drops_letter(c, &a->cand[k]))
          a->cand[k--] = a->cand[--a->ncand];
    /* On a scan, a word of eight letters or more that splits into two
     * listed words of three or more ("nöd|vatten", read at 89) is not
     * turned into a word the lexicon does not list ("röd|vatten"): one
     * compound for another is a guess.  Into a listed word it is
     * ("till|korn": "tillkom"). */
    if (tier == 4 && c->scanned && a->ncand && a->low && n >= 8 && loose_compound(c, a->low))
      for (int k = 0; k < a->ncand; k++)
        if (!dict_lex_known(c->f->lex, a->cand[k].word, strlen(a->cand[k].word)))
          a->cand[k--] = a->cand[--a->ncand];
  }
  /* Last resort, a few Hunspell look-ups: a compound whose parts the
   * splitter does not know ("cybersdkerhetslagen"), or that needed two
   * stand-ins ("férvaltningsévergripande"), judged whole; one rule
   * applied, then two.  Tiers 1-2. */
  /* A word with stand-ins left is tried first with every one resolved:
   * its few look-ups went to "anhörigstéd" and "anhärigstäd" before
   * "anhörigstöd" was reached.  (Then as before: an idé may stay.) */
  uint32_t low[MAXCP + 1];
  for (size_t i = 0; i < n && i < MAXCP; i++) low[i] = uc_lower(orig[i]);
  for (int plain = !plain_letters(low, n < MAXCP ? n : MAXCP); plain >= 0; plain--)
    for (int k = 1; k <= 2 && a->ncand == 0 && n >= 8 && self == NULL; k++) {
      Gen g = {c, a, orig, n, sites, ns, 2, 0, 1, self, 0, k, NULL, 0, NULL, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, plain};
      c->budget = 8;
      c->work = WORK_PER_WORD;
      gen_run(&g);
    }
  /* Last, a word in small letters that printed a stand-in, which no
   * repair made a word of, as a compound of two listed parts Hunspell
   * refuses ("nédvatten": "nöd|vatten"). */
  if (a->ncand == 0 && self == NULL && !c->cap && n >= 7 && !plain_letters(low, n < MAXCP ? n : MAXCP)) {
    Gen g = {c, a, orig, n, sites, ns, 1, 0, 1, self, 0, 0, NULL, 0, NULL, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0};
    c->budget = 20;
    c->work = WORK_PER_WORD;
    c->stand_in_parts = 1;
    gen_run(&g);
    c->stand_in_parts = 0;
  }
  /* Then a long compound that needs two stand-ins read and its lost marks
   * restored ("6verférmyndarnamnden", "sndférhallanden"): the compound
   * search takes one rule at most before this (two cost all.txt much work
   * and took the look-ups other words' repairs needed). */
  if (a->ncand == 0 && self == NULL && n >= 12 && !plain_letters(low, n < MAXCP ? n : MAXCP)) {
    Gen g = {c, a, orig, n, sites, ns, 2, 0, 1, self, 0, 0, NULL, 0, NULL, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0};
    g.maxrules = 2;
    c->budget = 20;
    c->work = WORK_PER_WORD;
    c->compound2 = 1;
    gen_run(&g);
    c->compound2 = 0;
  }
  /* A word that is two listed words as printed is not turned into an
   * unlisted word by a letter put in, whatever the source: "elev|tal" is
   * no "elev|åtal" (which Hunspell makes).  (Tier 4 on scans holds back
   * every such rival, above; a lost ring or dots is another matter:
   * "inriktnings|mal" is "inriktningsmål".) */
  if (a->ncand && a->low && n >= 7 && loose_compound(c, a->low))
    for (int k = 0; k < a->ncand; k++)
      if (puts_letter(c, &a->cand[k]) &&
          !dict_lex_known(c->f->lex, a->cand[k].word, strlen(a->cand[k].word)))
        a->cand[k--] = a->cand[--a->ncand];
  /* A short word rewritten by more rules than half its letters is
   * another word, not a repair: "kwh" is no "kön" by an ö put in, the w
   * dropped and an h read for n. */
  for (int k = 0; k < a->ncand; k++)
    if (a->cand[k].nrules >= 2 && (size_t)a->cand[k].nrules * 2 > n) a->cand[k--] = a->cand[--a->ncand];
  int none = a->ncand == 0 && self == NULL;
  if (none) name_compound(c, a, orig, n);
  if (a->ncand == 0 && self == NULL) name_parts(c, a, orig, n);
  if (self == NULL && chance_only(c, a)) place_part(c, a, orig, n);
  a->named = none && a->ncand > 0;
}

/* Rivals of a valid word through the confusions this document shows often
 * ("stiller" for "ställer" where i stands for ä again and again). */
static void gen_rivals(Ctx *c, Analysis *a, const uint32_t *orig, size_t n) {
  c->budget = 0;
  c->work = WORK_PER_WORD;
  if (!c->rivals) return; /* no rule used often: no useful site anywhere */
  Site sites[256];
  /* (only the sites gen_run would let through, unless build_sites may
   * stop at its max: then it stops where it always did) */
  size_t ns = sites_tried(c, orig, n) <= 256 ? build_sites(c, orig, n, sites, 256, RIVAL_USES)
                                             : build_sites(c, orig, n, sites, 256, 0);
  Gen g = {c, a, orig, n, sites, ns, 3, 0, 0, a->low, RIVAL_USES, 0, NULL, 0, NULL, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0};
  /* Only rules the document uses often; a word with many such places
   * is not worth the combinations. */
  size_t useful = 0;
  for (size_t i = 0; i < ns; i++) useful += c->rule_used[sites[i].rule] >= g.min_used;
  if (useful == 0 || useful > 8) return;
  gen_run(&g);
}

/* word's code points into cp and the byte offset of each (off[n] its
 * length); n, or MAXCP + 1 when longer. */
static size_t cp_offsets(const char *word, uint32_t *cp, size_t *off) {
  size_t n = to_cps(word, cp, MAXCP), o = 0;
  if (n > MAXCP) return n;
  for (size_t i = 0; i < n; i++) {
    off[i] = o;
    o += cp[i] < 0x80 ? 1 : cp[i] < 0x800 ? 2 : cp[i] < 0x10000 ? 3 : 4;
  }
  off[n] = o;
  return n;
}

/* Is word two listed words of four letters or more, with or without a
 * linking s ("löpar|bana", "social|förvaltningen"; not "bit|tre"), or a
 * head of three and more with a linking e ("lön|e|kostnad")?  After
 * a linking s and a head of five letters or more, a tail of three will do
 * ("lednings|nät", "förvaltnings|råd"): a long head and an s make the
 * joint, seldom chance.  Compounds are made freely, so one the statistics never
 * saw is still ordinary Swedish. */
static int lex_compound(const Ctx *c, const char *word) {
  uint32_t cp[MAXCP + 1];
  size_t off[MAXCP + 1], n = cp_offsets(word, cp, off);
  if (n > MAXCP) return 0;
  uint64_t h[MAXCP + 1];
  for (size_t i = 3; i + 3 <= n; i++) { /* (hashed first: their reads overlap) */
    h[i] = dict_lex_hash(word, off[i]);
    dict_lex_prefetch(c->f->lex, h[i], 0);
  }
  for (size_t i = 3; i + 3 <= n; i++) {
    if (!dict_lex_known_h(c->f->lex, word, off[i], h[i])) continue;
    if (i >= 4 && i + 4 <= n && dict_lex_known(c->f->lex, word + off[i], off[n] - off[i]))
      return 1;
    size_t t = i + 1; /* after a linking s, or e ("lön|e|kostnad") */
    if ((cp[i] == 's' ? i >= 4 : cp[i] == 'e') && t + (i >= 5 ? 3 : 4) <= n &&
        dict_lex_known(c->f->lex, word + off[t], off[n] - off[t]))
      return 1;
  }
  return 0;
}

/* Does cand replace letters by a tier-3 rule (the last resorts: "i" for
 * å)?  A dropped letter put back is no such rule. */
static int last_resort_sub(const Ctx *c, const Cand *k) {
  for (int i = 0; i < k->nrules; i++) {
    const DictSub *r = &c->f->rules->subs[k->rules[i]];
    if (r->tier >= 3 && r->nfrom) return 1;
  }
  return 0;
}

/* Rivals of a valid word that the statistics never saw, nor its
 * inflections, and that is no compound ("ven", "bittre": listed, but
 * hardly ever written): the words the confusion rules of every tier make
 * of it, a dropped å/ä/ö included ("även", "bättre"), kept when the
 * statistics know them; not a last resort's ("liter" is no "låter"). */
static void gen_unseen(Ctx *c, Analysis *a, const uint32_t *orig, size_t n) {
  if (a->self_count || n > MAXCP - 1 || family(c, a->low, 0) > 0 || lex_compound(c, a->low))
    return;
  Site sites[256];
  size_t ns = build_sites(c, orig, n, sites, 256, 0);
  c->budget = 0;
  c->work = WORK_PER_WORD;
  /* (One rule: a rarely written word is not also a tangle of misreadings.) */
  Gen g = {c, a, orig, n, sites, ns, 3, 0, 0, a->low, 0, 0, NULL, 0, NULL, 1, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0};
  gen_run(&g);
  for (int k = 0; k < a->ncand; k++)
    if (!a->cand[k].count || last_resort_sub(c, &a->cand[k])) a->cand[k--] = a->cand[--a->ncand];
}

/* ---------------------------------------------------------- analysis */

/* Kind of a word core: numbers, codes, acronyms and addresses are skipped. */
static int skip_core(const uint32_t *cp, size_t n) {
  size_t letters = 0, digits = 0, upper = 0, standins = 0;
  for (size_t i = 0; i < n; i++) {
    if (uc_is_letter(cp[i]) || cp[i] == '&' || cp[i] == '#' || cp[i] == '@' || cp[i] == 0xA7)
      letters++, upper += uc_is_upper(cp[i]);
    else if (uc_is_digit(cp[i])) digits++;
    /* 6 (ö), 4 (å/ä), 0 (ö), 1 (l) inside a word are letters the OCR lost */
    if (cp[i] == '6' || cp[i] == '4' || cp[i] == '0' || cp[i] == '1') standins++;
  }
  if (digits && digits == standins && digits <= 2 && letters >= 1 && letters + digits >= 2)
    return upper == letters && letters > 1 && n <= 4;
  if (letters + digits < 2 || letters == 0) return 1;
  if (digits > 2 || (digits && letters < 2)) return 1;
  if (upper == letters && n <= 4) return 1; /* acronyms: KKIK, SLA, IT */
  return 0;
}

static Analysis *analyse(Ctx *c, const char *core) {
  uint32_t idx;
  size_t cl = strlen(core), n0;
  c->cap = uc_is_upper(utf8_decode(core, cl, &n0));
  if (c->seen && strmap_get(c->seen, core, cl, &idx)) return &c->an[idx];
  char *low = utf8_lower(core);
  if (!low) return NULL;
  size_t ll = strlen(low);
  /* Capitalised words may also be names: they get their own cache entry. */
  char key[MAXCP * 4 + 2];
  scopy(key, sizeof key - 1, low);
  if (c->cap) strcat(key, "\x01");
  if (strmap_get(c->cache, key, strlen(key), &idx)) {
    free(low);
    return c->seen && strmap_put(c->seen, core, cl, idx) ? NULL : &c->an[idx];
  }
  if (c->nan == c->capan) {
    size_t nc = c->capan ? c->capan * 2 : c->an_hint > 1024 ? c->an_hint : 1024;
    Analysis *na = realloc(c->an, nc * sizeof *na);
    if (!na) {
      free(low);
      return NULL;
    }
    c->an = na;
    c->capan = nc;
  }
  Analysis *a = &c->an[c->nan];
  memset(a, 0, sizeof *a);
  if (ll > MAXCP * 4) low[MAXCP * 4] = '\0'; /* (as the array cut it) */
  a->low = low;
  uint32_t cp[MAXCP + 2], lcp[MAXCP + 2];
  size_t n = to_cps(core, cp, MAXCP);
  if (n > MAXCP || skip_core(cp, n)) {
    a->kind = A_SKIP;
  } else {
    to_cps(low, lcp, MAXCP);
    for (size_t i = 0; i < n; i++) a->has_dia |= is_dia(lcp[i]);
    a->self_count = dict_lex_count(c->f->lex, low, ll);
    int letters_only = 1;
    for (size_t i = 0; i < n; i++)
      if (!uc_is_letter(lcp[i])) letters_only = 0;
    int known = dict_lex_known(c->f->lex, low, ll) ||
                (c->cap && dict_lex_known(c->f->names, low, ll));
    /* Hunspell itself tries the lowercase of a Capitalised or UPPER word:
     * only a mixed-case one ("FöRvaltning") needs the second look-up.
     * (Each costs tens of thousands of instructions in Swedish, where
     * every rejected word is tried as a compound.) */
    size_t nup = 0;
    for (size_t i = 0; i < n; i++) nup += uc_is_upper(cp[i]);
    int mixed = nup > 0 && nup < n && !(nup == 1 && uc_is_upper(cp[0]));
    int valid = letters_only && known;
    if (letters_only && !known) {
      /* A listed word that differs only by å/ä/ö ("innehåll" for
       * "innehall") makes this a lost-diacritics form in a file that loses
       * them; whether Hunspell would also take it as a compound matters only
       * in a file that keeps them, so that costly look-up waits for the
       * file's verdict (decide()). */
      int ex[MAXCP] = {0}, rules[1];
      Fold fd;
      fold_variant(lcp, n, &fd);
      lookup_variant(c, a, lcp, ex, n, fd.key, fd.len, 0, rules, 0, low);
      a->pending = a->ncand > 0;
      a->ncand = 0;
      if (!a->pending)
        valid = dict_hun_spell(c->f->hun, core) || (mixed && dict_hun_spell(c->f->hun, low));
    }
    if (valid) {
      a->kind = A_KNOWN;
      a->listed = known;
      if (!a->has_dia) {
        int ex[MAXCP] = {0}, rules[1];
        Fold fd;
        fold_variant(lcp, n, &fd);
        lookup_variant(c, a, lcp, ex, n, fd.key, fd.len, 0, rules, 0, low);
        /* Hunspell's compounding accepts "missbruksvard" (ward): a compound
         * of known words with å/ä/ö restored is its rival. */
        if (!known && a->ncand == 0) {
          c->budget = 20;
          c->work = WORK_PER_WORD;
          /* (a word Hunspell takes has no rival it refuses) */
          c->hun_only = 1;
          try_compound(c, a, lcp, ex, n, &fd, 0, rules, 0, 0, n + 1, 0, n);
          c->hun_only = 0;
          for (int k = 0; k < a->ncand; k++)
            if (strcmp(a->cand[k].word, low) == 0) a->cand[k--] = a->cand[--a->ncand];
        }
        /* A rival only the statistics list and Hunspell refuses is a
         * suspended head cut from its hyphen ("käll- och mål-" made
         * "käll" a word): it does not unseat a word Hunspell takes. */
        if (known && a->ncand && dict_hun_spell(c->f->hun, low))
          for (int k = 0; k < a->ncand; k++)
            if (!dict_hun_spell(c->f->hun, a->cand[k].word) &&
                !(c->cap && dict_lex_known(c->f->names, a->cand[k].word, strlen(a->cand[k].word))))
              a->cand[k--] = a->cand[--a->ncand];
        /* Rivals must restore a diacritic (the only change a valid word
         * gets without rules); keep those. */
        if (a->ncand) a->kind = A_AMBIG;
      }
    } else {
      a->kind = A_UNKNOWN;
      gen_candidates(c, a, cp, n, NULL);
    }
  }
  if (c->nomem || strmap_put(c->cache, key, strlen(key), (uint32_t)c->nan) ||
      (c->seen && strmap_put(c->seen, core, cl, (uint32_t)c->nan))) {
    free(low);
    free(a->cand);
    free(a->twin);
    a->cand = NULL;
    a->twin = NULL;
    a->capcand = 0;
    return NULL;
  }
  return &c->an[c->nan++];
}

/* ---------------------------------------------------------- tokens */

/* A core segment of a token: letters, digits and the OCR's letter
 * stand-ins (& and | next to letters). */
typedef struct Seg {
  size_t b, e;            /* byte range in the word text */
  int col;                /* code point offset in the word */
} Seg;

static int core_char(uint32_t c) {
  return uc_is_letter(c) || uc_is_digit(c) || c == '&' || c == '#' || c == '@';
}

static size_t segments(const char *t, Seg *out, size_t max) {
  size_t i = 0, n = strlen(t), k = 0, len;
  int col = 0;
  while (i < n && k < max) {
    uint32_t c = utf8_decode(t + i, n - i, &len);
    /* (a "[" opening a word before a digit that stands for a letter is the
     * OCR's l: "[6neskulder"; not before a letter, "[på" is "[" and "på",
     * nor in "[1]") */
    size_t l2;
    int bracket_l = c == '[' && i == 0 && n > 2 && t[1] >= '0' && t[1] <= '9' &&
                    uc_is_letter(utf8_decode(t + 2, n - 2, &l2));
    if (!core_char(c) && !bracket_l) {
      i += len;
      col++;
      continue;
    }
    out[k].b = i;
    out[k].col = col;
    if (bracket_l) {
      i++;
      col++;
    }
    uint32_t last = 0;
    while (i < n) {
      c = utf8_decode(t + i, n - i, &len);
      /* (a section sign right after a letter is the OCR's å: "P§ längre
       * sikt"; alone it is one, "§ 12") */
      if (!core_char(c) && !(c == 0xA7 && uc_is_letter(last))) break;
      last = c;
      i += len;
      col++;
    }
    out[k++].e = i;
  }
  return k;
}

static int is_address(const char *t) {
  /* (an @ between letters with no dot after it is the OCR's ö:
   * "m@jlighet"; an address has its domain's dot, a handle its @ first) */
  const char *at = strchr(t, '@');
  if ((at && (at == t || strchr(at, '.'))) || strstr(t, "://") || strncmp(t, "www.", 4) == 0)
    return 1;
  /* a domain name, or an address whose @ the OCR misread ("ale.se",
   * "bjorn.jarburQale.se"): a letter, a dot and a top-level domain at the
   * end, trailing punctuation aside */
  static const char *tld[] = {"se", "nu", "com", "org", "net", "eu", "info", "fi",
                              "dk", "no", "de", "gov", "io", NULL};
  size_t n = strlen(t);
  while (n && strchr(".,;:)!?\"'", t[n - 1])) n--;
  /* (no dot left, no domain: nearly every word, asked of each) */
  if (!memchr(t, '.', n)) return 0;
  for (int i = 0; tld[i]; i++) {
    size_t k = strlen(tld[i]);
    if (n < k + 2 || t[n - k - 1] != '.' || strncmp(t + n - k, tld[i], k)) continue;
    char c = (char)(t[n - k - 2] | 0x20);   /* the letter before the dot */
    if (c >= 'a' && c <= 'z') return 1;
  }
  return 0;
}

/* The case a rule gave the first letter when cand's repair of orig
 * changed it: 1 when the rule's TO is a capital ("tdentifierad" ->
 * "Identifierad": t read for an I; the word begins with that capital), -1
 * when its FROM is a capital and its TO a small letter
 * ("I6neutbetalningar": I read for l; the capital is the OCR's, not the
 * writer's), 0 for neither. */
static int start_case(const Ctx *c, const Cand *cand, const char *orig) {
  uint32_t o[MAXCP + 2], w[MAXCP + 2];
  size_t n = to_cps(orig, o, MAXCP), m = to_cps(cand->word, w, MAXCP);
  if (!n || !m || uc_lower(o[0]) == uc_lower(w[0])) return 0;
  int small = 0;
  for (int k = 0; k < cand->nrules; k++) {
    const DictSub *r = &c->f->rules->subs[cand->rules[k]];
    if (r->to_capital && r->nfrom && r->nfrom <= n &&
        uc_lower(o[0]) == uc_lower(r->from_cp[0]) && uc_lower(w[0]) == r->to_cp[0])
      return 1;
    small |= uc_is_upper(o[0]) && r->nfrom && r->nto && r->from_cp[0] == o[0] &&
             r->to_cp[0] == w[0] && !uc_is_upper(r->to_cp[0]);
  }
  return small ? -1 : 0;
}

/* Copy cand with the case pattern of orig: UPPER, Capitalised or lower. */
static void apply_case(const char *orig, const char *cand, char *out, size_t cap) {
  uint32_t cp[MAXCP + 2];
  size_t n = to_cps(orig, cp, MAXCP), up = 0, letters = 0;
  if (n > MAXCP) n = MAXCP;
  for (size_t i = 0; i < n; i++)
    if (uc_is_letter(cp[i])) letters++, up += uc_is_upper(cp[i]);
  char *s = NULL;
  if (letters > 1 && up == letters) {
    s = utf8_upper(cand);
  } else if (n && uc_is_upper(cp[0])) {
    s = utf8_lower(cand);
    if (s) {
      size_t len;
      uint32_t c0 = utf8_decode(s, strlen(s), &len);
      char head[8];
      size_t hl = utf8_encode(uc_upper(c0), head);
      char *t = malloc(strlen(s) + 8);
      if (t) {
        memcpy(t, head, hl);
        strcpy(t + hl, s + len);
      }
      free(s);
      s = t;
    }
  } else {
    s = utf8_lower(cand);
  }
  scopy(out, cap, s ? s : cand);
  free(s);
}

/* Does candidate k only restore å/ä/ö (no confusion rule)? */
static int pure_restore(const Cand *k) { return k->nrules == 0 && k->nrestore > 0; }

/* Has a a candidate that only restores å/ä/ö? */
static int restorable(const Analysis *a) {
  for (int k = 0; k < a->ncand; k++)
    if (pure_restore(&a->cand[k])) return 1;
  return 0;
}

/* A listed word the statistics hardly know, whose twin with å/ä/ö they
 * know well ("ar" 2 times / "är" 7 868, "anvandare" 1 / "användare" 294,
 * "ratt" 0 / "rätt" 157): on a scanned page, where binarisation takes
 * dots, it is a twin that lost them, and context may read the twin even
 * in a file that keeps its å/ä/ö. */
static int dots_lost(const Analysis *a) {
  if (!a || a->kind != A_AMBIG || a->self_count > 2) return 0;
  for (int k = 0; k < a->ncand; k++)
    if (pure_restore(&a->cand[k]) && a->cand[k].count >= 50 * (a->self_count + 1)) return 1;
  return 0;
}

/* One occurrence of a core in the text, for the context pass. */
typedef struct Occ {
  DocWord *w;
  Seg seg;
  Analysis *a;            /* set after collect(): c->an moves while growing */
  long ai;                /* index of the analysis in c->an, -1 for none */
  int sent_start;         /* first core of a sentence */
  int sent_end;           /* last core before . ! ? */
  int clause_end;         /* last core before , or ; */
  int line_start;         /* first core on its line */
  int para_cont;          /* ... of a paragraph's line after a line of prose */
  int number;             /* a number token (context "<num>") */
  int restore_only;       /* a confident OCR word: only å/ä/ö may be restored */
  int scan;               /* on a page from rensa's OCR */
  int page;
  const char *choice;     /* decided lowercase word (points into a) */
} Occ;

/* Is o a year, 1900-2099 ("år 2023": the context rules' "<year>")? */
static int is_year(const Occ *o) {
  const char *t = o->w->text + o->seg.b;
  return o->number && o->seg.e - o->seg.b == 4 &&
         ((t[0] == '1' && t[1] == '9') || (t[0] == '2' && t[1] == '0')) &&
         t[2] >= '0' && t[2] <= '9' && t[3] >= '0' && t[3] <= '9';
}

/* Does occurrence i follow a heading's number: one or two numbers of one
 * or two digits from its line's start ("3", "6 4"), and no number after
 * it on the line? */
static int heading_number(const Occ *occ, size_t n, size_t i) {
  size_t j = i;
  do {
    if (j == 0) return 0;
    j--;
    if (!occ[j].number || occ[j].seg.e - occ[j].seg.b > 2 || i - j > 2) return 0;
  } while (!occ[j].line_start);
  for (size_t k = i + 1; k < n && !occ[k].line_start; k++)
    if (occ[k].number) return 0;
  return 1;
}

/* Is o's word a plain count, digits alone ("12", not "1,9" nor "41%")?
 * The context rules' "<count>". */
static int is_count(const Occ *o) {
  const char *t = o->w->text;
  if (!o->number || !*t) return 0;
  for (; *t; t++)
    if (*t < '0' || *t > '9') return 0;
  return 1;
}

/* Is o the head of a suspended compound, its word ending in a hyphen
 * before "och", "eller" or "samt" ("Vård- och omsorgsnämnden")? */
static int suspended_head(const Occ *o, const char *next) {
  const char *t = o->w->text;
  return t[o->seg.e] == '-' && t[o->seg.e + 1] == '\0' &&
         (!strcmp(next, "och") || !strcmp(next, "eller") || !strcmp(next, "samt"));
}

/* Does the document print word as a part of a compound it shows with
 * certainty, after a known word ("sjukvård") or before one ("vårdplan")?
 * The head of a suspended compound is such a part: the document's
 * compounds judge it where the statistics of the word alone would not
 * ("värd" 10 to "vård" 3). */
static int doc_compound_part(Ctx *c, const char *word) {
  if (!c->parts_made) { /* each compound's cuts beside a known word, once */
    c->parts_made = 1;
    c->parts = strmap_new(256);
    size_t pos = 0, kl;
    const char *key;
    uint32_t v;
    while (c->parts && strmap_next(c->doc, &pos, &key, &kl, &v))
      for (size_t i = 3; i + 3 <= kl; i++) {
        if (((unsigned char)key[i] & 0xC0) == 0x80) continue; /* inside a letter */
        /* (a failed store only loses that part's bonus) */
        if (dict_lex_known(c->f->lex, key, i)) (void)strmap_put(c->parts, key + i, kl - i, 1);
        if (dict_lex_known(c->f->lex, key + i, kl - i)) (void)strmap_put(c->parts, key, i, 1);
      }
  }
  uint32_t v;
  return c->parts && strmap_get(c->parts, word, strlen(word), &v);
}

/* Is word, or word less one inflection ending (a stem of three letters or
 * more), a part of the document's certain compounds?  "vägar" beside
 * "cykelväg", where "vågar" is no part. */
static int doc_compound_stem(Ctx *c, const char *word) {
  if (doc_compound_part(c, word)) return 1;
  size_t wl = strlen(word);
  char stem[MAXCP * 4 + 1];
  for (size_t i = 1; i < NENDINGS; i++) {
    size_t el = strlen(ENDINGS[i]);
    if (el >= wl || wl - el > MAXCP * 4 || strcmp(word + wl - el, ENDINGS[i])) continue;
    memcpy(stem, word, wl - el);
    stem[wl - el] = '\0';
    if (utf8_len(stem, wl - el) >= 3 && doc_compound_part(c, stem)) return 1;
  }
  return 0;
}

/* Is there another of the document's certain words that begins as word
 * does up to its last letter that differs from low, its plain letters,
 * five letters or more?  The stem the document shows elsewhere chooses
 * between a compound's splits: "bassangtekniken" is "bassäng|tekniken"
 * beside "bassängerna", no "bas|sångtekniken". */
static int doc_stem(const Ctx *c, const char *low, const char *word) {
  size_t wl = strlen(word), ll = strlen(low), i = 0, j = 0, upto = 0, l1, l2;
  int n = 0, at = 0;
  while (i < wl && j < ll) {
    uint32_t a = utf8_decode(word + i, wl - i, &l1), b = utf8_decode(low + j, ll - j, &l2);
    i += l1;
    j += l2;
    n++;
    if (a != b) {
      upto = i;
      at = n;
    }
  }
  if (!upto || at < 5 || wl != i || ll != j) return 0; /* (a letter put in or dropped: none) */
  size_t pos = 0, kl;
  const char *key;
  uint32_t v;
  while (strmap_next(c->doc, &pos, &key, &kl, &v))
    if (kl >= upto && memcmp(key, word, upto) == 0 && (kl != wl || memcmp(key, word, wl))) return 1;
  return 0;
}

/* How many of the document's certain words other than those in doubt
 * between twins (c->twinned) hold stem as a later part of a compound
 * ("vård" in "öppenvården")? */
static unsigned doc_shows_part(Ctx *c, const char *stem) {
  size_t sl = strlen(stem), pos = 0, kl;
  const char *key;
  uint32_t v;
  /* (each stem's answer remembered, as count + 1: the search reads the
   * whole document's words, and a long report asks for "vård" and
   * "värd" at every such compound) */
  if (!c->shown) c->shown = strmap_new(16);
  if (c->shown && strmap_get(c->shown, stem, sl, &v)) return v - 1;
  unsigned found = 0;
  while (strmap_next(c->doc, &pos, &key, &kl, &v)) {
    if (kl < sl + 3 || (c->twinned && strmap_get(c->twinned, key, kl, &v))) continue;
    int in = 0;
    for (size_t i = 3; i + sl <= kl && !in; i++)
      in = ((unsigned char)key[i] & 0xC0) != 0x80 && !memcmp(key + i, stem, sl);
    found += (unsigned)in;
  }
  if (c->shown) (void)strmap_put(c->shown, stem, sl, found + 1);
  return found;
}

/* How many of the document's certain compounds show the stem (less its
 * longest inflection ending, three letters or more left) of a listed word
 * of four letters or more that word, a repair of low, ends in, begun at or
 * before the first letter the repair changed ("vård" of "beroende|vården"
 * beside "öppenvården")?  The most of any such ending. */
static unsigned tail_shown(Ctx *c, const char *low, const char *word) {
  uint32_t wc[MAXCP + 1], lc[MAXCP + 1];
  size_t off[MAXCP + 1], n = cp_offsets(word, wc, off), m = to_cps(low, lc, MAXCP);
  if (n > MAXCP || n != m) return 0;
  size_t d = 0;
  unsigned most = 0;
  while (d < n && wc[d] == lc[d]) d++;
  for (size_t s = d; s >= 3 && s + 4 <= n && d - s <= 12; s--) {
    const char *t = word + off[s];
    size_t tl = off[n] - off[s], el = 0;
    if (!dict_lex_known(c->f->lex, t, tl)) continue;
    for (size_t i = 1; i < NENDINGS; i++) {
      size_t l = strlen(ENDINGS[i]);
      if (l > el && l < tl && utf8_len(t, tl - l) >= 3 && !strcmp(t + tl - l, ENDINGS[i])) el = l;
    }
    char stem[MAXCP * 4 + 1];
    memcpy(stem, t, tl - el);
    stem[tl - el] = '\0';
    unsigned k = doc_shows_part(c, stem);
    if (k > most) most = k;
  }
  return most;
}

/* Does the document's choice fall on a's twin (a->twin) rather than on
 * its candidate bc: the twin's tail a part of its certain compounds,
 * bc's not or far less often?  A report on care prints "öppenvården" and
 * "hemsjukvården": its "beroendevarden" is "beroende|vården", though the statistics
 * (software manuals) know "värden" 380 times to "vården" once. */
static int tail_side(Ctx *c, const Analysis *a, const Cand *bc) {
  if (!a->twin || a->twin_head || bc != &a->cand[a->twin_k]) return 0;
  unsigned tw = tail_shown(c, a->low, a->twin);
  if (!tw) return 0;
  /* (or shown three times as often, three words or more: "tvångsvård",
   * "naturvård", "öppenvård" beside one "målvärdet") */
  unsigned other = tail_shown(c, a->low, bc->word);
  return other == 0 || (tw >= 3 && tw >= 3 * other);
}

/* A suspended compound's head ("léne-" / "och prisökningar") read as bc
 * ("låne"), which no certain compound of the document has as a part,
 * while one other å/ä/ö in one place makes a part it has ("löne" of
 * "löneöversynen"): that reading becomes a's twin (1), else 0.  Found
 * once, it serves the head's every occurrence. */
static int head_twin(Ctx *c, Analysis *a, const Cand *bc) {
  if (a->twin) return a->twin_head && bc == &a->cand[a->twin_k];
  if (doc_compound_part(c, bc->word)) return 0;
  static const uint32_t D[3] = {0xE5, 0xE4, 0xF6};
  uint32_t w[MAXCP + 1];
  size_t n = to_cps(bc->word, w, MAXCP);
  if (n > MAXCP) return 0;
  char found[MAXCP * 4 + 1] = "", v[MAXCP * 4 + 1];
  int nfound = 0;
  for (size_t i = 0; i < n; i++) {
    if (!is_dia(w[i])) continue;
    uint32_t keep = w[i];
    for (int d = 0; d < 3; d++) {
      if (D[d] == keep) continue;
      w[i] = D[d];
      from_cps(w, n, v);
      if (doc_compound_part(c, v) && nfound++ == 0) scopy(found, sizeof found, v);
    }
    w[i] = keep;
  }
  if (nfound != 1 || !(a->twin = strdup(found))) return 0;
  a->twin_k = (int)(bc - a->cand);
  a->twin_head = 1;
  return 1;
}

/* Is o's word a range of figures, "6-15" or "13–19" (the context rules'
 * "<range>": "6-15 år")? */
static int is_range(const Occ *o) {
  /* (the whole word: its figures are segments of their own) */
  const char *t = o->w->text, *e = t + strlen(t);
  int before = 0, after = 0, dash = 0;
  if (!o->number) return 0;
  while (t < e) {
    size_t d = *t == '-' ? 1 : strncmp(t, "\xe2\x80\x93", 3) == 0 ? 3 : 0;
    if (d) {
      if (dash++ || !before) return 0;
      t += d;
    } else if (*t >= '0' && *t <= '9') {
      if (dash) after++;
      else before++;
      t++;
    } else {
      return 0;
    }
  }
  return dash && after;
}

static const char *best_guess(const Occ *o, char *self_buf, size_t cap) {
  if (o->number) return "<num>";
  if (!o->a || o->a->kind == A_SKIP || o->a->kind == A_KNOWN || o->a->ncand == 0 ||
      o->a->kind == A_AMBIG) {
    size_t n = o->seg.e - o->seg.b < cap - 1 ? o->seg.e - o->seg.b : cap - 1;
    memcpy(self_buf, o->w->text + o->seg.b, n);
    self_buf[n] = '\0';
    for (char *p = self_buf; *p; p++)
      if (*p >= 'A' && *p <= 'Z') *p += 32;
    return self_buf;
  }
  int best = 0;
  for (int i = 1; i < o->a->ncand; i++)
    if (o->a->cand[i].cost - 0.3 * log(o->a->cand[i].count + 1.0) <
        o->a->cand[best].cost - 0.3 * log(o->a->cand[best].count + 1.0))
      best = i;
  return o->a->cand[best].word;
}

/* log P(the OCR printed low | the text was word) for a word that differs
 * from low only by restored diacritics: the document's per-letter loss. */
static double channel_restore(const Ctx *c, const char *low, const char *word) {
  uint32_t a[MAXCP + 1], b[MAXCP + 1];
  size_t na = to_cps(low, a, MAXCP), nb = to_cps(word, b, MAXCP);
  double s = 0;
  for (size_t i = 0; i < na && i < nb && i <= MAXCP; i++) {
    if (a[i] == b[i]) continue;
    int d = dia_index(b[i]);
    s += log(d >= 0 ? c->lossl[d] : c->loss);
  }
  return s;
}

/* log P(the OCR printed the word as seen | cand) for a rival reached by
 * rules: how often this document printed each rule's letter that way. */
static double channel_rules(const Ctx *c, const Cand *k) {
  double s = k->nrestore * log(c->loss);
  for (int i = 0; i < k->nrules; i++) {
    const DictSub *r = &c->f->rules->subs[k->rules[i]];
    size_t len;
    int d = dia_index(utf8_decode(r->to, strlen(r->to), &len));
    double total = d >= 0 ? c->dia_total[d] : 100.0;
    s += log((c->rule_used[k->rules[i]] + 0.5) / (total + 2.0));
  }
  return s;
}

static double rule_cost(const Ctx *c, const Cand *k) {
  double s = k->cost;
  for (int i = 0; i < k->nrules; i++) s += c->rule_adj[k->rules[i]];
  return s;
}

/* Is word a compass point with å/ä/ö ("södra", "östra")?  Capitalised, it
 * begins a place's name ("Södra Hällestad"), and the statistics, help
 * texts and a book, hardly ever write one. */
static int compass_point(const char *word) {
  return !strcmp(word, "södra") || !strcmp(word, "östra");
}

/* Inside a sentence, "Okad", "Gverskott", "Ar": the capital is the OCR's
 * reading of the lost ö/ä/å itself, not the writer's; the word is lower
 * case when its repair changes that first letter, the rest is lower case
 * and the word is no name. */
static int lost_capital(const Ctx *c, const char *core, const char *word) {
  size_t l1, l2, n = strlen(core);
  uint32_t a = utf8_decode(core, n, &l1), b = utf8_decode(word, strlen(word), &l2);
  if (!uc_is_upper(a) || uc_lower(a) == b || !is_dia(b)) return 0;
  for (size_t i = l1; i < n; i += l2) {
    uint32_t x = utf8_decode(core + i, n - i, &l2);
    if (uc_is_upper(x)) return 0;
  }
  /* (a compass point written with a capital begins a place's name,
   * "i Östra hamnen": in the benchmark OCR every "Ostra" was one) */
  if (compass_point(word)) return 0;
  /* (nor a word no list holds, a compound: such a word with a capital
   * inside a sentence is a name, "Angsgarden" the writer's "Ängsgården") */
  return !dict_lex_known(c->f->names, word, strlen(word)) &&
         dict_lex_known(c->f->lex, word, strlen(word));
}

/* Does occurrence i follow a capitalised word that opens place names,
 * the rule file's place-opener words ("Norra", "Övre", "Lilla")? */
static int place_opener(const Ctx *c, const Occ *occ, size_t i) {
  if (i == 0 || occ[i].sent_start) return 0;
  const Occ *q = &occ[i - 1];
  const char *t = q->w->text + q->seg.b;
  size_t n = q->seg.e - q->seg.b, l0;
  if (!uc_is_upper(utf8_decode(t, n, &l0))) return 0;
  char low[16];
  if (n >= sizeof low) return 0;
  memcpy(low, t, n);
  low[n] = '\0';
  /* (the word as printed, "Ostra" too: its reading is "östra") */
  char *lw = utf8_lower(q->choice ? q->choice : low);
  int hit = lw && dict_rules_listed(dict_rules_place_openers(c->f->rules), lw);
  free(lw);
  return hit;
}

/* Is occurrence i's figure a contents line's page number, after a title's
 * dot leaders ("verksamheten..... 2")?  The line after it is another
 * entry, whose capital is the writer's ("Aret i korthet..... 3"). */
static int contents_page(const Occ *occ, size_t i) {
  if (i == 0 || !occ[i].number) return 0;
  const char *t = occ[i - 1].w->text;
  size_t l = strlen(t);
  return l >= 4 && !strcmp(t + l - 4, "....");
}

/* Does a figure or a capitalised word follow occurrence i on its line (a
 * table header's "Årsarbetare 2025", "Resultat Åtgärd")? */
static int header_next(const Occ *occ, size_t n, size_t i) {
  if (i + 1 >= n || occ[i + 1].line_start) return 0;
  /* (not a contents line's page number: "under Aret..... 3") */
  if (contents_page(occ, i + 1)) return 0;
  if (occ[i + 1].number) return 1;
  const char *t = occ[i + 1].w->text + occ[i + 1].seg.b;
  size_t l;
  return uc_is_upper(utf8_decode(t, strlen(t), &l));
}

/* Is rule r this document's usual reading of its letter: used by
 * USUAL_USES confident repairs or more, and by nearly all that undo the
 * same letter ("é" read as ö 40 times, as ä twice)? */
static int usual_reading(const Ctx *c, int r) {
  const DictRules *R = c->f->rules;
  double same = 0;
  for (size_t q = 0; q < R->nsubs; q++)
    if (strcmp(R->subs[q].from, R->subs[r].from) == 0) same += c->rule_used[q];
  return c->rule_used[r] >= USUAL_USES && c->rule_used[r] >= USUAL_SHARE * same;
}

/* Is cand's repair of a capitalised word mid-sentence only the undoing of
 * letters a name may carry ("Bénka": é, ó, à and the like, not the OCR's
 * 6, & or #) into a simple word the statistics never saw, nor any of its
 * inflections?  Then the word is likelier a name than one that lost its
 * å/ä/ö.  (Not the document's count of the word: the repairs in doubt put
 * it there.  A compound never seen is still ordinary Swedish, and so is a
 * compass point: "Sédra" is "Södra".) */
static int accented_name(const Ctx *c, const Cand *k) {
  if (k->nrules == 0 || k->nrestore || k->compound || k->consensus || k->count ||
      compass_point(k->word) ||
      family(c, k->word, 0) > 0 || dict_lex_known(c->f->names, k->word, strlen(k->word)))
    return 0; /* (a name the dictionary knows with å/ä/ö: "Brattström") */
  int dominant = 1;
  for (int i = 0; i < k->nrules; i++) {
    const DictSub *r = &c->f->rules->subs[k->rules[i]];
    if (r->nfrom != 1 || r->from_cp[0] < 0xC0 || !uc_is_letter(r->from_cp[0])) return 0;
    dominant &= usual_reading(c, k->rules[i]);
  }
  /* (where this document's OCR prints nearly every ö as "é", a listed
   * word it so makes is no name's accent: "Fréjd", "Drénare") */
  if (dominant && dict_lex_known(c->f->lex, k->word, strlen(k->word))) return 0;
  return !lex_compound(c, k->word);
}

/* How often this document's certain words give cand k of analysis a
 * (with forms: any form of it, "ledningsnätet" for "ledningsnät"), less
 * the repairs to it of a's own occurrences, which put it there. */
static double doc_elsewhere(const Ctx *c, const Analysis *a, const Cand *k, int forms) {
  double doc = forms ? family(c, k->word, 1) : count_in(c, k->word, strlen(k->word), 1);
  if (a->kind == A_UNKNOWN && a->ncand == 1) doc -= a->nocc;
  return doc;
}

/* Does cand use a tier-3 rule, a rare confusion ("erhiller") or a dropped
 * letter with another change besides, to make a simple word the
 * statistics never saw, nor any of its inflections ("adm" as "ådöm", the
 * Latin "pilas" as "pålas"), and this document shows nowhere else?  The
 * weakest guesses need a word known to be used; a compound ("fritidsfrgor"
 * as "fritidsfrågor") is ordinary Swedish though unseen. */
static int weak_unseen(const Ctx *c, const Analysis *a, const Cand *k) {
  int weak = 0;
  for (int i = 0; i < k->nrules; i++) {
    const DictSub *r = &c->f->rules->subs[k->rules[i]];
    /* (a dropped letter alone, "mssan" for "mässan", is the old way) */
    weak |= r->tier >= 3 && (r->nfrom || k->nrules + k->nrestore > 1);
  }
  if (!weak || k->count || k->compound || family(c, k->word, 0) > 0 || lex_compound(c, k->word))
    return 0;
  /* ... nor this document elsewhere ("mssan" beside "mdssan", both
   * "mässan") */
  return doc_elsewhere(c, a, k, 0) <= 0;
}

/* Is occurrence o a word that follows a place's name ("kommun")? */
static int place_next(const Ctx *c, const Occ *o) {
  char low[64];
  size_t l = o->seg.e - o->seg.b;
  if (l >= sizeof low) return 0;
  for (size_t i = 0; i < l; i++) {
    unsigned char ch = (unsigned char)o->w->text[o->seg.b + i];
    low[i] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  }
  low[l] = '\0';
  return dict_rules_place(c->f->rules, low);
}

/* How many of core's å/ä/ö word reads as another, when that is all that
 * tells them apart (0 when anything else does).  One is the swe model's
 * confusion on a rough scan ("ärsbudgeten" for "årsbudgeten"): the letter
 * was printed with its marks, so nothing was lost, only which. */
static int dia_swaps(const char *core, const char *word) {
  uint32_t a[MAXCP + 2], b[MAXCP + 2];
  size_t n = to_cps(core, a, MAXCP), m = to_cps(word, b, MAXCP);
  int diff = 0;
  if (n != m) return 0;
  for (size_t i = 0; i < n; i++) {
    uint32_t x = uc_lower(a[i]), y = uc_lower(b[i]);
    if (x == y) continue;
    if (!is_dia(x) || !is_dia(y)) return 0;
    diff++;
  }
  return diff;
}

/* ---------------------------------------------------------- the passes */

static int collect(Ctx *c, Doc *d, Occ **out, size_t *nout) {
  /* (a core a word, nearly always: sized once, where doubling copied the
   * array five times on all.txt, each copy a cache miss a line and fresh
   * heap pages) */
  size_t cap = doc_word_count(d) + 1024, n = 0;
  Occ *occ = malloc(cap * sizeof *occ);
  if (!occ) return -1;
  for (size_t p = 0; p < d->npages; p++) c->scanned |= d->pages[p].from_ocr;
  for (size_t p = 0; p < d->npages; p++) {
    DocPage *pg = &d->pages[p];
    /* A PDF text layer holds the words as typeset: nothing to repair (and
     * an English page must not meet Swedish repairs). */
    if (!pg->from_ocr && pg->width > 0) continue;
    for (size_t b = 0; b < pg->nblocks; b++) {
      DocBlock *bl = &pg->blocks[b];
      if (bl->kind == DOC_NOISE || bl->kind == DOC_TABLE) continue;
      int start = 1;
      for (size_t l = 0; l < bl->nlines; l++) {
        DocLine *ln = &bl->lines[l];
        for (size_t w = 0; w < ln->nwords; w++) {
          DocWord *dw = &ln->words[w];
          /* A word the OCR read with confidence is left alone, unless it
           * is no word at all and a word once its å/ä/ö are back (a scan
           * whose dots the binarisation lost: "anvandare", "samhallet"). */
          int confident = pg->from_ocr && dw->conf >= c->f->opt.min_ocr_conf;
          if (confident && !strpbrk(dw->text, "aoAO")) {
            start = 0;
            continue;
          }
          Seg segs[16];
          size_t ns = is_address(dw->text) ? 0 : segments(dw->text, segs, 16);
          for (size_t s = 0; s < ns; s++) {
            if (n == cap) {
              cap *= 2;
              Occ *no = realloc(occ, cap * sizeof *occ);
              if (!no) {
                free(occ);
                return -1;
              }
              occ = no;
            }
            char core[MAXCP * 4 + 1];
            size_t cl = segs[s].e - segs[s].b;
            if (cl > MAXCP * 4) cl = MAXCP * 4;
            memcpy(core, dw->text + segs[s].b, cl);
            core[cl] = '\0';
            Occ *o = &occ[n++];
            memset(o, 0, sizeof *o);
            o->w = dw;
            o->page = pg->number;
            o->seg = segs[s];
            o->sent_start = start;
            o->line_start = w == 0 && s == 0;
            /* (after a line of prose: a title's short lines are no sentence) */
            o->para_cont = o->line_start && l > 0 && bl->kind == DOC_PARA &&
                           bl->lines[l - 1].nwords >= 4;
            o->number = core[0] >= '0' && core[0] <= '9' &&
                        strspn(core, "0123456789") == cl;
            Analysis *an = o->number ? NULL : analyse(c, core);
            if (!o->number && !an) {
              free(occ);
              return -1;
            }
            o->restore_only = confident;
            o->scan = pg->from_ocr;
            if (confident && !(an && an->kind == A_UNKNOWN && restorable(an)) && !dots_lost(an)) {
              n--;
              continue;
            }
            o->ai = an ? (long)(an - c->an) : -1;
            start = 0;
          }
          if (confident) {    /* (as before: no sentence edge taken from it) */
            start = 0;
            continue;
          }
          if (fix_ends_sentence(dw->text)) {
            if (n) occ[n - 1].sent_end = 1;
            start = 1;
          } else if (n && ns && occ[n - 1].w == dw && strchr(",;", dw->text[strlen(dw->text) - 1])) {
            occ[n - 1].clause_end = 1;
          }
        }
      }
      if (n) occ[n - 1].sent_end = 1;
    }
  }
  for (size_t i = 0; i < n; i++) occ[i].a = occ[i].ai >= 0 ? &c->an[occ[i].ai] : NULL;
  *out = occ;
  *nout = n;
  return 0;
}

/* Pass 1 evidence: how often this document's words keep å/ä/ö, lose them,
 * or show them as OCR stand-ins; which rules its clear repairs use. */
static void gather_evidence(Ctx *c, Occ *occ, size_t n) {
  size_t intact = 0, plain = 0, subst = 0;
  double il[D_N] = {0}, pl[D_N] = {0}, sl[D_N] = {0};
  for (size_t i = 0; i < n; i++) {
    Analysis *a = occ[i].a;
    if (!a) continue;
    uint32_t w[MAXCP + 1], t[MAXCP + 1];
    if (a->kind == A_KNOWN && a->has_dia) {
      intact++;
      size_t k = to_cps(a->low, w, MAXCP);
      for (size_t j = 0; j < k && j <= MAXCP; j++)
        if (dia_index(w[j]) >= 0) il[dia_index(w[j])]++;
    }
    if (a->kind != A_UNKNOWN || a->ncand != 1) continue;
    const Cand *k = &a->cand[0];
    if (k->nrules > 0) subst++;
    for (int r = 0; r < k->nrules; r++) c->rule_used[k->rules[r]]++;
    /* Per letter: restored from a plain letter, or from a stand-in. */
    size_t kw = to_cps(k->word, w, MAXCP), kt = to_cps(a->low, t, MAXCP);
    int lost = 0;
    for (size_t j = 0; j < kw && j <= MAXCP; j++) {
      int d = dia_index(w[j]);
      if (d < 0) continue;
      if (kw == kt && (t[j] == 'a' || t[j] == 'o')) pl[d]++, lost = 1;
      else if (kw != kt || t[j] != w[j]) sl[d]++;
      else il[d]++;
    }
    /* (a word whose only change puts one å/ä/ö for another lost no
     * letter: a name read whole, "Lönnåsa" as "lön|näsa" fourteen times,
     * is no sign of a file that loses them) */
    if (pure_restore(k) && lost) plain++;
  }
  c->loss = (plain + 0.5) / (plain + intact + subst + 3.0);
  /* Only a document that visibly loses diacritics gets its valid words
   * ("for", "ar") questioned: in one that keeps them, "for" is the verb. */
  /* (A rate, not a count, for long files: twenty English "on"s read as
   * "ön" in a book that keeps its thousands of å/ä/ö are not a loss.) */
  c->lossy = c->loss >= 0.15 || (plain >= 3 && c->loss >= 0.05) || (plain + subst > 0 && intact == 0);
  /* (rensa's own OCR reads å/ä/ö with the swe model: on its pages one or
   * two words restored, in a document of a few lines, are no sign of a
   * file that lost them: "Lovbibliotek" read whole is no "Lövbibliotek") */
  if (c->scanned && plain + subst < 3) c->lossy = 0;
  for (int d = 0; d < D_N; d++) {
    /* Shrunk towards the overall rate: a letter seen a few times only. */
    c->lossl[d] = (pl[d] + 3.0 * c->loss) / (pl[d] + il[d] + sl[d] + 3.0);
    c->dia_total[d] = pl[d] + il[d] + sl[d];
  }
  /* Shift each rule's cost by its share among rules with the same FROM
   * (a tier-3 rule, a last resort, apart: "i" for å does not shift "i"
   * for ä). */
  const DictRules *R = c->f->rules;
  for (size_t r = 0; r < R->nsubs; r++)
    if (c->rule_used[r] >= RIVAL_USES) c->rivals++;
  for (size_t r = 0; r < R->nsubs; r++) {
    double same = 0, nsame = 0;
    for (size_t q = 0; q < R->nsubs; q++)
      if (strcmp(R->subs[q].from, R->subs[r].from) == 0 &&
          (R->subs[q].tier == 3) == (R->subs[r].tier == 3)) {
        same += c->rule_used[q];
        nsame++;
      }
    double share = (c->rule_used[r] + 1.0) / (same + nsame);
    c->rule_adj[r] = -log(share * nsame);
  }
}

/* Are all of a's candidates names the dictionary lists, words of no other
 * kind (or seen once by the statistics at most: "Kalle" of "Kallé")?
 * ("Ekerö" of "Ekeréd" by é and d read as one ö: the name the document
 * spells "Ekeröd" in its other misreadings.)  Such a word votes in the
 * consensus pass by its rules and takes the agreements it is in. */
static int names_only(const Ctx *c, const Analysis *a) {
  for (int k = 0; k < a->ncand; k++) {
    const char *w = a->cand[k].word;
    if ((dict_lex_known(c->f->lex, w, strlen(w)) && a->cand[k].count > 1) ||
        !dict_lex_known(c->f->names, w, strlen(w)))
      return 0;
  }
  return a->ncand > 0;
}

/* Two different misreadings of one word in this file ("Hammenhdégsbadet",
 * "Hammenhégsbadet") that tier-1 rules turn into the same word with å/ä/ö
 * agree on it, though no dictionary knows it (a place name): each unknown
 * word with no candidate votes for its rule variants, then takes the ones
 * another misreading voted for too.  Only in files that lose letters.  A
 * third misreading joins an agreement by its tier-2 variants too
 * ("Hammenhdgsbadet", d for ö), but tier 2 casts no votes: d for ä and é
 * for ä would agree on "Hammenhägsbadet".  Only a word that lost its marks
 * (its a and o plain, which can be nothing but å/ä and ö) takes tier-2
 * agreements of its own, with two other misreadings: "Norrhalla" with
 * "Norrhilla" (i for ä) and "Norrhdlla" (d for ä or å) on "Norrhälla". */
static int consensus(Ctx *c) {
  if (!c->lossy) return 0;
  Votes vs = {strmap_new(1024), NULL, 0, 0, 0};
  if (!vs.map) return -1;
  for (int pass = 0; pass < 3; pass++)
    for (size_t i = 0; i < c->nan; i++) {
      Analysis *a = &c->an[i];
      if (a->kind != A_UNKNOWN || (a->ncand && !a->named && !(pass != 1 && names_only(c, a))))
        continue;
      uint32_t cp[MAXCP + 2];
      size_t n = to_cps(a->low, cp, MAXCP);
      if (n > MAXCP || n < 5) continue;
      Site sites[256];
      size_t ns = build_sites(c, cp, n, sites, 256, 0);
      vs.join_plain = pass == 1;
      Gen g = {c, a, cp, n, sites, ns, pass ? 2 : 1, 0, 0, NULL, 0, 0, &vs, pass == 2 ? -1 : (long)i, NULL, 0, NULL, 0, NULL, NULL, NULL, NULL, NULL, 0};
      c->work = WORK_PER_WORD;
      gen_run(&g);
      /* (a word a listed name reads, "Kallé" as "Kalle", votes by its
       * rules alone: its plain letters are the name's) */
      if (pass == 1 || (a->ncand && !a->named)) continue;
      /* A word that lost its marks votes too, for each reading with its
       * a and o restored: "Gronviken" agrees with "Grénviken" on
       * "Grönviken".  (Two such words never agree: a differs from o.) */
      size_t pos[3];
      int combos, none[1] = {0};
      size_t np = restore_sites(cp, NULL, n, pos, &combos);
      for (int m = 1; np && m < combos; m++) {
        uint32_t w[MAXCP + 2];
        int rest = restore_combo(cp, n, pos, np, m, w);
        vote_variant(&g, w, n, (float)(RESTORE_COST * rest), none, 0);
      }
    }
  strmap_free(vs.map);
  free(vs.v);
  return c->nomem ? -1 : 0;
}

/* Is a word of n letters, folded into fd, a name (its fold nf, nfl bytes)
 * with the name's marks lost or misread, alone or before a tail of three
 * letters or more?  The tail's first letter, or -1. */
static long name_rest(const Fold *fd, size_t n, const char *nf, size_t nfl) {
  if ((fd->len != nfl && fd->len < nfl + 3) || memcmp(fd->key, nf, nfl)) return -1;
  size_t j = 0;
  while (j < n && fd->off[j] < nfl) j++;
  if (fd->off[j] != nfl || (j < n && n - j < 3)) return -1;
  return (long)j;
}

/* A name from this document for name_heads: its letters and fold. */
typedef struct NameSrc {
  char name[MAXCP * 4 + 1], fold[MAXCP * 4 + 1];
  size_t fl;
  size_t an;              /* its analysis */
} NameSrc;

/* Did k's rules only undo stand-ins (a figure, a sign, an accent: "6"
 * for ö), restoring no plain letter? */
static int stand_ins_only(const Ctx *c, const Cand *k) {
  if (k->nrestore || !k->nrules) return 0;
  for (int i = 0; i < k->nrules; i++)
    if (!stand_in_rules(c, &k->rules[i], 1)) return 0;
  return 1;
}

/* The mark bit of å, ä, ö (0: none) and the plain letter each may lose
 * itself into. */
static unsigned mark_bit(uint32_t ch) {
  return ch == 0xE5 ? 1u : ch == 0xE4 ? 2u : ch == 0xF6 ? 4u : 0u;
}
static uint32_t mark_plain(uint32_t ch) { return ch == 0xF6 ? 'o' : mark_bit(ch) ? 'a' : ch; }

/* A name its misreadings agreed on with a mark lost in each of them
 * ("R6énnofors", "R6nnofors", "Ro6nnofors" on "Rönnofors") takes the
 * marks the document's other misreadings of it show by their rules, not
 * by restoring a plain letter: where the name has a plain a or o, each
 * misreading's readings allow a set of marks ("Géksdtra": å or ä,
 * "Géksitra": ä), and the one mark all of them allow is the name's when
 * two misreadings show it, or one by stand-ins alone ("R6nn6fors":
 * "Rönnöfors"), which no plain letter makes. */
static void name_marks(Ctx *c, NameSrc *s) {
  uint32_t nm[MAXCP + 1], w[MAXCP + 1];
  size_t n = to_cps(s->name, nm, MAXCP);
  if (n > MAXCP) return;
  unsigned set[MAXCP], votes[MAXCP] = {0}, sure[MAXCP] = {0};
  for (size_t i = 0; i < n; i++) set[i] = 7;
  for (size_t p = 0; p < c->nan; p++) {
    const Analysis *pa = &c->an[p];
    if (pa->kind != A_UNKNOWN || p == s->an) continue;
    unsigned ps[MAXCP] = {0}, pst[MAXCP] = {0};
    for (int j = 0; j < pa->ncand; j++) {
      const Cand *k = &pa->cand[j];
      if (k->nrestore || !k->nrules || to_cps(k->word, w, MAXCP) != n) continue;
      size_t i = 0;
      while (i < n && (w[i] == nm[i] || mark_plain(w[i]) == mark_plain(nm[i]))) i++;
      if (i < n) continue;
      int st = stand_ins_only(c, k);
      for (i = 0; i < n; i++)
        if ((nm[i] == 'a' || nm[i] == 'o') && mark_bit(w[i])) {
          ps[i] |= mark_bit(w[i]);
          pst[i] |= (unsigned)st;
        }
    }
    for (size_t i = 0; i < n; i++)
      if (ps[i]) {
        set[i] &= ps[i];
        votes[i]++;
        sure[i] |= pst[i];
      }
  }
  int changed = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned b = set[i];
    if (!votes[i] || !(votes[i] >= 2 || sure[i]) || !b || (b & (b - 1))) continue;
    nm[i] = b == 1 ? 0xE5 : b == 2 ? 0xE4 : 0xF6;
    changed = 1;
  }
  if (!changed) return;
  char nw[MAXCP * 4 + 1];
  from_cps(nm, n, nw);
  scopy(s->name, sizeof s->name, nw);
  Analysis *sa = &c->an[s->an];
  scopy(sa->cand[0].word, sizeof sa->cand[0].word, nw);
}

/* A place's name this document restored by its element ("Strémsnas":
 * "Strömsnäs", place_part) or by the agreement of its misreadings
 * (consensus) heads compounds in it too, where the splitter read the
 * element as another word ("Strémsnasdagarna" as
 * "Ström|s|nås|dagarna", "Strömsnåsskolan") and its other misreadings
 * ("Sormala" and "Sdrmala", which agree on "Sörmala", beside "Sörmåla"): a
 * reading of a word no dictionary knows that is the name with its marks
 * lost or misread, alone or before a tail of three letters or more, takes
 * the name's letters.  Only in files that lose their marks, names of six
 * letters or more. */
static void name_heads(Ctx *c) {
  if (!c->lossy) return;
  /* the names first (copied: a name may head another's compound) */
  NameSrc *src = NULL;
  size_t ns = 0, cap = 0;
  for (size_t p = 0; p < c->nan; p++) {
    const Analysis *pa = &c->an[p];
    if (pa->kind != A_UNKNOWN || pa->ncand != 1 || !(pa->cand[0].place || pa->cand[0].consensus))
      continue;
    const char *w = pa->cand[0].word;
    if (utf8_len(w, strlen(w)) < 6) continue;
    if (ns == cap) {
      NameSrc *n = realloc(src, (cap = cap ? 2 * cap : 16) * sizeof *n);
      if (!n) break; /* (a name fewer) */
      src = n;
    }
    scopy(src[ns].name, sizeof src[ns].name, w);
    src[ns].fl = dict_fold(w, strlen(w), src[ns].fold);
    src[ns].an = p;
    ns++;
  }
  for (size_t q = 0; q < ns; q++) name_marks(c, &src[q]);
  /* (each word folded once, then held against every name) */
  uint32_t cp[MAXCP + 1];
  size_t off[MAXCP + 1];
  Fold fd;
  for (size_t i = 0; i < c->nan && ns; i++) {
    Analysis *a = &c->an[i];
    if (a->kind != A_UNKNOWN) continue;
    char nw[MAXCP * 8 + 2];
    for (int k = 0; k < a->ncand; k++) {
      Cand *cd = &a->cand[k];
      size_t n = cp_offsets(cd->word, cp, off);
      if (n > MAXCP) continue;
      fold_variant(cp, n, &fd);
      for (size_t q = 0; q < ns; q++) {
        long j;
        if (src[q].an == i || !strncmp(cd->word, src[q].name, strlen(src[q].name)) ||
            (j = name_rest(&fd, n, src[q].fold, src[q].fl)) < 0)
          continue;
        snprintf(nw, sizeof nw, "%s%s", src[q].name, cd->word + off[j]);
        scopy(cd->word, sizeof cd->word, nw);
        cd->place = 1;
        break;
      }
    }
    /* (a word nothing read, the name as printed before a listed word,
     * its link s or e between them: "Ekerodsskolan") */
    if (a->ncand || !a->low) continue;
    size_t n = cp_offsets(a->low, cp, off);
    if (n > MAXCP) continue;
    fold_variant(cp, n, &fd);
    for (size_t q = 0; q < ns && !a->ncand; q++) {
      long j;
      if (src[q].an == i || !strncmp(a->low, src[q].name, strlen(src[q].name)) ||
          (j = name_rest(&fd, n, src[q].fold, src[q].fl)) < 0 || (size_t)j == n)
        continue;
      const char *t = a->low + off[j];
      size_t tl = strlen(t);
      if (!dict_lex_known(c->f->lex, t, tl) &&
          !((t[0] == 's' || t[0] == 'e') && tl >= 4 && dict_lex_known(c->f->lex, t + 1, tl - 1)))
        continue;
      snprintf(nw, sizeof nw, "%s%s", src[q].name, t);
      if (strlen(nw) > MAXCP * 4) continue;
      int none[1] = {0};
      cand_add(c, a, nw, (float)RESTORE_COST, 0, none, 0, 1, 1);
      if (a->ncand) a->cand[0].place = 1;
    }
  }
  free(src);
}

/* Bytes a and b share at their start. */
static size_t common_prefix(const char *a, const char *b) {
  size_t i = 0;
  while (a[i] && a[i] == b[i]) i++;
  return i;
}

/* A word the statistics never saw in any form, when it is a compound,
 * behaves like its last part: "deltagartillfällen" is as likely beside
 * "deltagartillfallen" as "tillfällen" beside "tillfallen".  The split is
 * the same in every reading of a: after a head of four letters or more
 * that they share, the longest tail of six or more that the statistics
 * know in any reading.  Returns its byte offset, 0 for none. */
static size_t tail_split(const Ctx *c, const Analysis *a) {
  size_t same = (size_t)-1;
  for (int k = 0; k < a->ncand; k++) {
    size_t p = common_prefix(a->low, a->cand[k].word);
    if (p < same) same = p;
  }
  const char *w = a->low;
  size_t wl = strlen(w), k = 0, l;
  for (int cps = 0; k < wl && k <= same; cps++) {
    if (cps >= 4) {
      if (utf8_len(w + k, wl - k) < 6) break;
      if (dict_lex_count(c->f->lex, w + k, wl - k)) return k;
      for (int j = 0; j < a->ncand; j++) {
        const char *t = a->cand[j].word + k;
        if (utf8_len(t, strlen(t)) >= 6 && dict_lex_count(c->f->lex, t, strlen(t))) return k;
      }
    }
    utf8_decode(w + k, wl - k, &l);
    k += l;
  }
  return 0;
}

/* A listed word the statistics never saw in any form, as a compound (a
 * repair of a word that is none, beside one the splitter made): the
 * least count of its head and tail, the best such split (a link s or e
 * between them allowed), as the splitter counts the compounds it makes
 * ("löne|kostnad" beside the splitter's "låne|kostnad"); 0 for none. */
static double compound_count(const Ctx *c, const char *word) {
  uint32_t cp[MAXCP + 1];
  size_t off[MAXCP + 1], n = cp_offsets(word, cp, off);
  if (n > MAXCP) return 0;
  uint32_t best = 0;
  for (size_t i = 3; i + 4 <= n; i++) {
    uint32_t h = dict_lex_count(c->f->lex, word, off[i]);
    if (h <= best) continue;
    for (size_t t = i; t <= i + 1 && t + 4 <= n; t++) {
      if (t > i && cp[i] != 's' && cp[i] != 'e') break;
      uint32_t k = dict_lex_count(c->f->lex, word + off[t], off[n] - off[t]);
      uint32_t m = h < k ? h : k;
      if (m > best) best = m;
    }
  }
  return best;
}

/* A word the statistics saw only a few times ("kök" once) is as good as
 * unseen: the document's certain forms of it count when it settles the
 * word several times ("k6k", "kék" beside the doubtful "kok"), not on one
 * stray print (one "St&d" does not make "Kommunens stad" a "städ"). */
static double doc_settled(const Ctx *c, const char *word) {
  double d = family(c, word, 1);
  return d >= DOC_SETTLED ? d : 0;
}

static void set_counts(const Ctx *c, Analysis *a) {
  double sfam = a->self_count ? 0 : family(c, a->low, 0);
  a->self_eff = eff_count(a->self_count, sfam);
  int unseen = !a->self_count;
  for (int k = 0; k < a->ncand; k++) unseen |= !a->cand[k].count;
  size_t ts = unseen ? tail_split(c, a) : 0;
  /* (a rival the splitter made and counted by its parts: a listed word
   * the statistics never saw is counted so too) */
  int split_counted = 0;
  for (int k = 0; k < a->ncand; k++) split_counted |= a->cand[k].compound && a->cand[k].count;
  split_counted &= a->kind == A_UNKNOWN;
  if (ts && a->self_eff == 0 && !a->self_count && sfam == 0)
    a->self_eff = TAIL_W * dict_lex_count(c->f->lex, a->low + ts, strlen(a->low + ts));
  a->self_doc = 0; /* the plain form is what is in doubt: no evidence */
  for (int k = 0; k < a->ncand; k++) {
    Cand *cd = &a->cand[k];
    double fam = cd->count ? 0 : family(c, cd->word, 0);
    cd->eff = eff_count(cd->count, fam);
    /* Only a word the statistics never saw needs the document's word; the
     * document's other forms of it only when the statistics lack the
     * whole family (see eff_count), or when the word as printed is rare
     * there itself: "intakt" (intact) beside a report full of "intäkter"
     * is "intäkt", where "behov" beside "behöver" stays.  (Not for a word
     * that is no word: "salla" is "sålla", though "sällan" is common.) */
    cd->doc = cd->count >= DOC_SEEN ? 0 : cd->count ? doc_settled(c, cd->word) : cd->eff > 0 || fam == 0 ||
                                      (a->kind == A_AMBIG && a->self_count < FAMILY_RARE)
                                  ? family(c, cd->word, 1)
                                  : count_in(c, cd->word, strlen(cd->word), 1);
    if (ts && !cd->count && fam == 0)
      cd->eff = TAIL_W * dict_lex_count(c->f->lex, cd->word + ts, strlen(cd->word + ts));
    if (split_counted && cd->eff == 0 && !cd->count && fam == 0 && !cd->compound)
      cd->eff = compound_count(c, cd->word);
  }
}

/* The document's own certain words (the cache of p_uni), then each
 * analysis's counts backed off to families and the cache. */
static int doc_evidence(Ctx *c, Occ *occ, size_t n) {
  c->doc = strmap_new(1024);
  if (!c->doc) return -1;
  for (size_t i = 0; i < n; i++) {
    Analysis *a = occ[i].a;
    if (!a) continue;
    c->ndoc++;
    a->nocc++;
    const char *w = a->kind == A_KNOWN && a->has_dia                ? a->low
                    : a->kind == A_UNKNOWN && a->ncand == 1 ? a->cand[0].word
                                                            : NULL;
    if (w && strmap_add(c->doc, w, strlen(w), 1)) return -1;
  }
  for (size_t i = 0; i < c->nan; i++)
    /* (One candidate needs no scores to be chosen.) */
    if ((c->an[i].kind == A_UNKNOWN && c->an[i].ncand > 1) || c->an[i].kind == A_AMBIG)
      set_counts(c, &c->an[i]);
  return 0;
}

static int describe_rules(const Ctx *c, const Cand *k, char *buf, size_t cap) {
  size_t o = 0;
  if (k->nrules == 0) {
    scopy(buf, cap, k->place ? "place-part" : k->compound ? "compound" : "restore-diacritics");
    o = strlen(buf);
  }
  for (int i = 0; i < k->nrules && o < cap; i++) {
    const DictSub *s = &c->f->rules->subs[k->rules[i]];
    o += (size_t)snprintf(buf + o, cap - o, "%s%s %s→%s (confusions.rules:%d)",
                          i ? ", " : "", s->from[0] ? "sub" : "ins",
                          s->from[0] ? s->from : "", s->to, s->line);
  }
  if (k->nrules && k->nrestore && o < cap)
    snprintf(buf + o, cap - o, " + restore-diacritics");
  return 0;
}

/* The evidence for keeping low against its rival word by margin between
 * prev and next: "kept: \"%.40s\" scores %.2f vs \"%.40s\" (context %.30s
 * _ %.30s)". */
static void kept(char *ev, size_t cap, const char *word, double margin, const char *low,
                 const char *prev, const char *next) {
  const size_t all = (size_t)-1;
  FixText t = fix_text(ev, cap);
  fix_text_str(&t, "kept: \"", all);
  fix_text_str(&t, word, 40);
  fix_text_str(&t, "\" scores ", all);
  fix_text_2f(&t, margin);
  fix_text_str(&t, " vs \"", all);
  fix_text_str(&t, low, 40);
  fix_text_str(&t, "\" (context ", all);
  fix_text_str(&t, prev, 30);
  fix_text_str(&t, " _ ", all);
  fix_text_str(&t, next, 30);
  fix_text_str(&t, ")", all);
}

/* The report's rule and evidence for choosing bc for an occurrence of a
 * between prev and next (margin: over the word as printed, for A_AMBIG).
 * Formatted only for an entry written: most choices keep the word. */
static void explain(const Ctx *c, const Analysis *a, const Cand *bc, double margin,
                    const char *prev, const char *next, char *rule, size_t rcap, char *ev,
                    size_t ecap) {
  const size_t all = (size_t)-1;
  FixText t = fix_text(ev, ecap);
  if (a->kind == A_AMBIG) {
    /* "context: %.40s/%.40s", "margin %.2f nats; context %.40s _ %.40s;
     * loss rate %.2f" */
    FixText u = fix_text(rule, rcap);
    fix_text_str(&u, "context: ", all);
    fix_text_str(&u, a->low, 40);
    fix_text_str(&u, "/", all);
    fix_text_str(&u, bc->word, 40);
    fix_text_str(&t, "margin ", all);
    fix_text_2f(&t, margin);
    fix_text_str(&t, " nats; context ", all);
    fix_text_str(&t, prev, 40);
    fix_text_str(&t, " _ ", all);
    fix_text_str(&t, next, 40);
    fix_text_str(&t, "; loss rate ", all);
    fix_text_2f(&t, c->loss);
    return;
  }
  describe_rules(c, bc, rule, rcap);
  /* "%d candidate(s); count %u; context %.40s _ %.40s%s" */
  fix_text_int(&t, a->ncand);
  fix_text_str(&t, " candidate(s); count ", all);
  fix_text_uint(&t, bc->count);
  fix_text_str(&t, "; context ", all);
  fix_text_str(&t, prev, 40);
  fix_text_str(&t, " _ ", all);
  fix_text_str(&t, next, 40);
  if (bc->consensus) fix_text_str(&t, "; another misreading in this file gives the same word", all);
  if (bc->place) fix_text_str(&t, "; a place name's element (place-part, place-head) with its marks restored", all);
}

/* Does another candidate of a differ from candidate k only by å/ä/ö
 * ("första" and "förstå" for "férsta")?  Then the choice between them is
 * one the context rules speak to, as for a valid word's rival. */
static int twin_cand(const Analysis *a, int k) {
  for (int j = 0; j < a->ncand; j++)
    if (j != k && dia_twins(a->cand[k].word, a->cand[j].word)) return 1;
  return 0;
}

/* twin_cand(a, k), for a word that is no word (A_UNKNOWN: its candidates
 * are final in pass 2), worked out once for all its occurrences: each
 * asks every candidate of every other. */
static int twin_of(Analysis *a, int k) {
  if (!a->twins_known) {
    a->twins = 0;
    for (int j = 0; j < a->ncand; j++) a->twins |= (unsigned)twin_cand(a, j) << j;
    a->twins_known = 1;
  }
  return a->twins >> k & 1;
}

static size_t cps(const char *s) { return utf8_len(s, strlen(s)); }

/* Does restoring å/ä/ö alone make a word of the letters as printed?  Then
 * a reading that drops one of them loses to it: the OCR loses marks far
 * more often than it makes letters up ("sammantradde" is "sammanträdde",
 * not "sammanträde" by "ad" for ä).  (Not one that adds a letter: the OCR
 * drops an ö altogether, "kat" for "ökat", no "kåt".) */
static int printed_length_word(const Analysis *a, const char *core) {
  for (int k = 0; k < a->ncand; k++)
    if (pure_restore(&a->cand[k]) && cps(a->cand[k].word) == cps(core)) return 1;
  return 0;
}

/* Is o's word capitalised inside a sentence? */
static int inner_capital(const Occ *o, const char *core) {
  size_t l0;
  return !o->sent_start && !o->line_start && uc_is_upper(utf8_decode(core, strlen(core), &l0));
}

/* Is one of a's readings a name the dictionary lists with its capital,
 * made by restoring marks alone, and another none?  Inside a sentence
 * the capital makes the name the reading: "i Laxa kommun" is "Laxå", no
 * "Läxa" (homework). */
static int name_choice(const Ctx *c, const Analysis *a) {
  int names = 0, others = 0;
  for (int k = 0; k < a->ncand; k++) {
    const Cand *cd = &a->cand[k];
    if (!dict_lex_known(c->f->names, cd->word, strlen(cd->word))) others++;
    else if (pure_restore(cd)) names++;
  }
  return names && others;
}

/* Pass 2: decide each occurrence with its neighbours. */
/* A word's consonant skeleton, lower case ("Akerbaret", "Akerbéret",
 * "Akerbiret": "krbrt"): what the OCR's readings of å/ä/ö and their
 * stand-ins leave alike.  0 when the word is shorter than six letters or
 * the skeleton too short to tell words apart. */
static size_t skeleton(const char *core, char *out, size_t cap) {
  size_t n = strlen(core), k = 0, letters = 0, l;
  for (size_t i = 0; i < n; i += l) {
    uint32_t ch = uc_lower(utf8_decode(core + i, n - i, &l));
    letters += uc_is_letter(ch) || (ch >= '0' && ch <= '9') || ch == '&';
    if (ch < 'a' || ch > 'z' || strchr("aeiouy", (int)ch)) continue;
    if (k + 1 >= cap) return 0;
    out[k++] = (char)ch;
  }
  return letters >= 6 && k >= 3 ? k : 0;
}

/* Count, by skeleton, the words the document prints with a capital inside
 * a sentence (not at a line's head, which may be a row's or an item's)
 * and those it prints in lower case: capitals << 16 | lower, each capped. */
static void count_capitals(Ctx *c, const Occ *occ, size_t n) {
  if (!(c->capitals = strmap_new(256))) return;
  for (size_t i = 0; i < n; i++) {
    const Occ *o = &occ[i];
    if (o->number) continue;
    const char *t = o->w->text + o->seg.b;
    size_t tl = o->seg.e - o->seg.b, l;
    char key[MAXCP * 4 + 1], core[MAXCP * 4 + 1];
    if (tl > MAXCP * 4) continue;
    memcpy(core, t, tl);
    core[tl] = '\0';
    size_t kl = skeleton(core, key, sizeof key);
    if (!kl) continue;
    uint32_t first = utf8_decode(t, tl, &l), v = 0;
    int upper = uc_is_upper(first);
    if (upper && (o->sent_start || (o->line_start && !o->para_cont))) continue;
    (void)strmap_get(c->capitals, key, kl, &v);
    uint32_t cap = v >> 16, low = v & 0xFFFF;
    if (upper && cap < 0xFFFF) cap++;
    if (!upper && low < 0xFFFF) low++;
    (void)strmap_put(c->capitals, key, kl, cap << 16 | low);
  }
}

/* Does the document print core's word with a capital inside sentences at
 * least twice and never in lower case ("Akerbaret" thirteen times for the
 * home "Åkerbäret")?  Then the capital is the writer's: a name, whatever
 * common word its letters also make. */
static int writer_capital(const Ctx *c, const char *core) {
  char key[MAXCP * 4 + 1];
  uint32_t v;
  size_t kl = skeleton(core, key, sizeof key);
  return kl && c->capitals && strmap_get(c->capitals, key, kl, &v) && v >> 16 >= 2 &&
         (v & 0xFFFF) == 0;
}

/* Is y the name x with more of its marks, in the same case: where x has
 * a plain a or o, y may have å/ä or ö, in one place or more, and no other
 * letter differs? */
static int name_more_marked(const char *y, size_t yl, const char *x, size_t xl) {
  uint32_t a[MAXCP + 1], b[MAXCP + 1];
  size_t na = 0, nb = 0, l;
  for (size_t i = 0; i < yl && na <= MAXCP; i += l) a[na++] = utf8_decode(y + i, yl - i, &l);
  for (size_t i = 0; i < xl && nb <= MAXCP; i += l) b[nb++] = utf8_decode(x + i, xl - i, &l);
  if (na != nb || na > MAXCP) return 0;
  for (size_t i = 0; i < na; i++) {
    if (uc_is_upper(a[i]) != uc_is_upper(b[i])) return 0;
    a[i] = uc_lower(a[i]);
    b[i] = uc_lower(b[i]);
  }
  int lost;
  return marks_lost(b, a, na, &lost) && lost;
}

/* The core of occurrence o as its token holds it now. */
static size_t occ_core(const Occ *o, char *out, size_t cap) {
  size_t cl = o->seg.e - o->seg.b;
  if (cl >= cap) return 0;
  memcpy(out, o->w->text + o->seg.b, cl);
  out[cl] = '\0';
  return cl;
}

/* A spelling of unify_names: its text (the map's copy), how often the
 * document prints it, the spellings of its fold (a chain in the map's
 * order) and the one it takes (NO_SPELLING: none). */
typedef struct Spelling {
  const char *text;
  size_t len, head, next, tail, best;
  uint32_t count;
} Spelling;
#define NO_SPELLING ((size_t)-1)

/* Is occurrence o a capitalised word no dictionary knew, six letters or
 * more (unify_names)?  Its core into core, its length; 0 when not. */
static size_t name_core(const Occ *o, char *core, size_t cap) {
  size_t cl, l0;
  if (!o->a || o->a->kind != A_UNKNOWN || !(cl = occ_core(o, core, cap)) ||
      !uc_is_upper(utf8_decode(core, cl, &l0)) || utf8_len(core, cl) < 6)
    return 0;
  return cl;
}

/* A name is one word in one document: after the words are decided, a
 * capitalised word no dictionary knew (six letters or more) that the
 * document spells elsewhere with more of its marks, at least twice and at
 * least as often, takes that spelling ("Sjöangsbadet", where the
 * agreement of two misreadings left an a, beside "Sjöängsbadet" sixteen
 * times).  Only in files that lose their marks.  (Such a spelling has the
 * word's fold: each spelling is held against those of its fold only.) */
static RensaStatus unify_names(Ctx *c, Occ *occ, size_t n, FixReport *r) {
  if (!c->lossy) return RENSA_OK;
  RensaStatus st = RENSA_OK;
  StrMap *m = strmap_new(256), *folds = strmap_new(256);
  Spelling *sp = NULL;
  char core[MAXCP * 4 + 1], tok[512], ev[160];
  if (!m || !folds) goto done; /* (only a spelling less made one) */
  for (size_t i = 0; i < n; i++) {
    size_t cl = name_core(&occ[i], core, sizeof core);
    if (cl) (void)strmap_add(m, core, cl, 1);
  }
  size_t nk = strmap_size(m), pos = 0, k = 0, kl;
  const char *key;
  uint32_t v;
  if (!nk || !(sp = malloc(nk * sizeof *sp))) goto done;
  while (k < nk && strmap_next(m, &pos, &key, &kl, &v)) {
    char f[MAXCP * 4 + 1];
    uint32_t h;
    sp[k] = (Spelling){key, kl, k, NO_SPELLING, k, NO_SPELLING, v};
    if (kl < sizeof f) {
      size_t fl = dict_fold(key, kl, f);
      if (strmap_get(folds, f, fl, &h)) {
        sp[k].head = h;
        sp[sp[h].tail].next = k;
        sp[h].tail = k;
      } else {
        (void)strmap_put(folds, f, fl, (uint32_t)k);
      }
    }
    (void)strmap_put(m, key, kl, (uint32_t)k); /* (the map now names the spelling) */
    k++;
  }
  for (size_t x = 0; x < k; x++) {
    uint32_t bv = 0;
    for (size_t y = sp[x].head; y != NO_SPELLING; y = sp[y].next)
      if (sp[y].count >= 2 && sp[y].count >= sp[x].count && sp[y].count > bv &&
          name_more_marked(sp[y].text, sp[y].len, sp[x].text, sp[x].len)) {
        sp[x].best = y;
        bv = sp[y].count;
      }
  }
  for (size_t i = 0; i < n; i++) {
    Occ *o = &occ[i];
    size_t cl = name_core(o, core, sizeof core);
    uint32_t x;
    if (!cl || !strmap_get(m, core, cl, &x) || x >= k || sp[x].best == NO_SPELLING) continue;
    const Spelling *b = &sp[sp[x].best];
    if (b->len >= sizeof core) continue;
    char to[MAXCP * 4 + 1];
    memcpy(to, b->text, b->len);
    to[b->len] = '\0';
    join3(tok, sizeof tok, o->w->text, o->seg.b, to, o->w->text + o->seg.e);
    snprintf(ev, sizeof ev, "the document spells this name so %u times, so %u", (unsigned)b->count,
             (unsigned)sp[x].count);
    if (fix_report_add(r, o->page, o->w, o->seg.col, core, to, "document-spelling", ev, 0.9f) ||
        doc_word_set(o->w, tok)) {
      st = RENSA_E_NOMEM;
      break;
    }
    long delta = (long)b->len - (long)cl;
    for (size_t j = i + 1; j < n && occ[j].w == o->w; j++) {
      occ[j].seg.b = (size_t)((long)occ[j].seg.b + delta);
      occ[j].seg.e = (size_t)((long)occ[j].seg.e + delta);
    }
    o->seg.e = o->seg.b + b->len;
  }
done:
  free(sp);
  strmap_free(folds);
  strmap_free(m);
  return st;
}

static RensaStatus decide(Ctx *c, Occ *occ, size_t n, FixReport *r) {
  char prevbuf[MAXCP * 4 + 1], nextbuf[MAXCP * 4 + 1];
  /* (the words in doubt between twins, which vouch for neither: each
   * compound's pair once; a failed store only lets one vouch) */
  for (size_t k = 0; k < c->nan; k++) {
    const Analysis *a = &c->an[k];
    if (!a->twin) continue;
    if (!c->twinned && !(c->twinned = strmap_new(16))) break;
    const char *w = a->cand[a->twin_k].word;
    (void)strmap_put(c->twinned, w, strlen(w), 1);
    (void)strmap_put(c->twinned, a->twin, strlen(a->twin), 1);
  }
  count_capitals(c, occ, n);
  for (size_t i = 0; i < n; i++) {
    Occ *o = &occ[i];
    Analysis *a = o->a;
    if (!a || a->kind == A_SKIP) continue;
    char core[MAXCP * 4 + 1];
    size_t cl = o->seg.e - o->seg.b;
    if (cl > MAXCP * 4) cl = MAXCP * 4;
    memcpy(core, o->w->text + o->seg.b, cl);
    core[cl] = '\0';
    if (a->pending) {
      /* A file that keeps its å/ä/ö: a compound Hunspell accepts stays. */
      a->pending = 0;
      if (!c->lossy && dict_hun_spell(c->f->hun, core)) a->kind = A_KNOWN;
    }
    if (c->lossy && !a->rivals_done && !a->has_dia &&
        (a->kind == A_KNOWN || a->kind == A_AMBIG)) {
      uint32_t ocp[MAXCP + 2];
      size_t on = to_cps(core, ocp, MAXCP);
      a->rivals_done = 1;
      if (on <= MAXCP) gen_rivals(c, a, ocp, on);
      if (on <= MAXCP && a->kind == A_KNOWN && !a->ncand) gen_unseen(c, a, ocp, on);
      if (c->nomem) return RENSA_E_NOMEM;
      if (a->ncand) {
        a->kind = A_AMBIG;
        set_counts(c, a);
      }
    }
    if (a->kind == A_KNOWN) continue;
    if (a->kind == A_UNKNOWN && a->ncand == 0) {
      /* Capitalised unknowns mid-sentence are usually names: not doubted. */
      uint32_t cp0;
      size_t l0;
      cp0 = utf8_decode(core, strlen(core), &l0);
      if (!(uc_is_upper(cp0) && !o->sent_start))
        if (fix_report_add(r, o->page, o->w, o->seg.col, core, NULL,
                           "unknown-word", "not in the lexicon or Hunspell; no repair makes a word", 0))
          return RENSA_E_NOMEM;
      continue;
    }
    const char *prev = i == 0 || o->sent_start ? "<s>"
                                               : (occ[i - 1].choice ? occ[i - 1].choice
                                                                    : best_guess(&occ[i - 1], prevbuf, sizeof prevbuf));
    const char *next = o->sent_end || i + 1 == n ? "</s>" : best_guess(&occ[i + 1], nextbuf, sizeof nextbuf);
    /* (the statistics count every number as "<num>"; the rules tell years) */
    const char *rnext = next[0] != '<' || strcmp(next, "<num>") ? next
                        : is_year(&occ[i + 1]) ? "<year>"
                        : is_count(&occ[i + 1]) ? "<count>"
                                                : next;
    const char *rprev = i == 0 || prev[0] != '<' || strcmp(prev, "<num>") ? prev
                        : is_year(&occ[i - 1])  ? "<year>"
                        : is_range(&occ[i - 1]) ? "<range>"
                                                : prev;
    double best_s = -1e30, second = -1e30, self_s = -1e30, margin = 0;
    /* a file that keeps its å/ä/ö changes a valid word only when its dots
     * were lost on a scan */
    int dots = !c->lossy && o->scan && dots_lost(a);
    int best = -1;
    /* (the core's lowercase is the analysis's: the cache key) */
    const char *low = a->low;
    /* A comma parts clauses: the word across it says little of this one
     * ("något tidigare år, särskilt barn" is no "är särskilt"). */
    Around ar = around(c, i > 0 && occ[i - 1].clause_end ? NULL : prev,
                       o->clause_end ? NULL : next);
    /* (the words before it in its clause, nearest first: "har ... ersatts";
     * only the context rules ask, for a valid word or between readings) */
    char cbuf[DICT_CLAUSE][MAXCP * 4 + 1];
    const char *clause[DICT_CLAUSE];
    size_t ncl = 0;
    int ctx_asked = a->kind == A_AMBIG || a->ncand >= 2;
    for (size_t j = i; ctx_asked && !o->sent_start && j > 0 && ncl < DICT_CLAUSE; j--) {
      const Occ *q = &occ[j - 1];
      if (q->clause_end) break;
      clause[ncl] = q->choice ? q->choice : best_guess(q, cbuf[ncl], sizeof cbuf[ncl]);
      ncl++;
      if (q->sent_start) break;
    }
    if (a->kind == A_AMBIG) {
      self_s = lm_score(c, &ar, low, a->self_eff, a->self_doc) +
               dict_rules_context_clause(c->f->rules, rprev, low, rnext, clause, ncl);
    }
    int head = suspended_head(o, next);
    size_t lc;
    int opener = uc_is_upper(utf8_decode(core, strlen(core), &lc)) && place_opener(c, occ, i);
    int printed = a->kind == A_UNKNOWN && printed_length_word(a, core);
    int name_pick = a->kind == A_UNKNOWN && inner_capital(o, core) && name_choice(c, a);
    /* A valid word the statistics never saw in any form: they cannot
     * choose, the document's own compounds can ("provning" beside the
     * certain "överprövning"). */
    int blind = a->kind == A_AMBIG && c->lossy && !a->self_count && family(c, low, 0) == 0 &&
                !doc_compound_stem(c, low);
    for (int k = 0; k < a->ncand; k++) {
      const Cand *cd = &a->cand[k];
      if (printed && cps(cd->word) < cps(core)) continue;
      double s = lm_score(c, &ar, cd->word, cd->eff, cd->doc);
      if (head ? doc_compound_part(c, cd->word)
               : a->kind == A_UNKNOWN && a->ncand >= 2 &&
                     utf8_len(cd->word, strlen(cd->word)) >= 4 &&
                     (doc_compound_stem(c, cd->word) || (cd->compound && doc_stem(c, a->low, cd->word))))
        s += head ? PART_BONUS : PART_BONUS_ANY;
      if (name_pick && !dict_lex_known(c->f->names, cd->word, strlen(cd->word))) continue;
      if (blind && cps(cd->word) >= 5 && doc_compound_part(c, cd->word)) s += PART_BONUS_ANY;
      /* (a capitalised place name's element after its opener: "Norra
       * Asen" is "Norra Åsen", no carrion) */
      if (opener && place_element(c, cd->word)) s += PLACE_BONUS;
      if (a->kind == A_AMBIG) /* (summed left to right, as ever) */
        s = s + (cd->nrules ? channel_rules(c, cd) : channel_restore(c, a->low, cd->word)) +
            dict_rules_context_clause(c->f->rules, rprev, cd->word, rnext, clause, ncl);
      else if (twin_of(a, k)) /* the context rules choose between å/ä/ö */
        s = s - rule_cost(c, cd) +
            dict_rules_context_clause(c->f->rules, rprev, cd->word, rnext, clause, ncl);
      else
        s -= rule_cost(c, cd);
      if (s > best_s) {
        second = best_s;
        best_s = s;
        best = k;
      } else if (s > second) {
        second = s;
      }
    }
    if (best < 0) continue;
    const Cand *bc = &a->cand[best];
    if (o->restore_only && !pure_restore(bc)) continue;
    char rule[96], ev[256];
    if (a->kind == A_AMBIG) {
      margin = best_s - self_s;
      /* A word only Hunspell's compounding accepts is weaker evidence than
       * a listed one: its rival need not win by the full margin. */
      /* Two capitalised words in a row make a name ("Sankt Olofsbadet"):
       * a valid word there changes only on strong evidence. */
      size_t l0;
      int name_like = 0;
      if (i + 1 < n && !occ[i + 1].sent_start && uc_is_upper(utf8_decode(core, cl, &l0))) {
        const Occ *nx = &occ[i + 1];
        name_like = uc_is_upper(utf8_decode(nx->w->text + nx->seg.b, nx->seg.e - nx->seg.b, &l0));
      }
      /* ... nor a listed word no text of the statistics uses in any form
       * ("bittre" beside "bättre"), unless it is a name's part, which
       * explains why the statistics lack it. */
      int unseen = a->listed && !name_like && !a->self_count && family(c, low, 0) == 0;
      double need = (a->listed && !unseen ? CHANGE_MARGIN : 0.0) + (name_like ? NAME_MARGIN : 0.0);
      if ((!c->lossy && !dots) || margin < need) {
        o->choice = NULL;
        if (margin > -1.5 && c->loss > 0.05) {
          kept(ev, sizeof ev, bc->word, margin, low, prev, next);
          if (fix_report_add(r, o->page, o->w, o->seg.col, core, NULL,
                             "ambiguous-pair", ev, 0.5f))
            return RENSA_E_NOMEM;
        }
        continue;
      }
      second = self_s > second ? self_s : second;
    } else {
      /* A file that keeps its å/ä/ö: an unknown word is more often a name,
       * an abbreviation or a foreign word ("Bénka", "adm", "on") than a
       * lost letter; a repair nothing ever saw, or a bare restore of a
       * short word, is only flagged. */
      /* In any file, a capitalised word inside a sentence whose only
       * repair is an accent undone into a word nothing ever saw ("på
       * Bénka" as "Bänka") is a name: flagged. */
      size_t l0;
      int cap = uc_is_upper(utf8_decode(core, cl, &l0)), swaps = dia_swaps(core, bc->word);
      int name = !o->sent_start && cap && accented_name(c, bc);
      /* ... except one misread letter in a lowercase compound of known
       * parts that the document prints elsewhere ("iedningsnät" beside
       * "ledningsnätet"): compounds are made freely, so the statistics
       * not having seen it says nothing.  (Not a compound only the
       * letter makes: "ekonomisysten" is no "ekonomisyster".) */
      int compound_fix = bc->nrules + bc->nrestore == 1 && !cap &&
                         (bc->compound || lex_compound(c, bc->word)) &&
                         doc_elsewhere(c, a, bc, 1) > 0;
      /* ... or a word whose å/ä/ö the scan printed and the OCR read as
       * another into a listed word or a compound ("ärsbudgeten"): no
       * letter lost, only which one it is. */
      compound_fix |= bc->nrules + bc->nrestore == 1 && !cap && swaps == 1 &&
                      (bc->compound || dict_lex_known(c->f->lex, bc->word, strlen(bc->word)));
      /* A capitalised word before "kommun" or "stad" is a place's name:
       * one the dictionaries lack is not read as a compound of common
       * words by restoring letters alone ("Ljungsakra kommun" is no
       * "Ljungsäkra"; a stand-in, "Sj6backa", is still undone, and so is
       * a place name's ending, "Ljungs|åkra"). */
      name |= cap && bc->nrules == 0 && bc->count == 0 && !bc->place &&
              (bc->compound || lex_compound(c, bc->word)) && i + 1 < n &&
              !occ[i + 1].sent_start && place_next(c, &occ[i + 1]);
      /* Two or more marks each read as another in one word is no
       * misreading but another word: a name the OCR read whole
       * ("Mälsåker") is not made a compound of common words
       * ("Målsäker"). */
      name |= swaps >= 2;
      if (name || weak_unseen(c, a, bc) ||
          (!c->lossy && ((bc->count == 0 && bc->doc == 0 && !compound_fix) || (bc->nrules == 0 && cl <= 4)))) {
        explain(c, a, bc, margin, prev, next, rule, sizeof rule, ev, sizeof ev);
        if (fix_report_add(r, o->page, o->w, o->seg.col, core, NULL, "unknown-word", ev, 0.5f))
          return RENSA_E_NOMEM;
        continue;
      }
    }
    /* (the twin the document's compounds choose, tail_side) */
    Cand twin_c;
    int twin = a->kind == A_UNKNOWN && (tail_side(c, a, bc) || (head && head_twin(c, a, bc)));
    if (twin) {
      twin_c = *bc;
      scopy(twin_c.word, sizeof twin_c.word, a->twin);
      bc = &twin_c;
    }
    o->choice = twin ? a->twin : bc->word;
    /* Rebuild the token: text before the core, the new core, the rest. */
    char fixed[MAXCP * 4 + 1], tok[512];
    apply_case(core, bc->word, fixed, sizeof fixed);
    /* (a small letter the rule gave stays small inside a sentence only) */
    int sc = start_case(c, bc, core);
    if (sc > 0 || (sc < 0 && !o->sent_start)) {
      uint32_t cp[MAXCP + 2];
      size_t n = to_cps(fixed, cp, MAXCP);
      if (n) {
        cp[0] = sc > 0 ? uc_upper(cp[0]) : uc_lower(cp[0]);
        from_cps(cp, n, fixed);
      }
    }
    /* (Mid-line only: a line's first word may head a table row or a list.
     * After a capitalised word inside a sentence the capital is the
     * writer's: a header's or a title's words, "Resultat Åtgärd"; so it
     * is before a figure or a capitalised word on the same line, a
     * table header's "Avdelning Årsarbetare 2025".) */
    /* (A preposition after a word in lower case is prose, before its
     * figure and on the next line too: "personer / Över 85 år".) */
    int prep = !strcmp(bc->word, "över") || !strcmp(bc->word, "på") ||
               !strcmp(bc->word, "för") || !strcmp(bc->word, "från");
    /* (A paragraph's line inside a sentence heads no row: "har" / "Ökat
     * för tredje året", the OCR's capital for a small ö.) */
    int mid = !o->line_start || prep || o->para_cont;
    /* (not a name the statistics never saw that the document always
     * capitalises: writer_capital) */
    if (!o->sent_start && mid && i > 0 && occ[i - 1].w != o->w &&
        lost_capital(c, core, bc->word) && !(bc->count == 0 && writer_capital(c, core))) {
      size_t pl = strlen(occ[i - 1].w->text), l0;
      const char *pt = occ[i - 1].w->text;
      /* (the last letter whole: "på Over", a repaired "på" ends in å) */
      uint32_t last = utf8_last(pt, pl);
      /* (a company's form ends its name, the sentence goes on: "Norrsjöhem
       * AB Äger och förvaltar") */
      int company = 0;
      if (pl >= 2 && pl < 8 && strspn(pt, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == pl) {
        char lw[8];
        for (size_t k = 0; k <= pl; k++) lw[k] = (char)(pt[k] ? pt[k] + 32 : 0);
        company = dict_rules_listed(dict_rules_company_forms(c->f->rules), lw);
      }
      int lower = (uc_is_letter(last) && !uc_is_upper(last)) || company;
      int kept = ((o->line_start && !o->para_cont) || header_next(occ, n, i)) && !(prep && lower);
      /* (the verb "är" heads no header cell: after a name it lost its
       * dots into a capital, "Ekbacken Ar i det") */
      int titled = !occ[i - 1].sent_start && uc_is_upper(utf8_decode(pt, pl, &l0)) &&
                   strcmp(bc->word, "är") && !company;
      /* (after a figure too, "65 Ar och äldre", but not a year, which
       * a table header's word may follow: "Bokslut 2023 Årets budget") */
      int figure = last >= '0' && last <= '9' && !is_year(&occ[i - 1]) && !contents_page(occ, i - 1);
      /* (but a heading's number opens the line, "3 Årets viktigaste
       * händelser", "6 4 Åtgärder för ...": the capital is the heading's
       * where no figure follows on the line, as in a table's row) */
      if (!kept && (lower || (figure && !heading_number(occ, n, i))) && !titled)
        scopy(fixed, sizeof fixed, bc->word);
    }
    if (strcmp(fixed, core) == 0) continue;
    join3(tok, sizeof tok, o->w->text, o->seg.b, fixed, o->w->text + o->seg.e);
    double conf = second <= -1e29 ? 0.99 : 1.0 / (1.0 + exp(second - best_s));
    explain(c, a, bc, margin, prev, next, rule, sizeof rule, ev, sizeof ev);
    if (twin) {
      size_t el = strlen(ev);
      snprintf(ev + el, sizeof ev - el, "; its tail's å/ä/ö as this document's compounds print it");
    }
    if (dots) {
      size_t el = strlen(ev);
      snprintf(ev + el, sizeof ev - el, "; dots lost on a scan: statistics %u / %u",
               (unsigned)a->self_count, (unsigned)bc->count);
    }
    if (fix_report_add(r, o->page, o->w, o->seg.col, core, fixed, rule, ev, (float)conf))
      return RENSA_E_NOMEM;
    /* Later segments of the same word shift: fix offsets of this word's
     * following occurrences. */
    long delta = (long)strlen(fixed) - (long)cl;
    for (size_t j = i + 1; j < n && occ[j].w == o->w; j++) {
      occ[j].seg.b = (size_t)((long)occ[j].seg.b + delta);
      occ[j].seg.e = (size_t)((long)occ[j].seg.e + delta);
    }
    if (doc_word_set(o->w, tok)) return RENSA_E_NOMEM;
    o->seg.e = o->seg.b + strlen(fixed);   /* (the core now: unify_names reads it) */
    if (conf < 0.6 && fix_report_add(r, o->page, o->w, o->seg.col, fixed, NULL, "uncertain-repair",
                                     ev, (float)conf))
      return RENSA_E_NOMEM;
  }
  return unify_names(c, occ, n, r);
}

RensaStatus fix_words(const Fixer *f, Doc *d, FixReport *r, RensaErr *e) {
  Ctx c;
  memset(&c, 0, sizeof c);
  c.f = f;
  c.logN = log((double)dict_lex_total(f->lex) + 1.0);
  c.N = exp(c.logN);
  c.cache = strmap_new(4096);
  c.seen = strmap_new(4096);
  c.rule_used = calloc(f->rules->nsubs, sizeof *c.rule_used);
  c.rule_adj = calloc(f->rules->nsubs, sizeof *c.rule_adj);
  c.fams = strmap_new(1024); /* (without them, only slower) */
  c.fams_doc = strmap_new(256);
  c.an_hint = doc_word_count(d) + 64;
  if (c.an_hint > 1u << 15) c.an_hint = 1u << 15; /* (a book repeats its words) */
  if (merge_insertions(&c)) c.with_ins = NULL; /* (the same) */
  Occ *occ = NULL;
  size_t n = 0;
  RensaStatus st = RENSA_OK;
  if (!c.cache || !c.seen || !c.rule_used || !c.rule_adj || collect(&c, d, &occ, &n)) {
    st = rensa_err_set(e, RENSA_E_NOMEM, d->source, 0, "out of memory");
    goto done;
  }
  gather_evidence(&c, occ, n);
  if (consensus(&c)) {
    st = rensa_err_set(e, RENSA_E_NOMEM, d->source, 0, "out of memory");
    goto done;
  }
  name_heads(&c);
  if (doc_evidence(&c, occ, n)) {
    st = rensa_err_set(e, RENSA_E_NOMEM, d->source, 0, "out of memory");
    goto done;
  }
  if (r) {
    r->loss_rate = (float)c.loss;
    for (int k = 0; k < D_N; k++) r->loss_letter[k] = (float)c.lossl[k];
  }
  st = decide(&c, occ, n, r);
  if (st) rensa_err_set(e, st, d->source, 0, "out of memory");
done:
  free(occ);
  for (size_t i = 0; i < c.nan; i++) {
    free(c.an[i].cand);
    free(c.an[i].low);
    free(c.an[i].twin);
  }
  free(c.an);
  strmap_free(c.cache);
  strmap_free(c.seen);
  strmap_free(c.doc);
  strmap_free(c.parts);
  strmap_free(c.twinned);
  strmap_free(c.shown);
  strmap_free(c.capitals);
  free(c.rule_used);
  free(c.rule_adj);
  strmap_free(c.fams);
  strmap_free(c.fams_doc);
  free(c.with_ins);
  return st;
}

/* Is word a word, or one confident repair away from one?  (For hyphen
 * joins: fix_layout asks before joining "in-" + "köpet".) */
int fix_words_judge(void *ctx, const char *word) {
  const Fixer *f = ctx;
  char *low = utf8_lower(word);
  if (!low) return 0;
  int ok = dict_lex_known(f->lex, low, strlen(low)) || dict_hun_spell(f->hun, word);
  if (!ok) {
    Ctx c;
    memset(&c, 0, sizeof c);
    c.f = f;
    c.cache = strmap_new(16);
    c.rule_used = calloc(f->rules->nsubs, sizeof *c.rule_used);
    c.rule_adj = calloc(f->rules->nsubs, sizeof *c.rule_adj);
    c.logN = log((double)dict_lex_total(f->lex) + 1.0);
    c.N = exp(c.logN);
    if (c.cache && c.rule_used && c.rule_adj) {
      Analysis *a = analyse(&c, word);
      ok = a && a->kind == A_UNKNOWN && a->ncand > 0 && a->cand[0].nrules <= 1;
    }
    for (size_t i = 0; i < c.nan; i++) {
      free(c.an[i].cand);
      free(c.an[i].low);
      free(c.an[i].twin);
    }
    free(c.an);
    strmap_free(c.cache);
    free(c.rule_used);
    free(c.rule_adj);
  }
  free(low);
  return ok;
}
