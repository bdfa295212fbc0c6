/* The HTML reader's parts: charset, article extraction, metadata, images. */
#ifndef BT_HTML_H
#define BT_HTML_H

#include <stdint.h>
#include <libxml/HTMLparser.h>
#include <libxml/hash.h>

#include "buf.h"
#include "confine.h"
#include "document.h"

/* reader.c and writer.c: the format's functions (format.c holds the descriptor). */
int bt_html_probe(const unsigned char *data, size_t size);
bt_status bt_html_read(bt_document *doc, const bt_input *in, const bt_options *opt, bt_error *err);
bt_status bt_html_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                        bt_error *err);

/* charset.c: a NUL byte in this many first bytes makes a page binary data. */
#define BT_HTML_BINARY_PREFIX 1024

/* charset.c: the input as UTF-8 in *text, *len: a BOM, else valid UTF-8, else the
 * charset the page declares, else windows-1252; force overrides all.  Valid UTF-8
 * is not copied: *text then points into data, else into out. */
bt_status bt_html_utf8(bt_document *doc, const unsigned char *data, size_t size, const char *force,
                       bt_buf *out, const char **text, size_t *len, bt_error *err);

/* Cleaning rules a pass of the extractor applies (Readability's flags). */
enum {
    BT_CLEAN_UNLIKELY = 1,      /* drop blocks whose names say chrome */
    BT_CLEAN_WEIGHTS = 2,       /* class names weigh candidates */
    BT_CLEAN_CONDITIONALLY = 4, /* drop galleries, link lists, forms with few commas */
};

/* How far up the extractor looks for an enclosing element (a figure, a
 * header, chrome): pages nest 100,000 deep, and near is what counts. */
#define BT_HTML_NEAR 32

/* An article with at least this many letters (after cleaning) is believed. */
#define BT_HTML_ENOUGH 400

/* At most this many elements make up an article (its parts and siblings). */
#define BT_HTML_MAX_PARTS 64

/* How the article was found. */
typedef struct {
    xmlNode *article;            /* the element holding it (maybe new, gathering its parts) */
    int gathered;                /* article is that new element */
    int pass;                    /* 1-4: the pass of relaxed rules that found it; 0: none */
    int flags;                   /* that pass's cleaning rules */
    const char *fallback;        /* NULL, "the largest text region" or "the whole page" */
    char container[160];         /* the winning element as "tag#id.class" */
    struct bt_page_stats *stats; /* the extractor's, left hanging for cleaning */
    xmlNode *stats_top;          /* the page's top element: they hang below it */
} bt_html_choice;

/* extract.c: find the article; 0 when the page has no visible text.  With
 * whole_page, the body. */
int bt_html_choose(xmlDoc *html, int whole_page, bt_html_choice *c);
/* extract.c: unhang the stats the choice left for cleaning. */
void bt_html_choice_free(bt_html_choice *c);
/* title.c: the host an absolute (or scheme-relative) address names,
 * without "www.", *len bytes long; NULL for a relative address or none. */
const char *bt_html_url_host(const char *url, size_t *len);
/* extract.c: the screens n's class shows it on, as responsive classes say:
 * BT_SHOWN_WIDE when it hides it on small screens only (Bootstrap's
 * "hidden-xs", Tailwind's "hidden md:block", "d-none d-md-block"): a reader
 * at a desk sees it; BT_SHOWN_NARROW when it shows it on phones only
 * ("md:hidden", "d-md-none", "visible-xs"); 0 when it says neither. */
