/* Captions in CMS markup (src/xhtml_read.c, src/xhtml_caption.c,
 * formats/html/parts.c): image tables, marked siblings, credits, italic
 * lines, the line after an image's <br>, figcaption with paragraphs or a
 * long description, empty figcaptions, lazy images with a <noscript> copy,
 * the hero's caption between parts of the article; and body text that must
 * stay body text. */
#include "util.h"

#include <string.h>

static bt_document *page(const char *name, int whole_page)
{
    char path[512];
    snprintf(path, sizeof(path), "html/captions/%s", name);
    bt_options opt;
    bt_options_init(&opt);
    if (whole_page)
        test_option(&opt, "html:whole-page");
    return read_doc(td(path), "html", &opt);
}

static bt_node *nth(bt_document *doc, bt_node_type type, int n)
{
    for (bt_node *k = bt_node_first_child(bt_document_body(doc)); k; k = bt_node_next(k))
        if (bt_node_get_type(k) == type && n-- == 0)
            return k;
    return NULL;
}

/* The number of body paragraphs whose text holds s. */
static int paragraphs_with(bt_document *doc, const char *s)
{
    int n = 0;
    for (bt_node *k = bt_node_first_child(bt_document_body(doc)); k; k = bt_node_next(k))
        if (bt_node_get_type(k) == BT_NODE_PARAGRAPH && strstr(bt_node_text(doc, k), s))
            n++;
    return n;
}

/* Figure n has this caption and credit (NULL: none), the caption is not
 * also a paragraph, and the block after the figure is the paragraph that
 * starts with next. */
static void check(bt_document *doc, int n, const char *caption, const char *credit,
                  const char *next)
{
    bt_node *fig = nth(doc, BT_NODE_FIGURE, n);
    if (!fig)
        fail_msg("no figure %d", n);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(fig)), caption);
    if (credit)
        assert_string_equal(credit_line(doc, fig), credit);
    else
        assert_null(bt_node_figure_credit(fig));
    if (*caption)
        assert_int_equal(paragraphs_with(doc, caption), 0);
    bt_node *after = bt_node_next(fig);
    assert_non_null(after);
    assert_int_equal(bt_node_get_type(after), BT_NODE_PARAGRAPH);
    const char *text = bt_node_text(doc, after);
    if (strncmp(text, next, strlen(next)))
        fail_msg("after figure %d: \"%s\", not \"%s...\"", n, text, next);
}

/* A page built around one figure, between the two paragraphs of the
 * Vietnamese pages. */
static void check_one(const char *name, const char *caption, const char *credit)
{
    bt_document *doc = page(name, 0);
    check(doc, 0, caption, credit, "Theo Ban quản lý");
    assert_int_equal(paragraphs_with(doc, "Sáng nay, hàng nghìn người"), 1);
    assert_null(nth(doc, BT_NODE_FIGURE, 1));
    bt_document_free(doc);
}

/* What one figure of a page should be: check()'s arguments. */
typedef struct {
    const char *caption, *credit, *next;
} expected_figure;

/* The page whose figures are these, in this order, and no more; the
 * caller frees it. */
static bt_document *page_of(const char *name, const expected_figure *e, int n)
{
    bt_document *doc = page(name, 0);
    for (int i = 0; i < n; i++)
        check(doc, i, e[i].caption, e[i].credit, e[i].next);
    assert_null(nth(doc, BT_NODE_FIGURE, n));
    return doc;
}

static void test_tables(void **state)
{
    (void)state;
    /* the next row's centred cell in italics */
    check_one("table-em.html", "Cây cầu nhìn từ bờ bắc sông Hồng", NULL);
    /* a table of no class whose caption cell holds a paragraph */
    check_one("table-p.html", "Đoàn xe đầu tiên chạy qua cầu lúc 9 giờ sáng.", NULL);
    /* the image and its caption in one cell */
    check_one("table-one-cell.html", "Các đại biểu cắt băng khánh thành", NULL);
    /* VnExpress: table.tplCaption, p.Image, the credit in italics */
    check_one("table-tplcaption.html", "Người dân check-in trên cầu mới.", "Ảnh: Ngọc Thành");
}

