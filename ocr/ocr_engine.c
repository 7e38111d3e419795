/*
 * ocr_engine.c — one Tesseract engine: recognise a page image into a DocPage.
 *
 * An engine holds a TessBaseAPI with the language model loaded once, and
 * (optionally) a second one with the "osd" model for orientation detection.
 * An engine is used by one thread at a time (the pool gives each worker its
 * own).  Results are walked word by word; paragraphs become DocBlocks
 * (DOC_PARA, structured later by ocr_layout_page), text lines DocLines.
 * Tesseract strings are copied and released with TessDeleteText at once.
 * The engine's thread is made OpenMP-single-threaded when it is created.
 * Provides: ocr_engine_new, ocr_engine_free, ocr_engine_get, ocr_engine_put,
 * ocr_release_engines, ocr_engine_page.
 */
#include <ctype.h>
#include <dlfcn.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

#include <tesseract/capi.h>

#include "ocr_int.h"
#include "tables.h"
#include "utf8.h"

struct OcrEngine {
  TessBaseAPI *api;   /* the language model */
  char *lang;         /* as asked for */
  int with_osd;       /* OSD was asked for (the model may be missing) */
  struct OcrEngine *next;   /* in the list of kept engines */
  TessBaseAPI *osd;   /* orientation model, or NULL */
  TessBaseAPI *pct;   /* "eng", for second readings of numbers, or NULL */
  int pct_tried;      /* pct was asked for (loaded lazily, once) */
  char *tessdata;     /* where the models are, or NULL: the default */
  struct EngRead *reads;   /* pct's readings of the page in hand, by box */
  size_t nreads, capreads;
};

/* A box of the page and pct's reading of it (NULL: nothing).  A page's
 * percentages and its doubted figures often ask for the same word's box
 * (78 of 003's 244 readings were asked twice). */
typedef struct EngRead {
  DocBox box;
  char *text;
} EngRead;

/* Forget the readings of the page before. */
static void forget_reads(OcrEngine *eng) {
  for (size_t i = 0; i < eng->nreads; i++) free(eng->reads[i].text);
  eng->nreads = 0;
}

/* Create a TessBaseAPI for lang with Tesseract's debug output discarded;
 * NULL when the model cannot be loaded. */
static TessBaseAPI *api_new(const char *tessdata, const char *lang) {
  TessBaseAPI *api = TessBaseAPICreate();
  if (!api) return NULL;
  TessBaseAPISetVariable(api, "debug_file", "/dev/null");
  if (TessBaseAPIInit3(api, tessdata, lang) != 0) {
    TessBaseAPIDelete(api);
    return NULL;
  }
  TessBaseAPISetVariable(api, "debug_file", "/dev/null");
  /* Lines read with a mean confidence under 0.5 (Tesseract's default 0.7)
   * are tried again inverted: white type on a dark banner still reads, and
   * fewer doubtful table lines of dark type take a garbled inverted reading
   * instead (003's scan tables 0.782 -> 0.803, the other cases unchanged). */
  TessBaseAPISetVariable(api, "invert_threshold", "0.5");
  return api;
}

/* Make Tesseract's OpenMP loops single-threaded for the calling thread.
 * OMP_THREAD_LIMIT=1 would do it for the process, but libgomp reads it when
 * it is loaded, before main(); max-active-levels is a per-thread setting
 * that can be changed at any time, so each engine's thread sets it to 0
 * (no active parallel regions).  Looked up at run time: Tesseract may be
 * built without OpenMP. */
static void single_threaded(void) {
  void (*set_levels)(int) =
      (void (*)(int))dlsym(RTLD_DEFAULT, "omp_set_max_active_levels");
  if (set_levels) set_levels(0);
}

OcrEngine *ocr_engine_new(const char *tessdata, const char *lang,
                          int with_osd, RensaErr *e) {
  single_threaded();
  OcrEngine *eng = calloc(1, sizeof *eng);
  if (!eng) {
    rensa_err_set(e, RENSA_E_NOMEM, NULL, 0, "out of memory");
    return NULL;
  }
  eng->api = api_new(tessdata, lang);
  if (!eng->api) {
    /* "swe+eng" needs tesseract-ocr-swe and tesseract-ocr-eng: name the
     * package of the first language (the common case is one). */
    char pkg[64];
    snprintf(pkg, sizeof pkg, "%.*s", (int)strcspn(lang, "+"), lang);
    rensa_err_set(e, RENSA_E_RESOURCE, NULL, 0,
                  "cannot load the Tesseract model '%s' from %s "
                  "(install the Debian package tesseract-ocr-%s)", lang,
                  tessdata ? tessdata : "the default tessdata directory", pkg);
    free(eng);
    return NULL;
  }
  TessBaseAPISetPageSegMode(eng->api, PSM_AUTO);
  eng->with_osd = with_osd;
  if ((tessdata && !(eng->tessdata = strdup(tessdata))) || !(eng->lang = strdup(lang))) {
    ocr_engine_free(eng);
    rensa_err_set(e, RENSA_E_NOMEM, NULL, 0, "out of memory");
    return NULL;
  }
  /* a model that already holds English needs no second opinion */
  eng->pct_tried = strstr(lang, "eng") != NULL;
  if (with_osd) {
    eng->osd = api_new(tessdata, "osd");   /* optional: no model, no OSD */
    if (eng->osd) TessBaseAPISetPageSegMode(eng->osd, PSM_OSD_ONLY);
  }
  return eng;
}

void ocr_engine_free(OcrEngine *eng) {
  if (!eng) return;
  if (eng->api) {
    TessBaseAPIEnd(eng->api);
    TessBaseAPIDelete(eng->api);
  }
  if (eng->osd) {
    TessBaseAPIEnd(eng->osd);
    TessBaseAPIDelete(eng->osd);
  }
  if (eng->pct) {
    TessBaseAPIEnd(eng->pct);
    TessBaseAPIDelete(eng->pct);
  }
  forget_reads(eng);
  free(eng->reads);
  free(eng->tessdata);
  free(eng->lang);
  free(eng);
}

/* ---- engines kept between reads ----------------------------------------- */

/* A batch reads file after file, each with its own pool, and loading the
 * models costs 0.2-0.3 s of CPU per engine (swe and osd; measured on six
 * single-page scans: 0.18-0.33 s a file, 6 % of the run).  A pool's
 * engines are kept when it ends and handed to the next pool's workers, one
 * engine to one worker at a time.  Nothing carries over from one page to
 * the next in an engine: the LSTM model does not adapt, and each page's
 * image and results are cleared. */
static pthread_mutex_t kept_mu = PTHREAD_MUTEX_INITIALIZER;
static OcrEngine *kept;

static int same_str(const char *a, const char *b) {
  return a == b || (a && b && !strcmp(a, b));
}

OcrEngine *ocr_engine_get(const char *tessdata, const char *lang, int with_osd,
                          RensaErr *e) {
  pthread_mutex_lock(&kept_mu);
  for (OcrEngine **pp = &kept; *pp; pp = &(*pp)->next) {
    OcrEngine *eng = *pp;
    if (eng->with_osd != with_osd || !same_str(eng->tessdata, tessdata) ||
        strcmp(eng->lang, lang))
      continue;
    *pp = eng->next;
    pthread_mutex_unlock(&kept_mu);
    eng->next = NULL;
    single_threaded();    /* the OpenMP setting is per thread */
    return eng;
  }
  pthread_mutex_unlock(&kept_mu);
  return ocr_engine_new(tessdata, lang, with_osd, e);
}

void ocr_engine_put(OcrEngine *eng) {
  if (!eng) return;
  pthread_mutex_lock(&kept_mu);
  eng->next = kept;
  kept = eng;
  pthread_mutex_unlock(&kept_mu);
}

void ocr_release_engines(void) {
  pthread_mutex_lock(&kept_mu);
  OcrEngine *eng = kept;
  kept = NULL;
  pthread_mutex_unlock(&kept_mu);
  while (eng) {
    OcrEngine *next = eng->next;
    ocr_engine_free(eng);
    eng = next;
  }
}

/* Read the box of the iterator's current element at level into *b. */
static int get_box(const TessPageIterator *pi, TessPageIteratorLevel level,
                   DocBox *b) {
  int l, t, r, bo;
  if (!TessPageIteratorBoundingBox(pi, level, &l, &t, &r, &bo)) return 0;
  b->x0 = (float)l;
  b->y0 = (float)t;
  b->x1 = (float)r;
  b->y1 = (float)bo;
  return 1;
}

/* Copy Tesseract's text without surrounding white space, NFC-composed;
 * releases the Tesseract string.  NULL when empty or out of memory. */
static char *take_text(char *t) {
  if (!t) return NULL;
  const char *s = t;
  while (*s == ' ' || *s == '\n' || *s == '\t') s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t')) n--;
  char *c = NULL;
  if (n && (c = malloc(n + 1))) {
    memcpy(c, s, n);
    c[n] = '\0';
    ocr_text_nfc(c);
  }
  TessDeleteText(t);
  return c;
}

/* Restrict api to box b grown by pad on every side (clipped at the page's
 * top and left). */
static void set_rect(TessBaseAPI *api, DocBox b, int pad) {
  int x = (int)b.x0 - pad, y = (int)b.y0 - pad;
  TessBaseAPISetRectangle(api, x < 0 ? 0 : x, y < 0 ? 0 : y,
                          (int)(b.x1 - b.x0) + 2 * pad, (int)(b.y1 - b.y0) + 2 * pad);
}

static int cmp_float(const void *a, const void *b) {
  float x = *(const float *)a, y = *(const float *)b;
  return (x > y) - (x < y);
}

/* Add the word at ri (text, already taken) to ln with its box, baseline
 * and confidence; NULL when out of memory. */
static DocWord *add_iter_word(DocLine *ln, TessResultIterator *ri,
                              const TessPageIterator *pi, const char *text) {
  DocWord *w = doc_word_add(ln, text, 0, 0);
  if (!w) return NULL;
  w->has_box = get_box(pi, RIL_WORD, &w->box);
  int bx0, by0, bx1, by1;
  if (w->has_box && TessPageIteratorBaseline(pi, RIL_WORD, &bx0, &by0, &bx1, &by1))
    w->base = (float)(by0 + by1) / 2;
  w->conf = TessResultIteratorConfidence(ri, RIL_WORD);
  if (w->conf < 0) w->conf = 0;
  if (w->conf > 100) w->conf = 100;
  return w;
}

/* The boxes of the glyphs of the word at ri, in order, into out (at most
 * max); returns how many Tesseract gave (0 when it gives none). */
static size_t symbol_boxes(TessResultIterator *ri, DocBox *out, size_t max) {
  size_t ns = 0;
  TessResultIterator *c = TessResultIteratorCopy(ri);
  if (!c) return 0;
  TessPageIterator *pc = TessResultIteratorGetPageIterator(c);
  do {
    if (ns < max && get_box(pc, RIL_SYMBOL, &out[ns])) ns++;
    if (TessPageIteratorIsAtFinalElement(pc, RIL_WORD, RIL_SYMBOL)) break;
  } while (TessResultIteratorNext(c, RIL_SYMBOL));
  TessResultIteratorDelete(c);
  return ns;
}

/* Where does the number word at ri ("2242") hide a thousands space the
 * print has ("2 242": a gap between its glyphs clearly wider than the
 * others, with groups of three digits after it)?  Sets cut[k] for a space
 * before byte k of text and sb[k] to the box of its glyph (16 of each);
 * returns the number of cuts (0: leave it). */
static int thousands_cuts(TessResultIterator *ri, const char *text, const DocBox *wb,
                          unsigned char *cut, DocBox *sb) {
  size_t n = strlen(text), lead = (text[0] == '-');
  /* the integer part, then at most a decimal comma and digits ("1506,8") */
  size_t ip = lead + strspn(text + lead, "0123456789");
  if (ip < 4 + lead || n > 15) return 0;
  if (ip < n && !((text[ip] == ',' || text[ip] == '.') && ip + 1 < n &&
                  strspn(text + ip + 1, "0123456789") == n - ip - 1))
    return 0;
  if (symbol_boxes(ri, sb, 16) != n) return 0;
  /* gaps between the integer part's digits; the usual one is the median */
  float g[16], h = wb->y1 - wb->y0, gs[16];
  size_t ng = 0;
  for (size_t k = lead + 1; k < ip; k++) gs[ng++] = g[k] = sb[k].x0 - sb[k - 1].x1;
  qsort(gs, ng, sizeof *gs, cmp_float);
  float thr = fmaxf(0.3f * h, gs[ng / 2] + 0.2f * h);
  int cuts = 0;
  for (size_t k = lead + 1; k < ip; k++) {
    cut[k] = g[k] > thr;
    if (!cut[k]) continue;
    if ((ip - k) % 3) return 0;   /* a wide gap that is no thousands space */
    cuts++;
  }
  return cuts;
}

/* Split the last word of line at the cuts thousands_cuts found, each part
 * a word with its glyphs' box ("2242" -> "2" "242").  0, or -1 when out of
 * memory. */
static int split_word(DocLine *line, const unsigned char *cut, const DocBox *sb) {
  DocWord old = line->words[line->nwords - 1];
  line->words[line->nwords - 1].text = NULL;   /* old owns it now */
  line->nwords--;
  size_t n = strlen(old.text);
  int rc = 0;
  for (size_t a = 0; a < n && !rc;) {
    size_t z = a + 1;
    while (z < n && !cut[z]) z++;
    DocWord *w = doc_word_addn(line, old.text + a, z - a, 0, 0);
    if (!w) {
      rc = -1;
      break;
    }
    w->box = (DocBox){sb[a].x0, old.box.y0, sb[z - 1].x1, old.box.y1};
    w->has_box = 1;
    w->conf = old.conf;
    w->base = old.base;
    a = z;
  }
  free(old.text);
  free(old.orig);
  return rc;
}

/* Does text end in a range of months after a word, with the space
 * between them lost ("Utfalljan–aug", a table header's "Utfall jan–aug":
 * the swe model runs a narrow space together)?  Returns the byte offset
 * of the first month, or 0.  A word ending in a month's three letters
 * and then a dash and another month is no Swedish word. */
static size_t month_range_cut(const char *text) {
  static const char months[] = "jan feb mar apr maj jun jul aug sep okt nov dec";
  size_t n = strlen(text), dl;
  if (n < 4 + 3 + 1 + 3) return 0;
  const char *m2 = text + n - 3;
  const char *d = m2 - 1;
  if (*d == '-') dl = 1;
  else if (d - 2 >= text && !memcmp(d - 2, "\xE2\x80\x93", 3)) dl = 3;
  else return 0;
  const char *m1 = m2 - dl - 3;
  char a[4] = {0}, b[4] = {0};
  for (int i = 0; i < 3; i++) {
    a[i] = (char)tolower((unsigned char)m1[i]);
    b[i] = (char)tolower((unsigned char)m2[i]);
  }
  if (!strstr(months, a) || !strstr(months, b) || strchr(a, ' ') || strchr(b, ' ')) return 0;
  /* the word before: four letters or more (any UTF-8 letter byte) */
  size_t k = (size_t)(m1 - text), letters = 0;
  for (size_t i = 0; i < k; i++) {
    unsigned char c = (unsigned char)text[i];
    if (!(isalpha(c) || c >= 0x80)) return 0;
    letters += (c & 0xC0) != 0x80;
  }
  return letters >= 4 ? k : 0;
}

/* Split the last word of line before byte k, each part with its
 * glyphs' box from the word's symbol boxes at ri (the box split in
 * proportion when Tesseract gives none).  0, or -1 when out of memory. */
static int split_at(DocLine *line, TessResultIterator *ri, size_t k) {
  DocWord *w = &line->words[line->nwords - 1];
  const char *t = w->text;
  size_t n = strlen(t), ncp = 0, kcp = 0;
  for (size_t i = 0; i < n; i++)
    if (((unsigned char)t[i] & 0xC0) != 0x80) {
      if (i < k) kcp++;
      ncp++;
    }
  float xl = w->box.x0 + (w->box.x1 - w->box.x0) * (float)kcp / (float)ncp, xr = xl;
  DocBox sym[64];
  if (symbol_boxes(ri, sym, 64) == ncp && kcp > 0) {
    xl = sym[kcp - 1].x1;
    xr = sym[kcp].x0;
  }
  unsigned char cut[64] = {0};
  DocBox sb[64];
  if (n > 64) return 0;
  cut[k] = 1;
  sb[0] = w->box;
  sb[k - 1] = (DocBox){w->box.x0, w->box.y0, xl, w->box.y1};
  sb[k] = (DocBox){xr, w->box.y0, w->box.x1, w->box.y1};
  sb[n - 1] = w->box;
  return split_word(line, cut, sb);
}

/* Walk the recognised page into p.  Returns RENSA_OK or RENSA_E_NOMEM. */
static RensaStatus collect(TessBaseAPI *api, DocPage *p) {
  TessResultIterator *ri = TessBaseAPIGetIterator(api);
  if (!ri) return RENSA_OK;                    /* nothing recognised */
  const TessPageIterator *pi = TessResultIteratorGetPageIterator(ri);
  DocBlock *blk = NULL;
  DocLine *line = NULL;
  double confsum = 0;
  size_t nconf = 0;
  RensaStatus st = RENSA_OK;
  do {
    char *text = take_text(TessResultIteratorGetUTF8Text(ri, RIL_WORD));
    if (!text) continue;
    /* a paragraph starts only where a line does, and Tesseract's answer
     * costs a walk along the line: the paragraph is asked about there only */
    int at_line = TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE);
    if (!blk || (at_line && TessPageIteratorIsAtBeginningOf(pi, RIL_PARA))) {
      if (!(blk = doc_block_add(p, DOC_PARA))) goto nomem;
      blk->has_box = get_box(pi, RIL_PARA, &blk->box);
      line = NULL;
    }
    if (!line || at_line) {
      if (!(line = doc_line_add(blk))) goto nomem;
      line->has_box = get_box(pi, RIL_TEXTLINE, &line->box);
    }
    DocWord *w = add_iter_word(line, ri, pi, text);
    if (!w) goto nomem;
    confsum += w->conf;
    nconf++;
    unsigned char cut[16] = {0};
    DocBox sb[16];
    size_t mk;
    if (w->has_box && thousands_cuts(ri, text, &w->box, cut, sb)) {
      if (split_word(line, cut, sb)) goto nomem;   /* w is gone after this */
    } else if (w->has_box && (mk = month_range_cut(text)) != 0) {
      if (split_at(line, ri, mk)) goto nomem;
    }
    free(text);
    continue;
  nomem:
    free(text);
    st = RENSA_E_NOMEM;
    break;
  } while (TessResultIteratorNext(ri, RIL_WORD));
  TessResultIteratorDelete(ri);
  p->mean_conf = nconf ? (float)(confsum / nconf) : 0;
  return st;
}

/* The median height of the words of p with three or more characters, or 0
 * when fewer than min such words: the page's text height. */
static float median_word_height(const DocPage *p, size_t min) {
  size_t n = 0, m = 0;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) n += p->blocks[b].lines[l].nwords;
  if (n < min) return 0;
  float *h = malloc(n * sizeof *h);
  if (!h) return 0;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++)
      for (size_t i = 0; i < p->blocks[b].lines[l].nwords; i++) {
        const DocWord *w = &p->blocks[b].lines[l].words[i];
        if (w->has_box && strlen(w->text) >= 3) h[m++] = w->box.y1 - w->box.y0;
      }
  float med = 0;
  if (m >= min) {
    qsort(h, m, sizeof *h, cmp_float);
    med = h[m / 2];
  }
  free(h);
  return med;
}

/* ---- words that are several lines --------------------------------------- */

/* A word that may be several lines read as one: much taller than the
 * page's words (med) and read with little confidence, or as tall as two
 * lines of them.  (A heading set large is one too, and stays as it was:
 * read again it is one line.) */
static int tall_word(const DocWord *w, float med) {
  float h = w->box.y1 - w->box.y0;
  return w->has_box && h >= 1.8f * med && (w->conf < 30 || h >= 2.2f * med);
}

/* Replace words i..j-1 of line ln by the words Tesseract finds in their
 * box read as a block of text (api holds the page image).  0, 1 when it
 * replaced them, -1 when out of memory. */
