#!/usr/bin/env bats
# Command lines of every tool: usage, bad options, exit statuses.

bats_require_minimum_version 1.5.0
load test_helper

@test "segment --help prints the synopsis on stdout and exits 0" {
	run segment --help
	assert_success
	assert_output "usage: segment [--jsonl] [--id ID] [FILE ...]"
}

@test "segment: an unknown option is a usage error (exit 2)" {
	run -2 segment --bogus
	assert_line --partial "unrecognized option"
	assert_line "usage: segment [--jsonl] [--id ID] [FILE ...]"
}

@test "segment: --id with --jsonl is a usage error" {
	run -2 segment --jsonl --id x
	assert_line --partial "segment: --id names a plain-text document"
}

@test "usage lines match the man pages' SYNOPSIS" {
	for t in segment; do
		syn=$(mandoc -Tascii "$TOP/man/$t.1" | sed 's/.\x08//g' | awk '/^SYNOPSIS/{getline; print; exit}' | sed 's/^ *//; s/  */ /g')
		use=$("$t" --help | sed 's/^usage: //')
		assert_equal "$use" "$syn"
	done
}
