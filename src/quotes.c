/* Quotation marks by language, for inline quotations written as text: the
 * marks of CLDR's delimiters data, with the no-break spaces French
 * typography puts inside guillemets. */
#include <string.h>
#include <strings.h>

#include "language.h"

typedef struct marks {
    const char *lang;    /* the primary language subtag */
    const char *open[2]; /* outer, then nested */
    const char *close[2];
} marks;

static const marks table[] = {
    {"de", {"„", "‚"}, {"“", "‘"}},
    {"cs", {"„", "‚"}, {"“", "‘"}},
    {"sk", {"„", "‚"}, {"“", "‘"}},
    {"pl", {"„", "«"}, {"”", "»"}},
    {"ru", {"«", "„"}, {"»", "“"}},
    {"uk", {"«", "„"}, {"»", "“"}},
    {"es", {"«", "“"}, {"»", "”"}},
    {"it", {"«", "“"}, {"»", "”"}},
    {"fr", {"«\xC2\xA0", "“"}, {"\xC2\xA0»", "”"}},
    {"ja", {"「", "『"}, {"」", "』"}},
};

/* English and Vietnamese, and languages not in the table. */
static const marks other = {NULL, {"“", "‘"}, {"”", "’"}};

void bt_quotation_marks(const char *lang, int depth, const char **open, const char **close)
{
    const marks *m = &other;
    size_t len = lang ? strcspn(lang, "-_") : 0;
    for (size_t i = 0; len && i < sizeof(table) / sizeof(table[0]); i++)
        if (strlen(table[i].lang) == len && !strncasecmp(lang, table[i].lang, len))
            m = &table[i];
    *open = m->open[depth % 2];
    *close = m->close[depth % 2];
}