static int reread_block(TessBaseAPI *api, DocLine *ln, size_t i, size_t j) {
  DocBox box = ln->words[i].box;
  for (size_t k = i + 1; k < j; k++) box = doc_box_union(box, ln->words[k].box);
  TessBaseAPISetPageSegMode(api, PSM_SINGLE_BLOCK);
  set_rect(api, box, 4);
  int rc = 0;
  size_t before = ln->nwords, lines = 0;
  if (TessBaseAPIRecognize(api, NULL) == 0) {
    TessResultIterator *ri = TessBaseAPIGetIterator(api);
    const TessPageIterator *pi = ri ? TessResultIteratorGetPageIterator(ri) : NULL;
    if (ri) do {
      char *text = take_text(TessResultIteratorGetUTF8Text(ri, RIL_WORD));
      if (!text) continue;
      lines += TessPageIteratorIsAtBeginningOf(pi, RIL_TEXTLINE) || ln->nwords == before;
      DocWord *w = add_iter_word(ln, ri, pi, text);
      free(text);
      if (!w) {
        rc = -1;
        break;
      }
    } while (TessResultIteratorNext(ri, RIL_WORD));
    TessResultIteratorDelete(ri);
  }
  TessBaseAPISetPageSegMode(api, PSM_AUTO);
  size_t k = ln->nwords - before;
  /* only a reading of two or more lines says the word was several */
  if (rc || lines < 2) {
    while (ln->nwords > before) doc_line_remove(ln, ln->nwords - 1);
    return rc;
  }
  DocWord *tmp = malloc(k * sizeof *tmp);
  if (!tmp) return -1;
  for (size_t m = i; m < j; m++) {
    free(ln->words[m].text);
    free(ln->words[m].orig);
  }
  memcpy(tmp, &ln->words[before], k * sizeof *tmp);
  memmove(&ln->words[i + k], &ln->words[j], (before - j) * sizeof *tmp);
  memcpy(&ln->words[i], tmp, k * sizeof *tmp);
  ln->nwords = before - (j - i) + k;
  free(tmp);
  return 1;
}

static float covered(const DocBox *a, const DocBox *b);
static int has_alnum(const char *t);

/* The word in box b read alone by api (which holds the page image), its
 * confidence in *conf; NULL when it reads nothing or more than one word. */
static char *read_one_word(TessBaseAPI *api, DocBox b, float *conf) {
  TessBaseAPISetPageSegMode(api, PSM_SINGLE_WORD);
  set_rect(api, b, 4);
  char *text = NULL;
  if (TessBaseAPIRecognize(api, NULL) == 0) {
    TessResultIterator *ri = TessBaseAPIGetIterator(api);
    if (ri) {
      text = take_text(TessResultIteratorGetUTF8Text(ri, RIL_WORD));
      *conf = TessResultIteratorConfidence(ri, RIL_WORD);
      if (text && (strchr(text, ' ') || TessResultIteratorNext(ri, RIL_WORD))) {
        free(text);
        text = NULL;
      }
      TessResultIteratorDelete(ri);
    }
  }
  TessBaseAPISetPageSegMode(api, PSM_AUTO);
  return text;
}

/* How word o, on another line than w, holds glyphs of w: 1 when the two
 * are one word read twice (each box covering 80 % of the other's:
 * Tesseract's line finder gave the glyphs of "fg" in a three-line header
 * cell "Period / Utfall fg / år" to two lines, read "få" at 83 and "ig"
 * at 50); 2 when o is one glyph read with doubt (under 80) from w's
 * diacritics: within w's columns, at most half as tall, in the top third
 * of w's box or just above it (the ring of "å" in "Helår" read "o" on the
 * header line above, w left "Helar"; the dots of "ö" in "föregående" read
 * "-" on the line of a label set beside a two-line header); 0 otherwise.
 * w has a box and letters or digits. */
static int glyphs_of(const DocWord *w, const DocWord *o) {
  if (!o->has_box || o->box.x1 < w->box.x0 || o->box.x0 > w->box.x1) return 0;
  if (covered(&w->box, &o->box) >= 0.8f && covered(&o->box, &w->box) >= 0.8f &&
      has_alnum(o->text))
    return 1;
  float h = w->box.y1 - w->box.y0, slack = 0.05f * h;
  return o->conf < 80 && utf8_len(o->text, strlen(o->text)) == 1 &&
                 utf8_len(w->text, strlen(w->text)) > 1 && o->box.y1 - o->box.y0 <= 0.5f * h &&
                 o->box.x0 >= w->box.x0 - slack && o->box.x1 <= w->box.x1 + slack &&
                 o->box.y0 >= w->box.y0 - 0.6f * h && o->box.y1 <= w->box.y0 + 0.35f * h
             ? 2
             : 0;
}

/* Words that hold another line's glyphs (glyphs_of) are read again alone
 * in the union of the two boxes; the reading replaces the surer of the
 * two when it is surer still, and the other goes (unless it is all its
 * line holds).  api holds the page image. */
static void read_doubles(TessBaseAPI *api, DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        if (!ln->words[i].has_box || !has_alnum(ln->words[i].text)) continue;
        for (size_t b2 = 0; b2 < p->nblocks; b2++)
          for (size_t l2 = 0; l2 < p->blocks[b2].nlines; l2++) {
            DocLine *ln2 = &p->blocks[b2].lines[l2];
            if (ln2 == ln) continue;
            for (size_t k = 0; k < ln2->nwords; k++) {
              DocWord *w = &ln->words[i], *o = &ln2->words[k];
              int kind = glyphs_of(w, o);
              /* a double is taken once, from the surer word */
              if (!kind || (kind == 1 && o->conf > w->conf) || ln2->nwords < 2) continue;
              float c = 0;
              char *t = read_one_word(api, doc_box_union(w->box, o->box), &c);
              if (t && c > w->conf) {
                free(w->text);
                w->text = t;
                w->conf = c;
              } else {
                free(t);
              }
              doc_line_remove(ln2, k--);
            }
          }
      }
    }
}

/* Tesseract sometimes takes the two or three lines of a header cell set
 * close ("Period / Utfall fg / år") for one line and reads them as one
 * word of nonsense ("Uta", confidence 2), or keep one of the lines
 * ("projektbudget" for "Total / projektbudget", confidence 90).  Such a
 * word (tall_word) is read again as a block of text, and kept only when
 * that reading finds two lines or more.  Returns RENSA_OK or RENSA_E_NOMEM. */
static RensaStatus split_tall_words(TessBaseAPI *api, DocPage *p) {
  float med = median_word_height(p, 20);
  if (med <= 0) return RENSA_OK;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        if (!tall_word(&ln->words[i], med)) continue;
        /* neighbours as tall and touching it are the same stack of lines
         * ("pud" "05" for "Budget / 2025") */
        size_t j = i + 1;
        while (j < ln->nwords && tall_word(&ln->words[j], med) &&
               ln->words[j].box.x0 - ln->words[j - 1].box.x1 < 0.5f * med)
          j++;
        int r = reread_block(api, ln, i, j);
        if (r < 0) return RENSA_E_NOMEM;
      }
    }
  return RENSA_OK;
}

/* ---- text the page segmentation missed ---------------------------------- */

/* Move the last block of p to index at (blocks after it shift down). */
static void block_move_last(DocPage *p, size_t at) {
  DocBlock last = p->blocks[p->nblocks - 1];
  memmove(&p->blocks[at + 1], &p->blocks[at],
          (p->nblocks - 1 - at) * sizeof *p->blocks);
  p->blocks[at] = last;
}

static int plain_figure(const char *t);
static int num_digits(const char *t);

/* The line of p level with box g (its box overlaps half of g's height)
 * and nearest to it across the page; NULL if none. */
static DocLine *level_line(DocPage *p, DocBox g) {
  DocLine *best = NULL;
  float bd = 0, gh = g.y1 - g.y0;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      if (!ln->has_box || !ln->nwords ||
          fminf(g.y1, ln->box.y1) - fmaxf(g.y0, ln->box.y0) < 0.5f * gh)
        continue;
      float d = g.x0 > ln->box.x1 ? g.x0 - ln->box.x1 : ln->box.x0 > g.x1 ? ln->box.x0 - g.x1 : 0;
      if (!best || d < bd) best = ln, bd = d;
    }
  return best;
}

/* Does ln hold a plain figure? */
static int line_has_figure(const DocLine *ln) {
  for (size_t i = 0; i < ln->nwords; i++)
    if (plain_figure(ln->words[i].text)) return 1;
  return 0;
}

/* The distance across the page from box g to the nearest word of ln. */
static float line_gap(const DocLine *ln, DocBox g) {
  float best = INFINITY;
  for (size_t i = 0; i < ln->nwords; i++) {
    const DocBox *o = &ln->words[i].box;
    if (!ln->words[i].has_box) continue;
    float d = g.x0 > o->x1 ? g.x0 - o->x1 : o->x0 > g.x1 ? o->x0 - g.x1 : 0;
    best = fminf(best, d);
  }
  return best;
}

/* Move ln's last word into x order among the words before it and grow
 * the line's box to hold it. */
static void settle_last(DocLine *ln) {
  DocWord v = ln->words[ln->nwords - 1];
  size_t at = ln->nwords - 1;
  while (at > 0 && ln->words[at - 1].has_box && ln->words[at - 1].box.x0 > v.box.x0) at--;
  memmove(&ln->words[at + 1], &ln->words[at], (ln->nwords - 1 - at) * sizeof v);
  ln->words[at] = v;
  doc_box_cover(&ln->box, &ln->has_box, v.box);
}

/* Is there a plain figure on p whose box stands over or under g (its
 * columns overlapping a third of the narrower) within 8 text heights
 * med: is g in a column of figures? */
static int figure_column(const DocPage *p, DocBox g, float med) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      const DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        const DocBox *o = &ln->words[i].box;
        float ov = fminf(g.x1, o->x1) - fmaxf(g.x0, o->x0);
        if (ln->words[i].has_box && ov > 0 &&
            ov >= 0.3f * fminf(g.x1 - g.x0, o->x1 - o->x0) &&
            fabsf(o->y0 - g.y0) <= 8 * med && fabsf(o->y0 - g.y0) > 0.5f * med &&
            plain_figure(ln->words[i].text))
          return 1;
      }
    }
  return 0;
}

/* Read mark box g, with a margin of pad pixels, as a line of figures
 * alone (api holds the page image): its text when it is one plain figure,
 * else NULL.  The word's box goes to *box, its confidence to *conf.
 * Without the figures-only list swe reads a lone 0 as "O", "o" or "[0]";
 * with it, as "0" or "6" at confidences from 16 to 82 by the margin. */
static char *read_figure(TessBaseAPI *api, DocBox g, float pad, DocBox *box, float *conf) {
  TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE);
  TessBaseAPISetVariable(api, "tessedit_char_whitelist", "0123456789-,.%");
  set_rect(api, g, (int)pad);
  int rc = TessBaseAPIRecognize(api, NULL);
  TessBaseAPISetVariable(api, "tessedit_char_whitelist", "");
  if (rc != 0) return NULL;
  TessResultIterator *ri = TessBaseAPIGetIterator(api);
  if (!ri) return NULL;
  const TessPageIterator *pi = TessResultIteratorGetPageIterator(ri);
  char *text = take_text(TessResultIteratorGetUTF8Text(ri, RIL_WORD));
  *conf = TessResultIteratorConfidence(ri, RIL_WORD);
  int one = text && get_box(pi, RIL_WORD, box) && !TessResultIteratorNext(ri, RIL_WORD);
  TessResultIteratorDelete(ri);
  if (!one || !plain_figure(text)) {
    free(text);
    return NULL;
  }
  return text;
}

static char *eng_read_box(OcrEngine *eng, OcrImage *img, int *set, DocBox b);

/* The figure in mark box g: swe's reading (figures only) when it is sure
 * (80 or more), else the one of swe's readings with a quarter and with
 * three quarters of a text height med of margin that eng's reading of
 * the box agrees with; NULL for none.  *box and *conf as read_figure. */
static char *mark_figure(OcrEngine *eng, OcrImage *img, int *set, DocBox g, float med,
                         DocBox *box, float *conf) {
  char *t = read_figure(eng->api, g, 0.25f * med, box, conf);
  if (t && *conf >= 80) return t;
  char *e = eng_read_box(eng, img, set, g);
  if (!e || !plain_figure(e)) {
    free(t);
    free(e);
    return NULL;
  }
  if (!t || strcmp(t, e)) {
    free(t);
    t = read_figure(eng->api, g, 0.75f * med, box, conf);
  }
  if (t && strcmp(t, e)) {
    free(t);
    t = NULL;
  }
  free(e);
  return t;
}

/* Make w the mark told by its shape (a dash, a bullet), not by the
 * recogniser: its text and a confidence of 90.  0, or -1 when out of
 * memory. */
static int shape_mark(DocWord *w, const char *mark) {
  char *t = strdup(mark);
  if (!t) return -1;
  free(w->text);
  w->text = t;
  w->conf = 90;
  return 0;
}

/* The height of ln's tallest word with a box (0 when none has one). */
static float tallest_word(const DocLine *ln) {
  float h = 0;
  for (size_t i = 0; i < ln->nwords; i++)
    if (ln->words[i].has_box) h = fmaxf(h, ln->words[i].box.y1 - ln->words[i].box.y0);
  return h;
}

/* Dashes as swe reads them: a dash alone in a cell read as "=", "_" or
 * "~" (a noisy scan's bar with a speck) is one bar, as thin as a stroke
 * (text height med); an en dash after a figure read as an em dash; an en
 * dash alone in a cell of a row of figures read as an em dash, told by
 * its length (an en dash half the type size, an em dash the whole: under
 * 0.8 of the line's tallest word).  0, or -1 when out of memory. */
static int fix_dashes(DocPage *p, float med) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      float hmax = tallest_word(ln);
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        /* an en dash after a figure ("åk 1–9", "4–6") that swe reads as
         * an em dash: same bytes but the last */
        for (char *e = w->text; (e = strstr(e, "\u2014")) != NULL; e += 3)
          if (e > w->text && isdigit((unsigned char)e[-1])) e[2] = (char)0x93;
        if (w->has_box && (!strcmp(w->text, "=") || !strcmp(w->text, "_") || !strcmp(w->text, "~")) &&
            w->box.y1 - w->box.y0 <= 0.15f * med && w->box.x1 - w->box.x0 >= 0.25f * med &&
            line_has_figure(ln) && shape_mark(w, "\u2013"))
          return -1;
        if (w->has_box && !strcmp(w->text, "\u2014") && w->box.y1 - w->box.y0 <= 0.15f * med &&
            w->box.x1 - w->box.x0 < 0.8f * hmax && line_has_figure(ln) && shape_mark(w, "\u2013"))
          return -1;
      }
    }
  return 0;
}

/* Marks the page segmentation dropped as noise (ocr_image_unread): a
 * figure alone in a cell of a column of figures ("1" and "0" under the
 * years of stadsrevisionen's staff table), kept when mark_figure reads a
 * plain figure; a dash alone in a cell of a row of figures; a bullet
 * before the first word of a line.  Each goes into the line level with
 * it, in x order.  eng->api holds the page image.  RENSA_OK or
 * RENSA_E_NOMEM. */
static RensaStatus recover_marks(OcrEngine *eng, OcrImage *img, DocPage *p, const OcrMark *mk,
                                 size_t n, float med) {
  int set = 0;
  RensaStatus st = RENSA_OK;
  for (size_t r = 0; r < n; r++) {
    DocBox g = mk[r].box;
    DocLine *ln = level_line(p, g);
    if (!ln) continue;
    char *text = NULL;
    DocBox box = g;
    float conf = 90;   /* a dash or bullet by its shape */
    if (mk[r].kind == OCR_MARK_FIGURE) {
      /* (in a column of figures, or in a row of them, a cell's gap from
       * its words: a rough scan's segmentation can drop the cells of
       * whole rows and columns; a digit beside a figure read short, "1"
       * of "11", is none) */
      if (!(figure_column(p, g, med) || (line_has_figure(ln) && line_gap(ln, g) >= med)) ||
          !(text = mark_figure(eng, img, &set, g, med, &box, &conf)))
        continue;
    } else if (mk[r].kind == OCR_MARK_DASH) {
      if (!line_has_figure(ln) || line_gap(ln, g) < 0.5f * med) continue;
    } else if (!ln->words[0].has_box || ln->words[0].box.x0 < g.x1 ||
               !strcmp(ln->words[0].text, "•")) {
      continue;
    }
    DocWord *w = doc_word_add(ln, text ? text : mk[r].kind == OCR_MARK_DASH ? "\u2013" : "\u2022", 0, 0);
    free(text);
    if (!w) {
      st = RENSA_E_NOMEM;
      break;
    }
    w->box = box;
    w->has_box = 1;
    w->conf = conf;
    settle_last(ln);
  }
  if (set) TessBaseAPIClear(eng->pct);
  return st;
}

/* A list item's round bullet that Tesseract read as a point or another
 * small mark with little confidence (". Vikarier", at 11; drop_specks
 * would take it): the first word of a line, one mark of punctuation, a
 * solid dot a fifth to two fifths of the text height med and about as
 * tall, at the middle of the height of the next word, which starts a
 * fifth to two and a half heights to its right, becomes "•".  0, or -1
 * when out of memory. */
static int bullet_words(OcrImage *img, DocPage *p, float med) {
  static const char *const dots[] = {".", "·", "°", "«", "»", "*", "-", "e", "o", "¢", NULL};
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      if (ln->nwords < 2 || !ln->words[0].has_box || !ln->words[1].has_box) continue;
      DocWord *w = &ln->words[0];
      const DocBox *g = &w->box, *n = &ln->words[1].box;
      int dot = 0;
      for (size_t k = 0; dots[k] && !dot; k++) dot = !strcmp(w->text, dots[k]);
      float gw = g->x1 - g->x0, gh = g->y1 - g->y0, nh = n->y1 - n->y0;
      float cy = (g->y0 + g->y1) / 2, gap = n->x0 - g->x1;
      if (!dot || w->conf >= 60 || gh < 0.12f * med || gh > 0.45f * med || gw < 0.7f * gh ||
          gw > 1.4f * gh || gap < 0.2f * med || gap > 2.5f * med || cy < n->y0 + 0.2f * nh ||
          cy > n->y1 - 0.1f * nh)
        continue;
      long area = 0, ink = ocr_image_ink(img, g, &area);
      if (area <= 0 || (double)ink < 0.6 * (double)area) continue;
      if (shape_mark(w, "\u2022")) return -1;
    }
  return 0;
}

/* Tesseract's page segmentation sometimes leaves whole lines out (on a
 * contents page, six lines of "Verksamhet..... 3"; the CLI too).  Lines of
 * ink that no recognised word covers (ocr_image_unread) are read one by
 * one as a text line; a reading with a mean confidence of 70 or more and
 * a word of two letters or digits becomes a paragraph of its own, placed
 * before the first block below it.  api holds the page image.  Returns
 * RENSA_OK or RENSA_E_NOMEM. */
static RensaStatus recover_unread(OcrEngine *eng, OcrImage *img, DocPage *p) {
  TessBaseAPI *api = eng->api;
  float med = median_word_height(p, 5);
  if (med <= 0) return RENSA_OK;
  if (bullet_words(img, p, med) || fix_dashes(p, med)) return RENSA_E_NOMEM;
  size_t n = 0, nr = 0;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) n += p->blocks[b].lines[l].nwords;
  DocBox *read = malloc(n * sizeof *read);
  if (!read) return RENSA_E_NOMEM;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++)
      for (size_t i = 0; i < p->blocks[b].lines[l].nwords; i++)
        if (p->blocks[b].lines[l].words[i].has_box)
          read[nr++] = p->blocks[b].lines[l].words[i].box;
  DocBox reg[64];
  OcrMark mk[64];
  size_t nmk = 0;
  size_t nreg = ocr_image_unread(img, read, nr, med, reg, 64, mk, &nmk, 64);
  free(read);
  RensaStatus st = RENSA_OK;
  for (size_t r = 0; r < nreg && st == RENSA_OK; r++) {
    TessBaseAPISetPageSegMode(api, PSM_SINGLE_LINE);
    set_rect(api, reg[r], (int)(0.25f * med));
    if (TessBaseAPIRecognize(api, NULL) != 0) continue;
    TessResultIterator *ri = TessBaseAPIGetIterator(api);
    if (!ri) continue;
    const TessPageIterator *pi = TessResultIteratorGetPageIterator(ri);
    DocBlock *blk = doc_block_add(p, DOC_PARA);
    DocLine *ln = blk ? doc_line_add(blk) : NULL;
    if (!ln) st = RENSA_E_NOMEM;
    double conf = 0;
    int alnum = 0;
    if (ln) do {
      char *text = take_text(TessResultIteratorGetUTF8Text(ri, RIL_WORD));
      if (!text) continue;
      DocWord *w = add_iter_word(ln, ri, pi, text);
      int an = 0;
      for (const unsigned char *c = (const unsigned char *)text; *c; c++)
        an += isalnum(*c) || *c >= 0xC0;
      alnum |= an >= 2;
      free(text);
      if (!w) {
        st = RENSA_E_NOMEM;
        break;
      }
      conf += w->conf;
    } while (TessResultIteratorNext(ri, RIL_WORD));
    TessResultIteratorDelete(ri);
    if (st != RENSA_OK) break;
    if (!ln->nwords || !alnum || conf / (double)ln->nwords < 70) {
      doc_block_remove(p, p->nblocks - 1);
      continue;
    }
    blk->box = ln->box = reg[r];
    blk->has_box = ln->has_box = 1;
    size_t at = 0;
    while (at + 1 < p->nblocks &&
           !(p->blocks[at].has_box && p->blocks[at].box.y0 > reg[r].y0))
      at++;
    block_move_last(p, at);
  }
  if (st == RENSA_OK) st = recover_marks(eng, img, p, mk, nmk, med);
  TessBaseAPISetPageSegMode(api, PSM_AUTO);
  return st;
}

