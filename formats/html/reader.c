/* The HTML reader: any web page, any charset, the article extracted from the
 * page chrome.  Parsing is libxml2's HTML parser, never with the network. */
#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parserInternals.h>

#include "datefmt.h"
#include "error.h"
#include "html.h"
#include "registry.h"
#include "unicode.h"
#include "xhtml.h"
#include "xhtml_read.h"
#include "xml.h"

/* Past a BOM, white space and comments, a tag an HTML page starts with. */
int bt_html_probe(const unsigned char *data, size_t size)
{
    static const char *const starts[] = {"<!doctype html", "<html", "<head", "<body",
                                         "<meta",          "<p",    "<div",  "<table",
                                         "<title",         NULL};
    size_t i = 0;
    if (size >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
        i = 3;
    if (memchr(data, '\0', size < 1024 ? size : 1024))
        return 0;
    for (;;) {
        while (i < size && isspace(data[i]))
            i++;
        if (i + 4 <= size && !memcmp(data + i, "<!--", 4)) {
            const unsigned char *end = NULL;
            for (size_t k = i + 4; k + 3 <= size && !end; k++)
                if (!memcmp(data + k, "-->", 3))
                    end = data + k;
            if (!end)
                return 0;
            i = (size_t)(end - data) + 3;
            continue;
        }
        break;
    }
    for (const char *const *s = starts; *s; s++) {
        size_t len = strlen(*s);
        if (i + len <= size && !strncasecmp((const char *)data + i, *s, len) &&
            (i + len == size || !isalnum(data[i + len])))
            return (int)len * 8;
    }
    return 0;
}

/* The publisher's own article text, in the page's JSON-LD articleBody, when
 * the page shows less than half of it (a page a script fills in): its lines
 * become the paragraphs, after the lead; headings and figures are not in it,
 * so a warning says where the text came from. */
static void from_article_body(bt_document *doc, const bt_buf *text, bt_error *err)
{
    bt_node *body = bt_document_body(doc);
    size_t want = bt_letter_count(text->data ? text->data : "", text->len);
    /* some CMSs put markup in it: that is no plain text to take */
    if (text->failed || want < BT_HTML_ENOUGH || strstr(text->data, "<p") ||
        strstr(text->data, "<br") || strstr(text->data, "</"))
        return;
    bt_buf shown = BT_BUF_INIT;
    bt_node_text_put(body, &shown);
    size_t has = bt_letter_count(shown.data ? shown.data : "", shown.len);
    bt_buf_free(&shown);
    if (has * 2 >= want)
        return;
    for (bt_node *k = body->first, *next; k; k = next) {
        next = k->next;
        if (k->role != BT_ROLE_LEAD)
            bt_node_unlink(k);
    }
    const char *lead = body->first ? bt_node_text(doc, body->first) : "";
    for (const char *p = text->data, *end = text->data + text->len; p < end;) {
        size_t len = strcspn(p, "\n");
        while (len && (p[len - 1] == ' ' || p[len - 1] == '\r'))
            len--;
        size_t skip = strspn(p, " \t");
        if (len > skip && !(strlen(lead) == len - skip && !strncmp(p + skip, lead, len - skip))) {
            bt_node *para = bt_node_new(doc, BT_NODE_PARAGRAPH);
            if (para && bt_node_append_text(doc, para, p + skip, len - skip) == BT_OK)
                bt_node_append(body, para);
        }
        p += strcspn(p, "\n");
        p += *p == '\n';
    }
    bt_document_set_extraction(doc, "JSON-LD articleBody (the page shows less of the text)");
    bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_ARTICLE, 0,
                   "the article's text is taken from the page's JSON-LD articleBody: its "
                   "headings and figures, if any, are not there");
}

/* Blocks at the top of the body the page's label over the headline may
 * stand in. */
#define LABEL_BLOCKS 3
/* Bytes of such a label kept to find it ("News Flash"). */
#define LABEL_BYTES 128

/* The page's label that stood for its headline (CivicPlus's h1 "News
 * Flash"), a heading at the top of the body, goes: the headline shown
 * under it took its place. */
