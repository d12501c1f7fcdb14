/*
 * attrib: who said each quotation.
 *
 * Attribution finds the mention a quotation rests on: the subject of a
 * reporting verb before it ("Blinken said: ..."), after it ('"...," Xi
 * added' and the inverted '"...," said Xi'), the object of "reported him
 * saying" (the channel is not the speaker), a cue that ends the paragraph
 * before ("The Times reports:"), or "according to X".
 *
 * Resolution turns the mention into a name: an entity's canonical form; a
 * pronoun to the last person who spoke or was named; a description ("the
 * US secretary of state", "Washington's top diplomat", "the Chinese
 * leader") to the person of this document whose title and country it
 * matches; a surname to the full name.  A quotation with no attribution of
 * its own continues the previous speaker's turn in its paragraph, or the
 * previous paragraph's when it opens its paragraph or quotations fill it;
 * a headline quotation takes the speaker of the same words in the body.
 *
 * A pronoun skips people whose given name is listed for the other gender
 * only (lexicon/female.txt, male.txt).
 *
 * Limits: no parser: a subject is the run of words before the verb up to a
 * clause boundary.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "gender.h"
#include "smap.h"
#include "wset.h"
#include "xalloc.h"

#include "quotes.h"

static const char *const skip_back[] = {
	"has", "have", "had", "was", "were", "is", "are", "will", "would",
	"could", "should", "may", "might", "can", "must", "shall", "did",
	"does", "do", "also", "later",
	"afterwards", "afterward", "subsequently",
	"earlier", "then", "again", "repeatedly", "previously", "once",
	"reportedly", "publicly", "privately", "recently", "further", "first",
	"still", "already", "never", "not", "often", "always", "just", "even",
	"only", "has", "been", "being", "flatly", "quickly", "simply",
	"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
	"Sunday", "on", "yesterday", "today", "tonight", "openly", "clearly",
	"now", "together", "long", "since", NULL
};

/* Words that open a sentence without being its subject. */
static const char *const openers[] = {
	"But", "And", "Meanwhile", "However", "Still", "Now", "Later", "Then",
	"Also", "Yet", "So", "Instead", "Earlier", "Separately", "Even", "now",
	"then", "later", "meanwhile", "instead", "separately", NULL
};
static const char *const np_break[] = {
	"that", "and", "but", "or", "which", "who", "whom", "whose", "when",
	"while", "as", "after", "before", "because", "if", "although",
	"though", "than", "to", "for", "with", "in", "on", "at", "by", "from",
	"into", "what", "where", "how", "why", "so", "since", "until", "there",
	"here", "said", "says", "told", "meets", "met", "hosted", "held",
	"during", "about", "over", "under", "against", "between", "like",
	"also", "it", "this", "not", "has", "have", "had", "is", "was", "are",
	"were", "be", NULL
};

/* Words that may stand before an article in one noun's phrase: "all
 * the members", "half the staff". */
static const char *const article_pre[] = {
	"all", "both", "half", "such", "quite", "rather", "many", "what",
	"only", "just", "even", "not", NULL
};

/* Words after which a word is a verb, not a noun: "which divides the",
 * "would do the", "to let the". */
static const char *const before_verb[] = {
	"that", "would", "will", "can", "could", "should", "may", "might",
	"must", "to", "did", "does", "do", "not", "just", NULL
};

/* Prepositions besides np_break's that join a phrase to the subject's
 * noun: "the developers behind the system". */
static const char *const np_more_preps[] = {
	"within", "behind", "inside", "outside", "through", "throughout",
	"across", "among", "amongst", "around", "beyond", "near", "toward",
	"towards", "upon", "via", "without", "despite", "amid", "along",
	"beside", "below", "above", "off", "up", "down", "out", "onto",
	"per", "versus", "past", "opposite", "unlike", "except",
	"alongside", "atop", "underneath", "beneath", NULL
};

/* Pronouns as objects: the hearer after "asking her". */
static const char *const obj_pronouns[] = {
	"her", "him", "them", "me", "us", NULL
};

/* The honorifics (common/gender.c) that name a peer or a knight rather
 * than anyone of the surname ("Baroness Vetter"). */
static const char *const ranks[] = {
	"Sir", "Lord", "Baron", "Lady", "Baroness", "Dame", NULL
};

/* Letters set after a name: "Tom Hale, QC, said". */
static const char *const postnominals[] = {
	"QC", "KC", "SC", "MP", "MEP", "MSP", "AM", "MLA", "OBE", "MBE", "CBE",
	"KBE", "DBE", "Jr", "Sr", "PhD", NULL
};

/* Auxiliaries that can follow a subject: "Halvorsen has run trials and
 * says ...". */
static const char *const auxes[] = {
	"has", "have", "had", "is", "was", "are", "were", NULL
};

/* The gender a pronoun mention cannot refer to: 'm' for "she", "her". */
static int
pronoun_wrong(const struct xdoc *d, const struct quote *q)
{
	return q->me - q->ms == 3 && (strncasecmp(d->text + q->ms, "she",
	    3) == 0 || strncasecmp(d->text + q->ms, "her", 3) == 0) ? 'm' : 'f';
}

/* Pronouns of a person, possessives too: "his claim that ..." */
static const char *const pronouns[] = {
	"he", "she", "him", "her", "his", "He", "She", "Him", "Her", "His",
	NULL
};

static const char *const roles[] = {
	"diplomat", "secretary", "president", "minister", "leader",
	"chancellor", "premier", "spokesman", "spokeswoman", "spokesperson",
	"governor", "senator", "mayor", "chief", "envoy", "ambassador", "king",
	"queen", "prince", "general", "commander", "chairman", "chairwoman",
	"director", "head", "candidate", "nominee", "judge", "official",
	"prosecutor", "lawmaker", "congressman", "congresswoman", "pope",
	"mp", "mep", "msp", "mla", "councillor", NULL
};

static bool
in(const char *const *list, const char *s, size_t n)
{
	return wset_in(list, s, n);
}

static bool
tok_in(const struct xdoc *d, size_t i, const char *const *list)
{
	return d->tv[i].kind == W_WORD &&
	    in(list, d->text + d->tv[i].s, d->tv[i].e - d->tv[i].s);
}

#define tok_is(d, i, w)	XQ_WORD_IS(d, i, w)

#define is_comma(d, i)	xq_is_comma(d, i)

/* Is token i, folded to lower case, a cue ("Said")? */
static bool
cue_fold(const struct xdoc *d, size_t i)
{
	char low[16];
	size_t n;

	return d->tv[i].kind == W_WORD &&
	    xq_lower_tok(d, i, low, sizeof(low), &n) && xq_is_cue(low, n);
}

static bool
colon(const struct xdoc *d, size_t i)
{
	return d->tv[i].kind == W_PUNCT && d->text[d->tv[i].s] == ':';
}

/* 'f' or 'm' when token i is an honorific of that sex ("Mrs", "Mr"). */
static int
tok_honorific(const struct xdoc *d, size_t i)
{
	return d->tv[i].kind == W_WORD ? honorific_sex(d->text + d->tv[i].s,
	    d->tv[i].e - d->tv[i].s) : 0;
}

static bool
is_cue_tok(const struct xdoc *d, size_t i)
{
	return d->tv[i].kind == W_WORD &&
	    xq_is_cue(d->text + d->tv[i].s, d->tv[i].e - d->tv[i].s) &&
	    !xq_think_tank(d, i);	/* "the Carrow think tank said" */
}

/* Token index at or after byte offset b. */
static size_t
tok_at(const struct xdoc *d, size_t b)
{
	return xq_first(d->tv, d->nt, sizeof(*d->tv), offsetof(struct xtok, s),
	    b);
}

/* Titles written with a full stop: "Rep. Tomas Ferreira", "Mr. Velloso". */
static const char *const abbrev_titles[] = {
	"Rep", "Sen", "Gov", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col",
	"Sgt", "Rev", "Prof", "Capt", "Maj", "Adm", "Cmdr", "Amb", "Pres",
	"Sens", "Reps", "Messrs", "Gens", "Supt", "Det", "Insp", "Del", NULL
};

/* Is token i the full stop of a title abbreviation ("Rep.")? */
static bool
title_dot(const struct xdoc *d, size_t i)
{
	return i > 0 && i < d->nt && d->tv[i].kind == W_PUNCT &&
	    d->text[d->tv[i].s] == '.' && d->tv[i].e - d->tv[i].s == 1 &&
	    d->tv[i - 1].e == d->tv[i].s && tok_in(d, i - 1, abbrev_titles);
}

/* Is token i the full stop of an initial ("R." in "Ronald R. Vance")? */
static bool
initial_dot(const struct xdoc *d, size_t i)
{
	return i > 0 && i + 1 < d->nt && d->tv[i].kind == W_PUNCT &&
	    d->text[d->tv[i].s] == '.' && d->tv[i].e - d->tv[i].s == 1 &&
	    d->tv[i - 1].e == d->tv[i].s && d->tv[i - 1].e -
	    d->tv[i - 1].s == 1 && d->tv[i - 1].cap && d->tv[i + 1].cap &&
	    d->tv[i + 1].kind == W_WORD;
}

/*
 * Verbs that take the reporting verb as their complement: "plans to call
 * for", "appeared to suggest", "vowed to punish".
 */
/* Verbs that make someone do what follows "to": "prompted the minister
 * to say", "forced Tom Hale to admit". */
static const char *const causatives[] = {
	"prompted", "prompts", "forced", "forces", "led", "leads",
	"persuaded", "pushed", "compelled", "spurred", "obliged", "caused",
	"causes", "inspired", "provoked", NULL
};

static const char *const control[] = {
	"plans", "planned", "plan", "wants", "wanted", "want", "appeared",
	"appears", "appear", "seemed", "seems", "seem", "tried", "tries",
	"try", "vowed", "vows", "promised", "promises", "continued", "continues", "began",
	"begins", "going", "expected", "decided", "decides", "sought",
	"seeks", "hopes", "hoped", "moved", "used", "threatened", "offered",
	"pledged", "intends", "intended", "is", "was", "went", "goes",
	"continuing", "trying", "planning", "seeking", "hoping",
	/* "is likely to say", "is set to announce", "is due to unveil" */
	"likely", "unlikely", "set", "due", "ready", "prepared", "willing",
	"able", "unable", "poised", NULL
};

static const char *const subordinators[] = {
	"when", "as", "while", "after", "before", "because", "if", "since",
	"until", "though", "although", "unless", "whereas", NULL
};

/* Verbs in -s that take a clause in -ing: "Keeps saying ..." */
static const char *const ing_verbs[] = {
	"keeps", "continues", "starts", "stops", "begins", "quits",
	"denies", "admits", "avoids", "risks", "recalls", "regrets",
	"resumes", "finishes", NULL
};

/* A cue in -ing: "saying", "adding" */
static bool
ing_form(const struct xdoc *d, size_t k)
{
	const char *w = d->text + d->tv[k].s;
	size_t n = d->tv[k].e - d->tv[k].s;

	return n >= 5 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g';
}

/* A word in -ing or -ed: "speaking", "Having", "Asked" */
static bool
participle_form(const struct xdoc *d, size_t i)
{
	const char *w = d->text + d->tv[i].s;
	size_t n = d->tv[i].e - d->tv[i].s;

	return d->tv[i].kind == W_WORD && n >= 5 &&
	    (ing_form(d, i) || (w[n - 2] == 'e' && w[n - 1] == 'd'));
}

/* A lower-case word in -ing or -ed: "Linde, speaking to dockers, said" */
static bool
participle(const struct xdoc *d, size_t i)
{
	return !d->tv[i].cap && participle_form(d, i);
}

/* Words after a comma by which a sentence's opening phrase goes on. */
static const char *const phrase_goes_on[] = {
	"as", "and", "or", "along", "plus", "not", NULL
};

/* Conjunctions and prepositions that open a phrase before a subject. */
static const char *const conjs[] = {
	"and", "or", "but", "when", "though", "although", "while", "as",
	"because", "if", "whether", "where", "then", "since", "after",
	"before", "than", NULL
};
static const char *const preps_in[] = {
	"in", "of", "at", "by", "for", "from", "with", "to", "on", "during",
	"under", "despite", NULL
};
/* Words that are never a speaker on their own. */
static const char *const no_speaker[] = {
	"later", "earlier", "month", "week", "year", "day", "today",
	"yesterday", "together", "also", "again", "recently", "now", "then",
	"night", "morning", "afternoon", "evening", "time", "times", "sharply",
	"long", "once", "twice", "instead", "too", "days", "weeks", "months",
	"years", "decades", "centuries", "hours", NULL
};

static const char *const time_lead[] = {
	"last", "this", "next", "earlier", "later", "that", NULL
};

static bool tok_in_fold(const struct xdoc *, size_t, const char *const *);

/* A word in -ly of any case, not one of the nouns so spelt ("family"):
 * an adverb, or one opening a sentence ("Recently"). */
static bool
ly_word(const struct xdoc *d, size_t i)
{
	const char *w = d->text + d->tv[i].s;
	size_t n = d->tv[i].e - d->tv[i].s;

	static const char *const nouns[] = {
		"family", "assembly", "rally", "supply", "reply", "monopoly",
		"anomaly", "bully", "folly", "tally", NULL
	};

	return d->tv[i].kind == W_WORD && n >= 5 && w[n - 2] == 'l' &&
	    w[n - 1] == 'y' && !tok_in_fold(d, i, nouns);
}

/* A lower-case word in -ly of five letters or more, not a noun:
 * "steadfastly", not "the family". */
static bool
adverb(const struct xdoc *d, size_t i)
{
	return !d->tv[i].cap && ly_word(d, i);
}

/* Determiners, any case, that open a sentence's subject ("A reporter"). */
static const char *const np_dets_all[] = {
	"the", "a", "an", "his", "her", "their", "its", "our", "this",
	"these", "those", "many", "some", "several", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "both", "other",
	NULL
};

/* Words that open a participle's phrase of time or manner after the
 * verb it hangs on: "stopped taking bets after claiming ...". */
static const char *const participle_preps[] = {
	"after", "before", "while", "by", "when", "without", "upon", NULL
};

/* Words that cannot end a speaker's mention. */
static const char *const np_tail_not[] = {
	"the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with",
	"at", "by", "from", "that", "which", "who", "as", "but", "not",
	"before", "after", "while", "when", "since", "without", "despite",
	NULL
};
/* Lower-case words that can open a speaker's mention. */
static const char *const np_open[] = {
	"the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
	"this", "that", "these", "those", "some", "many", "most", "several",
	"few", "all", "both", "each", "every", "no", "other", "another",
	"one", "two", "three", "four", "five", "he", "she", "they", "we", "i",
	"it", "you", "who", "which", "someone", "somebody", "everyone",
	"nobody", "police", "people", "staff", "media", "government", "party",
	"administration", "campaign", "committee", "court", "council",
	"ministry", "military", "army", NULL
};

/* People a name before them qualifies: "Carrow officials", "Tellby
 * finance ministers". */
static const char *const people[] = {
	"officials", "ministers", "leaders", "executives", "members",
	"lawmakers", "diplomats", "negotiators", "sources", "analysts",
	"workers", "employees", "fans", "voters", "residents", "authorities",
	"prosecutors", "investigators", "regulators", "experts", "economists",
	"witnesses", "lawyers", "scientists", "researchers", "activists",
	/* bodies in the plural: "retailers in the UK reported" */
	"retailers", "firms", "companies", "banks", "airlines", "shops",
	"businesses", "manufacturers", "carmakers", "exporters", "investors",
	"traders", "schools", "hospitals", "universities", "unions",
	"councils", "governments", "groups", "producers", "farmers",
	"doctors", "teachers", "police", "critics", "campaigners", NULL
};

static const char *const subj_pronouns[] = {
	"He", "She", "They", "We", "I", "he", "she", "they", "we", NULL
};

/* Is token i, folded to lower case, in list? */
static bool
tok_in_fold(const struct xdoc *d, size_t i, const char *const *list)
{
	return d->tv[i].kind == W_WORD && xq_tok_in_lower(d, i, 16, list);
}

/* People who speak for someone else: "a lawyer for the board". */
static const char *const agents[] = {
	"lawyer", "lawyers", "attorney", "attorneys", "spokesman",
	"spokeswoman", "spokesperson", "spokesmen", "reporter", "aide",
	"aides", "adviser", "advisers", "advisor", "advisors",
	"correspondent", "representative", "representatives", "official",
	"officials", "strategist", "economist", "analyst", "director",
	"executive", "head", "chief", "editor", NULL
};

static size_t ent_at(const struct xdoc *, size_t);
static const struct xent *person_by_name(const struct xdoc *, const char *,
    size_t);

/* The entity the tagger found over token k, or NULL.  (Entities are in
 * text order and do not overlap: the one starting there or the one
 * before.) */
static const struct xent *
entity_over(const struct xdoc *d, size_t k)
{
	size_t e = ent_at(d, d->tv[k].s);

	if (e < d->ne && d->ev[e].s == d->tv[k].s)
		return &d->ev[e];
	return e > 0 && d->ev[e - 1].e >= d->tv[k].e ? &d->ev[e - 1] : NULL;
}

/* Is token k inside a person the tagger found, or the surname of one
 * ("May" after "Lena May")? */
static bool
person_at(const struct xdoc *d, size_t k)
{
	const struct xent *x = entity_over(d, k);

	if (x != NULL && x->label == 0)
		return true;
	return person_by_name(d, d->text + d->tv[k].s, d->tv[k].e -
	    d->tv[k].s) != NULL;
}

/* Collective nouns for bodies that speak, a subject without an article
 * as plurals in -s are: "state media said", "local police say" (not
 * "people", "women": more often what a report is about). */
static const char *const collectives[] = {
	"media", "police", "staff", "personnel", "press", "management",
	"leadership", "clergy", NULL
};

/*
 * Trim the mention [*a, *b) to the words that can name a speaker: not a
 * leading conjunction ("Though she"), nor a leading prepositional phrase
 * ("In a radio interview Linde": the name at its end; "With
 * Democratic leaders": the rest).  False when nothing is left or what is
 * left is one time word, adverb or number ("later", "2001").
 */
static bool
plausible(const struct xdoc *d, size_t *a, size_t *b)
{
	size_t k;

	while (*a < *b && tok_in_fold(d, *a, conjs))
		(*a)++;
	/* "Last month the ferry board" */
	while (*a + 2 < *b && tok_in_fold(d, *a, time_lead) &&
	    tok_in_fold(d, *a + 1, no_speaker))
		*a += 2;
	if (*a < *b && tok_in_fold(d, *a, preps_in)) {
		for (k = *b; k > *a + 1 && (d->tv[k - 1].cap ||
		    title_dot(d, k - 1)); k--)
			;
		*a = k < *b ? k : *a + 1;
		/* "In 2011 the union": a year, then the phrase */
		if (k == *b && *a + 1 < *b && d->text[d->tv[*a].s] >= '0' &&
		    d->text[d->tv[*a].s] <= '9' && tok_in_fold(d, *a + 1,
		    np_open))
			(*a)++;
	}
	/* "Monday Tony Blair" (after "On"), "November figures": a day or
	 * month before a name is no part of it, and alone names nobody */
	while (*a + 1 < *b && (tok_in(d, *a, xq_weekdays) ||
	    (tok_in(d, *a, xq_months) && !person_at(d, *a))) &&
	    d->tv[*a + 1].cap)
		(*a)++;
	if (*a >= *b || d->tv[*a].kind != W_WORD)
		return false;
	/* "The e-mail was": a phrase that runs into its verb */
	if (tok_in(d, *b - 1, xq_be_forms))
		return false;
	if (*b == *a + 1 && (tok_in(d, *a, xq_weekdays) ||
	    (tok_in(d, *a, xq_months) && !person_at(d, *a))))
		return false;
	if (*b == *a + 1 && (tok_in_fold(d, *a, no_speaker) ||
	    (d->text[d->tv[*a].s] >= '0' && d->text[d->tv[*a].s] <= '9')))
		return false;
	/* a date: "21 March", "March 21" */
	if (*b == *a + 2 && ((d->text[d->tv[*a].s] >= '0' &&
	    d->text[d->tv[*a].s] <= '9' && tok_in(d, *a + 1, xq_months)) ||
	    (tok_in(d, *a, xq_months) && d->text[d->tv[*a + 1].s] >= '0' &&
	    d->text[d->tv[*a + 1].s] <= '9')))
		return false;
	/* a phrase cut short: "to pay all of the", "brings together the" */
	if (tok_in_fold(d, *b - 1, np_tail_not))
		return false;
	/* without a capital, it opens with a determiner, a pronoun or a
	 * number, or ends in a plural ("state officials"): not
	 * "firmly", "signed the letter" */
	for (k = *a; k < *b && !d->tv[k].cap; k++)
		;
	if (k == *b && !tok_in_fold(d, *a, np_open) &&
	    !(d->text[d->tv[*a].s] >= '0' && d->text[d->tv[*a].s] <= '9')) {
		const char *w = d->text + d->tv[*b - 1].s;
		size_t n = d->tv[*b - 1].e - d->tv[*b - 1].s;

		if (!(n > 3 && w[n - 1] == 's' && w[n - 2] != 's') &&
		    !tok_in_fold(d, *b - 1, collectives))
			return false;
	}
	return true;
}

/* Could token j be a finite verb: "urged", "says", "has", a cue? */
static bool
verb_like(const struct xdoc *d, size_t j)
{
	const char *w = d->text + d->tv[j].s;
	size_t n = d->tv[j].e - d->tv[j].s;

	return is_cue_tok(d, j) || tok_in(d, j, skip_back) || (n > 3 &&
	    ((w[n - 2] == 'e' && w[n - 1] == 'd') || (w[n - 1] == 's' &&
	    w[n - 2] != 's'))) || (!d->tv[j].cap &&
	    xq_irregular_past(w, n));
}

/* Words of time after "last" or "this": "last week". */
static const char *const time_nouns[] = {
	"week", "month", "year", "night", "weekend", "spring", "summer",
	"fall", "autumn", "winter", "morning", "evening", NULL
};

/*
 * The number of tokens of a phrase of time that ends just before token i
 * ("in 2001", "last week", "in early May", "on Friday"), with the
 * participle it belongs to ("a poll published in early May found"), 0
 * when there is none.
 */
