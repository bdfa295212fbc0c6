#include "xml.h"

#include <libxml/hash.h>
#include <libxml/parser.h>
#include <limits.h>
#include <string.h>

static xmlDocPtr parse(const char *data, size_t len, const char *what, int huge, bt_error *err)
{
    if (len > INT_MAX) {
        bt_error_set(err, BT_ERR_LIMIT, "%s is too large", what);
        return NULL;
    }
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
