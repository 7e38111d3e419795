/*
 * dict_parts.h — a quick, exact "no" before a Hunspell look-up, for words
 * that are no form of the dictionary and no chain of forms it lets into
 * compounds, and a quick, sure "yes" for common compounds (not API:
 * dict_hun.c's helper, compiled at build time by rensa-mkparts; see
 * dict_parts.c).
 *
 *   dict_parts_compile(AFF, DIC, "sv-hunparts.bin", &e);     (build time)
 *   DictParts *p = dict_parts_open("sv-hunparts.bin", AFF, DIC);
 *   if (!dict_parts_possible(p, "férvaltning")) ... Hunspell would say no
 *   if (dict_parts_sure(p, "tjänsteuppföljning")) ... Hunspell would say yes
 *   dict_parts_free(p);
 */
#ifndef RENSA_DICT_PARTS_H
#define RENSA_DICT_PARTS_H

#include "rensa_err.h"

typedef struct DictParts DictParts;

/* Write the forms and compound parts of aff/dic to out.  A dictionary
 * whose affix file uses what the test does not follow gets a file that
 * switches the test off.  0 or an error (unreadable input, unwritable
 * output). */
RensaStatus dict_parts_compile(const char *aff, const char *dic, const char *out,
                               RensaErr *e);

/* Map the compiled file at path, made from aff and dic.  NULL (the caller
 * then asks Hunspell always) when it is missing, damaged, switched off, or
 * was made from other files than aff and dic (their size and modification
 * time are recorded in it). */
DictParts *dict_parts_open(const char *path, const char *aff, const char *dic);
void dict_parts_free(DictParts *p);                    /* accepts NULL */

/* 0 if Hunspell cannot accept word (UTF-8), 1 if it may.  p may be NULL
 * (then always 1). */
int dict_parts_possible(const DictParts *p, const char *word);

/* 1 if Hunspell is sure to accept word (UTF-8) as a compound of parts the
 * dictionary lets begin, continue and end one; 0 if not known (then ask
 * Hunspell).  p may be NULL (then always 0). */
int dict_parts_sure(const DictParts *p, const char *word);

#endif
