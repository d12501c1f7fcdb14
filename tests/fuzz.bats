#!/usr/bin/env bats
# Inputs that once crashed or hung a tool (tests/fuzz/regress/TOOL/*), and
# the fuzzers' seeds: every tool ends with status 0 or 1, in bounded time,
# and writes only JSON lines.

bats_require_minimum_version 1.5.0
load test_helper

# survive TOOL FILE [ARGS]: the tool handles FILE as its input
survive() {
	local tool=$1 f=$2
	shift 2
	run timeout 20 "$tool" "$@" "$f"
	[ "$status" -le 1 ] || fail "$tool $* $f: exit $status: ${output:0:300}"
	"$tool" "$@" "$f" 2>/dev/null | jq -e . > /dev/null || fail "$tool $f: output is not JSON lines"
}

@test "regression inputs and seeds: no tool crashes, hangs or writes invalid JSON" {
	local n=0 f
	for f in "$TOP"/tests/fuzz/regress/segment/* "$TOP"/tests/fuzz/seeds/segment/*; do
		[ -f "$f" ] || continue
		survive segment "$f"
		survive segment "$f" --jsonl
		n=$((n + 1))
	done
	for t in tag-entities extract-quotes to-json; do
		for f in "$TOP"/tests/fuzz/regress/$t/* "$TOP"/tests/fuzz/seeds/$t/*; do
			[ -f "$f" ] || continue
			survive "$t" "$f"
			n=$((n + 1))
		done
	done
	[ "$n" -ge 6 ] || fail "only $n inputs"
}

@test "the word that once looped extract-quotes forever: Latin-1 punctuation at a word's start" {
	run timeout 10 extract-quotes "$TOP/tests/fuzz/regress/extract-quotes/latin1-punct-word-start.jsonl"
	assert_success
	assert_line --partial '"type":"quote"'
}

@test "the strict scanner rejects what jansson rejects: a NUL escape in a key" {
	run -1 to-json "$TOP/tests/fuzz/regress/scan/nul-escape-in-key.json"
	assert_output --partial "cannot parse record: NUL byte in object key not supported"
}

@test "the strict scanner accepts what jansson accepts: one NUL byte after a number" {
	printf '{"type":"doc","doc":"d","bytes":0\000}\n' > "$BATS_TEST_TMPDIR/in"
	run to-json "$BATS_TEST_TMPDIR/in"
	assert_success
	assert_output --partial '"doc":"d"'
}