static size_t
time_before(const struct xdoc *d, size_t t0, size_t i)
{
	const char *w;
	size_t n, len;
	bool year;

	if (i < t0 + 2 || d->tv[i - 1].kind != W_WORD)
		return 0;
	w = d->text + d->tv[i - 1].s;
	n = d->tv[i - 1].e - d->tv[i - 1].s;
	year = n == 4 && (w[0] == '1' || w[0] == '2') && w[1] >= '0' &&
	    w[1] <= '9' && w[2] >= '0' && w[2] <= '9' && w[3] >= '0' &&
	    w[3] <= '9';
	len = 2;
	if (tok_in(d, i - 1, xq_months) && i >= t0 + 3 && (tok_is(d, i - 2,
	    "late") || tok_is(d, i - 2, "early") || tok_is(d, i - 2, "mid")))
		len = 3;	/* "in early May" */
	if (!((year || tok_in(d, i - 1, xq_months)) && (tok_is(d, i - len,
	    "in") || tok_is(d, i - len, "since") || tok_is(d, i - len,
	    "during"))) && !(tok_in(d, i - 1, time_nouns) &&
	    (tok_is(d, i - 2, "last") || tok_is(d, i - 2, "this"))) &&
	    !(tok_in(d, i - 1, xq_weekdays) && tok_is(d, i - 2, "on")))
		return 0;
	/* "a report released last year said": the participle's time; the
	 * participle goes with it */
	if (i >= t0 + len + 2 && d->tv[i - len - 1].kind == W_WORD &&
	    !d->tv[i - len - 1].cap) {
		w = d->text + d->tv[i - len - 1].s;
		n = d->tv[i - len - 1].e - d->tv[i - len - 1].s;
		if (n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd')
			return len + 1;
	}
	return len;
}

/*
 * Is the -s word at j a noun ("his campaigns and called") rather than a
 * verb ("Linde laughs and says")?  A noun follows a determiner or
 * adjective, a verb its subject.
 */
static bool
plural_noun(const struct xdoc *d, size_t t0, size_t j)
{
	const char *w = d->text + d->tv[j].s;
	size_t n = d->tv[j].e - d->tv[j].s;

	if (is_cue_tok(d, j) || n < 3 || w[n - 1] != 's')
		return false;
	return j > t0 && d->tv[j - 1].kind == W_WORD && !d->tv[j - 1].cap &&
	    !tok_in(d, j - 1, subj_pronouns) && !tok_in(d, j - 1, skip_back) &&
	    !adverb(d, j - 1);
}

static bool no_name(const struct xdoc *, size_t);
static bool lower_in_doc(const struct xdoc *, size_t);

/* Prepositions that open a phrase between an auxiliary and its verb. */
static const char *const aux_preps[] = {
	"in", "on", "at", "for", "during", "over", "since", "by", "under",
	NULL
};

/* Words that end such a phrase: a clause or a list goes on after them. */
static const char *const aux_phrase_stops[] = {
	"and", "or", "but", "that", "which", "who", "whom", "whose", "of",
	"to", "he", "she", "it", "they", "we", "i", "you", NULL
};

/*
 * A phrase of two to five lower-case words opened by a preposition
 * between an auxiliary and the verb at i ("has in the past said", "had
 * on several occasions claimed", "was at a loss to explain"): its
 * length, or 0.
 */
static size_t
aux_phrase(const struct xdoc *d, size_t t0, size_t i)
{
	size_t m, j;

	for (m = 2; m <= 5 && i >= t0 + m + 1; m++) {
		j = i - m + 1;
		if (d->tv[i - m].kind != W_WORD || d->tv[i - m].inq ||
		    (d->tv[j].kind != W_WORD || d->tv[j].inq ||
		    d->tv[j].cap) || (tok_in(d, j, aux_phrase_stops) &&
		    !(j + 1 == i && tok_is(d, j, "to"))))
			return 0;
		if (tok_in(d, i - m, aux_preps) &&
		    tok_in(d, i - m - 1, xq_finite_aux))
			return m;
	}
	return 0;
}

/* Does token j end a phrase of time: "July", "Monday", "1970", "last
 * week", "two days ago"? */
static bool
time_word(const struct xdoc *d, size_t j)
{
	const struct xtok *t = &d->tv[j];

	return t->kind == W_WORD && !t->inq && (tok_in(d, j, xq_months) ||
	    tok_in(d, j, xq_weekdays) || tok_in(d, j, time_nouns) ||
	    tok_is(d, j, "ago") || tok_is(d, j, "yesterday") ||
	    tok_is(d, j, "today") || (d->text[t->s] >= '0' &&
	    d->text[t->s] <= '9' && t->e - t->s == 4));
}

/* Prepositions inside a subject: "a lawyer for", "an ad in 2008". */
static const char *const np_preps[] = {
	"of", "for", "from", "in", "at", "with", "on", NULL
};

/* Relative pronouns that open a clause set off by commas. */
static const char *const relatives[] = {
	"who", "whose", "which", "whom", NULL
};


static const struct xent *entity_ending(const struct xdoc *, size_t);
static const struct xent *entity_in(const struct xdoc *, size_t, size_t,
    int);

/*
 * The first of the adjectives before the cue noun at k, not before i:
 * words of xq_noun_adjs ("a new claim"), or one or two plain words in
 * lower case that are no verb ("a bold claim", "a controversial
 * comment").  k when there is none.
 */
static size_t
noun_adjs_from(const struct xdoc *d, size_t i, size_t k)
{
	size_t j = k, n = 0;

	while (j > i && (tok_in(d, j - 1, xq_noun_adjs) || (n < 2 &&
	    d->tv[j - 1].kind == W_WORD && !d->tv[j - 1].cap &&
	    !d->tv[j - 1].inq && !verb_like(d, j - 1) &&
	    !tok_in_fold(d, j - 1, np_dets_all) &&
	    !tok_in(d, j - 1, np_break) && ++n)))
		j--;
	return j;
}

/* Do tokens [i, k) hold only the article and adjectives of a cue noun at
 * k: "its call", "a new claim"? */
static bool
cue_noun_after(const struct xdoc *d, size_t i, size_t k)
{
	size_t j = noun_adjs_from(d, i, k);

	return j > i && j - 1 == i && tok_in_fold(d, i, np_dets_all);
}

/* Are tokens [i, b) one place ("Cardiff", "the UK") and nothing else? */
static bool
place_only(const struct xdoc *d, size_t i, size_t b)
{
	const struct xent *e;

	if (i + 1 < b && tok_is(d, i, "the"))
		i++;
	return ((e = entity_in(d, d->tv[i].s, d->tv[b - 1].e, 2)) != NULL ||
	    (e = entity_in(d, d->tv[i].s, d->tv[b - 1].e, 3)) != NULL) &&
	    e->s == d->tv[i].s && e->e == d->tv[b - 1].e;
}
static bool dash_tok(const struct xdoc *, size_t);

/* Participles of hearsay before "to" and a cue: "is said to believe". */
static const char *const hearsay[] = {
	"said", "thought", "believed", "understood", "reported", "known",
	"rumoured", "rumored", "alleged", NULL
};

/*
 * Do tokens [j, i) describe a person: a determiner or a word for what one
 * does first ("the president", "president of the awards", "a lawyer for
 * the firm"), and no verb or clause word among them?
 */
static bool
description_at(const struct xdoc *d, size_t j, size_t i)
{
	static const char *const clause_words[] = {
		"that", "who", "which", "whose", "is", "was", "were", "are",
		"has", "had", "have", "will", "would", NULL
	};
	const char *w = d->text + d->tv[j].s;
	size_t n = d->tv[j].e - d->tv[j].s, k;

	if (d->tv[j].kind != W_WORD || d->tv[j].cap || !(tok_in_fold(d, j,
	    np_dets_all) || xq_agent_suffix(w, n) || (n > 5 &&
	    memcmp(w + n - 3, "ent", 3) == 0)))
		return false;
	for (k = j; k < i; k++)
		if (d->tv[k].inq || (d->tv[k].kind == W_WORD &&
		    (tok_in(d, k, clause_words) || is_cue_tok(d, k))))
			return false;
	return true;
}

static size_t ent_at(const struct xdoc *, size_t);

/* The end of a name before the comma at c, past an acronym in brackets
 * after it ("Carrow Oil & Gas (COG),"): c itself when there is none. */
static size_t
name_end_before(const struct xdoc *d, size_t c)
{
	if (c >= 4 && d->tv[c - 1].kind == W_PUNCT && d->text[d->tv[c -
	    1].s] == ')' && d->tv[c - 3].kind == W_PUNCT &&
	    d->text[d->tv[c - 3].s] == '(' && d->tv[c - 2].kind == W_WORD &&
	    d->tv[c - 2].cap)
		return c - 3;
	return c;
}

/* Words set off by commas inside a clause: ", however," */
static const char *const asides[] = {
	"however", "though", "meanwhile", "instead", "too", "also", NULL
};

/*
 * Is the phrase before the comma at token c an aside set off after a
 * subject ("Analysts, however, say", "Other agencies, such as the Carrow
 * Bank, have said", "Tillax, owner of Vexmoor, has said")?  The index of
 * the comma that opens it; 0 when it is not.
 */
static size_t
set_off_aside(const struct xdoc *d, size_t t0, size_t c)
{
	size_t p;

	for (p = c; p > t0 && p + 12 > c && !is_comma(d, p - 1) &&
	    d->tv[p - 1].kind == W_WORD && !d->tv[p - 1].inq; p--)
		;
	/* not after an adverb: "Locally, too, say analysts" */
	if (p == c || p < t0 + 2 || !is_comma(d, p - 1) ||
	    d->tv[p - 2].kind != W_WORD || d->tv[p - 2].inq ||
	    (d->tv[p - 2].e - d->tv[p - 2].s >= 5 && d->text[d->tv[p -
	    2].e - 1] == 'y' && d->text[d->tv[p - 2].e - 2] == 'l'))
		return 0;
	if (p + 1 == c && tok_in(d, p, asides))
		return p - 1;
	if ((tok_is(d, p, "such") && tok_is(d, p + 1, "as")) ||
	    tok_is(d, p, "including"))
		return p - 1;
	/* a description without an article: "owner of Vexmoor" */
	if (p + 2 < c && !d->tv[p].cap && tok_is(d, p + 1, "of") &&
	    xq_agent_suffix(d->text + d->tv[p].s, d->tv[p].e - d->tv[p].s))
		return p - 1;
	return 0;
}

/*
 * Is the phrase before the comma at token c a place set off after the
 * name of a body or a town, which it locates ("curator at the University
 * of Carrow, Tellby, said", "from Hartpury, Gloucestershire, said"): a
 * place, or capitals of no kind known?  The index of the comma that opens
 * the phrase; 0 when it is not.
 */
static size_t
place_apposition(const struct xdoc *d, size_t t0, size_t c)
{
	const struct xent *o;
	size_t p, e, t;

	for (p = c; p > t0 && p + 4 > c && d->tv[p - 1].kind == W_WORD &&
	    d->tv[p - 1].cap && !d->tv[p - 1].inq; p--)
		;
	if (p == c || p < t0 + 2 || !is_comma(d, p - 1))
		return 0;
	/* a place named as one, or a name of no kind known */
	e = ent_at(d, d->tv[p].s);
	if (e < d->ne && d->ev[e].s < d->tv[c - 1].e && (d->ev[e].s !=
	    d->tv[p].s || d->ev[e].e != d->tv[c - 1].e || (d->ev[e].label !=
	    2 && d->ev[e].label != 3)))
		return 0;
	o = entity_ending(d, d->tv[p - 1].s);
	if (o != NULL && o->label == 1)
		return p - 1;
	/* or after a town: "from Hartpury, Gloucestershire," */
	for (t = p - 1; t > t0 && t + 4 > p && d->tv[t - 1].kind == W_WORD &&
	    d->tv[t - 1].cap; t--)
		;
	return t < p - 1 && t > t0 && (tok_is(d, t - 1, "from") ||
	    tok_is(d, t - 1, "in")) ? p - 1 : 0;
}

/* Is token k a lower-case verb in the past, regular ("issued") or not
 * ("sent")? */
static bool
past_form(const struct xdoc *d, size_t k)
{
	const char *w = d->text + d->tv[k].s;
	size_t n = d->tv[k].e - d->tv[k].s;

	return !d->tv[k].cap && ((n > 4 && w[n - 2] == 'e' &&
	    w[n - 1] == 'd') || xq_irregular_past(w, n));
}

/*
 * Before the participle cue at k, with no comma between: a verb in the
 * past, regular ("issued") or not ("sent"), with its object opened by a
 * determiner ("The ministry issued a statement on Monday saying ...",
 * "Hale sent a letter calling ...").  The verb's token; 0 if none.
 */
static size_t
past_verb_object(const struct xdoc *d, size_t t0, size_t k)
{
	size_t j;

	for (j = k - 1; j > t0 + 1 && j + 9 > k && d->tv[j].kind == W_WORD &&
	    !d->tv[j].inq; j--)
		if (tok_in_fold(d, j, np_dets_all) && d->tv[j - 1].kind ==
		    W_WORD && !d->tv[j - 1].inq && past_form(d, j - 1) &&
		    !is_cue_tok(d, j - 1) && d->tv[j - 2].kind == W_WORD &&
		    !d->tv[j - 2].inq)
			return j - 1;
	return 0;
}

/* Words before a share that belong to it: "Some 18%", "nearly 40%",
 * "Another 7%", "The remaining 33%". */
static const char *const share_words[] = {
	"some", "about", "around", "nearly", "almost", "over", "just",
	"only", "roughly", "another", "remaining", "the", "a", "further",
	NULL
};

/*
 * Do the tokens [j, c) run from lower-case words of a description,
 * without a preposition or a role, to a capitalised name: ", steel giant
 * LNM," (not ", chief executive of Alcohol Focus Scotland,")?
 */
static bool
lower_descriptor(const struct xdoc *d, size_t j, size_t c)
{
	size_t k;

	if (c < j + 2 || d->tv[j].kind != W_WORD || tok_in(d, j, np_break) ||
	    tok_in(d, j, skip_back) || adverb(d, j))
		return false;
	for (k = j; k < c; k++)
		if (d->tv[k].kind != W_WORD || tok_in(d, k, np_preps) ||
		    tok_in(d, k, roles) || tok_in(d, k, agents) ||
		    (!d->tv[k].cap && xq_agent_suffix(d->text + d->tv[k].s,
		    d->tv[k].e - d->tv[k].s)))
			return false;
	return true;
}

static const struct xent *entity_ending(const struct xdoc *, size_t);

/*
 * Do the tokens [j, c) run from lower-case words of a role to a person's
 * name, no preposition among them: ", former chief Tom Hale,"?
 */
static bool
role_before_person(const struct xdoc *d, size_t j, size_t c)
{
	const struct xent *e;
	size_t k;

	if (c < j + 2 || d->tv[j].cap || (e = entity_ending(d,
	    d->tv[c - 1].e)) == NULL || e->label != 0 || e->s <= d->tv[j].s)
		return false;
	for (k = j; k < c && d->tv[k].e <= e->s; k++)
		if (d->tv[k].kind != W_WORD || d->tv[k].inq ||
		    tok_in(d, k, np_preps) || tok_in(d, k, np_break) ||
		    is_cue_tok(d, k))
			return false;
	return true;
}

/* Heads of "X close to him", "X familiar with the talks". */
static const char *const circle_heads[] = {
	"those", "people", "sources", "source", "friends", "friend", "aides",
	"aide", "officials", "official", "someone", "one", "others",
	"allies", "ally", "insiders", "insider", NULL
};

/* Does token k open "those close to him", "sources familiar with"? */
static bool
circle_at(const struct xdoc *d, size_t k)
{
	return k + 1 < d->nt && tok_in_fold(d, k, circle_heads) &&
	    (tok_is(d, k + 1, "close") || tok_is(d, k + 1, "familiar") ||
	    tok_is(d, k + 1, "near"));
}

/* Adverbs that open a phrase set off after a subject: "Vexmoor, once
 * among the largest grocers, said". */
static const char *const appos_adverbs[] = {
	"once", "formerly", "previously", "now", "still", "long", NULL
};

/* Prepositions that open a sentence's adverbial: "In his speech, ..." */
static const char *const lead_preps[] = {
	"In", "On", "At", "After", "During", "Before", "With", "For", "From",
	"Under", "Since", "Despite", "Through", "Last", "Earlier", "Later",
	"Speaking", "Asked", "Late", "Early", NULL
};
static const char *const lead_preps_lower[] = {
	"in", "on", "at", "after", "during", "before", "with", "for", "from",
	"under", "since", "despite", "through", "speaking", "asked", NULL
};

/* Is token k an acronym in the plural: "MPs", "GPs", "NGOs"? */
static bool
caps_plural(const struct xdoc *d, size_t k)
{
	const char *w = d->text + d->tv[k].s;
	size_t n = d->tv[k].e - d->tv[k].s, i;

	if (d->tv[k].kind != W_WORD || n < 3 || w[n - 1] != 's')
		return false;
	for (i = 0; i + 1 < n; i++)
		if (w[i] < 'A' || w[i] > 'Z')
			return false;
	return true;
}

/*
 * The verb at i with what governs it taken off: "plans to call for", "is
 * going to insist", "was due to say"; hearsay in the passive, "The
 * watchdog is said to believe".  Where the subject ends, not before t0.
 */
static size_t
past_control(const struct xdoc *d, size_t t0, size_t i)
{
	while (i > t0 + 1 && tok_is(d, i - 1, "to") && (tok_in(d, i - 2,
	    control) || tok_in(d, i - 2, hearsay)) && ((tok_in(d, i - 2,
	    control) && !ing_form(d, i - 2)) || (i > t0 + 2 &&
	    tok_in(d, i - 3, xq_be_forms)))) {
		/* an -ing form or a participle of hearsay only after "is":
		 * "is continuing to insist", not "goes into its forum
		 * trying to highlight" */
		i -= 2;
		while (i > t0 && tok_in(d, i - 1, skip_back))
			i--;
	}
	return i;
}

/* Words before "who" that ask who, not say who: "see who gives", "the
 * question of who pays". */
static const char *const wh_before[] = {
	"see", "sees", "saw", "know", "knows", "knew", "known", "decide",
	"decides", "decided", "wonder", "wondered", "determine", "matter",
	"matters", "about", "of", "on", "over", "to", "for", "as", "is",
	"was", "are", "were", "be", NULL
};

/*
 * Is the cue word at j a noun's modifier inside the subject ending at b,
 * as the subject's first word after a relative pronoun, a conjunction or
 * the sentence's start: "which state media claimed", "after state media
 * said"?
 */
static bool
cue_modifier(const struct xdoc *d, size_t t0, size_t j, size_t b)
{
	return j + 1 < b && d->tv[j + 1].kind == W_WORD && !d->tv[j + 1].cap &&
	    !d->tv[j + 1].inq && !tok_in_fold(d, j + 1, np_dets_all) &&
	    (j == t0 || tok_in(d, j - 1, relatives) || tok_in(d, j - 1,
	    conjs));
}

/*
 * Is token j the last word of a noun phrase that a determiner opens a
 * few words before it ("a group", "the local branch"), no verb, cue or
 * pronoun among them and no preposition before it: the antecedent of a
 * relative "that" after it?
 */
static bool
relative_noun(const struct xdoc *d, size_t t0, size_t j)
{
	size_t m;
	const struct xent *e;

	/* (a capitalised noun too, unless a person's name ends there: "a
	 * super PAC that intends") */
	if (d->tv[j].kind != W_WORD || d->tv[j].inq || (d->tv[j].cap &&
	    (e = entity_ending(d, d->tv[j].e)) != NULL && e->label == 0) ||
	    is_cue_tok(d, j) || tok_in(d, j, np_break) ||
	    tok_in(d, j, subj_pronouns))
		return false;
	for (m = j; m > t0 && m + 4 > j; m--) {
		if (d->tv[m - 1].kind != W_WORD || d->tv[m - 1].inq)
			return false;
		/* (not after a preposition: in "a note written on a
		 * napkin that said" the clause may be the note's) */
		if (tok_in_fold(d, m - 1, np_dets_all))
			return m - 1 == t0 || !tok_in(d, m - 2, np_preps);
		if (is_cue_tok(d, m - 1) || tok_in(d, m - 1, np_break) ||
		    tok_in(d, m - 1, xq_be_forms))
			return false;
	}
	return false;
}

/*
 * A share whose figure is token f, ending at i, as a subject: [*a, *b)
 * with up to two words before the figure ("Some 18%", "only about 40%").
 * True where the share opens its clause (not "rates rose to 2.25%, the
 * minutes showed").
 */
static bool
share_subject(const struct xdoc *d, size_t t0, size_t f, size_t i,
    size_t *a, size_t *b)
{
	*a = f;
	while (*a > t0 && *a + 2 > f && d->tv[*a - 1].kind == W_WORD &&
	    tok_in_fold(d, *a - 1, share_words))
		(*a)--;
	*b = i;
	return *a == t0 || is_comma(d, *a - 1) || tok_is(d, *a - 1, "and") ||
	    tok_is(d, *a - 1, "while") || tok_is(d, *a - 1, "but");
}

/* Determiners that open a noun phrase that may speak ("His aides"). */
static const char *const np_dets[] = {
	"The", "His", "Her", "Their", "Its", "Our", "the", "his", "her",
	"their", "its", "our", "Many", "Some", "Several", "Two", "Three", NULL
};

/* Is token k a lower-case role or trade: "writer", "chief"? */
static bool
role_word(const struct xdoc *d, size_t k)
{
	return d->tv[k].kind == W_WORD && !d->tv[k].cap && !d->tv[k].inq &&
	    (tok_in(d, k, roles) || xq_agent_suffix(d->text + d->tv[k].s,
	    d->tv[k].e - d->tv[k].s));
}

/* Is token k a role or trade, or the plural of one: "listeners"? */
static bool
people_noun(const struct xdoc *d, size_t k)
{
	size_t n = d->tv[k].e - d->tv[k].s;

	return role_word(d, k) || (n > 4 && d->tv[k].kind == W_WORD &&
	    !d->tv[k].cap && !d->tv[k].inq && d->text[d->tv[k].e - 1] == 's' &&
	    xq_agent_suffix(d->text + d->tv[k].s, n - 1));
}

/* Prepositions after people and before what they belong to: "listeners
 * to his show", "members of the board". */
static const char *const people_preps[] = {
	"of", "to", "for", "at", "from", NULL
};

static bool subject_np(const struct xdoc *, size_t, size_t, size_t *,
    size_t *);

/*
 * The subject before the cue at token k (sentence starts at t0): stores
 * the mention's tokens [*a, *b).  False when there is none.  A share of
 * the people it names is the subject whole: "14% of people aged 18 to 34
 * said", "Some 40% of the voters questioned said".
 */
/*
 * "Several judges handling lawsuits seeking records about her have
 * cited", "Critics opposing the plan for the port have said": a noun
 * phrase that opens the sentence at t0 and a participle in -ing after
 * it, its phrase running to the auxiliaries of the cue at k with no
 * comma, no clause and no verb of its own.  The phrase before the
 * participle in [*a, *b); false when the sentence is not so.
 */
static bool
ing_phrase_subject(const struct xdoc *d, size_t t0, size_t k, size_t *a,
    size_t *b)
{
	size_t p, j, v = k;

	if (k < t0 + 4 || !d->tv[t0].cap || d->tv[t0].inq)
		return false;
	for (p = t0 + 1; p < k && p < t0 + 4 && d->tv[p].kind == W_WORD &&
	    !d->tv[p].inq && !ing_form(d, p); p++)
		if (tok_in(d, p, np_break) || is_cue_tok(d, p) ||
		    tok_in(d, p, skip_back))
			return false;
	if (p >= k || !ing_form(d, p) || d->tv[p].cap ||
	    tok_in_fold(d, p - 1, np_dets_all) || tok_in(d, p - 1,
	    subj_pronouns) || tok_in(d, t0, openers) || tok_in_fold(d, t0,
	    lead_preps) || participle_form(d, t0))
		return false;
	while (v > p + 2 && tok_in(d, v - 1, skip_back))
		v--;
	if (v == k)
		return false;	/* "have cited": an auxiliary of its own */
	for (j = p + 1; j < v; j++)
		if (d->tv[j].kind != W_WORD || d->tv[j].inq ||
		    tok_in(d, j, skip_back) || tok_in(d, j, relatives) ||
		    tok_is(d, j, "that") || past_form(d, j))
			return false;
	*a = t0;
	*b = p;
	return true;
}

static bool
subject_before(const struct xdoc *d, size_t t0, size_t k, size_t *a,
    size_t *b)
{
	size_t s, e;
	bool ok;

	/* (the whole phrase before the participle, where the walk back
	 * from the cue stopped inside the participle's phrase) */
	ok = subject_np(d, t0, k, a, b);
	if ((!ok || *a > t0 + 1) && ing_phrase_subject(d, t0, k, &s, &e) &&
	    (!ok || *a >= e)) {
		*a = s;
		*b = e;
		return true;
	}
	if (!ok)
		return false;
	if (*a > t0 + 2 && tok_is(d, *a - 1, "of") && xq_percent(d, *a - 2) &&
	    share_subject(d, t0, *a - 3, *b, &s, &e)) {
		*a = s;
		*b = e;
	}
	return true;
}

/*
 * Is "each" or "both" after a comma the subject of the participle at j,
 * floated off the sentence's ("vied for the post, each touting ...")?
 */
static bool
floated_each(const struct xdoc *d, size_t t0, size_t j)
{
	return j > t0 + 2 && ing_form(d, j) && (tok_is(d, j - 1, "each") ||
	    tok_is(d, j - 1, "both")) && is_comma(d, j - 2);
}

/*
 * The subject of the cue at i joined by "and", "or", ", yet" or ", but"
 * (the token before i) to the nearest verb before it, its object between
 * with no comma but the one before "yet" or "but": "after she attacked
 * the police and blamed ...", "Hale demands answers, yet refuses ...",
 * "Her family has called on police to act and called on ...", "crowds,
 * who have marched and called for ...".  1 with the subject in [*a, *b),
 * -1 when the cue has none, 0 when the words before the conjunction do
 * not tell.
 */
static int
joined_subject(const struct xdoc *d, size_t t0, size_t i, size_t *a,
    size_t *b)
{
	size_t j;
	bool quoted = false, relcl = false;

	if (i <= t0 + 3 || !(tok_is(d, i - 1, "and") || tok_is(d, i - 1,
	    "or") || ((tok_is(d, i - 1, "yet") || tok_is(d, i - 1, "but")) &&
	    is_comma(d, i - 2))))
		return 0;
	/* (past a partial quotation in the object: "has called on police
	 * to act \"as a matter of ...\" and called on") */
	for (j = tok_is(d, i - 1, "and") ? i - 2 : i - 3; j > t0 &&
	    j + 25 > i && (d->tv[j].kind == W_WORD ||
	    d->tv[j].kind == W_OPEN || d->tv[j].kind == W_CLOSE);
	    j--) {
		const char *w = d->text + d->tv[j].s;
		size_t wn = d->tv[j].e - d->tv[j].s, h = j, s0, e0;
		const struct xent *ev;

		if (d->tv[j].inq || d->tv[j].kind != W_WORD) {
			quoted = true;
			continue;
		}
		/* (farther past a relative clause in the object) */
		if (j + (relcl ? 21 : 13) <= i && !quoted)
			break;
		/* (an auxiliary before it: "has called", "have
		 * taken") */
		if (tok_is(d, j - 1, "has") || tok_is(d, j - 1, "have") ||
		    tok_is(d, j - 1, "had"))
			h = j - 1;
		/* (any word after a subject pronoun: "they want") */
		if (d->tv[j].cap || (wn < 4 && !tok_in(d, j - 1,
		    subj_pronouns) && !xq_irregular_past(w, wn)) ||
		    (h == j && (!verb_like(d, j) ||
		    plural_noun(d, t0, j)) && !tok_in(d, j - 1,
		    subj_pronouns)) || tok_in(d, j, skip_back) ||
		    adverb(d, j))
			continue;
		/* after ", but" or ", yet" a verb inside the report of
		 * a cue before it is not the one joined; the cue is:
		 * "Hale said the team had reached a view, but admitted
		 * ..." */
		if (!tok_is(d, i - 1, "and") && !is_cue_tok(d, j)) {
			size_t c2;

			for (c2 = h; c2 > t0 + 1 && !(d->tv[c2 - 1].kind ==
			    W_WORD && !d->tv[c2 - 1].cap &&
			    !d->tv[c2 - 1].inq && is_cue_tok(d, c2 - 1) &&
			    verb_like(d, c2 - 1)); c2--)
				;
			if (c2 > t0 + 1)
				return subject_before(d, t0, c2 - 1, a, b) ? 1 : -1;
		}
		if (h == t0)
			break;
		/* (an infinitive is joined to the verb before its
		 * "to": "refuses to release ... or explain") */
		if (tok_is(d, h - 1, "to"))
			continue;
		/* (nor is a relative clause's verb in the object:
		 * "explored the changes that wiped out ... and
		 * discussed") */
		if (tok_is(d, h - 1, "that") && h - 1 > t0 &&
		    d->tv[h - 2].kind == W_WORD && !d->tv[h - 2].cap &&
		    (!verb_like(d, h - 2) || plural_noun(d, t0, h - 2))) {
			relcl = true;
			continue;
		}
		/* (a cue joined in its turn: "..., yet refuses to
		 * release ... or explain") */
		if (is_cue_tok(d, j) && h == j && (tok_is(d, h - 1,
		    "and") || tok_is(d, h - 1, "yet") || tok_is(d, h - 1,
		    "but")))
			return subject_before(d, t0, j, a, b) ? 1 : -1;
		if (tok_in(d, h - 1, subj_pronouns) || ((tok_is(d, h - 1,
		    "who") || tok_is(d, h - 1, "which")) && h - 1 > t0 &&
		    is_comma(d, h - 2)) || (h == j && floated_each(d, t0,
		    j))) {
			*a = h - 1;
			*b = h;
			return 1;
		}
		/* a person or a body that opens the clause, or the
		 * surname of one named in full */
		if ((ev = entity_ending(d, d->tv[h - 1].e)) != NULL &&
		    ev->s < d->tv[t0].s)
			ev = NULL;
		if (ev != NULL || (d->tv[h - 1].cap &&
		    person_by_name(d, d->text + d->tv[h - 1].s,
		    d->tv[h - 1].e - d->tv[h - 1].s) != NULL)) {
			s0 = ev != NULL ? tok_at(d, ev->s) : h - 1;

			if (s0 == t0 || is_comma(d, s0 - 1) ||
			    tok_is(d, s0 - 1, "that")) {
				*a = s0;
				*b = h;
				return 1;
			}
		}
		/* the subject found for the verb: over an auxiliary,
		 * or a noun's phrase that opens the sentence ("Tom
		 * Hale's family met the mayor and called", not "said
		 * the firm denied it and added"); not a common noun
		 * the document also writes in lower case ("Inflation
		 * has slowed and suggests") */
		if ((h < j ? w[wn - 1] == 'd' || is_cue_tok(d, j) :
		    d->tv[h - 1].kind == W_WORD && !d->tv[h - 1].cap &&
		    !d->tv[h - 1].inq) &&
		    subject_before(d, t0, j, &s0, &e0) && !(e0 == s0 + 1 &&
		    d->tv[s0].cap && entity_ending(d, d->tv[s0].e) ==
		    NULL && lower_in_doc(d, s0)) && (h < j || s0 ==
		    t0 + (d->tv[t0].kind != W_WORD))) {
			*a = s0;
			*b = e0;
			return 1;
		}
		break;	/* (the nearest verb is the one joined) */
	}
	return 0;
}

/*
 * Is the phrase before the comma at token c a party and a state set off
 * after a name, as American papers write them ("Lindsey Graham, R-S.C.,",
 * "Tim Kaine, D-Va.,")?  The index of the comma that opens it; 0 when it
 * is not.
 */
static size_t
party_tag_before(const struct xdoc *d, size_t t0, size_t c)
{
	size_t p, s, e, n;
	const char *w;

	for (p = c; p > t0 && p + 6 > c && !is_comma(d, p - 1); p--)
		;
	if (p <= t0 + 1 || p + 6 <= c || p == c || !is_comma(d, p - 1))
		return 0;
	s = d->tv[p].s;
	e = d->tv[c - 1].e;
	w = d->text + s;
	n = e - s;
	if (n < 4 || n > 9 || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') ||
	    w[1] != '-' || w[2] < 'A' || w[2] > 'Z')
		return 0;
	for (s = 3; s < n; s++)
		if (!((w[s] >= 'a' && w[s] <= 'z') || (w[s] >= 'A' &&
		    w[s] <= 'Z') || w[s] == '.'))
			return 0;
	return p - 1;
}

/* The noun phrase subject_before() finds, the share aside. */
static bool
subject_np(const struct xdoc *d, size_t t0, size_t k, size_t *a,
    size_t *b)
{
	size_t i = k, j, n = 0, tb, c, w;
	const struct xent *e;
	bool art = false;
	int js;

	/* "The writer and broadcaster said", "the chairman and chief
	 * executive said": one person by two roles or trades */
	if (k >= t0 + 4 && tok_is(d, k - 2, "and") && role_word(d, k - 3) &&
	    role_word(d, k - 1)) {
		for (j = k - 4; j > t0 && j + 6 > k &&
		    d->tv[j].kind == W_WORD && !d->tv[j].cap &&
		    !d->tv[j].inq && !tok_in(d, j, np_dets); j--)
			;
		if (tok_in(d, j, np_dets) && d->tv[j].kind == W_WORD) {
			*a = j;
			*b = k;
			return true;
		}
	}
	/* "40% said", "Some 18% said": a share of those asked, as "About
	 * 18 per cent said" is; "42% of them say": the share of a group */
	if (i > t0 + 1 && xq_percent(d, i - 1) && share_subject(d, t0, i - 2,
	    i, a, b))
		return true;
	if (i > t0 + 4 && tok_is(d, i - 2, "of") && xq_percent(d, i - 3) &&
	    (tok_is(d, i - 1, "them") || tok_is(d, i - 1, "us") ||
	    tok_is(d, i - 1, "those") || tok_is(d, i - 1, "respondents")) &&
	    share_subject(d, t0, i - 4, i, a, b))
		return true;
	/* "who’s called for": the contraction's "’s" is "has" */
	if (i > t0 + 1 && (tok_is(d, i - 1, "\xe2\x80\x99s") ||
	    tok_is(d, i - 1, "'s")) && (tok_is(d, i - 2, "who") ||
	    tok_in(d, i - 2, pronouns)))
		i--;
	/* "has repeatedly", "firmly", "in 2001": auxiliaries, adverbs and
	 * times */
	for (;;) {
		if ((tb = time_before(d, t0, i)) > 0)
			i -= tb;
		else if (i > t0 && (tok_in(d, i - 1, skip_back) ||
		    adverb(d, i - 1)))
			i--;
		/* "China has in the past said", "had at the time
		 * claimed": a phrase of time or manner between the
		 * auxiliary and the cue */
		else if ((c = aux_phrase(d, t0, i)) > 0)
			i -= c;
		/* "They have all spoken", "we both said": a quantifier
		 * floated off a pronoun subject */
		else if (i > t0 + 1 && (tok_is(d, i - 1, "all") ||
		    tok_is(d, i - 1, "both") || tok_is(d, i - 1, "each")) &&
		    (tok_in(d, i - 2, skip_back) || tok_in(d, i - 2,
		    subj_pronouns) || tok_in(d, i - 2, relatives) ||
		    (i > t0 + 2 && tok_is(d, i - 2, "that") &&
		    relative_noun(d, t0, i - 3))))
			i--;
		else
			break;
	}
	/* "Lindsey Graham, R-S.C., said": a party and a state set off
	 * after the name */
	while (i > t0 + 2 && is_comma(d, i - 1) && (j = party_tag_before(d,
	    t0, i - 1)) != 0)
		i = j;
	/* "Tom Hale, QC, said", "Tom Hale, QC told": letters set after
	 * the name */
	if (i > t0 + 3 && is_comma(d, i - 1) && tok_in(d, i - 2,
	    postnominals) && is_comma(d, i - 3))
		i -= 3;
	else if (i > t0 + 2 && tok_in(d, i - 1, postnominals) &&
	    is_comma(d, i - 2))
		i -= 2;
	/* '"...," Ana Ruiz said, and added that': the subject of the cue
	 * before "and" */
	if (i > t0 + 3 && tok_is(d, i - 1, "and") && is_comma(d, i - 2) &&
	    is_cue_tok(d, i - 3) && !d->tv[i - 3].cap)
		return subject_before(d, t0, i - 3, a, b);
	/* "I laughed and said": the subject of the verb before "and" */
	if (i > t0 + 2 && tok_is(d, i - 1, "and") && d->tv[i - 2].kind ==
	    W_WORD && !d->tv[i - 2].cap && !d->tv[i - 2].inq &&
	    verb_like(d, i - 2) && !tok_in(d, i - 2, skip_back) &&
	    !plural_noun(d, t0, i - 2)) {
		i -= 2;
		while (i > t0 && (tok_in(d, i - 1, skip_back) ||
		    adverb(d, i - 1)))
			i--;
	} else if ((js = joined_subject(d, t0, i, a, b)) != 0)
		return js > 0;
	/* "emails reviewed by Vox suggest", "files combed through by
	 * the Carrow Post show": the agent of a participle after the
	 * subject is not the cue's; the subject before the participle is */
	if (i == k && i > t0 + 3 && d->tv[i - 1].cap) {
		size_t p;

		for (p = i - 1; p > t0 + 2 && p + 5 > i && d->tv[p - 1].kind ==
		    W_WORD && !d->tv[p - 1].inq && (d->tv[p - 1].cap ||
		    tok_is(d, p - 1, "the")); p--)
			;
		if (p > t0 + 2 && p + 5 > i && tok_is(d, p - 1, "by")) {
			p -= 2;
			if (p > t0 + 1 && (tok_is(d, p, "through") ||
			    tok_is(d, p, "over") || tok_is(d, p, "up")))
				p--;
			if (p > t0 && past_form(d, p) && d->tv[p - 1].kind ==
			    W_WORD && !d->tv[p - 1].inq && !tok_in(d, p - 1,
			    skip_back) && !tok_in(d, p - 1, subj_pronouns) &&
			    !tok_in(d, p - 1, relatives) && !is_cue_tok(d, p - 1))
				return subject_np(d, t0, p, a, b);
		}
	}
	/* "Ms. Okafor, who emphasized that": the relative pronoun, which
	 * resolution takes back to the name before it */
	if (i > t0 + 1 && (tok_is(d, i - 1, "who") || (tok_is(d, i - 1,
	    "which") && (is_comma(d, i - 2) || dash_tok(d, i - 2) ||
	    (d->tv[i - 2].cap &&
	    d->tv[i - 2].kind == W_WORD && entity_ending(d,
	    d->tv[i - 2].e) != NULL)))) && d->tv[i - 2].kind != W_OPEN &&
	    !d->tv[i - 2].inq) {
		*a = i - 1;
		*b = i;
		return true;
	}
	/* "a ruling which said", "a report that showed": the relative
	 * pronoun after a written source, which resolution takes to the
	 * noun's phrase */
	if (i > t0 + 2 && i == k && (tok_is(d, i - 1, "which") ||
	    tok_is(d, i - 1, "that")) && d->tv[i - 2].kind == W_WORD &&
	    !d->tv[i - 2].inq && tok_in_fold(d, i - 2, xq_writings)) {
		*a = i - 1;
		*b = i;
		return true;
	}
	/* "a group that says", "Carrow Watch, a group which says": the
	 * relative pronoun after a noun a determiner opens, which
	 * resolution takes to the noun's phrase */
	if (i > t0 + 2 && (i == k || (i + 1 == k && (tok_is(d, i, "all") ||
	    tok_is(d, i, "both") || tok_is(d, i, "each")))) &&
	    (tok_is(d, i - 1, "which") || tok_is(d, i - 1, "that")) &&
	    relative_noun(d, t0, i - 2)) {
		*a = i - 1;
		*b = i;
		return true;
	}
	/* ", many of whom say", "-- most of whom had announced": the part
	 * of those named before the comma or the dash */
	if (i > t0 + 3 && (tok_is(d, i - 1, "whom") || tok_is(d, i - 1,
	    "which")) && tok_is(d, i - 2, "of") &&
	    d->tv[i - 3].kind == W_WORD && (is_comma(d, i - 4) ||
	    dash_tok(d, i - 4))) {
		*a = i - 3;
		*b = i;
		return true;
	}
	/* "The row prompted the minister to say": the one made to speak,
	 * between the causing verb and "to" */
	if (i > t0 + 3 && tok_is(d, i - 1, "to")) {
		for (j = i - 2; j > t0 && j + 7 > i && d->tv[j].kind == W_WORD &&
		    !d->tv[j].inq && !tok_in(d, j, causatives); j--)
			;
		if (j > t0 && j + 2 < i && tok_in(d, j, causatives)) {
			*a = j + 1;
			*b = i - 1;
			return true;
		}
	}
	i = past_control(d, t0, i);
	/* "on Monday", "in a statement" */
	while (i > t0 + 1 && tok_is(d, i - 2, "in") && tok_is(d, i - 1,
	    "statement"))
		i -= 2;
	/* "Rep. Stefan Lynd (D-Maine) said": the words before the brackets */
	if (i > t0 + 1 && d->tv[i - 1].kind == W_PUNCT &&
	    d->text[d->tv[i - 1].s] == ')') {
		for (j = i - 1; j > t0 && !(d->tv[j - 1].kind == W_PUNCT &&
		    d->text[d->tv[j - 1].s] == '(') && j + 8 > i; j--)
			;
		if (j > t0 + 1 && d->tv[j - 1].kind == W_PUNCT &&
		    d->text[d->tv[j - 1].s] == '(')
			i = j - 1;
		else
			return false;
	}
	/* a phrase between dashes after a plain subject: "other
	 * retailers - including HMV and Tesco - reported" (not after one
	 * with a description between commas: "Paul Myers, chief of
	 * Wippit - a music service - believes") */
	if (i > t0 + 2 && dash_tok(d, i - 1)) {
		for (j = i - 2; j > t0 + 1 && j + 20 > i && !dash_tok(d, j) &&
		    !d->tv[j].inq; j--)
			;
		/* past an opening word and its comma ("Yet, ...") */
		c = t0 + 1 < j && is_comma(d, t0 + 1) ? t0 + 2 : t0;
		while (c < j && !is_comma(d, c))
			c++;
		/* also the subject after "with" of a participle: ", with
		 * Ana Ruiz - who has called for a tax - lambasting" */
		for (w = j; ing_form(d, k) && w > t0 && w + 6 > j &&
		    d->tv[w - 1].kind == W_WORD && !tok_is(d, w - 1, "with");
		    w--)
			;
		if (j > t0 && j + 2 < i && dash_tok(d, j) && (c == j ||
		    (w > t0 + 1 && w + 6 > j && tok_is(d, w - 1, "with") &&
		    is_comma(d, w - 2))) &&
		    d->tv[j - 1].kind == W_WORD && !d->tv[j - 1].inq)
			i = j;
	}
	/* "Ana Ruiz, curator at the University of Carrow, Tellby, said":
	 * the place locates the body; the parenthetical is before it */
	while (i > t0 + 2 && is_comma(d, i - 1) && (j = place_apposition(d,
	    t0, i - 1)) != 0)
		i = j + 1;
	/* "Analysts, however, say": the subject is before the aside, and
	 * so are its auxiliaries ("He did, however, admit") */
	if (i > t0 + 2 && is_comma(d, i - 1) &&
	    (j = set_off_aside(d, t0, i - 1)) != 0)
		for (i = j; i > t0 && (tok_in(d, i - 1, skip_back) ||
		    adverb(d, i - 1)); i--)
			;
	/* a parenthetical: "Wang, whose position ..., told" */
	if (i > t0 && is_comma(d, i - 1)) {
		bool rel;

		for (j = i - 1; j > t0 && !is_comma(d, j - 1); j--)
			;
		rel = j > t0 && tok_in_fold(d, j, relatives);
		/* "Looking further ahead, the firm's chairman Tom Hale, has
		 * predicted": after an opening phrase, a comma too many;
		 * the words between the commas are the subject */
		if (j > t0 + 1 && j + 1 < i && !rel && d->tv[t0].cap &&
		    (participle_form(d, t0) || tok_in(d, t0, lead_preps))) {
			for (c = t0; c < j - 1 && !is_comma(d, c); c++)
				;
			if (c == j - 1 && entity_ending(d, d->tv[i - 2].e) !=
			    NULL) {
				*a = j;
				*b = i - 1;
				return true;
			}
		}
		/* also ", from the Home Office," after the subject */
		if (j > t0 && (rel || tok_is(d, j, "a") ||
		    tok_is(d, j, "an") || tok_is(d, j, "the") ||
		    /* ", one of the leading providers,", ", once among
		     * the most profitable grocers," */
		    (tok_is(d, j, "one") && j + 1 < i && tok_is(d, j + 1,
		    "of")) || tok_in(d, j, appos_adverbs) ||
		    participle(d, j) || (j + 1 < i && tok_is(d, j + 1, "by") &&
		    !d->tv[j].cap) || (tok_in(d, j, np_preps) &&
		    j > t0 + 1 && d->tv[j - 2].kind == W_WORD)) && j < i - 1) {
			i = j - 1;
			/* "Ana Ruiz, a lawyer for the firm, which ..., said",
			 * "Ana Ruiz, head of the guild, which ..., said": the
			 * name before the appositive the clause is about */
			for (j = i; rel && j > t0 && !is_comma(d, j - 1); j--)
				;
			if (rel && j > t0 + 1 && j < i && d->tv[j].kind ==
			    W_WORD && !d->tv[j].cap && d->tv[j - 2].cap &&
			    !no_name(d, j - 2) &&
			    !d->tv[j - 2].inq)
				i = j - 1;
			/* "Tom Hale, president of the awards, the Tillax
			 * Academy, said": a description between commas, of
			 * a person named just before it, before the one
			 * skipped */
			for (j = i; !rel && j > t0 && j + 9 > i &&
			    !is_comma(d, j - 1) && !d->tv[j - 1].inq; j--)
				;
			if (!rel && j > t0 + 1 && j < i && is_comma(d, j - 1) &&
			    description_at(d, j, i) && (e = entity_ending(d,
			    d->tv[j - 1].s)) != NULL && e->label == 0)
				i = j - 1;
		} else if (j > t0 && j < (c = name_end_before(d, i - 1)) &&
		    c - j <= 6 && (d->tv[j].cap || lower_descriptor(d, j,
		    c) || role_before_person(d, j, c)) && d->tv[c - 1].cap) {
			/* "A lawyer for the ferry firm, Dana Schell, said": the
			 * name between the commas, also after words of a
			 * description (", Netherlands-based group Vexmoor,"),
			 * before its acronym (", Carrow Oil & Gas (COG),") */
			for (n = j; n < c && (d->tv[n].cap ||
			    title_dot(d, n) || initial_dot(d, n) ||
			    (d->tv[n].kind == W_WORD &&
			    !participle(d, n) && !tok_in(d, n, np_break) &&
			    !is_cue_tok(d, n) && !tok_in(d, n, skip_back)) ||
			    (n > j && n + 1 < c && d->tv[n + 1].cap &&
			    d->tv[n].kind == W_PUNCT && d->text[d->tv[n].s] ==
			    '&')) && !d->tv[n].inq; n++)
				;
			if (n != c)
				return false;
			*a = j;
			*b = c;
			return true;
		} else
			return false;
	}
	*b = i;
	/* "The doctor who treated Tom Hale said": a relative clause
	 * between the subject and its cue, its verb and object no part of
	 * the subject, which ends before "who" */
	for (j = i; j > t0 + 1 && j + 9 > i && d->tv[j - 1].kind == W_WORD &&
	    !d->tv[j - 1].inq && !tok_is(d, j - 1, "who") &&
	    /* (the cue in the clause, an infinitive past_control() left:
	     * "analysts who had expected the minutes to show"; another
	     * clause: "see who gives ... but the report says"; but the
	     * clause's second verb: "who lacks experience and has
	     * attacked") */
	    (!tok_in(d, j - 1, conjs) || (tok_is(d, j - 1, "and") &&
	    tok_in(d, j, skip_back))) &&
	    !(j == i && tok_is(d, j - 1, "to")) &&
	    !tok_is(d, j - 1, "that") && !is_cue_tok(d, j - 1); j--)
		;
	if (j > t0 + 1 && j < i && tok_is(d, j - 1, "who") &&
	    d->tv[j - 2].kind == W_WORD && !d->tv[j - 2].inq &&
	    !tok_in(d, j - 2, subj_pronouns) && !tok_in(d, j - 2, wh_before)) {
		i = j - 1;
		*b = i;
	}
	/* "Those close to him say", "people familiar with the talks
	 * said": the unnamed people as the subject */
	for (j = i; j > t0 && j + 7 > i && d->tv[j - 1].kind == W_WORD &&
	    !d->tv[j - 1].inq && !(j < i && verb_like(d, j - 1)); j--)
		if (j - 1 > t0 && circle_at(d, j - 2) && j + 1 < i) {
			*a = j - 2;
			if (*a > t0 && (tok_in_fold(d, *a - 1, np_dets_all) ||
			    tok_is(d, *a - 1, "some")))
				(*a)--;
			return true;
		}
	/* "Although it is a good song I think", "Across the board I
	 * thought": a subject pronoun just before its verb is the whole
	 * subject; the words before it are another phrase */
	if (i > t0 && i + 3 > k && tok_in(d, i - 1, subj_pronouns) &&
	    !d->tv[i - 1].inq) {
		*a = i - 1;
		return true;
	}
	/* "The fare, it says, will rise", "But it says": "it" set off
	 * before its cue, or after an opening word, is the subject, though
	 * it breaks a phrase elsewhere */
	if (i > t0 && i == k && tok_is(d, i - 1, "it") && ((i > t0 + 1 &&
	    is_comma(d, i - 2)) || (i == t0 + 2 && tok_in(d, t0, openers)))) {
		*a = i - 1;
		return true;
	}
	while (i > t0 && n < 8) {
		const struct xtok *t = &d->tv[i - 1];

		if (title_dot(d, i - 1) && i - 1 < *b) {
			i--;
			continue;
		}
		if (t->kind != W_WORD || t->inq)
			break;
		/* "In a report published last July the committee stated",
		 * "Two weeks ago the group announced": after a time, an
		 * article opens the subject */
		if (i - 1 > t0 && i < *b && (tok_is(d, i - 1, "the") ||
		    tok_is(d, i - 1, "a") || tok_is(d, i - 1, "an")) &&
		    time_word(d, i - 2)) {
			i--;
			break;
		}
		/* "Secretary of State", "a lawyer for the board", "the
		 * Institute for Harbour Studies"; "But that environment
		 * underscored": a demonstrative that opens the sentence */
		if (tok_in(d, i - 1, np_break) && !((i - 1 == t0 ||
		    (i - 2 == t0 && tok_in(d, t0, openers))) && i < *b &&
		    (tok_is(d, i - 1, "that") || tok_is(d, i - 1, "this") ||
		    tok_is(d, i - 1, "these") || tok_is(d, i - 1, "those"))) &&
		    !(i - 1 > t0 &&
		    tok_is(d, i - 1, "of") && d->tv[i - 2].kind == W_WORD) &&
		    !(i - 1 > t0 && i < *b && (tok_is(d, i - 1, "for") ||
		    tok_is(d, i - 1, "on")) && d->tv[i - 2].kind == W_WORD &&
		    d->tv[i - 2].cap && !d->tv[i - 2].inq && d->tv[i].cap) &&
		    !(i - 1 > t0 && tok_is(d, i - 1, "for") &&
		    tok_in_fold(d, i - 2, agents)) &&
		    /* "Officials from Tellby said", "residents in the
		     * town say", "MPs in Wales said" */
		    !(i - 1 > t0 && (tok_is(d, i - 1, "from") ||
		    tok_is(d, i - 1, "in") || tok_is(d, i - 1, "at")) &&
		    (tok_in_fold(d, i - 2, people) || (!d->tv[i - 2].cap &&
		    tok_in(d, i - 2, roles)) || caps_plural(d, i - 2))) &&
		    /* "a spokeswoman for the centre in Cardiff said",
		     * "EU leaders at a summit in Lisbon pledged": a place
		     * alone after "in" is no subject */
		    !(i - 1 > t0 + 1 && i < *b && (tok_is(d, i - 1, "in") ||
		    tok_is(d, i - 1, "at")) && d->tv[i - 2].kind == W_WORD &&
		    !d->tv[i - 2].inq && place_only(d, i, *b)))
			break;
		/* nor another verb: "the Party saw loyal members warn" (a
		 * cue noun's verb is trimmed below: "Acpo made its call",
		 * "The mayor made a new claim") */
		/* (but a participle after "those" or people is part of
		 * the subject: "Half of those questioned said") */
		/* (also a cue more often a noun, as a verb before a
		 * figure: "Polls show 74 percent of voters said") */
		if ((is_cue_tok(d, i - 1) || (xq_irregular_past(d->text +
		    t->s, t->e - t->s) && !cue_noun_after(d, i, k)) ||
		    (xq_is_cue_any(d->text + t->s, t->e - t->s) &&
		    d->text[d->tv[i].s] >= '0' && d->text[d->tv[i].s] <= '9')) &&
		    !t->cap && !cue_modifier(d, t0, i - 1, *b) &&
		    !(i - 1 > t0 && t->e - t->s > 4 &&
		    d->text[t->e - 2] == 'e' && d->text[t->e - 1] == 'd' &&
		    (tok_is(d, i - 2, "those") || tok_is(d, i - 2, "people") ||
		    tok_in(d, i - 2, people))))
			break;
		/* an article opens the subject: a plain word before it
		 * is another phrase's ("the fraud the mayor said was
		 * rife": the mayor), but not a preposition's, a
		 * participle's, an adverb's or a verb's ("of the", "all
		 * the", "living in the", "sued the", "which divides the":
		 * the phrase goes on, or the walk finds no subject) */
		if (i - 1 > t0 && !art && (tok_is(d, i - 1, "the") ||
		    tok_is(d, i - 1, "a") || tok_is(d, i - 1, "an")) &&
		    d->tv[i - 2].kind == W_WORD && !d->tv[i - 2].inq &&
		    !d->tv[i - 2].cap &&
		    !tok_is(d, i - 2, "of") && !tok_in(d, i - 2, np_break) &&
		    !tok_in(d, i - 2, article_pre) && !participle_form(d,
		    i - 2) && !tok_in(d, i - 2, np_more_preps) &&
		    !adverb(d, i - 2) && !tok_in(d, i - 2, xq_light_verbs) &&
		    !(d->tv[i - 2].e - d->tv[i - 2].s > 2 &&
		    d->text[d->tv[i - 2].e - 1] == 'd' &&
		    d->text[d->tv[i - 2].e - 2] == 'e') &&
		    !(i - 2 > t0 && (tok_in(d, i - 3,
		    subj_pronouns) || tok_in(d, i - 3, relatives) ||
		    tok_in(d, i - 3, before_verb)))) {
			i--;
			break;
		}
		/* (the first article only: "the music of a band Warner
		 * Bros wants") */
		art = art || tok_is(d, i - 1, "the") || tok_is(d, i - 1, "a") ||
		    tok_is(d, i - 1, "an");
		i--;
		n++;
	}
	/* "The board backed plans to ...": the verb before the cue noun
	 * is no part of its owner */
	if (*b == k && *b > i + 1 && !d->tv[k].cap &&
	    d->text[d->tv[k].e - 1] == 's' && !d->tv[k - 1].cap &&
	    participle_form(d, k - 1) && !ing_form(d, k - 1) &&
	    !is_cue_tok(d, k - 1)) {
		(*b)--;
		while (*b > i + 1 && tok_in(d, *b - 1, skip_back))
			(*b)--;
	}
	/* "Meanwhile" and other sentence adverbs are not the subject, nor
	 * "So far", "Thus far" */
	while (i < *b && tok_in(d, i, openers))
		i++;
	if (i + 1 < *b && i > t0 && tok_is(d, i, "far") && (tok_is(d, i - 1,
	    "So") || tok_is(d, i - 1, "Thus") || tok_is(d, i - 1, "thus")))
		i++;
	/* "Mr. Brandt generally backed": the adverb is no part of it */
	while (*b > i + 1 && adverb(d, *b - 1))
		(*b)--;
	/* "He's claiming": the pronoun, not a possessive */
	if (*b == i + 2 && tok_in(d, i, pronouns) &&
	    (tok_is(d, i + 1, "\xe2\x80\x99s") || tok_is(d, i + 1, "'s")))
		(*b)--;
	/* "he wasn't too worried", "they made plans": the pronoun alone */
	if (*b > i + 1 && i > t0 && tok_in(d, i, subj_pronouns)) {
		for (j = i + 1; j < *b && !d->tv[j].cap; j++)
			;
		if (j == *b)
			*b = i + 1;
	}
	/* "In February 2004 he said": the pronoun that ends it */
	if (*b > i + 1 && tok_in(d, *b - 1, subj_pronouns) &&
	    !tok_is(d, *b - 1, "I") && !is_comma(d, *b - 2))
		i = *b - 1;
	/* a cue noun's verb and article: "The mayor made a new claim
	 * that": the mayor */
	if (*b == k && *b > i + 2 && !d->tv[k].cap) {
		/* (the article after adjectives: "made a controversial
		 * comment") */
		j = noun_adjs_from(d, i + 1, *b);
		if (j > i + 1 && tok_in_fold(d, j - 1, np_dets_all))
			j--;
		if (j < *b && j > i + 1 && tok_in(d, j - 1, xq_light_verbs))
			*b = j - 1;
	}
	*a = i;
	return *b > *a && plausible(d, a, b);
}

static size_t ent_at(const struct xdoc *, size_t);
static bool modifies(const struct xdoc *, size_t, size_t);
static const struct xent *person_by_name(const struct xdoc *, const char *,
    size_t);

/* Capitalised words that open a sentence without being its speaker. */
static const char *const not_subjects[] = {
	"The", "A", "An", "This", "That", "These", "Those", "It", "Its",
	"There", "Here", "Some", "Many", "Most", "All", "One", "Each", "Every",
	"Such", "Other", "Another", "Both", "What", "When", "Where", "Why",
	"How", "If", "As", "While", "His", "Her", "Their", "Our", "My", "Your",
	"No", "Not", "More", "Few", "Much", "Any", "Even", "Only", "Just",
	"In", "On", "At", "With", "Though", "Although", "After", "Before", "Since", "Because", "Despite", "During", "For",
	"From", "Under", "By", "Of", "To", "Or", "And", "But", "So", "Yet",
	"Several", "Then", "Now", "Also", "Still", "Instead", "Across",
	"Without", "Perhaps", "Maybe", "Indeed", NULL
};

/* Is the capitalised word at i one that opens a sentence rather than
 * names its speaker ("However", "Many", "Reportedly")? */
static bool
no_name(const struct xdoc *d, size_t i)
{
	return tok_in(d, i, openers) || tok_in(d, i, not_subjects) ||
	    adverb(d, i);
}

/*
 * Verbs that attribute only a quotation beside them, never reported
 * speech: '"...," the letter reads.', 'The sign read: "..."', '"...," as
 * the saying goes.'
 */
static const char *const quote_cues[] = {
	"reads", "read", "goes", "went", NULL
};
/*
 * Verbs of manner that attribute a quotation next to them but report no
 * clause: '"...," laughed Ana Ruiz', '"...," she sighed'.
 */
static const char *const manner_cues[] = {
	"laughed", "laughs", "smiled", "smiles", "sighed", "sighs",
	"grinned", "grins", "beamed", "snapped", "snaps", "enthused",
	"enthuses", "gushed", "cried", "roared", "murmured", "pleaded",
	"pleads", "begged", "teased", "implored", "assured", "pressed",
	"continues", NULL
};
/* ... and those that need no colon either: 'chanted "What curfew?"' (but
 * 'read "War and Peace"' is a title) */
static const char *const sung_cues[] = {
	"chanted", "chants", "chanting", "sang", "sings", "singing", NULL
};


/*
 * A capitalised plural that can open a sentence as its subject:
 * "Experts on the region said", "Demonstrators said ... but pledged"
 * (not "Its", "This").
 */
static bool
bare_plural(const struct xdoc *d, size_t i)
{
	const char *w = d->text + d->tv[i].s;
	size_t n = d->tv[i].e - d->tv[i].s;

	return d->tv[i].kind == W_WORD && d->tv[i].cap && n > 4 &&
	    w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
	    w[1] >= 'a' && w[1] <= 'z' && !tok_in(d, i, not_subjects);
}

/*
 * Do up to three lower-case words from token n, then a person's name,
 * come before token k: "co-founder Tom Hale", "chief executive Ana Ruiz"?
 */
static bool
title_to_person(const struct xdoc *d, size_t n, size_t k)
{
	const struct xent *e;
	size_t j;

	for (j = n; j < k && j < n + 3 && d->tv[j].kind == W_WORD &&
	    !d->tv[j].cap && !d->tv[j].inq && !tok_in(d, j, np_break) &&
	    !verb_like(d, j); j++)
		;
	if (j == n || j >= k || !d->tv[j].cap)
		return false;
	e = xq_entity_from(d, j);
	return e != NULL && e->label == 0 && e->e <= d->tv[k].s;
}

/*
 * Does the word at token ti open in lower case somewhere in the document
 * ("prices", so "Prices" opening a sentence is no name)?  The set of such
 * words is built on the first call.
 */
static bool
lower_in_doc(const struct xdoc *d, size_t ti)
{
	struct xcache *c = d->cache;
	char low[64];
	size_t i, n = d->tv[ti].e - d->tv[ti].s;

	if (!c->lower_built) {
		smap_init(&c->lower);
		for (i = 0; i < d->nt; i++)
			if (d->tv[i].kind == W_WORD && d->text[d->tv[i].s] >=
			    'a' && d->text[d->tv[i].s] <= 'z')
				smap_get(&c->lower, d->text + d->tv[i].s,
				    d->tv[i].e - d->tv[i].s, true, 0);
		c->lower_built = true;
	}
	if (n == 0 || n > sizeof(low))
		return false;
	memcpy(low, d->text + d->tv[ti].s, n);
	if (low[0] >= 'A' && low[0] <= 'Z')
		low[0] += 'a' - 'A';
	return smap_get(&c->lower, low, n, false, 0) != NULL;
}

/*
 * Capitals at [i, j) the tagger named nothing, then an auxiliary or a past
 * form without -ed, on the way to the cue at k: "Motorola has run trials
 * and says ...", "Tellby ran a survey and says ...".  A name: several
 * capitals, a word the document never writes in lower case, or a plural
 * for people ("Insurers have sought to ..."); not "Prices have risen",
 * nor a place or a body the tagger found ("Paris was subdued, with the
 * minister telling ..."), nor an -ing cue with no comma before it,
 * which has a subject of its own ("despite saying"), nor a passive cue
 * or one straight after "it" ("which it said").
 */
static bool
unknown_name_aux(const struct xdoc *d, size_t i, size_t j, size_t k)
{
	const char *w = d->text + d->tv[i].s;
	size_t e, n = d->tv[i].e - d->tv[i].s;

	if (!tok_in(d, j, auxes) && !xq_irregular_past(d->text + d->tv[j].s,
	    d->tv[j].e - d->tv[j].s))
		return false;
	/* within a clause's reach: a cue forty words on has a subject of
	 * its own, and the look below stays short */
	if (k > j + 40 || (ing_form(d, k) && !is_comma(d, k - 1)) ||
	    xq_passive(d, k, i) || tok_is(d, k - 1, "it"))
		return false;
	/* "Spurs agreed a fee for the player, who has yet to agree": the
	 * cue in a clause of its own */
	for (e = j + 1; e < k; e++)
		if (tok_is(d, e, "who") || tok_is(d, e, "which") ||
		    tok_is(d, e, "whether"))
			return false;
	/* "Gone are the days": a participle put first, its subject after */
	if (j + 1 < k && tok_in(d, j, xq_be_forms) && (tok_is(d, j + 1,
	    "the") || tok_is(d, j + 1, "a") || tok_is(d, j + 1, "an")))
		return false;
	e = ent_at(d, d->tv[i].s);
	if (e < d->ne && d->ev[e].s < d->tv[j].s && d->ev[e].e > d->tv[i].s)
		return false;
	return j > i + 1 || !lower_in_doc(d, i) || (n > 5 &&
	    w[n - 1] == 's' && xq_agent_suffix(w, n - 1));
}

/*
 * Past a phrase that opens a sentence before its subject, up to its
 * comma, from token i (before token k): "In her speech, Halvorsen ...",
 * "On Thursday, however, Okafor ...", "When the plans were shown to the
 * council, Okafor ...".  Token i itself when there is none.
 */
static size_t
past_lead_phrase(const struct xdoc *d, size_t i, size_t k)
{
	size_t j, lim;
	bool lead;

	if (i >= k)
		return i;
	/* after an opener in lower case: "But in an interview with the
	 * Post, Okafor ..." */
	lead = tok_in(d, i, lead_preps) || (i > 0 && !d->tv[i].cap &&
	    tok_in(d, i - 1, openers) && tok_in(d, i, lead_preps_lower));
	if (!(lead || (d->tv[i].cap && tok_in_fold(d, i, subordinators))))
		return i;
	lim = lead ? 12 : 25;
	for (j = i + 1; j < k && j < i + lim && d->tv[j].kind == W_WORD &&
	    !d->tv[j].inq; j++)
		;
	if (j >= k || !is_comma(d, j))
		return i;
	i = j + 1;
	/* ", however,", "On July 6, 2015," */
	if (i + 1 < k && (tok_in(d, i, asides) || (d->text[d->tv[i].s] >= '0' &&
	    d->text[d->tv[i].s] <= '9')) && is_comma(d, i + 1))
		i += 2;
	return i;
}

/*
 * The subject that opens the sentence when the words just before the cue
 * at k are not one: "A reporter for the Carrow Post saw Linde and reported
 * ...", "The Republican nominee outlined his plan and vowed to ...".  A
 * personal pronoun, a person or organisation named first (with the title
 * words before it), or "the" and a role noun within five words.
 */
/*
 * A person's name between the comma at token c and another before token
 * k, nothing else between them: [*a, *b) the name.
 */
static bool
appositive_person(const struct xdoc *d, size_t c, size_t k, size_t *a,
    size_t *b)
{
	size_t e, n;

	if (c + 2 >= k || !is_comma(d, c) || (e = ent_at(d, d->tv[c +
	    1].s)) >= d->ne || d->ev[e].s != d->tv[c + 1].s ||
	    d->ev[e].label != 0)
		return false;
	for (n = c + 1; n < k && d->tv[n].e <= d->ev[e].e; n++)
		;
	if (n >= k || !is_comma(d, n) || d->tv[n - 1].e != d->ev[e].e)
		return false;
	*a = c + 1;
	*b = n;
	return true;
}

/*
 * Is there a name at token j, before k, with an auxiliary or a verb
 * straight after it ("the White House is steering ...": not "the Labour
 * peer said", "the European Union's commissioner said")?
 */
static bool
the_name_subject(const struct xdoc *d, size_t j, size_t k)
{
	size_t e, n;

	if (j >= k || !d->tv[j].cap || (e = ent_at(d, d->tv[j].s)) >= d->ne ||
	    d->ev[e].s != d->tv[j].s)
		return false;
	for (n = j; n < k && d->tv[n].s < d->ev[e].e; n++)
		;
	return n < k && d->tv[n - 1].e == d->ev[e].e &&
	    d->tv[n].kind == W_WORD && !d->tv[n].cap && verb_like(d, n);
}

static bool
sentence_subject(const struct xdoc *d, size_t t0, size_t k, size_t *a,
    size_t *b)
{
	size_t i = t0, j, e;
	bool bare;

	while (i < k && d->tv[i].kind != W_WORD)
		i++;
	/* "But", "Meanwhile,", "Recently,": a word that links the sentence
	 * to the one before, or an adverb in -ly */
	if (i + 1 < k && (tok_in(d, i, openers) || (d->tv[i].cap &&
	    d->tv[i].e - d->tv[i].s >= 6 && ly_word(d, i) &&
	    xq_entity_from(d, i) == NULL))) {
		i++;
		if (i < k && is_comma(d, i))
			i++;
		/* ", however," */
		if (i + 1 < k && tok_in(d, i, asides) && is_comma(d, i + 1))
			i += 2;
	}
	/* "Though she called ... and called for ..." */
	if (i + 1 < k && tok_in_fold(d, i, conjs) && tok_in(d, i + 1,
	    subj_pronouns))
		i++;
	i = past_lead_phrase(d, i, k);
	/* "Having lost the first vote, the board ...", "Asked about
	 * it, Okafor ...": a participle's phrase opens the sentence */
	if (i < k && d->tv[i].cap && !d->tv[i].inq && participle_form(d, i)) {
		size_t r;

		/* (a phrase that goes on after its comma with "as well as",
		 * "and", "or" goes on to the next comma: "Chastened by the
		 * analyses, as well as complaints over its costs, Hale
		 * revised ...") */
		for (r = 0; r < 3; r++) {
			for (j = i + 1; j < k && j < i + 12 &&
			    d->tv[j].kind == W_WORD && !d->tv[j].inq; j++)
				;
			if (j >= k || !is_comma(d, j))
				break;
			i = j + 1;
			if (i >= k || !tok_in(d, i, phrase_goes_on))
				break;
		}
	}
	if (i >= k || d->tv[i].kind != W_WORD || d->tv[i].inq)
		return false;
	if (tok_in(d, i, subj_pronouns)) {
		*a = i;
		*b = i + 1;
		return true;
	}
	/* "It made a loss ... and said": "It" with a verb of its own, not
	 * "It is expected ...", "It seems ..." */
	/* (also after "But", and before a form of "be" and a verb in
	 * -ing: "But it is steering clear of criticizing") */
	if ((tok_is(d, i, "It") || (i > t0 && tok_is(d, i, "it"))) &&
	    i + 2 < k && (tok_is(d, i + 1, "is") || tok_is(d, i + 1,
	    "was")) && ing_form(d, i + 2) && !d->tv[i + 2].cap &&
	    !tok_is(d, i + 2, "being") && !tok_is(d, i + 2, "going")) {
		*a = i;
		*b = i + 1;
		return true;
	}
	if (tok_is(d, i, "It") && i + 1 < k && d->tv[i + 1].kind == W_WORD &&
	    !d->tv[i + 1].cap && !tok_in(d, i + 1, xq_be_forms) &&
	    !tok_is(d, i + 1, "seems") && !tok_is(d, i + 1, "seemed") &&
	    !tok_is(d, i + 1, "appears") && !tok_is(d, i + 1, "appeared") &&
	    !tok_is(d, i + 1, "remains") && !tok_is(d, i + 1, "has") &&
	    !tok_is(d, i + 1, "had") && !tok_is(d, i + 1, "would") &&
	    !tok_is(d, i + 1, "will") && !tok_is(d, i + 1, "may") &&
	    !tok_is(d, i + 1, "might") && !tok_is(d, i + 1, "could") &&
	    (verb_like(d, i + 1) || tok_is(d, i + 1, "made") ||
	    tok_is(d, i + 1, "took") || tok_is(d, i + 1, "gave") ||
	    tok_is(d, i + 1, "won") || tok_is(d, i + 1, "lost") ||
	    tok_is(d, i + 1, "sold") || tok_is(d, i + 1, "paid") ||
	    tok_is(d, i + 1, "cut") || tok_is(d, i + 1, "set"))) {
		*a = i;
		*b = i + 1;
		return true;
	}
	/* capitalised words up to a person or organisation, with lower-case
	 * words of a description among them: "Democratic presidential
	 * nominee Mara Linde" */
	/* (after "the" too: "But the White House is steering ...") */
	for (j = i; j < k && j < i + 7 && ((d->tv[j].kind == W_WORD &&
	    (d->tv[j].cap || (j > i && !d->tv[j].inq &&
	    !tok_in(d, j, np_break) && !verb_like(d, j)) ||
	    (j == i && tok_is(d, j, "the") && the_name_subject(d, j + 1,
	    k)))) || title_dot(d, j)); j++) {
		e = ent_at(d, d->tv[j].s);
		if (e < d->ne && d->ev[e].s == d->tv[j].s &&
		    d->ev[e].label <= 2 &&
		    d->ev[e].e <= d->tv[k].s) {
			size_t n = tok_at(d, d->ev[e].e);

			while (n < k && d->tv[n].e <= d->ev[e].e)
				n++;
			/* "A memorable Linde ad questioned": not Linde */
			if (modifies(d, d->ev[e].e, d->tv[k].s)) {
				/* "Tellby finance ministers backed ...": the
				 * people the name qualifies, before their
				 * verb */
				size_t h;

				for (h = n; h < k && h < n + 3 &&
				    d->tv[h].kind == W_WORD &&
				    !d->tv[h].cap && !tok_in(d, h, people); h++)
					;
				if (h < k && h + 1 < k && tok_in(d, h, people) &&
				    d->tv[h + 1].kind == W_WORD &&
				    !d->tv[h + 1].cap && verb_like(d, h + 1)) {
					*a = i;
					*b = h + 1;
					return true;
				}
				/* "Linde's opponent, Tom Hale, has ...": the
				 * name set off after the words the
				 * possessive qualifies */
				for (h = n + (d->tv[n].s < d->ev[e].e);
				    h < k && h < n + 4 && d->tv[h].kind ==
				    W_WORD && !d->tv[h].cap; h++)
					;
				if (h > n && appositive_person(d, h, k, a, b))
					return true;
				continue;
			}
			/* a place speaks only as the whole subject ("Even
			 * Carrow, its one ally, said"), not before a title
			 * or a noun ("Carrow Mayor Ana Ruiz") */
			if (d->ev[e].label == 2 && n < k && !is_comma(d, n))
				continue;
			/* nor a body before its member's title and name:
			 * "Carrow Rail co-founder Tom Hale tweeted ... and
			 * said" */
			if (d->ev[e].label == 1 && title_to_person(d, n, k))
				continue;
			*a = i;
			*b = n;
			return *b > *a;
		}
	}
	/* a surname of someone named in full: "Berg insisted ..., and added" */
	if (d->tv[i].cap && person_by_name(d, d->text + d->tv[i].s,
	    d->tv[i].e - d->tv[i].s) != NULL) {
		*a = i;
		*b = i + 1;
		return true;
	}
	if (tok_is(d, i, "the") || tok_is(d, i, "a"))
		for (j = i + 1; j < k && j < i + 6 && d->tv[j].kind == W_WORD;
		    j++)
			if (tok_in(d, j, roles)) {
				*a = i;
				*b = j + 1;
				return true;
			}
	/* "His aides say ... but noted ...": a determiner, a few words and
	 * the sentence's first verb, a cue */
	if (tok_in(d, i, np_dets))
		for (j = i + 1; j < k && j < i + 5 && d->tv[j].kind == W_WORD &&
		    !d->tv[j].inq; j++)
			if (j > i + 1 && is_cue_tok(d, j) && !d->tv[j].cap &&
			    !tok_in_fold(d, j - 1, np_dets_all)) {
				*a = i;
				*b = j;
				return plausible(d, a, b);
			}
	/* "A reporter for the Carrow Post spotted Linde and reported ...",
	 * "A memorable Linde ad in 2008 questioned whether ...": a noun
	 * phrase opened by a determiner, up to the sentence's first verb,
	 * when that verb is the cue or the cue is joined to it by "and" */
	bare = bare_plural(d, i);
	if (tok_in_fold(d, i, np_dets_all) || bare) {
		bool pp = false;
		size_t np_end = 0, m, lim = i + 11;

		for (j = i + 1; j < k && j < lim; j++) {
			if (title_dot(d, j))
				continue;
			/* ", which include ...,": a relative clause set off
			 * after the noun, passed over to the verb ("The
			 * authors of the report, which include two charities,
			 * combed ... and found") */
			if (np_end == 0 && j > i + 1 && is_comma(d, j) &&
			    (tok_is(d, j + 1, "which") || tok_is(d, j + 1,
			    "who"))) {
				for (m = j + 2; m < k && m < j + 20 &&
				    d->tv[m].kind == W_WORD && !d->tv[m].inq;
				    m++)
					;
				if (m + 1 < k && m > j + 2 && is_comma(d, m)) {
					np_end = j;
					lim += m - j;
					j = m;
					continue;
				}
			}
			if (d->tv[j].kind != W_WORD || d->tv[j].inq)
				break;
			if (tok_in(d, j, np_preps))
				pp = true;
			/* "and" inside a phrase of a preposition: "Experts
			 * on ferries and harbour safety said" */
			if (pp && (tok_is(d, j, "and") || tok_is(d, j, "or")) &&
			    j + 1 < k && d->tv[j + 1].kind == W_WORD &&
			    !verb_like(d, j + 1))
				continue;
			/* (a word straight after a determiner is a noun:
			 * "of the report"; and so is a plural before "of":
			 * "The authors of") */
			if (!(d->tv[j].cap || tok_in(d, j, np_preps) ||
			    !(verb_like(d, j) || tok_in(d, j, np_break)) ||
			    (pp && tok_in_fold(d, j - 1, np_dets_all) &&
			    !tok_in(d, j, np_break)) || (j + 1 < k &&
			    d->text[d->tv[j].e - 1] == 's' && tok_is(d, j + 1,
			    "of") && !is_cue_tok(d, j) && !tok_in(d, j,
			    np_break))))
				break;
		}
		/* "The local officials reported", "The authors combed": a
		 * plural before a verb (not a verb before a plural: "held
		 * meetings") */
		if (j > i && j + 1 < k && !is_cue_tok(d, j) &&
		    !participle_form(d, j) && !xq_irregular_past(d->text +
		    d->tv[j].s, d->tv[j].e - d->tv[j].s) &&
		    d->tv[j + 1].kind == W_WORD && !d->tv[j + 1].cap &&
		    verb_like(d, j + 1) && !tok_in(d, j, skip_back))
			j++;
		e = k;
		for (;;) {
			size_t tb;

			if (e > j && (tok_in(d, e - 1, skip_back) ||
			    adverb(d, e - 1)))
				e--;
			else if (e > j + 2 && (tb = time_before(d, j, e)) > 0)
				e -= tb;	/* "and in September said" */
			else
				break;
		}
		/* a bare plural is followed by its verb or a preposition:
		 * "Experts on harbour law said", not "Dockers want policies" */
		if (bare && j > i + 1 && !tok_in(d, i + 1, np_preps))
			j = k + 1;
		if (j > i + (bare ? 0 : 1) && j <= k &&
		    d->tv[j].kind == W_WORD && !d->tv[j].cap && (e == j ||
		    (verb_like(d, j) && (colon(d, k) || (ing_form(d, k) &&
		    (is_comma(d, k - 1) || tok_in(d, k - 1,
		    participle_preps))) || (e > j + 1 && (tok_is(d, e - 1,
		    "and") || tok_is(d, e - 1, "but"))))))) {
			*a = i;
			*b = np_end != 0 ? np_end : j;
			/* nor a preposition or an adverb at its end: "The
			 * inquiry famously settled" */
			while (*b > *a + 1 && (tok_in(d, *b - 1, np_preps) ||
			    adverb(d, *b - 1)))
				(*b)--;
			return plausible(d, a, b);
		}
	}
	/* a name the tagger did not know, then a verb: "Halvorsen urged ..." */
	for (j = i; j < k && j < i + 4 && ((d->tv[j].kind == W_WORD &&
	    d->tv[j].cap) || title_dot(d, j)); j++)
		;
	if (j > i && j < k && d->tv[j].kind == W_WORD && !d->tv[j].cap &&
	    !tok_in(d, i, not_subjects) && ((!tok_in(d, j, np_break) &&
	    !tok_is(d, j, "of") && verb_like(d, j)) ||
	    unknown_name_aux(d, i, j, k))) {
		/* a plural after the capitals, then the verb: "Carrow
		 * dockers walked out", "Large crowds marched"; "Large crowds
		 * of fans" is no name */
		if (d->text[d->tv[j].e - 1] == 's' && j + 1 < k &&
		    !tok_is(d, j, "always") && !tok_is(d, j, "sometimes") &&
		    !tok_is(d, j, "has") && !tok_is(d, j, "was") &&
		    !tok_is(d, j, "is")) {
			if (tok_is(d, j + 1, "of"))
				return false;
			if (d->tv[j + 1].kind == W_WORD && !d->tv[j + 1].cap &&
			    d->tv[j + 1].e - d->tv[j + 1].s > 3 &&
			    d->text[d->tv[j + 1].e - 2] == 'e' &&
			    d->text[d->tv[j + 1].e - 1] == 'd') {
				*a = i;
				*b = j + 1;
				return true;
			}
		}
		*a = i;
		*b = j;
		return true;
	}
	return false;
}

/* The noun phrase after token k ("said Mayor Ruth Adeyemi"). */
static bool
np_after(const struct xdoc *d, size_t k, size_t end, size_t *a, size_t *b)
{
	size_t i, n = 0;

	/* "pointed out Tom Hale": the particle belongs to the cue */
	if (k > 0 && k + 1 < end && tok_is(d, k, "out") &&
	    (is_cue_tok(d, k - 1) || tok_is(d, k - 1, "points")))
		k++;
	i = k;
	while (i < end && n < 7 && d->tv[i].kind == W_WORD && !d->tv[i].inq &&
	    !(n > 0 && tok_in(d, i, np_break))) {
		if (n == 0 && (tok_in(d, i, np_break) && !tok_is(d, i, "it")))
			return false;
		i++;
		n++;
		if (i + 1 < end && (title_dot(d, i) || initial_dot(d, i)))
			i++;	/* "Rep. Tomas Ferreira", "Ronald R. Vance" */
	}
	/* "former Olympian and pundit Tom Hale.": two posts before a
	 * name that ends the sentence */
	if (i > k && i + 2 < end && !d->tv[k].cap && tok_is(d, i, "and")) {
		size_t j;

		for (j = i + 1; j < end && j < i + 7 && d->tv[j].kind ==
		    W_WORD && !d->tv[j].inq && !tok_in(d, j, np_break); j++)
			;
		if (j > i + 2 && d->tv[j - 1].cap && d->tv[j - 2].cap &&
		    (j == end || (d->tv[j].kind == W_PUNCT && j + 1 >= end)))
			i = j;
	}
	*a = k;
	*b = i;
	return i > k;
}

/* Nouns of an occasion or a place of speaking, before a subject with no
 * comma: "In the interview Mr Blair said". */
static const char *const occasions[] = {
	"interview", "interviews", "speech", "statement", "stand", "summit",
	"website", "conference", "meeting", "visit", "hearing", "debate",
	"letter", "programme", "program", "broadcast", "article", "column",
	"blog", "message", "address", "rally", "ceremony", "podcast",
	"documentary", "evidence", "testimony", NULL
};

/*
 * The mention [a, b) without a phrase of occasion before the person's
 * name that ends it ("From the witness stand Mr Sullivan told", "In the
 * interview Mr Blair said"): the name's first token (with an honorific),
 * else a.
 */
static size_t
past_occasion(const struct xdoc *d, size_t a, size_t b)
{
	const struct xent *e = entity_ending(d, d->tv[b - 1].e);
	size_t h, k;

	if (e == NULL || e->label != 0)
		return a;
	h = tok_at(d, e->s);
	if (h > a && title_dot(d, h - 1))
		h--;
	if (h > a && tok_honorific(d, h - 1) != 0)
		h--;
	if (h < a + 2 || h >= b || d->tv[h - 1].kind != W_WORD ||
	    d->tv[h - 1].inq || !tok_in(d, h - 1, occasions))
		return a;
	/* an occasion has its article or owner ("property website
	 * Rightmove" is a description) */
	for (k = a; k + 1 < h; k++)
		if (tok_in_fold(d, k, np_dets_all) || xq_possessive(d, k))
			return h;
	return a;
}

/*
 * "Tom Hale and Ana Ruiz said", "Both Tellco and Vexmoor said": where the
 * mention [a, b) is a person or an organisation after "and" and one of
 * the same kind opens the sentence before it, they speak together; the
 * token where the first starts, else a.
 */
static size_t
joint_start(const struct xdoc *d, size_t a, size_t b)
{
	const struct xent *x, *y;
	size_t t0 = d->sv[d->tv[a].sent].t0, f;

	/* (the cheap test first: most mentions follow no "and") */
	if (a < t0 + 2 || !tok_is(d, a - 1, "and") ||
	    (x = xq_entity_from(d, a)) == NULL || x->label > 1 ||
	    x->e != d->tv[b - 1].e || (y = entity_over(d, a - 2)) == NULL ||
	    y->label != x->label || y->e != d->tv[a - 2].e)
		return a;
	f = tok_at(d, y->s);
	return f == t0 || (f == t0 + 1 && tok_is(d, t0, "Both")) ? f : a;
}

/* Adverbs and auxiliaries after a subject that are no part of it: "The
 * board also said", "The Republican is also urging". */
static const char *const mention_adverbs[] = {
	"also", "too", "now", "still", "again", "later", "already", "then",
	"however", "is", "are", "was", "were", "has", "have", "had", "will",
	"would", NULL
};

static void
set_mention(struct xdoc *d, struct quote *q, size_t a, size_t b)
{
	/* no comma after it: "dock hand Ana Ruiz, told"; no adverb or
	 * auxiliary: "The Tellco board also", "The Republican is" */
	while (b > a + 1 && (is_comma(d, b - 1) || (!d->tv[b - 1].cap &&
	    tok_in(d, b - 1, mention_adverbs))))
		b--;
	a = past_occasion(d, a, b);
	/* "Despite Tellco's claims": a preposition opening the sentence
	 * is no part of the name after it that no entity holds */
	if (b > a + 1 && (a == 0 || d->tv[a - 1].sent != d->tv[a].sent) &&
	    tok_in(d, a, lead_preps) && d->tv[a + 1].cap &&
	    d->tv[a + 1].kind == W_WORD && entity_over(d, a) == NULL)
		a++;
	a = joint_start(d, a, b);
	q->has_mention = true;
	q->ms = d->tv[a].s;
	q->me = d->tv[b - 1].e;
	/* the owner, not its "'s": "the council's plans to ..." is the
	 * council's, "He's warned" his; before a participle the "'s" is
	 * part of a name ("Carrow's announced" is a firm's) */
	if (xq_possessive(d, b - 1) && (xq_contraction(d, b - 1) ||
	    !(b < d->nt && d->tv[b].kind == W_WORD &&
	    xq_participle(d->text + d->tv[b].s, d->tv[b].e - d->tv[b].s)))) {
		size_t k = xq_plural_possessive(d->text + d->tv[b - 1].s,
		    d->tv[b - 1].e - d->tv[b - 1].s);

		if (k == 0)
			k = d->text[q->me - 1] == 's' && d->text[q->me - 2] ==
			    '\'' ? 2 : 4;

		if (q->me - q->ms > k)
			q->me -= k;
	}
}

static void
set_cue(struct xdoc *d, struct quote *q, size_t k)
{
	q->has_cue = true;
	q->cs = d->tv[k].s;
	q->ce = d->tv[k].e;
}

/* An em dash, a horizontal bar or an en dash. */
static bool
dash_at(const char *s, size_t n)
{
	return n == 3 && (unsigned char)s[0] == 0xE2 &&
	    (unsigned char)s[1] == 0x80 && ((unsigned char)s[2] == 0x94 ||
	    (unsigned char)s[2] == 0x95 || (unsigned char)s[2] == 0x93);
}

/* A dash of any kind on its own: "-", "--", an en or em dash. */
static bool
dash_tok(const struct xdoc *d, size_t k)
{
	const char *s = d->text + d->tv[k].s;
	size_t n = d->tv[k].e - d->tv[k].s;

	return d->tv[k].kind == W_PUNCT && (dash_at(s, n) || (n == 1 &&
	    *s == '-') || (n == 2 && s[0] == '-' && s[1] == '-'));
}

/*
 * A phrase set off by the comma or dash at token i, at least two words
 * before the same mark closes it: the token after the closing mark, or
 * 0 when there is none.  A phrase after a comma that a dash ends gives
 * the dash, where another phrase begins.
 */
static size_t
set_off(const struct xdoc *d, size_t i, size_t t1)
{
	bool dash = dash_tok(d, i);
	size_t j;

	while (dash && i + 1 < t1 && dash_tok(d, i + 1))
		i++;		/* "--" as two tokens */
	for (j = i + 1; j < t1 && j < i + 30 && !dash_tok(d, j) &&
	    !(!dash && is_comma(d, j)) && !d->tv[j].inq &&
	    d->tv[j].kind != W_OPEN; j++)
		;
	if (j >= t1 || !(dash_tok(d, j) || (!dash && is_comma(d, j))) ||
	    j < i + 3)
		return 0;
	if (!dash && dash_tok(d, j))
		return j;	/* ", director of the bank - ..." goes on */
	while (dash && j + 1 < t1 && dash_tok(d, j + 1))
		j++;
	return j + 1;
}

/*
 * After a closing mark at c, a name with an affiliation or an appositive
 * and then the cue: '"...," Mr. Halloran of the Harbour Trust said',
 * '"...," Irena Sokol, a lawyer and former judge, told me'.
 * The name's tokens in [*a, *b), the cue's token in *k.
 */
static bool
named_after(const struct xdoc *d, size_t c, size_t t1, size_t *a, size_t *b,
    size_t *k)
{
	size_t i = c + 1, j, j0;

	if (i < t1 && is_comma(d, i))
		i++;
	*a = i;
	/* capitalised words, initials and titles with their dots */
	for (; i < t1 && i < *a + 8; i++)
		if (!(d->tv[i].kind == W_WORD && d->tv[i].cap && !d->tv[i].inq) &&
		    !(i > *a && d->tv[i].kind == W_PUNCT &&
		    d->text[d->tv[i].s] == '.' && d->tv[i].s == d->tv[i - 1].e))
			break;
	if (i == *a || d->tv[*a].kind != W_WORD)
		return false;
	*b = i;
	while (*b > *a && d->tv[*b - 1].kind == W_PUNCT)
		(*b)--;
	/* "Rep. Tomas Ferreira (D-Maine), a member of the panel, said" */
	if (i < t1 && d->tv[i].kind == W_PUNCT && d->text[d->tv[i].s] == '(') {
		for (j = i + 1; j < t1 && j < i + 8 && !(d->tv[j].kind ==
		    W_PUNCT && d->text[d->tv[j].s] == ')'); j++)
			;
		if (j >= t1 || j >= i + 8)
			return false;
		i = *b = j + 1;
		if (i < t1 && is_cue_tok(d, i) && !d->tv[i].cap) {
			*k = i;
			return true;
		}
	}
	if (i < t1 && (tok_is(d, i, "of") || tok_is(d, i, "at") ||
	    tok_is(d, i, "from"))) {
		/* "of the Harbour Trust" */
		j = j0 = i + 1 + tok_is(d, i + 1, "the");
		while (j < t1 && j < j0 + 6 && d->tv[j].kind == W_WORD &&
		    d->tv[j].cap)
			j++;
		if (j == j0)
			return false;
		i = j;
	} else if (i < t1 && (is_comma(d, i) || dash_tok(d, i))) {
		/* ", an economist and tax expert,", " - then adviser to the
		 * mayor -", and after commas a dash pair (", director of the
		 * bank - one of its lenders -") */
		if ((i = set_off(d, i, t1)) == 0)
			return false;
		if (i < t1 && dash_tok(d, i) && !dash_tok(d, i - 1) &&
		    (i = set_off(d, i, t1)) == 0)
			return false;
		/* a second between commas: ", from the lab, one of the
		 * makers of the disc," */
		if (i < t1 && !is_cue_tok(d, i) && is_comma(d, i - 1) &&
		    (j = set_off(d, i - 1, t1)) != 0 && is_comma(d, j - 1))
			i = j;
	} else
		return false;
	if (i >= t1 || !is_cue_tok(d, i) || d->tv[i].cap)
		return false;
	*k = i;
	return true;
}

static bool same_speaker_before(const struct xdoc *, struct quote *, size_t);
static bool clause_pronoun(const struct xdoc *, size_t, size_t, size_t *,
    size_t *);
static bool reduced_passive(const struct xdoc *, size_t, size_t);
static bool report_ends(const struct xdoc *, const struct quote *, size_t,
	    size_t);

/* Is q's mention a relative pronoun, "who" or "which"? */
static bool
relative_mention(const struct xdoc *d, const struct quote *q)
{
	size_t n = q->me - q->ms;

	return (n == 3 && memcmp(d->text + q->ms, "who", 3) == 0) ||
	    (n == 5 && memcmp(d->text + q->ms, "which", 5) == 0) ||
	    (n == 4 && memcmp(d->text + q->ms, "that", 4) == 0);
}

/*
 * Does token c, in the sentence from t0 before the opening mark o, attribute
 * that quotation?  A cue in lower case ("said"); one opening the sentence
 * ("Said Okafor:"); a verb of chanting or singing just before the mark
 * or its comma; and, just before a colon or comma that precedes the mark,
 * a verb that attributes only quotations ('The sign read:') or a noun-like
 * cue after a subject ('Linde continued:', 'She continued,').
 */
static bool
cue_before_mark(const struct xdoc *d, size_t t0, size_t c, size_t o)
{
	bool punct = c + 2 == o && (colon(d, o - 1) || is_comma(d, o - 1));

	if (d->tv[c].cap)
		return c == t0 && cue_fold(d, t0);
	if (is_cue_tok(d, c))
		return !xq_noun_use(d, c, t0);	/* not "the plans have" */
	if (tok_in(d, c, sung_cues))
		return c + 1 == o || punct;
	if (!punct)
		return false;
	return tok_in(d, c, quote_cues) || (c > t0 && xq_is_cue_any(d->text +
	    d->tv[c].s, d->tv[c].e - d->tv[c].s) && (d->tv[c - 1].cap ||
	    tok_in(d, c - 1, skip_back) || tok_in(d, c - 1, subj_pronouns)));
}

/*
 * Do the tokens from t0 (after a dash) to the colon at k name a person
 * and no more than a description of them: "Carrow boss Tom Hale", not
 * "Tom Hale said" nor "The mayor told Tom Hale".  The first token in *a.
 */
static bool
label_name(const struct xdoc *d, size_t t0, size_t k, size_t *a)
{
	const struct xent *e;
	size_t i = t0;

	if (i < k && dash_tok(d, i))
		i++;
	if (k < i + 2 || k > i + 8 || !d->tv[i].cap ||
	    (e = entity_ending(d, d->tv[k - 1].e)) == NULL || e->label != 0)
		return false;
	*a = i;
	for (; i < k; i++) {
		if (d->tv[i].kind != W_WORD || d->tv[i].inq)
			return false;
		/* "A lesson from Ana Ruiz:": the name after "from" */
		if (tok_is(d, i, "from") && d->tv[i + 1].s == e->s) {
			*a = i + 1;
			return true;
		}
		if (!d->tv[i].cap && (verb_like(d, i) || is_cue_tok(d, i) ||
		    tok_in(d, i, np_break)))
			return false;
	}
	return true;
}

/* Is token k a noun for a person by its ending or a role ("holder",
 * "analyst", "minister")? */
static bool
agent_noun(const struct xdoc *d, size_t k)
{
	return d->tv[k].kind == W_WORD && !d->tv[k].cap && (tok_in(d, k,
	    roles) || xq_agent_suffix(d->text + d->tv[k].s, d->tv[k].e -
	    d->tv[k].s));
}

/*
 * Are the words between the closing mark at c and the cue at k only a
 * conjunction and adverbs (', but stressed', 'and later added'): a verb
 * that shares the sentence's subject?
 */
static bool
coordinated_verb(const struct xdoc *d, size_t c, size_t k)
{
	static const char *const conj[] = {
		"but", "and", "yet", "then", "though", NULL
	};
	size_t j = c + 1;

	if (j < k && is_comma(d, j))
		j++;
	if (j >= k || !tok_in(d, j, conj))
		return false;
	for (j++; j < k && (adverb(d, j) || tok_is(d, j, "also") ||
	    tok_is(d, j, "then") || tok_is(d, j, "later")); j++)
		;
	return j == k;
}

/*
 * Do the words from token a run as a speaker's description, a capital
 * among them (not "apart from the falsehood of a comment suggesting"), no
 * verb or punctuation but commas, to a cue within twelve words?
 */
static bool
long_description(const struct xdoc *d, size_t a, size_t end)
{
	size_t k;
	bool cap = false, and = false;

	for (k = a; k < end && k < a + 19; k++) {
		/* "the new chair of the Harbour Trust (HT), Ana Ruiz, says" */
		if (d->tv[k].kind == W_PUNCT && d->text[d->tv[k].s] == '(' &&
		    !d->tv[k].inq) {
			size_t r;

			for (r = k + 1; r < end && r < k + 6 &&
			    d->tv[r].kind == W_WORD; r++)
				;
			if (r < end && d->tv[r].kind == W_PUNCT &&
			    d->text[d->tv[r].s] == ')') {
				k = r;
				continue;
			}
		}
		if (d->tv[k].inq || (d->tv[k].kind != W_WORD && !is_comma(d, k)))
			return false;
		if (d->tv[k].kind != W_WORD)
			continue;
		/* without a capital, a determiner first and a person's
		 * noun last: "the world 200m and 400m record holder told" */
		if (is_cue_tok(d, k) && !d->tv[k].cap)
			return k > a && ((cap && !(and && is_comma(d, k -
			    1))) || ((tok_is(d, a, "the") ||
			    tok_is(d, a, "a")) && k > a + 2 &&
			    agent_noun(d, k - 1)));
		cap = cap || d->tv[k].cap;
		and = and || tok_is(d, k, "and");
		/* a verb in -ed or an auxiliary; plurals are a description's
		 * ("the minister for harbour affairs") */
		if (!d->tv[k].cap && ((participle_form(d, k) &&
		    !ing_form(d, k)) || tok_in(d, k, skip_back) ||
		    (tok_in(d, k, np_break) && !tok_in(d, k, np_preps) &&
		    !tok_is(d, k, "and"))))
			return false;
	}
	return false;
}

/*
 * Is the -ing cue at k the verb of a phrase opened by "with" and its own
 * subject ("shares jumped, with analysts saying ...")?
 */
static bool
with_subject(const struct xdoc *d, size_t t0, size_t k)
{
	size_t j;

	/* past a clause between dashes: "with Ana Ruiz - who has called
	 * for a tax - lambasting" */
	if (k > t0 + 2 && dash_tok(d, k - 1)) {
		for (j = k - 2; j > t0 && j + 20 > k && !dash_tok(d, j); j--)
			;
		if (j > t0 && dash_tok(d, j) && j + 20 > k)
			k = j;
	}
	for (j = k; j > t0 && j + 6 > k && d->tv[j - 1].kind == W_WORD &&
	    !d->tv[j - 1].inq && !tok_is(d, j - 1, "with"); j--)
		/* "opened with a speech criticising": the speaker's */
		if (tok_in(d, j - 1, occasions))
			return false;
	return j > t0 && j < k && tok_is(d, j - 1, "with");
}

/*
 * Where sentence ps, the last of the paragraph before quote q, ends with
 * a cue and a colon ("The Times reports:", "Linde added:"), that cue and
 * its subject attribute q.
 */
static void
colon_paragraph(struct xdoc *d, struct quote *q, size_t ps)
{
	size_t pe = d->sv[ps].t1, k, a, b;

	if (pe <= d->sv[ps].t0 || d->tv[pe - 1].kind != W_PUNCT ||
	    d->text[d->tv[pe - 1].s] != ':')
		return;
	for (k = pe - 1; k > d->sv[ps].t0; k--)
		if (d->tv[k - 1].kind == W_WORD && xq_is_cue_any(d->text +
		    d->tv[k - 1].s, d->tv[k - 1].e - d->tv[k - 1].s)) {
			set_cue(d, q, k - 1);
			if (subject_before(d, d->sv[ps].t0, k - 1, &a, &b))
				set_mention(d, q, a, b);
			return;
		}
}

/* Words before a name that make it what is shown or heard: "footage of
 * Tom Hale saying ...", "The ad shows Hale saying ..." */
static const char *const shown_verbs[] = {
	"of", "shows", "showed", "show", "shown", "showing", "features",
	"featured", "featuring", "heard", "hear", "hears", "caught",
	"filmed", "recorded", "captured", "depicts", "depicted", "saw",
	"see", "sees", "seen", "watched", "watch", "watches", NULL
};

/*
 * A person named straight before the cue in -ing at k, after a word of
 * showing or hearing, says it, not the sentence's subject: "The spot
 * ends with footage of Tom Hale saying ...": [*a, *b) the name.
 */
static bool
shown_speaker(const struct xdoc *d, size_t t0, size_t k, size_t *a,
    size_t *b)
{
	const struct xent *e;
	size_t j;

	if (!ing_form(d, k) || k < t0 + 2 || is_comma(d, k - 1) ||
	    (e = entity_ending(d, d->tv[k - 1].e)) == NULL || e->label != 0)
		return false;
	j = tok_at(d, e->s);
	if (j <= t0 || d->tv[j - 1].cap || !tok_in(d, j - 1, shown_verbs))
		return false;
	*a = j;
	*b = k;
	return true;
}

/*
 * Is a person's name, with an honorific, all that follows the closing
 * mark c in its sentence ('"...," Mr Champion.')?  The token after the
 * name in *b.
 */
static bool
name_alone_after(const struct xdoc *d, size_t c, size_t t1, size_t *b)
{
	const struct xent *e;
	size_t j = c + 1;

	/* (the quotation ends its clause: not 'an Americanised "Jimmy"
	 * Bond.') */
	if (j + 1 >= t1 || c < 2 || d->tv[c - 1].kind != W_PUNCT ||
	    !strchr(",.!?", d->text[d->tv[c - 1].s]))
		return false;
	if (honorific_sex(d->text + d->tv[j].s, d->tv[j].e - d->tv[j].s) != 0)
		j += 1 + title_dot(d, j + 1);
	if (j >= t1 || (e = xq_entity_from(d, j)) == NULL || e->label != 0)
		return false;
	while (j < t1 && d->tv[j].s < e->e)
		j++;
	if (d->tv[j - 1].e != e->e || !(j == t1 || (j + 1 == t1 &&
	    d->tv[j].kind == W_PUNCT && d->text[d->tv[j].s] == '.')))
		return false;
	*b = j;
	return true;
}

/* Nouns of a judgement that a quotation can be: '"...," is the verdict of
 * the panel'. */
static const char *const verdicts[] = {
	"assessment", "verdict", "view", "opinion", "advice", "message",
	"warning", "conclusion", "prediction", "response", "reaction",
	"judgement", "judgment", "reply", "answer", NULL
};

/*
 * '"...," is the dry assessment of Tom Hale', '"...," was the verdict of
 * the panel': the noun's token when the words after the closing mark c
 * are a form of "be", an article, at most two words and a noun of
 * verdicts, then "of"; 0 when not.
 */
static size_t
verdict_of(const struct xdoc *d, size_t c, size_t t1)
{
	size_t k = c + 1, n;

	if (k + 4 >= t1 || !(tok_is(d, k, "is") || tok_is(d, k, "was")))
		return 0;
	k++;
	if (tok_is(d, k, "the") || tok_is(d, k, "a") || tok_is(d, k, "an"))
		k++;
	for (n = 0; n < 3 && k + 1 < t1 && d->tv[k].kind == W_WORD &&
	    !d->tv[k].cap && !d->tv[k].inq; n++, k++)
		if (tok_in(d, k, verdicts))
			return tok_is(d, k + 1, "of") ? k : 0;
	return 0;
}

/* Attribution of a direct quote q whose marks are tokens o and c. */
static void
attribute_direct(struct xdoc *d, struct quote *q)
{
	size_t o = q->qt0 - 1, c = q->qt1, si, t0, t1, k, a, b;

	/* a block quotation without marks (xq_block()): "Linde added:"
	 * ends the paragraph before */
	if (d->tv[o].kind == W_PUNCT && d->tv[o].sent + 1 ==
	    d->tv[q->qt0].sent && d->sv[d->tv[o].sent].para != q->para) {
		colon_paragraph(d, q, d->tv[o].sent);
		return;
	}
	/* a quoted transcript line: '"HOST: Mayor, ..."' */
	if ((k = xq_label(d, q->qt0, c)) != 0) {
		set_mention(d, q, q->qt0, k);
		q->qt0 = k + 1;
		q->s = d->tv[k + 1].s;
		return;
	}
	/* after the quote: '"...," Blinken said', '"...," said Xi' */
	si = d->tv[c].sent;
	t1 = d->sv[si].t1;
	/* a signature after a dash: '"..." ― Carla Sanchez' */
	if (c + 2 < d->nt && d->tv[c + 1].kind == W_PUNCT &&
	    dash_at(d->text + d->tv[c + 1].s, d->tv[c + 1].e - d->tv[c + 1].s)) {
		for (b = c + 2; b < d->nt && b < c + 6 && d->tv[b].kind == W_WORD &&
		    d->tv[b].cap && !d->tv[b].inq &&
		    d->tv[b].sent == d->tv[c + 2].sent; b++)
			;
		if (b > c + 2 && (b >= d->nt || d->tv[b].kind != W_WORD ||
		    d->tv[b].sent != d->tv[c + 2].sent)) {
			set_mention(d, q, c + 2, b);
			return;
		}
	}
	if (named_after(d, c, t1, &a, &b, &k)) {
		set_cue(d, q, k);
		set_mention(d, q, a, b);
		return;
	}
	/* '"...," Mr Champion.': a person's name alone ends the sentence */
	if (name_alone_after(d, c, t1, &b)) {
		set_mention(d, q, c + 1, b);
		return;
	}
	/* '"...," is the dry assessment of Tom Hale': the one whose view
	 * the quotation is */
	if ((k = verdict_of(d, c, t1)) != 0 && np_after(d, k + 2, t1, &a,
	    &b) && plausible(d, &a, &b)) {
		set_cue(d, q, k);
		set_mention(d, q, a, b);
		return;
	}
	for (k = c + 1; k < t1 && k < c + 20; k++) {
		if (d->tv[k].kind == W_OPEN || d->tv[k].inq)
			break;
		/* '"..." against what Linde called a smear': a free
		 * relative names what was called, not who spoke */
		if (tok_is(d, k, "what"))
			break;
		/* '"...," according to Ana Ruiz, ...' */
		if (k == c + 1 && tok_is(d, k, "according") && k + 2 < t1 &&
		    tok_is(d, k + 1, "to") && np_after(d, k + 2, t1, &a, &b)) {
			set_cue(d, q, k);
			q->ce = d->tv[k + 1].e;
			set_mention(d, q, a, b);
			return;
		}
		/* '... "as a public officer," per the party's bylaws.' */
		if (k <= c + 2 && tok_is(d, k, "per") && (k == c + 1 ||
		    is_comma(d, k - 1)) && np_after(d, k + 1, t1, &a, &b) &&
		    (b >= t1 || d->tv[b].kind == W_PUNCT)) {
			set_cue(d, q, k);
			set_mention(d, q, a, b);
			return;
		}
		/* past eight words only through a bracketed affiliation or a
		 * long description ("the minister for civil aviation Ana
		 * Ruiz said", "Ana Ruiz, an analyst at Tillax told") */
		if (k == c + 8) {
			size_t p;

			for (p = c + 1; p < k && !(d->tv[p].kind == W_PUNCT &&
			    d->text[d->tv[p].s] == '('); p++)
				;
			if (p == k && !long_description(d, c + 1, t1))
				break;
		}
		/* '"...," when Linde said': another clause, not an
		 * attribution */
		if (k == c + 1 && tok_in(d, k, subordinators))
			break;
		/* '"...," state media quoted Ana Ruiz as saying.': the one
		 * quoted speaks, not the channel */
		if (xq_channel_object(d, k, t1, &a, &b)) {
			set_cue(d, q, k);
			set_mention(d, q, a, b);
			return;
		}
		/* '"...," the aid agency was quoted as saying.' */
		if (tok_is(d, k, "quoted") && k > c + 2 &&
		    tok_in(d, k - 1, xq_be_forms) && (tok_is(d, k + 1, "saying") ||
		    (tok_is(d, k + 1, "as") && tok_is(d, k + 2, "saying")))) {
			set_cue(d, q, k);
			set_mention(d, q, c + 1, k - 1);
			return;
		}
		/* '"...," read the statement.': a verb of text inverted
		 * right after the quotation, its subject to the end */
		if (k <= c + 2 && d->tv[k].kind == W_WORD && !d->tv[k].cap &&
		    tok_in(d, k, quote_cues) && k + 2 < t1 &&
		    (tok_in(d, k + 1, np_dets) || tok_is(d, k + 1, "a")) &&
		    np_after(d, k + 1, t1, &a, &b) &&
		    (b >= t1 || d->tv[b].kind == W_PUNCT)) {
			set_cue(d, q, k);
			set_mention(d, q, a, b);
			return;
		}
		/* '"...," she continued.': a word that is more often a noun
		 * ("continued", "state") is a cue where it ends the clause */
		if ((!is_cue_tok(d, k) && !(k < c + 5 && d->tv[k].kind ==
		    W_WORD && !d->tv[k].cap && tok_in(d, k, manner_cues)) &&
		    !(k < c + 5 && d->tv[k].kind ==
		    W_WORD && !d->tv[k].cap && (xq_is_cue_any(d->text +
		    d->tv[k].s, d->tv[k].e - d->tv[k].s) ||
		    tok_in(d, k, quote_cues) || tok_in(d, k, sung_cues)) &&
		    (k + 1 >= t1 ||
		    d->tv[k + 1].kind == W_PUNCT || (tok_is(d, k, "points") &&
		    tok_is(d, k + 1, "out"))))) ||
		    xq_noun_use(d, k, c + 1))
			continue;	/* not '"...," against the claims' */
		set_cue(d, q, k);
		/* "reported him saying", "quoted him as saying" */
		if (k + 2 < t1 && d->tv[k + 1].kind == W_WORD &&
		    (tok_is(d, k + 2, "saying") || (tok_is(d, k + 2, "as") &&
		    tok_is(d, k + 3, "saying")))) {
			set_mention(d, q, k + 1, k + 2);
			return;
		}
		/* '"..." by the storms, said the board': inverted
		 * after a comma, the words before it end the clause (not
		 * a participle's or "told"'s object) */
		if (k > c + 2 && is_comma(d, k - 1) && !ing_form(d, k) &&
		    !tok_is(d, k, "told") && !tok_is(d, k, "tells") &&
		    np_after(d, k + 1, t1, &a, &b) && plausible(d, &a, &b)) {
			set_mention(d, q, a, b);
			return;
		}
		a = c + 1;
		while (a < k && d->tv[a].kind != W_WORD)
			a++;
		b = k;
		while (b > a && tok_in(d, b - 1, skip_back))
			b--;
		/* '"...," he was due to say' */
		b = past_control(d, a, b);
		if (b > a && plausible(d, &a, &b)) {
			set_mention(d, q, a, b);
			return;
		}
		/* 'He apologised for "..." and says he will': a verb
		 * joined to the clause of the quote has that clause's
		 * subject, not the words after it */
		if (!ing_form(d, k) && coordinated_verb(d, c, k)) {
			size_t s0 = d->sv[d->tv[q->qt0].sent].t0, j;

			/* (a cue before the quotation in its clause
			 * attributes it) */
			for (j = o; j > s0 && !is_comma(d, j - 1) &&
			    !cue_before_mark(d, s0, j - 1, o); j--)
				;
			j = j > s0 && !is_comma(d, j - 1) ? j - 1 : q->qt0;
			if (j < q->qt0 || q->qt0 <= s0 + 1 ||
			    !sentence_subject(d, s0, q->qt0, &a, &b))
				break;
			set_mention(d, q, a, b);
			return;
		}
		/* an object pronoun after the cue is its hearer, not an
		 * inverted speaker ("before asking her"); nor is the object
		 * of a verb further on ('the phrase "..." often in his
		 * campaign, and criticized Ana Ruiz') */
		if (!(k + 1 < t1 && tok_in(d, k + 1, obj_pronouns)) &&
		    (k <= c + 2 || is_comma(d, k - 1)) &&
		    np_after(d, k + 1, t1, &a, &b)) {
			set_mention(d, q, a, b);
			return;
		}
		/* '"...," Blige sings before asking her': the subject of
		 * the clause the participle's phrase hangs on */
		if (ing_form(d, k) && k > c + 2 && tok_in(d, k - 1, conjs) &&
		    sentence_subject(d, c + 1, k, &a, &b)) {
			set_mention(d, q, a, b);
			return;
		}
		/* 'Okafor said: "...," adding that ...': the participle's
		 * subject is the attribution before the quote; so is a verb
		 * joined to it ('He said "...", but stressed that ...') */
		if (ing_form(d, k) || coordinated_verb(d, c, k))
			break;
		return;
	}
	/* before the quote in its sentence: 'Blinken said: "..."' */
	si = d->tv[o].sent;
	t0 = d->sv[si].t0;
	for (k = o; k > t0; k--) {
		if (d->tv[k - 1].inq)
			break;
		if (!cue_before_mark(d, t0, k - 1, o))
			continue;
		set_cue(d, q, k - 1);
		/* 'was derided as a fraud by doctors for "..."': the
		 * subject was judged; the agent after "by", if any, spoke;
		 * so also after a noun the participle describes ('the
		 * jubilation felt by "low-paid" workers') */
		if (xq_passive(d, k - 1, t0) || reduced_passive(d, t0, k - 1)) {
			for (a = k; a < o && !tok_is(d, a, "by"); a++)
				;
			if (a < o && np_after(d, a + 1, o, &a, &b) &&
			    plausible(d, &a, &b))
				set_mention(d, q, a, b);
			/* 'was called "..." by the judge' */
			else if (a == o && c + 2 < d->sv[d->tv[c].sent].t1 &&
			    tok_is(d, c + 1, "by") && np_after(d, c + 2,
			    d->sv[d->tv[c].sent].t1, &a, &b) &&
			    plausible(d, &a, &b))
				set_mention(d, q, a, b);
			return;
		}
		/* '"...," Linde said, adding later, "..."'; 'Linde said
		 * rates would rise adding: "..."' */
		if (ing_form(d, k - 1) && k - 1 > t0 && (is_comma(d, k - 2) ||
		    (k - 2 > t0 && is_comma(d, k - 3)) ||
		    report_ends(d, q, t0, d->tv[k - 2].e)) &&
		    same_speaker_before(d, q, t0))
			return;
		/* 'Said Okafor: "..."': a cue opening the sentence */
		if (d->tv[k - 1].cap) {
			if (np_after(d, k, o, &a, &b))
				set_mention(d, q, a, b);
			return;
		}
		if (shown_speaker(d, t0, k - 1, &a, &b) ||
		    (ing_form(d, k - 1) && sentence_subject(d, t0, k - 1, &a,
		    &b)) || subject_before(d, t0, k - 1, &a, &b))
			set_mention(d, q, a, b);
		/* a participle's words after it are its object, and its
		 * subject the clause's it hangs on: '"...," he will say
		 * before arguing the answer was "..."' */
		else if (ing_form(d, k - 1)) {
			if (clause_pronoun(d, t0, k - 1, &a, &b))
				set_mention(d, q, a, b);
		}
		/* the words after a verb of telling are its hearer: "went
		 * to the station and told the police: ..." */
		else if ((!xq_hearer_verb(d->text + d->tv[k - 1].s,
		    d->tv[k - 1].e - d->tv[k - 1].s) && np_after(d, k, o, &a,
		    &b) && plausible(d, &a, &b)) || sentence_subject(d, t0,
		    k - 1, &a, &b))
			set_mention(d, q, a, b);
		return;
	}
	/* 'According to Linde, "..."' */
	if (o > t0 + 3 && is_comma(d, o - 1) && tok_is(d, t0, "according") &&
	    tok_is(d, t0 + 1, "to") && np_after(d, t0 + 2, o - 1, &a, &b) &&
	    b == o - 1) {
		set_cue(d, q, t0);
		q->ce = d->tv[t0 + 1].e;
		set_mention(d, q, a, b);
		return;
	}
	/* 'As Okafor, a tax lawyer, recently put it, "..."' */
	if (o > t0 + 4 && is_comma(d, o - 1) && tok_is(d, t0, "as") &&
	    tok_is(d, o - 2, "it") && tok_is(d, o - 3, "put") &&
	    np_after(d, t0 + 1, o - 3, &a, &b) && d->tv[t0 + 1].cap) {
		set_cue(d, q, o - 3);
		q->ce = d->tv[o - 2].e;
		set_mention(d, q, a, b);
		return;
	}
	/* 'Carrow boss Tom Hale: "..."' (also after a dash as a list's
	 * bullet): a label of a few words ending in a person's name */
	if (o > t0 + 1 && colon(d, o - 1) && label_name(d, t0, o - 1, &a)) {
		set_mention(d, q, a, o - 1);
		return;
	}
	/* '- Bolton boss Sam Allardyce "..."': after a list's dash the
	 * label may lack its colon */
	if (o > t0 + 2 && dash_tok(d, t0) && label_name(d, t0, o, &a)) {
		set_mention(d, q, a, o);
		return;
	}
	/* 'The piece took her words for its headline: "..."': the subject
	 * of the clause a colon ends */
	if (o > t0 + 1 && colon(d, o - 1)) {
		/* one clause: no comma or dash before the colon but after
		 * an opening adverbial ("On July 6, 2015, Linde made the
		 * following comment:") */
		for (k = o - 1; k > t0 && d->tv[k - 1].kind != W_PUNCT; k--)
			;
		/* "His message to the mayor was:": the owner speaks */
		if (k == t0 && o > t0 + 3 && (tok_is(d, t0, "His") ||
		    tok_is(d, t0, "Her") || tok_is(d, t0, "Their")) &&
		    d->tv[t0 + 1].kind == W_WORD && !d->tv[t0 + 1].cap) {
			set_mention(d, q, t0, t0 + 1);
			return;
		}
		/* (not the words before a cue noun taken for a verb: "The
		 * proposed question for the vote is:") */
		if ((k == t0 || tok_in(d, t0, lead_preps)) &&
		    sentence_subject(d, t0, o - 1, &a, &b) &&
		    !(is_cue_tok(d, b) && xq_noun_use(d, b, t0))) {
			set_mention(d, q, a, b);
			return;
		}
	}
	/* "The Times reports:" ending the paragraph before */
	if (o == d->sv[si].t0 && si > 0 && d->sv[si - 1].para != d->sv[si].para)
		colon_paragraph(d, q, si - 1);
}

/*
 * Does a list opened by ", such as" or ", including" end at the comma
 * before the participle at k (past "now", "also" or "still": "such as
 * Tom Hale and Ana Ruiz, now saying")?  The comma's index; 0 when not.
 */
static size_t
list_before(const struct xdoc *d, size_t t0, size_t k)
{
	size_t c = k - 1, p;

	if (k < t0 + 5)
		return 0;
	if (tok_is(d, c, "now") || tok_is(d, c, "also") || tok_is(d, c,
	    "still"))
		c--;
	if (!is_comma(d, c))
		return 0;
	for (p = c - 1; p > t0 + 1 && p + 25 > c && (d->tv[p].kind ==
	    W_WORD || is_comma(d, p) || d->text[d->tv[p].s] == '.') &&
	    !d->tv[p].inq; p--)
		if (is_comma(d, p - 1) && (tok_is(d, p, "including") ||
		    (tok_is(d, p, "such") && tok_is(d, p + 1, "as"))))
			return p + 2 < c ? c : 0;
	return 0;
}

/*
 * Is the cue at k a participle after the noun it describes and before
 * "by" and its agent ("the jubilation felt by workers", "remarks
 * described by aides as ..."), not a verb with a subject?
 */
static bool
reduced_passive(const struct xdoc *d, size_t t0, size_t k)
{
	return k > t0 && k + 1 < d->nt && tok_is(d, k + 1, "by") &&
	    past_form(d, k) && d->tv[k - 1].kind == W_WORD &&
	    !d->tv[k - 1].inq && !tok_in(d, k - 1, subj_pronouns) &&
	    !tok_in(d, k - 1, skip_back) && !tok_in(d, k - 1, relatives) &&
	    !adverb(d, k - 1);
}

/* Does a report before quote q in its sentence (from token t0) end at
 * byte e ("said rates would rise| adding:")? */
static bool
report_ends(const struct xdoc *d, const struct quote *q, size_t t0, size_t e)
{
	size_t i;

	/* back through this sentence, past partial quotes dropped inside
	 * the report */
	for (i = (size_t)(q - d->qv); i > 0; i--) {
		const struct quote *p = &d->qv[i - 1];

		if (p->e < d->tv[t0].s || (p->e < e && !p->dropped))
			return false;
		if (!p->dropped && p->kind == K_INDIRECT && p->e == e &&
		    p->has_cue && p->cs < p->s)
			return true;
	}
	return false;
}

/*
 * The subject pronoun of the clause a participle's phrase at k hangs on,
 * where that clause follows a comma or a conjunction in the sentence:
 * "McAuliffe has said ..., but he refuses to discuss it, aside from
 * saying ...": he.  Tokens [*a, *b).
 */
static bool
clause_pronoun(const struct xdoc *d, size_t t0, size_t k, size_t *a,
    size_t *b)
{
	size_t j;

	for (j = k; j > t0 + 1 && j + 25 > k; j--) {
		if (d->tv[j - 1].inq || d->tv[j - 1].kind >= W_OPEN)
			return false;
		if (tok_in(d, j - 1, subj_pronouns) && (is_comma(d, j - 2) ||
		    tok_is(d, j - 2, "but") || tok_is(d, j - 2, "and")) &&
		    j < k && d->tv[j].kind == W_WORD && !d->tv[j].cap &&
		    (verb_like(d, j) || tok_in(d, j, skip_back))) {
			*a = j - 1;
			*b = j;
			return true;
		}
	}
	return false;
}

/*
 * '"...," the mayor said, adding that ...': a participle after a comma
 * shares the mention of the attribution before it in its sentence.
 */
static bool
same_speaker_before(const struct xdoc *d, struct quote *q, size_t t0)
{
	const struct quote *best = NULL;
	size_t i;

	/* quotes are in text order: look back through this sentence only */
	for (i = (size_t)(q - d->qv); i > 0; i--) {
		const struct quote *p = &d->qv[i - 1];

		if (p->e < d->tv[t0].s)
			break;
		if (p->dropped || !p->has_mention || !p->has_cue ||
		    p->cs >= q->cs || p->cs < d->tv[t0].s)
			continue;
		/* not a relative clause's: "paying a pilot who said
		 * ..., saying" is the subject's participle */
		if (relative_mention(d, p))
			continue;
		if (best == NULL || p->cs > best->cs)
			best = p;
	}
	if (best == NULL)
		return false;
	/* not one inside the report of one before it: "Ruiz told them
	 * that she believes we must ..., saying" is Ruiz's */
	for (i = (size_t)(best - d->qv); i > 0; i--) {
		const struct quote *p = &d->qv[i - 1];

		if (p->e < d->tv[t0].s)
			break;
		if (!p->dropped && p->has_mention && p->has_cue &&
		    p->cs >= d->tv[t0].s && p->cs < p->s && p->s <= best->cs &&
		    best->ce <= p->e && !relative_mention(d, p))
			best = p;
	}
	q->has_mention = true;
	q->ms = best->ms;
	q->me = best->me;
	return true;
}

/*
 * "It is estimated that", "it has been reported": is the cue at k an
 * impersonal passive, which says nobody said it?
 */
static bool
impersonal_passive(const struct xdoc *d, size_t t0, size_t k)
{
	size_t a, h;

	if (ing_form(d, k))
		return false;
	for (a = k; a > t0 && adverb(d, a - 1); a--)
		;
	/* (also past words of time or degree: "it has long been said") */
	for (h = a > t0 + 1 ? a - 2 : t0; h > t0 && (adverb(d, h) ||
	    tok_is(d, h, "long") || tok_is(d, h, "also") ||
	    tok_is(d, h, "often") || tok_is(d, h, "since")); h--)
		;
	if (a > t0 + 2 && tok_is(d, a - 1, "been") &&
	    (tok_is(d, h, "has") || tok_is(d, h, "had")))
		a = h;
	else if (a > t0 + 1 && (tok_is(d, a - 1, "is") ||
	    tok_is(d, a - 1, "was")))
		a--;
	else	/* "it's said that" */
		return a > t0 && !ing_form(d, k) && (tok_is(d, a - 1, "it's") ||
		    tok_is(d, a - 1, "it\xe2\x80\x99s"));
	return tok_is(d, a - 1, "it");
}

/*
 * A cue used as a noun after its owner ("liked the harbour board's plans
 * to sell", "Carrow's own demands"): the owner is the source, from a
 * determiner before it or its capitalised words.  Tokens in [*a, *b).
 */
static bool
owner_of_noun(const struct xdoc *d, size_t t0, size_t k, size_t *a,
    size_t *b)
{
	size_t p = k - 1, j, m;

	if (k < t0 + 1 || xq_participle(d->text + d->tv[k].s, d->tv[k].e -
	    d->tv[k].s))
		return false;
	if (p > t0 && tok_in_fold(d, p, xq_noun_adjs))
		p--;
	/* "his latest allegation": the possessive determiner, which the
	 * pronouns resolve */
	if (p < k - 1 && (tok_is(d, p, "his") || tok_is(d, p, "her") ||
	    tok_is(d, p, "their") || tok_is(d, p, "its"))) {
		*a = p;
		*b = p + 1;
		return true;
	}
	if (!xq_possessive(d, p) || xq_contraction(d, p))
		return false;
	*b = p + 1;
	/* "'s" a token of its own: the word before is the owner, unless
	 * "he 's sought" is "he has" */
	if ((d->text[d->tv[p].s] == '\'' || (unsigned char)d->text[
	    d->tv[p].s] == 0xE2) && (p == t0 || d->tv[p - 1].kind != W_WORD ||
	    tok_in_fold(d, p - 1, subj_pronouns) || --p < t0))
		return false;
	for (j = p; j > t0 && d->tv[j - 1].kind == W_WORD && d->tv[j - 1].cap &&
	    !d->tv[j - 1].inq; j--)
		;
	/* back to a determiner: right before a name ("the Carrow Port's"),
	 * over a few words before a common noun ("the German port
	 * operator's"), not over a preposition or a verb ("a review of X's",
	 * "the union rejected the port's") */
	for (m = j; m > t0 && m + (d->tv[p].cap ? 1 : 5) > j &&
	    d->tv[m - 1].kind == W_WORD && !d->tv[m - 1].inq; m--) {
		const char *w = d->text + d->tv[m - 1].s;
		size_t n = d->tv[m - 1].e - d->tv[m - 1].s;

		if (tok_in_fold(d, m - 1, np_dets_all)) {
			j = m - 1;
			break;
		}
		if (tok_in_fold(d, m - 1, np_tail_not) || xq_participle(w, n) ||
		    xq_is_cue_any(w, n))
			break;
	}
	*a = j;
	return true;
}

static void
attribute_indirect(struct xdoc *d, struct quote *q)
{
	size_t k = tok_at(d, q->cs), si = d->tv[k].sent, t0 = d->sv[si].t0,
	    t1 = d->sv[si].t1, a, b, j, c;

	if (tok_is(d, k, "according") && tok_is(d, k + 1, "to")) {
		if (np_after(d, k + 2, t1, &a, &b)) {
			/* "a report released by Tellco on Monday", "a poll
			 * posing the question": the source ends before its
			 * participle (not "the UK's leading critics") */
			for (j = a + 2; j < b; j++)
				if (!d->tv[j].cap && ((participle_form(d, j) &&
				    (!ing_form(d, j) || (j + 1 < d->nt &&
				    tok_in(d, j + 1, np_dets_all)))) ||
				    xq_irregular_past(d->text + d->tv[j].s,
				    d->tv[j].e - d->tv[j].s)) &&
				    !tok_in(d, j - 1, np_dets_all)) {
					b = j;
					break;
				}
			/* "according to officials familiar with the
			 * report": the circle and whom it is close to, up
			 * to a comma or the sentence's end */
			if (b == a + 2 && circle_at(d, a) && b + 1 < t1 &&
			    (tok_is(d, b, "with") || tok_is(d, b, "to")))
				for (j = b + 1; j < t1 && j < b + 8 &&
				    d->tv[j].kind == W_WORD && !d->tv[j].inq;
				    j++)
					b = j + 1;
			set_mention(d, q, a, b);
		}
		q->ce = d->tv[k + 1].e;
		return;
	}
	/* "the Post quoted an executive at Vexmoor as saying the group
	 * would bid": the one the channel quotes */
	if (tok_is(d, k, "saying") && k > t0 + 2) {
		size_t v;

		/* not 'Dixon was quoted by the Post as saying' */
		for (v = k - 2; v > t0 && v + 10 > k; v--)
			if (!tok_in(d, v - 1, xq_be_forms) &&
			    xq_channel_object(d, v, k + 1, &a, &b)) {
				set_mention(d, q, a, b);
				return;
			}
	}
	if (k >= q->qt1) {
		/* ", Reuters reported the regulator as saying.": the one
		 * quoted, not the channel */
		if (xq_channel_object(d, k, t1, &a, &b)) {
			set_mention(d, q, a, b);
			return;
		}
		/* ", the court was told.", ", it is claimed.": those told,
		 * or no one, are no speaker */
		if (k > q->qt1 && tok_in(d, k - 1, xq_be_forms))
			return;
		/* ", officials said.", ", as Linde predicted." */
		a = q->qt1;
		while (a < k && (d->tv[a].kind != W_WORD ||
		    tok_in_fold(d, a, conjs)))
			a++;
		b = k;
		while (b > a && tok_in(d, b - 1, skip_back))
			b--;
		/* "the Harbour Office (THO) said": not the bracket */
		if (b > a + 2 && d->tv[b - 1].kind == W_PUNCT &&
		    d->text[d->tv[b - 1].s] == ')') {
			size_t o;

			for (o = b - 1; o > a && !(d->tv[o - 1].kind == W_PUNCT &&
			    d->text[d->tv[o - 1].s] == '('); o--)
				;
			if (o > a + 1)
				b = o - 1;
		}
		if (b > a)
			set_mention(d, q, a, b);
		else if (np_after(d, k + 1, t1, &a, &b))
			set_mention(d, q, a, b);
		return;
	}
	/* "..., said Tom Hale, ...": inverted inside the report it
	 * attributes, the speaker after the cue */
	if (k > q->qt0 && k < q->qt1 && is_comma(d, k - 1) &&
	    !ing_form(d, k) && !tok_is(d, k, "told") && !tok_is(d, k,
	    "tells") && np_after(d, k + 1, t1, &a, &b) && plausible(d, &a,
	    &b)) {
		set_mention(d, q, a, b);
		return;
	}
	/* "Linde sent letters early Friday saying that ...": the subject
	 * of the sentence says it, not the words before "saying" */
	if (ing_form(d, k) && k > t0 && is_comma(d, k - 1) &&
	    same_speaker_before(d, q, t0))
		return;
	if (impersonal_passive(d, t0, k))
		return;
	/* "Hale was told that ...", "was once asked how ...": the subject
	 * of a passive verb of telling is its hearer, not who spoke (not
	 * "is confident that", "are worried about": they feel it) */
	if (k < q->qt0 && xq_hearer_verb(d->text + d->tv[k].s, d->tv[k].e -
	    d->tv[k].s) && xq_passive(d, k, t0))
		return;
	/* "Hale is on trial, accused of hiding a loss": "accused" takes
	 * its object before "of", so straight before it is a passive, and
	 * the one accused no speaker */
	if (tok_is(d, k, "accused") && tok_is(d, k + 1, "of"))
		return;
	/* "It's worth noting that ...": the writer's aside */
	if (ing_form(d, k) && k > t0 && tok_is(d, k - 1, "worth"))
		return;
	if (owner_of_noun(d, t0, k, &a, &b)) {
		set_mention(d, q, a, b);
		return;
	}
	/* "The ministry issued a statement on Monday saying ...": the
	 * subject of the verb whose object the participle follows */
	if (ing_form(d, k) && k > t0 + 2 && !is_comma(d, k - 1) &&
	    (j = past_verb_object(d, t0, k)) != 0 && subject_before(d, t0, j,
	    &a, &b)) {
		set_mention(d, q, a, b);
		return;
	}
	/* 'she said at a news conference announcing that ...': the
	 * participle after an occasion's noun, the occasion after a verb's
	 * preposition; the verb's subject (the occasion says nothing) */
	if (ing_form(d, k) && k > t0 + 3 && tok_in(d, k - 1, occasions)) {
		for (j = k - 2; j > t0 + 1 && j + 6 > k && d->tv[j].kind ==
		    W_WORD && !d->tv[j].inq && !tok_is(d, j, "at") &&
		    !tok_is(d, j, "in") && !tok_is(d, j, "during"); j--)
			;
		if (j > t0 + 1 && j + 6 > k && (tok_is(d, j, "at") ||
		    tok_is(d, j, "in") || tok_is(d, j, "during")) &&
		    d->tv[j - 1].kind == W_WORD && !d->tv[j - 1].cap &&
		    !d->tv[j - 1].inq && verb_like(d, j - 1) &&
		    subject_before(d, t0, j - 1, &a, &b)) {
			set_mention(d, q, a, b);
			return;
		}
	}
	/* "After saying her foot was swollen, she was ...": the subject
	 * of the main clause after the phrase */
	if (xq_lead_participle(d, k, t0) && q->qt1 + 1 < d->nt &&
	    ((is_comma(d, q->qt1) && d->tv[q->qt1 + 1].sent ==
	    d->tv[k].sent) || (q->qt1 > 1 && d->tv[q->qt1 - 1].kind ==
	    W_CLOSE && is_comma(d, q->qt1 - 2) && d->tv[q->qt1].sent ==
	    d->tv[k].sent))) {
		const struct xent *e;

		/* after the comma, or after the mark the comma is inside:
		 * 'After saying it was "too late," she ...' */
		a = is_comma(d, q->qt1) ? q->qt1 + 1 : q->qt1;
		if (tok_in(d, a, subj_pronouns)) {
			set_mention(d, q, a, a + 1);
			return;
		}
		/* the person or firm that opens the clause, whole */
		if ((e = xq_entity_from(d, a)) != NULL && e->label <= 1) {
			set_mention(d, q, a, tok_at(d, e->e));
			return;
		}
		/* or a determiner's noun phrase up to its verb: "Despite
		 * denying ..., the companies have ..." */
		if (tok_in_fold(d, a, np_dets_all)) {
			for (j = a + 1; j < d->nt && j < a + 6 &&
			    d->tv[j].kind == W_WORD && !d->tv[j].inq &&
			    !d->tv[j].cap && !verb_like(d, j) &&
			    !tok_in(d, j, np_break); j++)
				;
			/* (a plural's -s is no verb: "the companies have") */
			if (j + 1 < d->nt && d->tv[j].kind ==
			    W_WORD && !d->tv[j].cap && d->text[d->tv[j].e -
			    1] == 's' && !is_cue_tok(d, j) && !tok_in(d, j,
			    skip_back) && d->tv[j + 1].kind == W_WORD &&
			    !d->tv[j + 1].cap && verb_like(d, j + 1))
				j++;
			if (j > a + 1 && j < d->nt && d->tv[j].kind == W_WORD &&
			    !d->tv[j].cap && verb_like(d, j)) {
				size_t b2 = j;

				if (plausible(d, &a, &b2))
					set_mention(d, q, a, b2);
			}
		}
		return;
	}
	/* "but there are fears demand may ...": no one is said to fear */
	if (k > t0 + 1 && tok_in(d, k - 1, xq_be_forms) &&
	    tok_is(d, k - 2, "there"))
		return;
	/* a verb that takes an -ing clause, opening the sentence, is no
	 * subject: its own subject is left unsaid, as a list of someone's
	 * deeds writes it ("Keeps saying she ...", "Continues insisting
	 * ..."; not "Lawyers defending Ebbers have ...") */
	if (k == t0 + 1 && ing_form(d, k) && tok_in_fold(d, t0, ing_verbs))
		return;
	/* "a few supporters, such as Tom Hale and Ana Ruiz, now saying
	 * ...": the people the list names, not the sentence's subject */
	if (ing_form(d, k) && (j = list_before(d, t0, k)) != 0) {
		if ((c = party_tag_before(d, t0, j)) != 0)
			j = c;
		if (subject_before(d, t0, j, &a, &b)) {
			set_mention(d, q, a, b);
			return;
		}
	}
	/* "Tom Hale and Ana Ruiz vied for the post, each touting ...": the
	 * quantifier, which resolve_one() takes to the subject; so does a
	 * participle joined to it (", each touting ... and saying") */
	j = k;
	if (ing_form(d, k) && k > t0 + 4 && tok_is(d, k - 1, "and"))
		for (j = k - 2; j > t0 + 2 && j + 14 > k && d->tv[j].kind ==
		    W_WORD && !d->tv[j].inq && !ing_form(d, j); j--)
			;
	if (ing_form(d, k) && j + 14 > k && floated_each(d, t0, j)) {
		set_mention(d, q, j - 1, j);
		return;
	}
	/* (a participle's phrase hangs on the sentence's subject; "is
	 * calling" has its own before it) */
	if (shown_speaker(d, t0, k, &a, &b) ||
	    (ing_form(d, k) && !(k > t0 && tok_in(d, k - 1, xq_be_forms)) &&
	    !with_subject(d, t0, k) && (clause_pronoun(d, t0, k, &a, &b) ||
	    sentence_subject(d, t0, k, &a, &b))) ||
	    subject_before(d, t0, k, &a, &b))
		set_mention(d, q, a, b);
	/* else "it" straight before the cue opening a clause of its own,
	 * which the sentence's subject does not outrank: "unless it wants",
	 * "because it claims" */
	else if (k > t0 + 1 && tok_is(d, k - 1, "it") && tok_in(d, k - 2,
	    subordinators))
		set_mention(d, q, k - 1, k);
	else if (sentence_subject(d, t0, k, &a, &b))
		set_mention(d, q, a, b);
	/* else "it" straight before the cue: "after it agreed", "which it
	 * says" */
	else if (k > t0 && tok_is(d, k - 1, "it"))
		set_mention(d, q, k - 1, k);
}

static int qcmp(const void *, const void *);

/*
 * ", said Mr Blair." or ", Mr Blair said." ending the sentence of the
 * closing mark c, with no other marks after c: the cue's token in *k,
 * the mention's in [*a, *b).
 */
static bool
closing_attribution(const struct xdoc *d, size_t c, size_t *k, size_t *a,
    size_t *b)
{
	size_t si = d->tv[c].sent, e = d->sv[si].t1, p, j;

	while (e > c + 1 && d->tv[e - 1].kind == W_PUNCT &&
	    (d->text[d->tv[e - 1].s] == '.' || d->text[d->tv[e - 1].s] == '!'))
		e--;
	for (j = c + 1; j < e; j++)
		if (d->tv[j].inq || d->tv[j].kind >= W_OPEN)
			return false;
	for (p = e; p > c + 2 && p + 8 > e && !is_comma(d, p - 1); p--)
		;
	if (p <= c + 2 || !is_comma(d, p - 1) || p + 1 >= e)
		return false;
	/* ", said Mr Blair." (", told the Post." names the listener) */
	if (is_cue_tok(d, p) && !d->tv[p].cap && !tok_is(d, p, "told") &&
	    !tok_is(d, p, "tells") && !tok_is(d, p, "asked") &&
	    !tok_is(d, p, "asks") && np_after(d, p + 1, e, a, b) &&
	    *b == e && plausible(d, a, b)) {
		*k = p;
		return true;
	}
	/* ", Mr Blair said." */
	if (is_cue_tok(d, e - 1) && !d->tv[e - 1].cap && e - 1 > p &&
	    np_after(d, p, e - 1, a, b) && *b == e - 1 && plausible(d, a, b)) {
		*k = e - 1;
		return true;
	}
	return false;
}

/* Auxiliaries, the sign of a verb of its own. */
static const char *const aux_verbs[] = {
	"has", "have", "had", "was", "were", "is", "are", "will", "would",
	"could", "should", "may", "might", "can", "must", "shall", "did",
	"does", "do", "been", "being", NULL
};

/* Words that open a phrase or a short clause of time after a closing
 * cue: "said to the crowd", "shouted at the rally", "said on Monday",
 * "said as he left". */
static const char *const after_cue_preps[] = {
	"to", "on", "in", "at", "during", "before", "after", "from",
	"outside", "via", "over", "as", "while", "when", NULL
};

/*
 * '"Is this fair?" Tom Hale asked.', '"It is a big year!" Ana Ruiz, the
 * mayor, shouted.': a quotation that ends in "?" or "!" closes its
 * sentence, and the attribution is the next sentence of the paragraph,
 * a subject and the cue and nothing more (or the cue and the subject),
 * or a phrase of place, time or hearer after the cue.
 * The cue's token in *k, the mention's in [*a, *b).
 */
static bool
next_sentence_attribution(const struct xdoc *d, const struct quote *q,
    size_t *k, size_t *a, size_t *b)
{
	size_t c = q->qt1, si, n0, e, j, m;

	if (c == 0 || c >= d->nt || q->qt1 <= q->qt0 ||
	    d->tv[c - 1].kind != W_PUNCT || (d->text[d->tv[c - 1].s] != '?' &&
	    d->text[d->tv[c - 1].s] != '!'))
		return false;
	si = d->tv[c].sent;
	if (c + 1 != d->sv[si].t1 || si + 1 >= d->ns ||
	    d->sv[si + 1].para != d->sv[si].para)
		return false;
	n0 = d->sv[si + 1].t0;
	e = d->sv[si + 1].t1;
	if (n0 != c + 1 || e < n0 + 2 || e > n0 + 16)
		return false;
	while (e > n0 + 2 && d->tv[e - 1].kind == W_PUNCT &&
	    d->text[d->tv[e - 1].s] == '.')
		e--;
	if (d->tv[e - 1].kind == W_PUNCT)
		return false;
	/* "she asked." */
	if (e == n0 + 2 && tok_in(d, n0, subj_pronouns) &&
	    is_cue_tok(d, n0 + 1)) {
		*a = n0;
		*b = n0 + 1;
		*k = n0 + 1;
		return true;
	}
	/* "Asked Tom Hale." */
	if (cue_fold(d, n0) && d->tv[n0].cap && np_after(d, n0 + 1, e, a, b) &&
	    *b == e && plausible(d, a, b)) {
		*k = n0;
		return true;
	}
	/* "Tom Hale asked." */
	if (is_cue_tok(d, e - 1) && !d->tv[e - 1].cap && d->tv[n0].cap &&
	    np_after(d, n0, e - 1, a, b) && *a == n0 && *b == e - 1 &&
	    plausible(d, a, b)) {
		*k = e - 1;
		return true;
	}
	/* "Tom Hale said to the crowd.", "Ana Ruiz told reporters on
	 * Monday.", "Ana Ruiz asked Tom Hale.": the subject and the cue,
	 * then a phrase of place, time or hearer, no comma nor verb of its
	 * own but in a clause about the hearer ("told reporters who had
	 * gathered.") */
	for (j = n0 + 1; j + 1 < e && j < n0 + 6; j++)
		if (is_cue_tok(d, j) && !d->tv[j].cap)
			break;
	if (j + 1 < e && j < n0 + 6 && d->tv[n0].cap &&
	    (tok_in(d, j + 1, after_cue_preps) || tok_is(d, j, "told") ||
	    tok_is(d, j, "tells") || tok_is(d, j, "asked") || tok_is(d, j,
	    "asks")) && np_after(d, n0, j, a, b) && *a == n0 &&
	    *b == j && plausible(d, a, b)) {
		for (m = j + 1; m < e && d->tv[m].kind == W_WORD &&
		    !d->tv[m].inq && (!is_cue_tok(d, m) ||
		    tok_in(d, m, after_cue_preps)) &&
		    !tok_in(d, m, aux_verbs) && !tok_is(d, m, "who"); m++)
			;
		/* "to reporters who had gathered": a clause about the
		 * hearer ends the attribution */
		if (m == e || (m > j + 1 && tok_is(d, m, "who"))) {
			*k = j;
			return true;
		}
	}
	/* "Ana Ruiz, the mayor, shouted." */
	return named_after(d, c, e, a, b, k) && *k == e - 1 &&
	    !d->tv[*k].cap;
}

/* Is q a direct quote that nothing has attributed yet? */
static bool
unattributed(const struct quote *q)
{
	return !q->dropped && q->kind == K_DIRECT && !q->has_mention &&
	    !q->has_cue && !q->transcript;
}

/*
 * "as X put it" from token t ("as"), the cue before token end: "put" in
 * *k, the mention X in [*a, *b).
 */
static bool
put_it_at(const struct xdoc *d, size_t t, size_t end, size_t *k, size_t *a,
    size_t *b)
{
	if (t + 3 >= end || d->tv[t].inq || !tok_is(d, t, "as"))
		return false;
	for (*k = t + 2; *k + 1 < end && *k < t + 9 && (d->tv[*k].kind ==
	    W_WORD || title_dot(d, *k)) && !tok_is(d, *k, "put"); (*k)++)
		;
	return tok_is(d, *k, "put") && tok_is(d, *k + 1, "it") &&
	    np_after(d, t + 1, *k, a, b) && *b == *k;
}

/*
 * 'As Ms Ruiz put it in a statement, the port is "...".', also "the port
 * is, as he put it, \"a mess\"", within forty words before the marks of
 * q: the cue "put" in *k, the mention in [*a, *b).
 */
static bool
as_put_it(const struct xdoc *d, const struct quote *q, size_t *k, size_t *a,
    size_t *b)
{
	size_t t0 = d->sv[d->tv[q->qt0].sent].t0;

	if (q->qt0 > t0 + 41)
		t0 = q->qt0 - 41;
	for (; t0 + 3 < q->qt0 - 1; t0++)
		if (put_it_at(d, t0, q->qt0 - 1, k, a, b))
			return true;
	return false;
}

/*
 * '"...," as a Carrow memo put it.': the same after the closing mark c,
 * ending the sentence.
 */
static bool
as_put_it_after(const struct xdoc *d, size_t c, size_t *k, size_t *a,
    size_t *b)
{
	size_t t = c + 1, t1 = d->sv[d->tv[c].sent].t1;

	if (t < t1 && is_comma(d, t))
		t++;
	return put_it_at(d, t, t1, k, a, b) && (*k + 2 >= t1 ||
	    d->tv[*k + 2].kind == W_PUNCT);
}

/* Verbs that open a speaker's own words after a comma or a colon. */
static const char *const quote_openers[] = {
	"said", "says", "say", "saying", "replied", "replies", "replying",
	"added", "adds", "adding", "told", "tells", "telling", "asked", "asks",
	"asking", "wrote", "writes", "writing", "declared", "declares",
	"declaring", "insisted", "insists", "insisting", "shouted", "shouting",
	"explained", "explains", "explaining", "recalled", "recalls",
	"recalling", "warned", "warns", "warning", "stated", "states",
	"stating", "answered", "answering", "continued", "continuing",
	"tweeted", "tweeting", "remarked", "joked", "joking", "quipped",
	"concluded", "concluding", "commented", "commenting", "argued",
	"arguing", "urged", "urging", "responded", "responding", "admitted",
	"admitting", NULL
};

/* Bytes between an indirect quote and its cue. */
static size_t
cue_gap(const struct quote *q)
{
	return q->cs < q->s ? q->s - q->ce : q->cs - q->e;
}

/*
 * The verb that introduces direct quote p inside reported clause q with a
 * comma or a colon ("the mother of three replied, \"...\"", "the chief
 * executive said: \"...\"", "told reporters: \"...\""), in the active
 * ("she was told:" introduces words said to her), not q's own cue; 0 when
 * there is none.
 */
static size_t
own_cue(const struct xdoc *d, const struct quote *q, const struct quote *p)
{
	size_t k = p->qt0 - 1, c;	/* the opening mark */

	if (k < q->qt0 + 3 || !(is_comma(d, k - 1) || colon(d, k - 1)))
		return 0;
	c = k - 2;
	if (d->tv[c].kind == W_WORD && !d->tv[c].cap && c > q->qt0 + 1 &&
	    tok_in(d, c - 1, quote_openers))
		c--;	/* "told reporters:" */
	if (d->tv[c].s == q->cs || !tok_in(d, c, quote_openers) ||
	    xq_passive(d, c, d->sv[d->tv[c].sent].t0))
		return 0;
	return c;
}

/*
 * A reported clause runs up to a quotation that a cue of its own
 * introduces, not over it: "she said fathers would not be eligible, and
 * when pressed, the mother of three replied, \"...\"" is a report up to
 * ", and", then her own words.  The report ends at the first comma before
 * "and" or "but" ahead of p's cue c, else at the last comma; with no comma
 * the words before c are the subject that introduces p ("the man
 * shouted:"), no report, unless c is a participle or follows "and" ("from
 * MPs adding:", "and asked:"): the report ends before it.  A report
 * whose cue comes after it ("..., saying: \"...\" Rates rose, he said")
 * keeps what follows p instead.  Under two words it is dropped.
 */
static void
cut_around(struct xdoc *d, struct quote *q, const struct quote *p, size_t c)
{
	size_t k, a = q->qt0, b = 0, last = 0, words = 0;

	if (q->cs >= q->e) {
		for (a = p->qt1 + 1; a < q->qt1 && d->tv[a].kind == W_PUNCT;
		    a++)
			;
		b = q->qt1;
	} else {
		for (k = q->qt0 + 1; k < c; k++) {
			if (!is_comma(d, k))
				continue;
			last = k;
			if (b == 0 && k + 1 < c && (tok_is(d, k + 1, "and") ||
			    tok_is(d, k + 1, "but")))
				b = k;
		}
		if (b == 0)
			b = last;
		/* no comma: "... from MPs adding:", "... and asked:" go on
		 * with the report's own subject */
		if (b == 0 && c > a && tok_is(d, c - 1, "and"))
			b = c - 1;
		else if (b == 0 && ing_form(d, c))
			b = c;
		while (b > a && d->tv[b - 1].kind == W_PUNCT)
			b--;
	}
	for (k = a; k < b; k++)
		words += d->tv[k].kind == W_WORD;
	if (words < 2) {
		q->dropped = true;
		return;
	}
	q->qt0 = a;
	q->qt1 = b;
	q->s = d->tv[a].s;
	q->e = d->tv[b - 1].e;
}

/* Is q's cue a noun after an article: "the hope that", "a claim that"? */
static bool
articled_cue(const struct xdoc *d, const struct quote *q)
{
	size_t k = tok_at(d, q->cs);

	return k > 0 && k < d->nt && (tok_is(d, k - 1, "the") ||
	    tok_is(d, k - 1, "a") || tok_is(d, k - 1, "an"));
}

void
xq_attribute(struct xdoc *d)
{
	size_t i, j, c;

	/* a direct quote inside a reported clause is part of it, unless a
	 * cue of its own introduces it */
	if (d->nq > 1)
		qsort(d->qv, d->nq, sizeof(*d->qv), qcmp);
	/* one clause reported by two cues ("is expected to point to
	 * figures showing that ..."): one record, by the nearer cue */
	for (i = 1; i < d->nq; i++) {
		struct quote *p = &d->qv[i - 1], *q = &d->qv[i];

		if (p->s == q->s && p->e == q->e && p->kind == K_INDIRECT &&
		    q->kind == K_INDIRECT && !p->dropped && !q->dropped) {
			bool pa = articled_cue(d, p), qa = articled_cue(d, q);

			/* (but a cue noun after an article is the object
			 * of the other: "Stone expressed the hope that",
			 * Stone's) */
			if (pa != qa ? qa : cue_gap(p) <= cue_gap(q))
				*q = *p;	/* the one kept last */
			p->dropped = true;
		}
	}
	for (i = 0; i < d->nq; i++) {
		if (d->qv[i].kind != K_INDIRECT || d->qv[i].dropped)
			continue;
		/* from the first quote starting in it */
		for (j = xq_first(d->qv, d->nq, sizeof(*d->qv),
		    offsetof(struct quote, s), d->qv[i].s); j < d->nq &&
		    d->qv[j].s < d->qv[i].e; j++) {
			if (d->qv[j].kind != K_DIRECT || d->qv[j].dropped ||
			    d->qv[j].e > d->qv[i].e)
				continue;
			if ((c = own_cue(d, &d->qv[i], &d->qv[j])) != 0) {
				cut_around(d, &d->qv[i], &d->qv[j], c);
				break;
			}
			d->qv[j].dropped = true;
		}
	}
	for (i = 0; i < d->nq; i++) {
		struct quote *q = &d->qv[i];

		if (q->dropped)
			continue;
		if (q->transcript)
			continue;
		if (q->kind == K_DIRECT)
			attribute_direct(d, q);
		else
			attribute_indirect(d, q);
	}
	/* no attribution of its own: one that closes the sentence, or
	 * "as X put it" before or after it */
	for (i = 0; i < d->nq; i++) {
		struct quote *q = &d->qv[i];
		size_t k, a, b;

		if (unattributed(q) && ((q->qt0 > 0 && as_put_it(d, q, &k, &a,
		    &b)) || (q->qt1 < d->nt && (closing_attribution(d, q->qt1,
		    &k, &a, &b) || as_put_it_after(d, q->qt1, &k, &a,
		    &b))) || next_sentence_attribution(d, q, &k, &a, &b))) {
			set_cue(d, q, k);
			set_mention(d, q, a, b);
		}
	}
	/* '"We should seek a fix" without turning the port into "one with
	 * no exit", he said.': the attribution closing the sentence is the
	 * earlier quotation's too */
	for (i = 0; i + 1 < d->nq; i++) {
		struct quote *q = &d->qv[i], *n = NULL;

		if (!unattributed(q))
			continue;
		for (j = i + 1; j < d->nq && d->qv[j].dropped; j++)
			;
		if (j < d->nq)
			n = &d->qv[j];
		/* ', he said' straight after the later quotation */
		if (n != NULL && n->kind == K_DIRECT && n->has_mention &&
		    n->ms >= n->e && n->qt1 + 1 < d->nt &&
		    (is_comma(d, n->qt1 - 1) || is_comma(d, n->qt1 + 1)) &&
		    d->tv[n->qt0].sent == d->tv[q->qt0].sent &&
		    d->tv[tok_at(d, n->ms)].sent == d->tv[q->qt0].sent) {
			q->has_mention = true;
			q->ms = n->ms;
			q->me = n->me;
			q->has_cue = n->has_cue;
			q->cs = n->cs;
			q->ce = n->ce;
		}
	}
	/* 'She said a government would bring reform, as well as enforcing
	 * a "legal presumption of co-parenting".': a quotation after a
	 * report in its sentence, with no attribution of its own, goes on
	 * with the report's speaker */
	for (i = 1; i < d->nq; i++) {
		struct quote *q = &d->qv[i], *r = NULL;

		if (!unattributed(q) || q->kind != K_DIRECT)
			continue;
		for (j = i; j-- > 0;) {
			if (d->qv[j].dropped)
				continue;
			if (d->qv[j].e <= q->s)
				r = &d->qv[j];
			break;
		}
		if (r == NULL || r->kind != K_INDIRECT || !r->has_mention ||
		    !r->has_cue || tok_at(d, r->s) >= d->nt ||
		    d->tv[tok_at(d, r->s)].sent != d->tv[q->qt0].sent)
			continue;
		q->has_mention = true;
		q->ms = r->ms;
		q->me = r->me;
		q->has_cue = true;
		q->cs = r->cs;
		q->ce = r->ce;
	}
}

/* Resolution. */

/* Index of the first entity starting at or after byte b (in text order). */
static size_t
ent_at(const struct xdoc *d, size_t b)
{
	return xq_first(d->ev, d->ne, sizeof(*d->ev), offsetof(struct xent, s),
	    b);
}

/* The entity that starts where token k starts, or NULL. */
const struct xent *
xq_entity_from(const struct xdoc *d, size_t k)
{
	size_t e = ent_at(d, d->tv[k].s);

	return e < d->ne && d->ev[e].s == d->tv[k].s ? &d->ev[e] : NULL;
}

/* The last entity inside [s, e) with the label (any when < 0). */
static const struct xent *
entity_in(const struct xdoc *d, size_t s, size_t e, int label)
{
	const struct xent *best = NULL;
	size_t i;

	for (i = ent_at(d, s); i < d->ne && d->ev[i].s < e; i++)
		if (d->ev[i].e <= e && (label < 0 || d->ev[i].label == label))
			best = &d->ev[i];
	return best;
}

static int honorific_before(const struct xdoc *, size_t);

/*
 * The gender of the person called name in this document: from the given
 * name (gender_of()), else from the honorifics before the person's
 * mentions ("Mr. Obama" makes "Obama" a man), when they agree, else from
 * a girl's given name written alone.
 */
static int
person_gender(const struct xdoc *d, const char *name, size_t n)
{
	struct xcache *c = d->cache;
	struct sment *m;
	size_t i;
	int g;

	if ((g = gender_of(name, n)) != 0)
		return g;
	if (!c->honor_built) {
		smap_init(&c->honor);
		for (i = 0; i < d->ne; i++) {
			const struct xent *e = &d->ev[i];

			if (e->label != 0 || (g = honorific_before(d, e->s)) == 0)
				continue;
			m = smap_get(&c->honor, e->canon, e->clen, true,
			    (size_t)g);
			if (m->val != (size_t)g)
				m->val = 'x';
		}
		/* the surnames of people named in full tell nothing by
		 * themselves ("Rose" after "Tom Rose"), where no honorific
		 * told of them */
		for (i = 0; i < d->ne; i++) {
			const struct xent *e = &d->ev[i];
			size_t k = e->clen;

			while (k > 0 && e->canon[k - 1] != ' ')
				k--;
			if (e->label == 0 && k > 0 && k < e->clen)
				(void)smap_get(&c->honor, e->canon + k,
				    e->clen - k, true, 'x');
		}
		c->honor_built = true;
	}
	m = smap_get(&c->honor, name, n, false, 0);
	if (m != NULL)
		return m->val != 'x' ? (int)m->val : 0;
	/*
	 * A person named by one word only, not a surname here: a girl's
	 * given name is seldom a surname, so "Melanie" or "Patricia" alone
	 * is a woman; a boy's often is one ("Berry", "Clinton", "Jafari"
	 * are in male.txt), so those tell nothing.
	 */
	if (memchr(name, ' ', n) != NULL)
		return 0;
	return given_sex(name, n) == 'f' ? 'f' : 0;
}

/* The person named last before offset b, not of gender wrong. */
static const struct xent *
person_before(const struct xdoc *d, size_t b, int wrong)
{
	size_t i;

	for (i = ent_at(d, b); i > 0; i--)
		if (d->ev[i - 1].label == 0 && d->ev[i - 1].e <= b &&
		    (wrong == 0 || person_gender(d, d->ev[i - 1].canon,
		    d->ev[i - 1].clen) != wrong))
			return &d->ev[i - 1];
	return NULL;
}

static bool
alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* w, case folded, at s + i and ending there (the start is checked). */
static bool
word_at(const char *s, size_t n, size_t i, const char *w, size_t wl)
{
	return i + wl <= n && strncasecmp(s + i, w, wl) == 0 &&
	    (i + wl == n || !alpha(s[i + wl]));
}

/* w as a word of s, case folded: no ASCII letter either side. */
static bool
has_word(const char *s, size_t n, const char *w)
{
	size_t wl = strlen(w), i;
	unsigned char c0 = (unsigned char)(w[0] | 0x20);

	/* the first letter, case folded, is tested inline before the call */
	for (i = 0; i + wl <= n; i++)
		if (((unsigned char)s[i] | 0x20) == c0 &&
		    (i == 0 || !alpha(s[i - 1])) && word_at(s, n, i, w, wl))
			return true;
	return false;
}

/*
 * The next run of ASCII letters of s[0..n) from *i, folded to lower case
 * into low (size 16): its length, or 0 at the end.  A longer run is
 * passed over, as no word asked about is that long.
 */
static size_t
next_letters(const char *s, size_t n, size_t *i, char low[16])
{
	size_t j, k;

	while (*i < n) {
		if (!alpha(s[*i])) {
			(*i)++;
			continue;
		}
		for (j = *i; j < n && alpha(s[j]); j++)
			;
		k = *i;
		*i = j;
		if (j - k < 16) {
			for (j = k; j < *i; j++)
				low[j - k] = (char)(s[j] | 0x20);
			return *i - k;
		}
	}
	return 0;
}

/*
 * One of list as a word of s: each run of ASCII letters, folded, looked
 * up once (what has_word() would find for any of them, in one pass).
 */
static bool
has_any(const char *s, size_t n, const char *const *list)
{
	char low[16];
	size_t i = 0, l;

	while ((l = next_letters(s, n, &i, low)) > 0)
		if (in(list, low, l))
			return true;
	return false;
}

/* One of roles as a word of s. */
static bool
has_role(const char *s, size_t n)
{
	return has_any(s, n, roles);
}

/*
 * Is a word of s a role in the plural ("chief executives", "ministers"):
 * people, whom no one person's name resolves?  Not "boss", "actress".
 */
static bool
plural_role(const char *s, size_t n)
{
	static const char *const many[] = {
		"many", "some", "several", "most", "all", "few", "both",
		"other", "those", "these", NULL
	};
	char low[16];
	size_t i = 0, l, k = 0;
	bool role = false;

	while ((l = next_letters(s, n, &i, low)) > 0) {
		/* a quantifier first: "many chief executives" */
		if (k++ == 0 && in(many, low, l))
			return true;
		/* a role's plural, or a plural in lower case after a role
		 * ("chief executives"; not "police chief Adams") */
		if (l > 3 && low[l - 1] == 's' && low[l - 2] != 's' &&
		    (in(roles, low, l - 1) || (role && s[i - l] >= 'a' &&
		    s[i - l] <= 'z')))
			return true;
		role = in(roles, low, l);
	}
	return false;
}

/* Country groups: a capital, a name and an adjective stand for each other. */
static const char *const places[][4] = {
	{ "Washington", "US", "American", "U.S." },
	{ "Beijing", "China", "Chinese", NULL },
	{ "Moscow", "Russia", "Russian", "Kremlin" },
	{ "London", "Britain", "British", "UK" },
	{ "Berlin", "Germany", "German", NULL },
	{ "Paris", "France", "French", NULL },
	{ "Tokyo", "Japan", "Japanese", NULL },
	{ "Kyiv", "Ukraine", "Ukrainian", "Kiev" },
	{ "Tehran", "Iran", "Iranian", NULL },
	{ "Jerusalem", "Israel", "Israeli", NULL },
	{ "Ankara", "Turkey", "Turkish", NULL },
	{ "Delhi", "India", "Indian", NULL },
	{ "Seoul", "Korea", "Korean", NULL },
	{ "Taipei", "Taiwan", "Taiwanese", NULL },
	{ "Ottawa", "Canada", "Canadian", NULL },
	{ NULL, NULL, NULL, NULL }
};

/* The first group with a name that is a word of s, or -1. */
static int
place_of(const char *s, size_t n)
{
	int g, k, best = -1;
	size_t i;

	/* every name starts with a letter: only the starts of letter runs */
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)(s[i] | 0x20);

		if (!alpha(s[i]) || (i > 0 && alpha(s[i - 1])))
			continue;
		for (g = 0; places[g][0] != NULL && (best < 0 || g < best); g++)
			for (k = 0; k < 4; k++)
				if (places[g][k] != NULL &&
				    ((unsigned char)places[g][k][0] | 0x20) == c &&
				    word_at(s, n, i, places[g][k],
				    strlen(places[g][k]))) {
					best = g;
					break;
				}
	}
	return best;
}

