/*
 * extract-quotes: after each document's records, write one quote record
 * per quotation found in its sentences (CONTRACT.md).  Every input record
 * passes through unchanged.  Entities from tag-entities are used when
 * present.  One document is held in memory at a time.
 */
#include <getopt.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "jl.h"
#include "prog.h"
#include "scan.h"
#include "rec.h"
#include "utf8.h"
#include "xalloc.h"

#include "quotes.h"

#define SYNOPSIS "usage: extract-quotes [--progress] [FILE ...]"

static const char *const labels[] = {
	"PERSON", "ORG", "GPE", "LOC", "NORP", NULL
};

struct state {
	int	status;
};

static _Noreturn void
usage(int status)
{
	fprintf(status == EXIT_OK ? stdout : stderr, "%s\n", SYNOPSIS);
	exit(status);
}

struct srec {
	size_t		 ri;		/* record index */
	size_t		 s, e, n, para;
	const char	*text;
	size_t		 tlen;
	char		*owned;		/* an unrepaired copy of text */
	const char	*gap;		/* the bytes before it, when segment
					 * wrote them ("gap"), or NULL */
	size_t		 glen;
};

static int
srec_cmp(const void *a, const void *b)
{
	const struct srec *x = a, *y = b;

	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	return x->ri < y->ri ? -1 : x->ri > y->ri;
}

static int
label_of(const char *s, size_t n)
{
	int i;

	for (i = 0; labels[i] != NULL; i++)
		if (strlen(labels[i]) == n && memcmp(labels[i], s, n) == 0)
			return i;
	return -1;
}

/*
 * The entities of sentence record r, checked against its span.  They are
 * read with the scanner, not jansson: the record was validated whole when
 * it was read, and the strings are borrowed from it until the document is
 * written.
 */
static void
load_entities(struct xdoc *d, struct recdoc *rd, struct rec *r,
    const struct srec *s, size_t *cap, int *status)
{
	static struct scan elems;
	/* an element's entries: itself, then these members (scan.h), in
	 * the order tag-entities writes them */
	static const struct scan_key keys[] = {
		SCAN_KEY("text"), SCAN_KEY("label"), SCAN_KEY("start"),
		SCAN_KEY("end"), SCAN_KEY("canonical")
	};
	const size_t nk = sizeof(keys) / sizeof(keys[0]);
	const struct scan_member *m = rec_get(r, "entities");
	size_t i;

	if (m == NULL)
		return;
	if (m->kind != 'a' || !scan_objects(&elems, m->val, m->vlen, keys,
	    nk)) {
		rec_bad(rd, r, "non-array \"entities\"");
		*status = EXIT_DATA;
		return;
	}
	for (i = 0; i < elems.n; i++) {
		/* the element, then its text, label, start, end, canonical */
		const struct scan_member *e = &elems.m[i * (nk + 1)], *jl, *jc;
		long long es, ee;
		const char *lab;
		size_t llen;
		struct xent *x;
		int label;

		if (e->kind != 'o' || !scan_int(&e[3], &es) ||
		    !scan_int(&e[4], &ee) || (jl = &e[2])->kind != 's') {
			rec_bad(rd, r, "entity %zu: missing or wrong-typed "
			    "\"start\", \"end\" or \"label\"", i);
			*status = EXIT_DATA;
			continue;
		}
		if (es < (long long)s->s || ee > (long long)s->e || es >= ee) {
			rec_bad(rd, r, "entity %zu: offsets %lld-%lld out of "
			    "range", i, es, ee);
			*status = EXIT_DATA;
			continue;
		}
		lab = rec_memstr(r, jl, &llen);
		if ((label = label_of(lab, llen)) < 0)
			continue;	/* a label this tool does not use */
		if (d->ne == *cap) {
			*cap = *cap ? *cap * 2 : 32;
			d->ev = xreallocarray(d->ev, *cap, sizeof(*d->ev));
		}
		x = &d->ev[d->ne++];
		x->s = (size_t)es;
		x->e = (size_t)ee;
		x->label = label;
		jc = e[5].kind == 's' ? &e[5] : &e[1];
		if (jc->kind == 's')
			x->canon = rec_memstr(r, jc, &x->clen);
		else {
			x->canon = d->text + x->s;
			x->clen = x->e - x->s;
		}
	}
}

