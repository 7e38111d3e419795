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

uint64_t strmap_hash(const char *key, size_t len) {
  /* FNV-1a, 64 bit: short keys, good enough spread with a final mix. */
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)key[i];
    h *= 1099511628211ull;
  }
  h ^= h >> 29;
  return h;
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
    if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0) return s;
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
  uint64_t h = strmap_hash(key, len);
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
  Slot *s = find(m, key, len, strmap_hash(key, len));
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
