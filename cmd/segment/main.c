/*
 * segment: raw article text to doc and sentence records (CONTRACT.md).
 *
 * Plain text: each FILE is one document whose id is the path as given;
 * standard input is one document with id "-" (or --id).  With --jsonl every
 * input line is one {"id":...,"text":...} object; its other fields are kept
 * in the doc record.  One document is held in memory at a time.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "err.h"
#include "jl.h"
#include "prog.h"
#include "scan.h"
#include "utf8.h"
#include "xalloc.h"

#include "split.h"

#define SYNOPSIS "usage: segment [--jsonl] [--id ID] [--progress] [FILE ...]"

static struct spans spans;
static struct buf scratch;	/* repaired JSONL lines, id strings */

static _Noreturn void
usage(int status)
{
	fprintf(status == EXIT_OK ? stdout : stderr, "%s\n", SYNOPSIS);
	exit(status);
}

static int
worse(int a, int b)
{
	return a > b ? a : b;
}

/*
 * Are the bytes between sentences a and b other than a reader of the
 * sentences alone would put there: spaces inside a paragraph, newlines
 * between two?  Then the sentence record carries them as "gap", so that
 * a quotation across the two keeps the document's bytes ("...win.\nWe
 * will...", a no-break space after a full stop).
 */
static bool
odd_gap(const char *text, const struct span *a, const struct span *b)
{
	char fill = a->para == b->para ? ' ' : '\n';
	size_t k;

	for (k = a->end; k < b->start; k++)
		if (text[k] != fill)
			return true;
	return false;
}

/*
 * Write one document: its doc record (meta: the input object whose other
 * fields are copied, or NULL), then its sentences.  Returns EXIT_DATA when
 * ill-formed UTF-8 was replaced (and says so once, at where).
 */
static int
put_doc(const char *id, size_t idlen, const char *text, size_t len,
    json_t *meta, const char *where)
{
	const char *key;
	void *it;
	size_t i, keylen, bad = 0;

	jl_puts("{\"type\":\"doc\",\"doc\":");
	bad += jl_putstr(id, idlen);
	jl_puts(",\"bytes\":");
	jl_putu(len);
	for (it = meta != NULL ? json_object_iter(meta) : NULL; it != NULL;
	    it = json_object_iter_next(meta, it)) {
		key = json_object_iter_key(it);
		keylen = json_object_iter_key_len(it);
		if (strcmp(key, "id") == 0 || strcmp(key, "text") == 0 ||
		    strcmp(key, "type") == 0 || strcmp(key, "doc") == 0 ||
		    strcmp(key, "bytes") == 0)
			continue;
		jl_putc(',');
		jl_putstr(key, keylen);
		jl_putc(':');
		jl_putjson(json_object_iter_value(it));
	}
	jl_puts("}\n");

	spans.n = 0;
	split_text(text, len, &spans);
	for (i = 0; i < spans.n; i++) {
		jl_puts("{\"type\":\"sentence\",\"doc\":");
		jl_putstr(id, idlen);
		jl_puts(",\"n\":");
		jl_putu(i);
		jl_puts(",\"para\":");
		jl_putu(spans.v[i].para);
		jl_puts(",\"start\":");
		jl_putu(spans.v[i].start);
		jl_puts(",\"end\":");
		jl_putu(spans.v[i].end);
		jl_puts(",\"text\":");
		bad += jl_putstr(text + spans.v[i].start,
		    spans.v[i].end - spans.v[i].start);
		if (i > 0 && odd_gap(text, &spans.v[i - 1], &spans.v[i])) {
			jl_puts(",\"gap\":");
			bad += jl_putstr(text + spans.v[i - 1].end,
			    spans.v[i].start - spans.v[i - 1].end);
		}
		jl_puts("}\n");
	}
	jl_flush();
	prog_doc(len);
	if (bad > 0) {
		err_warnat(where, "invalid UTF-8: %zu byte%s replaced with "
		    "U+FFFD in text", bad, bad == 1 ? "" : "s");
		return EXIT_DATA;
	}
	return EXIT_OK;
}

/* One plain-text document from path ("-": standard input). */
static int
plain_file(const char *path, const char *id)
{
	struct jl_reader *r;
	struct buf doc;
	int status;

	if ((r = jl_open(path)) == NULL)
		return EXIT_IO;
	buf_init(&doc);
	jl_slurp(r, &doc);
	status = put_doc(id, strlen(id), doc.data, doc.len, NULL, r->name);
	buf_free(&doc);
	jl_close(r);
	return status;
}

/*
 * A document line's id as its string: a string as it is, a number as its
 * decimal form (what jansson reads it as), anything else the line's place.
 */
