/* Footnotes in (X)HTML: which links are a footnote's mark and which element
 * holds the note they point at.  Questions about the DOM only;
 * src/xhtml_read.c makes the NOTE_REF and NOTE nodes.
 *
 * A reference says it is one (role="doc-noteref", epub:type="noteref"), or
 * points at an element that says it is a note: role doc-footnote or
 * doc-endnote, epub:type footnote, endnote or rearnote, or an <li> of a
 * list marked as footnotes (role doc-endnotes, epub:type endnotes or
 * footnotes, a class word footnotes or endnotes), as pandoc, markdown-it
 * and most blogs write them.  Only targets in the same document count. */
#include <stdlib.h>
#include <string.h>

#include "xhtml_read.h"

typedef struct {
    const char *id; /* xmlGetProp's */
    xmlNode *el;
} id_entry;

struct bt_xhtml_notes {
    id_entry *ids; /* every id of the document, sorted */
    size_t nids;
    xmlNode **refs; /* the references below the root, sorted by address */
    size_t nrefs;
    xmlNode **targets; /* the notes they point at, sorted by address, once each */
    size_t ntargets;
    size_t *slots; /* per target: what the caller keeps (0 at first) */
};

static const char ops_ns[] = "http://www.idpf.org/2007/ops";

/* The epub:type of an element: "epub:type" as an HTML parser names it, or
 * type in the OPS namespace as an XML parser does.  NULL when none. */
static const char *epub_type(const xmlNode *n)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        int html = !strcmp((const char *)a->name, "epub:type");
        int xml = !strcmp((const char *)a->name, "type") && a->ns && a->ns->href &&
                  !strcmp((const char *)a->ns->href, ops_ns);
        if ((html || xml) && a->children && a->children->type == XML_TEXT_NODE)
            return (const char *)a->children->content;
    }
    return NULL;
}

/* Whether the space-separated list s holds one of words. */
static int has_token(const char *s, const char *const *words)
{
    while (s && *s) {
        s += strspn(s, " \t\n\r");
        size_t len = strcspn(s, " \t\n\r");
        for (const char *const *w = words; *w; w++)
            if (len && len == strlen(*w) && !strncmp(s, *w, len))
                return 1;
        s += len;
    }
    return 0;
}

static int role_or_type(const xmlNode *n, const char *const *roles, const char *const *types)
{
    if (!n || n->type != XML_ELEMENT_NODE)
        return 0;
    xmlChar *role = xmlGetNoNsProp(n, (const xmlChar *)"role");
    int yes = role && has_token((const char *)role, roles);
    xmlFree(role);
    return yes || has_token(epub_type(n), types);
}

static int marked_ref(const xmlNode *a)
{
    static const char *const roles[] = {"doc-noteref", NULL};
    static const char *const types[] = {"noteref", NULL};
    return role_or_type(a, roles, types);
}

static int note_list(const xmlNode *n)
{
    static const char *const roles[] = {"doc-endnotes", NULL};
    static const char *const types[] = {"endnotes", "footnotes", "rearnotes", NULL};
    static const char *const classes[] = {"footnotes", "endnotes", NULL};
    return role_or_type(n, roles, types) || bt_xhtml_class_has(n, classes, 0);
}

/* Whether an element says it is a note, or is an item of a list of notes. */
static int note_element(const xmlNode *n)
{
    static const char *const roles[] = {"doc-footnote", "doc-endnote", NULL};
    static const char *const types[] = {"footnote", "endnote", "rearnote", NULL};
    if (role_or_type(n, roles, types))
        return 1;
    if (!bt_xhtml_is(n, "li"))
        return 0;
    /* the list, or the section around it */
    const xmlNode *a = n->parent;
    for (int up = 0; a && a->type == XML_ELEMENT_NODE && up < 3; up++, a = a->parent)
        if (note_list(a))
            return 1;
    return 0;
}

static int cmp_id(const void *a, const void *b)
{
    return strcmp(((const id_entry *)a)->id, ((const id_entry *)b)->id);
}

static int cmp_ptr(const void *a, const void *b)
{
    const xmlNode *x = *(xmlNode *const *)a, *y = *(xmlNode *const *)b;
    return x < y ? -1 : x > y;
}

static xmlNode *by_id(const bt_xhtml_notes *nt, const char *id)
{
    id_entry key = {id, NULL};
    id_entry *e = nt->nids ? bsearch(&key, nt->ids, nt->nids, sizeof(key), cmp_id) : NULL;
    return e ? e->el : NULL;
}

