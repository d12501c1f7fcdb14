/*
 * checkdoc: check the properties of newspipe output for known input.
 *
 *	checkdoc DOC... -- OUT		plain-text documents, in order
 *	checkdoc --jsonl IN OUT		a --jsonl input stream
 *
 * OUT is the output of segment (optionally through tag-entities and
 * extract-quotes).  Checked: every line is a JSON object in valid UTF-8;
 * each input document has exactly one doc record, in order, whose "bytes"
 * is its length; sentences are in order, do not overlap, lie inside the
 * document on UTF-8 boundaries and cover every byte that is not white
 * space; entities lie inside their sentence; quotes and mentions lie
 * inside their document on boundaries.  Prints the first failure and
 * exits 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "utf8.h"

struct doc {
	char	*b;
	size_t	 n;
	char	*bound;		/* bound[i]: offset i starts a character */
};

static int fails;

static void
fail(unsigned long line, const char *msg)
{
	fprintf(stderr, "checkdoc: output line %lu: %s\n", line, msg);
	fails++;
	if (fails > 5)
		exit(1);
}

static void
bounds(struct doc *d)
{
	size_t i = 0, k;

	d->bound = calloc(d->n + 1, 1);
	while (i < d->n) {
		d->bound[i] = 1;
		k = utf8_seqlen((const unsigned char *)d->b + i,
		    (const unsigned char *)d->b + d->n);
		i += k == 0 ? 1 : k;
	}
	d->bound[d->n] = 1;
}

static int
offset(json_t *o, const char *key, size_t *v)
{
	json_t *x = json_object_get(o, key);

	if (!json_is_integer(x) || json_integer_value(x) < 0)
		return 0;
	*v = (size_t)json_integer_value(x);
	return 1;
}

int
main(int argc, char *argv[])
{
	struct doc *docs = NULL;
	size_t nd = 0, cur = (size_t)-1, covered = 0, i, k;
	unsigned long lineno = 0;
	const char *outpath;
	FILE *fp;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int jsonl = argc > 1 && strcmp(argv[1], "--jsonl") == 0;

	if (jsonl) {
		FILE *in = argc == 4 ? fopen(argv[2], "r") : NULL;

		if (in == NULL)
			return 2;
		while ((len = getline(&line, &cap, in)) != -1) {
			json_t *o = json_loadb(line, (size_t)len, JSON_ALLOW_NUL, NULL);
			json_t *t = json_object_get(o, "text");

			docs = realloc(docs, (nd + 1) * sizeof(*docs));
			docs[nd].n = json_string_length(t);
			docs[nd].b = malloc(docs[nd].n + 1);
			memcpy(docs[nd].b, json_string_value(t), docs[nd].n);
			bounds(&docs[nd++]);
			json_decref(o);
		}
		fclose(in);
		outpath = argv[3];
	} else {
		for (i = 1; i < (size_t)argc && strcmp(argv[i], "--") != 0; i++) {
			struct buf b;
			char tmp[65536];
			size_t r;

			if ((fp = fopen(argv[i], "rb")) == NULL)
				return 2;
			buf_init(&b);
			while ((r = fread(tmp, 1, sizeof(tmp), fp)) > 0)
				buf_add(&b, tmp, r);
			fclose(fp);
			docs = realloc(docs, (nd + 1) * sizeof(*docs));
			docs[nd].b = b.data;
			docs[nd].n = b.len;
			bounds(&docs[nd++]);
		}
		if (i + 1 >= (size_t)argc)
			return 2;
		outpath = argv[i + 1];
	}
	if ((fp = fopen(outpath, "r")) == NULL)
		return 2;
	while ((len = getline(&line, &cap, fp)) != -1) {
		json_error_t e;
		json_t *o, *ents, *en;
		const char *type;
		size_t s, t, ms, me;
		struct doc *d;

		lineno++;
		if (!utf8_valid(line, (size_t)len))
			fail(lineno, "invalid UTF-8");
		o = json_loadb(line, (size_t)len, JSON_ALLOW_NUL, &e);
		if (!json_is_object(o)) {
			fail(lineno, "not a JSON object");
			continue;
		}
		type = json_string_value(json_object_get(o, "type"));
		if (type == NULL)
			fail(lineno, "no type");
		else if (strcmp(type, "doc") == 0) {
			if (cur != (size_t)-1 && covered < docs[cur].n) {
				for (k = covered; k < docs[cur].n; ) {
					size_t w = utf8_space((unsigned char *)docs[cur].b + k,
					    (unsigned char *)docs[cur].b + docs[cur].n);

					if (w == 0)
						break;
					k += w;
				}
				if (k < docs[cur].n)
					fail(lineno, "previous document's end not covered");
			}
			cur++;
			covered = 0;
			if (cur >= nd)
				fail(lineno, "more doc records than documents");
			else if (!offset(o, "bytes", &s) || s != docs[cur].n)
				fail(lineno, "bytes differs from the document's length");
		} else if (cur < nd && strcmp(type, "sentence") == 0) {
			d = &docs[cur];
			if (!offset(o, "start", &s) || !offset(o, "end", &t) ||
			    s >= t || t > d->n || !d->bound[s] || !d->bound[t])
				fail(lineno, "sentence offsets out of range or off a boundary");
			else {
				if (s < covered)
					fail(lineno, "sentences overlap or go back");
				for (k = covered; k < s; ) {
					size_t w = utf8_space((unsigned char *)d->b + k,
					    (unsigned char *)d->b + d->n);

					if (w == 0) {
						fail(lineno, "a non-space byte before this sentence is in none");
						break;
					}
					k += w;
				}
				covered = t;
				ents = json_object_get(o, "entities");
				json_array_foreach(ents, k, en) {
					if (!offset(en, "start", &ms) || !offset(en, "end", &me) ||
					    ms < s || me > t || ms >= me)
						fail(lineno, "entity outside its sentence");
				}
			}
		} else if (cur < nd && strcmp(type, "quote") == 0) {
			d = &docs[cur];
			if (!offset(o, "start", &s) || !offset(o, "end", &t) ||
			    s > t || t > d->n || !d->bound[s] || !d->bound[t])
				fail(lineno, "quote offsets out of range or off a boundary");
			if (offset(o, "mention_start", &ms) && (!offset(o,
			    "mention_end", &me) || me > d->n || ms > me))
				fail(lineno, "mention out of range");
		}
		json_decref(o);
	}
	fclose(fp);
	if (cur != (size_t)-1 && cur < nd) {
		for (k = covered; k < docs[cur].n; ) {
			size_t w = utf8_space((unsigned char *)docs[cur].b + k,
			    (unsigned char *)docs[cur].b + docs[cur].n);

			if (w == 0) {
				fail(lineno, "last document's end not covered");
				break;
			}
			k += w;
		}
	}
	if (cur + 1 != nd)
		fail(lineno, "doc records do not match the documents one to one");
	for (i = 0; i < nd; i++) {
		free(docs[i].b);
		free(docs[i].bound);
	}
	free(docs);
	free(line);
	return fails ? 1 : 0;
}