/* Is w a word of letters or digits (not punctuation alone)?  Beyond
 * ASCII a letter ("Ö"), not any character: a dash "–" is a mark. */
static int has_alnum(const char *t) {
  size_t n = strlen(t), k;
  for (size_t i = 0; i < n; i += k) {
    uint32_t c = utf8_decode(t + i, n - i, &k);
    if ((c >= '0' && c <= '9') || uc_is_letter(c)) return 1;
  }
  return 0;
}

/* Has t a letter (beyond ASCII too)? */
static int has_letter(const char *t) {
  size_t n = strlen(t), k;
  for (size_t i = 0; i < n; i += k)
    if (uc_is_letter(utf8_decode(t + i, n - i, &k))) return 1;
  return 0;
}

/* Is t all ASCII? */
static int is_ascii(const char *t) {
  for (; *t; t++)
    if ((unsigned char)*t >= 0x80) return 0;
  return 1;
}

/* The share of a's box that b's box covers. */
static float covered(const DocBox *a, const DocBox *b) {
  float w = fminf(a->x1, b->x1) - fmaxf(a->x0, b->x0);
  float h = fminf(a->y1, b->y1) - fmaxf(a->y0, b->y0);
  float area = (a->x1 - a->x0) * (a->y1 - a->y0);
  return w > 0 && h > 0 && area > 0 ? w * h / area : 0;
}

/* Is o's text the end of w's and o's box where w's letters would go on:
 * level with w and touching its right edge?  ("Belopp" read whole from
 * the glyphs of "Belo", and "pp" or "Pp" read again on a line of its
 * own.) */
static int tail_of(const DocWord *w, const DocWord *o) {
  /* the boxes first: they rule out almost every pair of the page */
  float h = fminf(w->box.y1 - w->box.y0, o->box.y1 - o->box.y0);
  float v = fminf(w->box.y1, o->box.y1) - fmaxf(w->box.y0, o->box.y0);
  float gap = o->box.x0 - w->box.x1;
  if (!(h > 0 && v > 0.5f * h && gap > -0.1f * h && gap < 0.3f * h)) return 0;
  size_t a = strlen(w->text), b = strlen(o->text);
  return b > 0 && b < a && !strcasecmp(w->text + a - b, o->text);
}

/* Is word (b, l, i) read a second time on another line: its box mostly
 * covered by a word read surely while it was read with doubt (a header
 * cell's lines read twice: "fa" at 78 and "tg" at 5 on the same glyphs;
 * a lone mark under 60, the dots of "ö" in "föregående" read as "-" at 36
 * on the line of a label set beside a three-line header), or the end of
 * the word beside it, which already holds its letters (tail_of)? */
static int read_twice(const DocPage *p, size_t b, size_t l, size_t i, float med) {
  const DocWord *w = &p->blocks[b].lines[l].words[i];
  size_t len = utf8_len(w->text, strlen(w->text));
  int mark = w->text[0] && !has_alnum(w->text) && len == 1;
  float doubt = mark ? 60 : 30;
  /* A word of one to three characters half inside words of other lines
   * read surely, at any confidence of its own, is strokes of theirs read
   * again: "ma om on" on the "ä" and "nd" of "nämndens", a "g" on the
   * descender of "vidtagits" and the "l" of "anledning" below it, "ål,"
   * in "mål,".  Lines of print do not overlap so. */
  float ghost = 0;
  /* (and a doubted glyph or two whose box reaches into words of two other
   * lines, above and below: "9" at 55 on the "g" of "vidtagits" and the
   * "d" of "anledning" under it) */
  int touched = 0, straddle = len <= 2 && w->conf >= 0 && w->conf < 60;
  for (size_t b2 = 0; b2 < p->nblocks; b2++)
    for (size_t l2 = 0; l2 < p->blocks[b2].nlines; l2++) {
      if (b2 == b && l2 == l) continue;
      const DocLine *o = &p->blocks[b2].lines[l2];
      int hit = 0;   /* (straddle: a word of this line under it) */
      for (size_t k = 0; k < o->nwords; k++) {
        if (!o->words[k].has_box) continue;
        float oc = o->words[k].conf;
        if (straddle && !hit && oc >= 60) hit = covered(&w->box, &o->words[k].box) > 0.05f;
        /* (the confidences first: most pairs of words need no overlap) */
        int doubted = w->conf < doubt && oc >= 60, under = oc >= 85 && w->conf < 60,
            mark_under = mark && oc >= 70 && w->conf < 80;
        if (doubted || under || mark_under) {
          float cov = covered(&w->box, &o->words[k].box);
          /* ... or nearly all of it under a word read with confidence, at
           * any doubt ("Igstid," at 45 on "Handläggningstid," at 90: the
           * second line of a right-aligned header cell); a lone mark half
           * under one ("'" at 49-74 on the j of "jan–apr" at 76-91) */
          if ((doubted && cov > 0.7f) || (under && cov > 0.85f) || (mark_under && cov > 0.4f))
            return 1;
        }
        if (len <= 3 && oc >= 85) {
          /* (the overlap first: nearly every pair of words has none) */
          float cov = covered(&w->box, &o->words[k].box);
          if (cov > 0 && o->words[k].box.y1 - o->words[k].box.y0 < 1.5f * med &&
              utf8_len(o->words[k].text, strlen(o->words[k].text)) >= 4)
            ghost += cov;
        }
        if (tail_of(&o->words[k], w)) return 1;
      }
      if ((touched += hit) >= 2) return 1;
    }
  return ghost >= 0.5f;
}

/* Drop specks Tesseract read as words: confidence under 20 and under 0.4
 * of the height of the line's tallest word (". H a." where a table rule
 * was broken by the scan); letters or digits under a quarter of the page's
 * word height read with doubt (no print is that small: "N" on a 4-pixel
 * speck); dashes and other flat marks taller than wide read with doubt (a
 * vertical stroke: "-", "="); and glyphs read twice (read_twice).  They
 * would open table columns of their own.  A line keeps at least one
 * word. */
/* The first run of ink in a word's column counts cols[0..n), from the
 * left (step 1) or the right (-1): *g0 gets its first column, and the
 * column after its last is returned (in that direction; -1 or n when the
 * ink runs to the end). */
static int edge_glyph(const int *cols, int n, int step, int *g0) {
  int i = step > 0 ? 0 : n - 1;
  while (i >= 0 && i < n && cols[i] == 0) i += step;   /* the box's margin */
  *g0 = i;
  while (i >= 0 && i < n && cols[i] > 0) i += step;    /* the glyph */
  return i;
}

/* The gap (pixels) between a word's first glyph (from_right: its last)
 * and the rest, from the ink of its columns: *at gets the gap's first
 * column (image x).  0 when there is none or the word is too wide. */
static int glyph_gap(OcrImage *img, const DocBox *b, int from_right, float *at) {
  int cols[1024], g0;
  int n = ocr_image_columns(img, b, cols, 1024);
  if (n <= 0 || n >= 1024) return 0;
  int step = from_right ? -1 : 1, i = edge_glyph(cols, n, step, &g0);
  int g = 0, start = i;
  while (i >= 0 && i < n && cols[i] == 0) {
    i += step;
    g++;
  }
  if (i < 0 || i >= n) return 0;   /* nothing beyond: one glyph */
  *at = b->x0 + (float)(from_right ? i + 1 : start);
  return g;
}

/* A capital read as its small letter of the same shape ("våld" for
 * "Våld", "väntetid" for "Väntetid": c, o, s, v, w, x, z differ only in
 * size; u from U by a foot the bold faces hardly show, "utfall" for
 * "Utfall" in a header), told by the first glyph's height: a capital stands as tall as the
 * word's ascenders (0.85 of their height above the glyph's foot or more),
 * a small letter reaches the x-height (about 0.7).  Only words with an
 * ascender (b d f h k l) or å, ä, ö after it, whose first glyph stands
 * alone. */
static void small_capitals(OcrImage *img, DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++)
      for (size_t i = 0; i < p->blocks[b].lines[l].nwords; i++) {
        DocWord *w = &p->blocks[b].lines[l].words[i];
        const char *t = w->text;
        if (!w->has_box || !t[0] || !strchr("covwxszu", t[0]) ||
            !strpbrk(t + 1, "bdfhkl\xc3"))   /* (\xc3: å, ä, ö; a t is short) */
          continue;
        int cols[1024], g0;
        int n = ocr_image_columns(img, &w->box, cols, 1024);
        if (n <= 0 || n >= 1024) continue;
        int x = edge_glyph(cols, n, 1, &g0);
        float h = w->box.y1 - w->box.y0;
        if (x >= n || (float)(x - g0) > 1.1f * h) continue;   /* touches the next */
        /* (the first glyph has no descender: its foot is the baseline; its
         * left 40 % only, where a touching "i" or "j" and its dot are not) */
        DocBox first = {w->box.x0 + (float)g0, w->box.y0,
                        w->box.x0 + (float)g0 + 0.4f * (float)(x - g0) + 1, w->box.y1};
        int f0, f1, a0, a1;
        if (!ocr_image_ink_rows(img, &first, &f0, &f1) ||
            !ocr_image_ink_rows(img, &w->box, &a0, &a1))
          continue;
        float tall = (float)(f1 - a0), glyph = (float)(f1 - f0);
        if (tall > 4 && glyph >= 0.85f * tall) w->text[0] = (char)(t[0] - 'a' + 'A');
      }
}

/* A small j read as the capital ("Jan–aug" for "jan–aug" in a header
 * cell): the first glyph reaches below the foot of the letter after it
 * (an a, n or other letter on the baseline) by a fifth of the x-height or
 * more, as a j's tail does, and has a dot apart over it; a J stands on
 * the baseline in one stroke.  Only "J" and a
 * small letter without a descender after it, the glyph standing alone. */
static void small_j(OcrImage *img, DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++)
      for (size_t i = 0; i < p->blocks[b].lines[l].nwords; i++) {
        DocWord *w = &p->blocks[b].lines[l].words[i];
        const char *t = w->text;
        if (!w->has_box || t[0] != 'J' || !t[1] || !strchr("aeiouynmrs", t[1])) continue;
        int cols[1024], g0, g1;
        int n = ocr_image_columns(img, &w->box, cols, 1024);
        if (n <= 0 || n >= 1024) continue;
        int x = edge_glyph(cols, n, 1, &g0);
        if (x >= n) continue;
        int y = x;
        while (y < n && cols[y] == 0) y++;
        int z = y < n ? edge_glyph(cols + y, n - y, 1, &g1) + y : n;
        if (y >= n || z >= n || y == x) continue;   /* touching, or no letter after it */
        DocBox first = {w->box.x0 + (float)g0, w->box.y0, w->box.x0 + (float)x, w->box.y1};
        DocBox next = {w->box.x0 + (float)y, w->box.y0, w->box.x0 + (float)z, w->box.y1};
        int f0, f1, n0, n1;
        if (!ocr_image_ink_rows(img, &first, &f0, &f1) || !ocr_image_ink_rows(img, &next, &n0, &n1))
          continue;
        float xh = (float)(n1 - n0 + 1);
        if (xh < 4 || (float)(f1 - n1) < 0.2f * xh) continue;
        /* (and a dot over it: a row of paper between its top and the
         * x-height, where a J's stroke runs on) */
        int dot = 0;
        for (int r = f0 + 1; r < n0 && !dot; r++) {
          DocBox row = {first.x0, (float)r, first.x1, (float)(r + 1)};
          int r0, r1;
          dot = !ocr_image_ink_rows(img, &row, &r0, &r1);
        }
        if (dot) w->text[0] = 'j';
      }
}

/* Does t hold a letter that reaches the cap line: a capital or one of
 * b d f h k l (t stops short of it)? */
static int reaches_cap(const char *t) {
  for (; *t; t++)
    if ((*t >= 'A' && *t <= 'Z') || strchr("bdfhkl", *t)) return 1;
  return 0;
}

/* The cap line (image row) by the other words of word i's line, level
 * with it, that have a letter reaching it or a figure (as tall as a
 * capital in the report faces): the highest ink among them; INT_MAX when
 * there is none. */
static int cap_line(OcrImage *img, const DocLine *ln, size_t i) {
  const DocWord *w = &ln->words[i];
  int top = INT_MAX;
  for (size_t k = 0; k < ln->nwords; k++) {
    const DocWord *o = &ln->words[k];
    int a0, a1;
    if (k != i && o->has_box == 1 && (reaches_cap(o->text) || strpbrk(o->text, "0123456789")) &&
        o->box.y0 < w->box.y1 && o->box.y1 > w->box.y0 &&
        ocr_image_ink_rows(img, &o->box, &a0, &a1) && a0 < top)
      top = a0;
  }
  return top;
}

/* An i whose dot a binarised scan lost, read as a capital ("effekt I
 * verksamheten", 003's 200 dpi pages): a lone "I" whose ink stops at the
 * x-height, measured against the cap line of its line (cap_line), is an
 * i.  (An i's stem is 0.7 of a capital's height in the report faces; a
 * capital I, "Ej uppfyllt I hög grad", is as tall as the h beside it.) */
static void dotless_i(OcrImage *img, DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        /* (Tesseract's box of a stem can be a pixel wide and miss its ink) */
        DocBox stem = {w->box.x0 - 2, w->box.y0, w->box.x1 + 2, w->box.y1};
        int f0, f1;
        if (strcmp(w->text, "I") || w->has_box != 1 ||
            !ocr_image_ink_rows(img, &stem, &f0, &f1))
          continue;
        int top = cap_line(img, ln, i);
        float tall = (float)(f1 - top), glyph = (float)(f1 - f0);
        if (top != INT_MAX && tall > 6 && glyph < 0.85f * tall) w->text[0] = 'i';
      }
    }
}

/* Is a glyph whose ink spans rows f0..f1 a section sign beside a digit
 * spanning g0..g1: level at the top with it, its tail reaching below it
 * (by a sixteenth of the digit's height, an eighth before a group of
 * three digits, at most a half) and a tenth taller (not needed before a
 * group)?  An 8 or a 5 sits on the baseline. */
static int sign_shape(int f0, int f1, int g0, int g1, int group) {
  float h = (float)(g1 - g0), below = (float)f1 - (float)g1, taller = (float)(f1 - f0) - h;
  return h >= 6 && below >= (group ? 0.12f : 0.06f) * h && (group || taller >= 0.1f * h) &&
         below <= 0.5f * h && fabsf((float)(f0 - g0)) <= 0.15f * h;
}

/* w's text becomes "§".  0, or -1 on allocation failure. */
static int set_sign(DocWord *w) {
  char *t = strdup("\u00a7");
  if (!t) return -1;
  free(w->text);
  w->text = t;
  return 0;
}

/* Is t what swe makes of a section sign standing apart: "8", "5", "&"
 * or "$"? */
static int sign_misread(const char *t) {
  return !strcmp(t, "8") || !strcmp(t, "5") || !strcmp(t, "&") || !strcmp(t, "$");
}

/* The glyphs of a box's column counts cols[0..n): runs of inked columns,
 * left to right, their first column in g0 and the column after their
 * last in g1; at most max.  Returns how many. */
static int glyph_runs(const int *cols, int n, int *g0, int *g1, int max) {
  int ng = 0;
  for (int x = 0; x < n && ng < max;) {
    while (x < n && cols[x] == 0) x++;
    if (x >= n) break;
    g0[ng] = x;
    while (x < n && cols[x] > 0) x++;
    g1[ng++] = x;
  }
  return ng;
}

/* A section sign read as the figure 8 ("KF § 164" as "8 164": the swe
 * model reads it so in the report faces; on a turned 9-pt scan also as
 * 5): a lone "8" or "5" before a number,
 * its top level with the number's first digit and its ink reaching below
 * that digit's, as a §'s tail does (an 8 or a 5 sits on the baseline),
 * the sign a tenth taller than the digit or more.  At a line's end (a cell
 * wrapped "(BUN 2025-10-15, §" / "104)") the figure before it is the
 * measure. */
static int section_signs(OcrImage *img, DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        DocWord *n = i + 1 < ln->nwords ? &ln->words[i + 1]
                     : i > 0            ? &ln->words[i - 1]
                                        : NULL;
        if ((strcmp(w->text, "8") && strcmp(w->text, "5")) || !w->has_box || !n || !n->has_box ||
            !isdigit((unsigned char)n->text[0]))
          continue;
        int f0, f1, g0, g1;
        DocBox digit = n->box;
        digit.x1 = fminf(n->box.x1, n->box.x0 + (n->box.y1 - n->box.y0) * 0.5f);
        /* (the glyph's own box may stop above its tail: looked at a
         * little further down, where the line's gap is paper) */
        DocBox sign = w->box;
        sign.y1 += 0.2f * (w->box.y1 - w->box.y0);
        if (!ocr_image_ink_rows(img, &sign, &f0, &f1) || !ocr_image_ink_rows(img, &digit, &g0, &g1))
          continue;
        float gap = n > w ? n->box.x0 - w->box.x1 : w->box.x0 - n->box.x1;
        /* (the tail may reach only two pixels below on a binarised 9-pt
         * scan; then the sign is taller than the digit all the same,
         * which an 8 is not.  Before a group of three digits, "5 403" or
         * "8 164" may be a number with its thousands space: there an 8
         * needs the tail an eighth of the digit's height, and a 5 is a 5) */
        int group = n > w && strlen(n->text) == 3 && isdigit((unsigned char)n->text[0]) &&
                    isdigit((unsigned char)n->text[1]) && isdigit((unsigned char)n->text[2]);
        if (group && w->text[0] == '5') continue;
        if (gap > 1.5f * (float)(g1 - g0) || !sign_shape(f0, f1, g0, g1, group)) continue;
        if (set_sign(w)) return -1;
      }
    }
  return 0;
}

/* Does t start a date's day and its comma: "26," (the date's head
 * "2024-02-" ends the cell's line above) or a whole "2024-02-26," (or
 * "2024-02-26" alone)?  The offset just past the comma (the date), 0 for
 * neither. */
static size_t day_comma(const char *t) {
  size_t k = 0;
  if (isdigit((unsigned char)t[0]) && isdigit((unsigned char)t[1]) && isdigit((unsigned char)t[2]) &&
      isdigit((unsigned char)t[3]) && t[4] == '-' && isdigit((unsigned char)t[5]) &&
      isdigit((unsigned char)t[6]) && t[7] == '-')
    k = 8;
  /* (a month and day: "09-16," when the cell wrapped after the year) */
  if (!k && isdigit((unsigned char)t[0]) && isdigit((unsigned char)t[1]) && t[2] == '-' &&
      isdigit((unsigned char)t[3]) && isdigit((unsigned char)t[4]) && t[5] == ',')
    return 6;
  if (!isdigit((unsigned char)t[k])) return 0;
  k += isdigit((unsigned char)t[k + 1]) ? 2 : 1;
  /* (a whole date needs no comma: "KS 2025-03-11 § 47") */
  return t[k] == ',' ? k + 1 : k == 10 && !t[k] ? k : 0;
}

/* Does test hold for a word of page p (u, word i of its line ln)? */
typedef int (*WordTest)(const DocWord *u, const DocLine *ln, size_t i, const void *ctx);

static int any_word(const DocPage *p, WordTest test, const void *ctx) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      const DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++)
        if (ln->words[i].has_box && test(&ln->words[i], ln, i, ctx)) return 1;
    }
  return 0;
}

typedef struct DateHead {
  const DocWord *w;
  int opens, year_only;
} DateHead;

static int is_date_head(const DocWord *u, const DocLine *up, size_t i, const void *ctx) {
  const DateHead *q = ctx;
  const DocWord *w = q->w;
  float h = w->box.y1 - w->box.y0;
  const char *t = u->text;
  size_t n = strlen(t);
  /* ("2024-02-" before a day, "2025-" before a month and day) */
  if (n < (q->year_only ? 5u : 8u) || t[n - 1] != '-' ||
      (q->year_only ? !isdigit((unsigned char)t[n - 5]) || !isdigit((unsigned char)t[n - 2])
                    : t[n - 4] != '-' || !isdigit((unsigned char)t[n - 2]) ||
                          !isdigit((unsigned char)t[n - 5])))
    return 0;
  return u->box.y1 <= w->box.y0 + 0.3f * h && w->box.y0 - u->box.y1 < 1.5f * h &&
         (fabsf(u->box.x0 - w->box.x0) < 3 * h || (u->box.x0 < w->box.x1 && w->box.x0 < u->box.x1) ||
          (q->opens && i + 1 == up->nwords));
}

/* A date's head ("2024-02-") ending a line just above w, near its left
 * edge or over it (a narrow cell wrapped it), or ending the line before
 * when w opens its own (running text wrapped it): w's day is that
 * date's. */
