#!/bin/sh
# make_forms.sh DIC AFF OUT — expand the Hunspell dictionary (hunspell-sv)
# into its word forms, one a line, for the fold index of the lexicon.
# Run by the build (CMake); needs unmunch from the Debian package
# hunspell-tools.  Compounds are not expanded (Hunspell checks those).
set -eu
unmunch "$1" "$2" 2>/dev/null | LC_ALL=C sort -u > "$3.tmp"
mv "$3.tmp" "$3"
