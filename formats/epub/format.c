/* The EPUB format's entry in the format table. */
#include "epub.h"

static int epub_probe(const unsigned char *data, size_t size)
{
    return bt_zip_probe_mimetype(data, size, EPUB_MEDIA_TYPE);
}

const bt_format bt_format_epub = {
    .name = "epub",
    .description = "EPUB 2 and 3 e-books; writes EPUB 3 with an EPUB 2 table of contents",
    .extensions = "epub",
    .mime_type = EPUB_MEDIA_TYPE,
    .probe = epub_probe,
    .read = epub_read,
    .write = epub_write,
};
