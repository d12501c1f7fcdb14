/*
 * scan: see scan.h.  An iterative validator: a stack of open containers
 * stands in for recursion, so no input can exhaust the C stack.
 */
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "scan.h"
#include "xalloc.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define MAX_DEPTH	2048	/* jansson's JSON_PARSER_MAX_DEPTH */
#define ONES		0x0101010101010101ULL	/* one in every byte */

struct pos {
	const char	*p;
	const char	*end;
	struct scan	*s;
	const char	*start;		/* of the line, for the column */
};

static bool
fail(struct pos *ps, const char *why)
{
	snprintf(ps->s->err, sizeof(ps->s->err), "%s (column %zu)", why,
	    (size_t)(ps->p - ps->start) + 1);
	return false;
}

/*
 * White space is rare in the stream's compact lines, so the first byte is
 * tested before the loop: both are inlined at every call.
 */
static inline const char *
wsp(const char *p, const char *end)
{
	if (p < end && (unsigned char)*p > ' ')
		return p;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

static inline void
ws(struct pos *ps)
{
	ps->p = wsp(ps->p, ps->end);
}

static struct scan_member *
next_member(struct scan *s)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->m = xreallocarray(s->m, s->cap, sizeof(*s->m));
	}
	memset(&s->m[s->n], 0, sizeof(s->m[s->n]));
	return &s->m[s->n];
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static bool
hex4(const char *p, const char *end, unsigned *v)
{
	int i, h;

	if (end - p < 4)
		return false;
	*v = 0;
	for (i = 0; i < 4; i++) {
		if ((h = hexval(p[i])) < 0)
			return false;
		*v = *v * 16 + (unsigned)h;
	}
	return true;
}

/* Bytes that end a plain run inside a string: '"', '\\', controls. */
static const unsigned char stop[256] = {
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,
};

/*
 * The bytes of v that are a control, '"' or '\\', each flagged by its top
 * bit (the classic test for a zero byte, x - 1 & ~x, applied to v,
 * v ^ '"' and v ^ '\\' in every byte).  A borrow can flag a byte above a
 * flagged one, never below it, so the lowest flag is exact.
 */
static inline uint64_t
special8(uint64_t v)
{
	uint64_t q = v ^ ONES * '"', b = v ^ ONES * '\\';

	return (((v - ONES * 0x20) & ~v) | ((q - ONES) & ~q) |
	    ((b - ONES) & ~b)) & ONES * 0x80;
}

/*
 * The first byte of p[0..end) that ends a plain run ('"', '\\' or a
 * control), or end.  Sixteen bytes at a time where SSE2 is there (every
 * x86-64), else eight at a time; the bytes after the last block one by one.
 */
static inline const char *
plain_run(const char *p, const char *end)
{
#if defined(__SSE2__)
	const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'),
	    ctl = _mm_set1_epi8(0x1F);

	while (end - p >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
		__m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, q),
		    _mm_cmpeq_epi8(v, bs)),
		    _mm_cmpeq_epi8(_mm_min_epu8(v, ctl), v));
		int bits = _mm_movemask_epi8(m);

		if (bits != 0)
			return p + __builtin_ctz((unsigned)bits);
		p += 16;
	}
#endif
	while (end - p >= 8) {
		uint64_t v, m;

		memcpy(&v, p, 8);
		if ((m = special8(v)) != 0)
			break;
		p += 8;
	}
	while (p < end && !stop[(unsigned char)*p])
		p++;
	return p;
}

/*
 * A string at ps->p (on its opening quote); *esc set when it has escapes.
 * A key may not hold \u0000 (jansson cannot store it).  string_at() is
 * the common case inline, a string with no escape; escapes and errors
 * are left to string_slow(), from the byte where the plain run stopped
 * (errors still point at the string's opening quote).
 */