static void test_marked_siblings(void **state)
{
    (void)state;
    static const char *const captions[] = {
        "Cầu mới lúc bình minh",                         /* p.PhotoCMS_Caption */
        "Toàn cảnh lễ khánh thành",                      /* span.chu-thich after a link */
        "Các kỹ sư kiểm tra mặt cầu trước giờ thông xe", /* div#image-caption */
        "Pháo hoa mừng cầu mới",                         /* p.wp-caption-text */
        "Đêm đầu tiên cầu lên đèn",                      /* div.legend */
        "Xe buýt chạy thử trên cầu",                     /* p.expNoEdit */
        "Cầu nhìn từ trên cao",                          /* div.img-desc */
        "Lãnh đạo thành phố cắt băng khánh thành",       /* div.captions */
    };
    static const char *const next[] = {"Đoạn hai", "Đoạn ba",  "Đoạn bốn", "Đoạn năm",
                                       "Đoạn sáu", "Đoạn bảy", "Đoạn tám", "Đoạn chín"};
    bt_document *doc = page("class-siblings.html", 0);
    for (int i = 0; i < 8; i++)
        check(doc, i, captions[i], NULL, next[i]);
    assert_null(nth(doc, BT_NODE_FIGURE, 8));
    assert_int_equal(paragraphs_with(doc, "Đoạn một"), 1);
    bt_document_free(doc);
}

static void test_credits(void **state)
{
    (void)state;
    bt_document *doc = page("credit-siblings.html", 0);
    /* a credit alone is a credit, not a caption */
    check(doc, 0, "", "Foto: Anna Müller", "Absatz zwei");
    /* a credit after a figure that has its caption */
    check(doc, 1, "Feuerwerk über der Brücke", "dpa", "Absatz drei");
    assert_int_equal(paragraphs_with(doc, "Absatz eins"), 1);
    bt_document_free(doc);
    /* a caption that ends with its credit element's text again loses the
     * copy, bracketed or after a sentence; one naming its subject keeps it */
    doc = page("credit-repeated.html", 0);
    check(doc, 0, "Fireworks over the bridge on Saturday.", "Wire Photo/Ann Reyes",
          "Paragraph two");
    check(doc, 1, "The mayor cuts the ribbon.", "Jo Smith/Getty Images", "Paragraph three");
    check(doc, 2, "Portrait of the engineer Jane Doe", "Jane Doe", "Paragraph four");
    bt_document_free(doc);
    /* a credit that an icon starts, and a caption that one starts */
    doc = page("credit-icon.html", 0);
    check(doc, 0, "Gefrorener Boden im Januar", "Karl Weber", "Absatz zwei");
    check(doc, 1, "Schnee auf dem Feld am Waldrand", NULL, "Absatz drei");
    bt_document_free(doc);
    /* a line after an image with its photo credit in it; an author's name
     * in the paragraph after one is no credit */
    doc = page("credit-inside.html", 0);
    check(doc, 0, "Die Bürgermeisterin eröffnet die Brücke", "Stadtarchiv/Eva Roth", "Absatz zwei");
    check(doc, 1, "", NULL, "Absatz drei");
    /* the dash before a credit read apart goes */
    check(doc, 2, "Die Brücke bei Nacht", "Max Bauer", "Absatz vier");
    /* a "copyright" box around the whole caption is not its credit */
    check(doc, 3, "Bild: Max Bauer Die Brücke im Nebel", NULL, "Absatz fünf");
    bt_document_free(doc);
}

/* A credit keeps what set it apart from its caption on the page: the
 * brackets and the separator, so the caption reads as it was written in
 * every format, and a round trip through each keeps it. */
static void test_credit_apart(void **state)
{
    (void)state;
    static const char *const written[] = {
        "[Image 1: Der Hafen im Winter. (Bild: Hersteller)]",
        "[Image 2: Die Fähre am Kai | photo by Jan Berg]",
        "[Image 3: Möwen über dem Wasser (Foto: Eva Roth).]",
        "[Image 4: Boote am Steg. Photo by Ola Nordmann]",
        /* French spacing, which a label would lose */
        "[Image 5: Le quai au printemps. Photo : Jean Dupont]",
    };
    bt_document *doc = page("credit-apart.html", 0);
    check(doc, 0, "Der Hafen im Winter.", "Bild: Hersteller", "Absatz zwei");
    check(doc, 2, "Möwen über dem Wasser", "Foto: Eva Roth", "Absatz vier");
    bt_node *credit = bt_node_figure_credit(nth(doc, BT_NODE_FIGURE, 2));
    assert_string_equal(bt_node_label(credit), "Foto");
    assert_string_equal(bt_node_credit_before(credit), " (");
    assert_string_equal(bt_node_credit_after(credit), ").");
    static const char *const formats[] = {"text", "html", "epub", "odt"};
    for (size_t f = 0; f < sizeof(formats) / sizeof(formats[0]); f++) {
        size_t size;
        char *data = write_doc(doc, formats[f], NULL, &size), path[512];
        snprintf(path, sizeof(path), "%s/credit-apart.%s", tmpdir(), formats[f]);
        spit(path, data, size);
        bt_document *back = read_doc(path, formats[f], NULL);
        char *text = write_doc(back, "text", NULL, NULL), *flat = squeeze(text);
        for (size_t i = 0; i < sizeof(written) / sizeof(written[0]); i++)
            if (!strstr(flat, written[i]))
                fail_msg("through %s: no \"%s\" in\n%s", formats[f], written[i], text);
        free(flat);
        free(text);
        bt_document_free(back);
        free(data);
    }
    bt_document_free(doc);
}