/*
 * "Nigeria" and "Nigerian", "Sweden" and "Swedish": a capitalised word of
 * the context that shares the first four letters of a place name of five
 * letters or more.
 */
static bool
demonym_in(const char *ctx, size_t cn, const char *w, size_t n)
{
	size_t i;

	if (n < 5)
		return false;
	for (i = 0; i + 4 <= cn; i++)
		if (memcmp(ctx + i, w, 4) == 0 && (i == 0 || ctx[i - 1] == ' '))
			return true;
	return false;
}

/*
 * Every capitalised word of the mention, its tokens from mt to byte me
 * ("Germany's", "US"), is in the context, itself or as another name of
 * the same country.
 */
static bool
places_agree(const struct xdoc *d, size_t mt, size_t me, const char *ctx,
    size_t cn)
{
	size_t i = mt;
	int g;

	for (; i < d->nt && d->tv[i].e <= me; i++) {
		const char *w = d->text + d->tv[i].s;
		size_t n = d->tv[i].e - d->tv[i].s;

		if (!d->tv[i].cap || d->tv[i].kind != W_WORD)
			continue;
		if (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's')
			n -= 2;
		if (n > 4 && memcmp(w + n - 4, "\xE2\x80\x99s", 4) == 0)
			n -= 4;
		if (i == mt && (strncmp(w, "The", 3) == 0 ||
		    strncmp(w, "A", n) == 0))
			continue;
		{
			char tmp[64];
			bool found;

			if (n >= sizeof(tmp))
				return false;
			memcpy(tmp, w, n);
			tmp[n] = '\0';
			found = has_word(ctx, cn, tmp) || demonym_in(ctx, cn, tmp, n);
			g = place_of(tmp, n);
			if (!found && g >= 0 && place_of(ctx, cn) == g)
				found = true;
			if (!found)
				return false;
		}
	}
	return true;
}

