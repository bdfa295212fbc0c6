/* The inline content of what we write: text with ODF's white space kept,
 * spans on the styles LibreOffice uses, inline quotations as their
 * language's marks, links, and footnotes at their marks. */
#include <stdint.h>
#include <string.h>

#include "odt.h"
#include "language.h"

static void spaces(wctx *c, size_t n)
{
    start(c, "text:s");
    if (n > 1)
        odt_attrf(c->x, "text:c", "%zu", n);
    end(c);
}

/* Text as ODF keeps it: white space collapses in XML, so a space that would
 * be dropped (at the start or end of a paragraph, after another) is a
 * text:s; tabs and line feeds are elements.  ends_block: nothing follows s
 * in its paragraph. */
void odt_put_text(wctx *c, const char *s, int ends_block)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        size_t run = 0, bad = bt_xml_forbidden(p);
        if (bad) { /* what XML cannot carry goes, as in every writer */
            p += bad;
            continue;
        }
        while (p[run] && p[run] != ' ' && p[run] != '\t' && p[run] != '\n' &&
               !bt_xml_forbidden(p + run))
            run++;
        if (run) {
            odt_run(c->x, (const char *)p, run);
            p += run;
            c->at_start = c->after_space = 0;
            continue;
        }
        if (*p == ' ') {
            size_t n = strspn((const char *)p, " ");
            p += n;
            if (c->at_start || c->after_space || (!*p && ends_block)) {
                spaces(c, n);
            } else {
                odt_text(c->x, " ");
                if (n > 1)
                    spaces(c, n - 1);
            }
            c->after_space = 1;
            c->at_start = 0;
            continue;
        }
        empty(c, *p == '\t' ? "text:tab" : "text:line-break");
        c->at_start = c->after_space = 0;
        p++;
    }
}

/* Nothing follows n in the block that holds it. */
static int ends_block(const bt_node *n)
{
    for (; n && bt_node_is_inline(n->type); n = n->parent)
        if (n->next)
            return 0;
    return 1;
}

static void span(wctx *c, const char *style, bt_node *n)
{
    start(c, "text:span");
    attr(c, "text:style-name", style);
    if (n->type == BT_NODE_CODE)
        odt_put_text(c, n->literal ? n->literal : "", ends_block(n));
    else
        odt_write_inlines(c, n->first);
    end(c);
}

static void quotation(wctx *c, bt_node *n)
{
    const char *open, *close;
    bt_quotation_marks(c->lang, c->quotes, &open, &close);
    odt_put_text(c, open, 0);
    c->quotes++;
    odt_write_inlines(c, n->first);
    c->quotes--;
    odt_put_text(c, close, ends_block(n));
}

static void language_span(wctx *c, bt_node *n)
{
    if (!odt_language_valid(n->attr)) {
        bt_error_event(c->err, BT_EVENT_LOST, BT_LOSS_INLINE, 1,
                       "the language '%.40s' of a span is no language ODF can name",
                       n->attr ? n->attr : "");
        odt_write_inlines(c, n->first);
        return;
    }
    char style[64];
    odt_language_style(n->attr, style, sizeof(style));
    const char *outside = c->lang;
    c->lang = n->attr;
    span(c, style, n);
    c->lang = outside;
}

static void write_link(wctx *c, bt_node *n)
{
    if (c->in_link && n->literal)
        bt_error_event(c->err, BT_EVENT_LOST, BT_LOSS_INLINE, 1,
                       "a link inside a link was written as its text: ODF has no such link");
    if (c->in_link || !n->literal) {
        odt_write_inlines(c, n->first);
        return;
    }
    start(c, "text:a");
    attr(c, "xlink:type", "simple");
    odt_attr(c->x, "xlink:href", n->literal);
    if (n->attr)
        odt_attr(c->x, "office:title", n->attr);
    attr(c, "text:style-name", "Internet_20_link");
    attr(c, "text:visited-style-name", "Visited_20_Internet_20_Link");
    c->in_link = 1;
    odt_write_inlines(c, n->first);
    c->in_link = 0;
    end(c);
}

static void note_key(const bt_node *note, char *key, size_t size)
{
    snprintf(key, size, "%p", (const void *)note);
}

/* A footnote at its mark: text:note holding the NOTE's blocks; a second mark
 * of the same note refers to the first (text:note-ref). */
