/*
 * find: quotations in a document.
 *
 * Direct quotations are found from the quotation marks of each paragraph:
 * curly and straight double marks, single marks (‘…’ and '…', as headlines
 * use them), «…», „…“ and ``…''.  An apostrophe (don't, Xi's, '90s, rock
 * 'n' roll) is not a mark: a single-quoted span needs two words and marks
 * on word boundaries.  A quotation still open at the end of a paragraph
 * continues only when the next paragraph opens with a mark; otherwise it is
 * dropped, so a stray mark disturbs only its own paragraph.
 *
 * Indirect quotations are the reported clause after a reporting verb
 * ("said that ...", "voiced concern at ..."), the clause before an
 * inverted attribution ("..., officials said."), and the clause around
 * "according to X".
 *
 * Limits: nested quotations inside a direct quotation are part of it;
 * a reported clause ends at the end of its sentence or before "although",
 * "but", "while" and a following attribution.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "wset.h"
#include "xalloc.h"

#include "quotes.h"

/* Reporting verbs in all their forms (with np_cues: see is_cue()). */
static const char *const cues[] = {
	"say", "says", "said", "saying", "tell", "tells", "told", "telling",
	"add", "adds", "added", "adding", "insist", "insists", "insisted",
	"insisting", "stress", "stresses", "stressed", "stressing", "note",
	"notes", "noted", "noting", "warn", "warns", "warned", "warning",
	"reiterate", "reiterates", "reiterated", "reiterating", "emphasize",
	"emphasizes", "emphasized", "emphasizing", "emphasise", "emphasises",
	"emphasised", "tweet", "tweets", "tweeted", "tweeting", "write",
	"writes", "wrote", "written", "writing", "state", "states", "stated",
	"declare", "declares", "declared", "explain", "explains",
	"explained", "explaining", "argue", "argues", "argued", "arguing",
	"claim", "claims", "claimed", "claiming", "ask", "asks", "asked",
	"asking", "reply", "replies", "replied", "respond", "responds",
	"responded", "announce", "announces", "announced", "announcing",
	"acknowledge", "acknowledges", "acknowledged", "admit", "admits",
	"admitted", "confirm", "confirms", "confirmed", "deny", "denies",
	"denied", "suggest", "suggests", "suggested", "suggesting", "predict",
	"predicts", "predicted", "recall", "recalls", "recalled", "conclude",
	"concludes", "concluded", "urge", "urges", "urged", "urging", "vow",
	"vows", "vowed", "pledge", "pledges", "pledged", "promise", "promises",
	"promised", "threaten", "threatens", "threatened", "complain",
	"complains", "complained", "concede", "concedes", "conceded",
	"contend", "contends", "contended", "assert", "asserts", "asserted",
	"maintain", "maintains", "maintained", "observe", "observes",
	"observed", "remark", "remarks", "remarked", "report", "reports",
	"reported", "reporting", "repeat", "repeats", "repeated", "underline",
	"underlines", "underlined", "underscore", "underscores",
	"underscored", "voice", "voices", "voiced", "express", "expresses",
	"expressed", "caution", "cautions", "cautioned", "allege", "alleges",
	"alleged", "testify", "testified", "boast", "boasted", "yell",
	"yells", "yelled", "scream", "screams", "screamed", "exclaim",
	"exclaims", "exclaimed", "whisper", "whispers", "whispered",
	"mutter", "mutters", "muttered", "retort", "retorts", "retorted",
	"interjected", "mused", "joke",
	"joked", "quip", "quipped", "shout", "shouted", "comment",
	"commented", "counter", "countered", "agree", "agrees", "agreed",
	"describe", "describes", "described", "call", "calls", "called",
	"believe", "believes", "believed", "think", "thinks", "thought",
	"hope", "hopes", "hoped", "fear", "fears", "feared", "estimate",
	"estimates", "estimated", "find", "finds", "found", "show", "shows",
	"showed", "reveal", "reveals", "revealed", "indicate", "indicates",
	"indicated", "predicts", "accuse", "accused", "accuses", "charge",
	"charged", "insisted", "demand", "demanded", "demands", "signal",
	"signaled", "signalled", "point", "points", "pointed", "pointing",
	"want",
	"wants", "wanted", "learn", "learned", "learnt", "continue", "continued",
	"cite", "question", "attack", "defend", "mention", "discuss",
	"propose", "tout", "highlight", "reject", "endorse", "felt", "feel", "feels", "know", "knows", "knew", "worry", "worries",
	"worried", "expect", "expects", "expected", "understood", "realized",
	"realizes", "convinced", "forecasts", "forecasting",
	/* the -ing forms the lists above lack: "is confirming that" */
	"confirming", "denying", "predicting", "acknowledging", "admitting",
	"declaring", "replying", "responding", "recalling", "concluding",
	"complaining", "conceding", "contending", "asserting", "maintaining",
	"observing", "repeating", "cautioning", "alleging", "testifying",
	"boasting", "revealing", "indicating", "accusing", "hoping",
	"believing", "expecting", "agreeing", "estimating", "signaling",
	"signalling", "stating", "remarking", "retorting", "demanding",
	"calling", "describing",
	NULL
};

/* Cues whose object names what was said ("voiced concern at ..."). */
static const char *const np_cues[] = {
	"emphasized", "emphasised", "emphasizes", "stressed", "stresses",
	"voiced", "voices", "expressed", "expresses", "underlined",
	"underlines", "underscored", "reiterated", "reiterates", "called",
	"calling", "urged", "demanded", "pledged", "promised", "announced",
	"criticized", "criticised", "denied", "denies", "praised", "welcomed", "cited",
	"cites", "citing", "questioned", "questioning", "attacked",
	"defended", "defends", "defending", "mentioned", "mentions",
	"discussed", "discusses", "proposed", "proposes", "touted", "touts",
	"highlighted", "highlights", "blasted", "slammed", "decried",
	"dismissed", "rejected", "rejects", "endorsed", "endorses", "vowed",
	"vows", "vowing", "promises", "promising", "pledges", "pledging",
	"threatened", "threatens",
	"wants", "wanted", "plans", "intends", "intended", "seeks",
	"sought", "refuses", "refused", "agreed", "declined", "expects",
	"supports", "supported", "supporting", "opposes", "opposed",
	"opposing", "described", "describes", "describing", "disputes",
	"disputed", "disputing", "criticizing", "criticising", "criticizes",
	"endorsing", "praising", "praises", "blamed", "blames", "blaming",
	"urges", "urging", "encourages", "encouraged", "encouraging",
	"demands", "demanding", "emphasizing", "emphasising", "stressing",
	"noted", "notes", "shows", "showed",
	/* verbs that judge what they name ("condemned the test as ...") */
	"condemned", "condemns", "condemning", "denounced", "denounces",
	"denouncing", "labeled", "labelled", "branded",
	"characterized", "characterised", "characterizes", "hailed",
	"hailing", "lauded", "lauds", "derided", "derides", "mocked",
	"ridiculed", "ridicules", "lambasted",
	"lambastes", "castigated", "chided", "assailed", "likened",
	"likens", "equated", "equates",
	"slamming", "lambasting", "mocking", "ridiculing", "decrying",
	"dismissing", "rejecting", "touting",
	/* plans set out: "outlined her plan to rebuild the pier" */
	"outlined", "outlines", "outlining",
	NULL
};

/* Nouns of a report that name what was said in a clause of "that" and
 * whose it is only by an owner before them (owned()): cues, and as
 * often nouns as nounish's words are.  All are OWNED_MIN letters or
 * more, which spares most words the lookup. */
#define OWNED_MIN	9
static const char *const owned_nouns[] = {
	"assertion", "assertions", "allegation", "allegations", "suggestion",
	"suggestions", "insistence", "contention", "admission", "accusation",
	"accusations", NULL
};

/* A reporting verb or noun: one of cues, np_cues or owned_nouns. */
static bool
is_cue(const char *s, size_t n)
{
	return wset_in(cues, s, n) || wset_in(np_cues, s, n) ||
	    (n >= OWNED_MIN && wset_in(owned_nouns, s, n));
}

/* np cues whose object may be an infinitive: "vowed to punish ..." */
static const char *const to_cues[] = {
	"vowed", "vows", "vowing", "promised", "promises", "promising",
	"pledged", "pledges", "pledging", "threatened", "threatens", "wants",
	"wanted", "plans", "intends", "intended", "seeks", "sought",
	"refuses", "refused", "agreed", "declined", "expects", NULL
};

/* Cue words that are more often nouns or adjectives ("state media"). */
static const char *const nounish[] = {
	"state", "states", "report", "reports", "call", "calls", "note",
	"notes", "show", "shows", "find", "finds", "hope", "hopes", "fear",
	"fears", "claim", "claims", "comment", "remark", "remarks", "counter",
	"charge", "promise", "promises", "point", "points", "signal", "voice",
	"warning",
	"estimate", "estimates", "alleged", "want", "found",
	"continued", "writing", "express", "learn", "joke", "quip", "shout",
	"demand", "demands", "caution", "reply", "answer", "vow", "pledge",
	"pledges", "ask", NULL
};

/* Verbs that close an inverted attribution: "..., officials said." */
static const char *const inv_cues[] = {
	"said", "says", "say", "added", "adds", "told", "tells", "wrote",
	"writes", "explained", "noted", "argued", "insisted", "warned",
	"stressed", "claimed", "reported", "reports", "asked", "concluded",
	"acknowledged", "conceded", "contended", "tweeted", "cautioned",
	"countered", "recalled", "predicted", "suggested", "announced",
	"confirmed", "admitted", "maintained", "asserted", "declared",
	"replied", "responded", "observed", "remarked", "believe", "believes",
	"think", "thinks", "estimated", "emphasized", NULL
};
/*
 * The present tense that features and columns use after the clause: "...,
 * he argues." or ", she concedes, ...".  Only with the speaker before it:
 * "explains the history" and ", argues Smith" are read otherwise.  Forms
 * that are as often nouns ("claims", "notes", "recalls") are left out.
 */
static const char *const inv_present[] = {
	"explains", "argues", "insists", "warns", "concludes",
	"acknowledges", "concedes", "contends", "predicts", "suggests",
	"announces", "confirms", "admits", "maintains", "asserts",
	"declares", "responds", "observes", "emphasizes", "emphasises",
	NULL
};

/* Verbs that may take a bare reported clause: "said Beijing would ...". */
static const char *const bare_cues[] = {
	"said", "says", "say", "added", "adds", "insisted", "insists",
	"argued", "argues", "warned", "warns", "claimed", "stressed", "noted",
	"acknowledged", "admitted", "predicted", "suggested", "explained",
	"believes", "believe", "thinks", "think", "estimated", "announced",
	"confirmed", "conceded", "contended", "asserted", "maintained",
	"wrote", "writes", "tweeted", "reported", "hopes", "fears", "thought",
	"felt", "feel", "feels", "know", "knows", "knew", "agreed", "agree",
	"agrees", "worry", "worries", "worried", "expect", "expects",
	"expected", "understood", "realized", "realizes", "shows", "showed",
	"found", "finds", "saying", "adding", "convinced", NULL
};

/* Cues that report a clause with no "that" only where one follows, as
 * they take a plain object too: "claims the policy is weak", not "claim
 * victory", "admit any wrongdoing", "argue his case". */
static const char *const clause_cues[] = {
	"insist", "argue", "warn", "claims", "claim", "stresses", "notes",
	"acknowledges", "admits", "admit", "predicts", "predict", "suggests",
	"suggest", "believed", "announces", "confirms", "concedes",
	"contends", "asserts", "maintains", "hope", "hoped", "fear", "feared",
	"reckons", "reckon", "reckoned", "arguing", "insisting", "claiming",
	"noting", "warning", "stressing", "suggesting", "predicting",
	"acknowledging", "admitting", "explaining", "asserting",
	"contending", "maintaining", "conceding", NULL
};

static bool
in(const char *const *list, const char *s, size_t n)
{
	return wset_in(list, s, n);
}

/* A cue word that is as often a noun: nounish or owned_nouns. */
static bool
nounish_word(const char *s, size_t n)
{
	return in(nounish, s, n) || (n >= OWNED_MIN && in(owned_nouns, s,
	    n));
}

/* Possessive determiners: "his", "their". */
static const char *const owners[] = {
	"his", "her", "their", "its", "our", "my", "your", NULL
};

/* Is the noun at token i owned: "Hale's", "his", "the council's latest"? */
static bool
owned(const struct xdoc *d, size_t i, size_t t0)
{
	size_t k = i - 1;

	if (i <= t0)
		return false;
	if (k > t0 && d->tv[k].kind == W_WORD && in(xq_noun_adjs, d->text +
	    d->tv[k].s, d->tv[k].e - d->tv[k].s))
		k--;
	return d->tv[k].kind == W_WORD && (xq_possessive(d, k) ||
	    xq_tok_in_lower(d, k, 8, owners));
}

/*
 * Is the word at token i, w[0..n), a cue of clause_cues?  One in -ing
 * reports so only as a participle, after a comma or a word that opens a
 * phrase of time or manner (", arguing the bridge was unsafe", "while
 * insisting"), not as a gerund ("that maintaining unity will be").
 */
static bool
clause_cue(const struct xdoc *d, size_t i, size_t t0, const char *w,
    size_t n)
{
	static const char *const openers[] = {
		"while", "after", "before", "by", "when", "also", "repeatedly",
		"again", "even", "without", NULL
	};
	static const char *const ing_preps[] = {
		"on", "upon", "in", "to", "for", "of", "with", "at", "about",
		NULL
	};

	if (!in(clause_cues, w, n))
		return false;
	if (n < 5 || memcmp(w + n - 3, "ing", 3) != 0)
		return true;
	/* "insisting on", "claiming to": an object, no clause */
	if (i + 1 < d->nt && d->tv[i + 1].kind == W_WORD &&
	    in(ing_preps, d->text + d->tv[i + 1].s, d->tv[i + 1].e -
	    d->tv[i + 1].s))
		return false;
	return i > t0 && (d->text[d->tv[i - 1].s] == ',' ||
	    (d->tv[i - 1].kind == W_WORD && in(openers, d->text +
	    d->tv[i - 1].s, d->tv[i - 1].e - d->tv[i - 1].s)) ||
	    xq_lead_participle(d, i, t0));
}

/*
 * Cues after which "when" more often opens a time than what was said:
 * "said when she resigned"; not "asked when", "explained when", nor the
 * bare form ("would not say when the unit reopens").
 */
static const char *const when_time[] = {
	"said", "says", "saying", "added", "adds", "adding", "told",
	"tells", "wrote", "writes", "tweeted", "warned", "warns", "noted",
	"insisted", "insists", "argued", "argues", "stressed", NULL
};

bool
xq_is_cue(const char *s, size_t n)
{
	return is_cue(s, n) && !nounish_word(s, n);
}

bool
xq_is_cue_any(const char *s, size_t n)
{
	return is_cue(s, n);
}

size_t
xq_first(const void *base, size_t n, size_t size, size_t off, size_t b)
{
	size_t lo = 0, hi = n, v;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		memcpy(&v, (const char *)base + mid * size + off, sizeof(v));
		if (v < b)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

struct quote *
xq_add(struct xdoc *d)
{
	struct quote *q;

	if (d->nq == d->qcap) {
		d->qcap = d->qcap ? d->qcap * 2 : 16;
		d->qv = xreallocarray(d->qv, d->qcap, sizeof(*d->qv));
	}
	q = &d->qv[d->nq++];
	memset(q, 0, sizeof(*q));
	q->splabel = -1;
	return q;
}

static inline bool
is_alnum(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	    (c >= '0' && c <= '9') || c >= 0x80;
}

/* Is the character at t + i (before e) one of the general punctuation
 * (U+2000-U+206F: dashes, marks, ellipsis) or a no-break space? */
static bool
punct_mark_at(const char *t, size_t i, size_t e)
{
	const unsigned char *p = (const unsigned char *)t + i;

	return (i + 3 <= e && p[0] == 0xE2 && (p[1] == 0x80 ||
	    p[1] == 0x81)) || (i + 2 <= e && p[0] == 0xC2 && p[1] == 0xA0);
}

/*
 * Bytes that continue a word whatever follows them: ASCII letters and
 * digits, and bytes beyond ASCII other than 0xC2 and 0xE2 (which may start
 * a mark, a space or punctuation).
 */
static const unsigned char plain_byte[256] = {
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
	1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,0,
	0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,
	0,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,0,0,0,0,0,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,0,1,1,1,1,1,1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
};

/* Quotation mark at p: its length, and *m 'd' or 's', *dir 'o' 'c' or 'a'. */
static size_t
mark_at(const char *t, size_t i, size_t len, int *m, int *dir)
{
	const unsigned char *p = (const unsigned char *)t + i;
	size_t left = len - i;

	*dir = 'a';
	if (p[0] == '"') {
		*m = 'd';
		return 1;
	}
	if (p[0] == '\'') {
		*m = 's';
		if (left >= 2 && p[1] == '\'') {
			/* '' closes ``, and opens and closes by itself in
			 * copy that writes ''...'' */
			*m = 'd';
			return 2;
		}
		return 1;
	}
	if (p[0] == '`' && left >= 2 && p[1] == '`') {
		*m = 'd';
		*dir = 'o';
		return 2;
	}
	if (p[0] == 0xC2 && left >= 2 && (p[1] == 0xAB || p[1] == 0xBB)) {
		*m = 'd';
		*dir = p[1] == 0xAB ? 'o' : 'c';
		return 2;
	}
	if (p[0] == 0xE2 && left >= 3 && p[1] == 0x80) {
		switch (p[2]) {
		case 0x9C: *m = 'd'; *dir = 'o'; return 3;	/* “ */
		case 0x9D: *m = 'd'; *dir = 'c'; return 3;	/* ” */
		case 0x9E: *m = 'd'; *dir = 'o'; return 3;	/* „ */
		case 0x98: *m = 's'; *dir = 'o'; return 3;	/* ‘ */
		case 0x99: *m = 's'; *dir = 'c'; return 3;	/* ’ */
		default: break;
		}
	}
	return 0;
}

static inline void
push_tok(struct xdoc *d, size_t *cap, size_t s, size_t e, enum tkind k,
    int mark, size_t sent)
{
	struct xtok *t;

	if (d->nt == *cap) {
		*cap = *cap ? *cap * 2 : 256;
		d->tv = xreallocarray(d->tv, *cap, sizeof(*d->tv));
	}
	t = &d->tv[d->nt++];
	t->s = s;
	t->e = e;
	t->kind = k;
	t->mark = mark;
	t->sent = sent;
	t->cap = k == W_WORD && ((unsigned char)d->text[s] >= 'A' &&
	    (unsigned char)d->text[s] <= 'Z');
	t->inq = false;
}

/*
 * Is the comma at i, in the word that started at s, a thousands separator:
 * digits before it and three digits after it, then no more ("157,000")?
 */
static bool
thousands(const char *t, size_t s, size_t i, size_t e)
{
	return i > s && t[i - 1] >= '0' && t[i - 1] <= '9' && i + 3 < e &&
	    t[i + 1] >= '0' && t[i + 1] <= '9' && t[i + 2] >= '0' &&
	    t[i + 2] <= '9' && t[i + 3] >= '0' && t[i + 3] <= '9' &&
	    (i + 4 >= e || t[i + 4] < '0' || t[i + 4] > '9');
}

void
xq_tokenize(struct xdoc *d)
{
	const char *t = d->text;
	size_t cap, si, i, e, k, s, sopen;
	int m, dir;

	/* sized for a word in five bytes, so that it is seldom grown */
	cap = d->len / 5 + 64;
	d->tv = xreallocarray(d->tv, cap, sizeof(*d->tv));
	for (si = 0; si < d->ns; si++) {
		d->sv[si].t0 = d->nt;
		i = d->sv[si].s;
		e = d->sv[si].e;
		sopen = 0;
		while (i < e) {
			unsigned char c = (unsigned char)t[i];
			/* an ASCII letter or digit: neither a mark nor a space */
			bool plain = plain_byte[c] && c < 0x80;

			if (c == ' ') {
				i++;
				continue;
			}
			if (!plain && (k = mark_at(t, i, e, &m, &dir)) != 0) {
				bool before = i > d->sv[si].s &&
				    is_alnum((unsigned char)t[i - 1]) &&
				    !(i >= d->sv[si].s + 3 &&
				    punct_mark_at(t, i - 3, e));
				bool after = i + k < e &&
				    is_alnum((unsigned char)t[i + k]) &&
				    !punct_mark_at(t, i + k, e);
				/* straight after a sentence's or a clause's
				 * punctuation, no word after it */
				bool shut = !before && !after &&
				    i > d->sv[si].s && (t[i - 1] == '.' ||
				    t[i - 1] == ',' || t[i - 1] == '!' ||
				    t[i - 1] == '?' || t[i - 1] == ';');

				if (m == 's' && before && after) {
					/* an apostrophe inside a word */
					i += k;
					continue;
				}
				/* a plural's possessive, "the pilots' union",
				 * when no single mark is open to close */
				if (m == 's' && before && !after && sopen == 0 &&
				    (t[i - 1] == 's' || t[i - 1] == 'S') &&
				    d->nt > d->sv[si].t0 &&
				    d->tv[d->nt - 1].e == i &&
				    d->tv[d->nt - 1].kind == W_WORD &&
				    i + k + 1 < e && t[i + k] == ' ' &&
				    t[i + k + 1] >= 'a' && t[i + k + 1] <= 'z') {
					d->tv[d->nt - 1].e = i + k;
					i += k;
					continue;
				}
				/* markup: <tweet author="x">; an attribute's
				 * value, marks and all, is no quotation */
				if (k == 1 && t[i] == '"' && i > d->sv[si].s &&
				    t[i - 1] == '=') {
					const char *q = memchr(t + i + 1, '"',
					    e - i - 1);

					push_tok(d, &cap, i, i + 1, W_PUNCT, 0, si);
					if (q != NULL) {
						push_tok(d, &cap, (size_t)(q - t),
						    (size_t)(q - t) + 1, W_PUNCT, 0, si);
						i = (size_t)(q - t) + 1;
					} else
						i++;
					continue;
				}
				/* a straight mark after a sentence's or a
				 * clause's punctuation, with no word after it,
				 * closes ("arms.\"", "no,\" she"), even with
				 * nothing open to close */
				if (dir == 'a' && shut)
					dir = 'c';
				else if (dir == 'a')
					dir = before && !after ? 'c' :
					    !before && after ? 'o' : 'a';
				else if (m == 'd' && k == 3 &&
				    (unsigned char)t[i + 2] != 0x9E &&
				    (before != after || (i == d->sv[si].s &&
				    dir == 'c') || (shut && dir == 'o')))
					/* a curly mark the wrong way round, as
					 * careless copy has it: ” opening a
					 * word or a sentence, “ closing one
					 * ("51 percent.“" at a paragraph's
					 * end) */
					dir = after || i == d->sv[si].s ? 'o' :
					    'c';
				else if (m == 's' && dir == 'c' && before &&
				    i + k < e && (t[i + k] == 's' ||
				    t[i + k] == 'S'))
					dir = 'a';
				push_tok(d, &cap, i, i + k, dir == 'o' ? W_OPEN :
				    dir == 'c' ? W_CLOSE : W_AMBIG, m, si);
				if (m == 's' && dir != 'c')
					sopen++;
				i += k;
				continue;
			}
			if (!plain && utf8_space((const unsigned char *)t + i,
			    (const unsigned char *)t + e) != 0) {
				i += utf8_space((const unsigned char *)t + i,
				    (const unsigned char *)t + e);
				continue;
			}
			if (plain || (is_alnum(c) && c != 0xE2 && !(c == 0xC2 &&
			    i + 1 < e && (unsigned char)t[i + 1] >= 0xA0 &&
			    (unsigned char)t[i + 1] <= 0xBF))) {
				s = i;
				while (i < e) {
					/* the run of plain bytes, in a tight loop */
					while (plain_byte[(unsigned char)t[i]] &&
					    ++i < e)
						;
					if (i >= e)
						break;
					c = (unsigned char)t[i];
					/* punctuation, marks, spaces beyond ASCII */
					if (c == 0xE2 || (c == 0xC2 && i + 1 < e &&
					    (unsigned char)t[i + 1] >= 0xA0 &&
					    (unsigned char)t[i + 1] <= 0xBF))
						break;
					if (is_alnum(c)) {
						i++;
						continue;
					}
					if ((c == '\'' || c == '-' || c == '.' ||
					    c == '&') && i + 1 < e &&
					    is_alnum((unsigned char)t[i + 1]) &&
					    (unsigned char)t[i + 1] != 0xE2) {
						i++;
						continue;
					}
					/* a thousands separator: "157,000" */
					if (c == ',' && thousands(t, s, i, e)) {
						i++;
						continue;
					}
					break;
				}
				/* "U.S." keeps its final dot */
				if (i < e && t[i] == '.' && memchr(t + s, '.',
				    i - s) != NULL)
					i++;
				push_tok(d, &cap, s, i, W_WORD, 0, si);
				/* ’s: possessive */
				if (i < e && (unsigned char)t[i] == 0xE2 &&
				    i + 3 <= e &&
				    (unsigned char)t[i + 1] == 0x80 &&
				    (unsigned char)t[i + 2] == 0x99 &&
				    i + 3 < e && (t[i + 3] == 's') &&
				    (i + 4 >= e || !is_alnum((unsigned char)
				    t[i + 4]))) {
					push_tok(d, &cap, i, i + 4, W_WORD, 0,
					    si);
					i += 4;
				} else if (i + 3 <= e &&
				    (unsigned char)t[i] == 0xE2 &&
				    (unsigned char)t[i + 1] == 0x80 &&
				    (unsigned char)t[i + 2] == 0x99 &&
				    i + 3 < e && is_alnum((unsigned char)
				    t[i + 3]) && (unsigned char)t[i + 3] != 0xE2) {
					/* don’t: glue to the word */
					size_t s2 = i;

					i += 3;
					while (i < e && is_alnum((unsigned char)
					    t[i]) && (unsigned char)t[i] != 0xE2)
						i++;
					d->tv[d->nt - 1].e = i;
					(void)s2;
				}
				continue;
			}
			k = 1;
			if (c >= 0x80) {
				k = utf8_seqlen((const unsigned char *)t + i,
				    (const unsigned char *)t + e);
				if (k == 0)
					k = 1;
			}
			push_tok(d, &cap, i, i + k, W_PUNCT, 0, si);
			i += k;
		}
		d->sv[si].t1 = d->nt;
	}
}

static size_t
count_words(const struct xdoc *d, size_t t0, size_t t1)
{
	size_t n = 0, i;

	for (i = t0; i < t1; i++)
		if (d->tv[i].kind == W_WORD)
			n++;
	return n;
}

#define word_is(d, ti, w)	XQ_WORD_IS(d, ti, w)
#define is_comma(d, i)		xq_is_comma(d, i)

/* Is token k a subject pronoun: he, she, it, they, we or I? */
static bool
subject_pronoun(const struct xdoc *d, size_t k)
{
	static const char *const pron[] = {
		"he", "she", "it", "they", "we", "i", NULL
	};

	return k < d->nt && d->tv[k].kind == W_WORD &&
	    xq_tok_in_lower(d, k, 8, pron);
}

/* Is token k a lower-case adverb in -ly ("closely", "vociferously"; not
 * "early", "family", "only")? */
static bool
adverb_ly(const struct xdoc *d, size_t k)
{
	size_t n = d->tv[k].e - d->tv[k].s;

	return d->tv[k].kind == W_WORD && !d->tv[k].cap && n > 4 &&
	    memcmp(d->text + d->tv[k].e - 2, "ly", 2) == 0 &&
	    !word_is(d, k, "early") && !word_is(d, k, "family");
}

/* Does the word at i end in a possessive ("Radio's", "Carrow’s", or the
 * "'s" alone)? */
bool
xq_possessive(const struct xdoc *d, size_t i)
{
	const char *w = d->text + d->tv[i].s;
	size_t n = d->tv[i].e - d->tv[i].s;

	return d->tv[i].kind == W_WORD && ((n >= 2 && w[n - 2] == '\'' &&
	    w[n - 1] == 's') || (n >= 4 && memcmp(w + n - 4,
	    "\xe2\x80\x99s", 4) == 0) || xq_plural_possessive(w, n) != 0);
}

/* The length of the mark of a plural's possessive ending the word
 * ("pilots'", "pilots\xe2\x80\x99"): 1 or 3; 0 when there is none. */
size_t
xq_plural_possessive(const char *w, size_t n)
{
	if (n >= 3 && w[n - 1] == '\'' && (w[n - 2] == 's' || w[n - 2] == 'S'))
		return 1;
	if (n >= 5 && memcmp(w + n - 3, "\xe2\x80\x99", 3) == 0 &&
	    (w[n - 4] == 's' || w[n - 4] == 'S'))
		return 3;
	return 0;
}

/*
 * Are the words between marks at o and c a title after the name of a
 * thing: 'a film called "Tillax Nights"', not 'Hale called "Reckless
 * Spending"' (a person's verb) nor "called \"a disgrace\""?
 */
static bool
called_title(const struct xdoc *d, size_t o, size_t c)
{
	static const char *const small[] = {
		"a", "an", "the", "of", "and", "or", "in", "on", "at", "to",
		"for", "by", "with", "from", NULL
	};
	static const char *const persons[] = {
		"he", "she", "it", "they", "we", "i", "you", "who", "whom",
		"which", "what", "that", "also", "then", "once", NULL
	};
	size_t k, words = 0;

	if (o < 2 || !word_is(d, o - 1, "called") || d->tv[o - 2].kind !=
	    W_WORD || d->tv[o - 2].cap || d->tv[o - 2].inq ||
	    d->tv[o - 2].sent != d->tv[o].sent || in(persons, d->text +
	    d->tv[o - 2].s, d->tv[o - 2].e - d->tv[o - 2].s) ||
	    in(xq_be_forms, d->text + d->tv[o - 2].s, d->tv[o - 2].e -
	    d->tv[o - 2].s))
		return false;
	for (k = o + 1; k < c; k++) {
		if (d->tv[k].kind != W_WORD)
			continue;
		if (++words > 8 || (!d->tv[k].cap && (words == 1 ||
		    !in(small, d->text + d->tv[k].s, d->tv[k].e -
		    d->tv[k].s)) && !(d->text[d->tv[k].s] >= '0' &&
		    d->text[d->tv[k].s] <= '9')))
			return false;
	}
	return words > 0;
}

/* Add the direct quote between marks at tokens o and c. */
static void
add_direct(struct xdoc *d, size_t o, size_t c)
{
	struct quote *q;
	size_t i, words, e;

	if (c <= o + 1)
		return;
	words = count_words(d, o + 1, c);
	if (words == 0)
		return;
	/* a so-called "x" or a short title is not speech */
	if (o > 0 && (word_is(d, o - 1, "so-called") ||
	    word_is(d, o - 1, "dubbed") || word_is(d, o - 1, "titled") ||
	    word_is(d, o - 1, "entitled") || word_is(d, o - 1, "nicknamed") ||
	    word_is(d, o - 1, "named") || word_is(d, o - 1, "labelled") ||
	    word_is(d, o - 1, "labeled") || called_title(d, o, c)))
		return;
	/* words in marks inside a name the tagger found are a nickname,
	 * 'Marcia "Cia" Price': the marks are no quotation's */
	e = xq_first(d->ev, d->ne, sizeof(*d->ev), offsetof(struct xent, s),
	    d->tv[o].s);
	if (e > 0 && d->ev[e - 1].s < d->tv[o].s &&
	    d->ev[e - 1].e > d->tv[c].e) {
		d->tv[o].kind = d->tv[c].kind = W_PUNCT;
		return;
	}
	q = xq_add(d);
	q->kind = K_DIRECT;
	q->s = d->tv[o + 1].s;	/* not a space after the mark */
	q->e = d->tv[c].kind == W_WORD || d->tv[c].kind == W_PUNCT ||
	    d->tv[c].sent != d->tv[c - 1].sent ? d->tv[c - 1].e : d->tv[c].s;
	q->qt0 = o + 1;
	q->qt1 = c;
	q->para = d->sv[d->tv[o].sent].para;
	for (i = o; i <= c; i++)
		d->tv[i].inq = true;
}

const char *const xq_weekdays[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", NULL
};

const char *const xq_months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December", "Jan.",
	"Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", NULL
};

