#!/bin/sh
# quickstart.sh — install dependencies, build, and repair the bundled example.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
build/rensa fixup examples/delarsrapport-ocr.txt -o examples/out.md --report examples/out.json
echo "wrote examples/out.md and examples/out.json"
