/* Options: the caller's bt_options made whole, and the options of formats by name. */
#ifndef BT_OPTIONS_H
#define BT_OPTIONS_H

#include "bantin.h"

/* The caller's options (NULL: defaults) as a whole bt_options of this
 * library: fields past the caller's size keep their defaults. */
void bt_options_adopt(const bt_options *caller, bt_options *whole);

/* Whether every option opt names for fmt ("html:x") is one fmt has. */
bt_status bt_options_check_format(const bt_format *fmt, const bt_options *opt, bt_error *err);

#endif
