/*
 * split: sentence boundaries in news text.
 *
 * The text is cut in three passes:
 *  1. layout: blank lines end paragraphs; inside a paragraph a line break is
 *     "hard" (the line is a sentence of its own: headlines, bylines, list
 *     items, captions) or "soft" (hard-wrapped prose, joined);
 *  2. lists: a unit that opens with an item marker ("1.", "a)", "•") is cut
 *     before each following marker of the same sequence;
 *  3. punctuation: at each run of . ! ? … (with closing quotes and brackets
 *     after it) the words on both sides decide: abbreviations, initials,
 *     numbers, ellipses, URLs and e-mail addresses, and what the next word
 *     is (lower case continues; a word that commonly opens a sentence ends
 *     an ambiguous abbreviation such as "U.S." or "Inc.").
 *
 * Offsets are bytes; ill-formed UTF-8 is treated as opaque non-space bytes.
 *
 * Limits: a "?" or "!" followed by a capitalised word always ends the
 * sentence unless a reporting verb follows the name ("Why?" Smith asked);
 * an abbreviation not in the lists below that ends a sentence is found only
 * by the ambiguous-word rule; lists need their markers in sequence.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rx.h"
#include "utf8.h"
#include "wset.h"
#include "xalloc.h"

#include "split.h"

/* Never end a sentence before a capitalised word or a number. */
static const char *const titles[] = {
	"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov",
	"Lt", "Col", "Capt", "Sgt", "Cpl", "Pvt", "Maj", "Adm", "Brig", "Cmdr",
	"Comdr", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Msgr",
	"Mme", "Mlle", "Messrs", "Mt", "St", "Ste", "Ft", "Gens", "Sens",
	"Reps", "Govs", "Atty", "Amb", "Asst", "Cdr", "Cmdt", "Hr",
	"vs", "v", "viz", "cf", "e.g", "i.e", "E.g", "I.e", "approx", "ca",
	NULL
};

/* Never end a sentence before a number ("No. 5", "p. 12", "Sept. 11"). */
static const char *const before_num[] = {
	"No", "Nos", "Nr", "no", "nos", "N\xC2\xB0", "Vol", "Vols", "vol",
	"pp", "Fig", "Figs", "fig", "Art", "Ch", "Chap", "Sec", "Op", "Pt",
	"Para", "Ed", "Eq", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
	"Sep", "Sept", "Oct", "Nov", "Dec", "tel", "Tel", "ext", "Ext",
	NULL
};

/* May end a sentence: end it only when a sentence-opening word follows. */
static const char *const ambiguous[] = {
	"Inc", "Ltd", "Corp", "Co", "co", "Cos", "Bros", "Plc", "Jr", "Sr",
	"Esq", "etc", "al", "Dept", "Univ", "Assn", "Bldg", "Mfg", "Ave",
	"Blvd", "Rd", "Ln", "Hwy", "Sq", "min", "max", "hr", "hrs", "sec",
	"yr", "yrs", "mo", "mos", "oz", "lb", "lbs", "ft", "pct", "est",
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
	"Sun", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla",
	"Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich",
	"Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa",
	"Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
	NULL
};

/* Words that commonly open an English sentence. */
static const char *const starters[] = {
	"A", "An", "The", "This", "That", "These", "Those", "There", "Here",
	"It", "Its", "He", "She", "His", "Her", "They", "Their", "We", "Our",
	"You", "Your", "I", "My", "Who", "What", "When", "Where", "Why", "How",
	"Which", "Whose", "But", "And", "Or", "So", "Yet", "Nor", "For", "If",
	"As", "At", "In", "On", "By", "To", "Of", "From", "With", "Without",
	"After", "Before", "Since", "Because", "While", "Although", "Though",
	"However", "Meanwhile", "Moreover", "Also", "Still", "Then", "Now",
	"Thus", "Therefore", "Instead", "Indeed", "Today", "Yesterday",
	"Tomorrow", "Last", "Next", "Some", "Many", "Most", "All", "Each",
	"Every", "Both", "Such", "Not", "One", "Another", "Other", "Several",
	"Few", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Has", "Have",
	"Had", "Can", "Could", "Will", "Would", "Should", "May", "Might",
	"Must", "According", "Under", "During", "Despite", "Until", "Mr",
	"Mrs", "Ms", "Dr", "Prof", "Please", "Let", "Let's", "Even", "Only",
	NULL
};

/* A sentence that is only this preposition and a number or two is not one. */
static const char *const preps[] = {
	"At", "By", "Before", "After", "Until", "Till", "Around", "From",
	"Since", "On", "In", "About", "Near", "Past", NULL
};

