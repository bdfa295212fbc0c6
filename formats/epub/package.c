/* Reading the package: META-INF/container.xml names the package document
 * (OPF), whose metadata, manifest and spine say what the book is. */
#include <stdlib.h>
#include <string.h>

#include "epub.h"
#include "xhtml.h"
#include "xml.h"

int epub_has_token(const char *list, const char *word)
{
    size_t len = strlen(word);
    for (const char *p = list; p && *p;) {
        p += strspn(p, " \t\r\n");
        size_t n = strcspn(p, " \t\r\n");
        if (n == len && !strncmp(p, word, len))
            return 1;
        p += n;
    }
    return 0;
}

/* The package document's path, from META-INF/container.xml. */
static char *rootfile(bt_zip_reader *z, bt_error *err)
{
    static const char name[] = "META-INF/container.xml";
    if (!bt_zip_has(z, name)) {
        bt_error_set(err, BT_ERR_FORMAT, "not an EPUB: %s is missing", name);
        return NULL;
    }
    xmlDocPtr x = bt_zip_read_xml(z, name, err);
    if (!x)
        return NULL;
    /* the first rootfile that says it is a package document, else the first */
    const char *full = NULL;
    int exact = 0;
    xmlNode *root = xmlDocGetRootElement(x);
    xmlNode *files = bt_xml_is(root, "container") ? bt_xml_child(root, "rootfiles") : NULL;
    for (xmlNode *f = files ? files->children : NULL; f && !exact; f = f->next) {
        const char *type = bt_xml_attr(f, "media-type");
        int match = type && !strcmp(type, "application/oebps-package+xml");
        if (bt_xml_is(f, "rootfile") && (!full || match)) {
            full = bt_xml_attr(f, "full-path");
            exact = match;
        }
    }
    char *path = full ? epub_resolve(NULL, full) : NULL;
    if (!path)
        bt_error_set(err, BT_ERR_FORMAT, "%s names no package document", name);
    xmlFreeDoc(x);
    return path;
}

/* The dc: elements that map to one metadata key each. */
static const struct {
    const char *element;
    bt_meta_key key;
    int many;
} dc_keys[] = {
    {"title", BT_META_TITLE, 0},
    {"creator", BT_META_AUTHOR, 1},
    {"language", BT_META_LANGUAGE, 0},
    {"date", BT_META_DATE, 0},
    {"description", BT_META_DESCRIPTION, 0},
    {"subject", BT_META_KEYWORD, 1},
    {"publisher", BT_META_PUBLISHER, 0},
    {"rights", BT_META_RIGHTS, 0},
    {"source", BT_META_SOURCE_URL, 0},
};

/* Whether a dc: element is one the document should not take. */
static int skipped_dc(xmlNode *n, bt_meta_key key, const char *value)
{
    const char *role = bt_xml_attr(n, "role");
    const char *event = bt_xml_attr(n, "event");
    return (key == BT_META_AUTHOR && role && strcmp(role, "aut") != 0) ||
           (key == BT_META_DATE && event && !strcmp(event, "modification")) ||
           (key == BT_META_SOURCE_URL && strncmp(value, "http://", 7) != 0 &&
            strncmp(value, "https://", 8) != 0);
}

/* Add an element's text, when it has some, to a key. */
static void meta_text(bt_document *doc, xmlNode *n, bt_meta_key key)
{
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(n, &b, 0);
    if (b.data && *b.data)
        bt_document_add_meta(doc, key, b.data);
    bt_buf_free(&b);
}

/* Whether an EPUB 3 meta element, among n's siblings, refines n as a
 * subtitle. */
static int subtitle(const xmlNode *n)
{
    const char *id = bt_xml_attr(n, "id");
    for (const xmlNode *m = id ? n->parent->children : NULL; m; m = m->next) {
        const char *refines = bt_xml_attr(m, "refines");
        const char *property = bt_xml_attr(m, "property");
        if (bt_xml_is(m, "meta") && refines && refines[0] == '#' && !strcmp(refines + 1, id) &&
            property && !strcmp(property, "title-type") && m->children && m->children->content &&
            !strcmp((const char *)m->children->content, "subtitle"))
            return 1;
    }
    return 0;
}

/* A dc: element that is a key of its own: a title refined as a subtitle,
 * the subject bantin marks as the section (older books of ours have it as
 * belongs-to-collection); BT_META_COUNT_ when none. */
static bt_meta_key own_key(const xmlNode *n, const char *id)
{
    if (bt_xml_is(n, "title") && subtitle(n))
        return BT_META_SUBTITLE;
    if (bt_xml_is(n, "subject") && id && !strcmp(id, EPUB_SECTION_ID))
        return BT_META_SECTION;
    return BT_META_COUNT_;
}

static void dc_element(bt_document *doc, xmlNode *n, const char *uid)
{
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(n, &b, 0);
    const char *value = b.data;
    const char *id = bt_xml_attr(n, "id");
    bt_meta_key own = own_key(n, id);
    if (value && *value && own != BT_META_COUNT_) {
        if (!bt_document_meta(doc, own))
            bt_document_add_meta(doc, own, value);
    } else if (value && *value) {
        if (bt_xml_is(n, "identifier") &&
            (!bt_document_meta(doc, BT_META_IDENTIFIER) || (uid && id && !strcmp(id, uid))))
            bt_document_set_meta(doc, BT_META_IDENTIFIER, value);
        for (size_t i = 0; i < sizeof(dc_keys) / sizeof(dc_keys[0]); i++)
            if (bt_xml_is(n, dc_keys[i].element) && !skipped_dc(n, dc_keys[i].key, value) &&
                (dc_keys[i].many || !bt_document_meta(doc, dc_keys[i].key)))
                bt_document_add_meta(doc, dc_keys[i].key, value);
    }
    bt_buf_free(&b);
}

