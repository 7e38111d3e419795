/*
 * textin.c — reading OCR text into the document model (see textin.h).
 *
 * Two jobs, kept apart: decoding bytes to NFC UTF-8 lines, then laying the
 * lines out as blocks.  The layout is what old OCR text allows: blocks are
 * separated by blank lines; inside them a line can be a heading, a list item,
 * a table row (labels and runs of numbers) or paragraph text.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textcells.h"
#include "textin.h"
#include "utf8.h"

#define MAX_TEXT_BYTES (512u * 1024u * 1024u)

/* ---------------------------------------------------------------- decode */

/* CP1252 code points for bytes 0x80..0x9F (0 = undefined in CP1252). */
static const uint16_t cp1252_hi[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

/* Compose base + combining mark into one code point (0 if no composition).
 * Covers the marks PDF text and some OCR engines emit decomposed. */
static uint32_t compose(uint32_t base, uint32_t mark) {
  static const char *bases = "aeiouyAEIOUYn";
  static const uint32_t diaer[] = {0xE4, 0xEB, 0xEF, 0xF6, 0xFC, 0xFF, 0xC4,
                                   0xCB, 0xCF, 0xD6, 0xDC, 0x178, 0};
  static const uint32_t acute[] = {0xE1, 0xE9, 0xED, 0xF3, 0xFA, 0xFD, 0xC1,
                                   0xC9, 0xCD, 0xD3, 0xDA, 0xDD, 0x144};
  static const uint32_t grave[] = {0xE0, 0xE8, 0xEC, 0xF2, 0xF9, 0, 0xC0,
                                   0xC8, 0xCC, 0xD2, 0xD9, 0, 0};
  const char *p = base < 128 ? strchr(bases, (int)base) : NULL;
  if (!p || !base) {
    return 0;
  }
  size_t i = (size_t)(p - bases);
  switch (mark) {
    case 0x308: return diaer[i];
    case 0x301: return acute[i];
    case 0x300: return grave[i];
    case 0x30A: return base == 'a' ? 0xE5 : base == 'A' ? 0xC5 : 0;
    case 0x303: return base == 'n' ? 0xF1 : base == 'a' ? 0xE3 : base == 'o' ? 0xF5 : 0;
    default: return 0;
  }
}

/* Eight bytes at a time (SWAR): each test is exact for "some byte of w". */
#define ONES 0x0101010101010101ull
#define HIGHS 0x8080808080808080ull

static inline uint64_t load8(const char *p) {
  uint64_t w;
  memcpy(&w, p, 8);
  return w;
}

/* Some byte of w is below n (n <= 0x80). */
static inline int has_below(uint64_t w, unsigned n) {
  return ((w - ONES * n) & ~w & HIGHS) != 0;
}

/* Some byte of w is 0x80 or above. */
static inline int has_high(uint64_t w) { return (w & HIGHS) != 0; }

/* Some byte of w is '\f' or '\r' (0x0C, 0x0D: equal once bit 0 is
 * cleared). */
static inline int has_ff_cr(uint64_t w) {
  uint64_t x = (w & ~ONES) ^ (ONES * 0x0C);
  return ((x - ONES) & ~x & HIGHS) != 0;
}

char *textin_decode(const char *name, const char *buf, size_t len,
                    size_t *out_len, TextEncoding *enc, RensaErr *e) {
  if (len >= 2 && ((unsigned char)buf[0] == 0xFF && (unsigned char)buf[1] == 0xFE)) {
    rensa_err_set(e, RENSA_E_INPUT, name, 0,
                  "UTF-16 text is not supported; convert it to UTF-8 first");
    return NULL;
  }
  if (len >= 2 && ((unsigned char)buf[0] == 0xFE && (unsigned char)buf[1] == 0xFF)) {
    rensa_err_set(e, RENSA_E_INPUT, name, 0,
                  "UTF-16 text is not supported; convert it to UTF-8 first");
    return NULL;
  }
  if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) {
    buf += 3;
    len -= 3;
  }
  /* Binary: NUL bytes or many control characters. */
  size_t ctrl = 0;
  for (size_t i = 0; i < len; i++) {
    if ((i & 7) == 0 && i + 8 <= len && !has_below(load8(buf + i), 0x20)) {
      i += 7;
      continue;
    }
    unsigned char c = (unsigned char)buf[i];
    if (c >= 0x20) continue;
    if (c == 0) {
      rensa_err_set(e, RENSA_E_INPUT, name, 0,
                    "binary data (NUL byte at offset %zu), not a text file", i);
      return NULL;
    }
    if (c != '\n' && c != '\r' && c != '\t' && c != '\f') ctrl++;
  }
  if (ctrl * 100 > len + 100) {
    rensa_err_set(e, RENSA_E_INPUT, name, 0,
                  "binary data (%zu control characters), not a text file", ctrl);
    return NULL;
  }
  int is_utf8 = utf8_valid(buf, len);
  if (enc) *enc = is_utf8 ? TEXT_UTF8 : TEXT_CP1252;
  /* Decode to code points, fold CRLF/CR to LF, compose combining marks. */
  char *out = malloc(len * 3 + 1);
  if (!out) {
    rensa_err_set(e, RENSA_E_NOMEM, name, 0, "out of memory");
    return NULL;
  }
  size_t o = 0, i = 0, undefined = 0;
  uint32_t prev = 0;
  size_t prev_at = 0;
  while (i < len) {
    uint32_t c;
    size_t n = 1;
    if (i + 8 <= len) {
      uint64_t w = load8(buf + i);
      if (!has_high(w) && !has_ff_cr(w)) {
        /* Eight ASCII bytes, none of them CR or FF: copied as they are. */
        memcpy(out + o, buf + i, 8);
        prev_at = o + 7;
        prev = (unsigned char)buf[i + 7];
        o += 8;
        i += 8;
        continue;
      }
    }
    unsigned char b0 = (unsigned char)buf[i];
    if (b0 < 0x80 && b0 != '\r' && b0 != '\f') {
      /* ASCII, the bulk of the text: itself in either encoding, never a
       * combining mark. */
      prev_at = o;
      prev = b0;
      out[o++] = (char)b0;
      i++;
      continue;
    }
    if (is_utf8) {
      c = utf8_decode(buf + i, len - i, &n);
    } else {
      unsigned char b = (unsigned char)buf[i];
      c = b;
      if (b >= 0x80 && b < 0xA0) {
        c = cp1252_hi[b - 0x80];
        if (!c) undefined++;
        if (!c) c = 0xFFFD;
      }
    }
    i += n;
    if (c == '\r') {
      if (i < len && buf[i] == '\n') continue;
      c = '\n';
    }
    if (c == '\f') c = '\n';
    if (c >= 0x300 && c <= 0x36F && prev) {
      uint32_t k = compose(prev, c);
      if (k) {
        o = prev_at;
        o += utf8_encode(k, out + o);
        prev = 0;
        continue;
      }
    }
    prev_at = o;
    prev = c;
    o += utf8_encode(c, out + o);
  }
  out[o] = '\0';
  if (undefined * 50 > len + 50) {
    free(out);
    rensa_err_set(e, RENSA_E_INPUT, name, 0,
                  "unknown text encoding (neither UTF-8 nor CP1252/Latin-1)");
    return NULL;
  }
  *out_len = o;
  return out;
}