/* Words beside roles[] that titles pair: "Secretary of State", "Foreign
 * Minister", "Prime Minister". */
static const char *const title_parts[] = { "state", "foreign", "prime", NULL };

/* Titles cut short, each before the roles it stands for: "Sen. Tom Hale"
 * is "the senator". */
static const char *const role_abbrevs[] = {
	"sen", "senator", "rep", "congressman congresswoman", "gov",
	"governor", "gen", "general", "pres", "president", "amb",
	"ambassador", NULL
};

static int
list_index(const char *const *list, const char *w, size_t n)
{
	int i;

	for (i = 0; list[i] != NULL; i++)
		if (strlen(list[i]) == n && memcmp(list[i], w, n) == 0)
			return i;
	return -1;
}

/*
 * The roles and title words of s, case folded, as a mask (bit i for
 * roles[i], bit 48 + i for title_parts[i]): each run of
 * ASCII letters looked up once (what has_word() finds for each of them).
 */
static uint64_t
role_mask(const char *s, size_t n)
{
	char low[16];
	size_t i = 0, l;
	uint64_t m = 0;
	int x;

	while ((l = next_letters(s, n, &i, low)) > 0)
		if (in(roles, low, l) && (x = list_index(roles, low, l)) >= 0)
			m |= (uint64_t)1 << x;
		else if ((x = list_index(title_parts, low, l)) >= 0)
			m |= (uint64_t)1 << (48 + x);
		else if (in(role_abbrevs, low, l) &&
		    (x = list_index(role_abbrevs, low, l)) >= 0 && x % 2 == 0)
			m |= role_mask(role_abbrevs[x + 1],
			    strlen(role_abbrevs[x + 1]));
	return m;
}

