#!/usr/bin/env bats
# segment: raw text to doc and sentence records.

bats_require_minimum_version 1.5.0
load test_helper

sentences() {	# sentences: the "text" of each sentence record, one a line
	jq -r 'select(.type == "sentence") | .text'
}

@test "golden fixtures: news layout, lists, wrapped lines, CRLF, spaces" {
	cd "$TOP/tests/fixtures/segment"
	for f in *.in; do
		run segment "$f"
		assert_success
		assert_output "$(cat "${f%.in}.jsonl")"
	done
}

@test "every record keeps the contract and text == input[start:end]" {
	for f in news crlf spaces wrapped lists; do
		segment "$(fixture segment $f.in)" > "$BATS_TEST_TMPDIR/out"
		check_records "$BATS_TEST_TMPDIR/out"
		check_slices "$(fixture segment $f.in)" "$BATS_TEST_TMPDIR/out"
	done
}

@test "abbreviations, titles and initials stay inside the sentence" {
	run sh -c 'printf "%s" "Gov. Ann Lee met Gen. Li at 9 a.m. on Sept. 3 at No. 10 Downing St. in London. J. K. Rowling and George W. Bush were not there. Acme Inc. said so." | segment'
	assert_success
	assert_equal "$(echo "$output" | sentences)" "Gov. Ann Lee met Gen. Li at 9 a.m. on Sept. 3 at No. 10 Downing St. in London.
J. K. Rowling and George W. Bush were not there.
Acme Inc. said so."
}

@test "an ambiguous abbreviation ends a sentence before a sentence opener" {
	run sh -c 'printf "%s" "She moved to the U.S. They followed. He works for the U.S. Navy. It is 5 p.m. The shop is closed." | segment | jq -r "select(.type==\"sentence\").text"'
	assert_output "She moved to the U.S.
They followed.
He works for the U.S. Navy.
It is 5 p.m.
The shop is closed."
}

@test "an adverb in -ly set off by a comma opens a sentence after an ambiguous abbreviation ('in the U.K. Currently, ...'); a short name does not ('Gen. Kelly, who ...')" {
	run sh -c 'printf "%s" "He spoke to a paper in the U.K. Currently, he lives in Carrow. Tom met Gen. Kelly, who said no." | segment | jq -r "select(.type==\"sentence\").text"'
	assert_output "He spoke to a paper in the U.K.
Currently, he lives in Carrow.
Tom met Gen. Kelly, who said no."
}

@test "numbers, money, URLs, e-mail addresses and ellipses" {
	run sh -c 'printf "%s" "Shares rose 2.5% to \$10.25. Read https://example.org/a.b.html. Write to desk@example.co.uk. He paused... Then he left... and came back." | segment | jq -r "select(.type==\"sentence\").text"'
	assert_output "Shares rose 2.5% to \$10.25.
Read https://example.org/a.b.html.
Write to desk@example.co.uk.
He paused...
Then he left... and came back."
}

@test "a full stop with no space after it ends a sentence before a capitalised word ('world.Today'), not inside a name written with dots ('Halo.Bungie.Org', 'Example.Com')" {
	run sh -c 'printf "%s" "It ended the world.Today we start. Visit Halo.Bungie.Org today. Go to Example.Com now." | segment | jq -r "select(.type==\"sentence\").text"'
	assert_output "It ended the world.
Today we start.
Visit Halo.Bungie.Org today.
Go to Example.Com now."
}

@test "quotes: closing mark after the stop, question with a lower-case attribution" {
	run sh -c "printf '%s' '\"Why now?\" he asked. \"It is over.\" She left. ‘Enough,’ he said. “We agree. We will sign.” Then he smiled.' | segment | jq -r 'select(.type==\"sentence\").text'"
	assert_output "\"Why now?\" he asked.
\"It is over.\"
She left.
‘Enough,’ he said.
“We agree.
We will sign.”
Then he smiled."
}

@test "standard input is document \"-\" unless --id names it" {
	run sh -c 'echo "One. Two." | segment | jq -r .doc | sort -u'
	assert_equal "$output" "-"
	run sh -c 'echo "One. Two." | segment --id story-7 | jq -r .doc | sort -u'
	assert_output "story-7"
}

