/* The HTML writer: one standalone HTML5 page (polyglot markup), the article
 * in <article>, images beside the page or embedded; or, with html:fragment,
 * the <article> alone, for a page of the user's own. */
#include <ctype.h>
#include <libxml/xmlwriter.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "datefmt.h"
#include "error.h"
#include "html.h"
#include "stylesheet.h"
#include "xhtml.h"

/* Reads and prints well: a serif column, captions set apart. */
static const char stylesheet[] =
    "\n"
    "body { font-family: Georgia, \"Times New Roman\", serif; line-height: 1.6; color: #222;\n"
    "  max-width: 38em; margin: 0 auto; padding: 1em; }\n"
    "h1, h2, h3, h4, h5, h6 { line-height: 1.25; }\n"
    "header .dateline, header .authors { color: #555; font-size: 0.9em; }\n"
    ".lead { font-weight: bold; }\n"
    ".byline { text-align: right; font-weight: bold; }\n"
    "figure { margin: 1.5em 0; }\n"
    "figure img { display: block; max-width: 100%; height: auto; margin: 0 auto; }\n"
    "figcaption { font-size: 0.9em; font-style: italic; text-align: center; color: #444; }\n"
    "figcaption .credit { font-style: normal; }\n"
    "figcaption .caption-label { font-weight: bold; }\n"
    "blockquote { margin: 1em 2em; font-style: italic; }\n"
    "pre { white-space: pre-wrap; }\n"
    "table { border-collapse: collapse; }\n"
    "th, td { border: 1px solid #bbb; padding: 0.25em 0.5em; }\n"
    "@media print {\n"
    "  body { max-width: none; margin: 0; padding: 0; color: #000; }\n"
    "  a { color: inherit; text-decoration: none; }\n"
    "  figure { page-break-inside: avoid; break-inside: avoid; }\n"
    "  h1, h2, h3, h4, h5, h6 { page-break-after: avoid; break-after: avoid; }\n"
    "}\n";

static void nl(bt_xhtml_writer *w) { bt_xhtml_raw(w, "\n"); }

static void meta(bt_xhtml_writer *w, const char *attr, const char *name, const char *content)
{
    if (!content || !*content)
        return;
    bt_xhtml_start(w, "meta");
    bt_xhtml_attr(w, attr, name);
    bt_xhtml_attr(w, "content", content);
    bt_xhtml_end_void(w);
    nl(w);
}

/* The values of a key joined with ", ", in the scratch buffer b when there are
 * several (the document is only read).  NULL when none. */
static const char *joined(const bt_document *doc, bt_meta_key key, bt_buf *b)
{
    size_t n = bt_document_meta_count(doc, key);
    if (n < 2)
        return bt_document_meta(doc, key);
    bt_buf_truncate(b, 0);
    for (size_t i = 0; i < n; i++)
        bt_buf_printf(b, "%s%s", i ? ", " : "", bt_document_meta_at(doc, key, i));
    return b->failed ? NULL : b->data;
}

/* The page needs a title: the article's, else its first heading's (in b). */
static const char *page_title(const bt_document *doc, bt_buf *b)
{
    const char *t = bt_document_meta(doc, BT_META_TITLE);
    for (bt_node *n = doc->body->first; !t && n; n = n->next)
        if (n->type == BT_NODE_HEADING && !bt_node_is_empty(n)) {
            bt_buf_truncate(b, 0);
            bt_node_text_put(n, b);
            t = b->failed ? NULL : b->data;
        }
    return t ? t : "Untitled";
}

/* The user's stylesheets after ours, so that theirs win: inside the page
 * when it is to be whole by itself (house_css holds them), else linked. */
static void house_styles(bt_xhtml_writer *w, const bt_options *opt, const char *house_css)
{
    if (house_css) {
        bt_xhtml_start(w, "style");
        bt_xhtml_raw(w, house_css);
        bt_xhtml_end(w);
        nl(w);
        return;
    }
    const char *href;
    for (size_t i = 0; (href = bt_option_at(opt, "html", "css", i)); i++) {
        bt_xhtml_start(w, "link");
        bt_xhtml_attr(w, "rel", "stylesheet");
        bt_xhtml_attr(w, "href", href);
        bt_xhtml_end_void(w);
        nl(w);
    }
}

