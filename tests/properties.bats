#!/usr/bin/env bats
# Property tests over random documents (tests/tools/gendocs): random
# Unicode, every kind of quotation mark, NUL and ill-formed bytes, huge and
# empty paragraphs. tests/tools/checkdoc checks the output.

bats_require_minimum_version 1.5.0
load test_helper

setup() {
	[ -x "$TESTBIN/gendocs" ] || skip "build the helpers with make check"
}

@test "plain text: one doc record each, sentences cover every non-space byte in order, offsets on boundaries, valid JSON and UTF-8" {
	mkdir "$BATS_TEST_TMPDIR/d"
	"$TESTBIN/gendocs" 11 60 "$BATS_TEST_TMPDIR/d"
	files=()
	for i in $(seq 0 59); do files+=("$BATS_TEST_TMPDIR/d/doc-$i.txt"); done
	run segment "${files[@]}"
	[ "$status" -le 1 ] || fail "segment exit $status"
	segment "${files[@]}" 2>/dev/null | tag-entities 2>/dev/null | extract-quotes > "$BATS_TEST_TMPDIR/out" 2>/dev/null || [ $? -le 1 ]
	run "$TESTBIN/checkdoc" "${files[@]}" -- "$BATS_TEST_TMPDIR/out"
	assert_success
}

@test "--jsonl: the same properties, and the whole pipeline's quotes point inside their documents" {
	"$TESTBIN/gendocs" 23 300 - > "$BATS_TEST_TMPDIR/in.jsonl"
	segment --jsonl "$BATS_TEST_TMPDIR/in.jsonl" | tag-entities | extract-quotes > "$BATS_TEST_TMPDIR/out"
	run "$TESTBIN/checkdoc" --jsonl "$BATS_TEST_TMPDIR/in.jsonl" "$BATS_TEST_TMPDIR/out"
	assert_success
	run sh -c "to-json < '$BATS_TEST_TMPDIR/out' | wc -l"
	assert_output 300
}

@test "output is byte-identical from run to run" {
	"$TESTBIN/gendocs" 5 100 - > "$BATS_TEST_TMPDIR/in.jsonl"
	a=$(segment --jsonl "$BATS_TEST_TMPDIR/in.jsonl" | tag-entities | extract-quotes | to-json | cksum)
	b=$(segment --jsonl "$BATS_TEST_TMPDIR/in.jsonl" | tag-entities | extract-quotes | to-json | cksum)
	assert_equal "$a" "$b"
}

@test "the checker fails on output that breaks a property" {
	"$TESTBIN/gendocs" 3 4 - > "$BATS_TEST_TMPDIR/in.jsonl"
	segment --jsonl "$BATS_TEST_TMPDIR/in.jsonl" | sed '0,/"type":"sentence"/{/"type":"sentence"/d}' > "$BATS_TEST_TMPDIR/out"
	run "$TESTBIN/checkdoc" --jsonl "$BATS_TEST_TMPDIR/in.jsonl" "$BATS_TEST_TMPDIR/out"
	assert_failure
}
