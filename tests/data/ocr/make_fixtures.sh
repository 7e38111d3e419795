#!/bin/sh
# make_fixtures.sh — regenerate the OCR test fixtures in this directory.
#
# Needs: ImageMagick 6 (convert) with fonts-liberation, img2pdf, ghostscript
# (gs, for the encrypted PDF), python3 (writes the text-layer PDFs by hand so
# their content is exact).  Run from anywhere:  sh tests/data/ocr/make_fixtures.sh
# The outputs are committed; tests never run this script.
set -eu
cd "$(dirname "$0")"

FONT=Liberation-Sans
S1="Kommunens årsredovisning för året visar att målen nåddes. Överskottet blev större än väntat och nämnderna höll sina budgetar."
S2="Skolans elever ökade under hösten. Äldreomsorgen fick nya lokaler i Älvängen och Nödinge, där även förskolan byggs ut."
S3="Sida två handlar om ekonomi. Resultatet för perioden är positivt och låneskulden minskade något jämfört med föregående år."

# text image: 300 dpi, 12 pt, grayscale PNG
text_png() {  # out text width
  convert -density 300 -units PixelsPerInch -background white -fill black \
    -font "$FONT" -pointsize 12 -size "${3}x" caption:"$2" \
    -bordercolor white -border 60 -colorspace Gray -depth 8 "$1"
}

# small table type (9 pt): lines of a label and figures
table_png() {  # out text
  convert -density 300 -units PixelsPerInch -background white -fill black \
    -font "$FONT" -pointsize 9 label:"$2" \
    -bordercolor white -border 60 -colorspace Gray -depth 8 "$1"
}

# small table type on a noisy JPEG scan (the degradation of make_corpus's
# 300 dpi scans), noise fixed by seed
noisy_table_jpg() {  # out seed text
  convert -seed "$2" -density 300 -units PixelsPerInch -background white -fill black \
    -font "$FONT" -pointsize 9 label:"$3" \
    -bordercolor white -border 60 -attenuate 0.6 +noise Gaussian -blur 0x0.7 \
    -colorspace Gray -depth 8 -quality 55 "$1"
}

text_png swe.png "$S1" 1800
# percentages in small table type, which the swe model reads as digits
# ("3,4%" -> "3,496"): the engine's second reading must bring the signs back
table_png percent.png "Total sjukfrånvaro     3,4%     3,7%     0,3%\nKvinnor     3,9%     3,8%     -0,1%\nMål 2023     60%     53%     40%"
# and set apart from the number, read as a short word ("7,8 90", "17,8 Yo")
table_png percent-spaced.png "Intäkter, inkl kommunbidrag     7,8 %%     6,0 %%\nKonsultkostnader     15,5 %%     17,8 %%\nÖvriga kostnader     10,6 %%     -13,6 %%"
# a unit in brackets, "(%)", which the swe model reads as figures ("(90)")
table_png percent-paren.png "Andel som upplever att tillgängligheten är bra (%%)\nHushåll med tillgång till bredband (%%)\nInvånarnas möjlighet till insyn, andel (%%)"
# a lone "0%" among percentages, which the swe model reads as "OM"
table_png percent-zero.png "Män     2,7%%     3,6%%     0,8%%\n50 år>     2,7%%     2,6%%     -0,1%%\nPersonalomsättning     13,0%%     9,1%%     -3,9%%\nTillsvidareanställda     98%%     98%%     0%%"
# a percent sign and a dash set a space apart, which Tesseract reads into
# the figure or word ("71%", "-HR"): the ink shows the space
table_png spaced.png "Andel nöjda, procent     71 %%     74 %%     76 %%\n- HR     35,8     -34,3     1,5"
# figures with a real minus sign (U+2212, set long), which Tesseract reads
# as a run of marks ("+-288890", ":-118", "+:—-112860")
table_png minus.png "Grundskola     9 850     −298 740     −288 890     −5 690\nGymnasieskola     6 040     −118 900     −112 860     −560"
# an i after a word ending in a tall stroke, whose box Tesseract starts
# where that word's ends (003's scan: "med i tidiga")
table_png med-i.png "finns med i tidiga skeenden"
# a word starting with a capital I alone on its line (a table's header
# cell, 003's scan: "identifierad" at 0)
table_png ident.png "Identifierad"
# capitals of the same shape as their small letters ("Våld" read "våld")
table_png capitals.png "Våld     omräknat     Vårdbiträden"
# percentages on a soft JPEG scan, whose sign swe reads as four digits
# ("60%" as "609206", "40%" as "409860")
convert -density 300 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 9 \
  label:"Mål 2023     Utfall 2023     Utfall 2022     Utfall 2021\n94%%     -     96%%     91%%\n98%%     -     98%%     94%%\n60%%     53%%     40%%     -" \
  -bordercolor white -border 60 -colorspace Gray -depth 8 -blur 0x0.6 -quality 60 percent-soft.jpg
# a figure whose minus sign (U+2212) swe drops on a soft scan ("7" read
# with confidence 0 for "−7")
convert -density 300 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 11 \
  label:"Arbets-skador och tillbud     2022     2023     Differens\nArbets-skador     2     2     0\nTillbud     9     2     −7\nSkador     5     1     −4" \
  -bordercolor white -border 60 -colorspace Gray -depth 8 -blur 0x0.6 -quality 60 minus-lost.jpg
