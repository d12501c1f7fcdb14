/*
 * xalloc: allocators that never return NULL.  On failure they print
 * "prog: out of memory" and exit with EXIT_IO, so call sites carry no checks.
 */
#ifndef NP_XALLOC_H
#define NP_XALLOC_H

#include <stddef.h>

void	*xmalloc(size_t n);
void	*xcalloc(size_t n, size_t size);
void	*xrealloc(void *p, size_t n);
/* xreallocarray: p resized to n * size bytes, overflow checked. */
void	*xreallocarray(void *p, size_t n, size_t size);
char	*xstrdup(const char *s);
char	*xmemdup(const char *s, size_t n);	/* NUL-terminated copy */

#endif
