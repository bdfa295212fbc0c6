/* office:meta both ways.  The article's date is the creation date (never
 * the conversion time); the section is dc:subject; several authors share
 * one dc:creator, separated by "; "; what ODF has no element for is a
 * meta:user-defined field. */
#include <string.h>
#include <strings.h>

#include "odt.h"

#define AUTHOR_SEPARATOR "; "

static const struct {
    bt_meta_key key;
    const char *name;
} user_defined[] = {
    {BT_META_PUBLISHER, "Publisher"},
    {BT_META_SOURCE_URL, "Source"},
    {BT_META_IDENTIFIER, "Identifier"},
    {BT_META_RIGHTS, "Rights"}, /* ODF meta has no dc:rights */
};

static void element(odt_xml *x, const char *name, const char *value)
{
    if (!value)
        return;
    odt_start(x, name);
    odt_text(x, value);
    odt_end(x);
}

void odt_write_meta(odt_xml *x, const bt_document *doc)
{
    element(x, "meta:generator", "bantin/" BT_VERSION_STRING);
    element(x, "dc:title", bt_document_meta(doc, BT_META_TITLE));
    element(x, "dc:description", bt_document_meta(doc, BT_META_DESCRIPTION));
    element(x, "dc:subject", bt_document_meta(doc, BT_META_SECTION));
    for (size_t i = 0; i < bt_document_meta_count(doc, BT_META_KEYWORD); i++)
        element(x, "meta:keyword", bt_document_meta_at(doc, BT_META_KEYWORD, i));
    size_t nauthors = bt_document_meta_count(doc, BT_META_AUTHOR);
    if (nauthors) {
        bt_buf b = BT_BUF_INIT;
        for (size_t i = 0; i < nauthors; i++) {
            if (i)
                bt_buf_puts(&b, AUTHOR_SEPARATOR);
            bt_buf_puts(&b, bt_document_meta_at(doc, BT_META_AUTHOR, i));
        }
        element(x, "meta:initial-creator", b.data);
        element(x, "dc:creator", b.data);
        bt_buf_free(&b);
    }
    element(x, "meta:creation-date", bt_document_meta(doc, BT_META_DATE));
    element(x, "dc:date", bt_document_meta(doc, BT_META_DATE));
    element(x, "dc:language", bt_document_meta(doc, BT_META_LANGUAGE));
    for (size_t i = 0; i < sizeof(user_defined) / sizeof(user_defined[0]); i++) {
        const char *v = bt_document_meta(doc, user_defined[i].key);
        if (!v)
            continue;
        odt_start(x, "meta:user-defined");
        odt_attr(x, "meta:name", user_defined[i].name);
        odt_text(x, v);
        odt_end(x);
    }
}

/* The trimmed text of an element, malloc'd; NULL when empty. */
static char *text_of(xmlNode *n)
{
    xmlChar *t = n ? xmlNodeGetContent(n) : NULL;
    if (!t)
        return NULL;
    char *s = (char *)t, *e = s + strlen(s);
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
        e--;
    char *copy = e > s ? strndup(s, (size_t)(e - s)) : NULL;
    xmlFree(t);
    return copy;
}

static bt_status add(odt_reader *r, bt_meta_key key, xmlNode *n)
{
    char *v = text_of(n);
    bt_status s = v ? bt_document_add_meta(r->doc, key, v) : BT_OK;
    free(v);
    return s;
}

static bt_status add_authors(odt_reader *r, xmlNode *n)
{
    char *v = text_of(n);
    bt_status s = BT_OK;
    for (char *p = v; p && s == BT_OK;) {
        char *sep = strstr(p, AUTHOR_SEPARATOR);
        if (sep)
            *sep = '\0';
        if (*p)
            s = bt_document_add_meta(r->doc, BT_META_AUTHOR, p);
        p = sep ? sep + strlen(AUTHOR_SEPARATOR) : NULL;
    }
    free(v);
    return s;
}

static bt_status add_user_defined(odt_reader *r, xmlNode *n)
{
    const char *name = bt_xml_attr(n, "name");
    for (size_t i = 0; name && i < sizeof(user_defined) / sizeof(user_defined[0]); i++)
        if (!strcasecmp(name, user_defined[i].name) &&
            !bt_document_meta(r->doc, user_defined[i].key))
            return add(r, user_defined[i].key, n);
    return BT_OK;
}

bt_status odt_read_meta(odt_reader *r, xmlNode *meta)
{
    /* the first author and the article's date: who made it and when, not
     * who last saved it */
    xmlNode *creator = bt_xml_child(meta, "initial-creator");
    xmlNode *date = bt_xml_child(meta, "creation-date");
    bt_status s = add_authors(r, creator ? creator : bt_xml_child(meta, "creator"));
    if (s == BT_OK)
        s = add(r, BT_META_DATE, date ? date : bt_xml_child(meta, "date"));
    for (xmlNode *n = meta ? meta->children : NULL; n && s == BT_OK; n = n->next) {
        if (bt_xml_is(n, "title") && !bt_document_meta(r->doc, BT_META_TITLE))
            s = add(r, BT_META_TITLE, n);
        else if (bt_xml_is(n, "description") && !bt_document_meta(r->doc, BT_META_DESCRIPTION))
            s = add(r, BT_META_DESCRIPTION, n);
        else if (bt_xml_is(n, "subject") && !bt_document_meta(r->doc, BT_META_SECTION))
            s = add(r, BT_META_SECTION, n);
        else if (bt_xml_is(n, "language") && !bt_document_meta(r->doc, BT_META_LANGUAGE))
            s = add(r, BT_META_LANGUAGE, n);
        else if (bt_xml_is(n, "keyword"))
            s = add(r, BT_META_KEYWORD, n);
        else if (bt_xml_is(n, "user-defined"))
            s = add_user_defined(r, n);
    }
    return s == BT_OK ? BT_OK : bt_error_set(r->err, BT_ERR_NOMEM, "out of memory");
}
