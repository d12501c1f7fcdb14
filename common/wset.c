/*
 * wset: see wset.h.  Up to MAXSETS lists get a table each; a table holds
 * indexes into its list, sized to a power of two at least twice the list.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "wset.h"
#include "buf.h"
#include "xalloc.h"

#define MAXSETS	64

struct wset {
	const char *const	*list;
	uint32_t		*slot;	/* index + 1 into list; 0 empty */
	size_t			 mask;
};

static struct wset sets[MAXSETS];
static size_t nsets;

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
	w->mask = cap - 1;
	for (i = 0; i < n; i++) {
		k = hash(list[i], strlen(list[i])) & w->mask;
		while (w->slot[k] != 0)
			k = (k + 1) & w->mask;
		w->slot[k] = (uint32_t)i + 1;
	}
	return w;
}

bool
wset_in(const char *const *list, const char *s, size_t n)
{
	struct wset *w = NULL;
	size_t i, k;
	const char *e;

	if (n == 0 || memchr(s, '\0', n) != NULL)
		return false;
	for (i = 0; i < nsets; i++)
		if (sets[i].list == list) {
			w = &sets[i];
			break;
		}
	if (w == NULL) {
		if (nsets == MAXSETS) {		/* never with the lists we have */
			for (i = 0; list[i] != NULL; i++)
				if (strlen(list[i]) == n &&
				    memcmp(list[i], s, n) == 0)
					return true;
			return false;
		}
		w = build(list);
	}
	for (k = hash(s, n) & w->mask; w->slot[k] != 0; k = (k + 1) & w->mask) {
		e = w->list[w->slot[k] - 1];
		if (e[0] == s[0] && strncmp(e, s, n) == 0 && e[n] == '\0')
			return true;
	}
	return false;
}
