/* Cleaning the chosen part of a page: what inside it is page chrome (menus,
 * share bars, related-news boxes, ads, tags, comments, "read more" lines),
 * by tag, class name, link density, the words it says (in several languages)
 * and, in the passes that ask for it, Readability's conditional rules. */
#include <ctype.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "html.h"
#include "unicode.h"
#include "xhtml.h"
#include "xhtml_read.h"

/* The names of a list of tags, among those of chrome. */
static const char *const tag_names[] = {"tags", "tag-list", "tag", NULL};
/* (the last: a media player's buttons and clock) */
static const char *const chrome[] = {
    "breadcrumb",
    "breadcrumbs",
    "tags",
    "tag-list",
    "tag",
    "keyword",
    "keywords",
    "comment",
    "comments",
    "share",
    "sharing",
    "social",
    "related",
    "relate",
    "tin-lien-quan",
    "lien-quan",
    "footer",
    "menu",
    "sidebar",
    "advert",
    "advertisement",
    "ads",
    "banner",
    "newsletter",
    "subscribe",
    "ai-summary",
    "e-paper",
    "toolbar",
    "herramientas",
    "follow-news",
    /* (the Globe and Mail's "div.c-follow" of the story's authors and topics
     * to follow, at the body's end) */
    "follow",
    "article-contribution",
    /* (Vox's ask for support under the story, the Verge's box of topics to
     * follow) */
    "contribution-ask",
    /* (the Guardian's appeal at the body's end, "contributions-epic") */
    "contributions-epic",
    /* (a short address to copy under the story: Al Khaleej's
     * "article-shortlink") */
    "shortlink",
    "short-link",
    "shorturl",
    "short-url",
    "follow-topics",
    /* (Future's price widget, "hawk-widget-deal", in its reviews' text:
     * Tom's Guide, TechRadar) */
    "hawk",
    /* (WordPress's podcast plugin, PowerPress: "Podcast: Play in new window
     * | Download" under its player, "Subscribe: Apple Podcasts | ...") */
    "powerpress-links",
    "rating",
    "navigation",
    "navbar",
    "pagination",
    "pager",
    "paging",
    "phan-trang",
    "nav-prev",
    "nav-next",
    "nav-previous",
    "post-nav",
    "prev-next",
    "popup",
    "modal",
    "cookie",
    "sponsor",
    "promo",
    "upsell",
    "donation",
    "donate",
    "recommend",
    /* (the Times' "section[data-testid=editors-picks]", "...=trending"
     * after the article) */
    "editors-picks",
    "trending",
    /* (the Trust Project's badge and line under a headline: El Tiempo's
     * "Conforme a los criterios de <img> Saber más") */
    "trust-project",
    "trustproject",
    /* (Serbian papers' video of another story after the text: Kurir's
     * "bonusVideo") */
    "bonusvideo",
    "bonus-video",
    /* (links to the story in other languages: Project Syndicate's
     * "article__languages", "This commentary is also available in:") */
    "languages",
    "language-switcher",
    /* (a call to act between paragraphs: TechCrunch's "inline-cta" for its
     * events) */
    "cta",
    "call-to-action",
    "more-news",
    "tin-khac",
    "box-tin",
    "relatedposts",
    "sharedaddy",
    "outbrain",
    "taboola",
    /* (a video ad's player of other stories' headlines, "TOP ARTICLES 1/5
     * READ MORE ... Skip Ad", at the body's top: McClatchy's) */
    "primis",
    "binh-luan",
    "binhluan",
    "tinlienquan",
    "lienquan",
    "tinkhac",
    "readmore",
    "read-more",
    "see-also",
    "disqus",
    "y-kien",
    "ykien",
    /* (readers' comments and newsletters in the sites' languages, the
     * plural: a "comentario", a "Kommentar", is an opinion piece; El
     * Tiempo's "section.comentarios", "div.boletin-articulo") */
    "comentarios",
    "commentaires",
    "kommentare",
    "commenti",
    "boletin",
    "boletines",
    "suscripcion",
    /* (and the stories and videos they recommend: El Comercio's
     * "div.story-contents__video-recomendado") */
    "recomendado",
    "recomendados",
    "controls",
    "control-bar",
    "controlbar",
    "duration",
    /* cards of another post a post embeds (Ghost's, Substack's, WordPress's) */
    "bookmark-card",
    "embedded-post",
    "wp-embedded-content",
    NULL,
};
/* A print button's word, and print utilities' ("hidden-print" on a box of
 * chrome, "dn-print" on a dek): a lead named so is no chrome for it, nor
 * a box of a captioned picture (BLOX's "inline-photo hidden-print"). */
static const char *const printing[] = {"print", NULL};
/* Letters a kicker has at most. */
#define KICKER_TEXT 60

/* Letters an ad's box says at most (its label, "This advertisement has not
 * loaded yet, but your article continues below."). */
#define AD_TEXT 200
/* Elements an ad's box holds at most (its label, its slot, the line). */
#define AD_NODES 16

/* Names of ads, or of a block that shows ads among its paragraphs (a
 * story's "Section--Ads"). */
static const char *const ad_names[] = {"advert", "advertisement", "ads", "banner", NULL};
/* An author's box; the same names repeated down a page are its entries (the
 * profiles of the companies a guide ranks). */
static const char *const author_boxes[] = {
    "author-bio",
    "about-author",
    "author-box",
    "authorbox",
    "bio",
    "biography",
    "profile",
    /* (the card of the reporter's name, beat and buttons under the story:
     * Chosun's "section.author-card", Kyunghyang's "div.reporter-card") */
    "author-card",
    "reporter-card",
    NULL,
};
/* Small blocks of article metadata: shown by the writers from the metadata. */
static const char *const meta_blocks[] = {
    "meta",
    "dateline",
    "date",
    "time",
    "category",
    "info",
    "posted-on",
    "published",
    "authors",
    "metadata",
    /* (Joomla 1.5's "td.createdate", "td.modifydate": "Last Updated on...") */
    "createdate",
    "modifydate",
    NULL,
};
int bt_html_metadata_named(const xmlNode *n) { return bt_xhtml_class_has(n, meta_blocks, 1); }

/* Kept whatever the conditional rules say: the article's own small parts,
 * and a recipe's lists of ingredients and steps (lists of few commas). */
static const char *const own_parts[] = {
    "author", "byline", "tac-gia", "tacgia",  "sapo",       "lead",    "caption", "credit",
    "figure", "image",  "photo",   "picture", "standfirst", "summary", NULL,
};
/* (a recipe's, even in an <aside> beside its steps) */
static const char *const recipe_parts[] = {
    "ingredients",  "ingredient", "zutaten",     "ingredientes", "ingredienti",
    "instructions", "directions", "preparation", "zubereitung",  "preparacion",
    "nguyen-lieu",  "cach-lam",   NULL,
};

/* Letters a newsletter's sign-up box has at most (its name, a line on
 * what it sends, the field, the privacy notice). */
#define SIGNUP_TEXT 1000
/* Letters a form's title has at most, its button's label too. */
#define FORM_TITLE_TEXT 80
/* Letters a box of a broadcast's times says at most. */
#define BROADCAST_TEXT 300

/* Lengths of the lines some of bt_chrome_* are looked for in. */
#define SPONSOR_LINE 80
#define EMBED_LINE 160
#define SHORT_RIGHTS 200

/* Letters past which a caption that reserves the rights is a caption. */
#define CAPTION_NOTICE 60

/* Letters a label heading a block of chrome has at most. */
#define LABEL_TEXT 64

/* (a recipe card's rows of details, "Prep Time 10 mins", "Servings 4",
 * named as metadata, "recipe-meta", are the recipe's text, not the page's) */
int bt_html_recipe_named(const xmlNode *n)
{
    static const char *const recipes[] = {"recipe",  "recipes", "rezept",    "receta",
                                          "recette", "ricetta", "cong-thuc", NULL};
    return bt_xhtml_class_has(n, recipes, 0);
}

static int own_part_named(const xmlNode *n)
{
    return bt_xhtml_class_has(n, own_parts, 1) || bt_xhtml_class_has(n, recipe_parts, 1);
}

/* Whether n is a paragraph or a heading its class names a lead, whatever
 * else its name says: Vice's "p.smart-header__dek", Handelsblatt's
 * "p.c-story-header__leadtext" in the header's box. */
static int named_lead_line(const xmlNode *n)
{
    return (bt_xhtml_is(n, "p") || bt_html_heading_level(n)) &&
           bt_xhtml_class_has(n, bt_xhtml_lead_classes, 0);
}

/* A hash of the two bytes at s. */
static unsigned pair_hash(const char *s)
{
    return ((unsigned)(unsigned char)s[0] * 31u + (unsigned char)s[1]) & 4095u;
}

/* The phrases chrome_verdict looks for in short blocks: calls to act (to
 * subscribe, follow, support, write), the lines under a post; a heading may
 * be a call to subscribe ("Unlock this article"); notices of the site's.
 * The paywall's words come first: subscribers_cover reads the rest. */
static const char *const *const calls[] = {
    bt_chrome_paywall,      bt_chrome_newsletter_calls, bt_chrome_follow_calls,
    bt_chrome_app_calls,    bt_chrome_support_calls,    bt_chrome_feedback_calls,
    bt_chrome_post_footers, bt_chrome_site_footers,     NULL,
};
static const char *const *const subscribing[] = {bt_chrome_paywall, bt_chrome_newsletter_calls,
                                                 bt_chrome_support_calls, NULL};
static const char *const *const notices[] = {bt_chrome_disclosures, bt_chrome_machine_summaries,
                                             bt_chrome_disclaimers, bt_chrome_cookie_notices, NULL};
static const char *const *const machine_summaries[] = {bt_chrome_machine_summaries, NULL};

/* The words every short block is looked up in: the lines a block may be
 * (in_list), whole or at its start. */
static const char *const *const comment_heads_list[] = {bt_chrome_comment_heads, NULL};
static const char *const *const sections_list[] = {bt_chrome_sections, NULL};
static const char *const *const labels_list[] = {bt_chrome_labels, NULL};
static const char *const *const pointers_list[] = {bt_chrome_pointers, NULL};
static const char *const *const section_starts_list[] = {bt_chrome_section_starts, NULL};
static const char *const *const reading_times[] = {bt_chrome_reading_times, NULL};
static const char *const *const rights_list[] = {bt_chrome_rights, NULL};

/* The words of a set of lists by the hash of their first two bytes, made
 * once a process: each short block of a page is looked up in several
 * hundred words and looked through for some seventy phrases, and pages
 * have thousands of blocks.  A set of more words than PHRASES_MAX is looked
 * through word by word, many times slower: the calls grew past 512 (560
 * in stop 46), so it is kept well above the longest set. */
#define PHRASES_MAX 1024
typedef struct {
    const char *const *const *lists;
    uint16_t start[4097]; /* phrases of first pair h: phrase[start[h]..start[h + 1]) */
    const char *phrase[PHRASES_MAX];
    uint16_t len[PHRASES_MAX];
} phrase_index;

static const char *const *const watch_calls_list[] = {bt_chrome_watch_calls, NULL};
static const char *const *const figure_buttons_list[] = {bt_chrome_figure_buttons, NULL};
static const char *const *const *const indexed_phrases[] = {
    calls,         subscribing, notices,          comment_heads_list,
    sections_list, labels_list, pointers_list,    section_starts_list,
    reading_times, rights_list, watch_calls_list, figure_buttons_list};
static phrase_index phrase_indexes[sizeof(indexed_phrases) / sizeof(*indexed_phrases)];
static pthread_once_t phrases_once = PTHREAD_ONCE_INIT;

static void index_phrases(void)
{
    for (size_t k = 0; k < sizeof(indexed_phrases) / sizeof(*indexed_phrases); k++) {
        phrase_index *x = &phrase_indexes[k];
        static uint16_t count[4096];
        uint16_t at[4097];
        size_t n = 0;
        int ok = 1;
        memset(count, 0, sizeof(count));
        for (const char *const *const *l = indexed_phrases[k]; *l; l++)
            for (const char *const *w = *l; *w; w++, n++)
                if (n >= PHRASES_MAX || !(*w)[0] || !(*w)[1])
                    ok = 0; /* (looked for phrase by phrase) */
                else
                    count[pair_hash(*w)]++;
        if (!ok)
            continue;
        x->start[0] = 0;
        for (int h = 0; h < 4096; h++)
            x->start[h + 1] = (uint16_t)(x->start[h] + count[h]);
        memcpy(at, x->start, sizeof(at));
        for (const char *const *const *l = indexed_phrases[k]; *l; l++)
            for (const char *const *w = *l; *w; w++) {
                unsigned i = at[pair_hash(*w)]++;
                x->phrase[i] = *w;
                x->len[i] = (uint16_t)strlen(*w);
            }
        x->lists = indexed_phrases[k];
    }
}

/* The index of a set of lists, or (lists NULL) of the set of list alone;
 * NULL when it has none. */
static const phrase_index *phrase_index_of(const char *const *const *lists, const char *const *list)
{
    pthread_once(&phrases_once, index_phrases);
    for (size_t k = 0; k < sizeof(indexed_phrases) / sizeof(*indexed_phrases); k++)
        if (phrase_indexes[k].lists &&
            (lists ? phrase_indexes[k].lists == lists
                   : phrase_indexes[k].lists[0] == list && !phrase_indexes[k].lists[1]))
            return &phrase_indexes[k];
    return NULL;
}

static int word_is(const char *s, const char *w, int prefix)
{
    return prefix ? !strncmp(s, w, strlen(w)) : !strcmp(s, w);
}

static int in_list(const char *s, const char *const *list, int prefix)
{
    const phrase_index *x = phrase_index_of(NULL, list);
    if (!x) {
        /* (the first byte turns away most words) */
        for (const char *const *w = list; *w; w++)
            if ((!**w || **w == *s) && word_is(s, *w, prefix))
                return 1;
        return 0;
    }
    /* (an indexed list's words have two bytes at least) */
    for (unsigned i = s[0] && s[1] ? x->start[pair_hash(s)] : 0,
                  end = s[0] && s[1] ? x->start[pair_hash(s) + 1] : 0;
         i < end; i++)
        if (word_is(s, x->phrase[i], prefix))
            return 1;
    return 0;
}

/* How many bytes of s[0..len) at its start (at_end: its end) are marks,
 * any of them in any order. */
static size_t marks_at(const char *s, size_t len, const char *const *marks, int at_end)
{
    size_t n = 0;
    for (const char *const *m = marks; *m && n < len;) {
        size_t ml = strlen(*m);
        if (ml <= len - n && !memcmp(at_end ? s + len - n - ml : s + n, *m, ml)) {
            n += ml;
            m = marks;
        } else {
            m++;
        }
    }
    return n;
}

/* The element's text, case folded and trimmed of white space and of a final
 * colon or arrow (and of leading arrows), when it is short; NULL otherwise
 * (the caller frees).  With opening, the first max bytes of any text (cut
 * at a character's end). */
static char *folded_text(const xmlNode *n, size_t max, int opening, size_t *read)
{
    bt_buf raw = BT_BUF_INIT, folded = BT_BUF_INIT;
    bt_html_text(n, &raw, max + 1);
    *read = raw.len;
    if (opening && raw.len > max) {
        size_t len = max;
        while (len && ((unsigned char)raw.data[len] & 0xC0) == 0x80)
            len--;
        bt_buf_truncate(&raw, len);
    }
    int ok = raw.len && raw.len <= max && bt_utf8_fold(raw.data, raw.len, &folded);
    bt_buf_free(&raw);
    if (!ok) {
        bt_buf_free(&folded);
        return NULL;
    }
    char *s = folded.data;
    /* (and an ellipsis's dots: "ये खबर भी पढ़ें...", "Xem thêm…"; a bullet
     * between a row's items: "• 12.680 lượt xem") */
    static const char *const tails[] = {":",
                                        "|",
                                        " ",
                                        ">",
                                        "\xC2\xBB",
                                        "\xE2\x80\xBA",
                                        "\xE2\x86\x92",
                                        ".",
                                        "\xE2\x80\xA6",
                                        "\xE2\x80\xA2",
                                        NULL};
    size_t len = folded.len - marks_at(s, folded.len, tails, 1);
    s[len] = '\0';
    /* (a colon or a bar opens no line: ">> Xem thêm:", "» Đọc thêm") */
    size_t skip = marks_at(s, len, tails + 2, 0);
    memmove(s, s + skip, len - skip + 1);
    return s;
}

/* Whether n's folded text (its opening's max bytes, or all of it when
 * that short) is a word of list, or opens with one with prefix. */
static int folded_in(const xmlNode *n, size_t max, int opening, const char *const *list, int prefix)
{
    size_t read;
    char *t = folded_text(n, max, opening, &read);
    int yes = t && in_list(t, list, prefix);
    free(t);
    return yes;
}

int bt_html_opens_with_words(const xmlNode *n, const char *const *words)
{
    return folded_in(n, 200, 1, words, 1);
}

int bt_html_says_label(const xmlNode *n) { return folded_in(n, 64, 0, bt_chrome_labels, 0); }

/* The longest short text cleaning asks for (a rights notice's). */
#define SHORT_TEXT_MAX 4000
/* Letters of a short block, looked up whole for calls, lines and labels. */
#define SHORT_BLOCK_TEXT 300

/* folded_text of n when it has at most max bytes (max <= SHORT_TEXT_MAX),
 * read once up to the longest and kept on n's stats while its verdict is
 * made: cleaning asks it of each block for several lists and lengths.  Not
 * to be freed. */
static const char *short_text(const xmlNode *n, size_t max)
{
    bt_stats *s = bt_stats_of(n);
    /* (read whole, or read up to more than SHORT_TEXT_MAX; a failed fold is
     * tried again) */
    if (!s->folded && s->read <= SHORT_TEXT_MAX)
        s->folded = folded_text(n, SHORT_TEXT_MAX, 0, &s->read);
    return s->folded && s->read <= max ? s->folded : NULL;
}

/* "12 comments", "3 responses to “Title”", "5 thoughts on “Title”", a
 * link's "Read 8 comments", "See all 40 comments". */
static int counted_comments(const char *t)
{
    static const char *const calls[] = {"read all ", "see all ", "view all ", "show all ",
                                        "read ",     "see ",     "view ",     "show ",
                                        "xem ",      "alle ",    NULL};
    for (const char *const *c = calls; *c; c++)
        if (!strncmp(t, *c, strlen(*c))) {
            t += strlen(*c);
            break;
        }
    static const char *const counted[] = {
        " comments",    " responses",    " thoughts on", " replies",    " kommentare",
        " comentarios", " commentaires", " bình luận",   " commenti",   " comentários",
        " komentarzy",  " komentarze",   " kommentarer", " kommentit",  " reacties",
        " комментари",  " коментар",     " komentář",    " yorum",      " komentar",
        "件のコメント", "条评论",        "則留言",       "개의 댓글",   " تعليق",
        " תגובות",      " σχόλια",       " hozzászólás", " comentarii", NULL};
    size_t digits = strspn(t, "0123456789");
    /* (its readers' comments: the Register's "46 Reader comments") */
    if (digits)
        return in_list(t + digits + (strncmp(t + digits, " reader ", 8) ? 0 : 7), counted, 1);
    /* (or the heading of the comments with their count after it:
     * "Комментарии: 7", "Comments (12)") */
    for (const char *const *h = bt_chrome_comment_heads; *h; h++) {
        size_t len = strlen(*h);
        if (strncmp(t, *h, len))
            continue;
        const char *n = t + len + (t[len] == ':' || t[len] == ' ');
        n += *n == ' ' || *n == '(';
        digits = strspn(n, "0123456789");
        return digits && (!n[digits] || (n[digits] == ')' && !n[digits + 1]));
    }
    return 0;
}

/* Bytes a tool's label before its buttons has at most ("Cỡ chữ:",
 * "Text size:"). */
#define TOOL_LABEL 20

/* Whether text may be a tool's label: a few words, 2 when closed by a
 * colon ("Cỡ chữ:"), 1 when not ("Cỡ chữ"). */
static int tool_label(const xmlChar *text)
{
    size_t len = bt_html_trimmed((const char *)text, strlen((const char *)text));
    return !len || len > TOOL_LABEL ? 0 : text[len - 1] == ':' ? 2 : 1;
}

static int leads_elsewhere(const xmlNode *a);

/* Whether n is a row of labels, two or more ("Share" "Print" as spans a
 * script makes buttons of, "A-" "A+" after "Cỡ chữ:" or "Cỡ chữ"), with
 * nothing between them but a separator or a tool's label. */
static int label_row(const xmlNode *n)
{
    int labels = 0, scripted = 0, bare = 0;
    for (const xmlNode *k = n->children; k; k = k->next) {
        if (k->type == XML_TEXT_NODE && !xmlIsBlankNode(k) && xmlStrlen(k->content) > 3) {
            int tool = tool_label(k->content);
            if (!tool)
                return 0;
            bare += tool == 1;
        }
        const bt_stats *ks = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
        if (!ks || !ks->text)
            continue;
        /* (a link saying the comments' heading is their button: "Bình
         * luận" after "In bài", "Gửi email") */
        const char *t = short_text(k, 64);
        int link = bt_xhtml_is(k, "a"), runs = link && !leads_elsewhere(k);
        /* (a tool's label may be set in an element too, and its buttons be
         * the letter alone: Xinhua's "<span>Font size:</span> <a>A</a>
         * <a>A</a>") */
        const xmlNode *only = k->children;
        if (!link && only && !only->next && only->type == XML_TEXT_NODE &&
            tool_label(only->content) == 2)
            continue;
        /* (or a row of its own: "<a>In bài viết</a> <a>Gửi bài viết</a>
         * <span>Cỡ chữ: <a>A-</a> <a>A+</a></span>") */
        if (!link && label_row(k)) {
            labels++;
            continue;
        }
        if (!t || !(in_list(t, bt_chrome_labels, 0) || (runs && !strcmp(t, "a")) ||
                    (link && in_list(t, bt_chrome_comment_heads, 0))))
            return 0;
        labels++;
        scripted += runs;
    }
    /* (one label alone is a button when its link runs a script: "<span
     * class=inbai><a href="javascript:window.print()">In bài</a>") */
    return labels >= 2 || (labels == 1 && scripted && !bare);
}

/* Letters a row of tags has at most. */
#define TAG_ROW 300

/* Whether n is a row of links after a label of chrome and a colon ("Từ
 * khóa: lũ lụt", "Tags: a, b", "Share: Facebook X"): the links are most of
 * the rest of its text. */
static int tag_row(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    const char *t = s->link && s->text <= TAG_ROW ? short_text(n, TAG_ROW) : NULL;
    const char *colon = t ? strchr(t, ':') : NULL;
    if (!colon || colon == t || (size_t)(colon - t) > 40)
        return 0;
    char label[48];
    size_t len = (size_t)(colon - t);
    while (len && t[len - 1] == ' ')
        len--;
    memcpy(label, t, len);
    label[len] = '\0';
    size_t rest = s->text > len + 1 ? s->text - len - 1 : 0;
    return in_list(label, bt_chrome_labels, 0) && s->link * 10 >= rest * 7;
}

/* The next element shown after n, NULL when none. */
static const xmlNode *shown_after(const xmlNode *n)
{
    const xmlNode *k = n->next;
    while (k && (k->type != XML_ELEMENT_NODE || bt_html_skipped(k)))
        k = k->next;
    return k;
}

/* Whether the next element shown after heading n is a paragraph of the
 * text (its words not links): "Weitere US-Zellprojekte im Aufbau" over one
 * is the article's sub-heading, where "Weitere Artikel" heads a list.  A
 * heading alone in its box looks past the box, into the next one (20
 * Minuten's "<section><h2>Weitere Baustellen im Sommer</h2></section>
 * <section><p>..."); a line that is no heading does not (Sky News's "Why
 * you can trust Sky News" badge over the body's box). */
static int heads_prose(const xmlNode *n)
{
    const xmlNode *k = shown_after(n);
    const xmlNode *one = bt_html_unwrapped(n, BT_HTML_WRAPPERS);
    if (one && bt_html_heading_level(one)) {
        for (int up = 0;
             !k && up < BT_HTML_WRAPPERS && n->parent && bt_html_only_element(n->parent) == n; up++)
            k = shown_after(n = n->parent);
        for (int down = 0; k && !bt_xhtml_is(k, "p") && down < BT_HTML_WRAPPERS; down++)
            k = xmlFirstElementChild((xmlNode *)k);
    }
    return k && bt_xhtml_is(k, "p") && bt_stats_of(k) && bt_stats_of(k)->text >= 80 &&
           bt_stats_link_density(k) < 0.5;
}

/* Names of the line a blog's theme sets under a post. */
static const char *const post_footers[] = {"postmetadata", NULL};
/* Levels up from it at which the post's text is looked for before it. */
#define POST_FOOTER_LEVELS 2

/* Letters a line around a hit counter has at most ("You are visitor
 * number [counter] since January 1, 2002"). */
#define HIT_COUNTER_TEXT 100

/* Whether n holds an old page's hit counter: a picture a counter's script
 * draws ("/cgi-bin/counter?id=", "Count.cgi", FrontPage's "fpcount.exe")
 * or that its alt calls a counter.  The line around it says the same in
 * any language ("Sie sind Besucher Nr."). */
static int hit_counter(const xmlNode *n)
{
    /* (a script's or a counter host's address, not a picture's name that
     * says the word: "herring_counter.jpg") */
    static const char *const scripts[] = {
        "//counter.",  "counter/",    "counter?",    "counter.cgi", "counter.exe",
        "counter.dll", "counter.php", "counter.asp", "count.cgi",   "fpcount",
        "hitcounter",  "fastcounter", NULL};
    static const char *const alts[] = {"counter",      "hit counter",     "web counter",
                                       "free counter", "visitor counter", NULL};
    int found = 0;
    for (const xmlNode *k = n->children; k && !found; k = bt_xhtml_next(k, n, 0)) {
        if (!bt_xhtml_is(k, "img"))
            continue;
        found = bt_xhtml_attr_holds(k, "src", scripts, 0);
        xmlChar *alt = found ? NULL : xmlGetProp(k, (const xmlChar *)"alt");
        for (const char *const *w = alts; alt && *w && !found; w++)
            found = !xmlStrcasecmp(alt, (const xmlChar *)*w);
        xmlFree(alt);
    }
    return found;
}

/* 1 for a label of chrome, or a row of them, 2 for the heading of a block
 * of chrome after it, 3 for the heading of the comments, after which the
 * article is over.  (A slide's picture with its counter, "1/6", is the
 * slide; the counter alone goes.) */
static int label_block(const xmlNode *n)
{
    const char *t = short_text(n, 64);
    int hit =
        !t                                                              ? 0
        : in_list(t, bt_chrome_comment_heads, 0) || counted_comments(t) ? 3
        : in_list(t, bt_chrome_sections, 0)                             ? 2
        : (in_list(t, bt_chrome_labels, 0) && !(bt_html_heading_level(n) && heads_prose(n))) ||
                (bt_slide_counter(t) && !bt_stats_of(n)->images) ||
                (in_list(t, bt_chrome_pointers, 1) && bt_stats_link_density(n) > 0.3) ||
                /* (or its words alone, its link's card set apart under it:
                 * "<p><strong>Le puede interesar:</strong></p><blockquote
                 * class=wp-embedded-content>") */
                in_list(t, bt_chrome_pointers, 0)
            ? 1
        : strlen(t) <= 40 && in_list(t, bt_chrome_section_starts, 1) && !heads_prose(n) ? 2
        : label_row(n)                                                                  ? 1
                                                                                        : 0;
    return hit;
}

/* Whether folded text t says a word of one of lists (NULL-terminated)
 * anywhere: by the phrases that may start at each of its pairs of bytes,
 * for an indexed set; else word by word.  says_within asks it of a block of
 * at most max letters, its text read and folded once for all the lists. */
static int says_in(const char *t, const char *const *const *lists)
{
    const phrase_index *x = phrase_index_of(lists, NULL);
    for (const char *p = t; x && p[0] && p[1]; p++) {
        unsigned h = pair_hash(p);
        for (unsigned i = x->start[h]; i < x->start[h + 1]; i++) {
            const char *w = x->phrase[i];
            /* (the pair's hash may be another pair's) */
            if (p[0] == w[0] && p[1] == w[1] && (!w[2] || p[2] == w[2]) &&
                !strncmp(p, w, x->len[i]))
                return 1;
        }
    }
    if (x)
        return 0;
    int hit = 0;
    for (const char *const *const *l = lists; *l && !hit; l++)
        for (const char *const *w = *l; *w && !hit; w++)
            hit = strstr(t, *w) != NULL;
    return hit;
}

static int says_within(const xmlNode *n, const char *const *const *lists, size_t max)
{
    const char *t = short_text(n, max);
    return t && says_in(t, lists);
}

/* Letters a box's title has at most. */
#define BOX_TITLE_TEXT 60

/* Whether n opens its box as its title over a paragraph, its name an
 * element of the box's ("div.info-box__headline" over "p.info-box__text"):
 * a fact box's title, which "info" does not make metadata. */
static int info_box_title(const xmlNode *n)
{
    static const char *const titles[] = {"title", "headline", "heading", NULL};
    const xmlNode *next = xmlNextElementSibling((xmlNode *)n);
    return !xmlPreviousElementSibling((xmlNode *)n) && bt_xhtml_class_has(n, titles, 1) &&
           bt_xhtml_is(next, "p") && bt_stats_of(next) && bt_stats_of(next)->text &&
           bt_stats_of(n)->text <= BOX_TITLE_TEXT;
}

/* Blocks of text under a box's title at most. */
#define BOX_TEXT_BLOCKS 3

/* Letters of a summary a machine wrote, its points and its warning, at
 * most. */
#define MACHINE_SUMMARY_TEXT 800

/* Whether n is a box of a short title over its text ("A Note to our
 * Readers" over the notice), or of a heading over a few blocks (heise's
 * "Empfohlener redaktioneller Inhalt" over what would load and the
 * consent's terms). */
static int titled_box(const xmlNode *n)
{
    const xmlNode *title = NULL;
    int texts = 0;
    for (const xmlNode *k = n->children; k; k = k->next) {
        const bt_stats *ks = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
        if (k->type == XML_TEXT_NODE && !xmlIsBlankNode(k))
            return 0;
        if (!ks || !ks->text)
            continue;
        if (texts == BOX_TEXT_BLOCKS || !bt_html_is_block(k))
            return 0;
        if (title)
            texts++;
        else
            title = k;
    }
    /* (over more than one block, a heading, or a row a heading opens: a
     * transcript opening on a short line is no box; USA Today's summary
     * opens on "h2 Key points" and its label in one row) */
    return title && texts && bt_stats_of(title)->text < BOX_TITLE_TEXT &&
           (texts == 1 || bt_html_heading_level(title) ||
            bt_html_heading_level(xmlFirstElementChild((xmlNode *)title)));
}

/* Letters a paywall's box has at most, and its longest paragraph. */
#define PAYWALL_BOX_TEXT 1200
#define PAYWALL_PARAGRAPH 200