/* ---------------------------------------------------------------- layout */

typedef struct Line {
  const char *s;  /* start in the decoded buffer */
  size_t n;       /* bytes, without the newline */
  int no;         /* 1-based line number */
  int blank;
} Line;

typedef struct Tok {
  const char *s;
  size_t n;
  int col;        /* 1-based column in code points */
} Tok;

#define MAX_TOKS 512

/* utf8_decode for n > 0, with ASCII answered inline. */
static inline uint32_t decode_at(const char *s, size_t n, size_t *len) {
  if ((unsigned char)s[0] < 0x80) {
    *len = 1;
    return (unsigned char)s[0];
  }
  return utf8_decode(s, n, len);
}

/* The spaces that separate tokens: space, tab, NBSP, narrow NBSP, thin
 * space. */
static inline int is_tok_space(uint32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t';
  return c == 0xA0 || c == 0x202F || c == 0x2009;
}

/* Split a line into whitespace-separated tokens (at most MAX_TOKS). */
static size_t tokenize(const Line *l, Tok *t) {
  size_t k = 0, i = 0, len;
  int col = 1;
  while (i < l->n && k < MAX_TOKS) {
    uint32_t c = decode_at(l->s + i, l->n - i, &len);
    if (is_tok_space(c)) {
      i += len;
      col++;
      continue;
    }
    t[k].s = l->s + i;
    t[k].col = col;
    size_t st = i;
    while (i < l->n) {
      c = decode_at(l->s + i, l->n - i, &len);
      if (is_tok_space(c)) break;
      i += len;
      col++;
    }
    t[k].n = i - st;
    k++;
  }
  return k;
}

/* Does token t hold a digit? */
static int tok_has_digit(const Tok *t) {
  for (size_t i = 0; i < t->n; i++)
    if (t->s[i] >= '0' && t->s[i] <= '9') return 1;
  return 0;
}

/* A number as tables write them: "-1 388" arrives as tokens, so per token:
 * optional sign or "(", digits with , . separators, optional % or ")". */
static int tok_is_number(const Tok *t) {
  size_t i = 0, digits = 0;
  const unsigned char *s = (const unsigned char *)t->s;
  if (t->n >= 3 && s[0] == 0xE2 && s[1] == 0x88 && s[2] == 0x92) i = 3; /* − */
  else if (t->n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x93) i = 3; /* – */
  else if (i < t->n && (s[i] == '-' || s[i] == '+' || s[i] == '(')) i++;
  for (; i < t->n; i++) {
    if (s[i] >= '0' && s[i] <= '9') {
      digits++;
    } else if (s[i] == ',' || s[i] == '.') {
      continue;
    } else if (s[i] == '%' || s[i] == ')') {
      /* only as the tail: "12%", "(73)", "(4%)" */
      for (size_t j = i; j < t->n; j++)
        if (s[j] != '%' && s[j] != ')') return 0;
      break;
    } else {
      return 0;
    }
  }
  return digits > 0;
}

/* A lone dash stands for an empty cell in tables. */
static int tok_is_dash(const Tok *t) {
  return (t->n == 1 && t->s[0] == '-') ||
         (t->n == 3 && (memcmp(t->s, "\xE2\x80\x93", 3) == 0 ||
                        memcmp(t->s, "\xE2\x80\x94", 3) == 0));
}

