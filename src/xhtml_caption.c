/* Captions in CMS markup: which elements near an image say they are its
 * caption or credit, and the measures (words, italics, the end of a line)
 * that tell an unmarked caption from body text.  Questions about the DOM
 * only; src/xhtml_read.c decides where the answers go. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "credit.h"
#include "figlabel.h"
#include "unicode.h"
#include "xhtml_read.h"

/* (and the word in the languages of news sites: a French "legende", a
 * German "bildunterschrift", a Spanish "pie-de-foto", a Polish "podpis", a
 * Turkish "resimAltYazi") */
static const char *const caption_words[] = {
    "caption",
    "captions",
    "figcaption",
    "PCaption",
    "tplCaption",
    "imgcaption",
    "photocaption",
    /* (College Publisher's "div.mediacaption" under "div.mediacredit") */
    "mediacaption",
    "Image",
    "image_desc",
    "legend",
    /* (an American newsroom's word for it: "td.cutline" under the photo) */
    "cutline",
    "cutlines",
    "chu-thich",
    "chuthich",
    "chu-thich-anh",
    "chuthichanh",
    "expNoEdit",
    "captiontext",
    "caption-box",
    "legende",
    "legenda",
    "leyenda",
    "bildtext",
    /* (Hungarian, "képaláírás": Index's "div.cikk-kep-alairas" around
     * "p.kepalairas"; or "képfelirat", its "div.kep-felirat") */
    "kepalairas",
    "kep-alairas",
    "kep-felirat",
    "bildunterschrift",
    "didascalia",
    "pie",
    "pie-foto",
    "pie-de-foto",
    "piefoto",
    /* (Catalan's: Granollers's "field-peu-de-foto", "p.peu-foto") */
    "peu-foto",
    "peu-de-foto",
    "onderschrift",
    "bijschrift",
    "podpis",
    "popisek",
    "kuvateksti",
    "billedtekst",
    "bildetekst",
    "epigrafe",
    "resimaltyazi",
    "fotoaltyazi",
    "resimalti",
    /* (VnExpress's photo stories spell it so, "div.desc_cation") */
    "desc-cation",
    /* (UNIAN's "span.subscribe_photo_text") */
    "photo-text",
    /* (Chinese portals' one word: ifeng's "p.picIntro" under "p.detailPic",
     * People's Daily's "p.pictext") */
    "picIntro",
    "pictext",
    /* (the Taipei Times's "h2.imgtext" under its "div.imgbox") */
    "imgtext",
    NULL,
};
/* Alone these name an article's lead ("article-page-desc", "description")
 * or its metadata ("info"); with a picture word a picture's (img-desc,
 * image-description, pic_des, pic-info, WinFuture's pic_txt, the Times of
 * India's and Navbharat Times's img_cptn). */
static const char *const description_words[] = {"desc", "des",  "description", "info",
                                                "txt",  "cptn", NULL};
/* ... and as the one block of text in a picture's box with no link, the
 * picture's title is its caption (RIA Novosti's "div.media__title" under
 * the photo viewer); a card's title is a link or a heading. */
static const char *const title_words[] = {"title", "titulo", NULL};
/* (German "bild", tagesschau's "absatzbild" a picture between paragraphs;
 * Drupal 6's "imagefield", its "div.imagefield-description" the caption;
 * the Romance languages' and German's "foto", El Tiempo's
 * "div.articulo-foto-info > span.foto-titulo") */
static const char *const picture_words[] = {
    "image", "img",        "photo", "picture",     "pic",       "figure",
    "fig",   "anh",        "hinh",  "infographic", "photoview", "media",
    "bild",  "absatzbild", "slide", "imagefield",  "foto",      NULL};