enum { BT_SHOWN_WIDE = 1, BT_SHOWN_NARROW = 2 };
int bt_html_screens(const xmlNode *n);
/* extract.c: a class name's weight for or against a candidate. */
double bt_html_class_weight(const xmlNode *n);
/* chrome_words.c: the words of page chrome, folded, each list NULL-terminated. */
extern const char *const bt_chrome_sections[];
extern const char *const bt_chrome_comment_heads[];
extern const char *const bt_chrome_section_starts[];
extern const char *const bt_chrome_labels[];
extern const char *const bt_chrome_pointers[];
extern const char *const bt_chrome_ad_marks[];
extern const char *const bt_chrome_sponsor_starts[];
extern const char *const bt_chrome_embed_lines[];
extern const char *const bt_chrome_paywall[];
extern const char *const bt_chrome_newsletter_labels[];
extern const char *const bt_chrome_broadcast_labels[];
extern const char *const bt_chrome_broadcast_lines[];
extern const char *const bt_chrome_watch_calls[];
extern const char *const bt_chrome_more_video_calls[];
extern const char *const bt_chrome_here_links[];
extern const char *const bt_chrome_signup_starts[];
extern const char *const bt_chrome_newsletter_calls[];
extern const char *const bt_chrome_follow_calls[];
extern const char *const bt_chrome_app_calls[];
extern const char *const bt_chrome_support_calls[];
extern const char *const bt_chrome_support_buttons[];
extern const char *const bt_chrome_feedback_calls[];
extern const char *const bt_chrome_post_footers[];
extern const char *const bt_chrome_site_footers[];
extern const char *const bt_chrome_print_notes[];
extern const char *const bt_chrome_disclosures[];
extern const char *const bt_chrome_machine_summaries[];
extern const char *const bt_chrome_disclaimers[];
extern const char *const bt_chrome_cookie_notices[];
extern const char *const bt_chrome_rights[];
extern const char *const bt_chrome_short_rights[];
extern const char *const bt_chrome_reading_times[];
extern const char *const bt_chrome_view_counts[];
extern const char *const bt_chrome_bio_verbs_en[];
extern const char *const bt_chrome_bio_verbs[];
extern const char *const bt_chrome_reporter_trades[];
extern const char *const bt_chrome_listen_words[];
extern const char *const bt_chrome_full_story_links[];
extern const char *const bt_chrome_figure_buttons[];
/* The words of a link that ends a card's excerpt ("Read more..."), whole
 * or at its start, folded. */
extern const char *const bt_chrome_more_links[];
/* clean.c: remove navigation, chrome and link lists inside the article;
 * returns the videos, sounds and embedded frames taken with them. */
size_t bt_html_clean(xmlNode *article, int flags);
/* clean.c: the letters outside links that cleaning would keep, while the
 * extractor's stats hang on the page. */
size_t bt_html_clean_count(xmlNode *article, int flags);
/* clean.c: whether n's text, case folded, opens with one of words. */
int bt_html_opens_with_words(const xmlNode *n, const char *const *words);
/* clean.c: whether n's text is a chrome label in so many words ("Share",
 * "会員限定記事"). */
int bt_html_says_label(const xmlNode *n);
/* clean.c: whether cleaning takes n away whatever it holds. */
int bt_html_is_chrome(xmlNode *n, int flags);
/* Whether n's class names it a recipe's (a card, its details, its steps),
 * in the languages of food sites. */
int bt_html_recipe_named(const xmlNode *n);
/* clean.c: whether n is a wrapper of one paragraph and nothing else, or of
 * wrappers of one (a page builder's widget and its container around each
 * <p>): Readability puts the paragraph in its place, and a paragraph is not
 * cleaned conditionally. */
int bt_html_one_paragraph(const xmlNode *n);
/* Whether a block, or the one element it wraps, down a few wrappers, is
 * named a byline by one of classes and says no more than one. */
int bt_html_byline_named(const xmlNode *n, const char *const *classes);
/* clean.c: whether n's class or id names a small block of metadata ("meta",
 * "category", "dateline"): the writers show it from the metadata. */
int bt_html_metadata_named(const xmlNode *n);
/* clean.c: n's one child element shown, when it holds nothing else but
 * white space and spacers (an empty paragraph, a <br>); else NULL. */
const xmlNode *bt_html_only_element(const xmlNode *n);
/* clean.c: whether n's text is the page's description (<meta
 * name=description>), its lead said again for search engines ("hidden-print"
 * on a recipe's standfirst hides the lead from paper, it is no print
 * button); or, opening, whether the description, a sentence at least, opens
 * n's text (a CMS's description cut from the lead). */
