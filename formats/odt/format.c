/* The two ODF text formats of the table: the package (.odt) and the flat
 * XML document (.fodt), sharing everything but where the parts live. */
#include <string.h>

#include "odt.h"

static const char *const namespaces[][2] = {
    {"office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"},
    {"style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"},
    {"text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"},
    {"table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"},
    {"draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"},
    {"fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"},
    {"xlink", "http://www.w3.org/1999/xlink"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"},
    {"svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"},
    {"ooow", "http://openoffice.org/2004/writer"},
};

xmlTextWriterPtr odt_writer_new(xmlBufferPtr *buf)
{
    *buf = xmlBufferCreate();
    if (!*buf)
        return NULL;
    xmlBufferSetAllocationScheme(*buf, XML_BUFFER_ALLOC_DOUBLEIT);
    return xmlNewTextWriterMemory(*buf, 0);
}

void odt_start_root(xmlTextWriterPtr w, const char *name)
{
    xmlTextWriterStartElement(w, BAD_CAST name);
    char attr[32];
    for (size_t i = 0; i < sizeof(namespaces) / sizeof(namespaces[0]); i++) {
        snprintf(attr, sizeof(attr), "xmlns:%s", namespaces[i][0]);
        xmlTextWriterWriteAttribute(w, BAD_CAST attr, BAD_CAST namespaces[i][1]);
    }
    xmlTextWriterWriteAttribute(w, BAD_CAST "office:version", BAD_CAST ODT_VERSION);
}

/* XML 1.0 has no place for C0 controls but tab, LF and CR: they go. */
static size_t clean_run(const char *s)
{
    size_t n = 0;
    while (s[n] && ((unsigned char)s[n] >= 0x20 || s[n] == '\t' || s[n] == '\n' || s[n] == '\r'))
        n++;
    return n;
}

void odt_write_text(xmlTextWriterPtr w, const char *s)
{
    while (*s) {
        size_t n = clean_run(s);
        odt_write_run(w, s, n);
        s += n;
        if (*s)
            s++;
    }
}

void odt_write_run(xmlTextWriterPtr w, const char *s, size_t n)
{
    char chunk[4096];
    while (n) {
        /* whole UTF-8 sequences in each chunk, for the writer's encoder */
        size_t k = n < sizeof(chunk) ? n : sizeof(chunk) - 1;
        while (k < n && k > 4 && ((unsigned char)s[k] & 0xC0) == 0x80)
            k--;
        memcpy(chunk, s, k);
        chunk[k] = '\0';
        xmlTextWriterWriteString(w, BAD_CAST chunk);
        s += k;
        n -= k;
    }
}

void odt_write_attr(xmlTextWriterPtr w, const char *name, const char *value)
{
    bt_buf b = BT_BUF_INIT;
    for (const char *s = value; *s;) {
        size_t n = clean_run(s);
        bt_buf_put(&b, s, n);
        s += n;
        if (*s)
            s++;
    }
    xmlTextWriterWriteAttribute(w, BAD_CAST name, BAD_CAST(b.data ? b.data : ""));
    bt_buf_free(&b);
}

void odt_write_cm(xmlTextWriterPtr w, const char *attr, int thousandths)
{
    xmlTextWriterWriteFormatAttribute(w, BAD_CAST attr, "%d.%03dcm", thousandths / 1000,
                                      thousandths % 1000);
}

static int odt_probe(const unsigned char *data, size_t size)
{
    return bt_zip_probe_mimetype(data, size, ODT_MIME);
}

/* Where needle first occurs in d[0..n), or NULL. */
static const unsigned char *find(const unsigned char *d, size_t n, const char *needle)
{
    size_t len = strlen(needle);
    for (size_t i = 0; i + len <= n; i++)
        if (d[i] == (unsigned char)needle[0] && !memcmp(d + i, needle, len))
            return d + i;
    return NULL;
}

/* An XML document whose root is office:document declaring the text type. */
static int fodt_probe(const unsigned char *data, size_t size)
{
    static const char bom[] = "\xEF\xBB\xBF";
    if (size >= 3 && !memcmp(data, bom, 3)) {
        data += 3;
        size -= 3;
    }
    if (size < 5 || memcmp(data, "<?xml", 5) != 0)
        return 0;
    const unsigned char *root = find(data, size, "<office:document");
    size_t rest = root ? size - (size_t)(root - data) : 0;
    if (rest < 17 || !root[16] || !strchr(" \t\r\n", root[16]) ||
        !find(root, rest, "office:mimetype=\"" ODT_MIME "\""))
        return 0;
    return 40 + 8 * (int)sizeof(ODT_MIME);
}

static bt_status odt_read(bt_document *doc, const bt_input *in, const bt_options *opt,
                          bt_error *err)
{
    (void)opt;
    return odt_read_package(doc, in, err);
}

static bt_status fodt_read(bt_document *doc, const bt_input *in, const bt_options *opt,
                           bt_error *err)
{
    (void)opt;
    return odt_read_flat(doc, in, err);
}

static bt_status odt_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                           bt_error *err)
{
    (void)opt;
    return odt_write_package(doc, out, err);
}

static bt_status fodt_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                            bt_error *err)
{
    (void)opt;
    return odt_write_flat(doc, out, err);
}

const bt_format bt_format_odt = {
    .size = sizeof(bt_format),
    .name = "odt",
    .aliases = "opendocument",
    .description = "OpenDocument Text (LibreOffice, Word): styles, captioned pictures",
    .extensions = "odt",
    .mime_type = ODT_MIME,
    .probe = odt_probe,
    .read = odt_read,
    .write = odt_write,
    .flags = BT_FORMAT_BINARY,
};

const bt_format bt_format_fodt = {
    .size = sizeof(bt_format),
    .name = "fodt",
    .aliases = "flat-odt",
    .description = "Flat OpenDocument Text: one XML file, pictures inline",
    .extensions = "fodt",
    .mime_type = ODT_FLAT_MIME,
    .probe = fodt_probe,
    .read = fodt_read,
    .write = fodt_write,
};