static int date_head_above(const DocPage *p, const DocWord *w, int opens, int year_only) {
  DateHead q = {w, opens, year_only};
  return any_word(p, is_date_head, &q);
}

static int para_number(const char *t);

static int is_number_below(const DocWord *u, const DocLine *ln, size_t i, const void *ctx) {
  const DocWord *const *dw = ctx, *d = dw[0], *w = dw[1];
  float h = w->box.y1 - w->box.y0;
  (void)ln;
  (void)i;
  return u->box.y0 >= w->box.y1 - 0.3f * h && u->box.y0 - w->box.y1 < 1.5f * h &&
         u->box.x0 > d->box.x0 - h && u->box.x0 < w->box.x1 + h && para_number(u->text);
}

/* Is there a paragraph's number on the line under w, under the day d
 * before it or w itself (the sign ended a wrapped cell's line, "09-16, §"
 * / "184")? */
static int number_below(const DocPage *p, const DocWord *d, const DocWord *w) {
  const DocWord *dw[2] = {d, w};
  return any_word(p, is_number_below, dw);
}

/* Is t a range of paragraphs, "45–46" or "45-46"? */
static int para_range(const char *t) {
  size_t k = 0;
  while (isdigit((unsigned char)t[k])) k++;
  if (k == 0 || k > 4) return 0;
  if (t[k] == '-') k++;
  else if (!strncmp(t + k, "\u2013", 3)) k += 3;
  else return 0;
  return para_number(t + k);
}

static int month_name(const char *t);

/* Is t a month's name and a comma ("december,")? */
static int month_comma(const char *t) {
  char m[16];
  size_t n = strlen(t);
  if (n < 4 || n > sizeof m || t[n - 1] != ',') return 0;
  memcpy(m, t, n - 1);
  m[n - 1] = '\0';
  return month_name(m);
}

/* Is t a month's name, in lower case? */
static int month_name(const char *t) {
  static const char *const M[] = {"januari", "februari", "mars",      "april",   "maj",      "juni",
                                  "juli",    "augusti",  "september", "oktober", "november", "december"};
  for (size_t k = 0; k < sizeof M / sizeof *M; k++)
    if (!strcmp(t, M[k])) return 1;
  return 0;
}

/* Is t a number of one to four digits, a full stop or closing bracket
 * after it or not? */
static int para_number(const char *t) {
  size_t k = 0;
  while (isdigit((unsigned char)t[k])) k++;
  return k >= 1 && k <= 4 && (!t[k] || (strchr(".,);", t[k]) && !t[k + 1]));
}

/* The glyphs of run box b (runs of inked columns, left to right, at most
 * 16) into g0, g1, the box reaching a quarter line lower into *d (a
 * section sign's tail may stop below the box); their count, 0 for none. */
static int run_glyphs(OcrImage *img, DocBox b, DocBox *d, int *g0, int *g1) {
  *d = b;
  d->y1 += 0.25f * (b.y1 - b.y0);
  int cols[1024], n = ocr_image_columns(img, d, cols, 1024);
  if (n <= 0 || n >= 1024) return 0;
  return glyph_runs(cols, n, g0, g1, 16);
}

/* The top and bottom ink rows of glyph k of run_glyphs' box d. */
static int glyph_ink(OcrImage *img, const DocBox *d, const int *g0, const int *g1, int k, int *top,
                     int *bot) {
  DocBox gb = {d->x0 + (float)g0[k], d->y0, d->x0 + (float)g1[k], d->y1};
  return ocr_image_ink_rows(img, &gb, top, bot);
}

/* The ink of run box b as glyphs (runs of inked columns, left to right):
 * is the glyph after the date's day (nday digits) and its comma a
 * section sign, level at the top with the digit after it, reaching
 * below it and taller (as section_signs measures)?  *ndig gets the
 * glyphs after the sign: the paragraph number's digits. */
static int sign_glyph(OcrImage *img, DocBox b, int nday, int *ndig) {
  DocBox d;
  int g0[16], g1[16], ng = run_glyphs(img, b, &d, g0, g1);
  /* day digits, comma, sign, and a digit at least */
  int s = nday + 1;
  if (ng < s + 2 || ng >= 16) return 0;
  int top[16], bot[16];
  for (int k = s; k < ng; k++)
    if (!glyph_ink(img, &d, g0, g1, k, &top[k], &bot[k])) return 0;
  if (!sign_shape(top[s], bot[s], top[s + 1], bot[s + 1], 0)) return 0;
  float h = (float)(bot[s + 1] - top[s + 1]);
  /* (the digits after it sit level with the first) */
  for (int k = s + 2; k < ng; k++)
    if (fabsf((float)(bot[k] - bot[s + 1])) > 0.15f * h) return 0;
  *ndig = ng - s - 1;
  return 1;
}

/* Does t open with a letter, a word of the next cell ("påbörjat" after a
 * wrapped date's sign), not a figure? */
static int cell_word(const char *t) {
  size_t l;
  return uc_is_letter(utf8_decode(t, strlen(t), &l));
}

/* The ink of run box b, a date's day (nday glyphs), its comma and a sign
 * ending the line: is the last glyph a section sign, level at the top
 * with the day's last digit, reaching below it and taller? */
static int sign_glyph_last(OcrImage *img, DocBox b, int nday) {
  DocBox d;
  int g0[16], g1[16], ng = run_glyphs(img, b, &d, g0, g1);
  int s = nday + 1, top[2], bot[2];
  if (ng != s + 1 || !glyph_ink(img, &d, g0, g1, s, &top[0], &bot[0]) ||
      !glyph_ink(img, &d, g0, g1, s - 2, &top[1], &bot[1]))
    return 0;
  return sign_shape(top[0], bot[0], top[1], bot[1], 0);
}

/* Is word s, read as a word of its own ("&", "$"), a section sign before
 * the number in word nw ("133.")?  Told by the glyphs of the two, the
 * number's box less the full stop or comma after it (the mark half a
 * digit wide with its gap): a sign, then as many digits as nw has. */
static int sign_apart(OcrImage *img, const DocWord *s, const DocWord *nw) {
  int nnd = num_digits(nw->text), ndig = 0;
  size_t len = strlen(nw->text);
  if (nnd < 1 || !len) return 0;
  float cut = !isdigit((unsigned char)nw->text[len - 1])
                  ? (nw->box.x1 - nw->box.x0) * 0.4f / ((float)nnd + 0.5f)
                  : 0;
  DocBox g = s->box;
  g.x1 = nw->box.x1 - cut;
  g.y0 = fminf(g.y0, nw->box.y0);
  g.y1 = fmaxf(g.y1, nw->box.y1);
  return sign_glyph(img, g, -1, &ndig) && ndig == nnd;
}

/* Is the glyph in box sg a section sign beside the digit in box dg: level
 * at the top with it, reaching below it and taller (as section_signs
 * measures; the boxes looked at a little further down, where a line's
 * gap is paper)? */
static int sign_beside_digit(OcrImage *img, DocBox dg, DocBox sg) {
  float lh = sg.y1 - sg.y0;
  dg.y1 += 0.2f * lh;
  sg.y1 += 0.2f * lh;
  int f0, f1, g0, g1;
  return ocr_image_ink_rows(img, &sg, &f0, &f1) && ocr_image_ink_rows(img, &dg, &g0, &g1) &&
         sign_shape(f0, f1, g0, g1, 0);
}

/* A paragraph of a law after its chapter ("6 kap. 1 § kommunallagen")
 * whose sign swe read as 8, 5 or & ("1 8"), or glued to the number
 * ("18"), the eng model too in the report faces: told by the glyph, a
 * sign's tail below the digit before it.  0, or -1 on allocation
 * failure. */
static int section_laws(OcrImage *img, DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i + 2 < ln->nwords; i++) {
        if (strcmp(ln->words[i].text, "kap.")) continue;
        DocWord *n1 = &ln->words[i + 1], *n2 = &ln->words[i + 2];
        const char *t1 = n1->text;
        size_t k = 0;
        while (isdigit((unsigned char)t1[k])) k++;
        if (!k || k > 4 || t1[k] || !n1->has_box || !n2->has_box) continue;
        int apart = sign_misread(n2->text);
        /* (glued: the last digit a sign, a law's name after it) */
        int glued = !apart && k >= 2 && (t1[k - 1] == '8' || t1[k - 1] == '5') &&
                    n2->text[0] >= 'a' && n2->text[0] <= 'z';
        if (!apart && !glued) continue;
        float lh = n1->box.y1 - n1->box.y0;
        DocBox dg = n1->box, sg = n2->box;
        if (apart) {
          dg.x0 = fmaxf(n1->box.x0, n1->box.x1 - 0.55f * lh);
        } else {
          /* the glyphs of the number: runs of inked columns */
          int cols[512], n = ocr_image_columns(img, &n1->box, cols, 512), g0[8], g1[8];
          if (n <= 0 || n >= 512 || glyph_runs(cols, n, g0, g1, 8) != (int)k) continue;
          int ng = (int)k;
          dg.x0 = n1->box.x0 + (float)g0[ng - 2];
          dg.x1 = n1->box.x0 + (float)g1[ng - 2];
          sg = n1->box;
          sg.x0 = n1->box.x0 + (float)g0[ng - 1];
          sg.x1 = n1->box.x0 + (float)g1[ng - 1];
        }
        if (!sign_beside_digit(img, dg, sg)) continue;
        if (apart) {
          if (set_sign(n2)) return -1;
        } else {
          /* "18" -> "1" "§" */
          char *nt = malloc(k + 2);
          if (!nt) return -1;
          memcpy(nt, t1, k - 1);
          memcpy(nt + k - 1, "\u00a7", 3);
          nt[k + 1] = '\0';
          float x0 = sg.x0;
          free(n1->text);
          n1->text = nt;
          if (doc_word_split(ln, i + 1, k - 1, x0 - 1, x0)) return -1;
        }
      }
    }
  return 0;
}

/* The first word on the line under date word d that stands under it (the
 * cell's next line, left or right aligned): its line in *out, its index
 * in *at.  0 for none. */
static int word_under(DocPage *p, const DocWord *d, DocLine **out, size_t *at) {
  float h = d->box.y1 - d->box.y0;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        const DocWord *u = &ln->words[i];
        if (u->has_box && u->box.y0 >= d->box.y1 - 0.3f * h && u->box.y0 - d->box.y1 < 1.5f * h &&
            u->box.x0 < d->box.x1 && d->box.x0 < u->box.x1) {
          *out = ln;
          *at = i;
          return 1;
        }
      }
    }
  return 0;
}

/* A section sign opening the cell's line under a date that ended its
 * own (d): "&" "176" apart, or glued, "819" for "§ 19", told by the
 * glyphs (a sign, then the number's digits).  1 when it was mended, 0
 * when not, -1 on allocation failure. */
static int sign_under(OcrImage *img, DocPage *p, const DocWord *d) {
  DocLine *ln;
  size_t i;
  if (!word_under(p, d, &ln, &i)) return 0;
  DocWord *u = &ln->words[i];
  if (sign_misread(u->text)) {
    if (i + 1 >= ln->nwords || !ln->words[i + 1].has_box || !para_number(ln->words[i + 1].text) ||
        !sign_apart(img, u, &ln->words[i + 1]))
      return 0;
    return set_sign(u) ? -1 : 1;
  }
  /* glued: "819", the sign's glyph and then as many digits as follow it */
  const char *t = u->text;
  int nd = num_digits(t), ndig = 0;
  if ((t[0] != '8' && t[0] != '5') || nd < 2 || nd > 4 || !para_number(t) ||
      !sign_glyph(img, u->box, -1, &ndig) || ndig != nd - 1)
    return 0;
  char nt[16];
  snprintf(nt, sizeof nt, "\u00a7%s", t + 1);
  float unit = (u->box.x1 - u->box.x0) / (float)nd, x = u->box.x0 + unit;
  char *c = strdup(nt);
  if (!c) return -1;
  free(u->text);
  u->text = c;
  return doc_word_split(ln, i, 2, x - 0.25f * unit, x) ? -1 : 1;
}

/* A decision's paragraph after its date ("KF 2024-02-26, § 18") whose
 * section sign the swe model misread in the report faces: glued to the
 * number ("818" for "§ 18"), to the comma ("21,84", "17,8" "88"), read as
 * "&", or doubled ("§" "847" for "§ 47").  After a date's day and its
 * comma (the date whole, or its head ending the line above, as a narrow
 * cell wraps it), such a run is read again by the eng model, which knows
 * the sign, and its reading taken when it is that day, a § and a
 * number.  (A decimal "19,4" has no date above it.) */
static int section_refs(OcrEngine *eng, OcrImage *img, DocPage *p) {
  int set = 0, err = 0;
  for (size_t b = 0; b < p->nblocks && !err; b++)
    for (size_t l = 0; l < p->blocks[b].nlines && !err; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords && !err; i++) {
        DocWord *w = &ln->words[i];
        size_t dc = day_comma(w->text);
        /* (or a year with its comma after a month's name: "23 september
         * 2025, § 96") */
        int year = !dc && i > 0 && month_name(ln->words[i - 1].text) && isdigit((unsigned char)w->text[0]) &&
                   isdigit((unsigned char)w->text[1]) && isdigit((unsigned char)w->text[2]) &&
                   isdigit((unsigned char)w->text[3]) && w->text[4] == ',';
        if (year) dc = 5;
        /* (or a month's name after its day: "8 december, § 133") */
        size_t wl = strlen(w->text);
        int month = !dc && i > 0 && wl > 1 && w->text[wl - 1] == ',' &&
                    para_number(ln->words[i - 1].text) && strlen(ln->words[i - 1].text) <= 2 &&
                    month_comma(w->text);
        if (month) dc = wl;
        if (!dc || !w->has_box || (dc < 8 && !year && !month && !date_head_above(p, w, i == 0, dc == 6)))
          continue;
        const char *rest = w->text + dc;
        const DocWord *n1 = i + 1 < ln->nwords ? &ln->words[i + 1] : NULL;
        const DocWord *n2 = i + 2 < ln->nwords ? &ln->words[i + 2] : NULL;
        /* ("§§ 45–46", two paragraphs, read "88": eng's reading of the
         * pair) */
        if (!*rest && n1 && n2 && n1->has_box && (!strcmp(n1->text, "88") || !strcmp(n1->text, "&&")) &&
            (para_number(n2->text) || para_range(n2->text))) {
          char *t = eng_read_box(eng, img, &set, n1->box);
          if (t && !strcmp(t, "\u00a7\u00a7")) {
            free(ln->words[i + 1].text);
            ln->words[i + 1].text = t;
            t = NULL;
          }
          free(t);
          continue;
        }
        /* (a table's cell wrapped after the date: the sign opens the
         * cell's next line, under the date, apart or glued to its number:
         * "KF 2024-11-25," / "& 176", "KS 2026-02-10," / "819") */
        float dh = w->box.y1 - w->box.y0;
        if (!*rest && dc >= 10 && (!n1 || n1->box.x0 - w->box.x1 > 2 * dh)) {
          int r = sign_under(img, p, w);
          if (r < 0) err = -1;
          if (r) continue;
        }
        /* (the date ends its line, the sign opens the next: "februari
         * 2027," / "& 9, diarienummer"; the glyphs tell) */
        DocLine *nx = l + 1 < p->blocks[b].nlines ? &p->blocks[b].lines[l + 1]
                      : b + 1 < p->nblocks && p->blocks[b + 1].nlines ? &p->blocks[b + 1].lines[0]
                                                                       : NULL;
        if (!*rest && !n1 && nx) {
          if (nx->nwords >= 2 && nx->words[0].has_box && nx->words[1].has_box &&
              sign_misread(nx->words[0].text) && para_number(nx->words[1].text) &&
              sign_apart(img, &nx->words[0], &nx->words[1]) && set_sign(&nx->words[0]))
            err = -1;
          continue;
        }
        size_t j = i;   /* the run's last word */
        int wrapped = 0;   /* the sign ends the line, its number under it */
        if (*rest) {    /* "21,84", "17,8" "88" */
          if ((*rest != '8' && *rest != '5') || !para_number(rest)) continue;
          if (n1 && n1->has_box && para_number(n1->text) && strlen(rest) <= 2) j = i + 1;
        } else if (n1 && n1->has_box && para_number(n1->text) && (n1->text[0] == '8' || n1->text[0] == '5') &&
                   strlen(n1->text) >= 2) {
          j = i + 1;    /* "818" */
        } else if (n1 && n1->has_box &&
                   (!n2 || n2->box.x0 - n1->box.x1 > 2 * (n1->box.y1 - n1->box.y0) ||
                    (cell_word(n2->text) && n2->box.x0 - n1->box.x1 > 1.2f * (n1->box.y1 - n1->box.y0))) &&
                   sign_misread(n1->text) && number_below(p, w, n1)) {
          j = i + 1;    /* "09-16, 8" / "184" */
          wrapped = 1;
        } else if (n1 && n2 && n1->has_box && n2->has_box && para_number(n2->text) &&
                   (sign_misread(n1->text) || (!strcmp(n1->text, "\u00a7") && n2->conf < 60))) {
          j = i + 2;    /* "8" "201", "&" "201", "§" "847" */
        } else {
          continue;
        }
        DocBox box = w->box;
        for (size_t k = i + 1; k <= j; k++) {
          const DocBox *o = &ln->words[k].box;
          box.x1 = fmaxf(box.x1, o->x1);
          box.y0 = fminf(box.y0, o->y0);
          box.y1 = fmaxf(box.y1, o->y1);
        }
        char *t = eng_read_box(eng, img, &set, box);
        if (!t) continue;
        /* eng's reading, spaces out: the day as swe read it, ",§", digits */
        char flat[64];
        size_t f = 0;
        for (const char *c = t; *c && f + 1 < sizeof flat; c++)
          if (*c != ' ' && *c != '\n') flat[f++] = *c;
        flat[f] = '\0';
        free(t);
        const char *sec = strstr(flat, "\u00a7");
        if (wrapped) {
          /* (eng read the sign as swe did: the glyph against the day's
           * last digit tells) */
          if (((sec && (size_t)(sec - flat) == dc && !strncmp(flat, w->text, dc) && !sec[2]) ||
               (dc == 6 && sign_glyph_last(img, box, (int)dc - 1))) &&
              set_sign(&ln->words[i + 1]))
            err = -1;
          continue;
        }
        if (!sec || (size_t)(sec - flat) != dc || strncmp(flat, w->text, dc) ||
            !para_number(sec + 2)) {
          /* eng misread it too ("26,818"): the glyphs tell, the number
           * being the last digits swe read, as many as stand after the
           * sign.  (The date's day alone: a whole date's head is no
           * glyph count to trust.) */
          char digits[32];
          size_t nd = 0;
          int ndig = 0;
          for (size_t k = i; k <= j; k++)
            for (const char *c = k == i ? rest : ln->words[k].text; *c && nd + 1 < sizeof digits; c++)
              if (isdigit((unsigned char)*c)) digits[nd++] = *c;
          digits[nd] = '\0';
          /* (a sign read "&" or "$" apart, "&" "133.", is told by its
           * own glyphs and the number's after it, whatever the date before
           * it: "8 december,"; the number is that word's.  A "§" or "8"
           * read apart may have a second sign glued to the number, "§"
           * "847": the count above, the digits less the sign) */
          const char *s1 = j == i + 2 ? ln->words[i + 1].text : "";
          int apart = !strcmp(s1, "&") || !strcmp(s1, "$");
          if (apart ? !sign_apart(img, &ln->words[i + 1], &ln->words[j])
                    : (dc > 6 && !year) || !sign_glyph(img, box, (int)dc - 1, &ndig) || ndig < 1 ||
                          ndig > 4 || (size_t)ndig >= nd)
            continue;
          if (apart) ndig = num_digits(ln->words[j].text);
          /* (the number's full stop or comma kept: "§ 6.") */
          const char *last = ln->words[j].text, *mark = last + strlen(last);
          while (mark > last && !isdigit((unsigned char)mark[-1])) mark--;
          snprintf(flat, sizeof flat, "%.*s\u00a7%s%s", (int)dc, w->text, digits + nd - (size_t)ndig,
                   mark);
          sec = flat + dc;
        }
        /* the run becomes the day, "§" and the number, their boxes cut
         * from the run's in proportion to their characters */
        char joined[64];
        snprintf(joined, sizeof joined, "%.*s%s", (int)dc, w->text, sec);
        char *nt = strdup(joined);
        if (!nt) {
          err = -1;
          break;
        }
        float conf = w->conf;
        for (size_t k = j; k > i; k--) {
          if (ln->words[k].conf < conf) conf = ln->words[k].conf;
          doc_line_remove(ln, k);
        }
        w = &ln->words[i];
        free(w->text);
        w->text = nt;
        w->box = box;
        w->conf = conf;
        size_t cps = dc + 1 + strlen(sec + 2);
        float unit = (box.x1 - box.x0) / (float)(cps + 1);   /* (one space) */
        float x_day = box.x0 + unit * (float)dc, x_num = x_day + unit * 2;
        if (doc_word_split(ln, i, dc, x_day, x_day + unit * 0.5f) ||
            doc_word_split(ln, i + 1, 2, x_day + unit * 1.5f, x_num)) {
          err = -1;
          break;
        }
        i += 2;
      }
    }
  if (set) TessBaseAPIClear(eng->pct);
  return err;
}