# a header set tight on a soft scan, whose spaces Tesseract does not see
# ("Utfalljan-aug" for "Utfall jan–aug")
convert -seed 1 -density 300 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 9 \
  label:"Resultaträkning (tkr)     Budget jan–aug     Utfall jan–aug     Avvikelse" \
  -bordercolor white -border 60 -attenuate 0.6 +noise Gaussian -blur 0x1.0 \
  -colorspace Gray -depth 8 -quality 55 tight.jpg
# small type on a noisy, skewed 200 dpi page, which binarised after
# upscaling reads as "Kommuntullmäktige", "kommunövergnpande",
# "karmeratillstånd": the upscaled page stays grey for Tesseract
convert -seed 3 -density 200 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 7 -size 1000x \
  caption:"Kommunfullmäktige beslutade om arbetsmarknadsåtgärder och kommunövergripande mål. Vid driftsmötet följdes kameratillstånd och matgästenkät upp. Visstidsanställda och kompetensförsörjningsstrategi." \
  -bordercolor white -border 40 -rotate 0.8 -background white -flatten \
  -attenuate 1.0 +noise Gaussian -blur 0x0.5 -colorspace Gray -depth 8 grey200.png
# a table of percentages on a noisy scan, whose 7s swe reads as 1s or
# reads with a 1 put in ("12 %", "17290", "172 Yo", "17,4" for "72 %" and
# "7,4 %"): eng's reading where the ink agrees (two noise seeds)
for seed in 3 12; do
  noisy_table_jpg seven-$seed.jpg $seed "Mål     Indikator     Målvärde     Utfall     Bedömning\nSäkra och tillgängliga gator          Andel nöjda invånare          70 %%          72 %%          Uppfyllt\nHållbar avfallshantering          Andel återvunnet avfall          55 %%          57 %%          Uppfyllt\nGata och park          48          46          7,4 %%\nVatten och avlopp          52          51          6,9 %%\nÅtervinningscentral Östra          15 000          15 870          -870          Avslutat\nGatubelysning, LED          9 000          8 310          690          Pågår"
done
# a lone "0%" among percentages on a noisy scan, which swe reads as "[OL]",
# "[0" or "Oo" (noise seeds 5, 28, 33)
for seed in 5 28 33; do
  noisy_table_jpg zero-$seed.jpg $seed "Personalomsättning          13,0%%          9,1%%                -3,9%%\nTillsvidareanställda          98%%          98%%                0%%"
done
# a staff table whose lone figures the page segmentation drops as noise
# ("0", "1" alone in their cells, and a dash Tesseract reads as "="), and
# a list whose round bullets it reads as a doubted "." or glues to the
# item as "«"
convert -density 300 -units PixelsPerInch -size 1500x700 xc:white -fill black \
  -font Liberation-Sans-Bold -pointsize 10 -annotate +60+80 "Antal" -annotate +800+80 "2022" \
  -annotate +1050+80 "2021" -annotate +1300+80 "2020" -draw "rectangle 40,100 1460,103" \
  -font "$FONT" -annotate +60+170 "Tillsvidareanställda på heltid" -annotate +805+170 "33" \
  -annotate +1055+170 "29" -annotate +1305+170 "33" \
  -annotate +60+240 "Tillsvidareanställda på deltid" -annotate +830+240 "0" \
  -annotate +1080+240 "0" -annotate +1330+240 "0" \
  -annotate +60+310 "Tidsbegränsat anställda" -annotate +830+310 "1" -annotate +1080+310 "1" \
  -annotate +1330+310 "1" \
  -annotate +60+380 "Timavlönade" -annotate +830+380 "1" -annotate +1080+380 "–" \
  -annotate +1330+380 "1" \
  -annotate +60+450 "Totalt antal anställda" -annotate +805+450 "35" -annotate +1055+450 "30" \
  -annotate +1305+450 "35" \
  -annotate +100+560 "•" -annotate +160+560 "Vikarier tas bara in när frånvaron är längre än två dagar." \
  -annotate +100+630 "•" -annotate +160+630 "Inköp av möbler skjuts upp till nästa år." \
  -colorspace Gray -depth 8 lone.png
# a "-7,7" on a noisy scan at 10 pt (noise seed 1) that swe reads "1,1"
# at 8 and eng "-7,7" in a row of three figures, and in a row of four
# swe "-1,1" at 31 and eng "“7,7"
noisy_10pt_jpg() {  # out text
  convert -seed 1 -density 300 -units PixelsPerInch -background white -fill black \
    -font "$FONT" -pointsize 10 label:"$2" \
    -bordercolor white -border 60 -attenuate 0.6 +noise Gaussian -blur 0x0.7 \
    -colorspace Gray -depth 8 -quality 55 "$1"
}
noisy_10pt_jpg sevens-minus.jpg "Verksamhet          Budget helår          Prognos helår          Avvikelse\nFörskola          182,4          190,1          -7,7\nSkolskjuts          14,5          16,5          -2,0"
noisy_10pt_jpg sevens-quote.jpg "Verksamhet          Budget helår          Utfall jan–aug          Prognos helår          Avvikelse\nFörskola          182,4          125,9          190,1          -7,7\nSkolskjuts          14,5          11,2          16,5          -2,0\nFritidshem          38,2          24,6          37,5          0,7"
# a header of two- and three-line cells on a noisy scan (noise seed 2):
# Tesseract gives the ring of one "Helår" to the line above and reads it
# "o" (at 70), leaving "Helar"
convert -seed 2 -density 300 -units PixelsPerInch -size 2300x330 xc:white -fill black \
  -font Liberation-Sans-Bold -pointsize 9 -annotate +40+120 "Belopp i mnkr" \
  -annotate +380+98 "Period" -annotate +380+144 "Utfall" -annotate +580+98 "Period" \
  -annotate +580+144 "Budget" -annotate +780+98 "Period" -annotate +780+144 "Avvikelse" \
  -annotate +1000+75 "Period" -annotate +1000+121 "Utfall fg" -annotate +1000+167 "år" \
  -annotate +1230+98 "Helår" -annotate +1230+144 "Prognos" -annotate +1420+98 "Helår Fg" \
  -annotate +1420+144 "prognos" -annotate +1640+98 "Helår" -annotate +1640+144 "Budget" \
  -annotate +1860+75 "Helår" -annotate +1860+121 "Bokslut" -annotate +1860+167 "fg år" \
  -draw "rectangle 30,182 2260,184" -font "$FONT" -annotate +40+250 "Intäkter" \
  -annotate +400+250 "373,6" -annotate +600+250 "375,7" -annotate +800+250 "-2,1" \
  -annotate +1020+250 "346,2" -annotate +1240+250 "1 513,3" -annotate +1440+250 "1 506,8" \
  -annotate +1660+250 "1 506,8" -annotate +1880+250 "1 413,5" \
  -attenuate 0.6 +noise Gaussian -blur 0x0.7 -colorspace Gray -depth 8 -quality 55 ringed.jpg
