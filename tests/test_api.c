/* The library's one-call and stream entry points, as a program uses them. */
#include <libxml/globals.h>
#include <unistd.h>

#include "util.h"

#include <stddef.h>

static void test_convert_file(void **state)
{
    (void)state;
    char out[600];
    snprintf(out, sizeof(out), "%s/one-call.epub", tmpdir());
    bt_error *err = bt_error_new();
    assert_int_equal(
        bt_convert_file(NULL, NULL, NULL, td("hanoimoi-2017-10-09.html"), out, NULL, err), BT_OK);
    bt_document *doc = read_doc(out, NULL, NULL);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), seed()->title);
    bt_document_free(doc);
    /* never over its own input, never to a format it cannot tell */
    assert_int_equal(
        bt_convert_file(NULL, NULL, bt_format_by_name(NULL, "html"), out, out, NULL, err),
        BT_FAILED);
    assert_contains(bt_error_message(err), "would overwrite the input");
    bt_error_clear(err);
    assert_int_equal(bt_convert_file(NULL, NULL, NULL, out, "x.unknown", NULL, err), BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_USAGE);
    bt_error_free(err);
}

static void test_streams(void **state)
{
    (void)state;
    FILE *in = fopen(td("hanoimoi-2017-10-09.html"), "rb");
    assert_non_null(in);
    bt_document *doc;
    bt_error *err = bt_error_new();
    /* no path: the format is probed, and the relative image is not found */
    assert_int_equal(bt_read_stream(NULL, NULL, in, NULL, &doc, err), BT_WARN);
    fclose(in);
    assert_string_equal(bt_document_meta(doc, BT_META_TITLE), seed()->title);
    FILE *out = tmpfile();
    assert_int_equal(bt_write_stream(bt_format_by_name(NULL, "text"), doc, out, NULL, err), BT_OK);
    rewind(out);
    char buf[256] = {0};
    assert_true(fread(buf, 1, sizeof(buf) - 1, out) > 0);
    assert_true(strncmp(buf, seed()->title, strlen(seed()->title)) == 0);
    fclose(out);
    bt_document_free(doc);
    bt_error_free(err);
}

static bt_status refusing_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                                bt_error *err)
{
    (void)doc;
    (void)out;
    (void)opt;
    return bt_error_set(err, BT_ERR_IO, "the press is offline (code %d)", 42);
}

static bt_status silent_write(const bt_document *doc, const bt_output *out, const bt_options *opt,
                              bt_error *err)
{
    (void)doc;
    (void)out;
    (void)opt;
    (void)err;
    return BT_FAILED;
}

/* A custom writer's own error reaches the caller; one that gives no reason
 * still leaves a message. */
static void test_custom_writer_error(void **state)
{
    (void)state;
    const bt_format refusing = {.size = sizeof(bt_format), .name = "refusing",
                                .write = refusing_write};
    const bt_format silent = {.size = sizeof(bt_format), .name = "silent", .write = silent_write};
    bt_document *doc = seed_document();
    bt_error *err = bt_error_new();
    unsigned char *data;
    size_t size;
    assert_int_equal(bt_write_memory(&refusing, doc, NULL, &data, &size, err), BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_IO);
    assert_string_equal(bt_error_message(err), "the press is offline (code 42)");
    bt_error_clear(err);
    assert_int_equal(bt_write_memory(&silent, doc, NULL, &data, &size, err), BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_FORMAT);
    assert_string_equal(bt_error_message(err), "the silent writer failed");
    bt_document_free(doc);
    bt_error_free(err);
}

/* Options by name: a format's own, one for every format, the last one wins;
 * a bt_options of an older, smaller caller is read only as far as it goes. */
