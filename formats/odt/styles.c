/* The named styles a print-preparation user restyles in one place: the
 * LibreOffice names (Heading 1-6, Text body, Quotations, Caption,
 * Illustration/Figure/Table, Footnote...) plus the article's own (Lead,
 * Byline, Dateline, Article Dateline, Photo Credit and its label), the
 * fonts, the A4 page. */
#include <string.h>

#include "odt.h"

#define W(s) BAD_CAST(s)

/* Write "name=value;name=value" as attributes of one element. */
static void props(xmlTextWriterPtr w, const char *element, const char *list)
{
    if (!list)
        return;
    xmlTextWriterStartElement(w, W(element));
    char name[64], value[128];
    for (const char *p = list; *p;) {
        const char *eq = strchr(p, '='), *end = strchr(p, ';');
        if (!end)
            end = p + strlen(p);
        snprintf(name, sizeof(name), "%.*s", (int)(eq - p), p);
        snprintf(value, sizeof(value), "%.*s", (int)(end - eq - 1), eq + 1);
        xmlTextWriterWriteAttribute(w, W(name), W(value));
        p = *end ? end + 1 : end;
    }
    xmlTextWriterEndElement(w);
}

typedef struct {
    const char *name, *display, *family, *parent, *next, *cls;
    int outline;
    const char *paragraph, *text;
} style_def;

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
     "fo:margin-top=0cm;fo:margin-bottom=0.247cm;fo:line-height=115%;fo:text-align=justify",
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
     "fo:margin-left=1cm;fo:margin-right=1cm;fo:margin-top=0cm;fo:margin-bottom=0.283cm",
     BODY_TEXT},
    {"Preformatted_20_Text", "Preformatted Text", "paragraph", "Standard", NULL, "html", 0,
     "fo:margin-top=0cm;fo:margin-bottom=0cm", "style:font-name=Liberation Mono;fo:font-size=10pt"},
    {"Caption", NULL, "paragraph", "Standard", NULL, "extra", 0,
     "fo:margin-top=0.212cm;fo:margin-bottom=0.212cm", "fo:font-size=10pt;fo:font-style=italic"},
    {"Figure", NULL, "paragraph", "Caption", NULL, "extra", 0, NULL, NULL},
    {"Illustration", NULL, "paragraph", "Caption", NULL, "extra", 0, NULL, NULL},
    {"Table", NULL, "paragraph", "Caption", NULL, "extra", 0, NULL, NULL},
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
    {"Internet_20_link", "Internet link", "text", NULL, NULL, NULL, 0, NULL,
     "fo:color=#000080;style:text-underline-style=solid;style:text-underline-width=auto;"
     "style:text-underline-color=font-color"},
    {"Photo_20_Credit", "Photo Credit", "text", NULL, NULL, NULL, 0, NULL,
     "fo:font-size=9pt;fo:font-style=normal"},
    {"Photo_20_Credit_20_Label", "Photo Credit Label", "text", "Photo_20_Credit", NULL, NULL, 0,
     NULL, NULL},
    {"Frame", NULL, "graphic", NULL, NULL, NULL, 0, NULL, NULL},
    {"Graphics", NULL, "graphic", NULL, NULL, NULL, 0, NULL, NULL},
};

static void attr(xmlTextWriterPtr w, const char *name, const char *value)
{
    if (value)
        xmlTextWriterWriteAttribute(w, W(name), W(value));
}

static void write_style(xmlTextWriterPtr w, const style_def *s)
{
    xmlTextWriterStartElement(w, W("style:style"));
    attr(w, "style:name", s->name);
    attr(w, "style:display-name", s->display);
    attr(w, "style:family", s->family);
    attr(w, "style:parent-style-name", s->parent);
    attr(w, "style:next-style-name", s->next);
    if (s->outline)
        xmlTextWriterWriteFormatAttribute(w, W("style:default-outline-level"), "%d", s->outline);
    attr(w, "style:class", s->cls);
    props(w, "style:paragraph-properties", s->paragraph);
    props(w, "style:text-properties", s->text);
    xmlTextWriterEndElement(w);
}

