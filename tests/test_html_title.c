/* The HTML reader's title: the visible headline over the SEO title, a CMS's
 * title class, the article's h1 over a logo's, a headline outside the
 * article, the site's name off a metadata title, NFC; never repeated in the
 * body. */
#include "util.h"

#include "../formats/html/html.h"
#include "document.h"

/* No block of the body repeats the title, even with a subline or label. */
static int gather(bt_node *n, int entering, void *user)
{
    bt_document *doc = ((void **)user)[0];
    const char *title = ((void **)user)[1];
    if (entering && !bt_node_is_inline(n->type) && n->type != BT_NODE_BODY) {
        const char *t = bt_node_text(doc, n);
        if (t && strstr(t, title))
            fail_msg("the body repeats the title in a %s", bt_node_type_name(n->type));
    }
    return 0;
}

static void check(const char *page, const char *title)
{
    char name[256];
    snprintf(name, sizeof(name), "html/title/%s", page);
    bt_document *doc = read_doc(td(name), "html", NULL);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), title);
    void *user[2] = {doc, (void *)title};
    bt_node_walk(bt_document_body(doc), gather, user);
    /* the body keeps its text */
    assert_true(bt_node_first_child(bt_document_body(doc)) != NULL);
    bt_document_free(doc);
}

static void test_h1_over_seo_title(void **state)
{
    (void)state;
    check("h1-differs.html", "Lisbon in Winter: Trams, Tiles and Empty Beaches");
}

static void test_title_class(void **state)
{
    (void)state;
    check("title-div.html", "Phố cổ mở thêm tuyến đi bộ vào cuối tuần");
}

static void test_logo_h1(void **state)
{
    (void)state;
    check("logo-h1.html", "Why My Tomatoes Split After the Rain");
}

static void test_site_name_off(void **state)
{
    (void)state;
    check("no-headline.html", "Council Approves New Bus Lanes on Harbour Road");
}

/* No h1 and no title class: the headline a div without a name, the sapo an
 * h2 over the text; the sapo is sentences, no headline, and the metadata's
 * title (its site's name off) is taken. */
static void test_sapo_no_headline(void **state)
{
    (void)state;
    check("sapo-h2-no-h1.html", "Hà Nội mở thêm ba tuyến buýt điện nối sân bay Nội Bài");
}

/* A CJK title's parts set apart by "_": the site's name and the section go. */
static void test_cjk_underscore(void **state)
{
    (void)state;
    check("cjk-underscore.html", "滨江公园新增两条夜跑步道");
}

/* No headline shown: the metadata's title loses the site's name, six words
 * long ("Báo Người Lao Động Online"), that holds the name the logo gives. */
static void test_long_site_suffix(void **state)
{
    (void)state;
    check("long-site-suffix.html", "Hà Nội thử nghiệm đèn giao thông thông minh tại mười nút giao");
}

/* A logo's name ending in "_" after a Latin letter (a blog's "Mill Garage_"):
 * no separator, and nothing read past its end (AddressSanitizer found
 * the quoting check reading two bytes on). */
static void test_underscore_end(void **state)
{
    (void)state;
    check("underscore-end.html", "Honda Jazz for sale - one owner !");
}

static void test_blog_archive(void **state)
{
    (void)state;
    check("blog-archive.html", "Nebel über dem Stausee am frühen Morgen");
}

static void test_h1_outside_article(void **state)
{
    (void)state;
    check("h1-outside.html", "Library Opens a Seed Bank for Home Gardeners");
}

/* Text only a screen reader sees is no part of the headline. */
static void test_hidden_site_name(void **state)
{
    (void)state;
    check("hidden-site-name.html", "Ferry Timetable Changes for the Winter");
}

/* A page builder's "widget" around the h1 is no sidebar: the h1 wins over
 * the metadata title with the site's name. */
static void test_builder_widget(void **state)
{
    (void)state;
    check("builder-widget.html", "Sourdough Starter in Five Days");
}

/* A <small> line of date and tags in the h1 is no part of the headline. */
static void test_small_subline(void **state)
{
    (void)state;
    check("small-subline.html", "Rowing Club Opens Its New Boathouse");
}

