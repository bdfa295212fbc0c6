/* Helpers the libFuzzer harnesses share. */
#ifndef BT_FUZZ_H
#define BT_FUZZ_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Pack the input's parts ("@@ NAME" lines, each followed by its content) into
 * a zip whose first entry is a stored "mimetype" holding media_type. */
bt_status bt_fuzz_zip_parts(const uint8_t *data, size_t size, const char *media_type, bt_buf *zip);

#endif
