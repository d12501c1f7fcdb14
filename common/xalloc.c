/*
 * xalloc: see xalloc.h.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "xalloc.h"

static _Noreturn void
oom(void)
{
	err_die(EXIT_IO, "out of memory");
}

void *
xmalloc(size_t n)
{
	void *p;

	p = malloc(n == 0 ? 1 : n);
	if (p == NULL)
		oom();
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p;

	p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size);
	if (p == NULL)
		oom();
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n == 0 ? 1 : n);
	if (p == NULL)
		oom();
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		oom();
	return xrealloc(p, n * size);
}

char *
xmemdup(const char *s, size_t n)
{
	char *p;

	if (n == SIZE_MAX)
		oom();
	p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xstrdup(const char *s)
{
	return xmemdup(s, strlen(s));
}