static void head(bt_xhtml_writer *w, const bt_options *opt, const char *house_css)
{
    const bt_document *doc = w->doc;
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_start(w, "head");
    nl(w);
    bt_xhtml_start(w, "meta");
    bt_xhtml_attr(w, "charset", "utf-8");
    bt_xhtml_end_void(w);
    nl(w);
    meta(w, "name", "viewport", "width=device-width, initial-scale=1");
    bt_xhtml_element(w, "title", page_title(doc, &b));
    nl(w);
    meta(w, "name", "description", bt_document_meta(doc, BT_META_DESCRIPTION));
    for (size_t i = 0; i < bt_document_meta_count(doc, BT_META_AUTHOR); i++)
        meta(w, "name", "author", bt_document_meta_at(doc, BT_META_AUTHOR, i));
    meta(w, "name", "keywords", joined(doc, BT_META_KEYWORD, &b));
    bt_buf_free(&b);
    meta(w, "property", "article:published_time", bt_document_meta(doc, BT_META_DATE));
    /* what else the reader takes back: a page bantin wrote reads as it was */
    meta(w, "property", "article:section", bt_document_meta(doc, BT_META_SECTION));
    meta(w, "property", "og:site_name", bt_document_meta(doc, BT_META_PUBLISHER));
    meta(w, "name", "dcterms.rights", bt_document_meta(doc, BT_META_RIGHTS));
    meta(w, "property", "og:url", bt_document_meta(doc, BT_META_SOURCE_URL));
    /* raw: style is raw text in HTML, where &quot; would stay as it is */
    bt_xhtml_start(w, "style");
    bt_xhtml_raw(w, stylesheet);
    bt_xhtml_end(w);
    nl(w);
    house_styles(w, opt, house_css);
    bt_xhtml_end(w);
    nl(w);
}

/* Whether a date starts as ISO 8601 does (YYYY-MM-DD), so that it can be a
 * <time datetime>. */
static int iso_date(const char *d)
{
    static const char shape[] = "dddd-dd-dd";
    for (size_t i = 0; i < sizeof(shape) - 1; i++)
        if (shape[i] == 'd' ? !isdigit((unsigned char)d[i]) : d[i] != shape[i])
            return 0;
    return 1;
}

/* "SECTION | DATE": the date as the source showed it (or as the document's
 * language writes it), in a <time> for machines when the metadata has it. */
static void dateline(bt_xhtml_writer *w)
{
    const char *section = bt_document_meta(w->doc, BT_META_SECTION);
    const char *date = bt_document_meta(w->doc, BT_META_DATE);
    bt_buf shown = BT_BUF_INIT;
    if (!bt_dateline_text(w->doc, &shown) && !section)
        return;
    bt_xhtml_start(w, "p");
    bt_xhtml_attr(w, "class", "dateline");
    if (section) {
        bt_xhtml_start(w, "span");
        bt_xhtml_attr(w, "class", "section");
        bt_xhtml_text(w, section);
        bt_xhtml_end(w);
    }
    if (section && shown.len)
        bt_xhtml_text(w, " | ");
    if (shown.len && date && iso_date(date)) {
        bt_xhtml_start(w, "time");
        bt_xhtml_attr(w, "datetime", date);
        bt_xhtml_text(w, shown.data);
        bt_xhtml_end(w);
    } else if (shown.len) {
        bt_xhtml_text(w, shown.data);
    }
    w->failed |= shown.failed;
    bt_buf_free(&shown);
    bt_xhtml_end(w);
    nl(w);
}

static int is_byline(bt_node *n, int entering, void *user)
{
    (void)user;
    return entering && n->type == BT_NODE_PARAGRAPH && n->role == BT_ROLE_BYLINE;
}

static void header(bt_xhtml_writer *w)
{
    const bt_document *doc = w->doc;
    const char *title = bt_document_meta(doc, BT_META_TITLE);
    const char *subtitle = bt_document_meta(doc, BT_META_SUBTITLE);
    bt_buf b = BT_BUF_INIT;
    /* the authors once: the body's own author line says them already */
    const char *authors =
        bt_node_walk(doc->body, is_byline, NULL) ? NULL : joined(doc, BT_META_AUTHOR, &b);
    bt_xhtml_start(w, "header");
    nl(w);
    if (title) {
        bt_xhtml_element(w, "h1", title);
        nl(w);
    }
    if (subtitle) {
        bt_xhtml_start(w, "p");
        bt_xhtml_attr(w, "class", "subtitle");
        bt_xhtml_text(w, subtitle);
        bt_xhtml_end(w);
        nl(w);
    }
    dateline(w);
    if (authors) {
        bt_xhtml_start(w, "p");
        bt_xhtml_attr(w, "class", "authors");
        bt_xhtml_text(w, authors);
        bt_xhtml_end(w);
        nl(w);
    }
    bt_buf_free(&b);
    bt_xhtml_end(w);
    nl(w);
}

