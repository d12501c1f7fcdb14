/*
 * buf: a growable byte buffer.
 *
 * Invariants (after buf_init): data is never NULL, data[len] == '\0',
 * len < cap.  The bytes may contain NULs; len is the only length.
 */
#ifndef NP_BUF_H
#define NP_BUF_H

#include <stddef.h>
#include <string.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	buf_init(struct buf *b);
void	buf_free(struct buf *b);
/* Make room for n more bytes (plus the terminating NUL). */
void	buf_grow(struct buf *b, size_t n);
void	buf_add(struct buf *b, const void *p, size_t n);
void	buf_addstr(struct buf *b, const char *s);
void	buf_addf(struct buf *b, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* Append the decimal form of v. */
void	buf_addu(struct buf *b, unsigned long long v);

static inline void
buf_addc(struct buf *b, char c)
{
	if (b->len + 1 >= b->cap)
		buf_grow(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

/* FNV-1a over n bytes: the hash of the tools' small tables. */
static inline unsigned long long
buf_hash(const void *p, size_t n)
{
	const unsigned char *s = p;
	unsigned long long h = 1469598103934665603ull;

	while (n-- > 0)
		h = (h ^ *s++) * 1099511628211ull;
	return h;
}

static inline void
buf_reset(struct buf *b)
{
	b->len = 0;
	b->data[0] = '\0';
}

#endif
