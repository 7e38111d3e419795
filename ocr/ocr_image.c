/*
 * ocr_image.c — the image module: page images from files or rendered PDF
 * pages, and the preprocessing that makes them easy for Tesseract.
 *
 * The only file that touches Leptonica's PIX; everything else sees the
 * opaque OcrImage.  Preprocessing, in this order, each step skippable:
 *   upscale   pages below 250 dpi go to 300 dpi (resolution from the file
 *             when it agrees with the text height, else from the text height)
 *   border    dark regions touching the image edge (scanner borders, punch
 *             holes at the edge) are painted white
 *   osd       Tesseract's orientation detection; the page is turned upright
 *             when the detector is confident
 *   deskew    Leptonica's skew search, rotation when confident
 *   binarize  background normalisation (evens out lighting and yellowed
 *             paper) followed by Otsu thresholding per large tile
 *   denoise   specks of at most 2×2 px (at 300 dpi) removed
 * Provides: ocr_image_quiet, ocr_image_tiff_count, ocr_image_load,
 * ocr_image_from_xrgb, ocr_image_free, ocr_image_prepare, ocr_image_set_on,
 * ocr_image_width, ocr_image_height, ocr_image_ink, ocr_image_unread.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <leptonica/allheaders.h>
#include <tesseract/capi.h>

#include "ocr_int.h"
#include "tables.h"

struct OcrImage {
  PIX *pix;     /* 8 bpp gray until binarised, then 1 bpp */
  int dpi;      /* resolution as declared by the source (0 if none) */
};

/* A discarding handler for Leptonica's messages. */
static void lept_discard(const char *msg) { (void)msg; }

void ocr_image_quiet(void) {
  leptSetStderrHandler(lept_discard);
}

int ocr_image_tiff_count(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  l_int32 n = 0;
  int bad = tiffGetCount(f, &n);
  fclose(f);
  return bad || n < 1 ? -1 : n;
}

/* Convert any depth to 8 bpp gray; returns a new PIX or NULL. */
static PIX *to_gray(PIX *pix) {
  if (pixGetDepth(pix) == 32)
    return pixConvertRGBToLuminance(pix);
  return pixConvertTo8(pix, 0);
}

/* Is a Leptonica file format one of the TIFF flavours? */
static int is_tiff(l_int32 fmt) {
  return fmt == IFF_TIFF || fmt == IFF_TIFF_G4 || fmt == IFF_TIFF_G3 ||
         fmt == IFF_TIFF_LZW || fmt == IFF_TIFF_ZIP || fmt == IFF_TIFF_PACKBITS ||
         fmt == IFF_TIFF_RLE || fmt == IFF_TIFF_JPEG;
}

/* Does a PNG or JPEG file end properly (IEND chunk, EOI marker in the last
 * kilobyte)?  Checked before decoding because the decoders' own complaints
 * about a cut file go to stderr.  Other formats: 1. */
static int complete(const char *path, l_int32 fmt) {
  if (fmt != IFF_PNG && fmt != IFF_JFIF_JPEG) return 1;
  unsigned char buf[1024];
  long got = ocr_file_tail(path, buf, sizeof buf);
  if (got < 0) return 0;
  size_t n = (size_t)got;
  if (fmt == IFF_PNG)
    return n >= 12 && memcmp(buf + n - 8, "IEND", 4) == 0;
  for (size_t i = 0; i + 1 < n; i++)
    if (buf[i] == 0xFF && buf[i + 1] == 0xD9) return 1;
  return 0;
}