/* A capital I read as a small i ("inventarier" heading a table row,
 * "ingen" opening a cell), told by the glyph: an i's dot stands apart
 * from its stem (two rows of paper or more between them, at 300 dpi and
 * on 200 dpi scans alike), a capital I is one stroke from the cap line to
 * the baseline, as tall as the capitals and ascenders of its line.  (A
 * stem that lost its dot stops at the x-height: not taken.)  Only a narrow
 * first glyph standing alone, so no touching neighbour fills the gap. */
void ocr_engine_capital_i(OcrImage *img, DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        const char *t = w->text;
        if (w->has_box != 1 || t[0] != 'i') continue;
        for (t++; *t >= 'a' && *t <= 'z'; t++) {}
        if (*t && !strchr(".,:;", *t)) continue;   /* (å, ä, ö in UTF-8 end the loop) */
        /* (Tesseract's box of a lone stem can be a pixel wide and miss
         * its ink; a little above it, it may clip the dot) */
        DocBox wb = {w->box.x0 - 2, w->box.y0, w->text[1] ? w->box.x1 : w->box.x1 + 2, w->box.y1};
        /* (not into the word before: "med" ends where 003's "i" begins,
         * and its d's stem, one stroke, made the i a capital) */
        if (i > 0 && ln->words[i - 1].has_box == 1 && ln->words[i - 1].box.x1 > wb.x0 &&
            ln->words[i - 1].box.x1 <= w->box.x0)
          wb.x0 = ln->words[i - 1].box.x1 + 1;
        int cols[1024], g0;
        int n = ocr_image_columns(img, &wb, cols, 1024);
        if (n <= 0 || n >= 1024) continue;
        int x = edge_glyph(cols, n, 1, &g0);
        if (x >= n || x - g0 < 2) continue;   /* touches the next glyph; a speck */
        DocBox gb = {wb.x0 + (float)g0, w->box.y0 - 3, wb.x0 + (float)x, w->box.y1};
        int rows[512], nr = ocr_image_rows(img, &gb, rows, 512), f0 = -1, f1 = -1, gap = 0;
        for (int y = 0; y < nr; y++)
          if (rows[y]) {
            if (f0 < 0) f0 = y;
            f1 = y;
          }
        if (f0 < 0) continue;
        for (int y = f0; y <= f1; y++) gap += rows[y] == 0;
        int top = cap_line(img, ln, i);
        /* a word alone on its line ("identifierad risk" heading a table
         * column, read at 0): the rest of the word, by its own letters
         * that reach the cap line */
        int a0, a1;
        DocBox rest = {wb.x0 + (float)x, w->box.y0, w->box.x1, w->box.y1};
        if (top == INT_MAX && reaches_cap(w->text + 1) && rest.x1 > rest.x0 &&
            ocr_image_ink_rows(img, &rest, &a0, &a1))
          top = a0;
        if (top == INT_MAX) continue;
        float glyph = (float)(f1 - f0 + 1), tall = (float)((int)gb.y0 + f1 - top + 1);
        if (gap == 0 && tall > 6 && glyph >= 0.8f * tall && (float)(x - g0) <= 0.35f * glyph)
          w->text[0] = 'I';
      }
    }
}

/* Is byte c part of a letter: an ASCII one or a byte of a UTF-8 one
 * ("å-", "-ö")? */
static int letter_byte(unsigned char c) { return isalpha(c) || c >= 0x80; }

/* The median height of the glyphs g0..g1 of a word (heights h[]) that are
 * no dash (flat[]) and no mark under 0.4 of the tallest: the x-height in a
 * word of small letters. */
static int median_glyph(const int *h, const int *flat, int ng, int tallest) {
  int hs[64], nh = 0;
  for (int g = 0; g < ng; g++)
    if (!flat[g] && h[g] * 10 >= 4 * tallest) {
      int k = nh++;
      for (; k > 0 && hs[k - 1] > h[g]; k--) hs[k] = hs[k - 1];
      hs[k] = h[g];
    }
  return nh ? hs[nh / 2] : 0;
}

/* A dash that touches the figure after or before it ("30–49": the 4's
 * bar meets it) is one run of ink with that figure: in a word of figures
 * and one dash whose runs are its figures, the flat columns (under a
 * quarter of the tallest glyph) at the touching edge of that figure's
 * run become a run of their own.  g0/g1 (columns), gt/gb (rows) and *ng
 * are en_dashes' runs; top/bot its column spans. */
static void peel_dash(const char *t, const int *top, const int *bot, int *g0, int *g1, int *gt,
                      int *gb, int *ng, int tallest) {
  const char *m = strchr(t, '-');
  int before = 0, digits = 0;
  for (const char *c = t; *c; c++) {
    digits += isdigit((unsigned char)*c) != 0;
    before += c < m && isdigit((unsigned char)*c);
  }
  if (m == t || !isdigit((unsigned char)m[-1]) || !isdigit((unsigned char)m[1]) ||
      digits != *ng || before == 0)
    return;
  for (int g = before - 1; g <= before; g++) {   /* the figure before, then after */
    int lead = g == before, x0 = g0[g], x1 = g1[g], x = lead ? x0 : x1 - 1, c = 0;
    while (x >= x0 && x < x1 && (bot[x] - top[x] + 1) * 4 < tallest) x += lead ? 1 : -1, c++;
    if (c < 2 || c >= x1 - x0 - 1) continue;
    for (int k = *ng; k > g; k--)   /* room for the dash's run */
      g0[k] = g0[k - 1], g1[k] = g1[k - 1], gt[k] = gt[k - 1], gb[k] = gb[k - 1];
    (*ng)++;
    int d = lead ? g : g + 1, f = lead ? g + 1 : g;   /* dash's run, figure's run */
    g0[d] = lead ? x0 : x1 - c, g1[d] = lead ? x0 + c : x1;
    g0[f] = lead ? x0 + c : x0, g1[f] = lead ? x1 : x1 - c;
    for (int r = 0; r < 2; r++) {   /* both runs' extents */
      int q = r ? f : d;
      gt[q] = INT_MAX, gb[q] = -1;
      for (int x = g0[q]; x < g1[q]; x++) {
        if (top[x] >= 0 && top[x] < gt[q]) gt[q] = top[x];
        if (bot[x] > gb[q]) gb[q] = bot[x];
      }
    }
    return;
  }
}

/* Length of a dash opening t ("-", "–", "−"), or 0. */
static size_t dash_len(const char *t) {
  if (t[0] == '-') return 1;
  if (!strncmp(t, "\xe2\x80\x93", 3) || !strncmp(t, "\xe2\x88\x92", 3)) return 3;
  return 0;
}

/* Length of any dash opening t, the em dash (—) too, or 0: what
 * Tesseract reads for a long minus. */
static size_t long_dash_len(const char *t) {
  size_t d = dash_len(t);
  return d ? d : !strncmp(t, "\xe2\x80\x94", 3) ? 3 : 0;
}

/* Two dashes between figures ("6—-12": the swe model reads some en
 * dashes as an em dash and a hyphen) or letters ("jan—–aug") as one
 * hyphen in out (cap bytes),
 * for en_dashes to measure: 1 when t had such a pair, else 0.  The ink
 * decides: en_dashes keeps the word as read unless it shows one mark. */
static int one_range_dash(const char *t, char *out, size_t cap) {
  size_t o = 0;
  int merged = 0;
  for (size_t k = 0; t[k]; ) {
    size_t a = long_dash_len(t + k), b = a ? long_dash_len(t + k + a) : 0;
    unsigned char before = k > 0 ? (unsigned char)t[k - 1] : 0, after = (unsigned char)t[k + a + b];
    if (a && b && ((isdigit(before) && isdigit(after)) || (isalpha(before) && isalpha(after)))) {
      if (o + 1 >= cap) return 0;
      out[o++] = '-';
      k += a + b;
      merged = 1;
      continue;
    }
    if (o + 1 >= cap) return 0;
    out[o++] = t[k++];
  }
  out[o] = 0;
  return merged;
}

/* The width of the one run of flat columns (ink under a quarter of the
 * tallest glyph, at least 0.3 of the x-height xh long) inside the word's
 * ink [x0, x1), with its ink at mid x-height (not an n's arch nor an r's
 * arm): a dash that touches a letter beside it.  0 when there is none or more than one
 * (top/bot: en_dashes' column spans, n columns). */
static int touching_dash(const int *top, const int *bot, int n, int tallest, int xh, int x0,
                         int x1) {
  if (xh <= 0 || x0 < 0 || x1 > n) return 0;
  int base = -1;   /* the baseline: the lowest ink of the x-height glyphs */
  for (int x = x0; x < x1; x++)
    if (top[x] >= 0 && bot[x] - top[x] + 1 >= xh * 3 / 4 && bot[x] - top[x] + 1 <= xh * 5 / 4 &&
        bot[x] > base)
      base = bot[x];
  if (base < 0) return 0;
  int found = 0, width = 0;
  for (int x = x0 + 1; x < x1 - 1;) {
    if (top[x] < 0 || (bot[x] - top[x] + 1) * 4 >= tallest) {
      x++;
      continue;
    }
    int s = x;
    while (x < x1 - 1 && top[x] >= 0 && (bot[x] - top[x] + 1) * 4 < tallest) x++;
    if (x >= x1 - 1) continue;                                     /* the word's last glyph */
    if ((x - s) * 10 < xh * 3) continue;                           /* a join of two letters */
    int mid = (top[s + (x - s) / 2] + bot[s + (x - s) / 2]) / 2;
    if (mid < base - xh * 3 / 4 || mid > base - xh / 4) return 0;  /* an arm, a foot */
    if (found++) return 0;
    width = x - s;
  }
  return found == 1 ? width : 0;
}

/* A range set with an en dash, which Tesseract reads as a hyphen: of
 * figures ("2021–2035", "1–14"), where the dash's ink is 0.55 of the
 * figures' height or more (an en dash 0.78 in the report faces, a hyphen
 * 0.35; an ISO date's "2021-10-05" stays), or of words ("jan–aug",
 * "januari–augusti"), where it is 0.7 of the word's median glyph, its
 * x-height, or more (measured on six cases' scans and rough pages: en
 * dashes 0.82-0.95, hyphens 0.17-0.59, "e-post", "IT-stöd",
 * "januari-mars").  Glyphs are told apart by the paper between them; a
 * word whose marks do not match its text's dashes one to one is left
 * alone.  0, or -1 when out of memory. */
static int en_dashes(OcrImage *img, DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        char one[256];
        int merged = one_range_dash(w->text, one, sizeof one);
        const char *t = merged ? one : w->text;
        size_t len = strlen(t), ndash = 0, nrange = 0;
        for (size_t k = 0; k < len; k++)
          if (t[k] == '-') {
            ndash++;
            nrange += k > 0 && ((isdigit((unsigned char)t[k - 1]) && isdigit((unsigned char)t[k + 1])) ||
                                (letter_byte((unsigned char)t[k - 1]) &&
                                 letter_byte((unsigned char)t[k + 1])));
          }
        if (w->has_box != 1 || nrange == 0 || ndash > 4 || len > 60) continue;
        int top[1024], bot[1024];
        int n = ocr_image_column_spans(img, &w->box, top, bot, 1024);
        if (n <= 0 || n >= 1024) continue;
        /* glyphs: runs of inked columns, their extent */
        int g0[64], g1[64], gt[64], gb[64], ng = 0;
        for (int x = 0; x < n && ng < 64;) {
          if (top[x] < 0) {
            x++;
            continue;
          }
          g0[ng] = x, gt[ng] = top[x], gb[ng] = bot[x];
          for (; x < n && top[x] >= 0; x++) {
            if (top[x] < gt[ng]) gt[ng] = top[x];
            if (bot[x] > gb[ng]) gb[ng] = bot[x];
          }
          g1[ng++] = x;
        }
        int tallest = 0;
        for (int g = 0; g < ng; g++)
          if (gb[g] - gt[g] + 1 > tallest) tallest = gb[g] - gt[g] + 1;
        /* dashes: flat glyphs (under a quarter of the tallest) inside the word */
        if (ndash == 1 && ng < 63) peel_dash(t, top, bot, g0, g1, gt, gb, &ng, tallest);
        int dash[8], nd = 0, flat[64] = {0}, h[64];
        for (int g = 0; g < ng; g++) h[g] = gb[g] - gt[g] + 1;
        for (int g = 1; g + 1 < ng; g++)
          if (h[g] * 4 < tallest && nd < 8) flat[g] = 1, dash[nd++] = g;
        int xh = median_glyph(h, flat, ng, tallest), touching = -1;
        if ((size_t)nd != ndash) {
          /* (a dash of a word set bold touches its letters: one run of
           * flat columns inside a run of ink, at mid x-height, measured
           * alone: "jan–apr") */
          if (ndash != 1 || nd != 0 || ng == 0 ||
              !(touching = touching_dash(top, bot, n, tallest, xh, g0[0], g1[ng - 1])))
            continue;
        }
        char out[256];
        size_t o = 0;
        int d = 0, changed = merged;
        for (size_t k = 0; k < len && o + 4 < sizeof out; k++) {
          if (t[k] != '-') {
            out[o++] = t[k];
            continue;
          }
          int g = touching > 0 ? 0 : dash[d++];
          float wide = touching > 0 ? (float)touching : (float)(g1[g] - g0[g]);
          int fig = touching > 0 ? tallest : h[g - 1] > h[g + 1] ? h[g - 1] : h[g + 1];
          int figures = k > 0 && isdigit((unsigned char)t[k - 1]) && isdigit((unsigned char)t[k + 1]);
          int words = k > 0 && letter_byte((unsigned char)t[k - 1]) &&
                      letter_byte((unsigned char)t[k + 1]);
          if ((figures && wide >= 0.55f * (float)fig) || (words && xh > 0 && wide >= 0.7f * (float)xh)) {
            memcpy(out + o, "\xe2\x80\x93", 3);
            o += 3;
            changed = 1;
          } else {
            out[o++] = '-';
          }
        }
        out[o] = 0;
        if (changed && doc_word_set(w, out)) return -1;
      }
    }
  return 0;
}

/* A figure and its percent sign, or a dash and what follows, that
 * Tesseract read as one word though a space stands between them ("6,1 %"
 * read "6,1%", a cell's "- HR" read "-HR"): split where the ink shows a
 * gap of 0.3 of the word's height or more.  (Measured on 300 and 200 dpi
 * scans of 9 pt type: 0.39-0.56 with a space, 0.05-0.19 without.)  0, or
 * -1 on allocation failure. */
static int split_set_apart(OcrImage *img, DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        size_t n = strlen(w->text), d = dash_len(w->text);
        int pct = n >= 2 && w->text[n - 1] == '%' && isdigit((unsigned char)w->text[n - 2]);
        /* (and a list item's bullet read as a guillemet into its line's
         * first word: "«Inköp") */
        if (!d && i == 0 && n > 3 && (!strncmp(w->text, "\u00ab", 2) || !strncmp(w->text, "\u00bb", 2)))
          d = 2;
        if (!w->has_box || (!pct && !(d && n > d))) continue;
        float at = 0, h = w->box.y1 - w->box.y0;
        int g = glyph_gap(img, &w->box, pct, &at);
        if (h <= 0 || (float)g < 0.3f * h) continue;
        if (doc_word_split(ln, i, pct ? n - 1 : d, at, at + (float)g)) return -1;
        i++;
      }
    }
  return 0;
}

/* Advance width of character c in hundredths of an em, as in the sans
 * faces of reports (Arial, Liberation Sans, Helvetica); 56 for others. */
static int advance(uint32_t c) {
  static const unsigned char lower[26] = {56, 56, 50, 56, 56, 28, 56, 56, 22, 22, 50, 22, 83,
                                          56, 56, 56, 56, 33, 50, 28, 56, 50, 72, 50, 50, 50};
  static const unsigned char upper[26] = {67, 67, 72, 72, 67, 61, 78, 72, 28, 50, 67, 56, 83,
                                          72, 78, 67, 78, 72, 67, 61, 72, 67, 94, 67, 67, 61};
  if (c >= 'a' && c <= 'z') return lower[c - 'a'];
  if (c >= 'A' && c <= 'Z') return upper[c - 'A'];
  if (c == '-') return 33;
  if (c == 0xC5 || c == 0xC4) return 67;   /* Å Ä */
  if (c == 0xD6) return 78;                /* Ö */
  return 56;
}

/* A space Tesseract did not see ("Utfalljan-aug" for "Utfall jan–aug" in
 * a header set tight): a word of letters whose widest gap in the ink is a
 * space is two words, cut there.  A space is 0.25 of the word's height or
 * more and at least 2.5 times any other gap between its glyphs (letters
 * stand 1-4 pixels apart at 300 dpi, a tight space 10-14).  Where the cut
 * falls in the text: the runs of ink are matched to the characters, a run
 * standing for one character or for two touching ones ("tf"), by their
 * widths against the face's advance widths (the cheapest match, by
 * dynamic programming); the characters of the runs left of the gap are
 * the first word.  0, or -1 on allocation failure. */
static int split_lost_spaces(OcrImage *img, DocPage *p) {
  enum { MAXR = 48 };
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        uint32_t cp[MAXR + 1];
        size_t off[MAXR + 1], nc = 0, bytes = strlen(w->text), len;
        int letters = 1;
        for (size_t k = 0; k < bytes && nc <= MAXR; k += len) {
          cp[nc] = utf8_decode(w->text + k, bytes - k, &len);
          off[nc++] = k;
          letters &= uc_is_letter(cp[nc - 1]) || cp[nc - 1] == '-';
        }
        if (!w->has_box || nc < 5 || nc > MAXR || !letters) continue;
        off[nc] = bytes;
        int cols[1024], x0[MAXR + 1], x1[MAXR + 1], nr = 0;
        int n = ocr_image_columns(img, &w->box, cols, 1024);
        if (n <= 0 || n >= 1024) continue;
        for (int x = 0; x < n && nr <= MAXR; x++) {
          if (cols[x] > 0 && (x == 0 || cols[x - 1] == 0)) x0[nr] = x;
          if (cols[x] > 0 && (x + 1 == n || cols[x + 1] == 0)) x1[nr++] = x + 1;
        }
        /* each run one or two characters */
        if (nr < 2 || nr > (int)nc || 2 * nr < (int)nc) continue;
        int best = 0, second = 0, at = 0;
        for (int r = 1; r < nr; r++) {
          int g = x0[r] - x1[r - 1];
          if (g > best) {
            second = best;
            best = g;
            at = r;
          } else if (g > second) {
            second = g;
          }
        }
        float h = w->box.y1 - w->box.y0;
        if (h <= 0 || (float)best < 0.25f * h || best < 2.5f * (float)(second > 1 ? second : 1))
          continue;
        float ink = 0, adv = 0;
        for (int r = 0; r < nr; r++) ink += (float)(x1[r] - x0[r]);
        for (size_t c = 0; c < nc; c++) adv += (float)advance(cp[c]);
        float scale = ink / adv;
        /* cost[r][c]: runs 0..r-1 matched to characters 0..c-1 */
        float cost[MAXR + 1][MAXR + 1];
        unsigned char two[MAXR + 1][MAXR + 1];
        for (int r = 0; r <= nr; r++)
          for (size_t c = 0; c <= nc; c++) cost[r][c] = 1e30f;
        cost[0][0] = 0;
        for (int r = 1; r <= nr; r++)
          for (size_t c = 1; c <= nc; c++)
            for (int k = 1; k <= 2 && (size_t)k <= c; k++) {
              float want = (float)advance(cp[c - 1]) + (k == 2 ? (float)advance(cp[c - 2]) : 0);
              float d = cost[r - 1][c - (size_t)k] +
                        fabsf((float)(x1[r - 1] - x0[r - 1]) - scale * want);
              if (d < cost[r][c]) {
                cost[r][c] = d;
                two[r][c] = k == 2;
              }
            }
        if (cost[nr][nc] >= 1e29f) continue;
        size_t c = nc;
        for (int r = nr; r > at; r--) c -= two[r][c] ? 2 : 1;
        size_t cut = off[c];   /* characters 0..c-1 are the first word */
        /* (a dash beside the gap is set apart by design: "2022 - 2023") */
        if (c == 0 || c >= nc || cp[c] == '-' || cp[c - 1] == '-') continue;
        float end = w->box.x0 + (float)x1[at - 1], start = w->box.x0 + (float)x0[at];
        if (doc_word_split(ln, i, cut, end, start)) return -1;
        i++;
      }
    }
  return 0;
}

/* Bytes of the sign character at t ("=", "+", "~", "_", ":" or a dash), or
 * 0; *dash set for a dash. */
