#!/bin/sh
# install-deps.sh — install the Debian 12 packages rensa needs (idempotent:
# packages already present are not fetched again).  Run as root or with sudo.
#   scripts/install-deps.sh          build + run dependencies
#   scripts/install-deps.sh --bench  also what the benchmarks and peers need
set -eu
PKGS="build-essential cmake pkg-config libtesseract-dev libleptonica-dev
libhunspell-dev hunspell-sv hunspell-tools tesseract-ocr-swe tesseract-ocr-eng
tesseract-ocr-osd libpoppler-glib-dev libcairo2-dev python3 python3-levenshtein
valgrind clang libclang-rt-14-dev"
if [ "${1:-}" = "--bench" ]; then
  PKGS="$PKGS hunspell poppler-utils imagemagick img2pdf ocrmypdf bc
fonts-liberation chromium"
fi
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
    missing="$missing $p"
done
[ -z "$missing" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "installing:$missing" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
