/*
 * fuzz_scan: the differential target for common/scan.c.  For every input
 * line that is valid UTF-8, scan_object() and jansson's json_loadb() must
 * agree on whether it is a JSON object, and on its top-level keys and the
 * values of its integer and string members.  On an accepted line the
 * trusted walkers must agree too: scan_members() finds the same members as
 * scan_object(), and scan_array() as many elements as jansson holds in
 * each top-level array; scan_objects() finds the elements scan_array()
 * finds and, in each object among them, the members scan_members() and
 * scan_get() find.  Any disagreement aborts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "scan.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static const struct scan_key keys[] = {
	SCAN_KEY("text"), SCAN_KEY("a"), SCAN_KEY("label"), SCAN_KEY("")
};
#define NKEYS	(sizeof(keys) / sizeof(keys[0]))

/* Does scan_objects() agree with scan_array(), scan_members(), scan_get()? */
static void
check_objects(const struct scan_member *arr, struct scan *el)
{
	static struct scan ob, one;
	size_t i, j;

	if (!scan_objects(&ob, arr->val, arr->vlen, keys, NKEYS) ||
	    ob.n != el->n)
		abort();
	for (i = 0; i < el->n; i++) {
		const struct scan_member *e = &ob.m[i * (NKEYS + 1)];

		if (e->val != el->m[i].val || e->vlen != el->m[i].vlen ||
		    e->kind != el->m[i].kind)
			abort();
		if (e->kind != 'o')
			continue;
		if (!scan_members(&one, e->val, e->vlen))
			abort();
		for (j = 0; j < NKEYS; j++) {
			char name[8];
			const struct scan_member *m;

			memcpy(name, keys[j].s, keys[j].n + 1);
			m = scan_get(&one, name);
			if (m == NULL ? e[1 + j].kind != 0 :
			    e[1 + j].val != m->val || e[1 + j].vlen != m->vlen ||
			    e[1 + j].kind != m->kind || e[1 + j].key != m->key)
				abort();
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct scan sc, tr, el;
	struct buf b;
	json_t *v, *x;
	const char *key;
	bool ok;
	size_t i;
	long long iv;

	if (!utf8_valid((const char *)data, size))
		return 0;
	ok = scan_object(&sc, (const char *)data, size);
	v = json_loadb((const char *)data, size, JSON_ALLOW_NUL, NULL);
	if (ok != json_is_object(v))
		abort();
	if (ok) {
		buf_init(&b);
		json_object_foreach(v, key, x) {
			const struct scan_member *m = scan_get(&sc, key);

			if (m == NULL && memchr(key, '\0', strlen(key) + 1) ==
			    key + strlen(key) && json_object_size(v) > 0 &&
			    strlen(key) == json_object_iter_key_len(
			    json_object_key_to_iter(key)))
				abort();
			if (m == NULL)
				continue;
			if (json_is_integer(x) && (!scan_int(m, &iv) ||
			    iv != json_integer_value(x)))
				abort();
			if (json_is_string(x) && (!scan_str(m, &b) ||
			    b.len != json_string_length(x) ||
			    memcmp(b.data, json_string_value(x), b.len) != 0))
				abort();
		}
		if (!scan_members(&tr, (const char *)data, size) ||
		    tr.n != sc.n)
			abort();
		for (i = 0; i < sc.n; i++) {
			const struct scan_member *m = &sc.m[i];
			json_t *jv;

			if (tr.m[i].val != m->val || tr.m[i].vlen != m->vlen ||
			    tr.m[i].kind != m->kind || tr.m[i].key != m->key ||
			    tr.m[i].klen != m->klen || tr.m[i].kesc != m->kesc)
				abort();
			if (m->kind != 'a')
				continue;
			jv = json_loadb(m->val, m->vlen, JSON_ALLOW_NUL |
			    JSON_DECODE_ANY, NULL);
			if (!scan_array(&el, m->val, m->vlen) ||
			    el.n != json_array_size(jv))
				abort();
			json_decref(jv);
			check_objects(m, &el);
		}
		buf_free(&b);
	}
	json_decref(v);
	return 0;
}