/* Whether n is a box named a paywall (or premium) that calls to subscribe,
 * none of its paragraphs long: the offer over the rest of the story (Welt's
 * "c-article-paywall__box": its headline, its list of what subscribers
 * get, the price and the login; ANSA's "box-ansa-premium"); a story's body
 * so named ("steady-paywall-container", "paywall-full-content",
 * "premium-content") holds the story's paragraphs. */
static int paywall_box(const xmlNode *n)
{
    static const char *const paywall[] = {"paywall", "premium", NULL};
    const bt_stats *s = bt_stats_of(n);
    if (s->text >= PAYWALL_BOX_TEXT || s->images || !bt_xhtml_class_has(n, paywall, 1) ||
        !says_within(n, subscribing, PAYWALL_BOX_TEXT))
        return 0;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, "p") && bt_stats_of(k) && bt_stats_of(k)->text >= PAYWALL_PARAGRAPH)
            return 0;
    return 1;
}

/* A block of its own text saying a word of lists, a notice of the site's
 * (how it earns from its links, that it sets cookies): not a picture's
 * caption, nor a list's item ("soap (an affiliate link)"). */
static int site_notice(const xmlNode *n, const char *const *const *lists)
{
    const bt_stats *s = bt_stats_of(n);
    return !s->images && !bt_xhtml_is(n, "li") && (s->own * 10 >= s->text * 9 || titled_box(n)) &&
           says_within(n, lists, 700);
}

/* "©" or "copyright" before a year, in folded text. */
static int copyright_year(const char *t)
{
    static const char *const marks[] = {"\xC2\xA9", "copyright", NULL};
    for (const char *const *m = marks; *m; m++)
        for (const char *p = strstr(t, *m); p; p = strstr(p + 1, *m)) {
            const char *q = p + strlen(*m);
            q += strspn(q, " :\xC2\xA9");
            if ((!strncmp(q, "19", 2) || !strncmp(q, "20", 2)) && strspn(q, "0123456789") == 4)
                return 1;
        }
    return 0;
}

/* A block of its own text (no pictures, none just before it: a picture's
 * credit says "©" too) that states the site's or an agency's rights. */
static int rights_notice(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (s->images || s->own * 10 < s->text * 9)
        return 0;
    const char *t = short_text(n, SHORT_TEXT_MAX);
    /* (words that say the rights are reserved say so after a video's
     * poster too: the Gazzetta's "© RIPRODUZIONE RISERVATA") */
    /* (a picture's caption may close on them: ANSA's "... - RIPRODUZIONE
     * RISERVATA" in its "news-caption") */
    if (t && says_in(t, rights_list))
        return !(s->text > CAPTION_NOTICE && bt_html_caption_marked(n));
    const xmlNode *before = n->prev;
    while (before && before->type != XML_ELEMENT_NODE)
        before = before->prev;
    /* (a credit under a picture, not a notice after an author's box: a
     * photo beside a paragraph about them) */
    if (before && bt_stats_of(before) && bt_stats_of(before)->images && !bt_stats_of(before)->ptext)
        return 0;
    int hit = t && copyright_year(t);
    /* (the notice's first line alone, "Copyright PUNCH.", before the
     * paragraph reserving the rights) */
    if (t && !hit && s->text < SHORT_RIGHTS && !strncmp(t, "copyright ", 10)) {
        const xmlNode *after = n->next;
        while (after && after->type != XML_ELEMENT_NODE)
            after = after->next;
        const char *a = after && bt_stats_of(after) ? short_text(after, SHORT_TEXT_MAX) : NULL;
        hit = a && says_in(a, rights_list);
    }
    for (const char *const *w = bt_chrome_short_rights; t && *w && !hit && s->text < SHORT_RIGHTS;
         w++)
        hit = strstr(t, *w) != NULL;
    return hit;
}

/* A short line that opens so ("Sponsored by Acme"), or that thanks "our
 * sponsors", or a longer one that says it is an ad; t: the line's folded
 * text. */
static int sponsor_line(const char *t)
{
    size_t len = strlen(t);
    len -= len && t[len - 1] == '!';
    return in_list(t, bt_chrome_ad_marks, 1) ||
           (len <= SPONSOR_LINE &&
            (in_list(t, bt_chrome_sponsor_starts, 1) ||
             (strstr(t, "our ") && len >= 8 && !strncmp(t + len - 8, "sponsors", 8))));
}

/* A slide a carousel cloned to loop round (slick's "slick-cloned", owl's
 * "cloned", swiper's "swiper-slide-duplicate", glide's "glide__slide--clone"):
 * a copy of a slide the page shows already. */
static int carousel_clone(const xmlNode *n)
{
    static const char *const clones[] = {"cloned", "clone", "slide-duplicate", NULL};
    return bt_xhtml_class_has(n, clones, 0);
}

/* Whether n is named for a screen: "mobile", "desktop", or a responsive
 * class that shows it on some widths only. */
static int screen_named(const xmlNode *n)
{
    static const char *const screens[] = {"mobile", "desktop", "tablet", "sticky", NULL};
    return bt_xhtml_class_has(n, screens, 0) || bt_html_screens(n);
}

/* A block a page prints again for another screen ("slide desktop" before
 * "slide mobile", "md:hidden" before "hidden md:block", the two shown one
 * at a time): word for word a later sibling named for a screen too.  (The
 * first copy goes: cleaning has not yet entered the later one, whose text
 * is still whole.)  n's text is read once, and only a sibling of as many
 * letters is read: a page may name a hundred ads between its paragraphs
 * "ad-mobile". */
static int screen_copy(const xmlNode *n)
{
    if (!screen_named(n))
        return 0;
    bt_buf a = BT_BUF_INIT, b = BT_BUF_INIT;
    bt_html_text(n, &a, 20000);
    int same = 0;
    for (const xmlNode *k = n->next; k && a.len >= 40 && !same; k = k->next)
        if (k->type == XML_ELEMENT_NODE && bt_stats_of(k) &&
            bt_stats_of(k)->text == bt_stats_of(n)->text && screen_named(k)) {
            bt_buf_truncate(&b, 0);
            bt_html_text(k, &b, 20000);
            same = a.len == b.len && !memcmp(a.data, b.data, a.len);
        }
    bt_buf_free(&a);
    bt_buf_free(&b);
    return same;
}

/* The last link of n that says something; NULL if none. */
static const xmlNode *last_link(const xmlNode *n)
{
    const xmlNode *last = NULL;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, bt_html_skipped(k)))
        if (bt_xhtml_is(k, "a") && bt_stats_of(k) && bt_stats_of(k)->text)
            last = k;
    return last;
}

/* Letters a pointer's label has at most before its colon. */
#define POINTER_LABEL 48

/* Letters in capitals a label before its colon has at least. */
#define CAPS_LABEL_LETTERS 4

/* Whether n's text opens with a label in capitals, a colon after it
 * ("MORE ENERGY NEWS:", "RELATED:"). */
static int caps_label(const xmlNode *n)
{
    bt_buf b = BT_BUF_INIT;
    bt_html_text(n, &b, POINTER_LABEL + 8);
    const char *t = b.data ? b.data + strspn(b.data, " ") : "";
    const char *colon = strchr(t, ':');
    int upper = 0;
    for (const char *p = t; colon && p < colon; p++)
        upper += *p >= 'A' && *p <= 'Z';
    /* (small letters in any script: "XEM THÊM:" is in capitals) */
    int caps = colon && colon - t <= POINTER_LABEL && upper >= CAPS_LABEL_LETTERS &&
               !bt_utf8_has_lower(t, (size_t)(colon - t));
    bt_buf_free(&b);
    return caps;
}

static int within_site(const xmlNode *a);
static int ends_with_colon(const xmlNode *n, size_t max);

/* Words a link to another story says at least: a headline, not a name
 * ("Company in focus: <a>IBM</a>" in a listicle's entry). */
#define POINTER_HEADLINE_WORDS 4

/* Whether n opens with a label in bold closed by a colon, and its one link
 * after it, a headline, leads within the site: USA Today's "<strong>
 * Tracking your money:</strong> <a>Medicare open enrollment is here...</a>". */
static int bold_label_to_site(const xmlNode *n)
{
    const xmlNode *first = n->children;
    while (first && first->type == XML_TEXT_NODE && xmlIsBlankNode((xmlNode *)first))
        first = first->next;
    const xmlNode *a = last_link(n);
    return (bt_xhtml_is(first, "strong") || bt_xhtml_is(first, "b")) &&
           ends_with_colon(first, POINTER_LABEL + 8) && a && within_site(a) &&
           bt_xhtml_words(a, POINTER_HEADLINE_WORDS) >= POINTER_HEADLINE_WORDS;
}

/* A line that opens with a pointer's words and is mostly a link, or is
 * its label, a colon and then a link alone ("Mehr Artikel aus dieser
 * Rubrik gibt es hier: <a>Eimsbüttel</a>"); so is one whose label is in
 * capitals. */
static int pointer_line(const xmlNode *n)
{
    const char *t = short_text(n, 300);
    /* (in brackets too: El Tiempo's "(Le puede interesar: <a>...</a>)") */
    if (t && (*t == '(' || *t == '['))
        t += 1 + strspn(t + 1, " ");
    /* (or a label in capitals whatever its words: "MORE ENERGY NEWS:
     * <a>...</a>" between a paper's paragraphs; not a table's row) */
    int caps = t && bt_stats_of(n)->link && strchr(t, ':') &&
               (bt_xhtml_is(n, "p") || bt_xhtml_is(n, "div")) &&
               !in_list(t, bt_chrome_pointers, 1) && (caps_label(n) || bold_label_to_site(n));
    if (!t || (!caps && !in_list(t, bt_chrome_pointers, 1)))
        return 0;
    if (!caps && bt_stats_link_density(n) >= 0.3)
        return 1;
    const char *colon = strchr(t, ':');
    const xmlNode *a = colon && colon - t <= POINTER_LABEL ? last_link(n) : NULL;
    const char *link = a ? short_text(a, 300) : NULL;
    return link && !strcmp(colon + 1 + strspn(colon + 1, " "), link);
}

/* Whether folded text t says w as a word of its own. */
static int says_word(const char *t, const char *w)
{
    size_t len = strlen(w);
    for (const char *p = strstr(t, w); p; p = strstr(p + 1, w)) {
        unsigned char after = (unsigned char)p[len];
        if ((p == t || p[-1] == ' ') && (after < 0x80 && !isalnum(after)))
            return 1;
    }
    return 0;
}

/* A line that opens on a call to download something now ("Download the
 * sources right now from X", "Jetzt kostenlos herunterladen"): a shop's or
 * a button's, not the story's.  t: the line's folded text. */
static int download_call(const char *t)
{
    static const char *const verbs[] = {"download", "herunterladen", "télécharge", "descarga",
                                        "tải về",   "tải ngay",      NULL};
    static const char *const nows[] = {"now", "jetzt", "maintenant", "ahora", "ngay", NULL};
    int verb = 0, now = 0;
    if (strlen(t) > 120)
        return 0;
    for (const char *const *v = verbs; *v && !verb; v++)
        verb = strstr(t, *v) != NULL;
    for (const char *const *w = nows; verb && *w && !now; w++)
        now = says_word(t, *w);
    return now && (in_list(t, verbs, 1) || in_list(t, nows, 1));
}

/* Whether list n is an item's own, under the words that introduce it
 * ("<li>In progress:<ul><li><a>Bug 1677080 – ...</a>"): the links are what
 * the item lists, its list judged whole. */
static int item_list(const xmlNode *n)
{
    if (!(bt_xhtml_is(n, "ul") || bt_xhtml_is(n, "ol")) || !bt_xhtml_is(n->parent, "li"))
        return 0;
    for (const xmlNode *k = n->prev; k; k = k->prev)
        if (k->type == XML_TEXT_NODE && k->content) {
            const char *t = (const char *)k->content;
            size_t len = bt_html_trimmed(t, strlen(t));
            if (len)
                return t[len - 1] == ':';
        }
    return 0;
}

/* Levels up from a block looked at for the paragraphs around it, and the
 * letters of paragraphs such a block of the text has at least. */
#define AROUND_LEVELS 4
#define AROUND_PARAGRAPH 80

/* Whether a paragraph of the text comes after block n (after: 1) or
 * before it, at its level or at one of its boxes', levels at most. */
static int paragraphs_beside(const xmlNode *n, int after, int levels)
{
    int found = 0;
    for (int up = 0; n && n->type == XML_ELEMENT_NODE && up < levels && !found; up++, n = n->parent)
        for (const xmlNode *k = after ? n->next : n->prev; k && !found;
             k = after ? k->next : k->prev)
            found = k->type == XML_ELEMENT_NODE && bt_stats_of(k) &&
                    bt_stats_of(k)->ptext >= AROUND_PARAGRAPH;
    return found;
}

/* Whether paragraphs of the text come before block n and after it (a box
 * named "box-info" holding a list, no link, among the story's paragraphs
 * is a fact box of it, no row of its metadata: Tuổi Trẻ's fares). */
static int between_paragraphs(const xmlNode *n)
{
    return paragraphs_beside(n, 0, AROUND_LEVELS) && paragraphs_beside(n, 1, AROUND_LEVELS);
}

/* Whether folded line t is a label of chrome and an address to copy
 * ("Copy link https://cafebiz.vn/..."), nothing else. */
static int label_url_line(const char *t)
{
    const char *url = strrchr(t, ' ');
    if (!url || url - t >= 64 || (!strstr(url, "://") && strncmp(url + 1, "www.", 4)))
        return 0;
    char label[64];
    size_t len = (size_t)(url - t);
    while (len && (t[len - 1] == ' ' || t[len - 1] == ':'))
        len--;
    memcpy(label, t, len);
    label[len] = '\0';
    return len && in_list(label, bt_chrome_labels, 0);
}

/* Words a contact line's label has at most ("Contact:", "E-mail us:"). */
#define CONTACT_LABEL_WORDS 3

/* A line that is a label and an e-mail address alone ("Contact:
 * the.punch.newspaper@gmail.com", "Liên hệ: toasoan@...") : the site's
 * address, no line of a story.  t: the line's folded text. */
static int contact_line(const char *t)
{
    const char *colon = strchr(t, ':'), *at = strchr(t, '@');
    if (!colon || !at || at < colon || strlen(t) > 96)
        return 0;
    const char *mail = colon + 1 + strspn(colon + 1, " ");
    size_t len = strcspn(mail, " ");
    char label[64];
    size_t ll = (size_t)(colon - t);
    if (ll >= sizeof(label) || mail[len] || at >= mail + len || !strchr(at, '.'))
        return 0;
    memcpy(label, t, ll);
    label[ll] = '\0';
    return bt_word_count(label) <= CONTACT_LABEL_WORDS;
}

/* A line saying when a broadcaster aired the story ("Sendung:
 * hr-fernsehen, hessenschau, 12.09.2023, 19.30 Uhr"), its programme and
 * its date; t: the line's folded text. */
static int broadcast_line(const char *t)
{
    /* (its box's label may open it, the programme and its date after it:
     * tagesschau's "Dieses Thema im Programm: <span>Über dieses Thema
     * berichtete ...", MDR's "Dieses Thema im Programm: MDR THÜRINGEN - Das
     * Radio | ... | 18. November 2025 | 19:00 Uhr") */
    int labelled = 0;
    for (const char *const *l = bt_chrome_broadcast_labels; *l && !labelled; l++) {
        size_t len = strlen(*l);
        labelled = !strncmp(t, *l, len) && t[len] == ' ';
        t += labelled ? len + 1 : 0;
    }
    return strlen(t) <= 160 && (labelled || in_list(t, bt_chrome_broadcast_lines, 1)) &&
           bt_html_says_date(t);
}

/* A line giving the time the post takes to read ("6 min read", "Lesezeit:
 * 3 Minuten"), a date at most beside it (not the byline's names too);
 * t: the line's folded text. */
static int reading_time(const char *t)
{
    return strlen(t) <= 48 && strpbrk(t, "0123456789") && says_in(t, reading_times);
}

/* A counter of the post's views, its number before or after its label
 * ("Lượt xem: 2.103", "1.2k views", "Aufrufe: 312", "Vu 2 413 fois"): the
 * site's line, never the story's.  t: the line's folded text. */
static int one_count(const char *t)
{
    size_t n = strspn(t, "0123456789.,");
    if (n) {
        const char *p = t + n + (t[n] == 'k' || t[n] == 'm');
        return in_list(p + strspn(p, " "), bt_chrome_view_counts, 0);
    }
    for (const char *const *w = bt_chrome_view_counts; *w; w++) {
        size_t len = strlen(*w);
        if (strncmp(t, *w, len))
            continue;
        const char *p = t + len + strspn(t + len, " :");
        n = strspn(p, "0123456789.,");
        /* (a number grouped by spaces, "times" after it or nothing: "Vu 2
         * 413 fois", "Olvasva: 3 841") */
        size_t grouped = n ? strspn(p, "0123456789., ") : 0;
        return n && (!p[grouped] || ((p[n] == 'k' || p[n] == 'm') && !p[n + 1]) ||
                     !strcmp(p + grouped, "fois"));
    }
    return 0;
}

/* Counters a row of a post's counters has at most. */
#define COUNTERS 4

/* The separator of counters in a row at or after p, a bar or a middle dot,
 * its length in *len; the string's end, *len 0, when none. */
static const char *counter_separator(const char *p, size_t *len)
{
    for (; *p; p++)
        if (*p == '|' || !strncmp(p, "\xC2\xB7", 2)) {
            *len = *p == '|' ? 1 : 2;
            return p;
        }
    *len = 0;
    return p;
}

/* Whether folded t is such a counter, or a row of several parted by bars
 * or dots ("15,2k lượt xem · 342 chia sẻ"). */
static int view_count(const char *t)
{
    for (int n = 0; n < COUNTERS; n++) {
        char part[64];
        size_t sep, len = (size_t)(counter_separator(t, &sep) - t);
        const char *end = t + len;
        while (len && t[len - 1] == ' ')
            len--;
        if (len >= sizeof(part))
            return 0;
        memcpy(part, t, len);
        part[len] = '\0';
        if (!one_count(part))
            return 0;
        if (!sep)
            return 1;
        t = end + sep;
        t += strspn(t, " ");
    }
    return 0;
}

/* Bytes of a forum attachment's line at most. */
#define ATTACHMENT_LINE 160

/* Whether folded t is a forum attachment's line: a file's name and its
 * size in brackets, then its views at most (phpBB's "tank.jpg (187.42 KiB)
 * Viewed 421 times", vBulletin's "tank.jpg (45.2 KB, 12 views)"). */
static int attachment_line(const char *t)
{
    static const char *const units[] = {"bytes", "kib", "kb", "mib", "mb", NULL};
    const char *open = strlen(t) <= ATTACHMENT_LINE ? strstr(t, " (") : NULL;
    const char *dot = open ? memchr(t, '.', (size_t)(open - t)) : NULL;
    if (!dot || dot == t || strchr(t, ' ') < open || open - dot > 5)
        return 0;
    const char *p = open + 2;
    p += strspn(p, "0123456789.,");
    if (p == open + 2 || *p++ != ' ')
        return 0;
    for (const char *const *u = units; *u; u++)
        if (!strncmp(p, *u, strlen(*u)) && (p[strlen(*u)] == ')' || p[strlen(*u)] == ','))
            return 1;
    return 0;
}

/* A review's score as the article states it ("4.7 / 5.0", "Our Score: 9 out
 * of 10"), in a block named as a rating or a score (a gallery's counter,
 * "1 / 12", is named else), whatever else its name says: the reviewer's
 * verdict, not a widget asking the readers to vote ("4.5/5 (12 votes)").
 * The number, a bar or "out of" and the scale end the line, after a label
 * of two words at most. */
static int review_score(const xmlNode *n)
{
    static const char *const outs[] = {"/", "out of", "von", "sur", "de", "su", "trên", "na", NULL};
    static const char *const scores[] = {"rating", "score", "stars", "diem", NULL};
    const bt_stats *s = bt_stats_of(n);
    const char *t = s->text && s->text <= 40 && s->nodes < 16 && bt_xhtml_class_has(n, scores, 0)
                        ? short_text(n, 64)
                        : NULL;
    if (!t)
        return 0;
    const char *colon = strchr(t, ':'), *p = colon ? colon + 1 : t;
    int words = 0;
    for (const char *w = t; colon && w < colon; w++)
        words += w[0] != ' ' && (w == t || w[-1] == ' ');
    if (words > 2)
        return 0;
    p += strspn(p, " ");
    size_t num = strspn(p, "0123456789.,");
    if (!num || !isdigit((unsigned char)p[0]))
        return 0;
    p += num;
    p += strspn(p, " ");
    const char *const *o = outs;
    while (*o && strncmp(p, *o, strlen(*o)))
        o++;
    if (!*o)
        return 0;
    p += strlen(*o);
    p += strspn(p, " ");
    num = strspn(p, "0123456789.,");
    return num && isdigit((unsigned char)p[0]) && !p[num];
}

/* A post's toolbar: a short line of parts between bars, one of them its
 * comments ("Posted in News | 3 comments | Add comment"); t: its folded
 * text. */
static int post_toolbar(const char *t)
{
    static const char *const words[] = {
        "comment",      "comments",   "kommentar",   "kommentare", "commentaire",
        "commentaires", "comentario", "comentarios", "bình luận",  NULL,
    };
    int hit = 0;
    if (strlen(t) > 200 || !strchr(t, '|'))
        return 0;
    for (const char *const *w = words; *w && !hit; w++)
        hit = says_word(t, *w);
    return hit;
}

/* Letters a paper's note of its print edition has at most. */
#define PRINT_NOTE 80

/* A paper's note of the print edition that carried the story ("Published
 * in The Express Tribune, June 12th, 2024.", "This story appears in the
 * April 2024 issue of National Geographic magazine."); t: its folded text. */
static int print_note(const char *t)
{
    return (strlen(t) <= PRINT_NOTE && !strncmp(t, "published in ", 13) && bt_html_says_date(t)) ||
           in_list(t, bt_chrome_print_notes, 1);
}

/* Elements of a <header> read for its h1 or its lead: a page's header has
 * fewer, and headers nested without end (hostile pages) are not read again
 * below every level. */
#define HEADER_NODES 1024

static int has_h1(xmlNode *n)
{
    int budget = HEADER_NODES;
    for (xmlNode *k = n->children; k && budget-- > 0; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, "h1"))
            return 1;
    return 0;
}

/* Words a header's paragraph says to be the article's lead (standfirst). */
#define HEADER_LEAD_WORDS 12

/* Letters a box the lead opens holds at most, the lead's and its rows'. */
#define LEAD_BOX_TEXT 400

/* Whether n is a small box the lead the headline's parts marked opens
 * ("bantin-lead"; a page's own "sapo" names the teasers of a box of other
 * stories too), the byline's row and the tools after it: Medium's "div >
 * h2.pw-subtitle-paragraph" over the reading time and the claps.  The box
 * stays, its rows cleaned one by one. */
static int holds_lead(const xmlNode *n)
{
    static const char *const marked[] = {"bantin-lead", NULL};
    const xmlNode *first = xmlFirstElementChild((xmlNode *)n);
    return bt_stats_of(n)->text <= LEAD_BOX_TEXT && first && bt_xhtml_class_has(first, marked, 0);
}

/* Whether an article's <header> without its headline in an h1 (an h2
 * headline, or the h1 above the article) holds the lead: a paragraph of
 * sentences, or a block named as a lead, outside links, or, opening the
 * box right after the h1, a shorter one named as the subline (Drupal's
 * "h1 + article > header > div.field-name-field-subhead").  Its other
 * parts (the date, the byline, a share bar) are then cleaned one by one. */
static int header_lead(const xmlNode *n)
{
    static const char *const trails[] = {"breadcrumb", "breadcrumbs", NULL};
    int budget = HEADER_NODES;
    /* (under a headline, a div of text alone says it too when it is
     * sentences, no dated row: Spiegel's lead is a "RichText" div under its
     * h2; Slashdot's "Posted by ... <time> from the ... dept." is not) */
    int headed = bt_stats_of(n) && bt_stats_of(n)->heading;
    /* (a subline is looked for in a header opening the box right under the
     * headline: a teaser card's header, the site's, are no story's) */
    const xmlNode *box = n->parent;
    int under_headline = box && bt_html_element_beside(n, 0) == NULL &&
                         bt_html_heading_level(bt_html_element_beside(box, 0)) == 1;
    for (const xmlNode *k = n->children; k && budget-- > 0; k = bt_xhtml_next(k, n, 0)) {
        /* (a site's menu says it is the site's; the article's trail of
         * sections above its headline does not) */
        if (bt_xhtml_is(k, "nav") && !bt_xhtml_class_has(k, trails, 1))
            return 0;
        const bt_stats *s = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
        if (s && s->text && !s->images && bt_stats_link_density(k) < 0.3 &&
            (bt_xhtml_is(k, "p") || bt_xhtml_class_has(k, bt_xhtml_lead_classes, 0) ||
             (headed && bt_html_text_div(k) && bt_html_closes_sentence(k) &&
              !bt_xhtml_find((xmlNode *)k, "time"))) &&
            !bt_xhtml_class_has(k, bt_xhtml_byline_classes, 1) &&
            bt_xhtml_words(k, HEADER_LEAD_WORDS) >= HEADER_LEAD_WORDS)
            return 1;
        if (under_headline && s && s->text && !s->images && !s->link && bt_html_subline_block(k))
            return 1;
    }
    return 0;
}

/* A block named as a header ("listicle-header", "entry-header") that holds
 * the article's lead: its name makes it unlikely, as a site's header is,
 * and the lead, the hero picture and the byline went with it. */
static int lead_header(const xmlNode *n)
{
    static const char *const headers[] = {"header", NULL};
    return bt_html_attr_matches(n, headers) && header_lead(n);
}

/* Whether n wraps the article's <header> that holds its lead (a page's
 * container around the header, the body in another). */
static int wraps_lead_header(const xmlNode *n)
{
    const xmlNode *h = bt_html_unwrapped(n, BT_HTML_WRAPPERS);
    return h && h != n && bt_xhtml_is(h, "header") && header_lead(h);
}

/* Whether n is left out of a post header's time stamp: its heading. */
static int heading_or_skipped(const xmlNode *n)
{
    return bt_html_heading_level(n) || bt_html_skipped(n);
}

/* Bytes of a live post's time stamp at most ("8m ago 16.40 GMT", "8:55
 * p.m. ET, September 10, 2025"), and of the post's text after its header
 * at least. */
#define POST_STAMP_TEXT 60
#define POST_TEXT 80

/* Whether n is a live blog post's header: its heading and a time stamp
 * (linked or not), opening a box of the post's text: "<article><header><a>
 * <time>16.40 GMT</time></a><h2>...</h2></header><p>..." (not a video's
 * title and date closing its player). */
static int post_header(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n), *up = n->parent ? bt_stats_of(n->parent) : NULL;
    if (!s->text || !s->heading || s->text - s->heading > POST_STAMP_TEXT ||
        s->link > s->text - s->heading || !up || up->text < s->text + POST_TEXT)
        return 0;
    for (const xmlNode *k = n->prev; k; k = k->prev)
        if (k->type == XML_ELEMENT_NODE && bt_stats_of(k) && bt_stats_of(k)->text)
            return 0;
    bt_buf t = BT_BUF_INIT;
    bt_xhtml_dom_text_except(n, &t, 2 * POST_STAMP_TEXT, heading_or_skipped);
    int stamp = t.data && (bt_html_says_date(t.data) || bt_xhtml_find(n, "time"));
    bt_buf_free(&t);
    return stamp;
}

/* A box holding a heading only, no link (a section's "<header><h2>
 * Features</h2></header>"): the article's sub-heading, not a masthead
 * (whose site name links home); or a live post's header. */
static int section_header(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return (s->text && !s->link && s->heading * 10 >= s->text * 9) || post_header(n);
}

/* Whether an element near above n is named tag (inside an article's
 * <header>, even a paragraph is metadata, as bantin's own pages write it). */
static int inside(const xmlNode *n, const char *tag)
{
    int up = BT_HTML_NEAR;
    for (n = n->parent; n && n->type == XML_ELEMENT_NODE && up--; n = n->parent)
        if (bt_xhtml_is(n, tag))
            return 1;
    return 0;
}

/* Letters of n's text in its children that are in (set in bold, in
 * italics), or, deep, in such elements whatever wraps them ("<div><p><b>Name
 * </b></p></div>"). */
static size_t letters_in(const xmlNode *n, int (*in)(const xmlNode *), int deep)
{
    size_t letters = 0;
    for (xmlNode *k = n->children; k;) {
        int is = k->type == XML_ELEMENT_NODE && in(k);
        if (is && bt_stats_of(k))
            letters += bt_stats_of(k)->text;
        k = bt_xhtml_next(k, n, !deep || is || k->type != XML_ELEMENT_NODE);
    }
    return letters;
}

static int emphasis(const xmlNode *n) { return bt_xhtml_is(n, "em") || bt_xhtml_is(n, "i"); }

/* Bold by markup or style: a class saying "bold" names a box's label as
 * often as a line (RoyalRoad's "span.caption-subject.bold" over an
 * author's note). */
static int set_bold(const xmlNode *n) { return bt_xhtml_bold(n, 0); }

/* Elements below a line or a paragraph that letters_in reads, at most: a
 * block of more is neither (and deep nesting is not read at each level). */
#define LINE_NODES 64

int bt_html_bold_line(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return s->text && !s->link && s->nodes < LINE_NODES && letters_in(n, set_bold, 1) == s->text;
}

/* A paragraph all in italics. */
static int italic_para(const xmlNode *n)
{
    const bt_stats *s = n && bt_xhtml_is(n, "p") ? bt_stats_of(n) : NULL;
    return s && s->text && s->nodes < LINE_NODES && letters_in(n, emphasis, 0) * 10 >= s->text * 9;
}

/* Letters a line pointing "here" at a topic's page says at most. */
#define HERE_LINE_TEXT 200

/* The length of s without the stops, arrows (">>>") and spaces it ends
 * with. */
static size_t without_arrows(const char *s)
{
    size_t len = strlen(s);
    while (len && strchr(". >", s[len - 1]))
        len--;
    return len;
}

/* Whether n, a paragraph in bold or italics, ends on a link to another
 * page that says only "here" ("* Tham khảo thêm các bài viết về giá vàng
 * <a>TẠI ĐÂY.</a>", "Rực lửa cuộc đua chuyển nhượng ... - <a>Bấm xem
 * &gt;&gt;&gt;</a>"): the site's pointer to its topic page, set off from
 * the story's paragraphs by its type. */
static int here_pointer(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (!bt_xhtml_is(n, "p") || !s->link || s->images || s->text >= HERE_LINE_TEXT ||
        s->nodes >= LINE_NODES || !(letters_in(n, set_bold, 1) == s->text || italic_para(n)))
        return 0;
    const xmlNode *a = last_link(n);
    const char *t = short_text(n, 4 * HERE_LINE_TEXT), *link = a ? short_text(a, 64) : NULL;
    if (!t || !link || !leads_elsewhere(a))
        return 0;
    /* (the link ends the line, its stops and arrows aside) */
    size_t tl = without_arrows(t), ll = without_arrows(link);
    if (!ll || tl < ll || strncmp(t + tl - ll, link, ll))
        return 0;
    char *said = strndup(link, ll);
    int here = said && in_list(said, bt_chrome_here_links, 0);
    free(said);
    return here;
}

