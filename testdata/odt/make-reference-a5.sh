#!/bin/sh
# reference-a5.odt, the reference document of --reference-odt's tests, from
# reference-a5.fodt: LibreOffice saves it as ODT, writing the styles it
# declares (an A5 page, DejaVu Serif, a header with a logo, a footer "Báo
# Mẫu — trang N") as LibreOffice writes them, the logo in Pictures/.
set -e
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
soffice -env:UserInstallation="file://$tmp/profile" --headless --convert-to odt \
    --outdir "$here" "$here/reference-a5.fodt" >/dev/null 2>&1
