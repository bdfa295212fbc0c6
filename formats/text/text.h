/* The plain-text format's parts; the descriptor is in format.c. */
#ifndef BT_TEXT_H
#define BT_TEXT_H

#include "document.h"

bt_status bt_text_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                        bt_error *err);

/* The marks around an inline quotation in language lang (BCP 47, NULL when
 * unknown), nested depth quotations deep (0: outermost): static strings. */
void bt_text_quotation_marks(const char *lang, int depth, const char **open, const char **close);

#endif
