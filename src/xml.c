#include "xml.h"

#include <libxml/hash.h>
#include <libxml/parser.h>
#include <limits.h>
#include <string.h>

xmlDocPtr bt_xml_parse(const char *data, size_t len, const char *what, bt_error *err)
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
     * unless XML_PARSE_HUGE, which we never set. */
    int options = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA;
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