# an en dash alone in a cell on a noisy scan (noise seed 1), which swe
# reads as an em dash at 56 and which once went as a speck (flat, so
# taken for a letter too small to print)
noisy_table_jpg lonedash.jpg 1 "Projekt          Budget          Utfall          Status
Möbler Östra Hagen          2 800          2 944          Klart
Trygghetskameror nattetid          1 900              –     Flyttat till 2026
Lyftar och hjälpmedel          2 100          2 087          Klart"
# a percent sign before a full stop in a serif face on a noisy scan (noise
# seed 2), which swe reads as "26." at 95: eng reads the figure and the sign
convert -seed 2 -density 300 -units PixelsPerInch -background white -fill black \
  -font Liberation-Serif -pointsize 12 label:"Andelen nöjda brukare ska nå målvärdet på 80 %%. Den genomsnittliga räntan\nsteg till 81 %%. Medelåldern bland medarbetarna var 46 år." \
  -bordercolor white -border 60 -attenuate 0.4 +noise Gaussian -blur 0x0.5 \
  -colorspace Gray -depth 8 -quality 60 percent-stop.jpg
# narrow cells that wrapped "74,8 %" and "76,3 %" into a figure and a
# percent sign on the line below (noise seed 1); swe reads the sign "Yo"
noisy_table_jpg percent-wrapped.jpg 1 "Fler elever ska nå godtagbara       Andel elever i årskurs 9 med lägst       78 %%       74,8       Uppfylls
kunskaper i alla ämnen                       betyget E i alla ämnen                                         %%        delvis
Fler elever ska ta                   Andel elever som tar examen inom tre        75 %%       76,3       Uppfylls
gymnasieexamen                       år                                                                               %%"
# a row of percentages whose last sign the page segmentation loses after
# a figure read at 0 ("16,8"; noise seed 28)
noisy_table_jpg percent-lost.jpg 28 "Sjukfrånvaro                                  6,2 %%      5,4 %%      -0,8 procentenheter
Vattenförluster i ledningsnätet        19,4 %%    18,1 %%    16,8 %%
Andel ekologiska livsmedel               22,5 %%       28,1 %%       31,4 %%"
# a percent sign swe reads as four digits in a box one glyph wide ("5,4
# 9260"; noise seed 80)
noisy_table_jpg percent-narrow.jpg 80 "Sjukfrånvaro                         6,2 %%      5,4 %%      -0,8 procentenheter
Långtidssjukfrånvaro              2,3 %%      1,9 %%      -0,4 procentenheter
Korttidssjukfrånvaro              3,9 %%      3,5 %%      -0,4 procentenheter"
# a percent sign as a row label's unit after its comma on a turned 200 dpi
# scan ("Andel heltider, %" read "26" at 91; noise seed 17)
convert -seed 17 -density 200 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 9 label:"Nyckeltal                         2025        2026
Sjukfrånvaro, %%                  5,8           6,4
Personalomsättning, %%        9,1           8,7
Andel heltider, %%               88,0         91,2" \
  -bordercolor white -border 40 -rotate 0.6 -background white -flatten -attenuate 0.8 +noise Gaussian -blur 0x0.6 \
  -colorspace Gray -depth 8 percent-unit.png
# ... and ending a header's line with no figure in sight (the table's
# body on the next page), read "96" (noise seed 1)
convert -seed 1 -density 200 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 9 label:"Yrkesgrupp                  Antal anställda        Årsarbetare        Sjukfrånvaro, %%" \
  -bordercolor white -border 40 -rotate 0.6 -background white -flatten -attenuate 0.8 +noise Gaussian -blur 0x0.6 \
  -colorspace Gray -depth 8 percent-unit-header.png
# percentages on a harsh 200 dpi page (make_corpus's rough pages; noise
# seed 39): swe reads "5,2" at 0 in a box holding the sign, eng "5.2%"
convert -seed 39 -density 300 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 9 label:"Individ- och familjeomsorg          5,7 %%          5,2 %%          0,5
Äldreomsorg                               6,1 %%          5,9 %%          0,2" \
  -bordercolor white -border 60 -resize 66.67% -attenuate 1.0 +noise Gaussian -blur 0x0.5 -threshold 55% \
  -density 200 percent-point.png