static void
put_quote(const struct xdoc *d, const char *id, size_t idlen,
    const struct quote *q, size_t n)
{
	size_t i;
	bool first = true;

	jl_puts("{\"type\":\"quote\",\"doc\":");
	jl_putstr(id, idlen);
	jl_puts(",\"n\":");
	jl_putu(n);
	jl_puts(",\"start\":");
	jl_putu(q->s);
	jl_puts(",\"end\":");
	jl_putu(q->e);
	jl_puts(",\"text\":");
	jl_putstr(d->text + q->s, q->e - q->s);
	jl_puts(q->kind == K_DIRECT ? ",\"kind\":\"direct\"" :
	    ",\"kind\":\"indirect\"");
	jl_puts(",\"speaker\":");
	if (q->speaker != NULL)
		jl_putstr(q->speaker, q->splen);
	else
		jl_puts("null");
	jl_puts(",\"speaker_label\":");
	if (q->speaker != NULL && q->splabel >= 0) {
		jl_putc('"');
		jl_puts(labels[q->splabel]);
		jl_putc('"');
	} else
		jl_puts("null");
	jl_puts(",\"mention\":");
	if (q->has_mention) {
		jl_putstr(d->text + q->ms, q->me - q->ms);
		jl_puts(",\"mention_start\":");
		jl_putu(q->ms);
		jl_puts(",\"mention_end\":");
		jl_putu(q->me);
	} else
		jl_puts("null,\"mention_start\":null,\"mention_end\":null");
	jl_puts(",\"cue\":");
	if (q->has_cue)
		jl_putstr(d->text + q->cs, q->ce - q->cs);
	else
		jl_puts("null");
	jl_puts(",\"sentences\":[");
	/* from the first sentence that ends after the quote starts */
	for (i = xq_first(d->sv, d->ns, sizeof(*d->sv), offsetof(struct xsent, e),
	    q->s + 1); i < d->ns && d->sv[i].s < q->e + (q->s == q->e); i++)
		if (d->sv[i].s < q->e && q->s < d->sv[i].e) {
			if (!first)
				jl_putc(',');
			jl_putu(d->sv[i].n);
			first = false;
		}
	jl_puts("]}\n");
}

/*
 * The document's text is rebuilt at the sentences' offsets, so its size
 * is the largest end, and one bad "start" of five billion would have it
 * allocate gigabytes.  A sentence may end no further than the doc
 * record's "bytes" (the contract's length of the document), and, unless
 * the sentences' own text is large enough to vouch for it, no further
 * than 1 GB; with no "bytes", no further than sixteen times the
 * sentences' text and 16 MB more (a stream filtered down to a few
 * sentences of a long document keeps its doc record, and with it its
 * length).  Sentences past the limit are reported and left out.  Returns
 * the new largest end.
 */
static size_t
bound_offsets(struct recdoc *rd, struct srec *sr, size_t *nsr, size_t len,
    int *status)
{
	size_t i, k, text = 0, limit, vouched;
	long long b;
	bool stated = false;

	for (i = 0; i < *nsr; i++)
		text += sr[i].tlen;
	limit = vouched = 16 * text + ((size_t)1 << 24);
	for (i = 0; i < rd->n; i++)
		if (rd->v[i].type == REC_DOC && rec_int(&rd->v[i], "bytes", &b) &&
		    b >= 0) {
			limit = (size_t)b;
			if (limit > ((size_t)1 << 30) && limit > vouched)
				limit = vouched > ((size_t)1 << 30) ? vouched :
				    (size_t)1 << 30;
			stated = true;
			break;
		}
	if (len <= limit)
		return len;
	for (i = k = 0, len = 0; i < *nsr; i++) {
		if (sr[i].e > limit) {
			if (stated && limit == (size_t)b)
				rec_bad(rd, &rd->v[sr[i].ri], "sentence ends "
				    "at byte %zu, past the document's %lld "
				    "bytes; left out", sr[i].e, b);
			else
				rec_bad(rd, &rd->v[sr[i].ri], "sentence ends "
				    "at byte %zu, too far past the rest of "
				    "the document's text; left out", sr[i].e);
			*status = EXIT_DATA;
			free(sr[i].owned);
			continue;
		}
		if (sr[i].e > len)
			len = sr[i].e;
		sr[k++] = sr[i];
	}
	*nsr = k;
	return len;
}