/* A label in an element of its own before the headline ("Blog:") is no
 * part of it. */
static void test_label(void **state)
{
    (void)state;
    check("label-h1.html", "Seven Ways to Keep a Sourdough Starter Alive");
}

/* A visible line that is the metadata's title word for word loses the
 * site's name as the metadata's title does. */
static void test_seo_line(void **state)
{
    (void)state;
    check("seo-line.html", "How Often to Rotate Your Tyres");
}

/* The h1 is decomposed in the page: the title is composed. */
static void test_vietnamese_nfd(void **state)
{
    (void)state;
    check("vietnamese-nfd.html",
          "Hà Nội: Phố đi bộ Trịnh Công Sơn mở cửa trở lại từ cuối tuần này");
}

/* A headline that is the part of the metadata's title before a colon is
 * confirmed by it. */
static void test_colon_part(void **state)
{
    (void)state;
    check("colon-part.html", "Tidal Patterns in the Northern Estuary");
}

/* A date set off at the start of a headline is no part of it. */
static void test_date_part(void **state)
{
    (void)state;
    check("date-part.html", "Hafenfest kehrt mit Großseglern zurück");
}

/* A page whose metadata names only the site: the heading its article's
 * text starts under is the title. */
static void test_opening_heading(void **state)
{
    (void)state;
    check("opening-heading.html", "Neue Trainingszeiten für die Kinderturngruppe ab Januar");
}

/* The first subheading of an article about what its metadata's title says
 * is no title. */
static void test_opening_subheading(void **state)
{
    (void)state;
    check("opening-subheading.html", "Choosing a Kayak Paddle");
}

/* The end the metadata's titles share after different headlines is a
 * section's name, no part of the headline. */
static void test_section_end(void **state)
{
    (void)state;
    check("section-end.html", "Why the Night Bus Still Matters");
}

/* The h1 a title class names wins over an h1 set in the article's text. */
static void test_named_h1(void **state)
{
    (void)state;
    check("named-h1.html", "What Window Cleaning Costs in a Small Town");
}

/* The element a generic title class names can be the heading the text
 * starts under. */
static void test_opening_title_class(void **state)
{
    (void)state;
    check("opening-title-class.html", "Ten Winters on the Ferry");
}

/* A headline with the metadata's words, only the marks between them
 * other, is confirmed by it word for word. */
static void test_other_marks(void **state)
{
    (void)state;
    check("other-marks.html", "Renting a Plot: What the Waiting List Means");
}

/* A kicker named inside a longer class ("articleOverline") is no part of
 * the headline. */
static void test_kicker_in_word(void **state)
{
    (void)state;
    check("kicker-in-word.html", "Tramwaje wrócą na ulicę Długą po remoncie torów");
}

/* The lines of a headline the metadata gives word for word are the title:
 * a kicker whose class says nothing goes. */
static void test_metadata_lines(void **state)
{
    (void)state;
    check("metadata-lines.html", "Il mercato coperto riapre dopo due anni di lavori");
}

/* The same for a subline after the headline, named by JSON-LD. */
static void test_metadata_subline(void **state)
{
    (void)state;
    check("metadata-subline.html", "La biblioteca amplía su horario en verano");
}

/* Lines of a headline in elements of their own are set apart by a space. */
static void test_lines_spaced(void **state)
{
    (void)state;
    check("lines-spaced.html", "Nieuw fietspad langs het kanaal gaat in mei open");
}

/* A headline broken over two lines is one line. */
static void test_br_headline(void **state)
{
    (void)state;
    check("br-headline.html", "La piscine municipale rouvre ses portes lundi");
}

/* A date in the element a CMS names as the title is no part of it. */
static void test_date_in_title_class(void **state)
{
    (void)state;
    check("date-title-class.html", "Tre dimmiga morgnar vid piren");
}

/* A headline whose link has a navigation class still stands before the
 * article's text, where the metadata confirms it. */
static void test_headline_nav_link(void **state)
{
    (void)state;
    check("headline-nav-link.html", "Novas linhas de barco ligam as duas margens do rio");
}

