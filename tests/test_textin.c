/* test_textin.c — decoding (encodings, BOM, CRLF, binary, empty) and the
 * layout of OCR text into blocks. */
#include <stdlib.h>
#include <string.h>

#include "strmap.h"
#include "testhelp.h"
#include "tables.h"
#include "textcells.h"
#include "textin.h"

static Doc *rd(const char *s, RensaErr *e) {
  return textin_read_buffer("t.txt", s, strlen(s), e);
}

/* fixup-speed2: frozen_open checks the slots four at a time without a
 * branch; a key reaching past the string area must still be refused in
 * every position (the four-slot steps and the tail).  Here beside the
 * text reader, whose compiled lexicon these maps are. */
static void test_frozen_map(void) {
  StrMap *m = strmap_new(16);
  char key[8];
  for (int i = 0; i < 11; i++) { /* 17 slots: four steps of four, one left */
    snprintf(key, sizeof key, "k%d", i);
    TEST_CHECK(strmap_put(m, key, strlen(key), (uint32_t)(100 + i)) == 0);
  }
  size_t size = strmap_frozen_size(m);
  unsigned char *buf = malloc(size), *copy = malloc(size);
  strmap_freeze(m, buf);
  FrozenMap f;
  TEST_CHECK(frozen_open(&f, buf, size) == 0);
  TEST_EQ_INT(f.cap, 17);
  for (int i = 0; i < 11; i++) {
    uint32_t v = 0;
    snprintf(key, sizeof key, "k%d", i);
    TEST_CHECK(frozen_get(&f, key, strlen(key), &v) == 1 && v == (uint32_t)(100 + i));
  }
  TEST_CHECK(frozen_get(&f, "k11", 3, NULL) == 0);
  /* absent keys stay absent, filter or probe */
  int refused = 0;
  for (int i = 100; i < 1100; i++) {
    snprintf(key, sizeof key, "k%d", i);
    refused += frozen_get(&f, key, strlen(key), NULL) == 0;
  }
  TEST_EQ_INT(refused, 1000);
  size_t damaged = 0, at = (size_t)(f.slots - buf), cap = f.cap; /* after the filter */
  for (size_t slot = 0; slot < cap; slot++) {
    memcpy(copy, buf, size);
    unsigned char *len = copy + at + slot * 12 + 4;
    if (len[0] == 0xFF && len[1] == 0xFF && len[2] == 0xFF && len[3] == 0xFF)
      continue; /* empty */
    len[0] = 0xF0; /* the key now runs 240 bytes past its start */
    TEST_CHECK(frozen_open(&f, copy, size) == -1);
    damaged++;
  }
  TEST_EQ_INT(damaged, 11);
  free(buf);
  free(copy);
  strmap_free(m);
}

/* Wrap s greedily at width w (em, textcells_width) into out[], each line
 * a copy; returns the count.  (The fixture's lines are short.) */
static size_t wrap(const char *s, float w, char out[][256]) {
  size_t n = 0;
  char buf[512];
  snprintf(buf, sizeof buf, "%s", s);
  out[0][0] = 0;
  for (char *save = NULL, *t = strtok_r(buf, " ", &save); t; t = strtok_r(NULL, " ", &save)) {
    char line[512];
    size_t a = strlen(out[n]);
    if (a + strlen(t) + 2 > 256) break;
    memcpy(line, out[n], a + 1);
    if (a) strcat(line, " ");
    strcat(line, t);
    if (a && textcells_width(line, strlen(line)) > w) strcpy(out[++n], t);
    else strcpy(out[n], line);
  }
  return n + 1;
}

/* text reads, and none of its blocks is a table's text cell. */
static void no_text_cells(const char *text) {
  RensaErr e;
  Doc *d = rd(text, &e);
  TEST_CHECK(d != NULL);
  for (size_t i = 0; d && i < d->pages[0].nblocks; i++)
    TEST_CHECK(d->pages[0].blocks[i].kind != DOC_CELL);
  doc_free(d);
}

/* A table of text cells read line by line across its columns comes back
 * cell by cell: each column wrapped at its own width, the lines of a row
 * interleaved as an OCR engine writes them (seed 003's "Uppdrag |
 * Kommentar"). */
