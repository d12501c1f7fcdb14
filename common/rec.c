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
#include "utf8.h"
#include "xalloc.h"

static enum rec_type
type_of(json_t *obj)
{
	const char *t = json_string_value(json_object_get(obj, "type"));

	if (t == NULL)
		return REC_OTHER;
	if (strcmp(t, "doc") == 0)
		return REC_DOC;
	if (strcmp(t, "sentence") == 0)
		return REC_SENTENCE;
	if (strcmp(t, "quote") == 0)
		return REC_QUOTE;
	return REC_OTHER;
}

const char *
rec_docid(const struct rec *r, size_t *n)
{
	json_t *d = json_object_get(r->obj, "doc");

	if (!json_is_string(d))
		return NULL;
	*n = json_string_length(d);
	return json_string_value(d);
}

static void
doc_clear(struct recdoc *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		free(d->v[i].line);
		json_decref(d->v[i].obj);
	}
	d->n = 0;
	d->bytes = 0;
}

int
rec_doc_loop(struct jl_reader *r, void (*flush)(struct recdoc *, void *),
    void *arg)
{
	struct recdoc d;
	struct buf fix;
	struct rec *rc;
	char *line, *cur = NULL;
	size_t len, n, bad, curlen = 0, idn;
	const char *id;
	json_t *obj;
	int status = EXIT_OK;

	memset(&d, 0, sizeof(d));
	d.name = r->name;
	buf_init(&fix);
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
		if ((obj = jl_parse(r, line, len)) == NULL) {
			status = EXIT_DATA;
			continue;
		}
		if (d.n == d.cap) {
			d.cap = d.cap ? d.cap * 2 : 64;
			d.v = xreallocarray(d.v, d.cap, sizeof(*d.v));
		}
		rc = &d.v[d.n];
		rc->obj = obj;
		rc->type = type_of(obj);
		rc->lineno = r->lineno;
		id = rec_docid(rc, &idn);
		/* a new document: a doc record, or another "doc" value */
		if (d.n > 0 && (rc->type == REC_DOC || (id != NULL &&
		    (cur == NULL || idn != curlen || memcmp(id, cur, idn) != 0)))) {
			struct rec keep = *rc;

			flush(&d, arg);
			doc_clear(&d);
			d.v[0] = keep;
			rc = &d.v[0];
		}
		if (id != NULL && (rc->type == REC_DOC || cur == NULL ||
		    idn != curlen || memcmp(id, cur, idn) != 0)) {
			free(cur);
			cur = xmemdup(id, idn);
			curlen = idn;
		}
		rc->line = xmemdup(line, len);
		rc->len = len;
		d.bytes += len + 1;
		d.n++;
	}
	if (d.n > 0)
		flush(&d, arg);
	doc_clear(&d);
	free(d.v);
	free(cur);
	buf_free(&fix);
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
rec_str(const struct recdoc *d, const struct rec *r, const char *key,
    const char **s, size_t *n)
{
	json_t *v = json_object_get(r->obj, key);

	if (!json_is_string(v)) {
		rec_bad(d, r, "%s \"%s\"", v == NULL ? "missing" :
		    "non-string", key);
		return false;
	}
	*s = json_string_value(v);
	*n = json_string_length(v);
	return true;
}

bool
rec_off(const struct recdoc *d, const struct rec *r, const char *key,
    size_t *out)
{
	json_t *v = json_object_get(r->obj, key);

	if (!json_is_integer(v) || json_integer_value(v) < 0) {
		rec_bad(d, r, "%s \"%s\"", v == NULL ? "missing" :
		    "non-offset (not an integer >= 0)", key);
		return false;
	}
	*out = (size_t)json_integer_value(v);
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
	size_t e = r->len;

	/* the line is one JSON object: its last non-space byte is '}' */
	while (e > 0 && r->line[e - 1] != '}')
		e--;
	if (e == 0) {
		rec_put(r);
		return;
	}
	e--;
	jl_put(r->line, e);
	/* an empty object takes no comma */
	{
		size_t k = e;

		while (k > 0 && (r->line[k - 1] == ' ' || r->line[k - 1] == '\t' ||
		    r->line[k - 1] == '\n' || r->line[k - 1] == '\r'))
			k--;
		if (!(k > 0 && r->line[k - 1] == '{'))
			jl_putc(',');
	}
	jl_putstr(key, strlen(key));
	jl_putc(':');
}

void
rec_put_close(void)
{
	jl_put("}\n", 2);
}