/* Writings that say things: "a ruling which said", "a report that
 * showed". */
const char *const xq_writings[] = {
	"report", "study", "survey", "research", "statement", "letter",
	"page", "document", "directive", "submission", "ruling", "paper",
	"analysis", "poll", "figures", "data", "review", "memo", "article",
	"website", "weblog", "blog", "book", "list", "filing", "complaint",
	"lawsuit", "judgment", "verdict", "bill", "email", "message", "ad",
	"advert", "advertisement", "statistics", "audit", "findings",
	"assessment", "briefing", "communique", "manifesto", "note",
	"video", "footage", "recording", "tape", NULL
};

/*
 * Adjectives of a state of mind that report the clause of "that" after a
 * form of "be": "was confident that ...", "were frustrated that ...".
 */
static const char *const mind_adjs[] = {
	"confident", "sure", "certain", "aware", "afraid", "frustrated",
	"angry", "furious", "upset", "pleased", "delighted", "disappointed",
	"hopeful", "adamant", "proud", "glad", "incensed", "outraged",
	"unaware", "fearful", NULL
};

/* Forms of "be" before a passive participle. */
const char *const xq_be_forms[] = {
	"is", "was", "are", "were", "be", "been", "being", NULL
};

/* Is the cue at token i a passive participle after a form of "be" ("was
 * derided", "is being criticized"; not "is calling")?  t0: the sentence's
 * first token. */
bool
xq_passive(const struct xdoc *d, size_t i, size_t t0)
{
	size_t n = d->tv[i].e - d->tv[i].s, k = i;

	/* "was also found", "is widely expected" */
	if (k > t0 + 1 && (word_is(d, k - 1, "also") || word_is(d, k - 1,
	    "widely") || word_is(d, k - 1, "later") || word_is(d, k - 1,
	    "reportedly") || word_is(d, k - 1, "still") || word_is(d, k - 1,
	    "never") || word_is(d, k - 1, "not") || word_is(d, k - 1, "once") ||
	    adverb_ly(d, k - 1)))
		k--;
	return k > t0 && in(xq_be_forms, d->text + d->tv[k - 1].s,
	    d->tv[k - 1].e - d->tv[k - 1].s) && !(n >= 5 &&
	    memcmp(d->text + d->tv[i].e - 3, "ing", 3) == 0);
}

/* Rubrics that open a headline without naming a speaker. */
static const char *const rubrics[] = {
	"update", "updated", "watch", "exclusive", "breaking", "video",
	"photos", "analysis", "opinion", "editorial", "note", "read",
	"related", "source", "sources", "editor", "correction",
	"clarification", "live", "listen", "review", "q", "a", "part",
	"chapter", "day", "step", "warning", "caution", "transcript",
	"summary", "factbox", "explainer", "timeline", "the", "latest",
	"report", "see", "also", "photo", "graphic", "map", "q&a", "faq",
	/* a team sheet and the other labels of a results page */
	"replacements", "subs", "substitutes", "used", "booked", "scorers",
	"referee", "attendance", "result", "results", "preview", "obituary",
	"teams", "venue",
	NULL
};

/*
 * A transcript label at token k: one to three words in capitals
 * ("HOST", "SEN. LINDE") and a colon right after them.  The colon's
 * token, or 0 when there is none.
 */
size_t
xq_label(const struct xdoc *d, size_t k, size_t end)
{
	size_t k0 = k, i, n;
	char low[16];

	for (; k < end && k < k0 + 3 && d->tv[k].kind == W_WORD &&
	    d->tv[k].cap && d->tv[k].e - d->tv[k].s >= 2; k++) {
		const char *w = d->text + d->tv[k].s;

		n = d->tv[k].e - d->tv[k].s;
		for (i = 0; i < n && !(w[i] >= 'a' && w[i] <= 'z'); i++)
			;
		if (i < n)
			break;
	}
	if (k > k0 && k + 1 < end && d->tv[k].kind == W_PUNCT &&
	    d->text[d->tv[k].s] == ':' && d->tv[k].s == d->tv[k - 1].e &&
	    !(k == k0 + 1 && xq_lower_tok(d, k0, low, sizeof(low), &n) &&
	    in(rubrics, low, n)))
		return k;	/* not a rubric: "Q&A:", "UPDATE:" */
	return 0;
}

/* A straight mark ('"'), or a typographic one (“ ” „ « » `` ''). */
static bool
straight(const struct xtok *t)
{
	return t->e - t->s == 1;
}

/*
 * A mark left open with ", said X" inside it was a stray mark, not the
 * first paragraph of a long quotation.
 */
static bool
stray_open(const struct xdoc *d, size_t open, size_t end)
{
	size_t i, k;

	for (i = open + 1; i < end; i++) {
		if (d->tv[i].kind != W_PUNCT || d->text[d->tv[i].s] != ',')
			continue;
		for (k = i + 1; k < end && k < i + 4; k++)
			if (d->tv[k].kind == W_WORD && in(inv_cues, d->text +
			    d->tv[k].s, d->tv[k].e - d->tv[k].s))
				return true;
	}
	return false;
}

/*
 * After the curly opening mark at token i (mark m), inside a quotation
 * the same mark opened: do two closing curly marks of that kind follow
 * in the paragraph before another opening one?  Then the mark opens a
 * quotation inside the quotation ("“... what he calls “hell” than ...”").
 */
static bool
two_closes(const struct xdoc *d, size_t i, int m)
{
	size_t k, para = d->sv[d->tv[i].sent].para, n = 0;

	for (k = i + 1; k < d->nt && d->sv[d->tv[k].sent].para == para; k++) {
		const struct xtok *t = &d->tv[k];

		if (t->mark != m || straight(t))
			continue;
		if (t->kind == W_OPEN)
			return false;
		if (t->kind == W_CLOSE && ++n == 2)
			return true;
	}
	return false;
}

void
xq_direct(struct xdoc *d)
{
	size_t i, open = (size_t)-1, para = (size_t)-1, ti, nest = 0;
	size_t same = 0;	/* quotations nested in the same curly marks */
	size_t rescanned = (size_t)-1;
	int om = 0;
	bool low = false;

	/* one step past the last token, which ends the last paragraph */
	for (i = 0; i <= d->nt; i++) {
		struct xtok *t;
		size_t p = i < d->nt ? d->sv[d->tv[i].sent].para :
		    (size_t)-2;

		if (p != para) {
			if (open != (size_t)-1) {
				/* still open at a paragraph's end */
				bool reopen = false;

				for (ti = i; ti < d->nt &&
				    d->sv[d->tv[ti].sent].para == p; ti++) {
					reopen = (d->tv[ti].kind == W_OPEN ||
					    d->tv[ti].kind == W_AMBIG) &&
					    d->tv[ti].mark == om &&
					    straight(&d->tv[ti]) ==
					    straight(&d->tv[open]);
					break;
				}
				if (reopen && !stray_open(d, open, i)) {
					para = p;
					/* '"HOST: ...' again: a new turn */
					if (xq_label(d, ti + 1, d->nt) != 0) {
						add_direct(d, open, i);
						open = ti;
						nest = same = 0;
						continue;
					}
					/* the quotation goes on: skip the mark */
					i = ti;
					continue;
				}
				/* a stray opening mark: the paragraph is read
				 * again after it, once, for the quotations it
				 * hid (a curly pair after a straight mark left
				 * open) */
				if (para != rescanned) {
					rescanned = para;
					i = open;
					open = (size_t)-1;
					nest = same = 0;
					continue;
				}
				open = (size_t)-1;
			}
			para = p;
		}
		if (i == d->nt)
			break;
		t = &d->tv[i];
		if (t->kind == W_WORD || t->kind == W_PUNCT)
			continue;
		if (open == (size_t)-1) {
			/* read again after a stray mark: single marks there
			 * were inside the quotation it opened ('the art has
			 * two chapters - \'Before X\' and ...'), not speech */
			if (t->mark == 's' && p == rescanned)
				continue;
			if (t->kind == W_OPEN || (t->kind == W_AMBIG &&
			    t->mark == 'd')) {
				open = i;
				om = t->mark;
				nest = same = 0;
				/* „…“: the German pair closes with an upper mark */
				low = t->e - t->s == 3 &&
				    (unsigned char)d->text[t->s + 2] == 0x9E;
			}
			continue;
		}
		if (t->mark != om)
			continue;	/* a nested mark of the other kind */
		/* “…“…”…”: an opening curly mark inside a curly quotation
		 * nests where two closing ones follow in the paragraph */
		if (t->kind == W_OPEN && !low && !straight(t) &&
		    !straight(&d->tv[open]) && same == 0 &&
		    two_closes(d, i, om)) {
			same++;
			continue;
		}
		if (t->kind == W_CLOSE && same > 0 && !straight(t)) {
			same--;
			continue;
		}
		/* “…” inside "...": nested, when the styles differ */
		if (straight(t) != straight(&d->tv[open])) {
			if (t->kind == W_OPEN && !low) {
				nest++;
				continue;
			}
			if (t->kind == W_CLOSE && nest > 0) {
				nest--;
				continue;
			}
		}
		if (t->kind == W_CLOSE || t->kind == W_AMBIG || low) {
			if (om == 's' && count_words(d, open + 1, i) < 2) {
				open = (size_t)-1;
				continue;
			}
			add_direct(d, open, i);
			open = (size_t)-1;
		} else if (t->kind == W_OPEN && om == 's') {
			open = i;	/* the earlier ‘ was an apostrophe */
		}
	}
}

/*
 * Interview transcripts: a paragraph that opens with a name in capitals
 * and a colon ("HOST: Let's start ...") is that person's words.
 */
void
xq_transcript(struct xdoc *d)
{
	size_t si, t0, k, last;
	struct quote *q;

	for (si = 0; si < d->ns; si++) {
		if (si > 0 && d->sv[si - 1].para == d->sv[si].para)
			continue;
		t0 = d->sv[si].t0;
		if ((k = xq_label(d, t0, d->sv[si].t1)) == 0)
			continue;
		/* the rest of the paragraph */
		last = si;
		while (last + 1 < d->ns && d->sv[last + 1].para == d->sv[si].para)
			last++;
		if (d->tv[k + 1].inq)
			continue;
		q = xq_add(d);
		q->kind = K_DIRECT;
		q->s = d->tv[k + 1].s;
		q->e = d->sv[last].e;
		q->qt0 = k + 1;
		q->qt1 = d->sv[last].t1;
		q->para = d->sv[si].para;
		q->has_mention = true;
		q->ms = d->tv[t0].s;
		q->me = d->tv[k - 1].e;
		q->transcript = true;
	}
}

/*
 * A block quotation: a paragraph of someone's words set off without
 * marks after a paragraph that ends with a short "Linde added:" or "The
 * governor said:".  The paragraph must be plain prose: no quotation
 * marks in it, a capitalised word first (not a list's number or bullet)
 * and six words or more.  Its tokens are then quoted words, as if marks
 * stood around them; attribute_direct() takes the speaker from the
 * paragraph before.
 */
void
xq_block(struct xdoc *d)
{
	size_t si, ps, t0, t1, last, k, words;
	struct quote *q;

	for (si = 1; si < d->ns; si++) {
		ps = si - 1;
		if (d->sv[ps].para == d->sv[si].para)
			continue;
		t1 = d->sv[ps].t1;
		/* "... added:": one to four words, the cue, the colon */
		if (t1 < d->sv[ps].t0 + 3 || t1 > d->sv[ps].t0 + 6 ||
		    d->tv[t1 - 1].kind != W_PUNCT ||
		    d->tv[t1 - 1].e - d->tv[t1 - 1].s != 1 ||
		    d->text[d->tv[t1 - 1].s] != ':' ||
		    d->tv[t1 - 2].kind != W_WORD || d->tv[t1 - 2].cap ||
		    !xq_is_cue(d->text + d->tv[t1 - 2].s,
		    d->tv[t1 - 2].e - d->tv[t1 - 2].s))
			continue;
		for (k = d->sv[ps].t0; k < t1 - 2 && d->tv[k].kind == W_WORD &&
		    !d->tv[k].inq; k++)
			;
		if (k < t1 - 2)
			continue;
		t0 = d->sv[si].t0;
		if (t0 >= d->sv[si].t1 || d->tv[t0].kind != W_WORD ||
		    !d->tv[t0].cap)
			continue;
		last = si;
		while (last + 1 < d->ns && d->sv[last + 1].para == d->sv[si].para)
			last++;
		words = 0;
		for (k = t0; k < d->sv[last].t1; k++) {
			if (d->tv[k].kind == W_OPEN || d->tv[k].kind ==
			    W_CLOSE || d->tv[k].kind == W_AMBIG ||
			    d->tv[k].inq)
				break;
			words += d->tv[k].kind == W_WORD;
		}
		if (k < d->sv[last].t1 || words < 6)
			continue;
		for (k = t0; k < d->sv[last].t1; k++)
			d->tv[k].inq = true;
		q = xq_add(d);
		q->kind = K_DIRECT;
		q->s = d->tv[t0].s;
		q->e = d->tv[d->sv[last].t1 - 1].e;
		q->qt0 = t0;
		q->qt1 = d->sv[last].t1;
		q->para = d->sv[si].para;
	}
}

/* Finite reporting verbs that open a second attribution after "and". */
static const char *const and_cues[] = {
	"says", "said", "adds", "added", "insists", "insisted", "warns",
	"warned", "notes", "noted", "argues", "argued", "claims", "claimed",
	"tells", "told", "stressed", "stresses", "urged", "urges", "called",
	"calls", "vowed", "vows", "pledged", "pledges", "promised",
	"promises", "predicted", "predicts", "suggested", "suggests", NULL
};

/* An em dash or an en dash token. */
static bool
dash_tok(const struct xtok *t, const char *s)
{
	return t->e - t->s == 3 && (unsigned char)s[0] == 0xE2 &&
	    (unsigned char)s[1] == 0x80 && ((unsigned char)s[2] == 0x94 ||
	    (unsigned char)s[2] == 0x93);
}

/*
 * Does a new attribution start at token j: an optional "and" or "but",
 * a subject (after "and", a pronoun; else up to four capitalised words)
 * or none, then its reporting verb?  With a subject, or after a comma or
 * a dash and "and", any cue that is no noun ("and Councillors accused",
 * "— and she noted", ", and added"); else a verb of saying in and_cues
 * (", told her aides", "and says").
 */
static bool
attribution_at(const struct xdoc *d, size_t j, size_t end, bool punct)
{
	static const char *const conj_adverbs[] = {
		"now", "then", "later", "also", "meanwhile", "yesterday",
		"today", NULL
	};
	bool conj = j < end && (word_is(d, j, "and") || word_is(d, j, "but"));
	size_t j0 = j += conj;
	const char *w;
	size_t n;
	bool subj;

	/* "and now Carrow officials said" */
	while (conj && j < end && d->tv[j].kind == W_WORD && in(conj_adverbs,
	    d->text + d->tv[j].s, d->tv[j].e - d->tv[j].s))
		j0 = ++j;

	if (conj && j < end && (word_is(d, j, "he") || word_is(d, j, "she") ||
	    word_is(d, j, "they") || word_is(d, j, "we") || word_is(d, j, "I")))
		j++;
	else
		while (j < end && j < j0 + 4 && ((d->tv[j].kind == W_WORD &&
		    d->tv[j].cap) || (j > j0 && d->tv[j].kind == W_PUNCT &&
		    d->text[d->tv[j].s] == '.' && d->tv[j].s == d->tv[j - 1].e)))
			j++;
	/* a bracket after the name: ", Sen. Ana Ruiz (D-Ore.) told" */
	if (j > j0 && j + 2 < end && d->tv[j].kind == W_PUNCT &&
	    d->text[d->tv[j].s] == '(') {
		size_t k;

		for (k = j + 1; k < end && k < j + 6 && !(d->tv[k].kind ==
		    W_PUNCT && d->text[d->tv[k].s] == ')'); k++)
			;
		if (k < end && k < j + 6)
			j = k + 1;
	}
	/* ", and human rights groups warned", ", and now Carrow officials
	 * said": a plural noun phrase */
	if (conj && punct) {
		size_t k;

		for (k = j; k < end && k < j0 + 4 && d->tv[k].kind == W_WORD &&
		    !d->tv[k].cap && !d->tv[k].inq && !is_cue(d->text +
		    d->tv[k].s, d->tv[k].e - d->tv[k].s); k++)
			;
		if (k > j0 + 1 && d->text[d->tv[k - 1].e - 1] == 's' &&
		    d->text[d->tv[k - 1].e - 2] != 's')
			j = k;
	}
	subj = j > j0;
	/* "and repeatedly says" */
	while (j + 1 < end && d->tv[j].kind == W_WORD && !d->tv[j].cap &&
	    d->tv[j].e - d->tv[j].s >= 5 && d->text[d->tv[j].e - 1] == 'y' &&
	    d->text[d->tv[j].e - 2] == 'l')
		j++;
	if (j >= end || d->tv[j].kind != W_WORD || d->tv[j].cap)
		return false;
	w = d->text + d->tv[j].s;
	n = d->tv[j].e - d->tv[j].s;
	if (!subj && !(conj && punct))
		return in(and_cues, w, n);
	return is_cue(w, n) && !nounish_word(w, n);
}

static size_t source_words(const struct xdoc *, size_t, size_t);

/* Words in -ing that do not open a participle's phrase after a comma:
 * prepositions ("including", "according") and nouns ("spending"). */
static const char *const ing_not_verbs[] = {
	"including", "according", "regarding", "concerning", "following",
	"excluding", "involving", "pending", "during", "barring",
	"notwithstanding", "considering", "nothing", "something", "anything",
	"everything", "morning", "evening", "meeting", "building", "funding",
	"spending", "housing", "training", "ruling", "hearing", "polling",
	"shooting", "bombing", "ceiling", "earnings", "savings", "feeling",
	"wedding", "beginning", "ending", "opening", "offering", "setting",
	"warning", "trading", "lending", "banking", "parking", "marketing",
	"fighting", "killing", "rating", "reading", "timing", "thinking",
	"understanding", "standing", "wording", "financing", "pricing",
	"testing", "screening", "sentencing", "staffing", "voting", NULL
};

/* Participles that set a report against another, the speaker's doing
 * like a cue's: ", contradicting the police's claim", ", echoing his
 * rival". */
static const char *const stance_participles[] = {
	"contradicting", "echoing", "rejecting", "dismissing", "reversing",
	"defying", "undercutting", "undermining", "prompting", "sparking",
	"joining", "breaking", "signaling", "signalling", NULL
};

/* Does a participle's phrase open at token k: "citing the costs"? */
static bool
participle_phrase(const struct xdoc *d, size_t k)
{
	const struct xtok *t = &d->tv[k];
	size_t n = t->e - t->s;

	/* (not a noun: "curbing of rights") */
	return t->kind == W_WORD && !t->cap && n > 5 &&
	    memcmp(d->text + t->e - 3, "ing", 3) == 0 &&
	    !in(ing_not_verbs, d->text + t->s, n) && !word_is(d, k + 1, "of");
}

/* Is the participle at token k a cue's or a stance's, the speaker's
 * doing ("citing", "contradicting"), not the report's ("allowing")? */
static bool
speakers_doing(const struct xdoc *d, size_t k)
{
	const char *w = d->text + d->tv[k].s;
	size_t n = d->tv[k].e - d->tv[k].s;

	return is_cue(w, n) || in(stance_participles, w, n);
}

/* Is one of the n words from a, in lower case, a cue after a relative
 * pronoun ("34% who said")? */
static bool
cue_within(const struct xdoc *d, size_t a, size_t end, size_t n)
{
	size_t k;

	for (k = a + 1; k < end && k < a + n; k++)
		if (d->tv[k].kind == W_WORD && !d->tv[k].cap && !d->tv[k].inq &&
		    (word_is(d, k - 1, "who") || word_is(d, k - 1, "which") ||
		    word_is(d, k - 1, "that")) &&
		    is_cue(d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s))
			return true;
	return false;
}

/* Words that show a finite clause: auxiliaries and common finite verbs. */
static const char *const finite[] = {
	"is", "was", "are", "were", "has", "had", "have", "will", "would",
	"could", "should", "can", "may", "might", "must", "did", "does", "do",
	"isn't", "wasn't", "aren't", "weren't", "hasn't", "hadn't", "haven't",
	"won't", "wouldn't", "couldn't", "shouldn't", "can't", "didn't",
	"doesn't", "don't", "wants", "needs", "plans", "remains", "supports",
	"opposes", "knows", "needed", "planned",
	"isn’t", "wasn’t", "aren’t", "weren’t", "hasn’t",
	"hadn’t", "haven’t", "won’t", "wouldn’t", "couldn’t",
	"shouldn’t", "can’t", "didn’t", "doesn’t", "don’t",
	NULL
};

/* Modals that go on with the subject of the clause before them. */
static const char *const report_modals[] = {
	"could", "would", "can", "will", "should", "might", "may", "must",
	"couldn't", "wouldn't", "can't", "won't", "shouldn't",
	"couldn’t", "wouldn’t", "can’t", "won’t", "shouldn’t", NULL
};

/* Is there a finite verb among the few words before token i, in its
 * sentence, so that they are a clause ("they had misgivings", not "the
 * cases mentioned last week")? */
static bool
finite_before(const struct xdoc *d, size_t i)
{
	size_t k, t0 = d->sv[d->tv[i].sent].t0;

	/* (back to the cue at most: "the cases mentioned last week" is
	 * no clause) */
	for (k = i; k > t0 && k + 12 > i && !d->tv[k - 1].inq; k--) {
		const char *w = d->text + d->tv[k - 1].s;
		size_t n = d->tv[k - 1].e - d->tv[k - 1].s;

		if (d->tv[k - 1].kind != W_WORD)
			continue;
		if (in(finite, w, n))
			return true;
		if (!d->tv[k - 1].cap && is_cue(w, n))
			return false;
	}
	return false;
}

