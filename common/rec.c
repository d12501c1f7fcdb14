/*
 * rec: see rec.h.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "jl.h"
#include "rec.h"
#include "scan.h"
#include "utf8.h"
#include "xalloc.h"

static unsigned long serials;
static struct buf tmp;

/*
 * A document's lines, ids and members live in two arenas reused from one
 * document to the next, not in an allocation per record; records keep
 * offsets until the document is complete, then pointers (bind()).
 */
static struct buf arena;		/* lines and ids */
static struct scan_member *marena;	/* members of every record */
static size_t mlen, mcap;

static void
bind(struct recdoc *d)
{
	size_t i, k;

	for (i = 0; i < d->n; i++) {
		struct rec *r = &d->v[i];

		r->line = arena.data + r->loff;
		r->id = r->id != NULL ? arena.data + r->ioff : NULL;
		r->m = marena != NULL ? marena + r->moff : NULL;
		for (k = 0; k < r->nm; k++) {
			r->m[k].key = r->line + r->m[k].koff;
			r->m[k].val = r->line + r->m[k].voff;
		}
	}
}

static enum rec_type
type_of(const struct scan *s)
{
	const struct scan_member *m = scan_get(s, "type");

	if (m == NULL || m->kind != 's')
		return REC_OTHER;
	/* the raw value, quotes and all, when it holds no escape */
	if (m->vlen == 10 && memcmp(m->val, "\"sentence\"", 10) == 0)
		return REC_SENTENCE;
	if (m->vlen == 5 && memcmp(m->val, "\"doc\"", 5) == 0)
		return REC_DOC;
	if (tmp.data == NULL)
		buf_init(&tmp);
	scan_str(m, &tmp);
	if (strcmp(tmp.data, "doc") == 0 && tmp.len == 3)
		return REC_DOC;
	if (strcmp(tmp.data, "sentence") == 0 && tmp.len == 8)
		return REC_SENTENCE;
	if (strcmp(tmp.data, "quote") == 0 && tmp.len == 5)
		return REC_QUOTE;
	return REC_OTHER;
}

const char *
rec_docid(const struct rec *r, size_t *n)
{
	*n = r->idlen;
	return r->id;
}

json_t *
rec_obj(struct rec *r)
{
	json_error_t e;

	if (r->obj == NULL) {
		r->obj = json_loadb(r->line, r->len, JSON_ALLOW_NUL, &e);
		if (r->obj == NULL)	/* scan.c and jansson disagree */
			err_die(EXIT_IO, "internal error: record at line %lu: %s",
			    r->lineno, e.text);
	}
	return r->obj;
}

json_t *
rec_json(const struct rec *r, const char *key)
{
	const struct scan_member *m = rec_get(r, key);

	if (m == NULL)
		return NULL;
	return json_loadb(m->val, m->vlen, JSON_DECODE_ANY | JSON_ALLOW_NUL,
	    NULL);
}

const char *
rec_strz(struct rec *r, const char *key, size_t *n)
{
	return rec_memstr(r, rec_get(r, key), n);
}

const char *
rec_memstr(struct rec *r, const struct scan_member *m, size_t *n)
{
	char *s;

	if (m == NULL || m->kind != 's')
		return NULL;
	/* without escapes the line holds the string as it is: no copy */
	if (memchr(m->val + 1, '\\', m->vlen - 2) == NULL) {
		*n = m->vlen - 2;
		return m->val + 1;
	}
	if (tmp.data == NULL)
		buf_init(&tmp);
	(void)scan_str(m, &tmp);
	s = xmemdup(tmp.data, tmp.len);
	r->strs = xreallocarray(r->strs, r->nstrs + 1, sizeof(*r->strs));
	r->strs[r->nstrs++] = s;
	*n = tmp.len;
	return s;
}

static void
doc_clear(struct recdoc *d)
{
	size_t i, k;

	for (i = 0; i < d->n; i++) {
		json_decref(d->v[i].obj);
		for (k = 0; k < d->v[i].nstrs; k++)
			free(d->v[i].strs[k]);
		free(d->v[i].strs);
	}
	d->n = 0;
	d->bytes = 0;
	buf_reset(&arena);
	mlen = 0;
}

