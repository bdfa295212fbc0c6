/* Our ODT in the hands of real clients: LibreOffice converts it to text,
 * HTML and PDF, pandoc reads it.  Skipped when a program is missing, except
 * under CI=true where that is a failure. */
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char odt[512], profile[512];

static int have(const char *program)
{
    char cmd[256];
    snprintf(cmd, sizeof(cmd), "command -v %s >/dev/null 2>&1", program);
    return system(cmd) == 0;
}

static void need(const char *program)
{
    if (have(program))
        return;
    const char *ci = getenv("CI");
    if (ci && !strcmp(ci, "true"))
        fail_msg("%s is not installed", program);
    print_message("skipped: %s is not installed\n", program);
    skip();
}

static int setup(void **state)
{
    (void)state;
    /* html -> odt on the article page itself */
    bt_document *doc = read_doc(td("hanoimoi-2017-10-09.html"), "html", NULL);
    snprintf(odt, sizeof(odt), "%s/seed.odt", tmpdir());
    snprintf(profile, sizeof(profile), "%s/lo-profile", tmpdir());
    bt_error *err = bt_error_new();
    bt_status s = bt_write_file(bt_format_by_name(NULL, "odt"), doc, odt, NULL, err);
    bt_error_free(err);
    bt_document_free(doc);
    return s == BT_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[600];
    snprintf(cmd, sizeof(cmd), "rm -rf %s", profile);
    return system(cmd) == 0 ? 0 : -1;
}

/* Convert an ODT of ours, NAME.odt in tmpdir(), with soffice (a private
 * profile, so parallel runs do not clash) into dir, and return the path of
 * the result. */
static const char *convert_file(const char *name, const char *filter, const char *ext,
                                const char *dir)
{
    need("soffice");
    static char out[700];
    char cmd[2048];
    snprintf(cmd, sizeof(cmd),
             "timeout 120 soffice -env:UserInstallation=file://%s --headless --convert-to %s "
             "--outdir %s %s/%s.odt >/dev/null 2>&1",
             profile, filter, dir, tmpdir(), name);
    if (system(cmd) != 0)
        fail_msg("soffice --convert-to %s failed", filter);
    snprintf(out, sizeof(out), "%s/%s.%s", dir, name, ext);
    return out;
}

static const char *convert(const char *filter, const char *ext, const char *dir)
{
    return convert_file("seed", filter, ext, dir);
}

/* The converted file's content, malloc'd. */
static char *soffice(const char *filter, const char *ext)
{
    const char *out = convert(filter, ext, tmpdir());
    char *text = slurp(out, NULL);
    if (!text)
        fail_msg("soffice wrote no %s", out);
    return text;
}

static void assert_article_text(const char *text)
{
    const seed_article *a = seed();
    char *flat = squeeze(text);
    const char *parts[] = {a->title, a->lead, a->heading[0], a->heading[1], a->author};
    for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
        assert_contains(flat, parts[i]);
    for (int i = 0; i < 8; i++)
        assert_contains(flat, a->body[i]);
    assert_not_contains(flat, "Bình luận");
    free(flat);
}

static void test_soffice_text(void **state)
{
    (void)state;
    char *text = soffice("txt:Text", "txt");
    /* LibreOffice's Text filter leaves out what is in frames, its own
     * captions included: the caption is checked in the PDF */
    assert_article_text(text);
    free(text);
}

static void test_soffice_html(void **state)
{
    (void)state;
    char *html = soffice("html", "html");
    const seed_article *a = seed();
    for (int h = 0; h < 2; h++) {
        const char *at = strstr(html, a->heading[h]);
        assert_non_null(at);
        const char *open = at;
        while (open > html && strncmp(open, "<h", 2) && strncmp(open, "<p", 2))
            open--;
        if (strncmp(open, "<h2", 3))
            fail_msg("heading '%s' is not an <h2> in LibreOffice's HTML", a->heading[h]);
    }
    free(html);
}

