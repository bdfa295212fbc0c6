/* The plain-text reader: bytes to UTF-8, lines, blocks, then what unmarked
 * text leaves unsaid.  The rules are in README.md, "Reading plain text". */
#include <stdlib.h>

#include "charset.h"
#include "language.h"
#include "text.h"

/* Text is what is left when no other format bids: anything that decodes. */
int bt_text_probe(const unsigned char *data, size_t size)
{
    return size > 0 && bt_charset_is_text(data, size);
}

static void language(tr_ctx *c, const bt_buf *text)
{
    const char *lang = bt_detect_language(text->data, text->len);
    if (!lang && c->figure_vi)
        lang = "vi";
    if (lang && !bt_document_meta(c->doc, BT_META_LANGUAGE) &&
        bt_document_set_meta(c->doc, BT_META_LANGUAGE, lang) != BT_OK)
        c->status = bt_error_set(c->err, BT_ERR_NOMEM, "out of memory");
}

bt_status bt_text_read(bt_document *doc, const bt_input *in, const bt_options *opt, bt_error *err)
{
    bt_buf raw = BT_BUF_INIT, text = BT_BUF_INIT;
    const char *encoding = opt ? opt->input_encoding : NULL;
    if (bt_charset_decode(in->data, in->size, encoding, &raw, NULL, err) != BT_OK) {
        bt_buf_free(&raw);
        return BT_FAILED;
    }
    size_t controls = tr_clean(raw.data ? raw.data : "", raw.len, &text);
    bt_buf_free(&raw);
    size_t n = 0;
    tr_line *lines = text.failed ? NULL : tr_split(text.data ? text.data : "", text.len, &n);
    if (!lines) {
        bt_buf_free(&text);
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    }
    tr_ctx c = {doc, tr_marked(lines, n), 0, NULL, 0, 0, BT_OK, err};
    size_t first = tr_title(&c, lines, n);
    /* the notes end the text, after the byline */
    size_t notes = tr_notes_start(&c, lines, first, n);
    /* a dump of a web page ends with the page's interface after the byline;
     * without a byline before them, those lines may be the article's */
    size_t end = c.marked ? notes : tr_interface(lines, first, notes);
    size_t byline = tr_byline(&c, lines, first, end);
    if (byline == end)
        byline = end = notes;
    tr_blocks(&c, lines + first, byline - first, bt_document_body(doc), 0);
    tr_recover(&c, byline < notes ? &lines[byline] : NULL);
    tr_drop_interface(&c, lines + end, notes - end);
    if (notes < n)
        tr_notes(&c, lines + notes + 1, n - notes - 1);
    language(&c, &text);
    free(c.cands);
    free(lines);
    bt_buf_free(&text);
    /* invisible, so changed rather than lost */
    if (controls && c.status != BT_FAILED)
        bt_error_event(err, BT_EVENT_CHANGED, BT_LOSS_TEXT, controls,
                       "dropped %zu control character%s", controls, controls > 1 ? "s" : "");
    return c.status;
}
