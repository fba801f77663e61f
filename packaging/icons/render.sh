#!/usr/bin/env bash
# Renders parallax.svg to the icon files each OS wants; the outputs are committed, so run this only after
# changing the SVG. Needs Debian's librsvg2-bin (rsvg-convert), imagemagick (convert) and icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" parallax.svg -o "parallax-$s.png"
done
# Windows: one .ico holding 16…256 (the msi and the launcher .exe use it)
/usr/bin/convert parallax-16.png parallax-24.png parallax-32.png parallax-48.png parallax-64.png parallax-128.png \
  parallax-256.png parallax.ico
# macOS: .icns from the sizes png2icns knows (16, 32, 48, 128, 256, 512)
png2icns parallax.icns parallax-16.png parallax-32.png parallax-48.png parallax-128.png parallax-256.png \
  parallax-512.png >/dev/null
# optimise nothing further: the files are small (see README)
ls -l parallax-*.png parallax.ico parallax.icns
