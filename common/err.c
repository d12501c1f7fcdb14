/*
 * err: see err.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"

const char *err_progname = "newspipe";

void
err_init(const char *argv0)
{
	const char *slash;

	if (argv0 == NULL || *argv0 == '\0')
		return;
	slash = strrchr(argv0, '/');
	err_progname = slash != NULL ? slash + 1 : argv0;
}

static void
vwarn(const char *where, const char *fmt, va_list ap)
{
	fflush(stdout);
	if (where != NULL)
		fprintf(stderr, "%s: %s: ", err_progname, where);
	else
		fprintf(stderr, "%s: ", err_progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
err_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(NULL, fmt, ap);
	va_end(ap);
}

void
err_warnat(const char *where, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(where, fmt, ap);
	va_end(ap);
}

void
err_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vwarn(NULL, fmt, ap);
	va_end(ap);
	exit(status);
}
