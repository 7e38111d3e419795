/*
 * rensa_err.c — filling and formatting RensaErr records.
 */
#include <stdio.h>
#include <string.h>

#include "rensa_err.h"

RensaStatus rensa_err_set(RensaErr *e, RensaStatus code, const char *file,
                          int page, const char *fmt, ...) {
  if (!e) return code;
  va_list ap;
  e->code = code;
  e->page = page;
  e->line = 0;
  snprintf(e->file, sizeof e->file, "%s", file ? file : "");
  va_start(ap, fmt);
  vsnprintf(e->msg, sizeof e->msg, fmt, ap);
  va_end(ap);
  return code;
}

void rensa_err_clear(RensaErr *e) {
  if (e) memset(e, 0, sizeof *e);
}

void rensa_err_format(const RensaErr *e, char *buf, size_t n) {
  size_t used = 0;
  buf[0] = '\0';
  if (e->file[0]) used += (size_t)snprintf(buf + used, n - used, "%s: ", e->file);
  if (used < n && e->page > 0)
    used += (size_t)snprintf(buf + used, n - used, "page %d: ", e->page);
  if (used < n && e->line > 0)
    used += (size_t)snprintf(buf + used, n - used, "line %d: ", e->line);
  if (used < n) snprintf(buf + used, n - used, "%s", e->msg);
}