static __attribute__((noinline)) bool
string_slow(struct pos *ps, const char *p, bool *esc, bool key)
{
	const char *end = ps->end;
	unsigned u, lo;

	*esc = false;
	for (;;) {
		p = plain_run(p, end);
		if (p >= end)
			return fail(ps, "premature end of input in a string");
		if (*p == '"')
			break;
		if ((unsigned char)*p < 0x20)
			return fail(ps, "control character in a string");
		*esc = true;
		p++;
		if (p >= end)
			return fail(ps, "premature end of input in a string");
		switch (*p) {
		case '"': case '\\': case '/': case 'b': case 'f': case 'n':
		case 'r': case 't':
			p++;
			break;
		case 'u':
			if (!hex4(p + 1, end, &u))
				return fail(ps, "invalid \\u escape");
			p += 5;
			if (u == 0 && key)
				return fail(ps, "NUL byte in object key not supported");
			if (u >= 0xDC00 && u <= 0xDFFF)
				return fail(ps, "invalid Unicode escape (lone low surrogate)");
			if (u >= 0xD800 && u <= 0xDBFF) {
				if (end - p < 6 || p[0] != '\\' || p[1] != 'u' ||
				    !hex4(p + 2, end, &lo) || lo < 0xDC00 ||
				    lo > 0xDFFF)
					return fail(ps, "invalid Unicode escape (lone high surrogate)");
				p += 6;
			}
			break;
		default:
			return fail(ps, "invalid escape in a string");
		}
	}
	ps->p = p + 1;
	return true;
}

static inline bool
string_at(struct pos *ps, bool *esc, bool key)
{
	const char *p = plain_run(ps->p + 1, ps->end);

	if (p < ps->end && *p == '"') {
		*esc = false;
		ps->p = p + 1;
		return true;
	}
	return string_slow(ps, p, esc, key);
}

/*
 * jansson's lexer loses one NUL byte that directly follows a number or a
 * literal (it cannot push a NUL back), so it accepts "{\"a\":0<NUL>}".
 * Agreeing with it exactly, that one byte is skipped here too.
 */
static void
eat_nul(struct pos *ps)
{
	if (ps->p < ps->end && *ps->p == '\0')
		ps->p++;
}

static bool
string(struct pos *ps, bool *esc)
{
	return string_at(ps, esc, false);
}

static bool
key(struct pos *ps, bool *esc)
{
	return string_at(ps, esc, true);
}

static bool
number(struct pos *ps)
{
	const char *p = ps->p, *end = ps->end, *start = p;
	bool real = false;
	char tmp[64], *buf = tmp, *e;
	size_t n;
	double d;

	if (p < end && *p == '-')
		p++;
	if (p >= end)
		return fail(ps, "invalid number");
	if (*p == '0') {
		p++;
		if (p < end && *p >= '0' && *p <= '9')
			return fail(ps, "invalid number (leading zero)");
	} else if (*p >= '1' && *p <= '9') {
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	} else
		return fail(ps, "invalid number");
	if (p < end && *p == '.') {
		real = true;
		p++;
		if (p >= end || *p < '0' || *p > '9')
			return fail(ps, "invalid number (fraction)");
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		real = true;
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if (p >= end || *p < '0' || *p > '9')
			return fail(ps, "invalid number (exponent)");
		while (p < end && *p >= '0' && *p <= '9')
			p++;
	}
	n = (size_t)(p - start);
	/* up to 18 digits cannot overflow, nor a real without an exponent */
	if ((!real && n <= 18) || (real && n < 300 && memchr(start, 'e', n) ==
	    NULL && memchr(start, 'E', n) == NULL)) {
		ps->p = p;
		eat_nul(ps);
		return true;
	}
	if (n + 1 > sizeof(tmp))
		buf = xmalloc(n + 1);
	memcpy(buf, start, n);
	buf[n] = '\0';
	errno = 0;
	if (real) {
		d = strtod(buf, &e);
		if ((d == HUGE_VAL || d == -HUGE_VAL) && errno == ERANGE) {
			if (buf != tmp)
				free(buf);
			return fail(ps, "real number overflow");
		}
	} else {
		(void)strtoll(buf, &e, 10);
		if (errno == ERANGE) {
			if (buf != tmp)
				free(buf);
			return fail(ps, "too big integer");
		}
	}
	if (buf != tmp)
		free(buf);
	ps->p = p;
	eat_nul(ps);
	return true;
}

