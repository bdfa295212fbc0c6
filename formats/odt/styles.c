/* The named styles a print-preparation user restyles in one place: the
 * LibreOffice names (Heading 1-6, Text body, Quotations, Caption,
 * Illustration/Figure/Table, Footnote...) plus the article's own (Lead,
 * Byline, Dateline, Article Dateline, Photo Credit and its label), the
 * fonts, the A4 page with its page number in the footer.  Set for print:
 * no paragraph leaves one line alone at a page's top or bottom, headings
 * and table captions keep with what follows, links print as text.  With a
 * reference document, its parts come first and ours fill in what it
 * lacks. */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "odt.h"

void odt_props(odt_xml *x, const char *element, const char *list)
{
    if (!list)
        return;
    odt_start(x, element);
    char name[64], value[128];
    for (const char *p = list; *p;) {
        const char *eq = strchr(p, '='), *end = strchr(p, ';');
        if (!end)
            end = p + strlen(p);
        snprintf(name, sizeof(name), "%.*s", (int)(eq - p), p);
        snprintf(value, sizeof(value), "%.*s", (int)(end - eq - 1), eq + 1);
        odt_attr(x, name, value);
        p = *end ? end + 1 : end;
    }
    odt_end(x);
}

typedef struct {
    const char *name, *display, *family, *parent, *next, *cls;
    int outline;
    const char *paragraph, *text;
} style_def;

/* no line of a paragraph alone at the top or the bottom of a page */
#define BODY_PARAGRAPH "fo:orphans=2;fo:widows=2;"
#define BODY_TEXT                                                                                  \
    "fo:hyphenate=true;fo:hyphenation-remain-char-count=2;"                                        \
    "fo:hyphenation-push-char-count=2"
#define HEADING_TEXT(size) "fo:font-size=" size ";fo:font-weight=bold"

