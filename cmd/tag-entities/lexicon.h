/*
 * lexicon: the name lists tag-entities knows, compiled in from lexicon/ lists
 * (see lexicon/README.md for their sources and licences) plus the user's
 * --lexicon files.  Lookups are exact on the bytes, with a Title-Case retry
 * for words written in capitals ("LONDON").
 */
#ifndef TAG_LEXICON_H
#define TAG_LEXICON_H

#include <stdbool.h>
#include <stddef.h>

enum {
	LX_FIRST = 1 << 0,	/* a first name */
	LX_GPE = 1 << 1,
	LX_LOC = 1 << 2,
	LX_ORG = 1 << 3,
	LX_NORP = 1 << 4,
	LX_WORD = 1 << 5,	/* a lower-case English word */
	LX_PERSON = 1 << 6,	/* a full name (user lexicons) */
	LX_COUNTRY = 1 << 7,	/* a country (with LX_GPE) */
	LX_CITY = 1 << 8	/* a city of the gazetteer (with LX_GPE) */
};

void	lex_init(void);
void	lex_fini(void);
/*
 * Add the entries of a user lexicon: one "name<TAB>LABEL" a line, LABEL one
 * of PERSON ORG GPE LOC NORP; "#" lines and blank lines are skipped.  An
 * unreadable file or a bad line is a configuration error (exit 2).
 */
void	lex_load_file(const char *path);
/* Flags of the name s[0..n), 0 when unknown. */
unsigned lex_get(const char *s, size_t n);
/* As lex_get(), also trying the Title-Case form of an all-capitals name. */
unsigned lex_get_fold(const char *s, size_t n);
/*
 * The Title-Case form of an all-capitals name ("O'BRIEN" -> "O'Brien") in
 * buf, NUL-terminated; false when s has a lower-case letter or does not
 * fit.
 */
bool	lex_title(const char *s, size_t n, char *buf, size_t cap);
/* Is the word (any case) a common lower-case English word? */
bool	lex_is_word(const char *s, size_t n);

#endif
