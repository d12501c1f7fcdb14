/*
 * split: raw text to sentence spans.  Pure: no I/O, no allocation beyond
 * the result array.
 */
#ifndef SEGMENT_SPLIT_H
#define SEGMENT_SPLIT_H

#include <stddef.h>

struct span {
	size_t	start;		/* byte offset of the first non-space byte */
	size_t	end;		/* byte offset after the last non-space byte */
	size_t	para;		/* 0-based paragraph index */
};

struct spans {
	struct span	*v;
	size_t		 n;
	size_t		 cap;
};

/* Compile the patterns split_text() uses; call once before it. */
void	split_init(void);
void	split_fini(void);
/*
 * Append to out the sentences of text[0..len).  The spans are in order,
 * do not overlap, and together cover every non-space byte of the text.
 * text may hold any bytes (NULs, ill-formed UTF-8).
 */
void	split_text(const char *text, size_t len, struct spans *out);

#endif
