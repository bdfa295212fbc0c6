/* A document as lines of text, to compare documents in tests. */
#ifndef BT_TEST_DOCDUMP_H
#define BT_TEST_DOCDUMP_H

#include "bantin.h"

/* The metadata ("key: value" lines), then the blocks, one a line, indented
 * by depth: "heading 2: text", "paragraph lead: text", "list ordered 3",
 * "figure -1", "pre TEXT" (newlines as \n).  The caller frees it. */
char *doc_dump(bt_document *doc);

#endif
