/*
 * jl: see jl.h.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* F_SETPIPE_SZ */
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "err.h"
#include "jl.h"
#include "utf8.h"
#include "xalloc.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define READ_CHUNK	(1 << 16)

struct jl_reader *
jl_open(const char *path)
{
	struct jl_reader *r;
	int fd;

	if (path == NULL || strcmp(path, "-") == 0) {
		fd = STDIN_FILENO;
		path = "<stdin>";
	} else if ((fd = open(path, O_RDONLY)) == -1) {
		err_warnat(path, "cannot open: %s", strerror(errno));
		return NULL;
	}
	r = xcalloc(1, sizeof(*r));
	r->fd = fd;
	r->name = xstrdup(path);
	r->cap = READ_CHUNK * 2;
	r->buf = xmalloc(r->cap);
	return r;
}

void
jl_close(struct jl_reader *r)
{
	if (r == NULL)
		return;
	if (r->fd != STDIN_FILENO)
		close(r->fd);
	free(r->name);
	free(r->buf);
	free(r);
}

const char *
jl_where(struct jl_reader *r)
{
	static struct buf w;

	if (w.data == NULL)
		buf_init(&w);
	buf_reset(&w);
	buf_addf(&w, "%s:%lu", r->name, r->lineno);
	return w.data;
}

/* Read more bytes after r->end; returns bytes read (0 at end of file). */
static size_t
fill(struct jl_reader *r)
{
	ssize_t n;

	if (r->beg > 0 && (r->beg == r->end || r->cap - r->end < READ_CHUNK)) {
		memmove(r->buf, r->buf + r->beg, r->end - r->beg);
		r->end -= r->beg;
		r->scan -= r->beg;
		r->beg = 0;
	}
	if (r->cap - r->end < READ_CHUNK) {
		r->cap *= 2;
		r->buf = xrealloc(r->buf, r->cap);
	}
	for (;;) {
		n = read(r->fd, r->buf + r->end, r->cap - r->end - 1);
		if (n >= 0)
			break;
		if (errno == EINTR)
			continue;
		err_die(EXIT_IO, "%s: cannot read: %s", r->name,
		    strerror(errno));
	}
	r->end += (size_t)n;
	return (size_t)n;
}

int
jl_getline(struct jl_reader *r, char **line, size_t *len)
{
	char *nl;

	for (;;) {
		nl = memchr(r->buf + r->scan, '\n', r->end - r->scan);
		if (nl != NULL) {
			*line = r->buf + r->beg;
			*len = (size_t)(nl - *line);
			*nl = '\0';
			r->beg = r->scan = (size_t)(nl - r->buf) + 1;
			r->lineno++;
			return 1;
		}
		r->scan = r->end;
		if (r->eof || fill(r) == 0) {
			r->eof = true;
			if (r->beg == r->end)
				return 0;
			/* last line without "\n" */
			*line = r->buf + r->beg;
			*len = r->end - r->beg;
			r->buf[r->end] = '\0';
			r->beg = r->scan = r->end;
			r->lineno++;
			return 1;
		}
	}
}

void
jl_slurp(struct jl_reader *r, struct buf *b)
{
	ssize_t n;

	buf_add(b, r->buf + r->beg, r->end - r->beg);
	r->beg = r->scan = r->end;
	for (;;) {
		buf_grow(b, READ_CHUNK);
		n = read(r->fd, b->data + b->len, b->cap - b->len - 1);
		if (n == 0)
			break;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			err_die(EXIT_IO, "%s: cannot read: %s", r->name,
			    strerror(errno));
		}
		b->len += (size_t)n;
		b->data[b->len] = '\0';
	}
	r->eof = true;
}

bool
jl_blank(const char *line, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
			return false;
	return true;
}

json_t *
jl_parse(struct jl_reader *r, const char *line, size_t len)
{
	json_error_t e;
	json_t *v;

	if (jl_blank(line, len))
		return NULL;
	v = json_loadb(line, len, JSON_ALLOW_NUL, &e);
	if (v == NULL) {
		err_warnat(jl_where(r), "cannot parse record: %s (column %d)",
		    e.text, e.column);
		return NULL;
	}
	if (!json_is_object(v)) {
		err_warnat(jl_where(r), "cannot parse record: not a JSON object");
		json_decref(v);
		return NULL;
	}
	return v;
}

