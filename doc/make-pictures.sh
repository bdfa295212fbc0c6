#!/bin/sh
# make-pictures.sh [BANTIN]: the README's pictures, remade from the bundled
# article (testdata/hanoimoi-2017-10-09.html) by the bantin built in build/
# (or BANTIN):
#   doc/odt-page.png    the first page of its ODT, printed by LibreOffice
#   doc/epub-phone.png  its EPUB's page on a phone-width screen (360 CSS px), in Chromium
# Needs soffice, pdftoppm (poppler-utils), unzip and chromium; optipng makes
# the PNGs smaller when it is installed.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
bantin=${1:-$root/build/bantin}
article=$root/testdata/hanoimoi-2017-10-09.html
for tool in "$bantin" soffice pdftoppm unzip chromium; do
    command -v "$tool" >/dev/null || { echo "make-pictures: $tool is missing" >&2; exit 1; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The ODT's first page, at 60 dpi: LibreOffice prints it, pdftoppm draws it.
"$bantin" -q -o "$tmp/article.odt" "$article"
timeout 180 soffice -env:UserInstallation="file://$tmp/lo-profile" --headless \
    --convert-to pdf --outdir "$tmp" "$tmp/article.odt" >/dev/null 2>&1
pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$tmp/article.pdf" "$root/doc/odt-page"

# The EPUB's page at a phone's width.  Chromium's window is never narrower
# than about 500 px, so the page goes into a 360 px iframe of a page of ours.
"$bantin" -q -o "$tmp/article.epub" "$article"
unzip -q "$tmp/article.epub" -d "$tmp/epub"
cat > "$tmp/epub/phone.html" <<'EOF'
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>phone</title>
<style>html, body { margin: 0; background: #fff; }
iframe { display: block; width: 360px; height: 740px; border: 0; }</style></head>
<body><iframe src="EPUB/article.xhtml"></iframe></body></html>
EOF
timeout 120 chromium --headless --disable-gpu --no-sandbox --disable-dev-shm-usage \
    --hide-scrollbars --allow-file-access-from-files --user-data-dir="$tmp/chromium" \
    --window-size=360,740 --virtual-time-budget=5000 \
    --screenshot="$root/doc/epub-phone.png" "file://$tmp/epub/phone.html" >/dev/null 2>&1

if command -v optipng >/dev/null; then
    optipng -quiet -o5 "$root/doc/odt-page.png" "$root/doc/epub-phone.png"
fi
ls -l "$root/doc/odt-page.png" "$root/doc/epub-phone.png"
