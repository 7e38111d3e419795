#!/bin/sh
# make_scan.sh — regenerate examples/arsredovisning-scan.pdf: a one-page
# "scan" of an excerpt of seed 001 (Ale kommun, Årsredovisning
# Kommunstyrelsen 2016), rendered at 300 dpi in Liberation Serif, slightly
# rotated and noisy, wrapped as an image-only PDF.  Needs ImageMagick 6,
# fonts-liberation and img2pdf.  The output is committed; nothing runs this.
set -eu
cd "$(dirname "$0")"
# (% is doubled: ImageMagick reads %x as a property)
T="Årsredovisning Kommunstyrelsen 2016

Kommunens viktigaste målsättning är att öka lusten att lära vilket ska generera bättre kunskapsresultat i skolan. Utvecklingen går i rätt riktning och resultaten upp till årskurs 7 är väldigt lovande. Årskurs 8 och 9 utvecklas inte riktigt på samma sätt.

Tillväxten i kommunen är stor. Befolkningen ökade 2016 med 2,32 %%, vilket innebär att årets mål om befolkningsökning på 1,5 %% har uppnåtts med god marginal. Den snabba befolkningsökningen ställer krav på kommunens förmåga att leverera service."
convert -density 300 -units PixelsPerInch -background white -fill black \
  -font Liberation-Serif -pointsize 11 -size 2000x caption:"$T" \
  -bordercolor white -border 240 -rotate 0.6 -background white -flatten \
  -attenuate 0.4 +noise Gaussian -colorspace Gray -depth 8 -quality 80 tmp_scan.jpg
img2pdf -o arsredovisning-scan.pdf tmp_scan.jpg
rm -f tmp_scan.jpg
