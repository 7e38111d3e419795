/*
 * tab_geom.c — tab_build_geom: tables from positioned words (see tables.h).
 */
#include "tab_internal.h"
#include "tables.h"

RensaStatus tab_build_geom(DocPage *p, RensaErr *e) {
  (void)p;
  (void)e;
  return RENSA_OK;
}
