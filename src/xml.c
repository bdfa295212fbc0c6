#include "xml.h"

#include <libxml/globals.h>
#include <libxml/hash.h>
#include <libxml/parser.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

#include "limit.h"

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

static int is_letter(char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

static int is_name_char(char c)
{
    return is_letter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
}

/* Where a tag's attributes end for libxml2: a NUL, '>' or "/>". */
static int tag_end(const char *s, const char *end)
{
    return s == end || !*s || *s == '>' || (*s == '/' && s + 1 < end && s[1] == '>');
}

/* The attributes of the start tag whose name is at *p, as htmlParseStartTag
 * takes them: a name of at most 100 bytes (a longer run is several), a value
 * after '=' (quoted up to its quote or a NUL, else up to a blank), anything
 * else skipped up to a blank.  *p is left at the tag's end. */
static size_t tag_attributes(const char **p, const char *end)
{
    const char *s = *p;
    size_t n = 0;
    while (s < end && is_name_char(*s))
        s++;
    while (!tag_end(s, end)) {
        if (is_letter(*s) || *s == '_' || *s == ':' || *s == '.') {
            const char *name = s;
            while (s < end && is_name_char(*s))
                s++;
            n += ((size_t)(s - name) + 99) / 100;
            while (s < end && is_blank(*s))
                s++;
            if (s < end && *s == '=') {
                for (s++; s < end && is_blank(*s); s++)
                    ;
                char q = s < end && (*s == '"' || *s == '\'') ? *s++ : 0;
                while (s < end && *s && (q ? *s != q : !is_blank(*s) && *s != '>'))
                    s++;
                if (q && s < end && *s == q)
                    s++;
            }
        } else {
            while (!tag_end(s, end) && !is_blank(*s))
                s++;
        }
        while (s < end && is_blank(*s))
            s++;
    }
    *p = s;
    return n;
}

/* What ends a comment, a CDATA section, a script and a style. */
static const char *const closes[] = {"-->", "]]>", "</script", "</style"};
enum { CLOSE_COMMENT, CLOSE_CDATA, CLOSE_SCRIPT, CLOSE_STYLE, CLOSES };

/* Past the first closes[k] (any case) from p, or p when there is none, as
 * libxml2 then reads on as markup; absent[k] remembers that there is none
 * further on, so that the scan stays linear. */
static const char *skip_to(const char *p, const char *end, int k, int *absent)
{
    size_t n = strlen(closes[k]);
    /* (their first byte is no letter: memchr finds where one may start, as
     * a page's scripts are long) */
    for (const char *s = p; !absent[k] && (size_t)(end - s) >= n; s++) {
        s = memchr(s, closes[k][0], (size_t)(end - s) - n + 1);
        if (!s)
            break;
        if (!strncasecmp(s, closes[k], n))
            return s + n;
    }
    absent[k] = 1;
    return p;
}

bt_status bt_markup_check_attributes(const char *data, size_t len, int html, const char *what,
                                     bt_error *err)
{
    int absent[CLOSES] = {0};
    const char *p = data, *end = data + len;
    while (p < end && (p = memchr(p, '<', (size_t)(end - p))) && ++p < end) {
        if (end - p >= 3 && !memcmp(p, "!--", 3)) {
            p = skip_to(p + 3, end, CLOSE_COMMENT, absent);
        } else if (!html && end - p >= 8 && !memcmp(p, "![CDATA[", 8)) {
            p = skip_to(p + 8, end, CLOSE_CDATA, absent);
        } else if (is_letter(*p)) {
            const char *name = p;
            size_t n = 0;
            while (name + n < end && is_name_char(name[n]))
                n++;
            if (tag_attributes(&p, end) > BT_MAX_ATTRIBUTES)
                return bt_error_set(err, BT_ERR_LIMIT,
                                    "%s: an element has more than %d attributes (the limit)", what,
                                    BT_MAX_ATTRIBUTES);
            /* script and style hold text up to their end tag, as with HTML_PARSE_RECOVER */
            if (html && p < end && *p == '>' && n == 6 && !strncasecmp(name, "script", 6))
                p = skip_to(p, end, CLOSE_SCRIPT, absent);
            else if (html && p < end && *p == '>' && n == 5 && !strncasecmp(name, "style", 5))
                p = skip_to(p, end, CLOSE_STYLE, absent);
        }
    }
    return BT_OK;
}

static xmlDocPtr parse(const char *data, size_t len, const char *what, int huge, bt_error *err)
{
    if (len > INT_MAX) {
        bt_error_set(err, BT_ERR_LIMIT, "%s is too large", what);
        return NULL;
    }
    if (bt_markup_check_attributes(data, len, 0, what, err) != BT_OK)
        return NULL;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        bt_error_set(err, BT_ERR_NOMEM, "out of memory");
        return NULL;
    }
    /* No NOENT (entities stay references), no DTDLOAD, no network: XXE and
     * billion laughs have nothing to expand; libxml2 bounds depth itself
     * unless XML_PARSE_HUGE, which only bt_xml_parse_deep sets. */
    int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA |
                  (huge ? XML_PARSE_HUGE : 0);
    /* NOERROR does not reach the validity checks of xml:id: silence them too */
    ctxt->vctxt.error = NULL;
    ctxt->vctxt.warning = NULL;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, data, (int)len, what, NULL, options);
    if (!doc || !ctxt->wellFormed) {
        const xmlError *e = xmlCtxtGetLastError(ctxt);
        if (e && e->message)
            bt_error_set(err, BT_ERR_FORMAT, "%s: broken XML at line %d: %.200s", what, e->line,
                         e->message);
        else
            bt_error_set(err, BT_ERR_FORMAT, "%s: broken XML", what);
        xmlFreeDoc(doc);
        doc = NULL;
    }
    /* Nothing a bantin format writes declares entities: a document that does
     * is an XXE or expansion-bomb attempt, refused rather than half-read. */
    if (doc && doc->intSubset && doc->intSubset->entities &&
        xmlHashSize(doc->intSubset->entities) > 0) {
        bt_error_set(err, BT_ERR_FORMAT, "%s: declares XML entities (refused: XXE or entity bomb)",
                     what);
        xmlFreeDoc(doc);
        doc = NULL;
    }
    xmlFreeParserCtxt(ctxt);
    return doc;
}

