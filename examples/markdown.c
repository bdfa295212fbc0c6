/* A format of one's own: a minimal Markdown writer, as a plugin the bantin
 * command loads with --plugin=PATH, or that a program registers itself with
 * bantin_plugin_init(registry).  Only the public API is used.
 *
 * Built against an installed libbantin:
 *   cc -shared -fPIC markdown.c $(pkg-config --cflags --libs bantin) -o markdown.so
 *   bantin --plugin=./markdown.so article.html -o article.md */
#include <bantin.h>
#include <string.h>

typedef struct {
    const bt_output *out;
    int failed;
} sink;

static void put(sink *s, const char *text)
{
    if (!s->failed && s->out->write(s->out->user, text, strlen(text)) != 0)
        s->failed = 1;
}

static void inlines(sink *s, const bt_node *n)
{
    for (const bt_node *c = bt_node_first_child(n); c; c = bt_node_next(c)) {
        switch (bt_node_get_type(c)) {
        case BT_NODE_TEXT: put(s, bt_node_literal(c)); break;
        case BT_NODE_BREAK: put(s, "  \n"); break;
        case BT_NODE_EMPH: put(s, "*"); inlines(s, c); put(s, "*"); break;
        case BT_NODE_STRONG: put(s, "**"); inlines(s, c); put(s, "**"); break;
        case BT_NODE_CODE: put(s, "`"); put(s, bt_node_literal(c)); put(s, "`"); break;
        case BT_NODE_LINK:
            put(s, "[");
            inlines(s, c);
            put(s, "](");
            put(s, bt_node_href(c));
            put(s, ")");
            break;
        default: inlines(s, c); break;
        }
    }
}

static bt_status md_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                          bt_error *err)
{
    (void)opt;
    (void)err;
    sink s = {out, 0};
    const char *title = bt_document_meta(doc, BT_META_TITLE);
    if (title) {
        put(&s, "# ");
        put(&s, title);
        put(&s, "\n\n");
    }
    for (bt_node *n = bt_node_first_child(bt_document_body(doc)); n; n = bt_node_next(n)) {
        switch (bt_node_get_type(n)) {
        case BT_NODE_HEADING:
            for (int i = 0; i < bt_node_heading_level(n); i++)
                put(&s, "#");
            put(&s, " ");
            inlines(&s, n);
            break;
        case BT_NODE_FIGURE: {
            const char *src = bt_node_figure_src(n);
            put(&s, "![");
            if (bt_node_figure_caption(n))
                inlines(&s, bt_node_figure_caption(n));
            put(&s, "](");
            put(&s, src ? src : "");
            put(&s, ")");
            break;
        }
        default: inlines(&s, n); break;
        }
        put(&s, "\n\n");
    }
    return s.failed ? BT_FAILED : BT_OK;
}

static const bt_format markdown = {
    .size = sizeof(bt_format),
    .name = "markdown",
    .aliases = "md",
    .description = "Markdown (example plugin, writer only)",
    .extensions = "md markdown",
    .mime_type = "text/markdown",
    .write = md_write,
};

/* The entry point the bantin command looks up in a plugin. */
const int bantin_plugin_abi = BT_PLUGIN_ABI;

bt_status bantin_plugin_init(bt_registry *reg) { return bt_registry_add(reg, &markdown); }
