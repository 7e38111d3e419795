/*
 * table_json.h — what the table stage did to each table, as JSON: where
 * the table is, its CSV, the cells it rewrote (before, after, why) and the
 * cells whose sums or differences do not close (flagged, left as read).
 */
#ifndef RENSA_TABLE_JSON_H
#define RENSA_TABLE_JSON_H

#include <stdio.h>
#include "doc.h"

/* Write a JSON array with one object per table of d, in the order the
 * tables are numbered in their CSV names (NAME-table-NN.csv; name NULL
 * leaves the "csv" member out).  Rows and columns count from 1 as in the
 * CSV, header rows included.  Returns 0, or -1 on a write error. */
int table_json_write(const Doc *d, const char *name, FILE *f);

#endif