static void test_options_by_name(void **state)
{
    (void)state;
    bt_options opt;
    bt_options_init(&opt);
    assert_int_equal(opt.size, sizeof(bt_options));
    assert_null(bt_option(&opt, "text", "columns"));
    const char *const list[] = {"text:columns=60", "whole-page", "text:columns=40",
                                "html:embed-media", NULL};
    opt.format_options = list;
    assert_string_equal(bt_option(&opt, "text", "columns"), "40");
    assert_null(bt_option(&opt, "html", "columns"));
    assert_string_equal(bt_option(&opt, "html", "whole-page"), "");
    assert_string_equal(bt_option(&opt, "text", "whole-page"), "");
    assert_string_equal(bt_option(&opt, "HTML", "embed-media"), "");
    assert_null(bt_option(NULL, "html", "embed-media"));
    /* a caller built when bt_options ended before format_options */
    opt.size = offsetof(bt_options, format_options);
    assert_null(bt_option(&opt, "text", "columns"));
    bt_error err = BT_ERROR_INIT;
    opt.size = sizeof(opt);
    assert_int_equal(bt_options_check(NULL, &opt, &err), BT_OK);
    const char *const wrong[] = {"epub:covr=first", NULL};
    opt.format_options = wrong;
    assert_int_equal(bt_options_check(NULL, &opt, &err), BT_FAILED);
    assert_int_equal(bt_error_code_of(&err), BT_ERR_USAGE);
    assert_string_equal(bt_error_message(&err),
                        "unknown option 'epub:covr=first' (did you mean epub:cover?)");
    bt_error_clear(&err);
    /* bt_write refuses an option its format does not have */
    bt_document *doc = seed_document();
    unsigned char *data;
    size_t size;
    assert_int_equal(bt_write_memory(bt_format_by_name(NULL, "epub"), doc, &opt, &data, &size,
                                     &err),
                     BT_FAILED);
    assert_contains(bt_error_message(&err), "did you mean epub:cover?");
    bt_error_clear(&err);
    bt_document_free(doc);
}

/* The rights line (-M rights=...) goes through every format with metadata. */
static void test_rights_round_trip(void **state)
{
    (void)state;
    static const char *const formats[] = {"odt", "fodt", "epub", "html"};
    for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++) {
        bt_document *doc = seed_document();
        assert_int_equal(bt_document_set_meta(doc, BT_META_RIGHTS, "© Báo Hànộimới"), BT_OK);
        size_t size;
        char *out = write_doc(doc, formats[i], NULL, &size);
        bt_input in = {(const unsigned char *)out, size, NULL};
        bt_document *back = NULL;
        bt_error err = BT_ERROR_INIT;
        assert_int_not_equal(bt_read(NULL, bt_format_by_name(NULL, formats[i]), &in, NULL, &back,
                                     &err),
                             BT_FAILED);
        assert_string_equal(bt_document_meta(back, BT_META_RIGHTS), "© Báo Hànộimới");
        assert_string_equal(bt_meta_key_name(BT_META_RIGHTS), "rights");
        bt_error_clear(&err);
        bt_document_free(back);
        bt_document_free(doc);
        free(out);
    }
}

/* A format of one's own takes options by name, with no change to bt_options. */
static bt_status greeting_write(const bt_document *doc, const bt_output *out,
                                const bt_options *opt, bt_error *err)
{
    (void)doc;
    (void)err;
    const char *g = bt_option(opt, "greeter", "greeting");
    if (!g)
        g = "chào";
    return out->write(out->user, g, strlen(g)) ? BT_FAILED : BT_OK;
}

static void test_plugin_format_options(void **state)
{
    (void)state;
    static const bt_format_option options[] = {{"greeting", "TEXT", "what to write"},
                                               {NULL, NULL, NULL}};
    const bt_format greeter = {.size = sizeof(bt_format), .name = "greeter",
                               .write = greeting_write, .options = options};
    bt_registry *reg = bt_registry_new();
    assert_int_equal(bt_registry_add(reg, &greeter), BT_OK);
    bt_options opt;
    bt_options_init(&opt);
    const char *const given[] = {"greeter:greeting=xin chào", NULL};
    opt.format_options = given;
    bt_error err = BT_ERROR_INIT;
    assert_int_equal(bt_options_check(reg, &opt, &err), BT_OK);
    /* the built-in formats alone do not know it */
    assert_int_equal(bt_options_check(NULL, &opt, &err), BT_FAILED);
    bt_error_clear(&err);
    bt_document *doc = seed_document();
    unsigned char *data;
    size_t size;
    assert_int_equal(bt_write_memory(bt_format_by_name(reg, "greeter"), doc, &opt, &data, &size,
                                     &err),
                     BT_OK);
    assert_int_equal(size, strlen("xin chào"));
    assert_memory_equal(data, "xin chào", size);
    free(data);
    bt_document_free(doc);
    bt_registry_free(reg);
}

