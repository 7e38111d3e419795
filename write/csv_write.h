/*
 * csv_write.h — RFC 4180 CSV of one DocTable (UTF-8, CRLF, header rows
 * first).  Numbers are written plain: "105 000" -> "105000", "−3 608" and
 * "– 3608" -> "-3608", a decimal comma as the mark the caller chooses.
 * Kept as written: percentages ("12 %"), a lone "-" (no value), decimal
 * points, and bracketed figures ("(73)": Swedish reports use brackets for
 * preliminary or comparison figures, not for negatives).
 */
#ifndef RENSA_CSV_WRITE_H
#define RENSA_CSV_WRITE_H

#include <stdio.h>
#include "doc.h"

/* Write t to f; decimal is '.' or ','.  Returns 0, or -1 on a write error. */
int csv_write_table(const DocTable *t, FILE *f, char decimal);

#endif