xmlDocPtr bt_xml_parse(const char *data, size_t len, const char *what, bt_error *err)
{
    return parse(data, len, what, 0, err);
}

/* Whether data holds an entity declaration (memmem is not C11). */
static int declares_entities(const char *data, size_t len)
{
    for (const char *p = data; (p = memchr(p, '<', len - (size_t)(p - data))) != NULL; p++)
        if (len - (size_t)(p - data) >= 8 && !memcmp(p, "<!ENTITY", 8))
            return 1;
    return 0;
}

xmlDocPtr bt_xml_parse_deep(const char *data, size_t len, const char *what, bt_error *err)
{
    /* XML_PARSE_HUGE also lifts libxml2's entity expansion checks: no
     * declaration gets that far */
    if (declares_entities(data, len)) {
        bt_error_set(err, BT_ERR_FORMAT, "%s: declares XML entities (refused: XXE or entity bomb)",
                     what);
        return NULL;
    }
    return parse(data, len, what, 1, err);
}

int bt_xml_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

const char *bt_xml_attr(const xmlNode *n, const char *name)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    for (const xmlAttr *a = n->properties; a; a = a->next)
        if (!strcmp((const char *)a->name, name))
            return a->children && a->children->type == XML_TEXT_NODE
                       ? (const char *)a->children->content
                       : "";
    return NULL;
}

xmlNode *bt_xml_child(const xmlNode *n, const char *name)
{
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (bt_xml_is(c, name))
            return c;
    return NULL;
}

static void ignore_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

#if LIBXML_VERSION >= 21200
static void ignore_structured(void *ctx, const xmlError *e)
#else
static void ignore_structured(void *ctx, xmlErrorPtr e)
#endif
{
    (void)ctx;
    (void)e;
}

void bt_xml_quiet(bt_xml_handlers *saved)
{
    saved->generic = xmlGenericError;
    saved->generic_ctx = xmlGenericErrorContext;
    saved->structured = xmlStructuredError;
    saved->structured_ctx = xmlStructuredErrorContext;
    xmlSetGenericErrorFunc(NULL, ignore_generic);
    xmlSetStructuredErrorFunc(NULL, ignore_structured);
}

void bt_xml_restore(const bt_xml_handlers *saved)
{
    xmlSetGenericErrorFunc(saved->generic_ctx, saved->generic);
    xmlSetStructuredErrorFunc(saved->structured_ctx, saved->structured);
}

size_t bt_xml_forbidden(const unsigned char *s)
{
    /* CR is allowed in XML, but HTML's parsers turn it into LF: it goes too */
    if (s[0] < 0x20)
        return s[0] == '\t' || s[0] == '\n' ? 0 : 1;
    if (s[0] == 0x7F)
        return 1;
    if (s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F)
        return 2;
    if (s[0] == 0xEF && s[1] == 0xB7 && s[2] >= 0x90 && s[2] <= 0xAF)
        return 3;
    if (s[0] == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
        return 3;
    return 0;
}