static int in_set(xmlNode *const *set, size_t n, const xmlNode *el)
{
    return n && bsearch(&el, set, n, sizeof(el), cmp_ptr) != NULL;
}

/* The element a same-document link points at ("#fn1"), or NULL; *fragment
 * says whether the link had one. */
static xmlNode *link_target(const bt_xhtml_notes *nt, const xmlNode *a, int *fragment)
{
    xmlChar *href = xmlGetNoNsProp(a, (const xmlChar *)"href");
    *fragment = href && href[0] == '#' && href[1];
    xmlNode *t = *fragment ? by_id(nt, (const char *)href + 1) : NULL;
    xmlFree(href);
    return t;
}

static int contains(const xmlNode *outer, const xmlNode *n)
{
    for (; n; n = n->parent)
        if (n == outer)
            return 1;
    return 0;
}

static int push(xmlNode ***v, size_t *n, size_t *cap, xmlNode *el)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 16;
        xmlNode **p = realloc(*v, c * sizeof(*p));
        if (!p)
            return 0;
        *v = p, *cap = c;
    }
    (*v)[(*n)++] = el;
    return 1;
}

static int index_ids(bt_xhtml_notes *nt, xmlNode *top)
{
    size_t cap = 0;
    for (xmlNode *k = top; k; k = bt_xhtml_next(k, top, 0)) {
        if (k->type != XML_ELEMENT_NODE)
            continue;
        xmlChar *id = xmlGetNoNsProp(k, (const xmlChar *)"id");
        if (!id)
            continue;
        if (nt->nids == cap) {
            cap = cap ? cap * 2 : 64;
            id_entry *p = realloc(nt->ids, cap * sizeof(*p));
            if (!p) {
                xmlFree(id);
                return 0;
            }
            nt->ids = p;
        }
        nt->ids[nt->nids++] = (id_entry){(const char *)id, k};
    }
    if (nt->nids)
        qsort(nt->ids, nt->nids, sizeof(*nt->ids), cmp_id);
    return 1;
}

/* Whether root holds a link to a fragment or a marked reference at all:
 * most pages have no notes, and then no id is indexed. */
static int has_fragment_link(xmlNode *root)
{
    for (xmlNode *k = root; k; k = bt_xhtml_next(k, root, 0))
        if (bt_xhtml_is(k, "a")) {
            xmlChar *href = xmlGetNoNsProp(k, (const xmlChar *)"href");
            int yes = (href && href[0] == '#' && href[1]) || marked_ref(k);
            xmlFree(href);
            if (yes)
                return 1;
        }
    return 0;
}

bt_xhtml_notes *bt_xhtml_notes_find(xmlNode *root, int *nomem)
{
    *nomem = 0;
    if (!has_fragment_link(root))
        return NULL;
    bt_xhtml_notes *nt = calloc(1, sizeof(*nt));
    xmlNode *top = root;
    while (top->parent && top->parent->type == XML_ELEMENT_NODE)
        top = top->parent;
    size_t rcap = 0, tcap = 0;
    int ok = nt && index_ids(nt, top);
    for (xmlNode *k = root; ok && k; k = bt_xhtml_next(k, root, bt_xhtml_skipped(k))) {
        if (!bt_xhtml_is(k, "a"))
            continue;
        int fragment, marked = marked_ref(k);
        xmlNode *t = link_target(nt, k, &fragment);
        if ((!marked && !note_element(t)) || (t && contains(t, k)))
            continue;
        ok = push(&nt->refs, &nt->nrefs, &rcap, k) &&
             (!t || push(&nt->targets, &nt->ntargets, &tcap, t));
    }
    if (ok && nt->nrefs) {
        qsort(nt->refs, nt->nrefs, sizeof(*nt->refs), cmp_ptr);
        if (nt->ntargets)
            qsort(nt->targets, nt->ntargets, sizeof(*nt->targets), cmp_ptr);
        /* each note once */
        size_t n = 0;
        for (size_t i = 0; i < nt->ntargets; i++)
            if (!n || nt->targets[n - 1] != nt->targets[i])
                nt->targets[n++] = nt->targets[i];
        nt->ntargets = n;
        nt->slots = calloc(n ? n : 1, sizeof(*nt->slots));
        ok = nt->slots != NULL;
    }
    if (!ok || !nt->nrefs) {
        *nomem = !ok;
        bt_xhtml_notes_free(nt);
        return NULL;
    }
    return nt;
}

