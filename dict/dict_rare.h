/*
 * dict_rare.h — a quick, exact "no" before a Hunspell look-up, for words
 * holding a letter few dictionary stems have (not API: dict_hun.c's helper;
 * see dict_rare.c).
 */
#ifndef RENSA_DICT_RARE_H
#define RENSA_DICT_RARE_H

#include <stddef.h>

typedef struct DictRare DictRare;

/* Remember the dictionary's files; nothing is read until a word needs it.
 * NULL only when out of memory (the caller then asks Hunspell always). */
DictRare *dict_rare_new(const char *aff, const char *dic);
void dict_rare_free(DictRare *r);                      /* accepts NULL */

/* 0 if Hunspell cannot accept word (UTF-8), 1 if it may. */
int dict_rare_possible(DictRare *r, const char *word);

/* Indices 0..n-1 of items (size bytes each, the flag the byte at offset
 * off) grouped by flag, a counting sort: those of flag f are
 * by[first[f] .. first[f + 1]).  by (n + 1 entries, to free), or NULL
 * when out of memory.  Shared with dict_parts.c's affix reader. */
size_t *dict_by_flag(const void *items, size_t n, size_t size, size_t off, size_t first[257]);

#endif
