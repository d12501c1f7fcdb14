#!/usr/bin/env bats
# The tools together.

bats_require_minimum_version 1.5.0
load test_helper

# many: a --jsonl stream of N small articles with quotes and names
many() {
	local i
	for i in $(seq 1 "$1"); do
		printf '{"id":"story-%d","src":"fixture","text":"Vote %d delayed in Oslo\\n\\n\\"We need more time,\\" said Mayor Ida Berg. She said that a report was due in May."}\n' "$i" "$i"
	done
}

@test "the whole chain on an article: one document with sentences, entities, quotes, speakers" {
	run sh -c "segment '$(fixture extract-quotes article.txt)' | tag-entities | extract-quotes | to-json | jq -c '[(.sentences|length), (.entities|length > 5), (.quotes|length), .speakers[0].speaker]'"
	assert_success
	assert_output '[11,true,10,"Adaeze Okafor"]'
}

@test "every line of every stage is a record: type first, doc second, integer offsets" {
	f="$(fixture extract-quotes article.txt)"
	segment "$f" > "$BATS_TEST_TMPDIR/1"
	tag-entities < "$BATS_TEST_TMPDIR/1" > "$BATS_TEST_TMPDIR/2"
	extract-quotes < "$BATS_TEST_TMPDIR/2" > "$BATS_TEST_TMPDIR/3"
	for s in 1 2 3; do
		check_records "$BATS_TEST_TMPDIR/$s"
	done
}

@test "stages left out: segment | extract-quotes, and to-json right after segment" {
	run sh -c "segment '$(fixture extract-quotes article.txt)' | extract-quotes | to-json | jq -c '[(.quotes|length), (.entities|length)]'"
	assert_output '[10,0]'
	run sh -c "segment '$(fixture extract-quotes article.txt)' | to-json | jq -c '[(.sentences|length), (.quotes|length)]'"
	assert_output '[11,0]'
}

@test "each stage run twice gives the same output as once" {
	f="$(fixture extract-quotes article.txt)"
	segment "$f" > "$BATS_TEST_TMPDIR/s"
	assert_equal "$(tag-entities < "$BATS_TEST_TMPDIR/s" | cksum)" "$(tag-entities < "$BATS_TEST_TMPDIR/s" | tag-entities | cksum)"
	tag-entities < "$BATS_TEST_TMPDIR/s" > "$BATS_TEST_TMPDIR/t"
	assert_equal "$(extract-quotes < "$BATS_TEST_TMPDIR/t" | cksum)" "$(extract-quotes < "$BATS_TEST_TMPDIR/t" | extract-quotes | cksum)"
}

@test "unknown fields and record types survive every stage" {
	many 3 | segment --jsonl | jq -c 'if .type == "sentence" then .extra = {"k": [1, "two"]} else . end' > "$BATS_TEST_TMPDIR/s"
	printf '%s\n' '{"type":"comment","doc":"story-3","by":"editor"}' >> "$BATS_TEST_TMPDIR/s"
	tag-entities < "$BATS_TEST_TMPDIR/s" | extract-quotes > "$BATS_TEST_TMPDIR/out"
	assert_equal "$(grep -c '"extra":{"k":\[1,"two"\]}' "$BATS_TEST_TMPDIR/out")" "$(grep -c '"extra"' "$BATS_TEST_TMPDIR/s")"
	run grep -c '{"type":"comment","doc":"story-3","by":"editor"}' "$BATS_TEST_TMPDIR/out"
	assert_output 1
	run sh -c "to-json < '$BATS_TEST_TMPDIR/out' | jq -c 'select(.doc == \"story-3\") | [.src, .other, .sentences[0].extra]'"
	assert_output '["fixture",[{"type":"comment","doc":"story-3","by":"editor"}],{"k":[1,"two"]}]'
}

@test "many documents in one stream stay separate and in order" {
	many 300 > "$BATS_TEST_TMPDIR/in"
	run sh -c "segment --jsonl '$BATS_TEST_TMPDIR/in' | tag-entities | extract-quotes | to-json | jq -r '\"\(.doc) \(.quotes | length) \(.speakers[0].speaker)\"' | sort -u | wc -l"
	assert_output 300
	run sh -c "segment --jsonl '$BATS_TEST_TMPDIR/in' | tag-entities | extract-quotes | to-json | jq -r .doc | tr '\n' ' '"
	assert_output "$(seq -f 'story-%g' 1 300 | tr '\n' ' ')"
	run sh -c "segment --jsonl '$BATS_TEST_TMPDIR/in' | tag-entities | extract-quotes | to-json | jq -r '.speakers[0].speaker' | sort -u"
	assert_output "Ida Berg"
}

@test "GNU parallel over a many-document stream gives byte-identical output to the serial run" {
	many 500 > "$BATS_TEST_TMPDIR/in"
	serial=$(segment --jsonl "$BATS_TEST_TMPDIR/in" | tag-entities | extract-quotes | to-json | cksum)
	par=$(parallel --will-cite --pipe --keep-order -N 37 -j 2 'segment --jsonl | tag-entities | extract-quotes | to-json' < "$BATS_TEST_TMPDIR/in" | cksum)
	assert_equal "$par" "$serial"
}