static void test_text_cells(void) {
  static const char *cells[3][2] = {
      {"Kommunledningskontoret får i uppdrag att ta fram en plan för laddinfrastruktur "
       "på kommunens parkeringar.",
       "Förslag till plan lämnas till nämnden i oktober 2026, och arbetet följer tidplanen."},
      {"Kommunledningskontoret får i uppdrag att utreda en gemensam fordonsenhet för "
       "kommunens förvaltningar.",
       "Uppdraget redovisades i tekniska nämnden den 22 april, och fordonsenheten inrättas "
       "i januari."},
      {"Kommunledningskontoret får i uppdrag att se över taxan för upplåtelse av "
       "offentlig plats i samråd med polisen",
       "Arbetet startar när resurser finns inom trafik och administrationen i kommunen, "
       "troligen under hösten och vintern."}};
  static const float W[2] = {21.0f, 18.0f};
  char text[4096] = "Tabell 3. Uppdrag\n\nUppdrag Kommentar\n";
  for (int r = 0; r < 3; r++) {
    char lines[2][8][256];
    size_t n[2], most = 0;
    for (int c = 0; c < 2; c++) {
      n[c] = wrap(cells[r][c], W[c], lines[c]);
      if (n[c] > most) most = n[c];
    }
    for (size_t l = 0; l < most; l++) {
      for (int c = 0, first = 1; c < 2; c++)
        if (l < n[c]) {
          if (!first) strcat(text, " ");
          strcat(text, lines[c][l]);
          first = 0;
        }
      strcat(text, "\n");
    }
  }
  /* a paragraph after a blank line is no row: a capital opens it, none
   * stands in the middle of a sentence */
  strcat(text, "\nUppdragen följs upp i delårsrapporten.\n"
               "Samtliga uppdrag ska vara slutförda.\n\nEkonomi\n");
  RensaErr e;
  Doc *d = rd(text, &e);
  TEST_CHECK(d != NULL);
  if (!d) return;
  DocPage *p = &d->pages[0];
  /* Every cell comes back whole.  (Where one column's cell has ended and
   * the next goes on below, the word between them may fit either: a
   * column's width is known only to within it.  This fixture's cells
   * end together; the rows' words must stay in their rows anyway.) */
  size_t ncell = 0, exact = 0, rowwords[4] = {0}, want_rowwords[4] = {0};
  for (size_t i = 0; i < p->nblocks; i++) {
    DocBlock *b = &p->blocks[i];
    if (b->kind != DOC_CELL) continue;
    ncell++;
    if (b->cell_row == 0 || b->cell_row > 3 || b->cell_col > 1) continue;
    char got[512] = "";
    size_t nw = 0, nwant = 1;
    for (size_t l = 0; l < b->nlines; l++)
      for (size_t w = 0; w < b->lines[l].nwords; w++, nw++) {
        if (got[0]) strcat(got, " ");
        strcat(got, b->lines[l].words[w].text);
      }
    const char *want = cells[b->cell_row - 1][b->cell_col];
    for (const char *q = want; *q; q++) nwant += *q == ' ';
    exact += strcmp(got, want) == 0;
    TEST_CHECK(nw + 1 >= nwant && nw <= nwant + 1);
    rowwords[b->cell_row] += nw;
    want_rowwords[b->cell_row] += nwant;
  }
  for (int r = 1; r <= 3; r++) TEST_EQ_INT(rowwords[r], want_rowwords[r]);
  TEST_EQ_INT(exact, 6);
  TEST_EQ_INT(ncell, 8); /* the header's two and the rows' six */
  /* built into one table that says how, from which lines (the header's,
   * 3, to the last row's) */
  TEST_CHECK(tab_build_text(d, &e) == RENSA_OK);
  const DocTable *tt = NULL;
  for (size_t i = 0; i < p->nblocks && !tt; i++)
    if (p->blocks[i].kind == DOC_TABLE) tt = p->blocks[i].table;
  TEST_CHECK(tt && tt->nrows == 4 && tt->ncols == 2 && tt->rebuilt && tt->src_first == 3 &&
             tt->src_last == 12);
  /* the last row's "troligen" would end its label ("... med polisen",
   * no full stop) as well as go on with the comment, both cells ending on
   * that line: both are flagged.  The first row's "oktober" would fit the
   * end of its label's line too, but without it the comment's line would
   * not be full: certain, as the second row's cuts are. */
  if (tt && tt->nrows == 4 && tt->ncols == 2) {
    TEST_EQ_INT(tt->cell_flags[3 * 2 + 0], 5);
    TEST_EQ_INT(tt->cell_flags[3 * 2 + 1], 5);
    TEST_EQ_INT(tt->cell_flags[1 * 2 + 0], 0);
    TEST_EQ_INT(tt->cell_flags[1 * 2 + 1], 0);
    TEST_EQ_INT(tt->cell_flags[2 * 2 + 0], 0);
  }
  TEST_EQ_INT(p->blocks[p->nblocks - 1].kind, DOC_HEADING);
  TEST_CHECK(p->nblocks >= 2 && p->blocks[p->nblocks - 2].kind == DOC_PARA &&
             p->blocks[p->nblocks - 2].nlines == 2);
  doc_free(d);
  /* the same rows under a header of three columns: the text closing each
   * row is the last column's, the status between them left empty */
  char *hdr = strstr(text, "Uppdrag Kommentar\n");
  TEST_CHECK(hdr != NULL);
  if (hdr) {
    char text3[4096];
    snprintf(text3, sizeof text3, "%.*sUppdrag Status Kommentar\n%s", (int)(hdr - text), text,
             hdr + strlen("Uppdrag Kommentar\n"));
    d = rd(text3, &e);
    TEST_CHECK(d != NULL);
    size_t ok = 0;
    for (size_t i = 0; d && i < d->pages[0].nblocks; i++) {
      const DocBlock *b = &d->pages[0].blocks[i];
      if (b->kind != DOC_CELL || b->cell_row == 0) continue;
      if (b->cell_col == 1) TEST_EQ_INT(b->nlines, 0);
      if (b->cell_col == 2 && b->nlines && b->lines[0].nwords)
        ok += !strcmp(b->lines[0].words[0].text, cells[b->cell_row - 1][1]) ||
              !strncmp(cells[b->cell_row - 1][1], b->lines[0].words[0].text,
                       strlen(b->lines[0].words[0].text));
    }
    TEST_EQ_INT(ok, 3);
    doc_free(d);
  }
  /* a numbered heading ends the table, even after a line ending in no
   * full stop */
  char *end = strstr(text, "hösten och vintern.");
  TEST_CHECK(end != NULL);
  if (end) {
    char text4[4096];
    snprintf(text4, sizeof text4, "%.*shösten och vintern\n6 Ekonomi\n", (int)(end - text), text);
    d = rd(text4, &e);
    TEST_CHECK(d != NULL);
    const DocBlock *lb = d ? &d->pages[0].blocks[d->pages[0].nblocks - 1] : NULL;
    TEST_CHECK(lb && lb->kind == DOC_HEADING && lb->nlines == 1 && lb->lines[0].nwords == 2 &&
               !strcmp(lb->lines[0].words[1].text, "Ekonomi"));
    doc_free(d);
  }
  /* nor a list of titles under a title: every word has its capital, the
   * lines are short, nothing wraps */
  no_text_cells("Kommunens Historia\n\nStadens Äldsta Delar\nKvarteren Kring Torget\n"
                "Handel och Hantverk\nJärnvägen Kommer\nIndustrins Framväxt\n\n"
                "Skolor och Bibliotek\nFolkskolan Läroverket Biblioteket\n"
                "Föreningsliv och Idrott Musik och Teater\nNya Tider\n");
  /* a paragraph under a heading of capitalised words is no table */
  no_text_cells("Kommunstyrelsen Alingsås Energi\n"
                "Kommunstyrelsen har under året arbetat med att ta fram en ny plan för\n"
                "hur kommunens lokaler ska användas, och arbetet har skett tillsammans\n"
                "med förvaltningarna. Planen ska beslutas av kommunfullmäktige under\n"
                "hösten, och den ska följas upp varje år i samband med bokslutet.\n");
}

