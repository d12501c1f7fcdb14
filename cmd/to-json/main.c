/*
 * to-json: fold each document of the stream into one JSON object: the doc
 * record's fields, then "sentences", "entities" (one entry per distinct
 * entity), "quotes", "speakers" and, when the stream had records of other
 * types, "other".  One object a line, or indented with --pretty.  One
 * document is held in memory at a time.
 *
 * Sentence and quote records are copied as their original bytes less the
 * "type" and "doc" keys when they start as CONTRACT.md writes them; other
 * layouts go through jansson.  Entities and speakers are built here.
 */
#include <getopt.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "jl.h"
#include "prog.h"
#include "rec.h"
#include "scan.h"
#include "xalloc.h"

#define SYNOPSIS "usage: to-json [--pretty] [--progress] [FILE ...]"
#define RECENT	65536	/* documents remembered to find split documents */

struct state {
	int		 status;
	int		 pretty;
	uint64_t	 recent[RECENT];	/* hashes of finished doc ids */
	size_t		 nrecent;
	int32_t		 head[2 * RECENT];	/* their chains by hash, -1 ends */
	int32_t		 next[RECENT];
	struct buf	 out;
	struct scan	 elems;		/* reused by every document */
};

static _Noreturn void
usage(int status)
{
	fprintf(status == EXIT_OK ? stdout : stderr, "%s\n", SYNOPSIS);
	exit(status);
}

static uint64_t
hash(const char *s, size_t n)
{
	return buf_hash(s, n);
}

static bool
seen(const struct state *st, uint64_t h)
{
	int32_t i;

	for (i = st->head[h & (2 * RECENT - 1)]; i >= 0; i = st->next[i])
		if (st->recent[i] == h)
			return true;
	return false;
}

/* Remember h, forgetting the oldest of RECENT when all are taken. */
static void
remember(struct state *st, uint64_t h)
{
	int32_t slot = (int32_t)(st->nrecent % RECENT), *pp;

	if (st->nrecent >= RECENT) {
		pp = &st->head[st->recent[slot] & (2 * RECENT - 1)];
		while (*pp != slot)
			pp = &st->next[*pp];
		*pp = st->next[slot];
	}
	st->recent[slot] = h;
	st->next[slot] = st->head[h & (2 * RECENT - 1)];
	st->head[h & (2 * RECENT - 1)] = slot;
	st->nrecent++;
}

/*
 * Append record r without its "type" and "doc" keys.  Fast path: the
 * record's first two members are "type" and "doc", as every newspipe tool
 * writes them; the scanner found where they end when the line was read.
 */
static void
put_member(struct buf *b, const struct rec *r)
{
	const char *end = r->line + r->len, *q;
	json_t *copy;
	char *s;

	if (r->nm >= 2 && r->m[0].klen == 4 && !r->m[0].kesc &&
	    memcmp(r->m[0].key, "type", 4) == 0 && r->m[1].klen == 3 &&
	    !r->m[1].kesc && memcmp(r->m[1].key, "doc", 3) == 0) {
		q = r->m[1].val + r->m[1].vlen;
		if (r->nm == 2) {
			buf_add(b, "{}", 2);
			return;
		}
		/* past the separator: whitespace and one comma */
		while (q < end && *q != ',')
			q++;
		if (q < end) {
			buf_addc(b, '{');
			buf_add(b, q + 1, (size_t)(end - q - 1));
			return;
		}
	}
	copy = json_deep_copy(rec_obj((struct rec *)r));
	json_object_del(copy, "type");
	json_object_del(copy, "doc");
	s = json_dumps(copy, JSON_COMPACT | JSON_PRESERVE_ORDER);
	if (s == NULL)
		err_die(EXIT_IO, "out of memory");
	buf_addstr(b, s);
	free(s);
	json_decref(copy);
}

struct span {
	const char	*p;		/* raw JSON string body (escaped) */
	size_t		 n;
};

struct agg {
	struct span	 key;		/* canonical or speaker */
	struct span	 label;		/* n == 0: none */
	struct span	*forms;		/* entities: the texts seen */
	size_t		 nforms, fcap;
	size_t		 count;
};

