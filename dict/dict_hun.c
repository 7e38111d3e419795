/*
 * dict_hun.c — the Hunspell wrapper (see dict.h).  Hunspell's memory never
 * leaves this file; queries are converted from UTF-8 when the dictionary
 * declares another encoding (ISO8859-1/15 are handled; others are refused).
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <hunspell/hunspell.h>

#include "dict.h"
#include "dict_parts.h"
#include "dict_rare.h"
#include "strmap.h"
#include "utf8.h"

/* Answers remembered per process: a batch meets the same words in every
 * document, and one word's repair asks about the same compounds again;
 * a Swedish look-up that fails costs tens of thousands of instructions
 * (every split is tried as a compound).  Bounded: past the cap, new words
 * are asked, not stored. */
#define MEMO_MAX 2000000

struct DictHun {
  Hunhandle *h;
  int latin1;             /* dictionary is ISO8859-1/-15 */
  char enc[32];
  pthread_mutex_t lock;   /* Hunspell handles are not thread-safe; guards memo too */
  StrMap *memo;           /* word -> 1 misspelt, 2 correct */
  DictRare *rare;         /* a quick "no" for rare letters; NULL: always ask */
  DictParts *parts;       /* a quick "no" for words no chain of compound
                           * parts spells, and a sure "yes" for common
                           * compounds; NULL: always ask */
  char *parts_path;       /* its compiled file, mapped at the first look-up */
  int parts_state;        /* 0 not mapped yet, 1 mapped or off */
  char *aff, *dic;        /* the dictionary's files (owned copies) */
};

DictHun *dict_hun_open(const char *aff, const char *dic, RensaErr *e) {
  const char *a = aff ? aff : "/usr/share/hunspell/sv_SE.aff";
  const char *d = dic ? dic : "/usr/share/hunspell/sv_SE.dic";
  if (access(a, R_OK) || access(d, R_OK)) {
    rensa_err_set(e, RENSA_E_RESOURCE, access(a, R_OK) ? a : d, 0,
                  "Swedish Hunspell dictionary not found "
                  "(install the Debian package hunspell-sv, or give --hunspell-dict)");
    return NULL;
  }
  DictHun *h = calloc(1, sizeof *h);
  if (!h) {
    rensa_err_set(e, RENSA_E_NOMEM, a, 0, "out of memory");
    return NULL;
  }
  h->h = Hunspell_create(a, d);
  if (!h->h) {
    free(h);
    rensa_err_set(e, RENSA_E_RESOURCE, a, 0, "Hunspell could not load the dictionary");
    return NULL;
  }
  const char *enc = Hunspell_get_dic_encoding(h->h);
  snprintf(h->enc, sizeof h->enc, "%s", enc ? enc : "ISO8859-1");
  if (strcmp(h->enc, "UTF-8") && strcmp(h->enc, "utf-8")) {
    if (strncmp(h->enc, "ISO8859-1", 9) && strcmp(h->enc, "ISO8859-15")) {
      Hunspell_destroy(h->h);
      rensa_err_set(e, RENSA_E_RESOURCE, a, 0,
                    "dictionary encoding %s is not supported (UTF-8, ISO8859-1/15)",
                    h->enc);
      free(h);
      return NULL;
    }
    h->latin1 = 1;
  }
  h->memo = strmap_new(4096);
  if (!h->memo) {
    Hunspell_destroy(h->h);
    free(h);
    rensa_err_set(e, RENSA_E_NOMEM, a, 0, "out of memory");
    return NULL;
  }
  /* (Latin-1 dictionaries are asked always: the test reads UTF-8.) */
  if (!h->latin1) h->rare = dict_rare_new(a, d);
  h->aff = strdup(a);
  h->dic = strdup(d);
  pthread_mutex_init(&h->lock, NULL);
  return h;
}

void dict_hun_free(DictHun *h) {
  if (!h) return;
  /* (before Hunspell's hundred thousand small blocks are freed: freed
   * after them, the test's maps make malloc consolidate them all) */
  dict_rare_free(h->rare);
  dict_parts_free(h->parts);
  free(h->parts_path);
  free(h->aff);
  free(h->dic);
  Hunspell_destroy(h->h);
  strmap_free(h->memo);
  pthread_mutex_destroy(&h->lock);
  free(h);
}

const char *dict_hun_encoding(const DictHun *h) { return h->enc; }

void dict_hun_use_parts(DictHun *h, const char *path) {
  free(h->parts_path);
  h->parts_path = h->latin1 || !path ? NULL : strdup(path);
}

/* 0 if the compiled compound parts show Hunspell would refuse q; the file
 * is mapped at the first word that needs it (most start-ups of a short
 * document never do). */
static int parts_possible(DictHun *h, const char *q) {
  if (!h->parts_state) {
    h->parts_state = 1;
    if (h->parts_path && h->aff && h->dic)
      h->parts = dict_parts_open(h->parts_path, h->aff, h->dic);
  }
  return dict_parts_possible(h->parts, q);
}

int dict_hun_spell(DictHun *h, const char *word) {
  char buf[256];
  const char *q = word;
  if (h->latin1) {
    size_t i = 0, o = 0, n, len = strlen(word);
    while (i < len && o + 1 < sizeof buf) {
      uint32_t c = utf8_decode(word + i, len - i, &n);
      if (c > 0xFF) return 0; /* cannot be in a Latin-1 dictionary */
      buf[o++] = (char)c;
      i += n;
    }
    buf[o] = '\0';
    q = buf;
  }
  size_t ql = strlen(q);
  uint32_t v = 0;
  pthread_mutex_lock(&h->lock);
  if (!strmap_get(h->memo, q, ql, &v)) {
    /* (the parts first: they refuse nearly every word the rare letters
     * would, for less, and then the rare letters' stems are never read;
     * then their sure yes, which spares Hunspell most compounds) */
    v = parts_possible(h, q) && (dict_parts_sure(h->parts, q) ||
                                 (dict_rare_possible(h->rare, q) && Hunspell_spell(h->h, q)))
            ? 2
            : 1;
    /* A failed store only forgets the answer. */
    if (strmap_size(h->memo) < MEMO_MAX) (void)strmap_put(h->memo, q, ql, v);
  }
  pthread_mutex_unlock(&h->lock);
  return v == 2;
}
