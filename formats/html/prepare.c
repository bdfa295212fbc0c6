/* The parsed page made ready for extraction: where libxml2's HTML 4 parser
 * builds another tree than a browser would, and paragraphs made of line
 * breaks. */
#include <ctype.h>
#include <limits.h>
#include <string.h>
#include <strings.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "buf.h"
#include "html.h"
#include "limit.h"
#include "unicode.h"
#include "xhtml.h"
#include "xhtml_read.h"

static int blank(const xmlNode *n)
{
    if (n->type != XML_TEXT_NODE)
        return 0;
    for (const xmlChar *p = n->content; p && *p; p++)
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r')
            return 0;
    return 1;
}

/* The next sibling that is not white space. */
static xmlNode *next_solid(xmlNode *n)
{
    for (n = n->next; n && blank(n); n = n->next)
        ;
    return n;
}

static int chain_after(xmlNode *br)
{
    xmlNode *next = next_solid(br);
    return next && bt_xhtml_is(next, "br");
}

/* Whether phrasing content from first up to (not including) end shows text. */
static int shows_text(const xmlNode *first, const xmlNode *end)
{
    for (const xmlNode *k = first; k && k != end; k = k->next)
        for (const xmlNode *d = k; d; d = bt_xhtml_next(d, k, bt_xhtml_skipped(d)))
            if (d->type == XML_TEXT_NODE && !blank(d))
                return 1;
    return 0;
}

/* The run of phrasing content before the first chain of <br> in its block
 * (from the block's start or the last block before it) into a <p> of its
 * own: the first paragraph, or a line of chrome before it ("Sponsored by"). */
static void wrap_run_before(xmlNode *br)
{
    /* (in a <span> or <font>, the chain only ends a line of a paragraph) */
    if (!br->parent || !bt_html_is_block(br->parent))
        return;
    xmlNode *first = br;
    while (first->prev &&
           !(first->prev->type == XML_ELEMENT_NODE && bt_html_is_block(first->prev)))
        first = first->prev;
    if (first == br || !shows_text(first, br))
        return;
    xmlNode *p = xmlNewDocNode(br->doc, NULL, (const xmlChar *)"p", NULL);
    if (!p)
        return;
    xmlAddPrevSibling(first, p);
    for (xmlNode *k = first; k != br;) {
        xmlNode *move = k;
        k = k->next;
        xmlUnlinkNode(move);
        xmlAddChild(p, move);
    }
}

/* Old CMSs and table layouts write "text<br><br>text" where a paragraph
 * element belongs.  Each run of text after two or more <br> becomes a <p>, as
 * Readability's _replaceBrs does, and so does the run before the first
 * chain, so that such paragraphs are scored, cleaned and converted like any
 * other.  Replace the chain of <br> starting at br with a <p> holding the
 * phrasing content after it, up to the next chain or block; returns the <p>. */
static xmlNode *split_at(xmlNode *br)
{
    wrap_run_before(br);
    xmlNode *next;
    while ((next = next_solid(br)) && bt_xhtml_is(next, "br")) {
        for (xmlNode *k = br->next; k != next;) {
            xmlNode *gone = k;
            k = k->next;
            xmlUnlinkNode(gone);
            xmlFreeNode(gone);
        }
        xmlUnlinkNode(next);
        xmlFreeNode(next);
    }
    xmlNode *p = xmlNewDocNode(br->doc, NULL, (const xmlChar *)"p", NULL);
    if (!p)
        return br;
    xmlReplaceNode(br, p);
    xmlFreeNode(br);
    for (xmlNode *k = p->next; k;) {
        if (bt_xhtml_is(k, "br") && chain_after(k))
            break;
        if (k->type == XML_ELEMENT_NODE && bt_html_is_block(k))
            break;
        xmlNode *move = k;
        k = k->next;
        xmlUnlinkNode(move);
        xmlAddChild(p, move);
    }
    /* a <p> cannot hold a <p>: its parent becomes a div */
    if (bt_xhtml_is(p->parent, "p"))
        xmlNodeSetName(p->parent, (const xmlChar *)"div");
    return p;
}

static int head_element(const xmlNode *n)
{
    static const char *const head[] = {"title",  "meta",     "link",     "base", "style",
                                       "script", "noscript", "template", NULL};
    for (const char *const *t = head; *t; t++)
        if (bt_xhtml_is(n, *t))
            return 1;
    return 0;
}

/* Content that libxml2 left in <head> (after an unknown element there, say):
 * from the first element that cannot be in a head on, it moves to the start of
 * the body, made when missing, as a browser's parser would put it. */
static xmlNode *body_of(xmlDoc *html)
{
    xmlNode *root = xmlDocGetRootElement(html), *head = NULL, *body = NULL;
    for (xmlNode *n = root; n; n = bt_xhtml_next(n, root, bt_xhtml_is(n, "head") || body))
        if (!body && bt_xhtml_is(n, "body"))
            body = n;
        else if (!head && bt_xhtml_is(n, "head"))
            head = n;
    if (!root || !head)
        return body ? body : root;
    xmlNode *k = head->children;
    while (k && (k->type != XML_ELEMENT_NODE || head_element(k)))
        k = k->next;
    if (!k)
        return body ? body : root;
    if (!body) {
        body = xmlNewDocNode(html, NULL, (const xmlChar *)"body", NULL);
        if (!body)
            return root;
        xmlAddNextSibling(head, body);
    }
    xmlNode *at = body->children;
    while (k) {
        xmlNode *move = k;
        k = k->next;
        xmlUnlinkNode(move);
        if (at)
            xmlAddPrevSibling(at, move);
        else
            xmlAddChild(body, move);
    }
    return body;
}

/* React's streamed Suspense content: <div hidden id="S:x"> holds what a
 * script moves to where <template id="P:x"> stands (a segment), or into the
 * boundary that <template id="B:x"> opens, in place of its fallback
 * ("Loading...") up to the boundary's closing <!--/$--> comment.  It is
 * moved there, or where none is found, shown where it is. */
#define MAX_STREAMED 256

static int streamed_id(const xmlChar *id, char kind)
{
    return id && id[0] == kind && id[1] == ':' && id[2] &&
           strspn((const char *)id + 2, "0123456789abcdef") == strlen((const char *)id + 2);
}

/* The boundary's closing comment after its template, at its level. */
static xmlNode *boundary_end(xmlNode *template)
{
    int depth = 0;
    for (xmlNode *k = template->next; k; k = k->next) {
        if (k->type != XML_COMMENT_NODE || !k->content)
            continue;
        const char *c = (const char *)k->content;
        if (!strcmp(c, "/$") && !depth--)
            return k;
        if (!strcmp(c, "$") || !strcmp(c, "$?") || !strcmp(c, "$!"))
            depth++;
    }
    return NULL;
}

static int within(const xmlNode *n, const xmlNode *ancestor)
{
    for (; n; n = n->parent)
        if (n == ancestor)
            return 1;
    return 0;
}

/* Frees n, forgetting the templates and contents of streams inside it. */
static void drop(xmlNode *n, xmlNode **found, size_t nfound)
{
    for (size_t i = 0; i < nfound; i++)
        if (found[i] && within(found[i], n))
            found[i] = NULL;
    xmlUnlinkNode(n);
    xmlFreeNode(n);
}

/* Stream s's children where its placeholder stands (found holds the
 * templates and the streams); 0 when it has none. */
static int move_streamed(xmlNode *s, xmlNode **found, size_t nfound)
{
    xmlChar *id = xmlGetProp(s, (const xmlChar *)"id");
    xmlNode *at = NULL, *from = NULL;
    for (size_t i = 0; i < nfound && !at; i++) {
        if (!found[i] || !bt_xhtml_is(found[i], "template"))
            continue;
        xmlChar *tid = xmlGetProp(found[i], (const xmlChar *)"id");
        if (!xmlStrcmp(tid + 1, id + 1)) {
            from = found[i];
            at = tid[0] == 'P' ? from : boundary_end(from);
        }
        xmlFree(tid);
    }
    xmlFree(id);
    if (!at || within(at, s))
        return 0;
    /* a boundary's template and fallback go */
    while (from != at) {
        xmlNode *next = from->next;
        drop(from, found, nfound);
        from = next;
    }
    for (xmlNode *k = s->children; k;) {
        xmlNode *next = k->next;
        xmlUnlinkNode(k);
        xmlAddPrevSibling(at, k);
        k = next;
    }
    /* a segment's placeholder is only itself */
    if (at->type == XML_ELEMENT_NODE)
        drop(at, found, nfound);
    return 1;
}

/* Whether k is a stream's template or its hidden content. */
static int streamed(const xmlNode *k)
{
    xmlChar *copy;
    const xmlChar *id = bt_xhtml_attr_value(k, "id", &copy);
    int yes = (bt_xhtml_is(k, "template") && (streamed_id(id, 'B') || streamed_id(id, 'P'))) ||
              (streamed_id(id, 'S') && xmlHasProp(k, (const xmlChar *)"hidden"));
    xmlFree(copy);
    return yes;
}

/* The streams found moved, or shown where they are. */
static void show_streamed(xmlNode **found, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (found[i] && !bt_xhtml_is(found[i], "template") && !move_streamed(found[i], found, n))
            xmlUnsetProp(found[i], (const xmlChar *)"hidden");
}