/* A video's picture and its caption's box after the play button, though
 * the box is named a footer; the rail's thumbnail of the same picture (its
 * caption cut short) and its full-size copy are that figure again. */
static void test_video_footer_copies(void **state)
{
    (void)state;
    bt_document *doc = page("video-footer-copies.html", 0);
    check(doc, 0, "The first ferry leaves the quay on Monday morning after the repairs.",
          "Jan Berg/City Press", "Paragraph one");
    assert_string_equal(bt_node_credit_before(bt_node_figure_credit(nth(doc, BT_NODE_FIGURE, 0))),
                        " (");
    assert_null(nth(doc, BT_NODE_FIGURE, 1));
    assert_int_equal(paragraphs_with(doc, "View Full Size"), 0);
    assert_int_equal(paragraphs_with(doc, "Paragraph two"), 1);
    bt_document_free(doc);
}

static void test_figcaption_after_figure(void **state)
{
    (void)state;
    bt_document *doc = page("sibling-figcaption.html", 0);
    check(doc, 0, "Glue the first two sticks together. (Jane Doe)", NULL, "Paragraph two");
    assert_int_equal(paragraphs_with(doc, "Paragraph one"), 1);
    bt_document_free(doc);
}

static void test_italic_lines(void **state)
{
    (void)state;
    bt_document *doc = page("italic.html", 0);
    check(doc, 0, "Người dân đi bộ trên cầu trong ngày đầu thông xe", NULL, "Đoạn hai");
    check(doc, 1, "Cầu mới lúc hoàng hôn", NULL, "Đoạn ba");
    check(doc, 2, "Lễ cắt băng khánh thành", NULL, "Đoạn bốn");
    /* a paragraph that only starts in italics is body text */
    check(doc, 3, "", NULL, "Ghi chú: đoạn này là thân bài");
    assert_int_equal(paragraphs_with(doc, "Đoạn năm"), 1);
    bt_document_free(doc);
}

static void test_line_after_break(void **state)
{
    (void)state;
    bt_document *doc = page("br.html", 0);
    check(doc, 0, "Đoàn xe đầu tiên lăn bánh qua cầu", NULL, "Đoạn hai");
    check(doc, 1, "Cầu Nhật Tân về đêm.", "Ảnh: Minh Anh", "Đoạn ba");
    /* <img><br><i>caption</i><br>body: the body stays a paragraph */
    check(doc, 2, "Pháo hoa mừng cầu mới", NULL, "Đoạn bốn");
    assert_int_equal(paragraphs_with(doc, "Đoạn năm"), 1);
    bt_document_free(doc);
}

static void test_figcaption_paragraphs(void **state)
{
    (void)state;
    bt_document *doc = page("figcaption-p.html", 0);
    check(doc, 0, "The bridge at dawn. It is two kilometres long.", NULL, "Paragraph two");
    bt_document_free(doc);
}

static void test_long_description(void **state)
{
    (void)state;
    /* the whole page: extraction cleans asides away wherever they are */
    bt_document *doc = page("figcaption-aside.html", 1);
    check(doc, 0, "Figure 1. Traffic on the bridge by hour.", NULL,
          "The chart shows cars per hour");
    bt_node *desc = bt_node_next(nth(doc, BT_NODE_FIGURE, 0));
    assert_non_null(strstr(bt_node_text(doc, desc), "peaks again at six in the evening."));
    assert_string_equal(bt_node_text(doc, bt_node_next(desc)),
                        "Paragraph two: the bridge has six lanes for cars and two paths for "
                        "people on foot and bicycles.");
    check(doc, 1, "Figure 2. Where the money went.", NULL, "Description");
    assert_int_equal(paragraphs_with(doc, "Most of the cost went into the steel deck"), 1);
    assert_int_equal(paragraphs_with(doc, "Paragraph three"), 1);
    bt_document_free(doc);
}

