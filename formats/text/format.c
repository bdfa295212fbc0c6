/* The plain-text format: UTF-8, wrapped, headings underlined, figures as
 * their captions in brackets. */
#include "text.h"

const bt_format bt_format_text = {
    .name = "text",
    .aliases = "txt plain",
    .description = "plain text, UTF-8, wrapped; marks headings and captions",
    .extensions = "txt text",
    .mime_type = "text/plain",
    .write = bt_text_write,
};
