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

/*
 * The hash of the tools' small tables: eight bytes at a time, each block
 * mixed in by one multiply.  The last 1-7 bytes are read as two
 * overlapping words (or, under four, the first, middle and last byte);
 * the length is multiplied in first, so the overlap loses nothing and
 * keys of different lengths do not cancel out.  The high
 * bits are folded down at the end, as tables mask the low ones.
 */
static inline unsigned long long
buf_hash(const void *p, size_t n)
{
	const unsigned char *s = p;
	unsigned long long h = (0x9E3779B97F4A7C15ull + n) *
	    0xD6E8FEB86659FD93ull, v;
	unsigned int a, b;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&v, s, 8);
		h = (h ^ v) * 0xBF58476D1CE4E5B9ull;
		h ^= h >> 31;
	}
	if (n >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, s + n - 4, 4);
		v = (unsigned long long)a << 32 | b;
	} else if (n > 0)
		v = (unsigned long long)s[0] << 16 |
		    (unsigned long long)s[n >> 1] << 8 | s[n - 1];
	else
		v = 0;
	h = (h ^ v) * 0x94D049BB133111EBull;
	return h ^ h >> 29 ^ h >> 47;
}

static inline void
buf_reset(struct buf *b)
{
	b->len = 0;
	b->data[0] = '\0';
}

#endif
