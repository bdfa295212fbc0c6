/* The plain-text reader: the convention read back, structure recovered from
 * unmarked text, the seed article in every encoding and shape, bad input. */
#include "util.h"

#include <stdio.h>
#include <string.h>

#include "docdump.h"

static bt_document *read_text(const char *data, size_t size, const char *encoding, bt_error *err)
{
    bt_options opt;
    bt_options_init(&opt);
    opt.input_encoding = encoding;
    bt_input in = {(const unsigned char *)data, size, NULL};
    bt_document *doc = NULL;
    bt_read(NULL, bt_format_by_name(NULL, "text"), &in, &opt, &doc, err);
    return doc;
}

static bt_document *read_string(const char *s)
{
    bt_error *err = bt_error_new();
    bt_document *doc = read_text(s, strlen(s), NULL, err);
    if (!doc)
        fail_msg("%s", bt_error_message(err));
    bt_error_free(err);
    return doc;
}

static void assert_dump(bt_document *doc, const char *expected)
{
    char *d = doc_dump(doc);
    if (strcmp(d, expected))
        print_error("got:\n%s\nexpected:\n%s\n", d, expected);
    assert_string_equal(d, expected);
    free(d);
}

/* The seed as a text browser dumps the page: the dateline's words stay,
 * the caption is a figure, the interface after the byline is dropped with
 * one warning. */
static void test_seed(void **state)
{
    (void)state;
    const seed_article *a = seed();
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    /* the page's interface is not the article's: a change, not a loss */
    assert_int_equal(bt_read_file(NULL, NULL, td("text/article.txt"), NULL, &doc, err), BT_OK);
    assert_int_equal(bt_error_event_count(err), 1);
    assert_int_equal(bt_error_event_effect(err, 0), BT_EVENT_CHANGED);
    assert_int_equal(bt_error_event_kind(err, 0), BT_LOSS_ARTICLE);
    assert_string_equal(bt_error_event_message(err, 0),
                        "dropped 4 lines of the page's interface after the byline: \"Từ khoá\", "
                        "\"Bình luận\", \"Gõ tiếng Việt có dấu, tối thiểu 15 chữ\", \"Thông báo\"");
    bt_error_free(err);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), a->title);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE),
                        "Chủ động, gương mẫu, hoàn thành nhiệm vụ");
    assert_string_equal(bt_document_meta(doc, BT_META_SECTION), "Xây dựng Đảng");
    assert_string_equal(bt_document_meta(doc, BT_META_DATE), "2017-10-09T06:51:00");
    assert_string_equal(bt_document_meta(doc, BT_META_AUTHOR), "Hương Ly");
    assert_int_equal(bt_document_meta_count(doc, BT_META_AUTHOR), 1);
    assert_string_equal(bt_document_meta(doc, BT_META_LANGUAGE), "vi");

    bt_node *n = bt_node_first_child(bt_document_body(doc));
    struct {
        bt_node_type type;
        int level;
        bt_role role;
        const char *text;
    } want[] = {
        {BT_NODE_PARAGRAPH, 0, BT_ROLE_DATELINE, "06:51 Thứ Hai ngày 09/10/2017"},
        {BT_NODE_PARAGRAPH, 0, BT_ROLE_LEAD, a->lead},
        {BT_NODE_FIGURE, 0, BT_ROLE_NONE, a->caption},
        {BT_NODE_HEADING, 2, BT_ROLE_NONE, a->heading[0]},
        {BT_NODE_PARAGRAPH, 0, BT_ROLE_NONE, a->body[0]},
        {BT_NODE_PARAGRAPH, 0, BT_ROLE_NONE, a->body[1]},
        {BT_NODE_PARAGRAPH, 0, BT_ROLE_NONE, a->body[2]},
        {BT_NODE_PARAGRAPH, 0, BT_ROLE_NONE, a->body[3]},
        {BT_NODE_HEADING, 2, BT_ROLE_NONE, a->heading[1]},
        {BT_NODE_PARAGRAPH, 0, BT_ROLE_NONE, a->body[4]},
        {BT_NODE_PARAGRAPH, 0, BT_ROLE_NONE, a->body[5]},
        {BT_NODE_PARAGRAPH, 0, BT_ROLE_NONE, a->body[6]},
        {BT_NODE_PARAGRAPH, 0, BT_ROLE_NONE, a->body[7]},
        {BT_NODE_PARAGRAPH, 0, BT_ROLE_BYLINE, a->author},
    };
    for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++, n = bt_node_next(n)) {
        assert_non_null(n);
        assert_int_equal(bt_node_get_type(n), want[i].type);
        assert_int_equal(bt_node_heading_level(n), want[i].level);
        assert_int_equal(bt_node_role(n), want[i].role);
        assert_string_equal(bt_node_text(doc, n), want[i].text);
        if (want[i].type == BT_NODE_FIGURE) {
            assert_int_equal(bt_node_figure_resource(n), -1);
            assert_null(bt_node_figure_src(n));
            assert_string_equal(bt_node_text(doc, bt_node_figure_caption(n)), a->caption);
            assert_null(bt_node_figure_credit(n));
        }
    }
    assert_null(n);
    assert_string_equal(a->heading[0], "Rõ trọng tâm, trọng điểm");
    assert_string_equal(a->heading[1], "Triển khai toàn diện nhiệm vụ chính trị");
    bt_document_free(doc);
}

