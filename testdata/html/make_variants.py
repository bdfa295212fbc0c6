#!/usr/bin/env python3
"""Write the charset and normalization variants of the article page:
NFD, numeric character references, windows-1258 (declared and not), UTF-8 declaring
iso-8859-1; and the 2012 table-layout page of extract/ in windows-1258.
Run from this directory: python3 make_variants.py"""
import re
import unicodedata

src = open('../hanoimoi-2017-10-09.html', encoding='utf-8').read()


def write(name, text, encoding='utf-8'):
    with open(name, 'wb') as f:
        f.write(text.encode(encoding))


write('hanoimoi-nfd.html', unicodedata.normalize('NFD', src))
write('hanoimoi-ncr.html', ''.join(c if ord(c) < 128 else '&#%d;' % ord(c) for c in src))
write('hanoimoi-utf8-says-latin1.html', src.replace('<meta charset="utf-8">',
                                                   '<meta charset="iso-8859-1">'))


def cp1258(c):
    """Vietnamese in windows-1258: a base letter (perhaps with a circumflex,
    breve or horn) and a combining tone mark."""
    try:
        return c.encode('cp1258')
    except UnicodeEncodeError:
        pass
    d = unicodedata.normalize('NFD', c)
    base, marks = d[0], d[1:]
    for i, m in enumerate(marks):
        composed = unicodedata.normalize('NFC', base + m)
        rest = marks[:i] + marks[i + 1:]
        try:
            return composed.encode('cp1258') + rest.encode('cp1258')
        except UnicodeEncodeError:
            continue
    return (base + marks).encode('cp1258')


page = src.replace('<meta charset="utf-8">', '<meta charset="windows-1258">')
with open('hanoimoi-1258.html', 'wb') as f:
    f.write(b''.join(cp1258(c) for c in page))

# no charset declared at all: detection must find windows-1258
page = src.replace('<meta charset="utf-8">', '')
with open('hanoimoi-1258-undeclared.html', 'wb') as f:
    f.write(b''.join(cp1258(c) for c in page))

# a 2012 table layout as such sites served it: windows-1258, declared
src = open('extract/vn-2012-table.html', encoding='utf-8').read()
page = src.replace('charset=utf-8', 'charset=windows-1258')
with open('extract/vn-2012-table-1258.html', 'wb') as f:
    f.write(b''.join(cp1258(c) for c in page))