static bool
literal(struct pos *ps, const char *w)
{
	size_t n = strlen(w);

	if ((size_t)(ps->end - ps->p) < n || memcmp(ps->p, w, n) != 0)
		return fail(ps, "invalid token");
	ps->p += n;
	eat_nul(ps);
	return true;
}

/* One value of any kind; containers are walked with an explicit stack. */
static bool
value(struct pos *ps, int depth0, char *kind)
{
	char stack[MAX_DEPTH + 1];
	int depth = 0;
	bool esc, first;

	for (;;) {
		ws(ps);
		if (ps->p >= ps->end)
			return fail(ps, "premature end of input");
		switch (*ps->p) {
		case '"':
			if (depth == 0)
				*kind = 's';
			if (!string(ps, &esc))
				return false;
			break;
		case '-': case '0': case '1': case '2': case '3': case '4':
		case '5': case '6': case '7': case '8': case '9':
			if (depth == 0)
				*kind = 'n';
			if (!number(ps))
				return false;
			break;
		case 't':
			if (depth == 0)
				*kind = 't';
			if (!literal(ps, "true"))
				return false;
			break;
		case 'f':
			if (depth == 0)
				*kind = 'f';
			if (!literal(ps, "false"))
				return false;
			break;
		case 'n':
			if (depth == 0)
				*kind = 'z';
			if (!literal(ps, "null"))
				return false;
			break;
		case '[': case '{':
			if (depth == 0)
				*kind = *ps->p == '[' ? 'a' : 'o';
			if (depth0 + depth + 1 > MAX_DEPTH)
				return fail(ps, "maximum parsing depth reached");
			stack[depth++] = *ps->p;
			ps->p++;
			ws(ps);
			if (ps->p < ps->end && *ps->p == (stack[depth - 1] == '[' ?
			    ']' : '}')) {
				ps->p++;
				depth--;
				break;
			}
			if (stack[depth - 1] == '{') {
				if (ps->p >= ps->end || *ps->p != '"')
					return fail(ps, "string or '}' expected");
				if (!key(ps, &esc))
					return false;
				ws(ps);
				if (ps->p >= ps->end || *ps->p != ':')
					return fail(ps, "':' expected");
				ps->p++;
			}
			continue;	/* the first element */
		default:
			return fail(ps, "invalid token");
		}
		/* after a value: close containers or go on to the next element */
		for (;;) {
			if (depth == 0)
				return true;
			ws(ps);
			if (ps->p >= ps->end)
				return fail(ps, "premature end of input");
			if (*ps->p == (stack[depth - 1] == '[' ? ']' : '}')) {
				ps->p++;
				depth--;
				continue;
			}
			if (*ps->p != ',')
				return fail(ps, stack[depth - 1] == '[' ?
				    "']' expected" : "'}' expected");
			ps->p++;
			first = stack[depth - 1] == '{';
			if (first) {
				ws(ps);
				if (ps->p >= ps->end || *ps->p != '"')
					return fail(ps, "string expected");
				if (!key(ps, &esc))
					return false;
				ws(ps);
				if (ps->p >= ps->end || *ps->p != ':')
					return fail(ps, "':' expected");
				ps->p++;
			}
			break;
		}
	}
}