/* Section numbers: "1", "2.1", "2.1.1", "3." — returns the depth or 0. */
static int tok_section_depth(const Tok *t) {
  int depth = 0, digits = 0;
  for (size_t i = 0; i < t->n; i++) {
    char c = t->s[i];
    if (c >= '0' && c <= '9') {
      digits++;
      if (digits > 2) return 0;
    } else if (c == '.' && digits) {
      depth++;
      digits = 0;
    } else {
      return 0;
    }
  }
  if (digits) depth++;
  return depth;
}

/* A percent sign set apart from its figure ("71,9 %"). */
static int tok_is_pct(const Tok *t) { return t->n == 1 && t->s[0] == '%'; }

/* Is token i of t[0..k) a figure the OCR garbled ("58 ral 64", "7,4 gel
 * 6,8", "58 Si, 55"): four bytes at most between two numbers, no little
 * word prose sets between figures ("41 till 36", "5 av 8")?  It stands
 * in the row's figure columns, as a dash does. */
static int garbled_figure(const Tok *t, size_t k, size_t i) {
  static const char *const little[] = {"och", "till", "av", "mot", "om", "på", "per", "i", "eller",
                                        "samt", "à", "st", "kr", "år", "resp", NULL};
  if (i == 0 || i + 1 >= k || t[i].n > 4 || !tok_is_number(&t[i - 1]) || !tok_is_number(&t[i + 1]))
    return 0;
  for (int w = 0; little[w]; w++)
    if (t[i].n == strlen(little[w]) && !memcmp(t[i].s, little[w], t[i].n)) return 0;
  return 1;
}

/* A row of labels and numbers, at least one number to every `per` words
 * of labels; a figure's percent sign set apart counts with it and may
 * close the row ("71,9 %"). */
static int row_of(const Tok *t, size_t k, size_t per) {
  size_t nums = 0, dashes = 0, words = 0;
  for (size_t i = 0; i < k; i++) {
    if (tok_is_number(&t[i])) nums++;
    else if (tok_is_dash(&t[i]) || garbled_figure(t, k, i)) dashes++;
    else if (!(tok_is_pct(&t[i]) && i > 0 && tok_is_number(&t[i - 1]))) words++;
  }
  while (k > 1 && tok_is_pct(&t[k - 1]) && tok_is_number(&t[k - 2])) k--;
  if (k == 0 || nums < 2) return 0;
  /* The row must end in its number columns. */
  if (!tok_is_number(&t[k - 1]) && !tok_is_dash(&t[k - 1])) return 0;
  /* Prose with a date or two ("den 16 december 2024, § 191.") ends in '.' */
  if (t[k - 1].s[t[k - 1].n - 1] == '.') return 0;
  return nums + dashes >= 2 && (nums + dashes) * per >= words;
}

/* A row for the table builder (which joins the percent signs): a number
 * to every three words of labels. */
static int is_table_row(const Tok *t, size_t k) { return row_of(t, k, 3); }

/* Bullet markers OCR produces for "•": the real ones and look-alikes. */
static int is_bullet(const Tok *t, size_t k) {
  static const char *marks[] = {"-", "\xE2\x80\x93", "\xE2\x80\xA2", "*",
                                "\xC2\xB7", "\xC2\xA2", "\xC2\xB0", "\xC2\xBB",
                                "\xE2\x96\xA0", "\xE2\x96\xAA", "\xE2\x96\xBA",
                                "\xEF\x82\xB7", "+", "e", "o", "®", NULL};
  if (k < 2 || t[0].n > 3) return 0; /* every mark is 1 to 3 bytes */
  for (int i = 0; marks[i]; i++) {
    if (t[0].n == strlen(marks[i]) && memcmp(t[0].s, marks[i], t[0].n) == 0) {
      /* "e"/"o" are Swedish-ish words too: only before a capital. */
      if ((t[0].s[0] == 'e' || t[0].s[0] == 'o') && t[0].n == 1) {
        size_t len;
        uint32_t c = utf8_decode(t[1].s, t[1].n, &len);
        return uc_is_upper(c);
      }
      return 1;
    }
  }
  return 0;
}

static int ends_sentence(const Tok *t, size_t k) {
  if (!k) return 0;
  char c = t[k - 1].s[t[k - 1].n - 1];
  return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == ',';
}

static int starts_upper(const Tok *t) {
  size_t len;
  uint32_t c = utf8_decode(t->s, t->n, &len);
  return uc_is_upper(c) || uc_is_digit(c);
}

/* A row of a table whose last column is words ("Andel nöjda 90 % 88 %
 * Delvis", "... 14,4 14,6 Uppfyllt", "KF 2025-06-16 Pågår"): a row as
 * is_table_row takes it (with labels in two columns: up to six words to a
 * number), then one to three words of letters, the first
 * capitalised (prose goes on in small letters after its figures: "12 450
 * tkr under året"), none ending a sentence or a clause. */
static int is_status_row(const Tok *t, size_t k) {
  size_t j = k;
  while (j > 0 && !tok_is_number(&t[j - 1]) && !tok_is_dash(&t[j - 1]) && !tok_is_pct(&t[j - 1])) j--;
  if (j == 0 || k - j < 1 || k - j > 3 || !row_of(t, j, 6) || !starts_upper(&t[j])) return 0;
  for (size_t i = j; i < k; i++) {
    size_t len;
    if (t[i].n > 24) return 0;
    for (size_t q = 0; q < t[i].n; q += len)
      if (!uc_is_letter(decode_at(t[i].s + q, t[i].n - q, &len))) return 0;
  }
  return 1;
}