/* The text of NAME.pdf in tmpdir(), white space squeezed, malloc'd. */
static char *pdf_text(const char *name)
{
    need("pdftotext");
    char cmd[1400], txt[600];
    snprintf(txt, sizeof(txt), "%s/%s-pdf.txt", tmpdir(), name);
    snprintf(cmd, sizeof(cmd), "timeout 60 pdftotext -enc UTF-8 %s/%s.pdf %s", tmpdir(), name, txt);
    assert_int_equal(system(cmd), 0);
    char *text = slurp(txt, NULL);
    assert_non_null(text);
    char *flat = squeeze(text);
    free(text);
    return flat;
}

static void test_soffice_pdf(void **state)
{
    (void)state;
    need("pdftotext");
    free(soffice("pdf", "pdf"));
    /* pdftotext loses a hyphen at the end of a line: not every paragraph
     * comes out letter for letter, but the title and the caption do */
    char *flat = pdf_text("seed"), caption[1024];
    assert_contains(flat, seed()->title);
    snprintf(caption, sizeof(caption), "Ảnh 1: %s", seed()->caption);
    assert_contains(flat, caption);
    free(flat);
}

/* What LibreOffice saves of our document reads back to the same article:
 * its styles, outline levels and caption frame survive a round in it. */
static void test_soffice_resave(void **state)
{
    (void)state;
    char dir[600];
    snprintf(dir, sizeof(dir), "%s/resaved", tmpdir());
    const char *path = convert("odt", "odt", dir);
    bt_document *doc = read_doc(path, "odt", NULL);
    const seed_article *a = seed();
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), a->title);
    assert_string_equal(bt_document_meta(doc, BT_META_AUTHOR), a->author);
    assert_string_equal(bt_document_meta(doc, BT_META_SECTION), "Xây dựng Đảng");
    /* the date in the page's words, from the head's dateline */
    bt_node *n = bt_node_first_child(bt_document_body(doc));
    assert_int_equal(bt_node_role(n), BT_ROLE_DATELINE);
    assert_string_equal(bt_node_text(doc, n), "06:51 Thứ Hai ngày 09/10/2017");
    n = bt_node_next(n);
    assert_int_equal(bt_node_role(n), BT_ROLE_LEAD);
    assert_string_equal(bt_node_text(doc, n), a->lead);
    n = bt_node_next(n);
    assert_int_equal(bt_node_get_type(n), BT_NODE_FIGURE);
    assert_string_equal(bt_node_text(doc, bt_node_figure_caption(n)), a->caption);
    assert_int_equal(bt_resource_width(doc, bt_node_figure_resource(n)), 640);
    n = bt_node_next(n);
    assert_int_equal(bt_node_heading_level(n), 2);
    assert_string_equal(bt_node_text(doc, n), a->heading[0]);
    bt_node *last = bt_node_last_child(bt_document_body(doc));
    assert_int_equal(bt_node_role(last), BT_ROLE_BYLINE);
    bt_document_free(doc);
}

/* An ODT written by LibreOffice itself from the article page: bantin reads
 * its title, both headings at level 2 and every paragraph. */
static void test_soffice_wrote_it(void **state)
{
    (void)state;
    need("soffice");
    char dir[600], cmd[2048], path[700];
    snprintf(dir, sizeof(dir), "%s/lo-wrote", tmpdir());
    snprintf(cmd, sizeof(cmd),
             "timeout 120 soffice -env:UserInstallation=file://%s --headless --convert-to "
             "odt:writer8 --outdir %s %s >/dev/null 2>&1",
             profile, dir, td("hanoimoi-2017-10-09.html"));
    assert_int_equal(system(cmd), 0);
    snprintf(path, sizeof(path), "%s/hanoimoi-2017-10-09.odt", dir);
    bt_document *doc = read_doc(path, "odt", NULL);
    const seed_article *a = seed();
    int headings = 0;
    for (bt_node *n = bt_node_first_child(bt_document_body(doc)); n; n = bt_node_next(n))
        if (bt_node_get_type(n) == BT_NODE_HEADING && bt_node_heading_level(n) == 2)
            assert_string_equal(bt_node_text(doc, n), a->heading[headings++]);
    assert_int_equal(headings, 2);
    char *flat = squeeze(bt_node_text(doc, bt_document_body(doc)));
    for (int i = 0; i < 8; i++)
        assert_contains(flat, a->body[i]);
    assert_contains(flat, a->caption);
    free(flat);
    bt_document_free(doc);
}

