/*
 * fuzz_svg.c — libFuzzer harness for the reader of cairo's SVG that finds
 * a text page's rules drawn cell by cell (ocr_svg_cell_rules).
 *
 * The input is read as the SVG of a page, with no NUL after it.  Every
 * piece returned must be a horizontal piece of a line (wider than tall, at
 * most a few points thick) meeting another end to end, in order of height
 * and left edge.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz_common.h"
#include "ocr_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  /* (a copy of exactly size bytes: ASan finds any read past its end) */
  char *svg = malloc(size ? size : 1);
  if (!svg) return 0;
  if (size) memcpy(svg, data, size);
  DocBox *b = NULL;
  size_t n = 0;
  if (ocr_svg_cell_rules(svg, size, &b, &n) == 0) {
    if ((n == 0) != (b == NULL)) fuzz_fail("pieces and their count disagree");
    for (size_t i = 0; i < n; i++) {
      if (!(b[i].x1 - b[i].x0 >= b[i].y1 - b[i].y0) || !(b[i].y1 > b[i].y0) ||
          !(b[i].y1 - b[i].y0 <= 3.0f + 1e-3f))
        fuzz_fail("a piece that is no piece of a line");
      if (n == 1) fuzz_fail("a piece that meets no other");
    }
  }
  free(b);
  free(svg);
  return 0;
}