/* The text output with the alt text of pictures without a caption. */
static char *text_all_images(bt_document *doc)
{
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "text:images=all");
    return write_doc(doc, "text", &opt, NULL);
}

static void test_empty_figcaption(void **state)
{
    (void)state;
    bt_document *doc = page("figcaption-empty.html", 0);
    check(doc, 0, "", NULL, "Paragraph two");
    check(doc, 1, "", NULL, "Paragraph three");
    /* no caption: the alt text stays (text:images=all shows it) */
    char *text = text_all_images(doc);
    assert_contains(text, "[Image: Cây cầu]\n\nParagraph three");
    assert_not_contains(text, "[Image: ]");
    assert_not_contains(text, "[Image:  ]");
    free(text);
    bt_document_free(doc);
}

/* An alt that is a slug or the title again says nothing of the image: it
 * goes; one that describes it stays, in Chinese too. */
static void test_alt_says_nothing(void **state)
{
    (void)state;
    bt_document *doc = page("alt-says-nothing.html", 0);
    char *text = text_all_images(doc);
    assert_not_contains(text, "coast-path-walk-cliffs");
    assert_not_contains(text, "the cove]");
    assert_contains(text, "[Image: The barn at dusk, with the dog at the door]");
    /* Chinese writes a sentence without spaces */
    assert_contains(text, "[Image: 长城上的日出]");
    free(text);
    bt_document_free(doc);
}

/* A short line in small print after an image, and a description or an
 * "info" in the box named for the picture, are its captions (not metadata
 * cleaned away). */
static void test_small_print_and_desc(void **state)
{
    (void)state;
    bt_document *doc = page("small-desc.html", 0);
    check(doc, 0, "Boats tied up at the old pier in January", NULL, "Paragraph two");
    check(doc, 1, "A crew mending nets on the quay", NULL, "Paragraph three");
    /* a date in small print is no caption */
    check(doc, 2, "", NULL, "January 14, 2022");
    check(doc, 3, "Oars drying on the harbour wall", NULL, "Paragraph five");
    bt_document_free(doc);
}

/* A lazy-loading page's image: a placeholder GIF with the real image in a
 * <noscript> after it or after the wrapper the image alone fills; without
 * one, the figure keeps its caption. */
static void test_noscript_copy(void **state)
{
    (void)state;
    bt_document *doc = page("noscript-copy.html", 0);
    check(doc, 0, "Walkers on the bridge on its first day", NULL, "Paragraph two");
    check(doc, 1, "The bridge at sunset", NULL, "Paragraph three");
    assert_string_equal(bt_node_figure_src(nth(doc, BT_NODE_FIGURE, 1)),
                        "../../images/hoi-nghi-dieu-le-dang.jpg");
    /* with no copy, the caption stays with the image never loaded */
    check(doc, 2, "The mayor cuts the ribbon", NULL, "Paragraph four");
    assert_null(nth(doc, BT_NODE_FIGURE, 3));
    bt_document_free(doc);
}

/* The hero picture's caption between it and the body, both taken as the
 * article's parts: a block marked as a caption goes with the picture, an
 * unmarked notice there stays out. */
static void test_hero_caption(void **state)
{
    (void)state;
    bt_document *doc = page("hero-caption.html", 0);
    check(doc, 0, "Crowds on the bridge on its first morning", NULL, "Paragraph one");
    bt_document_free(doc);
    doc = page("hero-notice.html", 0);
    check(doc, 0, "", NULL, "Paragraph one");
    bt_document_free(doc);
}

