/*
 * gender: see gender.h.
 */
#include <string.h>

#include "gender.h"
#include "wset.h"
#include "xalloc.h"

/* The lists, embedded by scripts/embed-lexicons, one name a line. */
extern const char lexdata_female[], lexdata_male[];

/* The embedded list data as a NULL-terminated array, built once. */
static const char *const *
name_list(const char *data, const char ***cache)
{
	size_t n = 0, k = 0;
	const char *p;
	char **v, *copy;

	if (*cache != NULL)
		return *cache;
	for (p = data; *p != '\0'; p++)
		n += *p == '\n';
	copy = xstrdup(data);
	v = xreallocarray(NULL, n + 1, sizeof(*v));
	for (p = strtok(copy, "\n"); p != NULL; p = strtok(NULL, "\n"))
		v[k++] = (char *)p;
	v[k] = NULL;
	*cache = (const char **)v;
	return *cache;
}

/* Honorifics of either sex, without their full stop. */
static const char *const male_honorifics[] = {
	"Mr", "Sir", "Lord", "Baron", NULL
};
static const char *const female_honorifics[] = {
	"Mrs", "Ms", "Miss", "Madam", "Madame", "Lady", "Baroness", "Dame",
	NULL
};

int
honorific_sex(const char *s, size_t n)
{
	if (n > 1 && s[n - 1] == '.')
		n--;
	if (wset_in(male_honorifics, s, n))
		return 'm';
	if (wset_in(female_honorifics, s, n))
		return 'f';
	return 0;
}

/* 'f' or 'm' when the word s[0..n) is a given name of one sex only. */
int
given_sex(const char *s, size_t n)
{
	static const char **female, **male;

	if (wset_in(name_list(lexdata_female, &female), s, n))
		return 'f';
	if (wset_in(name_list(lexdata_male, &male), s, n))
		return 'm';
	return 0;
}

int
gender_of(const char *s, size_t n)
{
	size_t k = 0;

	while (k < n && s[k] != ' ')
		k++;
	if (k == n)
		return 0;	/* a surname alone */
	return given_sex(s, k);
}
