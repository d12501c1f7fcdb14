/*
 * wset: fast membership in the NULL-terminated word lists the tools keep
 * as static arrays (cue verbs, titles, abbreviations).  The first lookup in
 * a list builds a hash set for it; later ones cost one hash.  Matching is
 * exact on the bytes; a word holding a NUL is in no list.
 */
#ifndef NP_WSET_H
#define NP_WSET_H

#include <stdbool.h>
#include <stddef.h>

bool	wset_in(const char *const *list, const char *s, size_t n);

#endif
