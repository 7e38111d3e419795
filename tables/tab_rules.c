/*
 * tab_rules.c — loading and matching the table rule words
 * (table-words.rules; its header documents the format).
 *
 * Provides tab_rules_load, tab_rules_default, tab_rules_free,
 * tab_rules_match (see tab_internal.h).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tab_internal.h"

#ifndef RENSA_TABLES_RULES_SOURCE
#define RENSA_TABLES_RULES_SOURCE "tables/table-words.rules"
#endif
#ifndef RENSA_DATADIR_INSTALL
#define RENSA_DATADIR_INSTALL "/usr/local/share/rensa"
#endif

#define MAXW 6              /* words in one pattern */

typedef struct Rule {
  TabRuleKind kind;
  size_t nw;
  char *w[MAXW];            /* folded words, '*' kept at the ends */
} Rule;

struct TabRules {
  Rule *r;
  size_t n, cap;
};

/* Fold s to lower case in place: ASCII and the Latin-1 capitals
 * (UTF-8 C3 80..9E, except the multiplication sign). */
static void fold(char *s) {
  unsigned char *u = (unsigned char *)s;
  for (; *u; u++) {
    if (*u < 0x80) {
      *u = (unsigned char)tolower(*u);
    } else if (*u == 0xC3 && u[1] >= 0x80 && u[1] <= 0x9E && u[1] != 0x97) {
      u[1] += 0x20;
      u++;
    }
  }
}

/* Free a rule set; accepts NULL. */
void tab_rules_free(TabRules *r) {
  if (!r) return;
  for (size_t i = 0; i < r->n; i++)
    for (size_t k = 0; k < r->r[i].nw; k++) free(r->r[i].w[k]);
  free(r->r);
  free(r);
}

/* Parse one line into rule *out; returns 0, 1 for a blank line, or -1 with
 * msg set. */
static int parse_line(char *line, Rule *out, const char **msg) {
  char *hash = strchr(line, '#');
  if (hash) *hash = '\0';
  char *save = NULL, *tok = strtok_r(line, " \t\r\n", &save);
  if (!tok) return 1;
  memset(out, 0, sizeof *out);
  if (strcmp(tok, "total") == 0) out->kind = TAB_RULE_TOTAL;
  else if (strcmp(tok, "diff") == 0) out->kind = TAB_RULE_DIFF;
  else if (strcmp(tok, "caption") == 0) out->kind = TAB_RULE_CAPTION;
  else if (strcmp(tok, "lower") == 0) out->kind = TAB_RULE_LOWER;
  else if (strcmp(tok, "open") == 0) out->kind = TAB_RULE_OPEN;
  else if (strcmp(tok, "unfinished") == 0) out->kind = TAB_RULE_UNFINISHED;
  else {
    *msg = "unknown kind (want total, diff, caption, lower, open or unfinished)";
    return -1;
  }
  while ((tok = strtok_r(NULL, " \t\r\n", &save)) != NULL) {
    size_t len = strlen(tok);
    char *star = strchr(tok, '*');
    while (star) {
      if (star != tok && star != tok + len - 1) {
        *msg = "'*' only at the start or end of a word";
        goto fail;
      }
      star = strchr(star + 1, '*');
    }
    if (len == 1 && tok[0] == '*') {
      *msg = "a pattern word cannot be only '*'";
      goto fail;
    }
    if (out->nw == MAXW) {
      *msg = "too many words in one pattern";
      goto fail;
    }
    if (!(out->w[out->nw] = strdup(tok))) {
      *msg = "out of memory";
      goto fail;
    }
    fold(out->w[out->nw++]);
  }
  if (out->nw == 0) {
    *msg = "kind without a pattern";
    return -1;
  }
  return 0;
fail:
  for (size_t k = 0; k < out->nw; k++) free(out->w[k]);
  out->nw = 0;
  return -1;
}

/* Read and check a rule file; the first bad line is an error naming the
 * file and the line. */