_Static_assert(sizeof(roles) / sizeof(roles[0]) <= 48, "roles[] fits bits 0-47");

/* Role words that stand for each other: masks from role_mask(). */
static bool
role_match(uint64_t mention, uint64_t ctx)
{
#define MASK(w)	role_mask("" w "", sizeof(w) - 1)
	static uint64_t diplomat, leader, minister, secretary, state, foreign,
	    prime, heads, lawmaker, members;

	/* the words' bits, read off the lists once */
	if (diplomat == 0) {
		diplomat = MASK("diplomat");
		leader = MASK("leader");
		minister = MASK("minister");
		secretary = MASK("secretary");
		state = MASK("state");
		foreign = MASK("foreign");
		prime = MASK("prime");
		heads = MASK("president premier chancellor leader");
		lawmaker = MASK("lawmaker");
		members = MASK("senator congressman congresswoman mp mep msp "
		    "mla");
	}
#undef MASK
	if ((mention & diplomat) && ((ctx & diplomat) ||
	    ((ctx & secretary) && (ctx & state)) ||
	    ((ctx & foreign) && (ctx & minister))))
		return true;
	if ((mention & leader) && ((ctx & heads) ||
	    ((ctx & prime) && (ctx & minister))))
		return true;
	/* "the lawmaker": a senator, a congressman, a member of a
	 * parliament */
	if ((mention & lawmaker) && (ctx & members))
		return true;
	return (mention & ctx & ~(diplomat | leader)) != 0;
}

