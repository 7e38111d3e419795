/*
 * strmap.c — string → uint32 hash map (see strmap.h).  Linear probing over
 * a power-of-two table; keys live in chunked arenas so they never move.
 */
#include <stdlib.h>
#include <string.h>

#include "strmap.h"

typedef struct Slot {
  const char *key;   /* NULL = empty */
  uint32_t len;
  uint32_t value;
  uint64_t hash;
} Slot;

typedef struct Chunk {
  struct Chunk *next;
  size_t used, cap;
  char data[];
} Chunk;

struct StrMap {
  Slot *slots;
  size_t cap, size;
  Chunk *chunks;
};

/* Little-endian loads of 8 and 4 bytes (one instruction where the
 * machine is little-endian). */
static inline uint64_t load64(const unsigned char *p) {
  uint64_t v;
  memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  v = __builtin_bswap64(v);
#endif
  return v;
}

static inline uint64_t load32(const unsigned char *p) {
  uint32_t v;
  memcpy(&v, p, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  v = __builtin_bswap32(v);
#endif
  return v;
}

/* The maps' hash: eight bytes a turn, a multiply each, the last one to
 * seven read as two overlapping words or three bytes (the length is
 * mixed in first), then a final mix of every bit into the low ones (the
 * probe position) and the high ones (the frozen maps' filter); read
 * little-endian, so a compiled map reads the same on any machine.  FNV-1a,
 * a multiply per byte, was a chain of 4 cycles a byte in the look-ups of
 * every variant the repair stage tries.  Inlined into the look-ups. */
static inline uint64_t hash_bytes(const char *key, size_t len) {
  const unsigned char *k = (const unsigned char *)key;
  uint64_t h = 0x9E3779B97F4A7C15ull ^ len;
  size_t i = 0;
  for (; len - i >= 8; i += 8) {
    h = (h ^ load64(k + i)) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  size_t r = len - i;
  const unsigned char *t = k + i;
  uint64_t w = r >= 4  ? load32(t) | load32(t + r - 4) << 32
               : r > 0 ? (uint64_t)t[0] << 16 | (uint64_t)t[r >> 1] << 8 | t[r - 1]
                       : 0;
  h = (h ^ w) * 0xC4CEB9FE1A85EC53ull;
  h ^= h >> 29;
  h *= 0xFF51AFD7ED558CCDull;
  return h ^ h >> 32;
}

/* FNV-1a, 64 bit, with the maps' old final mix: stable across machines
 * and versions for what names a shard by it (rensa convert). */
uint64_t strmap_hash(const char *key, size_t len) {
  const unsigned char *k = (const unsigned char *)key;
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++) h = (h ^ k[i]) * 1099511628211ull;
  return h ^ h >> 29;
}

/* memcmp(a, b, len) == 0, short keys compared inline. */
static inline int key_eq(const char *a, const char *b, size_t len) {
  if (len > 16) return memcmp(a, b, len) == 0;
  for (size_t i = 0; i < len; i++)
    if (a[i] != b[i]) return 0;
  return 1;
}

StrMap *strmap_new(size_t expected) {
  StrMap *m = calloc(1, sizeof *m);
  if (!m) return NULL;
  size_t cap = 64;
  while (cap < expected * 2) cap *= 2;
  m->slots = calloc(cap, sizeof *m->slots);
  if (!m->slots) {
    free(m);
    return NULL;
  }
  m->cap = cap;
  return m;
}

void strmap_free(StrMap *m) {
  if (!m) return;
  Chunk *c = m->chunks;
  while (c) {
    Chunk *n = c->next;
    free(c);
    c = n;
  }
  free(m->slots);
  free(m);
}

static const char *arena_copy(StrMap *m, const char *key, size_t len) {
  Chunk *c = m->chunks;
  if (!c || c->cap - c->used < len + 1) {
    size_t cap = len + 1 > 65536 ? len + 1 : 65536;
    c = malloc(sizeof *c + cap);
    if (!c) return NULL;
    c->next = m->chunks;
    c->used = 0;
    c->cap = cap;
    m->chunks = c;
  }
  char *p = c->data + c->used;
  memcpy(p, key, len);
  p[len] = '\0';
  c->used += len + 1;
  return p;
}

static Slot *find(const StrMap *m, const char *key, size_t len, uint64_t h) {
  size_t mask = m->cap - 1, i = h & mask;
  for (;;) {
    Slot *s = &m->slots[i];
    if (!s->key) return s;
    if (s->hash == h && s->len == len && key_eq(s->key, key, len)) return s;
    i = (i + 1) & mask;
  }
}

static int grow(StrMap *m) {
  size_t ncap = m->cap * 2;
  Slot *ns = calloc(ncap, sizeof *ns);
  if (!ns) return -1;
  for (size_t i = 0; i < m->cap; i++) {
    Slot *s = &m->slots[i];
    if (!s->key) continue;
    size_t j = s->hash & (ncap - 1);
    while (ns[j].key) j = (j + 1) & (ncap - 1);
    ns[j] = *s;
  }
  free(m->slots);
  m->slots = ns;
  m->cap = ncap;
  return 0;
}

/* The slot for key, inserted with value 0 if absent; NULL on failure. */
static Slot *slot_for(StrMap *m, const char *key, size_t len) {
  if ((m->size + 1) * 10 > m->cap * 7 && grow(m)) return NULL;
  uint64_t h = hash_bytes(key, len);
  Slot *s = find(m, key, len, h);
  if (!s->key) {
    const char *k = arena_copy(m, key, len);
    if (!k) return NULL;
    s->key = k;
    s->len = (uint32_t)len;
    s->hash = h;
    s->value = 0;
    m->size++;
  }
  return s;
}

int strmap_put(StrMap *m, const char *key, size_t len, uint32_t value) {
  Slot *s = slot_for(m, key, len);
  if (!s) return -1;
  s->value = value;
  return 0;
}

int strmap_add(StrMap *m, const char *key, size_t len, uint32_t delta) {
  Slot *s = slot_for(m, key, len);
  if (!s) return -1;
  s->value += delta;
  return 0;
}

int strmap_get(const StrMap *m, const char *key, size_t len, uint32_t *value) {
  return strmap_get_h(m, key, len, hash_bytes(key, len), value);
}

int strmap_get_h(const StrMap *m, const char *key, size_t len, uint64_t h, uint32_t *value) {
  Slot *s = find(m, key, len, h);
  if (!s->key) return 0;
  if (value) *value = s->value;
  return 1;
}

size_t strmap_size(const StrMap *m) { return m->size; }

int strmap_next(const StrMap *m, size_t *pos, const char **key, size_t *len,
                uint32_t *value) {
  while (*pos < m->cap) {
    Slot *s = &m->slots[(*pos)++];
    if (s->key) {
      *key = s->key;
      *len = s->len;
      *value = s->value;
      return 1;
    }
  }
  return 0;
}

/* ------------------------------------------------------------ frozen maps */

#define FZ_EMPTY 0xFFFFFFFFu
#define FZ_SLOT 12
#define FZ_HDR 24

/* Slots for a frozen map: load factor 2/3, any size (probing wraps). */
static size_t frozen_cap(const StrMap *m) { return m->size + m->size / 2 + 1; }

/* Words of the filter: 16 bits a key. */
static size_t filter_words(const StrMap *m) { return m->size / 4 + 1; }

/* A key's word of the filter and its three bits there, from its hash: a
 * blocked Bloom filter (one cache line read per look-up; about 1 % of the
 * keys a map lacks get past it).  The probe position takes the hash's low
 * bits, so the filter takes a multiplied copy's high ones. */
static inline uint64_t filter_at(uint64_t h, uint64_t words, uint64_t *mask) {
  uint64_t g = h * 0x9E3779B97F4A7C15ull;
  *mask = 1ull << (g >> 58) | 1ull << ((g >> 52) & 63) | 1ull << ((g >> 46) & 63);
  return (((g >> 14) & 0xFFFFFFFFull) * words) >> 32; /* words < 2^32 */
}

/* A key's first slot of cap, from its hash's low 32 bits: a multiply
 * and a shift, where h % cap was a 64-bit division (some 40 cycles) in
 * each look-up the filter lets through.  (The filter takes a multiplied
 * copy's high bits.) */
static inline uint64_t slot_at(uint64_t h, uint64_t cap) {
  return ((h & 0xFFFFFFFFull) * cap) >> 32; /* cap < 2^32 */
}

size_t strmap_frozen_size(const StrMap *m) {
  size_t strings = 0;
  for (size_t i = 0; i < m->cap; i++)
    if (m->slots[i].key) strings += m->slots[i].len + 1;
  return FZ_HDR + filter_words(m) * 8 + frozen_cap(m) * FZ_SLOT + strings;
}

static void put32(unsigned char *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static void put64(unsigned char *p, uint64_t v) {
  for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t get32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint64_t get64(const unsigned char *p) {
  return (uint64_t)get32(p) | (uint64_t)get32(p + 4) << 32;
}

void strmap_freeze(const StrMap *m, unsigned char *out) { strmap_freeze_map(m, out, NULL); }

void strmap_freeze_map(const StrMap *m, unsigned char *out, const uint32_t *map) {
  size_t cap = frozen_cap(m), words = filter_words(m), off = 0;
  unsigned char *filter = out + FZ_HDR, *slots = filter + words * 8,
                *strings = slots + cap * FZ_SLOT;
  memset(filter, 0, words * 8);
  for (size_t i = 0; i < cap; i++) put32(slots + i * FZ_SLOT + 4, FZ_EMPTY);
  for (size_t i = 0; i < m->cap; i++) {
    const Slot *s = &m->slots[i];
    if (!s->key) continue;
    size_t j = slot_at(s->hash, cap);
    while (get32(slots + j * FZ_SLOT + 4) != FZ_EMPTY)
      if (++j == cap) j = 0;
    put32(slots + j * FZ_SLOT, (uint32_t)off);
    put32(slots + j * FZ_SLOT + 4, s->len);
    put32(slots + j * FZ_SLOT + 8, map ? map[s->value] : s->value);
    memcpy(strings + off, s->key, s->len);
    strings[off + s->len] = '\0';
    off += s->len + 1;
    uint64_t mask, w = filter_at(s->hash, words, &mask);
    put64(filter + 8 * w, get64(filter + 8 * w) | mask);
  }
  put64(out, cap);
  put64(out + 8, off);
  put64(out + 16, words);
}

/* 1 if the frozen slot at s is filled and its key ends past the string
 * area of strings bytes. */
static inline int slot_bad(const unsigned char *s, uint64_t strings) {
  uint32_t len = get32(s + 4);
  return (len != FZ_EMPTY) & ((uint64_t)get32(s) + len + 1 > strings);
}

int frozen_view(FrozenMap *f, const unsigned char *p, size_t avail) {
  if (avail < FZ_HDR) return -1;
  uint64_t cap = get64(p), strings = get64(p + 8), words = get64(p + 16);
  if (cap == 0 || cap >> 32 || cap > avail / FZ_SLOT || strings > avail || words == 0 ||
      words > avail / 8 || words >> 32 || FZ_HDR + words * 8 + cap * FZ_SLOT + strings > avail)
    return -1;
  f->base = p;
  f->cap = cap;
  f->filter = p + FZ_HDR;
  f->words = words;
  f->slots = f->filter + words * 8;
  f->strings = f->slots + cap * FZ_SLOT;
  f->strings_len = strings;
  f->size = FZ_HDR + words * 8 + cap * FZ_SLOT + strings;
  return 0;
}

int frozen_open(FrozenMap *f, const unsigned char *p, size_t avail) {
  if (frozen_view(f, p, avail)) return -1;
  uint64_t cap = f->cap, strings = f->strings_len;
  /* Every key must lie inside the string area.  Without a branch per slot:
   * empty and filled slots alternate at random, and a mispredicted branch
   * cost more than the test (6.5 ms -> 1.6 ms on the lexicon's 2.7 million
   * slots); four slots a step. */
  int bad = 0;
  const unsigned char *s = f->slots;
  uint64_t i = 0;
  for (; i + 4 <= cap; i += 4, s += 4 * FZ_SLOT)
    bad |= slot_bad(s, strings) | slot_bad(s + FZ_SLOT, strings) |
           slot_bad(s + 2 * FZ_SLOT, strings) | slot_bad(s + 3 * FZ_SLOT, strings);
  for (; i < cap; i++, s += FZ_SLOT) bad |= slot_bad(s, strings);
  return bad ? -1 : 0;
}

/* Is key (hash h) perhaps in f?  0: certainly not. */
static inline int filter_may(const FrozenMap *f, uint64_t h) {
  uint64_t mask, w = filter_at(h, f->words, &mask);
  return (get64(f->filter + 8 * w) & mask) == mask;
}

int frozen_get(const FrozenMap *f, const char *key, size_t len, uint32_t *value) {
  return frozen_get_h(f, key, len, hash_bytes(key, len), value);
}

int frozen_get_h(const FrozenMap *f, const char *key, size_t len, uint64_t h, uint32_t *value) {
  if (!filter_may(f, h)) return 0;
  const unsigned char *slots = f->slots, *end = slots + f->cap * FZ_SLOT;
  const unsigned char *next = slots + slot_at(h, f->cap) * FZ_SLOT;
  for (uint64_t n = 0; n < f->cap; n++) {
    const unsigned char *s = next;
    next += FZ_SLOT;
    if (next == end) next = slots;
    uint32_t kl = get32(s + 4);
    if (kl == FZ_EMPTY) return 0;
    if (kl == len && key_eq((const char *)f->strings + get32(s), key, len)) {
      if (value) *value = get32(s + 8);
      return 1;
    }
  }
  return 0;
}

uint64_t frozen_hash(const char *key, size_t len) { return hash_bytes(key, len); }

void frozen_prefetch(const FrozenMap *f, uint64_t h) {
  uint64_t mask, w = filter_at(h, f->words, &mask);
  __builtin_prefetch(f->filter + 8 * w);
}

int frozen_get_checked(const FrozenMap *f, const char *key, size_t len, uint32_t *value) {
  return frozen_get_checked_h(f, key, len, hash_bytes(key, len), value);
}

int frozen_get_checked_h(const FrozenMap *f, const char *key, size_t len, uint64_t h,
                         uint32_t *value) {
  if (!filter_may(f, h)) return 0;
  uint64_t i = slot_at(h, f->cap);
  for (uint64_t n = 0; n < f->cap; n++) {
    const unsigned char *s = f->slots + i * FZ_SLOT;
    if (++i == f->cap) i = 0;
    uint32_t kl = get32(s + 4);
    if (kl == FZ_EMPTY) return 0;
    if (kl != len) continue;
    if ((uint64_t)get32(s) + kl + 1 > f->strings_len) return 0;
    if (key_eq((const char *)f->strings + get32(s), key, len)) {
      if (value) *value = get32(s + 8);
      return 1;
    }
  }
  return 0;
}
