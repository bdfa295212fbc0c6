#!/bin/sh
# libreoffice-model.odt from libreoffice-model.html: LibreOffice reads the
# page (underline, strike, spans in English and French, a footnote, an
# endnote, merged cells) and saves it as flat ODT; the paragraph above the
# table becomes what Insert > Caption makes (a "Table" paragraph with a
# text:sequence), which LibreOffice's HTML import cannot; LibreOffice saves
# that as the ODT.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
lo() { soffice -env:UserInstallation="file://$tmp/profile" --headless "$@" >/dev/null 2>&1; }
cp "$here/libreoffice-model.html" "$tmp/"
lo --infilter="HTML (StarWriter)" --convert-to "fodt:OpenDocument Text Flat XML" --outdir "$tmp/fodt" "$tmp/libreoffice-model.html"
sed 's|<text:p text:style-name="[A-Za-z0-9_]*">Bảng 1: |<text:p text:style-name="Table">Bảng <text:sequence text:ref-name="refTable0" text:name="Table" text:formula="ooow:Table+1" style:num-format="1">1</text:sequence>: |' \
    "$tmp/fodt/libreoffice-model.fodt" >"$tmp/libreoffice-model.fodt"
grep -q 'text:style-name="Table">Bảng' "$tmp/libreoffice-model.fodt"
lo --convert-to odt --outdir "$here" "$tmp/libreoffice-model.fodt"