static const style_def paragraph_styles[] = {
    {"Standard", NULL, "paragraph", NULL, NULL, "text", 0, NULL, NULL},
    {"Heading", NULL, "paragraph", "Standard", "Text_20_body", "text", 0,
     "fo:margin-top=0.423cm;fo:margin-bottom=0.212cm;fo:keep-with-next=always",
     "style:font-name=Liberation Sans;fo:font-size=14pt"},
    {"Text_20_body", "Text body", "paragraph", "Standard", NULL, "text", 0,
     BODY_PARAGRAPH "fo:margin-top=0cm;fo:margin-bottom=0.247cm;fo:line-height=115%;"
                    "fo:text-align=justify",
     BODY_TEXT},
    {"Title", NULL, "paragraph", "Heading", "Subtitle", "chapter", 0, "fo:text-align=center",
     "fo:font-size=28pt;fo:font-weight=bold"},
    {"Subtitle", NULL, "paragraph", "Heading", "Text_20_body", "chapter", 0,
     "fo:margin-top=0.106cm;fo:text-align=center", "fo:font-size=18pt"},
    {"Dateline", NULL, "paragraph", "Subtitle", "Text_20_body", "chapter", 0, NULL,
     "fo:font-size=11pt;fo:font-style=italic"},
    {"Lead", NULL, "paragraph", "Text_20_body", "Text_20_body", "text", 0, NULL,
     "fo:font-weight=bold"},
    {"Byline", NULL, "paragraph", "Text_20_body", NULL, "text", 0, "fo:text-align=end",
     "fo:font-weight=bold"},
    {"Article_20_Dateline", "Article Dateline", "paragraph", "Text_20_body", "Text_20_body", "text",
     0, NULL, "fo:font-size=10pt;fo:font-style=italic"},
    {"Heading_20_1", "Heading 1", "paragraph", "Heading", "Text_20_body", "text", 1, NULL,
     HEADING_TEXT("130%")},
    {"Heading_20_2", "Heading 2", "paragraph", "Heading", "Text_20_body", "text", 2, NULL,
     HEADING_TEXT("115%")},
    {"Heading_20_3", "Heading 3", "paragraph", "Heading", "Text_20_body", "text", 3, NULL,
     HEADING_TEXT("101%")},
    {"Heading_20_4", "Heading 4", "paragraph", "Heading", "Text_20_body", "text", 4, NULL,
     HEADING_TEXT("95%")},
    {"Heading_20_5", "Heading 5", "paragraph", "Heading", "Text_20_body", "text", 5, NULL,
     HEADING_TEXT("85%")},
    {"Heading_20_6", "Heading 6", "paragraph", "Heading", "Text_20_body", "text", 6, NULL,
     HEADING_TEXT("85%")},
    {"List", NULL, "paragraph", "Text_20_body", NULL, "list", 0, NULL, NULL},
    {"Quotations", NULL, "paragraph", "Standard", NULL, "html", 0,
     BODY_PARAGRAPH "fo:margin-left=1cm;fo:margin-right=1cm;fo:margin-top=0cm;"
                    "fo:margin-bottom=0.283cm",
     BODY_TEXT},
    {"Preformatted_20_Text", "Preformatted Text", "paragraph", "Standard", NULL, "html", 0,
     "fo:margin-top=0cm;fo:margin-bottom=0cm", "style:font-name=Liberation Mono;fo:font-size=10pt"},
    {"Caption", NULL, "paragraph", "Standard", NULL, "extra", 0,
     "fo:margin-top=0.212cm;fo:margin-bottom=0.212cm", "fo:font-size=10pt;fo:font-style=italic"},
    {"Figure", NULL, "paragraph", "Caption", NULL, "extra", 0, NULL, NULL},
    {"Illustration", NULL, "paragraph", "Caption", NULL, "extra", 0, NULL, NULL},
    {"Table", NULL, "paragraph", "Caption", NULL, "extra", 0, "fo:keep-with-next=always", NULL},
    {"Footnote", NULL, "paragraph", "Standard", NULL, "extra", 0,
     "fo:margin-left=0.599cm;fo:margin-right=0cm;fo:text-indent=-0.599cm", "fo:font-size=10pt"},
    {"Table_20_Contents", "Table Contents", "paragraph", "Standard", NULL, "extra", 0, NULL, NULL},
    {"Table_20_Heading", "Table Heading", "paragraph", "Table_20_Contents", NULL, "extra", 0,
     "fo:text-align=center", "fo:font-weight=bold"},
    {"Horizontal_20_Line", "Horizontal Line", "paragraph", "Standard", "Text_20_body", "html", 0,
     "fo:margin-top=0cm;fo:margin-bottom=0.5cm;fo:padding=0cm;"
     "fo:border-bottom=0.06pt solid #808080",
     "fo:font-size=6pt"},
    {"Emphasis", NULL, "text", NULL, NULL, NULL, 0, NULL, "fo:font-style=italic"},
    {"Strong_20_Emphasis", "Strong Emphasis", "text", NULL, NULL, NULL, 0, NULL,
     "fo:font-weight=bold"},
    {"Source_20_Text", "Source Text", "text", NULL, NULL, NULL, 0, NULL,
     "style:font-name=Liberation Mono"},
    {"Footer", NULL, "paragraph", "Standard", NULL, "extra", 0, "fo:text-align=center",
     "fo:font-size=10pt"},
    /* on paper a link is its text: the text's colour, no underline */
    {"Internet_20_link", "Internet link", "text", NULL, NULL, NULL, 0, NULL,
     "style:text-underline-style=none"},
    {"Visited_20_Internet_20_Link", "Visited Internet Link", "text", NULL, NULL, NULL, 0, NULL,
     "style:text-underline-style=none"},
    {"Photo_20_Credit", "Photo Credit", "text", NULL, NULL, NULL, 0, NULL,
     "fo:font-size=9pt;fo:font-style=normal"},
    {"Photo_20_Credit_20_Label", "Photo Credit Label", "text", "Photo_20_Credit", NULL, NULL, 0,
     NULL, NULL},
    {"Frame", NULL, "graphic", NULL, NULL, NULL, 0, NULL, NULL},
    {"Graphics", NULL, "graphic", NULL, NULL, NULL, 0, NULL, NULL},
};

/* An attribute when it has a value. */
static void set(odt_xml *x, const char *name, const char *value)
{
    if (value)
        odt_attr(x, name, value);
}