TabRules *tab_rules_load(const char *path, RensaErr *e) {
  FILE *f = fopen(path, "r");
  if (!f) {
    rensa_err_set(e, RENSA_E_RESOURCE, path, 0, "cannot open table rules");
    return NULL;
  }
  TabRules *r = calloc(1, sizeof *r);
  char line[1024];
  int ln = 0;
  if (!r) goto nomem;
  while (fgets(line, sizeof line, f)) {
    ln++;
    Rule rule;
    const char *msg = NULL;
    int rc = parse_line(line, &rule, &msg);
    if (rc == 1) continue;
    if (rc < 0) {
      rensa_err_set(e, RENSA_E_RESOURCE, path, 0, "%s", msg);
      if (e) e->line = ln;
      tab_rules_free(r);
      fclose(f);
      return NULL;
    }
    if (r->n == r->cap) {
      size_t nc = r->cap ? r->cap * 2 : 32;
      Rule *p = realloc(r->r, nc * sizeof *p);
      if (!p) {
        for (size_t k = 0; k < rule.nw; k++) free(rule.w[k]);
        goto nomem;
      }
      r->r = p;
      r->cap = nc;
    }
    r->r[r->n++] = rule;
  }
  fclose(f);
  return r;
nomem:
  tab_rules_free(r);
  fclose(f);
  rensa_err_set(e, RENSA_E_NOMEM, path, 0, "out of memory");
  return NULL;
}

/* The rule file: $RENSA_TABLE_RULES, else the installed copy, else the
 * one in the source tree. */
TabRules *tab_rules_default(RensaErr *e) {
  const char *env = getenv("RENSA_TABLE_RULES");
  if (env && *env) return tab_rules_load(env, e);
  const char *inst = RENSA_DATADIR_INSTALL "/tables/table-words.rules";
  FILE *f = fopen(inst, "r");
  if (f) {
    fclose(f);
    return tab_rules_load(inst, e);
  }
  return tab_rules_load(RENSA_TABLES_RULES_SOURCE, e);
}

/* Does pattern word p (folded, '*' at the ends) match word w (folded)? */
static int word_match(const char *p, const char *w) {
  size_t pl = strlen(p), wl = strlen(w);
  int lead = p[0] == '*', trail = pl > 1 && p[pl - 1] == '*';
  const char *core = p + lead;
  size_t cl = pl - (size_t)lead - (size_t)trail;
  if (lead && trail) {
    char tmp[256];
    if (cl >= sizeof tmp) return 0;
    memcpy(tmp, core, cl);
    tmp[cl] = '\0';
    return strstr(w, tmp) != NULL;
  }
  if (lead) return wl >= cl && memcmp(w + wl - cl, core, cl) == 0;
  if (trail) return wl >= cl && memcmp(w, core, cl) == 0;
  return wl == cl && memcmp(w, core, cl) == 0;
}

/* Does any rule of kind match consecutive words of text (case folded,
 * trailing "," and ":" ignored)? */
int tab_rules_match(const TabRules *r, TabRuleKind kind, const char *text) {
  if (!r || !text) return 0;
  char buf[1024];
  snprintf(buf, sizeof buf, "%s", text);
  fold(buf);
  char *words[64];
  size_t nw = 0;
  char *save = NULL;
  for (char *t = strtok_r(buf, " \t", &save); t && nw < 64;
       t = strtok_r(NULL, " \t", &save)) {
    /* strip trailing punctuation such as ':' or ',' */
    size_t l = strlen(t);
    while (l > 1 && (t[l - 1] == ',' || t[l - 1] == ':')) t[--l] = '\0';
    words[nw++] = t;
  }
  for (size_t i = 0; i < r->n; i++) {
    const Rule *ru = &r->r[i];
    if (ru->kind != kind) continue;
    for (size_t s = 0; s + ru->nw <= nw; s++) {
      size_t k = 0;
      while (k < ru->nw && word_match(ru->w[k], words[s + k])) k++;
      if (k == ru->nw) return 1;
    }
  }
  return 0;
}

int tab_caption_start(const TabRules *r, const char *w0, const char *w1) {
  int numbered = (w1[0] >= '0' && w1[0] <= '9') ||
                 (w1[0] >= 'A' && w1[0] <= 'Z' &&
                  (w1[1] == '.' || w1[1] == '-' || (w1[1] >= '0' && w1[1] <= '9')));
  return numbered && tab_rules_match(r, TAB_RULE_CAPTION, w0);
}
