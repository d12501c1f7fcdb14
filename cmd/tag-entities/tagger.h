/*
 * tagger: names in the sentences of one document.
 */
#ifndef TAG_TAGGER_H
#define TAG_TAGGER_H

#include <stddef.h>

enum label { T_PERSON, T_ORG, T_GPE, T_LOC, T_NORP, T_NONE };

extern const char *const tag_label_names[];

struct ent {
	size_t		 s, e;		/* byte offsets in the sentence text */
	enum label	 label;
	const char	*canon;		/* points into some sentence's text */
	size_t		 canon_len;
};

struct tsent {
	const char	*text;		/* the sentence text (not owned) */
	size_t		 len;
	struct ent	*ents;		/* owned; freed by tag_free() */
	size_t		 nents;
	size_t		 cap;
};

/* Tag every sentence of one document: fills ents (in text order). */
void	tag_document(struct tsent *s, size_t n);
void	tag_free(struct tsent *s, size_t n);

#endif
