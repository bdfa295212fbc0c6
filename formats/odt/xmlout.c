/* Writing the XML parts: libxml2's text writer into memory, every call's
 * result checked, and text and attributes without what XML may not carry
 * (bt_xml_forbidden). */
#include <stdarg.h>
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

int odt_binds(const xmlChar *prefix, const xmlChar *href)
{
    for (size_t i = 0; i < sizeof(namespaces) / sizeof(namespaces[0]); i++)
        if (!strcmp((const char *)prefix, namespaces[i][0]))
            return !strcmp((const char *)href, namespaces[i][1]);
    return 0;
}

static void check(odt_xml *x, int rc)
{
    if (rc < 0)
        x->failed = 1;
}

int odt_xml_open(odt_xml *x)
{
    x->w = NULL;
    x->failed = 0;
    if (!(x->buf = xmlBufferCreate()))
        return -1;
    /* libxml2's default grows the buffer by what each write needs, copying
     * it each time: quadratic in the part's size */
    xmlBufferSetAllocationScheme(x->buf, XML_BUFFER_ALLOC_DOUBLEIT);
    if (!(x->w = xmlNewTextWriterMemory(x->buf, 0)))
        return -1;
    check(x, xmlTextWriterStartDocument(x->w, NULL, "UTF-8", NULL));
    return 0;
}

bt_status odt_xml_finish(odt_xml *x, const char *what, bt_error *err)
{
    check(x, xmlTextWriterEndDocument(x->w));
    xmlFreeTextWriter(x->w); /* flushes into buf */
    x->w = NULL;
    if (x->failed)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory writing %s", what);
    return BT_OK;
}

void odt_xml_free(odt_xml *x)
{
    if (x->w)
        xmlFreeTextWriter(x->w);
    xmlBufferFree(x->buf);
    x->w = NULL;
    x->buf = NULL;
}

void odt_start(odt_xml *x, const char *element)
{
    check(x, xmlTextWriterStartElement(x->w, BAD_CAST element));
}

void odt_end(odt_xml *x) { check(x, xmlTextWriterEndElement(x->w)); }

void odt_empty(odt_xml *x, const char *element)
{
    odt_start(x, element);
    odt_end(x);
}

void odt_start_root(odt_xml *x, const char *name)
{
    odt_start(x, name);
    char attr[32];
    for (size_t i = 0; i < sizeof(namespaces) / sizeof(namespaces[0]); i++) {
        snprintf(attr, sizeof(attr), "xmlns:%s", namespaces[i][0]);
        odt_attr(x, attr, namespaces[i][1]);
    }
    odt_attr(x, "office:version", ODT_VERSION);
}

/* s[0..n) escaped, without what XML may not carry, in chunks of whole
 * UTF-8 sequences.  Escaped here, not by libxml2: its escaping drops the
 * text when out of memory and reports success. */
static void put(odt_xml *x, const char *s, size_t n, int in_attribute)
{
    char chunk[4096];
    size_t k = 0;
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        size_t bad = bt_xml_forbidden(p);
        const char *e = NULL;
        if (bad) {
            p += bad;
            continue;
        }
        switch (*p) {
        case '&': e = "&amp;"; break;
        case '<': e = "&lt;"; break;
        case '>': e = "&gt;"; break;
        case '"': e = in_attribute ? "&quot;" : NULL; break;
        case '\n': e = in_attribute ? "&#10;" : NULL; break;
        case '\t': e = in_attribute ? "&#9;" : NULL; break;
        default: break;
        }
        if (e) {
            memcpy(chunk + k, e, strlen(e));
            k += strlen(e);
        } else {
            chunk[k++] = (char)*p;
        }
        p++;
        if (k >= sizeof(chunk) - 16 && (p == end || (*p & 0xC0) != 0x80)) {
            chunk[k] = '\0';
            check(x, xmlTextWriterWriteRaw(x->w, BAD_CAST chunk));
            k = 0;
        }
    }
    if (k) {
        chunk[k] = '\0';
        check(x, xmlTextWriterWriteRaw(x->w, BAD_CAST chunk));
    }
}

void odt_run(odt_xml *x, const char *s, size_t n) { put(x, s, n, 0); }

void odt_text(odt_xml *x, const char *s) { put(x, s, strlen(s), 0); }

void odt_attr(odt_xml *x, const char *name, const char *value)
{
    check(x, xmlTextWriterStartAttribute(x->w, BAD_CAST name));
    put(x, value, strlen(value), 1);
    check(x, xmlTextWriterEndAttribute(x->w));
}

void odt_attrf(odt_xml *x, const char *name, const char *format, ...)
{
    char value[256];
    va_list ap;
    va_start(ap, format);
    vsnprintf(value, sizeof(value), format, ap);
    va_end(ap);
    odt_attr(x, name, value);
}

void odt_attr_cm(odt_xml *x, const char *name, int thousandths)
{
    odt_attrf(x, name, "%d.%03dcm", thousandths / 1000, thousandths % 1000);
}

void odt_base64(odt_xml *x, const void *data, size_t size)
{
    check(x, xmlTextWriterWriteBase64(x->w, data, 0, (int)size));
}
