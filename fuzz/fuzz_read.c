/* libFuzzer harness: read the input with one format (BT_FUZZ_FORMAT), or
 * probe it when that is "any", then write the document in every format: the
 * trees each reader makes are what the writers must survive.
 * With BT_FUZZ_MEDIA_TYPE the input is the parts of a zip of that type (see
 * parts.c).  A crash, a leak or undefined behaviour is a finding; failures
 * are not. */
#include <stdlib.h>

#include "bantin.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static bt_registry *reg;
    if (!reg)
        reg = bt_registry_new();
    const bt_format *fmt = bt_format_by_name(reg, BT_FUZZ_FORMAT);
    bt_buf zip = BT_BUF_INIT;
#ifdef BT_FUZZ_MEDIA_TYPE
    if (bt_fuzz_zip_parts(data, size, BT_FUZZ_MEDIA_TYPE, &zip) == BT_FAILED) {
        bt_buf_free(&zip);
        return 0;
    }
    data = (const uint8_t *)zip.data;
    size = zip.len;
#endif
    bt_options opt;
    bt_options_init(&opt);
    static const char *const embed[] = {"html:embed-media", NULL};
    opt.format_options = embed;
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_input in = {data, size, NULL};
    if (bt_read(reg, fmt, &in, &opt, &doc, err) != BT_FAILED) {
        for (size_t i = 0; i < bt_registry_count(reg); i++) {
            const bt_format *w = bt_registry_at(reg, i);
            unsigned char *out;
            size_t n;
            bt_error_clear(err);
            if (w->write && bt_write_memory(w, doc, &opt, &out, &n, err) != BT_FAILED)
                free(out);
        }
    }
    bt_document_free(doc);
    bt_error_free(err);
    bt_buf_free(&zip);
    return 0;
}
