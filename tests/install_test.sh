#!/bin/sh
# Install into a temporary root, then build a C and a C++ program against the
# installed library through pkg-config alone, and run them.
set -eu
build=$1
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
meson install -C "$build" --no-rebuild --quiet --destdir "$root" >/dev/null
pc=$(find "$root" -name bantin.pc | head -n 1)
[ -n "$pc" ] || { echo "bantin.pc not installed"; exit 1; }
export PKG_CONFIG_PATH=$(dirname "$pc") PKG_CONFIG_SYSROOT_DIR=$root
libdir=$(dirname "$(dirname "$pc")")
for f in bantin.h bantin_version.h; do
  [ -n "$(find "$root" -name $f)" ] || { echo "$f not installed"; exit 1; }
done
[ -n "$(find "$root" -name 'bantin.1*')" ] && [ -n "$(find "$root" -name 'libbantin.3*')" ] ||
  { echo "man pages not installed"; exit 1; }
bin=$(find "$root" -type f -name bantin -perm -u+x | head -n 1)
[ -x "$bin" ] || { echo "bantin not installed"; exit 1; }
# the installed bantin runs with the installed library, without LD_LIBRARY_PATH
env -u LD_LIBRARY_PATH ldd "$bin" | grep -q "libbantin.so.1 => $root/" ||
  { echo "installed bantin does not find the installed library"; exit 1; }
env -u LD_LIBRARY_PATH "$bin" --version | grep -q '^bantin ' || { echo "installed bantin fails"; exit 1; }
[ -n "$(find "$root" -name 'libbantin.a')" ] || { echo "static library not installed"; exit 1; }
so=$(find "$root" -name 'libbantin.so.1*' -type f | head -n 1)
objdump -p "$so" | grep -q 'SONAME *libbantin.so.1' || { echo "no versioned soname"; exit 1; }
# only bt_ symbols are exported
bad=$(nm -D --defined-only "$so" | awk '{print $3}' | grep -v '^bt_' || true)
[ -z "$bad" ] || { echo "exported symbols without bt_ prefix: $bad"; exit 1; }
# the static archive too: no internal name may be global in it
static=$(find "$root" -name libbantin.a)
bad=$(nm --defined-only -g "$static" | awk 'NF == 3 {print $3}' | grep -v '^bt_' || true)
[ -z "$bad" ] || { echo "static archive: global symbols without bt_ prefix: $bad"; exit 1; }
[ -n "$(nm --defined-only -g "$static" | grep ' T bt_read_file$')" ] ||
  { echo "static archive: bt_read_file missing"; exit 1; }

cat > "$root/prog.c" <<'C'
#include <bantin.h>
#include <stdio.h>
#include <string.h>
int main(void)
{
    bt_document *doc = bt_document_new();
    bt_document_set_meta(doc, BT_META_TITLE, "Vie\xcc\xa3\xcc\x82t");
    const char *t = bt_document_meta(doc, BT_META_TITLE);
    int ok = strcmp(t, "Vi\xe1\xbb\x87t") == 0 && bt_format_by_name(NULL, "html") != NULL;
    printf("%s %d %s\n", ok ? "ok" : "bad", BT_VERSION_NUMBER, bt_version());
    bt_document_free(doc);
    return !ok;
}
C
cp "$root/prog.c" "$root/prog.cpp"
# a sanitized build's library needs its programs sanitized too
san=
nm "$static" 2>/dev/null | grep -q __asan_ && san=-fsanitize=address,undefined
cc -std=c11 $san -Wall -Werror "$root/prog.c" -o "$root/prog-c" $(pkg-config --cflags --libs bantin)
c++ $san -Wall -Werror -x c++ "$root/prog.cpp" -o "$root/prog-cpp" $(pkg-config --cflags --libs bantin)
# the static library links too
cc -std=c11 $san "$root/prog.c" -o "$root/prog-static" $(pkg-config --cflags bantin) \
   "$static" $(pkg-config --libs libxml-2.0 libzip icu-i18n icu-uc) -lpthread
# every exported function has a man page under its own name (man bt_read_file)
man3=$(dirname "$(find "$root" -name libbantin.3)")
for f in $(nm -D --defined-only "$so" | awk '$3 ~ /^bt_/ {print $3}'); do
  [ -f "$man3/$f.3" ] || { echo "no man page installed for $f"; exit 1; }
done
# the installed examples build against the installed library, and run
ex=$(find "$root" -type d -path '*/doc/bantin/examples')
[ -f "$ex/layout.c" ] && [ -f "$ex/markdown.c" ] || { echo "examples not installed"; exit 1; }
cc -std=c11 $san -Wall -Werror "$ex/layout.c" -o "$root/layout" $(pkg-config --cflags --libs bantin)
cc -std=c11 $san -Wall -Werror -shared -fPIC "$ex/markdown.c" -o "$root/markdown.so" \
   $(pkg-config --cflags --libs bantin)
printf '<html><body><article><h1>Hello</h1><p>One paragraph of text.</p></article></body></html>' \
  > "$root/page.html"
LD_LIBRARY_PATH=$libdir "$root/layout" "$root/page.html" | grep -q '^TITLE	Hello$' ||
  { echo "the installed layout example does not run"; exit 1; }
# the headers' version number and the running library's version string
version=$(meson introspect --projectinfo "$build" | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])')
want="ok $(echo "$version" | awk -F. '{print $1 * 10000 + $2 * 100 + $3}') $version"
for prog in prog-c prog-cpp; do
  got=$(LD_LIBRARY_PATH=$libdir "$root/$prog")
  [ "$got" = "$want" ] || { echo "$prog printed '$got', not '$want'"; exit 1; }
done
[ "$("$root/prog-static")" = "$want" ] || { echo "static program: not '$want'"; exit 1; }
echo "install: 1 passed, 0 failed"