/* Reporting verbs that keep "Why?" Smith asked in one sentence. */
static const char *const say_verbs[] = {
	"said", "says", "asked", "asks", "added", "adds", "told", "replied",
	"wrote", "shouted", "cried", "exclaimed", "wondered", "demanded",
	"insisted", "continued", "responded", "countered", "quipped",
	"joked", "yelled", "screamed", "tweeted", "noted", "argued",
	"recalled", "laughed", "remarked", "declared", "warned", "pleaded",
	"protested", "retorted", "snapped", "mused", "sighed", "explained",
	"wonders", "demands", "insists", "tweets", NULL
};

static struct rx label_rx;	/* "Image:", "Photo:" credits inside a line */
static struct rx dateline_rx;	/* "Monday, May 18, 2015" or "CITY, State -" */

void
split_init(void)
{
	rx_compile(&label_rx,
	    "(?:Image|Photo|Photograph|Picture|Credit|Source|Video|"
	    "Caption|Illustration|Graphic)s?:(?=\\s)",
	    RX_BYTES, "segment caption-label pattern");
	rx_compile(&dateline_rx,
	    "\\G(?:"
	    "(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?"
	    "(?:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|"
	    "Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|"
	    "Dec(?:ember)?)\\.?\\s+\\d{1,2},?\\s+\\d{4}"
	    "|[A-Z][A-Za-z.'-]*(?:,?\\s[A-Z][A-Za-z.'-]*){0,5}"
	    "(?:\\s\\([A-Za-z ]+\\))?\\s+-{1,2}"
	    "|[A-Z][A-Z.'-]+(?:,?\\s[A-Z][A-Za-z.'-]*){0,3}"
	    "(?:\\s\\([A-Za-z ]+\\))?\\s+\xE2\x80[\x93\x94]"
	    ")(?=\\s+[A-Z\"])",
	    RX_BYTES, "segment dateline pattern");
}

void
split_fini(void)
{
	rx_free(&label_rx);
	rx_free(&dateline_rx);
}

struct range {
	size_t	s, e;
};

struct ctx {
	const char		*t;
	size_t			 n;
	struct range		*prot;	/* URL and e-mail spans, in order */
	size_t			 nprot;
	size_t			 pi;	/* first range that may still matter */
	struct spans		*out;
	size_t			 para;
};

static bool
in_list(const char *const *list, const char *w, size_t n)
{
	return wset_in(list, w, n);
}

static size_t
space_at(const struct ctx *c, size_t i, size_t end)
{
	return utf8_space((const unsigned char *)c->t + i,
	    (const unsigned char *)c->t + end);
}

/* Length of the white-space character ending at i (before i), or 0. */
static size_t
space_before(const struct ctx *c, size_t i, size_t beg)
{
	size_t k;

	for (k = 1; k <= 3 && k <= i - beg; k++)
		if (space_at(c, i - k, i) == k)
			return k;
	return 0;
}

static bool
is_lower(unsigned char ch)
{
	return ch >= 'a' && ch <= 'z';
}

static bool
is_upper(unsigned char ch)
{
	return ch >= 'A' && ch <= 'Z';
}

static bool
is_digit(unsigned char ch)
{
	return ch >= '0' && ch <= '9';
}

/* Closing quotation mark or bracket at i: its length, or 0. */
static size_t
closer_at(const struct ctx *c, size_t i, size_t end)
{
	const unsigned char *p = (const unsigned char *)c->t + i;
	size_t left = end - i;

	switch (p[0]) {
	case '"': case '\'': case ')': case ']': case '}':
		return 1;
	case 0xC2:	/* » */
		return left >= 2 && p[1] == 0xBB ? 2 : 0;
	case 0xE2:	/* ’ ” › */
		if (left >= 3 && p[1] == 0x80 &&
		    (p[2] == 0x99 || p[2] == 0x9D || p[2] == 0xBA))
			return 3;
		return 0;
	default:
		return 0;
	}
}

/* Opening quotation mark or bracket at i: its length, or 0. */
static size_t
opener_at(const struct ctx *c, size_t i, size_t end)
{
	const unsigned char *p = (const unsigned char *)c->t + i;
	size_t left = end - i;

	switch (p[0]) {
	case '"': case '\'': case '(': case '[': case '{': case '`':
		return 1;
	case 0xC2:	/* « ¿ ¡ */
		return left >= 2 && (p[1] == 0xAB || p[1] == 0xBF ||
		    p[1] == 0xA1) ? 2 : 0;
	case 0xE2:	/* ‘ “ „ ‚ ‹ */
		if (left >= 3 && p[1] == 0x80 && (p[2] == 0x98 ||
		    p[2] == 0x9C || p[2] == 0x9E || p[2] == 0x9A || p[2] == 0xB9))
			return 3;
		return 0;
	default:
		return 0;
	}
}