/* A <button> left open by the page wraps the page in libxml2's tree, where a
 * browser's parser would close it: one that holds blocks is a div. */
static int open_button(const xmlNode *n)
{
    if (!bt_xhtml_is(n, "button"))
        return 0;
    /* (an icon's drawing is no block, nor are the shapes inside it) */
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, bt_xhtml_is(k, "svg")))
        if (k->type == XML_ELEMENT_NODE && bt_html_is_block(k) && !bt_xhtml_is(k, "svg"))
            return 1;
    return 0;
}

/* A <button> around the story's picture and nothing else, that opens it
 * larger, before its caption or in a figure (Mayo Clinic's "<button
 * class=cmp-image__link><img>" over "div.cmp-image__caption"): the picture,
 * not a control; a span. */
static int picture_button(const xmlNode *n)
{
    if (!bt_xhtml_is(n, "button") || !bt_xhtml_find(n, "img") || bt_xhtml_words(n, 1))
        return 0;
    const xmlNode *next = n->next;
    while (next && (next->type != XML_ELEMENT_NODE || bt_xhtml_skipped(next)))
        next = next->next;
    return (next && bt_xhtml_caption_marked(next)) || bt_xhtml_is(n->parent, "figure");
}

/* Words a chapter's number set before its heading's words has at most
 * ("Phần 1", "Chapter 12"). */
#define HEADING_INDEX_WORDS 2

/* A chapter's number in a span that opens a heading, glued to the heading's
 * words with no space, a digit in it and a capital after it (Znews's
 * "<h2><span class=chapter-index>Phần 1</span>Không hiếm ..."): the
 * layout sets it on a line of its own, a label and no words of the
 * heading, which would read "Phần 1Không"; it goes.  ("<span>12. </span>
 * Working with" keeps its space: a number read with the heading.) */
static void heading_index(xmlNode *h)
{
    xmlNode *span = h->children;
    while (span && blank(span))
        span = span->next;
    if (!bt_xhtml_is(span, "span") || !span->next || span->next->type != XML_TEXT_NODE)
        return;
    bt_buf t = BT_BUF_INIT;
    bt_xhtml_dom_text(span, &t, 64);
    const char *after = span->next->content ? (const char *)span->next->content : "";
    int32_t i = 0;
    UChar32 first = 0;
    U8_NEXT(after, i, (int32_t)strnlen(after, 8), first);
    /* (the span's own last byte: the text read is trimmed) */
    const xmlNode *tail = span;
    while (tail->type == XML_ELEMENT_NODE && tail->last)
        tail = tail->last;
    const char *raw =
        tail->type == XML_TEXT_NODE && tail->content ? (const char *)tail->content : "";
    int glued = t.len && !t.failed && *raw && !isspace((unsigned char)raw[strlen(raw) - 1]) &&
                first > 0 && u_isupper(first) && strpbrk(t.data, "0123456789") &&
                bt_utf8_word_count(t.data, HEADING_INDEX_WORDS + 1) <= HEADING_INDEX_WORDS;
    bt_buf_free(&t);
    if (glued) {
        xmlUnlinkNode(span);
        xmlFreeNode(span);
    }
}

/* A heading whose text is all in a <button> (an accordion's question, as
 * Bootstrap writes it: <h3><button>Question?</button></h3>) says it in the
 * button, which is no control then but the heading's text: a span. */
static void heading_buttons(xmlNode *n)
{
    bt_buf text = BT_BUF_INIT;
    bt_xhtml_dom_text(n, &text, 64);
    size_t blank = text.len ? strspn(text.data, " \t\r\n") : 0;
    int empty = blank == text.len;
    bt_buf_free(&text);
    for (xmlNode *k = n->children; k && empty; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, "button") && !open_button(k))
            xmlNodeSetName(k, (const xmlChar *)"span");
}

/* A <noscript> whose <div> is left open holds the rest of the page in
 * libxml2's tree, where a browser ends it at </noscript>: one that holds
 * paragraphs of text, and nothing shown after it (an open button after it
 * is shown, a div), is shown.  (Fallback images alone stay hidden, and so
 * does a closed one's notice: "Please enable JavaScript", a consent
 * dialog.) */
static void open_noscript(xmlNode *n)
{
    const xmlNode *after = n->next;
    while (after &&
           (after->type != XML_ELEMENT_NODE || (bt_xhtml_skipped(after) && !open_button(after))))
        after = after->next;
    if (after)
        return;
    bt_buf text = BT_BUF_INIT;
    bt_xhtml_dom_text(n, &text, 400);
    int blocks = 0, budget = 4096; /* (nested <noscript>s each held the rest) */
    for (xmlNode *k = n->children; k && !blocks && budget-- > 0; k = bt_xhtml_next(k, n, 0))
        blocks = bt_xhtml_is(k, "p") || bt_xhtml_is(k, "article") || bt_xhtml_is(k, "main") ||
                 bt_xhtml_is(k, "h1");
    if (blocks && text.len >= 400)
        xmlNodeSetName(n, (const xmlChar *)"div");
    bt_buf_free(&text);
}

/* Words a caption set before its picture has at most. */
#define OVERLAY_CAPTION_WORDS 60

static int own_text(const xmlNode *n);

/* A caption set before its picture in the picture's own box (a lightbox's
 * overlay, RIA's "div.photoview__open-info" before the <img>; LTN's
 * "p.caption" before the link around it), with no text after the picture,
 * goes after it, where captions are looked for. */
static void caption_after_picture(xmlNode *img)
{
    while (img->parent && img->parent->type == XML_ELEMENT_NODE && !bt_html_is_block(img->parent) &&
           bt_html_only_element(img->parent) == img && !own_text(img->parent))
        img = img->parent;
    xmlNode *cap = img->prev;
    while (cap && blank(cap))
        cap = cap->prev;
    if (!cap || cap->type != XML_ELEMENT_NODE || !bt_xhtml_caption_marked(cap) ||
        !bt_xhtml_words(cap, 1) ||
        bt_xhtml_words(cap, OVERLAY_CAPTION_WORDS + 1) > OVERLAY_CAPTION_WORDS)
        return;
    if (bt_xhtml_find(cap, "img"))
        return;
    for (const xmlNode *k = img->next; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE ? bt_xhtml_words(k, 1) > 0 : !blank(k))
            return;
    xmlUnlinkNode(cap);
    xmlAddNextSibling(img, cap);
}

/* Whether n has text of its own, outside its elements. */
static int own_text(const xmlNode *n)
{
    for (const xmlNode *k = n->children; k; k = k->next)
        if (k->type == XML_TEXT_NODE && !blank(k))
            return 1;
    return 0;
}

/* A line of bare text that closes the box of a picture, after the
 * picture's own wrapper ("<div class=pic_artikel_sisip><div class=pic>
 * <img></div> Caption. (Credit)</div>", detik's), is set in a <span>: the
 * reader then looks at it as it does at a line after a picture, and a
 * caption it is when it ends a box holding only the picture. */
static void line_after_picture(xmlNode *img)
{
    xmlNode *pic = img;
    while (pic->parent && pic->parent->type == XML_ELEMENT_NODE &&
           bt_html_only_element(pic->parent) == pic && !own_text(pic->parent))
        pic = pic->parent;
    xmlNode *line = pic->next;
    while (line && blank(line))
        line = line->next;
    /* (a box of its own: a list's item or a table's cell is text with an
     * icon, "<li><img> Set the sound to mute.</li>") */
    if (!line || line->type != XML_TEXT_NODE || !pic->parent || !bt_xhtml_is(pic->parent, "div") ||
        pic == img)
        return;
    for (const xmlNode *k = line->next; k; k = k->next)
        if (!blank(k))
            return;
    xmlNode *span = xmlNewDocNode(img->doc, NULL, (const xmlChar *)"span", NULL);
    if (!span)
        return;
    xmlAddPrevSibling(line, span);
    xmlUnlinkNode(line);
    xmlAddChild(span, line);
}

/* Endings of a video's file or stream. */
static const char *const video_files[] = {".mp4", ".m3u8", ".webm", ".mov", NULL};

int bt_html_video_source(const xmlNode *n)
{
    if (bt_xhtml_is(n, "img"))
        return 0;
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        const char *v = a->children ? (const char *)a->children->content : NULL;
        if (a->name && !strncmp((const char *)a->name, "data-", 5) && v &&
            bt_html_file_named(v, strcspn(v, "?#"), video_files))
            return 1;
    }
    return 0;
}

int bt_html_player_box(const xmlNode *n)
{
    for (const xmlAttr *a = n->properties; a; a = a->next) {
        const char *name = (const char *)a->name;
        /* (a player's own attribute, whatever its vendor's prefix: Connatix's
         * "data-cnx-player", "data-jwplayer-id") */
        if (name && (!strncmp(name, "data-vid", 8) ||
                     (!strncmp(name, "data-", 5) && strstr(name + 5, "player")) ||
                     !strcmp(name, "data-mediaid") || !strncmp(name, "data-playlist", 13) ||
                     !strcmp(name, "data-media-id")))
            return 1;
        /* (or a module its data says is a video: GameSpot's "<div
         * data-embed-type=video>", Reach's "<div class=mod-video
         * data-mod=video>") */
        if (name && !strncmp(name, "data-", 5) && a->children && a->children->content &&
            !strcmp((const char *)a->children->content, "video"))
            return 1;
    }
    return 0;
}