# ... and on a turned 200 dpi page (noise seed 10), where swe reads the
# wrapped sign "VC)"
convert -seed 10 -density 200 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 9 label:"Fler elever ska nå godtagbara       Andel elever i årskurs 9 med lägst       78 %%       74,8       Uppfylls
kunskaper i alla ämnen                       betyget E i alla ämnen                                         %%        delvis
Fler elever ska ta                   Andel elever som tar examen inom tre        75 %%       76,3       Uppfylls
gymnasieexamen                       år                                                                               %%" \
  -bordercolor white -border 40 -rotate 0.5 -background white -flatten -attenuate 0.8 +noise Gaussian -blur 0x0.6 \
  -colorspace Gray -depth 8 percent-wrapped-rough.png
# section signs in a serif face on a noisy scan (noise seed 2), which swe
# reads as the figure 8 ("§ 164" as "8 164"), beside a real "8 164"
convert -seed 2 -density 300 -units PixelsPerInch -background white -fill black \
  -font Liberation-Serif -pointsize 12 label:"Planen antogs av nämnden den 12 februari 2025, § 8, dnr KFN 2024/187.\nKommunfullmäktige fastställde ramen den 25 november 2024, § 164.\nBudgeten för 2025 är 8 164 tkr och avser 8 enheter." \
  -bordercolor white -border 60 -attenuate 0.4 +noise Gaussian -blur 0x0.5 \
  -colorspace Gray -depth 8 -quality 60 section.jpg
# a section sign at a line's end, its number on the next line (a wrapped
# cell), in table type (noise seed 2); a figure 8 there stays
noisy_table_jpg section-end.jpg 2 "Utreda en gemensam gymnasieantagning (BUN 2025-10-15, §\n104) Klart. Antalet mätpunkter den 2025-10-15 8\nstycken i varje skola."
# section signs in 9-pt table type on a page turned 0.75 degrees (noise
# seed 2), which swe reads as 8 and as 5; a real "8 66" and "5 12" stay
convert -seed 2 -density 300 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 9 label:"Införa digital närvarorapportering i samtliga grundskolor (BUN 2025-06-11, § 66)\nSe över avgifterna i kulturskolan (BUN 2026-01-21, § 6) Klart\nAntalet mätpunkter var 8 66 stycken och 5 12 timmar." \
  -bordercolor white -border 60 -rotate 0.75 -background white -flatten -attenuate 0.6 +noise Gaussian -blur 0x0.7 \
  -colorspace Gray -depth 8 -quality 55 section-sans.jpg
# paragraphs after dates a narrow cell wrapped ("KF 2024-02-" / "26, § 18")
# in 9-pt table type (noise seed 1), which swe reads glued to the number
# ("818"), to the comma ("21,84") or doubled ("847"); a figure 8 after a
# wrapped date, and a decimal before one that is no date, stay
noisy_table_jpg section-wrapped.jpg 1 "KF 2024-02-     Klart     Ta fram en VA-plan för perioden
26, § 18
KS 2024-10-     Pågår     Utreda en gemensam driftorganisation
08, § 201
TN 2025-01-     Klart     Införa ett digitalt system
21, § 4
KS 2025-03-     Ej påbörjat     Se över kommunens parkeringsnorm
11, § 47
TN 2023-05-     Pågår     Minska matsvinnet i skolrestaurangerna
16, § 41
Nämnden godkände planen den 17 februari 2026, § 12, och den gäller.
Måttet steg från 2024-10-
08, 8 201 stycken till 19,4 och 18,85 47 i snitt."
# ... and after whole dates, with a comma or none (noise seed 2: swe reads
# "2025-03-11 § 47" as "2025-03-11 847")
noisy_table_jpg section-dated.jpg 2 "Utreda en gemensam driftorganisation (KS 2024-10-08, § 201)     Pågår
Se över kommunens parkeringsnorm (KS 2025-03-11 § 47)     Ej påbörjat
Beslutet i kommunstyrelsen 2025-03-11 § 18 gäller från den 1 april.
Minska matsvinnet (TN 2023-05-16, § 41)     Pågår
Taxan fastställdes av KF 2024-11-18, § 152, och höjdes 2025-11-24 § 148."
# ... and wrapped after the year ("KS 2025-" / "09-16, §" / "184"), the sign
# ending its line (swe: 8) or read as & (noise seed 1)
noisy_table_jpg section-mmdd.jpg 1 "Utreda framtiden för      KS 2025-       Pågår     Utredningen har utökats efter
ishallen Frostvallen        09-16, §                       vinterns kylhaveri och ett förslag
                                        184                          redovisas i oktober.
Införa meröppet               KF 2025-       Pågår     Upphandlingen är klar.
bibliotek                         06-16, § 97
Utveckla samverkan         KS 2026-    Genomfört   Avsiktsförklaring tecknad
med föreningslivet         01-20, § 9                   med tolv föreningar."
# a law's paragraph after its chapter ("6 kap. 1 § kommunallagen"), the sign
# read as 8 apart or glued ("18"), by eng as well; and two paragraphs
# after a date ("§§ 45–46" read "88"; noise seed 3)
noisy_table_jpg section-laws.jpg 3 "Ärendet beslutades av KS § 47 och KF § 164 under året.
Nämnden beslutade (BUN § 88) att anta planen.
Kommunfullmäktige 2025-06-16 §§ 45–46 fastställde taxan.
Beslut KF 2024-11-25, § 201, dnr KS 2024/312.
Tekniska nämnden 2026-02-10 § 9 och § 12.
Enligt 6 kap. 1 § kommunallagen ska nämnden följa upp.
Tillsyn enligt 26 kap. 9 § miljöbalken genomfördes."
# a decision's paragraph after a month's name or after a year that ends
# its line, the sign a word of its own (swe read it "&" and "$" on synth
# reports' scans; the tests put those readings on the words by hand)
noisy_table_jpg section-apart.jpg 4 "Resultatet redovisades för nämnden den 8 december, § 133.
Nämnden beslutade den 16 november, § 121, att förelägga bolaget.
Den fastställdes av nämnden den 11 februari 2027,
§ 9, diarienummer MBN 2027/0031."
# a decision's date ending its table cell's line, the cell right-aligned:
# the sign opens the cell's next line under the date, glued to its number
# ("819", "848") or apart ("8176"); a percent sign opening a label's next
# line after its figure ("med 20" / "Yo till 2027"); a figure under a date
# that is no sign ("85 kr") stays (noise seed 1)
noisy_table_jpg section-cell.jpg 1 "Införa digital felanmälan med kartstöd          KS 2026-02-10,          Pågår          Systemet är upphandlat och
                                                                                        § 19                                             driftsätts i september.