static size_t sign_char(const char *t, int *dash) {
  size_t d = long_dash_len(t);
  *dash = d > 0;
  if (d) return d;
  return strchr("=+~_:", t[0]) && t[0] ? 1 : 0;
}

/* A figure's minus sign (U+2212, set long) that Tesseract read as a run
 * of marks ("=—-298 740", "+:—-112 300", ":-118 900"): a run of two or
 * more signs before a digit, a dash among them, is one "-". */
static int clean_sign_runs(DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++)
      for (size_t i = 0; i < p->blocks[b].lines[l].nwords; i++) {
        DocWord *w = &p->blocks[b].lines[l].words[i];
        size_t k = 0, n, signs = 0;
        int dash, any = 0;
        while ((n = sign_char(w->text + k, &dash)) > 0) {
          k += n;
          signs++;
          any |= dash;
        }
        if (signs < 2 || !any || !isdigit((unsigned char)w->text[k])) continue;
        char *t = malloc(strlen(w->text + k) + 2);
        if (!t) return -1;
        t[0] = '-';
        strcpy(t + 1, w->text + k);
        free(w->text);
        w->text = t;
      }
  return 0;
}

/* Is word i of ln a dash alone in a table cell, however little Tesseract
 * trusts it (a rough scan's "-" at 0 and 19, 9 px by 3)?  A hyphen or
 * dash, flat, a cell's gap (half a text height med) from the words on
 * either side, in a row with a figure or another such dash. */
static int cell_dash(const DocLine *ln, size_t i, float med) {
  const DocWord *w = &ln->words[i];
  if (med <= 0 || !w->has_box || !utf8_minus_len(w->text) || w->text[utf8_minus_len(w->text)])
    return 0;
  float h = w->box.y1 - w->box.y0, wd = w->box.x1 - w->box.x0;
  if (wd < 1.5f * h || h > 0.2f * med || wd < 0.15f * med || wd > 1.2f * med) return 0;
  if (i > 0 && ln->words[i - 1].has_box && w->box.x0 - ln->words[i - 1].box.x1 < 0.5f * med)
    return 0;
  if (i + 1 < ln->nwords && ln->words[i + 1].has_box &&
      ln->words[i + 1].box.x0 - w->box.x1 < 0.5f * med)
    return 0;
  for (size_t k = 0; k < ln->nwords; k++) {
    const char *t = ln->words[k].text;
    if (k != i && (plain_figure(t) || (utf8_minus_len(t) && !t[utf8_minus_len(t)]))) return 1;
  }
  return 0;
}

void ocr_engine_drop_specks(DocPage *p) {
  float med = median_word_height(p, 20);
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      float hmax = tallest_word(ln);
      for (size_t i = ln->nwords; i-- > 0 && ln->nwords > 1;) {
        const DocWord *w = &ln->words[i];
        if (!w->has_box) continue;
        float h = w->box.y1 - w->box.y0, wd = w->box.x1 - w->box.x0;
        /* marks that are wider than tall wherever they are printed */
        int flat = !strcmp(w->text, "—") || !strcmp(w->text, "–") ||
                   !strcmp(w->text, "-") || !strcmp(w->text, "_") ||
                   !strcmp(w->text, "=") || !strcmp(w->text, "~");
        /* a lone point or colon read with doubt from a speck between two
         * words (a shaded header's "har . . iakttagits"; Tesseract sets a
         * printed one with its word) */
        /* letters, digits and marks beyond ASCII ("«", "’") too small
         * for print; a dash alone in a row of figures is as flat by
         * nature */
        int dash = !strcmp(w->text, "\u2013") || !strcmp(w->text, "\u2014");
        int tiny_kind = has_alnum(w->text) ||
                        (!is_ascii(w->text) && !(dash && line_has_figure(ln)));
        int dot = w->text[0] && !w->text[1] && strchr(".,:;", w->text[0]) &&
                  w->conf < 75 && h < 0.3f * hmax;
        /* an exclamation or question mark alone, as tall as capitals by
         * nature, under half the page's word height: a speck ("ej !
         * uppfyllda" at 86, 11 px high beside words of 31) */
        int tall_mark = (!strcmp(w->text, "!") || !strcmp(w->text, "?")) && w->conf < 90 &&
                        med > 0 && h < 0.5f * med;
        if (cell_dash(ln, i, med)) continue;
        if (dot || tall_mark || (w->conf < 20 && h < 0.4f * hmax) ||
            (tiny_kind && w->conf < 70 && med > 0 && h < 0.25f * med) ||
            (flat && w->conf < 90 && h > 1.5f * wd) || read_twice(p, b, l, i, med))
          doc_line_remove(ln, i);
      }
    }
}

/* Ink density of line l: dark pixels over the area of its word boxes. */
static double line_ink(OcrImage *img, const DocLine *l) {
  long ink = 0, area = 0;
  for (size_t i = 0; i < l->nwords; i++) {
    long a = 0;
    if (!l->words[i].has_box) continue;
    ink += ocr_image_ink(img, &l->words[i].box, &a);
    area += a;
  }
  return area > 0 ? (double)ink / area : 0;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* The height of ln's capitals and ascenders: the most any of its words
 * with a baseline rises above it (0 when none has one).  Unlike the line's
 * box it does not depend on whether the line has descenders. */
static float line_ascent(const DocLine *ln) {
  float a = 0;
  for (size_t w = 0; w < ln->nwords; w++) {
    const DocWord *x = &ln->words[w];
    if (x->has_box && x->base > 0 && x->base - x->box.y0 > a) a = x->base - x->box.y0;
  }
  return a;
}

/* Mark short paragraphs set in bold as headings (level 3; ocr_layout_page
 * gives taller ones level 1 or 2): their ink density is at least 1.35 times
 * the median of the page's lines of 4+ words.  Measured on report scans:
 * body 0.30, bold headings 0.42-0.45, regular sans in tables 0.36-0.40.
 * A heading set a little larger than the text and bold in a lighter face
 * (13 pt bold sans over 11 pt serif: ink 1.06-1.3 times the text's) has
 * capitals 1.13-1.5 times as tall as the text's lines of 5+ words (their
 * median); a paragraph or table row 0.94-1.06: at least 1.05 times the ink
 * and 1.12 times the capitals make a heading too, and capitals 1.2 times
 * as tall with 0.95 times the ink (the empty lower half of a descender's
 * box thins a one-word heading's ink: "Investeringar" 1.03). */
int ocr_bold_heading(double ink, double ascent, size_t words, int stop) {
  if (ink >= 1.35) return 1;
  if (ascent <= 0 || words > 10 || stop) return 0;
  return (ink >= 1.05 && ascent >= 1.12) || (ink >= 0.95 && ascent >= 1.2);
}

/* Does a sentence end inside b: a word of four characters or more ending
 * in a full stop before a capitalised word ("2017. Björn Järbur", where
 * a paragraph and a signature share a block; not "Bilaga 1. Ekonomisk")? */
static int inner_stop(const DocBlock *b) {
  const DocWord *prev = NULL;
  for (size_t l = 0; l < b->nlines; l++)
    for (size_t w = 0; w < b->lines[l].nwords; w++) {
      const DocWord *x = &b->lines[l].words[w];
      size_t n = prev ? strlen(prev->text) : 0, len;
      if (n >= 4 && prev->text[n - 1] == '.' &&
          uc_is_upper(utf8_decode(x->text, strlen(x->text), &len)))
        return 1;
      prev = x;
    }
  return 0;
}

/* Is block b, of one or two lines, a bold heading (ocr_bold_heading of
 * its ink and capitals against the page's median line ink med and
 * ascent asc)? */
static int bold_block(OcrImage *img, const DocBlock *b, double med, double asc) {
  size_t words = 0;
  for (size_t l = 0; l < b->nlines; l++) words += b->lines[l].nwords;
  if (!words || b->nlines > 2 || !ocr_heading_plausible(b)) return 0;
  double ink = 0, ba = 0;
  for (size_t l = 0; l < b->nlines; l++) {
    ink += line_ink(img, &b->lines[l]) / (double)b->nlines;
    ba = fmax(ba, line_ascent(&b->lines[l]));
  }
  return ocr_bold_heading(ink / med, asc > 0 ? ba / asc : 0, words, inner_stop(b));
}

/* Is the first (last 0, 1) line of paragraph block b a bold heading set
 * apart from the rest?  Tesseract gives a one-line heading and the
 * paragraph under it one block, or the last rows of a table and the
 * heading under them.  The line is short, a bold heading by itself
 * (bold_block), and apart from its neighbour in the block by 0.6 of
 * a line's height below it (a paragraph's lines lie about 0.35 apart),
 * by a whole line's height above it (a table's rows about 0.7). */
static int bold_edge_line(OcrImage *img, const DocBlock *b, int last, double med, double asc) {
  if (b->nlines < 2) return 0;
  const DocLine *x = &b->lines[last ? b->nlines - 1 : 0];
  const DocLine *o = &b->lines[last ? b->nlines - 2 : 1];
  if (!x->has_box || !o->has_box || x->nwords == 0 || x->nwords > 8) return 0;
  float h = fmaxf(x->box.y1 - x->box.y0, o->box.y1 - o->box.y0);
  float gap = last ? x->box.y0 - o->box.y1 : o->box.y0 - x->box.y1;
  if (gap < (last ? 1.0f : 0.6f) * h) return 0;
  DocBlock one = *b;   /* (a view of the line alone) */
  one.lines = (DocLine *)x;
  one.nlines = 1;
  return bold_block(img, &one, med, asc);
}

/* Make the first (last 0, 1) line of block bi a heading block of its own
 * before (after) it.  1 when done, 0 when out of memory (the page as it
 * was). */
static int split_edge_line(DocPage *p, size_t bi, int last) {
  DocBlock *h = doc_block_add(p, DOC_HEADING);
  if (!h) return 0;
  DocLine *hl = doc_line_add(h);
  if (!hl) {
    doc_block_remove(p, p->nblocks - 1);
    return 0;
  }
  DocBlock *b = &p->blocks[bi];   /* (after the add: the array may move) */
  if (last) {
    *hl = b->lines[b->nlines - 1];
  } else {
    *hl = b->lines[0];
    memmove(&b->lines[0], &b->lines[1], (b->nlines - 1) * sizeof *b->lines);
  }
  b->nlines--;
  h->level = 3;
  h->box = hl->box;
  h->has_box = hl->has_box;
  b->has_box = 0;
  for (size_t l = 0; l < b->nlines; l++)
    if (b->lines[l].has_box) doc_box_cover(&b->box, &b->has_box, b->lines[l].box);
  block_move_last(p, last ? bi + 1 : bi);
  return 1;
}

static void mark_bold(OcrImage *img, DocPage *p) {
  size_t n = 0;
  for (size_t b = 0; b < p->nblocks; b++) n += p->blocks[b].nlines;
  double *d = malloc((n ? n : 1) * sizeof *d);
  if (!d) return;
  size_t m = 0;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++)
      if (p->blocks[b].lines[l].nwords >= 4)
        d[m++] = line_ink(img, &p->blocks[b].lines[l]);
  /* the text's ascent: the median over lines of 5+ words */
  double asc = 0;
  {
    size_t k = 0;
    double *a = malloc((n ? n : 1) * sizeof *a);
    if (a) {
      for (size_t b = 0; b < p->nblocks; b++)
        for (size_t l = 0; l < p->blocks[b].nlines; l++) {
          float la = p->blocks[b].lines[l].nwords >= 5 ? line_ascent(&p->blocks[b].lines[l]) : 0;
          if (la > 0) a[k++] = la;
        }
      if (k >= 5) {
        qsort(a, k, sizeof *a, cmp_double);
        asc = a[k / 2];
      }
      free(a);
    }
  }
  if (m >= 5) {
    qsort(d, m, sizeof *d, cmp_double);
    double med = d[m / 2];
    for (size_t bi = 0; bi < p->nblocks; bi++) {
      if (p->blocks[bi].kind != DOC_PARA) continue;
      /* the block, or heading lines split off its edges one by one (a
       * letterhead's stacked lines; what is left may be a heading too);
       * headings split off the bottom stand after bi, as headings */
      for (;;) {
        DocBlock *b = &p->blocks[bi];
        if (bold_block(img, b, med, asc)) {
          b->kind = DOC_HEADING;
          b->level = 3;
        } else if (bold_edge_line(img, b, 0, med, asc) && split_edge_line(p, bi, 0)) {
          bi++;
          continue;
        } else if (bold_edge_line(img, b, 1, med, asc) && split_edge_line(p, bi, 1)) {
          continue;
        }
        break;
      }
    }
  }
  free(d);
}

/* ---- percent signs: a second reading of doubtful numbers ------------- */

/* Is t a number as a table cell prints it ("3,496", "-0,1240", "(73)"):
 * up to two signs or brackets, digits with , . or space-free groups?
 * Returns the digit count, or 0. */
static int num_digits(const char *t) {
  int d = 0;
  for (int k = 0; k < 2; k++) {   /* "(", "[", "-", "–", "—", "−" */
    if (*t == '(' || *t == '[' || *t == '-') t++;
    else if (!strncmp(t, "\u2013", 3) || !strncmp(t, "\u2014", 3) ||
             !strncmp(t, "\u2212", 3))
      t += 3;
  }
  for (; *t; t++) {
    if (*t >= '0' && *t <= '9') d++;
    else if (!((*t == ',' || *t == '.') && d) && !((*t == ')' || *t == ']') && !t[1]))
      return 0;
  }
  return d;
}

/* The swe model reads a percent sign of small table type as digits
 * ("3,4%" -> "3,496", "82%" -> "8220", "21%" -> "21240") with low
 * confidence; the eng model reads it as "%".  Given the swe reading s and
 * the eng reading e ("3,4%"), return the swe reading cut after e's digits
 * with "%" put back ("3,4%": swe's own decimal comma and sign kept), or
 * NULL when e is no percentage or its digits do not begin s's. */
static char *percent_merge(const char *s, const char *e) {
  size_t n = strlen(e), sn = strlen(s);
  /* a full stop or comma after the sign, in both readings ("60%." in
   * running text read "6096."): merged without it, then put back */
  if (n > 2 && sn > 1 && strchr(".,;:", e[n - 1]) && s[sn - 1] == e[n - 1]) {
    char *ec = strndup(e, n - 1), *sc = strndup(s, sn - 1);
    char *m = ec && sc ? percent_merge(sc, ec) : NULL;
    char *out = m ? malloc(strlen(m) + 2) : NULL;
    if (out) sprintf(out, "%s%c", m, e[n - 1]);
    free(ec), free(sc), free(m);
    return out;
  }
  if (n < 2 || e[n - 1] != '%') return NULL;
  /* (eng reads a sign set apart as "70 %"; split_set_apart puts the
   * space back from the ink) */
  while (n > 1 && e[n - 2] == ' ') n--;
  char *en = strndup(e, n - 1);
  if (!en) return NULL;
  int edig = 0;
  for (const char *c = en; *c; c++) edig += *c >= '0' && *c <= '9';
  if (!num_digits(en)) {
    free(en);
    return NULL;
  }
  /* walk s until it has given as many digits as e, matching them */
  const char *ep = en, *sp = s;
  int got = 0;
  while (*sp && got < edig) {
    while (*ep && !(*ep >= '0' && *ep <= '9')) ep++;
    if (*sp >= '0' && *sp <= '9') {
      if (*sp != *ep) break;
      ep++;
      got++;
    }
    sp++;
  }
  free(en);
  /* the misread sign left one to four digits behind ("609206" for "60%"
   * on a soft scan) */
  size_t rest = strlen(sp);
  if (got != edig || rest < 1 || rest > 4 || strspn(sp, "0123456789") != rest)
    return NULL;
  size_t k = (size_t)(sp - s);
  char *out = malloc(k + 2);
  if (!out) return NULL;
  memcpy(out, s, k);
  out[k] = '%';
  out[k + 1] = '\0';
  return out;
}

/* The number at the start of t: an optional minus, digits, a decimal
 * comma and digits.  Returns how many digits its integer part has (0: no
 * number) and sets *rest to what follows it. */
static size_t figure_head(const char *t, const char **rest) {
  if (*t == '-') t++;
  size_t i = strspn(t, "0123456789");
  const char *c = t + i;
  if (i && *c == ',' && c[1] >= '0' && c[1] <= '9') c += 1 + strspn(c + 1, "0123456789");
  *rest = c;
  return i;
}

/* Is t a plain percentage ("-2,7%", "13%", "9,1 %"): a sign, digits, a
 * decimal comma and digits, the percent sign?  Returns the length of its
 * integer part's digits, or 0. */
static size_t clean_percent(const char *t) {
  const char *c;
  size_t i = figure_head(t, &c);
  if (i == 0 || i > 3) return 0;
  if (*c == ' ') c++;
  return strcmp(c, "%") ? 0 : i;
}

/* Does swe's reading s begin with the same integer part (sign and digits
 * up to a decimal mark) as the plain percentage e?  ("2,10" and "2,7%",
 * "9.1%" and "9,1%".) */
static int same_integer(const char *s, const char *e) {
  size_t i = clean_percent(e);
  if (!i) return 0;
  if (*e == '-') {
    if (*s != '-') return 0;
    s++;
    e++;
  }
  return !strncmp(s, e, i) && !(s[i] >= '0' && s[i] <= '9') &&
         (s[i] == ',' || s[i] == '.');
}

/* Is t a plain figure: a sign, digits, a decimal comma and digits, a
 * percent sign? */
static int plain_figure(const char *t) {
  const char *c;
  if (!figure_head(t, &c)) return 0;
  if (*c == '%') c++;
  return *c == '\0';
}

/* Does t look like a figure misread in part: a digit, and besides digits
 * only signs, brackets, "%" and the letters swe reads for 1, 0, 5 and 7
 * ("-L7" for "-1,7", "9.1%", "-T,1" for "-7,7"), starting with a sign or a digit? */
static int figure_like(const char *t) {
  if (!(*t == '-' || (*t >= '0' && *t <= '9')) || !strpbrk(t, "0123456789"))
    return 0;
  for (; *t; t++)
    if (!((*t >= '0' && *t <= '9') || strchr("-,.%()LlI|OoST", *t))) return 0;
  return 1;
}

/* s with its 1s made 7s where e, read apart from its signs, has a 7 at
 * the same digit (s "-1,1", e "-77" or "“7,7": "-7,7"); NULL when the
 * digits of s and e differ in number or otherwise, or none is a 7 for
 * a 1. */
static char *sevens_as(const char *s, const char *e) {
  char *t = strdup(s);
  if (!t) return NULL;
  int changed = 0;
  const char *d = e;
  for (char *c = t; *c; c++) {
    if (*c < '0' || *c > '9') continue;
    while (*d && !(*d >= '0' && *d <= '9')) d++;
    if (!*d || (*d != *c && !(*c == '1' && *d == '7'))) {
      free(t);
      return NULL;
    }
    if (*c != *d) {
      *c = '7';
      changed = 1;
    }
    d++;
  }
  while (*d && !(*d >= '0' && *d <= '9')) d++;
  if (*d || !changed) {
    free(t);
    return NULL;
  }
  return t;
}

/* Bytes of the sign marks swe reads from specks and rules before a figure
 * it doubts ("<+-870", "=<-870" for "-870"): what comes before its minus
 * or first digit when that is only such marks. */
static size_t junk_before_figure(const char *t) {
  size_t k = strspn(t, "=<>+~_:*");
  return k && figure_like(t + k) ? k : 0;
}

/* swe's reading s of a figure mended where eng's reading e and the ink of
 * box b agree against it: when the box holds one run of ink for each
 * character of e, a 1 that e does not have is dropped ("17,4" for "7,4",
 * "17290" for "72%") and a 1 standing where e has a 7 becomes 7 when its
 * ink is as wide as the other digits' (a 1 is half as wide: "12" for
 * "72").  A new string, or NULL when nothing is mended. */
static char *ink_mend(OcrImage *img, const DocBox *b, const char *s, const char *e) {
  int cols[1024], x0[64], wd[64], nr = 0;
  size_t ne = strlen(e), ns = strlen(s);
  int n = ocr_image_columns(img, b, cols, 1024);
  if (n <= 0 || n >= 1024 || ne < 2 || ne > 64 || ns > 64) return NULL;
  for (int x = 0; x < n; x++) {
    if (cols[x] > 0 && (x == 0 || cols[x - 1] == 0)) {
      if (nr == 64) return NULL;   /* more runs than e has characters */
      x0[nr] = x;
    }
    if (cols[x] > 0 && (x + 1 == n || cols[x + 1] == 0)) {
      wd[nr] = x + 1 - x0[nr];
      nr++;
    }
  }
  if (nr != (int)ne) return NULL;
  size_t fl = strcspn(e, " %");   /* e's figure, its sign aside */
  char *t = strdup(s);
  if (!t) return NULL;
  int mended = 0;
  for (size_t k = 0; k < ns && !mended; k++) {   /* a 1 too many */
    if (t[k] != '1') continue;
    memmove(t + k, t + k + 1, ns - k);
    if (!strncmp(t, e, fl)) mended = 1;
    else memcpy(t, s, ns + 1);
  }
  /* 7s read as 1s, digit by digit where runs and characters pair up */
  float sum = 0;
  int digits = 0;
  for (size_t k = 0; k < fl; k++)
    if (e[k] >= '0' && e[k] <= '9' && e[k] != '1') {
      sum += (float)wd[k];
      digits++;
    }
  if (digits >= 2 && strlen(t) >= fl)
    for (size_t k = 0; k < fl; k++)
      if (t[k] == '1' && e[k] == '7' && (float)wd[k] * (float)(digits - 1) >= 0.8f * (sum - (float)wd[k])) {
        t[k] = '7';
        mended = 1;
      }
  if (!mended || !strcmp(t, s)) {
    free(t);
    return NULL;
  }
  return t;
}

