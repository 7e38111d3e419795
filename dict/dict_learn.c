/*
 * dict_learn.c — learning word and word-pair counts from clean Swedish text
 * (`rensa dict learn`), in the formats of dict/data/sv-*.tsv, so a user's
 * own documents can teach the repair stage their vocabulary.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "dict.h"
#include "strmap.h"
#include "utf8.h"

/* Count the words of text into uni and adjacent pairs into bi: lowercase,
 * numbers as <num>, sentence edges as <s> and </s>. */
int dict_learn_text(StrMap *uni, StrMap *bi, const char *text, size_t n) {
  char prev[256] = "<s>", word[256];
  size_t i = 0, len;
  while (i < n) {
    uint32_t c = utf8_decode(text + i, n - i, &len);
    if (!uc_is_letter(c) && !uc_is_digit(c)) {
      if ((c == '.' || c == '!' || c == '?') && strcmp(prev, "<s>")) {
        char key[300];
        int kl = snprintf(key, sizeof key, "%s\x1f</s>", prev);
        if (strmap_add(bi, key, (size_t)kl, 1)) return -1;
        strcpy(prev, "<s>");
      }
      i += len;
      continue;
    }
    size_t st = i, o = 0;
    int digits = 0;
    while (i < n) {
      c = utf8_decode(text + i, n - i, &len);
      if (c == '-' && o && i + len < n) { /* inner hyphen: "IT-enhet" */
        size_t l2;
        if (uc_is_letter(utf8_decode(text + i + len, n - i - len, &l2))) {
          word[o++] = '-';
          i += len;
          continue;
        }
      }
      if (!uc_is_letter(c) && !uc_is_digit(c)) break;
      digits |= uc_is_digit(c);
      if (o + 4 < sizeof word) o += utf8_encode(uc_lower(c), word + o);
      i += len;
    }
    word[o] = '\0';
    (void)st;
    const char *w = digits ? "<num>" : word;
    if (!digits && strmap_add(uni, w, strlen(w), 1)) return -1;
    char key[600];
    int kl = snprintf(key, sizeof key, "%s\x1f%s", prev, w);
    if (kl > 0 && (size_t)kl < sizeof key && strmap_add(bi, key, (size_t)kl, 1)) return -1;
    snprintf(prev, sizeof prev, "%s", w);
  }
  if (strcmp(prev, "<s>")) {
    char key[300];
    int kl = snprintf(key, sizeof key, "%s\x1f</s>", prev);
    if (strmap_add(bi, key, (size_t)kl, 1)) return -1;
  }
  return 0;
}

typedef struct Row {
  const char *key;
  size_t len;
  uint32_t v;
} Row;

static int by_count(const void *a, const void *b) {
  const Row *x = a, *y = b;
  if (x->v != y->v) return x->v < y->v ? 1 : -1;
  return strcmp(x->key, y->key);
}

/* Write m as TSV (pairs: the \x1f separator becomes a TAB), most frequent
 * first, to path via a temporary renamed into place. */
int dict_learn_write(const StrMap *m, const char *path, const char *header) {
  size_t n = strmap_size(m), k = 0, pos = 0;
  Row *rows = malloc((n ? n : 1) * sizeof *rows);
  if (!rows) return -1;
  while (strmap_next(m, &pos, &rows[k].key, &rows[k].len, &rows[k].v)) k++;
  qsort(rows, k, sizeof *rows, by_count);
  char tmp[1100];
  snprintf(tmp, sizeof tmp, "%s.tmp-%d", path, (int)getpid());
  FILE *f = fopen(tmp, "w");
  if (!f) {
    free(rows);
    return -1;
  }
  fprintf(f, "# %s\n", header);
  for (size_t i = 0; i < k; i++) {
    for (size_t j = 0; j < rows[i].len; j++)
      fputc(rows[i].key[j] == '\x1f' ? '\t' : rows[i].key[j], f);
    fprintf(f, "\t%u\n", rows[i].v);
  }
  free(rows);
  int bad = ferror(f) != 0;
  if (fclose(f) || bad || rename(tmp, path)) {
    unlink(tmp);
    return -1;
  }
  return 0;
}

/* Read a TSV written by dict_learn_write back into m (missing file: 0). */
int dict_learn_read(StrMap *m, const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) return errno == ENOENT ? 0 : -1;
  char line[1024];
  int bad = 0;
  while (fgets(line, sizeof line, f)) {
    if (line[0] == '#') continue;
    line[strcspn(line, "\r\n")] = '\0';
    char *last = strrchr(line, '\t');
    if (!last) continue;
    *last = '\0';
    uint32_t v = (uint32_t)strtoul(last + 1, NULL, 10);
    for (char *p = line; *p; p++)
      if (*p == '\t') *p = '\x1f';
    if (strmap_add(m, line, strlen(line), v)) {
      bad = 1;
      break;
    }
  }
  fclose(f);
  return bad ? -1 : 0;
}