/* List bullet at i (•, ‣, ◦, ⁃, ▪, ●, -, *, –, —): its length, or 0. */
static size_t
bullet_at(const struct ctx *c, size_t i, size_t end, bool ascii)
{
	const unsigned char *p = (const unsigned char *)c->t + i;
	size_t left = end - i;

	if (ascii && (p[0] == '-' || p[0] == '*'))
		return 1;
	if (left < 3 || p[0] != 0xE2)
		return 0;
	if (p[1] == 0x80 && (p[2] == 0xA2 || p[2] == 0xA3))
		return 3;
	if (ascii && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94))
		return 3;
	if (p[1] == 0x81 && p[2] == 0x83)
		return 3;
	if (p[1] == 0x97 && (p[2] == 0xA6 || p[2] == 0x8F))
		return 3;
	if (p[1] == 0x96 && p[2] == 0xAA)
		return 3;
	return 0;
}

/*
 * Terminal punctuation at i: stores the number of dots (an ellipsis counts
 * three) or of ? and ! marks, returns the length, or 0.
 */
static size_t
term_at(const struct ctx *c, size_t i, size_t end, int *dots, int *marks)
{
	const unsigned char *p = (const unsigned char *)c->t + i;
	size_t left = end - i;

	if (p[0] == '.') {
		(*dots)++;
		return 1;
	}
	if (p[0] == '?' || p[0] == '!') {
		(*marks)++;
		return 1;
	}
	if (left >= 3 && p[0] == 0xE2) {
		if (p[1] == 0x80 && p[2] == 0xA6) {	/* … */
			*dots += 3;
			return 3;
		}
		if ((p[1] == 0x80 && p[2] == 0xBC) ||	/* ‼ */
		    (p[1] == 0x81 && p[2] >= 0x87 && p[2] <= 0x89)) {
			(*marks)++;
			return 3;
		}
	}
	return 0;
}

static bool
protected(struct ctx *c, size_t i)
{
	while (c->pi < c->nprot && c->prot[c->pi].e <= i)
		c->pi++;
	return c->pi < c->nprot && c->prot[c->pi].s <= i;
}

static bool
overlaps_prot(struct ctx *c, size_t s, size_t e)
{
	size_t k = c->pi;

	while (k > 0 && c->prot[k - 1].e > s)
		k--;
	for (; k < c->nprot && c->prot[k].s < e; k++)
		if (c->prot[k].e > s)
			return true;
	return false;
}

static void
emit(struct ctx *c, size_t s, size_t e)
{
	size_t k;

	while (s < e && (k = space_at(c, s, e)) != 0)
		s += k;
	while (e > s && (k = space_before(c, e, s)) != 0)
		e -= k;
	if (s >= e)
		return;
	if (c->out->n == c->out->cap) {
		c->out->cap = c->out->cap ? c->out->cap * 2 : 64;
		c->out->v = xreallocarray(c->out->v, c->out->cap,
		    sizeof(*c->out->v));
	}
	c->out->v[c->out->n].start = s;
	c->out->v[c->out->n].end = e;
	c->out->v[c->out->n].para = c->para;
	c->out->n++;
}

/* The word at [s, e): a maximal run of non-space bytes. */
static size_t
word_end(const struct ctx *c, size_t s, size_t end)
{
	while (s < end && space_at(c, s, end) == 0)
		s++;
	return s;
}

static size_t
skip_space(const struct ctx *c, size_t s, size_t end)
{
	size_t k;

	while (s < end && (k = space_at(c, s, end)) != 0)
		s += k;
	return s;
}

/* Word starting at s without leading openers, trailing punctuation. */
static void
bare_word(const struct ctx *c, size_t s, size_t end, size_t *ws, size_t *we)
{
	size_t k, e = word_end(c, s, end);

	while (s < e && (k = opener_at(c, s, e)) != 0)
		s += k;
	while (e > s && strchr(",;:.!?)]}\"'", c->t[e - 1]) != NULL)
		e--;
	if (e >= s + 3 && memcmp(c->t + e - 3, "\xE2\x80\x9D", 3) == 0)
		e -= 3;
	if (e >= s + 3 && memcmp(c->t + e - 3, "\xE2\x80\x99", 3) == 0)
		e -= 3;
	*ws = s;
	*we = e;
}

enum next_kind { NK_LOWER, NK_UPPER, NK_DIGIT, NK_CONT, NK_OTHER };

