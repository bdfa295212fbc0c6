/* DRM: META-INF/encryption.xml lists what is encrypted.  Obfuscated fonts
 * (the IDPF and Adobe algorithms) leave the text readable; anything else
 * encrypted means the book cannot be read without its keys. */
#include <string.h>
#include <strings.h>

#include "epub.h"
#include "xml.h"

static int font_obfuscation(const char *algorithm)
{
    return algorithm && (!strcmp(algorithm, "http://www.idpf.org/2008/embedding") ||
                         !strcmp(algorithm, "http://ns.adobe.com/pdf/enc#RC"));
}

static int font_file(const char *uri)
{
    static const char *const ext[] = {".ttf", ".otf", ".woff", ".woff2"};
    size_t n = uri ? strlen(uri) : 0;
    for (size_t i = 0; i < sizeof(ext) / sizeof(ext[0]); i++) {
        size_t e = strlen(ext[i]);
        if (n > e && !strcasecmp(uri + n - e, ext[i]))
            return 1;
    }
    return 0;
}

bt_status epub_check_encryption(bt_zip_reader *z, bt_error *err)
{
    static const char name[] = "META-INF/encryption.xml";
    if (!bt_zip_has(z, name))
        return BT_OK;
    bt_buf b = BT_BUF_INIT;
    if (bt_zip_read(z, name, &b, err) != BT_OK) {
        bt_buf_free(&b);
        return BT_FAILED;
    }
    xmlDocPtr x = bt_xml_parse(b.data ? b.data : "", b.len, name, err);
    bt_buf_free(&b);
    if (!x)
        return BT_FAILED;
    bt_status s = BT_OK;
    xmlNode *root = xmlDocGetRootElement(x);
    for (xmlNode *d = root ? root->children : NULL; d && s == BT_OK; d = d->next) {
        if (!bt_xml_is(d, "EncryptedData"))
            continue;
        const char *algorithm = bt_xml_attr(bt_xml_child(d, "EncryptionMethod"), "Algorithm");
        const char *uri =
            bt_xml_attr(bt_xml_child(bt_xml_child(d, "CipherData"), "CipherReference"), "URI");
        if (!font_obfuscation(algorithm) && !font_file(uri))
            s = bt_error_set(err, BT_ERR_FORMAT, "the EPUB is encrypted (DRM): %s lists '%.100s'",
                             name, uri ? uri : "");
    }
    xmlFreeDoc(x);
    return s;
}