/* The seed hard-wrapped, without blank lines, in CRLF, UTF-16, Windows-1258 and NFD: the same
 * document as the plain UTF-8 one. */
static void test_seed_variants(void **state)
{
    (void)state;
    bt_document *ref = read_doc(td("text/article.txt"), "text", NULL);
    char *want = doc_dump(ref);
    const char *variants[] = {
        "text/article-wrap60.txt",  "text/article-noblank.txt", "text/article-crlf.txt",
        "text/article-utf16le.txt", "text/article-utf16be.txt", "text/article-cp1258.txt",
        "text/article-nfd.txt",
    };
    for (size_t i = 0; i < sizeof(variants) / sizeof(variants[0]); i++) {
        bt_document *doc = read_doc(td(variants[i]), "text", NULL);
        char *got = doc_dump(doc);
        if (strcmp(got, want))
            print_error("%s:\n%s\n", variants[i], got);
        assert_string_equal(got, want);
        free(got);
        bt_document_free(doc);
    }
    free(want);
    bt_document_free(ref);
}

/* s with every curly double quote made straight, in place. */
static void straighten(char *s)
{
    char *o = s;
    for (const char *p = s; *p;) {
        if (!strncmp(p, "“", 3) || !strncmp(p, "”", 3)) {
            *o++ = '"';
            p += 3;
        } else {
            *o++ = *p++;
        }
    }
    *o = '\0';
}

/* VISCII and TCVN3 have no curly quotes: their seed has straight ones. */
static void test_seed_legacy(void **state)
{
    (void)state;
    bt_document *ref = read_doc(td("text/article.txt"), "text", NULL);
    char *want = doc_dump(ref);
    straighten(want);
    const char *variants[] = {"text/article-viscii.txt", "text/article-tcvn3.txt"};
    for (size_t i = 0; i < sizeof(variants) / sizeof(variants[0]); i++) {
        bt_document *doc = read_doc(td(variants[i]), "text", NULL);
        char *got = doc_dump(doc);
        assert_string_equal(got, want);
        free(got);
        bt_document_free(doc);
    }
    free(want);
    bt_document_free(ref);
}

static const char all_blocks[] =
    "title: Mọi loại khối trong một bài\n"
    "author: Hương Ly\n"
    "date: 2017-10-09T06:51:00\n"
    "language: vi\n"
    "section: Thời sự\n"
    "paragraph lead: (HNM) - Đoạn mở đầu của bài báo, đủ dài để được ngắt thành nhiều dòng "
    "ở 72 cột theo quy ước văn bản thuần của bantin, giai đoạn 2015-2020.\n"
    "figure -1\n"
    "  caption: Một hội nghị quán triệt, tập huấn Điều lệ Đảng\n"
    "  credit label=Ảnh apart=[ — |]: Viết Thành\n"
    "heading 2: Đề mục cấp một\n"
    "paragraph: Đoạn văn thường với một đường dẫn và chữ nhấn mạnh chỉ còn lại chữ, kinh "
    "tế - xã hội trên địa bàn Thủ đô.\n"
    "heading 3: Đề mục cấp hai\n"
    "heading 4: Đề mục cấp ba\n"
    "heading 5: Đề mục cấp bốn\n"
    "list bullets\n"
    "  item\n"
    "    paragraph: Mục một\n"
    "  item\n"
    "    paragraph: Mục hai, dài hơn, có dòng tiếp theo được thụt lề thẳng dưới chữ của "
    "mục, như người viết quy ước mong đợi\n"
    "    list bullets\n"
    "      item\n"
    "        paragraph: Mục con thứ nhất\n"
    "      item\n"
    "        paragraph: Mục con thứ hai\n"
    "  item\n"
    "    paragraph: Mục ba\n"
    "list ordered 3\n"
    "  item\n"
    "    paragraph: Thứ ba\n"
    "  item\n"
    "    paragraph: Thứ tư\n"
    "quote\n"
    "  paragraph: Lời trích dẫn của một đồng chí lãnh đạo, cũng được ngắt dòng ở 72 cột "
    "và mỗi dòng mở đầu bằng dấu lớn hơn.\n"
    "pre int main(void)\\n{\\n        return 0;\\n}\n"
    "rule\n"
    "table\n"
    "  row\n"
    "    cell: Chỉ tiêu\n"
    "    cell: Năm 2016\n"
    "    cell: Năm 2017\n"
    "  row\n"
    "    cell: Đảng viên\n"
    "    cell: 6.800\n"
    "    cell: 7.000\n"
    "figure -1\n"
    "  caption: Biểu đồ không ghi nguồn\n"
    "paragraph byline: Hương Ly\n";

