#!/bin/sh
# make_forms.sh DIC AFF OUTDIR — expand the Hunspell dictionary (hunspell-sv)
# into its word forms for the lexicon: OUTDIR/sv-forms.txt holds the forms
# written in lower case, OUTDIR/sv-names.txt the capitalised ones (names),
# lowercased.  Acronyms (two or more capitals) and forms with characters other
# than letters and inner hyphens are left out.  One form a line, sorted.
# Run by the build (CMake); needs unmunch from the Debian package
# hunspell-tools.  Compounds are not expanded (Hunspell checks those).
# Entries with the FORBIDDENWORD flag are left out before expanding: they
# are the misspellings Hunspell refuses ("hushall", "Varmland"), most of
# them a word that lost its å/ä/ö, which fixup must repair, not keep.
set -eu
out=$3
forbid=$(LC_ALL=C awk '$1 == "FORBIDDENWORD" { print $2; exit }' "$2")
dic=$1
if [ -n "$forbid" ]; then
  dic="$out/sv-allowed.dic.tmp"
  # (the first line is the entry count, which unmunch does not need exact;
  # a flag field is what follows the first unescaped slash)
  LC_ALL=C awk -v f="$forbid" 'NR == 1 { print; next }
    { i = index($0, "/"); if (i == 0 || index(substr($0, i + 1), f) == 0) print }' "$1" > "$dic"
fi
# Bytes, not characters (mawk is not UTF-8 aware): a letter is ASCII or
# any byte of a multi-byte sequence; a capital is A-Z or Latin-1 capitals
# (C3 80..C3 9E).  Names are lowercased by the loader.
unmunch "$dic" "$2" 2>/dev/null | LC_ALL=C awk -v words="$out/sv-forms.txt.tmp" -v names="$out/sv-names.txt.tmp" '
  /^[A-Za-z\200-\377]+(-[A-Za-z\200-\377]+)*$/ {
    caps = $0; n = gsub(/[A-Z]|\303[\200-\236]/, "", caps)
    if (n == 0) print > words
    else if (n == 1 && $0 ~ /^([A-Z]|\303[\200-\236])/) print > names
  }'
LC_ALL=C sort -u -o "$out/sv-forms.txt" "$out/sv-forms.txt.tmp"
LC_ALL=C sort -u -o "$out/sv-names.txt" "$out/sv-names.txt.tmp"
rm -f "$out/sv-forms.txt.tmp" "$out/sv-names.txt.tmp" "$out/sv-allowed.dic.tmp"
