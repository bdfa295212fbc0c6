/* The article extractor's spec (issue 11): small pages in the layouts real
 * CMSs write (testdata/html/extract/), and what the document must hold for
 * each: the title in the metadata, the sapo as the one lead paragraph (never
 * a heading), every story paragraph exactly once and in order, the
 * sub-headings with their level, the hero figure's caption, the byline and
 * the dateline, and none of the page's chrome.  A page with visible text
 * never fails: too little text falls back, with a warning naming the
 * fallback; only a page without visible text gives "no article text found".
 * Each page's problems are all listed before its test fails, so that one run
 * is the to-do list. */
#include "util.h"

#include <strings.h>

#include "../formats/html/html.h"
#include "buf.h"
#include "document.h"
#include "unicode.h"

#define MAX_PARAS 10
#define MAX_HEADINGS 12
#define MAX_CHROME 16
#define MAX_FIGS 6
#define MAX_ALSO 4

typedef struct {
    int level;
    const char *text;
} heading;

typedef struct {
    const char *page;               /* under testdata/html/extract/ */
    const char *also[MAX_ALSO];     /* the page rewritten (make_variants.py), held to
                                       the same checks */
    int whole_page;                 /* read with opt.whole_page */
    const char *title;              /* BT_META_TITLE, NULL: not checked */
    const char *date;               /* BT_META_DATE, NULL: not checked */
    const char *dateline;           /* the DATELINE paragraph opening the body: the
                                       date in the page's words; NULL: not checked */
    const char *lead;               /* the one LEAD paragraph, NULL: not checked */
    const char *points[MAX_PARAS];  /* a lead of points: the LEAD paragraphs, each
                                       opening a list item, in order */
    const char *byline;             /* a BYLINE paragraph, NULL: not checked */
    const char *captions[MAX_FIGS]; /* the figures' captions, each on its figure */
    const char *body[MAX_PARAS];    /* the story paragraphs, in order */
    int unquoted;                   /* ... in no quotation (a quote's are the story's too) */
    heading headings[MAX_HEADINGS]; /* all the document's headings */
    const char *chrome[MAX_CHROME]; /* found nowhere in the document */
    /* Fallback pages: the text each must hold somewhere (not as paragraphs
     * of its own), and a warning that names the fallback. */
    const char *text[MAX_PARAS];
    int fallback;
} spec;

/* What a document holds, gathered in one walk. */
typedef struct {
    bt_document *doc;
    bt_node *para[64];
    size_t nparas;
    bt_node *head[16];
    size_t nheads;
    bt_node *fig[8];
    size_t nfigs;
    bt_buf text; /* every block's text, one a line */
    int not_nfc;
} contents;

static int gather(bt_node *n, int entering, void *user)
{
    contents *c = user;
    if (!entering)
        return 0;
    if (n->literal && !bt_utf8_is_nfc(n->literal, strlen(n->literal)))
        c->not_nfc++;
    switch (n->type) {
    case BT_NODE_PARAGRAPH:
        if (c->nparas < sizeof(c->para) / sizeof(c->para[0]))
            c->para[c->nparas++] = n;
        break;
    case BT_NODE_HEADING:
        if (c->nheads < sizeof(c->head) / sizeof(c->head[0]))
            c->head[c->nheads++] = n;
        break;
    case BT_NODE_FIGURE:
        if (c->nfigs < sizeof(c->fig) / sizeof(c->fig[0]))
            c->fig[c->nfigs++] = n;
        break;
    default: break;
    }
    /* the blocks that hold inlines: their text, whatever the inlines */
    if (n->type == BT_NODE_PARAGRAPH || n->type == BT_NODE_HEADING || n->type == BT_NODE_CAPTION ||
        n->type == BT_NODE_CREDIT || n->type == BT_NODE_CELL || n->type == BT_NODE_PRE) {
        bt_node_text_put(n, &c->text);
        bt_buf_putc(&c->text, '\n');
    }
    return 0;
}

/* A node's text with its white space squeezed; malloc'd. */
static char *text_of(bt_document *doc, const bt_node *n) { return squeeze(bt_node_text(doc, n)); }

static int problems;

static void problem(const spec *s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char msg[1024];
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    print_error("%s%s: %s\n", s->page, s->whole_page ? " (whole page)" : "", msg);
    problems++;
}

/* How many nodes of v[0..n) have exactly text; *at gets the last one's index. */
static int count_text(contents *c, bt_node **v, size_t n, const char *text, size_t *at)
{
    int found = 0;
    for (size_t i = 0; i < n; i++) {
        char *t = text_of(c->doc, v[i]);
        if (!strcmp(t, text)) {
            found++;
            *at = i;
        }
        free(t);
    }
    return found;
}

static void check_body(const spec *s, contents *c)
{
    size_t last = 0;
    int ordered = 1;
    for (int i = 0; i < MAX_PARAS && s->body[i]; i++) {
        size_t at = 0;
        int n = count_text(c, c->para, c->nparas, s->body[i], &at);
        if (n != 1) {
            problem(s, "story paragraph %d found %d times (want once): \"%.60s...\"", i + 1, n,
                    s->body[i]);
            continue;
        }
        if (bt_node_role(c->para[at]) != BT_ROLE_NONE)
            problem(s, "story paragraph %d has role %d", i + 1, bt_node_role(c->para[at]));
        for (const bt_node *up = s->unquoted ? bt_node_parent(c->para[at]) : NULL; up;
             up = bt_node_parent(up))
            if (bt_node_get_type(up) == BT_NODE_QUOTE)
                problem(s, "story paragraph %d is in a quotation", i + 1);
        if (i > 0 && at < last && ordered) {
            problem(s, "story paragraph %d comes before paragraph %d", i + 1, i);
            ordered = 0;
        }
        last = at;
    }
}

static void check_lead(const spec *s, contents *c)
{
    int leads = 0, right = 0;
    size_t lead_at = 0, first_at = 0;
    for (size_t i = 0; i < c->nparas; i++) {
        if (bt_node_role(c->para[i]) != BT_ROLE_LEAD)
            continue;
        leads++;
        char *t = text_of(c->doc, c->para[i]);
        if (!strcmp(t, s->lead))
            right++, lead_at = i;
        free(t);
    }
    if (!right)
        problem(s, "no LEAD paragraph with the sapo \"%.60s...\"", s->lead);
    else if (bt_node_parent(c->para[lead_at]) != bt_document_body(c->doc))
        problem(s, "the sapo is not a block of the body (in a list, a quote...)");
    else if (s->body[0] && count_text(c, c->para, c->nparas, s->body[0], &first_at) == 1 &&
             first_at < lead_at)
        problem(s, "the sapo comes after the story's first paragraph");
    if (leads != 1)
        problem(s, "%d LEAD paragraphs (want 1)", leads);
    size_t at;
    int copies = count_text(c, c->para, c->nparas, s->lead, &at);
    if (copies > 1)
        problem(s, "the sapo is there %d times (want once)", copies);
    if (count_text(c, c->head, c->nheads, s->lead, &at))
        problem(s, "the sapo is a heading");
}

/* A lead set as a list of points: its items' paragraphs are the LEAD ones,
 * and no other. */
static void check_points(const spec *s, contents *c)
{
    int n = 0;
    for (size_t i = 0; i < c->nparas; i++) {
        if (bt_node_role(c->para[i]) != BT_ROLE_LEAD)
            continue;
        char *t = text_of(c->doc, c->para[i]);
        if (n >= MAX_PARAS || !s->points[n])
            problem(s, "a LEAD paragraph past the points: \"%.60s\"", t);
        else if (strcmp(t, s->points[n]))
            problem(s, "lead point %d is \"%.60s\"", n + 1, t);
        else if (bt_node_get_type(bt_node_parent(c->para[i])) != BT_NODE_ITEM)
            problem(s, "lead point %d is no list item", n + 1);
        n++;
        free(t);
    }
    if (n < MAX_PARAS && s->points[n])
        problem(s, "lead point %d missing: \"%.60s\"", n + 1, s->points[n]);
}

static void check_byline(const spec *s, contents *c)
{
    for (size_t i = 0; i < c->nparas; i++) {
        char *t = text_of(c->doc, c->para[i]);
        int same = !strcmp(t, s->byline);
        free(t);
        if (same && bt_node_role(c->para[i]) == BT_ROLE_BYLINE)
            return;
    }
    problem(s, "no BYLINE paragraph \"%s\"", s->byline);
}

/* Each caption on a figure, and nowhere else as a block of its own. */
static void check_captions(const spec *s, contents *c)
{
    for (int i = 0; i < MAX_FIGS && s->captions[i]; i++) {
        int on_figure = 0;
        for (size_t f = 0; f < c->nfigs && !on_figure; f++) {
            bt_node *cap = bt_node_figure_caption(c->fig[f]);
            char *t = cap ? text_of(c->doc, cap) : NULL;
            on_figure = t && !strcmp(t, s->captions[i]);
            free(t);
        }
        if (!on_figure)
            problem(s, "no figure captioned \"%s\" (%zu figures)", s->captions[i], c->nfigs);
        size_t at;
        if (count_text(c, c->para, c->nparas, s->captions[i], &at) ||
            count_text(c, c->head, c->nheads, s->captions[i], &at))
            problem(s, "the caption \"%s\" is also a block of the body", s->captions[i]);
    }
}

static void check_headings(const spec *s, contents *c)
{
    int want = 0;
    for (; want < MAX_HEADINGS && s->headings[want].text; want++) {
        size_t at = 0;
        const heading *h = &s->headings[want];
        int n = count_text(c, c->head, c->nheads, h->text, &at);
        if (n != 1)
            problem(s, "heading \"%s\" found %d times (want once)", h->text, n);
        else if (bt_node_heading_level(c->head[at]) != h->level)
            problem(s, "heading \"%s\" has level %d (want %d)", h->text,
                    bt_node_heading_level(c->head[at]), h->level);
    }
    if (c->nheads != (size_t)want) {
        problem(s, "%zu headings (want %d)", c->nheads, want);
        for (size_t i = 0; i < c->nheads; i++) {
            char *t = text_of(c->doc, c->head[i]);
            problem(s, "  heading %d: \"%.60s\"", bt_node_heading_level(c->head[i]), t);
            free(t);
        }
    }
}

static void check_meta(const spec *s, contents *c, bt_meta_key key, const char *want)
{
    const char *got = bt_document_meta(c->doc, key);
    if (!got || strcmp(got, want))
        problem(s, "%s is \"%s\" (want \"%s\")", bt_meta_key_name(key), got ? got : "(none)", want);
}

static int names_fallback(const char *warning)
{
    return strcasestr(warning, "fallback") || strcasestr(warning, "whole page") ||
           strcasestr(warning, "largest");
}

static void check_page(const spec *s)
{
    bt_options opt;
    bt_options_init(&opt);
    if (s->whole_page)
        test_option(&opt, "html:whole-page");
    opt.resource_path = td("images");
    char path[1024];
    snprintf(path, sizeof(path), "%s/%s", td("html/extract"), s->page);
    bt_error *err = bt_error_new();
    contents c = {.text = BT_BUF_INIT};
    bt_status st = bt_read_file(NULL, bt_format_by_name(NULL, "html"), path, &opt, &c.doc, err);
    problems = 0;
    if (st == BT_FAILED) {
        problem(s, "failed: %s", bt_error_message(err));
        bt_error_free(err);
        bt_document_free(c.doc);
        fail_msg("%s: %d problems", s->page, problems);
    }
    bt_node_walk(bt_document_body(c.doc), gather, &c);
    const char *all = c.text.data ? c.text.data : "";
    if (c.not_nfc)
        problem(s, "%d strings not in NFC", c.not_nfc);
    if (s->title) {
        check_meta(s, &c, BT_META_TITLE, s->title);
        size_t at;
        if (count_text(&c, c.head, c.nheads, s->title, &at))
            problem(s, "the title is a body heading");
        /* (nor a picture's caption: a headline read as the caption of the
         * picture above it) */
        for (size_t f = 0; f < c.nfigs; f++) {
            char *t = text_of(c.doc, bt_node_figure_caption(c.fig[f]));
            if (t && !strcmp(t, s->title))
                problem(s, "the title is the caption of figure %zu", f + 1);
            free(t);
        }
    }
    if (s->date)
        check_meta(s, &c, BT_META_DATE, s->date);
    if (s->dateline) {
        bt_node *first = bt_node_first_child(bt_document_body(c.doc));
        char *t = first ? text_of(c.doc, first) : NULL;
        if (bt_node_role(first) != BT_ROLE_DATELINE || strcmp(t, s->dateline))
            problem(s, "no DATELINE paragraph \"%s\" first (\"%.60s\")", s->dateline, t ? t : "");
        free(t);
    }
    if (s->lead && !s->whole_page)
        check_lead(s, &c);
    if (s->points[0])
        check_points(s, &c);
    if (s->byline && !s->whole_page)
        check_byline(s, &c);
    check_captions(s, &c);
    if (s->whole_page) {
        /* the whole page: the story's text is all there, however split */
        char *squeezed = squeeze(all);
        for (int i = 0; i < MAX_PARAS && s->body[i]; i++)
            if (!strstr(squeezed, s->body[i]))
                problem(s, "story paragraph %d missing: \"%.60s...\"", i + 1, s->body[i]);
        free(squeezed);
    } else {
        check_body(s, &c);
        check_headings(s, &c);
    }
    for (int i = 0; i < MAX_CHROME && s->chrome[i]; i++) {
        if (strstr(all, s->chrome[i]))
            problem(s, "chrome kept: \"%s\"", s->chrome[i]);
        for (size_t f = 0; f < c.nfigs; f++) {
            const char *alt = bt_node_figure_alt(c.fig[f]);
            if (alt && strstr(alt, s->chrome[i]))
                problem(s, "chrome kept as a picture's alt: \"%s\"", s->chrome[i]);
        }
    }
    for (int i = 0; i < MAX_PARAS && s->text[i]; i++)
        if (!strstr(all, s->text[i]))
            problem(s, "text missing: \"%s\"", s->text[i]);
    if (s->fallback) {
        int named = 0;
        for (size_t i = 0; i < bt_error_event_count(err); i++)
            named |= names_fallback(bt_error_event_message(err, i)) != 0;
        if (!named)
            problem(s, "no warning names the fallback (%zu warnings%s%s)",
                    bt_error_event_count(err), bt_error_event_count(err) ? ", first: " : "",
                    bt_error_event_count(err) ? bt_error_event_message(err, 0) : "");
    }
    bt_buf_free(&c.text);
    bt_error_free(err);
    bt_document_free(c.doc);
    if (problems)
        fail_msg("%s: %d problems", s->page, problems);
}

static void test_page(void **state)
{
    const spec *s = *state;
    check_page(s);
    for (int i = 0; i < MAX_ALSO && s->also[i]; i++) {
        spec variant = *s;
        variant.page = s->also[i];
        check_page(&variant);
    }
}

/* ---- class 1: hard failures on pages full of text ---- */

#define ASPNET_BODY                                                                                                              \
    "Theo Sở Giao thông vận tải thành phố, bốn tuyến mới có tổng chiều dài gần 90 km, đi qua "          \
    "sáu quận, huyện và phục vụ khoảng mười nghìn lượt khách mỗi ngày.",                                                         \
        "Tuyến dài nhất chạy từ bến xe trung tâm đến khu công nghiệp Hòa Khánh, dừng ở mười tám "    \
        "điểm, trong đó có ba trường đại học và hai bệnh viện lớn.",                                                             \
        "Các xe đều được lắp điều hòa, camera giám sát và thiết bị định vị, người dân có thể "  \
        "tra cứu vị trí xe theo thời gian thực trên trang thông tin của thành phố.",                                             \
        "Ông Lê Văn Hùng, Phó giám đốc Sở, cho biết giá vé lượt vẫn giữ ở mức 5.000 đồng, học "   \
        "sinh, sinh viên và công nhân được mua vé tháng với giá ưu đãi.",                                                        \
        "Trước đó, nhiều cử tri ở quận Liên Chiểu và Sơn Trà phản ánh việc đi lại đến nơi làm "  \
        "việc gặp khó khăn vì các tuyến cũ thưa chuyến, nhất là vào giờ tan ca.",                                                \
        "Thành phố đặt mục tiêu đến năm 2020 vận tải hành khách công cộng đáp ứng ít nhất mười " \
        "lăm phần trăm nhu cầu đi lại của người dân."
#define ASPNET_LEAD                                                                                                     \
    "Từ ngày 1/4, bốn tuyến xe buýt mới nối trung tâm Đà Nẵng với các khu dân cư ven biển và " \
    "khu công nghiệp Hòa Khánh sẽ đi vào hoạt động, giá vé không đổi."

static const spec aspnet_form = {
    .page = "vn-aspnet-form.html",
    .title = "Đà Nẵng mở thêm bốn tuyến xe buýt nội thành",
    .lead = ASPNET_LEAD,
    .byline = "Minh Khang",
    .dateline = "Cập nhật lúc 08:15 ngày 12/03/2013",
    .body = {ASPNET_BODY},
    .chrome = {"Tin liên quan", "Xe buýt trợ giá vắng khách", "Đọc nhiều nhất",
               "Khánh thành cầu vượt", "Trang chủ", "Giấy phép số"},
};

static const spec aspnet_form_whole = {
    .page = "vn-aspnet-form.html",
    .whole_page = 1,
    .body = {ASPNET_LEAD, ASPNET_BODY},
};

#define TABLE_BODY                                                                                                                 \
    "Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh đã gieo sạ hơn 140 nghìn héc-ta lúa "            \
    "hè thu, đến nay đã thu hoạch được khoảng một phần ba diện tích.",                                                             \
        "Năng suất bình quân đạt gần sáu tấn mỗi héc-ta, cao hơn vụ trước chừng nửa tấn nhờ thời " \
        "tiết thuận lợi và sâu bệnh được khống chế sớm.",                                                                          \
        "Ông Thạch Sô Phên, một nông dân ở huyện Mỹ Xuyên, cho biết gia đình ông có ba héc-ta "             \
        "ruộng, trừ hết chi phí vẫn còn lãi hơn bốn mươi triệu đồng.",                                                             \
        "Thương lái đến tận ruộng thu mua lúa tươi với giá từ 5.200 đến 5.500 đồng một ký, nông "      \
        "dân không phải chở lúa đi bán xa như mọi năm.",                                                                           \
        "Ngành nông nghiệp khuyến cáo bà con không nên xuống giống vụ thu đông quá sớm để tránh "         \
        "lũ và cắt đứt nguồn lây lan của rầy nâu."
#define TABLE_LEAD                                                                                                          \
    "Vụ lúa hè thu năm nay, nông dân nhiều huyện của tỉnh Sóc Trăng thu hoạch đạt năng suất cao, " \
    "giá bán ổn định nên lãi khá."
/* the page, and the same bytes as such a site served them: windows-1258,
 * decomposed tones */
#define TABLE_2012(file)                                                                           \
    {                                                                                              \
        .page = file, .title = "Nông dân Sóc Trăng trúng mùa lúa hè thu", .lead = TABLE_LEAD,      \
        .byline = "Trần Văn Phúc", .body = {TABLE_BODY},                                           \
        .chrome = {"CHUYÊN MỤC",   "Chăn nuôi",                                                    \
                   "Các tin khác", "Giá phân bón tăng trở lại",                                    \
                   "TIN MỚI",      "Khởi công nhà máy nước sạch",                                  \
                   "LIÊN KẾT",     "Chọn liên kết",                                                \
                   "Bản quyền",    "Trang chủ"},                                                   \
    }

static const spec table_2012 = TABLE_2012("vn-2012-table.html");
static const spec table_2012_cp1258 = TABLE_2012("vn-2012-table-1258.html");

static const spec table_2012_whole = {
    .page = "vn-2012-table.html",
    .whole_page = 1,
    .body = {TABLE_LEAD, TABLE_BODY, "Trần Văn Phúc"},
};

/* An unclosed <div> in <noscript> (what a browser running scripts reads as
 * text) takes the whole page into the noscript element for libxml2. */
#define NOSCRIPT_BODY                                                                                \
    "Los guardas del parque natural han confirmado el nacimiento de doce crías de lince ibérico "  \
    "esta primavera, la cifra más alta desde que comenzó el programa de reintroducción.",            \
        "Las cámaras de fototrampeo instaladas en los barrancos del sur registraron a cuatro "      \
        "hembras distintas acompañadas de sus camadas durante el mes de mayo.",                      \
        "Según el director del parque, la recuperación del conejo de monte tras dos inviernos "    \
        "suaves explica buena parte del éxito reproductor de la especie.",                           \
        "Los técnicos recuerdan que el principal peligro para los linces jóvenes sigue siendo el " \
        "atropello en las carreteras comarcales que cruzan el parque.",                              \
        "Por ello, la diputación instalará este otoño tres pasos de fauna bajo la carretera de "  \
        "la sierra y reducirá la velocidad máxima en los tramos más frecuentados."

static const spec noscript = {
    .page = "noscript-unclosed.html",
    .title = "El parque natural cuenta doce crías de lince este año",
    .body = {NOSCRIPT_BODY},
    .chrome = {"Lo más leído", "La feria del queso", "Cientos de corredores", "Aviso legal",
               "Deportes", "Agenda"},
};

static const spec noscript_whole = {
    .page = "noscript-unclosed.html",
    .whole_page = 1,
    .body = {NOSCRIPT_BODY},
};

/* A <noscript> that is closed holds a notice for readers without scripts (a
 * consent dialog here), not the rest of the page: it stays hidden.  The
 * article sits in a block named as a header ("row site_header"), and a print
 * footer of three paragraphs stands apart from it. */
#define HEADER_WRAPPER_BODY                                                                        \
    "Tomatoes that ripen through a dry spell and then drink a sudden downpour swell faster "       \
    "than their skins can stretch, and the fruit splits open along the shoulders.",                \
        "The damage is worst on large beefsteak kinds, whose skins are thin, and on fruit that "   \
        "is already colouring, which has stopped growing its skin but not its flesh.",             \
        "Watering deeply twice a week through the summer keeps the soil evenly moist, so a "       \
        "storm changes little, and a mulch of straw slows the soil's drying between waterings.",   \
        "Split fruit should be picked at once and eaten the same day, as the cracks let in "       \
        "moulds and draw wasps, and leaving it on the vine only spreads the rot."

static const spec header_wrapper = {
    .page = "header-wrapper.html",
    .title = "Why tomatoes split after rain",
    .body = {HEADER_WRAPPER_BODY},
    .chrome = {"Welcome to Garden Weekly", "would like to process", "under Irish law",
               "This page was printed", "registered trade mark"},
};

/* The same without an h1 (the headline a div named nothing): the
 * <article> that holds the paragraphs keeps the blocks around it from
 * being unlikely (the footer's notice was taken). */
static const spec header_wrapper_no_h1 = {
    .page = "header-wrapper-no-h1.html",
    .title = "Why tomatoes split after rain",
    .body = {HEADER_WRAPPER_BODY},
    .chrome = {"This page was printed", "registered trade mark"},
};

static const spec header_wrapper_whole = {
    .page = "header-wrapper.html",
    .whole_page = 1,
    .body = {HEADER_WRAPPER_BODY},
    .chrome = {"Welcome to Garden Weekly", "would like to process", "under Irish law"},
};

/* ---- class 3: the article's parts outside its body container ---- */

/* VnExpress: the headline, the sapo (also set as a div or a span, or in
 * bold named nothing: its place stamp a word apart still) and the hero
 * figure above the body's block. */
static const spec vnexpress = {
    .page = "vn-vnexpress-style.html",
    .also = {"vn-vnexpress-style-no-class.html", "vn-vnexpress-style-sapo-div.html",
             "vn-vnexpress-style-sapo-bold.html", "vn-vnexpress-style-sapo-span.html"},
    .title = "Hà Nội thí điểm phân loại rác tại nguồn ở ba quận",
    .date = "2017-10-09T06:51:00+07:00",
    /* the place stamp a style sheet sets apart from the sapo */
    .lead = "Hà Nội Người dân ba quận nội thành sẽ phân rác thành hai loại trước khi đổ, công ty "
            "môi trường thu gom theo lịch riêng cho từng loại.",
    .byline = "Võ Hải",
    .captions =
        {"Công nhân môi trường thu gom rác tại một khu dân cư ở quận Cầu Giấy sáng chủ nhật."},
    .body =
        {"Từ ngày 15/10, các hộ gia đình ở Cầu Giấy, Hoàn Kiếm và Long Biên sẽ được phát miễn "
         "phí hai loại túi đựng rác có màu khác nhau, một cho rác hữu cơ và một cho rác còn lại.",
         "Rác hữu cơ như thức ăn thừa, rau củ và lá cây sẽ được đưa về nhà máy làm phân vi "
         "sinh, phần còn lại được tái chế hoặc đốt phát điện.",
         "Theo Sở Tài nguyên và Môi trường, mỗi ngày thành phố phát sinh khoảng sáu nghìn tấn "
         "rác sinh hoạt, hơn một nửa trong số đó là rác hữu cơ có thể tận dụng.",
         "Bà Nguyễn Thị Hoa, tổ trưởng dân phố ở phường Dịch Vọng, cho rằng người dân sẵn sàng "
         "tham gia nếu việc thu gom diễn ra đúng giờ và không để rác đã phân loại bị đổ chung.",
         "Sau sáu tháng thí điểm, thành phố sẽ đánh giá kết quả để quyết định có nhân rộng ra "
         "các quận còn lại hay không."},
    .chrome = {"Tin liên quan", "Hà Nội xây thêm nhà máy đốt rác", "Xem thêm",
               "Cách phân loại rác tại nhà", "Tags", "Chia sẻ", "Gửi email", "Ý kiến (2)",
               "vỉa hè mỗi tối", "Phát túi thì dễ", "Thanh Tùng", "Xem nhiều", "Liên hoan phim",
               "Copyright", "Môi trường\n"},
};

/* A VCCorp album (LayoutAlbum): a row of three pictures in wrappers of
 * their own and one caption after the wrappers, for all of them; the
 * pictures stay, the last with the caption, not a gallery cleaned away
 * with its caption left a paragraph. */
static const spec vccorp_album = {
    .page = "vn-vccorp-album.html",
    .title = "Nghệ nhân làng Bá Giang giữ nghề làm diều sáo",
    .lead = "Giữa lúc diều nhựa in sẵn tràn ngập thị trường, cụ Phạm Văn Thông vẫn miệt mài chuốt "
            "tre, bồi giấy, khoét sáo như cách ông cha để lại.",
    .captions = {"Mỗi chiếc diều sáo của cụ Thông được làm hoàn toàn thủ công, từ khâu chọn tre "
                 "đến bồi giấy."},
    .body = {"Căn nhà nhỏ của cụ Thông ở thôn Bá Giang lúc nào cũng ngổn ngang tre nứa, giấy dó và "
             "những chiếc sáo diều đủ cỡ, từ chiếc nhỏ bằng bàn tay đến chiếc dài hơn hai mét.",
             "“Tôi theo bố làm diều từ năm mười hai tuổi. Hồi đó cả làng nhà nào cũng làm, chiều "
             "chiều diều bay kín bãi sông”, cụ Thông kể, tay vẫn thoăn thoắt vót nan tre.",
             "Theo cụ, để làm một chiếc diều sáo đúng kiểu truyền thống, khâu khó nhất là chọn "
             "tre. Tre phải là loại bánh tẻ, đã ngâm bùn ba tháng rồi phơi khô để không bị mối "
             "mọt.",
             "Mỗi mùa hè, cụ nhận dạy miễn phí cho trẻ em trong làng, với mong muốn tiếng sáo diều "
             "không vắng bóng trên bãi sông quê."},
    .chrome = {"Đọc nhiều", "Giá vàng", "Giấy phép", "Văn hóa"},
};

static const spec vccorp = {
    .page = "vn-vccorp-style.html",
    .title = "Giá cà phê lên cao nhất mười năm, nông dân Tây Nguyên phấn khởi",
    .lead = "Giá cà phê nhân xô tại Đắk Lắk vượt 60.000 đồng một ký, mức cao nhất trong một thập "
            "kỷ, nhưng nhiều hộ đã bán hết hàng từ đầu vụ.",
    .captions = {"Nông dân xã Ea Tu phơi cà phê trên sân gạch sau vụ thu hoạch."},
    .body = {"Sáng 18/5, các đại lý thu mua ở Buôn Ma Thuột niêm yết giá cà phê nhân xô từ 60.300 "
             "đến 60.800 đồng một ký, tăng gần bốn nghìn đồng so với tuần trước.",
             "Theo các doanh nghiệp xuất khẩu, nguồn cung từ Brazil và Indonesia sụt giảm do thời "
             "tiết bất lợi khiến giá trên sàn London liên tục lập đỉnh mới.",
             "Tuy vậy, anh Y Brơm Niê ở xã Ea Tu cho biết gia đình đã bán gần hết sản lượng từ "
             "tháng mười hai năm ngoái với giá chưa tới bốn mươi nghìn đồng, nên không được hưởng "
             "lợi nhiều.",
             "Hiệp hội Cà phê Ca cao Việt Nam khuyến cáo nông dân không chặt bỏ các loại cây trồng "
             "xen như sầu riêng, bơ để quay lại trồng thuần cà phê khi giá tăng.",
             "Các chuyên gia cho rằng giá có thể còn dao động mạnh trong vài tháng tới, người "
             "trồng nên bán dần theo từng đợt thay vì trữ hàng chờ giá."},
    .chrome = {"Chia sẻ", "Giá hồ tiêu giảm mạnh", "Xuất khẩu nông sản quý I", "Đọc thêm",
               "Nông dân chuyển đổi cây trồng", "Xuất khẩu cà phê tháng Tư", "Bình luận",
               "Hoàng Minh", "kho dự trữ", "Trồng xen sầu riêng mấy năm", "Tin nổi bật",
               "Lãi suất cho vay", "Giấy phép thiết lập", "Trang chủ", "Theo Tổng hợp"},
};

/* The sapo as an h2 inside the body container (Dân trí, Tuổi Trẻ, Thanh Niên
 * write it so): the lead, never a sub-heading; the h3 stays a heading. */
static const spec sapo_h2_inside = {
    .page = "vn-sapo-h2-inside.html",
    .title = "Hà Nội mở thêm ba tuyến buýt điện nối sân bay Nội Bài",
    .date = "2024-03-02T08:15:00+07:00",
    .lead = "Từ đầu tháng Tư, hành khách có thể đi xe buýt điện từ trung tâm thành phố tới nhà ga "
            "T1 và T2 với giá vé chín nghìn đồng một lượt.",
    .captions = {"Xe buýt điện chạy thử trên đường Võ Nguyên Giáp hôm thứ sáu."},
    .body = {"Sở Giao thông vận tải cho biết ba tuyến mới xuất phát từ Cầu Giấy, Long Biên và Hà "
             "Đông, mỗi tuyến chạy từ năm giờ sáng đến mười một giờ đêm.",
             "Mỗi tuyến có mười lăm xe, tần suất mười lăm phút một chuyến vào giờ cao điểm và hai "
             "mươi phút vào các giờ còn lại trong ngày.",
             "Hành khách có thể thanh toán bằng thẻ ngân hàng không tiếp xúc hoặc mã QR, cùng loại "
             "thẻ đang dùng cho tuyến đường sắt Cát Linh – Hà Đông.",
             "Thành phố dự kiến chuyển toàn bộ xe buýt sang điện và khí sạch trước năm 2030, bắt "
             "đầu từ các tuyến nối sân bay và bến xe liên tỉnh."},
    .headings = {{3, "Thẻ vé điện tử dùng chung"}},
    .chrome = {"Tin liên quan", "Giá vé metro giữ nguyên", "Thêm bãi đỗ xe", "Trang chủ",
               "Giấy phép số", "Xã hội"},
};

/* A classless h2 under the headline that the page's description repeats: the
 * lead, found outside the body container. */
static const spec sapo_described = {
    .page = "vn-sapo-described.html",
    .title = "Nông dân Đồng Tháp trúng mùa sen",
    .lead = "Giá hạt sen tươi tăng gần gấp đôi so với năm ngoái, nhiều hộ trồng sen ở Tháp Mười "
            "lãi hơn trăm triệu đồng mỗi héc-ta.",
    .body = {"Vào mùa thu hoạch, các cánh đồng sen ở huyện Tháp Mười tấp nập thương lái đến thu "
             "mua hạt sen, ngó sen và cả lá sen để xuất sang các tỉnh phía Bắc.",
             "Ông Nguyễn Văn Tư ở xã Mỹ Hòa cho biết gia đình ông trồng hai héc-ta sen, sau ba "
             "tháng đã thu hoạch được hơn bốn tấn hạt tươi.",
             "Ngành nông nghiệp tỉnh khuyến khích nông dân chuyển những ruộng lúa kém hiệu quả "
             "sang trồng sen kết hợp nuôi cá, vừa tăng thu nhập vừa giữ được môi trường."},
    .chrome = {"Đọc nhiều", "Giá lúa tăng mạnh", "Mùa nước nổi", "Liên hệ"},
};

/* A Zing-style page: the summary paragraph after the header is the lead, the
 * picture table's caption cell the caption, the credit line after the body the
 * byline; tags, comments and recommendations go. */
static const spec zing = {
    .page = "vn-zing-style.html",
    .also = {"vn-zing-style-no-class.html", "vn-zing-style-divs.html"},
    .title = "Học sinh TP.HCM được nghỉ Tết 17 ngày",
    .date = "2024-11-16T09:05:00",
    .lead = "Sở Giáo dục và Đào tạo TP.HCM cho học sinh nghỉ Tết Nguyên đán từ 29 tháng Chạp đến "
            "hết mùng 10 tháng Giêng, dài hơn năm ngoái ba ngày.",
    .byline = "Lê Thu",
    .captions = {"Học sinh một trường tiểu học ở quận 3 trong giờ tan học."},
    .body =
        {"Theo kế hoạch năm học mới được Sở ban hành chiều 15/11, học sinh mầm non, tiểu học, "
         "trung học cơ sở và trung học phổ thông trên địa bàn thành phố đều có chung lịch nghỉ.",
         "Phụ huynh có con học ở nhiều cấp khác nhau cho biết việc thống nhất lịch nghỉ giúp "
         "gia đình dễ sắp xếp chuyến về quê ăn Tết hơn mọi năm.",
         "Để bảo đảm chương trình, các trường được phép bố trí thêm tối đa bốn buổi học vào thứ "
         "bảy trong học kỳ hai, tùy điều kiện của từng trường.",
         "Sở cũng yêu cầu các trường không giao bài tập về nhà quá nhiều trong kỳ nghỉ, để học "
         "sinh có thời gian nghỉ ngơi cùng gia đình."},
    .headings = {{3, "Bù lại bằng các buổi học thứ bảy"}},
    .chrome = {"Đọc thêm", "Lịch thi tốt nghiệp", "Từ khóa", "Bình luận", "Nghỉ dài vậy",
               "Có thể bạn quan tâm", "Tuyển sinh lớp 10", "Giấy phép số", "Trang chủ", "ZNEWS.VN"},
};

/* Between the headline and the body, the previous and the next stories'
 * cards (a picture and a heading, all a link) are not the article's own
 * parts, as a hero picture would be. */
static const spec story_paddles = {
    .page = "story-paddles.html",
    .title = "The ferry timetable changes on Monday",
    .body =
        {"From Monday the first ferry of the day leaves the island at six fifteen, half an hour "
         "earlier than now, so that commuters reach the mainland before the morning trains.",
         "Fares stay the same, and season tickets bought before Monday remain valid for the new "
         "sailings without any need to exchange them at the ticket office."},
    .chrome = {"Harbour fees", "Lighthouse open", "Quay Road"},
};

/* The headline, a row of metadata (the byline's name, the date, a share
 * link) and the paragraphs in one <article>: the row goes, its byline
 * stays. */
static const spec meta_row_byline = {
    .page = "vn-meta-row-byline.html",
    .also = {"vn-meta-row-byline-divs.html"},
    .title = "Gia Lai trồng mới hơn nghìn héc-ta cà phê tái canh",
    .byline = "Ksor H'Bloc",
    .body = {"Theo Sở Nông nghiệp và Môi trường tỉnh, phần lớn diện tích tái canh tập trung ở các "
             "huyện Chư Prông, Chư Păh và Ia Grai, nơi nhiều vườn đã trồng hơn hai mươi năm.",
             "Ông Rơ Châm Tư ở xã Ia Kriêng cho biết vườn cà phê tái canh của gia đình cho thu "
             "hoạch vụ đầu tiên đạt gần bốn tấn nhân mỗi héc-ta, gấp rưỡi vườn cũ."},
    .chrome = {"Chia sẻ", "Kinh tế", "Giấy phép"},
};

/* A Tuổi Trẻ-style page (VCCorp CMS): the sapo an h2 between the share bar
 * and the body, a related-news box inside the body, the byline a name in a
 * div of its own after it. */
static const spec tuoitre = {
    .page = "vn-tuoitre-style.html",
    .also = {"vn-tuoitre-style-no-class.html"},
    .title = "Đường sắt Bắc - Nam chạy thêm tàu dịp Tết",
    .date = "2024-12-20T14:32:00+07:00",
    .lead = "Tổng công ty Đường sắt Việt Nam sẽ chạy thêm hơn 200 chuyến tàu khách trên tuyến Bắc "
            "- Nam trong dịp cao điểm Tết Nguyên đán, giá vé giữ như năm ngoái.",
    .byline = "THANH HÀ",
    .captions = {"Hành khách lên tàu SE1 tại ga Hà Nội chiều 19/12."},
    .body = {"Theo kế hoạch, các đoàn tàu tăng cường sẽ chạy từ ngày 15 tháng Chạp đến hết mùng 10 "
             "tháng Giêng, chủ yếu trên các chặng Hà Nội - Vinh, Hà Nội - Đà Nẵng và Sài Gòn - Nha "
             "Trang.",
             "Hành khách có thể mua vé qua ứng dụng của ngành đường sắt, tại các nhà ga hoặc qua "
             "các đại lý, được giảm giá nếu mua sớm và đi theo nhóm từ mười người trở lên.",
             "Ngành đường sắt cũng bố trí thêm nhân viên hướng dẫn tại các ga lớn và mở thêm cửa "
             "soát vé để hạn chế ùn tắc trong những ngày cao điểm.",
             "Năm ngoái, lượng khách đi tàu dịp Tết tăng khoảng mười phần trăm so với năm trước "
             "đó, nhiều chuyến bán hết vé từ một tháng trước ngày chạy."},
    .chrome = {"Hàng không tăng", "Chia sẻ", "In bài", "TỪ KHÓA", "Đọc nhiều", "Giá xăng giảm",
               "Giấy phép số", "Thế giới", "Tuổi Trẻ Online"},
};

/* A Dân trí page of 2012: the whole page in an ASP.NET form, the dateline in
 * a span with no date class, the sapo an h2 with "(Dân trí) -", the caption a
 * table cell, the byline a right-aligned bold line; related news and the
 * comment box go. */
static const spec dantri_2012 = {
    .page = "vn-dantri-2012.html",
    .title = "Sinh viên tình nguyện dạy chữ cho trẻ vùng cao",
    .date = "2012-07-24T08:15:00",
    .lead = "(Dân trí) - Mùa hè năm nay, hơn ba trăm sinh viên các trường đại học ở Hà Nội lên các "
            "xã vùng cao Hà Giang mở lớp dạy chữ miễn phí cho trẻ em người Mông.",
    .byline = "Nguyễn Hùng",
    .captions = {"Một lớp học của sinh viên tình nguyện ở xã Lũng Cú."},
    .body = {"Các lớp học được mở ngay tại nhà văn hóa thôn, mỗi lớp từ hai mươi đến ba mươi em, "
             "học vào buổi sáng để buổi chiều các em còn phụ giúp gia đình lên nương.",
             "Ngoài dạy chữ, các bạn sinh viên còn hướng dẫn các em kỹ năng vệ sinh cá nhân, tổ "
             "chức sinh hoạt văn nghệ và tặng sách vở, quần áo do các nhà hảo tâm quyên góp.",
             "Anh Giàng Seo Páo, trưởng thôn, cho biết nhiều phụ huynh ban đầu còn e ngại nhưng "
             "sau vài buổi đã tự đưa con đến lớp và mời các bạn sinh viên ở lại ăn cơm."},
    .chrome = {"Tin liên quan", "Mùa hè xanh", "Tiếp sức mùa thi", "Ý kiến của bạn", "Gửi",
               "Cơ quan chủ quản", "Trang chủ", "Khuyến học"},
};

/* ---- more Vietnamese CMSs: where each puts its sapo, captions and byline ---- */

/* Thanh Niên (VCCorp CMS): the sapo an h2 above the content block, the
 * captions in figcaption.PhotoCMS_Caption, a related box inside the body;
 * tags, comments, "Tin cùng chuyên mục" and the video box go. */
static const spec thanhnien = {
    .page = "vn-thanhnien-style.html",
    .also = {"vn-thanhnien-style-title-div.html"},
    .dateline = "27/04/2025 06:30 GMT+7",
    .title = "Cần Thơ khánh thành cầu đi bộ qua sông Hậu",
    .lead = "Cây cầu đi bộ dài hơn ba trăm mét nối bến Ninh Kiều với cồn Cái Khế chính thức mở cửa "
            "đón khách sau hai năm thi công, miễn phí cho người dân và du khách.",
    .byline = "Ngọc Trân",
    .captions = {"Người dân đi dạo trên cầu đi bộ vào buổi tối đầu tiên cầu mở cửa."},
    .body =
        {"Sáng 26/4, UBND TP Cần Thơ tổ chức lễ khánh thành cầu đi bộ qua nhánh sông Hậu, công "
         "trình có tổng vốn đầu tư khoảng 150 tỉ đồng từ ngân sách thành phố và nguồn xã hội hóa.",
         "Cầu rộng sáu mét, có mái che ở hai đầu, hệ thống đèn chiếu sáng đổi màu theo chủ đề các "
         "ngày lễ và được thiết kế để chịu được gió mạnh trong mùa mưa bão.",
         "Theo Sở Văn hóa, Thể thao và Du lịch, ngay trong tuần đầu tiên đã có hàng chục nghìn "
         "lượt khách đến tham quan, chụp ảnh và ngắm hoàng hôn trên sông.",
         "Chị Lê Thị Mỹ, chủ một quầy bán đồ lưu niệm gần bến, cho biết lượng khách tăng gấp đôi "
         "so với trước, nhất là vào buổi tối cuối tuần khi cầu lên đèn.",
         "Ban quản lý cho biết cầu chỉ dành cho người đi bộ, mở cửa từ năm giờ sáng đến mười một "
         "giờ đêm, có lực lượng bảo vệ trực thường xuyên ở hai đầu cầu."},
    .headings = {{2, "Điểm hẹn mới của du khách"}, {3, "Cấm xe máy, xe đạp lên cầu"}},
    .chrome = {"Tin liên quan", "Bến Ninh Kiều được chỉnh trang", "Từ khóa", "Bình luận",
               "cả nhà tôi", "Tin cùng chuyên mục", "Cà Mau mở tuyến", "Video đang được quan tâm",
               "Mùa nước nổi", "Đọc nhiều", "Giá vàng", "Chia sẻ", "Sao chép", "Giấy phép số",
               "Thời sự", "Báo Thanh Niên"},
};

/* Dân trí since 2024: singular-container, the byline and time above the
 * sapo (h2.singular-sapo), figures with figcaption, a related article
 * inside the content. */
static const spec dantri_2024 = {
    .page = "vn-dantri-2024.html",
    .also = {"vn-dantri-2024-divs.html"},
    .dateline = "Thứ hai, 12/08/2024 - 07:05",
    .title = "Nghệ An đưa hai tàu cá vỏ thép hỏng về nằm bờ",
    .lead =
        "(Dân trí) - Sau nhiều năm nằm bờ vì hỏng máy, hai tàu cá vỏ thép đóng theo chương trình "
        "hỗ trợ ngư dân ở Nghệ An sẽ được sửa chữa để ra khơi trở lại.",
    .byline = "Hoàng Lam",
    .captions = {"Tàu cá vỏ thép nằm bờ nhiều năm ở cảng cá Lạch Quèn",
                 "Kỹ sư nhà máy đóng tàu kiểm tra máy chính của một con tàu."},
    .body =
        {"Hai con tàu có công suất hơn tám trăm mã lực, được đóng mới từ năm 2016 bằng nguồn vốn "
         "vay ưu đãi, nhưng chỉ sau vài chuyến biển đã liên tục gặp sự cố ở máy chính và hệ "
         "thống lái.",
         "Chủ tàu là ông Phan Văn Đức cho biết gia đình đã phải bán bớt ngư cụ để trả lãi ngân "
         "hàng trong thời gian tàu không thể ra khơi đánh bắt.",
         "Sở Nông nghiệp và Phát triển nông thôn đã làm việc với ngân hàng để giãn nợ, đồng thời "
         "mời một nhà máy đóng tàu ở Hải Phòng khảo sát và đưa ra phương án sửa chữa.",
         "Dự kiến đến cuối năm nay, cả hai tàu sẽ được thay máy mới và bàn giao lại để chủ tàu "
         "kịp đánh bắt vụ cá Bắc."},
    .headings = {{2, "Ngân hàng giãn nợ cho chủ tàu"}},
    .chrome = {"Tin liên quan", "Vì sao nhiều tàu", "Đừng bỏ lỡ", "Quỳnh Lưu", "Từ khóa",
               "tàu cá\n", "Bình luận", "Chia sẻ ý kiến", "Tin nổi bật", "Giá xăng",
               "Video đang được quan tâm", "mẻ cá cơm", "Cỡ chữ", "Giấy phép số", "Kinh doanh",
               "Đời sống"},
};

/* VietnamNet: h2.content-detail-sapo, #maincontent with figcaptions, a
 * "Tham khảo thêm" box inside, the byline a right-aligned bold line. */
static const spec vietnamnet = {
    .page = "vn-vietnamnet-style.html",
    .dateline = "Thứ Bảy, 07/06/2025 - 10:15",
    .title = "Quảng Ninh thả hơn một triệu con giống tái tạo nguồn lợi thủy sản",
    .lead =
        "Hơn một triệu con tôm, cá giống và nhuyễn thể vừa được thả xuống vùng biển vịnh Bái Tử "
        "Long nhằm phục hồi nguồn lợi đã suy giảm nhiều năm nay.",
    .byline = "Phạm Công",
    .captions = {"Ngư dân và học sinh thả cá giống xuống biển tại cảng Cái Rồng."},
    .body =
        {"Hoạt động do Sở Nông nghiệp và Môi trường tỉnh phối hợp với chính quyền huyện Vân Đồn "
         "tổ chức, thu hút hàng trăm ngư dân, học sinh và cán bộ kiểm ngư tham gia.",
         "Các loài được thả gồm cá song, cá giò, tôm he, ngao và bào ngư, là những loài có giá "
         "trị kinh tế cao nhưng sản lượng khai thác giảm mạnh trong mười năm qua.",
         "Sau khi thả giống, tỉnh cấm mọi hoạt động khai thác thủy sản trong phạm vi năm hải lý "
         "quanh khu vực thả trong thời gian ba tháng để con giống kịp sinh trưởng.",
         "Lực lượng kiểm ngư sẽ tuần tra thường xuyên, xử lý nghiêm các trường hợp dùng xung "
         "điện, chất nổ hay lưới mắt nhỏ đánh bắt trong vùng cấm."},
    .headings = {{3, "Cấm khai thác trong ba tháng"}},
    .chrome = {"Tham khảo thêm", "sá sùng", "Từ khóa", "Ý kiến bạn đọc", "Việc làm rất ý nghĩa",
               "Tin cùng chuyên mục", "rừng ngập mặn", "Xem nhiều nhất", "Điểm chuẩn", "Chia sẻ",
               "Bản quyền", "Chính trị"},
};

/* The CMS of Tiền Phong, SGGP, Pháp Luật: BEM classes (article__sapo
 * cms-desc, article__body cms-body), a figure.picture and a table whose
 * second cell is the caption, the byline after the body and a box of
 * links. */
static const spec cms_bem = {
    .page = "vn-cms-bem.html",
    .dateline = "Thứ Sáu, 03/10/2025, 15:40",
    .title = "Bệnh viện huyện mổ nội soi thành công cho cụ bà 92 tuổi",
    .lead = "Lần đầu tiên, ê-kíp bác sĩ của một bệnh viện tuyến huyện ở Quảng Trị phẫu thuật nội "
            "soi cắt túi mật cho bệnh nhân cao tuổi mắc nhiều bệnh nền.",
    .byline = "Hoài Nam",
    .captions = {"Các bác sĩ thực hiện ca phẫu thuật nội soi kéo dài gần hai giờ.",
                 "Sau ba ngày, bà Nhung đã ăn uống bình thường và tự đi lại được."},
    .body =
        {"Bệnh nhân là bà Hồ Thị Nhung, trú xã Hải Lăng, nhập viện trong tình trạng đau bụng dữ "
         "dội, sốt cao và vàng da, kết quả siêu âm cho thấy túi mật viêm có nhiều sỏi.",
         "Do bệnh nhân tuổi cao, có tiền sử tăng huyết áp và tiểu đường, bệnh viện đã hội chẩn "
         "với các chuyên gia tuyến tỉnh qua hệ thống khám chữa bệnh từ xa trước khi quyết định "
         "mổ.",
         "Giám đốc bệnh viện cho biết từ đầu năm, đơn vị đã cử ba bác sĩ đi học kỹ thuật nội soi "
         "ở Huế và đầu tư thêm một dàn máy mới bằng nguồn vốn của tỉnh.",
         "Nhờ vậy, nhiều ca bệnh trước đây phải chuyển lên tuyến trên nay được điều trị ngay tại "
         "huyện, giúp người bệnh tiết kiệm chi phí đi lại và thời gian chờ đợi."},
    .headings = {{2, "Người dân không phải đi xa"}},
    .chrome = {"Xem thêm", "Lần đầu ghép thận", "nhận bàn giao máy mới", "Tags", "Bình luận",
               "Tin cùng chuyên mục", "sốt xuất huyết", "Đọc nhiều", "Đăng ký nhận bản tin",
               "Chia sẻ", "Giấy phép số", "Giáo dục"},
};

/* The same page with its headline twice, a phone's copy and a desk's: both
 * go from the body (the second stayed, a heading over the sapo). */
static const spec cms_bem_two_headlines = {
    .page = "vn-cms-bem-two-headlines.html",
    .title = "Bệnh viện huyện mổ nội soi thành công cho cụ bà 92 tuổi",
    .headings = {{2, "Người dân không phải đi xa"}},
};

/* 24h: camel-case classes that say nothing, the sapo an h2 before a box of
 * related links, each caption a paragraph after its picture
 * (img_chu_thich), the byline the source line ("nguontin"). */
static const spec h24 = {
    .page = "vn-24h-style.html",
    .dateline = "Thứ Ba, ngày 17/06/2025 05:45 AM (GMT+7)",
    .title = "Chợ nổi Cái Răng nhộn nhịp mùa trái cây",
    .lead = "Vào mùa trái cây miền Tây, hàng trăm ghe xuồng chở xoài, sầu riêng, chôm chôm tụ về "
            "chợ nổi từ tờ mờ sáng, thu hút đông khách du lịch.",
    .byline = "Theo Minh Khôi (Báo Miền Tây)",
    .captions = {"Ghe hàng trái cây tấp nập trên chợ nổi lúc bình minh.",
                 "Món hủ tiếu nấu ngay trên ghe là đặc sản của chợ nổi."},
    .body =
        {"Từ bốn giờ sáng, mặt sông Cần Thơ đoạn qua phường Cái Răng đã sáng đèn, các ghe hàng "
         "lớn neo san sát, treo cây bẹo để khách nhìn từ xa biết ghe bán loại trái cây gì.",
         "Theo người dân địa phương, mùa này giá trái cây rẻ hơn ngoài chợ chừng một phần ba, "
         "khách mua tại ghe còn được chủ ghe bổ sẵn để ăn thử.",
         "Ngoài mua bán, nhiều ghe nhỏ còn phục vụ hủ tiếu, cà phê và bánh mì ngay trên sông, du "
         "khách vừa ăn sáng vừa ngắm cảnh chợ họp.",
         "Để tham quan chợ nổi, du khách có thể thuê xuồng tại bến Ninh Kiều với giá từ hai trăm "
         "nghìn đồng một chuyến, nên đi sớm để ngắm trọn cảnh họp chợ."},
    .chrome = {"Chợ nổi Ngã Năm", "Miền Tây mùa nước nổi", "Tin bài cùng chủ đề", "Mùa sầu riêng",
               "Click xem thêm", "Bình luận", "Đọc nhiều nhất", "Giá vàng", "Quảng cáo", "Chia sẻ",
               "Gửi góp ý", "Bản quyền", "Bóng đá"},
};

/* Soha / Kenh14 / CafeF (VCCorp): h2.sapo inside the body's wrapper with a
 * one-link related box after it, VCSortableInPreviewMode photos with
 * PhotoCMS_Caption, p.author after the content. */
static const spec soha = {
    .page = "vn-soha-style.html",
    .also = {"vn-soha-style-divs.html", "vn-soha-style-div-byline.html"},
    .dateline = "21/09/2025 08:00",
    .title = "Robot hút bụi giá rẻ: nên mua hay không?",
    .lead = "Robot hút bụi dưới năm triệu đồng bán chạy trên các sàn thương mại điện tử, nhưng "
            "người mua cần biết những giới hạn của chúng trước khi xuống tiền.",
    .byline = "Trúc Linh",
    .captions = {"Một mẫu robot hút bụi giá rẻ đang làm việc dưới gầm giường.",
                 "Ứng dụng điều khiển cho phép hẹn giờ dọn dẹp khi chủ nhà đi vắng."},
    .body =
        {"Khảo sát của chúng tôi trên ba sàn lớn cho thấy các mẫu robot giá từ hai đến năm triệu "
         "đồng chiếm hơn một nửa lượng bán ra trong nhóm sản phẩm này từ đầu năm.",
         "Phần lớn các mẫu giá rẻ chỉ có một chổi quét cạnh và lực hút vừa phải, đủ dọn bụi và "
         "tóc trên sàn gạch hay gỗ nhưng khó làm sạch thảm lông dày.",
         "Robot không có cảm biến laser thường di chuyển ngẫu nhiên, có thể bỏ sót góc phòng và "
         "mất nhiều thời gian hơn để dọn hết một căn hộ hai phòng ngủ.",
         "Dù vậy, với gia đình bận rộn, một chiếc robot giá rẻ vẫn giúp giảm đáng kể công quét "
         "nhà hằng ngày, miễn là người dùng dọn gọn đồ đạc và dây điện trên sàn."},
    .headings = {{3, "Hút tốt trên sàn gạch, yếu trên thảm"}, {3, "Bản đồ và cảm biến"}},
    .chrome = {"Đọc thêm", "máy lọc không khí", "Xem thêm", "Tủ lạnh inverter", "Từ khóa",
               "Bình luận", "người đầu tiên", "Tin cùng chuyên mục", "Điện thoại gập", "Tin hot",
               "Chia sẻ", "Lưu tin", "Giấy phép số", "Kinh doanh"},
};

/* Classes with underscores (title_detail, sapo_detail, news_detail,
 * image_desc): the headline a div, a caption an italic line after its
 * picture, one a centered line under a centered picture, another the cell
 * under it. */
static const spec underscore_classes = {
    .page = "vn-underscore-classes.html",
    .dateline = "Chủ nhật, 09/02/2025 | 16:20",
    .title = "Lễ hội xuống đồng của người Tày ở Lạng Sơn",
    .lead = "Đầu xuân, người Tày ở huyện Bắc Sơn mở hội xuống đồng để cầu mưa thuận gió hòa, cây "
            "lúa tốt tươi và dân bản bình an suốt năm.",
    .byline = "Nông Thị Hiền",
    .captions = {"Cụ già trong bản cày đường cày đầu tiên mở đầu lễ hội.",
                 "Các món ăn đặc sản bày bán trong gian trưng bày.",
                 "Trò chơi ném còn thu hút nhiều thanh niên nam nữ."},
    .body =
        {"Lễ hội bắt đầu từ sáng sớm với nghi thức rước kiệu từ đình làng ra thửa ruộng đầu bản, "
         "do cụ già cao tuổi nhất làng cày đường cày đầu tiên của năm mới.",
         "Sau phần lễ là phần hội với các trò chơi dân gian như ném còn, kéo co, đẩy gậy và thi "
         "thổi cơm lam, thu hút đông đảo thanh niên trong vùng tham gia.",
         "Năm nay, ban tổ chức còn dành một gian trưng bày nông cụ truyền thống và các món ăn đặc "
         "sản để du khách tìm hiểu đời sống của người Tày.",
         "Chính quyền huyện cho biết sẽ đưa lễ hội vào lịch du lịch thường niên, kết hợp với các "
         "tour trải nghiệm ruộng bậc thang và thung lũng Bắc Sơn."},
    .chrome = {"Tin liên quan", "Hội Lồng tồng", "Từ khóa", "Ý kiến bạn đọc", "Gửi ý kiến",
               "Các tin khác", "tuần văn hóa", "Tin xem nhiều", "Giá rau xanh", "Chia sẻ", "In bài",
               "Giấy phép số", "Nghe đài"},
};

/* An ASP.NET page of 2012: upper-case tags, unquoted attributes, the
 * headline, dateline, sapo and body in spans named by the server controls
 * (lblTitle, NewsLead, NewsContent), paragraphs parted by <BR><BR>, the
 * caption an italic cell under the picture; readers' comments (class
 * ykien) longer than the story go. */
static const spec aspnet_spans = {
    .page = "vn-2012-aspnet-spans.html",
    .dateline = "Thứ Tư, 14/03/2012, 09:12",
    .title = "Nông dân Bến Tre chuyển ruộng lúa nhiễm mặn sang nuôi tôm",
    .lead = "Sau nhiều vụ lúa mất trắng vì nước mặn xâm nhập sâu, hàng trăm hộ nông dân ở huyện "
            "Thạnh Phú đã mạnh dạn chuyển sang nuôi tôm càng xanh kết hợp trồng lúa.",
    .byline = "Đỗ Quang",
    .captions = {"Ông Mười kiểm tra tôm trong mương ruộng lúa."},
    .body =
        {"Ông Võ Văn Mười ở xã An Thạnh cho biết ba năm liền ruộng nhà ông bị nhiễm mặn, lúa trổ "
         "bông rồi lép hết, gia đình phải vay mượn để có gạo ăn qua mùa khô.",
         "Năm ngoái, được cán bộ khuyến nông hướng dẫn, ông đào mương bao quanh ruộng, thả tôm "
         "càng xanh vào mùa mưa và cấy lúa khi nước ngọt về.",
         "Sau vụ đầu tiên, ông thu gần một tấn tôm, trừ chi phí còn lãi hơn sáu mươi triệu đồng, "
         "gấp ba lần trồng lúa như trước.",
         "Theo Phòng Nông nghiệp huyện, đến nay toàn huyện đã có hơn năm trăm héc-ta chuyển sang "
         "mô hình lúa - tôm, năng suất tôm bình quân đạt bốn trăm ký mỗi héc-ta.",
         "Huyện dự kiến mở thêm lớp tập huấn kỹ thuật và liên kết với doanh nghiệp bao tiêu sản "
         "phẩm để nông dân yên tâm sản xuất lâu dài."},
    .chrome = {"Tin liên quan", "Giá tôm càng xanh", "Ý kiến bạn đọc", "Ba Tri", "Vĩnh Long",
               "Họ tên", "Các tin khác", "chợ đầu mối", "Tin đọc nhiều", "Thi tuyển công chức",
               "Bản quyền", "Trang chủ", "Văn hóa"},
};

/* Nested layout tables of 2012, every letter a numeric character
 * reference: the headline a td.title_detail, the sapo the bold first
 * paragraph of td.news_detail, the caption an italic line after the
 * picture's <BR>. */
static const spec table_ncr = {
    .page = "vn-2012-ncr.html",
    .dateline = "Cập nhật: 05/11/2012 10:30",
    .title = "Làng nghề mây tre Phú Vinh vào mùa hàng xuất khẩu",
    .lead = "Những tháng cuối năm, các hộ làm mây tre đan ở làng Phú Vinh tất bật hoàn thành đơn "
            "hàng cho khách châu Âu, có nhà phải thuê thêm hàng chục lao động.",
    .byline = "Thu Trang",
    .captions = {"Thợ trong làng đan giỏ mây cho đơn hàng xuất khẩu."},
    .body =
        {"Bà Nguyễn Thị Liên, chủ một cơ sở sản xuất trong làng, cho biết năm nay đơn hàng tăng "
         "gần gấp rưỡi, chủ yếu là giỏ đựng đồ, đèn trang trí và khay đựng hoa quả.",
         "Mỗi lao động ở đây có thu nhập từ bốn đến sáu triệu đồng mỗi tháng, người cao tuổi và "
         "trẻ em cũng có thể làm những công đoạn đơn giản tại nhà vào lúc rảnh.",
         "Theo lãnh đạo xã, làng hiện có hơn một nghìn hộ làm nghề, sản phẩm đã có mặt ở hơn hai "
         "mươi quốc gia, mang về cho làng hàng chục tỉ đồng mỗi năm."},
    .chrome = {"CHUYÊN MỤC", "Pháp luật", "Các tin đã đưa", "Làng gốm Bát Tràng", "In trang",
               "Gửi cho bạn bè", "TIN ĐỌC NHIỀU", "Thời tiết chuyển lạnh", "Bản quyền",
               "Trang chủ"},
};

/* Lao Động: div.chappeau outside the body with a box of related links
 * between them, figcaption.fig, an inline "Đọc thêm" line, the byline in
 * div.author after the body. */
static const spec laodong = {
    .page = "vn-laodong-style.html",
    .dateline = "14:20 | 05/05/2025",
    .title = "Công nhân khu công nghiệp được thuê nhà ở xã hội giá ưu đãi",
    .lead =
        "Hơn năm trăm căn hộ nhà ở xã hội tại Bắc Ninh vừa được bàn giao cho công nhân thuê với "
        "giá chỉ bằng một nửa giá thị trường, ưu tiên người có hoàn cảnh khó khăn.",
    .byline = "Quế Chi",
    .captions = {"Khu nhà ở xã hội dành cho công nhân tại Yên Phong."},
    .body =
        {"Dự án gồm ba tòa nhà chín tầng nằm sát khu công nghiệp Yên Phong, mỗi căn hộ rộng từ "
         "bốn mươi đến sáu mươi mét vuông, có đủ bếp, phòng tắm và ban công.",
         "Giá thuê được niêm yết từ một triệu tám trăm nghìn đồng mỗi tháng, đã bao gồm phí quản "
         "lý, công nhân có thể ở ghép để giảm chi phí.",
         "Công đoàn các khu công nghiệp tỉnh cho biết đã nhận gần hai nghìn hồ sơ đăng ký, trong "
         "đó ưu tiên lao động nữ nuôi con nhỏ và công nhân có thâm niên từ ba năm trở lên.",
         "Chị Nguyễn Thị Thu, công nhân một công ty điện tử, nói rằng được ở căn hộ sạch sẽ gần "
         "nơi làm việc giúp chị đón con đi học mà không phải nhờ người quen."},
    .headings = {{2, "Ưu tiên lao động nữ nuôi con nhỏ"}},
    .chrome = {"Nhà ở cho công nhân vẫn thiếu", "Công nhân khó vay", "Đọc thêm", "làm thêm giờ",
               "Tags", "Bình luận", "Tin cùng chuyên mục", "lương tối thiểu", "Đọc nhiều nhất",
               "Giá gas", "Chia sẻ", "Giấy phép số", "Kinh doanh"},
};

/* A 2026 site built with CSS modules: hashed class names
 * (detail_sapo__2kX9a) still say what each block is. */
static const spec nextjs_modules = {
    .page = "vn-nextjs-modules.html",
    .dateline = "08:30, 22/03/2026",
    .title = "Đà Lạt thử nghiệm xe điện tham quan khu trung tâm",
    .lead =
        "Từ tuần sau, du khách đến Đà Lạt có thể đi xe điện bốn bánh quanh hồ Xuân Hương và khu "
        "chợ trung tâm với giá vé cố định, thay cho xe ngựa và xe lam.",
    .byline = "Mai Phương",
    .captions = {"Xe điện chạy thử quanh hồ Xuân Hương sáng 21/3."},
    .body =
        {"Theo Sở Du lịch Lâm Đồng, giai đoạn đầu có ba mươi xe điện chạy trên bốn tuyến cố "
         "định, mỗi xe chở tối đa bảy khách, hoạt động từ sáu giờ sáng đến mười giờ tối.",
         "Giá vé dao động từ ba mươi đến tám mươi nghìn đồng mỗi người tùy tuyến, trẻ em dưới sáu "
         "tuổi được miễn phí, khách có thể thanh toán bằng mã QR ngay trên xe.",
         "Chính quyền thành phố kỳ vọng xe điện sẽ giúp giảm lượng ô tô cá nhân đi vào khu trung "
         "tâm, nơi thường xuyên ùn tắc vào dịp cuối tuần và lễ Tết.",
         "Nếu thử nghiệm hiệu quả, thành phố sẽ mở rộng thêm các tuyến lên đồi Robin, thiền viện "
         "Trúc Lâm và thung lũng Tình Yêu trong năm tới."},
    .headings = {{2, "Giá vé theo tuyến"}, {2, "Giảm ùn tắc cuối tuần"}},
    .chrome = {"Tin liên quan", "cấm xe khách lớn", "Chủ đề:", "Nhận tin du lịch", "Đăng ký",
               "Ý kiến bạn đọc", "Chưa có ý kiến", "Xem nhiều", "Giá phòng khách sạn", "Tin khác",
               "Liên Khương", "Chia sẻ", "Giấy phép số", "Giải trí"},
};

/* An aggregator of hashed class names (bm_H, bm_I): the headline the h1,
 * the sapo an h3 the page's description repeats. */
static const spec baomoi = {
    .page = "vn-baomoi-style.html",
    .title = "Huế mở cửa Đại Nội về đêm suốt mùa hè",
    .dateline = "12/05/2025 07:40",
    .lead =
        "Du khách có thể tham quan Đại Nội Huế đến mười giờ đêm từ tháng Năm đến hết tháng Tám, "
        "kèm các chương trình nhã nhạc và trình diễn áo dài.",
    .captions = {"Cửa Ngọ Môn lên đèn trong đêm mở cửa đầu tiên."},
    .body =
        {"Trung tâm Bảo tồn Di tích Cố đô Huế cho biết chương trình mở cửa về đêm nhằm giúp du "
         "khách tránh cái nắng gay gắt ban ngày và trải nghiệm không gian cung đình dưới ánh đèn.",
         "Mỗi tối, khu vực điện Thái Hòa và Thế Tổ Miếu có các buổi biểu diễn nhã nhạc cung đình, "
         "du khách có thể thuê áo dài, áo nhật bình để chụp ảnh.",
         "Giá vé buổi tối bằng giá vé ban ngày, trẻ em dưới bảy tuổi được miễn phí, người dân Huế "
         "vào cửa miễn phí vào tối thứ bảy đầu tiên mỗi tháng.",
         "Năm ngoái, chương trình thử nghiệm trong hai tháng đã đón hơn năm mươi nghìn lượt khách, "
         "phần lớn là khách trong nước đi du lịch cùng gia đình."},
    .chrome = {"Chủ đề:", "Du lịch đêm", "Tin cùng chuyên mục", "Hội An cấm xe điện", "3 giờ trước",
               "Tin nóng", "Giá vàng", "không sản xuất tin tức", "Thế giới"},
};

/* An e-magazine story: the headline, credits, sapo and body each in a block
 * of its own under the cover picture; the headings are the body's. */
static const spec emagazine = {
    .page = "vn-emagazine.html",
    .title = "Người giữ lửa nghề gốm Chu Đậu",
    .lead = "Hơn ba mươi năm qua, ông Phạm Văn Thiện ở làng Chu Đậu lặng lẽ mày mò phục dựng những "
            "men gốm cổ, đưa dòng gốm từng thất truyền trở lại với người yêu đồ cổ.",
    .byline = "Bài: Đặng Thu - Ảnh: Minh Quân",
    .captions = {"Ông Thiện tỉ mỉ vẽ hoa văn lên một chiếc bình mới tạo dáng.",
                 "Những người thợ trẻ học cách pha men theo công thức của ông Thiện."},
    .body =
        {"Ngôi nhà của ông nằm cuối con ngõ nhỏ, sân trước xếp đầy những chiếc bình, đĩa và chén "
         "đang chờ vào lò, mùi đất sét và củi khô phảng phất khắp không gian.",
         "Ông kể, hồi trẻ mỗi lần đi cày lại nhặt được những mảnh gốm men lam, hoa văn tinh xảo mà "
         "không ai trong làng biết được làm ra như thế nào.",
         "Ròng rã nhiều năm, ông thử hàng trăm công thức men, có lần cả mẻ gốm nứt vỡ vì nhiệt độ "
         "lò không đều, tiền vốn tích góp cũng theo đó mà hết sạch.",
         "Giờ đây, xưởng gốm của ông có hơn hai mươi thợ, phần lớn là thanh niên trong làng, sản "
         "phẩm được khách trong nước và nước ngoài đặt mua đều đặn.",
         "Ông bảo, điều ông mong nhất là nghề gốm của làng không còn bị thất truyền thêm lần nữa, "
         "để con cháu mai sau vẫn biết tổ tiên mình từng làm ra những món đồ đẹp như thế."},
    .headings = {{2, "Từ những mảnh vỡ dưới lòng đất"}, {2, "Truyền nghề cho lớp trẻ"}},
    .chrome = {"Về trang chủ", "Chia sẻ", "Từ khóa", "Hải Dương", "Đọc thêm", "Đại Bái",
               "quạt giấy", "Bản quyền"},
};

/* The sapo an h2 in bold inside the body's block, with the paper's "(NTP) -";
 * a related box between paragraphs; a sub-heading set as a bold line is
 * one. */
static const spec nld_sapo_inside = {
    .page = "vn-nld-sapo-inside.html",
    .title = "TP HCM thí điểm làn đường riêng cho xe đạp ở quận 1",
    .dateline = "05-12-2025 - 19:25",
    .lead =
        "(NTP) - Từ đầu năm sau, bốn tuyến đường quanh hồ Con Rùa và công viên Tao Đàn sẽ có làn "
        "riêng cho xe đạp, được sơn màu xanh và tách khỏi làn xe máy bằng dải phân cách mềm.",
    .byline = "Ngọc Ánh",
    .body =
        {"Sở Xây dựng cho biết làn xe đạp rộng một mét rưỡi, chạy sát lề phải, xe máy và ô tô "
         "không được lấn vào, trừ khi rẽ vào các hẻm và nhà dân dọc tuyến.",
         "Cùng với làn đường mới, thành phố sẽ bố trí thêm mười trạm xe đạp công cộng, người dân "
         "có thể thuê bằng ứng dụng trên điện thoại với giá năm nghìn đồng cho ba mươi phút.",
         "Một số người dân lo ngại làn xe máy bị thu hẹp sẽ gây ùn tắc vào giờ tan tầm, nhất là "
         "trên đường Nguyễn Thị Minh Khai vốn đã đông xe.",
         "Đại diện Sở cho biết sẽ đánh giá sau ba tháng và điều chỉnh giờ hoạt động của làn xe "
         "đạp nếu cần, không để ảnh hưởng lớn đến giao thông chung."},
    .headings = {{2, "Lo ngại ùn tắc giờ cao điểm"}},
    .chrome = {"Xe đạp công cộng hút khách", "Trả lại vỉa hè", "TỪ KHÓA", "Ý kiến bạn đọc",
               "Tin cùng chuyên mục", "Nguyễn Hữu Cảnh", "Xem nhiều", "Lịch nghỉ Tết", "Quảng cáo",
               "Giấy phép số", "Quốc tế"},
};

/* A Drupal paper (VOV): the sapo in .article-summary .text-long with its
 * "VOV.VN -", the caption the cell under the picture, the byline a
 * right-aligned line half in bold. */
static const spec vov = {
    .page = "vn-vov-style.html",
    .title = "Ngư dân Phú Yên trúng đậm vụ cá ngừ đại dương",
    .dateline = "Thứ Hai, 14:30, 03/03/2025",
    .lead =
        "VOV.VN - Sau chuyến biển kéo dài gần hai mươi ngày, nhiều tàu câu cá ngừ đại dương của "
        "ngư dân Phú Yên cập cảng với sản lượng cao, giá bán tăng so với năm trước.",
    .byline = "Tin, ảnh: Trần Hoài/VOV-Miền Trung",
    .captions = {"Ngư dân chuyển cá ngừ đại dương lên bờ tại cảng cá Đông Tác."},
    .body =
        {"Tại cảng cá Đông Tác, từ sáng sớm các tàu cá đã nối đuôi nhau vào bờ, thương lái chờ "
         "sẵn để thu mua những con cá ngừ nặng từ bốn mươi đến hơn sáu mươi ký.",
         "Ông Nguyễn Văn Bình, chủ tàu PY 96179, cho biết chuyến này tàu ông câu được hơn bốn "
         "mươi con, bán được gần ba trăm triệu đồng, trừ chi phí mỗi bạn thuyền được chia hơn "
         "mười triệu.",
         "Nhiều chủ tàu đã đầu tư hầm bảo quản bằng vật liệu cách nhiệt mới và áp dụng kỹ thuật "
         "sơ chế của Nhật Bản nên cá giữ được độ tươi, bán được giá cao hơn.",
         "Theo Chi cục Thủy sản tỉnh, giá cá ngừ loại một hiện dao động từ một trăm sáu mươi đến "
         "một trăm tám mươi nghìn đồng mỗi ký, cao hơn cùng kỳ năm ngoái khoảng mười phần trăm."},
    .headings = {{3, "Ứng dụng công nghệ bảo quản"}},
    .chrome = {"Tag:", "Tin liên quan", "bám biển", "xuất khẩu tăng", "Đọc nhiều nhất",
               "đơn vị hành chính", "Giấy phép số", "Chính trị"},
};

/* A province's portal whose <title> is only its name, which the masthead
 * says too: the headline is the block a generic "title" class names above
 * the body, with the date and the bold summary ("tomtat") between. */
static const spec title_div_masthead = {
    .page = "vn-title-div-masthead.html",
    .title = "Nông dân Cẩm Xuyên xuống giống lúa hè thu sớm tránh lũ",
    .dateline = "Cập nhật lúc 08:15, Thứ Ba, 10/06/2014",
    .lead = "Năm nay, nông dân huyện Cẩm Xuyên xuống giống vụ hè thu sớm hơn mười ngày so với mọi "
            "năm để lúa trổ bông và thu hoạch trước mùa mưa lũ.",
    .body =
        {"Theo Phòng Nông nghiệp huyện, đến ngày 8/6, toàn huyện đã gieo cấy được hơn 4.200 ha, "
         "đạt gần 80% kế hoạch, chủ yếu là các giống lúa ngắn ngày như Khang dân, PC6.",
         "Ông Trần Văn Hòa, ở xã Cẩm Thạch cho biết, gia đình ông gieo năm sào lúa bằng máy, "
         "vừa giảm công lao động vừa tiết kiệm được gần một nửa lượng giống.",
         "Ngành nông nghiệp khuyến cáo bà con theo dõi sát thời tiết, bón phân cân đối và "
         "phòng trừ sâu bệnh kịp thời ngay từ đầu vụ."},
    .chrome = {"Cổng tin Nông nghiệp", "Đường dây nóng", "Tin mới", "Giá lợn hơi",
               "Cơ quan chủ quản", "Trang chủ"},
};

/* A 2012 table layout with no heading: the headline a bold line in a big
 * font, the <title> the site's name (unaccented) and that line; the sapo
 * the bold start of the first <P>, parted from the text by <BR><BR>. */
static const spec bold_headline_2012 = {
    .page = "vn-2012-bold-headline.html",
    .title = "Mở rộng vùng trồng hồ tiêu sạch ở Cam Lộ",
    .dateline = "Thứ năm, 15/03/2012 - 09:20",
    .lead =
        "Sau ba năm thử nghiệm, mô hình trồng hồ tiêu theo hướng hữu cơ ở huyện Cam Lộ cho năng "
        "suất ổn định, giá bán cao hơn tiêu thường từ mười đến mười lăm nghìn đồng mỗi ký.",
    .byline = "Hải Nam",
    .body =
        {"Năm nay, huyện hỗ trợ giống và phân bón để nông dân ở ba xã Cam Thành, Cam Tuyền, Cam "
         "Chính mở rộng thêm bốn mươi héc-ta.",
         "Ông Lê Văn Sáu ở xã Cam Thành cho biết, vườn tiêu của gia đình không dùng thuốc trừ "
         "cỏ, chỉ bón phân chuồng ủ hoai nên cây khỏe, ít bị bệnh chết nhanh.",
         "Theo Phòng Nông nghiệp huyện, sản phẩm tiêu sạch đã được một doanh nghiệp ở Đông Hà "
         "bao tiêu toàn bộ với giá cao hơn thị trường."},
    .chrome = {"Bao Quang Tri", "TRANG CHỦ", "CHUYÊN MỤC", "Pháp luật", "Cơ quan chủ quản"},
};

/* A district's portal of 2012: its <title> only the site's name, the
 * headline, the date, the sapo and the body each a table cell named in
 * Vietnamese (tieude, ngaydang, sapo, noidung). */
static const spec tieude_2012 = {
    .page = "vn-2012-tieude.html",
    .title = "Xã đảo có trạm y tế mới sau hai năm xây dựng",
    .date = "2012-09-21",
    .dateline = "Ngày đăng: 21/09/2012",
    .lead =
        "Trạm y tế xã đảo Hòn Chuối vừa được bàn giao đưa vào sử dụng, có phòng sinh, phòng cấp "
        "cứu và máy phát điện riêng cho những ngày biển động.",
    .byline = "Phòng Văn hóa - Thông tin",
    .body =
        {"Trước đây, trạm y tế cũ chỉ là căn nhà cấp bốn xuống cấp, mỗi lần mưa bão lại dột nát, "
         "thuốc men và trang thiết bị phải chuyển sang nhờ nhà dân.",
         "Công trình mới được xây trên nền đất cao, gồm tám phòng chức năng, kinh phí hơn ba tỉ "
         "đồng do tỉnh hỗ trợ và một doanh nghiệp đóng góp.",
         "Bác sĩ Lê Văn Tâm, trưởng trạm, cho biết trạm có hai y sĩ và một nữ hộ sinh trực thường "
         "xuyên, ca bệnh nặng sẽ được chuyển vào đất liền bằng tàu của bộ đội biên phòng."},
    .chrome = {"Các tin khác", "Khai giảng năm học", "LIÊN KẾT WEBSITE", "Chọn liên kết",
               "THỐNG KÊ", "trực tuyến", "Cơ quan chủ quản", "Giới thiệu", "Văn bản"},
};

/* The byline and the date in a row above the body, the sapo the body's
 * first paragraph, all in bold. */
static const spec bold_sapo = {
    .page = "vn-bold-sapo.html",
    .title = "Gia Lai trồng mới hơn nghìn héc-ta cà phê tái canh",
    .dateline = "Thứ Năm, 08:10, 10/07/2025",
    .lead =
        "Sau ba năm thực hiện đề án tái canh, nông dân Gia Lai đã thay hơn một nghìn héc-ta cà phê "
        "già cỗi bằng giống mới cho năng suất cao, chịu hạn tốt.",
    .byline = "Ksor H'Bloc",
    .body =
        {"Theo Sở Nông nghiệp và Môi trường tỉnh, phần lớn diện tích tái canh tập trung ở các "
         "huyện Chư Prông, Chư Păh và Ia Grai, nơi nhiều vườn đã trồng hơn hai mươi năm.",
         "Nông dân được hỗ trợ cây giống ghép và vay vốn ưu đãi với thời hạn đến tám năm, đủ để "
         "vườn mới cho thu hoạch ổn định trước khi trả nợ gốc.",
         "Ông Rơ Châm Tư ở xã Ia Kriêng cho biết vườn cà phê tái canh của gia đình cho thu hoạch "
         "vụ đầu tiên đạt gần bốn tấn nhân mỗi héc-ta, gấp rưỡi vườn cũ."},
    .chrome = {"Chia sẻ", "Từ khóa", "tái canh\n", "Tin mới nhất", "Giá tiêu", "Bản quyền",
               "Chính trị"},
};

/* The sapo an unnamed h2 opening the body's block, a sentence ending in a
 * full stop; the h3 under it a sub-heading; the author's name closing the
 * story set right, in bold or not. */
static const spec h2_sapo_unnamed = {
    .page = "vn-h2-sapo-unnamed.html",
    .also = {"vn-h2-sapo-unnamed-right-name.html"},
    .title = "Phú Quốc thử nghiệm thu gom rác bằng thuyền trên sông Dương Đông",
    .dateline = "Cập nhật: 14/08/2015 10:05",
    .lead = "Một chiếc thuyền gỗ gắn lưới vớt rác bắt đầu hoạt động trên sông Dương Đông, mỗi ngày "
            "thu gom hàng trăm ký rác trôi từ các khu dân cư ra biển.",
    .byline = "Hải Yến",
    .captions = {"Thuyền vớt rác hoạt động gần cầu Dương Đông vào buổi sáng."},
    .body =
        {"Chiếc thuyền do một nhóm thanh niên trên đảo tự đóng, dài sáu mét, chạy bằng máy nhỏ, "
         "phía trước có khung lưới có thể nâng lên hạ xuống để vớt rác nổi.",
         "Theo nhóm, rác nhiều nhất là túi ni lông, chai nhựa và xốp, tập trung ở khúc sông gần "
         "chợ và các quán ăn dọc bờ kè.",
         "Chính quyền thị trấn cho biết sẽ hỗ trợ nhiên liệu cho thuyền và lắp thêm thùng rác dọc "
         "bờ sông, đồng thời xử phạt những trường hợp xả rác xuống sông."},
    .headings = {{3, "Cần sự chung tay của người dân"}},
    .chrome = {"Tin liên quan", "nhà máy xử lý rác", "Đọc nhiều", "Giá phòng", "Giấy phép số",
               "Nhịp sống"},
};

/* The reporters' names closing the story set right in plain type, two
 * names parted by a dash and the agency in brackets: its byline. */
static const spec vn_closing_names = {
    .page = "vn-closing-names.html",
    .title = "Cà Mau mở tuyến xe buýt đường thủy nối bốn huyện ven biển",
    .byline = "Minh Anh - Hồng Nhung (TTXVN)",
    .body =
        {"Tuyến xe buýt đường thủy đầu tiên của tỉnh chạy từ thành phố Cà Mau qua Năm Căn, Ngọc "
         "Hiển và Đầm Dơi, mỗi ngày bốn chuyến.",
         "Tàu có sức chở bốn mươi khách, có áo phao cho từng ghế và chỗ để xe máy ở boong sau, "
         "giá vé thấp hơn xe khách cùng tuyến.",
         "Người dân các xã cù lao cho biết trước đây muốn lên thành phố phải đi đò ngang rồi đón "
         "xe, mất gần nửa ngày."},
    .chrome = {"Trang chủ", "Giấy phép số"},
};

/* ---- class 4: what real Vietnamese bodies hold between their paragraphs ---- */

/* The agency's mark opens the sapo and stays in it; a related-news box, a
 * ">> Xem thêm" line, the tags, the comment count and its form go; a pulled
 * quote is the story's; the right-aligned name closing the body the byline,
 * the call to follow the paper under it goes. */
static const spec dantri_inline_boxes = {
    .page = "vn-dantri-inline-boxes.html",
    .title = "Nông dân Sóc Trăng trúng mùa hành tím",
    .dateline = "Thứ hai, 11/03/2024 - 07:20",
    .lead = "(Dân trí) - Giá hành tím ở thị xã Vĩnh Châu tăng gấp ba so với cùng kỳ, nhiều hộ "
            "trồng hành thu lãi hàng trăm triệu đồng sau một vụ.",
    .byline = "Thanh Hải",
    .captions = {"Nông dân phường Vĩnh Phước thu hoạch hành tím vào sáng sớm"},
    .body = {"Những ngày này, trên các cánh đồng ven biển ở phường Vĩnh Phước, người dân tất bật "
             "nhổ hành, cắt lá và phơi củ ngay trên bờ ruộng để kịp giao cho thương lái.",
             "Theo ông Trần Văn Sáu, một hộ trồng hơn một héc-ta, giá hành củ tại ruộng hiện ở mức "
             "bốn mươi lăm nghìn đồng một ký, cao nhất trong năm năm trở lại đây.",
             "Năm nay trời thuận, củ to và chắc, lại được giá nên bà con ai cũng vui, có nhà đã "
             "tính chuyện sửa lại căn nhà cũ.",
             "Phòng Kinh tế thị xã cho biết toàn vùng có hơn sáu nghìn héc-ta hành tím, năng suất "
             "bình quân đạt hai mươi tấn mỗi héc-ta, sản lượng ước tính trên một trăm nghìn tấn.",
             "Tuy vậy, cơ quan chức năng khuyến cáo người dân không nên mở rộng diện tích ồ ạt "
             "trong vụ tới, tránh cảnh được mùa mất giá như những năm trước."},
    .chrome = {"Tin liên quan", "Giá tỏi Lý Sơn", "Xuất khẩu hành tím", "Xem thêm",
               "Giá ớt tăng kỷ lục", "Từ khóa", "Bình luận (12)", "Gửi bình luận",
               "Chia sẻ ý kiến", "Mong giá giữ", "Minh Tâm", "Đọc nhiều", "Giá vàng",
               "Giấy phép số", "Xã hội", "Google News"},
};

/* The picture and its caption in a layout table, a numbered list that is
 * the story's, an ad slot and a bold link to another story inside the body;
 * also with every paragraph a div. */
static const spec vnexpress_tplcaption = {
    .page = "vn-vnexpress-tplcaption.html",
    .also = {"vn-vnexpress-tplcaption-divs.html"},
    .title = "Sân bay Long Thành lắp xong mái nhà ga",
    .date = "2017-10-09T06:51:00+07:00",
    .dateline = "Thứ hai, 9/10/2017, 06:51 (GMT+7)",
    .lead = "Đồng Nai - Hơn bốn nghìn tấm lợp hình cánh sen đã được lắp kín mái nhà ga hành "
            "khách, sớm hơn kế hoạch hai tháng.",
    .byline = "Phước Tuấn",
    .captions = {"Mái nhà ga sân bay Long Thành nhìn từ trên cao hôm 7/10."},
    .body = {"Sáng 8/10, nhà thầu thi công gói thầu nhà ga hành khách cho biết đã hoàn thành phần "
             "kết cấu thép và lợp mái, chuyển sang giai đoạn lắp kính mặt dựng.",
             "Theo chủ đầu tư, công trình đang thực hiện các hạng mục chính sau:",
             "Lắp đặt hệ thống băng chuyền hành lý cho khu vực làm thủ tục.",
             "Hoàn thiện đường cất hạ cánh dài bốn ki-lô-mét.",
             "Xây dựng đài kiểm soát không lưu cao chín mươi mét.",
             "Ông Lại Xuân Thanh, Chủ tịch hội đồng thành viên tổng công ty cảng hàng không, nói "
             "mục tiêu đưa sân bay vào khai thác trong năm 2026 là khả thi.",
             "Giai đoạn một của dự án có công suất hai mươi lăm triệu hành khách mỗi năm, tổng vốn "
             "đầu tư hơn một trăm nghìn tỷ đồng.",
             "Khi hoàn thành cả ba giai đoạn, Long Thành sẽ là sân bay lớn nhất cả nước với công "
             "suất một trăm triệu khách mỗi năm."},
    .chrome = {"Quảng cáo", "Siêu dự án sân bay", "Tags", "Chia sẻ", "Ý kiến (5)", "Mong sớm xong",
               "Xem nhiều", "Giá xăng", "Copyright", "Kinh doanh"},
};

/* Tuổi Trẻ's CMS: the photo and the related story as typed divs, a note box
 * that is the story's, two names in the byline, the comment form after. */
static const spec tuoitre_inline_boxes = {
    .page = "vn-tuoitre-inline-boxes.html",
    .title = "TP.HCM mở rộng giờ chạy xe buýt đêm",
    .dateline = "05/06/2024 09:10 GMT+7",
    .lead = "TTO - Từ tháng 7, năm tuyến xe buýt nối các bến xe và khu vui chơi sẽ chạy đến một "
            "giờ sáng, phục vụ người lao động tan ca muộn.",
    .byline = "NGỌC AN - MINH PHƯƠNG",
    .captions = {"Hành khách chờ xe buýt tại bến Bến Thành lúc mười giờ tối"},
    .body = {"Sở Giao thông vận tải TP.HCM vừa phê duyệt phương án kéo dài giờ hoạt động cho năm "
             "tuyến xe buýt có lượng khách đông vào buổi tối.",
             "Các tuyến được chọn đi qua bến xe Miền Đông mới, bến xe Miền Tây, khu chế xuất Tân "
             "Thuận và phố đi bộ Nguyễn Huệ.",
             "Giá vé trên các chuyến đêm vẫn giữ như ban ngày, từ năm nghìn đến bảy nghìn đồng một "
             "lượt tùy cự ly.",
             "Các tuyến số 19, 20, 56, 93 và 150 sẽ chạy thêm ba đến năm chuyến sau mười giờ tối, "
             "mỗi chuyến cách nhau ba mươi phút.",
             "Nếu lượng khách ổn định sau ba tháng, sở sẽ xem xét mở thêm tuyến đêm đến các khu "
             "công nghiệp ở ngoại thành."},
    /* the note box's bold title ranks with the page's own sub-headings */
    .headings = {{3, "Giá vé không đổi"}, {3, "Năm tuyến chạy đêm"}},
    .chrome = {"Metro số 1", "TỪ KHÓA", "Bình luận (3)", "Gửi bình luận", "Đọc nhiều",
               "Giá xăng", "Giấy phép số", "Thế giới"},
};

/* A table of figures and a fact box that are the story's; an ad zone, a
 * "Đọc thêm" line and the pager inside the body go; the bold name right
 * above the pager is the byline, never a sub-heading. */
static const spec plo_factbox = {
    .page = "vn-plo-factbox.html",
    .title = "Tăng mức phạt vi phạm nồng độ cồn với người đi xe đạp điện",
    .dateline = "Thứ Ba, 14/05/2024 10:05 (GMT+7)",
    .lead = "(PLO)- Dự thảo nghị định mới nâng mức phạt cao nhất với người điều khiển xe đạp điện "
            "có nồng độ cồn lên gấp đôi so với quy định hiện hành.",
    .byline = "HOÀNG YẾN",
    .body = {"Bộ Công an vừa công bố dự thảo nghị định sửa đổi quy định xử phạt trong lĩnh vực "
             "giao thông đường bộ để lấy ý kiến người dân.",
             "Theo dự thảo, mức phạt được chia thành ba khung tùy theo nồng độ cồn đo được trong "
             "máu hoặc hơi thở của người vi phạm.",
             "Xe đạp điện là gì?",
             "Theo quy chuẩn kỹ thuật quốc gia, xe đạp điện có vận tốc thiết kế không quá hai mươi "
             "lăm ki-lô-mét mỗi giờ và khối lượng không quá bốn mươi ký.",
             "Ban soạn thảo cho rằng số vụ tai nạn liên quan đến xe đạp điện ở học sinh và người "
             "cao tuổi tăng nhanh trong ba năm gần đây.",
             "Dự thảo được lấy ý kiến đến hết ngày 30/6 trước khi trình Chính phủ xem xét ban "
             "hành."},
    .text = {"Mức phạt đề xuất", "Từ 0,25 đến 0,4 mg/lít khí thở", "600.000 đồng"},
    .chrome = {"Quảng cáo", "Đọc thêm", "Những lỗi bị phạt nguội", "Trang 1", "Tags",
               "Tin cùng chuyên mục", "tuổi được lái", "Giấy phép số", "Pháp luật"},
};

/* A video box: its caption kept, the player's buttons and clock gone; a
 * paragraph that is one bold link to another story goes; the credit line
 * with the photographer is the byline.  With each paragraph in a div the
 * block taken holds the tags row too, which goes by its label and links. */
static const spec nld_video = {
    .page = "vn-nld-video.html",
    .also = {"vn-nld-video-wrapped.html"},
    .title = "Lũ trên sông Hồng lên nhanh, Yên Bái sơ tán hàng nghìn hộ dân",
    .lead = "(NLĐO) - Mực nước sông Hồng tại thành phố Yên Bái vượt mức báo động ba, chính quyền "
            "khẩn trương di dời người dân vùng trũng đến nơi an toàn.",
    .byline = "Bài: Hoàng Lan - Ảnh: Quốc Việt",
    .body = {"Chiều 9/9, lũ trên sông Hồng đoạn chảy qua Yên Bái tiếp tục lên nhanh, nhiều tuyến "
             "phố ven sông bị ngập sâu hơn một mét.",
             "Lực lượng quân đội và công an đã dùng xuồng máy đưa người già, trẻ em ra khỏi vùng "
             "ngập, đồng thời chuyển lương thực đến các điểm sơ tán.",
             "Theo đài khí tượng thủy văn tỉnh, đỉnh lũ có thể xuất hiện vào rạng sáng mai, sau "
             "đó nước sẽ rút chậm trong hai ngày tiếp theo.",
             "Chính quyền thành phố yêu cầu các trường học trong vùng ngập cho học sinh nghỉ đến "
             "khi nước rút hẳn và bảo đảm vệ sinh trường lớp."},
    .text = {"Nước lũ tràn vào các khu dân cư ven sông ở phường Hồng Hà chiều 9/9."},
    .chrome = {"Phát", "00:00", "Tắt tiếng", "Toàn màn hình", "Lũ quét ở Lào Cai", "Từ khóa",
               "Bình luận", "Gửi bình luận", "biên tập trước khi đăng", "Tin nổi bật",
               "Giấy phép số", "Quốc tế"},
};

/* An infographic's long caption on its picture, ad slots inside the body;
 * the source line closing the story, the site's credit to the agency,
 * goes. */
static const spec vov_infographic = {
    .page = "vn-vov-infographic.html",
    .title = "Xuất khẩu gạo tám tháng đạt kỷ lục",
    .dateline = "Thứ Sáu, 06:30, 06/09/2024",
    .lead = "VOV.VN - Tám tháng đầu năm, cả nước xuất khẩu hơn sáu triệu tấn gạo, thu về gần bốn "
            "tỷ đô la, cao nhất từ trước đến nay.",
    .captions = {"Infographic: Philippines, Indonesia và Malaysia tiếp tục là ba thị trường nhập "
                 "khẩu gạo lớn nhất của Việt Nam, chiếm gần bảy mươi phần trăm tổng lượng xuất "
                 "khẩu trong tám tháng đầu năm."},
    .body = {"Theo số liệu của Tổng cục Hải quan, giá gạo xuất khẩu bình quân đạt khoảng sáu trăm "
             "ba mươi đô la một tấn, tăng mười bốn phần trăm so với cùng kỳ năm ngoái.",
             "Các doanh nghiệp cho biết đơn hàng cho quý cuối năm đã kín, nhiều nơi phải tăng ca "
             "để kịp giao hàng trước mùa mưa bão.",
             "Hiệp hội Lương thực khuyến cáo các địa phương giữ ổn định diện tích lúa chất lượng "
             "cao, tránh chạy theo giá mà bỏ qua khâu bảo quản sau thu hoạch.",
             "Bộ Công Thương dự báo cả năm xuất khẩu gạo có thể vượt tám triệu tấn nếu thị trường "
             "không có biến động lớn."},
    .chrome = {"Quảng cáo", "Tags", "Tin liên quan", "Giá lúa tăng", "Đài Tiếng nói",
               "Giấy phép số", "Chính trị", "Theo TTXVN"},
};

/* Tables three ways: the picture's layout table with its caption cell, a
 * related-news table (chrome) and a table of prices (the story's). */
static const spec baonghean_tables = {
    .page = "vn-baonghean-tables.html",
    .title = "Nghệ An: Mùa cam Vinh sớm",
    .dateline = "11/10/2023 08:15",
    .lead = "(Baonghean.vn) - Cam ở các huyện Quỳ Hợp, Nghĩa Đàn chín sớm hơn mọi năm gần một "
            "tháng, thương lái vào tận vườn đặt mua với giá khá cao.",
    .byline = "Xuân Hoàng - Minh Thái",
    .captions = {"Vườn cam của gia đình ông Lô Văn Tâm ở xã Minh Hợp đã cho thu hoạch."},
    .body = {"Dạo quanh các trang trại ở xã Minh Hợp, không khó để bắt gặp cảnh người dân hái cam, "
             "phân loại và đóng thùng ngay tại vườn.",
             "Ông Lô Văn Tâm cho biết năm nay gia đình có ba héc-ta cam đang cho quả, ước tính sản "
             "lượng khoảng năm mươi tấn.",
             "Theo khảo sát tại một số vùng trồng, giá cam tại vườn hiện dao động như sau:",
             "Ngành nông nghiệp huyện khuyến cáo người dân không thu hoạch cam non để bán sớm, vì "
             "cam chưa đủ độ ngọt sẽ ảnh hưởng đến uy tín thương hiệu cam Vinh."},
    .headings = {{3, "Giá bán tại vườn"}},
    .text = {"Cam Xã Đoài", "35.000 - 40.000", "Giá (đồng/kg)"},
    .chrome = {"Tin liên quan", "Bưởi hoàng", "Chè Thanh Chương", "Từ khóa", "Ý kiến bạn đọc",
               "Gửi bình luận", "Tin mới", "cầu vượt sông Lam", "Giấy phép số", "Xã hội"},
};

/* A pulled quote with its speaker is the story's, neither a byline; a list
 * of related stories between paragraphs goes. */
static const spec thanhnien_boxes = {
    .page = "vn-thanhnien-boxes.html",
    .title = "Học sinh Đà Lạt học bơi miễn phí trong hè",
    .lead = "Thanhnien.vn Hơn hai nghìn học sinh tiểu học ở TP.Đà Lạt được học bơi miễn phí tại "
            "các hồ bơi của thành phố trong ba tháng hè.",
    .byline = "Lâm Viên",
    .captions = {"Các em học sinh làm quen với nước trong buổi học đầu tiên"},
    .body = {"Chương trình do Phòng Giáo dục và Đào tạo phối hợp với Trung tâm Văn hóa Thể thao "
             "thành phố tổ chức, bắt đầu từ ngày 15/6.",
             "Mỗi lớp có không quá hai mươi em, được chia theo độ tuổi và do hai huấn luyện viên "
             "có chứng chỉ cứu hộ phụ trách.",
             "Chúng tôi muốn mỗi em khi kết thúc tiểu học đều biết bơi và biết cách tự cứu mình "
             "khi gặp nguy hiểm dưới nước.",
             "Bà Nguyễn Thị Lan, Trưởng phòng Giáo dục",
             "Phụ huynh đăng ký cho con tại trường đang học, nhà trường sẽ lập danh sách và sắp "
             "xếp lịch học phù hợp với từng khu vực.",
             "Năm ngoái, chương trình đã giúp hơn một nghìn năm trăm em biết bơi sau mười buổi "
             "học."},
    .chrome = {"Cảnh báo đuối nước", "kỹ năng sống", "Tags", "Bình luận (12)", "Gửi bình luận",
               "Viết bình luận", "Đọc nhiều", "Điểm chuẩn", "Giấy phép số", "Thời sự"},
};

/* A video's caption on its figure, a related box in a layout table, a list
 * that is the story's, a pager without a name; the source line closing it
 * goes. */
static const spec vietnamnet_pager = {
    .page = "vn-vietnamnet-pager.html",
    .title = "Người dân Huế đổ ra đường xem lễ hội áo dài",
    .dateline = "Thứ Bảy, 08/06/2024 - 19:45",
    .lead = "Hàng nghìn người dân và du khách đứng kín hai bên đường Lê Lợi để xem màn diễu hành "
            "của hơn một nghìn phụ nữ mặc áo dài trong tối khai mạc Festival Huế.",
    .captions = {"Màn diễu hành áo dài trên đường Lê Lợi tối 8/6."},
    .body = {"Đoàn diễu hành xuất phát từ Nhà Văn hóa Trung tâm, đi dọc bờ sông Hương rồi vòng qua "
             "cầu Trường Tiền trước khi trở về điểm đầu.",
             "Các đoàn đến từ nhiều tỉnh, thành mang theo những mẫu áo dài in hình di sản, hoa văn "
             "cung đình và cảnh sắc quê hương.",
             "Trong khuôn khổ lễ hội, thành phố còn tổ chức các hoạt động sau:",
             "Triển lãm ảnh về áo dài xưa và nay tại Bảo tàng Cổ vật Cung đình.",
             "Đêm thơ bên sông Hương vào tối thứ bảy hằng tuần.",
             "Chợ phiên làng nghề với hơn một trăm gian hàng thủ công.",
             "Ban tổ chức cho biết năm nay lượng khách đặt phòng khách sạn trong dịp lễ hội tăng "
             "gần gấp đôi so với năm trước."},
    .headings = {{2, "Nhiều hoạt động kéo dài đến cuối tháng"}},
    .chrome = {"Đọc thêm", "Nhã nhạc cung đình", "Trang sau", "Từ khóa", "Bình luận",
               "Gửi bình luận", "Tin nổi bật", "Lịch nghỉ lễ", "Giấy phép số", "Thời sự",
               "Nguồn: Sở Văn hóa"},
};

/* VCCorp's typed boxes: an infographic's long caption, a related-news box
 * and an ad zone go or stay by their type; a simple quote is the story's;
 * the author and the paper the story is taken from make the byline. */
static const spec kenh14_typed_boxes = {
    .page = "vn-kenh14-typed-boxes.html",
    .title = "Giá điện tăng, hóa đơn tháng Năm của nhiều hộ gia đình tăng mạnh",
    .lead = "Nắng nóng kéo dài cùng giá điện bán lẻ bình quân vừa được điều chỉnh khiến nhiều gia "
            "đình ở các thành phố lớn nhận hóa đơn tiền điện cao gấp rưỡi tháng trước.",
    .byline = "Hà My, Theo Thanh Niên",
    .captions = {"Infographic: Biểu giá điện sinh hoạt gồm sáu bậc, bậc thấp nhất áp dụng cho năm "
                 "mươi số điện đầu tiên và bậc cao nhất cho phần sử dụng trên bốn trăm số mỗi "
                 "tháng."},
    .body = {"Chị Nguyễn Thu Trang, sống ở quận Bình Thạnh, cho biết hóa đơn tháng này của gia đình "
             "chị lên tới hơn hai triệu đồng, trong khi mọi tháng chỉ khoảng một triệu hai.",
             "Theo ngành điện, sản lượng tiêu thụ trong tháng Năm tăng mạnh do nhiệt độ nhiều ngày "
             "vượt ba mươi tám độ, các hộ dùng điều hòa liên tục cả ngày lẫn đêm.",
             "Chỉ cần để điều hòa ở hai mươi sáu độ và dùng thêm quạt, mỗi tháng có thể tiết kiệm "
             "được vài trăm nghìn đồng.",
             "Đại diện công ty điện lực khuyến cáo người dân kiểm tra định kỳ các thiết bị điện, "
             "tắt hẳn nguồn khi không sử dụng thay vì để ở chế độ chờ.",
             "Khách hàng có thắc mắc về chỉ số công tơ có thể gọi tổng đài chăm sóc khách hàng hoặc "
             "tra cứu trên ứng dụng của ngành điện."},
    .chrome = {"Tin liên quan", "Mẹo tiết kiệm điện", "Chọn điều hòa", "Quảng cáo", "Trang chủ",
               "Tags", "Bình luận (12)", "Gửi bình luận", "Đọc nhiều", "Sao Việt",
               "Giấy phép thiết lập", "Đời sống"},
};

/* The bold names closing the story and the source in italics under them:
 * both the byline, the names no sub-heading; an italic "Xem thêm" line and
 * an ad slot inside the body go. */
static const spec source_after_byline = {
    .page = "vn-source-after-byline.html",
    .title = "Phát hiện quần thể voọc quý hiếm ở Quảng Bình",
    .dateline = "Thứ tư, 17/04/2024 15:20 (GMT+7)",
    .lead = "LĐO - Các nhà khoa học vừa ghi nhận một đàn voọc gần ba mươi cá thể sống trong vùng "
            "núi đá vôi thuộc Vườn quốc gia Phong Nha - Kẻ Bàng.",
    .byline = "(Theo Quảng Bình Online)",
    .body = {"Đàn voọc được phát hiện trong chuyến khảo sát kéo dài hai tuần do vườn quốc gia phối "
             "hợp với một tổ chức bảo tồn quốc tế thực hiện.",
             "Nhóm khảo sát đã đặt hai mươi bẫy ảnh dọc các khe suối và ghi lại được nhiều hình ảnh "
             "voọc mẹ đang bế con nhỏ.",
             "Theo các chuyên gia, việc có nhiều cá thể non cho thấy quần thể này đang sinh sản tốt "
             "và môi trường sống ít bị xáo trộn.",
             "Ban quản lý vườn cho biết sẽ tăng cường tuần tra, đồng thời vận động người dân vùng "
             "đệm không vào rừng săn bắt và khai thác gỗ."},
    .text = {"Nhóm PV"},
    .chrome = {"Xem thêm", "sao la", "Quảng cáo", "Tags", "Bình luận (2)", "Gửi bình luận",
               "Tin mới", "Giá xăng", "Giấy phép số", "Môi trường"},
};

/* No sapo marked: the first paragraph, opened by the paper's mark, is the
 * lead; a paragraph that is one bold link and an empty ad zone go. */
static const spec agency_first_para = {
    .page = "vn-agency-first-para.html",
    .title = "Đà Nẵng khai trương tuyến phố đi bộ mới ven sông Hàn",
    .dateline = "Thứ bảy, 01/06/2024, 21:30 (GMT+7)",
    .lead = "(VTC News) – Tối 1/6, tuyến phố đi bộ Bạch Đằng nối dài chính thức mở cửa, phục vụ "
            "người dân và du khách vào các tối cuối tuần.",
    .byline = "HOÀI AN",
    .body = {"Tuyến phố dài gần một ki-lô-mét, chạy dọc bờ tây sông Hàn từ cầu Rồng đến cầu sông "
             "Hàn, có nhiều gian hàng ẩm thực và biểu diễn nghệ thuật đường phố.",
             "Theo UBND quận Hải Châu, phố đi bộ hoạt động từ mười tám giờ đến hai mươi ba giờ các "
             "ngày thứ sáu, thứ bảy và chủ nhật.",
             "Trong thời gian hoạt động, xe cơ giới không được lưu thông trên tuyến đường, người "
             "dân có thể gửi xe tại các bãi đỗ gần đó.",
             "Ban quản lý cho biết sẽ bổ sung thêm nhà vệ sinh công cộng và khu vui chơi cho trẻ em "
             "trong thời gian tới."},
    .chrome = {"Chợ đêm Sơn Trà", "Từ khóa", "Trang chủ", "Du lịch", "Giấy phép số"},
};

/* A provincial paper's pictures three ways: a centred italic line under a
 * centred picture, a picture table's caption cell, an infographic's long
 * description in the box it shares with the picture (also with each block
 * in two divs); the credit line closing the story, not in bold, is its
 * byline. */
static const spec province_captions = {
    .page = "vn-province-captions.html",
    .also = {"vn-province-captions-divs.html"},
    .title = "Nông dân Hà Tĩnh xuống đồng gieo cấy vụ xuân",
    .lead = "(Baohatinh.vn) - Tranh thủ thời tiết thuận lợi, nông dân các địa phương trong tỉnh ra "
            "đồng gieo cấy lúa xuân, phấn đấu hoàn thành trước ngày 10/2.",
    .byline = "Bài và ảnh: Ngọc Thắng",
    .captions = {"Nông dân xã Cẩm Duệ gieo sạ lúa bằng máy.",
                 "Máy cấy được nhiều hợp tác xã đưa vào sử dụng.",
                 "Infographic: Lịch gieo cấy vụ xuân năm nay được chia làm ba đợt theo từng vùng, "
                 "đợt một bắt đầu từ ngày 20/1 ở vùng ven biển và kết thúc ở vùng núi vào ngày "
                 "10/2."},
    .body = {"Những ngày này, trên các cánh đồng ở huyện Cẩm Xuyên, người dân tập trung làm đất, "
             "bón lót và gieo sạ theo đúng lịch thời vụ của ngành nông nghiệp.",
             "Năm nay toàn tỉnh gieo cấy hơn năm mươi nghìn héc-ta lúa xuân, trong đó phần lớn là "
             "các giống chất lượng cao được thị trường ưa chuộng.",
             "Ngành nông nghiệp khuyến cáo bà con theo dõi chặt chẽ diễn biến thời tiết, chủ động "
             "phương án chống rét cho mạ và lúa mới cấy.",
             "Các hợp tác xã cũng được hỗ trợ một phần chi phí mua giống và phân bón để giảm bớt "
             "gánh nặng cho người dân trong vụ này."},
    .chrome = {"Từ khóa", "Trang chủ", "Thời sự", "Cơ quan chủ quản", "Giấy phép số"},
};

/* ---- image captions in the shapes CMSs write, inside a whole page ---- */

/* A layout table's row under the picture, a paragraph of a caption's class
 * after the picture's box, an italic line after the picture's paragraph,
 * the line after the picture's <br> in its own paragraph. */
static const spec captions_layouts = {
    .page = "captions-layouts.html",
    .title = "The lock keepers of the old canal",
    .captions = {"Margaret Hale opens the top gate of lock nine at first light",
                 "A narrowboat waits below the flight of five locks at Heron Bridge",
                 "Tom Hale greases the winding gear, as his grandfather did before him",
                 "The lock cottage at Heron Bridge was built in 1794 for the first keeper"},
    .body = {"Six families still live in the cottages beside the locks of the old canal, and four "
             "of them have kept the gates for three generations, working the paddles by hand.",
             "The canal trust pays each keeper a small wage and the rent of the cottage, and in "
             "return the keepers open the gates for every boat between seven in the morning and "
             "dusk.",
             "Summer brings up to forty boats a day through the busiest flight, and the keepers say "
             "the work is harder now that most crews are on their first trip and have never seen a "
             "lock.",
             "In the winter the trust drains one section at a time, and the keepers help the "
             "engineers replace worn timbers and clear the silt that the river brings down after "
             "storms.",
             "Nobody in the younger generation has yet said whether they will take on the gates, "
             "but the trust hopes that at least two of the cottages will stay in the same "
             "families."},
    .chrome = {"Share on Facebook", "More from the towns", "Ferry fares", "Most read",
               "All rights reserved"},
};

/* figcaption > p; a figcaption that also holds an <aside> with the long
 * description (accessible EPUBs do this): the caption stays short, the
 * description follows the figure; an empty figcaption is no caption, and
 * the paragraph after it stays body text. */
static const spec captions_figcaptions = {
    .page = "captions-figcaptions.html",
    .title = "A new home for the town's old trams",
    .captions = {"Car 14, built in 1912, is the oldest tram in the collection.",
                 "Visitors to the depot by month since it opened."},
    .body = {"The transport museum has moved its collection of eleven trams into the old bus depot "
             "on Canal Road, where for the first time all of them can be seen under one roof.",
             "Volunteers spent two years restoring the depot, which had stood empty since the last "
             "buses left it in the nineties, and laid new track into four of its bays.",
             "The chart shows about two thousand visitors in each of the first three months, rising "
             "to more than five thousand in August, when the museum ran rides on the short line "
             "outside, and falling back to two thousand in October.",
             "On summer weekends one of the trams runs on a short line outside the depot, and the "
             "museum hopes to extend it along the canal to the station within five years.",
             "The museum opens from Wednesday to Sunday, and children under twelve ride the trams "
             "for free when they come with an adult."},
    .chrome = {"Popular now", "Parking charges", "Contact the newsroom"},
};

/* Vietnamese CMSs: VnExpress's table.tplCaption with p.Image, VCCorp's
 * div.PhotoCMS_Caption after the picture's box, figure.expNoEdit with
 * figcaption > p, and the italic line after a centred picture's <br>. */
static const spec vn_captions_cms = {
    .page = "vn-captions-cms.html",
    .title = "Làng gốm Bát Tràng đón khách trở lại",
    .captions = {"Du khách tự tay nặn bình gốm tại một xưởng trong làng.",
                 "Những chiếc bình vừa ra lò được xếp phơi trước sân.",
                 "Nghệ nhân Lê Văn Cam vẽ men lam lên đĩa sứ.",
                 "Bến thuyền cũ bên sông Hồng sẽ được cải tạo để đón khách."},
    .body = {"Sau nhiều tháng vắng vẻ, các lò gốm ở Bát Tràng đỏ lửa trở lại, những con phố nhỏ "
             "trong làng lại đông khách du lịch và học sinh đến học làm gốm.",
             "Chủ một xưởng gốm ở đầu làng cho biết mỗi ngày cuối tuần xưởng đón khoảng ba trăm "
             "khách, phần lớn là gia đình có con nhỏ muốn cho trẻ trải nghiệm bàn xoay.",
             "Nhiều nghệ nhân đã đưa sản phẩm lên các sàn thương mại điện tử, nhờ vậy đơn hàng "
             "trong năm nay tăng gần gấp đôi so với năm trước.",
             "Chính quyền xã đang lập đề án đưa Bát Tràng thành điểm du lịch làng nghề kiểu mẫu, có "
             "bãi đỗ xe và bến thuyền đón khách từ sông Hồng.",
             "Theo kế hoạch, bến thuyền mới sẽ được khởi công vào cuối năm và hoàn thành trước mùa "
             "du lịch năm sau."},
    .chrome = {"Tin liên quan", "Phố cổ mở thêm", "Đọc nhiều nhất", "Giấy phép số"},
};

/* A provincial paper's lines: a centred italic line under a centred
 * picture, the plain line after a picture's <br>, a figcaption with its
 * long description in an aside, an empty figcaption (no caption; the
 * paragraph after it is body text), a paragraph of class "ChuThichAnh"
 * ("picture caption") after the picture's. */
static const spec vn_captions_lines = {
    .page = "vn-captions-lines.html",
    .title = "Mùa nước nổi ở Đồng Tháp",
    .byline = "Thanh Tâm",
    .captions = {"Ông Sáu Hiền thu lưới cá linh lúc sáng sớm.",
                 "Bông điên điển được bó thành từng bó nhỏ để bán ở chợ.",
                 "Ruộng sen của gia đình chị Tư ở xã Thường Phước.",
                 "Cá linh non được bán theo từng rổ ở chợ Hồng Ngự."},
    .body = {"Nước lũ đầu nguồn về sớm, người dân các xã ven biên giới ở Hồng Ngự tất bật giăng "
             "lưới, đặt lọp bắt cá linh và hái bông điên điển bán cho thương lái.",
             "Mỗi buổi sáng, một hộ có thể bắt được mười đến mười lăm ký cá linh, bán với giá khoảng "
             "bảy mươi nghìn đồng một ký ngay tại bến.",
             "Ngoài đánh bắt, nhiều hộ còn trồng sen, nuôi cá trong ruộng lúa để tăng thu nhập trong "
             "những tháng nước lên.",
             "Ảnh chụp từ trên cao cho thấy ruộng sen rộng chừng hai héc-ta, hoa nở kín mặt nước, "
             "một chiếc xuồng nhỏ đậu ở góc ruộng cạnh con đê đất.",
             "Ngành nông nghiệp tỉnh khuyến cáo người dân không dùng lưới mắt nhỏ để bảo vệ nguồn cá "
             "giống cho những mùa sau.",
             "Năm nay tỉnh dự kiến hỗ trợ thêm vốn vay ưu đãi cho các hộ chuyển sang mô hình sinh kế "
             "mùa lũ."},
    .chrome = {"Tin khác", "Giá lúa tăng nhẹ", "Bản quyền"},
};

/* Caption classes in other languages (a French "legende", a German
 * "bildunterschrift"), a picture table's <caption>, a picture's "des"
 * (img-des, the short description). */
static const spec captions_legende = {
    .page = "captions-legende.html",
    .title = "Le vieux phare rouvre aux visiteurs",
    .captions = {"Les gardiens de l'association devant la porte du phare restauré",
                 "La lanterne a été démontée puis remontée pièce par pièce",
                 "Die Kinder der Partnerstadt besuchten den Leuchtturm im Mai",
                 "La maison du chef accueillera l'exposition sur les gardiens"},
    .body = {"Fermé depuis six ans pour des travaux de restauration, le phare de la pointe nord "
             "accueille de nouveau le public à partir de samedi, avec un escalier entièrement "
             "refait.",
             "La commune espère attirer vingt mille visiteurs dès la première saison, et prévoit "
             "d'ouvrir une petite exposition sur l'histoire des gardiens dans l'ancienne maison du "
             "chef."},
    .chrome = {"À lire aussi", "La fête de la mer", "Mentions légales"},
};

/* Chinese news centres a picture and its caption under it, not the story's
 * paragraphs: a centred line of one "word" (no spaces) is the caption, and
 * loses the ideographic spaces that indent it as a paragraph. */
static const spec captions_centered_zh = {
    .page = "captions-centered-zh.html",
    .title = "古镇老街迎来返乡游客",
    .captions = {"游客在老街的竹编作坊里学习编织竹篮", "夜幕降临后，古镇码头亮起了一排排红灯笼"},
    .body = {"春节假期，位于江边的青石古镇迎来大批返乡游客，老街两旁的茶馆和手工作坊从清晨起就坐"
             "满了客人，不少家庭带着孩子来体验传统手艺。",
             "为了方便游客，古镇今年新开了两处停车场，并在码头和老街之间增加了免费接驳车，每隔十五"
             "分钟发一班。"},
    .chrome = {"相关新闻", "江城地铁", "版权所有"},
};

/* A blog that centres every line: the line under a centred picture is no
 * caption when the block after it is centred too. */
static const spec captions_centered_blog_zh = {
    .page = "captions-centered-blog-zh.html",
    .title = "湖边的春天",
    .body = {"今天下午去湖边散步，看到了满树的花，心情特别好，写下几句话记录这个美好的下午。",
             "春风吹过湖面，柳树轻轻摇摆", "小鸟在枝头唱歌，孩子们在草地上奔跑"},
    .chrome = {"最新文章", "秋天的银杏"},
};

/* The one short line that ends a box holding only the picture before it is
 * its caption, whatever the boxes' names (a "media" box, which weighs
 * against a block, stays for it); a card's linked title is none.  An
 * italic line after the picture's box, a block after it, is one too. */
static const spec captions_picture_box = {
    .page = "captions-picture-box.html",
    .title = "The island school reopens after the storm",
    .captions = {"Pupils and teachers wait at the gate on the first morning back",
                 "The new roof was lifted into place by the ferry company's crane",
                 "Parents painted the hall over two weekends"},
    .body = {"The headteacher said the children had been taught in the church hall meanwhile, which "
             "was warm and dry but had only one room for all four classes.",
             "The council will pay for the repairs from its emergency fund, and the insurers have "
             "agreed to cover the books and computers that were lost to the water."},
    .chrome = {"More stories", "Ferry timetable changes", "Contact the newsroom"},
};

/* The hero picture between the headline and the body, in a box named
 * "media" (a name that weighs against a block) with its caption's line
 * unmarked: the box is the picture's, kept. */
static const spec captions_hero_media = {
    .page = "captions-hero-media.html",
    .title = "El tranvía vuelve al centro histórico",
    .captions = {"Vecinos suben al primer tranvía en la parada de la plaza Mayor"},
    .body = {"Después de cuarenta años sin raíles en sus calles, el centro histórico recuperó el "
             "sábado el tranvía, con una línea de tres kilómetros entre la estación y el mercado de "
             "abastos.",
             "La línea funcionará todos los días de siete de la mañana a once de la noche, con un "
             "tranvía cada ocho minutos en las horas de más viajeros."},
    .chrome = {"Noticias relacionadas", "Nuevo horario", "Aviso legal"},
};

/* The hero picture above the headline's block, in a box of its own with
 * a marked caption: the article's, taken before the headline's parts. */
static const spec captions_hero_above = {
    .page = "captions-hero-above.html",
    .title = "Pasar terapung kembali ramai pengunjung",
    .captions = {"Pedagang sayur mendayung jukung di Sungai Martapura pada Minggu pagi"},
    .body = {"Pasar terapung di Sungai Martapura kembali dipadati wisatawan setelah pemerintah kota "
             "memperbaiki dermaga dan menambah perahu untuk mengantar pengunjung dari tepi sungai.",
             "Dinas pariwisata mencatat jumlah pengunjung pada akhir pekan naik hampir dua kali lipat "
             "dibandingkan bulan lalu."},
    .chrome = {"Berita terkait", "Jembatan baru", "Hak cipta"},
};

/* Tailwind's responsive classes: "hidden md:block" hides a block on phones
 * only, so the headline and a quote shown from a width on are the page's
 * (the quote was cleaned away as hidden); the semibold first paragraph is
 * the sapo, once though the page prints it for phones and for desks. */
static const spec tailwind_responsive = {
    .page = "vn-tailwind-responsive.html",
    .title = "Đà Nẵng mở thêm bãi tắm đêm ở biển Mỹ Khê",
    .lead = "Từ tháng sau, du khách có thể tắm biển đến mười giờ đêm tại hai bãi tắm mới ở phường "
            "Phước Mỹ, có đèn chiếu sáng và lực lượng cứu hộ trực.",
    .body = {"Mỗi bãi tắm dài khoảng ba trăm mét, được lắp đèn cao áp dọc bờ cát và phao giới hạn "
             "vùng bơi cách bờ năm mươi mét.",
             "Ban quản lý bán đảo Sơn Trà cho biết lực lượng cứu hộ được tăng gấp đôi vào buổi tối, "
             "kèm hai ca nô túc trực.",
             "Tắm biển đêm là nhu cầu có thật của du khách vào mùa hè, khi ban ngày nắng nóng gay "
             "gắt, theo Sở Du lịch thành phố.",
             "Thành phố khuyến cáo người dân không tắm biển khi có cờ đỏ và không bơi ra ngoài vùng "
             "phao."},
    .chrome = {"Thời sự", "Liên hệ"},
};

/* ---- class 2: the wrong container ---- */

static const spec tailwind = {
    .page = "vn-tailwind-2026.html",
    .title = "Tuyến metro Nhổn – Ga Hà Nội chạy toàn tuyến từ tháng Tám",
    .lead = "Đoạn đi ngầm dài bốn ki-lô-mét của tuyến metro số 3 đã hoàn tất chạy thử, hành khách "
            "có thể đi từ Nhổn về Ga Hà Nội trong khoảng hai mươi lăm phút.",
    .body = {"Ban Quản lý đường sắt đô thị cho biết bốn ga ngầm gồm Kim Mã, Cát Linh, Văn Miếu và "
             "Ga Hà Nội đã được nghiệm thu phần xây dựng và lắp đặt thiết bị.",
             "Trong ba tháng chạy thử không tải, các đoàn tàu đã đi hơn hai nghìn chuyến, hệ thống "
             "tín hiệu và cửa chắn ke ga hoạt động ổn định.",
             "Khi vận hành toàn tuyến, mỗi ngày sẽ có khoảng hai trăm chuyến tàu, giãn cách sáu "
             "phút vào giờ cao điểm và mười phút vào giờ thấp điểm.",
             "Giá vé dự kiến giữ nguyên như đoạn trên cao, từ tám nghìn đến mười lăm nghìn đồng "
             "mỗi lượt, vé tháng dành cho học sinh được giảm một nửa.",
             "Thành phố cũng mở thêm năm tuyến xe buýt gom khách từ các khu dân cư lân cận đến các "
             "ga ngầm để hành khách dễ dàng chuyển tiếp."},
    .chrome = {"Tin khác", "Cầu Tứ Liên", "Cây cầu dây văng", "Vành đai 4",
               "Đoạn tuyến dài mười hai", "Xe đạp công cộng", "Người dùng có thể mượn xe",
               "Đọc nhiều", "Giá vàng hôm nay", "Bản quyền thuộc về tòa soạn", "Đời sống"},
};

static const spec teaser = {
    .page = "teaser-article.html",
    .title = "Harbour town votes to keep its ferry running through winter",
    .lead = "Councillors in Port Ellis agreed to fund the island ferry for another winter after a "
            "petition signed by two thousand residents.",
    .body = {"The vote on Tuesday night was closer than expected, with nine councillors in favour "
             "and seven against.",
             "Opponents argued that the crossing loses money every month between November and "
             "March, when fewer than forty passengers use it on most days.",
             "Supporters said the island's school children and the nurses who work at the harbour "
             "clinic have no other way to reach the mainland.",
             "The council will now ask the regional transport board to share the cost, which is "
             "estimated at just over half a million pounds a year.",
             "Ferry operator Mairi Campbell said her crew was relieved, having spent weeks unsure "
             "whether they would be laid off before Christmas.",
             "A final budget for the service will be published in the spring."},
    .chrome = {"More from News", "Lifeboat crew honoured", "eleven fishermen",
               "Bridge repairs delayed", "old toll bridge", "Market hall to reopen",
               "Free school meals", "Most read", "Storm warning", "All rights reserved",
               "Contact us"},
};

static const spec comments = {
    .page = "comments-article.html",
    .title = "Library opens a tool shed for borrowers",
    .body = {"The public library on Mill Street has started lending drills, ladders, pressure "
             "washers and more than two hundred other tools, using the same cards residents "
             "already carry for books.",
             "The idea came from a group of volunteers who noticed that neighbours kept buying "
             "expensive equipment they would use once or twice a year and then store in a garage.",
             "Head librarian Omar Haddad said the shed, a converted storage room behind the "
             "children's section, was stocked almost entirely with donations collected over the "
             "summer.",
             "Borrowers can keep an item for one week and renew it once, and a volunteer with a "
             "background in carpentry checks every tool when it comes back.",
             "In its first month the shed lent out more than four hundred items, with hedge "
             "trimmers and carpet cleaners the most popular by far.",
             "The library plans to add a monthly repair café where residents can learn to fix "
             "small appliances instead of throwing them away."},
    .chrome = {"12 Comments", "Gerald P.", "tile cutter", "frayed cable", "Priya N.",
               "patio before my daughter", "says:", "Leave a Reply", "will not be published",
               "Letters to the editor", "Schools"},
};

/* ---- class 6: chrome inside the container ---- */

static const spec chrome_en = {
    .page = "chrome-inside.html",
    .title = "City orchard gives away its first apple harvest",
    .body = {"Volunteers at the community orchard in Eastfield Park picked nearly a tonne of "
             "apples last weekend, five years after the first saplings went into the ground.",
             "The fruit was handed out free at the park gates, and by Sunday afternoon the last "
             "crates had gone to a queue that stretched past the bandstand.",
             "The orchard was planted on a strip of grass that the council had planned to turn "
             "into a car park, until residents collected money for the trees, as we reported in "
             "2019, and persuaded the council to lease them the land.",
             "Coordinator Ruth Ansell said the group grew eleven old local varieties that are "
             "hard to find in shops, including a sharp green cooking apple once common in the "
             "area.",
             "Nothing was wasted.",
             "Bruised and fallen apples went to a cider maker in the next village, who will return "
             "part of the profit to pay for new trees next winter."},
    .chrome = {"Share", "Tweet", "Print", "Advertisement", "Read more", "Hedgehog numbers",
               "Get the Herald", "Sign up for our free", "Subscribe", "Gardening", "Volunteering",
               "Related stories", "Allotment waiting list", "Farmers market", "Trending", "Terms"},
};

static const spec chrome_de = {
    .page = "chrome-inside-de.html",
    .title = "Freibad Sonnenwiese öffnet nach zwei Jahren Sanierung wieder",
    .body = {"Nach zwei Jahren Bauzeit hat das Freibad Sonnenwiese am Samstag wieder seine Tore "
             "geöffnet, und schon am Vormittag standen mehrere hundert Badegäste vor der Kasse.",
             "Die Stadt hat rund sieben Millionen Euro in die Sanierung gesteckt, vor allem in ein "
             "neues Edelstahlbecken, eine moderne Filteranlage und barrierefreie Umkleiden.",
             "Bürgermeisterin Katrin Vogel sprach bei der Eröffnung von einem Ort für alle "
             "Generationen und erinnerte an den Bürgerentscheid von 2021, mit dem die Schließung "
             "verhindert worden war.",
             "Der Eintritt bleibt mit vier Euro für Erwachsene und zwei Euro für Kinder gleich, "
             "Familien können eine Saisonkarte zum ermäßigten Preis kaufen.",
             "Das Wasser hatte 23 Grad.",
             "Geöffnet ist das Bad bis Mitte September täglich von neun bis zwanzig Uhr, bei "
             "Gewitter wird das Becken vorübergehend geräumt.",
             "Auch das Hallenbad am Stadtpark soll in den kommenden Jahren saniert werden, die "
             "Planungen dafür beginnen im Herbst."},
    /* ("Weitere ..." over a paragraph is the text's; over a list, chrome) */
    .headings = {{2, "Weitere Bäder in Planung"}},
    .chrome = {"Teilen", "Twittern", "Drucken", "Per E-Mail senden", "Anzeige", "Lesen Sie auch",
               "Hallenbad erhöht", "Newsletter abonnieren", "Die wichtigsten Nachrichten",
               "Schlagwörter", "Mehr zum Thema", "Badesee wegen Blaualgen", "Rettungsschwimmer",
               "Impressum", "Kultur", "Sommerfest"},
};

static const spec chrome_vi = {
    .page = "chrome-inside-vi.html",
    .title = "Hội An cấm xe máy vào phố cổ vào buổi tối",
    .body = {"Từ đầu tháng sau, xe máy sẽ không được đi vào khu phố cổ Hội An từ bảy giờ tối đến "
             "mười giờ đêm, trừ xe của người dân sống trong khu vực.",
             "Chính quyền thành phố cho biết lượng khách tham quan buổi tối tăng gấp đôi so với "
             "hai năm trước khiến các tuyến phố nhỏ thường xuyên ùn tắc.",
             "Du khách có thể gửi xe tại năm bãi đỗ quanh khu phố cổ, giá gửi được niêm yết công "
             "khai theo quyết định của tỉnh và không được thu thêm bất kỳ khoản phí nào.",
             "Nhiều chủ cửa hàng trên đường Trần Phú ủng hộ quy định mới vì khách đi bộ dừng lại "
             "mua hàng lâu hơn.",
             "Xe đạp vẫn được phép.",
             "Sau ba tháng áp dụng, thành phố sẽ lấy ý kiến người dân để điều chỉnh thời gian cấm "
             "cho phù hợp."},
    .chrome = {"Chia sẻ", "In bài", "Gửi bài", "Quảng cáo", "Đọc thêm", "Đêm rằm phố cổ", "Zalo",
               "Đăng ký nhận bản tin", "Từ khóa", "Tham khảo thêm", "Hội An điều chỉnh giá vé",
               "Thuyền trên sông Hoài", "Giấy phép số", "Du lịch"},
};

/* The same kind of page in more languages, its blocks named nothing that
 * says chrome (the share bar a row of spans): only the words of chrome in
 * each language (formats/html/chrome_words.c) tell them from the story. */
static const spec chrome_sv = {
    .page = "chrome-inside-sv.html",
    .title = "Stadsbiblioteket öppnar även på söndagar",
    .body = {"Från och med nästa månad håller stadsbiblioteket öppet även på söndagar, något som "
             "låntagarna har efterfrågat i flera år.",
             "Kommunen skjuter till två miljoner kronor för att anställa fler bibliotekarier och "
             "förlänga öppettiderna under hela året.",
             "Kulturnämndens ordförande Lena Berg säger att söndagen är den dag då barnfamiljer "
             "har mest tid att besöka biblioteket tillsammans.",
             "Söndagsöppet blir det mellan klockan elva och fyra, och barnavdelningen får en egen "
             "sagostund varje vecka."},
    .chrome = {"4 min läsning", "Dela", "Skriv ut", "Annons", "Läs också",
               "Simhallen stänger i tre veckor för renovering", "Prenumerera på vårt nyhetsbrev",
               "Mest läst", "Kommentarer", "Bibliotek",
               "Bokbussen får ny rutt i norra stadsdelarna", "Äntligen! Vi", "Få de viktig"},
};

static const spec chrome_nl = {
    .page = "chrome-inside-nl.html",
    .title = "Gemeente plant duizend nieuwe bomen langs de ringweg",
    .body = {"De gemeente plant deze winter duizend nieuwe bomen langs de ringweg, om de "
             "luchtkwaliteit in de omliggende wijken te verbeteren.",
             "Het gaat vooral om linden en esdoorns, soorten die goed tegen droogte en strooizout "
             "kunnen en snel een brede kroon vormen.",
             "Wethouder Sanne de Vries zegt dat bewoners al jaren klagen over het lawaai en het "
             "fijnstof van het verkeer op de ring.",
             "De eerste bomen gaan in november de grond in, de laatste volgen in maart, voordat "
             "het broedseizoen begint."},
    .chrome = {"Delen", "Afdrukken", "Advertentie", "Lees ook",
               "Nieuw fietspad langs het kanaal is bijna klaar",
               "Schrijf je in voor onze nieuwsbrief", "Meest gelezen", "Reacties", "Bomen",
               "Weekmarkt verhuist naar het stationsplein", "Eindelijk, d", "Elke ochtend"},
};

/* (and with every paragraph a div of short sentences) */
static const spec chrome_ru = {
    .page = "chrome-inside-ru.html",
    .also = {"chrome-inside-ru-divs.html"},
    .title = "В Казани откроют пять новых станций проката велосипедов",
    .body = {"Весной в Казани появятся пять новых станций проката велосипедов, сообщили в "
             "городском управлении транспорта.",
             "Станции разместят у метро и в парках, где летом больше всего гуляющих, а всего в "
             "прокате будет триста велосипедов.",
             "По словам начальника управления Ирины Соколовой, прошлым летом прокатом "
             "воспользовались почти сорок тысяч горожан.",
             "Первый час поездки останется бесплатным, а оплатить прокат можно будет транспортной "
             "картой."},
    .chrome = {"Время чтения: 3 минуты", "Поделиться", "Печать", "Реклама", "Читайте также",
               "Троллейбусы выйдут на новый маршрут через мост", "Подпишитесь на нашу рассылку",
               "Самое читаемое", "Комментарии", "велосипеды",
               "В центральном парке отремонтируют фонтан", "Наконец-то, ", "Главные ново"},
};

static const spec chrome_tr = {
    .page = "chrome-inside-tr.html",
    .title = "İzmir'de sahil yoluna yeni bisiklet şeridi yapılıyor",
    .body = {"İzmir Büyükşehir Belediyesi, sahil yolu boyunca on iki kilometrelik yeni bir "
             "bisiklet şeridi yapımına başladı.",
             "Şerit, Karşıyaka ile Bostanlı arasındaki yürüyüş yolundan ayrılacak ve gece boyunca "
             "aydınlatılacak.",
             "Belediyeden yapılan açıklamaya göre çalışmaların yaz başına kadar tamamlanması ve "
             "şeridin haziranda açılması planlanıyor.",
             "Bisikletliler derneği yeni şeridi olumlu karşıladı, ancak kavşaklarda daha fazla "
             "güvenlik önlemi istedi."},
    .chrome = {"3 dk okuma", "Paylaş", "Yazdır", "Reklam", "İlgili Haber",
               "Vapur seferlerine yaz tarifesi geliyor", "Bültenimize abone olun",
               "En Çok Okunanlar", "Yorumlar", "Etiketler",
               "Kültürpark'ta yeni sergi salonu açıldı", "Çok güzel bi", "Günün en öne"},
};

static const spec chrome_id = {
    .page = "chrome-inside-id.html",
    .title = "Pemkot Bandung Tambah Seratus Halte Bus Baru",
    .body = {"Pemerintah Kota Bandung akan membangun seratus halte bus baru tahun depan untuk "
             "mendukung layanan angkutan umum.",
             "Halte-halte itu akan dilengkapi atap, tempat duduk, dan papan informasi jadwal yang "
             "diperbarui secara langsung.",
             "Kepala Dinas Perhubungan Rina Kusuma mengatakan jumlah penumpang bus kota naik "
             "hampir dua kali lipat dalam setahun terakhir.",
             "Pembangunan tahap pertama dimulai di kawasan pusat kota dan di sekitar kampus, yang "
             "paling ramai penumpang."},
    .chrome = {"Waktu baca 2 menit", "Bagikan", "Cetak", "Iklan", "Baca Juga",
               "Trotoar di Jalan Braga Diperlebar Mulai Bulan Depan",
               "Berlangganan newsletter kami", "Berita Terkait", "Komentar", "transportasi",
               "Angkot Listrik Mulai Diuji Coba di Rute Dago", "Semoga halte", "Berita terpe",
               "Simak breaking news", "WhatsApp", "Simak juga Video"},
};

static const spec chrome_ja = {
    .page = "chrome-inside-ja.html",
    .title = "市立図書館、日曜日も開館へ　来月から",
    .body =
        {"市立図書館は来月から、これまで休館日だった日曜日も開館すると発表した。利用者から長年要望"
         "が寄せられていた。",
         "市は司書を三人増やす費用として約二千万円を予算に計上し、平日の閉館時間も一時間延長する。",
         "図書館の山田花子館長は「日曜日は家族連れが一緒に本を選べる大切な日になる」と話している。",
         "日曜日の開館時間は午前十時から午後五時までで、児童コーナーでは毎週読み聞かせ会を開く予定"
         "だ。"},
    .chrome = {"この記事は約3分で読めます", "シェア", "印刷", "広告", "【関連記事】",
               "市民プール、改修のため三週間休業", "ニュースレターに登録", "関連記事", "コメント",
               "市政", "移動図書館バス、北部地区に新ルート", "やっと日曜日に行けるよう",
               "地域の主なニュースを毎朝", "無断転載"},
};

static const spec chrome_zh = {
    .page = "chrome-inside-zh.html",
    .title = "市图书馆下月起周日照常开放",
    .body = {"市图书馆近日宣布，从下月起周日也将照常开放，这是读者多年来一直呼吁的。",
             "市政府为此追加约两百万元预算，用于增聘三名馆员，并将工作日的闭馆时间推迟一小时。",
             "图书馆馆长王丽表示，周日是家长带孩子一起来借书的好时间，希望更多家庭走进图书馆。",
             "周日开放时间为上午十点至下午五点，少儿阅览区每周还将举办故事会。"},
    .chrome = {"分享", "打印", "广告", "延伸阅读", "市游泳馆因维修将闭馆三周", "订阅我们的电子报",
               "相关新闻", "12条评论", "标签", "流动图书车开通城北新线路",
               "终于周日也能去借书了，一", "每天早上把本地要闻发送到"},
};

static const spec chrome_ko = {
    .page = "chrome-inside-ko.html",
    .title = "시립도서관, 다음 달부터 일요일에도 문 연다",
    .body =
        {"시립도서관이 다음 달부터 그동안 휴관일이던 일요일에도 문을 연다고 밝혔다. 이용자들이 "
         "오래전부터 요청해 온 일이다.",
         "시는 사서 세 명을 더 채용하기 위해 약 이억 원의 예산을 편성했으며, 평일 운영 시간도 한 "
         "시간 늘린다.",
         "김민지 도서관장은 일요일은 가족이 함께 책을 고를 수 있는 소중한 날이 될 것이라고 말했다.",
         "일요일 운영 시간은 오전 열 시부터 오후 다섯 시까지이며, 어린이 열람실에서는 매주 동화 "
         "읽기 모임이 열린다."},
    .chrome = {"공유하기", "인쇄", "광고", "관련기사", "시민 수영장, 보수 공사로 3주간 휴장",
               "뉴스레터 구독하기", "많이 본 뉴스", "댓글", "시정",
               "이동도서관 버스, 북부 지역 새 노선 운행", "드디어 일요일에도 갈 ",
               "매일 아침 지역의 주요"},
};

static const spec chrome_ar = {
    .page = "chrome-inside-ar.html",
    .title = "المكتبة العامة تفتح أبوابها أيام الجمعة ابتداء من الشهر المقبل",
    .body = {"أعلنت المكتبة العامة في المدينة أنها ستفتح أبوابها أيام الجمعة ابتداء من الشهر "
             "المقبل، استجابة لطلبات القراء المتكررة.",
             "وخصصت البلدية ميزانية إضافية لتوظيف ثلاثة أمناء مكتبة جدد وتمديد ساعات العمل في أيام "
             "الأسبوع.",
             "وقالت مديرة المكتبة سلمى حداد إن يوم الجمعة هو الوقت الذي تستطيع فيه العائلات زيارة "
             "المكتبة معا.",
             "وستفتح المكتبة أيام الجمعة من العاشرة صباحا حتى الخامسة مساء، مع جلسة أسبوعية لقراءة "
             "القصص للأطفال."},
    .chrome = {"مشاركة", "طباعة", "إعلان", "اقرأ أيضاً", "إغلاق المسبح البلدي ثلاثة أسابيع للصيانة",
               "اشترك في النشرة البريدية", "الأكثر قراءة", "التعليقات", "الوسوم",
               "حافلة المكتبة المتنقلة تصل إلى الأحياء الشمالية", "أخيرا أصبح ب", "أهم أخبار ال"},
};

static const spec split_sections = {
    .page = "split-sections.html",
    .title = "Dans le Jura, le comté résiste à la sécheresse",
    .body = {"Malgré un été sans pluie, les fromageries du massif jurassien ont produit presque "
             "autant de lait qu'en année normale, grâce à des prairies mieux préparées.",
             "Les éleveurs avaient anticipé en constituant des stocks de foin dès le printemps, "
             "quand l'herbe était encore abondante sur les plateaux.",
             "Depuis une dizaine d'années, beaucoup de fermes sèment des mélanges de graminées et "
             "de légumineuses qui gardent leur vert plus longtemps en période chaude.",
             "Selon la chambre d'agriculture, ces prairies perdent deux fois moins de rendement "
             "que les prairies classiques lorsque les températures dépassent trente degrés.",
             "Le cahier des charges de l'appellation interdit l'ensilage et impose au moins un "
             "hectare de prairie par vache, ce qui limite la taille des troupeaux.",
             "Les fromagers y voient une protection contre les crises, car des troupeaux plus "
             "petits supportent mieux une année où l'herbe manque.",
             "Reste la question de l'eau potable, car plusieurs villages ont dû être ravitaillés "
             "par camion-citerne au mois d'août pour abreuver les bêtes.",
             "Le syndicat interprofessionnel finance désormais des citernes de récupération d'eau "
             "de pluie dans les fermes les plus exposées."},
    .headings = {{2, "Des prairies plus variées"},
                 {2, "Un cahier des charges exigeant"},
                 {2, "L'inquiétude pour les sources"}},
    .chrome = {"À lire aussi", "Des vendanges précoces", "Le prix du lait", "Mentions légales",
               "Économie"},
};

/* A guide whose items are divs of text beside an icon, no <p> among them:
 * those divs are paragraphs, not a gallery of icons. */
static const spec checklist_divs = {
    .page = "checklist-divs.html",
    .title = "Getting a bicycle ready for winter",
    .body =
        {"Wet roads, grit and early darkness are hard on a bicycle, and a little work in autumn "
         "saves a cold repair at the roadside in January.",
         "Road salt eats a dry chain in a few weeks, so wipe it down after wet rides and use a "
         "thicker wet lubricant until spring.",
         "Grit wears rim brake pads down quickly in the rain, so look at the wear lines each "
         "month and swap them before the metal shows.",
         "With those done, the bike should see you through to the first warm weekend of spring "
         "without more than a wipe and a drop of oil."},
    .text = {"Chain care", "How often: every two weeks", "Shop price: about twenty pounds"},
    .chrome = {"Repairs", "Contact"},
};

/* A table of data whose cells say what chrome's labels say ("Share",
 * "Facebook", "Print"): cells of a table of data (two rows or more) are
 * never labels (they were cleaned away, the columns shifted); the share
 * bar's spans above it still go. */
static const spec data_table_labels = {
    .page = "data-table-labels.html",
    .title = "Where small shops spend their advertising money",
    .body = {"A survey of four hundred independent shops found that most of their advertising "
             "money now goes to social networks, while printed leaflets are holding on in market "
             "towns.",
             "Shop owners said they chose networks by where their customers already spend time, "
             "and most had never measured what a single sale cost them in advertising."},
    .text = {"Channel", "Share", "Cost per click", "Facebook", "LinkedIn", "Print"},
    .chrome = {"Share Print", "Trade Weekly", "Retail"},
};

/* A block of the story holding a paragraph and four captioned figures: a
 * photo essay's part, not a gallery of ads (Readability's rule, pictures
 * twice the paragraphs, cleaned it away with its paragraph); pictures that
 * a caption of their own words describes do not count against a block. */
static const spec gallery_in_block = {
    .page = "gallery-in-block.html",
    .title = "Mùa lúa chín trên ruộng bậc thang Mù Cang Chải",
    .captions = {"Ruộng bậc thang ở xã La Pán Tẩn lúc bình minh.",
                 "Một gia đình người Mông gặt lúa trên sườn đồi.",
                 "Du khách dừng chân ở đồi Mâm Xôi.", "Lúa được phơi trên sân nhà sàn."},
    .body = {"Cuối tháng chín, những thửa ruộng bậc thang ở Mù Cang Chải chuyển sang màu vàng óng, "
             "thu hút hàng nghìn du khách đến chụp ảnh mỗi ngày.",
             "Người dân bắt đầu gặt từ sáng sớm, khi sương còn phủ kín thung lũng, và gùi lúa về "
             "nhà trước buổi trưa.",
             "Chính quyền huyện khuyến cáo du khách không giẫm lên bờ ruộng và không bay thiết bị "
             "bay không người lái khi chưa được phép."},
    .chrome = {"Du lịch", "Liên hệ"},
};

/* A press release whose paragraphs are divs, set apart by divs of a space:
 * they read as paragraphs, a short one too ("Repairs will begin in May."),
 * but the block of fields above the headline ("For Immediate Release:
 * ...<br>Media Inquiries: ...") is no paragraph that the headline would
 * have to come before: the headline, a bold h3 the page's title names,
 * stays the title, and goes from the body with the section's name above it
 * ("News & Events").  The footer's one long div of legal text is no
 * paragraph of the page. */
static const spec press_release_divs = {
    .page = "press-release-divs.html",
    .title = "Harbour authority reports cracks found in the north breakwater",
    .body =
        {"Today the harbour authority published the survey of the north breakwater that divers "
         "carried out over the winter, after storms in January moved several of its armour "
         "stones.",
         "The divers found three cracks in the concrete crown wall, the longest about four "
         "metres, and a hollow where the sea has washed out the core behind the stones at the "
         "seaward end.",
         "Repairs will begin in May.",
         "Until then, vessels longer than forty metres will use the south entrance, and the pier "
         "walk along the breakwater stays closed to the public on days with a gale warning.",
         "The full survey, with the divers' photographs and drawings, can be read at the harbour "
         "office on weekdays, and a summary has been sent to every berth holder by post."},
    .headings = {{3, "PRESS RELEASE"}},
    .chrome = {"News & Events", "Latest releases", "pilot boat", "property of the harbour",
               "Shipping"},
};

/* A brief of three short <p>s over one long div of legal text in the same
 * block: the div holds more letters than the story, but one div is no page
 * that sets its paragraphs as divs, and the notice goes as before.  With a
 * column of eight teasers before it, the brief, short of an article's
 * length, is still the story: not the column, nor the whole page. */
static const spec brief_legal_notice = {
    .page = "brief-legal-notice.html",
    .also = {"brief-legal-notice-teasers.html"},
    .title = "Kestrels win the opening game of the spring cup",
    .lead = "CALDER - Anna Reid scored twice as the Kestrels beat the Harriers 3-1 in the opening "
            "game of the spring cup on Monday night.",
    .body = {"Reid scored both goals in the first half, and the Harriers only answered late in the "
             "second, when their captain headed in a corner.",
             "The Kestrels play the Swifts on Thursday."},
    .chrome = {"official web site", "All Rights Reserved", "Privacy", "Hockey", "Another story"},
};

/* A React build's page, its parts named by data-testid and data-component
 * only (its classes are hashes, left out here): the byline block, the
 * newsletter's promotion between paragraphs; and each caption opens with
 * text for screen readers only ("Image caption, "), which no reader sees. */
static const spec test_ids_bbc = {
    .page = "test-ids-bbc.html",
    .title = "Ferry services cut as storm hits the coast",
    .byline = "By Mairi Grant",
    .captions = {"Waves broke over the harbour wall at Oban on Tuesday morning",
                 "The coast road was closed in both directions"},
    .body =
        {"Ferry services to several islands have been cancelled as a storm brings winds of up "
         "to 80mph to the west coast.",
         "The operator said sailings on most routes would not run until Wednesday afternoon at "
         "the earliest, and passengers should check before they travel.",
         "Police closed two coastal roads after waves threw stones and seaweed onto the "
         "carriageway near the harbour.",
         "Forecasters expect the wind to ease overnight, though a further warning for rain is in "
         "place until Thursday."},
    .headings = {{2, "Roads closed"}},
    .chrome = {"Image caption", "morning briefing", "Sign up", "Related topics", "BBC News",
               "Copyright"},
};

/* Inline elements side by side with no space in the markup, which a style
 * sheet lays out apart (block lines, a flex row): their words are not run
 * together where that would make words no one writes, a small letter
 * against a capital ("ByDaryl", "cherriesRipe"), a full stop against a
 * capital ("weeks.Picked") or a digit against a digit ("20253 passes"). */
static const spec glued_spans = {
    .page = "glued-spans.html",
    .title = "Why coffee cherries ripen unevenly",
    .byline = "By Daryl Austin",
    .captions = {"Coffee cherries Ripe (red) and unripe (green) cherries on one branch."},
    .body =
        {"On a single branch of a coffee tree, green, yellow and red cherries often hang side by "
         "side, and pickers in many regions go over the same trees several times a season.",
         "The flowers open in waves after each heavy rain, so the fruit of one tree can be weeks "
         "apart in age by the time the first cherries turn red.",
         "Farms at higher altitude see fewer, longer flowerings, which is one reason their "
         "harvests are picked in fewer passes.",
         "Harvest window: 8 weeks. Picked in 2025 3 passes"},
    /* (a <pre> shows its text as written: a highlighter's spans) */
    .chrome = {"Origins", "Bean Notes", "id FROM"},
};

/* A newsroom's React build, its classes hashed: the standfirst, the hero
 * picture and a row of metadata sit apart from the body.  The row, between
 * the picture taken and the body, names the author in an <address>: the
 * byline, its date and share links left out.  A figure in the text holding
 * only a link to another story (its headline and "Read more") is a card,
 * not a figure of the article. */
static const spec rich_link_meta_row = {
    .page = "rich-link-meta-row.html",
    .title = "Heatwave pushes river temperatures to record highs",
    .lead =
        "Scientists warn fish deaths likely as water in several rivers passes 27C, with no rain "
        "forecast for a fortnight",
    .byline = "Anna West Environment correspondent",
    .captions = {"The river Wye near Hay on Monday, where the water reached 28C."},
    .body =
        {"River temperatures in England and Wales have reached the highest levels on record for "
         "early July, as a heatwave that began last week shows no sign of breaking.",
         "Readings from the Environment Agency show water in the Wye, the Severn and the Usk "
         "passing 27C on Monday afternoon, several degrees above the range in which salmon and "
         "trout can feed.",
         "\"We are seeing fish gasping at the surface in the shallow stretches,\" said Dr Lena "
         "Hart, a freshwater ecologist at Cardiff University.",
         "Anglers have been asked to stop fishing for salmon until the water cools, and some "
         "water companies have cut the amounts they take from rivers.",
         "Campaigners say more shade from trees along the banks would lower temperatures by "
         "several degrees over time."},
    .headings = {{2, "What can be done"}},
    .chrome = {"Drought declared", "Read more", "Share on", "Explore more", "Most viewed",
               "Reuse this content", "Opinion", "Guardian News"},
};

/* The byline in the headline's footer ("headline__footer": chrome by its
 * name alone), beside the author's headshot, above a body in another
 * section of the page: still the article's byline. */
static const spec headline_footer_byline = {
    .page = "headline-footer-byline.html",
    .title = "Wildfire forces thousands to evacuate in southern hills",
    .byline = "By Maria Ruiz, CNN",
    .captions = {"Smoke rises over the hills east of the town on Monday."},
    .body =
        {"More than 12,000 people were told to leave their homes on Monday as a wildfire spread "
         "quickly through dry brush in the hills east of the town, officials said.",
         "The fire had burned about 8,000 acres by nightfall and was 5% contained, according to "
         "the state fire agency.",
         "\"It moved faster than anything I've seen in twenty years,\" said fire chief Dan Ortiz.",
         "All schools in the district will stay closed on Tuesday, and two shelters have opened "
         "at the fairgrounds and a high school gym.",
         "CNN's Tom Lee contributed to this report."},
    .headings = {{2, "Schools closed"}},
    .chrome = {"Record heat", "More from CNN", "Ad Feedback", "Politics", "Cable News Network"},
};

/* A byline and its date in capitals on one line ("By JEFFREY GETTLEMAN JAN.
 * 13, 2017"), the name's last word no word of the date; in a row named as
 * a footer ("story-meta-footer") with share links.  Set as a heading, the
 * line is still the byline, and no heading. */
static const spec byline_dateline_caps = {
    .page = "byline-dateline-caps.html",
    .also = {"byline-dateline-caps-h2.html"},
    .title = "City to Reopen the Old Ferry Pier",
    .dateline = "JAN. 13, 2017",
    .byline = "By JEFFREY GETTLEMAN",
    .body =
        {"The city will reopen the old ferry pier at the foot of Water Street this spring, after "
         "two years of repairs to its pilings and deck, officials said on Friday.",
         "The pier, built in 1911, was closed after inspectors found that several of its wooden "
         "pilings had rotted through below the waterline.",
         "A weekend ferry to the islands will start from it in May, and the city hopes to add "
         "weekday trips next year if enough people ride."},
    .chrome = {"Facebook", "Email", "Sports", "2017 The Harbor Times"},
};

/* A short story (three paragraphs in two boxes) that no pass scores as
 * enough: the largest text region is taken, and still gets the parts above
 * it that a longer story's block gets, the lead in bold, the byline and the
 * date.  The headline, an h2 of two lines, opens with a kicker its class
 * says nothing of; the metadata writes it "Bahnstreik: Pendler ...", and
 * the title is the line after it.  Each paragraph in a div of its own, the
 * story's block is taken with the header: the header, its headline no h1,
 * stays for the lead it holds, a div of bold text. */
static const spec short_story_kicker = {
    .page = "short-story-kicker.html",
    .also = {"short-story-kicker-wrapped.html"},
    .title = "Pendler müssen sich auf Ausfälle einstellen",
    .dateline = "03.03.2026, 10.12 Uhr",
    .lead = "Die Lokführergewerkschaft ruft zum Streik auf. Im Regionalverkehr fallen ab Mittwoch "
            "viele Züge aus, auch der Fernverkehr ist betroffen.",
    .byline = "Von Anna Weber",
    .captions = {"Leerer Bahnsteig in Frankfurt: Auch im Fernverkehr fallen Züge aus"},
    .body =
        {"Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat ihre Mitglieder zu einem Streik "
         "im Personenverkehr aufgerufen. Er soll am Mittwochmorgen um zwei Uhr beginnen und 48 "
         "Stunden dauern.",
         "Die Bahn kündigte einen Notfahrplan an. Fahrgäste sollten sich vor Reiseantritt "
         "informieren, teilte das Unternehmen mit.",
         "Im Fernverkehr sollen nach Angaben der Bahn etwa ein Fünftel der Züge fahren. Tickets "
         "für die Streiktage können später genutzt werden."},
    .headings = {{3, "Fernverkehr eingeschränkt"}},
    .chrome = {"Bahnstreik", "Mehr zum Thema", "Tarifstreit", "SPIEGEL+", "Impressum", "Politik"},
};

/* A blog theme's row of metadata: a label named for the author
 * ("meta-prep-author": "Posted on"), the date, "by" and the author's
 * linked name.  The byline is the name, not the label. */
static const spec entry_meta_labels = {
    .page = "entry-meta-labels.html",
    .title = "Folge 82: Warum wir weiter senden",
    .byline = "Ingrid Holm",
    .body =
        {"Ingo hat gesagt, er habe diesen Text nicht geschrieben. Dennoch steht er jetzt hier, und "
         "wir fragen uns, ob das so geplant war oder ob es einfach passiert ist.",
         "Seit zweiundachtzig Folgen reden wir nun über Dinge, die uns gerade beschäftigen, und "
         "jedes Mal nehmen wir uns vor, es kürzer zu halten."},
    .chrome = {"Posted on", "Folge 81", "Über uns", "WordPress"},
};

/* A newsroom's React page, its classes hashed: the byline's row (the
 * name in a "last-byline" block, the date) after the summary and the hero
 * picture in the article's header, which a later pass cleans away whole:
 * the byline stays, its "By" in a wrapper of its own too.  The picture's
 * credit, a span beside the caption's, is set apart from it ("since
 * 1988.Credit..." glued); "Read 8 comments" ends the article. */
static const spec hashed_header_byline = {
    .page = "hashed-header-byline.html",
    .also = {"hashed-header-byline-divs.html"},
    .title = "A Quiet Town Fights Over Its Last Bookstore",
    .lead =
        "When the owner announced she would close, residents split over whether the town should "
        "buy the building.",
    .byline = "By Tom Hale",
    .captions = {"Margaret Lind in her shop on Main Street, which she has run since 1988."},
    .body =
        {"MILLBROOK, Vt. — For 38 years, the Paper Lantern has been the only place in this town "
         "of 2,000 people to buy a new book.",
         "So when its owner, Margaret Lind, said in March that she would retire and close the "
         "shop, the news set off a debate at the town meeting that lasted past midnight.",
         "Some residents want the town to buy the building and lease it to a new bookseller at a "
         "low rent.",
         "Others say the town cannot afford it while the school roof needs repairs.",
         "The question will go to voters in June, and Ms. Lind said she would keep the shop open "
         "until then."},
    .headings = {{2, "A Vote in June"}},
    .chrome = {"Read 8 comments", "appears in print", "SKIP ADVERTISEMENT", "Related Content",
               "1988.Credit"},
};

/* A row of metadata ("c-article-meta") that holds the dek with the date and
 * the author's <address>: the byline is taken from it, and the row, a
 * short block of metadata then, still holds the lead. */
static const spec meta_row_dek = {
    .page = "meta-row-dek.html",
    .title = "How Can a Small Town Plan for Hotter Summers?",
    .dateline = "August 23, 2020",
    .lead =
        "Heat waves, dry wells and a fire season that starts in May offer a warning of what the "
        "next decades hold.",
    .byline = "Leah Stone",
    .body =
        {"When I moved to this town five years ago, I planted a peach tree in my yard, chosen for "
         "its bright-pink blossoms and the shade it would one day give.",
         "This summer the tree dropped its leaves in July, after three weeks without rain and a "
         "week of days above forty degrees.",
         "The town council has started to ask what a hotter century means for its water, its "
         "roads and its old people living alone."},
    .chrome = {"Privacy", "Science", "Professor of planning"},
};

/* A newsroom's article: the headline's subline, a short h2 its class names
 * ("sub-headline"), is the lead, no sub-heading; between the paragraphs,
 * promotions in capitals that link elsewhere ("CLICK HERE TO GET THE ... APP",
 * "HEAVY SNOW SLAMS ROCKIES ...: SEE THE FORECAST") go, as no sentence of
 * the story. */
static const spec caps_promo_subline = {
    .page = "caps-promo-subline.html",
    .also = {"caps-promo-subline-divs.html"},
    .title = "Snowstorm strands hundreds on mountain highway",
    .lead = "Crews worked through the night to reach stranded drivers",
    .byline = "By Kara Lee Fox News",
    .captions = {"Cars wait on Interstate 70 near Vail Pass on Wednesday."},
    .body =
        {"Hundreds of drivers were stranded overnight on a mountain highway in Colorado after a "
         "fast-moving snowstorm dropped more than two feet of snow, officials said.",
         "State troopers and road crews worked through the night to reach cars stuck on the "
         "pass, handing out blankets and water.",
         "\"We have never seen it come down this fast,\" said trooper Sam Diaz.",
         "The highway reopened Thursday morning, though officials warned of more snow over the "
         "weekend.",
         "The Associated Press contributed to this report."},
    .chrome = {"CLICK HERE", "HEAVY SNOW", "SEE THE FORECAST", "is a reporter", "Politics",
               "FOX News Network"},
};

/* Headings with their permalinks ("¶", "#", an empty link to the heading
 * itself), which a reader sees only with the pointer over the heading:
 * the headings' words alone. */
static const spec heading_permalinks = {
    .page = "heading-permalinks.html",
    .title = "Running the tests in standalone mode",
    .body =
        {"Standalone mode lets the test runner start without a browser, which makes a full run "
         "of the suite about three times faster on a laptop.",
         "Install the runner with the package manager, then point it at the build directory with "
         "the option that names the engine's binary.",
         "The quiet flag hides the progress bar, and the shard flag splits the suite so that "
         "several machines can share one run.",
         "Tests that draw to a canvas still need a browser, so they are skipped in standalone "
         "mode and reported at the end of the run."},
    .headings = {{2, "Setting it up"}, {2, "Flags worth knowing"}, {2, "What it cannot do"}},
    .chrome = {"¶", "#", "Engine Notes"},
};

/* A slideshow whose slides show their counters ("1 of 3", "3 / 3")
 * between the picture and its caption: the counters go, and each caption
 * is its picture's.  "Story continues below advertisement" goes too. */
static const spec gallery_counter = {
    .page = "gallery-counter.html",
    .title = "The old harbour in pictures",
    .captions = {"The fleet at anchor behind the wall in 1910.",
                 "Women gutting herring on the quay, about 1925.",
                 "The lifeboat house, rebuilt after the storm of 1953."},
    .body =
        {"The harbour wall was finished in 1887, and for most of the next century it sheltered "
         "the town's fishing fleet from the winter gales.",
         "Today only a handful of boats work from the harbour, but the museum on the quay keeps "
         "the photographs of the years when hundreds did.",
         "The museum opens again in April, and its volunteers are asking families for more "
         "pictures of the harbour before 1960."},
    .chrome = {"1 of 3", "2 of 3", "3 / 3", "Story continues", "Sport"},
};

/* A header's row of the date beside the author's name, the name a link to
 * the author's page ("Posted by <a>James Cartwright</a>, <time>"), beside
 * a share bar: the row is the byline, which cleaning keeps, though it
 * links (a category's link would not be a name). */
static const spec dated_row_linked_name = {
    .page = "dated-row-linked-name.html",
    .title = "Ten posters from the print fair",
    .dateline = "Monday 05 November 2012",
    .byline = "Posted by James Cartwright, Monday 05 November 2012",
    .body =
        {"The print fair closed on Sunday after three days in the old sorting office, with more "
         "than sixty studios selling posters, zines and cards.",
         "Screen prints were the favourites again, and several studios sold out of their largest "
         "editions before the end of the first evening.",
         "We picked ten posters that stood out, from a map of the city's lost rivers to a "
         "calendar printed in nine colours on recycled paper."},
    .chrome = {"Facebook", "Twitter", "Interiors"},
};

/* A wire service's story: its lead picture in a carousel, whose caption
 * ends in a button that shows the rest of it ("Read More"), an ad's label
 * and a promotion among the paragraphs, "Most read" after them. */
static const spec wire_carousel_caption = {
    .page = "wire-carousel-caption.html",
    .title = "Storm knocks out power to thousands across the Midwest",
    .byline = "By JANE DOE",
    .captions = {"Utility crews work on downed power lines in Des Moines, Iowa, on Tuesday, March "
                 "3, 2026. (Wire Photo/John Smith)"},
    .body = {"DES MOINES, Iowa (Wire) — A line of severe thunderstorms knocked out power to more "
             "than 200,000 homes and businesses across the Midwest on Tuesday, toppling trees and "
             "power lines from Nebraska to Illinois.",
             "The National Weather Service said winds reached 80 mph in parts of Iowa, and several "
             "tornado warnings were issued as the storms moved east during the afternoon.",
             "Utility companies said it could take several days to restore power to everyone, and "
             "urged residents to stay away from downed lines.",
             "No deaths had been reported by Tuesday evening, officials said."},
    .chrome = {"Read More", "ADVERTISEMENT", "Tornado damage", "Most read", "Politics"},
};

/* An Indonesian news portal's story: a "Baca juga" box in a table between
 * the paragraphs, an ad's interstitial that says "SCROLL TO CONTINUE WITH
 * CONTENT", the tags and "Berita Terkait" after the text. */
static const spec id_scroll_label = {
    .page = "id-scroll-label.html",
    .title = "Banjir Rendam Ratusan Rumah di Bekasi, Warga Mengungsi",
    .dateline = "Selasa, 03 Mar 2026 10:15 WIB",
    .byline = "Rina Wulandari - kabarKota",
    .captions =
        {"Warga mengungsi dari rumahnya yang terendam banjir di Bekasi, Selasa (3/3/2026)."},
    .body = {"Bekasi - Hujan deras yang mengguyur sejak Senin malam membuat Kali Bekasi meluap dan "
             "merendam ratusan rumah warga di sejumlah kelurahan.",
             "Ketinggian air di beberapa titik mencapai satu meter. Sebagian warga memilih "
             "mengungsi ke masjid dan sekolah terdekat.",
             "\"Air mulai masuk rumah sekitar pukul tiga pagi. Kami langsung membawa anak-anak ke "
             "masjid,\" kata Siti, salah satu warga.",
             "Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi menyatakan telah mengirim "
             "perahu karet dan petugas ke lokasi terdampak."},
    .chrome = {"SCROLL TO CONTINUE", "ADVERTISEMENT", "Baca juga", "Jakarta Siaga",
               "Berita Terkait", "Copyright"},
};

/* A Spanish daily's story (hashed-looking short classes): the headline and
 * the subtitle in the article's header, then a row of the author, whose
 * name links to their page, the date and share links; a "Más información"
 * box of one linked headline between the paragraphs; tags and the author's
 * note after them. */
static const spec es_author_link_row = {
    .page = "es-author-link-row.html",
    .title = "El Gobierno aprueba el plan de vivienda para jóvenes",
    .dateline = "14 abr 2026 - 12:30 CEST",
    .lead = "El programa ofrecerá avales públicos para la compra de la primera vivienda a menores "
            "de 35 años",
    .byline = "Lucía Martín Madrid",
    .body =
        {"El Consejo de Ministros ha aprobado este martes un plan que ofrecerá avales públicos a "
         "los menores de 35 años para que puedan comprar su primera vivienda sin tener que "
         "aportar la entrada completa.",
         "Según el Ministerio, el aval cubrirá hasta el 20% del precio de la vivienda, y se "
         "espera que beneficie a unas 50.000 familias durante los próximos tres años.",
         "Podrán acceder al programa quienes tengan ingresos inferiores a 37.800 euros anuales "
         "y no sean propietarios de otra vivienda.",
         "Las comunidades autónomas gestionarán las solicitudes, que podrán presentarse a partir "
         "del próximo mes de junio."},
    .headings = {{3, "Requisitos"}},
    .chrome = {"Más información", "Los precios del alquiler", "Compartir", "Sobre la firma",
               "Aviso legal"},
};

/* An Italian daily's story: the kicker, the headline, the summary, then
 * a row of the writer ("di <strong>Marco Bianchi</strong>", its class
 * "writer") and the date, share links and the picture, each a block beside
 * the others; the body after them with "Leggi anche" between paragraphs. */
static const spec it_byline_between = {
    .page = "it-byline-between.html",
    .title = "Maltempo, allerta rossa in Emilia-Romagna: scuole chiuse",
    .dateline = "20 ottobre 2026",
    .lead =
        "La Protezione civile ha diramato l'allerta rossa per il rischio idraulico su gran parte "
        "della regione. Chiusi i ponti sul Reno.",
    .byline = "di Marco Bianchi",
    .captions = {"Il fiume Reno in piena a Casalecchio (Ansa)"},
    .body =
        {"La pioggia caduta nella notte ha fatto salire rapidamente il livello dei fiumi in tutta "
         "l'Emilia-Romagna. In diversi comuni i sindaci hanno disposto la chiusura delle scuole.",
         "Secondo la Protezione civile, il picco della piena è atteso nel pomeriggio a Bologna, "
         "dove sono stati chiusi i ponti e alcune strade lungo il Reno.",
         "I vigili del fuoco hanno compiuto decine di interventi per allagamenti di cantine e "
         "sottopassi, senza che si registrassero feriti.",
         "Le Ferrovie hanno sospeso la circolazione su due linee regionali fino a nuovo avviso."},
    .chrome = {"Leggi anche", "Alluvione, un anno dopo", "Pubblicità", "Articoli correlati",
               "WhatsApp", "P.IVA"},
};

/* A byline whose label and name are blocks of their own ("<div>By</div>
 * <div><p><a>Jo Park</a></p></div>"): one line, as a reader sees it. */
static const spec byline_label_apart = {
    .page = "byline-label-apart.html",
    .title = "Why Our Town Still Needs Its Night Buses",
    .byline = "By Jo Park",
    .body =
        {"The council will vote next month on whether to cut the three night bus routes that run "
         "after midnight, to save money for the daytime service.",
         "Those routes carry nurses, cleaners and bakers to work, people who start before the "
         "first morning bus and who have no other way to get there.",
         "A cut would save the town little, and it would cost those riders a great deal: taxis, "
         "long walks in the dark, or jobs they can no longer keep."},
    .chrome = {"Topics", "2026 Riverside Notes"},
};

/* A Turkish portal's story: the lead an h2 named "spot" (as Turkish CMSs
 * name it) under the headline, never a sub-heading; the author and the
 * date in a row; "İlgili Haber:" between paragraphs, tags and an empty
 * comment box after them. */
static const spec tr_spot_h2 = {
    .page = "tr-spot-h2.html",
    .title = "İstanbul'da yeni metro hattı hizmete girdi",
    .lead = "Kadıköy ile Sultanbeyli arasındaki yolculuk süresi 70 dakikadan 35 dakikaya indi.",
    .body = {"İstanbul'un Anadolu yakasında yapımı dört yıl süren metro hattı, düzenlenen törenle "
             "yolcu taşımaya başladı.",
             "Hat üzerindeki 12 istasyonda günde yaklaşık 500 bin yolcuya hizmet verilmesi "
             "bekleniyor.",
             "Belediye yetkilileri, hattın ilk ay boyunca ücretsiz olacağını açıkladı."},
    .chrome = {"İlgili Haber", "Marmaray", "Yorumlar", "Anasayfa", "Tüm hakları"},
};

/* A Korean daily's story: the reporter and the date in a row under the
 * headline, "관련기사" between paragraphs, and the rights notice every
 * Korean paper ends on, its spaces its own ("<저작권자 ⓒ ..., 무단전재 및
 * 재배포 금지>"); in the copy, an agency's tip line, the notice and the
 * time sent in one paragraph ("무단 전재-재배포, AI 학습 및 활용 금지"). */
static const spec ko_rights_notice = {
    .page = "ko-rights-notice.html",
    .also = {"ko-rights-notice-tip.html"},
    .title = "서울 지하철 요금 내달부터 150원 인상",
    .captions = {"서울 지하철 2호선 열차가 역으로 들어오고 있다. [연합뉴스]"},
    .body = {"서울시는 다음 달 1일부터 지하철 기본요금을 1400원에서 1550원으로 150원 올린다고 3일 "
             "밝혔다.",
             "시는 운영 적자가 계속 늘어 요금 인상이 불가피하다고 설명했다. 버스 요금은 이번 "
             "인상에서 제외됐다.",
             "시민들은 교통비 부담이 커질 것이라며 우려를 나타냈다."},
    .chrome = {"저작권자", "관련기사", "버스 요금 동결", "공유하기", "All rights"},
};

/* A French daily's story: the standfirst under the headline, then the
 * authors' row ("fig-content-metas__authors": "Par <a>Jean Dupont</a>")
 * and the publication line, which says the update's time too (the
 * dateline); a paywall notice and "À lire aussi" between paragraphs. */
static const spec fr_authors_metas = {
    .page = "fr-authors-metas.html",
    .title = "Grève des contrôleurs aériens : des centaines de vols annulés",
    .dateline = "Publié le 15/09/2026 à 08:10, mis à jour à 09:45",
    .lead =
        "La DGAC a demandé aux compagnies de réduire d'un tiers leurs programmes de vols à Paris "
        "et Marseille.",
    .byline = "Par Jean Dupont",
    .body =
        {"Des centaines de vols ont été annulés lundi en France en raison d'une grève des "
         "contrôleurs aériens, qui protestent contre une réforme de leur temps de travail.",
         "Les aéroports parisiens sont les plus touchés, avec un tiers des vols supprimés à Orly "
         "et à Roissy-Charles-de-Gaulle.",
         "Le ministre des Transports a appelé les syndicats à reprendre le dialogue, sans "
         "annoncer de concession."},
    .chrome = {"réservé aux abonnés", "À lire aussi", "Les plus lus", "S'abonner", "Actualité"},
};

/* A Brazilian portal's story: the subtitle an h2 under the headline, the
 * author's line, then the date's line that also says when the story was
 * updated ("20/01/2026 18h30 · Atualizado há 2 horas"): the dateline, not
 * a paragraph beside it; text blocks each in a column of its own. */
static const spec pt_update_line = {
    .page = "pt-update-line.html",
    .title = "Chuva forte alaga ruas e deixa bairros sem luz em São Paulo",
    .dateline = "20/01/2026 18h30",
    .lead = "Defesa Civil registrou 80 pontos de alagamento; 120 mil imóveis ficaram sem energia.",
    .byline = "Por Ana Souza, Folha do Vale — São Paulo",
    .captions = {"Rua alagada na Zona Leste de São Paulo"},
    .body =
        {"Uma chuva forte que atingiu São Paulo no fim da tarde desta terça-feira (20) alagou "
         "ruas e deixou bairros inteiros sem energia elétrica.",
         "Segundo a Defesa Civil, foram registrados 80 pontos de alagamento, a maioria nas zonas "
         "Leste e Norte da capital.",
         "A concessionária de energia informou que cerca de 120 mil imóveis ficaram sem luz e que "
         "as equipes trabalham para restabelecer o serviço."},
    .headings = {{2, "Falta de energia"}},
    .chrome = {"Participe do canal", "notícias da região", "Atualizado há", "Veja também",
               "Previsão de mais chuva", "Veja mais", "Todos os direitos"},
};

/* A Vietnamese paper's 2026 page in utility classes: the section and the
 * date in a row above the headline, the sapo an h2 under it, "Tin liên
 * quan" in a box between the paragraphs, the author's name set right and
 * bold at the end.  The row is no start of the text: the headline after it
 * is not repeated in the body. */
static const spec vn_tailwind_date_row = {
    .page = "vn-tailwind-date-row.html",
    .title = "Hà Nội mở thêm 5 tuyến buýt điện từ tháng 12",
    .dateline = "Thứ bảy, 28/11/2026 07:30",
    .lead = "Sở Xây dựng Hà Nội cho biết từ ngày 1/12, thành phố sẽ đưa vào khai thác thêm 5 tuyến "
            "buýt điện kết nối các khu đô thị mới với trung tâm.",
    .byline = "Minh Anh",
    .captions = {"Xe buýt điện tại điểm đầu cuối Ocean Park."},
    .body =
        {"Theo Sở Xây dựng, 5 tuyến buýt điện mới sẽ sử dụng 120 xe, hoạt động từ 5h đến 22h hằng "
         "ngày với tần suất 10-15 phút/chuyến.",
         "Các tuyến mới kết nối khu đô thị Ocean Park, Smart City, Gamuda với các điểm trung "
         "chuyển tại trung tâm thành phố.",
         "Giá vé lượt trên các tuyến buýt điện được giữ nguyên như buýt thường, từ 8.000 đến "
         "10.000 đồng/lượt tùy cự ly."},
    .headings = {{2, "Giá vé không đổi"}},
    .chrome = {"Tin liên quan", "Giá vé buýt giữ nguyên", "Bình luận", "Đọc nhiều", "Chia sẻ",
               "#buýt"},
};

/* A German regional paper's story: the author's name and the time in a
 * row named "authorBox" under the lead, which is no box about the author
 * (no photo, no sentence about her); "Lesen Sie auch" and an ad's label
 * between paragraphs, a box of facts at the end. */
static const spec de_author_box_row = {
    .page = "de-author-box-row.html",
    .title = "Neue Radwege: Stadt plant zehn Kilometer bis 2027",
    .dateline = "18.06.2026, 16:05 Uhr",
    .lead =
        "Die Stadt will bis 2027 zehn Kilometer neue Radwege bauen. Der Stadtrat hat am Mittwoch "
        "zugestimmt.",
    .byline = "Von Lena Fischer",
    .captions = {"Auf der Hauptstraße soll ein geschützter Radweg entstehen."},
    .body = {"Der Stadtrat hat am Mittwoch mit großer Mehrheit beschlossen, bis 2027 rund zehn "
             "Kilometer neue Radwege zu bauen.",
             "Die Kosten von etwa acht Millionen Euro sollen zum Teil vom Land übernommen werden.",
             "Einige Händler befürchten, dass durch den Umbau Parkplätze vor ihren Geschäften "
             "wegfallen.",
             "Die Stadt will die Pläne im Herbst bei einer Bürgerversammlung vorstellen."},
    .headings = {{2, "Kritik vom Einzelhandel"}, {3, "Das Projekt in Zahlen"}},
    .chrome = {"Lesen Sie auch", "Baustelle auf der B9", "Anzeige", "Weitere Artikel",
               "Alle Rechte"},
};

/* A how-to site's header: the headline, then the author's profile holding a
 * row of metadata (an avatar, the byline link, "Contributor"), then share
 * links.  Taken out of its row, the byline link becomes a paragraph: it and
 * the blocks above it are counted again as they now stand, and cleaning
 * keeps the byline. */
static const spec howto_author_profile_row = {
    .page = "howto-author-profile-row.html",
    .title = "How to Repot an Orchid",
    .byline = "By Mara Quinn",
    .body = {"Orchids grow in bark, not soil, and the bark breaks down after two or three years, "
             "so the roots slowly lose the air they need.",
             "Water the plant the day before, then ease it out of its pot and cut away any roots "
             "that are brown and hollow when you press them.",
             "Set the orchid in a pot one size larger, fill around the roots with fresh bark, and "
             "wait a week before you water it again."},
    .chrome = {"Pin it", "Crafts", "Privacy", "HomeHow Contributor"},
};

/* Each paragraph in a wrapper of its own (a block editor's group), or in
 * a wrapper of such a wrapper: a wrapper of one paragraph is that
 * paragraph, never cleaned away as a short block ("It worked.", "Bees,
 * mostly." were lost). */
static const spec wrapped_paragraphs = {
    .page = "wrapped-paragraphs.html",
    .also = {"wrapped-paragraphs-divs.html", "wrapped-paragraphs-spacers.html",
             "wrapped-paragraphs-brs.html"},
    .title = "We swapped our lawn for a meadow",
    .body = {"Three summers ago we stopped mowing the back lawn, sowed a mix of native wildflowers "
             "and waited to see what would come up between the grasses.",
             "The first year was untidy, and the neighbours asked whether we had gone away. By the "
             "second year the ox-eye daisies, knapweed and yellow rattle had taken over.",
             "It worked.", "Bees, mostly.",
             "We counted eleven kinds of butterfly last July, and a slow-worm now lives under the "
             "old paving slab by the shed, which the children check on every morning.",
             "Cut it once, late in August, and take the hay away so the soil stays poor: "
             "wildflowers do better on thin ground than on rich lawn soil."},
    .headings = {{2, "What came to stay"}, {2, "What we would do again"}},
    .chrome = {"Back Garden Notes", "Wildlife"},
};

/* A blog builder's hero above the body's module: every block in it named
 * after the hero ("post-title-hero_2-text"), so the excerpt, the date line
 * and a "back to blog" link read as titles; the h1 is the headline, the
 * excerpt under it the lead, the link no part of the article, nor the line
 * of its reading time above the body's module. */
static const spec hero_title_parts = {
    .page = "hero-title-parts.html",
    .title = "How we rebuilt a dry-stone wall in a weekend",
    .dateline = "published on: March 14, 2026",
    .lead = "Two days, four tonnes of stone and no mortar: what we learned putting a fallen "
            "field wall back up, and what we would do differently.",
    .body = {"The wall along the top of our field came down in the February storms, about eight "
             "metres of it, and the stone lay where it fell in the grass.",
             "We had never built one before. A neighbour who had lent a hand on walls for forty "
             "years came up on the Saturday morning and showed us how to start.",
             "By lunch the field looked like a quarry, but every stone had a place to go."},
    .headings = {{2, "Taking it down properly"}, {2, "Building it back"}},
    .chrome = {"back to blog", "Pinterest", "Shop", "Reading time"},
};

/* A hero picture with its credit above the body's box, whose first line is
 * in italics (where the story first appeared): after the credit, that line
 * is the text's, not the picture's caption. */
static const spec hero_credit_italic_note = {
    .page = "hero-credit-italic-note.html",
    .also = {"hero-credit-italic-note-wrapped.html"},
    .title = "Ferry timetable cut for the winter",
    .body = {"This article first appeared in our sister paper, Island News.",
             "From the first of November the ferry to the island will leave the harbour at seven "
             "in the morning and five in the evening, instead of every two hours.",
             "Parents also worry about the school run: the evening boat leaves an hour after "
             "lessons end, and children will wait on the quay in the dark."},
    .chrome = {"Travel"},
};

/* A site builder's picture block, then a text block whose first line, in
 * italics, is the picture's caption: nothing else stands between them. */
static const spec captions_next_block_italic = {
    .page = "captions-next-block-italic.html",
    .title = "How to choose a colour for a north-facing room",
    .captions = {"A north-facing study painted in a warm stone white. Design: Hollis Studio"},
    .body = {"North light is cool and even all day, which is lovely for working but can make a "
             "pale grey wall look flat and a little sad.",
             "Warm whites with a drop of red or yellow in them hold their colour in north light "
             "far better than the blue-based whites that look crisp in a shop."},
    .chrome = {"Services", "Wren Interiors"},
};

/* A listicle's pictures, each a link to its gallery holding the picture, a
 * "View Photos" button and a figcaption of the photographer's name, and no
 * <figure>: each is a captioned picture of the article, the button no part
 * of it. */
static const spec gallery_link_pictures = {
    .page = "gallery-link-pictures.html",
    .title = "The best small electric cars of 2026",
    .captions = {"James Lipman", "Emma Ford", "Zac Palmer"},
    .body = {"We drove every small electric car on sale this year, and these three are the ones we "
             "would buy with our own money.",
             "The Mini is the most fun to drive of the three, with sharp steering and a cabin full "
             "of clever touches, though its boot is tiny."},
    .headings = {{2, "Nissan Leaf"}, {2, "Mini Cooper E"}, {2, "Renault 5"}},
    .chrome = {"View Photos", "Reviews"},
};

/* The article's <header> in a container of its own beside the body's
 * blocks: its h1 is the breadcrumb's last item, the headline an h2, then
 * the lead and a row of metadata holding the author's contact form.  The
 * breadcrumb is no site menu, and the form's inputs do not make the
 * header's container a form to clean away with the lead.  The kicker over
 * the headline ("Sonderkulturen") goes with the headline's copy. */
static const spec header_breadcrumb_h1 = {
    .page = "header-breadcrumb-h1.html",
    .title = "Spätfrost trifft Obstbauern am Bodensee hart",
    .lead = "Zwei Nächte mit minus vier Grad haben einen Großteil der Apfelblüte zerstört. Die "
            "Betriebe rechnen mit Ernteausfällen von bis zu siebzig Prozent.",
    .body = {"In der Nacht auf Mittwoch und in der folgenden Nacht fielen die Temperaturen am "
             "nördlichen Bodenseeufer auf bis zu minus vier Grad. Zu diesem Zeitpunkt standen die "
             "meisten Apfelsorten in voller Blüte.",
             "Der Landesverband fordert nun schnelle Hilfen für die betroffenen Familienbetriebe, "
             "die bereits im vergangenen Jahr unter Hagel gelitten hatten."},
    .headings = {{3, "Frostschutzberegnung half nur teilweise"}},
    .chrome = {"Anzeige", "Facebook", "Autorin kontaktieren", "Impressum", "Technik",
               "Sonderkulturen"},
};

/* After the story, a list of other stories, each a heading that is no link,
 * an excerpt ending in "Read more..." and a date: cards of other articles,
 * whose dates are not the story's either (the page gives none). */
static const spec teasers_read_more = {
    .page = "teasers-read-more.html",
    .title = "Quiet harbour gets a new lighthouse keeper",
    .body = {"After eleven years without a keeper, the lighthouse at the north end of the harbour "
             "has one again: Mara Lind, a former ferry captain, moved into the keeper's cottage "
             "last week.",
             "Lind says she applied the day the advert appeared, and that the view from the "
             "gallery is worth every one of the hundred and twelve steps."},
    .chrome = {"Ferry fares", "cycle path", "festival", "Read more", "2026-11"},
};

/* A page builder's title section above the body's: its h1 and the excerpt
 * under it each in an "elementor-widget", a name menus and sidebars have
 * too; the h1 says the page's title, so it is the headline, and the
 * excerpt between it and the body the lead.  The post info under it, a
 * list of the byline and the date, is the byline's paragraph (the date is
 * the dateline's). */
static const spec widget_h1_lead = {
    .page = "widget-h1-lead.html",
    .title = "How to plan a community garden in seven steps",
    .dateline = "March 9, 2026",
    .byline = "By Priya Nair",
    .lead = "From finding a plot to the first harvest: the seven steps our members took to turn "
            "an empty lot into forty shared beds, and what each one cost in time and money.",
    .body = {"Start with the council's list of vacant lots, and walk the streets near you: many "
             "owners are glad to lend a plot for a few years if someone keeps it tidy.",
             "Agree early on how beds are shared, who pays for water and what happens to a bed "
             "left untended for a month."},
    .headings = {{2, "1. Find the land"}, {2, "2. Ask who wants to grow"}},
    .chrome = {"Upcoming events", "Seed swap", "Join"},
};

/* The page's h1 is the breadcrumb's last item; the article's header is a box
 * beside the body's of a kicker, a bookmark button, the headline's copy, the
 * lead and the byline.  The box is taken as one part: its lead is the
 * paragraph of sentences in it (not its first line, the kicker), and its
 * byline, a link to the author's page, is named so. */
static const spec breadcrumb_h1_header_box = {
    .page = "breadcrumb-h1-header-box.html",
    .title = "Bahn testet Wasserstoffzug im Allgäu",
    .lead = "Seit Montag fährt zwischen Kempten und Oberstdorf ein Zug mit Brennstoffzelle. Bis "
            "zum Sommer soll er zeigen, ob die Technik für Nebenstrecken taugt.",
    .byline = "Von Jana Berg",
    .captions = {"Der Zug im Bahnhof Kempten."},
    .body = {"Auf der Strecke zwischen Kempten und Oberstdorf fährt seit Montag ein Zug, der "
             "seinen Strom aus Wasserstoff gewinnt. Die Strecke ist nicht elektrifiziert, bislang "
             "fahren hier nur Dieseltriebwagen.",
             "Ob die Bahn danach Wasserstoffzüge kauft, hängt auch vom Preis des Wasserstoffs ab, "
             "der derzeit noch deutlich über dem von Diesel liegt."},
    .chrome = {"Schiene", "Artikel merken", "Anzeige", "Newsletter", "E-Busse"},
};

/* An SEO article's questions and answers in a section of their own after
 * the body's: the article's last part; each question a heading in a box
 * named "item-header" (a name Readability takes for chrome), which holds
 * only it. */
static const spec faq_section_after = {
    .page = "faq-section-after.html",
    .title = "How much does a garden shed cost in 2026?",
    .body =
        {"A new garden shed costs between $1,500 and $6,000 installed, depending on its size, "
         "what it is built from and how much work the base needs before it goes up.",
         "Many towns ask for a permit once a shed is larger than 120 or 200 square feet, or if "
         "it will have power run to it; check with your building office before you order.",
         "A metal kit is usually the cheapest to buy, but it needs a solid anchored base and it "
         "dents, so over twenty years a good wooden shed often costs less."},
    .headings = {{2, "What drives the price"},
                 {2, "Kits or built on site"},
                 {2, "Frequently Asked Questions About Shed Costs"},
                 {3, "Do I need a permit for a garden shed?"},
                 {3, "Is a metal shed cheaper than a wooden one?"}},
    .chrome = {"Related guides", "Fence costs", "Guides"},
};

/* A page builder's layout: every heading and text in a "widget"; only the
 * first text is long.  Widgets are the article, not a sidebar's. */
static const spec page_builder = {
    .page = "page-builder.html",
    .title = "Five habits that make a vegetable garden easier",
    .body = {"A vegetable patch does not need more hours, just better ones. These habits come from "
             "ten seasons on a small allotment.",
             "Plants watered early dry off before the evening. Slugs then find less to eat at "
             "night.",
             "Half an hour most evenings does more than a whole exhausting Sunday. The garden "
             "rewards the steady hand."},
    .headings = {{2, "Water in the morning"},
                 {2, "Mulch every bare patch"},
                 {2, "Sow little and often"},
                 {2, "Keep a notebook"},
                 {2, "Stop before you are tired"}},
    .chrome = {"Kitchen", "Privacy"},
};

/* Old blog software writes the trackbacks and comments as paragraphs after
 * a "TrackBack" or "Comments" heading, in the post's own block: the post
 * ends at that heading (also with every paragraph a div). */
static const spec comments_flat = {
    .page = "comments-flat.html",
    .also = {"comments-flat-divs.html"},
    .title = "Notes from a night of moth trapping",
    .body =
        {"We set the light trap at the edge of the meadow just after sunset, with an old sheet "
         "pegged out behind it and a flask of coffee for the long wait.",
         "By midnight the egg boxes inside were crowded with moths, and the first surprise was a "
         "poplar hawk-moth as wide as my palm, sitting perfectly still.",
         "At dawn we counted forty-one species, three of them new for the parish, before letting "
         "every one of them go into the long grass by the hedge."},
    .chrome = {"TrackBack", "weblogs that reference", "Moths of the south", "Comments",
               "What a haul", "Which bulb", "remarkable for one night", "Marcus", "Priyanka"},
};

/* A recipe: its ingredients and steps are lists of few commas beside a
 * servings input and glossary links, which conditional cleaning takes for
 * a form or a list of links. */
static const spec recipe_lists = {
    .page = "recipe-lists.html",
    .title = "Apfel-Porridge mit Zimt",
    .body =
        {"Ein warmes Frühstück für kalte Morgen: Haferflocken, ein säuerlicher Apfel und etwas "
         "Zimt, in zehn Minuten fertig und ohne Zucker süß genug.",
         "Reste halten sich im Kühlschrank zwei Tage und lassen sich mit einem Schluck Milch im "
         "Topf wieder aufwärmen, ohne dass sie anbrennen."},
    .headings = {{2, "Zutaten"}, {2, "Zubereitung"}},
    .text = {"80 g kernige Haferflocken", "1 säuerlicher Apfel", "in kleine Würfel schneiden"},
    .chrome = {"Frühstück\n", "Impressum"},
};

/* A "Comments" button above the story, in its block, heads no comments:
 * the story after it stays. */
static const spec comments_button = {
    .page = "comments-button.html",
    .title = "Night buses return to the river line",
    .body =
        {"Night buses will run again on the river line from Friday, two years after the service "
         "was cut to save money during the fuel crisis.",
         "The transport board said the route would be reviewed after six months, when it has "
         "figures on how many people use it."},
    .chrome = {"Comments", "Terms"},
};

/* A guide in modules of one kind, each module's text six layers down: the
 * first module wins and the others join it. */
static const spec deep_modules = {
    .page = "deep-modules.html",
    .title = "A plain guide to heat pumps",
    .body =
        {"A heat pump moves warmth from the outside air into the house, even on a cold day, "
         "using a little electricity to do the work of a lot of gas.",
         "An installer measures each room before quoting and will often suggest a few weeks of "
         "draught proofing before any pump goes in.",
         "Placing it away from bedroom windows and on a solid base keeps the sound down for the "
         "household and for the people next door."},
    .headings = {{2, "What a heat pump does"},
                 {2, "Is my house ready"},
                 {2, "What it costs"},
                 {2, "Keeping it running"},
                 {2, "Noise and neighbours"}},
    .chrome = {"Insulation", "Privacy"},
};

/* A paywall's notice in the story's own block, in plain paragraphs. */
static const spec paywall_notice = {
    .page = "paywall-notice.html",
    .title = "Valley bakery marks fifty years on Station Road",
    .body =
        {"The Hallam family bakery on Station Road celebrated its fiftieth year on Saturday, "
         "handing out free buns to a queue that reached the post office.",
         "Founder Joan Hallam, now eighty-two, still comes in at five each morning to check the "
         "first batch of loaves before the shop opens.",
         "Her grandson Tom, who took over the ovens last spring, said the recipes have barely "
         "changed, though the bakery now sells sourdough too."},
    .chrome = {"To continue reading", "Already a subscriber", "puzzle page", "Sport", "Terms"},
};

/* A "Related on ..." line before a slideshow of other stories with long
 * captions, more text than the article's: the slideshow goes with its
 * heading, its name (promo, slideshow) says it is not the article. */
static const spec related_slideshow = {
    .page = "related-slideshow.html",
    .title = "Town council approves new harbour footbridge",
    .body = {"The town council voted on Tuesday to build a footbridge across the inner harbour, "
             "ending a decade of argument about how walkers should reach the east quay.",
             "Work is due to start next spring, and the ferry that now carries walkers across will "
             "keep running until the bridge opens."},
    .chrome = {"Related on", "Lifeboat station", "The old harbour wall", "sail loft", "Terms"},
};

/* A table of contents: its heading names it, its list goes with it. */
static const spec contents_box = {
    .page = "contents-box.html",
    .title = "Balkonkraftwerk anmelden: So geht es",
    .body = {"Ein Balkonkraftwerk liefert Strom für den eigenen Haushalt, muss aber angemeldet "
             "werden, bevor es ans Netz geht.",
             "Die Haftpflichtversicherung deckt Schäden durch das Modul in den meisten Verträgen "
             "ohne Aufpreis mit ab."},
    .headings = {{2, "Eintrag ins Register"}, {2, "Der Zähler"}, {2, "Versicherung"}},
    .chrome = {"Inhaltsverzeichnis", "zwei Minuten", "Sache des Netzbetreibers", "Impressum"},
};

/* The story's first section boxed with the headline, apart from the block
 * of the rest: the box scores low, its paragraphs being deeper down, but
 * holds a block that scores as the article's.  With each block in two divs
 * no block in it scores so: the box holds the headline and paragraphs. */
static const spec boxed_intro = {
    .page = "boxed-intro.html",
    .also = {"boxed-intro-divs.html"},
    .title = "Saving for a first home on a small salary",
    .body = {"A deposit looks out of reach on a modest wage, yet most first buyers we meet got "
             "there on ordinary pay and a plan they could keep.",
             "Find out what deposit the homes you want really need, then divide it by the months "
             "you are willing to wait, so the goal becomes a monthly figure.",
             "Move the monthly figure into a separate account on payday, before rent, food or "
             "fun, so that what is left is what you live on.",
             "Then, when the deposit is there, you will know exactly how you got it, and the same "
             "habit will pay the mortgage just as quietly."},
    .headings = {{2, "Start with the number"},
                 {2, "Look at where the money goes"},
                 {2, "Set a date"}},
    .chrome = {"Share:", "How much could you borrow", "Explore other topics", "Routing",
               "Learn and plan"},
};

/* An Italian paper's "© RIPRODUZIONE RISERVATA" closing the story. */
static const spec it_rights_notice = {
    .page = "it-rights-notice.html",
    .title = "Venezia, il Mose alzato per la prima volta in novembre",
    .body = {"Le paratoie del Mose sono state alzate ieri sera per la prima volta in questa "
             "stagione, con una marea prevista di 120 centimetri sul medio mare.",
             "Piazza San Marco è rimasta asciutta, mentre in alcune zone più basse della città "
             "l'acqua è entrata nei negozi per pochi centimetri.",
             "Il commissario ha spiegato che le barriere resteranno pronte per tutto il fine "
             "settimana, quando sono attese altre due punte di marea."},
    .chrome = {"RIPRODUZIONE", "Condividi", "P.IVA"},
};

/* An agency's rights notice closing the story's block goes; a picture's
 * credit just below the picture stays. */
static const spec rights_notice = {
    .page = "rights-notice.html",
    .title = "Ferry strike ends after three days",
    .body = {"Ferries to the islands will run again from Friday morning after crews accepted a new "
             "pay offer late on Thursday, ending a three-day strike.",
             "The ferry company said the first sailing would leave at seven, with extra crossings "
             "through the weekend to clear the backlog of cars."},
    .text = {"© 2026 Tom Reyes"},
    .chrome = {"Northern Press Agency", "All rights reserved", "Contact us"},
};

/* A packing list whose things link to reviews: most of its letters are
 * links, but items that link nowhere make it a checklist, not a menu. */
static const spec gear_checklist = {
    .page = "gear-checklist.html",
    .also = {"gear-checklist-divs.html"},
    .title = "What to pack for a first night in the hills",
    .body = {"A first night out is more fun when nothing important is left at home. This is the "
             "list we hand to friends before their first trip, tested over many wet weekends.",
             "Then walk round the block with the full pack before the trip, because an hour at "
             "home shows what rubs and what you can leave behind."},
    .headings = {{2, "Shelter"}, {2, "Sleeping"}, {2, "Kitchen"}},
    .text = {"Two-person tent", "Groundsheet", "Sleeping mat", "Earplugs", "Titanium pot",
             "Water filter"},
    .chrome = {"More from Trail Notes", "Five ridge walks", "Privacy"},
};

/* A list of sources, each link showing its address, is the article's
 * references, not a menu: kept under its heading; the list of stories
 * after it goes. */
static const spec sources_list = {
    .page = "sources-list.html",
    .title = "Profiling a server in production",
    .headings = {{2, "Sources"}},
    .text = {"https://nodejs.org/api/inspector.html",
             "https://chromedevtools.github.io/devtools-protocol/v8",
             "www.npmjs.com/package/inspector-api"},
    .chrome = {"More from Dev Notes", "Caching the hard way", "Archive"},
};

/* A log's timestamps in a code block are no dateline, though they write
 * the day and the minute of the metadata's date: the code stays code, and
 * the date line is written from the metadata. */
static const spec log_timestamps = {
    .page = "log-timestamps.html",
    .title = "Counting requests by the minute",
    .text = {"2020-09-21 08:00"},
};

static void test_log_not_dateline(void **state)
{
    (void)state;
    bt_document *doc = read_doc(td("html/extract/log-timestamps.html"), "html", NULL);
    char *text = write_doc(doc, "text", NULL, NULL);
    /* (ICU writes a narrow no-break space before AM) */
    assert_contains(text, "=\n\nMonday, September 21, 2020 at 8:00\xE2\x80\xAF" "AM\n\nA table");
    free(text);
    bt_document_free(doc);
}

/* A page builder's post info, a list of the byline and the date, is written
 * as the byline's line, the date once, as the dateline. */
static void test_post_info_list(void **state)
{
    (void)state;
    bt_document *doc = read_doc(td("html/extract/widget-h1-lead.html"), "html", NULL);
    char *text = write_doc(doc, "text", NULL, NULL);
    assert_contains(text, "=\n\nMarch 9, 2026\n\nFrom finding a plot");
    assert_contains(text, "time and money.\n\nBy Priya Nair\n\n1. Find the land");
    free(text);
    bt_document_free(doc);
}

/* A picture alone in its box, named "media" (Readability's name of chrome)
 * and linking nowhere, is the article's: it was cleaned away. */
static void test_lone_media_picture(void **state)
{
    (void)state;
    bt_document *doc = read_doc(td("html/extract/lone-media-picture.html"), "html", NULL);
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "text:images=all");
    char *text = write_doc(doc, "text", &opt, NULL);
    assert_contains(text, "в отвалы.\n\n[Image: Образцы плёнки]\n\nПо словам");
    free(text);
    bt_document_free(doc);
}

/* A live page's stream of posts, each a list item's <article> (an ad's
 * item left empty between them), is the story's sections, not a numbered
 * list; a list of points beside it stays a list. */
static void test_live_post_stream(void **state)
{
    (void)state;
    bt_document *doc = read_doc(td("html/extract/live-post-stream.html"), "html", NULL);
    char *text = write_doc(doc, "text", NULL, NULL);
    assert_contains(text, "- Crews walked out at 05:00 after talks broke down\n");
    assert_contains(text,
                    "\n11:20\n\n### Union says talks can resume on Thursday\n\nThe union said");
    assert_contains(text, "end of the day.\n\n09:45\n\n### Queues at Wemyss Bay");
    free(text);
    bt_document_free(doc);
}

/* A credit the figure sets beside its caption, a <cite> after the
 * <figcaption> (Vox Media's), is the figure's credit. */
static void test_figure_cite_credit(void **state)
{
    (void)state;
    bt_document *doc = read_doc(td("html/extract/figure-cite-credit.html"), "html", NULL);
    char *text = write_doc(doc, "text", NULL, NULL);
    assert_contains(
        text, "[Image 1: Open tins of sardines at a bar in Logan Square. Jane Roe/Eater\nChicago]");
    free(text);
    bt_document_free(doc);
}

/* React's streamed content, in hidden blocks at the end of the body, goes
 * where its placeholders stand: a boundary's (in place of its "Loading"
 * fallback) and a segment's. */
static const spec react_streamed = {
    .page = "react-streamed.html",
    .title = "Three rivers, one flood plan",
    .body = {"The three councils along the valley agreed on Monday to share one flood plan, after "
             "last winter's storms showed how water held back upstream ends up in someone else's "
             "town.",
             "Until now each council planned alone, so that new banks built in one town could push "
             "more water into the next one down the river within a day.",
             "Under the plan, the wetlands above the first town will be allowed to flood on "
             "purpose, holding water for a day or two while the lower rivers drain.",
             "Farmers whose fields are used this way will be paid each time, and the councils will "
             "share the cost by the number of homes each one protects.",
             "Residents can read the plan at their town hall from next week, and the councils will "
             "hold a public meeting in each town before the end of the month."},
    .headings = {{2, "What changes"}},
    .chrome = {"Loading paragraph", "Terms"},
};

/* Sections whose sentences link a place or a walk in every line: a third
 * of their letters are links, but they are paragraphs, not a list of
 * links. */
static const spec linked_prose = {
    .page = "linked-prose.html",
    .title = "Where to see the lake from above",
    .body = {"The lake is best seen from the fells around it, and each of the viewpoints below can "
             "be reached on foot in under two hours from a car park or a bus stop in the valley.",
             "From the Hawse End landing stage, a short climb leads to a ridge with views over the "
             "whole lake, made famous by Alfred Wainwright.",
             "Above the Great Wood car park, this crag looks straight down on the islands, with "
             "Derwent Isle in front.",
             "In winter the same paths can be icy, and the hours of daylight are short, so plan to "
             "be back in the valley well before dusk."},
    .headings = {{2, "Cat Bells"}, {2, "Walla Crag"}},
    .chrome = {"Privacy", "Stay"},
};

/* A review's cards: each product's score, and its pros and cons as short
 * lists beside toggle icons, which conditional cleaning took for a gallery. */
static const spec review_cards = {
    .page = "review-cards.html",
    .title = "The best cordless drills for a first toolbox",
    .body =
        {"We drove four hundred screws into pine and oak with each of these drills over a month "
         "of weekend jobs, and timed how long a charged battery lasted.",
         "The Oakline is light enough to hold overhead for a whole shelf and still had half its "
         "charge left at the end of our longest day of work.",
         "The Brannock is heavier and louder, but it drove long screws into oak without a pilot "
         "hole where the lighter drills stalled halfway.",
         "Whichever you choose, buy a second battery early: a drill that waits on its charger "
         "stops the job more often than a weak motor does."},
    .headings = {{2, "Oakline D12"},
                 {3, "Pros and cons"},
                 {4, "Pros"},
                 {4, "Cons"},
                 {2, "Brannock 20V"},
                 {3, "Strengths and weaknesses"},
                 {4, "Strengths"},
                 {4, "Weaknesses"}},
    .text = {"Quiet clutch", "Short belt hook", "Two batteries included",
             "Tiring to hold overhead"},
    .chrome = {"Privacy", "Garden"},
};

/* The same in a Vietnamese review: the verdict box's pros and cons beside
 * their icons (also each block in two divs: a one-item list under its
 * heading is its section's). */
static const spec vn_review_box = {
    .page = "vn-review-box.html",
    .also = {"vn-review-box-divs.html"},
    .title = "Trải nghiệm máy lọc không khí cho phòng ngủ nhỏ",
    .body = {"Máy chạy êm ở chế độ ban đêm, đèn báo tự tắt nên không làm phiền giấc ngủ, còn bộ "
             "lọc có thể thay sau khoảng sáu tháng sử dụng.",
             "Với mức giá khoảng ba triệu đồng, đây là lựa chọn hợp lý cho gia đình trẻ sống ở "
             "chung cư gần đường lớn."},
    .headings = {{3, "Ưu và nhược điểm"}, {4, "Ưu điểm"}, {4, "Nhược điểm"}},
    .text = {"Chạy êm ban đêm", "Bộ lọc dễ thay", "Nhược điểm", "Bình nước hơi nhỏ"},
    .chrome = {"Liên hệ quảng cáo", "Đời sống"},
};

/* A recipe's ingredients in an <aside> beside its steps: the recipe's,
 * not a sidebar. */
static const spec vn_recipe_aside = {
    .page = "vn-recipe-aside.html",
    .title = "Cách nấu canh chua cá lóc miền Tây",
    .body =
        {"Canh chua cá lóc là món quen thuộc trong bữa cơm gia đình miền Tây, vị chua thanh của "
         "me hòa với vị ngọt của cá và rau đồng.",
         "Cá lóc làm sạch, cắt khúc vừa ăn rồi ướp với chút muối và nước mắm trong mười lăm phút "
         "cho thấm."},
    .headings = {{2, "Nguyên liệu"}, {2, "Cách làm"}},
    .text = {"Một con cá lóc khoảng 800 gam", "Ngò gai, rau om, ớt"},
    .chrome = {"Liên hệ quảng cáo", "Sức khỏe"},
};

/* A blog post's headline in an h2 (the h1 is the blog's name), its date
 * line between it and the body: both the article's; the row of its
 * categories there is not. */
static const spec post_heading_date = {
    .page = "post-heading-date.html",
    .title = "Three hawk-moths in one July night",
    .body = {"The trap went out at dusk beside the honeysuckle, and by two in the morning it held "
             "three species of hawk-moth, more than in the whole of last summer.",
             "All three were let go at dawn under the hedge, where the birds would not see them "
             "before they found somewhere dark to sleep through the day."},
    .text = {"Posted on July 14th, 2012 by Ruth Ellery"},
    .chrome = {"Archives", "June 2012", "A garden, a lamp", "Categories", "Light traps"},
};

/* A blog post's h2 headline holding its category's link (rel="category
 * tag") as a kicker: the title is the headline without it, and the headline
 * is not read again as a heading. */
static const spec vn_post_category_kicker = {
    .page = "vn-post-category-kicker.html",
    .title = "Giâm cành hoa hồng đầu mùa mưa",
    .body = {"Đầu mùa mưa là lúc dễ giâm cành hoa hồng nhất: đất ẩm, trời mát, cành bánh tẻ cắt "
             "xuống cắm chừng hai tuần đã nhú rễ trắng.",
             "Chậu để dưới giàn mướp, tưới nhẹ mỗi sáng; sau một tháng, bảy trên mười cành đã ra lá "
             "non và có thể đem trồng ra vườn."},
    .chrome = {"Hoa hồng Giâm", "Lưu trữ", "Tháng 4/2012"},
};

/* A <time> whose datetime holds the words it shows, not a date: the date is
 * the next <time>'s machine date, not those words (which the writers would
 * print as the dateline). */
static const spec time_words_datetime = {
    .page = "time-words-datetime.html",
    .title = "Councils to share one recycling depot",
    .date = "2012-07-24T09:10",
    .body = {"The three valley councils will close their own recycling yards next spring and send "
             "every lorry to a single depot beside the old railway sidings at Holme."},
};

/* A guide whose cards, a list, fill the only child of its wrapper section:
 * widened to the list, the article is that section, and the section after
 * it (how the jackets were tested) is its sibling. */
static const spec listing_sections = {
    .page = "listing-sections.html",
    .title = "The best rain jackets for walkers",
    .body =
        {"The Fellside Pro is heavier, warmer and more expensive, but its pit zips let out the "
         "steam on long climbs, and its cuffs closed tightly over thick gloves in the sleet.",
         "Every jacket was worn for at least five wet days, on hills, in towns, on bikes, in "
         "gales, sprayed for ten minutes under a garden hose, and then washed, dried, ironed and "
         "reproofed exactly as its maker's label told us to do it."},
    .headings = {{2, "Harbour Shell"}, {2, "Fellside Pro"}, {2, "Cove Lite"}, {2, "How we tested"}},
    .chrome = {"Privacy", "Tents"},
};

/* An article in sections left open, each inside the one before: the best
 * section is the deepest, and the article's text before it is its
 * <article>'s. */
static const spec nested_sections = {
    .page = "nested-sections.html",
    .title = "Keeping bees on a city roof",
    .body =
        {"Our first hive went up on the roof of the print works in April, and the neighbours were "
         "more worried about the stairs than about the stings.",
         "The roof gets sun from mid morning, a low wall breaks the west wind, and there is a tap "
         "by the door, so water was never a problem in summer.",
         "A smoker, a hive tool, a veil and a soft brush are all we carry up the stairs, in one "
         "old canvas bag.",
         "Anyone who wants to try should find a local association first, because a mentor who has "
         "lost a colony or two saves a beginner a great deal of grief."},
    .headings = {{2, "Choosing the spot"},
                 {2, "The first summer"},
                 {2, "Neighbours"},
                 {2, "Tools"},
                 {2, "Honey and swarms"}},
    .chrome = {"Privacy", "Shop"},
};

/* Entries named "profile", one per shop a guide ranks, are its text; the
 * author's box after them, named so once, is not. */
static const spec ranked_profiles = {
    .page = "ranked-profiles.html",
    .title = "The best bike repair shops in Leeds",
    .body = {"Chainline fixed both faults while we waited, in under forty minutes, and showed us "
             "the worn cable that caused the slipping before replacing it.",
             "The Loft asked for a day but called back within three hours, with a clear list of "
             "what had been done and a note about the brake pads for next time.",
             "Expect a short queue on Saturday mornings, when half the city's club riders seem to "
             "drop in."},
    .headings = {{2, "Our picks"},
                 {3, "1. Chainline Cycles"},
                 {3, "2. The Bike Loft"},
                 {3, "3. Kirkgate Wheels"}},
    .chrome = {"Sam Okafor", "true a wheel", "Privacy"},
};

/* The links to the previous and next posts, teaser cards with their
 * excerpts, are no part of the post. */
static const spec post_nav = {
    .page = "post-nav.html",
    .also = {"post-nav-no-class.html"},
    .title = "How we keep bees on a city roof",
    .body = {"Our two hives sit on the flat roof of a print shop, five floors above a busy street, "
             "and they have come through three winters without losing a colony.",
             "We take only the honey the bees can spare in late summer, and we leave a full super "
             "on each hive for the cold months."},
    .chrome = {"Previous article", "Catching our first swarm", "Next article",
               "Making candles from the cappings", "pan of warm water", "Lena Fischer", "Privacy"},
};

/* A brief beside a column of cards of other stories, each a heading that
 * is a link and a line of its excerpt, no name saying what they are: the
 * excerpts outweigh the brief, paragraph for paragraph, unless they count
 * for nothing (before, the whole page was printed).  An ad's script
 * between "Xem thêm" and its list does not keep the list. */
static const spec vn_brief_teasers = {
    .page = "vn-brief-teasers.html",
    .title = "Hà Nội thêm ba tuyến xe buýt điện",
    .body = {"Từ ngày 1/12, Hà Nội đưa vào khai thác ba tuyến xe buýt điện nối trung tâm với các "
             "huyện phía tây.",
             "Mỗi tuyến có mười hai xe, chạy từ năm giờ sáng đến mười giờ tối, giá vé bảy nghìn "
             "đồng một lượt.",
             "Sở Giao thông cho biết xe được trang bị wifi và chỗ cho người đi xe lăn."},
    .chrome = {"Xem thêm", "Vé tháng", "Nhà chờ", "Giá vàng", "Sáng nay", "Không khí lạnh",
               "Phố đi bộ", "Xuất khẩu gạo", "Ba trường học", "điện mặt trời mái nhà",
               "Tin Thủ Đô Xã hội", "Cơ quan chủ quản"},
};

/* The same beside cards whose titles are links in divs, no heading: the
 * link a card opens on is its title (before, the rail and the story were
 * taken together); and the same page without a class anywhere: cards are
 * alike by their tags. */
#define BRIEF_LINK_CARDS(file)                                                                     \
    {                                                                                              \
        .page = file, .title = "Library extends its opening hours",                                \
        .body = {"The central library will stay open until nine in the evening on weekdays from "  \
                 "January, the council said on Monday.",                                           \
                 "Two librarians will be hired for the later shifts, paid for by savings on the "  \
                 "building's heating.",                                                            \
                 "The study rooms on the first floor can be booked online, as before."},           \
        .chrome = {"Old river bridge", "Drivers will be sent", "Farmers' market", "Late goal",      \
                   "New primary school", "Night buses", "Three routes", "12 High Street"},         \
    }
static const spec brief_link_cards = BRIEF_LINK_CARDS("brief-link-cards.html");
static const spec cards_no_class = BRIEF_LINK_CARDS("cards-no-class.html");

/* Cards of other stories between the paragraphs, each a picture and a title
 * linking the same page of the site (relative, or on the host of the
 * page's canonical address), go as a run; a guide's picks, as alike, link
 * a shop and stay. */
static const spec inline_cards = {
    .page = "inline-cards.html",
    .also = {"inline-cards-divs.html"},
    .title = "A weekend on the canal by narrowboat",
    .body =
        {"We hired a narrowboat for three days on the Llangollen Canal, and learned to steer it "
         "in about an hour, mostly by bumping gently into the bank.",
         "The boat came with a small galley, two cabins and a wood stove, and the yard gave us "
         "a map of every lock and water point on the way to the aqueduct.",
         "Crossing the Pontcysyllte Aqueduct, thirty-eight metres above the river, was the "
         "high point in every sense: there is no railing on the towpath side of the boat.",
         "Lighter than the steel one the yard lends you, and it floats, which matters more "
         "than you would think.",
         "Wet ropes are hard on the hands, and these dry overnight next to the stove.",
         "For the tunnels, where the boat's own light shows the roof but not the walls.",
         "We would go again in spring, before the hire yards get busy and while the hedges are "
         "still full of birds."},
    .headings = {{2, "What we packed"},
                 {3, "Aluminium windlass"},
                 {3, "Rope gloves"},
                 {3, "Head torch"}},
    .chrome = {"canal lock", "Paddles, gates", "towpath walks", "Flat routes", "really costs",
               "Fuel, mooring", "Slow Travel Weekly"},
};

/* Cards of other articles after the text, their headings all links, go
 * with what follows them; a guide's picks, as alike but with the text
 * going on after them, stay. */
static const spec teaser_cards = {
    .page = "teaser-cards.html",
    .title = "Three stoves for a week in the hills",
    .body = {"We cooked every meal of a wet week in the hills on three small stoves, and each of "
             "them earned a place in the pack for a different kind of trip.",
             "Slower to boil, but it kept going in a gale on the second night that put both of the "
             "others out, thanks to the deep cup around its flame.",
             "If we could take only one, it would be the Wind Cup: a stove that works in bad "
             "weather is worth the extra minutes on a calm evening, and in the hills the evenings "
             "are rarely calm."},
    .headings = {{2, "Flame One"}, {2, "Wind Cup"}, {2, "Tin Stove"}},
    .chrome = {"Keep reading", "How much fuel to pack", "worked out for a weekend",
               "Pots that nest", "mugs that fit", "Baking bread on a stove", "starter that lives",
               "Privacy"},
};

/* The author's box after the story, a paragraph about them in a block
 * named as a byline is, goes; the byline stays. */
static const spec author_about = {
    .page = "author-about.html",
    .title = "Why the river bus runs late in winter",
    .byline = "By Nadia Brenner",
    .body = {"Passengers on the river bus have grown used to waiting on cold piers between "
             "November and March, and the operator now says the delays have a simple cause.",
             "A new winter timetable with two fewer sailings an hour will start next month, which "
             "the operator says will make the boats that do run arrive when promised."},
    .chrome = {"covers transport", "harbour pilot", "Privacy"},
};

/* A short call to sign up for the site's newsletter, between the story's
 * paragraphs, is no part of it. */
static const spec newsletter_call = {
    .page = "newsletter-call.html",
    .title = "Die Fähre fährt wieder",
    .body =
        {"Nach drei Monaten in der Werft ist die kleine Fähre über den Kanal seit Montag wieder "
         "im Dienst, mit neuem Motor und einer Rampe für Fahrräder.",
         "Die Fähre fährt werktags alle zwanzig Minuten, am Wochenende jede halbe Stunde, und "
         "die Fahrt bleibt für Kinder kostenlos."},
    .chrome = {"Newsletter", "jeden Freitag", "Impressum"},
};

/* Newsletters' boxes between the paragraphs, named by hashes or a
 * region's attribute only: one asks for an e-mail address (with skip links
 * and a privacy notice around it), one opens with the label "Newsletter"
 * over the newsletter's name and a link; a paragraph in italics that
 * calls to sign up for one. */
static const spec newsletter_boxes = {
    .page = "newsletter-boxes.html",
    .title = "Swifts return early to the city's church towers",
    .body =
        {"Volunteers counting the birds from the cathedral roof logged the first arrivals on 19 "
         "April, almost a week earlier than the average of the last twenty years.",
         "The swifts, which spend the winter over central Africa, nest in gaps under roof tiles "
         "and "
         "in the louvres of old towers, and return to the same holes every year.",
         "Dr Hannah Ewart, who leads the count, said warmer springs along the migration route "
         "might "
         "explain the change, but warned that one early year did not make a trend.",
         "The number of nesting pairs in the city has fallen by more than half since the 1990s, as "
         "renovations seal the gaps the birds depend on.",
         "Last year the council agreed to fit swift bricks in all new public buildings, and the "
         "volunteers hope churches will follow when their roofs are next repaired."},
    .chrome = {"newsletter", "Sign up", "Wild Week", "Privacy", "Morning Field Notes",
               "context to understand", "Every weekday", "Registered in England", "Night Sky"},
};

/* A photo story: each picture with its counter on it ("1/3") and its
 * caption after it; the counter goes, not the picture. */
static const spec photo_story_counters = {
    .page = "photo-story-counters.html",
    .title = "FOTO: Pagi di Pasar Terapung Sungai Barito",
    .captions = {"Seorang pedagang mendayung perahu berisi pisang menuju pusat pasar pada pukul "
                 "lima pagi.",
                 "Para pedagang saling bertukar barang, tradisi yang masih bertahan di sungai ini.",
                 "Menjelang pukul delapan, pasar mulai sepi dan para pedagang pulang ke kampung."},
    .body =
        {"Sebelum matahari terbit, puluhan perahu kayu sudah memadati tepian Sungai Barito. Para "
         "pedagang, sebagian besar perempuan, menjajakan sayur, buah, dan kue tradisional "
         "langsung dari atas perahu mereka.",
         "Pasar ini telah berlangsung turun-temurun. Meski jumlah pedagang terus menyusut, "
         "pasar tetap menjadi magnet bagi wisatawan yang ingin menyaksikan jual beli di atas "
         "air."},
    .chrome = {"1/3", "2/3", "Hak cipta"},
};

/* WordPress's gallery block: figures inside a figure, the gallery's
 * caption after them; each picture is a figure, the gallery's caption the
 * last one's, which has none of its own. */
static const spec gallery_block_nested = {
    .page = "gallery-block-nested.html",
    .title = "Ferry terminal reopens on the harbour",
    .captions = {"The adjustable gangway during a test at low tide.",
                 "Bike storage on the ground floor.", "The bakery kiosk on opening day."},
    .body = {"The rebuilt ferry terminal welcomed its first passengers on Monday morning, ending a "
             "closure that stretched nearly eight months and forced commuters onto crowded buses "
             "around the bay.",
             "The terminal also includes a small public plaza, a bike storage room with space for "
             "sixty bicycles, and a kiosk run by an island bakery that won the concession in a "
             "lottery.",
             "Environmental groups praised the removal of the old treated timbers, which had been "
             "leaching into the shallows for decades, and divers plan to survey the seabed next "
             "year."},
};

/* A long read's full-width pictures, each with an <aside class=caption>
 * beside it: the aside is the caption, not a sidebar; a related box in an
 * aside still goes. */
static const spec captions_aside = {
    .page = "captions-aside.html",
    .title = "棚田の四季を守る人々",
    .captions = {"水を張った棚田。夕日が田の一枚一枚に映り込む＝写真・山田 太郎",
                 "田植えをするオーナー制度の参加者たち。子どもの姿も目立つ"},
    .body =
        {"日本海に面した急斜面に、小さな田が幾重にも連なる。朝日町の棚田は、八百枚の田が海岸まで"
         "階段状に続く、全国でも珍しい景観だ。",
         "地元の農家は長年、手作業で田を守ってきた。しかし高齢化が進み、二十年前に三十人以上い"
         "た耕作者は、いまでは数人にまで減った。",
         "田植えは五月の連休に行われる。オーナー制度に登録した全国の会員とその家族が集まり、地"
         "元の人たちの指導を受けながら苗を植えていく。"},
    .chrome = {"関連記事", "能登の塩田"},
};

/* A standfirst set as the one item of a list in a box named a summary
 * ("<div class=article-summary><ul><li>..."): the lead, no list. */
static const spec summary_list_lead = {
    .page = "summary-list-lead.html",
    .title = "Farmers count losses as armyworm ravages young maize",
    .lead = "Farmers in two counties say the pest has destroyed more than 12,000 acres of maize "
            "planted in March, and warn of a poor harvest unless pesticides arrive soon.",
    .body = {"Farmers in the North Rift are counting losses after fall armyworm invaded thousands "
             "of acres of young maize, threatening the region's main harvest of the year.",
             "Agricultural officers said the pest, first reported in the area in 2017, spread "
             "quickly after a dry spell in April left the young plants weak.",
             "The county government has asked the national ministry for emergency supplies of "
             "pesticides and for extension officers to train farmers on early detection."},
    .chrome = {"Daily Ledger Media"},
};

/* The same between the headline and the body, every class a hash and
 * the parts named by data-qa only (a page of bench/written-pages, written
 * after SCMP's): the summary's list is named
 * "ContentSummary-ContainerWithTag", which says "tag" but is the lead. */
static const spec summary_list_hashed = {
    .page = "summary-list-hashed.html",
    .title =
        "Hong Kong to let minibus operators hire drivers from mainland China as shortage bites",
    .lead =
        "Transport officials say up to 1,000 non-local drivers could be admitted under a labour "
        "importation scheme, with first arrivals expected by autumn",
    .body =
        {"Hong Kong will allow minibus operators to hire up to 1,000 drivers from mainland China "
         "under a labour importation scheme, as an ageing workforce and low recruitment leave "
         "some routes running at half their scheduled frequency.",
         "The Transport and Logistics Bureau announced the quota on Tuesday, saying applications "
         "from operators would open in March and the first imported drivers could be on the "
         "roads by the autumn after completing local training and testing."},
    .headings = {{3, "Ageing workforce"}, {3, "Unions push back"}},
    .chrome = {"Why you can trust SCMP", "Green minibus fares to rise",
               "Get the most important Hong Kong stories"},
};

/* A Vietnamese blog's sapo: the first paragraph wholly in italics (in
 * the copy, in bold inside the italics, "<em><strong>"). */
static const spec vn_italic_sapo = {
    .page = "vn-italic-sapo.html",
    .also = {"vn-italic-sapo-bold.html"},
    .title = "Cách trồng lan ý trong nhà luôn xanh tốt, ra hoa đều",
    .lead =
        "Lan ý là một trong những loại cây cảnh trong nhà được ưa chuộng nhất nhờ lá xanh bóng, "
        "hoa trắng thanh nhã và khả năng lọc không khí.",
    .body =
        {"Lan ý ưa bóng râm, chỉ cần ánh sáng tán xạ nên rất hợp đặt ở phòng khách, phòng làm "
         "việc hay góc cầu thang ít nắng.",
         "Nên tưới nước khi lớp đất mặt đã khô khoảng hai đốt ngón tay, tránh để chậu đọng nước "
         "lâu ngày khiến rễ bị úng và thối.",
         "Mỗi tháng bón một lần phân hữu cơ loãng hoặc phân tan chậm, cây sẽ ra hoa đều vào "
         "mùa xuân và đầu mùa hè."},
    .chrome = {"Mọi quyền", "Kinh nghiệm"},
};

/* The author's card after the story, the name a link to their page and
 * the sentence about them set beside it ("<a>Dana Ferrante</a> <span>is a
 * staff writer at ...</span>"), every class a hash. */
static const spec author_bio_sentence = {
    .page = "author-bio-sentence.html",
    .title = "A battery start-up's promise meets the factory floor",
    .body = {"The company says its solid-state cells can charge to eighty per cent in twelve "
             "minutes, and that a pilot line in San Jose has now built its first ten thousand of "
             "them.",
             "Engineers who have seen the data say the results are promising, but warn that cells "
             "made by hand in a laboratory often fail once they are produced by the million.",
             "For now, the pilot line runs at a fraction of its capacity, and the company will "
             "decide next year whether to build a full plant, a project that would take at least "
             "three years."},
    .chrome = {"staff writer", "newswire", "All rights reserved"},
};

/* A bold line heading its own paragraph's text, a break between
 * ("<p><strong>Sub-heading</strong><br>Text...</p>"): a heading and the
 * paragraph (a heading may end in a quoted word); a bold question over its
 * answer so stays one paragraph. */
static const spec bold_line_heads = {
    .page = "vn-bold-line-heads.html",
    .title = "Hà Nội mở rộng tuyến xe buýt điện đến sân bay",
    .headings = {{2, "Tần suất mười lăm phút một chuyến"},
                 {2, "Tuyến buýt đầu tiên mang tên \"xanh\""}},
    .body =
        {"Từ tháng sau, hành khách có thể đi xe buýt điện từ trung tâm thành phố tới sân bay Nội "
         "Bài với giá vé chín nghìn đồng một lượt, theo Sở Giao thông.",
         "Các xe chạy từ năm giờ sáng đến mười một giờ đêm, mỗi chuyến cách nhau mười lăm phút "
         "vào giờ cao điểm và hai mươi phút vào giờ thấp điểm.",
         "Đây là tuyến buýt điện đầu tiên nối trung tâm với sân bay, thay cho tuyến buýt chạy dầu "
         "đã hoạt động hơn mười năm.",
         "Sở Giao thông cho biết sẽ theo dõi lượng khách trong ba tháng đầu để điều chỉnh lộ "
         "trình và tần suất nếu cần thiết."},
    .text = {"Vé tháng có giá ưu đãi?"},
    .chrome = {"Giấy phép"},
};

/* Sub-headings set as ARIA headings, divs with role=heading and an
 * aria-level: headings of that level. */
static const spec aria_headings = {
    .page = "aria-headings.html",
    .title = "Laguna, le barene tornano a crescere",
    .headings = {{2, "Sedimenti che tornano al loro posto"}, {3, "Il ruolo delle paratoie"}},
    .body =
        {"Dopo anni di erosione, le barene della laguna nord tornano a crescere grazie ai "
         "sedimenti riportati dai dragaggi dei canali, secondo il rapporto presentato ieri.",
         "I tecnici hanno spiegato che il fango tolto dai canali viene ora depositato ai margini "
         "delle barene, dove le piante lo trattengono e lo consolidano in pochi mesi.",
         "Secondo i ricercatori, le chiusure delle paratoie durante le maree più alte riducono "
         "anche l'apporto di sedimenti marini, un effetto che andrà seguito nei prossimi anni."},
    .chrome = {"Padova"},
};

/* Sub-headings set as paragraphs or divs that a class names an
 * intertitle ("text_zwischentitel", "crosshead"): headings. */
static const spec intertitles_de = {
    .page = "intertitles-de.html",
    .title = "Eine Nacht voller Glitzer",
    .headings = {{2, "Kostüme aus drei Jahrzehnten"},
                 {2, "Ein Finale ohne Netz"},
                 {2, "Zugaben bis Mitternacht"}},
    .body =
        {"Im Hafentheater feiert eine Revue über die Geschichte der Dragkunst Premiere, und das "
         "Publikum feiert mit: drei Stunden, zwölf Nummern, kaum eine Pause.",
         "Die Ausstatterin hat Kleider aus den Archiven der Stadt geliehen und neu besetzt, "
         "manche Stücke sind älter als die jüngsten Darsteller des Abends.",
         "Am Ende steht das ganze Ensemble auf der Bühne, singt ohne Playback und ohne "
         "Mikrofon, und für einen Moment wird es im Saal ganz still.",
         "Das Publikum erklatscht drei Zugaben, und erst kurz vor Mitternacht gehen im Foyer die "
         "Lichter aus."},
    .chrome = {"Impressum", "Termine", "Theater im Hafen", "Abo"},
};

/* A dek a utility class hides in print ("article-dek dn-print") is the
 * lead: "print" there says where it shows, not that it is a print button;
 * the share bar hidden alike is chrome by its own name.  The time's
 * "AM EDT" is the dateline's, no author beside it. */
static const spec dek_hidden_in_print = {
    .page = "dek-hidden-in-print.html",
    .title = "More rural school districts are switching to four-day weeks. Parents are split.",
    .dateline = "March 12, 2024, 5:30 AM EDT",
    .lead = "Hundreds of districts now hold classes only four days a week to attract teachers and "
            "save money.",
    .body = {"PRAGUE, Okla. — On Fridays, the parking lot at Prague Elementary School is empty. "
             "There are no buses, no lunch lines and no bells."},
    .chrome = {"Facebook", "Print"},
};

/* A sapo opened by the paper's domain in parentheses, however long the
 * domain ("(Thoibaotaichinhvietnam.vn) -"), is the lead. */
static const spec vn_domain_mark_lead = {
    .page = "vn-domain-mark-lead.html",
    .title = "Thu ngân sách 6 tháng ước đạt 58,2% dự toán",
    .lead =
        "(Thoibaotaichinhvietnam.vn) - Theo Bộ Tài chính, tổng thu ngân sách nhà nước 6 tháng "
        "đầu năm ước đạt 993,4 nghìn tỷ đồng, bằng 58,2% dự toán, tăng 15,5% so với cùng kỳ năm "
        "trước.",
    .body = {"Trong đó, thu nội địa ước đạt 831,9 nghìn tỷ đồng, bằng 57,8% dự toán, tăng 17,5% so "
             "với cùng kỳ năm trước."},
};

/* Leads in camel-case names, "leadText" and "leadIn" (a name's word
 * ends at a capital only when it is the name's last); a byline in the
 * lead's box, named both ("article-header-leadText-authors"), is the
 * byline; a summary box whose last item names a year is no dated byline
 * row. */
static const spec lead_camel_names = {
    .page = "lead-camel-names.html",
    .title = "Supermarkt in Odelzhausen: Gemeinderat stimmt knapp zu",
    .lead = "Jahrelang wurde in Odelzhausen über einen neuen Vollsortimenter gestritten. Jetzt hat "
            "der Gemeinderat den Weg frei gemacht.",
    .byline = "von Josef Ostermair",
    .body = {"Odelzhausen – Es war eine der längsten Sitzungen, die der Gemeinderat in dieser "
             "Amtszeit erlebt hat. Erst kurz vor 23 Uhr stand das Ergebnis fest.",
             "Mit 9 zu 8 Stimmen billigte das Gremium den Bebauungsplan für das Gelände am "
             "Ortsrand, auf dem bislang Mais angebaut wird."},
};

/* A lead named "leadIn" after the hero picture; a player's box whose
 * button says "Artikel anhören" (a button's label is no text of the
 * page's) goes with the note beside it. */
static const spec lead_in_audio = {
    .page = "lead-in-audio.html",
    .title = "Länder fordern schnelleren Abschuss von Wölfen",
    .lead =
        "Nach einer Serie von Wolfsrissen drängen mehrere Bundesländer auf schnellere Abschüsse. "
        "Naturschützer halten das für rechtlich fragwürdig.",
    .captions = {"Ein Wolf im Wildpark Schorfheide."},
    .body =
        {"Mehrere Bundesländer wollen problematische Wölfe künftig deutlich schneller abschießen "
         "lassen. Niedersachsen und Brandenburg legen einen gemeinsamen Antrag vor."},
    .chrome = {"Dieser Audioinhalt wird mit Hilfe einer KI-Stimme generiert.", "Artikel anhören"},
};

/* A row of tools as links in a <span> beside the date ("A- A+ In bài
 * Gửi bài") goes; the date stays, said once. */
static const spec vn_tool_row_span = {
    .page = "vn-tool-row-span.html",
    .title = "Đắk Lắk: Nông dân phấn khởi vì giá cà phê tăng cao kỷ lục",
    .body =
        {"Giá cà phê nhân xô tại Đắk Lắk những ngày qua liên tục lập đỉnh mới, có thời điểm vượt "
         "130.000 đồng/kg, giúp nhiều nông hộ có nguồn thu lớn."},
    .chrome = {"In bài", "Gửi bài", "A+"},
};

/* A box of the paper's print edition ("box-epaper": its cover and "Đón
 * đọc ... số 79") is no picture of the story. */
static const spec vn_epaper_box = {
    .page = "vn-epaper-box.html",
    .title = "Khối ngoại bán ròng phiên thứ năm liên tiếp",
    .body =
        {"Nhà đầu tư nước ngoài tiếp tục bán ròng hơn 600 tỷ đồng trên sàn HOSE trong phiên giao "
         "dịch cuối tuần, tập trung vào nhóm cổ phiếu ngân hàng và bất động sản."},
    .chrome = {"Đón đọc Đầu tư Chứng khoán số 79"},
};

/* A bold question over a paragraph is a sub-heading when bold lines that
 * are no questions head the text beside it (an interview's bold lines are
 * all questions, and stay its paragraphs). */
static const spec question_subheads = {
    .page = "question-subheads.html",
    .title = "Cucumbers sold in 14 states recalled over salmonella risk",
    .headings = {{2, "Which cucumbers are affected?"}, {2, "What to do if you bought them"}},
    .body = {"A Florida grower is recalling cucumbers shipped to stores in 14 states because they "
             "may be contaminated with salmonella, the Food and Drug Administration said Friday."},
};

/* An interview's bold questions, with no other bold line heading the
 * text, are its paragraphs, no sub-headings. */
static const spec interview_questions = {
    .page = "interview-questions.html",
    .title = "“Boredom is where play begins”: a child psychologist on empty afternoons",
    .body = {"Children today have more organised activities than any generation before them. We "
             "asked the psychologist Anna Marsh whether that is a good thing.",
             "How many activities does a typical child have?",
             "In the families I see, three or four a week is normal, and some children have "
             "something every single afternoon, with homework on top.",
             "What is boredom, really?"},
};

/* A site's rights notice after an author's box (a photo beside a
 * paragraph about them) goes; a picture's credit saying "©" under it is
 * the picture's. */
static const spec rights_after_author_box = {
    .page = "rights-after-author-box.html",
    .title = "Cucumbers recalled over salmonella risk",
    .captions = {"Cucumbers on display at a grocery store."},
    .body = {"A Florida grower is recalling cucumbers shipped to stores in 14 states because they "
             "may be contaminated with salmonella, the Food and Drug Administration said."},
    .text = {"© 2023 Getty Images"},
    .chrome = {"All Rights Reserved", "Stephen Kessler is a reporter"},
};

/* An author's job title its class names beside their name in the byline
 * ("Staff Writer") goes; "AM PT" is the time's, shown with it. */
static const spec author_job_title = {
    .page = "author-job-title.html",
    .title = "Sierra snowpack climbs above average after March storms",
    .dateline = "March 12, 2024 3 AM PT",
    .byline = "By Hayley Moreno",
    .body = {"A parade of late-winter storms has pushed the Sierra Nevada snowpack above its "
             "historical average for the first time this season, state water officials said "
             "Monday."},
    .chrome = {"Staff Writer"},
};

/* A card of a video a script plays, named so, with its length ("VIDEO
 * 03:12" and a title), and a "Don’t miss these stories" line over a list
 * of links are chrome. */
static const spec video_card_dont_miss = {
    .page = "video-card-dont-miss.html",
    .title = "Home insurance premiums are soaring. Here is what you can do",
    .body =
        {"Homeowners across the country are facing steep increases in their insurance premiums, "
         "and in some states the jump has been more than 20% in a single year.",
         "Some carriers have stopped writing new policies altogether in high-risk markets, "
         "pushing more homeowners toward state-backed insurers of last resort."},
    .chrome = {"Why home insurance is getting so expensive", "Don’t miss these stories",
               "Dow rises 200 points"},
};

/* "Im Video" over a video's title, its player left to a script, heads a
 * card of chrome. */
static const spec de_video_teaser = {
    .page = "de-video-teaser.html",
    .title = "Neue Grundsteuer: Eigentümer zahlen plötzlich das Dreifache",
    .body =
        {"Als Monika Albers Anfang Januar ihren Grundsteuerbescheid öffnete, glaubte sie zunächst "
         "an einen Tippfehler. Statt bisher 312 Euro soll sie nun 947 Euro zahlen.",
         "So wie ihr geht es derzeit Tausenden Eigentümern in Deutschland, seit die "
         "Grundsteuerreform zum Jahreswechsel in Kraft getreten ist.",
         "Wer seinen neuen Bescheid für falsch hält, hat einen Monat Zeit, Einspruch "
         "einzulegen, rät die Steuerberaterin Katrin Oelschläger."},
    .chrome = {"Im Video", "Diese Fehler kosten"},
};

/* A box calling to subscribe, its button saying so ("Je m’abonne"), is
 * chrome as a call for money is. */
static const spec fr_subscribe_box = {
    .page = "fr-subscribe-box.html",
    .title = "Brest : la deuxième ligne de tram prend forme",
    .body = {"Les premiers rails de la deuxième ligne de tramway ont été posés cette semaine rue "
             "Jean-Jaurès, où les travaux avancent plus vite que prévu.",
             "La mise en service commerciale est toujours annoncée pour l’été 2026, avec un tram "
             "toutes les six minutes aux heures de pointe."},
    .chrome = {"Ouest-France en illimité", "Sans engagement", "Je m’abonne"},
};

/* A related-news head with an ellipsis ("Xem thêm...", "ये खबर भी
 * पढ़ें...") heads the links after it as the head without does. */
static const spec read_also_dots = {
    .page = "read-also-dots.html",
    .title = "Hà Nội mở thêm ba tuyến buýt điện",
    .body =
        {"Từ ngày 1/7, Hà Nội đưa vào khai thác thêm ba tuyến xe buýt điện nối trung tâm thành "
         "phố với các khu đô thị phía tây, nâng tổng số tuyến buýt điện lên 15.",
         "Theo Sở Giao thông vận tải, mỗi tuyến có từ 10 đến 12 xe, tần suất 15 phút một chuyến "
         "vào giờ cao điểm và 20 phút vào giờ thấp điểm."},
    .chrome = {"Xem thêm", "Giá vé tháng"},
};

/* A standfirst hidden from print ("hidden-print") that the page's
 * description says again is the lead; a box only hidden from print is
 * chrome still. */
static const spec print_hidden_description = {
    .page = "print-hidden-description.html",
    .title = "Smoky chicken & chorizo traybake",
    .lead = "Pile everything into one tin for a fuss-free midweek dinner. Smoky chorizo and sweet "
            "peppers make this a family favourite",
    .headings = {{2, "Method"}},
    .body =
        {"Heat the oven to 200C/180C fan/gas 6. Tip the chicken, chorizo, peppers and onion into "
         "a large roasting tin and toss with the oil and paprika."},
    .chrome = {"Get a FREE Good Food cookbook"},
};

/* Vietnamese read-aloud players: a button saying "Nghe đọc bài" in a row
 * of tools, and a label "Nghe nhanh" and a length beside a button of no
 * words, go. */
static const spec vn_read_aloud = {
    .page = "vn-read-aloud.html",
    .title = "Hơn 98.000 thí sinh TP.HCM thi vào lớp 10",
    .body =
        {"Sáng 6.6, hơn 98.000 thí sinh TP.HCM bước vào môn thi đầu tiên của kỳ thi tuyển sinh "
         "lớp 10. Nhiều em nhận xét đề ngữ văn vừa sức.",
         "Theo Sở GD-ĐT TP.HCM, toàn thành phố có 165 điểm thi, với hơn 8.000 cán bộ, giáo viên "
         "tham gia coi thi và phục vụ kỳ thi."},
    .chrome = {"Nghe đọc bài", "Nghe nhanh", "02:47"},
};

/* A <span> a class names a lead, on a line of its own between the
 * picture and the text (VnExpress International's "lead_post_detail"),
 * is the lead. */
static const spec lead_span_line = {
    .page = "lead-span-line.html",
    .title = "Vietnam rice exports surge 40% on strong Philippine demand",
    .lead = "Vietnam exported 1.2 million tons of rice worth $810 million in the first two months, "
            "up 40% in value year-on-year.",
    .captions = {"Workers load rice onto a ship at a port in Ho Chi Minh City."},
    .body =
        {"The Philippines remained the largest buyer, accounting for more than 45% of the total "
         "volume, according to data released on Sunday."},
};

/* Joomla K2's "itemIntroText" before its "itemFullText" is the lead. */
static const spec k2_intro_text = {
    .page = "k2-intro-text.html",
    .title = "Thanh long Bình Thuận hướng đến sản xuất bền vững",
    .lead =
        "Trước áp lực cạnh tranh của thị trường, nhiều nông dân trồng thanh long ở Bình Thuận đã "
        "chuyển sang sản xuất theo tiêu chuẩn VietGAP, gắn với liên kết tiêu thụ.",
    .captions = {"Nông dân chăm sóc vườn thanh long đạt chuẩn VietGAP."},
    .body = {"Bình Thuận hiện có khoảng 26.000 ha thanh long, sản lượng mỗi năm trên 500.000 tấn, "
             "phần lớn xuất khẩu sang Trung Quốc."},
};

/* A call to follow the paper on Google News, in Vietnamese ("Theo dõi
 * Báo ... trên Google News"), is chrome as the English call is. */
static const spec vn_follow_google_news = {
    .page = "vn-follow-google-news.html",
    .title = "Giá sầu riêng tăng mạnh, nông dân phấn khởi",
    .body =
        {"Giá sầu riêng Ri6 tại các vựa ở Tiền Giang tăng lên 90.000 đồng/kg, cao hơn tuần trước "
         "khoảng 15.000 đồng/kg, nhiều nhà vườn phấn khởi.",
         "Theo các thương lái, nguồn cung giảm do nhiều vườn đã thu hoạch xong, trong khi nhu cầu "
         "xuất khẩu sang Trung Quốc vẫn cao."},
    .chrome = {"Google News"},
};

/* An AI summary folded away behind its button ("Tóm tắt bài viết") and a
 * box asking how the article made the reader feel are chrome; the sapo
 * stays the lead. */
static const spec vn_summary_vote = {
    .page = "vn-summary-vote.html",
    .title = "Công nhân vẫn khó mua nhà ở xã hội",
    .lead =
        "Nguồn cung nhà ở xã hội năm 2025 tăng mạnh nhưng nhiều công nhân thu nhập thấp vẫn khó "
        "tiếp cận do giá bán cao, thủ tục phức tạp.",
    .body = {"Theo Bộ Xây dựng, 9 tháng năm 2025, cả nước đã hoàn thành khoảng 42.000 căn nhà ở xã "
             "hội, gấp gần 2 lần cùng kỳ năm trước."},
    .chrome = {"Tóm tắt bài viết", "Bạn cảm thấy", "Xúc động"},
};

/* A box calling for tips under the story ("Har du tips?") and a byline's
 * "More by this Author" link are chrome. */
static const spec tip_box_author_more = {
    .page = "tip-box-author-more.html",
    .title = "SL höjer priset på månadskortet",
    .body = {"Priset på SL:s 30-dagarsbiljett höjs med 50 kronor från den 1 juli, meddelar Region "
             "Stockholm på tisdagen.",
             "Beslutet ska formellt klubbas av regionfullmäktige i april, men eftersom majoriteten "
             "står bakom förslaget väntas det gå igenom."},
    .chrome = {"Har du tips?", "nyhetstips@expressen.se", "More by this Author"},
};

/* A video's box named so, an empty element for a script's player and
 * its title, and the Trust Project's badge are chrome. */
static const spec video_embed_trust = {
    .page = "video-embed-trust.html",
    .title = "Record number of patients on trolleys in March",
    .body =
        {"More than 600 patients were waiting on trolleys for a hospital bed on Tuesday morning, "
         "the highest number ever recorded in March, according to the nurses' union.",
         "University Hospital Limerick was once again the worst affected, with 112 people "
         "waiting for a bed, followed by Cork University Hospital with 71."},
    .chrome = {"Today's News in 90 Seconds", "The Trust Project"},
};

/* Chrome lines of several sites: a share bar's "Social Sharing", text
 * size buttons, "Purchase Licensing Rights", a call for confidential tips,
 * "VIDEO RECOMENDADO" over a video's title, and a call to follow on
 * WhatsApp after a first sentence.  (A line of a zero-width joiner alone is
 * empty once trimmed: the search for a call's sentence read past its end,
 * which ASan saw.) */
static const spec chrome_lines_mixed = {
    .page = "chrome-lines-mixed.html",
    .title = "Cooking gas prices climb again in Lagos",
    .body =
        {"The price of refilling a 12.5kg cylinder of cooking gas rose to about N18,000 in parts "
         "of Lagos this week, up from N15,500 a month ago, a survey by our correspondent showed.",
         "Retailers blamed the increase on the rising cost of importing liquefied petroleum gas "
         "and on the weaker naira, which has lost ground against the dollar since January."},
    .chrome = {"Social Sharing", "text size", "Licensing", "confidential tip", "VIDEO RECOMENDADO",
               "Gas retailers explain", "WhatsApp"},
};

/* A summary a machine wrote, in its box ("ai-summary") with its warning,
 * is chrome; "PM PHT" after the time is the dateline's. */
static const spec ai_summary_box = {
    .page = "ai-summary-box.html",
    .title = "Angat Dam nears minimum level as El Niño dries up watersheds",
    .dateline = "Mar 12, 2024 7:35 PM PHT",
    .body =
        {"MANILA, Philippines – The water level at Angat Dam, which supplies about 90% of Metro "
         "Manila’s water needs, dropped to 191.4 meters on Tuesday morning."},
    .chrome = {"AI generated", "Maynilad may extend", "beta"},
};

/* A box of short rows (the date and its category, the share links) right
 * under the headline, before a lead its class names, is no lead: the sapo
 * is. */
static const spec vn_info_row_before_sapo = {
    .page = "vn-info-row-before-sapo.html",
    .title = "Kết quả Nam Định vs HAGL: Hendrio tỏa sáng, nhà vô địch thắng thuyết phục",
    .lead = "Hendrio ghi một bàn và kiến tạo một bàn giúp Thép Xanh Nam Định đánh bại Hoàng Anh "
            "Gia Lai "
            "3-1 ở vòng 6 V-League trên sân Thiên Trường.",
    .body =
        {"Bước vào trận đấu với lợi thế sân nhà, Thép Xanh Nam Định nhanh chóng áp đặt thế trận và "
         "mở tỷ số ngay phút 12."},
    .chrome = {"Theo dõi trên Google News", "20:05 V-League"},
};

/* More sites' lines of chrome: an ad's "Story continues below this ad",
 * pointers opened by "Pilihan Editor:" and "TE RECOMENDAMOS:", a legal
 * Q&A's call for questions, a live page's "Cập nhật liên tục" and "Tải
 * lại trang". */
static const spec ad_continues_pointers = {
    .page = "ad-continues-pointers.html",
    .title = "Pune dams cross 60% storage after heavy rain",
    .body = {"The four dams supplying water to Pune city had a combined storage of 17.6 TMC on "
             "Monday morning, over 60 per cent of their capacity.",
             "On the same day last year, the combined storage stood at just 14.2 TMC, according "
             "to data from the state Water Resources Department."},
    .chrome = {"Story continues", "Pilihan Editor", "TE RECOMENDAMOS", "gửi câu hỏi",
               "Cập nhật liên tục", "Tải lại trang"},
};

/* A featured picture whose box says it has no caption (an empty
 * data-caption) takes no caption from the line after it: that bold, italic
 * paragraph is the lead. */
static const spec vn_featured_no_caption = {
    .page = "vn-featured-no-caption.html",
    .title = "Những trang văn lặng lẽ của người lính trở về",
    .lead =
        "Tập truyện ngắn “Mùa gió chướng cuối cùng” của nhà văn Lê Thanh Bình gồm 14 truyện ngắn, "
        "phần lớn viết về những người lính trở về sau chiến tranh. Không ồn ào, không bi lụy, "
        "những trang văn ấy lặng lẽ mà day dứt.",
    .body =
        {"Lê Thanh Bình bước vào văn chương khá muộn. Ông từng là lính công binh ở mặt trận Tây "
         "Nam, sau đó nhiều năm làm cán bộ văn hóa ở huyện."},
};

/* A sapo opened by the paper's initials in parentheses with no dash
 * ("(CLO) Ngày 14/6, ...") is the lead. */
static const spec vn_initials_mark_lead = {
    .page = "vn-initials-mark-lead.html",
    .title = "Hội Nhà báo Nghệ An tập huấn kỹ năng sản xuất nội dung số cho hội viên",
    .lead =
        "(CLO) Ngày 14/6, Hội Nhà báo tỉnh Nghệ An tổ chức lớp tập huấn kỹ năng sản xuất nội dung "
        "số cho hơn 120 hội viên là phóng viên, biên tập viên.",
    .body =
        {"Trong 3 ngày tập huấn, các học viên được các chuyên gia, nhà báo giàu kinh nghiệm truyền "
         "đạt nhiều nội dung về báo chí đa nền tảng."},
};

/* A reading time beside the date in the byline's row ("Tiempo de lectura:
 * 3 minutos") goes, not on a line of its own; a box whose button shows the
 * subscription plans ("Ver planes") is a call to subscribe. */
static const spec reading_time_plans_box = {
    .page = "reading-time-plans-box.html",
    .title = "Sistema frontal traerá lluvias intensas a Santiago este fin de semana",
    .body =
        {"Un sistema frontal de intensidad moderada a fuerte afectará a la zona central del país "
         "desde el viernes, con montos de hasta 60 milímetros en Santiago.",
         "La Dirección Meteorológica de Chile emitió un aviso por precipitaciones normales a "
         "moderadas y por viento en las regiones de Valparaíso y Metropolitana."},
    .chrome = {"Tiempo de lectura", "Ver planes", "Club La Tercera"},
};

/* A bold line naming the references' section, with its colon ("Tài liệu
 * tham khảo:"), over the references is a sub-heading. */
static const spec references_heading = {
    .page = "references-heading.html",
    .title = "Quản lý thuế đối với thương mại điện tử: thực trạng và giải pháp",
    .headings = {{2, "Tài liệu tham khảo:"}},
    .body =
        {"Thương mại điện tử phát triển nhanh đặt ra nhiều yêu cầu mới đối với công tác quản lý "
         "thuế, nhất là với hoạt động bán hàng qua mạng xã hội.",
         "Bên cạnh kết quả đạt được, việc quản lý thuế vẫn còn bất cập như chưa xác định đầy đủ "
         "doanh thu của người bán hàng trên mạng xã hội.",
         "1. Quốc hội (2019), Luật Quản lý thuế số 38/2019/QH14;"},
};

/* A paragraph of another story's excerpt whose last link leads to the
 * whole of it ("Read the full story", "पढ़ें पूरी खबर") is chrome. */
static const spec full_story_excerpt = {
    .page = "full-story-excerpt.html",
    .title = "Jaipur Metro phase 2 gets approval, 36 stations planned",
    .body = {"The state cabinet approved the second phase of the Jaipur Metro on Tuesday, a "
             "42-kilometre line from Sitapura to Vidhyadhar Nagar with 36 stations.",
             "Officials said tenders would be issued by April next year and the line should be "
             "ready by 2030, starting with the stretch from Sitapura to Pinjrapole Gaushala."},
    .chrome = {"Read the full story", "60,000 crore"},
};

/* A short line a class calls a title ("div.title-content") between the
 * story's paragraphs, or after its picture, is a sub-heading; a sentence
 * so named, a linked title (another story's), or a picture's box so named
 * ("div.photo.boxTitle", its caption in it) is none. */
static const spec title_class_intertitle = {
    .page = "title-class-intertitle.html",
    .title = "Xuất khẩu gạo tháng 10 tăng mạnh nhờ giá cao",
    .captions = {"Bốc xếp gạo xuất khẩu tại cảng Cần Thơ.",
                 "Kho gạo của một doanh nghiệp tại Đồng Tháp"},
    .headings = {{2, "Giá gạo giữ ở mức cao"}, {2, "Thị trường châu Phi mở rộng"}},
    .body = {"Theo số liệu của Tổng cục Hải quan, trong tháng 10, Việt Nam xuất khẩu hơn 900.000 "
             "tấn gạo, tăng 25% so với tháng trước và cao nhất từ đầu năm.",
             "Giá gạo 5% tấm của Việt Nam được chào bán quanh mức 580 USD/tấn, cao hơn gạo cùng "
             "loại của Thái Lan khoảng 20 USD.",
             "Các doanh nghiệp cho biết đơn hàng từ Philippines và Indonesia vẫn dồi dào trong "
             "những tháng cuối năm.",
             "Nhiều kho đã đầy từ giữa tháng, chờ tàu vào cảng.",
             "Ngoài thị trường truyền thống, gạo Việt Nam đang tăng nhanh ở Bờ Biển Ngà và Ghana "
             "nhờ chất lượng ổn định.",
             "Nhiều doanh nghiệp đã ký hợp đồng giao hàng đến hết quý I năm sau.",
             "Hiệp hội Lương thực Việt Nam dự báo xuất khẩu gạo cả năm có thể đạt 8 triệu tấn."},
};

/* A caption set before its picture in the picture's own box (RIA's
 * lightbox overlay, in Yandex's <noindex>, which readers see) is the
 * picture's; its credit, linked to the agency, makes the box no card of
 * another story, and the paragraphs after it stay. */
static const spec overlay_caption_before = {
    .page = "overlay-caption-before.html",
    .title = "В Казани открыли новый мост через Казанку",
    .captions = {"Новый мост через Казанку в день открытия"},
    .body = {"Движение по новому мосту через реку Казанку открыли в среду, на два месяца раньше "
             "срока, сообщили в мэрии города.",
             "Мост длиной 850 метров соединил Ново-Савиновский район с центром города и должен "
             "разгрузить Кремлевскую дамбу.",
             "Строительство обошлось городу в 12 миллиардов рублей, большую часть средств выделил "
             "федеральный бюджет."},
};

/* A list that is all of its section under the article's heading, each
 * item saying words beside its links (a cast list: "Mara Quinn as DS Elise
 * Harrow"), is the section's text; a menu's list of links alone goes. */
static const spec section_list = {
    .page = "section-list.html",
    .title = "Low Tide",
    .headings = {{2, "Plot"}, {2, "Cast"}, {2, "Reception"}},
    .body = {"\"Low Tide\" is the third episode of the first season of Harbour Lights. It first "
             "aired on BBC One on 2 April 2022.",
             "A body is found in the mud below the old quay at low tide, and DS Elise Harrow "
             "recognises the man from a photograph on her own desk.",
             "The inquiry leads her to a boatyard whose owner has been paying the harbour master "
             "to look the other way for years.",
             "Mara Quinn as DS Elise Harrow", "Callum Reid as DI Tom Penrose",
             "Kit Annear as Jory Trelawney",
             "The episode was watched by 5.4 million viewers in its first week, and critics "
             "singled out the final scene on the quay."},
    .chrome = {"Season 2"},
};

/* A row of metadata set as a list above a forum post (the poster, the
 * date) is passed over on the way to the lead: the post's first paragraph
 * wholly in bold. */
static const spec forum_meta_list_lead = {
    .page = "forum-meta-list-lead.html",
    .title = "Trải nghiệm nhanh Pixel 10: màn hình sáng hơn, pin bền hơn",
    .lead =
        "Pixel 10 vừa về Việt Nam với màn hình sáng hơn, pin 4.970 mAh và bảy năm cập nhật phần "
        "mềm. Sau một tuần dùng thử, đây là những điểm chúng tôi thích và chưa thích.",
};

/* Leads named in the papers' own words: the German "Einleitung" (MDR's
 * "p.einleitung") and the Spanish "bajada" (La Nación's "h2.--bajada",
 * a heading that is the lead). */
static const spec lead_einleitung = {
    .page = "lead-einleitung.html",
    .lead = "Ab Montag fährt eine neue Buslinie alle zehn Minuten von Lobeda-Ost zum "
            "Universitätsklinikum. Die Stadtwerke reagieren damit auf Beschwerden von "
            "Pflegekräften.",
    .byline = "von Katrin Wolff, MDR THÜRINGEN",
};

static const spec lead_bajada = {
    .page = "lead-bajada.html",
    .title = "El Gobierno extiende el horario de los trenes metropolitanos",
    .lead = "Desde el lunes, las líneas Sarmiento, Mitre y Roca tendrán un servicio más hasta la "
            "una de la madrugada, en una prueba de tres meses",
};

/* A row named "under-headline" (the byline and share buttons) is no
 * headline: the subline between the h1 and it is the lead. */
static const spec under_headline_row = {
    .page = "under-headline-row.html",
    .title = "Cabinet approves new light rail line to Ben Gurion Airport",
    .lead = "Line will link Tel Aviv's Savidor station to the airport in 18 minutes by 2031; "
            "opposition says the budget was taken from northern projects",
    .captions = {"A light rail train at Savidor station in Tel Aviv, May 2, 2024. (Avshalom "
                 "Sassoni/Flash90)"},
    .chrome = {"Share on Facebook"},
};

/* A lead set as a heading above the body, which the page's description
 * repeats, is the lead, though the body's box is named "description" (a
 * lead's name) and its first paragraph would be taken so. */
static const spec kicker_lead_description_body = {
    .page = "kicker-lead-description-body.html",
    .lead = "The 4.5-km stretch from Worli to Bandra cuts travel time between the two suburbs to "
            "under ten minutes, the civic body said.",
    .headings = {{2, "Toll-free for now"}},
    .body = {"The second phase of Mumbai's coastal road opened to traffic on Wednesday morning, "
             "linking Worli to the Bandra-Worli Sea Link for the first time.",
             "Officials of the Brihanmumbai Municipal Corporation said about 18,000 vehicles were "
             "expected to use the new stretch every day in its first month.",
             "The road will remain free to use, the civic body said, unlike the sea link, which "
             "charges a toll in both directions."},
};

/* A description in a media box ("media-block__description": its title and
 * its author, the photographer) is the picture's caption, the hero's above
 * the body as much as one inside it. */
static const spec media_description_caption = {
    .page = "media-description-caption.html",
    .title = "Kaune atidarytas naujas tiltas per Nerį",
    .captions = {"Naujasis tiltas per Nerį Kaune", "Tiltas apšviestas naktį"},
    .headings = {{3, "Apšvietimas naktį"}},
};

/* A box named "ad" between the story's paragraphs says its label with a
 * counter and the line it shows until the ad loads: both go. */
static const spec ad_box_fallback = {
    .page = "ad-box-fallback.html",
    .title = "Ottawa transit ridership returns to pre-pandemic levels",
    .body = {"OC Transpo carried more passengers in May than in any month since February 2020, the "
             "city's transit commission heard on Wednesday.",
             "Ridership on the O-Train's Line 1 was up 14 per cent from a year earlier, helped by "
             "the return of federal public servants to offices three days a week.",
             "Commission chair Glen Gower said the numbers showed that riders come back when "
             "service is reliable.",
             "The city expects to add four more trains to Line 1 by the fall."},
    .chrome = {"Advertisement 4", "has not loaded yet"},
};

/* A box a broadcaster's label opens ("Dieses Thema im Programm:") says
 * when its programme aired the story: the box goes, its line too. */
static const spec broadcast_box = {
    .page = "broadcast-box.html",
    .title = "Hochwasser an der Oker: Pegel sinkt langsam",
    .body = {"Der Pegel der Oker in Braunschweig ist in der Nacht um rund 20 Zentimeter gesunken, "
             "teilte die Stadt am Morgen mit.",
             "Die Feuerwehr bleibt dennoch mit mehreren Fahrzeugen im Einsatz und kontrolliert die "
             "Deiche im Süden der Stadt.",
             "Eine Entwarnung will die Stadt frühestens am Wochenende geben, wenn kein neuer Regen "
             "mehr erwartet wird."},
    .chrome = {"Dieses Thema im Programm", "NDR 1 Niedersachsen"},
};

/* Calls closing a British tabloid's story: to join its WhatsApp community,
 * to e-mail its news team, to read more stories like it. */
static const spec closing_calls_uk = {
    .page = "closing-calls-uk.html",
    .title = "Bus fares in Manchester capped at £2 for another year",
    .body = {"Single bus fares across Greater Manchester will stay capped at £2 until the end of "
             "next year, the mayor's office confirmed on Thursday.",
             "The cap, introduced when buses came back under public control, has been credited "
             "with a 9% rise in passenger numbers.",
             "Transport for Greater Manchester said the cap would cost about £15 million a year, "
             "paid from its own budget."},
    .chrome = {"WhatsApp community", "news team", "more stories like this"},
};

/* A text-size tool after its label ("Cỡ chữ: A- A+") and a print button
 * alone, its link a script's ("In bài"), in the date's row go; the bold
 * sapo under the row is the lead. */
static const spec vn_tool_labels_row = {
    .page = "vn-tool-labels-row.html",
    .title = "Hà Giang đón gần 100 nghìn lượt khách dịp lễ",
    .lead = "Trong 4 ngày nghỉ lễ Quốc khánh, tỉnh Hà Giang đón gần 100 nghìn lượt khách du lịch, "
            "tăng 30% so với cùng kỳ năm trước; doanh thu ước đạt 180 tỷ đồng.",
    .chrome = {"Cỡ chữ", "A+", "In bài"},
};

/* A box calling to get the site's app, with a store's badges, goes; a
 * paragraph that links a store in its sentence stays. */
static const spec app_store_box = {
    .page = "app-store-box.html",
    .title = "Giá cao su tăng mạnh trong tháng 10",
    .body =
        {"Giá cao su xuất khẩu bình quân tháng 10 đạt 1.780 USD/tấn, tăng 12% so với tháng trước "
         "và cao nhất trong ba năm qua.",
         "Theo Hiệp hội Cao su Việt Nam, nguồn cung từ Thái Lan và Indonesia giảm do mưa lớn "
         "kéo dài đã đẩy giá lên cao.",
         "Các doanh nghiệp dự báo giá sẽ còn giữ ở mức cao đến hết quý I năm sau.",
         "Người dùng có thể tải ứng dụng theo dõi giá của hiệp hội trên Google Play để cập nhật "
         "giá hằng ngày."},
    .chrome = {"Tải ứng dụng BNEWS"},
};

/* A video's caption after it, a line wholly in italics, is a figure's
 * caption (the video left out, as a figure's is), not a paragraph; a video
 * that a paragraph follows makes no figure. */
static const spec video_caption_after = {
    .page = "video-caption-after.html",
    .title = "Nam Định ngược dòng thắng Hà Nội FC",
    .captions = {"Highlights Nam Định 2-1 Hà Nội FC"},
    .body =
        {"Bị dẫn trước từ phút thứ 9, Thép Xanh Nam Định vẫn ngược dòng thắng Hà Nội FC 2-1 trên "
         "sân Thiên Trường tối 6/4 để vươn lên dẫn đầu bảng xếp hạng.",
         "Trận cầu tâm điểm vòng 18 diễn ra trong bầu không khí cuồng nhiệt với gần 20.000 khán "
         "giả phủ kín các khán đài sân Thiên Trường.",
         "Hà Nội FC nhập cuộc tốt hơn và mở tỷ số ở phút thứ 9 sau pha đánh đầu của trung vệ "
         "Đình Trọng.",
         "Sau giờ nghỉ, Nam Định lần lượt ghi hai bàn nhờ công của Văn Vĩ và Hendrio."},
};

/* A line calling to watch the video below it ("Watch the latest edition of
 * Business Live below:"), the video left out, goes; a line that only
 * introduces a video stays. */
static const spec watch_call_video = {
    .page = "watch-call-video.html",
    .title = "Cocoa farmers get higher producer price for new season",
    .body =
        {"The government has raised the producer price of cocoa to GH¢ 3,100 per bag for the "
         "2024/25 season, the finance minister announced on Tuesday.",
         "The increase, the largest in a decade, follows record world prices for cocoa beans "
         "over the past year.",
         "The farmers' union welcomed the decision but said smuggling to neighbouring countries "
         "would only stop if payments were made on time.",
         "The minister told reporters:"},
    .chrome = {"Watch the latest"},
};

/* The text-size tool's label without its colon ("Cỡ chữ A- A+") goes
 * with its buttons as well. */
static const spec vn_tool_label_bare = {
    .page = "vn-tool-label-bare.html",
    .lead = "Trong 4 ngày nghỉ lễ Quốc khánh, tỉnh Lai Châu đón gần 50 nghìn lượt khách du lịch, "
            "tăng 30% so với cùng kỳ năm trước; doanh thu ước đạt 180 tỷ đồng.",
    .chrome = {"Cỡ chữ", "A+"},
};

/* A summary's box with its title ("In summary", a heading named the box's
 * title): its text is the lead, the title a heading above it. */
static const spec summary_box_title = {
    .page = "summary-box-title.html",
    .title = "Few homes built under California's transit housing law",
    .lead = "A 2023 law was meant to speed up housing near rail stations. Permit records show only "
            "14 projects statewide have used it so far.",
    .headings = {{2, "In summary"}, {2, "Why so few projects?"}},
};

/* Notices of the site's under a news release: a wire's disclaimer ("are
 * not responsible for the accuracy of news releases") and a copyright
 * notice ("This document is subject to copyright"). */
static const spec release_notices = {
    .page = "release-notices.html",
    .title = "New coating makes perovskite solar cells last longer",
    .body =
        {"Researchers have developed a thin coating that keeps perovskite solar cells working at "
         "90 per cent of their starting efficiency after 2,000 hours in damp heat.",
         "The coating, a single layer of molecules applied from solution, blocks water from "
         "reaching the crystals that turn sunlight into electricity.",
         "The team now plans to test the coating on modules the size of a rooftop panel."},
    .chrome = {"Disclaimer", "subject to copyright"},
};

/* Controls drawn with their icons say no text of the story: <button>s
 * (an icon's drawing makes none of them a block that opens text), a link
 * into the page with its icon ("Commenter"), and the count of votes
 * between two buttons. */
static const spec icon_buttons = {
    .page = "icon-buttons.html",
    .title = "Transport : le fret ferroviaire recule encore en 2024",
    .lead =
        "Le volume de marchandises transportées par le rail a baissé de 6 % l'an dernier, malgré "
        "les aides publiques promises pour doubler sa part d'ici à 2030.",
    .headings = {{3, "Des aides jugées insuffisantes"}},
    .chrome = {"Ajouter à mes articles", "Offrir cet article", "Commenter", "Partager", "326"},
};

/* Italian chrome between and after the paragraphs: a video teaser under
 * "Guarda anche", and the call to rate the article. */
static const spec it_video_teaser_rating = {
    .page = "it-video-teaser-rating.html",
    .title = "Esonda il Lambro a Monza, strade chiuse nel centro",
    .body =
        {"Il fiume Lambro è esondato nella notte a Monza dopo le forti piogge che hanno colpito "
         "la Brianza, allagando diverse strade del centro.",
         "I vigili del fuoco sono intervenuti per soccorrere alcuni automobilisti rimasti "
         "bloccati nei sottopassi, senza conseguenze per le persone.",
         "Il Comune ha chiuso via Aliprandi e il ponte dei Leoni fino a cessata emergenza e "
         "invita i cittadini a limitare gli spostamenti."},
    .chrome = {"Guarda anche", "Lambro in piena", "utile"},
};

/* Spanish boxes asking readers to become members ("Quiero apoyar",
 * "Hazte socio, hazte socia") go with their lines. */
static const spec es_member_box = {
    .page = "es-member-box.html",
    .title = "Cortes de agua en Iztapalapa por obras en el Cutzamala",
    .body = {"Vecinos de al menos 40 colonias de Iztapalapa se quedarán sin agua desde el jueves y "
             "hasta el domingo por trabajos de mantenimiento en el Sistema Cutzamala.",
             "La Comisión Nacional del Agua informó que las obras buscan reparar una fuga en el "
             "acueducto que abastece a la zona oriente de la ciudad.",
             "El gobierno capitalino enviará pipas gratuitas a las colonias afectadas durante los "
             "cuatro días del corte."},
    .chrome = {"Quiero apoyar", "vale la pena", "Hazte socio", "otros ven"},
};

/* A row of the byline and the date's <time> under the headline is no lead,
 * and the date said in words ("Publié le mardi 14 janvier 2025 à 09h40")
 * is passed over on the way to it: the bold paragraph opening the text is
 * the lead. */
static const spec time_row_not_lead = {
    .page = "time-row-not-lead.html",
    .title = "La Meuse déborde à Liège, plusieurs quais fermés à la circulation",
    .lead =
        "Après trois jours de pluie, la Meuse est sortie de son lit dans le centre de Liège. La "
        "Ville a fermé les quais de la rive gauche et demande aux habitants d'éviter le "
        "secteur.",
};

/* Buttons in a caption and its credit ("toggle caption", "hide caption")
 * are no words of the caption. */
static const spec caption_toggles = {
    .page = "caption-toggles.html",
    .title = "Bird flu found in a second Kansas dairy herd",
    .captions = {"Dairy cows feed at a farm near Dodge City, Kan."},
    .chrome = {"toggle caption", "hide caption"},
};

/* A photo's title under it ("div.post_photo_news_title") is its caption,
 * no headline: the h1 stays the title, the line no paragraph. */
static const spec photo_title_caption = {
    .page = "photo-title-caption.html",
    .title = "Уряд підвищив мінімальну зарплату з 1 квітня",
    .captions = {"Фото: Getty Images"},
    .body = {"Про це повідомив прем'єр-міністр у Telegram після засідання уряду.",
             "Раніше мінімальна зарплата становила 7100 гривень."},
};

/* Notices of sites in several languages: a Korean call for support and
 * its button, an Indonesian ban on AI crawling, a Chinese notice against
 * copying, a Polish paywall's note. */
static const spec site_notices_mixed = {
    .page = "site-notices-mixed.html",
    .title = "Rice stocks are enough for the dry season, ministry says",
    .body = {"The agriculture ministry said on Monday that national rice stocks of 1.8 million "
             "tonnes would be enough to cover demand through the dry season.",
             "Officials said imports agreed earlier in the year would arrive by August, and that "
             "prices in most markets had already begun to ease.",
             "Farmers' groups asked the government to buy more of the coming harvest at a "
             "guaranteed price."},
    .chrome = {"후원", "Dilarang", "轉貼", "subskrypcji"},
};

/* Chrome of US tech and magazine sites: an affiliate note ("may earn us a
 * commission"), a box of a short title over the affiliate notice ("A Note
 * to our Readers"), a "Popular on" head over its list, and a call to watch
 * the site's videos over a player a script makes. */
static const spec us_closing_notices = {
    .page = "us-closing-notices.html",
    .title = "Pixel phones get a battery health screen in the June update",
    .body = {"Google's June update adds a battery health screen to the Settings app of the Pixel 8 "
             "and newer phones, showing the battery's remaining capacity.",
             "The screen also shows how many charge cycles the battery has been through, which "
             "until now needed a third-party app.",
             "Google says older Pixels will get the feature later this year."},
    .chrome = {"commission", "Popular on", "budget phones", "Check out", "A Note to our Readers"},
};

/* The parts of a headline's block named after it as BEM does (its lead
 * "news-headline__article-summary", its author's picture, its media) are
 * no headline: the lead and the hero picture's caption stay. */
static const spec bem_headline_block = {
    .page = "bem-headline-block.html",
    .title = "Dólar blue hoy: cerró la semana en baja y la brecha bajó del 40%",
    .lead =
        "El dólar informal terminó la semana en $1.245 para la venta, $30 por debajo del viernes "
        "anterior, y el Banco Central compró reservas.",
    .captions = {"El dólar blue se vendió a $1.245 en la City porteña."},
};

/* Closing calls in Portuguese and Spanish (to follow on Telegram, to visit
 * the paper's section) and an ad label between dashes. */
static const spec latam_closing_calls = {
    .page = "latam-closing-calls.html",
    .title = "Golpe do Pix falso cresce 40% no Distrito Federal",
    .body =
        {"Os registros de golpes com comprovantes falsos de Pix cresceram 40% no Distrito "
         "Federal no primeiro semestre, segundo a Polícia Civil.",
         "A maior parte das vítimas são pequenos comerciantes, que entregam a mercadoria antes "
         "de conferir o saldo na conta.",
         "A polícia recomenda sempre conferir o extrato no aplicativo do banco antes de liberar "
         "a compra."},
    /* (and g1's call to get its app, a round 80 page) */
    .chrome = {"Telegram", "nuestra sección", "Quảng cáo", "Baixe o app"},
};

/* A lead's length of words in a block a class names the lead
 * ("p.introtext") under a picture with no caption is the lead, not the
 * picture's caption.  (A page of blind round 20, written after the Tehran
 * Times, cut to what the rule needs.) */
static const spec introtext_under_picture = {
    .page = "introtext-under-picture.html",
    .lead =
        "TEHRAN – The number of foreign tourists visiting Hormuz Island in the Persian Gulf has "
        "more than doubled over the past eight months, according to a local tourism official.",
};

/* "pie" alone (Spanish "pie de foto") names a caption: Listín Diario's
 * "div.art_pie" under its picture. */
static const spec pie_caption = {
    .page = "pie-caption.html",
    .title = "Apagones de hasta ocho horas afectan a Santo Domingo Oeste",
    .captions = {"Una calle de Los Alcarrizos permanece a oscuras durante un apagón."},
};

/* A bold line over a picture and then the section's text is a
 * sub-heading; a bold address over a photo is none. */
static const spec bold_heading_over_picture = {
    .page = "bold-heading-over-picture.html",
    .title = "Sinh viên chế tạo robot phân loại rác tự động",
    .headings = {{2, "Hướng tới ứng dụng tại trường học, khu chung cư"}},
    .captions = {"Cánh tay robot gắp chai nhựa vào đúng ngăn chứa."},
};

/* A lead set as a heading in a list of one item that the CMS names a
 * footer, under the headline in its header, is the lead, not a list item
 * nor the page's chrome. */
static const spec lead_in_footer_list = {
    .page = "lead-in-footer-list.html",
    .title = "El embalse de Alarcón baja al 30 % tras el verano más seco",
    .lead = "La reserva pierde casi diez puntos en tres meses y las comunidades de regantes piden "
            "adelantar el plan de sequía antes de la campaña de invierno",
    .chrome = {"Los pantanos del Segura, en mínimos de la década", "Política"},
};

/* A div of text alone that a class names the headline's subtitle, under
 * the headline in its header, is the lead. */
static const spec subtitle_text_div = {
    .page = "subtitle-text-div.html",
    .title = "Council approves harbour car park despite 900 objections",
    .lead = "Fishermen and residents had asked for the quay to stay open to boats and walkers",
    .chrome = {"Facebook", "Sport"},
};

/* Calls the site makes in the story's text are its chrome: a newsletter's
 * box with a form's "Sign up" button and no address asked, a call to sign
 * up whose link leads to the newsletters, one to follow its Telegram
 * channel, a closing line on where to catch its news, and the note of the
 * print edition that carried the story. */
static const spec signup_and_print_notes = {
    .page = "signup-and-print-notes.html",
    .title = "Port city water tariff to rise 12% from July",
    .body = {"The city's water utility will raise its tariff by 12 per cent from July 1, the first "
             "increase in three years, after the provincial cabinet approved its revised budget on "
             "Tuesday.",
             "Officials said the higher rates would pay for repairs to the main pumping station, "
             "where breakdowns left several districts without piped water for days last summer.",
             "Consumer groups said households already buying water from tankers would pay twice, "
             "and asked the utility to fix leaks before charging more."},
    .chrome = {"Unlock the Morning Digest for free",
               "Our editors pick the stories that matter in this weekly newsletter.",
               "Get your news from a source nobody owns.", "Harbour Daily",
               "Get them on our Telegram channel", "Latest News Updates on Harbour Times",
               "Published in The Harbour Times"},
};

/* The date in the site's masthead, above the headline, is the day's: the
 * dateline is the article's own row, its time and zone with it. */
static const spec masthead_date = {
    .page = "masthead-date.html",
    .title = "Phú Thọ khởi công cầu vượt sông Lô nối hai huyện",
    .dateline = "Thứ Hai, 12/05/2025 21:35 [GMT+7]",
    .chrome = {"Thể thao", "© Báo Trung Du"},
};

/* A line whose label points to more of the site, a colon and then a link
 * alone, is chrome however little of it the link is; a line so opened that
 * goes on in words is kept.  A call to give the story away is the site's. */
static const spec rubric_pointer_gift = {
    .page = "rubric-pointer-gift.html",
    .title = "Neue Radwege in Altona: Bezirk streicht 120 Parkplätze",
    .body =
        {"Der Bezirk Altona baut in diesem Sommer drei neue Radwege und streicht dafür rund 120 "
         "Parkplätze entlang der Max-Brauer-Allee und der Stresemannstraße.",
         "Die Arbeiten sollen im Juli beginnen und bis Ende Oktober dauern; während der Bauzeit "
         "wird der Verkehr in beiden Richtungen einspurig geführt.",
         "Anwohner kritisieren, dass Ersatzparkplätze in der Nähe fehlen. Der Bezirk verweist "
         "auf zwei Quartiersgaragen, die noch freie Stellplätze haben.",
         "Der ADFC begrüßt die Pläne und fordert, auch die Holstenstraße in das Programm "
         "aufzunehmen."},
    .chrome = {"Mehr Artikel aus dieser Rubrik", "Offrez-le à un proche"},
};

/* A line of rights closing the story's credits, after a line break in
 * their paragraph, is the site's. */
static const spec rights_line_in_credits = {
    .page = "rights-line-in-credits.html",
    .title = "Stok beras Bulog cukup hingga akhir tahun",
    .chrome = {"Copyright © KABAR NUSANTARA 2024", "Olahraga"},
};

/* A video's length over its still is no caption; a paragraph a Turkish
 * class names the picture's caption ("resimAltYazi") is the caption of the
 * picture above it. */
static const spec duration_and_caption_class = {
    .page = "duration-and-caption-class.html",
    .title = "İzmir'de sağanak yağış hayatı olumsuz etkiledi",
    .captions = {"Karşıyaka'da su basan bir cadde. (Fotoğraf: Deniz Aksoy)"},
    .chrome = {"1 dk 32 sn", "Videoyu oynat"},
};

/* A box of rows that credit the story and say its date, over a link to
 * follow the site, is no lead; the heading under it that a summary box
 * holds is. */
static const spec source_row_before_lead = {
    .page = "source-row-before-lead.html",
    .title = "पुणे मेट्रो का नया रूट अगले महीने खुलेगा, इन इलाकों को मिलेगा फायदा",
    .lead = "पुणे मेट्रो के दूसरे चरण के तहत स्वारगेट से कात्रज तक का करीब छह किलोमीटर लंबा हिस्सा "
            "अगले महीने यात्रियों के लिए खोला जा सकता है।",
    .chrome = {"Google News पर फॉलो करें"},
};

/* A card of a video set between paragraphs, a still with a button that
 * plays it, a title and a link to watch it elsewhere, is another story's
 * teaser: none of its text is the story's. */
static const spec play_button_card = {
    .page = "play-button-card.html",
    .title = "Namur : la ligne de bus 4 supprimée le dimanche",
    .body =
        {"Les TEC ont confirmé ce lundi la suppression de la ligne 4 le dimanche à partir du 1er "
         "septembre, faute de voyageurs en nombre suffisant sur le parcours entre Jambes et "
         "Bouge.",
         "Les habitants des quartiers concernés dénoncent une décision prise sans concertation, "
         "alors que de nombreuses personnes âgées dépendent de cette ligne pour se rendre au "
         "marché.",
         "La commune de Namur a demandé à rencontrer la direction des TEC pour étudier une "
         "solution de remplacement, comme un service de bus à la demande."},
    .headings = {{2, "Des habitants inquiets"}, {2, "La commune demande une solution"}},
    .chrome = {"JT 18h", "Regarder sur Meuse Play"},
};

/* The hero picture in the article's header, in a box whose name makes it
 * unlikely ("artstyle__header-media"), above a kicker and the headline, is
 * the article's with its caption. */
static const spec hero_media_box = {
    .page = "hero-media-box.html",
    .title = "Gemeente sluit fietsbrug twee maanden voor onderhoud",
    .lead = "Fietsers tussen Deventer en Twello moeten vanaf maandag twee maanden omrijden via de "
            "verkeersbrug, waar een tijdelijk fietspad wordt aangelegd.",
    .captions = {"De fietsbrug over de IJssel bij Deventer wordt vanaf maandag afgesloten."},
    .chrome = {"Cultuur"},
};

/* A link to another story on a line of its own between the paragraphs
 * ("Lire aussi" over its title), a label ending the row of the byline
 * after a bar ("| Partager"), with the bar, and a call to write to the
 * paper are chrome. */
static const spec inline_teaser_and_labels = {
    .page = "inline-teaser-and-labels.html",
    .title = "Le port de Tanger Med bat un nouveau record de trafic",
    .headings = {{2, "Des investissements pour suivre"}},
    .chrome = {"Lire aussi", "Les ports de l'Atlantique misent", "Partager", "01/12/2025 |",
               "Pour réagir à cet article"},
};

/* A date's row that holds the page's tools (print and font links that
 * run a script, a share button) gives the date without them. */
static const spec date_row_tools = {
    .page = "date-row-tools.html",
    .title = "Nông dân Hương Khê trúng mùa bưởi Phúc Trạch",
    .dateline = "15/10/2025 09:32",
    .chrome = {"In bài", "Zalo"},
};

/* "perex", as Czech and Slovak sites name it, is the lead. */
static const spec perex_lead = {
    .page = "perex-lead.html",
    .title = "V Bratislave otvorili novú cyklolávku cez Dunaj",
    .lead = "Nová lávka pre cyklistov a chodcov spája Petržalku so Starým Mestom a skracuje cestu "
            "do centra o viac ako dva kilometre.",
    .chrome = {"Zdieľať"},
};

/* A station's calls in the story: a box asking readers to "Stand with"
 * it, a call to watch the video in the next box (which the formats leave
 * out), and a box a script makes a player in, with its label and title. */
static const spec station_calls = {
    .page = "station-calls.html",
    .title = "Lake ice goes out two weeks early across central Minnesota",
    .body =
        {"The ice on several of central Minnesota's biggest lakes went out this week, about two "
         "weeks earlier than the long-term average, according to the state's climatology "
         "office.",
         "Resort owners said the short season cost them weeks of ice fishing trips, though "
         "some expect an early start to open-water fishing to make up part of the loss.",
         "The climatology office said the early ice-out follows one of the warmest winters on "
         "record in the state."},
    .chrome = {"Stand with North Star 7", "You come to North Star 7", "Watch the latest reporting",
               "See the video", "Ice fishing season ends early"},
};

/* A Korean CMS's "art_subtit" at the top of the body is the lead; the
 * reporter's page and a box to subscribe to the reporter are chrome. */
static const spec korean_subtit_reporter = {
    .page = "korean-subtit-reporter.html",
    .title = "폭염 속 택배 노동자들 “쉴 곳이 없다”",
    .lead = "정부 ‘폭염 휴식 지침’ 내놨지만 물류센터 현장선 “배송 물량에 밀려 못 쉬어”",
    .chrome = {"기자 페이지", "기자 구독"},
};

/* A subline under the headline in a script written without spaces, named
 * a "sub-title", is the lead: few words, many letters. */
static const spec unspaced_subtitle_lead = {
    .page = "unspaced-subtitle-lead.html",
    .title = "地方の空き家、「100万円以下」で売れない理由",
    .lead = "買い手不足に加え解体費の高騰が重荷、自治体の補助も追いつかない",
};

/* A call to follow the site that names the network by its logo after it
 * ("Theo dõi ... trên <img alt="Google News">") is chrome, and so are a
 * call to read the paper on the phone with its app and a line naming the
 * post's section. */
static const spec follow_logo_line = {
    .page = "follow-logo-line.html",
    .title = "Giá thuê nhà xưởng tại các tỉnh phía Bắc tăng mạnh",
    .chrome = {"Theo dõi Kinh Doanh Nay", "tải ứng dụng KDN", "Bài viết thuộc chuyên mục"},
};

/* "Ειδήσεις σήμερα:" over a list of the day's news, and the closing call
 * to see all the latest news, are the site's (its phrases are matched
 * folded: a final sigma is a sigma); so is an Arabic "شاركها". */
static const spec greek_news_today = {
    .page = "greek-news-today.html",
    .title = "Νέα γραμμή λεωφορείου συνδέει το λιμάνι με το αεροδρόμιο",
    .chrome = {"Ειδήσεις σήμερα", "Κακοκαιρία", "Δείτε όλες τις τελευταίες", "شاركها"},
};

/* A caption set as a bold line under its picture's paragraph, opening
 * with a mark pointing up at it (Taiwanese papers' "▲"), is the caption,
 * no sub-heading; the date as Chinese writes it ("2025年03月18日 09:40")
 * is the dateline; "其他人也看了" over links and a channel's call are the
 * site's. */
static const spec zh_pointing_caption = {
    .page = "zh-pointing-caption.html",
    .title = "台中港區聯外道路今起拓寬　通勤時間可望縮短",
    .dateline = "2025年03月18日 09:40",
    .captions = {"▲台中港區聯外道路今起拓寬，工區周邊已架設圍籬。（圖／市府提供）"},
    .body =
        {"記者林怡君／台中報導",
         "台中港區聯外道路拓寬工程今（18）日正式動工，市府表示，工程完成後將由雙向四線道拓寬為六線"
         "道，預計可紓解上下班尖峰時段的車潮，通勤時間可望縮短約十分鐘。",
         "交通局指出，港區每日進出貨櫃車超過三千輛次，加上周邊工業區員工通勤，路段長期壅塞，去年共"
         "發生八十多起交通事故，拓寬工程被列為年度重點建設。",
         "市府說明，施工期間將維持雙向各一線道通行，並於夜間進行主要路面工程，以減少對白天交通的影"
         "響，也請用路人多加利用替代道路。",
         "工程總經費約新台幣四億五千萬元，由中央與地方共同負擔，預計明年底完工，完工後也將同步設置"
         "自行車道與人行道，提升行人安全。"},
    .chrome = {"其他人也看了", "WhatsApp頻道", "國道夜間施工封閉車道"},
};

/* A date written in the page's own digits ("১৮ মার্চ ২০২৫ ১০:২০") is its
 * dateline, as the page writes it. */
static const spec bengali_digits_date = {
    .page = "bengali-digits-date.html",
    .title = "কলকাতায় নতুন মেট্রো রুটে পরীক্ষামূলক চলাচল শুরু",
    .dateline = "শেষ আপডেট: ১৮ মার্চ ২০২৫ ১০:২০",
    .chrome = {"প্রথম পাতা"},
};

/* A date after a label of more words than a date allows ("பதிவு செய்த
 * நாள்:", the day it was filed) is the dateline; the line after it that
 * dates the last change goes with it. */
static const spec labelled_date_rows = {
    .page = "labelled-date-rows.html",
    .title = "சென்னையில் புதிய மேம்பாலம் திறப்பு: போக்குவரத்து நெரிசல் குறையும்",
    .dateline = "பதிவு செய்த நாள்: மார் 18,2025 08:30",
    .chrome = {"மாற்றம் செய்த நாள்"},
};

/* A row of the date and counters told by icons after the headline is no
 * lead and goes with the dateline; a bold "By" and a name over the first
 * paragraph is the byline, no sub-heading. */
static const spec date_row_counters = {
    .page = "date-row-counters.html",
    .title = "Colombo port handles record container volumes in February",
    .dateline = "18 March 2025 - 11:23 AM",
    .byline = "By Nimal Perera",
    .body =
        {"The Port of Colombo handled a record number of containers in February, as "
         "transshipment traffic from South Asian markets continued to grow, the Sri Lanka Ports "
         "Authority said yesterday.",
         "Officials said the East Container Terminal, which began partial operations last year, "
         "accounted for a growing share of the volumes, easing congestion at older berths.",
         "Shipping lines have added new weekly services calling at Colombo, and the authority "
         "expects volumes to keep rising through the year as regional trade recovers."},
    .chrome = {"2861"},
};

/* A box hidden from print around the story's captioned picture (BLOX's
 * "inline-photo hidden-print") is the story's, the byline in its caption
 * the photo's credit; the related box so named is not the story's. */
static const spec print_hidden_photo = {
    .page = "print-hidden-photo.html",
    .title = "County approves new bridge over Mill Creek",
    .captions =
        {"County engineer Tom Reyes points to cracks in a support beam under the Mill Creek "
         "bridge during an inspection last fall."},
    .chrome = {"Old Mill Road to get new pavement"},
};

/* A heading for screen readers only naming a picture's file, in a link
 * (Drupal 7's media box), makes no teaser card of the picture: its
 * caption after the box is its. */
static const spec drupal_invisible_heading = {
    .page = "drupal-invisible-heading.html",
    .title = "Students build low-cost air quality monitors for city schools",
    .captions = {"Senior Dana Lee, left, and junior Omar Haddad install a monitor on the roof of "
                 "Lincoln Elementary School."},
    .chrome = {"monitor-roof.jpg"},
};

/* A Croatian portal's share label, ad label and "read also" line. */
static const spec croatian_portal_chrome = {
    .page = "croatian-portal-chrome.html",
    .title = "Grad obnavlja dječja igrališta u tri kvarta",
    .chrome = {"Podijeli", "Oglas", "PROČITAJTE I", "Kvart dobiva novu"},
};

/* A call to subscribe to the site's messenger channel, the site named. */
static const spec messenger_channel_calls = {
    .page = "messenger-channel-calls.html",
    .title = "У Полтаві відремонтують укриття у двох школах до вересня",
    .chrome = {"Підписуйтесь", "перевірені новини"},
};

/* A box asking for money whose button follows a sentence that ends before
 * it ("... the neighborhoods of the city. <a>Donate today</a>"), and Axios's
 * "Go deeper:" pointer, are the site's. */
static const spec donate_after_sentence = {
    .page = "donate-after-sentence.html",
    .title = "Tenants wait weeks for gas after building outage",
    .body = {"More than 300 households in a public housing complex have been without cooking gas "
             "for six weeks, after inspectors found leaks in the building's risers during a "
             "routine check in February.",
             "Residents said they were given one hot plate per apartment and told repairs would "
             "take at least another month, as contractors replace pipes floor by floor.",
             "The housing authority said it had doubled the number of crews on the job and "
             "expected service to return to the first buildings by the end of the month.",
             "Tenant leaders said they would hold a meeting on Thursday to press officials for "
             "rent credits while the work goes on."},
    .chrome = {"Go deeper", "Why gas outages", "independent, nonprofit newsroom", "Donate today"},
};

/* A Spanish reading time in words ("Lectura de 7 minutos"), a pointer to
 * the site's section, and a box asking readers to give ("Quiero
 * aportar"). */
static const spec es_support_reading_time = {
    .page = "es-support-reading-time.html",
    .title = "Pescadores de la bahía denuncian la caída de la captura",
    .chrome = {"Lectura de 7", "Lee más noticias", "sin fines de lucro", "Quiero aportar"},
};

/* A headline all a link to the page itself (its canonical address) is the
 * headline, no logo: the lead under it, before the body, is the lead. */
static const spec linked_headline_lead = {
    .page = "linked-headline-lead.html",
    .title = "بازارچه‌های نوروزی در ۲۰ منطقه برپا می‌شود",
    .lead =
        "معاون خدمات شهری از برپایی بازارچه‌های نوروزی در ۲۰ منطقه شهر خبر "
        "داد؛ "
        "بازارچه‌هایی که "
        "کالاهای شب عید را با قیمت‌های کمتر از بازار عرضه "
        "می‌کنند.",
};

/* Editors' initials closing a Bangladeshi story ("এমএমএ/এএসএ/জিকেএস"). */
static const spec desk_initials_short_link = {
    .page = "desk-initials-short-link.html",
    .title = "ঈদের ট্রেনের অগ্রিম টিকিট বিক্রি শুরু বৃহস্পতিবার",
    .chrome = {"এমএমএ"},
};

/* The post's short address offered to copy ("رابط مختصر: ..."). */
static const spec ar_short_link = {
    .page = "ar-short-link.html",
    .title = "بدء امتحانات الثانوية العامة الأحد المقبل وسط إجراءات مشددة",
    .chrome = {"رابط مختصر"},
};

/* A VCCorp album of two rows of pictures and its one caption after them:
 * the caption is the album's; a call to read the section and a "give a
 * star" button are the site's. */
static const spec vccorp_album_rows = {
    .page = "vccorp-album-rows.html",
    .title = "Cặp đôi chụp ảnh cưới giữa đồi chè Mộc Châu khiến dân mạng xuýt xoa",
    .captions = {"Bộ ảnh được thực hiện vào sáng sớm, khi sương còn phủ kín đồi chè"},
    .chrome = {"Mời bạn đọc vào chuyên mục", "Tặng sao"},
};

/* A Slovenian reading time and the rules for comments under a story. */
static const spec sl_reading_time_comments = {
    .page = "sl-reading-time-comments.html",
    .title = "Močan veter podiral drevesa, brez elektrike več tisoč gospodinjstev",
    .chrome = {"Čas branja", "pravila komentiranja", "pridržuje pravico"},
};

/* A hashed class's "Ad" part ("bm_Ad", as CSS modules name boxes) names
 * no ad box: the lead set in an h3 so stays, and is the lead. */
static const spec hashed_ad_class_lead = {
    .page = "hashed-ad-class-lead.html",
    .title = "Nhiều trường cấm học sinh dùng điện thoại trong giờ ra chơi",
    .lead = "Nhiều trường THCS yêu cầu học sinh gửi điện thoại vào tủ khóa từ đầu buổi học, chỉ "
            "nhận lại khi tan trường.",
};

/* An empty box a script makes a player in ("data-vid") with a title line
 * pointing to another story: a video card, not the story's text. */
static const spec video_box_title = {
    .page = "video-box-title.html",
    .title = "Giá vé máy bay dịp nghỉ lễ tăng cao, nhiều chặng đã hết chỗ",
    .chrome = {"Xem thêm", "Hàng nghìn người"},
};

/* A call for tips closing an investigation, and a magazine's note of the
 * issue the story appears in. */
static const spec tip_line_print_issue = {
    .page = "tip-line-print-issue.html",
    .title = "Hospitals quietly file liens on patients' injury settlements",
    .chrome = {"Do you have information", "appears in the April 2025 issue"},
};

/* A design system's prefix on every class of the page ("media-ui-"), its
 * headline's too, is no word of any one block: the lists under the story's
 * headings are the story's, not media boxes to clean away. */
static const spec design_system_prefix = {
    .page = "design-system-prefix.html",
    .title = "Copper Rallies as Chile Mine Strike Drags On",
    .headings = {{2, "What traders are watching:"}, {2, "Main moves in metals:"}},
    .text = {"Warehouse stockpiles tracked by the exchange, due Thursday",
             "A government mediation hearing in Santiago, set for Monday",
             "Copper rose 1.6% to $9,412 a ton in London", "Zinc fell 0.4% to $2,718 a ton"},
    .chrome = {"Advertisement", "More From Markets Daily", "Nickel Glut Deepens"},
};

/* A recipe's card after the story, its ingredients and steps each a list
 * item too deep to score, is the recipe's text. */
static const spec recipe_card_after_story = {
    .page = "recipe-card-after-story.html",
    .title = "Charred Corn Salad With Lime and Feta",
    .headings = {{2, "Why This Recipe Works"},
                 {2, "Fresh or Frozen?"},
                 {2, "Ingredients"},
                 {2, "Directions"}},
    .text = {"2 ounces feta cheese, crumbled", "Kosher salt and freshly ground black pepper",
             "Toss the corn with the lime zest and juice, season with salt and pepper, and "
             "scatter the feta over the top just before serving."},
    .chrome = {"More Summer Sides", "Tomato and Peach Salad", "All rights reserved"},
};

/* A box a script makes a player of, holding a poster and its button's label
 * ("Pogledaj video"), is no picture of the story; a call for readers'
 * photos closing it is the site's. */
static const spec player_label_photo_call = {
    .page = "player-label-photo-call.html",
    .title = "Nevrijeme poplavilo podrume u Slavonskom Brodu",
    .body = {"Snažno nevrijeme s tučom i obilnom kišom u utorak poslijepodne poplavilo je desetke "
             "podruma i prizemnih stanova u istočnom dijelu Slavonskog Broda.",
             "Vatrogasci su do večeri imali više od četrdeset intervencija, najviše u naseljima uz "
             "rijeku, gdje je voda u nekim kućama dosegla i pola metra.",
             "Gradske službe otvorile su sportsku dvoranu za obitelji koje ne mogu ostati u svojim "
             "domovima, a Crveni križ ondje dijeli vodu, hranu i deke.",
             "Meteorolozi upozoravaju da bi se nevrijeme moglo ponoviti i u srijedu, pa građane "
             "mole da ne ostavljaju automobile uz potoke i kanale."},
    .chrome = {"Pogledaj video", "Pošaljite nam", "Povezano"},
};

/* A call for readers' letters under a reader's own story, and the paper's
 * hotline line, are the site's. */
static const spec reader_letter_calls = {
    .page = "reader-letter-calls.html",
    .title = "Tôi nên về quê ăn Tết hay ở lại thành phố làm thêm?",
    .lead = "Năm nay công ty trả lương gấp ba cho ai ở lại trực Tết, còn bố mẹ tôi ở quê đã gọi "
            "điện hỏi ngày về từ cuối tháng trước.",
    .text = {"Mong các anh chị cho tôi lời khuyên, nên chọn bên nào thì không phải hối tiếc về "
             "sau.",
             "Minh Khoa"},
    .chrome = {"Độc giả gửi bài viết", "biên tập trước khi đăng", "đường dây nóng"},
};

/* A dek set as a heading beside a review's score, in one box under the
 * headline, is the lead; the score is not. */
static const spec score_beside_dek = {
    .page = "score-beside-dek.html",
    .title = "Lumora Buds 3 review: great sound, fussy fit",
    .lead = "The third Lumora Buds finally sound as good as their price, but the new wing tips "
            "will not suit every ear.",
    .headings = {{2, "Battery and case"}},
    .chrome = {"Related reviews", "Sonic Pods review"},
};

/* An article's header whose headline is an h2 (a kicker line, then the
 * title, in spans) holds the lead as a div of text: the header stays, its
 * lead marked; the headline is the line the <article>'s own label gives,
 * where the head's titles are written for search engines. */
static const spec h2_headline_header_lead = {
    .page = "h2-headline-header-lead.html",
    .title = "Dampf nach Plan, nur nicht nach diesem",
    .lead =
        "Seit einem Felssturz im März fahren die Züge der Harzer Schmalspurbahnen nur bis "
        "Schierke. Die Reparatur dauert länger als gedacht – und die Saison hat schon begonnen.",
    .text = {"Von Lena Hartwig, Wernigerode"},
    .body = {"Am Bahnhof Schierke steigen an diesem Morgen gut hundert Fahrgäste aus, die "
             "eigentlich bis auf den Gipfel wollten. Ein Schild am Bahnsteig erklärt, dass die "
             "letzten Kilometer bis auf Weiteres gesperrt sind."},
    .chrome = {"Artikel teilen", "Mehr zum Thema", "Felssturz am Brocken"},
};

/* A portal's summary its class names ("tom-tat"), a div of text taken
 * with the body as its first part, under the date's row with its tools: the
 * lead, not the row. */
static const spec portal_named_lead_first_part = {
    .page = "portal-named-lead-first-part.html",
    .title = "Nông dân huyện Mẫu thu hoạch vụ lúa hè thu đạt năng suất cao",
    .lead = "Đến nay, nông dân huyện Mẫu đã thu hoạch được hơn 6.500 ha lúa hè thu, năng suất "
            "bình quân ước đạt 6,2 tấn/ha, tăng 0,3 tấn/ha so với vụ trước; giá lúa tươi tại ruộng "
            "dao động từ 7.000 đến 7.500 đồng/kg.",
    .body =
        {"Theo Phòng Nông nghiệp huyện, vụ hè thu năm nay thời tiết tương đối thuận lợi, sâu "
         "bệnh được kiểm soát tốt nhờ nông dân áp dụng đồng bộ các biện pháp canh tác tiên tiến "
         "và sử dụng giống lúa chất lượng cao."},
    .chrome = {"In bài viết", "Tin khác", "Khai mạc hội chợ"},
};

/* The same header with its headline, lead, byline and toolbar in one box,
 * a button to read the story aloud among the toolbar's: the box is the
 * headline's, no player (the lead is the one the page's description
 * repeats, as Spiegel's does). */
static const spec h2_headline_toolbar_box = {
    .page = "h2-headline-toolbar-box.html",
    .title = "Dampf nach Plan, nur nicht nach diesem",
    .lead =
        "Seit einem Felssturz im März fahren die Züge der Harzer Schmalspurbahnen nur bis "
        "Schierke. Die Reparatur dauert länger als gedacht – und die Saison hat schon begonnen.",
    .text = {"Von Lena Hartwig, Wernigerode"},
    .chrome = {"Artikel anhören", "Zur Merkliste", "Mehr zum Thema"},
};

/* A label for screen readers repeated between the paragraphs ("Article
 * content") and the labels around a script's audio player are the site's. */
static const spec screen_reader_labels_audio = {
    .page = "screen-reader-labels-audio.html",
    .title = "City adds overnight bus routes to three suburbs",
    .body = {"Riders in three northern suburbs will be able to catch a bus home after midnight "
             "starting next month, after city council approved a one-year pilot of overnight "
             "service on Tuesday.",
             "The pilot adds hourly trips between 1 a.m. and 5 a.m. on three routes that connect "
             "the suburbs to the downtown transit mall, where riders can transfer to the existing "
             "overnight line.",
             "Transit officials said shift workers at the hospital and the distribution centres "
             "along the ring road had asked for the service for years, and that ridership will be "
             "reviewed after six months."},
    .chrome = {"Article content", "Listen instead", "Trinity Audio"},
};

/* A Thai pointer to other news, and a call to follow the site's news, are
 * the site's. */
static const spec thai_pointer_follow = {
    .page = "thai-pointer-follow.html",
    .title = "กรมชลประทานเร่งระบายน้ำเขื่อนเจ้าพระยา รับมือฝนตกหนักต่อเนื่อง",
    .text = {"ผู้อำนวยการโครงการชลประทานชัยนาทกล่าวว่า"},
    .chrome = {"อ่านข่าวอื่น", "ชาวนาเร่งเก็บเกี่ยวข้าว", "ติดตามข่าวสารล่าสุด"},
};

/* A lead set as a list of points: the short items of a list in a lead's
 * box under the headline, or of a list so named (Bloomberg's "Abstract"). */
static const spec lead_points_summary = {
    .page = "lead-points-summary.html",
    .points = {"Four harbour towns will share a tidal turbine array off the northern headland.",
               "The council expects the array to cover a third of the towns' winter demand.",
               "Fishermen want the turbines kept clear of the crab grounds near the reef."},
    .byline = "By Ellen Marsh",
    .body = {"The four towns signed the agreement on Tuesday after two years of talks with the "
             "regional grid operator and a consortium of turbine makers."},
};

static const spec lead_points_abstract = {
    .page = "lead-points-abstract.html",
    .points = {"Benchmark copper rose as much as 2.4% in London trading on Monday",
               "Two of Chile's largest smelters announced maintenance shutdowns"},
    .body = {"Copper climbed to the highest in seven weeks after two smelters in northern Chile "
             "said they would halt part of their output for maintenance during the southern "
             "winter."},
};

/* A summary's points after a lead paragraph are no second lead. */
static const spec lead_then_summary_list = {
    .page = "lead-then-summary-list.html",
    .lead = "Der Stadtrat hat am Donnerstag beschlossen, drei Straßen der Altstadt für Radfahrer "
            "umzubauen. Die Arbeiten sollen im Herbst beginnen.",
    .body =
        {"Drei Straßen der Altstadt bekommen breite Radwege.",
         "Die Parkplätze am Marktplatz fallen dafür weg.", "Die Kosten trägt zur Hälfte das Land.",
         "Mit großer Mehrheit stimmte der Stadtrat dem Plan der Verwaltung zu, nach dem die Lange "
         "Gasse, die Brückenstraße und der Kirchweg neue Radwege erhalten."},
};

/* A subline schema.org's microdata names the alternativeHeadline (ANSA's
 * "h2.news-stit"), shorter than a lead: the lead, no sub-heading. */
static const spec lead_alternative_headline = {
    .page = "lead-alternative-headline.html",
    .title = "Porto di Ancona, traffico merci al record",
    .lead = "Container in crescita del 12%, bene i traghetti",
    .body =
        {"(AN) - ANCONA, 02 MAG - Il porto di Ancona ha chiuso il primo trimestre con il record "
         "di merci movimentate, trainato dai container e dai collegamenti con i Balcani."},
};

/* A wire photo's caption set as a paragraph under the picture's, known by
 * its credit in brackets ("(Xinhua/Ding Lei)"); "(and/or ...)" closing a
 * paragraph is none. An agency's note on what its site carries is chrome. */
static const spec wire_credit_caption = {
    .page = "wire-credit-caption.html",
    .captions =
        {"A baker pulls bread from a clay oven in the old town, May 2, 2024. (Wire/Li Ming)"},
    .body = {"Before the sun clears the rooftops of the old town, the bakers on Market Lane have "
             "already lit their ovens. By mid-morning, the queue stretches past three shops.",
             "Some visitors said they had come to learn how to make the bread themselves, and "
             "several bakeries now hold classes in the afternoon (and/or the evening)."},
    .chrome = {"contains only a portion"},
};

/* A wire's link to buy a picture's rights in its caption, whatever a
 * screen reader is told after it, is no part of the caption. */
static const spec caption_licensing_link = {
    .page = "caption-licensing-link.html",
    .captions = {"Workers walk past a nickel processing facility in Central Sulawesi, February 14, "
                 "2024. NEWSWIRE/Ana Dinar/File Photo"},
    .chrome = {"Purchase Licensing", "opens new tab"},
};

/* A reader's handle under their quote, a dash and a link to their profile
 * (BuzzFeed's "—u/name"), is the quote's attribution, no link to chrome. */
static const spec dash_handle_attribution = {
    .page = "dash-handle-attribution.html",
    .body = {"—u/pretzel_diplomat",
             "\"Everything is closed on Sundays. The first month I kept forgetting and ended up "
             "eating crackers for dinner. Now I plan my whole week around Saturday morning.\"",
             "—u/linguine_lover88"},
    .headings = {{2, "1. The grocery store will humble you."},
                 {2, "2. Sundays are for resting, whether you like it or not."}},
    .chrome = {"Want to be featured"},
};

/* A live blog's hero figure in a box with its byline and its key events (a
 * box of links to its posts): the figure is kept, the links are not. */
static const spec live_hero_key_events = {
    .page = "live-hero-key-events.html",
    .lead =
        "Amber wind warnings remain in force until 9pm, with rail services cancelled and several "
        "major bridges closed to high-sided vehicles.",
    .captions = {"Waves crash over the sea wall at Whitley Bay on Friday morning."},
    .headings = {{2, "Rail operators warn of disruption into Saturday morning"},
                 {2, "Power cuts climb past 60,000 properties"}},
    .chrome = {"Key events", "2h ago"},
};

/* The writer's note under the story, their name linked to their page under
 * "/by/": the author's card, no paragraph of the story. */
static const spec author_bio_by_link = {
    .page = "author-bio-by-link.html",
    .byline = "By Daniel Kessler",
    .body = {"Her daughter said the cause was heart failure."},
    .chrome = {"is a reporter on the Obituaries desk"},
};

/* A podcast episode's calls under its notes (to subscribe for bonus
 * episodes, to listen "anywhere you get podcasts", its networks in a row)
 * and the transcript's disclaimer are chrome. */
static const spec podcast_episode_calls = {
    .page = "podcast-episode-calls.html",
    .body = {"This episode was hosted by Erin Soto and produced by Lena Whitfield.",
             "ERIN SOTO, HOST: This is Money Hour. I'm Erin Soto."},
    .chrome = {"bonus episodes", "anywhere you get podcasts", "TikTok", "rush deadline"},
};

/* A header whose headline sits in a box of the title's parts (kicker,
 * headline, subline: La Presse's "div.titleModule"): the subline is the
 * lead. */
static const spec header_title_module = {
    .page = "header-title-module.html",
    .title = "Québec prolonge la saison des traversiers",
    .lead = "Les traversiers du fleuve navigueront trois semaines de plus cet automne, une demande "
            "des municipalités riveraines depuis plusieurs années.",
    .body =
        {"La Société des traversiers a confirmé mardi que la saison de navigation sera prolongée "
         "jusqu’à la fin du mois de novembre sur trois de ses liaisons."},
};

/* A hero figure above the article's header, the theme's category links
 * over its headline ("span.cat-links", a screen reader's "Posted in" and
 * the category): the links are a kicker, passed over to the figure. */
static const spec wp_cat_links_hero = {
    .page = "wp-cat-links-hero.html",
    .title = "Oakland libraries will open on Sundays again after council finds $2.1M",
    .captions = {"Children’s librarian Tanya Whitfield helps young readers at the César Chávez "
                 "branch in Fruitvale, one of seven locations that will open on Sundays this "
                 "summer."},
    .chrome = {"Posted in"},
};

/* A short subline named on the span that fills its h2 (BLOX's "<h2
 * class=subhead><span class=tnt-subheadline>"), a share bar beside it whose
 * class names the headline ("headline-right"): the subline is the lead,
 * the share bar no headline. */
static const spec blox_subhead_share = {
    .page = "blox-subhead-share.html",
    .title = "School board votes to close two elementary schools",
    .lead = "Board cites budget shortfall and falling enrollment",
    .body = {"The school board voted 5-2 Monday night to close two west-side elementary schools at "
             "the end of the school year, ending months of debate over how the district would "
             "cover its deficit."},
    .chrome = {"Copy article link"},
};

/* A headline in an h2 of a kicker line and a title line, the title found
 * by the words it says (the article's label): the parts gathered around it
 * stand beside the h2, never inside its line, and the story is no part of
 * the headline (Spiegel's page as a browser saves it). */
static const spec h2_title_line_parts = {
    .page = "h2-title-line-parts.html",
    .title = "Förster setzen auf Löschteiche und Laubbäume",
    .lead = "Trockene Kiefernwälder, sandige Böden, immer heißere Sommer: Brandenburg ist das "
            "Bundesland mit den meisten Waldbränden. Wie Förster und Feuerwehren versuchen, die "
            "nächste Brandsaison zu überstehen.",
    .byline = "Von Jonas Fehrmann",
    .body = {"Wenn Revierförster im Frühjahr durch die Kiefernwälder geht, sieht er vor allem "
             "eines: trockene Nadeln, die den Boden bedecken, und keinen Tropfen Regen seit "
             "Wochen.",
             "Löschteiche und Laubbäume sollen helfen, sagen sie, doch beides braucht Zeit und "
             "Geld."},
};

/* A page saved by archive.today, its classes gone and its type set by
 * inline styles: the paragraph right after the headline in a larger type
 * than the story's is the lead. */
static const spec archive_inline_lead = {
    .page = "archive-inline-lead.html",
    .title = "Dans le Roussillon, les vergers face à une troisième année de sécheresse",
    .lead = "Malgré les pluies du printemps, les nappes restent à des niveaux historiquement bas. "
            "Les producteurs de pêches et d’abricots arrachent des vergers et réclament un plan "
            "d’urgence.",
    .body =
        {"Sur les coteaux d’Ille-sur-Têt, les rangées de pêchers ont laissé place à des bandes "
         "de terre nue. Les arbres, trop affaiblis par trois étés sans pluie suffisante, ont été "
         "arrachés en mars."},
};

/* A photo's box whose only link is its "see the photo" button (Kompas's
 * "Lihat Foto"): no list of links, the photo and its caption stay. */
static const spec picture_button_link = {
    .page = "picture-button-link.html",
    .captions = {"Kondisi jembatan gantung yang menghubungkan dua desa di Garut, putus diterjang "
                 "banjir, Selasa (21/5/2024). KOMPAS.com/IRWAN NUGRAHA"},
    .chrome = {"Lihat Foto"},
};

/* Calls in scripts whose letters take three bytes (Tamil, Hindi) are read
 * whole, as short blocks in Latin letters are; calls to join a Telegram
 * group, to give to Ukrainian journalism, to follow El País; a bookshop's
 * commission; a link to the author's page glued to their name ("Habari
 * zaidi za mwandishi huyu"). "được vận hành bởi" in a story's sentence is
 * no footer. */
static const spec chrome_calls_scripts = {
    .page = "chrome-calls-scripts.html",
    .body = {"Ba tuyến mới được vận hành bởi một doanh nghiệp tư nhân với 57 xe buýt điện loại 60 "
             "chỗ."},
    .chrome = {"இணைந்திருங்கள்", "WhatsApp", "Grup Telegram", "донатором", "журналістику",
               "Sigue toda", "commission", "Habari zaidi"},
};

/* A page kept by a clipper (Joplin): the tool's h1, its line of the page's
 * title ("Kicker: Title - SITE") and the site's own heading of kicker and
 * title all say the headline once; the lead set in bold by a utility class
 * on a div of text (Spiegel's) is the lead. */
static const spec clipped_title_line = {
    .page = "clipped-title-line.html",
    .title = "Straßenbahn fährt fünf Monate nicht",
    .lead = "Ab Juni ruht die Linie 4 zwischen Hauptbahnhof und Wilhelmshöhe. Die Stadt erneuert "
            "Gleise, Weichen und Haltestellen. Fahrgäste müssen bis November auf Ersatzbusse "
            "umsteigen.",
    .body = {"Die Kasseler Verkehrsbetriebe haben am Dienstag den Zeitplan für die größte "
             "Gleisbaustelle seit zwanzig Jahren vorgestellt. Auf knapp sieben Kilometern sollen "
             "Schienen, Fahrleitungen und Bahnsteige erneuert werden."},
    .chrome = {"DER KURIER", "Verkehr in Kassel"},
};

/* A reading mode's copy (Chrome's side panel): its one-word title, which
 * the page's <title> says too, is a panel's label; the heading the story
 * opens under is the headline. */
static const spec reading_mode_label = {
    .page = "reading-mode-label.html",
    .title = "Fähre nach Langeoog fällt wochenlang aus",
    .lead = "Die einzige Fähre zur Insel muss in die Werft. Urlauber und Pendler sollen auf ein "
            "kleineres Ersatzschiff ausweichen, das nur bei Flut fahren kann.",
    .chrome = {"Lesemodus"},
};

/* A hero picture and its marked caption between the byline and the body,
 * in a box named "headerimg" (RFA's), which a masthead's word in its name
 * does not make chrome. */
static const spec hero_caption_box = {
    .page = "hero-caption-box.html",
    .captions = {"ຊາວບ້ານ ຂົນເຄື່ອງ ອອກຈາກເຮືອນ ທີ່ຖືກນ້ຳຖ້ວມ ຢູ່ເມືອງທ່າແຂກ, ວັນທີ 1 ສິງຫາ "
                 "2024."},
};

/* A box that opens with a link to the line closing it (BBC World Service's
 * embed and its consent notice, in Vietnamese) is skipped whole; a short
 * bold label whose links cleaning took heads nothing before the next
 * heading, in a language no word list has; a row of counters. */
static const spec skipped_embed_label = {
    .page = "skipped-embed-label.html",
    .body = {"Liên minh châu Âu là một trong những thị trường lớn nhất của cà phê Việt Nam, chiếm "
             "khoảng 40% sản lượng xuất khẩu mỗi năm.",
             "Các doanh nghiệp xuất khẩu cho biết họ đã bắt đầu lập bản đồ vùng nguyên liệu, nhưng "
             "chi phí đo đạc hàng triệu mảnh vườn nhỏ là rất lớn."},
    .headings = {{2, "Thị trường lớn nhất"}},
    .chrome = {"Twitter", "Chấp nhận", "ასევე", "lượt xem"},
};

/* Lines of saved and clipped pages: a paywall's label, a reading time, the
 * buttons to keep the story for later, a machine voice's credit, the BBC's
 * closing line to follow a region's news, Folha's and El País's calls to
 * their newsletters, a likes counter, BBC Urdu's "read also", a heading of
 * topics; the Guardian's call to support its journalism, its buttons with
 * it. */
static const spec chrome_calls_saved = {
    .page = "chrome-calls-saved.html",
    .body = {"The pier at Eastwick reopened to the public on Saturday, six years after storms left "
             "its timber deck unsafe and the council closed it to walkers.",
             "Volunteers raised most of the money for the repairs through a public appeal, selling "
             "engraved planks to residents and visitors for twenty pounds each.",
             "The trust that runs the pier says it will charge no entry fee this summer and hopes "
             "a new café at the end of the deck will cover the upkeep."},
    .chrome = {"réservé", "Lecture", "sélections", "plus tard", "Read later", "ElevenLabs",
               "lượt thích", "Folha", "newsletters", "apuntarte", "Follow", "Mehr lesen", "پڑھیے",
               "funded by readers", "Remind me"},
};

/* A header a clipper made flat (Notion's export of Le Monde): the
 * paragraph of sentences right above the byline's line, past the kicker,
 * is the lead, and that line the byline. */
static const spec flat_header_lead = {
    .page = "flat-header-lead.html",
    .lead = "Un champignon venu du sol ravage les parcelles d’ail blanc de Lomagne. Faute de "
            "traitement autorisé, les producteurs allongent les rotations et craignent pour "
            "l’appellation.",
    .byline = "Par Marc Dulac (Lectoure, envoyé spécial)",
};

/* A chrome label set as a heading over the story's prose is the story's
 * sub-heading (news.com.au's "What you need to know"); calls to push
 * alerts, to a paper's WhatsApp, to send readers' stories; an ad's "read
 * on below", Sina's app and feedback lines, Asahi's author box under its
 * heading. */
static const spec label_heading_prose = {
    .page = "label-heading-prose.html",
    .headings = {{2, "What you need to know"}},
    .body = {"The levy is a one-off payment per visit and is separate from the visa on arrival, "
             "which costs about fifty dollars for most passports.",
             "Once paid, travellers receive a code by email that officials can scan at the "
             "airport, at ferry ports and at some of the island's temples."},
    .chrome = {"push alerts", "WhatsApp", "Get involved", "Send your stories", "請繼續", "新浪",
               "この記事", "専門"},
};

/* Pictures as pages of the 2000s set them: a box named in camel case
 * ("storyPhotoCaptionBox"); a credit in an h6 before its caption (the New
 * York Times'), no heading, nor is its h6 dateline; the story's picture in
 * a box whose name says related media, a link to the slideshow beside it;
 * a table of the picture, "td.legende", "td.credit" and a spacer; a box of
 * the picture, its marked credit and an unmarked line. Lines of those
 * pages: the font sizer, "first published on", "paru dans l'édition". */
static const spec old_layout_figures = {
    .page = "old-layout-figures.html",
    .captions = {"Volunteers fill sandbags outside the town hall on Monday morning, as the river "
                 "rises for a third day and more rain is forecast for the valley. (AP Photo/Jo "
                 "Banks)",
                 "Water surrounds a farmhouse east of the town on Monday.",
                 "A farmer checks the damage to his barn.",
                 "Une digue renforcée au nord de la ville, lundi.",
                 "A rescue boat on the flooded main street"},
    .chrome = {"Adjust font size", "first published", "paru dans"},
};

/* A box named highlights over a list of short lines (CNN's 2007 "Story
 * Highlights") holds the lead's points, its label no part of them; a
 * rating widget in a tools box named in Spanish ("herramientas"), its
 * votes counted. */
static const spec highlights_points = {
    .page = "highlights-points.html",
    .points = {"Old river bridge closed in 2005 after cracks were found in its piers",
               "Repairs cost $48 million, most of it from the state",
               "Trucks over 20 tons will still have to take the bypass"},
    .body = {"The river bridge that carried twenty thousand cars a day before it was closed will "
             "reopen to traffic on Saturday morning, the state transport department said."},
    .chrome = {"Story Highlights", "Vótalo", "votos"},
};

/* A pointer to another story in brackets ("(Le puede interesar: ...)"); a
 * recommended video's card whose player is a box with a media id, its
 * title after it; a video teaser named by Schibsted's data-test-tag; a
 * call to support the paper's journalism; a line of a label and an e-mail
 * address alone; a rights notice in Lithuanian. */
static const spec brackets_cards_contact = {
    .page = "brackets-cards-contact.html",
    .body = {"A partir del próximo lunes comenzará una nueva fase de cierres viales sobre la "
             "avenida central para permitir el avance de las obras del viaducto de la primera "
             "línea del metro.",
             "Según la Secretaría de Movilidad, el cierre afectará los carriles mixtos en sentido "
             "norte-sur, mientras que los carriles exclusivos del sistema de buses seguirán "
             "funcionando.",
             "La entidad anunció que habrá más de 150 agentes de tránsito en los puntos críticos "
             "durante las primeras semanas de la nueva fase."},
    .chrome = {"Le puede interesar", "VIDEO RECOMENDADO", "fenómeno costero", "Mira cómo",
               "journalism", "Contact", "draudžiama"},
};

/* A list of short lines at the top whose first the page's description
 * says is the lead's points (the Daily Mail's bullets under the headline);
 * a box to follow the paper on Google News; Vox's box asking for a gift,
 * its heading with it; HuffPost's calls to contribute; a call to send
 * readers' views by e-mail; a link home. */
static const spec bullets_description_lead = {
    .page = "bullets-description-lead.html",
    .points = {"Joan Reeve was told her privet hedge blocked drivers' view at a junction",
               "The council sent contractors and billed her £1,900 for the work",
               "An ombudsman found officers measured from the wrong kerb"},
    .body = {"A pensioner has won a two-year fight with her council over a bill for cutting back a "
             "hedge she planted forty years ago, after inspectors admitted they had measured the "
             "view from the wrong side of the road.",
             "Joan Reeve, 74, said she was relieved the matter was over and would use the refund "
             "to repair her garden wall."},
    .chrome = {"Follow the Daily Post", "Will you support", "making a gift", "as little as $1",
               "Already contributed", "Hãy chia sẻ", "Go To Homepage"},
};

/* A last block of the body's kind after an ad, two paragraphs too short
 * to score, is the article's (Wired's "ChunkWrapper"s); the lines after a
 * story: a thanks, an audio call, a TV station's closing line, dpa's note
 * on its copy, phys.org's partner line and feedback box, a newsroom's
 * note on its funders. */
static const spec trailing_chunk_calls = {
    .page = "trailing-chunk-calls.html",
    .headings = {{2, "The dendrite problem"}, {2, "From lab bench to assembly line"}},
    .body =
        {"In a windowless room on the edge of an industrial park, a robotic arm lifts a sheet of "
         "glass no thicker than a hair and lays it, with great care, on a stack of others.",
         "The sheet is a solid electrolyte, the part that gives solid-state batteries their "
         "name and most of their promise, and the part that has kept them out of cars so far.",
         "“Everybody agrees on the physics,” says the startup's chief engineer. “The argument "
         "is about whether anyone can make these sheets by the million, and cheaply.”",
         "Automakers are watching closely. Two carmakers have signed agreements with "
         "solid-state startups in the past year and one says it will use the cells before the "
         "decade ends.",
         "The engineer is careful not to overpromise. “We have been burned by hype before,” she "
         "says."},
    .chrome = {"Thank you", "full audio", "streaming video", "Presse-Agentur", "Provided by",
               "Financial supporters", "Feedback", "Use this form"},
};

/* A line under the byline that a class names the contributor's
 * description (the BBC's "TextContributorDescription") is the byline's,
 * not the lead; a paragraph a class names the story's teaser is the lead
 * (kicker.de's "p.kick__article__teaser"). */
static const spec contributor_role_teaser_lead = {
    .page = "contributor-role-teaser-lead.html",
    .title = "Harbour ferry returns after winter repairs",
    .byline = "Coast Sport sailing correspondent in Portlee",
    .lead = "The old harbour ferry is back on the water after four months of repairs to its hull "
            "and engine, and the first crossing on Saturday was full.",
    .body = {"The boat, which has carried passengers across the harbour mouth since 1961, was "
             "lifted out of the water in November after inspectors found corrosion below the "
             "waterline.",
             "Volunteers from the ferry trust raised more than forty thousand pounds for the "
             "work, most of it in small gifts from people who use the crossing every day.",
             "The skipper said the engine now starts first time, every time, which he could not "
             "say of it before the winter."},
    .chrome = {"Copyright", "external linking"},
};

/* A broadcaster's lines under its story: when the programme aired it
 * ("Sendung: ...", "Audio: ...", "Über dieses Thema berichtet ..."), its
 * sources under "Unsere Quellen", how to cite the page and when it was
 * read; an upsell's box and a donation's box inside the text; a last line
 * announcing a podcast whose player is gone; a caption in "div.pic_txt"
 * with its source in "div.pic_src". */
static const spec broadcaster_closing_lines = {
    .page = "broadcaster-closing-lines.html",
    .title = "Stadt plant neue Radbrücke über die Salzach",
    .captions = {"So soll die neue Brücke zwischen Lehen und Itzling einmal aussehen."},
    .body = {"Zwischen Lehen und Itzling soll im Herbst der Bau einer neuen Brücke für Radfahrer "
             "und Fußgänger beginnen. Der Gemeinderat hat die Pläne am Mittwoch einstimmig "
             "beschlossen.",
             "Die Brücke wird rund 120 Meter lang und soll die beiden Uferwege verbinden, die "
             "bisher nur über die stark befahrene Straßenbrücke erreichbar sind.",
             "Die Kosten schätzt die Stadt auf 14 Millionen Euro. Einen Teil davon übernimmt das "
             "Land, den Rest bezahlt die Stadt aus dem Verkehrsbudget.",
             "Kritik kommt von einer Bürgerinitiative, die um die alten Pappeln am Ufer fürchtet. "
             "Die Stadt verspricht, für jeden gefällten Baum zwei neue zu pflanzen."},
    .chrome = {"Regionalportal Pro", "Mitgliedern", "Sendung:", "Audio:", "Podcast",
               "Unsere Quellen", "Bürgerinitiative Itzling", "Über dieses Thema", "Zitiervorschlag",
               "abgerufen", "Aufgerufen", "Impressum"},
};

/* Calls closing a local story, in several languages: to subscribe, to
 * give (a tax-deductible donation), to send tips and feedback, to report
 * a typo, to go to the home page; a pointer "Also on Patch:" to another
 * story; a rights notice ("Không sao chép dưới mọi hình thức"). */
static const spec closing_calls_many = {
    .page = "closing-calls-many.html",
    .title = "Council adds pickup spaces on Church Street",
    .body = {"The township council voted 5-2 on Tuesday to turn eight metered spaces on Church "
             "Street into fifteen-minute pickup spaces for restaurants and shops.",
             "Several business owners spoke against the change during public comment, saying "
             "families who come to dinner would now have to look for parking farther away.",
             "Others supported it. The business improvement district said the pickup spaces had "
             "been a top request from restaurants since the pandemic.",
             "Meter rates will stay at $1.50 an hour, and residents with a parking permit for the "
             "Midtown deck will not be affected, officials said.",
             "The council also asked the parking utility to report back in six months on how the "
             "changes have affected meter revenue."},
    .chrome = {"Also on Patch", "Bike Lane Pilot", "needs your support", "rely on readers",
               "tax-deductible", "Have a tip", "report a typo", "Feedback", "ご意見", "महसुस",
               "tıklayınız", "bản quyền"},
};

/* A metered wall's count inside the text ("Sie lesen gerade einen von 2
 * freien Artikeln in diesem Monat"), a shop's link disclosure in German,
 * and a Chinese site's call to follow it and its editors' line. */
static const spec metered_wall_disclosure = {
    .page = "metered-wall-disclosure.html",
    .title = "Kommunen wollen selbst bauen",
    .body = {"Immer mehr Städte gründen eigene Wohnungsgesellschaften, weil private Bauträger kaum "
             "noch günstige Wohnungen errichten. Allein im vergangenen Jahr kamen bundesweit zwölf "
             "neue hinzu.",
             "Die Kommunen stoßen dabei aber schnell an Grenzen: Grundstücke sind teuer, und die "
             "Kommunalaufsicht prüft jede Kreditaufnahme genau.",
             "Der Bund verweist auf die Milliarden für den sozialen Wohnungsbau. Doch die Mittel "
             "fließen über die Länder, und die verteilen sie nach eigenen Regeln."},
    .chrome = {"Provision", "freien Artikeln", "人民网", "责编", "Impressum"},
};

/* A headline's subline its class names, right after it in a box of more
 * parts than a header's (the byline's row, the share buttons: RebelMouse's
 * "h2.widget__subheadline"), is the lead; a readers' poll inside the text;
 * calls to subscribe after a question or a dash, to send tips, and a
 * newswire's terms of republishing, closing the text. */
static const spec subline_widget_head = {
    .page = "subline-widget-head.html",
    .title = "County drops stadium tax plan after packed hearing",
    .lead = "'We asked for a vote, and for once they listened to the people paying the bill.'",
    .body = {"Commissioners in Harlan County voted on Tuesday night to shelve a plan that would "
             "have raised the local sales tax to pay for a new minor-league ballpark downtown.",
             "More than 400 residents filled the hearing room and an overflow hall, and most of "
             "the 60 speakers asked the board to put the question on the November ballot instead.",
             "The team's owners said they would keep talking with the county and had not ruled "
             "out paying for more of the project themselves.",
             "Board chair Lorraine Ortiz said the plan was not dead, but that any new version "
             "would need to show how much of the cost private investors would carry."},
    .chrome = {"Should taxpayers", "Want more", "Don't miss", "Got a tip", "republished", "Share",
               "© 2024"},
};

/* The hero picture between the headline's header and the body, in a
 * figure named a header's ("figure--header"); a box named a video around
 * a script's player, its still and its title; a box asking for support. */
static const spec header_figure_video_box = {
    .page = "header-figure-video-box.html",
    .title = "Neue SSD kommt ohne Kühlkörper aus",
    .captions = {"Die neue SSD ist nur auf einer Seite bestückt"},
    .body = {"Der Hersteller hat eine neue SSD für PCIe 5.0 vorgestellt, die beim sequenziellen "
             "Lesen bis zu 14.000 MB/s erreichen soll und dabei ohne eigenen Kühlkörper auskommt.",
             "Möglich macht das ein neuer Controller, der im Vergleich zum Vorgänger rund ein "
             "Drittel weniger Strom aufnimmt. Unter Dauerlast soll das Laufwerk nicht drosseln.",
             "Die SSD kommt im Dezember mit einem und zwei Terabyte in den Handel. Preise hat der "
             "Hersteller noch nicht genannt."},
    .chrome = {"Video:", "Journalismus stärken", "Jetzt unterstützen", "Impressum"},
};

/* A lead written without spaces (Japanese), a heading right after the
 * headline in a box named an abstract; asides floating the story's
 * pictures with their captions, one alone and two in a list. */
static const spec unspaced_abstract_photo_aside = {
    .page = "unspaced-abstract-photo-aside.html",
    .title = "スマホで撮るだけで3Dモデル、無料アプリ公開",
    .lead = "スタートアップのミライクラフトは、スマートフォンで対象物の周りを撮影するだけで3Dモ"
            "デルを生成できるアプリを公開した。EC事業者の商品撮影での利用を見込む。",
    .captions = {"アプリの撮影画面", "生成した靴のモデル", "書き出し形式を選ぶ画面"},
    .body = {"スタートアップのミライクラフトは5月10日、スマートフォンで対象物の周りをぐるりと撮"
             "影するだけで3Dモデルを生成できるアプリを公開した。基本機能は無料で使える。",
             "撮影した写真は同社のクラウドで処理され、数分で3Dモデルが届く。生成したモデルは一般"
             "的な形式で書き出せ、ECサイトの商品ページに埋め込める。",
             "同社は今後、法人向けに大量の商品を一括で処理する有料プランを提供する予定だ。"},
    .chrome = {"Copyright"},
};

/* A long-form page's sections, each heading in a box with its number
 * ("01"), the first one short; a player reading the story aloud with a
 * choice of voices; a live page's switch to update itself and its button
 * for more; another story's card set in the text, its picture and its
 * title linked apart and its excerpt not. */
static const spec numbered_heading_live_switch = {
    .page = "numbered-heading-live-switch.html",
    .title = "Những người giữ đèn ở cực Nam",
    .lead =
        "Hơn một thế kỷ qua, ngọn hải đăng trên đảo Hòn Khoai chưa đêm nào tắt. Giữ cho ánh đèn "
        "ấy sáng là những người đàn ông chấp nhận sống xa đất liền.",
    .headings = {{2, "Bậc đá lên đèn"}, {2, "Những đêm bão không ngủ"}},
    .body =
        {"Con tàu tiếp tế rời cửa biển Rạch Gốc lúc gần trưa, chòng chành gần hai tiếng mới cập "
         "cầu cảng Hòn Khoai. Từ bến, muốn lên trạm đèn phải leo hơn một trăm bậc đá.",
         "Anh Phạm Văn Tuấn, trạm trưởng, đón chúng tôi bằng nụ cười rám nắng. Ai lên đây lần "
         "đầu cũng thở không ra hơi, anh em ở lâu thì quen dần.",
         "Công việc của người giữ đèn nghe đơn giản: bật đèn lúc hoàng hôn, tắt đèn khi trời "
         "sáng. Nhưng có những đêm gió giật cấp 10, cả trạm thức trắng canh máy."},
    .chrome = {"Nghe nội dung", "Giọng nữ", "Tự động cập nhật", "Giá cà phê", "130.000",
               "Xem thêm diễn biến", "01", "Cơ quan chủ quản"},
};

/* A lead's box whose label a class names too ("div.summary-title" saying
 * "In Summary") over its one point; a live page's notice that it updates
 * itself; a paragraph opening with a linked picture and linking its words
 * to the same page (no card of another story); a table of two pictures
 * side by side over one caption; a call for tips in Danish and readers'
 * views disclaimed. */
static const spec lead_label_gallery_table = {
    .page = "lead-label-gallery-table.html",
    .title = "Starlets name 26-player squad for Olympic qualifier against Zambia",
    .lead = "The Starlets will host Zambia on June 4 before travelling to Lusaka for the return "
            "leg four days later.",
    .captions = {"Players during a training session at the national stadium on Monday."},
    .body = {"Head coach Lydia Odhiambo has recalled three foreign-based players to her squad for "
             "next month's two-legged Olympic qualifier against Zambia.",
             "The squad reported to camp on Monday, and the coach said the players were in good "
             "shape after the league season. Fans can read more about the long road to the "
             "qualifier here before the match.",
             "The winner over two legs will face Cameroon in the final round of qualifying in "
             "September."},
    .chrome = {"In Summary", "updates automatically", "Har du et tip", "DISCLAIMER", "© The Daily"},
};

/* A box named an audio's whose player a script draws ("Audio Berita"),
 * the toolbar's "Dengarkan"; a subscribers' label in Spanish; a shop's
 * disclosure of affiliate programs; a video's loading line and the line
 * saying the text goes on under it; an embed's box shown for want of
 * consent to cookies; a call to follow the site's WhatsApp channel; a
 * column's disclaimer; a button to save the post, in Vietnamese. */
static const spec audio_box_notices = {
    .page = "audio-box-notices.html",
    .title = "Rob kembali rendam permukiman pesisir Semarang",
    .body = {"Air laut kembali masuk ke rumah-rumah warga di Kampung Tambak Lorok, Semarang, pada "
             "Senin sore. Genangan setinggi lutut orang dewasa bertahan hingga malam hari.",
             "Warga menyebut rob tahun ini datang lebih sering dibandingkan tahun lalu. Sebagian "
             "dari mereka sudah meninggikan lantai rumah, tetapi air tetap masuk.",
             "Pemerintah kota berjanji mempercepat pembangunan tanggul laut yang ditargetkan "
             "selesai tahun depan."},
    .chrome = {"Dengarkan", "suscriptores", "Audio Berita", "affiliate", "Chargement", "Dalsza",
               "bloqué", "WhatsApp", "columnists", "Lưu bài", "Hak cipta"},
};

/* A box named a lead's around the kicker, the headline and its subline
 * ("div.lead-content"): the subline ("p.sub-title") is the lead, the
 * kicker none; a reading time in the byline's row; a heading's anchor
 * holding a character of no width; a line of code in a short box; a link to
 * another page's gallery with its count, a button to buy the photo; an
 * author's box its inline label opens; calls to follow a WhatsApp channel,
 * to get the app, to become a member, and experts' views disclaimed. */
static const spec lead_box_code_author = {
    .page = "lead-box-code-author.html",
    .title = "M6 LIVE: Queues after lorry overturns near the junction",
    .lead = "Two lanes of the northbound carriageway are shut between junctions 5 and 6 this "
            "morning",
    .captions = {"Traffic queuing on the M6 northbound this morning"},
    .headings = {{2, "What the police said"}},
    .body = {"Drivers faced long queues on the M6 after a lorry overturned near junction 6 shortly "
             "after 6am, spilling its load across two lanes.",
             "Police said the driver had been taken to hospital with minor injuries and that "
             "recovery teams would need several hours to clear the road.",
             "Motorists were told to use the A38 instead and to run the traffic app's update "
             "before setting off:",
             "The carriageway is expected to reopen in the early afternoon, National Highways "
             "said."},
    .text = {"app --update"},
    .chrome = {"Live", "mins read", "Buy Photo", "View Gallery", "WhatsApp", "their own",
               "stay updated", "becoming a member", "About the Author", "Senior Reporter",
               "\xE2\x80\x8B", "© Midlands"},
};

/* A picture's button in German whose folded words say "ss" for "ß" ("Zur
 * Großbildansicht"), the picture kept with its caption; an ad's label and
 * a share label in Romanian and Serbian; a box asking for donations in
 * Romanian; calls to follow the site (Serbian, Spanish), to write to the
 * editors, to send a story (Croatian); a line of the site's feeds. */
static const spec folded_words_calls = {
    .page = "folded-words-calls.html",
    .title = "Ein Dorf gegen die Rotoren",
    .captions = {"Windräder am Deich: Im Koog sollen zwölf weitere Anlagen hinzukommen"},
    .body =
        {"Wenn Hauke Petersen morgens aus dem Küchenfenster schaut, sieht er Weide, einen Graben "
         "und den Deich. Dahinter drehen sich seit fünfzehn Jahren die Rotoren des alten "
         "Windparks.",
         "Was jetzt kommt, sind zwölf Anlagen mit einer Nabenhöhe von 120 Metern, fast doppelt "
         "so hoch wie die bisherigen. Die Gemeinde ist darüber gespalten.",
         "Die Entscheidung fällt im Herbst, wenn der Kreis die Genehmigung prüft. Bis dahin "
         "wollen beide Seiten weiter Unterschriften sammeln."},
    .chrome = {"Großbild", "Articolul", "Podelite", "Susține", "Donează", "Pratite", "Write to us",
               "Imate", "Puedes seguir", "Latest Updates", "Impressum"},
};

/* A row of inline items under the headline (the author's, the date's, the
 * section's, a count of comments), twelve words and no sentence, is no
 * lead: the lead is the heading the page's description repeats, after the
 * picture. */
static const spec byline_row_not_lead = {
    .page = "byline-row-not-lead.html",
    .title = "Haos pe aeroport după o defecțiune a sistemului de bagaje",
    .lead = "O defecțiune a sistemului automat de sortare a bagajelor a dat peste cap, vineri "
            "dimineață, activitatea de pe aeroport.",
    .captions = {"Cozi la ghișeele de bagaje pierdute"},
    .body = {"Problemele au început în jurul orei 5:30, când banda principală de sortare din "
             "Terminalul Plecări s-a oprit, iar bagajele au început să se adune.",
             "Compania care administrează aeroportul a confirmat incidentul și a anunțat că "
             "echipele tehnice au lucrat mai multe ore pentru remediere.",
             "Pasagerii ale căror bagaje nu au ajuns la destinație pot depune o reclamație la "
             "ghișeele companiilor aeriene."},
    .chrome = {"Toate drepturile"},
};

/* A live blog post's header, its time stamp (linked or not) and its
 * heading, is the post's: the heading stays. */
static const spec live_post_stamps = {
    .page = "live-post-stamps.html",
    .title = "Storm Wren live: gales close bridges across the north",
    .lead = "Amber warnings stay in force until the evening as ferries are cancelled and coastal "
            "roads flood at high tide.",
    .body = {"Engineers have reconnected about forty thousand of the homes that lost electricity "
             "overnight, the network operator said this afternoon.",
             "The rail operator has told passengers not to travel north of the river for the rest "
             "of the day after a tree fell on the overhead wires.",
             "All sailings between the mainland and the islands have been cancelled until Sunday "
             "morning, the ferry company said."},
    .headings = {{2, "Power restored to most homes on the coast"},
                 {3, "Trains halted north of the river"},
                 {3, "Ferries cancelled for the day"},
                 {3, "Good morning"}},
    .chrome = {"Updated at", "The Daily Ledger Ltd"},
};

/* A byline's separator on a line of its own ("<div class=td-author-line>
 * - </div>") is no byline. */
static const spec byline_separator_only = {
    .page = "byline-separator-only.html",
    .title = "Warum der Winter im Tal später kommt",
    .byline = "Von Lena Hofer",
    .body = {"Seit drei Jahren misst die Wetterstation am Talboden die ersten Frosttage, und jedes "
             "Jahr kommen sie ein paar Tage später als in den Jahrzehnten davor.",
             "Für die Obstbauern ist das zunächst eine gute Nachricht, doch späte Fröste im "
             "Frühjahr bleiben für die Blüte gefährlich."},
    .chrome = {"•", "Alle Rechte"},
};

/* A box a title class names, holding the headline, its subline and the
 * byline, gives the headline as its heading: the subline (a lead's class,
 * few words) is the lead. */
static const spec title_box_subline = {
    .page = "title-box-subline.html",
    .title = "하루 두 번 오는 버스를 기다리며",
    .lead = "[산골 일기] 정류장 의자에서 배운 기다림의 셈법",
    .body = {"강원도 산골 마을로 이사 온 지 꼭 일 년이 되었다. 이곳에서 가장 먼저 외운 것은 "
             "이웃의 이름이 아니라 버스 시간표였다.",
             "정류장 의자는 마을 사람들이 직접 만들었다. 어르신들은 그 의자에 앉아 버스를 "
             "기다리며 서로의 안부를 묻는다."},
    .chrome = {"공유하기", "All rights reserved"},
};

/* A subline named after the title ("h2.news_ttl_sub") is no headline: it
 * is the lead. */
static const spec subline_named_after_title = {
    .page = "subline-named-after-title.html",
    .title = "\"분담금 낼 바엔 안 한다\"…신도시 곳곳서 재건축 피로감",
    .lead = "공사비 평당 900만원 넘어…조합 설립 동의율 제자리",
    .body = {"신도시 재건축 선도지구로 선정된 단지들에서 예상 추가분담금이 가구당 수억 원에 이를 "
             "것이라는 추정이 나오면서 주민 간 갈등이 커지고 있다.",
             "전문가들은 공사비가 안정되기 전까지는 사업 속도가 더딜 수밖에 없다고 내다봤다."},
    .chrome = {"All rights reserved"},
};

/* The subline a body opens with is the lead, when no block after it is
 * named as it is; its sub-headings, named otherwise, stay headings. */
static const spec body_opening_subline = {
    .page = "body-opening-subline.html",
    .title = "금요일 밤 지하철 새벽 1시 30분까지 연장",
    .lead = "유흥가 많은 여덟 개 역 대상 석 달간…택시 대란 완화 효과 본다",
    .body = {"서울시가 다음 달부터 금요일 밤에 한해 지하철 2호선과 5호선의 운행 시간을 새벽 1시 "
             "30분까지 늘리는 시범사업을 시작한다.",
             "시범사업 결과에 따라 다른 노선으로 넓힐지도 정한다. 시는 운행 인력과 안전 요원을 "
             "더 배치하겠다고 밝혔다."},
    .headings = {{2, "심야 택시 잡기 어려운 역부터"}, {2, "석 달 뒤 연장 여부 결정"}},
    .chrome = {"무단 전재"},
};

/* Calls of regional and sport sites: a pointer to another story, an
 * embed's consent box, a video player's notice, a newsletter's line and
 * button, a call to follow a league. */
static const spec calls_regional_de = {
    .page = "calls-regional-de.html",
    .title = "Neue Parkgebühren am Seeufer ab Juni",
    .lead = "Wer am Seeufer parkt, zahlt ab Juni zwei Euro pro Stunde: Der Gemeinderat hat die "
            "neue Gebührenordnung am Dienstagabend beschlossen.",
    .body = {"Bisher war das Parken auf den drei großen Plätzen am Ufer an Werktagen kostenlos, "
             "nur am Wochenende wurde eine Tagespauschale fällig.",
             "Die Gemeinde rechnet mit Einnahmen von rund 180.000 Euro im Jahr, die in den Ausbau "
             "der Busverbindung fließen sollen.",
             "Anwohner erhalten eine Jahreskarte für 30 Euro; Gäste der Ferienwohnungen sollen "
             "einen Parkschein über ihre Vermieter bekommen."},
    .chrome = {"Das könnte Sie", "Empfohlener redaktioneller", "Please use Chrome",
               "kostenlosen Newsletter", "Jetzt kostenlos bestellen", "Follow your favorites"},
};

/* A subline set as the one item of a list, its text its own, is the lead
 * as a paragraph; a call to support the paper, and its button, go. */
static const spec subline_one_item_list = {
    .page = "subline-one-item-list.html",
    .title = "서해 갯벌 찾는 도요새 10년 새 절반으로",
    .lead = "시민단체·연구기관 공동 조사 결과 발표",
    .body = {"올봄 서해안 갯벌 열여덟 곳에서 관찰된 도요새와 물떼새는 모두 십팔만 마리로, 같은 "
             "방식으로 조사한 십 년 전의 절반 수준에 그쳤다.",
             "조사단은 주요 쉼터를 보호구역으로 지정해 달라고 정부에 요청했다."},
    .chrome = {"후원", "물러서지"},
};

/* A paper's notes of the story's print edition, and a box of the desk's
 * addresses under "Get in touch", are no story. */
static const spec calls_print_tips = {
    .page = "calls-print-tips.html",
    .title = "Cocoa smugglers cross the border by night",
    .lead = "Farmers say the official price leaves them no choice but to sell their beans to "
            "traders from the neighbouring country.",
    .body = {"On a dirt track that winds through the forest, motorbikes loaded with sacks of beans "
             "pass every few minutes after dark, their lights switched off.",
             "Officials estimate that a fifth of the harvest left the country this way last "
             "season, costing the treasury millions in lost export duties."},
    .chrome = {"print edition", "Get in touch", "africa@example.com"},
};

/* A rights notice and a call to scan a QR code (Chinese), a call to give
 * the author stars (Vietnamese). */
static const spec calls_zh_vi = {
    .page = "calls-zh-vi.html",
    .title = "老戲院修復後重新開幕",
    .body = {"（南方日報記者台南18日電）停業二十年的老戲院經過三年修復，今天重新開幕，市長與數百"
             "名市民一同參加典禮。",
             "文化局表示，未來將每月安排一次免費放映，並與附近學校合作推出導覽活動。"},
    .chrome = {"二维码", "不得轉載", "Tặng sao"},
};

/* A headline of a kicker, a colon set apart and the title, a badge's icon
 * before them, as the head's title writes "Kicker: Title": the title is
 * the headline. */
static const spec kicker_separator_title = {
    .page = "kicker-separator-title.html",
    .title = "Ein Wohnzimmer versinkt im Sand",
    .body = {"Auf der Bühne steht ein ganz gewöhnliches Wohnzimmer, mit Sofa, Stehlampe und einem "
             "Fernseher, der die ganze Vorstellung über flimmert.",
             "Das Publikum dankte mit langem Applaus, die Regisseurin kam am Ende barfuß auf die "
             "Bühne."},
    .chrome = {"Seeblatt Verlag"},
};

/* An embed's consent box, a heading over what would load and the
 * consent's terms, is no story. */
static const spec consent_box_heading = {
    .page = "consent-box-heading.html",
    .title = "Datenschützer rügt Hersteller smarter Türklingeln",
    .lead = "Die Aufnahmen der Kameras seien ohne Wissen der Kunden ausgewertet worden, um eine "
            "Gesichtserkennung zu trainieren.",
    .body =
        {"Die Landesbeauftragte für Datenschutz hat den Hersteller einer verbreiteten "
         "Video-Türklingel förmlich verwarnt, weil er Aufnahmen seiner Kunden für eigene Zwecke "
         "genutzt habe.",
         "Der Hersteller kündigte an, die Funktion bis auf Weiteres abzuschalten und die "
         "betroffenen Aufnahmen zu löschen."},
    .chrome = {"Empfohlener", "Zustimmung", "einverstanden"},
};

/* A kicker of five words, set apart from the title by a colon of its own
 * span, is no part of the headline. */
static const spec kicker_five_words = {
    .page = "kicker-five-words.html",
    .title = "Farbe allein macht noch keinen besseren E-Reader",
    .body =
        {"Das neue Lesegerät zeigt Titelbilder und Comics in Farbe, doch der Text wirkt auf dem "
         "Farbdisplay etwas grauer als auf dem Vorgänger.",
         "Wer vor allem Romane liest, fährt mit dem günstigeren Schwarz-Weiß-Modell weiterhin "
         "besser."},
};

/* A press release's kind over its headline, a caption's "view more", a
 * wire's rights line and notice, a call to follow on Google News. */
static const spec calls_wire_science = {
    .page = "calls-wire-science.html",
    .title = "Wastewater shows resistance genes rising in winter",
    .captions = {"Samples were taken every week at three treatment plants."},
    .body =
        {"Genes that make bacteria resistant to common antibiotics were found in larger amounts "
         "in city wastewater during the winter months, a two-year study reports.",
         "The researchers say the rise follows the season's higher use of antibiotics against "
         "respiratory infections, and they call for monitoring to continue."},
    .chrome = {"Peer-Reviewed", "view more", "dpa", "Google News"},
};

/* A wrapper in the article's <header>, holding the breadcrumb, the h2
 * headline, the lead's div of text and a toolbar of share links, the hero
 * after it, is the headline's parts: the lead is marked and kept. */
static const spec header_wrapper_lead = {
    .page = "header-wrapper-lead.html",
    .title = "Warum die Sanierung der Schiene stockt",
    .lead = "Die Bahn will bis 2030 Dutzende Strecken komplett erneuern. Doch intern wachsen die "
            "Zweifel, ob Geld und Personal dafür reichen.",
    .captions = {"Gesperrter Bahnsteig: Statt Zügen fahren Busse"},
    .body = {"Morgens um halb sechs ist der Bahnsteig fast leer. Wo sonst Pendler auf den "
             "Regionalzug warten, stehen jetzt Absperrgitter und ein gelbes Schild.",
             "Doch die Baufirmen finden kaum Personal, und die Kosten sind seit dem Start des "
             "Programms deutlich gestiegen."},
    .chrome = {"WhatsApp", "Flipboard"},
};

/* An Indian site's row of the byline, the source and the date is no lead;
 * the lead in a box named for its "read more" toggle, saying the page's
 * description, is; a caption named "img_cptn"; calls to follow in Hindi, a
 * link to the English edition. */
static const spec byline_row_authored = {
    .page = "byline-row-authored.html",
    .title = "होम लोन की EMI घटाने के पांच आसान तरीके",
    .lead = "ब्याज दरें ऊंचे स्तर पर बनी हुई हैं और बहुत से लोगों की होम लोन की किस्त उनकी कमाई "
            "का बड़ा हिस्सा खा रही है। कुछ समझदारी भरे कदम उठाकर आप बोझ कम कर सकते हैं।",
    .captions = {"होम लोन की किस्त कम करने के लिए कई विकल्प मौजूद हैं।"},
    .body = {"घर खरीदना ज्यादातर लोगों के जीवन का सबसे बड़ा आर्थिक फैसला होता है और लोन लेते समय "
             "लोग अक्सर सिर्फ किस्त की रकम देखते हैं।",
             "अपने बैंक से बात करें और कम दर पर स्विच करने का अनुरोध करें, क्योंकि कई बैंक इसके लिए "
             "मामूली फीस ही लेते हैं।"},
    .chrome = {"हर खबर से अपडेट", "हमें फॉलो करें", "Read in English"},
};

/* A photo story's captions in VnExpress's "div.desc_cation", longer than
 * an unmarked caption may be, stay on their pictures. */
static const spec photo_story_long_captions = {
    .page = "photo-story-long-captions.html",
    .title = "Mù Cang Chải vàng óng mùa lúa chín",
    .lead = "Những thửa ruộng bậc thang ở La Pán Tẩn, Chế Cu Nha chuyển màu vàng óng, thu hút hàng "
            "nghìn du khách lên vùng cao ngắm cảnh giữa tháng 9.",
    .captions =
        {"Những ngày giữa tháng 9, các thửa ruộng bậc thang ở xã La Pán Tẩn, huyện Mù Cang "
         "Chải, tỉnh Yên Bái bắt đầu chuyển sang màu vàng. Thời điểm lúa chín đẹp nhất thường "
         "kéo dài khoảng hai tuần.",
         "Đồi Mâm Xôi, điểm check-in nổi tiếng nhất của La Pán Tẩn, có hình dáng tròn như "
         "chiếc mâm đặt giữa thung lũng. Người dân thu phí tham quan 20.000 đồng mỗi lượt "
         "khách."},
    .body = {"Theo Phòng Văn hóa và Thông tin huyện, toàn huyện có hơn 2.200 ha ruộng bậc thang, "
             "trong đó 500 ha đã được công nhận là di tích quốc gia đặc biệt.",
             "Năm nay, mùa lúa chín đến muộn hơn mọi năm khoảng một tuần do ảnh hưởng của mưa lớn "
             "kéo dài hồi tháng 8."},
};

/* A gallery's list of captioned figures after the text the best block
 * holds is the article's, whatever its name and the ad between its items
 * (a round 52 page, written blind); the Guardian's call for support and a
 * podcast's call go. */
static const spec gallery_list_after_text = {
    .page = "gallery-list-after-text.html",
    .title = "'We are the last ones': the seaweed harvesters of Connemara – in pictures",
    .body = {"Seaweed has been gathered along the coast of Connemara for centuries – as fertiliser "
             "for thin, stony fields, as a source of iodine and soda, and more recently for food, "
             "cosmetics and animal feed.",
             "Brennan, who grew up in nearby Carna, photographed the harvest between November and "
             "March, when storms tear loose the biggest rafts of weed."},
    .text =
        {"Máirtín Ó Conghaile and his nephew Colm load knotted wrack on to a currach at Ard West "
         "pier before the tide turns.",
         "The last load of the day is hauled up the strand by tractor as light fades over the "
         "islands of Cill Chiaráin bay."},
    .chrome = {"We have a small favour", "please consider supporting"},
};

/* A label in the headline that the head's title sets before a bar
 * ("Opinion | Title") is no part of the headline; a paper's calls for
 * letters go. */
static const spec kicker_bar_title = {
    .page = "kicker-bar-title.html",
    .title = "The city does not need another shiny plan. It needs mechanics.",
    .body =
        {"Every few years the transit agency unveils a vision with a glossy name, and every few "
         "years riders keep waiting on the same cold platforms.",
         "Before the next plan, the city should hire the people who keep the trains running, and "
         "pay them enough to stay."},
    .chrome = {"letters to the editor", "submit a response"},
};

/* A kicker whose colon sits in its own line's span is no part of the
 * headline. */
static const spec kicker_nested_colon = {
    .page = "kicker-nested-colon.html",
    .title = "Schiene vor Schaufenster",
    .body =
        {"Die Bahn präsentiert schon wieder ein Sanierungsprogramm mit klingendem Namen, diesmal "
         "mit eigenem Logo und eigener Website.",
         "Solange das Geld in Broschüren fließt statt in Stellwerke, bleibt jede Ankündigung ein "
         "Versprechen ohne Fahrplan."},
};

/* A list named a synopsis, of one item, is the lead; a box named for
 * listening, its label and the reading's length, goes; so do calls in the
 * voseo of Argentina and Uruguay. */
static const spec lead_synopsis_listen = {
    .page = "lead-synopsis-listen.html",
    .title = "Residents queue at tankers as water outage enters fifth day",
    .lead = "Residents in three suburbs are relying on tankers as the city says supply will only "
            "be fully restored by the weekend.",
    .body =
        {"Thousands of residents have gone without running water for a fifth consecutive day "
         "after a power failure at a pump station left several reservoirs empty.",
         "The water utility said on Thursday that repairs had been completed, but that it would "
         "take at least 48 hours for the system to recover."},
    .chrome = {"Listen to this article", "Suscribite", "apoyá"},
};

/* A French headline's colon, spaced, sets off its second half, not a
 * site's name, however the page's address spells the first half. */
static const spec title_colon_slug = {
    .page = "title-colon-slug.html",
    .title = "Tailler ses rosiers en mars : la méthode des trois coupes",
    .body = {"La taille de printemps décide de la floraison de l'été : trop tôt, le gel abîme les "
             "jeunes pousses ; trop tard, le rosier a déjà dépensé son énergie.",
             "Un sécateur propre et bien affûté évite de transmettre les maladies d'un rosier à "
             "l'autre."},
};

/* A picture's box of a German name ("absatzbild", a picture between
 * paragraphs) and its "info" box after it: the info is its caption and
 * credit. */
static const spec absatzbild_caption = {
    .page = "absatzbild-caption.html",
    .title = "Warnstreik legt Flughäfen lahm",
    .captions =
        {"Viele Reisende weichen auf die Bahn aus: Die Züge zwischen Frankfurt und Berlin sind "
         "stark ausgelastet."},
    .body =
        {"Erster Absatz mit genug Text, damit der Artikel als solcher erkannt wird, und noch ein "
         "wenig mehr Text dazu.",
         "Zweiter Absatz mit genug Text, damit der Artikel als solcher erkannt wird, und noch ein "
         "wenig mehr Text dazu."},
};

/* Calls of UK and Asian sites: a call to support, its button, a short
 * link's label, a gallery's label, a call for tips, a Japanese share
 * label, related stories' label and paywall notice. */
static const spec calls_uk_asia = {
    .page = "calls-uk-asia.html",
    .title = "Heatwave closes schools across the south",
    .body =
        {"Schools across the southern provinces closed on Monday as temperatures passed 44C for "
         "the third day running, the education ministry said.",
         "Hospitals reported a rise in heat-stroke cases among older people, and the health "
         "ministry urged families to check on neighbours living alone."},
    .chrome = {"independent journalism", "Support now", "Short Url", "CLICK TO ENLARGE",
               "story for", "We pay", "シェア", "関連記事", "有料記事"},
};

/* Italian calls: a paywall's box and a call to support the paper. */
static const spec calls_it = {
    .page = "calls-it.html",
    .title = "Mutui a tasso variabile, le rate tornano a scendere",
    .body =
        {"Dopo due anni di aumenti, le rate dei mutui a tasso variabile tornano a scendere grazie "
         "al taglio dei tassi deciso dalla banca centrale.",
         "Gli analisti prevedono altri due tagli entro la fine dell'anno, ma invitano alla "
         "prudenza chi deve scegliere oggi il tipo di tasso."},
    /* (and Il Fatto Quotidiano's box and button, a round 82 page) */
    .chrome = {"continuare a leggere", "Disdici", "Sostieni", "aiutaci", "Diventa sostenitore"},
};

/* A review's facts, a definition list in a box a lead's class names
 * ("div.review-summary"), are no lead, nor push the lead a class names
 * after them out of the top. */
static const spec review_facts = {
    .page = "review-facts.html",
    .title = "Ein leiser Roman über das Warten",
    .lead = "In ihrem dritten Buch lässt Jana Holm die lauten Familienfeste hinter sich und "
            "erzählt vom Warten auf einen Mann, der nicht zurückkommt.",
    .body = {"Es beginnt mit einem Boot, das leer im Hafen treibt. Der Fischer, dem es gehört, "
             "bleibt verschwunden, und das Dorf muss lernen, mit der Lücke zu leben.",
             "Am stärksten ist das Buch, wenn es bei den Dingen bleibt: bei einem zweiten Teller "
             "auf dem Tisch, bei einem Mantel am Haken."},
};

/* A subline named a subdeck is the lead, though it says a year: no row
 * of the date and the byline (the Sun's "p.article__subdeck"). */
static const spec subdeck_year = {
    .page = "subdeck-year.html",
    .title = "Veteran keeper hangs up his gloves after two decades",
    .lead = "The stopper has guarded the Town goal since 2004",
    .byline = "Tom Reed",
    .body = {"TOWN legend Gary Platt has announced his retirement after twenty years between the "
             "sticks at the club.",
             "Manager Lee Hart said the dressing room would miss his voice as much as his saves."},
};

/* A block named a brief under the hero picture is the lead (Ahram
 * Online's "div.brief"). */
static const spec brief_lead = {
    .page = "brief-lead.html",
    .title = "Dam works reach the old canal",
    .lead = "Engineers have reached the nineteenth-century canal under the new dam site, and will "
            "keep its stone walls as part of the works.",
    .captions = {"Workers clear silt from the old canal near Minya"},
    .body = {"Work on the dam is expected to finish by the end of next year, the ministry said."},
};

/* An investment story's note that it is no offer to buy or sell is the
 * site's, under every such story. */
static const spec offer_disclaimer = {
    .page = "offer-disclaimer.html",
    .title = "Khối ngoại quay lại mua ròng cổ phiếu ngân hàng",
    .lead = "Sau ba tuần bán ròng liên tiếp, nhà đầu tư nước ngoài đã mua ròng hơn 600 tỷ đồng "
            "trong tuần qua, tập trung vào nhóm ngân hàng.",
    .body = {"Tuy vậy, thanh khoản toàn thị trường vẫn ở mức thấp so với bình quân ba tháng "
             "trước."},
    .chrome = {"không phải lời mời mua"},
};

/* A lead carousel's slides above the headline are the article's pictures,
 * a slide's description their caption and its attribution the credit (a
 * round 55 page written after AP's "bsp-carousel"). */
static const spec lead_carousel = {
    .page = "lead-carousel.html",
    .title = "A 91-year-old sugarmaker is teaching Vermont teens to boil maple sap the old way",
    .captions = {"Harlan Wheelock, 91, stirs boiling sap in a wood-fired evaporator at his "
                 "sugarhouse in Walden, Vt., on Wednesday, March 13, 2024.",
                 "Students from Hazen Union School carry buckets of sap through the snow at Harlan "
                 "Wheelock's sugarbush in Walden, Vt., on Wednesday, March 13, 2024."},
    .body = {"“Don't spill it,” Wheelock calls to them from the doorway. “That's 40 gallons of sap "
             "for one gallon of syrup. Every drop counts.”"},
};

/* A Khmer headline's vowel signs and the zero-width spaces between its
 * words are no words of their own: counted so, it was too long to be a
 * headline, and the audio player's title under it was taken; the player's
 * box, which says to listen, goes (a round 56 page written after RFA
 * Khmer). */
static const spec khmer_title = {
    .page = "khmer-title.html",
    .title = "ពលរដ្ឋ\u200bជាង ១០០ "
             "គ្រួសារ\u200bនៅ\u200bខេត្ត\u200bកំពង់ស្ពឺ\u200bដាក់\u200bញត្តិ\u200bទាមទារ\u200bដំណោះស្រាយ\u200bជ"
             "ម្លោះ\u200bដីធ្លី",
    .body =
        {"លោក\u200bស្នើ\u200bឲ្យ\u200bរដ្ឋាភិបាល\u200bពិនិត្យ\u200bឡើង\u200bវិញ\u200bនូវ\u200bប្លង់\u200bសម្បទា"
         "ន\u200bទាំង\u200bនោះ ហើយ\u200bដោះស្រាយ\u200bតាម\u200bយន្តការ\u200bដែល\u200bមាន\u200bតម្លាភាព "
         "ដើម្បី\u200bកុំ\u200bឲ្យ\u200bពលរដ្ឋ\u200bក្រីក្រ\u200bរង\u200bការ\u200bខាតបង់។"},
    .chrome = {"ស្ដាប់កម្មវិធីនេះ"},
};

/* Calls to follow the paper on Telegram and WhatsApp in Malay, and a box
 * a donate class names, are the site's. */
static const spec follow_channels = {
    .page = "follow-channels.html",
    .title = "Petani padi di Kedah terima bantuan benih baharu",
    .body = {"Petani yang belum menerima bantuan boleh menghubungi pejabat pertanian daerah "
             "masing-masing."},
    .chrome = {"Ikuti Berita Harian Kita", "Sertai sekarang", "Sokong kewartawanan bebas"},
};

/* A badge inside the kicker's element of a headline is no part of the
 * headline when the metadata gives the rest word for word (Tagesspiegel's
 * "Newsblog" in front of its kicker; its classes say nothing). */
static const spec badge_in_kicker = {
    .page = "badge-in-kicker.html",
    .title = "Sturm über Hamburg: Elbfähren bleiben im Hafen",
    .body = {"Der Wetterdienst erwartet, dass der Sturm in der Nacht nach Osten abzieht."},
};

/* Russian chrome: a call to follow the paper's Telegram channel in the
 * text, the count of the comments beside the byline, the print issue's
 * line and the reactions' title. */
static const spec ru_chrome = {
    .page = "ru-chrome.html",
    .title = "В Петрозаводске открыли новый мост через Лососинку",
    .body = {"Жители просят установить на мосту освещение до начала зимы."},
    .chrome = {"телеграм-канале", "Комментарии: 12", "Федеральный выпуск", "ОЦЕНИТЕ МАТЕРИАЛ"},
};

/* A picture's source a class names ("span.imgSource") is its credit; an
 * agency's note that its site shows its wire summarised is the site's. */
static const spec tr_agency_note = {
    .page = "tr-agency-note.html",
    .title = "Rize'de çay hasadı başladı",
    .captions = {"Rize'nin Çayeli ilçesinde çay toplayan üreticiler"},
    .body = {"Fabrikalar, alım fiyatının önümüzdeki günlerde açıklanacağını bildirdi."},
    .chrome = {"özetlenerek yayımlanmaktadır"},
};

/* A company's press release: the subhead in a wrapper of its header box
 * is the lead; a quote's footer, its speaker, is the quote's; a photo's
 * download link and a video's consent box are the site's. */
static const spec press_release = {
    .page = "press-release.html",
    .title = "Harbour Works opens a repair yard for wind turbine blades",
    .lead = "The yard in Esbjerg will mend up to 300 blades a year and keep them out of landfill",
    .captions = {"Technicians inspect a blade at the new yard in Esbjerg."},
    .body = {"Mette Dahl, Head of Operations, Harbour Works",
             "Harbour Works plans a second yard on the Baltic coast by 2027."},
    .chrome = {"Download image", "hosted by a third party"},
};

/* The subhead in a header box's wrappers, a div of text in a div, is the
 * lead (a round 58 page written after Apple's newsroom: "div.article-subhead
 * > div.component-content" was lost). */
static const spec subhead_wrapped = {
    .page = "subhead-wrapped.html",
    .title = "Apple launches Clean Energy Accelerator for suppliers in Southeast\u00a0Asia",
    .headings = {{2, "Bringing New Solar and Wind Capacity Online"},
                 {2, "Training and Support for Manufacturing Partners"}},
    .lead = "The new program will help more than 80 manufacturing partners in Vietnam, Thailand, "
            "and Malaysia move to renewable electricity by the end of the decade",
};

/* A heading over boxes of links heads their whole run ("Más información"
 * over one article box per story, a linked headline in each; the second
 * box was kept as a heading); the author's box under "Sobre la firma" goes
 * (a round 58 page written after El País's live pages). */
static const spec live_more_info = {
    .page = "live-more-info.html",
    .title = "Incendio en Verín (Ourense), en directo | El fuego obliga a desalojar tres aldeas y "
             "corta la A-52",
    .lead = "Más de 400 efectivos trabajan en la extinción de un fuego que ha quemado ya más de "
            "1.200 hectáreas. La Xunta eleva la emergencia a nivel 2 por la cercanía de las llamas "
            "a zonas habitadas",
    .headings = {{3, "Claves"},
                 {2, "La Xunta eleva a nivel 2 la situación operativa"},
                 {2, "Los vecinos de A Granxa pueden volver a sus casas"},
                 {2, "El viento complica los trabajos en el flanco norte"},
                 {2, "Cortada la autovía A-52 entre Verín y Xinzo de Limia"},
                 {2, "Más de 1.200 hectáreas calcinadas, según los primeros cálculos"},
                 {2, "Desalojadas tres aldeas de Verín"},
                 {2, "Buenos días"}},
    .body = {"El fuego comenzó hacia las 3.40 en una zona de monte bajo cercana a la frontera con "
             "Portugal. La Xunta investiga si pudo ser intencionado."},
    .chrome = {"Más información", "brigadas antiincendios gallegas denuncian", "Sobre la firma",
               "Redactora de la delegación"},
};

/* The desk editor's line closing an Indian site's story, "(Edited by
 * ...)", is no paragraph of it. */
static const spec edited_by = {
    .page = "edited-by.html",
    .title = "Farmers in Vidarbha turn to drip irrigation as wells run dry",
    .body =
        {"Agriculture officials said 12,000 applications were approved this year, twice as many "
         "as last year."},
    .chrome = {"Edited by"},
};

/* A box of experts' comments under a Japanese portal's story goes with its
 * heading, as a comments' box does. */
static const spec expert_comments = {
    .page = "expert-comments.html",
    .title = "各地で真夏日 熱中症に注意",
    .body = {"あすも晴れて気温が上がる見込みで、屋外での作業には十分な注意が必要です。"},
    .chrome = {"エキスパートのコメント", "五月の真夏日"},
};

/* A Brazilian paper's label over an ad's slot among the paragraphs,
 * "Continua depois da publicidade", is the ad's. */
static const spec continua_publicidade = {
    .page = "continua-publicidade.html",
    .title = "Festival de inverno leva música a seis cidades históricas",
    .body = {"Os ingressos para os concertos nas igrejas serão distribuídos uma hora antes de cada "
             "apresentação."},
    .chrome = {"Continua depois da publicidade"},
};

/* A box of key points between a captioned hero and a live page's posts is
 * the lead's (CNN's "What we're covering"; it went, as only a picture
 * without a caption had its block after it taken; a round 58 page). */
static const spec live_key_points = {
    .page = "live-key-points.html",
    .title = "Hurricane Delphine makes landfall in southwest Florida as a Category 3 storm",
    .headings = {{2, "What we're covering"},
                 {2, "More than 1.2 million customers without power in Florida"},
                 {2, "Florida governor to residents still in evacuation zones: “Leave now”"},
                 {2, "Storm surge floods streets in downtown Fort Myers"},
                 {2, "Tampa International Airport suspends all flights"},
                 {2, "Delphine weakens slightly but remains a dangerous storm"},
                 {2, "Here’s where the storm is now"},
                 {2, "Delphine makes landfall near Sanibel Island"}},
    .points = {"Landfall: Hurricane Delphine came ashore near Sanibel Island shortly before noon "
               "ET with maximum sustained winds of 120 mph, the National Hurricane Center said.",
               "Storm surge: Water has pushed into downtown Fort Myers, and forecasters warn the "
               "surge could reach 12 feet in parts of Lee County.",
               "Power outages: More than 1.2 million homes and businesses in Florida are without "
               "electricity."},
};

/* A reader's question a live page's editors answer right after it, in a
 * box named a comment, is the post's, not the comments' (Le Monde's). */
static const spec live_reader_question = {
    .page = "live-reader-question.html",
    .title = "Grève SNCF : suivez la journée en direct",
    .body =
        {"Mon billet pour samedi sera-t-il remboursé si mon train est annulé ?",
         "Bonjour Julien, oui : en cas d’annulation, la SNCF rembourse le billet sans frais, ou "
         "vous propose un autre train le même jour."},
};

/* A US TV station's lines: the link to its editorial standards beside the
 * byline (its icon folded to an "i"), the call to its app, to its YouTube
 * channel and for tips. */
static const spec tv_station = {
    .page = "tv-station.html",
    .title = "City repaves Elm Street after years of complaints",
    .body = {"Drivers will be detoured onto Oak Avenue while the eastbound lanes are closed."},
    .chrome = {"Editorial Standards", "Download the Channel 7 app", "Watch the latest news",
               "story idea or tip"},
};

/* A box of key points, a short heading over a list of a few lines, among
 * the blocks between two parts, is the article's (Le Soir's "L'essentiel"
 * between its lead and its live posts went; a round 59 page). */
static const spec live_essential = {
    .page = "live-essential.html",
    .title = "Grève nationale: trains à l’arrêt, aéroport paralysé, des milliers de manifestants à "
             "Bruxelles – suivez notre direct",
    .lead = "Les syndicats ont appelé à une journée de grève nationale ce lundi contre la réforme "
            "des pensions annoncée par le gouvernement fédéral. Seul un train sur cinq circule, "
            "Brussels Airport a annulé tous ses départs et une grande manifestation est prévue "
            "dans la capitale à partir de 11 heures.",
    .headings = {{2, "L’essentiel"},
                 {3, "Le cortège s’ébranle depuis la gare du Nord"},
                 {3, "« Nous ne lâcherons rien »"},
                 {3, "Le Premier ministre se dit « ouvert au dialogue »"},
                 {3, "Des piquets devant plusieurs zonings industriels"},
                 {3, "Écoles: des cours assurés mais des classes clairsemées"},
                 {3, "Peu de files sur les routes"},
                 {3, "Brussels Airport: aucun départ"},
                 {3, "Bienvenue dans ce direct"}},
    .body = {"Un train sur cinq en moyenne sur le réseau de la SNCB.",
             "Manifestation à 11 heures au départ de la gare du Nord."},
};

/* A Flemish site's call to sign up and a Swiss site's reactions' title
 * among the paragraphs are the site's. */
static const spec signup_reactions = {
    .page = "signup-reactions.html",
    .title = "Kat Mona na drie jaar terug bij baasje in Tienen",
    .body = {"Peeters laat Mona voortaan niet meer buiten."},
    .chrome = {"maak een account aan", "Wie findest du diesen Artikel?"},
};

/* A magazine's pitch for its print issue among the paragraphs, and a
 * review's note on where to send letters, are the site's. */
static const spec letters_pitch = {
    .page = "letters-pitch.html",
    .title = "The last keepers",
    .body = {"Their logbooks, now in the national archive, are the only record of how the lights "
             "were kept."},
    .chrome = {"print editions a year", "Send Letters To", "Please include name"},
};

/* A hospital's call to book an appointment, closing its health article,
 * is the site's. */
static const spec booking_call = {
    .page = "booking-call.html",
    .title = "Xét nghiệm HbA1c là gì, khi nào cần làm?",
    .lead = "Xét nghiệm HbA1c cho biết mức đường huyết trung bình trong khoảng ba tháng, giúp bác "
            "sĩ chẩn đoán và theo dõi bệnh đái tháo đường.",
    .body =
        {"Khi đã được chẩn đoán, người bệnh thường được hẹn làm lại xét nghiệm sau mỗi ba tháng "
         "để điều chỉnh thuốc."},
    .chrome = {"đặt lịch xét nghiệm"},
};

/* A numbered list of illustrated steps, each a picture over its text in
 * divs and no paragraph, is no gallery of cards (wikiHow's first part of
 * steps went; a round 60 page). */
static const spec howto_steps = {
    .page = "howto-steps.html",
    .title = "How to Repot a Root-Bound Houseplant",
    .body = {"Water the plant a day before you repot it. Moist soil holds together better and "
             "slides out of the pot more easily than dry, compacted soil. It also helps reduce "
             "transplant shock, since the roots will be well hydrated going into the move.",
             "Cut the pot away if the plant is badly stuck. For plastic nursery pots, snip down "
             "the side with sturdy scissors. It's better to sacrifice a cheap pot than to tear the "
             "roots by yanking on the stems."},
    .headings = {{3, "Part 1 Removing the Plant"},
                 {3, "Part 2 Loosening the Roots and Repotting"},
                 {2, "Tips"},
                 {2, "Warnings"},
                 {2, "Things You'll Need"}},
};

/* The header's box holding the lead mark_lead marks is the article's,
 * however its linked kicker and byline make it look like a list of links
 * (a round 59 page written after Harper's: its subheading was lost). */
static const spec header_box_lead = {
    .page = "header-box-lead.html",
    .title = "The Dust Eaters",
    .lead = "What a shrinking lake leaves behind",
    .headings = {},
    .body = {"The first time I saw the lakebed, I mistook it for snow. It was late March, and the "
             "playa north of Saltair ran white and unbroken toward Antelope Island, the kind of "
             "white that makes you squint even through sunglasses. Only when I stepped onto it did "
             "I hear the crust give, a small dry sound like a cracker breaking underfoot, and "
             "smell the sulfur rising from the black mud beneath."},
};

/* A cover picture with one short line under it, in boxes of hashed
 * classes, above the headline's box is the article's hero: the headline
 * and the standfirst under it are looked for below it (a round 59 page
 * written after Aeon lost its standfirst); a line giving the story's
 * length in words is the site's. */
static const spec cover_line = {
    .page = "cover-line.html",
    .title = "The quiet harbour",
    .lead = "Fishing towns once measured time by the tides. Now the boats stay in, and the town "
            "has had to learn another clock",
    .captions = {"Trawlers tied up for the winter in the harbour at Port Ellen, Islay, 2021."},
    .body = {"For most of the last century the harbour at Port Ellen kept a timetable no one had "
             "written down. The boats went out on the morning ebb and came back on the evening "
             "flood, and the rest of the town, from the bakery to the school bus, arranged itself "
             "around them.",
             "That timetable has gone. Quotas, fuel prices and a string of bad seasons have left "
             "most of the fleet tied up for months at a time, and the people who once worked to "
             "the tide now work to shifts at the distillery or to nothing at all.",
             "What replaces a clock like that is not obvious. The older fishermen I spoke to "
             "described the change less as a loss of income than as a loss of rhythm, a sense "
             "that the days no longer had edges.",
             "Some have found new edges. A few run boat trips for visitors in summer; one teaches "
             "net mending at the community hall on Thursday evenings, to a class that is mostly "
             "retired teachers."},
    .chrome = {"4,100 words", "Read more essays on", "The salt road"},
};

/* A bold line a class names the summary, on a line of its own at the
 * body's top, is the lead however few its words, when they are long ones
 * (Naver's "strong.media_end_summary" of six Korean words; a round 49
 * page). */
static const spec summary_strong_line = {
    .page = "summary-strong-line.html",
    .title = "서울 지하철 요금 내달 150원 오른다",
    .lead = "기본요금 1400원에서 1550원으로 인상…청소년 요금은 동결하기로",
    .captions = {"4일 서울 지하철 2호선 승강장에서 시민들이 열차를 기다리고 있다."},
    .body = {"서울시는 다음 달 1일부터 지하철 기본요금을 1400원에서 1550원으로 150원 올린다고 "
             "4일 밝혔다. 요금 인상은 지난해 10월 이후 1년 6개월 만이다.",
             "시는 누적된 운영 적자와 노후 전동차 교체 비용을 고려해 인상이 불가피하다고 "
             "설명했다. 지난해 서울교통공사의 당기순손실은 7000억원을 넘었다.",
             "청소년과 어린이 요금은 동결하고, 65세 이상 무임승차 제도도 그대로 유지한다. 시는 "
             "대중교통 정기권 혜택을 확대해 시민 부담을 줄이겠다고 덧붙였다."},
    .chrome = {"이 기사를 추천합니다", "버스 요금도 오를까"},
};

/* A live page's scoreboard over its headline, the teams and the score on
 * short lines and the scorers in a list, leaves the headline shown again
 * and the lead under it as they are: the headline's copy goes and the lead
 * stays the lead (a round 61 page written after AS lost its lead). */
static const spec scoreboard_headline = {
    .page = "scoreboard-headline.html",
    .title = "Betis - Valencia, en directo | LaLiga hoy, en vivo",
    .lead = "Sigue en directo el Betis - Valencia de la jornada 20 de LaLiga, que se juega esta "
            "tarde en el Benito Villamarín a partir de las 18:30 horas.",
    .body =
        {"Centro desde la derecha de Foulquier y Hugo Duro cabecea a la red en el segundo palo, "
         "sin que Rui Silva pueda hacer nada. Empata el Valencia.",
         "Ocasión clarísima del Betis. Lo Celso dispara desde la frontal y Mamardashvili despeja "
         "a córner con una gran estirada.",
         "Isco recibe en la media luna, se gira y coloca el balón junto al poste izquierdo. "
         "Primer gol de la tarde en Heliópolis.",
         "Arranca el partido en el Benito Villamarín, con el Betis sacando de centro y mucho sol "
         "sobre el césped."},
    .headings = {{3, "¡Gol del Valencia! ¡Duro!"}, {3, "¡Gol del Betis! ¡Isco!"}},
    .chrome = {"Lo más leído", "Horarios de la jornada 21"},
};

/* An Iranian agency's line closing its story, "انتهای پیام" (end of
 * message), is the site's (a round 61 page written after ISNA kept it). */
static const spec fa_end_line = {
    .page = "fa-end-line.html",
    .title = "افزایش ظرفیت پذیرش دانشگاه‌ها در مهر ۱۴۰۴",
    .lead = "رئیس سازمان سنجش از افزایش ده درصدی ظرفیت پذیرش دانشگاه‌های دولتی "
            "در "
            "سال تحصیلی جدید خبر داد و گفت نتایج نهایی اواخر شهریور اعلام "
            "می‌شود.",
    .body = {"به گزارش خبرنگار ما، رئیس سازمان سنجش آموزش کشور روز دوشنبه در نشستی "
             "خبری گفت ظرفیت پذیرش دوره‌های روزانه امسال نسبت به سال گذشته حدود "
             "ده "
             "درصد بیشتر شده است.",
             "به گفته او، داوطلبان می‌توانند از هفته آینده انتخاب رشته را در "
             "سامانه "
             "سازمان سنجش انجام دهند و مهلت این کار یک هفته خواهد "
             "بود."},
    .chrome = {"انتهای پیام", "اخبار مرتبط"},
};

/* A paper's note that the story ran in its print issue, "Dieser Artikel
 * stammt aus der ZEIT Nr. ...", is the site's (a round 61 page written
 * after Die Zeit's Dossier kept it). */
static const spec print_issue_note = {
    .page = "print-issue-note.html",
    .title = "Der letzte Bagger von Welzow",
    .body = {"Am Rand des Tagebaus steht ein Schaufelradbagger, so hoch wie ein "
             "Wohnhaus, und niemand weiß genau, was aus ihm werden soll, wenn die "
             "Kohle hier in wenigen Jahren endgültig zu Ende geht.",
             "Zwischen beiden Seiten stehen die Leute, die jahrzehntelang auf "
             "solchen Maschinen gearbeitet haben und nun erklären sollen, was von "
             "ihrer Arbeit bleibt."},
    .chrome = {"Dieser Artikel stammt aus der ZEIT"},
};

/* A paper's line under the story asking for feedback, "For feedback,
 * complaints, or inquiries, contact us.", is the site's (a round 61 page
 * written after the Inquirer kept it). */
static const spec feedback_line = {
    .page = "feedback-line.html",
    .title = "Evacuees return home as river subsides in Calumpit",
    .body = {"Hundreds of families who fled rising floodwaters last week began "
             "returning to their homes in Calumpit on Sunday as the level of the "
             "Angat River dropped below the alarm mark.",
             "Classes in three public schools used as shelters will resume on "
             "Wednesday after the buildings are cleaned and disinfected, the "
             "municipal disaster office said."},
    .chrome = {"For feedback, complaints"},
};

/* The heading of a box of the day's picked videos, "Video Pilihan Hari
 * Ini", is the site's (a round 61 page written after Liputan6). */
static const spec video_pick_heading = {
    .page = "video-pick-heading.html",
    .title = "Kasus DBD di Jawa Barat Naik Dua Kali Lipat, Dinkes Minta Warga "
             "Gencarkan 3M Plus",
    .body = {"Liputan6.com, Bandung - Dinas Kesehatan Provinsi Jawa Barat mencatat "
             "kasus demam berdarah dengue (DBD) sepanjang Januari hingga "
             "pertengahan Mei 2024 mencapai 28.417 kasus. Angka itu naik lebih dari "
             "dua kali lipat dibanding periode yang sama tahun lalu.",
             "Kepala Bidang Pencegahan dan Pengendalian Penyakit Dinkes Jawa Barat, "
             "dr. Rina Hadiyanti, mengatakan lonjakan kasus dipicu curah hujan yang "
             "masih tinggi meski sudah memasuki masa peralihan musim.",
             "\"Genangan air bersih di sekitar rumah jadi tempat favorit nyamuk "
             "Aedes aegypti bertelur. Siklusnya dari telur sampai nyamuk dewasa "
             "hanya sekitar tujuh sampai sepuluh hari,\" kata Rina di Bandung, "
             "Kamis (16/5/2024).",
             "Kabupaten Bandung Barat, Kota Bekasi, dan Kabupaten Bogor menjadi "
             "tiga daerah dengan jumlah kasus tertinggi. Sementara itu, jumlah "
             "kematian akibat DBD di Jawa Barat tercatat 196 orang, sebagian besar "
             "anak usia sekolah."},
    .headings = {{2, "Gencarkan 3M Plus"}, {2, "Kenali Tanda Bahaya"}},
    .chrome = {"Video Pilihan Hari Ini"},
};

/* A table layout's cell of the page's tools, "In bài viết" and "Gửi cho
 * bạn bè" (print, send to a friend), is the site's (a round 61 page
 * written after Báo Cần Thơ). */
static const spec table_tools_cell = {
    .page = "table-tools-cell.html",
    .title = "Giữ nhịp chợ nổi Cái Răng",
    .lead = "Dù số lượng ghe thuyền giảm so với trước, chợ nổi Cái Răng vẫn là "
            "điểm đến hấp dẫn du khách khi về Cần Thơ. Nhiều giải pháp đang được "
            "triển khai để giữ nhịp mua bán trên sông, bảo tồn nét văn hóa đặc "
            "trưng của miền sông nước.",
    .captions = {"Ghe xuồng mua bán tấp nập tại chợ nổi Cái Răng.",
                 "Ghe hủ tiếu phục vụ du khách trên chợ nổi."},
    .body = {"Mới 5 giờ sáng, trên khúc sông Cần Thơ đoạn gần cầu Cái Răng, hàng "
             "trăm ghe xuồng đã neo đậu san sát. Trên những cây bẹo cao vút, người "
             "bán treo trái thơm, bắp cải, bí đỏ để khách nhìn từ xa biết ghe mình "
             "bán gì. Tiếng máy nổ, tiếng rao hàng hòa lẫn trong làn sương "
             "sớm.",
             "Ông Lê Văn Tư, 62 tuổi, có gần 40 năm buôn bán trên chợ nổi, kể: “Hồi "
             "trước ghe đậu kín cả khúc sông, mua bán tới trưa chưa hết. Giờ đường "
             "bộ thuận tiện, nhiều mối chuyển lên bờ nên ghe ít hơn. Nhưng tôi vẫn "
             "giữ nghề, vì chợ nổi là cái hồn của mình”.",
             "Bên cạnh hoạt động mua bán nông sản, chợ nổi Cái Răng ngày nay có "
             "thêm nhiều ghe bán đồ ăn sáng như hủ tiếu, bún riêu, cà phê, nước mía "
             "phục vụ du khách. Những chiếc ghe hủ tiếu nghi ngút khói len lỏi giữa "
             "các tàu du lịch trở thành hình ảnh quen thuộc trong ống kính của "
             "khách tham quan.",
             "Chị Sarah Miller, du khách đến từ Úc, chia sẻ: “Tôi đã đọc về chợ nổi "
             "trên mạng, nhưng tận mắt chứng kiến thì thú vị hơn rất nhiều. Tô hủ "
             "tiếu ăn trên ghe giữa dòng sông là trải nghiệm tôi sẽ không bao giờ "
             "quên”."},
    .headings = {{2, "Đa dạng dịch vụ phục vụ du khách"}, {2, "Nhiều giải pháp bảo tồn"}},
    .chrome = {"In bài viết", "Gửi cho bạn bè"},
};

/* The hero above the headline's box is looked for past the row of the
 * section's name and the date over the headline (a round 61 page written
 * after Tuổi Trẻ's longform lost its cover's caption). */
static const spec cover_over_dated_row = {
    .page = "cover-over-dated-row.html",
    .title = "Mùa nước nổi trên đồng Tháp Mười",
    .lead = "Mỗi năm khi nước lũ tràn về, người dân vùng Tháp Mười lại bước vào một mùa mưu sinh "
            "khác, gắn với con cá linh, bông điên điển và những chuyến ghe đêm.",
    .captions = {"Ghe câu lưới trên cánh đồng ngập nước ở huyện Tháp Mười"},
    .body = {"Trời chưa sáng, ông Năm Lộc đã chống ghe ra giữa đồng. Nước năm nay về sớm, phủ kín "
             "những thửa ruộng vừa gặt, chỉ còn lại hàng cây bạch đàn nhô lên ở phía xa.",
             "Những năm gần đây, lũ về thất thường hơn. Có năm nước cạn, cá linh gần như không "
             "có, nhiều hộ phải chuyển sang làm thuê ở các khu công nghiệp."},
};

/* The author's note on who they are, in English, among the story's last
 * blocks ("Owen Pritchard is a writer and teacher in ...") is the site's
 * (a round 61 page written after Longreads kept it); a French tribune's
 * credentials are the article's (tribune_signature's page). */
static const spec closing_author_note = {
    .page = "closing-author-note.html",
    .title = "The Orchard After the Freeze",
    .body =
        {"The cold came on the last night of April, two weeks after the blossoms opened, and by "
         "morning the whole slope behind my father's house was brown. He walked the rows with "
         "a pocketknife, cutting into buds to see what was left.",
         "We did not pick apples that year. In September he mowed between the rows as if "
         "nothing had happened, and in November he pruned, and in the spring the trees bloomed "
         "again as though they had forgotten."},
    .chrome = {"is a writer and teacher"},
};

/* A French tribune signed with its author's credentials at its end keeps
 * them: they are the article's, as the paper prints them. */
static const spec tribune_signature = {
    .page = "tribune-signature.html",
    .title = "« Les petites lignes ferroviaires sont une chance pour les territoires »",
    .body = {"Chaque fermeture d’une petite ligne est présentée comme une décision de bon sens, "
             "dictée par la faiblesse du trafic et le coût de l’entretien des voies.",
             "Il est temps de regarder ces lignes non comme un fardeau mais comme une "
             "infrastructure d’avenir, au service de la transition et de l’égalité entre les "
             "territoires.",
             "Julien Morel est économiste des transports, chercheur associé à l’université de "
             "Tours."},
};

/* A call to follow the site on YouTube (and Facebook) under the story is
 * the site's (a round 62 page written after Nhân Dân's English edition). */
static const spec follow_youtube = {
    .page = "follow-youtube.html",
    .title = "Hue festival opens with royal court music night",
    .body =
        {"Hue (RD) – The city's spring festival opened on Saturday evening with a performance of "
         "royal court music in the courtyard of the Imperial Citadel, drawing several thousand "
         "visitors.",
         "Organisers said the festival will run for nine days, with craft fairs, boat races on "
         "the Perfume River and night tours of the tombs."},
    .chrome = {"Follow River Daily"},
};

/* A gallery's slides, each a figure with its caption, in a box of their
 * own beside the story's text, are the article's pictures; each caption's
 * counter ("1/3") is the gallery's, no part of its text (Spiegel's
 * "Fotostrecke", a round 62 page: gallery_slides_sibling is that page). */
static const spec gallery_slides_box = {
    .page = "gallery-slides-box.html",
    .title = "Störche kehren an die Elbe zurück",
    .captions = {"Ein Storchenpaar auf dem Dach der Dorfkirche von Rühstädt",
                 "Auf den feuchten Wiesen am Deich suchen die Vögel nach Fröschen und Würmern",
                 "Ein Beringer liest mit dem Spektiv die Nummer am Bein eines Storchs ab"},
    .body = {"Ehrenamtliche Beringer zählen die Tiere jede Woche und melden die Zahlen an die "
             "Vogelschutzwarte. Ihre Bilanz fällt bisher erfreulich aus: Die meisten Paare haben "
             "mindestens drei Eier gelegt.",
             "Wer die Tiere beobachten möchte, sollte Abstand zu den Nestern halten und auf den "
             "Wegen bleiben, bittet die Naturschutzstation."},
};

static const spec gallery_slides_sibling = {
    .page = "gallery-slides-sibling.html",
    .title = "Zehntausende Kraniche rasten an der Oder",
    .captions = {"Kraniche im Morgennebel: Bei Sonnenaufgang verlassen die Vögel ihre Schlafplätze "
                 "in den überfluteten Poldern",
                 "Bis zu 42.000 Tiere zählten Ehrenamtliche Mitte Oktober – so viele wie noch nie "
                 "im Nationalpark Unteres Odertal",
                 "Auf abgeernteten Maisfeldern suchen die Kraniche tagsüber nach Körnern, Würmern "
                 "und Insekten"},
    .body = {"Kurz nach Sonnenaufgang wird es laut über den Poldern bei Criewen. Erst sind es "
             "einzelne Rufe, dann ein vielstimmiges Trompeten, schließlich erheben sich Tausende "
             "graue Vögel gleichzeitig aus dem flachen Wasser. Für die Besucherinnen und "
             "Besucher, die sich seit fünf Uhr morgens an den Beobachtungsständen drängen, ist es "
             "der Moment, auf den sie gewartet haben."},
};

/* A link to the picture's gallery with its count ("Fotogalerie (24)")
 * around the hero picture is the picture's button: it goes, and the
 * caption after the link is the picture's (a round 62 page written after
 * Deník took the caption for the lead and lost the picture). */
static const spec gallery_link_hero = {
    .page = "gallery-link-hero.html",
    .title = "Děčín porazil Ústí v derby až v prodloužení",
    .lead = "Basketbalisté Děčína porazili v severočeském derby Ústí nad Labem 88:84. O vítězi "
            "rozhodlo až prodloužení, v němž domácí nedali soupeři šanci.",
    .captions = {"Basketbalisté Děčína slaví výhru v derby."},
    .body = {"Zápas začal opatrně a po první čtvrtině vedli hosté o čtyři body. Domácí se do hry "
             "dostali až ve druhé čtvrtině, kdy je táhl rozehrávač Malý.",
             "V prodloužení už byl lepší Děčín, který proměnil všechny trestné hody a připsal si "
             "důležité vítězství v boji o play-off."},
    .chrome = {"Fotogalerie (24)"},
};

/* The lead a class names, wrapped in a box of its own between the
 * headline's header and the hero, is the lead (a round 62 page written
 * after Onet lost its "div.leadWrapper > div#lead.lead"); the line over a
 * video, "the article goes on below the video", is the site's. */
static const spec lead_wrapper_between = {
    .page = "lead-wrapper-between.html",
    .title = "Nowe linie tramwajowe w Krakowie od marca",
    .lead = "Od 1 marca po Krakowie pojadą tramwaje dwóch nowych linii. Miasto zapowiada też "
            "częstsze kursy w godzinach szczytu i nocne połączenia do Nowej Huty.",
    .captions = {"Tramwaj na przystanku przy Rondzie Mogilskim"},
    .body = {"Nowe linie połączą Bronowice z Kurdwanowem oraz Krowodrzę Górkę z Bieżanowem. Według "
             "zarządu transportu skrócą one dojazd do centrum nawet o kwadrans.",
             "Miasto planuje także zakup kolejnych trzydziestu pojazdów, które mają trafić na tory "
             "do końca przyszłego roku."},
    .chrome = {"Dalszy ciąg artykułu"},
};

/* Round 62's boxes and lines of the site's in English: a share bar's
 * "Share Via", a machine's summary headed "Quick Reads" with its note, a
 * free site's call for members ("Every article, every day, is free to
 * read"), and an Indian site's "English Summary:" and "Web Title:". */
static const spec closing_boxes_en = {
    .page = "closing-boxes-en.html",
    .title = "Water tariffs to rise 9% in July, council confirms",
    .body =
        {"Households in the metro will pay about 9% more for water from July, after the council "
         "approved its new tariffs on Thursday despite objections from ratepayer groups.",
         "Registered indigent households will continue to receive their free basic allocation, "
         "and pensioners can apply for a rebate at any municipal office."},
    .chrome = {"Share Via", "Quick Reads", "Summary is AI-generated", "Every article, every day",
               "behind a paywall", "English Summary", "Web Title"},
};

/* A Vietnamese site's vote under the story, "Bạn có hài lòng với bài viết
 * này?" (a round 62 page written after Znews kept it). */
static const spec vote_box_vi = {
    .page = "vote-box-vi.html",
    .title = "Mùa hoa sưa nở trắng góc phố Hà Nội",
    .body = {"Trên phố Hoàng Diệu và khuôn viên Đại học Quốc gia, những cây sưa cổ thụ phủ kín hoa "
             "trắng, rụng như mưa mỗi khi có gió.",
             "Nhiều nhiếp ảnh gia cho biết năm nay hoa nở muộn hơn mọi năm vì thời tiết nồm ẩm kéo "
             "dài."},
    .chrome = {"Bạn có hài lòng"},
};

/* A Polish paper's offer of a digital subscription among the paragraphs,
 * whatever its box's name (a round 62 page written after Wyborcza). */
static const spec sub_box_pl = {
    .page = "sub-box-pl.html",
    .title = "Wisła najniżej od lat. Statki stoją w Warszawie",
    .body = {"Tramwaje wodne przestały kursować, a przy bulwarach odsłoniły się piaszczyste łachy, "
             "na które spacerowicze wchodzą suchą stopą.",
             "Hydrolodzy ostrzegają, że bez obfitych opadów susza potrwa co najmniej do końca "
             "miesiąca."},
    .chrome = {"Prenumerata cyfrowa", "Nieograniczony dostęp"},
};

/* A Hungarian site's box saying its readers keep it alive, asking for
 * support (a round 62 page written after Telex). */
static const spec support_box_hu = {
    .page = "support-box-hu.html",
    .title = "Tetőzik a Duna Budapestnél",
    .body = {"A rakpartokat lezárták, a villamosok a Margit hídnál fordulnak vissza, és a "
             "hajóforgalmat is felfüggesztették.",
             "A vízügyi igazgatóság szerint a tetőzés szerda délelőttig tarthat, utána lassú "
             "apadás várható."},
    .chrome = {"tartják életben", "legyél te is támogató"},
};

/* A share bar's Dutch label, "Deel artikel:", is the site's (a round 63 page
 * written after the NOS, copied here: a small page of mine did not keep it
 * on afa2164). */
static const spec share_row_nl = {
    .page = "share-row-nl.html",
    .title = "Minder nieuwbouwwoningen opgeleverd, vooral huurwoningen blijven achter",
    .body = {"Vorig jaar zijn er in Nederland zo'n 82.000 nieuwe woningen "
             "opgeleverd. Dat is ruim 8 procent minder dan een jaar eerder, meldt "
             "het Centraal Bureau voor de Statistiek.",
             "Vooral het aantal nieuwe huurwoningen liep terug. Woningcorporaties "
             "bouwden ongeveer een vijfde minder sociale huurwoningen dan in 2023. "
             "Ook beleggers leverden minder middenhuurwoningen op.",
             "Het kabinet wil dat er tot 2030 jaarlijks 100.000 woningen bij komen. "
             "Dat doel is nu verder uit zicht dan vorig jaar.",
             "Bouwers wijzen al langer op dezelfde problemen. Vergunningen laten "
             "lang op zich wachten, de rente is hoger dan een paar jaar geleden en "
             "in grote delen van het land is het stroomnet vol."},
    .headings = {{2, "Stikstof en stroomnet"}, {2, "Meer vergunningen"}},
    .chrome = {"Deel artikel"},
};

/* A bold line in Chinese over a picture and the paragraphs after it is a
 * sub-heading: its words are counted as a script without spaces has them,
 * two letters a word (a round 63 page written after People's Daily lost
 * its first one); a charset in the page's Content-Language ("utf-8") is no
 * language. */
static const spec zh_bold_heading_picture = {
    .page = "zh-bold-heading-picture.html",
    .title = "城市夜市点亮消费新场景",
    .captions = {"6月8日晚，市民在某市南门夜市选购特色小吃。"},
    .body = {"傍晚七点，南门夜市已是人头攒动。摊主们支起帐篷，烤串、糖水、手工饰品一字排开，"
             "不少年轻人举着手机边逛边拍。",
             "为解决油烟、噪音和垃圾等问题，当地城管部门设置了集中清运点，并安排志愿者在高峰时段"
             "疏导人流。"},
    .headings = {{2, "夜经济激活城市烟火气"}, {2, "规范管理保障夜市长久"}},
};

/* A Ghost site's callout linking to its members' portal ("#/portal/signup")
 * is the platform's call to sign up, whatever it says (a round 63 page
 * written after a Ghost newsletter kept it). */
static const spec ghost_portal_callout = {
    .page = "ghost-portal-callout.html",
    .title = "Why the river ran brown after the storm",
    .body = {"Nothing had. What they saw was soil, washed off fields and building sites by four "
             "centimetres of rain in an afternoon, and carried downstream faster than it could "
             "settle.",
             "The colour fades within a week or so, but the soil does not disappear. Much of it "
             "settles in the reservoir, where it slowly fills the space meant for water."},
    .chrome = {"New here?", "Join 2,100 readers"},
};

/* A line of bare text closing a picture's box, after the picture's own
 * wrapper, is its caption (detik's "div.pic_artikel_sisip > div.pic +
 * text"; a round 61 page). */
static const spec picture_box_bare_line = {
    .page = "picture-box-bare-line.html",
    .title = "Harga Cabai Rawit Turun di Pasar Kramat Jati",
    .captions = {"Tumpukan karung cabai rawit di salah satu kios Pasar Induk Kramat Jati. "
                 "(Rina Putri/wartakota)"},
    .body = {"Meski harga turun, pedagang mengaku pembeli belum banyak bertambah karena daya beli "
             "masyarakat masih lemah.",
             "Dinas perdagangan memperkirakan harga cabai akan kembali naik menjelang musim hujan "
             "pada November."},
};

/* A table layout's spacer, a picture one pixel high that only sets a
 * cell's width, is no picture: the box of a photograph and its caption
 * beside such a spacer is one picture, not a gallery of two (a round 64
 * page written after the 2006 Guardian lost its caption). */
static const spec spacer_cell_picture = {
    .page = "spacer-cell-picture.html",
    .title = "Ferry fares to rise by a fifth on island routes",
    .captions = {"A ferry leaves Oban for the island of Mull."},
    .body = {"The company blamed the cost of fuel, which it said had almost doubled in two years, "
             "and the need to replace an ageing fleet that has suffered a string of breakdowns "
             "this winter.",
             "Community councils on Mull, Islay and Barra said they would ask ministers to step "
             "in, arguing that the ferries are the islands' only road and should be priced like "
             "one."},
};

/* An Italian paper's call to its newsletter closing the story, set as one
 * of its paragraphs ("Se vuoi restare aggiornato ... iscriviti gratis alla
 * newsletter"), is the site's (a round 64 page written after the Corriere
 * saved by a browser kept it). */
static const spec newsletter_line_it = {
    .page = "newsletter-line-it.html",
    .title = "Nuove piste ciclabili sui Navigli entro l'estate",
    .body = {"I lavori partiranno a marzo e prevedono la chiusura temporanea di alcuni tratti "
             "dell'alzaia, con percorsi alternativi segnalati per pedoni e ciclisti.",
             "Le associazioni dei commercianti chiedono che i cantieri si fermino nei fine "
             "settimana, quando la zona è più frequentata."},
    .chrome = {"Se vuoi restare aggiornato"},
};

/* A review site's note on how it tests and its link to its editorial
 * standards, over the review, are the site's (a round 64 page written
 * after ZDNET). */
static const spec review_disclosure = {
    .page = "review-disclosure.html",
    .title = "The best robot vacuum I've tested this year is also one of the quietest",
    .body = {"I ran the vacuum in a three-bedroom apartment for six weeks, on hardwood floors, two "
             "rugs and a hallway that collects more dog hair than I would like to admit.",
             "The mapping took two runs to get right, and the app still labels the bathroom as a "
             "bedroom, but the cleaning itself has been reliable."},
    .chrome = {"recommendations are based", "Our editorial standards"},
};

/* A paragraph of sentences right before the byline's line is the lead past
 * the hero picture too: a newsletter's web version, its dek in italics
 * under the headline and "By ..." (a round 64 page written after a
 * Mailchimp newsletter). */
static const spec newsletter_dek_after_hero = {
    .page = "newsletter-dek-after-hero.html",
    .title = "Oyster beds return to the bay, one cage at a time",
    .lead = "Volunteers have planted two million young oysters since 2019. The water around the "
            "reef is measurably clearer, and the fishermen have noticed.",
    .body = {"Every second Saturday, a dozen volunteers meet at the town dock before dawn to haul "
             "wire cages of young oysters out to the reef off Sandy Point.",
             "Her numbers show the water over the reef carrying a third less sediment than it did "
             "five years ago, and the crabbers who work the point say their catch has grown."},
};

/* An embed a consent keeps out, its heading "Externer Inhalt", its note
 * that the reader's cookie settings block it and its button, is the
 * site's (a round 65 page written after the Süddeutsche, copied here: a
 * small page of mine lost the box on afa2164 already). */
static const spec consent_embed_de = {
    .page = "consent-embed-de.html",
    .title = "„Der Abstieg ist die gefährlichste Phase“",
    .lead = "Jeden Sommer verunglücken in den bayerischen Alpen Wanderer und "
            "Bergsteiger, oft bei bestem Wetter. Ein Bergführer aus dem "
            "Werdenfelser Land erklärt, welche Fehler er immer wieder beobachtet – "
            "und warum das Handy am Berg nicht nur hilft.",
    .captions = {"Auf dem Weg zur Alpspitze: Viele Unfälle passieren nicht beim "
                 "Aufstieg, sondern auf dem Rückweg.",
                 "Einsatz der Bergwacht im Wettersteingebirge: Oft sind es erschöpfte "
                 "Wanderer, die geborgen werden müssen."},
    .body = {"Georg Wallner, 58, arbeitet seit mehr als dreißig Jahren als "
             "staatlich geprüfter Berg- und Skiführer. Nebenbei ist er ehrenamtlich "
             "bei der Bergwacht. Ein Gespräch über Selbstüberschätzung, Turnschuhe "
             "im Geröll und die Frage, wann man umkehren sollte.",
             "Herr Wallner, die Saison hat noch gar nicht richtig begonnen, und die "
             "Bergwacht meldet schon die ersten Einsätze. Ist das normal?",
             "Leider ja. Sobald im Tal die Sonne scheint und es 20 Grad hat, zieht "
             "es die Leute hinauf. Was sie nicht sehen: Oben liegen in den "
             "Nordhängen noch Altschneefelder, hart wie Beton. Wer da mit "
             "Turnschuhen reinrutscht, hat keine Chance, sich zu halten.",
             "Was sind die häufigsten Ursachen für Unfälle?"},
    .headings = {{3, "„Die App weiß nicht, wie fit Sie sind“"}, {3, "Umkehren als Entscheidung"}},
    .chrome = {"Externer Inhalt", "Cookie-Einstellungen blockiert", "Einverstanden"},
};

/* Round 65's lines of the site's in English: a video player's lines
 * before its script runs ("Video Loading", "Click to play", "The video will
 * start in 8"), Science X's line for citing the story ("... retrieved ...
 * from"), the author's note in a list of one item, and a health site's
 * "Was this helpful?" and "How we reviewed this article:" with its note on
 * its sources. */
static const spec health_boxes_en = {
    .page = "health-boxes-en.html",
    .title = "Short walks after meals may steady blood sugar, study finds",
    .body = {"Researchers followed 48 volunteers for eight weeks. Half walked after their largest "
             "meal of the day; the others kept to their usual routine.",
             "The walkers' glucose readings rose less after meals and fell back to normal sooner, "
             "the team reported, with the largest effect after the evening meal."},
    .chrome = {"Video Loading", "Click to play", "will start in", "retrieved 3 May",
               "is a health reporter", "Was this helpful", "How we reviewed", "strict sourcing"},
};

/* A heading a class names as a lead ("h2.subtit") after the story's first
 * paragraphs is a sub-heading, not the lead (a round 66 page written after
 * Hankyung, its sub-headings between runs of text). */
static const spec lead_class_subheading = {
    .page = "lead-class-subheading.html",
    .title = "배터리 재활용 스타트업, 500억원 투자 유치",
    .body = {"회사는 조달한 자금으로 충북 오창에 연간 2만t 규모의 재활용 공장을 짓고 연구 인력을 "
             "두 배로 늘릴 계획이다.",
             "업계에서는 전기차 보급이 늘면서 폐배터리 물량이 2030년까지 열 배 이상 증가할 것으로 "
             "보고 있다."},
    .headings = {{2, "니켈 회수율 95% 넘어"}},
};

/* A bold line ending with a company's abbreviated form ("About Harbor
 * Robotics Inc.") is a sub-heading: that full stop ends no sentence (a
 * round 66 press release's "About" section lost its heading). */
static const spec press_release_about = {
    .page = "press-release-about.html",
    .title = "Harbor Robotics Opens Second Plant in Ohio",
    .body = {"The plant will employ 240 people by the end of the year and double the company's "
             "output of its autonomous pallet movers, the company said.",
             "Harbor Robotics Inc. designs and builds autonomous robots for warehouses and "
             "distribution centers. Founded in 2016, the company is based in Pittsburgh and serves "
             "more than 300 customers."},
    .headings = {{2, "About Harbor Robotics Inc."}},
};

/* A wire's lines under a press release, where its source version is and
 * its pitch to companies, are the wire's (round 66 pages written after
 * Newsfile and PR Newswire). */
static const spec wire_closing_lines = {
    .page = "wire-closing-lines.html",
    .title = "Keystone Foods Recalls Frozen Dumplings Over Allergen Labeling",
    .body = {"No illnesses have been reported. The affected bags carry the lot codes 25118 and "
             "25119 and were sold in grocery stores in six states.",
             "Customers who bought the dumplings may return them for a full refund or call the "
             "company's customer line on weekdays."},
    .chrome = {"To view the source version", "WANT YOUR COMPANY"},
};

/* A German-language press portal's picture button, "Bild-Infos", and an
 * Austrian wire's disclaimer under the release are the portal's (round 66
 * pages written after presseportal.de and OTS). */
static const spec press_portal_de = {
    .page = "press-portal-de.html",
    .title = "Neue Radwege in Graz bis Herbst",
    .captions = {"Der neue Radweg in der Annenstraße soll im August fertig sein."},
    .body = {"Während der Bauzeit wird der Verkehr in den betroffenen Straßen einspurig geführt. "
             "Die Stadt empfiehlt, auf öffentliche Verkehrsmittel auszuweichen.",
             "Die Kosten von 4,2 Millionen Euro teilen sich Stadt und Land, ein Teil kommt aus "
             "Förderungen des Bundes."},
    .chrome = {"Bild-Infos", "OTS-ORIGINALTEXT"},
};

/* A Turkish site's call to follow it on Google News is the site's (a
 * round 66 page written after Sözcü). */
static const spec follow_google_news_tr = {
    .page = "follow-google-news-tr.html",
    .title = "Ankara'da toplu taşımaya yeni düzenleme",
    .body = {"Belediyeden yapılan açıklamada, yoğun talep gelen hatlarda sefer sıklığının da "
             "artırılacağı belirtildi.",
             "Yeni tarife önümüzdeki ayın ilk gününden itibaren geçerli olacak."},
    .chrome = {"Google News'te takip edin"},
};

/* A Korean site's sub-heading set as a div named "midtitle" is one; its
 * reporter's link "기자 페이지 바로가기", the labels around its player and its
 * call to like the story are the site's (round 66 pages written after
 * Maeil Business, Chosun and KBS). */
static const spec ko_midtitle_lines = {
    .page = "ko-midtitle-lines.html",
    .title = "코스피, 외국인 매수에 2700선 회복",
    .body = {"외국인은 이날 하루 동안 1조원 넘게 사들이며 지수 상승을 이끌었고, 기관도 순매수에 "
             "동참했다.",
             "업종별로는 반도체주의 상승폭이 두드러졌다. 미국 반도체지수가 급등한 영향으로 대형 "
             "반도체주가 나란히 3% 넘게 올랐다."},
    .headings = {{2, "반도체주 일제히 강세"}},
    .chrome = {"기자 페이지 바로가기", "동영상영역", "마음에 들었다면"},
};

/* The block the page's description repeats is the lead though the
 * description adds a full stop the page does not show (a round 66 press
 * release written after EIN Presswire, its subtitle without one). */
static const spec subtitle_description_stop = {
    .page = "subtitle-description-stop.html",
    .title = "Denver Bakery Chain Adds Night Shift to Meet Wholesale Demand",
    .lead = "Mile High Bakers will hire 60 night-shift bakers and drivers as wholesale orders from "
            "grocery stores double this year",
    .body =
        {"The company now supplies bread and pastries to 140 grocery stores across Colorado, up "
         "from 70 a year ago, and says its daytime crews can no longer keep up.",
         "Night-shift bakers will start at $24 an hour. Applications open next week on the "
         "company's website."},
};

/* The line in italics closing an interview that says where the work comes
 * out ("Salt Hours is out on 14 February ...") is the story's, not a note
 * on its author, though it opens with a name (a round 65 page written
 * after the Guardian lost it). */
static const spec release_line_italic = {
    .page = "release-line-italic.html",
    .title = "Mara Quinn: ‘I wrote the album in a caravan by the sea’",
    .body =
        {"Less than I feared. A couple got faster, because the city is faster, but most of them "
         "still sound like wind against a thin wall.",
         "Salt Hours is out on 14 February on Little Pier Records. Mara Quinn tours the UK from "
         "2 March"},
};

/* A press release's paragraph on its company, the page's author, under a
 * heading that names it ("About Bayside Roofing"), is the release's, not
 * a note on the author (a round 66 page written after EIN Presswire lost
 * it to the rule for authors' notes; this page fails on 6c1211c). */
static const spec press_release_company_author = {
    .page = "press-release-company-author.html",
    .title = "Tampa Bay Roofer Offers Free Storm Checks to Seniors",
    .body = {"Inspections can be booked by phone or online. The company expects to complete about "
             "400 of them during the program.",
             "Bayside Roofing is a licensed residential roofing contractor serving the Tampa Bay "
             "area since 1988. It employs 35 people."},
    .headings = {{2, "About Bayside Roofing"}},
};

/* A call to sign up to the site's newsletter after a colon ("Hey,
 * Cavaliers fans: Sign up for our free ... newsletter") is the site's (a
 * round 67 page written after cleveland.com kept it). */
static const spec signup_after_colon = {
    .page = "signup-after-colon.html",
    .title = "Five takeaways from the Cavaliers' first week of camp",
    .body = {"The rookies held their own against the starters, and the second unit moved the ball "
             "better than at any point last season.",
             "The team plays its first preseason game on Oct. 6 against Detroit, and Ruiz said "
             "every player on the roster will see minutes."},
    .chrome = {"Sign up for our free"},
};

/* A line between the paragraphs that is a label in capitals, a colon and
 * a link ("MORE ENERGY NEWS: <a>...</a>") points elsewhere, whatever the
 * label's words (a round 67 page written after the Houston Chronicle). */
static const spec caps_label_link = {
    .page = "caps-label-link.html",
    .title = "Refinery expansion to add 300 jobs in Pasadena",
    .body = {"Construction is expected to begin in the spring and employ as many as 1,500 contract "
             "workers at its peak, according to the company.",
             "City officials welcomed the project but said they would press the company on air "
             "monitoring along the ship channel, where residents have long complained about "
             "flaring."},
    .chrome = {"MORE ENERGY NEWS", "Pipeline permit delayed"},
};

/* A box a script makes a video player in, with nothing in it yet but the
 * video's caption (VCCorp's "type=VideoStream data-vid" block and its
 * VideoCMS_Caption), is a figure with that caption, not a paragraph (a
 * round 68 page written after VTV). */
static const spec vccorp_video_caption = {
    .page = "vccorp-video-caption.html",
    .title = "Bắc Bộ đón đợt rét đậm đầu tiên, vùng núi cao có nơi dưới 6 độ C",
    .lead = "VTV.vn - Từ đêm nay, không khí lạnh tăng cường tràn xuống các tỉnh Bắc Bộ, nhiệt độ "
            "giảm sâu 6-8 độ C.",
    .captions = {"Bắc Bộ chuẩn bị đón đợt không khí lạnh mạnh nhất từ đầu mùa"},
    .body = {"Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, bộ phận không khí lạnh đang di "
             "chuyển nhanh xuống phía Nam và sẽ ảnh hưởng đến phía Đông Bắc Bộ từ đêm nay.",
             "Người dân cần chủ động giữ ấm, bảo vệ cây trồng và vật nuôi trong những ngày rét đậm "
             "kéo dài ở vùng núi."},
    .chrome = {"Trang chủ", "Đài Truyền hình Việt Nam"},
};

/* A gallery's box of one slide, its counter, its buttons and a link to
 * all its photos ("Žiūrėti visas nuotraukas") is the slide's picture and
 * caption (a round 68 page written after LRT lost it). */
static const spec gallery_all_photos_link = {
    .page = "gallery-all-photos-link.html",
    .title = "Druskininkuose atveriamas restauruotas gydyklų pastatas",
    .captions = {"Išsaugotos XIX a. koklinės krosnys"},
    .body = {"Restauratoriams pavyko išsaugoti originalias duris, langų rėmus ir dalį XIX a. "
             "pabaigos koklinių krosnių.",
             "Projektas kainavo apie 3,4 mln. eurų, iš kurių didžiąją dalį sudarė Europos "
             "Sąjungos lėšos."},
    .chrome = {"Žiūrėti visas nuotraukas", "1 / 14"},
};

/* A site's notice that copying its stories is forbidden without leave, in
 * Estonian as ERR closes its stories (a round 68 page; Ukrinform's in
 * Ukrainian came with it). */
static const spec rights_notice_et = {
    .page = "rights-notice-et.html",
    .title = "Parvlaev hakkab suvel ka öösiti sõitma",
    .lead = "Virtsu ja Kuivastu vahel hakkab juunist sõitma ka öine reis.",
    .body = {"Esialgu proovitakse öist graafikut kolm kuud ning otsus selle jätkamise kohta "
             "tehakse septembris.",
             "Piletid öisele reisile maksavad sama palju kui päevastele reisidele."},
    .chrome = {"kirjaliku loata keelatud"},
};

/* A line named the photo's text ("span.subscribe_photo_text") beside its
 * picture is the picture's caption, the credit's line after it too (a
 * round 68 page written after UNIAN). */
static const spec photo_text_caption = {
    .page = "photo-text-caption.html",
    .title = "Заморозки до -3° і мокрий сніг: синоптики попередили про похолодання",
    .captions = {"Прогноз температури на 14 травня"},
    .body = {"Найхолоднішою буде ніч на середу, коли на поверхні ґрунту очікуються заморозки від 0 "
             "до -3°.",
             "Синоптикиня порадила городникам укрити розсаду та молоді насадження."},
    .chrome = {"Новини України"},
};

/* A live page's last post, its heading, "By" and its author's name over
 * its paragraphs, is no card of the author at the story's end (a round 68
 * page written after Reuters lost it). */
static const spec live_last_post_byline = {
    .page = "live-last-post-byline.html",
    .title = "Fed decision: stocks rally as policymakers signal two cuts",
    .body = {"The decision was not unanimous. One governor dissented in favor of an immediate "
             "quarter-point cut.",
             "According to the CME FedWatch tool, traders see a 58% probability of a cut by June."},
    .headings = {{2, "Fed holds steady; dot plot shows two cuts"},
                 {2, "What investors are watching"}},
    .chrome = {"All quotes delayed"},
};

/* A heading named a summary's title over a live page's points ("<h2
 * class=live-story__summary-title>What we're covering") is the story's
 * heading, not a label (a round 68 page written after CNN). */
static const spec live_summary_heading = {
    .page = "live-summary-heading.html",
    .title = "Tech CEOs testify before Senate on AI chatbots and children",
    .points = {"Executives told senators they would back new limits on how chatbots talk to "
               "users under 18.",
               "Parents of teenagers who formed intense relationships with AI companions "
               "testified in an emotional first panel."},
    .body = {"Several senators said they were not persuaded by the companies' promises of "
             "voluntary safeguards."},
    .headings = {{2, "What we’re covering"},
                 {2, "Hearing wraps with bipartisan push for age verification bill"}},
    .chrome = {"Cable News Network"},
};

/* A kicker on a line of its own over the headline, a badge before it in
 * its line and no colon after it, is no part of the headline when the
 * metadata says "Kicker: Headline" (a round 68 page written after
 * Spiegel's news blog; with the colon shown, badge_in_kicker keeps it). */
static const spec badge_kicker_line = {
    .page = "badge-kicker-line.html",
    .title = "Fernverkehr fast vollständig eingestellt – die Lage im Newsblog",
    .body = {"Die Bahn hat einen Notfahrplan aufgestellt, der vor allem die Verbindungen zwischen "
             "den großen Städten sichern soll."},
    .chrome = {"Wirtschaft"},
};

/* An e-magazine's cover above the headline's box, a table of its picture
 * and a cell in italics that the picture's alt opens ("X (Ảnh: NVCC)"),
 * is the story's hero with its caption (a round 68 page written after Báo
 * Quốc tế lost its cover). */
static const spec cover_table_alt_caption = {
    .page = "cover-table-alt-caption.html",
    .title = "Tà áo dài giữa mùa thu Paris và câu chuyện ngoại giao văn hóa",
    .lead = "TGVN. Đôi khi một tà áo dài, một bát phở hay một câu hò xứ Huế lại mở ra những cánh "
            "cửa mà ngoại giao truyền thống khó chạm tới.",
    .captions = {"Trình diễn áo dài trong đêm khai mạc Tuần Văn hóa Việt Nam tại Paris."},
    .body = {"Chiều thứ bảy, sảnh một trung tâm văn hóa nhỏ ở quận 14 của Paris chật kín người xem "
             "mười hai người mẫu trình diễn.",
             "Nhà thiết kế cho biết chị mất gần sáu tháng chuẩn bị bộ sưu tập mang sang Paris."},
    .chrome = {"Trang chủ", "Báo Thế giới và Việt Nam"},
};

/* A cover picture above the headline whose caption the page sets after
 * the headline's box ("p.caption-cover" in VnExpress's longform, NLĐ's
 * "emag-cover-caption" after its cover, National Geographic's
 * "PrismLeadMedia__Caption") is the hero with that caption, not a bare
 * picture lost and a paragraph (a round 69 page written after VnExpress). */
static const spec cover_caption_after_headline = {
    .page = "cover-caption-after-headline.html",
    .title = "Ba mươi năm giữ đèn trên đảo đá",
    .lead =
        "Mỗi chiều, khi mặt trời chạm mép nước, ông Lương Văn Hải lại leo 162 bậc thang xoắn ốc "
        "để thắp ngọn đèn dẫn lối cho tàu thuyền.",
    .captions = {"Ông Lương Văn Hải trên ban công buồng đèn hải đăng Hòn Sáo lúc hoàng hôn."},
    .body = {"Hòn Sáo là một mỏm đá rộng chưa đầy bốn hecta, cách đất liền khoảng 18 hải lý, không "
             "có giếng nước ngọt.",
             "Mỗi tháng một lần, tàu tiếp tế chở nước ngọt, gạo và dầu ra đảo."},
    .chrome = {"Trang chủ", "All rights reserved"},
};

/* Vietnamese health pages' chrome: a call to send questions for a doctor
 * to answer (VnExpress's, as the story's last line) and the source box's
 * "Link bài gốc" (round 69 pages written after VnExpress and afamily). */
static const spec vn_health_calls = {
    .page = "vn-health-calls.html",
    .title = "Phình mạch não có thể vỡ bất cứ lúc nào",
    .body = {"Bác sĩ cho biết phình mạch não thường không có triệu chứng cho đến khi vỡ, gây xuất "
             "huyết nguy hiểm.",
             "Người có tiền sử gia đình bị đột quỵ nên tầm soát mạch máu não định kỳ."},
    .chrome = {"để bác sĩ giải đáp", "Link bài gốc", "Copy link"},
};

/* French chrome: the page's tools beside the date ("Imprimer A+ A-") and
 * the notice that comments are moderated (round 69 pages written after
 * Abidjan.net and TSA). */
static const spec fr_tools_moderation = {
    .page = "fr-tools-moderation.html",
    .title = "Bouaké : 2 500 jeunes seront formés aux métiers du numérique d'ici à 2026",
    .body = {"Les premières sessions débuteront en avril avec 300 jeunes sélectionnés sur dossier.",
             "Les formations sont gratuites et ouvertes aux jeunes âgés de 18 à 35 ans."},
    .chrome = {"Imprimer", "soumis à modération"},
};

/* A note in italics closing the story that names its writer as "the
 * author" ("Tác giả là một phụ huynh ...") is the author's note, and a
 * column's disclaimer of its author's own style and views goes with it (a
 * round 70 page written after VietNamNet's Tuần Việt Nam). */
static const spec vn_author_note = {
    .page = "vn-author-note.html",
    .title = "Học thêm từ lớp 1: ai cần?",
    .body = {"Tôi hỏi những phụ huynh khác, hóa ra gần như cả lớp đều đã đăng ký, vì sợ con mình "
             "theo không kịp các bạn.",
             "Có lẽ điều các con cần nhất lúc này là được chơi, được ngủ đủ giấc và được bố mẹ đọc "
             "sách cùng mỗi tối."},
    .chrome = {"Tác giả là một phụ huynh", "văn phong và quan điểm riêng"},
};

/* A German call to react to the story ("Wie findest du diese Story?",
 * watson's, over its emoji buttons), a round 70 page. */
static const spec de_reactions_call = {
    .page = "de-reactions-ticker.html",
    .title = "Das Halbtax wird teurer – die wichtigsten Fragen und Antworten",
    .body = {"Für Jugendliche und Senioren bleibt der Preis unverändert, das Angebot für Familien "
             "wird sogar ausgebaut.",
             "Immerhin bleibt das Halbtax eines der günstigsten Abos Europas, wenn man das "
             "Preisniveau berücksichtigt."},
    .chrome = {"Wie findest du diese Story"},
};

/* A box asking for money whose button says "Yes, I'll give $5/month"
 * (Vox's), and a call for tips on stories ("Do you have a tip on ...",
 * Newsweek's), are the site's (round 70 pages). */
static const spec magazine_calls = {
    .page = "magazine-calls.html",
    .title = "Heat pumps are not a scam, but read the fine print",
    .body =
        {"The savings depend heavily on what the pump replaces and on local electricity prices, "
         "which vary widely from state to state.",
         "None of this means heat pumps are a bad deal, but the promise of lower bills comes "
         "with fine print worth reading."},
    .chrome = {"Do you have a tip", "You’ve read 1 article", "give $5"},
};

/* The BBC's visually hidden "Image caption, " before a caption (GEL's
 * "gs-u-vh") is no part of it, and its "sp-story-body__introduction" is the
 * lead (a round 68 page written after BBC Sport). */
static const spec bbc_sport_hidden_prefix = {
    .page = "bbc-sport-hidden-prefix.html",
    .title = "Sunderland 2-1 Coventry City: Tom Ashworth heads stoppage-time winner",
    .lead =
        "Tom Ashworth's stoppage-time header earned Sunderland a dramatic victory over Coventry "
        "City and moved them back into the play-off places.",
    .captions =
        {"Tom Ashworth has now scored four goals in his past five Championship appearances"},
    .body = {"The striker rose highest to meet a deep cross three minutes into added time, sending "
             "a crowd of more than 38,000 into raptures.",
             "Coventry had looked the more likely winners after a superb equaliser just before "
             "half-time."},
    .chrome = {"Image caption"},
};

/* A box the label "この記事の筆者" ("the writer of this article") opens,
 * the reporter's name and note, is the author's box (a round 71 page
 * written after the Mainichi). */
static const spec ja_author_box = {
    .page = "ja-author-box.html",
    .title = "盛岡の住宅街でクマ目撃相次ぐ　市が注意呼びかけ",
    .body = {"市は目撃が多い地域に注意を促す看板を増設したほか、河川敷の草刈りを前倒しで実施する。",
             "環境省のまとめでは、昨年度のクマによる人身被害は全国で過去最多だった。"},
    .chrome = {"この記事の筆者", "盛岡支局記者"},
};

/* A quote pulled out beside the text in an aside, a blockquote of words
 * the story says nowhere else, is the story's; one that says a paragraph's
 * words again goes, so that they are said once (round 67 and 68 pages
 * written after National Geographic and the Guardian lost theirs).  So is
 * a paragraph in an aside named a quote, or after the quote's mark drawn in
 * an <svg> (the Atlantic's "ArticlePullquote", the Guardian's newer
 * markup). */
static const spec pulled_quote_aside = {
    .page = "pulled-quote-aside.html",
    .title = "In Georgia, an 8,000-year-old wine tradition is buried underground",
    .body = {"“People taste it and say it’s natural wine, orange wine, a trend. For us it is just "
             "wine,” says Levan, wiping his hands.",
             "“The clay remembers every vintage.”",
             "A qvevri outlives the hands that made it by three generations",
             "Each vessel is sealed with clay in October and opened in spring, when the village "
             "gathers to taste.",
             "“We are not making a product. We are keeping a promise.”",
             "The potters who make the vessels are fewer every year, and a large one takes months "
             "to dry before it is fired."},
};

/* A video with its poster in a box named for its caption is shown by its
 * poster, the picture a reader sees before it plays, with the caption (a
 * round 71 page written after a research blog's Blogger-made table). */
static const spec video_poster_caption = {
    .page = "video-poster-caption.html",
    .title = "Calibrated nowcasting: forecasts that know how uncertain they are",
    .captions =
        {"Each ensemble member maps a stack of recent radar frames to per-pixel quantiles."},
    .body = {"Finally, we apply a lightweight recalibration step on a held-out year of data, which "
             "adjusts the pooled quantiles.",
             "The recalibrated forecasts cover the observed rainfall as often as they claim to, "
             "across all lead times we tested."},
};

/* A company blog's call to join it ("come build the future with us! ...
 * see our open roles"), closing the post, is the site's (a round 71 page
 * written after dropbox.tech). */
static const spec hiring_call = {
    .page = "hiring-call.html",
    .title = "How we cut thumbnail latency with a tiered cache",
    .body =
        {"The new design puts a small in-memory tier in front of a larger flash tier, with each "
         "request checking both before falling back.",
         "Median latency for thumbnail requests dropped by 40 percent after the rollout, and "
         "storage reads fell by half.",
         /* (a story's closing paragraph saying so in its last words stays:
          * Cloudflare's, a round 80 page) */
         "The bigger win is that we now see every miss and where it came from. If you like "
         "problems like this, we’re hiring."},
    .chrome = {"open roles"},
};

/* A call to share a story with the paper and a question whether the
 * article was liked are the site's (round 72 pages written after TODAY and
 * the Bangkok Post). */
static const spec story_share_call = {
    .page = "story-share-call.html",
    .title = "The Big Read: The young hawkers keeping their parents' stalls alive",
    .body = {"She left a job in marketing two years ago to take over the stall, one of a growing "
             "number of young people returning to the trade.",
             "Rents, long hours and rising costs remain the biggest obstacles, the hawkers said, "
             "even as demand for their food holds up."},
    .chrome = {"story to share", "Do you like the content"},
};

/* A line under the story that is an e-mail address alone, the
 * reporter's, is no paragraph of it (a round 72 page written after IOL). */
static const spec email_line = {
    .page = "email-line.html",
    .title = "Taxi strike strands thousands of commuters in Durban",
    .body = {"The operators are demanding that the municipality reverse a decision to close two "
             "ranks in the CBD for upgrades.",
             "Police said they were monitoring the situation and that no arrests had been made by "
             "midday."},
    .chrome = {"thandeka.mbatha@inl.example"},
};

/* The box of the story's lead video or picture, its "lead asset", is no
 * lead for its name, the summary after it is; and TEGNA's "Before you
 * leave, check this out" heads the station's videos, not the story's (round
 * 72 pages written after WFAA and 11Alive; this page fails on aafe03d for
 * the heading). */
static const spec lead_asset_caption = {
    .page = "lead-asset-caption.html",
    .title = "Baseball-sized hail pounds Denton County, shattering windshields and skylights",
    .lead = "Storms dropped hail up to 3 inches across Denton, Lewisville and Flower Mound on "
            "Tuesday night.",
    .body = {"Roofing companies said their phones started ringing before the storm had even moved "
             "out of the county.",
             "More storms are possible Thursday afternoon, forecasters said."},
    .chrome = {"Before you leave", "Piedmont Park"},
};

/* The same, on the round 72 page itself, where the video's caption in the
 * lead asset's box took the lead's role from the summary (a small page of
 * mine did not reproduce it). */
static const spec lead_asset_video = {
    .page = "lead-asset-video.html",
    .title = "Baseball-sized hail pounds Denton County, shattering windshields and skylights",
    .lead = "Storms dropped hail up to 3 inches across Denton, Lewisville and "
            "Flower Mound on Tuesday night. More storms are possible Thursday.",
    .captions = {"A skylight at a Highland Village home was shattered by hail on Tuesday night."},
    .body = {"DENTON COUNTY, Texas — Hail as large as baseballs hammered parts of "
             "Denton County on Tuesday night, shattering windshields, punching "
             "holes in roofs and leaving drivers scrambling for cover under highway "
             "overpasses.",
             "The National Weather Service in Fort Worth confirmed reports of "
             "2.75-inch hail in Lewisville and 3-inch hail near Lake Lewisville "
             "around 9:30 p.m. Smaller hail fell in Denton, Flower Mound, Highland "
             "Village and Corinth.",
             "WFAA viewers sent in dozens of photos and videos of the storm as it "
             "moved through.",
             "Lewisville police said officers responded to more than 40 calls of "
             "broken windows and minor crashes, but there were no reports of serious injuries."},
    .headings = {{2, "Filing an insurance claim"}, {2, "More storms ahead?"}},
};

/* Reference sites' chrome: Wikipedia's tagline, WebMD's "Continued"
 * between its pages, Britannica's note on who revised the article and a
 * list headed "Article Sources" (round 72 pages). */
static const spec reference_chrome = {
    .page = "reference-chrome.html",
    .title = "Tidal bore",
    .body = {"Bores form where the tidal range is large, usually more than 6 metres, and where the "
             "estuary narrows and shallows sharply.",
             "Surfers ride some bores for many kilometres, and several rivers hold festivals when "
             "the largest bores of the year arrive."},
    .chrome = {"the free encyclopedia", "Continued", "most recently revised", "Article Sources",
               "World Scientific"},
};

/* A button around the story's picture and nothing else, over its
 * caption, is the picture, not a control the reader leaves out (a round 72
 * page written after Mayo Clinic's "button.cmp-image__link"). */
static const spec picture_button = {
    .page = "picture-button.html",
    .title = "Plantar fasciitis",
    .captions =
        {"The plantar fascia is a thick band of tissue that supports the arch of the foot."},
    .body = {"The pain is usually worst with the first steps after waking, and it can return after "
             "long periods of standing.",
             "Most people recover within several months with rest, stretching and supportive "
             "shoes."},
    .headings = {{2, "Overview"}},
};

/* A card at the post's end of an author's photo, name and a line that
 * opens with the name and says who they are, no link, is the author's card
 * (a round 71 page written after Uber's engineering blog). */
static const spec name_and_bio = {
    .page = "name-and-bio.html",
    .title = "Caching H3 rings to speed up dispatch",
    .body = {"Computing those rings on every request cost us several milliseconds at peak, so we "
             "began caching them per cell and resolution.",
             "The cache cut the median lookup time by 70 percent and reduced CPU use on the "
             "matching service by a fifth."},
    .chrome = {"Senior Staff Engineer"},
};

/* Science sites' chrome: Science X's badges ("Editors' notes",
 * "proofread"), a magazine's box "On supporting science journalism" in the
 * text, and a call to get a weekly roundup (round 73 pages written after
 * phys.org, Scientific American and The Conversation). */
static const spec science_calls = {
    .page = "science-calls.html",
    .title = "Sleeping brains replay the day's routes at high speed",
    .body = {"The replay was strongest after the rats had learned a new route, the researchers "
             "found, and weaker for routes they already knew well.",
             "Blocking the replay with a brief pulse of light made the rats slower to find the "
             "route the next day."},
    .chrome = {"Editors' notes", "proofread", "On supporting science journalism",
               "award-winning journalism", "weekly roundup"},
};

/* The story's text kept in boxes for subscribers is the story's, however
 * short a box is between two ads: "subscriber-only" names no call to
 * subscribe (a round 43 page written after a TownNews paper lost two
 * paragraphs). */
static const spec subscriber_only_box = {
    .page = "subscriber-only-box.html",
    .title = "Council approves longer library hours for summer",
    .body =
        {"The Valley City Council voted 4-1 on Monday to keep the public library open until 9 "
         "p.m. on weeknights from June through August, a change that will cost about $38,000 "
         "in staff time.",
         "Council member Ray Dunn voted against the plan, saying the money should go to the "
         "roof repairs first.",
         "\"I love the library, and I know the families do too,\" Dunn said. \"But the roof has "
         "leaked for two winters, and that is not going to fix itself.\"",
         "The new hours begin June 3. The council will review visitor counts in September "
         "before deciding whether to keep them."},
    .chrome = {"Advertisement", "All rights reserved"},
};

/* A Chinese portal's parts: captions in "p.picIntro" and "p.pictext" under
 * the picture's paragraph; a paragraph saying "意见反馈表" is the story's,
 * the feedback link, the report button, Sohu's link home, the creator's
 * disclaimer and the reprint notice are not (round 74 pages written after
 * ifeng, People's Daily, Tencent, Sohu and Caixin). */
static const spec zh_portal_parts = {
    .page = "zh-portal-parts.html",
    .title = "山区学校开通校车 学生上学不再走山路",
    .captions = {"清晨，学生们在村口排队登上校车。", "校车行驶在新修的乡村公路上。"},
    .body = {"　　学校还为每辆校车配备了照管员，并请家长填写意见反馈表。“孩子坐车安全多了，我们也"
             "放心。”一位家长说，自己提出的“早上晚十分钟发车”的建议，第二周就被采纳了。",
             "　　县教育局表示，下一步将把校车覆盖范围扩大到全县所有偏远村小，并加强对驾驶员的安全"
             "培训。"},
    .chrome = {"免责声明", "举报", "返回搜狐", "禁止进行转载", "关于我们"},
};

/* A bold line numbered as a section and closing on a quote is a heading:
 * its number's dot is no sentence before the quote (a round 74 page
 * written after Sohu kept two of five such headings as paragraphs). */
static const spec numbered_bold_heading_quote = {
    .page = "numbered-bold-heading-quote.html",
    .title = "Năm ngành học có tỷ lệ sinh viên có việc làm cao",
    .headings = {{2, "1. Công nghệ thông tin: từ \"công ty phần mềm\" đến \"mọi ngành nghề\""},
                 {2, "2. Điều dưỡng: thiếu người kéo dài"},
                 {2, "3. Cơ khí tự động: những \"kỹ sư áo trắng\" của nhà máy"}},
    .body = {"Các nhà máy thông minh cần nhiều kỹ sư biết vận hành robot và bảo trì dây chuyền tự "
             "động."},
};

/* A picture alone in a data table's row, over its caption (an infobox's
 * "infobox-image" row), is a captioned figure before the table, whose other
 * rows stay a table (a round 72 page written after Wikipedia lost the
 * picture: a cell holds text alone). */
static const spec infobox_picture = {
    .page = "infobox-picture.html",
    .title = "Harrow Bridge",
    .captions = {"Harrow Bridge from the east bank in 2019"},
    .headings = {{2, "History"}},
    .body = {"The bridge was paid for by a toll on carts until 1878, when the county took it over "
             "and the toll house was let as a cottage."},
};

/* A paragraph a generic title class names, whose link says the page's
 * title with the post's flair and domain after it, is the headline, no
 * paragraph that the text starts at; the sidebar's h1 over its list of
 * moderators before it is none (a round 74 page written after old Reddit
 * was titled "MODERATORS"). */
static const spec linked_post_title = {
    .page = "linked-post-title.html",
    .title = "Rebuilt a 1962 sewing machine from scrap parts",
    .body =
        {"My grandmother's machine sat in a shed for thirty years before I found it under a "
         "tarp, seized solid and missing its bobbin case.",
         "It sews through four layers of denim now. The whole rebuild cost me forty dollars and "
         "most of my weekends since January."},
    .chrome = {"MODERATORS", "bobbin_lady"},
};

/* A forum attachment's line, its file's name and size and its views, goes:
 * the picture's box then holds its comment alone, its caption (a round 74
 * page written after a phpBB board read both as paragraphs and lost the
 * picture). */
static const spec forum_attachment = {
    .page = "forum-attachment.html",
    .title = "Rust spots on a cast iron bench",
    .captions = {"The back rest after brushing, the deepest pits on the left"},
    .body = {"Should I use a rust converter before painting, or strip it back to bare metal first? "
             "I would rather not send it away for blasting."},
    .chrome = {"212.5 KiB", "Viewed 318 times", "Powered by phpBB"},
};

/* The BBC's local pages close with calls to listen on BBC Sounds "or tell
 * us a story you think we should be covering", and to send story ideas (a
 * round 75 page written after a BBC News brief kept the first). */
static const spec bbc_local_calls = {
    .page = "bbc-local-calls.html",
    .title = "Swans stop traffic on city ring road",
    .body = {"Drivers waited for about twenty minutes while two police officers guided the birds "
             "back towards the water.",
             "A spokesperson for the canal trust said the swans had nested near the lock for three "
             "years and usually kept to the towpath."},
    /* (the call's shorter form too, a round 80 page's) */
    .chrome = {"BBC Sounds", "Send your story ideas", "East Yorkshire on BBC"},
};

/* A box that opens with a sponsor's line on a block of its own, over an
 * offer and no paragraph, is an ad; a widget's "Something went wrong. Wait
 * a moment and try again." is no text (a round 74 page written after
 * Quora kept both). */
static const spec sponsored_box = {
    .page = "sponsored-box.html",
    .title = "Why do cats knead blankets?",
    .body = {"Kneading starts in kittens, who press on their mother's belly to make the milk flow "
             "while they feed.",
             "Some cats also knead to mark a spot as theirs, since there are scent glands in the "
             "pads of their paws."},
    .chrome = {"Brightline Tutors", "Learn Spanish", "first week is free", "Something went wrong"},
};

/* A list of a few lines right under the headline is the story's points,
 * kept; a box's label set in a block named a headline and closed by a
 * colon ("Share or comment on this article:") is no headline, which the
 * parts between it and the body would follow (a round 75 page written
 * after the Daily Mail, which lost its bullets and its byline: a page of
 * mine did not reproduce it). */
static const spec points_under_headline = {
    .page = "points-under-headline.html",
    .title = "Seal pup found sunbathing in Norfolk vicarage garden two miles from the sea - after "
             "'following flooded drain inland during storms'",
    .text = {"The grey seal pup was spotted on the lawn by a churchwarden on Monday morning",
             "It has been nicknamed 'Vicar' by villagers and is now recovering at a sanctuary",
             "HARRIET COLEBROOK"},
    .body =
        {"A seal pup has been found sunbathing in a vicarage garden more than two miles from the "
         "sea, leaving churchgoers in a Norfolk village rubbing their eyes in disbelief."},
    .chrome = {"Share or comment"},
};

/* A call to register "for FREE unlimited access to" the site between the
 * story's paragraphs, and Forbes' line under a contributor's byline
 * ("Forbes contributors publish independent expert analyses and
 * insights."), are the site's (round 75 pages written after Reuters and
 * Forbes kept them). */
static const spec register_and_contributor_lines = {
    .page = "register-and-contributor-lines.html",
    .title = "Port strike halts grain exports for a third day",
    .body =
        {"Dock workers at the country's largest grain port stayed off the job for a third day on "
         "Wednesday, leaving more than forty ships waiting at anchor.",
         "Traders said wheat prices in the region rose about 2% on the news, as buyers looked "
         "for cargoes from other ports."},
    .chrome = {"unlimited access", "independent expert analyses"},
};

/* A named anchor, a target with no address, is no link: a legal text's
 * bold "<a name=dieu_1><b>Điều 1. ...</b></a>" lines are its headings, not
 * paragraphs of links left out (a round 76 page written after
 * thuvienphapluat.vn lost every article's heading). */
static const spec named_anchor_heading = {
    .page = "named-anchor-heading.html",
    .title = "Quyết định ban hành quy định phân loại chất thải rắn sinh hoạt tại nguồn",
    .headings = {{2, "Điều 1. Phạm vi điều chỉnh"},
                 {2, "Điều 2. Đối tượng áp dụng"},
                 {2, "Điều 3. Hiệu lực thi hành"}},
    .body = {"Quyết định này có hiệu lực kể từ ngày ký ban hành. Chánh Văn phòng Ủy ban nhân dân "
             "tỉnh chịu trách nhiệm thi hành."},
};

/* A headline's number in a span of its own keeps the space the span ends
 * with ("<span class=section-number>12. </span>Working with ..."): a line
 * is spaced from the next by the white space at its end, however deep (a
 * round 76 page written after the Python docs gave "12.Working"). */
static const spec title_number_span = {
    .page = "title-number-span.html",
    .title = "12. Working with Dates and Times",
    .body = {"This chapter shows the classes you will use most often, and how to print a date in "
             "the form your readers expect."},
};

/* Wikipedia's tagline in Vietnamese, "Bách khoa toàn thư mở Wikipedia", is
 * the site's, as the English one is (a round 76 page written after
 * vi.wikipedia.org kept it). */
static const spec wiki_tagline_vi = {
    .page = "wiki-tagline-vi.html",
    .title = "Hồ Núi Cốc",
    .body = {"Hồ có diện tích mặt nước khoảng 25 km² và là điểm du lịch nổi tiếng gắn với truyền "
             "thuyết nàng Công và chàng Cốc."},
    .chrome = {"Bách khoa toàn thư mở"},
};

/* "Empfehlungen aus der Redaktion" heads the editors' picks after a German
 * story, in a named anchor: no longer read as a link, it goes as a label
 * (bike-magazin.de in the corpus kept it once named anchors were none). */
static const spec editors_picks_label = {
    .page = "editors-picks-label.html",
    .title = "Neue Regeln für Leihräder in der Innenstadt",
    .body = {"Radverbände begrüßen die Pläne, fordern aber mehr Abstellflächen in den Wohnvierteln "
             "am Stadtrand."},
    .chrome = {"Empfehlungen aus der Redaktion", "Alpenpässe"},
};

/* A line after the picture that closes on its photographer, as papers in
 * Japanese ("＝2024年3月8日、高知県、佐藤健一撮影") and Chinese ("新华社记者
 * 丁磊 摄") close a caption, is the caption; the Asahi's "写真・図版" link
 * to the picture's page is its button (a round 76 page written after the
 * Asahi lost both its pictures, their captions read as paragraphs). */
static const spec caption_shot_by = {
    .page = "caption-shot-by.html",
    .title = "山あいの町、給食の食材9割が地元産に",
    .captions =
        {"町内の農家から届いた野菜を確認する栄養士＝2024年3月8日、高知県安芸川町、佐藤健一撮影"},
    .body = {"町は来年度、地元の米を使ったパンの試作にも取り組む予定だ。"},
    .chrome = {"写真・図版"},
};

static const spec caption_shot_by_zh = {
    .page = "caption-shot-by-zh.html",
    .title = "新疆棉区进入春播高峰",
    .captions = {"4月15日，农民在新疆尉犁县的棉田里操作播种机播种。新华社记者 丁磊 摄"},
    .body = {"　　技术人员深入田间地头，指导农民调试机具、检查墒情，确保播种质量。"},
};

/* A box under a line opening "Why you can trust ..." tells the newsroom's
 * standards, and the button so named beside the byline points to it; "END
 * OF ARTICLE" marks the story's end (round 76 pages written after the
 * South China Morning Post and the Times of India kept them). */
static const spec trust_box = {
    .page = "trust-box.html",
    .title = "Ferry operators seek first fare rise in five years",
    .body = {"The transport department said it would assess the applications against the "
             "operators' accounts and passenger numbers.",
             "A decision is expected before the end of the year."},
    .chrome = {"Why you can trust", "editorial guidelines", "Learn more about our standards",
               "END OF ARTICLE"},
};

/* A gallery's count of pictures alone on the picture's link to it ("6
 * fotografií") is the picture's button, no text of the story (round 12 and
 * 77 pages written after iDNES kept it and lost the caption beside it). */
static const spec photo_count_button = {
    .page = "photo-count-button.html",
    .title = "Oprava mostu přes Vltavu se protáhne do jara",
    .captions = {"Práce na mostě přes Vltavu v Praze (11. října 2024)"},
    .body = {"Řidiči tak budou muset počítat s omezením v jednom jízdním pruhu nejméně do března."},
    .chrome = {"6 fotografií"},
};

/* Calls to readers closing a box or the story: ProPublica's callout for
 * their stories ("... Share your story with us."), El Espectador's "... Te
 * invitamos a verlas en El Espectador.", Prothom Alo's call to follow it on
 * Google News (round 77 pages kept them). */
static const spec reader_call_box = {
    .page = "reader-call-box.html",
    .title = "Hospitals sue thousands of patients over unpaid bills",
    .body = {"Two of the hospitals said they would review their practices and pause new lawsuits "
             "while they did so."},
    .chrome = {"Have You Been Sued", "Share your story with us"},
};

static const spec closing_call_es = {
    .page = "closing-call-es.html",
    .title = "El humedal de Tibabuyes recibe aves migratorias",
    .body =
        {"Los voluntarios que hacen el conteo dicen que la limpieza de los canales ha devuelto el "
         "agua a zonas que estaban secas hace dos años."},
    .chrome = {"Te invitamos a verlas"},
};

static const spec closing_call_bn = {
    .page = "closing-call-bn.html",
    .title = "খাল ভাসমান বর্জ্যে ভরে গেছে",
    .body = {"সিটি করপোরেশন জানিয়েছে, আগামী সপ্তাহ থেকে খাল পরিষ্কারের কাজ শুরু হবে এবং নিয়মিত তদারকি "
             "করা হবে।"},
    .chrome = {"গুগল নিউজ চ্যানেল"},
};

/* Lao Động's line closing a price story, "*Xem thêm tin tức liên quan đến
 * giá vàng TẠI ĐÂY.", points to other stories (a round 77 page kept it). */
static const spec vn_more_news_line = {
    .page = "vn-more-news-line.html",
    .title = "Giá vàng hôm nay tăng mạnh phiên đầu tuần",
    .body = {"Các chuyên gia cho rằng giá vàng có thể còn biến động mạnh trong tuần này khi thị "
             "trường chờ quyết định lãi suất của Mỹ."},
    /* (and 24h's button showing the source's address, "Nguồn: [Link
     * nguồn]", a round 77 page) */
    .chrome = {"Xem thêm tin tức", "Link nguồn"},
};

/* A row of the page's tools after the date, "In bài", "Gửi email" and a
 * link to the comments saying their heading, "Bình luận", is the site's;
 * the date stays the article's (QĐND's post-subinfo, a round 76 page). */
static const spec vn_date_tools_row = {
    .page = "vn-date-tools-row.html",
    .title = "Khánh thành cầu treo mới ở bản Pà Cò",
    .lead = "Chiếc cầu treo dài 80 mét giúp hơn 200 hộ dân bản Pà Cò qua suối an toàn trong mùa "
            "mưa lũ.",
    .date = "2024-11-12T07:15:00+07:00",
    .body = {"Sáng 11/11, chính quyền xã cùng người dân bản Pà Cò tổ chức lễ khánh thành cây cầu "
             "treo mới bắc qua con suối lớn đầu bản."},
    .chrome = {"In bài", "Gửi email", "Bình luận"},
};

/* A box of a share's quote its class names (CafeF's "box-stock-detail"
 * over the story, a round 76 page) is the site's; a table of figures in
 * the story stays. */
static const spec vn_stock_quote_box = {
    .page = "vn-stock-quote-box.html",
    .title = "Cổ phiếu ngành cảng biển hút dòng tiền",
    .lead = "Lượng hàng qua cảng tăng mạnh trong quý III giúp nhóm cổ phiếu cảng biển thu hút dòng "
            "tiền trở lại.",
    .body =
        {"Phiên giao dịch hôm qua, nhiều mã cổ phiếu cảng biển tăng giá mạnh với thanh khoản cao "
         "hơn mức bình quân 20 phiên.",
         "Giới phân tích cho rằng nhóm cổ phiếu này còn dư địa tăng khi hoạt động xuất nhập khẩu "
         "phục hồi vào cuối năm."},
    .text = {"HAX", "18.900", "+1,10%"},
    /* (and a label over the story's address to copy, CafeBiz's "Copy
     * link https://...", a round 78 page) */
    .chrome = {"Khối lượng", "Cao nhất", "Hồ sơ doanh nghiệp", "+1.200", "Copy link", "baomau.vn"},
};

/* A button's icon under a picture ("<a href=big.jpg><img src=magnify.gif>
 * Enlarge</a>", a row of the picture's table) is no second picture: the
 * table is the picture with its caption (Tuổi Trẻ's 2010 "Phóng to", a
 * round 78 page; the table was dropped as a box of pictures). */
static const spec zoom_button_under_picture = {
    .page = "zoom-button-under-picture.html",
    .title = "Harbour ferry returns after repairs",
    .lead = "The island's only passenger ferry went back into service on Monday after six weeks in "
            "dry dock.",
    .captions = {"The ferry leaves the north pier on its first crossing since August."},
    .body = {"Crews replaced both engines and repainted the hull, the operator said, and the boat "
             "passed its safety inspection last week."},
    /* (and the calls Indian sites close a story with, "Click for more
     * trending news" and one to join them on WhatsApp: round 79 pages) */
    .chrome = {"Enlarge", "island news", "on WhatsApp", "home page for more news", "Sail-it"},
};

/* A line mostly a link and ending on an arrow points to another page
 * (24h's "<a>Bảng xếp hạng V-League 2012</a> <b>Bấm xem >></b>", a round
 * 78 page); a line closing a linked title in guillemets stays. */
static const spec arrow_pointer_line = {
    .page = "arrow-pointer-line.html",
    .title = "Le club local remporte la coupe régionale",
    .body = {"Le capitaine a marqué le but de la victoire à dix minutes de la fin, d'une frappe "
             "puissante depuis l'entrée de la surface.",
             "Notre reportage de la demi-finale : «Une qualification arrachée aux tirs au but»"},
    .chrome = {"Classement complet", "Cliquez ici"},
};

/* An h2 named "subheader" under the headline is its subline, the lead
 * (the Boston Globe's, a round 78 page, and Panamá América's p.subheader
 * in the corpus): "header" in its name makes no masthead of it. */
static const spec subheader_lead = {
    .page = "subheader-lead.html",
    .title = "City pools open two weeks early this summer",
    .lead = "A warm spring and a finished repair program let the parks department open all nine "
            "pools on June 1.",
    .byline = "By Dana Whitfield",
    .body =
        {"Lifeguard hiring is also ahead of last year's pace, with 140 guards already certified, "
         "officials said."},
    /* (and a call to hear the paper's podcast closing the story, the Irish
     * Times', another round 78 page) */
    .chrome = {"City Desk podcast"},
};

/* A note of the print issue that carried the story, opening its line
 * ("This story appears in the May 2024 issue of ..."), goes; the section
 * it closes, short enough to be looked through for it, stays (National
 * Geographic's, a round 78 page). */
static const spec print_note_in_section = {
    .page = "print-note-in-section.html",
    .title = "The beekeepers of the high desert",
    .body = {"The honey they bring down in autumn is dark and bitter, and the cooperative sells "
             "every jar before the first frost."},
    /* (and a weekly's box of the issue after the story, the Economist's,
     * a round 79 page) */
    .chrome = {"This story appears", "May 2024 edition", "list of contents"},
};

/* A gallery of slides, each a picture over a block its class names a
 * caption, is the story's pictures, whatever share of its text a link to
 * the whole gallery has; the slide's counter ("1 / 2") is no part of the
 * caption (Hürriyet's inline galleries, a round 76 page, lost one). */
static const spec slide_gallery_captions = {
    .page = "slide-gallery-captions.html",
    .title = "Ankara'da ilk kar yağışı",
    .captions = {"Kızılay Meydanı'nda yayalar.", "Anıtkabir karla kaplandı."},
    .body = {"Meteoroloji, yağışın hafta sonuna kadar aralıklarla devam etmesini bekliyor ve "
             "sürücüleri buzlanmaya karşı uyarıyor."},
    .chrome = {"1 / 2", "2 / 2"},
};

/* A box its class names a caption around the picture and its line
 * ("<span class=custom-caption><img><span>...</span></span>", the Indian
 * Express's, a round 79 page) is the picture with its caption, a lazy
 * picture's copy for pages without scripts in it too. */
static const spec caption_box_around_picture = {
    .page = "caption-box-around-picture.html",
    .title = "Why the new price index matters",
    .captions = {"Vegetables make up a large share of what households spend each month.",
                 "Spending on phones and data has risen sharply in ten years."},
    .body =
        {"The new series is expected next year, after a survey of household spending that ended "
         "in the spring."},
};

/* A subline opening the article's body, in the section after the header
 * that holds the headline, is the lead (JoongAng's "div.ab_sub_heading >
 * h2" at the top of section.article_body, a round 79 page); the body's
 * sub-headings named "ab_sub_title" stay headings. */
static const spec subline_after_header = {
    .page = "subline-after-header.html",
    .title = "지하철 심야 운행 한 시간 연장",
    .lead = "다음 달부터 1·2호선 막차 새벽 1시까지…주말은 제외",
    .body = {"시민들은 대체로 환영하는 분위기지만, 일부에서는 노동자의 근무 시간이 늘어난다는 "
             "우려도 나온다."},
    .headings = {{3, "시민 반응은 엇갈려"}},
};

/* A block that is mostly a quotation, between two of the article's blocks,
 * is the article's too (Squarespace's quote-block between its html-blocks,
 * a round 43 page: its blockquote and the speaker's line were lost). */
static const spec quote_block_between = {
    .page = "quote-block-between.html",
    .title = "The new library garden opens",
    .body = {"“We wanted a place where people could read outside without buying anything.”",
             "— Maria Lopez, head librarian",
             "The garden will be open during library hours from April to October, and the "
             "children's story time will move outdoors on Wednesdays when the weather allows."},
};

/* A list of links nested in a list item, under the words that introduce
 * it ("In progress:"), is what the item lists (Firefox's "These Weeks in
 * Firefox" in the Readability pages lost its bugs this way). */
static const spec item_list_of_links = {
    .page = "item-list-of-links.html",
    .title = "These weeks in the editor: issue 12",
    .headings = {{3, "Spell checking"}},
    .text = {"Bug 4411 – Suggestions menu opens off screen on small windows",
             "Bug 4420 – Add a setting for the dictionary's language per document"},
    .body =
        {"Thanks to everyone who tested the nightly builds and sent us their reports; keep them "
         "coming."},
};

/* The F.A.Z.'s kicker inside its headline, "atc-HeadlineEmphasis" before
 * the colon, is no part of the title (a round 80 page). */
static const spec headline_emphasis_kicker = {
    .page = "headline-emphasis-kicker.html",
    .title = "Warum die Fernwärme teurer wird",
    /* (and a gallery's label over its slides, Spiegel's "Fotostrecke", a
     * round 82 page) */
    .captions = {"Das Heizkraftwerk der Stadtwerke im Süden der Stadt"},
    .chrome = {"Fotostrecke"},
    .body =
        {"Die Stadtwerke erhöhen zum Jahreswechsel den Preis für Fernwärme um zwölf Prozent, wie "
         "das Unternehmen am Dienstag mitteilte."},
};

/* A label ending the post's row of metadata after a bar and no-break
 * spaces ("Ana Costa&nbsp;|&nbsp;<a>Suggest Changes</a>", Hugo's PaperMod
 * theme), and the ABC's "Loading Twitter content" where a script puts the
 * post, are the site's (round 80 pages). */
static const spec meta_row_suggest_changes = {
    .page = "meta-row-suggest-changes.html",
    .title = "Moving my notes to plain text",
    .body =
        {"The only thing I miss is drawing, which I now do on paper and photograph when I need it "
         "in a note."},
    /* (and Yahoo's "Story continues" under an ad, a round 82 page) */
    .chrome = {"Suggest Changes", "Loading Twitter", "Story continues"},
};

/* The last of a <title>'s parts closing on a name in brackets is the
 * site's ("Original Work [Archive of Our Own]"), no headline of one part:
 * the work's title over its chapter is (AO3, a round 76 page).  Its byline
 * set as a heading ("h3.byline.heading") is the byline, and its heading
 * for screen readers only ("h3.landmark", "Chapter Text") no sub-heading. */
static const spec bracketed_site_title = {
    .page = "bracketed-site-title.html",
    .title = "The Lighthouse Year",
    .byline = "inkwell",
    .body =
        {"Outside, the fog had come in again, thick enough that the beam from the tower seemed to "
         "stop a few yards past the rocks."},
    .chrome = {"Archive of Our Own"},
};

/* A box named "box-info" holding a list and no link, between the story's
 * paragraphs, is a fact box of it, no row of its metadata (Tuổi Trẻ's
 * fares, a round 81 page). */
static const spec vn_fact_list_box = {
    .page = "vn-fact-list-box.html",
    .title = "Mở tuyến xe buýt điện ra sân bay",
    .lead = "Từ đầu tháng tới, hành khách có thể đi xe buýt điện từ trung tâm thành phố ra sân bay "
            "với giá vé chỉ từ 5.000 đồng.",
    .text = {"Chặng dưới 10km: 5.000 đồng/lượt", "Chặng từ 10km trở lên: 7.000 đồng/lượt"},
    .body = {"Giá vé được tính theo chặng, thấp hơn nhiều so với taxi hay xe công nghệ, vốn thường "
             "phải chờ lâu vào giờ cao điểm."},
};

/* A figure is no row of metadata, whatever its name says ("figure.thumb
 * .show-info-icon", Fandom's pictures in a wiki article, a round 81 page:
 * "info" in the name took them with their captions). */
static const spec wiki_thumb_info_icon = {
    .page = "wiki-thumb-info-icon.html",
    .title = "Old Harbour Bridge",
    .captions = {"The bridge by day, from the north bank",
                 "The bridge at dusk, seen from the fish market"},
    /* (and the captioned picture of its infobox, whose rows of facts go:
     * "aside.portable-infobox", another round 81 page's) */
    .chrome = {"East Riverton", "Year 212"},
    .headings = {{2, "History"}},
    .body =
        {"In the second chapter the player must cross it at night to reach the lighthouse before "
         "the tide comes in."},
};

/* An aside its name calls the story's facts, few links in it, is the
 * story's (Dagens Nyheter's "aside.factbox", "Fakta. ..." over a list, a
 * round 81 page); the page's sidebar aside stays out. */
static const spec fact_box_aside = {
    .page = "fact-box-aside.html",
    .title = "Gammal kvarn blir kulturhus",
    .headings = {{3, "Fakta. Kvarnen"}},
    .text = {"Byggd 1874 av bönderna i byn, i drift till 1962.",
             "Kulturhuset öppnar i maj med en utställning om kvarnens historia."},
    .body = {"Föreningen som ska driva huset letar nu efter volontärer till kaféet och till "
             "guidningarna på sommaren."},
    .chrome = {"Mest läst", "sommarvärme"},
};

/* RIA Novosti's "article__second-title" under the headline is its subline,
 * the lead (a round 81 page). */
static const spec second_title_lead = {
    .page = "second-title-lead.html",
    .title = "В Карелии открыли новый маршрут для туристов",
    .lead = "Тропа длиной двенадцать километров проходит вдоль озера и старых мельниц",
    .body = {"Пройти маршрут можно за четыре часа, вход для туристов бесплатный до конца сезона."},
};

/* A few notes in a block after the text, whose ids the text's note links
 * name ("<a href=#nb1>1</a>" and "<div id=nb1>", Le Monde diplomatique's
 * SPIP pages, a round 82 page), are the article's. */
static const spec notes_beside_text = {
    .page = "notes-beside-text.html",
    .title = "Les barrages et leurs concessions",
    .body = {"(1) Mise en demeure adressée à la France par la Commission en 2019.",
             "(2) Réponse du ministère à une question écrite, mars 2024."},
    .chrome = {"Soutenez-nous"},
};

/* A headline's block names its parts after it, BEM's way: its date
 * ("story-title__date") is none of its headlines, and the standfirst between
 * them is the lead. */
static const spec title_block_date = {
    .page = "title-block-date.html",
    .title = "Harbour ferry returns after winter refit",
    .lead = "The town's only car ferry is back on the water, two weeks later than planned.",
    .byline = "By Ann Ross",
    .captions = {"The Saltmarsh Queen at Pennick slipway on Monday."},
    .body =
        {"The Saltmarsh Queen left the dry dock at Pennick on Monday morning and made her first "
         "crossing of the season shortly after noon, carrying eleven cars and a delivery van.",
         "The refit replaced both engines and the loading ramp, work the operator had hoped to "
         "finish by the middle of February before a shortage of parts held it up.",
         "Passengers who had used the foot launch during the closure said the longer drive round "
         "the estuary had added almost an hour to their working day.",
         "The operator said timetables would return to normal from Wednesday, with the first "
         "sailing at seven."},
    .chrome = {"What's on", "Coastline Weekly Ltd", "Share on X",
               "Lifeboat crew called out twice in one night",
               "Ferry fares to rise by five per cent in April"},
};

/* A picture's box whose text is its credits, linked to the rights' page,
 * is the picture's; a box of its words alone that its name says is a
 * picture's title is the caption, and one whose words are all a credit's,
 * the credit (RIA Novosti's photo viewer). */
static const spec picture_title_caption = {
    .page = "picture-title-caption.html",
    .title = "В Казани открыли обновлённую набережную",
    .captions = {"Прогулочная зона на набережной озера Кабан"},
    .body =
        {"Набережную озера Кабан открыли после двух лет реконструкции, сообщили в мэрии Казани в "
         "субботу утром.",
         "На берегу высадили более трёхсот деревьев, построили велодорожку длиной четыре "
         "километра и летний амфитеатр на пятьсот мест.",
         "Работы обошлись городу в 1,2 миллиарда рублей, большую часть средств выделил "
         "федеральный бюджет.",
         "Жители уже предложили назвать амфитеатр в честь композитора Салиха Сайдашева, "
         "голосование пройдёт на портале мэрии."},
    .chrome = {"Купить фото", "В Ульяновске открыли детский технопарк"},
};

/* A 2013 table of the hero picture, a line under it, beside the sapo in a
 * cell a class names: the picture with its caption, and the lead. */
static const spec sapo_cell_beside_picture = {
    .page = "sapo-cell-beside-picture.html",
    .title = "Hà Tĩnh: Ngư dân trúng đậm cá cơm đầu vụ",
    .lead = "Chỉ sau một đêm ra khơi, nhiều tàu thuyền của ngư dân huyện Lộc Hà đã cập bến với "
            "hàng tấn cá cơm, mang về thu nhập hàng chục triệu đồng.",
    .captions = {"Ngư dân xã Thạch Kim phơi cá cơm trên bãi biển."},
    .body =
        {"Sáng 14/4, tại cảng cá Thạch Kim, không khí mua bán diễn ra tấp nập từ lúc trời còn "
         "chưa sáng. Các thương lái đã đợi sẵn để thu mua cá ngay khi thuyền cập bờ.",
         "Anh Nguyễn Văn Hải, chủ một tàu đánh cá, cho biết chuyến biển đêm qua anh thu được gần "
         "3 tấn cá cơm, bán với giá 12.000 đồng mỗi ký.",
         "Theo Phòng Nông nghiệp huyện Lộc Hà, vụ cá cơm năm nay đến sớm hơn mọi năm khoảng hai "
         "tuần, sản lượng dự kiến tăng 20% so với năm trước."},
    .chrome = {"Quảng Bình đón 50.000 lượt khách dịp lễ", "Giá vàng hôm nay tăng mạnh"},
};

/* A share bar's label named after a headline ("box-shareHeadline" saying
 * "Social Sharing") after the h1 in its header is no headline, so the deck
 * between them is the lead; a label for screen readers alone on its line
 * over a section's paragraphs ("Article content") is none of them. */
static const spec share_label_after_headline = {
    .page = "share-label-after-headline.html",
    .title = "Library extends Sunday hours at four branches",
    .lead = "Branches in the north end will stay open until 8 p.m. from January",
    .captions =
        {"The Millbrook branch reading room on a Sunday afternoon. (Lena Park/Prairie News)"},
    .body =
        {"The city's library board voted on Wednesday to keep four branches open later on "
         "Sundays, after a pilot project drew more visitors than expected.",
         "From January, the Millbrook, Westgate, Riverbend and Oak Hollow branches will close at "
         "8 p.m. on Sundays instead of 5 p.m.",
         "The change will cost about $180,000 a year, mostly in staff hours, the board's report "
         "says.",
         "Branch staff counted almost 2,000 extra visits during the three-month pilot, many of "
         "them students."},
    .chrome = {"Social Sharing", "Article content", "Prairie News 2024"},
};

/* A cover picture above the headline whose caption the page sets in a box
 * of its own after the headline's and the standfirst's (the Guardian's
 * grid areas): one figure, the caption its own. */
static const spec cover_caption_after_standfirst = {
    .page = "cover-caption-after-standfirst.html",
    .title = "Otters return to the Tamar estuary after forty years",
    .lead = "Volunteers counting spraints along the river have found signs of at least three "
            "families",
    .captions = {"An otter on the rocks below Cotehele quay."},
    .body =
        {"Otters have returned to the lower Tamar for the first time since the early 1980s, "
         "according to a survey by a wildlife trust and a group of volunteers.",
         "The survey found droppings and tracks at eleven places between Calstock and Saltash, "
         "and a camera trap filmed a female with two cubs in March.",
         "Otters vanished from much of southern England in the 1960s and 1970s, when pesticides "
         "washed into rivers poisoned the fish they ate.",
         "The trust says cleaner water and the restoration of reed beds along the banks have "
         "made the estuary a place they can live again."},
    .chrome = {"Explore more on these topics", "The Coast Review"},
};

/* Readers' comments under the story in its own box, headed "Réactions des
 * lecteurs", go with their heading. */
static const spec readers_reactions = {
    .page = "readers-reactions.html",
    .title = "Annecy : la piste cyclable du lac fermée pour travaux",
    .body =
        {"La voie verte qui longe la rive ouest du lac sera fermée entre Sévrier et Duingt à "
         "partir du 2 avril, pour six semaines de travaux.",
         "Le Département doit remplacer le revêtement sur trois kilomètres et élargir la piste à "
         "l'entrée de Saint-Jorioz, où les croisements sont dangereux.",
         "Une déviation sera balisée par la route départementale, avec une vitesse abaissée à "
         "50 km/h pour les voitures.",
         "Les travaux doivent être terminés avant le début de la saison touristique, assure le "
         "service des routes."},
    .chrome = {"Réactions des lecteurs", "velo74",
               "Il était temps, la piste était devenue impraticable après Saint-Jorioz."},
};

/* A weekly's note of the issue a story is taken from, closing it ("This
 * article is taken from the 8 March 2025 issue of ..."), goes. */
static const spec issue_note_taken_from = {
    .page = "issue-note-taken-from.html",
    .title = "Why the branch lines deserve a second look",
    .body =
        {"Sixty years after the cuts, the lines that survived carry more passengers than at any "
         "time since the war, and the ones that closed are being asked for back.",
         "Councils in the north have drawn up plans to reopen eleven stations, most of them on "
         "track that still carries freight twice a week.",
         "The sums are not small, but nor are the costs of the traffic on the roads that "
         "replaced the trains, and the Treasury has started to notice."},
    .chrome = {"This article is taken from the 8 March 2025 issue"},
};

/* A picture opening a paragraph, a line of its caption after a break and
 * its credit on a line of its own after another ("<p><img><br>Caption.<br>
 * Photo: Name"): the picture's caption and credit. */
static const spec line_caption_credit_line = {
    .page = "line-caption-credit-line.html",
    .title = "Ferry fares to rise in July",
    .captions = {"Passengers board a ferry at the Budai pier in Chiayi County yesterday."},
    .body =
        {"Ferry fares between the main island and its outlying islands are to rise by an average "
         "of 8 percent from July 1, the transport ministry said yesterday.",
         "The ministry said fuel and crew costs had risen by almost a third since the fares were "
         "last set in 2019.",
         "Residents of the outlying islands will keep their 50 percent discount, it said."},
    .chrome = {"All rights reserved"},
};

/* An opinion page's author box, its link to the author's other posts, and
 * the note that the post is the author's own view, are the site's. */
static const spec opinion_disclaimer_follow = {
    .page = "opinion-disclaimer-follow.html",
    .title = "Đừng vội nhảy việc khi chưa có kế hoạch",
    .lead = "Nhiều bạn trẻ nghỉ việc chỉ sau vài tháng, nhưng ít ai tính trước mình sẽ làm gì tiếp "
            "theo.",
    .body =
        {"Tuần trước, một ứng viên 26 tuổi đến phỏng vấn với bản hồ sơ ghi năm công ty trong ba "
         "năm, mỗi nơi chưa đầy tám tháng.",
         "Khi được hỏi vì sao nghỉ, câu trả lời lần nào cũng là môi trường không phù hợp, nhưng "
         "em không kể được mình đã thử thay đổi điều gì.",
         "Nhảy việc không xấu. Xấu là nhảy việc mà không biết mình muốn đi đâu, để rồi lần sau "
         "lại gặp đúng những điều đã khiến mình bỏ đi."},
    .chrome = {"Xem tất cả bài viết của tác giả", "góc nhìn cá nhân của tác giả",
               "Theo dõi Báo Phương Nam"},
};

/* A pointer in brackets to another story ("(Lea además: ...)") and a call
 * to follow the paper on Google News, among the paragraphs, are the
 * site's. */
static const spec es_pointer_follow = {
    .page = "es-pointer-follow.html",
    .title = "Cortes de agua en cinco alcaldías este fin de semana",
    .body =
        {"El sistema de aguas de la ciudad suspenderá el suministro desde el viernes a las 22:00 "
         "horas por trabajos de mantenimiento en una línea de conducción.",
         "Las colonias afectadas recibirán el servicio de forma gradual a partir del domingo por "
         "la tarde, informó el organismo en un comunicado.",
         "Las autoridades recomendaron almacenar agua en recipientes limpios y tapados y evitar "
         "el desperdicio durante los días previos."},
    .chrome = {"Lea además", "Sigue a Diario del Valle"},
};

/* A kicker in the h1 that a class names "overhead" (Focus Online's) is no
 * part of the headline. */
static const spec overhead_kicker = {
    .page = "overhead-kicker.html",
    .title = "Wärmepumpe im Altbau: Wann sich der Umstieg wirklich lohnt",
    .body =
        {"Viele Eigentümer älterer Häuser fragen sich, ob eine Wärmepumpe bei ihnen überhaupt "
         "effizient arbeiten kann.",
         "Entscheidend ist weniger das Baujahr als die Vorlauftemperatur, die das Haus an kalten "
         "Tagen braucht.",
         "Liegt sie unter 55 Grad, arbeitet eine Luft-Wasser-Wärmepumpe nach Angaben von "
         "Energieberatern meist wirtschaftlich."},
};

/* A German paper's boxes and notes around the story: the player's "Artikel
 * hören", a newsletter's plug among the paragraphs, a shop link's note of
 * the commission and a box asking for mistakes by mail. */
static const spec de_boxes_words = {
    .page = "de-boxes-words.html",
    .title = "Neue Radwege am Osterdeich",
    .body = {"Die Stadt baut bis zum Herbst zwei Kilometer geschützte Radwege entlang des "
             "Osterdeichs, teilte das Verkehrsressort am Montag mit.",
             "Für die Arbeiten wird die Fahrbahn stadteinwärts ab April auf eine Spur verengt, "
             "Busse fahren eine Umleitung über die Humboldtstraße.",
             "Anwohner hatten sich seit Jahren über zu schmale Wege und zugeparkte "
             "Fahrradstreifen beschwert.",
             "Das Projekt kostet rund 4,5 Millionen Euro, zwei Drittel davon trägt der Bund."},
    .chrome = {"Artikel hören", "Newsletter informiert", "eine Provision", "Fehler auf",
               "eine Mail an"},
};

/* A picture's credit in a block a class names in Spanish ("credito_foto"),
 * before its caption ("pie_foto"): the picture keeps both. */
static const spec credito_before_caption = {
    .page = "credito-before-caption.html",
    .title = "Lluvias obligan a cerrar dos pasos fronterizos",
    .captions = {"Camiones detenidos en la ruta al paso Los Libertadores el sábado por la mañana."},
    .body =
        {"Las autoridades cerraron el sábado los pasos Los Libertadores y Pehuenche por las "
         "lluvias y la nieve acumulada en la cordillera.",
         "Más de 400 camiones esperaban en la ruta 60 a que se reabriera el tránsito, según la "
         "Dirección de Vialidad.",
         "El servicio meteorológico anunció que el frente frontal se debilitará el lunes, cuando "
         "se evaluará la reapertura."},
};

/* A headline set as an h2 linked to its own page, in a box named a header
 * with the excerpt under it (Dawn's "h2.story__title > a" and
 * "div.story__excerpt"): the box is the article's, the excerpt its lead. */
static const spec linked_h2_headline_excerpt = {
    .page = "linked-h2-headline-excerpt.html",
    .title = "Cotton arrivals fall 12pc as rains delay picking",
    .lead = "Ginners say the late monsoon has pushed the peak of the season into November, "
            "squeezing mills already short of lint.",
    .body =
        {"MULTAN: Cotton arrivals at ginning factories fell 12 per cent to 2.1 million bales by "
         "the end of September, the ginners' association said on Tuesday.",
         "Heavy rains in southern Punjab in the first half of September kept pickers out of the "
         "fields for almost two weeks, the association's chairman said.",
         "Mills have turned to imported lint to cover the gap, adding to pressure on the rupee, "
         "traders said.",
         "Exporters of yarn and cloth have warned that a smaller crop would raise their costs "
         "just as orders from Europe are picking up after a slow summer, and have asked the "
         "government to cut the duty on imported cotton.",
         "Farmers in Sindh, where picking starts earlier, have fared better: arrivals there rose "
         "4 per cent, helped by prices that are higher than last year, the association's figures "
         "show.",
         "The agriculture ministry has put this year's crop at 7.5 million bales, against 8.4 "
         "million last year, citing the rains, a heatwave in May and a smaller sown area.",
         "The association expects arrivals to recover in October if the weather stays dry."},
    .captions = {"Labourers unload cotton at a ginning factory in Multan. — Reuters/File"},
    .chrome = {"WhatsApp", "Copyright"},
};

/* A newsletter's call closing the story's last block of paragraphs goes,
 * the paragraphs before it in that block stay (9News's "div.block-content
 * > div.text--article"). */
static const spec story_block_closing_call = {
    .page = "story-block-closing-call.html",
    .title = "Ferry cancelled as swell hits the strait",
    .body =
        {"The morning ferry across the strait was cancelled today after a swell of more than six "
         "metres was recorded off the heads.",
         "Passengers booked on the sailing have been moved to the evening crossing, the operator "
         "said in a statement.",
         "Forecasters expect the swell to ease by the afternoon.",
         "Truck drivers said deliveries of fresh produce would be a day late."},
    .chrome = {"Sign up here"},
};

/* An obituary's closing line in italics, its subject's name, work and dates
 * ("• Name, music teacher, born ...; died ..."), is the story's, no author's
 * note. */
static const spec obituary_dates_line = {
    .page = "obituary-dates-line.html",
    .title = "Margaret Ellery obituary",
    .body =
        {"My mother, Margaret Ellery, who has died aged 91, taught music in primary schools across "
         "Cumbria for almost forty years and conducted the Kendal choral society until she was "
         "80.",
         "Born in Carlisle, the daughter of a railway clerk and a seamstress, she won a "
         "scholarship to the Royal Manchester College of Music, where she studied piano and "
         "singing.",
         "She married Tom Ellery, a vet, in 1958. He died in 2011. She is survived by her "
         "children, Anne and me, and four grandchildren.",
         "• Margaret Joan Ellery, music teacher and conductor, born 3 May 1933; died 14 January "
         "2025"},
};

/* Words reserving the rights ("© RIPRODUZIONE RISERVATA") are a notice
 * after a video's poster too, no picture's credit. */
static const spec rights_after_video = {
    .page = "rights-after-video.html",
    .title = "Il Parma rimonta e vince a Verona",
    .body =
        {"Il Parma ha vinto 2-1 al Bentegodi dopo essere andato sotto nel primo tempo, grazie ai "
         "gol di Benedetti e Carraro nella ripresa.",
         "Il Verona era passato in vantaggio al 18' con un colpo di testa su calcio d'angolo, poi "
         "aveva sfiorato il raddoppio con una traversa.",
         "Con questa vittoria il Parma sale al settimo posto in classifica, a due punti dalla "
         "zona europea."},
    .chrome = {"RIPRODUZIONE RISERVATA"},
};

/* A box named a video around a script's player is another story's teaser
 * with its title in a heading too (9News's "story__media--video" with
 * "h2.video-player__title" and its description under the player). */
static const spec video_teaser_heading = {
    .page = "video-teaser-heading.html",
    .title = "Bridge closed after barge strikes pylon",
    .body =
        {"The Riverside Bridge was closed in both directions this morning after a gravel barge "
         "struck one of its pylons just before 6am.",
         "Engineers were inspecting the structure and said the bridge would stay closed until at "
         "least tomorrow afternoon.",
         "The barge's two crew members were not hurt, and the river authority has opened an "
         "investigation into the collision.",
         "Commuters have been told to use the Harbour Tunnel or the western ring road, where "
         "delays of up to 40 minutes were reported."},
    .chrome = {"Barge hits bridge pylon", "Traffic was diverted", "Ferry delays"},
};

/* An element the page declares a picture (role="img") drawn as its
 * background is the picture, with the caption beside it (g1's
 * "div.progressive-img__background"). */
static const spec role_img_background = {
    .page = "role-img-background.html",
    .title = "Neve surpreende moradores da serra gaúcha",
    .captions = {"Telhados cobertos de neve em Cambará do Sul na manhã desta quinta-feira"},
    .body =
        {"Moradores de Cambará do Sul acordaram nesta quinta-feira com neve fraca sobre os "
         "telhados, a primeira do ano no estado.",
         "Segundo a meteorologia, a temperatura chegou a 2,1 °C negativos na madrugada, a menor "
         "registrada neste inverno.",
         "A previsão indica tempo seco e sol entre nuvens a partir de sexta-feira, com "
         "temperaturas em elevação."},
};

/* A call to download the paper's app for Android and iOS among the
 * paragraphs, and a subscription's note with its offer link, are the
 * site's. */
static const spec app_paywall_offer = {
    .page = "app-paywall-offer.html",
    .title = "Harbour dredging to start in March",
    .body =
        {"Dredging of the harbour's main channel will start in March and take about eight "
         "months, the port authority said on Tuesday.",
         "The work will deepen the channel to 16 metres so that larger container ships can berth "
         "without waiting for high tide.",
         "Fishing boats will be moved to a temporary jetty near the yacht club while the dredgers "
         "work near the quay."},
    .chrome = {"Mercury App", "w ramach subskrypcji", "Zobacz ofertę"},
};

/* A box among the paragraphs whose label names a newsletter in quotes
 * ("Newsletter « Climat et nous »", Le Monde's) is its sign-up. */
static const spec newsletter_named_label = {
    .page = "newsletter-named-label.html",
    .title = "Dans le Jura, les tourbières reprennent vie",
    .body =
        {"Dix ans après les premiers travaux de restauration, les tourbières du haut Jura "
         "retiennent à nouveau l'eau des pluies de printemps, selon le parc naturel régional.",
         "Les fossés creusés dans les années 1960 pour drainer les prairies ont été bouchés un à "
         "un par des pelleteuses légères, sur près de quarante hectares.",
         "Les sphaignes, ces mousses qui fabriquent la tourbe, ont recolonisé les zones les plus "
         "humides, et plusieurs espèces de libellules rares sont revenues.",
         "Le parc veut maintenant étendre les travaux à une dizaine d'autres sites d'ici à "
         "2030."},
    .chrome = {"Climat et nous", "Comment vivre avec le réchauffement", "S’inscrire"},
};

/* The block that ends a picture's box, a line of its caption and a line of
 * its credit ("foto: ..."), is its caption and credit (iDNES's
 * "div.fig-in-art > div.text"). */
static const spec caption_box_credit_line = {
    .page = "caption-box-credit-line.html",
    .title = "Brno otevřelo novou tramvajovou trať do Kampusu",
    .captions = {"První tramvaj na nové zastávce Kampus v sobotu ráno."},
    .body =
        {"Nová tramvajová trať z Bohunic do univerzitního kampusu začala v sobotu ráno vozit "
         "první cestující, po třech letech stavby.",
         "Trať je dlouhá 2,4 kilometru a má čtyři nové zastávky, tramvaje po ní pojedou ve špičce "
         "každých pět minut.",
         "Stavba stála 1,6 miliardy korun, většinu zaplatila Evropská unie z fondu soudržnosti.",
         "Dopravní podnik počítá s tím, že novou trať využije denně až dvacet tisíc lidí."},
};

/* A picture whose link goes to its gallery, holding its caption, its
 * credit and the gallery's count ("12 foto"), is the story's picture with
 * its caption (Corriere's "media-news" boxes). */
static const spec gallery_link_caption = {
    .page = "gallery-link-caption.html",
    .title = "Brescia, riapre il Capitolium dopo il restauro",
    .captions = {"Le celle del tempio con gli intonaci dipinti dopo la pulitura"},
    .body =
        {"Dopo due anni di lavori il tempio romano del Capitolium riapre al pubblico sabato, con "
         "un nuovo percorso di visita e le pareti dipinte restituite ai colori originali.",
         "Il restauro è costato 1,8 milioni di euro ed è stato finanziato in parte da una "
         "fondazione bancaria cittadina.",
         "Le visite saranno possibili dal martedì alla domenica, con ingressi ogni mezz'ora e un "
         "massimo di venti persone per gruppo."},
    .chrome = {"12 foto"},
};

/* The line an ad stands below ("Artikel wird nach der Anzeige
 * fortgesetzt") is the site's, every time; so is a call to support
 * independent journalism, in Slovak too. */
static const spec ad_continues_labels = {
    .page = "ad-continues-labels.html",
    .title = "Mainufer wird zur Fußgängerzone",
    .body =
        {"Das nördliche Mainufer zwischen Eisernem Steg und Untermainbrücke bleibt an allen "
         "Sommerwochenenden für Autos gesperrt, hat der Magistrat beschlossen.",
         "Der Versuch im vergangenen Jahr habe gezeigt, dass viele Menschen den Platz am Fluss "
         "nutzen, sagte die Verkehrsdezernentin.",
         "Anwohner in Sachsenhausen fürchten dagegen mehr Verkehr in ihren Straßen und haben eine "
         "Bürgerversammlung verlangt."},
    .chrome = {"nach der Anzeige fortgesetzt", "Podporte"},
};

/* A match's score box between the headline and the lead, its table and a
 * link to the match's page, is no lead (iDNES's "div.score-board"). */
static const spec score_box_not_lead = {
    .page = "score-box-not-lead.html",
    .title = "Sparta otočila derby a vede ligu",
    .body =
        {"Slavia vedla od 23. minuty po střele Mojmíra Chytila, který se prosadil z hranice "
         "pokutového území.",
         "Sparta srovnala po hodině hry, když Lukáš Haraslín zamířil přesně k tyči po přihrávce z "
         "pravé strany.",
         "Ve vápně pak v závěru nejlépe vyskočil Kuchta a hlavou poslal míč pod břevno."},
    .text = {"Fotbalisté Sparty otočili pražské derby"},
    .chrome = {"Podrobnosti zápasu"},
};

/* Lines after a break closing the last paragraph that point at other
 * stories (">> Xem thêm: <a>...</a><br>>> <a>...</a>", NLĐ's) are set apart
 * from it and go; the paragraph's sentence stays. */
static const spec pointer_lines_after_break = {
    .page = "pointer-lines-after-break.html",
    .title = "Hà Nội mở thêm 3 tuyến buýt điện kết nối khu công nghiệp",
    .lead = "Từ đầu tháng 6, ba tuyến xe buýt điện mới sẽ nối trung tâm thành phố với các khu công "
            "nghiệp phía Bắc.",
    .body =
        {"Theo Sở Giao thông vận tải, ba tuyến mới sẽ chạy từ bến xe Mỹ Đình đến khu công nghiệp "
         "Thăng Long, Quang Minh và Nội Bài, với tần suất 15 phút một chuyến.",
         "Giá vé lượt là 9.000 đồng, công nhân có thẻ của công đoàn được giảm một nửa khi mua vé "
         "tháng.",
         "Đơn vị vận hành cho biết sẽ bố trí thêm chuyến vào giờ tan ca buổi tối."},
    .chrome = {"Xem thêm", "Công nhân mong có thêm tuyến buýt", "Xe buýt điện chạy thử"},
};

/* A rights notice's first line alone ("Copyright NAME.") before the
 * paragraph reserving the rights is the notice's, not the story's. */
static const spec rights_notice_first_line = {
    .page = "rights-notice-first-line.html",
    .title = "Traders count losses after market fire in Kano",
    .body = {"Traders at the Sabon Gari market on Tuesday counted their losses after a fire that "
             "started late on Monday destroyed more than forty shops in the textile section.",
             "A spokesman for the market's traders' union said the association would meet the "
             "state government to ask for help for members who lost their stock."},
    .chrome = {"Copyright DAILY LEDGER.", "All rights reserved."},
};

/* "This story has been viewed N times." under the story is the site's
 * counter. */
static const spec story_viewed_line = {
    .page = "story-viewed-line.html",
    .title = "Water rates to rise four percent in July",
    .body = {"The corporation plans to replace about three hundred kilometers of pipes over the "
             "next five years, which it said would cut leaks by a third."},
    .chrome = {"This story has been viewed"},
};

/* A label heading a block of chrome ("Go deeper" over a link to an older
 * story) goes with the block, though the story's text is a list and the
 * label is most of the article's paragraph letters. */
static const spec go_deeper_label = {
    .page = "go-deeper-label.html",
    .title = "Towns race to map their lead pipes",
    .body = {"The big picture: Federal money covers part of the cost of digging, but towns say "
             "the survey itself is the hard part, since old maps are wrong or missing."},
    .chrome = {"Go deeper", "Utilities sue over pipe replacement rule"},
};

/* A box named a paywall that calls to subscribe (its headline, what
 * subscribers get, the price, the login) is the site's offer, not the
 * story's end. */
static const spec paywall_offer_box = {
    .page = "paywall-offer-box.html",
    .title = "Warum der Absatz von Solaranlagen einbricht",
    .body = {"Die Händler sehen die Schuld vor allem bei den gestiegenen Zinsen, die vielen "
             "Hausbesitzern die Finanzierung verteuert haben."},
    .chrome = {"Lesen Sie den ganzen Artikel", "Jederzeit kündbar", "Jetzt 4 Wochen",
               "bereits ein Abonnement"},
};

/* An h1 is the whole headline, though the page's address spells only the
 * part before its dash. */
static const spec title_h1_longer_than_slug = {
    .page = "title-h1-longer-than-slug.html",
    .title = "Experten testade 30 billiga kaffesorter – här är fynden",
    .body = {"Fem sorter fick fyra poäng eller mer, och två av dem kostar under fyrtio kronor."},
};

/* A lead in a div of text wrapped in a div of its name, before the body
 * (the Times of India's "artsyn" synopsis), is taken with the body. */
static const spec wrapped_synopsis = {
    .page = "wrapped-synopsis.html",
    .title = "City to add 400 e-buses by June: Minister",
    .lead = "About 150 of the buses have already been delivered and are on trial runs on feeder "
            "routes.",
    .body = {"The buses will be run by the maker under a gross cost contract, and the corporation "
             "will provide the conductors for each route."},
};

/* The masthead's line of today's date is not the article's dateline, though
 * the page was saved the day it was published (a tagDiv page, as round 90
 * wrote it). */
static const spec masthead_today_date = {
    .page = "masthead-today-date.html",
    .title = "Campagne arachidière 2024-2025 : le prix au producteur fixé à 305 FCFA le "
             "kilogramme",
    .dateline = "21 novembre 2024",
    .headings = {{3, "Une production estimée à plus de 1,5 million de tonnes"},
                 {3, "Des mesures contre les exportations massives de graines"}},
    .body = {"La campagne de commercialisation sera officiellement lancée le 2 décembre 2024 à "
             "Kaffrine. Les points de collecte agréés seront communiqués par les services "
             "régionaux du commerce."},
};

/* An agency's page: a heading right after the headline (a div) of a lead's
 * length is the lead; a caption closing on the words reserving the rights
 * is still the picture's caption; a box named premium that calls to
 * subscribe is the site's offer. */
static const spec agency_caption_notice = {
    .page = "agency-caption-notice.html",
    .title = "Garda, il lago torna a salire dopo due anni di siccità",
    .lead = "Superati i 120 centimetri sopra lo zero idrometrico, non accadeva dal 2021. Sollievo "
            "per pescatori e albergatori, ma gli agricoltori chiedono regole nuove sui prelievi",
    .captions = {"Il porto di Sirmione, dove le barche dei pescatori tornano ad attraccare alle "
                 "banchine - RIPRODUZIONE RISERVATA"},
    .body = {"Soddisfatti gli operatori turistici, che temevano un'altra stagione con le spiagge "
             "allungate e i pontili inutilizzabili."},
    .chrome = {"Ottieni il meglio", "Abbonati per leggere", "Scopri le offerte"},
};

/* A reporter's bio under the story closing on a link to their page ("More
 * about Name"): the link goes. */
static const spec author_bio_more_link = {
    .page = "author-bio-more-link.html",
    .title = "Audit Finds Nursing Homes Understaffed at Night",
    .body = {"The health department said it would ask the homes named in the report to file plans "
             "to hire more aides within ninety days."},
    .chrome = {"More about Rebecca Hale"},
};

/* A breadcrumb in the <article> that ends on the page's SEO title is not
 * the headline: the lead under the h2's title is still found. */
static const spec breadcrumb_seo_title = {
    .page = "breadcrumb-seo-title.html",
    .title = "Warum Leipzigs Mieten schneller steigen als die in München",
    .lead = "In keiner deutschen Großstadt sind die Angebotsmieten im vergangenen Jahr so stark "
            "gestiegen wie in Leipzig. Eine neue Auswertung zeigt, wer davon profitiert.",
    .body = {"Die Stadt will nun prüfen, ob sie weitere Gebiete unter Milieuschutz stellen kann."},
};

/* A definition list of a picture, its title and its credits (SPIP's
 * "dl.spip_documents", old WordPress's "dl.wp-caption") is a figure and
 * its caption, not a sub-heading and a paragraph. */
static const spec picture_definition_list = {
    .page = "picture-definition-list.html",
    .title = "Les saisonniers venus de loin",
    .captions = {"Ramasseurs de prunes près d'Agen, août 2023"},
    .body = {"Le département produit à lui seul près des deux tiers des prunes destinées au "
             "pruneau d'Agen."},
};

/* A news agency's intertitles, set between dashes on lines of their own
 * ("- Souvenir de 2024 -", AFP's), are sub-headings; the partner's note that
 * the dispatch is published unedited goes. */
static const spec wire_intertitles = {
    .page = "wire-intertitles.html",
    .title = "Chili : des incendies ravagent le centre du pays",
    .headings = {{2, "- \"Tout a brûlé\" -"}, {2, "- Souvenir de 2024 -"}},
    .body = {"Ces incendies rappellent ceux de février 2024, qui avaient fait plus de cent trente "
             "morts dans la région de Valparaiso."},
    .chrome = {"Cette dépêche provient du fil"},
};

/* A heading that asks the reader to support the paper, over the appeal's
 * box after the story, is the appeal's, not the story's last sub-heading. */
static const spec support_appeal_heading = {
    .page = "support-appeal-heading.html",
    .title = "The lost orchards of the Welsh borders",
    .body = {"Now a group of volunteers is grafting cuttings from the last trees, hoping to plant "
             "the old varieties again in village gardens."},
    .chrome = {"I hope you appreciated this article", "We have no billionaire owner"},
};

/* Parts named only by data-manual (the Süddeutsche's "overline", "title",
 * "teaserText" on hashed classes): the kicker leaves the headline, the
 * teaser is the lead. */
static const spec named_by_data_manual = {
    .page = "named-by-data-manual.html",
    .title = "Wer umzieht, zahlt drauf",
    .lead = "Der neue Mietspiegel zeigt einen Anstieg der Vergleichsmiete um fast zehn Prozent. "
            "Besonders betroffen sind Menschen, die eine neue Wohnung suchen.",
    .body = {"Der Mieterverein fordert, die Mietpreisbremse zu verschärfen und auf mehr Wohnungen "
             "anzuwenden."},
};

/* A lead in two paragraphs of its box, and no third (VietNamNet's
 * "content-detail-sapo"): one lead, the second after a break, not the
 * first alone with the second taken as the story's. */
static const spec lead_in_two_paragraphs = {
    .page = "lead-in-two-paragraphs.html",
    .title = "Thiếu giáo viên Tin học ở ngoại thành",
    .lead = "Năm học này, chương trình giáo dục phổ thông 2018 lần đầu áp dụng với lớp 9 và lớp "
            "12, hoàn tất một chu kỳ đổi mới kéo dài 5 năm. Thế nhưng nhiều trường THCS ở ngoại "
            "thành vẫn thiếu giáo viên Tin học, phải mời giáo viên hợp đồng theo giờ.",
    .body = {"Phòng giáo dục huyện cho biết sẽ tuyển thêm giáo viên trong đợt tuyển dụng sắp tới."},
};

/* Paragraphs inside a span of the story's text (the Express Tribune's
 * "span.story-text"): its box is no div of text, its paragraphs are the
 * story's, and the call to follow the desk after them is chrome. */
static const spec paragraphs_in_span = {
    .page = "paragraphs-in-span.html",
    .title = "Rice exports climb for a third month",
    .body = {"Exporters said prices had eased after a good harvest, making the country's "
             "long-grain rice cheaper than rival suppliers for the first time in two years.",
             "The trade body expects shipments to hold up until the summer, when freight rates "
             "usually rise."},
    .chrome = {"Like Business on Facebook", "About us"},
};

/* A sapo set as a blockquote named so (VietNamNet's
 * "blockquote.content-detail-sapo"): the lead, not a quote in the story. */
static const spec sapo_in_blockquote = {
    .page = "sapo-in-blockquote.html",
    .title = "Mở thêm tuyến xe buýt điện ra sân bay",
    .lead = "Từ đầu tháng sau, hành khách có thêm một tuyến xe buýt điện nối trung tâm thành phố "
            "với nhà ga hành khách, giá vé 45.000 đồng.",
    .body = {"Hành khách có thể trả tiền vé bằng thẻ ngân hàng hoặc mã QR ngay trên xe."},
};

/* The headline's deck as a list's definition under a term for screen
 * readers (Kommersant's "dl.doc_header__intro", "dt.visually-hidden"
 * over "dd.doc_header__subheader"): the lead, the term no text of it. */
static const spec deck_in_definition_list = {
    .page = "deck-in-definition-list.html",
    .title = "Порты попросили отсрочить новые тарифы",
    .lead = "Стивидоры опасаются потерять грузы на Балтике",
    .body = {"В Минтрансе письмо получили и обещали рассмотреть его до конца месяца."},
    .chrome = {"Подзаголовок"},
};

/* A toolbar of "Like", "Comments", "Share" between the byline and the
 * story (MSN's): the byline's line is no paragraph of the text before it,
 * so the toolbar ends no article and takes nothing after it. */
static const spec toolbar_after_byline = {
    .page = "toolbar-after-byline.html",
    .title = "Ferry fares to rise in June",
    .body = {"Fares on the island ferries will rise by 8% from the first of June, the operator "
             "said on Thursday, blaming higher fuel and crew costs.",
             "Islanders who hold a resident's card will pay the old fares until the end of the "
             "year, after a campaign by the local council."},
    .chrome = {"Terms of use"},
};

/* A headline the page's metadata cuts short, the words it keeps opening
 * the headline (Dawn's "h2.story__title > a", its <title> and og:title
 * ending where search engines cut): the whole headline is the title. */
static const spec title_cut_by_head = {
    .page = "title-cut-by-head.html",
    .title = "Flood barriers raised along the river as rain falls for a fourth day",
    .body = {"Shops in the old market closed early, and traders moved their goods to upper "
             "floors."},
};

/* A headline of two lines, og:title the first, the <title> both and the
 * site's name (Meduza's "RichTitle" of two spans): the whole is the title. */
static const spec title_two_lines_head = {
    .page = "title-two-lines-head.html",
    .title = "‘We walk two hours to the nearest doctor’ Village clinics are closing across the "
             "north. Here is what it means for the old.",
    .body = {"The bus runs twice a week, so most people walk to the main road and hope for a "
             "lift."},
};

/* A box of readers' reactions to the story, its question over its
 * buttons (Dân Trí's "dt-article-reaction"): chrome, as a poll is. */
static const spec reaction_box = {
    .page = "reaction-box.html",
    .title = "Mùa nước đổ trên ruộng bậc thang",
    .body = {"Nhiều nhiếp ảnh gia đã lên bản từ sớm để chờ ánh nắng đầu ngày chiếu xuống thung "
             "lũng."},
    .chrome = {"Bạn cảm thấy thế nào về bài viết này?", "Hữu ích"},
};

/* A lead named so, last in a row after the date, between the headline's
 * cover and the body (Tuổi Trẻ's e-magazine, "div.detail-top" around the
 * date and "h2.detail-sapo"): the lead. */
static const spec lead_after_date_row = {
    .page = "lead-after-date-row.html",
    .title = "Những người gác rừng trên đỉnh Pu Mát",
    .lead = "Mười lăm năm qua, tổ bảo vệ rừng ở bản Khe Kiền thay nhau đi tuần qua những cánh rừng "
            "già, ngủ lại trong lán tạm giữa mùa mưa lũ.",
    .body = {"Anh Lương Văn Hùng, tổ trưởng, nói điều anh lo nhất là những vụ cháy rừng vào mùa "
             "khô."},
};

/* A caption set before its picture in the picture's box, the picture in
 * a link and a span (LTN's "p.caption" before "a.image-popup > span >
 * img"): the picture's caption, not a paragraph of the story. */
static const spec caption_before_linked_picture = {
    .page = "caption-before-linked-picture.html",
    .title = "颱風外圍環流 北部今晚防豪雨",
    .captions = {"午後雷雨來得又急又猛，台北街頭民眾撐傘快步走過路口。（記者陳家豪攝）"},
    .body = {"消防局提醒民眾，雨勢大時應避免前往山區及河川沿岸活動。"},
};

/* A story's photograph its class names a logo (SPIP's "spip_logo"), its
 * size a photograph's, an italic line under it: a picture and its caption,
 * not a logo dropped and its caption left a paragraph. */
static const spec photo_named_logo = {
    .page = "photo-named-logo.html",
    .title = "Le dernier train de la vallée",
    .captions = {"La gare de Saint-Flour au petit matin (photo de l’auteur)"},
    .body = {"Les habitants ont lancé une pétition qui a déjà recueilli plus de quatre mille "
             "signatures."},
};

/* A kicker its class names in the h1, before the headline, the metadata's
 * title both letter for letter (Kurir's "span.singleArticle__supertitle"
 * in capitals): the whole is the title. */
static const spec kicker_in_title_metadata = {
    .page = "kicker-in-title-metadata.html",
    .title = "OD PONEDELJKA IZMENE U GRADSKOM PREVOZU Nove linije ka aerodromu i duže radno vreme",
    .body = {"Cena karte ostaje ista, a putnici mogu da plate i bankovnom karticom u vozilu."},
};

/* A lead its class names, in two paragraphs alike in the headline's
 * header (La Croix's "div.article__summary" of two "p.summary__text"):
 * one lead, not its second paragraph the story's first. */
static const spec lead_summary_two_paragraphs = {
    .page = "lead-summary-two-paragraphs.html",
    .title = "Les vignerons du Jura face au gel tardif",
    .lead = "Pour la troisième année de suite, une vague de froid a détruit une partie des "
            "bourgeons dans les vignes jurassiennes. Certains domaines envisagent désormais "
            "d’installer des éoliennes antigel, un investissement lourd.",
    .body = {"La chambre d’agriculture estime les pertes à près de 40 % de la récolte attendue."},
};

/* A lead set as an aside named so, right under the h1 (the New
 * Statesman's "aside.standfirst"): the lead, not a sidebar dropped. */
static const spec lead_as_aside = {
    .page = "lead-as-aside.html",
    .title = "The quiet end of the village post office",
    .lead = "A third of rural branches have closed since 2010, and with them went the last public "
            "counter in hundreds of villages.",
    .body = {"The company says most of the closed branches served fewer than twenty customers a "
             "day."},
    .chrome = {"Most read"},
};

/* A caption hidden behind a "Caption" button that shows it (the
 * Telegraph's toggle, aria-controls naming it): the picture's caption, the
 * button's word no part of it. */
static const spec caption_toggle_hidden = {
    .page = "caption-toggle-hidden.html",
    .title = "Orchard owners count the cost of a wet spring",
    .captions = {"Apple blossom lost to frost in a Kent orchard last April"},
    .body = {"Growers are asking for help with the cost of frost protection, which few small "
             "farms can afford."},
};

/* A kicker and the headline in two lines of the h1, the <title> setting
 * the kicker apart by a bar, og:title the headline (La Presse's
 * "headlineCard__titleSupTitle"): the headline alone is the title. */
static const spec kicker_bar_head_two_lines = {
    .page = "kicker-bar-head-two-lines.html",
    .title = "Le métro prolongé jusqu’à Anjou dès 2031",
    .body = {"Le coût du projet est désormais estimé à 7,2 milliards de dollars."},
};

/* A line under a picture, its words in italics and the photographer's
 * credit after them in brackets ("(Photo by Dana Cole)", Gothamist's of
 * 2009): the picture's caption. */
static const spec caption_photo_by_bracket = {
    .page = "caption-photo-by-bracket.html",
    .title = "A beekeeper on the roof of the library",
    .captions = {"The hives sit between the air vents, out of the wind."},
    .body = {"Staff say the bees have stung no one so far, though a pigeon has had words with "
             "them."},
};

/* A picture's box of the picture, a line and its credit marked after it
 * (Kyodo's "div.mainpic > img, p, span.photo-credit"): the line is the
 * caption, though it does not end the box. */
static const spec caption_line_before_credit = {
    .page = "caption-line-before-credit.html",
    .title = "Cherry blossoms open early in Tokyo",
    .captions = {"Visitors photograph cherry blossoms in Tokyo's Ueno Park on March 18, 2025. "
                 "(Kyodo)"},
    .body = {"Forecasters said warm weather in early March had brought the blossoms forward across "
             "much of eastern Japan."},
};

/* A chapter's number in a span opening its heading, glued to the
 * heading's words (Znews's long-form "span.chapter-index"): the layout's
 * label, no words of the heading. */
static const spec heading_chapter_index = {
    .page = "heading-chapter-index.html",
    .title = "Hành trình của hạt cà phê Việt",
    .headings = {{2, "Đất đỏ và những mùa mưa"}, {2, "Từ rẫy đến bến cảng"}},
    .body = {"Năm ngoái, kim ngạch xuất khẩu cà phê lần đầu vượt mốc 5 tỷ USD."},
};

/* A summary a machine wrote, in a box whose title row is a heading and
 * its label (USA Today's "Key points", "AI-assisted summary"), its points
 * and its warning: chrome. */
static const spec ai_summary_titled_row = {
    .page = "ai-summary-titled-row.html",
    .title = "Snow closes mountain passes ahead of the weekend",
    .body = {"Officials urged travelers to delay trips until the weekend, when the storm is "
             "expected to move east."},
    .chrome = {"Key points", "AI-assisted summary", "Three mountain passes closed Thursday",
               "This summary was created with AI"},
};

/* A line a style sets in bold, as Draft.js (Ynet) and text pasted from
 * Google Docs do, is a sub-heading as a <b> line is; Google Docs' <b> of
 * normal weight around the paste sets nothing in bold. */
static const spec styled_bold_subheading = {
    .page = "styled-bold-subheading.html",
    .title = "Heatwave pushes power demand to a record",
    .body =
        {"Forecasters expect the heatwave to last until the weekend, with only a slight drop in "
         "temperatures on Friday.",
         "Officials said rolling cuts of about an hour each remained possible in the areas where "
         "the local network is most loaded."},
    .headings = {{2, "The heat will last"}, {2, "What households can do"}},
    .chrome = {"Most read", "Local team wins the regional cup final"},
};

/* A caption's block right after a video's player, its still the player's
 * poster or a background, is a figure's caption, the still its picture
 * (Thanh Niên's VideoStream box); "VIDEO: Name" after the caption's
 * sentence is its credit. */
static const spec video_player_still_caption = {
    .page = "video-player-still-caption.html",
    .title = "Nước lũ tràn vào phố cổ, người dân kê cao đồ đạc",
    .lead = "Sáng 17.11, nước sông dâng cao tràn vào nhiều tuyến phố trong khu phố cổ, người dân "
            "phải kê cao đồ đạc.",
    .captions = {"Nước sông tràn vào nhiều tuyến phố trong khu phố cổ sáng 17.11.",
                 "Du khách thuê thuyền đi dạo giữa phố cổ ngập nước"},
    .body =
        {"Các tuyến đường ven sông ngập từ nửa mét đến một mét, nhiều cửa hàng lưu niệm và quán "
         "cà phê phải đóng cửa.",
         "Chính quyền địa phương đã huy động lực lượng hỗ trợ người dân di chuyển tài sản lên "
         "cao và cấm các phương tiện qua những đoạn ngập sâu."},
    .chrome = {"01:12", "00:00 / 01:48", "Giấy phép"},
};

/* A body split in blocks of one class, each in a grid row of its own with
 * ads between them (Conde Nast's "body__inner-container"), is one body:
 * the smaller part after the ad is the story's too. */
static const spec split_body_rows = {
    .page = "split-body-rows.html",
    .title = "The Aero 2 Is a Commuter E-Bike That Disappears Beneath You",
    .body = {"I live at the top of a steep hill, and every e-bike I test is judged first by one "
             "question: can it get me home without my arriving drenched in sweat? The Aero 2 can, "
             "and it does it quietly.",
             "The company claims up to 60 miles on the lowest setting; riding mostly in the middle "
             "modes with plenty of hills, I got between 32 and 38 miles per charge.",
             "The catch is that the battery cannot be removed, so the whole bike has to go to an "
             "outlet, a real problem in an apartment without an elevator."},
    .headings = {{2, "Range and Battery"}},
    .chrome = {"Advertisement", "More from Gear", "Our Favorite Robot Vacuums, Tested"},
};

/* A box a class names a call to act ("inline-cta": TechCrunch's events
 * between its paragraphs) is chrome. */
static const spec inline_cta_box = {
    .page = "inline-cta-box.html",
    .title = "Freight fraud startup raises $24 million to vet trucking carriers",
    .body =
        {"The company says it now works with more than 140 brokerages and screens about 90,000 "
         "loads a week, up from a few thousand a year ago.",
         "The founders argue their edge is a shared data network: because they see loads across "
         "many brokers, they can spot a bad actor who burns one company and moves on to the "
         "next."},
    .chrome = {"Startup Daily event", "Get your pass to Founders Week and save up to $600",
               "Register Now", "Join thousands of founders"},
};

/* A headline set as an h2, its kicker a line above it, where the
 * metadata's title is another kicker and, after a colon, the headline's
 * words: the headline is the line the metadata ends with (Spiegel's). */
static const spec h2_headline_other_kicker = {
    .page = "h2-headline-other-kicker.html",
    .title = "Pendler müssen monatelang in den Bus",
    .body = {"Im Fernverkehr sollen ICE und Intercity während der Sperrung über Bremen umgeleitet "
             "werden, die Reisezeit verlängert sich nach Angaben der Bahn um bis zu 45 Minuten."},
    .chrome = {"DER MONATSSPIEGEL GmbH"},
};

/* An aside last in the headline's <header>, its one paragraph named the
 * lead, is the lead, not a sidebar (the NZZ's "aside.headline__aside >
 * p.headline__lead" beside the h1's block). */
static const spec aside_lead_in_header = {
    .page = "aside-lead-in-header.html",
    .title = "Zürcher Mieten steigen so stark wie seit Jahren nicht",
    .lead = "Wer in der Stadt eine Wohnung sucht, zahlt heute gut ein Fünftel mehr als vor fünf "
            "Jahren, zeigen neue Zahlen des Statistischen Amts.",
    .body = {"Besonders gefragt sind Wohnungen mit vier und mehr Zimmern, bei denen die "
             "Leerstandsquote inzwischen unter einem halben Prozent liegt."},
    .chrome = {"Meistgelesen", "Neue Tramlinie nach Altstetten"},
};

/* A kicker a name for tests says ("data-manual=kicker", the SZ's) is left
 * out of the headline as one its class names; a colon of its own after it
 * still sets it apart from the title (consent_embed_de). */
static const spec testid_kicker = {
    .page = "testid-kicker.html",
    .title = "Die letzten ihrer Zunft",
    .body = {"Vor zwanzig Jahren, erzählt er, habe er an guten Tagen das Zehnfache aus dem See "
             "geholt. Heute reiche es kaum noch für den eigenen Laden am Ufer."},
    .chrome = {"Tageszeitung GmbH"},
};

/* A player's running time under its caption, named by its class, is the
 * player's; Tailwind's timing of a transition ("duration-300") names no
 * part, and the body it is on is kept. */
static const spec player_duration_class = {
    .page = "player-duration-class.html",
    .title = "Dijkwerkers vinden Romeinse weg onder de Waaldijk",
    .captions = {"Archeoloog Fenna de Wit over de vondst"},
    .body = {"Volgens het waterschap gaat het om een stuk van de weg die de legerplaatsen langs de "
             "Rijn met elkaar verbond. Archeologen hebben drie weken de tijd om het tracé in kaart "
             "te brengen."},
    .chrome = {"Afspelen. Duur 3 minuten 5 seconden."},
};

/* A video's title beside the box a script makes its player in, which says
 * only its word while it loads ("Cargando..."), is the player's. */
static const spec player_loading_title = {
    .page = "player-loading-title.html",
    .title = "El embalse de Entrepeñas recupera agua tras las lluvias de marzo",
    .body = {"La confederación recuerda que el sistema de cabecera sigue por debajo de la media de "
             "los últimos diez años y que el trasvase se decidirá con los datos de abril."},
    .chrome = {"MIRA: Así se ve el embalse desde el mirador de Sacedón", "Cargando"},
};

/* A broadcast's transcript right after its player, shown by a button, is
 * the video's; the player's still and title stay its picture. */
static const spec video_transcript_box = {
    .page = "video-transcript-box.html",
    .title = "Ice fishing derby postponed as lake fails to freeze",
    .captions = {"Derby postponed on Long Lake"},
    .body = {"A new date in February will be announced once the ice reaches a safe thickness, the "
             "fire chief said."},
    .chrome = {"Show Transcript", "THE ICE SHANTIES ARE STILL SITTING ON THE SHORE TONIGHT"},
};

/* A box a script makes a video player in, holding the player's frame and
 * the video's caption, is a figure: the caption is the video's, not a
 * paragraph. */
static const spec player_frame_caption = {
    .page = "player-frame-caption.html",
    .title = "Sạt lở bờ sông Tiền, nhiều hộ dân phải di dời khẩn cấp",
    .captions = {"Clip: Đoạn bờ sông bị sạt lở nhìn từ trên cao"},
    .body = {"Theo Sở Nông nghiệp và Môi trường, đây là điểm sạt lở đặc biệt nguy hiểm, cần được "
             "gia cố bằng kè cứng trong thời gian sớm nhất."},
};

/* A video's player after a call to watch more videos is another story's,
 * its caption with it. */
static const spec more_videos_player = {
    .page = "more-videos-player.html",
    .title = "5 thói quen buổi sáng giúp hạ huyết áp",
    .body = {"Người bệnh nên đo huyết áp vào một giờ cố định mỗi sáng và ghi lại kết quả để bác sĩ "
             "điều chỉnh thuốc khi cần."},
    .chrome = {"Mời bạn đọc xem thêm video", "Ngủ không đủ giấc ảnh hưởng thế nào đến tim mạch?"},
};

/* A card of another story alone among the paragraphs, its link around its
 * picture and headline, its summary a paragraph after the link, is no part
 * of the story. */
static const spec card_with_summary = {
    .page = "card-with-summary.html",
    .title = "Thể Công Viettel thắng ngược Bình Định",
    .body = {"Phút 78, Nhâm Mạnh Dũng dứt điểm cận thành ấn định chiến thắng 2-1, giúp đội bóng áo "
             "lính vươn lên vị trí thứ ba trên bảng xếp hạng."},
    .chrome = {"Bình Định chiêu mộ trung vệ người Brazil",
               "Đội bóng đất võ vừa hoàn tất bản hợp đồng thứ hai"},
};

/* A block of text its id names the lead, before the body, is the lead; a
 * box of one picture right before its caption's block is the picture,
 * whatever its name says ("related_image_open"). */
static const spec lead_id_related_picture = {
    .page = "lead-id-related-picture.html",
    .title = "Tramwaj na Gocław pojedzie dopiero w 2028 roku",
    .lead = "Budowa linii tramwajowej na Gocław opóźni się o co najmniej rok. Miasto tłumaczy to "
            "odwołaniami w przetargu i koniecznością przeprojektowania wiaduktu nad Wałem "
            "Miedzeszyńskim.",
    .captions = {"Plac budowy przy ulicy Fieldorfa"},
    .body = {"Najwięcej zastrzeżeń budzi wiadukt nad Wałem Miedzeszyńskim. Projektanci muszą go "
             "poszerzyć, aby zmieściło się na nim torowisko i ścieżka rowerowa."},
};

/* A heading that calls to watch more videos over a video's player, and the
 * player with its title, are the site's other videos. */
static const spec more_videos_heading = {
    .page = "more-videos-heading.html",
    .title = "Cierran por obras el túnel de la avenida Central durante tres semanas",
    .body = {"El concejal de Movilidad pidió a los vecinos que usen el transporte público y "
             "recordó que las líneas 3 y 7 del autobús reforzarán su frecuencia mientras duren "
             "los trabajos.",
             "El consistorio asegura que estudiará la petición y que la obra se hará de noche "
             "siempre que sea posible para reducir las molestias."},
    .chrome = {"Más vídeos de la ciudad", "Así quedó el mercado de abastos tras la reforma"},
};

/* A box of links to the story in other languages is the site's. */
static const spec languages_box = {
    .page = "languages-box.html",
    .title = "The Quiet Return of Industrial Policy",
    .body = {"The question is no longer whether states will steer investment, but whether they can "
             "do it without the waste and capture that discredited the old approach."},
    .chrome = {"This essay is also available in", "Français"},
};

/* A headline between a cover picture with its caption and the text (an
 * AMP page of hashed classes: the picture, then the h1 and the standfirst)
 * is found below the picture, and the standfirst after it is the lead. */
static const spec captioned_cover_headline = {
    .page = "captioned-cover-headline.html",
    .title = "Hosepipe ban looms for 2.3m households as Sussex reservoir falls to record low",
    .lead = "Southern Water says restrictions could begin within a fortnight as Ardingly reservoir "
            "drops to 41% and rivers across the south-east run dry",
    .headings = {{2, "Rivers running dry"}, {2, "A new reservoir, too late"}},
};

/* A caption hidden from screen readers, whose picture's alt says it
 * already, is seen by every other reader: the cover's caption before the
 * byline is the story's (Le Monde); and the box of the cover and the byline
 * that says the story is for subscribers is not the offer to subscribe. */
static const spec hidden_legend_cover = {
    .page = "hidden-legend-cover.html",
    .title = "A Marseille, les calanques ferment leurs sentiers pendant la canicule",
    .lead = "La préfecture interdit l’accès à trois massifs jusqu’à dimanche, par crainte des "
            "incendies. Les secours rappellent que la chaleur rend les randonnées dangereuses.",
    .byline = "Léa Fabre (Marseille, correspondante)",
    .captions = {"Le sentier de la calanque de Sormiou, fermé par une barrière, le 12 août 2025."},
    .headings = {{2, "Des secours mobilisés chaque semaine"}},
    .chrome = {"Partager sur Facebook", "Offrir l’article", "Mentions légales",
               "Article réservé aux abonnés"},
};

/* Lines in bold italics between the lines in bold that head a story's
 * sections are the sub-headings of a section, a level below (Tạp chí Cộng
 * sản). */
static const spec bold_italic_subheadings = {
    .page = "bold-italic-subheadings.html",
    .title = "Phát triển hợp tác xã nông nghiệp kiểu mới ở Đồng bằng sông Cửu Long",
    .headings = {{2, "Kết quả bước đầu"},
                 {2, "Những điểm nghẽn"},
                 {3, "Về nguồn nhân lực quản lý"},
                 {3, "Về liên kết tiêu thụ"},
                 {2, "Một số giải pháp"}},
    .chrome = {"Giới thiệu"},
};

/* A review's price widget in its text (Future's "hawk-widget"), the box
 * of topics to follow under it and the ask for support are the site's. */
static const spec review_widgets = {
    .page = "review-widgets.html",
    .title = "Brightline Aero 2 review: a quiet fan that finally sleeps through the night",
    .headings = {{2, "Design and noise"}, {2, "Should you buy it?"}},
    .chrome = {"Today's best Brightline Aero 2 deals", "We check over 250 million products",
               "Follow topics and authors", "Join now", "in the last month"},
};

/* Headings all links, in a box past the story's text, are other stories'
 * titles (the BBC's "Features" cards); a list of them among the
 * paragraphs is the story's, a guide's products. */
static const spec linked_heading_cards = {
    .page = "linked-heading-cards.html",
    .title = "Harbour ferry fares to rise by a fifth from April",
    .headings = {{2, "Which boats to expect"}, {3, "Wavecrest 12"}, {3, "Harbourline 100"}},
    .chrome = {"Features", "The seaside town that wants to be the next ferry hub",
               "Why are so many young people giving up driving?"},
};

/* A heading right under the headline, as long as a lead, is its deck,
 * though its header's name ("header-default__deck") says chrome. */
static const spec header_named_deck = {
    .page = "header-named-deck.html",
    .title = "Bats in cities sing louder to be heard over traffic",
    .lead = "Recordings from three European capitals show males raising their calls by up to six "
            "decibels near busy roads",
    .chrome = {"About us", "Subscribe"},
};

/* A JW Player box, empty until its script reads its "data-playlist", is a
 * player: the video's title over it goes with it. */
static const spec jwplayer_title = {
    .page = "jwplayer-title.html",
    .title = "Harbour wall repairs to close promenade for six weeks",
    .chrome = {"Watch: storm waves breach the harbour wall in January"},
};

/* The deck first in a box of its own under the headline's, the byline, its
 * counts and buttons after it in that box, is the lead: the box is the
 * header's, however many links and pictures its byline holds. */
static const spec deck_with_byline_box = {
    .page = "deck-with-byline-box.html",
    .title = "Why our library stopped charging late fees",
    .lead = "Fines brought in less than the staff time spent collecting them. They also kept away "
            "the readers who needed us most.",
    .chrome = {"Listen", "Share", "Follow", "Sign in", "Terms"},
};

/* A product's card, its picture and a line holding a link the site is paid
 * for (rel=sponsored), is the shop's, however it is named. */
static const spec product_slideshow = {
    .page = "product-slideshow.html",
    .title = "Silk scarves are back, and this is how to tie one",
    .body =
        {"Whatever you pick, choose silk over polyester. It holds a knot better and drapes more "
         "softly. Shop our favourites below."},
    .chrome = {"$89 at Maison Lune", "$45 at Ostra", "Paisley Silk Square", "Privacy"},
};

/* A box named a video, of a still, a button to play it and the video's
 * title, is a card of another page; so is an embed its type says is a
 * video, its title over its player. */
static const spec video_still_play_button = {
    .page = "video-still-play-button.html",
    .title = "Indie studio Harrow Light cuts a third of its staff",
    .body = {"Tidewater sold more than four hundred thousand copies in its first year, but the "
             "studio's founder said a publishing deal for its follow-up had fallen through in the "
             "spring."},
    .chrome = {"Everything shown at the winter showcase",
               "Now Playing:", "Tidewater launch trailer"},
};

/* The paragraph under the headline that its microdata calls the article's
 * description is the lead, though its class ("type-subheader") holds a
 * masthead's word. */
static const spec deck_described_subheader = {
    .page = "deck-described-subheader.html",
    .title = "Harbour ferry adds a late-night crossing this summer",
    .lead =
        "The last boat will leave the north pier at half past midnight on Fridays and Saturdays "
        "from June.",
};

/* A "strapline" is the British word for the lead under the headline. */
static const spec strapline = {
    .page = "strapline.html",
    .title = "The composer who scored a game on a broken piano",
    .lead = "“Half the keys stuck, so I wrote around them.”",
};

/* A div of text between the headline's row and the body, which the page's
 * description opens with its first sentence, is the lead the description
 * was cut from. */
static const spec lead_opened_by_description = {
    .page = "lead-opened-by-description.html",
    .title = "Giá thuê văn phòng hạng B tại TP.HCM tăng quý thứ ba liên tiếp",
    .lead = "Giá thuê văn phòng hạng B tại TP.HCM tiếp tục tăng trong quý III, dù nguồn cung mới "
            "từ các dự án ở Thủ Đức đã bắt đầu đưa vào khai thác. Nhiều doanh nghiệp vừa và nhỏ "
            "chuyển sang thuê văn phòng chia sẻ để giảm chi phí.",
    .chrome = {"Văn phòng hạng A quý II: giá thuê đi ngang", "Liên hệ"},
};

/* A picture whose only copy is in a <noscript> (the script would load it
 * from a data attribute), in a box between two of the article's blocks, is
 * a picture among them, its caption with it. */
static const spec noscript_picture_column = {
    .page = "noscript-picture-column.html",
    .title = "Students build a flood alert app for river towns",
    .captions =
        {"The app colours each stretch of river by the chance of flooding in the next three "
         "days."},
};

/* A numbered line in bold that asks a question heads its section as the
 * numbered lines before it do; its number's full stop is no second
 * sentence. */
static const spec numbered_question_heading = {
    .page = "numbered-question-heading.html",
    .title = "Cảnh giác chiêu lừa khóa tài khoản ngân hàng qua tin nhắn",
    .headings = {{2, "1. Tin nhắn giống hệt của ngân hàng"},
                 {2, "2. Tiền bị chuyển đi trong vài phút"},
                 {2, "3. Người dùng cần làm gì?"}},
};

/* The story's rest in a box the page hides until the "read more" control
 * before it is pressed is the story's; the control is not. */
static const spec hidden_rest_read_more = {
    .page = "hidden-rest-read-more.html",
    .title = "Chợ nổi Cái Răng vào mùa nước nổi",
    .headings = {{2, "Giữ nghề trên sông"}},
    .body = {"Mỗi sáng sớm, hàng trăm ghe xuồng chở đầy trái cây, rau củ từ khắp các huyện lân cận "
             "đổ về khúc sông Cần Thơ, tạo nên khung cảnh nhộn nhịp hiếm thấy.",
             "Theo Ban quản lý chợ, số ghe buôn bán cố định đã giảm gần một nửa so với mười năm "
             "trước, nhưng lượng khách tham quan lại tăng đều mỗi năm.",
             "Chính quyền quận Cái Răng đang xây dựng đề án bảo tồn chợ nổi, hỗ trợ tiểu thương "
             "sửa ghe và tập huấn kỹ năng phục vụ du khách."},
    .chrome = {"Đọc tiếp"},
};

/* The first line of a post's content in italics, under the picture
 * WordPress shows as its thumbnail in a box of its own, is the post's and
 * not that picture's caption; and a day published and updated shown alike
 * side by side is one dateline's day, said once. */
static const spec thumbnail_then_italic_lead = {
    .page = "thumbnail-then-italic-lead.html",
    .title = "Seagrass meadows store more carbon than thought",
    .dateline = "3 February 2025",
    .body =
        {"Sediment cores taken from twelve seagrass meadows along the coast hold nearly twice "
         "the carbon that earlier surveys had assumed, a team of marine scientists has found.",
         "The team drilled more than 200 cores over two summers, from sheltered bays to exposed "
         "headlands, and measured the organic carbon in each layer of mud."},
};

/* A caption in italics after its picture may close with its credit set
 * upright ("<em>Caption.</em> Staff Photo: Name"): the line is the
 * caption, the credit split off it, named by whose photo it is. */
static const spec italic_caption_upright_credit = {
    .page = "italic-caption-upright-credit.html",
    .title = "Valley farmers switch to drip irrigation as canal dries up",
    .captions = {"The dry bed of the valley canal near the headworks on Sunday."},
    .body = {"Officials said repairs to the headworks would take at least two more months, and "
             "asked farmers to share water from the few tube wells that still run."},
};

/* A paragraph all in italics under the story that holds links the site is
 * paid for (rel=sponsored) is an ad set as a note, not the story's. */
static const spec sponsored_note_italic = {
    .page = "sponsored-note-italic.html",
    .title = "Heat pump sales overtake gas furnaces in the Northeast",
    .body = {"Utilities in the region expect winter peak demand to rise as a result, and several "
             "have asked regulators to approve new grid upgrades."},
    .chrome = {"Compare quotes from vetted local installers", "–ad*"},
};

/* The line under the headline a class names its subtitle in the site's
 * language ("p.meldung-untertitel") is the lead. */
static const spec untertitel_lead = {
    .page = "untertitel-lead.html",
    .title = "Neue Radwege entlang der Ringstraße",
    .lead = "Stadtrat beschließt getrennte Fahrspuren für Räder auf vier Kilometern, Baubeginn im "
            "Herbst",
    .body = {"Die Kosten von rund 6,5 Millionen Euro trägt zur Hälfte das Land, der Rest wird aus "
             "dem städtischen Verkehrshaushalt finanziert."},
};

/* The lead a class names in the page's banner over the body ("div.
 * page-banner__intro" under the h1) is the lead: its box's name is no
 * banner ad's. */
static const spec banner_intro_lead = {
    .page = "banner-intro-lead.html",
    .title = "New shade trees for 40 school crossings",
    .lead =
        "Forty school crossings across the municipality will get shade trees and water bubblers "
        "this winter, so children waiting to cross stay cooler in summer.",
    .headings = {{2, "Where the trees will go"}, {2, "Working with schools"}},
};

/* A press release's subhead, a first line wholly in italics, in title case
 * and closing no sentence, is its lead. */
static const spec release_italic_subhead = {
    .page = "release-italic-subhead.html",
    .title = "Governor Announces Free Ferry Rides for Students This Summer",
    .lead = "Program Will Cover All Public Ferry Routes From June 20 Through Labor Day for Riders "
            "Under 18",
    .body = {"Students will only need to show a school ID or a youth transit card when boarding, "
             "and no advance registration is required."},
};

/* The paragraph under the headline its class names the description
 * ("p.article__desc") is the lead, however long. */
static const spec desc_under_headline = {
    .page = "desc-under-headline.html",
    .title = "Dans les Cévennes, les châtaigneraies reprennent vie",
    .lead =
        "Abandonnés depuis des décennies sur les pentes des Cévennes, les vergers de châtaigniers "
        "retrouvent des exploitants venus de la ville. A Saint-Jean-du-Gard, une coopérative "
        "fondée par d’anciens agriculteurs les aide à replanter, à récolter et à vendre leur "
        "farine dans toute la région.",
    .headings = {{2, "Des vergers oubliés"},
                 {2, "Une farine recherchée"},
                 {2, "Transmettre le métier"}},
};

/* A box of a form and a short title over it is the form's: the title goes
 * with its fields (a clinic's booking box after the article). */
static const spec form_box_title = {
    .page = "form-box-title.html",
    .title = "Đo mật độ xương khi nào và cần chuẩn bị gì?",
    .headings = {{2, "Ai nên đo mật độ xương?"}, {2, "Cần chuẩn bị gì trước khi đo?"}},
    .body = {"Kết quả thường có ngay sau khoảng 15 phút, bác sĩ sẽ giải thích chỉ số T-score và "
             "tư vấn hướng điều trị nếu cần."},
    .chrome = {"ĐẶT HẸN ĐO LOÃNG XƯƠNG", "Tin liên quan", "Bài viết nổi bật"},
};

/* A box set between the paragraphs, a title (and a line) over one button
 * to another page, calls readers to act: a tool's, a question service's, a
 * shop's. */
static const spec call_box_between = {
    .page = "call-box-between.html",
    .title = "Trẻ mọc răng sốt bao nhiêu độ là bình thường?",
    .headings = {{2, "Mức sốt thường gặp khi mọc răng"}, {2, "Cách giúp trẻ dễ chịu hơn"}},
    .body = {"Nếu trẻ sốt trên 38,5 độ C, sốt kéo dài quá ba ngày hoặc kèm tiêu chảy, phát ban, "
             "cha mẹ nên đưa trẻ đi khám vì nguyên nhân có thể không phải do mọc răng.",
             "Không nên tự ý dùng thuốc hạ sốt hay thuốc bôi nướu cho trẻ dưới sáu tháng tuổi khi "
             "chưa có chỉ định của bác sĩ."},
    .chrome = {"Bảng theo dõi lịch mọc răng", "Nhập ngày sinh", "Xem lịch ngay",
               "Bạn muốn hỏi bác sĩ", "Gửi câu hỏi", "vòng ngậm nướu silicon", "Đặt hàng hôm nay",
               "Bài viết liên quan"},
};

/* A line of a document's name alone, an attachment's label, goes with its
 * box and its button; the story's link to the document stays. */
static const spec attachment_name = {
    .page = "attachment-name.html",
    .title = "Tòa tuyên buộc doanh nghiệp trả trợ cấp thôi việc cho người lao động",
    .body = {"Hội đồng xét xử nhận định việc chấm dứt hợp đồng là trái luật, vì công ty không báo "
             "trước đủ 45 ngày theo quy định của Bộ luật Lao động."},
    .chrome = {"Cong ty Van tai Song Han.pdf", "Xem trước"},
};

/* The author's card after the story, a job title beside the name that
 * links to their page, and a sentence on who they are. */
static const spec author_card_role = {
    .page = "author-card-role.html",
    .title = "The Little Hatchback That Refuses to Grow Up",
    .body = {"Prices start a little higher than before, yet the basic version now comes with "
             "adaptive cruise control and heated seats as standard, features that used to cost "
             "extra."},
    .chrome = {"Road Test Editor", "has tested cars for a decade"},
};

/* Links to other stories after a break at the end of the lead, each
 * opened by "&gt;" (VnExpress's lead in 2012), are no part of it. */
static const spec lead_pointer_lines = {
    .page = "lead-pointer-lines.html",
    .title = "Chợ nổi Cái Răng vắng khách sau lũ",
    .lead = "Nước rút đã gần một tuần nhưng chợ nổi Cái Răng vẫn thưa ghe, nhiều tiểu thương than "
            "bán không đủ tiền dầu chạy máy.",
    .chrome = {"Nước lũ dâng cao ở Cần Thơ", "Chợ nổi mùa nước nổi", "Giá lúa tăng nhẹ"},
};

/* A heading's words for screen readers only ("<span class=visually-hidden>
 * Urgent advice: </span>") are no part of the heading a reader sees. */
static const spec heading_hidden_label = {
    .page = "heading-hidden-label.html",
    .title = "Chickenpox in adults",
    .headings = {{2, "How to ease the symptoms"}, {3, "Ask for a GP appointment the same day if:"}},
};

/* A teaser under the headline in the article's header is its lead (German
 * sites' word for it: the F.A.Z.'s "p.header-teaser__text"). */
static const spec header_teaser_lead = {
    .page = "header-teaser-lead.html",
    .title = "Warum die Stadtbibliotheken länger öffnen sollen",
    .lead = "Viele Menschen finden nur abends und am Wochenende Zeit zum Lesen und Lernen. Die "
            "Städte sollten ihre Bibliotheken danach ausrichten – und nicht nach den Dienstplänen.",
};

/* A counter of views whose number is grouped by spaces, "times" after it
 * ("Vu 3 518 fois"), is the site's line. */
static const spec view_counter_fois = {
    .page = "view-counter-fr.html",
    .title = "La passerelle du Pâquier rouvre aux piétons",
    .body = {"La ville précise que les vélos devront être tenus à la main sur l’ouvrage, dont le "
             "platelage en bois a été entièrement remplacé."},
    .chrome = {"Vu 3 518 fois"},
};

/* A box of a video's player and a line naming it a video (or a brand's
 * label ending on the word over its title), before or after the player, or
 * a box named the player's with one line, is the player's title and goes
 * with it; a line marked a caption stays. */
static const spec video_titled = {
    .page = "video-titled.html",
    .title = "Mùa gặt trên ruộng bậc thang Mù Cang Chải",
    .body =
        {"Bà Giàng Thị Mỷ cho biết năm nay lúa được mùa, mỗi sào thu hơn ba tạ thóc, đủ cho gia "
         "đình ăn đến vụ sau và còn dư để bán.",
         "Chính quyền huyện khuyến cáo du khách không giẫm lên bờ ruộng, không thả flycam gần khu "
         "dân cư khi chưa xin phép.",
         "Video: Lễ hội mừng cơm mới của đồng bào Mông. Nguồn: Đài huyện"},
    .chrome = {"Video: Người Mông gùi lúa xuống núi trong nắng thu",
               "Clip - Ruộng bậc thang nhìn từ flycam", "Video: Đêm chợ phiên dưới chân đèo",
               "Những mùa vàng trên đỉnh Khau Phạ", "Làng Quê Video",
               "Tiếng khèn Mông trong đêm hội"},
};

/* A lead's box named its "preamble" (or "ingress", Scandinavian CMSs'
 * word) holding two paragraphs is one lead of both, the second after a
 * break. */
static const spec lead_preamble = {
    .page = "lead-preamble.html",
    .title = "Färjan till Gotland ställs in i helgen",
    .lead = "Alla avgångar mellan Nynäshamn och Visby ställs in på lördag när stormen Ylva når "
            "Östersjön. – Säkerheten går först, säger rederiets presschef.",
    .body = {"Rederiet meddelade på fredagsmorgonen att båda fartygen ligger kvar i hamn under "
             "lördagen, och att resenärer med bokade biljetter kan boka om utan kostnad."},
};

/* A line in bold or italics that ends on a link saying only "here" ("TẠI
 * ĐÂY", "Bấm xem >>>") points at the site's topic page; a sentence of the
 * story linking "tại đây" stays. */
static const spec vn_here_pointer = {
    .page = "vn-here-pointer.html",
    .title = "Giá cà phê hôm nay tăng mạnh ở Tây Nguyên",
    .body = {"Các doanh nghiệp xuất khẩu cho biết lượng hàng tồn kho đang ở mức thấp, nên giá có "
             "thể còn biến động trong tuần tới.",
             "Người trồng có thể tra cứu khung giá thu mua của hiệp hội tại đây."},
    .chrome = {"Diễn biến giá nông sản tuần này",
               "Mời độc giả xem thêm các bài viết về giá cà phê"},
};

/* A summary box named a lead, its heading's label and a one-item list,
 * between the byline's row and the body while the headline stands alone
 * in its header above the hero: the item is the lead. */
static const spec summary_after_byline = {
    .page = "summary-after-byline.html",
    .title = "Mombasa ferry fares to rise in July",
    .lead =
        "The ferry service says vehicle fares will rise by a fifth from July to pay for two new "
        "vessels, while foot passengers will still cross free.",
    .body =
        {"Car owners crossing at Likoni will pay more from July after the ferry service announced "
         "new fares on Monday, the first rise in six years."},
    .chrome = {"Share this article"},
};

/* A lead set as two headings in a box named the headline's subline, past
 * a wrapper (JoongAng's "div.ab_sub_heading > div.ab_sub_headingline > h2,
 * h2"): one lead, the second after a break, no sub-heading. */
static const spec lead_two_sublines = {
    .page = "lead-two-sublines.html",
    .title = "항구 도시 버스 노선 전면 개편…출퇴근 시간 20분 단축",
    .lead =
        "시민 3000명 설문…“환승 훨씬 편해졌다” 응답 61% 심야 노선은 “배차 간격 너무 길다” 불만도",
    .body = {"시 관계자는 “출퇴근 시간 평균 이동 시간이 20분가량 줄어들 것으로 본다”고 말했다."},
};

/* A lead of points in a script written without spaces: each item is a
 * point's length by its letters, not one word. */
static const spec lead_points_unspaced = {
    .page = "lead-points-unspaced.html",
    .title = "渡輪新航線下月啟航 首年票價維持不變",
    .points = {"運輸署批出兩條新航線，來往離島與中環的班次增至每半小時一班",
               "營辦商承諾首年不加價，長者及學生仍享半價優惠"},
    .body = {"署方表示，新航線會先試行一年，期間會按乘客量調整班次，並定期向區議會匯報。"},
};

/* A video's caption is a figure's: a marked caption after a player that
 * shows its still as a picture of its own (the still moves to the
 * caption), and a figcaption beside an AMP page's player. */
static const spec video_captions = {
    .page = "video-captions.html",
    .title = "Lũ quét cuốn trôi cầu tạm ở Hà Giang",
    .captions =
        {"Dòng lũ cuốn trôi cầu tạm trong vài phút, người dân đứng bên bờ không kịp trở tay.",
         "Người dân dùng thuyền đưa học sinh qua suối sáng nay."},
    .body =
        {"Huyện cho biết sẽ làm cầu treo mới trước mùa mưa năm sau, kinh phí khoảng 3 tỷ đồng."},
    .chrome = {"Toàn màn hình"},
};

/* A row named the article's "metadata" of its date, its sources and its
 * comments' count goes; the date stays the dateline. */
static const spec metadata_row = {
    .page = "metadata-row.html",
    .title = "Fähre nach Helgoland fährt wieder täglich",
    .date = "2025-05-02T08:30:00+02:00",
    .body = {"Ab Montag legt die Fähre wieder täglich um 9.30 Uhr in Cuxhaven ab."},
    .chrome = {"57 Kommentare", "Quelle: Nordblatt, dpa"},
};

/* A list of the story's points right under an h2 headline in the body's
 * box is the lead's points, its last bullet a pointer to another story
 * ("READ MORE: ...") not weighed, and left out. */
static const spec points_under_h2 = {
    .page = "points-under-h2.html",
    .title = "Seaside town's pier to reopen after storm repairs",
    .points =
        {"Engineers have replaced forty of the Victorian pier's iron legs after last winter's "
         "storms",
         "The council says the pier will open again in time for the summer holidays"},
    .body = {"Engineers spent four months working between tides to replace the corroded legs, some "
             "of which had not been touched for more than a century."},
    .chrome = {"Beach hut prices soar as buyers flock to the coast"},
};

/* A wire's notice of its rights set apart after a picture's caption, in
 * a span of the caption's own, goes; the caption stays. */
static const spec caption_rights_span = {
    .page = "caption-rights-span.html",
    .title = "Ash cloud closes Catania airport as volcano erupts again",
    .captions = {"The volcano sends ash over the Sicilian city"},
    .body = {"Flights were diverted to Palermo and Comiso while the aviation authority watched the "
             "ash cloud drift towards the south-east."},
    .chrome = {"RIPRODUZIONE RISERVATA"},
};

/* A row of a page's font-size tool, its label in a span and its buttons
 * the letter "A" alone, goes. */
static const spec font_size_letters = {
    .page = "font-size-letters.html",
    .title = "Tea farmers sell their spring harvest on livestreams",
    .body = {"Tea farmers in the mountain county have turned to livestreaming to sell their spring "
             "harvest, as picking reaches its peak this month."},
    .chrome = {"Font size:"},
};

/* A pointer's words alone on their line, the card of the story they point
 * to under them, go with the card. */
static const spec pointer_over_embed = {
    .page = "pointer-over-embed.html",
    .title = "Hundimiento en la carretera obliga a habilitar paso alterno",
    .body =
        {"Los ingenieros realizaron una inspección en el lugar y determinaron que será necesario "
         "cambiar un tramo de tubería de drenaje que colapsó."},
    .chrome = {"Le puede interesar:", "Estos son los puntos de riesgo por lluvias en la ruta"},
};

/* The box named the article's "detail-desc" under the headline is the
 * sapo, related links between it and the body or not. */
static const spec vn_detail_desc_lead = {
    .page = "vn-detail-desc-lead.html",
    .title = "Xã ven biển hoàn thành đê chắn sóng trước mùa bão",
    .lead = "Sau gần một năm thi công, tuyến đê chắn sóng dài hơn hai cây số ở xã ven biển đã hoàn "
            "thành, giúp hàng trăm hộ dân yên tâm trước mùa mưa bão.",
    .body =
        {"Theo kế hoạch, xã sẽ trồng thêm rừng phi lao phía sau tuyến đê để chắn gió, cát trong "
         "năm nay."},
    .chrome = {"Nâng cấp đê biển ở các tỉnh miền Trung"},
};

/* A broadcaster's label and its line of when the programme aired the story
 * in one block, the line in a span after the label, go. */
static const spec broadcast_label_inline = {
    .page = "broadcast-label-inline.html",
    .title = "Bundesnetzagentur will Netzentgelte neu verteilen",
    .body = {"Die Behörde will ihre Pläne bis zum Sommer mit den Ländern und den Netzbetreibern "
             "abstimmen und die neuen Regeln ab dem kommenden Jahr anwenden."},
    .chrome = {"Dieses Thema im Programm", "berichtete Deutschlandfunk"},
};

/* The count of the readers' comments, a link to them in the row of the
 * byline and the date, goes; the byline stays. */
static const spec comment_count_link = {
    .page = "comment-count-link.html",
    .title = "Drive maker pulls SSD firmware after reports of lost data",
    .lead = "Update bricked some drives, others lost partitions",
    .body = {"Users who already installed the update were told not to power off their machines "
             "until a recovery tool is ready."},
    .chrome = {"Reader comments"},
};

/* A box of a heading, short paragraphs and a link to the site's page for
 * gifts asks for money, whatever its link says ("Read more"), and goes. */
static const spec donation_link_box = {
    .page = "donation-link-box.html",
    .title = "Corridor care becomes the norm in A&E, nurses warn",
    .body =
        {"One nurse said patients were now routinely treated on trolleys in corridors for days, "
         "with no privacy and no call bell within reach."},
    .chrome = {"Help us keep reporting", "Every contribution counts."},
};

/* The Trust Project's badge, a short line and links to its page in a box
 * no name calls so, goes. */
static const spec trust_badge_link = {
    .page = "trust-badge-link.html",
    .title = "El Atlético recupera a su centrocampista para el derbi",
    .body =
        {"El equipo se ejercitará el viernes a puerta cerrada y el sábado por la mañana antes de "
         "viajar a la concentración."},
    .chrome = {"Conforme a los criterios de", "Saber más"},
};

/* Two sublines listed under the headline, each item a heading alone, are
 * one lead, whatever chrome word the list's name holds ("ul.footer"). */
static const spec listed_sublines_lead = {
    .page = "listed-sublines-lead.html",
    .title = "Los repartidores denuncian que las plataformas no aplican las pausas por calor",
    .lead = "Un informe de la Inspección de Trabajo revela que solo una de cada cinco empresas "
            "revisadas adaptó sus turnos a los avisos de calor Los sindicatos reclaman sanciones "
            "y que las aplicaciones desconecten a los riders en las horas de más temperatura",
    .body = {"Los sindicatos han pedido una reunión con el ministerio para revisar las sanciones y "
             "exigir que las aplicaciones bloqueen los pedidos durante los avisos."},
};

/* A video's title opening on "VIDEO." with its player, in a box of their
 * own between the paragraphs, goes with the player. */
static const spec video_dot_title = {
    .page = "video-dot-title.html",
    .title = "À Toulouse, les cours d'école se mettent au vert contre la chaleur",
    .body = {"Le chantier ne se limite pas à planter des arbres : le bitume est remplacé par des "
             "revêtements perméables et les eaux de pluie sont récupérées."},
    .chrome = {"comment les villes tentent de s'adapter"},
};

/* A counter of the post's views in the byline's row, a bullet before it,
 * goes. */
static const spec view_count_bullet = {
    .page = "view-count-bullet.html",
    .title = "iOS 26 chính thức phát hành với giao diện mới",
    .body =
        {"Người dùng có thể cập nhật bằng cách vào Cài đặt, chọn Cài đặt chung rồi chọn Cập nhật "
         "phần mềm."},
    .chrome = {"lượt xem"},
};

/* Sublines listed in the headline's header are the lead, but for an item
 * linking to another story, which goes. */
static const spec listed_sublines_header = {
    .page = "listed-sublines-header.html",
    .title = "Las inspecciones a residencias caen a la mitad mientras crecen las quejas",
    .lead =
        "La Comunidad realizó 312 visitas de inspección el año pasado, frente a las 640 de hace "
        "cinco años, según datos de Transparencia",
    .body =
        {"Las asociaciones de familiares reclaman que las inspecciones se hagan sin aviso previo y "
         "que sus resultados se publiquen residencia por residencia."},
    .chrome = {"ANÁLISIS - Las familias siguen esperando justicia"},
};

/* The block before the body its markup names the article's description
 * (schema.org's itemprop), after the headline's own box, is the lead. */
static const spec itemprop_description_lead = {
    .page = "itemprop-description-lead.html",
    .title = "Jízdné v Praze zdraží, roční kupon bude dražší",
    .lead =
        "Cestující v pražské hromadné dopravě si od září připlatí. Rada hlavního města ve středu "
        "schválila zdražení základní jízdenky i ročního kuponu.",
    .body =
        {"Slevy pro seniory a studenty zůstanou zachovány, město naopak rozšíří bezplatnou dopravu "
         "pro děti do patnácti let."},
};

/* A sub-heading alone in its box, the story's paragraphs in the next box,
 * stays whatever chrome word opens it ("Weitere ..."), with what follows. */
static const spec heading_own_section = {
    .page = "heading-own-section.html",
    .title = "Bauarbeiten: Zwei Wochenenden ohne Züge zwischen Bern und Thun",
    .headings = {{2, "Weitere Baustellen im Sommer"}},
    .body =
        {"Der Fahrgastverband kritisiert die Häufung der Baustellen und fordert, die Kundschaft "
         "früher zu informieren."},
};

/* A lead of Japanese sentences in lines, each closed by "。", keeps its
 * first line, no kicker's line: a kicker's ends no sentence. */
static const spec cjk_lead_lines = {
    .page = "cjk-lead-lines.html",
    .title = "クマの出没 過去最多ペース 住宅地での目撃相次ぐ",
    .lead =
        "県内でクマの出没が相次ぎ、ことしの目撃件数は統計を取り始めてから最も多いペースとなってい"
        "ます。",
    .body = {"住宅地やその周辺での目撃も多く、県は注意を呼びかけています。",
             "クマに襲われてけがをした人は4人で、いずれも山菜採りなどで山に入っていた人でした。"},
};

/* A broadcaster's label opening a line of the programme that aired the
 * story and its date goes, whatever words name the programme. */
static const spec broadcast_label_programme = {
    .page = "broadcast-label-programme.html",
    .title = "Kleine Kliniken fürchten um ihre Notaufnahmen",
    .body =
        {"Die Landkreise hoffen auf eine Lösung, die die Notaufnahme rund um die Uhr offen hält, "
         "notfalls in Kooperation mit einem größeren Klinikum."},
    .chrome = {"Dieses Thema im Programm", "Journal am Abend"},
};

/* A kicker in the headline that only its test id names as one
 * ("ArticleHeader.Kicker") stays out of the title. */
static const spec kicker_testid = {
    .page = "kicker-testid.html",
    .title = "Deutschlandticket wird wieder teurer",
    .body = {"Abonnenten müssen nichts tun: Der neue Preis wird automatisch abgebucht, wer nicht "
             "zahlen will, kann bis Ende November kündigen."},
};

/* The dash a headline keeps for screen readers between its kicker and its
 * title ("<span class=h-offscreen>-</span>") opens no title. */
static const spec kicker_offscreen_dash = {
    .page = "kicker-offscreen-dash.html",
    .title = "Solarexpress kommt kaum vom Fleck",
    .body =
        {"Viele Gemeinden haben die Projekte an der Urne abgelehnt, andere scheitern an den Kosten "
         "für die Leitungen ins Tal."},
};

/* A label of chrome alone on its line, a span over its section's
 * paragraphs ("Article content"), goes. */
static const spec label_over_section = {
    .page = "label-over-section.html",
    .title = "Residents fight plan to cut riverside trees for flood barrier",
    .body =
        {"City engineers say the barrier must be built on the riverbank itself, because the homes "
         "behind it leave no room for a berm further back."},
    .chrome = {"Article content"},
};

/* A label of chrome linked after the byline's name in bold ("<strong>By
 * NAME</strong> <a>More by this Author</a>") is an item of its own. */
static const spec byline_bold_label = {
    .page = "byline-bold-label.html",
    .title = "Tea growers protest delayed bonus payments",
    .body =
        {"Hundreds of small-scale tea growers marched to the factory gates on Monday, demanding "
         "bonus payments they say are three months overdue."},
    .chrome = {"More by this Author"},
};

/* A paragraph that says it is an ad ("TEXT AD: ...") goes, however long. */
static const spec ad_mark_line = {
    .page = "ad-mark-line.html",
    .title = "Flood victims crowd relief camps as waters rise",
    .body =
        {"Camp managers said food and drinking water were running short as more families arrived "
         "from submerged villages along the river.",
         "The state emergency agency said more supplies were on the way and urged residents of "
         "low-lying areas to move to higher ground."},
    .chrome = {"TEXT AD:", "Own a plot of land"},
};

/* A heading right under the headline, over the byline's row, is its deck,
 * the lead: a section's heading heads prose. */
static const spec deck_over_byline = {
    .page = "deck-over-byline.html",
    .title = "Ferry fares to rise from next month",
    .lead = "Operators blame fuel costs; passengers fear longer queues",
    .body = {"Ferry operators on the southern routes will raise fares by a fifth from the first of "
             "next month, the owners' association announced yesterday."},
};

/* A box a script makes a player in, named so by its own attribute
 * ("data-cnx-player"), goes with its label and its video's title. */
static const spec player_attribute_title = {
    .page = "player-attribute-title.html",
    .title = "Rockslide closes mountain highway for second day",
    .body =
        {"The highway through the canyon stayed closed on Wednesday as crews worked to clear "
         "boulders the size of cars from both lanes, state officials said.",
         "Drivers heading west were sent on a detour of more than two hours through the northern "
         "pass, and several trucking firms said they would hold their loads until the road "
         "reopens."},
    .chrome = {"Top Videos", "Watch: Valley weather forecast"},
};

/* A box asking readers for money goes with the logo of the cards it
 * takes. */
static const spec support_box_logo = {
    .page = "support-box-logo.html",
    .title = "The orchard keepers saving forgotten pears",
    .body =
        {"He labels every tree by hand and sends cuttings to anyone who writes to ask for them, on "
         "the condition that they plant at least one in a place where others can see it."},
    .chrome = {"Sorry to interrupt", "We are asking readers like you"},
};

/* A box's label the article ends on, the box's cards cleaned away, goes
 * as a closing heading does. */
static const spec closing_box_label = {
    .page = "closing-box-label.html",
    .title = "Phiên chợ nổi cuối cùng của năm",
    .body =
        {"Bà Sáu, người đã bán khóm trên sông hơn ba mươi năm, nói chợ năm nay đông hơn năm ngoái "
         "vì khách du lịch quay lại sau mùa mưa."},
    .chrome = {"Sách hay", "Người viết về sông nước miền Tây"},
};

/* A label in bold ending on a colon goes with the links it says follow,
 * when they go. */
static const spec colon_label_links = {
    .page = "colon-label-links.html",
    .title = "Bakery to open second shop downtown",
    .body =
        {"The couple opened their first shop in 2019, just months before the pandemic forced them "
         "to switch to preorders and curbside pickup."},
    .chrome = {"Also on Riverside Local:", "Riverwalk Spring Cleanup"},
};

/* A paragraph of a sentence named a tag is no list of tags: it stays. */
static const spec tag_named_sentence = {
    .page = "tag-named-sentence.html",
    .title = "Wells run dry as data centers pump the aquifer",
    .body =
        {"This story was produced in partnership with the Regional Water Desk, a collaboration of "
         "local newsrooms."},
    .chrome = {"Tags"},
};

/* A box a script makes a video player in, its still with the play button
 * and the length over the video's caption, is a figure: the caption
 * stays the video's. */
static const spec player_still_caption = {
    .page = "player-still-caption.html",
    .title = "Sạt lở bờ sông, ba căn nhà bị cuốn trôi",
    .captions = {"Bờ sông sụp xuống, cuốn theo nhà dân ở ấp Thanh Mỹ trưa 2/6."},
    .body =
        {"Chính quyền xã đã căng dây, cắm biển cảnh báo và di dời khẩn cấp 11 hộ sống trong phạm "
         "vi 50 m tính từ mép sạt lở."},
    .chrome = {"01:12"},
};

/* A dek in a header's box its name makes unlikely ("smart-header__dek")
 * is the article's own part: the lead. */
static const spec dek_in_header_box = {
    .page = "dek-in-header-box.html",
    .title = "Inside the chat rooms where teens sell stolen logins",
    .lead =
        "An underground market trades hacked streaming accounts in bulk, and many of the sellers "
        "are still in high school.",
    .body =
        {"Streaming companies say they close accounts when they find them, but the sellers simply "
         "move to new servers and start again, sometimes the same afternoon."},
};

/* A kicker of five words a colon for screen readers follows in the
 * headline, as the metadata writes it ("Kicker: Title"), stays out of the
 * title. */
static const spec kicker_reader_colon = {
    .page = "kicker-reader-colon.html",
    .title = "»Die Herde kennt den Weg, ich kenne ihn nicht mehr«",
    .body = {"Einen Nachfolger hat er nicht gefunden, obwohl er seit Jahren in den Zeitungen der "
             "Gegend inseriert."},
};

/* A chrome label that a bullet parts from the byline's row ends the row
 * as one after a bar does, and goes. */
static const spec bullet_row_label = {
    .page = "bullet-row-label.html",
    .title = "Council fined after laptop left on train",
    .body = {"The council said it had since encrypted every laptop it owns and trained its staff "
             "in the "
             "handling of personal data."},
    .chrome = {"More from this author"},
};

/* A label in bold closed by a colon, then a headline linked within the
 * site, points to another story and goes. */
static const spec bold_label_pointer = {
    .page = "bold-label-pointer.html",
    .title = "Social Security raise for 2026 is set at 2.8%",
    .body =
        {"The average retired worker's benefit will rise by about $56 a month, to roughly $2,071, "
         "starting in January."},
    .chrome = {"Tracking your money:", "Medicare open enrollment is here"},
};

/* A card of another story set alone in the text, its link around a
 * picture and a title in bold, and its summary, goes. */
static const spec bold_title_card = {
    .page = "bold-title-card.html",
    .title = "Giá iPhone đời cũ giảm mạnh trước mùa mua sắm cuối năm",
    .body =
        {"Theo các cửa hàng, sức mua tăng rõ rệt sau khi giá giảm, nhất là với những mẫu có bộ nhớ "
         "trong dung lượng thấp."},
    .chrome = {"Vì sao điện thoại màn hình lớn ế hàng", "Doanh số mẫu máy màn hình lớn"},
};

/* The headline's box is no call to sign up for the line it ends on: its
 * dek stays, the call alone goes. */
static const spec headline_box_call = {
    .page = "headline-box-call.html",
    .title = "The Town That Bet Everything on Copper",
    .lead =
        "A small mountain town was promised a mining boom. What it got instead was a lesson in who "
        "decides what a place is for.",
    .body =
        {"Not everyone was pleased. A group of ranchers formed a committee to fight the plant, and "
         "their meetings soon drew more people than the council's."},
    .chrome = {"Sign up for it here"},
};

/* A lead its id names ("h2#article_sapo"), a few rows after the date
 * between the headline's part and the body, is the lead. */
static const spec lead_named_by_id = {
    .page = "lead-named-by-id.html",
    .title = "Hà Nội FC ngược dòng trong trận derby Thủ đô",
    .lead = "(Kết quả bóng đá) Bị dẫn bàn từ sớm, Hà Nội FC vẫn kiên trì tấn công và có được chiến "
            "thắng 2-1 đầy cảm xúc nhờ bàn thắng ở phút bù giờ.",
    .body =
        {"Đội khách có bàn mở tỷ số ngay phút thứ 9 sau một pha đánh đầu từ quả phạt góc bên cánh "
         "phải."},
};

/* A box named an audio's whose button says to listen in its aria-label
 * alone is the player: it goes with its title and length. */
static const spec audio_button_label = {
    .page = "audio-button-label.html",
    .title = "Sénégal: à Kayar, les pêcheurs face à la raréfaction du poisson",
    .body = {"Certains jeunes pêcheurs envisagent déjà de partir, faute de revenus suffisants pour "
             "nourrir leur famille."},
    .chrome = {"Au Sénégal, les pêcheurs de Kayar", "02:31"},
};

/* A heading right under the headline in a script written without spaces,
 * its class naming nothing, is the headline's deck and so the lead: a
 * subline's letters, few words, no closed sentence (People's Daily's
 * "h4.sub" over the date's row). */
static const spec unspaced_heading_deck = {
    .page = "unspaced-heading-deck.html",
    .title = "城市夜间经济持续升温",
    .lead = "多地延长商圈营业时间，夜市、夜游和夜间演出带动消费明显回暖",
    .chrome = {"热点新闻", "一季度外贸数据出炉"},
};

/* A table of pictures, each with its own caption, under it in its cell or
 * in the row under the row of pictures, cell for cell, gives a figure for
 * each, captioned (dpreview's "table.newsimages" had lost its pictures,
 * its captions left as a table's cells). */
static const spec captioned_picture_table = {
    .page = "captioned-picture-table.html",
    .title = "Harbor Camera Co. unveils a weatherproof rangefinder",
    .body = {"Inside, the HC-7 uses a 24-megapixel sensor without a low-pass filter and a leaf "
             "shutter that syncs with flash at every speed. A rangefinder patch in the optical "
             "finder helps with manual focus.",
             "Pricing has not been announced, but the company expects the camera to sell for under "
             "a thousand dollars with its lens hood and a spare battery."},
    .captions = {"The HC-7 from the front, with its lens cap on a cord",
                 "The top plate: shutter dial, exposure compensation and the hot shoe",
                 "The rear screen tilts up for shooting from the hip",
                 "Rubber seals line the card and battery door"},
    .chrome = {"Latest news", "Compact zoom gets a firmware update", "Copyright 2011"},
};

/* A heading a class names as a picture's caption, right after the
 * picture's box, is its caption, not a section's heading (the Taipei
 * Times's "h2.imgtext"); a heading of no such name stays one, and so does
 * the headline its class names a title beside a picture
 * ("h1.story__title--with-image" under the hero, its alt the headline). */
static const spec heading_caption_class = {
    .page = "heading-caption-class.html",
    .title = "Harbor seals return to the river mouth",
    .captions = {"Harbor seals rest on a sandbar at the mouth of the river on Tuesday",
                 "A seal pup swims near the breakwater."},
    .headings = {{2, "Fishers adapt"}},
    .chrome = {"Copyright Island Times"},
};

/* The author's card after the story without a link: a line of their
 * name, then one that opens with their trade, goes (Diario Libre's
 * Tailwind box: "Periodista de la sección Ciudad. Cubre ..."). */
static const spec name_trade_card = {
    .page = "name-trade-card.html",
    .title = "Abren dos mercados nocturnos en la zona colonial",
    .body = {"El ayuntamiento abrió este fin de semana dos mercados nocturnos en la zona colonial, "
             "con más de ochenta puestos de comida, artesanía y productos agrícolas de la región.",
             "Los mercados funcionarán de jueves a domingo, de seis de la tarde a medianoche, y "
             "ocuparán dos plazas que hasta ahora se usaban como estacionamiento.",
             "Los comerciantes pagan una cuota mensual reducida durante el primer año, según "
             "explicó la directora de desarrollo económico del municipio."},
    .chrome = {"Periodista de la sección Ciudad", "Todos los derechos reservados"},
};

/* A review's closing line in italics naming its book, the author and
 * title, the publisher, the length and the price, is the review's, no
 * note about its writer (Mediapart's "Name, Title, La Découverte, 336
 * pages, 24 euros."). */
static const spec review_book_line = {
    .page = "review-book-line.html",
    .title = "Les gardiens de phare racontés par leurs carnets",
    .body =
        {"Pendant un siècle, les gardiens de phare de la côte bretonne ont tenu des carnets où ils "
         "notaient le vent, les navires croisés et les pannes de la lanterne. L’historien qui les "
         "a retrouvés en tire un livre attachant.",
         "On y découvre des familles entières vivant sur des rochers, des enfants scolarisés par "
         "correspondance et des relèves retardées de plusieurs semaines par les tempêtes d’hiver.",
         "L’auteur ne cache pas la dureté du métier, mais il montre aussi la fierté de ces hommes "
         "et de ces femmes, qui se savaient les derniers témoins d’un monde en voie de "
         "disparition.",
         "Yves Le Goff, Les Veilleurs de la mer. Une histoire des gardiens de phare (1850-1990), "
         "Éditions du Littoral, 288 pages, 22 euros."},
    .chrome = {"© La Revue des idées"},
};

/* The paragraph under the headline in the header's box is the lead
 * though the header's picture below it has a class naming it the lead's
 * ("figure.ArticleImage--Lead", New Scientist's): a picture so named is
 * no lead text to read instead. */
static const spec lead_figure_in_header = {
    .page = "lead-figure-in-header.html",
    .title = "Ants farm fungus in cooler nests than expected",
    .lead =
        "Leafcutter ants move their fungus gardens deeper underground during heatwaves, keeping "
        "the crop several degrees cooler than the soil around it",
    .captions = {"Leafcutter ants carry leaves back to their nest"},
};

/* Joomla 1.x sets the headline in a table's cell named "contentheading";
 * the title tag sets the site's name before it ("Coastal Weekly - Ferry
 * fares to rise in April"): the cell is the headline. */
static const spec joomla_contentheading = {
    .page = "joomla-contentheading.html",
    .title = "Ferry fares to rise in April",
    .body = {"The island ferry service will raise its fares by eight per cent from the first of "
             "April, the transport board announced on Monday, citing higher fuel and insurance "
             "costs.",
             "A return ticket for a foot passenger will cost fourteen dollars, up from thirteen, "
             "while the fare for a car and driver rises to sixty-five dollars.",
             "The board said fares for students and pensioners would not change this year."},
    .chrome = {"Main Menu", "All rights reserved"},
};

/* A summary a machine wrote, its points in a list beside the line that
 * says so ("AI-assisted summary", Gannett's "Key Points"), goes with that
 * line. */
static const spec machine_summary_box = {
    .page = "machine-summary-box.html",
    .title = "Tucson expands night bus service for summer workers",
    .body = {"Tucson will run three of its busiest bus routes until 2 a.m. this summer, the city "
             "said Monday, so that workers on night shifts can get home without a car.",
             "The routes serve the university hospital, two warehouse districts and the airport. "
             "Ridership on the late runs will be reviewed in October.",
             "Transit officials said the extra service costs about $600,000 and is paid for by a "
             "federal grant."},
    .chrome = {"AI-assisted summary", "Three bus routes will run until 2 a.m."},
};

/* A paragraph in bold after a Chinese paragraph's indent ("<p>　　<strong>
 * ...</strong>", Caixin's), or before a no-break space, is a sub-heading as
 * one without them is, and the blank goes from it. */
static const spec indented_bold_heading = {
    .page = "indented-bold-heading.html",
    .title = "多地推进老旧小区加装电梯",
    .headings = {{2, "资金分担仍是难点"}, {2, "后期维护如何保障"}, {2, "居民意见征集"}},
    .chrome = {"版权所有"},
};

/* A comment of the CMS's between the story and a label under it ("<!--
 * tools --><a>Print</a>", Sohu's "<!-- 政务处理 --><a>返回搜狐，查看更多</a>")
 * shows nothing: the label is on a line of its own, and goes. */
static const spec comment_before_label = {
    .page = "comment-before-label.html",
    .title = "Library reopens after flood repairs",
    .body = {"The county library on Mill Street reopened on Saturday, eight months after the river "
             "flooded its ground floor and ruined most of the children's collection.",
             "Volunteers spent the winter drying out the building, and a state grant paid for new "
             "shelving, carpets and about four thousand replacement books.",
             "The librarian said the reading room would stay open until eight on weekdays through "
             "the summer, an hour later than before the flood."},
    .chrome = {"Print", "Valley Courier"},
};

/* A heading opening the body that the page's Open Graph description
 * repeats is the lead, though its plain description quotes the first
 * paragraph (Dong-A's "h2.sub_tit", Hankook Ilbo's h2 over h3 sections). */
static const spec og_description_deck = {
    .page = "og-description-deck.html",
    .title = "지방 소아과 5곳 중 1곳 문 닫아",
    .lead = "저출생에 수가 낮아 운영난…주말 진료 공백 커져",
    .body = {"지방 중소도시의 소아청소년과 의원 다섯 곳 중 한 곳이 최근 3년 사이 문을 닫은 것으로 "
             "나타났다. 저출생으로 환자가 줄어든 데다 진료 수가가 낮아 운영이 어렵다는 것이다.",
             "정부는 하반기부터 소아 진료 가산 수가를 올리고 야간·휴일 진료 의원에 운영비를 지원할 "
             "계획이다."},
    .captions = {"문을 닫은 한 소아청소년과 의원 입구에 안내문이 붙어 있다."},
    .headings = {{3, "주말에는 응급실로"}},
};

/* A few words the description repeats, set as the first of the text's
 * headings of one rank, are its first section's heading, no lead ("The
 * Problem" over "What We Found" and "The Fix"). */
static const spec description_section_heading = {
    .page = "description-section-heading.html",
    .title = "Why our nightly builds kept timing out",
    .body =
        {"For three weeks in March our nightly builds failed about one night in four, always at "
         "the same step, and always after more than two hours of work.",
         "We moved the cache to local disks and staggered the backups, and the builds have "
         "finished in under forty minutes every night since."},
    .headings = {{2, "The Problem"}, {2, "What We Found"}, {2, "The Fix"}},
};

/* A box named for the story's topic under it, the topic's name over a
 * line about it (Znews's "div.the-article-topic > p.topic-title +
 * p.topic-desc"), is the site's, no paragraph of the story. */
static const spec topic_box = {
    .page = "topic-box.html",
    .title = "Hà Nội mở thêm ba tuyến buýt đêm",
    .body =
        {"Từ đầu tháng tới, Hà Nội sẽ mở thêm ba tuyến xe buýt chạy đến 2 giờ sáng, nối trung "
         "tâm với các khu công nghiệp và bến xe lớn.",
         "Sau ba tháng chạy thử, thành phố sẽ đánh giá lượng khách để quyết định có duy trì hay "
         "điều chỉnh lộ trình."},
    .chrome = {"Giao thông công cộng Hà Nội", "Thủ đô đang mở rộng mạng lưới xe buýt"},
};

/* A card of another story between the paragraphs whose picture link sits
 * in a box of its own ("div.inner-article-thumb > a > img", then the
 * title's link and a summary) goes whole, its summary too. */
static const spec boxed_thumb_card = {
    .page = "boxed-thumb-card.html",
    .title = "Chợ hoa Tết mở sớm một tuần",
    .body = {"Năm nay chợ hoa Tết bên bờ sông mở sớm hơn một tuần so với mọi năm, với gần 400 gian "
             "hàng của nhà vườn từ các tỉnh miền Tây.",
             "Ban quản lý chợ cho biết sẽ bố trí thêm bãi giữ xe và lực lượng trật tự vào các buổi "
             "tối cuối tuần.",
             "Chợ mở cửa từ 7 giờ sáng đến 10 giờ đêm, kéo dài đến chiều 30 Tết."},
    .chrome = {"Nhà vườn Sa Đéc tất bật vào vụ hoa Tết", "giá giống và phân bón"},
};

/* A row of a page's tools holding a row of its own ("<a>In bài viết</a>
 * <a>Gửi bài viết</a> <span>Cỡ chữ: <a>A-</a> <a>A+</a></span>") is a row of
 * labels all the same, and goes. */
static const spec nested_tool_row = {
    .page = "nested-tool-row.html",
    .title = "Nông dân chuyển sang bán hàng qua mạng",
    .body = {"Nhiều hộ trồng cây ăn trái ở đồng bằng sông Cửu Long đã chuyển sang bán hàng trực "
             "tiếp qua mạng xã hội, không còn phụ thuộc vào thương lái như trước.",
             "Khó khăn lớn nhất vẫn là khâu đóng gói và vận chuyển hàng tươi đi xa trong mùa mưa."},
    .chrome = {"In bài viết", "Gửi bài viết", "Cỡ chữ"},
};

/* A table of a picture in rows, as newspapers' sites laid it out in the
 * 2000s: the picture, a row of its credit ("td.photocredit"), a row of its
 * caption ("td.cutline", the newsroom's word) and a row of a link to where
 * the picture's own link goes ("Click photo to enlarge"), is one captioned
 * figure, the button gone. */
static const spec photo_table_rows = {
    .page = "photo-table-rows.html",
    .title = "County approves new library roof",
    .body = {"County commissioners on Tuesday approved $380,000 to replace the roof of the main "
             "library, which has leaked into the reading room since last spring.",
             "The librarian said volunteers had moved about two thousand books away from the worst "
             "leaks over the winter."},
    .captions = {"Buckets catch rain in the reading room of the county library, whose roof has "
                 "leaked since the storms of last spring."},
    .chrome = {"Click photo to enlarge", "Most read"},
};

/* A figure of the story's own video, its player a script fills and a
 * caption in its figcaption (VietNamNet's "figure.vnn-content-video"), keeps
 * its caption; a video's card, a title beside its length, does not. */
static const spec captioned_video_figure = {
    .page = "captioned-video-figure.html",
    .title = "Hà Nội thí điểm làn riêng cho xe buýt",
    .body = {"Từ tháng sau, Hà Nội sẽ thí điểm làn đường riêng cho xe buýt trên tuyến Nguyễn Trãi, "
             "dài gần tám cây số, trong giờ cao điểm sáng và chiều.",
             "Theo Sở Xây dựng, các phương tiện khác đi vào làn này trong khung giờ quy định sẽ bị "
             "camera ghi hình và xử phạt."},
    .captions = {"Xe buýt chen giữa dòng xe máy trên đường Nguyễn Trãi giờ cao điểm."},
};

/* A line under a picture that ends its box with only the picture's credit
 * after it (ITmedia's "<img><small>Caption</small><small class=credit>
 * (Source)</small>") is its caption: the credit ends the line with it. */
static const spec small_caption_credit = {
    .page = "small-caption-credit.html",
    .title = "市バス、運転士不足で路線を再編へ",
    .body =
        {"　港町市交通局は、運転士の不足が続いていることから、来年4月に市バスの路線を再編すると発表"
         "した。利用の少ない3路線を廃止し、主要な路線の本数を維持する。",
         "　交通局によると、運転士は定員を約40人下回っており、残業で補ってきたが限界に近いという"
         "。"},
    .captions = {"運転士の確保が課題となっている市バスの車庫"},
};

/* A box named in one camel-case word for a picture and a description
 * ("photoInfo", MDR's "mediaInfo", as "img-desc" is in two) beside the
 * picture's own box holds its caption and its credit. */
static const spec camel_photo_info = {
    .page = "camel-photo-info.html",
    .title = "Stadtbibliothek verlängert Öffnungszeiten",
    .body = {"Die Stadtbibliothek öffnet ab dem kommenden Monat auch an Sonntagnachmittagen. Der "
             "Stadtrat hat die nötigen Mittel für zusätzliches Personal am Dienstag bewilligt.",
             "Nach Angaben der Verwaltung hatten sich in einer Umfrage mehr als zwei Drittel der "
             "Nutzer längere Öffnungszeiten gewünscht."},
    .captions = {"Im Lesesaal der Stadtbibliothek sollen künftig auch sonntags Plätze frei sein."},
};

/* A box of key points between the hero picture and the body, its heading
 * and its list each in wrappers of one element (CNBC's
 * "div.RenderKeyPoints-keyPoints > div.wrapper > h2, div.list > div.group
 * > ul"), is the article's. */
static const spec key_points_wrapped = {
    .page = "key-points-wrapped.html",
    .title = "Ports brace for a record holiday shipping season",
    .body =
        {"West Coast ports expect container volumes to rise about 7% from last year in November "
         "and December.",
         "Retailers pulled orders forward ahead of possible new tariffs in the spring.",
         "Rail and trucking companies say they have added crews to keep cargo moving.",
         "The country's busiest ports are bracing for their heaviest holiday shipping season on "
         "record as retailers rush to stock shelves before the end of the year."},
    .captions = {"Cranes unload a container ship at the Port of Long Beach on Oct. 30, 2025."},
    .headings = {{2, "Key Points"}},
};

/* A box named a video holding its still, its length, a heading of its
 * title and its show's name (CNBC's "InlineVideo-inlineVideo") is a card
 * of a video no format here plays: the heading is its title, not the
 * story's. */
static const spec video_card_heading = {
    .page = "video-card-heading.html",
    .title = "Refiners cut output as margins shrink",
    .body =
        {"U.S. refiners are trimming how much crude they process this winter as the profit from "
         "turning oil into gasoline and diesel falls to its lowest level in three years.",
         "Several large plants on the Gulf Coast have brought forward maintenance that had been "
         "planned for the spring, according to people familiar with the schedules.",
         "Analysts said the cuts could support fuel prices in the new year if demand holds up, "
         "though inventories remain above their five-year average."},
    .chrome = {"Why gasoline prices fall in the winter", "Morning Markets", "03:12"},
};

/* A deck under the headline in a box named its "abstract" (MSNBC's and
 * Ahram's "div.abstract") is the lead. */
static const spec abstract_deck = {
    .page = "abstract-deck.html",
    .title = "Ferry fares to rise in spring",
    .lead = "Island commuters face the first increase in five years",
    .body =
        {"Ferry fares between the mainland and the islands will rise by 8 percent in April, the "
         "harbour authority said Monday, the first increase since 2004."},
};

/* A box named "related" holding only a picture and its caption (Yahoo
 * News's "yn-story-related-media" over the story, its slideshow's link
 * beside the caption) is the story's picture, as a box named for printing
 * so already was. */
static const spec related_media_caption = {
    .page = "related-media-caption.html",
    .title = "Town votes to keep its library open",
    .body = {"The levy passed by 212 votes, after a campaign in which volunteers knocked on nearly "
             "every door in town."},
    .captions = {"Librarian Joan Pike shelves returned books at the Millbrook library on Tuesday. "
                 "Voters approved a levy to keep it open. (Valley Wire Photo/Sam Ortiz)"},
};

/* A list of points in a summary box over a lead its class names (Focus's
 * "Das Wichtigste in Kürze" over "div.leadIn") is the box's, and the
 * paragraph after it is the lead. */
static const spec points_before_lead = {
    .page = "points-before-lead.html",
    .title = "Was Mieter bei der Nebenkostenabrechnung prüfen sollten",
    .lead =
        "Viele Haushalte bekommen in diesen Wochen ihre Nebenkostenabrechnung – und oft eine hohe "
        "Nachforderung. Welche Posten erlaubt sind und wann sich ein Widerspruch lohnt.",
    .headings = {{2, "Auf einen Blick"}},
    .body =
        {"Die Nebenkostenabrechnung gehört zu den häufigsten Streitpunkten zwischen Mietern und "
         "Vermietern. Nach Angaben des Mieterbunds ist fast jede zweite Abrechnung fehlerhaft."},
};

/* A deck under the headline in a box named so (MSNBC's 2006 "div.deck",
 * as "dek" already was) is the lead. */
static const spec deck_lead = {
    .page = "deck-lead.html",
    .title = "Bridge tolls to rise in summer",
    .lead = "Drivers face the first toll increase in a decade",
    .body =
        {"Ferry fares between the mainland and the islands will rise by 8 percent in April, the "
         "harbour authority said Monday, the first increase since 2004."},
};

/* A picture's button in brackets under its caption ("(click image to
 * enlarge)", as InformationWeek set it) is a button still. */
static const spec bracketed_figure_button = {
    .page = "bracketed-figure-button.html",
    .title = "Clinic tracks wheelchairs by radio tag",
    .body =
        {"Staff at a county clinic used to spend much of each shift looking for wheelchairs. Since "
         "March, each chair carries a small radio tag, and a screen at the front desk shows where "
         "the nearest free one is."},
    .captions = {"A radio tag on the frame of a wheelchair reports where it is every few seconds."},
    .chrome = {"click image"},
};

/* A label on a line of its own over the lead's paragraph, inline and named
 * so (GigaOM's "span.summary-label" saying "Summary:"), is the label's:
 * the paragraph is the lead. */
static const spec summary_label_span = {
    .page = "summary-label-span.html",
    .title = "Cloud storage prices fall again",
    .lead =
        "The three biggest providers cut what they charge to keep data for the fourth time in two "
        "years, and analysts expect smaller rivals to follow.",
    .body =
        {"Storing a gigabyte of data in the cloud now costs less than a third of what it did in "
         "2011, after the largest providers announced new price cuts this week."},
    .chrome = {"Summary:"},
};

/* Bylines taken out of their rows between the headline and the body move
 * nodes while the rows before the body are walked (a Drupal page's
 * "Tác giả:" and "Ảnh:" fields over the body's field): the walk goes on
 * from the next row it took before, and the page converts (it crashed). */
static const spec byline_fields_moved = {
    .page = "byline-fields-moved.html",
    .body =
        {"Trong bài giảng, Cha quản hạt chia sẻ về hình ảnh Thánh Giuse, người công chính âm "
         "thầm, luôn lắng nghe và vâng phục thánh ý Thiên Chúa. Ngài mời gọi mỗi gia đình trong "
         "giáo xứ noi gương Thánh Giuse, sống trung tín trong bổn phận hằng ngày, biết yêu "
         "thương, nâng đỡ nhau, nhất là trong những lúc khó khăn."},
};

/* A block named a "subhead" right under the headline, before the byline,
 * is the headline's subline, the lead (MIT's "p.subhead", a 2008 paper's
 * "div.ArticleSubhead" after a span around its h1); a heading so named in
 * the body is a sub-heading still. */
static const spec subhead_under_headline = {
    .page = "subhead-under-headline.html",
    .title = "Harbor board delays vote on ferry dock",
    .lead = "Fishermen ask for another hearing before the pilings go in next spring",
    .headings = {{3, "A second hearing"}},
    .body =
        {"The dock would take up two of the eleven berths the commercial fleet now uses, and "
         "the fishermen say nobody has told them where their boats would go while it is built."},
};

/* A chrome-named box between the headline's box and the body holding a
 * picture and paragraphs mostly its caption's ("p.caption" over "Enlarge
 * Photo", Yahoo News's 2008 "yn-story-related-media") is the story's
 * picture. */
static const spec captioned_picture_paragraphs = {
    .page = "captioned-picture-paragraphs.html",
    .title = "Creamery reopens after two-year fight",
    .captions =
        {"Cheesemaker Rosa Hale turns a wheel of cheddar in the aging room of the Millbrook "
         "creamery on Tuesday, the first batch made there since 2006. (Valley Wire "
         "Photo/Sam Ortiz)"},
    .body =
        {"A cooperative of eleven dairy farmers bought the building in the spring and spent the "
         "winter putting in new equipment, most of it paid for with a state loan."},
    .chrome = {"Enlarge Photo"},
};

/* An aside between the paragraphs that its name calls the story's facts
 * ("aside.fact", NRK's box of a heading and two paragraphs) is the
 * story's; its button to show more is not. */
static const spec fact_aside = {
    .page = "fact-aside.html",
    .title = "Fergene blir elektriske innen 2030",
    .headings = {{3, "Fergene i fylket"}},
    .body = {"Fylket har i dag 42 ferger i drift på 19 samband.",
             "Elleve av fergene går fortsatt bare på diesel.",
             "Rederiene har allerede begynt å bygge ladestasjoner ved de største kaiene."},
    .chrome = {"Vis mer", "Mest lest"},
};

/* A picture's credit before its caption, in its box: a <cite> (ESPN's
 * "<img><cite>Name/Agency</cite><p>caption</p>") or a span named the
 * source (Business Insider's "span.source" before "span.caption"), is
 * its credit, and the line after it its caption; before, the credit
 * stood as a paragraph, and the picture without its caption went. */
static const spec credit_before_caption = {
    .page = "credit-before-caption.html",
    .title = "Rangers lose their captain for a month",
    .captions = {"Tomas Berg has 11 goals in the Rangers' first 15 games.",
                 "The Rangers' bench during Saturday's loss to the Flyers."},
    .body = {"Berg, 31, leads the team in goals and was averaging more than 20 minutes a game, and "
             "coach Dale Pike said the team would not rush him back."},
};

/* Bold lines numbered in order from one, each a short sentence over a
 * paragraph (a list article's "1. The new quarterback can throw deep."),
 * are its sub-headings, though a full stop ends each. */
static const spec numbered_bold_headings = {
    .page = "numbered-bold-headings.html",
    .title = "Four things we learned from the season opener",
    .headings = {{2, "1. The new quarterback can throw deep."},
                 {2, "2. The defense still misses its tackles."},
                 {2, "3. Special teams are fixed."},
                 {2, "4. The crowd is back."}},
    .body =
        {"Sam Ortiz completed four passes of more than 30 yards, something the Hawks did only six "
         "times all of last season."},
};

/* A picture linked to its gallery, its caption under it and a link to the
 * gallery again (the Village Voice's "div.photo > a > img, div.caption,
 * div.slideshowLink"), is the story's picture, not a card of another
 * page; the gallery's link goes. */
static const spec gallery_linked_picture = {
    .page = "gallery-linked-picture.html",
    .title = "Tenants pack the rent board's last hearing",
    .captions = {"Tenants hold up signs as the board members take their seats on Tuesday night."},
    .body = {"The board will vote next Thursday."},
    .chrome = {"View a slideshow of the rent board hearing"},
};

/* A deck a box of the CMS's story parts names ("div.storydeck > h2" under
 * "div.storyheadline > h1", CanWest's 2007 papers) is the lead, short as
 * it is; the name on the box counts as on the heading it wraps. */
static const spec storydeck_under_headline = {
    .page = "storydeck-under-headline.html",
    .title = "Bus fares to rise in the fall",
    .lead = "Council approves a 25-cent increase for adult riders",
    .body = {"Transit officials said the extra money would pay for longer hours on the busiest "
             "routes and for twelve new buses."},
};

/* A heading right under the headline its element's id names the subline
 * (Sun Media's "h2.ArticleSubHead > span#lblSubHeadline", an ASP.NET
 * label's id) is no second headline but the lead. */
static const spec subline_id_under_headline = {
    .page = "subline-id-under-headline.html",
    .title = "Harbour ferry fares frozen for another year",
    .lead = "Councillors say the island's riders already pay more than anyone else in the region",
    .body =
        {"The ferry carries about 1,200 riders on a summer weekday, most of them island residents "
         "who work or go to school in the city."},
};

/* A release's subhead under its headline set as a paragraph (a class
 * names both: "p.prHeadline", "p.prSubhead") is the lead, not a
 * sub-heading; the rule under the release's header goes. */
static const spec release_subhead_paragraph_headline = {
    .page = "release-subhead-paragraph-headline.html",
    .title = "WATER AUTHORITY FINISHES RESERVOIR REPAIRS AHEAD OF SUMMER",
    .lead = "Crews Replaced the Old Spillway Gates; Lake Levels Will Return to Normal by June",
    .body = {"Crews from the County Water Authority finished repairs on the north reservoir's "
             "spillway on Monday, two weeks ahead of the schedule set when the work began in "
             "February.",
             "Boat launches at the north end will reopen once the water is high enough, the "
             "authority said."},
};

/* A release's row of contact and date beside its logo, above the
 * headline, does not hide the headline: the subline under it is the
 * lead. */
static const spec release_contact_above_headline = {
    .page = "release-contact-above-headline.html",
    .title = "Bridge deck repairs to start in April",
    .lead = "Lane closures on the Fifth Street bridge will last about ten weeks while crews "
            "replace the worn deck",
    .body = {"Drivers are asked to use the Main Street bridge where they can, and buses will keep "
             "their usual stops on both sides of the river."},
};

/* A label closing the text, set apart by a rule above it, over the links
 * cleaning took ("<hr> Other stories this week:"), goes, and so do the
 * rules closing the text. */
static const spec rule_label_closing = {
    .page = "rule-label-closing.html",
    .title = "Library levy goes to voters in November",
    .body = {"Voters in the Harbor Library District will decide in November whether to renew the "
             "levy that pays for about two thirds of the district's budget.",
             "The lone vote against came from board member Carl Whitman, who said the district "
             "should have asked for a lower rate."},
    .chrome = {"Other stories this week"},
};

/* A lead named so under the cover picture, itself under the headline, is
 * the lead: the picture's caption and a short link to its gallery beside
 * it do not hide it. */
static const spec lead_after_cover_picture = {
    .page = "lead-after-cover-picture.html",
    .title = "Nowy most na Wiśle otwarty dla pieszych",
    .lead = "Od soboty piesi i rowerzyści mogą przejść nową kładką nad Wisłą. Budowa trwała dwa "
            "lata i kosztowała 45 mln zł.",
    .captions = {"Kładka nad Wisłą między Kazimierzem a Podgórzem w dniu otwarcia"},
    .body = {"Kładka ma 140 metrów długości i prowadzi z bulwaru na Kazimierzu prosto na plac "
             "przed kościołem w Podgórzu."},
    .chrome = {"Zobacz zdjęcia"},
};

/* A plain line of a few words opening the text, the end of the <title>
 * after the site's and its section's names, is the headline: the title
 * is that line. */
static const spec title_end_plain_line = {
    .page = "title-end-plain-line.html",
    .title = "Library board picks new director",
    .body = {"The Prairie Public Library board on Tuesday chose Linda Ostrander, assistant "
             "director of the Fremont library, to lead the library starting July 1."},
};

/* A title in the cover's video player under the headline, saying the
 * headline again, is the video's: the h1 above is the headline, and the
 * subheadline under it the lead. */
static const spec video_title_in_cover = {
    .page = "video-title-in-cover.html",
    .title = "County extends burn ban through Labor Day",
    .lead = "Fire officials say grass along the foothills is the driest it has been in a decade, "
            "and even campfires in designated rings are now off limits.",
    .body = {"The county commission voted Monday to keep its burn ban in place through Labor Day "
             "weekend, citing dry grass and a forecast with no rain for at least ten days."},
};

/* The hanger, the line a paper hangs under its headline ("td.hanger"
 * under "td.headline"), is the lead however short. */
static const spec hanger_under_headline = {
    .page = "hanger-under-headline.html",
    .title = "Ferry fares to rise in July",
    .lead = "Operators blame the price of diesel for the rise",
    .body = {"Ferry operators on the city's three main river routes will raise fares by about 20 "
             "percent from the first of July, their association said yesterday."},
};

/* Rows of links set inline on lines of their own, as pages laid out in
 * tables set their menus and tools (a <center> of "[ Home ] [ News
 * Releases ] ...", a span of "Print this page | Return to News Releases |
 * ..."), are the site's. */
static const spec inline_link_rows = {
    .page = "inline-link-rows.html",
    .title = "Growers expect more acres of soybeans",
    .body = {"Farmers across the state expect to plant more soybeans and fewer acres of corn this "
             "spring, according to a survey the association released on Tuesday.",
             "Association president Dale Huffman said high fertilizer prices were the main reason "
             "growers gave for the shift."},
    .chrome = {"News Releases", "Print this page", "Release Archive"},
};

/* A picture alone, its caption in a block named so right after it (each a
 * field of its own, share buttons before the body): the caption is the
 * picture's, and the remote picture stays with it. */
static const spec caption_field_after_picture = {
    .page = "caption-field-after-picture.html",
    .captions = {"Nurse manager Carla Diaz shows one of the new suites to expecting parents on "
                 "Friday.",
                 "Each suite has a tub for labor and a couch that folds out for a partner."},
    .body = {"Riverside Hospital opened its new birth center on Monday, with twelve private suites "
             "where mothers can labor, deliver and recover in the same room."},
};

/* A picture and its caption in the one wrapper of a box named a caption
 * (Froala's "span.fr-img-caption > span.fr-img-wrap > img +
 * span.fr-inner") are a figure and its caption. */
static const spec caption_box_wrapper = {
    .page = "caption-box-wrapper.html",
    .captions = {"A rendering of the new playground, looking north from the Elm Street entrance."},
    .body = {"The city council voted on Monday to rebuild the playground at Lincoln Park as the "
             "city's first play area designed for children of all abilities."},
};

/* A caption named in camel case with the box's word between the picture's
 * and the description's ("td.ImageBoxDescription" under the lazy picture)
 * is the picture's caption. */
static const spec camel_box_description = {
    .page = "camel-box-description.html",
    .captions = {"Thí sinh xem sơ đồ phòng thi tại điểm thi Trường THPT Chu Văn An sáng 1/7."},
    .body = {"Mỗi điểm thi đều có cán bộ y tế và công an trực trong suốt các buổi thi."},
};

/* The readers' comments after the story are each dated ("Posted by: name
 * on 2/12/07 at 9:41 AM"): none of their dates is the story's. */
static const spec comment_dates_skipped = {
    .page = "comment-dates-skipped.html",
    .title = "Trustees approve tuition increase",
    .date = "2007-02-12",
    .body = {"The Board of Trustees voted Friday to raise tuition 6.5 percent for next year, the "
             "largest increase since 1994."},
};

/* A heading right under the headline, long as a deck is, is the lead when
 * a breadcrumb ending in the headline stands above it and both were taken
 * as parts of the story (NDTV's "h1.sp-ttl + h2.sp-descp" under its
 * crumbs). */
static const spec deck_after_crumb_headline = {
    .page = "deck-after-crumb-headline.html",
    .title = "Monsoon Floods Cut Off Forty Villages In Assam, Army Called In For Rescue As More "
             "Rain Is Forecast",
    .lead = "Rescue teams said boats were the only way to reach families stranded on rooftops, and "
            "more rain is forecast for the rest of the week",
    .captions = {"Villagers wade through floodwater in Morigaon district on Monday. (PTI)"},
    .body = {"More than 1.2 lakh people have been affected across six districts, according to the "
             "Assam State Disaster Management Authority, and 18 relief camps have been opened."},
};

/* A heading under the headline in a wrapper whose id names the subline
 * (the Inquirer's "div#article_title > h1" over "div#article_subtitle >
 * h2") is the lead, short as it is. */
static const spec subtitle_wrapper_id = {
    .page = "subtitle-wrapper-id.html",
    .title = "Town to reopen two public pools by June",
    .lead = "Lifeguard hiring is still running behind",
    .body = {"The town will reopen the pools at Riverside Park and Elm Street by the first week of "
             "June, the parks director told the council on Monday night."},
};

/* A heading opening the text that closes a sentence and goes on with
 * another, left open (derStandard's "div.copytext > h2" over the story),
 * is the lead: a sub-heading closes no sentence. */
static const spec heading_lead_two_sentences = {
    .page = "heading-lead-two-sentences.html",
    .title = "Bodensee: Felchen werden knapp",
    .lead =
        "Die Berufsfischer am Bodensee fangen so wenige Felchen wie seit Jahrzehnten nicht. Die "
        "Fangquoten sollen im kommenden Jahr weiter sinken",
    .headings = {{3, "Quagga-Muschel als Konkurrent"}},
    .body =
        {"Grund ist nach Ansicht der Fischereiforscher vor allem das saubere Wasser: Weil weniger "
         "Nährstoffe in den See gelangen, findet der Fisch weniger Plankton."},
};

/* A news item's picture in Plone's box: the link to its full size holds
 * the picture and a button (an icon named so and "Click to view full-size
 * image…"), and the caption follows the link ("div.newsImageContainer >
 * a > img + p.discreet", then "p.discreet"). */
static const spec plone_news_image = {
    .page = "plone-news-image.html",
    .title = "Library extends weekend hours",
    .captions = {"Volunteers shelve returned books in the children's room of the Easton Public "
                 "Library."},
    .body = {"The Easton Public Library will open on Sundays from noon to 5 p.m. starting April 3, "
             "the library board announced on Monday."},
    .chrome = {"Click to view full-size image"},
};

/* The line a CMS writes its author on ("Viết bởi Administrator", Joomla's
 * "Written by" in Vietnamese) and the date under it stand before the
 * sapo in bold: it is the first paragraph still, and the lead. */
static const spec written_by_before_sapo = {
    .page = "written-by-before-sapo.html",
    .title = "Làng nghề mây tre đan Phú Vinh vào mùa hàng Tết",
    .lead =
        "LNV - Những ngày cuối năm, hơn 300 hộ làm nghề mây tre đan ở làng Phú Vinh (Chương Mỹ, "
        "Hà Nội) tất bật hoàn thành các đơn hàng giỏ quà, khay mứt để kịp giao cho khách trước "
        "Tết.",
    .body =
        {"Theo ông Nguyễn Văn Hòa, trưởng thôn Phú Vinh, năm nay số đơn hàng tăng khoảng 20% so "
         "với năm trước, nhiều nhất là giỏ đựng quà Tết cho các doanh nghiệp."},
};

/* A button to the gallery in the cover picture's box, its name and its
 * count of pictures ("Fotogalerie 18 fotografií", iDNES's) is the
 * figure's button: the box is the picture's, its caption kept. */
static const spec gallery_count_button = {
    .page = "gallery-count-button.html",
    .title = "Most přes Orlici u Týniště bude hotový o měsíc dřív",
    .captions = {"Dělníci betonují poslední pole mostu přes Orlici."},
    .body = {"Podle krajského úřadu pomohla hlavně suchá zima, kdy dělníci mohli betonovat i v "
             "lednu a v únoru."},
    .chrome = {"Fotogalerie"},
};

/* The source's line closing a story, its label and a name cut short by a
 * full stop ("Quelle: F.A.Z."), is the source's line all the same: it
 * goes, as "Quelle: dpa" does. */
static const spec source_label_full_stop = {
    .page = "source-label-full-stop.html",
    .title = "Der Nahverkehr braucht eine Finanzierung, die trägt",
    .body =
        {"Wer das Angebot erhalten will, muss die Finanzierung für mehrere Jahre festschreiben, "
         "statt sie in jedem Herbst neu zu verhandeln."},
    .chrome = {"Quelle: B.A.Z."},
};

/* A <title> of three parts set apart by hyphens ("Site - Section -
 * Headline") over a page whose headline no element marks, only a bold
 * line saying the last part: that part is the title. */
static const spec title_shown_part = {
    .page = "title-shown-part.html",
    .title = "Officers Recover Stolen Tractor From Farm Field",
    .body =
        {"Millbrook officers on Monday recovered a tractor stolen two weeks ago from a dealer on "
         "Route 61, after a farmer reported it parked at the edge of his field."},
};

/* Plone 3's news picture: the link to its full size holds the picture, a
 * break, and a button of an icon, "Click to view full-size image…" and the
 * file's size; the caption follows the link.  The icon is no picture, the
 * button no text. */
static const spec plone_news_image_size = {
    .page = "plone-news-image-size.html",
    .title = "Library extends weekend hours",
    .captions = {"Volunteers repaint the reading room of the Easton Public Library."},
    .body = {"The Easton Public Library will open on Sundays from noon to 5 p.m. starting April 3, "
             "the library board announced on Monday."},
    .chrome = {"Click to view full-size image", "38.7 kB"},
};

/* A picture and its text right after it, no break between, in a box its
 * class names a caption (Drupal's caption filter: "div.caption >
 * div.caption-inner > img + text") are a figure and its caption. */
static const spec caption_filter_text = {
    .page = "caption-filter-text.html",
    .title = "Harbour works begin at the old port",
    .captions = {"The old shipyards today, beside the seafront road"},
    .body =
        {"Particular care will be taken with traffic, according to the study, as the stretch of "
         "road in front of the shipyards will be closed for several weeks during the works."},
};

/* A counter of readings in the row of the byline and the date, its number
 * grouped by a space ("Olvasva: 3 841"), is the site's, as "Lượt xem:
 * 1.284" is. */
static const spec view_count_grouped = {
    .page = "view-count-grouped.html",
    .title = "Elkészült az új kerékpárút a Balaton-felvidéken",
    .body =
        {"A beruházás négyszázmillió forintba került, és a környező falvak lakói is használhatják "
         "a munkába járáshoz."},
    .chrome = {"Olvasva", "3 841"},
};

/* The story's subhead as TownNews set it, a "font.storysubhead" on its line
 * under "font.storyheadline" in the story's table, is the lead. */
static const spec font_story_subhead = {
    .page = "font-story-subhead.html",
    .title = "County opens new recycling center on Mill Road",
    .lead = "Center will take glass, cardboard and electronics six days a week",
    .body = {"The building cost $1.1 million, most of it paid by a state solid waste grant."},
};

/* A subtitle opening the box of the byline's row and the post's tools,
 * under the headline's box (Medium's "div > h2.pw-subtitle-paragraph" over
 * the author's links, the reading time and the claps): the lead, the box
 * staying for it while its rows are cleaned. */
static const spec subtitle_beside_toolbar = {
    .page = "subtitle-beside-toolbar.html",
    .title = "How we cut our build times by two thirds",
    .lead = "Caching, smaller images and one forgotten test fixture",
    .body = {"We spent a quarter on it. The first step was to measure where the time went, job by "
             "job, over a month of builds on the main branch."},
    .chrome = {"6 min read", "Sign up to follow", "Listen"},
};

/* A release's headline inside the body's box, under its header of the
 * agency's name and address, the embargo and the contact (more text than
 * a kicker and a date), is still the headline found there: the subtitle
 * under it is the lead. */
static const spec release_header_lines = {
    .page = "release-header-lines.html",
    .title = "Daily walks linked to better sleep in older adults, institute study finds",
    .lead = "Thirty minutes a day was enough to show a difference",
    .body = {"Researchers followed 1,200 adults in four cities for two years, measuring their "
             "activity and their sleep with wrist monitors worn day and night."},
};

/* A headline that is the site's label of a few words (CivicPlus's h1 "News
 * Flash") over a heading that says the whole of the metadata's title: that
 * heading is the headline, and the label goes. */
static const spec label_h1_title_line = {
    .page = "label-h1-title-line.html",
    .title = "Leaf Collection Starts October 21",
    .body = {"Residents should rake leaves into the street gutter, not into the street itself, and "
             "keep them free of branches, trash and grass clippings."},
    .chrome = {"News Flash"},
};

/* The cover picture's box and its caption's box side by side over the
 * post's box (Sahifa's "div.single-post-thumb", "div.single-post-caption"
 * and "div.post-inner > h1"): the figure and its caption, taken with the
 * body. */
static const spec hero_caption_sibling = {
    .page = "hero-caption-sibling.html",
    .title = "Nieuwe veerpont vaart vanaf zaterdag over de Waal",
    .captions = {"De nieuwe veerpont bij de aanlegsteiger in Brakel."},
    .body =
        {"De nieuwe pont kan twaalf auto's tegelijk overzetten, vier meer dan de oude, en vaart "
         "op elektriciteit. De overtocht duurt zes minuten."},
    .chrome = {"Gerelateerde berichten", "Deel dit artikel"},
};

/* A section's name in the h1 (not linked), its trail of sections under
 * it, and the headline as a line that the <title> cuts short beside the
 * site's and the section's names: the line is the headline (its year no
 * date's row), the name and the trail go. */
static const spec section_h1_over_title_line = {
    .page = "section-h1-over-title-line.html",
    .title = "Board Adopts 2008 Budget With No Rate Increase, Approves Main Replacement",
    .body = {"The Lakeview Water District Board of Directors adopted a $6.8 million operating "
             "budget for 2008 at its meeting Monday night, holding water rates at their 2007 "
             "level for the second year in a row."},
    .chrome = {"District News", "2008 News"},
};

/* A deck in italics under the headline, in sentence case and no sentence
 * closed, long: the lead. */
static const spec italic_deck_sentence_case = {
    .page = "italic-deck-sentence-case.html",
    .title = "Harbor ferry adds evening crossings for summer",
    .lead = "Boats will leave the Ellery Street landing every half hour until ten at night from "
            "Memorial Day through Labor Day",
    .body = {"The extra crossings will cost the agency about $48,000 over the season, paid for by "
             "a grant from the Harbor Business Association."},
};

/* A row of pictures in a table, each captioned in its cell, and a last
 * row of one cell that credits them all ("Photos by ..."): every picture
 * keeps its caption, the credit its own. */
static const spec picture_row_shared_credit = {
    .page = "picture-row-shared-credit.html",
    .title = "Ice Storm Cleanup Continues Across the County",
    .captions = {"A lineman frees a service drop from an ice-laden oak on Ridge Road.",
                 "Crews set a new pole near the Miller Creek substation."},
    .body = {"More than 300 poles were broken across the cooperative's three counties, the most "
             "damage the system has seen since 1994, said operations manager Tom Ruehl."},
};

/* The podcast plugin's row of links under its player in the post
 * (WordPress's PowerPress, "Podcast: Play in new window | Download"):
 * the player's, not the story's. */
static const spec podcast_plugin_links = {
    .page = "podcast-plugin-links.html",
    .title = "Council delays vote on downtown parking meters",
    .body = {"The Willmar City Council put off a vote Monday night on bringing back parking meters "
             "downtown, after business owners asked for more time to study the plan.",
             "Council member Audrey Nelsen said the city should hear from every shop on Litchfield "
             "Avenue before it charges shoppers to park there.",
             "The council will take the matter up again at its May 3 meeting."},
    .chrome = {"Play in new window", "Podcast:"},
};

/* A deck set as a heading under the headline, in sentence case and no
 * sentence closed, long (a legislator's release, "h4.prSub"): the lead,
 * no sub-heading. */
static const spec heading_deck_sentence_case = {
    .page = "heading-deck-sentence-case.html",
    .title = "Okafor Bill Would Extend Hours at Rural License Offices",
    .lead = "Offices in eleven counties would stay open until seven on two evenings a week under "
            "the proposal",
    .body = {"The bill directs the Department of Revenue to keep its license offices in counties "
             "of fewer than 20,000 people open until 7 p.m. on Tuesdays and Thursdays."},
};

/* A deck in bold under the headline, in sentence case and no sentence
 * closed, long: the lead. */
static const spec bold_deck_sentence_case = {
    .page = "bold-deck-sentence-case.html",
    .title = "Grain cooperative to build new elevator at Ashby siding",
    .lead = "The 1.2 million bushel elevator will load 110-car unit trains on the BNSF line "
            "starting with next fall's harvest",
    .body = {"Construction is set to begin in June, once the county approves the road "
             "improvements the project needs."},
};

/* A picture's table with spacer cells of a no-break space beside the
 * picture and its caption: the cells say nothing, the caption is the
 * picture's. */
static const spec image_table_spacer_cells = {
    .page = "image-table-spacer-cells.html",
    .title = "Harbour board approves new slipway",
    .captions = {"The old slipway at Kilrush pier, which will be replaced this summer."},
    .body = {"The work, costing an estimated 240,000 euro, will begin in June and should be "
             "finished before the regatta in August."},
};

/* An h1 of the section's name that a link says too and the <title> sets
 * apart as a part, no headline in the <title>: the headline is the story's
 * own (CivicPlus's "h3.detailTitle" under "News Flash"). */
static const spec section_h1_title_in_body = {
    .page = "section-h1-title-in-body.html",
    .title = "County Opens Cooling Centers as Heat Advisory Continues Through Friday",
    .body = {"The centers at the Wellsburg library, the Follansbee community center and the senior "
             "center in Bethany offer water, seating and air conditioning to anyone who needs a "
             "break from the heat."},
    .chrome = {"News Flash"},
};

/* Word's "Save as Web Page": the picture between a VML shape and its
 * "downlevel-revealed" markers ("<![if !vml]><img><![endif]>"), which a
 * browser reads as comments; a MsoCaption paragraph under it. */
static const spec word_vml_picture = {
    .page = "word-vml-picture.html",
    .title = "Quilt Show Raises Record Sum for the Food Pantry",
    .captions = {"Martha Leary’s “Garden Path” quilt won the visitors’ ribbon."},
    .body = {"Forty-two quilts were shown, and nineteen were sold at the silent auction on Sunday "
             "afternoon."},
    .chrome = {"<![if", "<![endif]>"},
};

/* The headline in a table cell its class names a news item's head
 * ("td.newshead"), the <title> only the site's and the section's names. */
static const spec news_head_cell = {
    .page = "news-head-cell.html",
    .title = "New Fuel Farm Opens With Self-Serve 100LL Around the Clock",
    .body = {"The $310,000 project replaced two tanks installed in 1978 and was paid for mostly by "
             "a state aviation grant."},
};

/* The site's name ending a line a "title" class names (a reporter's
 * "span.byline-title", "Staff Reporter- Valley Business Weekly"), the end
 * of the <title> too: no headline; the h1 is. */
static const spec site_name_byline_title = {
    .page = "site-name-byline-title.html",
    .title = "Lumber mill adds second shift, 40 jobs",
    .body = {"The company said the new shift will raise the mill's output by about a third."},
};

/* Drupal 6's image field of two thumbnails, each with its description
 * under its link in "div.imagefield-wrapper": each description is its
 * picture's caption. */
static const spec imagefield_description = {
    .page = "imagefield-description.html",
    .title = "Library receives grant for bookmobile",
    .captions = {"The old bookmobile on its last run to Hinckley.",
                 "Board members look over the plans."},
    .body = {"The new vehicle will serve eleven rural stops, four more than the old one, and will "
             "carry wireless internet for patrons."},
};

/* A marker a page shows as text ("&lt;![CDATA[") is the text's, not one
 * of Word's conditionals that go. */
static const spec cdata_shown_as_text = {
    .page = "cdata-shown-as-text.html",
    .title = "CDATA in XHTML",
    .body = {"Scripts in XHTML are often wrapped in a block that starts with <![CDATA[ and ends "
             "with ]]> so that the parser reads them as text, and this paragraph is long enough "
             "to be the body.",
             "Another paragraph of text about the same thing for the extractor to keep."},
};

/* College Publisher's story (student papers, 2000s): "div.storyheadline",
 * "div.storysubheadline", "div.storybyline" and the date's row as siblings
 * of "div.storytext", a table of the picture between them with its
 * "div.mediacredit" ("Media Credit: ...") over "div.mediacaption": the
 * subline is the lead, the byline stays, the picture keeps its caption
 * (the credit the figure's). */
static const spec college_publisher_story = {
    .page = "college-publisher-story.html",
    .title = "Library to stay open all night during finals",
    .lead =
        "Extra student workers and a campus police patrol will cover the late hours in the main "
        "reading room",
    .byline = "By Nora Webb Staff Writer",
    .captions = {"Students study in the main reading room of Hadley Library on Monday night."},
    .body = {"The campus library will stay open around the clock for the two weeks of final exams, "
             "the dean of libraries announced Tuesday.",
             "The library will hire 14 extra student workers for the overnight shifts, and campus "
             "police will walk through the building every hour between midnight and 7 a.m."},
    .chrome = {"View Larger", "Print this story", "Campus News"},
};

/* The lead figure of a story's video as a script plays it, in a box of
 * its own (Gray TV's "div.lead-art-wrapper > figure.lead-art" around the
 * player's box, "<div data-video-id>", its still and play button, and a
 * figcaption): the still keeps its caption, no card of another video. */
static const spec video_still_lead_figure = {
    .page = "video-still-lead-figure.html",
    .title = "County opens cooling centers as heat index nears 110",
    .captions = {"Volunteers hand out bottled water at a bus stop on Main Street on Tuesday "
                 "afternoon."},
    .body = {"Five libraries and two recreation centers will stay open late through Sunday for "
             "anyone who needs to get out of the heat, county officials said Tuesday.",
             "Bus riders can ride free to any of the cooling centers by telling the driver where "
             "they are going, the transit authority said."},
    .chrome = {"Play video", "Privacy Policy"},
};

/* A caption set two paragraphs below its floated picture, as an old
 * page's editor placed it (a short line all in italics, right-aligned in
 * small type, that says every word of the picture's alt): the picture's
 * caption, no paragraph; an italic note that does not say the alt stays
 * a paragraph. */
static const spec late_italic_caption = {
    .page = "late-italic-caption.html",
    .title = "The Mill on Willow Creek",
    .captions = {"The Pruett mill and its dam on Willow Creek, about 1910. (Society collection)"},
    .body =
        {"The first gristmill in Harlan County was built on Willow Creek in 1858 by Amos Pruett, "
         "who hauled the millstones by ox cart from the river landing at Bell's Ferry.",
         "The mill ground corn and wheat for farmers from three townships. On a busy day in the "
         "fall, wagons lined up along the creek road for half a mile, and some families camped "
         "overnight to wait their turn.",
         "Pruett's sons ran the mill after his death in 1884. They added a sawmill in 1891 and a "
         "cider press a few years later, and for a time the mill was the busiest place in the "
         "county outside the courthouse square.",
         "A flood in the spring of 1927 took out the dam, and the family never rebuilt it. The "
         "mill building stood empty until it burned in 1949.",
         "This article first appeared in the society's spring newsletter. Members may borrow the "
         "full mill ledger from the museum library."},
    .chrome = {"Join Us", "All rights reserved"},
};

/* A page made before style sheets: no h1 and no class, its <title> the
 * club's name and the section's, the headline a line in large type
 * ("<font size=6><b>") opening the story after a link back ("<< Back to
 * Club News"), the whole story indented by a "<BLOCKQUOTE>": that line is
 * the title, the link goes, and the story is no quotation. */
static const spec large_font_headline_blockquote = {
    .page = "large-font-headline-blockquote.html",
    .title = "U-12 Lightning Win the Harvest Cup",
    .body = {"The U-12 Lightning won the Harvest Cup in Millbrook on Sunday, beating the Westfield "
             "Wolves 2-1 in the final on a header by Jenny Akers with four minutes to play.",
             "The Lightning will be honored at the club's fall picnic on November 4 at Riverside "
             "Park. Bring a dish to share!"},
    .unquoted = 1,
    .chrome = {"Field Directions", "You are visitor number", "Back to Club News"},
};

/* A bold label closing the story over a table of links to the site's
 * other stories ("<p><b>Other District News</b></p>"): it goes with the
 * links, as it names stories; a byline in bold over links stays. */
static const spec closing_bold_news_label = {
    .page = "closing-bold-news-label.html",
    .title = "Board Approves Bond Vote for Third Middle School",
    .body = {"The Pine Valley School Board voted 5-2 on Monday to put a $38 million bond on the "
             "November ballot to build a third middle school on district land off Cedar Road.",
             "Residents with questions may call the district office at (555) 555-0180."},
    .chrome = {"Other District News", "Lunch Prices Unchanged for Next Year"},
};

/* A one-sentence lead in italics under the headline, over a club's or a
 * library's byline ("Submitted by Ruth Ellison, ..."): the lead, and the
 * line its byline. */
static const spec italic_lead_submitted_by = {
    .page = "italic-lead-submitted-by.html",
    .title = "Used Book Sale Raises $6,200 for New Computers",
    .lead = "Volunteers sorted more than 12,000 donated books for the spring sale, the largest in "
            "the Friends of the Library's history.",
    .byline = "Submitted by Ruth Ellison, Book Sale Chair · Posted March 20, 2006",
    .body = {"The Friends will hold their next sale in October. Donations of books in good "
             "condition are welcome at the circulation desk at any time."},
    .chrome = {"Hours & Locations"},
};

/* Mass.gov's press release: the headline and its "sub-title" in a page
 * header a class names "page-header" (a name that weighs against it), the
 * body after it: the sub-title is the lead, not chrome. */
static const spec page_header_sub_title = {
    .page = "page-header-sub-title.html",
    .title = "State Opens Applications for Farm Energy Grants",
    .lead = "Grants of up to $50,000 will help farms install solar arrays, heat pumps and more "
            "efficient refrigeration",
    .body =
        {"Applications are due May 1. Farms may apply for up to $50,000 and must pay at least a "
         "quarter of each project's cost themselves."},
    .chrome = {"Privacy Policy", "Press Release"},
};

/* A link to the author's other stories on its own line under the byline
 * ("<strong>By NAME</strong><br><a>More by this Author</a>"): the link
 * goes, the byline stays. */
static const spec author_link_own_line = {
    .page = "author-link-own-line.html",
    .title = "Kampala traders protest new market levy",
    .body = {"City officials said the levy would be reviewed after three months and promised to "
             "meet the traders' leaders next week."},
    .chrome = {"More by this Author"},
};

/* A page builder's page of boxes set by absolute position, kept in the
 * source in the order they were made (Homestead's "div#element7" with the
 * story's end before "div#element4" with its start): read top to bottom;
 * the headline, a line in large type in its own box above the story's,
 * is the title, the masthead the site's name. */
static const spec positioned_boxes_order = {
    .page = "positioned-boxes-order.html",
    .title = "Spring Plant Sale Breaks Record",
    .body = {"Our annual spring plant sale on May 12 raised $3,412, the most in the club's 40-year "
             "history. More than 900 plants were sold in just under four hours.",
             "The money will pay for new benches and a drip watering system at the library's "
             "butterfly garden, which the club has planted and cared for since 1998.",
             "Next year's sale will be held on the second Saturday in May. Members who want to "
             "donate plants should start dividing their perennials in April and bring them to the "
             "April meeting.",
             "Thank you to everyone who dug, potted, priced and carried plants. We could not do it "
             "without you!"},
    .chrome = {"Site built with Homestead SiteBuilder"},
};

/* Asides that are the post's: a forum's quote of another post, its
 * writer's name beside a small avatar (Discourse's "aside.quote"), and a
 * callout whose first line is a note's label ("aside.callout", "Note");
 * a box of related topics goes. */
static const spec quote_and_callout_asides = {
    .page = "quote-and-callout-asides.html",
    .title = "Tuning a mid-drive on an older steel frame",
    .body = {"I finally finished fitting a mid-drive kit to my 1987 touring frame, and after three "
             "weeks of riding I have settled on controller settings that keep the old bottom "
             "bracket shell happy.",
             "Keep the start current low and the battery current at sixty percent or below on "
             "older frames. Your chainstays will thank you.",
             "Older frames often have a narrower bottom bracket shell than the kit expects, so "
             "measure yours before you order the kit and buy the spacer set if you need it.",
             "The range is about forty miles on hilly roads with moderate assist, which is more "
             "than I need for my commute."},
    .chrome = {"Related topics", "Best kits for vintage frames"},
};

/* A picture in an inline wrapper that a break closes, its caption in the
 * next one, in the picture's paragraph (FrontPage's "<p><font><img><br>
 * </font><font size=1>caption</font></p>"): the caption is the picture's. */
static const spec font_wrapped_picture_break = {
    .page = "font-wrapped-picture-break.html",
    .title = "New Brush Truck in Service",
    .captions = {"Lieutenant Dana Pruitt tests the pump on Brush 3-1 at the station on Thursday "
                 "evening. (PHFD photo)"},
    .body = {"The district's new brush truck, Brush 3-1, went into service on Saturday after two "
             "months of fitting out by our own members.",
             "It replaces a 1986 pickup that had served the district for more than twenty years."},
    .chrome = {"Join Us"},
};

/* A picture's table of three rows: the picture, its caption's cell, and a
 * short line in italics under it, both cells named "caption" (a theater
 * company's Dreamweaver page): the first is the caption, the italic line
 * its credit, and the picture stays a figure. */
static const spec picture_table_italic_credit = {
    .page = "picture-table-italic-credit.html",
    .title = "Auditions for \"Our Town\" Set for March 3",
    .captions = {"Emily (Sara Lund) and George (Tim Ward) in the Players' 1988 production of \"Our "
                 "Town.\""},
    .body = {"The Harbor Lights Players will hold auditions for Thornton Wilder's \"Our Town\" on "
             "Monday, March 3, at 7 p.m. in the parish hall of St. Andrew's Church.",
             "Performances are planned for the first two weekends in May."},
};

/* A picture's table that closes on a link to the story's photo gallery
 * ("<td class=photoMore><a href=gallery>More photos (8)</a>") under a
 * cell a class names its caption: the link is the picture's button, the
 * table no layout. */
static const spec picture_table_gallery_link = {
    .page = "picture-table-gallery-link.html",
    .title = "Valley bridge to close for repairs",
    .captions =
        {"Crews inspect the underside of the Valley Road bridge over Mill Creek on Tuesday."},
    .body =
        {"The Valley Road bridge over Mill Creek will close to all traffic on Monday for about six "
         "weeks while crews replace its deck, county engineers said Wednesday.",
         "The county board approved the $1.2 million contract in March. Work was pushed back "
         "twice because of the wet spring."},
    .chrome = {"More photos (8)"},
};

/* A short line around a hit counter's picture ("Sie sind Besucher Nr.
 * <img src=.../cgi-bin/counter?id=... alt=Counter> seit dem 1. Januar
 * 2003"), in whatever language, is the site's; a captioned picture whose
 * file's name says "counter" is the story's. */
static const spec hit_counter_line = {
    .page = "hit-counter-line.html",
    .title = "Sportplatz bekommt neue Flutlichtanlage",
    .captions = {"Der neue Stromzähler am Vereinsheim."},
    .body = {"Nach zwei Jahren Planung ist es so weit: Der Gemeinderat hat in seiner Sitzung am "
             "Dienstag den Zuschuss für die neue Flutlichtanlage auf dem Sportplatz am Erlenweg "
             "bewilligt.",
             "Der Verein trägt ein Viertel der Kosten. Mitglieder, die beim Abbau helfen wollen, "
             "melden sich bitte bei Platzwart Horst Keller."},
    .chrome = {"Besucher", "seit dem 1. Januar 2003"},
};

/* Boxes a page builder set by absolute position in two columns of
 * different widths: the narrow one's boxes ("Boathouse Hours", "Coming Up")
 * are the site's, read apart from the story's column, not between its
 * boxes in the order of their tops. */
static const spec positioned_side_column = {
    .page = "positioned-side-column.html",
    .title = "New Eight Arrives at the Boathouse",
    .body = {"After three years of fundraising, the Lakeside Rowing Club's new racing eight was "
             "delivered on Thursday afternoon. The 62-foot shell was built in Pennsylvania and "
             "trucked across four states on a trailer borrowed from the university crew.",
             "\"Walter would have loved to see it come off the trailer,\" said club president Ruth "
             "Meyer. \"He was always the first one on the dock in the morning.\"",
             "Club members spent Saturday morning rigging the new boat, and the first crew took it "
             "out on Sunday. Coach Dan Ferris said it tracks straighter than anything else in the "
             "boathouse.",
             "The old eight, built in 1979, will be kept for novice crews until the end of the "
             "season and then offered to the high school program."},
    .chrome = {"Boathouse Hours", "Coming Up", "Spring cleanup day", "Rower of the Month"},
};

/* A table of two pictures over their captions, wrapped in a centred div
 * (FrontPage's "<div align=center><table>"): the wrapper holds the
 * pictures and their captions, no gallery of the site's. */
static const spec centered_captioned_pictures = {
    .page = "centered-captioned-pictures.html",
    .title = "Reading Garden Opens Behind the Library",
    .captions = {"Volunteers from the Garden Club planted the beds around the new benches.",
                 "Library director Ann Whitfield cuts the ribbon with board president Tom Reyes."},
    .body =
        {"The new reading garden behind the Greenfield Public Library opened on Saturday with a "
         "ribbon cutting, lemonade and a story time for about forty children and their parents.",
         "The garden is open whenever the library is open. Books may be taken out to the garden "
         "without being checked out first."},
};

/* The line Kubrick, WordPress's old theme, sets under a post in the
 * post's box ("p.postmetadata": when it was filed, how to follow its
 * comments), in whatever language, is the site's. */
static const spec kubrick_postmetadata = {
    .page = "kubrick-postmetadata.html",
    .title = "Jablka letos dozrála o dva týdny dřív",
    .body = {"Teplé září způsobilo, že většina odrůd jabloní v našich sadech dozrála o celé dva "
             "týdny dříve než v minulých letech. Moštování proto začne už tuto sobotu.",
             "Děkujeme všem členům, kteří pomohli s opravou lisu. Bez nich bychom letos moštovat "
             "nemohli."},
    .chrome = {"Tento příspěvek byl publikován", "zanechat odpověď"},
};

/* Beside the story's cell of an old table layout, a narrow cell of the
 * site's (the next meeting, the officers, a tip) whose few lines score
 * just past the bar is no more of the article. */
static const spec narrow_side_cell = {
    .page = "narrow-side-cell.html",
    .title = "Spring Plant Sale Raises Record Amount",
    .body =
        {"Our spring plant sale on Saturday raised $2,140, the most in the club's history. "
         "Members potted up more than 600 plants from their own gardens, and by noon the tables "
         "on the library lawn were almost bare.",
         "Thank you to everyone who dug, potted, priced, carried and sold. We could not do it "
         "without you!"},
    .chrome = {"Next Meeting", "Club Officers", "Water early in the morning"},
};

/* The masthead's line of today's date ("span.date-now", "Thứ bảy,
 * 18/05/2024") is no dateline of the story, which its own row shows with
 * the time. */
static const spec vn_masthead_date_now = {
    .page = "vn-masthead-date-now.html",
    .title = "Nông dân Ninh Hòa trúng mùa dưa hấu",
    .dateline = "14:30 | 18/05/2024",
    .lead = "Vụ dưa hấu năm nay, nông dân thị xã Ninh Hòa thu hoạch được mùa, giá bán ổn định nên "
            "nhiều hộ có lãi cao.",
    .body =
        {"Những ngày này, trên các cánh đồng ở xã Ninh Thân, nông dân tất bật thu hoạch dưa hấu. "
         "Thương lái đến tận ruộng thu mua với giá từ 6.000 đến 7.000 đồng mỗi ký.",
         "Ngành nông nghiệp thị xã khuyến cáo nông dân không nên ồ ạt mở rộng diện tích, mà cần "
         "liên kết với doanh nghiệp để bảo đảm đầu ra lâu dài cho sản phẩm."},
    .chrome = {"Thứ bảy"},
};

/* An e-mail address alone in the byline's row, beside the reporter's
 * name, is a contact, no part of the byline ("<span
 * class=author-designation>name@paper.com</span>"). */
static const spec byline_email_span = {
    .page = "byline-email-span.html",
    .title = "Port operator lifts first-half profit by 12%",
    .byline = "Tan Wei Ling",
    .body =
        {"Harbour Gateway Holdings posted a 12 per cent rise in net profit for the first half, "
         "helped by higher container volumes at its two terminals and lower interest costs.",
         "The group expects trade tensions to weigh on volumes in the second half, but said new "
         "shipping services added in June should offset part of the decline."},
    .chrome = {"weilingtan@harbourtimes.com"},
};

/* A bold line opening the story on an ellipsis continues the headline
 * ("…Contractor promises work at night, says commissioner", a Nigerian
 * paper's subline): the lead, no sub-heading. */
static const spec ellipsis_subline_lead = {
    .page = "ellipsis-subline-lead.html",
    .title = "Ogun to reopen Sango-Ota road by December",
    .lead = "…Contractor promises work at night to beat rains, says commissioner",
    .body =
        {"The Ogun State Government says the Sango-Ota section of the Lagos-Abeokuta expressway "
         "will be reopened to traffic by the end of December, after months of delays.",
         "“We are asking for a little more patience from residents,” Bakare said."},
};

/* A title in a video player's box between the headline's block and the
 * body is the clip's, over its poster, no headline: the deck under the
 * real headline stays the lead (a broadcaster's "span.video-player--headline",
 * the headline's first words). */
static const spec player_title_under_headline = {
    .page = "player-title-under-headline.html",
    .title = "Town council delays vote on new parking rules after shop owners object",
    .lead =
        "Shop owners filled the chamber to say the meters would drive away their weekend trade.",
    .body = {"MILLBROOK — The town council will take another month to rework a plan that would "
             "have put parking meters on Main Street, after shop owners told members on Tuesday "
             "night that it asked too much of their customers.",
             "\"We are not trying to hurt anyone's business,\" the public works director told the "
             "council. \"We are trying to keep the lot open.\""},
};

/* A box of a few lines closed by a line all a link to the site's
 * newsletters is its call, in any language (a Swiss paper's "Pushbox":
 * "Keine News mehr verpassen" over a line on the update and the link). */
static const spec newsletter_pushbox = {
    .page = "newsletter-pushbox.html",
    .title = "Wasserrettung verstärkt Patrouillen an der Aare",
    .body = {"Bei Temperaturen über dreissig Grad zieht es täglich Tausende in die Aare. Die "
             "Wasserrettung ist deshalb seit Montag mit zwei zusätzlichen Booten unterwegs.",
             "Die Wassertemperatur dürfte in den kommenden Tagen noch steigen, die Patrouillen "
             "bleiben bis Ende Woche im Einsatz."},
    .chrome = {"Keine News mehr verpassen", "Mit dem täglichen Update",
               "Erhalte das Wichtigste täglich direkt in dein Postfach."},
};

/* A template's expression no script filled ("{{hitsCtrl.values.hits}}",
 * AngularJS's count of a story's views) is no text; one in code is. */
static const spec template_expression = {
    .page = "template-expression.html",
    .title = "Farmers protest over fertiliser shortage",
    .body = {"Hundreds of paddy farmers staged a protest today, saying they had not received "
             "fertiliser for the coming season despite promises from the authorities.",
             "The district secretary said a shipment was expected by the end of the month. A page "
             "of the new ordering site shows {{ farmer.name }} where a name should stand, he "
             "added."},
    .chrome = {"hitsCtrl"},
};

/* A playlist a script fills, named by its "data-playlist-id", is a video
 * player's list of other clips, with the line calling to watch them (G1's
 * "Os vídeos mais assistidos"). */
static const spec playlist_video_titles = {
    .page = "playlist-video-titles.html",
    .title = "Chuva forte alaga ruas e derruba árvores em Belo Horizonte",
    .body = {"Uma chuva forte atingiu Belo Horizonte na tarde desta terça-feira e deixou ruas "
             "alagadas em pelo menos seis regionais da capital.",
             "A previsão é de mais chuva até o fim de semana, com volumes que podem passar de 50 "
             "milímetros em 24 horas."},
    .chrome = {"Os vídeos mais assistidos", "Motorista é flagrado na contramão",
               "Onça-parda é vista circulando"},
};

/* A fact box's title opening it over its text, the box set among the
 * story's paragraphs, is the box's heading, whether a div or a paragraph
 * ("div.info-box__headline", whose "info" names no metadata here;
 * "p.StoryElement-factBox-headline"). */
static const spec fact_box_titles = {
    .page = "fact-box-titles.html",
    .title = "Ansturm am Bergsee: Nur noch mit Reservierung",
    .body = {"Wer im Sommer an den Bergsee fahren will, braucht seit diesem Jahr eine "
             "Reservierung. Ohne Ticket bleibt die Schranke an der Zufahrt geschlossen.",
             "Tickets für Parkplätze und Shuttlebusse gibt es auf der Website der Gemeinde. Die "
             "Regelung gilt vom 10. Juli bis zum 10. September.",
             "Der Wetterdienst warnt für Samstag vor Gewittern im Tal. Die Shuttlebusse fahren "
             "dann nur bis zum Parkplatz am Ortseingang.",
             "Im nächsten Jahr soll die Regelung auf zwei weitere Täler ausgedehnt werden, sagt "
             "der Bürgermeister."},
    .headings = {{2, "Reservierung am Bergsee"}, {2, "Warnung für das Wochenende"}},
};

/* A date row's first part before a bar is its date, a view count after
 * it ("Cập nhật lúc: 12-06-2019 05:47:13 | Lượt xem: 2.184"): not another
 * story's date in the list under the article. */
static const spec date_row_view_count = {
    .page = "date-row-view-count.html",
    .title = "Phong Điền phát triển du lịch nhà vườn",
    .date = "2019-06-12T05:47:13",
    .dateline = "Cập nhật lúc: 12-06-2019 05:47:13",
    .body = {"Tận dụng lợi thế vườn cây ăn trái, kênh rạch chằng chịt, nhiều hộ dân ở huyện Phong "
             "Điền đã mạnh dạn đầu tư làm du lịch sinh thái, homestay.",
             "Theo phòng văn hóa huyện, năm qua các điểm du lịch nhà vườn đã đón hơn 300.000 lượt "
             "khách, tăng gần gấp đôi so với năm trước."},
    .chrome = {"Lượt xem", "(11-06-2019)"},
};

/* A heading over the text that the page's description opens, cut from it
 * (a Thai paper's lead set as an "h2", the description its first clauses),
 * is the lead; a script without spaces between words gives it few "words". */
static const spec thai_heading_lead_description = {
    .page = "thai-heading-lead-description.html",
    .title = "น้ำท่วมเชียงรายหนัก ชาวบ้านอพยพกว่า 500 ครัวเรือน",
    .lead = "ฝนตกหนักต่อเนื่องสามวันทำให้แม่น้ำกกล้นตลิ่ง น้ำท่วมบ้านเรือนในอำเภอเมืองเชียงราย "
            "เจ้าหน้าที่เร่งอพยพชาวบ้านไปยังศูนย์พักพิงชั่วคราว และแจกจ่ายอาหารกับน้ำดื่ม",
    .body = {"นายอำเภอเมืองเชียงรายกล่าวว่า ขณะนี้มีผู้ได้รับผลกระทบกว่า 500 ครัวเรือน "
             "และได้เปิดศูนย์พักพิงชั่วคราวสามแห่งเพื่อรองรับผู้อพยพ"},
};

/* A caption a class names description and picture in that order
 * ("p.descPhoto"), and under it a line its label opens as a credit ("Foto:
 * Václav Šálek, ČTK", in a "p.author"): the picture's caption and credit. */
static const spec desc_photo_credit_line = {
    .page = "desc-photo-credit-line.html",
    .title = "Vinaři hlásí nejlepší úrodu za deset let",
    .lead = "Teplé a suché léto přálo vinné révě. Moravští vinaři letos očekávají sklizeň kolem 90 "
            "tisíc tun hroznů.",
    .captions = {"Vinobraní na Břeclavsku začalo letos už v polovině srpna."},
    .body = {"Podle Svazu vinařů byla úroda poslední dva roky podprůměrná. V roce 2016 poškodily "
             "vinice jarní mrazy, loni zase krupobití na Znojemsku.",
             "Nejvíce hroznů se letos sklidí na Mikulovsku a Velkopavlovicku, kde vinaři odhadují "
             "výnosy kolem osmi tun z hektaru."},
    .chrome = {"Foto: Václav Šálek, ČTK"},
};

/* A control of the text's size its class names, a label and buttons or
 * links of a letter or two, is the page's ("Font size A- A+"); a byline or
 * a paragraph a utility class sets in a size ("fontsize_11") is the
 * story's. */
static const spec text_size_tool = {
    .page = "text-size-tool.html",
    .title = "Schools to open two weeks earlier next year",
    .byline = "By Ana Cruz",
    .body = {"Public schools will open two weeks earlier next year, the education department said "
             "on Tuesday, to make up for days lost to storms.",
             "Teachers' groups said they had not been consulted and asked for a meeting with the "
             "secretary before the calendar is signed."},
    .chrome = {"Font size", "A+", "Text:"},
};

/* A body split in blocks alike, the last holding its last paragraph and a
 * call for tips ("Har du tips om det här? Mejla ..."): the call goes, the
 * paragraph stays. */
static const spec split_body_tips_line = {
    .page = "split-body-tips-line.html",
    .title = "Badhuset stängs efter fynd av legionella",
    .body = {"Stadsbadet stängs från och med måndag sedan provtagning visat förhöjda halter av "
             "legionellabakterier i duscharna.",
             "Under de kommande veckorna ska rören spolas med hett vatten och nya prover tas innan "
             "badet kan öppna igen.",
             "Beskedet om när badhuset kan öppna väntas tidigast i mitten av oktober."},
    .chrome = {"Har du tips", "LÄS OCKSÅ"},
};

/* A module its data names a video ("div.mod-video[data-mod=video]"), its
 * test id a video's embed, or a box of a title naming a video over an
 * empty player ("div.tv-player[data-id]"), is a player a script fills: its
 * title and its labels ("Video Loading", "Click to play") go with it. */
static const spec video_module_labels = {
    .page = "video-module-labels.html",
    .title = "Ferry cancellations leave islanders stranded",
    .body = {"Islanders were left stranded on the mainland on Friday after three sailings were "
             "cancelled because of a fault on the only ferry serving the route.",
             "Local councillors called for compensation for businesses that lost trade during the "
             "disruption, and for a second vessel to be kept in reserve."},
    .chrome = {"Video Loading", "Click to play", "Passengers queue at the harbour", "Video: play",
               "Islanders describe a week without a ferry", "SEE VIDEO"},
};

/* A label named a title over a list ("div.in-this-article__title" saying
 * "In this article" over the story's tickers) is no headline: the lead's
 * points between the real headline and the body stay. */
static const spec list_label_not_headline = {
    .page = "list-label-not-headline.html",
    .title = "Copper Climbs as Mine Blockade Threatens Supply",
    .points = {"Community blockade halts shipments from the mine for ninth day",
               "Prices rise most in three weeks on London Metal Exchange"},
    .body =
        {"Copper rose to the highest in almost three weeks as a blockade at one of the country's "
         "biggest mines stretched into a second week, adding to concerns about supply from the "
         "world's second-largest producer of the metal."},
    .chrome = {"In this article"},
};

/* The hero picture before the headline's box, a section's label of a word
 * or three over the headline ("div.artstyle__labels > span": "Natuur"),
 * named no kicker: the picture is still the hero, with its caption. */
static const spec hero_before_label_kicker = {
    .page = "hero-before-label-kicker.html",
    .title = "Zeehondencentrum vangt recordaantal pups op",
    .lead =
        "Nooit eerder werden zoveel huilers binnengebracht als deze zomer. Het centrum zit vol en "
        "moet noodopvang inrichten.",
    .captions = {"Verzorgers voeren jonge zeehonden in de quarantaineafdeling van het centrum."},
    .body =
        {"In de quarantaineruimte van het zeehondencentrum klinkt een koor van blatende pups. Er "
         "liggen er zo veel dat de verzorgers extra bakken hebben neergezet."},
};

/* A byline of linked names each in a block of its own, a word between
 * them ("<div class=author><a>Maria Lopes</a></div><span>and</span><div
 * class=author>..."), is one line, not three. */
static const spec byline_linked_name_blocks = {
    .page = "byline-linked-name-blocks.html",
    .title = "Port strike enters third week as talks stall",
    .byline = "Maria Lopes and James Okafor",
    .body =
        {"Dock workers at the city's container terminal stayed off the job for a fifteenth day on "
         "Monday after talks between their union and the port operator broke up without a "
         "deal."},
};

/* A deck right under the headline in a script written without spaces is
 * short in letters too ("服务站建到村口　果品卖向全国", 13 of them, an
 * "h4.sub" under the h1): the lead; a paragraph set in bold by its style
 * between the story's is a sub-heading. */
static const spec cjk_short_deck = {
    .page = "cjk-short-deck.html",
    .title = "山区果园搭上快车道",
    .lead = "服务站建到村口　果品卖向全国",
    .body = {"　　清晨六点，村里的电商服务站已经亮起了灯。工作人员正在把刚摘下的猕猴桃装箱，当天"
             "下午就会发往省外的买家手中。",
             "　　负责人说，下一步还要建冷库，让更多果品卖得更远、更新鲜。"},
    .headings = {{2, "小网店连着大市场"}},
};

/* A subline a class names, set in brackets apart from its words ("[ ...
 * ]"), in a script written without spaces: three "words", many letters,
 * the lead. */
static const spec bracketed_subhead = {
    .page = "bracketed-subhead.html",
    .title = "电池回收名单扩容 正规企业仍难敌小作坊",
    .lead = "[ 第一批名单企业去年回收量不足市场可回收总量的两成，大量退役电池流入无资质的小作坊 ]",
    .body = {"　　工业和信息化部近日公布了第二批符合行业规范条件的企业名单，共有二十二家企业入选，"
             "比第一批多出一倍多。"},
};

/* A link to the page's comments, their count or a call to comment ("<a
 * href=#comments>14 Comments</a>" in the date's row), is no part of the
 * date nor of the story. */
static const spec comments_count_link = {
    .page = "comments-count-link.html",
    .title = "Arena roof repairs to cost $2.1 million",
    .dateline = "Nov 23, 2020 9:40 PM",
    .body =
        {"Repairs to the roof of the city's oldest arena will cost $2.1 million, nearly twice the "
         "amount set aside in this year's budget, council heard on Monday.",
         "Council voted to borrow the difference and to reopen the rink by the start of next "
         "season."},
    .chrome = {"14 Comments", "Leave a comment"},
};

/* A label beside the date in a row named as the date ("div.metaTime":
 * "Read Later", a bookmark's) is no part of the date. */
static const spec date_row_read_later = {
    .page = "date-row-read-later.html",
    .title = "Ring road flyover opens two months late",
    .dateline = "Mar 04, 2024 09:15 AM IST",
    .body = {"The flyover at the ring road's eastern junction opened to traffic on Sunday, two "
             "months after the date the city's works department had set.",
             "Commuters said the drive from the industrial estate to the station now takes "
             "fifteen minutes instead of forty at peak hours."},
    .chrome = {"Read Later"},
};

/* A subline opening the body's text some wrappers down ("div.article-text
 * > div > div.text > div.subtitle"), the text loose after it, is the
 * lead. */
static const spec body_subline_in_wrappers = {
    .page = "body-subline-in-wrappers.html",
    .title = "Người chạy xe công nghệ vật lộn giữa nắng nóng",
    .lead = "Đơn hàng tăng vọt giữa trưa nắng, trạm nghỉ vẫn thiếu Công đoàn đề nghị cho tạm "
            "ngừng việc khi trời quá nóng",
    .body = {"“Trong mũ bảo hiểm như cái lò. Nhưng buổi trưa đơn dồn dập nên không nghỉ được.”",
             "Theo một công ty giao hàng, những ngày nắng trên 35 độ số đơn tăng khoảng 20% so "
             "với ngày thường, vì nhiều người ngại ra đường."},
};

/* A readers' poll in the story (its question, the answers with their
 * votes, a link named as the poll's to vote) is the site's, not the
 * story's. */
static const spec poll_vote_link = {
    .page = "poll-vote-link.html",
    .title = "Council approves two-way cycle track on the quays",
    .body = {"The city council last night approved plans for a two-way cycle track along the "
             "south quays, after a consultation that drew more than 3,000 submissions.",
             "Traffic will be reduced to one lane in each direction between the two bridges, and "
             "the bus stops will move onto islands beside the track.",
             "Work is due to start in the spring and to take about eighteen months, the "
             "council's transport officer said."},
    .chrome = {"Poll Results", "Would you cycle into town", "I cycle in already", "Vote"},
};

/* A figcaption named as the credit alone ("figcaption.block__attribution"),
 * the block right after the figure marked as its caption: the caption is
 * that block's, the credit the figcaption's, and neither is a paragraph. */
static const spec credit_figcaption_caption_after = {
    .page = "credit-figcaption-caption-after.html",
    .title = "Ferry riders say the new timetable leaves them stranded",
    .captions = {"Passengers wait for the last sailing at the downtown terminal in March."},
    .body = {"Commuters on the island route say a timetable change that took effect last month has "
             "cut the evening sailings they rely on to get home from night shifts.",
             "The operator said the change reflected lower ridership after nine o'clock and "
             "promised to review it in the autumn."},
};

/* A call to watch labelled so ("Watch: ..."), the player's box with the
 * video's title alone after it, goes with the player: it would point at
 * nothing. */
static const spec watch_label_playlist = {
    .page = "watch-label-playlist.html",
    .title = "Overnight closures planned for the pass this week",
    .body = {"Crews will close both directions of the highway over the pass for up to an hour at a "
             "time on three nights this week to clear loose rock above the road.",
             "The closures start at 10 p.m. and drivers should expect delays until about 4 a.m., "
             "the transportation department said."},
    .chrome = {"Watch: Channel 9", "Traffic and Transportation"},
};

/* WordPress's card of another post (a blockquote with its link, the
 * frame the script shows in its place beside it) is no part of the
 * story. */
static const spec post_card_frame = {
    .page = "post-card-frame.html",
    .title = "Surf schools reopen on the island a year after the storm",
    .body = {"Six of the island's eight surf schools have reopened, their owners rebuilding with "
             "boards and money sent by former students from abroad.",
             "“Some of the boards they sent are better than what we had before,” one owner said."},
    .chrome = {"Residents still waiting for aid"},
};

/* A readers' poll in a box named otherwise (a fact box's), its answers
 * and its button to vote named as the poll's, is the site's. */
static const spec poll_in_fact_box = {
    .page = "poll-in-fact-box.html",
    .title = "Seaside town hires hawks to keep gulls off the harbour",
    .body =
        {"A seaside town has hired a falconer and two Harris hawks to patrol its harbour after a "
         "summer of complaints about gulls snatching food from visitors.",
         "The birds will fly for four hours a day during the school holidays, the town council "
         "said.",
         "Traders said they hoped the hawks would bring back customers who had stopped eating "
         "outside."},
    .chrome = {"SHOULD GULLS BE CULLED?", "Vote in our poll below", "Vote now"},
};

/* A paragraph its CMS sets in bold by its own attribute (Sina's "<p
 * cms-style="font-L strong-Bold">") is read as bold: a sub-heading. */
static const spec zh_cms_style_bold_heading = {
    .page = "zh-cms-style-bold-heading.html",
    .title = "本市今年计划开通三条地铁线路",
    .headings = {{2, "新线最高时速可达一百二十公里"}},
    .body =
        {"　　新线南起火车南站，北至科学城，全长约二十二公里，共设十座车站，其中六座为换乘站。"},
};

/* A grey line after a picture that closes on the reporter's "图"
 * (picture) after the word for reporter ("本报记者 王明 图") is the
 * picture's caption. */
static const spec zh_reporter_picture_caption = {
    .page = "zh-reporter-picture-caption.html",
    .title = "垃圾分类实施满一个月 湿垃圾分出量翻番",
    .captions = {"7月30日晚，一处小区的志愿者在垃圾投放点指导居民分类投放。 本报记者 王明 图"},
    .body = {"该小区物业经理说，小区原有十二个垃圾桶点位，经居民投票撤并为四个定时投放点。"},
};

/* A slideshow set as one figure, each slide its picture and its own
 * figcaption: a figure for each slide, each with its caption. */
static const spec figure_slideshow_captions = {
    .page = "figure-slideshow-captions.html",
    .title = "Zwei Wanderer am Berg aus Notlage gerettet",
    .captions = {"Die beiden waren auf der Nordseite unterwegs, als sie sich verirrten.",
                 "Ein Helikopter brachte die beiden am Samstagmorgen ins Tal."},
    .body = {"Zwei Wanderer haben sich am Freitagabend im steilen Gelände verirrt und mussten die "
             "Nacht am Berg verbringen.",
             "Die Polizei rät, Touren sorgfältig zu planen und rechtzeitig umzukehren."},
    .chrome = {"1/2", "2/2"},
};

/* An entry of a live report whose paragraph a line pointing at another
 * story closes (">> Xem thêm: ..." as a link) is judged without that
 * line: its heading and paragraph are the report's, the line is not. */
static const spec live_entry_pointer = {
    .page = "live-entry-pointer.html",
    .title = "Trực tiếp: Mưa lớn ở miền Trung, nhiều tuyến đường ngập sâu",
    .headings = {{3, "Huế mở cửa xả hồ thủy điện"},
                 {3, "Quốc lộ 1 qua Quảng Trị tạm cấm xe"},
                 {3, "Học sinh ba huyện được nghỉ học"},
                 {3, "Đà Nẵng cấm tàu thuyền ra khơi"},
                 {3, "Lượng mưa vượt 300 mm trong đêm"}},
    .body =
        {"Đoạn quốc lộ qua huyện Hải Lăng ngập sâu gần một mét, lực lượng chức năng đã rào chắn "
         "hai đầu và hướng dẫn xe tải lớn đi tuyến tránh."},
    .chrome = {"Xem thêm: Quốc lộ 1 ngập sâu"},
};

/* A camel-case class whose last part names only a container names what
 * the part before it says: "ArticleIntroBlock__paragraph" is the lead. */
static const spec camel_intro_block = {
    .page = "camel-intro-block.html",
    .title = "Gemeente zet extra pont in op drukke zomerdagen",
    .lead = "Wie deze zomer met de fiets het water over wil, hoeft minder lang te wachten. De "
            "gemeente laat op warme dagen een tweede pont varen tussen het centrum en het strand.",
    .body = {"Vorig jaar stonden fietsers op zonnige middagen soms drie kwartier in de rij. Een "
             "tweede boot moet de wachttijd terugbrengen tot hooguit tien minuten."},
};

/* A link on its own line to the newsroom's standards ("Why you can trust
 * ..."), in the byline's box, is the site's. */
static const spec trust_link_byline = {
    .page = "trust-link-byline.html",
    .title = "Harbour ferries add night sailings",
    .body = {"The new sailings will leave every 30 minutes after midnight, and fares will stay the "
             "same as during the day."},
    .chrome = {"Why you can trust Coast Post"},
};

/* A void element libxml2 does not know as void (a hidden <EMBED> playing
 * the page's song) holds nothing: what follows it is the page's, as a
 * browser shows it. */
static const spec embed_void = {
    .page = "embed-void.html",
    .title = "Pancake Breakfast Raises $840",
    .body =
        {"Our spring pancake breakfast at the fire hall drew more than two hundred neighbors on "
         "Saturday morning, the best turnout since the club began the breakfast in 1988.",
         "Every dollar raised goes to the eyeglass fund, which buys glasses for school children "
         "whose families cannot afford them. Thank you to everyone who came out."},
};

/* A definition its id names the summary ("<dt>Summary:</dt><dd
 * id=abstract>", beside the date) is the lead, not the first paragraph a
 * class calls so ("p#first.lead"). */
static const spec dd_abstract_lead = {
    .page = "dd-abstract-lead.html",
    .title = "Night shifts change how bees find flowers",
    .lead =
        "Bumblebees that forage at dusk rely more on the scent of flowers than on their colour, a "
        "new study finds, which may change how farmers plant strips for pollinators.",
    .body =
        {"Researchers followed more than four hundred bumblebees fitted with tiny radio tags as "
         "they foraged over two summers on farms in southern England."},
};

/* A caption closing on "Picture: Name" or "Image: Name" (Irish and British
 * papers, The Verge) has that credit set apart as the caption's credit. */
static const spec caption_picture_credit = {
    .page = "caption-picture-credit.html",
    .title = "Chapel roof repairs to finish by Easter",
    .captions = {"Workers repair the slate roof of St Brigid's chapel on Tuesday.",
                 "The chapel's bell, cast in 1874, will be rehung in March."},
    .body = {"The work was held up by a shortage of the Welsh slate the council chose to match the "
             "original roof."},
};

/* A region its label's id names ("<section aria-labelledby=podcast-promo>"
 * around "<strong id=podcast-promo>Podcast</strong>"), hashed classes
 * saying nothing, is named by that id: a promotion, left out. */
static const spec aria_labelledby_promo = {
    .page = "aria-labelledby-promo.html",
    .title = "Heatwaves grow longer across southern Europe",
    .body =
        {"The longest spells were recorded in Spain and Greece, where temperatures stayed above "
         "40C for more than a week at a time.",
         "Researchers said cities should plant more trees and open cooling centres before the "
         "summers grow hotter still."},
    .chrome = {"World Weekly", "A weekly podcast", "End of Podcast"},
};

/* A box named an audio's, with its button, its title and its length
 * ("3:05 Min."), is the player's: its title goes with it. */
static const spec audio_card_duration = {
    .page = "audio-card-duration.html",
    .title = "Hochwasser: Pegel an der Isar sinkt langsam",
    .body =
        {"Der Pegel der Isar in München ist in der Nacht um fast einen Meter gesunken, teilte das "
         "Wasserwirtschaftsamt am Morgen mit."},
    .chrome = {"Isar-Hochwasser: Helfer atmen auf", "Audiobeitrag"},
};

/* The box of a map a script draws, its element still empty, with a label
 * and a line ("Location map", "View the location of this story."), is the
 * site's: a saved page shows no map. */
static const spec map_box_empty = {
    .page = "map-box-empty.html",
    .title = "New crossing planned for Mill Lane",
    .body = {"Parents had asked for the crossing for six years after two near misses outside the "
             "school gates."},
    .chrome = {"Location map", "View the location of this story."},
};

/* A caption a Wix page marks only by its scripts' hook, its classes hashed
 * ("<span data-hook=imageViewerCaption>"), is the picture's caption. */
static const spec wix_caption_hook = {
    .page = "wix-caption-hook.html",
    .title = "Spring plant sale moves to the school hall",
    .captions = {"Members potting up tomato seedlings for the sale last week."},
    .body = {"Doors open at ten, and all the money raised goes to the village allotment fund."},
};

/* A plain paragraph after the headline in the headline's own box, a
 * div of the title's parts (Bangkok Post's "div.article-headline > h1 +
 * p"), is its deck: the lead, though no class names it. */
static const spec headline_box_deck = {
    .page = "headline-box-deck.html",
    .title = "Ferry fares to rise on the river routes",
    .lead = "Commuters face a second increase in a year as the operator blames fuel costs and "
            "fewer riders",
    .body = {"Passenger groups said they would ask the city council to cap fares for students and "
             "the elderly."},
};

/* A link to another story on a line of its own closing the body ("<a
 * class=related-inline><span>Les også</span><span>...</span></a>" after the
 * last paragraph) goes as one between the paragraphs does. */
static const spec closing_pointer_link = {
    .page = "closing-pointer-link.html",
    .title = "Bybanen får nye vogner i 2026",
    .body = {"Leveransen er ventet høsten 2026, og de første vognene skal settes i trafikk før jul "
             "samme år."},
    .chrome = {"Bybanen til Fyllingsdalen åpnet i dag",
               "Her er de nye rutene for bussene i sentrum"},
};

/* A block named as the headline's subline in the article's header, the
 * h1 above the article (Drupal's "div.field-name-field-subhead" over the
 * byline), keeps the header and is the lead, though under a lead's
 * length; and no intertitle for its name. */
static const spec header_field_subhead = {
    .page = "header-field-subhead.html",
    .title = "Library board picks new director",
    .lead = "Longtime children's librarian to lead the county system",
    .body = {"Board members said they were impressed by her plan to extend evening hours at the "
             "rural branches."},
};

/* A kicker set apart from the headline by a separator of its own ("<span
 * data-manual=kicker>...</span><span>:</span> <span>Title</span>") leaves
 * no separator opening the title when it goes. */
static const spec kicker_colon_span = {
    .page = "kicker-colon-span.html",
    .title = "Neue Anleger an der Hörn",
    .body =
        {"Die ersten Fähren könnten nach Angaben der Stadt im Sommer 2024 an den neuen Anlegern "
         "halten."},
};

/* Two lines calling to watch, each ending in a colon, over the playlist
 * a saved page does not show, go together: the first is no story's for the
 * second standing between it and the player. */
static const spec watch_call_lines = {
    .page = "watch-call-lines.html",
    .title = "Lake permits to go by lottery next summer",
    .body = {"The lottery opens in January, and winners will be told by e-mail in February."},
    .chrome = {"Watch the latest from across the region:",
               "Keep up with the news from the north woods in our YouTube playlist:"},
};

/* A box after the picture named with the Spanish word for a photo and a
 * description or a title ("div.articulo-foto-info > span.foto-titulo")
 * is its caption, not a row of metadata. */
static const spec foto_info_caption = {
    .page = "foto-info-caption.html",
    .title = "Cali amplía la ciclovía de los domingos",
    .captions = {"Cientos de ciclistas recorren la avenida Sexta durante la jornada del domingo."},
    .body = {"Según la entidad, cada domingo usan la ciclovía cerca de 80.000 personas entre "
             "ciclistas, patinadores y caminantes."},
};

/* An italic closing paragraph that opens with a capital, then a word
 * whose first letter is a small one outside ASCII ("Trước đó, ...": "đ" is
 * small), says no one's name: it is the story's, not an author's note. */
static const spec italic_closing_context = {
    .page = "italic-closing-context.html",
    .title = "Giá vé xe buýt có thể tăng từ tháng 7",
    .body = {"Trước đó, Bộ Tài chính đã điều chỉnh giá xăng thêm 1.200 đồng mỗi lít, mức tăng "
             "cao nhất kể từ đầu năm."},
};

/* A label in capitals with a colon over a link to another story is a
 * pointer in Vietnamese too: its letters outside ASCII ("CHUYỆN NÓNG TUẦN
 * QUA:") are capitals, not small letters. */
static const spec caps_label_vietnamese = {
    .page = "caps-label-vietnamese.html",
    .title = "Giá xăng tăng 500 đồng mỗi lít từ chiều nay",
    .body =
        {"Các cửa hàng xăng dầu đã điều chỉnh giá bán ngay sau thời điểm áp dụng, theo ghi nhận "
         "của phóng viên tại nhiều quận."},
    .chrome = {"Giá dầu thế giới lập đỉnh mới trong tuần qua"},
};

/* The sapo in a span its class names, alone in a table's cell beside a
 * thumbnail (VnMedia's "<td><span class=sapo>"), is the lead: neither the
 * thumbnail's caption nor a data table's cell. */
static const spec sapo_span_cell = {
    .page = "sapo-span-cell.html",
    .title = "Hồ Gươm rợp cờ hoa đón Tết",
    .lead = "(Báo Thủ Đô) - Những ngày giáp Tết, quanh hồ Hoàn Kiếm rực rỡ cờ hoa, đèn lồng và "
            "những thảm hoa tươi do thành phố trang trí.",
    .body = {"Công ty Công viên cây xanh cho biết năm nay thành phố trồng hơn 20.000 chậu hoa các "
             "loại quanh khu vực hồ."},
};

/* A picture's box named the lead by a BEM modifier ("div.article-image--
 * lead", a double hyphen) is the lead picture's, as "lead-image" is: the
 * link to the gallery in it is no lead, the intro under it is. */
static const spec bem_lead_image = {
    .page = "bem-lead-image.html",
    .title = "Neue Radwege in der Innenstadt",
    .lead =
        "Die Stadt hat drei neue Radwege in der Innenstadt eröffnet. Bis zum Sommer sollen zwei "
        "weitere folgen.",
    .captions = {"Der neue Radweg an der Königstraße ist seit Montag freigegeben."},
    .body = {"Die Kosten von rund 1,2 Millionen Euro trägt zur Hälfte das Land."},
};

/* A gallery's counter of the picture shown ("Picture 1 of 4") beside the
 * picture is its button's, not its caption: the caption named after the
 * gallery's box is. */
static const spec gallery_counter_caption = {
    .page = "gallery-counter-caption.html",
    .title = "Harbour festival returns after four years",
    .captions = {"Fishing boats decked out in bunting for the festival's opening parade."},
    .body = {"Organisers said more than 120 volunteers had signed up to help, and the town council "
             "has closed the seafront road to traffic on Saturday."},
    .chrome = {"Picture 1 of 4"},
};

/* The card of the reporter's name, beat and buttons under the story
 * ("section.author-card", "div.reporter-card") is the site's, as an
 * author's box is. */
static const spec reporter_card = {
    .page = "reporter-card.html",
    .title = "한강 공원에 야간 도서관 문 연다",
    .body = {"시 관계자는 “시민들이 강바람을 맞으며 책을 읽을 수 있는 공간을 만들겠다”고 말했다."},
    .chrome = {"사회부에서 서울시와 교육 분야를 취재합니다."},
};

/* A counter of the post's views beside its date, a separator before it,
 * and one in a list of its own, are the site's; a sentence saying how
 * often a page was read is the story's. */
static const spec view_counter = {
    .page = "view-counter.html",
    .title = "Nông dân Krông Pắc thu trăm triệu nhờ sầu riêng nghịch vụ",
    .date = "2025-01-10T06:15:00",
    .body = {"Những ngày đầu năm, nhiều nhà vườn ở huyện Krông Pắc tất bật thu hoạch sầu riêng "
             "nghịch vụ, bán cho thương lái với giá cao hơn chính vụ gần gấp đôi.",
             "Ông Y Điêm cho biết, vườn sầu riêng 2ha của gia đình năm nay cho thu hơn 20 tấn, trừ "
             "chi phí còn lãi vài trăm triệu đồng.",
             "Theo phòng nông nghiệp huyện, trang thông tin về giá sầu riêng của huyện đã có hơn "
             "12.000 lượt xem trong tháng qua, cho thấy nông dân rất quan tâm."},
    /* (the date, in the words the writers print it from the metadata, is
     * no paragraph of the body too) */
    .chrome = {"Lượt xem: 1.284", "2147 lượt đọc", "06:15 |", "Thứ Sáu, 10/01/2025 06:15"},
};

/* A chart's numbered title in the paragraph above its picture is the
 * caption; such a label before text is a paragraph still. */
static const spec vn_chart_title_above = {
    .page = "vn-chart-title-above.html",
    .title = "Xuất khẩu nông sản qua cửa khẩu phía Bắc",
    .captions = {"Biểu đồ 1: Kim ngạch xuất khẩu trái cây qua cửa khẩu Tân Thanh giai đoạn "
                 "2021-2024."},
    .body = {"Trong năm qua, lượng nông sản xuất khẩu qua các cửa khẩu phía Bắc tăng mạnh, nhất là "
             "trái cây tươi và các loại rau củ chế biến sẵn.",
             "Theo các doanh nghiệp, thủ tục thông quan đã nhanh hơn nhờ tờ khai điện tử, song chi "
             "phí lưu kho ở khu vực cửa khẩu vẫn còn cao.",
             "Bảng 2: số liệu chi tiết được trình bày trong phụ lục cuối bài, kèm theo ghi chú của "
             "nhóm tác giả về cách tính.",
             "Nhóm nghiên cứu đề xuất đầu tư thêm kho lạnh gần cửa khẩu và đẩy mạnh ký kết hợp "
             "đồng dài hạn với các nhà nhập khẩu."},
    .chrome = {"Giấy phép", "Trao đổi"},
};

/* Drupal names its story body by its field's data type, "text with
 * summary": no lead; a bold line in it is a sub-heading still. */
static const spec drupal_body_field = {
    .page = "drupal-body-field.html",
    .title = "Ferry crews train on the new harbour tugs",
    .headings = {{2, "Six weeks in the simulator"}},
    .body = {"PORT ELLIS: Crews of the harbour's ferry service began training this week on two "
             "electric tugs that will replace the diesel boats by the end of the year.",
             "The tugs were built at a yard up the coast and arrived last month after a four-day "
             "tow through the winter swell.",
             "Each skipper spends six weeks on a bridge simulator before taking a tug out, "
             "practising berthing in crosswinds and in the narrow channel by the grain terminal.",
             "Instructors say the quiet motors take getting used to, because skippers have long "
             "judged their speed by the engine's note."},
    .chrome = {"Privacy", "Business"},
};

/* A table page's headline and date, <span>s on the lines of one cell,
 * then rows of the picture, the sapo and the text: the sapo between the
 * picture and the text is the lead, and the headline's line is no
 * paragraph (it was, its text glued to the date's). */
static const spec vn_table_sapo_row = {
    .page = "vn-table-sapo-row.html",
    .title = "Ngư dân trúng mùa cá ngừ đầu vụ",
    .lead = "(MB) - Sau hơn 20 ngày bám biển, nhiều tàu câu cá ngừ đại dương cập cảng với sản "
            "lượng từ 2 đến 3 tấn mỗi tàu, giá bán ổn định giúp ngư dân có lãi khá.",
    .captions = {"Ngư dân đưa cá ngừ đại dương lên bờ tại cảng cá."},
    .body = {"Sáng 16.3, không khí tại cảng cá nhộn nhịp hẳn lên khi nhiều tàu câu cá ngừ đại "
             "dương nối đuôi nhau cập bến, thương lái đã chờ sẵn trên bờ để thu mua.",
             "Một chủ tàu vừa trở về sau chuyến biển dài 23 ngày cho biết tàu của ông câu được 54 "
             "con cá ngừ, mỗi bạn thuyền được chia gần 15 triệu đồng.",
             "Theo Chi cục Thủy sản tỉnh, từ đầu vụ đến nay toàn tỉnh có khoảng 650 tàu tham gia "
             "khai thác cá ngừ đại dương, sản lượng tăng 15% so với cùng kỳ."},
    .chrome = {"vụCập", "Gửi cho bạn bè", "Giá cá ngừ giảm mạnh", "Đọc nhiều nhất", "Giấy phép"},
};

/* A photo story's slides above the headline, a trail of links between
 * them: the story's pictures, each with its caption. */
static const spec vn_photo_story_top = {
    .page = "vn-photo-story-top.html",
    .title = "Toàn cảnh công trường cầu vượt sông sau một năm thi công",
    .lead = "(CT) - Sau hơn một năm khởi công, cây cầu vượt sông đã hình thành các trụ chính giữa "
            "lòng sông, công trường duy trì hàng trăm công nhân làm việc cả ngày lẫn đêm.",
    .captions = {"Công trường cầu nhìn từ trên cao, phía bờ nội thành.",
                 "Các trụ cầu chính giữa lòng sông đã thi công xong phần bệ."},
    .body = {"Cầu có tổng chiều dài hơn 5 km, điểm đầu tại nút giao trong nội thành, điểm cuối nối "
             "với tuyến đường vành đai phía bên kia sông.",
             "Theo ban quản lý dự án, phần móng và thân trụ đã hoàn thành khoảng 60%, nhà thầu "
             "đang tăng ca để kịp lao dầm trước mùa mưa lũ."},
    .chrome = {"1/2", "Đọc nhiều", "Multimedia", "Giấy phép"},
};

/* No-break spaces pad a picture's line and indent paragraphs (SharePoint's
 * editor): no text, the caption after the picture is still its caption;
 * a paragraph opened by a label in bold italics is no caption. */
static const spec vn_nbsp_padding = {
    .page = "vn-nbsp-padding.html",
    .title = "Huyện tổ chức hội nghị đối thoại với doanh nghiệp",
    .captions = {"Quang cảnh hội nghị đối thoại"},
    .body = {"Sáng 15/10, Ủy ban nhân dân huyện tổ chức hội nghị đối thoại với doanh nghiệp năm "
             "2019 nhằm tháo gỡ khó khăn, vướng mắc cho các doanh nghiệp trên địa bàn.",
             "Tham dự hội nghị có lãnh đạo huyện, đại diện các phòng, ban chuyên môn, Chi cục Thuế "
             "khu vực và hơn 100 doanh nghiệp.",
             "Ghi nhận tại hội nghị: các doanh nghiệp đã nêu nhiều kiến nghị liên quan đến thủ tục "
             "đất đai, thuế và bảo hiểm xã hội.",
             "Lãnh đạo huyện đã trả lời trực tiếp các kiến nghị và giao các phòng, ban liên quan "
             "giải quyết dứt điểm trong quý IV."},
    .chrome = {"Giới thiệu", "Bản quyền"},
};

/* The page's description is the sapo edited a little (a clause shortened):
 * the sapo is still the lead; a bold line of twenty syllables is a
 * Vietnamese sub-heading; a card of another story set alone in the text
 * (a link around a picture and a heading) is none of it. */
static const spec vn_desc_edited = {
    .page = "vn-desc-edited.html",
    .title = "Liên hợp quốc cảnh báo thiếu nước sạch vào năm 2030",
    .headings = {{2, "Nguồn nước ngầm ở nhiều đồng bằng lớn đang suy giảm nhanh hơn khả năng tự "
                     "phục hồi"}},
    .lead = "QTNN. Báo cáo mới nhất của Liên hợp quốc cho thấy nhu cầu nước toàn cầu có thể vượt "
            "nguồn cung tới 40% vào năm 2030 nếu các quốc gia không thay đổi cách quản lý và sử "
            "dụng tài nguyên nước.",
    .body = {"Báo cáo do UNESCO công bố nhân Ngày Nước thế giới cho biết khoảng 2,2 tỷ người hiện "
             "vẫn chưa được tiếp cận nước uống an toàn.",
             "Theo báo cáo, tình trạng khan hiếm nước đang nghiêm trọng hơn do biến đổi khí hậu, "
             "gia tăng dân số và đô thị hóa nhanh ở các nước đang phát triển."},
    .chrome = {"Chung tay bảo vệ sông băng", "Bộ Ngoại giao", "Bạn đọc có thể gửi bài",
               "xuống thấp kỷ lục"},
};

/* A subline whose class also holds a chrome word ("header") between the
 * headline and the body: the lead, not left out. */
static const spec header_named_subtitle = {
    .page = "header-named-subtitle.html",
    .title = "El embalse llega a su nivel más bajo para marzo",
    .lead = "Las tres presas del sistema registran su nivel más bajo para esta época y la comisión "
            "del agua pide a la población cuidar cada litro",
    .body =
        {"El sistema que abastece a la capital se encuentra al 33.4 por ciento de su capacidad, "
         "el nivel más bajo registrado para un mes de marzo desde que hay datos.",
         "Las autoridades prevén que las lluvias no lleguen antes de junio, por lo que "
         "mantendrán la reducción del suministro en doce colonias."},
    .chrome = {"Nación", "derechos reservados"},
};

/* A player reading the story aloud, a newsletter's call in a sentence's
 * second clause, a disclaimer on comments and a box that calls to
 * subscribe: none of them the story; a figure floated in an aside is. */
static const spec calls_in_clauses = {
    .page = "calls-in-clauses.html",
    .title = "Container ships slow down to save fuel",
    .captions = {"A container ship leaves the port at half its old speed."},
    .body = {"Ship operators have cut their cruising speeds by a fifth since the spring, as fuel "
             "prices climb and new rules price the carbon their engines burn.",
             "Slower ships need more vessels to keep the same schedule, which has lifted charter "
             "rates for the smallest feeder ships by almost a third.",
             "Charter rates for the largest ships have barely moved, since most of them are booked "
             "on contracts that run for several years.",
             "Fuel makes up about half the cost of running a ship, so a fifth off the speed saves "
             "more than a third of the fuel bill."},
    .chrome = {"Listen to this story", "Enjoy more audio", "Port Talk", "Comments do not represent",
               "Don't miss out", "Ledger Plus", "save articles for later", "Réutiliser",
               "Harbour tugs go electric", "newsletter promotion", "Support Free Journalism",
               "independently test", "star rating", "TEXT AD", "Get Current Updates"},
};

/* A call to follow the paper's channel and the desk's initials close the
 * story: neither is its text. */
static const spec es_desk_initials = {
    .page = "es-desk-initials.html",
    .title = "Reabren el mercado de flores tras la remodelación",
    .body =
        {"El mercado de flores del centro reabrió este lunes después de ocho meses de obras que "
         "renovaron los techos, el drenaje y los 240 locales.",
         "Los comerciantes regresaron a sus puestos desde las cinco de la mañana y las ventas "
         "del primer día superaron las de una jornada normal."},
    .chrome = {"Únete a nuestro canal", "mpc/rmlgv", "derechos reservados", "Escuchar"},
};

/* Drupal 7: the node's date in RDFa (not a related story's shown date
 * further down), and a picture's caption in the <blockquote> its caption
 * module writes. */
static const spec drupal7_rdfa_node = {
    .page = "drupal7-rdfa-node.html",
    .title = "Hội nghị sinh viên nghiên cứu khoa học",
    .date = "2019-05-15T09:30:12+07:00",
    .captions = {"Ban Giám hiệu trao giấy khen cho các sinh viên có đề tài xuất sắc"},
    .body = {"Ngày 14/5, nhà trường tổ chức hội nghị sinh viên nghiên cứu khoa học năm học 2018 - "
             "2019 với 68 đề tài được báo cáo tại sáu tiểu ban chuyên môn.",
             "Năm học này, toàn trường có 112 đề tài nghiên cứu khoa học của sinh viên được phê "
             "duyệt, tăng 18 đề tài so với năm học trước."},
    .chrome = {"Tập huấn phương pháp", "02/04/2019", "Bản quyền"},
};

/* Captions an old CMS's editor set apart by markup: a small font in a
 * centred line, an italic font, a coloured <font> (Xinhua's); small print
 * not centred is a note. */
static const spec captions_styled = {
    .page = "captions-styled.html",
    .title = "Mùa lúa chín trên ruộng bậc thang",
    .captions = {"Ruộng bậc thang vào mùa lúa chín nhìn từ đỉnh đèo.",
                 "Du khách chụp ảnh bên những thửa ruộng ven đường.",
                 "Du khách mặc trang phục truyền thống chụp ảnh trên bờ ruộng, ngày 28/9."},
    .body =
        {"Cuối tháng Chín, những thửa ruộng bậc thang ở vùng cao chuyển sang màu vàng óng, thu "
         "hút hàng nghìn du khách đến chụp ảnh mỗi ngày.",
         "Người dân trong bản cho biết năm nay lúa được mùa, nhiều gia đình mở thêm dịch vụ cho "
         "thuê trang phục truyền thống để du khách chụp ảnh.",
         "Chính quyền địa phương khuyến cáo du khách không giẫm lên bờ ruộng và không bay thiết "
         "bị bay không người lái trên khu vực dân cư.",
         "Nhiều homestay trong bản đã kín phòng đến hết tháng Mười, giá thuê tăng gần gấp đôi so "
         "với ngày thường.",
         "Thông tin trong bài được cập nhật theo ngày đăng.",
         "Mùa lúa chín thường kéo dài đến giữa tháng Mười, sau đó bà con bắt đầu thu hoạch và "
         "ruộng chuyển sang màu rơm khô."},
    .chrome = {"Ẩm thực", "Giấy phép", "chỉ mang tính tham khảo"},
};

/* A page whose story an archive's toolbar, hidden until its script runs
 * and left open, hides whole: the text the markup hides is read, with a
 * warning that names the fallback; the BBC's crosshead a <span> alone
 * between paragraphs. */
static const spec hidden_by_toolbar = {
    .page = "hidden-by-toolbar.html",
    .title = "Seal pups counted on the outer islands",
    .headings = {{2, "Quiet beaches"}},
    /* (the BBC's "introduction", its lead) */
    .lead = "Rangers have counted more grey seal pups on the outer islands this autumn than in any "
            "year since records began.",
    .body = {"The count, made from boats and on foot over six weeks, found 2,950 pups, up from "
             "2,600 last year.",
             "Rangers said fewer visitors had landed on the breeding beaches since the ferry "
             "timetable was cut back in the spring.",
             "The seals will leave the beaches in December, when the pups have moulted their white "
             "coats and learned to swim."},
    .chrome = {"captures", "Archive home"},
    .fallback = 1,
};

/* The story's box inside a layout named for its side column
 * ("st-sidebar__container"): a chrome word that names a layout, not
 * chrome, when a box named as content holds its paragraphs. */
static const spec story_in_sidebar_layout = {
    .page = "story-in-sidebar-layout.html",
    .title = "Vecinos levantan muros de sacos ante nuevas lluvias",
    .body =
        {"Desde muy temprano, decenas de vecinos de la quebrada llenaron sacos con arena y "
         "piedras para levantar muros a lo largo del cauce por donde bajó el huaico del sábado.",
         "“No podemos esperar a que vengan a ayudarnos. Si vuelve a llover fuerte, el agua se "
         "mete otra vez a las casas”, contó una vecina mientras cargaba sacos.",
         "El servicio meteorológico emitió un aviso naranja por lluvias de moderada a fuerte "
         "intensidad en la sierra, con acumulados de hasta 25 milímetros por día.",
         "El alcalde informó que la maquinaria municipal trabaja desde el domingo para retirar "
         "el lodo y las piedras que bloquearon tres calles del barrio.",
         "Los vecinos reclaman que las mallas de contención prometidas hace dos años aún no se "
         "han terminado de instalar en las quebradas más peligrosas."},
    .chrome = {"Lo más leído", "Reabren la carretera", "derechos reservados"},
};

/* A class that names the subline under a headline names sub-headings too
 * ("pSubTitle"): a line that is no sentence between paragraphs is one; the
 * sentence under the byline is not. */
static const spec vn_psubtitle = {
    .page = "vn-psubtitle.html",
    .title = "Kẹt xe kéo dài quanh sân bay",
    .headings = {{2, "Hàng chục chuyến bay phải chờ khách"}, {2, "Cần giải pháp căn cơ"}},
    .body = {"Từ 6 giờ sáng, dòng xe trên đường dẫn vào sân bay nhích từng chút, nhiều hành khách "
             "phải xuống xe kéo vali đi bộ vào nhà ga.",
             "Lực lượng cảnh sát giao thông được tăng cường tại các nút giao nhưng đến gần trưa "
             "tình hình mới được cải thiện.",
             "Theo cảng hàng không, hàng chục chuyến bay phải lùi giờ cất cánh để chờ hành khách "
             "làm thủ tục muộn.",
             "Các chuyên gia cho rằng cần sớm mở thêm đường vào sân bay và tổ chức lại luồng xe "
             "taxi, xe công nghệ."},
    .text = {"Hành khách phải xuống xe đi bộ hàng trăm mét vào nhà ga vì kẹt xe kéo dài từ sáng "
             "đến trưa."},
    .chrome = {"Kinh tế", "Giấy phép"},
};

/* A wiki's links to edit a section, in its heading (MediaWiki before
 * 2024) or beside it in a box of both (since): no part of the heading. */
static const spec mediawiki_edit_links = {
    .page = "mediawiki-edit-links.html",
    .title = "Tide mills",
    .headings = {{2, "History"}, {2, "Design"}},
    .body =
        {"A tide mill is a water mill driven by tidal rise and fall, with a dam and sluice that "
         "let the sea fill a pond.",
         "The earliest tide mills in Europe were built on the coasts of Ireland and are dated to "
         "the seventh century.",
         "Water is held back in the pond at high tide and released through the wheel as the "
         "tide falls again."},
    .chrome = {"edit"},
};

/* A lead set in a custom element its class names ("<r-article--chapo>"):
 * the lead. */
static const spec custom_element_chapo = {
    .page = "custom-element-chapo.html",
    .title = "Les anciennes brasseries renaissent le long du canal",
    .lead = "Trois sites brassicoles abandonnés depuis des décennies accueillent à nouveau des "
            "brasseurs, des ateliers et des logements.",
    .body =
        {"Il flotte de nouveau une odeur de malt sur le quai. Derrière la façade de briques "
         "rouges de l’ancienne brasserie, une dizaine de cuves ont été installées à "
         "l’automne.",
         "La Région a racheté les bâtiments en 2019 et les loue à prix réduit à des artisans, à "
         "condition qu’ils ouvrent leurs ateliers au public."},
    .chrome = {"Sports", "droits réservés", "Notre éditorial", "fait par ses abonnés", "Griežtai"},
};

/* A company's logo beside a press release's headline is no picture of
 * the story: the line under it is no caption. */
static const spec press_release_logo = {
    .page = "press-release-logo.html",
    .title = "Harbourline Energy opens a storage plant in Alaska",
    .body =
        {"The plant stores wind power for two villages through the winter, when diesel used to "
         "be flown in",
         "ANCHORAGE, Alaska -- Harbourline Energy today opened a battery storage plant that will "
         "hold the output of four wind turbines for two villages on the coast.",
         "The villages used about 90,000 gallons of diesel a year, most of it flown in during "
         "the winter months at a high cost."},
    .chrome = {"Example Media"},
};

/* A caption set behind a toggle (a <details> alone in the figcaption,
 * "Show caption" its summary): the caption, without the toggle's label. */
static const spec caption_behind_toggle = {
    .page = "caption-behind-toggle.html",
    .title = "The novelist who wrote on the night bus",
    .captions = {"The novelist on the top deck of the night bus in Glasgow."},
    .body = {"She wrote the whole first draft between midnight and five in the morning, on the bus "
             "that runs from the city centre out to the airport and back.",
             "The book took four years to finish and was turned down by eleven publishers before a "
             "small press in Edinburgh bought it."},
    .chrome = {"Show caption", "Music"},
};

/* A live page's posts, each with a header named so (its time and its
 * heading) in an <article>: the headings are the posts', not a site's
 * header's. */
static const spec live_post_headers = {
    .page = "live-post-headers.html",
    .title = "Storm Ffion: Flood warnings as heavy rain hits Wales and south-west England",
    .headings = {{2, "Summary"},
                 {3, "Rail disruption expected into Monday"},
                 {3, "‘The water came up through the floorboards’"},
                 {3, "Met Office extends amber wind warning"},
                 {3, "Welcome to our coverage"}},
    .text =
        {"Network Rail says fallen trees have blocked the line between Cardiff and Swansea in two "
         "places, and services on the Heart of Wales line will not run at all tomorrow.",
         "The Met Office has extended its amber warning for wind until 21:00 GMT, covering the "
         "whole Welsh coast and Devon and Cornwall."},
    .chrome = {"Share this post", "More on this story"},
};

/* No <h1>: the headline an h2 whose class names a subline, the page's
 * title agreeing; a box's heading further down is none. */
static const spec subline_headline = {
    .page = "subline-headline.html",
    .title = "No, a new rule won’t ban wood stoves in cabins next year",
    .headings = {{4, "If your time is short"}},
    .text =
        {"Posts shared thousands of times claim that a federal rule will ban wood stoves in new "
         "cabins from January. The claim misreads a standard published last month.",
         "We rate the claim False."},
    .chrome = {"Truth-Meter"},
};

/* Captions that are only their pictures' alts again, in a plain box after
 * each (the hero's between the lead and the text too); a Thai "related
 * news" head and its links are no part of the story. */
static const spec th_alt_captions = {
    .page = "th-alt-captions.html",
    .title = "ฝุ่นพุ่งเกินมาตรฐานหลายเขต แนะสวมหน้ากาก",
    .captions = {"สภาพท้องฟ้าบริเวณย่านใจกลางเมืองถูกปกคลุมด้วยฝุ่นควันในยามเช้า",
                 "เจ้าหน้าที่ฉีดพ่นละอองน้ำเพื่อลดฝุ่นบนถนนสายหลัก"},
    .text = {"ศูนย์ข้อมูลรายงานผลการตรวจวัดค่าฝุ่นละอองขนาดเล็กเมื่อเวลาเจ็ดนาฬิกา "
             "พบค่าเฉลี่ยเกินค่ามาตรฐานที่กำหนดไว้เกือบทุกพื้นที่ของเมือง"},
    .chrome = {"อ่านข่าวที่เกี่ยวข้อง", "เช็กค่าฝุ่นวันนี้", "สงวนลิขสิทธิ์"},
};

/* A summary's lines set as an <h2> opening the text, a break between them
 * (Yonhap's): the lead, not a sub-heading. */
static const spec ko_summary_lines = {
    .page = "ko-summary-lines.html",
    .title = "2월 취업자 13만명 증가…청년 고용률은 하락",
    .lead = "제조업 취업자 8개월째 감소…건설업 역대 최대폭 줄어 청년층 '쉬었음' 인구 50만명 넘어",
    .body = {"(세종=한빛뉴스) 김지훈 기자 = 지난달 취업자 수가 1년 전보다 13만명 넘게 늘었지만, "
             "청년층 고용률은 10개월 연속 하락한 것으로 나타났다.",
             "통계청이 발표한 고용동향에 따르면 지난달 취업자는 2천800만명으로 1년 전보다 "
             "13만6천명 증가했다.",
             "제조업 취업자는 8개월째 줄었고 건설업 취업자는 관련 통계 작성 이후 가장 큰 폭으로 "
             "감소했다."},
    .chrome = {"사회", "무단 전재"},
};

/* A line a class sets in bold (a span's "mol-style-bold") heads the text
 * after it as a <b> would; so does a bold label over a list ("What to
 * pack:"); a bold date is no sub-heading. */
static const spec bold_span_subheads = {
    .page = "bold-span-subheads.html",
    .title = "Crowds flock to the beaches on the hottest day of the year",
    .headings = {{2, "Lifeguards stretched as crowds descend on the coast"}, {2, "What to pack:"}},
    .text =
        {"Lifeguards dealt with more than 40 incidents by four in the afternoon, including two "
         "children swept out to sea on inflatables.",
         "Forecasters expect the heat to break on Monday, when thunderstorms are likely to move "
         "in from the west."},
    .chrome = {"Sport", "Share or comment", "ALSO READ", "on WhatsApp"},
};

/* An h2 named "sub-headline" under the headline in its header is the dek
 * (the lead), not the headline nor a sub-heading. */
static const spec sub_headline_dek = {
    .page = "sub-headline-dek.html",
    .title = "Missing Colorado hiker found alive after 10 days in backcountry, says he survived on "
             "berries and creek water",
    .lead =
        "Search crews spotted the 34-year-old from a helicopter near a remote drainage in the San "
        "Juan Mountains",
    .headings = {{2, "Search had been scaled back"}},
    .text =
        {"A Colorado man who vanished while hiking in the San Juan Mountains was found alive on "
         "Sunday after 10 days in the backcountry, authorities said."},
};

/* A first paragraph's drop cap named in a style's state
 * ("has-dropcap__lead-standard-heading") is no lead: the dek the
 * description repeats is. */
static const spec dropcap_not_lead = {
    .page = "dropcap-not-lead.html",
    .title = "The Last Keepers of the Light",
    .lead = "For two centuries, lighthouses on the coast were tended by families who lived beside "
            "them. Their children are the last who remember it.",
    .body =
        {"She was six years old when her father let her wind the clockwork for the first time, "
         "and the crank was almost as tall as she was.",
         "The mechanism turned the great glass lens at the top of the tower and had to be wound "
         "every four hours through the night, in every weather.",
         "“He stood behind me and counted,” she told me, when I visited her last winter. "
         "“Forty-two turns. I still count them some nights.”"},
    .chrome = {"Books"},
};

/* Tuổi Trẻ's and Vietstock's old "pHead" names the sapo. */
static const spec vn_phead_lead = {
    .page = "vn-phead-lead.html",
    .title = "Khối ngoại bán ròng phiên thứ tám liên tiếp",
    .lead = "Áp lực bán ròng của khối ngoại tập trung vào nhóm ngân hàng và bất động sản khiến chỉ "
            "số giảm gần 9 điểm, thanh khoản tiếp tục duy trì ở mức thấp.",
    .body =
        {"Thị trường mở cửa trong trạng thái giằng co khi lực cầu bắt đáy xuất hiện ở một số mã "
         "vốn hóa lớn, nhưng áp lực bán sớm quay trở lại.",
         "Đóng cửa, chỉ số giảm 8,92 điểm, toàn thị trường có 128 mã tăng và 301 mã giảm, khối "
         "ngoại bán ròng hơn 600 tỷ đồng."},
    .chrome = {"Doanh nghiệp", "Giấy phép", "Copy link", "phần giải đáp"},
};

/* A summary box's one point between the headline's header and the body is
 * the lead; its label ("What you need to know:") is no part of it. */
static const spec summary_box_lead = {
    .page = "summary-box-lead.html",
    .title = "Coffee farmers smile as prices hit a record",
    .lead =
        "Farmers in the region say record prices have let them clear school fees and loans, but "
        "warn that theft of coffee from gardens is on the rise.",
    .body = {"Coffee farmers are counting gains after farm-gate prices of dry cherry rose to a "
             "record, more than double what they fetched a year ago.",
             "Traders say strong demand from buyers abroad and a smaller harvest in other growing "
             "countries have pushed prices up since December.",
             "Some farmers have hired guards for their gardens at night after a rise in thefts of "
             "ripe cherries in the weeks before the harvest."},
    .chrome = {"What you need to know", "Business"},
};

/* Intertitles named "subhead" between the story's paragraphs; the same
 * word under the headline names the standfirst. */
static const spec subheads_es = {
    .page = "subheads-es.html",
    .title = "La cooperativa que llevó la fibra al pueblo",
    .lead = "Ochenta vecinos pusieron dinero y horas de trabajo para tender el cable que ninguna "
            "operadora quería instalar.",
    .headings = {{2, "Una asamblea en el frontón"}, {2, "Teletrabajo y nuevos vecinos"}},
    .body =
        {"Durante años, en el pueblo había que subir a la ermita para que el móvil tuviera algo "
         "de señal, y las operadoras respondían siempre que no salía rentable.",
         "El alcalde convocó una asamblea en el frontón municipal y acudió casi la mitad del "
         "censo, dispuesta a crear una cooperativa y tender la fibra por su cuenta.",
         "Dos años después, once familias se han instalado en casas que estaban vacías, y la "
         "escuela ha vuelto a abrir una segunda aula."},
    .chrome = {"Aviso legal", "Economía"},
};

/* A video's box in the body: its player, its title and a line inviting
 * readers to watch more ("Mời quý độc giả xem thêm các video..."). */
static const spec vn_video_box = {
    .page = "vn-video-box.html",
    .title = "Nông dân Vĩnh Châu trúng mùa hành tím",
    .lead = "Vụ hành tím năm nay ở thị xã Vĩnh Châu cho năng suất cao, giá bán ổn định, nhiều hộ "
            "lãi gần gấp đôi năm ngoái.",
    .body = {"Những ngày này, trên các cánh đồng ở phường Vĩnh Phước, nông dân tất bật nhổ hành, "
             "phơi khô rồi bó thành từng bó để bán cho thương lái.",
             "Theo Phòng Kinh tế thị xã, toàn vùng xuống giống hơn sáu nghìn héc-ta hành tím, "
             "năng suất bình quân đạt khoảng hai mươi tấn mỗi héc-ta.",
             "Ông Trần Văn Tài, một nông dân ở phường Vĩnh Phước, cho biết với giá bán hiện nay, "
             "mỗi công hành gia đình ông lãi khoảng hai mươi triệu đồng.",
             "Ngành nông nghiệp khuyến cáo bà con không nên ồ ạt mở rộng diện tích vụ sau để "
             "tránh cảnh được mùa mất giá."},
    .chrome = {"Mời quý độc giả", "Giấy phép"},
};

/* Boxes after the story that ask readers for money, named by hashes: a
 * heading, a line or two and a button that says "Donate now" or "Support
 * ..."; a link that says "donate" in a sentence of the story stays. */
static const spec support_boxes = {
    .page = "support-boxes.html",
    .title = "Valley towns test a four-day school week",
    .body =
        {"Three school districts in the valley will move to a four-day week this autumn, joining "
         "more than a hundred rural districts across the state that have made the change to "
         "hold on to teachers.",
         "District leaders said the extra day off would help them compete with city schools "
         "that pay more, and parents will be offered supervised activities on Mondays at a "
         "small fee.",
         "Families who cannot afford the fee can apply for help: a local charity has set up a "
         "fund, and readers can donate through its website until the end of August.",
         "The state education board will review test scores from the three districts after the "
         "first year before deciding whether to let more of them follow."},
    .chrome = {"without you", "nonprofit newsroom", "Donate now", "small favour",
               "supporting our reporting", "commercial and political", "Support the Current",
               "Remind me"},
};

/* The lines a paper closes a story with, their blocks named nothing: the
 * note of its print edition, the notice that comments are closed. */
static const spec closing_lines = {
    .page = "closing-lines.html",
    .title = "Cold front brings snow to the mountain passes",
    .body = {"A strong cold front reached the southwest on Tuesday morning, bringing heavy rain to "
             "the coast and the first snow of the season to the mountain passes.",
             "The weather service warned motorists to avoid the passes after dark, when the roads "
             "are expected to freeze, and advised farmers to move livestock to shelter.",
             "Temperatures are expected to rise again from Thursday, when a high-pressure system "
             "moves in from the Atlantic and the skies clear over most of the province."},
    .chrome = {"appears in print", "Comments have been closed", "community guidelines",
               "Press Council"},
};

/* A gallery whose slides out of view are hidden from screen readers
 * (aria-hidden="true", as slick and news sites' galleries do): the reader
 * pages to them, so their pictures and captions are the article's; a
 * paragraph hidden so is not. */
static const spec gallery_hidden_slides = {
    .page = "gallery-hidden-slides.html",
    .title = "Heat stress bleaches a third of the reef's shallow corals",
    .captions = {"Bleached corals in a shallow lagoon near the northern end of the reef.",
                 "A diver records coral condition along a survey line in early March.",
                 "The fringing reef seen from the air, where most flats showed bleaching."},
    .body = {"Surveys across the reef's lagoon in early March found bleaching on about a third of "
             "the shallow corals inspected, the marine institute said on Tuesday.",
             "Water temperatures had stayed more than a degree above the summer average for six "
             "weeks, long enough for corals to expel the algae that feed them.",
             "Scientists said most of the affected corals could still recover if waters cooled "
             "within the next few weeks, as forecasts suggested they would.",
             "The institute plans a second survey in May to measure how many of the bleached "
             "colonies have died."},
    .chrome = {"Share this story", "Prev", "1 of 3", "All rights reserved"},
};

/* A lead named only by its data-test-id ("lead-text"), after the hero
 * figure, every class a hash. */
static const spec lead_test_id = {
    .page = "lead-test-id.html",
    .title = "Skyfall över Gävle – källare fylldes på minuter",
    .lead =
        "Över sextio millimeter regn föll på tre timmar. Räddningstjänsten har larmats till ett "
        "hundratal översvämningar och flera vägar har stängts av.",
    .captions = {"Vatten forsar fram på Södra Kungsgatan i centrala Gävle."},
    .body =
        {"Mest drabbade är stadsdelarna Brynäs och Söder, där dagvattensystemet inte klarade de "
         "stora mängderna vatten under kvällen.",
         "Anna Hedlund, som bor i ett radhus på Brynäs, berättar att vattnet kom in med full "
         "kraft genom källarfönstren och fyllde tvättstugan.",
         "Enligt meteorologerna motsvarar regnet mer än vad som normalt faller under hela "
         "augusti, och fler skurar väntas under natten."},
    .chrome = {"Ansvarig utgivare", "Nöje"},
};

/* A layout of wrappers all named "article-..." (each weighs as a name
 * for the text), a line of text above the page (a banner) in the
 * outermost: the text's own block is the article, not the page. */
static const spec layout_banner_divs = {
    .page = "layout-banner-divs.html",
    .title = "Copper output slumps as drought curbs water-hungry mines",
    .captions = {"Stacks of copper cathodes wait for shipment at a mine in the north, March 14."},
    .headings = {{2, "SEAWATER PLANS"}},
    .body = {"SANTIAGO, April 2 - Copper production fell 6.8% year-on-year in February, government "
             "data showed on Wednesday, as a prolonged drought in the north forced several mines "
             "to curb processing.",
             "Output totaled 401,200 metric tons in the month, according to the national "
             "statistics agency, the lowest February figure since 2017 and below the 418,000 tons "
             "analysts expected."},
    .chrome = {"Skip to main content", "Exclusive news", "Learn more about Wire Pro", "Register",
               "Sign In", "Report This Ad", "Suggested Topics", "Wire Desk Standards"},
};

/* A notice that the links earn the site a commission, above the story, is
 * the site's and no part of it; the story may speak of affiliates. */
static const spec affiliate_disclosure = {
    .page = "affiliate-disclosure.html",
    .title = "Five tents for a wet weekend",
    .body = {"We pitched every tent on the same soggy field above the reservoir and left each one "
             "out through two nights of steady rain.",
             "The cheapest dome let water in at the seams by the first morning, while the tunnel "
             "tents stayed dry but flapped loudly in the wind.",
             "Shops now earn more from affiliate programmes than from their own catalogues, the "
             "trade association told us, which is why prices move so often.",
             "Our pick for most people is the two-pole tunnel: it packs small, pitches in four "
             "minutes and kept our sleeping bags dry."},
    .chrome = {"affiliate links", "earn a commission", "Contact"},
};

/* A disclaimer under a post (the opinions are the writer's own, no advice
 * is given) is no part of it; the story may say a letter did not reflect
 * someone's views. */
static const spec disclaimer = {
    .page = "disclaimer.html",
    .title = "Why the canal boats are moving to electric motors",
    .body =
        {"Half the hire boats on the northern canals will run on batteries by next summer, the "
         "largest fleet owner told its customers this week.",
         "The diesel engines are cheap to run but loud, and the new moorings in the city centre "
         "no longer allow engines to idle after eight in the evening.",
         "A spokesman for the boaters' club said the letter sent to members did not reflect the "
         "views of most of them, who would rather keep their engines.",
         "Charging points are planned at four locks, each able to fill a boat's batteries "
         "overnight from the towpath's new power line."},
    .chrome = {"personal opinions", "past performance", "About"},
};

static const spec disclaimer_vi = {
    .page = "disclaimer-vi.html",
    .title = "Giá cà phê tăng mạnh sau mùa mưa kéo dài",
    .body =
        {"Giá cà phê nhân xô tại Tây Nguyên tăng thêm hai nghìn đồng mỗi ký trong tuần qua, do "
         "mưa kéo dài làm chậm việc thu hoạch ở nhiều vùng trồng.",
         "Nhiều hộ nông dân cho biết họ chưa vội bán, chờ giá lên cao hơn vào cuối năm khi các "
         "doanh nghiệp xuất khẩu cần hàng để giao cho khách.",
         "Các thương lái dự báo giá sẽ còn biến động mạnh cho tới khi vụ thu hoạch ở Brazil bắt "
         "đầu vào giữa năm sau."},
    .chrome = {"quan điểm riêng", "lời khuyên", "bản tin", "Liên hệ"},
};

/* "Alle Angaben ohne Gewähr" under a story, and "Zum Weiterlesen:" over
 * links to others, are no part of it. */
static const spec disclaimer_de = {
    .page = "disclaimer-de.html",
    .title = "Neue Öffnungszeiten im Hallenbad",
    .body = {"Das Hallenbad am Stadtpark öffnet ab Montag schon um sechs Uhr, damit Berufstätige "
             "vor der Arbeit ihre Bahnen schwimmen können.",
             "Dafür schließt das Bad am Sonntagabend eine Stunde früher, weil die Stadt die Kosten "
             "für das zusätzliche Personal sonst nicht tragen könnte."},
    .chrome = {"Gewähr", "Weiterlesen", "Sauna", "Impressum"},
};

/* A line crediting a sponsor ("Sponsored by", "Präsentiert von", "Tài trợ
 * bởi"), a sponsor's label, and the lines an embedded Instagram post's
 * fallback prints are no part of the story. */
static const spec sponsor_lines = {
    .page = "sponsor-lines.html",
    .title = "The ferry that sails on wind again",
    .body = {"The island ferry set out on Tuesday morning under two tall sails, the first time in "
             "sixty years that the crossing has been made without burning a drop of diesel.",
             "Its crew of five trained for a year on an old schooner, and the captain said the "
             "boat kept its timetable in all but the calmest weather.",
             "The port authority plans to fit sails to its second boat next spring if the winter "
             "crossings go as well."},
    .chrome = {"Sponsored", "Northern Coast", "Instagram", "post shared", "imgur", "About us"},
};

static const spec sponsor_lines_de = {
    .page = "sponsor-lines-de.html",
    .title = "Die Fähre segelt wieder",
    .body = {"Die Inselfähre legte am Dienstagmorgen unter zwei hohen Segeln ab, zum ersten Mal "
             "seit sechzig Jahren ohne einen Tropfen Diesel.",
             "Die fünfköpfige Besatzung hatte ein Jahr lang auf einem alten Schoner geübt, und der "
             "Kapitän hielt den Fahrplan bei fast jedem Wetter ein."},
    .chrome = {"Präsentiert", "Anzeigen", "Beitrag geteilt", "Impressum"},
};

static const spec sponsor_lines_fr = {
    .page = "sponsor-lines-fr.html",
    .title = "Le bac reprend la voile",
    .body = {"Le bac de l'île a quitté le port mardi matin sous deux grandes voiles, pour la "
             "première fois depuis soixante ans sans une goutte de gazole.",
             "L'équipage de cinq marins s'est entraîné un an sur une vieille goélette, et le "
             "capitaine a tenu l'horaire par presque tous les temps."},
    .chrome = {"partenariat", "sponsorisé", "Instagram", "Mentions"},
};

static const spec sponsor_lines_es = {
    .page = "sponsor-lines-es.html",
    .title = "El ferri vuelve a navegar a vela",
    .body = {"El ferri de la isla zarpó el martes por la mañana con dos velas altas, la primera "
             "vez en sesenta años que cruzó sin quemar una gota de gasóleo.",
             "La tripulación de cinco marineros practicó un año en una vieja goleta, y el capitán "
             "cumplió el horario con casi cualquier tiempo."},
    .chrome = {"Patrocinado", "patrocinado", "publicación compartida", "Aviso legal"},
};

static const spec sponsor_lines_vi = {
    .page = "sponsor-lines-vi.html",
    .title = "Phà ra đảo chạy bằng buồm trở lại",
    .body = {"Sáng thứ ba, chiếc phà ra đảo rời bến dưới hai cánh buồm lớn, lần đầu tiên sau sáu "
             "mươi năm vượt biển mà không đốt một giọt dầu nào.",
             "Năm thủy thủ đã tập luyện một năm trên một chiếc thuyền buồm cũ, và thuyền trưởng "
             "cho biết phà vẫn chạy đúng giờ trong hầu hết mọi thời tiết."},
    .chrome = {"Tài trợ", "tài trợ", "Duyên Hải", "Liên hệ"},
};

/* "Previous article" and "Next article" over the post are no part of it,
 * links or not. */
static const spec prev_next_labels = {
    .page = "prev-next-labels.html",
    .title = "A lamp that runs on a bicycle's dynamo",
    .body = {"A reader in the hills built a reading lamp that runs from the hub dynamo of an old "
             "bicycle mounted on a stand in his shed.",
             "Ten minutes of pedalling charges a small battery enough for an hour of light, which "
             "he says is about right for a chapter or two."},
    .chrome = {"Previous", "Next", "About us"},
};

static const spec prev_next_labels_vi = {
    .page = "prev-next-labels-vi.html",
    .title = "Đèn đọc sách chạy bằng xe đạp",
    .body = {"Một bạn đọc ở vùng đồi đã làm chiếc đèn đọc sách chạy bằng bộ phát điện của một "
             "chiếc xe đạp cũ đặt trên giá trong nhà kho.",
             "Mười phút đạp xe nạp đủ điện cho một giờ đèn sáng, theo anh là vừa đủ để đọc một "
             "hai chương sách."},
    .chrome = {"Bài trước", "Bài tiếp theo", "Liên hệ"},
};

/* The slides a carousel cloned to loop round (slick's, owl's) are copies:
 * each slide's text once. */
static const spec carousel_clones = {
    .page = "carousel-clones.html",
    .title = "The orchard that grows forty kinds of apple",
    .body = {"The old orchard above the river grows forty kinds of apple, some of them planted by "
             "the farmer's great-grandfather before the first war.",
             "Picking the first russets of the season by hand from the ladders in the lower rows.",
             "Pressing the late pears into a cloudy perry that keeps until the summer after.",
             "Visitors may pick their own fruit on Saturdays until the end of October, and the "
             "shop sells juice from every kind grown.",
             "Grafting young trees in the nursery behind the barn each March."},
    .chrome = {"About us"},
};

/* A block printed again for another screen ("slide desktop", then "slide
 * mobile") is there once. */
static const spec screen_copies = {
    .page = "screen-copies.html",
    .title = "Three studios we worked with this year",
    .body = {"Each of the three studios below came to us with a building to fill and a small "
             "budget, and each left with a plan its own staff could carry out.",
             "Turning a flour mill's ground floor into a bakery that sells from the loading door.",
             "Giving a letterpress shop a window on the platform where commuters watch the "
             "presses.",
             "All three opened within the year, and two have already asked us back to plan their "
             "second rooms."},
    .headings = {{2, "A bakery in the old mill"}, {2, "A print shop by the station"}},
    .chrome = {"Contact"},
};

/* A call to subscribe, a heading among them, between the story's paragraphs
 * is no part of it. */
static const spec subscribers_call = {
    .page = "subscribers-call.html",
    .title = "The hospital that runs on its own power",
    .body = {"The county hospital switched off its grid connection for a full day last month, "
             "running every ward from its own solar roof and a bank of batteries in the car park.",
             "Engineers had planned the test for two years, after storms cut the power three times "
             "in one winter and the old diesel generators failed to start twice.",
             "The hospital's managers now want to disconnect for a whole week each summer, and to "
             "sell the power the roof makes at weekends back to the grid."},
    .chrome = {"Unlock", "paid subscriber", "Terms"},
};

/* A shop's buttons by the products a review compares ("Where to buy", "Get
 * it now", "Ver oferta") are no part of it. */
static const spec shop_buttons = {
    .page = "shop-buttons.html",
    .title = "Three kettles that boil fast and quietly",
    .body =
        {"We boiled a litre of cold tap water in each kettle twenty times, timing every boil and "
         "measuring the noise from a metre away.",
         "The steel kettle was the quickest at just under three minutes, though its handle grew "
         "warm enough to notice after a few boils.",
         "The glass kettle was the quietest of the three, and its blue light makes it easy to "
         "see how much water is left from across the room."},
    .headings = {{2, "The steel kettle"}, {2, "The glass kettle"}},
    .chrome = {"Where to buy", "Get it now", "Ver oferta", "Privacy"},
};

/* A line calling to download something now, and a call to get the posts by
 * e-mail, are no part of the story; a sentence saying one can now download
 * a release stays. */
static const spec download_call = {
    .page = "download-call.html",
    .title = "The desktop gets a faster file search",
    .body = {"The new release of the desktop indexes files in the background while the computer is "
             "idle, so a search over a large home folder answers in under a second.",
             "Users can now download the release for all the usual distributions, and the "
             "developers say older machines will see the biggest change."},
    .chrome = {"right now", "herunterladen", "mailing list", "About"},
};

/* A widget asking to rate the post, the comments' rules and the post's
 * licence under it are no part of it. */
static const spec rating_widget = {
    .page = "rating-widget.html",
    .title = "How to patch a bicycle tube by the roadside",
    .body = {"Take the wheel off and run your fingers slowly round the inside of the tyre first, "
             "because the thorn that made the hole is often still there.",
             "Pump a little air into the tube and listen for the hiss, then rough the rubber round "
             "the hole with the small square of sandpaper from the kit.",
             "Spread a thin layer of glue, wait until it turns dull, and press the patch down hard "
             "for a full minute before you put the tube back."},
    .chrome = {"helpful", "comment policy", "Creative Commons", "Privacy"},
};

static const spec rating_widget_es = {
    .page = "rating-widget-es.html",
    .title = "La biblioteca del barrio amplía su horario",
    .body = {"La biblioteca municipal del barrio norte abrirá también los sábados por la tarde a "
             "partir del mes que viene, tras recoger más de mil firmas de los vecinos.",
             "El ayuntamiento contratará a dos bibliotecarios más y mantendrá la sala de estudio "
             "abierta hasta las diez de la noche durante los exámenes."},
    .chrome = {"útil", "Anúnciate", "Aviso legal"},
};

/* "If you liked this post you might also like:" heads links to other posts:
 * both go. */
static const spec also_like = {
    .page = "also-like.html",
    .title = "Sourdough without a thermometer",
    .body =
        {"My kitchen is cold all winter, so I stopped timing the rise by the clock and started "
         "watching the dough instead, looking for the domed top and the small bubbles at the "
         "sides.",
         "A dough that has risen by half and jiggles when the bowl is shaken is ready to shape, "
         "whether that takes five hours in summer or eleven in January."},
    .chrome = {"might also like", "rye loaf", "About"},
};

/* A line saying how long the post takes to read is no part of it. */
static const spec reading_time = {
    .page = "reading-time.html",
    .title = "Der Bäcker, der um drei Uhr aufsteht",
    .body =
        {"Seit vierzig Jahren steht Karl Weber jeden Morgen um drei Uhr auf, um in der kleinen "
         "Backstube hinter dem Marktplatz den ersten Teig anzusetzen.",
         "Die Rezepte hat er von seinem Vater übernommen, nur die Brezeln backt er inzwischen "
         "mit weniger Salz, weil die Kunden es so wollten.",
         "Im nächsten Frühjahr will er die Bäckerei an seine Tochter übergeben, die schon jetzt "
         "an drei Tagen in der Woche mit ihm in der Backstube steht."},
    .chrome = {"Lesezeit", "min read", "Impressum"},
};

/* A player's "Listen to this article", a share label and "Back to top" are
 * no part of the story. */
static const spec player_labels = {
    .page = "player-labels.html",
    .title = "The lighthouse keeper's last winter",
    .body = {"For thirty winters Mary Hale climbed the hundred and twelve steps of the lighthouse "
             "twice a night to wind the clockwork that turns the lens.",
             "The light was automated in the spring, and the keeper's cottage at its foot will "
             "become a small museum of the coast's shipwrecks.",
             "She has kept the brass key to the lantern room, and says she will still walk out to "
             "the point on stormy nights to see the beam go round."},
    .chrome = {"Listen", "Share this", "Back to top", "Contact"},
};

/* A post's toolbar, parts between bars with its comments' count, is no part
 * of it. */
static const spec post_toolbar = {
    .page = "post-toolbar.html",
    .title = "Les tomates de septembre",
    .body = {"Les nuits fraîches de septembre ralentissent les tomates, mais les grappes du haut "
             "finissent par rougir si l'on coupe les feuilles qui leur font de l'ombre.",
             "Cette année, nous avons cueilli les dernières encore vertes avant la première gelée "
             "et les avons laissées mûrir dans un carton, à côté de deux pommes."},
    .chrome = {"commentaires", "Jardin", "Mentions"},
};

/* The lines a blog writes under its post (its categories, "This entry was
 * posted on ...") are no part of it. */
static const spec post_footer = {
    .page = "post-footer.html",
    .title = "Pruning the old pear tree",
    .body = {"The pear by the shed has not been pruned in a decade, and last autumn it gave us a "
             "few small, hard fruits on branches we could not reach.",
             "We took out the crossing branches first, then the tall shoots in the middle, "
             "stopping once a quarter of the wood was gone so the tree would not sulk.",
             "A neighbour who kept an orchard for forty years told us to leave the rest until "
             "next winter, and to feed the roots with compost in March."},
    .chrome = {"Posted in", "Fruit trees", "This entry was posted", "RSS 2.0", "About this diary"},
};

/* The note in italics under an opinion piece saying who its writer is
 * ("Jane Roe is ...") is no part of the piece. */
static const spec author_note = {
    .page = "author-note.html",
    .title = "Our libraries need longer hours, not new buildings",
    .body = {"The council plans to spend most of next year's library budget on a glass annex "
             "beside the town hall, while the branches we already have close at five.",
             "Students, shift workers and parents cannot use a library that shuts before they are "
             "free, however handsome its new reading room may be.",
             "Keeping the three branches open until eight on weekdays would cost a fraction of "
             "the annex, and the staff are willing to work the hours."},
    .chrome = {"retired schoolteacher", "Privacy"},
};

/* The author's card after the story, named by no class: the name linking to
 * the author's page on a line of its own, then their photo or a sentence
 * about them.  A paragraph of the story that links to the author stays. */
static const spec author_card = {
    .page = "author-card.html",
    .title = "How we rebuilt the old mill's waterwheel",
    .body = {"The wheel at the bottom of Mill Lane had not turned since the flood of 1968, and "
             "most of its oak paddles had rotted down to stumps on the axle.",
             "A group of volunteers spent two winters drawing every part, and Tom Reed asked the "
             "carpenters at the boatyard how they would bend the new rim.",
             "The rim went on in twelve curved sections, each pinned with wooden pegs rather "
             "than bolts, so that the wood can swell in the water without splitting.",
             "Last Sunday the sluice was opened for the first time, and the wheel made three "
             "slow turns before the stream settled into its old rhythm."},
    .chrome = {"Contributor", "valley's trades", "Privacy"},
};

static const spec author_card_de = {
    .page = "author-card-de.html",
    .title = "Warum die Fähre wieder fährt",
    .body = {"Seit dem Frühjahr setzt die kleine Fähre am Altarm wieder Radfahrer und Fußgänger "
             "über, nachdem sie drei Jahre lang am Ufer gelegen hatte.",
             "Ein Verein aus beiden Dörfern hat den Rumpf neu gestrichen, den Motor gegen einen "
             "elektrischen getauscht und die Anlegestellen ausgebessert.",
             "An schönen Wochenenden zählen die Fährleute inzwischen mehr als zweihundert "
             "Fahrgäste, die meisten davon auf dem Weg zum Radweg am Deich."},
    .chrome = {"Anna Berg", "seit 2015", "Lauenburg", "Impressum"},
};

/* A paragraph opening on "About the author:" is no part of the story, even
 * with a question to the readers after it. */
static const spec author_about_fr = {
    .page = "author-about-fr.html",
    .title = "Trois jours à vélo le long du canal",
    .body = {"Le chemin de halage suit le canal sur près de deux cents kilomètres, presque sans "
             "côte, entre les écluses et les maisons des anciens éclusiers.",
             "Nous avons dormi deux nuits dans des chambres d'hôtes au bord de l'eau, et la "
             "troisième sous la tente, dans un pré prêté par un agriculteur.",
             "Le revêtement change souvent : du bitume près des villages, puis de la terre "
             "battue qui devient glissante après la pluie.",
             "Et vous, avez-vous déjà longé un canal à vélo ? Racontez-nous votre itinéraire "
             "préféré."},
    .chrome = {"Paul Martin", "propos de l", "Mentions"},
};

/* A banner asking to accept the site's cookies, inside the story's block,
 * is no part of the story. */
static const spec cookie_banner = {
    .page = "cookie-banner.html",
    .title = "Neue Bänke am Seeufer",
    .body = {"Am Seeufer stehen seit dieser Woche zwölf neue Bänke aus Lärchenholz, gebaut von "
             "Schülern der Berufsschule im Rahmen ihres Abschlussprojekts.",
             "Die alten Bänke waren morsch geworden, und der Gemeinderat hatte im Frühjahr "
             "beschlossen, den Ersatz nicht bei einer Firma zu bestellen.",
             "Die Schüler haben jede Bank mit einer kleinen Plakette versehen, auf der steht, wer "
             "sie gebaut hat und aus welchem Wald das Holz stammt."},
    .chrome = {"Cookies", "Impressum"},
};

/* A call to follow the site on a social network, between the story's
 * paragraphs, is no part of it. */
static const spec follow_call = {
    .page = "follow-call.html",
    .title = "El mercado de la plaza vuelve a abrir los domingos",
    .body = {"El mercado de la plaza mayor volverá a abrir los domingos a partir del próximo mes, "
             "después de dos años en los que solo funcionaba de lunes a sábado.",
             "Los vendedores pidieron el cambio porque muchas familias del valle solo pueden hacer "
             "la compra el fin de semana, cuando no trabajan.",
             "El ayuntamiento pagará la limpieza extra de los domingos y revisará en otoño si la "
             "afluencia justifica mantener el horario."},
    .chrome = {"Síguenos", "nuestro canal", "Aviso legal"},
};

/* A call to get the site's own app, between the story's paragraphs, is no
 * is no part of it. */
static const spec app_call = {
    .page = "app-call.html",
    .title = "Nowy most na rzece otwarty dla pieszych",
    .body = {"Nowa kładka nad rzeką została w sobotę otwarta dla pieszych i rowerzystów, po roku "
             "budowy i dwóch miesiącach opóźnienia spowodowanego powodzią.",
             "Most łączy park miejski z osiedlem po drugiej stronie rzeki, skracając drogę do "
             "szkoły dla kilkuset dzieci o prawie dwa kilometry.",
             "Miasto zapowiada, że wieczorem kładka będzie oświetlona, a na jesieni przy obu "
             "wejściach staną stojaki na rowery i ławki."},
    .chrome = {"Najnowsze wiadomości", "aplikację", "Regulamin"},
};

/* Calls to write to the paper or to support it, under the story, are no
 * is no part of it. */
static const spec support_call = {
    .page = "support-call.html",
    .title = "The ferry timetable changes again",
    .body = {"The island ferry will leave twenty minutes earlier on weekday mornings from March, "
             "the third change to its timetable in a year.",
             "Commuters say the early boat now lands before the first bus runs, leaving them to "
             "wait on the quay or walk the two miles into town.",
             "The operator said the change lets the ferry make one more crossing before noon, "
             "when the tide is too low for the bigger boat."},
    .chrome = {"letter to the editor", "supporting our work", "Terms"},
};

/* "Related posts:" over a paragraph of links, one a line, heads chrome:
 * the paragraph goes with it. */
static const spec related_paragraph = {
    .page = "related-paragraph.html",
    .title = "Counting swifts over the old mill",
    .body = {"Forty-one swifts circled the old mill on Tuesday evening, the most we have counted "
             "there since the survey began six summers ago.",
             "They nest under the loose tiles on the north side, which the owners have promised to "
             "leave alone until the birds leave in August.",
             "Next week we will try counting at dawn as well, when the birds come down lower and "
             "are easier to tell apart from the martins."},
    .chrome = {"Related posts", "first swifts of the year", "mill roof repairs", "Archive"},
};

/* The footer naming the software the blog runs on ("proudly powered by
 * WordPress"), in the post's block, is no part of the post. */
static const spec powered_by = {
    .page = "powered-by.html",
    .title = "Harbour lights at dusk",
    .body = {"The fishing boats came in late on Friday, and the harbour lights were already on "
             "when the last of them tied up by the fish market.",
             "I took these from the end of the old pier, with the camera resting on the railing "
             "because the wind kept shaking the tripod."},
    .chrome = {"powered by", "link back"},
};

/* A heading the article ends on, its list of links cleaned away, heads
 * nothing. */
static const spec dangling_heading = {
    .page = "dangling-heading.html",
    .title = "A bench for the bus stop",
    .body =
        {"Residents raised the money themselves at two summer fairs, and a carpenter who lives on "
         "the lane built the bench from oak that fell in the park."},
    .chrome = {"Popular this week", "Library hours", "About"},
};

/* The pictures of a share bar, their alts a button's label, go. */
static const spec share_buttons = {
    .page = "share-buttons.html",
    .title = "The orchard's last apples",
    .body =
        {"The old russet tree gave more than it has in years, and most of the crop is now wrapped "
         "in newspaper in crates under the stairs, where it will keep until spring."},
    .chrome = {"Bookmark and Share", "Print Friendly", "reddit", "About"},
};

/* A block with a button is no form: the answers of an FAQ that a button
 * opens are the article's; the sign-up form with its input still goes. */
static const spec faq_buttons = {
    .page = "faq-buttons.html",
    .title = "How to keep sourdough starter alive on holiday",
    .body = {"When you are home again, take it out, throw away most of it and feed the rest twice "
             "a day for two days before you bake with it.",
             "You can, though freezing kills some of the yeast, so a thawed starter needs three or "
             "four feeds before it rises well again.",
             "That smell only means it went hungry for too long; pour off the grey liquid on top "
             "and feed it as usual, and it will recover.",
             "Yes, and a friend with a spare shelf in their fridge is the best holiday home a "
             "starter can have, as long as they keep the jar away from the light."},
    .headings = {{2, "Questions readers ask"},
                 {3, "Can I freeze my starter instead?"},
                 {3, "What if it smells of nail varnish?"},
                 {3, "Can a neighbour feed it for me?"}},
    .chrome = {"every Friday", "Join", "About"},
};

/* A short block of paragraphs between two of the article's blocks (a
 * summary under its heading, too short to score) is the article's too. */
static const spec sandwiched_summary = {
    .page = "sandwiched-summary.html",
    .title = "Why the tide tables changed this year",
    .captions = {"The harbour at low water in March."},
    .body = {"The new tables use a longer record of measurements from the harbour gauge, so some "
             "high waters now come a few minutes earlier than before.",
             "Every tide table is a forecast, built from years of readings at one gauge, and the "
             "harbour office has until now used a record of just nineteen years, gathered between "
             "the wars."},
    .headings = {{2, "In short"}, {2, "The longer story"}},
    .chrome = {"Tides", "About"},
};

/* An h1 deep in the story's block is a section's own (a "read also" box's,
 * HTML5 lets every section have one), not the headline: the headline and
 * the lead above the block are still the article's.  With each block in
 * two divs the article's box is taken whole: the subtitle in the header
 * with the headline is still its lead. */
static const spec section_h1 = {
    .page = "section-h1.html",
    .also = {"section-h1-divs.html"},
    .title = "El puerto abre un muelle para cruceros pequeños",
    .lead = "El nuevo muelle, junto al mercado de pescado, recibirá barcos de hasta doscientos "
            "pasajeros a partir de la próxima primavera, según la autoridad portuaria.",
    .body = {"La autoridad portuaria presentó el martes el muelle, que costó cuatro millones de "
             "euros y se construyó en dieciocho meses sobre el antiguo embarcadero de los "
             "transbordadores.",
             "La primera escala prevista es la de un velero de expedición que llegará en abril con "
             "ciento veinte pasajeros y pasará dos noches en la ciudad."},
    .chrome = {"Lea también", "El faro del cabo", "Aviso legal", "Deportes"},
};

/* A heading ended by another level's end tag (<h2>...</h3>) ends there, as
 * a browser parses it: the story after it is not inside the heading, and
 * the standfirst is the lead. */
static const spec heading_end_mismatch = {
    .page = "heading-end-mismatch.html",
    .title = "Town library lends out fishing rods",
    .lead = "Borrowers can now take home a rod, a reel and a box of tackle for a week, as the "
            "library widens what it lends beyond books and films.",
    .body = {"The library on Mill Street bought twelve rods with a grant from the angling club, "
             "which also runs a free lesson at the lake on the first Saturday of each month.",
             "Hooks and bait are not included, and borrowers are asked to bring the rods back dry, "
             "with the lines wound in and the tackle box closed."},
    .chrome = {"Advertisement", "Most read", "Facebook", "Privacy"},
};

/* A headline its microdata names (itemprop=headline on an h3) is the
 * headline the article's parts above the body are looked for from: the
 * lead in a row of its own is the article's. */
static const spec microdata_headline = {
    .page = "microdata-headline.html",
    .title = "Stadtbücherei verlängert Öffnungszeiten",
    .lead = "Ab April hat die Stadtbücherei auch am Donnerstagabend und am Samstagvormittag "
            "geöffnet, damit Berufstätige und Familien leichter zum Ausleihen kommen.",
    .body = {"Der Gemeinderat hat die zusätzlichen Stunden in seiner letzten Sitzung einstimmig "
             "beschlossen und dafür eine halbe Stelle für eine weitere Fachkraft bewilligt.",
             "Die Leiterin der Bücherei hofft, dass vor allem Schülerinnen und Schüler die neuen "
             "Zeiten nutzen, um nach dem Unterricht in Ruhe zu lernen."},
    .chrome = {"Rathaus", "Impressum"},
};

/* A page that scrolls on to the next story holds it after its own, in a
 * block of the same kind opening with its headline: the page's story is the
 * first, though the next is longer. */
static const spec scroll_stories = {
    .page = "scroll-stories.html",
    .title = "Le marché couvert rouvre samedi",
    .body =
        {"Après huit mois de travaux, le marché couvert de la place des Halles rouvre ses "
         "portes samedi matin avec une toiture neuve et des allées plus larges.",
         "Le marché sera désormais ouvert du mardi au dimanche, de sept heures à treize heures, "
         "et jusqu'à dix-neuf heures le vendredi soir."},
    .chrome = {"La piscine municipale", "filtration", "Mentions légales"},
};

/* A site's name in an h1 that links to the home page (its address
 * without the closing slash) is the logo, not the headline: the banner
 * between it and the story is not the article's. */
static const spec logo_h1 = {
    .page = "logo-h1.html",
    .title = "Ferry timetable changes for the winter",
    .body = {"The river ferry will run every forty minutes instead of every half hour from the "
             "first of November, the operator said on Monday.",
             "The operator said fewer passengers travel in the dark months, and the change lets it "
             "service both boats before the spring season."},
    .chrome = {"Stories and pictures", "Tuesday in the valley", "Contact the newsroom"},
};

/* No headline on the page and no site's name in its metadata: the name
 * its logo gives (the home link's picture) comes off the metadata's title. */
static const spec logo_name = {
    .page = "vn-logo-name.html",
    .title = "Cần Thơ mở thêm ba bến tàu khách trên sông Hậu",
    .body = {"Từ đầu tháng sau, ba bến tàu khách mới ở quận Ninh Kiều, Cái Răng và Bình Thủy sẽ "
             "đón khách đi các huyện ven sông.",
             "Người dân ở các cù lao nói tuyến mới giúp họ chở nông sản vào chợ nổi sớm hơn mỗi "
             "buổi sáng."},
    .chrome = {"Thời sự", "Giấy phép số"},
};

/* Only a <title>, of a club's name, the headline, a section and a
 * subsection set apart alike: the one part of a headline's length. */
static const spec title_parts = {
    .page = "vn-title-parts.html",
    .title = "Đội nhà giành vé trụ hạng sau trận hòa ở Thanh Hóa",
    .body = {"Trận hòa một đều trên sân Thanh Hóa chiều qua giúp đội nhà chắc chắn ở lại hạng đấu "
             "cao nhất khi giải còn hai vòng.",
             "Buổi gặp mặt thành viên cuối mùa sẽ tổ chức ở nhà văn hóa phường vào tối thứ bảy "
             "tuần sau."},
    .chrome = {"Trang chủ", "Thành viên"},
};

/* The article gathered from two parts, one named for the layout
 * ("contentWithSidebar"): its h1 is the headline, not chrome. */
static const spec gathered_part = {
    .page = "gathered-sidebar-part.html",
    .title = "Warum ich den Gemeinschaftsgarten verlasse",
    .body = {"Nach sieben Jahren gebe ich mein Beet im Gemeinschaftsgarten am Kanal ab, und viele "
             "haben mich in den letzten Wochen gefragt, warum.",
             "Wer mein Beet übernehmen möchte, kann sich bis Ende des Monats beim Vorstand melden; "
             "die Himbeeren bleiben dort."},
    .chrome = {"Vorträge"},
};

/* A <div> left open in a <figure> ends with the figure, as a browser
 * parses it: the rest of the page does not go on inside the figure (libxml2
 * ignores the </figure>), so the sidebar and the foot stay out. */
static const spec figure_open_div = {
    .page = "figure-open-div.html",
    .title = "Which kettle boils fastest?",
    .body = {"We filled six kettles with a litre of cold tap water, switched them on together and "
             "timed each one until it clicked off, three times over, on the same kitchen circuit.",
             "The steel kettle won every round, helped by its flat, concealed element, which heats "
             "the whole base of the water rather than a coil at one side.",
             "The glass kettle was slowest, though it was also the quietest, and its blue light "
             "makes it easy to see when the water is nearly boiling, which some testers liked."},
    .chrome = {"Most read", "favourite toaster", "About"},
};

/* A short note of one sentence linking a third of its words, boxed
 * between the story's paragraphs, is prose, not a list of links. */
static const spec short_linked_note = {
    .page = "short-linked-note.html",
    .title = "Renewing a passport by post",
    .body = {"You will need your old passport, two new photographs signed on the back by someone "
             "who has known you for two years, and a cheque for the fee.",
             "Photo booths in most post offices and stations print pictures of the right size.",
             "Send everything in the envelope that comes with the form, and keep the receipt from "
             "the counter, because it is the only proof that the papers left your hands."},
    .chrome = {"Travel", "About"},
};

/* The story's sections named as showing ads ("report__section--ads")
 * hold its paragraphs: they stay, while the ad slots in them and the ad
 * box after the story go.  So does a section of one paragraph and a
 * figure, named as the others. */
static const spec sections_with_ads = {
    .page = "sections-with-ads.html",
    .also = {"sections-with-ads-divs.html"},
    .title = "Der Akkuschrauber im Test",
    .body = {"Zwei Gänge, zwanzig Drehmomentstufen und eine helle Leuchte am Fuß reichen für fast "
             "alle Arbeiten im Haushalt, vom Regal bis zur Gartenbank, ohne dass man nachladen "
             "muss.",
             "Der Akku hielt in unserem Dauertest knapp zwei Stunden durch, bevor die Leistung "
             "spürbar nachließ, und war nach vierzig Minuten im Schnellladegerät wieder voll.",
             "In Buchenholz bohrte der Schrauber zwanzig Löcher mit acht Millimetern ohne Mühe, "
             "erst bei Stahlblech wurde er warm und brauchte für jedes Loch spürbar länger als die "
             "großen Geräte.",
             "Für Heimwerker ist der Schrauber eine klare Empfehlung: leicht, ausdauernd und gut "
             "verarbeitet, und der Preis liegt deutlich unter dem der bekannten Profigeräte."},
    .captions = {"Zwanzig Löcher in Buchenholz mit einer Akkuladung"},
    .headings = {{2, "Akku und Ladezeit"}, {2, "Der Bohrtest"}, {2, "Fazit"}},
    .chrome = {"Anzeige", "Werkzeugkoffer", "Impressum"},
};

/* ---- the fallbacks: never fail on a page with visible text ---- */

/* A short notice is found by the rules (it is all the page says): no fallback. */
static const spec tiny_text = {
    .page = "tiny-text.html",
    .text = {"The reading room is closed on Monday for maintenance.",
             "Returned books can be left in the box by the side door.",
             "We reopen on Tuesday at nine."},
};

static const spec list_only = {
    .page = "list-only.html",
    .text = {"A packed lunch and a refillable water bottle",
             "Waterproof jacket and sturdy walking shoes",
             "A signed consent form from a parent or carer",
             "Sun cream and a hat if the weather is warm",
             "Any medicine your child needs during the day"},
    .fallback = 1,
};

/* A block named as chrome that holds the page's headline and most of its
 * paragraphs is the article's: it is no unlikely candidate, so the first
 * pass weighs the article in it rather than taking the print footer. */
static void test_headline_block_likely(void **state)
{
    (void)state;
    bt_options opt;
    bt_options_init(&opt);
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    assert_int_equal(bt_read_file(NULL, bt_format_by_name(NULL, "html"),
                                  td("html/extract/header-wrapper.html"), &opt, &doc, err),
                     BT_OK);
    assert_string_equal(bt_document_extraction(doc), "div.row.site_header, pass 1");
    bt_document_free(doc);
    bt_error_free(err);
}

/* Only a page without visible text fails, and says so. */
static void test_empty_page_fails(void **state)
{
    (void)state;
    for (int whole = 0; whole < 2; whole++) {
        bt_options opt;
        bt_options_init(&opt);
        if (whole)
            test_option(&opt, "html:whole-page");
        bt_error *err = bt_error_new();
        bt_document *doc = NULL;
        bt_status s = bt_read_file(NULL, bt_format_by_name(NULL, "html"),
                                   td("html/extract/empty.html"), &opt, &doc, err);
        assert_int_equal(s, BT_FAILED);
        assert_string_equal(bt_error_message(err), "no article text found");
        bt_document_free(doc);
        bt_error_free(err);
    }
}

/* A blog's columns: the short post in the middle, boxes of a few lines in
 * the side column among link lists.  The boxes score near the post, but
 * the element holding them all is a quarter links: the post alone is the
 * article. */
static const spec layout_columns = {
    .page = "layout-columns.html",
    .title = "Pruning the old pear tree",
    .body = {"The pear by the wall is older than the house, and this winter, at last, it got the "
             "pruning it has needed for years.",
             "We took out the crossing branches first, then the dead wood, and left the spurs "
             "alone, as the old books say.",
             "The cuts were small, none wider than a thumb, so the tree would heal before spring, "
             "and we sealed none of them.",
             "Next year, if the blossom comes early and the frost stays away, we hope for a "
             "basket or two, and some jam."},
    .chrome = {"Good books", "Three books on fruit trees", "Growers near and far", "Archives"},
};

/* A story in its <article>, and after it briefs of other stories, each in
 * a block named like the story's text: three of them score near the
 * story, but an <article> is one story, and the briefs beyond it are not
 * its parts. */
static const spec more_news_briefs = {
    .page = "more-news-briefs.html",
    .title = "Ferry timetable changes from Monday",
    .body = {"The morning ferry to the mainland will leave twenty minutes earlier from Monday, "
             "the harbour office said on Friday, after a summer of late arrivals.",
             "Commuters who catch the bus at the pier should check the new times, which are "
             "posted in the waiting room, the library and the post office.",
             "The evening crossing stays as it is, and the weekend boats, which carry most of the "
             "visitors, keep their summer times until October.",
             "A second boat, smaller and slower, will run at noon on market days, when the "
             "harbour expects the most passengers and cars."},
    .chrome = {"School roof repaired", "Builders, roofers", "Tours, talks", "Fish, bread"},
};

/* A weather box of many commas, its class saying content, outscores the
 * story, whose paragraphs are wrapped one deeper: a box that reads less
 * than an article loses to the story nearly as good that holds three times
 * its text. */
static const spec short_box_content = {
    .page = "short-box-content.html",
    .title = "New cycle lane opens on the river road",
    .body = {"The cycle lane along the river road opened on Saturday, a year late, and hundreds "
             "of riders were on it before the ribbon was cut.",
             "It runs for six kilometres from the old bridge to the station, with a kerb between "
             "the bikes and the cars for most of the way.",
             "Shopkeepers on the road, who had feared the loss of parking, said the first weekend "
             "had brought them more customers, not fewer.",
             "The council will count the riders for a year before it decides whether to build a "
             "second lane, on the hill road, in the spring.",
             "Work on the last stretch, under the railway, will close the lane for two nights "
             "next week, when the lights are put in."},
    .chrome = {"sunny", "pollen", "tomorrow"},
};

/* The authors' disclosures in a modal box (shown over the page when asked
 * for), longer than the short story: a box named modal is a dialog, like
 * role=dialog, and never the article. */
static const spec modal_box = {
    .page = "modal-box.html",
    .title = "Flu shots cut hospital stays among older people",
    .body = {"People over sixty-five who had a flu shot spent fewer nights in hospital over the "
             "winter, a study of eight towns found.",
             "The researchers compared the records of vaccinated and unvaccinated patients, by age "
             "and by illness, over fourteen years.",
             "The effect was largest in the coldest months, when the wards were fullest and the "
             "virus spread fastest."},
    .chrome = {"Disclosures", "Dr. One", "Dr. Four"},
};

/* A shop's slideshow of offers, sentences of commas in blocks whose class
 * says content, outscores the article: a candidate in a block named as a
 * slideshow is as one in a side box, and the article beside it wins. */
static const spec slideshow_promo = {
    .page = "slideshow-promo.html",
    .title = "Labels that survive the freezer",
    .body = {"A label on a frozen box has to stay put at minus thirty degrees, through "
             "condensation, frost and the grip of cold hands.",
             "Ordinary adhesives harden in the cold and let go, so freezer labels use a softer "
             "glue that stays tacky well below zero.",
             "The face material matters too: paper soaks up moisture and tears, while a thin "
             "plastic film keeps the print readable for months.",
             "Apply the label before the box goes into the freezer, on a dry surface, and press "
             "it down firmly along its whole length."},
    .chrome = {"Labels, printers", "Thermal, inkjet"},
};

/* A sidebar's about-me box has most of the paragraphs; the short post of
 * linked lines beside it is the article. */
static const spec sidebar_about = {
    .page = "sidebar-about.html",
    .title = "Four links for the week",
    .body = {"• The first beans of the year came up by the shed. • A new shed for the tools, "
             "finally built. • Why the slugs always win in a wet June. • Rain, again, all "
             "through July."},
    .headings = {{2, "Sunday, June 7"}},
    .chrome = {"neighbours who never water", "About Me", "Older posts"},
};

/* A short post and the site's about box in the page's foot, the longer:
 * the post is the article. */
static const spec footer_about = {
    .page = "footer-about.html",
    .title = "A kettle that sings in tune",
    .body = {"A small works in the hills still makes copper kettles by hand, and each one whistles "
             "a clear A when the water boils."},
    .chrome = {"reader-funded", "About Hob Notes"},
};

/* A standfirst in the article's <header>, its headline above the article,
 * is the article's lead: the header is the article's, not the site's
 * chrome, and a paragraph of sentences right above the byline leads. */
static const spec header_dek = {
    .page = "header-dek.html",
    .title = "Harbour repairs start after the winter storms",
    .lead = "The town council has approved a two-year plan to rebuild the breakwater that the "
            "February storms broke apart.",
    .body = {"Work on the old harbour began on Monday, when the first barges arrived with stone "
             "from the quarry up the coast. The crews will rebuild the breakwater section by "
             "section, starting at the northern end where the damage was worst.",
             "The engineers expect the first half of the wall to be finished before the autumn "
             "storms, and the rest by the end of next year, if the weather allows it."},
    .chrome = {"Local news", "About us"},
};

/* An FAQ whose questions are toggles opening their answers (links to "#",
 * to "" or to a script) is the article's: its questions are no link text, and
 * the section is not cleaned as a list of links. */
static const spec vn_faq_toggles = {
    .page = "vn-faq-toggles.html",
    .title = "Cách chọn nồi cơm điện cho gia đình bốn người",
    .body = {"Nếu gia đình hay nấu gạo lứt hoặc cháo, nên chọn loại có nhiều chế độ nấu, dù giá "
             "cao hơn một chút so với nồi cơ.",
             "Nồi cơm điện tử có tốn điện hơn nồi cơ không?",
             "Không đáng kể, vì nồi điện tử điều chỉnh nhiệt theo từng giai đoạn nên có khi còn "
             "tiết kiệm hơn.",
             "Khi lớp chống dính bong tróc, thường sau ba đến năm năm, nên thay lòng nồi để an "
             "toàn cho sức khỏe.",
             "Có nên ngâm gạo trước khi nấu?",
             "Ngâm gạo chừng hai mươi phút giúp hạt cơm chín đều và mềm hơn, nhất là với gạo lứt."},
    .headings = {{2, "Câu hỏi thường gặp"}},
    .chrome = {"Trang chủ", "Liên hệ quảng cáo"},
};

/* A listicle's item titles, each a short link alone in a paragraph or a
 * list of one item between pictures or paragraphs of text (the item's
 * picture above or below it), three or more, also each in two divs: the
 * article's.  A long link alone, a promotion, still goes (and a lone related
 * story, vn-nld-video.html). */
static const spec vn_item_titles = {
    .page = "vn-item-titles.html",
    .also = {"vn-item-titles-divs.html"},
    .title = "Ba quán cà phê yên tĩnh để làm việc ở Huế",
    .body =
        {"Những quán dưới đây mở cửa từ sáng sớm, có ổ cắm điện ở hầu hết các bàn và ít khi bật "
         "nhạc lớn, nên hợp với người cần ngồi làm việc cả buổi.",
         "Nhà Ven Sông",
         "Quán nằm sát bờ sông Hương, tầng hai có dãy bàn dài nhìn ra mặt nước và Wi-Fi khá ổn "
         "định, giá một ly cà phê muối khoảng ba mươi nghìn đồng.",
         "Gác Gỗ",
         "Căn nhà gỗ cũ được giữ gần như nguyên vẹn, khách thường ngồi ở gác trên, nơi yên tĩnh "
         "nhất vào buổi chiều khi nắng đã dịu bớt.",
         "Hiên Nhà",
         "Quán nhỏ trong một con hẻm gần chợ Đông Ba, chỉ có tám bàn nhưng chủ quán giữ không "
         "gian rất yên, không nhận khách đi nhóm đông sau chín giờ.",
         "Nếu đi vào cuối tuần, nên đến trước tám giờ sáng vì cả hai quán đều kín chỗ rất nhanh "
         "khi khách du lịch bắt đầu kéo đến."},
    .chrome = {"Trang chủ", "Liên hệ quảng cáo", "Nhận ưu đãi giảm giá"},
};

/* Fields set side by side with no space between them, which the page's
 * stylesheet shows apart: a label and its value, a block-level span, the
 * items of a flex row.  A value and its unit, a drop cap, stay joined. */
static const spec vn_fields_apart = {
    .page = "vn-fields-apart.html",
    .title = "Căn hộ ven sông Hàn được rao bán nhiều hơn trong quý này",
    .body = {"Số căn hộ hai phòng ngủ ven sông Hàn được rao bán trong quý này tăng gần một phần ba "
             "so với cùng kỳ, phần lớn là căn đã bàn giao từ ba đến năm năm.",
             "Theo các môi giới trong khu vực, người bán chủ yếu là nhà đầu tư mua từ giai đoạn mở "
             "bán và nay muốn chuyển vốn sang đất nền ở vùng ven.",
             "Giá rao trung bình 52 triệu đồng mỗi mét vuông", "Thời gian bán khoảng bốn tháng",
             "Căn bán nhanh nhất hai phòng ngủ, tầng trung", "Diện tích phổ biến 68m2",
             "Một môi giới cho biết người mua hiện trả giá kỹ hơn và thường hỏi về phí quản lý, chỗ "
             "đậu xe và thời hạn sổ hồng trước khi đặt cọc."},
    .chrome = {"Trang chủ", "Liên hệ quảng cáo"},
};

/* A recipe card's times and servings, in blocks named as its metadata
 * ("recipe-meta", "recipe-time"), are the recipe's; the post's own
 * metadata row still goes. */
static const spec recipe_times = {
    .page = "recipe-times.html",
    .title = "Quick lentil soup for cold evenings",
    .body = {"Fry the onion and carrot slowly until soft, because that sweetness is what carries "
             "the soup, then add the spices for a minute before the lentils go in.",
             "Prep Time 10 mins", "Cook Time 30 mins", "Servings 4",
             "Simmer everything for twenty-five minutes, stirring now and then, and season with "
             "lemon juice and salt just before serving."},
    .headings = {{2, "Lentil soup"}},
    .chrome = {"Filed in Soups", "About"},
};

/* A review's score in a block named as a rating ("Our Score: 4.7 / 5.0")
 * is the reviewer's verdict and stays; the readers' voting widget goes. */
static const spec review_score = {
    .page = "review-score.html",
    .title = "The best budget tents for a first camping trip",
    .body = {"Our Score: 4.7 / 5.0",
             "The Ridgeline pitches in five minutes with two poles that clip to the inner, and it "
             "stayed dry through a night of heavy rain on our test weekend.",
             "4.2 / 5.0"},
    .headings = {{2, "Ridgeline Two"}, {2, "Lakeside Dome"}},
    .chrome = {"12 votes", "About"},
};

/* A section's <header> holding only its heading is the article's
 * sub-heading, not a masthead. */
static const spec section_headers = {
    .page = "section-headers.html",
    .title = "What the new library building offers",
    .body = {"Twelve quiet rooms on the top floor can be booked for up to four hours at a time, "
             "free for anyone with a library card.",
             "The ground floor holds a workshop with two 3D printers, a laser cutter and sewing "
             "machines, open every afternoon with a volunteer on hand."},
    .headings = {{2, "Study rooms"}, {2, "A workshop for makers"}},
    .chrome = {"City Notes", "Events"},
};

/* An FAQ as Bootstrap's accordion writes it, each question a <button> that
 * is all its heading's text: the questions are the article's sub-headings,
 * not controls left out. */
static const spec vn_faq_accordion = {
    .page = "vn-faq-accordion.html",
    .title = "Hướng dẫn làm thẻ căn cước cho trẻ em",
    .body = {"Lần đầu làm thẻ cho trẻ dưới mười bốn tuổi được miễn lệ phí theo quy định hiện hành.",
             "Có, cha mẹ có thể nộp qua cổng dịch vụ công bằng tài khoản định danh điện tử mức hai "
             "của mình."},
    .headings = {{2, "Câu hỏi thường gặp"},
                 {3, "Làm thẻ cho trẻ có mất phí không?"},
                 {3, "Có thể nộp hồ sơ trực tuyến không?"}},
    .chrome = {"Trang chủ", "Liên hệ quảng cáo"},
};

/* Named after the spec, so that a run lists the failing pages. */
/* ---- titles on many countries' news pages: where the headline stands, and
 * the separators of a <title> that is all there is ---- */

/* German: a kicker in the h1 set apart by its class */
static const spec title_de_kicker_h1 = {
    .page = "title-de-kicker-h1.html",
    .title = "Stadtrat beschließt neue Radwege am Ring",
    .body = {"Nach monatelanger Debatte hat der Stadtrat am Dienstagabend mit großer Mehrheit "
             "beschlossen, den Innenstadtring mit durchgehenden Radwegen auszustatten.",
             "Die Arbeiten sollen im Herbst beginnen und rund zwei Jahre dauern; der Autoverkehr "
             "wird in dieser Zeit auf jeweils eine Spur pro Richtung beschränkt.",
             "Die Opposition kritisierte die Kosten von knapp elf Millionen Euro, stimmte am Ende "
             "aber zum größten Teil ebenfalls für den Plan der Verwaltung."},
};

/* Spanish: the h1 holds the post's permalink */
static const spec title_es_h1_link = {
    .page = "title-es-h1-link.html",
    .title = "La sequía obliga a cortar el agua por las noches en cuatro pueblos",
    .body = {"Los ayuntamientos de la comarca anunciaron ayer que el suministro de agua potable se "
             "interrumpirá entre las once de la noche y las seis de la mañana.",
             "Los embalses que abastecen a la zona se encuentran por debajo del quince por ciento "
             "de su capacidad, la cifra más baja desde que existen registros.",
             "La medida se mantendrá al menos hasta finales de septiembre, salvo que las lluvias "
             "del verano permitan recuperar parte de las reservas."},
};

/* Vietnamese: the headline only in a div.title-news, the h1 the logo */
static const spec title_vi_logo_h1 = {
    .page = "title-vi-logo-h1.html",
    .title = "Bình Định khởi công cầu vượt biển nối Quy Nhơn với bán đảo Phương Mai",
    .body = {"Sáng nay, tỉnh Bình Định tổ chức lễ khởi công cây cầu vượt biển dài hơn hai cây số, "
             "nối trung tâm thành phố Quy Nhơn với bán đảo Phương Mai.",
             "Công trình có tổng vốn đầu tư khoảng hai nghìn tỷ đồng, dự kiến hoàn thành sau ba "
             "năm và giúp rút ngắn đáng kể thời gian đi lại của người dân.",
             "Theo lãnh đạo tỉnh, cây cầu cũng sẽ mở ra quỹ đất lớn cho du lịch và công nghiệp ở "
             "khu kinh tế Nhơn Hội trong những năm tới."},
};

/* French: div.detail__title, the h1 the site's name linked home */
static const spec title_fr_detail_title = {
    .page = "title-fr-detail-title.html",
    .title = "Les ostréiculteurs inquiets après un hiver trop doux",
    .body = {"Dans le bassin, les professionnels constatent une mortalité anormale des huîtres "
             "juvéniles depuis le début de l'année, sans explication certaine pour l'instant.",
             "Les laboratoires régionaux ont prélevé des échantillons dans une vingtaine de parcs "
             "et devraient rendre leurs premières analyses d'ici la fin du mois.",
             "En attendant, plusieurs exploitants envisagent de retarder la mise à l'eau des "
             "naissains afin de limiter les pertes pour la saison prochaine."},
};

/* Russian: the headline an h2 in <article>, the h1 the site's name */
static const spec title_ru_h2_article = {
    .page = "title-ru-h2-article.html",
    .title = "В Казани открыли новую станцию метро",
    .body = {"В понедельник утром в Казани открылась для пассажиров новая станция метро, "
             "строительство которой продолжалось почти шесть лет.",
             "По словам мэрии, новая станция позволит разгрузить автобусные маршруты в южной части "
             "города, где за последние годы построено много жилья.",
             "Следующую станцию на этой линии планируют открыть через два года, если подрядчик "
             "уложится в утверждённый график работ."},
};

/* Japanese: only <title>, the name after a full-width bar */
static const spec title_ja_title_only = {
    .page = "title-ja-title-only.html",
    .title = "北海道で記録的な大雪、交通機関に乱れ",
    .body = {"北海道では十二日から十三日にかけて記録的な大雪となり、札幌市内では二十四時間の降雪量"
             "が観測史上最多を更新しました。",
             "この影響で新千歳空港を発着する便の多くが欠航となったほか、JRの在来線も終日運転を見合"
             "わせる区間が相次ぎました。",
             "気象台は十四日にかけても雪が続く見込みだとして、不要不急の外出を控えるよう呼びかけて"
             "います。"},
};

/* Arabic, right to left: h1.article-title */
static const spec title_ar_rtl = {
    .page = "title-ar-rtl.html",
    .title = "افتتاح أكبر محطة للطاقة الشمسية في المنطقة",
    .body = {"افتتحت الحكومة صباح اليوم محطة جديدة للطاقة الشمسية بقدرة تزيد على ألف ميغاواط، وهي "
             "الأكبر من نوعها في المنطقة حتى الآن.",
             "وقال وزير الطاقة إن المحطة ستوفر الكهرباء لأكثر من نصف مليون منزل، وستسهم في خفض "
             "الانبعاثات بشكل ملحوظ خلال السنوات المقبلة.",
             "ومن المتوقع أن تبدأ المرحلة الثانية من المشروع في العام المقبل بعد استكمال الدراسات "
             "الفنية والتمويل اللازم."},
};

/* Portuguese: only <title>, ' – ' and og:site_name */
static const spec title_pt_title_only = {
    .page = "title-pt-title-only.html",
    .title = "Prefeitura amplia horário dos postos de saúde durante a campanha de vacinação",
    .body = {"A partir da próxima segunda-feira, os postos de saúde da cidade passarão a funcionar "
             "até as vinte horas, inclusive aos sábados, durante toda a campanha.",
             "Segundo a secretaria municipal, a ampliação pretende facilitar o acesso de "
             "trabalhadores que não conseguem se vacinar no horário comercial.",
             "A campanha segue até o fim de junho e tem como meta imunizar pelo menos noventa por "
             "cento do público prioritário do município."},
};

/* A headline and a shorter copy of it for a search engine in one h1,
 * glued in the markup ("<span class=title>...</span><span
 * class=title-yandex>...</span>"), which the stylesheet hides: the
 * title is the headline. */
static const spec title_ru_seo_copy = {
    .page = "title-ru-seo-copy.html",
    .title =
        "Банк России сохранил ключевую ставку на уровне 21 процента и не исключил ее повышения",
    .body = {"Совет директоров Банка России на заседании в пятницу сохранил ключевую ставку на "
             "уровне 21 процента годовых, говорится в сообщении регулятора.",
             "В регуляторе отметили, что инфляционное давление остается высоким, а рост "
             "кредитования замедляется медленнее, чем ожидалось.",
             "Аналитики ожидают, что ставка останется на текущем уровне как минимум до лета, если "
             "инфляция не ускорится."},
    .chrome = {"ЦБ сохранил", "Все права"},
};

/* A headline's kicker set as a block line inside the h1, by a utility
 * class only, the two spans glued in the markup ("<span class=block>
 * Schifffahrt</span><span>Neue ...</span>"); the metadata says other
 * words: the title is the headline without its kicker. */
static const spec title_de_block_kicker = {
    .page = "title-de-block-kicker.html",
    .title = "Neue Elektrofähre für die Kieler Förde kommt ein Jahr später",
    .body =
        {"Die neue Elektrofähre für die Linie über die Kieler Förde wird erst im Frühjahr 2026 "
         "in Dienst gestellt, ein Jahr später als geplant. Das teilte die Verkehrsgesellschaft "
         "am Freitag mit.",
         "Grund seien Lieferschwierigkeiten bei den Batteriemodulen, sagte ein Sprecher. Die "
         "Werft in Polen habe den Rumpf bereits fertiggestellt, die Ausrüstung verzögere sich "
         "aber um mehrere Monate.",
         "Bis dahin sollen die beiden alten Dieselfähren weiterfahren. Sie werden im Sommer noch "
         "einmal überholt, damit der Fahrplan mit Abfahrten im Halbstundentakt gehalten werden "
         "kann.",
         "Der Fahrgastverband kritisierte die Verzögerung. Gerade im Sommer seien die alten "
         "Schiffe oft überfüllt, Fahrräder müssten immer wieder an Land bleiben."},
    .chrome = {"Schifffahrt", "Impressum", "Wirtschaft"},
};

/* Polish: only <title>, 'Title « Site' (WordPress) */
static const spec title_pl_laquo = {
    .page = "title-pl-laquo.html",
    .title = "Nowa linia tramwajowa połączy dworzec z osiedlem Zielone Wzgórza",
    .body = {"Radni zatwierdzili w czwartek projekt nowej linii tramwajowej, która ma połączyć "
             "dworzec główny z szybko rozrastającym się osiedlem na północy miasta.",
             "Budowa ma się rozpocząć wiosną przyszłego roku, a pierwsze tramwaje pojadą nową "
             "trasą najpóźniej za trzy lata, zapowiada prezydent miasta.",
             "Mieszkańcy od dawna skarżyli się na zatłoczone autobusy i korki na jedynej drodze "
             "prowadzącej do centrum."},
};

/* Indonesian: og:title an SEO title, the h1 wins */
static const spec title_id_og_differs = {
    .page = "title-id-og-differs.html",
    .title = "Harga Cabai Rawit di Pasar Induk Tembus Rp 90 Ribu per Kilogram",
    .body = {"Harga cabai rawit merah di pasar induk kembali melonjak dalam sepekan terakhir dan "
             "kini menembus sembilan puluh ribu rupiah per kilogram.",
             "Para pedagang menyebut curah hujan yang tinggi membuat banyak petani gagal panen, "
             "sehingga pasokan dari daerah sentra produksi berkurang drastis.",
             "Pemerintah daerah berjanji akan menggelar operasi pasar pekan depan untuk menahan "
             "kenaikan harga lebih lanjut."},
};

/* a live blog: a 'Live' badge in the h1, entries under h2s */
static const spec title_en_live_blog = {
    .page = "title-en-live-blog.html",
    .headings = {{2, "Turnout passes 70 per cent"},
                 {2, "First results from the coast"},
                 {2, "Polls close"}},
    .title = "Election night live: results as they come in",
    .body = {"Officials say turnout has passed seventy per cent in most districts, the highest "
             "figure recorded in a national election for two decades.",
             "The first three coastal districts have declared, with the governing party holding "
             "all of them on slightly reduced majorities.",
             "Polling stations have now closed across the country, and counting has begun in the "
             "sports halls and schools used as counting centres."},
};

/* Italian AMP page: amp-img, amp-sidebar */
static const spec title_it_amp = {
    .page = "title-it-amp.html",
    .title = "Il porto chiude per lo sciopero dei portuali",
    .body = {"Da questa mattina il porto è fermo: i lavoratori hanno incrociato le braccia per "
             "chiedere il rinnovo del contratto scaduto da oltre due anni.",
             "Le navi in arrivo sono state dirottate verso gli scali vicini, mentre decine di "
             "camion restano in coda lungo la strada che porta ai moli.",
             "I sindacati annunciano che lo sciopero proseguirà anche domani se non arriverà una "
             "convocazione ufficiale da parte dell'autorità portuale."},
};

/* French: only <title>, quoted in guillemets, the name after '&nbsp;-&nbsp;' */
static const spec title_fr_guillemets = {
    .page = "title-fr-guillemets.html",
    .title = "« Nous n'avons plus de place » : les refuges pour animaux débordés cet été",
    .body = {"Comme chaque été, les refuges de la région voient arriver des dizaines de chiens et "
             "de chats abandonnés au moment des départs en vacances.",
             "Les bénévoles lancent un appel à l'adoption et rappellent que des solutions de garde "
             "existent pour les propriétaires qui partent quelques semaines.",
             "Le refuge principal du département accueille actuellement plus de deux cents animaux "
             "pour une capacité normale de cent vingt places."},
};

/* Czech: only <title>, a breadcrumb 'Site » Section » Title' */
static const spec title_cs_breadcrumb = {
    .page = "title-cs-breadcrumb.html",
    .title = "Kraj opraví do zimy dvacet mostů na silnicích druhé třídy",
    .body = {"Krajský úřad vyhlásil výběrová řízení na opravy dvaceti mostů, které jsou podle "
             "posledních prohlídek v havarijním nebo velmi špatném stavu.",
             "Práce by měly začít v červnu a skončit do konce listopadu, řidiči se proto musí "
             "připravit na objížďky a omezení provozu na několika trasách.",
             "Kraj na opravy vyčlenil přes sto milionů korun, část peněz by měla pocházet z "
             "evropských fondů."},
};

/* only <title>, 'Site | Title' */
static const spec title_en_site_first = {
    .page = "title-en-site-first.html",
    .title = "Council approves budget for new public library branch",
    .body = {"The city council voted six to one on Monday night to fund a new branch of the public "
             "library in the fast-growing eastern neighbourhoods.",
             "Construction is expected to start next spring, and the branch should open to readers "
             "in about eighteen months if the schedule holds.",
             "Residents had collected more than three thousand signatures asking for a library "
             "within walking distance of the new schools."},
};

/* Vietnamese: only <title>, a hyphen joining names in the headline ('Bắc - Nam') */
static const spec title_vi_hyphen_names = {
    .page = "title-vi-hyphen-names.html",
    .title = "Đường sắt Bắc - Nam chạy thêm tàu dịp Tết",
    .body = {"Để phục vụ nhu cầu đi lại tăng cao dịp Tết Nguyên đán, ngành đường sắt sẽ tổ chức "
             "chạy thêm hàng chục đôi tàu trên tuyến Thống Nhất.",
             "Vé các đoàn tàu tăng cường được bán trực tuyến từ đầu tháng, hành khách có thể đổi "
             "hoặc trả vé trước giờ tàu chạy ít nhất một ngày.",
             "Đại diện công ty vận tải cho biết giá vé năm nay giữ ổn định so với năm trước, riêng "
             "một số chặng ngắn còn được giảm giá."},
};

/* German: only <title>, 'Title » Site' */
static const spec title_raquo_after = {
    .page = "title-raquo-after.html",
    .title = "Neue Fähre verbindet Insel und Festland ab Mai",
    .body = {"Ab dem ersten Mai fährt eine neue Fähre mehrmals täglich zwischen der Insel und dem "
             "Festland; sie ersetzt das alte Schiff aus den Siebzigerjahren.",
             "Die Überfahrt dauert künftig nur noch vierzig Minuten, und die Fähre kann doppelt so "
             "viele Autos aufnehmen wie bisher.",
             "Die Reederei verspricht außerdem günstigere Tarife für Pendler, die eine Jahreskarte "
             "für die Verbindung kaufen."},
};

/* og:title written as Open Graph's namespace (property="http://ogp.me/ns#title") */
static const spec title_ogp_namespace = {
    .page = "title-ogp-namespace.html",
    .title = "Ferry timetable changes for the summer season",
    .body = {"From the first of June the morning ferry will leave half an hour earlier, so that "
             "commuters reach the mainland before the start of office hours.",
             "The evening crossing moves the other way and will now depart at seven, giving "
             "visitors more time to enjoy the island's restaurants.",
             "Timetables are posted at both piers and in the ticket office, which also opens "
             "earlier from the same date."},
};

/* Japanese: the headline an h2.article-title under a logo h1, the <title>'s
 * name after " - " (no spaces between the words to count) */
static const spec title_ja_class_title = {
    .page = "title-ja-class-title.html",
    .title = "議会、新図書館の建設を承認",
    .body = {"市議会は月曜日の夜、東部地区に公共図書館の新しい分館を建設する予算案を賛成多数で可決"
             "しました。",
             "工事は来年春に始まり、予定どおり進めば約一年半後に開館する見込みです。"},
};

/* the count of a story's comments in its headline */
static const spec title_comment_count = {
    .page = "title-comment-count.html",
    .title = "Council funds new library branch",
    .body = {"The city council voted six to one on Monday night to fund a new branch of the public "
             "library in the fast-growing eastern neighbourhoods.",
             "Construction is expected to start next spring, and the branch should open to readers "
             "in about eighteen months if the schedule holds."},
};

/* no headline: of the metadata title's parts, the one the page's address
 * spells ("/42/Haus-Seeblick") */
#define SLUG_PART_BODY                                                                             \
    "Das Haus liegt direkt am Ufer und bietet von der großen Terrasse einen weiten Blick "         \
    "über den See bis zu den Alpen.",                                                              \
        "Vier Schlafzimmer, zwei Bäder und ein eigener Bootssteg machen es zum idealen Quartier "  \
        "für Familien und kleine Gruppen."
static const spec title_slug_part = {
    .page = "title-slug-part.html",
    .title = "Haus Seeblick",
    .body = {SLUG_PART_BODY},
};

/* The same with each paragraph in a wrapper of its own, both too short to
 * score as a candidate: the wrapper beside the best, wrapped alike, is the
 * article's next paragraph (the first was lost). */
static const spec slug_part_wrapped = {
    .page = "title-slug-part-wrapped.html",
    .title = "Haus Seeblick",
    .body = {SLUG_PART_BODY},
};

/* A blog's post heading right above its body block, the site's name in the
 * h1 and in the <title> before the post's ("Site: Post"). */
static const spec blog_post_heading = {
    .page = "blog-post-heading.html",
    .title = "Beavers return to the upper valley",
    .body = {"For the first time in forty years, a family of beavers has built a dam on the creek "
             "above the old mill, and the pond behind it already holds frogs and dragonflies.",
             "The county plans to leave the dam in place and will move the footpath a little "
             "uphill so that walkers do not disturb the lodge during the breeding season."},
    .chrome = {"Contributors", "Archives", "A group blog about"},
};

/* The same with the post's text in <div>s, no <p> to anchor the title on. */
static const spec blog_post_divs = {
    .page = "blog-post-divs.html",
    .title = "Repainting the old ferry",
    .chrome = {"About", "Drawings and notes"},
};

/* The headline an h2 right above the body, its date above it; the h1 the
 * site's name, which the long <title> holds too. */
static const spec vn_title_under_logo = {
    .page = "vn-title-under-logo.html",
    .title = "Làng gốm Bát Tràng đón khách trở lại sau mùa mưa lũ",
    .body = {"Sau gần một tháng vắng bóng vì nước sông Hồng dâng cao, các lò gốm ở Bát Tràng đã "
             "đỏ lửa trở lại và những đoàn khách đầu tiên đã quay về chợ gốm cuối tuần qua.",
             "Ủy ban xã cho biết sẽ sửa lại đoạn đường ven đê bị sạt lở và bố trí thêm bãi đỗ xe "
             "để đón lượng khách dự kiến tăng mạnh vào dịp cuối năm."},
    .chrome = {"Tin mới", "Giá vàng đi ngang", "Giấy phép số"},
};

/* ---- Vietnamese pages of more CMS layouts (held-out check list) ---- */

/* AMP: amp-img in a figure, the paper's mark linked at the sapo's head, and
 * the byline and the time on one row split by a bullet. */
static const spec vn_amp_byline_row = {
    .page = "vn-amp-byline-row.html",
    .title = "Hà Nội thử nghiệm đèn giao thông thông minh tại mười nút giao",
    .lead = "(NLĐO) - Mười nút giao đông đúc ở nội thành sẽ được lắp đèn tín hiệu tự điều chỉnh "
            "thời gian xanh theo lưu lượng xe từ đầu tháng Mười Hai.",
    .byline = "Hoàng Lan",
    .captions = {"Nút giao Kim Liên vào giờ cao điểm chiều."},
    .body = {"Sở Xây dựng cho biết hệ thống dùng camera đếm xe ở từng hướng rồi tính lại chu kỳ "
             "đèn sau mỗi vòng, thay cho cách đặt giờ cố định như trước.",
             "Trong giai đoạn đầu, các kỹ sư sẽ theo dõi từ trung tâm điều hành và có thể chuyển "
             "về chế độ thủ công khi có sự cố hoặc khi có đoàn xe ưu tiên đi qua.",
             "Theo kết quả mô phỏng, thời gian chờ trung bình ở mỗi nút có thể giảm khoảng một "
             "phần năm vào giờ cao điểm, nhất là ở các hướng rẽ trái.",
             "Nếu thử nghiệm đạt yêu cầu, thành phố dự kiến mở rộng ra năm mươi nút giao trong năm "
             "tới và kết nối với hệ thống camera phạt nguội."},
    .headings = {{2, "Giảm thời gian chờ"}},
    .chrome = {"Chia sẻ", "Sao chép liên kết", "Từ khóa", "ùn tắc", "Tin liên quan",
               "Mở rộng làn xe buýt", "Tổng biên tập", "Thời sự"},
};

/* Next.js and Tailwind: the sapo is a bold p after the hero figure, outside
 * the prose div; the byline and the time share one flex row; the body's
 * sub-headings are an h3 and a bold paragraph; a related box and a poll end
 * the article. */
static const spec vn_sapo_after_hero = {
    .page = "vn-sapo-after-hero.html",
    .title = "Nông dân Đồng Tháp chuyển sang trồng sen lấy hạt",
    .lead = "Sau ba vụ lúa liên tiếp bị lỗ vì giá phân bón tăng, nhiều hộ ở vùng trũng đã chuyển "
            "sang trồng sen và thu lãi gấp đôi trên cùng diện tích.",
    .byline = "Minh Khoa",
    .captions = {"Một ruộng sen đang vào mùa thu hoạch ở huyện Tháp Mười."},
    .body = {"Ông Sáu Tâm, người có bốn công ruộng ven kênh, kể rằng năm đầu ông chỉ dám trồng thử "
             "một công vì sợ không có người mua hạt.",
             "Đến vụ thứ hai, thương lái tìm đến tận ruộng đặt hàng trước, ông mới mạnh dạn chuyển "
             "hết diện tích và đào thêm mương giữ nước.",
             "Theo tính toán của hợp tác xã, mỗi công sen tốn khoảng một nửa tiền phân thuốc so "
             "với lúa, trong khi giá hạt sen tươi ổn định quanh mức sáu mươi nghìn đồng một ký.",
             "Một số hộ còn mở cửa đón khách chụp ảnh, chèo xuồng hái sen và nấu các món từ ngó "
             "sen, thu thêm vài triệu đồng mỗi tháng vào mùa cao điểm.",
             "Ngành nông nghiệp tỉnh khuyến cáo bà con chỉ nên chuyển đổi ở vùng trũng khó canh "
             "tác lúa, tránh trồng ồ ạt khiến giá xuống thấp."},
    .headings = {{3, "Chi phí thấp hơn lúa"}, {3, "Làm du lịch từ ruộng sen"}},
    .chrome = {"Tin liên quan", "Giá hạt sen tăng", "Bình chọn", "rất muốn", "Gửi bình chọn",
               "Đọc nhiều", "Lũ đầu mùa", "Nông nghiệp"},
};

/* A live page: an h2 sapo, then timed entries, newest first. */
static const spec vn_live_update = {
    .page = "vn-live-update.html",
    .title = "Trực tiếp: Bão số 9 đổ bộ đất liền các tỉnh Nam Trung Bộ",
    .lead = "Tâm bão đang cách bờ biển Phú Yên khoảng tám mươi ki-lô-mét, gió mạnh cấp mười, các "
            "tỉnh từ Quảng Ngãi đến Khánh Hòa đã cấm biển.",
    .captions = {"Người dân xã An Ninh Đông được đưa đến trường học để tránh bão."},
    .body = {"Tại thành phố Tuy Hòa, mưa lớn kéo dài từ rạng sáng, nhiều tuyến đường ven biển đã "
             "ngập sâu khoảng nửa mét.",
             "Ban chỉ huy phòng chống thiên tai tỉnh cho biết đã sơ tán hơn mười hai nghìn người ở "
             "vùng trũng thấp đến nơi an toàn.",
             "Điện lực miền Trung cảnh báo có thể cắt điện cục bộ ở một số phường nếu gió mạnh làm "
             "đổ cột điện.",
             "Trung tâm Dự báo khí tượng thủy văn quốc gia nhận định bão sẽ đi vào đất liền trong "
             "khoảng từ mười đến mười hai giờ trưa nay."},
    .chrome = {"Chia sẻ", "Bình luận", "Ý kiến", "Tin cùng chuyên mục", "Học sinh ba tỉnh",
               "Có thể bạn quan tâm", "Giá xăng", "Bản quyền"},
};

/* A photo story: four pictures with captions in divs, little text. */
static const spec vn_photo_story = {
    .page = "vn-photo-story.html",
    .title = "Mùa lúa chín trên ruộng bậc thang Mù Cang Chải",
    .lead = "Cuối tháng Chín, những thửa ruộng bậc thang ở xã La Pán Tẩn chuyển sang màu vàng, đón "
            "hàng nghìn du khách lên săn ảnh.",
    .captions = {"Ruộng bậc thang nhìn từ đỉnh đồi Mâm Xôi lúc bình minh.",
                 "Phụ nữ người Mông gặt lúa và gùi về nhà trước khi mưa.",
                 "Du khách dựng máy ảnh dọc con đường đèo Khau Phạ.",
                 "Trẻ em chơi đùa bên đống rơm mới tuốt xong."},
    .body = {"Mùa vàng ở đây thường chỉ kéo dài khoảng hai tuần, người dân khuyên du khách nên đến "
             "vào sáng sớm để tránh sương mù dày buổi chiều."},
    .chrome = {"Chia sẻ", "Tweet", "Xem thêm", "Hoa tam giác mạch", "Chợ phiên"},
};

/* 2012: br br paragraphs in a td, a sponsor's line before the first chain
 * of <br>: that run is a paragraph of its own, cleaned like any (it was
 * loose text, kept). */
static const spec vn_2012_br_sponsor = {
    .page = "vn-2012-br-sponsor.html",
    .title = "Hội chợ nông sản Tây Nguyên khai mạc tại Buôn Ma Thuột",
    .body = {"Sáng nay, hội chợ nông sản Tây Nguyên lần thứ năm khai mạc tại quảng trường thành phố "
             "Buôn Ma Thuột, với hơn ba trăm gian hàng của các tỉnh trong vùng.",
             "Cà phê, hồ tiêu, sầu riêng và mắc ca là những mặt hàng được bày bán nhiều nhất, nhiều "
             "gian hàng cho khách thử sản phẩm miễn phí.",
             "Ban tổ chức dự kiến hội chợ đón khoảng năm mươi nghìn lượt khách trong bảy ngày, kèm "
             "nhiều hoạt động văn hóa cồng chiêng vào buổi tối."},
    .chrome = {"tài trợ", "Xem thêm", "Giá cà phê", "Tin mới", "Mùa mưa", "Bản quyền"},
};

/* 2012: a table layout, font tags, br br paragraphs, numeric character
 * references, a bold font sapo, a table.image caption, the author right
 * aligned and a list of other stories after it. */
static const spec vn_2012_font_br = {
    .page = "vn-2012-font-br.html",
    .title = "Đắk Lắk: Mở rộng vùng trồng cà phê sạch",
    .lead = "(BTN) - Năm nay tỉnh phấn đấu có thêm hai nghìn héc-ta cà phê được chứng nhận sản "
            "xuất theo quy trình sạch, nâng giá bán cho nông dân.",
    .captions = {"Nông dân huyện Cư M'gar thu hái cà phê chín."},
    .body = {"Theo Sở Nông nghiệp, các hộ tham gia được hướng dẫn bón phân hữu cơ, ghi chép nhật "
             "ký sản xuất và chỉ hái quả chín.",
             "Các doanh nghiệp xuất khẩu cam kết thu mua cà phê sạch với giá cao hơn thị trường từ "
             "ba trăm đến năm trăm đồng mỗi ký.",
             "Ông Y Krông, một nông dân ở xã Ea Tul, cho biết sau hai vụ làm theo quy trình mới, "
             "năng suất vườn của ông không giảm mà đất còn tơi xốp hơn.",
             "Tỉnh cũng hỗ trợ một phần chi phí cấp chứng nhận cho các tổ hợp tác có từ mười hộ "
             "trở lên."},
    .chrome = {"Mở rộng vùng trồng cà phê sạch", "Các tin khác", "Giá tiêu tăng",
               "Buôn Ma Thuột chuẩn bị", "Đọc nhiều nhất", "Mưa đá", "Giấy phép", "Văn hóa"},
};

/* The sapo an h2 whose strong holds the linked mark; the caption a
 * div.fig-caption; a related box inside the body; tags, the same section's
 * stories and comments after it. */
static const spec vn_h2_sapo_strong = {
    .page = "vn-h2-sapo-strong.html",
    .title = "Trường học ở Cần Thơ lắp pin mặt trời trên mái",
    .lead = "TTO - Mười hai trường tiểu học ở quận Ninh Kiều vừa đưa vào dùng hệ thống pin mặt "
            "trời trên mái, đủ cấp điện cho quạt và đèn các lớp học ban ngày.",
    .captions = {"Các tấm pin được lắp trên mái dãy phòng học Trường tiểu học An Hòa."},
    .body = {"Dự án do một quỹ khuyến học tài trợ, mỗi trường được lắp khoảng hai mươi ki-lô-oát, "
             "chi phí lắp đặt và bảo trì trong năm năm đầu đều miễn phí.",
             "Hiệu trưởng một trường cho biết hóa đơn tiền điện hằng tháng đã giảm gần hai phần "
             "ba, khoản tiết kiệm được dùng mua sách cho thư viện.",
             "Bên cạnh việc cấp điện, các trường còn gắn màn hình hiển thị sản lượng điện ngay "
             "hành lang để giáo viên dùng trong giờ khoa học.",
             "Sở Giáo dục thành phố dự kiến nhân rộng mô hình cho các trường ở huyện ngoại thành "
             "trong năm học tới nếu tìm được nguồn vốn."},
    .headings = {{3, "Học sinh học về năng lượng"}},
    .chrome = {"Đọc thêm", "Trường học xanh", "Từ khóa", "Tin cùng chuyên mục",
               "Sinh viên sáng chế", "Bình luận", "Hãy là người đầu tiên", "Giấy phép"},
};

/* The sapo the body's first div, a related list right after it; captions as
 * p.pCaption after div.imgWrap and as an em line after an img in a centred
 * p; a bold-paragraph sub-heading. */
static const spec vn_imgwrap_pcaption = {
    .page = "vn-imgwrap-pcaption.html",
    .title = "An Giang khai trương tuyến đò mới qua sông Hậu",
    .lead = "Tuyến đò nối xã Mỹ Hòa Hưng với trung tâm thành phố Long Xuyên giúp hơn ba nghìn "
            "người dân cù lao rút ngắn một nửa thời gian qua sông.",
    .captions = {"Chuyến đò đầu tiên rời bến Mỹ Hòa Hưng sáng 5/11.",
                 "Bến đò mới được xây kè đá và mái che."},
    .body = {"Đò mới dài mười bốn mét, chở được tối đa năm mươi người và mười xe máy mỗi chuyến, "
             "trang bị đủ phao cứu sinh cho hành khách.",
             "Đò chạy từ năm giờ sáng đến chín giờ tối, cứ hai mươi phút một chuyến, giá vé không "
             "đổi so với tuyến cũ.",
             "Ban quản lý bến cho biết người lái đò đều có bằng thuyền trưởng và được tập huấn cứu "
             "nạn trước khi tuyến đi vào hoạt động.",
             "Trong năm tới, tỉnh sẽ xem xét đầu tư thêm hai tuyến đò tương tự cho các cù lao ở "
             "huyện Chợ Mới."},
    .headings = {{2, "Đảm bảo an toàn mùa nước nổi"}},
    .chrome = {"Nâng cấp bến phà", "Cầu Châu Đốc", "Tham khảo thêm", "Đường tỉnh 942", "Ý kiến",
               "Đọc nhiều", "Lễ hội bò đua", "Cơ quan chủ quản"},
};

/* A figcaption holding a p and a span.author; the sapo an h2 with the linked
 * mark; an inline "Đọc thêm" line, an author box, a share bar. */
static const spec vn_figcaption_author = {
    .page = "vn-figcaption-author.html",
    .title = "Sinh viên Huế chế tạo xe lăn điều khiển bằng giọng nói",
    .lead = "(Dân trí) - Nhóm bốn sinh viên ngành điện tử đã làm ra chiếc xe lăn nghe hiểu các "
            "lệnh tiếng Việt đơn giản, giá thành chỉ bằng một phần ba sản phẩm nhập khẩu.",
    .byline = "Thu Uyên",
    .captions = {"Nhóm sinh viên thử nghiệm xe lăn trong khuôn viên trường."},
    .body = {"Xe nhận các lệnh như tiến, lùi, rẽ trái, rẽ phải và dừng lại, người dùng chỉ cần nói "
             "vào micro gắn trên tay vịn.",
             "Trưởng nhóm cho biết các bạn mất gần một năm để thu âm giọng nói của hơn hai trăm "
             "người ở nhiều vùng miền để máy nhận đúng.",
             "Xe được gắn thêm bốn cảm biến siêu âm, tự dừng lại khi phát hiện vật cản trong "
             "khoảng nửa mét phía trước.",
             "Sản phẩm vừa đoạt giải nhất cuộc thi sáng tạo kỹ thuật của tỉnh, nhóm đang tìm doanh "
             "nghiệp hợp tác để sản xuất thử một trăm chiếc."},
    .headings = {{2, "Cảm biến chống va chạm"}},
    .chrome = {"Đọc thêm", "Robot giao hàng", "Phóng viên mảng giáo dục", "Chia sẻ bài viết",
               "Có thể bạn quan tâm", "Học bổng", "Công nghệ"},
};

/* An e-magazine: the title on the cover, each part a full-width section,
 * the sapo opening with the mark as plain text. */
static const spec vn_emagazine_fullwidth = {
    .page = "vn-emagazine-fullwidth.html",
    .title = "Những người giữ lửa làng gốm Bát Tràng",
    .lead = "ANTĐ - Giữa lúc nhiều lò gốm chuyển sang sản xuất công nghiệp, vẫn có những nghệ nhân "
            "ngày ngày ngồi bên bàn xoay, giữ cách làm gốm bằng tay của cha ông.",
    .captions = {"Đôi tay nghệ nhân nặn bình trên bàn xoay đạp chân."},
    .body = {"Ông Lê Văn Cường năm nay đã ngoài bảy mươi tuổi, nhưng mỗi sáng vẫn dậy từ năm giờ "
             "để nhào đất, chuẩn bị cho mẻ gốm mới.",
             "Ông kể hồi còn nhỏ, cả làng đỏ lửa quanh năm, khói lò bay mù mịt trên bến sông, "
             "người mua từ khắp nơi đổ về bằng thuyền.",
             "Mấy năm gần đây, xưởng của ông mở lớp miễn phí cho thanh niên trong làng, mỗi khóa "
             "kéo dài ba tháng và chỉ nhận mười học viên.",
             "Nhiều học viên sau khóa học đã tự mở xưởng nhỏ, bán sản phẩm qua mạng cho khách "
             "trong nước và cả khách nước ngoài.",
             "Với ông Cường, giữ nghề không chỉ là giữ cái kế sinh nhai mà còn là giữ hồn của "
             "làng, để con cháu sau này biết mình từ đâu mà ra."},
    .headings = {{2, "Truyền nghề cho lớp trẻ"}},
    .chrome = {"Chia sẻ", "Xem thêm", "Mùa hoa sưa"},
};

/* The sapo a p inside div.summary with the linked "VOV.VN" mark; the byline
 * and time one text with a bullet; a table.image caption; tags, related
 * news and a poll after the body. */
static const spec vn_vov_mark_div = {
    .page = "vn-vov-mark-div.html",
    .title = "Quảng Ninh đón đoàn tàu biển chở hai nghìn khách quốc tế",
    .lead = "VOV.VN - Sáng nay, tàu du lịch biển mang cờ Malta cập cảng Hòn Gai, đưa hơn hai nghìn "
            "khách châu Âu đến tham quan vịnh Hạ Long.",
    .captions = {"Tàu du lịch biển neo đậu tại cảng khách quốc tế Hòn Gai."},
    .body = {"Đây là chuyến tàu thứ năm cập cảng trong mùa du lịch biển năm nay, phần lớn khách "
             "đến từ Đức, Pháp và Anh.",
             "Trong ngày, du khách được đưa đi thăm hang Sửng Sốt, chèo thuyền kayak ở khu vực "
             "Luồn và thưởng thức hải sản tại chợ đêm.",
             "Sở Du lịch tỉnh cho biết đã có bảy hãng tàu đăng ký lịch cập cảng cho mùa tới, tăng "
             "gần gấp đôi so với năm ngoái.",
             "Tỉnh đang phối hợp với các hãng lữ hành xây dựng thêm tuyến tham quan vịnh Bái Tử "
             "Long để giảm tải cho các điểm quen thuộc."},
    .headings = {{2, "Nhiều hãng tàu quay lại"}},
    .chrome = {"Từ khóa", "Tin liên quan", "Vịnh Hạ Long lọt top", "Thăm dò ý kiến", "Biểu quyết",
               "Đã từng", "Đọc nhiều", "Giá vé máy bay"},
};

/* The date and the byline in one metadata row above the body, cleaned away
 * as metadata: the date is the dateline and the name stays, also when the
 * story's block, its paragraphs each in two divs, is taken with the
 * headline and the row, even a headline known only by the page's title. */
static const spec vn_date_name_row = {
    .page = "vn-date-name-row.html",
    .also = {"vn-date-name-row-divs.html", "vn-date-name-row-title-div.html"},
    .title = "Phố đi bộ Nguyễn Huệ mở thêm khu trình diễn nghệ thuật",
    .lead = "(SGM) - Từ cuối tuần này, phố đi bộ Nguyễn Huệ có thêm ba khu vực dành cho nghệ sĩ "
            "đường phố biểu diễn âm nhạc, múa và vẽ tranh chân dung.",
    .byline = "Trần Bảo Ngọc",
    .captions = {"Một nhóm nhạc trẻ biểu diễn trên phố đi bộ tối thứ bảy."},
    .body = {"Ban quản lý cho biết mỗi nhóm nghệ sĩ phải đăng ký trước qua ứng dụng của thành phố "
             "và chỉ được biểu diễn tối đa hai giờ mỗi tối.",
             "Các khu vực được đặt ở đầu phố gần bến Bạch Đằng, giữa phố và trước tòa nhà Ủy ban "
             "nhân dân thành phố, cách nhau khoảng hai trăm mét.",
             "Âm lượng loa không được vượt quá mức quy định để tránh ảnh hưởng đến các hộ dân và "
             "khách sạn xung quanh.",
             "Nhiều nghệ sĩ trẻ cho rằng đây là cơ hội để họ có sân khấu thường xuyên, gần gũi với "
             "khán giả mà không phải thuê địa điểm."},
    .chrome = {"Chia sẻ", "In bài", "Tin cùng chuyên mục", "Đường sách", "Đọc nhiều", "Metro số 1",
               "Văn hóa"},
};

/* A block whose name says header ("listicle-header") holding the lead
 * picture with its caption and the intro paragraph: Readability's name rule
 * makes it unlikely, as a site's header is, and it was cleaned away whole. */
static const spec lead_header_class = {
    .page = "lead-header-class.html",
    .title = "Best electric cars for the money",
    .captions = {"Five of the cars on the list at the test track."},
    .body = {"Cars cost more than ever, and electric cars most of all, but a handful of good ones "
             "still sell for far less than the rest and give real value for the money.",
             "The smallest car on the list has the best range for its price, and it charges "
             "quickly enough for long trips on the motorway. Its cabin is simple, but the seats "
             "are good for hours at a time, and the boot takes a week of shopping for a family "
             "of four.",
             "The estate costs a little more, but it carries five people and their luggage in "
             "comfort, and its running costs are the lowest we measured. On a cold morning its "
             "heat pump kept the range within a tenth of what it gave in summer, which no other "
             "car here managed."},
    .headings = {{2, "1. The small hatchback"}, {2, "2. The family estate"}},
    .chrome = {"Reviews", "About us"},
};

/* A status report's lists, each item a sentence about its links: no list
 * of links (a menu's items, or a list of stories', are their links). */
static const spec status_list = {
    .page = "status-list.html",
    .title = "These weeks in the browser: issue 12",
    .body = {"Here is what the team has been working on over the last two weeks, with the bugs "
             "that landed and the work still under way.",
             "Neil has patches up to improve the behaviour of the tab unloader, and show a message "
             "when a frame crashes",
             "Background work is also going on, with bug 1676296 landing last week to support "
             "scheduled tasks.",
             "Mark fixed the address bar flicker that some users saw after the last update.",
             "Thanks to everyone who sent patches and reports; the next issue comes out in two "
             "weeks, after the holidays."},
    .headings = {{4, "Performance"}, {4, "Search"}},
    .chrome = {"Recent posts", "issue 11", "Archive"},
};

#define PAGE(s)                                                                                    \
    {                                                                                              \
#s, test_page, NULL, NULL, (void *)&(s)                                                    \
    }

/* Every word of chrome is as folding leaves a page's text (NFKC, case
 * folded: "ß" is "ss"), or it is never found. */
static void test_chrome_words_folded(void **state)
{
    (void)state;
    const char *const *const lists[] = {
        bt_chrome_sections,         bt_chrome_comment_heads,    bt_chrome_section_starts,
        bt_chrome_labels,           bt_chrome_pointers,         bt_chrome_sponsor_starts,
        bt_chrome_embed_lines,      bt_chrome_paywall,          bt_chrome_newsletter_labels,
        bt_chrome_broadcast_labels, bt_chrome_broadcast_lines,  bt_chrome_watch_calls,
        bt_chrome_signup_starts,    bt_chrome_newsletter_calls, bt_chrome_follow_calls,
        bt_chrome_app_calls,        bt_chrome_support_calls,    bt_chrome_support_buttons,
        bt_chrome_feedback_calls,   bt_chrome_post_footers,     bt_chrome_site_footers,
        bt_chrome_disclosures,      bt_chrome_disclaimers,      bt_chrome_cookie_notices,
        bt_chrome_rights,           bt_chrome_short_rights,     bt_chrome_reading_times,
        bt_chrome_view_counts,      bt_chrome_listen_words,     bt_chrome_full_story_links,
        bt_chrome_figure_buttons,   bt_chrome_more_links,
    };
    for (size_t l = 0; l < sizeof(lists) / sizeof(lists[0]); l++)
        for (const char *const *w = lists[l]; *w; w++) {
            bt_buf b = BT_BUF_INIT;
            assert_true(bt_utf8_fold(*w, strlen(*w), &b));
            if (strcmp(b.data ? b.data : "", *w))
                fail_msg("chrome word not folded: \"%s\" (folded: \"%s\")", *w, b.data);
            bt_buf_free(&b);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        PAGE(aspnet_form),
        PAGE(aspnet_form_whole),
        PAGE(table_2012),
        PAGE(table_2012_cp1258),
        PAGE(table_2012_whole),
        PAGE(noscript),
        PAGE(noscript_whole),
        PAGE(header_wrapper),
        PAGE(header_wrapper_whole),
        PAGE(header_wrapper_no_h1),
        PAGE(vnexpress),
        PAGE(vccorp),
        PAGE(vccorp_album),
        PAGE(sapo_h2_inside),
        PAGE(sapo_described),
        PAGE(zing),
        PAGE(tuoitre),
        PAGE(dantri_2012),
        PAGE(thanhnien),
        PAGE(dantri_2024),
        PAGE(vietnamnet),
        PAGE(cms_bem),
        PAGE(cms_bem_two_headlines),
        PAGE(h24),
        PAGE(soha),
        PAGE(underscore_classes),
        PAGE(aspnet_spans),
        PAGE(table_ncr),
        PAGE(laodong),
        PAGE(nextjs_modules),
        PAGE(baomoi),
        PAGE(emagazine),
        PAGE(nld_sapo_inside),
        PAGE(vov),
        PAGE(tieude_2012),
        PAGE(title_div_masthead),
        PAGE(bold_headline_2012),
        PAGE(bold_sapo),
        PAGE(h2_sapo_unnamed),
        PAGE(vn_closing_names),
        PAGE(tailwind),
        PAGE(tailwind_responsive),
        PAGE(dantri_inline_boxes),
        PAGE(vnexpress_tplcaption),
        PAGE(tuoitre_inline_boxes),
        PAGE(plo_factbox),
        PAGE(nld_video),
        PAGE(vov_infographic),
        PAGE(baonghean_tables),
        PAGE(thanhnien_boxes),
        PAGE(vietnamnet_pager),
        PAGE(kenh14_typed_boxes),
        PAGE(source_after_byline),
        PAGE(agency_first_para),
        PAGE(province_captions),
        PAGE(captions_layouts),
        PAGE(captions_figcaptions),
        PAGE(vn_captions_cms),
        PAGE(vn_captions_lines),
        PAGE(captions_legende),
        PAGE(captions_centered_zh),
        PAGE(captions_centered_blog_zh),
        PAGE(captions_picture_box),
        PAGE(captions_hero_media),
        PAGE(captions_hero_above),
        PAGE(teaser),
        PAGE(comments),
        PAGE(chrome_en),
        PAGE(chrome_de),
        PAGE(chrome_vi),
        PAGE(chrome_sv),
        PAGE(chrome_nl),
        PAGE(chrome_ru),
        PAGE(chrome_tr),
        PAGE(chrome_id),
        PAGE(chrome_ja),
        PAGE(chrome_zh),
        PAGE(chrome_ko),
        PAGE(chrome_ar),
        PAGE(split_sections),
        PAGE(checklist_divs),
        PAGE(page_builder),
        PAGE(wrapped_paragraphs),
        PAGE(hero_title_parts),
        PAGE(hero_credit_italic_note),
        PAGE(captions_next_block_italic),
        PAGE(gallery_link_pictures),
        PAGE(header_breadcrumb_h1),
        PAGE(teasers_read_more),
        PAGE(widget_h1_lead),
        PAGE(breadcrumb_h1_header_box),
        PAGE(faq_section_after),
        PAGE(press_release_divs),
        PAGE(brief_legal_notice),
        PAGE(test_ids_bbc),
        PAGE(glued_spans),
        PAGE(rich_link_meta_row),
        PAGE(headline_footer_byline),
        PAGE(byline_dateline_caps),
        PAGE(short_story_kicker),
        PAGE(entry_meta_labels),
        PAGE(hashed_header_byline),
        PAGE(meta_row_dek),
        PAGE(caps_promo_subline),
        PAGE(heading_permalinks),
        PAGE(gallery_counter),
        PAGE(dated_row_linked_name),
        PAGE(howto_author_profile_row),
        PAGE(wire_carousel_caption),
        PAGE(id_scroll_label),
        PAGE(es_author_link_row),
        PAGE(it_byline_between),
        PAGE(byline_label_apart),
        PAGE(tr_spot_h2),
        PAGE(ko_rights_notice),
        PAGE(fr_authors_metas),
        PAGE(pt_update_line),
        PAGE(vn_tailwind_date_row),
        PAGE(de_author_box_row),
        PAGE(gallery_in_block),
        PAGE(data_table_labels),
        PAGE(comments_flat),
        PAGE(comments_button),
        PAGE(deep_modules),
        PAGE(recipe_lists),
        PAGE(paywall_notice),
        PAGE(related_slideshow),
        PAGE(contents_box),
        PAGE(boxed_intro),
        PAGE(rights_notice),
        PAGE(it_rights_notice),
        PAGE(gear_checklist),
        PAGE(sources_list),
        PAGE(log_timestamps),
        PAGE(react_streamed),
        PAGE(linked_prose),
        PAGE(ranked_profiles),
        PAGE(post_nav),
        PAGE(teaser_cards),
        PAGE(vn_brief_teasers),
        PAGE(brief_link_cards),
        PAGE(meta_row_byline),
        PAGE(story_paddles),
        PAGE(cards_no_class),
        PAGE(inline_cards),
        PAGE(author_about),
        PAGE(newsletter_call),
        PAGE(newsletter_boxes),
        PAGE(closing_lines),
        PAGE(support_boxes),
        PAGE(summary_list_lead),
        PAGE(summary_list_hashed),
        PAGE(vn_video_box),
        PAGE(vn_italic_sapo),
        PAGE(author_bio_sentence),
        PAGE(bold_line_heads),
        PAGE(aria_headings),
        PAGE(intertitles_de),
        PAGE(subheads_es),
        PAGE(summary_box_lead),
        PAGE(vn_phead_lead),
        PAGE(dropcap_not_lead),
        PAGE(sub_headline_dek),
        PAGE(bold_span_subheads),
        PAGE(ko_summary_lines),
        PAGE(th_alt_captions),
        PAGE(subline_headline),
        PAGE(live_post_headers),
        PAGE(caption_behind_toggle),
        PAGE(press_release_logo),
        PAGE(custom_element_chapo),
        PAGE(mediawiki_edit_links),
        PAGE(vn_psubtitle),
        PAGE(story_in_sidebar_layout),
        PAGE(hidden_by_toolbar),
        PAGE(captions_styled),
        PAGE(drupal7_rdfa_node),
        PAGE(calls_in_clauses),
        PAGE(es_desk_initials),
        PAGE(header_named_subtitle),
        PAGE(vn_desc_edited),
        PAGE(vn_nbsp_padding),
        PAGE(vn_photo_story_top),
        PAGE(vn_table_sapo_row),
        PAGE(drupal_body_field),
        PAGE(vn_chart_title_above),
        PAGE(view_counter),
        PAGE(title_class_intertitle),
        PAGE(overlay_caption_before),
        PAGE(section_list),
        PAGE(forum_meta_list_lead),
        PAGE(lead_einleitung),
        PAGE(lead_bajada),
        PAGE(under_headline_row),
        PAGE(kicker_lead_description_body),
        PAGE(media_description_caption),
        PAGE(ad_box_fallback),
        PAGE(broadcast_box),
        PAGE(closing_calls_uk),
        PAGE(vn_tool_labels_row),
        PAGE(app_store_box),
        PAGE(video_caption_after),
        PAGE(watch_call_video),
        PAGE(vn_tool_label_bare),
        PAGE(summary_box_title),
        PAGE(release_notices),
        PAGE(icon_buttons),
        PAGE(it_video_teaser_rating),
        PAGE(es_member_box),
        PAGE(time_row_not_lead),
        PAGE(caption_toggles),
        PAGE(photo_title_caption),
        PAGE(site_notices_mixed),
        PAGE(us_closing_notices),
        PAGE(bem_headline_block),
        PAGE(latam_closing_calls),
        PAGE(introtext_under_picture),
        PAGE(pie_caption),
        PAGE(bold_heading_over_picture),
        PAGE(lead_in_footer_list),
        PAGE(subtitle_text_div),
        PAGE(signup_and_print_notes),
        PAGE(masthead_date),
        PAGE(rubric_pointer_gift),
        PAGE(rights_line_in_credits),
        PAGE(duration_and_caption_class),
        PAGE(source_row_before_lead),
        PAGE(play_button_card),
        PAGE(hero_media_box),
        PAGE(inline_teaser_and_labels),
        PAGE(date_row_tools),
        PAGE(perex_lead),
        PAGE(station_calls),
        PAGE(korean_subtit_reporter),
        PAGE(unspaced_subtitle_lead),
        PAGE(follow_logo_line),
        PAGE(greek_news_today),
        PAGE(zh_pointing_caption),
        PAGE(bengali_digits_date),
        PAGE(labelled_date_rows),
        PAGE(date_row_counters),
        PAGE(print_hidden_photo),
        PAGE(drupal_invisible_heading),
        PAGE(croatian_portal_chrome),
        PAGE(messenger_channel_calls),
        PAGE(donate_after_sentence),
        PAGE(es_support_reading_time),
        PAGE(linked_headline_lead),
        PAGE(desk_initials_short_link),
        PAGE(ar_short_link),
        PAGE(vccorp_album_rows),
        PAGE(sl_reading_time_comments),
        PAGE(hashed_ad_class_lead),
        PAGE(video_box_title),
        PAGE(tip_line_print_issue),
        PAGE(design_system_prefix),
        PAGE(recipe_card_after_story),
        PAGE(player_label_photo_call),
        PAGE(reader_letter_calls),
        PAGE(score_beside_dek),
        PAGE(h2_headline_header_lead),
        PAGE(portal_named_lead_first_part),
        PAGE(h2_headline_toolbar_box),
        PAGE(screen_reader_labels_audio),
        PAGE(thai_pointer_follow),
        PAGE(lead_points_summary),
        PAGE(lead_points_abstract),
        PAGE(lead_then_summary_list),
        PAGE(lead_alternative_headline),
        PAGE(wire_credit_caption),
        PAGE(caption_licensing_link),
        PAGE(dash_handle_attribution),
        PAGE(live_hero_key_events),
        PAGE(author_bio_by_link),
        PAGE(podcast_episode_calls),
        PAGE(header_title_module),
        PAGE(wp_cat_links_hero),
        PAGE(blox_subhead_share),
        PAGE(h2_title_line_parts),
        PAGE(archive_inline_lead),
        PAGE(picture_button_link),
        PAGE(chrome_calls_scripts),
        PAGE(clipped_title_line),
        PAGE(reading_mode_label),
        PAGE(hero_caption_box),
        PAGE(skipped_embed_label),
        PAGE(chrome_calls_saved),
        PAGE(flat_header_lead),
        PAGE(label_heading_prose),
        PAGE(old_layout_figures),
        PAGE(highlights_points),
        PAGE(brackets_cards_contact),
        PAGE(bullets_description_lead),
        PAGE(trailing_chunk_calls),
        PAGE(contributor_role_teaser_lead),
        PAGE(broadcaster_closing_lines),
        PAGE(closing_calls_many),
        PAGE(metered_wall_disclosure),
        PAGE(subline_widget_head),
        PAGE(header_figure_video_box),
        PAGE(unspaced_abstract_photo_aside),
        PAGE(numbered_heading_live_switch),
        PAGE(lead_label_gallery_table),
        PAGE(audio_box_notices),
        PAGE(lead_box_code_author),
        PAGE(folded_words_calls),
        PAGE(byline_row_not_lead),
        PAGE(live_post_stamps),
        PAGE(byline_separator_only),
        PAGE(title_box_subline),
        PAGE(subline_named_after_title),
        PAGE(body_opening_subline),
        PAGE(calls_regional_de),
        PAGE(subline_one_item_list),
        PAGE(calls_print_tips),
        PAGE(calls_zh_vi),
        PAGE(kicker_separator_title),
        PAGE(consent_box_heading),
        PAGE(kicker_five_words),
        PAGE(calls_wire_science),
        PAGE(header_wrapper_lead),
        PAGE(byline_row_authored),
        PAGE(photo_story_long_captions),
        PAGE(gallery_list_after_text),
        PAGE(kicker_bar_title),
        PAGE(kicker_nested_colon),
        PAGE(lead_synopsis_listen),
        PAGE(title_colon_slug),
        PAGE(absatzbild_caption),
        PAGE(calls_uk_asia),
        PAGE(calls_it),
        PAGE(review_facts),
        PAGE(subdeck_year),
        PAGE(brief_lead),
        PAGE(offer_disclaimer),
        PAGE(lead_carousel),
        PAGE(khmer_title),
        PAGE(follow_channels),
        PAGE(badge_in_kicker),
        PAGE(ru_chrome),
        PAGE(tr_agency_note),
        PAGE(press_release),
        PAGE(subhead_wrapped),
        PAGE(live_more_info),
        PAGE(edited_by),
        PAGE(expert_comments),
        PAGE(continua_publicidade),
        PAGE(live_key_points),
        PAGE(live_reader_question),
        PAGE(tv_station),
        PAGE(live_essential),
        PAGE(signup_reactions),
        PAGE(letters_pitch),
        PAGE(booking_call),
        PAGE(howto_steps),
        PAGE(header_box_lead),
        PAGE(cover_line),
        PAGE(summary_strong_line),
        PAGE(scoreboard_headline),
        PAGE(fa_end_line),
        PAGE(print_issue_note),
        PAGE(feedback_line),
        PAGE(video_pick_heading),
        PAGE(table_tools_cell),
        PAGE(cover_over_dated_row),
        PAGE(closing_author_note),
        PAGE(tribune_signature),
        PAGE(follow_youtube),
        PAGE(gallery_slides_box),
        PAGE(gallery_slides_sibling),
        PAGE(gallery_link_hero),
        PAGE(lead_wrapper_between),
        PAGE(closing_boxes_en),
        PAGE(vote_box_vi),
        PAGE(sub_box_pl),
        PAGE(support_box_hu),
        PAGE(share_row_nl),
        PAGE(zh_bold_heading_picture),
        PAGE(ghost_portal_callout),
        PAGE(picture_box_bare_line),
        PAGE(spacer_cell_picture),
        PAGE(newsletter_line_it),
        PAGE(review_disclosure),
        PAGE(newsletter_dek_after_hero),
        PAGE(consent_embed_de),
        PAGE(health_boxes_en),
        PAGE(lead_class_subheading),
        PAGE(press_release_about),
        PAGE(wire_closing_lines),
        PAGE(press_portal_de),
        PAGE(follow_google_news_tr),
        PAGE(ko_midtitle_lines),
        PAGE(subtitle_description_stop),
        PAGE(release_line_italic),
        PAGE(press_release_company_author),
        PAGE(signup_after_colon),
        PAGE(caps_label_link),
        PAGE(vccorp_video_caption),
        PAGE(gallery_all_photos_link),
        PAGE(rights_notice_et),
        PAGE(photo_text_caption),
        PAGE(live_last_post_byline),
        PAGE(live_summary_heading),
        PAGE(badge_kicker_line),
        PAGE(cover_table_alt_caption),
        PAGE(cover_caption_after_headline),
        PAGE(vn_health_calls),
        PAGE(fr_tools_moderation),
        PAGE(vn_author_note),
        PAGE(de_reactions_call),
        PAGE(magazine_calls),
        PAGE(bbc_sport_hidden_prefix),
        PAGE(ja_author_box),
        PAGE(pulled_quote_aside),
        PAGE(video_poster_caption),
        PAGE(hiring_call),
        PAGE(story_share_call),
        PAGE(email_line),
        PAGE(lead_asset_caption),
        PAGE(lead_asset_video),
        PAGE(reference_chrome),
        PAGE(picture_button),
        PAGE(name_and_bio),
        PAGE(science_calls),
        PAGE(subscriber_only_box),
        PAGE(zh_portal_parts),
        PAGE(numbered_bold_heading_quote),
        PAGE(infobox_picture),
        PAGE(linked_post_title),
        PAGE(forum_attachment),
        PAGE(bbc_local_calls),
        PAGE(sponsored_box),
        PAGE(points_under_headline),
        PAGE(register_and_contributor_lines),
        PAGE(named_anchor_heading),
        PAGE(title_number_span),
        PAGE(wiki_tagline_vi),
        PAGE(editors_picks_label),
        PAGE(caption_shot_by),
        PAGE(caption_shot_by_zh),
        PAGE(trust_box),
        PAGE(photo_count_button),
        PAGE(reader_call_box),
        PAGE(closing_call_es),
        PAGE(closing_call_bn),
        PAGE(vn_more_news_line),
        PAGE(vn_date_tools_row),
        PAGE(vn_stock_quote_box),
        PAGE(zoom_button_under_picture),
        PAGE(arrow_pointer_line),
        PAGE(subheader_lead),
        PAGE(print_note_in_section),
        PAGE(slide_gallery_captions),
        PAGE(caption_box_around_picture),
        PAGE(subline_after_header),
        PAGE(quote_block_between),
        PAGE(item_list_of_links),
        PAGE(headline_emphasis_kicker),
        PAGE(meta_row_suggest_changes),
        PAGE(bracketed_site_title),
        PAGE(vn_fact_list_box),
        PAGE(wiki_thumb_info_icon),
        PAGE(fact_box_aside),
        PAGE(second_title_lead),
        PAGE(notes_beside_text),
        PAGE(title_block_date),
        PAGE(picture_title_caption),
        PAGE(sapo_cell_beside_picture),
        PAGE(share_label_after_headline),
        PAGE(cover_caption_after_standfirst),
        PAGE(readers_reactions),
        PAGE(issue_note_taken_from),
        PAGE(line_caption_credit_line),
        PAGE(opinion_disclaimer_follow),
        PAGE(es_pointer_follow),
        PAGE(overhead_kicker),
        PAGE(de_boxes_words),
        PAGE(credito_before_caption),
        PAGE(linked_h2_headline_excerpt),
        PAGE(story_block_closing_call),
        PAGE(obituary_dates_line),
        PAGE(rights_after_video),
        PAGE(video_teaser_heading),
        PAGE(role_img_background),
        PAGE(app_paywall_offer),
        PAGE(newsletter_named_label),
        PAGE(caption_box_credit_line),
        PAGE(gallery_link_caption),
        PAGE(ad_continues_labels),
        PAGE(score_box_not_lead),
        PAGE(pointer_lines_after_break),
        PAGE(rights_notice_first_line),
        PAGE(story_viewed_line),
        PAGE(go_deeper_label),
        PAGE(paywall_offer_box),
        PAGE(title_h1_longer_than_slug),
        PAGE(wrapped_synopsis),
        PAGE(masthead_today_date),
        PAGE(agency_caption_notice),
        PAGE(author_bio_more_link),
        PAGE(breadcrumb_seo_title),
        PAGE(picture_definition_list),
        PAGE(wire_intertitles),
        PAGE(support_appeal_heading),
        PAGE(named_by_data_manual),
        PAGE(lead_in_two_paragraphs),
        PAGE(paragraphs_in_span),
        PAGE(sapo_in_blockquote),
        PAGE(deck_in_definition_list),
        PAGE(toolbar_after_byline),
        PAGE(title_cut_by_head),
        PAGE(title_two_lines_head),
        PAGE(reaction_box),
        PAGE(lead_after_date_row),
        PAGE(caption_before_linked_picture),
        PAGE(photo_named_logo),
        PAGE(kicker_in_title_metadata),
        PAGE(lead_summary_two_paragraphs),
        PAGE(lead_as_aside),
        PAGE(caption_toggle_hidden),
        PAGE(kicker_bar_head_two_lines),
        PAGE(caption_photo_by_bracket),
        PAGE(caption_line_before_credit),
        PAGE(heading_chapter_index),
        PAGE(ai_summary_titled_row),
        PAGE(styled_bold_subheading),
        PAGE(video_player_still_caption),
        PAGE(split_body_rows),
        PAGE(inline_cta_box),
        PAGE(h2_headline_other_kicker),
        PAGE(aside_lead_in_header),
        PAGE(testid_kicker),
        PAGE(player_duration_class),
        PAGE(player_loading_title),
        PAGE(video_transcript_box),
        PAGE(player_frame_caption),
        PAGE(more_videos_player),
        PAGE(card_with_summary),
        PAGE(lead_id_related_picture),
        PAGE(more_videos_heading),
        PAGE(languages_box),
        PAGE(captioned_cover_headline),
        PAGE(hidden_legend_cover),
        PAGE(bold_italic_subheadings),
        PAGE(review_widgets),
        PAGE(linked_heading_cards),
        PAGE(header_named_deck),
        PAGE(jwplayer_title),
        PAGE(deck_with_byline_box),
        PAGE(product_slideshow),
        PAGE(video_still_play_button),
        PAGE(deck_described_subheader),
        PAGE(strapline),
        PAGE(lead_opened_by_description),
        PAGE(noscript_picture_column),
        PAGE(numbered_question_heading),
        PAGE(hidden_rest_read_more),
        PAGE(thumbnail_then_italic_lead),
        PAGE(italic_caption_upright_credit),
        PAGE(sponsored_note_italic),
        PAGE(untertitel_lead),
        PAGE(banner_intro_lead),
        PAGE(release_italic_subhead),
        PAGE(desc_under_headline),
        PAGE(form_box_title),
        PAGE(call_box_between),
        PAGE(attachment_name),
        PAGE(author_card_role),
        PAGE(lead_pointer_lines),
        PAGE(heading_hidden_label),
        PAGE(header_teaser_lead),
        PAGE(view_counter_fois),
        PAGE(video_titled),
        PAGE(lead_preamble),
        PAGE(vn_here_pointer),
        PAGE(summary_after_byline),
        PAGE(lead_two_sublines),
        PAGE(lead_points_unspaced),
        PAGE(video_captions),
        PAGE(metadata_row),
        PAGE(points_under_h2),
        PAGE(caption_rights_span),
        PAGE(font_size_letters),
        PAGE(pointer_over_embed),
        PAGE(vn_detail_desc_lead),
        PAGE(broadcast_label_inline),
        PAGE(comment_count_link),
        PAGE(donation_link_box),
        PAGE(trust_badge_link),
        PAGE(listed_sublines_lead),
        PAGE(video_dot_title),
        PAGE(view_count_bullet),
        PAGE(listed_sublines_header),
        PAGE(itemprop_description_lead),
        PAGE(heading_own_section),
        PAGE(cjk_lead_lines),
        PAGE(broadcast_label_programme),
        PAGE(kicker_testid),
        PAGE(kicker_offscreen_dash),
        PAGE(label_over_section),
        PAGE(byline_bold_label),
        PAGE(ad_mark_line),
        PAGE(deck_over_byline),
        PAGE(player_attribute_title),
        PAGE(support_box_logo),
        PAGE(closing_box_label),
        PAGE(colon_label_links),
        PAGE(tag_named_sentence),
        PAGE(player_still_caption),
        PAGE(dek_in_header_box),
        PAGE(kicker_reader_colon),
        PAGE(bullet_row_label),
        PAGE(bold_label_pointer),
        PAGE(bold_title_card),
        PAGE(headline_box_call),
        PAGE(lead_named_by_id),
        PAGE(audio_button_label),
        PAGE(unspaced_heading_deck),
        PAGE(captioned_picture_table),
        PAGE(heading_caption_class),
        PAGE(name_trade_card),
        PAGE(review_book_line),
        PAGE(lead_figure_in_header),
        PAGE(joomla_contentheading),
        PAGE(machine_summary_box),
        PAGE(indented_bold_heading),
        PAGE(comment_before_label),
        PAGE(og_description_deck),
        PAGE(description_section_heading),
        PAGE(topic_box),
        PAGE(boxed_thumb_card),
        PAGE(nested_tool_row),
        PAGE(photo_table_rows),
        PAGE(captioned_video_figure),
        PAGE(small_caption_credit),
        PAGE(camel_photo_info),
        PAGE(key_points_wrapped),
        PAGE(video_card_heading),
        PAGE(abstract_deck),
        PAGE(related_media_caption),
        PAGE(points_before_lead),
        PAGE(deck_lead),
        PAGE(bracketed_figure_button),
        PAGE(summary_label_span),
        PAGE(byline_fields_moved),
        PAGE(subhead_under_headline),
        PAGE(captioned_picture_paragraphs),
        PAGE(fact_aside),
        PAGE(credit_before_caption),
        PAGE(numbered_bold_headings),
        PAGE(gallery_linked_picture),
        PAGE(storydeck_under_headline),
        PAGE(subline_id_under_headline),
        PAGE(release_subhead_paragraph_headline),
        PAGE(release_contact_above_headline),
        PAGE(rule_label_closing),
        PAGE(lead_after_cover_picture),
        PAGE(title_end_plain_line),
        PAGE(video_title_in_cover),
        PAGE(hanger_under_headline),
        PAGE(inline_link_rows),
        PAGE(caption_field_after_picture),
        PAGE(caption_box_wrapper),
        PAGE(camel_box_description),
        PAGE(comment_dates_skipped),
        PAGE(deck_after_crumb_headline),
        PAGE(subtitle_wrapper_id),
        PAGE(heading_lead_two_sentences),
        PAGE(plone_news_image),
        PAGE(written_by_before_sapo),
        PAGE(gallery_count_button),
        PAGE(source_label_full_stop),
        PAGE(title_shown_part),
        PAGE(plone_news_image_size),
        PAGE(caption_filter_text),
        PAGE(view_count_grouped),
        PAGE(font_story_subhead),
        PAGE(subtitle_beside_toolbar),
        PAGE(release_header_lines),
        PAGE(label_h1_title_line),
        PAGE(hero_caption_sibling),
        PAGE(section_h1_over_title_line),
        PAGE(italic_deck_sentence_case),
        PAGE(picture_row_shared_credit),
        PAGE(podcast_plugin_links),
        PAGE(heading_deck_sentence_case),
        PAGE(bold_deck_sentence_case),
        PAGE(image_table_spacer_cells),
        PAGE(section_h1_title_in_body),
        PAGE(word_vml_picture),
        PAGE(news_head_cell),
        PAGE(site_name_byline_title),
        PAGE(imagefield_description),
        PAGE(cdata_shown_as_text),
        PAGE(college_publisher_story),
        PAGE(video_still_lead_figure),
        PAGE(late_italic_caption),
        PAGE(large_font_headline_blockquote),
        PAGE(closing_bold_news_label),
        PAGE(italic_lead_submitted_by),
        PAGE(page_header_sub_title),
        PAGE(author_link_own_line),
        PAGE(positioned_boxes_order),
        PAGE(quote_and_callout_asides),
        PAGE(font_wrapped_picture_break),
        PAGE(picture_table_italic_credit),
        PAGE(picture_table_gallery_link),
        PAGE(hit_counter_line),
        PAGE(positioned_side_column),
        PAGE(centered_captioned_pictures),
        PAGE(kubrick_postmetadata),
        PAGE(narrow_side_cell),
        PAGE(vn_masthead_date_now),
        PAGE(byline_email_span),
        PAGE(ellipsis_subline_lead),
        PAGE(player_title_under_headline),
        PAGE(newsletter_pushbox),
        PAGE(template_expression),
        PAGE(playlist_video_titles),
        PAGE(fact_box_titles),
        PAGE(date_row_view_count),
        PAGE(thai_heading_lead_description),
        PAGE(desc_photo_credit_line),
        PAGE(text_size_tool),
        PAGE(split_body_tips_line),
        PAGE(video_module_labels),
        PAGE(list_label_not_headline),
        PAGE(hero_before_label_kicker),
        PAGE(byline_linked_name_blocks),
        PAGE(cjk_short_deck),
        PAGE(bracketed_subhead),
        PAGE(comments_count_link),
        PAGE(date_row_read_later),
        PAGE(body_subline_in_wrappers),
        PAGE(poll_vote_link),
        PAGE(credit_figcaption_caption_after),
        PAGE(watch_label_playlist),
        PAGE(post_card_frame),
        PAGE(poll_in_fact_box),
        PAGE(zh_cms_style_bold_heading),
        PAGE(zh_reporter_picture_caption),
        PAGE(figure_slideshow_captions),
        PAGE(live_entry_pointer),
        PAGE(camel_intro_block),
        PAGE(trust_link_byline),
        PAGE(embed_void),
        PAGE(dd_abstract_lead),
        PAGE(caption_picture_credit),
        PAGE(aria_labelledby_promo),
        PAGE(audio_card_duration),
        PAGE(map_box_empty),
        PAGE(wix_caption_hook),
        PAGE(headline_box_deck),
        PAGE(closing_pointer_link),
        PAGE(header_field_subhead),
        PAGE(kicker_colon_span),
        PAGE(watch_call_lines),
        PAGE(foto_info_caption),
        PAGE(italic_closing_context),
        PAGE(caps_label_vietnamese),
        PAGE(sapo_span_cell),
        PAGE(bem_lead_image),
        PAGE(gallery_counter_caption),
        PAGE(reporter_card),
        PAGE(full_story_excerpt),
        PAGE(references_heading),
        PAGE(reading_time_plans_box),
        PAGE(vn_featured_no_caption),
        PAGE(vn_initials_mark_lead),
        PAGE(ad_continues_pointers),
        PAGE(vn_info_row_before_sapo),
        PAGE(ai_summary_box),
        PAGE(chrome_lines_mixed),
        PAGE(video_embed_trust),
        PAGE(tip_box_author_more),
        PAGE(vn_summary_vote),
        PAGE(vn_follow_google_news),
        PAGE(lead_span_line),
        PAGE(k2_intro_text),
        PAGE(vn_read_aloud),
        PAGE(print_hidden_description),
        PAGE(read_also_dots),
        PAGE(fr_subscribe_box),
        PAGE(de_video_teaser),
        PAGE(video_card_dont_miss),
        PAGE(author_job_title),
        PAGE(rights_after_author_box),
        PAGE(interview_questions),
        PAGE(question_subheads),
        PAGE(vn_epaper_box),
        PAGE(vn_tool_row_span),
        PAGE(lead_camel_names),
        PAGE(lead_in_audio),
        PAGE(vn_domain_mark_lead),
        PAGE(dek_hidden_in_print),
        PAGE(photo_story_counters),
        PAGE(gallery_block_nested),
        PAGE(captions_aside),
        PAGE(gallery_hidden_slides),
        PAGE(lead_test_id),
        PAGE(layout_banner_divs),
        PAGE(affiliate_disclosure),
        PAGE(post_footer),
        PAGE(disclaimer),
        PAGE(disclaimer_vi),
        PAGE(disclaimer_de),
        PAGE(sponsor_lines),
        PAGE(sponsor_lines_de),
        PAGE(sponsor_lines_fr),
        PAGE(sponsor_lines_es),
        PAGE(sponsor_lines_vi),
        PAGE(prev_next_labels),
        PAGE(prev_next_labels_vi),
        PAGE(carousel_clones),
        PAGE(screen_copies),
        PAGE(subscribers_call),
        PAGE(shop_buttons),
        PAGE(download_call),
        PAGE(rating_widget),
        PAGE(rating_widget_es),
        PAGE(also_like),
        PAGE(reading_time),
        PAGE(player_labels),
        PAGE(post_toolbar),
        PAGE(author_note),
        PAGE(author_card),
        PAGE(author_card_de),
        PAGE(author_about_fr),
        PAGE(cookie_banner),
        PAGE(follow_call),
        PAGE(app_call),
        PAGE(support_call),
        PAGE(related_paragraph),
        PAGE(powered_by),
        PAGE(dangling_heading),
        PAGE(share_buttons),
        PAGE(faq_buttons),
        PAGE(sandwiched_summary),
        PAGE(figure_open_div),
        PAGE(section_h1),
        PAGE(heading_end_mismatch),
        PAGE(microdata_headline),
        PAGE(scroll_stories),
        PAGE(logo_h1),
        PAGE(logo_name),
        PAGE(title_parts),
        PAGE(gathered_part),
        PAGE(short_linked_note),
        PAGE(sections_with_ads),
        PAGE(tiny_text),
        PAGE(list_only),
        PAGE(sidebar_about),
        PAGE(footer_about),
        PAGE(review_cards),
        PAGE(vn_review_box),
        PAGE(vn_recipe_aside),
        PAGE(post_heading_date),
        PAGE(vn_post_category_kicker),
        PAGE(time_words_datetime),
        PAGE(listing_sections),
        PAGE(nested_sections),
        PAGE(title_de_kicker_h1),
        PAGE(title_es_h1_link),
        PAGE(title_vi_logo_h1),
        PAGE(title_fr_detail_title),
        PAGE(title_ru_h2_article),
        PAGE(title_ja_title_only),
        PAGE(title_ar_rtl),
        PAGE(title_pt_title_only),
        PAGE(title_pl_laquo),
        PAGE(title_de_block_kicker),
        PAGE(title_ru_seo_copy),
        PAGE(title_id_og_differs),
        PAGE(title_en_live_blog),
        PAGE(title_it_amp),
        PAGE(title_fr_guillemets),
        PAGE(title_cs_breadcrumb),
        PAGE(title_en_site_first),
        PAGE(title_vi_hyphen_names),
        PAGE(title_raquo_after),
        PAGE(title_ogp_namespace),
        PAGE(title_ja_class_title),
        PAGE(title_comment_count),
        PAGE(title_slug_part),
        PAGE(slug_part_wrapped),
        PAGE(header_dek),
        PAGE(vn_faq_toggles),
        PAGE(recipe_times),
        PAGE(vn_fields_apart),
        PAGE(vn_item_titles),
        PAGE(review_score),
        PAGE(section_headers),
        PAGE(vn_faq_accordion),
        PAGE(layout_columns),
        PAGE(more_news_briefs),
        PAGE(short_box_content),
        PAGE(modal_box),
        PAGE(slideshow_promo),
        PAGE(blog_post_heading),
        PAGE(blog_post_divs),
        PAGE(vn_title_under_logo),
        PAGE(vn_amp_byline_row),
        PAGE(vn_sapo_after_hero),
        PAGE(vn_live_update),
        PAGE(vn_photo_story),
        PAGE(vn_2012_font_br),
        PAGE(vn_2012_br_sponsor),
        PAGE(vn_h2_sapo_strong),
        PAGE(vn_imgwrap_pcaption),
        PAGE(vn_figcaption_author),
        PAGE(vn_emagazine_fullwidth),
        PAGE(vn_vov_mark_div),
        PAGE(vn_date_name_row),
        PAGE(lead_header_class),
        PAGE(status_list),
        cmocka_unit_test(test_empty_page_fails),
        cmocka_unit_test(test_headline_block_likely),
        cmocka_unit_test(test_log_not_dateline),
        cmocka_unit_test(test_post_info_list),
        cmocka_unit_test(test_lone_media_picture),
        cmocka_unit_test(test_live_post_stream),
        cmocka_unit_test(test_figure_cite_credit),
        cmocka_unit_test(test_chrome_words_folded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
