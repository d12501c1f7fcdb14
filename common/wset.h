/*
 * wset: fast membership in the NULL-terminated word lists the tools keep
 * as static arrays (cue verbs, titles, abbreviations).  The first lookup in
 * a list builds a hash set for it; later ones cost one hash.  Matching is
 * exact on the bytes; a word holding a NUL is in no list.
 *
 * Most words asked about are in no list, and the rules ask millions of
 * times, so the common answer is given inline: the list's filter (see
 * wset.c) is found through a small index of list addresses, and a clear
 * bit says no without a call.  Everything else is wset_in_table()'s.
 */
#ifndef NP_WSET_H
#define NP_WSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Private to wset.c and wset_in(): the index of the lists seen so far. */
#define WSET_SLOTS	512		/* twice the lists a program may have */
#define WSET_FBITS	4096		/* bits of a list's filter */
struct wset_slot {
	const char *const	*list;	/* NULL: an empty slot */
	const uint64_t		*filter;
};
extern struct wset_slot wset_index[WSET_SLOTS];

/* The slot of a list address, where its probe starts. */
static inline size_t
wset_slot_of(const char *const *list)
{
	uintptr_t a = (uintptr_t)list;

	return (size_t)((a >> 3) ^ (a >> 11)) & (WSET_SLOTS - 1);
}

/* A list's filter, or NULL before the list's first question. */
static inline const uint64_t *
wset_filter_of(const char *const *list)
{
	size_t k;

	for (k = wset_slot_of(list); wset_index[k].list != list;
	    k = (k + 1) & (WSET_SLOTS - 1))
		if (wset_index[k].list == NULL)
			return NULL;
	return wset_index[k].filter;
}

/* The filter bit of a word of n > 0 bytes from its first, middle and
 * last bytes and its length (12 bits: WSET_FBITS). */
static inline uint32_t
wset_sig3(unsigned char first, unsigned char mid, unsigned char last,
    size_t n)
{
	uint32_t k = (uint32_t)first | (uint32_t)mid << 8 |
	    (uint32_t)last << 16 | (uint32_t)n << 24;

	return (k * 0x9E3779B1u) >> 20;
}

static inline uint32_t
wset_sig(const char *s, size_t n)
{
	return wset_sig3((unsigned char)s[0], (unsigned char)s[n >> 1],
	    (unsigned char)s[n - 1], n);
}

/* Does filter f rule out a word whose bit is b? */
static inline bool
wset_out(const uint64_t *f, uint32_t b)
{
	return !(f[b >> 6] >> (b & 63) & 1);
}

/* The rest of wset_in(): a list's first question, then its hash table. */
bool	wset_in_table(const char *const *list, const char *s, size_t n);

static inline bool
wset_in(const char *const *list, const char *s, size_t n)
{
	const uint64_t *f;

	if (n == 0)
		return false;
	if ((f = wset_filter_of(list)) != NULL && wset_out(f, wset_sig(s, n)))
		return false;
	return wset_in_table(list, s, n);
}

/* An ASCII letter in lower case; other bytes as they are. */
static inline unsigned char
wset_lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/*
 * Is s[0..n), its ASCII capitals lowered, in list?  The filter reads the
 * three bytes it needs lowered on the way, so a word in no list is not
 * copied; only one that passes is, for the hash table.  Words up to 64
 * bytes: a longer s is answered no (the callers ask about single words
 * of at most 15).
 */
static inline bool
wset_in_lower(const char *const *list, const char *s, size_t n)
{
	const uint64_t *f;
	char low[64];
	size_t k;

	if (n == 0 || n > sizeof(low))
		return false;
	if ((f = wset_filter_of(list)) != NULL && wset_out(f,
	    wset_sig3(wset_lower((unsigned char)s[0]),
	    wset_lower((unsigned char)s[n >> 1]),
	    wset_lower((unsigned char)s[n - 1]), n)))
		return false;
	for (k = 0; k < n; k++)
		low[k] = (char)wset_lower((unsigned char)s[k]);
	return wset_in_table(list, low, n);
}

#endif