/* What command prints, run in the shell in tmpdir() (where pdftohtml puts
 * the pictures it finds), malloc'd. */
static char *output_of(const char *command)
{
    char cmd[2048], out[700];
    snprintf(out, sizeof(out), "%s/command-output", tmpdir());
    snprintf(cmd, sizeof(cmd), "cd %s && timeout 60 %s >%s", tmpdir(), command, out);
    if (system(cmd) != 0)
        fail_msg("failed: %s", command);
    char *text = slurp(out, NULL);
    assert_non_null(text);
    return text;
}

/* The value of attribute name in the element at tag, as a number. */
static double number_attr(const char *tag, const char *name)
{
    char want[64];
    snprintf(want, sizeof(want), " %s=\"", name);
    const char *at = strstr(tag, want);
    if (!at || at > strchr(tag, '>'))
        fail_msg("no %s in %.200s", name, tag);
    return strtod(at + strlen(want), NULL);
}

/* pdftotext -bbox-layout's <line> holding word, from the end of its tag. */
static const char *line_of(const char *bbox, const char *word)
{
    char want[256];
    snprintf(want, sizeof(want), ">%s</word>", word);
    const char *at = strstr(bbox, want);
    if (!at)
        fail_msg("no word '%s' in the PDF", word);
    const char *line = at;
    while (line > bbox && strncmp(line, "<line ", 6))
        line--;
    return line;
}

/* Each page's last line is its number, centred: the footer LibreOffice
 * prints from our master page (or the reference's, after its words).
 * Returns the number of pages. */
static int assert_page_numbers(const char *pdf, const char *words)
{
    char cmd[1400];
    snprintf(cmd, sizeof(cmd), "pdfinfo %s", pdf);
    char *info = output_of(cmd);
    const char *pages_at = strstr(info, "Pages:");
    assert_non_null(pages_at);
    int pages = atoi(pages_at + 6);
    assert_true(pages >= 2);
    free(info);
    snprintf(cmd, sizeof(cmd), "pdftotext -enc UTF-8 -layout %s -", pdf);
    char *text = output_of(cmd);
    char *page = text;
    for (int i = 1; i <= pages; i++) {
        char *next = strchr(page, '\f');
        assert_non_null(next);
        *next = '\0';
        char *end = next;
        while (end > page && strchr(" \n", end[-1]))
            *--end = '\0';
        char *last = strrchr(page, '\n');
        last = last ? last + 1 : page;
        char want[128];
        snprintf(want, sizeof(want), "%s%d", words, i);
        size_t indent = strspn(last, " ");
        if (strcmp(last + indent, want) || indent < 20)
            fail_msg("page %d ends with '%s', not a centred '%s'", i, last, want);
        page = next + 1;
    }
    free(text);
    return pages;
}

/* doc (freed) as NAME.odt written with opt, then as LibreOffice prints it:
 * the PDF's path in pdf. */
static void print_pdf(bt_document *doc, const char *name, const bt_options *opt, char *pdf,
                      size_t size)
{
    need("soffice");
    need("pdftotext");
    char path[700];
    snprintf(path, sizeof(path), "%s/%s.odt", tmpdir(), name);
    bt_error *err = bt_error_new();
    assert_int_equal(bt_write_file(bt_format_by_name(NULL, "odt"), doc, path, opt, err), BT_OK);
    bt_error_free(err);
    bt_document_free(doc);
    snprintf(pdf, size, "%s", convert_file(name, "pdf", "pdf", tmpdir()));
}

/* Printed as a newsroom prints it (issue 12), through LibreOffice's PDF:
 * the page number at the foot of every page, a picture narrower than the
 * column centred in it, and its caption apart from the paragraph after. */