OcrImage *ocr_image_load(const char *path, int index, int page,
                         long max_pixels, RensaErr *e) {
  l_int32 fmt = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
  FILE *f = fopen(path, "rb");
  if (!f) {
    rensa_err_set(e, RENSA_E_INPUT, path, 0, "cannot open: %s", strerror(errno));
    return NULL;
  }
  fclose(f);
  if (index == 0) {
    if (pixReadHeader(path, &fmt, &w, &h, &bps, &spp, &cmap)) {
      rensa_err_set(e, RENSA_E_INPUT, path, page,
                    "cannot read the image header (damaged or unsupported image)");
      return NULL;
    }
    if (max_pixels > 0 && (double)w * h > (double)max_pixels) {
      rensa_err_set(e, RENSA_E_INPUT, path, page,
                    "image is %dx%d pixels, over the limit of %ld pixels",
                    w, h, max_pixels);
      return NULL;
    }
  }
  if (index == 0 && !complete(path, fmt)) {
    rensa_err_set(e, RENSA_E_INPUT, path, page,
                  "image file is truncated (its end marker is missing)");
    return NULL;
  }
  PIX *pix = NULL;
  if (findFileFormat(path, &fmt) == 0)
    pix = is_tiff(fmt) ? pixReadTiff(path, index) : pixRead(path);
  if (!pix) {
    rensa_err_set(e, RENSA_E_INPUT, path, page,
                  "cannot decode the image (damaged or truncated file)");
    return NULL;
  }
  w = pixGetWidth(pix);
  h = pixGetHeight(pix);
  if (max_pixels > 0 && (double)w * h > (double)max_pixels) {
    rensa_err_set(e, RENSA_E_INPUT, path, page,
                  "image is %dx%d pixels, over the limit of %ld pixels",
                  w, h, max_pixels);
    pixDestroy(&pix);
    return NULL;
  }
  OcrImage *img = calloc(1, sizeof *img);
  PIX *g = img ? to_gray(pix) : NULL;
  int dpi = pixGetXRes(pix);
  pixDestroy(&pix);
  if (!g) {
    free(img);
    rensa_err_set(e, RENSA_E_NOMEM, path, page, "out of memory for the image");
    return NULL;
  }
  img->pix = g;
  img->dpi = dpi;
  return img;
}

OcrImage *ocr_image_from_xrgb(const unsigned char *data, int w, int h,
                              int stride, int dpi) {
  OcrImage *img = calloc(1, sizeof *img);
  PIX *pix = img ? pixCreate(w, h, 8) : NULL;
  if (!pix) {
    free(img);
    return NULL;
  }
  l_uint32 *pd = pixGetData(pix);
  l_int32 wpl = pixGetWpl(pix);
  /* four pixels to a word, the first in its high byte (Leptonica's
   * order), rather than byte by byte (9 ms less a 300 dpi page) */
  for (int y = 0; y < h; y++) {
    const unsigned int *src = (const unsigned int *)(data + (size_t)y * stride);
    l_uint32 *line = pd + (size_t)y * wpl;
    int x = 0;
    for (; x + 4 <= w; x += 4) {
      l_uint32 word = 0;
      for (int k = 0; k < 4; k++) {
        unsigned v = src[x + k];
        word = word << 8 | ((((v >> 16) & 255) * 77 + ((v >> 8) & 255) * 150 + (v & 255) * 29) >> 8);
      }
      line[x / 4] = word;
    }
    for (; x < w; x++) {
      unsigned v = src[x];
      unsigned r = (v >> 16) & 255, g = (v >> 8) & 255, b = v & 255;
      SET_DATA_BYTE(line, x, (r * 77 + g * 150 + b * 29) >> 8);
    }
  }
  pixSetResolution(pix, dpi, dpi);
  img->pix = pix;
  img->dpi = dpi;
  return img;
}

void ocr_image_free(OcrImage *img) {
  if (!img) return;
  pixDestroy(&img->pix);
  free(img);
}

int ocr_image_width(const OcrImage *img) { return pixGetWidth(img->pix); }
int ocr_image_height(const OcrImage *img) { return pixGetHeight(img->pix); }

/* Replace img->pix by np when np is non-NULL and different. */
static void replace(OcrImage *img, PIX *np) {
  if (!np || np == img->pix) {
    if (np) pixDestroy(&np);          /* a clone: drop the extra reference */
    return;
  }
  pixDestroy(&img->pix);
  img->pix = np;
}

/* Estimate the resolution from the median height of connected components,
 * taken as the x-height of body text (about 0.075 in for 10-11 pt type;
 * calibrated on 200 and 300 dpi report scans).  0 when the page has too
 * few components to tell. */
static int dpi_from_text(PIX *gray) {
  PIX *bin = pixThresholdToBinary(gray, 128);
  BOXA *boxa = bin ? pixConnCompBB(bin, 8) : NULL;
  int dpi = 0;
  if (boxa) {
    int n = boxaGetCount(boxa), m = 0;
    int cnt[301] = {0};
    for (int i = 0; i < n; i++) {
      l_int32 bx, by, bw, bh;
      if (boxaGetBoxGeometry(boxa, i, &bx, &by, &bw, &bh) == 0 &&
          bh >= 4 && bh <= 300 && bw <= 4 * bh) {
        cnt[bh]++;
        m++;
      }
    }
    if (m >= 50) {
      int acc = 0, med = 0;
      for (med = 0; med <= 300; med++)
        if ((acc += cnt[med]) * 2 >= m) break;
      dpi = (int)(med / 0.075);
      if (dpi < 72) dpi = 72;
      if (dpi > 1200) dpi = 1200;
    }
    boxaDestroy(&boxa);
  }
  pixDestroy(&bin);
  return dpi;
}