/* bt_counts is filled as far as the caller's struct goes. */
static void test_counts_size(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    bt_counts c;
    memset(&c, 0xff, sizeof(c));
    bt_document_count_size(doc, &c, offsetof(bt_counts, headings));
    assert_int_equal(c.size, offsetof(bt_counts, headings));
    assert_int_equal(c.figures, 1);
    assert_int_equal(c.headings, (size_t)-1); /* past the caller's size: untouched */
    bt_document_count(doc, &c);
    assert_int_equal(c.size, sizeof(c));
    assert_int_equal(c.headings, 2);
    bt_document_free(doc);
}

/* The documented rule for a reused error object: the first failure wins
 * until bt_error_clear; events accumulate.  The object may live on the stack. */
static void test_error_first_wins(void **state)
{
    (void)state;
    bt_error err = BT_ERROR_INIT;
    assert_int_equal(bt_error_set(&err, BT_ERR_IO, "first"), BT_FAILED);
    assert_int_equal(bt_error_set(&err, BT_ERR_LIMIT, "second"), BT_FAILED);
    bt_error_event(&err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "lost %d image", 1);
    bt_error_event(&err, BT_EVENT_CHANGED, BT_LOSS_LIST, 1, "multi\nline");
    assert_int_equal(bt_error_code_of(&err), BT_ERR_IO);
    assert_string_equal(bt_error_message(&err), "first");
    assert_int_equal(bt_error_event_count(&err), 2);
    assert_string_equal(bt_error_event_message(&err, 0), "lost 1 image");
    assert_string_equal(bt_error_event_message(&err, 1), "multi line");
    assert_null(bt_error_event_message(&err, 2));
    bt_error_clear(&err);
    assert_int_equal(bt_error_set(&err, BT_ERR_LIMIT, "second"), BT_FAILED);
    assert_int_equal(bt_error_code_of(&err), BT_ERR_LIMIT);
    assert_int_equal(bt_error_event_count(&err), 0);
    bt_error_clear(&err);
    assert_int_equal(bt_error_set(NULL, BT_ERR_IO, "nowhere"), BT_FAILED);
}

/* Events keep their kind, effect and count; losses add up by kind, changes
 * are not losses. */
static void test_events(void **state)
{
    (void)state;
    bt_error err = BT_ERROR_INIT;
    bt_error_event(&err, BT_EVENT_LOST, BT_LOSS_IMAGE, 3, "3 images not found");
    bt_error_event(&err, BT_EVENT_LOST, BT_LOSS_IMAGE, 2, "2 images too large");
    bt_error_event(&err, BT_EVENT_CHANGED, BT_LOSS_TABLE, 1, "a table as paragraphs");
    bt_error_event(&err, BT_EVENT_LOST, BT_LOSS_INLINE, 0, "underline not marked");
    bt_error_event(&err, BT_EVENT_LOST, (bt_loss_kind)99, 1, "out of range");
    assert_int_equal(bt_error_event_count(&err), 5);
    assert_int_equal(bt_error_event_kind(&err, 2), BT_LOSS_TABLE);
    assert_int_equal(bt_error_event_effect(&err, 2), BT_EVENT_CHANGED);
    assert_int_equal(bt_error_event_items(&err, 0), 3);
    assert_int_equal(bt_error_event_kind(&err, 4), BT_LOSS_OTHER);
    assert_int_equal(bt_error_lost(&err, BT_LOSS_IMAGE), 5);
    assert_int_equal(bt_error_lost(&err, BT_LOSS_TABLE), 0);
    /* an event about no countable item still counts as one loss */
    assert_int_equal(bt_error_lost(&err, BT_LOSS_INLINE), 1);
    assert_int_equal(bt_error_lost(&err, BT_LOSS_KIND_COUNT_), 7);
    assert_string_equal(bt_loss_kind_name(BT_LOSS_FOOTNOTE), "footnote");
    assert_null(bt_loss_kind_name(BT_LOSS_KIND_COUNT_));
    bt_error_clear(&err);
    assert_int_equal(bt_error_lost(&err, BT_LOSS_KIND_COUNT_), 0);
}

