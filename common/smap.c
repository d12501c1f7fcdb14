/*
 * smap: see smap.h.  Open addressing over a power of two of slots,
 * linear probing, doubled when half full.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "smap.h"
#include "xalloc.h"

void
smap_init(struct smap *m)
{
	m->mask = 15;
	m->v = xcalloc(m->mask + 1, sizeof(*m->v));
	m->count = 0;
}

static struct sment *
smap_slot(struct smap *m, const char *s, size_t n)
{
	size_t k = (size_t)buf_hash(s, n) & m->mask;

	for (; m->v[k].used; k = (k + 1) & m->mask)
		if (m->v[k].n == n && memcmp(m->v[k].s, s, n) == 0)
			break;
	return &m->v[k];
}

/* Twice the slots, the entries moved over. */
static void
smap_grow(struct smap *m)
{
	struct smap big;
	size_t i;

	big.mask = 2 * m->mask + 1;
	big.v = xcalloc(big.mask + 1, sizeof(*big.v));
	big.count = m->count;
	for (i = 0; i <= m->mask; i++)
		if (m->v[i].used)
			*smap_slot(&big, m->v[i].s, m->v[i].n) = m->v[i];
	free(m->v);
	*m = big;
}

struct sment *
smap_get(struct smap *m, const char *s, size_t n, bool add, size_t val)
{
	struct sment *e = smap_slot(m, s, n);

	if (e->used || !add)
		return e->used ? e : NULL;
	if ((m->count + 1) * 2 > m->mask + 1) {
		smap_grow(m);
		e = smap_slot(m, s, n);
	}
	e->used = true;
	e->s = s;
	e->n = n;
	e->val = val;
	m->count++;
	return e;
}

void
smap_free(struct smap *m)
{
	free(m->v);
	m->v = NULL;
}
