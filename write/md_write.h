/*
 * md_write.h — Markdown (CommonMark + GFM tables) of a Doc.
 *
 * Headings become "#"-headings, paragraphs are reflowed into one line each,
 * list items become "- " items, tables become GFM pipe tables, noise blocks
 * are dropped.  Output is deterministic (golden tests rely on it).
 */
#ifndef RENSA_MD_WRITE_H
#define RENSA_MD_WRITE_H

#include <stdio.h>
#include "doc.h"

/* Write d to f.  Returns 0, or -1 on a write error. */
int md_write(const Doc *d, FILE *f);

#endif
