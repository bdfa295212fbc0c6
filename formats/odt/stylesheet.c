/* The styles a reader resolves: named styles from styles.xml, automatic
 * styles from content.xml, each looked up by (name, family) and followed
 * through style:parent-style-name. */
#include <libxml/hash.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "odt.h"

/* Parent chains longer than this are cycles or hostile. */
#define MAX_CHAIN 32

struct odt_styles {
    xmlHashTablePtr by_name; /* (name, family) -> style:style or text:list-style */
    xmlNode *default_paragraph;
};

odt_styles *odt_styles_new(void)
{
    odt_styles *st = calloc(1, sizeof(*st));
    if (st && !(st->by_name = xmlHashCreate(64))) {
        free(st);
        return NULL;
    }
    return st;
}

void odt_styles_free(odt_styles *st)
{
    if (!st)
        return;
    xmlHashFree(st->by_name, NULL);
    free(st);
}

void odt_styles_add(odt_styles *st, xmlNode *container)
{
    for (xmlNode *n = container ? container->children : NULL; n; n = n->next) {
        const char *name = bt_xml_attr(n, "name");
        if (bt_xml_is(n, "default-style")) {
            const char *family = bt_xml_attr(n, "family");
            if (family && !strcmp(family, "paragraph"))
                st->default_paragraph = n;
        } else if (name && bt_xml_is(n, "style")) {
            const char *family = bt_xml_attr(n, "family");
            xmlHashUpdateEntry2(st->by_name, BAD_CAST name, BAD_CAST(family ? family : ""), n,
                                NULL);
        } else if (name && bt_xml_is(n, "list-style")) {
            xmlHashUpdateEntry2(st->by_name, BAD_CAST name, BAD_CAST "list", n, NULL);
        }
    }
}

static xmlNode *find(const odt_styles *st, const char *family, const char *name)
{
    return name ? xmlHashLookup2(st->by_name, BAD_CAST name, BAD_CAST family) : NULL;
}

static xmlNode *parent_of(const odt_styles *st, const char *family, xmlNode *style)
{
    return find(st, family, bt_xml_attr(style, "parent-style-name"));
}

/* "Heading_20_1" is what XML writes for the display name "Heading 1". */
static int same_name(const char *encoded, const char *display, const char *want)
{
    if (encoded && !strcmp(encoded, want))
        return 1;
    if (!display)
        return 0;
    for (; *want; display++) {
        if (!strncmp(want, "_20_", 4)) {
            if (*display != ' ')
                return 0;
            want += 4;
        } else if (*display != *want++) {
            return 0;
        }
    }
    return *display == '\0';
}

int odt_style_inherits(const odt_styles *st, const char *family, const char *name,
                       const char *ancestor)
{
    if (name && !strcmp(name, ancestor))
        return 1;
    xmlNode *s = find(st, family, name);
    for (int i = 0; s && i < MAX_CHAIN; i++, s = parent_of(st, family, s)) {
        const char *parent = bt_xml_attr(s, "parent-style-name");
        /* a parent the document names but does not define counts too */
        if (same_name(bt_xml_attr(s, "name"), bt_xml_attr(s, "display-name"), ancestor) ||
            (parent && !strcmp(parent, ancestor)))
            return 1;
    }
    return 0;
}

/* The first value of an attribute along the chain of a style. */
static const char *inherited(const odt_styles *st, const char *family, const char *name,
                             const char *props, const char *attr)
{
    xmlNode *s = find(st, family, name);
    for (int i = 0; s && i < MAX_CHAIN; i++, s = parent_of(st, family, s)) {
        const char *v = props ? bt_xml_attr(bt_xml_child(s, props), attr) : bt_xml_attr(s, attr);
        if (v)
            return v;
    }
    return NULL;
}

/* "Heading_20_2" or "Heading 2": level 2; else 0. */
static int heading_name(const char *name)
{
    int level = 0;
    char end = 0;
    if (name && (sscanf(name, "Heading_20_%d%c", &level, &end) == 1 ||
                 sscanf(name, "Heading %d%c", &level, &end) == 1))
        return level > 0 ? level : 0;
    return 0;
}

int odt_style_outline_level(const odt_styles *st, const char *name)
{
    const char *v = inherited(st, "paragraph", name, NULL, "default-outline-level");
    if (v)
        return atoi(v) > 0 ? atoi(v) : 0;
    /* writers that name their heading styles but give them no level */
    int level = heading_name(name);
    xmlNode *s = find(st, "paragraph", name);
    for (int i = 0; !level && s && i < MAX_CHAIN; i++, s = parent_of(st, "paragraph", s))
        level = heading_name(bt_xml_attr(s, "name")) ? heading_name(bt_xml_attr(s, "name"))
                                                     : heading_name(bt_xml_attr(s, "display-name"));
    return level;
}

