#!/bin/sh
# quickstart.sh — install dependencies, build, repair the bundled OCR text and
# convert the bundled scanned page.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
build/rensa fixup examples/delarsrapport-ocr.txt -o examples/out.md --report examples/out.json
echo "wrote examples/out.md and examples/out.json"
# the main job on a scanned page: OCR in-process, repair, Markdown + JSON
build/rensa convert examples/arsredovisning-scan.pdf -o examples/out
echo "wrote examples/out/arsredovisning-scan.md and .json"