/* Heading-like: short, no final punctuation, starts with a capital or a
 * section number, not "Key: value". */
static int is_heading_like(const Tok *t, size_t k, const Line *l) {
  if (k == 0 || k > 10 || l->n > 90) return 0;
  if (ends_sentence(t, k)) return 0;
  if (!starts_upper(&t[0])) return 0;
  for (size_t i = 0; i + 1 < k; i++)
    if (t[i].s[t[i].n - 1] == ':') return 0;
  /* A lone number is a page number, not a heading. */
  if (k == 1 && tok_section_depth(&t[0]) && t[0].s[t[0].n - 1] != '.') return 0;
  size_t letters = 0, i = 0, len;
  while (i < l->n) {
    uint32_t c = decode_at(l->s + i, l->n - i, &len);
    if (uc_is_letter(c)) letters++;
    i += len;
  }
  return letters >= 3;
}

typedef enum { L_TEXT, L_ROW, L_BULLET, L_HEAD, L_NOISE, L_CONTENTS } LineKind;

/* A table of contents' entry: a title, dot leaders and a page number
 * ("Om nämnden och verksamheten..... 2").  It is a line of its own, no
 * heading and no part of a paragraph. */
static int is_contents_line(const Tok *t, size_t k) {
  if (k < 2 || t[k - 1].n > 4) return 0;
  for (size_t i = 0; i < t[k - 1].n; i++)
    if (t[k - 1].s[i] < '0' || t[k - 1].s[i] > '9') return 0;
  /* (four dots or more: "...", an ellipsis, may end a sentence before a
   * note's number) */
  const Tok *p = &t[k - 2];
  return p->n >= 4 && !memcmp(p->s + p->n - 4, "....", 4);
}

/* A line with no letters or digits at all ("|", "—_—", "=") is OCR noise;
 * so is a line that is only a page number. */
static int is_noise_line(const Tok *t, size_t k) {
  if (k == 1 && tok_section_depth(&t[0]) && t[0].n <= 3 &&
      t[0].s[t[0].n - 1] != '.')
    return 1;
  for (size_t j = 0; j < k; j++) {
    size_t i = 0, len;
    while (i < t[j].n) {
      uint32_t c = decode_at(t[j].s + i, t[j].n - i, &len);
      if (uc_is_letter(c) || uc_is_digit(c)) return 0;
      i += len;
    }
  }
  return 1;
}

/* Append the tokens of line l to a new DocLine of b. */
static int add_line(DocBlock *b, const Line *l, const Tok *t, size_t k,
                    size_t skip) {
  DocLine *dl = doc_line_add(b);
  if (!dl) return -1;
  for (size_t i = skip; i < k; i++)
    if (!doc_word_addn(dl, t[i].s, t[i].n, l->no, t[i].col)) return -1;
  return 0;
}

typedef struct Group {
  size_t first, count;  /* indices into the lines array */
} Group;

/* Lay out one blank-line-separated group of lines into blocks of page. */
/* The tokens of line i of the group: tokenised once (lay_tokens), read
 * by every pass below. */
#define LINE_TOKS(i) (all + off[(i)])
#define LINE_NTOKS(i) (off[(i) + 1] - off[(i)])