/* The resolution to assume.  Declared resolutions are often wrong (a
 * 200 dpi scan saved as 508 ppi, a 300 dpi scan as 96), so the declared one
 * is kept only when it gives a plausible page width (3 to 17 in) and agrees
 * within 1.6x with the estimate from text height; else the text estimate,
 * else an A-series/letter page shape, else 300. */
static int effective_dpi(OcrImage *img) {
  int w = pixGetWidth(img->pix), h = pixGetHeight(img->pix);
  int text = dpi_from_text(img->pix);
  if (img->dpi >= 70 && img->dpi <= 1200) {
    double in = (double)w / img->dpi;
    double r = text ? (double)img->dpi / text : 1;
    if (in >= 3 && in <= 17 && r < 1.6 && r > 1 / 1.6) return img->dpi;
  }
  if (text) return text;
  double lo = w < h ? w : h, hi = w < h ? h : w;
  double ratio = hi / lo;
  if (ratio > 1.25 && ratio < 1.5 && lo >= 600) {
    int d = (int)(lo / 8.3 + 0.5);                /* A4 8.27 in, letter 8.5 */
    if (d >= 72 && d <= 1200) return d;
  }
  return 300;
}

/* Paint white the large dark regions that touch the image edge. */
static void remove_border(OcrImage *img) {
  PIX *bin = pixThresholdToBinary(img->pix, 100);
  PIX *edge = bin ? pixExtractBorderConnComps(bin, 8) : NULL;
  int w = pixGetWidth(img->pix), h = pixGetHeight(img->pix);
  PIX *big = edge ? pixSelectBySize(edge, w / 5, h / 5, 8, L_SELECT_IF_EITHER,
                                    L_SELECT_IF_GT, NULL) : NULL;
  l_int32 empty = 1;
  if (big) pixZero(big, &empty);
  if (big && !empty) {
    PIX *grown = pixDilateBrick(NULL, big, 9, 9);
    if (grown) pixSetMasked(img->pix, grown, 255);
    pixDestroy(&grown);
  }
  pixDestroy(&big);
  pixDestroy(&edge);
  pixDestroy(&bin);
}

/* Leptonica's ascender/descender decision on the binary page bin. */
static l_int32 orient_decision(PIX *bin) {
  l_float32 up = 0, left = 0;
  l_int32 o = L_TEXT_ORIENT_UNKNOWN;
  if (bin && pixOrientDetect(bin, &up, &left, 0, 0) == 0)
    makeOrientDecision(up, left, 0, 0, &o, 0);
  return o;
}

/* Turn the page upright.  Leptonica's ascender/descender count (on the
 * page thresholded at 128) decides cheaply when the page is clearly
 * upright (most pages): first on the page reduced to half (150 dpi for a
 * 300 dpi page, within the detector's range: 12 instead of 50-65 ms), then
 * at full size.  Otherwise Tesseract's OSD is asked, and the page is turned
 * when OSD is confident, or fairly confident and Leptonica leans the same
 * way. */
static void orient(OcrImage *img, TessBaseAPI *osd, int dpi) {
  PIX *bin = pixThresholdToBinary(img->pix, 128);
  if (!bin) return;
  l_int32 o = L_TEXT_ORIENT_UNKNOWN;
  if (dpi >= 250) {
    PIX *half = pixReduceRankBinary2(bin, 1, NULL);
    o = orient_decision(half);
    pixDestroy(&half);
  }
  if (o != L_TEXT_ORIENT_UP) o = orient_decision(bin);
  pixDestroy(&bin);
  if (o == L_TEXT_ORIENT_UP) return;
  int deg = 0;
  float conf = 0, sconf = 0;
  const char *script = NULL;
  TessBaseAPISetImage2(osd, img->pix);
  TessBaseAPISetSourceResolution(osd, dpi);
  int ok = TessBaseAPIDetectOrientationScript(osd, &deg, &conf, &script, &sconf);
  TessBaseAPIClear(osd);
  if (!ok || deg % 90 != 0 || deg <= 0 || deg >= 360) return;
  /* Leptonica's view in OSD's terms (degrees the text is turned clockwise) */
  int lept = o == L_TEXT_ORIENT_RIGHT ? 90 : o == L_TEXT_ORIENT_DOWN ? 180 :
             o == L_TEXT_ORIENT_LEFT ? 270 : -1;
  if (conf < 5.0f && !(conf >= 2.0f && lept == deg)) return;
  /* undo a clockwise turn of deg degrees */
  replace(img, pixRotateOrth(img->pix, ((360 - deg) / 90) % 4));
}

