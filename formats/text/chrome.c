/* The page's interface that a copy of a web page keeps after the article:
 * the labels of the comment box, the tags, the share bar, related links. */
#include <string.h>
#include <strings.h>

#include "text.h"

/* Labels as pages print them; a line is one of them alone, with a count
 * ("Bình luận (0)") or with what it labels ("Tags: Hà Nội").  Only whole
 * lines of this list are taken, and only after a byline. */
static const char *const labels[] = {"Từ khoá",
                                     "Từ khóa",
                                     "Tags",
                                     "Tag",
                                     "Bình luận",
                                     "Ý kiến",
                                     "Ý kiến bạn đọc",
                                     "Gửi bình luận",
                                     "Viết bình luận",
                                     "Bình luận của bạn",
                                     "Gõ tiếng Việt có dấu, tối thiểu 15 chữ",
                                     "Thông báo",
                                     "Chia sẻ",
                                     "Tin liên quan",
                                     "Bài liên quan",
                                     "Tin cùng chuyên mục",
                                     "Tin khác",
                                     "Xem thêm",
                                     "Đọc thêm",
                                     "In bài",
                                     "Gửi",
                                     "Về đầu trang",
                                     "Comments",
                                     "Comment",
                                     "Leave a comment",
                                     "Leave a reply",
                                     "Add a comment",
                                     "Share",
                                     "Share this",
                                     "Share this article",
                                     "Related",
                                     "Related articles",
                                     "Related stories",
                                     "Read more",
                                     "More",
                                     "Print",
                                     "Email",
                                     "Advertisement",
                                     "Topics",
                                     "Subscribe",
                                     "Back to top",
                                     "Notice"};

static int count_suffix(const char *s, size_t len)
{
    if (len < 4 || memcmp(s, " (", 2) || s[len - 1] != ')')
        return 0;
    for (size_t i = 2; i + 1 < len; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

int tr_interface_line(const char *s, size_t len)
{
    for (size_t i = 0; i < sizeof(labels) / sizeof(labels[0]); i++) {
        size_t n = strlen(labels[i]);
        /* ASCII letters in any case, as pages print labels in capitals too */
        if (len < n || strncasecmp(s, labels[i], n))
            continue;
        if (len == n || s[n] == ':' || count_suffix(s + n, len - n))
            return 1;
    }
    return 0;
}

size_t tr_interface(const tr_line *l, size_t first, size_t n)
{
    size_t k = n;
    while (k > first && (tr_blank(&l[k - 1]) ||
                         (!tr_indent(&l[k - 1]) && tr_interface_line(l[k - 1].s, l[k - 1].len))))
        k--;
    while (k < n && tr_blank(&l[k]))
        k++;
    return k;
}

int tr_drop_interface(tr_ctx *c, const tr_line *l, size_t n)
{
    bt_buf b = BT_BUF_INIT;
    size_t count = 0;
    for (size_t k = 0; k < n; k++) {
        if (tr_blank(&l[k]))
            continue;
        bt_buf_printf(&b, "%s\"%.*s\"", count ? ", " : "", (int)l[k].len, l[k].s);
        count++;
    }
    if (b.failed && c->status == BT_OK)
        c->status = bt_error_set(c->err, BT_ERR_NOMEM, "out of memory");
    else if (count)
        /* the page's, not the article's: a change of what was taken, not a loss */
        bt_error_event(c->err, BT_EVENT_CHANGED, BT_LOSS_ARTICLE, count,
                       "dropped %zu line%s of the page's interface after the byline: %s", count,
                       count > 1 ? "s" : "", b.data);
    bt_buf_free(&b);
    return count > 0;
}
