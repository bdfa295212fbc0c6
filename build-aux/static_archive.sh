#!/bin/sh
# static_archive.sh CORE.a OUT.a: the installed static library.  The core's
# objects are linked into one, whose hidden symbols (everything but the
# BT_API functions) are then made local: the archive exports what the shared
# library does, and a program's own epub_read cannot replace the library's.
set -eu
core=$1
out=$2
obj=$out.o
rm -f "$out" "$obj"
${LD:-ld} -r --whole-archive "$core" -o "$obj"
${OBJCOPY:-objcopy} --localize-hidden "$obj"
${AR:-ar} rcs "$out" "$obj"
rm -f "$obj"