static enum next_kind
classify_next(const struct ctx *c, size_t s, size_t end)
{
	const unsigned char *p;
	size_t k;
	uint32_t cp;

	while (s < end && (k = opener_at(c, s, end)) != 0)
		s += k;
	if (s >= end)
		return NK_OTHER;
	p = (const unsigned char *)c->t + s;
	if (is_lower(*p))
		return NK_LOWER;
	if (is_upper(*p))
		return NK_UPPER;
	if (is_digit(*p))
		return NK_DIGIT;
	if (strchr(",;:-)]}&%", *p) != NULL && *p != '\0')
		return NK_CONT;
	if (*p >= 0x80 && utf8_decode(p, (const unsigned char *)c->t + end,
	    &cp) != 0) {
		if (cp == 0x2013 || cp == 0x2014)	/* – — */
			return NK_CONT;
		if ((cp >= 0xDF && cp <= 0xFF && cp != 0xF7) ||
		    (cp >= 0x100 && cp < 0x180 && (cp & 1)))
			return NK_LOWER;
		if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
		    (cp >= 0x100 && cp < 0x180) || (cp >= 0x391 && cp <= 0x3A9) ||
		    (cp >= 0x410 && cp <= 0x42F))
			return NK_UPPER;
	}
	return NK_OTHER;
}

static bool
is_number_word(const char *w, size_t n)
{
	size_t i = 0;

	while (i < n && strchr("$\xC2\xA3\xE2\x82\xAC#+-", w[i]) != NULL &&
	    w[i] != '\0')
		i++;
	return i < n && is_digit((unsigned char)w[i]);
}

static bool
has_inner_dot(const char *w, size_t n)
{
	return n > 1 && memchr(w, '.', n - 1) != NULL;
}

/* Is the next word one that commonly opens a sentence? */
static bool
next_is_starter(const struct ctx *c, size_t s, size_t end)
{
	size_t ws, we;

	bare_word(c, s, end, &ws, &we);
	if (in_list(starters, c->t + ws, we - ws))
		return true;
	/* an adverb in -ly set off by a comma: "Currently, ...",
	 * "Unfortunately, ..." (not a name: "Kelly, ...") */
	return we - ws >= 7 && is_upper((unsigned char)c->t[ws]) &&
	    c->t[we - 2] == 'l' && c->t[we - 1] == 'y' && we < end &&
	    c->t[we] == ',';
}

static bool
next_is_i(const struct ctx *c, size_t s, size_t end)
{
	size_t ws, we;

	bare_word(c, s, end, &ws, &we);
	if (we - ws == 1 && c->t[ws] == 'I')
		return true;
	if (we - ws >= 2 && c->t[ws] == 'I' && (c->t[ws + 1] == '\'' ||
	    (we - ws >= 4 && memcmp(c->t + ws + 1, "\xE2\x80\x99", 3) == 0)))
		return true;
	return false;
}

/* "At 5 a.m." : a preposition and at most two more words so far. */
static bool
short_prep_phrase(const struct ctx *c, size_t s, size_t word_s)
{
	size_t ws, we, nwords = 0, p = s;

	bare_word(c, s, word_s, &ws, &we);
	if (!in_list(preps, c->t + ws, we - ws))
		return false;
	while (p < word_s) {
		p = skip_space(c, p, word_s);
		if (p >= word_s)
			break;
		nwords++;
		p = word_end(c, p, word_s);
	}
	return nwords <= 3;
}

/* Is [s, e) a list item marker: digits or one letter? */
static bool
marker_word(const struct ctx *c, size_t s, size_t e)
{
	size_t i;

	if (e - s == 1 && (is_lower((unsigned char)c->t[s]) ||
	    is_upper((unsigned char)c->t[s])))
		return true;
	if (e - s > 3)
		return false;
	for (i = s; i < e; i++)
		if (!is_digit((unsigned char)c->t[i]))
			return false;
	return e > s;
}

/* Only bullets and spaces between the sentence start and s? */
static bool
at_item_start(const struct ctx *c, size_t sent, size_t s)
{
	size_t k;

	while (sent < s) {
		if ((k = space_at(c, sent, s)) != 0 ||
		    (k = bullet_at(c, sent, s, true)) != 0)
			sent += k;
		else
			return false;
	}
	return true;
}

/* Does the word at p go on with another dot and a letter, or is it a
 * top-level domain: a name written with dots ("Halo.Bungie.Org",
 * "Example.Com"), not two sentences run together ("world.Today")? */
static bool
dotted_name(const char *t, size_t p, size_t end)
{
	static const char *const tlds[] = {
		"com", "org", "net", "gov", "edu", "co", "uk", "io", "info",
		"biz", NULL
	};
	size_t q, k, n;
	char low[8];

	for (q = p; q < end && (is_lower((unsigned char)t[q]) ||
	    is_upper((unsigned char)t[q]) || is_digit((unsigned char)t[q]));
	    q++)
		;
	if (q + 1 < end && t[q] == '.' && (is_lower((unsigned char)t[q + 1]) ||
	    is_upper((unsigned char)t[q + 1])))
		return true;
	if ((n = q - p) >= sizeof(low))
		return false;
	for (k = 0; k < n; k++)
		low[k] = (char)(is_upper((unsigned char)t[p + k]) ?
		    t[p + k] + 32 : t[p + k]);
	low[n] = '\0';
	for (k = 0; tlds[k] != NULL; k++)
		if (strcmp(low, tlds[k]) == 0)
			return true;
	return false;
}