/* The skew of the binary page bin in degrees (Leptonica's sweep at 1/4 and
 * binary search at 1/2 size, as pixFindSkewAndDeskew does), or 0 when it
 * is too small to matter (< 0.1 degree) or the measure is not confident. */
static float skew_angle(PIX *bin) {
  l_float32 angle = 0, conf = 0;
  if (!bin || pixFindSkewSweepAndSearch(bin, &angle, &conf, 4, 2, 7.0f, 1.0f, 0.01f))
    return 0;
  if (fabsf(angle) < 0.1f || conf < 3.0f) return 0;
  return angle;
}

/* Rotate the gray page by deg degrees (clockwise) with area mapping,
 * bringing in white.  (Shearing is 4-90 times cheaper but, tried on the
 * gray or the thresholded page, raised the word error rate of the rough
 * 200 dpi scans by 0.1-0.6 points.) */
static void rotate(OcrImage *img, float deg) {
  l_float32 deg2rad = 3.1415926535 / 180.;
  replace(img, pixRotate(img->pix, deg2rad * deg, L_ROTATE_AREA_MAP,
                         L_BRING_IN_WHITE, 0, 0));
}

/* Binarise: background normalisation, then Otsu per tile of at least
 * 2000 px (pixOtsuAdaptiveThreshold's tiling: one tile below 4000 px,
 * two from 4000 px on, and so on).  A page of one tile is thresholded
 * directly, without the two copies of the page the tiler makes (36 ->
 * 16 ms on an A4 page at 300 dpi); the result is the same. */
static void binarize(OcrImage *img) {
  PIX *norm = pixBackgroundNormSimple(img->pix, NULL, NULL);
  if (!norm) return;
  PIX *bin = NULL;
  l_int32 t = 0;
  if (pixGetWidth(norm) < 4000 && pixGetHeight(norm) < 4000) {
    /* pixSplitDistributionFgBg's split, on the histogram of the page
     * itself: that function first copies the page (51 -> 43 ms a page) */
    NUMA *hist = pixGetGrayHistogram(norm, 1);
    if (hist && numaSplitDistribution(hist, 0.0f, &t, NULL, NULL, NULL, NULL, NULL) == 0)
      bin = pixThresholdToBinary(norm, t);
    numaDestroy(&hist);
  } else if (pixOtsuAdaptiveThreshold(norm, 2000, 2000, 0, 0, 0.0f, NULL, &bin)) {
    bin = NULL;
  }
  if (bin) replace(img, bin);
  pixDestroy(&norm);
}

/* Turn blocks of white type on a dark ground (a banner, a table's header
 * row set in reverse) into dark type on a light one, on the grey page
 * before binarisation: background normalisation would take a large dark
 * block for background and wash its letters out, and Tesseract's own
 * inverted reading of a line often comes out garbled.  A block is a
 * component of the page thresholded at 128 at least half an inch wide and
 * 0.1 to 1.2 inches tall whose box is at least 60% dark (ruled tables and
 * frames are far emptier, type far thinner).  Looked for on the page
 * reduced 4 times (a sixteenth of the pixels; type there is grey, blocks
 * stay dark). */
static void invert_dark_blocks(OcrImage *img, int dpi) {
  if (pixGetDepth(img->pix) != 8) return;
  PIX *half = pixScaleAreaMap2(img->pix);
  PIX *quarter = half ? pixScaleAreaMap2(half) : NULL;
  PIX *bin = quarter ? pixThresholdToBinary(quarter, 128) : NULL;
  BOXA *ba = bin ? pixConnCompBB(bin, 8) : NULL;
  int d = dpi / 4;
  for (l_int32 i = 0; ba && i < boxaGetCount(ba); i++) {
    l_int32 x, y, w, h;
    if (boxaGetBoxGeometry(ba, i, &x, &y, &w, &h)) continue;
    if (w < d / 2 || h < d / 10 || h > d * 6 / 5 || w < 3 || h < 3) continue;
    BOX *b = boxCreate(x, y, w, h);
    l_int32 on = 0;
    /* inverted a reduced pixel inside: the block's edge stays a dark
     * frame rather than the white around it turning into one */
    if (b && pixCountPixelsInRect(bin, b, &on, NULL) == 0 && on >= 0.6 * (double)w * h)
      pixRasterop(img->pix, 4 * x + 4, 4 * y + 4, 4 * w - 8, 4 * h - 8,
                  PIX_NOT(PIX_DST), NULL, 0, 0);
    boxDestroy(&b);
  }
  boxaDestroy(&ba);
  pixDestroy(&bin);
  pixDestroy(&quarter);
  pixDestroy(&half);
}