void odt_write_font_faces(xmlTextWriterPtr w)
{
    static const char *const faces[][3] = {
        {"Liberation Mono", "modern", "fixed"},
        {"Liberation Sans", "swiss", "variable"},
        {"Liberation Serif", "roman", "variable"},
    };
    xmlTextWriterStartElement(w, W("office:font-face-decls"));
    for (size_t i = 0; i < sizeof(faces) / sizeof(faces[0]); i++) {
        xmlTextWriterStartElement(w, W("style:font-face"));
        attr(w, "style:name", faces[i][0]);
        xmlTextWriterWriteFormatAttribute(w, W("svg:font-family"), "'%s'", faces[i][0]);
        attr(w, "style:font-family-generic", faces[i][1]);
        attr(w, "style:font-pitch", faces[i][2]);
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndElement(w);
}

static void default_styles(xmlTextWriterPtr w, const char *language)
{
    xmlTextWriterStartElement(w, W("style:default-style"));
    attr(w, "style:family", "paragraph");
    props(w, "style:paragraph-properties",
          "fo:hyphenation-ladder-count=no-limit;style:writing-mode=page;"
          "style:tab-stop-distance=1.25cm");
    xmlTextWriterStartElement(w, W("style:text-properties"));
    attr(w, "style:font-name", "Liberation Serif");
    attr(w, "fo:font-size", "12pt");
    odt_write_language(w, language, 0);
    attr(w, "fo:hyphenate", "false");
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
    xmlTextWriterStartElement(w, W("style:default-style"));
    attr(w, "style:family", "table");
    props(w, "style:table-properties", "table:border-model=collapsing");
    xmlTextWriterEndElement(w);
}

/* One list style: bullets, or arabic numbers followed by a dot. */
static void list_style(xmlTextWriterPtr w, const char *name, const char *display, int numbered)
{
    xmlTextWriterStartElement(w, W("text:list-style"));
    attr(w, "style:name", name);
    attr(w, "style:display-name", display);
    for (int level = 1; level <= 10; level++) {
        xmlTextWriterStartElement(
            w, W(numbered ? "text:list-level-style-number" : "text:list-level-style-bullet"));
        xmlTextWriterWriteFormatAttribute(w, W("text:level"), "%d", level);
        if (numbered) {
            attr(w, "style:num-suffix", ".");
            attr(w, "style:num-format", "1");
        } else {
            attr(w, "text:bullet-char", level % 2 ? "•" : "◦");
        }
        xmlTextWriterStartElement(w, W("style:list-level-properties"));
        attr(w, "text:list-level-position-and-space-mode", "label-alignment");
        xmlTextWriterStartElement(w, W("style:list-level-label-alignment"));
        attr(w, "text:label-followed-by", "listtab");
        odt_write_cm(w, "text:list-tab-stop-position", 635 * level);
        attr(w, "fo:text-indent", "-0.635cm");
        odt_write_cm(w, "fo:margin-left", 635 * level);
        xmlTextWriterEndElement(w);
        xmlTextWriterEndElement(w);
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndElement(w);
}

/* Headings unnumbered, but in the outline: the navigator and the table of
 * contents find them. */
static void outline_style(xmlTextWriterPtr w)
{
    xmlTextWriterStartElement(w, W("text:outline-style"));
    attr(w, "style:name", "Outline");
    for (int level = 1; level <= 10; level++) {
        xmlTextWriterStartElement(w, W("text:outline-level-style"));
        xmlTextWriterWriteFormatAttribute(w, W("text:level"), "%d", level);
        attr(w, "style:num-format", "");
        xmlTextWriterEndElement(w);
    }
    xmlTextWriterEndElement(w);
}

void odt_write_named_styles(xmlTextWriterPtr w, const char *language)
{
    xmlTextWriterStartElement(w, W("office:styles"));
    default_styles(w, language);
    for (size_t i = 0; i < sizeof(paragraph_styles) / sizeof(paragraph_styles[0]); i++)
        write_style(w, &paragraph_styles[i]);
    list_style(w, "List_20_1", "List 1", 0);
    list_style(w, "Numbering_20_123", "Numbering 123", 1);
    outline_style(w);
    xmlTextWriterEndElement(w);
}

void odt_write_page_layout(xmlTextWriterPtr w)
{
    xmlTextWriterStartElement(w, W("style:page-layout"));
    attr(w, "style:name", "Mpm1");
    props(w, "style:page-layout-properties",
          "fo:page-width=21cm;fo:page-height=29.7cm;style:num-format=1;"
          "style:print-orientation=portrait;fo:margin-top=2cm;fo:margin-bottom=2cm;"
          "fo:margin-left=2cm;fo:margin-right=2cm;style:writing-mode=lr-tb");
    xmlTextWriterEndElement(w);
}

void odt_write_master_styles(xmlTextWriterPtr w)
{
    xmlTextWriterStartElement(w, W("office:master-styles"));
    xmlTextWriterStartElement(w, W("style:master-page"));
    attr(w, "style:name", "Standard");
    attr(w, "style:page-layout-name", "Mpm1");
    xmlTextWriterEndElement(w);
    xmlTextWriterEndElement(w);
}