/*
 * Decide the punctuation run at i inside [beg, end) of a sentence that
 * started at sent.  Returns the boundary offset, or 0 for none; *next is
 * where scanning resumes.
 */
static size_t
decide(struct ctx *c, size_t i, size_t sent, size_t end, size_t *next)
{
	const char *t = c->t;
	int dots = 0, marks = 0;
	size_t p = i, k, run_end, n, ws, we, pw_s, pw_e, first = 1;
	bool spaced = false, attached;
	enum next_kind nk;

	while (p < end) {
		if ((k = term_at(c, p, end, &dots, &marks)) != 0) {
			if (p == i)
				first = k;
			p += k;
			continue;
		}
		/* ". . ." : a spaced ellipsis continues the run */
		if (t[p] == ' ' && p + 1 < end && t[p + 1] == '.' &&
		    t[p - 1] == '.' && marks == 0 && (p + 2 == end ||
		    t[p + 2] == ' ' || t[p + 2] == '.' ||
		    closer_at(c, p + 2, end) != 0)) {
			spaced = true;
			p++;
			continue;
		}
		break;
	}
	run_end = p;
	while (p < end && (k = closer_at(c, p, end)) != 0)
		p += k;
	*next = p;
	attached = i > sent && space_before(c, i, sent) == 0;

	/* the word before the run, without openers and bullets */
	ws = i;
	while (ws > sent && space_before(c, ws, sent) == 0)
		ws--;
	while (ws < i && ((k = opener_at(c, ws, i)) != 0 ||
	    (k = bullet_at(c, ws, i, false)) != 0))
		ws += k;
	we = i;

	if (p >= end)
		return p;
	if (space_at(c, p, end) == 0) {
		/* "world.Today": a dot between a word and a capitalised word */
		if (dots == 1 && marks == 0 && p == run_end && i > ws &&
		    (is_lower((unsigned char)t[i - 1]) ||
		    is_digit((unsigned char)t[i - 1])) &&
		    is_upper((unsigned char)t[p]) && p + 1 < end &&
		    is_lower((unsigned char)t[p + 1]) && !protected(c, i) &&
		    !dotted_name(t, p, end))
			return p;
		return 0;
	}
	n = skip_space(c, p, end);
	nk = classify_next(c, n, end);

	if (marks > 0) {
		if (nk == NK_LOWER || nk == NK_CONT)
			return 0;
		/* "Why?" Smith asked. */
		if (p > run_end && nk == NK_UPPER) {
			size_t n2 = skip_space(c, word_end(c, n, end), end);
			size_t vs, ve;

			bare_word(c, n2, end, &vs, &ve);
			if (in_list(say_verbs, t + vs, ve - vs))
				return 0;
		}
		return p;
	}
	if (dots >= 2) {
		if (i > 0 && (t[i - 1] == '[' || t[i - 1] == '('))
			return 0;	/* "[...]" marks an elision */
		if (nk != NK_UPPER && nk != NK_DIGIT && nk != NK_OTHER)
			return 0;
		if (at_item_start(c, sent, i))
			return 0;	/* ". . . The" opens a sentence */
		if (dots == 3 && next_is_i(c, n, end))
			return 0;
		if (attached && spaced && dots >= 4) {
			*next = i + first;
			return i + first;	/* "compounds. . . . The" */
		}
		return p;
	}

	/* a single dot */
	if (nk == NK_LOWER || nk == NK_CONT)
		return 0;
	if (ws == we)
		return p;
	if (protected(c, i) || overlaps_prot(c, ws, we))
		return p;
	if (marker_word(c, ws, we) && at_item_start(c, sent, ws))
		return 0;
	if (in_list(titles, t + ws, we - ws))
		return 0;
	if (nk == NK_DIGIT) {
		if (in_list(before_num, t + ws, we - ws) ||
		    in_list(ambiguous, t + ws, we - ws) ||
		    (we - ws == 1 && !is_digit((unsigned char)t[ws])) ||
		    (has_inner_dot(t + ws, we - ws) &&
		    !is_number_word(t + ws, we - ws)))
			return 0;
		return p;
	}
	if (is_number_word(t + ws, we - ws))
		return p;
	if (we - ws == 1 && is_upper((unsigned char)t[ws])) {
		/* an initial ("George W. Bush") or the pronoun ("you and I.") */
		pw_e = ws;
		while (pw_e > sent && (k = space_before(c, pw_e, sent)) != 0)
			pw_e -= k;
		if (pw_e <= sent)
			return 0;
		pw_s = pw_e;
		while (pw_s > sent && space_before(c, pw_s, sent) == 0)
			pw_s--;
		while (pw_s < pw_e && (k = opener_at(c, pw_s, pw_e)) != 0)
			pw_s += k;
		if (pw_s < pw_e && is_lower((unsigned char)t[pw_s]) &&
		    next_is_starter(c, n, end))
			return p;
		return 0;
	}
	if (in_list(ambiguous, t + ws, we - ws) ||
	    in_list(before_num, t + ws, we - ws) ||
	    has_inner_dot(t + ws, we - ws) ||
	    (we - ws == 1 && is_lower((unsigned char)t[ws]))) {
		if (next_is_starter(c, n, end) && !short_prep_phrase(c, sent, ws))
			return p;
		return 0;
	}
	return p;
}

