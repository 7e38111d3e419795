/*
 * csv_write.c — RFC 4180 CSV of one DocTable (see csv_write.h).
 *
 * Provides:
 *   csv_write_table()   write a table, header rows first, CRLF line ends
 *
 * Fields holding ',' '"' CR or LF are quoted and their quotes doubled.  Text
 * is written as stored (UTF-8).  Cells that are numbers as Swedish reports
 * write them are written plain, so that spreadsheets read them as numbers:
 *
 *   "105 000"  -> "105000"     space, NBSP or narrow NBSP as thousands mark
 *   "−3 608", "–3608", "—3 608", "- 3608" -> "-3608"   any minus or dash, space after
 *   "2,9"      -> "2,9" with decimal ',' and "2.9" with decimal '.'
 *   "1 513,3"  -> "1513,3"
 *   "3.30"     -> "3.30"       a decimal point is kept whatever the chosen
 *              mark: Swedish text uses it for thousands too ("10.135"),
 *              and English tables ("5.9%") should stay as they are
 *   "12 %", "−3,9%" -> "12 %", "-3,9%"   the number part is made plain, the
 *              percent sign and the space before it are kept as written
 *              (the truth tables keep "7,8 %" and "60%": the sign is part of
 *              the value and dropping it would lose meaning)
 *   "(73)"     -> "(73)"       kept: in Swedish municipal reports brackets
 *              mark preliminary or comparison figures, not negative amounts
 *              (seed 003 "Preliminärt utfall 2023: (73)"); minus signs are
 *              always written out
 *   "-", "–"   -> "-"          a lone dash means "no value" and stays a dash
 *   "—"        -> "—"          a lone em dash too, as written (only before
 *              a figure is it a minus the OCR misread)
 *
 * Anything else (labels, "Ej aktuellt", "6014)", years inside text) is left
 * exactly as stored.
 */
#include <stdio.h>
#include <string.h>

#include "csv_write.h"
#include "utf8.h"

/* Length of a space-like character at s (space, NBSP, narrow NBSP,
 * thin space), or 0. */
static size_t space_len(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] == ' ') return 1;
  if (u[0] == 0xC2 && u[1] == 0xA0) return 2;
  if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0xAF || u[2] == 0x89)) return 3;
  return 0;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Write into out (size n) the plain form of cell s if s is a number as
 * described in the file comment; returns 1 if it was one (out filled), 0
 * if s is not a number (out untouched).  decimal is '.' or ','. */
static int plain_number(const char *s, char *out, size_t n, char decimal) {
  char buf[128];
  size_t k = 0, m;
  const char *p = s;
  while (*p == ' ') p++;
  int neg = 0, em = 0;
  if ((m = utf8_minus_len(p)) != 0) {
    neg = 1;
    em = (unsigned char)p[0] == 0xE2 && (unsigned char)p[2] == 0x94;
    p += m;
    while ((m = space_len(p)) != 0) p += m;
  }
  if (!is_digit(*p)) {
    /* a lone dash ("-", "–") means no value; a lone em dash, the same
     * in English tables, stays as written ("—") */
    const char *q = p;
    while (*q == ' ') q++;
    if (neg && !em && *q == '\0' && n >= 2) {
      strcpy(out, "-");
      return 1;
    }
    return 0;
  }
  if (neg) buf[k++] = '-';
  /* integer part: a first group, then groups of exactly three digits after
   * a space-like mark, or an unbroken run of digits */
  size_t group = 0, groups = 0;
  while (*p) {
    if (is_digit(*p)) {
      if (k + 1 >= sizeof buf) return 0;
      buf[k++] = *p++;
      group++;
      continue;
    }
    if ((m = space_len(p)) != 0 && is_digit(p[m])) {
      /* a thousands mark needs a first group of 1-3 digits (or 3 after the
       * first) and exactly three digits after it */
      if ((groups == 0 && group > 3) || (groups > 0 && group != 3)) return 0;
      size_t d = 0;
      while (is_digit(p[m + d])) d++;
      if (d != 3) return 0;
      p += m;
      groups++;
      group = 0;
      continue;
    }
    break;
  }
  if (groups > 0 && group != 3) return 0;
  if ((*p == ',' || *p == '.') && is_digit(p[1])) {
    /* a decimal comma takes the chosen mark; a decimal point is left as
     * written (in Swedish text it may be a thousands mark: "10.135") */
    buf[k++] = *p == ',' ? decimal : '.';
    p++;
    while (is_digit(*p)) {
      if (k + 1 >= sizeof buf) return 0;
      buf[k++] = *p++;
    }
  }
  /* optional percent, with the spacing before it kept */
  const char *rest = p;
  while (*rest == ' ') rest++;
  if (*rest == '%') {
    size_t sp = (size_t)(rest - p);
    if (k + sp + 2 >= sizeof buf) return 0;
    memcpy(buf + k, p, sp);
    k += sp;
    buf[k++] = '%';
    p = rest + 1;
  }
  while (*p == ' ') p++;
  if (*p) return 0;
  buf[k] = '\0';
  if (k + 1 > n) return 0;
  memcpy(out, buf, k + 1);
  return 1;
}

/* Write one field, quoted when it holds a comma, quote, CR or LF. */
static int put_field(FILE *f, const char *s) {
  if (!strpbrk(s, ",\"\r\n")) return fputs(s, f) < 0 ? -1 : 0;
  if (fputc('"', f) == EOF) return -1;
  for (; *s; s++) {
    if (*s == '"' && fputc('"', f) == EOF) return -1;
    if (fputc(*s, f) == EOF) return -1;
  }
  return fputc('"', f) == EOF ? -1 : 0;
}

/* Write t to f as RFC 4180 CSV; numbers plain with the given decimal mark
 * ('.' or ',').  Rows are written in table order (header rows are the
 * leading rows).  Returns 0, or -1 on a write error or a bad argument. */
int csv_write_table(const DocTable *t, FILE *f, char decimal) {
  if (!t || !f || (decimal != '.' && decimal != ',')) return -1;
  char num[128];
  for (size_t r = 0; r < t->nrows; r++) {
    for (size_t c = 0; c < t->ncols; c++) {
      const char *s = t->cells[r * t->ncols + c];
      if (!s) s = "";
      if (c > 0 && fputc(',', f) == EOF) return -1;
      if (plain_number(s, num, sizeof num, decimal)) s = num;
      if (put_field(f, s)) return -1;
    }
    if (fputs("\r\n", f) < 0) return -1;
  }
  return ferror(f) ? -1 : 0;
}
