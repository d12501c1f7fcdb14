/*
 * rx: see rx.h.
 */
#include <stdio.h>
#include <stdlib.h>

#include "err.h"
#include "rx.h"

void
rx_compile(struct rx *rx, const char *pattern, int flags, const char *source)
{
	int errcode;
	PCRE2_SIZE erroff;
	PCRE2_UCHAR msg[256];
	uint32_t opts = 0;

	if (!(flags & RX_BYTES))
		opts |= PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK;
	if (flags & RX_CASELESS)
		opts |= PCRE2_CASELESS;
	rx->code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    opts, &errcode, &erroff, NULL);
	if (rx->code == NULL) {
		pcre2_get_error_message(errcode, msg, sizeof(msg));
		err_die(EXIT_USAGE, "%s: bad pattern at offset %zu: %s",
		    source, (size_t)erroff, (const char *)msg);
	}
	/*
	 * JIT is an optimisation: without it the interpreter still works.
	 * NEWSPIPE_NO_JIT turns it off for valgrind, which cannot follow
	 * JIT-compiled code and reports false uninitialised reads in it.
	 */
	if (getenv("NEWSPIPE_NO_JIT") == NULL)
		(void)pcre2_jit_compile(rx->code, PCRE2_JIT_COMPLETE);
	rx->md = pcre2_match_data_create_from_pattern(rx->code, NULL);
	if (rx->md == NULL)
		err_die(EXIT_IO, "out of memory");
}

void
rx_free(struct rx *rx)
{
	pcre2_match_data_free(rx->md);
	pcre2_code_free(rx->code);
	rx->md = NULL;
	rx->code = NULL;
}

bool
rx_find(struct rx *rx, const char *subject, size_t len, size_t from,
    size_t *ms, size_t *me)
{
	int rc;
	PCRE2_SIZE *ov;

	if (from > len)
		return false;
	rc = pcre2_match(rx->code, (PCRE2_SPTR)subject, len, from,
	    PCRE2_NO_UTF_CHECK, rx->md, NULL);
	if (rc < 0) {
		if (rc == PCRE2_ERROR_NOMATCH)
			return false;
		/* match limits: treat as no match, the text is still written */
		return false;
	}
	ov = pcre2_get_ovector_pointer(rx->md);
	*ms = ov[0];
	*me = ov[1];
	return true;
}

bool
rx_group(struct rx *rx, int i, size_t *gs, size_t *ge)
{
	PCRE2_SIZE *ov;

	if (i < 0 || (uint32_t)i >= pcre2_get_ovector_count(rx->md))
		return false;
	ov = pcre2_get_ovector_pointer(rx->md);
	if (ov[2 * i] == PCRE2_UNSET)
		return false;
	*gs = ov[2 * i];
	*ge = ov[2 * i + 1];
	return true;
}
