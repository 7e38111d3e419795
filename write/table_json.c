/*
 * table_json.c — the tables' part of the JSON reports (see table_json.h).
 */
#include "table_json.h"
#include "json.h"

/* Write the cells of t whose arithmetic did not close, whose percent sign
 * or decimal comma the scan seems to have lost, that hold no figure where
 * the row's others do, or whose edge word may be its neighbour's, with
 * why. */
static void put_flagged(const DocTable *t, FILE *f) {
  int first = 1;
  fputs("\"flagged\": [", f);
  for (size_t r = 0; r < t->nrows; r++)
    for (size_t c = 0; c < t->ncols; c++) {
      if (!t->cell_flags[r * t->ncols + c]) continue;
      fprintf(f, "%s\n        {\"row\": %zu, \"column\": %zu, \"text\": ",
              first ? "" : ",", r + 1, c + 1);
      json_write_str(f, doc_table_get(t, r, c));
      fputs(", \"why\": ", f);
      unsigned char why = t->cell_flags[r * t->ncols + c];
      json_write_str(f, why == 2   ? "a figure without the percent sign its row's other figures carry"
                        : why == 3 ? "a figure without the decimal comma its row's other figures have"
                        : why == 4 ? "no figure where the row's others are: the OCR garbled it"
                        : why == 5 ? "a word at the cell's edge fits its neighbour's column as well: the widths do not tell"
                                   : "the row's or column's arithmetic does not close");
      fputc('}', f);
      first = 0;
    }
  fputs(first ? "]" : "\n      ]", f);
}

static void put_repaired(const DocTable *t, FILE *f) {
  fputs("\"repaired\": [", f);
  for (size_t k = 0; k < t->nfixes; k++) {
    const DocCellFix *x = &t->fixes[k];
    fprintf(f, "%s\n        {\"row\": %zu, \"column\": %zu, \"before\": ",
            k ? "," : "", x->row + 1, x->col + 1);
    json_write_str(f, x->before);
    fputs(", \"after\": ", f);
    json_write_str(f, x->after);
    fputs(", \"why\": ", f);
    json_write_str(f, x->why);
    fputc('}', f);
  }
  fputs(t->nfixes ? "\n      ]" : "]", f);
}

int table_json_write(const Doc *d, const char *name, FILE *f) {
  int k = 0;
  fputc('[', f);
  for (size_t p = 0; p < d->npages; p++)
    for (size_t b = 0; b < d->pages[p].nblocks; b++) {
      const DocBlock *bl = &d->pages[p].blocks[b];
      if (bl->kind != DOC_TABLE || !bl->table) continue;
      const DocTable *t = bl->table;
      fprintf(f, "%s\n    {\"table\": %d, \"page\": %d, ", k ? "," : "", k + 1,
              d->pages[p].number);
      k++;
      if (name) {
        char csv[4096];
        snprintf(csv, sizeof csv, "%s-table-%02d.csv", name, k);
        fputs("\"csv\": ", f);
        json_write_str(f, csv);
        fputs(", ", f);
      }
      fprintf(f, "\"rows\": %zu, \"columns\": %zu, \"header_rows\": %zu,\n      ",
              t->nrows, t->ncols, t->header_rows);
      if (t->src_first)
        fprintf(f, "\"lines\": [%d, %d],\n      ", t->src_first, t->src_last);
      if (t->rebuilt) {
        fputs("\"rebuilt\": ", f);
        json_write_str(f, t->rebuilt);
        fputs(",\n      ", f);
      }
      put_repaired(t, f);
      fputs(",\n      ", f);
      put_flagged(t, f);
      fputc('}', f);
    }
  fputs(k ? "\n  ]" : "]", f);
  return ferror(f) ? -1 : 0;
}
