/*
 * scan: a strict JSON validator for one stream line that also finds the
 * line's top-level members, without building any value.
 *
 * It accepts exactly what jansson's json_loadb(JSON_ALLOW_NUL) accepts for
 * an object (tests/scan.bats and the fuzz target compare the two): RFC 8259
 * syntax, no control characters in strings, \u escapes with paired
 * surrogates, integers that fit a long long, finite reals, nesting of at
 * most 2048, nothing but white space after the object.  The input must be
 * valid UTF-8 already (rec_doc_loop() repairs it first).
 *
 * The tools read the few fields they need from the raw member spans
 * (scan_get, scan_str, scan_int) and let jansson parse a value only when
 * they need one whole (an "entities" array, a metadata value).
 */
#ifndef NP_SCAN_H
#define NP_SCAN_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "buf.h"

struct scan_member {
	const char	*key;		/* raw key, between its quotes */
	size_t		 klen;
	const char	*val;		/* raw value */
	size_t		 vlen;
	char		 kind;		/* s n o a t f z (null) */
	bool		 kesc;		/* the key holds escapes */
	size_t		 koff, voff;	/* key and val as offsets (rec.c) */
};

struct scan {
	struct scan_member	*m;
	size_t			 n, cap;
	char			 err[128];	/* why the line was rejected */
};

/*
 * Validate line[0..len) as one JSON object and record its top-level
 * members in s (reused between calls).  True when valid; otherwise
 * s->err says why.
 */
bool	scan_object(struct scan *s, const char *line, size_t len);
/*
 * Record the elements of the JSON array p[0..n) in s (their key is NULL),
 * or the members of the object p[0..n).  Only for values the scanner has
 * already accepted (members of a valid line, elements of those): they
 * find where values end and check nothing else.  False when p[0..n) is
 * not an array (an object).
 */
bool	scan_array(struct scan *s, const char *p, size_t n);
bool	scan_members(struct scan *s, const char *p, size_t n);
/* A member's name for scan_objects(): SCAN_KEY("start"). */
struct scan_key {
	const char	*s;
	size_t		 n;
};
#define SCAN_KEY(lit)	{ (lit), sizeof(lit) - 1 }
/*
 * The elements of the array p[0..n) (one the scanner has accepted
 * already, as for scan_array()) and, for each element that is an object,
 * its members named keys[0..nk), all in one pass over the bytes: element
 * i is s->m[i * (nk + 1)] (no key) and its member keys[j] is
 * s->m[i * (nk + 1) + 1 + j], the last of that name as jansson keeps the
 * last duplicate, or kind 0 when there is none.  s->n counts the
 * elements.  False when p[0..n) is not an array.  It does the work of
 * scan_array(), then scan_members() and one scan_get() per key for each
 * element, without storing the members nobody asked for.
 */
bool	scan_objects(struct scan *s, const char *p, size_t n,
	    const struct scan_key *keys, size_t nk);
void	scan_free(struct scan *s);
/*
 * The last of the members m[0..n) named key[0..kl), or NULL (jansson keeps
 * the last duplicate).
 */
const struct scan_member *scan_find(const struct scan_member *m, size_t n,
	    const char *key, size_t kl);
/* The same in s, for a NUL-terminated key (a literal's length folds). */
static inline const struct scan_member *
scan_get(const struct scan *s, const char *key)
{
	return scan_find(s->m, s->n, key, strlen(key));
}
/*
 * Decode a string member's value into out (reset first).  Returns false
 * when the member is not a string.
 */
bool	scan_str(const struct scan_member *m, struct buf *out);
/* An integer member's value; false when it is not an integer. */
bool	scan_int(const struct scan_member *m, long long *v);

#endif
