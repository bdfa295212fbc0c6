/* Every limit bantin enforces, in one place, each with a test at and past it. */
#ifndef BT_LIMIT_H
#define BT_LIMIT_H

/* The largest input file read, in bytes. */
#define BT_MAX_INPUT_BYTES (512u * 1024u * 1024u)
/* Element nesting followed by readers; deeper content is flattened into the
 * block at this depth, not dropped. */
#define BT_MAX_DEPTH 256

#endif