/* Remove specks of at most s×s pixels. */
static void denoise(OcrImage *img, int s) {
  if (pixGetDepth(img->pix) == 1) {
    replace(img, pixSelectBySize(img->pix, s, s, 8, L_SELECT_IF_EITHER,
                                 L_SELECT_IF_GT, NULL));
    return;
  }
  PIX *bin = pixThresholdToBinary(img->pix, 128);
  PIX *keep = bin ? pixSelectBySize(bin, s, s, 8, L_SELECT_IF_EITHER,
                                    L_SELECT_IF_GT, NULL) : NULL;
  if (keep) {
    PIX *specks = pixSubtract(NULL, bin, keep);
    if (specks) pixSetMasked(img->pix, specks, 255);
    pixDestroy(&specks);
  }
  pixDestroy(&keep);
  pixDestroy(&bin);
}

RensaStatus ocr_image_prepare(OcrImage *img, unsigned skip, TessBaseAPI *osd,
                              long max_pixels, RensaErr *e) {
  (void)e;
  int dpi = effective_dpi(img), grey = 0;
  if (!(skip & OCR_SKIP_UPSCALE) && dpi < 235) {
    float f = 300.0f / dpi;
    double w = pixGetWidth(img->pix) * f, h = pixGetHeight(img->pix) * f;
    if (max_pixels <= 0 || w * h <= (double)max_pixels) {
      replace(img, pixScaleGrayLI(img->pix, f, f));
      grey = 1;   /* (see below) */
      dpi = 300;
    }
  }
  if (!(skip & OCR_SKIP_BORDER)) remove_border(img);
  if (osd && !(skip & OCR_SKIP_OSD)) orient(img, osd, dpi);
  if (!(skip & OCR_SKIP_DESKEW)) {
    /* measured on the page thresholded at 130, as pixFindSkewAndDeskew
     * does, and rotated only when needed (that function copies the page
     * when it does not rotate) */
    PIX *bin = pixThresholdToBinary(img->pix, 130);
    float skew = skew_angle(bin);
    pixDestroy(&bin);
    if (skew != 0) rotate(img, skew);
  }
  /* A page scaled up (from under 235 dpi) stays grey for Tesseract's own
   * thresholding: binarised, the interpolated strokes of a 200 dpi scan
   * broke into wrong letters ("Kommunfullmaäktige", "driftsmötetr"; word
   * error rate of 003's rough 200 dpi pages 1.54 % -> 1.20 %, of the
   * corpus cases' 0.33-0.48 % from 0.60-0.81 %).  300 dpi scans read
   * better binarised (grey: 0.27 % -> 2.35 % on intraservice), and are
   * not scaled: the type sizes a 200 dpi scan at 160-226 dpi, a 300 dpi
   * one at 240-253 (003's scan.pdf declares 96 dpi, so its size is all
   * there is; scaled up from 240 as before, its scan read 0.76 % against
   * 0.72 %, and 1.56 times the pixels). */
  if (!(skip & OCR_SKIP_BINARIZE)) {
    invert_dark_blocks(img, dpi);
    if (!grey) binarize(img);
  }
  if (!(skip & OCR_SKIP_DENOISE)) denoise(img, dpi >= 250 ? 2 : 1);
  pixSetResolution(img->pix, dpi, dpi);
  img->dpi = dpi;
  return RENSA_OK;
}

/* Box b of the page (image pixels) as a binary image of its own (gray
 * thresholded at 128), or NULL when it is empty or outside. */
static PIX *clip_binary(OcrImage *img, const DocBox *b) {
  int x0 = (int)b->x0, y0 = (int)b->y0, x1 = (int)b->x1, y1 = (int)b->y1;
  if (!img->pix || x1 <= x0 || y1 <= y0) return NULL;
  BOX *box = boxCreate(x0, y0, x1 - x0, y1 - y0);
  PIX *clip = box ? pixClipRectangle(img->pix, box, NULL) : NULL;
  boxDestroy(&box);
  PIX *bin = clip ? (pixGetDepth(clip) == 1 ? pixClone(clip) : pixThresholdToBinary(clip, 128)) : NULL;
  pixDestroy(&clip);
  return bin;
}

long ocr_image_ink(OcrImage *img, const DocBox *b, long *area) {
  PIX *bin = clip_binary(img, b);
  l_int32 n = 0;
  if (bin) pixCountPixels(bin, &n, NULL);
  *area = bin ? (long)pixGetWidth(bin) * pixGetHeight(bin) : 0;
  pixDestroy(&bin);
  return n;
}

