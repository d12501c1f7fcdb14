#!/usr/bin/env bats
# to-json: one object per document.

bats_require_minimum_version 1.5.0
load test_helper

@test "one object a document, keys in the documented order" {
	f="$(fixture extract-quotes article.txt)"
	run sh -c "segment '$f' | tag-entities | extract-quotes | to-json | jq -c 'keys_unsorted'"
	assert_success
	assert_output '["type","doc","bytes","sentences","entities","quotes","speakers"]'
}

@test "entities: one entry per distinct entity with its forms and count; speakers in order of first quote" {
	f="$(fixture extract-quotes article.txt)"
	run sh -c "segment '$f' | tag-entities | extract-quotes | to-json | jq -c '(.entities[] | select(.canonical == \"Adaeze Okafor\")), .speakers[0]'"
	assert_output '{"canonical":"Adaeze Okafor","label":"PERSON","forms":["Okafor","Adaeze Okafor"],"count":3}
{"speaker":"Adaeze Okafor","label":"PERSON","quotes":5}'
}

@test "sentences and quotes keep their fields, less type and doc" {
	f="$(fixture extract-quotes article.txt)"
	a=$(segment "$f" | tag-entities | extract-quotes | jq -c 'select(.type=="sentence") | del(.type, .doc)')
	b=$(segment "$f" | tag-entities | extract-quotes | to-json | jq -c '.sentences[]')
	assert_equal "$a" "$b"
	a=$(segment "$f" | tag-entities | extract-quotes | jq -c 'select(.type=="quote") | del(.type, .doc)')
	b=$(segment "$f" | tag-entities | extract-quotes | to-json | jq -c '.quotes[]')
	assert_equal "$a" "$b"
}

@test "--pretty is the same document, indented" {
	f="$(fixture extract-quotes article.txt)"
	a=$(segment "$f" | tag-entities | extract-quotes | to-json | jq -cS .)
	b=$(segment "$f" | tag-entities | extract-quotes | to-json --pretty | jq -cS .)
	assert_equal "$a" "$b"
	run sh -c "segment '$f' | to-json --pretty | sed -n 2p"
	assert_output '  "type": "doc",'
}

@test "right after segment: sentences, and empty entities, quotes and speakers" {
	run sh -c "echo 'One. Two.' | segment | to-json"
	assert_output '{"type":"doc","doc":"-","bytes":10,"sentences":[{"n":0,"para":0,"start":0,"end":4,"text":"One."},{"n":1,"para":0,"start":5,"end":9,"text":"Two."}],"entities":[],"quotes":[],"speakers":[]}'
}

@test "records of unknown types are kept whole under other; metadata stays" {
	printf '%s\n' '{"type":"doc","doc":"d","bytes":4,"url":"http://x"}' '{"type":"note","doc":"d","v":[1]}' \
	    '{"type":"sentence","doc":"d","n":0,"para":0,"start":0,"end":4,"text":"Hey."}' > "$BATS_TEST_TMPDIR/in"
	run to-json "$BATS_TEST_TMPDIR/in"
	assert_success
	assert_output '{"type":"doc","doc":"d","bytes":4,"url":"http://x","sentences":[{"n":0,"para":0,"start":0,"end":4,"text":"Hey."}],"entities":[],"quotes":[],"speakers":[],"other":[{"type":"note","doc":"d","v":[1]}]}'
}

@test "bad input: records of a document that are not contiguous are reported and skipped" {
	printf '%s\n' '{"type":"doc","doc":"a"}' '{"type":"doc","doc":"b"}' '{"type":"sentence","doc":"a","n":0,"start":0,"text":"x"}' > "$BATS_TEST_TMPDIR/in"
	run -1 to-json "$BATS_TEST_TMPDIR/in"
	assert_line "to-json: $BATS_TEST_TMPDIR/in:3: cannot parse record: a sentence record before any doc record (document \"a\"); skipped"
	assert_equal "$(echo "$output" | grep -c '^{')" 2
	printf '%s\n' '{"type":"doc","doc":"a"}' '{"type":"doc","doc":"b"}' '{"type":"doc","doc":"a"}' > "$BATS_TEST_TMPDIR/in2"
	run -1 to-json "$BATS_TEST_TMPDIR/in2"
	assert_line "to-json: $BATS_TEST_TMPDIR/in2:3: cannot parse record: records of document \"a\" are not contiguous; skipped"
}

