#!/usr/bin/python3
"""Integration: bantin's HTML output parses without a single error in a strict HTML5
parser (html5lib), and keeps the article's structure.

usage: html5_check.py BANTIN TESTDATA"""
import os
import subprocess
import sys
import tempfile

SKIP = 77


def main():
    bantin, testdata = sys.argv[1], sys.argv[2]
    try:
        import html5lib
    except ImportError:
        if os.environ.get("CI") == "true":
            print("FAIL: python3-html5lib is missing in CI")
            return 1
        print("SKIP: python3-html5lib is not installed (apt-get install python3-html5lib)")
        return SKIP
    page = os.path.join(testdata, "hanoimoi-2017-10-09.html")
    seed = open(os.path.join(testdata, "article.txt"), encoding="utf-8").read().split("\n")
    failures = 0
    house = "--css=" + os.path.join(testdata, "css", "house.css")
    variants = (["--embed-media"], [], [house], ["--embed-media", house])
    with tempfile.TemporaryDirectory() as tmp:
        for args in variants:
            out = os.path.join(tmp, "article.html")
            subprocess.run([bantin, "-t", "html", "-o", out, page] + args, check=True)
            data = open(out, "rb").read()
            parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
            try:
                tree = parser.parse(data)
            except html5lib.html5parser.ParseError as e:
                print(f"FAIL: {args}: HTML5 parse error: {e}")
                failures += 1
                continue
            text = " ".join("".join(tree.itertext()).split())
            h2 = [" ".join("".join(h.itertext()).split()) for h in tree.iter("h2")]
            figcaptions = list(tree.iter("figcaption"))
            imgs = [i.get("src") for i in tree.iter("img")]
            checks = [
                (tree.get("lang") == "vi", "html lang is vi"),
                (h2 == [seed[7], seed[17]], f"both h2 headings in order: {h2}"),
                (len(figcaptions) == 1, "one figcaption"),
                (len(imgs) == 1 and imgs[0], "one img with a src"),
                (all(" ".join(line.split()) in text for line in seed[3:27] if line.strip()),
                 "every seed paragraph"),
                (not any(chrome in text for chrome in seed[27:31] if chrome.strip()),
                 "none of the page chrome"),
            ]
            if "--embed-media" not in args:
                src = imgs[0] if imgs else ""
                checks.append((os.path.exists(os.path.join(tmp, src)), f"image file {src} exists"))
            for ok, what in checks:
                if not ok:
                    print(f"FAIL: {args}: {what}")
                    failures += 1
        # the model since 1.0: inline markup, languages, table captions and
        # spans, credits, display sizes, footnotes
        for name in ("model-inlines.html", "model-notes.html"):
            out = os.path.join(tmp, name)
            subprocess.run([bantin, "-t", "html", "--resource-path", testdata, "-o", out,
                            os.path.join(testdata, "html", name)], check=True,
                           stderr=subprocess.DEVNULL)
            parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
            try:
                parser.parse(open(out, "rb").read())
            except html5lib.html5parser.ParseError as e:
                print(f"FAIL: {name}: HTML5 parse error: {e}")
                failures += 1
        failures += check_fragment(html5lib, bantin, page, seed)
    runs = len(variants) + 1
    print(f"html5: {runs - min(failures, runs)} passed, {min(failures, runs)} failed")
    return 1 if failures else 0


def check_fragment(html5lib, bantin, page, seed):
    """--fragment: one <article>, a valid HTML5 fragment where a page's body
    content goes, with no page around it."""
    data = subprocess.run([bantin, "-t", "html", "--fragment", page], check=True,
                          capture_output=True).stdout
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        tree = parser.parseFragment(data.decode("utf-8"), container="div")
    except html5lib.html5parser.ParseError as e:
        print(f"FAIL: --fragment: HTML5 fragment parse error: {e}")
        return 1
    top = [e.tag for e in tree]
    text = " ".join("".join(tree.itertext()).split())
    checks = [
        (top == ["article"], f"one <article> and nothing else at the top: {top}"),
        (not any(True for tag in ("html", "head", "body", "style", "title")
                 for _ in tree.iter(tag)), "no html, head, body, style or title"),
        (b"<!DOCTYPE" not in data, "no doctype"),
        (len(list(tree.iter("img"))) == 1, "one img"),
        (all(" ".join(line.split()) in text for line in seed[3:27] if line.strip()),
         "every seed paragraph"),
    ]
    failed = 0
    for ok, what in checks:
        if not ok:
            print(f"FAIL: --fragment: {what}")
            failed += 1
    return failed


if __name__ == "__main__":
    sys.exit(main())