static void drop_label_heading(bt_document *doc, const char *label)
{
    int n = 0;
    for (bt_node *k = bt_document_body(doc)->first; *label && k && n++ < LABEL_BLOCKS;
         k = k->next) {
        const char *t = k->type == BT_NODE_HEADING ? bt_node_text(doc, k) : NULL;
        if (t && !strcmp(t, label)) {
            bt_node_unlink(k);
            return;
        }
    }
}

/* Blocks at the top of the body where a line of the article's metadata
 * may stand, and the letters it may have besides the date (a section's
 * name: "Du lịch 12/05/2025 07:40"). */
#define META_LINE_BLOCKS 3
#define META_LINE_MORE 24
/* Bytes a line that is a part of the date's row has at least ("입력
 * 2025.07.08 14:30" of "입력 ... 수정 ..."), to go as the row's. */
#define META_LINE_PART 10

/* The name beside the shown date in a line of metadata ("Hoàng Lan •
 * 30/11/2026 09:00"), two to five capitalised words on one side of it, as
 * a BYLINE paragraph before k; a section's name ("Du lịch"), a weekday
 * ("Thứ hai", "Chủ Nhật") or a date's label is not one. */
static void keep_name(bt_document *doc, bt_node *k, const char *text, const char *shown)
{
    const char *at = strstr(text, shown), *before = text, *after = at + strlen(shown),
               *end = text + strlen(text);
    bt_html_trim_row(&before, &at);
    bt_html_trim_row(&after, &end);
    if (before < at && after < end)
        return;
    const char *from = before < at ? before : after, *to = before < at ? at : end;
    if (to <= from ||
        !bt_html_row_name(from, (size_t)(to - from), bt_document_meta(doc, BT_META_DATE),
                          bt_document_meta(doc, BT_META_LANGUAGE)))
        return;
    bt_node *p = bt_node_new(doc, BT_NODE_PARAGRAPH);
    if (!p || bt_node_append_text(doc, p, from, (size_t)(to - from)) != BT_OK)
        return;
    bt_node_set_role(p, BT_ROLE_BYLINE);
    bt_node_insert_before(k, p);
}

/* Whether text opens on the shown date and then says when the story was
 * updated ("20/01/2026 18h30 · Atualizado há 2 horas", "..., Updated 2
 * hours ago"): a line of metadata however long that is; or another date
 * of no more words ("பதிவு செய்த நாள்: மே 10,2024 08:30<br>மாற்றம் செய்த
 * நாள்: மே 10,2024 10:05", the day it was changed). */
static int update_after(const char *text, const char *shown)
{
    const char *at = strstr(text, shown), *before = text, *before_end = at;
    if (!at)
        return 0;
    /* (a name before the date is kept by the short line's rule only) */
    bt_html_trim_row(&before, &before_end);
    if (before < before_end)
        return 0;
    const char *from = at + strlen(shown), *end = text + strlen(text);
    bt_html_trim_row(&from, &end);
    return from < end &&
           (bt_html_update_word(from) ||
            ((size_t)(end - from) <= strlen(shown) + META_LINE_MORE && bt_html_says_date(from)));
}

/* Whether text holds the shown date and, besides, no letter: counters
 * beside it ("10 May 2024 - 11:23 AM - 0 - 1247", its comments and views
 * told by icons). */