static int layout_group(DocPage *page, const Line *lines, size_t first,
                        size_t count, LineKind *kinds, const Tok *all, const size_t *off) {
  size_t nrows = 0;
  for (size_t i = 0; i < count; i++) {
    const Tok *toks = LINE_TOKS(i);
    size_t k = LINE_NTOKS(i);
    if (is_noise_line(toks, k)) kinds[i] = L_NOISE;
    else if (is_contents_line(toks, k)) kinds[i] = L_CONTENTS;
    else if (is_table_row(toks, k)) kinds[i] = L_ROW, nrows++;
    else if (is_bullet(toks, k)) kinds[i] = L_BULLET;
    else kinds[i] = L_TEXT;
  }
  /* Headings: a one-line group, a run of numbered section lines, or a short
   * last line after a finished sentence. */
  for (size_t i = 0; i < count; i++) {
    if (kinds[i] != L_TEXT) continue;
    const Line *l = &lines[first + i];
    const Tok *toks = LINE_TOKS(i);
    size_t k = LINE_NTOKS(i);
    if (!is_heading_like(toks, k, l)) continue;
    int numbered = tok_section_depth(&toks[0]) > 0 && k >= 2;
    if (count == 1 || (numbered && k <= 8)) {
      kinds[i] = L_HEAD;
    } else if (i == count - 1 && i > 0 && k <= 5) {
      const Tok *pt = LINE_TOKS(i - 1);
      size_t pk = LINE_NTOKS(i - 1);
      char c = pk ? pt[pk - 1].s[pt[pk - 1].n - 1] : 0;
      if (c == '.' || c == '!' || c == '?') kinds[i] = L_HEAD;
    } else if (i + 1 < count && k <= 8 &&
               (i == 0 || ends_sentence(LINE_TOKS(i - 1), LINE_NTOKS(i - 1)))) {
      /* a short line opening the group or after a finished sentence, over
       * a sentence at least twice as long that starts with a capital, is
       * the heading of the text under it ("Vasentliga handelser" over
       * "Under forsta halvaret 2025 kan foljande handelser ...": no blank
       * line between them in the OCR text) */
      const Line *nx = &lines[first + i + 1];
      /* (not a sentence with a note's number after it, "Omvänt kan det
       * missbrukas. 85", nor a name in a list of works, "Sjögren, Olle") */
      int inner = toks[0].s[toks[0].n - 1] == ',';
      for (size_t j = 1; j < k && !inner; j++) {
        char e = toks[j].s[toks[j].n - 1];
        inner = e == '.' || e == '!' || e == '?' || e == ',';
      }
      if (!inner && kinds[i + 1] == L_TEXT && LINE_NTOKS(i + 1) >= 6 &&
          nx->n >= 2 * l->n && nx->n >= 40 && starts_upper(&LINE_TOKS(i + 1)[0]) &&
          !tok_section_depth(&LINE_TOKS(i + 1)[0]))
        kinds[i] = L_HEAD;
    }
  }
  /* Table: a group with two or more rows; header lines before the first row
   * and wrapped labels between rows belong to it.  Without such rows, two
   * or more rows closing in words (is_status_row) keep their lines, as
   * DOC_LINES: no table is built of them, but a table's rows are no
   * paragraph either. */
  size_t tfirst = count, tlast = 0, nstatus = 0;
  for (size_t i = 0; i < count && nrows < 2; i++)
    nstatus += (kinds[i] == L_TEXT || kinds[i] == L_HEAD) && is_status_row(LINE_TOKS(i), LINE_NTOKS(i));
  /* (one is enough right after such rows: a blank line parts them) */
  int after_lines = page->nblocks && page->blocks[page->nblocks - 1].kind == DOC_LINES;
  int lines_only = nrows < 2 && nstatus >= (after_lines ? 1u : 2u);
  if (nrows >= 2 || lines_only) {
    for (size_t i = 0; i < count; i++)
      if (lines_only ? (kinds[i] == L_TEXT || kinds[i] == L_HEAD) && is_status_row(LINE_TOKS(i), LINE_NTOKS(i))
                     : kinds[i] == L_ROW) {
        if (tfirst == count) tfirst = i;
        tlast = i;
      }
    /* (the last row's label or closing words wrapped onto short lines in
     * small letters or after a figure: "nöjda", "120 dagar") */
    while (lines_only && tlast + 1 < count && kinds[tlast + 1] == L_TEXT &&
           LINE_NTOKS(tlast + 1) <= 6 && !ends_sentence(LINE_TOKS(tlast + 1), LINE_NTOKS(tlast + 1)) &&
           (utf8_starts_lower(LINE_TOKS(tlast + 1)[0].s) || tok_has_digit(&LINE_TOKS(tlast + 1)[0])))
      tlast++;
    while (tfirst > 0 && (kinds[tfirst - 1] == L_TEXT || kinds[tfirst - 1] == L_HEAD) &&
           tlast - tfirst < 60) {
      if (ends_sentence(LINE_TOKS(tfirst - 1), LINE_NTOKS(tfirst - 1)) ||
          LINE_NTOKS(tfirst - 1) > 14)
        break;
      /* one word over a header line with its years ("Ekonomi" over
       * "Ekonomi (tkr) 2024 2025", "Driftredovisning" over "Verksamheter
       * (tkr) Utfall 2025 Budget 2025 Återstår"): the heading above the
       * table, not a line of its header */
      if (LINE_NTOKS(tfirst - 1) == 1 && !tok_has_digit(&LINE_TOKS(tfirst - 1)[0])) {
        size_t years = 0;
        for (size_t j = 0; j < LINE_NTOKS(tfirst); j++) years += tok_has_digit(&LINE_TOKS(tfirst)[j]);
        if (years >= 2) break;
      }
      tfirst--;
    }
  }
  DocBlock *cur = NULL;
  for (size_t i = 0; i < count; i++) {
    const Line *l = &lines[first + i];
    const Tok *toks = LINE_TOKS(i);
    size_t k = LINE_NTOKS(i);
    if (tfirst < count && i >= tfirst && i <= tlast) {
      if (i == tfirst && !(cur = doc_block_add(page, lines_only ? DOC_LINES : DOC_TABLE_ROWS)))
        return -1;
      if (add_line(cur, l, toks, k, 0)) return -1;
      if (i == tlast) cur = NULL;
      continue;
    }
    switch (kinds[i]) {
      case L_NOISE:
        if (!(cur = doc_block_add(page, DOC_NOISE))) return -1;
        if (add_line(cur, l, toks, k, 0)) return -1;
        cur = NULL;
        break;
      case L_HEAD: {
        if (!(cur = doc_block_add(page, DOC_HEADING))) return -1;
        int depth = tok_section_depth(&toks[0]);
        cur->level = depth ? (depth + 1 > 4 ? 4 : depth + 1) : 2;
        if (add_line(cur, l, toks, k, 0)) return -1;
        cur = NULL;
        break;
      }
      case L_BULLET:
        if (!(cur = doc_block_add(page, DOC_LIST_ITEM))) return -1;
        snprintf(cur->marker, sizeof cur->marker, "-");
        if (add_line(cur, l, toks, k, 1)) return -1;
        break;
      case L_ROW: /* a lone row-like line in prose: keep it as its own line */
        if (!(cur = doc_block_add(page, DOC_TABLE_ROWS))) return -1;
        if (add_line(cur, l, toks, k, 0)) return -1;
        cur = NULL;
        break;
      case L_CONTENTS:
        if (!(cur = doc_block_add(page, DOC_PARA))) return -1;
        if (add_line(cur, l, toks, k, 0)) return -1;
        cur = NULL;
        break;
      case L_TEXT:
        if (!cur || (cur->kind != DOC_PARA && cur->kind != DOC_LIST_ITEM)) {
          if (!(cur = doc_block_add(page, DOC_PARA))) return -1;
        }
        if (add_line(cur, l, toks, k, 0)) return -1;
        break;
    }
  }
  return 0;
}

