/* Image headers: media type and pixel size from the first bytes. */
#ifndef BT_IMAGE_H
#define BT_IMAGE_H

#include <stddef.h>

/* The largest image accepted, in bytes and in pixels on a side. */
#define BT_MAX_IMAGE_BYTES (64u * 1024u * 1024u)
#define BT_MAX_IMAGE_SIDE 65535
/* The finest resolution believed, in dots per inch (JFIF's largest). */
#define BT_MAX_IMAGE_DPI 65535

/* Fills the media type ("image/png", or NULL when not an image it knows) and
 * the pixel size (0 when unknown).  Returns 1 when the bytes are an image. */
int bt_image_sniff(const unsigned char *p, size_t n, const char **media_type, int *width,
                   int *height);
/* Pixels per inch across and down, from PNG's pHYs, JPEG's JFIF density or
 * else its EXIF, WebP's EXIF; both 0 when the image does not say. */
void bt_image_resolution(const unsigned char *p, size_t n, int *dpi_x, int *dpi_y);
/* Whether bytes that sniff as SVG are one: well-formed XML without a
 * DOCTYPE, whose root is <svg> in the SVG namespace (not any XML file). */
int bt_image_is_svg(const unsigned char *p, size_t n);
/* Whether bytes of a media type, sniffed or declared, can be that image:
 * "image/svg+xml" only when bt_image_is_svg (the first bytes "<?xml" start
 * any XML file); any other type, or none, as given. */
int bt_image_type_fits(const unsigned char *p, size_t n, const char *media_type);
/* The usual file extension for a media type ("jpg"), or "bin". */
const char *bt_image_extension(const char *media_type);

#endif