static void write_style(odt_xml *x, const style_def *s)
{
    odt_start(x, "style:style");
    set(x, "style:name", s->name);
    set(x, "style:display-name", s->display);
    set(x, "style:family", s->family);
    set(x, "style:parent-style-name", s->parent);
    set(x, "style:next-style-name", s->next);
    if (s->outline)
        odt_attrf(x, "style:default-outline-level", "%d", s->outline);
    set(x, "style:class", s->cls);
    odt_props(x, "style:paragraph-properties", s->paragraph);
    odt_props(x, "style:text-properties", s->text);
    odt_end(x);
}

void odt_write_font_faces(odt_xml *x, const odt_reference *ref)
{
    static const char *const faces[][3] = {
        {"Liberation Mono", "modern", "fixed"},
        {"Liberation Sans", "swiss", "variable"},
        {"Liberation Serif", "roman", "variable"},
    };
    odt_start(x, "office:font-face-decls");
    odt_reference_copy(x, ref, "font-face-decls", 0, NULL);
    for (size_t i = 0; i < sizeof(faces) / sizeof(faces[0]); i++) {
        if (odt_reference_defines(ref, "font-face-decls", "font-face", NULL, faces[i][0]))
            continue;
        odt_start(x, "style:font-face");
        set(x, "style:name", faces[i][0]);
        odt_attrf(x, "svg:font-family", "'%s'", faces[i][0]);
        set(x, "style:font-family-generic", faces[i][1]);
        set(x, "style:font-pitch", faces[i][2]);
        odt_end(x);
    }
    odt_end(x);
}

static void default_styles(odt_xml *x, const char *language, const odt_reference *ref)
{
    if (!odt_reference_defines(ref, "styles", "default-style", "paragraph", NULL)) {
        odt_start(x, "style:default-style");
        set(x, "style:family", "paragraph");
        odt_props(x, "style:paragraph-properties",
                  "fo:hyphenation-ladder-count=no-limit;style:writing-mode=page;"
                  "style:tab-stop-distance=1.25cm");
        odt_start(x, "style:text-properties");
        set(x, "style:font-name", "Liberation Serif");
        set(x, "fo:font-size", "12pt");
        odt_write_language(x, language, 0);
        set(x, "fo:hyphenate", "false");
        odt_end(x);
        odt_end(x);
    }
    if (!odt_reference_defines(ref, "styles", "default-style", "table", NULL)) {
        odt_start(x, "style:default-style");
        set(x, "style:family", "table");
        odt_props(x, "style:table-properties", "table:border-model=collapsing");
        odt_end(x);
    }
}

/* One list style: bullets, or arabic numbers followed by a dot. */
static void list_style(odt_xml *x, const char *name, const char *display, int numbered)
{
    odt_start(x, "text:list-style");
    set(x, "style:name", name);
    set(x, "style:display-name", display);
    for (int level = 1; level <= 10; level++) {
        odt_start(x, numbered ? "text:list-level-style-number" : "text:list-level-style-bullet");
        odt_attrf(x, "text:level", "%d", level);
        if (numbered) {
            set(x, "style:num-suffix", ".");
            set(x, "style:num-format", "1");
        } else {
            set(x, "text:bullet-char", level % 2 ? "•" : "◦");
        }
        odt_start(x, "style:list-level-properties");
        set(x, "text:list-level-position-and-space-mode", "label-alignment");
        odt_start(x, "style:list-level-label-alignment");
        set(x, "text:label-followed-by", "listtab");
        odt_attr_cm(x, "text:list-tab-stop-position", 635 * level);
        set(x, "fo:text-indent", "-0.635cm");
        odt_attr_cm(x, "fo:margin-left", 635 * level);
        odt_end(x);
        odt_end(x);
        odt_end(x);
    }
    odt_end(x);
}

/* Headings unnumbered, but in the outline: the navigator and the table of
 * contents find them. */