/* The eng model's reading of box b (padded by a third of its height) of
 * the page image; loads the model on first use and hands it the image once
 * per page (*set).  A box read before on the page is not read again
 * (forget_reads starts a page).  NULL when the model is missing or reads
 * nothing. */
static char *eng_read_box(OcrEngine *eng, OcrImage *img, int *set, DocBox b) {
  for (size_t i = 0; i < eng->nreads; i++) {
    const DocBox *o = &eng->reads[i].box;
    if (o->x0 == b.x0 && o->y0 == b.y0 && o->x1 == b.x1 && o->y1 == b.y1)
      return eng->reads[i].text ? strdup(eng->reads[i].text) : NULL;
  }
  if (!eng->pct && !eng->pct_tried) {
    eng->pct_tried = 1;
    if ((eng->pct = api_new(eng->tessdata, "eng")))
      TessBaseAPISetPageSegMode(eng->pct, PSM_SINGLE_LINE);
  }
  if (!eng->pct) return NULL;
  if (!*set) {
    ocr_image_set_on(img, eng->pct);
    *set = 1;
  }
  set_rect(eng->pct, b, (int)(b.y1 - b.y0) / 3 + 2);
  char *t = take_text(TessBaseAPIGetUTF8Text(eng->pct));
  if (eng->nreads == eng->capreads) {
    size_t nc = eng->capreads ? 2 * eng->capreads : 16;
    EngRead *r = realloc(eng->reads, nc * sizeof *r);
    if (!r) return t;   /* (not remembered: read again if asked) */
    eng->reads = r;
    eng->capreads = nc;
  }
  char *keep = t ? strdup(t) : NULL;
  if (t && !keep) return t;
  eng->reads[eng->nreads++] = (EngRead){b, keep};
  return t;
}

/* Do the digits of a and b agree (punctuation and spaces aside)? */
static int same_digits(const char *a, const char *b) {
  for (;;) {
    while (*a && !(*a >= '0' && *a <= '9')) a++;
    while (*b && !(*b >= '0' && *b <= '9')) b++;
    if (*a != *b) return 0;
    if (!*a) return 1;
    a++;
    b++;
  }
}

/* Is t two digits ("26": how swe reads a "%" set apart in running text,
 * "1,5 %" as "1,5 26" with confidence 91)? */
static int two_digits(const char *t) {
  return t[0] >= '0' && t[0] <= '9' && t[1] >= '0' && t[1] <= '9' && !t[2];
}

/* Is t two ASCII digits and one mark that ends a clause ("26.": a percent
 * sign and its full stop, "80 %.", read with confidence 95 in serif type)? */
static int two_digits_stop(const char *t) {
  return t[0] >= '0' && t[0] <= '9' && t[1] >= '0' && t[1] <= '9' && t[2] && strchr(".,;:", t[2]) &&
         !t[3];
}

/* Is t one or two ASCII letters? */
static int two_letters(const char *t) {
  return isalpha((unsigned char)t[0]) && (!t[1] || (isalpha((unsigned char)t[1]) && !t[2]));
}

/* two_letters, a closing bracket or a full stop after them or not ("VC)"
 * for a wrapped "%" on a 200 dpi page)? */
static int two_letters_mark(const char *t) {
  size_t n = strlen(t);
  char b[4];
  if (n < 2 || n > 3 || !strchr(").", t[n - 1])) return two_letters(t);
  memcpy(b, t, n - 1);
  b[n - 1] = '\0';
  return two_letters(b);
}

/* Has line l a figure or a percent sign besides word k? */
static int line_figure_beside(const DocLine *l, size_t k) {
  for (size_t i = 0; i < l->nwords; i++)
    if (i != k && (num_digits(l->words[i].text) || strchr(l->words[i].text, '%'))) return 1;
  return 0;
}

/* Does a figure of page p stand right above word w, on the line before
 * and over it (a narrow cell wrapped "74,8 %" into "74,8" / "%"; the
 * layout may set the two lines in blocks of their own)? */
static int is_figure_above(const DocWord *u, const DocLine *ln, size_t i, const void *ctx) {
  const DocWord *w = ctx;
  (void)ln;
  (void)i;
  return num_digits(u->text) && u->box.x0 < w->box.x1 && w->box.x0 < u->box.x1 &&
         w->box.y0 > u->box.y0 && w->box.y0 - u->box.y1 < w->box.y1 - w->box.y0;
}

static int figure_above(const DocPage *p, const DocWord *w) {
  return any_word(p, is_figure_above, w);
}

/* Does a figure end its cell's line right above word w, which opens its
 * own (a cell wrapped "med 20 %" as "med 20" / "% till 2027"): the figure
 * right of w's left edge, nothing after it in the cell (its line ends, or
 * the next word stands a column's gap away)? */
static int is_figure_wrapped(const DocWord *u, const DocLine *ln, size_t i, const void *ctx) {
  const DocWord *w = ctx;
  float h = w->box.y1 - w->box.y0;
  return plain_figure(u->text) && u->box.x0 > w->box.x0 && u->box.y1 <= w->box.y0 + 0.3f * h &&
         w->box.y0 - u->box.y1 < h &&
         (i + 1 == ln->nwords || ln->words[i + 1].box.x0 - u->box.x1 > 1.5f * h);
}

/* Does word i of ln open its cell's line under a figure that ended the
 * line above (is_figure_wrapped)? */
static int figure_wrapped(const DocPage *p, const DocLine *ln, size_t i) {
  const DocWord *w = &ln->words[i];
  float h = w->box.y1 - w->box.y0;
  return (i == 0 || w->box.x0 - ln->words[i - 1].box.x1 > 1.5f * h) &&
         any_word(p, is_figure_wrapped, w);
}

/* Is t a percent sign with brackets or punctuation only ("(%)", "%,")? */
static int sign_only(const char *t) {
  int pct = 0;
  for (; *t; t++) {
    if (*t == '%') pct = 1;
    else if (!strchr("()[].,;:", *t)) return 0;
  }
  return pct;
}

/* Does a figure stand to the right of word w (ctx), level with it (the
 * layout may set a row's figures in a block of their own) or on the line
 * above (the row's first line, when w ends a wrapped label)? */
static int is_row_figure(const DocWord *u, const DocLine *ln, size_t i, const void *ctx) {
  const DocWord *w = ctx;
  float h = w->box.y1 - w->box.y0;
  (void)ln;
  (void)i;
  if (!num_digits(u->text) || u->box.x0 <= w->box.x1) return 0;
  float level = fminf(u->box.y1, w->box.y1) - fmaxf(u->box.y0, w->box.y0);
  return level >= 0.5f * h || (u->box.y1 <= w->box.y0 + 0.3f * h && w->box.y0 - u->box.y1 < h);
}

/* Does word i of ln follow a label's comma, in a row with figures, as a
 * unit does ("Sjukfrånvaro, %" heading a table row, the sign read "Yo"
 * at 61; "enligt plan, Yo" ending a wrapped label)? */
static int unit_after_comma(const DocPage *p, const DocLine *ln, size_t i) {
  if (i == 0) return 0;
  const char *t = ln->words[i - 1].text;
  size_t n = strlen(t);
  /* (or ending its line: a header's last cell, "Sjukfrånvaro, 26" at a
   * page's foot, its figures on the next page) */
  return n > 1 && t[n - 1] == ',' && !isdigit((unsigned char)t[n - 2]) &&
         (i + 1 == ln->nwords || line_figure_beside(ln, i) || any_word(p, is_row_figure, &ln->words[i]));
}

/* Has line ln a percent sign of its own ("%"), or a figure with one? */
static int line_percent(const DocLine *ln) {
  for (size_t i = 0; i < ln->nwords; i++) {
    const char *t = ln->words[i].text;
    size_t n = strlen(t);
    if (n && t[n - 1] == '%') return 1;
  }
  return 0;
}

/* plain_figure of the first n bytes of t. */
static int plain_figure_n(const char *t, size_t n) {
  char buf[32];
  if (n == 0 || n >= sizeof buf) return 0;
  memcpy(buf, t, n);
  buf[n] = '\0';
  return plain_figure(buf);
}

/* Does t end in "96" after a digit, with a full stop or comma after it
 * or not ("6096." for "60%.")?  In running text the swe model reads a
 * percent sign glued to its figure as "96" with confidence 95-96; such a
 * figure is read again however sure swe was (a year "1996" stays: eng
 * reads it as printed). */
static int sign_as_96(const char *t) {
  size_t n = strlen(t);
  if (n && strchr(".,;:", t[n - 1])) n--;
  return n >= 3 && t[n - 2] == '9' && t[n - 1] == '6' && isdigit((unsigned char)t[n - 3]) &&
         num_digits(t) > 0;
}

/* Re-read doubtful numbers of page p with the eng model and take the
 * percent signs it sees: a number read with confidence under 90 (right
 * ones read 92-97) whose sign became digits ("3,496" -> "3,4%",
 * percent_merge), and the sign set apart after a number and read as a
 * short doubtful word ("7,8 40", "10,6 H46", "-13,6 24"; two digits
 * under 95), which becomes
 * "%" when eng reads the pair as that number and "%"; and brackets that
 * only swe saw, on a figure it doubts much.  Without the eng
 * model nothing changes; a page of prose never loads it. */
static void percent_second_reading(OcrEngine *eng, OcrImage *img, DocPage *p) {
  int set = 0;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        /* figures, and doubted figures that are not plain ("9.1%", "-L7"
         * for "-1,7") */
        size_t junk = w->conf < 50 ? junk_before_figure(w->text) : 0;
        int odd = !num_digits(w->text) && w->conf < 85 &&
                  (figure_like(w->text) || junk);
        /* a percent sign alone under a header ("Förändring," / "%") that
         * swe read as two letters with little confidence ("RH" at 26, "HA" at 41,
         * "wu", "Hu", "HA"), one glyph wide, alone on its line or on one
         * with figures or signs; or right under a figure, read with some
         * doubt (a wrapped cell, "74,8" / "Yo" at 10, "76,3" / "Yo" at
         * 59), or opening the cell's next line after a figure ended the
         * one above ("med 20" / "Yo till 2027" at 71): eng's "%" */
        /* (after a label's comma, as a unit: also two digits, however
         * sure, "Andel heltider, 26" on a 200 dpi scan; eng decides) */
        int unit = w->has_box && unit_after_comma(p, ln, i) &&
                   (two_letters(w->text) || two_digits(w->text));
        /* (opening a cell's line after its figure: read with less doubt,
         * "Yo" at 71-86) */
        unit |= w->has_box && w->conf < 90 && two_letters_mark(w->text) && figure_wrapped(p, ln, i);
        if (w->has_box && w->conf >= 0 && (unit || (w->conf < 80 && two_letters_mark(w->text))) &&
            w->box.x1 - w->box.x0 <= 1.3f * (w->box.y1 - w->box.y0) &&
            ((w->conf < 50 && (ln->nwords == 1 || line_figure_beside(ln, i))) ||
             figure_above(p, w) || unit)) {
          char *e = eng_read_box(eng, img, &set, w->box);
          if (e && !strcmp(e, "%")) {
            free(w->text);
            w->text = e;
            continue;
          }
          free(e);
        }
        if (!w->has_box || (!num_digits(w->text) && !odd)) continue;
        DocWord *v = i + 1 < ln->nwords ? &ln->words[i + 1] : NULL;
        float h = w->box.y1 - w->box.y0;
        /* (or more characters than its box holds, one glyph wide: "5,4
         * 9460" for "5,4 %" in a table cell) */
        if (v && v->has_box &&
            (strlen(v->text) <= 3 || (v->conf < 90 && v->box.x1 - v->box.x0 <= 1.3f * h)) &&
            strcmp(v->text, "%") &&
            (v->conf < 90 || (v->conf < 95 && two_digits(v->text)) ||
             (v->conf < 97 && two_digits_stop(v->text))) &&
            v->box.x0 - w->box.x1 < 1.2f * h) {
          DocBox u = w->box;
          u.x1 = v->box.x1;
          if (v->box.y0 < u.y0) u.y0 = v->box.y0;
          if (v->box.y1 > u.y1) u.y1 = v->box.y1;
          char *e = eng_read_box(eng, img, &set, u);
          size_t n = e ? strlen(e) : 0;
          /* a full stop or comma after the sign ("85 %.") stays with it */
          size_t tail = 0;
          while (n > tail + 1 && strchr(".,;:)", e[n - 1 - tail])) tail++;
          /* (or the figure as eng and the ink read it: "172 Yo" for
           * "72 %", ink_mend) */
          size_t fl = e ? strcspn(e, " %") : 0;
          char *fig = fl ? strndup(e, fl) : NULL;
          char *fix = fig && plain_figure(fig) ? ink_mend(img, &w->box, w->text, fig) : NULL;
          int one = fix && !strcmp(fix, fig);
          free(fix);
          if (n >= 2 + tail && e[n - 1 - tail] == '%' && (one || same_digits(w->text, e))) {
            char *pc = strdup(e + n - 1 - tail);
            if (pc) {
              free(v->text);
              v->text = pc;
            }
            if (one) {
              free(w->text);
              w->text = fig;
              fig = NULL;
            }
            free(fig);
            free(e);
            i++;
            continue;
          }
          free(fig);
          free(e);
        }
        if (w->conf >= 90 && !sign_as_96(w->text)) continue;
        char *e = eng_read_box(eng, img, &set, w->box);
        /* (eng's decimal point where swe read the Swedish comma: "5.2%"
         * for "5,2 %", read "5,2" at 0 on a 200 dpi page) */
        if (e && strchr(w->text, ',') && !strchr(w->text, '.') && !strchr(e, ',')) {
          char *d = strchr(e, '.');
          if (d && d > e && isdigit((unsigned char)d[-1]) && isdigit((unsigned char)d[1])) *d = ',';
        }
        char *fix = e && num_digits(w->text) && (plain_figure(e) || clean_percent(e))
                        ? ink_mend(img, &w->box, w->text, e) : NULL;
        /* (eng's digits where its signs are not a figure: "“7,7" or "-77"
         * for "-7,7", which swe read "-1,1" at 31) */
        char *as = !fix && e && plain_figure(w->text) ? sevens_as(w->text, e) : NULL;
        if (as) {
          fix = ink_mend(img, &w->box, w->text, as);
          free(as);
        }
        if (fix) {
          free(w->text);
          w->text = fix;
        }
        char *m = e ? percent_merge(w->text, e) : NULL;
        /* ("9.190" merged to "9.1%": eng's decimal comma, "9,1%") */
        if (m && strchr(m, '.') && same_integer(m, e)) {
          free(m);
          m = strdup(e);
        }
        /* brackets read into a lone figure next to a cell's rule ("0)",
         * "(0)" read with confidence 34-59; real ones read 97) or around
         * a lone 0 ("[0]" at 79-88) that eng does not see */
        if (!m && e && (w->conf < 60 || num_digits(w->text) <= 2) &&
            strpbrk(w->text, "()[]") && !strpbrk(e, "()[]") &&
            (num_digits(e) || clean_percent(e)) && same_digits(w->text, e))
          m = strdup(e);
        /* a percent sign alone, in brackets: swe reads "(%)" as "(920)",
         * "(96)", "(20)" with doubt, eng as what it is */
        if (!m && e && num_digits(w->text) <= 3 && sign_only(e)) m = strdup(e);
        /* a decimal and its sign read as other digits or a point ("2,7%"
         * as "2,10", "9,1%" as "9.1%") with little confidence: eng's
         * plain percentage with the same integer part */
        if (!m && e && w->conf < 80 && !clean_percent(w->text) &&
            same_integer(w->text, e))
          m = strdup(e);
        /* a figure swe read with letters for digits and signs ("-L7"):
         * eng's plain figure of about its length, with swe's minus where
         * eng lost it ("7,7" for "-T,1") */
        if (!m && e && odd && plain_figure(e) && strlen(e) + 1 >= strlen(w->text) &&
            strlen(e) <= strlen(w->text) + 1 && (m = malloc(strlen(e) + 2)))
          sprintf(m, "%s%s", w->text[0] == '-' && e[0] != '-' ? "-" : "", e);
        /* a thin 1 swe dropped or added where eng sees it as printed
         * ("71" read "7" at 82, "-7,8" read "-17,8" at 23) */
        if (!m && e && w->conf < 85 && plain_figure(w->text) && plain_figure(e) &&
            (tab_one_more_1(w->text, e) || tab_one_more_1(e, w->text)))
          m = strdup(e);
        /* sign marks read from specks before a doubted figure ("=<-870"):
         * eng's plain figure with the same digits */
        if (!m && e && junk && plain_figure(e) && same_digits(w->text, e) &&
            (e[0] == '-') == (w->text[junk] == '-'))
          m = strdup(e);
        /* a minus swe dropped from a figure read with little confidence
         * ("7" at 11 for "−7", its box holding the sign): eng's reading
         * of the same figure after a dash */
        if (!m && e && w->conf < 50 && plain_figure(w->text) && w->text[0] != '-') {
          size_t d = long_dash_len(e);
          if (d && (m = malloc(strlen(w->text) + 2))) {
            sprintf(m, "-%s", w->text);
            /* (and its 7s read as 1s, where the ink agrees: "1,1" at 8
             * for "-7,7", eng's reading) */
            if (strcmp(e + d, w->text)) {
              char *s7 = sevens_as(w->text, e + d), *e7 = NULL;
              if (s7 && (e7 = malloc(strlen(s7) + 2))) sprintf(e7, "-%s", s7);
              char *fix7 = e7 ? ink_mend(img, &w->box, m, e7) : NULL;
              free(m);
              m = fix7;
              free(s7);
              free(e7);
            }
          }
        }
        if (m) {
          free(w->text);
          w->text = m;
        }
        free(e);
      }
    }
  /* the first group of a number with a thousands space read as a letter
   * on a binarised scan ("-B 417" for "-8 417", confidence 84): eng's
   * reading of the pair when it is that sign, one digit and the same
   * group */
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i + 1 < ln->nwords; i++) {
        DocWord *w = &ln->words[i], *v = &ln->words[i + 1];
        const char *t = w->text + (w->text[0] == '-');
        float h = w->box.y1 - w->box.y0;
        if (!w->has_box || !v->has_box || w->conf >= 90 || !t[0] || t[1] ||
            !strchr("BSOIlTGZ", t[0]) || strlen(v->text) != 3 || num_digits(v->text) != 3 ||
            v->box.x0 - w->box.x1 > 0.6f * h)
          continue;
        DocBox u = w->box;
        u.x1 = v->box.x1;
        char *e = eng_read_box(eng, img, &set, u);
        size_t k = (size_t)(t - w->text);   /* the sign, when there is one */
        if (e && (!k || e[0] == '-') && e[k] >= '0' && e[k] <= '9' && e[k + 1] == ' ' &&
            !strcmp(e + k + 2, v->text)) {
          e[k + 1] = '\0';
          free(w->text);
          w->text = e;
        } else {
          free(e);
        }
      }
    }
  /* a short figure read as capitals among percentages ("98% 98% OM",
   * "Oo", "[OL]" for "0%"): eng's reading when it is a plain percentage */
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 1; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        size_t n = strlen(w->text);
        /* (the percentage before may be one a later pass mends: "98%
         * 98A0 OM") */
        if (!w->has_box || n > 4 || strspn(w->text, "ODQIlLMo%()[]") != n ||
            !(clean_percent(ln->words[i - 1].text) ||
              (i >= 2 && clean_percent(ln->words[i - 2].text))) ||
            (i + 1 < ln->nwords && !clean_percent(ln->words[i + 1].text)))
          continue;
        char *e = eng_read_box(eng, img, &set, w->box);
        if (e && clean_percent(e)) {
          free(w->text);
          w->text = e;
        } else {
          free(e);
        }
      }
    }
  /* A sign lost after a figure read with much doubt in a row of
   * percentages ("19,4 % 18,1 % 16,8" at 0): eng's reading of the figure
   * and a glyph after it, the same digits and "%".  (After the pass
   * above, which may give the row its other signs back.) */
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      if (!line_percent(ln)) continue;
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        DocWord *v = i + 1 < ln->nwords ? &ln->words[i + 1] : NULL;
        float h = w->box.y1 - w->box.y0;
        if (!w->has_box || w->conf >= 50 || !plain_figure(w->text) || strchr(w->text, '%') ||
            (v && v->box.x0 - w->box.x1 <= 1.5f * h))
          continue;
        DocBox u = w->box;
        u.x1 += 1.3f * h;
        char *e = eng_read_box(eng, img, &set, u);
        size_t n = e ? strlen(e) : 0;
        if (n >= 2 && e[n - 1] == '%' && plain_figure_n(e, n - 1 - (e[n - 2] == ' ')) &&
            same_digits(w->text, e)) {
          size_t fl = strlen(w->text);
          char *t = malloc(fl + 2);
          if (t) {
            snprintf(t, fl + 2, "%s%%", w->text);
            free(w->text);
            w->text = t;
            float x1 = w->box.x1;
            if (doc_word_split(ln, i, fl, x1, x1 + 0.3f * h) == 0) {
              ln->words[i + 1].box.x1 = x1 + 1.1f * h;
              i++;
            }
          }
        }
        free(e);
      }
    }
  if (set) TessBaseAPIClear(eng->pct);
}

