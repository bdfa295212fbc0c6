/* The plain-text format: UTF-8, wrapped, headings underlined, figures as
 * their captions in brackets. */
#include "text.h"

static const bt_format_option options[] = {
    {"columns", "N", "wrap at N grapheme clusters (default 72)"},
    {"wrap", "auto|none", "none: each paragraph on one line"},
    {"images", "captioned|all",
     "all: pictures without a caption or credit too, as their alt text (default: left out)"},
    {NULL, NULL, NULL},
};

const bt_format bt_format_text = {
    .size = sizeof(bt_format),
    .name = "text",
    .aliases = "txt plain",
    .description = "plain text, UTF-8, wrapped; marks headings and captions",
    .extensions = "txt text",
    .mime_type = "text/plain",
    .probe = bt_text_probe,
    .read = bt_text_read,
    .write = bt_text_write,
    .flags = BT_FORMAT_NO_IMAGES,
    .options = options,
};
