/* MathML as a line of text: what a reader sees of a formula, so that an
 * article's formulas are not lost on the way to formats without math
 * ("a ≠ 0", "x = (−b ± √(b² − 4ac))/(2a)", "∑_(i=1)^n i").  Presentation
 * MathML is read; the TeX of a formula's alttext or annotation only when
 * there is no presentation markup (a picture of a formula with its TeX). */
#include <string.h>

#include "limit.h"
#include "xhtml.h"
#include "xhtml_read.h"

typedef struct {
    bt_buf *out;
    int depth;
} math_ctx;

static void linear(math_ctx *m, const xmlNode *n);

static int named(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && bt_xhtml_is(n, name);
}

/* The element children of n, in order. */
static const xmlNode *child(const xmlNode *n, int i)
{
    for (const xmlNode *k = n ? n->children : NULL; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE && i-- == 0)
            return k;
    return NULL;
}

/* A token's text, its white space squeezed (an NBSP is a space) and, but
 * in <mtext>, trimmed. */
static void token(math_ctx *m, const xmlNode *n)
{
    int text = named(n, "mtext");
    bt_buf t = BT_BUF_INIT;
    bt_xhtml_dom_text(n, &t, 0);
    int space = 0;
    size_t space_from = t.len; /* (no space before the first letter) */
    for (size_t i = 0; i < t.len; i++) {
        int nbsp = i + 1 < t.len && (unsigned char)t.data[i] == 0xC2 &&
                   (unsigned char)t.data[i + 1] == 0xA0;
        char c = t.data[i];
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || nbsp) {
            space = 1;
            i += (size_t)nbsp;
            continue;
        }
        if (space && (text || i > space_from) && m->out->len &&
            m->out->data[m->out->len - 1] != ' ')
            bt_buf_putc(m->out, ' ');
        space = 0;
        space_from = 0;
        bt_buf_putc(m->out, c);
    }
    if (space && text)
        bt_buf_putc(m->out, ' ');
    m->out->failed |= t.failed;
    bt_buf_free(&t);
}

/* An operator, with the spaces a reader sees around it. */
static void operator(math_ctx *m, const xmlNode *n)
{
    static const char *const tight[] = {"(",
                                        ")",
                                        "[",
                                        "]",
                                        "{",
                                        "}",
                                        "|",
                                        "‖",
                                        "⟨",
                                        "⟩",
                                        "!",
                                        "′",
                                        "″",
                                        ".",
                                        "\xE2\x81\xA2",
                                        "\xE2\x81\xA3",
                                        "\xE2\x81\xA4",
                                        NULL};
    bt_buf t = BT_BUF_INIT;
    math_ctx sub = {&t, m->depth};
    token(&sub, n);
    const char *s = t.data ? t.data : "";
    int is_tight = 0;
    for (const char *const *w = tight; *w && !is_tight; w++)
        is_tight = !strcmp(s, *w);
    /* (function application, U+2061: a space between the name and its argument) */
    if (!strcmp(s, "\xE2\x81\xA1")) {
        bt_buf_putc(m->out, ' ');
    } else if (!strcmp(s, "\xE2\x81\xA2") || !strcmp(s, "\xE2\x81\xA3") ||
               !strcmp(s, "\xE2\x81\xA4")) {
        /* invisible times, separator, plus: nothing shows */
    } else if (is_tight) {
        /* (no space a script left before a closing bracket) */
        if (m->out->len && m->out->data[m->out->len - 1] == ' ' && strchr(")]}", *s))
            bt_buf_truncate(m->out, m->out->len - 1);
        bt_buf_puts(m->out, s);
    } else if (!strcmp(s, ",") || !strcmp(s, ";")) {
        bt_buf_puts(m->out, s);
        bt_buf_putc(m->out, ' ');
    } else {
        /* a sign first, or after another operator or an opening, is unary */
        size_t len = m->out->len;
        char last = len ? m->out->data[len - 1] : ' ';
        const xmlNode *prev = n->prev;
        while (prev && prev->type != XML_ELEMENT_NODE)
            prev = prev->prev;
        int unary =
            !prev || !len || last == '(' || last == '[' || (named(prev, "mo") && last == ' ');
        if (!unary)
            bt_buf_putc(m->out, ' ');
        bt_buf_puts(m->out, s);
        if (!unary)
            bt_buf_putc(m->out, ' ');
    }
    m->out->failed |= t.failed;
    bt_buf_free(&t);
}

