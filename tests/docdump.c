#include "docdump.h"

#include "buf.h"

static int has_inlines(bt_node_type t)
{
    return t == BT_NODE_PARAGRAPH || t == BT_NODE_HEADING || t == BT_NODE_CAPTION ||
           t == BT_NODE_CREDIT || t == BT_NODE_CELL;
}

static void dump_node(bt_document *doc, bt_node *n, int depth, bt_buf *b)
{
    for (; n; n = bt_node_next(n)) {
        bt_node_type t = bt_node_get_type(n);
        bt_buf_printf(b, "%*s%s", depth * 2, "", bt_node_type_name(t));
        if (t == BT_NODE_HEADING)
            bt_buf_printf(b, " %d", bt_node_heading_level(n));
        if (t == BT_NODE_PARAGRAPH && bt_node_role(n) != BT_ROLE_NONE)
            bt_buf_puts(b, bt_node_role(n) == BT_ROLE_LEAD     ? " lead"
                           : bt_node_role(n) == BT_ROLE_BYLINE ? " byline"
                                                               : " dateline");
        if (t == BT_NODE_LIST)
            bt_buf_printf(b, bt_node_list_ordered(n) ? " ordered %d" : " bullets",
                          bt_node_list_start(n));
        if (t == BT_NODE_FIGURE)
            bt_buf_printf(b, " %d", bt_node_figure_resource(n));
        if (has_inlines(t))
            bt_buf_printf(b, ": %s", bt_node_text(doc, n));
        if (t == BT_NODE_PRE) {
            bt_buf_putc(b, ' ');
            for (const char *p = bt_node_literal(n); *p; p++)
                if (*p == '\n')
                    bt_buf_puts(b, "\\n");
                else
                    bt_buf_putc(b, *p);
        }
        bt_buf_putc(b, '\n');
        if (!has_inlines(t))
            dump_node(doc, bt_node_first_child(n), depth + 1, b);
    }
}

char *doc_dump(bt_document *doc)
{
    bt_buf b = BT_BUF_INIT;
    for (int k = 0; k < BT_META_COUNT_; k++)
        for (size_t i = 0; i < bt_document_meta_count(doc, k); i++)
            bt_buf_printf(&b, "%s: %s\n", bt_meta_key_name(k), bt_document_meta_at(doc, k, i));
    dump_node(doc, bt_node_first_child(bt_document_body(doc)), 0, &b);
    bt_buf_putc(&b, '\0');
    return b.data;
}