Minska matsvinnet i kommunens kök med 20          KF 2024-11-25,          Pågår          Minskning med 11 %% jämfört med
%% till 2027                                                                         § 176                                             2024.
Utreda framtida lokalbehov för skolan          KF 2025-03-31,          Klart          Ligger till grund för beslutet om nytt
                                                                                        § 48                                             tillagningskök.
Höja avgiften för bokning av lokaler          KS 2025-05-12,          Klart          Avgiften är nu
                                                                                         85 kr                                             per timme."
# a bold header's stacked cells ("Utfall jan–aug" / "2026"), a real "Jan"
# and a small "utfall": the tests box and read them as Tesseract did on
# synth-u's scan ("utfall" boxed down to the 2026's foot, "Jan–aug")
convert -density 300 -units PixelsPerInch -background white -fill black \
  -font Liberation-Sans-Bold -pointsize 9 label:"Utfall jan–aug          Jan Ek
                 2026          utfall" \
  -bordercolor white -border 60 -colorspace Gray -depth 8 header-case.png
# figures with a thousands space after a 5 and an 8 in the same type and
# turn (noise seed 1): the 5 of "5 403", taller than its digits by the
# noise, is no section sign
convert -seed 1 -density 300 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 9 label:"Nettoinvesteringar          2 329          5 403\nInvesteringsinkomster          1 120          5 612\nAnläggningar          8 164          5 230" \
  -bordercolor white -border 60 -rotate 0.75 -background white -flatten -attenuate 0.6 +noise Gaussian -blur 0x0.7 \
  -colorspace Gray -depth 8 -quality 55 section-group.jpg
# rows of a table set wide on a noisy 200 dpi scan (noise seed 1), whose
# right-hand cells Tesseract's page segmentation drops ("6", "9", "-9";
# the whole last column): read again as figures in a row of figures
convert -seed 1 -density 200 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 10 label:"Stormskada eller översvämning                                      12                6               18                9                                                  -9

Ras eller skred                                                                     1                 -                2                 1                                                   -1

Övriga larm

Automatiskt brandlarm, ej brand                                         312            298            284            271                                                -13" \
  -bordercolor white -border 60 -attenuate 0.5 +noise Gaussian -blur 0x0.6 \
  -colorspace Gray -depth 8 -quality 50 dropped-cells.jpg
# a table on a harsh 200 dpi page (make_corpus's rough pages: scaled
# down, turned, noise, a hard threshold; noise seed 4), whose "-7" swe
# reads "1?" at 3
convert -seed 4 -density 300 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 9 label:"Antal          2022          2023          Förändring
Arbetsskador          5          1          -4
Tillbud          9          2          -7
Trygghetskameror nattetid          1 900          1 046          –" \
  -bordercolor white -border 60 -resize 66.67% -rotate 0.5 -background white -flatten \
  -attenuate 1.0 +noise Gaussian -blur 0x0.5 -threshold 55% -density 200 \
  -units PixelsPerInch rough-seven.png
# a header on a harsh 200 dpi page (noise seed 3) whose space before a
# range of months swe loses ("Utfalljan–aug")
convert -seed 3 -density 300 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 11 -interword-spacing 8 label:"Verksamhet          Budget 2025          Utfall jan–aug          Prognos 2025
Politisk verksamhet          8 400          5 210          8 150" \
  -bordercolor white -border 60 -resize 66.67% -rotate 0.5 -background white -flatten \
  -attenuate 1.0 +noise Gaussian -blur 0x0.5 -threshold 55% -density 200 \
  -units PixelsPerInch tight-rough.png
# a letterhead of four bold 13 pt lines over 11 pt text (seed 000's),
# which Tesseract reads as one block with the first paragraph line or as
# one block of its own: each line is a heading
convert -density 300 -units PixelsPerInch -size 2100x1100 xc:white -fill black \
  -font Liberation-Sans-Bold -pointsize 13 -annotate +60+100 "Diarienummer: KS.2017.199" \
  -annotate +60+200 "Datum: 2017-10-22" -annotate +60+300 "Kommunchef Björn Järbur" \
  -annotate +60+400 "Kommunstyrelsen" -font Liberation-Serif -pointsize 11 \
  -annotate +60+520 "Resultaten i skolan är mycket glädjande framförallt upp till årskurs 8 och det finns" \
  -annotate +60+580 "stora möjligheter att läsåret kan innebära ett riktigt stort steg för skolresultaten." \
  -annotate +60+640 "Arbetet med bostäder för invånarna skapar mycket känslor bland dem som bor nära." \
  -annotate +60+700 "Det är en demokratisk utmaning att acceptera det som är bra för många av oss." \
  -annotate +60+760 "Olika delar av organisationen har kommit olika långt i arbetet med kostnaderna." \
  -colorspace Gray -depth 8 letterhead.png
