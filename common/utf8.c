/*
 * utf8: see utf8.h.  The validity rules are those of Unicode's table 3-7
 * (well-formed byte sequences), the same that jansson enforces.
 */
#include <stdint.h>
#include <string.h>

#include "utf8.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

size_t
utf8_decode(const unsigned char *p, const unsigned char *end, uint32_t *cp)
{
	unsigned c = p[0];
	size_t n, i;
	uint32_t v;
	unsigned lo = 0x80, hi = 0xBF;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c < 0xC2)
		return 0;
	if (c < 0xE0) {
		n = 2;
		v = c & 0x1F;
	} else if (c < 0xF0) {
		n = 3;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;
		else if (c == 0xED)
			hi = 0x9F;
	} else if (c < 0xF5) {
		n = 4;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;
		else if (c == 0xF4)
			hi = 0x8F;
	} else
		return 0;
	if ((size_t)(end - p) < n)
		return 0;
	if (p[1] < lo || p[1] > hi)
		return 0;
	v = (v << 6) | (p[1] & 0x3F);
	for (i = 2; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (p[i] & 0x3F);
	}
	*cp = v;
	return n;
}

size_t
utf8_seqlen(const unsigned char *p, const unsigned char *end)
{
	uint32_t cp;

	if (*p < 0x80)
		return 1;
	return utf8_decode(p, end, &cp);
}

bool
utf8_valid(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	size_t k;

	while (p < end) {
		if (*p < 0x80) {
			uint64_t v;

			/* ASCII runs sixteen bytes at a time where SSE2 is
			 * there (every x86-64), else eight */
#if defined(__SSE2__)
			while (end - p >= 16 && _mm_movemask_epi8(
			    _mm_loadu_si128((const __m128i *)(const void *)p)) ==
			    0)
				p += 16;
#endif
			while (end - p >= 8) {
				memcpy(&v, p, 8);
				if (v & 0x8080808080808080ULL)
					break;
				p += 8;
			}
			while (p < end && *p < 0x80)
				p++;
			continue;
		}
		k = utf8_seqlen(p, end);
		if (k == 0)
			return false;
		p += k;
	}
	return true;
}

size_t
utf8_repair(char *dst, const char *src, size_t n, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)src, *end = p + n;
	char *d = dst;
	size_t k, nbad = 0;

	while (p < end) {
		if (*p < 0x80) {
			*d++ = (char)*p++;
			continue;
		}
		k = utf8_seqlen(p, end);
		if (k == 0) {
			memcpy(d, "\xEF\xBF\xBD", 3);
			d += 3;
			p++;
			nbad++;
			continue;
		}
		memcpy(d, p, k);
		d += k;
		p += k;
	}
	*bad = nbad;
	return (size_t)(d - dst);
}

size_t
utf8_space(const unsigned char *p, const unsigned char *end)
{
	switch (p[0]) {
	case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
		return 1;
	case 0xC2:
		if (end - p >= 2 && (p[1] == 0x85 || p[1] == 0xA0))
			return 2;
		return 0;
	case 0xE2:
		if (end - p < 3)
			return 0;
		if (p[1] == 0x80 && (p[2] <= 0x8A || p[2] == 0xA8 ||
		    p[2] == 0xA9 || p[2] == 0xAF))
			return 3;
		if (p[1] == 0x81 && p[2] == 0x9F)
			return 3;
		return 0;
	case 0xE3:
		if (end - p >= 3 && p[1] == 0x80 && p[2] == 0x80)
			return 3;
		return 0;
	case 0xEF:
		if (end - p >= 3 && p[1] == 0xBB && p[2] == 0xBF)
			return 3;
		return 0;
	default:
		return 0;
	}
}

size_t
utf8_unrepair(char *dst, const char *src, size_t n, size_t want)
{
	size_t i = 0, o = 0, len = n;

	while (i < n) {
		if (len > want && i + 3 <= n &&
		    memcmp(src + i, "\xEF\xBF\xBD", 3) == 0) {
			dst[o++] = (char)0xFF;
			i += 3;
			len -= 2;
			continue;
		}
		dst[o++] = src[i++];
	}
	return o;
}
