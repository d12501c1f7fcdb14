/*
 * gendocs: random documents for property tests.
 *
 *	gendocs SEED N DIR	write DIR/doc-K.txt, K = 0 .. N-1
 *	gendocs SEED N -	write N {"id","text"} lines (valid UTF-8) to stdout
 *
 * Documents mix words, sentence punctuation, every kind of quotation mark,
 * apostrophes, Unicode letters and spaces, NUL bytes, ill-formed UTF-8
 * (plain-text files only), blank lines, very long and empty paragraphs.
 * The same SEED gives the same documents.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint64_t state;

static uint32_t
rnd(uint32_t n)
{
	state = state * 6364136223846793005ull + 1442695040888963407ull;
	return (uint32_t)(state >> 33) % n;
}

static const char *const pieces[] = {
	"the", "minister", "said", "that", "Blinken", "Xi", "U.S.", "Mr.",
	"Dr.", "a.m.", "No.", "5", "3.14", "$2.5m", "e-mail", "rock 'n' roll",
	"don't", "'90s", "Xi's", "said Wang", "he told reporters",
	"according to officials", "\"", "\"", "'", "\xe2\x80\x9c",
	"\xe2\x80\x9d", "\xe2\x80\x98", "\xe2\x80\x99", "\xc2\xab", "\xc2\xbb",
	"\xe2\x80\x9e", "``", "''", ".", ".", "?", "!", "...", "\xe2\x80\xa6",
	",", ";", ":", "(", ")", "-", "\xe2\x80\x94", "\xc2\xa0", "\t",
	"\xe2\x80\x83", "\n", "\n\n", "\r\n", "\f", "Caf\xc3\xa9",
	"\xe4\xb8\xad\xe5\x9b\xbd", "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",
	"\xf0\x9f\x98\x80", "https://example.org/a.b", "desk@example.com",
	"1.", "a)", "\xe2\x80\xa2", "WASHINGTON -", "Image:", "Meanwhile",
	"President", "Ministry of Trade", "Oslo", "Chinese",
};

/* ill-formed UTF-8 and NUL, for plain-text files only */
static const char *const bad[] = {
	"\xff", "\xc3", "\xe2\x80", "\xed\xa0\x80", "\xc0\xaf", "\x80",
	"\xf5\x80\x80\x80", "\0"
};

static void
piece(FILE *fp, int plain)
{
	const char *p;

	if (plain && rnd(40) == 0) {
		p = bad[rnd(sizeof(bad) / sizeof(bad[0]))];
		fwrite(p, 1, *p == '\0' ? 1 : strlen(p), fp);
		return;
	}
	p = pieces[rnd(sizeof(pieces) / sizeof(pieces[0]))];
	fputs(p, fp);
	if (rnd(3) != 0)
		fputc(' ', fp);
}

static void
doc(FILE *fp, int plain)
{
	uint32_t shape = rnd(10), n, i;

	n = shape == 0 ? 0 : shape == 1 ? 20000 + rnd(20000) : rnd(400);
	for (i = 0; i < n; i++)
		piece(fp, plain);
}

/* JSON-escape the bytes of a generated (valid UTF-8) document */
static void
json_doc(FILE *out, unsigned k)
{
	char *buf = NULL;
	size_t len = 0, i;
	FILE *mem = open_memstream(&buf, &len);

	doc(mem, 0);
	fclose(mem);
	fprintf(out, "{\"id\":\"g-%u\",\"text\":\"", k);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)buf[i];

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20)
			fprintf(out, "\\u%04x", c);
		else
			fputc(c, out);
	}
	if (rnd(5) == 0)
		fputs("\\u0000 nul", out);
	fputs("\"}\n", out);
	free(buf);
}

int
main(int argc, char *argv[])
{
	unsigned n, k;
	char path[4096];
	FILE *fp;

	if (argc != 4) {
		fprintf(stderr, "usage: gendocs SEED N DIR|-\n");
		return 2;
	}
	state = strtoull(argv[1], NULL, 10) * 2654435761u + 1;
	n = (unsigned)strtoul(argv[2], NULL, 10);
	for (k = 0; k < n; k++) {
		if (strcmp(argv[3], "-") == 0) {
			json_doc(stdout, k);
			continue;
		}
		snprintf(path, sizeof(path), "%s/doc-%u.txt", argv[3], k);
		if ((fp = fopen(path, "wb")) == NULL) {
			perror(path);
			return 3;
		}
		doc(fp, 1);
		fclose(fp);
	}
	return 0;
}