const char *odt_style_list(const odt_styles *st, const char *name)
{
    const char *v = inherited(st, "paragraph", name, NULL, "list-style-name");
    return v && *v ? v : NULL;
}

static int is_bold(const char *weight)
{
    return weight && (!strcmp(weight, "bold") || atoi(weight) >= 600);
}

static int is_italic(const char *style)
{
    return style && (!strcmp(style, "italic") || !strcmp(style, "oblique"));
}

/* A line under or through the text: any style but none. */
static int is_line(const char *style) { return style && *style && strcmp(style, "none"); }

/* "super 58%", "sub", "33% 58%", "-33%": raised or lowered. */
static unsigned position(const char *v)
{
    if (!v)
        return 0;
    if (!strncmp(v, "super", 5))
        return ODT_SUPER;
    if (!strncmp(v, "sub", 3))
        return ODT_SUB;
    int pct = atoi(v);
    return pct > 0 ? ODT_SUPER : pct < 0 ? ODT_SUB : 0;
}

unsigned odt_style_marks(const odt_styles *st, const char *name)
{
    const char *props = "text-properties";
    unsigned m = 0;
    /* a property set along the chain wins over the name of an ancestor */
    const char *weight = inherited(st, "text", name, props, "font-weight");
    const char *slant = inherited(st, "text", name, props, "font-style");
    if (weight ? is_bold(weight) : odt_style_inherits(st, "text", name, "Strong_20_Emphasis"))
        m |= ODT_BOLD;
    if (slant ? is_italic(slant) : odt_style_inherits(st, "text", name, "Emphasis"))
        m |= ODT_ITALIC;
    m |= position(inherited(st, "text", name, props, "text-position"));
    if (is_line(inherited(st, "text", name, props, "text-underline-style")))
        m |= ODT_UNDERLINE;
    if (is_line(inherited(st, "text", name, props, "text-line-through-style")))
        m |= ODT_STRIKE;
    if (odt_style_inherits(st, "text", name, "Source_20_Text") ||
        odt_style_inherits(st, "text", name, "Source_Text") ||
        odt_style_inherits(st, "text", name, "Teletype"))
        m |= ODT_CODE;
    return m;
}

int odt_list_ordered(const odt_styles *st, const char *list_style, int level, int *start)
{
    xmlNode *ls = find(st, "list", list_style);
    *start = 0;
    for (xmlNode *n = ls ? ls->children : NULL; n; n = n->next) {
        const char *lv = bt_xml_attr(n, "level");
        if (!lv || atoi(lv) != level)
            continue;
        if (!bt_xml_is(n, "list-level-style-number"))
            return 0;
        const char *format = bt_xml_attr(n, "num-format");
        const char *sv = bt_xml_attr(n, "start-value");
        *start = sv ? atoi(sv) : 0;
        return !format || *format; /* num-format="" shows no number */
    }
    return 0;
}

/* "vi" and "VN" as "vi-VN" in buf; NULL for no language. */
static const char *tag(const char *lang, const char *country, char *buf, size_t size)
{
    if (!lang || !*lang || !strcmp(lang, "zxx") || !strcmp(lang, "none"))
        return NULL;
    if (country && *country && strcmp(country, "none"))
        snprintf(buf, size, "%s-%s", lang, country);
    else
        snprintf(buf, size, "%s", lang);
    return buf;
}

const char *odt_styles_language(const odt_styles *st, char *buf, size_t size)
{
    xmlNode *props = bt_xml_child(st->default_paragraph, "text-properties");
    return tag(bt_xml_attr(props, "language"), bt_xml_attr(props, "country"), buf, size);
}

const char *odt_style_language(const odt_styles *st, const char *family, const char *name,
                               char *buf, size_t size)
{
    /* the Western slot first, then the Asian and complex ones LibreOffice
     * gives Chinese or Arabic */
    static const char *const slots[][3] = {
        {"language", "country", "rfc-language-tag"},
        {"language-asian", "country-asian", "rfc-language-tag-asian"},
        {"language-complex", "country-complex", "rfc-language-tag-complex"}};
    const char *props = "text-properties";
    for (size_t i = 0; i < sizeof(slots) / sizeof(slots[0]); i++) {
        const char *lang = inherited(st, family, name, props, slots[i][0]);
        const char *whole = inherited(st, family, name, props, slots[i][2]);
        if (whole && *whole) /* a tag fo:language and fo:country cannot hold */
            return tag(whole, NULL, buf, size);
        if (lang)
            return tag(lang, inherited(st, family, name, props, slots[i][1]), buf, size);
    }
    return NULL;
}
