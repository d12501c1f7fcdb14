/*
 * tag-entities: add "entities" (PERSON, ORG, GPE, LOC, NORP) to every
 * sentence record of the stream; pass everything else through unchanged.
 * A document is tagged as a whole, so it is held in memory until its last
 * record has been read.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "jl.h"
#include "prog.h"
#include "rec.h"
#include "utf8.h"
#include "xalloc.h"

#include "lexicon.h"
#include "tagger.h"

#define SYNOPSIS "usage: tag-entities [--lexicon FILE] [--progress] [FILE ...]"

struct state {
	int		 status;
	struct tsent	*sv;
	size_t		*ri;		/* record index of each sentence */
	size_t		*off;		/* its "start" */
	size_t		 cap;
};

static _Noreturn void
usage(int status)
{
	fprintf(status == EXIT_OK ? stdout : stderr, "%s\n", SYNOPSIS);
	exit(status);
}

/* One document: tag its sentences, then write all its records in order. */
static void
flush(struct recdoc *d, void *arg)
{
	struct state *st = arg;
	size_t i, j, ns = 0, start, end, bytes = (size_t)-1;
	char *skip, **copies;
	const char *text;
	size_t tlen;
	bool hasend;

	prog_doc(d->bytes);
	skip = xcalloc(d->n, 1);
	copies = xcalloc(d->n, sizeof(*copies));
	for (i = 0; i < d->n; i++) {
		struct rec *r = &d->v[i];

		if (r->type == REC_DOC) {
			long long b;

			if (rec_int(r, "bytes", &b) && b >= 0)
				bytes = (size_t)b;
			continue;
		}
		if (r->type != REC_SENTENCE || rec_get(r, "entities") != NULL)
			continue;	/* passes through; tagged already */
		if (!rec_str(d, r, "text", &text, &tlen) ||
		    !rec_off(d, r, "start", &start)) {
			skip[i] = 1;
			st->status = EXIT_DATA;
			continue;
		}
		hasend = rec_get(r, "end") != NULL;
		if (hasend && (!rec_off(d, r, "end", &end) || end < start ||
		    (bytes != (size_t)-1 && end > bytes))) {
			long long v;

			if (rec_int(r, "end", &v) && v >= 0)
				rec_bad(d, r, "\"end\" out of range");
			skip[i] = 1;
			st->status = EXIT_DATA;
			continue;
		}
		if (ns == st->cap) {
			st->cap = st->cap ? st->cap * 2 : 64;
			st->sv = xreallocarray(st->sv, st->cap, sizeof(*st->sv));
			st->ri = xreallocarray(st->ri, st->cap, sizeof(*st->ri));
			st->off = xreallocarray(st->off, st->cap,
			    sizeof(*st->off));
		}
		memset(&st->sv[ns], 0, sizeof(st->sv[ns]));
		/* bad bytes replaced upstream: offsets count the original bytes */
		if (hasend && tlen > end - start) {
			char *u = xmalloc(tlen);

			tlen = utf8_unrepair(u, text, tlen, end - start);
			text = u;
			copies[ns] = u;
		} else
			copies[ns] = NULL;
		st->sv[ns].text = text;
		st->sv[ns].len = tlen;
		st->ri[ns] = i;
		st->off[ns] = start;
		ns++;
	}
	tag_document(st->sv, ns);

	for (i = 0, j = 0; i < d->n; i++) {
		struct tsent *s;
		size_t k;

		if (skip[i])
			continue;
		if (j >= ns || st->ri[j] != i) {
			rec_put(&d->v[i]);
			continue;
		}
		s = &st->sv[j];
		rec_put_open(&d->v[i], "entities");
		jl_putc('[');
		for (k = 0; k < s->nents; k++) {
			struct ent *e = &s->ents[k];

			if (k > 0)
				jl_putc(',');
			jl_puts("{\"text\":");
			jl_putstr(s->text + e->s, e->e - e->s);
			jl_puts(",\"label\":\"");
			jl_puts(tag_label_names[e->label]);
			jl_puts("\",\"start\":");
			jl_putu(st->off[j] + e->s);
			jl_puts(",\"end\":");
			jl_putu(st->off[j] + e->e);
			jl_puts(",\"canonical\":");
			jl_putstr(e->canon, e->canon_len);
			jl_putc('}');
		}
		jl_putc(']');
		rec_put_close();
		j++;
	}
	jl_flush();
	tag_free(st->sv, ns);
	for (i = 0; i < ns; i++)
		free(copies[i]);
	free(copies);
	free(skip);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "lexicon", required_argument, NULL, 'l' },
		{ "progress", no_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct state st;
	char **lexicons;
	int ch, i, nlex = 0;

	err_init("tag-entities");
	lexicons = xcalloc((size_t)argc + 1, sizeof(*lexicons));
	while ((ch = getopt_long(argc, argv, "l:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'l':
			lexicons[nlex++] = optarg;
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

	lex_init();
	for (i = 0; i < nlex; i++)
		lex_load_file(lexicons[i]);
	free(lexicons);

	memset(&st, 0, sizeof(st));
	ch = rec_run(argc, argv, flush, &st);
	if (ch > st.status)
		st.status = ch;
	free(st.sv);
	free(st.ri);
	free(st.off);
#ifndef NEWSPIPE_FUZZ
	lex_fini();	/* the fuzzer keeps the built-in lexicons */
#endif
	prog_done();
	ch = jl_finish();
	return ch > st.status ? ch : st.status;
}