int bt_html_says_description(const xmlNode *n, int opening);
/* clean.c: whether n is a link to the page's comments ("#comments",
 * "#respond", "#disqus_thread", "#comment-form"), the page's own address
 * or the story's with that fragment: their count, a call to comment. */
int bt_html_comments_link(const xmlNode *n);
/* parts.c: whether n is a heading right under the headline (or first in
 * the box right under it), no link, as long as a lead: the deck, whatever
 * chrome its header's name says (Science News's "h2.header-default__deck"
 * under its h1). */
int bt_html_headline_deck(const xmlNode *n);
/* parts.c: whether n's markup names it the headline's subline
 * ("div.field-name-field-subhead", "p.subtitle", itemprop=description) and
 * it says a subline's words: asked of a block next to the headline, not
 * of the story's crossheads. */
int bt_html_subline_block(const xmlNode *n);
/* Blocks of one element each that page builders wrap around a block
 * ("<div><div><h2>"), looked through at most. */
#define BT_HTML_WRAPPERS 3
/* clean.c: the element n wraps in divs or sections of one element each, at
 * most depth down; n itself when it is none; NULL when a wrapper holds more. */
const xmlNode *bt_html_unwrapped(const xmlNode *n, int depth);
/* clean.c: n with the divs or sections of one element each that wrap it,
 * up to BT_HTML_WRAPPERS: the box whose siblings are n's neighbours. */
const xmlNode *bt_html_wrapped(const xmlNode *n);
/* clean.c: whether n is a line all in bold and without links: a byline
 * ("<div><b>Name</b></div>"). */
int bt_html_bold_line(const xmlNode *n);
/* clean.c: whether link a leads to an author's page ("/author/jane-roe/",
 * "/autor/", "/tac-gia/"). */
int bt_html_author_page(const xmlNode *a);
/* clean.c: a blockquote around nearly all of the article's text is the
 * page's margin, an old editor's indent (FrontPage's "<BLOCKQUOTE>" around
 * the story), no quotation: made a div. */
void bt_html_unquote_margins(xmlNode *article);
/* clean.c: whether n is a card of another article, one of three or more
 * alike: a short block whose heading is all a link, with a line or two of
 * its excerpt. */
int bt_html_teaser_card(const xmlNode *n);
/* clean.c: the same for the n parts of an article, leaving out (and in *n
 * not counting) those that are chrome themselves. */
size_t bt_html_clean_parts(xmlNode **part, size_t *n, int flags);
/* parts.c: the article's headline, lead, hero figure, dateline before part[0]
 * and byline after the last part, added to the n parts (at most cap); the
 * new count.  Needs the extractor's stats. */
size_t bt_html_own_parts(xmlNode **part, size_t n, size_t cap);
/* prepare.c: the page's body as a browser builds it, with text split by
 * <br><br> made paragraphs; NULL for an empty page.  *elements: about as
 * many as the body holds (the paragraphs made are not counted). */
xmlNode *bt_html_prepare(xmlDoc *html, size_t *elements);
/* prepare.c: the attribute it sets on an inline element the page shows
 * apart from the next with no space between them in the markup (a
 * kicker's span over the headline's). */
#define BT_HTML_SHOWN_APART "data-bantin-apart"

/* meta.c: class words of an element that shows the article's date. */
extern const char *const bt_html_date_classes[];
/* meta.c: metadata from <head>, Open Graph, JSON-LD and the article's <time>;
 * the JSON-LD articleBody, when there is one, appended to body; the Open
 * Graph description, when the page gives another too, into
 * *other_description (NULL when none; the caller frees it). */
void bt_html_meta(bt_document *doc, xmlDoc *html, const xmlNode *article, bt_buf *body,
                  char **other_description);
/* meta.c: the date as the page shows it ("06:51 Thứ Hai ngày 09/10/2017",
 * "Mon 30 Nov 2026 08.15 GMT" in lang or English), when it is iso's day,
 * into out; 0 when the page shows none.  A name the
 * row gives beside it ("... 08:15 Nguyễn Minh Châu") goes into name (empty
 * when none). */