bool
scan_object(struct scan *s, const char *line, size_t len)
{
	struct pos ps = { line, line + len, s, line };
	struct scan_member *m;
	const char *k;
	bool esc;

	s->n = 0;
	s->err[0] = '\0';
	ws(&ps);
	if (ps.p >= ps.end || *ps.p != '{') {
		/* the whole line is wrong: no column to point at */
		snprintf(s->err, sizeof(s->err), "%s", ps.p >= ps.end ?
		    "empty line" : "not a JSON object");
		return false;
	}
	ps.p++;
	ws(&ps);
	if (ps.p < ps.end && *ps.p == '}') {
		ps.p++;
		goto tail;
	}
	for (;;) {
		ws(&ps);
		if (ps.p >= ps.end || *ps.p != '"')
			return fail(&ps, "string or '}' expected");
		k = ps.p;
		if (!key(&ps, &esc))
			return false;
		m = next_member(s);
		m->key = k + 1;
		m->klen = (size_t)(ps.p - k - 2);
		m->kesc = esc;
		ws(&ps);
		if (ps.p >= ps.end || *ps.p != ':')
			return fail(&ps, "':' expected");
		ps.p++;
		ws(&ps);
		m->val = ps.p;
		if (!value(&ps, 1, &m->kind))
			return false;
		m->vlen = (size_t)(ps.p - m->val);
		s->n++;
		ws(&ps);
		if (ps.p < ps.end && *ps.p == ',') {
			ps.p++;
			continue;
		}
		if (ps.p < ps.end && *ps.p == '}') {
			ps.p++;
			break;
		}
		return fail(&ps, "'}' expected");
	}
tail:
	ws(&ps);
	if (ps.p != ps.end)
		return fail(&ps, "end of input expected");
	return true;
}

/*
 * The walker for values the validator has accepted already (members of a
 * line that passed scan_object): it only finds where each value ends, so
 * it checks nothing.
 */
static inline const char *
skip_string(const char *p, const char *end, bool *esc)
{
	/* the string is valid: a stop is '"' or '\\', never a control */
	for (p = plain_run(p + 1, end); p < end && *p != '"';
	    p = plain_run(p, end))
		if (*p == '\\') {
			*esc = true;
			p += 2;
		} else
			p++;
	return p < end ? p + 1 : end;
}

