/*
 * smap: a hash map from strings to values, so that a pass over a whole
 * document costs one hash a lookup instead of a walk over every name (a
 * long document has hundreds of thousands).  Keys are not copied: they
 * point into text that outlives the map.
 */
#ifndef NP_SMAP_H
#define NP_SMAP_H

#include <stdbool.h>
#include <stddef.h>

struct sment {
	const char	*s;
	size_t		 n;
	size_t		 val;
	bool		 used;
};

struct smap {
	struct sment	*v;
	size_t		 mask;
	size_t		 count;
};

void	smap_init(struct smap *m);
/*
 * The entry for s[0..n): found, or added with val when add is true (NULL
 * when neither).  The table grows to stay at most half full, so an entry
 * returned before an add may move.
 */
struct sment *smap_get(struct smap *m, const char *s, size_t n, bool add,
	    size_t val);
void	smap_free(struct smap *m);

#endif
