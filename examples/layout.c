/* A print-preparation helper: list what a layout artist needs from an
 * article, using only the public libbantin API.
 *
 *   layout [-O FORMAT:NAME[=VALUE]]... ARTICLE [COLUMNS]
 *
 * One line per part, its kind first and a tab: the metadata; the lead,
 * dateline and byline; headings, which keep with the next block; every
 * paragraph with its character styles marked (*emphasis*, **strong**,
 * _underline_, ~~strike~~, “quotation”, [span]{lang=en}, [link](href "title"),
 * footnote references [^1]); tables with their caption, a line per row and
 * the cells' spans; each figure's pixel size, resolution, the size the source
 * meant it shown at, the width it takes on A4 in a column of COLUMNS (default
 * 2) at 300 dpi, its caption and credit; the footnotes; then the counts, and
 * what reading lost or changed, by kind.  -O passes a format's option by name,
 * as bantin -O does ("html:whole-page").
 *
 * Built against an installed libbantin:
 *   cc layout.c $(pkg-config --cflags --libs bantin) -o layout */
#include <bantin.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A growing string, for a paragraph rendered with its marks. */
typedef struct {
    char *s;
    size_t len, cap;
} str;

static void put(str *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t cap = 2 * (b->len + n + 1);
        char *p = realloc(b->s, cap);
        if (!p) {
            fprintf(stderr, "layout: out of memory\n");
            exit(1);
        }
        b->s = p;
        b->cap = cap;
    }
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

/* The marks around the inlines that only style their children, as pandoc's
 * Markdown has them. */
static const char *const marks[][2] = {
    [BT_NODE_EMPH] = {"*", "*"},      [BT_NODE_STRONG] = {"**", "**"},
    [BT_NODE_UNDERLINE] = {"_", "_"}, [BT_NODE_STRIKE] = {"~~", "~~"},
    [BT_NODE_QUOTATION] = {"“", "”"}, [BT_NODE_SUP] = {"^", "^"},
    [BT_NODE_SUB] = {"~", "~"},
};

/* The inlines under n, marked; text is copied as it is. */
static void inlines(str *b, const bt_node *n)
{
    for (const bt_node *c = bt_node_first_child(n); c; c = bt_node_next(c)) {
        bt_node_type t = bt_node_get_type(c);
        switch (t) {
        case BT_NODE_TEXT: put(b, bt_node_literal(c)); break;
        case BT_NODE_CODE:
            put(b, "`");
            put(b, bt_node_literal(c));
            put(b, "`");
            break;
        case BT_NODE_BREAK: put(b, " / "); break;
        case BT_NODE_LINK:
            put(b, "[");
            inlines(b, c);
            put(b, "](");
            put(b, bt_node_href(c) ? bt_node_href(c) : "");
            if (bt_node_title(c)) {
                put(b, " \"");
                put(b, bt_node_title(c));
                put(b, "\"");
            }
            put(b, ")");
            break;
        case BT_NODE_SPAN:
            put(b, "[");
            inlines(b, c);
            put(b, "]{lang=");
            put(b, bt_node_language(c) ? bt_node_language(c) : "");
            put(b, "}");
            break;
        case BT_NODE_NOTE_REF:
            put(b, "[^");
            put(b, bt_node_label(c) ? bt_node_label(c) : "?");
            put(b, bt_node_note(c) ? "]" : " missing]");
            break;
        default: {
            int marked = (size_t)t < sizeof(marks) / sizeof(marks[0]) && marks[t][0];
            put(b, marked ? marks[t][0] : "");
            inlines(b, c);
            put(b, marked ? marks[t][1] : "");
            break;
        }
        }
    }
}

/* A line: label, tab, head, the inlines of n marked. */
static void print_inlines(const char *label, const char *head, const bt_node *n)
{
    str b = {0};
    put(&b, head);
    inlines(&b, n);
    printf("%s\t%s\n", label, b.s);
    free(b.s);
}

/* A line: label, tab, the plain text of n and all below it, then tail.  The
 * text is copied out of the document, which stays as it was read. */
static void print_text(const char *label, const bt_node *n, const char *tail)
{
    char small[256];
    size_t len = bt_node_text_copy(n, small, sizeof(small));
    char *big = len < sizeof(small) ? NULL : malloc(len + 1);
    if (big)
        bt_node_text_copy(n, big, len + 1);
    printf("%s\t%s%s\n", label, big ? big : small, tail);
    free(big);
}