static const char *
skip_value(const char *p, const char *end, char *kind)
{
	int depth = 0;
	bool esc;

	p = wsp(p, end);
	if (p >= end) {
		*kind = 'z';
		return p;
	}
	switch (*p) {
	case '"': *kind = 's'; break;
	case '{': *kind = 'o'; break;
	case '[': *kind = 'a'; break;
	case 't': *kind = 't'; break;
	case 'f': *kind = 'f'; break;
	case 'n': *kind = 'z'; break;
	default: *kind = 'n'; break;
	}
	if (*p == '"')
		return skip_string(p, end, &esc);
	if (*p != '{' && *p != '[') {
		/* a number or literal, and the one NUL jansson lets follow it */
		while (p < end && *p != ',' && *p != ']' && *p != '}' &&
		    *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')
			p++;
		return p;
	}
	while (p < end) {
		if (*p == '"') {
			p = skip_string(p, end, &esc);
			continue;
		}
		if (*p == '{' || *p == '[')
			depth++;
		else if ((*p == '}' || *p == ']') && --depth == 0)
			return p + 1;
		p++;
	}
	return p;
}

/* The elements of an array, or the members of an object (open '{'). */
static bool
walk(struct scan *s, const char *p, size_t n, char open)
{
	const char *end = p + n, *k;
	struct scan_member *m;

	s->n = 0;
	p = wsp(p, end);
	if (p >= end || *p != open)
		return false;
	for (p = wsp(p + 1, end); p < end && *p != ']' && *p != '}';
	    p = wsp(p, end)) {
		m = next_member(s);
		if (open == '{') {
			k = p;
			p = skip_string(p, end, &m->kesc);
			m->key = k + 1;
			m->klen = (size_t)(p - k - 2);
			p = wsp(p, end);
			if (p < end && *p == ':')
				p = wsp(p + 1, end);
		}
		m->val = p;
		p = skip_value(p, end, &m->kind);
		m->vlen = (size_t)(p - m->val);
		s->n++;
		p = wsp(p, end);
		if (p < end && *p == ',')
			p++;
	}
	return true;
}

bool
scan_array(struct scan *s, const char *p, size_t n)
{
	return walk(s, p, n, '[');
}

bool
scan_members(struct scan *s, const char *p, size_t n)
{
	return walk(s, p, n, '{');
}

void
scan_free(struct scan *s)
{
	free(s->m);
	s->m = NULL;
	s->n = s->cap = 0;
}

/* Decode the raw string body p[0..n) (escapes allowed) into out. */
static void
unescape(const char *p, size_t n, struct buf *out)
{
	const char *end = p + n, *run;
	unsigned u, lo;
	char c[4];

	buf_reset(out);
	while (p < end) {
		run = p;
		if ((p = memchr(p, '\\', (size_t)(end - p))) == NULL)
			p = end;
		buf_add(out, run, (size_t)(p - run));
		if (p >= end)
			break;
		p++;
		switch (*p++) {
		case 'b': buf_addc(out, '\b'); break;
		case 'f': buf_addc(out, '\f'); break;
		case 'n': buf_addc(out, '\n'); break;
		case 'r': buf_addc(out, '\r'); break;
		case 't': buf_addc(out, '\t'); break;
		case 'u':
			(void)hex4(p, end, &u);
			p += 4;
			if (u >= 0xD800 && u <= 0xDBFF) {
				(void)hex4(p + 2, end, &lo);
				p += 6;
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
			}
			if (u < 0x80) {
				buf_addc(out, (char)u);
			} else if (u < 0x800) {
				c[0] = (char)(0xC0 | (u >> 6));
				c[1] = (char)(0x80 | (u & 0x3F));
				buf_add(out, c, 2);
			} else if (u < 0x10000) {
				c[0] = (char)(0xE0 | (u >> 12));
				c[1] = (char)(0x80 | ((u >> 6) & 0x3F));
				c[2] = (char)(0x80 | (u & 0x3F));
				buf_add(out, c, 3);
			} else {
				c[0] = (char)(0xF0 | (u >> 18));
				c[1] = (char)(0x80 | ((u >> 12) & 0x3F));
				c[2] = (char)(0x80 | ((u >> 6) & 0x3F));
				c[3] = (char)(0x80 | (u & 0x3F));
				buf_add(out, c, 4);
			}
			break;
		default:	/* \" \\ \/ */
			buf_addc(out, p[-1]);
			break;
		}
	}
}

const struct scan_member *
scan_find(const struct scan_member *mv, size_t n, const char *key, size_t kl)
{
	size_t i;
	struct buf tmp;
	bool eq;

	for (i = n; i > 0; i--) {
		const struct scan_member *m = &mv[i - 1];

		if (!m->kesc) {
			if (m->klen == kl && (kl == 0 || (m->key[0] ==
			    key[0] && memcmp(m->key, key, kl) == 0)))
				return m;
			continue;
		}
		buf_init(&tmp);
		unescape(m->key, m->klen, &tmp);
		eq = tmp.len == kl && memcmp(tmp.data, key, kl) == 0;
		buf_free(&tmp);
		if (eq)
			return m;
	}
	return NULL;
}

/* Is member m's key, which holds escapes, the key k? */
static bool
escaped_key_is(const struct scan_member *m, const struct scan_key *k)
{
	struct buf tmp;
	bool eq;

	buf_init(&tmp);
	unescape(m->key, m->klen, &tmp);
	eq = tmp.len == k->n && memcmp(tmp.data, k->s, k->n) == 0;
	buf_free(&tmp);
	return eq;
}

/*
 * A member's value in a validated object, skipped: strings and numbers,
 * the common ones, inline; *kind as skip_value() names it.
 */
static inline const char *
skip_member_value(const char *p, const char *end, char *kind)
{
	bool esc;

	if (*p == '"') {
		*kind = 's';
		return skip_string(p, end, &esc);
	}
	if ((*p >= '0' && *p <= '9') || *p == '-') {
		*kind = 'n';
		for (p++; p < end && ((*p >= '0' && *p <= '9') || *p == '.' ||
		    *p == 'e' || *p == 'E' || *p == '+' || *p == '-'); p++)
			;
		/* and the one NUL jansson lets follow a number */
		return p < end && *p == '\0' ? p + 1 : p;
	}
	return skip_value(p, end, kind);
}

/* Is member m's key the key k? */
static inline bool
key_is(const struct scan_member *m, const struct scan_key *k)
{
	return m->kesc ? escaped_key_is(m, k) : m->klen == k->n &&
	    memcmp(m->key, k->s, m->klen) == 0;
}

/*
 * The members of the validated object at p (on its '{'): each one named
 * keys[j] (keys distinct) is stored in el[1 + j], the last of duplicates
 * winning as in scan_get().  Returns the end of the object.
 */
static const char *
pick_members(const char *p, const char *end, struct scan_member *el,
    const struct scan_key *keys, size_t nk)
{
	struct scan_member m;
	const char *k;
	size_t j, h = 0;

	memset(&m, 0, sizeof(m));
	for (p = wsp(p + 1, end); p < end && *p != '}'; p = wsp(p, end)) {
		k = p;
		m.kesc = false;
		p = skip_string(p, end, &m.kesc);
		m.key = k + 1;
		m.klen = (size_t)(p - k - 2);
		p = wsp(p, end);
		if (p < end && *p == ':')
			p = wsp(p + 1, end);
		m.val = p;
		p = skip_member_value(p, end, &m.kind);
		m.vlen = (size_t)(p - m.val);
		/* the key after the last one found first: a writer keeps
		 * one order, and keys listed in it are found at once */
		if (h < nk && key_is(&m, &keys[h]))
			el[1 + h++] = m;
		else
			for (j = 0; j < nk; j++)
				if (key_is(&m, &keys[j])) {
					el[1 + j] = m;
					h = j + 1;
					break;
				}
		p = wsp(p, end);
		if (p < end && *p == ',')
			p++;
	}
	return p < end ? p + 1 : p;
}

bool
scan_objects(struct scan *s, const char *p, size_t n,
    const struct scan_key *keys, size_t nk)
{
	const char *end = p + n;
	struct scan_member *el;

	s->n = 0;
	p = wsp(p, end);
	if (p >= end || *p != '[')
		return false;
	for (p = wsp(p + 1, end); p < end && *p != ']'; p = wsp(p, end)) {
		if (s->cap < (s->n + 1) * (nk + 1)) {
			s->cap = (s->n + 1) * (nk + 1) * 2;
			s->m = xreallocarray(s->m, s->cap, sizeof(*s->m));
		}
		el = &s->m[s->n * (nk + 1)];
		memset(el, 0, (nk + 1) * sizeof(*el));
		el->val = p;
		if (*p == '{') {
			/* the members, in the one pass that finds the end */
			el->kind = 'o';
			p = pick_members(p, end, el, keys, nk);
		} else
			p = skip_value(p, end, &el->kind);
		el->vlen = (size_t)(p - el->val);
		s->n++;
		p = wsp(p, end);
		if (p < end && *p == ',')
			p++;
	}
	return true;
}

bool
scan_str(const struct scan_member *m, struct buf *out)
{
	if (m == NULL || m->kind != 's')
		return false;
	unescape(m->val + 1, m->vlen - 2, out);
	return true;
}

bool
scan_int(const struct scan_member *m, long long *v)
{
	const char *p;
	size_t i;
	unsigned long long acc;

	if (m == NULL || m->kind != 'n')
		return false;
	/* validated: an optional '-', digits, and a fraction or exponent
	 * when it is a real; the scanner rejected integers beyond long long */
	p = m->val;
	i = p[0] == '-';
	for (acc = 0; i < m->vlen && p[i] >= '0' && p[i] <= '9'; i++)
		acc = acc * 10 + (unsigned long long)(p[i] - '0');
	if (i < m->vlen && (p[i] == '.' || p[i] == 'e' || p[i] == 'E'))
		return false;	/* a real */
	*v = p[0] != '-' ? (long long)acc : acc == 0 ? 0 :
	    -(long long)(acc - 1) - 1;
	return true;
}
