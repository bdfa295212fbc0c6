/* The plain-text format's parts; the descriptor is in format.c. */
#ifndef BT_TEXT_H
#define BT_TEXT_H

#include "document.h"

bt_status bt_text_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                        bt_error *err);

#endif