#undef LINE_TOKS
#undef LINE_NTOKS

/* Tokenise the count lines of a group once into *all (grown as needed),
 * line i's tokens at (*all)[off[i] .. off[i + 1]).  0, or -1 when out of
 * memory. */
static int lay_tokens(const Line *lines, size_t count, Tok *scratch, Tok **all,
                      size_t *cap, size_t *off) {
  off[0] = 0;
  if (!*all) { /* never NULL: an all-blank group still indexes it */
    if (!(*all = malloc(1024 * sizeof **all))) return -1;
    *cap = 1024;
  }
  for (size_t i = 0; i < count; i++) {
    size_t k = tokenize(&lines[i], scratch);
    if (off[i] + k > *cap) {
      size_t nc = (*cap ? *cap : 1024);
      while (nc < off[i] + k) nc *= 2;
      Tok *na = realloc(*all, nc * sizeof *na);
      if (!na) return -1;
      *all = na;
      *cap = nc;
    }
    if (k) memcpy(*all + off[i], scratch, k * sizeof *scratch);
    off[i + 1] = off[i] + k;
  }
  return 0;
}

/* Merge DOC_TABLE_ROWS blocks that only a blank line separates, and turn a
 * lone row line that no table claims back into paragraph text. */
static void merge_tables(DocPage *p) {
  size_t o = 0;
  for (size_t i = 0; i < p->nblocks; i++) {
    DocBlock *b = &p->blocks[i];
    if (o > 0 && b->kind == DOC_TABLE_ROWS && p->blocks[o - 1].kind == DOC_TABLE_ROWS) {
      DocBlock *a = &p->blocks[o - 1];
      for (size_t l = 0; l < b->nlines; l++) {
        DocLine *dl = doc_line_add(a);
        if (!dl) break;
        *dl = b->lines[l];
      }
      free(b->lines);
      b->lines = NULL;
      b->nlines = 0;
      continue;
    }
    if (o != i) p->blocks[o] = *b;
    o++;
  }
  p->nblocks = o;
  for (size_t i = 0; i < p->nblocks; i++) {
    DocBlock *b = &p->blocks[i];
    if (b->kind == DOC_TABLE_ROWS && b->nlines < 2) b->kind = DOC_PARA;
  }
}

/* ---- text cells read across their columns (textcells.h) ----------------- */

#define CELL_MAX_LINES 90

/* The header of a table of text cells: two to six words (or a word and
 * at most two small words after it: "Identifierad risk") each opening
 * with a capital, nothing but letters, no figure, no closing mark
 * ("Åtgärd Ansvarig Status Kommentar").  Its cells' count, or 0. */
static size_t cells_header(const Tok *t, size_t k) {
  if (k < 2 || k > 8) return 0;
  size_t caps = 0, run = 0;
  for (size_t i = 0; i < k; i++) {
    size_t len;
    for (size_t q = 0; q < t[i].n; q += len) {
      uint32_t c = decode_at(t[i].s + q, t[i].n - q, &len);
      if (!uc_is_letter(c) && c != '-' && c != '/' && c != '(' && c != ')') return 0;
    }
    if (uc_is_upper(decode_at(t[i].s, t[i].n, &(size_t){0}))) caps++, run = 1;
    else if (i == 0 || ++run > 3) return 0;   /* (a cell of three words at most) */
  }
  return caps >= 2 && caps <= TC_MAX_COLS ? caps : 0;
}

/* Where the body under a header at h ends: before a row of figures (or
 * of figures and closing words: that table is tab_text's), a bullet, a table's caption, or a short capitalised line after a finished
 * sentence ("Ekonomi" after "... december 2023.").  Blank lines inside
 * go (an OCR engine leaves them between a cell's pieces). */
