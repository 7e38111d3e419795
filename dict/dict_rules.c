/*
 * dict_rules.c — loading and validating the confusion rule table, and
 * finding the data directory (see dict.h; the format is documented at the
 * top of dict/rules/confusions.rules).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict.h"
#include "utf8.h"

static RensaStatus bad(RensaErr *e, const char *path, int no, const char *what) {
  rensa_err_set(e, RENSA_E_RESOURCE, path, 0, "%s", what);
  if (e) e->line = no;
  return RENSA_E_RESOURCE;
}

/* Validate and append a substitution (from "" for an insertion). */
static RensaStatus add_sub(DictRules *r, const char *tier_s, const char *from,
                           const char *to, const char *cost_s, int inside, int small,
                           const char *path,
                           int no, RensaErr *e) {
  int tier = atoi(tier_s);
  char *end;
  float cost = strtof(cost_s, &end);
  if (tier < 1 || tier > 4) return bad(e, path, no, "tier must be 1, 2, 3 or 4");
  if (*end || cost <= 0 || cost > 20) return bad(e, path, no, "cost must be in (0, 20]");
  if (strlen(from) >= 16 || strlen(to) >= 16) return bad(e, path, no, "FROM/TO too long");
  DictSub *ns = realloc(r->subs, (r->nsubs + 1) * sizeof *ns);
  if (!ns) return rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
  r->subs = ns;
  DictSub *s = &r->subs[r->nsubs++];
  memset(s, 0, sizeof *s);
  strcpy(s->from, from);
  strcpy(s->to, to);
  s->tier = tier;
  s->cost = cost;
  s->line = no;
  s->inside = inside;
  s->small = small;
  size_t n;
  for (size_t i = 0, l = strlen(from); i < l; i += n) s->from_cp[s->nfrom++] = utf8_decode(from + i, l - i, &n);
  for (size_t i = 0, l = strlen(to); i < l; i += n) s->to_cp[s->nto++] = utf8_decode(to + i, l - i, &n);
  /* candidates are looked up in lower case; a capital TO is remembered */
  if (s->nto && uc_is_upper(s->to_cp[0])) {
    s->to_capital = 1;
    s->to_cp[0] = uc_lower(s->to_cp[0]);
    char *lo = utf8_lower(to);
    if (lo && strlen(lo) < sizeof s->to) strcpy(s->to, lo);
    free(lo);
  }
  return RENSA_OK;
}

