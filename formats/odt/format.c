/* The two ODF text formats of the table: the package (.odt) and the flat
 * XML document (.fodt), sharing everything but where the parts live. */
#include "odt.h"

static const bt_format_option options[] = {
    {"reference", "FILE",
     "an ODT or FODT whose styles, page layout, fonts, header and footer replace bantin's"},
    {"paper", "a4|letter", "the page size, without a reference (default a4)"},
    {NULL, NULL, NULL},
};

const bt_format bt_format_odt = {
    .size = sizeof(bt_format),
    .name = "odt",
    .aliases = "opendocument",
    .description = "OpenDocument Text (LibreOffice, Word): styles, captioned pictures",
    .extensions = "odt",
    .mime_type = ODT_MIME,
    .probe = odt_probe,
    .read = odt_read_package,
    .write = odt_write_package,
    .flags = BT_FORMAT_BINARY,
    .options = options,
};

const bt_format bt_format_fodt = {
    .size = sizeof(bt_format),
    .name = "fodt",
    .aliases = "flat-odt",
    .description = "Flat OpenDocument Text: one XML file, pictures inline",
    .extensions = "fodt",
    .mime_type = ODT_FLAT_MIME,
    .probe = fodt_probe,
    .read = odt_read_flat,
    .write = odt_write_flat,
    .options = options,
};
