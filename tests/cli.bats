#!/usr/bin/env bats
# Command lines of every tool: usage, bad options, exit statuses, output
# errors and closed pipes.

bats_require_minimum_version 1.5.0
load test_helper

TOOLS="segment tag-entities extract-quotes to-json"

# synopsis TOOL: the SYNOPSIS line of the man page, as text
synopsis() {
	mandoc -Tascii "$TOP/man/$1.1" | sed 's/.\x08//g' |
	    awk '/^SYNOPSIS/{getline; print; exit}' | sed 's/^ *//; s/  */ /g'
}

@test "--help prints the man page's synopsis on stdout and exits 0, for every tool" {
	for t in $TOOLS; do
		run "$t" --help
		assert_success
		assert_output "usage: $(synopsis "$t")"
	done
}

@test "an unknown option is a usage error (exit 2) with the synopsis on stderr, for every tool" {
	for t in $TOOLS; do
		run -2 "$t" --bogus
		assert_line --partial "unrecognized option"
		assert_line "usage: $(synopsis "$t")"
	done
}

@test "segment: --id with --jsonl is a usage error" {
	run -2 segment --jsonl --id x
	assert_line --partial "segment: --id names a plain-text document"
}

@test "tag-entities: an unreadable or malformed lexicon is a usage error" {
	run -2 tag-entities --lexicon "$BATS_TEST_TMPDIR/none.tsv" < /dev/null
	assert_output --partial "tag-entities: $BATS_TEST_TMPDIR/none.tsv: cannot open lexicon"
	printf 'Acme\tCOMPANY\n' > "$BATS_TEST_TMPDIR/bad.tsv"
	run -2 tag-entities --lexicon "$BATS_TEST_TMPDIR/bad.tsv" < /dev/null
	assert_output "tag-entities: $BATS_TEST_TMPDIR/bad.tsv:1: unknown label 'COMPANY' (PERSON, ORG, GPE, LOC or NORP)"
}

@test "output to a full device exits 3, for every tool" {
	segment "$(fixture segment news.in)" > "$BATS_TEST_TMPDIR/s.jsonl"
	run -3 sh -c 'echo "One." | segment > /dev/full'
	assert_output --partial "segment: cannot write output"
	for t in tag-entities extract-quotes to-json; do
		run -3 sh -c "$t < '$BATS_TEST_TMPDIR/s.jsonl' > /dev/full"
		assert_output --partial "$t: cannot write output"
	done
}

@test "a closed pipe ends every tool quietly" {
	yes 'The minister said that the plan "will work." He left.' | head -c 2000000 |
	    segment > "$BATS_TEST_TMPDIR/big.jsonl"
	for t in tag-entities extract-quotes to-json; do
		run sh -c "$t < '$BATS_TEST_TMPDIR/big.jsonl' 2>'$BATS_TEST_TMPDIR/err' | head -1 > /dev/null; cat '$BATS_TEST_TMPDIR/err'"
		assert_success
		assert_output ""
	done
}

@test "an unreadable input file is reported and gives exit 3, for every filter" {
	for t in tag-entities extract-quotes to-json; do
		run -3 "$t" "$BATS_TEST_TMPDIR/missing.jsonl"
		assert_output "$t: $BATS_TEST_TMPDIR/missing.jsonl: cannot open: No such file or directory"
	done
}

@test "a line that is not JSON gives FILE:LINE, exit 1, and the rest is processed, for every filter" {
	segment "$(fixture segment crlf.in)" > "$BATS_TEST_TMPDIR/in"
	sed -i '2s/.*/{"type":"sentence",/' "$BATS_TEST_TMPDIR/in"
	for t in tag-entities extract-quotes to-json; do
		run -1 "$t" "$BATS_TEST_TMPDIR/in"
		assert_line --partial "$t: $BATS_TEST_TMPDIR/in:2: cannot parse record:"
		assert_line --partial 'crlf.in","bytes":73'
	done
}

@test "--progress draws a line only on a terminal, never on stdout" {
	segment "$(fixture segment news.in)" > "$BATS_TEST_TMPDIR/s.jsonl"
	run sh -c "to-json --progress < '$BATS_TEST_TMPDIR/s.jsonl' 2>&1 >/dev/null"
	assert_output ""
	run script -qec "to-json --progress < '$BATS_TEST_TMPDIR/s.jsonl' > /dev/null" /dev/null
	[[ $output != *"failed to create pseudo-terminal"* ]] || skip "no pseudo-terminal here"
	assert_output --partial "to-json: 1 documents"
	a=$(to-json --progress < "$BATS_TEST_TMPDIR/s.jsonl" | cksum)
	b=$(to-json < "$BATS_TEST_TMPDIR/s.jsonl" | cksum)
	assert_equal "$a" "$b"
}

@test "make names a missing build library before compiling; not root, it prints the apt-get command and fails" {
	stub="$BATS_TEST_TMPDIR/stub"
	mkdir -p "$stub"
	# a machine without jansson's development files, and not root
	printf '#!/bin/sh\ncase "$*" in *jansson*) exit 1 ;; esac\nexec /usr/bin/pkg-config "$@"\n' > "$stub/pkg-config"
	printf '#!/bin/sh\necho 1000\n' > "$stub/id"
	chmod +x "$stub/pkg-config" "$stub/id"
	run env PATH="$stub:$PATH" "$TOP/scripts/install-deps" --build
	assert_failure 1
	assert_output --partial "missing packages: libjansson-dev"
	assert_output --partial "sudo apt-get update && sudo apt-get install -y libjansson-dev"
	refute_output --partial "bats"
	run env PATH="$stub:$PATH" make -C "$TOP" --no-print-directory BUILD="$BATS_TEST_TMPDIR/build" "$BATS_TEST_TMPDIR/build/common/buf.o"
	assert_failure
	assert_output --partial "missing packages: libjansson-dev"
	refute_output --partial "jansson.h"
	[ ! -e "$BATS_TEST_TMPDIR/build/common/buf.o" ]
	# with everything there it says nothing and succeeds
	run "$TOP/scripts/install-deps" --build
	assert_success
	assert_output ""
}
