/*
 * prog: a progress line on standard error for long runs ("--progress"):
 * documents and megabytes done and the rate, rewritten in place at most
 * twice a second, and only when standard error is a terminal.  Standard
 * output is never touched.
 */
#ifndef NP_PROG_H
#define NP_PROG_H

#include <stdbool.h>
#include <stddef.h>

/* Turn progress reporting on (when stderr is a terminal). */
void	prog_enable(void);
/* Count one more document of n input bytes. */
void	prog_doc(size_t n);
/* Print the final line and end it. */
void	prog_done(void);

#endif
