/*
 * fuzz_fixup.c — libFuzzer harness for the repair stage.
 *
 * The input is read as OCR text (textin_read_buffer), repaired by fix_doc
 * with one Fixer made in LLVMFuzzerInitialize (loading the dictionary takes
 * a second or two, far too long per input), and its report is written as
 * JSON to /dev/null.  The repaired Doc must still keep the promises of doc.h.
 *
 * Data: $RENSA_DATA if set, else the source tree's dict/ (RENSA_FUZZ_DATA).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fixup.h"
#include "fuzz_common.h"
#include "textin.h"

static Fixer *fixer;       /* shared by every input; lives until exit */
static FILE *devnull;      /* where reports go */

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc;
  (void)argv;
  RensaErr e;
  FixOptions o;
  rensa_err_clear(&e);
  fix_options_default(&o);
  const char *env = getenv("RENSA_DATA");
  o.data_dir = env && *env ? env : RENSA_FUZZ_DATA;
  fixer = fix_new(&o, &e);
  devnull = fopen("/dev/null", "w");
  if (!fixer || !devnull) {
    char msg[1200];
    rensa_err_format(&e, msg, sizeof msg);
    fprintf(stderr, "fuzz_fixup: cannot load the Fixer: %s\n", msg);
    abort();
  }
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  RensaErr e;
  rensa_err_clear(&e);
  Doc *d = textin_read_buffer("fuzz.txt", (const char *)data, size, &e);
  if (!d) return 0;
  FixReport *r = fix_report_new();
  if (!r) fuzz_fail("fix_report_new returned NULL");
  if (fix_doc(fixer, d, r, &e) == RENSA_OK) {
    fuzz_check_doc(d, 0);
    if (fix_report_write_json(r, d->source, devnull) != 0)
      fuzz_fail("fix_report_write_json failed on /dev/null");
  } else if (e.code == RENSA_OK) {
    fuzz_fail("fix_doc failed without an error code");
  }
  fix_report_free(r);
  doc_free(d);
  return 0;
}
