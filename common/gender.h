/*
 * gender: the sex a given name tells, from the lists of given names by
 * gender (cmd/extract-quotes/lexicon/female.txt and male.txt, compiled
 * into the tools that link gender_data.o as lexdata_female and
 * lexdata_male).  A name the lists give to both sexes, or to neither,
 * tells nothing.
 */
#ifndef NP_GENDER_H
#define NP_GENDER_H

#include <stddef.h>

/*
 * 'f' or 'm' when the first word of the name s[0..n) is a given name of
 * one gender only, else 0 (also for one word alone: a surname).
 */
int	gender_of(const char *s, size_t n);
/*
 * The same for the one word s[0..n) taken as a given name: a caller that
 * knows the word is no surname ("Kevin", a person the document never
 * names in full) asks this.
 */
int	given_sex(const char *s, size_t n);
/*
 * 'f' or 'm' when the word s[0..n), a full stop after it or not, is an
 * honorific of one sex ("Mrs", "Mr.", "Sir", "Baroness"), else 0.
 */
int	honorific_sex(const char *s, size_t n);

#endif