static size_t cells_body_end(const Line *lines, size_t h, size_t nlines, Tok *tk) {
  size_t j = h + 1, nb = 0, last = h + 1;
  int after_dot = 0;
  while (j < nlines && nb < CELL_MAX_LINES) {
    if (lines[j].blank) {
      j++;
      continue;
    }
    size_t k = tokenize(&lines[j], tk);
    if (is_table_row(tk, k) || is_status_row(tk, k) || is_bullet(tk, k) ||
        is_contents_line(tk, k))
      break;
    if (k >= 2 && tk[0].n == 6 && !memcmp(tk[0].s, "Tabell", 6) && tok_has_digit(&tk[1])) break;
    if (after_dot && k <= 3 && is_heading_like(tk, k, &lines[j])) break;
    /* (a numbered section heading, whatever ended the line above: "6
     * Ekonomi" after a label's last piece) */
    if (k >= 2 && k <= 6 && tok_section_depth(&tk[0]) && starts_upper(&tk[1]) &&
        is_heading_like(tk, k, &lines[j]))
      break;
    /* a paragraph after a blank line: a capital opening the line and
     * none in the middle of a sentence, where a row's cells would stand */
    if (lines[j - 1].blank && k >= 4 && starts_upper(&tk[0])) {
      int mid = 0;
      for (size_t i = 1; i < k && !mid; i++)
        mid = uc_is_upper(decode_at(tk[i].s, tk[i].n, &(size_t){0})) &&
              !strchr(".!?:;", tk[i - 1].s[tk[i - 1].n - 1]);
      if (!mid) break;
    }
    after_dot = ends_sentence(tk, k) && tk[k - 1].s[tk[k - 1].n - 1] == '.';
    nb++;
    last = ++j;
  }
  return last;
}

/* Lay out a table of text cells whose header is line h (ncols cells, as
 * cells_header counts them): one DOC_CELL block a cell.  *used: the lines
 * it took from h (0: none, no table).  0, or -1 out of memory. */
static int lay_text_cells(DocPage *page, const Line *lines, size_t h, size_t nlines,
                          size_t ncols, Tok *tk, size_t *used) {
  *used = 0;
  if (h + 1 >= nlines) return 0;
  size_t end = cells_body_end(lines, h, nlines, tk);
  size_t nb = 0, nw = 0;
  for (size_t j = h + 1; j < end; j++) nb += !lines[j].blank;
  if (nb < 3) return 0;
  size_t *off = malloc((nb + 1) * sizeof *off), *src = malloc(nb * sizeof *src);
  TcWord *w = NULL;
  size_t wcap = 0;
  int rc = -1;
  TcSplit sp;
  memset(&sp, 0, sizeof sp);
  if (!off || !src) goto out;
  nb = 0;
  for (size_t j = h + 1; j < end; j++) {
    if (lines[j].blank) continue;
    size_t k = tokenize(&lines[j], tk);
    if (nw + k > wcap) {
      wcap = (nw + k) * 2;
      TcWord *nw2 = realloc(w, wcap * sizeof *w);
      if (!nw2) goto out;
      w = nw2;
    }
    off[nb] = nw;
    src[nb++] = j;
    for (size_t i = 0; i < k; i++) w[nw].s = tk[i].s, w[nw++].n = tk[i].n;
  }
  off[nb] = nw;
  int st = textcells_split(ncols, w, off, nb, &sp);
  if (st < 0) goto out;
  rc = 0;
  if (st > 0) goto out;
  /* the header: a cell at each capital */
  size_t hk = tokenize(&lines[h], tk);
  DocBlock *b = NULL;
  for (size_t i = 0, c = 0; i < hk; i++) {
    if (i == 0 || uc_is_upper(decode_at(tk[i].s, tk[i].n, &(size_t){0}))) {
      if (!(b = doc_block_add(page, DOC_CELL)) || !doc_line_add(b)) goto oom;
      b->cell_row = 0;
      b->cell_col = c++;
    }
    if (!doc_word_addn(&b->lines[0], tk[i].s, tk[i].n, lines[h].no, tk[i].col)) goto oom;
  }
  /* Where the rows fill fewer columns than the header names, the last
   * they fill is the header's last (the free text closes a table; a
   * status or date column is the one left empty: "Uppdrag | Status |
   * Kommentar" with no status given). */
  size_t last = 0;
  for (size_t q = 0; q < sp.nlines; q++)
    for (size_t c = 0; c < ncols; c++)
      if (sp.cut[q * (ncols + 1) + c] < sp.cut[q * (ncols + 1) + c + 1] && c > last) last = c;
  size_t row = 0, first = 0;
  for (size_t l = 0; l <= sp.nlines; l++) {
    if (l < sp.nlines && !(sp.row[l] && l > 0)) continue;
    row++;
    for (size_t c = 0; c < ncols; c++) {
      if (!(b = doc_block_add(page, DOC_CELL))) goto oom;
      b->cell_row = row;
      b->cell_col = c == last ? ncols - 1 : c == ncols - 1 ? last : c;
      for (size_t q = first; q < l; q++) {
        size_t a = sp.cut[q * (ncols + 1) + c], z = sp.cut[q * (ncols + 1) + c + 1];
        if ((sp.doubt[q] >> c) & 1u || (c + 1 < ncols && (sp.doubt[q] >> (c + 1)) & 1u))
          b->cell_doubt = 1;
        if (a == z) continue;
        size_t k = tokenize(&lines[src[q]], tk);
        DocLine *dl = doc_line_add(b);
        if (!dl) goto oom;
        for (size_t i = a; i < z && i < k; i++)
          if (!doc_word_addn(dl, tk[i].s, tk[i].n, lines[src[q]].no, tk[i].col)) goto oom;
      }
    }
    first = l;
  }
  *used = src[sp.nlines - 1] + 1 - h;
  goto out;
oom:
  rc = -1;
out:
  textcells_free(&sp);
  free(off);
  free(src);
  free(w);
  return rc;
}

/* A table of text cells with its header at line h of the group from i
 * (its lines tokenised in all / off, as lay_tokens leaves them): the
 * group's lines above h laid out first.  *used as lay_text_cells. */