/* Letters a byline says at most: a name or two, an agency. */
#define BYLINE_TEXT 100

/* A block named as a byline that says a name or two, whether or not they
 * link to the authors' pages; with an author's photo at most, and no
 * heading (an author's box at the end: "<h3>Autor</h3><h4>Name</h4>"). */
static int byline_block(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return s && s->images <= 1 && s->text <= BYLINE_TEXT && !s->heading &&
           bt_xhtml_class_has(n, bt_xhtml_byline_classes, 1);
}

int bt_html_byline_named(const xmlNode *n, const char *const *classes)
{
    if (!bt_stats_of(n) || bt_stats_of(n)->text > BYLINE_TEXT)
        return 0;
    for (int depth = 0; n && depth <= BT_HTML_WRAPPERS; depth++, n = bt_html_only_element(n))
        if (bt_xhtml_class_has(n, classes, 1))
            return 1;
    return 0;
}

/* Whether n is a byline's block or within one, a few levels down (its
 * name's wrappers in a page builder's wrappers). */
static int in_byline(const xmlNode *n)
{
    for (int up = 2 * BT_HTML_WRAPPERS; n && n->type == XML_ELEMENT_NODE && up--; n = n->parent)
        if (bt_xhtml_class_has(n, bt_xhtml_byline_classes, 1))
            return byline_block(n);
    return 0;
}

/* The photo by a byline's names: a block of pictures without text in the
 * byline's block, or that block itself. */
static int author_photo(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return s && !s->text && s->images && in_byline(n);
}

/* Letters an author's job title has at most ("Staff Writer"). */
#define AUTHOR_TITLE_TEXT 40

/* An author's job title its class names, beside their name in the byline
 * ("<div class=author-title>Staff Writer</div>"): the site's staff list, no
 * part of the story nor of its byline's names. */
static int author_title(const xmlNode *n)
{
    static const char *const titles[] = {
        "author-title", "author-role", "author-job", "author-position",
        "byline-title", "job-title",   NULL};
    const bt_stats *s = bt_stats_of(n);
    if (!s || !s->text || s->text > AUTHOR_TITLE_TEXT || s->link || s->images ||
        !bt_xhtml_class_has(n, titles, 0) || !in_byline(n))
        return 0;
    /* (not a wrapper of the name: "author-title-wrapper" around "__author") */
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_class_has(k, bt_xhtml_byline_classes, 0))
            return 0;
    return 1;
}

static int own_list_tag(const xmlNode *n) { return bt_xhtml_is(n, "ul") || bt_xhtml_is(n, "ol"); }

/* Whether n is in a box a CMS names as the lead, near above it. */
static int in_lead(const xmlNode *n)
{
    for (int up = 3; n && n->type == XML_ELEMENT_NODE && up--; n = n->parent)
        if (bt_xhtml_class_has(n, bt_xhtml_lead_classes, 1))
            return 1;
    return 0;
}

/* Whether n or an element just above it is one of the article's own small
 * parts (a byline's name in a div of its own, a caption's lines). */
static int in_own_part(const xmlNode *n)
{
    for (int up = 3; n && n->type == XML_ELEMENT_NODE && up--; n = n->parent)
        if (own_part_named(n))
            return !bt_xhtml_class_has(n, bt_xhtml_byline_classes, 1) || byline_block(n);
    return 0;
}

/* A table of data rather than of layout, as Readability tells them: header
 * cells, a caption, or rows and columns enough, and no table inside. */
static int data_table(const xmlNode *n)
{
    bt_stats *s = bt_stats_of(n);
    if (!bt_xhtml_is(n, "table"))
        return 0;
    if (s && s->data >= 0)
        return s->data;
    if (s)
        s->data = 0;
    xmlChar *role = xmlGetProp(n, (const xmlChar *)"role");
    int presentation = role && !xmlStrcasecmp(role, (const xmlChar *)"presentation");
    xmlFree(role);
    if (presentation)
        return 0;
    size_t rows = 0, cols = 0, cells = 0;
    int header = 0;
    for (xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, bt_xhtml_is(k, "table"))) {
        if (bt_xhtml_is(k, "table"))
            return 0;
        header |= bt_xhtml_is(k, "th") || bt_xhtml_is(k, "thead") || bt_xhtml_is(k, "caption");
        if (bt_xhtml_is(k, "tr")) {
            rows++;
            if (cells > cols)
                cols = cells;
            cells = 0;
        }
        cells += bt_xhtml_is(k, "td") || bt_xhtml_is(k, "th");
    }
    if (cells > cols)
        cols = cells;
    int data = header || rows >= 10 || cols > 4 || rows * cols > 10;
    if (s)
        s->data = (signed char)data;
    return data;
}

/* Whether table has rows enough to be a table of data, not a strip of
 * navigation laid out in cells ("Previous Article | ... | Next Article"). */
static int rows_of_data(const xmlNode *table)
{
    int rows = 0;
    for (const xmlNode *k = table->children; k && rows < 2; k = k->next)
        if (bt_xhtml_is(k, "tr"))
            rows++;
        else if (bt_xhtml_is(k, "thead") || bt_xhtml_is(k, "tbody"))
            for (const xmlNode *r = k->children; r && rows < 2; r = r->next)
                rows += bt_xhtml_is(r, "tr");
    return rows >= 2;
}

/* Whether n is a cell of a table of data, or inside one. */
static int in_data_table(const xmlNode *n)
{
    int up = BT_HTML_NEAR;
    for (const xmlNode *k = n; k && k->type == XML_ELEMENT_NODE && up--; k = k->parent)
        if (bt_xhtml_is(k, "table"))
            return rows_of_data(k) && data_table(k);
    return 0;
}

/* Elements in a box of captioned pictures, at most: a gallery's dozen. */
#define CAPTION_BOX_NODES 400

/* Whether all n's text is in captions: figcaptions, or elements of a
 * caption's or credit's class unless figcaptions only; links or not, or
 * mostly not links: the box of a picture and its caption, of a gallery of
 * captioned pictures, or of a caption alone after its picture, however few
 * its words and many its pictures. */
static int figure_button(const xmlNode *n);

/* The letters of n's captions, as captions_only counts them; with
 * buttons set, a picture's buttons are weighed, their letters added to
 * *buttons and the captions inside them left out, else every caption is
 * counted (no fewer letters: a cheap first look). */
static size_t caption_letters(const xmlNode *n, int figcaptions, size_t *link, size_t *buttons)
{
    size_t text = 0;
    for (const xmlNode *k = n->children; k;) {
        /* (a box of a caption's class holding the picture is the picture's;
         * a figure without a picture is a video's, its caption none; the
         * picture's buttons, "View Photos", say nothing of it) */
        int el = k->type == XML_ELEMENT_NODE && bt_stats_of(k);
        int video = el && bt_xhtml_is(k, "figure") && !bt_stats_of(k)->images;
        int cap = el && !video &&
                  (bt_xhtml_is(k, "figcaption") ||
                   (!figcaptions && !bt_stats_of(k)->images &&
                    (bt_html_caption_marked(k) || bt_html_credit_marked(k))));
        int button = buttons && el && !cap && !video && !bt_stats_of(k)->images && figure_button(k);
        if (cap)
            text += bt_stats_of(k)->text, *link += bt_stats_of(k)->link;
        if (button)
            *buttons += bt_stats_of(k)->text;
        k = bt_xhtml_next(k, n, cap || video || button);
    }
    return text;
}

static int captions_only(const xmlNode *n, int figcaptions, int linked)
{
    const bt_stats *s = bt_stats_of(n);
    size_t link = 0, buttons = 0;
    /* (the buttons are weighed only in a box with captions: 5,000 cards of
     * other stories asked each of their children) */
    if (s->nodes > CAPTION_BOX_NODES || !s->text || !caption_letters(n, figcaptions, &link, NULL))
        return 0;
    link = 0;
    size_t text = caption_letters(n, figcaptions, &link, &buttons);
    return text && text * 5 >= (s->text - buttons) * 4 && (linked || link * 2 < text);
}

/* Letters a picture's box of its credits has at most. */
#define CREDITS_TEXT 200

/* Whether n's text is mostly in blocks marked as credits (a picture's box
 * with its photographer's name linked to the agency's rights). */
static int credits_only(const xmlNode *n)
{
    size_t text = 0;
    for (const xmlNode *k = n->children; k;) {
        int credit = k->type == XML_ELEMENT_NODE && bt_stats_of(k) && !bt_stats_of(k)->images &&
                     bt_html_credit_marked(k);
        text += credit ? bt_stats_of(k)->text : 0;
        k = bt_xhtml_next(k, n, credit);
    }
    return text && text * 5 >= bt_stats_of(n)->text * 4;
}

/* Whether n holds a picture or comes right after one (a caption's box):
 * a video's caption is none of a picture. */
static int pictured(const xmlNode *n)
{
    const xmlNode *k = bt_stats_shown_sibling(n, 0);
    return bt_stats_of(n)->images || (k && bt_stats_of(k)->images);
}

/* A caption line under its picture has fewer letters than this. */
#define PICTURE_LINE_LETTERS 200

/* Whether k, after the picture box n, is one short line that ends the box
 * holding the two of them, mostly not links: the picture's caption,
 * unmarked (<div><div class="media"><img></div><div>line</div></div>). */
static int picture_line(const xmlNode *n, const xmlNode *k)
{
    const bt_stats *s = bt_stats_of(k);
    if (s->images || !s->text || s->text >= PICTURE_LINE_LETTERS || s->link * 2 >= s->text ||
        s->paras > 1 || s->heading)
        return 0;
    for (const xmlNode *o = n->parent ? n->parent->children : NULL; o; o = o->next)
        if (o != n && o != k && o->type == XML_ELEMENT_NODE && bt_stats_of(o) &&
            (bt_stats_of(o)->text || bt_stats_of(o)->images))
            return 0;
    return 1;
}

/* Names of a picture's box. */
static const char *const picture_box_names[] = {"media", "image",  "img",  "photo", "picture",
                                                "pic",   "figure", "foto", "bild",  NULL};

/* Whether n, named for a picture, holds one, and after the picture's part
 * one short line ends it: the box of a picture and its unmarked caption
 * (div.media: its name weighs against it).  Unnamed boxes of a picture and
 * a line are an author's card or a notice in place of a form as often. */
static int picture_and_line(const xmlNode *n)
{
    if (bt_stats_of(n)->images != 1 || !bt_xhtml_class_has(n, picture_box_names, 0))
        return 0;
    const xmlNode *pic = n->children;
    while (pic && (pic->type != XML_ELEMENT_NODE || !bt_stats_of(pic)))
        pic = pic->next;
    if (!pic || bt_stats_of(pic)->text || !bt_stats_of(pic)->images)
        return 0;
    const xmlNode *k = pic->next;
    while (k && (k->type != XML_ELEMENT_NODE || !bt_stats_of(k)))
        k = k->next;
    return k && picture_line(pic, k);
}

/* Whether n, named for a picture, is the box of one picture that links
 * nowhere, with a short line at most (its credit, its caption above it):
 * the article's picture, whatever its name weighs ("div.media"); a
 * teaser's picture links to its story. */
static int picture_box(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (s->images != 1 || s->text >= PICTURE_LINE_LETTERS ||
        !bt_xhtml_class_has(n, picture_box_names, 0))
        return 0;
    const xmlNode *img = bt_xhtml_find(n, "img");
    for (const xmlNode *up = img; up && up != n; up = up->parent)
        if (bt_xhtml_is(up, "a"))
            return 0;
    return img != NULL;
}

/* Wrappers a gallery's row of pictures may sit in alone, its caption
 * after the outermost (VCCorp's album: a row in a "content" box). */
#define GALLERY_BOXES 3

/* Whether k is a block of pictures and no text: a row of a gallery. */
static int picture_block(const xmlNode *k)
{
    const bt_stats *s = bt_stats_of(k);
    return s && !s->text && s->images;
}

/* Whether blocks a and b open with the same picture file (a copy for
 * another screen: "x.jpg" and "x.jpg?large"), not another row's. */
static int same_picture(const xmlNode *a, const xmlNode *b)
{
    const xmlNode *ia = bt_xhtml_find(a, "img"), *ib = bt_xhtml_find(b, "img");
    xmlChar *sa = ia ? xmlGetProp(ia, (const xmlChar *)"src") : NULL;
    xmlChar *sb = ib ? xmlGetProp(ib, (const xmlChar *)"src") : NULL;
    size_t la = sa ? strcspn((const char *)sa, "?#") : 0,
           lb = sb ? strcspn((const char *)sb, "?#") : 0;
    int same = la && la == lb && !strncmp((const char *)sa, (const char *)sb, la);
    xmlFree(sa);
    xmlFree(sb);
    return same;
}

/* The next block after n that shows something, past the rows of other
 * pictures a gallery sets after it. */
static const xmlNode *after_rows(const xmlNode *n)
{
    const xmlNode *k = bt_stats_shown_sibling(n, 1);
    while (k && picture_block(k) && !same_picture(n, k))
        k = bt_stats_shown_sibling(k, 1);
    return k;
}

/* Whether n's box holds n alone, or n among a gallery's rows of other
 * pictures (not among its copies for other screens). */
static int alone_or_rows(const xmlNode *n)
{
    const xmlNode *box = n->parent;
    if (!box || !picture_block(box))
        return 0;
    for (const xmlNode *k = box->children; k; k = k->next)
        if (k != n && k->type == XML_ELEMENT_NODE && bt_stats_of(k) &&
            (bt_stats_of(k)->text || bt_stats_of(k)->images) &&
            (!picture_block(k) || same_picture(n, k)))
            return 0;
    return 1;
}

/* Whether n holds pictures and no text, and its caption's box follows,
 * after n (and the gallery's rows after it), or after the wrappers holding
 * n alone or among such rows (VCCorp's album of two rows): the pictures
 * (and their copies for other screens) of that caption. */
static int captioned_pictures(const xmlNode *n)
{
    if (!picture_block(n))
        return 0;
    const xmlNode *k = after_rows(n);
    for (int up = 0; !k && up < GALLERY_BOXES && alone_or_rows(n); up++) {
        n = n->parent;
        k = after_rows(n);
    }
    return k && (bt_html_caption_marked(k) || captions_only(k, 0, 0) || picture_line(n, k));
}

/* Whether n holds pictures and a block a class marks as their caption,
 * links a small part of its text (a link to the gallery beside them): the
 * story's picture in a box whose name says otherwise (Yahoo! News's
 * "yn-story-related-media"). */
static int captioned_box(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return s->images && s->link * 2 < s->text && s->nodes <= CAPTION_BOX_NODES &&
           bt_html_holds_caption(n, 0);
}

/* Whether n, saying folded t, is the story's captioned cover in a box
 * that says the story is for subscribers, and calls to do nothing else:
 * no offer to subscribe (Le Monde's "Article réservé aux abonnés" above
 * its cover and byline). */
static int subscribers_cover(const xmlNode *n, const char *t)
{
    /* (the calls past the paywall's, which opens the list) */
    return captioned_box(n) && !says_in(t, calls + 1);
}

/* Whether a picture is an icon: small, or a vector drawing (a toggle's
 * arrow, a glossary's symbol), which no gallery shows. */
static int icon(const xmlNode *img)
{
    xmlChar *src = xmlGetProp(img, (const xmlChar *)"src");
    size_t len = src ? strcspn((const char *)src, "?#") : 0;
    int svg = src && ((len > 4 && !strncasecmp((const char *)src + len - 4, ".svg", 4)) ||
                      !strncasecmp((const char *)src, "data:image/svg", 14));
    xmlFree(src);
    return svg || bt_xhtml_icon(img);
}

/* Whether all n's pictures are icons: a block of text beside icons (a
 * review card's toggles, a glossary's symbols), not a gallery. */
static int icons_only(const xmlNode *n)
{
    if (bt_stats_of(n)->nodes > CAPTION_BOX_NODES)
        return 0;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, "img") && !icon(k))
            return 0;
    return 1;
}

/* The link density of n, where the questions of an FAQ, toggles that open
 * their answers (links to "#", "" or a script), are its text when the
 * answers' paragraphs say more than they do (a bar of tabs has none); less
 * the letters (text, link) of lines set aside. */
static double links_out_density(const xmlNode *n, size_t text, size_t link)
{
    const bt_stats *s = bt_stats_of(n);
    size_t toggles = s->ptext >= s->toggle ? s->toggle : 0;
    if (text >= s->text || toggles + link > s->link)
        text = link = 0;
    return s->text ? (double)(s->link - toggles - link) / (double)(s->text - text) : 0;
}

/* The pictures below n in figures that a caption of their own words, not
 * of links, describes: a gallery of the story's, not of ads or teasers.
 * A slide of one picture and a block its class names a caption is such a
 * figure ("div.swiper-slide > img + div.gallery-caption"). */
static double captioned_images(const xmlNode *n)
{
    unsigned images = 0;
    for (const xmlNode *k = n->children; k;) {
        const bt_stats *ks = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
        int figure = ks && (bt_xhtml_is(k, "figure") ? ks->images : ks->images == 1);
        int captioned = 0;
        for (const xmlNode *c = figure ? k->children : NULL; c && !captioned; c = c->next)
            captioned = c->type == XML_ELEMENT_NODE && bt_stats_of(c) && bt_stats_of(c)->text &&
                        bt_stats_link_density(c) < 0.5 &&
                        (bt_xhtml_is(c, "figcaption") || bt_html_caption_marked(c));
        images += captioned ? ks->images : 0;
        k = bt_xhtml_next(k, n, captioned || !ks || !ks->images);
    }
    return images;
}

/* Whether k is a node nobody sees: white space, no-break spaces, a comment
 * (a CMS's "<!-- 政务处理 -->" between the story and a link under it). */
static int unseen(const xmlNode *k)
{
    if (k->type == XML_COMMENT_NODE || k->type == XML_PI_NODE)
        return 1;
    return k->type == XML_TEXT_NODE && !bt_xhtml_visible_text(k->content);
}

/* Whether k shows nothing: white space, no-break spaces or a spacer
 * ("<p>&nbsp;</p>", a <br>).  (An empty <div> may show a picture as its
 * background.) */
static int spacer(const xmlNode *k)
{
    if (unseen(k))
        return 1;
    const bt_stats *s = bt_stats_of(k);
    return s && !s->text && !s->images && !s->inputs &&
           (bt_xhtml_is(k, "p") || bt_xhtml_is(k, "br"));
}

/* The one element below n, none when n holds text of its own or more
 * elements. */
const xmlNode *bt_html_only_element(const xmlNode *n)
{
    const xmlNode *only = NULL;
    for (const xmlNode *k = n->children; k; k = k->next) {
        if (spacer(k))
            continue;
        if (k->type == XML_TEXT_NODE)
            return NULL;
        if (k->type != XML_ELEMENT_NODE || bt_html_skipped(k))
            continue;
        if (only)
            return NULL;
        only = k;
    }
    return only;
}

const xmlNode *bt_html_unwrapped(const xmlNode *n, int depth)
{
    while (n && depth-- > 0 && (bt_xhtml_is(n, "div") || bt_xhtml_is(n, "section")))
        n = bt_html_only_element(n);
    return n;
}

const xmlNode *bt_html_wrapped(const xmlNode *n)
{
    for (int depth = 0; depth < BT_HTML_WRAPPERS && n->parent &&
                        (bt_xhtml_is(n->parent, "div") || bt_xhtml_is(n->parent, "section")) &&
                        bt_html_only_element(n->parent) == n;
         depth++)
        n = n->parent;
    return n;
}

int bt_html_one_paragraph(const xmlNode *n)
{
    const xmlNode *k = bt_html_unwrapped(bt_html_only_element(n), BT_HTML_WRAPPERS + 1);
    return k && bt_xhtml_is(k, "p") && bt_stats_link_density(n) < 0.25;
}

/* n when it is a list, or the list it wraps in blocks of one element each
 * ("<div><div><ul>", as page builders wrap every block); else NULL. */
static const xmlNode *list_within(const xmlNode *n)
{
    n = bt_html_unwrapped(n, BT_HTML_WRAPPERS);
    return n && (bt_xhtml_is(n, "ul") || bt_xhtml_is(n, "ol")) ? n : NULL;
}

/* An item's title in a listicle: one short link alone in a paragraph or a
 * list of one item, between paragraphs of the article's text or its
 * pictures (the item's picture above or below it, its description after).
 * Links to related stories stand in a row of several, or say so ("Read
 * more:"), which go before. */
#define ITEM_TITLE_TEXT 50
#define ITEM_PROSE_TEXT 80

static int prose_or_picture(const xmlNode *k)
{
    k = k ? bt_html_unwrapped(k, BT_HTML_WRAPPERS) : NULL;
    const bt_stats *s = k && bt_xhtml_is(k, "p") ? bt_stats_of(k) : NULL;
    return s && ((s->ptext >= ITEM_PROSE_TEXT && bt_stats_link_density(k) < 0.3) ||
                 (!s->text && s->images == 1));
}

static int title_between(const xmlNode *n)
{
    const xmlNode *box = bt_html_wrapped(n);
    n = bt_html_unwrapped(n, BT_HTML_WRAPPERS);
    const bt_stats *s = n ? bt_stats_of(n) : NULL;
    if (!s || !s->text || s->text > ITEM_TITLE_TEXT || s->images || s->link < s->text)
        return 0;
    const xmlNode *one = n;
    if (bt_xhtml_is(n, "ul") || bt_xhtml_is(n, "ol")) {
        for (one = n->children; one && one->type != XML_ELEMENT_NODE; one = one->next)
            ;
        if (!one || !bt_xhtml_is(one, "li") || bt_html_element_beside(one, 1))
            return 0;
    } else if (!bt_xhtml_is(n, "p")) {
        return 0;
    }
    unsigned links = 0;
    for (const xmlNode *k = one->children; k; k = bt_xhtml_next(k, one, 0))
        links += bt_xhtml_is(k, "a");
    return links == 1 && prose_or_picture(bt_html_element_beside(box, 1)) &&
           prose_or_picture(bt_html_element_beside(box, 0));
}

/* Letters an attribution line has at most ("—u/pretzel_diplomat"). */
#define ATTRIBUTION_TEXT 64

/* Whether box n holds a picture, and its links are the picture's buttons
 * alone (Kompas's "Lihat Foto" over its photo): no list of links. */
static int picture_buttons(const xmlNode *n)
{
    if (!bt_stats_of(n)->images)
        return 0;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, "a") && bt_stats_of(k) && bt_stats_of(k)->text && !figure_button(k))
            return 0;
    return 1;
}

/* Whether paragraph n is a quote's attribution: a dash, then the name or
 * handle linked to its page (BuzzFeed's "—<a>u/name</a>" under a reader's
 * quote), no link to another story. */
static int attribution_line(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (!bt_xhtml_is(n, "p") || !s->link || s->text > ATTRIBUTION_TEXT)
        return 0;
    bt_buf t = BT_BUF_INIT;
    bt_html_text(n, &t, 2 * ATTRIBUTION_TEXT);
    const char *p = t.data ? t.data + strspn(t.data, " ") : "";
    /* (an em dash or a horizontal bar) */
    int dash = !strncmp(p, "\xE2\x80\x94", 3) || !strncmp(p, "\xE2\x80\x95", 3);
    bt_buf_free(&t);
    return dash;
}

/* Items come three or more: a lone link or two between paragraphs is a
 * related story, as news sites set them. */
#define ITEM_TITLES 3

static int item_title(const xmlNode *n)
{
    if (!title_between(n))
        return 0;
    unsigned titles = 0;
    for (const xmlNode *k = bt_html_wrapped(n)->parent->children; k && titles < ITEM_TITLES;
         k = k->next)
        titles += k->type == XML_ELEMENT_NODE && title_between(k);
    return titles >= ITEM_TITLES;
}

/* Whether the block before n, through page builders' wrappers, is a
 * heading: n is its section's (a review's "Cons" over a one-item list). */
static int under_heading(const xmlNode *n)
{
    const xmlNode *before = bt_html_element_beside(bt_html_wrapped(n), 0);
    return before && bt_html_heading_level(bt_html_unwrapped(before, BT_HTML_WRAPPERS));
}

/* The first video (or other embedded media) that n is or holds, NULL when
 * none. */
static const xmlNode *embedded_in(const xmlNode *n)
{
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, k != n && bt_html_skipped(k)))
        if (bt_xhtml_embedded_media(k))
            return k;
    return NULL;
}

/* Whether n, a box of no text, holds a video (or other embedded media)
 * whose caption follows the box: the reader makes a figure of the caption. */
static int captioned_media(const xmlNode *n)
{
    const xmlNode *media = bt_stats_of(n)->text ? NULL : embedded_in(n);
    return media && bt_xhtml_media_caption_follows(media);
}

/* Letters a section's number beside its heading has at most ("01", "IV."). */
#define SECTION_NUMBER_TEXT 4

/* Whether n holds a heading and, besides, its section's number alone: a
 * long-form page's "<div><div>01</div><h2>...</h2></div>", the story's
 * heading however short. */
static int numbered_heading(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return s->heading && s->text - s->heading <= SECTION_NUMBER_TEXT && !s->link && !s->images;
}

/* Whether block n says only a number, a section's set over its heading
 * right after it ("<div>01</div><h2>...</h2>"): a figure of the layout,
 * no paragraph of the story. */
static int section_number(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (!bt_html_is_block(n) || !s->text || s->text > SECTION_NUMBER_TEXT || s->link || s->images ||
        s->heading)
        return 0;
    const xmlNode *next = bt_html_element_beside(n, 1);
    if (!next || !bt_html_heading_level(next))
        return 0;
    const char *t = short_text(n, 16);
    return t && t[strspn(t, "0123456789")] == '\0';
}

/* Letters a step of a how-to says at least beside its picture. */
#define STEP_TEXT 80

/* Whether n holds a numbered list of illustrated steps, most items a
 * picture and a step's text in divs, no paragraphs (wikiHow's): pictures
 * with few paragraphs, but no gallery of others' cards. */
static int illustrated_steps(const xmlNode *n)
{
    const xmlNode *ol = bt_xhtml_find(n, "ol");
    size_t items = 0, steps = 0;
    for (const xmlNode *li = ol ? ol->children : NULL; li; li = li->next) {
        const bt_stats *s = bt_xhtml_is(li, "li") ? bt_stats_of(li) : NULL;
        items += s != NULL;
        steps += s && s->images && s->text - s->link >= STEP_TEXT;
    }
    return steps >= 2 && steps * 2 >= items;
}

/* Whether n opens with the headline's deck: its box with the byline under
 * it is the header's, its counts and buttons cleaned one by one (Medium's
 * "<div><h2 class=pw-subtitle-paragraph><div>byline, claps, Share"). */
static int opens_with_deck(const xmlNode *n)
{
    const xmlNode *k = n->children;
    while (k && (k->type != XML_ELEMENT_NODE || bt_html_skipped(k)))
        k = k->next;
    return k && bt_html_headline_deck(k);
}

/* Whether n is a table of pictures, each captioned in its cell or in the
 * row under it, or wraps one alone ("<div align=center><table>"). */
static int captioned_table(const xmlNode *n)
{
    xmlNode *img[BT_XHTML_CAPTIONED_PICTURES], *cap[BT_XHTML_CAPTIONED_PICTURES], *credit;
    size_t count;
    const xmlNode *t = bt_html_unwrapped(n, BT_HTML_WRAPPERS);
    return t && bt_xhtml_is(t, "table") && bt_xhtml_captioned_table(t, img, cap, &count, &credit);
}

static int own_line(const xmlNode *n, int over_block);

/* Letters, and letters in links, of the lines in n that point at other
 * stories by their headlines, which cleaning takes out one by one: a box
 * is judged without them (a live report's entry, its paragraphs closed by
 * "<a>&gt;&gt; Xem thêm: ...</a>"); a bare "Read more" is the box's own
 * link (a teaser's, an author's box).  Only boxes with links are walked. */
static void pointer_letters(const xmlNode *n, size_t *text, size_t *link)
{
    *text = *link = 0;
    for (const xmlNode *k = bt_stats_of(n)->link ? n->children : NULL; k;) {
        const bt_stats *ks = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
        int pointer = ks && ks->link && ks->text < SHORT_BLOCK_TEXT && !ks->images &&
                      (bt_html_is_block(k) || own_line(k, 0)) && pointer_line(k) &&
                      bt_xhtml_words(k, POINTER_HEADLINE_WORDS + 2) > POINTER_HEADLINE_WORDS + 1;
        if (pointer) {
            *text += ks->text;
            *link += ks->link;
        }
        k = bt_xhtml_next(k, n, pointer || !ks || !ks->link);
    }
}

/* Readability's conditional cleaning of forms, tables, lists and divs that
 * hold few commas: image galleries, lists of links, inputs, embeds. */
static int conditionally(const xmlNode *n, int flags)
{
    static const char *const tags[] = {"form", "fieldset", "table",   "ul",
                                       "ol",   "div",      "section", NULL};
    int tag = 0;
    for (const char *const *t = tags; *t && !tag; t++)
        tag = bt_xhtml_is(n, *t);
    if (!tag || bt_html_text_div(n) || bt_html_one_paragraph(n) || wraps_lead_header(n) ||
        bt_html_byline_named(n, bt_xhtml_byline_classes) || in_byline(n) || in_own_part(n) ||
        bt_html_recipe_named(n) || bt_html_caption_marked(n) || bt_html_credit_marked(n) ||
        data_table(n) || (captions_only(n, 0, 0) && pictured(n)) || captioned_pictures(n) ||
        captioned_table(n) ||
        (bt_stats_of(n)->images == 1 && bt_stats_of(n)->text < CREDITS_TEXT && credits_only(n)) ||
        picture_and_line(n) || picture_box(n) || item_title(n) || captioned_media(n) ||
        post_header(n) || (inside(n, "header") && header_lead(n)) || opens_with_deck(n) ||
        holds_lead(n))
        return 0;
    const bt_stats *s = bt_stats_of(n);
    double weight = flags & BT_CLEAN_WEIGHTS ? bt_html_class_weight(n) : 0;
    /* Readability adds the block's score as a candidate: text outweighs a
     * name like "product-widget" (names of real chrome went before) */
    /* (the lines pointing elsewhere are looked for only when the links
     * weigh: under 0.2, without them the verdict is the same) */
    size_t pointer_text = 0, pointer_link = 0;
    double ld = links_out_density(n, 0, 0);
    if (ld > 0.2) {
        pointer_letters(n, &pointer_text, &pointer_link);
        ld = links_out_density(n, pointer_text, pointer_link);
    }
    int text = s->text - s->link >= 500 && ld < 0.25;
    /* paragraphs whose sentences link their words, not lists of links (a
     * short one links a third of its words at most) */
    int prose = s->ptext * 10 >= (s->text - pointer_text) * 9 &&
                (s->text - s->link >= 200 ? ld < 0.5 : ld < 0.35);
    if (!text && weight + (double)s->commas + (double)s->ptext / 100 < 0)
        return 1;
    if (s->commas >= 10)
        return 0;
    /* (a list in wrappers is a list, but a short one, "Video Photo
     * Gallery", is not text enough to keep them) */
    int list = list_within(n) != NULL, own_list = bt_xhtml_is(n, "ul") || bt_xhtml_is(n, "ol");
    double p = s->paras, img = s->images, li = (double)s->items - 100, input = s->inputs;
    double headings = s->text ? (double)s->heading / (double)s->text : 0;
    int fig = inside(n, "figure");
    return (img > 1 && p / img < 0.5 && !fig && !icons_only(n) && !illustrated_steps(n) &&
            img - captioned_images(n) > p * 2) ||
           (!list && li > p) || (input > (double)(s->paras / 3)) ||
           (!own_list && headings < 0.9 && s->text < 25 && (img == 0 || img > 2) && !fig &&
            !bt_html_bold_line(n) && !(list && under_heading(n)) && !numbered_heading(n) &&
            !bt_xhtml_find(n, "pre")) ||
           (!list && weight < 25 && ld > 0.2 && headings < 0.9 && !prose &&
            !(img && captioned_images(n) >= img)) ||
           (weight >= 25 && ld > 0.5);
}

