#!/usr/bin/python3
"""decompose.py IN OUT: the same file with its text in NFD, as macOS and some
CMSs write Vietnamese.  A zip (EPUB, ODT) keeps its members and order, each text
member decomposed; other files are decomposed whole (UTF-8)."""
import sys
import unicodedata
import zipfile

src, dst = sys.argv[1], sys.argv[2]
if zipfile.is_zipfile(src):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith((".xhtml", ".xml", ".opf", ".ncx", ".html")):
                data = unicodedata.normalize("NFD", data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data)
else:
    text = open(src, encoding="utf-8").read()
    open(dst, "w", encoding="utf-8").write(unicodedata.normalize("NFD", text))