/*
 * Do the words from the end of a mention at me to a name at es leave the
 * name the mention's own: at most five, none of them a cue ("the
 * committee chairman, MP Edward Leigh", not "a spokesman said Tom
 * Hale")?
 */
static bool
names_mention(const struct xdoc *d, size_t me, size_t es)
{
	size_t k, n = 0;

	for (k = tok_at(d, me); k < d->nt && d->tv[k].s < es; k++)
		if (++n > 5 || is_cue_tok(d, k) || d->tv[k].inq)
			return false;
	return true;
}

/*
 * The end of a description set off by commas after the person e in
 * sentence si, opened by an article ("Tom Hale, the mayor, said"): the
 * byte of its closing comma, or 0.
 */
static size_t
appositive_after(const struct xdoc *d, const struct xent *e, size_t si)
{
	size_t k = tok_at(d, e->e), j;

	if (k + 2 >= d->sv[si].t1 || !is_comma(d, k) || !(tok_is(d, k + 1,
	    "the") || tok_is(d, k + 1, "a") || tok_is(d, k + 1, "an")))
		return 0;
	for (j = k + 2; j < d->sv[si].t1 && j < k + 10 && d->tv[j].kind ==
	    W_WORD && !d->tv[j].inq; j++)
		;
	return j < d->sv[si].t1 && j < k + 10 && is_comma(d, j) ?
	    d->tv[j].s : 0;
}

/*
 * The titles of person entity i, worked out at the first question about
 * it (resolve_description() asks about the same people for every
 * description near them): the words before it in its sentence, not past
 * a verb after another person ("in "Tom Hale, the mayor, met Ana Ruiz"
 * the mayor is no title of Ana Ruiz"), and a description set off after
 * it ("Tom Hale, the mayor, met ...").
 */
static const struct xtitle *
title_of(const struct xdoc *d, size_t i)
{
	struct xcache *c = d->cache;
	const struct xent *e = &d->ev[i];
	struct xtitle *t;
	size_t k, j, cs, si;

	if (c->titles == NULL)
		c->titles = xcalloc(d->ne, sizeof(*c->titles));
	t = &c->titles[i];
	if (t->done)
		return t;
	t->done = true;
	k = tok_at(d, e->s);
	if (k >= d->nt || !(d->sv[si = d->tv[k].sent].s <= e->s &&
	    e->s < d->sv[si].e)) {
		t->none = true;
		return t;
	}
	cs = e->s > d->sv[si].s + 60 ? e->s - 60 : d->sv[si].s;
	if (i > 0 && d->ev[i - 1].label == 0 && d->ev[i - 1].e > cs &&
	    d->ev[i - 1].e <= e->s)
		for (j = tok_at(d, cs); j < k && d->tv[j].e <= e->s; j++)
			if (d->tv[j].kind == W_WORD && !d->tv[j].cap &&
			    verb_like(d, j))
				cs = d->tv[j].e;
	t->cs = cs;
	t->premask = role_mask(d->text + cs, e->s - cs);
	t->ace = appositive_after(d, e, si);
	t->appmask = t->ace > e->e ? role_mask(d->text + e->e, t->ace -
	    e->e) : 0;
	return t;
}

/*
 * A description ("the US secretary of state") to the person it stands
 * for: the person whose title words, in the words before a mention of
 * them, match its role and country.  Earlier mentions win.
 */
static const struct xent *
resolve_description(const struct xdoc *d, size_t ms, size_t me)
{
	const char *m = d->text + ms;
	size_t mn = me - ms, i, cs, ce, lo, hi, mt;
	int mplace, best_score = 0, score;
	const struct xent *best = NULL;
	uint64_t mmask;
	bool before;

	if (!has_role(m, mn) || plural_role(m, mn))
		return NULL;
	mmask = role_mask(m, mn);
	mplace = place_of(m, mn);
	mt = tok_at(d, ms);
	/* people named near the mention: at most 400 before, 50 after */
	lo = ent_at(d, ms);
	hi = lo + 50 < d->ne ? lo + 50 : d->ne;
	lo = lo > 400 ? lo - 400 : 0;
	for (i = lo; i < hi; i++) {
		const struct xent *e = &d->ev[i];
		const struct xtitle *t;

		if (e->label != 0 || (t = title_of(d, i))->none)
			continue;
		cs = t->cs;
		/* not a title read off the mention itself: "A spokesman
		 * for Carrow Rail said Tom Hale ..." (but the name the
		 * mention titles, just after it: "the committee chairman,
		 * MP Edward Leigh", "chairman and chief executive Bill
		 * Ford") */
		if (cs < me && e->s >= ms && !names_mention(d, me, e->s))
			continue;
		ce = e->s;
		if (!role_match(mmask, t->premask) ||
		    !places_agree(d, mt, me, d->text + cs, ce - cs)) {
			/* or its description set off after it: "Tom Hale,
			 * the mayor, met ..." */
			if ((ce = t->ace) == 0 || ce > ms)
				continue;
			cs = e->e;
			if (!role_match(mmask, t->appmask) ||
			    !places_agree(d, mt, me, d->text + cs, ce - cs))
				continue;
		}
		score = 2;
		if (mplace >= 0 && place_of(d->text + cs, ce - cs) == mplace)
			score += 2;
		before = e->e <= ms;
		if (before)
			score += 1;
		if (score > best_score) {
			best_score = score;
			best = e;
		}
	}
	return best;
}

static void
set_speaker(struct quote *q, const char *s, size_t n, int label)
{
	q->speaker = s;
	q->splen = n;
	q->splabel = label;
}

/* NONE ends a chain of the people's index. */
#define NONE	((size_t)-1)

/* The first word of s[0..n) ("Ana" of "Ana Ruiz"), or its last. */
static size_t
first_word_len(const char *s, size_t n)
{
	const char *sp = memchr(s, ' ', n);

	return sp != NULL ? (size_t)(sp - s) : n;
}

static size_t
last_word_at(const char *s, size_t n)
{
	size_t k = n;

	while (k > 0 && s[k - 1] != ' ')
		k--;
	return k;
}

/*
 * The people's index (struct xcache): each distinct canonical form of a
 * PERSON once, at its first mention, in a chain of the forms that open
 * with the same word and one of those that end with it.  A chain's
 * head and tail are kept in the maps, the links in pfirst and plast.
 */
static void
people_index(const struct xdoc *d)
{
	struct xcache *c = d->cache;
	struct smap seen;
	struct sment *m;
	size_t i, np = 0, k, *tail;

	c->people_built = true;
	c->people_ok = true;
	c->pv = xreallocarray(NULL, d->ne + 1, sizeof(*c->pv));
	smap_init(&seen);
	for (i = 0; i < d->ne; i++) {
		const struct xent *e = &d->ev[i];

		if (e->label != 0)
			continue;
		if (memchr(e->canon, '\0', e->clen) != NULL)
			c->people_ok = false;
		/* a new form's entry holds its own entity's index */
		if (smap_get(&seen, e->canon, e->clen, true, i)->val == i)
			c->pv[np++] = i;
	}
	smap_free(&seen);
	c->pfirst = xreallocarray(NULL, np + 1, sizeof(*c->pfirst));
	c->plast = xreallocarray(NULL, np + 1, sizeof(*c->plast));
	tail = xreallocarray(NULL, 2 * np + 2, sizeof(*tail));
	smap_init(&c->byfirst);
	smap_init(&c->bylast);
	/* a map's value: the chain's head; tail[] its last link so far */
	for (k = 0; k < np; k++) {
		const struct xent *e = &d->ev[c->pv[k]];
		size_t fl = first_word_len(e->canon, e->clen),
		    la = last_word_at(e->canon, e->clen);

		c->pfirst[k] = c->plast[k] = NONE;
		/* a new word's map entry holds k, its chain's head */
		m = smap_get(&c->byfirst, e->canon, fl, true, k);
		if (m->val != k)
			c->pfirst[tail[2 * m->val]] = k;
		tail[2 * m->val] = k;
		m = smap_get(&c->bylast, e->canon + la, e->clen - la, true, k);
		if (m->val != k)
			c->plast[tail[2 * m->val + 1]] = k;
		tail[2 * m->val + 1] = k;
	}
	free(tail);
}

/* Does person entity e answer person_by_name()'s question for s[0..n),
 * given the best so far? */
static bool
better_person(const struct xent *e, const struct xent *best, const char *s,
    size_t n)
{
	if (e->label != 0 || e->clen < n)
		return false;
	if (memcmp(e->canon + e->clen - n, s, n) == 0 &&
	    (e->clen == n || e->canon[e->clen - n - 1] == ' ') &&
	    (best == NULL || e->clen > best->clen))
		return true;
	return strncmp(e->canon, s, n) == 0 && (e->clen == n ||
	    e->canon[n] == ' ') && best == NULL;
}

/*
 * The longest PERSON canonical form ending with the word s[0..n), or,
 * failing one, the first opening with it.  Through the people's index:
 * only forms that end or open with the word's own last or first word can
 * answer, met in the order of the document as a walk over every entity
 * would meet them (a long document names thousands).
 */