static void test_body_text_stays(void **state)
{
    (void)state;
    bt_document *doc = page("long-after.html", 0);
    /* "description" alone names the lead, even before an image */
    assert_int_equal(paragraphs_with(doc, "Paragraph one"), 1);
    /* italics of sixty words and more */
    check(doc, 0, "", NULL, "Paragraph two is body text in italics");
    /* a long text after the image's <br> */
    check(doc, 1, "", NULL, "Paragraph three is plain text");
    /* a plain paragraph after an image */
    check(doc, 2, "", NULL, "Paragraph four");
    /* a caption repeated in a marked paragraph is left out */
    check(doc, 3, "The bridge at night", NULL, "Paragraph five");
    /* italics after an image in running text, after an icon */
    check(doc, 4, "", NULL, "Paragraph seven");
    check(doc, 5, "", NULL, "Paragraph eight");
    assert_int_equal(paragraphs_with(doc, "Paragraph six ends with"), 1);
    bt_document_free(doc);
}

/* A caption that is all or mostly a link is no list of links: the
 * picture and its caption stay, in a marked box, in a caption table and in
 * a paragraph whose picture links to its larger copy. */
static void test_linked_captions(void **state)
{
    (void)state;
    bt_document *doc = page("linked-captions.html", 0);
    check(doc, 0, "", "Source: example.org", "Paragraph two");
    check(doc, 1, "Image from the harbour's photo archive", NULL, "Paragraph three");
    assert_non_null(nth(doc, BT_NODE_FIGURE, 2));
    assert_int_equal(paragraphs_with(doc, "The crane lit up on its first night"), 1);
    bt_document_free(doc);
}

/* Boxes whose text is all captions are no chrome, however few their words
 * and many their pictures: a figure in a box of a "media" name, a caption
 * in a box of its own, a picture with its copy for phones, a slideshow, a
 * box of pictures without text before its caption's; an image without an
 * address or with a placeholder keeps the caption after it.  A box of
 * teasers, whose captions are links, and a video's box still go. */
static void test_caption_boxes(void **state)
{
    (void)state;
    bt_document *doc = page("caption-boxes.html", 0);
    check(doc, 0, "The ferry leaves at dawn", NULL, "Paragraph two");
    check(doc, 1, "Anna Berg", NULL, "Paragraph three");
    /* one figure for the picture and its copy */
    check(doc, 2, "Photo courtesy of the harbour museum", NULL, "Paragraph four");
    bt_node *srcless = nth(doc, BT_NODE_FIGURE, 3);
    assert_non_null(srcless);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(srcless)),
                        "Boats wait for the tide");
    assert_null(bt_node_figure_src(srcless));
    check(doc, 4, "The new breakwater in March", NULL, "Paragraph six");
    assert_null(bt_node_figure_src(nth(doc, BT_NODE_FIGURE, 4)));
    check(doc, 5, "The marina waits for its yachts", NULL, "Paragraph seven");
    assert_null(nth(doc, BT_NODE_FIGURE, 6));
    char *text = write_doc(doc, "text", NULL, NULL);
    assert_contains(text, "- [Image 4: Nets drying on the quay]\n"
                          "- [Image 5: The fish market at six]\n"
                          "- [Image 6: Gulls over the breakwater]\n");
    assert_not_contains(text, "The island school closes");
    /* a video's caption is no picture's */
    assert_not_contains(text, "Video of the storm");
    free(text);
    bt_document_free(doc);
}

/* A picture and its caption in a link: a figure in a paragraph's link to
 * another page, a box whose links open the picture (in a box of a share
 * bar's name).  Teasers alike in a row, their captions in links, go. */
static void test_linked_pictures(void **state)
{
    (void)state;
    static const expected_figure e[] = {
        {"The ferry leaves at dawn", NULL, "Paragraph two"},
        {"The old pier in the fog", NULL, "Paragraph three"},
        {"The lighthouse on the cape", NULL, "Paragraph four"},
    };
    bt_document *doc = page_of("linked-pictures.html", e, 3);
    assert_int_equal(paragraphs_with(doc, "Paragraph five"), 1);
    char *text = write_doc(doc, "text", NULL, NULL);
    assert_not_contains(text, "A new road to the coast");
    assert_not_contains(text, "Storm warning for Friday");
    free(text);
    bt_document_free(doc);
}

/* A <cite> that ends a figcaption is its credit; one inside the text
 * stays in it. */
static void test_cite_credit(void **state)
{
    (void)state;
    static const expected_figure e[] = {
        {"The ferry leaves at dawn", "Harbour Museum", "Paragraph two"},
        {"Nets drying in the old harbour on a Sunday", NULL, "Paragraph three"},
    };
    bt_document_free(page_of("cite-credit.html", e, 2));
}

/* "Image Credit:" and "Photo credit:" are a credit's label whole: the
 * caption does not end on "Image"; German broadcasters' "Bildrechte:"
 * ("picture rights") is one. */
