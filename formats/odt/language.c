/* Languages as ODF holds them: BCP 47 tags split into fo:language and
 * fo:country (style:language-asian/-complex for the scripts LibreOffice
 * keeps apart), a text style for each language a SPAN names, and the
 * quotation marks of a language. */
#include <ctype.h>
#include <string.h>

#include "odt.h"

/* The longest tag written: its style's name, "Lang_" + tag, stays whole in
 * the callers' 64 bytes. */
#define MAX_TAG 48

/* "en-US" -> en, US; "sr-Latn-RS" -> sr, Latn, RS.  0 for what fo:language
 * cannot hold; -1 for a tag with more (a variant: "de-DE-1996"), which
 * only style:rfc-language-tag holds whole. */
static int parse(const char *tag, char lang[4], char script[5], char country[4])
{
    int n = 0, whole = 1;
    script[0] = country[0] = '\0';
    if (strlen(tag) > MAX_TAG)
        return 0;
    for (const char *p = tag; *p; n++) {
        size_t len = strcspn(p, "-_");
        if (len == 0 || len > 8)
            return 0;
        for (size_t i = 0; i < len; i++)
            if (!isalnum((unsigned char)p[i]))
                return 0;
        if (n == 0 && (len < 2 || len > 3))
            return 0;
        if (n == 0) {
            size_t k = len == 2 ? 2 : 3;
            for (size_t i = 0; i < k; i++)
                lang[i] = (char)tolower((unsigned char)p[i]);
            lang[k] = '\0';
        } else if (len == 4 && !script[0] && !country[0]) {
            memcpy(script, p, 4);
            script[4] = '\0';
        } else if ((len == 2 || (len == 3 && isdigit((unsigned char)p[0]))) && !country[0]) {
            size_t k = len == 2 ? 2 : 3; /* len, as the compiler can see */
            for (size_t i = 0; i < k; i++)
                country[i] = (char)toupper((unsigned char)p[i]);
            country[k] = '\0';
        } else {
            whole = 0;
        }
        p += len + (p[len] != '\0');
    }
    return n == 0 ? 0 : whole ? 1 : -1;
}

int odt_language_valid(const char *tag)
{
    char lang[4], script[5], country[4];
    return tag && parse(tag, lang, script, country) != 0;
}

/* Which of LibreOffice's three language slots a language goes in. */
static const char *slot(const char *lang)
{
    static const char *const asian[] = {"zh", "ja", "ko"};
    static const char *const complex[] = {"ar", "he", "fa", "ur", "yi", "ps", "sd", "dv", "hi",
                                          "mr", "ne", "bn", "pa", "gu", "or", "ta", "te", "kn",
                                          "ml", "si", "th", "lo", "km", "my", "bo"};
    for (size_t i = 0; i < sizeof(asian) / sizeof(asian[0]); i++)
        if (!strcmp(lang, asian[i]))
            return "asian";
    for (size_t i = 0; i < sizeof(complex) / sizeof(complex[0]); i++)
        if (!strcmp(lang, complex[i]))
            return "complex";
    return NULL;
}

void odt_write_language(odt_xml *x, const char *tag, int slots)
{
    char lang[4], script[5], country[4];
    int whole = tag ? parse(tag, lang, script, country) : 0;
    if (!whole)
        return;
    if (!country[0] && !strcmp(lang, "vi")) /* "vi" alone is Vietnamese of Vietnam */
        strcpy(country, "VN");
    const char *s = slots ? slot(lang) : NULL;
    char name[32];
    snprintf(name, sizeof(name), s ? "style:language-%s" : "fo:language", s);
    odt_attr(x, name, lang);
    if (script[0] && !s)
        odt_attr(x, "fo:script", script);
    snprintf(name, sizeof(name), s ? "style:country-%s" : "fo:country", s);
    if (country[0])
        odt_attr(x, name, country);
    snprintf(name, sizeof(name), s ? "style:rfc-language-tag-%s" : "style:rfc-language-tag", s);
    if (whole < 0)
        odt_attr(x, name, tag);
}

void odt_language_style(const char *tag, char *name, size_t size)
{
    snprintf(name, size, "Lang_%s", tag);
}

typedef struct {
    odt_xml *x;
    xmlHashTablePtr seen;
} lang_walk;

static int declare(bt_node *n, int entering, void *user)
{
    lang_walk *lw = user;
    if (!entering || n->type != BT_NODE_SPAN || !odt_language_valid(n->attr) ||
        xmlHashAddEntry(lw->seen, BAD_CAST n->attr, lw) != 0)
        return 0;
    char name[64];
    odt_language_style(n->attr, name, sizeof(name));
    odt_start(lw->x, "style:style");
    odt_attr(lw->x, "style:name", name);
    odt_attr(lw->x, "style:family", "text");
    odt_start(lw->x, "style:text-properties");
    odt_write_language(lw->x, n->attr, 1);
    odt_end(lw->x);
    odt_end(lw->x);
    return 0;
}

void odt_write_language_styles(odt_xml *x, const bt_document *doc)
{
    lang_walk lw = {x, xmlHashCreate(16)};
    if (lw.seen)
        bt_node_walk(bt_document_body(doc), declare, &lw);
    else
        x->failed = 1;
    xmlHashFree(lw.seen, NULL);
}

int odt_same_language(const char *a, const char *b)
{
    char la[4], sa[5], ca[4], lb[4], sb[5], cb[4];
    if (!a || !b || !parse(a, la, sa, ca) || !parse(b, lb, sb, cb))
        return a == b || (a && b && !strcmp(a, b));
    /* "vi" and "vi-VN" are one language; "en-GB" and "en-US" are two */
    return !strcmp(la, lb) && (!ca[0] || !cb[0] || !strcmp(ca, cb));
}
