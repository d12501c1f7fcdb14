#!/usr/bin/env bats
# Every command in the EXAMPLES section of every man page runs and succeeds
# on the fixtures in tests/fixtures/man (jq's man.test idea).

bats_require_minimum_version 1.5.0
load test_helper

# examples PAGE: the example commands of PAGE, one a line, continuation
# lines joined, mdoc escapes undone.
examples() {
	awk '/^\.Sh /{ex = ($2 == "EXAMPLES")} ex && /^\.Bd -literal/{lit=1; next}
	    ex && /^\.Ed/{lit=0; if (cmd != "") print cmd; cmd=""; next}
	    lit { sub(/^[ \t]+/, ""); cmd = (cmd == "") ? $0 : cmd " " $0 }' "$1" |
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
		[ -n "$output" ] || fail "example printed nothing: $cmd"
	done < <(examples "$TOP/man/$page")
	[ "$n" -gt 0 ] || fail "no examples in $page"
}

@test "segment.1 EXAMPLES run" {
	run_examples segment.1
}

@test "man pages are clean under mandoc -Tlint" {
	run mandoc -Tlint -Wwarning "$TOP"/man/*.[17]
	assert_success
	assert_output ""
}