static const struct xent *
person_by_name(const struct xdoc *d, const char *s, size_t n)
{
	struct xcache *c = d->cache;
	const struct xent *best = NULL;
	const struct sment *m;
	size_t i, a, b, fl, la;

	if (!c->people_built)
		people_index(d);
	if (!c->people_ok || memchr(s, '\0', n) != NULL) {
		for (i = 0; i < d->ne; i++)
			if (better_person(&d->ev[i], best, s, n))
				best = &d->ev[i];
		return best;
	}
	fl = first_word_len(s, n);
	la = last_word_at(s, n);
	m = smap_get(&c->byfirst, s, fl, false, 0);
	a = m != NULL ? m->val : NONE;
	m = smap_get(&c->bylast, s + la, n - la, false, 0);
	b = m != NULL ? m->val : NONE;
	/* the two chains merged in the document's order */
	while (a != NONE || b != NONE) {
		size_t k = a == NONE ? b : b == NONE ? a : a < b ? a : b;
		const struct xent *e = &d->ev[c->pv[k]];

		if (better_person(e, best, s, n))
			best = e;
		if (a == k)
			a = c->pfirst[a];
		if (b == k)
			b = c->plast[b];
	}
	return best;
}

/* Nouns of people of one gender. */
static const char *const female_roles[] = {
	"woman", "spokeswoman", "chairwoman", "congresswoman",
	"businesswoman", "sportswoman", "actress", NULL
};
static const char *const male_roles[] = {
	"man", "spokesman", "chairman", "congressman", "businessman",
	"sportsman", "frontman", NULL
};

/* Roles of people a story seldom names. */
static const char *const nameless[] = {
	"spokesman", "spokeswoman", "spokesperson", "official", "aide",
	"source", "representative", "insider", "adviser", "advisor",
	/* one of many, left unnamed: "one dealer, who asked not to be
	 * named" */
	"dealer", "trader", "analyst", "economist", "diplomat", "witness",
	"eyewitness", "resident", "worker", "employee", "lawyer", "banker",
	"investor", "executive", "officer", "neighbour", "neighbor",
	"relative", "passenger", "student", "nurse", NULL
};

/*
 * Is quote p's unresolved speaker one person a story seldom names ("a
 * spokesman for the ministry", "the official"), not of gender wrong?
 */
static bool
unnamed_person(const struct xdoc *d, const struct quote *p, int wrong)
{
	const char *m = d->text + p->ms;
	size_t mn = p->me - p->ms;

	return has_any(m, mn, nameless) && !(wrong == 'f' && has_any(m, mn,
	    female_roles)) && !(wrong == 'm' && has_any(m, mn, male_roles));
}

/* Is byte b inside a direct quotation? */
static bool
quoted(const struct xdoc *d, size_t b)
{
	size_t k = tok_at(d, b);

	return k < d->nt && d->tv[k].s == b && d->tv[k].inq;
}

/*
 * Does the direct quotation q name the person name[0..n) by surname ("I'm
 * playing against Hewitt")?  Then "he" after it is someone else.  Only its
 * first 4 KB are read: a pronoun weighs every person named in the
 * sentences before it, and each read must not grow with the quotation
 * (30,000 names and one quotation naming them all took 5 s).
 */
static bool
named_inside(const struct xdoc *d, const struct quote *q, const char *name,
    size_t n)
{
	const char *sur = name, *s = d->text + q->s;
	size_t i, sl, qn = q->e - q->s;
	unsigned char c0;

	if (q->kind != K_DIRECT)
		return false;
	if (qn > 4096)
		qn = 4096;
	for (i = n; i > 0; i--)
		if (name[i - 1] == ' ') {
			sur = name + i;
			break;
		}
	sl = n - (size_t)(sur - name);
	if (sl < 3)
		return false;
	c0 = (unsigned char)sur[0];
	for (i = 0; i + sl <= qn; i++)
		if ((unsigned char)s[i] == c0 && (i == 0 || !alpha(s[i - 1])) &&
		    memcmp(s + i, sur, sl) == 0 && (i + sl == qn ||
		    !alpha(s[i + sl])))
			return true;
	return false;
}

/* The first person a pronoun passed over (unfit()). */
struct passed {
	const char	*s;	/* NULL: none yet */
	size_t		 n;
	size_t		 sent;
};

/*
 * Is the person called name (in sentence sent) unfit for a pronoun that
 * is not of gender wrong ('m', 'f'; 0: either)?  Yes when the person is
 * of that gender; and when named by one word only, a given name of that
 * sex ("Kevin" for "she"): such a name may be a surname ("Clinton"), so
 * it is passed over only for someone else, the first such one kept in w.
 */
static bool
unfit(const struct xdoc *d, struct passed *w, const char *name, size_t n,
    int wrong, size_t sent)
{
	int g;

	if (wrong == 0)
		return false;
	if ((g = person_gender(d, name, n)) != 0)
		return g == wrong;
	if (memchr(name, ' ', n) != NULL || given_sex(name, n) != wrong)
		return false;
	if (w->s == NULL) {
		w->s = name;
		w->n = n;
		w->sent = sent;
	}
	return true;
}

/*
 * Where the main clause of sentence s begins, in bytes: after the comma
 * that closes a clause opening it with a subordinator ("When Tom Hale
 * left, Ana Ruiz ..."); the sentence's start when none does.
 */
static size_t
main_clause(const struct xdoc *d, const struct xsent *s)
{
	size_t k;

	if (s->t0 >= s->t1 || !d->tv[s->t0].cap ||
	    !tok_in_fold(d, s->t0, subordinators))
		return s->s;
	for (k = s->t0 + 1; k < s->t1 && !d->tv[k].inq; k++)
		if (d->tv[k].kind == W_PUNCT && d->text[d->tv[k].s] == ',')
			return d->tv[k].e;
	return s->s;
}

/*
 * The antecedent of the pronoun of quote q: going back sentence by
 * sentence from the pronoun, the first person named outside quotation
 * marks, or the resolved speaker of a quote whose mention is there;
 * within a sentence the earliest (the subject, most often), after a
 * clause that opens the sentence with a subordinator first.  Not one of
 * gender wrong ('m', 'f'; 0: either), nor one a direct quotation q names;
 * one passed over by unfit() only when no one else fits up to one
 * sentence before it.
 */
static bool
pronoun_antecedent(const struct xdoc *d, const struct quote *q, size_t qi,
    int wrong, const char **sp, size_t *splen, int *label)
{
	size_t si, i, limit = q->ms, best, main;
	int pass;
	size_t ps = d->tv[tok_at(d, q->ms)].sent;
	const struct quote *bq;
	struct passed fb = { NULL, 0, 0 };

	for (si = ps + 1; si > 0 && ps - (si - 1) < 8; si--) {
		const struct xsent *s = &d->sv[si - 1];

		/* someone else only one sentence before the one passed
		 * over */
		if (fb.s != NULL && fb.sent > si)
			break;
		best = (size_t)-1;
		/* a clause that opens the sentence ("As Tellby's work grew,
		 * Ruiz left") names no subject: the first person after
		 * its comma comes first, the clause's after */
		main = main_clause(d, s);
		for (pass = main > s->s ? 0 : 1; pass < 2 &&
		    best == (size_t)-1; pass++)
			for (i = ent_at(d, pass == 0 ? main : s->s);
			    i < d->ne && d->ev[i].s < s->e; i++) {
				const struct xent *e = &d->ev[i];

				if (e->label != 0 || e->e > s->e ||
				    e->e > limit || quoted(d, e->s) ||
				    (e->s >= q->s && e->e <= q->e &&
				    (q->ms >= q->e || q->me <= q->s)) ||
				    named_inside(d, q, e->canon, e->clen) ||
				    unfit(d, &fb, e->canon, e->clen, wrong,
				    si - 1))
					continue;
				best = i;	/* the earliest: in order */
				break;
			}
		/* quotes are sorted by start: look back only a little way */
		bq = NULL;
		for (i = qi; i > 0 && d->qv[i - 1].e + 4096 > s->s; i--) {
			const struct quote *p = &d->qv[i - 1];

			if (p->dropped || !p->has_mention || p->speaker == NULL ||
			    (p->splabel != 0 && !(p->splabel == -1 &&
			    unnamed_person(d, p, wrong))) || p->ms < s->s ||
			    p->me > s->e || p->me > limit ||
			    (p->splabel == 0 && named_inside(d, q, p->speaker,
			    p->splen)))
				continue;
			/* (a person named by a given name alone may be passed
			 * over; a description's gender is only ever wrong) */
			if (p->splabel == 0 ? unfit(d, &fb, p->speaker, p->splen,
			    wrong, si - 1) : (wrong != 0 && person_gender(d,
			    p->speaker, p->splen) == wrong))
				continue;
			if (bq == NULL || p->ms < bq->ms)
				bq = p;
		}
		/* a person named inside what the speaker reported is not
		 * the one who goes on speaking: "Others include Ana Ruiz,
		 * Vetter said. He said ...": Vetter */
		if (bq != NULL && best != (size_t)-1 &&
		    bq->kind == K_INDIRECT && bq->s <= d->ev[best].s &&
		    d->ev[best].e <= bq->e && bq->ms >= bq->e)
			best = (size_t)-1;
		if (bq != NULL && (best == (size_t)-1 || bq->ms < d->ev[best].s)) {
			*sp = bq->speaker;
			*splen = bq->splen;
			*label = bq->splabel;
			return true;
		}
		if (best != (size_t)-1) {
			*sp = d->ev[best].canon;
			*splen = d->ev[best].clen;
			*label = 0;
			return true;
		}
		limit = s->s;
	}
	if (fb.s != NULL) {
		*sp = fb.s;
		*splen = fb.n;
		*label = 0;
		return true;
	}
	return false;
}

/*
 * Nouns a story calls a person by once it has named them ("the singer
 * said", "added the defender").
 */
static const char *const person_nouns[] = {
	"actress", "businesswoman", "sportswoman", "businessman", "sportsman",
	"frontman", "singer", "actor", "star", "player", "striker", "defender",
	"midfielder", "winger", "forward", "goalkeeper", "keeper", "captain",
	"coach", "manager", "veteran", "champion", "rapper", "comedian",
	"comic", "director", "athlete", "youngster", "teenager", "author",
	"writer", "novelist", "musician", "artist", "designer", "tycoon",
	"billionaire", "entrepreneur", "guitarist", "drummer", "presenter",
	"film-maker", "filmmaker", "producer", "founder",
	"boxer", "golfer", "batsman", "bowler", "sprinter", "runner",
	"cyclist", "swimmer", "jockey", "quarterback", "pitcher", "flanker",
	"full-back", "fly-half", "scrum-half", "centre-back", "playmaker",
	"chart-topper", "songwriter", "poet", "dancer", "model", NULL
};

/* Nouns a story calls a company, club or party by once it has named it. */
static const char *const org_nouns[] = {
	"company", "firm", "bank", "airline", "group", "carrier", "retailer",
	"maker", "manufacturer", "giant", "chain", "operator", "insurer",
	"lender", "broadcaster", "club", "party", "union", "studio",
	"publisher", "conglomerate", "supermarket", "automaker", "carmaker",
	"brewer", "miner", "utility", NULL
};

/*
 * The last token of the words at bytes [ms, me) when they are a plain
 * description: "the", then lower-case words ("the oil firm", "the
 * 30-year-old").  Not one with a possessive ("the charity's director":
 * someone else's).  0 when they are not.
 */
static size_t
head_of(const struct xdoc *d, size_t ms, size_t me, bool caps)
{
	size_t i = tok_at(d, ms), k;

	if (i >= d->nt || !tok_is(d, i, "the"))
		return 0;
	for (k = i + 1; k < d->nt && d->tv[k].e <= me; k++)
		if (d->tv[k].kind != W_WORD || (d->tv[k].cap && !caps) ||
		    xq_possessive(d, k))
			return 0;
	return k > i + 1 ? k - 1 : 0;
}

/* The same for quote q's mention. */
static size_t
description_head(const struct xdoc *d, const struct quote *q, bool caps)
{
	return head_of(d, q->ms, q->me, caps);
}

/* Nouns of a person that describe one only after a name or a place: "the
 * Carrow man", "the Tellby Park boss". */
static const char *const named_person_nouns[] = {
	"man", "woman", "boss", NULL
};

/* Is token h a nationality standing for a person ("the American")? */
static bool
nationality(const struct xdoc *d, size_t h)
{
	const struct xent *e = xq_entity_from(d, h);

	return e != NULL && e->e == d->tv[h].e && e->label == 4;
}

/*
 * Is quote q's mention a description of a person the story has named:
 * its head a noun of person_nouns or an age ("the 30-year-old", "the
 * veteran striker")?  *wrong: the gender it cannot have, or 0.
 */
static bool
person_description(const struct xdoc *d, const struct quote *q, int *wrong)
{
	size_t h = description_head(d, q, true), k, n, i;
	const char *w;
	bool named = false;

	if (h == 0)
		return false;
	w = d->text + d->tv[h].s;
	n = d->tv[h].e - d->tv[h].s;
	*wrong = 0;
	/* a name or place among the words before the head: "the Carrow
	 * coach", "the Carrow man" */
	for (i = tok_at(d, q->ms) + 1; i < h; i++)
		named = named || d->tv[i].cap;
	if (n > 9 && w[0] >= '0' && w[0] <= '9' &&
	    memcmp(w + n - 9, "-year-old", 9) == 0)
		return true;
	/* "the American said", "the Dutchman"; not a people ("the
	 * Israelis", "the Chinese") or a party ("the Conservatives") */
	if (d->tv[h].cap) {
		if (!nationality(d, h) || w[n - 1] == 's' || (n > 3 &&
		    memcmp(w + n - 3, "ese", 3) == 0))
			return false;
		if (n > 3 && memcmp(w + n - 3, "man", 3) == 0)
			*wrong = 'f';
		return true;
	}
	if (!in(person_nouns, w, n) && !(named && in(named_person_nouns, w,
	    n)))
		return false;
	if (in(female_roles, w, n))
		*wrong = 'm';
	else if (in(male_roles, w, n))
		*wrong = 'f';
	/* "the actor said he ...": the reported clause's pronoun */
	if (*wrong == 0 && q->kind == K_INDIRECT)
		for (k = q->qt0; k < q->qt1 && k < q->qt0 + 3; k++) {
			if (tok_is(d, k, "he") || tok_is(d, k, "his"))
				*wrong = 'f';
			else if (tok_is(d, k, "she") || tok_is(d, k, "her"))
				*wrong = 'm';
			else
				continue;
			break;
		}
	return true;
}

/*
 * Count the mentions of each organisation's canonical form outside
 * quotation marks, in one pass with a map of the forms seen (to the
 * latest entity of each): d->orgn[i] is how often entity i's form was
 * named up to and with i, d->orgfirst[i] the first entity of that form.
 */
static void
count_orgs(struct xdoc *d)
{
	struct smap seen;
	struct sment *m;
	size_t i, last;

	smap_init(&seen);
	d->orgn = xcalloc(d->ne ? d->ne : 1, sizeof(*d->orgn));
	d->orgfirst = xcalloc(d->ne ? d->ne : 1, sizeof(*d->orgfirst));
	for (i = 0; i < d->ne; i++) {
		const struct xent *e = &d->ev[i];

		if (e->label != 1 || quoted(d, e->s))
			continue;
		m = smap_get(&seen, e->canon, e->clen, true, i);
		last = m->val;
		d->orgn[i] = last == i ? 1 : d->orgn[last] + 1;
		d->orgfirst[i] = last == i ? i : d->orgfirst[last];
		m->val = i;
	}
	smap_free(&seen);
}

/*
 * The organisation a description ("the company", "the oil firm") stands
 * for: of those named among the 400 entities before the words, the one
 * named most often (the story's subject); the first named of equals.
 */
static const struct xent *
salient_org(struct xdoc *d, size_t ms, size_t me)
{
	size_t i, lo, hi, best = 0, h = head_of(d, ms, me, false);
	size_t ps = d->tv[tok_at(d, ms)].sent;
	const struct xent *e;

	/* "the central bank" is another bank than the story's */
	if (h == 0 || !tok_in(d, h, org_nouns) || tok_is(d, h - 1, "central"))
		return NULL;
	if (d->orgn == NULL)
		count_orgs(d);	/* once a document, when first needed */
	hi = ent_at(d, ms);
	lo = hi > 400 ? hi - 400 : 0;
	for (i = lo; i < hi; i++)
		if (d->orgn[i] != 0 && (best == 0 || d->orgn[i] >
		    d->orgn[best - 1] || (d->orgn[i] == d->orgn[best - 1] &&
		    d->orgfirst[i] < d->orgfirst[best - 1])))
			best = i + 1;
	if (best == 0)
		return NULL;
	e = &d->ev[best - 1];
	/* named once: in the headline or the lead, or in the mention's
	 * sentence or the one before */
	if (d->orgn[best - 1] == 1 && e->s < d->sv[ps > 0 ? ps - 1 : 0].s &&
	    d->ns > 3 && e->s >= d->sv[3].s)
		return NULL;
	return e;
}

/*
 * Could "it" stand for quote p's unresolved mention: one thing ("the
 * report", "a new study"), not several ("employment tribunals") or
 * someone's ("the operator's")?
 */
static bool
it_like(const struct xdoc *d, const struct quote *p)
{
	size_t i = tok_at(d, p->ms), k = tok_at(d, p->me);
	const char *w;
	size_t n;

	if (i >= d->nt || k == 0 || k - 1 <= i || !(tok_is(d, i, "the") ||
	    tok_is(d, i, "a") || tok_is(d, i, "an")) ||
	    d->tv[k - 1].kind != W_WORD || xq_possessive(d, k - 1))
		return false;
	w = d->text + d->tv[k - 1].s;
	n = d->tv[k - 1].e - d->tv[k - 1].s;
	return w[n - 1] != 's';
}

/*
 * The antecedent of "it" in quote qi's mention: the subject of the
 * sentence before, when that is an organisation named first in it ("The
 * Carrow Harbour Board met on Monday. It said ...") or the mention, not a
 * person's, of a quote there ("The ad cites ... It also says ...").
 * Anything else is left alone.
 */
/* Words between a subject and its verb: "The company also unveiled". */
static const char *const subject_adverbs[] = {
	"also", "too", "now", "then", "still", "again", "later", "since",
	"already", "has", "had", "have", NULL
};

/*
 * The organisation a description that opens a sentence stands for, the
 * words [a, v) before the verb v ("The company also unveiled ...": the
 * firm the story names most), or NULL.
 */
static const struct xent *
org_subject(struct xdoc *d, size_t a, size_t v)
{
	while (v > a + 2 && (adverb(d, v - 1) || tok_in(d, v - 1,
	    subject_adverbs)))
		v--;
	return salient_org(d, d->tv[a].s, d->tv[v - 1].e);
}

static bool
it_antecedent(struct xdoc *d, size_t qi, const char **sp,
    size_t *splen, int *label)
{
	const struct quote *q = &d->qv[qi];
	const struct xent *e;
	size_t k = tok_at(d, q->ms), ps, t0, i, best = d->ne, subj = d->ne;
	size_t s0;

	if (k >= d->nt)
		return false;
	/* an organisation named before it in its own sentence: the last
	 * one straight before a verb, else the first ("BA said it expects",
	 * "Lloyds told the Times it expected"), or a state that opens the
	 * sentence ("South Korea said it plans") */
	ps = d->tv[k].sent;
	/* (not after a comma: ", it said" closes a report whose names
	 * are what was said) */
	for (i = k > d->sv[ps].t0 && is_comma(d, k - 1) ? d->ne :
	    ent_at(d, d->sv[ps].s); i < d->ne && d->ev[i].e <= q->ms; i++) {
		size_t n = tok_at(d, d->ev[i].e);

		if (d->tv[tok_at(d, d->ev[i].s)].inq)
			continue;	/* a name in quoted words */
		/* the last organisation straight before its verb, the
		 * subject of the clause "it" is in: "Corus fell while
		 * Nippon Steel slid after it agreed" */
		if (d->ev[i].label == 1 && n < k && d->tv[n].kind == W_WORD &&
		    !d->tv[n].cap && !tok_is(d, n, "on") && !adverb(d, n) &&
		    (verb_like(d, n) || xq_irregular_past(d->text +
		    d->tv[n].s, d->tv[n].e - d->tv[n].s)))
			subj = i;
		/* the first organisation, or the state opening the
		 * sentence until one comes */
		if (d->ev[i].label == 1 ? best == d->ne ||
		    d->ev[best].label == 2 : best == d->ne &&
		    d->ev[i].label == 2 && d->ev[i].s == d->tv[d->sv[ps].t0].s)
			best = i;
	}
	if (subj < d->ne)
		best = subj;
	if (best < d->ne) {
		*sp = d->ev[best].canon;
		*splen = d->ev[best].clen;
		*label = d->ev[best].label;
		return true;
	}
	if (ps == 0)
		return false;
	t0 = d->sv[ps - 1].t0;
	while (t0 < d->sv[ps - 1].t1 && d->tv[t0].kind != W_WORD)
		t0++;
	if (t0 >= d->sv[ps - 1].t1)
		return false;
	/* the latest attribution there ("..., the committee said. It
	 * said ..."), not a person's */
	for (i = qi; i > 0 && d->qv[i - 1].e + 4096 > d->tv[t0].s; i--) {
		const struct quote *p = &d->qv[i - 1];

		if (!p->dropped && p->has_mention && p->speaker != NULL &&
		    p->ms >= d->tv[t0].s && p->me <= d->sv[ps - 1].e &&
		    p->splabel != 0 && (p->ms == d->tv[t0].s ||
		    p->splabel > 0 || it_like(d, p))) {
			*sp = p->speaker;
			*splen = p->splen;
			*label = p->splabel;
			return true;
		}
	}
	/* past a phrase that opens the sentence ("At the Court of Appeal
	 * on Wednesday, the alliance failed ...") */
	if (tok_in(d, t0, lead_preps)) {
		for (i = t0 + 1; i < d->sv[ps - 1].t1 && i < t0 + 12 &&
		    d->tv[i].kind == W_WORD && !d->tv[i].inq; i++)
			;
		if (i + 1 < d->sv[ps - 1].t1 && is_comma(d, i))
			t0 = i + 1;
	}
	/* past a word set off that opens it: "However, the company ..." */
	if (t0 + 2 < d->sv[ps - 1].t1 && tok_in_fold(d, t0, asides) &&
	    is_comma(d, t0 + 1))
		t0 += 2;
	/* its subject, after lower-case words of description ("French
	 * market regulator AMF has filed ...") */
	s0 = t0;
	for (k = 0; k < 6 && t0 < d->sv[ps - 1].t1; k++, t0++) {
		i = ent_at(d, d->tv[t0].s);
		/* a name starts here; past a place's or a people's
		 * ("Swiss cement firm Holcim") */
		if (i < d->ne && d->ev[i].s == d->tv[t0].s) {
			if (d->ev[i].label < 2)
				break;
			while (t0 + 1 < d->sv[ps - 1].t1 &&
			    d->tv[t0 + 1].e <= d->ev[i].e)
				t0++;
			continue;
		}
		/* "The", lower-case words, or a word of a place or
		 * nationality named before ("US", "French") */
		if (k >= 2 && !d->tv[t0].cap && verb_like(d, t0) &&
		    (e = org_subject(d, s0, t0)) != NULL) {
			*sp = e->canon;
			*splen = e->clen;
			*label = e->label;
			return true;
		}
		if (d->tv[t0].kind != W_WORD || (k > 0 && d->tv[t0].cap &&
		    !(i > 0 && d->ev[i - 1].e >= d->tv[t0].e &&
		    d->ev[i - 1].label >= 2)) || tok_in(d, t0, np_break) ||
		    (!d->tv[t0].cap && verb_like(d, t0)))
			return false;
	}
	if (t0 >= d->sv[ps - 1].t1)
		return false;
	i = ent_at(d, d->tv[t0].s);
	if (i >= d->ne || d->ev[i].s != d->tv[t0].s || d->ev[i].label != 1)
		return false;
	*sp = d->ev[i].canon;
	*splen = d->ev[i].clen;
	*label = d->ev[i].label;
	return true;
}

/* Past forms not in -ed that follow a subject: "leaders met". */
static const char *const past_forms[] = {
	"met", "held", "gave", "made", "took", "went", "came", "saw", "won",
	"lost", "left", "fell", "rose", "began", "brought", "sent", "spent",
	"kept", NULL
};

static const struct xent *entity_ending(const struct xdoc *, size_t);

/* Does the phrase in tokens [a, b) end in a plural of people or bodies,
 * in lower case ("Harbour officials", "world leaders")? */
static bool
plural_phrase(const struct xdoc *d, size_t a, size_t b)
{
	const char *w;
	size_t n;

	if (b <= a || d->tv[b - 1].kind != W_WORD ||
	    tok_in(d, b - 1, pronouns) || tok_is(d, b - 1, "they") ||
	    tok_in(d, b - 1, skip_back) || is_cue_tok(d, b - 1))
		return false;
	/* a capitalised plural names a party or a people ("the
	 * Conservatives", "Officials" opening a sentence), not a person
	 * ("Williams") */
	if (d->tv[b - 1].cap) {
		const struct xent *e = entity_ending(d, d->tv[b - 1].e);

		if (e != NULL && e->label == 0)
			return false;
	}
	if (tok_is(d, b - 1, "police") || tok_is(d, b - 1, "people"))
		return true;
	w = d->text + d->tv[b - 1].s;
	n = d->tv[b - 1].e - d->tv[b - 1].s;
	return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != '\'';
}

/*
 * Are the bytes [s, e) two people or two organisations joined by "and"
 * ("Tom Hale and Ana Ruiz"), the mention joint_start() makes?
 */
static bool
joint_mention(const struct xdoc *d, size_t s, size_t e)
{
	const struct xent *x, *y;
	size_t p;

	/* (the cheap test first: most mentions hold no " and ") */
	for (p = s; p + 5 <= e && memcmp(d->text + p, " and ", 5) != 0; p++)
		;
	if (p + 5 > e)
		return false;
	x = xq_entity_from(d, tok_at(d, s));
	y = entity_in(d, s, e, -1);
	return x != NULL && y != NULL && x != y && x->label <= 1 &&
	    y->label == x->label && y->e == e && x->e < y->s &&
	    tok_is(d, tok_at(d, x->e), "and") && tok_at(d, x->e) + 1 ==
	    tok_at(d, y->s);
}

/*
 * The antecedent of "they" in quote qi's mention: the mention of the
 * latest attribution in its paragraph or the one before that names a
 * plural ("Harbour officials said ... They added") or two joined by "and",
 * or the plural subject that opens the sentence before ("World leaders met
 * on Friday. They said", "Tom Hale and Ana Ruiz met ...").  Nothing else.
 */
static bool
they_antecedent(const struct xdoc *d, size_t qi, const char **sp,
    size_t *splen)
{
	const struct quote *q = &d->qv[qi];
	size_t k = tok_at(d, q->ms), i, ps, t0, j;

	if (k >= d->nt)
		return false;
	for (i = qi; i > 0; i--) {
		const struct quote *p = &d->qv[i - 1];

		/* quotes are in text order: stop at the paragraph before */
		if (p->para + 1 < q->para)
			break;
		if (p->dropped || !p->has_mention || p->speaker == NULL ||
		    p->ms >= q->ms)
			continue;
		if (plural_phrase(d, tok_at(d, p->ms), tok_at(d, p->me)) ||
		    joint_mention(d, p->ms, p->me)) {
			*sp = p->speaker;
			*splen = p->splen;
			return true;
		}
		break;
	}
	if ((ps = d->tv[k].sent) == 0)
		return false;
	t0 = d->sv[ps - 1].t0;
	/* "Tom Hale and Ana Ruiz met on Monday.": two of a kind joined by
	 * "and", then a verb */
	{
		const struct xent *x = xq_entity_from(d, t0), *y;
		size_t c = x != NULL ? tok_at(d, x->e) : 0;

		if (x != NULL && c + 2 < d->sv[ps - 1].t1 && tok_is(d, c,
		    "and") && (y = xq_entity_from(d, c + 1)) != NULL &&
		    joint_mention(d, x->s, y->e) && (j = tok_at(d, y->e)) <
		    d->sv[ps - 1].t1 && d->tv[j].kind == W_WORD &&
		    !d->tv[j].cap && (verb_like(d, j) || tok_in(d, j,
		    skip_back) || tok_in(d, j, past_forms))) {
			*sp = d->text + x->s;
			*splen = y->e - x->s;
			return true;
		}
	}
	/* "[The] [Capitalised] plural verb": the plural within five words,
	 * a verb or an auxiliary after it */
	for (j = t0; j + 1 < d->sv[ps - 1].t1 && j < t0 + 5 &&
	    d->tv[j].kind == W_WORD && !d->tv[j].inq; j++) {
		if (plural_phrase(d, t0, j + 1) && d->tv[j + 1].kind ==
		    W_WORD && !d->tv[j + 1].cap && (verb_like(d, j + 1) ||
		    tok_in(d, j + 1, skip_back) || tok_in(d, j + 1,
		    past_forms))) {
			if (j == t0 && tok_in_fold(d, t0, np_dets_all))
				return false;
			*sp = d->text + d->tv[t0].s;
			*splen = d->tv[j].e - d->tv[t0].s;
			return true;
		}
		if (!d->tv[j].cap && j > t0 && verb_like(d, j))
			return false;
	}
	return false;
}

/* The person or organisation whose name ends at byte b (spaces aside). */
static const struct xent *
entity_ending(const struct xdoc *d, size_t b)
{
	size_t i;

	while (b > 0 && d->text[b - 1] == ' ')
		b--;
	for (i = ent_at(d, b); i > 0; i--) {
		const struct xent *e = &d->ev[i - 1];

		if (e->e == b && (e->label == 0 || e->label == 1))
			return e;
		if (e->e < b)
			break;
	}
	return NULL;
}

/*
 * Is the name ending at byte b only a modifier in a mention ending at me:
 * "the Vance campaign", "Linde's aides", not "Linde's" alone nor
 * "Linde, the mayor,"?
 */
static bool
modifies(const struct xdoc *d, size_t b, size_t me)
{
	static const char *const heads[] = {
		"campaign", "campaigns", "team", "aides", "aide",
		"administration", "family", "lawyer", "lawyers", "attorney",
		"attorneys", "spokesman", "spokeswoman", "spokesperson",
		"supporters", "allies", "advisers", "advisors", "staff", "office",
		"foundation", "company", "website", "camp", "plan", "ad", "ads",
		"government", "organization", "spokespeople", "surrogates",
		"critics", "opponents", "statement", "memo", "report",
		"source", "sources", "official", "officials", "insider",
		"insiders", NULL
	};
	/* people of someone's family or circle */
	static const char *const kin[] = {
		"mother", "father", "son", "daughter", "wife", "husband",
		"brother", "sister", "parents", "children", "widow", "partner",
		"friend", "friends", "uncle", "aunt", "cousin", "nephew",
		"niece", "girlfriend", "boyfriend", "fiancee", "fiance",
		"doctor", "physician", "rival", "successor", "predecessor",
		"deputy", "boss", "colleague", "colleagues", "mate",
		"opponent", "challenger", NULL
	};
	size_t k;

	if (b >= me)
		return false;
	/* "Linde's mother": the possessive is written onto the name; the
	 * person of "Linde's reaction" is still Linde */
	if ((me - b > 3 && d->text[b] == '\'' && d->text[b + 1] == 's' &&
	    d->text[b + 2] == ' ') || (me - b > 5 &&
	    memcmp(d->text + b, "\xe2\x80\x99s ", 5) == 0)) {
		k = tok_at(d, b + 3);
		while (k + 1 < d->nt && d->tv[k + 1].e <= me &&
		    d->tv[k].kind == W_WORD && !d->tv[k].cap &&
		    !tok_in(d, k, heads) && !tok_in(d, k, kin))
			k++;	/* "Linde's younger brother" */
		return k < d->nt && (tok_in(d, k, heads) || tok_in(d, k, kin));
	}
	k = tok_at(d, b);
	if (k >= d->nt || d->tv[k].kind != W_WORD)
		return false;
	if (tok_is(d, k, "\xe2\x80\x99s") || tok_is(d, k, "'s"))
		return k + 1 < d->nt && d->tv[k + 1].s < me &&
		    d->tv[k + 1].kind == W_WORD;
	/* "Carrow finance ministers": a word or two of description
	 * before people */
	while (k + 1 < d->nt && d->tv[k + 1].e <= me && d->tv[k].kind ==
	    W_WORD && !d->tv[k].cap && !tok_in(d, k, heads) &&
	    !tok_in(d, k, people) && k < tok_at(d, b) + 2 &&
	    !tok_in(d, k, np_break) && !tok_is(d, k, "of") &&
	    !verb_like(d, k))
		k++;
	return tok_in(d, k, heads) || tok_in(d, k, people);
}

/*
 * The end of the head of the mention [ms, me): before a preposition that
 * follows a lower-case noun in a mention opened by a determiner ("A
 * reporter for the Carrow Post": the reporter speaks, not the Post);
 * me when there is none.
 */