static void test_print_pdf(void **state)
{
    (void)state;
    need("pdftohtml");
    bt_document *doc = read_doc(td("hanoimoi-2017-10-09.html"), "html", NULL);
    bt_node *fig = bt_node_first_child(bt_document_body(doc));
    while (fig && bt_node_get_type(fig) != BT_NODE_FIGURE)
        fig = bt_node_next(fig);
    assert_non_null(fig);
    bt_node_set_figure_display_size(fig, 240, 150); /* 6.35 cm of the 17 */
    bt_node *after = bt_node_new(doc, BT_NODE_PARAGRAPH);
    bt_node_append_text(doc, after, "Đoạn ngay sau ảnh.", strlen("Đoạn ngay sau ảnh."));
    bt_node_insert_before(bt_node_next(fig), after);
    char pdf[700], cmd[1400];
    print_pdf(doc, "print", NULL, pdf, sizeof(pdf));
    assert_page_numbers(pdf, "");

    /* the picture's centre is the page's (the margins are even) */
    snprintf(cmd, sizeof(cmd), "pdftohtml -q -xml -stdout %s", pdf);
    char *xml = output_of(cmd);
    const char *page = strstr(xml, "<page ");
    const char *image = strstr(xml, "<image ");
    assert_non_null(page);
    assert_non_null(image);
    double page_width = number_attr(page, "width");
    double left = number_attr(image, "left"), width = number_attr(image, "width");
    assert_true(width < page_width / 2);
    if (left + width / 2 < page_width / 2 - 5 || left + width / 2 > page_width / 2 + 5)
        fail_msg("the picture spans %.0f-%.0f of a page %.0f wide: not centred", left, left + width,
                 page_width);
    /* the link in the text's colour: the font of its text is black */
    const char *link = strstr(xml, ">Nghị quyết số 03-NQ/ĐUK</a>");
    assert_non_null(link);
    while (link > xml && strncmp(link, "<text ", 6))
        link--;
    char fontspec[64];
    snprintf(fontspec, sizeof(fontspec), "<fontspec id=\"%d\" ", (int)number_attr(link, "font"));
    const char *font = strstr(xml, fontspec);
    assert_non_null(font);
    const char *color = strstr(font, "color=\"");
    assert_non_null(color);
    if (strncmp(color, "color=\"#000000\"", 15))
        fail_msg("the link prints in %.16s", color);
    free(xml);

    /* space between the caption's last line and the next paragraph (with
     * no space below the picture's paragraph, their boxes touch: -1.5 pt) */
    snprintf(cmd, sizeof(cmd), "pdftotext -enc UTF-8 -bbox-layout -f 1 -l 1 %s -", pdf);
    char *bbox = output_of(cmd);
    double caption_bottom = number_attr(line_of(bbox, "chức."), "yMax");
    double next_top = number_attr(line_of(bbox, "Đoạn"), "yMin");
    if (next_top - caption_bottom < 6)
        fail_msg("%.1f pt between the caption and the next paragraph", next_top - caption_bottom);
    free(bbox);
}

/* --reference-odt with a reference LibreOffice saved: its A5 page, its
 * font, the logo of its header and its footer "Báo Mẫu — trang N" on
 * every page of the PDF. */
static void test_reference_pdf(void **state)
{
    (void)state;
    need("pdffonts");
    need("pdfimages");
    bt_document *doc = read_doc(td("hanoimoi-2017-10-09.html"), "html", NULL);
    char pdf[700], cmd[1400], option[600];
    snprintf(option, sizeof(option), "odt:reference=%s", td("odt/reference-a5.odt"));
    const char *const options[] = {option, NULL};
    bt_options opt;
    bt_options_init(&opt);
    opt.format_options = options;
    print_pdf(doc, "reference", &opt, pdf, sizeof(pdf));
    snprintf(cmd, sizeof(cmd), "pdfinfo %s", pdf);
    char *info = output_of(cmd);
    const char *size = strstr(info, "Page size:");
    assert_non_null(size);
    double w = strtod(size + 10, NULL), h = strtod(strstr(size, " x ") + 3, NULL);
    /* A5: 148 x 210 mm, 419.5 x 595.3 pt */
    if (w < 418 || w > 421 || h < 594 || h > 597)
        fail_msg("page size %.1f x %.1f pt, not A5", w, h);
    free(info);
    int pages = assert_page_numbers(pdf, "Báo Mẫu — trang ");
    /* pdfimages -list: "page num type width height ...", the logo 60x16 */
    snprintf(cmd, sizeof(cmd), "pdfimages -list %s", pdf);
    char *images = output_of(cmd);
    int logos = 0, page, width, height;
    for (const char *line = strchr(images, '\n'); line; line = strchr(line + 1, '\n'))
        if (sscanf(line + 1, "%d %*d %*s %d %d", &page, &width, &height) == 3 && width == 60 &&
            height == 16 && page == logos + 1)
            logos++;
    assert_int_equal(logos, pages);
    free(images);
    snprintf(cmd, sizeof(cmd), "pdffonts %s", pdf);
    char *fonts = output_of(cmd);
    assert_contains(fonts, "DejaVuSerif ");
    assert_not_contains(fonts, "LiberationSerif ");
    free(fonts);
    /* the text is all there, in the narrower column */
    snprintf(cmd, sizeof(cmd), "pdftotext -enc UTF-8 %s -", pdf);
    char *text = output_of(cmd);
    char *flat = squeeze(text);
    assert_contains(flat, seed()->title);
    free(flat);
    free(text);
}

