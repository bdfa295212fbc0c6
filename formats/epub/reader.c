/* The EPUB reader: EPUB 2 and 3.  The package's metadata becomes the
 * document's, and every spine item is read in order into one body: linear
 * items first, then those marked linear="no" (notes, answers: kept, after the
 * text).  dc:title is the document's title, so the first h1 that repeats it
 * is dropped; every other chapter heading stays a heading at its level.  The
 * navigation document, the NCX, title pages and a cover page are left out,
 * as they only repeat the metadata or the headings. */
#include <string.h>

#include "epub.h"

int epub_probe(const unsigned char *data, size_t size)
{
    return bt_zip_probe_mimetype(data, size, EPUB_MEDIA_TYPE);
}

bt_status epub_read(bt_document *doc, const bt_input *in, const bt_options *opt, bt_error *err)
{
    (void)opt;
    if (!in->size)
        return bt_error_set(err, BT_ERR_FORMAT, "not an EPUB: the file is empty");
    bt_zip_reader *z = bt_zip_open(in->data, in->size, err);
    if (!z)
        return BT_FAILED;
    epub_package pkg;
    epub_reading r = {.z = z, .pkg = &pkg, .doc = doc, .err = err};
    bt_status s = epub_check_encryption(z, err);
    if (s == BT_OK)
        s = epub_package_read(z, doc, &pkg, err);
    else
        memset(&pkg, 0, sizeof(pkg));
    for (size_t i = 0; s != BT_FAILED && i < pkg.nspine; i++) {
        const epub_item *item = &pkg.items[pkg.spine[i]];
        bt_status part = epub_has_token(item->properties, "nav") ? BT_OK : epub_read_part(&r, item);
        if (part == BT_FAILED)
            s = BT_FAILED;
        r.warned |= part == BT_WARN;
    }
    epub_reading_free(&r);
    epub_package_free(&pkg);
    bt_zip_close(z);
    return s == BT_OK && r.warned ? BT_WARN : s;
}