static size_t
head_end(const struct xdoc *d, size_t ms, size_t me)
{
	size_t i = tok_at(d, ms), k, n;

	/* "Experts on Vexmoor and harbour law", "Lawyers representing Tom
	 * Hale": the plural is the head */
	if (i + 1 < d->nt && bare_plural(d, i) && (tok_in(d, i + 1, np_preps) ||
	    (ing_form(d, i + 1) && !d->tv[i + 1].cap)) &&
	    d->tv[i + 1].e <= me)
		return d->tv[i].e;
	if (i >= d->nt || !tok_in_fold(d, i, np_dets_all))
		return me;
	for (i++; i + 1 < d->nt && d->tv[i + 1].e <= me; i++) {
		/* "The lawyers representing Tom Hale": a participle after
		 * the noun */
		if (d->tv[i].kind == W_WORD && !d->tv[i].cap &&
		    ing_form(d, i + 1) && !d->tv[i + 1].cap)
			break;
		/* "The ad uses footage of Linde": no noun phrase */
		if (d->tv[i].kind == W_WORD && !d->tv[i].cap &&
		    verb_like(d, i))
			return me;
		if (tok_in(d, i + 1, np_preps) && d->tv[i].kind == W_WORD &&
		    !d->tv[i].cap)
			break;
	}
	if (i + 1 >= d->nt || d->tv[i + 1].e > me)
		return me;
	/* one phrase after the preposition, not two run together for a
	 * missing comma ("the board of the Carrow Post Linde", "its
	 * oversight of the centres The ministry") */
	for (k = i + 3, n = 0; k < d->nt && d->tv[k].e <= me; k++)
		if (d->tv[k].cap && tok_in_fold(d, k, np_dets_all))
			return me;
	for (k = ent_at(d, d->tv[i + 1].e); k < d->ne && d->ev[k].e <= me;
	    k++)
		n++;
	return n > 1 ? me : d->tv[i].e;
}

/*
 * The comma c closes an appositive ("Vetter, now the board chairman,"):
 * make the name before it q's speaker, resolved to a full name when there
 * is one.  False when there is no appositive or no name.
 */
static bool
appositive_head(const struct xdoc *d, size_t c, struct quote *q)
{
	const struct xent *e;
	size_t j, h, si = d->tv[c].sent;

	for (j = c; j > 0 && j + 14 > c && !is_comma(d, j - 1) &&
	    d->tv[j - 1].sent == si && !d->tv[j - 1].inq; j--)
		;
	if (j == 0 || j + 14 <= c || !is_comma(d, j - 1) || j + 1 >= c ||
	    !(tok_in_fold(d, j, np_dets_all) || tok_is(d, j, "now") ||
	    tok_is(d, j, "then") || tok_is(d, j, "a") || tok_is(d, j, "an")))
		return false;
	if ((e = entity_ending(d, d->tv[j - 1].s)) != NULL) {
		set_speaker(q, e->canon, e->clen, e->label);
		return true;
	}
	for (h = j - 1; h > 0 && d->tv[h - 1].kind == W_WORD &&
	    d->tv[h - 1].cap && d->tv[h - 1].sent == si && h + 4 > j; h--)
		;
	if (h == j - 1 || tok_in(d, h, not_subjects))
		return false;
	if ((e = person_by_name(d, d->text + d->tv[j - 2].s,
	    d->tv[j - 2].e - d->tv[j - 2].s)) != NULL)
		set_speaker(q, e->canon, e->clen, 0);
	else
		set_speaker(q, d->text + d->tv[h].s,
		    d->tv[j - 2].e - d->tv[h].s, -1);
	return true;
}

/* Does entity e, inside a mention from ms, follow the preposition w (or
 * w and "the")? */
static bool
after_prep(const struct xdoc *d, size_t ms, const struct xent *e,
    const char *w)
{
	size_t k = tok_at(d, e->s);

	if (e->s <= ms || k == 0)
		return false;
	if (tok_is(d, k - 1, "the") && k > 1 && d->tv[k - 1].s > ms)
		k--;
	return xq_word_isn(d, k - 1, w, strlen(w));
}

static bool
after_of(const struct xdoc *d, size_t ms, const struct xent *e)
{
	return after_prep(d, ms, e, "of");
}

static void
resolve_one(struct xdoc *d, struct quote *q, size_t qi)
{
	const char *m = d->text + q->ms;
	size_t mn = q->me - q->ms, he;
	const struct xent *e;

	/* "Tom Hale and Ana Ruiz" (joint_start()): both, as written */
	if (joint_mention(d, q->ms, q->me)) {
		set_speaker(q, m, mn, xq_entity_from(d, tok_at(d,
		    q->ms))->label);
		return;
	}
	/* a pronoun: the subject of the nearest sentence that names someone */
	if (in(pronouns, m, mn)) {
		const char *sp;
		size_t splen;
		int label;

		/* "she" is not a man of this document, nor "he" a woman */
		if (pronoun_antecedent(d, q, qi, pronoun_wrong(d, q), &sp,
		    &splen, &label)) {
			set_speaker(q, sp, splen, label);
			return;
		}
		if ((e = person_before(d, q->ms, pronoun_wrong(d, q))) != NULL) {
			set_speaker(q, e->canon, e->clen, 0);
			return;
		}
		set_speaker(q, m, mn, -1);
		return;
	}
	/* "They said": the people an earlier attribution or the sentence
	 * before named in the plural */
	if (mn == 4 && strncasecmp(m, "they", 4) == 0) {
		const char *sp;
		size_t splen;

		if (they_antecedent(d, qi, &sp, &splen)) {
			set_speaker(q, sp, splen, -1);
			return;
		}
	}
	/* "It said": the organisation the nearest earlier sentence names
	 * first */
	if (mn == 2 && strncasecmp(m, "it", 2) == 0) {
		const char *sp;
		size_t splen;
		int label;

		if (it_antecedent(d, qi, &sp, &splen, &label)) {
			set_speaker(q, sp, splen, label);
			return;
		}
	}
	/* ", each touting": whom the sentence's subject names, as
	 * written when it is two or more */
	if (mn == 4 && (memcmp(m, "each", 4) == 0 || memcmp(m, "both",
	    4) == 0)) {
		size_t k = tok_at(d, q->ms), t0 = d->sv[d->tv[k].sent].t0, a,
		    b;

		if (k > t0 + 1 && is_comma(d, k - 1) && sentence_subject(d,
		    t0, k - 1, &a, &b) && b > a) {
			size_t s, n;

			/* "Tom Hale and Ana Ruiz": both */
			if (b + 1 < k && tok_is(d, b, "and") &&
			    (e = xq_entity_from(d, b + 1)) != NULL &&
			    e->s == d->tv[b + 1].s && e->label == 0)
				for (b += 2; b < k && d->tv[b].s < e->e; b++)
					;
			s = d->tv[a].s;
			n = d->tv[b - 1].e - s;

			if (joint_mention(d, s, s + n))
				set_speaker(q, d->text + s, n,
				    xq_entity_from(d, a)->label);
			else if ((e = entity_in(d, s, s + n, 0)) != NULL)
				set_speaker(q, e->canon, e->clen, 0);
			else
				set_speaker(q, d->text + s, n, -1);
			return;
		}
	}
	/* ", who said", " - which said": the person or organisation named
	 * before the comma or the dash */
	if (relative_mention(d, q)) {
		size_t k = tok_at(d, q->ms), j, kk;

		/* before the pronoun, its comma or its dash ("--" may be
		 * two hyphens) */
		kk = k > 1 && (is_comma(d, k - 1) || dash_tok(d, k - 1)) ?
		    k - 1 : k;
		while (kk > 1 && kk < k && dash_tok(d, kk - 1))
			kk--;
		if (k > 0 && (e = entity_ending(d, is_comma(d, k - 1) ?
		    d->tv[k - 1].s : kk < k ? d->tv[kk - 1].e : q->ms)) !=
		    NULL) {
			set_speaker(q, e->canon, e->clen, e->label);
			return;
		}
		/* "Vetter, now the board chairman, who said": the name
		 * before the appositive */
		if (k > 1 && is_comma(d, k - 1) && appositive_head(d, k - 1,
		    q))
			return;
		/* the noun phrase before the pronoun, or before the comma
		 * before it: "a pilot who said", "some senior Tory members,
		 * who say" (not "the firm released statistics") */
		for (j = kk; j > 0 && j + 7 > kk && d->tv[j - 1].kind ==
		    W_WORD && !d->tv[j - 1].inq && !tok_in(d, j - 1,
		    np_break) && !(j < kk && participle(d, j - 1) &&
		    !ing_form(d, j - 1)); j--)
			if (tok_in_fold(d, j - 1, np_open) && j < kk &&
			    !tok_in(d, j - 1, subj_pronouns)) {
				size_t h = j - 1;

				/* "listeners to his show who said": people
				 * before a preposition are whom "who" stands
				 * for, the words after it with them */
				if (h > 1 && tok_is(d, tok_at(d, q->ms), "who") &&
				    tok_in(d, h - 1, people_preps) &&
				    people_noun(d, h - 2)) {
					h -= 2;
					if (h > 0 && tok_in_fold(d, h - 1,
					    np_open) && !tok_in(d, h - 1,
					    subj_pronouns))
						h--;
				}
				set_speaker(q, d->text + d->tv[h].s,
				    d->tv[kk - 1].e - d->tv[h].s, -1);
				return;
			}
		/* "Tellby Rail, which plans": the run of capitals before
		 * the comma */
		if (kk < k && d->tv[kk - 1].kind == W_WORD &&
		    d->tv[kk - 1].cap && !d->tv[kk - 1].inq) {
			for (j = kk - 1; j > d->sv[d->tv[k].sent].t0 &&
			    j + 5 > kk && d->tv[j - 1].kind == W_WORD &&
			    d->tv[j - 1].cap && !d->tv[j - 1].inq; j--)
				;
			set_speaker(q, d->text + d->tv[j].s,
			    d->tv[kk - 1].e - d->tv[j].s, -1);
			return;
		}
		/* "released statistics which showed": the writing alone;
		 * past a dash as well ("official figures - which suggest") */
		if (kk < k && dash_tok(d, kk))
			k = kk;
		if (k > 0 && tok_in_fold(d, k - 1, xq_writings)) {
			set_speaker(q, d->text + d->tv[k - 1].s,
			    d->tv[k - 1].e - d->tv[k - 1].s, -1);
			return;
		}
		/* "compared to 34% who said": the share */
		if (k > 1 && xq_percent(d, k - 1)) {
			set_speaker(q, d->text + d->tv[k - 2].s,
			    d->tv[k - 1].e - d->tv[k - 2].s, -1);
			return;
		}
		/* "fans who wanted", "members of parliament who", "those
		 * who feel": the words before it up to a break */
		if (k > 0 && !is_comma(d, k - 1) && d->tv[k - 1].kind == W_WORD &&
		    !d->tv[k - 1].inq && !tok_in(d, k - 1, np_break)) {
			for (j = k - 1; j > 0 && j + 5 > k &&
			    d->tv[j - 1].kind == W_WORD && !d->tv[j - 1].inq &&
			    (!tok_in(d, j - 1, np_break) || (tok_is(d, j - 1,
			    "of") && j - 1 > 0 && d->tv[j - 2].kind == W_WORD &&
			    !tok_in(d, j - 2, np_break))) &&
			    !participle(d, j - 1) && !is_cue_tok(d, j - 1) &&
			    !tok_in_fold(d, j - 1, lead_preps) &&
			    !tok_is(d, j - 1, "among") &&
			    !tok_is(d, j - 1, "Among") &&
			    d->tv[j - 1].sent == d->tv[k].sent; j--)
				;
			if (!participle(d, k - 1) && !is_cue_tok(d, k - 1)) {
				set_speaker(q, d->text + d->tv[j].s,
				    d->tv[k - 1].e - d->tv[j].s, -1);
				return;
			}
		}
		/* "Vance -- who cited": the last one named in the sentence */
		for (j = ent_at(d, q->ms); j > 0 && d->ev[j - 1].s >=
		    d->sv[d->tv[k].sent].s; j--)
			if (d->ev[j - 1].e <= q->ms && (d->ev[j - 1].label == 0 ||
			    d->ev[j - 1].label == 1)) {
				e = &d->ev[j - 1];
				set_speaker(q, e->canon, e->clen, e->label);
				return;
			}
		set_speaker(q, m, mn, -1);
		return;
	}
	/* "Sources close to Mr Hockney", "those familiar with Carrow":
	 * those people, not the one they are close to */
	{
		size_t k = tok_at(d, q->ms), end = tok_at(d, q->me);

		if (k < d->nt && d->tv[k].kind == W_WORD &&
		    tok_in_fold(d, k, np_dets_all))
			k++;
		if (k + 2 < end && circle_at(d, k)) {
			set_speaker(q, m, mn, -1);
			return;
		}
	}
	/* a person named after a description of the post, with no
	 * preposition between: "the minister for harbour affairs Ana
	 * Ruiz" (not "a spokesman for Ana Ruiz", "a friend of Tom Hale") */
	if ((e = entity_in(d, q->ms, q->me, 0)) != NULL && e->e == q->me &&
	    e->s > q->ms && (he = tok_at(d, e->s)) > 0 &&
	    d->tv[he - 1].kind == W_WORD && !d->tv[he - 1].cap &&
	    !tok_in(d, he - 1, np_break) && !after_of(d, q->ms, e) &&
	    /* (nor the object of a participle: "lawyers representing
	     * Tom Hale") */
	    !ing_form(d, he - 1) &&
	    !tok_in_fold(d, he - 1, np_open) &&
	    !xq_possessive(d, he - 1) && head_end(d, q->ms, q->me) < e->s) {
		set_speaker(q, e->canon, e->clen, 0);
		return;
	}
	he = head_end(d, q->ms, q->me);
	/* not the name straight after "of": "The head of Lloyd's of
	 * London" is no Lloyd */
	if ((e = entity_in(d, q->ms, he, 0)) != NULL &&
	    !modifies(d, e->e, he) && !after_of(d, q->ms, e)) {
		set_speaker(q, e->canon, e->clen, 0);
		return;
	}
	if ((e = resolve_description(d, q->ms, q->me)) != NULL &&
	    entity_in(d, q->ms, he, 1) == NULL) {
		set_speaker(q, e->canon, e->clen, 0);
		return;
	}
	/* an organisation or place that is the mention's head speaks;
	 * not one a person's post is "of" ("The head of Lloyd's of
	 * London"), nor a place a post is "for" ("the MP for Carrow"), nor
	 * the place where those named are or come from ("retailers in the
	 * UK", "traders in Asia", "MPs from Wales"; an organisation they
	 * work at still speaks: "economists at Tillax Bank") */
	if (((e = entity_in(d, q->ms, he, 1)) != NULL ||
	    (e = entity_in(d, q->ms, he, 2)) != NULL) && e->e == he &&
	    !(has_role(m, mn) && (after_of(d, q->ms, e) ||
	    (e->label == 2 && after_prep(d, q->ms, e, "for")))) &&
	    !(e->label != 1 && (after_prep(d, q->ms, e, "in") ||
	    after_prep(d, q->ms, e, "at") ||
	    after_prep(d, q->ms, e, "from") ||
	    after_prep(d, q->ms, e, "across")))) {
		set_speaker(q, e->canon, e->clen, e->label);
		return;
	}
	/* a capitalised last word: a surname of someone named in full */
	{
		size_t k = tok_at(d, he);

		while (k > 0 && d->tv[k - 1].s >= q->ms) {
			if (d->tv[k - 1].cap && (e = person_by_name(d,
			    d->text + d->tv[k - 1].s,
			    d->tv[k - 1].e - d->tv[k - 1].s)) != NULL) {
				set_speaker(q, e->canon, e->clen, 0);
				return;
			}
			break;
		}
	}
	/* "the 30-year-old": the person the story is about there, found
	 * as a pronoun's antecedent is */
	{
		const char *sp;
		size_t splen;
		int wrong, label;

		if (person_description(d, q, &wrong) && pronoun_antecedent(d,
		    q, qi, wrong, &sp, &splen, &label)) {
			set_speaker(q, sp, splen, label);
			return;
		}
	}
	/* "the company said": the company the story is about */
	if ((e = salient_org(d, q->ms, q->me)) != NULL) {
		set_speaker(q, e->canon, e->clen, 1);
		return;
	}
	set_speaker(q, m, mn, -1);
}

static bool in_heading(const struct xdoc *, const struct quote *);

/*
 * Does the quotation open its paragraph, or open a sentence and run with
 * other quotations only to the paragraph's end ('"..." "..."')?
 */
static bool
fills_para(const struct xdoc *d, const struct quote *q)
{
	size_t o = q->qt0 - 1, c = q->qt1, si = d->tv[o].sent, k;

	if (o != d->sv[si].t0)
		return false;
	/* one that opens its paragraph goes on with the turn before it,
	 * whatever follows: '"...," Ellis said. // "We are proud ..." More
	 * acts will play ...' */
	if ((si == 0 || d->sv[si - 1].para != d->sv[si].para) &&
	    !in_heading(d, q)) {
		/* and fills its sentence: not '"We will see," was all her
		 * aide offered' */
		for (k = c + 1; k < d->sv[d->tv[c].sent].t1; k++)
			if (d->tv[k].kind == W_WORD && !d->tv[k].inq)
				return false;
		return true;
	}
	si = d->tv[c].sent;
	while (si + 1 < d->ns && d->sv[si + 1].para == d->sv[si].para)
		si++;
	for (k = c + 1; k < d->sv[si].t1; k++)
		if (d->tv[k].kind == W_WORD && !d->tv[k].inq)
			return false;
	return true;
}

/*
 * Is report p a person's, named, in the sentence just before the one
 * quotation q opens, in the same paragraph ('Evans said the sale went
 * well. "I've sold a lot already."'), or the last of the paragraph
 * before when q opens its own?
 */
static bool
person_report_before(const struct xdoc *d, const struct quote *p,
    const struct quote *q)
{
	size_t qs;

	if (p->speaker == NULL || p->splabel != 0 || !p->has_mention ||
	    q->qt0 == 0)
		return false;
	qs = d->tv[q->qt0].sent;
	if (qs == 0)
		return false;
	/* or the last report of the paragraph before, when the quotation
	 * opens its own: 'Ruiz said sales rose. // "With these ..."' */
	if (p->para + 1 == q->para && d->sv[qs - 1].para != d->sv[qs].para)
		return true;
	/* its last word's sentence */
	return p->para == q->para && tok_at(d, p->e) > 0 &&
	    d->tv[tok_at(d, p->e) - 1].sent == qs - 1;
}

static void headline_quotes(struct xdoc *);
static size_t words_in(const struct xdoc *, size_t, size_t);

/*
 * Direct quotation q, with no attribution of its own, opens a sentence
 * after one in its paragraph whose subject is a person, named (a
 * description set off by commas after the name too) or "he"/"she" ('Mr
 * Blair went on to list his record. "So now we have a choice ..."', 'And
 * she won't commit yet. "I'm just ..."'): that subject as q's mention.
 * False when there is none.
 */
static bool
narrator_subject(const struct xdoc *d, const struct quote *q, size_t *a,
    size_t *b)
{
	size_t qs, t0, t1, i, k, m, e = d->ne;

	if (q->kind != K_DIRECT || q->qt0 == 0 || q->qt1 >= d->nt)
		return false;
	qs = d->tv[q->qt0].sent;
	if (qs == 0 || q->qt0 - 1 != d->sv[qs].t0 || d->sv[qs - 1].para !=
	    d->sv[qs].para)
		return false;
	t0 = d->sv[qs - 1].t0;
	t1 = d->sv[qs - 1].t1;
	for (k = t0; k < t1; k++)
		if (d->tv[k].inq || d->tv[k].kind >= W_OPEN)
			return false;
	i = t0;
	if (i + 1 < t1 && tok_in(d, i, openers))
		i++;
	/* "On this subject, Ruiz appears almost evangelical." */
	i = past_lead_phrase(d, i, t1);
	if (i + 1 < t1 && is_comma(d, i))
		i++;
	if (i + 1 >= t1 || d->tv[i].kind != W_WORD)
		return false;
	if (tok_is(d, i, "He") || tok_is(d, i, "She") || tok_is(d, i, "he") ||
	    tok_is(d, i, "she"))
		m = k = i + 1;
	else {
		/* titles before the name: "Mr Blair", "Prime Minister Tony
		 * Blair" */
		for (k = i; k < t1 && k < i + 3 && (d->tv[k].cap ||
		    title_dot(d, k)); k++) {
			e = ent_at(d, d->tv[k].s);
			if (e < d->ne && d->ev[e].s == d->tv[k].s)
				break;
		}
		if (k >= t1 || k == i + 3 || !d->tv[k].cap || e >= d->ne ||
		    d->ev[e].label != 0)
			return false;
		while (k < t1 && d->tv[k].e <= d->ev[e].e)
			k++;
		m = k;
		/* past a description set off by commas: "Tom Hale, editor
		 * of the Carrow Post, has his doubts." */
		if (k < t1 && is_comma(d, k)) {
			size_t c;

			for (c = k + 1; c < t1 && c < k + 12 &&
			    d->tv[c].kind == W_WORD; c++)
				;
			if (c > k + 1 && c + 1 < t1 && is_comma(d, c) &&
			    !d->tv[k + 1].cap)
				k = c + 1;
		}
	}
	/* the subject's verb straight after it */
	if (k >= t1 || d->tv[k].kind != W_WORD || d->tv[k].cap ||
	    tok_in(d, k, np_break) || !(verb_like(d, k) || tok_in(d, k,
	    skip_back) || adverb(d, k) || participle_form(d, k) ||
	    xq_irregular_past(d->text + d->tv[k].s, d->tv[k].e -
	    d->tv[k].s)))
		return false;
	*a = i;
	*b = m;
	return true;
}

#define MAXBACK	64	/* quotations a turn is looked for back over */

/* Is direct quote q a few words in marks inside its sentence? */
static bool
few_words(const struct xdoc *d, const struct quote *q)
{
	return q->qt0 == 0 || (q->qt0 - 1 != d->sv[d->tv[q->qt0].sent].t0 &&
	    words_in(d, q->qt0, q->qt1) <= 4);
}

/* The number of words in tokens [a, b). */
static size_t
words_in(const struct xdoc *d, size_t a, size_t b)
{
	size_t n = 0;

	for (; a < b; a++)
		n += d->tv[a].kind == W_WORD;
	return n;
}

static int
qcmp(const void *a, const void *b)
{
	const struct quote *x = a, *y = b;

	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	if (x->e != y->e)
		return x->e > y->e ? -1 : 1;
	return 0;
}

/* The small words a title leaves in lower case: "Face the Harbour". */
static const char *const title_small[] = {
	"the", "of", "and", "a", "an", "in", "on", "to", "for", "at", "by",
	"with", "from", "or", NULL
};

/* Nouns of works whose title follows them: 'his book, "..."'. */
static const char *const work_nouns[] = {
	"book", "show", "program", "programme", "series", "film", "movie",
	"documentary", "album", "song", "anthem", "column", "commentary",
	"essay", "novel", "memoir", "play", "poem", "podcast", "headline",
	"op-ed", "editorial", "article", "report", "slogan", NULL
};

/*
 * Does the word before the mark at o introduce a title: "on Radio Carrow's
 * \"Morning Desk\"", "in \"The Long Harbour\"", "her book, \"...\""?
 */
static bool
title_before(const struct xdoc *d, size_t o)
{
	if (o > 1 && is_comma(d, o - 1) && tok_in(d, o - 2, work_nouns))
		return true;
	if (o == 0 || d->tv[o - 1].kind != W_WORD)
		return false;
	if (tok_in(d, o - 1, work_nouns))
		return true;
	return tok_is(d, o - 1, "on") || tok_is(d, o - 1, "in") ||
	    tok_is(d, o - 1, "of") || xq_possessive(d, o - 1);
}

/*
 * The gender an honorific just before byte b asks for: 'm' after "Mr.",
 * 'f' after "Mrs.", "Ms." or "Miss", else 0.
 */
static int
honorific_before(const struct xdoc *d, size_t b)
{
	size_t k = tok_at(d, b);

	if (k < d->nt && k > 1 && title_dot(d, k - 1))
		k--;	/* the word before the title's full stop */
	if (k == 0 || k > d->nt)
		return 0;
	return tok_honorific(d, k - 1);
}

/*
 * Is direct quote q a whole sentence in marks that ends in "!" or "?",
 * its opening mark the sentence's first token: '"Go home!" came the cry'?
 */
static bool
whole_outcry(const struct xdoc *d, const struct quote *q)
{
	size_t si;

	if (q->qt0 == 0 || q->qt1 <= q->qt0 || q->qt1 >= d->nt)
		return false;
	si = d->tv[q->qt0].sent;
	return d->sv[si].t0 == q->qt0 - 1 && d->tv[q->qt0 - 1].kind >= W_OPEN &&
	    d->tv[q->qt1 - 1].kind == W_PUNCT &&
	    (d->text[d->tv[q->qt1 - 1].s] == '!' ||
	    d->text[d->tv[q->qt1 - 1].s] == '?');
}

/*
 * "Mr. Vance" in a document that names Hillary and Bill Vance: a
 * surname after an honorific stands for the person of that gender, not
 * for whoever the surname names most often.
 */
static void
honorifics(struct xdoc *d)
{
	size_t i, j, n;

	for (i = 0; i < d->ne; i++) {
		struct xent *e = &d->ev[i];
		const char *last;
		int want;

		if (e->label != 0 || (want = honorific_before(d, e->s)) == 0 ||
		    gender_of(e->canon, e->clen) != (want == 'm' ? 'f' : 'm'))
			continue;
		for (n = 0; n < e->clen && e->canon[e->clen - n - 1] != ' '; n++)
			;
		last = e->canon + e->clen - n;
		/* the people named near it: a bounded look, whatever the
		 * document's length */
		for (j = i > 512 ? i - 512 : 0; j < d->ne && j < i + 512; j++) {
			const struct xent *o = &d->ev[j];

			if (o->label == 0 && o->clen > n + 1 &&
			    memcmp(o->canon + o->clen - n, last, n) == 0 &&
			    o->canon[o->clen - n - 1] == ' ' &&
			    gender_of(o->canon, o->clen) == want) {
				e->canon = o->canon;
				e->clen = o->clen;
				break;
			}
		}
		/* no one of that gender: after a rank, someone else of
		 * that surname, named by it ("Baroness Kennedy" in a story
		 * about Charles Kennedy); after "Mr" or "Mrs" the given
		 * name's gender is the likelier mistake ("Mr Lakshmi
		 * Mittal") */
		if (j == d->ne || j >= i + 512) {
			size_t h = tok_at(d, e->s) - 1;

			if (!tok_in(d, h, ranks))
				continue;
			e->canon = d->text + d->tv[h].s;
			e->clen = e->e - d->tv[h].s;
		}
	}
}

/* Does the report p hold words in quotation marks? */
static bool
quoted_words_in(const struct xdoc *d, const struct quote *p)
{
	size_t k;

	for (k = p->qt0; k < p->qt1 && k < d->nt; k++)
		if (d->tv[k].kind == W_OPEN || d->tv[k].kind == W_CLOSE)
			return true;
	return false;
}

void
xq_resolve(struct xdoc *d)
{
	size_t i, j, m;
	bool few, turned;

	honorifics(d);

	if (d->nq > 1)
		qsort(d->qv, d->nq, sizeof(*d->qv), qcmp);
	for (i = 0; i < d->nq; i++) {
		struct quote *q = &d->qv[i];

		if (q->dropped)
			continue;
		if (q->has_mention) {
			resolve_one(d, q, i);
			continue;
		}
		if (q->kind != K_DIRECT)
			continue;
		/* a few words in marks inside a sentence are no turn of the
		 * quotation before: 'Her links to the group, which means
		 * "Work of God"' (a report around them still owns them) */
		few = few_words(d, q);
		turned = false;
		/* continuation of the previous speaker's turn */
		/* at most MAXBACK quotations back: a paragraph of scare
		 * quotes would make the look-back quadratic */
		for (j = i; j > 0 && j + MAXBACK > i; j--) {
			struct quote *p = &d->qv[j - 1];
			bool fills = fills_para(d, q);
			size_t pp;

			/* a report with quoted words in it is a turn too:
			 * 'It was "a mistake," she said. "We ..."', when the
			 * quotation opens a sentence after it */
			if (p->dropped || (p->kind != K_DIRECT &&
			    (!(quoted_words_in(d, p) || person_report_before(d,
			    p, q)) || p->e >= q->s ||
			    q->qt0 == 0 || q->qt0 - 1 !=
			    d->sv[d->tv[q->qt0].sent].t0)))
				continue;
			/* a quotation over paragraphs: where it ends */
			pp = p->kind == K_DIRECT && p->qt1 > 0 ?
			    d->sv[d->tv[p->qt1 - 1].sent].para : p->para;
			/* a few words in marks with no speaker will go as
			 * scare quotes: look past them */
			if (p->kind == K_DIRECT && p->speaker == NULL &&
			    few_words(d, p))
				continue;
			if (few && p->kind == K_DIRECT && p->qt1 > 0 &&
			    d->tv[p->qt1 - 1].sent != d->tv[q->qt0].sent)
				break;
			if (p->speaker != NULL && (pp == q->para ||
			    (fills && pp + 1 == q->para))) {
				turned = pp == q->para;
				set_speaker(q, p->speaker, p->splen,
				    p->splabel);
				/* the same attribution carries both parts:
				 * '"...," he said. "..."' */
				if (p->has_mention && pp == q->para) {
					q->has_mention = true;
					q->ms = p->ms;
					q->me = p->me;
				}
				if (p->has_cue && pp == q->para) {
					q->has_cue = true;
					q->cs = p->cs;
					q->ce = p->ce;
				}
			}
			break;
		}
		/* else the person the sentence before is about, rather than
		 * a turn from the paragraph before */
		if (!turned && !few && narrator_subject(d, q, &j, &m)) {
			q->has_mention = true;
			q->ms = d->tv[j].s;
			q->me = d->tv[m - 1].e;
			q->has_cue = false;
			resolve_one(d, q, i);
		}
	}
	/* a headline's quotation: the same words said in the body */
	headline_quotes(d);
	/*
	 * Scare quotes and titles are not speech: a short quotation that no
	 * one is said to have said, or a capitalised name in marks, is dropped.
	 */
	for (i = 0; i < d->nq; i++) {
		struct quote *q = &d->qv[i];
		size_t k, words = 0, caps = 0, small = 0;

		if (q->dropped || q->kind != K_DIRECT || q->transcript)
			continue;
		for (k = q->qt0; k < q->qt1; k++)
			if (d->tv[k].kind == W_WORD) {
				words++;
				caps += d->tv[k].cap;
				/* a title's small words: "Lord of the Tides" */
				small += k > q->qt0 && !d->tv[k].cap &&
				    tok_in(d, k, title_small);
			}
		/* (but a whole sentence in marks that ends in "!" or "?" is
		 * speech, though no one is named: '"Go home!" came the
		 * cry') */
		if (whole_outcry(d, q))
			continue;
		if ((q->speaker == NULL && words <= 4) ||
		    (!q->has_cue && !q->has_mention && caps == words &&
		    words <= 6 && q->speaker == NULL) ||
		    (caps + small == words && caps >= small && words <= 7 &&
		    d->tv[q->qt0].cap && title_before(d, q->qt0 - 1)))
			q->dropped = true;
	}
}

/* Is the quote in a paragraph of one sentence without a final stop? */
static bool
in_heading(const struct xdoc *d, const struct quote *q)
{
	size_t si = d->tv[q->qt0 - 1].sent, e;

	if ((si > 0 && d->sv[si - 1].para == d->sv[si].para) ||
	    (si + 1 < d->ns && d->sv[si + 1].para == d->sv[si].para))
		return false;
	e = d->sv[si].e;
	while (e > d->sv[si].s && (d->text[e - 1] == '"' ||
	    d->text[e - 1] == '\''))
		e--;
	return e > d->sv[si].s && d->text[e - 1] != '.';
}

/* How far from a heading, in bytes, its quotation is looked for. */
#define HEADLINE_REACH	((size_t)1 << 15)

static void
headline_quotes(struct xdoc *d)
{
	size_t i, j, seen = 0;

	/* a headline holds a quotation or two: past 32 in the document's
	 * headings the rest are left alone, or a heading of many marks
	 * would cost the square of the document */
	for (i = 0; i < d->nq && seen < 32; i++) {
		struct quote *q = &d->qv[i];

		if (q->dropped || q->speaker != NULL || q->transcript ||
		    !in_heading(d, q))
			continue;
		seen++;
		for (j = 0; j < d->nq; j++) {
			struct quote *p = &d->qv[j];
			size_t n = q->e - q->s;

			/* (the story under a heading is near it: quotes
			 * far away are not searched, or a long document of
			 * many stories would cost its square) */
			if (j == i || p->speaker == NULL || p->dropped ||
			    p->e - p->s < n || (p->s > q->s ? p->s - q->s :
			    q->s - p->s) > HEADLINE_REACH)
				continue;
			{
				/* the first byte, case folded, tested inline:
				 * strncasecmp() at every byte of every quote
				 * cost most of a long document's time */
				unsigned char c0 = n > 0 ?
				    (unsigned char)(d->text[q->s] | 0x20) : 0;
				size_t k;

				for (k = p->s; k + n <= p->e; k++)
					if ((n == 0 || ((unsigned char)d->text[k] |
					    0x20) == c0) && strncasecmp(d->text + k,
					    d->text + q->s, n) == 0)
						break;
				if (k + n <= p->e) {
					set_speaker(q, p->speaker, p->splen,
					    p->splabel);
					break;
				}
			}
		}
	}
}
