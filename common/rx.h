/*
 * rx: PCRE2 patterns compiled once at start-up, with JIT when the library
 * has it.  A pattern that does not compile is a configuration error: the
 * message names the pattern's source and the error offset, and the tool
 * exits with EXIT_USAGE.  Patterns are UTF-8 with Unicode properties; the
 * subjects they run over must be valid UTF-8 unless RX_BYTES is given.
 */
#ifndef NP_RX_H
#define NP_RX_H

#include <stdbool.h>
#include <stddef.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

enum {
	RX_CASELESS = 1,	/* case-insensitive */
	RX_BYTES = 2		/* match bytes, not UTF-8 characters */
};

struct rx {
	pcre2_code		*code;
	pcre2_match_data	*md;	/* reused by every match */
};

/* Compile pattern; source ("file:line" or a name) is used in messages. */
void	rx_compile(struct rx *rx, const char *pattern, int flags,
	    const char *source);
void	rx_free(struct rx *rx);
/*
 * Find the first match in subject[0..len) at or after offset from.  On a
 * match stores its bounds in *ms and *me and returns true.
 */
bool	rx_find(struct rx *rx, const char *subject, size_t len, size_t from,
	    size_t *ms, size_t *me);
/* Bounds of capture group i of the last match (false when unset). */
bool	rx_group(struct rx *rx, int i, size_t *gs, size_t *ge);

#endif