/* A box a script makes a video player in, with nothing in it yet but the
 * video's caption (VCCorp's "<div type=VideoStream data-vid=...><div
 * class=VideoCMS_Caption>"): the player goes first, an empty <video>, so
 * that the caption is the video's as a reader sees it, not a paragraph. */
static void player_video(xmlNode *n)
{
    if (!bt_xhtml_is(n, "div") || !bt_html_player_box(n))
        return;
    const xmlNode *cap = NULL;
    for (const xmlNode *k = n->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE) {
            /* (the script's frame before it, no words: NLĐ's
             * "div.videoNewsPlayer > iframe") */
            if (!cap && !bt_xhtml_words(k, 1) && bt_xhtml_find(k, "iframe"))
                continue;
            /* (or its still, a play button and the length: VnExpress's
             * "div.box_embed_video > img.thumb_video + span.time-video") */
            if (!cap && bt_xhtml_words(k, 2) <= 1 && bt_xhtml_find(k, "img"))
                continue;
            if (cap || !bt_xhtml_caption_marked(k))
                return;
            cap = k;
        } else if (!blank(k))
            return;
    for (const xmlNode *k = cap; k; k = bt_xhtml_next(k, cap, 0))
        if (bt_xhtml_embedded_media(k) || bt_xhtml_is(k, "img"))
            return;
    xmlNode *video = cap ? xmlNewDocNode(n->doc, NULL, (const xmlChar *)"video", NULL) : NULL;
    if (video)
        xmlAddPrevSibling(n->children, video);
}

/* A picture of src, a video's still, put before n; none for an address of
 * no letters. */
static void still_before(xmlNode *n, const xmlChar *src)
{
    xmlNode *img = src && bt_xhtml_visible_text(src)
                       ? xmlNewDocNode(n->doc, NULL, (const xmlChar *)"img", NULL)
                       : NULL;
    if (img) {
        xmlSetProp(img, (const xmlChar *)"src", src);
        xmlAddPrevSibling(n, img);
    }
}

/* Levels above a video looked at for the figure or caption's box it is in. */
#define POSTER_LEVELS 4

/* A video with its poster shows the poster until it plays: in a figure or
 * a box named for its caption, the picture a reader of these formats, which
 * carry no video, sees in its place (a research blog's "<table
 * class=tr-caption-container>" of a "<video poster=...>" and its caption),
 * put before it; the video stays, left out as before.  (One in a box of its
 * own and a title is a video's card.) */
static void video_poster(xmlNode *n)
{
    const xmlNode *box = n->parent;
    for (int up = 1; up < POSTER_LEVELS && box && box->type == XML_ELEMENT_NODE &&
                     !bt_xhtml_is(box, "figure") && !bt_xhtml_caption_marked(box);
         up++)
        box = box->parent;
    if (!box || box->type != XML_ELEMENT_NODE ||
        !(bt_xhtml_is(box, "figure") || bt_xhtml_caption_marked(box)))
        return;
    xmlChar *poster = xmlGetProp(n, (const xmlChar *)"poster");
    still_before(n, poster);
    xmlFree(poster);
}

/* The address in a style's "background-image: url(...)", quotes and all
 * taken off; NULL when none.  The caller frees. */
static xmlChar *background_url(const xmlChar *style)
{
    const char *u = style ? strstr((const char *)style, "url(") : NULL;
    if (!u || !strstr((const char *)style, "background"))
        return NULL;
    u += 4;
    u += strspn(u, " '\"");
    size_t len = strcspn(u, "'\")");
    while (len && u[len - 1] == ' ')
        len--;
    return len ? xmlStrndup((const xmlChar *)u, (int)len) : NULL;
}

/* An element a page declares a picture (role="img"), drawn as its
 * background (style="background-image:url(...)", or a lazy loader's
 * data-bg) with nothing inside it: the picture, its label its alt text
 * (g1's "div.progressive-img__background", its caption beside it). */
static void background_picture(xmlNode *n)
{
    xmlChar *role = xmlGetProp(n, (const xmlChar *)"role");
    int img = role && !xmlStrcasecmp(role, (const xmlChar *)"img");
    xmlFree(role);
    if (!img || bt_xhtml_words(n, 1) || bt_xhtml_find(n, "img"))
        return;
    xmlChar *style = xmlGetProp(n, (const xmlChar *)"style");
    xmlChar *src = xmlGetProp(n, (const xmlChar *)"data-bg");
    if (!src || !*src) {
        xmlFree(src);
        src = background_url(style);
    }
    xmlFree(style);
    if (!src)
        return;
    xmlNode *pic = xmlNewDocNode(n->doc, NULL, (const xmlChar *)"img", NULL);
    xmlChar *alt = xmlGetProp(n, (const xmlChar *)"aria-label");
    if (pic) {
        xmlSetProp(pic, (const xmlChar *)"src", src);
        if (alt)
            xmlSetProp(pic, (const xmlChar *)"alt", alt);
        xmlAddChild(n, pic);
    }
    xmlFree(alt);
    xmlFree(src);
}

/* Levels above a headline looked at for the cover picture before it. */
#define COVER_LEVELS 4
/* Words a cover's caption has at most. */
#define COVER_CAPTION_WORDS 60

/* Wrappers around a cover's figcaption, at most. */
#define COVER_CAPTION_WRAPPERS 2
/* Boxes after the headline's its cover's caption may come in, at most. */
#define COVER_CAPTION_AFTER 2

/* The element next to n after it (forward) or before it; NULL when none. */
static const xmlNode *element_sibling(const xmlNode *n, int forward)
{
    do
        n = forward ? n->next : n->prev;
    while (n && (n->type != XML_ELEMENT_NODE || blank(n)));
    return n;
}

/* The still a video's player shows before it plays: its <video>'s poster, a
 * poster block's background, or the thumbnail the player's box names;
 * NULL when none.  The caller frees. */
static xmlChar *player_still(const xmlNode *player)
{
    static const char *const posters[] = {"poster", NULL};
    xmlChar *src = xmlGetProp(player, (const xmlChar *)"data-thumb");
    for (const xmlNode *k = player; k && !src; k = bt_xhtml_next(k, player, 0)) {
        if (bt_xhtml_is(k, "video"))
            src = xmlGetProp(k, (const xmlChar *)"poster");
        else if (k->type == XML_ELEMENT_NODE && bt_xhtml_class_has(k, posters, 0)) {
            xmlChar *style = xmlGetProp(k, (const xmlChar *)"style");
            src = background_url(style);
            xmlFree(style);
        }
        if (src && !bt_xhtml_visible_text(src)) {
            xmlFree(src);
            src = NULL;
        }
    }
    return src;
}

/* A caption's block right after a video's player that shows no picture
 * (Thanh Niên's "div.VideoCMS_Caption" after its "div[type=VideoStream]"
 * and its controls): the player's still, put before the caption, is the
 * picture it captions, as a reader of these formats, which carry no video,
 * sees it; a still the player shows as a picture of its own moves there.
 * (A player without a still and its line is a video's card: "Watch:
 * Highlights ...".) */
static void player_caption(xmlNode *n)
{
    const xmlNode *player = element_sibling(n, 0);
    if (!player || !bt_xhtml_caption_marked(n) ||
        !(bt_html_player_box(player) || bt_xhtml_find(player, "video")) || !bt_xhtml_words(n, 1))
        return;
    /* (VietNamNet's "div.vnn-player__poster > img" above its <video>) */
    xmlNode *img = bt_xhtml_find(player, "img");
    if (img) {
        xmlUnlinkNode(img);
        xmlAddPrevSibling(n, img);
        return;
    }
    xmlChar *src = player_still(player);
    still_before(n, src);
    xmlFree(src);
}

/* Whether n is a box of a picture and no text: a cover. */
static int picture_only_box(const xmlNode *n)
{
    return !bt_xhtml_is(n, "img") && !bt_xhtml_is(n, "picture") && bt_xhtml_find(n, "img") &&
           !bt_xhtml_words(n, 1);
}

/* Whether n is a caption's box, named so or holding only a figcaption, a
 * line of words and no picture. */
static int caption_box(const xmlNode *n)
{
    const xmlNode *only = n ? bt_xhtml_only_child(n) : NULL;
    for (int up = 1; only && !bt_xhtml_is(only, "figcaption") && up < COVER_CAPTION_WRAPPERS; up++)
        only = bt_xhtml_only_child(only);
    return n && (bt_xhtml_caption_marked(n) || (only && bt_xhtml_is(only, "figcaption"))) &&
           !bt_xhtml_find(n, "img") && bt_xhtml_words(n, 1) &&
           bt_xhtml_words(n, COVER_CAPTION_WORDS) < COVER_CAPTION_WORDS;
}

/* A cover picture above the headline whose caption the page sets below the
 * headline's box (VnExpress's longform "p.caption-cover", NLĐ's e-magazine
 * "div.emag-cover-caption" after the cover, National Geographic's
 * "PrismLeadMedia__Caption"): the caption goes into the picture's box, as
 * the reader sees them, one figure. */