int bt_html_shown_date(const xmlNode *article, const char *iso, const char *lang, char *out,
                       size_t cap, char *name, size_t name_cap);
/* clean.c: whether link a leads to the page itself, as its canonical
 * address or og:url names it (the whole address, or its end). */
int bt_html_links_here(const xmlNode *a);
/* meta.c: whether t opens with a word that says a story was updated
 * ("Updated", "Atualizado", "mis à jour"), in any case. */
int bt_html_update_word(const char *t);
/* meta.c: whether a text says a year ("2012") or a time ("@12:06PM"), as
 * a date's line does. */
int bt_html_says_date(const char *t);
/* meta.c: [*from, *to) without the separators at either end that part a
 * byline from the date on one row (spaces, "|", "/", ",", "-", "•", "·",
 * dashes). */
void bt_html_trim_row(const char **from, const char **to);
/* meta.c: whether [s, s+len), beside the date on its row, names someone:
 * two to five capitalised words, not a weekday or month of iso's day (in
 * lang or English) nor a date's label ("Published", "Cập nhật"). */
int bt_html_row_name(const char *s, size_t len, const char *iso, const char *lang);
/* Add name as an author of doc, without a word before it that says "by"
 * ("By Jane Roe", "Por Ana Ruiz") and not a CMS's placeholder for none
 * ("admin", "publisher", "author"). */
void bt_html_add_author(bt_document *doc, const char *name);
/* meta.c: whether a <meta>'s name is want, case aside; "og:" names written
 * as Open Graph's namespace ("http://ogp.me/ns#title") too. */
int bt_html_meta_named(const char *name, const char *want);
/* meta.c: after the conversion: the title's repetition at the top of the
 * body dropped, the lead and the byline found by their text (and by
 * other_description, NULL or the page's second description). */
void bt_html_finish(bt_document *doc, const char *other_description);

/* parts.c: whether an h1 opens n, with no more text before it than a
 * kicker, a breadcrumb or a date: n's headline. */
int bt_html_opens_with_h1(const xmlNode *n);
/* Class words of a line set below a headline inside its element, or in a
 * heading of its own after it ("sub-headline", "subtitle"). */
extern const char *const bt_html_subline_classes[];
/* title.c: the article's visible headline: an h1, itemprop=headline or a CMS's
 * title class, inside or just above the article, the one the page's metadata
 * (already in doc) agrees with when there are several; gathered as
 * bt_html_choice has it; NULL when the page shows none.  NFC; the caller
 * frees. */
char *bt_html_headline(const bt_document *doc, xmlDoc *html, const xmlNode *article, int gathered);
/* title.c: the page's titles in its head (<title>, og:title,
 * twitter:title), folded for comparing (with letters, to letters and
 * digits only; else their marks and spaces kept), into out (at most cap;
 * the caller frees each); their count. */
size_t bt_html_head_titles(xmlDoc *html, char **out, size_t cap, int letters);
/* title.c: the label an <article> at or around n gives it (Spiegel's
 * "<article aria-label=...>": its visible headline, where the head's titles
 * are written for search engines), folded (with letters, to letters and
 * digits only, as bt_html_head_titles folds); NULL when none.  The caller
 * frees. */
char *bt_html_article_label(const xmlNode *n, int letters);
/* title.c: whether text is one of the n titles, or most of one, its start
 * or its end (the rest the site's name). */
int bt_html_says_title(const char *text, char *const *titles, size_t n);
/* title.c: whether one of the n titles (bt_html_head_titles without
 * letters), or its headline's part beside the site's name, opens text and
 * is half of it at least: the headline the title cut short. */
int bt_html_cut_title(const char *text, char *const *titles, size_t n);
/* title.c: whether n's class names it as a CMS's headline (title-detail,
 * NewsTitle), or its microdata does (itemprop=headline), a link or a meta
 * never. */
int bt_html_title_marked(const xmlNode *n);
/* title.c: whether n's class names a kicker, a line over a headline
 * ("kicker", "dachzeile", "catchword"...). */