/* An h1 hidden by a class or clipped for screen readers is not the
 * headline shown. */
static void test_hidden_h1(void **state)
{
    (void)state;
    check("hidden-h1.html", "Sahil yolundaki bisiklet şeridi yaza kadar tamamlanacak");
}

/* A title class written in camel case, with other separators or none
 * ("articleTitle", "titledetail") names the headline as "article-title" does. */
static void test_camel_title_class(void **state)
{
    (void)state;
    check("camel-title-class.html",
          "Pasar terapung di tepi sungai kembali dibuka setiap akhir pekan");
    /* and run together: "titledetail" */
    check("joined-title-class.html", "Chợ nổi Ngã Bảy họp lại mỗi sáng sau mùa nước lớn");
}

/* Lines in elements of their own joined by a mark, or in a script written
 * without spaces, are not set apart. */
static void test_lines_marks(void **state)
{
    (void)state;
    check("lines-marks.html", "Hafenfest: Großsegler kehren nach zwei Jahren zurück");
    check("lines-cjk.html", "江边步行道周末起全线开放");
}

/* A badge in a headline (paid content, live) is no part of it. */
static void test_badge(void **state)
{
    (void)state;
    check("badge-h1.html", "Ny ferjerute over fjorden fra neste sommer");
}

/* Metadata titles without the site's name, by the rules alone. */
static void test_unsite(void **state)
{
    (void)state;
    static const struct {
        const char *title, *site, *url, *want;
        int guess;
    } cases[] = {
        {"Headline of the Day - Site Name", "Site Name", NULL, "Headline of the Day", 0},
        {"Site Name | Headline of the Day", "Site Name", NULL, "Headline of the Day", 0},
        {"Keeping It Clean | NutritionFacts.org", NULL, "https://nutritionfacts.org/x/",
         "Keeping It Clean", 0},
        {"Meet the Artist - LA Weekly", NULL, "https://www.laweekly.com/meet/", "Meet the Artist",
         0},
        {"Site » Blog Archive » Title", NULL, NULL, "Title", 1},
        {"A Long Enough Headline Here - Short Site", NULL, NULL, "A Long Enough Headline Here", 1},
        /* the host's labels back to front are the site's name */
        {"The Ultimate Tyre Guide | Acme Tyres", NULL, "https://tyres.acme.com/guide/",
         "The Ultimate Tyre Guide", 0},
        /* without guessing, only the site's name goes */
        {"A Long Enough Headline Here - Short Site", NULL, NULL,
         "A Long Enough Headline Here - Short Site", 0},
        /* a subtitle after " : " stays */
        {"Titre de l'article : le sous-titre", NULL, NULL, "Titre de l'article : le sous-titre", 1},
        {"Short - Title", NULL, NULL, "Short - Title", 1},
        /* an end part that is mostly the host's name goes; a headline naming it stays */
        {"Hafenfest kehrt zurück | HAFENBOTE ONLINE", NULL, "https://www.hafenbote.de/a/1",
         "Hafenfest kehrt zurück", 0},
        {"Der Hafenbote Kiel - Hafenfest kehrt zurück", NULL, "https://www.hafenbote.de/a/3",
         "Hafenfest kehrt zurück", 0},
        {"Hafen - Neue Karten zeigen Liegeplätze auf Hafenbote.de", NULL,
         "https://www.hafenbote.de/a/2", "Hafen - Neue Karten zeigen Liegeplätze auf Hafenbote.de",
         0},
        /* of parts set apart alike, the one of a headline's length among names */
        {"Club Name FC - Club Signs Two Young Keepers for Next Season - Club News - News", NULL,
         NULL, "Club Signs Two Young Keepers for Next Season", 1},
        /* not a subtitle set apart otherwise */
        {"Report: Another Outage at the Plant — This Time in Summer - Site", NULL, NULL,
         "Report: Another Outage at the Plant — This Time in Summer", 1},
        /* a tilde, and the full-width bar of CJK titles, spaced or not */
        {"Harbour Festival Returns ~ Site Name", "Site Name", NULL, "Harbour Festival Returns", 0},
        {"東京で桜が満開に｜朝日新報", "朝日新報", NULL, "東京で桜が満開に", 0},
        {"台北捷運新線通車 ｜ 城市日報", "城市日報", NULL, "台北捷運新線通車", 0},
        /* a date set off like a site's name goes too */
        {"2024-03-14 | Harbour Festival Returns | Site Name", "Site Name", NULL,
         "Harbour Festival Returns", 0},
        /* separators written with no-break spaces, and "--" with none after */
        {"Harbour Festival Returns\u00a0-\u00a0Site Name", "Site Name", NULL,
         "Harbour Festival Returns", 0},
        {"Site Name --Harbour Festival Returns", "Site Name", NULL, "Harbour Festival Returns", 0},
        /* guillemets that quote are no separators; "«" points back to the page */
        {"« Nous restons » dit le maire du village - Site", NULL, NULL,
         "« Nous restons » dit le maire du village", 1},
        {"Harbour Festival Returns to the Old Town « Site Name", NULL, NULL,
         "Harbour Festival Returns to the Old Town", 1},
        {"Harbour Festival Returns to the Old Town » Site Name", NULL, NULL,
         "Harbour Festival Returns to the Old Town", 1},
        /* a hyphen joining names in a headline is no site's name set before it */
        {"Đường sắt Bắc - Nam chạy thêm tàu dịp Tết", NULL, NULL,
         "Đường sắt Bắc - Nam chạy thêm tàu dịp Tết", 1},
        {"Đường sắt Bắc - Nam chạy thêm tàu dịp Tết - Báo Thủ Đô", NULL, NULL,
         "Đường sắt Bắc - Nam chạy thêm tàu dịp Tết", 1},
        /* the part the address spells */
        {"Villa Nova - Holiday Home in Florida", NULL, "https://villas.example/v/12/Villa-Nova",
         "Villa Nova", 0},
        /* words counted in Japanese too: a headline's part and a name's */
        {"議会、新図書館の建設を承認 - みなと新聞", NULL, NULL, "議会、新図書館の建設を承認", 1},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char *t = bt_html_title_unsite(cases[i].title, cases[i].site, cases[i].url, cases[i].guess);
        assert_string_equal(t, cases[i].want);
        free(t);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_h1_over_seo_title),
        cmocka_unit_test(test_title_class),
        cmocka_unit_test(test_logo_h1),
        cmocka_unit_test(test_site_name_off),
        cmocka_unit_test(test_blog_archive),
        cmocka_unit_test(test_h1_outside_article),
        cmocka_unit_test(test_vietnamese_nfd),
        cmocka_unit_test(test_unsite),
        cmocka_unit_test(test_hidden_site_name),
        cmocka_unit_test(test_builder_widget),
        cmocka_unit_test(test_small_subline),
        cmocka_unit_test(test_seo_line),
        cmocka_unit_test(test_label),
        cmocka_unit_test(test_colon_part),
        cmocka_unit_test(test_date_part),
        cmocka_unit_test(test_opening_heading),
        cmocka_unit_test(test_opening_subheading),
        cmocka_unit_test(test_section_end),
        cmocka_unit_test(test_named_h1),
        cmocka_unit_test(test_opening_title_class),
        cmocka_unit_test(test_other_marks),
        cmocka_unit_test(test_kicker_in_word),
        cmocka_unit_test(test_metadata_lines),
        cmocka_unit_test(test_metadata_subline),
        cmocka_unit_test(test_lines_spaced),
        cmocka_unit_test(test_br_headline),
        cmocka_unit_test(test_date_in_title_class),
        cmocka_unit_test(test_headline_nav_link),
        cmocka_unit_test(test_hidden_h1),
        cmocka_unit_test(test_camel_title_class),
        cmocka_unit_test(test_lines_marks),
        cmocka_unit_test(test_badge),
        cmocka_unit_test(test_sapo_no_headline),
        cmocka_unit_test(test_cjk_underscore),
        cmocka_unit_test(test_long_site_suffix),
        cmocka_unit_test(test_underscore_end),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
