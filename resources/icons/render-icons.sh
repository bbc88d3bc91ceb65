#!/usr/bin/env bash
# Renders bankscope.svg to the PNG sizes a Linux desktop (hicolor theme) and Windows expect.
# Run after editing the SVG (needs rsvg-convert: apt-get install librsvg2-bin); the PNGs are
# committed so that building needs nothing of it.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" bankscope.svg -o "bankscope-$size.png"
done
