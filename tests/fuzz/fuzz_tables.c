/*
 * fuzz_tables.c — libFuzzer harness for the text path of table building.
 *
 * The input is read as OCR text (textin_read_buffer, which marks runs of
 * label-and-number lines DOC_TABLE_ROWS), turned into tables by
 * tab_build_text, and the result is written as Markdown and as CSV (both
 * decimal marks) to /dev/null.  Every table must have non-NULL cells and no
 * DOC_TABLE_ROWS block may be left behind.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "csv_write.h"
#include "fuzz_common.h"
#include "md_write.h"
#include "tables.h"
#include "textin.h"

static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  devnull = fopen("/dev/null", "w");
  if (!devnull) abort();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  RensaErr e;
  rensa_err_clear(&e);
  Doc *d = textin_read_buffer("fuzz.txt", (const char *)data, size, &e);
  if (!d) return 0;
  if (tab_build_text(d, &e) == RENSA_OK) {
    fuzz_check_doc(d, 0);
    for (size_t p = 0; p < d->npages; p++) {
      const DocPage *pg = &d->pages[p];
      for (size_t b = 0; b < pg->nblocks; b++) {
        const DocBlock *bl = &pg->blocks[b];
        if (bl->kind == DOC_TABLE_ROWS)
          fuzz_fail("tab_build_text left a DOC_TABLE_ROWS block");
        if (bl->kind == DOC_TABLE && bl->table) {
          if (csv_write_table(bl->table, devnull, '.') != 0 ||
              csv_write_table(bl->table, devnull, ',') != 0)
            fuzz_fail("csv_write_table failed on /dev/null");
        }
      }
    }
    if (md_write(d, devnull) != 0) fuzz_fail("md_write failed on /dev/null");
  } else if (e.code == RENSA_OK) {
    fuzz_fail("tab_build_text failed without an error code");
  }
  doc_free(d);
  return 0;
}
