#!/bin/sh
# man_check.sh LIBRARY HEADER PAGE=NAME,NAME... : the man pages document the
# library's functions, each under its own name.  Fails when a function the
# library exports is on no page's NAME line (so `man bt_foo` would find
# nothing), when a page's SYNOPSIS declares a function its NAME line lacks,
# when a name is on two pages, or when a page names a function the library
# does not export (a function-like macro of HEADER, as bt_options_init, counts).
set -eu
lib=$1
header=$2
shift 2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
nm -D --defined-only "$lib" | awk '$3 ~ /^bt_/ {print $3}' | sort -u > "$tmp/exported"
sed -n 's/^#define \(bt_[a-z0-9_]*\)(.*/\1/p' "$header" | sort -u > "$tmp/macros"
: > "$tmp/named"
for arg in "$@"; do
  page=${arg%%=*}
  echo "${arg#*=}" | tr ',' '\n' | grep '^bt_' | sort > "$tmp/names" || true
  cat "$tmp/names" >> "$tmp/named"
  awk '/^\.SH/ {synopsis = ($2 == "SYNOPSIS"); next} synopsis' "$page" |
    grep -o '\<bt_[a-z0-9_]*(' | tr -d '(' | sort -u > "$tmp/declared" || true
  missing=$(comm -23 "$tmp/declared" "$tmp/names")
  [ -z "$missing" ] || { echo "$page: in SYNOPSIS, not on the NAME line:" $missing; status=1; }
done
twice=$(sort "$tmp/named" | uniq -d)
[ -z "$twice" ] || { echo "on two pages:" $twice; status=1; }
sort -u "$tmp/named" -o "$tmp/named"
undocumented=$(comm -23 "$tmp/exported" "$tmp/named")
[ -z "$undocumented" ] || { echo "exported, on no NAME line:" $undocumented; status=1; }
unknown=$(comm -13 "$tmp/exported" "$tmp/named" | comm -23 - "$tmp/macros")
[ -z "$unknown" ] || { echo "documented, not exported:" $unknown; status=1; }
[ $status -ne 0 ] || echo "man pages: $(wc -l < "$tmp/exported") functions documented"
exit $status
