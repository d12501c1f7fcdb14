/*
 * fuzz_scan: the differential target for common/scan.c.  For every input
 * line that is valid UTF-8, scan_object() and jansson's json_loadb() must
 * agree on whether it is a JSON object, and on its top-level keys and the
 * values of its integer and string members.  On an accepted line the
 * trusted walkers must agree too: scan_members() finds the same members as
 * scan_object(), and scan_array() as many elements as jansson holds in
 * each top-level array.  Any disagreement aborts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "buf.h"
#include "scan.h"
#include "utf8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

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
		}
		buf_free(&b);
	}
	json_decref(v);
	return 0;
}