static void test_all_blocks(void **state)
{
    (void)state;
    bt_document *doc = read_doc(td("text/all-blocks.txt"), "text", NULL);
    assert_dump(doc, all_blocks);
    bt_document_free(doc);
}

/* Right-aligned numbers, items with several paragraphs, a quote in a
 * quote, a list in a quote. */
static void test_containers(void **state)
{
    (void)state;
    bt_document *doc = read_string(" 9. Chín\n10. Mười, với đoạn\n\n    thứ hai\n\n"
                                   "> > Trích trong trích\n>\n> - mục\n");
    assert_dump(doc, "language: vi\n"
                     "list ordered 9\n"
                     "  item\n"
                     "    paragraph: Chín\n"
                     "  item\n"
                     "    paragraph: Mười, với đoạn\n"
                     "    paragraph: thứ hai\n"
                     "quote\n"
                     "  quote\n"
                     "    paragraph: Trích trong trích\n"
                     "  list bullets\n"
                     "    item\n"
                     "      paragraph: mục\n");
    bt_document_free(doc);
}

/* "[Image: ...]" in English; a caption holding a dash but no credit; a
 * figure label fixes the language an unmarked text does not tell. */
static void test_figures(void **state)
{
    (void)state;
    bt_document *doc = read_string("Results\n=======\n\n[Image: A chart — Photo: AP]\n\n"
                                   "[Image: Hà Nội—Huế]\n\n[Ảnh: Pho]\n\nSome text.\n");
    assert_dump(doc, "title: Results\n"
                     "language: vi\n"
                     "figure -1\n"
                     "  caption: A chart\n"
                     "  credit label=Photo apart=[ — |]: AP\n"
                     "figure -1\n"
                     "  caption: Hà Nội—Huế\n"
                     "figure -1\n"
                     "  caption: Pho\n"
                     "paragraph: Some text.\n");
    bt_document_free(doc);
    doc = read_string("Results\n=======\n\n[Image: A chart]\n\nSome text.\n");
    assert_null(bt_document_meta(doc, BT_META_LANGUAGE));
    bt_document_free(doc);
}

/* The number the writers put after the label ("[Ảnh 1: ...]", "[Image 2:
 * ...]") is theirs, not the caption's: old and new forms read the same; a
 * credit alone and the label alone are figures too; what only looks like a
 * label stays a paragraph. */
static void test_numbered_figures(void **state)
{
    (void)state;
    static const char *const same[][2] = {
        {"[Ảnh: Cầu Long Biên — Ảnh: Hương Ly]", "[Ảnh 1: Cầu Long Biên — Ảnh: Hương Ly]"},
        {"[Image: A bridge]", "[Image 12: A bridge]"},
    };
    for (size_t i = 0; i < 2; i++) {
        char text[2][200];
        for (size_t k = 0; k < 2; k++)
            snprintf(text[k], sizeof(text[k]), "Tin\n===\n\n%s\n\nĐoạn văn.\n", same[i][k]);
        bt_document *old = read_string(text[0]), *new = read_string(text[1]);
        char *a = doc_dump(old), *b = doc_dump(new);
        assert_string_equal(a, b);
        assert_contains(a, i ? "  caption: A bridge\n" : "  caption: Cầu Long Biên\n");
        free(a);
        free(b);
        bt_document_free(old);
        bt_document_free(new);
    }
    bt_document *doc = read_string("Tin\n===\n\n[Ảnh 3 — Ảnh: Minh An]\n\n[Ảnh]\n\n"
                                   "[Image 4: Wrapped over\ntwo lines]\n\n[Ảnh1: a]\n\n"
                                   "[Ảnh 5 b]\n\n[Images: c]\n\n[Hình 6: d]\n");
    assert_dump(doc, "title: Tin\n"
                     "language: vi\n"
                     "figure -1\n"
                     "  credit label=Ảnh apart=[ — |]: Minh An\n"
                     "figure -1\n"
                     "figure -1\n"
                     "  caption: Wrapped over two lines\n"
                     "paragraph: [Ảnh1: a]\n"
                     "paragraph: [Ảnh 5 b]\n"
                     "paragraph: [Images: c]\n"
                     "paragraph: [Hình 6: d]\n");
    bt_document_free(doc);
}