static void
doc_id(const struct scan_member *m, struct jl_reader *r, struct buf *out)
{
	long long iv;
	char num[64];

	buf_reset(out);
	if (m != NULL && m->kind == 's') {
		(void)scan_str(m, out);
		return;
	}
	if (m != NULL && scan_int(m, &iv))
		snprintf(num, sizeof(num), "%lld", iv);
	else if (m != NULL && m->kind == 'n') {
		char raw[400];
		size_t n = m->vlen < sizeof(raw) - 1 ? m->vlen : sizeof(raw) - 1;

		memcpy(raw, m->val, n);
		raw[n] = '\0';
		snprintf(num, sizeof(num), "%.17g", strtod(raw, NULL));
	} else {
		buf_addstr(out, jl_where(r));
		return;
	}
	buf_addstr(out, num);
}

/*
 * A stream of {"id","text",...} lines.  The strict scanner checks each
 * line and finds "id" and "text"; jansson parses a line only when it has
 * other fields to copy into the doc record (or keys written with escapes),
 * so that those values are written as jansson writes them.
 */
static int
jsonl_file(const char *path)
{
	static struct scan sc;
	static struct buf text, idb;
	struct jl_reader *r;
	char *line;
	size_t len, bad, n, i;
	const struct scan_member *tm;
	json_t *meta;
	int status = EXIT_OK;
	bool plain;

	if ((r = jl_open(path)) == NULL)
		return EXIT_IO;
	if (text.data == NULL) {
		buf_init(&text);
		buf_init(&idb);
	}
	while (jl_getline(r, &line, &len)) {
		if (jl_blank(line, len))
			continue;
		bad = 0;
		if (!utf8_valid(line, len)) {
			buf_reset(&scratch);
			buf_grow(&scratch, len * 3);
			n = utf8_repair(scratch.data, line, len, &bad);
			line = scratch.data;
			len = n;
		}
		if (!scan_object(&sc, line, len)) {
			err_warnat(jl_where(r), "cannot parse record: %s",
			    sc.err);
			status = worse(status, EXIT_DATA);
			continue;
		}
		tm = scan_get(&sc, "text");
		if (tm == NULL || tm->kind != 's') {
			err_warnat(jl_where(r), "cannot parse record: %s "
			    "\"text\"", tm == NULL ? "missing" : "non-string");
			status = worse(status, EXIT_DATA);
			continue;
		}
		plain = true;
		for (i = 0; i < sc.n && plain; i++)
			plain = !sc.m[i].kesc && ((sc.m[i].klen == 2 &&
			    memcmp(sc.m[i].key, "id", 2) == 0) ||
			    (sc.m[i].klen == 4 && memcmp(sc.m[i].key, "text",
			    4) == 0));
		meta = NULL;
		if (!plain && (meta = json_loadb(line, len, JSON_ALLOW_NUL,
		    NULL)) == NULL)
			err_die(EXIT_IO, "%s: jansson rejects a line the scanner "
			    "accepted", jl_where(r));
		doc_id(scan_get(&sc, "id"), r, &idb);
		(void)scan_str(tm, &text);
		if (bad > 0) {
			err_warnat(jl_where(r), "invalid UTF-8: %zu byte%s "
			    "replaced with U+FFFD", bad, bad == 1 ? "" : "s");
			status = worse(status, EXIT_DATA);
		}
		status = worse(status, put_doc(idb.data, idb.len, text.data,
		    text.len, meta, jl_where(r)));
		json_decref(meta);
	}
	jl_close(r);
	return status;
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "jsonl", no_argument, NULL, 'j' },
		{ "id", required_argument, NULL, 'i' },
		{ "progress", no_argument, NULL, 'P' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *id = NULL;
	int ch, i, jsonl = 0, status = EXIT_OK;

	err_init("segment");
	while ((ch = getopt_long(argc, argv, "ji:h", longopts, NULL)) != -1) {
		switch (ch) {
		case 'j':
			jsonl = 1;
			break;
		case 'i':
			id = optarg;
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
	if (jsonl && id != NULL) {
		err_warn("--id names a plain-text document; with --jsonl each "
		    "line has its own \"id\"");
		usage(EXIT_USAGE);
	}

	split_init();
	buf_init(&scratch);
	if (argc == 0)
		status = jsonl ? jsonl_file("-") :
		    plain_file("-", id != NULL ? id : "-");
	for (i = 0; i < argc; i++) {
		if (jsonl)
			status = worse(status, jsonl_file(argv[i]));
		else
			status = worse(status, plain_file(argv[i],
			    strcmp(argv[i], "-") == 0 && id != NULL ? id :
			    argv[i]));
	}
	prog_done();
	buf_free(&scratch);
	free(spans.v);
	spans.v = NULL;
	spans.n = spans.cap = 0;
	split_fini();
	return worse(status, jl_finish());
}