/* Whether a part stands without brackets: a number, or one letter or sign
 * ("x", "π", "10"; not "2a" or "n+1"). */
static int atom(const char *s, size_t len)
{
    size_t digits = 0, first = len ? 1 : 0;
    while (digits < len && ((s[digits] >= '0' && s[digits] <= '9') || s[digits] == '.'))
        digits++;
    while (first < len && ((unsigned char)s[first] & 0xC0) == 0x80)
        first++;
    /* (combining marks over the letter: "x̄") */
    while (first + 1 < len && (unsigned char)s[first] == 0xCC)
        first += 2;
    return digits == len || first == len;
}

/* The digits a script is written with: ₁ below, ² above. */
static const char *const script_digits[2][10] = {
    {"₀", "₁", "₂", "₃", "₄", "₅", "₆", "₇", "₈", "₉"},
    {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"},
};

/* n read into a buffer of its own. */
static void part(math_ctx *m, const xmlNode *n, bt_buf *b)
{
    math_ctx sub = {b, m->depth};
    if (n)
        linear(&sub, n);
    size_t end = b->len, lead = strspn(b->data ? b->data : "", " ");
    while (end > lead && b->data[end - 1] == ' ')
        end--;
    if (lead)
        memmove(b->data, b->data + lead, end - lead);
    bt_buf_truncate(b, end - lead);
    m->out->failed |= b->failed;
}

/* Whether s is in one pair of brackets: "(1 − q)", not "(a)(b)". */
static int bracketed(const char *s, size_t len)
{
    int depth = 0;
    for (size_t i = 0; i < len; i++) {
        depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
        if (!depth && i + 1 < len)
            return 0;
    }
    return len > 1 && s[0] == '(' && !depth;
}

/* A part, bracketed when it is more than an atom ("(n+1)"). */
static void grouped(math_ctx *m, const bt_buf *b)
{
    int wrap = !atom(b->data, b->len) && !bracketed(b->data, b->len);
    if (wrap)
        bt_buf_putc(m->out, '(');
    bt_buf_put(m->out, b->data, b->len);
    if (wrap)
        bt_buf_putc(m->out, ')');
}

/* A script's text: ² or ₁ when it is all digits, else ^ or _ and the text. */
static void script_text(math_ctx *m, const bt_buf *s, int up)
{
    const bt_buf b = *s;
    int digits = b.len > 0 && b.len <= 3;
    for (size_t i = 0; i < b.len && digits; i++)
        digits = b.data[i] >= '0' && b.data[i] <= '9';
    if (digits) {
        if (m->out->len && m->out->data[m->out->len - 1] == ' ') /* "a_k²" */
            bt_buf_truncate(m->out, m->out->len - 1);
        for (size_t i = 0; i < b.len; i++)
            bt_buf_puts(m->out, script_digits[up != 0][b.data[i] - '0']);
    } else if (b.len) {
        bt_buf_putc(m->out, up ? '^' : '_');
        grouped(m, &b);
        bt_buf_putc(m->out, ' '); /* what follows is apart: "∑_i a_i b_i" */
    }
}

static void script(math_ctx *m, const xmlNode *n, int up)
{
    bt_buf b = BT_BUF_INIT;
    part(m, n, &b);
    script_text(m, &b, up);
    bt_buf_free(&b);
}

/* The combining mark an accent over a single letter is ("x̄", "v⃗"), or
 * NULL. */
static const char *combining(const bt_buf *base, const bt_buf *over)
{
    static const struct {
        const char *mark, *combining;
    } accents[] = {{"¯", "\xCC\x84"},     {"‾", "\xCC\x85"},   {"^", "\xCC\x82"}, {"ˆ", "\xCC\x82"},
                   {"~", "\xCC\x83"},     {"˜", "\xCC\x83"},   {"˙", "\xCC\x87"}, {"¨", "\xCC\x88"},
                   {"→", "\xE2\x83\x97"}, {"⃗", "\xE2\x83\x97"}};
    size_t first = base->len ? 1 : 0;
    while (first < base->len && ((unsigned char)base->data[first] & 0xC0) == 0x80)
        first++;
    for (size_t i = 0; i < sizeof(accents) / sizeof(accents[0]) && base->len == first; i++)
        if (over->len == strlen(accents[i].mark) && !memcmp(over->data, accents[i].mark, over->len))
            return accents[i].combining;
    return NULL;
}

/* A base and its scripts: x², a_ij, ∑_(i = 1)^n, x̄.  A large operator as
 * the base (∑, ∫) stands apart from what comes before it. */
static void scripted(math_ctx *m, const xmlNode *n)
{
    const xmlNode *base = child(n, 0);
    size_t len = m->out->len;
    if (named(base, "mo") && len && !strchr(" ([", m->out->data[len - 1]))
        bt_buf_putc(m->out, ' ');
    /* (each part is read once: nesting may be deep) */
    bt_buf b = BT_BUF_INIT, o = BT_BUF_INIT;
    part(m, base, &b);
    if (named(n, "mover"))
        part(m, child(n, 1), &o);
    const char *mark = named(n, "mover") ? combining(&b, &o) : NULL;
    bt_buf_put(m->out, b.data, b.len);
    if (mark)
        bt_buf_puts(m->out, mark);
    else if (named(n, "mover"))
        script_text(m, &o, 1);
    else
        script(m, child(n, 1), named(n, "msup"));
    bt_buf_free(&b);
    bt_buf_free(&o);
    if (named(n, "msubsup") || named(n, "munderover"))
        script(m, child(n, 2), 1);
}

static void children(math_ctx *m, const xmlNode *n)
{
    for (const xmlNode *k = n->children; k; k = k->next)
        if (k->type == XML_ELEMENT_NODE)
            linear(m, k);
}

static void fenced(math_ctx *m, const xmlNode *n)
{
    xmlChar *open = xmlGetProp(n, (const xmlChar *)"open"),
            *close = xmlGetProp(n, (const xmlChar *)"close"),
            *seps = xmlGetProp(n, (const xmlChar *)"separators");
    bt_buf_puts(m->out, open ? (const char *)open : "(");
    int i = 0;
    for (const xmlNode *k = n->children; k; k = k->next) {
        if (k->type != XML_ELEMENT_NODE)
            continue;
        if (i++) {
            const char *s = seps ? (const char *)seps : ",";
            s += strspn(s, " ");
            bt_buf_putc(m->out, *s ? *s : ',');
            bt_buf_putc(m->out, ' ');
        }
        linear(m, k);
    }
    bt_buf_puts(m->out, close ? (const char *)close : ")");
    xmlFree(open);
    xmlFree(close);
    xmlFree(seps);
}

/* A table (a matrix, a system of equations): cells apart, rows after "; ". */
static void table(math_ctx *m, const xmlNode *n)
{
    int row = 0;
    for (const xmlNode *r = n->children; r; r = r->next) {
        if (r->type != XML_ELEMENT_NODE)
            continue;
        if (row++)
            bt_buf_puts(m->out, "; ");
        int cell = 0;
        for (const xmlNode *d = r->children; d; d = d->next) {
            if (d->type != XML_ELEMENT_NODE || named(d, "mlabeledtr"))
                continue;
            if (cell++)
                bt_buf_putc(m->out, ' ');
            linear(m, d);
        }
    }
}

static void linear(math_ctx *m, const xmlNode *n)
{
    if (!n || n->type != XML_ELEMENT_NODE || bt_xhtml_skipped(n))
        return;
    if (m->depth >= BT_MAX_MATH_DEPTH) {
        token(m, n);
        return;
    }
    m->depth++;
    if (named(n, "mi") || named(n, "mn") || named(n, "mtext") || named(n, "ms")) {
        token(m, n);
    } else if (named(n, "mo")) {
        operator(m, n);
    } else if (named(n, "mspace")) {
        bt_buf_putc(m->out, ' ');
    } else if (named(n, "semantics")) {
        linear(m, child(n, 0)); /* the annotations say it again */
    } else if (named(n, "annotation") || named(n, "annotation-xml") || named(n, "mphantom") ||
               named(n, "none") || named(n, "mprescripts")) {
        /* nothing a reader sees */
    } else if (named(n, "msup") || named(n, "msub") || named(n, "msubsup") || named(n, "munder") ||
               named(n, "mover") || named(n, "munderover")) {
        scripted(m, n);
    } else if (named(n, "mfrac")) {
        bt_buf num = BT_BUF_INIT, den = BT_BUF_INIT;
        part(m, child(n, 0), &num);
        part(m, child(n, 1), &den);
        grouped(m, &num);
        bt_buf_putc(m->out, '/');
        grouped(m, &den);
        bt_buf_free(&num);
        bt_buf_free(&den);
    } else if (named(n, "msqrt") || named(n, "mroot")) {
        bt_buf b = BT_BUF_INIT;
        if (named(n, "mroot")) {
            script(m, child(n, 1), 1);
            part(m, child(n, 0), &b);
        } else {
            math_ctx sub = {&b, m->depth};
            children(&sub, n);
            part(m, NULL, &b);
        }
        bt_buf_puts(m->out, "√");
        grouped(m, &b);
        bt_buf_free(&b);
    } else if (named(n, "mfenced")) {
        fenced(m, n);
    } else if (named(n, "mtable")) {
        table(m, n);
    } else if (named(n, "mglyph")) {
        xmlChar *alt = xmlGetProp(n, (const xmlChar *)"alt");
        if (alt)
            bt_buf_puts(m->out, (const char *)alt);
        xmlFree(alt);
    } else {
        children(m, n); /* math, mrow, mstyle, mpadded, menclose, mtd, merror... */
    }
    m->depth--;
}

/* TeX as a page gives it: "{\displaystyle x^{2}}" without its wrapper. */
static void tex(bt_buf *out, const char *s)
{
    static const char wrap[] = "{\\displaystyle";
    size_t len = strlen(s);
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\n'))
        len--;
    if (!strncmp(s, wrap, sizeof(wrap) - 1) && len && s[len - 1] == '}') {
        s += sizeof(wrap) - 1;
        len -= sizeof(wrap);
    }
    while (len && (*s == ' ' || *s == '\n'))
        s++, len--;
    bt_buf_put(out, s, len);
}

/* The TeX annotation of a formula, or NULL. */
static const xmlNode *tex_annotation(const xmlNode *math)
{
    for (const xmlNode *k = math; k; k = bt_xhtml_next(k, math, 0))
        if (named(k, "annotation")) {
            xmlChar *enc = xmlGetProp(k, (const xmlChar *)"encoding");
            int is_tex = enc && strstr((const char *)enc, "tex");
            xmlFree(enc);
            if (is_tex)
                return k;
        }
    return NULL;
}

void bt_xhtml_math_text(const xmlNode *math, bt_buf *out)
{
    size_t start = out->len;
    math_ctx m = {out, 0};
    children(&m, math);
    /* (squeezed: the parts leave spaces side by side; none before a closing
     * bracket, or before a bar after a script: "(x_i)", "‖x_i‖") */
    size_t w = start;
    for (size_t r = start; r < out->len; r++) {
        char c = out->data[r], next = r + 1 < out->len ? out->data[r + 1] : '\0';
        if (c == ' ' && (w == start || out->data[w - 1] == ' ' || (next && strchr(")]}^_", next))))
            continue;
        if (c == ' ' && (next == '|' || !strncmp(out->data + r + 1, "‖", 3))) {
            size_t b = w;
            while (b > start && out->data[b - 1] != ' ' && out->data[b - 1] != '^' &&
                   out->data[b - 1] != '_')
                b--;
            if (b > start && out->data[b - 1] != ' ')
                continue;
        }
        out->data[w++] = c;
    }
    while (w > start && out->data[w - 1] == ' ')
        w--;
    bt_buf_truncate(out, w);
    if (out->len > start || out->failed)
        return;
    xmlChar *alt = xmlGetProp(math, (const xmlChar *)"alttext");
    const xmlNode *a = alt ? NULL : tex_annotation(math);
    if (alt) {
        tex(out, (const char *)alt);
    } else if (a) {
        bt_buf t = BT_BUF_INIT;
        bt_xhtml_dom_text(a, &t, 0);
        if (t.len)
            tex(out, t.data);
        out->failed |= t.failed;
        bt_buf_free(&t);
    }
    xmlFree(alt);
}

void bt_xhtml_formula_text(const xmlNode *math, const xmlNode *img, bt_buf *out)
{
    size_t start = out->len;
    if (math)
        bt_xhtml_math_text(math, out);
    xmlChar *alt = out->len == start && img ? xmlGetProp(img, (const xmlChar *)"alt") : NULL;
    if (alt)
        tex(out, (const char *)alt);
    xmlFree(alt);
}

int bt_xhtml_math_displayed(const xmlNode *math)
{
    xmlChar *d = xmlGetProp(math, (const xmlChar *)"display");
    int block = d && !xmlStrcasecmp(d, (const xmlChar *)"block");
    xmlFree(d);
    for (const xmlNode *up = math->parent; !block && up && up->type == XML_ELEMENT_NODE;
         up = up->parent)
        if (bt_xhtml_is(up, "mjx-container")) {
            d = xmlGetProp(up, (const xmlChar *)"display");
            block = d && !xmlStrcmp(d, (const xmlChar *)"true");
            xmlFree(d);
            break;
        }
    return block;
}

int bt_xhtml_drawn_formula(const xmlNode *el, const xmlNode **math, const xmlNode **img)
{
    static const char *const boxes[] = {"mwe-math-element", NULL};
    static const char *const pictures[] = {"mwe-math-fallback-image-inline",
                                           "mwe-math-fallback-image-display", "latex", NULL};
    static const char *const displays[] = {"mwe-math-fallback-image-display",
                                           "mwe-math-mathml-display", NULL};
    *math = *img = NULL;
    if (bt_xhtml_is(el, "img")) {
        xmlChar *alt = xmlGetProp(el, (const xmlChar *)"alt");
        int is_tex = alt && !strncmp((const char *)alt, "{\\displaystyle", 14);
        xmlFree(alt);
        if (!is_tex && !bt_xhtml_class_has(el, pictures, 0))
            return 0;
        *img = el;
    } else if (bt_xhtml_is(el, "span") && bt_xhtml_class_has(el, boxes, 0)) {
        for (const xmlNode *d = el->children; d && (!*math || !*img); d = bt_xhtml_next(d, el, 0))
            if (!*math && bt_xhtml_is(d, "math"))
                *math = d;
            else if (!*img && bt_xhtml_is(d, "img"))
                *img = d;
        if (!*math && !*img)
            return 0;
    } else {
        return 0;
    }
    for (const xmlNode *d = el; d; d = bt_xhtml_next(d, el, 0))
        if (d->type == XML_ELEMENT_NODE && bt_xhtml_class_has(d, displays, 0))
            return 2;
    return 1;
}