# percentages glued to their figure in running text (10 pt, a noisy scan),
# which the swe model reads as "96" with confidence ("6096." for "60%."),
# beside a year and amounts that do end in 96
convert -seed 1 -density 300 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 10 \
  label:"Andelen certifierade yrkesrevisorer var drygt 60%%. Utöver\nkontorets revisorer fanns 45%%, och 12%%, i projekt sedan 1996.\nKostnaden var 1296, kronor och 2 396 kronor per år." \
  -bordercolor white -border 60 -attenuate 0.6 +noise Gaussian -blur 0x0.7 \
  -colorspace Gray -depth 8 -quality 55 percent-prose.jpg
# ranges of figures and of words set with an en dash, which Tesseract reads
# as hyphens, beside real hyphens (words', an ISO date's, ranges typed
# with one)
table_png dashes.png "Programmet 2021–2035 och planen 2023–2025 gäller.\nSjukfrånvaron (1–14 dagar) för e-post och 30–49 år.\nDatum 2021-10-05 och 2022-2024 samt 1-14 dagar.\nUtfall jan–aug och januari–augusti, IT-stöd och januari-mars."
# ranges set one unit tighter, where an en dash touches the 4 after it
convert -density 300 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 9 -kerning -1 \
  label:"Dag 15–59 och 30–49 år, 2021–2024 och 1-4 samt 2021-10-04." \
  -bordercolor white -border 60 -colorspace Gray -depth 8 dashes-tight.png
# ranges of single figures in a table, whose en dash the swe model reads
# as an em dash and a hyphen ("6—-15")
table_png dashes-double.png "Sommarlovsaktiviteter     6–15 år     2 340     Uppfyllt\nLovbibliotek     6–12 år     815     Uppfyllt\nÖppen hall     13–19 år     1 120     Delvis"
# bold type set tight, where a word range's en dash touches a letter
# beside it; hyphens that stay
convert -density 300 -units PixelsPerInch -background white -fill black \
  -font Liberation-Sans-Bold -pointsize 9 -kerning -2 \
  label:"Inkomna jan–apr 2024 och beslutade jan–apr, e-post och IT-stöd, januari–mars." \
  -bordercolor white -border 60 -colorspace Gray -depth 8 dashes-bold.png
# a decimal comma swe loses on a noisy scan ("817" at 45 for "81,7")
noisy_table_jpg comma-lost.jpg 4 "Utredningar klara inom fyra månader, %%     81,7     84,3     88,9\nPersonalomsättning bland socialsekreterare, %%     19,4     16,8     13,2\nAndel flickor på fritidsgårdarna, %%     31,5     34,2     38,0"
# a percent sign alone under a header, which swe reads as two letters with
# little confidence ("Ya" at 48, "Yo"): eng reads it as "%"
noisy_table_jpg percent-header.jpg 9 "Kommun      Invånare      Andel,      Förändring,\n                   2023           %%                    %%\nStoråsa      50 410      53,2      4,9"
# a speck between two words, which Tesseract reads as a doubted point
convert -density 300 -units PixelsPerInch -background white -fill black \
  -font "$FONT" -pointsize 9 label:"Om Nej, vilka brister har        iakttagits under året?" \
  -bordercolor white -border 60 -colorspace Gray -depth 8 \
  -fill black -draw "rectangle 510,86 514,90" speck.png
# an i whose dot a binarised scan lost (a dotless ı), which Tesseract reads
# as a capital I, beside a real capital I
table_png dotless.png "Risk att vi har effekt ı verksamheten och riskerar att vara motstridiga.\nEj uppfyllt     I hög grad uppfyllt     Ej utvärderad"
# white type on dark banners (a heading, a table's header row) between
# lines of black type
convert -size 1800x700 xc:white -font "$FONT" -pointsize 40 -fill black \
  -annotate +100+100 "Kommunens årsredovisning för året visar att målen nåddes." \
  -fill "#1f3864" -draw "rectangle 80,200 1700,300" -fill white \
  -annotate +100+265 "Resultaträkning och balansräkning för kommunen" \
  -fill black -annotate +100+420 "Överskottet blev större än väntat och nämnderna höll." \
  -fill "#404040" -draw "rectangle 80,480 1700,560" -fill white \
  -annotate +100+535 "Belopp i tkr   Budget 2023   Bokslut 2023" \
  -density 300 -colorspace Gray -depth 8 banner.png
# a figure the swe model reads with a letter for "1," ("-1,7" as "-L7")
table_png figures.png "Nöjd-Kund-Index     72     (73)     72     71\nVisstidsanställda     11,8     4,0     -7,8\nAndel     17     71     11     -1,7"
# numbers with a space between thousands, which Tesseract reads as one word
table_png thousands.png "Inventarier     400     1 753     -1 353     692     1 061\nNolhaga slott     4 400     2 242     2 158     1 083     1 159\nIntäkter     373,6     1 513,3     1 506,8     -1 549,1"
# header cells of two lines over figures ("Total / projektbudget",
# "Budget / 2025"), which Tesseract at times reads as one tall word
convert -density 300 -units PixelsPerInch -size 2100x260 xc:white -fill black \
  -font Liberation-Sans-Bold -pointsize 9 -gravity NorthWest \
  -annotate +40+75 "Kultur och fritidsnämnden" -annotate +770+50 "Total" \
  -annotate +630+100 "projektbudget" -annotate +1390+50 "Budget" \
  -annotate +1435+100 "2025" -annotate +1720+75 "Budgetavvikelse" \
  -font Liberation-Sans -annotate +40+190 "Inventarier, löpande" \
  -annotate +740+190 "2,400" -annotate +1420+190 "0,800" -annotate +1900+190 "0,183" \
  -colorspace Gray -depth 8 stacked.png
