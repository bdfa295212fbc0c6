/* The version of the library a program runs with, which may be newer than
 * the headers it was built with. */
#include "bantin.h"

const char *bt_version(void) { return BT_VERSION_STRING; }