static void
flush(struct recdoc *rd, void *arg)
{
	struct state *st = arg;
	struct xdoc d;
	struct xcache cache;
	struct srec *sr = NULL;
	size_t i, nsr = 0, len = 0, ecap = 0, idlen = 0, n;
	const char *id = NULL;
	bool done = false;

	prog_doc(rd->bytes);
	memset(&d, 0, sizeof(d));
	memset(&cache, 0, sizeof(cache));
	d.cache = &cache;
	sr = xcalloc(rd->n, sizeof(*sr));
	for (i = 0; i < rd->n; i++) {
		struct rec *r = &rd->v[i];
		struct srec *s = &sr[nsr];
		const struct scan_member *g;
		long long jn, jp;

		if (id == NULL)
			id = rec_docid(r, &idlen);
		if (r->type == REC_QUOTE)
			done = true;	/* quotes found already: run once */
		if (r->type != REC_SENTENCE)
			continue;
		if (!rec_str(rd, r, "text", &s->text, &s->tlen) ||
		    !rec_off(rd, r, "start", &s->s)) {
			st->status = EXIT_DATA;
			continue;
		}
		s->gap = NULL;
		if ((g = rec_get(r, "gap")) != NULL) {
			if (g->kind == 's')
				s->gap = rec_memstr(r, g, &s->glen);
			else {
				rec_bad(rd, r, "non-string \"gap\"");
				st->status = EXIT_DATA;
			}
		}
		if (s->tlen > ((size_t)1 << 40) || s->s > ((size_t)1 << 40)) {
			rec_bad(rd, r, "\"start\" out of range");
			st->status = EXIT_DATA;
			continue;
		}
		s->e = s->s + s->tlen;
		/* bad bytes replaced upstream: count the original bytes again */
		{
			long long je;

			if (rec_int(r, "end", &je) && je >= (long long)s->s &&
			    (size_t)je - s->s < s->tlen) {
				char *u = xmalloc(s->tlen);

				s->tlen = utf8_unrepair(u, s->text, s->tlen,
				    (size_t)je - s->s);
				s->text = u;
				s->owned = u;
				s->e = s->s + s->tlen;
			}
		}
		s->n = rec_int(r, "n", &jn) && jn >= 0 ? (size_t)jn : nsr;
		s->para = rec_int(r, "para", &jp) && jp >= 0 ? (size_t)jp : 0;
		s->ri = i;
		if (s->e > len)
			len = s->e;
		nsr++;
	}
	for (i = 0; i < rd->n; i++)
		rec_put(&rd->v[i]);
	if (done || nsr == 0 || id == NULL)
		goto out;
	len = bound_offsets(rd, sr, &nsr, len, &st->status);
	if (nsr == 0)
		goto out;

	/* in order already, as segment writes them, most often */
	for (i = 1; i < nsr && srec_cmp(&sr[i - 1], &sr[i]) < 0; i++)
		;
	if (i < nsr)
		qsort(sr, nsr, sizeof(*sr), srec_cmp);
	d.len = len;
	d.text = xmalloc(len + 1);
	memset(d.text, ' ', len);
	d.text[len] = '\0';
	d.sv = xcalloc(nsr, sizeof(*d.sv));
	for (i = 0; i < nsr; i++) {
		/* paragraph breaks between sentences become newlines */
		if (i > 0 && sr[i].para != sr[i - 1].para &&
		    sr[i - 1].e < sr[i].s)
			memset(d.text + sr[i - 1].e, '\n', sr[i].s - sr[i - 1].e);
		/* the bytes between as segment saw them, where they are no
		 * plain spaces or newlines ("\n" in a paragraph, a no-break
		 * space) and still fit */
		if (i > 0 && sr[i].gap != NULL && sr[i - 1].e <= sr[i].s &&
		    sr[i].s - sr[i - 1].e == sr[i].glen)
			memcpy(d.text + sr[i - 1].e, sr[i].gap, sr[i].glen);
		memcpy(d.text + sr[i].s, sr[i].text, sr[i].tlen);
		/* overlapping sentences (bad input): clip to the next start */
		d.sv[d.ns].s = sr[i].s;
		d.sv[d.ns].e = i + 1 < nsr && sr[i + 1].s < sr[i].e ?
		    sr[i + 1].s : sr[i].e;
		d.sv[d.ns].n = sr[i].n;
		d.sv[d.ns].para = sr[i].para;
		d.ns++;
	}
	for (i = 0; i < nsr; i++)
		load_entities(&d, rd, &rd->v[sr[i].ri], &sr[i], &ecap,
		    &st->status);

	xq_tokenize(&d);
	xq_direct(&d);
	xq_transcript(&d);
	xq_block(&d);
	xq_indirect(&d);
	xq_attribute(&d);
	xq_resolve(&d);
	for (i = 0, n = 0; i < d.nq; i++)
		if (!d.qv[i].dropped)
			put_quote(&d, id, idlen, &d.qv[i], n++);
out:
	jl_flush();
	free(d.text);
	free(d.sv);
	free(d.ev);
	free(d.tv);
	free(d.qv);
	free(d.orgn);
	free(d.orgfirst);
	if (cache.lower_built)
		smap_free(&cache.lower);
	if (cache.honor_built)
		smap_free(&cache.honor);
	free(cache.titles);
	if (cache.people_built) {
		smap_free(&cache.byfirst);
		smap_free(&cache.bylast);
		free(cache.pv);
		free(cache.pfirst);
		free(cache.plast);
	}
	for (i = 0; i < nsr; i++)
		free(sr[i].owned);
	free(sr);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "progress", no_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct state st;
	int ch;

	err_init("extract-quotes");
	while ((ch = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (ch) {
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

	memset(&st, 0, sizeof(st));
	ch = rec_run(argc, argv, flush, &st);
	if (ch > st.status)
		st.status = ch;
	prog_done();
	ch = jl_finish();
	return ch > st.status ? ch : st.status;
}
