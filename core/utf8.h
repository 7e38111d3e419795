/*
 * utf8.h — the small amount of UTF-8 and character knowledge rensa needs.
 *
 * Case mapping and letter classes cover ASCII, Latin-1 and Latin
 * Extended-A (what Swedish report text contains); other code points are
 * treated as letters without case when they are alphabetic in Unicode's
 * Latin/Greek/Cyrillic blocks, and as symbols otherwise.
 */
#ifndef RENSA_UTF8_H
#define RENSA_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decode the code point at s (at most n bytes); store its length in *len.
 * Invalid sequences return 0xFFFD with *len = 1. */
uint32_t utf8_decode(const char *s, size_t n, size_t *len);

/* Encode cp into out (needs 4 bytes); returns the byte count. */
size_t utf8_encode(uint32_t cp, char *out);

/* 1 if buf[0..n) is valid UTF-8 (no overlongs, no surrogates). */
int utf8_valid(const char *buf, size_t n);

/* Number of code points in s[0..n). */
size_t utf8_len(const char *s, size_t n);

uint32_t uc_lower(uint32_t c);
uint32_t uc_upper(uint32_t c);
int uc_is_letter(uint32_t c);
int uc_is_upper(uint32_t c);
int uc_is_digit(uint32_t c);

/* Length of a minus-like sign at s ("-", U+2212 minus, U+2012 figure
 * dash, U+2013 en dash, U+2014 em dash: OCR reads a minus as any of
 * them), or 0. */
size_t utf8_minus_len(const char *s);

/* The last code point of s[0..n) (0 when n is 0). */
uint32_t utf8_last(const char *s, size_t n);

/* Does s start with a small letter (a letter that is not a capital)? */
int utf8_starts_lower(const char *s);

/* Lowercase / uppercase copy of s (malloc'd); NULL on allocation failure. */
char *utf8_lower(const char *s);
char *utf8_upper(const char *s);

#endif
