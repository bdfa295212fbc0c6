#!/usr/bin/env python3
"""Regenerate the seed article's variants the text reader tests read.

article.txt is testdata/article.txt, the page's interface lines after the
byline included, with a final line end; the others hold the same article hard-wrapped
at 60 columns, without blank lines (a paragraph a line), with CRLF line ends,
in UTF-16LE and UTF-16BE with a BOM, in Windows-1258, in NFD, and in VISCII
and TCVN3 (through iconv; these two lack curly quotes, so their quotes are
straight).  Run from this directory: python3 make-variants.py
"""
import subprocess
import textwrap
import unicodedata

text = open('../article.txt', encoding='utf-8').read().rstrip('\n') + '\n'


def write(name, data):
    with open(name, 'wb') as f:
        f.write(data)


def wrap60(t):
    out = []
    for line in t.split('\n'):
        # break only at spaces, as a person wrapping by hand would
        out.append('\n'.join(textwrap.wrap(line, 60, break_long_words=False,
                                           break_on_hyphens=False)) if line else '')
    return '\n'.join(out)


def cp1258(t):
    # Windows-1258 has the letters with a hat or horn (â ê ô ơ ư ă) but the
    # five tones only as combining marks: keep what the code page has whole,
    # take the tone off what it has not
    tones = '\u0300\u0301\u0303\u0309\u0323'
    out = bytearray()
    for ch in t:
        try:
            out += ch.encode('cp1258')
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize('NFD', ch)
        tone = ''.join(c for c in d if c in tones)
        base = unicodedata.normalize('NFC', ''.join(c for c in d if c not in tones))
        out += (base + tone).encode('cp1258')
    return bytes(out)


write('article.txt', text.encode('utf-8'))
write('article-wrap60.txt', wrap60(text).encode('utf-8'))
write('article-noblank.txt', '\n'.join(l for l in text.split('\n') if l).encode('utf-8') + b'\n')
write('article-crlf.txt', text.replace('\n', '\r\n').encode('utf-8'))
write('article-utf16le.txt', b'\xff\xfe' + text.encode('utf-16-le'))
write('article-utf16be.txt', b'\xfe\xff' + text.encode('utf-16-be'))
write('article-cp1258.txt', cp1258(text))
write('article-nfd.txt', unicodedata.normalize('NFD', text).encode('utf-8'))


# Python has no VISCII or TCVN3 codec; glibc's iconv has both
straight = text.replace('\u201c', '"').replace('\u201d', '"').encode('utf-8')
for name, charset in (('viscii', 'VISCII'), ('tcvn3', 'TCVN5712-1')):
    out = subprocess.run(['iconv', '-f', 'UTF-8', '-t', charset], input=straight,
                         capture_output=True, check=True).stdout
    write('article-%s.txt' % name, out)