int bt_html_kicker_named(const xmlNode *n);
/* title.c: whether line is the page's <title> less a short name set apart
 * before or after it ("Bao Thua Thien Hue - Mưa lớn kéo dài..."). */
int bt_html_title_end(const char *title, const char *line);
/* title.c: the headline shown on the page, given the one the page marks
 * (headline, owned and taken; NULL when none) and the metadata's title:
 * of a title in parts ("Site - Section - Headline"), the part of a
 * headline's length the page shows as a line of its own when nothing shows
 * the whole (a TownNews "div.newsheadline", a release's bold line); or the
 * whole of the metadata's title so shown under a headline that is only a
 * section's name a link says too (CivicPlus's h1 "News Flash" over its
 * h3), that name then copied into label (size bytes; else "").  NULL when
 * none; the caller frees. */
char *bt_html_shown_headline(xmlDoc *html, char *headline, const char *title, char *label,
                             size_t size);
/* parts.c: whether n is or lies in a link, a few levels up. */
int bt_html_in_link(const xmlNode *n);
/* parts.c: whether n says the page's title, as its head gives it. */
int bt_html_says_page_title(const xmlNode *n);
/* title.c: whether n's class is a generic title's ("title", "tieude",
 * "titulo"...), which many blocks of a page have besides its headline. */
int bt_html_title_named(const xmlNode *n);
/* title.c: whether a headline is the site's logo: its text a link to the
 * home page. */
int bt_html_logo(const xmlNode *n);
/* title.c: a title from metadata without the site's name: the parts between
 * " | ", " - ", " » "... that are site (og:site_name) or url's host go; with
 * guess (a <title>), a short end part goes too, or a breadcrumb's all but its
 * last.  The caller frees; NULL when out of memory. */
char *bt_html_title_unsite(const char *title, const char *site, const char *url, int guess);

/* jsonld.c: metadata from a JSON-LD script's text, for article objects only;
 * the first articleBody appended to body (NULL: not wanted). */
void bt_html_jsonld(bt_document *doc, const char *json, size_t len, bt_buf *body);

/* load.c: images for the DOM conversion. */
typedef struct bt_html_loader {
    bt_document *doc;
    bt_error *err;
    bt_confine allowed;    /* the input's folder, then the resource path */
    int any_path;          /* opt->allow_any_path: reads not confined to them */
    const bt_options *opt; /* its resolve_image, when set, instead of files */
    const char *input_path;
    int failed; /* the resolver failed: the read fails (err says why) */
    /* what an address, a file already gave (once each: a page may name an
     * image thousands of times) */
    xmlHashTablePtr by_src, by_path;
} bt_html_loader;

/* Where in's images may be read from: opt's resolver when it has one, else
 * in's folder and opt->resource_path (standard input's from nowhere but the
 * resource path).  The caller frees l with bt_html_loader_free, even after a
 * failure. */
bt_status bt_html_loader_init(bt_html_loader *l, bt_document *doc, const bt_input *in,
                              const bt_options *opt, bt_error *err);
int bt_html_load_image(void *user, const char *src);
void bt_html_loader_free(bt_html_loader *l);

/* ---- stats.c ---- */
/* What each element of a page holds, counted once bottom-up after the parse:
 * the measures the extractor scores candidates by and cleaning judges blocks
 * by.  The stats hang on each element's _private while a page_stats lives. */