/* Figures swe misread, on lines with figures.  A figure cell read as
 * letters with little confidence ("BIR" at 17 for "81 %" in a column of
 * percentages): a word of no digits under 30, in a column of figures
 * (figure_column), takes eng's reading of its box when that is a plain
 * figure or percentage and swe, reading the box again with figures only,
 * finds its digits.  A figure read with doubt (under 80) whose digits eng
 * reads otherwise, as many of them, takes them when swe's figures-only
 * reading agrees (a 200 dpi page's "300" at 74 for "900"; "-1" at 45 for
 * "-7"); the sign stays swe's first reading.  Two votes of three, the
 * readings apart.  The main engine gets the page image again only when
 * a word asks. */
/* swe's reading of box b with figures only (read_figure, a quarter of a
 * text height med of margin), its confidence in *conf; the main engine
 * gets the page image at the first call (*main_set). */
static char *figures_only(OcrEngine *eng, OcrImage *img, int *main_set, DocBox b, float med,
                          float *conf) {
  if (!*main_set) {
    ocr_image_set_on(img, eng->api);
    *main_set = 1;
  }
  DocBox box;
  *conf = 0;
  return read_figure(eng->api, b, 0.25f * med, &box, conf);
}

/* The figure w, read with doubt: eng's digits when they differ from
 * swe's, as many, and swe's figures-only reading agrees; the sign stays
 * swe's first reading.  1 when w was read anew, else 0.
 * (garbled_figures) */
static int doubted_figure(OcrEngine *eng, OcrImage *img, int *set, int *main_set, DocWord *w,
                          float med) {
  int changed = 0;
  char *e = eng_read_box(eng, img, set, w->box);
  /* (or the same digits with the decimal comma swe lost: "817" at 17 for
   * "81,7") */
  int comma = e && strchr(e, ',') && !strchr(w->text, ',');
  if (e && plain_figure(e) && (!same_digits(e, w->text) || comma) &&
      num_digits(e) == num_digits(w->text)) {
    float conf;
    char *f = figures_only(eng, img, main_set, w->box, med, &conf);
    const char *digits = e + (*e == '-');
    if (f && !strcmp(f + (*f == '-'), digits)) {
      /* the minus, a glyph of its own, as swe first read it */
      size_t n = strlen(digits) + 2;
      char *t = malloc(n);
      if (t) {
        snprintf(t, n, "%s%s", *w->text == '-' ? "-" : "", digits);
        free(w->text);
        w->text = t;
        w->conf = conf;
        changed = 1;
      }
    }
    free(f);
  }
  free(e);
  return changed;
}

/* Are the digits of a those of b with one more somewhere ("19046" and
 * "1046")? */
static int one_digit_more(const char *a, const char *b) {
  char da[32], db[32];
  size_t na = 0, nb = 0;
  for (; *a && na < 31; a++)
    if (*a >= '0' && *a <= '9') da[na++] = *a;
  for (; *b && nb < 31; b++)
    if (*b >= '0' && *b <= '9') db[nb++] = *b;
  if (na != nb + 1) return 0;
  size_t i = 0;
  while (i < nb && da[i] == db[i]) i++;
  return memcmp(da + i + 1, db + i, nb - i) == 0;
}

/* A figure with a digit its ink does not have ("19046" for "1 046" on a
 * 200 dpi page, read at 89: the thousands space read as a 9), word i of
 * ln: fewer runs of ink than digits, and eng and swe's figures-only
 * reading agree on the digits without the one, one a run.  (Touching
 * digits also make fewer runs; then both read swe's digits again and
 * nothing changes.)  The thousands space comes back where the widest gap
 * between the runs is a space (0.3 of the height, as split_set_apart)
 * with groups of three after it.  0, or -1 on allocation failure.
 * (garbled_figures) */
static int invented_digit(OcrEngine *eng, OcrImage *img, int *set, int *main_set, DocLine *ln,
                          size_t i, float med) {
  DocWord *w = &ln->words[i];
  int cols[1024], n = ocr_image_columns(img, &w->box, cols, 1024), runs = 0;
  if (n <= 0 || n >= 1024) return 0;
  int start[32], end[32];   /* the runs' first and past-last columns */
  for (int x = 0; x < n && runs < 32; x++)
    if (cols[x] && (x == 0 || !cols[x - 1])) {
      start[runs] = x;
      while (x < n && cols[x]) x++;
      end[runs++] = x;
    }
  if (!runs || runs >= num_digits(w->text)) return 0;
  char *e = eng_read_box(eng, img, set, w->box), *t = NULL;
  if (e) {   /* (eng may keep the thousands space: "1 046") */
    char *o = e;
    for (char *c = e; *c; c++)
      if (!(*c == ' ' && c > e && isdigit((unsigned char)c[-1]) && isdigit((unsigned char)c[1])))
        *o++ = *c;
    *o = 0;
  }
  if (e && plain_figure(e) && num_digits(e) == runs && one_digit_more(w->text, e)) {
    float conf;
    char *f = figures_only(eng, img, main_set, w->box, med, &conf);
    size_t len = strlen(e) + 2;
    /* (swe's figures-only reading agrees, or swe doubted its own much:
     * "777" at 28 for the two 7s eng and the ink show, which its
     * figures-only reading takes for a 1) */
    if (f && !same_digits(f, e) && w->conf < 50) conf = w->conf;
    if (f && (same_digits(f, e) || w->conf < 50) && (t = malloc(len))) {
      snprintf(t, len, "%s%s", *w->text == '-' && *e != '-' ? "-" : "", e);
      free(w->text);
      w->text = t;
      w->conf = conf;
    }
    free(f);
  }
  free(e);
  if (!t) return 0;
  size_t sign = *t == '-', digits = strlen(t) - sign;
  if (strspn(t + sign, "0123456789") != digits || runs < 2) return 0;
  int k = 1;   /* the widest gap, after run k - 1 */
  for (int r = 2; r < runs; r++)
    if (start[r] - end[r - 1] > start[k] - end[k - 1]) k = r;
  float h = w->box.y1 - w->box.y0, x0 = w->box.x0;
  if ((float)(start[k] - end[k - 1]) < 0.3f * h || (digits - (size_t)k) % 3) return 0;
  return doc_word_split(ln, i, sign + (size_t)k, x0 + (float)end[k - 1], x0 + (float)start[k]);
}

/* The cell w, read as letters or marks: eng's figure or percentage when
 * swe's figures-only reading has its digits, or its 7s as 1s.
 * (garbled_figures) */
static void garbled_cell(OcrEngine *eng, OcrImage *img, int *set, int *main_set, DocWord *w,
                         float med) {
  char *e = eng_read_box(eng, img, set, w->box);
  if (!e || !(plain_figure(e) || clean_percent(e))) {
    free(e);
    return;
  }
  float conf;
  char *f = figures_only(eng, img, main_set, w->box, med, &conf);
  /* (swe reads the sign as digits: "814" for "81 %", percent_merge) */
  char *m = f && clean_percent(e) ? percent_merge(f, e) : NULL;
  if (!m && f && plain_figure(e)) m = sevens_as(f, e);
  if (m || (f && plain_figure(e) && same_digits(f, e))) {
    free(w->text);
    w->text = e;
    w->conf = conf;
  } else {
    free(e);
  }
  free(m);
  free(f);
}

/* Where in figure w's ink a decimal comma stands that swe did not read
 * ("58" for "5,8", read at 95: the box is as wide as "4,1" beside it):
 * the digits' runs of ink, one for each digit, and between two of them
 * one small run low in the line, no taller than half a digit and no
 * wider than a third of one, reaching the digits' foot.  Returns the
 * number of digits before it, 0 for none; *tail gets whether the run
 * reaches below the foot as a comma's tail does (a full stop sits on
 * it).  (garbled_figures) */
static int comma_glyph(OcrImage *img, const DocWord *w, int *tail) {
  int top[1024], bot[1024], n = ocr_image_column_spans(img, &w->box, top, bot, 1024);
  int nd = num_digits(w->text);
  if (n <= 0 || n >= 1024 || nd < 2 || nd > 8) return 0;
  int cols[1024], g0[16], g1[16];
  for (int x = 0; x < n; x++) cols[x] = top[x] >= 0;
  int ng = glyph_runs(cols, n, g0, g1, 16), sign = *w->text == '-';
  if (ng != nd + 1 + sign || ng >= 16) return 0;
  /* (a minus is a run of its own before the digits: left out) */
  const int *r0 = g0 + sign, *r1 = g1 + sign;
  ng -= sign;
  int gt[16], gb[16], tall = 0;
  for (int g = 0; g < ng; g++) {
    gt[g] = 1 << 30;
    gb[g] = -1;
    for (int x = r0[g]; x < r1[g]; x++) {
      gt[g] = top[x] < gt[g] ? top[x] : gt[g];
      gb[g] = bot[x] > gb[g] ? bot[x] : gb[g];
    }
    if (gb[g] - gt[g] > gb[tall] - gt[tall]) tall = g;
  }
  /* the digits' top and foot: the tallest run's */
  int t0 = gt[tall], b0 = gb[tall], small = -1;
  float dh = (float)(b0 - t0 + 1);
  if (dh < 8) return 0;
  for (int g = 0; g < ng; g++) {
    float gh = (float)(gb[g] - gt[g] + 1), gw = (float)(r1[g] - r0[g]);
    int digit = gh >= 0.7f * dh && fabsf((float)(gt[g] - t0)) <= 0.2f * dh;
    int mark = gh <= 0.5f * dh && gw <= 0.34f * dh && (float)gt[g] >= (float)t0 + 0.5f * dh &&
               (float)gb[g] >= (float)b0 - 0.1f * dh;
    if (mark && small < 0) small = g;
    else if (!digit) return 0;
  }
  if (small <= 0 || small >= ng - 1) return 0;
  *tail = (float)gb[small] >= (float)b0 + 0.1f * dh;
  return small;
}

/* Figure w, its decimal comma unread (comma_glyph): the comma put back
 * where the mark has a comma's tail, or where eng reads the same digits
 * with the comma there.  0, or -1 on allocation failure.
 * (garbled_figures) */
static int lost_comma(OcrEngine *eng, OcrImage *img, int *set, DocWord *w, int k, int tail) {
  size_t sign = *w->text == '-', len = strlen(w->text);
  if (!tail) {
    char *e = eng_read_box(eng, img, set, w->box);
    const char *c = e ? strchr(e, ',') : NULL;
    int agree = c && plain_figure(e) && same_digits(e, w->text) &&
                c - e == (ptrdiff_t)(sign + (size_t)k) && (*e == '-') == (int)sign;
    free(e);
    if (!agree) return 0;
  }
  char *t = malloc(len + 2);
  if (!t) return -1;
  size_t at = sign + (size_t)k;
  memcpy(t, w->text, at);
  t[at] = ',';
  memcpy(t + at + 1, w->text + at, len - at + 1);
  free(w->text);
  w->text = t;
  return 0;
}

static int garbled_figures(OcrEngine *eng, OcrImage *img, DocPage *p) {
  float med = median_word_height(p, 5);
  int set = 0, main_set = 0, err = 0;
  if (med <= 0) return 0;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      if (!line_has_figure(ln)) continue;
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        if (!w->has_box) continue;
        int tail = 0;
        /* (digits alone, a minus before them or not: the comma's place
         * is counted in digits) */
        const char *dg = w->text + (*w->text == '-');
        int k = *dg && strspn(dg, "0123456789") == strlen(dg) ? comma_glyph(img, w, &tail) : 0;
        if (k) {
          if (lost_comma(eng, img, &set, w, k, tail)) err = -1;
        } else if (w->conf < 80 && plain_figure(w->text)) {
          /* (as many digits as eng reads; else one the ink lacks, "777"
           * at 28 for "77": invented_digit) */
          if (!doubted_figure(eng, img, &set, &main_set, w, med) && num_digits(w->text) >= 3 &&
              invented_digit(eng, img, &set, &main_set, ln, i, med))
            err = -1;
        } else if (w->conf < 93 && plain_figure(w->text) && num_digits(w->text) >= 3) {
          if (invented_digit(eng, img, &set, &main_set, ln, i, med)) err = -1;
        } else if (!num_digits(w->text) && w->text[0] && strlen(w->text) <= 6 &&
                   /* (letters read with little doubt are a word: "Klart") */
                   (w->conf < 30 || (w->conf < 80 && !has_letter(w->text))) &&
                   figure_column(p, w->box, med)) {
          garbled_cell(eng, img, &set, &main_set, w, med);
        }
      }
    }
  if (set) TessBaseAPIClear(eng->pct);
  if (main_set) {
    /* (read_figure left its own segmentation mode) */
    TessBaseAPISetPageSegMode(eng->api, PSM_AUTO);
    TessBaseAPIClear(eng->api);
  }
  return err;
}

int ocr_engine_sections(OcrEngine *eng, OcrImage *img, DocPage *p) {
  forget_reads(eng);
  return section_signs(img, p) || section_refs(eng, img, p) || section_laws(img, p) ? -1 : 0;
}

static void tighten_boxes(OcrImage *img, DocPage *p);

int ocr_engine_letters(OcrEngine *eng, OcrImage *img, DocPage *p) {
  (void)eng;
  tighten_boxes(img, p);
  small_capitals(img, p);
  small_j(img, p);
  return 0;
}

int ocr_engine_range_dash(const char *t, char *out, size_t cap) {
  return one_range_dash(t, out, cap);
}

int ocr_engine_figures(OcrEngine *eng, OcrImage *img, DocPage *p) {
  forget_reads(eng);
  return garbled_figures(eng, img, p);
}

void ocr_engine_second_readings(OcrEngine *eng, OcrImage *img, DocPage *p) {
  forget_reads(eng);
  percent_second_reading(eng, img, p);
}

RensaStatus ocr_engine_split_tall(OcrEngine *eng, OcrImage *img, DocPage *p) {
  ocr_image_set_on(img, eng->api);
  RensaStatus st = split_tall_words(eng->api, p);
  TessBaseAPIClear(eng->api);
  return st;
}

/* A word boxed far below or above its ink: in a header of stacked cell
 * lines Tesseract may read two lines as one and give a word of the upper
 * the lower one's foot ("Utfall" over "2026", boxed down to the 2026's
 * baseline), which sets it on a line of its own between the two and
 * opens a column for it.  A word half again as tall as the page's words
 * whose box is twice its ink's height or more (a line's more), read with
 * some confidence, takes the box of its ink, and its baseline no lower
 * than the ink's foot.  (Boxes a third taller than their ink are common
 * on scans, bold words over a cell's rule: the layout expects them.) */
static void tighten_boxes(OcrImage *img, DocPage *p) {
  float med = median_word_height(p, 3);
  if (med <= 0) return;
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        float h = w->box.y1 - w->box.y0;
        int y0, y1;
        /* (a doubted word keeps its box for the second readings: eng
         * reads a wrapped "%" read "VC)" at 24 in the box swe gave) */
        if (!w->has_box || w->conf < 60 || h < 1.5f * med ||
            !ocr_image_ink_rows(img, &w->box, &y0, &y1))
          continue;
        if ((float)(y1 - y0 + 1) > 0.5f * h) continue;
        w->box.y0 = (float)y0;
        w->box.y1 = (float)(y1 + 1);
        if (w->base > w->box.y1) w->base = w->box.y1;
      }
    }
}

/* A glyph boxed on a sliver of itself: Tesseract gives the "2" of "Elbil 2
 * Gas" on 003's scan a box 4 px wide of a digit 15 px wide, and the gap
 * that leaves before it opens a table column.  A word of one letter or
 * digit that is no narrow one, boxed under a third of its height wide,
 * takes the run of ink its box is part of, within half its height either
 * side and not past the words beside it. */
static void widen_slivers(OcrImage *img, DocPage *p) {
  for (size_t b = 0; b < p->nblocks; b++)
    for (size_t l = 0; l < p->blocks[b].nlines; l++) {
      DocLine *ln = &p->blocks[b].lines[l];
      for (size_t i = 0; i < ln->nwords; i++) {
        DocWord *w = &ln->words[i];
        if (!w->has_box || utf8_len(w->text, strlen(w->text)) != 1 || !has_alnum(w->text) ||
            strchr("1liIjJft", w->text[0]))
          continue;
        float h = w->box.y1 - w->box.y0;
        if (w->box.x1 - w->box.x0 >= 0.35f * h) continue;
        DocBox r = w->box;
        r.x0 = fmaxf(0, w->box.x0 - 0.5f * h);
        r.x1 = w->box.x1 + 0.5f * h;
        if (i > 0 && ln->words[i - 1].has_box) r.x0 = fmaxf(r.x0, ln->words[i - 1].box.x1 + 1);
        if (i + 1 < ln->nwords && ln->words[i + 1].has_box)
          r.x1 = fminf(r.x1, ln->words[i + 1].box.x0 - 1);
        r.x0 = floorf(r.x0);
        int cols[256];
        int n = ocr_image_columns(img, &r, cols, 256);
        int a = (int)(w->box.x0 - r.x0), z = (int)(w->box.x1 - r.x0) - 1;
        if (n <= 0 || a < 0 || z >= n || z < a) continue;
        int inked = 0;
        for (int x = a; x <= z; x++) inked |= cols[x] > 0;
        if (!inked) continue;
        while (a > 0 && cols[a - 1] > 0) a--;
        while (z + 1 < n && cols[z + 1] > 0) z++;
        w->box.x0 = r.x0 + (float)a;
        w->box.x1 = r.x0 + (float)(z + 1);
      }
    }
}

RensaStatus ocr_engine_page(OcrEngine *eng, OcrImage *img, unsigned skip,
                            long max_pixels, DocPage *p, RensaErr *e) {
  forget_reads(eng);
  RensaStatus st = ocr_image_prepare(img, skip, eng->osd, max_pixels, e);
  if (st != RENSA_OK) return st;
  ocr_image_set_on(img, eng->api);
  /* (a page's second readings set modes of their own on this engine) */
  TessBaseAPISetPageSegMode(eng->api, PSM_AUTO);
  p->width = (float)ocr_image_width(img);
  p->height = (float)ocr_image_height(img);
  p->from_ocr = 1;
  p->mean_conf = 0;
  if (TessBaseAPIRecognize(eng->api, NULL) != 0) {
    /* e.g. an image too small to hold text: an empty page, not an error
     * that would stop the whole document */
    TessBaseAPIClear(eng->api);
    return RENSA_OK;
  }
  st = collect(eng->api, p);
  if (st == RENSA_OK) st = split_tall_words(eng->api, p);
  if (st == RENSA_OK) read_doubles(eng->api, p);
  if (st == RENSA_OK && !(skip & OCR_SKIP_LAYOUT)) st = recover_unread(eng, img, p);
  TessBaseAPIClear(eng->api);
  if (st == RENSA_OK) {
    ocr_engine_drop_specks(p);
    tighten_boxes(img, p);
    widen_slivers(img, p);
    percent_second_reading(eng, img, p);
    if (garbled_figures(eng, img, p)) st = RENSA_E_NOMEM;
  }
  if (st == RENSA_OK && (clean_sign_runs(p) || split_set_apart(img, p) ||
                         split_lost_spaces(img, p) || en_dashes(img, p)))
    st = RENSA_E_NOMEM;
  if (st == RENSA_OK && (section_signs(img, p) || section_refs(eng, img, p) ||
                          section_laws(img, p))) st = RENSA_E_NOMEM;
  if (st == RENSA_OK) {
    small_capitals(img, p);
    small_j(img, p);
    dotless_i(img, p);
    ocr_engine_capital_i(img, p);
  }
  if (st == RENSA_OK && !(skip & OCR_SKIP_LAYOUT)) {
    mark_bold(img, p);
    if (ocr_image_rules(img, p)) st = RENSA_E_NOMEM;
  }
  if (st != RENSA_OK)
    return rensa_err_set(e, st, NULL, p->number, "out of memory during OCR");
  return RENSA_OK;
}