@test "--jsonl: ids, numeric ids, missing ids and metadata reach the doc record" {
	printf '%s\n' '{"id":"a","text":"One. Two.","url":"http://x","date":"2024-01-02"}' \
	    '{"id":42,"text":"Three."}' '{"text":"Four."}' > "$BATS_TEST_TMPDIR/in"
	run segment --jsonl "$BATS_TEST_TMPDIR/in"
	assert_success
	assert_line --index 0 '{"type":"doc","doc":"a","bytes":9,"url":"http://x","date":"2024-01-02"}'
	run sh -c "segment --jsonl '$BATS_TEST_TMPDIR/in' | jq -r 'select(.type==\"doc\").doc'"
	assert_output "a
42
$BATS_TEST_TMPDIR/in:3"
}

@test "--jsonl reads ids as jansson does: reals, the last of duplicate keys, escaped keys and strings" {
	printf '%s\n' '{"id":1.5e3,"text":"x"}' '{"id":"a","text":"t","id":"b"}' \
	    '{"i\u0064":"esc","text":"t"}' '{"id":"q\u00e9\"","text":"a\"b\u00e9"}' \
	    '{"id":-0,"text":"y","meta":{"k": [1, 2.50]}}' > "$BATS_TEST_TMPDIR/in"
	run sh -c "segment --jsonl '$BATS_TEST_TMPDIR/in' | grep '\"type\":\"doc\"'"
	assert_success
	assert_output '{"type":"doc","doc":"1500","bytes":1}
{"type":"doc","doc":"b","bytes":1}
{"type":"doc","doc":"esc","bytes":1}
{"type":"doc","doc":"qé\"","bytes":5}
{"type":"doc","doc":"0","bytes":1,"meta":{"k":[1,2.5]}}'
}

@test "many documents in one stream stay contiguous and in order" {
	for i in $(seq 1 50); do printf '{"id":"d%d","text":"Story %d. It ends."}\n' $i $i; done > "$BATS_TEST_TMPDIR/in"
	run sh -c "segment --jsonl '$BATS_TEST_TMPDIR/in' | jq -r .doc | uniq | tr '\n' ' '"
	assert_output "$(seq -f 'd%g' 1 50 | tr '\n' ' ')"
}

@test "same input, byte-identical output" {
	a=$(segment "$(fixture segment news.in)" | cksum)
	b=$(segment "$(fixture segment news.in)" | cksum)
	assert_equal "$a" "$b"
}

@test "bad input: empty input gives one doc record and no sentence" {
	run sh -c 'segment < /dev/null'
	assert_success
	assert_output '{"type":"doc","doc":"-","bytes":0}'
}

@test "bad input: whitespace only" {
	run sh -c 'printf " \n\t\n\n  " | segment'
	assert_success
	assert_output '{"type":"doc","doc":"-","bytes":7}'
}

@test "bad input: no final newline" {
	run sh -c 'printf "Last line. No newline" | segment | jq -c "[.type, .end]"'
	assert_output '["doc",null]
["sentence",10]
["sentence",21]'
}

@test "bad input: NUL bytes are kept as \\u0000 with exact offsets" {
	run sh -c 'printf "A\000B. Next." | segment'
	assert_success
	assert_line --index 1 '{"type":"sentence","doc":"-","n":0,"para":0,"start":0,"end":4,"text":"A\u0000B."}'
}

@test "bad input: invalid UTF-8 becomes U+FFFD, offsets count the original bytes, one warning" {
	printf 'Caf\351 one. Na\377\376ve two.' > "$BATS_TEST_TMPDIR/bad.txt"
	run -1 segment "$BATS_TEST_TMPDIR/bad.txt"
	assert_line --index 1 --partial $'"start":0,"end":9,"text":"Caf\xef\xbf\xbd one."'
	assert_line --index 2 --partial $'"start":10,"end":21,"text":"Na\xef\xbf\xbd\xef\xbf\xbdve two."'
	run sh -c "segment '$BATS_TEST_TMPDIR/bad.txt' 2>&1 >/dev/null"
	assert_output "segment: $BATS_TEST_TMPDIR/bad.txt: invalid UTF-8: 3 bytes replaced with U+FFFD in text"
}