typedef struct {
    uint32_t text;       /* letters of visible text (white space not counted) */
    uint32_t link;       /* of which inside links */
    uint32_t toggle;     /* of which inside links leading nowhere (an FAQ's questions) */
    uint32_t ptext;      /* of which inside paragraphs (p, pre, blockquote) */
    uint32_t own;        /* of which not inside a block child: the element's own paragraph */
    uint32_t heading;    /* of which inside h1-h6 */
    uint32_t h1;         /* of which inside h1, outside links */
    uint32_t commas;     /* commas of any script, in the text */
    uint32_t own_commas; /* of which in the own text */
    unsigned paras, images, items, inputs;
    uint32_t nodes;  /* elements below, itself included */
    uint32_t chrome; /* letters outside links in chrome below (set by the fallback) */
    xmlNode *node;
    double score; /* as a candidate for the article, in the current pass */
    signed char scored;
    signed char unlikely;   /* class or role says page chrome (Readability's "unlikely") */
    signed char blocks;     /* a block is among its children, or in an inline one */
    signed char verdict[8]; /* cleaning's verdict under each set of rules; -1: not asked yet */
    signed char consent;    /* the text asks for consent to cookies; -1: not looked at yet */
    signed char marks;      /* 1: a caption's class, 2: a credit's; -1: not looked at yet */
    signed char skipped;    /* bt_xhtml_skipped, asked once when the stats are gathered */
    signed char block;      /* bt_html_is_block, asked then too */
    signed char about;      /* it opens on "About the author:"; -1: not looked at yet */
    signed char data;       /* a table of data, not of layout; -1: not looked at yet */
    signed char root;       /* the element counted from (its own measures are not taken) */
    char *folded;           /* cleaning's short text of it, folded, while its verdict is made */
    size_t read;  /* bytes of its text read: all when folded is set, else at least this many */
    size_t after; /* paragraph letters in the siblings after it (cleaning's); -1: not added up */
} bt_stats;

typedef struct bt_page_stats {
    bt_stats *s;
    size_t n, cap;
} bt_page_stats;

/* Count the subtree of root, which holds about elements elements (0: not
 * known, the subtree is walked to count them); 0 when out of memory. */
int bt_stats_gather(bt_page_stats *pg, xmlNode *root, size_t elements);
/* Hang new stats, counting nothing yet, on an element the page did not
 * have when it was counted (the one the article's parts are gathered in);
 * 0 when there is no room. */
int bt_stats_adopt(bt_page_stats *pg, xmlNode *n);
/* Count n again from its children's stats, and each element above it up to
 * the root counted, after a child moved in or out or n was renamed (the
 * article's parts gathered, its notes kept apart, a byline taken out of its
 * row); what was asked of them is asked again. */
void bt_stats_recount_up(xmlNode *n);
/* Unhang and free the stats. */
void bt_stats_scatter(bt_page_stats *pg, xmlNode *root);

static inline bt_stats *bt_stats_of(const xmlNode *n) { return (bt_stats *)n->_private; }

/* Whether n is a box a script makes a video player in: it has an
 * attribute the players read ("data-vid", "data-player-id", Connatix's
 * "data-cnx-player", "data-mediaid", JW Player's "data-playlist"). */
int bt_html_player_box(const xmlNode *n);

/* Whether n, no picture, names a video's file in a data attribute for a
 * script to play: 24h's "<div class=player24h data-src=....mp4>". */
int bt_html_video_source(const xmlNode *n);

/* bt_xhtml_caption_marked and bt_xhtml_credit_marked, asked once an element:
 * cleaning asks them of every element below each block it weighs. */
int bt_html_caption_marked(const xmlNode *n);
int bt_html_credit_marked(const xmlNode *n);

/* bt_xhtml_skipped, as it was when the stats were gathered (after the page
 * was prepared: renaming and unhiding are over): extraction asks it of each
 * element below every block it weighs.  Nodes without stats are asked anew. */
int bt_html_skipped(const xmlNode *n);
/* stats.c: the element shown next to n, after or before it; NULL if none. */
const xmlNode *bt_html_element_beside(const xmlNode *n, int after);
/* stats.c: 1 to 6 for an h1 to h6 element, else 0. */
int bt_html_heading_level(const xmlNode *n);
/* bt_xhtml_dom_text with bt_html_skipped. */
void bt_html_text(const xmlNode *n, bt_buf *b, size_t max);
/* stats.c: the length of t[0..len) without the white space it ends with. */
size_t bt_html_trimmed(const char *t, size_t len);
/* Whether the len bytes at name end in one of exts, in any case (a file's
 * name: ".pdf", ".mp4"). */
int bt_html_file_named(const char *name, size_t len, const char *const *exts);

/* A div holding text and no blocks: a paragraph in all but its name, as
 * Readability makes it one. */