/* (and a picture's source, abbreviated: WinFuture's "pic_src") */
static const char *const credit_words[] = {"credit", "credits", "copyright", "pic-src", "photo-src",
                                           "image-src", "img-source", "image-source",
                                           "photo-source",
                                           /* (in one word: "td.photocredit") */
                                           "photocredit", "imagecredit", "mediacredit",
                                           /* (Spanish and Italian: Emol's "div.credito_foto") */
                                           "credito", "creditos", NULL};
/* ... and a word that names the credit beside the caption, or both in one
 * box ("CarouselSlide-infoAttribution", "content-caption-and-attribution") */
static const char *const attribution_words[] = {"attribution", NULL};

/* Wrappers of one element each a caption may be in ("<div><div><p
 * class=desc>", as page builders wrap every block). */
#define CAPTION_WRAPPERS 3

/* Levels up from a title a video player's box may be. */
#define PLAYER_LEVELS 3

/* Whether el lies in a box a few levels up that holds a <video>. */
static int in_player(const xmlNode *el)
{
    const xmlNode *box = el->parent;
    for (int up = 0; box && box->type == XML_ELEMENT_NODE && up < PLAYER_LEVELS;
         up++, box = box->parent)
        if (bt_xhtml_find(box, "video"))
            return 1;
    return 0;
}

static int heading(const xmlNode *el)
{
    const char *n = (const char *)el->name;
    return (n[0] == 'h' || n[0] == 'H') && n[1] >= '1' && n[1] <= '6' && !n[2];
}

/* Whether camel-case name t (tl bytes) is a word of first and then one of
 * second, the box's word between them or not ("imgDesc", VietNamNet's
 * "ImageBoxDescription"). */
static int camel_pair(const char *t, size_t tl, const char *const *first, const char *const *second)
{
    for (const char *const *f = first; *f; f++) {
        size_t fl = strlen(*f);
        if (tl <= fl || strncasecmp(t, *f, fl) || !isupper((unsigned char)t[fl]))
            continue;
        size_t at =
            fl + (tl > fl + 3 && !strncmp(t + fl, "Box", 3) && isupper((unsigned char)t[fl + 3])
                      ? 3
                      : 0);
        for (const char *const *w = second; *w; w++)
            if (tl - at == strlen(*w) && !strncasecmp(t + at, *w, tl - at))
                return 1;
    }
    return 0;
}

/* Whether a class of el is a picture word and a description word in one
 * camel-case name, either way round ("mediaInfo", "imgDesc",
 * "photoDescription", "ImageBoxDescription", Novinky's "descPhoto"): as
 * "img-desc" is, though the class words end a match at a mark or at the
 * name's end only. */
static int camel_picture_description(const xmlNode *el)
{
    xmlChar *copy;
    const char *v = (const char *)bt_xhtml_attr_value(el, "class", &copy);
    int yes = 0;
    for (const char *t = v; t && *t && !yes;) {
        t += strspn(t, " \t\r\n");
        size_t tl = strcspn(t, " \t\r\n");
        yes = camel_pair(t, tl, picture_words, description_words) ||
              camel_pair(t, tl, description_words, picture_words);
        t += tl;
    }
    xmlFree(copy);
    return yes;
}

int bt_xhtml_caption_marked(const xmlNode *el)
{
    /* (or a Wix page's hook for its scripts, its classes hashed: "<span
     * data-hook=imageViewerCaption>") */
    static const char *const hooks[] = {"caption", NULL};
    if (bt_xhtml_is(el, "figcaption") || bt_xhtml_class_has(el, caption_words, 1) ||
        bt_xhtml_attr_holds(el, "data-hook", hooks, 0))
        return 1;
    int described = bt_xhtml_class_has(el, description_words, 1) || camel_picture_description(el);
    if (!described && !(bt_xhtml_class_has(el, title_words, 1) && !heading(el) &&
                        !bt_xhtml_is(el, "a") && !bt_xhtml_find(el, "a")))
        return 0;
    /* the picture word on the description or on the box it shares with the
     * picture (<div class="photo"><img><p class="desc">), through the
     * wrappers page builders put around each block */
    const xmlNode *box = el->parent, *in = el;
    for (int depth = 0; depth < CAPTION_WRAPPERS && box && box->parent &&
                        box->type == XML_ELEMENT_NODE && bt_xhtml_only_child(box) == in;
         depth++)
        in = box, box = box->parent;
    /* (a video player's title over it is no picture's caption: VOA's
     * "c-mmp__overlay--title" beside the <video>) */
    return (bt_xhtml_class_has(el, picture_words, 1) ||
            (described && camel_picture_description(el)) ||
            (box && box->type == XML_ELEMENT_NODE && bt_xhtml_class_has(box, picture_words, 1))) &&
           (described || !in_player(el));
}