/* A class or id word that begins as comments' do ("commentbody",
 * "commentlist", "comment-respond"); "comments" in any word is kept for
 * the protection above. */
static int comment_named(const xmlNode *n)
{
    static const char *const attrs[] = {"class", "id", NULL};
    static const char *const starts[] = {"comment", "binhluan", "disqus", NULL};
    int hit = 0;
    for (const char *const *a = attrs; *a && !hit; a++) {
        xmlChar *v = xmlGetProp(n, (const xmlChar *)*a);
        for (const char *p = (const char *)v; p && *p && !hit;) {
            p += strspn(p, " \t\n\r");
            for (const char *const *w = starts; *w && !hit; w++)
                hit = !strncasecmp(p, *w, strlen(*w));
            p += strcspn(p, " \t\n\r");
        }
        xmlFree(v);
    }
    return hit;
}

/* Whether n, a reader's question named a comment, is answered right
 * after it, as a live page's editors do ("post__live-container--comment"
 * over "post__live-container--answer-text"): the post's, not comments. */
static int answered(const xmlNode *n)
{
    static const char *const answers[] = {"answer", NULL};
    /* (the question's box, or its author's and text's in it, a quote
     * too) */
    for (int up = 0; n && n->type == XML_ELEMENT_NODE && up < 3; n = n->parent, up++) {
        const xmlNode *k = xmlNextElementSibling((xmlNode *)n);
        if (k && bt_xhtml_class_has(k, answers, 1))
            return 1;
    }
    return 0;
}

static int chrome_verdict(const xmlNode *n, int flags);

/* Whether n, below the article, is chrome (1), or heads a block of chrome
 * (2); total: the article's paragraph text.  The verdict on n's own is kept
 * on its stats: the extractor asks again for every candidate and pass. */
static int removable(const xmlNode *n, size_t total, int flags)
{
    bt_stats *s = bt_stats_of(n);
    if (!s)
        return 0;
    if (s->verdict[flags] < 0) {
        s->verdict[flags] = (signed char)chrome_verdict(n, flags);
        /* its short text serves this verdict only: kept on every block,
         * the text of nested blocks would be held many times over */
        free(s->folded);
        s->folded = NULL;
        s->read = 0;
    }
    if (!s->verdict[flags])
        return 0;
    /* whatever its name, a block with most of the article's text is the
     * article; but a comment thread longer than the post is still comments */
    static const char *const comments[] = {"comment",  "comments", "disqus", "binh-luan",
                                           "binhluan", "y-kien",   NULL};
    /* (but a label heading chrome is short whatever the rest: Axios's
     * "Go deeper" paragraph over its link, the story's text a list) */
    if (s->ptext * 2 > total && total > 0 && !bt_xhtml_class_has(n, comments, 1) &&
        !(s->verdict[flags] == 2 && s->text < LABEL_TEXT))
        return 0;
    return s->verdict[flags];
}

/* Letters outside links that make a list's item a sentence about its links
 * ("Neil has patches up to <a>improve the tab unloader</a>"), where a menu's
 * or a list of stories' item is its link, with a date or a count at most. */
#define ITEM_OWN_LETTERS 20

/* A list some of whose items hold no link (a packing list linking a few of
 * its things to reviews), or half of whose items say sentences about their
 * links (a status report's): menus and lists of stories link every item. */
static int checklist(const xmlNode *n)
{
    if (!(n = list_within(n)))
        return 0;
    unsigned items = 0, plain = 0, sentences = 0;
    for (const xmlNode *k = n->children; k; k = k->next)
        if (bt_xhtml_is(k, "li") && bt_stats_of(k) && bt_stats_of(k)->text) {
            const bt_stats *s = bt_stats_of(k);
            items++;
            plain += s->link * 2 < s->text;
            sentences += s->text - s->link >= ITEM_OWN_LETTERS;
        }
    return (plain >= 2 && plain * 5 >= items) || (sentences && sentences * 2 >= items);
}

/* A list of sources: every item a link that shows its address
 * ("https://nodejs.org/api/inspector.html"), as references do; menus and
 * lists of stories show names. */
static int sources_list(const xmlNode *n)
{
    if (!(n = list_within(n)))
        return 0;
    unsigned items = 0;
    bt_buf b = BT_BUF_INIT;
    for (const xmlNode *k = n->children; k; k = k->next) {
        if (!bt_xhtml_is(k, "li") || !bt_stats_of(k) || !bt_stats_of(k)->text)
            continue;
        bt_buf_truncate(&b, 0);
        bt_html_text(k, &b, 16);
        const char *t = b.data ? b.data + strspn(b.data, " ") : "";
        if (strncmp(t, "http://", 7) && strncmp(t, "https://", 8) && strncmp(t, "www.", 4)) {
            items = 0;
            break;
        }
        items++;
    }
    bt_buf_free(&b);
    return items >= 2;
}

/* Letters outside links each item of a section's list says at least. */
#define SECTION_ITEM_LETTERS 2

/* A list that is all of a section under a heading (a heading or the
 * article's end after it), each item saying words beside its links ("<a>Mara
 * Quinn</a> as <a>DS Elise Harrow</a>" under "Cast"): the section's text.  A
 * menu's items are links alone, and a chrome heading takes its list. */
static int section_list(const xmlNode *n)
{
    if (!own_list_tag(n) || !under_heading(n))
        return 0;
    const xmlNode *after = bt_html_element_beside(bt_html_wrapped(n), 1);
    if (after && !bt_html_heading_level(bt_html_unwrapped(after, BT_HTML_WRAPPERS)))
        return 0;
    unsigned items = 0;
    for (const xmlNode *k = n->children; k; k = k->next) {
        if (!bt_xhtml_is(k, "li"))
            continue;
        const bt_stats *s = bt_stats_of(k);
        if (!s || s->text < s->link + SECTION_ITEM_LETTERS)
            return 0;
        items++;
    }
    return items >= 2;
}

/* Whether elements a and b are alike: of the same class, or, named by no
 * class, boxes (div, article, section, a list's item) of the same tag over
 * the same tags of children. */
static int alike(const xmlNode *a, const xmlNode *b)
{
    static const char *const boxes[] = {"div", "article", "section", "li", NULL};
    if (a->type != XML_ELEMENT_NODE || b->type != XML_ELEMENT_NODE)
        return 0;
    xmlChar *copy, *bcopy;
    const xmlChar *ca = bt_xhtml_attr_value(a, "class", &copy);
    const xmlChar *cb = bt_xhtml_attr_value(b, "class", &bcopy);
    int box = 0;
    for (const char *const *t = boxes; *t && !box; t++)
        box = bt_xhtml_is(a, *t);
    int same = ca || cb ? ca && cb && !xmlStrcmp(ca, cb) : box && !xmlStrcmp(a->name, b->name);
    xmlFree(copy);
    xmlFree(bcopy);
    if (!same || ca || cb)
        return same;
    const xmlNode *x = a->children, *y = b->children;
    for (;; x = x->next, y = y->next) {
        while (x && x->type != XML_ELEMENT_NODE)
            x = x->next;
        while (y && y->type != XML_ELEMENT_NODE)
            y = y->next;
        if (!x || !y || xmlStrcmp(x->name, y->name))
            break;
    }
    /* (an element without children is like any other of its tag only
     * when it has some) */
    return !x && !y && a->children;
}

/* Elements on each side of n that repeated() looks at: alike blocks stand
 * together, and a page of thousands of siblings must not compare each with
 * all the others. */
#define REPEAT_NEAR 8

/* Whether want siblings near n (REPEAT_NEAR on each side) are alike to it,
 * and, when such is given, such. */
static int alike_near(const xmlNode *n, int want, int (*such)(const xmlNode *))
{
    int same = 0;
    for (int dir = 0; dir < 2 && same < want; dir++) {
        int seen = 0;
        for (const xmlNode *k = dir ? n->next : n->prev; k && seen < REPEAT_NEAR && same < want;
             k = dir ? k->next : k->prev)
            if (k->type == XML_ELEMENT_NODE) {
                seen++;
                same += alike(n, k) && (!such || such(k));
            }
    }
    return same >= want;
}

/* Whether n is like its siblings nearby (alike()), three times or more,
 * itself counted. */
static int repeated(const xmlNode *n) { return alike_near(n, 2, NULL); }

/* Whether the heading's link is to itself ("#conclusion"), as a section's is. */
static int self_anchor(const xmlNode *h)
{
    for (const xmlNode *k = h->children; k; k = bt_xhtml_next(k, h, 0))
        if (bt_xhtml_is(k, "a")) {
            xmlChar *href = xmlGetProp(k, (const xmlChar *)"href");
            int self = href && href[0] == '#';
            xmlFree(href);
            return self;
        }
    return 0;
}

/* The link a card opens on, its title when no heading holds it ("<div
 * class=title><a>"): the first text below n, in a link. */
static const xmlNode *title_link(const xmlNode *n)
{
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, bt_html_skipped(k))) {
        if (k->type == XML_TEXT_NODE && !xmlIsBlankNode(k))
            return NULL;
        if (bt_xhtml_is(k, "a") && bt_stats_of(k) && bt_stats_of(k)->text)
            return k;
    }
    return NULL;
}

/* Whether link a leads to another page: not to a part of this one, nor to
 * a script (a toggle's "#", "", "javascript:void(0)"). */
static int leads_elsewhere(const xmlNode *a)
{
    xmlChar *href = xmlGetProp(a, (const xmlChar *)"href");
    const char *h = href ? (const char *)href + strspn((const char *)href, " \t\r\n") : "";
    int away = *h && *h != '#' && strncasecmp(h, "javascript:", 11);
    xmlFree(href);
    return away;
}

/* The page's <head>, NULL when it has none. */
static const xmlNode *page_head(const xmlDoc *doc)
{
    const xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    const xmlNode *head = root ? root->children : NULL;
    while (head && !bt_xhtml_is(head, "head"))
        head = head->next;
    return head;
}

/* The page's own address, as its <link rel=canonical> or og:url says;
 * malloc'd, NULL when it says none. */
static xmlChar *page_address(const xmlDoc *doc)
{
    const xmlNode *head = page_head(doc);
    for (const xmlNode *k = head ? head->children : NULL; k; k = k->next) {
        xmlChar *rel = bt_xhtml_is(k, "link") ? xmlGetProp(k, (const xmlChar *)"rel") : NULL;
        xmlChar *prop = bt_xhtml_is(k, "meta") ? xmlGetProp(k, (const xmlChar *)"property") : NULL;
        int canonical = rel && !xmlStrcasecmp(rel, (const xmlChar *)"canonical");
        int og = prop && !xmlStrcmp(prop, (const xmlChar *)"og:url");
        xmlFree(rel);
        xmlFree(prop);
        if (canonical || og)
            return xmlGetProp(k, (const xmlChar *)(canonical ? "href" : "content"));
    }
    return NULL;
}

int bt_html_links_here(const xmlNode *a)
{
    xmlChar *href = xmlGetProp(a, (const xmlChar *)"href");
    xmlChar *page = href ? page_address(a->doc) : NULL;
    size_t pl = page ? (size_t)xmlStrlen(page) : 0,
           hl = href ? strcspn((const char *)href, "#") : 0;
    int here =
        page && hl && pl >= hl && !strncmp((const char *)page + pl - hl, (const char *)href, hl);
    xmlFree(page);
    xmlFree(href);
    return here;
}

/* Whether link a leads to a page of this site: a relative address, or one
 * on the host the page names as its own (a shop's or an affiliate's
 * address is another site's). */
static int within_site(const xmlNode *a)
{
    xmlChar *href = xmlGetProp(a, (const xmlChar *)"href");
    size_t len, own_len;
    const char *host = bt_html_url_host((const char *)href, &len);
    int within = 0;
    if (href && !host)
        within = !strchr((const char *)href, ':');
    else if (host) {
        xmlChar *page = page_address(a->doc);
        const char *own = bt_html_url_host((const char *)page, &own_len);
        within = own && own_len == len && !strncasecmp(own, host, len);
        xmlFree(page);
    }
    xmlFree(href);
    return within;
}

/* Whether a card's picture and its title link to the same page of this
 * site: the card is a link to another story, as a guide's picks (their
 * titles linking a shop) are not. */
static int pictured_teaser(const xmlNode *card)
{
    const xmlNode *picture = NULL, *title = NULL;
    for (const xmlNode *k = card->children; k && !title; k = bt_xhtml_next(k, card, 0))
        if (bt_xhtml_is(k, "a") && bt_stats_of(k))
            *(bt_stats_of(k)->images && !bt_stats_of(k)->text ? &picture : &title) = k;
    if (!picture || !title)
        return 0;
    xmlChar *a = xmlGetProp(picture, (const xmlChar *)"href");
    xmlChar *b = xmlGetProp(title, (const xmlChar *)"href");
    int same = a && b && *a && !xmlStrcmp(a, b) && within_site(title);
    xmlFree(a);
    xmlFree(b);
    return same;
}

/* Letters a card's title has at least, when a link without a heading;
 * and a card's text at most. */
#define CARD_TITLE 20
#define CARD_TEXT 400

/* Letters an excerpt of another story has at most. */
#define EXCERPT_TEXT 1000

/* Whether the last link of n says "Read more..." and leads elsewhere: a
 * card's excerpt ends so when its headline is no link.  (A picture's card
 * so is a roundup's item, the article's own, as often.) */
static int read_more(const xmlNode *n, const char *const *links)
{
    const xmlNode *last = last_link(n);
    const char *t = last && bt_stats_of(last)->text < 32 ? short_text(last, 64) : NULL;
    return t && in_list(t, links, 1) && leads_elsewhere(last);
}

/* A card of another article, one of three or more alike: a short block
 * whose heading, or else the link it opens on, is all a link, with a line
 * or two of its excerpt (the entries of a guide's ranking look so too, but
 * the article goes on after them). */
int bt_html_teaser_card(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (s->text >= 400 || s->heading * 2 > s->text || !s->link)
        return 0;
    if (!s->heading) {
        /* (with an excerpt: a list of links is no list of cards) */
        const xmlNode *a = s->link >= CARD_TITLE && s->link < s->text ? title_link(n) : NULL;
        /* (a picture's credit, "© Фото : ..." linked to its agency, opens a
         * picture's box, not a card) */
        for (const xmlNode *k = a; k && k != n; k = k->parent)
            if (bt_xhtml_credit_marked(k))
                return 0;
        size_t title = a ? bt_stats_of(a)->text : 0;
        return title >= CARD_TITLE && title * 2 <= s->text && leads_elsewhere(a) && repeated(n);
    }
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        if (bt_html_heading_level(k))
            return bt_stats_of(k) && bt_stats_of(k)->text &&
                   (bt_stats_of(k)->link * 10 >= bt_stats_of(k)->text * 9 ||
                    (!s->images && read_more(n, bt_chrome_more_links))) &&
                   !self_anchor(k) && repeated(n);
    return 0;
}

/* A picture whose alt is a button's label ("Share", "Bookmark and Share",
 * "Print Friendly", "submit to reddit"): the button of a share bar. */
static int button_picture(const xmlNode *n)
{
    static const char *const buttons[] = {
        "share ",     "bookmark",   "print friendly", "submit to ", "subscribe to ", "follow us",
        "email this", "add to any", "addtoany",       "tweet this", "like us on",    NULL};
    if (!bt_xhtml_is(n, "img"))
        return 0;
    xmlChar *alt = xmlGetProp(n, (const xmlChar *)"alt");
    bt_buf folded = BT_BUF_INIT;
    int hit = alt && *alt && bt_utf8_fold((const char *)alt, strlen((const char *)alt), &folded) &&
              (in_list(folded.data, bt_chrome_labels, 0) || in_list(folded.data, buttons, 1));
    bt_buf_free(&folded);
    xmlFree(alt);
    return hit;
}

/* Whether a link's address is a picture file ("big.jpg?w=1200"; spaces
 * around it are the markup's, as a browser reads it). */
static int picture_file(const xmlChar *href)
{
    static const char *const exts[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", NULL};
    href = href ? href + strspn((const char *)href, " \t\r\n") : NULL;
    return href &&
           bt_html_file_named((const char *)href, strcspn((const char *)href, "?# \t\r\n"), exts);
}

/* A heading for screen readers only that names a picture's file ("<h2
 * class=element-invisible>monitor-roof.jpg</h2>" in Drupal 7's media box):
 * no sub-heading a reader sees. */
static int file_heading(const xmlNode *n)
{
    if (!bt_html_heading_level(n) || !bt_xhtml_screen_reader_only(n))
        return 0;
    const char *t = short_text(n, 200);
    return t && picture_file((const xmlChar *)t);
}

/* Whether n opens with a picture in a link elsewhere (not to a picture),
 * and a later link in it to the same address, a title, fills a block of
 * its own with a card title's letters at least: the picture and the title
 * of another story's card, its excerpt unlinked ("<a><img></a><p><a>Title
 * </a></p><p class=article-summary>..."), no paragraph linking its words
 * where its picture links. */
static int split_card(const xmlNode *n)
{
    const xmlNode *pic = n->children;
    while (pic && pic->type != XML_ELEMENT_NODE)
        pic = pic->next;
    /* (in a box of its own: "div.inner-article-thumb > a > img", to a
     * page of this site: a guide's picks so link a shop) */
    if (pic && !bt_xhtml_is(pic, "a") && bt_html_only_element(pic)) {
        pic = bt_html_only_element(pic);
        if (!bt_xhtml_is(pic, "a") || !within_site(pic))
            return 0;
    }
    if (!bt_xhtml_is(pic, "a") || !bt_stats_of(pic) || !bt_stats_of(pic)->images ||
        bt_stats_of(pic)->text || !leads_elsewhere(pic))
        return 0;
    xmlChar *href = xmlGetProp(pic, (const xmlChar *)"href");
    int card = 0;
    for (const xmlNode *k = bt_xhtml_next(pic, n, 1); k && href && !picture_file(href) && !card;
         k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, "a") && bt_stats_of(k) && bt_stats_of(k)->text >= CARD_TITLE &&
            k->parent != n && bt_html_is_block(k->parent) && bt_stats_of(k->parent) &&
            bt_stats_of(k->parent)->text == bt_stats_of(k)->text) {
            xmlChar *to = xmlGetProp(k, (const xmlChar *)"href");
            card = to && !xmlStrcmp(to, href);
            xmlFree(to);
        }
    xmlFree(href);
    return card;
}

/* Whether link a's words are all one title in bold ("<a><img><strong
 * class=article-title>...</strong></a>"). */
static int bold_title(const xmlNode *a)
{
    const xmlNode *b = a->children;
    for (; b && !bt_xhtml_is(b, "strong") && !bt_xhtml_is(b, "b"); b = b->next)
        ;
    return b && bt_stats_of(b) && bt_stats_of(b)->text == bt_stats_of(a)->text;
}

/* A card of another story set alone in the text with its summary: its
 * first child a link elsewhere around its picture and its heading, or its
 * title in bold, its one other a paragraph of no link (Znews's
 * "div.inner-article > a > img, h4" and "p.inner-summary", its AMP page's
 * "strong.article-title"); cards side by side are a list's entries, a
 * guide's picks. */
static int summed_card(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (s->images != 1 || s->text >= CARD_TEXT)
        return 0;
    const xmlNode *a = n->children;
    if (a && (a->type != XML_ELEMENT_NODE || bt_html_skipped(a)))
        a = bt_html_element_beside(a, 1);
    const xmlNode *summary = a ? bt_html_element_beside(a, 1) : NULL;
    if (!bt_xhtml_is(a, "a") || !bt_xhtml_is(summary, "p") || bt_html_element_beside(summary, 1) ||
        !bt_stats_of(a) || !bt_stats_of(summary) || bt_stats_of(a)->images != 1 ||
        (s->heading ? bt_stats_of(a)->heading != s->heading : !bold_title(a)) ||
        bt_stats_of(summary)->link ||
        bt_stats_of(a)->text + bt_stats_of(summary)->text != s->text || !leads_elsewhere(a) ||
        repeated(n))
        return 0;
    xmlChar *href = xmlGetProp(a, (const xmlChar *)"href");
    int card = href && !picture_file(href) && !bt_html_links_here(a);
    xmlFree(href);
    return card;
}

/* A card of another story set alone in the text: a block all one link
 * elsewhere (not to a picture), holding a picture and a heading that is
 * most of its words (Znews's "inner-article"), or its picture and its title
 * linked apart; a heading for screen readers only names a picture's file
 * (Drupal's "element-invisible"). */
static int inline_card(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    /* (a picture linked to its gallery, a caption under it and a link to
     * the gallery again, is the story's: the Village Voice's "div.photo >
     * a > img, div.caption, div.slideshowLink") */
    if (s->images == 1 && !bt_xhtml_is(n, "figure") && s->link >= CARD_TITLE &&
        s->text < CARD_TEXT && split_card(n) && !bt_html_holds_caption(n, 0))
        return 1;
    if (summed_card(n))
        return 1;
    if (!s->images || !s->heading || s->link < s->text || s->heading * 2 <= s->text ||
        s->text >= CARD_TEXT)
        return 0;
    const xmlNode *a = n;
    while (a && !bt_xhtml_is(a, "a")) {
        if (bt_xhtml_screen_reader_only(a))
            return 0;
        a = bt_xhtml_next(a, n, 0);
    }
    xmlChar *href = a ? xmlGetProp(a, (const xmlChar *)"href") : NULL;
    /* (a link to the page itself is its own title's, a forum thread's) */
    int card = href && leads_elsewhere(a) && !picture_file(href) && bt_stats_of(a) &&
               bt_stats_of(a)->text == s->text && !bt_html_links_here(a);
    xmlFree(href);
    return card;
}

/* The first block below root marked as a caption, no credit, of words
 * (words of them at least) and no link, past links with past_links; NULL
 * when none. */
static const xmlNode *caption_block(const xmlNode *root, int past_links, size_t words)
{
    for (const xmlNode *k = root->children; k;
         k = bt_xhtml_next(k, root, bt_html_skipped(k) || (past_links && bt_xhtml_is(k, "a")))) {
        const bt_stats *s = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
        if (s && s->text && !s->images && !s->link && bt_html_caption_marked(k) &&
            !bt_html_credit_marked(k) && bt_xhtml_words(k, words) >= words)
            return k;
    }
    return NULL;
}

/* Whether n's one link, to a gallery, holds its picture and its caption,
 * no heading, whatever else it says (Corriere's link to "foto-gallery/..."
 * around "img", "p.media-news__caption", its credit and "10 foto"). */
static int linked_captions(const xmlNode *n)
{
    static const char *const galleries[] = {"gallery", "galleria", "galerie", "galeria",
                                            "foto",    "photo",    "bilder",  NULL};
    const xmlNode *a = bt_xhtml_find(n, "a");
    if (!a || bt_stats_of(n)->heading || !bt_stats_of(a) || !bt_stats_of(a)->images ||
        bt_stats_of(a)->text * 10 < bt_stats_of(n)->text * 9)
        return 0;
    /* (a link to the pictures, not another story's teaser) */
    xmlChar *href = xmlGetProp(a, (const xmlChar *)"href");
    int pictures = 0;
    for (const char *const *g = galleries; href && *g && !pictures; g++)
        pictures = strstr((const char *)href, *g) != NULL;
    xmlFree(href);
    return pictures && caption_block(a, 0, 4);
}

/* Whether n holds its caption in no link, and no heading (a product's box:
 * its linked name over its picture and "Credit: Amazon"). */
static int unlinked_caption(const xmlNode *n)
{
    return !bt_stats_of(n)->heading && caption_block(n, 1, 2);
}

/* A picture with its caption, which may be all a link ("Source: <a>"):
 * a block marked as a caption holding the picture, or beside it in the
 * picture's box, a box of the picture and its caption, or a paragraph
 * whose picture links to its larger copy.
 * (A caption says two words at least: a card's "GO" button is none.) */
static int picture_with_caption(const xmlNode *n)
{
    const xmlNode *box = bt_stats_of(n)->images ? n : n->parent;
    if (!box || !bt_stats_of(box) || bt_stats_of(box)->images != 1)
        return 0;
    const char *t = short_text(n, 300);
    int words = t && strchr(t + strspn(t, " "), ' ');
    if (!words)
        return 0;
    if (bt_html_caption_marked(n))
        return 1;
    /* a figure in a link (<a><figure><img><figcaption>): one alone, not a
     * teaser of a row (whose title in a link has a caption's class as often);
     * or a picture's box, among the story's blocks named alike too, whose
     * caption links nowhere, its credits and buttons links, or whose text
     * is its credits (RIA Novosti's photo viewer) */
    if (box == n && ((captions_only(n, 1, 1) && !repeated(n)) || unlinked_caption(n) ||
                     credits_only(n) || (linked_captions(n) && !repeated(n))))
        return 1;
    if (!bt_xhtml_is(n, "p") || box != n)
        return 0;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, "a")) {
            xmlChar *href = xmlGetProp(k, (const xmlChar *)"href");
            int hit = picture_file(href) && bt_stats_of(k) && bt_stats_of(k)->images;
            xmlFree(href);
            if (hit)
                return 1;
        }
    return 0;
}

/* A block named for ads that holds paragraphs of the story, which no ad
 * does: a section that shows ads among them. */
static int story_with_ads(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return s && s->paras >= 2 && s->ptext >= 400 && bt_xhtml_class_has(n, ad_names, 1);
}

/* The same, or a shorter section of paragraphs named as such a section
 * beside it (a review's "Section--Ads", one paragraph under its heading). */
static int shows_ads(const xmlNode *n)
{
    return story_with_ads(n) || (bt_stats_of(n)->ptext && bt_xhtml_class_has(n, ad_names, 1) &&
                                 alike_near(n, 1, story_with_ads));
}

/* One picture and its caption whose links all open the picture's larger
 * copy: the picture, whatever the name of its box ("article-sharing"). */
static int lightbox_picture(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (s->images != 1 || !captions_only(n, 0, 1))
        return 0;
    int links = 0;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, "a")) {
            xmlChar *href = xmlGetProp(k, (const xmlChar *)"href");
            int picture = picture_file(href);
            xmlFree(href);
            if (!picture)
                return 0;
            links++;
        }
    return links > 0;
}

/* Whether n is a box of one picture and no text whose caption's block comes
 * right after it: the picture, whatever the name of its box (Agora's
 * "div.related_image_open" before "div.related_image_caption"). */
static int captioned_beside(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (s->images != 1 || s->text)
        return 0;
    const xmlNode *cap = bt_html_element_beside(n, 1);
    const bt_stats *cs = cap ? bt_stats_of(cap) : NULL;
    return cs && cs->text && !cs->images && !cs->link && bt_html_caption_marked(cap);
}

/* A row of the post's categories ("Categories: News, Politics, ..."), all
 * links after its label, however many. */
static int category_row(const xmlNode *n)
{
    static const char *const heads[] = {
        "categories:", "category:",  "kategorien:", "kategorie:", "catégories :", "catégories:",
        "categorías:", "categoría:", "categorie:",  "danh mục:",  "chuyên mục:",  NULL,
    };
    const bt_stats *s = bt_stats_of(n);
    if (!bt_html_is_block(n) || s->nodes >= 256 || bt_stats_link_density(n) < 0.5)
        return 0;
    return folded_in(n, 64, 1, heads, 1);
}

/* Whether inline n stands on a line of its own, between blocks or
 * breaks; with over_block, right above a block (a "<span>Next
 * article</span>" over the next article's card: a heading in all but its
 * name). */
static int own_line(const xmlNode *n, int over_block)
{
    for (int dir = 0; dir < 2; dir++) {
        /* (alone in an inline element, on that element's line: a <cite>
         * in "<span>^</span> <span><cite>", the line of a note) */
        const xmlNode *at = n, *k;
        for (;;) {
            k = dir ? at->next : at->prev;
            while (k && (k->type == XML_COMMENT_NODE || xmlIsBlankNode(k) ||
                         (k->type == XML_ELEMENT_NODE && bt_html_skipped(k))))
                k = dir ? k->next : k->prev;
            if (k || !at->parent || at->parent->type != XML_ELEMENT_NODE ||
                bt_html_is_block(at->parent))
                break;
            at = at->parent;
        }
        int block =
            k && k->type == XML_ELEMENT_NODE && (bt_html_is_block(k) || bt_xhtml_is(k, "br"));
        if ((k && !block) || (dir && over_block && (!k || bt_xhtml_is(k, "br"))))
            return 0;
    }
    return 1;
}

/* Links a row of links set inline has at least (fewer: a headline linked
 * to its story, a "Full story" link). */
#define INLINE_ROW_LINKS 3

/* Whether inline n is a row of links on a line of its own, no word
 * between them but their separators, as pages laid out in tables set their
 * tools and menus ("<span class=smalltext><a>Print this page</a> | <a>Return
 * to News Releases</a> | ...</span>" under the text, "<font>[ <a>Home</a> ]
 * [ <a>Column Index</a> ] ...</font>" over it); a label before them says
 * what they are, a line of the text ("Buy: <a>check price at ...</a>, ..."). */
static int inline_row(const xmlNode *n)
{
    if (bt_html_is_block(n) || bt_xhtml_is(n, "a") || !own_line(n, 0))
        return 0;
    int links = 0;
    for (const xmlNode *k = n->children; k;) {
        int link = bt_xhtml_is(k, "a");
        links += link && bt_stats_of(k) && bt_stats_of(k)->text;
        if (k->type == XML_TEXT_NODE && k->content &&
            bt_utf8_has_alnum((const char *)k->content, strlen((const char *)k->content)))
            return 0;
        k = bt_xhtml_next(k, n, link);
    }
    return links >= INLINE_ROW_LINKS;
}

/* A chrome heading set inline, as pages laid out in tables set it ("<b>Các
 * tin khác:</b><br><a>...</a><br><a>...</a>"): only lines of links follow
 * it to the end of its block, and they go with it (4). */
static int inline_section(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    /* (few elements: label_block reads the text, at every level of nesting) */
    if (bt_html_is_block(n) || !s->text || s->text >= 64 || s->link || s->nodes >= 64 ||
        label_block(n) != 2)
        return 0;
    if (own_line(n, 1))
        return 2;
    int links = 0;
    for (const xmlNode *k = n->next; k; k = k->next) {
        const bt_stats *ks = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
        if (k->type == XML_TEXT_NODE && k->content &&
            !k->content[strspn((const char *)k->content, " \t\r\n")])
            continue;
        if (bt_xhtml_is(k, "br") || (k->type != XML_TEXT_NODE && !ks))
            continue;
        if (!ks || bt_html_is_block(k) || bt_stats_link_density(k) < 0.8)
            return 0;
        links++;
    }
    return links ? 4 : 0;
}

