/*
 * extract-quotes: the document model shared by its files.
 *
 * A document is rebuilt from its sentence records: text[] holds every
 * sentence at its own byte offsets (gaps are spaces, paragraph breaks
 * newlines), so quote offsets are offsets into the original document.
 */
#ifndef XQ_QUOTES_H
#define XQ_QUOTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <strings.h>

#include "smap.h"

enum { K_DIRECT, K_INDIRECT };

struct xent {			/* an entity from tag-entities */
	size_t		 s, e;
	int		 label;	/* 0 PERSON 1 ORG 2 GPE 3 LOC 4 NORP */
	const char	*canon;
	size_t		 clen;
};

struct xsent {
	size_t		 s, e;		/* bytes in the document */
	size_t		 n;		/* its "n" */
	size_t		 para;
	size_t		 t0, t1;	/* its tokens */
	size_t		 nrep;		/* reports found in it (capped) */
};

enum tkind { W_WORD, W_PUNCT, W_OPEN, W_CLOSE, W_AMBIG };

struct xtok {
	size_t		 s, e;
	enum tkind	 kind;
	int		 mark;		/* for quote marks: 'd' double, 's' single */
	size_t		 sent;
	bool		 cap;
	bool		 inq;		/* inside a direct quotation */
};

struct quote {
	size_t		 s, e;		/* the quoted words or reported clause */
	int		 kind;
	size_t		 ms, me;	/* mention, when found */
	bool		 has_mention;
	size_t		 cs, ce;	/* cue */
	bool		 has_cue;
	const char	*speaker;	/* resolved; NULL: unattributed */
	size_t		 splen;
	int		 splabel;	/* -1 none */
	size_t		 qt0, qt1;	/* tokens of the quote */
	bool		 dropped;
	bool		 transcript;	/* "NAME: words" */
	size_t		 para;
};

/* What is built about a document on first use, by code that holds the
 * document read-only. */
struct xcache {
	struct smap	 lower;		/* words that open in lower case */
	bool		 lower_built;
	/* a person's canonical name -> 'm' or 'f' from the honorifics
	 * before its mentions ("Mr. Vance"), 'x' where they disagree */
	struct smap	 honor;
	bool		 honor_built;
	/* the people's distinct canonical forms (entity indexes, in the
	 * order of their first mention), chained by their first and by
	 * their last word, for person_by_name(); people_ok is false where a
	 * form holds a NUL and the entities are walked instead */
	size_t		*pv, *pfirst, *plast;
	struct smap	 byfirst, bylast;
	bool		 people_built, people_ok;
	/* per entity, the titles resolve_description() reads (NULL until
	 * its first question) */
	struct xtitle	*titles;
};

/* A person's title words before its name and in an apposition after it. */
struct xtitle {
	bool		 done, none;	/* none: not inside its sentence */
	size_t		 cs;		/* the title's start */
	uint64_t	 premask;	/* role_mask() of [cs, the name) */
	size_t		 ace;		/* the apposition's end, or 0 */
	uint64_t	 appmask;	/* role_mask() of [name's end, ace) */
};

struct xdoc {
	char		*text;		/* owned */
	size_t		 len;
	struct xsent	*sv;
	size_t		 ns;
	struct xent	*ev;
	size_t		 ne;
	struct xtok	*tv;
	size_t		 nt;
	struct quote	*qv;
	size_t		 nq, qcap;
	/* per organisation entity, outside quotation marks: how often its
	 * canonical form was named up to it, and where first (xq_resolve) */
	size_t		*orgn, *orgfirst;
	struct xcache	*cache;
};

/*
 * Is token ti the word w, of n bytes, in any case?  Through the files'
 * word_is() and tok_is(), which take a literal and count it when
 * compiling; the first letter is compared inline, since most words of
 * the right length differ there.
 */
static inline bool
xq_word_isn(const struct xdoc *d, size_t ti, const char *w, size_t n)
{
	const char *s;

	if (ti >= d->nt || d->tv[ti].kind != W_WORD ||
	    d->tv[ti].e - d->tv[ti].s != n)
		return false;
	s = d->text + d->tv[ti].s;
	return n == 0 || (((unsigned char)s[0] | 0x20) ==
	    ((unsigned char)w[0] | 0x20) && strncasecmp(s, w, n) == 0);
}
/* Is token i a comma? */
static inline bool
xq_is_comma(const struct xdoc *d, size_t i)
{
	return d->tv[i].kind == W_PUNCT && d->text[d->tv[i].s] == ',';
}