static void metadata(bt_document *doc, xmlNode *meta, const char *uid, const char **cover_id)
{
    for (xmlNode *n = meta ? meta->children : NULL; n; n = n->next) {
        if (bt_xml_is(n, "dc-metadata") || bt_xml_is(n, "x-metadata"))
            metadata(doc, n, uid, cover_id); /* OEB 1.2 wrappers, one level */
        else if (bt_xml_is(n, "meta") && bt_xml_attr(n, "name") &&
                 !strcmp(bt_xml_attr(n, "name"), "cover"))
            *cover_id = bt_xml_attr(n, "content");
        else if (bt_xml_is(n, "meta") && bt_xml_attr(n, "property") &&
                 !strcmp(bt_xml_attr(n, "property"), "belongs-to-collection") &&
                 !bt_document_meta(doc, BT_META_SECTION))
            meta_text(doc, n, BT_META_SECTION);
        else if (n->ns && n->ns->href &&
                 !strcmp((const char *)n->ns->href, "http://purl.org/dc/elements/1.1/"))
            dc_element(doc, n, uid);
    }
}

static bt_status manifest(epub_package *pkg, xmlNode *m, bt_error *err)
{
    size_t n = 0;
    for (xmlNode *c = m ? m->children : NULL; c; c = c->next)
        n += bt_xml_is(c, "item");
    pkg->items = calloc(n ? n : 1, sizeof(*pkg->items));
    pkg->by_path = xmlHashCreate((int)n + 1);
    if (!pkg->items || !pkg->by_path)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    for (xmlNode *c = m ? m->children : NULL; c; c = c->next) {
        if (!bt_xml_is(c, "item"))
            continue;
        epub_item *it = &pkg->items[pkg->nitems++];
        it->id = bt_xml_attr(c, "id");
        it->media_type = bt_xml_attr(c, "media-type");
        it->properties = bt_xml_attr(c, "properties");
        it->path = epub_resolve(pkg->opf_path, bt_xml_attr(c, "href"));
        if (it->path)
            xmlHashAddEntry(pkg->by_path, BAD_CAST it->path, it);
        if (epub_has_token(it->properties, "cover-image"))
            pkg->cover = it;
    }
    return BT_OK;
}

static const epub_item *item_by_id(const epub_package *pkg, const char *id)
{
    for (size_t i = 0; id && i < pkg->nitems; i++)
        if (pkg->items[i].id && !strcmp(pkg->items[i].id, id))
            return &pkg->items[i];
    return NULL;
}

/* Linear items in spine order, then the others (linear="no": notes, covers,
 * answers), which a reading system shows only when asked. */
static bt_status spine(epub_package *pkg, xmlNode *s, bt_error *err)
{
    size_t n = 0;
    for (xmlNode *c = s ? s->children : NULL; c; c = c->next)
        n += bt_xml_is(c, "itemref");
    pkg->spine = malloc((n ? n : 1) * sizeof(*pkg->spine));
    if (!pkg->spine)
        return bt_error_set(err, BT_ERR_NOMEM, "out of memory");
    for (int linear = 1; linear >= 0; linear--)
        for (xmlNode *c = s ? s->children : NULL; c; c = c->next) {
            if (!bt_xml_is(c, "itemref"))
                continue;
            const char *lin = bt_xml_attr(c, "linear");
            if ((lin && !strcmp(lin, "no")) == linear)
                continue;
            const char *idref = bt_xml_attr(c, "idref");
            const epub_item *it = item_by_id(pkg, idref);
            if (!it)
                return bt_error_set(err, BT_ERR_FORMAT,
                                    "spine item '%.100s' is not in the manifest",
                                    idref ? idref : "");
            pkg->spine[pkg->nspine++] = (size_t)(it - pkg->items);
        }
    return BT_OK;
}

bt_status epub_package_read(bt_zip_reader *z, bt_document *doc, epub_package *pkg, bt_error *err)
{
    memset(pkg, 0, sizeof(*pkg));
    pkg->opf_path = rootfile(z, err);
    if (!pkg->opf_path)
        return BT_FAILED;
    if (!bt_zip_has(z, pkg->opf_path))
        return bt_error_set(err, BT_ERR_FORMAT, "package document '%.200s' is missing",
                            pkg->opf_path);
    pkg->opf = bt_zip_read_xml(z, pkg->opf_path, err);
    if (!pkg->opf)
        return BT_FAILED;
    xmlNode *root = xmlDocGetRootElement(pkg->opf);
    if (!bt_xml_is(root, "package"))
        return bt_error_set(err, BT_ERR_FORMAT, "'%.200s' is not an OPF package document",
                            pkg->opf_path);
    const char *cover_id = NULL;
    metadata(doc, bt_xml_child(root, "metadata"), bt_xml_attr(root, "unique-identifier"),
             &cover_id);
    if (manifest(pkg, bt_xml_child(root, "manifest"), err) != BT_OK ||
        spine(pkg, bt_xml_child(root, "spine"), err) != BT_OK)
        return BT_FAILED;
    if (!pkg->cover)
        pkg->cover = item_by_id(pkg, cover_id);
    return BT_OK;
}

void epub_package_free(epub_package *pkg)
{
    for (size_t i = 0; i < pkg->nitems; i++)
        free(pkg->items[i].path);
    free(pkg->items);
    xmlHashFree(pkg->by_path, NULL);
    free(pkg->spine);
    free(pkg->opf_path);
    xmlFreeDoc(pkg->opf);
}

const epub_item *epub_item_at(const epub_package *pkg, const char *path)
{
    return pkg->by_path && path ? xmlHashLookup(pkg->by_path, BAD_CAST path) : NULL;
}
