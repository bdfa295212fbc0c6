/* Figures from the shapes writers leave: a picture's frame alone; a frame
 * holding a text box whose paragraph holds the picture and its caption
 * (LibreOffice's Insert > Caption, "Figure 1: caption", the label and
 * number dropped); a picture followed by a paragraph on a caption style
 * (pandoc's FigureCaption).  A caption's Photo Credit span is the credit. */
#include <string.h>

#include "credit.h"
#include "odt.h"
#include "xhtml.h"

static bt_node *holder(odt_reader *r, int before)
{
    bt_node **h = before ? &r->figures_before : &r->figures_after;
    if (!*h && !(*h = bt_node_new(r->doc, BT_NODE_BODY)))
        r->failed = 1;
    return *h;
}

static int is_caption_style(const odt_reader *r, const char *style)
{
    static const char *const names[] = {"Caption", "FigureCaption", "Figure", "Illustration",
                                        "Drawing"};
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (odt_style_inherits(r->styles, "paragraph", style, names[i]))
            return 1;
    return 0;
}

/* A picture's frame below x, not looking into other text boxes; iterative,
 * for paragraphs of any depth. */
static xmlNode *find_picture(xmlNode *x)
{
    for (xmlNode *c = x->children; c; c = bt_xhtml_next(c, x, bt_xml_is(c, "text-box")))
        if (bt_xml_is(c, "frame") && bt_xml_child(c, "image"))
            return c;
    return NULL;
}

static void set_alt(odt_reader *r, bt_node *fig, xmlNode *frame)
{
    xmlNode *t = bt_xml_child(frame, "title");
    if (!t)
        t = bt_xml_child(frame, "desc");
    xmlChar *alt = t ? xmlNodeGetContent(t) : NULL;
    if (alt && *alt && bt_node_set_literal(r->doc, fig, (char *)alt, strlen((char *)alt)) != BT_OK)
        r->failed = 1;
    xmlFree(alt);
}

static bt_node *new_figure(odt_reader *r, xmlNode *frame)
{
    bt_node *fig = bt_node_new(r->doc, BT_NODE_FIGURE);
    if (!fig) {
        r->failed = 1;
        return NULL;
    }
    /* a frame may offer the same picture twice (SVG and a PNG fallback) */
    xmlNode *image = bt_xml_child(frame, "image");
    bt_node_set_figure_resource(fig, odt_load_picture(r, image));
    const char *href = bt_xml_attr(image, "href");
    if (href && bt_node_set_figure_src(r->doc, fig, href) != BT_OK)
        r->failed = 1;
    set_alt(r, fig, frame);
    bt_node_set_figure_display_size(fig, odt_length_px(bt_xml_attr(frame, "width")),
                                    odt_length_px(bt_xml_attr(frame, "height")));
    return fig;
}

static void drop_leading_breaks(bt_node *n)
{
    while (n->first && n->first->type == BT_NODE_BREAK)
        bt_node_unlink(n->first);
}

void odt_read_caption_text(odt_reader *r, xmlNode *p, bt_node *caption, bt_node *credit,
                           xmlNode *picture)
{
    r->caption = caption;
    r->credit = credit;
    r->caption_image = picture;
    odt_begin_block(r);
    odt_read_inlines(r, p, caption);
    odt_end_block(r);
    r->caption = r->credit = NULL;
    r->caption_image = NULL;
    drop_leading_breaks(caption);
}

/* Read a caption paragraph into the figure's CAPTION and CREDIT. */
static void read_caption(odt_reader *r, bt_node *fig, xmlNode *p, xmlNode *picture)
{
    bt_node *caption = bt_node_figure_caption(fig), *credit = bt_node_figure_credit(fig);
    if (!caption)
        caption = bt_node_new(r->doc, BT_NODE_CAPTION);
    if (!credit)
        credit = bt_node_new(r->doc, BT_NODE_CREDIT);
    if (!caption || !credit) {
        r->failed = 1;
        return;
    }
    odt_read_caption_text(r, p, caption, credit, picture);
    if (!bt_node_is_empty(credit))
        bt_credit_read_apart(r->doc, caption, credit);
    if (!bt_node_is_empty(caption))
        bt_node_append(fig, caption);
    if (!bt_node_is_empty(credit))
        bt_node_append(fig, credit);
}

/* The text box of a frame: a captioned picture, or a text frame (a box
 * beside the text) whose blocks follow the paragraph. */
static void read_text_box(odt_reader *r, xmlNode *box, bt_node *dest)
{
    odt_reader saved;
    odt_enter_nested(r, &saved);
    r->figures_before = r->figures_after = dest;
    bt_node *fig = NULL;
    for (xmlNode *c = box->children; c && !r->failed; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        xmlNode *picture = NULL;
        int paragraph = bt_xml_is(c, "p") || bt_xml_is(c, "h");
        if (paragraph && !fig && (picture = find_picture(c))) {
            if (!(fig = new_figure(r, picture)))
                break;
            bt_node_append(dest, fig);
            read_caption(r, fig, c, picture);
        } else if (paragraph && fig && !bt_node_figure_caption(fig)) {
            read_caption(r, fig, c, NULL);
        } else {
            r->open_figure = NULL;
            odt_read_block(r, c, dest);
        }
    }
    odt_leave_nested(r, &saved);
    r->open_figure = fig && !bt_node_figure_caption(fig) ? fig : NULL;
}

int odt_is_text_frame(const xmlNode *frame)
{
    return !bt_xml_child(frame, "image") && bt_xml_child(frame, "text-box");
}

void odt_read_frame(odt_reader *r, xmlNode *frame)
{
    odt_flush_text(r);
    bt_node *dest = holder(r, r->at_start);
    if (!dest)
        return;
    xmlNode *box = bt_xml_child(frame, "text-box");
    if (bt_xml_child(frame, "image")) {
        bt_node *fig = new_figure(r, frame);
        if (fig)
            bt_node_append(dest, fig);
        r->open_figure = fig;
    } else if (box) {
        read_text_box(r, box, dest);
    } else if (bt_xml_child(frame, "object") || bt_xml_child(frame, "object-ole")) {
        bt_error_event(r->err, BT_EVENT_LOST, BT_LOSS_OBJECT, 1,
                       "an embedded object (a formula or a chart) was left out");
        r->status = BT_WARN;
    }
}

int odt_read_caption_paragraph(odt_reader *r, xmlNode *p, bt_node *parent)
{
    const char *style = bt_xml_attr(p, "style-name");
    if (!is_caption_style(r, style) || find_picture(p))
        return 0;
    bt_node *fig = r->open_figure;
    r->open_figure = NULL;
    if (fig && !bt_node_figure_caption(fig)) {
        read_caption(r, fig, p, NULL);
        return 1;
    }
    /* our writer's figure whose picture was lost: a caption alone */
    if (!odt_style_inherits(r->styles, "paragraph", style, "Figure") &&
        !odt_style_inherits(r->styles, "paragraph", style, "Illustration"))
        return 0;
    fig = bt_node_new(r->doc, BT_NODE_FIGURE);
    if (!fig) {
        r->failed = 1;
        return 1;
    }
    read_caption(r, fig, p, NULL);
    if (fig->first)
        bt_node_append(parent, fig);
    return 1;
}
