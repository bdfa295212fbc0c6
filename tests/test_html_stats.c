/* The extractor's stats (formats/html/stats.c): gathered on an estimate of
 * the page's elements, they are what they are when counted exactly, and
 * prepare's estimate is the body's count. */
#include <libxml/HTMLparser.h>
#include <string.h>

#include "util.h"

#include "../formats/html/html.h"
#include "xhtml.h"

/* A page of 40 paragraphs with links, a list and a hidden block. */
static xmlDoc *page(void)
{
    static char html[8192];
    size_t len = (size_t)snprintf(html, sizeof(html), "<html><body><div id=main><h1>Title</h1>");
    for (int i = 0; i < 40; i++)
        len += (size_t)snprintf(html + len, sizeof(html) - len,
                                "<p>Paragraph %d, with <a href=/x>a link</a> in it.</p>", i);
    snprintf(html + len, sizeof(html) - len,
             "<ul><li>One</li><li>Two</li></ul><div hidden><p>Not shown</p></div></div>"
             "</body></html>");
    return htmlReadMemory(html, (int)strlen(html), NULL, "UTF-8",
                          HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
}

static size_t elements_below(const xmlNode *root)
{
    size_t n = 0;
    for (const xmlNode *k = root; k; k = bt_xhtml_next(k, root, 0))
        n += k->type == XML_ELEMENT_NODE;
    return n;
}

static void test_estimate_is_the_count(void **state)
{
    (void)state;
    xmlDoc *html = page();
    size_t estimate = 0;
    xmlNode *body = bt_html_prepare(html, &estimate);
    assert_non_null(body);
    assert_int_equal(estimate, elements_below(body));
    xmlFreeDoc(html);
}

/* (all of one type: no padding for memcmp to see) */
typedef struct {
    size_t text, link, ptext, nodes, paras;
} measures;

/* Each element's measures in document order, gathered on estimate. */
static size_t gathered(size_t estimate, measures *m, size_t cap)
{
    xmlDoc *html = page();
    size_t ignored;
    xmlNode *body = bt_html_prepare(html, &ignored);
    bt_page_stats pg;
    assert_true(bt_stats_gather(&pg, body, estimate));
    /* (one spare, for the element the article's parts are gathered in) */
    assert_true(pg.n < pg.cap);
    size_t n = 0;
    for (xmlNode *k = body; k && n < cap; k = bt_xhtml_next(k, body, 0)) {
        if (k->type != XML_ELEMENT_NODE)
            continue;
        const bt_stats *s = bt_stats_of(k);
        assert_non_null(s);
        m[n++] = (measures){s->text, s->link, s->ptext, s->nodes, s->paras};
    }
    assert_int_equal(n, pg.n);
    bt_stats_scatter(&pg, body);
    xmlFreeDoc(html);
    return n;
}

static void test_short_estimate_counts_again(void **state)
{
    (void)state;
    measures exact[256], shy[256], ample[256];
    size_t n = gathered(0, exact, 256);
    assert_true(n > 80);
    /* an estimate far short: no room for them all on the first try */
    assert_int_equal(gathered(1, shy, 256), n);
    assert_int_equal(gathered(n * 2, ample, 256), n);
    for (size_t i = 0; i < n; i++) {
        assert_memory_equal(&shy[i], &exact[i], sizeof(measures));
        assert_memory_equal(&ample[i], &exact[i], sizeof(measures));
    }
    assert_true(exact[0].paras >= 40);
    assert_true(exact[0].link > 0 && exact[0].link < exact[0].text);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_estimate_is_the_count),
        cmocka_unit_test(test_short_estimate_counts_again),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