/* pandoc's JSON of NAME.odt in tmpdir(), malloc'd. */
static char *pandoc_json(const char *name)
{
    need("pandoc");
    char cmd[1400];
    snprintf(cmd, sizeof(cmd), "timeout 120 pandoc -f odt -t json -o %s/%s.json %s/%s.odt",
             tmpdir(), name, tmpdir(), name);
    assert_int_equal(system(cmd), 0);
    snprintf(cmd, sizeof(cmd), "%s/%s.json", tmpdir(), name);
    char *json = slurp(cmd, NULL);
    assert_non_null(json);
    return json;
}

/* doc written as NAME.odt in tmpdir(), then freed. */
static void save_odt(bt_document *doc, const char *name)
{
    char path[700];
    snprintf(path, sizeof(path), "%s/%s.odt", tmpdir(), name);
    bt_error err = BT_ERROR_INIT;
    assert_int_equal(bt_write_file(bt_format_by_name(NULL, "odt"), doc, path, NULL, &err), BT_OK);
    bt_error_clear(&err);
    bt_document_free(doc);
}

/* A paragraph of text added to parent. */
static bt_node *add_text(bt_document *doc, bt_node *parent, bt_node_type type, const char *text)
{
    bt_node *n = bt_node_new(doc, type);
    bt_node_append(parent, n);
    bt_node_append_text(doc, n, text, strlen(text));
    return n;
}

/* What LibreOffice wrote (footnotes, underline, strike, spans, merged cells,
 * a table's caption), with a dateline and a credited picture shown at a
 * size of its own, written by us, saved again by LibreOffice and read by
 * pandoc: nothing of it is lost on the way. */
