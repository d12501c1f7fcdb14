/*
 * err: messages and exit statuses shared by every newspipe tool.
 *
 * The exit statuses are the contract of CONTRACT.md and of every man page:
 * EXIT_OK all input processed, EXIT_DATA some input was bad (reported and
 * skipped or repaired), EXIT_USAGE bad option or configuration, EXIT_IO a read,
 * write or memory failure.  Messages go to stderr as "tool: what is wrong",
 * lower case, no final full stop.
 */
#ifndef NP_ERR_H
#define NP_ERR_H

#include <stdarg.h>

enum {
	EXIT_OK = 0,
	EXIT_DATA = 1,
	EXIT_USAGE = 2,
	EXIT_IO = 3
};

/* The program name used in messages; set once by err_init() from argv[0]. */
extern const char *err_progname;

void	err_init(const char *argv0);
/* "prog: message\n" on stderr. */
void	err_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "prog: where: message\n" on stderr; where is "FILE:LINE" or a file name. */
void	err_warnat(const char *where, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
/* Print like err_warn() and exit with status. */
_Noreturn void err_die(int status, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));

#endif