/* A4 text width 170 mm, 5 mm gutters. */
static double column_mm(int columns) { return (170.0 - 5.0 * (columns - 1)) / columns; }

static void print_figure(const bt_document *doc, const bt_node *n, int number, int columns)
{
    int r = bt_node_figure_resource(n);
    int w = bt_resource_width(doc, r), h = bt_resource_height(doc, r);
    int shown_w = bt_node_figure_display_width(n), shown_h = bt_node_figure_display_height(n);
    /* As wide as the column, or as the source showed it (CSS pixels are
     * 1/96 inch) when narrower; at 300 dpi, never wider than it prints sharp. */
    double want = column_mm(columns), shown_mm = shown_w * 25.4 / 96.0;
    if (shown_w > 0 && shown_mm < want)
        want = shown_mm;
    double sharp_mm = w * 25.4 / 300.0, width_mm = sharp_mm < want ? sharp_mm : want;
    char dpi[32] = "unknown", shown[32] = "unknown", label[32];
    if (bt_resource_dpi_x(doc, r) > 0)
        snprintf(dpi, sizeof(dpi), "%dx%d", bt_resource_dpi_x(doc, r), bt_resource_dpi_y(doc, r));
    if (shown_w > 0)
        snprintf(shown, sizeof(shown), "%dx%d", shown_w, shown_h);
    printf("FIGURE %d\t%dx%d px\t%.0f mm wide%s\t%s\tdpi %s\tshown %s\n", number, w, h, width_mm,
           r < 0             ? " (image missing)"
           : sharp_mm < want ? " (low resolution)"
                             : "",
           bt_resource_media_type(doc, r) ? bt_resource_media_type(doc, r) : "-", dpi, shown);
    snprintf(label, sizeof(label), "CAPTION %d", number);
    if (bt_node_figure_caption(n))
        print_inlines(label, "", bt_node_figure_caption(n));
    snprintf(label, sizeof(label), "ALT %d", number);
    if (bt_node_figure_alt(n))
        printf("%s\t%s\n", label, bt_node_figure_alt(n));
    const bt_node *credit = bt_node_figure_credit(n);
    if (credit) {
        /* "Ảnh: Hương Ly": the label the source gave the credit, then the name */
        char head[64] = "";
        if (bt_node_label(credit))
            snprintf(head, sizeof(head), "%s: ", bt_node_label(credit));
        snprintf(label, sizeof(label), "CREDIT %d", number);
        print_inlines(label, head, credit);
    }
}

/* A table: its caption, then a row a line, cells joined by " | ", header
 * cells marked "th:", spans as " (2 cols)" and " (2 rows)". */
static void print_table(const bt_node *n, int number)
{
    char label[32];
    int row = 0;
    for (const bt_node *c = bt_node_first_child(n); c; c = bt_node_next(c)) {
        if (bt_node_get_type(c) == BT_NODE_CAPTION) {
            snprintf(label, sizeof(label), "TABLE %d CAPTION", number);
            print_inlines(label, "", c);
            continue;
        }
        str b = {0};
        int cells = 0;
        put(&b, "");
        for (const bt_node *cell = bt_node_first_child(c); cell; cell = bt_node_next(cell)) {
            char cols[24] = "", rows[24] = "";
            if (bt_node_cell_colspan(cell) > 1)
                snprintf(cols, sizeof(cols), " (%d cols)", bt_node_cell_colspan(cell));
            if (bt_node_cell_rowspan(cell) > 1)
                snprintf(rows, sizeof(rows), " (%d rows)", bt_node_cell_rowspan(cell));
            put(&b, cells++ ? " | " : "");
            put(&b, bt_node_cell_header(cell) ? "th:" : "");
            inlines(&b, cell);
            put(&b, cols);
            put(&b, rows);
        }
        snprintf(label, sizeof(label), "ROW %d.%d", number, ++row);
        printf("%s\t%s\n", label, b.s);
        free(b.s);
    }
}

typedef struct {
    const bt_document *doc;
    int columns, paragraphs, figures, tables;
} layout;