static void
add_cut(size_t **cuts, size_t *ncut, size_t *cap, size_t at)
{
	size_t j;

	if (*ncut == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		*cuts = xreallocarray(*cuts, *cap, sizeof(**cuts));
	}
	for (j = *ncut; j > 0 && (*cuts)[j - 1] > at; j--)
		(*cuts)[j] = (*cuts)[j - 1];
	(*cuts)[j] = at;
	(*ncut)++;
}

static bool ends_terminal(const struct ctx *, size_t, size_t);

/*
 * An item marker at s: "1." "12)" "1.)" "a." "a)" followed by a space.
 * "A." alone is taken for an initial.
 */
static bool
item_marker(const struct ctx *c, size_t s, size_t end, unsigned long *num,
    char *letter, char style[3], size_t *style_len)
{
	const char *t = c->t;
	size_t m = s;

	*num = 0;
	*letter = 0;
	if (is_digit((unsigned char)t[m])) {
		while (m < end && m - s < 3 && is_digit((unsigned char)t[m]))
			*num = *num * 10 + (unsigned long)(t[m++] - '0');
	} else if (is_lower((unsigned char)t[m]) ||
	    is_upper((unsigned char)t[m])) {
		*letter = t[m++];
	} else
		return false;
	*style_len = 0;
	if (m < end && t[m] == '.')
		style[(*style_len)++] = t[m++];
	if (m < end && t[m] == ')')
		style[(*style_len)++] = t[m++];
	if (*style_len == 0 || m >= end || t[m] != ' ')
		return false;
	if (*letter != 0 && *style_len == 1 && style[0] == '.' &&
	    is_upper((unsigned char)*letter))
		return false;	/* "A. Smith": an initial */
	return true;
}

/*
 * List markers: when the unit opens with "1." "1)" "1.)" "a." "a)" or a
 * bullet, return in cuts[] the offsets of the following markers of the
 * same sequence (each preceded by a space).
 */
static size_t
list_cuts(const struct ctx *c, size_t s, size_t end, size_t **cuts,
    size_t *cap)
{
	const char *t = c->t;
	size_t ncut = 0, i, k, b, m = 0, style_len = 0;
	char style[3];
	unsigned long num = 0;
	char letter = 0;
	bool bullet, from_colon = false;

	s = skip_space(c, s, end);
	if (s >= end)
		return 0;
	b = bullet_at(c, s, end, false);
	bullet = b != 0;
	if (!bullet && !item_marker(c, s, end, &num, &letter, style,
	    &style_len)) {
		/* "three conditions: 1. ... 2. ...": a list after a colon */
		const char *colon = memchr(t + s, ':', end - s);

		for (; colon != NULL; colon = memchr(colon + 1, ':',
		    end - (size_t)(colon + 1 - t))) {
			m = skip_space(c, (size_t)(colon - t) + 1, end);
			if (m > (size_t)(colon - t) + 1 && item_marker(c, m,
			    end, &num, &letter, style, &style_len) &&
			    (num == 1 || letter == 'a' || letter == 'A'))
				break;
			num = 0;
			letter = 0;
		}
		if (colon == NULL)
			return 0;
		s = m;
		from_colon = true;
		add_cut(cuts, &ncut, cap, s);
	}
	for (i = s + 1; i < end; i++) {
		if (space_before(c, i, s) == 0)
			continue;
		if (bullet) {
			k = bullet_at(c, i, end, false);
			if (k == 0)
				continue;
		} else {
			char want[8];
			size_t wl;

			if (letter != 0)
				want[0] = (char)(letter + 1), wl = 1;
			else
				wl = (size_t)snprintf(want, sizeof(want), "%lu",
				    num + 1);
			if (i + wl + style_len >= end ||
			    memcmp(t + i, want, wl) != 0 ||
			    memcmp(t + i + wl, style, style_len) != 0 ||
			    t[i + wl + style_len] != ' ')
				continue;
			if (letter != 0)
				letter++;
			else
				num++;
		}
		add_cut(cuts, &ncut, cap, i);
	}
	if (from_colon) {
		/* items that end in . ! ? are sentences by punctuation alone */
		for (k = 1; k < ncut; k++) {
			size_t e = (*cuts)[k];

			while (e > s && (b = space_before(c, e, s)) != 0)
				e -= b;
			if (ends_terminal(c, s, e))
				return 0;
		}
		if (ncut < 2)
			return 0;
	}
	return ncut;
}