# two tables one under the other, each header ruled off (as
# ../shared/bench/render.py sets them): the second rule starts a new table
convert -density 300 -units PixelsPerInch -size 2100x660 xc:white -fill black \
  -font Liberation-Sans-Bold -pointsize 9 \
  -annotate +60+100 "Avtal" -annotate +1500+100 "Status" \
  -font Liberation-Sans -annotate +60+180 "Lokalvård" -annotate +1500+180 "Ja" \
  -annotate +60+235 "Kostavtalet" -annotate +1500+235 "Nej" \
  -annotate +60+290 "Skolskjuts" -annotate +1500+290 "Ja" \
  -font Liberation-Sans-Bold -annotate +60+375 "Uppdrag" -annotate +800+375 "Kommentar" \
  -annotate +1700+375 "Klart" \
  -font Liberation-Sans -annotate +60+455 "Översyn" -annotate +800+455 "Pågår" \
  -annotate +1700+455 "Nej" -annotate +60+510 "Register" -annotate +800+510 "Gjord" \
  -annotate +1700+510 "Ja" -annotate +60+565 "Enkät" -annotate +800+565 "Pågår" \
  -annotate +1700+565 "Nej" \
  -draw "rectangle 40,124 2060,127" -draw "rectangle 40,399 2060,402" \
  -colorspace Gray -depth 8 ruled.png
# the same page turned a quarter turn clockwise, with more text for OSD
text_png tmp_long.png "$S1 $S2 $S1" 1800
convert tmp_long.png -rotate 90 -depth 4 rotated.png
# two-page bilevel TIFF (Group 4)
text_png tmp_p1.png "$S2" 1800
text_png tmp_p2.png "$S3" 1800
convert tmp_p1.png tmp_p2.png -monochrome -compress Group4 two.tif
# image-only PDF (a scan without text layer)
img2pdf --output image.pdf tmp_p2.png
# the same scan as JPEG, for the PDF with invisible OCR layers below
convert tmp_p2.png -quality 40 tmp_p2.jpg

# PDFs with a text layer, written by hand: Helvetica, WinAnsiEncoding
python3 - <<'EOF'
import zlib

def pdf(path, pages):
    """pages: list of lists of (x, y, size, text) in points from the top;
    a size below 0 means Helvetica-Bold at -size; text None draws a dot,
    a tuple (x0, y0, x1, y1) a filled rectangle."""
    objs = []
    def add(b):
        objs.append(b)
        return len(objs)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
               b"/Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 2 * len(pages) + 1
    kids = []
    for lines in pages:
        ops = []
        for x, y, size, text in lines:
            if isinstance(text, tuple):   # a filled rectangle (x0, y0, x1, y1)
                x0, y0, x1, y1 = text
                ops.append(b"%.2f %.2f %.2f %.2f re f" % (x0, 842 - y1, x1 - x0, y1 - y0))
                continue
            if text is None:   # a filled round dot of radius size at (x, y)
                k, cy = size * 0.5523, 842 - y
                ops.append(b"%.2f %.2f m %.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c "
                           b"%.2f %.2f %.2f %.2f %.2f %.2f c %.2f %.2f %.2f %.2f %.2f %.2f c f" % (
                    x + size, cy, x + size, cy + k, x + k, cy + size, x, cy + size,
                    x - k, cy + size, x - size, cy + k, x - size, cy,
                    x - size, cy - k, x - k, cy - size, x, cy - size,
                    x + k, cy - size, x + size, cy - k, x + size, cy))
                continue
            t = text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            f = b"/F2" if size < 0 else b"/F1"
            ops.append(b"BT " + f + b" %d Tf %d %d Td (" % (abs(size), x, 842 - y) + t + b") Tj ET")
        data = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages_id, font, bold, content)))
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
               b"] /Count %d >>" % len(kids)) == pages_id
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe5\xe4\xf6\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, xref)
    open(path, "wb").write(out)

