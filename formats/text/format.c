/* The plain-text format: UTF-8, wrapped, headings underlined, figures as
 * their captions in brackets. */
#include "text.h"

const bt_format bt_format_text = {
    "text", "txt plain", "plain text, UTF-8, wrapped; marks headings and captions",
    "txt text", "text/plain", NULL, NULL, bt_text_write,
};