int
rec_doc_loop(struct jl_reader *r, void (*flush)(struct recdoc *, void *),
    void *arg)
{
	struct recdoc d;
	struct buf fix, idb;
	struct scan sc;
	struct rec *rc;
	char *line, *cur = NULL;
	size_t len, n, bad, curlen = 0;
	const struct scan_member *idm;
	bool hasid;
	int status = EXIT_OK;

	memset(&d, 0, sizeof(d));
	memset(&sc, 0, sizeof(sc));
	d.name = r->name;
	buf_init(&arena);
	buf_init(&fix);
	buf_init(&idb);
	while (jl_getline(r, &line, &len)) {
		if (jl_blank(line, len))
			continue;
		if (!utf8_valid(line, len)) {
			buf_reset(&fix);
			buf_grow(&fix, len * 3);
			n = utf8_repair(fix.data, line, len, &bad);
			line = fix.data;
			len = n;
			err_warnat(jl_where(r), "invalid UTF-8: %zu byte%s "
			    "replaced with U+FFFD", bad, bad == 1 ? "" : "s");
			status = EXIT_DATA;
		}
		if (!scan_object(&sc, line, len)) {
			err_warnat(jl_where(r), "cannot parse record: %s",
			    sc.err);
			status = EXIT_DATA;
			continue;
		}
		if (d.n == d.cap) {
			d.cap = d.cap ? d.cap * 2 : 64;
			d.v = xreallocarray(d.v, d.cap, sizeof(*d.v));
		}
		rc = &d.v[d.n];
		memset(rc, 0, sizeof(*rc));
		rc->type = type_of(&sc);
		rc->lineno = r->lineno;
		idm = scan_get(&sc, "doc");
		hasid = scan_str(idm, &idb);
		/* a new document: a doc record, or another "doc" value */
		if (d.n > 0 && (rc->type == REC_DOC || (hasid &&
		    (cur == NULL || idb.len != curlen ||
		    memcmp(idb.data, cur, idb.len) != 0)))) {
			struct rec keep = *rc;

			bind(&d);
			flush(&d, arg);
			doc_clear(&d);
			d.v[0] = keep;
			rc = &d.v[0];
		}
		if (hasid && (rc->type == REC_DOC || cur == NULL ||
		    idb.len != curlen || memcmp(idb.data, cur, idb.len) != 0)) {
			free(cur);
			cur = xmemdup(idb.data, idb.len);
			curlen = idb.len;
		}
		if (hasid) {
			rc->ioff = arena.len;
			buf_add(&arena, idb.data, idb.len);
			buf_addc(&arena, '\0');
			rc->id = arena.data;	/* set by bind() */
			rc->idlen = idb.len;
		}
		rc->loff = arena.len;
		buf_add(&arena, line, len);
		buf_addc(&arena, '\0');
		rc->len = len;
		/* the members, as offsets into the line */
		rc->nm = sc.n;
		rc->moff = mlen;
		if (mlen + sc.n > mcap) {
			mcap = (mlen + sc.n) * 2 + 64;
			marena = xreallocarray(marena, mcap, sizeof(*marena));
		}
		for (n = 0; n < sc.n; n++) {
			marena[mlen + n] = sc.m[n];
			marena[mlen + n].koff = (size_t)(sc.m[n].key - line);
			marena[mlen + n].voff = (size_t)(sc.m[n].val - line);
		}
		mlen += sc.n;
		rc->serial = ++serials;
		d.bytes += len + 1;
		d.n++;
	}
	if (d.n > 0) {
		bind(&d);
		flush(&d, arg);
	}
	doc_clear(&d);
	free(d.v);
	free(cur);
	buf_free(&fix);
	buf_free(&idb);
	scan_free(&sc);
	buf_free(&arena);
	free(marena);
	marena = NULL;
	mlen = mcap = 0;
	return status;
}

int
rec_run(int argc, char **argv, void (*flush)(struct recdoc *, void *),
    void *arg)
{
	struct jl_reader *r;
	int i, st, status = EXIT_OK;

	for (i = 0; i < (argc == 0 ? 1 : argc); i++) {
		if ((r = jl_open(argc == 0 ? "-" : argv[i])) == NULL) {
			status = EXIT_IO;
			continue;
		}
		st = rec_doc_loop(r, flush, arg);
		if (st > status)
			status = st;
		jl_close(r);
	}
	return status;
}

void
rec_bad(const struct recdoc *d, const struct rec *r, const char *fmt, ...)
{
	char where[512], msg[512];
	va_list ap;

	snprintf(where, sizeof(where), "%s:%lu", d->name, r->lineno);
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	err_warnat(where, "cannot parse record: %s", msg);
}

bool
rec_str(const struct recdoc *d, struct rec *r, const char *key,
    const char **s, size_t *n)
{
	const struct scan_member *m = rec_get(r, key);

	if (m == NULL || m->kind != 's') {
		rec_bad(d, r, "%s \"%s\"", m == NULL ? "missing" :
		    "non-string", key);
		return false;
	}
	*s = rec_memstr(r, m, n);
	return true;
}

bool
rec_off(const struct recdoc *d, const struct rec *r, const char *key,
    size_t *out)
{
	const struct scan_member *m = rec_get(r, key);
	long long v;

	if (!scan_int(m, &v) || v < 0) {
		rec_bad(d, r, "%s \"%s\"", m == NULL ? "missing" :
		    "non-offset (not an integer >= 0)", key);
		return false;
	}
	*out = (size_t)v;
	return true;
}

void
rec_put(const struct rec *r)
{
	jl_put(r->line, r->len);
	jl_putc('\n');
}

void
rec_put_open(const struct rec *r, const char *key)
{
	size_t e = r->len, k;

	/* the line is one JSON object: its last non-space byte is '}' */
	while (e > 0 && r->line[e - 1] != '}')
		e--;
	e--;
	jl_put(r->line, e);
	/* an empty object takes no comma */
	k = e;
	while (k > 0 && (r->line[k - 1] == ' ' || r->line[k - 1] == '\t' ||
	    r->line[k - 1] == '\n' || r->line[k - 1] == '\r'))
		k--;
	if (!(k > 0 && r->line[k - 1] == '{'))
		jl_putc(',');
	jl_putstr(key, strlen(key));
	jl_putc(':');
}

void
rec_put_close(void)
{
	jl_put("}\n", 2);
}
