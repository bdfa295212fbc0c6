/* Helpers shared by the tests: files, the bantin command, text checks. */
#ifndef BT_TEST_UTIL_H
#define BT_TEST_UTIL_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "bantin.h"

/* testdata/NAME, in one of eight static buffers used in turn. */
const char *td(const char *name);
/* A new temporary directory for this test process. */
const char *tmpdir(void);
/* The whole file, NUL-terminated, malloc'd; NULL when unreadable. */
char *slurp(const char *path, size_t *size);
void spit(const char *path, const void *data, size_t size);
/* A member of a zip held in memory (an EPUB, an ODT), NUL-terminated,
 * malloc'd; NULL when it has none of that name. */
char *zip_member(const void *zip, size_t size, const char *name);
/* Whether a directory holds a file whose name starts with a dot (a temporary
 * file bantin left behind). */
int has_hidden_file(const char *dir);
/* Whether a directory holds a file whose name starts with prefix. */
int has_file_starting(const char *dir, const char *prefix);

typedef struct {
    int status;      /* exit status */
    char *out, *err; /* malloc'd, NUL-terminated */
} run_result;

/* Run the bantin command with a NULL-terminated argument list; stdin from
 * stdin_path when not NULL. */
run_result run_bantin(const char *stdin_path, ...);
void run_free(run_result *r);

/* Read a file with bantin's registry; fails the test when it cannot. */
bt_document *read_doc(const char *path, const char *format, const bt_options *opt);
/* Write a document to memory as a format; NUL-terminated, malloc'd. */
char *write_doc(bt_document *doc, const char *format, const bt_options *opt, size_t *size);

/* The article's paragraphs from testdata/article.txt (the seed): the title,
 * the lead, the caption, the two headings, the eight body paragraphs. */
typedef struct {
    const char *title, *lead, *caption, *heading[2], *body[8], *author;
} seed_article;
const seed_article *seed(void);
/* The article as a document built by hand from the seed, for writer tests
 * that must not depend on a reader: title, section, date, language "vi",
 * author and keywords; the lead (a LEAD paragraph, in STRONG), the figure
 * (testdata/images/hoi-nghi-dieu-le-dang.jpg, caption and alt), two level-2
 * headings with four paragraphs each (an emphasis in the third, a link in
 * the fourth), the author line (a BYLINE paragraph).  text_filter, when not
 * NULL, turns every string before it is added (e.g. to NFD); it returns a
 * malloc'd string.  The caller frees the document. */
bt_document *article_doc(char *(*text_filter)(const char *));
/* testdata/images/hoi-nghi-dieu-le-dang.jpg as a resource of doc named
 * name: its index. */
int test_image(bt_document *doc, const char *name);
/* A new node of a type appended to parent, with text when not NULL. */
bt_node *add_node(bt_document *doc, bt_node *parent, bt_node_type type, const char *text);
/* article_doc(NULL), the name the format tests use. */
bt_document *seed_document(void);
/* A small document built by hand holding every node type of the model and
 * every attribute a writer may drop (for loss checks that must not depend on
 * a reader): language "vi", title, section, date; a dateline and a lead
 * paragraph; two headings; a paragraph with every inline (emphasis, strong,
 * a link with a title, code, super- and subscript, a break, a quotation
 * nesting another, underline, strike, a French span holding a quotation, a
 * footnote mark "1"); a figure with its image, alt, display size, caption and
 * a credit labelled "Ảnh"; a quote, an ordered list, a rule, a table with a
 * caption, a header row and a cell spanning two columns, preformatted text;
 * a byline; the footnote "1" at the end.  The caller frees it. */
bt_document *every_node_doc(void);
/* Add a format option, printf-style ("html:whole-page", "epub:cover=%s"),
 * to opt's format_options.  The strings live in one static list of the test
 * program (at most 16), begun anew for options that do not use it yet. */
void test_option(bt_options *opt, const char *fmt, ...) BT_PRINTF(2, 3);
/* A figure's credit as its source wrote it: "label: name", or the name
 * alone; NULL when none.  In a static buffer. */
const char *credit_line(bt_document *doc, bt_node *fig);
/* A page of testdata/ read as HTML, its images looked up in testdata/. */
bt_document *read_html_page(const char *name);
/* A doc_dump from its first paragraph or heading on: the metadata left out,
 * as a page or book bantin wrote may have more (a description). */
const char *dump_blocks(const char *dump);
/* Footnotes as writers meet them, built by hand (language "en"): a note
 * labelled "*" marked twice, then once inside a link, placed in the middle
 * of the body with a heading in it; a note labelled "7"; a mark "8" whose
 * note is missing.  The caller frees it. */
bt_document *notes_doc(void);
/* Assert that hay contains needle, naming it when it does not. */
#define assert_contains(hay, needle) assert_true(contains_(hay, needle, __FILE__, __LINE__))
#define assert_not_contains(hay, needle) assert_false(strstr(hay, needle) != NULL)
int contains_(const char *hay, const char *needle, const char *file, int line);
/* How many times needle stands in hay, not overlapping. */
int occurrences(const char *hay, const char *needle);
/* text with every run of white space made one space, trimmed; malloc'd. */
char *squeeze(const char *text);

#endif
