/* Tables as LibreOffice writes them: the caption in a "Table" paragraph
 * above, header rows, spans as spanning and covered cells; and a table
 * made paragraphs where ODF holds no table. */
#include <string.h>

#include "odt.h"

static int row_is_header(const bt_node *row)
{
    int cells = 0;
    for (bt_node *cell = row->first; cell; cell = cell->next, cells++)
        if (!cell->flag)
            return 0;
    return cells > 0;
}

static void cell_content(wctx *c, bt_node *cell)
{
    const char *style = cell->flag ? "Table_20_Heading" : "Table_20_Contents";
    if (cell->first && !bt_node_is_inline(cell->first->type))
        odt_write_blocks(c, cell, style, 1);
    else
        odt_paragraph(c, style, cell->first);
}

/* The table's grid: for each column, how many rows below are still covered
 * by a cell above; at least n columns, new ones free.  NULL: out of memory. */
static int *grid_columns(wctx *c, size_t n)
{
    size_t have = c->grid.len / sizeof(int);
    if (n > have) {
        char *p = bt_buf_extend(&c->grid, (n - have) * sizeof(int));
        if (!p)
            return NULL;
        memset(p, 0, (n - have) * sizeof(int));
    }
    return (int *)(void *)c->grid.data;
}

/* Lay a row out on the grid, and write it when write is set, spans as ODF
 * has them: a spanning cell, then a covered cell for each place it covers,
 * in its row and in the rows below.  Returns the grid's width, or -1. */
static int lay_row(wctx *c, bt_node *row, int rows_left, int write)
{
    size_t col = 0;
    int *grid = grid_columns(c, 0);
    if (write)
        start(c, "table:table-row");
    for (bt_node *cell = row->first;; cell = cell->next) {
        for (; col < c->grid.len / sizeof(int) && grid[col] > 0; col++) {
            grid[col]--;
            if (write)
                empty(c, "table:covered-table-cell");
        }
        if (!cell)
            break;
        int cs = bt_node_cell_colspan(cell), rs = bt_node_cell_rowspan(cell);
        rs = rs < rows_left ? rs : rows_left; /* as far as the table goes */
        if (!(grid = grid_columns(c, col + (size_t)cs)))
            return -1;
        if (write) {
            start(c, "table:table-cell");
            if (cs > 1)
                odt_attrf(c->x, "table:number-columns-spanned", "%d", cs);
            if (rs > 1)
                odt_attrf(c->x, "table:number-rows-spanned", "%d", rs);
            attr(c, "office:value-type", "string");
            cell_content(c, cell);
            end(c);
            for (int i = 1; i < cs; i++)
                empty(c, "table:covered-table-cell");
        }
        for (int i = 0; i < cs; i++)
            grid[col++] = rs - 1;
    }
    for (; col < c->grid.len / sizeof(int); col++) { /* a short row's padding */
        int covered = grid[col] > 0;
        grid[col] -= covered;
        if (write)
            empty(c, covered ? "table:covered-table-cell" : "table:table-cell");
    }
    if (write)
        end(c);
    return (int)col;
}

/* As LibreOffice's Insert > Caption puts it: "Table 1: caption" above. */
static void table_caption(wctx *c, bt_node *caption)
{
    c->tables++;
    if (!caption || caption->type != BT_NODE_CAPTION || bt_node_is_empty(caption))
        return;
    odt_begin_paragraph(c, "text:p", "Table");
    odt_sequence(c, c->vi ? "Bảng" : "Table", "Table", c->tables);
    odt_write_inlines(c, caption->first);
    end(c);
}

static bt_node *first_row(const bt_node *table)
{
    bt_node *row = table->first;
    return row && row->type == BT_NODE_CAPTION ? row->next : row;
}

void odt_write_table(wctx *c, bt_node *table)
{
    int rows = 0, columns = 0, left;
    for (bt_node *row = first_row(table); row; row = row->next)
        rows++;
    /* the width: the rows laid out as their spans make them */
    bt_buf_truncate(&c->grid, 0);
    left = rows;
    for (bt_node *row = first_row(table); row && columns >= 0; row = row->next)
        columns = lay_row(c, row, left--, 0);
    bt_node *caption = table->first;
    if (!columns && caption && caption->type == BT_NODE_CAPTION && !bt_node_is_empty(caption)) {
        bt_error_event(c->err, BT_EVENT_CHANGED, BT_LOSS_TABLE, 1,
                       "a table without cells was written as its caption");
        odt_paragraph(c, "Table", caption->first);
    }
    if (columns <= 0)
        return;
    memset(c->grid.data, 0, c->grid.len);
    table_caption(c, table->first);
    start(c, "table:table");
    odt_attrf(c->x, "table:name", "Table%d", c->tables);
    attr(c, "table:style-name", "Table1");
    start(c, "table:table-column");
    if (columns > 1)
        odt_attrf(c->x, "table:number-columns-repeated", "%d", columns);
    end(c);
    bt_node *row = first_row(table);
    left = rows;
    if (row && row_is_header(row)) {
        start(c, "table:table-header-rows");
        for (; row && row_is_header(row); row = row->next)
            lay_row(c, row, left--, 1);
        end(c);
    }
    for (; row; row = row->next)
        lay_row(c, row, left--, 1);
    end(c);
}

/* ODF lists hold paragraphs and lists only, and LibreOffice keeps no table
 * in a footnote: a table in a list item, a cell or a note becomes its
 * caption and one paragraph per row, its cells joined by " | ". */
void odt_flatten_table(wctx *c, bt_node *table, const char *style)
{
    bt_error_event(c->err, BT_EVENT_CHANGED, BT_LOSS_TABLE, 1,
                   "a table inside a list, a cell or a note was written as paragraphs");
    bt_node *caption = table->first;
    if (caption && caption->type == BT_NODE_CAPTION && !bt_node_is_empty(caption))
        odt_paragraph(c, "Table", caption->first);
    for (bt_node *row = first_row(table); row; row = row->next) {
        odt_begin_paragraph(c, "text:p", style);
        for (bt_node *cell = row->first; cell; cell = cell->next) {
            if (cell != row->first)
                odt_put_text(c, " | ", 0);
            bt_buf_truncate(&c->text, 0);
            bt_node_text_put(cell, &c->text);
            odt_put_text(c, c->text.data && !c->text.failed ? c->text.data : "", !cell->next);
        }
        end(c);
    }
}