int bt_xhtml_credit_marked(const xmlNode *el)
{
    return bt_xhtml_class_has(el, credit_words, 1) ||
           (bt_xhtml_class_has(el, attribution_words, 1) && !bt_xhtml_caption_marked(el));
}

int bt_xhtml_credit_named(const xmlNode *el)
{
    return (bt_xhtml_class_has(el, credit_words, 1) ||
            bt_xhtml_class_has(el, attribution_words, 1)) &&
           !bt_xhtml_class_has(el, caption_words, 1);
}

static int space(int ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f';
}

int bt_xhtml_visible_text(const xmlChar *p)
{
    for (; p && *p; p++) {
        if (*p == 0xC2 && p[1] == 0xA0)
            p++;
        else if (!space(*p))
            return 1;
    }
    return 0;
}

static int is_text(const xmlNode *n)
{
    return n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE;
}

size_t bt_xhtml_words(const xmlNode *n, size_t max)
{
    size_t words = 0;
    int in_word = 0, budget = 4096;
    for (const xmlNode *k = n; k && words < max;) {
        if (budget-- == 0)
            return max; /* as many nodes read as a caption never has */
        if (k != n && bt_xhtml_skipped(k)) {
            k = bt_xhtml_next(k, n, 1);
            continue;
        }
        if (is_text(k))
            for (const xmlChar *p = k->content; p && *p; p++) {
                /* (a no-break space's two bytes both: "<td>&nbsp;</td>" says
                 * nothing) */
                int nbsp = *p == 0xC2 && p[1] == 0xA0, blank = space(*p) || nbsp;
                words += !blank && !in_word;
                in_word = !blank;
                p += nbsp;
            }
        else if (k->type == XML_ELEMENT_NODE)
            in_word = 0; /* elements part words as the DOM text does (br, cells) */
        k = bt_xhtml_next(k, n, 0);
    }
    return words;
}

xmlNode *bt_xhtml_only_child(const xmlNode *el)
{
    xmlNode *only = NULL;
    for (xmlNode *k = el->children; k; k = k->next) {
        if (k->type == XML_ELEMENT_NODE && !bt_xhtml_skipped(k)) {
            if (only)
                return NULL;
            only = k;
        } else if (k->type == XML_TEXT_NODE && bt_xhtml_words(k, 1)) {
            return NULL;
        }
    }
    return only;
}

/* Whether an ancestor of text up to el (included) is named name. */
static int under(const xmlNode *text, const xmlNode *el, const char *name)
{
    for (const xmlNode *a = text->parent; a; a = a == el ? NULL : a->parent)
        if (bt_xhtml_is(a, name))
            return 1;
    return 0;
}

/* Whether markup up to el (included) sets text apart as editors of old
 * CMSs set a caption: an inline style's italic font ("<span style=
 * "font-style: italic">"), or a coloured <font> (Xinhua's "<font
 * color="navy">"). */
static int styled_apart(const xmlNode *text, const xmlNode *el)
{
    for (const xmlNode *a = text->parent; a; a = a == el ? NULL : a->parent) {
        if (a->type != XML_ELEMENT_NODE)
            continue;
        if (bt_xhtml_is(a, "font") && xmlHasProp(a, (const xmlChar *)"color"))
            return 1;
        xmlChar *style = xmlGetProp(a, (const xmlChar *)"style");
        int yes = style && bt_xhtml_style_says((const char *)style, "font-style:italic");
        xmlFree(style);
        if (yes)
            return 1;
    }
    return 0;
}

