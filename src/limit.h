/* Every limit bantin enforces, in one place, each with a test at and past it. */
#ifndef BT_LIMIT_H
#define BT_LIMIT_H

/* The largest input file read, in bytes. */
#define BT_MAX_INPUT_BYTES (512u * 1024u * 1024u)
/* Element nesting followed by readers; deeper content is flattened into the
 * block at this depth, not dropped. */
#define BT_MAX_DEPTH 256
/* An HTML page's elements nested deeper than this below its body are
 * unwrapped, their text kept, before the extractor weighs the page: it looks
 * above and below elements, and the reader flattens past BT_MAX_DEPTH
 * below the article anyway. */
#define BT_MAX_PAGE_DEPTH (2 * BT_MAX_DEPTH)
/* MathML read as its structure (x², √(...)): deeper, a formula's parts are
 * read as their text alone, and each part is read once, so nesting costs
 * no more than the elements do. */
#define BT_MAX_MATH_DEPTH 48
/* Attributes on one start tag: libxml2 2.9 checks each against all before it,
 * so a page or XML part past this is refused before it is parsed. */
#define BT_MAX_ATTRIBUTES 1000

/* The largest start of an ordered list, either sign: a larger one is clamped
 * to it on read.  Nine digits, the most a plain-text list marker reads back. */
#define BT_MAX_LIST_START 999999999
/* A table cell spans at most this many columns or rows (HTML caps colspan at
 * 1,000 and rowspan at 65,534; a span that wide is an attack, not a table). */
#define BT_MAX_CELL_SPAN 1000

/* A stylesheet given with html:css or epub:css, read into the output. */
#define BT_MAX_STYLESHEET_BYTES (1024u * 1024u)

/* Plain text wraps between these widths (text:columns). */
#define BT_MIN_COLUMNS 8
#define BT_MAX_COLUMNS 10000

/* Images one document holds, identical bytes counted once: past these, an
 * image is not loaded (its figure and caption stay, and a warning names it). */
#define BT_MAX_DOCUMENT_IMAGES 10000
#define BT_MAX_DOCUMENT_IMAGE_BYTES (256u * 1024u * 1024u)

/* Zip containers (EPUB, ODT): refused past these, as zip bombs or hostile. */
#define BT_MAX_ZIP_ENTRIES 10000
#define BT_MAX_ZIP_ENTRY_BYTES (256u * 1024u * 1024u)
#define BT_MAX_ZIP_TOTAL_BYTES (1024u * 1024u * 1024u)
/* Uncompressed to compressed, for entries past BT_ZIP_RATIO_FLOOR bytes. */
#define BT_MAX_ZIP_RATIO 200
#define BT_ZIP_RATIO_FLOOR (1024u * 1024u)

#endif