int main(void) {
  RensaErr e;
  size_t n;
  TextEncoding enc;
  /* UTF-8 with BOM and CRLF */
  char *t = textin_decode("t", "\xEF\xBB\xBF" "f\xC3\xB6r\r\nx", 10, &n, &enc, &e);
  TEST_EQ_STR(t, "för\nx");
  TEST_EQ_INT(enc, TEXT_UTF8);
  free(t);
  /* CP1252/Latin-1: "för" with ö = 0xF6, and a CP1252 dash 0x96 */
  t = textin_decode("t", "f\xF6r \x96 x", 7, &n, &enc, &e);
  TEST_EQ_STR(t, "för \xE2\x80\x93 x");
  TEST_EQ_INT(enc, TEXT_CP1252);
  free(t);
  /* decomposed diacritics are composed: a + U+0308 -> ä */
  t = textin_decode("t", "ja\xCC\x88mfo\xCC\x88rt", 11, &n, &enc, &e);
  TEST_EQ_STR(t, "jämfört");
  free(t);
  /* binary and empty input are errors naming the file */
  TEST_CHECK(textin_decode("bin.dat", "ab\0cd", 5, &n, &enc, &e) == NULL);
  TEST_EQ_INT(e.code, RENSA_E_INPUT);
  TEST_EQ_STR(e.file, "bin.dat");
  TEST_CHECK(rd("   \n\n", &e) == NULL);
  TEST_EQ_INT(e.code, RENSA_E_INPUT);
  TEST_CHECK(textin_decode("u16", "\xFF\xFEh\0", 4, &n, &enc, &e) == NULL);
  /* fixup-speed2: ASCII is decoded eight bytes at a time; CR, FF, a NUL,
   * a Latin-1 byte and a combining mark must be seen at every offset of
   * the eight-byte steps, and a mark after a step composes with its last
   * letter. */
  for (size_t k = 0; k < 20; k++) {
    char in[32], want[32];
    memset(in, 'a', 24);
    memcpy(want, in, 24);
    in[k] = '\r'; /* lone CR -> LF */
    want[k] = '\n';
    t = textin_decode("t", in, 24, &n, &enc, &e);
    TEST_CHECK(t && n == 24 && memcmp(t, want, 24) == 0);
    free(t);
    in[k] = '\f'; /* FF -> LF */
    t = textin_decode("t", in, 24, &n, &enc, &e);
    TEST_CHECK(t && n == 24 && memcmp(t, want, 24) == 0);
    free(t);
    in[k] = '\r'; /* CRLF -> LF: one byte shorter */
    in[k + 1] = '\n';
    t = textin_decode("t", in, 24, &n, &enc, &e);
    TEST_CHECK(t && n == 23 && memcmp(t, want, 24 - 1) == 0);
    free(t);
    memset(in, 'a', 24);
    in[k] = (char)0xF6; /* Latin-1 ö: CP1252 */
    t = textin_decode("t", in, 24, &n, &enc, &e);
    TEST_CHECK(t && n == 25 && enc == TEXT_CP1252 &&
               memcmp(t + k, "\xC3\xB6", 2) == 0);
    free(t);
    in[k] = '\0'; /* NUL: binary, at its offset */
    TEST_CHECK(textin_decode("t", in, 24, &n, &enc, &e) == NULL);
    char msg[64];
    snprintf(msg, sizeof msg, "NUL byte at offset %zu", k);
    TEST_CHECK(strstr(e.msg, msg) != NULL);
    memset(in, 'a', 24);
    memcpy(in + k, "\xCC\x88", 2); /* a + U+0308 -> ä */
    t = textin_decode("t", in, 24, &n, &enc, &e);
    TEST_CHECK(t && n == (k ? 23 : 24) && enc == TEXT_UTF8);
    if (t && k) TEST_CHECK(memcmp(t + k - 1, "\xC3\xA4", 2) == 0);
    free(t);
  }

  /* layout: heading, paragraph, list, table rows, page number noise */
  Doc *d = rd("1. Inledning\n\n"
              "Kommunledningskontoret innehaller ett antal\n"
              "huvudfunktioner for att utfora uppdragen.\n\n"
              "- Visionen och vara varderingar\n"
              "- Ledarskap\n\n"
              "(tkr) Utfall Budget\n"
              "Externa intakter -1388 -982\n"
              "Summa kostnader 38 522 42 058\n\n"
              "12\n",
              &e);
  TEST_CHECK(d != NULL);
  DocPage *p = &d->pages[0];
  TEST_EQ_INT(p->nblocks, 6);
  TEST_EQ_INT(p->blocks[0].kind, DOC_HEADING);
  TEST_EQ_INT(p->blocks[0].level, 2);
  TEST_EQ_INT(p->blocks[1].kind, DOC_PARA);
  TEST_EQ_INT(p->blocks[1].nlines, 2);
  TEST_EQ_INT(p->blocks[2].kind, DOC_LIST_ITEM);
  TEST_EQ_STR(p->blocks[2].lines[0].words[0].text, "Visionen");
  TEST_EQ_INT(p->blocks[3].kind, DOC_LIST_ITEM);
  TEST_EQ_INT(p->blocks[4].kind, DOC_TABLE_ROWS);
  TEST_EQ_INT(p->blocks[4].nlines, 3); /* header line joins the rows */
  TEST_EQ_INT(p->blocks[5].kind, DOC_NOISE);
  /* source positions: line 3, column 1 */
  TEST_EQ_INT(p->blocks[1].lines[0].words[0].src_line, 3);
  TEST_EQ_INT(p->blocks[1].lines[1].words[1].src_col, 17);
  doc_free(d);

  /* a short line over a longer sentence, with no blank line between them,
   * opening the group or after a finished sentence, is a heading; a
   * sentence with a note's number after it, or "Surname, Name", is not */
  d = rd("Intro av texten som tar slut.\nVasentliga handelser\n"
         "Under forsta halvaret 2025 kan foljande handelser sarskilt uppmarksammas.\n\n"
         "Omvant kan det missbrukas. 85\n"
         "Som medium har det fantastiska mojligheter och mycket mer.\n",
         &e);
  TEST_CHECK(d != NULL);
  if (d) {
    p = &d->pages[0];
    TEST_EQ_INT(p->nblocks, 4);
    TEST_EQ_INT(p->blocks[1].kind, DOC_HEADING);
    TEST_EQ_STR(p->blocks[1].lines[0].words[0].text, "Vasentliga");
    TEST_EQ_INT(p->blocks[2].kind, DOC_PARA);
    TEST_EQ_INT(p->blocks[3].kind, DOC_PARA);
    TEST_EQ_INT(p->blocks[3].nlines, 2);
    doc_free(d);
  }
  /* a one-word heading right above a header line with its years is not a
   * header line of the table (it had been stacked onto the header) */
  d = rd("Ekonomi\n"
         "Ekonomi (tkr) 2024 2025\n"
         "Intakter 10 135 11 251\n"
         "Kostnader -69 731 -73 300\n",
         &e);
  p = &d->pages[0];
  TEST_EQ_INT(p->nblocks, 2);
  if (p->nblocks == 2) {
    TEST_EQ_INT(p->blocks[0].kind, DOC_PARA);
    TEST_EQ_STR(p->blocks[0].lines[0].words[0].text, "Ekonomi");
    TEST_EQ_INT(p->blocks[1].kind, DOC_TABLE_ROWS);
    TEST_EQ_INT(p->blocks[1].nlines, 3);
  }
  doc_free(d);
  /* rows closing in words (a goal table's "Bedömning") keep their lines,
   * a wrapped closing word and label with them; prose going on after its
   * figures in small letters stays a paragraph */
  d = rd("Indikator 2026 2025 Bedomning\n"
         "Andel elever med examen inom tre ar 76% 73,4 % Delvis\n"
         "uppfyllt\n"
         "Andel nojda brukare 90 % 88 % Uppfyllt\n"
         "i hemtjansten\n\n"
         "Kostnaderna okade med 3,4 procent till 12 450 tkr under\n"
         "aret och 2 100 tkr till.\n",
         &e);
  p = &d->pages[0];
  TEST_EQ_INT(p->nblocks, 2);
  if (p->nblocks == 2) {
    TEST_EQ_INT(p->blocks[0].kind, DOC_LINES);
    TEST_EQ_INT(p->blocks[0].nlines, 5);
    TEST_EQ_INT(p->blocks[1].kind, DOC_PARA);
  }
  doc_free(d);
  /* prose with dates is not a table row */
  d = rd("Budgeten beslutades den 16 december 2024, § 191.\nDen 1 september 2025 antogs den.\n", &e);
  TEST_EQ_INT(d->pages[0].blocks[0].kind, DOC_PARA);
  doc_free(d);
  test_frozen_map();
  test_text_cells();
  return TEST_REPORT();
}
