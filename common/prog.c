/*
 * prog: see prog.h.
 */
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "err.h"
#include "prog.h"

static bool on;
static unsigned long long docs, bytes;
static double t0, last;

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void
prog_enable(void)
{
	on = isatty(STDERR_FILENO) == 1;
	t0 = last = now();
}

static void
show(double t, const char *end)
{
	double mb = (double)bytes / 1e6, secs = t - t0;

	fprintf(stderr, "\r%s: %llu documents, %.1f MB, %.1f MB/s%s",
	    err_progname, docs, mb, secs > 0 ? mb / secs : 0.0, end);
	fflush(stderr);
}

void
prog_doc(size_t n)
{
	double t;

	if (!on)
		return;
	docs++;
	bytes += n;
	if ((docs & 63) != 0)
		return;
	t = now();
	if (t - last >= 0.5) {
		last = t;
		show(t, "");
	}
}

void
prog_done(void)
{
	if (on)
		show(now(), "\n");
	on = false;
}