static void cover_caption(xmlNode *h1)
{
    xmlNode *x = h1;
    for (int up = 0; up < COVER_LEVELS && x->parent && x->parent->type == XML_ELEMENT_NODE;
         up++, x = x->parent) {
        xmlNode *pic = (xmlNode *)element_sibling(x, 0);
        if (!pic || !picture_only_box(pic))
            continue;
        /* (after the headline's box, or its standfirst's: the Guardian's
         * grid areas "media", "headline", "standfirst", "caption") */
        xmlNode *cap = (xmlNode *)element_sibling(x, 1);
        for (int after = 1; cap && !caption_box(cap) && after < COVER_CAPTION_AFTER; after++)
            cap = (xmlNode *)element_sibling(cap, 1);
        /* (or after the headline's box's box, or opening the box after that:
         * the Guardian's immersive hero, the headline over the picture) */
        if (!caption_box(cap))
            cap = x->parent->parent ? (xmlNode *)element_sibling(x->parent, 1) : NULL;
        if (cap && !caption_box(cap) && cap->children) {
            xmlNode *first = cap->children;
            cap = blank(first) || first->type != XML_ELEMENT_NODE
                      ? (xmlNode *)element_sibling(first, 1)
                      : first;
        }
        if (caption_box(cap)) {
            xmlUnlinkNode(cap);
            xmlAddChild(pic, cap);
        }
        return;
    }
}

/* AMP pages show their pictures as <amp-img> (<amp-anim> for animations),
 * which a script draws: an image, its children only the script's placeholder
 * or a fallback copy of it.  Its width and height are a size only in the
 * fixed layout; in the others (responsive, fill...) they give its shape. */
static void amp_image(xmlNode *n)
{
    while (n->children) {
        xmlNode *k = n->children;
        xmlUnlinkNode(k);
        xmlFreeNode(k);
    }
    xmlNodeSetName(n, (const xmlChar *)"img");
    xmlChar *layout = xmlGetProp(n, (const xmlChar *)"layout");
    if (layout && xmlStrcasecmp(layout, (const xmlChar *)"fixed")) {
        xmlUnsetProp(n, (const xmlChar *)"width");
        xmlUnsetProp(n, (const xmlChar *)"height");
    }
    xmlFree(layout);
}

/* Class words of a field's name and of its value: pages set a label and its
 * value, or a byline and its date, side by side with no space between them
 * ("<span class="label">Prep Time</span><span class="value">13 hours</span>")
 * and show them apart by their stylesheet. */
static const char *const field_names[] = {"label", "name", "author", "byline", "term", NULL};
static const char *const field_values[] = {"value", "time", "date", NULL};

/* Whether a token of n's class is one of words; with last_part, whether it
 * ends in one, the part after its last '-' or '_' (which names an element's
 * role: "recipe-time-label" a label, "recipe-time" a value). */
static int class_token(const xmlNode *n, const char *const *words, int last_part)
{
    xmlChar *copy;
    const char *v = (const char *)bt_xhtml_attr_value(n, "class", &copy);
    int found = 0;
    for (const char *p = v; p && *p && !found;) {
        p += strspn(p, " \t\r\n");
        size_t len = strcspn(p, " \t\r\n");
        size_t from = 0;
        for (size_t i = 0; last_part && i < len; i++)
            if (p[i] == '-' || p[i] == '_')
                from = i + 1;
        for (const char *const *w = words; *w && !found; w++)
            found =
                len > from && strlen(*w) == len - from && !strncasecmp(p + from, *w, len - from);
        p += len;
    }
    xmlFree(copy);
    return found;
}

/* Whether n's class names it by words and not by others. */
static int field_is(const xmlNode *n, const char *const *words, const char *const *others)
{
    return class_token(n, words, 1) && !class_token(n, others, 1);
}

/* Elements shown as blocks, and the flex and grid containers whose children
 * each are laid out as a block. */
static const char *const block_classes[] = {"block", "d-block", NULL};
static const char *const box_classes[] = {"flex", "d-flex", "grid", "d-grid", NULL};

/* The text node that shows the first (last: the last) text of n, or NULL. */
static const xmlNode *edge_text(const xmlNode *n, int last)
{
    for (int budget = 64; n && n->type == XML_ELEMENT_NODE && budget--;) {
        const xmlNode *k = last ? n->last : n->children;
        while (k && ((k->type == XML_TEXT_NODE && xmlIsBlankNode(k)) || bt_xhtml_skipped(k) ||
                     (k->type != XML_TEXT_NODE && k->type != XML_ELEMENT_NODE)))
            k = last ? k->prev : k->next;
        n = k;
    }
    return n && n->type == XML_TEXT_NODE && n->content ? n : NULL;
}

/* Whether the texts of adjacent elements a and b, run together, would glue
 * two words no one writes so: a small letter against a capital
 * ("GrantBBC"), a digit against a digit ("March 3, 20262:02 PM") or a
 * capital ("since 2015NOS", "1/8Kraniche"), a full stop against a capital
 * ("since 1988.Credit"): a style sheet sets them apart (as block lines, in
 * a flex row). */
static int glued_words(const xmlNode *a, const xmlNode *b)
{
    const xmlNode *end = edge_text(a, 1), *start = edge_text(b, 0);
    if (!end || !start)
        return 0;
    const char *t = (const char *)end->content;
    size_t len = strlen(t);
    /* (white space at either edge parts them already) */
    return len && !strchr(" \t\r\n", t[len - 1]) &&
           bt_utf8_case_break(t, len, (const char *)start->content, 1);
}

/* Whether a browser shows the adjacent elements a and b apart though no
 * space is between them in the markup. */
static int shown_apart(const xmlNode *a, const xmlNode *b)
{
    if (bt_xhtml_is(a, "sup") || bt_xhtml_is(b, "sup") || bt_xhtml_is(a, "sub") ||
        bt_xhtml_is(b, "sub"))
        return 0;
    int name_a = field_is(a, field_names, field_values);
    int value_a = field_is(a, field_values, field_names);
    return (name_a && field_is(b, field_values, field_names)) ||
           (value_a && field_is(b, field_names, field_values)) ||
           class_token(a, block_classes, 0) || class_token(b, block_classes, 0) ||
           class_token(a->parent, box_classes, 0) || glued_words(a, b);
}

/* A space after n when it and the element after it are inline and the page
 * shows them apart, so that their words are not run together
 * ("Yucy3/4/2025"). */
static void space_apart(xmlNode *n)
{
    xmlNode *k = n->next;
    if (n->type != XML_ELEMENT_NODE || !k || k->type != XML_ELEMENT_NODE || bt_html_is_block(n) ||
        bt_html_is_block(k) || !shown_apart(n, k))
        return;
    xmlNode *space = xmlNewDocText(n->doc, (const xmlChar *)" ");
    if (space)
        xmlAddNextSibling(n, space);
    xmlSetProp(n, (const xmlChar *)BT_HTML_SHOWN_APART, (const xmlChar *)"");
}

/* Letters of the links' text and of all the text after a break. */
static void link_share(const xmlNode *first, size_t *linked, size_t *all)
{
    for (const xmlNode *k = first; k; k = k->next)
        for (const xmlNode *d = k; d; d = bt_xhtml_next(d, k, 0))
            if (d->type == XML_TEXT_NODE && d->content) {
                size_t len = strlen((const char *)d->content);
                *all += len;
                for (const xmlNode *a = d->parent; a && a != k->parent; a = a->parent)
                    if (bt_xhtml_is(a, "a")) {
                        *linked += len;
                        break;
                    }
            }
}

/* Lines that close a paragraph after a break to point at other stories,
 * mostly links, open so (NLĐ's "...<br><b>&gt;&gt; Xem thêm:</b> <a>...</a>
 * <br><b>&gt;&gt;</b> <a>...</a>"; VnExpress's lead in 2012, "...<BR>&gt;
 * <A class=Lead>...</A> / &gt; <A>...</A></H2>"). */
static const char *const pointer_openings[] = {">", "\xC2\xBB", "Xem thêm", "Đọc thêm", NULL};

/* s past its spaces, no-break ones too ("&nbsp;&gt;&gt;&nbsp;..."). */
static const char *past_spaces(const char *s)
{
    for (;;)
        if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
            s++;
        else if (!strncmp(s, "\xC2\xA0", 2))
            s += 2;
        else
            return s;
}

/* The lines after break br that close its paragraph, or its lead set as a
 * heading, when they point at other stories: a paragraph of their own
 * after it, which cleaning judges as it judges such lines; returns it,
 * NULL when there is none. */
static xmlNode *pointers_apart(xmlNode *br)
{
    xmlNode *p = br->parent;
    if (!p || !(bt_xhtml_is(p, "p") || bt_html_heading_level(p) >= 2) || !p->parent ||
        !shows_text(p->children, br))
        return NULL;
    bt_buf t = BT_BUF_INIT;
    for (const xmlNode *k = br->next; k && t.len < 16; k = k->next)
        bt_xhtml_dom_text(k, &t, 16);
    const char *o = t.data ? past_spaces(t.data) : NULL;
    int opens = 0;
    for (const char *const *w = pointer_openings; o && *w && !opens; w++)
        opens = !strncmp(o, *w, strlen(*w));
    bt_buf_free(&t);
    size_t linked = 0, all = 0;
    if (opens)
        link_share(br->next, &linked, &all);
    if (!opens || linked * 2 < all)
        return NULL;
    xmlNode *q = xmlNewDocNode(br->doc, NULL, (const xmlChar *)"p", NULL);
    if (!q)
        return NULL;
    xmlAddNextSibling(p, q);
    while (br->next) {
        xmlNode *move = br->next;
        xmlUnlinkNode(move);
        xmlAddChild(q, move);
    }
    xmlUnlinkNode(br);
    xmlFreeNode(br);
    return q;
}