/* The blocks under parent, in order; lists are walked into. */
static void blocks(layout *l, const bt_node *parent)
{
    for (const bt_node *n = bt_node_first_child(parent); n; n = bt_node_next(n)) {
        char label[32];
        switch (bt_node_get_type(n)) {
        case BT_NODE_HEADING:
            snprintf(label, sizeof(label), "H%d", bt_node_heading_level(n));
            print_text(label, n, "\tkeep-with-next");
            break;
        case BT_NODE_PARAGRAPH:
            /* the dateline belongs to the head, as the title does */
            l->paragraphs += bt_node_role(n) != BT_ROLE_DATELINE;
            switch (bt_node_role(n)) {
            case BT_ROLE_LEAD: print_inlines("LEAD", "", n); break;
            case BT_ROLE_DATELINE: print_inlines("DATELINE", "", n); break;
            case BT_ROLE_BYLINE: print_inlines("BYLINE", "", n); break;
            default:
                snprintf(label, sizeof(label), "P %d", l->paragraphs);
                print_inlines(label, "", n);
                break;
            }
            break;
        case BT_NODE_FIGURE: print_figure(l->doc, n, ++l->figures, l->columns); break;
        case BT_NODE_TABLE: print_table(n, ++l->tables); break;
        case BT_NODE_NOTE:
            snprintf(label, sizeof(label), "NOTE %s", bt_node_label(n) ? bt_node_label(n) : "?");
            print_text(label, n, "");
            break;
        case BT_NODE_QUOTE: print_text("QUOTE", n, ""); break;
        case BT_NODE_LIST:
        case BT_NODE_ITEM: blocks(l, n); break;
        default: break;
        }
    }
}

/* What reading lost or changed, by kind, each event with its count. */
static void print_events(const bt_error *err)
{
    for (int k = 0; k < BT_LOSS_KIND_COUNT_; k++)
        for (size_t i = 0; i < bt_error_event_count(err); i++)
            if (bt_error_event_kind(err, i) == (bt_loss_kind)k)
                printf("%s\t%s\t%zu\t%s\n",
                       bt_error_event_effect(err, i) == BT_EVENT_LOST ? "LOST" : "CHANGED",
                       bt_loss_kind_name((bt_loss_kind)k), bt_error_event_items(err, i),
                       bt_error_event_message(err, i));
}

int main(int argc, char **argv)
{
    /* -O options, ending with NULL as bt_options wants */
    const char **format_options = calloc((size_t)argc, sizeof(*format_options));
    if (!format_options) {
        fprintf(stderr, "layout: out of memory\n");
        return 1;
    }
    int argi = 1, nopts = 0;
    for (; argi + 1 < argc && !strcmp(argv[argi], "-O"); argi += 2)
        format_options[nopts++] = argv[argi + 1];
    if (argi >= argc) {
        fprintf(stderr, "usage: layout [-O FORMAT:NAME[=VALUE]]... ARTICLE [COLUMNS]\n");
        free(format_options);
        return 2;
    }
    const char *path = argv[argi];
    int columns = argi + 1 < argc ? atoi(argv[argi + 1]) : 2;
    bt_options opt;
    bt_options_init(&opt);
    opt.format_options = format_options;
    bt_error err = BT_ERROR_INIT;
    bt_document *doc = NULL;
    if (bt_options_check(NULL, &opt, &err) != BT_OK ||
        bt_read_file(NULL, NULL, path, &opt, &doc, &err) == BT_FAILED) {
        fprintf(stderr, "layout: %s: %s\n", path, bt_error_message(&err));
        bt_error_clear(&err);
        free(format_options);
        return 1;
    }
    for (bt_meta_key k = BT_META_TITLE; k < BT_META_COUNT_; k++)
        for (size_t i = 0; i < bt_document_meta_count(doc, k); i++) {
            char key[32];
            snprintf(key, sizeof(key), "%s", bt_meta_key_name(k));
            for (char *c = key; *c; c++)
                *c = (char)toupper((unsigned char)*c);
            printf("%s\t%s\n", key, bt_document_meta_at(doc, k, i));
        }

    layout l = {doc, columns < 1 ? 1 : columns, 0, 0, 0};
    blocks(&l, bt_document_body(doc));

    bt_counts counts;
    bt_document_count(doc, &counts);
    printf("PARAGRAPHS\t%d\n", l.paragraphs);
    printf("COUNTS\t%zu headings, %zu figures (%zu images, %zu captions), %zu tables, %zu notes\n",
           counts.headings, counts.figures, counts.images, counts.captions, counts.tables,
           counts.notes);
    print_events(&err);
    bt_document_free(doc);
    bt_error_clear(&err);
    free(format_options);
    return 0;
}
