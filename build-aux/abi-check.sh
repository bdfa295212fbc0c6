#!/bin/sh
# abi-check.sh [--update] [BUILDDIR]: libbantin's ABI against the baseline
# abi/libbantin.abi (abidw's description of the shared library).  BUILDDIR
# (default: build, set up if missing) must carry debug info, as the default
# debugoptimized build does.
#
# After a deliberate change of the public API, refresh the baseline in one
# line and commit abi/libbantin.abi with the change:
#     build-aux/abi-check.sh --update
#
# Only the public API counts: abidw is given the folder of the installed
# headers (staged by meson install --tags devel), not src/, where the
# internal headers would make bt_document's fields part of the ABI.
#
# abidiff's exit status is a bit set: 1 error, 2 usage error, 4 an ABI
# change, 8 an incompatible change (a function or variable removed, a
# changed symbol).  The check fails on 1, 2 and 8.  A change with bit 4
# alone passes when it only adds functions or variables (old programs keep
# working); any other such change (a public struct's layout, an enum's
# values) fails with abidiff's report, to be judged and then accepted
# with --update.
set -eu

update=
if [ "${1:-}" = --update ]; then
    update=1
    shift
fi
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
baseline=$root/abi/libbantin.abi

[ -d "$build" ] || meson setup "$build" "$root"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
meson install -C "$build" --destdir "$stage" --tags devel --quiet
headers=$(dirname "$(find "$stage" -name bantin.h)")

# Stable output: no paths, locations or architecture, type ids from hashes,
# so that the baseline's diff shows only what changed in the API.
abidw --headers-dir "$headers" --drop-private-types --drop-undefined-syms --no-corpus-path \
    --no-comp-dir-path --no-elf-needed --no-show-locs --no-architecture --type-id-style hash \
    --out-file "$stage/current.abi" "$build/libbantin.so"

if [ -n "$update" ]; then
    mkdir -p "$(dirname "$baseline")"
    cp "$stage/current.abi" "$baseline"
    echo "abi-check: baseline written to abi/libbantin.abi; review and commit it"
    exit 0
fi

status=0
abidiff "$baseline" "$stage/current.abi" || status=$?
if [ $((status & 3)) -ne 0 ]; then
    echo "abi-check: abidiff failed (status $status)" >&2
    exit 1
fi
if [ $((status & 8)) -ne 0 ]; then
    echo "abi-check: incompatible ABI change (above); if it is meant, bump the soversion" \
        "and run build-aux/abi-check.sh --update" >&2
    exit 1
fi
if [ $((status & 4)) -ne 0 ] && ! abidiff --no-added-syms "$baseline" "$stage/current.abi" >/dev/null; then
    echo "abi-check: the ABI changed beyond added functions (above); judge it, then" \
        "build-aux/abi-check.sh --update" >&2
    exit 1
fi
echo "abi-check: compatible with abi/libbantin.abi"