/* Whether el's text is a date or a time: a few words, one of them a year
 * or an hh:mm ("April 21, 2022", "14:05"), as small print often is. */
static int dateline(const xmlNode *el)
{
    if (bt_xhtml_words(el, 6) > 5)
        return 0;
    bt_buf b = BT_BUF_INIT;
    bt_xhtml_dom_text(el, &b, 64);
    int found = 0;
    for (size_t i = 0; i < b.len && !found; i++) {
        if (i && b.data[i - 1] >= '0' && b.data[i - 1] <= '9')
            continue;
        const char *d = b.data + i;
        size_t digits = strspn(d, "0123456789");
        int year = digits == 4 && (!strncmp(d, "19", 2) || !strncmp(d, "20", 2));
        int time = (digits == 1 || digits == 2) && d[digits] == ':' &&
                   strspn(d + digits + 1, "0123456789") == 2;
        found = year || time;
    }
    bt_buf_free(&b);
    return found;
}

/* Bytes of upright text a caption in italics may close with, its credit
 * ("<em>Caption.</em> Post Photo: Name"). */
#define UPRIGHT_CREDIT_BYTES 64

int bt_xhtml_italic(const xmlNode *el)
{
    int text = 0, linked = 0, small = 0;
    size_t upright = 0; /* (bytes of the credit closing it, once its label is seen) */
    int budget = 1024;
    for (const xmlNode *k = el; k && budget-- > 0;) {
        if (k != el && bt_xhtml_skipped(k)) {
            k = bt_xhtml_next(k, el, 1);
            continue;
        }
        if (bt_xhtml_is(k, "img"))
            return 0;
        if (is_text(k) && bt_xhtml_visible_text(k->content)) {
            int italic = under(k, el, "em") || under(k, el, "i") || styled_apart(k, el);
            size_t len = strlen((const char *)k->content);
            if (italic && upright)
                return 0;
            if (!italic && !under(k, el, "small")) {
                if (!text || (!upright && !bt_credit_named((const char *)k->content, len)) ||
                    (upright += len) > UPRIGHT_CREDIT_BYTES)
                    return 0;
                k = bt_xhtml_next(k, el, 0);
                continue;
            }
            small += !italic;
            text++;
            linked += under(k, el, "a");
        }
        k = bt_xhtml_next(k, el, 0);
    }
    /* an italic link after a picture is a "read more", not its caption */
    return budget > 0 && text && linked < text && !(small && dateline(el));
}

int bt_xhtml_icon(const xmlNode *img)
{
    static const char *const sides[] = {"width", "height", NULL};
    for (const char *const *a = sides; *a; a++) {
        xmlChar *v = xmlGetProp(img, (const xmlChar *)*a);
        int small = v && atoi((const char *)v) > 0 && atoi((const char *)v) < BT_XHTML_ICON_PX;
        xmlFree(v);
        if (small)
            return 1;
    }
    return 0;
}

/* Words a button's label beside its icon has at most ("Phóng to"). */
#define BUTTON_WORDS 3

/* Elements between a button's icon and its link at most. */
#define BUTTON_DEPTH 3

int bt_xhtml_button_icon(const xmlNode *img)
{
    static const char *const names[] = {"icon",   "ico_", "ico-",   "btn",
                                        "button", "zoom", "magnif", NULL};
    const xmlNode *a = img->parent;
    for (int depth = 0; a && depth < BUTTON_DEPTH && !bt_xhtml_is(a, "a"); depth++)
        a = a->parent;
    if (!a || !bt_xhtml_is(a, "a"))
        return 0;
    /* (or with the picture it opens and its longer label: Plone's "a >
     * img.newsImage + p > span > img[src=search_icon.png] + span 'Click to
     * view full-size image…'") */
    size_t words = bt_xhtml_words(a, BUTTON_WORDS + 1);
    const xmlNode *first = bt_xhtml_find(a, "img");
    if (!words || (words > BUTTON_WORDS && (first == img || !first)))
        return 0;
    return bt_xhtml_attr_holds(img, "src", names, 1);
}

