#!/usr/bin/env python3
"""Write the charset and normalization variants of the article page:
NFD, numeric character references, windows-1258 (declared and not), UTF-8 declaring
iso-8859-1; the 2012 table-layout page of extract/ in windows-1258; and spec pages
of extract/ with one thing changed (the headline an unnamed div or printed twice,
no classes) for extract/ and title/.
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


# the extractor's spec pages with one thing changed, as a CMS writes it
def rewrite(source, name, change):
    text = open(source, encoding='utf-8').read()
    page = change(text)
    assert page != text, name
    write(name, page)


def headline_div(text):
    """The h1 a div named nothing (no headline element at all)."""
    return re.sub(r'<h1[^>]*>(.*?)</h1>', r'<div class="tt">\1</div>', text, count=1, flags=re.S)


def headline_twice(text):
    """The headline printed for phones, then for desks."""
    return re.sub(r'<h1([^>]*)>(.*?)</h1>', lambda m: '<h1 class="md:hidden text-xl">' + m.group(2) +
                  '</h1><h1 class="hidden md:block text-4xl">' + m.group(2) + '</h1>',
                  text, count=1, flags=re.S)


rewrite('extract/vn-cms-bem.html', 'extract/vn-cms-bem-two-headlines.html', headline_twice)
rewrite('extract/header-wrapper.html', 'extract/header-wrapper-no-h1.html', headline_div)
# known by the page's title alone, the headline brings the byline row below it
# (its line says the site's name too, as the <title> does: the line goes)
rewrite('extract/vn-thanhnien-style.html', 'extract/vn-thanhnien-style-title-div.html',
        lambda text: re.sub(r'<h1[^>]*>(.*?)</h1>', r'<div class="tt">\1 - Báo Thanh Niên</div>', text,
                            count=1, flags=re.S))
rewrite('extract/vn-sapo-h2-inside.html', 'title/sapo-h2-no-h1.html', headline_div)
rewrite('extract/vn-amp-byline-row.html', 'title/long-site-suffix.html', headline_div)


def no_class(text):
    """No class names at all: what the page says and how it is laid out tell."""
    return re.sub(r'\s+class="[^"]*"', '', text)


rewrite('extract/brief-link-cards.html', 'extract/cards-no-class.html', no_class)
# the byline a bold or capitalised line of names after the body
rewrite('extract/vn-zing-style.html', 'extract/vn-zing-style-no-class.html', no_class)
rewrite('extract/vn-tuoitre-style.html', 'extract/vn-tuoitre-style-no-class.html', no_class)


def blocks_in_divs(text):
    """Each paragraph, heading and table in two divs, as page builders wrap them."""
    return re.sub(r'(<(p|h[2-6]|table)(?:\s[^>]*)?>.*?</\2>)', r'<div class="w"><div>\1</div></div>',
                  text, flags=re.S)


# and each block of it in two divs, the byline's bold name too
rewrite('extract/vn-zing-style-no-class.html', 'extract/vn-zing-style-divs.html', blocks_in_divs)
# the byline's named <p> after the body in two divs
rewrite('extract/vn-soha-style.html', 'extract/vn-soha-style-divs.html', blocks_in_divs)
# the sapo an h2 in two divs, beside the author's box taken for its photo
rewrite('extract/vn-dantri-2024.html', 'extract/vn-dantri-2024-divs.html', blocks_in_divs)
# a checklist in two divs is still a list, not a block of more items than paragraphs
rewrite('extract/gear-checklist.html', 'extract/gear-checklist-divs.html',
        lambda text: re.sub(r'(<ul(?:\s[^>]*)?>.*?</ul>)', r'<div class="w"><div>\1</div></div>', text,
                            flags=re.S))
# the sapo's place stamp a bare <span>: the description finds the lead
rewrite('extract/vn-vnexpress-style.html', 'extract/vn-vnexpress-style-no-class.html', no_class)
# "Previous article" over the card of the post before
rewrite('extract/post-nav.html', 'extract/post-nav-no-class.html', no_class)
rewrite('extract/title-slug-part.html', 'extract/title-slug-part-wrapped.html',
        lambda text: re.sub(r'(<p>.*?</p>)', r'<div class="blk">\1</div>', text, flags=re.S))
# a picture's description and the caption cell in two divs: still in the box
# they share with the picture
rewrite('extract/vn-province-captions.html', 'extract/vn-province-captions-divs.html', blocks_in_divs)
# a listicle's item titles, each link's paragraph in two divs: still between
# the items' pictures and text
rewrite('extract/vn-item-titles.html', 'extract/vn-item-titles-divs.html', blocks_in_divs)
# the subtitle in two divs: the body's box, taken whole, holds the header
# with the headline and the lead
rewrite('extract/section-h1.html', 'extract/section-h1-divs.html', blocks_in_divs)
# the story's paragraphs in two divs: the column taken whole holds the
# headline and the row of the date and the author's name
rewrite('extract/vn-date-name-row.html', 'extract/vn-date-name-row-divs.html', blocks_in_divs)
# the first section's blocks in two divs (and the rest's): its box, which
# holds the headline, opens the story though its paragraphs score too little
rewrite('extract/boxed-intro.html', 'extract/boxed-intro-divs.html', blocks_in_divs)
# the author's name set right, not in bold: still the closing byline
rewrite('extract/vn-h2-sapo-unnamed.html', 'extract/vn-h2-sapo-unnamed-right-name.html',
        lambda text: text.replace('<p style="text-align:right"><strong>Hải Yến</strong></p>',
                                  '<p style="text-align: right;">Hải Yến</p>'))


def paragraphs_as_divs(text):
    """Every paragraph a div, as some CMSs write them."""
    return re.sub(r'</p>', '</div>', re.sub(r'<p(\s[^>]*)?>', r'<div\1>', text))


# the sapo a div beside the body's block: a paragraph still, taken with it
rewrite('extract/vn-vnexpress-style.html', 'extract/vn-vnexpress-style-sapo-div.html',
        lambda text: re.sub(r'<p class="description">(.*?)</p>', r'<div class="description">\1</div>', text,
                            flags=re.S))
rewrite('extract/vn-vnexpress-tplcaption.html', 'extract/vn-vnexpress-tplcaption-divs.html',
        paragraphs_as_divs)
rewrite('extract/comments-flat.html', 'extract/comments-flat-divs.html', paragraphs_as_divs)
# the sapo in bold, named nothing: its place stamp still a word apart
rewrite('extract/vn-vnexpress-style.html', 'extract/vn-vnexpress-style-sapo-bold.html',
        lambda text: re.sub(r'<p class="description">(.*?)</p>', r'<p><strong>\1</strong></p>', text,
                            flags=re.S))
# the sapo a span among the blocks beside the body's block
rewrite('extract/vn-vnexpress-style.html', 'extract/vn-vnexpress-style-sapo-span.html',
        lambda text: re.sub(r'<p class="description">(.*?)</p>', r'<span class="sapo">\1</span>', text,
                            flags=re.S))
# and the headline an unnamed div in that column: known by the page's title
rewrite('extract/vn-date-name-row-divs.html', 'extract/vn-date-name-row-title-div.html', headline_div)
# each paragraph in a div: the body's block taken with the tags row under
# it, which goes by its label ("Từ khóa:") and links
rewrite('extract/vn-nld-video.html', 'extract/vn-nld-video-wrapped.html',
        lambda text: re.sub(r'(<p(?:\s[^>]*)?>.*?</p>)', r'<div class="blk">\1</div>', text, flags=re.S))
# the pros and the cons, each a short list under its heading, in two divs
rewrite('extract/vn-review-box.html', 'extract/vn-review-box-divs.html',
        lambda text: blocks_in_divs(re.sub(r'(<ul(?:\s[^>]*)?>.*?</ul>)', r'<div class="w"><div>\1</div></div>',
                                           text, flags=re.S)))
# every paragraph a div, their sentences short: the comments' heading still
# ends the article
rewrite('extract/chrome-inside-ru.html', 'extract/chrome-inside-ru-divs.html', paragraphs_as_divs)
# every paragraph a div, a page's text more in divs than in <p>s: each div of
# sentences is a paragraph, a short one too ("It worked."), wrapped or not
rewrite('extract/wrapped-paragraphs.html', 'extract/wrapped-paragraphs-divs.html', paragraphs_as_divs)
# an editor's spacer after each paragraph in its wrapper ("<p>&nbsp;</p>"): the
# short ones are still a paragraph alone, not a box of short text
rewrite('extract/wrapped-paragraphs.html', 'extract/wrapped-paragraphs-spacers.html',
        lambda text: text.replace('</p>', '</p><p>&nbsp;</p>'))
# the story's paragraphs each in a page builder's wrapper: the italic line after
# the hero picture's credit still opens the body's box, the text's first line
rewrite('extract/hero-credit-italic-note.html', 'extract/hero-credit-italic-note-wrapped.html',
        lambda text: re.sub(r'(<p>.*?</p>)', r'<div class="blk">\1</div>', text, flags=re.S))
# each paragraph its text and two <br>s in its wrapper, as old editors wrote them
rewrite('extract/wrapped-paragraphs.html', 'extract/wrapped-paragraphs-brs.html',
        lambda text: re.sub(r'<p>(.*?)</p>', r'\1<br><br>', text, flags=re.S))
# the sections, a captioned figure and the ads between them
rewrite('extract/sections-with-ads.html', 'extract/sections-with-ads-divs.html', paragraphs_as_divs)
# the cards' headings between paragraphs that are divs
rewrite('extract/inline-cards.html', 'extract/inline-cards-divs.html', paragraphs_as_divs)
# and the byline, a div named "author" in two divs after the body
rewrite('extract/vn-soha-style-divs.html', 'extract/vn-soha-style-div-byline.html', paragraphs_as_divs)
# the byline and its date a heading, as some WordPress themes set them: a
# paragraph still, no heading of the article
rewrite('extract/byline-dateline-caps.html', 'extract/byline-dateline-caps-h2.html',
        lambda text: re.sub(r'<p class="byline-dateline">(.*?)</p>', r'<h2 class="byline-dateline">\1</h2>', text,
                            flags=re.S))
# a column of eight teasers, each a linked title and an excerpt, before the
# brief: its three paragraphs, short of an article's length, are still the
# story, not the column nor the whole page
TEASER = ('<div class="item"><a href="/t{i}"><img src="/t{i}.jpg" alt=""></a><h3><a href="/t{i}">Another '
          'story, number {i}, about the council budget</a></h3><p>An excerpt {i}: the council met again on '
          'Monday evening to discuss the budget for next year, and several members asked for more money '
          'for schools, roads and parks.</p></div>')
rewrite('extract/brief-legal-notice.html', 'extract/brief-legal-notice-teasers.html',
        lambda text: re.sub(r'(<body[^>]*>)', lambda m: m.group(1) + '<div class="col-b">' +
                            ''.join(TEASER.format(i=i) for i in range(8)) + '</div>', text, count=1))
# the summary and the byline's paragraph each in two divs: the header's rows
# are still read past the summary, and the byline's "By" is no short block
rewrite('extract/hashed-header-byline.html', 'extract/hashed-header-byline-divs.html', blocks_in_divs)
# each paragraph in a div of its own: the story's block, taken whole with the
# header, keeps the lead (a div of bold text) that the header then holds
rewrite('extract/short-story-kicker.html', 'extract/short-story-kicker-wrapped.html',
        lambda text: re.sub(r'(<p(?:\s[^>]*)?>.*?</p>)', r'<div class="blk">\1</div>', text, flags=re.S))
# every paragraph a div: the byline's row before the first paragraph stays a
# row (no paragraph), and a promotion in capitals is still one
rewrite('extract/caps-promo-subline.html', 'extract/caps-promo-subline-divs.html', paragraphs_as_divs)
rewrite('extract/vn-meta-row-byline.html', 'extract/vn-meta-row-byline-divs.html', paragraphs_as_divs)