/* Wrapped lines join with one space, or none after a hyphen attached to a
 * word; unwrapped long lines stay one paragraph each. */
static void test_paragraphs(void **state)
{
    (void)state;
    bt_document *doc = read_string("Dòng một của đoạn văn được ngắt\n"
                                   "ở ba mươi cột, giai đoạn 2015-\n"
                                   "2020, và phát triển kinh tế -\n"
                                   "xã hội trên địa bàn.\n");
    assert_dump(doc, "language: vi\n"
                     "paragraph: Dòng một của đoạn văn được ngắt ở ba mươi cột, giai đoạn "
                     "2015-2020, và phát triển kinh tế - xã hội trên địa bàn.\n");
    bt_document_free(doc);
    char long1[400], long2[400];
    memset(long1, 0, sizeof(long1));
    for (int i = 0; i < 30; i++)
        strcat(long1, "word word ");
    strcpy(long2, long1);
    strcat(long1, "one.");
    strcat(long2, "two.");
    char text[1000];
    snprintf(text, sizeof(text), "%s\n%s\n", long1, long2);
    doc = read_string(text);
    bt_node *p = bt_node_first_child(bt_document_body(doc));
    assert_string_equal(bt_node_text(doc, p), long1);
    assert_string_equal(bt_node_text(doc, bt_node_next(p)), long2);
    assert_null(bt_node_next(bt_node_next(p)));
    bt_document_free(doc);
}

/* Tabs, form feeds, CR line ends, trailing spaces, zero-width spaces, BOMs
 * and soft hyphens; NBSP stays. */
static void test_whitespace(void **state)
{
    (void)state;
    bt_document *doc = read_string("\xEF\xBB\xBFMột\tdòng  \rhai\xC2\xA0"
                                   "ch\xE2\x80\x8Bữ\xC2\xADs\xEF\xBB\xBF\r\n\fđoạn\x01 mới\n");
    assert_dump(doc, "language: vi\n"
                     "paragraph: Một dòng hai\xC2\xA0"
                     "chữs\n"
                     "paragraph: đoạn mới\n");
    bt_document_free(doc);
    /* control characters are dropped with a warning */
    bt_error *err = bt_error_new();
    doc = read_text("a\x01"
                    "b\x7F\xC2\x85",
                    6, NULL, err);
    assert_string_equal(bt_node_text(doc, bt_node_first_child(bt_document_body(doc))), "ab");
    assert_int_equal(bt_error_event_count(err), 1);
    assert_string_equal(bt_error_event_message(err, 0), "dropped 3 control characters");
    bt_error_free(err);
    bt_document_free(doc);
    /* a tab indents preformatted text to column 8 */
    doc = read_string("Tiêu đề\n=======\n\n\tcode\n");
    assert_dump(doc, "title: Tiêu đề\nlanguage: vi\npre     code\n");
    bt_document_free(doc);
}

