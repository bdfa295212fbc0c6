/* The EPUB format's entry in the format table. */
#include "epub.h"

static const bt_format_option options[] = {
    {"cover", "PATH", "the cover image: a file, or \"first\" for the first figure's image"},
    {"css", "FILE", "your stylesheet, packaged and linked after bantin's; repeatable"},
    {"title-page", NULL, "a title page first: title, subtitle, authors, date, publisher"},
    {NULL, NULL, NULL},
};

const bt_format bt_format_epub = {
    .size = sizeof(bt_format),
    .name = "epub",
    .description = "EPUB 2 and 3 e-books; writes EPUB 3 with an EPUB 2 table of contents",
    .extensions = "epub",
    .mime_type = EPUB_MEDIA_TYPE,
    .probe = epub_probe,
    .read = epub_read,
    .write = epub_write,
    .flags = BT_FORMAT_BINARY,
    .options = options,
};