/* Is token i the end of a clause? */
static bool
clause_end(const struct xdoc *d, size_t i, size_t end)
{
	const struct xtok *t = &d->tv[i];
	const char *s = d->text + t->s;
	size_t k;

	/* "30m euros ($39m; \xc2\xa321m) until June": a semicolon inside
	 * brackets, a bracket closing a few words on, ends nothing */
	if (t->kind == W_PUNCT && *s == ';')
		for (k = i + 1; k < end && k < i + 8; k++) {
			if (d->tv[k].kind != W_PUNCT)
				continue;
			if (d->text[d->tv[k].s] == '(')
				break;
			if (d->text[d->tv[k].s] == ')')
				return false;
		}
	if (t->kind == W_PUNCT && (*s == ';' ||
	    ((*s == '.' || *s == '?' || *s == '!') && i + 1 >= end)))
		return true;
	/* '"faster boats," but she ...': the comma inside the mark */
	if (i > 1 && (d->tv[i - 1].kind == W_CLOSE || d->tv[i - 1].kind ==
	    W_AMBIG) && is_comma(d, i - 2) && (word_is(d, i, "but") ||
	    word_is(d, i, "although") || word_is(d, i, "while") ||
	    word_is(d, i, "though")))
		return true;
	/* a new attribution: ", and added that", ", told her aides", "and
	 * says she will", "and Councillors accused", "— and she noted" */
	if (t->kind == W_PUNCT && (*s == ',' || dash_tok(t, s)) &&
	    attribution_at(d, i + 1, end, true))
		return true;
	/* (not "and" between two names, the subject of the report: "said
	 * Lord Woolf and Lord Falconer agreed") */
	if ((word_is(d, i, "and") || word_is(d, i, "but")) && i > 0 &&
	    !(word_is(d, i, "and") && d->tv[i - 1].kind == W_WORD &&
	    d->tv[i - 1].cap && !in(xq_months, d->text + d->tv[i - 1].s,
	    d->tv[i - 1].e - d->tv[i - 1].s) && !in(xq_weekdays, d->text +
	    d->tv[i - 1].s, d->tv[i - 1].e - d->tv[i - 1].s) && i + 1 < end &&
	    d->tv[i + 1].kind == W_WORD && d->tv[i + 1].cap) &&
	    attribution_at(d, i, end, false))
		return true;
	/* (", but could not bear to ...": a modal with no subject of its
	 * own goes on with the report's) */
	if (t->kind == W_PUNCT && *s == ',' && i + 1 < end &&
	    (word_is(d, i + 1, "although") || word_is(d, i + 1, "though") ||
	    word_is(d, i + 1, "while") || (word_is(d, i + 1, "but") &&
	    !(i + 2 < end && in(report_modals, d->text + d->tv[i + 2].s,
	    d->tv[i + 2].e - d->tv[i + 2].s) && finite_before(d, i))) ||
	    word_is(d, i + 1, "as") || word_is(d, i + 1, "whereas") ||
	    word_is(d, i + 1, "according") ||
	    /* ", compared with 34% who said ...": a comparison with a
	     * report of its own (not ", compared with a loss a year
	     * ago", part of the report) */
	    ((word_is(d, i + 1, "compared") || word_is(d, i + 1,
	    "compares")) && i + 2 < end && (word_is(d, i + 2, "to") ||
	    word_is(d, i + 2, "with")) && cue_within(d, i + 3, end, 12))))
		return true;
	/* ", citing the costs", ", saying it shows": a participle's
	 * phrase after the report is the speaker's doing, not the report
	 * (not inside the marks of a quotation, nor after an aside: "who
	 * are, in fact, looking for jobs") */
	if (t->kind == W_PUNCT && *s == ',' && i + 2 < end && !t->inq &&
	    participle_phrase(d, i + 1) && speakers_doing(d, i + 1) &&
	    !(i > 3 && is_comma(d, i - 3) &&
	    d->tv[i - 2].kind == W_WORD && !d->tv[i - 2].cap &&
	    d->tv[i - 2].e - d->tv[i - 2].s <= 3))
		return true;
	/* ", state media reported." : an attribution closes the clause */
	if (t->kind == W_PUNCT && *s == ',') {
		size_t j, src;

		/* (a longer source too, "a survey of 1,300 bosses
		 * suggests.", as far as its words are a noun's phrase) */
		src = i + 1 + source_words(d, i + 1, end);
		for (j = i + 1; j < end && (j < i + 6 || (j < i + 9 &&
		    j <= src)); j++)
			if (d->tv[j].kind == W_WORD &&
			    is_cue(d->text + d->tv[j].s,
			    d->tv[j].e - d->tv[j].s) && !word_is(d, j,
			    "points") && j > i + 1 &&
			    /* (not ", the firm would defend itself.") */
			    !in(report_modals, d->text + d->tv[j - 1].s,
			    d->tv[j - 1].e - d->tv[j - 1].s) &&
			    !word_is(d, j - 1, "to")) {
				k = j + 1;
				while (k < end && d->tv[k].kind == W_WORD &&
				    k < j + 3)
					k++;
				if (k >= end - 1)
					return true;
				break;
			}
	}
	return false;
}

/* Past forms not in -ed that are seldom nouns: "said the event brought
 * back memories". */
static const char *const irregular_past[] = {
	"brought", "took", "made", "gave", "went", "came", "saw", "won",
	"lost", "fell", "rose", "began", "sent", "spent", "kept", "held",
	"met", "thought", "found", "got", "paid", "sold", "bought", "built",
	"became", "grew", "knew", "led", "felt", "meant", "stood",
	"understood", "wrote", "spoke", "broke", "chose", "drove", "fought",
	"caught", "taught", "sought", "struck", "threw", "wore", "flew",
	"drew", "ran", "sat", "left", "slid",
	/* forms that are nothing but a past */
	"stuck", "swore", "shook", "forgot", "froze", "hid", "rode", "sang",
	"sank", "slept", "stole", "swept", "swam", "swung", "tore", "woke",
	"wept", "bled", "clung", "crept", "dealt", "dug", "fled", "flung",
	"knelt", "leapt", "mistook", "overcame", "overtook", "oversaw",
	"ate", "drank", "withdrew", "undertook", "underwent", "upheld",
	"withheld", "withstood", "sprang", "strode", "strove", "foresaw",
	"rebuilt", "shrank", "sped", "stung", "arose", "awoke", "dwelt",
	"forbade", "shone",
	/* regular pasts too short for the test of "-ed" after four
	 * letters */
	"lied", "died", "tied", "used", "owed", "sued", "vied", "eyed", NULL
};

bool
xq_irregular_past(const char *w, size_t n)
{
	return in(irregular_past, w, n);
}

/* Words that open a verb's object: "demands the", "gives them". */
static const char *const objects[] = {
	"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
	"them", "him", "us", "me", "it", "this", "that", "these", "those",
	"no", "more", "less", "to", NULL
};

/* Is token k a per cent sign written against the figure before it
 * ("40%")? */
bool
xq_percent(const struct xdoc *d, size_t k)
{
	return k > 0 && d->tv[k].kind == W_PUNCT && d->tv[k].e - d->tv[k].s ==
	    1 && d->text[d->tv[k].s] == '%' && d->tv[k - 1].kind == W_WORD &&
	    d->tv[k - 1].e == d->tv[k].s && d->text[d->tv[k - 1].s] >= '0' &&
	    d->text[d->tv[k - 1].s] <= '9';
}

/* Is w[0..n) a currency sign: $ £ € ¥? */
static bool
currency_sign(const char *w, size_t n)
{
	return (n == 1 && *w == '$') || (n == 2 &&
	    (memcmp(w, "\xc2\xa3", 2) == 0 || memcmp(w, "\xc2\xa5", 2) ==
	    0)) || (n == 3 && memcmp(w, "\xe2\x82\xac", 3) == 0);
}

/*
 * Does a clause start at token j: within its first words, before any
 * punctuation, a finite verb (an auxiliary, or a lower-case word in -ed)?
 * "said the campaign planned to ..." is a reported clause; "said the
 * spokesman." is an inverted attribution.
 */
static bool
clause_at(const struct xdoc *d, size_t j, size_t end)
{
	size_t k, lim = j + 12;
	bool aside = false;

	for (k = j + 1; k < end && k < lim; k++) {
		const struct xtok *t = &d->tv[k];
		const char *w = d->text + t->s;
		size_t n = t->e - t->s;

		/* "the program, run by the ministry, has brought": a phrase
		 * set off by commas after the subject */
		if (t->kind == W_PUNCT && *w == ',' && k > j + 1 && !aside) {
			size_t c;

			for (c = k + 1; c < end && c < k + 10 &&
			    d->tv[c].kind == W_WORD; c++)
				;
			if (c < end && c > k + 1 && is_comma(d, c)) {
				aside = true;
				k = c;
				lim = c + 4;
				continue;
			}
		}
		/* quoted words in the clause: "said the breaks “do nothing”" */
		if (t->kind >= W_OPEN)
			continue;
		/* a sign of money opening the subject: "said the £7bn was"
		 * (not "reported a 19% rise in profits to £450m") */
		if (t->kind == W_PUNCT && k <= j + 2 && currency_sign(w, n))
			continue;
		/* an abbreviation's full stop inside the subject: "said the
		 * Rev. Tom Hale would" */
		if (t->kind == W_PUNCT && *w == '.' && n == 1 && k + 1 < end &&
		    d->tv[k - 1].kind == W_WORD && d->tv[k - 1].e == t->s &&
		    d->tv[k - 1].cap && d->tv[k - 1].e - d->tv[k - 1].s <= 4 &&
		    d->tv[k + 1].kind == W_WORD && d->tv[k + 1].cap)
			continue;
		if (t->kind != W_WORD)
			return false;
		if (aside && in(finite, w, n))
			return true;
		if (aside)
			continue;
		/* (a word in -ed after a possessive qualifies a noun:
		 * "Syria's alleged role") */
		if (in(finite, w, n) || (!t->cap && n >= 5 &&
		    w[n - 2] == 'e' && w[n - 1] == 'd' &&
		    !xq_possessive(d, k - 1)) ||
		    (!t->cap && k > j + 1 && in(irregular_past, w, n)))
			return true;
		/* a verb in -s before its object: "shootings demands the" */
		if (!t->cap && n >= 4 && k > j + 1 && w[n - 1] == 's' &&
		    w[n - 2] != 's' && w[n - 2] != '\'' && k + 1 < end &&
		    d->tv[k + 1].kind == W_WORD && in(objects, d->text +
		    d->tv[k + 1].s, d->tv[k + 1].e - d->tv[k + 1].s))
			return true;
	}
	return false;
}

/*
 * Is the comma at c the end of a phrase set off after a subject: one that
 * opens after another comma with a relative pronoun, an article or a
 * capital ("Ana Ruiz, who chairs the inquiry, said", "Tillax, the ferry
 * firm, said")?
 */
static bool
set_off_before(const struct xdoc *d, size_t c, size_t t0)
{
	size_t p;

	for (p = c; p > t0 && !is_comma(d, p - 1); p--)
		;
	if (p <= t0 || p >= c || d->tv[p].kind != W_WORD)
		return false;
	return d->tv[p].cap || word_is(d, p, "who") || word_is(d, p,
	    "which") || word_is(d, p, "whose") || word_is(d, p, "a") ||
	    word_is(d, p, "an") || word_is(d, p, "the");
}

/*
 * Do the tokens from j to the sentence's end (its final stop aside) make
 * a few words and no clause: "..., reported AP news agency."?
 */
static bool
short_phrase_to_end(const struct xdoc *d, size_t j, size_t end)
{
	size_t k;

	while (end > j && d->tv[end - 1].kind == W_PUNCT)
		end--;
	if (end <= j || end - j > 6)
		return false;
	for (k = j; k < end; k++) {
		const char *w = d->text + d->tv[k].s;
		size_t n = d->tv[k].e - d->tv[k].s;

		/* no verb: "said parents still want ..." is a clause */
		if (d->tv[k].kind != W_WORD || d->tv[k].inq ||
		    (!d->tv[k].cap && (is_cue(w, n) || in(finite, w, n) ||
		    xq_irregular_past(w, n) || (n > 4 && w[n - 2] == 'e' &&
		    w[n - 1] == 'd'))))
			return false;
	}
	return !clause_at(d, j - 1, end);
}

bool
xq_lead_participle(const struct xdoc *d, size_t i, size_t t0)
{
	size_t n = d->tv[i].e - d->tv[i].s;

	return i == t0 + 1 && d->tv[t0].cap && n > 4 &&
	    memcmp(d->text + d->tv[i].e - 3, "ing", 3) == 0 &&
	    (word_is(d, t0, "After") || word_is(d, t0, "Before") ||
	    word_is(d, t0, "While") || word_is(d, t0, "Since") ||
	    word_is(d, t0, "Despite") || word_is(d, t0, "Besides") ||
	    word_is(d, t0, "In") || word_is(d, t0, "By") ||
	    word_is(d, t0, "Upon") || word_is(d, t0, "When"));
}

/* A finite verb within the first words from token a (a itself too). */
static bool
clause_from(const struct xdoc *d, size_t a, size_t end)
{
	return a > 0 && clause_at(d, a - 1, end);
}

/*
 * Does a clause open at token j after a cue of clause_cues: a finite verb
 * within the first words, a subject pronoun ("suggest we move on") or a
 * figure ("suggests 69% of firms are ...")?
 */
static bool
clause_next(const struct xdoc *d, size_t j, size_t end)
{
	static const char *const pronouns[] = {
		"we", "they", "he", "she", "I", "you", NULL
	};

	return j < end && d->tv[j].kind == W_WORD && (clause_from(d, j, end) ||
	    in(pronouns, d->text + d->tv[j].s, d->tv[j].e - d->tv[j].s) ||
	    (d->text[d->tv[j].s] >= '0' && d->text[d->tv[j].s] <= '9'));
}

/*
 * After a cue and "when" at token j: where the report starts.  After
 * "that" ("said when she resigned that nothing had changed"); at "when"
 * itself where a comma ends the time and a clause follows ("said when the
 * deal closes, prices will fall"); 0 where the sentence ends with the time
 * ("said when he arrived").
 */
static size_t
when_report(const struct xdoc *d, size_t j, size_t end)
{
	size_t k;

	/* a time of at most 30 words */
	for (k = j + 1; k + 1 < end && k < j + 30; k++) {
		if (d->tv[k].inq)
			return 0;
		if (word_is(d, k, "that"))
			return k + 1;
		if (is_comma(d, k))
			return clause_at(d, k + 1, end) ? j : 0;
		if (d->tv[k].kind == W_PUNCT && d->text[d->tv[k].s] != '\'' &&
		    d->text[d->tv[k].s] != '-')
			return 0;
	}
	return 0;
}

/* Verbs with a hearer before what they report: "told reporters ...". */
static const char *const tell_cues[] = {
	"told", "tells", "tell", "telling", "assured", "assures", "assuring",
	"informed", "informs", "informing", "reminded", "reminds",
	"reminding", "warned", "warns", "warning", NULL
};

static size_t tell_hearer(const struct xdoc *, size_t, size_t);

/* Words that open the reported clause after a hearer, not part of it. */
static const char *const clause_subjects[] = {
	"he", "she", "it", "they", "we", "I", "you", "there", "this",
	"these", "those", "his", "her", "its", "their", "our", "my", "Mr",
	"Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", NULL
};

/* What a channel broadcasts or prints, after its name: "Radio Carrow's
 * Morning Call programme". */
static const char *const media_nouns[] = {
	"programme", "programmes", "program", "show", "newspaper", "paper",
	"magazine", "website", "podcast", "channel", "station", "broadcast",
	"bulletin", "column", NULL
};

/* A number inside a channel's name: "Radio 4", "Channel 5's". */
static bool
name_number(const struct xdoc *d, size_t k)
{
	return d->tv[k].kind == W_WORD && !d->tv[k].inq &&
	    d->text[d->tv[k].s] >= '0' && d->text[d->tv[k].s] <= '9' &&
	    d->tv[k].e - d->tv[k].s <= 4;
}

/*
 * A programme or a person named after a channel's possessive at token p
 * ("Radio 4's Today programme", "the Carrow Post's website", "Radio 4's
 * Today the government ...", "Tillax's Tom Hale the plan ..."):
 * capitalised words, then a word for a programme (the hearer ends after
 * it) or a word opening the clause (the hearer ends before it).  Returns
 * the token after the hearer, 0 when the words do not fit.
 */
static size_t
programme_after(const struct xdoc *d, size_t p, size_t end)
{
	size_t c;

	if (!xq_possessive(d, p) || (!d->tv[p].cap && !name_number(d, p)))
		return 0;
	for (c = p + 1; c < end && c < p + 6 && d->tv[c].kind == W_WORD &&
	    !d->tv[c].inq; c++) {

		if (xq_tok_in_lower(d, c, 16, media_nouns))
			return c + 1;
		if (!d->tv[c].cap)
			break;
	}
	return c > p + 1 && c < end && d->tv[c].kind == W_WORD &&
	    !d->tv[c].inq && (word_is(d, c, "the") || word_is(d, c, "a") ||
	    in(clause_subjects, d->text + d->tv[c].s,
	    d->tv[c].e - d->tv[c].s)) ? c : 0;
}

/*
 * The hearer after a tell verb at token j: a pronoun, "reporters", a
 * name of capitalised words, or "the"/"a" and up to two words ("the
 * BBC", "a news conference"), and a programme after a channel's
 * possessive ("BBC Radio 4's Today programme").  Returns the token after
 * it (j when none).
 */
static size_t
tell_object(const struct xdoc *d, size_t j, size_t end)
{
	size_t k = tell_hearer(d, j, end), p, r;

	for (p = j; p < k; p++)
		if ((r = programme_after(d, p, end)) != 0)
			return r;
	return k;
}

/* Does a bidding open at token b, after a hearer: "to" and a verb in
 * lower case, or "not to", "never to" ("told them never to speak")? */
static bool
directive_to(const struct xdoc *d, size_t b, size_t end)
{
	/* words after "to" that open a noun's phrase, not a verb: "told
	 * him to his face", "to 10 percent" */
	static const char *const not_verbs[] = {
		"the", "a", "an", "his", "her", "their", "its", "my", "our",
		"your", "this", "that", "these", "those", "him", "them", "me",
		"us", "you", "whom", "what", "which", "some", "any", "all",
		"each", "every", "no", "one", "date", NULL
	};
	const char *w;

	if (b < end && (word_is(d, b, "not") || word_is(d, b, "never")))
		b++;
	if (b + 1 >= end || !word_is(d, b, "to") || d->tv[b + 1].kind !=
	    W_WORD || d->tv[b + 1].cap || d->tv[b + 1].inq)
		return false;
	w = d->text + d->tv[b + 1].s;
	return !(*w >= '0' && *w <= '9') && !in(not_verbs, w,
	    d->tv[b + 1].e - d->tv[b + 1].s);
}

/* tell_object() without the programme after a channel's possessive. */
static size_t
tell_hearer(const struct xdoc *d, size_t j, size_t end)
{
	static const char *const hearers[] = {
		"him", "her", "them", "us", "me", "you", "reporters",
		"journalists", "lawmakers", "parliament", "supporters",
		"voters", "listeners", "viewers", "investors", "analysts",
		"media", "staff", "delegates", "colleagues", "students",
		"members", "jurors", "workers", "employees", "shareholders",
		"fans", "friends", "guests", NULL
	};
	size_t k = j, lim;

	if (j >= end || d->tv[j].kind != W_WORD || d->tv[j].inq)
		return j;
	if (in(hearers, d->text + d->tv[j].s, d->tv[j].e - d->tv[j].s))
		return j + 1;
	/* after an owner three words: "his monthly press conference" */
	lim = in(owners, d->text + d->tv[j].s, d->tv[j].e - d->tv[j].s) ?
	    j + 4 : j + 3;
	if (word_is(d, j, "the") || word_is(d, j, "a") || word_is(d, j, "an") ||
	    lim == j + 4) {
		/* no subject, title or determiner that opens the clause as
		 * the second word: "the BBC she would", "the BBC Mr Hale
		 * would", "the BBC this was", "his aides the plan was";
		 * nor a bidding's "to": "the staff to stay", "his side
		 * not to" */
		for (k = j + 1; k < end && k < lim && d->tv[k].kind == W_WORD &&
		    !word_is(d, k, "that") && !word_is(d, k, "who") &&
		    (k == j + 1 ||
		    (!in(clause_subjects, d->text + d->tv[k].s,
		    d->tv[k].e - d->tv[k].s) && !word_is(d, k, "in") &&
		    !word_is(d, k, "at") && !word_is(d, k, "on") &&
		    !word_is(d, k, "to") && !word_is(d, k, "the") &&
		    !word_is(d, k, "a") && !word_is(d, k, "an") &&
		    !word_is(d, k, "not") && !word_is(d, k, "never"))); k++)
			;	/* (not "an audience in the UK": a place) */
		/* "the Treasury Select Committee that": a name runs on to
		 * "that" (not "told the BBC Mr Campbell would ...") */
		if (k > j + 1 && d->tv[k - 1].cap) {
			size_t r = k;

			while (r < end && r < j + 7 && d->tv[r].kind == W_WORD &&
			    d->tv[r].cap && !d->tv[r].inq)
				r++;
			if (r > k && word_is(d, r, "that"))
				k = r;
		}
		return k > j + 1 ? k : j;
	}
	while (k < end && k < j + 3 && d->tv[k].kind == W_WORD &&
	    (d->tv[k].cap || (k > j && name_number(d, k))) && !d->tv[k].inq)
		k++;
	/* a programme's title after its channel: "told Radio Carrow's
	 * "Morning Call" that" */
	if (k > j && k < end && (word_is(d, k, "'s") ||
	    word_is(d, k, "\xe2\x80\x99s")))
		k++;
	if (k > j && k + 1 < end && xq_possessive(d, k - 1) &&
	    d->tv[k].kind != W_WORD && d->tv[k].kind != W_PUNCT) {
		size_t c;

		for (c = k + 1; c < end && c < k + 7 && d->tv[c].kind ==
		    W_WORD && d->tv[c].cap; c++)
			;
		if (c > k + 1 && c < end && d->tv[c].kind != W_WORD &&
		    d->tv[c].kind != W_PUNCT)
			return c + 1;
	}
	return k;
}

/* Time words after a cue: "said Monday", "said earlier this week". */
static const char *const time_words[] = {
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", "today", "yesterday", "earlier", "later", "recently",
	"again", "also", "on", "last", "week", "month", "night", "morning",
	"evening", "afternoon", "this", NULL
};

/* Prepositions that open a phrase of place, time or means after a cue:
 * "said at a rally", "said via email", "said in an interview". */
static const char *const cue_preps[] = {
	"at", "in", "on", "during", "via", "before", "after", "over", "by",
	"from", "through", "outside", NULL
};

/* Time words and "in a statement" after a cue: the token after them. */
static size_t
skip_words(const struct xdoc *d, size_t j, size_t end)
{
	size_t k = j;

	for (;;) {
		if (k + 2 < end && word_is(d, k, "in") && (word_is(d, k + 1,
		    "a") || word_is(d, k + 1, "an")) && (word_is(d, k + 2,
		    "statement") || word_is(d, k + 2, "interview") ||
		    word_is(d, k + 2, "tweet") || word_is(d, k + 2, "speech"))) {
			k += 3;
			continue;
		}
		if (k < end && k < j + 6 && d->tv[k].kind == W_WORD &&
		    in(time_words, d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s)) {
			k++;
			continue;
		}
		break;
	}
	return k;
}

/* A name at token j: a capitalised word, or "the" and one. */
static bool
name_next(const struct xdoc *d, size_t j, size_t end)
{
	if (j < end && word_is(d, j, "the"))
		j++;
	return j < end && d->tv[j].kind == W_WORD && d->tv[j].cap;
}

/* Heads of a speaker named after an inverted cue (", said the report."). */
static const char *const sources[] = {
	"officials", "official", "analysts", "analyst", "experts",
	"expert", "sources", "source", "police", "witnesses", "residents",
	"critics", "economists", "aides", "aide", "diplomats", "lawyers",
	"doctors", "scientists", "researchers", "observers", "insiders",
	"campaigners", "activists", "executives", "traders",
	"authorities", "officers", "spokesman", "spokeswoman",
	"spokesperson", "survey", "study", "report", "poll", "research",
	"paper", "newspaper", "magazine", "watchdog", "union", "group",
	"company", "firm", "council", "board", "committee", "ministry",
	"department", "agency", "government", "court", "panel",
	"think-tank", "organisation", "organization", "charity",
	"statement", "website", "club", "team", "campaign", "party",
	"correspondent", "editor",
	NULL
};

/*
 * A speaker after the inverted cue at token i: a name, or a phrase opened
 * by a determiner or a plural of people, with a noun for a person or a
 * source in its first words and no verb after it: ", said a spokesman.",
 * ", said one source in the room.", ", said officials at the port.", ",
 * the survey says." (not ", said the plan would fail.", ", reported a
 * rise in sales.").  After a verb of telling the phrase is the hearer.
 */
static bool
speaker_next(const struct xdoc *d, size_t i, size_t end)
{
	static const char *const openers[] = {
		"a", "an", "the", "one", "two", "three", "several", "another",
		"some", "many", "other", NULL
	};
	const char *w;
	size_t j = i + 1, k, n;

	if (name_next(d, j, end))
		return true;
	if (j + 1 >= end || d->tv[j].kind != W_WORD || d->tv[j].inq ||
	    in(tell_cues, d->text + d->tv[i].s, d->tv[i].e - d->tv[i].s))
		return false;
	w = d->text + d->tv[j].s;
	n = d->tv[j].e - d->tv[j].s;
	if (in(openers, w, n))
		j++;
	for (k = j; k < end && k < j + 4 && d->tv[k].kind == W_WORD &&
	    !d->tv[k].inq; k++) {
		w = d->text + d->tv[k].s;
		n = d->tv[k].e - d->tv[k].s;
		if (in(sources, w, n) || (!d->tv[k].cap &&
		    xq_agent_suffix(w, n)))
			return !clause_from(d, k + 1, end);
	}
	return false;
}

bool
xq_agent_suffix(const char *w, size_t n)
{
	return n > 4 && (memcmp(w + n - 2, "er", 2) == 0 ||
	    memcmp(w + n - 2, "or", 2) == 0 || memcmp(w + n - 3, "ist", 3) ==
	    0 || memcmp(w + n - 3, "man", 3) == 0 || memcmp(w + n - 3, "ian",
	    3) == 0);
}

/* Only a name from token j to the sentence's end: ", noted Ruth Adeyemi." */
static bool
name_to_end(const struct xdoc *d, size_t j, size_t end)
{
	size_t k;

	if (word_is(d, j, "the"))
		j++;
	for (k = j; k < end && k < j + 7; k++)
		if (d->tv[k].kind == W_WORD ? !d->tv[k].cap &&
		    !word_is(d, k, "'s") && !word_is(d, k, "\xe2\x80\x99s") :
		    d->text[d->tv[k].s] != '.')
			break;
	while (k < end && d->tv[k].kind == W_PUNCT)
		k++;
	return k >= end;
}

/*
 * A name from token j to the sentence's end ("Dr Okoro."), or a
 * description and a name, eight words at most and no verb among them:
 * "BBC labour affairs correspondent Tom Hale."
 */
