#!/usr/bin/env bats
# Every command in the EXAMPLES section of every man page runs and succeeds
# on the fixtures in tests/fixtures/man (jq's man.test idea).

bats_require_minimum_version 1.5.0
load test_helper

# examples PAGE: the example commands of PAGE, one a line, continuation
# lines joined, mdoc escapes undone.
examples() {
	# an indented line continues the command before it
	awk '/^\.Sh /{ex = ($2 == "EXAMPLES")} ex && /^\.Bd -literal/{lit=1; next}
	    ex && /^\.Ed/{lit=0; if (cmd != "") print cmd; cmd=""; next}
	    lit && /^[ \t]/ { sub(/^[ \t]+/, ""); cmd = cmd " " $0; next }
	    lit { if (cmd != "") print cmd; cmd = $0 }' "$1" |
	    sed 's/\\e/\\/g'
}

run_examples() {
	local page=$1 n=0 cmd
	cp "$TOP"/tests/fixtures/man/* "$BATS_TEST_TMPDIR"/
	cd "$BATS_TEST_TMPDIR"
	while IFS= read -r cmd; do
		n=$((n + 1))
		run bash -o pipefail -c "$cmd"
		[ "$status" -eq 0 ] || fail "example failed ($status): $cmd: $output"
		# an example that writes a file must have written something
		if [ -z "$output" ] && [[ $cmd =~ \>\ *([^ ]+)$ ]]; then
			output=$(head -c 1 "${BASH_REMATCH[1]}")
		fi
		[ -n "$output" ] || fail "example printed nothing: $cmd"
	done < <(examples "$TOP/man/$page")
	[ "$n" -gt 0 ] || fail "no examples in $page"
}

@test "segment.1 EXAMPLES run" {
	run_examples segment.1
}

@test "tag-entities.1 EXAMPLES run" {
	run_examples tag-entities.1
}

@test "extract-quotes.1 EXAMPLES run" {
	run_examples extract-quotes.1
}

@test "to-json.1 EXAMPLES run" {
	run_examples to-json.1
}

@test "newspipe.7 EXAMPLES run" {
	run_examples newspipe.7
}

@test "man pages are clean under mandoc -Tlint" {
	run mandoc -Tlint -Wwarning "$TOP"/man/*.[17]
	assert_success
	assert_output ""
}
