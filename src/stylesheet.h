/* Stylesheets the user names (html:css, epub:css), read for the writers
 * that put them inside what they write. */
#ifndef BT_STYLESHEET_H
#define BT_STYLESHEET_H

#include "buf.h"

/* Append the CSS file at path to out, without a UTF-8 BOM.  Fails with
 * BT_ERR_IO ("cannot read the stylesheet PATH"), BT_ERR_LIMIT past
 * BT_MAX_STYLESHEET_BYTES, or BT_ERR_ENCODING when it is not UTF-8 (the
 * one charset both an HTML page of ours and EPUB take). */
bt_status bt_stylesheet_read(const char *path, bt_buf *out, bt_error *err);

#endif
