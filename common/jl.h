/*
 * jl: JSON Lines in and out, the one way every tool reads and writes the
 * stream.
 *
 * Reading: jl_open() wraps a file (or "-" for stdin); jl_getline() returns
 * each line of any length without its "\n", and counts lines so messages can
 * say FILE:LINE.  jl_parse() turns a line into a jansson object under the
 * stream's policy: the line must be one JSON object; NUL escapes are
 * allowed; a bad line is reported as "tool: FILE:LINE: cannot parse record:
 * reason" and the caller skips it and returns EXIT_DATA at the end.
 *
 * Writing: jl_put*() append to one buffered standard output.  Strings are
 * escaped exactly as jansson's compact dump escapes them, so a record
 * written here and one re-dumped by jansson are byte-identical; ill-formed
 * UTF-8 becomes U+FFFD.  A write error stops the tool with EXIT_IO; a closed
 * pipe ends it quietly (SIGPIPE is left at its default; should it be
 * ignored, EPIPE is treated the same way).  jl_finish() flushes and closes
 * stdout and reports a late write error.
 *
 * jansson ownership, once for the whole project: json_*_new() values and
 * jl_parse()'s result are new references the caller must json_decref();
 * json_object_get() and json_array_get() borrow; json_object_set_new() and
 * json_array_append_new() steal the value they are given.
 */
#ifndef NP_JL_H
#define NP_JL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <jansson.h>

struct jl_reader {
	int		 fd;
	char		*name;		/* "<stdin>" or the path */
	char		*buf;
	size_t		 cap;
	size_t		 beg;		/* start of unread bytes */
	size_t		 end;		/* end of bytes read so far */
	size_t		 scan;		/* where the newline search resumes */
	unsigned long	 lineno;	/* number of the line last returned */
	bool		 eof;
};

/*
 * Open path ("-" or NULL: standard input) for reading.  Returns NULL and
 * reports "tool: PATH: reason" when it cannot be opened.
 */
struct jl_reader *jl_open(const char *path);
void	jl_close(struct jl_reader *r);
/*
 * Next line: *line points into the reader's buffer (valid until the next
 * call), *len excludes the "\n".  Returns 1, or 0 at end of input.  A read
 * error is reported and ends the tool with EXIT_IO.
 */
int	jl_getline(struct jl_reader *r, char **line, size_t *len);
/* "NAME:LINE" of the line last returned, for messages (reused buffer). */
const char *jl_where(struct jl_reader *r);
/*
 * Read the whole rest of the input into b (appending).  Read errors end the
 * tool with EXIT_IO.
 */
struct buf;
void	jl_slurp(struct jl_reader *r, struct buf *b);

/*
 * Parse one line as a JSON object.  Returns a new reference, or NULL after
 * reporting "FILE:LINE: cannot parse record: ..." (blank lines return NULL
 * silently: check jl_blank() first to tell them apart).
 */
json_t	*jl_parse(struct jl_reader *r, const char *line, size_t len);
bool	jl_blank(const char *line, size_t len);

/*
 * Output, through one buffer of JL_OUT_CAP bytes.  The tools write a
 * record in many small pieces, so a piece that fits is copied inline;
 * jl_put_slow() flushes, or writes a piece too big for the buffer.
 */
#define JL_OUT_CAP	(1 << 16)
extern char jl_outbuf[JL_OUT_CAP];	/* private to jl.c and these */
extern size_t jl_outlen;
void	jl_put_slow(const char *p, size_t n);

static inline void
jl_put(const char *p, size_t n)
{
	if (jl_outlen + n > JL_OUT_CAP) {
		jl_put_slow(p, n);
		return;
	}
	memcpy(jl_outbuf + jl_outlen, p, n);
	jl_outlen += n;
}

static inline void
jl_putc(char c)
{
	if (jl_outlen == JL_OUT_CAP) {
		jl_put_slow(&c, 1);
		return;
	}
	jl_outbuf[jl_outlen++] = c;
}

/* A NUL-terminated string, as it is (a literal's length is folded). */
static inline void
jl_puts(const char *s)
{
	jl_put(s, strlen(s));
}

void	jl_putu(uint64_t v);
/*
 * Write n bytes as a JSON string with its quotes.  Returns the number of
 * ill-formed UTF-8 bytes replaced by U+FFFD.
 */
size_t	jl_putstr(const char *s, size_t n);
/* Write any JSON value compactly in jansson's format (keys kept in order). */
void	jl_putjson(const json_t *v);
/* Flush, check and close stdout; returns EXIT_OK or EXIT_IO. */
int	jl_finish(void);
/* Flush the output buffer now (end of a document). */
void	jl_flush(void);

#endif
