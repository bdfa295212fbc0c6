/* A print-preparation helper: list an article's headings and figure captions
 * with page-layout hints, using only the public libbantin API.
 *
 *   layout ARTICLE [COLUMNS]
 *
 * For each block it prints what a layout artist needs: the heading level and
 * whether it should keep with the next block, each figure's pixel size, the
 * width it takes at 300 dpi in a column of COLUMNS (default 2) on A4, its
 * caption and credit, and the running count of paragraphs. */
#include <bantin.h>
#include <stdio.h>
#include <stdlib.h>

/* Print a line: label, tab, the node's text (as long as it is), then tail.  The
 * text is copied out of the document, which stays as it was read. */
static void print_text(const char *label, const bt_node *n, const char *tail)
{
    char small[256];
    size_t len = n ? bt_node_text_copy(n, small, sizeof(small)) : 0;
    char *big = len < sizeof(small) ? NULL : malloc(len + 1);
    if (big)
        bt_node_text_copy(n, big, len + 1);
    printf("%s\t%s%s\n", label, n ? big ? big : small : "", tail);
    free(big);
}

/* A4 text width 170 mm, 5 mm gutters. */
static double column_mm(int columns) { return (170.0 - 5.0 * (columns - 1)) / columns; }

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: layout ARTICLE [COLUMNS]\n");
        return 2;
    }
    int columns = argc > 2 ? atoi(argv[2]) : 2;
    if (columns < 1)
        columns = 1;
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    if (bt_read_file(NULL, NULL, argv[1], NULL, &doc, err) == BT_FAILED) {
        fprintf(stderr, "layout: %s: %s\n", argv[1], bt_error_message(err));
        bt_error_free(err);
        return 1;
    }
    const char *title = bt_document_meta(doc, BT_META_TITLE);
    printf("TITLE\t%s\n", title ? title : "(none)");
    for (size_t i = 0; i < bt_document_meta_count(doc, BT_META_AUTHOR); i++)
        printf("AUTHOR\t%s\n", bt_document_meta_at(doc, BT_META_AUTHOR, i));

    int paragraphs = 0, figures = 0;
    for (bt_node *n = bt_node_first_child(bt_document_body(doc)); n; n = bt_node_next(n)) {
        char label[32];
        switch (bt_node_get_type(n)) {
        case BT_NODE_HEADING:
            snprintf(label, sizeof(label), "H%d", bt_node_heading_level(n));
            print_text(label, n, "\tkeep-with-next");
            break;
        case BT_NODE_PARAGRAPH:
            paragraphs++;
            if (bt_node_role(n) == BT_ROLE_LEAD)
                print_text("LEAD", n, "");
            else if (bt_node_role(n) == BT_ROLE_BYLINE)
                print_text("BYLINE", n, "");
            break;
        case BT_NODE_FIGURE: {
            figures++;
            int r = bt_node_figure_resource(n);
            bt_node *cap = bt_node_figure_caption(n), *credit = bt_node_figure_credit(n);
            int w = bt_resource_width(doc, r), h = bt_resource_height(doc, r);
            /* at 300 dpi, the widest it may print sharp; never wider than a column */
            double sharp_mm = w * 25.4 / 300.0, col = column_mm(columns);
            double width_mm = sharp_mm < col ? sharp_mm : col;
            printf("FIGURE %d\t%dx%d px\t%.0f mm wide%s\t%s\n", figures, w, h, width_mm,
                   r < 0 ? " (image missing)" : sharp_mm < col ? " (low resolution)" : "",
                   bt_resource_media_type(doc, r) ? bt_resource_media_type(doc, r) : "-");
            snprintf(label, sizeof(label), "CAPTION %d", figures);
            print_text(label, cap, "");
            snprintf(label, sizeof(label), "CREDIT %d", figures);
            if (credit)
                print_text(label, credit, "");
            break;
        }
        default:
            break;
        }
    }
    printf("PARAGRAPHS\t%d\n", paragraphs);
    bt_document_free(doc);
    bt_error_free(err);
    return 0;
}
