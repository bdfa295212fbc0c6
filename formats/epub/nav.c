/* The tables of contents: the EPUB 3 navigation document and the EPUB 2 NCX,
 * both the title with the headings nested under it by level. */
#include <stdio.h>
#include <string.h>

#include "epub.h"

/* How one table writes its tree; entry -1 is the title. */
typedef struct toc_ops {
    void (*open_entry)(epub_xw *x, const epub_book *b, long entry, int order);
    void (*close_entry)(epub_xw *x);
    void (*open_children)(epub_xw *x);
    void (*close_children)(epub_xw *x);
} toc_ops;

/* Walk the tree of entries, calling ops when given; returns its depth. */
static int toc_walk(const epub_book *b, const toc_ops *ops, epub_xw *x)
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

static void nav_open_entry(epub_xw *x, const epub_book *b, long entry, int order)
{
    (void)order;
    char href[512];
    entry_href(b, entry, href, sizeof(href));
    epub_xw_start(x, "li");
    epub_xw_start(x, "a");
    epub_xw_attr(x, "href", href);
    epub_xw_text(x, entry_text(b, entry));
    epub_xw_end(x);
}

static void ol_open(epub_xw *x) { epub_xw_start(x, "ol"); }

static const toc_ops nav_ops = {nav_open_entry, epub_xw_end, ol_open, epub_xw_end};

/* "Contents" in the book's language. */
static const char *contents_label(const char *language)
{
    return !strncmp(language, "vi", 2) && (!language[2] || language[2] == '-') ? "Mục lục"
                                                                               : "Contents";
}

bt_status epub_write_nav(const epub_book *b, bt_buf *out, bt_error *err)
{
    epub_xw x;
    if (!epub_xw_open(&x, out, 1))
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    const char *label = contents_label(b->language);
    epub_xw_doctype_html(&x);
    epub_xw_start(&x, "html");
    epub_xw_attr(&x, "xmlns", "http://www.w3.org/1999/xhtml");
    epub_xw_attr(&x, "xmlns:epub", "http://www.idpf.org/2007/ops");
    epub_xw_attr(&x, "xml:lang", b->language);
    epub_xw_attr(&x, "lang", b->language);
    epub_xw_start(&x, "head");
    epub_xw_elem(&x, "title", label);
    epub_xw_end(&x);
    epub_xw_start(&x, "body");
    epub_xw_start(&x, "nav");
    epub_xw_attr(&x, "epub:type", "toc");
    epub_xw_attr(&x, "id", "toc");
    epub_xw_elem(&x, "h1", label);
    ol_open(&x);
    toc_walk(b, &nav_ops, &x);
    epub_xw_end(&x);
    epub_xw_end(&x);
    epub_xw_start(&x, "nav");
    epub_xw_attr(&x, "epub:type", "landmarks");
    epub_xw_attr(&x, "id", "landmarks");
    epub_xw_attr(&x, "hidden", "hidden");
    ol_open(&x);
    epub_xw_start(&x, "li");
    epub_xw_start(&x, "a");
    epub_xw_attr(&x, "epub:type", "bodymatter");
    epub_xw_attr(&x, "href", EPUB_ARTICLE);
    epub_xw_text(&x, b->title);
    epub_xw_end(&x);
    epub_xw_end(&x);
    epub_xw_end(&x);
    epub_xw_end(&x);
    epub_xw_end(&x);
    epub_xw_end(&x);
    return epub_xw_finish(&x, EPUB_NAV, err);
}

static void ncx_open_entry(epub_xw *x, const epub_book *b, long entry, int order)
{
    char id[32], num[16], href[512];
    snprintf(id, sizeof(id), "np%d", order);
    snprintf(num, sizeof(num), "%d", order);
    entry_href(b, entry, href, sizeof(href));
    epub_xw_start(x, "navPoint");
    epub_xw_attr(x, "id", id);
    epub_xw_attr(x, "playOrder", num);
    epub_xw_start(x, "navLabel");
    epub_xw_elem(x, "text", entry_text(b, entry));
    epub_xw_end(x);
    epub_xw_start(x, "content");
    epub_xw_attr(x, "src", href);
    epub_xw_end(x);
}

static void no_op(epub_xw *x) { (void)x; }

static const toc_ops ncx_ops = {ncx_open_entry, epub_xw_end, no_op, no_op};

static void ncx_meta(epub_xw *x, const char *name, const char *content)
{
    epub_xw_start(x, "meta");
    epub_xw_attr(x, "name", name);
    epub_xw_attr(x, "content", content);
    epub_xw_end(x);
}

bt_status epub_write_ncx(const epub_book *b, bt_buf *out, bt_error *err)
{
    epub_xw x;
    if (!epub_xw_open(&x, out, 1))
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    char depth[16];
    snprintf(depth, sizeof(depth), "%d", toc_walk(b, NULL, NULL));
    epub_xw_start(&x, "ncx");
    epub_xw_attr(&x, "xmlns", "http://www.daisy.org/z3986/2005/ncx/");
    epub_xw_attr(&x, "version", "2005-1");
    epub_xw_attr(&x, "xml:lang", b->language);
    epub_xw_start(&x, "head");
    ncx_meta(&x, "dtb:uid", b->identifier);
    ncx_meta(&x, "dtb:depth", depth);
    ncx_meta(&x, "dtb:totalPageCount", "0");
    ncx_meta(&x, "dtb:maxPageNumber", "0");
    epub_xw_end(&x);
    epub_xw_start(&x, "docTitle");
    epub_xw_elem(&x, "text", b->title);
    epub_xw_end(&x);
    epub_xw_start(&x, "navMap");
    toc_walk(b, &ncx_ops, &x);
    epub_xw_end(&x);
    epub_xw_end(&x);
    return epub_xw_finish(&x, EPUB_NCX, err);
}
