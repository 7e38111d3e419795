/*
 * json.h — writing JSON string literals (the reports are written with
 * stdio; this is the one escaping routine they share).
 */
#ifndef RENSA_JSON_H
#define RENSA_JSON_H

#include <stdio.h>

/* Write s (UTF-8; NULL writes "") to f as a JSON string literal. */
void json_write_str(FILE *f, const char *s);

#endif
