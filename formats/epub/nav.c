/* The tables of contents: the EPUB 3 navigation document and the EPUB 2 NCX,
 * both the title with the headings nested under it by level. */
#include <stdio.h>
#include <string.h>

#include "epub.h"
#include "language.h"

/* How one table writes its tree; entry -1 is the title. */
typedef struct toc_ops {
    void (*open_entry)(bt_xhtml_writer *x, const epub_book *b, long entry, int order);
    void (*close_entry)(bt_xhtml_writer *x);
    void (*open_children)(bt_xhtml_writer *x);
    void (*close_children)(bt_xhtml_writer *x);
} toc_ops;

/* Walk the tree of entries, calling ops when given; returns its depth. */
static int toc_walk(const epub_book *b, const toc_ops *ops, bt_xhtml_writer *x)
{
    struct {
        int level, has_children;
    } stack[8];
    int top = 0, depth = 1;
    stack[0].level = 0;
    stack[0].has_children = 0;
    if (ops)
        ops->open_entry(x, b, -1, 1);
    for (size_t i = 0; i < b->nheadings; i++) {
        int level = b->headings[i].level;
        for (; stack[top].level >= level; top--) {
            if (ops && stack[top].has_children)
                ops->close_children(x);
            if (ops)
                ops->close_entry(x);
        }
        if (!stack[top].has_children && ops)
            ops->open_children(x);
        stack[top].has_children = 1;
        if (ops)
            ops->open_entry(x, b, (long)i, (int)i + 2);
        top++;
        stack[top].level = level;
        stack[top].has_children = 0;
        if (top + 1 > depth)
            depth = top + 1;
    }
    for (; top >= 0 && ops; top--) {
        if (stack[top].has_children)
            ops->close_children(x);
        ops->close_entry(x);
    }
    return depth;
}

static const char *entry_text(const epub_book *b, long entry)
{
    return entry < 0 ? b->title : b->headings[entry].text;
}

static void entry_href(const epub_book *b, long entry, char *href, size_t size)
{
    if (entry < 0)
        snprintf(href, size, "%s", EPUB_ARTICLE);
    else
        snprintf(href, size, "%s#%s", EPUB_ARTICLE, b->headings[entry].id);
}

static void nav_open_entry(bt_xhtml_writer *x, const epub_book *b, long entry, int order)
{
    (void)order;
    char href[512];
    entry_href(b, entry, href, sizeof(href));
    bt_xhtml_start(x, "li");
    bt_xhtml_start(x, "a");
    bt_xhtml_attr(x, "href", href);
    bt_xhtml_text(x, entry_text(b, entry));
    bt_xhtml_end(x);
}

static void ol_open(bt_xhtml_writer *x) { bt_xhtml_start(x, "ol"); }

static const toc_ops nav_ops = {nav_open_entry, bt_xhtml_end, ol_open, bt_xhtml_end};

/* "Contents" in the book's language. */
static const char *contents_label(const char *language)
{
    return bt_lang_is_vi(language) ? "Mục lục"
                                                                               : "Contents";
}

static void landmark(bt_xhtml_writer *x, const char *type, const char *href, const char *text)
{
    bt_xhtml_start(x, "li");
    bt_xhtml_start(x, "a");
    bt_xhtml_attr(x, "epub:type", type);
    bt_xhtml_attr(x, "href", href);
    bt_xhtml_text(x, text);
    bt_xhtml_end(x);
    bt_xhtml_end(x);
}

bt_status epub_write_nav(const epub_book *b, bt_buf *out, bt_error *err)
{
    bt_xhtml_writer x;
    if (!epub_xw_open(&x, b, out, 1))
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    const char *label = contents_label(b->language);
    epub_xw_page_head(&x, b, label);
    bt_xhtml_end(&x);
    bt_xhtml_start(&x, "body");
    bt_xhtml_start(&x, "nav");
    bt_xhtml_attr(&x, "epub:type", "toc");
    bt_xhtml_attr(&x, "id", "toc");
    bt_xhtml_element(&x, "h1", label);
    ol_open(&x);
    toc_walk(b, &nav_ops, &x);
    bt_xhtml_end(&x);
    bt_xhtml_end(&x);
    bt_xhtml_start(&x, "nav");
    bt_xhtml_attr(&x, "epub:type", "landmarks");
    bt_xhtml_attr(&x, "id", "landmarks");
    bt_xhtml_attr(&x, "hidden", "hidden");
    ol_open(&x);
    if (b->title_page)
        landmark(&x, "titlepage", EPUB_TITLEPAGE, b->title);
    landmark(&x, "bodymatter", EPUB_ARTICLE, b->title);
    bt_xhtml_end(&x);
    bt_xhtml_end(&x);
    bt_xhtml_end(&x);
    bt_xhtml_end(&x);
    return epub_xw_finish(&x, EPUB_NAV, err);
}

static void ncx_open_entry(bt_xhtml_writer *x, const epub_book *b, long entry, int order)
{
    char id[32], num[16], href[512];
    snprintf(id, sizeof(id), "np%d", order);
    snprintf(num, sizeof(num), "%d", order);
    entry_href(b, entry, href, sizeof(href));
    bt_xhtml_start(x, "navPoint");
    bt_xhtml_attr(x, "id", id);
    bt_xhtml_attr(x, "playOrder", num);
    bt_xhtml_start(x, "navLabel");
    bt_xhtml_element(x, "text", entry_text(b, entry));
    bt_xhtml_end(x);
    bt_xhtml_start(x, "content");
    bt_xhtml_attr(x, "src", href);
    bt_xhtml_end_void(x);
}

static void no_op(bt_xhtml_writer *x) { (void)x; }

static const toc_ops ncx_ops = {ncx_open_entry, bt_xhtml_end, no_op, no_op};

static void ncx_meta(bt_xhtml_writer *x, const char *name, const char *content)
{
    bt_xhtml_start(x, "meta");
    bt_xhtml_attr(x, "name", name);
    bt_xhtml_attr(x, "content", content);
    bt_xhtml_end_void(x);
}

bt_status epub_write_ncx(const epub_book *b, bt_buf *out, bt_error *err)
{
    bt_xhtml_writer x;
    if (!epub_xw_open(&x, b, out, 1))
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    char depth[16];
    snprintf(depth, sizeof(depth), "%d", toc_walk(b, NULL, NULL));
    bt_xhtml_start(&x, "ncx");
    bt_xhtml_attr(&x, "xmlns", "http://www.daisy.org/z3986/2005/ncx/");
    bt_xhtml_attr(&x, "version", "2005-1");
    bt_xhtml_attr(&x, "xml:lang", b->language);
    bt_xhtml_start(&x, "head");
    ncx_meta(&x, "dtb:uid", b->identifier);
    ncx_meta(&x, "dtb:depth", depth);
    ncx_meta(&x, "dtb:totalPageCount", "0");
    ncx_meta(&x, "dtb:maxPageNumber", "0");
    bt_xhtml_end(&x);
    bt_xhtml_start(&x, "docTitle");
    bt_xhtml_element(&x, "text", b->title);
    bt_xhtml_end(&x);
    bt_xhtml_start(&x, "navMap");
    toc_walk(b, &ncx_ops, &x);
    bt_xhtml_end(&x);
    bt_xhtml_end(&x);
    return epub_xw_finish(&x, EPUB_NCX, err);
}