static void test_registry_add_reason(void **state)
{
    (void)state;
    bt_registry *reg = bt_registry_new();
    bt_error *err = bt_error_new();
    const bt_format unsized = {.name = "unsized", .write = silent_write};
    const bt_format nameless = {.size = sizeof(bt_format), .write = silent_write};
    const bt_format idle = {.size = sizeof(bt_format), .name = "idle"};
    const bt_format silent = {.size = sizeof(bt_format), .name = "silent", .write = silent_write};
    assert_int_equal(bt_registry_add_checked(reg, &unsized, err), BT_FAILED);
    assert_string_equal(bt_error_message(err),
                        "the format's size is not set (.size = sizeof(bt_format))");
    bt_error_clear(err);
    assert_int_equal(bt_registry_add_checked(reg, &nameless, err), BT_FAILED);
    assert_int_equal(bt_error_code_of(err), BT_ERR_USAGE);
    assert_string_equal(bt_error_message(err), "the format has no name");
    bt_error_clear(err);
    assert_int_equal(bt_registry_add_checked(reg, &idle, err), BT_FAILED);
    assert_string_equal(bt_error_message(err), "format idle has neither a reader nor a writer");
    bt_error_clear(err);
    assert_int_equal(bt_registry_add_checked(reg, &silent, err), BT_OK);
    assert_int_equal(bt_error_code_of(err), BT_ERR_NONE);
    assert_ptr_equal(bt_format_by_name(reg, "SILENT")->write, silent_write);
    assert_int_equal(bt_registry_add(reg, &idle), BT_FAILED);
    bt_error_free(err);
    bt_registry_free(reg);
}

