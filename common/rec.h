/*
 * rec: the records of the stream (CONTRACT.md) as the filters see them.
 *
 * A record keeps its original line, so a filter that does not change it
 * writes it back byte for byte, and one that adds a field splices it before
 * the closing brace instead of re-serialising the record.  rec_doc_loop()
 * groups a stream into documents (a "doc" record, or a change of "doc"
 * value, starts one) and hands each whole document to the filter, so a
 * filter holds one document at a time.
 *
 * Lines are checked with the strict scanner of scan.h, not parsed: the
 * getters read single members from the raw line, and jansson parses a
 * value only when a tool asks for one whole (rec_obj, rec_json).
 *
 * Ownership: a struct rec owns its line copy, its decoded strings and its
 * parsed object; they live until the document has been flushed.  Strings
 * returned by the getters stay valid as long; rec_json() returns a new
 * reference.
 */
#ifndef NP_REC_H
#define NP_REC_H

#include <stdbool.h>
#include <stddef.h>

#include <string.h>

#include <jansson.h>

#include "scan.h"

struct jl_reader;

enum rec_type { REC_DOC, REC_SENTENCE, REC_QUOTE, REC_OTHER };

struct rec {
	char		*line;		/* original bytes, no "\n" (not owned) */
	size_t		 len;
	json_t		*obj;		/* parsed on demand: use rec_obj() */
	enum rec_type	 type;
	unsigned long	 lineno;
	unsigned long	 serial;	/* unique in the run */
	char		*id;		/* decoded "doc", or NULL */
	size_t		 idlen;
	char		**strs;		/* decoded strings handed out */
	size_t		 nstrs;
	struct scan_member *m;		/* its top-level members */
	size_t		 nm;
	size_t		 loff, ioff, moff;	/* in the arenas, until bound */
};

struct recdoc {
	struct rec	*v;
	size_t		 n;
	size_t		 cap;
	const char	*name;		/* input name, for messages */
	size_t		 bytes;		/* input bytes of its lines */
};

/*
 * Read records from r and call flush(doc, arg) once per document, in
 * order; records before any document id form a document of their own.
 * Bad lines (not JSON, not an object, invalid UTF-8 repaired) are reported
 * as "FILE:LINE: ..." and skipped or repaired.  Returns EXIT_OK or
 * EXIT_DATA.
 */
int	rec_doc_loop(struct jl_reader *r,
	    void (*flush)(struct recdoc *doc, void *arg), void *arg);

/*
 * The input loop of every filter: rec_doc_loop() over each file named in
 * argv[0..argc) in turn, or over standard input when argc is 0.  A file
 * that cannot be opened is reported and gives EXIT_IO; the others are
 * still read.  Returns the worst status.
 */
int	rec_run(int argc, char **argv,
	    void (*flush)(struct recdoc *doc, void *arg), void *arg);

/*
 * Typed getters.  On a missing or wrong-typed field they report
 * "FILE:LINE: cannot parse record: missing or non-KIND "key"" and return
 * false.
 */
bool	rec_str(const struct recdoc *d, struct rec *r, const char *key,
	    const char **s, size_t *n);
bool	rec_off(const struct recdoc *d, const struct rec *r, const char *key,
	    size_t *v);
/* Report "FILE:LINE: cannot parse record: <msg>" for record r. */
void	rec_bad(const struct recdoc *d, const struct rec *r, const char *fmt,
	    ...) __attribute__((format(printf, 3, 4)));

/* The whole record parsed by jansson (borrowed; cached in the record). */
json_t	*rec_obj(struct rec *r);
/* The raw member key of r, or NULL (see scan.h). */
static inline const struct scan_member *
rec_get(const struct rec *r, const char *key)
{
	/* the members were found when the line was read */
	return scan_find(r->m, r->nm, key, strlen(key));
}
/* An integer member, silently: false when missing or not an integer. */
static inline bool
rec_int(const struct rec *r, const char *key, long long *v)
{
	return scan_int(rec_get(r, key), v);
}
/*
 * A string member decoded, silently: NULL when missing or not a string.
 * The result is not NUL-terminated (use *n); it lives as long as r.
 */
const char *rec_strz(struct rec *r, const char *key, size_t *n);
/*
 * The same for a string member m found by scanning a value of r (an
 * element of one of its arrays, say): the result lives as long as r.
 */
const char *rec_memstr(struct rec *r, const struct scan_member *m,
	    size_t *n);
/* One member's value parsed by jansson: a new reference, or NULL. */
json_t	*rec_json(const struct rec *r, const char *key);

/* The record's "doc" value, or NULL. */
const char *rec_docid(const struct rec *r, size_t *n);
/* Write the record unchanged. */
void	rec_put(const struct rec *r);
/*
 * Write the record with ,"key":VALUE added before its closing brace; the
 * caller writes VALUE between rec_put_open() and rec_put_close().
 */
void	rec_put_open(const struct rec *r, const char *key);
void	rec_put_close(void);

#endif
