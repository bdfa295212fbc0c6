#include "resolve.h"

#include "error.h"

struct bt_image_request {
    bt_image_take take;
    void *user;
    const char *src;
    int given; /* once a request */
    int index;
};

bt_status bt_image_request_give(bt_image_request *req, const void *data, size_t size,
                                const char *media_type)
{
    if (!req || req->given || (!data && size))
        return BT_FAILED;
    req->given = 1;
    req->index = req->take(req->user, req->src, data ? data : "", size, media_type);
    return req->index == -1 ? BT_WARN : BT_OK;
}

bt_status bt_image_resolve(const bt_options *opt, const char *src, const char *input_path,
                           bt_image_take take, void *user, bt_error *err, int *index)
{
    bt_image_request req = {take, user, src, 0, -1};
    bt_status s = opt->resolve_image(opt->resolve_user, src, input_path, &req);
    *index = req.index;
    if (s != BT_OK && s != BT_WARN) {
        *index = -1;
        return bt_error_set(err, BT_ERR_IO, "the image resolver failed for %s", src);
    }
    if (!req.given)
        bt_error_event(err, BT_EVENT_LOST, BT_LOSS_IMAGE, 1, "image not found: %s", src);
    return *index == -1 ? BT_WARN : BT_OK;
}