/* A <br> closing an inline wrapper of a picture and nothing else moves out
 * after it, where a browser breaks the line all the same: the line after it
 * is then the picture's caption line, as when the break stands outside
 * (FrontPage's "<p><font><img><br></font><font size=1>caption</font>"). */
static void picture_break_out(xmlNode *br)
{
    xmlNode *w = br->parent;
    if (!w || w->type != XML_ELEMENT_NODE || bt_html_is_block(w) || next_solid(br) ||
        !bt_xhtml_find(w, "img") || bt_xhtml_words(w, 1))
        return;
    xmlUnlinkNode(br);
    xmlAddNextSibling(w, br);
}

/* Spaces between the inline elements shown apart, then each chain of <br>
 * made paragraphs, in one walk of the shown page (see browser_tree); a
 * <pre> is left as written: its highlighted tokens are spans, its breaks
 * its lines ("python3<br><br>import" was one line). */
static void spaces_and_breaks(xmlNode *body)
{
    for (xmlNode *n = body; n;
         n = bt_xhtml_next(n, body, n != body && (bt_xhtml_skipped(n) || bt_xhtml_is(n, "pre")))) {
        space_apart(n);
        if (bt_xhtml_is(n, "br"))
            picture_break_out(n);
        if (bt_xhtml_is(n, "br") && chain_after(n)) {
            n = split_at(n);
        } else if (bt_xhtml_is(n, "br") && n->next) {
            /* (the walk goes on into the lines' new paragraph: br is freed) */
            xmlNode *q = pointers_apart(n);
            if (q)
                n = q;
        }
    }
}

/* Adds k to n's children, first or last, by hand (see unwrap). */
static void put_child(xmlNode *n, xmlNode *k, int first)
{
    k->parent = n;
    if (first) {
        k->next = n->children;
        n->children->prev = k;
        n->children = k;
    } else {
        k->prev = n->last;
        n->last->next = k;
        n->last = k;
    }
}

/* Puts n's children where n stands, between spaces that keep their words
 * apart from the words beside it, and frees n; returns what now stands
 * first.  The links are set by hand: xmlAddPrevSibling would merge a moved
 * text node into a text beside it and free it under the walk. */
static xmlNode *unwrap(xmlNode *n)
{
    xmlNode *space = xmlNewDocText(n->doc, (const xmlChar *)" ");
    if (space)
        put_child(n, space, 1);
    if ((space = xmlNewDocText(n->doc, (const xmlChar *)" ")))
        put_child(n, space, 0);
    xmlNode *first = n->children, *last = n->last, *parent = n->parent;
    for (xmlNode *k = first; k; k = k->next)
        k->parent = parent;
    first->prev = n->prev;
    last->next = n->next;
    if (n->prev)
        n->prev->next = first;
    else
        parent->children = first;
    if (n->next)
        n->next->prev = last;
    else
        parent->last = last;
    n->children = n->last = n->prev = n->next = NULL;
    n->parent = NULL;
    xmlFreeNode(n);
    return first;
}

/* The texts side by side in n's children made one: unwrapping leaves as
 * many as it took elements away, and rules that count a box's elements
 * would walk them all. */
static void join_texts(xmlNode *n)
{
    for (xmlNode *k = n->children; k; k = k->next) {
        if (k->type != XML_TEXT_NODE || !k->next || k->next->type != XML_TEXT_NODE)
            continue;
        bt_buf text = BT_BUF_INIT;
        for (xmlNode *t = k; t && t->type == XML_TEXT_NODE; t = t->next) {
            /* (a space where one ends and the next begins is one space: the
             * unwrapped elements' spaces, side by side, made one text of
             * 265,000 spaces below 100,000 nested divs, read by every rule) */
            const char *c = t->content ? (const char *)t->content : "";
            if (text.len && strchr(" \t\r\n", text.data[text.len - 1]))
                c += strspn(c, " \t\r\n");
            bt_buf_puts(&text, c);
        }
        if (!text.failed && text.len <= INT_MAX) {
            while (k->next && k->next->type == XML_TEXT_NODE) {
                xmlNode *gone = k->next;
                xmlUnlinkNode(gone);
                xmlFreeNode(gone);
            }
            xmlNodeSetContentLen(k, (const xmlChar *)text.data, (int)text.len);
        }
        bt_buf_free(&text);
    }
}

/* Elements nested past BT_MAX_PAGE_DEPTH below the body give their content
 * to the element at that depth, where the reader would flatten it anyway
 * (it keeps BT_MAX_DEPTH levels below the article): every rule of the
 * extractor that looks above or below an element then costs at most that
 * depth, not the page's (50,000 nested <h2>s made the heading checks
 * quadratic: minutes).  Childless elements (<img>, <br>) stay, and the
 * reader leaves their images out as it does past its depth.  (Chromium's
 * parser, too, nests no deeper than 512.)  browser_tree's walk does it.
 *
 * past: after n's subtree, at *depth, the next node of that walk below
 * body, NULL at its end; going up past an unwrapped element's parent joins
 * the texts it gave. */
static xmlNode *past(xmlNode *n, const xmlNode *body, int *depth, int *unwrapped)
{
    while (n != body && !n->next) {
        n = n->parent;
        if (--*depth == BT_MAX_PAGE_DEPTH && *unwrapped) {
            join_texts(n);
            *unwrapped = 0;
        }
    }
    return n == body ? NULL : n->next;
}

/* Letters in n's text as a browser shows it (hidden elements left out);
 * those inside links to *linked; *solid set when a block or a picture is
 * inside n.  With stop_at_block, the count ends at the first one. */
static size_t letters_below(const xmlNode *n, size_t *linked, int *solid, int stop_at_block)
{
    size_t count = 0;
    for (const xmlNode *d = n->children; d; d = bt_xhtml_next(d, n, bt_xhtml_skipped(d))) {
        if (bt_xhtml_skipped(d))
            continue;
        if (d->type == XML_ELEMENT_NODE && (bt_html_is_block(d) || bt_xhtml_is(d, "img"))) {
            *solid = 1;
            if (stop_at_block)
                return count;
        }
        if (d->type != XML_TEXT_NODE || !d->content)
            continue;
        size_t here = bt_letter_count((const char *)d->content, strlen((const char *)d->content));
        count += here;
        for (const xmlNode *a = d->parent; a && a != n && linked; a = a->parent)
            if (bt_xhtml_is(a, "a")) {
                *linked += here;
                break;
            }
    }
    return count;
}

/* Letters a div of text has at least to count as a paragraph (a teaser's
 * title, a label or a row of metadata has fewer). */
#define DIV_PARAGRAPH_LETTERS 100
/* Such divs a page has at least to be one that sets its paragraphs so. */
#define DIV_PARAGRAPHS 3

/* The letters of n if it is a div of text and no blocks (nor pictures),
 * mostly outside links, min letters or more; else 0. */
static size_t text_div(const xmlNode *n, size_t min)
{
    size_t linked = 0, text;
    int solid = 0;
    if (!bt_xhtml_is(n, "div") || bt_xhtml_skipped(n))
        return 0;
    text = letters_below(n, &linked, &solid, 1);
    return !solid && text && text >= min && linked * 2 < text ? text : 0;
}

/* Pages that set their paragraphs as <div>s ("<div data-testid=paragraph-0>"
 * of a newsroom's React build, an old CMS's editor): where more divs of
 * sentences than <p>s hold more of the page's text, each div of text that
 * ends a sentence, or follows a paragraph, is a <p>, as Readability turns
 * them: the rules that know paragraphs by name then read the page as if
 * written with them.  Other divs stay (the rules for bylines and rows of
 * metadata know them as divs: "For Immediate Release: Oct. 26<br>Media
 * Inquiries: ...", a row of the author and the date before the first
 * paragraph); so do all divs of pages written with <p>s, where a div of
 * text is a teaser's, a caption's or a footer's (one long legal notice
 * outweighs a brief's few <p>s). */
static void divs_as_paragraphs(xmlNode *body)
{
    size_t in_p = 0, in_divs = 0, p_paragraphs = 0, div_paragraphs = 0, text;
    for (xmlNode *n = body; n;) {
        int hidden = bt_xhtml_skipped(n), para = !hidden && bt_xhtml_is(n, "p"), solid = 0;
        if (para) {
            text = letters_below(n, NULL, &solid, 0);
            in_p += text;
            p_paragraphs += text >= DIV_PARAGRAPH_LETTERS;
        } else if ((text = text_div(n, DIV_PARAGRAPH_LETTERS))) {
            in_divs += text;
            div_paragraphs++;
        }
        n = bt_xhtml_next(n, body, hidden || para);
    }
    if (in_divs <= in_p || div_paragraphs <= p_paragraphs || div_paragraphs < DIV_PARAGRAPHS)
        return;
    for (xmlNode *n = body; n; n = bt_xhtml_next(n, body, bt_xhtml_skipped(n))) {
        const xmlNode *before = bt_html_element_beside(n, 0);
        if (text_div(n, 1) && (bt_html_closes_sentence(n) || (before && bt_xhtml_is(before, "p"))))
            bt_html_rename(n, "p");
    }
}

