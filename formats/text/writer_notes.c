/* The writer's footnotes: a mark "[label]" in the text, and the notes at
 * the end after a line "---", each a frame whose first line starts with
 * "[label] ". */
#include <stdio.h>
#include <string.h>

#include "text.h"
#include "unicode.h"

int bt_text_note_label(const char *s, size_t len)
{
    if (!len || len > BT_TEXT_MAX_NOTE_LABEL || s[0] == ' ' || s[len - 1] == ' ')
        return 0;
    for (size_t i = 0; i < len; i++)
        if ((unsigned char)s[i] < 0x20 || s[i] == '[' || s[i] == ']')
            return 0;
    return 1;
}

/* A footnote's mark: its label, or its number among the notes when it has
 * none the reader could read back. */
static void note_mark(const bt_node *note, char *buf, size_t cap)
{
    if (note->attr && bt_text_note_label(note->attr, strlen(note->attr))) {
        snprintf(buf, cap, "%s", note->attr);
        return;
    }
    int number = 1;
    for (const bt_node *p = note->prev; p; p = p->prev)
        number += p->type == BT_NODE_NOTE;
    snprintf(buf, cap, "%d", number);
}

/* A footnote is a frame whose first line starts with "[mark] ". */
void tw_note(tw_writer *w, const bt_node *n)
{
    char mark[BT_TEXT_MAX_NOTE_LABEL + 1], marker[48], cont[48];
    note_mark(n, mark, sizeof(mark));
    int len = snprintf(marker, sizeof(marker), "[%s] ", mark);
    size_t width = bt_grapheme_count(marker, (size_t)len);
    memset(cont, ' ', width);
    cont[width] = '\0';
    tw_push(w, n, marker, cont);
}

/* A footnote's mark in the text, "[1]", as its note's first line has it,
 * so that the reader finds the note again; a mark whose note is missing
 * keeps its own label. */
void tw_note_ref(tw_writer *w, const bt_node *n)
{
    char mark[BT_TEXT_MAX_NOTE_LABEL + 1];
    if (n->note)
        note_mark(n->note, mark, sizeof(mark));
    else if (n->attr && strlen(n->attr) <= BT_TEXT_MAX_NOTE_LABEL)
        snprintf(mark, sizeof(mark), "%s", n->attr);
    else {
        w->unmarked++;
        return;
    }
    bt_buf_printf(w->sink, "[%s]", mark);
}

/* The footnotes, at the end after a line "---": the writer writes rules
 * "* * *", so that a reader can tell the notes from a rule. */
void tw_notes(tw_writer *w)
{
    int first = 1;
    for (bt_node *n = w->doc->body->first; n && !w->failed; n = n->next) {
        if (n->type != BT_NODE_NOTE)
            continue;
        if (first && w->out.len)
            bt_buf_putc(&w->out, '\n');
        if (first)
            tw_put_line(w, "", "---", 3);
        first = 0;
        if (bt_node_walk(n, tw_visit, w))
            w->failed = 1;
    }
}
