/*
 * fuzz_common.h — checks shared by the libFuzzer harnesses.
 *
 * A harness feeds arbitrary bytes to one stage of rensa and aborts (so that
 * libFuzzer records the input) when the stage breaks a promise of its header,
 * not only when it crashes: every word of a Doc is valid UTF-8 with a
 * 1-based source position, and a table's cells are never NULL.
 */
#ifndef RENSA_FUZZ_COMMON_H
#define RENSA_FUZZ_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "utf8.h"

/* Abort with a message naming the broken promise. */
static void fuzz_fail(const char *what) {
  fprintf(stderr, "fuzz: broken promise: %s\n", what);
  abort();
}

/* Check the invariants of doc.h and textin.h on every word and table of d.
 * from_text: d came from textin (words carry source positions). */
static void fuzz_check_doc(const Doc *d, int from_text) {
  for (size_t p = 0; p < d->npages; p++) {
    const DocPage *pg = &d->pages[p];
    for (size_t b = 0; b < pg->nblocks; b++) {
      const DocBlock *bl = &pg->blocks[b];
      if (bl->kind == DOC_TABLE) {
        const DocTable *t = bl->table;
        if (!t) fuzz_fail("DOC_TABLE block without a table");
        for (size_t i = 0; i < t->nrows * t->ncols; i++) {
          if (!t->cells[i]) fuzz_fail("NULL table cell");
          if (!utf8_valid(t->cells[i], strlen(t->cells[i])))
            fuzz_fail("table cell is not valid UTF-8");
        }
        if (t->header_rows > t->nrows) fuzz_fail("more header rows than rows");
      }
      for (size_t l = 0; l < bl->nlines; l++) {
        const DocLine *ln = &bl->lines[l];
        for (size_t w = 0; w < ln->nwords; w++) {
          const DocWord *wd = &ln->words[w];
          if (!wd->text) fuzz_fail("word without text");
          if (!utf8_valid(wd->text, strlen(wd->text)))
            fuzz_fail("word is not valid UTF-8");
          if (from_text && (wd->src_line < 1 || wd->src_col < 1))
            fuzz_fail("word without a 1-based source position");
        }
      }
    }
  }
}

#endif