/* A heading's permalink: a link to the heading itself ("#section") that
 * shows a sign, not words ("#", "¶", "§", "🔗"), which a reader sees only
 * when the pointer is over the heading.  It goes, its sign with it. */
static int permalink(const xmlNode *a)
{
    static const char *const signs[] = {"#", "¶", "§", "🔗", "∞", NULL};
    xmlChar *href = xmlGetProp(a, (const xmlChar *)"href");
    int fragment = href && href[0] == '#';
    xmlFree(href);
    if (!fragment)
        return 0;
    bt_buf t = BT_BUF_INIT;
    bt_xhtml_dom_text(a, &t, 16);
    const char *s = t.data ? t.data + strspn(t.data, " ") : "";
    size_t len = strlen(s);
    while (len && s[len - 1] == ' ')
        len--;
    int sign = !len;
    for (const char *const *g = signs; *g && !sign; g++)
        sign = strlen(*g) == len && !strncmp(s, *g, len);
    bt_buf_free(&t);
    return sign;
}

/* A wiki's link to edit a section, beside its heading ("<span
 * class="mw-editsection">[edit]</span>", MediaWiki's): for an editor, not
 * a reader of the text. */
static int edit_section(const xmlNode *n)
{
    static const char *const edit[] = {"mw-editsection", "editsection", NULL};
    return n->type == XML_ELEMENT_NODE && bt_xhtml_is(n, "span") && bt_xhtml_class_has(n, edit, 0);
}

/* Whether a is a heading's permalink or a wiki's link to edit its section,
 * in the heading or beside it. */
static int heading_tool(const xmlNode *a)
{
    if (!(bt_xhtml_is(a, "a") && permalink(a)) && !edit_section(a))
        return 0;
    const xmlNode *h = a->parent;
    while (h && h->type == XML_ELEMENT_NODE && !bt_html_heading_level(h) && !bt_html_is_block(h))
        h = h->parent;
    /* (MediaWiki since 2024 sets it after the heading, in a box of both) */
    const xmlNode *before = edit_section(a) ? xmlPreviousElementSibling((xmlNode *)a) : NULL;
    return (h && bt_html_heading_level(h)) || (before && bt_html_heading_level(before));
}

/* The sides a picture is given at least, both, to be a photograph whatever
 * its class, and its width at most in tenths of its height (16:9 is 17.8):
 * a logo is smaller, or wide and short (a product's logo at 800 by 400). */
#define PHOTO_WIDTH 300
#define PHOTO_HEIGHT 200
#define PHOTO_WIDEST_TENTHS 18

/* Whether img's declared width and height are a photograph's. */
static int photo_sized(const xmlNode *img)
{
    xmlChar *vw = xmlGetProp(img, (const xmlChar *)"width");
    xmlChar *vh = xmlGetProp(img, (const xmlChar *)"height");
    long w = vw ? atol((const char *)vw) : 0, h = vh ? atol((const char *)vh) : 0;
    int big = w >= PHOTO_WIDTH && h >= PHOTO_HEIGHT && w * 10 <= h * PHOTO_WIDEST_TENTHS;
    xmlFree(vw);
    xmlFree(vh);
    return big;
}

/* Whether n is the frame of WordPress's card of another post, kept out of
 * sight ("clip: rect(1px, 1px, 1px, 1px)") until its script shows it in
 * place of the link in a blockquote beside it: the post's card twice, no
 * media of the story. */
static int post_card_frame(const xmlNode *n)
{
    static const char *const cards[] = {"wp-embedded-content", NULL};
    return bt_xhtml_is(n, "iframe") && bt_xhtml_class_has(n, cards, 0);
}

/* Whether n is a picture its class or id names a logo ("company-logo" by
 * a press release's headline): a mark, not a picture of the story, whose
 * caption the line after it would become.  (SPIP names a story's picture
 * "spip_logo": a photograph's size says it is none.) */
static int logo(const xmlNode *n)
{
    static const char *const logos[] = {"logo", NULL};
    return bt_xhtml_is(n, "img") && bt_xhtml_class_has(n, logos, 1) && !photo_sized(n);
}

/* An ARIA heading set as a div or a paragraph ("<div role=heading
 * aria-level=2>"), named as the heading it is, h2 when it says no level. */
static void aria_heading(xmlNode *n)
{
    if (!bt_xhtml_is(n, "div") && !bt_xhtml_is(n, "p"))
        return;
    xmlChar *role = xmlGetProp(n, (const xmlChar *)"role");
    int heading = role && !xmlStrcasecmp(role, (const xmlChar *)"heading");
    xmlFree(role);
    if (!heading)
        return;
    xmlChar *level = xmlGetProp(n, (const xmlChar *)"aria-level");
    int l = level ? atoi((const char *)level) : 2;
    xmlFree(level);
    char name[3] = {'h', (char)('0' + (l >= 1 && l <= 6 ? l : 2)), '\0'};
    xmlNodeSetName(n, (const xmlChar *)name);
}

/* Skip links a page remembers the targets of, at most. */
#define SKIP_TARGETS 8
/* Words the line a skip link lands on has at most ("after newsletter
 * promotion"). */
#define SKIP_TARGET_WORDS 5

typedef struct {
    xmlChar *id[SKIP_TARGETS];
    size_t n;
} skip_targets;

/* Whether n is a link that skips past a box for keyboards and screen
 * readers ("skip past newsletter promotion", "Skip advertisement"); its
 * target is kept in t. */
static int skip_link(const xmlNode *n, skip_targets *t)
{
    if (!bt_xhtml_is(n, "a"))
        return 0;
    xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
    int yes = href && href[0] == '#' && href[1];
    if (yes) {
        bt_buf b = BT_BUF_INIT;
        bt_xhtml_dom_text(n, &b, 64);
        const char *s = b.data ? b.data + strspn(b.data, " ") : "";
        yes = !strncasecmp(s, "skip ", 5);
        bt_buf_free(&b);
    }
    if (yes && t->n < SKIP_TARGETS) {
        t->id[t->n++] = xmlStrdup(href + 1);
    }
    xmlFree(href);
    return yes;
}

/* Whether n is the short line a skip link lands on. */
static int skip_target(const xmlNode *n, const skip_targets *t)
{
    if (!t->n)
        return 0;
    xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
    int yes = 0;
    for (size_t i = 0; id && i < t->n && !yes; i++)
        yes = !xmlStrcmp(id, t->id[i]);
    xmlFree(id);
    return yes && bt_xhtml_words(n, SKIP_TARGET_WORDS + 1) <= SKIP_TARGET_WORDS;
}

/* Words a box a skip link passes over has at most (a social post's
 * consent notice, a newsletter's call; never an article), and the line
 * closing it ("Kết thúc bài đăng Twitter, 1"). */
#define SKIPPED_BOX_WORDS 150
#define SKIPPED_END_WORDS 8

/* Whether n is a box that opens with a link to the line that closes it, in
 * whatever language ("<a href=#end-of-twitter-content-1>", BBC World
 * Service's embeds and their consent notices): a box readers skip. */
static int skipped_box(const xmlNode *n)
{
    const xmlNode *first = n->children, *last = n->last;
    while (first && first->type != XML_ELEMENT_NODE)
        first = first->next;
    while (last && last->type != XML_ELEMENT_NODE)
        last = last->prev;
    if (!first || first == last || !bt_xhtml_is(first, "a"))
        return 0;
    xmlChar *href = xmlGetProp(first, (const xmlChar *)"href");
    xmlChar *id = xmlGetProp(last, (const xmlChar *)"id");
    int yes = href && id && href[0] == '#' && href[1] && !xmlStrcmp(href + 1, id) &&
              bt_xhtml_words(last, SKIPPED_END_WORDS + 1) <= SKIPPED_END_WORDS &&
              bt_xhtml_words(n, SKIPPED_BOX_WORDS + 1) <= SKIPPED_BOX_WORDS;
    xmlFree(href);
    xmlFree(id);
    return yes;
}

/* Words the lines under a picture in a definition list have at most. */
#define PICTURE_LIST_WORDS 80

/* A definition list whose first term is a picture alone and whose other
 * terms and descriptions are a few lines of text, a term among them, is
 * that picture with its caption (SPIP's "dl.spip_documents": a dt with the
 * img, a dt with the title in bold, a dd with the credits): a figure, the
 * lines in its figcaption; not a term in bold read as a sub-heading.  (A
 * list of descriptions alone under the picture is read as it stands: a
 * forum's attachment, its comment and its file's line.) */
static void picture_list(xmlNode *dl)
{
    xmlNode *first = xmlFirstElementChild(dl);
    if (!first || !bt_xhtml_is(first, "dt") || !bt_xhtml_find(first, "img") ||
        bt_xhtml_words(first, 1))
        return;
    int terms = 0;
    for (xmlNode *k = xmlNextElementSibling(first); k; k = xmlNextElementSibling(k)) {
        if (!(bt_xhtml_is(k, "dt") || bt_xhtml_is(k, "dd")) || bt_xhtml_find(k, "img"))
            return;
        terms += bt_xhtml_is(k, "dt");
    }
    if (!terms || bt_xhtml_words(dl, PICTURE_LIST_WORDS + 1) > PICTURE_LIST_WORDS)
        return;
    xmlNodeSetName(dl, (const xmlChar *)"figure");
    xmlNodeSetName(first, (const xmlChar *)"div");
    xmlNode *caption = xmlNewDocNode(dl->doc, NULL, (const xmlChar *)"figcaption", NULL);
    for (xmlNode *k = xmlNextElementSibling(first), *next; k; k = next) {
        next = xmlNextElementSibling(k);
        xmlNodeSetName(k, (const xmlChar *)"span");
        xmlUnlinkNode(k);
        if (caption->children)
            xmlAddChild(caption, xmlNewDocText(dl->doc, (const xmlChar *)" "));
        xmlAddChild(caption, k);
    }
    xmlAddChild(dl, caption);
}

