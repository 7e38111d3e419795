/*
 * utf8.c — UTF-8 decoding/encoding and Latin case mapping (see utf8.h).
 */
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

uint32_t utf8_decode(const char *s, size_t n, size_t *len) {
  const unsigned char *u = (const unsigned char *)s;
  uint32_t c;
  size_t need;
  if (n == 0) {
    *len = 0;
    return 0;
  }
  if (u[0] < 0x80) {
    *len = 1;
    return u[0];
  } else if ((u[0] & 0xE0) == 0xC0) {
    c = u[0] & 0x1F;
    need = 2;
  } else if ((u[0] & 0xF0) == 0xE0) {
    c = u[0] & 0x0F;
    need = 3;
  } else if ((u[0] & 0xF8) == 0xF0) {
    c = u[0] & 0x07;
    need = 4;
  } else {
    *len = 1;
    return 0xFFFD;
  }
  if (n < need) {
    *len = 1;
    return 0xFFFD;
  }
  for (size_t i = 1; i < need; i++) {
    if ((u[i] & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    c = (c << 6) | (u[i] & 0x3F);
  }
  /* Reject overlong forms, surrogates and values past U+10FFFF. */
  if ((need == 2 && c < 0x80) || (need == 3 && c < 0x800) ||
      (need == 4 && c < 0x10000) || c > 0x10FFFF ||
      (c >= 0xD800 && c <= 0xDFFF)) {
    *len = 1;
    return 0xFFFD;
  }
  *len = need;
  return c;
}

size_t utf8_encode(uint32_t cp, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (cp < 0x80) {
    o[0] = (unsigned char)cp;
    return 1;
  } else if (cp < 0x800) {
    o[0] = (unsigned char)(0xC0 | (cp >> 6));
    o[1] = (unsigned char)(0x80 | (cp & 0x3F));
    return 2;
  } else if (cp < 0x10000) {
    o[0] = (unsigned char)(0xE0 | (cp >> 12));
    o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[2] = (unsigned char)(0x80 | (cp & 0x3F));
    return 3;
  }
  o[0] = (unsigned char)(0xF0 | (cp >> 18));
  o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
  o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
  o[3] = (unsigned char)(0x80 | (cp & 0x3F));
  return 4;
}

int utf8_valid(const char *buf, size_t n) {
  size_t i = 0, len;
  while (i < n) {
    /* ASCII, the bulk of any text, is one valid code point a byte: runs
     * of it are passed over eight bytes at a time, without decoding */
    if (i + 8 <= n) {
      uint64_t w;
      memcpy(&w, buf + i, 8);
      if (!(w & 0x8080808080808080ull)) {
        i += 8;
        continue;
      }
    }
    if ((unsigned char)buf[i] < 0x80) {
      i++;
      continue;
    }
    uint32_t c = utf8_decode(buf + i, n - i, &len);
    if (c == 0xFFFD && !(len == 3 && (unsigned char)buf[i] == 0xEF)) return 0;
    i += len;
  }
  return 1;
}

size_t utf8_len(const char *s, size_t n) {
  size_t i = 0, k = 0, len;
  while (i < n) {
    utf8_decode(s + i, n - i, &len);
    i += len;
    k++;
  }
  return k;
}

uint32_t uc_lower(uint32_t c) {
  /* (ASCII and the Latin-1 symbols first: nearly every call, from the
   * repair stage's letter-by-letter loops) */
  if (c < 0xC0) return c - 'A' < 26u ? c + 32 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
  if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x138 && c != 0x149 &&
      c != 0x17F) {
    /* Latin Extended-A alternates upper/lower, with a shift at 0x139..0x148
     * and 0x179..0x17E where the upper case letters are odd. */
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
      return (c & 1) ? c + 1 : c;
    return (c & 1) ? c : c + 1;
  }
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  return c;
}

uint32_t uc_upper(uint32_t c) {
  if (c >= 'a' && c <= 'z') return c - 32;
  if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
  if (c >= 0x100 && c <= 0x17F && c != 0x131 && c != 0x138 && c != 0x149 &&
      c != 0x17F) {
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
      return (c & 1) ? c : c - 1;
    return (c & 1) ? c - 1 : c;
  }
  if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) return c - 32;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  return c;
}

int uc_is_letter(uint32_t c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return 1;
  if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) return 1;
  if (c >= 0x370 && c <= 0x52F) return 1;
  return 0;
}

int uc_is_upper(uint32_t c) {
  if (c < 0xC0) return c - 'A' < 26u; /* (as below, for ASCII) */
  return uc_is_letter(c) && uc_lower(c) != c;
}

int uc_is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

/* Copy s mapping each code point through f. */
static char *map_case(const char *s, uint32_t (*f)(uint32_t)) {
  size_t n = strlen(s), i = 0, o = 0, len;
  char *out = malloc(n * 2 + 1); /* case mapping never more than doubles */
  if (!out) return NULL;
  while (i < n) {
    uint32_t c = utf8_decode(s + i, n - i, &len);
    if (c == 0xFFFD && len == 1) {
      out[o++] = s[i];
    } else {
      o += utf8_encode(f(c), out + o);
    }
    i += len;
  }
  out[o] = '\0';
  return out;
}

char *utf8_lower(const char *s) { return map_case(s, uc_lower); }
char *utf8_upper(const char *s) { return map_case(s, uc_upper); }

uint32_t utf8_last(const char *s, size_t n) {
  size_t b = n, len;
  /* (back over continuation bytes, at most three) */
  while (b > 0 && n - b < 4 && ((unsigned char)s[b - 1] & 0xC0) == 0x80) b--;
  if (b == 0) return n ? 0xFFFD : 0;
  return utf8_decode(s + b - 1, n - b + 1, &len);
}

int utf8_starts_lower(const char *s) {
  size_t len;
  uint32_t c = utf8_decode(s, strlen(s), &len);
  return uc_is_letter(c) && !uc_is_upper(c);
}

size_t utf8_minus_len(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  if (u[0] == '-') return 1;
  if (u[0] == 0xE2 && u[1] == 0x88 && u[2] == 0x92) return 3;
  if (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x92 && u[2] <= 0x94) return 3;
  return 0;
}