static void write_note_ref(wctx *c, bt_node *ref)
{
    bt_node *note = ref->note;
    char key[32], number[16];
    note_key(note, key, sizeof(key));
    intptr_t seen = note ? (intptr_t)xmlHashLookup(c->noted, BAD_CAST key) : 0;
    snprintf(number, sizeof(number), "%d", seen > 1 ? (int)seen - 1 : c->notes + 1);
    const char *label = ref->attr ? ref->attr : note && note->attr ? note->attr : number;
    if (!note || (seen < 2 && (c->in_note || c->in_frame))) {
        /* the mark alone; the note's text goes at the end (write_note) */
        c->marks_as_text++;
        start(c, "text:span");
        attr(c, "text:style-name", "T1");
        odt_put_text(c, label, ends_block(ref));
        end(c);
        return;
    }
    if (seen > 1) {
        start(c, "text:note-ref");
        attr(c, "text:note-class", "footnote");
        attr(c, "text:reference-format", "text");
        odt_attrf(c->x, "text:ref-name", "ftn%d", (int)seen - 2);
        odt_text(c->x, label);
        end(c);
        c->at_start = c->after_space = 0;
        return;
    }
    if (xmlHashUpdateEntry(c->noted, BAD_CAST key, (void *)(intptr_t)(++c->notes + 1), NULL))
        c->x->failed = 1;
    start(c, "text:note");
    odt_attrf(c->x, "text:id", "ftn%d", c->notes - 1);
    attr(c, "text:note-class", "footnote");
    start(c, "text:note-citation");
    if (strcmp(label, number)) /* a mark of its own, not the running number */
        odt_attr(c->x, "text:label", label);
    odt_text(c->x, label);
    end(c);
    start(c, "text:note-body");
    int at_start = c->at_start, after_space = c->after_space;
    c->in_note = 1;
    odt_write_blocks(c, note, "Footnote", 1);
    c->in_note = 0;
    c->at_start = at_start;
    c->after_space = after_space;
    end(c);
    end(c);
}

static void write_inline(wctx *c, bt_node *n)
{
    switch (n->type) {
    case BT_NODE_TEXT: odt_put_text(c, n->literal ? n->literal : "", ends_block(n)); break;
    case BT_NODE_EMPH: span(c, "Emphasis", n); break;
    case BT_NODE_STRONG: span(c, "Strong_20_Emphasis", n); break;
    case BT_NODE_CODE: span(c, "Source_20_Text", n); break;
    case BT_NODE_SUP: span(c, "T1", n); break;
    case BT_NODE_SUB: span(c, "T2", n); break;
    case BT_NODE_UNDERLINE: span(c, "T3", n); break;
    case BT_NODE_STRIKE: span(c, "T4", n); break;
    case BT_NODE_QUOTATION: quotation(c, n); break;
    case BT_NODE_SPAN: language_span(c, n); break;
    case BT_NODE_NOTE_REF: write_note_ref(c, n); break;
    case BT_NODE_BREAK:
        empty(c, "text:line-break");
        c->at_start = c->after_space = 0;
        break;
    case BT_NODE_LINK: write_link(c, n); break;
    default: break; /* NOTE is a block: bt_node_is_inline says no */
    }
}

void odt_write_inlines(wctx *c, bt_node *first)
{
    for (bt_node *n = first; n && bt_node_is_inline(n->type); n = n->next)
        write_inline(c, n);
}

void odt_begin_paragraph(wctx *c, const char *element, const char *style)
{
    start(c, element);
    attr(c, "text:style-name", style);
    c->at_start = 1;
    c->after_space = 0;
}

void odt_paragraph(wctx *c, const char *style, bt_node *first)
{
    odt_begin_paragraph(c, "text:p", style);
    odt_write_inlines(c, first);
    end(c);
}

void odt_text_paragraph(wctx *c, const char *style, const char *text)
{
    odt_begin_paragraph(c, "text:p", style);
    odt_put_text(c, text, 1);
    end(c);
}

/* A note is written at its mark; one whose mark could not hold it, or with
 * no mark, keeps its text here, at the end of the body. */
void odt_write_note(wctx *c, bt_node *note)
{
    char key[32];
    note_key(note, key, sizeof(key));
    if ((intptr_t)xmlHashLookup(c->noted, BAD_CAST key) > 1)
        return;
    c->notes_as_text++;
    odt_write_blocks(c, note, "Footnote", 1);
}

int odt_note_referenced(bt_node *n, int entering, void *user)
{
    char key[32];
    if (entering && n->type == BT_NODE_NOTE_REF && n->note) {
        note_key(n->note, key, sizeof(key));
        wctx *c = user;
        if (xmlHashUpdateEntry(c->noted, BAD_CAST key, (void *)(intptr_t)1, NULL))
            c->x->failed = 1;
    }
    return 0;
}