@test "a split document is found within the last 65536 documents, not beyond" {
	awk 'BEGIN { for (i = 0; i < 70000; i++) printf "{\"type\":\"doc\",\"doc\":\"d%d\"}\n", i
	    print "{\"type\":\"doc\",\"doc\":\"d4000\"}"; print "{\"type\":\"doc\",\"doc\":\"d5000\"}" }' > "$BATS_TEST_TMPDIR/in"
	run -1 sh -c "to-json '$BATS_TEST_TMPDIR/in' >'$BATS_TEST_TMPDIR/out' 2>'$BATS_TEST_TMPDIR/err'"
	run wc -l < "$BATS_TEST_TMPDIR/out"
	assert_output 70001
	run cat "$BATS_TEST_TMPDIR/err"
	assert_output "to-json: $BATS_TEST_TMPDIR/in:70002: cannot parse record: records of document \"d5000\" are not contiguous; skipped"
}

@test "sentence and quote records in another key order or spacing keep their fields" {
	printf '%s\n' '{"type":"doc","doc":"d"}' '{"type" : "sentence" , "doc" : "d" ,  "n":0,"start":0,"end":2,"text":"Hi"}' \
	    '{"doc":"d","type":"sentence","n":1,"start":3,"end":5,"text":"Yo"}' '{"type":"quote","doc":"d"}' > "$BATS_TEST_TMPDIR/in"
	run to-json "$BATS_TEST_TMPDIR/in"
	assert_success
	run jq -c '.sentences, .quotes' <<<"$output"
	assert_output '[{"n":0,"start":0,"end":2,"text":"Hi"},{"n":1,"start":3,"end":5,"text":"Yo"}]
[{}]'
}

@test "entity members in any spacing, the last of a duplicated name, an escaped name: read as jansson reads them" {
	printf '%s\n' '{"type":"doc","doc":"d"}' \
	    '{"type":"sentence","doc":"d","n":0,"start":0,"end":8,"text":"Tom Hale","entities":[ 7 , { "text" : "Tom Hale" , "label":"ORG","c\u0061nonical":"Thomas Hale","label":"PERSON" } ,{"text":"Tom","label":"PERSON","canonical":"Thomas Hale"}]}' > "$BATS_TEST_TMPDIR/in"
	run to-json "$BATS_TEST_TMPDIR/in"
	assert_success
	run jq -c '.entities' <<<"$output"
	assert_output '[{"canonical":"Thomas Hale","label":"PERSON","forms":["Tom Hale","Tom"],"count":2}]'
}

@test "bad input: a quote record before any doc record" {
	printf '%s\n' '{"type":"quote","doc":"q","n":0,"text":"x"}' '{"type":"doc","doc":"d"}' > "$BATS_TEST_TMPDIR/in"
	run -1 to-json "$BATS_TEST_TMPDIR/in"
	assert_line "to-json: $BATS_TEST_TMPDIR/in:1: cannot parse record: a quote record before any doc record (document \"q\"); skipped"
	assert_line --partial '{"type":"doc","doc":"d"'
}

@test "bad input: duplicate sentence numbers are reported, the first kept" {
	printf '%s\n' '{"type":"doc","doc":"d"}' '{"type":"sentence","doc":"d","n":0,"start":0,"text":"A."}' \
	    '{"type":"sentence","doc":"d","n":0,"start":3,"text":"B."}' > "$BATS_TEST_TMPDIR/in"
	run -1 to-json "$BATS_TEST_TMPDIR/in"
	assert_line "to-json: $BATS_TEST_TMPDIR/in:3: cannot parse record: duplicate sentence number 0; skipped"
	assert_line --partial '"sentences":[{"n":0,"start":0,"text":"A."}]'
}

@test "empty input gives empty output and exit 0" {
	run to-json < /dev/null
	assert_success
	assert_output ""
}

@test "bad input: a record nested 10^5 deep is reported, not a stack overflow" {
	{ printf '{"type":"doc","doc":"d","x":'; head -c 100000 /dev/zero | tr '\0' '['; head -c 100000 /dev/zero | tr '\0' ']'; printf '}\n{"type":"doc","doc":"e"}\n'; } > "$BATS_TEST_TMPDIR/in"
	run -1 to-json "$BATS_TEST_TMPDIR/in"
	assert_line "to-json: $BATS_TEST_TMPDIR/in:1: cannot parse record: maximum parsing depth reached (column 2076)"
	assert_line --partial '"doc":"e"'
}