/* A caption after its picture is shorter than this. */
#define FOLLOWING_CAPTION_WORDS 120

int bt_xhtml_caption_follows(const xmlNode *img)
{
    int budget = 256;
    const xmlNode *k = bt_xhtml_next(img, NULL, 1);
    while (k && budget-- > 0 && !bt_xhtml_is(k, "img") &&
           (bt_xhtml_skipped(k) || !is_text(k) || !bt_xhtml_visible_text(k->content)))
        k = bt_xhtml_next(k, NULL, bt_xhtml_skipped(k));
    if (!k || budget < 0 || !is_text(k))
        return 0;
    /* up to the box the text shares with img */
    for (const xmlNode *a = k->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent) {
        const xmlNode *up = img;
        while (up && up != a)
            up = up->parent;
        if (up)
            return 0;
        if (bt_xhtml_caption_marked(a) || bt_xhtml_credit_marked(a))
            return bt_xhtml_words(a, FOLLOWING_CAPTION_WORDS) < FOLLOWING_CAPTION_WORDS;
    }
    return 0;
}

/* Words a caption after a video has fewer than. */
#define MEDIA_CAPTION_WORDS 30

int bt_xhtml_media_caption_follows(const xmlNode *media)
{
    /* (up through the wrappers that show nothing else: the frame itself is
     * no element a reader shows) */
    const xmlNode *n = media;
    while (n->parent && n->parent->type == XML_ELEMENT_NODE && !bt_xhtml_words(n->parent, 1) &&
           !bt_xhtml_is(n->parent, "body"))
        n = n->parent;
    const xmlNode *k = n->next;
    while (k && (k->type != XML_ELEMENT_NODE || bt_xhtml_skipped(k)))
        k = k->next;
    if (!k || !(bt_xhtml_is(k, "p") || bt_xhtml_is(k, "div")) || !bt_xhtml_words(k, 1) ||
        bt_xhtml_words(k, MEDIA_CAPTION_WORDS) >= MEDIA_CAPTION_WORDS)
        return 0;
    /* (a caption's one paragraph is its text, "<div class=VideoCMS_Caption>
     * <p>"; two are the story's) */
    int paragraphs = 0;
    for (const xmlNode *d = k; d; d = bt_xhtml_next(d, k, 0))
        if (bt_xhtml_is(d, "img") || (bt_xhtml_is(d, "p") && d != k && paragraphs++))
            return 0;
    return bt_xhtml_caption_marked(k) || (!paragraphs && bt_xhtml_italic(k));
}

/* The words a chart's, a diagram's or a table's title opens with, numbered,
 * where print-minded CMSs set it above the picture ("Biểu đồ 1: ...",
 * "Figure 2. ..."), the first letter capital as titles write it. */
static const char *const chart_words[] = {
    "Biểu đồ", "Sơ đồ", "Đồ thị",    "Hình",      "Bảng",   "Figure",  "Fig.",
    "Chart",   "Graph", "Table",     "Abbildung", "Grafik", "Tabelle", "Figura",
    "Gráfico", "Tabla", "Graphique", "Tableau",   NULL,
};
/* A number such a title has, in digits ("2", "2.1"). */
#define CHART_NUMBER_BYTES 6