/* Output. */

char jl_outbuf[JL_OUT_CAP];
size_t jl_outlen;

static void
write_all(const char *p, size_t n)
{
	static int grown;
	ssize_t w;

	/* a larger pipe lets the stages of a pipeline switch less often */
	if (!grown) {
		grown = 1;
#ifdef F_SETPIPE_SZ
		(void)fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
#endif
	}

	while (n > 0) {
		w = write(STDOUT_FILENO, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EPIPE)
				exit(EXIT_OK);	/* reader went away: stop quietly */
			err_die(EXIT_IO, "cannot write output: %s",
			    strerror(errno));
		}
		p += w;
		n -= (size_t)w;
	}
}

void
jl_flush(void)
{
	write_all(jl_outbuf, jl_outlen);
	jl_outlen = 0;
}

void
jl_put_slow(const char *p, size_t n)
{
	jl_flush();
	if (n >= JL_OUT_CAP) {
		write_all(p, n);
		return;
	}
	memcpy(jl_outbuf, p, n);
	jl_outlen = n;
}

void
jl_putu(uint64_t v)
{
	char tmp[24];
	int i = 24;

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v != 0);
	jl_put(tmp + i, (size_t)(24 - i));
}

/* 1 for bytes that end a run of plain bytes: '"', '\\', controls, non-ASCII. */
static const unsigned char special[256] = {
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
};

/*
 * The first special byte of p[0..end) (see special[]), or end: sixteen
 * bytes at a time where SSE2 is there.  As signed bytes, the controls and
 * every byte from 0x80 up are below 0x20, so one compare finds both.
 */
static inline const unsigned char *
plain_ascii(const unsigned char *p, const unsigned char *end)
{
#if defined(__SSE2__)
	const __m128i lim = _mm_set1_epi8(0x20), q = _mm_set1_epi8('"'),
	    bs = _mm_set1_epi8('\\');

	while (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		int bits = _mm_movemask_epi8(_mm_or_si128(_mm_cmplt_epi8(v,
		    lim), _mm_or_si128(_mm_cmpeq_epi8(v, q),
		    _mm_cmpeq_epi8(v, bs))));

		if (bits != 0)
			return p + __builtin_ctz((unsigned)bits);
		p += 16;
	}
#endif
	while (p < end && !special[*p])
		p++;
	return p;
}

size_t
jl_putstr(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	const unsigned char *run;
	size_t k, bad = 0;
	char esc[8];
	static const char hex[] = "0123456789ABCDEF";

	jl_putc('"');
	while (p < end) {
		run = p;
		p = plain_ascii(p, end);
		if (p > run)
			jl_put((const char *)run, (size_t)(p - run));
		if (p == end)
			break;
		if (*p >= 0x80) {
			k = utf8_seqlen(p, end);
			if (k == 0) {
				jl_put("\xEF\xBF\xBD", 3);
				bad++;
				p++;
			} else {
				jl_put((const char *)p, k);
				p += k;
			}
			continue;
		}
		switch (*p) {
		case '"':  jl_put("\\\"", 2); break;
		case '\\': jl_put("\\\\", 2); break;
		case '\b': jl_put("\\b", 2); break;
		case '\f': jl_put("\\f", 2); break;
		case '\n': jl_put("\\n", 2); break;
		case '\r': jl_put("\\r", 2); break;
		case '\t': jl_put("\\t", 2); break;
		default:
			memcpy(esc, "\\u00", 4);
			esc[4] = hex[*p >> 4];
			esc[5] = hex[*p & 15];
			jl_put(esc, 6);
			break;
		}
		p++;
	}
	jl_putc('"');
	return bad;
}

static int
dump_cb(const char *buffer, size_t size, void *data)
{
	(void)data;
	jl_put(buffer, size);
	return 0;
}

void
jl_putjson(const json_t *v)
{
	json_dump_callback(v, dump_cb, NULL,
	    JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_ENCODE_ANY);
}

int
jl_finish(void)
{
	jl_flush();
	if (close(STDOUT_FILENO) == -1 && errno != EBADF) {
		err_warn("cannot write output: %s", strerror(errno));
		return EXIT_IO;
	}
	return EXIT_OK;
}