/*
 * Layout cuts that no punctuation marks: a dateline that opens the unit
 * ends there, and a photo credit ("Image: ...") starts a sentence.
 */
static size_t
layout_cuts(struct ctx *c, size_t beg, size_t end, size_t **cuts,
    size_t ncut, size_t *cap)
{
	size_t ms, me, s;

	if (rx_find(&dateline_rx, c->t, end, beg, &ms, &me) && me < end)
		add_cut(cuts, &ncut, cap, me);
	for (s = beg; rx_find(&label_rx, c->t, end, s, &ms, &me); s = me)
		if (ms > beg && space_before(c, ms, beg) != 0)
			add_cut(cuts, &ncut, cap, ms);
	return ncut;
}

static bool
url_char(unsigned char ch)
{
	return ch > ' ' && ch < 0x7F && ch != '<' && ch != '>' && ch != '"';
}

static bool
mail_char(unsigned char ch, bool local)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	    is_digit(ch) || ch == '.' || ch == '-' ||
	    (local && (ch == '_' || ch == '%' || ch == '+'));
}

static void
add_prot(struct ctx *c, size_t *cap, size_t s, size_t e)
{
	/* drop final punctuation: "see example.com." ends the sentence */
	while (e > s && strchr(".,;:!?'()[]-", c->t[e - 1]) != NULL &&
	    c->t[e - 1] != '\0')
		e--;
	if (e <= s)
		return;
	if (c->nprot > 0 && c->prot[c->nprot - 1].e >= s) {
		if (e > c->prot[c->nprot - 1].e)
			c->prot[c->nprot - 1].e = e;
		return;
	}
	if (c->nprot == *cap) {
		*cap = *cap ? *cap * 2 : 16;
		c->prot = xreallocarray(c->prot, *cap, sizeof(*c->prot));
	}
	c->prot[c->nprot].s = s;
	c->prot[c->nprot++].e = e;
}

/*
 * URLs ("scheme://...", "www.") and e-mail addresses, in text order: no
 * boundary is looked for inside them.  A scan with memchr for ':' '@' and
 * 'w' is several times faster than a pattern over the whole text.
 */
static void
find_protected(struct ctx *c)
{
	const unsigned char *t = (const unsigned char *)c->t;
	size_t n = c->n, cap = 0, i, s, e;
	bool dot;

	for (i = 0; i < n; i++) {
		if (t[i] == ':' && i + 2 < n && t[i + 1] == '/' &&
		    t[i + 2] == '/') {
			s = i;
			while (s > 0 && ((t[s - 1] >= 'a' && t[s - 1] <= 'z') ||
			    (t[s - 1] >= 'A' && t[s - 1] <= 'Z')))
				s--;
			if (s == i)
				continue;
			for (e = i + 3; e < n && url_char(t[e]); e++)
				;
			add_prot(c, &cap, s, e);
			i = e;
		} else if (t[i] == 'w' && i + 4 < n && t[i + 1] == 'w' &&
		    t[i + 2] == 'w' && t[i + 3] == '.' && (i == 0 ||
		    !url_char(t[i - 1]) || t[i - 1] == '(')) {
			for (e = i + 4; e < n && url_char(t[e]); e++)
				;
			add_prot(c, &cap, i, e);
			i = e;
		} else if (t[i] == '@') {
			s = i;
			while (s > 0 && mail_char(t[s - 1], true))
				s--;
			dot = false;
			for (e = i + 1; e < n && mail_char(t[e], false); e++)
				if (t[e] == '.' && e + 1 < n &&
				    mail_char(t[e + 1], false) && t[e + 1] != '.')
					dot = true;
			if (s < i && dot)
				add_prot(c, &cap, s, e);
			i = e > i ? e - 1 : i;
		}
	}
}

