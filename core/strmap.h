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
/* The same with h, frozen_hash(key, len): the maps and the frozen maps
 * share their hash, and a look-up in both need not make it twice. */
int strmap_get_h(const StrMap *m, const char *key, size_t len, uint64_t h, uint32_t *value);
size_t strmap_size(const StrMap *m);

/* Iterate: call with *pos = 0; returns 0 at the end. */
int strmap_next(const StrMap *m, size_t *pos, const char **key, size_t *len,
                uint32_t *value);

/* FNV-1a of key, stable across machines and versions (not the maps' own
 * hash, which may change with their compiled format). */
uint64_t strmap_hash(const char *key, size_t len);

#endif

/* ------------------------------------------------------------ frozen maps
 * A map written once (strmap_freeze) and read in place from a mapped file
 * (FrozenMap): the compiled lexicon is three of these, so loading it costs
 * an mmap instead of hashing a million words.  Layout, little-endian:
 *   u64 cap (slots, < 2^32; a key's first slot is its hash's low 32 bits
 *   times cap, shifted right 32; probing is linear, wrapping), u64 string
 *   bytes,
 *   u64 filter words,
 *   the filter: words × u64, a Bloom filter of the keys (16 bits a key;
 *   most look-ups are of keys the map lacks, "variants" of OCR junk, and
 *   the filter answers them from 1 MB instead of a probe of the slots and
 *   a key in a 70 MB file, each a cache miss),
 *   cap × {u32 key offset, u32 key length (0xFFFFFFFF = empty), u32 value},
 *   the keys, each followed by a NUL.
 */
typedef struct FrozenMap {
  const unsigned char *base;  /* start of the section */
  uint64_t cap;
  const unsigned char *filter, *slots, *strings;
  uint64_t words;             /* of the filter */
  uint64_t strings_len;       /* bytes of the string area */
  size_t size;                /* bytes of the whole section */
} FrozenMap;

/* Bytes strmap_freeze will write for m. */
size_t strmap_frozen_size(const StrMap *m);
/* Write m as a frozen section to out (strmap_frozen_size bytes). */
void strmap_freeze(const StrMap *m, unsigned char *out);
/* The same with each value v written as map[v] (map covers every value). */
void strmap_freeze_map(const StrMap *m, unsigned char *out, const uint32_t *map);
/* View the section at p (at most avail bytes); 0, or -1 if malformed. */
int frozen_open(FrozenMap *f, const unsigned char *p, size_t avail);
int frozen_get(const FrozenMap *f, const char *key, size_t len, uint32_t *value);
/* The same for a map only some thousand look-ups will read (the compound
 * parts of dict_parts.c): frozen_view checks the header alone, where
 * frozen_open's scan of every slot would cost more than all the look-ups,
 * and frozen_get_checked checks each slot it reads instead (a damaged
 * slot reads as absent).  Read a map from frozen_view with it only. */
int frozen_view(FrozenMap *f, const unsigned char *p, size_t avail);
int frozen_get_checked(const FrozenMap *f, const char *key, size_t len, uint32_t *value);
/* For a batch of look-ups whose keys are all known first: each key's hash
 * (frozen_hash), its filter word asked for early (frozen_prefetch), then
 * the look-ups with the hashes: the cache misses overlap. */
uint64_t frozen_hash(const char *key, size_t len);
int frozen_get_h(const FrozenMap *f, const char *key, size_t len, uint64_t h, uint32_t *value);
void frozen_prefetch(const FrozenMap *f, uint64_t h);
int frozen_get_checked_h(const FrozenMap *f, const char *key, size_t len, uint64_t h,
                         uint32_t *value);
