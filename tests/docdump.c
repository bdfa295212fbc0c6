#include "docdump.h"

#include "buf.h"

static int has_inlines(bt_node_type t)
{
    return t == BT_NODE_PARAGRAPH || t == BT_NODE_HEADING || t == BT_NODE_CAPTION ||
           t == BT_NODE_CREDIT || t == BT_NODE_CELL;
}

/* The attributes of the model since 1.0, each only when set: labels,
 * spans, display sizes, and after a block's text its inlines that carry
 * more than text (links, languages, quotations, underline, strike, note
 * marks with the label of the note they lead to). */
static void dump_inlines(bt_node *n, bt_buf *b)
{
    static const char *const flags[] = {"quotation", "underline", "strike"};
    for (; n; n = bt_node_next(n)) {
        bt_node_type t = bt_node_get_type(n);
        if (t == BT_NODE_LINK)
            bt_buf_printf(b, " {link %s%s%s}", bt_node_href(n), bt_node_title(n) ? " title=" : "",
                          bt_node_title(n) ? bt_node_title(n) : "");
        if (t == BT_NODE_SPAN)
            bt_buf_printf(b, " {span %s}", bt_node_language(n));
        if (t >= BT_NODE_QUOTATION && t <= BT_NODE_STRIKE)
            bt_buf_printf(b, " {%s}", flags[t - BT_NODE_QUOTATION]);
        if (t == BT_NODE_NOTE_REF)
            bt_buf_printf(b, " {note-ref %s -> %s}", bt_node_label(n),
                          bt_node_note(n) ? bt_node_label(bt_node_note(n)) : "none");
        dump_inlines(bt_node_first_child(n), b);
    }
}

static void dump_attributes(bt_node *n, bt_buf *b)
{
    bt_node_type t = bt_node_get_type(n);
    if ((t == BT_NODE_CREDIT || t == BT_NODE_NOTE) && bt_node_label(n))
        bt_buf_printf(b, " label=%s", bt_node_label(n));
    if (t == BT_NODE_CREDIT && bt_node_credit_before(n))
        bt_buf_printf(b, " apart=[%s|%s]", bt_node_credit_before(n),
                      bt_node_credit_after(n) ? bt_node_credit_after(n) : "");
    if (t == BT_NODE_CELL && (bt_node_cell_colspan(n) > 1 || bt_node_cell_rowspan(n) > 1))
        bt_buf_printf(b, " span=%dx%d", bt_node_cell_colspan(n), bt_node_cell_rowspan(n));
    if (t == BT_NODE_FIGURE &&
        (bt_node_figure_display_width(n) || bt_node_figure_display_height(n)))
        bt_buf_printf(b, " display=%dx%d", bt_node_figure_display_width(n),
                      bt_node_figure_display_height(n));
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
        dump_attributes(n, b);
        if (has_inlines(t)) {
            bt_buf_printf(b, ": %s", bt_node_text(doc, n));
            dump_inlines(bt_node_first_child(n), b);
        }
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
