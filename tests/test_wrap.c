/* The wrapping engine: ICU line breaks, widths in grapheme clusters,
 * prefixes, words never split. */
#include "util.h"

#include "unicode.h"
#include "wrap.h"

/* Wrap text at columns with prefixes; the result is malloc'd. */
static char *wrap(int columns, const char *text, const char *first, const char *rest,
                  size_t *widest)
{
    bt_wrap *w = bt_wrap_new(columns);
    assert_non_null(w);
    bt_buf out = BT_BUF_INIT;
    size_t wd = bt_wrap_text(w, &out, text, strlen(text), first, rest);
    if (widest)
        *widest = wd;
    bt_wrap_free(w);
    assert_false(out.failed);
    return out.data;
}

static void check(int columns, const char *text, const char *first, const char *rest,
                  const char *expected)
{
    char *got = wrap(columns, text, first, rest, NULL);
    assert_string_equal(got, expected);
    free(got);
}

/* Every line at most columns clusters wide, and the lines joined with
 * spaces give the text back. */
static void check_lines(const char *out, const char *text, size_t columns)
{
    char *copy = strdup(out);
    for (char *line = strtok(copy, "\n"); line; line = strtok(NULL, "\n"))
        assert_true(bt_grapheme_count(line, strlen(line)) <= columns);
    free(copy);
    char *joined = squeeze(out);
    assert_string_equal(joined, text);
    free(joined);
}

static void test_vietnamese(void **state)
{
    (void)state;
    const char *text = seed()->body[0];
    for (int columns = 20; columns <= 80; columns += 13) {
        char *out = wrap(columns, text, "", "", NULL);
        check_lines(out, text, (size_t)columns);
        free(out);
    }
}

/* a + combining hook above, and x + hook (which has no precomposed form):
 * one cluster each, so "aả xx̉" is 5 wide, not 7. */
static void test_combining_marks_are_one_cluster(void **state)
{
    (void)state;
    const char *text = "aa\xCC\x89 xx\xCC\x89";
    size_t widest;
    char *out = wrap(5, text, "", "", &widest);
    assert_string_equal(out, "aa\xCC\x89 xx\xCC\x89\n");
    assert_int_equal(widest, 5);
    free(out);
    check(4, text, "", "", "aa\xCC\x89\nxx\xCC\x89\n");
}

/* Ideographs break between any two; each is one cluster. */
static void test_cjk(void **state)
{
    (void)state;
    check(5, "漢字漢字漢字漢字", "", "", "漢字漢字漢\n字漢字\n");
    check(4, "東京は晴れ。", "", "", "東京は晴\nれ。\n");
}

/* Thai has no spaces: ICU finds its words with a dictionary. */
static void test_thai(void **state)
{
    (void)state;
    const char *text = "ภาษาไทยง่ายนิดเดียวสำหรับคนที่ตั้งใจเรียน";
    char *out = wrap(8, text, "", "", NULL);
    assert_non_null(strchr(out, '\n'));
    assert_true(strchr(out, '\n') < out + strlen(out) - 1);
    char joined[512] = "";
    for (char *line = strtok(out, "\n"); line; line = strtok(NULL, "\n")) {
        assert_true(bt_grapheme_count(line, strlen(line)) <= 8);
        strcat(joined, line);
    }
    assert_string_equal(joined, text);
    free(out);
}

static void test_long_word_alone(void **state)
{
    (void)state;
    check(6, "a verylongwordhere b", "", "", "a\nverylongwordhere\nb\n");
    /* not even an ICU break inside it is taken: a reader would see a space */
    check(5, "03-NQ/ĐUK abc", "", "", "03-NQ/ĐUK\nabc\n");
    /* nor one that would start a line as a list item, quote or heading */
    check(9, "kinh tế - xã hội", "", "", "kinh tế -\nxã hội\n");
    check(6, "năm 2017. Sau", "", "", "năm 2017.\nSau\n");
    check(3, "a > b", "", "", "a >\nb\n");
    check(5, "ab ## x 7.000", "", "", "ab ##\nx\n7.000\n");
}

static void test_prefixes(void **state)
{
    (void)state;
    check(10, "aaa bbb ccc ddd", "> ", "> ", "> aaa bbb\n> ccc ddd\n");
    check(9, "one two three", "1. ", "   ", "1. one\n   two\n   three\n");
    /* an empty line loses the prefix's trailing space */
    check(10, "", "> ", "> ", ">\n");
    /* a prefix wider than the columns still gets one word a line */
    check(3, "ab cd", "> > ", "> > ", "> > ab\n> > cd\n");
}

static void test_hard_breaks_and_spaces(void **state)
{
    (void)state;
    check(72, "first line\nsecond", "", "", "first line\nsecond\n");
    check(5, "ab   cd", "", "", "ab\ncd\n");
    check(7, "ab   cd", "", "", "ab   cd\n");
    /* no break at a no-break space */
    check(3, "10\xC2\xA0km", "", "", "10\xC2\xA0km\n");
}

/* Where UAX #14 keeps a space's sides together, the lines do too: after an
 * opening bracket (LB14), before a closing bracket or an exclamation
 * (LB13); elsewhere a line breaks after its spaces, before a letter, a
 * digit or a bracket. */
static void test_space_rules(void **state)
{
    (void)state;
    check(6, "aaaa ( bbbb", "", "", "aaaa\n( bbbb\n");
    check(9, "aaaa bbbb )", "", "", "aaaa\nbbbb )\n");
    check(9, "aaaa bbbb !", "", "", "aaaa\nbbbb !\n");
    check(6, "aaaa (bbbb", "", "", "aaaa\n(bbbb\n");
    check(6, "aaaa 1990 bb", "", "", "aaaa\n1990\nbb\n");
    check(8, "Việt Nam ở Đông Nam Á", "", "", "Việt Nam\nở Đông\nNam Á\n");
}

static void test_no_wrap(void **state)
{
    (void)state;
    const char *text = seed()->body[1];
    size_t widest;
    char *out = wrap(0, text, "", "", &widest);
    assert_int_equal(strlen(out), strlen(text) + 1);
    assert_int_equal(widest, bt_grapheme_count(text, strlen(text)));
    free(out);
}

static void test_widest(void **state)
{
    (void)state;
    size_t widest;
    char *out = wrap(12, "Rõ trọng tâm, trọng điểm", "", "", &widest);
    assert_string_equal(out, "Rõ trọng\ntâm, trọng\nđiểm\n");
    assert_int_equal(widest, 10);
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vietnamese),
        cmocka_unit_test(test_space_rules),
        cmocka_unit_test(test_combining_marks_are_one_cluster),
        cmocka_unit_test(test_cjk),
        cmocka_unit_test(test_thai),
        cmocka_unit_test(test_long_word_alone),
        cmocka_unit_test(test_prefixes),
        cmocka_unit_test(test_hard_breaks_and_spaces),
        cmocka_unit_test(test_no_wrap),
        cmocka_unit_test(test_widest),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
