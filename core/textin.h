/*
 * textin.h — reading OCR text files into the document model.
 *
 * Decodes UTF-8 (with or without BOM), CP1252 or Latin-1 (detected), CRLF or
 * LF, rejects binary and empty input, and lays the lines out into blocks:
 * headings, paragraphs, list items and DOC_TABLE_ROWS runs.  Every word keeps
 * its 1-based source line and column (in characters) for the fixup report.
 */
#ifndef RENSA_TEXTIN_H
#define RENSA_TEXTIN_H

#include <stddef.h>
#include "doc.h"
#include "rensa_err.h"

typedef enum TextEncoding { TEXT_UTF8 = 0, TEXT_CP1252 } TextEncoding;

/* Read path ("-" for stdin) into a new Doc; NULL on error (e filled). */
Doc *textin_read_file(const char *path, RensaErr *e);

/* Same from a buffer (name is used in messages and as d->source). */
Doc *textin_read_buffer(const char *name, const char *buf, size_t len,
                        RensaErr *e);

/* Decode buf to NFC UTF-8 (malloc'd, *out_len set); NULL on error. */
char *textin_decode(const char *name, const char *buf, size_t len,
                    size_t *out_len, TextEncoding *enc, RensaErr *e);

#endif
