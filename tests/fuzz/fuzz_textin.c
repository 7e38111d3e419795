/*
 * fuzz_textin.c — libFuzzer harness for the text reader.
 *
 * Arbitrary bytes go to textin_read_buffer, as a file of any encoding would:
 * it must either return a Doc that keeps the promises of doc.h (checked by
 * fuzz_check_doc) or fail with an error code, never crash, leak or hit
 * undefined behaviour.
 */
#include <stddef.h>
#include <stdint.h>

#include "fuzz_common.h"
#include "textin.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  RensaErr e;
  rensa_err_clear(&e);
  Doc *d = textin_read_buffer("fuzz.txt", (const char *)data, size, &e);
  if (!d) {
    if (e.code == RENSA_OK) fuzz_fail("NULL Doc without an error code");
    return 0;
  }
  fuzz_check_doc(d, 1);
  doc_free(d);
  return 0;
}
