/*
 * fix_report.c — collecting what fixup changed and doubted, and writing it
 * as JSON (the --report file).
 */
#include <stdlib.h>
#include <string.h>

#include "fix_internal.h"
#include "json.h"

FixReport *fix_report_new(void) { return calloc(1, sizeof(FixReport)); }

void fix_report_free(FixReport *r) {
  if (!r) return;
  for (size_t i = 0; i < r->n; i++) free(r->e[i].before);
  free(r->e);
  free(r);
}

size_t fix_report_changes(const FixReport *r) { return r->nchanges; }
size_t fix_report_suspects(const FixReport *r) { return r->nsuspects; }
size_t fix_report_size(const FixReport *r) { return r->n; }

int fix_report_entry(const FixReport *r, size_t i, const char **before, const char **after,
                     const char **rule, const char **evidence) {
  if (i >= r->n) return -1;
  *before = r->e[i].before;
  *after = r->e[i].after;
  *rule = r->e[i].rule;
  *evidence = r->e[i].evidence;
  return 0;
}

/* The length of s (NULL: "") cut to cap - 1 bytes, as snprintf("%s")
 * into cap bytes would cut it. */
static size_t cut_len(const char *s, size_t cap) {
  size_t l = s ? strlen(s) : 0;
  return l < cap ? l : cap - 1;
}

/* Copy the l bytes of s (NULL: none) to p and a NUL; returns p. */
static char *put_cut(char *p, const char *s, size_t l) {
  if (l) memcpy(p, s, l);
  p[l] = '\0';
  return p;
}

int fix_report_add(FixReport *r, int page, const DocWord *w, int col_off,
                   const char *before, const char *after, const char *rule,
                   const char *evidence, float confidence) {
  if (!r) return 0;
  if (r->n == r->cap) {
    size_t nc = r->cap ? r->cap * 2 : 64;
    FixEntry *ne = realloc(r->e, nc * sizeof *ne);
    if (!ne) return -1;
    r->e = ne;
    r->cap = nc;
  }
  /* (rule and evidence cut at 95 and 255 bytes, as they always were) */
  size_t lb = strlen(before), la = after ? strlen(after) : 0, lr = cut_len(rule, 96),
         lv = cut_len(evidence, 256);
  char *p = malloc(lb + la + lr + lv + 4);
  if (!p) return -1;
  FixEntry *x = &r->e[r->n];
  memset(x, 0, sizeof *x);
  x->page = page;
  x->line = w->src_line;
  x->col = w->src_line ? w->src_col + col_off : 0;
  x->box = w->box;
  x->has_box = w->has_box;
  x->before = put_cut(p, before, lb);
  p += lb + 1;
  x->after = after ? put_cut(p, after, la) : NULL;
  p += after ? la + 1 : 0;
  x->rule = put_cut(p, rule, lr);
  x->evidence = put_cut(p + lr + 1, evidence, lv);
  x->confidence = confidence;
  r->n++;
  if (after) r->nchanges++;
  else r->nsuspects++;
  return 0;
}

static void put_entry(FILE *f, const FixEntry *x, int change) {
  fprintf(f, "    {\"page\": %d, ", x->page);
  if (x->line) fprintf(f, "\"line\": %d, \"column\": %d, ", x->line, x->col);
  if (x->has_box)
    fprintf(f, "\"box\": [%.0f, %.0f, %.0f, %.0f], ", x->box.x0, x->box.y0, x->box.x1,
            x->box.y1);
  fputs("\"before\": ", f);
  json_write_str(f, x->before);
  if (change) {
    fputs(", \"after\": ", f);
    json_write_str(f, x->after);
  }
  fputs(", \"rule\": ", f);
  json_write_str(f, x->rule);
  fputs(", \"evidence\": ", f);
  json_write_str(f, x->evidence);
  fprintf(f, ", \"confidence\": %.3f}", x->confidence);
}

int fix_report_write_json(const FixReport *r, const char *source, FILE *f) {
  fputc('{', f);
  fix_report_write_members(r, source, f);
  fputs("\n}\n", f);
  return ferror(f) ? -1 : 0;
}

int fix_report_write_members(const FixReport *r, const char *source, FILE *f) {
  fputs("\n  \"source\": ", f);
  json_write_str(f, source ? source : "");
  fprintf(f, ",\n  \"changes_count\": %zu,\n  \"suspects_count\": %zu,\n",
          r->nchanges, r->nsuspects);
  fprintf(f, "  \"diacritic_loss_rate\": %.3f,\n", r->loss_rate);
  fprintf(f, "  \"loss_rate_by_letter\": {\"ä\": %.3f, \"å\": %.3f, \"ö\": %.3f},\n",
          r->loss_letter[0], r->loss_letter[1], r->loss_letter[2]);
  for (int pass = 0; pass < 2; pass++) {
    fprintf(f, "  \"%s\": [", pass == 0 ? "changes" : "suspects");
    int first = 1;
    for (size_t i = 0; i < r->n; i++) {
      const FixEntry *x = &r->e[i];
      if ((x->after != NULL) != (pass == 0)) continue;
      fputs(first ? "\n" : ",\n", f);
      put_entry(f, x, pass == 0);
      first = 0;
    }
    fputs(first ? "]" : "\n  ]", f);
    if (pass == 0) fputs(",\n", f);
  }
  return ferror(f) ? -1 : 0;
}