/* Elements below a formula's box, at most (MathJax's glyphs, one a letter). */
#define FORMULA_BOX_NODES 2000

/* Whether n's text is a formula's: <math>, or a box around one
 * (<mjx-container>, whose drawing has no text). */
static int formula_box(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (!s->text || s->nodes > FORMULA_BOX_NODES)
        return 0;
    size_t math = 0;
    for (const xmlNode *k = n; k;) {
        int is_math = k->type == XML_ELEMENT_NODE && bt_xhtml_is(k, "math") && bt_stats_of(k);
        if (is_math)
            math += bt_stats_of(k)->text;
        k = bt_xhtml_next(k, n, is_math);
    }
    return math * 10 >= s->text * 9;
}

/* Letters a promotion's line in capitals has at most. */
#define PROMO_LINE 200

/* A paragraph (or a div of text) all in capitals that links elsewhere ("CLICK HERE TO GET THE
 * APP", "HEAVY SNOW SLAMS ROCKIES: SEE THE FORECAST"): a newsroom's
 * promotion set between paragraphs, which no sentence of the story is. */
static int caps_promo(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (!(bt_xhtml_is(n, "p") || bt_html_text_div(n)) || !s->link || s->text > PROMO_LINE ||
        s->images)
        return 0;
    bt_buf t = BT_BUF_INIT;
    bt_html_text(n, &t, 4 * PROMO_LINE);
    int caps = t.data && bt_word_count(t.data) >= 3 && !bt_utf8_has_lower(t.data, t.len) &&
               bt_utf8_capitalized_words(t.data, t.len);
    bt_buf_free(&t);
    return caps;
}

/* Whether n holds what a figure shows besides pictures: a video, an
 * embedded frame, a chart, a table, code or a formula.  (An <svg> may be a
 * card's arrow icon.) */
static int holds_media(const xmlNode *n)
{
    static const char *const media[] = {"video",  "audio", "iframe", "object", "embed",
                                        "canvas", "table", "pre",    "math",   NULL};
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, bt_html_skipped(k))) {
        for (const char *const *m = media; *m; m++)
            if (bt_xhtml_is(k, *m))
                return 1;
        /* (an AMP page's player too: "amp-youtube") */
        if (bt_xhtml_embedded_media(k))
            return 1;
    }
    return 0;
}

/* Letters a count among controls has at most. */
#define COUNTER_TEXT 12

/* Whether n holds a button and says nothing but figures. */
static int counter_among_buttons(const xmlNode *n)
{
    int button = 0;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, bt_xhtml_is(k, "button"))) {
        button |= bt_xhtml_is(k, "button");
        if (k->type == XML_TEXT_NODE && !bt_html_skipped(k->parent) && k->content)
            for (const xmlChar *c = k->content; *c; c++)
                if (!strchr(" \t\r\n0123456789.,kKM", *c))
                    return 0;
    }
    return button;
}

/* Words a link to the comments says at most ("Read the 8 comments »"). */
#define COMMENTS_LINK_WORDS 5

int bt_html_comments_link(const xmlNode *n)
{
    /* (the section's anchors, not one comment's, "#comment-166", which a
     * sentence may point at) */
    static const char *const fragments[] = {"#comments",     "#respond",     "#disqus_thread",
                                            "#comment-form", "#commentform", NULL};
    if (!bt_xhtml_is(n, "a") || bt_xhtml_words(n, COMMENTS_LINK_WORDS + 1) > COMMENTS_LINK_WORDS)
        return 0;
    xmlChar *copy;
    const char *href = (const char *)bt_xhtml_attr_value(n, "href", &copy);
    const char *hash = href ? strchr(href, '#') : NULL;
    int yes = 0;
    for (const char *const *f = fragments; hash && *f && !yes; f++)
        yes = !strcasecmp(hash, *f);
    xmlFree(copy);
    return yes;
}

/* Letters a text size's control says at most (its label and buttons). */
#define TEXT_SIZE_TOOL_TEXT 40

/* Letters a size's button says at most ("A+", "大"). */
#define SIZE_BUTTON_TEXT 3

/* Whether n is a control of the text's size its class names, short, with
 * two buttons or links at least, each a letter or two ("div.font-size-tool":
 * "字体大小： 小 中 大", Rappler's "Font size A- A+"); a line a utility
 * class sets in a size ("p.byline.fontsize_11": "By <a>name</a>") is
 * none. */
static int text_size_tool(const xmlNode *n)
{
    static const char *const sizes[] = {"font-size",   "fontsize",    "text-size",  "textsize",
                                        "font-resize", "text-resize", "font-sizer", NULL};
    const bt_stats *s = bt_stats_of(n);
    if (!s->text || s->text >= TEXT_SIZE_TOOL_TEXT || !bt_xhtml_class_has(n, sizes, 0))
        return 0;
    int buttons = 0;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        if ((bt_xhtml_is(k, "a") || bt_xhtml_is(k, "button")) && bt_stats_of(k)) {
            if (bt_stats_of(k)->text > SIZE_BUTTON_TEXT)
                return 0;
            buttons++;
        }
    return buttons >= 2;
}

/* Letters a box of a share's quote has at most (its price, change, volume
 * and their labels, the time of the quote). */
#define QUOTE_BOX_TEXT 400

/* Whether n is a box of a share's quote that its class names ("div
 * .box-stock-detail" on CafeF, a ticker's): no picture, no sentence, and
 * figures in a third of its words at least.  A table of figures the story
 * sets out is named no stock. */
static int quote_box(const xmlNode *n)
{
    static const char *const quotes[] = {"stock",  "stocks",      "stockbox",
                                         "ticker", "stock-quote", NULL};
    const bt_stats *s = bt_stats_of(n);
    if (!s->text || s->text >= QUOTE_BOX_TEXT || s->images || !bt_xhtml_class_has(n, quotes, 1) ||
        bt_html_closes_sentence(n))
        return 0;
    bt_buf t = BT_BUF_INIT;
    bt_html_text(n, &t, QUOTE_BOX_TEXT);
    size_t words = 0, figures = 0;
    for (const char *p = t.data; p && *p;) {
        p += strspn(p, " ");
        size_t len = strcspn(p, " ");
        words += len > 0;
        figures += len && strcspn(p, "0123456789") < len;
        p += len;
    }
    bt_buf_free(&t);
    return figures * 3 >= words;
}

/* Letters a control's label has at most ("Ajouter à mes articles"). */
#define CONTROL_TEXT 40

/* Whether n is a control: a <button>, or a link into the page or to a
 * script that shows an icon with its label. */
static int control(const xmlNode *n)
{
    if (bt_xhtml_is(n, "button"))
        return 1;
    return bt_xhtml_is(n, "a") && !leads_elsewhere(n) && bt_xhtml_find(n, "svg");
}

/* Whether n's text, read up to max bytes, ends with a colon as a label's
 * does (folded text has it taken off). */
static int ends_with_colon(const xmlNode *n, size_t max)
{
    bt_buf b = BT_BUF_INIT;
    bt_html_text(n, &b, max);
    size_t len = b.data ? bt_html_trimmed(b.data, b.len) : 0;
    int colon = len && b.data[len - 1] == ':';
    bt_buf_free(&b);
    return colon;
}

static int script_player(const xmlNode *n, int titled);

/* Words a call to watch the video below has at most. */
#define WATCH_CALL_WORDS 12

/* Letters a card of a video has at most: a label, its length, a title. */
#define VIDEO_CARD_TEXT 200

/* Whether folded t opens with a call to watch as its label ("watch:"). */
static int watch_label(const char *t)
{
    for (const char *const *w = bt_chrome_watch_calls; *w; w++) {
        size_t len = strcspn(*w, " ");
        if (!strncmp(t, *w, len) && t[len] == ':')
            return 1;
    }
    return 0;
}

/* Letters a line of a call to watch is read for its colon, at most. */
#define WATCH_CALL_TEXT 256

/* Whether n, a paragraph saying folded t, calls to watch the video right
 * after it ("Watch the latest edition of BizTech below:"), which these
 * formats leave out: the call would point at nothing. */
static int watch_call(const xmlNode *n, const char *t)
{
    if (!bt_xhtml_is(n, "p") || bt_word_count(t) > WATCH_CALL_WORDS)
        return 0;
    /* (its colon, which folding takes off; or the call a label, "Watch:
     * KING 5's latest coverage of traffic") */
    if (!(in_list(t, bt_chrome_watch_calls, 1) && ends_with_colon(n, WATCH_CALL_TEXT)) &&
        !watch_label(t))
        return 0;
    /* (past empty paragraphs, to the next block that shows something; out
     * of the box the call ends, "<div>...<p>Watch ...:</p></div><div>
     * <iframe>") */
    for (int up = 0; n && up < 2; n = n->parent, up++)
        for (const xmlNode *k = n->next; k; k = k->next) {
            const bt_stats *ks = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
            if (k->type == XML_ELEMENT_NODE && (embedded_in(k) || script_player(k, 0)))
                return !ks || !ks->text;
            /* (or a player's box with the video's title alone: KING 5's
             * playlist under its "Watch:" line) */
            if (ks && ks->text < VIDEO_CARD_TEXT && !ks->ptext && script_player(k, 1))
                return 1;
            /* (past another line of the call ending in a colon: KARE's
             * "Watch more of the latest in Minnesota news:" over "Stay up to
             * date ... in our YouTube playlist:" over the playlist) */
            if (ks && bt_xhtml_is(k, "p") && ks->text < WATCH_CALL_TEXT &&
                ends_with_colon(k, WATCH_CALL_TEXT))
                continue;
            if (ks && !bt_html_skipped(k) && (ks->text || ks->images))
                return 0;
        }
    return 0;
}

static int play_label(const xmlNode *n);

/* Whether n is or holds an element a script makes a video player of, empty
 * or with only its button's label ("<div data-video-id=...></div>", VTC's
 * "<div data-vid=...>", 24sata's "<div data-video-id><img><span>Pogledaj
 * video</span></div>"), or when titled with the video's title too. */
static int script_player(const xmlNode *n, int titled)
{
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, 0)) {
        if (k->type != XML_ELEMENT_NODE)
            continue;
        int player = bt_html_player_box(k);
        /* (its text read only then: this is asked of deep trees) */
        if (player && (titled || !bt_stats_of(k) || !bt_stats_of(k)->text || play_label(k)))
            return 1;
    }
    return 0;
}

/* The labels of a button that plays a video, as it says them or its
 * aria-label does, and a player's word while it loads. */
static const char *const play_labels[] = {
    "play",
    "play video",
    "lire la vidéo",
    "lire",
    "video abspielen",
    "abspielen",
    "reproducir",
    "reproducir vídeo",
    "riproduci",
    "phát",
    "phát video",
    "xem video",
    "odtwórz",
    "afspelen",
    "pogledaj video",
    "pogledajte video",
    "přehrát video",
    "spustit video",
    /* (what a player says while its script loads: Sinclair's "Loading ...") */
    "loading",
    "wird geladen",
    "chargement",
    "cargando",
    "caricamento",
    "carregando",
    "đang tải",
    NULL,
};

/* Whether all n says is a label of a button that plays a video, or the
 * player's word while it loads. */
static int play_label(const xmlNode *n)
{
    size_t read;
    char *t = folded_text(n, 64, 0, &read);
    int yes = t && in_list(t, play_labels, 0);
    free(t);
    return yes;
}

/* What button k says, folded: its aria-label, else its words; NULL when
 * nothing (the caller frees). */
static char *button_says(const xmlNode *k)
{
    xmlChar *label = xmlGetProp(k, (const xmlChar *)"aria-label");
    bt_buf folded = BT_BUF_INIT;
    size_t read;
    char *said = label ? NULL : folded_text(k, 64, 0, &read);
    if (label && bt_utf8_fold((const char *)label, strlen((const char *)label), &folded))
        said = folded.data;
    else
        bt_buf_free(&folded);
    xmlFree(label);
    return said;
}

/* The button in n that plays a video; NULL when none. */
static const xmlNode *play_button(const xmlNode *n)
{
    for (const xmlNode *k = bt_xhtml_find(n, "button"); k; k = bt_xhtml_next(k, n, 0)) {
        if (!bt_xhtml_is(k, "button"))
            continue;
        char *t = button_says(k);
        int yes = t && in_list(t, play_labels, 0);
        free(t);
        if (yes)
            return k;
    }
    return NULL;
}

static int duration_label(const xmlNode *n);

/* Whether n holds a label of a video's length. */
static int holds_duration(const xmlNode *n)
{
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, 0))
        if (k->type == XML_ELEMENT_NODE && bt_stats_of(k) && duration_label(k))
            return 1;
    return 0;
}

/* A card of a video that a script plays, named so, with no player in the
 * page but its length or an empty box for one ("VIDEO 03:12 Why home
 * insurance is getting so expensive", "<div data-video-id>" and a title):
 * another story's teaser, no part of the text. */
static int video_card(const xmlNode *n)
{
    /* (or an audio's: BR24's "div.css-audio" with its button, title and
     * "2:41 Min.") */
    static const char *const videos[] = {"video", "audio", NULL};
    const bt_stats *s = bt_stats_of(n);
    /* (a heading in it is the video's title when the box named a video
     * holds the script's player: 9News's "story__media--video" around
     * "div.video-player[data-video-id]" and "h2.video-player__title"; or
     * the video's length: CNBC's "InlineVideo-inlineVideo", its still, its
     * "VIDEO 02:31", its h3 and its show's name) */
    if (!s->text || s->text >= VIDEO_CARD_TEXT ||
        (s->heading &&
         !(bt_xhtml_class_has(n, videos, 0) && (script_player(n, 1) || holds_duration(n)))) ||
        holds_media(n) || inside(n, "figure"))
        return 0;
    /* (or a still with a button to play it, and a link to watch it
     * elsewhere: "Regarder sur Auvio") */
    if (!bt_xhtml_class_has(n, videos, 0)) {
        /* (or a box a script makes a player in, "<div data-player-id>",
         * with its label and title) */
        if (!s->ptext && script_player(n, 0)) {
            /* (but not a figure of the story's video, captioned, whatever
             * box it is in: Gray TV's "div.lead-art-wrapper > figure" of
             * the player's still and a figcaption) */
            const xmlNode *fig = bt_xhtml_is(n, "figure") ? n : bt_xhtml_find(n, "figure");
            const xmlNode *fc = fig ? bt_xhtml_find(fig, "figcaption") : NULL;
            return !fc || holds_duration(fc);
        }
        const xmlNode *link = s->images && s->link && play_button(n) ? bt_xhtml_find(n, "a") : NULL;
        return link && leads_elsewhere(link);
    }
    /* (a box named a video's teaser is one: Schibsted's
     * data-test-tag="video-teaser", its still and title; so is one named a
     * video around a script's player and its title: CHIP's "Article__Video >
     * div.VideoPlayer[data-video-id]") */
    static const char *const teasers[] = {"video-teaser", "video-promo", NULL};
    if (bt_xhtml_class_has(n, teasers, 0))
        return 1;
    /* (but a figure of the story's video, captioned, keeps its caption:
     * VietNamNet's "figure.vnn-content-video" with its player and
     * figcaption; one whose figcaption gives the video's length is a
     * title's, CBS's "embed__title" beside "embed__duration") */
    if (script_player(n, 1)) {
        const xmlNode *fc = bt_xhtml_is(n, "figure") ? bt_xhtml_find(n, "figcaption") : NULL;
        return !fc || holds_duration(fc);
    }
    /* (and one of a still, a button to play it and its title: IGN's
     * "ign-recommends-video") */
    if (s->images && !s->ptext && play_button(n))
        return 1;
    const char *t = s->ptext ? NULL : short_text(n, 2 * VIDEO_CARD_TEXT);
    for (const char *c = t ? strchr(t, ':') : NULL; c; c = strchr(c + 1, ':'))
        if (c > t && isdigit((unsigned char)c[-1]) && isdigit((unsigned char)c[1]) &&
            isdigit((unsigned char)c[2]) && !isdigit((unsigned char)c[3]))
            return 1;
    return 0;
}

/* Letters a box around a script's map has at most (its label and a line). */
#define MAP_BOX_TEXT 200

/* Whether block n is the box of a map a script draws, the map's element
 * still empty, with a label and a line at most ("<h4>Location map</h4><p>
 * View the location of this story.</p><div class=otw-map data-lat=...>"):
 * a reader sees no map in a saved page, nor in a book. */
static int map_box(const xmlNode *n)
{
    static const char *const maps[] = {"map", NULL};
    const bt_stats *s = bt_stats_of(n);
    if (!bt_html_is_block(n) || !s->text || s->text >= MAP_BOX_TEXT || s->images || s->link)
        return 0;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        if (k->type == XML_ELEMENT_NODE && !k->children && bt_xhtml_class_has(k, maps, 0))
            return 1;
    return 0;
}

/* Whether short text t calls to follow the site on a messenger or a
 * network, or to hear its podcast: it opens with "Follow" (or "Theo dõi",
 * "Folgen Sie"..., "Click here to join", "Listen to our") and names one
 * ("Follow Sky News on WhatsApp", "Theo dõi Báo Người Lao Động trên Google
 * News", "Listen to our Inside Politics podcast for the latest political
 * news"). */
static int follow_line(const char *t)
{
    static const char *const messengers[] = {"whatsapp", "telegram", "google news", "zalo",
                                             "youtube",  "podcast",  NULL};
    static const char *const opens[] = {
        "follow ", "theo dõi ", "folgen sie ", "folgst du ",     "abonniere den ",
        "suivez ", "síguenos ", "seko ",       "listen to our ", "click here to join ",
        NULL};
    /* (or a call to like the site's page that goes on to follow it: "Like
     * Business on Facebook, follow @TribuneBiz on Twitter"; an author's
     * "Follow Jane Doe on Twitter" ends their story, as its truths say) */
    if (!strncmp(t, "like ", 5) && strstr(t, " on facebook, follow "))
        return 1;
    /* (at the start of the line or of a sentence of it: "Stay informed and
     * ahead of the curve! Follow The Punch Newspaper on WhatsApp") */
    int call = 0;
    for (const char *p = t; p && !call;) {
        p += strspn(p, " ");
        for (const char *const *o = opens; *o && !call; o++)
            call = !strncmp(p, *o, strlen(*o));
        p = strpbrk(p, ".!?");
        p = p ? p + 1 : NULL;
    }
    for (const char *const *m = messengers; call && *m; m++)
        if (strstr(t, *m))
            return 1;
    /* (or names it by its logo after the line: "Theo dõi VnBusiness trên
     * <img alt="Google News">") */
    static const char *const ons[] = {" on", " trên", " auf", " sur", NULL};
    size_t len = strlen(t);
    for (const char *const *o = ons; call && *o; o++)
        if (len > strlen(*o) && !strcmp(t + len - strlen(*o), *o))
            return 1;
    return 0;
}

/* Whether n is or holds a video's player: a <video>, or a box a script
 * makes one in. */
static int player_in(const xmlNode *n)
{
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, 0))
        if (k->type == XML_ELEMENT_NODE && (bt_xhtml_is(k, "video") || bt_html_player_box(k)))
            return 1;
    return 0;
}

/* A broadcast's transcript right after its player, shown by a button (Hearst
 * TV's "video-transcript" under the lead video, the anchors' words in
 * capitals): the video's, not the story's text. */
static int video_transcript(const xmlNode *n)
{
    static const char *const transcripts[] = {"transcript", NULL};
    if (!bt_xhtml_class_has(n, transcripts, 0) || !bt_xhtml_find(n, "button"))
        return 0;
    const xmlNode *before = bt_html_element_beside(n, 0);
    return before && player_in(before);
}

/* Letters a call to watch more videos has at most. */
#define MORE_VIDEOS_CALL 80

/* Whether n calls to watch more videos. */
static int more_videos_call(const xmlNode *n)
{
    size_t read;
    char *t = folded_text(n, MORE_VIDEOS_CALL, 0, &read);
    int yes = t && in_list(t, bt_chrome_more_video_calls, 1);
    free(t);
    return yes;
}

/* A video's player after a call to watch more videos ("Mời bạn đọc xem thêm
 * video:" before Sức khỏe & Đời sống's VideoStream), and the call: another
 * story's. */
static int more_videos_player(const xmlNode *n)
{
    const xmlNode *before = bt_html_element_beside(n, 0);
    const xmlNode *after = bt_html_element_beside(n, 1);
    /* (a player and its caption, no box of more) */
    if (bt_stats_of(n)->text >= VIDEO_CARD_TEXT)
        return 0;
    if (after && bt_stats_of(after) && bt_stats_of(after)->text < VIDEO_CARD_TEXT &&
        player_in(after) && more_videos_call(n))
        return 1;
    return before && player_in(n) && more_videos_call(before);
}

/* Names of a video player's box. */
static const char *const video_players[] = {"video-player", "videoplayer", "video-container", NULL};
/* (a video's embed so named is its player while no frame of it is there
 * yet: NOS's "div[data-testid=video-embed]" saying "Video afspelen" and the
 * clip's title) */
static const char *const video_embeds[] = {"video-embed", NULL};

/* Whether n is or holds an element naming a video's file for a script, or
 * an empty one named a video's player that a script fills (Onet's "<div
 * class=videoPlayer id=mvp-...>"). */
static int video_source_in(const xmlNode *n)
{
    /* (or any player, with nothing in it: VG's "div.vgtv-player[data-id]") */
    static const char *const players[] = {"player", NULL};
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, 0))
        if (k->type == XML_ELEMENT_NODE &&
            (bt_html_video_source(k) || (bt_stats_of(k) && !bt_stats_of(k)->text &&
                                         (bt_xhtml_class_has(k, video_players, 1) ||
                                          (!k->children && bt_xhtml_class_has(k, players, 1))))))
            return 1;
    return 0;
}

/* Whether n, a box of a video's player and one short line, names the video
 * in that line as a video ("Video: Cách làm thịt kho tàu...", "Video
 * highlights CAHN 3-1 Hải Phòng:", "Video-Tipp: ...", 20 Minutes's "VIDEO.
 * Canicule : ...") rather than
 * captioning it, or is itself named the player's box (the Independent's
 * data-testid="video-player", the Daily Mail's "vjs-video-container"): a
 * title over a clip these formats cannot play, which points at nothing
 * once the player is gone.  A line marked a caption stays the video's
 * caption (24h's "div.img_chu_thich"). */
static int titled_video(const xmlNode *n)
{
    static const char *const words[] = {"video", "clip", "vídeo", "vidéo", "wideo", NULL};
    const bt_stats *s = bt_stats_of(n);
    if (!s->text || s->text >= VIDEO_CARD_TEXT || s->link || !bt_html_is_block(n) ||
        bt_xhtml_is(n, "figure"))
        return 0;
    /* (named a player, or the player's box by its own attribute with no
     * still in it, which would make it the video's figure: Connatix's
     * "<div data-cnx-player>" around "Top Videos" and the title) */
    int box = bt_xhtml_class_has(n, video_players, 1) || (!s->images && bt_html_player_box(n)) ||
              (bt_xhtml_class_has(n, video_embeds, 1) && !holds_media(n));
    if (!box && !(embedded_in(n) || script_player(n, 1) || video_source_in(n)))
        return 0;
    size_t read;
    char *t = folded_text(n, VIDEO_CARD_TEXT, 0, &read);
    int named = box && t;
    /* (the word opens the line, or ends a brand's label of three words at
     * most over the title: "Ars Video How Scientists Respond...") */
    const char *p = t;
    for (int word = 0; p && *p && word < 3 && !named; word++) {
        for (const char *const *w = words; *w && !named; w++) {
            size_t len = strlen(*w);
            named = !strncmp(p, *w, len) && strchr(":.- ", p[len]) && p[len];
        }
        p = strchr(p, ' ');
        p = p ? p + 1 : NULL;
    }
    free(t);
    for (const xmlNode *k = n->children; named && k; k = bt_xhtml_next(k, n, 0))
        named = !(k->type == XML_ELEMENT_NODE && bt_html_caption_marked(k));
    return named;
}

/* A player reading the story aloud: a box with an <audio>, or a button or
 * a choice of voices and no picture, or named an audio's, whose text,
 * short, opens with a label ("Listen to this story. Enjoy more audio...",
 * "▶ Escuchar este artículo 4 min"; a podcast's caption says what it is). */
static int read_aloud(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    /* (nor is the box of an h2 headline and its lead, with its toolbar's
     * buttons: Spiegel's "Artikel anhören" under the lead; a box around an
     * h1 and its lead is the headline's parts', gathered apart) */
    if (!s->text || s->text >= 300 || s->nodes >= 64 || (s->heading && !s->h1 && header_lead(n)))
        return 0;
    const xmlNode *k = n->children;
    while (k && !bt_xhtml_is(k, "audio") &&
           !((bt_xhtml_is(k, "button") || bt_xhtml_is(k, "select")) && !s->images))
        k = bt_xhtml_next(k, n, 0);
    /* (or a box named so, its player drawn by a script: Kompas's
     * "div.article-audio", "Audio Berita" and a line to listen; News24's
     * "article__listen-widget", its label and the reading's length; Tuổi
     * Trẻ's "div.audioplayer"; O Globo's "div.audima-widget", a
     * reading's vendor) */
    static const char *const audio_boxes[] = {"audio",  "audioplayer", "tts",
                                              "listen", "audima",      NULL};
    if (!k && (s->images || !bt_xhtml_class_has(n, audio_boxes, 0)))
        return 0;
    if (folded_in(n, 300, 1, bt_chrome_labels, 1))
        return 1;
    /* (said by the button, in its words or its aria-label, which are no
     * text of the page's: "Artikel anhören" before "Dieser Audioinhalt wird
     * mit Hilfe einer KI-Stimme generiert.", RFI's "<button
     * aria-label=Écouter>" before the report's title and length; or beside
     * a button of no words: "<button aria-label=play></button><span>Nghe
     * nhanh</span> 02:47") */
    const char *box = short_text(n, 300);
    char *label = k && bt_xhtml_is(k, "button") ? button_says(k) : NULL;
    int yes = 0;
    for (const char *const *w = bt_chrome_listen_words; *w && !yes; w++)
        yes = (label && strstr(label, *w)) || (box && strstr(box, *w));
    free(label);
    return yes;
}

/* Whether aside n only floats a figure of the story beside the text (ESPN's
 * "<aside class="inline editorial"><figure>...<figcaption>"): a picture
 * and its caption, not a link to elsewhere. */
static int figure_aside(const xmlNode *n)
{
    const xmlNode *one = bt_html_unwrapped(bt_html_only_element(n), BT_HTML_WRAPPERS);
    const bt_stats *s = one ? bt_stats_of(one) : NULL;
    return s && bt_xhtml_is(one, "figure") && s->images && s->link * 2 < s->text + 1;
}

/* Letters a picture's button says at most ("Enlarge this image"). */
#define FIGURE_BUTTON_TEXT 32

/* Levels up from a picture's button to its caption, and the letters the
 * caption has at most (a box named so around the story is none). */
#define BUTTON_BOX_LEVELS 3
#define BUTTON_CAPTION_TEXT 600

/* Whether n is in a picture's box, or in a caption or credit a few levels
 * up. */
static int in_picture_box(const xmlNode *n)
{
    if (n->parent && bt_stats_of(n->parent) && bt_stats_of(n->parent)->images)
        return 1;
    /* (up to the first box too long for a caption: those above are longer) */
    int up = 0;
    for (const xmlNode *a = n->parent; a && up < BUTTON_BOX_LEVELS && bt_stats_of(a) &&
                                       bt_stats_of(a)->text < BUTTON_CAPTION_TEXT;
         a = a->parent, up++)
        if (bt_html_caption_marked(a) || bt_html_credit_marked(a))
            return 1;
    return 0;
}

/* Whether folded t is the size of a file and nothing else ("43.2 kb",
 * "1,2 mb"). */
static int file_size(const char *t)
{
    static const char *const units[] = {"kb", "mb", "gb", "bytes", NULL};
    const char *u = t + strspn(t, "0123456789.,");
    if (u == t)
        return 0;
    u += strspn(u, " ");
    for (const char *const *k = units; *k; k++)
        if (!strcmp(u, *k))
            return 1;
    return 0;
}

/* Whether t is a count of pictures, a number and their word ("18
 * fotografií", "10 foto", "24 photos"). */
static int photo_count(const char *t)
{
    static const char *const photos[] = {"photos",     "fotos",  "fotografie", "fotografií",
                                         "fotek",      "bilder", "zdjęć",      "zdjęcia",
                                         "fotografij", "ảnh",    "foto",       NULL};
    const char *word = t + strspn(t, "0123456789");
    return word > t && *word == ' ' && in_list(word + 1, photos, 0);
}

/* Whether t is a gallery's counter of the picture shown, a picture's word
 * perhaps before it ("Picture 1 of 3", "2 / 12", "Bild 3 von 8"). */
static int gallery_position(const char *t)
{
    static const char *const words[] = {"picture ", "image ", "photo ", "slide ",
                                        "foto ",    "bild ",  "ảnh ",   NULL};
    static const char *const ofs[] = {" of ", " / ", "/", " von ", " de ", " sur ", " di ", NULL};
    for (const char *const *w = words; *w; w++)
        if (!strncmp(t, *w, strlen(*w))) {
            t += strlen(*w);
            break;
        }
    const char *n = t + strspn(t, "0123456789");
    if (n == t)
        return 0;
    for (const char *const *o = ofs; *o; o++)
        if (!strncmp(n, *o, strlen(*o))) {
            const char *m = n + strlen(*o), *end = m + strspn(m, "0123456789");
            return end > m && !*end;
        }
    return 0;
}

/* Whether the folded text s[0..len) is a figure button's label (the rest
 * of its line a file's size, a count, or brackets around it). */
static int button_label(const char *s, size_t len)
{
    char label[2 * FIGURE_BUTTON_TEXT + 1];
    if (len >= sizeof(label))
        return 0;
    memcpy(label, s, len);
    label[len] = '\0';
    return in_list(label, bt_chrome_figure_buttons, 0);
}

