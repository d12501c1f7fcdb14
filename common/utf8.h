/*
 * utf8: validation, decoding and the character classes the tools need
 * (Unicode spaces, line breaks).  All functions work on byte ranges that
 * may contain NULs and invalid sequences; nothing here allocates.
 */
#ifndef NP_UTF8_H
#define NP_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Length (1-4) of the well-formed UTF-8 sequence at p, or 0 when the bytes
 * at p are not one (stray continuation byte, overlong form, surrogate, value
 * above U+10FFFF, truncated sequence).  Requires p < end.
 */
size_t	utf8_seqlen(const unsigned char *p, const unsigned char *end);
/* As utf8_seqlen(), also storing the code point in *cp when valid. */
size_t	utf8_decode(const unsigned char *p, const unsigned char *end,
	    uint32_t *cp);
/* True when all n bytes at p are well-formed UTF-8. */
bool	utf8_valid(const char *p, size_t n);
/*
 * Copy n bytes from src to dst replacing every ill-formed byte with U+FFFD
 * (EF BF BD); dst must hold 3 * n bytes.  Returns the bytes written and
 * stores the number of replacements in *bad.
 */
size_t	utf8_repair(char *dst, const char *src, size_t n, size_t *bad);
/*
 * Undo utf8_repair() as far as lengths go: copy n bytes from src to dst
 * (dst holds n bytes) turning U+FFFD characters, from the left, into one
 * 0xFF byte each until the copy is want bytes long (or no U+FFFD is
 * left).  Used on a "text" whose bad bytes a tool upstream replaced, so
 * that offsets inside it count the original bytes again; writing the copy
 * with jl_putstr() turns each 0xFF back into U+FFFD.  Returns the length.
 */
size_t	utf8_unrepair(char *dst, const char *src, size_t n, size_t want);
/*
 * Length of the white-space character at p (ASCII space, tab, CR, LF, VT,
 * FF, NEL, NBSP, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000,
 * U+FEFF), or 0.  Requires p < end.
 */
size_t	utf8_space(const unsigned char *p, const unsigned char *end);
/* True when cp is a line or paragraph separator (LF, U+2028, U+2029). */
static inline bool
utf8_is_linebreak(uint32_t cp)
{
	return cp == '\n' || cp == 0x2028 || cp == 0x2029;
}

#endif