static bool
titled_name_to_end(const struct xdoc *d, size_t j, size_t end)
{
	size_t k, e = end;

	if (name_to_end(d, j, end))
		return true;
	while (e > j && d->tv[e - 1].kind == W_PUNCT)
		e--;
	if (e <= j + 1 || e > j + 8 || !d->tv[e - 1].cap ||
	    !d->tv[e - 2].cap)
		return false;
	for (k = j; k < e; k++) {
		const char *w = d->text + d->tv[k].s;
		size_t n = d->tv[k].e - d->tv[k].s;

		if (d->tv[k].kind != W_WORD || d->tv[k].inq)
			return false;
		if (!d->tv[k].cap && (in(finite, w, n) || in(irregular_past, w,
		    n) || (n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd') ||
		    xq_is_cue_any(w, n)))
			return false;
	}
	return true;
}

/*
 * Does a short source run from j to the end of the sentence, words only
 * and a full stop: "according to the Carrow Post." (not "according to
 * the Post, which ...")?
 */
static bool
source_to_end(const struct xdoc *d, size_t j, size_t end)
{
	size_t k;

	for (k = j; k < end && k < j + 10 && d->tv[k].kind == W_WORD &&
	    !d->tv[k].inq && !word_is(d, k, "that") &&
	    !xq_is_cue(d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s); k++)
		;
	return k > j && k + 1 == end && d->tv[k].kind == W_PUNCT &&
	    d->text[d->tv[k].s] == '.';
}

/* Is there a quotation mark, or a word in quotation, in tokens a..b-1? */
static bool
marks_in(const struct xdoc *d, size_t a, size_t b)
{
	for (; a < b; a++)
		if (d->tv[a].inq || d->tv[a].kind >= W_OPEN)
			return true;
	return false;
}

/*
 * Does the reported clause at token a open with a quotation that stops
 * before the clause does: 'said that "a bomb" had gone off'?  Then the
 * clause is mixed speech, not a direct quotation introduced by "that".
 */
static bool
quote_opens_clause(const struct xdoc *d, size_t a, size_t end)
{
	size_t k;

	if (d->tv[a].kind != W_OPEN && d->tv[a].kind != W_AMBIG)
		return false;
	for (k = a + 1; k < end && d->tv[k].inq && d->tv[k].kind == W_WORD;
	    k++)
		;
	while (k < end && d->tv[k].inq && d->tv[k].kind == W_PUNCT)
		k++;
	/* k is the closing mark: words of the clause go on after it */
	return k + 1 < end && d->tv[k].inq && d->tv[k].kind != W_WORD &&
	    d->tv[k + 1].kind == W_WORD && !d->tv[k + 1].inq;
}

/*
 * After the quoted words that open at a, a verb of the clause they open
 * ('"budget reforms" and unpaid taxes would pay'), not more quoted words
 * ('"yes" and "no"').
 */
static bool
finite_after_marks(const struct xdoc *d, size_t a, size_t end)
{
	size_t k;

	for (k = a + 1; k < end && d->tv[k].inq; k++)
		;
	for (; k < end && !clause_end(d, k, end); k++)
		if (d->tv[k].kind == W_WORD && !d->tv[k].inq &&
		    in(finite, d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s))
			return true;
	return false;
}

/* Words that open a clause of their own after a comma. */
static const char *const subordinators[] = {
	"as", "while", "because", "after", "before", "when", "amid", "though",
	"although", "since", "despite", "even", NULL
};

/* Is a word of [a, b) one that opens a clause of its own, or "until" or
 * "if" ("told a dispatcher before police arrived")? */
static bool
sub_in(const struct xdoc *d, size_t a, size_t b)
{
	for (; a < b; a++)
		if (d->tv[a].kind == W_WORD && (in(subordinators, d->text +
		    d->tv[a].s, d->tv[a].e - d->tv[a].s) ||
		    word_is(d, a, "until") || word_is(d, a, "if")))
			return true;
	return false;
}


/* Verbs of a channel passing on what someone said: "quoted X as saying". */
static const char *const passing[] = {
	"reported", "reports", "quoted", "quotes", "cited", NULL
};

/* "reported": a medium passing on what was said, not saying it. */
static bool
channel_cue(const struct xdoc *d, size_t i)
{
	return in(passing, d->text + d->tv[i].s, d->tv[i].e - d->tv[i].s) ||
	    word_is(d, i, "report");
}

bool
xq_channel_object(const struct xdoc *d, size_t k, size_t end, size_t *a,
    size_t *b)
{
	static const char *const openers[] = {
		"him", "her", "them", "the", "a", "an", "one", "its", "his",
		"several", "some", "two", "three", "many", "other", NULL
	};
	size_t j;

	if (!in(passing, d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s) ||
	    k + 2 >= end || d->tv[k + 1].kind != W_WORD)
		return false;
	/* "quoted prosecutor Tom Hale as saying": a title before a name */
	if (!d->tv[k + 1].cap && !in(openers, d->text + d->tv[k + 1].s,
	    d->tv[k + 1].e - d->tv[k + 1].s) && !(d->tv[k + 2].kind ==
	    W_WORD && d->tv[k + 2].cap && !d->tv[k + 2].inq))
		return false;
	for (j = k + 1; j < end && j < k + 8 && d->tv[j].kind == W_WORD &&
	    !d->tv[j].inq && !word_is(d, j, "as") && !word_is(d, j, "saying");
	    j++)
		;
	*a = k + 1;
	*b = j;
	/* '"...," the paper quotes a source close to the firm.': the one
	 * quoted, to the sentence's end */
	if ((word_is(d, k, "quotes") || word_is(d, k, "quoted")) &&
	    (j >= end || (j + 1 == end && d->tv[j].kind == W_PUNCT)))
		return *b > *a;
	if (j < end && word_is(d, j, "as"))
		j++;
	if (j >= end || !word_is(d, j, "saying"))
		return false;
	/* then the end, or a phrase of how or where ("via his lawyers") */
	for (j++; j < end; j++)
		if (d->tv[j].inq || d->tv[j].kind >= W_OPEN ||
		    (d->tv[j].kind == W_WORD && (word_is(d, j, "that") ||
		    is_cue(d->text + d->tv[j].s, d->tv[j].e - d->tv[j].s))))
			return false;
	return *b > *a;
}

/*
 * After the cue at i, a name, a comma and a description of the speaker
 * that runs to the end of the sentence, relative clauses and all: ",
 * said Ana Ruiz, a longtime adviser to the family who oversees the
 * campaign."  No quotation in it and no second report ("saying").
 */
static bool
appositive_tail(const struct xdoc *d, size_t i, size_t end)
{
	static const char *const dets[] = {
		"a", "an", "the", "his", "her", "their", "its", "one", NULL
	};
	size_t k;

	if (end - i > 40 || !name_next(d, i + 1, end))
		return false;
	/* the name, initials' stops and all ("Ana J. Ruiz") */
	for (k = i + 1; k < end && k < i + 8 && !d->tv[k].inq &&
	    (d->tv[k].kind == W_WORD ? d->tv[k].cap :
	    d->text[d->tv[k].s] == '.' && k + 1 < end &&
	    d->tv[k + 1].kind == W_WORD); k++)
		;
	if (k == i + 1 || k + 2 >= end || d->tv[k].kind != W_PUNCT ||
	    d->text[d->tv[k].s] != ',' || !in(dets, d->text + d->tv[k + 1].s,
	    d->tv[k + 1].e - d->tv[k + 1].s))
		return false;
	for (k += 2; k < end; k++)
		if (d->tv[k].inq || d->tv[k].kind >= W_OPEN ||
		    word_is(d, k, "saying") || word_is(d, k, "adding"))
			return false;
	return true;
}

/*
 * Does a clause or phrase of its own open at token k, after the comma
 * that ends an attribution: a subordinator, "with", "but", or a verb in
 * -ing that is no cue ("moving out of ...", not "adding" or "according")?
 */
static bool
own_phrase_at(const struct xdoc *d, size_t k)
{
	const char *w = d->text + d->tv[k].s;
	size_t n = d->tv[k].e - d->tv[k].s;

	if (in(subordinators, w, n) || word_is(d, k, "with") ||
	    word_is(d, k, "but"))
		return true;
	return d->tv[k].kind == W_WORD && !d->tv[k].cap && n > 5 &&
	    memcmp(w + n - 3, "ing", 3) == 0 && !word_is(d, k, "according") &&
	    !is_cue(w, n);
}

/* Is token k a cue in -ing: "adding", "saying", "insisting"? */
static bool
ing_cue_at(const struct xdoc *d, size_t k)
{
	const char *w = d->text + d->tv[k].s;
	size_t n = d->tv[k].e - d->tv[k].s;

	return d->tv[k].kind == W_WORD && !d->tv[k].cap && n > 4 &&
	    memcmp(w + n - 3, "ing", 3) == 0 && is_cue(w, n);
}

/*
 * Does the sentence end soon after the cue at i, with nothing after it
 * that reports a clause of its own: ", officials said.", ", said Smith,
 * an economist at the bank.", ", she said in an interview on Monday."
 */
static bool
closing_tail(const struct xdoc *d, size_t i, size_t end)
{
	size_t k;
	const char *w;
	size_t n;

	if (i + 3 >= end)
		return true;	/* ", officials said." */
	/* ", leaders said Friday, as they ...": a clause of its own after a
	 * comma is no part of the attribution */
	/* (and so is a phrase of "with" or of a verb in -ing, and a clause
	 * of "but": ", said the survey, with nearly 40% choosing ...", ",
	 * said the report, moving out of ...", ", said Tom Hale, but he
	 * ...") */
	for (k = i + 1; k + 1 < end && k < i + 10; k++)
		if (is_comma(d, k) &&
		    (own_phrase_at(d, k + 1) || (k == i + 1 &&
		    ing_cue_at(d, k + 1)))) {
			end = k + 1;
			break;
		}
	/* ", he said, adding that ...": a phrase of its own straight after
	 * the cue */
	if (end == i + 2)
		return true;
	if (end - i > 14 && appositive_tail(d, i, end))
		return true;
	/* "The owners, the Tellby family, are said to be considering an
	 * offer": hearsay in the passive, the words before no report */
	if (i > 0 && word_is(d, i + 1, "to") && in(xq_be_forms, d->text +
	    d->tv[i - 1].s, d->tv[i - 1].e - d->tv[i - 1].s))
		return false;
	if (end - i > 14 || (i > 0 && word_is(d, i - 1, "to")) ||
	    d->tv[i + 1].kind != W_WORD || word_is(d, i, "believe") ||
	    word_is(d, i, "believes") || word_is(d, i, "think") ||
	    word_is(d, i, "thinks"))
		return false;
	/* the speaker after the cue, or a phrase of time, place or manner */
	w = d->text + d->tv[i + 1].s;
	n = d->tv[i + 1].e - d->tv[i + 1].s;
	if (!speaker_next(d, i, end) && !in(cue_preps, w, n) &&
	    !in(time_words, w, n) && !word_is(d, i + 1, "to") &&
	    !word_is(d, i + 1, "with") && !(end - i <= 8 && i > 1 &&
	    in(tell_cues, d->text + d->tv[i].s, d->tv[i].e - d->tv[i].s) &&
	    !in(xq_be_forms, d->text + d->tv[i - 1].s, d->tv[i - 1].e -
	    d->tv[i - 1].s) && !(word_is(d, i - 1, "have") &&
	    word_is(d, i - 2, "to"))))
		return false;	/* (", she told a Commons inquiry.": the
				 * hearer, the words checked below; not
				 * "we are told", "seems to have told") */
	for (k = i + 1; k < end; k++) {
		const struct xtok *t = &d->tv[k];

		if (t->inq)
			return false;
		if (t->kind != W_WORD)
			continue;
		if (word_is(d, k, "that") || word_is(d, k, "adding") ||
		    word_is(d, k, "saying") || (!t->cap && is_cue(d->text +
		    t->s, t->e - t->s) && !in(sources, d->text + t->s,
		    t->e - t->s)))
			return false;
	}
	return true;
}

/*
 * Is the cue at i a verb of another sense with the particle after it:
 * "called off the strike", "calling back cars", "showed up late",
 * "blasted over the bar"?
 */
static bool
phrasal(const struct xdoc *d, size_t i)
{
	const char *w = d->text + d->tv[i].s;
	size_t n = d->tv[i].e - d->tv[i].s;

	if (n >= 4 && strncasecmp(w, "call", 4) == 0)
		return word_is(d, i + 1, "back") || word_is(d, i + 1, "off") ||
		    word_is(d, i + 1, "up") || word_is(d, i + 1, "in") ||
		    word_is(d, i + 1, "out");
	if (n >= 4 && strncasecmp(w, "show", 4) == 0)
		return word_is(d, i + 1, "up") || word_is(d, i + 1, "off");
	/* "found out last year when ..." */
	if ((n == 5 && strncasecmp(w, "found", 5) == 0) || (n >= 4 &&
	    strncasecmp(w, "find", 4) == 0))
		return word_is(d, i + 1, "out");
	/* a shot, not a word: "Berg blasted over the bar", "slams into
	 * the post" */
	if ((n >= 5 && strncasecmp(w, "blast", 5) == 0) || (n >= 4 &&
	    strncasecmp(w, "slam", 4) == 0))
		return word_is(d, i + 1, "over") || word_is(d, i + 1, "into") ||
		    word_is(d, i + 1, "wide") || word_is(d, i + 1, "past") ||
		    word_is(d, i + 1, "home") || word_is(d, i + 1, "through");
	return false;
}

/* What is won or held, not said, after "claimed" or "defended":
 * "claimed the title", "defended her crown". */
static const char *const prizes[] = {
	"title", "titles", "victory", "win", "crown", "gold", "silver",
	"bronze", "medal", "medals", "trophy", "prize", "seat", "seats",
	"place", "lives", "life", "pole", "points", "wicket", "wickets",
	"scalp", "award", "awards", "belt", "cup", NULL
};

/* Units of time: "spoke for about five minutes" says how long. */
static const char *const time_units[] = {
	"second", "seconds", "minute", "minutes", "hour", "hours", "day",
	"days", "week", "weeks", "month", "months", "year", "years", NULL
};

/* Words whose clause has a gap where a cue's object would be. */
static const char *const gap_heads[] = {
	"what", "whatever", "everything", "Everything", "anything",
	"What", "Whatever", NULL
};

/*
 * After a word outside marks before the cue at i, do the words around it
 * show another use: a comparison ("better than expected"), an adjective
 * ("the most promising act"), a free relative ("what she wants",
 * "Everything Hale says is a lie"), a participle set off or in the
 * passive ("The work, written for a wedding"), a passive before a clause
 * of time ("was discussed when ...")?
 */
static bool
another_use(const struct xdoc *d, size_t i, size_t t0)
{
	static const char *const degree[] = {
		"most", "more", "less", "least", "very", "so", "too", NULL
	};
	static const char *const when_words[] = {
		"when", "after", "before", "while", "as", "because", "since",
		"until", "during", NULL
	};
	const char *w = d->text + d->tv[i].s;
	const char *p = d->text + d->tv[i - 1].s;
	size_t n = d->tv[i].e - d->tv[i].s, pn = d->tv[i - 1].e -
	    d->tv[i - 1].s;

	if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && pn == 4 &&
	    memcmp(p, "than", 4) == 0)
		return true;
	if (in(degree, p, pn) && n > 5 && memcmp(w + n - 3, "ing", 3) == 0)
		return true;
	/* a free relative has a gap for the cue's object ("what it
	 * called a criminal attack" names its words) */
	if ((n < 4 || strncmp(w, "call", 4) != 0) && (in(gap_heads, p, pn) ||
	    (pn == 2 && memcmp(p, "to", 2) == 0 && i > t0 + 1 &&
	    word_is(d, i - 2, "what")) || (i > t0 + 1 &&
	    d->tv[i - 2].kind == W_WORD && !d->tv[i - 2].inq &&
	    in(gap_heads, d->text + d->tv[i - 2].s, d->tv[i - 2].e -
	    d->tv[i - 2].s))))
		return true;
	if (((n == 7 && memcmp(w, "written", 7) == 0) || (n == 6 &&
	    memcmp(w, "spoken", 6) == 0)) && ((pn == 1 && *p == ',') ||
	    in(xq_be_forms, p, pn)))
		return true;
	return xq_passive(d, i, t0) && i + 1 < d->nt &&
	    d->tv[i + 1].sent == d->tv[i].sent && in(when_words, d->text +
	    d->tv[i + 1].s, d->tv[i + 1].e - d->tv[i + 1].s);
}

/* Is the cue word at i the first half of a noun: "the Carrow Policy
 * Centre think tank"? */
bool
xq_think_tank(const struct xdoc *d, size_t i)
{
	return word_is(d, i, "think") && (word_is(d, i + 1, "tank") ||
	    word_is(d, i + 1, "tanks"));
}

/* Is token k an amount of change: "4%", "0.5 %", "3 percent", "12
 * points", "5 cents", "20 pence"? */
static bool
rise_amount(const struct xdoc *d, size_t k)
{
	static const char *const units[] = {
		"%", "percent", "per", "points", "point", "cents", "cent",
		"pence", "p", "basis", NULL
	};
	static const char *const after[] = {
		"to", "at", "in", "on", "against", "after", "while", "as",
		"and", "by", NULL
	};
	const char *w = d->text + d->tv[k].s;
	size_t n = d->tv[k].e - d->tv[k].s, m = k + 1;

	if (d->tv[k].inq || n == 0 || *w < '0' || *w > '9')
		return false;
	if (memchr(w, '%', n) == NULL) {
		if (m >= d->nt || d->tv[m].sent != d->tv[k].sent ||
		    !in(units, d->text + d->tv[m].s, d->tv[m].e - d->tv[m].s))
			return false;
		m += word_is(d, m, "per") || word_is(d, m, "basis") ? 2 : 1;
	}
	/* then the level reached, or nothing: not "20% of staff would" */
	return m >= d->nt || d->tv[m].sent != d->tv[k].sent ||
	    d->tv[m].kind != W_WORD || in(after, d->text + d->tv[m].s,
	    d->tv[m].e - d->tv[m].s);
}

/* Is token k a score added: "four conversions", "two more tries", "a
 * late penalty", "another goal"? */
static bool
score_added(const struct xdoc *d, size_t k)
{
	static const char *const counts[] = {
		"a", "an", "another", "one", "two", "three", "four", "five",
		"six", "seven", "eight", "nine", "ten", NULL
	};
	static const char *const scores[] = {
		"goal", "goals", "try", "tries", "conversion", "conversions",
		"penalty", "penalties", "wicket", "wickets", "run", "runs",
		"birdie", "birdies", "touchdown", "touchdowns", "basket",
		"baskets", "drop-goal", "header", "strike", NULL
	};
	size_t m;

	if (k >= d->nt || d->tv[k].inq || (!in(counts, d->text + d->tv[k].s,
	    d->tv[k].e - d->tv[k].s) && (d->text[d->tv[k].s] < '0' ||
	    d->text[d->tv[k].s] > '9')))
		return false;
	/* "two more", "a late", "a second": up to two words before the
	 * noun */
	for (m = k + 1; m < d->nt && m <= k + 3 && d->tv[m].sent ==
	    d->tv[k].sent && d->tv[m].kind == W_WORD && !d->tv[m].inq; m++)
		if (in(scores, d->text + d->tv[m].s, d->tv[m].e - d->tv[m].s))
			return true;
	return false;
}

/*
 * Does a name follow the naming verb at i and end its phrase there: "the
 * group called the Tillax Order was ...", "a duo called Hale & Berg,
 * with ...", "the film, called 06/05, opens"?  A name with more after it
 * is the first of two objects, a report: "called Hale a liar", "called
 * Hale \"reckless\"", "called Carrow's plan a failure".
 */
static bool
name_closes(const struct xdoc *d, size_t i)
{
	static const char *const closers[] = {
		"is", "was", "are", "were", "has", "had", "have", "will",
		"would", "which", "who", "that", "and", "in", "on", "at",
		"for", "with", "from", "by", "to", "of", "as", "after",
		"before", "when", "while", NULL
	};
	size_t k = i + 1, k0;

	if (word_is(d, k, "the"))
		k++;
	for (k0 = k; k < d->nt && k < k0 + 6 && d->tv[k].sent ==
	    d->tv[i].sent; k++) {
		/* the dot of "Mr." */
		if (k > k0 && d->tv[k].kind == W_PUNCT && d->text[d->tv[k].s] ==
		    '.' && d->tv[k].s == d->tv[k - 1].e && k + 1 < d->nt &&
		    d->tv[k + 1].sent == d->tv[i].sent && d->tv[k + 1].cap)
			continue;
		if (d->tv[k].kind != W_WORD || d->tv[k].inq ||
		    !(d->tv[k].cap || (d->text[d->tv[k].s] >= '0' &&
		    d->text[d->tv[k].s] <= '9')) || xq_possessive(d, k) ||
		    in(xq_weekdays, d->text + d->tv[k].s, d->tv[k].e -
		    d->tv[k].s))
			break;
	}
	if (k == k0 || (k < d->nt && k == k0 + 6))
		return false;
	if (k >= d->nt || d->tv[k].sent != d->tv[i].sent ||
	    d->tv[k].kind == W_PUNCT)
		return true;
	return d->tv[k].kind == W_WORD && !d->tv[k].cap && in(closers,
	    d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s);
}

/*
 * Does the "call" at i convene or summon rather than say: "called an
 * emergency meeting", "called a snap election", "called the hearing",
 * "called the band to the stage"?  Not "called for", "called on", "called
 * the vote a sham" (two objects), "called her vote a mistake" nor "called
 * the plan to cut jobs reckless".
 */
static bool
call_convenes(const struct xdoc *d, size_t i)
{
	static const char *const convened[] = {
		"meeting", "meetings", "election", "elections", "strike",
		"strikes", "vote", "referendum", "summit", "session",
		"conference", "hearing", "hearings", "truce", "ceasefire",
		"inquiry", "halt", "recess", "rally", "walkout", "ballot",
		NULL
	};
	static const char *const dets[] = {
		"the", "a", "an", "his", "her", "their", "its", "our", "my",
		NULL
	};
	size_t k = i + 1, m;

	if (d->tv[i].e - d->tv[i].s < 4 || strncasecmp(d->text + d->tv[i].s,
	    "call", 4) != 0 || word_is(d, k, "for") || word_is(d, k, "on") ||
	    word_is(d, k, "upon"))
		return false;
	if (word_is(d, k, "the") || word_is(d, k, "a") || word_is(d, k, "an"))
		k++;
	/* "called her vote ... a mistake" is someone's vote judged */
	for (m = k; m < d->nt && m < k + 3 && d->tv[m].sent == d->tv[i].sent &&
	    d->tv[m].kind == W_WORD && !d->tv[m].inq && !in(dets, d->text +
	    d->tv[m].s, d->tv[m].e - d->tv[m].s); m++)
		if (in(convened, d->text + d->tv[m].s, d->tv[m].e -
		    d->tv[m].s))
			return !(m + 1 < d->nt && (word_is(d, m + 1, "a") ||
			    word_is(d, m + 1, "an") || d->tv[m + 1].kind ==
			    W_OPEN || d->tv[m + 1].kind == W_AMBIG));
	for (m = i + 2; m + 1 < d->nt && m < i + 8 && d->tv[m].sent ==
	    d->tv[i].sent && d->tv[m].kind == W_WORD && !d->tv[m].inq; m++)
		if (word_is(d, m, "to"))
			return in(dets, d->text + d->tv[m + 1].s,
			    d->tv[m + 1].e - d->tv[m + 1].s);
	return false;
}

/*
 * Is the naming verb at i a passive with no one named as its agent:
 * "They are usually called green reports", "Police were called to the
 * house"; not "was called a liar by Hale"?  t0: the sentence's first
 * token.
 */
static bool
passive_naming(const struct xdoc *d, size_t i, size_t t0)
{
	size_t k = i;

	if (word_is(d, i + 1, "for") || word_is(d, i + 1, "on") ||
	    word_is(d, i + 1, "upon"))
		return false;
	/* "are usually called", "is often called" */
	if (k > t0 + 1 && d->tv[k - 1].kind == W_WORD && d->tv[k - 1].e -
	    d->tv[k - 1].s > 3 && d->text[d->tv[k - 1].e - 1] == 'y' &&
	    d->text[d->tv[k - 1].e - 2] == 'l')
		k--;
	else if (k > t0 + 1 && (word_is(d, k - 1, "often") || word_is(d,
	    k - 1, "also") || word_is(d, k - 1, "once") || word_is(d, k - 1,
	    "sometimes") || word_is(d, k - 1, "still")))
		k--;
	if (!(k > t0 && in(xq_be_forms, d->text + d->tv[k - 1].s,
	    d->tv[k - 1].e - d->tv[k - 1].s)))
		return false;
	for (k = i + 1; k < d->nt && d->tv[k].sent == d->tv[i].sent; k++)
		if (word_is(d, k, "by"))
			return false;
	return true;
}

/*
 * Does the naming verb at i ("called", "named", "dubbed") name, not
 * report: a thing's name after it ("a stream called Tellby Run", "its
 * phones called Seeker", "a mountain stream called Miracle Run"), "so
 * called", a name that ends the phrase ("the group called the Tillax Order
 * was banned"; also a call on the phone, "called Hale on Monday"), or a
 * passive with no agent?  t0: the sentence's first token.
 */
static bool
naming_use(const struct xdoc *d, size_t i, size_t t0)
{
	size_t k;

	if (i <= t0 || !(word_is(d, i, "called") || word_is(d, i, "named") ||
	    word_is(d, i, "dubbed")))
		return false;
	if (word_is(d, i, "called") && i > t0 + 1 && i + 1 < d->nt &&
	    d->tv[i + 1].kind == W_WORD && d->tv[i + 1].cap)
		for (k = i - 1; k > t0 && k + 5 > i && d->tv[k].kind ==
		    W_WORD && !d->tv[k].cap && !d->tv[k].inq; k--)
			if (k < i - 1 && (word_is(d, k, "a") || word_is(d, k,
			    "an") || word_is(d, k, "its") || word_is(d, k,
			    "their") || word_is(d, k, "his") || word_is(d, k,
			    "her")))
				return true;
	return word_is(d, i - 1, "so") || name_closes(d, i) ||
	    passive_naming(d, i, t0);
}

/*
 * Is the cue at i no report, in a set phrase or another sense: "Having
 * said that,", "That said,", "It goes without saying", "Needless to
 * say", "Let's say", "failed as predicted", "Do you know where ...",
 * "called into a show", "reported from Tellby", "a stream called Tellby
 * Run", "declined slightly", "spoke for about an hour"?  t0: the
 * sentence's first token.
 */
static bool
set_phrase(const struct xdoc *d, size_t i, size_t t0)
{
	const char *w = d->text + d->tv[i].s;
	size_t n = d->tv[i].e - d->tv[i].s, k;
	bool defend;

	if (i > t0 && word_is(d, i - 1, "having") && word_is(d, i + 1, "that"))
		return true;
	if (i > t0 && word_is(d, i - 1, "that") && i + 1 < d->nt &&
	    is_comma(d, i + 1) &&
	    (i - 1 == t0 || d->tv[i - 2].kind == W_PUNCT))
		return true;
	if (i > t0 + 1 && word_is(d, i - 1, "without") &&
	    (word_is(d, i - 2, "goes") || word_is(d, i - 2, "went") ||
	    word_is(d, i - 2, "go")))
		return true;
	if (i > t0 + 1 && word_is(d, i - 1, "to") &&
	    word_is(d, i - 2, "needless"))
		return true;
	if (i > t0 && (word_is(d, i - 1, "let's") || word_is(d, i - 1,
	    "let\xE2\x80\x99s") || (i > t0 + 1 && word_is(d, i - 1, "us") &&
	    word_is(d, i - 2, "let"))))
		return true;
	/* "as predicted", not "as Linde predicted" */
	if (i > t0 && word_is(d, i - 1, "as") && n > 2 && w[n - 2] == 'e' &&
	    w[n - 1] == 'd')
		return true;
	/* a question to the reader: "Do you know where ..." */
	if (i > t0 + 1 && word_is(d, i - 1, "you") && (word_is(d, i - 2, "do") ||
	    word_is(d, i - 2, "did") || word_is(d, i - 2, "would") ||
	    word_is(d, i - 2, "could") || word_is(d, i - 2, "can")))
		return true;
	/* "called into a show"; "reported from Tellby", but not "said
	 * from Tellby that ..." */
	if (word_is(d, i + 1, "into"))
		return true;
	if (word_is(d, i + 1, "from")) {
		for (k = i + 2; k < d->nt && k < i + 10 && d->tv[k].sent ==
		    d->tv[i].sent && !word_is(d, k, "that"); k++)
			;
		return !word_is(d, k, "that");
	}
	if (naming_use(d, i, t0) || call_convenes(d, i))
		return true;
	/* a change of amount: "declined slightly", "declined 3%"; not
	 * "declined firmly to say" */
	if (n == 8 && strncasecmp(w, "declined", 8) == 0 && i + 1 < d->nt &&
	    ((d->tv[i + 1].kind == W_WORD && d->tv[i + 1].e - d->tv[i + 1].s >
	    2 && d->text[d->tv[i + 1].e - 1] == 'y' &&
	    d->text[d->tv[i + 1].e - 2] == 'l' && !word_is(d, i + 2, "to")) ||
	    (d->text[d->tv[i + 1].s] >= '0' && d->text[d->tv[i + 1].s] <= '9')))
		return true;
	/* a rise or a score: "revenues added 4% to 142bn euros", "the pound
	 * added 0.5%", "added four conversions"; not "added 10 of the
	 * directors would pay" */
	if (n >= 3 && strncasecmp(w, "add", 3) == 0 && i + 1 < d->nt &&
	    (rise_amount(d, i + 1) || score_added(d, i + 1)))
		return true;
	if (xq_think_tank(d, i))
		return true;
	/* a part in a cast: "best supporting actress" */
	if (n == 10 && strncasecmp(w, "supporting", 10) == 0 && i + 1 < d->nt &&
	    (word_is(d, i + 1, "actor") || word_is(d, i + 1, "actress") ||
	    word_is(d, i + 1, "role") || word_is(d, i + 1, "cast") ||
	    word_is(d, i + 1, "act") || word_is(d, i + 1, "part")))
		return true;
	/* a prize won or held: "claimed her third title", "claimed
	 * victory", "defending champion", "defended her title" */
	defend = n >= 6 && strncasecmp(w, "defend", 6) == 0;
	if ((n >= 5 && strncasecmp(w, "claim", 5) == 0) || defend)
		for (k = i + 1; k < d->nt && k < i + 7 && d->tv[k].kind ==
		    W_WORD && !d->tv[k].inq && !word_is(d, k, "that") &&
		    !in(finite, d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s);
		    k++)
			if (in(prizes, d->text + d->tv[k].s, d->tv[k].e -
			    d->tv[k].s) || (defend && (word_is(d, k, "champion") ||
			    word_is(d, k, "champions"))))
				return true;
	/* how long: "spoke for about five minutes" (not "has said for
	 * years that") */
	if (word_is(d, i + 1, "for"))
		for (k = i + 2; k < d->nt && k < i + 6 && d->tv[k].kind ==
		    W_WORD && !d->tv[k].inq; k++)
			if (in(time_units, d->text + d->tv[k].s, d->tv[k].e -
			    d->tv[k].s))
				return !word_is(d, k + 1, "that");
	/* "learn to swim"; "responded by using ...": how, not what */
	if ((n >= 5 && strncmp(w, "learn", 5) == 0 && word_is(d, i + 1, "to")) ||
	    (n >= 7 && strncmp(w, "respond", 7) == 0 && word_is(d, i + 1, "by")))
		return true;
	return i > t0 && d->tv[i - 1].kind != W_OPEN && !d->tv[i - 1].inq &&
	    another_use(d, i, t0);
}

