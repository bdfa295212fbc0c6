/* Figures whose image was meant to be there and was not loaded, handled as
 * bt_options.missing_image says, once for every reader. */
#ifndef BT_MISSING_H
#define BT_MISSING_H

#include "bantin.h"

/* Keeps, gives a placeholder to, drops or fails on every figure of doc with
 * an address but no image.  BT_WARN when it reported a loss (a dropped
 * caption); BT_FAILED, with err set, for BT_MISSING_FAIL or no memory. */
bt_status bt_missing_images(bt_document *doc, bt_missing_image mode, bt_error *err);

#endif