/* A caption a button in it shows when pressed, hidden till then (the
 * Telegraph's "Caption" toggle, aria-controls naming the hidden text): the
 * caption's text is the picture's, shown; the button goes. */
static void caption_toggle(xmlNode *figcaption)
{
    for (xmlNode *k = figcaption->children, *next; k; k = next) {
        next = bt_xhtml_next(k, figcaption, 0);
        if (!bt_xhtml_is(k, "button"))
            continue;
        xmlChar *id = xmlGetProp(k, (const xmlChar *)"aria-controls");
        xmlNode *target = NULL;
        for (xmlNode *t = figcaption->children; id && t && !target;
             t = bt_xhtml_next(t, figcaption, 0))
            if (t->type == XML_ELEMENT_NODE && t != k) {
                xmlChar *tid = xmlGetProp(t, (const xmlChar *)"id");
                target = tid && !xmlStrcmp(tid, id) ? t : NULL;
                xmlFree(tid);
            }
        xmlFree(id);
        if (!target || !xmlHasProp(target, (const xmlChar *)"hidden"))
            continue;
        xmlUnsetProp(target, (const xmlChar *)"hidden");
        next = bt_xhtml_next(k, figcaption, 1);
        xmlUnlinkNode(k);
        xmlFreeNode(k);
    }
}

/* Paragraphs the story's rest hidden behind a "read more" control holds at
 * least, and words the control has at most. */
#define HIDDEN_REST_PARAGRAPHS 2
#define READ_MORE_WORDS 4

/* Whether id is named whole in k's attribute name ("#post-rest",
 * "getElementById('post-rest')"), not as part of a longer name. */
static int names_id(const xmlNode *k, const char *name, const xmlChar *id)
{
    xmlChar *v = xmlGetProp(k, (const xmlChar *)name);
    const xmlChar *at = v ? xmlStrstr(v, id) : NULL;
    size_t len = (size_t)xmlStrlen(id);
    int whole = at && (at == v || !(isalnum(at[-1]) || at[-1] == '-' || at[-1] == '_')) &&
                !(isalnum(at[len]) || at[len] == '-' || at[len] == '_');
    xmlFree(v);
    return whole;
}

/* Paragraphs with words below n. */
static size_t paragraphs(const xmlNode *n)
{
    size_t count = 0;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        count += bt_xhtml_is(k, "p") && bt_xhtml_words(k, 1) > 0;
    return count;
}

/* The story's rest in a box the page hides until the "read more" control
 * right before it is pressed, the story shown before that (Kenh14's
 * "div.knc-content-more", display:none, after a "Xem thêm" whose onclick
 * shows it by its id; aria-controls, data-target or href name it
 * elsewhere): a reader presses it, so the rest is shown and the control
 * goes. */
static void hidden_rest(xmlNode *n)
{
    static const char *const refs[] = {"aria-controls", "data-target", "data-bs-target",
                                       "href",          "onclick",     NULL};
    xmlNode *control = xmlPreviousElementSibling(n);
    xmlNode *shown = control ? xmlPreviousElementSibling(control) : NULL;
    if (!shown || !bt_xhtml_hidden(n) || bt_xhtml_skipped(control) || bt_xhtml_skipped(shown) ||
        bt_xhtml_words(control, READ_MORE_WORDS + 1) > READ_MORE_WORDS ||
        !paragraphs(shown) || paragraphs(n) < HIDDEN_REST_PARAGRAPHS)
        return;
    xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
    int named = 0;
    for (const xmlNode *k = control; id && *id && k && !named; k = bt_xhtml_next(k, control, 0))
        if (bt_xhtml_is(k, "a") || bt_xhtml_is(k, "button"))
            for (size_t i = 0; refs[i] && !named; i++)
                named = names_id(k, refs[i], id);
    xmlFree(id);
    if (!named)
        return;
    bt_xhtml_unhide(n);
    /* (hidden, not freed: the walk may hold what is in it) */
    xmlSetProp(control, (const xmlChar *)"hidden", (const xmlChar *)"");
}

/* Words a lead set as an aside has at most. */
#define ASIDE_LEAD_WORDS 100

/* An aside its class names the lead, right after the h1, no link in it, is
 * the lead set apart, not a sidebar (the New Statesman's "aside.standfirst"
 * under its headline): a div, which the extractor looks at as any other. */
static void aside_lead(xmlNode *n)
{
    const xmlNode *before = xmlPreviousElementSibling(n);
    /* (or last in the headline's <header>, its one paragraph named the lead:
     * the NZZ's "aside.headline__aside > p.headline__lead" beside the h1's
     * block) */
    int after_h1 = before && bt_xhtml_is(before, "h1");
    int ends_header = n->parent && bt_xhtml_is(n->parent, "header") && !xmlNextElementSibling(n);
    for (const xmlNode *k = before; ends_header && !after_h1 && k;
         k = xmlPreviousElementSibling((xmlNode *)k))
        after_h1 = bt_xhtml_find(k, "h1") != NULL;
    const xmlNode *only = bt_xhtml_only_child(n);
    int named =
        bt_xhtml_class_has(n, bt_xhtml_lead_classes, 0) ||
        (only && bt_xhtml_is(only, "p") && bt_xhtml_class_has(only, bt_xhtml_lead_classes, 0));
    if (after_h1 && named && !bt_xhtml_find(n, "a") && bt_xhtml_words(n, 1) &&
        bt_xhtml_words(n, ASIDE_LEAD_WORDS + 1) <= ASIDE_LEAD_WORDS)
        xmlNodeSetName(n, (const xmlChar *)"div");
}

/* Whether n is a heading of the smallest levels that a class names a
 * photo's credit, a byline or a date: a line set small, as pages of the
 * 2000s set them in h5 and h6 (the New York Times' "h6.credit",
 * "h6.dateline"): a paragraph, never a sub-heading of the text. */
static int small_line(const xmlNode *n)
{
    static const char *const lines[] = {"credit", "byline", "dateline", "date", "timestamp", NULL};
    return (bt_xhtml_is(n, "h5") || bt_xhtml_is(n, "h6")) && bt_xhtml_class_has(n, lines, 0);
}

/* Boxes set by absolute position that are put in reading order, at most
 * (a page builder's page has a few dozen). */
#define POSITIONED_BOXES 256

typedef struct {
    xmlNode *node;
    long top, left, width; /* width 0: not set */
    size_t column;         /* its column (one of its boxes), SIZE_MAX spanning */
} positioned_box;

/* Whether n is a box its inline style sets at an absolute position, b its
 * place (in the page's one unit: px, or Publisher's pt). */
static int positioned(xmlNode *n, positioned_box *b)
{
    xmlChar *style = xmlGetProp(n, (const xmlChar *)"style");
    const char *unit;
    b->node = n;
    int yes = style && bt_xhtml_style_says((const char *)style, "position:absolute") &&
              bt_xhtml_style_length((const char *)style, "top", &b->top, &unit) &&
              bt_xhtml_style_length((const char *)style, "left", &b->left, &unit);
    if (yes && !bt_xhtml_style_length((const char *)style, "width", &b->width, &unit))
        b->width = 0;
    xmlFree(style);
    return yes;
}

/* Times the widest boxes are set aside as spanning the page's columns
 * (a banner, then a footer narrower than it) before columns show. */
#define SPANNING_ROUNDS 4

/* Puts the boxes whose sides overlap in one column (b[i].column the same),
 * the widest set aside as spanning columns (column SIZE_MAX) until two
 * columns show.  Returns the widest column when they are columns of
 * different widths, a story beside narrow boxes of the site's (Homestead's
 * "Pet of the Week" and "Shelter Hours" left of the story), else SIZE_MAX:
 * equal columns are one story's, read across. */
static size_t columns(positioned_box *b, size_t count)
{
    for (size_t i = 0; i < count; i++)
        b[i].column = b[i].width ? i : SIZE_MAX;
    size_t found = 0, widest_column = SIZE_MAX;
    long narrow = 0, wide = 0;
    for (int round = 0; round < SPANNING_ROUNDS && found < 2; round++) {
        long widest = 0;
        for (size_t i = 0; i < count; i++)
            if (b[i].column != SIZE_MAX) {
                b[i].column = i;
                widest = b[i].width > widest ? b[i].width : widest;
            }
        for (size_t i = 0; i < count; i++)
            for (size_t j = 0; j < i && b[i].column != SIZE_MAX; j++)
                if (b[j].column != SIZE_MAX && b[j].column != b[i].column &&
                    b[j].left < b[i].left + b[i].width && b[i].left < b[j].left + b[j].width) {
                    /* (i's column joins j's) */
                    size_t from = b[i].column, to = b[j].column;
                    for (size_t k = 0; k <= i; k++)
                        if (b[k].column == from)
                            b[k].column = to;
                }
        found = 0, narrow = 0, wide = 0;
        for (size_t i = 0; i < count; i++) {
            if (b[i].column != i)
                continue;
            long l = b[i].left, r = b[i].left + b[i].width;
            for (size_t k = 0; k < count; k++)
                if (b[k].column == i) {
                    l = b[k].left < l ? b[k].left : l;
                    r = b[k].left + b[k].width > r ? b[k].left + b[k].width : r;
                }
            found++;
            narrow = !narrow || r - l < narrow ? r - l : narrow;
            widest_column = r - l > wide ? i : widest_column;
            wide = r - l > wide ? r - l : wide;
        }
        for (size_t i = 0; found < 2 && i < count; i++)
            if (b[i].width == widest)
                b[i].column = SIZE_MAX;
    }
    return found >= 2 && 2 * wide >= 3 * narrow ? widest_column : SIZE_MAX;
}