static void test_credit_words(void **state)
{
    (void)state;
    static const expected_figure e[] = {
        {"Source: county records", "Image Credit: Harbour Data Lab", "Paragraph two"},
        {"The new station at dawn.", "Photo credit: Jane Doe", "Paragraph three"},
        {"Die neue Haltestelle am Bahnhof.", "Bildrechte: MDR/Anne Berg", "Paragraph four"},
    };
    bt_document_free(page_of("credit-words.html", e, 3));
}

/* A picture whose only copy is in a <noscript>, in a box or a figure, keeps
 * its image and caption (a hidden pixel there is none); a box of a name that
 * says chrome ("media") holding only the picture stays when its caption's
 * box follows. */
static void test_noscript_alone(void **state)
{
    (void)state;
    static const expected_figure e[] = {
        {"The ferry leaves at dawn", NULL, "Paragraph two"},
        {"The old pier in the fog", NULL, "Paragraph three"},
        {"The lighthouse on the cape", NULL, "Paragraph four"},
    };
    bt_document *doc = page_of("noscript-alone.html", e, 3);
    for (int i = 0; i < 3; i++)
        assert_non_null(bt_node_figure_src(nth(doc, BT_NODE_FIGURE, i)));
    bt_document_free(doc);
}

/* A lightbox's caption in an attribute of the image or its link
 * (data-caption, data-title; its markup left out) is the figure's when the
 * page shows none; a caption on the page replaces it. */
static void test_attribute_captions(void **state)
{
    (void)state;
    static const expected_figure e[] = {
        {"The ferry leaves at dawn", NULL, "Paragraph two"},
        {"The old pier in the fog", NULL, "Paragraph three"},
        {"The lighthouse on the cape at night", NULL, "Paragraph four"},
    };
    bt_document_free(page_of("data-caption.html", e, 3));
}

/* The element an image's aria-describedby names, right after it, is its
 * caption; another one is not. */
static void test_described_by(void **state)
{
    (void)state;
    static const expected_figure e[] = {
        {"The ferry leaves at dawn", NULL, "Paragraph two"},
        {"", NULL, "The old pier in the fog"},
    };
    bt_document_free(page_of("described.html", e, 2));
}

/* A slideshow: each picture's caption in a box of a chrome name after it
 * ("extra-info"), with a counter, the whole after prev/next links. */
static void test_slideshow_captions(void **state)
{
    (void)state;
    bt_document *doc = page("slideshow-info.html", 0);
    bt_options opt;
    bt_options_init(&opt);
    test_option(&opt, "text:wrap=none");
    char *text = write_doc(doc, "text", &opt, NULL);
    assert_contains(text, "[Image 1: The mayor has lunch with her deputy on the patio of the town "
                          "hall, June 28.]");
    assert_contains(text, "[Image 2: The head of operations sits with the office dog in the "
                          "outer office, June 20.]");
    assert_contains(text, "Another paragraph of the post");
    assert_not_contains(text, "Popular");
    assert_int_equal(paragraphs_with(doc, "The mayor has lunch"), 0);
    free(text);
    bt_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables),
        cmocka_unit_test(test_slideshow_captions),
        cmocka_unit_test(test_marked_siblings),
        cmocka_unit_test(test_credits),
        cmocka_unit_test(test_credit_apart),
        cmocka_unit_test(test_video_footer_copies),
        cmocka_unit_test(test_figcaption_after_figure),
        cmocka_unit_test(test_italic_lines),
        cmocka_unit_test(test_line_after_break),
        cmocka_unit_test(test_figcaption_paragraphs),
        cmocka_unit_test(test_long_description),
        cmocka_unit_test(test_empty_figcaption),
        cmocka_unit_test(test_alt_says_nothing),
        cmocka_unit_test(test_small_print_and_desc),
        cmocka_unit_test(test_noscript_copy),
        cmocka_unit_test(test_hero_caption),
        cmocka_unit_test(test_body_text_stays),
        cmocka_unit_test(test_linked_captions),
        cmocka_unit_test(test_caption_boxes),
        cmocka_unit_test(test_linked_pictures),
        cmocka_unit_test(test_cite_credit), cmocka_unit_test(test_credit_words),
        cmocka_unit_test(test_noscript_alone),
        cmocka_unit_test(test_attribute_captions),
        cmocka_unit_test(test_described_by),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