pdf("text.pdf", [
    [(72, 80, 18, "Årsredovisning 2016"),
     (72, 130, 11, "Kommunens viktigaste mål är att öka lusten att lära."),
     (72, 144, 11, "Utvecklingen går i rätt riktning för alla"),
     (72, 158, 11, "elever i skolan."),
     (72, 190, 11, "Befolkningen ökade med 2,32 procent under året."),
     (290, 800, 10, "1")],
    [(72, 80, 14, "Ekonomi"),
     (72, 120, 11, "Resultatet blev 1,7 Mkr och prognosen var väl-"),
     (72, 134, 11, "grundad enligt förvaltningen."),
     (72, 170, -11, "Resultat per verksamhet"),
     (72, 186, 11, "Alla verksamheter höll budget."),
     (290, 800, 10, "2")],
])
# a list whose round bullets are drawn, not text (as a browser prints
# them): the text layer holds the items alone
pdf("bullets.pdf", [
    [(72, 80, 11, "Förvaltningen har tagit fram en åtgärdsplan som nämnden beslutade om."),
     (96, 100, 2, None), (108, 103, 11, "Vikarier tas bara in när frånvaron är längre."),
     (96, 116, 2, None), (108, 119, 11, "Inköp av möbler skjuts upp till nästa år."),
     (72, 145, 11, "Under hösten fortsätter arbetet med planen.")],
])
# a header's rule drawn cell by cell, as a browser prints a table: four
# pieces end to end under "label | Ja", the last two over columns nobody
# wrote in; right under the table, another with three columns
rule = [(0, 0, 0, (x0, 113.5, x1, 114.2)) for x0, x1 in ((68, 384), (384, 406), (406, 416), (416, 426))]
pdf("ruled-cells.pdf", [
    [(72, 80, 14, "Uppföljning av avtalen"),
     (72, 110, -9, "Samordning av elevlistor och scheman"), (392, 110, -9, "Ja")] + rule +
    [(72, 126, 9, "Faktura kontrolleras varje månad"), (392, 126, 9, "Ja"),
     (72, 139, 9, "Miljö och bränsle enligt avtalet"), (392, 139, 9, "Ja"),
     (72, 152, 9, "Avtalet följs upp årligen"), (387, 152, 9, "Nej"),
     (72, 175, -9, "Kostenheten"), (160, 175, -9, "Kvalitetsmätning"), (300, 175, -9, "Delvis"),
     (72, 188, 9, "Statistik"), (160, 188, 9, "Ekologisk andel"), (300, 188, 9, "Ja"),
     (72, 201, 9, "Prisjustering"), (160, 201, 9, "Indexreglering"), (300, 201, 9, "Ja")],
])
# a scan (the JPEG above) with an invisible OCR layer (text render mode 3):
# page 1 carries garbage, so it must be OCR'd; page 2 a good layer
jpg = open("tmp_p2.jpg", "rb").read()
w, h = 1920 * 72 / 300, 236 * 72 / 300
def ocrlayer(path, layers):
    objs = []
    def add(b):
        objs.append(b)
        return len(objs)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")
    img = add(b"<< /Type /XObject /Subtype /Image /Width 1920 /Height 236 "
              b"/ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode "
              b"/Length %d >>\nstream\n" % len(jpg) + jpg + b"\nendstream")
    pages_id = len(objs) + 2 * len(layers) + 1
    kids = []
    for text in layers:
        data = (b"q %.2f 0 0 %.2f 0 0 cm /Im1 Do Q\n" % (w, h) +
                b"BT 3 Tr /F1 6 Tf 10 30 Td (" + text.encode("cp1252") + b") Tj ET")
        content = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.2f %.2f] "
                        b"/Resources << /Font << /F1 %d 0 R >> /XObject << /Im1 %d 0 R >> >> "
                        b"/Contents %d 0 R >>" % (pages_id, w, h, font, img, content)))
    assert add(b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
               b"] /Count %d >>" % len(kids)) == pages_id
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, xref)
    open(path, "wb").write(out)

ocrlayer("ocrlayer.pdf", [
    "S1d# tv\\ h#nd1#r 0m ~k0n0m1 R#s|lt#t#t f\\r p#r10d#n |\\r p0s1t1vt 0ch l#n#sk|ld#n m1nsk#d# n#g0t",
    "Sida två handlar om ekonomi. Resultatet för perioden är positivt och låneskulden minskade något jämfört med föregående år.",
])

# a document whose page tree is empty
out = bytearray(b"%PDF-1.4\n")
o1 = len(out); out += b"1 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
o2 = len(out); out += b"2 0 obj\n<< /Type /Catalog /Pages 1 0 R >>\nendobj\n"
x = len(out)
out += b"xref\n0 3\n0000000000 65535 f \n%010d 00000 n \n%010d 00000 n \n" % (o1, o2)
out += b"trailer\n<< /Size 3 /Root 2 0 R >>\nstartxref\n%d\n%%%%EOF\n" % x
open("nopages.pdf", "wb").write(out)
EOF

# a tiny blank page (no text: an empty page, not an error)
convert -size 40x40 xc:white -depth 1 blank.png

# damaged inputs
head -c 700 text.pdf > truncated.pdf
printf '%%PDF-1.4\nthis is not really a pdf at all\n%%%%EOF\n' > garbage.pdf
head -c 300 swe.png > truncated.png
printf 'Kommunstyrelsen\n' > notimage.txt
: > empty.png
# encrypted (RC4 128), user password "hemlig"
gs -q -dNOPAUSE -dBATCH -sDEVICE=pdfwrite -sOwnerPassword=agare \
   -sUserPassword=hemlig -dEncryptionR=3 -dKeyLength=128 \
   -sOutputFile=encrypted.pdf text.pdf

# a line of seed 003's 300 dpi scan (page 16 of the case
# ../shared/bench/make_corpus.sh renders from it) where Tesseract boxes the
# second "2" of "Diesel 2 Elbil 2 Gas" on a sliver of its ink; made only
# where that case is at hand (RENSA_CASE_003=DIR)
if [ -n "${RENSA_CASE_003:-}" ] && [ -f "$RENSA_CASE_003/scan/page-16.jpg" ]; then
  convert "$RENSA_CASE_003/scan/page-16.jpg" -crop 1100x120+240+680 +repage -quality 80 sliver.jpg
fi
# a third of page 2 of the same case's rough 200 dpi pages, where the lone
# dash under "Utfall 2021" (7 px by 5) is no word Tesseract reads
if [ -n "${RENSA_CASE_003:-}" ] && [ -f "$RENSA_CASE_003/rough/page-02.png" ]; then
  convert "$RENSA_CASE_003/rough/page-02.png" -crop 1661x550+0+1250 +repage rough-dash.png
fi

rm -f tmp_*.png tmp_*.jpg
ls -l