int ocr_image_columns(OcrImage *img, const DocBox *b, int *cols, int max) {
  PIX *bin = max > 0 ? clip_binary(img, b) : NULL;
  if (!bin) return 0;
  int w = pixGetWidth(bin), h = pixGetHeight(bin), wpl = pixGetWpl(bin);
  int n = w < max ? w : max;
  l_uint32 *data = pixGetData(bin);
  for (int x = 0; x < n; x++) cols[x] = 0;
  for (int y = 0; y < h; y++) {
    l_uint32 *line = data + (size_t)y * (size_t)wpl;
    for (int x = 0; x < n; x++) cols[x] += GET_DATA_BIT(line, x) ? 1 : 0;
  }
  pixDestroy(&bin);
  return n;
}

int ocr_image_rows(OcrImage *img, const DocBox *b, int *rows, int max) {
  PIX *bin = max > 0 ? clip_binary(img, b) : NULL;
  if (!bin) return 0;
  int w = pixGetWidth(bin), h = pixGetHeight(bin), wpl = pixGetWpl(bin);
  int n = h < max ? h : max;
  l_uint32 *data = pixGetData(bin);
  for (int y = 0; y < n; y++) {
    l_uint32 *line = data + (size_t)y * (size_t)wpl;
    rows[y] = 0;
    for (int x = 0; x < w; x++) rows[y] += GET_DATA_BIT(line, x) ? 1 : 0;
  }
  pixDestroy(&bin);
  return n;
}

int ocr_image_column_spans(OcrImage *img, const DocBox *b, int *top, int *bot, int max) {
  PIX *bin = max > 0 ? clip_binary(img, b) : NULL;
  if (!bin) return 0;
  int w = pixGetWidth(bin), h = pixGetHeight(bin), wpl = pixGetWpl(bin);
  int n = w < max ? w : max;
  l_uint32 *data = pixGetData(bin);
  for (int x = 0; x < n; x++) top[x] = bot[x] = -1;
  for (int y = 0; y < h; y++) {
    l_uint32 *line = data + (size_t)y * (size_t)wpl;
    for (int x = 0; x < n; x++)
      if (GET_DATA_BIT(line, x)) {
        if (top[x] < 0) top[x] = y;
        bot[x] = y;
      }
  }
  pixDestroy(&bin);
  return n;
}

int ocr_image_ink_rows(OcrImage *img, const DocBox *b, int *y0, int *y1) {
  int top = (int)b->y0;
  PIX *bin = clip_binary(img, b);
  if (!bin) return 0;
  int w = pixGetWidth(bin), h = pixGetHeight(bin), wpl = pixGetWpl(bin), found = 0;
  l_uint32 *data = pixGetData(bin);
  for (int y = 0; y < h; y++) {
    l_uint32 *line = data + (size_t)y * (size_t)wpl;
    int ink = 0;
    for (int x = 0; x < w && !ink; x++) ink = GET_DATA_BIT(line, x) != 0;
    if (!ink) continue;
    if (!found) *y0 = top + y;
    *y1 = top + y;
    found = 1;
  }
  pixDestroy(&bin);
  return found;
}

int ocr_image_rules(OcrImage *img, DocPage *p) {
  if (!img->pix) return 0;
  int dpi = img->dpi > 0 ? img->dpi : 300, f = dpi >= 250 ? 2 : 1;
  /* 2 × 2 pixels to one: any ink of a binary page keeps a hairline;
   * the mean of a gray one keeps it darker than the paper */
  PIX *r = pixGetDepth(img->pix) == 1
               ? (f == 2 ? pixReduceRankBinary2(img->pix, 1, NULL) : pixClone(img->pix))
               : pixGetDepth(img->pix) == 8
                     ? (f == 2 ? pixScaleAreaMap2(img->pix) : pixClone(img->pix))
                     : NULL;
  if (!r) return 0;
  int w = pixGetWidth(r), h = pixGetHeight(r), d = pixGetDepth(r), wpl = pixGetWpl(r);
  unsigned char *lum = malloc((size_t)w * (size_t)h);
  int ret = -1;
  if (lum) {
    l_uint32 *data = pixGetData(r);
    for (int y = 0; y < h; y++) {
      l_uint32 *line = data + (size_t)y * (size_t)wpl;
      unsigned char *o = lum + (size_t)y * (size_t)w;
      for (int x = 0; x < w; x++)
        o[x] = d == 1 ? (GET_DATA_BIT(line, x) ? 0 : 255) : (unsigned char)GET_DATA_BYTE(line, x);
    }
    ret = tab_ruling_scan_gray(lum, w, h, (float)dpi / (float)f / 72.0f, (float)f, p);
  }
  free(lum);
  pixDestroy(&r);
  return ret;
}

