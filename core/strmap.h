/*
 * strmap.h — an open-addressing hash map from strings to 32-bit values.
 *
 * Keys are copied into an arena owned by the map; values are plain
 * uint32_t (counts, ids).  Used for the lexicon, the bigram table and the
 * per-document caches, where millions of lookups must be cheap.
 *
 *   StrMap *m = strmap_new(1024);
 *   strmap_put(m, "för", 5, 10432);
 *   uint32_t v; if (strmap_get(m, "för", 5, &v)) ...
 *   strmap_free(m);
 */
#ifndef RENSA_STRMAP_H
#define RENSA_STRMAP_H

#include <stddef.h>
#include <stdint.h>

typedef struct StrMap StrMap;

StrMap *strmap_new(size_t expected);
void strmap_free(StrMap *m);                   /* accepts NULL */

/* Insert or overwrite; returns 0, or -1 on allocation failure. */
int strmap_put(StrMap *m, const char *key, size_t len, uint32_t value);
/* Add delta to the value (inserting 0 first); returns 0 or -1. */
int strmap_add(StrMap *m, const char *key, size_t len, uint32_t delta);
/* 1 and *value set if key is present, else 0. */
int strmap_get(const StrMap *m, const char *key, size_t len, uint32_t *value);
size_t strmap_size(const StrMap *m);

/* Iterate: call with *pos = 0; returns 0 at the end. */
int strmap_next(const StrMap *m, size_t *pos, const char **key, size_t *len,
                uint32_t *value);

uint64_t strmap_hash(const char *key, size_t len);

#endif