/* A plugin's failing writer through the command: its code's message, one line. */
static void test_plugin_writer_error(void **state)
{
    (void)state;
    const char *plugin = getenv("BT_FAILING_PLUGIN");
    assert_non_null(plugin);
    char opt[600], out[600];
    snprintf(opt, sizeof(opt), "--plugin=%s", plugin);
    snprintf(out, sizeof(out), "%s/article.failing", tmpdir());
    run_result r = run_bantin(NULL, opt, "-o", out, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_equal(r.status, 1);
    assert_contains(r.err, "the press is offline (code 42)");
    run_free(&r);
}

/* A plugin built for another ABI is refused, with both numbers. */
static void test_plugin_abi_mismatch(void **state)
{
    (void)state;
    const char *plugin = getenv("BT_SKEWED_PLUGIN");
    assert_non_null(plugin);
    char opt[600], out[600], want[100];
    snprintf(opt, sizeof(opt), "--plugin=%s", plugin);
    snprintf(out, sizeof(out), "%s/article.txt", tmpdir());
    run_result r = run_bantin(NULL, opt, "-o", out, td("hanoimoi-2017-10-09.html"), NULL);
    assert_int_not_equal(r.status, 0);
    snprintf(want, sizeof(want), "plugin built for plugin ABI %d, this bantin has %d",
             BT_PLUGIN_ABI + 1, BT_PLUGIN_ABI);
    assert_contains(r.err, want);
    run_free(&r);
}

static void test_version(void **state)
{
    (void)state;
    char numbers[64];
    snprintf(numbers, sizeof(numbers), "%d.%d.%d", BT_VERSION_MAJOR, BT_VERSION_MINOR,
             BT_VERSION_PATCH);
    assert_string_equal(numbers, BT_VERSION_STRING);
    assert_string_equal(bt_version(), BT_VERSION_STRING);
    assert_int_equal(BT_VERSION_NUMBER,
                     BT_VERSION_MAJOR * 10000 + BT_VERSION_MINOR * 100 + BT_VERSION_PATCH);
    run_result r = run_bantin(NULL, "--version", NULL);
    assert_int_equal(r.status, 0);
    char line[80];
    snprintf(line, sizeof(line), "bantin %s\n", bt_version());
    assert_string_equal(r.out, line);
    run_free(&r);
}

static int refuse_bytes(void *user, const void *buf, size_t len)
{
    (void)user;
    (void)buf;
    (void)len;
    return -1;
}

/* A sink that refuses its bytes fails each writer with an I/O error, and
 * nothing is printed (libxml2 would print "I/O error : flush error"). */
static void test_failing_write_prints_nothing(void **state)
{
    (void)state;
    bt_document *doc = seed_document();
    bt_error *err = bt_error_new();
    const bt_output out = {.write = refuse_bytes};
    FILE *caught = tmpfile();
    assert_non_null(caught);
    static int callers_context; /* the caller's own libxml2 handler comes back */
    xmlSetGenericErrorFunc(&callers_context, NULL);
    fflush(stderr);
    int saved = dup(2);
    dup2(fileno(caught), 2);
    const char *formats[] = {"html", "epub", "odt", "fodt", "text"};
    bt_status status[5];
    for (size_t i = 0; i < 5; i++) {
        status[i] = bt_write(bt_format_by_name(NULL, formats[i]), doc, &out, NULL, err);
        bt_error_clear(err);
    }
    fflush(stderr);
    dup2(saved, 2);
    close(saved);
    assert_ptr_equal(xmlGenericErrorContext, &callers_context);
    xmlSetGenericErrorFunc(NULL, NULL);
    for (size_t i = 0; i < 5; i++)
        assert_int_equal(status[i], BT_FAILED);
    long printed = ftell(caught);
    char text[200] = {0};
    rewind(caught);
    assert_true(fread(text, 1, sizeof(text) - 1, caught) == (size_t)printed);
    assert_string_equal(text, "");
    fclose(caught);
    bt_document_free(doc);
    bt_error_free(err);
}

/* Accessors given NULL (a walk past the end) answer instead of crashing. */
static void test_accessors_take_null(void **state)
{
    (void)state;
    assert_null(bt_document_body(NULL));
    assert_null(bt_document_meta(NULL, BT_META_TITLE));
    assert_int_equal(bt_document_meta_count(NULL, BT_META_AUTHOR), 0);
    assert_int_equal(bt_document_resource_count(NULL), 0);
    assert_null(bt_resource_data(NULL, 0, NULL));
    assert_int_equal(bt_resource_width(NULL, 0), 0);
    assert_null(bt_document_charset(NULL));
    bt_counts c = {.headings = 7};
    bt_document_count(NULL, &c);
    assert_int_equal(c.headings, 0);
    assert_null(bt_node_first_child(NULL));
    assert_null(bt_node_next(NULL));
    assert_null(bt_node_parent(NULL));
    assert_null(bt_node_literal(NULL));
    assert_int_equal(bt_node_heading_level(NULL), 0);
    assert_int_equal(bt_node_role(NULL), BT_ROLE_NONE);
    assert_int_equal(bt_node_figure_resource(NULL), -1);
    assert_null(bt_node_figure_caption(NULL));
    /* a walk that steps past the end */
    bt_document *doc = seed_document();
    bt_node *last = bt_node_last_child(bt_document_body(doc));
    assert_null(bt_node_first_child(bt_node_next(last)));
    bt_document_free(doc);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_convert_file),
        cmocka_unit_test(test_streams),
        cmocka_unit_test(test_custom_writer_error),
        cmocka_unit_test(test_error_first_wins),
        cmocka_unit_test(test_events),
        cmocka_unit_test(test_options_by_name),
        cmocka_unit_test(test_counts_size),
        cmocka_unit_test(test_rights_round_trip),
        cmocka_unit_test(test_plugin_format_options),
        cmocka_unit_test(test_registry_add_reason),
        cmocka_unit_test(test_plugin_writer_error),
        cmocka_unit_test(test_plugin_abi_mismatch),
        cmocka_unit_test(test_version),
        cmocka_unit_test(test_failing_write_prints_nothing),
        cmocka_unit_test(test_accessors_take_null),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