void ocr_image_set_on(OcrImage *img, TessBaseAPI *api) {
  TessBaseAPISetImage2(api, img->pix);
  TessBaseAPISetSourceResolution(api, img->dpi > 0 ? img->dpi : 300);
}

/* Ink of m inside g, as a share of g's area. */
static float fill_of(PIX *m, DocBox g) {
  BOX *b = boxCreate((int)g.x0, (int)g.y0, (int)(g.x1 - g.x0), (int)(g.y1 - g.y0));
  l_int32 n = 0;
  if (!b || pixCountPixelsInRect(m, b, &n, NULL)) n = 0;
  boxDestroy(&b);
  return (float)n / ((g.x1 - g.x0) * (g.y1 - g.y0));
}

/* The first pixel from x on (before w) of the 1 bpp row line that is ink
 * (want 1) or not (want 0); w when there is none. */
static int next_pixel(const l_uint32 *line, int x, int w, int want) {
  while (x < w) {
    l_uint32 v = want ? line[x >> 5] : ~line[x >> 5];
    v &= 0xffffffffu >> (x & 31);   /* (pixel 0 is a word's high bit) */
    if (v) {
      x = (x & ~31) + __builtin_clz(v);
      return x < w ? x : w;
    }
    x = (x & ~31) + 32;
  }
  return w;
}

/* Set pixels a..b of the 1 bpp row line (none when b < a). */
static void set_pixels(l_uint32 *line, int a, int b) {
  for (int x = a; x <= b;) {
    int k = x & 31, n = b - x + 1 < 32 - k ? b - x + 1 : 32 - k;
    l_uint32 mask = (n == 32 ? 0xffffffffu : ((1u << n) - 1) << (32 - k - n));
    line[x >> 5] |= mask;
    x += n;
  }
}

/* pixCloseBrick(NULL, m, size, 1) for an odd size, worked out on each
 * row's runs of ink instead of by size shifted copies of the page each
 * way (a size of 35 on a 300 dpi page: 70 passes over the page): runs
 * closer than size are joined, and with Leptonica's boundary condition
 * (the page taken as surrounded by no ink) nothing stays within size / 2
 * of the left and right edges.  The same pixels; NULL when out of
 * memory. */
static PIX *close_rows(PIX *m, int size) {
  int w = pixGetWidth(m), h = pixGetHeight(m), wpl = pixGetWpl(m), c = size / 2;
  PIX *d = pixCreateTemplate(m);
  if (!d) return NULL;
  const l_uint32 *sd = pixGetData(m);
  l_uint32 *dd = pixGetData(d);
  for (int y = 0; y < h; y++) {
    const l_uint32 *line = sd + (size_t)y * (size_t)wpl;
    l_uint32 *out = dd + (size_t)y * (size_t)wpl;
    int s = -1, e = -1;   /* the joined run so far */
    for (int x = next_pixel(line, 0, w, 1); x < w; x = next_pixel(line, x, w, 1)) {
      int r = next_pixel(line, x, w, 0);
      if (s >= 0 && x - e - 1 <= 2 * c) {
        e = r - 1;
      } else {
        if (s >= 0) set_pixels(out, s > c ? s : c, e < w - 1 - c ? e : w - 1 - c);
        s = x;
        e = r - 1;
      }
      x = r;
    }
    if (s >= 0) set_pixels(out, s > c ? s : c, e < w - 1 - c ? e : w - 1 - c);
  }
  return d;
}

/* Marks the page segmentation dropped as noise, on m, the page with the
 * read words blanked (text height h), outside the line candidates
 * lines[0..nlines):
 * - a figure alone in a table cell ("1", "0" under a year's column): about
 *   a figure's height, at most a few figures wide (glyphs closer than
 *   0.4 h are one mark), level with a read word of text height;
 * - a dash alone in a cell ("–" for nothing): a solid bar as thin as a
 *   stroke, a quarter to one text height long, at the middle of a read
 *   word's height;
 * - a round bullet before a list item: a solid dot a fifth to two fifths
 *   of the text height, at the middle of the height of a read word that
 *   starts a little to its right.
 * Fills out (at most max); returns the count. */