/* Parse one non-comment line of the rule file into r. */
static RensaStatus parse_line(DictRules *r, char *line, const char *path, int no,
                              RensaErr *e) {
  char *f[40];
  size_t k = 0;
  if (!utf8_valid(line, strlen(line))) return bad(e, path, no, "not UTF-8");
  for (char *tok = strtok(line, " \t"); tok && k < 40; tok = strtok(NULL, " \t")) {
    if (tok[0] == '#') break;
    if (tok[0] == '\\' && tok[1]) tok++; /* "\#": a literal '#' */
    f[k++] = tok;
  }
  if (k == 0) return RENSA_OK;
  if (strcmp(f[0], "sub") == 0) {
    /* sub TIER FROM TO COST [inside] [small] ; TO "-" means deletion */
    int inside = 0, small = 0;
    for (size_t i = 5; i < k; i++) {
      if (strcmp(f[i], "inside") == 0 && !inside) inside = 1;
      else if (strcmp(f[i], "small") == 0 && !small) small = 1;
      else k = 0;
    }
    if (k < 5) return bad(e, path, no, "sub needs: TIER FROM TO COST [inside] [small]");
    if (strcmp(f[2], "-") == 0) return bad(e, path, no, "FROM cannot be empty");
    return add_sub(r, f[1], f[2], strcmp(f[3], "-") == 0 ? "" : f[3], f[4], inside, small,
                   path, no, e);
  } else if (strcmp(f[0], "ins") == 0) {
    /* ins TIER TO COST: stored as a sub with an empty FROM */
    if (k != 4) return bad(e, path, no, "ins needs: TIER TO COST");
    return add_sub(r, f[1], "", f[2], f[3], 0, 0, path, no, e);
  } else if (strcmp(f[0], "word") == 0) {
    /* word FROM TO [COND] */
    if (k < 3 || k > 4) return bad(e, path, no, "word needs: FROM TO [COND]");
    if (strlen(f[1]) >= 16 || strlen(f[2]) >= 16) return bad(e, path, no, "FROM/TO too long");
    if (k == 4 && strcmp(f[3], "lower-next") && strcmp(f[3], "after-number") &&
        strcmp(f[3], "sentence-start") && strcmp(f[3], "mid-sentence") && strcmp(f[3], "any"))
      return bad(e, path, no,
                 "COND must be lower-next, sentence-start, mid-sentence, after-number or any");
    DictWordRule *nw = realloc(r->words, (r->nwords + 1) * sizeof *nw);
    if (!nw) return rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
    r->words = nw;
    DictWordRule *w = &r->words[r->nwords++];
    memset(w, 0, sizeof *w);
    strcpy(w->from, f[1]);
    strcpy(w->to, f[2]);
    strcpy(w->cond, k == 4 ? f[3] : "any");
    w->line = no;
    r->word_first[(unsigned char)w->from[0]] = 1;
  } else if (strcmp(f[0], "ctx") == 0) {
    /* ctx WORD BONUS COND VALUE... */
    if (k < 4) return bad(e, path, no, "ctx needs: WORD BONUS COND [VALUE...]");
    DictCtx x;
    memset(&x, 0, sizeof x);
    if (strlen(f[1]) >= sizeof x.word) return bad(e, path, no, "WORD too long");
    strcpy(x.word, f[1]);
    char *end;
    x.bonus = strtof(f[2], &end);
    if (*end || x.bonus < -10 || x.bonus > 10 || x.bonus == 0)
      return bad(e, path, no, "BONUS must be a non-zero number in [-10, 10]");
    if (strcmp(f[3], "prev") == 0) x.kind = CTX_PREV;
    else if (strcmp(f[3], "next") == 0) x.kind = CTX_NEXT;
    else if (strcmp(f[3], "next-suffix") == 0) x.kind = CTX_NEXT_SUFFIX;
    else if (strcmp(f[3], "prev-num") == 0) x.kind = CTX_PREV_NUM;
    else if (strcmp(f[3], "next-year") == 0) x.kind = CTX_NEXT_YEAR;
    else if (strcmp(f[3], "prev-range") == 0) x.kind = CTX_PREV_RANGE;
    else if (strcmp(f[3], "mid-sentence") == 0) x.kind = CTX_MID;
    else if (strcmp(f[3], "clause") == 0) x.kind = CTX_CLAUSE;
    else if (strcmp(f[3], "no-clause") == 0) x.kind = CTX_NO_CLAUSE;
    else if (strcmp(f[3], "any") == 0) x.kind = CTX_ANY;
    else
      return bad(e, path, no,
                 "COND must be prev, next, next-suffix, prev-num, prev-range, next-year, "
                 "mid-sentence, clause, no-clause or any");
    int valued = x.kind == CTX_PREV || x.kind == CTX_NEXT || x.kind == CTX_NEXT_SUFFIX ||
                 x.kind == CTX_CLAUSE || x.kind == CTX_NO_CLAUSE;
    if (valued && k < 5) return bad(e, path, no, "COND needs values");
    if (!valued && k > 4) return bad(e, path, no, "COND takes no values");
    size_t o = 0;
    x.values[o++] = ' ';
    for (size_t i = 4; i < k; i++) {
      size_t l = strlen(f[i]);
      if (o + l + 2 >= sizeof x.values) return bad(e, path, no, "too many values");
      memcpy(x.values + o, f[i], l);
      o += l;
      x.values[o++] = ' ';
    }
    x.values[o] = '\0';
    x.line = no;
    x.wlen = strlen(x.word);
    DictCtx *nc = realloc(r->ctx, (r->nctx + 1) * sizeof *nc);
    if (!nc) return rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
    r->ctx = nc;
    r->ctx[r->nctx++] = x;
    size_t wl = strlen(x.word);
    if (x.word[0] != '*') r->ctx_ends[(unsigned char)x.word[0]] |= 1;
    else if (wl > 1) r->ctx_ends[(unsigned char)x.word[wl - 1]] |= 2;
    else r->ctx_any = 1;
  } else if (strcmp(f[0], "place") == 0 || strcmp(f[0], "place-part") == 0 ||
             strcmp(f[0], "place-head") == 0 || strcmp(f[0], "place-opener") == 0 ||
             strcmp(f[0], "company-form") == 0 || strcmp(f[0], "joined") == 0) {
    /* place WORD... : words that follow a place's name; place-part /
     * place-head WORD... : endings / beginnings of place names;
     * place-opener WORD... : words that open a place's name ("Norra");
     * company-form WORD... : forms that end a company's name ("AB");
     * joined WORD... : a stacked header's words the OCR runs together */
    char *list = f[0][0] == 'j'                   ? r->joined
                 : f[0][0] == 'c'                 ? r->company_forms
                 : !strcmp(f[0], "place-part")   ? r->place_parts
                 : !strcmp(f[0], "place-head")   ? r->place_heads
                 : !strcmp(f[0], "place-opener") ? r->place_openers
                                                 : r->places;
    size_t cap = sizeof r->places; /* (all the lists are as long) */
    if (k < 2) return bad(e, path, no, "a word list needs: WORD...");
    size_t o = strlen(list);
    if (o == 0) list[o++] = ' ';
    for (size_t i = 1; i < k; i++) {
      size_t l = strlen(f[i]);
      if (o + l + 2 >= cap) return bad(e, path, no, "too many words in the list");
      for (size_t j = 0; j < l; j++)
        if ((unsigned char)f[i][j] < 0x80 && !(f[i][j] >= 'a' && f[i][j] <= 'z'))
          return bad(e, path, no, "a listed word is lower-case letters");
      memcpy(list + o, f[i], l);
      o += l;
      list[o++] = ' ';
    }
    list[o] = '\0';
  } else {
    return bad(e, path, no, "unknown rule kind (expected sub, ins, word, ctx, place, place-part, place-head, place-opener, company-form or joined)");
  }
  return RENSA_OK;
}