static void test_model(void **state)
{
    (void)state;
    need("soffice");
    bt_document *doc = read_doc(td("odt/libreoffice-model.odt"), "odt", NULL);
    bt_node *body = bt_document_body(doc);
    bt_node_set_role(add_text(doc, body, BT_NODE_PARAGRAPH, "Thứ Hai, 9/10/2017"),
                     BT_ROLE_DATELINE);
    size_t size;
    char *jpg = slurp(td("images/hoi-nghi-dieu-le-dang.jpg"), &size);
    bt_node *fig = bt_node_new(doc, BT_NODE_FIGURE);
    bt_node_append(body, fig);
    bt_node_set_figure_resource(fig, bt_document_add_resource(doc, "a.jpg", NULL, jpg, size));
    bt_node_set_figure_display_size(fig, 320, 200);
    add_text(doc, fig, BT_NODE_CAPTION, "Cánh đồng");
    bt_node_set_label(doc, add_text(doc, fig, BT_NODE_CREDIT, "Lan Anh"), "Ảnh");
    free(jpg);
    save_odt(doc, "model");
    char dir[600];
    snprintf(dir, sizeof(dir), "%s/model-resaved", tmpdir());
    doc = read_doc(convert_file("model", "odt", "odt", dir), "odt", NULL);
    bt_counts counts;
    bt_document_count(doc, &counts);
    assert_int_equal(counts.notes, 2);
    assert_int_equal(counts.tables, 1);
    bt_node *p = bt_node_first_child(bt_document_body(doc));
    int kinds = 0; /* underline, strike, span */
    for (bt_node *n = bt_node_first_child(p); n; n = bt_node_next(n))
        kinds |= bt_node_get_type(n) == BT_NODE_UNDERLINE ? 1
                 : bt_node_get_type(n) == BT_NODE_STRIKE  ? 2
                 : bt_node_get_type(n) == BT_NODE_SPAN    ? 4
                                                          : 0;
    assert_int_equal(kinds, 7);
    bt_node *ref = bt_node_next(bt_node_first_child(bt_node_next(p)));
    assert_int_equal(bt_node_get_type(ref), BT_NODE_NOTE_REF);
    assert_string_equal(bt_node_text(doc, bt_node_note(ref)), "Hợp tác xã Tân Phú, tháng 5.");
    bt_node *table = bt_node_next(bt_node_next(p));
    assert_int_equal(bt_node_get_type(table), BT_NODE_TABLE);
    bt_node *caption = bt_node_first_child(table);
    assert_int_equal(bt_node_get_type(caption), BT_NODE_CAPTION);
    assert_string_equal(bt_node_text(doc, caption), "Giá lúa theo vụ");
    bt_node *row = bt_node_next(caption);
    assert_int_equal(bt_node_cell_colspan(bt_node_first_child(row)), 2);
    assert_int_equal(bt_node_cell_rowspan(bt_node_first_child(bt_node_next(row))), 2);
    p = bt_node_next(table);
    assert_int_equal(bt_node_role(p), BT_ROLE_DATELINE);
    fig = bt_node_next(p);
    assert_int_equal(bt_node_figure_display_width(fig), 320);
    assert_int_equal(bt_node_figure_display_height(fig), 200);
    assert_string_equal(bt_node_label(bt_node_figure_credit(fig)), "Ảnh");
    assert_string_equal(bt_node_text(doc, bt_node_figure_credit(fig)), "Lan Anh");
    bt_document_free(doc);

    char *json = pandoc_json("model");
    assert_contains(json, "{\"t\":\"Note\",\"c\":[{\"t\":\"Para\",\"c\":[{\"t\":\"Str\","
                          "\"c\":\"Hợp\"}");
    assert_contains(json, "{\"t\":\"Strikeout\",\"c\":[{\"t\":\"Str\",\"c\":\"5.000\"}");
    assert_contains(json, "{\"t\":\"Str\",\"c\":\"6.800\"}");
    free(json);
}

/* --missing-image=placeholder: LibreOffice shows the SVG placeholder, its
 * words and the figure's caption in the PDF it prints. */
static void test_placeholder_pdf(void **state)
{
    (void)state;
    need("soffice");
    need("pdftotext");
    bt_options opt;
    bt_options_init(&opt);
    opt.missing_image = BT_MISSING_PLACEHOLDER;
    save_odt(read_doc(td("html/missing-image.html"), "html", &opt), "placeholder");
    convert_file("placeholder", "pdf", "pdf", tmpdir());
    char *flat = pdf_text("placeholder");
    assert_contains(flat, "Ảnh không tải được");
    assert_contains(flat, "Ảnh 1: Những gian hàng đầu tiên trong buổi sáng mở cửa");
    free(flat);
}

static void test_pandoc(void **state)
{
    (void)state;
    char *json = pandoc_json("seed");
    int headers = 0;
    for (const char *p = json; (p = strstr(p, "{\"t\":\"Header\",\"c\":[2,")); p++)
        headers++;
    assert_int_equal(headers, 2);
    assert_contains(json, "{\"t\":\"Image\"");
    /* pandoc keeps words as Str: every word of the caption is there */
    char *caption = strdup(seed()->caption);
    for (char *w = strtok(caption, " "); w; w = strtok(NULL, " ")) {
        char str[256];
        snprintf(str, sizeof(str), "{\"t\":\"Str\",\"c\":\"%s\"}", w);
        assert_contains(json, str);
    }
    free(caption);
    free(json);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_soffice_text),     cmocka_unit_test(test_soffice_html),
        cmocka_unit_test(test_soffice_pdf),      cmocka_unit_test(test_soffice_resave),
        cmocka_unit_test(test_soffice_wrote_it), cmocka_unit_test(test_model),
        cmocka_unit_test(test_pandoc),           cmocka_unit_test(test_print_pdf),
        cmocka_unit_test(test_reference_pdf),    cmocka_unit_test(test_placeholder_pdf),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
