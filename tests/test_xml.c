/* Safe XML parsing: no external entities, no expansion bombs, clear errors. */
#include "util.h"

#include "xml.h"

static void test_parse_and_helpers(void **state)
{
    (void)state;
    const char *x = "<o:a xmlns:o='urn:o' o:k='v' e=''><o:b>t</o:b></o:a>";
    xmlDocPtr d = bt_xml_parse(x, strlen(x), "t.xml", NULL);
    assert_non_null(d);
    xmlNode *root = xmlDocGetRootElement(d);
    assert_true(bt_xml_is(root, "a"));
    assert_string_equal(bt_xml_attr(root, "k"), "v");
    assert_string_equal(bt_xml_attr(root, "e"), "");
    assert_null(bt_xml_attr(root, "none"));
    assert_non_null(bt_xml_child(root, "b"));
    xmlFreeDoc(d);
}

static void test_broken(void **state)
{
    (void)state;
    bt_error *err = bt_error_new();
    assert_null(bt_xml_parse("<a><b></a>", 10, "content.xml", err));
    assert_contains(bt_error_message(err), "content.xml: broken XML at line 1");
    bt_error_free(err);
}

/* An external entity is never read: the document is refused. */
static void test_xxe(void **state)
{
    (void)state;
    const char *x = "<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                    "<a>&e;</a>";
    bt_error *err = bt_error_new();
    assert_null(bt_xml_parse(x, strlen(x), "x.xml", err));
    assert_contains(bt_error_message(err), "x.xml: declares XML entities");
    bt_error_free(err);
}

static void test_billion_laughs(void **state)
{
    (void)state;
    char x[4096] = "<?xml version='1.0'?><!DOCTYPE a [<!ENTITY l0 'ha'>";
    for (int i = 1; i < 10; i++) {
        char line[256];
        snprintf(line, sizeof(line),
                 "<!ENTITY l%d '&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;&l%d;'>", i, i - 1,
                 i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
        strcat(x, line);
    }
    strcat(x, "]><a>&l9;</a>");
    bt_error *err = bt_error_new();
    assert_null(bt_xml_parse(x, strlen(x), "bomb.xml", err));
    assert_contains(bt_error_message(err), "bomb.xml: ");
    bt_error_free(err);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse_and_helpers),
        cmocka_unit_test(test_broken),
        cmocka_unit_test(test_xxe),
        cmocka_unit_test(test_billion_laughs),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