static uint32_t first_cp(const DictRules *r, int i) {
  return r->subs[i].nfrom ? r->subs[i].from_cp[0] : 0;
}

/* dict_rules_starting by binary search in by_first. */
static size_t search_first(const DictRules *r, uint32_t cp, const int **out) {
  size_t lo = 0, hi = r->nsubs;
  while (lo < hi) { /* first position whose key is >= cp */
    size_t mid = (lo + hi) / 2;
    if (first_cp(r, r->by_first[mid]) < cp) lo = mid + 1;
    else hi = mid;
  }
  size_t end = lo;
  while (end < r->nsubs && first_cp(r, r->by_first[end]) == cp) end++;
  *out = r->by_first + lo;
  return end - lo;
}

/* A context rule's bucket in ctx_at: its word's first byte, 256 for a
 * "*suffix" rule. */
static size_t ctx_key(const DictCtx *x) {
  return x->word[0] == '*' ? 256 : (unsigned char)x->word[0];
}

DictRules *dict_rules_load(const char *path, RensaErr *e) {
  FILE *f = fopen(path, "r");
  if (!f) {
    rensa_err_set(e, RENSA_E_RESOURCE, path, 0, "cannot open rule table: %s",
                  strerror(errno));
    return NULL;
  }
  DictRules *r = calloc(1, sizeof *r);
  if (!r) {
    fclose(f);
    rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
    return NULL;
  }
  snprintf(r->path, sizeof r->path, "%s", path);
  char line[512];
  int no = 0;
  while (fgets(line, sizeof line, f)) {
    no++;
    line[strcspn(line, "\r\n")] = '\0';
    if (parse_line(r, line, path, no, e)) {
      fclose(f);
      dict_rules_free(r);
      return NULL;
    }
  }
  fclose(f);
  if (r->nsubs == 0) {
    dict_rules_free(r);
    bad(e, path, no, "no rules in the table");
    return NULL;
  }
  if (!(r->by_first = malloc(r->nsubs * sizeof *r->by_first))) {
    dict_rules_free(r);
    rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
    return NULL;
  }
  /* insertion sort: stable, and tables are short */
  for (size_t i = 0; i < r->nsubs; i++) {
    size_t j = i;
    while (j > 0 && first_cp(r, r->by_first[j - 1]) > first_cp(r, (int)i)) {
      r->by_first[j] = r->by_first[j - 1];
      j--;
    }
    r->by_first[j] = (int)i;
  }
  /* Latin-1 letters, asked for at every position of every word, once. */
  for (uint32_t cp = 0; cp < 256; cp++) {
    const int *g;
    r->lat_n[cp] = (uint32_t)search_first(r, cp, &g);
    r->lat_at[cp] = (uint32_t)(g - r->by_first);
  }
  /* The context rules by their word's first byte (a counting sort, file
   * order kept within each): dict_rules_context tries only those a word
   * can match. */
  if (!(r->ctx_by_first = malloc((r->nctx ? r->nctx : 1) * sizeof *r->ctx_by_first))) {
    dict_rules_free(r);
    rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
    return NULL;
  }
  uint32_t fill[257];
  for (size_t i = 0; i < r->nctx; i++) r->ctx_at[ctx_key(&r->ctx[i]) + 1]++;
  for (size_t k = 0; k < 257; k++) r->ctx_at[k + 1] += r->ctx_at[k];
  memcpy(fill, r->ctx_at, sizeof fill);
  for (size_t i = 0; i < r->nctx; i++) r->ctx_by_first[fill[ctx_key(&r->ctx[i])]++] = (int)i;
  return r;
}

