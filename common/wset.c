/*
 * wset: see wset.h.  Up to MAXSETS lists get a table each; a table holds
 * indexes into its list, sized to a power of two at least twice the list,
 * with each entry's length beside it.  A list finds its table through a
 * small hash of its address (wset_index, which wset_in() reads inline).
 * Most words asked about are in no list, so a table also keeps a filter
 * of 4,096 bits over a word's length and first, middle and last bytes: a
 * clear bit answers no before the word is hashed.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "wset.h"
#include "buf.h"
#include "xalloc.h"

/* Lists a program may ask about: extract-quotes uses 133, tag-entities
 * 60.  Past this a list is searched word by word, which is correct but
 * slow: 64 was too few for extract-quotes, whose last 36 lists were
 * walked with strlen at every question. */
#define MAXSETS	(WSET_SLOTS / 2)
#define FBITS	WSET_FBITS

struct wset {
	const char *const	*list;
	uint32_t		*slot;	/* index + 1 into list; 0 empty */
	uint32_t		*len;	/* the entry's length, per slot */
	size_t			 mask;
	uint64_t		 filter[FBITS / 64];
};

static struct wset sets[MAXSETS];
static size_t nsets;
/* list address -> filter (wset.h), and -> table here, slot for slot */
struct wset_slot wset_index[WSET_SLOTS];
static struct wset *byaddr[WSET_SLOTS];

static uint32_t
hash(const char *s, size_t n)
{
	return (uint32_t)buf_hash(s, n);
}

static struct wset *
build(const char *const *list)
{
	struct wset *w;
	size_t n = 0, cap = 16, i, k;

	while (list[n] != NULL)
		n++;
	while (cap < 2 * n)
		cap *= 2;
	w = &sets[nsets++];
	w->list = list;
	w->slot = xcalloc(cap, sizeof(*w->slot));
	w->len = xcalloc(cap, sizeof(*w->len));
	w->mask = cap - 1;
	for (i = 0; i < n; i++) {
		size_t l = strlen(list[i]);

		k = hash(list[i], l) & w->mask;
		while (w->slot[k] != 0)
			k = (k + 1) & w->mask;
		w->slot[k] = (uint32_t)i + 1;
		w->len[k] = (uint32_t)l;
		if (l > 0) {
			uint32_t b = wset_sig(list[i], l);

			w->filter[b >> 6] |= 1ULL << (b & 63);
		}
	}
	for (k = wset_slot_of(list); byaddr[k] != NULL; k = (k + 1) &
	    (WSET_SLOTS - 1))
		;
	byaddr[k] = w;
	wset_index[k].filter = w->filter;
	wset_index[k].list = list;
	return w;
}

/* A list's table, built at its first question; NULL past MAXSETS lists. */
static __attribute__((noinline)) struct wset *
first_time(const char *const *list)
{
	return nsets == MAXSETS ? NULL : build(list);
}

/* Past MAXSETS lists: word by word (see MAXSETS). */
static __attribute__((noinline)) bool
walk_list(const char *const *list, const char *s, size_t n)
{
	size_t i;

	for (i = 0; list[i] != NULL; i++)
		if (strlen(list[i]) == n && memcmp(list[i], s, n) == 0)
			return true;
	return false;
}

/* Is s[0..n) entry slot k's word?  Short words without a call. */
static inline bool
same(const struct wset *w, size_t k, const char *s, size_t n)
{
	const char *e = w->list[w->slot[k] - 1];
	size_t i;

	if (n > 16)
		return memcmp(e, s, n) == 0;
	for (i = 0; i < n; i++)
		if (e[i] != s[i])
			return false;
	return true;
}

bool
wset_in_table(const char *const *list, const char *s, size_t n)
{
	struct wset *w;
	size_t k;

	if (n == 0)
		return false;
	for (k = wset_slot_of(list); (w = byaddr[k]) != NULL && w->list !=
	    list; k = (k + 1) & (WSET_SLOTS - 1))
		;
	if (w == NULL) {
		/* the list's first question: wset_in() has not filtered it */
		if ((w = first_time(list)) == NULL)
			return walk_list(list, s, n);
		if (wset_out(w->filter, wset_sig(s, n)))
			return false;
	}
	/* an entry holds no NUL, so a word with one matches none */
	for (k = hash(s, n) & w->mask; w->slot[k] != 0; k = (k + 1) & w->mask)
		if (w->len[k] == n && same(w, k, s, n))
			return true;
	return false;
}