static bool
span_eq(struct span a, struct span b)
{
	if (a.n != b.n)
		return false;
	if (a.n == 0)	/* "" and no value at all (p NULL) differ */
		return (a.p == NULL) == (b.p == NULL);
	return memcmp(a.p, b.p, a.n) == 0;
}

/* The raw body of a string member, or false. */
/* The members of an entity that the document's entity list is made of. */
static const struct scan_key ent_keys[] = {
	SCAN_KEY("text"), SCAN_KEY("label"), SCAN_KEY("canonical")
};
#define NENT_KEYS	(sizeof(ent_keys) / sizeof(ent_keys[0]))

static bool
raw(const struct scan_member *m, struct span *out)
{
	if (m == NULL || m->kind != 's')
		return false;
	out->p = m->val + 1;
	out->n = m->vlen - 2;
	return true;
}

/*
 * The aggregates of a document, in the order they were first met, with a
 * hash table over (key, label) so that a document of many entities costs
 * one hash a mention, not a walk over all of them.
 */
struct aggset {
	struct agg	*v;
	size_t		 n, cap;
	size_t		*slot;		/* index + 1 into v; 0 empty */
	size_t		 mask;
};

static unsigned long long
span_hash(struct span a)
{
	/* "" and no value at all differ, as in span_eq() */
	if (a.n == 0)
		return a.p == NULL ? 1 : 2;
	return buf_hash(a.p, a.n);
}

static size_t
agg_slot(const struct aggset *s, struct span k, struct span label)
{
	size_t h = (size_t)(span_hash(k) * 31 + span_hash(label)) & s->mask;

	while (s->slot[h] != 0 && !(span_eq(s->v[s->slot[h] - 1].key, k) &&
	    span_eq(s->v[s->slot[h] - 1].label, label)))
		h = (h + 1) & s->mask;
	return h;
}

/* Aggregates walked before the table is made. */
#define AGG_WALK	16

/* The aggregate of (k, label), added when new. */
static struct agg *
find_agg(struct aggset *s, struct span k, struct span label)
{
	size_t h, i;

	/* a few aggregates, as most documents have: a walk over them */
	if (s->slot == NULL && s->n < AGG_WALK) {
		for (i = 0; i < s->n; i++)
			if (span_eq(s->v[i].key, k) && span_eq(s->v[i].label,
			    label))
				return &s->v[i];
		goto add;
	}
	if (s->slot == NULL || (s->n + 1) * 2 > s->mask + 1) {
		/* grow to stay at most half full: every entry again */
		s->mask = s->slot == NULL ? 63 : s->mask * 2 + 1;
		free(s->slot);
		s->slot = xcalloc(s->mask + 1, sizeof(*s->slot));
		for (i = 0; i < s->n; i++)
			s->slot[agg_slot(s, s->v[i].key, s->v[i].label)] = i + 1;
	}
	h = agg_slot(s, k, label);
	if (s->slot[h] != 0)
		return &s->v[s->slot[h] - 1];
	s->slot[h] = s->n + 1;
add:
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->v = xreallocarray(s->v, s->cap, sizeof(*s->v));
	}
	memset(&s->v[s->n], 0, sizeof(s->v[s->n]));
	s->v[s->n].key = k;
	s->v[s->n].label = label;
	return &s->v[s->n++];
}

/* A raw string body, quoted: it is valid JSON as the scanner found it. */
static void
put_raw(struct buf *b, struct span s)
{
	buf_addc(b, '"');
	buf_add(b, s.p, s.n);
	buf_addc(b, '"');
}

