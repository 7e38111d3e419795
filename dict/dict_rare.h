/*
 * dict_rare.h — a quick, exact "no" before a Hunspell look-up, for words
 * holding a letter few dictionary stems have (not API: dict_hun.c's helper;
 * see dict_rare.c).
 */
#ifndef RENSA_DICT_RARE_H
#define RENSA_DICT_RARE_H

typedef struct DictRare DictRare;

/* Remember the dictionary's files; nothing is read until a word needs it.
 * NULL only when out of memory (the caller then asks Hunspell always). */
DictRare *dict_rare_new(const char *aff, const char *dic);
void dict_rare_free(DictRare *r);                      /* accepts NULL */

/* 0 if Hunspell cannot accept word (UTF-8), 1 if it may. */
int dict_rare_possible(DictRare *r, const char *word);

#endif