static const char *image_src(void *user, int resource)
{
    const bt_html_media *m = user;
    return resource >= 0 && (size_t)resource < m->n ? m->src[resource] : NULL;
}

static bt_status article(bt_xhtml_writer *w, bt_error *err)
{
    bt_xhtml_start(w, "article");
    nl(w);
    header(w);
    if (bt_xhtml_write_blocks(w, err) != BT_OK)
        return BT_FAILED;
    bt_xhtml_end(w);
    nl(w);
    return BT_OK;
}

static bt_status page(bt_xhtml_writer *w, const bt_options *opt, const char *house_css,
                      bt_error *err)
{
    const char *lang = bt_document_meta(w->doc, BT_META_LANGUAGE);
    bt_xhtml_raw(w, "<!DOCTYPE html>\n");
    bt_xhtml_start(w, "html");
    bt_xhtml_attr(w, "xmlns", "http://www.w3.org/1999/xhtml");
    if (lang) {
        bt_xhtml_attr(w, "lang", lang);
        bt_xhtml_attr(w, "xml:lang", lang);
    }
    nl(w);
    head(w, opt, house_css);
    bt_xhtml_start(w, "body");
    nl(w);
    if (article(w, err) != BT_OK)
        return BT_FAILED;
    bt_xhtml_end(w);
    nl(w);
    bt_xhtml_end(w);
    nl(w);
    return BT_OK;
}

/* The user's stylesheets read into css, in order, when the page holds its
 * images (it is then to be whole by itself): none can be left behind. */
static bt_status read_house_css(const bt_options *opt, bt_buf *css, bt_error *err)
{
    const char *path;
    for (size_t i = 0; (path = bt_option_at(opt, "html", "css", i)); i++) {
        size_t start = css->len;
        bt_buf_putc(css, '\n');
        if (bt_stylesheet_read(path, css, err) != BT_OK)
            return BT_FAILED;
        /* the end of <style>, raw text in HTML, cannot be escaped inside it */
        for (size_t j = start; css->data && j + 7 <= css->len; j++)
            if (!strncasecmp(css->data + j, "</style", 7))
                return bt_error_set(err, BT_ERR_FORMAT,
                                    "the stylesheet %.200s holds '</style', which would end "
                                    "the page's <style>",
                                    path);
    }
    return css->failed ? bt_error_set(err, BT_ERR_NOMEM, "out of memory") : BT_OK;
}

/* A fragment has no head to hold stylesheets: say so rather than drop them quietly. */
static void fragment_styles(const bt_options *opt, bt_error *err)
{
    size_t n = 0;
    while (bt_option_at(opt, "html", "css", n))
        n++;
    if (n)
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_OTHER, n,
                       "%zu stylesheet%s left out: a fragment (html:fragment) has no head", n,
                       n > 1 ? "s" : "");
}

static int sink_write(void *ctx, const char *buf, int len)
{
    const bt_output *out = ctx;
    return out->write(out->user, buf, (size_t)len) == 0 ? len : -1;
}

static int sink_close(void *ctx)
{
    (void)ctx;
    return 0;
}

bt_status bt_html_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                        bt_error *err)
{
    int fragment = bt_option(opt, "html", "fragment") != NULL;
    int embedded = bt_html_media_embedded(out, opt) && !fragment;
    bt_buf css = BT_BUF_INIT;
    if (embedded && read_house_css(opt, &css, err) != BT_OK) {
        bt_buf_free(&css);
        return BT_FAILED;
    }
    bt_html_media media = {NULL, 0};
    if (bt_html_media_prepare(&media, doc, out, opt, err) != BT_OK) {
        bt_html_media_free(&media);
        bt_buf_free(&css);
        return BT_FAILED;
    }
    if (fragment)
        fragment_styles(opt, err);
    bt_output sink = *out;
    xmlOutputBufferPtr buf = xmlOutputBufferCreateIO(sink_write, sink_close, &sink, NULL);
    xmlTextWriterPtr xw = buf ? xmlNewTextWriter(buf) : NULL;
    if (!xw) {
        xmlOutputBufferClose(buf);
        bt_html_media_free(&media);
        bt_buf_free(&css);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    bt_xhtml_writer w = {xw, doc, image_src, &media, 1, 0, 0};
    bt_status s = fragment ? article(&w, err) : page(&w, opt, embedded ? css.data : NULL, err);
    if (xmlTextWriterFlush(xw) < 0)
        w.failed = 1;
    xmlFreeTextWriter(xw);
    bt_html_media_free(&media);
    bt_buf_free(&css);
    if (s == BT_OK && w.failed)
        s = bt_error_set(err, BT_ERR_IO, "cannot write output");
    return s;
}