size_t dict_rules_starting(const DictRules *r, uint32_t cp, const int **out) {
  if (cp < 256) {
    *out = r->by_first + r->lat_at[cp];
    return r->lat_n[cp];
  }
  return search_first(r, cp, out);
}


/* Is " w " among the space-separated values? */
static int in_values(const char *values, const char *w) { return dict_rules_listed(values, w); }

/* Does w end with one of the values? */
static int has_suffix(const char *values, const char *w) {
  size_t wl = strlen(w);
  for (const char *p = values; *p;) {
    while (*p == ' ') p++;
    size_t l = strcspn(p, " ");
    if (l && l < wl && memcmp(w + wl - l, p, l) == 0) return 1;
    p += l;
  }
  return 0;
}

const char *dict_rules_place_parts(const DictRules *r) { return r->place_parts; }

const char *dict_rules_joined(const DictRules *r) { return r->joined; }

const char *dict_rules_place_heads(const DictRules *r) { return r->place_heads; }

const char *dict_rules_place_openers(const DictRules *r) { return r->place_openers; }

const char *dict_rules_company_forms(const DictRules *r) { return r->company_forms; }

int dict_rules_listed(const char *list, const char *word) {
  char key[96];
  size_t l = strlen(word);
  if (!list[0] || l == 0 || l + 3 > sizeof key) return 0;
  key[0] = ' ';
  memcpy(key + 1, word, l);
  key[l + 1] = ' ';
  key[l + 2] = '\0';
  return strstr(list, key) != NULL;
}

int dict_rules_place(const DictRules *r, const char *word) { return dict_rules_listed(r->places, word); }

double dict_rules_context(const DictRules *r, const char *prev, const char *word,
                          const char *next) {
  return dict_rules_context_clause(r, prev, word, next, NULL, 0);
}

/* Is one of values among the clause's words? */
static int in_clause(const char *values, const char *const *clause, size_t n) {
  for (size_t i = 0; i < n && i < DICT_CLAUSE; i++)
    if (clause[i] && in_values(values, clause[i])) return 1;
  return 0;
}

