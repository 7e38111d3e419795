#!/bin/sh
# Regenerate dict/data/sv-unigrams.tsv and dict/data/sv-bigrams.tsv from
# scratch.  Options are passed to build_stats.py, e.g.
#   dict/tools/build_stats.sh --debs /work/debs
# reuses downloaded .deb files; without --debs the packages are fetched
# with `apt-get download` into a temporary directory.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
exec python3 "$here/build_stats.py" \
    --seeds "$root/../shared/seeds" --out "$root/dict/data" "$@"