int bt_xhtml_chart_title(const xmlNode *el)
{
    bt_buf text = BT_BUF_INIT, nfc = BT_BUF_INIT;
    bt_xhtml_dom_text(el, &text, 64);
    int found = 0;
    if (text.len && bt_utf8_nfc(text.data, text.len, &nfc, NULL) == BT_OK && !nfc.failed) {
        const char *s = nfc.data;
        s += strspn(s, " ");
        for (const char *const *w = chart_words; *w && !found; w++) {
            size_t wl = strlen(*w);
            if (strncmp(s, *w, wl) || s[wl] != ' ')
                continue;
            const char *d = s + wl + 1;
            size_t digits = strspn(d, "0123456789.");
            /* (the number, then a colon, a full stop or a dash) */
            found = digits && digits <= CHART_NUMBER_BYTES && d[0] != '.' &&
                    (d[digits] == ':' || (d[digits - 1] == '.' && d[digits] == ' ') ||
                     !strncmp(d + digits, " -", 2) || !strncmp(d + digits, " –", 4));
        }
    }
    bt_buf_free(&text);
    bt_buf_free(&nfc);
    return found;
}

int bt_xhtml_line_ends(const xmlNode *el)
{
    for (const xmlNode *k = el->next; k; k = k->next) {
        if (bt_xhtml_is(k, "br"))
            return 1;
        if (is_text(k)
                ? bt_xhtml_visible_text(k->content)
                : k->type == XML_ELEMENT_NODE && !bt_xhtml_skipped(k) && bt_xhtml_words(k, 1))
            return 0;
    }
    return 1;
}

xmlNode *bt_xhtml_caption_label(xmlNode *figcaption)
{
    xmlNode *k = figcaption->children;
    while (k && k->type != XML_ELEMENT_NODE && (!is_text(k) || !bt_xhtml_visible_text(k->content)))
        k = k->next;
    if (!bt_xhtml_is(figcaption, "figcaption") || !k || !bt_xhtml_is(k, "span"))
        return NULL;
    xmlChar *class = xmlGetProp(k, (const xmlChar *)"class");
    int ours = class && !xmlStrcmp(class, (const xmlChar *)"caption-label");
    xmlFree(class);
    xmlChar *text = ours ? xmlNodeGetContent(k) : NULL;
    const char *s = (const char *)text;
    size_t len = s ? strlen(s) : 0;
    while (len && space(*s))
        s++, len--;
    while (len && space(s[len - 1]))
        len--;
    /* in NFC, as the words it is compared with: the page may be in NFD */
    bt_buf nfc = BT_BUF_INIT;
    int numbered = 0, found = 0;
    if (len && len < 64 && bt_utf8_nfc(s, len, &nfc, NULL) == BT_OK && !nfc.failed) {
        size_t label = bt_figure_label_at(nfc.data, nfc.len, 1, &numbered, NULL);
        found = label && numbered && label + 1 == nfc.len && nfc.data[label] == ':';
    }
    bt_buf_free(&nfc);
    xmlFree(text);
    return found ? k : NULL;
}

int bt_slide_counter(const char *t)
{
    static const char *const bys[] = {" of ", " / ", "/", " von ", " de ", " sur ", " trên ", NULL};
    /* (a word before it too: Reuters's "Item 1 of 2") */
    static const char *const items[] = {"item ", "image ", "photo ", "ảnh ", NULL};
    for (const char *const *i = items; *i; i++)
        if (!strncmp(t, *i, strlen(*i))) {
            t += strlen(*i);
            break;
        }
    size_t a = strspn(t, "0123456789");
    if (!a || a > 3)
        return 0;
    for (const char *const *b = bys; *b; b++) {
        /* (the digits after the word are read only when it is there: the
         * text may end before its length) */
        size_t bl = strlen(*b), c = strncmp(t + a, *b, bl) ? 0 : strspn(t + a + bl, "0123456789");
        if (c && c <= 3 && !t[a + bl + c])
            return 1;
    }
    return 0;
}

/* Bytes a slideshow's counter has at most ("12 trên 12"). */
#define SLIDE_COUNTER_BYTES 16