void bt_xhtml_notes_free(bt_xhtml_notes *nt)
{
    if (!nt)
        return;
    for (size_t i = 0; i < nt->nids; i++)
        xmlFree((xmlChar *)nt->ids[i].id);
    free(nt->ids);
    free(nt->refs);
    free(nt->targets);
    free(nt->slots);
    free(nt);
}

/* Whether a reference of nt sits below el. */
static int holds_ref(const bt_xhtml_notes *nt, const xmlNode *el)
{
    for (size_t i = 0; i < nt->nrefs; i++)
        if (contains(el, nt->refs[i]))
            return 1;
    return 0;
}

int bt_xhtml_notes_keep(xmlNode *article, void (*moved)(xmlNode *from, void *user), void *user)
{
    int nomem;
    bt_xhtml_notes *nt = bt_xhtml_notes_find(article, &nomem);
    if (!nt)
        return nomem ? -1 : 0;
    xmlNode *top = article;
    while (top->parent && top->parent->type == XML_ELEMENT_NODE)
        top = top->parent;
    xmlNode *holder = xmlNewDocNode(top->doc, NULL, (const xmlChar *)"div", NULL);
    if (holder)
        xmlAddChild(top, holder);
    for (size_t i = 0; holder && i < nt->ntargets; i++) {
        xmlNode *t = nt->targets[i];
        if (!contains(article, t) || contains(holder, t))
            continue;
        /* with what holds it but no reference (the list of notes, its
         * section): what tells a note from another list goes along */
        while (t->parent && t->parent != article && t->parent->type == XML_ELEMENT_NODE &&
               !holds_ref(nt, t->parent))
            t = t->parent;
        xmlNode *from = t->parent;
        xmlUnlinkNode(t);
        xmlAddChild(holder, t);
        if (moved)
            moved(from, user);
    }
    bt_xhtml_notes_free(nt);
    return holder ? 0 : -1;
}

int bt_xhtml_note_ref(const bt_xhtml_notes *nt, xmlNode *el, xmlNode **a, xmlNode **note)
{
    *a = bt_xhtml_is(el, "sup") ? bt_xhtml_only_child(el) : el;
    if (!*a || !in_set(nt->refs, nt->nrefs, *a))
        return 0;
    int fragment;
    *note = link_target(nt, *a, &fragment);
    return 1;
}

int bt_xhtml_note_is_target(const bt_xhtml_notes *nt, const xmlNode *el)
{
    return el->type == XML_ELEMENT_NODE && in_set(nt->targets, nt->ntargets, el);
}

size_t *bt_xhtml_note_slot(bt_xhtml_notes *nt, const xmlNode *note)
{
    xmlNode **at =
        nt->ntargets ? bsearch(&note, nt->targets, nt->ntargets, sizeof(note), cmp_ptr) : NULL;
    return at ? &nt->slots[at - nt->targets] : NULL;
}

/* Whether the text is only arrows and marks that lead back: "↩", "↩︎", "↑", "^". */
static int arrows_only(const xmlNode *a)
{
    static const char *const arrows[] = {
        "\xE2\x86\xA9", "\xE2\x86\x91", "\xEF\xB8\x8E", "\xEF\xB8\x8F", "^", " ", "\n", "\t", NULL};
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(a, &b, 64);
    int only = b.len > 0 && !b.failed;
    for (size_t i = 0; only && i < b.len;) {
        size_t step = 0;
        for (const char *const *w = arrows; *w && !step; w++)
            if (!strncmp(b.data + i, *w, strlen(*w)))
                step = strlen(*w);
        only = step > 0;
        i += step;
    }
    bt_buf_free(&b);
    return only;
}

int bt_xhtml_note_backlink(const bt_xhtml_notes *nt, const xmlNode *a)
{
    static const char *const roles[] = {"doc-backlink", NULL};
    static const char *const types[] = {"backlink", NULL};
    if (!bt_xhtml_is(a, "a"))
        return 0;
    int fragment;
    xmlNode *t = link_target(nt, a, &fragment);
    if (!fragment)
        return 0;
    if (role_or_type(a, roles, types) || arrows_only(a))
        return 1;
    /* a link to a reference, or to the small element around one (<sup id="fnref1">) */
    int budget = 16;
    for (xmlNode *k = t; k && budget-- > 0; k = bt_xhtml_next(k, t, 0))
        if (in_set(nt->refs, nt->nrefs, k))
            return 1;
    return 0;
}