static int lay_text_cells_at(DocPage *page, const Line *lines, size_t i, size_t h,
                             size_t nlines, size_t ncols, Tok *tk, const Tok *all,
                             const size_t *off, LineKind *kinds, size_t *used) {
  size_t mark = page->nblocks;
  if (h > i && layout_group(page, lines, i, h - i, kinds, all, off)) return -1;
  if (lay_text_cells(page, lines, h, nlines, ncols, tk, used)) return -1;
  /* no table: the group is laid out whole by the caller */
  while (!*used && page->nblocks > mark) doc_block_remove(page, page->nblocks - 1);
  return 0;
}

Doc *textin_read_buffer(const char *name, const char *buf, size_t len,
                        RensaErr *e) {
  size_t n;
  char *text = textin_decode(name, buf, len, &n, NULL, e);
  if (!text) return NULL;
  Doc *d = doc_new(name);
  Line *lines = NULL;
  LineKind *kinds = NULL;
  Tok *toks = malloc(MAX_TOKS * sizeof *toks), *all = NULL;
  size_t *off = NULL, allcap = 0;
  size_t nlines = 0, cap = 0, letters = 0;
  if (!d || !toks) goto nomem;
  for (size_t st = 0, no = 1; st <= n;) {
    const char *nl = memchr(text + st, '\n', n - st);
    size_t i = nl ? (size_t)(nl - text) : n;
    if (nlines == cap) {
      cap = cap ? cap * 2 : 256;
      Line *nl = realloc(lines, cap * sizeof *lines);
      if (!nl) goto nomem;
      lines = nl;
    }
    Line *l = &lines[nlines++];
    l->s = text + st;
    l->n = i - st;
    l->no = (int)no++;
    l->blank = 1;
    for (size_t j = 0; j < l->n; j++)
      if (!(l->s[j] == ' ' || l->s[j] == '\t')) {
        l->blank = 0;
        break;
      }
    /* Only whether the text has a letter matters: stop at the first. */
    for (size_t j = 0; j < l->n && !letters; j++)
      if ((unsigned char)l->s[j] >= 'A') letters++;
    st = i + 1;
  }
  if (letters == 0) {
    rensa_err_set(e, RENSA_E_INPUT, name, 0, "no text in the file (empty)");
    goto fail;
  }
  kinds = malloc(nlines * sizeof *kinds);
  off = malloc((nlines + 1) * sizeof *off);
  DocPage *page = doc_page_add(d);
  if (!kinds || !off || !page) goto nomem;
  for (size_t i = 0; i < nlines;) {
    if (lines[i].blank) {
      i++;
      continue;
    }
    size_t j = i, used = 0;
    while (j < nlines && !lines[j].blank) j++;
    if (lay_tokens(lines + i, j - i, toks, &all, &allcap, off)) goto nomem;
    /* a table of text cells under a header line in the group: the lines
     * above it are a group of their own */
    size_t h = i;
    for (; h < j && !used; h++) {
      size_t ncols = cells_header(all + off[h - i], off[h - i + 1] - off[h - i]);
      if (ncols && lay_text_cells_at(page, lines, i, h, nlines, ncols, toks, all, off, kinds, &used))
        goto nomem;
    }
    if (used) {
      i = h - 1 + used;
      continue;
    }
    if (layout_group(page, lines, i, j - i, kinds, all, off)) goto nomem;
    i = j;
  }
  merge_tables(page);
  free(kinds);
  free(off);
  free(all);
  free(lines);
  free(toks);
  /* Words point into their own copies; the decoded text can go. */
  free(text);
  return d;
nomem:
  rensa_err_set(e, RENSA_E_NOMEM, name, 0, "out of memory");
fail:
  free(kinds);
  free(off);
  free(all);
  free(lines);
  free(toks);
  free(text);
  doc_free(d);
  return NULL;
}

Doc *textin_read_file(const char *path, RensaErr *e) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  if (!f) {
    rensa_err_set(e, RENSA_E_INPUT, name, 0, "cannot open: %s", strerror(errno));
    return NULL;
  }
  size_t cap = 1 << 16, n = 0;
  char *buf = malloc(cap);
  while (buf) {
    if (n == cap) {
      if (cap >= MAX_TEXT_BYTES) break;
      char *nb = realloc(buf, cap * 2);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
    size_t r = fread(buf + n, 1, cap - n, f);
    n += r;
    if (r == 0) break;
  }
  int rerr = ferror(f);
  int rerrno = errno;
  if (f != stdin) fclose(f);
  if (!buf) {
    rensa_err_set(e, RENSA_E_NOMEM, name, 0, "out of memory");
    return NULL;
  }
  if (rerr) {
    free(buf);
    rensa_err_set(e, RENSA_E_INPUT, name, 0, "cannot read: %s", strerror(rerrno));
    return NULL;
  }
  if (n >= MAX_TEXT_BYTES) {
    free(buf);
    rensa_err_set(e, RENSA_E_INPUT, name, 0, "text file larger than %u MB",
                  MAX_TEXT_BYTES >> 20);
    return NULL;
  }
  if (n == 0) {
    free(buf);
    rensa_err_set(e, RENSA_E_INPUT, name, 0, "empty file");
    return NULL;
  }
  Doc *d = textin_read_buffer(name, buf, n, e);
  free(buf);
  return d;
}
