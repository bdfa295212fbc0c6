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

#include "buf.h"
#include "document.h"
#include "unicode.h"

#define MAX_PARAS 10
#define MAX_HEADINGS 6
#define MAX_CHROME 16

typedef struct {
    int level;
    const char *text;
} heading;

typedef struct {
    const char *page;               /* under testdata/html/extract/ */
    int whole_page;                 /* read with opt.whole_page */
    const char *title;              /* BT_META_TITLE, NULL: not checked */
    const char *date;               /* BT_META_DATE, NULL: not checked */
    const char *dateline;           /* the DATELINE paragraph opening the body: the
                                       date in the page's words; NULL: not checked */
    const char *lead;               /* the one LEAD paragraph, NULL: not checked */
    const char *byline;             /* a BYLINE paragraph, NULL: not checked */
    const char *caption;            /* a figure's caption, NULL: not checked */
    const char *body[MAX_PARAS];    /* the story paragraphs, in order */
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
    for (size_t i = 0; i < c->nparas; i++) {
        if (bt_node_role(c->para[i]) != BT_ROLE_LEAD)
            continue;
        leads++;
        char *t = text_of(c->doc, c->para[i]);
        right += !strcmp(t, s->lead);
        free(t);
    }
    if (!right)
        problem(s, "no LEAD paragraph with the sapo \"%.60s...\"", s->lead);
    if (leads != 1)
        problem(s, "%d LEAD paragraphs (want 1)", leads);
    size_t at;
    if (count_text(c, c->head, c->nheads, s->lead, &at))
        problem(s, "the sapo is a heading");
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

static void check_caption(const spec *s, contents *c)
{
    for (size_t i = 0; i < c->nfigs; i++) {
        bt_node *cap = bt_node_figure_caption(c->fig[i]);
        if (!cap)
            continue;
        char *t = text_of(c->doc, cap);
        int same = !strcmp(t, s->caption);
        free(t);
        if (same)
            return;
    }
    problem(s, "no figure captioned \"%s\" (%zu figures)", s->caption, c->nfigs);
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
    if (s->byline && !s->whole_page)
        check_byline(s, &c);
    if (s->caption)
        check_caption(s, &c);
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

static void test_page(void **state) { check_page(*state); }

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

/* ---- class 3: the article's parts outside its body container ---- */

static const spec vnexpress = {
    .page = "vn-vnexpress-style.html",
    .title = "Hà Nội thí điểm phân loại rác tại nguồn ở ba quận",
    .date = "2017-10-09T06:51:00+07:00",
    .lead = "Người dân ba quận nội thành sẽ phân rác thành hai loại trước khi đổ, công ty môi "
            "trường thu gom theo lịch riêng cho từng loại.",
    .byline = "Võ Hải",
    .caption = "Công nhân môi trường thu gom rác tại một khu dân cư ở quận Cầu Giấy sáng chủ nhật.",
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

static const spec vccorp = {
    .page = "vn-vccorp-style.html",
    .title = "Giá cà phê lên cao nhất mười năm, nông dân Tây Nguyên phấn khởi",
    .lead = "Giá cà phê nhân xô tại Đắk Lắk vượt 60.000 đồng một ký, mức cao nhất trong một thập "
            "kỷ, nhưng nhiều hộ đã bán hết hàng từ đầu vụ.",
    .caption = "Nông dân xã Ea Tu phơi cà phê trên sân gạch sau vụ thu hoạch.",
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
    .caption = "Xe buýt điện chạy thử trên đường Võ Nguyên Giáp hôm thứ sáu.",
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
    .title = "Học sinh TP.HCM được nghỉ Tết 17 ngày",
    .date = "2024-11-16T09:05:00",
    .lead = "Sở Giáo dục và Đào tạo TP.HCM cho học sinh nghỉ Tết Nguyên đán từ 29 tháng Chạp đến "
            "hết mùng 10 tháng Giêng, dài hơn năm ngoái ba ngày.",
    .byline = "Lê Thu",
    .caption = "Học sinh một trường tiểu học ở quận 3 trong giờ tan học.",
    .body = {"Theo kế hoạch năm học mới được Sở ban hành chiều 15/11, học sinh mầm non, tiểu học, "
             "trung học cơ sở và trung học phổ thông trên địa bàn thành phố đều có chung lịch nghỉ.",
             "Phụ huynh có con học ở nhiều cấp khác nhau cho biết việc thống nhất lịch nghỉ giúp "
             "gia đình dễ sắp xếp chuyến về quê ăn Tết hơn mọi năm.",
             "Để bảo đảm chương trình, các trường được phép bố trí thêm tối đa bốn buổi học vào thứ "
             "bảy trong học kỳ hai, tùy điều kiện của từng trường.",
             "Sở cũng yêu cầu các trường không giao bài tập về nhà quá nhiều trong kỳ nghỉ, để học "
             "sinh có thời gian nghỉ ngơi cùng gia đình."},
    .headings = {{3, "Bù lại bằng các buổi học thứ bảy"}},
    .chrome = {"Đọc thêm", "Lịch thi tốt nghiệp", "Từ khóa", "Bình luận",
               "Nghỉ dài vậy", "Có thể bạn quan tâm", "Tuyển sinh lớp 10", "Giấy phép số",
               "Trang chủ", "ZNEWS.VN"},
};

/* A Tuổi Trẻ-style page (VCCorp CMS): the sapo an h2 between the share bar
 * and the body, a related-news box inside the body, the byline a name in a
 * div of its own after it. */
static const spec tuoitre = {
    .page = "vn-tuoitre-style.html",
    .title = "Đường sắt Bắc - Nam chạy thêm tàu dịp Tết",
    .date = "2024-12-20T14:32:00+07:00",
    .lead = "Tổng công ty Đường sắt Việt Nam sẽ chạy thêm hơn 200 chuyến tàu khách trên tuyến Bắc "
            "- Nam trong dịp cao điểm Tết Nguyên đán, giá vé giữ như năm ngoái.",
    .byline = "THANH HÀ",
    .caption = "Hành khách lên tàu SE1 tại ga Hà Nội chiều 19/12.",
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
    .caption = "Một lớp học của sinh viên tình nguyện ở xã Lũng Cú.",
    .body = {"Các lớp học được mở ngay tại nhà văn hóa thôn, mỗi lớp từ hai mươi đến ba mươi em, "
             "học vào buổi sáng để buổi chiều các em còn phụ giúp gia đình lên nương.",
             "Ngoài dạy chữ, các bạn sinh viên còn hướng dẫn các em kỹ năng vệ sinh cá nhân, tổ "
             "chức sinh hoạt văn nghệ và tặng sách vở, quần áo do các nhà hảo tâm quyên góp.",
             "Anh Giàng Seo Páo, trưởng thôn, cho biết nhiều phụ huynh ban đầu còn e ngại nhưng "
             "sau vài buổi đã tự đưa con đến lớp và mời các bạn sinh viên ở lại ăn cơm."},
    .chrome = {"Tin liên quan", "Mùa hè xanh", "Tiếp sức mùa thi", "Ý kiến của bạn", "Gửi",
               "Cơ quan chủ quản", "Trang chủ", "Khuyến học"},
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
             "Gewitter wird das Becken vorübergehend geräumt."},
    .chrome = {"Teilen", "Twittern", "Drucken", "Per E-Mail senden", "Anzeige", "Lesen Sie auch",
               "Hallenbad erhöht", "Newsletter abonnieren", "Die wichtigsten Nachrichten",
               "Schlagwörter", "Mehr zum Thema", "Badesee wegen Blaualgen", "Rettungsschwimmer",
               "Impressum", "Kultur"},
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
    .chrome = {"Chia sẻ", "In bài", "Gửi bài", "Quảng cáo", "Đọc thêm", "Đêm rằm phố cổ",
               "Đăng ký nhận bản tin", "Từ khóa", "Tham khảo thêm", "Hội An điều chỉnh giá vé",
               "Thuyền trên sông Hoài", "Giấy phép số", "Du lịch"},
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
 * ends at that heading. */
static const spec comments_flat = {
    .page = "comments-flat.html",
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
 * holds a block that scores as the article's. */
static const spec boxed_intro = {
    .page = "boxed-intro.html",
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
    .title = "How we keep bees on a city roof",
    .body = {"Our two hives sit on the flat roof of a print shop, five floors above a busy street, "
             "and they have come through three winters without losing a colony.",
             "We take only the honey the bees can spare in late summer, and we leave a full super "
             "on each hive for the cold months."},
    .chrome = {"Previous article", "Catching our first swarm", "Next article",
               "Making candles from the cappings", "pan of warm water", "Lena Fischer", "Privacy"},
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
    .caption = "The harbour at low water in March.",
    .body = {"The new tables use a longer record of measurements from the harbour gauge, so some "
             "high waters now come a few minutes earlier than before.",
             "Every tide table is a forecast, built from years of readings at one gauge, and the "
             "harbour office has until now used a record of just nineteen years, gathered between "
             "the wars."},
    .headings = {{2, "In short"}, {2, "The longer story"}},
    .chrome = {"Tides", "About"},
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
 * box after the story go. */
static const spec sections_with_ads = {
    .page = "sections-with-ads.html",
    .title = "Der Akkuschrauber im Test",
    .body = {"Zwei Gänge, zwanzig Drehmomentstufen und eine helle Leuchte am Fuß reichen für fast "
             "alle Arbeiten im Haushalt, vom Regal bis zur Gartenbank, ohne dass man nachladen "
             "muss.",
             "Der Akku hielt in unserem Dauertest knapp zwei Stunden durch, bevor die Leistung "
             "spürbar nachließ, und war nach vierzig Minuten im Schnellladegerät wieder voll.",
             "Für Heimwerker ist der Schrauber eine klare Empfehlung: leicht, ausdauernd und gut "
             "verarbeitet, und der Preis liegt deutlich unter dem der bekannten Profigeräte."},
    .headings = {{2, "Akku und Ladezeit"}, {2, "Fazit"}},
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

/* Named after the spec, so that a run lists the failing pages. */
#define PAGE(s)                                                                                    \
    {                                                                                              \
#s, test_page, NULL, NULL, (void *)&(s)                                                    \
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
        PAGE(vnexpress),
        PAGE(vccorp),
        PAGE(sapo_h2_inside),
        PAGE(sapo_described),
        PAGE(zing),
        PAGE(tuoitre),
        PAGE(dantri_2012),
        PAGE(tailwind),
        PAGE(teaser),
        PAGE(comments),
        PAGE(chrome_en),
        PAGE(chrome_de),
        PAGE(chrome_vi),
        PAGE(split_sections),
        PAGE(checklist_divs),
        PAGE(page_builder),
        PAGE(comments_flat),
        PAGE(comments_button),
        PAGE(deep_modules),
        PAGE(recipe_lists),
        PAGE(paywall_notice),
        PAGE(related_slideshow),
        PAGE(contents_box),
        PAGE(boxed_intro),
        PAGE(rights_notice),
        PAGE(gear_checklist),
        PAGE(react_streamed),
        PAGE(linked_prose),
        PAGE(ranked_profiles),
        PAGE(post_nav),
        PAGE(teaser_cards),
        PAGE(author_about),
        PAGE(newsletter_call),
        PAGE(dangling_heading),
        PAGE(share_buttons),
        PAGE(faq_buttons),
        PAGE(sandwiched_summary),
        PAGE(figure_open_div),
        PAGE(short_linked_note),
        PAGE(sections_with_ads),
        PAGE(tiny_text),
        PAGE(list_only),
        PAGE(sidebar_about),
        PAGE(footer_about),
        cmocka_unit_test(test_empty_page_fails),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