xmlNode *bt_xhtml_caption_counter(xmlNode *figcaption)
{
    xmlNode *k = figcaption->children;
    while (k && k->type != XML_ELEMENT_NODE && (!is_text(k) || !bt_xhtml_visible_text(k->content)))
        k = k->next;
    if (!k || k->type != XML_ELEMENT_NODE)
        return NULL;
    bt_buf t = BT_BUF_INIT;
    bt_xhtml_dom_text(k, &t, 4 * SLIDE_COUNTER_BYTES);
    const char *s = t.data ? t.data : "";
    size_t len = strlen(s);
    while (len && space(*s))
        s++, len--;
    while (len && space(s[len - 1]))
        len--;
    char low[SLIDE_COUNTER_BYTES + 1];
    int counter = len && len <= SLIDE_COUNTER_BYTES;
    for (size_t i = 0; counter && i < len; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    if (counter) {
        low[len] = 0;
        counter = bt_slide_counter(low);
    }
    bt_buf_free(&t);
    return counter ? k : NULL;
}

/* Characters an alt has at least to tell its caption by (scripts without
 * spaces write a caption as one "word"). */
#define ALT_CAPTION_CHARS 12

/* Whether match(alt, el's text, arg) holds, both in NFC: the page may be
 * in NFD, and the alt come from the model. */
static int alt_matches(const char *alt, const xmlNode *el,
                       int (*match)(const char *, const char *, int), int arg)
{
    bt_buf theirs = BT_BUF_INIT, a = BT_BUF_INIT, t = BT_BUF_INIT;
    bt_xhtml_dom_text(el, &theirs, 4096);
    int same = theirs.len && bt_utf8_nfc(alt, strlen(alt), &a, NULL) == BT_OK &&
               bt_utf8_nfc(theirs.data, theirs.len, &t, NULL) == BT_OK && !a.failed && !t.failed &&
               match(a.data, t.data, arg);
    bt_buf_free(&theirs);
    bt_buf_free(&a);
    bt_buf_free(&t);
    return same;
}

int bt_xhtml_says_alt(const char *alt, const xmlNode *el, int opens)
{
    return alt && bt_grapheme_count(alt, strlen(alt)) >= ALT_CAPTION_CHARS &&
           alt_matches(alt, el, bt_xhtml_same_words, opens);
}

/* Whether each word of alt (letters and digits, case aside) is a word of
 * text too, alt having least of them at least. */
static int alt_words_in(const char *alt, const char *text, int least)
{
    int words = 0;
    for (const char *a = alt; *a;) {
        while (*a && (unsigned char)*a < 0x80 && !isalnum((unsigned char)*a))
            a++;
        size_t len = 0;
        while (a[len] && ((unsigned char)a[len] >= 0x80 || isalnum((unsigned char)a[len])))
            len++;
        if (!len)
            break;
        int found = 0;
        for (const char *t = text; *t && !found; t++)
            found =
                !strncasecmp(t, a, len) &&
                (t == text || ((unsigned char)t[-1] < 0x80 && !isalnum((unsigned char)t[-1]))) &&
                ((unsigned char)t[len] < 0x80 && !isalnum((unsigned char)t[len]));
        if (!found)
            return 0;
        words++;
        a += len;
    }
    return words >= least;
}

int bt_xhtml_says_alt_words(const char *alt, const xmlNode *el, int least)
{
    return alt && alt_matches(alt, el, alt_words_in, least);
}

/* Wrappers of a picture looked through for its data-caption. */
#define DATA_CAPTION_WRAPPERS 3

int bt_xhtml_caption_declared_empty(const xmlNode *img)
{
    const xmlNode *n = img;
    for (int up = 0; n && n->type == XML_ELEMENT_NODE && up <= DATA_CAPTION_WRAPPERS;
         up++, n = n->parent) {
        xmlChar *v = xmlGetProp(n, (const xmlChar *)"data-caption");
        int empty = v && !bt_xhtml_visible_text(v);
        int said = v != NULL;
        xmlFree(v);
        if (said)
            return empty;
    }
    return 0;
}
