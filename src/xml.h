/* Safe XML parsing shared by the formats that carry XML (EPUB, ODT):
 * no network, no DTD loading, no external entities, bounded depth. */
#ifndef BT_XML_H
#define BT_XML_H

#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "error.h"

/* Parse a well-formed XML document; what names it in errors ("content.xml").
 * The caller frees the result with xmlFreeDoc.  NULL after bt_error_set. */
xmlDocPtr bt_xml_parse(const char *data, size_t len, const char *what, bt_error *err);

/* As bt_xml_parse, with no depth limit in the parser, for a reader that
 * flattens what nests past BT_MAX_DEPTH itself (EPUB XHTML, ODT); any entity
 * declaration is refused before parsing. */
xmlDocPtr bt_xml_parse_deep(const char *data, size_t len, const char *what, bt_error *err);

/* Fail with BT_ERR_LIMIT when a start tag of the markup has more than
 * BT_MAX_ATTRIBUTES attributes, counted as libxml2's HTML parser reads them (a
 * superset of what its XML parser accepts), without parsing: a linear scan
 * that skips comments, and in html the text of script and style.  what names
 * the markup in the error. */
bt_status bt_markup_check_attributes(const char *data, size_t len, int html, const char *what,
                                     bt_error *err);

/* libxml2 prints some errors (a failing sink's "I/O error : write error")
 * through the calling thread's handlers; the library never prints.  A
 * conversion silences them for its thread, then gives the caller's back. */
typedef struct {
    xmlGenericErrorFunc generic;
    void *generic_ctx;
    xmlStructuredErrorFunc structured;
    void *structured_ctx;
} bt_xml_handlers;
void bt_xml_quiet(bt_xml_handlers *saved);
void bt_xml_restore(const bt_xml_handlers *saved);

/* The length of the character at s (valid UTF-8) that text in XML 1.0 may
 * not carry, which every XML writer leaves out: C0 controls but tab, LF and
 * CR, DEL and C1 controls (which HTML forbids too), noncharacters; 0 for a
 * character it may carry. */
size_t bt_xml_forbidden(const unsigned char *s);

/* The element's local name equals name (namespace prefix ignored). */
int bt_xml_is(const xmlNode *n, const char *name);
/* An attribute by local name, whatever its namespace; borrowed (NULL when absent). */
const char *bt_xml_attr(const xmlNode *n, const char *name);
/* The first child element with a local name, or NULL. */
xmlNode *bt_xml_child(const xmlNode *n, const char *name);

#endif
