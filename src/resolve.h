/* Images from the caller's resolver (bt_options.resolve_image) instead of
 * the file system, for the readers that load images by address. */
#ifndef BT_RESOLVE_H
#define BT_RESOLVE_H

#include "document.h"

/* What the reader asking does with the bytes the resolver gives: checks them
 * and adds them to its document.  Returns the resource index, -1 after a loss
 * event, or another negative value of its own (a placeholder left out). */
typedef int (*bt_image_take)(void *user, const char *src, const unsigned char *data, size_t size,
                             const char *media_type);

/* Asks opt->resolve_image (set) for src.  *index: what take returned for the
 * bytes given (whatever the resolver returns then, but BT_FAILED), or -1 when
 * none were given (a loss event "image not found: SRC").  BT_WARN when *index
 * is -1; BT_FAILED, with err set, when the resolver failed. */
bt_status bt_image_resolve(const bt_options *opt, const char *src, const char *input_path,
                           bt_image_take take, void *user, bt_error *err, int *index);

#endif