static int counters_beside(const char *text, const char *shown)
{
    const char *at = strstr(text, shown);
    if (!at)
        return 0;
    for (const char *p = text; *p; p++) {
        if (p == at)
            p += strlen(shown);
        unsigned char c = (unsigned char)*p;
        if (!c)
            break;
        /* (a no-break space is the one character above ASCII allowed) */
        if (c == 0xC2 && (unsigned char)p[1] == 0xA0)
            p++;
        else if (c >= 0x80 || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
            return 0;
    }
    return 1;
}

/* The date as the page showed it opens the body, as a DATELINE paragraph
 * (writers print it in the head) when add is set; a paragraph of the body
 * that only repeats it goes, and a line at the top that says little more
 * (but a name beside it) or a part of it (a row's lines). */
static void put_dateline(bt_document *doc, const char *shown, int add)
{
    bt_node *body = bt_document_body(doc);
    int blocks = 0;
    for (bt_node *k = body->first, *next; k; k = next, blocks++) {
        next = k->next;
        char text[256];
        size_t len = k->type == BT_NODE_PARAGRAPH ? bt_node_text_copy(k, text, sizeof(text)) : 0;
        if (len && len < sizeof(text) &&
            (!strcmp(text, shown) ||
             (blocks < META_LINE_BLOCKS && (k->role == BT_ROLE_NONE || k->role == BT_ROLE_BYLINE) &&
              ((len <= strlen(shown) + META_LINE_MORE && strstr(text, shown)) ||
               (len >= META_LINE_PART && strstr(shown, text)) || update_after(text, shown) ||
               counters_beside(text, shown))))) {
            /* (the name beside the date on a line that holds it whole) */
            if (strcmp(text, shown) && strstr(text, shown))
                keep_name(doc, k, text, shown);
            bt_node_unlink(k);
        }
    }
    bt_node *p = add ? bt_node_new(doc, BT_NODE_PARAGRAPH) : NULL;
    if (!p || bt_node_append_text(doc, p, shown, strlen(shown)) != BT_OK)
        return;
    bt_node_set_role(p, BT_ROLE_DATELINE);
    if (body->first)
        bt_node_insert_before(body->first, p);
    else
        bt_node_append(body, p);
}

/* A note kept apart left from: the extractor's stats count what stays, so
 * that cleaning needs not count the page again. */
static void note_moved(xmlNode *from, void *unused)
{
    (void)unused;
    bt_stats_recount_up(from);
}

/* The article of a parsed page into doc.  *empty is set when the part taken
 * gave no text, for the caller to try the whole page. */
static bt_status convert(bt_document *doc, xmlDoc *html, const bt_input *in, const bt_options *opt,
                         int whole_page, int *empty, int *unseen, bt_error *err)
{
    bt_html_choice c;
    if (!bt_html_choose(html, whole_page, &c)) {
        /* (the caller may read the text the markup hides instead) */
        if (unseen) {
            *unseen = 1;
            return BT_OK;
        }
        return bt_error_set(err, BT_ERR_FORMAT, "no article text found");
    }
    char how[200];
    if (c.fallback) {
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_ARTICLE, 0,
                       "no article found by its rules; fallback: %s", c.fallback);
        snprintf(how, sizeof(how), "fallback: %s (%s)", c.fallback, c.container);
    } else if (whole_page && !bt_option(opt, "html", "whole-page")) {
        snprintf(how, sizeof(how), "fallback: the whole page (the part taken held no text)");
    } else {
        snprintf(how, sizeof(how), c.pass ? "%s, pass %d" : "%s", c.container, c.pass);
    }
    bt_document_set_extraction(doc, how);
    bt_buf article_body = BT_BUF_INIT;
    char *other_description;
    bt_html_meta(doc, html, c.article, whole_page ? NULL : &article_body, &other_description);
    char shown[128], name[128];
    int has_shown = bt_html_shown_date(c.article, bt_document_meta(doc, BT_META_DATE),
                                       bt_document_meta(doc, BT_META_LANGUAGE), shown,
                                       sizeof(shown), name, sizeof(name));
    /* the name on the date's row is the author the metadata does not give
     * (cleaning may take the row: a box of article metadata) */
    if (has_shown && name[0] && !bt_document_meta(doc, BT_META_AUTHOR))
        bt_html_add_author(doc, name);
    /* before cleaning, which may take a headline in a block of article metadata */
    char *headline = bt_html_headline(doc, html, c.article, c.gathered);
    /* (or the part of the metadata's title the page shows as a line of
     * its own, the label that stood for it then going from the body) */
    char label_line[LABEL_BYTES];
    headline = bt_html_shown_headline(html, headline, bt_document_meta(doc, BT_META_TITLE),
                                      label_line, sizeof(label_line));
    if (headline)
        bt_document_set_meta(doc, BT_META_TITLE, headline);
    free(headline);
    if (!whole_page && bt_xhtml_notes_keep(c.article, note_moved, NULL) != 0) {
        bt_html_choice_free(&c);
        bt_buf_free(&article_body);
        free(other_description);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    size_t media_taken = whole_page ? 0 : bt_html_clean(c.article, c.flags);
    bt_html_unquote_margins(c.article);
    bt_html_choice_free(&c);
    bt_html_loader loader;
    bt_xhtml_reader r = {doc, err, bt_html_load_image, &loader, 0, media_taken};
    bt_status s = bt_html_loader_init(&loader, doc, in, opt, err);
    if (s == BT_OK)
        s = bt_xhtml_read_children(&r, c.article, bt_document_body(doc));
    if (loader.failed)
        s = BT_FAILED;
    bt_html_loader_free(&loader);
    if (s == BT_FAILED) {
        bt_buf_free(&article_body);
        free(other_description);
        return s;
    }
    bt_html_finish(doc, other_description);
    drop_label_heading(doc, label_line);
    free(other_description);
    from_article_body(doc, &article_body, err);
    bt_buf_free(&article_body);
    /* (the date in the words the writers print it in is theirs to print;
     * a line of the body that says it goes all the same) */
    if (has_shown)
        put_dateline(doc, shown,
                     !bt_date_is_display(shown, strlen(shown), bt_document_meta(doc, BT_META_DATE),
                                         bt_document_meta(doc, BT_META_LANGUAGE)));
    *empty = bt_node_is_empty(bt_document_body(doc));
    /* a page whose only text is its headline is a document of a title */
    const char *title = bt_document_meta(doc, BT_META_TITLE);
    if (*empty && whole_page && !(title && *title))
        return bt_error_set(err, BT_ERR_FORMAT, "no article text found");
    return BT_OK;
}

/* Whether name is one of names. */
static int named(const xmlChar *name, const char *const *names)
{
    for (const char *const *b = names; *b; b++)
        if (xmlStrEqual(name, (const xmlChar *)*b))
            return 1;
    return 0;
}

/* End tags that a browser's parser honours through the elements left open
 * inside (a <div> unclosed in a <figure>), as the HTML standard ends these
 * blocks; libxml2's HTML 4 parser ignores them when a <div> is open, and
 * the rest of the page goes on inside. */
static const char *const ended_through[] = {
    "article", "aside",   "blockquote", "details",  "dialog", "dl", "figcaption", "figure",
    "footer",  "header",  "hgroup",     "main",     "nav",    "ol", "section",    "summary",
    "ul",      "address", "center",     "fieldset", "menu",   NULL,
};

/* What an end tag does not close through: the bounds of its scope. */
static const char *const scope_bounds[] = {"table",  "td",     "th",       "caption", "html",
                                           "object", "applet", "template", "marquee", NULL};

static const char *const headings[] = {"h1", "h2", "h3", "h4", "h5", "h6", NULL};

/* Ends the elements open above index i of the parser's stack, and i too
 * when through. */
static void end_above(htmlParserCtxtPtr ctxt, int i, int through)
{
    while (ctxt->nameNr - 1 > i - through) {
        if (ctxt->sax && ctxt->sax->endElement)
            ctxt->sax->endElement(ctxt->userData, ctxt->name);
        ctxt->nameTab[--ctxt->nameNr] = NULL;
        ctxt->name = ctxt->nameNr ? ctxt->nameTab[ctxt->nameNr - 1] : NULL;
    }
}

/* A heading's end tag of another level (<h2>...</h3>) ends the heading
 * open, as the HTML standard has it; libxml2 ignores it, and the story
 * after it went on inside the heading. */
static void end_heading(htmlParserCtxtPtr ctxt, const xmlChar *name)
{
    for (int i = ctxt->nameNr - 1; i >= 0; i--)
        if (xmlStrEqual(ctxt->nameTab[i], name))
            return; /* libxml2 ends it itself */
    for (int i = ctxt->nameNr - 1; i >= 0 && !named(ctxt->nameTab[i], scope_bounds); i--)
        if (named(ctxt->nameTab[i], headings)) {
            end_above(ctxt, i, 1);
            return;
        }
}

/* libxml2 reports the end tag it ignored as a mismatch: the elements open
 * above its element are ended there, so that the parser ends it next, as a
 * browser does.  (The same report while libxml2 closes them itself has no
 * <div> between.) */
#if LIBXML_VERSION >= 21200
static void end_through(void *data, const xmlError *e)
#else
static void end_through(void *data, xmlErrorPtr e)
#endif
{
    htmlParserCtxtPtr ctxt = data;
    if (!e || e->code != XML_ERR_TAG_NAME_MISMATCH || !e->str1)
        return;
    if (named((const xmlChar *)e->str1, headings)) {
        end_heading(ctxt, (const xmlChar *)e->str1);
        return;
    }
    if (!named((const xmlChar *)e->str1, ended_through))
        return;
    int i = ctxt->nameNr - 1, div = 0;
    for (; i >= 0 && !xmlStrEqual(ctxt->nameTab[i], (const xmlChar *)e->str1); i--) {
        if (named(ctxt->nameTab[i], scope_bounds))
            return;
        div |= xmlStrEqual(ctxt->nameTab[i], (const xmlChar *)"div");
    }
    if (i >= 0 && div)
        end_above(ctxt, i, 0);
}

/* Hiding by markup undone below root: the hidden attribute, aria-hidden
 * and an inline style that hides. */
static void unhide(xmlNode *root)
{
    for (xmlNode *n = root; n; n = bt_xhtml_next(n, root, 0))
        if (n->type == XML_ELEMENT_NODE && bt_xhtml_hidden(n))
            bt_xhtml_unhide(n);
}

/* The page parsed; NULL when libxml2 cannot (out of memory). */
static xmlDoc *parse(const char *text, size_t len)
{
    /* The text is UTF-8 already: said so with xmlSwitchEncoding the parser reads it as
     * it is, where naming "UTF-8" to htmlCtxtReadMemory would have it convert a copy. */
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(text, (int)len);
    xmlDoc *html = NULL;
    if (ctxt) {
        htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                     HTML_PARSE_RECOVER | XML_PARSE_HUGE | HTML_PARSE_IGNORE_ENC);
        xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
        /* (libxml2 hands a parser's reports to the thread's handler) */
        xmlStructuredErrorFunc saved = xmlStructuredError;
        void *saved_ctx = xmlStructuredErrorContext;
        xmlSetStructuredErrorFunc(ctxt, end_through);
        htmlParseDocument(ctxt);
        xmlSetStructuredErrorFunc(saved_ctx, saved);
        html = ctxt->myDoc;
        ctxt->myDoc = NULL;
        htmlFreeParserCtxt(ctxt);
    }
    return html;
}