@test "bad input: --jsonl with invalid UTF-8 in a line keeps the document" {
	printf '{"id":"x","text":"Bad \377 byte."}\n' > "$BATS_TEST_TMPDIR/in"
	run -1 segment --jsonl "$BATS_TEST_TMPDIR/in"
	assert_line --partial $'"text":"Bad \xef\xbf\xbd byte."'
}

@test "bad input: a 50 MB line is one document" {
	head -c 50000000 /dev/zero | tr '\0' 'a' > "$BATS_TEST_TMPDIR/big"
	printf '. The end.\n' >> "$BATS_TEST_TMPDIR/big"
	run sh -c "segment '$BATS_TEST_TMPDIR/big' | jq -c 'select(.type==\"sentence\") | [.start, .end]'"
	assert_success
	assert_output '[0,50000001]
[50000002,50000010]'
}

@test "bad input: --jsonl truncated, non-object, missing and non-string text lines are reported and skipped" {
	printf '%s\n' '{"id":"ok1","text":"Fine."}' '{"id":"t","text":"cut' '[1,2]' \
	    '{"id":"m"}' '{"id":"n","text":7}' '{"id":"ok2","text":"Also fine."}' > "$BATS_TEST_TMPDIR/in"
	run -1 segment --jsonl "$BATS_TEST_TMPDIR/in"
	assert_equal "$(echo "$output" | grep '^{' | jq -r 'select(.type=="doc").doc' | tr '\n' ' ')" "ok1 ok2 "
	assert_line --partial "segment: $BATS_TEST_TMPDIR/in:2: cannot parse record:"
	assert_line "segment: $BATS_TEST_TMPDIR/in:3: cannot parse record: not a JSON object"
	assert_line "segment: $BATS_TEST_TMPDIR/in:4: cannot parse record: missing \"text\""
	assert_line "segment: $BATS_TEST_TMPDIR/in:5: cannot parse record: non-string \"text\""
}

@test "bad input: an unreadable file is reported, the other files are processed, exit 3" {
	echo "Kept." > "$BATS_TEST_TMPDIR/ok.txt"
	run -3 segment "$BATS_TEST_TMPDIR/nope.txt" "$BATS_TEST_TMPDIR/ok.txt"
	assert_line "segment: $BATS_TEST_TMPDIR/nope.txt: cannot open: No such file or directory"
	assert_line --partial '"text":"Kept."'
}

@test "bad input: output to a full device exits 3" {
	run -3 sh -c 'echo "One." | segment > /dev/full'
	assert_output --partial "segment: cannot write output"
}

@test "bad input: a closed pipe ends quietly" {
	run sh -c 'yes "A sentence here." | head -c 5000000 | segment 2>"$BATS_TEST_TMPDIR/err" | head -1 > /dev/null; cat "$BATS_TEST_TMPDIR/err"'
	assert_success
	assert_output ""
}

@test "bad input: --jsonl metadata nested 10^5 deep is reported, not a stack overflow" {
	{ printf '{"id":"deep","text":"Fine.","meta":'; head -c 100000 /dev/zero | tr '\0' '['; head -c 100000 /dev/zero | tr '\0' ']'; printf '}\n{"id":"next","text":"Also fine."}\n'; } > "$BATS_TEST_TMPDIR/in"
	run -1 segment --jsonl "$BATS_TEST_TMPDIR/in"
	assert_line --partial "segment: $BATS_TEST_TMPDIR/in:1: cannot parse record: maximum parsing depth reached"
	assert_line --partial '"doc":"next"'
}

@test "a sentence after white space a reader of the sentences could not put back (a line break after a full stop, a tab, a no-break space, CRLF between paragraphs) carries it as \"gap\"; one after plain spaces or a blank line does not" {
	printf 'One ends.\nTwo ends.\tThree ends.\xc2\xa0Four ends.  Five ends.\n\nSix ends.\r\n\r\nSeven ends.\n' > "$BATS_TEST_TMPDIR/g.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/g.txt' | jq -c 'select(.type == \"sentence\") | [.text, (.gap | if . == null then null else explode end)]'"
	assert_success
	assert_output '["One ends.",null]
["Two ends.",[10]]
["Three ends.",[9]]
["Four ends.",[160]]
["Five ends.",null]
["Six ends.",null]
["Seven ends.",[13,10,13,10]]'
}