static bool add_indirect(struct xdoc *, size_t, size_t, size_t);

/*
 * ", officials said.", ", said Smith.", ", she said in an interview.": the
 * clause before the cue at i, which closes sentence si (tokens to end).
 */
static void
clause_before(struct xdoc *d, size_t si, size_t i, size_t end)
{
	size_t j, a, b, n, k, t0 = d->sv[si].t0;

	if (i <= t0 + 3 || !closing_tail(d, i, end))
		return;
	/* back to the comma, over a bracket after the name: ", Sen. Ana
	 * Ruiz (D-Carrow) said." */
	for (j = i, n = 0; j > t0 && n < 9; j--, n++) {
		if (d->tv[j - 1].kind == W_PUNCT && d->text[d->tv[j - 1].s] ==
		    ',')
			break;
		if (d->tv[j - 1].kind == W_PUNCT && d->text[d->tv[j - 1].s] ==
		    ')' && j == i) {
			for (b = j - 1; b > t0 && b + 6 > j &&
			    !(d->tv[b - 1].kind == W_PUNCT &&
			    d->text[d->tv[b - 1].s] == '('); b--)
				;
			if (b > t0 + 1 && d->tv[b - 1].kind == W_PUNCT &&
			    d->text[d->tv[b - 1].s] == '(')
				j = b;
		}
	}
	/* ", another mining company that had declared bankruptcy.": a
	 * relative clause, no attribution (not ", the WHO said.") */
	for (k = i; k > j && (word_is(d, k - 1, "had") || word_is(d, k - 1,
	    "has") || word_is(d, k - 1, "have")); k--)
		;
	if (k > j && !d->tv[k - 1].cap && (word_is(d, k - 1, "that") ||
	    word_is(d, k - 1, "which") || word_is(d, k - 1, "who")))
		return;
	/* not a clause joined by "and" (", and the board has asked the
	 * town to ..."), nor one of its own (", despite being told to");
	 * ", as Berg predicted." is an attribution; ", new jobs were
	 * added." is none */
	/* no passive infinitive ("the first to be announced.", "for new
	 * evidence to be admitted."), no clause of its own between the
	 * comma and the cue ("just before the decision was announced.",
	 * "which is why the data is closely observed."), no "added on" */
	for (k = i; k > j + 1 && adverb_ly(d, k - 1); k--)
		;
	if ((k > t0 + 1 && word_is(d, k - 1, "be") && word_is(d, k - 2,
	    "to")) || (word_is(d, i, "added") && word_is(d, i + 1, "on")))
		return;
	for (k = j; k < i; k++)
		if ((in(subordinators, d->text + d->tv[k].s, d->tv[k].e -
		    d->tv[k].s) && !word_is(d, k, "as")) || word_is(d, k,
		    "which") || word_is(d, k, "why"))
			return;
	if ((word_is(d, i, "added") && in(xq_be_forms, d->text + d->tv[i - 1].s,
	    d->tv[i - 1].e - d->tv[i - 1].s)) ||
	    (j < i && (word_is(d, j, "and") || word_is(d, j, "but"))))
		return;
	/* the comma must be there: "Fans following the case have asked to
	 * see ..." reports nothing before "asked" */
	if (j > t0 + 2 && is_comma(d, j - 1) && (i + 3 >= end && j < i ?
	    !d->tv[j - 2].inq :
	    !marks_in(d, t0, j - 1) && (j < i || speaker_next(d, i, end)))) {
		a = t0;
		if (d->tv[a].kind != W_WORD)
			a++;
		add_indirect(d, a, j - 1, i);
	}
}

/* Words that open a phrase or a clause set off before the main one. */
static const char *const lead_openers[] = {
	"After", "Before", "While", "Since", "Despite", "Besides", "Amid",
	"Following", "Given", "Unlike", "Although", "Though", "Because",
	"When", "If", "Once", "Until", "As", NULL
};

static bool is_dash(const struct xdoc *, size_t);

/*
 * Is the cue at i in a relative clause set off by commas or dashes (",
 * who said that ...,", " -- which notes that ... --"), or in a phrase or
 * a clause that opens the sentence?  Its report ends at the next comma or
 * dash, where the main clause goes on.
 */
/* Is token k a relative pronoun that opens a clause ("who", "which",
 * "who's")? */
static bool
relative_word(const struct xdoc *d, size_t k)
{
	return word_is(d, k, "who") || word_is(d, k, "which") ||
	    word_is(d, k, "who\xe2\x80\x99s") || word_is(d, k, "who's");
}

static bool
relative(const struct xdoc *d, size_t i, size_t t0)
{
	size_t k;

	for (k = i; k > t0 && k + 3 > i; k--)
		if (relative_word(d, k - 1) && k - 1 > t0 && (is_comma(d,
		    k - 2) || is_dash(d, k - 2)))
			return true;
	/* "After saying her foot was swollen, she was ...": a phrase that
	 * opens the sentence, its report up to the comma */
	if (xq_lead_participle(d, i, t0))
		return true;
	/* "Despite claims that the plan works, costs rose", "After he
	 * said the talks had failed, she left": a cue in a phrase or a
	 * clause that opens the sentence, set off by a comma after it */
	/* (also where a colon or a semicolon opens the clause: "pulsed
	 * through the gathering: As he welcomed the guests, ...") */
	for (k = i; k > t0 && k + 9 > i; k--)
		if (d->tv[k - 1].kind == W_PUNCT && !d->tv[k - 1].inq &&
		    (d->text[d->tv[k - 1].s] == ':' ||
		    d->text[d->tv[k - 1].s] == ';')) {
			t0 = k;
			break;
		}
	if (i > t0 + 1 && i < t0 + 9 && d->tv[t0].cap && in(lead_openers,
	    d->text + d->tv[t0].s, d->tv[t0].e - d->tv[t0].s)) {
		for (k = t0 + 1; k < i && !is_comma(d, k) && !d->tv[k].inq; k++)
			;
		return k == i;
	}
	return false;
}

/* Is the cue at i in a relative clause a dash opens (" - who has called
 * for ...")? */
static bool
dash_relative(const struct xdoc *d, size_t i, size_t t0)
{
	size_t k;

	for (k = i; k > t0 + 1 && k + 3 > i; k--)
		if (relative_word(d, k - 1) && is_dash(d, k - 2))
			return true;
	return false;
}

/* Does the comma or the dash at b end the report of a cue in a phrase
 * set off (relative())?  Not one inside quotation marks ("on,” she"). */
static bool
relative_end(const struct xdoc *d, size_t b, size_t end)
{
	size_t k;

	/* not a list's comma: "included about 100 Muslim, 100 Christian
	 * and 50 Jewish schools"; nor one before quoted words in lower case
	 * that go on with the report ("would owe $2bn, ''equal to ...''
	 * if") */
	if (is_comma(d, b) && b + 2 < end && d->tv[b + 1].kind == W_OPEN &&
	    d->tv[b + 2].kind == W_WORD && !d->tv[b + 2].cap)
		return false;
	if (is_comma(d, b)) {
		for (k = b + 1; k < end && k < b + 6 && d->tv[k].kind ==
		    W_WORD && !word_is(d, k, "and") && !word_is(d, k, "or");
		    k++)
			;
		if (k > b + 1 && k + 1 < end && (word_is(d, k, "and") ||
		    word_is(d, k, "or")) && d->tv[k + 1].kind == W_WORD)
			return false;
	}
	/* the comma inside the closing mark: 'After saying it was "too
	 * late," she left' ends after the mark, where the main clause's
	 * subject opens (not "combined,'' if they were") */
	if (b > 1 && d->tv[b - 1].kind == W_CLOSE && is_comma(d, b - 2) &&
	    b < end && d->tv[b].kind == W_WORD && !d->tv[b].inq &&
	    (d->tv[b].cap || subject_pronoun(d, b)))
		return true;
	return (is_comma(d, b) || is_dash(d, b)) &&
	    !d->tv[b].inq && !(b + 1 < end && d->tv[b + 1].kind >= W_CLOSE);
}


/* A reported clause from token a to the end of its clause. */
static bool
add_clause(struct xdoc *d, size_t a, size_t end, size_t cue)
{
	size_t b;
	bool rel = relative(d, cue, d->sv[d->tv[cue].sent].t0);

	for (b = a; b < end && !clause_end(d, b, end) && !(rel &&
	    relative_end(d, b, end)); b++)
		;
	return add_indirect(d, a, b, cue);
}

/* Words of a phrase of time besides the names of days and months: "said
 * Friday afternoon", "said last week", "disputes each year", "agreed over
 * the weekend". */
static const char *const date_words[] = {
	"morning", "afternoon", "evening", "night", "last", "next", "this",
	"week", "month", "year", "weekend", "today", "yesterday", "tomorrow",
	"earlier", "later", "early", "late", "on", "in", "each", "every",
	"over", "during", "for", "at", "the", "same", "period", "time",
	"first", "days", "weeks", "months", "years", "quarter", "season",
	"ago", NULL
};

/* Prepositions that open where or when something was said: "saying
 * during the debate, ..." */
static const char *const scene_preps[] = {
	"during", "at", "in", "on", "after", "before", "throughout", "from",
	"following", "outside", "inside", "over", NULL
};

/* Are the words of [a, b) all words of time ("Friday afternoon")? */
static bool
only_time(const struct xdoc *d, size_t a, size_t b)
{
	size_t i, n;
	const char *w;

	for (i = a; i < b; i++) {
		if (d->tv[i].kind != W_WORD)
			continue;
		w = d->text + d->tv[i].s;
		n = d->tv[i].e - d->tv[i].s;
		/* (also where it opens the sentence: "On Tuesday, ...") */
		if (!xq_tok_in_lower(d, i, 16, date_words) &&
		    !in(xq_weekdays, w, n) &&
		    !in(xq_months, w, n) && !(w[0] >= '0' && w[0] <= '9'))
			return false;
	}
	return true;
}

/* Is token k a word of capitals only ("WASHINGTON", "U.S")? */
static bool
all_caps(const struct xdoc *d, size_t k)
{
	size_t i, letters = 0;

	if (d->tv[k].kind != W_WORD)
		return false;
	for (i = d->tv[k].s; i < d->tv[k].e; i++) {
		unsigned char c = (unsigned char)d->text[i];

		if (c >= 'a' && c <= 'z')
			return false;
		letters += c >= 'A' && c <= 'Z';
	}
	return letters >= 2;
}

/*
 * A dateline opening the sentence at a ("WASHINGTON \xe2\x80\x95 ",
 * "BEIRUT, Lebanon \xe2\x80\x94 "): the token after its dash, or a.
 */
static size_t
after_dateline(const struct xdoc *d, size_t a, size_t b)
{
	size_t k = a, n;

	while (k < b && k < a + 3 && all_caps(d, k))
		k++;
	if (k == a)
		return a;
	if (k + 1 < b && d->tv[k].kind == W_PUNCT && d->text[d->tv[k].s] ==
	    ',')
		for (n = ++k; k < b && k < n + 3 && d->tv[k].kind == W_WORD &&
		    d->tv[k].cap; k++)
			;
	n = d->tv[k < b ? k : a].e - d->tv[k < b ? k : a].s;
	if (k + 2 < b && (dash_tok(&d->tv[k], d->text + d->tv[k].s) ||
	    (n == 3 && memcmp(d->text + d->tv[k].s, "\xe2\x80\x95", 3) ==
	    0) || (n == 1 && d->text[d->tv[k].s] == '-')))
		return k + 1;
	return a;
}

#define MAXREP	64	/* reports in one sentence */

/*
 * Is the punctuation that ends tokens [a, b) part of the report: a sign
 * ("rose 5%"), or a bracket closed inside it ("(the most since 2001)")?
 * Stops, commas, colons, dashes and the like are not.
 */
static bool
kept_punct(const struct xdoc *d, size_t a, size_t b)
{
	const char *p = d->text + d->tv[b - 1].s;
	size_t i;

	if (*p == '%')
		return true;
	if (*p == ')' || *p == ']') {
		for (i = b - 1; i > a; i--)
			if (d->tv[i - 1].kind == W_PUNCT &&
			    d->text[d->tv[i - 1].s] == (*p == ')' ? '(' : '['))
				return true;
	}
	return false;
}

/* Words that link a sentence to the one before, set off by a comma. */
static const char *const linkers[] = {
	"however", "meanwhile", "still", "indeed", "instead", "moreover",
	"nevertheless", "nonetheless", "furthermore", "also", "separately",
	"elsewhere", "additionally", "similarly", "likewise", "conversely",
	"otherwise", "overall", "ultimately", "finally", "yet", NULL
};

/*
 * Does a subject opened by a name or a determiner run from a comma to
 * the cue at i, five words at most, nothing but a possessive and
 * capitals or plain words between ("The Carrow Journal", "the book",
 * "Uganda's New Vision newspaper")?
 */
static bool
closing_subject(const struct xdoc *d, size_t i, size_t t0)
{
	size_t j;

	for (j = i; j > t0 && j + 6 > i && d->tv[j - 1].kind == W_WORD &&
	    !d->tv[j - 1].inq; j--)
		;
	if (j == i || j <= t0 + 1 || d->tv[j - 1].kind != W_PUNCT ||
	    d->text[d->tv[j - 1].s] != ',')
		return false;
	if (!(d->tv[j].cap || word_is(d, j, "the") || word_is(d, j, "a") ||
	    word_is(d, j, "an")))
		return false;
	for (; j < i; j++)
		if (word_is(d, j, "to") || word_is(d, j, "and") ||
		    word_is(d, j, "with") || word_is(d, j, "which") ||
		    word_is(d, j, "who") || word_is(d, j, "of"))
			return false;
	return true;
}

/* Add the clause [a, b) as an indirect quote; false when it says too
 * little to be one. */
static bool
add_indirect(struct xdoc *d, size_t a, size_t b, size_t cue)
{
	struct quote *q;
	size_t i, words = 0;

	while (b > a && d->tv[b - 1].kind == W_PUNCT && !kept_punct(d, a, b))
		b--;
	if (a == d->sv[d->tv[a].sent].t0) {

		a = after_dateline(d, a, b);
		/* "However, the rise may not last, they say.": the word that
		 * links the sentence to the one before is the writer's */
		if (a + 2 < b && is_comma(d, a + 1) && xq_tok_in_lower(d, a,
		    16, linkers))
			a += 2;
	}
	for (i = a; i < b; i++)
		if (d->tv[i].kind == W_WORD)
			words++;
	/* "lawmakers said Friday afternoon." */
	if (words < 2 || only_time(d, a, b))
		return false;
	/* 'saying during the debate last week, "That ..."': the words
	 * after the cue are where it was said, and the quotation after
	 * their comma is the report */
	if (!d->tv[a].cap && xq_tok_in_lower(d, a, 16, scene_preps)) {
		for (i = a + 1; i + 1 < b && i < a + 12 &&
		    d->tv[i].kind == W_WORD; i++)
			;
		if (i + 1 < b && is_comma(d, i) && d->tv[i + 1].kind == W_OPEN)
			return false;
	}
	/* "The officials questioned said ...": the cue before was a
	 * participle in the subject, and its report would open with the
	 * verb of the one after */
	if (cue + 1 == a && (word_is(d, a, "said") || word_is(d, a, "says") ||
	    word_is(d, a, "told") || word_is(d, a, "say")))
		return false;
	/* "hosted game shows and produced ...", "refused and within weeks
	 * was told ...": a report does not open with "and"; nor with the
	 * agent of a passive ("voted for by the public") */
	if (!d->tv[a].cap && (word_is(d, a, "and") || word_is(d, a, "or") ||
	    (word_is(d, a, "by") && (cue + 1 == a || (cue + 2 == a &&
	    word_is(d, cue + 1, "for"))))))
		return false;
	/* "said to reporters who had gathered": "who" past the words after
	 * the cue opens a clause about the hearer, not what was said ("asked
	 * who would pay" reports) */
	if (a > cue + 1 && (word_is(d, a, "who") || word_is(d, a, "whom")))
		return false;
	/* a sentence holds a few reports: past MAXREP it is a list of cue
	 * words, and every report running to its end would make the output
	 * grow with the square of the sentence */
	if (d->sv[d->tv[a].sent].nrep >= MAXREP)
		return false;
	d->sv[d->tv[a].sent].nrep++;
	q = xq_add(d);
	q->kind = K_INDIRECT;
	q->s = d->tv[a].s;
	q->e = d->tv[b - 1].e;
	q->qt0 = a;
	q->qt1 = b;
	q->has_cue = true;
	q->cs = d->tv[cue].s;
	q->ce = d->tv[cue].e;
	q->para = d->sv[d->tv[a].sent].para;
	return true;
}

static bool relative_that(const struct xdoc *, size_t, size_t);

/*
 * The object of a cue at token j, where it is a noun of stance and its
 * clause ("expressed concern that the pier ...", "voiced his hope that
 * ..."): the token after "that"; else j.
 */
static size_t
stance_that(const struct xdoc *d, size_t j, size_t end)
{
	static const char *const stances[] = {
		"concern", "concerns", "hope", "hopes", "fear", "fears",
		"confidence", "doubt", "doubts", "belief", "optimism",
		"frustration", "worry", "worries", "regret", "surprise",
		"anger", "dismay", "view", "conviction", "suspicion",
		"suspicions", NULL
	};
	/* determiners and adjectives before the noun */
	static const char *const before[] = {
		"his", "her", "their", "its", "our", "my", "the", "a", "some",
		"deep", "serious", "grave", "growing", "strong", "great", NULL
	};
	size_t k = j;

	while (k < end && k < j + 2 && d->tv[k].kind == W_WORD &&
	    in(before, d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s))
		k++;
	return k + 2 < end && d->tv[k].kind == W_WORD && in(stances,
	    d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s) &&
	    word_is(d, k + 1, "that") && d->tv[k + 2].kind == W_WORD &&
	    !relative_that(d, k + 1, end) ? k + 2 : j;
}

/* Verbs of saying that name whom they speak of with "of": "said of the
 * mayor that she ...". */
static const char *const say_of[] = {
	"said", "says", "say", "saying", "wrote", "writes", "remarked",
	"joked", "added", NULL
};

/* Does a span of time follow "for" at token j: "years", "months", "the
 * first time", "some time", "decades"? */
static bool
for_time(const struct xdoc *d, size_t j, size_t end)
{
	static const char *const spans[] = {
		"years", "months", "weeks", "days", "decades", "hours", "time",
		"ages", "while", "long", NULL
	};
	size_t k;

	for (k = j; k < end && k < j + 3 && d->tv[k].kind == W_WORD; k++)
		if (in(spans, d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s))
			return true;
	return false;
}

/* Skip time words after a cue: "said Monday that", "told reporters that". */
static size_t
skip_after_cue(const struct xdoc *d, size_t j, size_t end)
{
	static const char *const skip[] = {
		"on", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
		"Saturday", "Sunday", "today", "yesterday", "earlier", "later",
		"recently", "previously", "last", "week", "month", "year",
		"night", "morning", "evening", "afternoon", "reporters",
		"journalists", "the", "press", "again", "repeatedly", "also",
		"then", "in", "a", "statement", "interview", "this", "out",
		NULL
	};
	size_t k = j;

	while (k < end && k < j + 5 && d->tv[k].kind == W_WORD &&
	    (in(skip, d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s) ||
	    (k > j && in(xq_months, d->text + d->tv[k].s, d->tv[k].e -
	    d->tv[k].s)) || (word_is(d, k, "at") && word_is(d, k + 1,
	    "first"))))
		k += word_is(d, k, "at") ? 2 : 1;
	if (k < end && word_is(d, k, "that"))
		return k;
	/* "said in November they would", "said at first he tried": the
	 * time, then a pronoun that opens the clause (a hearer, as in
	 * "told reporters he was", is left to the tell verbs) */
	if (k > j && k + 1 < end && (word_is(d, j, "in") || word_is(d, j,
	    "on") || word_is(d, j, "at") || word_is(d, j, "last") ||
	    word_is(d, j, "earlier") || word_is(d, j, "later") ||
	    word_is(d, j, "yesterday") || word_is(d, j, "today") ||
	    in(xq_weekdays, d->text + d->tv[j].s, d->tv[j].e -
	    d->tv[j].s)) && subject_pronoun(d, k))
		return k;
	/* "said at a rally in Carrow that", "said via email
	 * that": a phrase of place, time or means before "that"; "for"
	 * opens one of time only ("has said for years that", "said for the
	 * first time that", not "called for an inquiry that would"); "of"
	 * whom it is said, after a verb of saying ("said of the mayor
	 * that", not "warned of a crisis that could") */
	if (j < end && d->tv[j].kind == W_WORD && (in(cue_preps, d->text +
	    d->tv[j].s, d->tv[j].e - d->tv[j].s) || (word_is(d, j, "for") &&
	    for_time(d, j + 1, end)) || (word_is(d, j, "of") && j > 0 &&
	    in(say_of, d->text + d->tv[j - 1].s, d->tv[j - 1].e -
	    d->tv[j - 1].s)))) {
		for (k = j + 1; k < end && k < j + 9 && d->tv[k].kind ==
		    W_WORD && !d->tv[k].inq && !word_is(d, k, "that") &&
		    !is_cue(d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s) &&
		    !(d->tv[k].e - d->tv[k].s > 4 && d->text[d->tv[k].e - 1] ==
		    'd' && d->text[d->tv[k].e - 2] == 'e'); k++)
			;
		if (k < end && word_is(d, k, "that"))
			return k;
	}
	return j;
}

/*
 * Is the cue at token i the attribution of a direct quotation: a closing
 * mark shortly before it, or an opening mark shortly after it?
 */
static bool
near_mark(const struct xdoc *d, size_t i, size_t t0, size_t end)
{
	size_t k;

	/* '"...," Secretary Blinken said': only words between, and no
	 * "and" ('to "vote your conscience" and said he ...') */
	for (k = i; k > t0 && k + 7 > i; k--) {
		if (d->tv[k - 1].inq && d->tv[k - 1].kind != W_WORD)
			return true;
		if (d->tv[k - 1].kind != W_WORD || word_is(d, k - 1, "and") ||
		    word_is(d, k - 1, "but"))
			break;
	}
	/* 'said: "..."', 'said "..."' */
	k = i + 1;
	if (k < end && d->tv[k].kind == W_PUNCT && (d->text[d->tv[k].s] == ':' ||
	    d->text[d->tv[k].s] == ','))
		k++;
	return k < end && d->tv[k].inq && d->tv[k].kind != W_WORD;
}

/* A negation just before the cue at i: nothing was said. */
static bool
negated(const struct xdoc *d, size_t i, size_t t0)
{
	static const char *const neg[] = {
		"not", "never", "neither", "nor", "no", "nobody", "none",
		"didn't", "doesn't", "hasn't", "haven't", "hadn't", "won't",
		"wouldn't", "cannot", "can't", NULL
	};
	size_t k;

	/* (within the cue's clause: "would not resign, adding that" adds) */
	for (k = i; k > t0 && k + 4 > i && d->tv[k - 1].kind != W_PUNCT; k--)
		if (d->tv[k - 1].kind == W_WORD && in(neg, d->text + d->tv[k - 1].s,
		    d->tv[k - 1].e - d->tv[k - 1].s))
			return true;
	return false;
}

/* ", he said,": one to four words between a comma and the cue at i */
static bool
paren_subject(const struct xdoc *d, size_t i, size_t t0)
{
	size_t k;

	for (k = i; k > t0 && k + 7 > i; k--) {
		const struct xtok *p = &d->tv[k - 1];

		/* the dot of a title: ", Mr. Clarke said," */
		if (p->kind == W_PUNCT && d->text[p->s] == '.' && k - 1 > t0 &&
		    k < i && d->tv[k - 2].kind == W_WORD && d->tv[k - 2].cap &&
		    d->tv[k - 2].e - d->tv[k - 2].s <= 4 && d->tv[k - 2].e ==
		    p->s)
			continue;
		if (p->kind != W_WORD)
			return k < i && p->kind == W_PUNCT &&
			    d->text[p->s] == ',' && k - 1 > t0;
	}
	return false;
}

/*
 * "..., said Tom Hale, ...", "..., said Ana Ruiz, head of the Carrow
 * Trust, ...": an inverted attribution set off by commas inside its
 * sentence, the report around it.  A comma before the cue, a name or a
 * speaker's phrase after it, perhaps an appositive opened by a
 * determiner or a role, then a comma and at least three words that are
 * no clause of their own.  Returns the closing comma's token, 0 if none.
 */