double dict_rules_context_clause(const DictRules *r, const char *prev, const char *word,
                                 const char *next, const char *const *clause, size_t nclause) {
  double b = 0;
  /* (most words begin and end unlike every rule's word: no rule to try) */
  size_t wl = strlen(word);
  if (!r->ctx_any && !(wl && ((r->ctx_ends[(unsigned char)word[0]] & 1) ||
                              (r->ctx_ends[(unsigned char)word[wl - 1]] & 2))))
    return b;
  /* Only the rules whose word begins as word does and the "*suffix"
   * ones, in file order (the bonuses are summed in it) */
  const int *a = r->ctx_by_first + r->ctx_at[(unsigned char)word[0]],
            *ae = r->ctx_by_first + r->ctx_at[(unsigned char)word[0] + 1],
            *s = r->ctx_by_first + r->ctx_at[256], *se = r->ctx_by_first + r->ctx_at[257];
  while (a < ae || s < se) {
    const DictCtx *x = &r->ctx[s == se || (a < ae && *a < *s) ? *a++ : *s++];
    /* (lengths first: the decisions ask for every candidate of every
     * occurrence, and nearly every rule's word differs) */
    if (x->word[0] == '*') { /* "*satta": every word ending so, longer */
      size_t ls = x->wlen - 1;
      if (wl <= ls || memcmp(word + wl - ls, x->word + 1, ls)) continue;
    } else if (x->wlen != wl || memcmp(x->word, word, wl)) {
      continue;
    }
    int hit = 0;
    switch (x->kind) {
      case CTX_PREV: hit = prev && in_values(x->values, prev); break;
      case CTX_NEXT: hit = next && in_values(x->values, next); break;
      case CTX_NEXT_SUFFIX: hit = next && next[0] != '<' && has_suffix(x->values, next); break;
      /* (not before a count or a year: "Av dessa 12 är 5 kvinnor"; a table
       * row's "30-49 år 4,4%" is) */
      case CTX_PREV_NUM:
        hit = prev && ((strcmp(prev, "<num>") == 0 &&
                        !(next && (!strcmp(next, "<count>") || !strcmp(next, "<year>")))) ||
                       strcmp(prev, "<range>") == 0);
        break;
      case CTX_NEXT_YEAR: hit = next && strcmp(next, "<year>") == 0; break;
      case CTX_PREV_RANGE: hit = prev && strcmp(prev, "<range>") == 0; break;
      case CTX_MID: hit = prev && strcmp(prev, "<s>") != 0; break;
      case CTX_CLAUSE: hit = clause && in_clause(x->values, clause, nclause); break;
      case CTX_NO_CLAUSE: hit = clause && !in_clause(x->values, clause, nclause); break;
      case CTX_ANY: hit = 1; break;
    }
    if (hit) b += x->bonus;
  }
  return b;
}

void dict_rules_free(DictRules *r) {
  if (!r) return;
  free(r->ctx);
  free(r->by_first);
  free(r->ctx_by_first);
  free(r->subs);
  free(r->words);
  free(r);
}

const char *dict_data_dir(const char *opt) {
  static char buf[1024];
  if (opt && *opt) return opt;
  const char *env = getenv("RENSA_DATA");
  if (env && *env) return env;
  snprintf(buf, sizeof buf, "%s/rules/confusions.rules", RENSA_DATADIR_INSTALL);
  if (access(buf, R_OK) == 0) return RENSA_DATADIR_INSTALL;
  return RENSA_DATADIR_SOURCE;
}

const char *dict_user_dir(const char *opt) {
  static char buf[1024];
  if (opt && *opt) return opt;
  const char *env = getenv("RENSA_USER_DATA");
  if (env && *env) return env;
  const char *xdg = getenv("XDG_DATA_HOME");
  if (xdg && *xdg) {
    snprintf(buf, sizeof buf, "%s/rensa", xdg);
    return buf;
  }
  const char *home = getenv("HOME");
  snprintf(buf, sizeof buf, "%s/.local/share/rensa", home && *home ? home : ".");
  return buf;
}