int bt_html_text_div(const xmlNode *n);
/* Whether n's text ends a sentence (". ! ? …", or a full stop of CJK),
 * closing quotes and brackets aside. */
int bt_html_closes_sentence(const xmlNode *n);
/* Share of an element's text inside links. */
double bt_stats_link_density(const xmlNode *n);
/* The nearest element before n (next: after it) that shows something, text
 * or a picture: what lies between a picture and its caption's box (a play
 * button's empty link, a clearing div) is passed over.  NULL when none. */
const xmlNode *bt_stats_shown_sibling(const xmlNode *n, int next);
/* Whether n, right after a box with a picture, holds a caption a class
 * names: a slideshow's "extra-info" under each picture is its caption's
 * box, and so is a video's "media_footer" after its play button, whatever
 * chrome their names say.  n's siblings' stats must be complete. */
int bt_html_captions_picture(const xmlNode *n);
/* Whether n is or holds a block marked as a caption, or a credit too;
 * without credits, a caption with text and no picture of its own. */
int bt_html_holds_caption(const xmlNode *n, int credits);
/* Whether class or id holds one of words anywhere, as Readability's regular
 * expressions look ("maincontent" holds "content"); words in lower case.
 * The page's class namespace (below) is not looked in. */
int bt_html_attr_matches(const xmlNode *n, const char *const *words);
/* A page's class namespace: the first part of the class that its headline
 * and at least half of its classed elements open on ("media" of Bloomberg's
 * "media-ui-HedAndDek_headline", "media-ui-Paragraph_text",
 * "media-ui-UnorderedList_list"): a design system's prefix, which says
 * nothing of one block against another.  (Half a page's classes open on
 * "comment-" under a long thread, but its headline does not.)  Counted over
 * the page's elements (the most frequent parts kept, Misra and Gries' way: a
 * part's count is never more than its share), then kept with the document. */
#define BT_NAMESPACE_KEPT 4
typedef struct {
    char part[BT_NAMESPACE_KEPT][24];
    unsigned count[BT_NAMESPACE_KEPT];
    unsigned classed;
    char headline[24]; /* the first part of the first classed h1's class */
} bt_html_namespace_count;
void bt_html_namespace_add(bt_html_namespace_count *c, const xmlNode *n);
/* Keep the part of c that half the classed elements open on, if any, as
 * doc's namespace (a copy on its _private, which bt_html_free_page frees). */
void bt_html_namespace_keep(const bt_html_namespace_count *c, xmlDoc *doc);
/* xmlFreeDoc, and the namespace kept with the page. */
void bt_html_free_page(xmlDoc *doc);
/* Whether the element's ARIA role is one of roles (NULL-terminated). */
int bt_html_role_is(const xmlNode *n, const char *const *roles);
/* Whether an element starts a block (p, div, li, table...), as opposed to
 * phrasing content (a, span, em...). */
int bt_html_is_block(const xmlNode *n);
/* Rename an element, its stats (whether it is a block, skipped) with it. */
void bt_html_rename(xmlNode *n, const char *name);

/* ---- media.c ---- */
/* Where the HTML writer's images go: files in a directory beside the page,
 * named after the originals and a hash of their bytes, or data: URIs inside it. */

typedef struct bt_html_media {
    char **src; /* per resource: what <img src> gets; NULL for an unused one */
    size_t n;
} bt_html_media;

/* Write (or encode) every image a figure uses, before any HTML, so that a
 * page never refers to an image that is not there: embedded when
 * opt->embed_media or when out has no path, else extracted into
 * opt->extract_media (default: <output stem>_files beside the output).
 * Fails with BT_ERR_IO naming the path that could not be written.  The
 * caller frees m with bt_html_media_free, even after a failure. */
bt_status bt_html_media_prepare(bt_html_media *m, const bt_document *doc, const bt_output *out,
                                const bt_options *opt, bt_error *err);
void bt_html_media_free(bt_html_media *m);
/* Whether images go inside the page (html:embed-media, or no file to put
 * them beside), so that whatever the page needs goes inside it too. */
int bt_html_media_embedded(const bt_output *out, const bt_options *opt);

#endif