static size_t
paren_inverted(const struct xdoc *d, size_t i, size_t t0, size_t end)
{
	static const char *const roles[] = {
		"a", "an", "the", "his", "her", "its", "their", "head", "chief",
		"president", "director", "principal", "chairman", "chairwoman",
		"spokesman", "spokeswoman", "founder", "author", "editor",
		"analyst", "professor", "senior", "managing", "executive",
		"former", NULL
	};
	size_t c, c2;

	if (i < t0 + 3 || d->tv[i - 1].kind != W_PUNCT ||
	    d->text[d->tv[i - 1].s] != ',' || d->tv[i - 1].inq ||
	    marks_in(d, t0, i) || !(name_next(d, i + 1, end) ||
	    speaker_next(d, i, end)))
		return 0;
	for (c = i + 1; c < end && c < i + 7 && d->tv[c].kind == W_WORD &&
	    !d->tv[c].inq; c++)
		;
	if (c == i + 1 || c + 3 >= end || d->tv[c].kind != W_PUNCT ||
	    d->text[d->tv[c].s] != ',')
		return 0;
	/* an appositive after the name: ", said Ana Ruiz, head of ..., " */
	if (d->tv[c + 1].kind == W_WORD && !d->tv[c + 1].cap &&
	    in(roles, d->text + d->tv[c + 1].s, d->tv[c + 1].e -
	    d->tv[c + 1].s)) {
		for (c2 = c + 1; c2 < end && c2 < c + 11 &&
		    d->tv[c2].kind == W_WORD && !d->tv[c2].inq; c2++)
			;
		if (c2 + 3 >= end || d->tv[c2].kind != W_PUNCT ||
		    d->text[d->tv[c2].s] != ',')
			return 0;
		c = c2;
	}
	if (d->tv[c + 1].kind != W_WORD || d->tv[c + 1].inq ||
	    marks_in(d, c + 1, end) || word_is(d, c + 1, "that") ||
	    word_is(d, c + 1, "who") || word_is(d, c + 1, "which") ||
	    word_is(d, c + 1, "and") || word_is(d, c + 1, "but") ||
	    word_is(d, c + 1, "with") || word_is(d, c + 1, "adding") ||
	    word_is(d, c + 1, "saying") || in(subordinators, d->text +
	    d->tv[c + 1].s, d->tv[c + 1].e - d->tv[c + 1].s))
		return 0;
	/* the words after hold a verb ("users conduct ... and the tools
	 * should"); else they describe the speaker (", said Tom Hale, FCC
	 * deputy secretary of communications."); within 40 words, so that
	 * a sentence of many such cues costs no more than its length each */
	for (c2 = c + 1; c2 < end && c2 < c + 40; c2++) {
		const char *w = d->text + d->tv[c2].s;
		size_t n = d->tv[c2].e - d->tv[c2].s;

		if (d->tv[c2].kind == W_WORD && !d->tv[c2].cap &&
		    (in(finite, w, n) || in(irregular_past, w, n) ||
		    (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd')))
			return c;
	}
	return 0;
}

/*
 * Speech verbs whose prepositional object is what was said: "called for
 * a ceasefire", "warned of a recession", "complained about the rules".
 */
static const char *const prep_verbs[] = {
	"called", "calls", "calling", "call", "talked", "talks", "talking",
	"talk", "spoke", "speaks", "speaking", "speak", "warned", "warns",
	"warning", "warn", "complained", "complains", "complaining",
	"complain", "argued", "argues", "arguing", "argue", "commented",
	"comments", "insisted", "insists", "boasted", "boasts", "bragged",
	"joked", "jokes", "cautioned", "cautions", "testified", "railed",
	"rails", "lectured",
	"concerned", "worried", "wondering", "wondered", "brags", "bragging",
	"coy", "skeptical", "sceptical", "optimistic", "confident",
	"voted", "votes", "decided", "apologized",
	"apologised", "apologizes", "advocated", "advocates", "accused",
	"asked", "asks", "asking", "ask", "spoken", "inquired", "brag",
	"boast", "joke", "testify", "testifies", "wrote", "writes",
	"written", "tweeted", "tweets",
	NULL
};
/* Of those, the ones that take a person before the preposition: "asked
 * Linde about the vote", "asks him about it" */
static const char *const ask_verbs[] = {
	"asked", "asks", "asking", "ask", "pressed", "questioned", NULL
};
bool
xq_hearer_verb(const char *w, size_t n)
{
	return in(tell_cues, w, n) || in(ask_verbs, w, n);
}

static const char *const preps[] = {
	"about", "of", "for", "on", "against", NULL
};
/* Objects of those prepositions that are not speech. */
static const char *const not_said[] = {
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "condition", "behalf", "camera", "television", "tv",
	"radio", "twitter", "facebook", "stage", "air", "record", "background",
	"phone", "telephone", "floor", "panel", NULL
};
static const char *const dets[] = {
	"the", "a", "an", "his", "her", "their", "its", "this", "that", NULL
};

/*
 * How many tokens from a are the words of a source's noun phrase, opened
 * by an article, with no verb or conjunction among them ("a survey of
 * 1,300 bosses"): at most eight, 0 when a opens none.
 */
static size_t
source_words(const struct xdoc *d, size_t a, size_t end)
{
	size_t k;

	if (a >= end || !(word_is(d, a, "a") || word_is(d, a, "an") ||
	    word_is(d, a, "the")))
		return 0;
	for (k = a; k < end && k < a + 8; k++) {
		const char *w = d->text + d->tv[k].s;
		size_t n = d->tv[k].e - d->tv[k].s;

		if (d->tv[k].kind != W_WORD || d->tv[k].inq)
			break;
		if (d->tv[k].cap || in(dets, w, n) || word_is(d, k, "of") ||
		    word_is(d, k, "by") || word_is(d, k, "from"))
			continue;
		if (in(finite, w, n) || is_cue(w, n) || (n > 4 &&
		    (memcmp(w + n - 3, "ing", 3) == 0 || memcmp(w + n - 2,
		    "ed", 2) == 0)) || word_is(d, k, "to") ||
		    word_is(d, k, "and") || word_is(d, k, "or") ||
		    word_is(d, k, "when") || word_is(d, k, "which"))
			break;
	}
	return k - a;
}

/* What shows without speaking, in any case: "Polls show a close race". */
static const char *const evidence[] = {
	"poll", "polls", "survey", "surveys", "video", "videos", "footage",
	"data", "average", "averages", "analysis", "study", "studies",
	"report", "records", "documents", "figures", "numbers", "research",
	"results", "tally", "statistics", "chart", "photo", "photos",
	"images", "audio", "recording", "transcript", "filings", "review",
	"minutes", "email", "emails", "slide", "slides", "evidence",
	"estimates", "index", "reports", "result", NULL
};

/*
 * Is the "show" at i a verb whose subject is evidence ("Polls show",
 * "Video of the incident shows", "an average of polls taken over two
 * weeks shows"): an evidence noun among the dozen words before it, with
 * no punctuation between?
 */
static bool
evidence_shows(const struct xdoc *d, size_t i, size_t t0)
{
	size_t k;

	if ((!word_is(d, i, "show") && !word_is(d, i, "shows") &&
	    !word_is(d, i, "showed")) || word_is(d, i + 1, "up") ||
	    (i > t0 && (word_is(d, i - 1, "\xe2\x80\x99s") ||
	    word_is(d, i - 1, "'s"))))
		return false;	/* "show up", "Linde's show" */
	for (k = i; k > t0 && k + 12 > i && d->tv[k - 1].kind == W_WORD &&
	    !d->tv[k - 1].inq; k--)
		if (xq_tok_in_lower(d, k - 1, 16, evidence))
			return true;
	return false;
}

/* Prepositions before a cue word that make it a noun: "about plans". */
static const char *const noun_preps[] = {
	"about", "at", "of", "over", "on", "with", "from", "against",
	"despite", "amid", "into", "by", "behind", "under", "for", "to",
	"in", "between", "among", "without", "towards", "toward",
	"following", "after", "before", "amidst", "through", NULL
};

/* Words before a noun that make a cue word one: "his plans". */
static const char *const noun_dets[] = {
	"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
	"these", "those", NULL
};
/* Cue words that are as often nouns: "his plans ran into", "the final
 * say". */
static const char *const noun_plurals[] = {
	"plans", "promises", "pledges", "demands", "claims", "hopes",
	"fears", "reports", "threats", "vows", "calls", "notes", "remarks",
	"comments", "findings", "estimates", "warnings", "questions", "say",
	"claim", "call", "plan", "promise", "pledge", "demand", "report",
	"comment", "remark", "vow", "threat", "estimate", "urges", "urge",
	"worries", "doubts", "talks", "question", NULL
};
/* Determiners of a singular noun that a pronoun's verb cannot follow
 * without its -s: "one question that has emerged", "another claim". */
static const char *const count_dets[] = {
	"one", "another", "each", "every", NULL
};
/* Verbs that take a cue noun as their object and make it their
 * subject's: "made a claim", "repeated calls for" (attrib.c uses them
 * too). */
const char *const xq_light_verbs[] = {
	"made", "makes", "making", "make", "issued", "issues", "repeated",
	"repeats", "renewed", "renews", "sent", "sends", "send", "gave",
	"gives", "give", NULL
};
/* Verbs that take a cue noun as their object, whoever's it is:
 * "ignored calls for", "faced claims of". */
static const char *const object_verbs[] = {
	"echoed", "echoes", "heeded", "ignored", "ignores", "resisted",
	"resists", "faced", "faces", NULL
};

/* Adjectives between a determiner or an owner and a cue noun: "the new
 * demands", "the port's latest claim" (attrib.c uses them too). */
const char *const xq_noun_adjs[] = {
	"new", "latest", "recent", "own", "many", "earlier", "big", "early",
	"several", "other", "final", "last", "first", "further", "previous",
	"repeated", "following", NULL
};

/* Subjects of a cue whose object is a gap: "which it says are". */
static const char *const gap_subjects[] = {
	"he", "she", "it", "they", "we", "i", "you", "who", "which", NULL
};

/* A verb straight after "that" makes it a relative pronoun: "a claim
 * that would anger the mayor" says nothing. */
const char *const xq_finite_aux[] = {
	"is", "was", "are", "were", "has", "have", "had", "might", "would",
	"could", "will", "can", "may", "should", "must", "does", "did", NULL
};

/* Words after a verb in -ed that show it is one: "aired on Friday". */
static const char *const after_verb[] = {
	"on", "in", "at", "to", "by", "for", "with", "from", "the", "a", "an",
	"last", "this", "after", "before", "during", "earlier", NULL
};

/*
 * Is the "that" at j a relative pronoun: a verb directly after it, a
 * finite auxiliary, a reporting verb in the past after a written source
 * ("a report that showed prices rose"), or a lower-case word in -ed
 * before a preposition, an article or punctuation ("the report that was
 * released", "the show that aired on Friday"; not "fears that
 * disillusioned voters")?
 */
static bool
relative_that(const struct xdoc *d, size_t j, size_t end)
{
	const char *w;
	size_t n;
	bool ed;

	if (j + 1 >= end || d->tv[j + 1].kind != W_WORD || d->tv[j + 1].cap)
		return false;
	w = d->text + d->tv[j + 1].s;
	n = d->tv[j + 1].e - d->tv[j + 1].s;
	if (in(xq_finite_aux, w, n))
		return true;
	ed = n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd';
	/* "a report that showed", "a study that found": a reporting verb
	 * in the past straight after it */
	if (j > 0 && xq_is_cue(w, n) && (ed || xq_irregular_past(w, n)) &&
	    j + 2 < end && d->tv[j + 2].kind == W_WORD && !in(after_verb,
	    d->text + d->tv[j + 2].s, d->tv[j + 2].e - d->tv[j + 2].s) &&
	    in(xq_writings, d->text + d->tv[j - 1].s, d->tv[j - 1].e -
	    d->tv[j - 1].s))
		return true;
	return ed && (j + 2 >= end ||
	    d->tv[j + 2].kind != W_WORD || in(after_verb, d->text +
	    d->tv[j + 2].s, d->tv[j + 2].e - d->tv[j + 2].s));
}

/* Contractions that end like a possessive: "he's said" is "he has". */
static const char *const s_contractions[] = {
	"he's", "she's", "it's", "that's", "there's", "who's", "what's",
	"here's", "where's", "he\xe2\x80\x99s", "she\xe2\x80\x99s",
	"it\xe2\x80\x99s", "that\xe2\x80\x99s", "there\xe2\x80\x99s",
	"who\xe2\x80\x99s", "what\xe2\x80\x99s", "here\xe2\x80\x99s",
	"where\xe2\x80\x99s", NULL
};

/* Is token k a pronoun with "'s" for "is" or "has" ("he's", "it’s")? */
bool
xq_contraction(const struct xdoc *d, size_t k)
{

	return xq_tok_in_lower(d, k, 16, s_contractions);
}

/* Is token k (at or after t0) a possessive, not a contraction? */
static bool
owner_before(const struct xdoc *d, size_t k, size_t t0)
{
	return k >= t0 && xq_possessive(d, k) && !xq_contraction(d, k);
}

/* A participle or -ing form, which "'s" before it may make a verb
 * ("Carrow's warned", "the mayor's saying"). */
bool
xq_participle(const char *w, size_t n)
{
	static const char *const irregular[] = {
		"said", "told", "thought", "found", "written", "wrote", "felt",
		"known", "knew", "shown", "understood", "spoken", "spoke",
		"sought", "learnt", NULL
	};

	return (n > 3 && w[n - 2] == 'e' && (w[n - 1] == 'd' ||
	    w[n - 1] == 'n')) || (n > 4 && memcmp(w + n - 3, "ing", 3) == 0) ||
	    in(irregular, w, n);
}

/*
 * Is token k a sentence's first word written with a capital only for
 * that, no name ("Health worries have ..."): no entity starts there and
 * it is no pronoun?
 */
static bool
common_first(const struct xdoc *d, size_t k, size_t t0)
{
	return k == t0 && !subject_pronoun(d, k) &&
	    xq_entity_from(d, k) == NULL;
}

/*
 * Is the cue word at i a noun or an adjective here, not a verb: after a
 * determiner ("his plans ran", "the proposed law"), or a plural noun-like
 * cue after a determiner and an adjective ("his announced plans", "the new
 * demands")?  Not before "that": "his claim that ..." reports, unless a
 * verb follows "that" ("a claim that would anger the mayor").
 */
bool
xq_noun_use(const struct xdoc *d, size_t i, size_t t0)
{
	const char *w = d->text + d->tv[i].s, *m;
	size_t n = d->tv[i].e - d->tv[i].s, mn, ln;
	char low[16];

	/* "unhappy about plans to", "scoffed at claims that", "announced
	 * plans to": after a preposition, or as the object of a cue in -ed,
	 * which reports it */
	if (i > t0 && in(noun_plurals, w, n) && d->tv[i - 1].kind == W_WORD &&
	    !d->tv[i - 1].cap && !d->tv[i - 1].inq && xq_lower_tok(d, i - 1,
	    low, sizeof(low), &ln) && ((in(noun_preps, low, ln) &&
	    (w[n - 1] == 's' || !(ln == 2 && memcmp(low, "to", 2) == 0))) ||
	    (ln > 4 && low[ln - 2] == 'e' && low[ln - 1] == 'd' &&
	    is_cue(low, ln))))
		return true;
	/* "aid pledges must be delivered", "the claims were false": a
	 * plural with a verb after it is its subject (not after a name or
	 * a pronoun: "what Jamie hopes will be", "which it says are") */
	if (i > t0 && in(noun_plurals, w, n) && w[n - 1] == 's' &&
	    d->tv[i - 1].kind == W_WORD && (!d->tv[i - 1].cap ||
	    common_first(d, i - 1, t0)) &&
	    !in(gap_subjects, d->text + d->tv[i - 1].s, d->tv[i - 1].e -
	    d->tv[i - 1].s) &&
	    i + 1 < d->nt && d->tv[i + 1].kind == W_WORD && in(xq_finite_aux,
	    d->text + d->tv[i + 1].s, d->tv[i + 1].e - d->tv[i + 1].s))
		return true;
	/* "The latest Tory plans came as", "Housing plans criticised by
	 * MPs": a verb in the past straight after it, which a verb in -s
	 * cannot have */
	if (i > t0 && in(noun_plurals, w, n) && w[n - 1] == 's' &&
	    i + 1 < d->nt && d->tv[i + 1].kind == W_WORD &&
	    !d->tv[i + 1].cap && !d->tv[i + 1].inq &&
	    d->tv[i + 1].sent == d->tv[i].sent && (xq_irregular_past(d->text +
	    d->tv[i + 1].s, d->tv[i + 1].e - d->tv[i + 1].s) ||
	    (d->tv[i + 1].e - d->tv[i + 1].s > 4 &&
	    d->text[d->tv[i + 1].e - 2] == 'e' &&
	    d->text[d->tv[i + 1].e - 1] == 'd')))
		return true;
	if (i == t0 || d->tv[i - 1].kind != W_WORD ||
	    (i + 1 < d->nt && word_is(d, i + 1, "that") && !(i + 2 < d->nt &&
	    d->tv[i + 2].kind == W_WORD && in(xq_finite_aux, d->text +
	    d->tv[i + 2].s, d->tv[i + 2].e - d->tv[i + 2].s))))
		return false;
	if (xq_tok_in_lower(d, i - 1, sizeof(low), noun_dets))
		return true;	/* "his plans", "The estimated costs" */
	if (w[n - 1] != 's' && in(noun_plurals, w, n) &&
	    xq_tok_in_lower(d, i - 1, sizeof(low), count_dets))
		return true;	/* "one question", not "one says" */
	/* "the council's plans were dropped", "the port's earlier claim";
	 * not "the council's plans to close the pier", which are the
	 * council's as "the council plans to" would be */
	if (!xq_participle(w, n) && !(i + 1 < d->nt && word_is(d, i + 1, "to")) &&
	    (owner_before(d, i - 1, t0) || (i > t0 + 1 && in(xq_noun_adjs,
	    d->text + d->tv[i - 1].s, d->tv[i - 1].e - d->tv[i - 1].s) &&
	    owner_before(d, i - 2, t0))))
		return true;
	if (i < t0 + 2 || !in(noun_plurals, w, n) || d->tv[i - 1].cap ||
	    d->tv[i - 2].kind != W_WORD || !xq_lower_tok(d, i - 2, low,
	    sizeof(low), &ln) || !in(noun_dets, low, ln))
		return false;
	m = d->text + d->tv[i - 1].s;
	mn = d->tv[i - 1].e - d->tv[i - 1].s;
	/* "the estimated costs", "his spending plans"; after "a" any one
	 * word: "an hourlong show" */
	/* "their artistic urges", "his legal threats": an adjective by its
	 * ending */
	return in(xq_noun_adjs, m, mn) || (mn > 4 && m[mn - 2] == 'e' &&
	    m[mn - 1] == 'd') || (mn > 5 && memcmp(m + mn - 3, "ing", 3) == 0) ||
	    (mn > 5 && (memcmp(m + mn - 2, "ic", 2) == 0 || memcmp(m + mn -
	    2, "al", 2) == 0 || memcmp(m + mn - 3, "ous", 3) == 0 ||
	    memcmp(m + mn - 3, "ive", 3) == 0)) ||
	    (ln <= 2 && low[0] == 'a');
}

/* Is token ti, lowered, in list (quotes.h)? */
bool
xq_tok_in_lower(const struct xdoc *d, size_t ti, size_t cap,
    const char *const *list)
{
	size_t n = d->tv[ti].e - d->tv[ti].s;

	return n < cap && wset_in_lower(list, d->text + d->tv[ti].s, n);
}

/* Token ti lower-cased into low (false when it is too long). */
bool
xq_lower_tok(const struct xdoc *d, size_t ti, char *low, size_t cap,
    size_t *n)
{
	const struct xtok *t = &d->tv[ti];
	size_t k;

	*n = t->e - t->s;
	if (*n >= cap)
		return false;
	for (k = 0; k < *n; k++) {
		char c = d->text[t->s + k];

		low[k] = c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
	}
	return true;
}

/*
 * "called for X", "warned of X": the object from token a (after the
 * preposition) to the clause end, when it is more than one word and does
 * not name a day, a medium or a place to speak from ("spoke on Monday",
 * "on condition of anonymity", "on the Senate floor").  After a
 * determiner the next word must be lower case: "called for the release".
 */
static bool
prep_object(const struct xdoc *d, size_t a, size_t end, size_t *b)
{
	char low[16];
	size_t n, k;

	if (a + 1 >= end || d->tv[a].kind != W_WORD || d->tv[a].inq)
		return false;
	for (k = a; k < end && k < a + 4 && d->tv[k].kind == W_WORD; k++)
		if (xq_lower_tok(d, k, low, sizeof(low), &n) &&
		    in(not_said, low, n))
			return false;
	if (xq_lower_tok(d, a, low, sizeof(low), &n) && in(dets, low, n) &&
	    (d->tv[a + 1].kind != W_WORD || d->tv[a + 1].cap))
		return false;
	for (k = a; k < end && !clause_end(d, k, end); k++) {
		/* "about the contracts on Monday": the day is no part */
		if (k > a + 1 && word_is(d, k, "on") && k + 1 < end &&
		    d->tv[k + 1].kind == W_WORD && in(xq_weekdays, d->text +
		    d->tv[k + 1].s, d->tv[k + 1].e - d->tv[k + 1].s))
			break;
		/* "voted against the levy and apologized for ...": the
		 * object ends before another verb */
		if (word_is(d, k, "and") && k + 1 < end &&
		    d->tv[k + 1].kind == W_WORD && !d->tv[k + 1].cap &&
		    xq_lower_tok(d, k + 1, low, sizeof(low), &n) &&
		    (in(prep_verbs, low, n) || is_cue(low, n) || (n >= 5 &&
		    low[n - 2] == 'e' && low[n - 1] == 'd')))
			break;
	}
	if (k < a + 2)
		return false;
	*b = k;
	return true;
}

/*
 * "spoke out on Tuesday about", "spoke to reporters about", "talked with
 * police chiefs about", "argued vociferously against": a verb of talking
 * at i, then a particle, adverbs in -ly, a time ("on Monday morning", "at
 * length") or the one spoken to ("to"/"with" and a few words), then the
 * preposition.  Returns the token after it, 0 when there is none or
 * nothing came between (prep_verbs takes that case).  After a hearer only
 * "about" and "against" lead on ("spoke to the people of Carrow" names
 * no subject); "talks" and "calls", as often nouns, are not asked.
 */
static size_t
talked_about(const struct xdoc *d, size_t i, size_t end)
{
	static const char *const talk[] = {
		"spoke", "spoken", "speaking", "speaks", "speak", "talked",
		"talking", "argued", "arguing", "complained", "complaining",
		"warned", "joked", "boasted", "bragged", "testified",
		"commented", "cautioned", NULL
	};
	static const char *const when[] = {
		"yesterday", "today", "again", "repeatedly", "often", "out",
		"publicly", "privately", "openly", NULL
	};
	size_t k = i + 1, h;
	bool heard = false;

	if (!in(talk, d->text + d->tv[i].s, d->tv[i].e - d->tv[i].s))
		return 0;
	while (k + 1 < end && k < i + 12 && d->tv[k].kind == W_WORD &&
	    !d->tv[k].inq) {
		const char *w = d->text + d->tv[k].s;
		size_t n = d->tv[k].e - d->tv[k].s;

		if (in(when, w, n) || in(xq_weekdays, w, n) || adverb_ly(d, k))
			k++;
		else if ((word_is(d, k, "at") && word_is(d, k + 1, "length")) ||
		    (word_is(d, k, "in") && (word_is(d, k + 1, "public") ||
		    word_is(d, k + 1, "private"))))
			k += 2;
		else if (word_is(d, k, "on") && k + 1 < end && in(xq_weekdays,
		    d->text + d->tv[k + 1].s, d->tv[k + 1].e - d->tv[k + 1].s))
			k += word_is(d, k + 2, "morning") || word_is(d, k + 2,
			    "afternoon") || word_is(d, k + 2, "evening") ||
			    word_is(d, k + 2, "night") ? 3 : 2;
		else if (!heard && (word_is(d, k, "to") ||
		    word_is(d, k, "with"))) {
			for (h = k + 1; h < end && h < k + 7 &&
			    d->tv[h].kind == W_WORD && !d->tv[h].inq &&
			    !in(preps, d->text + d->tv[h].s, d->tv[h].e -
			    d->tv[h].s) && !word_is(d, h, "that") &&
			    !word_is(d, h, "to"); h++)
				;
			if (h == k + 1 || h >= end || !(word_is(d, h, "about") ||
			    word_is(d, h, "against") || word_is(d, h, "on")))
				return 0;
			heard = true;
			k = h;
		} else
			break;
	}
	if (k == i + 1 || k + 1 >= end || !(word_is(d, k, "about") ||
	    word_is(d, k, "against") || (!heard && word_is(d, k, "of"))))
		return 0;
	return k + 1;
}

/*
 * "accused her rival of lying", "accuses the Treasury's chief of ...":
 * after an accusing verb at i, the one accused (a few words, no
 * punctuation) and "of".  Returns the token after "of", 0 if there is
 * none; "was accused of" (nobody between) is left to prep_verbs, and
 * "accused by the unions of" names the accuser, not the accused.
 */
static size_t
accused_of(const struct xdoc *d, size_t i, size_t end)
{
	static const char *const accuse[] = {
		"accuse", "accuses", "accused", "accusing", NULL
	};
	size_t k;

	if (!in(accuse, d->text + d->tv[i].s, d->tv[i].e - d->tv[i].s) ||
	    word_is(d, i + 1, "by"))
		return 0;
	for (k = i + 1; k < end && k < i + 8 && d->tv[k].kind == W_WORD &&
	    !d->tv[k].inq && !word_is(d, k, "of") && !word_is(d, k, "that");
	    k++)
		;
	if (k == i + 1 || k + 1 >= end || !word_is(d, k, "of"))
		return 0;
	return k + 1;
}

/*
 * After the asking verb at i, the one asked (as after a tell verb) and
 * "about": "asked him about", "asked Mara Linde about".  Returns the token
 * after "about", 0 if there is none.
 */
static size_t
asked_about(const struct xdoc *d, size_t i, size_t end)
{
	size_t k = tell_object(d, i + 1, end);

	if (k == i + 1 || k + 1 >= end || !word_is(d, k, "about"))
		return 0;
	return k + 1;
}

/* Is token k a dash: "-", "--", an en or an em dash? */
static bool
is_dash(const struct xdoc *d, size_t k)
{
	const char *w = d->text + d->tv[k].s;
	size_t n = d->tv[k].e - d->tv[k].s;

	return d->tv[k].kind == W_PUNCT && ((n <= 2 && w[0] == '-' &&
	    w[n - 1] == '-') || (n == 3 && (memcmp(w, "\xe2\x80\x94", 3) == 0 ||
	    memcmp(w, "\xe2\x80\x93", 3) == 0 ||
	    memcmp(w, "\xe2\x80\x95", 3) == 0)));
}

/*
 * The subject before the cue at i ends with an appositive or a
 * parenthesis: "Piet Lorsen, the party chairman, said ...", "Rep. Stefan
 * Lynd (D-Maine) said ...".  A comma before the cue closes an appositive
 * when another comma opens it a few words before, after the subject (or
 * closes a relative clause or a place after such an appositive); a dash
 * when another dash opens it.
 */
static bool
appositive_before(const struct xdoc *d, size_t i, size_t t0)
{
	size_t k, m;
	char c = d->text[d->tv[i - 1].s];
	bool nested = false, placed = false;

	if (d->tv[i - 1].kind != W_PUNCT || d->tv[i - 1].inq)
		return false;
	if (c == ')')
		return true;
	/* "Halvorsen -- co-editor of a book on ferries -- said" */
	if (is_dash(d, i - 1)) {
		for (k = i - 1; k > t0 && is_dash(d, k - 1); k--)
			;	/* "--" may be two tokens */
		for (; k > t0 + 1 && k + 30 > i; k--)
			if (is_dash(d, k - 1))
				return true;
		return false;
	}
	if (c != ',')
		return false;
	/* "The Tellby Alliance, which includes the Carrow Society, Age
	 * Concern and Mencap, said": a relative clause set off after a short
	 * subject, commas of a list inside it */
	for (k = i - 1; k > t0 + 1 && k + 40 > i; k--) {
		const struct xtok *t = &d->tv[k - 1];

		if (t->inq || t->kind == W_OPEN || t->kind == W_CLOSE ||
		    t->kind == W_AMBIG)
			break;
		if (t->kind == W_PUNCT && d->text[t->s] == ',' &&
		    (word_is(d, k, "which") || word_is(d, k, "who"))) {
			if (k - 1 > t0 + 10 || marks_in(d, t0, k - 1))
				break;
			for (m = t0; m < k - 1 && !is_comma(d, m); m++)
				;
			if (m == k - 1)
				return true;
			break;
		}
	}
	for (k = i - 1; k > t0 + 1 && k + 26 > i; k--) {
		const struct xtok *t = &d->tv[k - 1];

		if (t->inq || t->kind == W_OPEN || t->kind == W_CLOSE ||
		    t->kind == W_AMBIG)
			return false;
		if (t->kind != W_PUNCT || d->text[t->s] != ',')
			continue;
		/* "Ana Ruiz, a lawyer for the Carrow Land Trust, which
		 * ..., said": a relative clause after the appositive */
		if (!nested && k - 1 >= t0 + 10 && (word_is(d, k, "which") ||
		    word_is(d, k, "who"))) {
			nested = true;
			i = k;
			continue;
		}
		/* "Ana Ruiz, curator at the University of Carrow, Tellby,
		 * said": a place set off after a name */
		for (m = k; m + 1 < i && m < k + 3 && d->tv[m].kind == W_WORD &&
		    d->tv[m].cap; m++)
			;
		if (!placed && k - 1 >= t0 + 10 && m + 1 == i && m > k &&
		    d->tv[k - 2].kind == W_WORD && d->tv[k - 2].cap) {
			placed = true;
			i = k;
			continue;
		}
		return k - 1 > t0 && k - 1 < t0 + 10;
	}
	return false;
}

/*
 * A headline that gives its speaker before a colon: "Pat Vance: Voters
 * Worried About the Ferry", alone in its paragraph, one to three
 * capitalised words before the colon and three words or more after it.
 * Returns the colon's token, 0 when the sentence is no such headline.
 */
static size_t
headline_colon(const struct xdoc *d, size_t si)
{
	size_t t0 = d->sv[si].t0, t1 = d->sv[si].t1, c, k, e, n, words = 0;
	char low[16];

	if ((si > 0 && d->sv[si - 1].para == d->sv[si].para) ||
	    (si + 1 < d->ns && d->sv[si + 1].para == d->sv[si].para) ||
	    t1 - t0 > 40)
		return 0;
	for (c = t0; c < t1 && c < t0 + 4 && d->tv[c].kind == W_WORD &&
	    d->tv[c].cap && !d->tv[c].inq; c++)
		;
	if (c == t0 || c >= t1 || c == t0 + 4 || d->tv[c].kind != W_PUNCT ||
	    d->text[d->tv[c].s] != ':' || d->tv[c].e - d->tv[c].s != 1 ||
	    !xq_lower_tok(d, t0, low, sizeof(low), &n) || in(rubrics, low, n))
		return 0;
	/* a name the tagger knows, or one word: not "Stealth Over Health" */
	e = xq_first(d->ev, d->ne, sizeof(*d->ev), offsetof(struct xent, s),
	    d->tv[t0].s);
	if (c > t0 + 1 && !(e < d->ne && d->ev[e].s == d->tv[t0].s &&
	    d->ev[e].e == d->tv[c - 1].e))
		return 0;
	for (k = c + 1; k < t1; k++)
		if (d->tv[k].kind == W_WORD)
			words++;
	return words >= 3 ? c : 0;
}

/*
 * The words that can start something in xq_indirect()'s loop: cues,
 * np_cues and prep_verbs in one list, so that a plain lower-case word
 * costs one lookup there instead of four.
 */
static const char *const *
lead_words(void)
{
	static const char **all;
	const char *const *lists[] = { cues, np_cues, owned_nouns, prep_verbs,
	    passing, mind_adjs };
	const size_t nl = sizeof(lists) / sizeof(lists[0]);
	size_t n = 0, i, k;

	if (all != NULL)
		return all;
	for (i = 0; i < nl; i++)
		for (k = 0; lists[i][k] != NULL; k++)
			n++;
	all = xreallocarray(NULL, n + 1, sizeof(*all));
	n = 0;
	for (i = 0; i < nl; i++)
		for (k = 0; lists[i][k] != NULL; k++)
			all[n++] = lists[i][k];
	all[n] = NULL;
	return all;
}

/*
 * "says on its website that", "tweeted in the early hours that",
 * "tells the host on Friday that": a phrase between a cue and "that".
 * From token j (after the cue): the "that" when a preposition or, after
 * a tell verb's hearer, a short run of words leads to it without
 * punctuation; else j.
 */
static size_t
that_after_phrase(const struct xdoc *d, size_t j, size_t end, bool tell)
{
	static const char *const lead[] = {
		"in", "on", "at", "during", "via", "over", "after", "before",
		"to", "through", "with", "from", "late", "early", NULL
	};
	size_t k, lim;

	if (j >= end || d->tv[j].kind != W_WORD || word_is(d, j, "that"))
		return j;
	/* "telling dock workers that" */
	if (tell) {
		for (k = j + 1; k < end && k < j + 4 && d->tv[k].kind == W_WORD;
		    k++)
			if (word_is(d, k, "that"))
				return k;
	}
	if (!in(lead, d->text + d->tv[j].s, d->tv[j].e - d->tv[j].s))
		return j;
	for (k = j + 1, lim = j + 9; k < end && k < lim; k++) {
		if (word_is(d, k, "that"))
			return k;
		if (d->tv[k].kind == W_WORD || d->tv[k].kind == W_OPEN ||
		    d->tv[k].kind == W_CLOSE || d->tv[k].kind == W_AMBIG)
			continue;	/* "tells Radio Carrow's \"Desk\" that" */
		/* a place in commas: "said at a stop in Tellby, Vexmoor,
		 * that", with room for its commas */
		if (d->text[d->tv[k].s] == ',' && k + 1 < end &&
		    (word_is(d, k + 1, "that") || (d->tv[k + 1].kind == W_WORD &&
		    d->tv[k + 1].cap && d->tv[k - 1].cap))) {
			lim += 2;
			continue;
		}
		break;
	}
	return j;
}

/*
 * The comma that closes an attribution set off in a sentence, right after
 * the cue at i or after a phrase of time or place (", the board said on
 * Friday, will ..."); 0 when there is none or a report follows it.
 */
static size_t
paren_close(const struct xdoc *d, size_t i, size_t end)
{
	static const char *const listeners[] = {
		"me", "us", "him", "her", "them", "reporters", "journalists",
		NULL
	};
	size_t k = i + 1;
	bool det = false;

	/* "..., he told me on Friday, is ...": whom, then when */
	if ((word_is(d, i, "told") || word_is(d, i, "tells")) && k < end &&
	    d->tv[k].kind == W_WORD && in(listeners, d->text + d->tv[k].s,
	    d->tv[k].e - d->tv[k].s))
		k++;

	if (k < end && d->tv[k].kind == W_WORD && (in(cue_preps, d->text +
	    d->tv[k].s, d->tv[k].e - d->tv[k].s) || in(time_words, d->text +
	    d->tv[k].s, d->tv[k].e - d->tv[k].s)))
		/* a cue word only as a noun, after a determiner: "in its
		 * spring report" */
		for (; k < end && k < i + 7 && d->tv[k].kind == W_WORD &&
		    !d->tv[k].inq && !word_is(d, k, "that") && (det ||
		    !is_cue(d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s) ||
		    d->tv[k - 1].cap); k++)
			det = det || in(dets, d->text + d->tv[k].s,
			    d->tv[k].e - d->tv[k].s);
	if (k + 1 >= end || d->tv[k].kind != W_PUNCT || d->text[d->tv[k].s] !=
	    ',')
		return 0;
	/* not before a clause of its own: ", said on Friday, as they ..." */
	if (k > i + 1 && (word_is(d, k + 1, "that") || d->tv[k + 1].kind !=
	    W_WORD || d->tv[k + 1].inq || in(subordinators, d->text +
	    d->tv[k + 1].s, d->tv[k + 1].e - d->tv[k + 1].s)))
		return 0;
	/* nor before a participle of its own that reports: "..., he said,
	 * adding that ...", where the clause before is the report */
	if (ing_cue_at(d, k + 1))
		return 0;
	return k;
}

/*
 * Does a bare clause open at token j after "adding": a pronoun subject
 * ("adding it would"), or an auxiliary within the next words ("adding the
 * fares would rise"), not an object ("adding three boats in May")?
 */
static bool
added_clause(const struct xdoc *d, size_t j, size_t end)
{
	static const char *const subjects[] = {
		"he", "she", "it", "they", "we", "I", "there", NULL
	};
	size_t k;

	if (in(subjects, d->text + d->tv[j].s, d->tv[j].e - d->tv[j].s))
		return true;
	for (k = j + 1; k < end && k < j + 4 && d->tv[k].kind == W_WORD &&
	    !d->tv[k].inq; k++)
		if (in(finite, d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s))
			return true;
	return false;
}

/*
 * A quotation that ends the writer's clause and is then attributed:
 * 'Critics call the plan "a fare rise by stealth," said Ana Ruiz.' or
 * '... is "a mistake," the board said.'  The clause with its quoted words
 * is the report (the quotation, a fragment opening in lower case, goes
 * into it); the attribution after it gives the speaker.
 */
static void
fragments(struct xdoc *d)
{
	size_t qi, nq = d->nq, o, c, k, t0, end, a, cue, j, first = 0, seen;

	/* the reports come after the quotations, in text order */
	while (first < nq && d->qv[first].kind != K_INDIRECT)
		first++;
	for (qi = 0; qi < nq; qi++) {
		const struct quote *q = &d->qv[qi];
		const struct xsent *sv;

		if (q->kind != K_DIRECT || q->transcript || q->qt0 == 0 ||
		    q->qt1 >= d->nt)
			continue;
		o = q->qt0 - 1;
		c = q->qt1;
		if (d->tv[o].kind < W_OPEN || d->tv[c].kind < W_OPEN)
			continue;	/* marks at both ends */
		sv = &d->sv[d->tv[o].sent];
		t0 = sv->t0;
		end = sv->t1;
		/* one sentence, a fragment in lower case after words of the
		 * clause, and no other marks before it */
		if (d->tv[c].sent != d->tv[o].sent || o < t0 + 3 ||
		    d->tv[q->qt0].kind != W_WORD || d->tv[q->qt0].cap ||
		    d->tv[o - 1].kind != W_WORD || marks_in(d, t0, o))
			continue;
		a = d->tv[t0].kind == W_WORD ? t0 : t0 + 1;
		if (count_words(d, a, o) < 3)
			continue;
		/* ", said Ana Ruiz." or ", the board said." after it */
		k = c + 1;
		if (k < end && d->tv[k].kind == W_PUNCT && d->text[d->tv[k].s] ==
		    ',')
			k++;
		else if (d->text[d->tv[c - 1].s] != ',')
			continue;
		for (cue = k; cue < end && cue < k + 6 && d->tv[cue].kind ==
		    W_WORD && !d->tv[cue].inq && !in(inv_cues, d->text +
		    d->tv[cue].s, d->tv[cue].e - d->tv[cue].s); cue++)
			;
		if (cue >= end || cue >= k + 6 || d->tv[cue].kind != W_WORD ||
		    d->tv[cue].inq || !closing_tail(d, cue, end) ||
		    (cue == k && !speaker_next(d, cue, end)))
			continue;
		/* not inside a report found already in its sentence (a few
		 * looked at: the cost stays linear on any input) */
		while (first < nq && (d->qv[first].kind != K_INDIRECT ||
		    d->tv[d->qv[first].qt0].sent < d->tv[o].sent))
			first++;
		for (j = first, seen = 0; j < nq && seen < 32 &&
		    d->tv[d->qv[j].qt0].sent == d->tv[o].sent; j++, seen++)
			if (d->qv[j].kind == K_INDIRECT && d->qv[j].s <=
			    d->tv[o].s && d->qv[j].e >= d->tv[c].s)
				break;
		if (seen < 32 && (j == nq || d->tv[d->qv[j].qt0].sent !=
		    d->tv[o].sent))
			add_indirect(d, a, c + 1, cue);
	}
}

/*
 * Where a report that is a preposition's object starts after the cue at
 * i: "warned of ...", "spoke to reporters about ...", "accused the mayor
 * of ...", "asked him about ..." (the four never match the same words);
 * 0 if none.
 */
static size_t
prep_report_at(const struct xdoc *d, size_t i, size_t end)
{
	const char *w = d->text + d->tv[i].s;
	size_t n = d->tv[i].e - d->tv[i].s, j;

	if (in(prep_verbs, w, n) && i + 2 < end && d->tv[i + 1].kind ==
	    W_WORD && in(preps, d->text + d->tv[i + 1].s, d->tv[i + 1].e -
	    d->tv[i + 1].s))
		return i + 2;
	if ((j = talked_about(d, i, end)) != 0 ||
	    (j = accused_of(d, i, end)) != 0)
		return j;
	return in(ask_verbs, w, n) ? asked_about(d, i, end) : 0;
}

/* Cues whose hearer may follow "to": "admitted to jurors he was". */
static const char *const to_hearer_cues[] = {
	"said", "says", "admitted", "admits", "explained", "explains",
	"confessed", "confesses", "conceded", "concedes", "complained",
	"complains", "insisted", "insists", "boasted", "boasts", "confided",
	"confides", "revealed", "reveals", "stressed", "stresses",
	"suggested", "suggests", "declared", "declares", "wrote", "writes",
	NULL
};

/* "clear" at token i after "made" or "made it" (any form of "make"):
 * the token of "made"; 0 when it is none. */
static size_t
made_clear(const struct xdoc *d, size_t si, size_t i)
{
	static const char *const make[] = {
		"made", "make", "makes", "making", NULL
	};
	size_t k = i;

	if (!word_is(d, i, "clear") || k <= d->sv[si].t0)
		return 0;
	if (word_is(d, k - 1, "it") && k - 1 > d->sv[si].t0)
		k--;
	return d->tv[k - 1].kind == W_WORD && in(make, d->text +
	    d->tv[k - 1].s, d->tv[k - 1].e - d->tv[k - 1].s) ? k - 1 : 0;
}

/* The first word after the cue (and its hearer) of as_cue_comma(): a
 * preposition or word of time, a particle ("pointed out", "put it") or
 * an adverb in -ly. */
static bool
as_cue_tail(const struct xdoc *d, size_t k)
{
	static const char *const tails[] = {
		"out", "it", "so", "repeatedly", "often", "to", "with", NULL
	};
	const char *w = d->text + d->tv[k].s;
	size_t n = d->tv[k].e - d->tv[k].s;

	if (d->tv[k].kind != W_WORD)
		return false;
	/* "As he has said many times, ..." */
	if (word_is(d, k, "many") || word_is(d, k, "several"))
		return word_is(d, k + 1, "times");
	return in(cue_preps, w, n) || in(time_words, w, n) || in(tails, w,
	    n) || (n > 4 && w[n - 2] == 'l' && w[n - 1] == 'y');
}

/*
 * "As Tom Hale noted, ...", "As the mayor pointed out on Monday, ...":
 * the sentence opens with "As", a subject and the cue at i, then a few
 * words of time or place and a comma, and a clause follows.  The comma's
 * token; 0 when the words do not fit.
 */
static size_t
as_cue_comma(const struct xdoc *d, size_t si, size_t i, size_t end)
{
	size_t t0 = d->sv[si].t0, k;

	/* (a cue word that is as often a noun is one here: "As well as
	 * strong demand, ...", "As part of its plans, ...") */
	if (i < t0 + 2 || i > t0 + 7 || d->tv[t0].kind != W_WORD ||
	    !word_is(d, t0, "As") || d->tv[i].cap || nounish_word(d->text +
	    d->tv[i].s, d->tv[i].e - d->tv[i].s) || word_is(d, t0 + 1,
	    "well") || word_is(d, t0 + 1, "part"))
		return 0;
	for (k = t0 + 1; k < i; k++)
		if (d->tv[k].kind != W_WORD || d->tv[k].inq)
			return 0;
	/* the words before the comma are no object of the verb ("As he
	 * welcomed the guests, ..."): a hearer after "told", then nothing
	 * or a phrase of time, place or manner ("on Monday", "out",
	 * "publicly") */
	k = in(tell_cues, d->text + d->tv[i].s, d->tv[i].e - d->tv[i].s) ?
	    tell_hearer(d, i + 1, end) : i + 1;
	if (k < end && !is_comma(d, k) && !as_cue_tail(d, k))
		return 0;
	for (; k < end && k < i + 6 && d->tv[k].kind == W_WORD &&
	    !d->tv[k].inq; k++)
		;
	return k + 1 < end && k < i + 6 && is_comma(d, k) &&
	    d->tv[k + 1].kind == W_WORD && !d->tv[k + 1].inq &&
	    clause_from(d, k + 1, end) ? k : 0;
}

/* Is token k a finite verb for subject_noun_end(): an auxiliary, a
 * lower-case word in -ed or an irregular past? */
static bool
finite_tok(const struct xdoc *d, size_t k)
{
	const char *w = d->text + d->tv[k].s;
	size_t n = d->tv[k].e - d->tv[k].s;

	return d->tv[k].kind == W_WORD && !d->tv[k].inq && (in(finite, w, n) ||
	    (!d->tv[k].cap && ((n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd') ||
	    in(irregular_past, w, n))));
}

/*
 * Is the cue at i, a lower-case word in -ed, a participle after the noun
 * of a phrase that a preposition opens, in a clause whose verb came
 * before it ("sore from a series of injections intended to calm her";
 * not "The report from the ministry concluded that")?
 */
static bool
reduced_relative(const struct xdoc *d, size_t i, size_t t0)
{
	static const char *const opens[] = {
		"from", "with", "into", "against", "about", "in", "on", "at",
		"to", "for", NULL
	};
	/* words before a verb that are no noun: "and dismissed", "twice
	 * declined" */
	static const char *const not_nouns[] = {
		"and", "but", "then", "also", "twice", "again", "later",
		"once", "still", "never", "not", "who", "which", "that", "they",
		"she", "you", "has", "had", "have", "was", "were", "been",
		"being", "soon", "just", "already", "thus", "duly", NULL
	};
	size_t n = d->tv[i].e - d->tv[i].s, k, p;

	if (d->tv[i].cap || n < 5 || memcmp(d->text + d->tv[i].e - 2, "ed",
	    2) != 0 || i < t0 + 3 || d->tv[i - 1].kind != W_WORD ||
	    d->tv[i - 1].cap || d->tv[i - 1].inq || d->tv[i - 1].e -
	    d->tv[i - 1].s < 3 || d->text[d->tv[i - 1].s] == '\'' ||
	    in(dets, d->text + d->tv[i - 1].s, d->tv[i - 1].e -
	    d->tv[i - 1].s) || in(not_nouns, d->text + d->tv[i - 1].s,
	    d->tv[i - 1].e - d->tv[i - 1].s) || adverb_ly(d, i - 1))
		return false;
	/* the phrase: lower-case words, no verb, back to its preposition
	 * and a determiner after it */
	for (p = i - 1; p > t0 && p + 6 > i; p--) {
		if (d->tv[p - 1].kind != W_WORD || d->tv[p - 1].inq)
			return false;
		if (in(opens, d->text + d->tv[p - 1].s, d->tv[p - 1].e -
		    d->tv[p - 1].s) && in(dets, d->text + d->tv[p].s,
		    d->tv[p].e - d->tv[p].s))
			break;
		if (finite_tok(d, p - 1) || word_is(d, p - 1, "that") ||
		    word_is(d, p - 1, "who") || word_is(d, p - 1, "which") ||
		    in(subordinators, d->text + d->tv[p - 1].s,
		    d->tv[p - 1].e - d->tv[p - 1].s))
			return false;
	}
	if (p <= t0 || p + 6 <= i)
		return false;
	/* (an auxiliary or an irregular past: a word in -ed there may be
	 * a participle too, "firms involved in the sale agreed") */
	for (k = t0; k + 1 < p; k++)
		if (d->tv[k].kind == W_WORD && !d->tv[k].inq &&
		    (in(finite, d->text + d->tv[k].s, d->tv[k].e -
		    d->tv[k].s) || (!d->tv[k].cap && in(irregular_past,
		    d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s))))
			return true;
	return false;
}

/*
 * Is the cue at i, a lower-case word in -ed after the noun that heads the
 * sentence's subject, a participle of that noun, the sentence's verb an
 * auxiliary after a phrase that a preposition opens ("The plans announced
 * on Monday would cut costs", "two of the licences denied under the
 * embargo would have been granted"; not "The council claimed on Monday
 * the pier would close", where a new subject follows the phrase)?
 */
static bool
participle_subject(const struct xdoc *d, size_t i, size_t t0, size_t end)
{
	static const char *const heads[] = {
		"the", "a", "an", "only", "some", "many", "most", "all",
		"several", "few", "both", "two", "three", "these", "those", NULL
	};
	static const char *const opens[] = {
		"under", "on", "in", "at", "during", "since", "from", "with",
		"over", "last", "earlier", "this", NULL
	};
	const char *w = d->text + d->tv[i].s;
	size_t n = d->tv[i].e - d->tv[i].s, k;

	/* (past a conjunction that links the sentence: "And only two") */
	if (t0 + 1 < i && (word_is(d, t0, "And") || word_is(d, t0, "But") ||
	    word_is(d, t0, "Yet") || word_is(d, t0, "So")))
		t0++;
	if (d->tv[i].cap || n < 5 || memcmp(w + n - 2, "ed", 2) != 0 ||
	    in(when_time, w, n) || i < t0 + 2 || i + 3 >= end ||
	    d->tv[i - 1].kind != W_WORD || d->tv[i - 1].cap ||
	    subject_pronoun(d, i - 1) || !xq_tok_in_lower(d, t0, 16, heads))
		return false;
	for (k = t0; k < i; k++)
		if (d->tv[k].kind != W_WORD || d->tv[k].inq ||
		    in(xq_finite_aux, d->text + d->tv[k].s, d->tv[k].e -
		    d->tv[k].s))
			return false;
	if (d->tv[i + 1].kind != W_WORD || !in(opens, d->text +
	    d->tv[i + 1].s, d->tv[i + 1].e - d->tv[i + 1].s))
		return false;
	k = i + 2;
	if (in(dets, d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s))
		k++;
	for (; k < end && k < i + 8 && d->tv[k].kind == W_WORD &&
	    !d->tv[k].inq && !finite_tok(d, k) && !subject_pronoun(d, k) &&
	    !in(dets, d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s); k++)
		;
	return k < end && d->tv[k].kind == W_WORD && in(xq_finite_aux,
	    d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s);
}

/*
 * Is the cue at i, a lower-case word in -ing straight after the noun
 * phrase of a few words that opens the sentence, a participle of that
 * noun, the sentence's verb an auxiliary at the end of its phrase, no
 * comma nor other verb before it ("Critics opposing the plan for the port
 * have said ...")?
 */
static bool
ing_after_subject(const struct xdoc *d, size_t i, size_t t0, size_t end)
{
	const char *w = d->text + d->tv[i].s;
	size_t n = d->tv[i].e - d->tv[i].s, k;

	if (d->tv[i].cap || n < 5 || memcmp(w + n - 3, "ing", 3) != 0 ||
	    i < t0 + 1 || i > t0 + 3 || !d->tv[t0].cap ||
	    subject_pronoun(d, i - 1) || in(dets, d->text + d->tv[i - 1].s,
	    d->tv[i - 1].e - d->tv[i - 1].s))
		return false;
	/* (a noun phrase: no preposition nor subordinator, "After saying
	 * her foot was ...,") */
	for (k = t0; k < i; k++)
		if (d->tv[k].kind != W_WORD || d->tv[k].inq || finite_tok(d, k) ||
		    xq_is_cue(d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s) ||
		    xq_tok_in_lower(d, k, 16, noun_preps) ||
		    xq_tok_in_lower(d, k, 16, subordinators))
			return false;
	for (k = i + 1; k < end && k < i + 16 && d->tv[k].kind == W_WORD &&
	    !d->tv[k].inq && !finite_tok(d, k) && !subject_pronoun(d, k) &&
	    !word_is(d, k, "that") && !word_is(d, k, "who") &&
	    !word_is(d, k, "which"); k++)
		;
	return k > i + 1 && k < end && d->tv[k].kind == W_WORD &&
	    in(xq_finite_aux, d->text + d->tv[k].s, d->tv[k].e - d->tv[k].s);
}

/*
 * "Hale's claim that the bridge was safe was false": a noun of report
 * at i heads the sentence's subject (names, determiners, adjectives and
 * owners before it from t0: "The mayor's claim"), so its clause [a, b)
 * ends before the main verb, a
 * second finite verb after the clause's own that no "and" nor auxiliary
 * joins to it.
 * The end; b when there is no such verb, or a relative pronoun comes
 * before the clause's verb ("the man who built it was ..."), where
 * which verb is whose is not known.
 */
static size_t
subject_noun_end(const struct xdoc *d, size_t t0, size_t i, size_t a,
    size_t b)
{
	static const char *const joins[] = {
		"and", "or", "but", "that", "which", "who", "be", "been",
		"being", "not", "to", "never", NULL
	};
	size_t k, v;

	/* the subject: names, determiners and adjectives only ("Contrary
	 * to his claim that ...," is a phrase before the subject) */
	if (i > t0 + 8)
		return b;
	for (k = t0; k < i; k++)
		if (d->tv[k].kind != W_WORD || finite_tok(d, k) ||
		    (!d->tv[k].cap && !in(noun_dets, d->text + d->tv[k].s,
		    d->tv[k].e - d->tv[k].s) && !in(xq_noun_adjs, d->text +
		    d->tv[k].s, d->tv[k].e - d->tv[k].s) &&
		    !xq_possessive(d, k)))
			return b;
	for (v = a + 1; v < b && !finite_tok(d, v); v++)
		if (d->tv[v].kind == W_WORD && (word_is(d, v, "who") ||
		    word_is(d, v, "which") || word_is(d, v, "that")))
			return b;
	for (k = v + 2; k < b; k++)
		if (finite_tok(d, k) && !(d->tv[k - 1].kind == W_WORD &&
		    (in(joins, d->text + d->tv[k - 1].s, d->tv[k - 1].e -
		    d->tv[k - 1].s) || in(finite, d->text + d->tv[k - 1].s,
		    d->tv[k - 1].e - d->tv[k - 1].s))))
			return k;
	return b;
}

/* Is token i, before end, a lower-case word in -ing? */
static bool
ing_after(const struct xdoc *d, size_t i, size_t end)
{
	const char *w = d->text + d->tv[i].s;
	size_t n = d->tv[i].e - d->tv[i].s;

	return i < end && d->tv[i].kind == W_WORD && !d->tv[i].cap &&
	    !d->tv[i].inq && n > 5 && memcmp(w + n - 3, "ing", 3) == 0;
}

/*
 * Is the word at i the object of a participle just before it ("a book
 * charting disputes", "a leaflet showing claims"): a lower-case word in
 * -ing after a word that is no determiner, so the participle's own
 * (not "the ruling says", "its thinking remains"), nor a verb's
 * progressive, whose subject has the plans ("is currently developing
 * plans to ...")?
 */
static bool
participle_object(const struct xdoc *d, size_t t0, size_t i)
{
	const char *w;
	size_t n;

	if (i < t0 + 2 || !ing_after(d, i - 1, i) ||
	    d->tv[i - 2].kind != W_WORD)
		return false;
	w = d->text + d->tv[i - 2].s;
	n = d->tv[i - 2].e - d->tv[i - 2].s;
	return !wset_in_lower(noun_dets, w, n) && !in(xq_be_forms, w, n) &&
	    !adverb_ly(d, i - 2);
}

/*
 * Is token j a participle in -ed after a form of "be" ("is modelled",
 * "is closely modelled"), before "according to": the manner of it, not a
 * source ("The actor is modelled according to the laws of physics"; but
 * "... is wrong according to the journal")?
 */
static bool
passive_manner(const struct xdoc *d, size_t j, size_t t0)
{
	size_t n = d->tv[j].e - d->tv[j].s;

	return d->tv[j].kind == W_WORD && !d->tv[j].cap && n > 3 &&
	    memcmp(d->text + d->tv[j].e - 2, "ed", 2) == 0 &&
	    xq_passive(d, j, t0);
}

/* Verbs of a likeness or a wish before "like": "feels like a film". */
static const char *const feel_words[] = {
	"feel", "feels", "felt", "feeling", NULL
};

void
xq_indirect(struct xdoc *d)
{
	const char *const *lead = lead_words();
	size_t si, i, j, k, end, a, b, tried;
	size_t c;
	bool had_clause, rel;

	for (si = 0; si < d->ns; si++) {
		end = d->sv[si].t1;
		had_clause = false;
		tried = 0;
		if ((j = headline_colon(d, si)) != 0) {
			add_indirect(d, j + 1, end, j);
			continue;
		}
		for (i = d->sv[si].t0; i < end; i++) {
			const struct xtok *t = &d->tv[i];
			const char *w = d->text + t->s;
			size_t n = t->e - t->s;

			if (t->kind != W_WORD || t->inq)
				continue;
			/* "made clear that ...", "has made it clear the
			 * port ...": the phrase is the cue */
			if (n == 5 && !t->cap && (c = made_clear(d, si, i)) !=
			    0) {
				/* (a few hundred at most, as for the cues
				 * below) */
				if (++tried > 4 * MAXREP)
					break;
				/* (past a time: "made clear on Friday that") */
				j = skip_after_cue(d, i + 1, end);
				a = word_is(d, j, "that") ? j + 1 : j;
				if (a < end && d->tv[a].kind == W_WORD &&
				    !d->tv[a].inq && (a == j + 1 ||
				    clause_from(d, a, end))) {
					for (b = a; b < end && !clause_end(d, b,
					    end); b++)
						;
					if (add_indirect(d, a, b, i)) {
						/* the cue: "made (it) clear" */
						d->qv[d->nq - 1].cs =
						    d->tv[c].s;
						had_clause = true;
					}
				}
				continue;
			}
			/* the common case: a lower-case word that leads nowhere */
			if (!t->cap && !(n == 9 && word_is(d, i, "according")) &&
			    !wset_in(lead, w, n))
				continue;
			/* each cue may look to the sentence's end: past a few
			 * hundred in one sentence (a list of them, not prose)
			 * the rest are left, so time stays linear */
			if (!t->cap && ++tried > 4 * MAXREP)
				break;
			/* the lists below are in lower case: a capitalised word
			 * leads only as "According to" or as the last word of
			 * a headline's cue ("... Doctor Says") */
			if (t->cap && !(n == 9 && word_is(d, i, "according")) &&
			    (i + 2 < end || i == d->sv[si].t0 ||
			    !d->tv[i - 1].cap))
				continue;
			/* "listed according to whether ...": a criterion, no
			 * source */
			if (word_is(d, i, "according") && word_is(d, i + 1,
			    "to") && (word_is(d, i + 2, "whether") ||
			    word_is(d, i + 2, "how") || word_is(d, i + 2,
			    "what") || word_is(d, i + 2, "which")))
				continue;
			/* "according to X, CLAUSE" and "CLAUSE, according to X" */
			if (word_is(d, i, "according") && word_is(d, i + 1, "to")) {
				for (j = i + 2; j < end && !(d->tv[j].kind ==
				    W_PUNCT && d->text[d->tv[j].s] == ','); j++)
					;
				/* "According to technology analysts, TDG
				 * Research, there will be": a name set off
				 * after the source is the source's */
				if (j + 2 < end && i == d->sv[si].t0 +
				    (d->tv[d->sv[si].t0].kind != W_WORD)) {
					for (b = j + 1; b < end && b < j + 6 &&
					    d->tv[b].kind == W_WORD &&
					    d->tv[b].cap && !d->tv[b].inq; b++)
						;
					/* (not "HSBC, the biggest bank, will":
					 * the report's subject, its own
					 * description after it) */
					if (b > j + 1 && b + 1 < end &&
					    is_comma(d, b) &&
					    !word_is(d, b + 1, "the") &&
					    !word_is(d, b + 1, "a") &&
					    !word_is(d, b + 1, "an"))
						j = b;
				}
				/* not 'According to Linde, "...": a direct
				 * quotation, attributed there */
				if (j + 1 < end && i == d->sv[si].t0 +
				    (d->tv[d->sv[si].t0].kind != W_WORD) &&
				    d->tv[j + 1].kind != W_OPEN) {
					for (b = j + 1; b < end &&
					    !clause_end(d, b, end); b++)
						;
					add_indirect(d, j + 1, b, i);
				} else if (i > d->sv[si].t0 + 2 &&
				    is_comma(d, i - 1) &&
				    j + 1 < end && is_comma(d, j) &&
				    d->tv[j + 1].kind == W_WORD &&
				    in(finite, d->text + d->tv[j + 1].s,
				    d->tv[j + 1].e - d->tv[j + 1].s)) {
					/* "Adidas has a trainer which, according
					 * to Ana Ruiz, can sense ...": the
					 * sentence around the aside */
					a = d->sv[si].t0;
					if (d->tv[a].kind != W_WORD)
						a++;
					for (b = j + 1; b < end &&
					    !clause_end(d, b, end); b++)
						;
					add_indirect(d, a, b, i);
				} else if (i > d->sv[si].t0 + 2 &&
				    is_comma(d, i - 1) && only_time(d,
				    d->sv[si].t0, i - 1) && j + 1 < end &&
				    is_comma(d, j) && d->tv[j + 1].kind ==
				    W_WORD) {
					/* "In 2004, according to Tellco, sales
					 * will ...": a time before it, the
					 * report after */
					for (b = j + 1; b < end &&
					    !clause_end(d, b, end); b++)
						;
					add_indirect(d, j + 1, b, i);
				} else if (i > d->sv[si].t0 + 2 &&
				    is_comma(d, i - 1)) {
					add_indirect(d, d->sv[si].t0, i - 1, i);
				} else if (i > d->sv[si].t0 + 3 &&
				    (d->tv[i - 1].kind == W_WORD ||
				    is_dash(d, i - 1)) && !d->tv[i - 1].inq &&
				    !passive_manner(d, i - 1, d->sv[si].t0) &&
				    !marks_in(d, d->sv[si].t0, i) &&
				    source_to_end(d, i + 2, end)) {
					/* "... is wrong according to the
					 * journal.", "... wrong -- according
					 * to ..." */
					a = d->sv[si].t0;
					if (d->tv[a].kind != W_WORD)
						a++;
					if (word_is(d, a, "and") ||
					    word_is(d, a, "but"))
						a++;
					add_indirect(d, a, is_dash(d, i - 1) ?
					    i - 1 : i, i);
				}
				continue;
			}
			if (!t->cap && set_phrase(d, i, d->sv[si].t0))
				continue;
			/* "a book charting disputes between them": a word in
			 * -s after a participle is its object, a noun (but
			 * "the ruling says": a noun in -ing before a verb) */
			if (!t->cap && n > 3 && w[n - 1] == 's' &&
			    participle_object(d, d->sv[si].t0, i))
				continue;
			/* "the plans of the council", "claims of abuse": a
			 * noun before "of" (not "talks of war"), or before a
			 * participle ("poster plans attacking him") */
			if (!t->cap && n > 3 && w[n - 1] == 's' &&
			    in(noun_plurals, w, n) && !word_is(d, i, "talks") &&
			    !word_is(d, i, "urges") && (word_is(d, i + 1,
			    "of") || ing_after(d, i + 1, end)))
				continue;
			/* "the first port of call for users": after "of", a
			 * noun (but "accused him of saying") */
			if (!t->cap && i > d->sv[si].t0 && word_is(d, i - 1,
			    "of") && !(n > 4 && memcmp(w + n - 3, "ing", 3) == 0))
				continue;
			/* "feels like a film", "I felt like quitting": a
			 * likeness or a wish, no report */
			if (word_is(d, i + 1, "like") && in(feel_words, w, n))
				continue;
			/* "we are convinced the port will grow"; not "convinced
			 * the board to sell" */
			if (n == 9 && memcmp(w, "convinced", 9) == 0 &&
			    (i == d->sv[si].t0 || !in(xq_be_forms, d->text +
			    d->tv[i - 1].s, d->tv[i - 1].e - d->tv[i - 1].s)))
				continue;
			/* "Linde was asked about it": she is no speaker */
			if (in(ask_verbs, w, n) && i > d->sv[si].t0 &&
			    in(xq_be_forms, d->text + d->tv[i - 1].s,
			    d->tv[i - 1].e - d->tv[i - 1].s))
				continue;
			/* "warned of a recession", "spoke to reporters about
			 * the vote", "accused the mayor of lying", "asked him
			 * about the vote" */
			if ((j = prep_report_at(d, i, end)) != 0 &&
			    !negated(d, i, d->sv[si].t0) &&
			    /* (not a noun that opens the clause of a cue
			     * before it: "insisted talks on new investment
			     * are"; but the object of one: "rejected calls
			     * for a tax") */
			    !(in(noun_plurals, w, n) && i > d->sv[si].t0 &&
			    d->tv[i - 1].kind == W_WORD && !d->tv[i - 1].cap &&
			    is_cue(d->text + d->tv[i - 1].s, d->tv[i - 1].e -
			    d->tv[i - 1].s) && !in(np_cues, d->text +
			    d->tv[i - 1].s, d->tv[i - 1].e - d->tv[i - 1].s) &&
			    !in(xq_light_verbs, d->text + d->tv[i - 1].s,
			    d->tv[i - 1].e - d->tv[i - 1].s) &&
			    !in(object_verbs, d->text + d->tv[i - 1].s,
			    d->tv[i - 1].e - d->tv[i - 1].s)) &&
			    /* (not "argued for years that": a time) */
			    !(word_is(d, i + 1, "for") && for_time(d, i + 2,
			    end)) &&
			    prep_object(d, j, end, &b)) {
				/* " - who has called for a tax - lambasting":
				 * a relative clause between dashes ends at
				 * the dash that closes it */
				if (dash_relative(d, i, d->sv[si].t0))
					for (a = j; a < b; a++)
						if (is_dash(d, a) &&
						    relative_end(d, a, end)) {
							b = a;
							break;
						}
				/* "spoke of his fears that X": X */
				add_indirect(d, stance_that(d, j, b), b, i);
				had_clause = true;
				continue;
			}
			/* "..., Reuters reported the regulator as saying.":
			 * the clause before, said by whom the channel quotes */
			if (xq_channel_object(d, i, end, &a, &b)) {
				for (j = i; j > d->sv[si].t0 && j + 6 > i &&
				    !is_comma(d, j - 1); j--)
					;
				if (j > d->sv[si].t0 + 2 && d->tv[j - 1].kind ==
				    W_PUNCT && d->text[d->tv[j - 1].s] == ',' &&
				    !marks_in(d, d->sv[si].t0, j - 1)) {
					a = d->sv[si].t0;
					if (d->tv[a].kind != W_WORD)
						a++;
					if (add_indirect(d, a, j - 1, i))
						had_clause = true;
				}
				continue;
			}
			/* "was confident that ...": a state of mind after a
			 * form of "be" (not "was not sure that") */
			if (!t->cap && in(mind_adjs, w, n)) {
				if (word_is(d, i + 1, "that") && i + 2 < end &&
				    d->tv[i + 2].kind == W_WORD &&
				    xq_passive(d, i, d->sv[si].t0) &&
				    !negated(d, i, d->sv[si].t0) &&
				    add_clause(d, i + 2, end, i))
					had_clause = true;
				continue;
			}
			if (!is_cue(w, n)) {
				char low[16];

				/* "Former White House Doctor Says" (a headline) */
				if (!t->cap || n >= sizeof(low) || i == d->sv[si].t0 ||
				    !d->tv[i - 1].cap)
					continue;
				memcpy(low, w, n);
				low[0] = (char)(low[0] - 'A' + 'a');
				if (!in(inv_cues, low, n) || i + 2 < end)
					continue;
				for (j = i; j > d->sv[si].t0 && d->tv[j - 1].kind ==
				    W_WORD; j--)
					;
				if (j > d->sv[si].t0 + 2 && d->text[d->tv[j - 1].s] ==
				    ',') {
					a = d->sv[si].t0;
					if (d->tv[a].kind != W_WORD)
						a++;
					add_indirect(d, a, j - 1, i);
				}
				continue;
			}
			/* "Lufthansa showed signs of recovery", "game shows":
			 * "show" reports only evidence ("Figures show ...") or a
			 * clause of "that" */
			if ((word_is(d, i, "show") || word_is(d, i, "shows") ||
			    word_is(d, i, "showed")) && !word_is(d, i + 1,
			    "that") && !evidence_shows(d, i, d->sv[si].t0))
				continue;
			/* 'he said "budget reforms" and the taxes would pay for
			 * them': quoted words open the clause, which goes on */
			if ((in(bare_cues, w, n) || clause_cue(d, i,
			    d->sv[si].t0, w, n)) &&
			    i > d->sv[si].t0 &&
			    d->tv[i - 1].kind == W_WORD && i + 1 < end &&
			    quote_opens_clause(d, i + 1, end) &&
			    finite_after_marks(d, i + 1, end)) {
				if (add_clause(d, i + 1, end, i))
					had_clause = true;
				continue;
			}
			/* the attribution of a direct quote, before or after it */
			if (near_mark(d, i, d->sv[si].t0, end))
				continue;
			if (phrasal(d, i))
				continue;	/* "called off", "showed up" */
			/* "from a series of injections intended to ..." */
			if (reduced_relative(d, i, d->sv[si].t0) ||
			    participle_subject(d, i, d->sv[si].t0, end) ||
			    ing_after_subject(d, i, d->sv[si].t0, end))
				continue;
			/* "As Tom Hale noted on Monday, the bridge is ...":
			 * the clause after the comma that ends the opening
			 * "As" and its cue */
			if ((c = as_cue_comma(d, si, i, end)) != 0) {
				for (b = c + 1; b < end && !clause_end(d, b,
				    end); b++)
					;
				if (add_indirect(d, c + 1, b, i))
					had_clause = true;
				continue;
			}
			j = skip_after_cue(d, i + 1, end);
			/* (not past an infinitive: "vowed to sue any firm
			 * that buys" reports "to sue ...") */
			if (!(j == i + 1 && word_is(d, j, "to") &&
			    in(to_cues, w, n)))
				j = that_after_phrase(d, j, end,
				    in(tell_cues, w, n));
			/* "cautioned, as did the campaign itself, that ...",
			 * "claimed, without evidence, that ...": a comparison
			 * or an aside set off between the cue and "that" (no
			 * cue of its own in it) */
			if (j == i + 1 && j + 3 < end && d->tv[j].kind ==
			    W_PUNCT && d->text[d->tv[j].s] == ',') {
				for (k = j + 1; k < end && k < j + 12 &&
				    d->tv[k].kind == W_WORD && !d->tv[k].inq &&
				    (k == j + 1 || !is_cue(d->text + d->tv[k].s,
				    d->tv[k].e - d->tv[k].s)); k++)
					;
				if (k + 1 < end && is_comma(d, k) &&
				    word_is(d, k + 1, "that"))
					j = k + 1;
			}
			/* ", The Carrow Journal reports.", ", the book claims.":
			 * a noun-like cue in -s ending the sentence closes an
			 * attribution when a name or a determiner opens its
			 * subject (not ", according to reports.", ", along
			 * with other shows.") */
			if (nounish_word(w, n) && w[n - 1] == 's' && i + 2 >= end &&
			    !had_clause && closing_subject(d, i, d->sv[si].t0)) {
				clause_before(d, si, i, end);
				continue;
			}
			/* a noun of report reports only with its owner before
			 * it: "Hale's assertion that", "his latest allegation
			 * that", not "denied allegations that" (whose?) */
			if (in(owned_nouns, w, n) && !owned(d, i,
			    d->sv[si].t0))
				continue;
			/* a noun-like cue reports only with "that" or a clause
			 * after it: "one study found the plan would ..." */
			if (nounish_word(w, n) && word_is(d, j, "that") &&
			    relative_that(d, j, end))
				continue;	/* "an hourlong show that aired" */
			if (nounish_word(w, n) && !word_is(d, j, "that") &&
			    !evidence_shows(d, i, d->sv[si].t0) &&
			    !(j < end && d->tv[j].kind == W_WORD &&
			    !d->tv[j].inq && i > d->sv[si].t0 &&
			    d->tv[i - 1].kind == W_WORD && !in(dets, d->text +
			    d->tv[i - 1].s, d->tv[i - 1].e - d->tv[i - 1].s) &&
			    clause_from(d, j, end)))
				continue;
			if (negated(d, i, d->sv[si].t0))
				continue;	/* "neither side had confirmed" */
			/* "was found guilty", "being found asleep": a finding
			 * of fact, not a report */
			if (n == 5 && memcmp(w, "found", 5) == 0 &&
			    xq_passive(d, i, d->sv[si].t0) &&
			    !word_is(d, i + 1, "that"))
				continue;
			if (xq_noun_use(d, i, d->sv[si].t0))
				continue;	/* "his announced plans" */
			/* "told Blinken that", "told the BBC that" */
			if (!word_is(d, j, "that") && j + 1 < end &&
			    d->tv[j].kind == W_WORD && d->tv[j].cap &&
			    word_is(d, j + 1, "that"))
				j++;
			/* the hearer: "told the Post on Friday that", "told
			 * reporters the talks had failed", "admitted to jurors
			 * he was", "explained to reporters that" */
			b = 0;
			if (word_is(d, j, "that"))
				;
			else if (in(tell_cues, w, n))
				b = (k = tell_object(d, j, end)) > j ? k : 0;
			else if (in(ask_verbs, w, n) && (k = tell_hearer(d, j,
			    end)) > j && directive_to(d, k, end))
				b = k;	/* "asked voters to stay home" */
			else if (word_is(d, j, "to") && in(to_hearer_cues, w, n))
				b = (k = tell_hearer(d, j + 1, end)) > j + 1 ? k :
				    0;
			if (b != 0) {
				b = skip_after_cue(d, b, end);
				/* "told a court in the town of Santa Maria she
				 * was": past the place to the clause's pronoun,
				 * else no report (where the place ends is not
				 * known) */
				if (word_is(d, b, "on") && b + 2 < end &&
				    in(xq_weekdays, d->text + d->tv[b + 1].s,
				    d->tv[b + 1].e - d->tv[b + 1].s))
					b += 2;	/* "told the BBC on Tuesday care
						 * was needed" */
				else if (word_is(d, b, "in") || word_is(d, b,
				    "at") || word_is(d, b, "on")) {
					for (k = b + 1; k < end && k < b + 10 &&
					    d->tv[k].kind == W_WORD &&
					    !d->tv[k].inq && !word_is(d, k,
					    "that") && !subject_pronoun(d, k); k++)
						;
					if (k < end && !word_is(d, k, "that") &&
					    d->tv[k].kind == W_WORD &&
					    !d->tv[k].inq && k < b + 10)
						b = k;
				}
				/* "told reporters who had gathered outside
				 * that ...": a clause about the hearer, then
				 * the report after "that" (not the "that" of
				 * a cue inside the clause: "told a woman who
				 * suggested that") */
				if (word_is(d, b, "who") || word_is(d, b,
				    "whom")) {
					for (k = b + 1; k < end && k < b + 12 &&
					    d->tv[k].kind == W_WORD &&
					    !d->tv[k].inq && !word_is(d, k,
					    "that") && !is_cue(d->text +
					    d->tv[k].s, d->tv[k].e -
					    d->tv[k].s); k++)
						;
					b = k < end && word_is(d, k, "that") ?
					    k : end;
				}
				/* "told his staff to stay quiet", "warned
				 * residents not to travel": a bidding, from
				 * "to" (or its negation) to the clause end */
				if (directive_to(d, b, end)) {
					add_clause(d, b, end, i);
					had_clause = true;
					continue;
				}
				/* "told him to his face that ...": a phrase
				 * of manner, "told a Labour Party gathering
				 * that ...": the rest of the hearer; then the
				 * report after "that" (not past a subject, a
				 * determiner or a verb: "told his aides the
				 * plan that he backed was dead") */
				for (k = b; k < end && k < b + 4 &&
				    d->tv[k].kind == W_WORD && !d->tv[k].inq &&
				    !word_is(d, k, "that") && !finite_tok(d, k) &&
				    !is_cue(d->text + d->tv[k].s, d->tv[k].e -
				    d->tv[k].s) && (word_is(d, b, "to") ||
				    (!in(dets, d->text + d->tv[k].s, d->tv[k].e -
				    d->tv[k].s) && !in(clause_subjects, d->text +
				    d->tv[k].s, d->tv[k].e - d->tv[k].s))); k++)
					;
				if (k > b && k < end && word_is(d, k, "that"))
					b = k;
				/* not "told a dispatcher before police
				 * arrived" */
				if (word_is(d, b, "that"))
					j = b;
				else if (b < end && d->tv[b].kind == W_WORD &&
				    !word_is(d, b, "in") && !word_is(d, b, "at") &&
				    !word_is(d, b, "on") &&
				    /* not "wrote to his office saying ..." */
				    !(d->tv[b].e - d->tv[b].s > 4 &&
				    memcmp(d->text + d->tv[b].e - 3, "ing",
				    3) == 0) &&
				    !d->tv[b].inq && !sub_in(d, j, b + 1) &&
				    clause_from(d, b, end)) {
					add_clause(d, b, end, i);
					had_clause = true;
					continue;
				}
			}
			/* "It said, despite four years of preparations, some
			 * councils were not ready": a phrase set off after the
			 * cue, then the clause; the report holds both */
			if (j == i + 1 && j + 4 < end && in(bare_cues, w, n) &&
			    d->tv[j].kind == W_PUNCT && d->text[d->tv[j].s] ==
			    ',' && !d->tv[j].inq &&
			    !paren_subject(d, i, d->sv[si].t0) &&
			    (in(subordinators, d->text +
			    d->tv[j + 1].s, d->tv[j + 1].e - d->tv[j + 1].s) ||
			    word_is(d, j + 1, "if") || word_is(d, j + 1, "in") ||
			    word_is(d, j + 1, "under") || word_is(d, j + 1,
			    "unless"))) {
				for (c = j + 2; c < end && c < j + 14 &&
				    d->tv[c].kind == W_WORD && !d->tv[c].inq; c++)
					;
				if (c + 2 < end && is_comma(d, c) &&
				    d->tv[c + 1].kind == W_WORD &&
				    !d->tv[c + 1].inq && clause_from(d, c + 1,
				    end)) {
					for (b = c + 1; b < end && !clause_end(d, b,
					    end); b++)
						;
					/* a place, a time or a channel is no
					 * part: "said, in a statement, the
					 * board ..." */
					if (add_indirect(d, word_is(d, j + 1, "in") ?
					    c + 1 : j + 1, b, i))
						had_clause = true;
					continue;
				}
			}
			/* "said Monday the vote would ...", "said in a
			 * statement the plant was safe" */
			if (!word_is(d, j, "that") && (in(bare_cues, w, n) ||
			    clause_cue(d, i, d->sv[si].t0, w, n)) &&
			    (b = skip_words(d, j, end)) > j && b < end &&
			    d->tv[b].kind == W_WORD && !d->tv[b].inq &&
			    clause_from(d, b, end) &&
			    add_clause(d, b, end, i)) {
				had_clause = true;
				continue;
			}
			if (word_is(d, j, "that")) {
				a = j + 1;
				/* "said that, if elected, he would ..." */
				if (a + 1 < end && is_comma(d, a))
					a++;
			} else if (j == i + 1 && word_is(d, j, "when") &&
			    in(when_time, w, n)) {
				/* "said when she resigned that ...": the report
				 * follows the time; "said when she resigned, the
				 * board would ..." holds it; "said when she
				 * resigned." has none */
				if ((a = when_report(d, j, end)) == 0)
					continue;
			} else if (j == i + 1 && (word_is(d, j, "whether") ||
			    word_is(d, j, "if") || word_is(d, j, "how") ||
			    word_is(d, j, "why") || word_is(d, j, "what") ||
			    word_is(d, j, "who") || word_is(d, j, "when"))) {
				/* "asked whether the deals ..." */
				a = j;
			} else if ((in(np_cues, w, n) || evidence_shows(d, i,
			    d->sv[si].t0)) && j < end &&
			    /* not "has been labelled unfair": a passive's
			     * subject is what was judged */
			    !xq_passive(d, i, d->sv[si].t0) &&
			    d->tv[j].kind == W_WORD && !d->tv[j].inq &&
			    !(i > d->sv[si].t0 && d->tv[i - 1].kind ==
			    W_PUNCT && d->text[d->tv[i - 1].s] == ',' &&
			    name_to_end(d, j, end)) &&
			    !word_is(d, j, "by") && !word_is(d, j, "for") &&
			    !word_is(d, j, "on") && !word_is(d, j, "as") &&
			    (!word_is(d, j, "to") || in(to_cues, w, n)) &&
			    !word_is(d, j, "in")) {
				a = stance_that(d, j, end);
			} else if ((in(bare_cues, w, n) || (clause_cue(d, i,
			    d->sv[si].t0, w, n) && clause_next(d, j, end))) &&
			    j < end &&
			    (d->tv[j].kind == W_WORD || (currency_sign(d->text +
			    d->tv[j].s, d->tv[j].e - d->tv[j].s) &&
			    clause_at(d, j, end))) && !d->tv[j].inq &&
			    /* "adding he would", "adding the fares would",
			     * not "adding 50 jobs" */
			    (!(n == 6 && memcmp(w, "adding", 6) == 0) ||
			    added_clause(d, j, end)) &&
			    j > i && i > d->sv[si].t0 &&
			    (d->tv[i - 1].kind == W_WORD ||
			    /* "18% said they would" */
			    xq_percent(d, i - 1) ||
			    appositive_before(d, i, d->sv[si].t0) ||
			    (n > 4 && memcmp(w + n - 3, "ing", 3) == 0 &&
			    d->text[d->tv[i - 1].s] == ',')) &&
			    !word_is(d, j, "by") && !word_is(d, j, "in") &&
			    !word_is(d, j, "on") && !word_is(d, j, "to") &&
			    !word_is(d, j, "as") &&
			    /* not ", said Dr Okoro.", ", said BBC labour
			     * correspondent Tom Hale.": a name, no clause;
			     * nor ", reported AP news agency." */
			    !titled_name_to_end(d, j, end) &&
			    !(is_comma(d, i - 1) &&
			    !set_off_before(d, i - 1, d->sv[si].t0) &&
			    short_phrase_to_end(d, j, end)) &&
			    ((!word_is(d, j, "the") && !word_is(d, j, "a") &&
			    !word_is(d, j, "this")) || clause_at(d, j, end)) &&
			    !word_is(d, j, "and") && !word_is(d, j, "of") &&
			    (!word_is(d, j, "at") || word_is(d, j + 1, "least") ||
			    word_is(d, j + 1, "most")) && !word_is(d, j, "with") &&
			    !word_is(d, j, "so") && !word_is(d, j, "via") &&
			    !(subject_pronoun(d, j) ?
			    j + 1 >= end || d->tv[j + 1].kind != W_WORD ||
			    d->tv[j + 1].cap : false)) {
				/* "said Beijing would ...": a bare clause */
				a = j;
			} else if ((in(inv_cues, w, n) || in(inv_present, w,
			    n)) && !had_clause && (((c = paren_close(d, i,
			    end)) != 0 && c + 2 < end &&
			    paren_subject(d, i, d->sv[si].t0)) ||
			    paren_inverted(d, i, d->sv[si].t0, end) != 0)) {
				/* "..., he said, ...": the sentence around it */
				a = d->sv[si].t0;
				if (d->tv[a].kind != W_WORD)
					a++;
				add_indirect(d, a, end, i);
				had_clause = true;
				continue;
			} else {
				if ((in(inv_cues, w, n) || (in(inv_present, w,
				    n) && !name_next(d, i + 1, end) &&
				    i > d->sv[si].t0 &&
				    !word_is(d, i - 1, "that") &&
				    !word_is(d, i - 1, "which") &&
				    !word_is(d, i - 1, "who")) ||
				    /* "..., a new analysis of the figures
				     * shows." */
				    ((word_is(d, i, "shows") || word_is(d, i,
				    "showed") || word_is(d, i, "show")) &&
				    evidence_shows(d, i, d->sv[si].t0))) &&
				    (!had_clause || !channel_cue(d, i)))
					/* after a report of its own, the whole
					 * is the closing speaker's: '..., he
					 * said it is safe, Ruiz told the Post.'
					 * (a medium's "reported" is only the
					 * channel) */
					clause_before(d, si, i, end);
				continue;
			}
			if (a >= end || (d->tv[a].kind != W_WORD &&
			    !quote_opens_clause(d, a, end) &&
			    !currency_sign(d->text + d->tv[a].s, d->tv[a].e -
			    d->tv[a].s)) ||
			    (d->tv[a].kind == W_WORD && d->tv[a].inq &&
			    a > i + 1))
				continue;
			rel = relative(d, i, d->sv[si].t0);
			for (b = a; b < end && !clause_end(d, b, end) &&
			    !(rel && relative_end(d, b, end)); b++)
				;
			/* a noun's: "Hale's claim that ...", "the claim
			 * that ..." */
			if (word_is(d, j, "that") && (in(owned_nouns, w, n) ||
			    in(noun_plurals, w, n)) && i > d->sv[si].t0 &&
			    (owned(d, i, d->sv[si].t0) || word_is(d, i - 1,
			    "the") || word_is(d, i - 1, "The")))
				b = subject_noun_end(d, d->sv[si].t0, i, a, b);
			/* "..., pilots said Friday.": nothing after the cue
			 * but time, so the clause before it */
			if (!add_indirect(d, a, b, i) && in(inv_cues, w, n) &&
			    (!had_clause || !channel_cue(d, i)) &&
			    only_time(d, a, b) &&
			    !marks_in(d, d->sv[si].t0, i))
				clause_before(d, si, i, end);
			had_clause = true;
		}
	}
	fragments(d);
}