static size_t unread_marks(PIX *m, const DocBox *read, size_t nread, float h,
                           const DocBox *lines, size_t nlines, OcrMark *out, size_t max) {
  PIX *fig = close_rows(m, (int)(0.4f * h) | 1);
  BOXA *ba = fig ? pixConnCompBB(fig, 8) : NULL;
  size_t k = 0;
  for (l_int32 i = 0; ba && i < boxaGetCount(ba) && k < max; i++) {
    l_int32 x, y, w, bh;
    if (boxaGetBoxGeometry(ba, i, &x, &y, &w, &bh)) continue;
    DocBox g = {(float)x, (float)y, (float)(x + w), (float)(y + bh)};
    float fw = (float)w, fh = (float)bh, cy = (g.y0 + g.y1) / 2;
    int kind = -1;
    if (fh >= 0.6f * h && fh <= 1.15f * h && fw >= 0.1f * h && fw <= 3.0f * h)
      kind = OCR_MARK_FIGURE;
    else if (bh >= 2 && fh <= 0.2f * h && fw >= 0.18f * h && fw >= 1.3f * fh && fw <= 1.2f * h)
      kind = OCR_MARK_DASH; /* (a rough 200 dpi scan's dash: 7 px by 5 beside words of 33) */
    else if (fh >= 0.12f * h && fh <= 0.45f * h && fw >= 0.7f * fh && fw <= 1.4f * fh)
      kind = OCR_MARK_BULLET;
    if (kind < 0) continue;
    int inside = 0, level = 0;
    for (size_t j = 0; j < nlines && !inside; j++)
      inside = g.x0 < lines[j].x1 && g.x1 > lines[j].x0 && g.y0 < lines[j].y1 && g.y1 > lines[j].y0;
    for (size_t j = 0; j < nread && !inside && !level; j++) {
      const DocBox *r = &read[j];
      float rh = r->y1 - r->y0;
      if (rh < 0.6f * h || rh > 1.6f * h) continue;
      if (kind == OCR_MARK_FIGURE)
        level = fminf(g.y1, r->y1) - fmaxf(g.y0, r->y0) >= 0.6f * fh;
      else if (kind == OCR_MARK_DASH)
        level = cy >= r->y0 + 0.3f * rh && cy <= r->y1 - 0.15f * rh;
      else
        level = cy >= r->y0 + 0.2f * rh && cy <= r->y1 - 0.1f * rh &&
                r->x0 - g.x1 >= 0.2f * h && r->x0 - g.x1 <= 2.5f * h;
    }
    if (inside || !level) continue;
    if (kind != OCR_MARK_FIGURE && fill_of(m, g) < (kind == OCR_MARK_DASH ? 0.7f : 0.6f))
      continue;
    out[k++] = (OcrMark){g, kind};
  }
  boxaDestroy(&ba);
  pixDestroy(&fig);
  return k;
}

size_t ocr_image_unread(OcrImage *img, const DocBox *read, size_t nread, float h,
                        DocBox *out, size_t max, OcrMark *marks, size_t *nmarks, size_t maxm) {
  if (nmarks) *nmarks = 0;
  if (!img->pix || h < 4) return 0;
  PIX *m = pixGetDepth(img->pix) == 1 ? pixCopy(NULL, img->pix)
                                      : pixConvertTo1(img->pix, 128);
  if (!m) return 0;
  /* blank what was read, with a margin for accents and descenders */
  int pad = (int)(0.3f * h);
  for (size_t i = 0; i < nread; i++) {
    BOX *b = boxCreate((int)read[i].x0 - pad, (int)read[i].y0 - pad,
                       (int)(read[i].x1 - read[i].x0) + 2 * pad,
                       (int)(read[i].y1 - read[i].y0) + 2 * pad);
    if (b) pixClearInRect(m, b);
    boxDestroy(&b);
  }
  /* run each line's letters (and leader dots) together over word spaces;
   * specks stay too small to pass for a line */
  PIX *run = close_rows(m, (int)(1.2f * h) | 1);
  BOXA *ba = run ? pixConnCompBB(run, 8) : NULL;
  size_t k = 0;
  for (l_int32 i = 0; ba && i < boxaGetCount(ba) && k < max; i++) {
    l_int32 x, y, w, bh;
    if (boxaGetBoxGeometry(ba, i, &x, &y, &w, &bh)) continue;
    /* a line of text: about one text height tall, several wide */
    if (bh < 0.5f * h || bh > 2.0f * h || w < 3.0f * h) continue;
    out[k++] = (DocBox){(float)x, (float)y, (float)(x + w), (float)(y + bh)};
  }
  boxaDestroy(&ba);
  pixDestroy(&run);
  if (marks && maxm) *nmarks = unread_marks(m, read, nread, h, out, k, marks, maxm);
  pixDestroy(&m);
  return k;
}