/* ("" w "") lets only a string literal through */
#define XQ_WORD_IS(d, ti, w)	xq_word_isn((d), (ti), "" w "", sizeof(w) - 1)

/* find.c */
void	xq_tokenize(struct xdoc *d);
void	xq_direct(struct xdoc *d);
void	xq_indirect(struct xdoc *d);
/* The names of the days of the week and of the months ("Sept." too). */
extern const char *const xq_weekdays[], *const xq_months[];
/* Writings that say things: "a ruling which said", "a report that
 * showed". */
extern const char *const xq_writings[];
/* Adjectives before a cue noun: "the new demands", "its latest claim". */
extern const char *const xq_noun_adjs[];
/* Verbs that make a cue noun after them their subject's: "made a claim". */
extern const char *const xq_light_verbs[];
/* The forms of "be": "is", "was", ... "being". */
extern const char *const xq_be_forms[];
/* Finite auxiliaries: "is", "has", "would", "can", "did". */
extern const char *const xq_finite_aux[];

bool	xq_is_cue(const char *s, size_t n);
bool	xq_is_cue_any(const char *s, size_t n);
/* Is the cue word at token i (sentence from t0) a noun: "his plans"? */
bool	xq_noun_use(const struct xdoc *d, size_t i, size_t t0);
/* Is the cue at token i a passive participle ("was derided")? */
bool	xq_passive(const struct xdoc *d, size_t i, size_t t0);
/* Does the word at token i end in a possessive ("Carrow's", "Tull’s")? */
bool	xq_possessive(const struct xdoc *d, size_t i);
/* The length of a plural's possessive mark ending a word ("pilots'"). */
size_t	xq_plural_possessive(const char *w, size_t n);
/* Is token k a pronoun with "'s" for "is" or "has" ("he's")? */
bool	xq_contraction(const struct xdoc *d, size_t k);
/* Does the word end as a noun for a person does ("holder", "analyst",
 * "editor", "chairman", "historian")? */
bool	xq_agent_suffix(const char *w, size_t n);
/* The entity that starts where token k starts, or NULL (attrib.c). */
const struct xent *xq_entity_from(const struct xdoc *d, size_t k);
/* Is w[0..n) a past form not in -ed that is seldom a noun ("saw")? */
bool	xq_irregular_past(const char *w, size_t n);
/* Is the cue word at i the first half of a noun ("think tank")? */
bool	xq_think_tank(const struct xdoc *d, size_t i);
/* A verb with a hearer: "told", "warned", "asked", "urged"? */
bool	xq_hearer_verb(const char *w, size_t n);
/* Is the word a participle or an -ing form ("warned", "written")? */
bool	xq_participle(const char *w, size_t n);
/*
 * After a channel's cue at token k, whom it passes on, up to the end of
 * the sentence: ", Reuters reported the regulator as saying." stores the
 * regulator's tokens in [*a, *b).
 */
bool	xq_channel_object(const struct xdoc *d, size_t k, size_t end,
	    size_t *a, size_t *b);
void	xq_transcript(struct xdoc *d);
/* Paragraphs quoted without marks after "Linde added:". */
void	xq_block(struct xdoc *d);
size_t	xq_label(const struct xdoc *d, size_t k, size_t end);
/* Is the -ing cue at i the second word of its sentence (from t0), after
 * "After", "Before", "While", "Since", "Despite" or "Besides"? */
bool	xq_lead_participle(const struct xdoc *d, size_t i, size_t t0);
/* Is token k a per cent sign against the figure before it ("40%")? */
bool	xq_percent(const struct xdoc *d, size_t k);
/*
 * Is token ti, its ASCII capitals lowered, in list?  Only when it is
 * shorter than cap bytes, as xq_lower_tok() into a buffer of cap would
 * have it; but without the copy.
 */
bool	xq_tok_in_lower(const struct xdoc *d, size_t ti, size_t cap,
	    const char *const *list);
bool	xq_lower_tok(const struct xdoc *d, size_t ti, char *low, size_t cap,
	    size_t *n);
/* attrib.c */
void	xq_attribute(struct xdoc *d);
void	xq_resolve(struct xdoc *d);

struct quote *xq_add(struct xdoc *d);
/*
 * The first of the n elements at base (each size bytes, sorted on the
 * size_t at byte offset off) whose field is >= b; n when there is none.
 */
size_t	xq_first(const void *base, size_t n, size_t size, size_t off,
	    size_t b);

#endif
