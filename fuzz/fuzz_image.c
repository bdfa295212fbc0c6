/* libFuzzer harness: image headers (media type, pixel size, resolution) read
 * from any bytes as a document's resource, and the SVG check.  Every image a
 * reader loads goes through these. */
#include <stdint.h>

#include "bantin.h"
#include "image.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    bt_document *doc = bt_document_new();
    int i = doc ? bt_document_add_resource(doc, NULL, NULL, data, size) : -1;
    if (i >= 0)
        bt_image_type_fits(data, size, bt_resource_media_type(doc, i));
    bt_document_free(doc);
    return 0;
}