static void test_dates(void **state)
{
    (void)state;
    struct {
        const char *line, *date;
    } cases[] = {
        {"Thời sự | 06:51 Thứ Hai ngày 09/10/2017", "2017-10-09T06:51:00"},
        {"Thời sự | 09/10/2017 06:51", "2017-10-09T06:51:00"},
        {"Thời sự | 06:51 09/10/2017", "2017-10-09T06:51:00"},
        {"Thời sự | Chủ nhật, 8/10/2017, 14:05 (GMT+7)", "2017-10-08T14:05:00+07:00"},
        {"Thời sự | ngày 9 tháng 10 năm 2017", "2017-10-09"},
        {"Thời sự - Thứ Hai, 09/10/2017", "2017-10-09"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char text[512];
        snprintf(text, sizeof(text), "Tiêu đề bài báo\n\n%s\n\nĐoạn văn đầu tiên.\n",
                 cases[i].line);
        bt_document *doc = read_string(text);
        assert_string_equal(bt_document_meta(doc, BT_META_TITLE), "Tiêu đề bài báo");
        assert_string_equal(bt_document_meta(doc, BT_META_SECTION), "Thời sự");
        assert_string_equal(bt_document_meta(doc, BT_META_DATE), cases[i].date);
        bt_document_free(doc);
    }
    /* a lead right under the title's underline is no dateline */
    bt_document *lead = read_string("Tiêu đề\n=======\n(HNM) - Đoạn mở đầu.\n");
    assert_null(bt_document_meta(lead, BT_META_SECTION));
    assert_int_equal(bt_node_role(bt_node_first_child(bt_document_body(lead))), BT_ROLE_LEAD);
    bt_document_free(lead);
    /* a section alone right under it is one */
    lead = read_string("Tiêu đề\n=======\nThời sự\n\nĐoạn mở đầu.\n");
    assert_string_equal(bt_document_meta(lead, BT_META_SECTION), "Thời sự");
    assert_null(bt_document_meta(lead, BT_META_DATE));
    bt_document_free(lead);
    /* a dateline of a date alone */
    bt_document *doc = read_string("Tiêu đề bài báo\n09/10/2017 06:51\n\nĐoạn văn đầu tiên.\n");
    assert_string_equal(bt_document_meta(doc, BT_META_DATE), "2017-10-09T06:51:00");
    assert_null(bt_document_meta(doc, BT_META_SECTION));
    bt_document_free(doc);
}

static void test_unmarked_structure(void **state)
{
    (void)state;
    /* no title when the first line runs on into a paragraph; no heading
     * at the end; an English text gets no language */
    bt_document *doc = read_string("First line of a paragraph\nthat goes on.\n\n"
                                   "A short line\n\nThe end.\n\nNot a heading\n");
    assert_dump(doc, "paragraph: First line of a paragraph that goes on.\n"
                     "heading 2: A short line\n"
                     "paragraph: The end.\n"
                     "paragraph: Not a heading\n");
    bt_document_free(doc);
}

/* The notes after "---" (testdata/text/notes.txt): a note of two
 * paragraphs, a long label indented as wide as it shows, marks in a
 * caption and in a note; "[sic]" and a label-like figure stay text, and the
 * byline before the notes is found. */
static void test_notes(void **state)
{
    (void)state;
    bt_document *doc = read_doc(td("text/notes.txt"), "text", NULL);
    assert_dump(doc,
                "title: Tiêu đề\n"
                "author: Hương Ly\n"
                "language: vi\n"
                "paragraph lead: Đoạn một có chú thích và [sic] cùng [Ảnh: không phải] và một chú "
                "thích dài. {note-ref 1 -> 1} {note-ref ghi chú dài -> ghi chú dài}\n"
                "figure -1\n"
                "  caption: Chú thích ảnh {note-ref 2 -> 2}\n"
                "  credit label=Ảnh apart=[ — |]: Minh An\n"
                "paragraph byline: Hương Ly\n"
                "note label=1\n"
                "  paragraph: Chú thích một, đủ dài để được ngắt thành nhiều dòng ở bảy mươi "
                "hai cột theo quy ước.\n"
                "  paragraph: Đoạn thứ hai của chú thích một.\n"
                "note label=2\n"
                "  paragraph: Chú thích hai. {note-ref 1 -> 1}\n"
                "note label=ghi chú dài\n"
                "  paragraph: Chú thích có nhãn dài, các dòng sau thụt lề theo độ rộng của "
                "nhãn.\n");
    /* the marks are where the text had them */
    bt_node *p = bt_node_first_child(bt_document_body(doc));
    bt_node *t = bt_node_first_child(p), *ref = bt_node_next(t);
    assert_string_equal(bt_node_literal(t), "Đoạn một có chú thích");
    assert_int_equal(bt_node_get_type(ref), BT_NODE_NOTE_REF);
    assert_string_equal(bt_node_literal(bt_node_next(ref)),
                        " và [sic] cùng [Ảnh: không phải] và một chú thích dài");
    assert_ptr_equal(bt_node_note(ref), bt_node_next(bt_node_next(bt_node_next(p))));
    bt_document_free(doc);
}

/* What is not the convention stays what it was: a mark without notes, a
 * "---" before lines that are not all notes, notes no mark leads to, a
 * "---" that underlines, labels wider than the writer writes. */
static void test_notes_conservative(void **state)
{
    (void)state;
    static const struct {
        const char *text, *dump;
    } cases[] = {
        {"Title\n=====\n\nA mark[1] and no notes.\n",
         "title: Title\nparagraph: A mark[1] and no notes.\n"},
        {"Title\n=====\n\nA mark[1].\n\n---\n\n[1] A note.\n\nNot a note.\n",
         "title: Title\nparagraph: A mark[1].\nrule\nparagraph: [1] A note.\n"
         "paragraph: Not a note.\n"},
        {"Title\n=====\n\nNo mark.\n\n---\n\n[1] A list of sources.\n",
         "title: Title\nparagraph: No mark.\nrule\nparagraph: [1] A list of sources.\n"},
        {"Title\n=====\n\nA mark[1].\n---\n\n[1] A note.\n",
         "title: Title\nparagraph: A mark[1].\nrule\nparagraph: [1] A note.\n"},
        {"Title\n=====\n\nA mark[1].\n\n---\n\n[1]A note.\n",
         "title: Title\nparagraph: A mark[1].\nrule\nparagraph: [1]A note.\n"},
        {"Title\n=====\n\nMark[123456789012345678901234567890123].\n\n---\n\n"
         "[123456789012345678901234567890123] A note.\n",
         "title: Title\nparagraph: Mark[123456789012345678901234567890123].\nrule\n"
         "paragraph: [123456789012345678901234567890123] A note.\n"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        bt_document *doc = read_string(cases[i].text);
        assert_dump(doc, cases[i].dump);
        bt_document_free(doc);
    }
}

/* Unmarked text in the same convention: its notes are read too; a "---"
 * before the last one is a rule. */
static void test_notes_unmarked(void **state)
{
    (void)state;
    bt_document *doc = read_string("First paragraph, with a mark[a].\n\n---\n\n"
                                   "Second paragraph.[*]\n\n---\n\n[*] The star's note,\n"
                                   "  wrapped.\n[a] A note.\n");
    assert_dump(doc, "paragraph: First paragraph, with a mark. {note-ref a -> a}\n"
                     "rule\n"
                     "paragraph: Second paragraph. {note-ref * -> *}\n"
                     "note label=*\n"
                     "  paragraph: The star's note, wrapped.\n"
                     "note label=a\n"
                     "  paragraph: A note.\n");
    bt_document_free(doc);
}

/* Scraped texts of other shapes: the document they give, the warnings
 * read, and the same document again from the text bantin writes of it
 * (the convention's text grows no figure or byline of its own). */
static void check_scraped(const char *name, const char *expected, size_t warnings)
{
    bt_error *err = bt_error_new();
    bt_document *doc = NULL;
    bt_status s = bt_read_file(NULL, bt_format_by_name(NULL, "text"), td(name), NULL, &doc, err);
    assert_int_equal(s, BT_OK);
    assert_int_equal(bt_error_event_count(err), warnings);
    bt_error_free(err);
    assert_dump(doc, expected);
    size_t size;
    char *text = write_doc(doc, "text", NULL, &size);
    bt_document *again = read_text(text, size, NULL, NULL);
    assert_dump(again, expected);
    free(text);
    bt_document_free(again);
    bt_document_free(doc);
}

/* Two captions: one sentence between the lead and the first heading, and
 * one closed by a photo credit; a short sentence between paragraphs stays
 * one; "Theo ..." is the byline, the tags and links after it go. */
static void test_scraped_captions(void **state)
{
    (void)state;
    check_scraped("text/scraped-vi-captions.txt",
                  "title: Khánh thành cầu mới bắc qua sông Hồng\n"
                  "author: TTXVN\n"
                  "date: 2017-10-08T14:05:00+07:00\n"
                  "language: vi\n"
                  "section: Thời sự\n"
                  "paragraph dateline: Chủ nhật, 8/10/2017, 14:05 (GMT+7)\n"
                  "paragraph lead: Sáng nay, cây cầu thứ sáu bắc qua sông Hồng trên địa bàn Thủ đô "
                  "đã chính thức thông xe sau ba năm thi công, rút ngắn thời gian đi lại giữa hai "
                  "bờ cho hàng chục nghìn người dân mỗi ngày.\n"
                  "figure -1\n"
                  "  caption: Các đại biểu cắt băng khánh thành cầu tại đầu cầu phía Bắc.\n"
                  "heading 2: Ba năm thi công\n"
                  "paragraph: Công trình được khởi công vào mùa thu năm 2014 với tổng mức đầu tư "
                  "gần 8.000 tỷ đồng. Trong suốt quá trình thi công, nhà thầu đã huy động hơn một "
                  "nghìn kỹ sư và công nhân làm việc liên tục cả ngày lẫn đêm.\n"
                  "paragraph: Việc thi công không ảnh hưởng đến giao thông đường thủy.\n"
                  "figure -1\n"
                  "  caption: Đoàn xe đầu tiên đi qua cầu sau lễ thông xe\n"
                  "  credit label=Ảnh apart=[ (|)]: Minh Anh\n"
                  "paragraph: Theo Ban quản lý dự án, cầu dài hơn 3 km, rộng sáu làn xe, có thiết "
                  "kế chịu được động đất cấp 7. Hai đầu cầu được nối với các tuyến đường vành đai, "
                  "giúp giảm tải cho các cây cầu hiện có.\n"
                  "paragraph byline: Theo TTXVN\n",
                  1);
}

/* A paragraph a line: a credited caption in English, short paragraphs kept,
 * "By ..." names the author. */
static void test_scraped_english(void **state)
{
    (void)state;
    check_scraped(
        "text/scraped-en-plain.txt",
        "title: City council approves new budget\n"
        "author: Jane Doe\n"
        "paragraph: The city council voted on Monday to approve a budget that raises spending on "
        "schools and public transport by a tenth, after a debate that lasted well into the night.\n"
        "paragraph: The vote was eight to three.\n"
        "paragraph: Supporters said the plan would repair roads that have been neglected for a "
        "decade, while opponents warned that it would leave the city with little in reserve if tax "
        "revenue fell.\n"
        "figure -1\n"
        "  caption: Council members at the vote on Monday.\n"
        "  credit label=Photograph apart=[ |]: John Smith/City Press\n"
        "paragraph: The mayor is expected to sign the budget next week.\n"
        "paragraph byline: By Jane Doe\n",
        1);
}

/* Without a byline, lines that read like a page's interface are the
 * article's: kept, and none is taken for an author. */
static void test_scraped_interface_kept(void **state)
{
    (void)state;
    check_scraped(
        "text/scraped-en-interface.txt",
        "title: How to design a comment section\n"
        "paragraph: Most news sites end their articles with the same few buttons, and readers have "
        "learned to skip them. This guide looks at which labels readers actually use.\n"
        "heading 2: What readers click\n"
        "paragraph: In our study, readers clicked the share button far more often than the comment "
        "link, and almost never used the print button. The labels were shown in this order, as "
        "plain words under the article.\n"
        "paragraph: Share Comments Print\n",
        0);
    check_scraped(
        "text/scraped-vi-short-end.txt",
        "title: Hội nghị tổng kết công tác năm 2017\n"
        "language: vi\n"
        "paragraph lead: (TTXVN) - Sáng 9/10, tại Hà Nội, Bộ Kế hoạch và Đầu tư tổ chức hội nghị "
        "tổng kết công tác năm 2017 và triển khai nhiệm vụ năm 2018.\n"
        "paragraph: Dự hội nghị có đại diện lãnh đạo các bộ, ngành và địa phương.\n"
        "paragraph: Phát biểu tại hội nghị, Bộ trưởng nhấn mạnh năm 2017 là năm có nhiều khó khăn "
        "nhưng ngành đã hoàn thành các chỉ tiêu chủ yếu, tạo đà cho những năm tiếp theo.\n"
        "figure -1\n"
        "  caption: Quang cảnh hội nghị.\n"
        "  credit label=Ảnh apart=[ |]: Văn Điệp\n"
        "paragraph: Hội nghị kết thúc vào buổi chiều cùng ngày. Các đơn vị sẽ báo cáo kết quả "
        "trước ngày 15/12.\n"
        "paragraph: Còn tiếp\n"
        "paragraph: Bình luận\n",
        0);
}

/* Where the rules hold back: the convention marks its own figures and ends
 * where its writer ended; a sentence that introduces is no caption; an
 * interface label is no author; an ISO date has no other words to keep. */
static void test_scraped_limits(void **state)
{
    (void)state;
    bt_document *doc =
        read_string("Tiêu đề\n=======\n\n(HNM) - Đoạn mở đầu dài, hai câu. Câu hai.\n\n"
                    "Một câu ngắn giữa đoạn mở đầu và đề mục.\n\nĐề mục\n------\n\n"
                    "Quang cảnh hội nghị (Ảnh: Văn Điệp)\n\nHương Ly\n\nShare\n");
    assert_dump(doc, "title: Tiêu đề\n"
                     "language: vi\n"
                     "paragraph lead: (HNM) - Đoạn mở đầu dài, hai câu. Câu hai.\n"
                     "paragraph: Một câu ngắn giữa đoạn mở đầu và đề mục.\n"
                     "heading 2: Đề mục\n"
                     "paragraph: Quang cảnh hội nghị (Ảnh: Văn Điệp)\n"
                     "paragraph: Hương Ly\n"
                     "paragraph: Share\n");
    bt_document_free(doc);
    doc = read_string("A title\n\n2017-10-09\n\nThe minister said: (Photo: AP).\n\n"
                      "The talks went on. Photos were taken.\n\nShare\n");
    assert_dump(doc, "title: A title\n"
                     "date: 2017-10-09\n"
                     "paragraph: The minister said: (Photo: AP).\n"
                     "paragraph: The talks went on. Photos were taken.\n"
                     "paragraph: Share\n");
    bt_document_free(doc);
}

static bt_error *read_fails(const char *data, size_t size, const char *encoding)
{
    bt_error *err = bt_error_new();
    bt_document *doc = read_text(data, size, encoding, err);
    assert_null(doc);
    assert_int_equal(bt_error_code_of(err), BT_ERR_ENCODING);
    return err;
}

static void test_bad_input(void **state)
{
    (void)state;
    bt_error *err = read_fails("\xFF\xFE"
                               "a\0b\0c",
                               7, NULL);
    assert_string_equal(bt_error_message(err), "truncated UTF-16 at byte 6");
    bt_error_free(err);

    const char mid[] = "Việt Nam đất nước con người, \xFF và những dòng sông.";
    err = read_fails(mid, sizeof(mid) - 1, NULL);
    assert_string_equal(bt_error_message(err), "invalid UTF-8 at byte 40");
    bt_error_free(err);

    err = read_fails("text\0more", 9, NULL);
    assert_string_equal(bt_error_message(err), "binary data (NUL byte at offset 4), not text");
    bt_error_free(err);

    /* forced: the same bytes read as Windows-1258 */
    err = bt_error_new();
    bt_document *doc = read_text("Gi\xE1 \xFF", 5, "windows-1258", err);
    if (!doc)
        fail_msg("%s", bt_error_message(err));
    assert_string_equal(bt_node_text(doc, bt_node_first_child(bt_document_body(doc))), "Giá ÿ");
    bt_document_free(doc);
    bt_error_free(err);
}

/* The command names the file and the offset; --input-encoding gets past it. */
static void test_cli(void **state)
{
    (void)state;
    char path[512], out[512];
    snprintf(path, sizeof(path), "%s/bad.txt", tmpdir());
    snprintf(out, sizeof(out), "%s/bad.html", tmpdir());
    spit(path, "Gi\xE1 c\xE1\xC0 \xE9", 7);
    run_result r = run_bantin(NULL, "-t", "html", "-o", out, path, NULL);
    assert_int_equal(r.status, 1);
    assert_contains(r.err, "bad.txt: invalid UTF-8 at byte 2");
    run_free(&r);
    r = run_bantin(NULL, "--input-encoding=windows-1258", "-t", "html", "-o", out, path, NULL);
    /* read; what the HTML writer says is not the reader's business */
    assert_not_contains(r.err, "invalid");
    assert_not_contains(r.err, "cannot read");
    run_free(&r);
}

/* Seconds to read one line of size bytes, asserting it is one paragraph. */
/* A 10 MB line reads into one paragraph, whole.  (How its time grows is
 * measured by bench/run, not asserted here: timing belongs to benchmarks.) */
static void test_long_line(void **state)
{
    (void)state;
    static const char word[] = "Đảng viên ";
    size_t size = 10u * 1024u * 1024u;
    size -= size % (sizeof(word) - 1);
    char *big = malloc(size + 1);
    for (size_t i = 0; i < size; i++)
        big[i] = word[i % (sizeof(word) - 1)];
    big[size] = '\0';
    bt_document *doc = read_text(big, size, NULL, NULL);
    assert_non_null(doc);
    bt_node *p = bt_node_first_child(bt_document_body(doc));
    assert_int_equal(bt_node_get_type(p), BT_NODE_PARAGRAPH);
    assert_null(bt_node_next(p));
    assert_int_equal(strlen(bt_node_text(doc, p)), size - 1);
    bt_document_free(doc);
    free(big);
}

static void test_probe(void **state)
{
    (void)state;
    const bt_format *text = bt_format_by_name(NULL, "text");
    assert_int_equal(text->probe((const unsigned char *)"plain", 5), 1);
    assert_int_equal(text->probe((const unsigned char *)"\xFF\xFEp\0", 4), 1);
    assert_int_equal(text->probe((const unsigned char *)"PK\3\4\0\0", 6), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed),
        cmocka_unit_test(test_seed_variants),
        cmocka_unit_test(test_seed_legacy),
        cmocka_unit_test(test_all_blocks),
        cmocka_unit_test(test_containers),
        cmocka_unit_test(test_figures),
        cmocka_unit_test(test_numbered_figures),
        cmocka_unit_test(test_paragraphs),
        cmocka_unit_test(test_whitespace),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_unmarked_structure),
        cmocka_unit_test(test_notes),
        cmocka_unit_test(test_notes_conservative),
        cmocka_unit_test(test_notes_unmarked),
        cmocka_unit_test(test_scraped_captions),
        cmocka_unit_test(test_scraped_english),
        cmocka_unit_test(test_scraped_interface_kept),
        cmocka_unit_test(test_scraped_limits),
        cmocka_unit_test(test_bad_input),
        cmocka_unit_test(test_cli),
        cmocka_unit_test(test_long_line),
        cmocka_unit_test(test_probe),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