static void
flush(struct recdoc *d, void *arg)
{
	struct state *st = arg;
	struct buf *b = &st->out;
	struct rec *docrec = NULL;
	struct aggset ents = { NULL, 0, 0, NULL, 0 };
	struct aggset spk = { NULL, 0, 0, NULL, 0 };
	size_t i, k, idn = 0;
	const char *id = NULL;
	char *nums = NULL;
	size_t numcap = 0;
	bool first;
	int sec;
	static const char *const secs[] = { "sentences", "quotes", "other" };

	prog_doc(d->bytes);
	for (i = 0; i < d->n; i++) {
		if (d->v[i].type == REC_DOC && docrec == NULL)
			docrec = &d->v[i];
		if (id == NULL)
			id = rec_docid(&d->v[i], &idn);
	}
	if (docrec == NULL) {
		rec_bad(d, &d->v[0], "a %s record before any doc record%s%.*s%s",
		    d->v[0].type == REC_QUOTE ? "quote" : d->v[0].type ==
		    REC_SENTENCE ? "sentence" : "stream", id != NULL ? " (document \"" :
		    "", id != NULL ? (int)(idn > 200 ? 200 : idn) : 0,
		    id != NULL ? id : "", id != NULL ? "\"); skipped" : "; skipped");
		st->status = EXIT_DATA;
		return;
	}
	if (id != NULL) {
		uint64_t h = hash(id, idn);

		if (seen(st, h)) {
			rec_bad(d, docrec, "records of document \"%.*s\" are not "
			    "contiguous; skipped", (int)(idn > 200 ? 200 : idn), id);
			st->status = EXIT_DATA;
			return;
		}
		remember(st, h);
	}

	buf_reset(b);
	/* the doc record's fields */
	{
		size_t e = docrec->len;

		while (e > 0 && docrec->line[e - 1] != '}')
			e--;
		buf_add(b, docrec->line, e > 0 ? e - 1 : 0);
		if (e <= 1)
			buf_addc(b, '{');
	}
	for (sec = 0; sec < 3; sec++) {
		first = true;
		for (i = 0; i < d->n; i++) {
			struct rec *r = &d->v[i];

			if (r == docrec || (sec == 0 && r->type != REC_SENTENCE) ||
			    (sec == 1 && r->type != REC_QUOTE) ||
			    (sec == 2 && (r->type == REC_SENTENCE ||
			    r->type == REC_QUOTE || r->type == REC_DOC)))
				continue;
			if (sec == 0) {
				long long jn;

				if (rec_int(r, "n", &jn) && jn >= 0 &&
				    jn < 1 << 24) {
					size_t nn = (size_t)jn;

					if (nn >= numcap) {
						size_t nc = (nn + 1) * 2;

						nums = xrealloc(nums, nc);
						memset(nums + numcap, 0, nc - numcap);
						numcap = nc;
					}
					if (nums[nn]) {
						rec_bad(d, r, "duplicate sentence "
						    "number %zu; skipped", nn);
						st->status = EXIT_DATA;
						continue;
					}
					nums[nn] = 1;
				}
			}
			if (first) {
				buf_addstr(b, ",\"");
				buf_addstr(b, secs[sec]);
				buf_addstr(b, "\":[");
			} else
				buf_addc(b, ',');
			first = false;
			if (sec == 2)
				buf_add(b, r->line, r->len);	/* kept whole */
			else
				put_member(b, r);
		}
		if (first && sec < 2) {
			buf_addstr(b, ",\"");
			buf_addstr(b, secs[sec]);
			buf_addstr(b, "\":[");
			first = false;
		}
		if (!first)
			buf_addc(b, ']');
		if (sec == 0) {
			/* entities, after the sentences */
			for (i = 0; i < d->n; i++) {
				const struct scan_member *em;

				if (d->v[i].type != REC_SENTENCE ||
				    (em = rec_get(&d->v[i], "entities")) == NULL ||
				    em->kind != 'a' || !scan_objects(&st->elems,
				    em->val, em->vlen, ent_keys, NENT_KEYS))
					continue;
				for (k = 0; k < st->elems.n; k++) {
					/* element, text, label, canonical */
					const struct scan_member *e =
					    &st->elems.m[k * (NENT_KEYS + 1)];
					struct span c, t, l;
					struct agg *a;
					size_t j;

					if (e->kind != 'o' || !raw(&e[1], &t) ||
					    !raw(&e[2], &l))
						continue;
					if (!raw(&e[3], &c))
						c = t;
					a = find_agg(&ents, c, l);
					for (j = 0; j < a->nforms; j++)
						if (span_eq(a->forms[j], t))
							break;
					if (j == a->nforms) {
						if (a->nforms == a->fcap) {
							a->fcap = a->fcap ? a->fcap * 2 : 4;
							a->forms = xreallocarray(a->forms,
							    a->fcap, sizeof(*a->forms));
						}
						a->forms[a->nforms++] = t;
					}
					a->count++;
				}
			}
			buf_addstr(b, ",\"entities\":[");
			for (i = 0; i < ents.n; i++) {
				if (i > 0)
					buf_addc(b, ',');
				buf_addstr(b, "{\"canonical\":");
				put_raw(b, ents.v[i].key);
				buf_addstr(b, ",\"label\":");
				put_raw(b, ents.v[i].label);
				buf_addstr(b, ",\"forms\":[");
				for (k = 0; k < ents.v[i].nforms; k++) {
					if (k > 0)
						buf_addc(b, ',');
					put_raw(b, ents.v[i].forms[k]);
				}
				buf_addstr(b, "],\"count\":");
				buf_addu(b, ents.v[i].count);
				buf_addc(b, '}');
				free(ents.v[i].forms);
			}
			buf_addc(b, ']');
		}
		if (sec == 1) {
			/* speakers, in order of first quote */
			for (i = 0; i < d->n; i++) {
				struct span sp, sl = { "", 0 };

				if (d->v[i].type != REC_QUOTE ||
				    !raw(rec_get(&d->v[i], "speaker"), &sp))
					continue;
				if (!raw(rec_get(&d->v[i], "speaker_label"), &sl))
					sl.p = NULL;
				find_agg(&spk, sp, sl)->count++;
			}
			buf_addstr(b, ",\"speakers\":[");
			for (i = 0; i < spk.n; i++) {
				if (i > 0)
					buf_addc(b, ',');
				buf_addstr(b, "{\"speaker\":");
				put_raw(b, spk.v[i].key);
				buf_addstr(b, ",\"label\":");
				if (spk.v[i].label.p != NULL)
					put_raw(b, spk.v[i].label);
				else
					buf_addstr(b, "null");
				buf_addstr(b, ",\"quotes\":");
				buf_addu(b, spk.v[i].count);
				buf_addc(b, '}');
			}
			buf_addc(b, ']');
		}
	}
	buf_addc(b, '}');

	if (st->pretty) {
		json_error_t e;
		json_t *v = json_loadb(b->data, b->len, JSON_ALLOW_NUL, &e);

		if (v == NULL)
			err_die(EXIT_IO, "internal error: folded document is "
			    "not JSON: %s", e.text);
		{
			char *s = json_dumps(v, JSON_INDENT(2) |
			    JSON_PRESERVE_ORDER);

			if (s == NULL)
				err_die(EXIT_IO, "out of memory");
			jl_puts(s);
			free(s);
		}
		json_decref(v);
	} else
		jl_put(b->data, b->len);
	jl_putc('\n');
	jl_flush();
	free(ents.v);
	free(ents.slot);
	free(spk.v);
	free(spk.slot);
	free(nums);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "pretty", no_argument, NULL, 'p' },
		{ "progress", no_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct state *st;
	int ch, status;

	err_init("to-json");
	st = xcalloc(1, sizeof(*st));
	memset(st->head, 0xff, sizeof(st->head));	/* all chains empty: -1 */
	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'p':
			st->pretty = 1;
			break;
		case 'P':
			prog_enable();
			break;
		case 'h':
			usage(EXIT_OK);
		default:
			usage(EXIT_USAGE);
		}
	}
	argc -= optind;
	argv += optind;

	buf_init(&st->out);
	ch = rec_run(argc, argv, flush, st);
	if (ch > st->status)
		st->status = ch;
	prog_done();
	buf_free(&st->out);
	scan_free(&st->elems);
	status = st->status;
	free(st);
	ch = jl_finish();
	return ch > status ? ch : status;
}