/* A button of a figure: a few elements that say only its label. */
static int figure_button(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    const char *t = s->text && s->text <= 2 * FIGURE_BUTTON_TEXT && s->nodes < 8
                        ? short_text(n, 2 * FIGURE_BUTTON_TEXT)
                        : NULL;
    /* (or a wire's link to buy the picture's rights, whatever a screen
     * reader is told after it: "Purchase Licensing Rights, opens new tab",
     * Reuters' later "Acquire Licensing Rights") */
    static const char *const rights[] = {"purchase licensing rights", "acquire licensing rights",
                                         NULL};
    /* (or with the size of the picture's file after it: Plone's "Click to
     * view full-size image… size: 43.2 kB") */
    const char *size = t ? strstr(t, " size: ") : NULL;
    if (size && file_size(size + 7) && button_label(t, (size_t)(size - t)))
        return 1;
    if (!t || s->text > FIGURE_BUTTON_TEXT)
        return t && in_list(t, rights, 1);
    if (in_list(t, bt_chrome_figure_buttons, 0) || in_list(t, rights, 1))
        return 1;
    /* (or in brackets, the way old pages set it under the caption:
     * InformationWeek's "(click image for larger view)") */
    size_t tl = strlen(t);
    if (tl > 2 && t[0] == '(' && t[tl - 1] == ')' && button_label(t + 1, tl - 2))
        return 1;
    /* (or the agency's rights alone, set apart after the caption: ANSA's
     * "<span class=news-caption-copy>- RIPRODUZIONE RISERVATA") */
    if (in_list(t + strspn(t, "- "), bt_chrome_rights, 0))
        return 1;
    /* (or the gallery's count of pictures, on the picture's link to it:
     * iDNES's "3 fotografie", Corriere's "10 foto"; after the gallery's
     * name, iDNES's "Fotogalerie 18 fotografií") */
    static const char *const galleries[] = {"fotogalerie", "galerie", "gallery", "photo gallery",
                                            "fotogaleria", "galeria", NULL};
    if (photo_count(t) || gallery_position(t))
        return 1;
    for (const char *const *g = galleries; *g; g++)
        if (!strncmp(t, *g, strlen(*g)) && t[strlen(*g)] == ' ' &&
            photo_count(t + strlen(*g) + strspn(t + strlen(*g), " ")))
            return 1;
    /* (its count of pictures after it: "View Gallery (24 photos)") */
    const char *count = strstr(t, " (");
    return count && t[tl - 1] == ')' && button_label(t, (size_t)(count - t));
}

/* A row of a byline and its date, and little else: no photo, no sentence
 * about the author, whatever its name ("id-StoryElement-authorBox" around
 * "Von Lena Fischer" and the time). */
static int byline_row(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    const char *t = s && !s->images && s->text <= BYLINE_TEXT / 2 && s->nodes <= LINE_NODES
                        ? short_text(n, BYLINE_TEXT)
                        : NULL;
    if (!t || !bt_html_says_date(t))
        return 0;
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, bt_html_skipped(k)))
        if (k->type == XML_ELEMENT_NODE && bt_xhtml_class_has(k, bt_xhtml_byline_classes, 0))
            return 1;
    return 0;
}

/* Whether an input in n asks for an e-mail address. */
static int email_field(const xmlNode *n)
{
    static const char *const attrs[] = {"name", "id", "placeholder", "aria-label", NULL};
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, 0)) {
        if (!bt_xhtml_is(k, "input"))
            continue;
        xmlChar *type = xmlGetProp(k, (const xmlChar *)"type");
        int hit = type && !xmlStrcasecmp(type, (const xmlChar *)"email");
        int text = !type || !xmlStrcasecmp(type, (const xmlChar *)"text");
        xmlFree(type);
        for (const char *const *a = attrs; *a && text && !hit; a++) {
            xmlChar *v = xmlGetProp(k, (const xmlChar *)*a);
            for (const xmlChar *c = v; c && *c && !hit; c++)
                hit = !strncasecmp((const char *)c, "mail", 4);
            xmlFree(v);
        }
        if (hit)
            return 1;
    }
    return 0;
}

/* Whether n's text names a newsletter anywhere, or a link of it leads to
 * the site's newsletters ("Sign up for the free <a
 * href=/newsletters/>Mother Jones Daily</a>"). */
static int names_newsletter(const xmlNode *n)
{
    const char *t = short_text(n, SIGNUP_TEXT);
    for (const char *const *w = bt_chrome_newsletter_labels; t && *w; w++)
        if (strstr(t, *w))
            return 1;
    for (const xmlNode *a = t ? bt_xhtml_find(n, "a") : NULL; a; a = bt_xhtml_next(a, n, 0)) {
        if (!bt_xhtml_is(a, "a"))
            continue;
        xmlChar *copy;
        const xmlChar *href = bt_xhtml_attr_value(a, "href", &copy);
        int yes = href && strstr((const char *)href, "newsletter");
        xmlFree(copy);
        if (yes)
            return 1;
    }
    return 0;
}

/* Letters a box closed by a link to the site's newsletters says at most. */
#define NEWSLETTER_POINTER_TEXT 400

/* Whether box n is a few lines closed by a line that is all a link to the
 * site's newsletters, its call (20 Minuten's "Pushbox": "Keine News mehr
 * verpassen", a line on the update, "Erhalte das Wichtigste ... in dein
 * Postfach" to /newsletter), in any language. */
static int newsletter_pointer(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (bt_xhtml_is(n, "p") || !s->text || s->text > NEWSLETTER_POINTER_TEXT || s->images ||
        s->heading)
        return 0;
    const xmlNode *last = NULL;
    int lines = 0;
    for (const xmlNode *k = n->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && !bt_html_skipped(k) && bt_stats_of(k) &&
            bt_stats_of(k)->text)
            lines++, last = k;
        else if (k->type == XML_TEXT_NODE && !xmlIsBlankNode(k))
            return 0;
    const bt_stats *ls = lines >= 2 ? bt_stats_of(last) : NULL;
    const xmlNode *a =
        ls && ls->link == ls->text ? bt_html_unwrapped(last, BT_HTML_WRAPPERS) : NULL;
    return bt_xhtml_is(a, "a") && names_newsletter(a);
}

/* Whether a form's button in n calls to sign up ("Sign up", "Subscribe"):
 * a newsletter's box for readers the site knows, no address asked. */
static int signup_button(const xmlNode *n)
{
    for (const xmlNode *k = bt_xhtml_find(n, "button"); k; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, "button") && folded_in(k, 64, 0, bt_chrome_signup_starts, 1))
            return 1;
    return 0;
}

/* Whether short text t of n opens as a call to sign up, or has a clause
 * or a sentence that does ("For more analysis, sign up to Money Talks",
 * "Want more recipes? Subscribe to ...", "... beyond - Sign up to our
 * daily newsletter", "Hey, Guardians fans: Sign up for our free Guardians
 * newsletter"), and names a newsletter. */
static int signup_call(const xmlNode *n, const char *t)
{
    int call = in_list(t, bt_chrome_signup_starts, 1);
    for (const char *p = t; !call && (p = strpbrk(p, ",.:;?!-")) != NULL; p++)
        call = p[1] == ' ' && in_list(p + 2, bt_chrome_signup_starts, 1);
    return call && names_newsletter(n);
}

/* Whether short block n links to the members' portal of a Ghost site
 * ("<a href=#/portal/signup>Join 6,400 readers</a>"), the platform's call
 * to sign up, whatever it says around the link. */
static int portal_call(const xmlNode *n)
{
    int budget = 64, found = 0;
    /* (a block without links has none to ask about) */
    for (const xmlNode *k = bt_stats_of(n)->link ? n : NULL; k && budget-- && !found;
         k = bt_xhtml_next(k, n, 0)) {
        xmlChar *href = bt_xhtml_is(k, "a") ? xmlGetProp(k, (const xmlChar *)"href") : NULL;
        found = href && !xmlStrncmp(href, (const xmlChar *)"#/portal/", 9);
        xmlFree(href);
    }
    return found;
}

/* Whether inline element k stands in running text: words beside it, up
 * to its block (below box), but for a sentence that ends before it ("...
 * of New York. <a>Donate today</a>"); other links or buttons beside it are
 * a row of buttons ("Contribute" "Create an account"), no sentence. */
static int in_sentence(const xmlNode *k, const xmlNode *box)
{
    for (; k && k != box; k = k->parent) {
        for (int dir = 0; dir < 2; dir++)
            for (const xmlNode *o = dir ? k->next : k->prev; o; o = dir ? o->next : o->prev)
                if ((o->type == XML_TEXT_NODE && bt_xhtml_visible_text(o->content)) ||
                    (o->type == XML_ELEMENT_NODE && !bt_html_is_block(o) && !bt_html_skipped(o) &&
                     !bt_xhtml_is(o, "a") && !bt_xhtml_is(o, "button") && bt_stats_of(o) &&
                     bt_stats_of(o)->text)) {
                    if (!dir && bt_html_closes_sentence(o))
                        break;
                    return 1;
                }
        if (k->parent && bt_html_is_block(k->parent))
            return 0;
    }
    return 0;
}

/* Letters a box asking readers for money has at most. */
#define SUPPORT_TEXT 1000

/* Letters a product's card says at most: its brand, its name, its price. */
#define PRODUCT_CARD_TEXT 200

/* Whether n holds a link the site is paid for (rel=sponsored, as search
 * engines ask of ads and affiliate links). */
static int sponsored_link(const xmlNode *n)
{
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0))
        if (bt_xhtml_is(k, "a") && bt_xhtml_attr_has_word(k, "rel", "sponsored"))
            return 1;
    return 0;
}

/* Whether n is a product's card: its picture and a line of a few spans, no
 * paragraph, with a link the site is paid for (rel=sponsored, as search
 * engines ask of such links): "Mango Pearl Cluster Brooch $25.99 at Mango"
 * in a magazine's slideshow of things to buy. */
static int product_card(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return s->images == 1 && s->text && s->text < PRODUCT_CARD_TEXT && !s->ptext && !s->heading &&
           sponsored_link(n);
}

/* Letters a box calling to get the site's app says at most. */
#define APP_BOX_TEXT 300

/* Whether n holds a link to an app store set as its badge (a picture, or
 * a few words: "Google Play"). */
static int store_badge(const xmlNode *n)
{
    static const char *const stores[] = {"://apps.apple.com/", "://itunes.apple.com/",
                                         "://play.google.com/store/", NULL};
    for (const xmlNode *k = n->children; k; k = bt_xhtml_next(k, n, 0)) {
        const bt_stats *ks = bt_xhtml_is(k, "a") ? bt_stats_of(k) : NULL;
        if (!ks || (!ks->images && ks->text > CARD_TITLE))
            continue;
        xmlChar *href = xmlGetProp(k, (const xmlChar *)"href");
        int store = 0;
        for (const char *const *st = stores; href && *st && !store; st++)
            store = strstr((const char *)href, *st) != NULL;
        xmlFree(href);
        if (store)
            return 1;
    }
    return 0;
}

/* Whether link a's address holds one of parts (NULL-terminated), in any
 * case: it leads to the site's page for gifts ("/donations?utm_source=
 * article_support_box"), or for the Trust Project. */
static int leads_to(const xmlNode *a, const char *const *parts)
{
    xmlChar *href = bt_xhtml_is(a, "a") ? xmlGetProp(a, (const xmlChar *)"href") : NULL;
    int hit = 0;
    for (const char *p = href ? (const char *)href : ""; *p && !hit; p++)
        for (const char *const *w = parts; *w && !hit; w++)
            hit = !strncasecmp(p, *w, strlen(*w));
    xmlFree(href);
    return hit;
}

/* Whether n is a box asking readers for money: a heading or a few short
 * paragraphs and a button, a logo at most, or a link on a line of its own, that says
 * "Donate" or "Support ..." or leads to the page for gifts (the
 * Independent's "Read more" under "Your support helps us to tell the
 * story"); a link so in a sentence is the text's. */
static int support_box(const xmlNode *n)
{
    static const char *const donation_pages[] = {"/donat", NULL};
    const bt_stats *s = bt_stats_of(n);
    /* (a picture in it is its logo, or the cards it takes: the Guardian's
     * "Accepted payment methods" under its button; not a captioned one) */
    if (bt_xhtml_is(n, "p") || !s->text || s->text >= SUPPORT_TEXT || s->nodes >= 128 ||
        s->paras > 4 || s->images > 1 || (s->images && bt_xhtml_find((xmlNode *)n, "figure")))
        return 0;
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, k != n && bt_html_skipped(k))) {
        const bt_stats *ks =
            bt_xhtml_is(k, "a") || bt_xhtml_is(k, "button") ? bt_stats_of(k) : NULL;
        if (ks && ks->text && ks->text <= 40 && !in_sentence(k, n) &&
            (folded_in(k, 40, 0, bt_chrome_support_buttons, 1) || leads_to(k, donation_pages)))
            return 1;
    }
    return 0;
}

/* Whether n's class, id or test id has a part "ad" in small letters ("ad-slot",
 * "ad__section"): a hashed name's "Ad" is none (Báo Mới's "bm_Ad"). */
static int ad_named(const xmlNode *n)
{
    static const char *const ad[] = {"ad", NULL};
    if (!bt_xhtml_class_has(n, ad, 1))
        return 0;
    static const char *const attrs[] = {"class", "id", "data-testid", NULL};
    for (const char *const *a = attrs; *a; a++) {
        xmlChar *copy = NULL;
        const xmlChar *v = bt_xhtml_attr_value(n, *a, &copy);
        for (const char *p = (const char *)v; p && *p;) {
            size_t len = strcspn(p, " \t\n-_");
            int found = len == 2 && !strncmp(p, "ad", 2);
            p += len + (p[len] != '\0');
            if (found) {
                xmlFree(copy);
                return 1;
            }
        }
        xmlFree(copy);
    }
    return 0;
}

/* The block of its own n's first visible text is in (*text that text's
 * node); NULL when n holds no text or that text is n's own, no block. */
static const xmlNode *first_line(const xmlNode *n, const xmlNode **text)
{
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, k != n && bt_html_skipped(k))) {
        if (k->type != XML_TEXT_NODE || !bt_xhtml_visible_text(k->content))
            continue;
        const xmlNode *line = k->parent;
        while (line != n && !bt_html_is_block(line))
            line = line->parent;
        if (text)
            *text = k;
        return line != n ? line : NULL;
    }
    return NULL;
}

/* Whether n's first line, a block of its own, is a label of labels (a
 * newsletter's, a broadcast's), closed by a colon when colon is set. */
static int box_label(const xmlNode *n, const char *const *labels, int colon)
{
    const xmlNode *k = NULL, *line = first_line(n, &k);
    if (!line)
        return 0;
    /* (with colon, only a label that ends so is looked up) */
    const char *t = (const char *)k->content;
    size_t len = bt_html_trimmed(t, strlen(t));
    if (colon && !(len && t[len - 1] == ':'))
        return 0;
    if (folded_in(line, 40, 0, labels, 0))
        return 1;
    /* (or the label and the name it gives in quotes: Le Monde's "Newsletter
     * « Chaleur humaine »") */
    size_t read;
    char *f = colon ? NULL : folded_text(line, 80, 0, &read);
    int named = 0;
    for (const char *const *w = labels; f && *w && !named; w++) {
        size_t wl = strlen(*w);
        const char *q = !strncmp(f, *w, wl) && f[wl] == ' ' ? f + wl + 1 : NULL;
        named = q && (!strncmp(q, "\xC2\xAB", 2) || !strncmp(q, "\xE2\x80\x9C", 3) || *q == '"');
    }
    free(f);
    return named;
}

/* Letters a sponsor's box has at most (its label, a headline, a line). */
#define SPONSORED_BOX_TEXT 400

/* The block of box n's first line, when a line of more text follows it
 * (a label over the box's text); NULL otherwise. */
static const xmlNode *label_over(const xmlNode *n)
{
    const xmlNode *line = first_line(n, NULL);
    return line && bt_stats_of(line) && bt_stats_of(line)->text < bt_stats_of(n)->text ? line
                                                                                       : NULL;
}

/* Whether box n opens with a sponsor's line on a block of its own, over an
 * offer and no paragraphs of text: an ad ("Sponsored by Nimbus Learning"
 * over "Speak a new language in 15 minutes a day." between Quora's
 * answers). */
static int sponsored_box(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (!(bt_xhtml_is(n, "div") || bt_xhtml_is(n, "section") || bt_xhtml_is(n, "aside")) ||
        !s->text || s->text >= SPONSORED_BOX_TEXT || s->nodes >= 32 || s->ptext * 2 > s->text)
        return 0;
    const xmlNode *line = label_over(n);
    const char *t = line ? short_text(line, SPONSOR_LINE * 2) : NULL;
    return t && sponsor_line(t);
}

/* Letters an ad set as a note says at least: a shorter line is a credit
 * or a caveat the story keeps ("StackSocial prices subject to change."). */
#define SPONSORED_NOTE_TEXT 80

/* Whether paragraph n, all in italics, holds a link the site is paid for
 * (rel=sponsored): an ad set as a note under the story (Electrek's
 * "<em>To find a trusted solar installer near you, check out <a
 * rel=sponsored>EnergySage</a>... –ad*</em>"). */
static int sponsored_note(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return bt_xhtml_is(n, "p") && s->text >= SPONSORED_NOTE_TEXT && s->text < SPONSORED_BOX_TEXT &&
           bt_xhtml_italic(n) && sponsored_link(n);
}

/* Documents a page offers as attachments, by their names' endings. */
static const char *const document_exts[] = {".pdf",  ".doc", ".docx", ".xls",
                                            ".xlsx", ".ppt", ".pptx", NULL};

/* Letters a file's name on a line of its own has at most. */
#define FILE_NAME_TEXT 120

/* Whether block n is a line of a document's name alone, an attachment's
 * label, or a box of that line and its buttons ("Judgment v. Name.pdf"
 * over "Preview"). */
static int document_name(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (!s->text || s->text >= FILE_NAME_TEXT || s->images)
        return 0;
    if (s->blocks) {
        const xmlNode *line = first_line(n, NULL);
        return line && !bt_stats_of(line)->blocks && !bt_stats_of(line)->link &&
               s->text - s->link == bt_stats_of(line)->text && document_name(line);
    }
    const char *t = short_text(n, FILE_NAME_TEXT * 4);
    return t && bt_html_file_named(t, strlen(t), document_exts);
}

/* Letters a box calling readers to act has at most: its title, a line on
 * what it offers, its button. */
#define CALL_BOX_TEXT 300
/* Words of a call's button at most ("Zu den Angeboten", "Bắt đầu kiểm
 * tra"). */
#define CALL_BUTTON_WORDS 4
/* Lines such a box has at most: a label over it, its title, a line, its
 * button. */
#define CALL_BOX_LINES 4

/* Whether box n is shaped as a call to act elsewhere: a title, no
 * sentence, and maybe a line, over one link to another page, on a line of
 * its own, its button; an icon beside them, a heading of the title. */
static int call_shape(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (!(bt_xhtml_is(n, "div") || bt_xhtml_is(n, "section") || bt_xhtml_is(n, "aside")) || !s ||
        !s->text || s->text >= CALL_BOX_TEXT || s->nodes >= 32 || !s->link ||
        (s->images && !icons_only(n)))
        return 0;
    /* the blocks its text is in: the first the title's, the last the
     * button's */
    const xmlNode *title = NULL, *last = NULL, *a = NULL;
    int lines = 0;
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, k != n && bt_html_skipped(k))) {
        if (k->type != XML_TEXT_NODE || !bt_xhtml_visible_text(k->content))
            continue;
        const xmlNode *b = k->parent;
        while (b != n && !bt_html_is_block(b))
            b = b->parent;
        lines += b != last;
        last = b;
        for (a = k->parent; a != n && !bt_xhtml_is(a, "a");)
            a = a->parent;
        title = title ? title : last;
    }
    /* the button: the last line's text all one link, the box's only one,
     * no other text on its line */
    if (!title || title == n || title == last || lines > CALL_BOX_LINES || a == n ||
        !bt_stats_of(a) || bt_stats_of(a)->text != s->link || !bt_stats_of(last) ||
        bt_stats_of(last)->own != s->link || !leads_elsewhere(a) || bt_html_author_page(a) ||
        bt_xhtml_words(a, CALL_BUTTON_WORDS + 1) > CALL_BUTTON_WORDS ||
        (s->heading && bt_stats_of(title)->heading != s->heading))
        return 0;
    /* (a title may ask, "Interested in buying ...?", but says no sentence) */
    const char *t = short_text(title, CALL_BOX_TEXT * 4);
    return t && !(*t && t[strlen(t) - 1] == '.');
}

/* Letters of a paragraph beside a call to act at least: a sentence. */
#define CALL_BESIDE_PARAGRAPH 40

/* Whether n is a paragraph, a sub-heading or a figure. */
static int text_part(const xmlNode *n)
{
    return bt_xhtml_is(n, "p") || bt_xhtml_is(n, "figure") || bt_html_heading_level(n) >= 2;
}

/* Whether n, a block of the text (a paragraph, a sub-heading, a figure, or
 * a box of paragraphs that is no card), may be next to a call to act set
 * in the text. */
static int text_block(const xmlNode *n)
{
    const bt_stats *s = n ? bt_stats_of(n) : NULL;
    if (!s)
        return 0;
    if (text_part(n))
        return s->ptext >= CALL_BESIDE_PARAGRAPH || s->heading || s->images;
    return s->ptext >= AROUND_PARAGRAPH && !call_shape(n);
}

/* The element beside n, before it or after, that is a part of a text or
 * says more than a label (an ad's slot, "Anzeige", is passed); NULL when
 * none. */
static const xmlNode *beside(const xmlNode *n, int after)
{
    for (n = after ? n->next : n->prev; n; n = after ? n->next : n->prev)
        if (n->type == XML_ELEMENT_NODE && bt_stats_of(n) &&
            (text_part(n) || bt_stats_of(n)->text >= CARD_TITLE))
            return n;
    return NULL;
}

/* Letters a box of the story's topic says at most, and its name. */
#define TOPIC_BOX_TEXT 400
#define TOPIC_NAME_TEXT 80

/* Whether n is a box of the topic the story belongs to, named so: the
 * topic's name, or a label and the name, and a line about it (Znews's
 * "div.the-article-topic > p.topic-title + p.topic-desc" under the story),
 * three blocks at most, the first short. */
static int topic_box(const xmlNode *n)
{
    static const char *const topics[] = {"topic", NULL};
    const bt_stats *s = bt_stats_of(n);
    if (!s->text || s->text >= TOPIC_BOX_TEXT || s->images || !bt_html_is_block(n) ||
        !bt_xhtml_class_has(n, topics, 0))
        return 0;
    size_t parts = 0;
    const xmlNode *first = NULL;
    for (const xmlNode *k = n->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && bt_stats_of(k) && bt_stats_of(k)->text) {
            first = first ? first : k;
            parts++;
        }
    return first && parts <= 3 && bt_stats_of(first)->text < TOPIC_NAME_TEXT;
}

/* Whether box n calls readers to act elsewhere and is set in a text: a
 * block of it right before the box, or its wrappers, and another after it
 * unless the text ends there (not a card among cards, nor a landing page's
 * offer). A health site's "Công cụ tính ngày dự sinh" over "Tính ngay", a
 * car site's "Interested in buying ...?" over "Enquire now". */
static int call_box(const xmlNode *n)
{
    if (!call_shape(n))
        return 0;
    const xmlNode *box = n;
    while (box->parent && !xmlPreviousElementSibling((xmlNode *)box) &&
           !xmlNextElementSibling((xmlNode *)box))
        box = box->parent;
    const xmlNode *after = beside(box, 1);
    return text_block(beside(box, 0)) && (!after || text_block(after));
}

/* Letters a box of the newsroom's standards has at most. */
#define TRUST_BOX_TEXT 500

/* Letters the Trust Project's badge has at most. */
#define TRUST_BADGE_TEXT 120

/* Whether box n tells why readers can trust the newsroom, under a line
 * that opens so ("Why you can trust SCMP" over its code of conduct, in the
 * text), or is the Trust Project's badge: a short line and a link to its
 * page (El Mundo's and Marca's "Conforme a los criterios de <a>The Trust
 * Project</a> <a>Saber más</a>"). */
static const char *const trust_words[] = {"why you can trust", NULL};

static int trust_box(const xmlNode *n)
{
    static const char *const trust_pages[] = {"trust-project", "trustproject", NULL};
    const bt_stats *s = bt_stats_of(n);
    if (!bt_html_is_block(n) || !s->text || s->text >= TRUST_BOX_TEXT || s->nodes >= 32)
        return 0;
    for (const xmlNode *k = n; s->link && s->text < TRUST_BADGE_TEXT && k;
         k = bt_xhtml_next(k, n, 0))
        if (leads_to(k, trust_pages))
            return 1;
    const xmlNode *line = label_over(n);
    return line && folded_in(line, 64, 1, trust_words, 1);
}

/* Whether inline n is a link on its own line to the page of the newsroom's
 * standards ("<a>Why you can trust SCMP</a>" under the byline and date). */
static int trust_link(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return bt_xhtml_is(n, "a") && s->text && s->text < 64 && own_line(n, 0) &&
           folded_in(n, 64, 1, trust_words, 1);
}

/* Letters a block saying the page's description has at most (the
 * description of search engines' snippets, a few sentences). */
#define DESCRIPTION_TEXT 600

/* Letters a description opening a block has at least to say it is the
 * block's start: a sentence, no title's few words. */
#define DESCRIPTION_START 60

/* Whether description d ends a sentence, as an editor cuts a lead for
 * search engines; a plugin cuts a post's first words anywhere ("... but
 * said that the", "Cedar...", "von 2%…"). */
static int cut_at_sentence(const char *d)
{
    size_t len = strlen(d);
    while (len && isspace((unsigned char)d[len - 1]))
        len--;
    return len && strchr(".!?", d[len - 1]) && !(len >= 3 && !strncmp(d + len - 3, "...", 3));
}

int bt_html_says_description(const xmlNode *n, int opening)
{
    const xmlNode *head = page_head(n->doc);
    int same = 0;
    for (const xmlNode *m = head ? head->children : NULL; m && !same; m = m->next) {
        if (!bt_xhtml_is(m, "meta") || !bt_xhtml_attr_has_word(m, "name", "description"))
            continue;
        xmlChar *desc = xmlGetProp(m, (const xmlChar *)"content");
        bt_buf t = BT_BUF_INIT;
        bt_xhtml_dom_text(n, &t, 2048);
        same = desc && t.data &&
               strlen((const char *)desc) >= (opening ? DESCRIPTION_START : CARD_TITLE) &&
               (!opening || cut_at_sentence((const char *)desc)) &&
               bt_xhtml_same_words((const char *)desc, t.data, opening);
        bt_buf_free(&t);
        xmlFree(desc);
    }
    return same;
}

/* Letters a video's length label has at most ("1:32", "1分32秒"). */
#define DURATION_TEXT 12

/* A video's length set over its still, a class naming it so: no caption
 * of the picture, nor text of the story's. */
static int duration_label(const xmlNode *n)
{
    static const char *const durations[] = {"duration", NULL};
    const bt_stats *s = bt_stats_of(n);
    return s->text && s->text <= DURATION_TEXT && !s->images && !bt_html_is_block(n) &&
           bt_xhtml_class_has(n, durations, 0);
}

/* Whether nothing shown follows n on its line: spacers at most, or
 * elements with neither text nor pictures (a share bar's icons), up to its
 * block's end or a block after it (Postmedia's "<span>Article content</span>"
 * over the paragraphs of its section). */
static int ends_line(const xmlNode *n)
{
    for (const xmlNode *k = n->next; k; k = k->next) {
        if (k->type == XML_ELEMENT_NODE && bt_html_is_block(k) && bt_stats_of(k) &&
            !bt_html_skipped(k))
            return 1;
        if (!spacer(k) && !(k->type == XML_ELEMENT_NODE && bt_stats_of(k) &&
                            !bt_stats_of(k)->text && !bt_stats_of(k)->images))
            return 0;
    }
    return 1;
}

/* Whether n's text is a chrome label in so many words ("More by this
 * Author" beside the byline, "Partager"). */
static int chrome_label(const xmlNode *n)
{
    const char *t = bt_stats_of(n)->text < 64 ? short_text(n, 64) : NULL;
    return t && in_list(t, bt_chrome_labels, 0);
}

/* Whether inline n, a chrome label in so many words, ends its line: its
 * block has no text after it, and before it another block, nothing, or a
 * bar ("|") or a bullet that parts it from the row's other items. */
static int row_end_label(const xmlNode *n)
{
    /* (its line is its block's: up through inline boxes it fills, "<a><span>
     * Reddit</span></a>"; no cell of a table) */
    while (n->parent && !bt_html_is_block(n->parent) && bt_stats_of(n->parent) &&
           bt_stats_of(n->parent)->text == bt_stats_of(n)->text)
        n = n->parent;
    if (!n->parent || in_data_table(n))
        return 0;
    if (!ends_line(n))
        return 0;
    const xmlNode *k = n->prev;
    while (k && unseen(k))
        k = k->prev;
    /* (a link of its own is apart from a link or a name in bold before
     * it: Mwananchi's "<a>Name</a><a>Habari zaidi za mwandishi huyu</a>",
     * Nation's "<strong>By NAME</strong> <a>More by this Author</a>") */
    int item = bt_xhtml_is(k, "a") || bt_xhtml_is(k, "b") || bt_xhtml_is(k, "strong");
    /* (or on its own line: "<strong>By NAME</strong><br><a>More by this
     * Author</a>", the East African's) */
    int apart =
        !k || (k->type == XML_ELEMENT_NODE &&
               (bt_html_is_block(k) || bt_xhtml_is(k, "br") || (item && bt_xhtml_is(n, "a"))));
    if (!apart && k->type == XML_TEXT_NODE) {
        /* (past no-break spaces too: "Name&nbsp;|&nbsp;"; or a bullet,
         * the Register's "By <a>Name</a> &#8226; <a>Get more from this
         * author</a>") */
        const char *t = (const char *)k->content;
        size_t len = bt_html_trimmed(t, strlen(t));
        while (len >= 2 && !strncmp(t + len - 2, "\xC2\xA0", 2))
            len = bt_html_trimmed(t, len - 2);
        apart =
            len && (t[len - 1] == '|' || (len >= 3 && !strncmp(t + len - 3, "\xE2\x80\xA2", 3)));
    }
    return apart && chrome_label(n);
}

/* Words the label over a lead has at most. */
#define LEAD_LABEL_WORDS 4

/* Whether n is the label over a lead its class names ("div.summary-title"
 * saying "In Summary" over the points, "<h2>In Kürze:"): a few words of the
 * page's.  A heading so named that is no label closed by a colon is the
 * story's, a live page's over its summary ("<h2
 * class=live-story__summary-title>What we're covering"). */
static int lead_label(const xmlNode *n)
{
    /* (or a span on a line of its own over the lead: GigaOM's
     * "span.summary-label" over the summary's paragraph) */
    if (!(bt_html_is_block(n) || own_line(n, 1)) ||
        !bt_xhtml_class_has(n, bt_xhtml_lead_labels, 0) ||
        bt_xhtml_words(n, LEAD_LABEL_WORDS + 1) > LEAD_LABEL_WORDS)
        return 0;
    return !bt_html_heading_level(n) || ends_with_colon(n, 64);
}

/* Letters a box a chrome section's label opens has at most. */
#define LABELLED_BOX_TEXT 800

/* Whether box n opens with an inline label of a chrome section, its line
 * going on ("<div><span>About the Author</span> <a>Riya Deshmukh</a><p>
 * Riya is a Senior Sub-Editor ...</p>"): the label is no block to head
 * what follows, the box is the section's. */