/* Sentences of one unit of text with no hard line break inside. */
static void
split_unit(struct ctx *c, size_t beg, size_t end, size_t **cuts,
    size_t *cutcap)
{
	const char *t = c->t;
	size_t ncut, ci = 0, sent = beg, i = beg, b, nx;
	unsigned char ch;

	ncut = list_cuts(c, beg, end, cuts, cutcap);
	ncut = layout_cuts(c, beg, end, cuts, ncut, cutcap);
	while (i < end) {
		if (ci < ncut && (*cuts)[ci] <= i) {
			emit(c, sent, (*cuts)[ci]);
			sent = (*cuts)[ci++];
		}
		ch = (unsigned char)t[i];
		if (ch != '.' && ch != '?' && ch != '!' && ch != 0xE2) {
			i++;
			continue;
		}
		if (ch == 0xE2) {
			int d = 0, m = 0;

			if (term_at(c, i, end, &d, &m) == 0) {
				i++;
				continue;
			}
		}
		if (ch == '.' && protected(c, i)) {
			i++;
			continue;
		}
		b = decide(c, i, sent, end, &nx);
		if (b != 0 && b > sent) {
			emit(c, sent, b);
			sent = b;
		}
		i = nx > i ? nx : i + 1;
	}
	emit(c, sent, end);
}

/* Does the line [s, e) (trimmed) end with terminal punctuation? */
static bool
ends_terminal(const struct ctx *c, size_t s, size_t e)
{
	size_t k;
	int d = 0, m = 0;

	for (;;) {
		if (e <= s)
			return false;
		for (k = 1; k <= 3 && k <= e - s; k++)
			if (closer_at(c, e - k, e) == k)
				break;
		if (k <= 3 && k <= e - s) {
			e -= k;
			continue;
		}
		break;
	}
	for (k = 1; k <= 3 && k <= e - s; k++)
		if (term_at(c, e - k, e, &d, &m) == k)
			return true;
	return false;
}

static bool
starts_item(const struct ctx *c, size_t s, size_t e)
{
	size_t m = s;

	if (bullet_at(c, s, e, true) != 0)
		return true;
	while (m < e && m - s < 3 && is_digit((unsigned char)c->t[m]))
		m++;
	if (m == s)
		return false;
	if (m < e && (c->t[m] == '.' || c->t[m] == ')'))
		m++;
	else
		return false;
	if (m < e && c->t[m] == ')')
		m++;
	return m < e && c->t[m] == ' ';
}

struct line {
	size_t	s, e;		/* trimmed content */
};

/* Sentences of a block of non-blank lines. */
static void
split_block(struct ctx *c, struct line *ln, size_t nl, size_t **cuts,
    size_t *cutcap)
{
	size_t j, maxlen = 0, ustart;
	bool anyterm = false, hard;
	unsigned char first;

	for (j = 0; j < nl; j++) {
		if (ln[j].e - ln[j].s > maxlen)
			maxlen = ln[j].e - ln[j].s;
		if (!anyterm && ends_terminal(c, ln[j].s, ln[j].e))
			anyterm = true;
	}
	ustart = ln[0].s;
	for (j = 0; j + 1 < nl; j++) {
		first = (unsigned char)c->t[ln[j + 1].s];
		if (!anyterm || starts_item(c, ln[j + 1].s, ln[j + 1].e))
			hard = true;
		else if (ends_terminal(c, ln[j].s, ln[j].e))
			hard = maxlen > 100;
		else if (is_lower(first))
			hard = false;
		else
			hard = maxlen > 100 ||
			    (ln[j].e - ln[j].s) * 10 < maxlen * 6;
		if (hard) {
			split_unit(c, ustart, ln[j].e, cuts, cutcap);
			c->para++;
			ustart = ln[j + 1].s;
		}
	}
	split_unit(c, ustart, ln[nl - 1].e, cuts, cutcap);
	c->para++;
}

void
split_text(const char *text, size_t len, struct spans *out)
{
	struct ctx c;
	struct line *ln = NULL;
	size_t nl = 0, lcap = 0, i = 0, ls, le, k, s, e;
	size_t *cuts = NULL, cutcap = 0;
	bool blank;

	memset(&c, 0, sizeof(c));
	c.t = text;
	c.n = len;
	c.out = out;

	find_protected(&c);

	while (i < len) {
		/* one line: [ls, le) without its "\n" */
		ls = i;
		le = ls;
		{
			const char *nlp = memchr(text + ls, '\n', len - ls);

			le = nlp != NULL ? (size_t)(nlp - text) : len;
		}
		i = le < len ? le + 1 : len;
		s = ls;
		while (s < le && (k = space_at(&c, s, le)) != 0)
			s += k;
		blank = s >= le;
		if (blank) {
			if (nl > 0) {
				split_block(&c, ln, nl, &cuts, &cutcap);
				nl = 0;
			}
			continue;
		}
		e = le;
		while (e > s && (k = space_before(&c, e, s)) != 0)
			e -= k;
		if (nl == lcap) {
			lcap = lcap ? lcap * 2 : 16;
			ln = xreallocarray(ln, lcap, sizeof(*ln));
		}
		ln[nl].s = s;
		ln[nl++].e = e;
	}
	if (nl > 0)
		split_block(&c, ln, nl, &cuts, &cutcap);
	free(ln);
	free(cuts);
	free(c.prot);
}