/* Children of n that are all boxes set at absolute positions (Homestead's
 * and Publisher's pages: "<div id=element13 style='position: absolute;
 * top: 860px; left: 200px'>"), but for scripts and styles, in the order
 * a reader reads them, top to bottom, then left to right: such pages keep
 * them in the order they were made, a story's second half before its
 * first.  Beside a wider column, the story's, a narrower one is the
 * site's: its boxes go in a div named a sidebar after the rest, not
 * between the story's. */
static void reading_order(xmlNode *n)
{
    positioned_box b[POSITIONED_BOXES];
    size_t count = 0;
    for (xmlNode *k = n->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE || bt_xhtml_is(k, "script") || bt_xhtml_is(k, "style"))
            continue;
        if (count == POSITIONED_BOXES || !positioned(k, &b[count]))
            return;
        /* (kept in order by insertion: a page has few) */
        size_t i = count++;
        positioned_box t = b[i];
        for (; i > 0 && (b[i - 1].top > t.top || (b[i - 1].top == t.top && b[i - 1].left > t.left));
             i--)
            b[i] = b[i - 1];
        b[i] = t;
    }
    if (count < 2)
        return;
    size_t story = columns(b, count), nwrappers = 0;
    xmlNode *wrapper[POSITIONED_BOXES] = {NULL}, *wrappers[POSITIONED_BOXES];
    for (size_t i = 0; i < count; i++) {
        size_t c = b[i].column;
        int alone = 1;
        for (size_t k = 0; k < count && alone && c != SIZE_MAX; k++)
            alone = k == i || b[k].column != c;
        xmlUnlinkNode(b[i].node);
        if (story == SIZE_MAX || c == story || alone) {
            xmlAddChild(n, b[i].node);
            continue;
        }
        if (!wrapper[c] && (wrapper[c] = xmlNewNode(NULL, (const xmlChar *)"div"))) {
            xmlNewProp(wrapper[c], (const xmlChar *)"class", (const xmlChar *)"sidebar");
            wrappers[nwrappers++] = wrapper[c];
        }
        xmlAddChild(wrapper[c] ? wrapper[c] : n, b[i].node);
    }
    for (size_t i = 0; i < nwrappers; i++)
        xmlAddChild(n, wrappers[i]);
}

/* The next of Word's "downlevel-revealed" markers in p ("<![if !vml]>",
 * "<![endif]>"), or NULL. */
static const char *revealed_marker(const char *p)
{
    for (const char *m = strstr(p, "<!["); m; m = strstr(m + 3, "<!["))
        if (!strncmp(m + 3, "if ", 3) || !strncmp(m + 3, "endif]", 6))
            return m;
    return NULL;
}

/* Word's "downlevel-revealed" conditionals around a picture ("<![if
 * !vml]><img ...><![endif]>"): a browser reads each marker as a bogus
 * comment, to its first ">", and shows what lies between; libxml2's HTML 4
 * parser leaves the markers as text, which goes from text node n (only
 * these: a "<![CDATA[" a page shows as text stays). */
static void drop_revealed_markers(xmlNode *n)
{
    const char *p = n->content ? (const char *)n->content : NULL;
    if (!p || !revealed_marker(p))
        return;
    bt_buf b = BT_BUF_INIT;
    for (const char *m = revealed_marker(p), *end; m && (end = strchr(m, '>')) != NULL;
         m = revealed_marker(p)) {
        bt_buf_put(&b, p, (size_t)(m - p));
        p = end + 1;
    }
    bt_buf_put(&b, p, strlen(p));
    bt_buf_putc(&b, '\0');
    if (!b.failed)
        xmlNodeSetContent(n, (const xmlChar *)b.data);
    bt_buf_free(&b);
}

/* A template's expression a script never filled (AngularJS's
 * "{{hitsCtrl.values.hits}}" for a post's views, Vue's, Handlebars'): text
 * node n that says only one goes, but in code, where it is the text. */
static void drop_template_expression(xmlNode *n)
{
    const char *t = n->content ? (const char *)n->content : "";
    t += strspn(t, " \t\r\n");
    const char *end = strncmp(t, "{{", 2) ? NULL : strstr(t + 2, "}}");
    if (!end || end == t + 2 || strcspn(t + 2, "{}") != (size_t)(end - t - 2) ||
        end[2 + strspn(end + 2, " \t\r\n")])
        return;
    for (const xmlNode *up = n->parent; up; up = up->parent)
        if (bt_xhtml_is(up, "pre") || bt_xhtml_is(up, "code"))
            return;
    xmlNodeSetContent(n, (const xmlChar *)"");
}

/* The fixes above, each element's in one walk of the page, with the page
 * flattened past its depth and its streams found: on a large page each walk
 * costs more than the fixes (a megabyte's tree is more than the processor's
 * caches hold).  They see the page as if each had walked it in turn, in
 * this order (an open button is a div to a noscript before it).  Returns
 * the elements left, for the stats to count on. */
static size_t browser_tree(xmlNode *body)
{
    bt_html_namespace_count names = {{{0}}, {0}, 0, {0}};
    xmlNode *found[MAX_STREAMED];
    size_t nfound = 0, elements = 1;
    int depth = 0, unwrapped = 0;
    skip_targets skips = {{NULL}, 0};
    for (xmlNode *n = body; n;) {
        if (n->type != XML_ELEMENT_NODE) {
            if (n->type == XML_TEXT_NODE) {
                drop_revealed_markers(n);
                drop_template_expression(n);
            }
            n = past(n, body, &depth, &unwrapped);
            continue;
        }
        if (n != body && depth > BT_MAX_PAGE_DEPTH && n->children) {
            n = unwrap(n);
            unwrapped = 1;
            continue;
        }
        /* (Yandex's <noindex> keeps its crawler off a text that readers
         * see: RIA's captions are in one) */
        if (bt_xhtml_is(n, "noindex") && n->children) {
            n = unwrap(n);
            continue;
        }
        bt_xhtml_void_out(n);
        if (nfound < MAX_STREAMED && streamed(n))
            found[nfound++] = n;
        if (n != body && (heading_tool(n) || logo(n) || skipped_box(n) || skip_link(n, &skips) ||
                          skip_target(n, &skips) || post_card_frame(n))) {
            xmlNode *next = past(n, body, &depth, &unwrapped);
            xmlUnlinkNode(n);
            xmlFreeNode(n);
            n = next;
            continue;
        }
        if (bt_xhtml_is(n, "h1"))
            cover_caption(n);
        reading_order(n);
        if (open_button(n))
            xmlNodeSetName(n, (const xmlChar *)"div");
        else if (picture_button(n))
            xmlNodeSetName(n, (const xmlChar *)"span");
        else if (small_line(n))
            xmlNodeSetName(n, (const xmlChar *)"p");
        else if (bt_html_heading_level(n)) {
            heading_index(n);
            heading_buttons(n);
        } else if (bt_xhtml_is(n, "noscript"))
            open_noscript(n);
        else if (bt_xhtml_is(n, "amp-img") || bt_xhtml_is(n, "amp-anim"))
            amp_image(n);
        else if (bt_xhtml_is(n, "video"))
            video_poster(n);
        else if (bt_xhtml_is(n, "dl"))
            picture_list(n);
        else if (bt_xhtml_is(n, "aside"))
            aside_lead(n);
        else if (bt_xhtml_is(n, "figcaption"))
            caption_toggle(n);
        else if (xmlHasProp(n, (const xmlChar *)"role") && !n->children)
            background_picture(n);

        else if (bt_xhtml_is(n, "img")) {
            caption_after_picture(n);
            line_after_picture(n);
        } else {
            aria_heading(n);
            hidden_rest(n);
            player_video(n);
            player_caption(n);
        }
        elements += n != body;
        bt_html_namespace_add(&names, n);
        if (n->children) {
            n = n->children;
            depth++;
        } else {
            n = past(n, body, &depth, &unwrapped);
        }
    }
    show_streamed(found, nfound);
    bt_html_namespace_keep(&names, body->doc);
    for (size_t i = 0; i < skips.n; i++)
        xmlFree(skips.id[i]);
    return elements;
}

xmlNode *bt_html_prepare(xmlDoc *html, size_t *elements)
{
    xmlNode *body = body_of(html);
    *elements = 0;
    if (body) {
        *elements = browser_tree(body);
        spaces_and_breaks(body);
        divs_as_paragraphs(body);
    }
    return body;
}