static int labelled_box(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (!(bt_xhtml_is(n, "div") || bt_xhtml_is(n, "section")) || !s->text ||
        s->text >= LABELLED_BOX_TEXT || s->heading)
        return 0;
    const xmlNode *k = n->children;
    while (k && unseen(k))
        k = k->next;
    if (!k || k->type != XML_ELEMENT_NODE || bt_html_is_block(k) || bt_xhtml_is(k, "a") ||
        !bt_stats_of(k) || !bt_stats_of(k)->text || bt_stats_of(k)->link)
        return 0;
    const char *t = short_text(k, 64);
    return t && in_list(t, bt_chrome_sections, 0);
}

/* Whether box n holds a link named as its poll's (TheJournal.ie's
 * "a.poll-vote-link" to its page of votes, the answers listed); or, the
 * box named otherwise, that link and a list of answers named so too (the
 * Daily Mail's "div.mol-factbox" around "ul.poll-options" and
 * "a.poll-submit"). */
static int poll_link(const xmlNode *n, const char *const *polls, int named)
{
    int link = 0, answers = named;
    for (const xmlNode *k = n->children; k && !(link && answers); k = bt_xhtml_next(k, n, 0)) {
        int poll = k->type == XML_ELEMENT_NODE && bt_xhtml_class_has(k, polls, 0);
        link |= poll && bt_xhtml_is(k, "a");
        answers |= poll && (bt_xhtml_is(k, "ul") || bt_xhtml_is(k, "ol"));
    }
    return link && answers;
}

/* Letters a switch's label has at most; a readers' poll, its question and
 * answers. */
#define SWITCH_TEXT 40
#define POLL_TEXT 600

/* Letters of a line that is an e-mail address, at most, and its elements
 * (the line and a link or italics in it; a deep tree of little text is not
 * read for it). */
#define EMAIL_LINE_TEXT 80
#define EMAIL_LINE_NODES 8

/* Whether text is set right before or after inline element n, beside it
 * in a sentence. */
static int words_beside(const xmlNode *n)
{
    const xmlNode *side[] = {n->prev, n->next};
    for (int i = 0; i < 2; i++)
        if (side[i] && side[i]->type == XML_TEXT_NODE && !xmlIsBlankNode(side[i]))
            return 1;
    return 0;
}

/* Whether n says an e-mail address and nothing else. */
static int email_line(const xmlNode *n)
{
    const char *t = short_text(n, EMAIL_LINE_TEXT * 2);
    const char *at = t && !strchr(t, ' ') ? strchr(t, '@') : NULL;
    return at && at > t && strchr(at, '.') && !strchr(at + 1, '@');
}

/* Letters a pointer to another page has at most. */
#define ARROW_POINTER_TEXT 160

/* Whether n is a pointer to another page: mostly a link, ending on an
 * arrow ("<a>Bảng xếp hạng V-League 2012</a> <b>Bấm xem >></b>"), or opening
 * on one that points back ("<a>&lt;&lt; Week 11 Recap</a>", "<-- Back to
 * Troop News"). */
static int arrow_pointer(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (!s->link || s->images || s->text >= ARROW_POINTER_TEXT || s->link * 2 < s->text)
        return 0;
    static const char *const arrows[] = {">>", "\xC2\xBB", "\xE2\x86\x92", "\xE2\x80\xBA", NULL};
    bt_buf t = BT_BUF_INIT;
    bt_html_text(n, &t, ARROW_POINTER_TEXT);
    size_t len = t.data ? bt_html_trimmed(t.data, t.len) : 0;
    int yes = 0;
    for (const char *const *a = arrows; *a && !yes; a++)
        yes = len >= strlen(*a) && !memcmp(t.data + len - strlen(*a), *a, strlen(*a));
    static const char *const back[] = {"<<", "<-", "\xE2\x86\x90", "\xC2\xAB ", NULL};
    const char *start = t.data ? t.data + strspn(t.data, " ") : "";
    for (const char *const *a = back; *a && !yes; a++)
        yes = !strncmp(start, *a, strlen(*a)) && !strstr(start, "\xC2\xBB");
    /* (a guillemet closing a quote is no arrow: "... «Madagaskar: Gut
     * möglich ...»", the title of the story linked; Swedish "»...»") */
    const char *first = strstr(t.data ? t.data : "", "\xC2\xBB");
    yes = yes && !strstr(t.data, "\xC2\xAB") && !strstr(t.data, "\xE2\x80\xB9") &&
          (!first || first == t.data + len - 2);
    bt_buf_free(&t);
    return yes;
}

/* Letters a quote pulled out beside the text has at most. */
#define PULLED_QUOTE_TEXT 600
/* Bytes of a pulled quote's opening looked for in the paragraphs. */
#define QUOTE_KEY_BYTES 48

/* Whether a paragraph of the page outside box n says the opening words of
 * quote q: the quote pulled out of the text, said twice. */
static int said_again(const xmlNode *n, const xmlNode *q)
{
    const char *t = short_text(q, PULLED_QUOTE_TEXT * 4);
    if (!t)
        return 0;
    /* (past the quote's marks, which the paragraph may set elsewhere) */
    static const char *const marks[] = {
        "\xE2\x80\x9C", "\xE2\x80\x9E", "\xC2\xAB", "\"", "'", " ", NULL};
    for (int moved = 1; moved;) {
        moved = 0;
        for (const char *const *m = marks; *m; m++)
            if (!strncmp(t, *m, strlen(*m)))
                t += strlen(*m), moved = 1;
    }
    size_t len = strlen(t);
    if (len > QUOTE_KEY_BYTES) {
        len = QUOTE_KEY_BYTES;
        while (len && t[len] != ' ')
            len--;
    }
    if (len < QUOTE_KEY_BYTES / 2)
        return 0;
    char key[QUOTE_KEY_BYTES + 1];
    memcpy(key, t, len);
    key[len] = '\0';
    const xmlNode *root = xmlDocGetRootElement(n->doc);
    for (const xmlNode *k = root; k; k = bt_xhtml_next(k, root, k == n)) {
        const char *pt =
            k != n && bt_xhtml_is(k, "p") && bt_stats_of(k) ? short_text(k, SHORT_TEXT_MAX) : NULL;
        if (pt && strstr(pt, key))
            return 1;
    }
    return 0;
}

/* Whether aside n is a quote pulled out beside the text, its words the
 * story's own (National Geographic's "aside.PullQuote", the Guardian's
 * aside of a blockquote): a blockquote with most of its text, no link and
 * no picture, and not the words of a paragraph again (those are said once). */
/* Whether every picture in n outside q is an icon, an avatar beside a
 * quoted writer's name. */
static int avatars_only(const xmlNode *n, const xmlNode *q)
{
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, k == q))
        if (bt_xhtml_is(k, "img") && !bt_xhtml_icon(k))
            return 0;
    return 1;
}

/* Whether aside n is a callout of the text's: named so, its first line a
 * note's label ("<aside class=Callout_callout><p>Note</p><p>If you are on
 * Postgres older than 9.5 ..."), few links. */
static int callout(const xmlNode *n)
{
    static const char *const names[] = {"callout", "admonition", NULL};
    static const char *const labels[] = {"note", "tip", "warning", "caution", "important", NULL};
    const bt_stats *s = bt_stats_of(n);
    const xmlNode *first = xmlFirstElementChild((xmlNode *)n);
    const char *t = first && bt_stats_of(first) ? short_text(first, 32) : NULL;
    return s->text && s->link * 4 < s->text && bt_xhtml_class_has(n, names, 0) && t &&
           in_list(t, labels, 0);
}

static int pulled_quote(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    if (!s->text || s->text >= PULLED_QUOTE_TEXT || s->link)
        return 0;
    /* (or a paragraph in an aside named a quote, or one drawing the quote's
     * mark before it: the Atlantic's "ArticlePullquote_root", the
     * Guardian's aside of an <svg> and a <p>) */
    static const char *const quotes[] = {"quote", NULL};
    const xmlNode *q = bt_xhtml_find(n, "blockquote");
    if (!q && (bt_html_attr_matches(n, quotes) || bt_xhtml_find(n, "svg")))
        q = bt_xhtml_find(n, "p");
    const bt_stats *qs = q ? bt_stats_of(q) : NULL;
    /* (a forum's quote of another post names its writer beside an avatar:
     * Discourse's "aside.quote > div.title > img.avatar") */
    return qs && !qs->images && (!s->images || avatars_only(n, q)) && qs->text * 5 >= s->text * 3 &&
           !said_again(n, q);
}

/* Whether n holds an h1 that says the page's title: the headline's box. */
static int holds_headline(const xmlNode *n)
{
    const xmlNode *h1 = bt_stats_of(n)->h1 ? bt_xhtml_find((xmlNode *)n, "h1") : NULL;
    return h1 && bt_html_says_page_title(h1);
}

/* Words each of a story's paragraphs before a closing line has at least. */
#define STORY_PARAGRAPH_WORDS 8

/* Whether n is a paragraph of a sentence, mostly no link's words. */
static int sentence_paragraph(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return bt_xhtml_is(n, "p") && s->link * 2 < s->text &&
           bt_xhtml_words(n, STORY_PARAGRAPH_WORDS) >= STORY_PARAGRAPH_WORDS &&
           bt_html_closes_sentence(n);
}

/* Whether block k holds a paragraph of the story's sentences. */
static int story_block(const xmlNode *k)
{
    for (const xmlNode *p = k->children; p; p = p->next)
        if (p->type == XML_ELEMENT_NODE && bt_stats_of(p) && sentence_paragraph(p))
            return 1;
    return 0;
}

/* Whether block n, named as the story's text, holds paragraphs of it before
 * its last line (9News's "Sign up here to receive our daily newsletters"
 * closing its last "div.block-content > div.text--article"): that line is
 * looked at alone, not the block.  So is one of a body split in blocks
 * alike, another holding the story's paragraphs (Aftonbladet's last
 * "div[data-test-tag=text]", its last paragraph and "Har du tips om det
 * här? Mejla ..."), with one paragraph before the line. */
static int story_then_line(const xmlNode *n)
{
    const xmlNode *box = n;
    for (int depth = 0; depth < BT_HTML_WRAPPERS && bt_html_only_element(box) &&
                        (bt_xhtml_is(box, "div") || bt_xhtml_is(box, "section"));
         depth++)
        box = bt_html_only_element(box);
    int named = bt_html_class_weight(n) > 0 || bt_html_class_weight(box) > 0;
    if (!named && !alike_near(n, 1, story_block))
        return 0;
    size_t paras = 0;
    const xmlNode *last = NULL;
    for (const xmlNode *k = box->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE || bt_html_skipped(k))
            continue;
        if (!bt_xhtml_is(k, "p") ||
            (last && bt_xhtml_words(last, STORY_PARAGRAPH_WORDS) < STORY_PARAGRAPH_WORDS))
            return 0;
        last = k;
        paras++;
    }
    return paras >= (named ? 3 : 2);
}

/* Letters of a slide's counter in a block named a caption, fewer than
 * these ("12 / 24"). */
#define SLIDE_COUNTER_TEXT 8

/* Nodes of a box looked through for the headings it links. */
#define LINKED_HEADING_NODES 256

/* How many headings in n are all but a link: a run of them past the text
 * is a list of other stories' titles (the BBC's "Features" cards after the
 * story; among the paragraphs, a guide's products), one alone the headline
 * linked to its page. */
static int linked_headings(const xmlNode *n)
{
    for (const xmlNode *k = n->next; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && bt_stats_of(k) && bt_stats_of(k)->ptext)
            return 0;
    int count = 0, budget = LINKED_HEADING_NODES;
    for (const xmlNode *k = n->children; k && budget--;) {
        int heading = k->type == XML_ELEMENT_NODE && bt_html_heading_level(k);
        int linked = heading && bt_stats_of(k) && bt_stats_link_density(k) > 0.8;
        /* (or in a link: "<a><h2>...</h2></a>") */
        for (const xmlNode *up = k->parent; heading && !linked && up && up != n; up = up->parent)
            linked = bt_xhtml_is(up, "a");
        count += linked;
        k = bt_xhtml_next(k, n, heading);
    }
    return count;
}

static int chrome_verdict(const xmlNode *n, int flags)
{
    const bt_stats *s = bt_stats_of(n);
    if (duration_label(n))
        return 1;
    if (button_picture(n) || author_photo(n) || author_title(n) || carousel_clone(n) ||
        screen_copy(n))
        return 1;
    if (formula_box(n))
        return 0;
    if (section_number(n) || labelled_box(n) || lead_label(n))
        return 1;
    /* a switch of the page's: a label around its checkbox ("Tự động cập
     * nhật" over a live page's updates, "Auto-refresh") */
    if (bt_xhtml_is(n, "label") && s->inputs && s->text < SWITCH_TEXT)
        return 1;
    /* a readers' poll: a box so named, its question and the buttons or
     * fields to answer it; so is a box of readers' reactions or votes on
     * the story (Dân Trí's "dt-article-reaction", "Bạn cảm thấy thế nào về
     * bài viết này?" over its buttons; AgoraVox's "vote-article") */
    static const char *const polls[] = {"poll",     "umfrage",   "survey", "sondage", "encuesta",
                                        "reaction", "reactions", "vote",   "voting",  NULL};
    if (bt_html_is_block(n) && s->text && s->text < POLL_TEXT &&
        ((bt_xhtml_class_has(n, polls, 1) &&
          (s->inputs || bt_xhtml_find(n, "button") || poll_link(n, polls, 1))) ||
         (s->link && poll_link(n, polls, 0))))
        return 1;
    if (caps_promo(n) || (bt_html_is_block(n) && inline_card(n)) || (s->heading && file_heading(n)))
        return 1;
    /* a sub-heading for screen readers only, no reader sees ("<h3 class=
     * landmark>Chapter Text</h3>" over AO3's chapter), or a term so
     * (Kommersant's "<dt class=visually-hidden>Подзаголовок" over the deck) */
    if ((bt_html_heading_level(n) >= 2 || bt_xhtml_is(n, "dt")) && bt_xhtml_screen_reader_only(n))
        return 1;
    /* a kicker its class names, a few words over where the headline was
     * (the title has it no more: "<p class=catchword>Verkehr in Zürich") */
    if (bt_html_is_block(n) && s->text && s->text < KICKER_TEXT && !s->heading &&
        bt_html_kicker_named(n) && !bt_html_closes_sentence(n))
        return 1;
    /* a figure of links and no picture is a card of another story set in
     * the text (a "rich link": its headline and "Read more") */
    if (bt_xhtml_is(n, "figure") && s->text && !s->images && bt_stats_link_density(n) > 0.8 &&
        !holds_media(n))
        return 1;
    /* a figure's parts are its caption, credit and long description, whatever
     * their class names say; not its buttons ("Read More" after an AP
     * caption, "Enlarge") */
    if (bt_xhtml_is(n, "figcaption") || inside(n, "figure") || review_score(n))
        return !review_score(n) && figure_button(n);
    /* (or in the box of a picture named no figure: "<a><img><span>View
     * Photos</span><figcaption>"; or in a caption or its credit, NPR's
     * "toggle caption" and "hide caption") */
    if (!s->images && figure_button(n) && in_picture_box(n))
        return 1;
    /* (an aside named a caption, after its picture, is the picture's; one
     * of pictures and their captions alone, no links, floats the story's:
     * Impress's "aside.photo-block") */
    /* (a footer in a quote is its speaker's line, the quote's: "<blockquote>
     * <p>...</p><footer>Name, CEO</footer>") */
    /* (nor is an aside its name calls the story's facts, few links in it:
     * Dagens Nyheter's "aside.factbox", "Fakta. ..." over a list, NRK's
     * "aside.fact" between the paragraphs) */
    static const char *const fact_boxes[] = {"factbox", "fact-box",  "fact",      "facts",
                                             "fakta",   "faktaruta", "faktenbox", NULL};
    if (bt_xhtml_is(n, "nav") || (bt_xhtml_is(n, "footer") && !inside(n, "blockquote")) ||
        (bt_xhtml_is(n, "aside") && !bt_xhtml_class_has(n, recipe_parts, 1) && !pulled_quote(n) &&
         !callout(n) &&
         !(bt_xhtml_class_has(n, fact_boxes, 0) && bt_stats_link_density(n) < 0.25) &&
         !(bt_html_caption_marked(n) && pictured(n)) && !figure_aside(n) &&
         !(s->images && captions_only(n, 0, 0))))
        return 1;
    if (bt_xhtml_is(n, "header"))
        return !has_h1((xmlNode *)n) && !header_lead(n) && !section_header(n);
    /* a box among the paragraphs that a "Newsletter" label opens, or that
     * asks for an e-mail address and names a newsletter, is its sign-up,
     * however it is named (by utility classes, or hashes); an author's
     * contact form is not */
    if (bt_html_is_block(n) && s->text && s->text < SIGNUP_TEXT && s->nodes < 256 &&
        (box_label(n, bt_chrome_newsletter_labels, 0) || newsletter_pointer(n) ||
         (((s->inputs && email_field(n)) || signup_button(n)) && names_newsletter(n))))
        return 1;
    /* a box of a form of two fields or more and a title over it is the
     * form's, whatever it asks for (a clinic's "ĐẶT LỊCH KHÁM" over a
     * name and a phone number) */
    if (bt_html_is_block(n) && s->text && s->text < FORM_TITLE_TEXT && s->inputs >= 2)
        return 1;
    /* and a box a broadcaster's label opens: when its programme aired the
     * story ("Dieses Thema im Programm:" over "MDR THÜRINGEN - Das Radio |
     * Nachrichten | 14. März 2024") */
    if (bt_html_is_block(n) && s->text && s->text < BROADCAST_TEXT && s->nodes < 16 &&
        box_label(n, bt_chrome_broadcast_labels, 1))
        return 1;
    /* and so is a box asking readers for money, and a sponsor's */
    if (bt_html_is_block(n) &&
        (support_box(n) || sponsored_box(n) || sponsored_note(n) || trust_box(n)))
        return 1;
    /* and a line that is an e-mail address alone, the reporter's under the
     * story (IOL's "thandeka.mbatha@inl.co.za") */
    if (bt_html_is_block(n) && s->text && s->text < EMAIL_LINE_TEXT &&
        s->nodes < EMAIL_LINE_NODES && !s->images && email_line(n))
        return 1;
    /* and a box of controls whose text is only a count (votes between
     * "Upvote" and "Downvote" buttons: "326") */
    if (bt_html_is_block(n) && s->text && s->text < COUNTER_TEXT && s->nodes < 32 &&
        counter_among_buttons(n))
        return 1;
    if (bt_html_is_block(n) && text_size_tool(n))
        return 1;
    /* and a line pointing to another page with an arrow */
    if (bt_html_is_block(n) && arrow_pointer(n))
        return 1;
    /* and a box of a share's quote above the story */
    if (bt_html_is_block(n) && quote_box(n))
        return 1;
    /* and a box calling to get the site's app, a store's badge in it */
    if ((bt_xhtml_is(n, "div") || bt_xhtml_is(n, "section") || bt_xhtml_is(n, "aside")) &&
        s->text < APP_BOX_TEXT && s->nodes < 32 && !in_data_table(n) && store_badge(n))
        return 1;
    if (bt_html_is_block(n) && product_card(n))
        return 1;
    if (call_box(n) || topic_box(n) || (bt_html_is_block(n) && document_name(n)) || map_box(n))
        return 1;
    if (!bt_html_is_block(n)) {
        /* (a slide's counter on its picture, "1/6", or in its caption, a
         * figcaption or a block so named) */
        const bt_stats *ps = n->parent ? bt_stats_of(n->parent) : NULL;
        int framed = ps && (ps->images || bt_xhtml_is(n->parent, "figcaption"));
        const char *c = s->text && s->text < (framed ? 16 : SLIDE_COUNTER_TEXT) && ps
                            ? short_text(n, 16)
                            : NULL;
        if (c && bt_slide_counter(c) && (framed || bt_html_caption_marked(n->parent)))
            return 1;
        /* (an element named a button that says a label: "<span
         * class=btn-copy-link>Copy link</span>" after a source line) */
        static const char *const buttons[] = {"btn", "button", NULL};
        const char *b = s->text && s->text < 32 && s->nodes < 8 && bt_xhtml_class_has(n, buttons, 0)
                            ? short_text(n, 64)
                            : NULL;
        if (b && in_list(b, bt_chrome_labels, 0))
            return 1;
        /* (an e-mail address alone in a byline's row, the reporter's contact
         * beside the name: "<span class=author-designation>...@sph.com.sg";
         * not one a sentence says: "Name: 206-652-6593 or <a>...</a>") */
        if (s->text && s->text < EMAIL_LINE_TEXT && s->nodes < EMAIL_LINE_NODES && !s->images &&
            in_byline(n) && !words_beside(n) && email_line(n))
            return 1;
        /* (a control, whatever it says: a <button> left a button, one that
         * opens no text nor says a heading's; a link into the page or to a
         * script drawn with its icon, "<a href=#comments><svg>Commenter") */
        if (s->text && s->text < CONTROL_TEXT && control(n))
            return 1;
        /* (a link to the page's comments, their count: "<a
         * href=#comments>14 Comments</a>" in the date's row) */
        if (s->text && s->text < CONTROL_TEXT && bt_html_comments_link(n))
            return 1;
        if (trust_link(n))
            return 1;
        /* (a row of such labels as links in a <span>: "A- A+ In bài") */
        if (s->text && s->text < 64 && s->nodes < 16 && label_row(n))
            return 1;
        if (s->text && s->nodes < 64 && bt_stats_link_density(n) > 0.8 && inline_row(n))
            return 1;
        /* (a label on a line of its own, or ending its row after a bar:
         * "<p class=byline>...</p><a>More by this Author</a>", "Par ... |
         * Edition ... | <span>Partager</span>") */
        if (s->text && s->text < 32 && s->nodes < 8 && row_end_label(n))
            return 1;
        /* (a link to another story on a line of its own between the blocks,
         * or closing them: "<a class=teaser-inline><span>Les
         * også</span><span>...") */
        if (s->text && s->text < 300 && s->nodes < 64 && own_line(n, 0) &&
            (pointer_line(n) || arrow_pointer(n)))
            return 1;
        /* (a line of its own above a block that says the time the post
         * takes to read: "<span>Reading time: 3 minutes</span><div>") */
        const char *t =
            s->text && s->text < 64 && s->nodes < 8 && own_line(n, 1) ? short_text(n, 64) : NULL;
        if (t && reading_time(t))
            return 1;
        /* (a counter or a reading time beside the date in the row of
         * metadata, not a paragraph's words; or the count of the comments,
         * a link to them: the Register's "<a>46 Reader comments</a>") */
        const char *v = s->text && s->text < 40 && n->parent && !bt_xhtml_is(n->parent, "p") &&
                                bt_html_is_block(n->parent)
                            ? short_text(n, 64)
                            : NULL;
        return v && (((view_count(v) || reading_time(v)) && !s->link) || counted_comments(v))
                   ? 1
                   : inline_section(n);
    }
    if (s->images && s->text < HIT_COUNTER_TEXT && s->nodes < 16 && !bt_html_holds_caption(n, 1) &&
        hit_counter(n))
        return 1;
    /* (Kubrick's, the old WordPress theme's, line under a post's text, in
     * any language: when and where it was filed, how to follow its
     * comments; over the text, the same class holds its byline and date) */
    if (bt_xhtml_class_has(n, post_footers, 0) && paragraphs_beside(n, 0, POST_FOOTER_LEVELS))
        return 1;
    /* a label is a short text in a few elements (its text is read whole),
     * never a cell of a table of data ("LinkedIn" in a column of networks) */
    int label =
        s->text && s->text < 64 * 4 && s->nodes < 64 && !in_data_table(n) ? label_block(n) : 0;
    if (label)
        return label;
    if (s->text && s->nodes < 64 && tag_row(n))
        return 1;
    /* (a heading may be a call to subscribe: "Unlock this article") */
    if (bt_html_heading_level(n))
        return s->text < 300 && says_within(n, subscribing, 300);
    if (lightbox_picture(n))
        return 0;
    /* (not a list in a lead's box: "GenericArticle-Summary" around one
     * named "ContentSummary-ContainerWithTag", a standfirst's one item; nor
     * a paragraph of a sentence named a tag, no list of them: Mother
     * Jones's "p.climate-desk-tag" saying who it made the story with) */
    if ((((bt_xhtml_class_has(n, chrome, 1) &&
           !(s->text <= DESCRIPTION_TEXT && bt_html_says_description(n, 0)) && !answered(n) &&
           !(sentence_paragraph(n) && bt_xhtml_class_has(n, tag_names, 1))) ||
          (bt_xhtml_class_has(n, printing, 1) && !bt_xhtml_class_has(n, bt_xhtml_lead_classes, 0) &&
           !bt_html_says_description(n, 0))) &&
         !(s->images && captions_only(n, 0, 0)) && !shows_ads(n) && !bt_html_captions_picture(n) &&
         !captioned_beside(n) && !(own_list_tag(n) && in_lead(n))) ||
        comment_named(n) ||
        (bt_xhtml_class_has(n, author_boxes, 1) && !repeated(n) && !byline_row(n)))
        return 1;
    /* a box named "ad" alone ("ad__section-border", "ad-slot"): its label
     * and the line it shows until the ad loads; a wrapper so named around
     * the story's pictures stays */
    if (s->text && s->text < AD_TEXT && !s->images && s->nodes < AD_NODES && ad_named(n))
        return 1;
    /* a byline's block that says a paragraph about the author is their box */
    if (s->text >= 150 && s->text < 1000 && bt_xhtml_class_has(n, bt_xhtml_byline_classes, 1) &&
        !inside(n, "header") && !repeated(n))
        return 1;
    /* (a row of metadata may hold the lead too: "c-article-meta" around
     * the dek, the date and the byline; a figure is none, whatever its
     * name: Fandom's "figure.thumb.show-info-icon") */
    if (s->text < 120 && (s->ptext == 0 || inside(n, "header")) && !bt_xhtml_is(n, "figure") &&
        bt_html_metadata_named(n) && !bt_xhtml_class_has(n, bt_xhtml_byline_classes, 1) &&
        !info_box_title(n) && !bt_html_recipe_named(n) && !bt_html_captions_picture(n) &&
        !header_lead(n) && !(s->items >= 2 && !s->link && between_paragraphs(n)))
        return 1;
    /* (a short block's text is read and folded once for these; its letters
     * are counted, its text read in bytes, as many as four a letter in
     * Tamil or Thai) */
    const char *t = s->text && s->text < SHORT_BLOCK_TEXT && s->nodes < 64
                        ? short_text(n, 4 * SHORT_BLOCK_TEXT)
                        : NULL;
    if (read_aloud(n) || video_card(n) || video_transcript(n) || more_videos_player(n) ||
        titled_video(n))
        return 1;
    /* (a paragraph of another story's excerpt, its last link to the whole
     * of it: "... पढ़ें पूरी खबर", "... Read the full story") */
    if (bt_xhtml_is(n, "p") && s->text < EXCERPT_TEXT && read_more(n, bt_chrome_full_story_links))
        return 1;
    if (t && watch_call(n, t))
        return 1;
    /* (not a box of the headline, whatever line it ends on: the Atlantic's
     * lockup of the headline, the dek, the byline and "... featured in the
     * One Story to Read Today newsletter. Sign up for it here") */
    if (t && !holds_headline(n) &&
        (pointer_line(n) || here_pointer(n) || (says_in(t, calls) && !subscribers_cover(n, t)) ||
         signup_call(n, t) || portal_call(n) || download_call(t) || follow_line(t) ||
         reading_time(t) || view_count(t) || attachment_line(t) || post_toolbar(t) ||
         print_note(t) || contact_line(t) || label_url_line(t) || sponsor_line(t) ||
         broadcast_line(t) || (strlen(t) <= EMBED_LINE && in_list(t, bt_chrome_embed_lines, 1))) &&
        !story_then_line(n))
        return 1;
    if (s->text && s->text < 700 && s->nodes < 64 && site_notice(n, notices))
        return 1;
    /* (and a summary a machine wrote: its points in a list and the line that
     * says so, Gannett's "Key Points" over "AI-assisted summary") */
    if (s->text && s->text < MACHINE_SUMMARY_TEXT && s->items && bt_html_is_block(n) &&
        !s->images && !bt_xhtml_is(n, "li") &&
        says_within(n, machine_summaries, MACHINE_SUMMARY_TEXT))
        return 1;
    if (s->text && paywall_box(n))
        return 1;
    if (s->text && s->text < 1500 && s->nodes < 64 && rights_notice(n))
        return 1;
    if (s->text && category_row(n))
        return 1;
    /* link lists: related news, menus, tag clouds */
    int list_like = bt_xhtml_is(n, "ul") || bt_xhtml_is(n, "ol") || bt_xhtml_is(n, "div") ||
                    bt_xhtml_is(n, "section") || bt_xhtml_is(n, "table") || bt_xhtml_is(n, "p") ||
                    bt_xhtml_is(n, "center");
    double ld = bt_stats_link_density(n);
    /* (a block holding only a heading that is a link is that heading; a
     * list with several items that link nowhere is a checklist; a line a
     * title class names that says the page's title is its headline, linked
     * to the post: old Reddit's "p.title > a.title") */
    if (list_like && s->text && ld > 0.5 && s->ptext < 200 &&
        (s->heading * 10 < s->text * 9 || linked_headings(n) >= 2) && !checklist(n) &&
        !sources_list(n) && !section_list(n) && !picture_with_caption(n) && !in_byline(n) &&
        !item_title(n) && !attribution_line(n) && !picture_buttons(n) &&
        !(bt_html_title_named(n) && bt_html_says_page_title(n)) && !item_list(n))
        return !bt_xhtml_is(n, "p") || ld > 0.8;
    /* (a box holding only a heading, no link, is that heading's, whatever
     * its name: an FAQ's "item-header" around its question; one holding
     * pictures and their captions alone is theirs: "artstyle__header-media"
     * around the hero figure) */
    if ((flags & BT_CLEAN_UNLIKELY) && s->unlikely && !own_part_named(n) && !named_lead_line(n) &&
        !captioned_pictures(n) && !lead_header(n) && !section_header(n) &&
        !(s->images && !s->link && captions_only(n, 0, 0)) && !captioned_box(n) && !answered(n))
        return 1;
    return (flags & BT_CLEAN_CONDITIONALLY) && conditionally(n, flags);
}

/* The block a chrome heading heads: the next element shown (an ad's
 * script may stand between), when it is a list, a box, a table or a
 * paragraph of links ("Related posts:" over a <p> of titles, one a line)
 * rather than a paragraph or a heading of the article. */
static xmlNode *block_after(const xmlNode *n, size_t total)
{
    xmlNode *k = (xmlNode *)shown_after(n);
    /* (a block with most of the article's text is the article, unless its
     * name says it is chrome too) */
    if (!k || !bt_stats_of(k) ||
        (bt_stats_of(k)->ptext * 2 > total && bt_html_class_weight(k) >= 0) ||
        (bt_xhtml_is(k, "p") && bt_stats_link_density(k) < 0.8) || bt_xhtml_is(k, "blockquote") ||
        bt_html_heading_level(k))
        return NULL;
    return k;
}

/* Whether n ends the article: paragraphs come before it in its block, or
 * what follows it is not most of the article's paragraphs.  (A "Comments"
 * link in a toolbar above the text heads no comments.) */
