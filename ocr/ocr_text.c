/*
 * ocr_text.c — small UTF-8 repairs for words taken from PDFs and OCR.
 *
 * PDF text layers often spell "ä" as "a" + U+0308 (combining diaeresis), or
 * as a spacing accent glyph next to the letter ("a¨", "¨a"), and use
 * typographic ligatures (U+FB01 "ﬁ").  Full Unicode NFC needs tables that are
 * not worth carrying here: the compositions below cover the letters of
 * Swedish report text (å ä ö é ü and capitals, plus the other Latin-1 vowels
 * with the same marks).  Provides:
 *   ocr_text_nfc()   compose in place, expand ligatures, handle soft hyphens
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "ocr.h"
#include "ocr_int.h"

/* One composition: base letter + mark (a combining code point, or the
 * spacing accent that some PDF fonts draw separately) -> precomposed. */
typedef struct Compose {
  char base;
  unsigned mark;
  unsigned composed;
} Compose;

static const Compose compose_tab[] = {
  /* U+0308 combining diaeresis */
  {'a', 0x308, 0xE4}, {'o', 0x308, 0xF6}, {'u', 0x308, 0xFC},
  {'e', 0x308, 0xEB}, {'i', 0x308, 0xEF}, {'y', 0x308, 0xFF},
  {'A', 0x308, 0xC4}, {'O', 0x308, 0xD6}, {'U', 0x308, 0xDC},
  {'E', 0x308, 0xCB}, {'I', 0x308, 0xCF},
  /* U+030A combining ring above */
  {'a', 0x30A, 0xE5}, {'A', 0x30A, 0xC5},
  /* U+0301 combining acute */
  {'e', 0x301, 0xE9}, {'E', 0x301, 0xC9}, {'a', 0x301, 0xE1},
  {'o', 0x301, 0xF3}, {'i', 0x301, 0xED}, {'u', 0x301, 0xFA},
  {'A', 0x301, 0xC1}, {'O', 0x301, 0xD3},
  /* U+0300 combining grave */
  {'e', 0x300, 0xE8}, {'a', 0x300, 0xE0}, {'E', 0x300, 0xC8},
  {'A', 0x300, 0xC0},
  /* spacing accents drawn as their own glyph: U+00A8 ¨, U+02DA ˚, U+00B4 ´ */
  {'a', 0xA8, 0xE4}, {'o', 0xA8, 0xF6}, {'u', 0xA8, 0xFC},
  {'A', 0xA8, 0xC4}, {'O', 0xA8, 0xD6}, {'U', 0xA8, 0xDC},
  {'a', 0x2DA, 0xE5}, {'A', 0x2DA, 0xC5},
  {'e', 0xB4, 0xE9}, {'E', 0xB4, 0xC9},
};

/* Decode the UTF-8 sequence at s (NUL-terminated); *len gets its length.
 * Invalid bytes decode as themselves with length 1. */
static unsigned utf8_get(const unsigned char *s, size_t *len) {
  unsigned c = s[0];
  if (c < 0x80) { *len = 1; return c; }
  if ((c & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
    *len = 2;
    return ((c & 0x1F) << 6) | (s[1] & 0x3F);
  }
  if ((c & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
    *len = 3;
    return ((c & 0x0F) << 12) | ((unsigned)(s[1] & 0x3F) << 6) | (s[2] & 0x3F);
  }
  if ((c & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
      (s[3] & 0xC0) == 0x80) {
    *len = 4;
    return ((c & 0x07) << 18) | ((unsigned)(s[1] & 0x3F) << 12) |
           ((unsigned)(s[2] & 0x3F) << 6) | (s[3] & 0x3F);
  }
  *len = 1;
  return c;
}

/* Write code point c < 0x800 as UTF-8 at d; returns bytes written. */
static size_t utf8_put2(unsigned char *d, unsigned c) {
  if (c < 0x80) { d[0] = (unsigned char)c; return 1; }
  d[0] = (unsigned char)(0xC0 | (c >> 6));
  d[1] = (unsigned char)(0x80 | (c & 0x3F));
  return 2;
}

/* The precomposed letter for base + mark, or 0. */
static unsigned compose(unsigned base, unsigned mark) {
  for (size_t i = 0; i < sizeof compose_tab / sizeof *compose_tab; i++)
    if ((unsigned char)compose_tab[i].base == base && compose_tab[i].mark == mark)
      return compose_tab[i].composed;
  return 0;
}

/* Is mark one of the spacing accents (which may also precede the letter)? */
static int spacing_accent(unsigned mark) {
  return mark == 0xA8 || mark == 0x2DA || mark == 0xB4;
}

void ocr_text_nfc(char *str) {
  unsigned char *s = (unsigned char *)str, *d = s;
  while (*s) {
    size_t n1, n2;
    unsigned c = utf8_get(s, &n1);
    /* letter followed by a (combining or spacing) mark */
    if (c < 0x80 && s[n1]) {
      unsigned m = utf8_get(s + n1, &n2);
      unsigned k = compose(c, m);
      if (k) {
        d += utf8_put2(d, k);
        s += n1 + n2;
        continue;
      }
    }
    /* spacing accent drawn before its letter */
    if (spacing_accent(c) && s[n1] && s[n1] < 0x80) {
      unsigned k = compose(s[n1], c);
      if (k) {
        d += utf8_put2(d, k);
        s += n1 + 1;
        continue;
      }
    }
    if (c >= 0xFB00 && c <= 0xFB04) {          /* ligatures, 3 bytes each */
      static const char *lig[] = {"ff", "fi", "fl", "ffi", "ffl"};
      const char *t = lig[c - 0xFB00];
      size_t tl = strlen(t);
      memmove(d, t, tl);
      d += tl;
      s += n1;
      continue;
    }
    if (c == 0xAD) {                            /* soft hyphen */
      if (!s[n1]) *d++ = '-';                   /* at a word end: a break */
      s += n1;
      continue;
    }
    memmove(d, s, n1);
    d += n1;
    s += n1;
  }
  *d = '\0';
}

long ocr_file_tail(const char *path, unsigned char *buf, size_t cap) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  long size = 0;
  if (fseek(f, 0, SEEK_END) == 0) size = ftell(f);
  long off = size > (long)cap ? size - (long)cap : 0;
  size_t n = 0;
  if (size > 0 && fseek(f, off, SEEK_SET) == 0) n = fread(buf, 1, cap, f);
  fclose(f);
  return (long)n;
}