static void outline_style(odt_xml *x)
{
    odt_start(x, "text:outline-style");
    set(x, "style:name", "Outline");
    for (int level = 1; level <= 10; level++) {
        odt_start(x, "text:outline-level-style");
        odt_attrf(x, "text:level", "%d", level);
        set(x, "style:num-format", "");
        odt_end(x);
    }
    odt_end(x);
}

static void named_styles(odt_xml *x, const char *language, const odt_reference *ref, int flat)
{
    static const char *const lists[][2] = {{"List_20_1", "List 1"},
                                           {"Numbering_20_123", "Numbering 123"}};
    odt_start(x, "office:styles");
    odt_reference_copy(x, ref, "styles", flat, language);
    default_styles(x, language, ref);
    for (size_t i = 0; i < sizeof(paragraph_styles) / sizeof(paragraph_styles[0]); i++) {
        const style_def *s = &paragraph_styles[i];
        if (!odt_reference_defines(ref, "styles", "style", s->family, s->name))
            write_style(x, s);
    }
    for (int i = 0; i < 2; i++)
        if (!odt_reference_defines(ref, "styles", "list-style", NULL, lists[i][0]))
            list_style(x, lists[i][0], lists[i][1], i);
    if (!odt_reference_defines(ref, "styles", "outline-style", NULL, NULL))
        outline_style(x);
    odt_end(x);
}

static const odt_page pages[] = {
    {"a4", "21cm", "29.7cm", ODT_TEXT_WIDTH},
    {"letter", "21.59cm", "27.94cm", 17590},
};

const odt_page *odt_page_of(const bt_options *opt, const char *format, bt_error *err)
{
    const char *name = bt_option(opt, format, "paper");
    for (size_t i = 0; i < sizeof(pages) / sizeof(pages[0]); i++)
        if (!name || !strcasecmp(name, pages[i].name))
            return &pages[i];
    bt_error_set(err, BT_ERR_USAGE, "%s:paper wants a4 or letter, not '%.40s'", format, name);
    return NULL;
}

/* The page, its page number centred in the footer. */
static void page_layout(odt_xml *x, const odt_page *page)
{
    odt_start(x, "style:page-layout");
    set(x, "style:name", "Mpm1");
    char props[400];
    snprintf(props, sizeof(props),
             "fo:page-width=%s;fo:page-height=%s;style:num-format=1;"
             "style:print-orientation=portrait;fo:margin-top=2cm;fo:margin-bottom=1.5cm;"
             "fo:margin-left=2cm;fo:margin-right=2cm;style:writing-mode=lr-tb",
             page->width, page->height);
    odt_props(x, "style:page-layout-properties", props);
    odt_start(x, "style:footer-style");
    odt_props(x, "style:header-footer-properties",
              "fo:min-height=0cm;fo:margin-top=0.5cm;style:dynamic-spacing=false");
    odt_end(x);
    odt_end(x);
}

static void master_page(odt_xml *x)
{
    odt_start(x, "style:master-page");
    set(x, "style:name", "Standard");
    set(x, "style:page-layout-name", "Mpm1");
    odt_start(x, "style:footer");
    odt_start(x, "text:p");
    set(x, "text:style-name", "Footer");
    odt_start(x, "text:page-number");
    set(x, "text:select-page", "current");
    odt_text(x, "1");
    odt_end(x);
    odt_end(x);
    odt_end(x);
    odt_end(x);
}

void odt_write_styles(odt_xml *x, const bt_document *doc, const odt_reference *ref,
                      const odt_page *page, int flat)
{
    /* the reference's page and footer, or ours: not a mix of both */
    int own_pages = !odt_reference_defines(ref, "master-styles", "master-page", NULL, NULL);
    odt_write_font_faces(x, ref);
    named_styles(x, bt_document_meta(doc, BT_META_LANGUAGE), ref, flat);
    odt_start(x, "office:automatic-styles");
    if (own_pages)
        page_layout(x, page);
    else
        odt_reference_copy(x, ref, "automatic-styles", flat, NULL);
    if (flat)
        odt_write_content_styles(x, doc);
    odt_end(x);
    odt_start(x, "office:master-styles");
    if (own_pages)
        master_page(x);
    else
        odt_reference_copy(x, ref, "master-styles", flat, NULL);
    odt_end(x);
}