static int ends_article(const xmlNode *n, size_t total)
{
    if (bt_stats_link_density(n) >= 0.5)
        return 0;
    size_t after = 0;
    /* (a byline's line is no paragraph of the text: MSN's "Story by ..."
     * over its toolbar of "Comments", "Share", then the story) */
    for (const xmlNode *k = n->prev; k; k = k->prev)
        if (k->type == XML_ELEMENT_NODE && bt_stats_of(k) && bt_stats_of(k)->ptext &&
            !bt_xhtml_class_has(k, bt_xhtml_byline_classes, 1))
            return 1;
    for (const xmlNode *k = n->next; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && bt_stats_of(k))
            after += bt_stats_of(k)->ptext;
    return after * 2 < total;
}

/* The last sibling after n in a run of elements alike to n. */
static xmlNode *last_alike(xmlNode *n)
{
    xmlNode *last = n;
    for (xmlNode *k = n->next; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE)
            continue;
        if (!alike(n, k))
            break;
        last = k;
    }
    return last;
}

/* The last node cleaning takes with n, itself when no other: the block a
 * chrome heading heads, all after the comments' heading or the first card
 * of other articles, or the run of cards among the paragraphs (taken at
 * once: without the first, the others are no longer three alike). */
static xmlNode *taken_to(xmlNode *n, int out, size_t total)
{
    xmlNode *after = out == 2 ? block_after(n, total) : out == 5 ? last_alike(n) : NULL;
    /* (a heading over boxes of links heads their run: El País's "Más
     * información" over one box per story, its linked headline) */
    if (out == 2 && after && bt_stats_of(after)->heading && bt_stats_link_density(after) >= 0.5)
        after = last_alike(after);
    if ((out == 3 && ends_article(n, total)) || out == 4)
        for (after = n->parent ? n->parent->last : NULL; after && after->type != XML_ELEMENT_NODE;)
            after = after->prev;
    return after && after != n ? after : n;
}

/* The paragraph letters a sibling counts for the text after the siblings
 * before it: none for a card of another article. */
static size_t paragraphs_of(const xmlNode *k)
{
    const bt_stats *s = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
    return s && s->ptext && !bt_html_teaser_card(k) ? s->ptext : 0;
}

/* The paragraph letters in the siblings after n, kept on their stats,
 * filled from the last sibling back: this is asked of every block, and a
 * page of a thousand sibling divs read the siblings after each again. */
static size_t siblings_after(const xmlNode *n)
{
    bt_stats *s = bt_stats_of(n);
    if (s && s->after != (size_t)-1)
        return s->after;
    const xmlNode *last = n;
    while (last->next)
        last = last->next;
    size_t sum = 0;
    for (const xmlNode *k = last; k != n; k = k->prev) {
        bt_stats *ks = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
        if (ks)
            ks->after = sum;
        sum += paragraphs_of(k);
    }
    if (s)
        s->after = sum;
    return sum;
}

/* Whether the article's paragraphs go on after n, cards like it aside. */
static int text_after(const xmlNode *n, const xmlNode *article)
{
    size_t after = 0;
    for (; n && n != article && after < 80; n = n->parent)
        after += siblings_after(n);
    return after >= 80;
}

/* Letters of text outside links that make a post, however short. */
#define SHORT_POST 100

/* Whether text begins with a name, two to four capitalised words, and goes
 * on to say what the person is ("Jane Roe is", "Jane Roe, a reporter"). */
static int names_someone(const char *t)
{
    static const char *const verbs[] = {",",     " is ", " was ", " has ",  " ist ", " war ",
                                        " est ", " es ", " è ",   " jest ", " là ",  NULL};
    int words = 0;
    for (;;) {
        /* (a capital in any script, not any byte past ASCII: in "Trước đó,
         * ..." the "đ" is a small letter) */
        size_t len = strcspn(t, " ,:.;");
        if (!bt_utf8_opens_capital(t, len))
            return 0;
        t += len;
        if (++words >= 2 && in_list(t, verbs, 1))
            return 1;
        if (words == 4 || *t != ' ')
            return 0;
        t++;
    }
}

/* The note in italics under a story that says who wrote it ("Jane Roe is a
 * professor of law"): a short paragraph set apart, the article's last. */
static int author_note(const xmlNode *n, const xmlNode *article)
{
    const bt_stats *s = bt_stats_of(n);
    if (!italic_para(n) || s->text < 30 || s->text > 400 || text_after(n, article))
        return 0;
    /* (a work the story is about, where it comes out, is the story's line:
     * "Low Ceilings is out on 29 March on Tin Shed Records"; so are the
     * dates of an obituary's subject) */
    static const char *const releases[] = {" is out ", " is published ", " is available ",
                                           " is released ", " is in cinemas", " is streaming ",
                                           " are out ",
                                           /* (and an obituary's closing line: "• Name, actor, born
                                            * 4 June 1938; died 2 March 2024", the Guardian's) */
                                           "; died ",
                                           /* (and a review's book, its publisher, length and price:
                                            * "Name, Title, La Découverte, 336 pages, 24 euros.") */
                                           " pages, ", " p., ", " euros", NULL};
    /* (or names them as its author: "Tác giả là một phụ huynh ..."; an
     * Indian op-ed's "The writer is ..., views expressed are personal" is
     * the column's) */
    static const char *const authors[] = {
        "Tác giả là",      "L'auteur est", "L’auteur est", "Der Autor ist",
        "Die Autorin ist", "El autor es",  "La autora es", NULL};
    bt_buf raw = BT_BUF_INIT;
    bt_html_text(n, &raw, 200);
    const char *t = raw.len ? raw.data + strspn(raw.data, " ") : NULL;
    int named = t && names_someone(t);
    for (const char *const *a = authors; t && *a && !named; a++)
        named = !strncmp(t, *a, strlen(*a));
    for (const char *const *r = releases; named && *r; r++)
        named = !strstr(raw.data, *r);
    bt_buf_free(&raw);
    if (!named)
        return 0;
    const xmlNode *before = n->prev;
    while (before &&
           (before->type != XML_ELEMENT_NODE || !bt_stats_of(before) || !bt_stats_of(before)->text))
        before = before->prev;
    return before && bt_xhtml_is(before, "p") && !italic_para(before);
}

int bt_html_author_page(const xmlNode *a)
{
    static const char *const dirs[] = {"/author/", "/authors/",    "/autor/",   "/autoren/",
                                       "/auteur/", "/autores/",    "/tac-gia/", "/by/",
                                       "/autor-",  "/journalist/", NULL};
    xmlChar *href = xmlGetProp(a, (const xmlChar *)"href");
    int found = 0;
    for (int i = 0; href && dirs[i] && !found; i++)
        found = strstr((const char *)href, dirs[i]) != NULL;
    xmlFree(href);
    return found;
}

/* Whether line opens with the name in link and goes on as a sentence
 * saying who they are ("Daniel Roe is a staff writer at ..."). */
static int bio_sentence(const xmlNode *line, const xmlNode *link)
{
    bt_buf text = BT_BUF_INIT, name = BT_BUF_INIT;
    bt_html_text(line, &text, 400);
    bt_html_text(link, &name, 80);
    int yes = 0;
    const char *t = text.data ? text.data + strspn(text.data, " ") : NULL;
    const char *nm = name.data ? name.data + strspn(name.data, " ") : NULL;
    size_t nl = nm ? strlen(nm) : 0;
    while (nl && nm[nl - 1] == ' ')
        nl--;
    static const char *const *const lists[] = {bt_chrome_bio_verbs_en, bt_chrome_bio_verbs, NULL};
    for (const char *const *const *l = lists; t && nl > 3 && !strncmp(t, nm, nl) && *l; l++)
        for (const char *const *v = *l; *v && !yes; v++)
            yes = !strncmp(t + nl, *v, strlen(*v));
    bt_buf_free(&text);
    bt_buf_free(&name);
    return yes;
}

/* Whether a line says "By" before its name: under a heading, a post's
 * byline, the post after it (a live page's last, "What investors are
 * watching", "By Lewis McRae" and its paragraphs), not a card of the author
 * ("By Lauren" over her blurb). */
static int by_line(const xmlNode *line)
{
    static const char *const bys[] = {"by ", "par ", "von ", "por ", "door ", "przez ", NULL};
    const char *t = short_text(line, 64);
    for (const char *const *b = bys; t && *b; b++)
        if (!strncmp(t, *b, strlen(*b)))
            return 1;
    return 0;
}

/* Letters of a job title beside an author's name at most ("Senior
 * Editor"). */
#define AUTHOR_ROLE_TEXT 24

/* The author's card after a story: a short block, the article's last, that
 * opens on the author's name linking to their page, a job title beside it,
 * and goes on with their photo or a sentence about them. */
static int author_card(const xmlNode *n, const xmlNode *article)
{
    const bt_stats *s = bt_stats_of(n), *a = bt_stats_of(article);
    if (!s || s->text < 40 || s->text > 800 || s->images > 1 || s->text * 2 > a->text ||
        (s->text - s->link < 60 && !s->images) || !bt_html_is_block(n) || text_after(n, article))
        return 0;
    const xmlNode *link = n->children;
    while (link && !bt_xhtml_is(link, "a"))
        link = bt_xhtml_next(link, n, 0);
    if (!link || !bt_html_author_page(link))
        return 0;
    /* the name is a line of its own, not a sentence's word ("Jane Roe has
     * no position in the stocks mentioned") */
    const xmlNode *line = link->parent;
    while (line != n && !bt_html_is_block(line))
        line = line->parent;
    if (!bt_stats_of(link) ||
        (bt_stats_of(link)->text * 10 < bt_stats_of(line)->own * 8 &&
         bt_stats_of(line)->own - bt_stats_of(link)->text > AUTHOR_ROLE_TEXT &&
         !bio_sentence(line, link)) ||
        (s->heading && by_line(line)))
        return 0;
    bt_buf head = BT_BUF_INIT, name = BT_BUF_INIT;
    bt_html_text(n, &head, 120);
    bt_html_text(link, &name, 80);
    size_t at = strspn(name.data ? name.data : "", " ");
    int opens = name.len > at + 3 && head.data && strstr(head.data, name.data + at) &&
                strstr(head.data, name.data + at) - head.data < 80;
    bt_buf_free(&head);
    bt_buf_free(&name);
    return opens;
}

/* Words of a line that is a name alone, at most. */
#define NAME_LINE_WORDS 4

/* Whether t[0..len) is a name alone: two to four capitalised words. */
static int name_only(const char *t, size_t len)
{
    int words = 0;
    for (size_t i = 0; i < len; words++) {
        size_t word = strcspn(t + i, " ,:.;!?()0123456789");
        if (!bt_utf8_opens_capital(t + i, word))
            return 0;
        i += word;
        if (i < len && t[i] != ' ')
            return 0;
        i += i < len;
    }
    return words >= 2 && words <= NAME_LINE_WORDS;
}

/* Whether block n, at the story's end, is an author's card without a link:
 * a line of their name, then a line that opens with it and says who they
 * are ("<p>Jane Roe</p><p>Jane Roe is a Senior Staff Engineer ...</p>",
 * Uber's, under "Posted by"), or that opens with their trade
 * ("<p>Daniela Pérez Pimentel</p><p>Periodista de la sección Ciudad. ...",
 * Diario Libre's). */
static int name_and_bio(const xmlNode *n, const xmlNode *article)
{
    const bt_stats *s = bt_stats_of(n);
    if (!s || s->text < 40 || s->text > 800 || s->images > 1 || s->link || !bt_html_is_block(n) ||
        text_after(n, article))
        return 0;
    const xmlNode *name = bt_xhtml_find(n, "p"), *bio = name;
    while (bio && (bio == name || !bt_xhtml_is(bio, "p")))
        bio = bt_xhtml_next(bio, n, bio == name);
    if (!name || !bio || name == n)
        return 0;
    bt_buf a = BT_BUF_INIT, b = BT_BUF_INIT;
    bt_html_text(name, &a, 80);
    bt_html_text(bio, &b, 400);
    const char *at = a.data ? a.data + strspn(a.data, " ") : NULL;
    const char *bt = b.data ? b.data + strspn(b.data, " ") : NULL;
    size_t len = at ? bt_html_trimmed(at, strlen(at)) : 0;
    int card = len > 3 && bt &&
               ((!strncmp(bt, at, len) && names_someone(bt)) ||
                (name_only(at, len) && in_list(bt, bt_chrome_reporter_trades, 1)));
    bt_buf_free(&a);
    bt_buf_free(&b);
    return card;
}

/* A short block that opens on "About the author:" and says who they are in
 * the same paragraph (wherever it stands: a question to the readers may
 * follow it). */
static int about_author_line(const xmlNode *n)
{
    static const char *const heads[] = {"about the author:",
                                        "über den autor:",
                                        "über die autorin:",
                                        "à propos de l'auteur:",
                                        "à propos de l'auteur :",
                                        "sobre el autor:",
                                        "sobre la autora:",
                                        "về tác giả:",
                                        "o autorze:",
                                        NULL};
    bt_stats *s = bt_stats_of(n);
    if (s->about >= 0)
        return s->about;
    /* (the opening alone, once: this is asked of every block of a page, for
     * each candidate of each pass) */
    s->about = bt_html_is_block(n) && s->text <= 800 && !s->images && folded_in(n, 64, 1, heads, 1);
    return s->about;
}

/* Whether text node k shows words. */
static int words_node(const xmlNode *k)
{
    return k && k->type == XML_TEXT_NODE && k->content && bt_xhtml_visible_text(k->content);
}

/* Whether inline element n stands in the middle of a paragraph's sentence,
 * words right before and after it ("... the <a>treaty</a> of ..."): the
 * sentence's, whatever it is; most of a long page's elements are, and are
 * asked nothing. */
static int mid_sentence(const xmlNode *n)
{
    const bt_stats *s = bt_stats_of(n);
    return s && !s->images && bt_xhtml_is(n->parent, "p") && !bt_html_is_block(n) &&
           words_node(n->prev) && words_node(n->next);
}

/* removable() for n in article, or 4 when n begins the cards of other
 * articles after its text, or heads them: they go with all that follows;
 * 5 when it begins a run of them among the paragraphs. */
static int removable_in(const xmlNode *n, const xmlNode *article, size_t total, int flags)
{
    if (n->type != XML_ELEMENT_NODE || bt_html_skipped(n) || mid_sentence(n))
        return 0;
    int out = removable(n, total, flags);
    /* a sidebar with most of the paragraphs (an about-me box) beside a short
     * post of text of its own is still the sidebar (not "main-sidebar") */
    static const char *const sidebars[] = {"sidebar", "widget-area", "secondary", NULL};
    const bt_stats *s = bt_stats_of(n), *a = bt_stats_of(article);
    if (!out && s &&
        (bt_xhtml_is(n, "aside") || (s->unlikely && bt_xhtml_class_has(n, sidebars, 1))) &&
        a->text - a->link >= s->text - s->link + SHORT_POST)
        out = removable(n, 0, flags);
    /* (an author's box is a few elements: bigger blocks are not read for it,
     * or deep nesting is read again below each level) */
    if (!out && s &&
        (author_note(n, article) ||
         (s->nodes < 64 &&
          (author_card(n, article) || about_author_line(n) || name_and_bio(n, article)))))
        out = 1;
    const xmlNode *first = out == 2 ? block_after(n, total) : out ? NULL : n;
    if (!first || !bt_html_teaser_card(first))
        return out;
    /* (cards between paragraphs go, as a run, when each is a link to
     * another story) */
    return !text_after(first, article) ? 4 : first == n && pictured_teaser(n) ? 5 : out;
}

int bt_html_is_chrome(xmlNode *n, int flags) { return removable(n, 0, flags); }

size_t bt_html_clean_parts(xmlNode **part, size_t *n, int flags)
{
    if (*n < 2)
        return *n ? bt_html_clean_count(part[0], flags) : 0;
    /* gathered, the parts are children of the article: cleaned like any */
    size_t total = 0, kept = 0, m = 0;
    for (size_t i = 0; i < *n; i++)
        total += bt_stats_of(part[i])->ptext;
    for (size_t i = 0; i < *n; i++) {
        int out = removable(part[i], total, flags);
        if (out == 3 && i > 0)
            break;
        if (!out) {
            kept += bt_html_clean_count(part[i], flags);
            part[m++] = part[i];
        }
    }
    *n = m;
    return kept;
}

size_t bt_html_clean_count(xmlNode *article, int flags)
{
    const bt_stats *a = bt_stats_of(article);
    size_t kept = a->text - a->link;
    for (xmlNode *n = article->children; n;) {
        int out = removable_in(n, article, a->ptext, flags);
        xmlNode *last = out ? taken_to(n, out, a->ptext) : n;
        for (xmlNode *k = n; out && k; k = k == last ? NULL : k->next)
            if (k->type == XML_ELEMENT_NODE && bt_stats_of(k))
                kept -= bt_stats_of(k)->text - bt_stats_of(k)->link;
        n = bt_xhtml_next(last, article, out || bt_html_skipped(n));
    }
    return kept;
}

/* Whether k is a heading, or a block its class names a title and no
 * sentence: a box's label ("p.book-box-title" saying "Sách hay"). */
static int label_line(const xmlNode *k)
{
    static const char *const titles[] = {"title", "heading", NULL};
    const bt_stats *s = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
    return bt_html_heading_level(k) ||
           (s && !s->images && bt_html_is_block(k) && bt_xhtml_class_has(k, titles, 0) &&
            !bt_html_closes_sentence(k));
}

/* A short heading or label, with no text after it (a long one is a line
 * of the text set large). */
static int short_heading(const xmlNode *k)
{
    return label_line(k) && bt_stats_of(k) && bt_stats_of(k)->text <= 40;
}

/* The headings and labels the article ends on, their sections cleaned away
 * ("Related posts" over nothing, Znews's "Sách hay" over the book's card):
 * from the last text, picture or long heading on, the short ones go.  One
 * walk finds where they start, one removes them. */
static void drop_closing_headings(xmlNode *article)
{
    xmlNode *from = NULL;
    for (xmlNode *k = article->children; k;
         k = bt_xhtml_next(k, article, bt_html_skipped(k) || label_line(k)))
        if (label_line(k) || bt_xhtml_is(k, "img") ||
            (k->type == XML_TEXT_NODE && !xmlIsBlankNode(k)))
            from = short_heading(k) ? (from ? from : k) : NULL;
    for (xmlNode *k = from, *next; k; k = next) {
        next = bt_xhtml_next(k, article, bt_html_skipped(k) || label_line(k));
        if (label_line(k)) {
            xmlUnlinkNode(k);
            xmlFreeNode(k);
        }
    }
}

/* Whether the extractor's stats still hang on article as they were counted:
 * as many elements below it, outside skipped ones, as the stats count (the
 * root counted does not count itself). */
static int counted_as_is(const xmlNode *article)
{
    const bt_stats *s = bt_stats_of(article);
    size_t nodes = 0;
    for (const xmlNode *n = article; s && n;
         n = bt_xhtml_next(n, article, n != article && bt_html_skipped(n)))
        nodes += n->type == XML_ELEMENT_NODE;
    return s && nodes == s->nodes + (size_t)s->root;
}

/* A row of the article's metadata that cleaning takes away ("post-meta":
 * the date, a share link) may hold its byline, named so: the byline stays,
 * a paragraph of its own in the row's place.  So does the dated line the
 * headline's parts named a byline in any box ("Posted on July 14th, 2012
 * by Ruth Ellery" over a post's categories). */
static void keep_byline(xmlNode *row)
{
    const bt_stats *s = bt_stats_of(row);
    if (!s || s->nodes >= LINE_NODES || bt_xhtml_class_has(row, bt_xhtml_byline_classes, 1))
        return;
    int meta = bt_html_metadata_named(row);
    for (xmlNode *k = row->children; k; k = bt_xhtml_next(k, row, bt_html_skipped(k))) {
        const bt_stats *ks = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
        if (!ks || !ks->text || ks->text > BYLINE_TEXT || ks->images ||
            !(meta ? bt_xhtml_class_has(k, bt_xhtml_byline_classes, 1)
                   : bt_xhtml_attr_has_word(k, "class", "byline")) ||
            chrome_label(k))
            continue;
        xmlUnlinkNode(k);
        if (!bt_html_is_block(k))
            bt_html_rename(k, "p");
        xmlAddPrevSibling(row, k);
        return;
    }
}

/* Takes off the separator an inline element taken away leaves dangling at
 * the end of its line ("10/01/2025 06:15 | <span>Lượt xem: 1.284</span>"),
 * a text's or an element's of its own, when nothing shown follows n in its
 * block. */
static void drop_dangling_separator(const xmlNode *n)
{
    if (bt_html_is_block(n) || !ends_line(n))
        return;
    xmlNode *before = n->prev;
    while (before && before->type == XML_TEXT_NODE && spacer(before))
        before = before->prev;
    xmlChar *text = before ? xmlNodeGetContent(before) : NULL;
    /* (the separators a row's ends are trimmed of, as for a dateline) */
    const char *from = (const char *)text, *end = from ? from + strlen(from) : NULL, *to = end;
    if (from)
        bt_html_trim_row(&from, &to);
    if (from && (to != end || from == to) && before->type == XML_TEXT_NODE) {
        /* (set anew: a short text's bytes may be the parser's dictionary's;
         * a text of separators alone, " | ", goes whole) */
        xmlNodeSetContentLen(before, text, from == to ? 0 : (int)(to - (const char *)text));
    } else if (to != end && from == to && !bt_html_is_block(before)) {
        xmlUnlinkNode(before);
        xmlFreeNode(before);
    }
    xmlFree(text);
}

/* The videos, sounds and embedded frames n is or holds. */
static size_t media_in(const xmlNode *n)
{
    size_t media = 0;
    for (const xmlNode *k = n; k; k = bt_xhtml_next(k, n, 0))
        media += (size_t)bt_xhtml_embedded_media(k);
    return media;
}

/* Levels below a paragraph its closing link is looked for. */
#define CLOSING_LINK_DEPTH 3

/* A paragraph's closing link to its author's page ("... covers health care
 * for the Metro desk. <a href=/by/name>More about Name</a>", the Times'
 * bio under the story): the link goes, the sentence stays. */
static void drop_author_link(xmlNode *p)
{
    xmlNode *last = p;
    for (int depth = 0; depth < CLOSING_LINK_DEPTH && !bt_xhtml_is(last, "a"); depth++) {
        xmlNode *k = last->last;
        while (k && k->type == XML_TEXT_NODE && xmlIsBlankNode(k))
            k = k->prev;
        if (!k || k->type != XML_ELEMENT_NODE)
            return;
        last = k;
    }
    if (!bt_xhtml_is(last, "a"))
        return;
    xmlChar *t = xmlNodeGetContent(last);
    const char *s = t ? (const char *)t + strspn((const char *)t, " \t\r\n") : NULL;
    int more = s && !strncmp(s, "More about ", 11);
    xmlFree(t);
    if (more) {
        xmlUnlinkNode(last);
        xmlFreeNode(last);
    }
}

/* Letters a line of rights at the end of a paragraph has at most. */
#define RIGHTS_LINE 80

/* The last line of paragraph p, after its last <br>, when it states the
 * rights ("Copyright © ANTARA 2024" under a story's credits): it goes,
 * and the break before it. */
static void drop_rights_line(xmlNode *p)
{
    xmlNode *br = p->last;
    while (br && !bt_xhtml_is(br, "br"))
        br = br->prev;
    if (!br)
        return;
    bt_buf line = BT_BUF_INIT, folded = BT_BUF_INIT;
    int text_only = 1;
    for (const xmlNode *k = br->next; k && text_only && line.len <= RIGHTS_LINE; k = k->next) {
        text_only =
            k->type == XML_TEXT_NODE || (k->type == XML_ELEMENT_NODE && !bt_html_is_block(k) &&
                                         bt_stats_of(k) && !bt_stats_of(k)->images);
        if (text_only)
            bt_html_text(k, &line, RIGHTS_LINE + 1);
    }
    const char *t = line.data ? line.data + strspn(line.data, " \t\r\n") : NULL;
    int rights = text_only && t && *t && line.len <= RIGHTS_LINE &&
                 bt_utf8_fold(t, strlen(t), &folded) && folded.data &&
                 (!strncmp(folded.data, "copyright", 9) || !strncmp(folded.data, "\xC2\xA9", 2)) &&
                 strpbrk(folded.data, "0123456789");
    bt_buf_free(&line);
    bt_buf_free(&folded);
    for (xmlNode *k = rights ? br : NULL, *next; k; k = next) {
        next = k->next;
        xmlUnlinkNode(k);
        xmlFreeNode(k);
    }
}

/* Words a box's label in bold has at most ("Related topics"). */
#define BOLD_LABEL_WORDS 4

/* Whether k is a short line wholly in bold, no number or sentence in it;
 * or, when colon, such a line ending on a colon. */
/* Whether n's text ends with one of words (folded), as a word of its own. */
static int ends_with_word(const xmlNode *n, const char *const *words)
{
    const char *t = short_text(n, 64);
    size_t len = t ? strlen(t) : 0;
    for (const char *const *w = words; len && *w; w++) {
        size_t wl = strlen(*w);
        if (len >= wl && !strcmp(t + len - wl, *w) && (len == wl || t[len - wl - 1] == ' '))
            return 1;
    }
    return 0;
}

static int bold_label(const xmlNode *k, int colon)
{
    const bt_stats *s = k->type == XML_ELEMENT_NODE ? bt_stats_of(k) : NULL;
    if (!s || !s->text || s->link || s->images || bt_html_heading_level(k) ||
        bt_xhtml_words(k, BOLD_LABEL_WORDS + 1) > BOLD_LABEL_WORDS ||
        (colon && !ends_with_colon(k, 64)))
        return 0;
    for (const xmlNode *t = k; t; t = bt_xhtml_next(t, k, 0)) {
        if (t->type != XML_TEXT_NODE || xmlIsBlankNode((xmlNode *)t))
            continue;
        const char *mark = strpbrk((const char *)t->content, "0123456789.:?!");
        if (mark && !(colon && *mark == ':' && !strpbrk(mark + 1, "0123456789.:?!")))
            return 0;
        const xmlNode *up = t->parent;
        while (up != k && !bt_xhtml_is(up, "b") && !bt_xhtml_is(up, "strong"))
            up = up->parent;
        if (up == k)
            return 0;
    }
    return 1;
}

/* The label in bold right before chrome that goes: BBC's "<b>Related
 * topics</b>" over its links, in any language, when a heading or nothing
 * follows it, as it heads nothing then (a school's "<p><b>Other District
 * News</b></p>" over its table of links, closing the story); or one ending
 * on a colon, which says what follows it (Patch's "<p><strong>Also on
 * Patch:</strong></p>" over its links).  NULL when there is none. */
static xmlNode *label_before(xmlNode *first, xmlNode *last)
{
    xmlNode *label = (xmlNode *)bt_stats_shown_sibling(first, 0);
    const xmlNode *after = bt_stats_shown_sibling(last, 1);
    if (!label)
        return NULL;
    if (bold_label(label, 1))
        return label;
    /* (closing the story, it names stories, not someone: a byline in bold
     * closes a story over its links as often) */
    static const char *const stories[] = {"news", "stories", "articles", "headlines", NULL};
    return bold_label(label, 0) &&
                   (after ? bt_html_heading_level(bt_html_unwrapped(after, BT_HTML_WRAPPERS)) != 0
                          : ends_with_word(label, stories))
               ? label
               : NULL;
}

/* Elements of an infobox looked through for its picture, at most. */
#define INFOBOX_NODES 256

/* An infobox that cleaning takes away (a wiki's "aside.portable-infobox",
 * its rows of facts) may hold the subject's captioned picture: the figure
 * stays, in the box's place. */
static void keep_infobox_figure(xmlNode *box)
{
    static const char *const infoboxes[] = {"infobox", "portable-infobox", NULL};
    if (!bt_xhtml_class_has(box, infoboxes, 0))
        return;
    int budget = INFOBOX_NODES;
    for (xmlNode *k = box->children; k && budget-- > 0; k = bt_xhtml_next(k, box, 0)) {
        if (!bt_xhtml_is(k, "figure"))
            continue;
        const xmlNode *cap = bt_xhtml_find(k, "figcaption");
        if (!bt_xhtml_find(k, "img") || !cap || !bt_stats_of(cap) || !bt_stats_of(cap)->text)
            return;
        xmlUnlinkNode(k);
        xmlAddPrevSibling(box, k);
        return;
    }
}

/* Letters of n's shown text, up to cap. */
static size_t shown_letters(const xmlNode *n, size_t cap)
{
    size_t letters = 0;
    for (const xmlNode *k = n; k && letters < cap; k = bt_xhtml_next(k, n, bt_html_skipped(k)))
        if (k->type == XML_TEXT_NODE && k->content)
            letters += bt_letter_count((const char *)k->content, strlen((const char *)k->content));
    return letters;
}

/* Of the article's letters, the share a blockquote holding them is a margin
 * at least; and its paragraphs at least (a quotation a post is made of,
 * Tumblr's quote post, is a paragraph or two). */
#define MARGIN_QUOTE_SHARE 0.8
#define MARGIN_QUOTE_PARAS 3

/* Whether n holds at least least paragraphs. */
static int paragraphs_in(const xmlNode *n, int least)
{
    for (const xmlNode *k = n; k && least > 0; k = bt_xhtml_next(k, n, 0))
        least -= bt_xhtml_is(k, "p");
    return least <= 0;
}

void bt_html_unquote_margins(xmlNode *article)
{
    size_t total = shown_letters(article, (size_t)-1);
    for (xmlNode *k = article; k; k = bt_xhtml_next(k, article, bt_html_skipped(k)))
        if (bt_xhtml_is(k, "blockquote") && paragraphs_in(k, MARGIN_QUOTE_PARAS) &&
            (double)shown_letters(k, total) >= MARGIN_QUOTE_SHARE * (double)total)
            bt_html_rename(k, "div");
}

size_t bt_html_clean(xmlNode *article, int flags)
{
    /* the extractor's stats hold the verdicts its choice made */
    bt_page_stats pg = {0};
    if (!article || (!counted_as_is(article) && !bt_stats_gather(&pg, article, 0)))
        return 0;
    size_t total = bt_stats_of(article)->ptext, media = 0;
    xmlNode *n = article->children;
    while (n) {
        int out = removable_in(n, article, total, flags);
        if (out) {
            if (out == 1) {
                keep_byline(n);
                keep_infobox_figure(n);
            }
            xmlNode *last = taken_to(n, out, total), *label = label_before(n, last);
            if (last == n)
                drop_dangling_separator(n);
            if (label) {
                xmlUnlinkNode(label);
                xmlFreeNode(label);
            }
            xmlNode *next = bt_xhtml_next(last, article, 1);
            for (xmlNode *k = n, *following; k; k = following) {
                following = k == last ? NULL : k->next;
                media += media_in(k);
                xmlUnlinkNode(k);
                xmlFreeNode(k);
            }
            n = next;
            continue;
        }
        if (bt_xhtml_is(n, "p")) {
            drop_rights_line(n);
            drop_author_link(n);
        }
        n = bt_xhtml_next(n, article, bt_html_skipped(n));
    }
    drop_closing_headings(article);
    if (pg.s)
        bt_stats_scatter(&pg, article);
    return media;
}