bt_status bt_html_read(bt_document *doc, const bt_input *in, const bt_options *opt, bt_error *err)
{
    int whole = bt_option(opt, "html", "whole-page") != NULL;
    bt_buf decoded = BT_BUF_INIT;
    const char *text;
    size_t len;
    if (bt_html_utf8(doc, in->data, in->size, opt->input_encoding, &decoded, &text, &len, err) !=
        BT_OK) {
        bt_buf_free(&decoded);
        return BT_FAILED;
    }
    if (len > INT_MAX) {
        bt_buf_free(&decoded);
        return bt_error_set(err, BT_ERR_LIMIT, "the page is too large");
    }
    if (bt_markup_check_attributes(text, len, 1, "the page", err) != BT_OK) {
        bt_buf_free(&decoded);
        return BT_FAILED;
    }
    xmlDoc *html = parse(text, len);
    bt_status s;
    int empty = 0, unseen = 0;
    if (!html)
        s = bt_error_set(err, BT_ERR_FORMAT, "cannot parse the page");
    else
        s = convert(doc, html, in, opt, whole, &empty, &unseen, err);
    if (s != BT_FAILED && unseen) {
        /* nothing shown but what scripts would show (a story in a box its
         * style hides until they run, a toolbar left open around it): the
         * text the markup hides is read */
        bt_html_free_page(html);
        html = parse(text, len);
        if (html)
            unhide(xmlDocGetRootElement(html));
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_ARTICLE, 0,
                       "the page shows no text without its scripts; fallback: the text its markup "
                       "hides");
        s = html ? convert(doc, html, in, opt, whole, &empty, NULL, err)
                 : bt_error_set(err, BT_ERR_FORMAT, "cannot parse the page");
    }
    if (s != BT_FAILED && empty && !whole) {
        /* the part taken held nothing a document keeps: read the page again, whole */
        bt_html_free_page(html);
        html = parse(text, len);
        if (html && unseen)
            unhide(xmlDocGetRootElement(html));
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_ARTICLE, 0,
                       "the extracted part held no text; fallback: the whole page");
        s = html ? convert(doc, html, in, opt, 1, &empty, NULL, err)
                 : bt_error_set(err, BT_ERR_FORMAT, "cannot parse the page");
    }
    bt_buf_free(&decoded);
    bt_html_free_page(html);
    return s;
}
