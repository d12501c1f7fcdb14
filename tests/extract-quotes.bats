#!/usr/bin/env bats
# extract-quotes: quote records after each document.

bats_require_minimum_version 1.5.0
load test_helper

# quotes: "kind|speaker|text" of every quote record, one a line
quotes() {
	jq -r 'select(.type == "quote") | "\(.kind)|\(.speaker)|\(.text)"'
}

# quote_fields TEXT FIELDS [TEST]: TEXT through the whole pipeline, then
# FIELDS (a jq string's inside, "\(.text)|\(.speaker)") of every quote
# record that passes the jq TEST, one line a record
quote_fields() {
	printf '%s\n' "$1" | segment | tag-entities | extract-quotes |
	    jq -r "select(.type == \"quote\" and (${3:-true})) | \"$2\""
}

@test "golden fixture: direct, split, indirect, pronouns, descriptions, according to, scare quotes" {
	cd "$TOP/tests/fixtures/extract-quotes"
	run sh -c 'segment article.txt | tag-entities | extract-quotes | grep "^{\"type\":\"quote\""'
	assert_success
	assert_output "$(cat article.jsonl)"
}

@test "golden fixture: guillemets, low-high marks, backticks, apostrophes, a stray mark, a quotation over two paragraphs" {
	cd "$TOP/tests/fixtures/extract-quotes"
	run sh -c 'segment marks.txt | extract-quotes | grep "^{\"type\":\"quote\""'
	assert_success
	assert_output "$(cat marks.jsonl)"
}

@test "two apostrophes open and close a quotation as newspapers write them: ''...''" {
	run sh -c "printf \"Mr. Tellig spoke.\\n\\n''This isn't a harbour plan, it's a wish list,'' Mr. Tellig said. He added: ''The message is clear.''\\n\" | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "This isn't a harbour plan, it's a wish list,|Tellig
The message is clear.|Tellig"
}

@test "a quotation that a verb of its own opens inside a report is a record of its own, and the report stops before it" {
	printf '%s\n\n%s\n\n%s\n' \
	    'Ana Ruiz said the talks had failed, and when pressed on the date, the mother of three replied, "We will meet again in May."' \
	    'Labour'"'"'s Lena Okoro said Mr Ruiz had a "hard" week adding: "The work is done."' \
	    'Ana Ruiz said that the man shouted: "You will pay for this."' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.kind)|\(.speaker)|\(.cue)|\(.text)\"'"
	assert_success
	assert_output 'indirect|Ana Ruiz|said|the talks had failed
direct|the mother of three|replied|We will meet again in May.
indirect|Lena Okoro|said|Mr Ruiz had a "hard" week
direct|Lena Okoro|adding|The work is done.
direct|the man|shouted|You will pay for this.'
}

@test "the subject of a participle's report is found past an opening phrase after a conjunction ('But in an interview with the Carrow Post, Ana Ruiz refused ..., saying')" {
	run sh -c "printf 'But in an interview with the Carrow Post, Ana Ruiz refused to be pinned down to that date, saying the town would hold a poll next year.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\" and .cue == \"saying\") | \"\(.cue)|\(.speaker)|\(.text)\"'"
	assert_success
	assert_output "saying|Ana Ruiz|the town would hold a poll next year"
}

@test "the MP is the MP the document names, and the MP for a place is no place" {
	run sh -c "printf 'The MP for Sheffield said the bridge would open in May.\n\nTory MP Tom Hale spoke in Carrow on Monday.\n\n\"They selected me and they can drop me,\" the MP said.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_success
	assert_output "The MP for Sheffield|The MP for Sheffield
Tom Hale|the MP"
}

@test "an acronym in the plural with a place after it is the speaker, not the place ('MPs from Carrow said', 'GPs in Tellby feared')" {
	run sh -c "printf 'MPs from Carrow said the plan would fail.\n\nGPs in Tellby had feared patients could be pushed back.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_success
	assert_output "MPs from Carrow|MPs from Carrow
GPs in Tellby|GPs in Tellby"
}

@test "a party's source who told and then said is the whole subject of both ('A Labour source told ... but said')" {
	run sh -c "printf 'A Labour source told the Sunday Times Tom Hale would front the campaign but said he would be given no formal title.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.mention)|\(.cue)\"'"
	assert_success
	assert_output "A Labour source|told
A Labour source|said"
}

@test "a quotation ending in '?' or '!' takes the attribution that is the next sentence ('\"...?\" Lena Okoro asked.'); a nickname inside a name is no quotation, and the report around it is read" {
	printf '%s\n\n%s\n\n%s\n\n%s\n' 'Bobby Hale spoke in Carrow on Monday.' '"Is this fair to the town?" Lena Okoro asked.' '"It is a big year for us!" Ana Ruiz, the mayor, shouted.' 'The crowd cheered as Marcia "Cia" Vexmoor shouted that the town would win.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_success
	assert_output "Lena Okoro|asked|Is this fair to the town?
Ana Ruiz|shouted|It is a big year for us!
Marcia \"Cia\" Vexmoor|shouted|the town would win"
}

@test "a participle's phrase hangs on the pronoun subject of the clause after a comma or a conjunction ('..., but he refuses ..., aside from saying ...')" {
	printf '%s\n\n%s\n' 'Tom Hale has said twenty people want the seat, but he refuses to discuss them, aside from saying he wants a diverse team.' 'Lena Okoro spoke in Carrow on Monday. But challenged on the remark, she denied accusing Tellby of using the council as cover.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\" and (.cue == \"saying\" or .cue == \"accusing\")) | \"\(.cue)|\(.speaker)|\(.mention)\"'"
	assert_success
	assert_output "saying|Tom Hale|he
accusing|Lena Okoro|she"
}

@test "the object of a verb further on after a quotation is no inverted speaker ('the phrase \"...\" often in his campaign, and criticized Ana Ruiz')" {
	run sh -c "printf 'Tom Hale has used the phrase \"harbour tax\" often in his campaign, and criticized Ana Ruiz for not doing so.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.kind)|\(.speaker)|\(.text)\"'"
	assert_success
	assert_output "indirect|Tom Hale|Ana Ruiz for not doing so"
}

@test "a written source with 'that' and a reporting verb in the past after it is a relative clause: the report showed it, and reported nothing" {
	run sh -c "printf 'Prices rose despite a report that showed supplies were rising.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_success
	assert_output "a report|showed|supplies were rising"
}

@test "an infinitive after a verb that takes one is the report, not a later 'that' ('vowed to sue any company that buys', 'refuses to accept their denials that')" {
	printf '%s\n\n%s\n' 'The firm vowed to sue any company that buys its assets.' "The Carrow council refuses to accept Tellby's denials that it was behind the leak." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_success
	assert_output "The firm|vowed|to sue any company that buys its assets
The Carrow council|refuses|to accept Tellby's denials that it was behind the leak"
}

@test "one clause reported by two cues is one record, by the nearer cue" {
	run sh -c "printf 'Ana Ruiz is expected to point to figures showing that sales rose in the third quarter.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.cue)|\(.speaker)|\(.text)\"'"
	assert_success
	assert_output "point|Ana Ruiz|sales rose in the third quarter"
}

@test "a direct quote's text is the document's bytes at its offsets, and so is its mention" {
	f="$(fixture extract-quotes article.txt)"
	segment "$f" | tag-entities | extract-quotes | jq -r 'select(.type=="quote") |
	    "\(.start)\t\(.end)\t\(.text)", (select(.mention != null) | "\(.mention_start)\t\(.mention_end)\t\(.mention)")' |
	while IFS=$'\t' read -r s e t; do
		got=$(tail -c +"$((s + 1))" "$f" | head -c "$((e - s))")
		[ "$got" = "$t" ] || fail "'$t' at $s-$e reads '$got'"
	done
}

@test "the speaker is resolved: inverted cue, pronoun, description, surname" {
	printf '%s' 'Interior Minister Sara Holt visited the port. "We are ready," said Holt. The minister said that new cranes would arrive. "It will be quick," she added.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "Sara Holt|Holt|said
Sara Holt|The minister|said
Sara Holt|she|added"
}

@test "a pronoun stands for the first person after a clause that opens the sentence before with a subordinator ('When Tom Hale left Tellby, Carl Berg took over')" {
	run sh -c "printf 'When Tom Hale left Tellby, Carl Berg took over the firm. \"It is mine now,\" he said.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "Carl Berg|he"
}

@test "reported clauses after determiners and prepositions; subjects across 'plans to', titles, coordination" {
	f="$(fixture extract-quotes clauses.txt)"
	run sh -c "segment '$f' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_success
	# "said the campaign planned": a clause, not an inverted attribution
	# (a past "planned" is no attribution of its own, "plans to" is);
	# "called for X", "asked about X": X was said; "spoke on Monday":
	# nothing was; "vowed to" + a partial quote: the reported clause
	# holds the quote
	assert_output "indirect|The campaign of her rival|The campaign of her rival|said|the campaign planned to bus in volunteers
indirect|Mara Linde|Linde|called|a review of the ferry contracts
indirect|Tomas Ferreira|Rep. Tomas Ferreira|asked|the budget
direct|Tomas Ferreira|Rep. Tomas Ferreira|said|We will not wait,
indirect|Mara Linde|The governor|outlined|her plan
indirect|Mara Linde|The governor|vowed|to \"finish the bridge by spring.\"
indirect|Mara Linde|Linde|plans|to call on the council to approve it
indirect|Mara Linde|Linde|call|the council to approve it
indirect|Tomas Ferreira|He|claiming|the ferry was late
indirect|a city official|a city official|said|the count would resume
indirect|Piet Lorsen|Piet Lorsen|said|he cannot comment on the letter
indirect|Dana Schell|Dana Schell|said|no decision had been made
indirect|Stefan Lynd|Rep. Stefan Lynd|said|the law does not require inspections
indirect|Lars Berg|He|told|the talks had failed
indirect|Lars Berg|He|said|the vote would go ahead
indirect|The ministry|The ministry|said|the plant was safe
indirect|Lars Berg|Berg|told|prices would fall
indirect|Lars Berg|Berg|insisted|the deal was fair
indirect|Lars Berg|Berg|added|more talks were needed
indirect|The harbour master|The harbour master|praised|the new ferry schedule"
}

@test "attribution after a quote ('Vetter demanded', 'she continued', 'Rep. Marsh (D-Ore.) said'), after an appositive participle, a signature after a dash, a quoted transcript line" {
	f="$(fixture extract-quotes attribution.txt)"
	run sh -c "segment '$f' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_success
	assert_output "direct|Ann Vetter|Vetter|demanded|Why not sell the old ferries?
direct|Ann Vetter|she|continued|We must act now,
direct|Gwen Marsh|Rep. Gwen Marsh (D-Ore.)|said|The deal is dead for now,
indirect|Ruth Adeyemi|Mayor Ruth Adeyemi|said|the port would reopen
direct|Sonja Hallberg|Sonja Hallberg|null|He stands for the worst of the old harbour.
direct|Ruth Adeyemi|ADEYEMI|null|Well, look, the question really should be about the ferries and their fares.
indirect|Tomas Ferreira|Tomas Ferreira|saying|the count was rigged"
}

@test "attitudes: intentions ('wants to'), beliefs ('thought the ...'), objects of support, 'asked whether', 'said that, if ...'; transcript turns each their own quote" {
	f="$(fixture extract-quotes attitudes.txt)"
	run sh -c "segment '$f' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_success
	# a transcript paragraph that reopens with a new label is a new turn;
	# the curly quotation inside the straight one does not close it
	assert_output "indirect|Ruth Adeyemi|She|wants|to triple the number of ferries
indirect|The council|The council|plans|to release its budget next week
indirect|Ruth Adeyemi|Adeyemi|thought|the old schedule was a failure
indirect|Omar Pike|Councillor Omar Pike|supports|the new timetable
indirect|Omar Pike|Pike|asked|whether the ferry company had paid its fees
indirect|Omar Pike|He|said|if elected, he would open the books
direct|HOST|HOST|null|Mayor, the paper called it “a vanity project” on Friday. Is it?
direct|Ruth Adeyemi|ADEYEMI|null|No. The ferries carry nine thousand people a day.
direct|HOST|HOST|null|Thank you both."
}

@test "after a quote, a name with an affiliation or an appositive before the cue is the speaker" {
	printf '%s\n' '"The plan was the least bad outcome," Mr. Halloran of the Harbour Trust said. "We will pay for it," Irena Sokol, a lawyer and former judge, told me.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "Halloran|Mr. Halloran|said
Irena Sokol|Irena Sokol|told"
}

@test "the sentence's subject past an opening phrase, for a coordinated or -ing cue; an adverb is no part of the mention" {
	printf '%s\n' "In her speech, Halvorsen urged members to vote, and criticized the board's long silence. On Thursday, however, Mr. Okafor spoke to investors, promising to cut the fees. Mr. Brandt generally backed the plan and said he would vote for it." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Halvorsen|Halvorsen|urged|members to vote
Halvorsen|Halvorsen|criticized|the board's long silence
Okafor|Mr. Okafor|promising|to cut the fees
Brandt|Mr. Brandt|said|he would vote for it"
}

@test "an opening phrase is no part of the speaker: 'In a radio interview Linde', 'Last month the ferry board'" {
	printf '%s\n' "Governor Mara Linde toured the port. In a radio interview Linde said the port would close. Last month the ferry board announced it would cut fares." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Mara Linde|Linde|said|the port would close
the ferry board|the ferry board|announced|it would cut fares"
}

@test "a programme's or a book's title in marks is no quotation, even beside a cue" {
	printf '%s\n' "\"We will not raise fares,\" Mayor Ruth Adeyemi said on Radio Carrow's \"Morning Desk.\"" > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Ruth Adeyemi|We will not raise fares,"
}

@test "mixed quotations: a phrase between the cue and 'that', a hearer before 'that', the clause ends before ', but', 'and urged' and 'and says', each its own report" {
	f="$(fixture extract-quotes mixed.txt)"
	run sh -c "segment '$f' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.cue)|\(.text)\"'"
	assert_success
	assert_output "indirect|The ferry board|says|the timetable will change
indirect|Mara Linde|tweeted|the deal was \"a disgrace\"
indirect|Mara Linde|urged|voters to call the council
indirect|Adaeze Okafor|promising|lower fares and \"faster boats,\"
indirect|Adaeze Okafor|telling|the yard is \"safe\"
indirect|Adaeze Okafor|says|she will visit it"
}

@test "a long relative clause before the cue, 'Her aides say ... but noted that', ', saying the ...'" {
	printf '%s\n' "Ruth Adeyemi, who served as harbour master from 2012 until earlier this year, said the pier had been repaired. Her aides say it is too early to discuss a run but noted that she won twice. A judge unsealed the file, saying the courts have no business in it." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Ruth Adeyemi|Ruth Adeyemi|said|the pier had been repaired
Her aides|Her aides|say|it is too early to discuss a run
Her aides|Her aides|noted|she won twice
A judge|A judge|saying|the courts have no business in it"
}

@test "a speaker is a noun phrase: adverbs before the cue are passed over, a noun in -ly is kept" {
	printf '%s\n' "Mayor Ruth Adeyemi spoke. The family said the pier was unsafe. The board steadfastly refused to release the records. Local leaders said the port would reopen." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "The family|The family|said|the pier was unsafe
The board|The board|refused|to release the records
Local leaders|Local leaders|said|the port would reopen"
}

@test "a reported clause ends where a new attribution starts: after a dash, before 'and Councillors accused', ', and harbour pilots warned', ', told'" {
	printf '%s\n' "Linde said the vote was fair — and she noted that turnout was high. Adeyemi stressed that the pier was safe, and harbour pilots warned that the tide was high. Pike said the count was wrong and Councillors accused the board of delay. Okafor understood the deal would fail, told her aides to wait." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Linde|said|the vote was fair
Linde|noted|turnout was high
Adeyemi|stressed|the pier was safe
harbour pilots|warned|the tide was high
Pike|said|the count was wrong
Okafor|understood|the deal would fail"
}

@test "a reported clause before its attribution: ', said Okafor.', ', Ms. Linde said in an interview.', ', Mr. Pike said,' in the middle" {
	printf '%s\n' "The ferry will run until the spring storms begin, said Okafor." "" "Fares could double within a year, Ms. Linde said in an interview with the Carrow Star." "" "The old pier, Mr. Pike said, was never safe for the heavy trucks." "" "Like the mayor, I believe in the harbour." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Okafor|said|The ferry will run until the spring storms begin
Linde|said|Fares could double within a year
Pike|said|The old pier, Mr. Pike said, was never safe for the heavy trucks"
}

@test "present-tense attributions with the speaker before them (', she concedes,', ', the survey concludes.'); none after a relative pronoun or before a name" {
	printf '%s\n' "The ferry, Ms. Linde concedes, will run late all winter." "" "Most dockers work double shifts, the union survey concludes." "" "The museum explains Carrow's long history." "" "The boat carries a sensor that responds to touch." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Linde|concedes|The ferry, Ms. Linde concedes, will run late all winter
the union survey|concludes|Most dockers work double shifts"
}

@test "a cue noun after its owner is the owner's ('the harbour board's plans to'), without the 's; 'the mayor's plans were dropped' reports nothing; 'He's warned' is a pronoun, 'It's said' nobody; a name ending in 's keeps it" {
	printf '%s\n' "Tomas Berg runs the night ferry." "" "He's warned that the pier is unsafe." "" "It's said that the pier is older than the town." "" "The mayor's plans were dropped after a long row." "" "The port's latest claim is hard to believe." "" "Vexmoor's announced that its shops will close." "" "Few people liked the harbour board's plans to sell the pier." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Tomas Berg|He|warned|the pier is unsafe
null|null|said|the pier is older than the town
Vexmoor's|Vexmoor's|announced|its shops will close
the harbour board|the harbour board|plans|to sell the pier"
}

@test "'It's worth noting that' is the writer's aside, with no speaker; an owner before an adjective and a cue noun is the source ('rejected the port's latest claim that')" {
	printf '%s\n' "Tomas Berg runs the night ferry." "" "It's worth noting that the pier was built in 1910." "" "The union rejected Carrow Port's latest claim that the pier is safe." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "null|null|noting|the pier was built in 1910
The union|The union|rejected|Carrow Port's latest claim that the pier is safe
Carrow Port|Carrow Port|claim|the pier is safe"
}

@test "an inverted cue closes a clause before a source phrase (', said a spokesman.', ', said officials at the port.'), not before an object ('reported a rise'); a place in commas before 'that'; 'is warning voters that'" {
	printf '%s\n' "The pier will close, said a spokesman." "" "The fares will rise, said one union source in the room." "" "The talks have stalled, said officials at the port." "" "Most crews work double shifts, the annual survey says." "" "Carrow Foods, the bakery chain, reported a rise in sales." "" "Ruth Adeyemi says at a stop in Tellby, Vexmoor, that the fares will fall." "" "Tomas Berg is warning voters that a new tax would hurt the port." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "a spokesman|said|The pier will close
one union source|said|The fares will rise
officials|said|The talks have stalled
the annual survey|says|Most crews work double shifts
Ruth Adeyemi|says|the fares will fall
Tomas Berg|warning|a new tax would hurt the port"
}

@test "an attribution set off with a phrase after the cue (', the board said on Friday, will'); 'adding the fares would' reports, 'adding three boats' does not" {
	printf '%s\n' "Tomas Berg said the pier was unsafe, adding the fares would rise." "" "The ferry line is adding three boats in May." "" "Ferry fares rose 4 percent, the board said in its spring report, and bus fares fell." "" "The fares, the board said on Friday, will rise in May." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Tomas Berg|said|the pier was unsafe
Tomas Berg|adding|the fares would rise
the board|said|Ferry fares rose 4 percent, the board said in its spring report, and bus fares fell
the board|said|The fares, the board said on Friday, will rise in May"
}

@test "a clause of its own after the attribution (', said Friday, as they ...') does not hide it; a dateline is no part of the report" {
	printf 'TELLBY \342\200\225 The toll is a blow to every docker, union leaders said on Friday, as they met the board.\n\nVEXMOOR, Carrow \342\200\224 The port is closed, officials said.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.start)|\(.text)\"'"
	assert_output "union leaders|said|11|The toll is a blow to every docker
officials|said|121|The port is closed"
}

@test "quoted words that end the writer's clause before the attribution make one report with it; a quotation opening the next sentence continues that turn" {
	printf 'The new toll is \342\200\234a mistake,\342\200\235 the harbour board said. \342\200\234We will fight it.\342\200\235\n\nCritics call the plan \342\200\234a fare rise by stealth,\342\200\235 said Ana Ruiz.\n\n\342\200\234The toll is a mistake,\342\200\235 the board said.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.text)\"'"
	assert_output "$(printf 'indirect|the harbour board|The new toll is \342\200\234a mistake,\342\200\235\ndirect|the harbour board|We will fight it.\nindirect|Ana Ruiz|Critics call the plan \342\200\234a fare rise by stealth,\342\200\235\ndirect|the board|The toll is a mistake,')"
}

@test "'are slamming X for', 'outlined her plan to' and 'are convinced the port will grow' report; 'convinced the board to sell' does not" {
	printf '%s\n' "Dockers are slamming the harbour board for its new toll." "" "The mayor also outlined her plan to rebuild the pier." "" "We are convinced the port will grow." "" "He convinced the board to sell the pier." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Dockers|slamming|the harbour board for its new toll
The mayor|outlined|her plan to rebuild the pier
We|convinced|the port will grow"
}

@test "a plural's possessive is no quotation mark ('The pilots' union said'), unless a single mark is open; the owner of a cue noun drops its mark ('the dockers' plans to')" {
	printf '%s\n' "The pilots' union said the toll was unfair." "" "Few people liked the dockers' plans to strike in May." "" "She called it 'the dockers' friend' on Friday." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "The pilots' union|said|the toll was unfair
the dockers|plans|to strike in May
She|called|it 'the dockers' friend' on Friday"
}

@test "a role with a phrase after it is the subject ('The judge in the case said', 'The sports minister at the centre of the row says'), not the phrase's object" {
	printf '%s\n' "The judge in the case said a heavy penalty was needed." "" "The sports minister at the centre of the row says he will not resign." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "The judge in the case|a heavy penalty was needed
The sports minister|he will not resign"
}

@test "a plural of people with a phrase after it is the subject ('Officials from Tellby said', 'Residents in the town say', 'Experts on Vexmoor and harbour law said'), not the place" {
	printf '%s\n' "Officials from Tellby said the toll was fair." "" "Residents in the town say the pier is unsafe." "" "Experts on Vexmoor and harbour law said the toll would drive trade away." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Officials from Tellby|said|the toll was fair
Residents in the town|say|the pier is unsafe
Experts on Vexmoor and harbour law|said|the toll would drive trade away"
}

@test "'the final say' is a noun and reports nothing; 'made a new claim that' and 'issued a warning that' are the subject's" {
	printf '%s\n' "The board will have the final say on the toll." "" "The mayor made a new claim that the pier is safe." "" "The board issued a warning that the pier is unsafe." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "The mayor|claim|the pier is safe
The board|warning|the pier is unsafe"
}

@test "a description with a name before its noun ('The Tellby coach', 'The Carrow woman') or a nationality ('the American') is the person it stands for; a people ('the Danes') is not" {
	printf '%s\n' "Tomas Berg beat Ana Ruiz in three sets on Friday. \"I played well,\" the American said." "" "Lena Okoro won the race. The Carrow woman said the course was hard." "" "Tomas Berg runs the Tellby club. The Tellby coach said the team was tired." "" "Ana Ruiz met the envoys. The Danes said the talks were useful." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "Tomas Berg|the American|I played well,
Lena Okoro|The Carrow woman|the course was hard
Tomas Berg|The Tellby coach|the team was tired
The Danes|The Danes|the talks were useful"
}

@test "'claimed her third title' and 'claimed three lives' report nothing; 'claimed the toll was unfair' and 'claimed responsibility' do" {
	printf '%s\n' "Ana Ruiz claimed her third title in Tellby." "" "The storm claimed three lives." "" "Tomas Berg claimed the toll was unfair." "" "The group claimed responsibility for the attack." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Tomas Berg|claimed|the toll was unfair
The group|claimed|responsibility for the attack"
}

@test "a day before a name is no part of the mention ('On Monday Tomas Berg'); a name with 'for' inside it is whole ('The Institute for Harbour Studies'); a month that is a surname named in full is the person" {
	printf '%s\n' "On Monday Tomas Berg insisted the pier was safe." "" "The Institute for Harbour Studies said the toll was fair." "" "Drummer Lena May has a new band. May said the tour would start soon." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "Tomas Berg|Tomas Berg|the pier was safe
Institute for Harbour Studies|The Institute for Harbour Studies|the toll was fair
Lena May|May|the tour would start soon"
}

@test "'..., new figures show.' and '..., the survey showed.' close a report; '..., along with other shows.' does not" {
	printf '%s\n' "Donations to the port hit \$1bn last year, a new analysis of the figures shows." "" "The pier is on TV, along with other shows." "" "Fares rose sharply, the survey showed." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "a new analysis of the figures|shows|Donations to the port hit \$1bn last year
the survey|showed|Fares rose sharply"
}

@test "a team sheet's labels ('Replacements:', 'Subs:') name no speaker; a name before a colon still does" {
	printf '%s\n' "Replacements: Berg, Ruiz, Okoro." "" "Subs: Lind, Vale." "" "Ana Ruiz: We will win." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Ana Ruiz|:|We will win"
}

@test "'best supporting actress' reports nothing; 'afterwards' is no part of a mention" {
	printf '%s\n' "Ana Ruiz won best supporting actress for her role in the film." "" "Lena Okoro afterwards said the race was hard." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "Lena Okoro|Lena Okoro|the race was hard"
}

@test "'forecasts that' reports; a cue noun after 'a' and one word is a noun ('a wake-up call', 'a new study')" {
	printf '%s\n' "A new study by Vexmoor forecasts that ferry traffic will double." "" "The strike should be a wake-up call to the board." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Vexmoor|forecasts|ferry traffic will double"
}

@test "'said when' reports what follows 'that' or the comma closing the time, and nothing when the time ends the sentence; 'asked when' reports the question" {
	printf '%s\n' "Ana Ruiz said when she resigned from the board that nothing had changed." "" "Tomas Berg said when he arrived." "" "Lena Okoro said when the deal closes, fares will fall." "" "Tom Hale asked when the ferry would leave." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Ana Ruiz|said|nothing had changed
Lena Okoro|said|when the deal closes, fares will fall
Tom Hale|asked|when the ferry would leave"
}

@test "a cue word as a noun before a relative 'that' reports nothing ('an hourlong show that aired on', 'the report that was released'); 'fears that disillusioned voters' still reports" {
	printf '%s\n' "The two taped an hourlong show that aired on Thursday." "" "The report that was released on Monday named three firms." "" "The union fears that disillusioned members will quit." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "The union|fears|disillusioned members will quit"
}

@test "a speaker with a middle initial after the cue; a pronoun subject without the words after it" {
	printf '%s\n' "Ruth Adeyemi spoke to the board." "" "\"The harbour needs more oversight,\" said Dario J. Veltri, a lawyer in Carrow." "" "Adeyemi said she wasn't too worried about the vote because the count was fair." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "Dario J. Veltri|Dario J. Veltri|said
Ruth Adeyemi|Adeyemi|said
Ruth Adeyemi|she|worried"
}

@test "verbs of urging and showing report what follows; 'and repeatedly says' starts a new attribution; ', noted NAME.' closes one" {
	printf '%s\n' "Mayor Ruth Adeyemi urges residents to leave the low streets and repeatedly says, \"Go now.\"" "" "A survey of dockers showed most crews working double shifts." "" "The bridge will not open before spring, noted the Carrow Star's Dario Veltri." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "indirect|Ruth Adeyemi|urges|residents to leave the low streets
direct|Ruth Adeyemi|says|Go now.
indirect|A survey of dockers|showed|most crews working double shifts
indirect|Dario Veltri|noted|The bridge will not open before spring"
}

@test "a participle after a comma shares the attribution before it: '\"...,\" the mayor said, adding that ...'" {
	printf '%s\n' "Mayor Ruth Adeyemi met dockers on Friday." "" "\"We see no danger,\" the mayor said, adding that the pier would reopen soon." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "direct|Ruth Adeyemi|the mayor|We see no danger,
indirect|Ruth Adeyemi|the mayor|the pier would reopen soon"
}

@test "a name that only modifies the mention is not the speaker: the Vance campaign, Vance's lawyer; Vance's alone is Vance" {
	printf '%s\n' "Hillary Vance toured the yard." "" "The Vance campaign said the yard would close. Vance's lawyer said the deal was void." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "The Vance campaign|The Vance campaign
Vance's lawyer|Vance's lawyer"
}

@test "the sentence's subject with a description before the name; an unknown capitalised word needs a verb after it" {
	printf '%s\n' "Democratic presidential nominee Mara Linde toured the yard on Monday and encouraged dockers to vote." "" "Harbour policy experts met in Carrow, citing the strategic importance of the port." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "Mara Linde|Democratic presidential nominee Mara Linde|encouraged
null|null|citing"
}

@test "a party in brackets after a speaker; a participle after the quote leaves the attribution before it; a phrase in commas inside a reported clause" {
	printf '%s\n' '"We will vote no," Sen. Ana Ruiz (D-Carrow), a member of the panel, said.' '' 'In a statement, Okafor said: "The yard was a success," adding that profits rose.' '' 'Dockers say the plan, run by the harbour board, has failed.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Ana Ruiz|said|We will vote no,
Okafor|said|The yard was a success,
Dockers|say|the plan, run by the harbour board, has failed"
}

@test "a relative pronoun subject (', who emphasized that') is the mention; the speaker is the name before the comma" {
	printf '%s\n' "Ruth Adeyemi, who emphasized that the ferries would run, left early. The board, which notes that fares rose, met later. Okafor paid a pilot who said the pier was unsafe." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Ruth Adeyemi|who|emphasized|the ferries would run
The board|which|notes|fares rose
a pilot|who|said|the pier was unsafe"
}

@test "verbs of shouting are cues; 'X laughed and said' has X for subject" {
	printf '%s\n' 'Ruth Okafor ran to the pier. She then yells, "Get back from the edge!"' '' 'Dario Veltri laughed and said, "I never saw the ship."' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "Ruth Okafor|She|yells
Dario Veltri|Dario Veltri|said"
}

@test "a reported clause may hold quoted words; a cue after 'and' that follows a quotation reports a clause of its own" {
	printf '%s\n' 'Okafor said the new fares used by the board “do nothing” for dockers.' '' 'Pike urged voters to "think twice" and said he was standing firm.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and .kind==\"indirect\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Okafor|said|the new fares used by the board “do nothing” for dockers
Pike|urged|voters to \"think twice\"
Pike|said|he was standing firm"
}

@test "a bare reported clause whose verb ends in -s before its object: 'said the spate of closures demands the attention of'" {
	printf '%s\n' 'Okafor said the spate of pier closures demands the attention of the council.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Okafor|said|the spate of pier closures demands the attention of the council"
}

@test "verbs with a preposition report their object: voted against, apologized for; the object ends before the next verb" {
	printf '%s\n' 'Okafor voted against the harbour levy and apologized for the delay.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Okafor|voted|the harbour levy
Okafor|apologized|the delay"
}

@test "a phrase of place or means before 'that' ('said at a rally in Carrow that'); a clause that opens with a quotation but goes on after it is mixed speech" {
	printf '%s\n' 'Okafor said at a rally in Carrow that "a fire" had closed the pier.' '' 'Pike said that "the pier is closed."' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.text)\"'"
	assert_output "indirect|Okafor|\"a fire\" had closed the pier
direct|Pike|the pier is closed."
}

@test "an honorific picks the person of its gender among people who share a surname" {
	printf '%s\n' "Hillary Vance and Bill Vance toured the yard." "" "Mrs. Vance said the yard would close. Mr. Vance said he disagreed." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "Hillary Vance|Mrs. Vance
Bill Vance|Mr. Vance"
}

@test "a pronoun's antecedent has the gender the honorifics before the person's name give ('Mr. Carrow' is no 'she')" {
	printf '%s\n' "Mr. Carrow met Ms. Tellby on Monday." "" "She said the pier would close." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "Tellby|She"
}

@test "curly marks the wrong way round: ” opening a sentence, “ closing a word" {
	printf '%s\n' 'The pier was closed.' '' '” We will reopen it by spring, and the fares will stay low.” ― Ruth Adeyemi' '' 'Pike made the following comment: “The yard is safe for now“' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Ruth Adeyemi|We will reopen it by spring, and the fares will stay low.
Pike|The yard is safe for now"
}

@test "markup in the text: an attribute's quoted value is no quotation" {
	printf '%s\n' 'Linde posted late on Friday.' '' '<tweet author="Ruth Adeyemi" id="778">The ferry runs at dawn. See you there.</tweet>' '' '"We will see," Linde said.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Linde|We will see,"
}

@test "a pronoun refers to a person whose given name fits it: he to John, she to Mara" {
	run sh -c "printf 'Governor Mara Linde met John Ferreira in Carrow.\\n\\nHe said the ferry would run. She said the bridge would wait.\\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\\(.speaker)|\\(.mention)\"'"
	assert_success
	assert_output "John Ferreira|He
Mara Linde|She"
}

@test "a pronoun skips a person whose given name is mostly the other sex's: he is not Hillary, she is not Donald" {
	run sh -c "printf 'Governor Hillary Vance met Donald Okoro in Carrow.\\n\\nHe said the ferry would run. She said the bridge would wait.\\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\\(.speaker)|\\(.mention)\"'"
	assert_success
	assert_output "Donald Okoro|He
Hillary Vance|She"
}

@test "the channel is not the speaker: state media reported him saying" {
	printf '%s' 'Premier Li Wen spoke on Monday. "We will not bend," state media reported him saying.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "Li Wen|him"
}

@test "a quotation with no attribution continues the previous speaker's turn" {
	printf '"First part," said Ana Ruiz.\n\n"Second paragraph, all quotation."\n' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | .speaker'"
	assert_output "Ana Ruiz
Ana Ruiz"
}

@test "works without tag-entities" {
	run sh -c "segment '$(fixture extract-quotes article.txt)' | extract-quotes | jq -r 'select(.type==\"quote\") | .mention' | head -3"
	assert_success
	assert_line "Okafor"
}

@test "every record passes through unchanged; quotes come after the document's records" {
	segment "$(fixture extract-quotes article.txt)" > "$BATS_TEST_TMPDIR/s.jsonl"
	printf '%s\n' '{"type":"note","doc":"'"$(fixture extract-quotes article.txt)"'","x":1}' >> "$BATS_TEST_TMPDIR/s.jsonl"
	extract-quotes "$BATS_TEST_TMPDIR/s.jsonl" > "$BATS_TEST_TMPDIR/q.jsonl"
	n=$(wc -l < "$BATS_TEST_TMPDIR/s.jsonl")
	run sh -c "head -n $n '$BATS_TEST_TMPDIR/q.jsonl' | cmp - '$BATS_TEST_TMPDIR/s.jsonl'"
	assert_success
	run sh -c "tail -n +$((n + 1)) '$BATS_TEST_TMPDIR/q.jsonl' | jq -r .type | sort -u"
	assert_output "quote"
}

@test "running it twice gives the same output as once" {
	a=$(segment "$(fixture extract-quotes article.txt)" | extract-quotes | cksum)
	b=$(segment "$(fixture extract-quotes article.txt)" | extract-quotes | extract-quotes | cksum)
	assert_equal "$a" "$b"
}

@test "bad input: an unbalanced mark disturbs only its own paragraph" {
	printf '"One stray mark here.\n\nPlain text.\n\n"A real quote," said Bo Lund.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Bo Lund|A real quote,"
}

@test "bad input: a stray straight mark after a sentence's full stop closes nothing and opens nothing; the next sentence's report is read" {
	printf '%s\n' 'They want to sell arms."' 'Tom Vetter told the minister that his plan was " a worrying issue for Japan".' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.text)\"'"
	assert_output 'indirect|Tom Vetter|his plan was " a worrying issue for Japan"'
}

@test "bad input: a million quotation marks in one document finish quickly and stay valid" {
	head -c 1000000 /dev/zero | tr '\0' '"' > "$BATS_TEST_TMPDIR/marks.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/marks.txt' | extract-quotes | jq -c 'select(.type==\"quote\")' | wc -l"
	assert_success
	assert_output "0"
	yes 'He said "yes" and "no".' | head -n 100000 | tr '\n' ' ' > "$BATS_TEST_TMPDIR/many.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/many.txt' | extract-quotes | jq -c 'select(.type==\"quote\")' | wc -l"
	assert_success
	assert_output "200000"
}

@test "bad input: a sentence that is a long list of cues gives at most 64 reports, so the output grows with the input, not its square" {
	run sh -c "awk 'BEGIN { printf \"They could face a fine, the agency reported\"; for (i = 0; i < 300; i++) printf \" the regulator as saying reported\"; print \" him as saying.\" }' | segment | tag-entities | extract-quotes | grep -c '^{\"type\":\"quote\"'"
	assert_success
	assert_output 64
}

@test "entity members are read as jansson reads them: the last of a duplicated name counts, an escaped name is the name; other elements are reported" {
	printf '%s\n' '{"type":"doc","doc":"d","bytes":30}' \
	    '{"type":"sentence","doc":"d","n":0,"para":0,"start":0,"end":30,"text":"\"We win,\" Tom Hale said today.","entities":[7,{"text":"Tom Hale","label":"ORG","start":10,"end":18,"c\u0061nonical":"Thomas Hale","label":"PERSON"}]}' > "$BATS_TEST_TMPDIR/in"
	run -1 extract-quotes "$BATS_TEST_TMPDIR/in"
	assert_line "extract-quotes: $BATS_TEST_TMPDIR/in:2: cannot parse record: entity 0: missing or wrong-typed \"start\", \"end\" or \"label\""
	run sh -c "extract-quotes '$BATS_TEST_TMPDIR/in' 2>/dev/null | jq -c 'select(.type==\"quote\") | [.speaker, .speaker_label]'"
	assert_output '["Thomas Hale","PERSON"]'
}

@test "bad input: entities with offsets out of range are reported and ignored" {
	printf '%s\n' '{"type":"doc","doc":"d","bytes":40}' \
	    '{"type":"sentence","doc":"d","n":0,"para":0,"start":0,"end":28,"text":"\"We agree,\" said Ida Berg.","entities":[{"text":"Ida Berg","label":"PERSON","start":90,"end":98,"canonical":"Ida Berg"}]}' > "$BATS_TEST_TMPDIR/in"
	run -1 extract-quotes "$BATS_TEST_TMPDIR/in"
	assert_line "extract-quotes: $BATS_TEST_TMPDIR/in:2: cannot parse record: entity 0: offsets 90-98 out of range"
	assert_line --partial '"type":"quote","doc":"d","n":0'
}

@test "bad input: a sentence far past the document's length is reported and left out, not given gigabytes of memory; the rest are read" {
	printf '%s\n' '{"type":"doc","doc":"d","bytes":40}' \
	    '{"type":"sentence","doc":"d","n":0,"para":0,"start":0,"end":26,"text":"\"We agree,\" said Ida Berg."}' \
	    '{"type":"sentence","doc":"d","n":1,"para":1,"start":5000000000,"end":5000000008,"text":"Go away."}' \
	    '{"type":"doc","doc":"e"}' \
	    '{"type":"sentence","doc":"e","n":0,"para":0,"start":4000000000,"end":4000000008,"text":"Go away."}' > "$BATS_TEST_TMPDIR/in"
	# memory bounded, except under valgrind or the sanitizers, which need
	# far more address space of their own
	local lim="ulimit -v 400000;"
	if [ -n "${VALGRIND:-}" ] || [ -n "${ASAN_OPTIONS:-}" ]; then lim=""; fi
	run -1 sh -c "$lim extract-quotes '$BATS_TEST_TMPDIR/in'"
	assert_line "extract-quotes: $BATS_TEST_TMPDIR/in:3: cannot parse record: sentence ends at byte 5000000008, past the document's 40 bytes; left out"
	assert_line "extract-quotes: $BATS_TEST_TMPDIR/in:5: cannot parse record: sentence ends at byte 4000000008, too far past the rest of the document's text; left out"
	assert_line --partial '"type":"quote","doc":"d","n":0'
	assert_equal "$(echo "$output" | grep -c '^{')" 6
}

@test "bad input: sentences with missing text or bad start are reported and skipped" {
	printf '%s\n' '{"type":"doc","doc":"d"}' '{"type":"sentence","doc":"d","start":0}' \
	    '{"type":"sentence","doc":"d","start":-1,"text":"x"}' \
	    '{"type":"sentence","doc":"d","start":0,"text":"\"Fine,\" said Al Ek."}' > "$BATS_TEST_TMPDIR/in"
	run -1 extract-quotes "$BATS_TEST_TMPDIR/in"
	assert_line "extract-quotes: $BATS_TEST_TMPDIR/in:2: cannot parse record: missing \"text\""
	assert_line "extract-quotes: $BATS_TEST_TMPDIR/in:3: cannot parse record: non-offset (not an integer >= 0) \"start\""
	assert_line --partial '"text":"Fine,"'
}

@test "empty input gives empty output and exit 0" {
	run extract-quotes < /dev/null
	assert_success
	assert_output ""
}

@test "a subject opened by a determiner up to its verb speaks, not a name after its preposition: 'A reporter for the Carrow Post spotted ... and reported'" {
	printf '%s\n' "A reporter for the Carrow Post spotted Mara Linde and reported her presence on the pier." "" "A lawyer for Mara Linde in 2015 questioned whether the ferry was safe." "" "The spokesman for the Carrow Post said that the ferry was safe." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "A reporter for the Carrow Post|A reporter for the Carrow Post|reported
A lawyer for Mara Linde|A lawyer for Mara Linde|questioned
The spokesman for the Carrow Post|The spokesman for the Carrow Post|said"
}

@test "a colon before a quotation: 'The letter reads:', 'Said Okafor:', 'Linde continued:', and the subject of a clause with no cue" {
	printf '%s\n' 'The letter reads: "We ask the board to keep the ferry running all winter."' '' '"We ask for nothing more than a fair hearing and a vote," the petition read.' '' 'Said Okafor: "The pier will stay open for as long as the dockers need it."' '' 'Mara Linde toured the pier. Linde continued: "Nobody in this town should pay more for the ferry."' '' 'The council used her words as its motto: "A harbour for everyone, in every season of the year."' '' 'When the tide turns, the pier reopens: "The best news this harbour has had in years."' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)\"'"
	assert_output "The letter|reads
the petition|read
Okafor|Said
Mara Linde|continued
The council|null
null|null"
}

@test "the sentence's subject speaks for a participle after a comma and for a cue after 'but'; a plural opening the sentence is a subject" {
	printf '%s\n' "In 1998, the harbour board blocked a sale of the pier, citing a risk to public safety." "" "During a long speech at the yard late in the day on Friday, Okafor attacked the plan, saying it would cost too much." "" "Dockers said they want a fair deal but pledged to remain calm." "" "Experts on harbour law said the sale could be void." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "the harbour board|citing|a risk to public safety
Okafor|attacked|the plan
Okafor|saying|it would cost too much
Dockers|said|they want a fair deal
Dockers|pledged|to remain calm
Experts on harbour law|said|the sale could be void"
}

@test "'adding later, \"...\"' keeps the speaker before it, not a relative clause's; a plural noun before 'and' is no verb" {
	printf '%s\n' '"We cannot pay for the ferry any more," Okafor said, adding later, "The pier is costing us a fortune."' '' 'Okafor refused to pay a pilot who said he was owed money, saying, "Maybe he did not do a good job on the pier."' '' 'Ruth Adeyemi said she had fought flu in her long campaigns and called it a common ailment.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Okafor|said|We cannot pay for the ferry any more,
Okafor|adding|The pier is costing us a fortune.
Okafor|refused|to pay a pilot who said he was owed money
a pilot|said|he was owed money
Okafor|saying|Maybe he did not do a good job on the pier.
Ruth Adeyemi|said|she had fought flu in her long campaigns
Ruth Adeyemi|called|it a common ailment"
}

@test "a phrase of time between subject and cue ('a panel in 2001 found', 'a poll published in early May found'); 'who' after an appositive stands for the name before it" {
	printf '%s\n' 'Carrow kept calm, though an arbitration panel in 2001 found the port was in breach of the deal.' '' 'Okafor has long clashed with Vetter, now the harbour board chairman, who in 2010 said the pier was unsafe.' '' 'A harbour board report released last year said the pier was old.' '' 'A Carrow Post poll published in early May found that most voters want a new pier.' '' 'A city inspector on Friday said the pier would close.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "an arbitration panel|an arbitration panel|the port was in breach of the deal
Vetter|who|the pier was unsafe
A harbour board report|A harbour board report|the pier was old
A Carrow Post poll|A Carrow Post poll|most voters want a new pier
A city inspector|A city inspector|the pier would close"
}

@test "'As X put it, \"...\"' is a direct quotation of X's" {
	run sh -c "echo 'As Ruth Adeyemi, a harbour lawyer, recently put it, \"Did the board close the pier legally?\"' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "direct|Ruth Adeyemi|put it|Did the board close the pier legally?"
}

@test "the -ing forms of reporting verbs are cues ('is confirming that', ', acknowledging that'); a bare plural's verb comes next" {
	printf '%s\n' 'The state attorney general is confirming that the harbour trust is not registered.' '' 'Ruth Adeyemi spoke at the yard, acknowledging that coal would decline.' '' 'Dockers want policies that raise wages.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "The state attorney general|confirming|the harbour trust is not registered
Ruth Adeyemi|acknowledging|coal would decline"
}

@test "a cue word used as a noun or adjective reports nothing ('his plans ran', 'his announced plans', 'the think tank'), but 'his claim that' does" {
	printf '%s\n' 'But his plans ran into trouble early on.' '' 'He might drop his announced plans to host the show.' '' 'Okafor works at the think tank that published the paper.' '' 'Tom Okafor repeated his claim that the pier was unsafe.' '' 'The harbour board plans to sell the pier.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.cue)|\(.text)\"'"
	assert_output "claim|the pier was unsafe
plans|to sell the pier"
}

@test "a headline that names its speaker before a colon reports the rest ('Ruth Adeyemi: Fares Will Rise'); a rubric or a phrase does not" {
	printf '%s\n' 'Ruth Adeyemi: Ferry Fares Will Rise Next Spring' '' 'Update: Ferry fares will rise next spring' '' 'Stealth Over Health: Ferry fares will rise next spring' '' 'Poll: Most Dockers Back the Strike' '' 'Ruth Adeyemi spoke at the pier on Monday.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "indirect|Ruth Adeyemi|:|Ferry Fares Will Rise Next Spring
indirect|Poll|:|Most Dockers Back the Strike"
}

@test "evidence shows ('Polls show a close race', 'Video of the crash shows ...'), not 'show up' nor 'Okafor's show'; a subject set off by dashes before a bare clause" {
	printf '%s\n' 'Polls show a close contest in the county.' '' 'Figures show a record number of crossings.' '' 'Video of the crash shows the ferry turning too late.' '' 'He did not show up at the hearing he was called to last week.' '' "Okafor's show proved to be a safe space for the mayor." '' 'Ruth Adeyemi -- co-editor of a book on harbour debates -- said the candidate tended to make promises.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Polls|show|a close contest in the county
Figures|show|a record number of crossings
Video of the crash|shows|the ferry turning too late
Ruth Adeyemi|said|the candidate tended to make promises"
}

@test "'told the Post on Friday that', 'said by phone from X that' report what follows 'that'; a cue word after a determiner does not attribute a quotation ('against the claims')" {
	printf '%s\n' 'Ruth Adeyemi tells the Carrow Post on Friday that the ferry will run.' '' 'Ruth Adeyemi said via email that, "Of course Okafor is going to defend himself" against the claims.' '' 'Tomas Berg said by phone from Tellby that the pier was shut.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Ruth Adeyemi|tells|the ferry will run
Ruth Adeyemi|said|\"Of course Okafor is going to defend himself\" against the claims
Tomas Berg|said|the pier was shut"
}

@test "'Even' opening a sentence is not part of the speaker" {
	run sh -c "echo \"Even Carrow, the island's only ally, said it was opposed to the test.\" | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.text)\"'"
	assert_output "Carrow|it was opposed to the test"
}

@test "a quotation chanted or sung right after its verb is speech; a title after 'read' is not" {
	printf '%s\n' 'Dockers marching through the streets chanted "What curfew?" and kept going.' '' 'He read "War and Peace" twice.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Dockers marching through the streets|chanted|What curfew?"
}

@test "the subject of a clause a colon ends speaks after an opening adverbial with a date ('On July 6, 2015, Adeyemi made the following comment:')" {
	run sh -c "echo 'On July 6, 2015, Ruth Adeyemi made the following comment: \"For young people who have left school, the jobless rate is high.\"' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Ruth Adeyemi|For young people who have left school, the jobless rate is high."
}

@test "'She continued, \"...\"'; ', many of whom say'; 'which together vowed'" {
	printf '%s\n' 'Mara Linde spoke first. She continued, "For us, the dockers and the pilots, all we ask is a fair hearing."' '' 'This has not gone down well with dockers, many of whom say the plan is unfair.' '' 'The deal came from Carrow and Bonn, which together vowed to cut emissions.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "She|continued|For us, the dockers and the pilots, all we ask is a fair hearing.
many of whom|say|the plan is unfair
which|vowed|to cut emissions"
}

@test "'According to X, \"...\"' is a direct quotation of X's, not an indirect clause in marks" {
	run sh -c "echo 'According to Ruth Adeyemi, \"If it was left up to the board, the pier would close tomorrow.\"' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "direct|Ruth Adeyemi|According to|If it was left up to the board, the pier would close tomorrow."
}

@test "after ', pilots said Friday afternoon.' the clause before is the report; a cue noun before a relative 'that' and a verb reports nothing ('a claim that would anger the mayor'); 'his claim that' is the person's" {
	printf '%s\n' 'The pier will close, harbour pilots said Friday afternoon.' '' 'Critics tied the plan to theft, a claim that would anger the mayor.' '' 'Tom Okafor repeated his claim that the pier was unsafe.' > "$BATS_TEST_TMPDIR/t.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/t.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "harbour pilots|said|The pier will close
Tom Okafor|claim|the pier was unsafe"
}

@test "an impersonal passive names no speaker ('It is estimated'); 'X's mother' is not X; 'Lawyers for X' are the lawyers; 'The estimated costs' report nothing; no clause before a cue without a comma" {
	printf '%s\n' 'It is estimated the new pier will cost millions.' '' 'Tom Vetter'"'"'s mother said the case was weak.' '' 'Lawyers for the harbour board said the sale was vital.' '' 'The estimated costs of the pier run to $3m.' '' 'Fans following Tom Vetter'"'"'s case in Carrow have asked to see the files.' > "$BATS_TEST_TMPDIR/p.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/p.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "null|estimated|the new pier will cost millions
Tom Vetter's mother|said|the case was weak
Lawyers for the harbour board|said|the sale was vital"
}

@test "a participle's phrase opening the sentence is not its subject ('Having lost the first vote, the board ...'); a phrase of time after 'and' before the cue is passed over" {
	run sh -c "echo 'Having lost the first vote, the harbour board turned to the ferries and in September this year said that the fares were too high.' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "the harbour board|said|the fares were too high"
}

@test "a pronoun after a closing attribution is its speaker, not a person named in what was reported" {
	run sh -c "echo 'Others on the list include Ana Ruiz and Dana Schell, harbour board chairman Tom Vetter said. He said the list was not final.' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "Tom Vetter|harbour board chairman Tom Vetter|Others on the list include Ana Ruiz and Dana Schell
Tom Vetter|He|the list was not final"
}

@test "'It said' is the organisation that is the subject of the sentence before, or the thing a quote there was attributed to; otherwise it stays 'It'" {
	printf '%s\n' 'The Carrow Harbour Board met on Monday. It said the fares would rise.' '' 'The ad cites police criticism of the board. It also says the fares would rise.' '' 'Shares fell after the Carrow Harbour Board met. It said the fares would rise.' > "$BATS_TEST_TMPDIR/it.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/it.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "Carrow Harbour Board|It|the fares would rise
The ad|The ad|police criticism of the board
The ad|It|the fares would rise
It|It|the fares would rise"
}

@test "a rubric before a colon is no speaker ('Q&A:'); a pronoun that ends a subject is the mention ('In May 2004 he said'); 'was found guilty' reports nothing" {
	printf '%s\n' 'Q&A: What the harbour bid means' '' 'Tom Vetter has led the harbour board since 2001. In May 2004 he said he would stay.' '' 'He was found guilty of fraud, and being found asleep at his desk cost him his seat.' > "$BATS_TEST_TMPDIR/r.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/r.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "Tom Vetter|he|he would stay"
}

@test "an adverb that opens the words before a cue is no part of the mention, and ', and now Carrow officials said' ends the clause before it" {
	run sh -c "printf '%s\n\n%s\n' 'The board met in May, and now Carrow officials said the pier will close.' 'The board refused the plan in May, and now Carrow officials said the pier will close.' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.text)\"'"
	assert_output "Carrow officials|the pier will close
The board|the plan in May
Carrow officials|the pier will close"
}

@test "a country that is the whole subject speaks across an appositive; a place before a title does not" {
	cat > "$BATS_TEST_TMPDIR/gpe.txt" <<'TXT'
Even Norway, Sweden's only ally and its lifeline to the world, said it was "firmly opposed" to the plan.

Oslo Mayor Ana Ruiz, who chairs the panel, said the plan was dead.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/gpe.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Norway|it was \"firmly opposed\" to the plan
Ana Ruiz|the plan was dead"
}

@test "what someone is asked about is the object of a speech act, with the person asked between; 'asked for' reports the request; one who was asked says nothing" {
	cat > "$BATS_TEST_TMPDIR/ask.txt" <<'TXT'
Mara Linde asked Tomas Ferreira about the ferry contracts on Monday.

The host asked him about his tax returns.

Linde has spoken about the need for new ferries.

The union asked for a new vote.

Tomas Ferreira was asked about it twice.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/ask.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Mara Linde|asked|the ferry contracts
The host|asked|his tax returns
Mara Linde|spoken|the need for new ferries
The union|asked|a new vote"
}

@test "a phrase set off after the cue belongs to the report ('It said, despite four years of work, some boats were not ready'), a channel or place does not ('said, in a statement, the board ...')" {
	cat > "$BATS_TEST_TMPDIR/set.txt" <<'TXT'
The Carrow committee said, despite four years of work, some of the boats were still not ready.

Tillax said, in a statement, the board had done nothing wrong.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/set.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.text)\"'"
	assert_output "The Carrow committee|despite four years of work, some of the boats were still not ready
Tillax|the board had done nothing wrong"
}

@test "the hearer of a report may be a group ('told media she was'), come after 'to' ('admitted to jurors he was', 'explained to reporters that') or carry a place ('told a court in the town of Tellby she was'; 'told a court at the Carrow Institute the case was' reports nothing); 'said at least 111 ...' is a clause" {
	cat > "$BATS_TEST_TMPDIR/hearer.txt" <<'TXT'
The actress told media she was going straight to the airport.

Tom Hale admitted to jurors he was willing to hide the losses.

Ana Ruiz explained to reporters that the pier would close.

Lena Okoro told a court in the town of Tellby she was paid to keep quiet.

Judge Tom Vetter told a meeting at the Carrow Institute the case was serious.

Tom Hale said at least 111 of the boats had been sold.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/hearer.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.text)\"'"
	assert_output "The actress|she was going straight to the airport
Tom Hale|he was willing to hide the losses
Ana Ruiz|the pier would close
Lena Okoro|she was paid to keep quiet
Tom Hale|at least 111 of the boats had been sold"
}

@test "a share of those asked is a speaker ('40% said they', 'The remaining 33% said'), a figure at the end of a clause is none; a sign of money may open the reported clause ('said the £7bn was earmarked', or a dollar sign)" {
	cat > "$BATS_TEST_TMPDIR/share.txt" <<'TXT'
In the Tellby survey, 40% said they would use the ferry.

The remaining 33% said they would not.

Fares rose to 2.25%, the Carrow figures showed.

Tom Hale said the £7bn was earmarked for the port.

Ana Ruiz said $40m would be spent on the pier.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/share.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.text)\"'"
	assert_output "40%|they would use the ferry
The remaining 33%|they would not
the Carrow figures|Fares rose to 2.25%
Tom Hale|the £7bn was earmarked for the port
Ana Ruiz|\$40m would be spent on the pier"
}

@test "an inverted attribution set off by commas inside its sentence reports the sentence around it, the speaker after the cue ('The answer, says Ana Ruiz, is the ferry.'); one followed only by a description of the speaker closes the clause before it" {
	cat > "$BATS_TEST_TMPDIR/paren.txt" <<'TXT'
The answer, says Ana Ruiz, is the ferry.

On average, said Tom Hale, head of the harbour board, fares rose by 4% a year.

Fares will rise next spring, said Lena Okoro, deputy head of the Carrow ferry office.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/paren.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Ana Ruiz|says|The answer, says Ana Ruiz, is the ferry
Tom Hale|said|On average, said Tom Hale, head of the harbour board, fares rose by 4% a year
Lena Okoro|said|Fares will rise next spring"
}

@test "a clause-final attribution's subject may run to eight words ('..., a report by the Carrow harbour watchdog says.'), but a passive infinitive or a clause of its own before the cue attributes nothing" {
	cat > "$BATS_TEST_TMPDIR/long.txt" <<'TXT'
The sale of the old pier failed through a string of errors, a report by the Carrow harbour watchdog says.

The board met the union on Monday, just before the decision to close the pier was announced.

The Tellby awards are the first of the year to be announced.

Fares pay for half the service, which is why the ferry figures are closely observed.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/long.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "a report by the Carrow harbour watchdog|says|The sale of the old pier failed through a string of errors"
}

@test "a clause-final attribution may name its hearer ('..., she told a Commons inquiry.') and be followed by a phrase of 'with' or in -ing or a clause of 'but'; 'we are told' and 'seems to have told' attribute nothing" {
	cat > "$BATS_TEST_TMPDIR/hear.txt" <<'TXT'
Fares could also be made cheaper, Ana Ruiz told a Commons inquiry.

Ferry use would double by 2030, said the survey, with most of the crews and pilots at the harbour expecting more work in the winter.

Spam at the port was still growing, said Tom Hale, but he did not think the new filter at the harbour office would mean the end of e-mail there.

Only five years ago it was a port, but now we are told it is a resort.

No-one, however, seems to have told the harbour board.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/hear.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Ana Ruiz|told|Fares could also be made cheaper
the survey|said|Ferry use would double by 2030
Tom Hale|said|Spam at the port was still growing"
}

@test "a relative clause set off after a short subject may hold a list ('The Tellby Alliance, which includes A, B and C, said ...'); a time after the cue may come before a pronoun that opens the clause ('said in November they would', 'said at first he')" {
	cat > "$BATS_TEST_TMPDIR/rel.txt" <<'TXT'
The Tellby Alliance, which includes the Carrow Society, the Vexmoor Trust, Tillax and the Harbour Guild, said the bill had to be changed.

The Carrow Party has yet to publish its plans but said in November they would raise pay.

Tom Vetter said at first he tried to hide the losses.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/rel.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.text)\"'"
	assert_output "The Tellby Alliance|the bill had to be changed
The Carrow Party|they would raise pay
Tom Vetter|he tried to hide the losses"
}

@test "an inverted cue names a written source or a correspondent ('..., said the report.', '..., says a report.', '..., said our correspondent.'), and a past without -ed opens a reported clause ('said the party stuck to the rules')" {
	cat > "$BATS_TEST_TMPDIR/inv.txt" <<'TXT'
Fares at Tellby will rise next year, said the report.

Ferry use is set to double by 2030, says a report by the Carrow Harbour Board.

The talks would drag on for months, said our correspondent.

A Carrow spokeswoman said the party stuck to the rules.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/inv.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "the report|said|Fares at Tellby will rise next year
a report|says|Ferry use is set to double by 2030
our correspondent|said|The talks would drag on for months
A Carrow spokeswoman|said|the party stuck to the rules"
}

@test "what one spoke about is reported past a particle, an adverb, a time or the one spoken to ('spoke out on Tuesday about', 'spoke to reporters about'); 'spoke to the people of Carrow' and 'spoke to reporters on the ferry' report nothing" {
	cat > "$BATS_TEST_TMPDIR/talk.txt" <<'TXT'
Ana Ruiz spoke out on Tuesday about the death of the fisherman.

Tom Hale spoke to reporters about the ferry contracts.

Lena Okoro talked with police leaders about ways to cut crime in the town.

Tom Vetter argued vociferously against the new levy.

Ana Ruiz spoke to the people of Carrow at the harbour.

Tom Hale spoke to reporters on the ferry to Tellby.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/talk.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Ana Ruiz|spoke|the death of the fisherman
Tom Hale|spoke|the ferry contracts
Lena Okoro|talked|ways to cut crime in the town
Tom Vetter|argued|the new levy"
}

@test "a quantifier floated off a pronoun subject is no speaker: 'They have all said' is the people 'they' stands for" {
	run sh -c "printf 'The Tellby unions met on Monday. They have all spoken out against the bid.\n\nThe two firms met again. They both said the port would close.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "The Tellby unions|They|the bid
The two firms|They|the port would close"
}

@test "a phrase between the auxiliary and the cue is no speaker: 'Carrow has in the past said' is Carrow; a clause before 'and said' is not skipped" {
	printf '%s\n' 'Carrow has in the past said it sees the ban as a mistake.' 'The board had on several occasions claimed the pier was safe.' '' 'Tom Hale said Ana Ruiz was in a difficult position and said she should resign.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "Carrow|Carrow|it sees the ban as a mistake
The board|The board|the pier was safe
Tom Hale|Tom Hale|Ana Ruiz was in a difficult position
Tom Hale|Tom Hale|she should resign"
}

@test "the subject that opens the sentence ends before its verb, also a past without -ed ('A harbour task force held meetings ..., and promised'), and without an adverb at its end" {
	printf '%s\n' 'A harbour task force held meetings with the banks on Wednesday, and promised to publish the plan within ten days.' 'The inquiry famously settled on the theory of a few bad officers, saying most were honest.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "A harbour task force|to publish the plan within ten days
The inquiry|most were honest"
}

@test "a verb joined to the quote's clause by 'and' has that clause's subject; a clause before the subject is skipped; 'was predicting' has its own subject" {
	printf '%s\n' 'Tom Hale has apologised for "a genuine mistake" and says he will write to the board.' '' 'When the plans were shown to the harbour council on Monday, Ana Ruiz called them "reckless" and described them as a gamble.' '' 'Lena Okoro said the harbour board was predicting that costs would double.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output 'Tom Hale|a genuine mistake
Tom Hale|he will write to the board
Ana Ruiz|them "reckless" and described them as a gamble
Ana Ruiz|them as a gamble
Lena Okoro|the harbour board was predicting that costs would double
the harbour board|costs would double'
}

@test "after a verb that makes someone speak ('prompted the harbour master to say', 'forced Tom Hale to admit') the speaker is the one made to; 'plans to say' keeps its subject" {
	printf '%s\n' 'The storm prompted the harbour master to say the pier would close.' 'The row forced Tom Hale to admit that he had erred.' 'Ana Ruiz plans to say the fares will rise.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and .cue!=\"plans\") | \"\(.speaker)|\(.text)\"'"
	assert_output "the harbour master|the pier would close
Tom Hale|he had erred
Ana Ruiz|the fares will rise"
}

@test "a subject pronoun just before the cue is the whole mention, not the phrase before it ('Across the board I thought', 'Although the pier is old we think')" {
	printf '%s\n' 'Across the board I thought the crew did well.' '' 'Although the pier is old we think it can be saved.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.text)\"'"
	assert_output "I|the crew did well
we|it can be saved"
}

@test "after a phrase of time with no comma the article opens the subject ('In a report published last July the harbour committee stated', 'Two weeks ago the group announced')" {
	printf '%s\n' 'In a report published last July the harbour committee stated that the pier was unsafe.' '' 'Two weeks ago the group announced it would cut costs.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.text)\"'"
	assert_output "the harbour committee|the pier was unsafe
the group|it would cut costs"
}

@test "a phrase of occasion before a name with no comma is no part of the mention ('During his time on the witness stand Mr Vetter told', 'During his speech Ana Ruiz ... said'); a description is ('Property website Tillax said')" {
	printf '%s\n' 'During his time on the witness stand Mr Vetter repeatedly told jurors he met the board often.' '' 'During his speech Ana Ruiz took a swipe at the board and said the pier would close.' '' 'Property website Tillax said prices fell.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.text)\"'"
	assert_output "Mr Vetter|he met the board often
Ana Ruiz|the pier would close
Property website Tillax|prices fell"
}

@test "after an opening phrase, a name between two commas before the cue is the subject ('Looking further ahead, the firm's chairman Tom Hale, has predicted')" {
	run sh -c "printf '%s\n' \"Looking further ahead in the year, the firm's chairman Tom Hale, has predicted that fares will rise.\" | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Hale|fares will rise"
}

@test "a cue after a comma with a few words and no verb after it closes the report before it ('..., reported AP news agency.', '..., say e-business experts.'); 'said parents still want ...' is a report" {
	printf '%s\n' "Hours before the vote, there was a gloomy air at the harbour office, reported AP news agency." "" "Fake e-mails, or phishing, are damaging trade, say e-business experts." "" "But Ana Ruiz, a teacher at the Tellby school, said parents still want local schools." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "AP news agency|Hours before the vote, there was a gloomy air at the harbour office
e-business experts|Fake e-mails, or phishing, are damaging trade
Ana Ruiz|parents still want local schools"
}

@test "'and' between two names does not end a report ('said Lord Tellby and Lady Carrow agreed'); ', one of the largest,' is set off after the subject; 'there are fears' names no one; 'was unfairly dismissed because' is a passive" {
	printf '%s\n' 'A harbour board spokeswoman said Lord Tellby and Lady Carrow agreed about the fares.' '' 'Late last year, ferry firm Tillax, one of the largest in the port, warned that its boats would be sold.' '' 'Tillax has reopened the pier, but there are fears the crowds may not return.' '' 'Tom Hale was unfairly dismissed because the board wanted a younger man.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "A harbour board spokeswoman|said|Lord Tellby and Lady Carrow agreed about the fares
Carrow|agreed|about the fares
Tillax|warned|its boats would be sold
null|fears|the crowds may not return
the board|wanted|a younger man"
}

@test "'according to' set off inside a clause reports the whole sentence ('The biggest culprit, according to the board, is ...'); a name set off after the source is the source's ('According to analysts, Tillax Research, there will be'), not the report's subject ('Carrow, the biggest bank, will')" {
	printf '%s\n' 'The biggest culprit, according to the harbour board, is the old ferry.' '' 'According to analysts, Tillax Research, there will be two million users.' '' 'According to forecasts, Carrow, the biggest bank in the port, will post a loss.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "the harbour board|The biggest culprit, according to the harbour board, is the old ferry
analysts|there will be two million users
forecasts|Carrow, the biggest bank in the port, will post a loss"
}

@test "'with X saying' names X, not the sentence's subject; 'defending champion' and 'defended her title' report nothing" {
	printf '%s\n' 'Tillax shares jumped on the news, with analysts saying sales would double.' '' 'Tom Hale will meet Ana Ruiz, while defending champion Lena Okoro faces Tom Vetter.' '' 'Ana Ruiz defended her title a year later.' '' 'Lena Okoro defended her 3,000m title with ease.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "analysts|sales would double"
}

@test "'points out' is a cue, inverted after a quotation too ('\"...,\" points out pundit Tom Hale.'); a noun 'points' ending a report is no attribution ('or access points')" {
	printf '%s\n' '"It is easier being the champion," points out pundit Tom Hale. "You have to want it."' '' 'The report points out that fares fell.' '' 'Ana Ruiz warned of fake hotspots, or access points.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Hale|It is easier being the champion,
Tom Hale|You have to want it.
The report|fares fell
Ana Ruiz|fake hotspots, or access points"
}

@test "a name after lower-case words of a description between commas is the subject ('One of the bidders, steel giant Tillax, told'); a phrase set off after a subject may open with 'once' or 'now' ('Vexmoor, once among the largest grocers, said')" {
	printf '%s\n' 'One of the foreign bidders who lost out, steel giant Tillax, told BBC News that it would bid again.' '' 'Vexmoor, once among the most profitable of grocers, said the sale would help it.' '' 'Tom Hale, now a parliamentary hopeful, said the plans would cost more.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tillax|it would bid again
Vexmoor|the sale would help it
Tom Hale|the plans would cost more"
}

@test "a closing attribution with a longer source ends the report before it (', a new book about the harbour board claims.'); a participle's phrase (', allowing it to raise the prices it charged') is no source and leaves the speaker; it goes on the report, unless it is a cue's or a stance's (', saying', ', contradicting'), the speaker's doing" {
	printf '%s\n' 'Tom Hale promised Ana Ruiz he would stand down before the vote, a new book about the harbour board claims.' '' 'Lena Okoro said demand was strong, allowing the firm to raise the prices it charged.' '' 'Ana Ruiz said the pier was safe, saying there were no cracks.' '' 'The report said the pier was safe, contradicting the mayor.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Hale|Ana Ruiz he would stand down before the vote
Lena Okoro|demand was strong, allowing the firm to raise the prices it charged
Ana Ruiz|the pier was safe
Ana Ruiz|there were no cracks
The report|the pier was safe"
}

@test "'Those close to him say', 'Sources close to Mr Hale said': those people speak, not the one they are close to; a name with an initial between commas is the subject ('Another critic, Tom K. Vetter, said')" {
	printf '%s\n' 'Tom Hale spoke on Monday.' '' 'Sources close to Mr Hale said the bid would fail.' '' 'Those close to him say he will run again.' '' 'Another critic, Tom K. Vetter, said the plan was wrong.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Sources close to Mr Hale|the bid would fail
Those close to him|he will run again
Tom K. Vetter|the plan was wrong"
}

@test "a subject opened by a number is the sentence's subject for a participle after it ('two harbour pilots implored her to act, arguing that')" {
	run sh -c "printf '%s\n' 'In a column the day before the vote, two harbour pilots implored her to act, arguing that the pier was unsafe.' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "two harbour pilots|the pier was unsafe"
}

@test "a pronoun after a report is not a person the report names ('Tom Hale spoke. Tom Vetter's plan was bossy, he added.'); 'After saying ..., she was' reports up to the comma, said by the main clause's subject" {
	printf '%s\n' 'Tom Hale spoke at the harbour on Monday.' '' "Tom Vetter's plan was a bossy one, he added." '' 'Lena Okoro spoke next.' '' 'After saying her foot was swollen, she was rushed to hospital.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "Tom Hale|he|Tom Vetter's plan was a bossy one
Lena Okoro|she|her foot was swollen"
}

@test "a cue word in -s with a past straight after it is a noun, and reports nothing ('Housing plans criticised by MPs', 'The latest Tory plans came as', 'Henman hopes ended in Dubai'), nor does one after 'following'; 'Tillax plans to sell' still reports" {
	printf '%s\n' 'Housing plans criticised by MPs' '' 'The latest Tory plans came as the campaign began.' '' 'Hale hopes ended in Dubai.' '' 'The painting will be shown following fears it would stay hidden.' '' 'Tillax plans to sell the pier.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Tillax|plans|to sell the pier"
}

@test "an abbreviation's full stop does not end a reported clause's subject ('said the Rev. Tom Hale would'); a cue word before a figure ends the subject ('Polls show 74 percent of voters said')" {
	printf '%s\n' 'Ana Ruiz said the Rev. Tom Hale would lead the service.' '' 'Polls show 74 percent of voters said Mr. Hale should resign.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and .cue==\"said\") | \"\(.mention)|\(.text)\"'"
	assert_output "Ana Ruiz|the Rev. Tom Hale would lead the service
74 percent of voters|Mr. Hale should resign"
}

@test "what one accuses another of is reported, the one accused between verb and 'of'; 'accused by X of' and 'was accused of' name no accuser" {
	cat > "$BATS_TEST_TMPDIR/acc.txt" <<'TXT'
Lena Okoro accused Tom Hale of taking bribes from the builders.

The mayor accused her rival of being a "career liar" in the debate.

Tom Vetter was accused by the union of hiding the accounts.

Tom Hale was accused of taking bribes.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/acc.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Lena Okoro|accused|taking bribes from the builders
The mayor|accused|being a \"career liar\" in the debate
null|accused|taking bribes"
}

@test "a relative clause after an appositive leaves the name before it the speaker: 'Ana Ruiz, head of the Carrow Land Trust, which owns the site, said ...'" {
	run sh -c "printf 'Ana Ruiz, head of the Carrow Land Trust, which owns the site and two farms nearby, said the sale would go ahead.\n\nTomas Berg, a spokesman for the Carrow Harbour Board, which runs the ferries, said fares would rise.\n\nHowever, one dealer, who asked not to be named, told the paper that prices were too high.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Ana Ruiz|the sale would go ahead
Tomas Berg|fares would rise
one dealer|prices were too high"
}

@test "a programme's title in marks after a tell verb's hearer is no quotation; the clause after 'that' is reported ('told Radio Carrow's \"Morning Desk\" that')" {
	run sh -c "printf 'Tomas Berg told Radio Carrow'\''s \"Morning Desk\" that the fares would rise.\n\nAna Ruiz tells Carrow FM\342\200\231s \342\200\234Late Call\342\200\235 on Friday that the ferry is safe.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.text)\"'"
	assert_output "indirect|Tomas Berg|the fares would rise
indirect|Ana Ruiz|the ferry is safe"
}

@test "a closing curly mark right before a dash still closes: each quotation of a list of signed ones gets its own signature" {
	run sh -c "printf 'Readers wrote in.\n\n\342\200\234He is ignorant of our lives.\342\200\235\342\200\225 Ana Ruiz  \342\200\234I am so ashamed of this state.\342\200\235 \342\200\225 Lena Okoro\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Ana Ruiz|He is ignorant of our lives.
Lena Okoro|I am so ashamed of this state."
}

@test "'is calling X \"...\"' reports like 'called'; 'called off', 'calling back', 'showed up' and a shot 'blasted over the bar' report nothing" {
	run sh -c "printf 'Tomas Berg is calling the plan \"a disaster for the town\".\n\nThe union called off a strike planned for Monday.\n\nThe maker is calling back 4,000 ferries.\n\nAna Ruiz showed up late at the meeting.\n\nTom Hale blasted over the bar and Carl Berg slammed into the post.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output 'Tomas Berg|calling|the plan "a disaster for the town"'
}

@test "a title in marks with small words ('Face the Harbour') or after a noun of a work ('her book, \"A Year at Sea\"') is no quotation, though a speaker is near" {
	run sh -c "printf '\"The town is calm,\" Ana Ruiz said on \"Face the Harbour.\"\n\nIn her book, \"A Year at Sea,\" Lena Okoro said the ferries were old.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.text)\"'"
	assert_output "direct|Ana Ruiz|The town is calm,"
}

@test "'according to' with no comma before it reports the clause when the source ends the sentence; not when more follows the source" {
	run sh -c "printf 'And half of the fares are too high according to the Carrow Post.\n\nThe ferry sailed according to the timetable that the board set in May.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Carrow Post|according to|half of the fares are too high"
}

@test "'against what she called a smear' after a quotation names what was called, not who spoke: the cue before the marks attributes it" {
	run sh -c "printf 'Ana Ruiz wrote in a text that, \342\200\234Mr. Berg will answer every charge\342\200\235 against what she called a smear.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\\(.speaker)|\\(.cue)\"'"
	assert_output "Ana Ruiz|wrote"
}

@test "a description of a person ('the 30-year-old', 'the actress') names the person the story is about there, of the right gender; 'the charity's director' is someone else" {
	run sh -c "printf 'Tomas Berg scored twice for Carrow on Sunday.\n\n\"It was a good day,\" said the 30-year-old.\n\nTomas Berg and Lena Okoro opened the festival. The actress said she was delighted.\n\nAna Ruiz visited the Carrow Food Bank. The charity\047s director said demand had doubled.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_line --index 0 "Tomas Berg|the 30-year-old"
	assert_line --index 1 "Lena Okoro|The actress"
	assert_line --index 2 "The charity's director|The charity's director"
}

@test "'the company said' names the organisation the story is about; 'the central bank' is another one and stays as written" {
	run sh -c "printf 'Vexmoor Ferries cut 200 jobs on Monday.\n\nThe company said demand had fallen. The central bank said rates would stay where they are.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.speaker_label)|\(.mention)\"'"
	assert_line --index 0 "Vexmoor Ferries|ORG|The company"
	assert_line --index 1 "The central bank|null|The central bank"
	# named once, far back and not in the lead: too weak to stand for it
	run sh -c "printf 'Ana Ruiz spoke in Carrow. She spoke again. Then she left. The port was busy. Tellby Marine Ltd sent two boats. The crews were tired. The sea was rough. The wind rose. The firm said it would send more.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | .speaker'"
	assert_output "The firm"
}

@test "verbs that judge ('condemned X as \"...\"') report what they name; a passive ('has been labelled', 'was called \"...\" by', 'was asked:') makes its subject no speaker, its agent after 'by' the speaker" {
	run sh -c "printf 'Lena Okoro condemned the plan as \342\200\234reckless and cruel\342\200\235 on Monday.\n\nThe ferry plan has been labelled unworkable by the Carrow Trust.\n\nTomas Berg was called \342\200\234the best mayor in years\342\200\235 by the Carrow Post.\n\nAna Ruiz was asked: \342\200\234Why do you want the ferry to close for good?\342\200\235\n\nTomas Berg likened the plan to \342\200\234a leaky boat\342\200\235 on Friday.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "indirect|Lena Okoro|condemned|the plan as “reckless and cruel” on Monday
direct|Carrow Post|called|the best mayor in years
direct|null|asked|Why do you want the ferry to close for good?
indirect|Tomas Berg|likened|the plan to “a leaky boat” on Friday"
}

@test "a cue noun after a preposition reports nothing ('unhappy about plans to', 'scoffed at claims that', 'one of the men behind plans to'); after a cue in -ed it is that cue's object, not a second report ('announced plans to', 'denied reports that')" {
	printf '%s\n' 'Ministers are unhappy about plans to use harbour cash.' '' 'Critics scoffed at claims that the pier is safe.' '' 'Tom Hale is one of the men behind plans to reopen the pier.' '' 'Tillax announced plans to buy 19.9% of the firm.' '' 'Ana Ruiz has denied reports that she will quit.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Tillax|announced|plans to buy 19.9% of the firm
Ana Ruiz|denied|reports that she will quit"
}

@test "a verb in -ed before a cue noun is no part of the mention ('The board backed plans to' names the board)" {
	printf '%s\n' 'The Tellby board backed plans to close the pier.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "The Tellby board|plans|to close the pier"
}

@test "an attribution that closes its sentence may describe its speaker at length: ', said Ana J. Ruiz, a longtime adviser to the family who runs the firm.'" {
	printf '%s\n' 'The first ferry could sail this week, said Ana J. Ruiz, a longtime adviser to the family who runs the firm and its three boats.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Ana J. Ruiz|said|The first ferry could sail this week"
}

@test "an attribution set off inside its sentence may name whom it was told ('The fares, she told reporters, will rise'; 'The change, he told me on Friday, is')" {
	printf '%s\n' 'The fares, Ana Ruiz told reporters, will rise in May.' '' 'The change, Tomas Berg told me on Friday, is that the pier will close.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Ana Ruiz|told|The fares, Ana Ruiz told reporters, will rise in May
Tomas Berg|told|The change, Tomas Berg told me on Friday, is that the pier will close"
}

@test "a bracket after the name of an attribution that closes its sentence is passed over and left out of the mention (', Sen. Ana Ruiz (D-Carrow) told the Post.', ', the Harbour Office (THO) said.')" {
	printf '%s\n' 'The pier would close in May, Sen. Ana Ruiz (D-Carrow) told the Tellby Post.' '' 'Fares rose by 1% in May, the Carrow Harbour Office (CHO) said.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Ana Ruiz|Sen. Ana Ruiz|told|The pier would close in May
Carrow Harbour Office|the Carrow Harbour Office|said|Fares rose by 1% in May"
}

@test "an attribution that closes a sentence holding a report of its own reports the whole ('The mayor said the pier is safe, Tomas Berg said.'), but a medium's 'reported' is only the channel" {
	printf '%s\n' 'Lena Okoro said the pier is safe, Tomas Berg said.' '' 'Ana Ruiz told the board that fares would rise, state media reported.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Tomas Berg|said|Lena Okoro said the pier is safe
Lena Okoro|said|the pier is safe
Ana Ruiz|told|fares would rise"
}

@test "no closing attribution after ', and' or a clause of its own (', despite being told to'); after a passive (', the court was told.') the report has no speaker; the bidding after ', and' is the board's own" {
	printf '%s\n' 'Fares rose in May, and the board has asked the town to act.' '' 'The band plays on when the winners ramble on, despite being told to be brief.' '' 'The ballots were found in a warehouse, the court was told.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "the board|the board|asked|to act
null|null|told|The ballots were found in a warehouse"
}

@test "a report keeps a sign or a closed bracket that ends it ('sales rose 5%', '(the most since 2001)')" {
	printf '%s\n' 'Tillax said that sales rose 5%.' '' 'Tillax said that fares rose (the most since 2001).' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | .text'"
	assert_output "sales rose 5%
fares rose (the most since 2001)"
}

@test "a number with thousands separators is one word ('a survey of 1,300 bosses suggests', '157,000 new jobs')" {
	printf '%s\n' 'Most firms are optimistic, a survey of 1,300 bosses suggests.' '' 'According to the harbour office, 157,000 new jobs were added in May.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and .cue != \"optimistic\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "a survey of 1,300 bosses|suggests|Most firms are optimistic
the harbour office|According to|157,000 new jobs were added in May"
}

@test "'who’s' with a curly apostrophe before a cue is 'who has' ('Ana Ruiz, who’s called for lower fares, ...')" {
	printf 'Ana Ruiz, who\342\200\231s called for lower fares, spoke on Monday.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)\"'"
	assert_output "Ana Ruiz|called"
}

@test "a modal before the cue is no part of the mention ('The union can argue that' names the union); 'refused to say whether' still reports" {
	printf '%s\n' 'The union can argue that the toll is unfair.' '' 'Tom Hale refused to say whether the pier would close.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and .cue != \"refused\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "The union|argue|the toll is unfair
Tom Hale|say|whether the pier would close"
}

@test "a channel that quotes someone names the one quoted, for a quotation or a clause before it (', state media quoted Ana Ruiz as saying.', ', the paper quotes a source close to the firm.'); so does 'was quoted as saying'" {
	printf '%s\n' '"We will win the vote next week," state media quoted Ana Ruiz as saying.' '' 'The ferries could stop for a week, the agency reported the harbour master as saying.' '' '"The sale destroyed the firm," the Tellby news agency quoted Tom Hale as saying via his lawyers.' '' '"The biggest challenge is the spread of disease," the aid agency was quoted as saying.' '' 'Tom Vetter spoke on Monday.' '' '"The firm wants its money used well," the paper quotes a source close to the firm.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Ana Ruiz|Ana Ruiz|quoted|We will win the vote next week,
the harbour master|the harbour master|reported|The ferries could stop for a week
Tom Hale|Tom Hale|quoted|The sale destroyed the firm,
the aid agency|the aid agency|quoted|The biggest challenge is the spread of disease,
a source close to the firm|a source close to the firm|quotes|The firm wants its money used well,"
}

@test "after a quotation: 'according to X', and a long description of the speaker before the cue ('the minister for harbour affairs Ana Ruiz said', 'Tom Hale, an analyst at Tillax told')" {
	printf '%s\n' '"The port is the busiest in the region," according to Lena Okoro, director of the board.' '' '"The days of cheap fares are over," the minister for harbour affairs Ana Ruiz said.' '' '"There is a whiff of a sweetener in there," Tom Hale, an analyst at Tillax told the Post.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)\"'"
	assert_output "Lena Okoro|according to
Ana Ruiz|said
Tom Hale|told"
}

@test "a quotation that opens the sentence after a person's report in the same paragraph continues that person's turn; not after a report of a firm's" {
	printf '%s\n' 'Prices were steep but Tom Evans said sales were brisk. "I have sold quite a lot already."' > "$BATS_TEST_TMPDIR/a.txt"
	printf '%s\n' 'The Carrow Harbour Board said sales were brisk. "Prices will fall in the spring sales this year."' > "$BATS_TEST_TMPDIR/b.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' '$BATS_TEST_TMPDIR/b.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and .kind==\"direct\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Evans|I have sold quite a lot already.
null|Prices will fall in the spring sales this year."
}

@test "a quotation that opens a paragraph continues the turn of the speaker of the paragraph before, whatever follows it; a heading's does not" {
	printf '%s\n' '"We sold out in days," Tom Hale said.' '' '"We are proud of the fans." More than 120 acts will play.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Hale|We sold out in days,
Tom Hale|We are proud of the fans."
	printf '%s\n' '"We sold out in days," Tom Hale said.' '' "'No room for delay' on the pier" '' 'Ana Ruiz told the board there was "no room for delay" on the pier.' > "$BATS_TEST_TMPDIR/b.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/b.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and .kind==\"direct\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Hale|We sold out in days,
Ana Ruiz|No room for delay"
}

@test "a verb of manner next to a quotation attributes it ('\"...,\" laughed Tom Hale', '\"...,\" implored Ana Ruiz')" {
	printf '%s\n' '"The pier will reopen in May," laughed Tom Hale.' '' '"Do you not care about the pier?" implored Ana Ruiz.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)\"'"
	assert_output "Tom Hale|laughed
Ana Ruiz|implored"
}

@test "'they' is the plural an attribution just before named ('Harbour officials said ... They added'), or the plural subject of the sentence before ('Carrow fans met ... They said'); else it stays 'they'" {
	printf '%s\n' 'Harbour officials said the pier was safe. They added that repairs would start soon.' > "$BATS_TEST_TMPDIR/a.txt"
	printf '%s\n' 'Carrow fans met in Tellby on Friday. They said the club had let them down.' > "$BATS_TEST_TMPDIR/b.txt"
	printf '%s\n' 'The pier was closed. They said it would reopen.' > "$BATS_TEST_TMPDIR/c.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' '$BATS_TEST_TMPDIR/b.txt' '$BATS_TEST_TMPDIR/c.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "Harbour officials|Harbour officials|said
Harbour officials|They|added
Carrow fans|They|said
They|They|said"
}

@test "a phrase set off after the subject is passed over ('The letter, from the harbour office, says:'); a quotation opening a paragraph continues the person whose report ends the paragraph before" {
	printf '%s\n' 'The letter, from the harbour office, says: "We are writing to tell you that the pier will close in May."' > "$BATS_TEST_TMPDIR/a.txt"
	printf '%s\n' 'Tom Hale said the ferry trade would grow next year.' '' '"With these boats, clearly we are going to lead the trade." More boats will come.' > "$BATS_TEST_TMPDIR/b.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' '$BATS_TEST_TMPDIR/b.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)\"'"
	assert_output "The letter|says
Tom Hale|said
Tom Hale|null"
}

@test "'His message to the mayor was: \"...\"' is the owner's, resolved as a pronoun" {
	printf '%s\n' 'Tom Hale said stability was all important. His message to the mayor was: "Please do not give it away in any form of electioneering."' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and .kind==\"direct\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "Tom Hale|His"
}

@test "a paragraph of quotations only continues the turn of the speaker before it, each quotation in it" {
	printf '%s\n' '"The ball ran for me," said Tomas Berg.' '' '"I had a lot of chances." "That was the key to the set."' '' 'Hale played down his defeat.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tomas Berg|The ball ran for me,
Tomas Berg|I had a lot of chances.
Tomas Berg|That was the key to the set."
}

@test "'it' set off by a comma before its cue is the subject ('The fares, it said, would rise'; 'On Monday, it announced'), resolved like 'It said' or kept as 'it'" {
	printf '%s\n' 'The Carrow Harbour Board met on Monday. The fares, it said, would rise.' '' 'Shares fell. On Monday, it announced a loss.' > "$BATS_TEST_TMPDIR/it.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/it.txt' | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Carrow Harbour Board|it|said|The fares, it said, would rise
it|it|announced|a loss"
}

@test "'It said' after an attribution that closes the sentence before names that organisation; so does a subject after words that describe it ('Port regulator X fined ...'); not several ('employment tribunals said. It said')" {
	run sh -c "printf 'The fund cut its forecast on Monday, the Carrow Harbour Board said. It said trade would recover by May.\n\nPort regulator Tellby Maritime Authority fined the ferry firm. It said the boats were unsafe.\n\nShipping rose in March, employment tribunals said. It said nothing more.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and .mention==\"It\") | .speaker'"
	assert_output "Carrow Harbour Board
Tellby Maritime Authority
It"
}

@test "a pronoun after an unnamed spokesman's attribution is that spokesman, of the right gender" {
	run sh -c "printf 'A spokesman for the Carrow Harbour Board said the fares would rise. Lena Okoro, the mayor, welcomed the plan. \"We have waited years for this,\" he said.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and .mention==\"he\") | .speaker'"
	assert_output "A spokesman for the Carrow Harbour Board"
}

@test "set phrases and other senses of a cue report nothing ('Having said that', 'It goes without saying', 'as predicted', 'Do you know', 'called into', 'reported from', 'a stream called X', 'declined slightly', 'spoke for an hour'); 'said from X that' still reports" {
	run sh -c "printf 'Having said that, the board still backs the plan. It goes without saying that the ferry is late. The harbour wall gave way as predicted. Do you know where the ferry stops? She called into a harbour phone-in. Ana Ruiz reported from Carrow. The mill sits near a stream called Tellby Run. The fare index declined slightly from 12 points. The two captains spoke for about an hour.\n\nTomas Berg said from Tellby that the fares would rise.\n\nLena Okoro declined firmly to say whether she would stand.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Tomas Berg|said|the fares would rise
Lena Okoro|declined|firmly to say whether she would stand
Lena Okoro|say|whether she would stand"
}

@test "a name after 'called' that ends its phrase, 'so called', an agentless passive and a title after 'called' or 'labelled' report nothing; 'called Hale a liar', 'called Hale \"reckless\"' still report" {
	run sh -c "printf 'The group called the Tillax Order was banned last year.\n\nShe once sang in a duo called Hale & Berg, with two cousins.\n\nAna Ruiz called Tom Hale on Monday to wish him well.\n\nThe so called experts were silent.\n\nThey are usually called green reports in the trade.\n\nPolice were called to the house on Friday.\n\nHe stars in a film called \"Tillax Nights\" this spring.\n\nThe vote was won by a user labelled \"Quiet Owl\" online.\n\nLena Okoro called Tom Hale a liar.\n\nAna Ruiz called Tom Hale \"reckless\" on Monday.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Lena Okoro|called|Tom Hale a liar
Ana Ruiz|called|Tom Hale \"reckless\" on Monday"
}

@test "a meeting or a vote convened or people summoned reports nothing ('called an emergency meeting', 'called a snap election', 'called the band to the stage'); 'called the vote a sham' and 'called her vote a mistake' still report" {
	run sh -c "printf 'The Carrow council called an emergency meeting to discuss the flood.\n\nAna Ruiz called a snap election for June.\n\nThe band leader called the dancers to the stage.\n\nTom Hale called the vote a sham.\n\nLena Okoro called her vote in favour of the plan a mistake.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Tom Hale|called|the vote a sham
Lena Okoro|called|her vote in favour of the plan a mistake"
}

@test "a participle after a verb in the past and its object has that verb's subject ('The ministry issued a statement on Monday saying', 'After a late meeting, the harbour board sent a letter calling')" {
	run sh -c "printf 'The ministry issued a statement on Monday saying the fares would rise.\n\nAfter a late meeting, the harbour board sent a letter calling the plan a disgrace.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)\"'"
	assert_output "The ministry|saying
the harbour board|calling"
}

@test "a quotation with no attribution and no turn in its paragraph, opening the sentence after one whose subject is a person, is that person's ('Tom Evans went on to list his record. \"...\"', a description set off after the name too); not after a sentence about a thing" {
	run sh -c "printf 'The hall was full. \"Nobody had seen a crowd like it before that night.\"\n\nTom Evans went on to list his record. \"So now we have a choice, and we must take it.\"\n\nOn this subject, Ana Ruiz appears almost evangelical. \"I was on a cruise and so was the party leader.\"\n\nLena Okoro, editor of the Carrow Post, understandably has her doubts. \"It is just a plan, and plans change.\"\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "null|null|null
Tom Evans|Tom Evans|null
Ana Ruiz|Ana Ruiz|null
Lena Okoro|Lena Okoro|null"
}

@test "an aside, an example or a description without an article set off after a subject is skipped ('Analysts, however, say', 'Other agencies, such as the Carrow Bank, have said', 'Tillax, owner of Vexmoor, has said'); not after an opening adverb ('Locally, too, say analysts')" {
	run sh -c "printf 'Analysts, however, say prices will fall.\n\nOther agencies, such as the Carrow Bank, have said that it is too early.\n\nTillax, owner of Vexmoor in London, has also said it is interested.\n\nLocally, too, say analysts, the market has done well.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)\"'"
	assert_output "Analysts|say
Other agencies|said
Tillax|said
null|say"
}

@test "'it' straight before a cue where nothing else is the subject speaks, for the first organisation named before it in its sentence ('Shares in Tillax Corp fell after it agreed'); not one named in a report that ', it said' closes" {
	run sh -c "printf 'Shares in Tillax Corp fell after it agreed to pay more for coal.\n\nThe Vexmoor Bank met on Monday. Sales at Carrow Rail rose, it said.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "Tillax Corp|it|agreed
Vexmoor Bank|it|said"
}

@test "'So far' opening a sentence is no part of its subject ('So far the Carrow Council has refused')" {
	run sh -c "printf 'So far the Carrow Council has refused to sign the deal.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)\"'"
	assert_output "the Carrow Council|refused"
}

@test "'it' stands for the last organisation straight before its verb in its sentence ('Shares in Vexmoor Corp fell while Tillax Corp slid after it agreed'), else the first ('Vexmoor Corp told the Carrow Post it expected')" {
	run sh -c "printf 'Shares in Vexmoor Corp fell while Tillax Corp slid after it agreed to pay more.\n\nVexmoor Corp told the Carrow Post it expected a loss.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "Tillax Corp|it|agreed
Vexmoor Corp|Vexmoor Corp|told"
}

@test "'it' after an opening word is the subject of its cue ('But it says'), and its organisation is the subject of the sentence before past a phrase that opens it ('At the High Court on Monday, the Carrow Alliance failed')" {
	run sh -c "printf 'At the High Court on Monday, the Carrow Alliance failed in its attempt to stop the law. But it says the ban cannot be enforced.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "Carrow Alliance|it|says"
}

@test "a participle after 'those' or a word for people belongs to the subject ('Half of those questioned said', 'The officials questioned said'), and the participle reports nothing" {
	run sh -c "printf 'Half of those questioned said they could get the same news elsewhere.\n\nThe officials questioned said nothing had changed.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Half of those questioned|said|they could get the same news elsewhere
The officials questioned|said|nothing had changed"
}

@test "a name between commas after a description may hold an ampersand and be followed by its acronym in brackets (\"Carrow's biggest firm, Oil & Gas Corp (COG), says\")" {
	run sh -c "printf \"Carrow's biggest oil firm, Tillax Oil & Gas Corp (TOG), says it is in talks to buy the field.\\n\" | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\\(.mention)|\\(.cue)\"'"
	assert_output "Tillax Oil & Gas Corp|says"
}

@test "a place set off after a town names no one ('a student from Tellby, Nebraska, said'), and a report without 'that' may follow a place set off after an appositive ('..., University of Carrow, Tellby, said the show would open')" {
	run sh -c "printf 'Ana Ruiz, curator of prints at the University of Carrow, Tellby, said the show would open.\n\nAndrew Vetter, a student from Tellby, Nebraska, said he would run.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Ana Ruiz|said|the show would open
Andrew Vetter|said|he would run"
}

@test "a person named after a body and a title opens the sentence as the subject of a cue after 'and' ('Carrow Rail co-founder Tom Hale wrote to Ana Ruiz and said'); a body alone still is" {
	run sh -c "printf 'Carrow Rail co-founder Tom Hale wrote to Ana Ruiz and said the boy was welcome.\n\nVexmoor Bank met Lena Okoro and said the loan was safe.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "Tom Hale|Carrow Rail co-founder Tom Hale
Vexmoor Bank|Vexmoor Bank"
}

@test "a place set off after a body's name in a speaker's description is not the speaker ('Ana Ruiz, curator at the University of Carrow, London, said, \"...\"')" {
	run sh -c "printf 'Ana Ruiz, curator at the University of Carrow, London, said, \"These prints are a record.\"\n\nTom Hale, director of Vexmoor Bank, Tellby, said, \"We will lend more.\"\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Ana Ruiz|These prints are a record.
Tom Hale|We will lend more."
}

@test "a conjunction between a clause and the attribution that closes it is no part of the mention (', as Berg predicted', ', and Okoro said')" {
	run sh -c "printf 'The fares rose in May, as Tomas Berg predicted.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.text)\"'"
	assert_output "Tomas Berg|The fares rose in May"
}

@test "capitals before a plural and its verb are the whole subject ('Carrow dockers walked out ... demanding'), and an adjective before a plural and 'of' names no one ('Large crowds of fans')" {
	run sh -c "printf 'Carrow dockers walked out last week demanding a higher pay rise.\n\nLarge crowds of fans marched while chanting, \"We want a new manager.\"\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)\"'"
	assert_output "Carrow dockers|demanding
null|chanting"
}

@test "a name that qualifies people before their verb is no speaker of its own: 'Carrow Harbour Board officials backed ..., saying' names the officials, 'Senior Tellby executives' the executives" {
	run sh -c "printf 'Carrow Harbour Board officials backed the plan, saying it would help.\n\nSenior Tellby Marine executives warned of heavy losses in the spring.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | .speaker'"
	assert_output "Carrow Harbour Board officials
Senior Tellby Marine executives"
}

@test "', said X' after words that end the clause names X ('by the storms, said the board'); 'his spending plans' is a noun, not a cue; 'its phones called Seeker' names a thing" {
	run sh -c "printf 'Work on the pier was \342\200\234badly delayed\342\200\235 by the storms, said the Carrow Harbour Board.\n\nTomas Berg insisted his spending plans were sound.\n\nThe maker will sell a ferry app for its phones called Seeker next year.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "direct|Carrow Harbour Board|said|badly delayed
indirect|Tomas Berg|insisted|his spending plans were sound"
}

@test "a mention does not end in a comma ('\"...\" dock hand Ana Ruiz, told the Post')" {
	run sh -c "printf '\"Prices will rise,\" dock hand Ana Ruiz, told the Carrow Post.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | .mention'"
	assert_output "dock hand Ana Ruiz"
}

@test "an adverb or an auxiliary after the subject is no part of the mention, nor of the speaker it stands for ('The company also said it had agreed', 'The Republican is also urging his supporters to ask')" {
	run sh -c "printf 'The company also said it had agreed a loan with the bank.\n\nTom Hale spoke on Friday. The Republican is also urging his supporters to ask why he lost.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.cue)|\(.mention)|\(.speaker)\"'"
	assert_output "said|The company|The company
agreed|The company|The company
urging|The Republican|Tom Hale
ask|The Republican|Tom Hale"
}

@test "a quotation in the same curly marks inside a curly quotation belongs to it where two closing marks follow ('“... what he calls “hell” than ...” ― Ana Ruiz')" {
	run sh -c "printf '“I would rather live in what he calls “hell” than live here.” ― Ana Ruiz\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Ana Ruiz|I would rather live in what he calls “hell” than live here."
}

@test "a straight mark left open inside a curly quotation does not keep its closing curly mark from closing it ('“He never said \"no to the plan,” Ana Ruiz said.')" {
	run sh -c "printf '“He never said \"no to the plan,” Ana Ruiz said.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output 'Ana Ruiz|He never said "no to the plan,'
}

@test "a year after an opening preposition is no part of the mention ('In 2011 the union said')" {
	run sh -c "printf 'In 2011 the union said it would strike.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | .mention'"
	assert_output "the union"
}

@test "hearsay in the passive reports nothing ('The owners, the Tellby family, are said to be weighing an offer'); ', said Dr Okoro.' after a sentence naming no one reports the sentence, not the name; 'their artistic urges' is a noun" {
	run sh -c "printf 'The owners of Carrow Mills, the Tellby family, are said to be weighing an offer.\n\nSome faults, such as pop-up boxes, and designers indulging their artistic urges have almost gone, said Dr Okoro.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Dr Okoro|said|Some faults, such as pop-up boxes, and designers indulging their artistic urges have almost gone"
}

@test "a semicolon inside brackets ends no report ('30m euros (\$39m; 21m pounds) until June'); 'accused of' straight after its subject is a passive, and the one accused no speaker" {
	run sh -c "printf 'The club said it needs almost 30m euros (\$39m; 21m pounds) until the end of June.\n\nFormer Vexmoor boss Tom Hale is on trial, accused of hiding a loss.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "The club|said|it needs almost 30m euros (\$39m; 21m pounds) until the end of June
null|accused|hiding a loss"
}

@test "a linking word opening the sentence is no part of the report ('However, the rise may not last, they say.'); a plural cue with a verb after it is a noun ('aid pledges must be kept'), and so names no cue for a quotation ('The harbour plans have drawn a complaint about \"noise\"')" {
	run sh -c "printf 'However, the rise in sales may not last, the shop owners say.\n\nTom Hale warned that aid pledges must be kept.\n\nThe harbour plans have drawn a complaint about \"noise\".\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.cue)|\(.text)\"'"
	assert_output "say|the rise in sales may not last
warned|aid pledges must be kept"
}

@test "after a quotation, a name with a description between dashes, or between a comma and a dash and then dashes, before the cue is the speaker ('\"...,\" Tom Hale - then adviser to the mayor - told a press conference')" {
	run sh -c "printf '\"We used to see this kind of thing,\" Tom Hale - then adviser to the mayor - told a press conference.\n\n\"We will need no more aid,\" Ana Ruiz, director of Carrow Bank -- one of the lenders -- said.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)\"'"
	assert_output "Tom Hale|told
Ana Ruiz|said"
}

@test "a channel quoting a titled name names the name ('AP quoted prosecutor Tom Hale as saying'); 'pointed out Tom Hale' and 'former Olympian and pundit Ana Ruiz' after a quotation name the person; a quotation with no attribution takes the one closing its sentence after a later quotation" {
	run sh -c "printf '\"He has been ripping people off for years,\" AP quoted prosecutor Tom Hale as saying.\n\n\"It is easier being the champion,\" pointed out Tom Hale.\n\n\"It is easier,\" said former Olympian and pundit Ana Ruiz.\n\n\"We should seek a fix that keeps the pier open\" without turning the harbour into \"a dead end\", he said.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "prosecutor Tom Hale|quoted|He has been ripping people off for years,
Tom Hale|pointed|It is easier being the champion,
former Olympian and pundit Ana Ruiz|said|It is easier,
he|said|We should seek a fix that keeps the pier open
he|said|a dead end"
}

@test "a label of a description and a person's name before a colon names the speaker ('- Carrow boss Tom Hale: \"...\"'), not a clause ('Ana Ruiz told Tom Hale:')" {
	run sh -c "printf -- '- Carrow Rovers boss Tom Hale: \"After conceding eight goals in three matches, I am not confident.\"\n\nAna Ruiz told Tom Hale: \"We will not sell the pier to anyone.\"\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "Tom Hale|Carrow Rovers boss Tom Hale
Ana Ruiz|Ana Ruiz"
}

@test "a long description before the cue after a quotation may join posts with 'and' ('Vexmoor chairman and chief executive Tom Hale said'), and may have no capital when a determiner opens it and a person's noun ends it ('the world 200m and 400m record holder told')" {
	run sh -c "printf '\"Vexmoor reported solid results in 2004, despite hard conditions,\" Vexmoor chairman and chief executive Tom Hale said.\n\n\"At the moment, the biggest factor is to be number one in the town,\" the world 200m and 400m record holder told Carrow Radio.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)\"'"
	assert_output "Vexmoor chairman and chief executive Tom Hale|said
the world 200m and 400m record holder|told"
}

@test "a quotation over paragraphs continues into the paragraph where it ends ('\"It should have been easier,\" said Hale. \"But ...'); a few words in marks inside a later sentence are no turn of the quotation before and go as scare quotes" {
	run sh -c "printf 'Tom Hale said: \"We played well.\n\n\"We scored twice.\n\n\"We can win this.\" He was pleased. \"But I knew the second half would be hard for us.\" His club, whose name means \"the iron men\" in Welsh, was founded in 1901.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text[:14])\"'"
	assert_output "Tom Hale|We played well
Tom Hale|But I knew the"
}

@test "a few words in marks inside a sentence after a quotation are no turn of it ('His club, whose name means \"the iron men\" in Welsh, ...'): no speaker, so a scare quote" {
	run sh -c "printf 'Tom Hale said: \"We can win this.\" His club, whose name means \"the iron men\" in Welsh, was founded in 1901.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Hale|We can win this."
}

@test "an attribution closing the sentence far from the marks names the quotation's speaker ('Hale \"should have withdrawn it\" when he knew ..., said Ms Ruiz.'); a name with two descriptions between commas before the cue after a quotation speaks, not the listener of 'told the Post'" {
	run sh -c "printf 'Mr Hale \"should have withdrawn the comment at once\" when he knew the man was a reporter, said Ms Ruiz.\n\n\"As we move to larger pictures, we need more room on every disc we make,\" Tom Berg, from the Vexmoor lab, one of the makers of the disc, told the Carrow Post.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)\"'"
	assert_output "Ms Ruiz|said
Tom Berg|told"
}

@test "after a quotation, a long description may hold a bracket and reach the cue fifteen words on ('the new chair of the Harbour Trust (HT), Ana Ruiz, says'); a channel quoting 'several lawmakers' names them" {
	run sh -c "printf '\"In a sense, we have hardly started,\" the new chair of the Harbour Trust (HT), Ana Ruiz, says.\n\n\"The firm gave us good news on its debt,\" Carrow news agency Apcom quoted several lawmakers as saying.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)\"'"
	assert_output "Ana Ruiz|says
several lawmakers|quoted"
}

@test "words around a cue that make it no report: 'better than expected', 'the most promising act', 'learn to', 'The work, written for', 'was discussed when'; 'is continuing to insist' and 'His lawyers, led by Tom Hale, have vowed' keep their subject; 'the Low Pay Board which said' names the board; 'the Post quoted an executive at Vexmoor as saying' names the executive" {
	run sh -c "printf 'With growth doing better than expected the picture for exports could be one of strong demand.\n\nThe band came top of the poll to find the most promising new act.\n\nIf only the firm could learn to leverage that need for progress.\n\nThe work, written for the wedding of a customs official, was lost for years.\n\nThe pier was discussed when the mayor visited Tellby.\n\nBut the council is continuing to insist that the orders must be signed by the mayor.\n\nHis lawyers, led by Tom Hale, have vowed to prove him innocent at trial.\n\nThe figures came from the Low Pay Board which said the number of jobs had grown.\n\nThe Post quoted an unnamed executive at Vexmoor as saying the group would bid.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "the council|insist|the orders must be signed by the mayor
His lawyers|vowed|to prove him innocent at trial
which|said|the number of jobs had grown
an unnamed executive at Vexmoor|saying|the group would bid"
}

@test "'as X put it' before a quotation, 'per X' after one and a label 'A lesson from X:' name the speaker" {
	run sh -c "printf 'As Ms. Ruiz put it in a statement to the Post, the station is \"giving a view you will not get from the big papers.\"\n\nMembers may vote by proxy, but not when voting \"to fill a vacancy on the ticket,\" per the party'\"'\"'s bylaws.\n\nA lesson from Ana Ruiz: \"Be the voice that people hear.\"\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)\"'"
	assert_output "Ms. Ruiz|put
the party's bylaws|per
Ana Ruiz|null"
}

@test "quoted words that open a reported clause which goes on after them make it a report, not a lone quotation ('he said \"budget reforms\" and unpaid taxes would pay for them')" {
	run sh -c "printf 'The mayor gave no figure, though he said \"budget reforms\" and unpaid taxes would pay for the pier.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.mention)|\(.text)\"'"
	assert_output 'indirect|he|"budget reforms" and unpaid taxes would pay for the pier'
}

@test "no report from a cue with a gap for its object ('what she wants', 'what to say', 'Everything Hale says is a lie'; not 'what it called a criminal attack'), 'responded by using', 'calling out Hale', 'told a dispatcher before police arrived', ', another firm that had declared bankruptcy.' or 'a mountain stream called Miracle Run'" {
	run sh -c "printf 'Her support still lags below what she wants and his fans show more zeal.\n\nThe owners never told them what to say or not say about the pier.\n\nEverything Hale says is a lie unless proven otherwise.\n\nHale responded by using the example of Carrow to prove that the ban is no answer.\n\nThe campaign hopes the host will step in by calling out Hale for his lies.\n\nA caller told a dispatcher before police arrived on scene.\n\nHe took over clean-up duties from Tellby Coal, another mining company that had declared bankruptcy.\n\nThe mine was built near a meandering mountain stream called Miracle Run.\n\nVexmoor is looking into what it called a criminal attack on its software.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.cue)|\(.text)\"'"
	assert_output "hopes|the host will step in by calling out Hale for his lies
called|a criminal attack on its software"
}

@test "a passive with an adverb between ('was also found guilty', 'was widely criticised at the time') names no speaker and reports no finding" {
	run sh -c "printf 'Tom Hale was also found guilty of breaking a state law on junk mail.\n\nPolice said a second device was also found in Carrow and that site is being treated as a crime scene.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "Police|said|a second device was also found in Carrow and that site is being treated as a crime scene"
}

@test "a cue after 'and' that joins it to a verb in -ed with a pronoun before it has that pronoun for its subject ('after she attacked the police and blamed the shootings on bias')" {
	run sh -c "printf 'Tom Hale called Ana Ruiz a disgrace after she attacked the police and blamed the shootings on bias.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and .cue==\"blamed\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "Ana Ruiz|she"
}

@test "a past form not in -ed makes a reported clause ('said the event brought back memories', 'said the region grew by 5%'); 'told the Treasury Select Committee that' reports after 'that'; 'found out' and 'claimed the coaching award' report nothing" {
	run sh -c "printf 'Ana Ruiz, who watched the ceremony, said the event brought back memories of her father.\n\nHe told the Carrow Harbour Select Committee that a growing port meant more jobs.\n\nThe firm found out last year when it lost a case in Tellby.\n\nTom Hale claimed the coaching award while his side held off Carrow.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.cue)|\(.text)\"'"
	assert_output "said|the event brought back memories of her father
told|a growing port meant more jobs"
}

@test "'which' or 'that' after a writing before its cue stands for the writing ('a Carrow Commission ruling which said', 'released statistics which showed')" {
	run sh -c "printf 'Two governments are challenging a Carrow Commission ruling which said Tellby should have sole rights to the name.\n\nIn May the firm released statistics which showed that attacks rose sharply.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.cue)\"'"
	assert_output "a Carrow Commission ruling|which|said
statistics|which|showed"
}

@test "'It' opening a sentence with a verb of its own is the subject of a cue after 'and' ('The Vexmoor Bank gave its results on Monday. It made a loss and said that debts will rise'), not 'It is expected'" {
	run sh -c "printf 'Vexmoor Bank gave its results on Monday.\n\nIt made a loss of 27m euros in the half year and said that its debts will rise by June.\n\nIt is expected that the bank will cut jobs, and said that nobody knew.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "Vexmoor Bank|It|its debts will rise by June
null|null|the bank will cut jobs
null|null|nobody knew"
}

@test "bad input: past 32 quotations in a document's headings the rest are not matched against the body (a heading of many marks would cost the square of the document)" {
	run sh -c "awk 'BEGIN { for (i = 1; i <= 40; i++) printf \"\\\"w%d\\\" \", i; printf \"\\n\\nTom Hale said: \\\"\"; for (i = 1; i <= 40; i++) printf \"w%d \", i; print \"all done.\\\"\" }' | segment | extract-quotes | jq -r 'select(.type==\"quote\") | .speaker' | sort | uniq -c | awk '{print \$1, \$2, \$3}'"
	assert_output "33 Tom Hale"
}

@test "a relative 'who' after plain words stands for them ('charities who say', 'members of parliament who have attacked', 'those who feel'), within its sentence and not past a preposition that opens it" {
	run sh -c "printf 'The bill has broad support from charities who say it would give better safeguards.\n\nThe plan could be blocked by members of parliament who have attacked earlier sales of the pier.\n\nAmong those who criticised the plans was the mayor.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)\"'"
	assert_output "charities|say
members of parliament|attacked
those|criticised"
}

@test "the subject of a passive verb of telling is its hearer, not the speaker ('Tom Hale was told that', 'was once asked how'), but one who feels names himself ('is confident about'); 'a video that shows' names the video" {
	run sh -c "printf 'Tom Hale was told that the port would close.\n\nTom Hale was once asked how the war would end.\n\nTom Hale is confident about the future of the port.\n\nOfficials have a video that shows the blast.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)\"'"
	assert_output "null|told
null|asked
Tom Hale|confident
a video|shows"
}

@test "a noun-like cue in -s closing the sentence after a name or a determiner reports the clause before ('..., The Carrow Journal reports.', '..., the book claims.'), not after 'according to'; 'cautioned, as did the campaign itself, that' reports after 'that'" {
	run sh -c "printf 'Bonuses for bankers were \$500 every three months, The Carrow Journal reports.\n\nThe film set a new record, according to reports.\n\nSeveral experts cautioned, as did the campaign itself, that the tax plans might change.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "The Carrow Journal|reports|Bonuses for bankers were \$500 every three months
reports|according to|The film set a new record
Several experts|cautioned|the tax plans might change"
}

@test "the subject of 'is set to announce', 'is likely to say', 'is due to unveil' is the speaker" {
	run sh -c "printf 'The firm is set to announce that it will cut 200 jobs.\n\nA spokesman for the group was unable to say when the plant would reopen.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)\"'"
	assert_output "The firm|announce
A spokesman for the group|say"
}

@test "', said BBC harbour correspondent Tom Hale.' closes an attribution, no clause of its own; a description and a name between commas after the subject speak ('One of the bidders, Netherlands-based group Vexmoor, said')" {
	run sh -c "printf 'All sides are anxious to avoid a fight before the vote, said BBC harbour correspondent Tom Hale.\n\nOne of the jilted bidders, Netherlands-based group Vexmoor, said the bid would go ahead.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.text)\"'"
	assert_output "BBC harbour correspondent Tom Hale|All sides are anxious to avoid a fight before the vote
Netherlands-based group Vexmoor|the bid would go ahead"
}

@test "a tell verb's hearer may be a programme after a channel's possessive ('told Radio 4's Today programme'), and ends before a pronoun or a title opening the clause ('told the BBC she would')" {
	run sh -c "printf 'Tom Hale told Carrow Radio 4'\''s Today programme the fares would rise. Lena Okoro told the BBC she would go. Ana Ruiz told the Carrow Post Mr Berg had lied.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Hale|the fares would rise
Lena Okoro|she would go
Ana Ruiz|Mr Berg had lied"
}

@test "'added' with a change of amount is a rise, no report ('revenues added 4% to 142bn euros'); a clause that opens with a share still is ('added 20% of staff would go')" {
	run sh -c "printf 'Total revenues added 4%% to 142bn euros. The pound added 0.5 per cent on Monday. Tom Hale added 20%% of staff would go.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Tom Hale|added|20% of staff would go"
}

@test "'think tank' is a noun, no cue, and part of the speaker's description; 'added' with a score is no report ('added four conversions')" {
	run sh -c "printf 'The Carrow think tank said it was small. The Tillax Policy Centre think tank, Tom Hale says, is old. Ana Ruiz added four conversions as Carrow won. She added two more tries.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "The Carrow think tank|said|it was small
Tom Hale|says|The Tillax Policy Centre think tank, Tom Hale says, is old"
}

@test "a person, then two descriptions between commas, then the cue: the person speaks ('Tom Hale, president of the Carrow awards, the Tillax Academy of Film, said')" {
	run sh -c "printf 'But Tom Hale, president of the Carrow awards, the Tillax Academy of Film, said the rules changed. Ana Ruiz, the director, the Tillax Academy chief, said it was late.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Hale|the rules changed
Ana Ruiz|it was late"
}

@test "hearsay before the cue leaves its subject the speaker ('The watchdog is said to believe', 'Tom Hale is understood to have told')" {
	run sh -c "printf 'The watchdog is said to believe the pair were party to it. Tom Hale is understood to have told the board it was over.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "The watchdog|believe|the pair were party to it
Tom Hale|told|it was over"
}

@test "a name after 'of' in a person's description is not the speaker: 'A friend of Tom Hale said', 'The head of the Tillax Bank said' keep the description" {
	run sh -c "printf 'A friend of Tom Hale said the plan was weak. The head of the Tillax Bank said it was dead. The minister of culture Ana Ruiz said it was late.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "A friend of Tom Hale|the plan was weak
The head of the Tillax Bank|it was dead
Ana Ruiz|it was late"
}

@test "'spoke on the telephone to' says how, not what" {
	run sh -c "printf 'Tom Hale spoke on the telephone to the mayor. He spoke on the plan to cut fares.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Tom Hale|spoke|the plan to cut fares"
}

@test "a verb joined to the quotation after it ('..., but stressed that ...') leaves the quotation with the attribution before it" {
	run sh -c "printf 'Tom Hale spoke. He said \"migrants are of great value to this country\", but stressed that policing was needed.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "direct|Tom Hale|said|migrants are of great value to this country
indirect|Tom Hale|stressed|policing was needed"
}

@test "a quotation after a report in its sentence, with no attribution of its own, goes on with the report's speaker, also past a quotation inside the report ('would bring a \"radical reform\" ..., as well as enforcing a \"legal presumption\"')" {
	run sh -c "printf 'Ana Ruiz spoke on Monday. She said a new government would bring a \"radical reform\" of the courts, as well as enforcing a \"legal presumption of shared care\".\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.text)\"'"
	assert_output "indirect|Ana Ruiz|a new government would bring a \"radical reform\" of the courts
direct|Ana Ruiz|legal presumption of shared care"
}

@test "a phrase between dashes after a plain subject is skipped to find it ('Yet, other retailers - including Tillax and Vexmoor - reported that ...'); not after a name with a description between commas" {
	run sh -c "printf 'Yet, other retailers - including Tillax and Vexmoor - reported that sales were up. Tom Hale, chief of Carrow Rail - a small firm - believes fares will rise.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "other retailers|sales were up
Tom Hale|fares will rise"
}

@test "a description is not resolved to a person its own report names ('A spokesman for Carrow Rail said Tom Hale would resign'), but to the name it titles ('said the committee chairman, MP Tom Hale')" {
	run sh -c "printf 'A spokesman for Carrow Rail said Tom Hale would resign.\n\n\"The fares will rise,\" said the committee chairman, MP Ana Ruiz.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "A spokesman for Carrow Rail|Tom Hale would resign
Ana Ruiz|The fares will rise,"
}

@test "people or bodies in a place speak, not the place ('Retailers in Britain reported', 'Doctors in Carrow say')" {
	run sh -c "printf 'Retailers in Britain reported strong sales on Saturday. Doctors in Carrow say the rules are unfair.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Retailers in Britain|strong sales on Saturday
Doctors in Carrow|the rules are unfair"
}

@test "a place alone after 'in' or 'at' before the cue is no subject: the words before it are ('The BBC's Tom Hale in Carrow says', 'Some web users in Canada report')" {
	run sh -c "printf 'The BBC'\''s Tom Hale in Rome says the vote was close. Some web users in Canada also report that they can see the site. In 2000, leaders at a summit in Lisbon pledged the economy would grow.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Hale|the vote was close
Some web users in Canada|they can see the site
leaders at a summit in Lisbon|the economy would grow"
}

@test "the subject before a cue stops at another verb in the past ('Monday saw loyal members warn that ...'), not where the cue is a noun ('Carrow Rail made its call for ...')" {
	run sh -c "printf 'A meeting on Monday saw normally loyal members warn that feuding could hurt the party. Carrow Rail made its call for lower fares in a paper.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.mention)|\(.cue)|\(.text)\"'"
	assert_output "normally loyal members|warn|feuding could hurt the party
Carrow Rail|call|lower fares in a paper"
}

@test "'\"...,\" Ana Ruiz said, and added that ...': the report after 'and' is the same speaker's" {
	run sh -c "printf '\"We will win,\" Ana Ruiz said, and added that the vote was close.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.kind)|\(.speaker)|\(.text)\"'"
	assert_output "direct|Ana Ruiz|We will win,
indirect|Ana Ruiz|the vote was close"
}

@test "capitals the tagger named nothing, then an auxiliary or an irregular past, are the subject of a cue after 'and' ('Vexmoor has run five trials and says ...'), but not a common noun the document writes in lower case ('Inflation has slowed')" {
	run sh -c "printf 'Vexmoor has run five trials of its system and says speeds of 3Mbps were recorded. Tillax ran a survey of 500 firms and found that most plan to hire.\n\nInflation has slowed this year and suggests that demand is weak. The rate of inflation was higher in 2003.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Vexmoor|says|speeds of 3Mbps were recorded
Tillax|found|most plan to hire
null|suggests|demand is weak"
}

@test "a report opens with neither 'and' nor the agent of a passive ('hosted game shows and produced ...', 'voted for by the public')" {
	run sh -c "printf 'Tom Hale has hosted game shows and produced award ceremonies. The prize was voted for by the public.\n' | segment | tag-entities | extract-quotes | jq -c 'select(.type==\"quote\")'"
	assert_output ""
}

@test "a report with no 'that' after the present and past of claim, suggest, hope, fear, insist, admit, predict ('Carrow Rail claims the policy is weak', 'Officials hoped the talks would end'), where a clause follows, not a plain object ('admit any wrongdoing', 'argue his case')" {
	run sh -c "printf 'Carrow Rail claims the policy is little more than a desperate attempt. Some analysts suggest the plan will fail. Officials hoped the talks would end soon. Ana Ruiz admits she was wrong. None of the directors will admit any wrongdoing. Tom Hale had to argue his case to the board. A poll suggests 60 per cent of voters are undecided.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Carrow Rail|claims|the policy is little more than a desperate attempt
Some analysts|suggest|the plan will fail
Officials|hoped|the talks would end soon
Ana Ruiz|admits|she was wrong
A poll|suggests|60 per cent of voters are undecided"
}

@test "'show' reports only evidence before it ('Figures showed exports rose') or a clause of 'that' ('the vote showed that ...'), not a side's form ('Carrow Rail showed signs of recovery') nor a noun ('hosted game shows')" {
	run sh -c "printf 'Figures showed exports rose by 5 per cent. Carrow Rail showed signs of recovery last year. Tom Hale has hosted game shows on TV for years. The vote showed that the party was split.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "Figures|showed|exports rose by 5 per cent
The vote|showed|the party was split"
}

@test "a pronoun goes to an unnamed speaker the sentence before names ('one dealer, who asked not to be named, ... he said'), not to a person named earlier" {
	run sh -c "printf '\"It was a good year,\" said Tom Hale, an analyst at Tellby.\n\nHowever, one dealer, who asked not to be named, told Reuters the sales were \"not what people had hoped for\". \"Christmas has been tough for the whole sector,\" he said.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "Tom Hale|Tom Hale
one dealer|one dealer
one dealer|he"
}

@test "a pronoun does not go to a person the quotation names by surname ('Tom Hale beat Tom Vetter. \"I was playing against Hale,\" he said': Vetter)" {
	run sh -c "printf 'Tom Hale beat Tom Vetter in the final on Sunday. \"I was playing against Hale, and he was the better player,\" he said.\n\nTom Hale met Tom Vetter. \"It went well,\" he said.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Vetter|I was playing against Hale, and he was the better player,
Tom Hale|It went well,"
}

@test "a rank of the other sex before a surname names someone else than the person of that surname ('Baroness Vetter' in a story about Charles Vetter), and 'she' after it is her" {
	run sh -c "printf 'Charles Vetter spoke on Monday.\n\nBaroness Vetter, who chairs the inquiry, said people distrust politicians. \"This feeling will grow,\" she said.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "Baroness Vetter|Baroness Vetter
Baroness Vetter|she"
}

@test "the hearer of a verb of telling is no speaker ('went to the station and told the police: \"...\"', 'before asking him'), but an inverted speaker after the quote still is ('\"...,\" warned Tellby economist Lena Okoro')" {
	run sh -c "printf 'Tom Hale went to the station and told the police: \"I did it.\"\n\n\"Keep your hands in sight,\" Ana Ruiz sang to Hale before asking him, \"Where do we go from here?\"\n\n\"Be prepared for a nasty figure,\" warned Tellby economist Lena Okoro.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_output "Tom Hale|I did it.
Ana Ruiz|Keep your hands in sight,
Ana Ruiz|Where do we go from here?
Lena Okoro|Be prepared for a nasty figure,"
}

@test "a mention that runs into a form of 'be' is none ('accused the three men of being \"...\"': Tom Hale); 'The committee was reporting on the work and spending plans of ...' reports nothing ('plans' is a noun there)" {
	run sh -c "printf 'Tom Hale, counsel for the firm, accused the three men of being \"deeply involved\" in the plot.\n\nThe committee was reporting on the work and spending plans of the Carrow Research Council.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "Tom Hale|Tom Hale"
}

@test "'it' goes to the organisation that is the subject of the sentence before, past a people's word among the words that describe it ('Swiss cement firm Tillax has bid ... It plans to ...')" {
	run sh -c "printf 'Swiss cement firm Tillax has bid 800m dollars for two Indian cement firms. It plans to buy two more.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_output "Tillax|It|to buy two more"
}

@test "'they' goes to a capitalised plural that spoke or opened the sentence before ('the Conservatives insisted ... They said', 'Police described ... They believe'), not to a person's surname in -s ('Tom Williams said ... they')" {
	run sh -c "printf 'The Conservatives insisted they would hold ministers to account. They said they would press Labour.\n\nPolice described the man as tall. They believe he was hurt.\n\nTom Williams said the fares would rise. Later they said it was wrong.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_output "The Conservatives|The Conservatives
The Conservatives|They
Police|Police
Police|They
Tom Williams|Tom Williams
they|they"
}

@test "a relative pronoun after a comma stands for the phrase before it, from its determiner or as its run of capitals ('some senior Tory members, who say', 'Jay-Z, who said')" {
	run sh -c "printf 'The move will disappoint some senior Tory members, who say the party needs him.\n\nJay-Z, who said he would make no more music, is the new boss.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\" and (.mention==\"who\" or .mention==\"which\")) | \"\(.speaker)|\(.mention)\"'"
	assert_output "some senior Tory members|who
Jay-Z|who"
}

@test "'as X put it' after a quotation attributes it ('a \"lawful source of income,\" as a Carrow memo put it')" {
	run sh -c "printf 'The main rule is a \"lawful source of income,\" as a Carrow memo put it.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_output "a Carrow memo|put|lawful source of income,"
}

@test "letters set after a name are not its speaker ('Tom Hale, QC, said', 'Ana Ruiz, MP, said', 'Judge Lena Okoro, QC told')" {
	run sh -c "printf 'Speaking for the defence, Tom Hale, SC, said that the parents were sorry. Ana Ruiz, MP, said the plan was good. Judge Lena Okoro, QC told the hearing the case was weak.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | .speaker'"
	assert_output "Tom Hale
Ana Ruiz
Lena Okoro"
}

@test "'according to whether' or 'according to how' is a criterion, not a source: no report" {
	run sh -c "printf 'Cases are not listed according to whether they were at home. The fare will rise or fall according to how far you travel.\n' | segment | tag-entities | extract-quotes | jq -c 'select(.type==\"quote\")'"
	assert_output ""
}

@test "bad input: a pronoun after a quotation that names 80,000 people named just before it is resolved in bounded time" {
	awk 'BEGIN { for (i = 0; i < 80000; i++) { s = ""; k = i;
	    for (j = 0; j < 4; j++) { s = s sprintf("%c", 97 + k % 26); k = int(k / 26) }
	    n[i] = "Vexa" s }
	    for (i = 0; i < 80000; i++) printf "Tom %s and ", n[i]; printf "Tom Hale met on Monday. \"I beat"
	    for (i = 0; i < 80000; i++) printf " %s,", n[i]; print "\" he said." }' > "$BATS_TEST_TMPDIR/names.txt"
	segment "$BATS_TEST_TMPDIR/names.txt" | tag-entities > "$BATS_TEST_TMPDIR/names.t"
	run sh -c "timeout 20 extract-quotes < '$BATS_TEST_TMPDIR/names.t' | jq -r 'select(.type==\"quote\") | .mention'"
	assert_success
	assert_output "he"
}

@test "a quotation open at a paragraph's end goes on only where the next paragraph reopens with a mark of its style: a curly mark after a straight one opens a quotation of its own" {
	printf '%s\n\n%s\n' '"Tom Hale walked onto the stage, chanting “Carrow! Carrow!”' '“That is right, Tom,” Lena Okoro said to him.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.speaker)|\(.text)\"'"
	assert_success
	assert_output "Tom Hale|Carrow! Carrow!
Lena Okoro|That is right, Tom,"
}

@test "a woman's given name alone names a woman, so 'he' is someone else; a man's given name alone tells nothing, as it is often a surname" {
	printf '%s\n\n%s\n\n%s\n' 'Tom Hale ran the yard in Carrow for years.' 'His sister Patricia kept the books.' '“The yard was my life,” he said.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.speaker)|\(.mention)\"'"
	assert_success
	assert_output "Tom Hale|he"
	printf '%s\n\n%s\n' 'Jafari said the yard in Carrow would close.' '“The plan is a mistake,” she said.' > "$BATS_TEST_TMPDIR/b.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/b.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\" and .cue == \"said\" and .kind == \"direct\") | \"\(.speaker)|\(.mention)\"'"
	assert_success
	assert_output "Jafari|she"
}

@test "a stray mark left open hides nothing after it in its paragraph: the paragraph is read again past it, for marks of the double kind only" {
	printf '%s\n\n%s\n\n%s\n' '"Tom Hale walked onto the stage, chanting “Carrow! Carrow!” at the crowd.' "The jury said \"the town has two eras - 'Before Hale' and 'After Hale'." 'It was a good day.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.kind)|\(.speaker)|\(.cue)|\(.text)\"'"
	assert_success
	assert_output "direct|Tom Hale|chanting|Carrow! Carrow!"
}

@test "'It' after a sentence whose subject is a description of an organisation is the organisation it stands for ('The company also unveiled ... It added')" {
	printf '%s\n\n%s\n' 'Tillax Motors reported higher sales on Monday. The company also unveiled plans to cut prices in Carrow.' 'It added that it would hire 500 staff.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\" and .cue == \"added\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_success
	assert_output "Tillax Motors|It|it would hire 500 staff"
}

@test "after a quotation, a description with a bracket reaches the cue up to eighteen words on; '\"...,\" he was due to say' is his" {
	printf '%s\n\n%s\n' 'Tom Hale ran the port for years.' '"We have a duty to the town," he was due to say. "In a sense, we have hardly started," the new chair of the Carrow Harbour Engineering Task Force (CHETF), Lena Okoro, says.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_success
	assert_output "Tom Hale|say|We have a duty to the town,
Lena Okoro|says|In a sense, we have hardly started,"
}

@test "'It' after a sentence that opens with a word set off ('However, the company was ...') is the organisation the description stands for" {
	printf '%s\n\n%s\n' 'Tillax Motors restated its accounts on Monday. However, the company was unavailable to comment on the delay.' 'It also warned it might have to restate results for 2004.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\" and .cue == \"warned\") | \"\(.speaker)|\(.mention)\"'"
	assert_success
	assert_output "Tillax Motors|It"
}

@test "a paragraph set off without marks after a short 'Hale added:' is a block quotation, his, with exact offsets; a paragraph after 'reads as follows:' is not" {
	printf '%s\n\n%s\n\n%s\n\n%s\n\n%s\n' 'Tom Hale spoke to a radio host on Monday.' 'Hale added:' 'It is typical of the council. They promise a bridge, and the town waits.' 'The plan reads as follows:' 'Build the bridge by May and open it in June.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.kind)|\(.speaker)|\(.cue)|\(.text)|\(.start)\"'"
	assert_success
	assert_output "direct|Tom Hale|added|It is typical of the council. They promise a bridge, and the town waits.|56"
	start=$(segment "$BATS_TEST_TMPDIR/a.txt" | tag-entities | extract-quotes | jq -r 'select(.type == "quote") | "\(.start) \(.end - .start)"')
	run dd if="$BATS_TEST_TMPDIR/a.txt" bs=1 skip="${start% *}" count="${start#* }" status=none
	assert_output "It is typical of the council. They promise a bridge, and the town waits."
}

@test "a state of mind after 'be' reports its 'that' clause ('was confident that', 'were frustrated that'); not negated, nor without 'be' ('a confident Hale said')" {
	printf '%s\n' "Tom Hale was confident that the bridge would open in May." "" "Residents were frustrated that the council delayed the work." "" "Lena Okoro is not sure that the budget will hold." "" "A confident Hale said little." > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.speaker)|\(.cue)|\(.text)\"'"
	assert_success
	assert_output "Tom Hale|confident|the bridge would open in May
Residents|frustrated|the council delayed the work"
}

@test "'she' passes over a nearer person named by a boy's given name alone for an earlier woman ('Melanie ... Kevin ... she said': Melanie); with no one else in reach the boy's name is kept ('Clinton ... she said')" {
	printf '%s\n\n%s\n\n%s\n\n%s\n' 'Melanie sat on the couch. Kevin brought her a drink.' '"You winning?" she said.' 'The senator left early. Clinton spoke to the crowd.' '"We will win," she said.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.speaker)|\(.mention)|\(.text)\"'"
	assert_success
	assert_output "Melanie|she|You winning?
Clinton|she|We will win,"
}

@test "a verb of text inverted right after a quotation attributes it to its subject ('\"...,\" read the statement.')" {
	printf '%s\n' 'Tillax said the system helped. "The method was easy to trace," read the statement.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\" and .kind == \"direct\") | \"\\(.speaker)|\\(.cue)|\\(.text)\"'"
	assert_success
	assert_output "the statement|read|The method was easy to trace,"
}

@test "a participle's phrase after a comma ends a reported clause ('said the plan failed, citing the costs': 'the plan failed'); not a preposition in -ing ('including'), a gerund before 'of', an aside ('were, in fact, looking') or a comma inside quotation marks" {
	cat > "$BATS_TEST_TMPDIR/a.txt" <<'TXT'
Tom Hale said the plan failed, citing the costs of the war.

Ana Ruiz said the staff were, in fact, looking for new jobs.

Lena Okoro said the bill would bring new ID cards, curbing of protest and longer trials.

Tom Hale said he had served "for the rights of others, knowing that we had none."

Ana Ruiz said sales rose, including those abroad.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\" and .cue == \"said\") | .text'"
	assert_success
	assert_output 'the plan failed
the staff were, in fact, looking for new jobs
the bill would bring new ID cards, curbing of protest and longer trials
he had served "for the rights of others, knowing that we had none."
sales rose, including those abroad'
}

@test "'worries' and 'doubts' as plural nouns report nothing ('Health worries have dogged Ana Ruiz', 'driven by worries about the harbour'); as verbs they do ('Ana Ruiz worries that the plan will fail')" {
	cat > "$BATS_TEST_TMPDIR/a.txt" <<'TXT'
Health worries have dogged Ana Ruiz since she fell ill last month.

Prices were driven up by worries about the harbour and the strikes.

Ana Ruiz worries that the plan will fail.
TXT
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.speaker)|\\(.text)\"'"
	assert_success
	assert_output 'Ana Ruiz|the plan will fail'
}

@test "a sentence's opening participle's phrase that goes on after its comma ('Chastened by the polls, as well as complaints over its costs, Tom Hale revised ...') is passed over to the subject, which a later participle's report hangs on" {
	printf '%s\n' 'Chastened by the polls, as well as complaints over the plan’s costs, Tom Hale revised his plan, promising to focus its benefits on workers.' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.speaker)|\\(.cue)|\\(.text)\"'"
	assert_success
	assert_output 'Tom Hale|promising|to focus its benefits on workers'
}

@test "a quotation across sentences keeps the document's bytes where a line break, a tab or a no-break space lies between them (text == input[start:end])" {
	printf '"We will win.\nWe will not stop," Tom Hale said.\n\n"It is time.\xc2\xa0The vote is near," Ana Ruiz said.\n\n"One.\tTwo," Lena Okoro said.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.start) \\(.end) \\(.text | @base64)\"'"
	assert_success
	assert_equal "${#lines[@]}" 3
	for l in "${lines[@]}"; do
		set -- $l
		want=$(dd if="$BATS_TEST_TMPDIR/a.txt" bs=1 skip="$1" count=$(($2 - $1)) 2>/dev/null | base64 -w0)
		assert_equal "$3" "$want"
	done
}

@test "a \"gap\" that is no string is an error in its record (exit 1), and the document is still read" {
	printf '%s\n' '{"type":"doc","doc":"d","bytes":36}' '{"type":"sentence","doc":"d","n":0,"para":0,"start":0,"end":13,"text":"\"We will win.","entities":[]}' '{"type":"sentence","doc":"d","n":1,"para":0,"start":14,"end":36,"text":"Go on,\" Tom Hale said.","gap":5,"entities":[]}' > "$BATS_TEST_TMPDIR/g.jsonl"
	run --separate-stderr extract-quotes "$BATS_TEST_TMPDIR/g.jsonl"
	assert_failure 1
	[[ "$stderr" == *'non-string "gap"'* ]]
	assert_equal "$(printf '%s\n' "$output" | jq -s 'map(select(.type == "quote")) | length')" 1
}

@test "bad input: a quotation with 10^5 opening curly marks inside it is read in bounded time, as one quotation" {
	awk 'BEGIN { printf "\342\200\234Start"; for (i = 0; i < 100000; i++) printf " \342\200\234word"; print " end.\342\200\235\342\200\235 Ana Ruiz said." }' > "$BATS_TEST_TMPDIR/nest.txt"
	segment "$BATS_TEST_TMPDIR/nest.txt" | tag-entities > "$BATS_TEST_TMPDIR/nest.t"
	run sh -c "timeout 20 extract-quotes < '$BATS_TEST_TMPDIR/nest.t' | jq -r 'select(.type==\"quote\") | .kind' | sort | uniq -c"
	assert_success
	assert_output "$(printf '%7d %s' 1 direct)"
}

@test "a relative clause between the subject and its cue is no part of the speaker ('The doctor who treated Tom Hale said', 'who lacks experience and has lost twice said'); a cue inside the clause does not take the words before 'who'" {
	run sh -c "printf 'The doctor who treated Tom Hale said the cure was safe. A lawyer who lacks experience and has lost twice said the deal was legal. The news surprised analysts who had expected the figures to show a rise.\\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "the cure was safe|The doctor
the deal was legal|A lawyer
a rise|null"
}

@test "a delegate's title 'Del.' is no speaker and no part of one ('\"...,\" said Del. Ana Ruiz (D-Carrow).')" {
	run sh -c "printf '\"This is a waste of time,\" said Del. Ana Ruiz (D-Carrow).\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | .speaker'"
	assert_success
	assert_output "Ana Ruiz"
}

@test "a report in a phrase or a clause that opens the sentence ends at the comma after it ('Despite Tellco's claims that the plan works, costs rose', 'Although Ana Ruiz said the talks had failed, she stayed')" {
	run sh -c "printf 'Despite Tellco'\\''s claims that the plan works, costs rose. Although Ana Ruiz said the talks had failed, she stayed.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.text)|\(.speaker)\"'"
	assert_success
	assert_output "the plan works|Tellco
the talks had failed|Ana Ruiz"
}

@test "a body's collective noun without an article is a subject, also after a cue word that describes it ('after state media said', 'which state media claimed', 'local police say')" {
	run sh -c "printf 'He left after state media said the plan failed. The test, which state media claimed was a success, failed. Local police say the road is shut.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.text)|\(.speaker)\"'"
	assert_success
	assert_output "the plan failed|state media
was a success|state media
the road is shut|Local police"
}

@test "a participle after an occasion a verb took place at has that verb's subject, not the occasion ('she said at a news conference announcing that ...')" {
	run sh -c "printf '\"We are here,\" Ana Ruiz said at a recent news conference announcing that her firm was suing the state.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.text)|\(.speaker)\"'"
	assert_success
	assert_output "We are here,|Ana Ruiz
her firm was suing the state|Ana Ruiz"
}

@test "a relative clause set off by dashes ends its report at the closing dash and stands for the phrase before the first ('the study -- which notes that ... --', 'Tellco - which reported ... -'); a list's comma ends no report set off ('100 Muslim, 100 Christian and 50 Jewish schools')" {
	run sh -c "printf 'Instead, the study -- which notes that 58 firms would owe taxes -- should be read. He could not match Tellco - which in 2004 reported revenues of 30 billion - but it was a goal. The schools, which he said included about 100 Muslim, 100 Christian and 50 Jewish schools, were inspected.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.text)|\(.speaker)\"'"
	assert_success
	assert_output "58 firms would owe taxes|the study
revenues of 30 billion|Tellco
included about 100 Muslim, 100 Christian and 50 Jewish schools|he"
}

@test "a horizontal bar is a dash: a report in an opening clause ends at it ('When Ana Ruiz noted that ... \u2015 as was true \u2015 Tom Hale boasted, \u201c...\u201d'), and the quotation after the comma stays a direct one" {
	run sh -c "printf 'When Ana Ruiz noted that the firm had paid no tax \342\200\225 as was true for years \342\200\225 Tom Hale boasted, \342\200\234That makes me smart.\342\200\235\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.kind)|\(.text)|\(.speaker)\"'"
	assert_success
	assert_output "indirect|the firm had paid no tax|Ana Ruiz
direct|That makes me smart.|Tom Hale"
}

@test "a phrase in -ing after 'In' opens the sentence too ('In defending himself, Tom Hale offered ...'), and one whose report ends with a comma inside the closing mark ends after the mark ('After saying it was \"too late,\" she left')" {
	run sh -c "printf 'In defending himself and his record, Tom Hale offered insights into his work.\nAfter saying her foot was \342\200\234so swollen I could barely walk,\342\200\235 Ana Ruiz was taken to hospital.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.text)|\(.speaker)\"'"
	assert_success
	assert_output "$(printf 'himself and his record|Tom Hale\nher foot was \342\200\234so swollen I could barely walk,\342\200\235|Ana Ruiz')"
}

@test "'it' straight before the cue in a clause of its own is the mention, not the sentence's subject ('Tellco must leave the talks unless it wants to ...')" {
	run sh -c "printf 'The Tellco board must leave the talks unless it wants to lose the deal.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.text)|\(.mention)|\(.speaker)\"'"
	assert_success
	assert_output "to lose the deal|it|Tellco"
}

@test "a quotation ending in '!' or '?' takes the next sentence's attribution with a phrase of place, time or hearer after the cue ('\"This is big!\" Tom Hale shouted to the crowd.', '\"Is it fair?\" Ana Ruiz said on Monday.')" {
	run sh -c "printf '\"This is big!\" Tom Hale shouted to the crowd.\n\n\"Is it fair?\" Ana Ruiz said on Monday.\n\n\"Why now?\" Lena Okoro told reporters in Carrow.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.text)|\(.speaker)|\(.cue)\"'"
	assert_success
	assert_output "This is big!|Tom Hale|shouted
Is it fair?|Ana Ruiz|said
Why now?|Lena Okoro|told"
}

@test "a whole sentence in marks that ends in '!' or '?' is speech though no one is named, not a scare quote ('\"Stop now!\" came the cry.'); the next sentence's cue may have a short clause of time after it ('\"Go!\" Tom Hale said as he left.')" {
	run sh -c "printf '\"Stop now!\" came the cry from the back.\n\n\"Go!\" Tom Hale said as he left.\n\nThe film \"Go!\" was a hit.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\(.text)|\(.speaker)\"'"
	assert_success
	assert_output "Stop now!|null
Go!|Tom Hale"
}

@test "a clause in 'who' after the hearer is about the hearer: the report follows its 'that' ('told reporters who had gathered outside that ...'), else there is none ('said to reporters who had gathered outside the court'); 'asked who would pay' still reports" {
	run sh -c "printf 'Tom Hale told reporters who had gathered outside that the plan was dead.\n\nAna Ruiz said to reporters who had waited outside the court.\n\nLena Okoro asked who would pay for the bridge.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "the plan was dead|Tom Hale|told
who would pay for the bridge|Lena Okoro|asked"
}

@test "a quotation ending in '!' takes the next sentence's attribution though a clause about the hearer ends it ('\"It is!\" Tom Hale told reporters who had gathered.')" {
	run sh -c "printf '\"It is!\" Tom Hale told reporters who had gathered.\n\n\"Now!\" Ana Ruiz said to the men who waited.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "It is!|Tom Hale|told
Now!|Ana Ruiz|said"
}

@test "a cue in -ing reports a bare clause as a participle after a comma or 'while' ('..., arguing the bridge was unsafe'), not as a gerund ('that maintaining unity will ...'), nor before a preposition ('insisting on'), nor an object whose word in -ed follows a possessive ('explaining Tellby's alleged role')" {
	run sh -c "printf 'Tom Hale left early, arguing the bridge was unsafe.\n\nThe firm raised prices while insisting demand was strong.\n\nAna Ruiz stressed that maintaining unity will always be the aim.\n\nLena Okoro won more money for schools, while insisting on higher standards of reading.\n\nVexmoor officials met the envoys, explaining Tellby\047s alleged role.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "the bridge was unsafe|Tom Hale|arguing
demand was strong|The firm|insisting
maintaining unity will always be the aim|Ana Ruiz|stressed"
}

@test "a participle after 'after', 'before', 'while', 'by' or 'when' has the subject of the verb it hangs on ('A bookmaker has stopped taking bets after claiming the result had leaked.')" {
	run sh -c "printf 'A bookmaker has stopped taking bets after claiming the result had leaked.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "the result had leaked|A bookmaker|claiming"
}

@test "'for' and a span of time between the cue and 'that' is no part of the report ('has said for years that', 'argued for years that'); 'called for an inquiry that would' is no clause of 'that'" {
	run sh -c "printf 'Tom Hale has said for years that the bridge is unsafe.\n\nAna Ruiz has argued for months that the port must grow.\n\nLena Okoro called for an inquiry that would examine the bridge.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "the bridge is unsafe|Tom Hale|said
the port must grow|Ana Ruiz|argued
an inquiry that would examine the bridge|Lena Okoro|called"
}

@test "a phrase in -ing that opens the sentence has the main clause's determiner phrase as its speaker ('Despite denying ..., the companies have ...'), and a cue in -ing there reports a bare clause ('After claiming the vote was rigged, ...')" {
	run sh -c "printf 'Despite denying for decades that smoking was harmful, the companies have changed their stance.\n\nAfter claiming the vote was rigged, Tom Hale resigned.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "smoking was harmful|the companies|denying
the vote was rigged|Tom Hale|claiming"
}

@test "nouns of report (assertion, allegation, suggestion...) report a clause of 'that' after their owner ('Tom Hale's assertion that ...', 'his latest allegation that ...': the possessive resolved), not alone ('denied allegations that ...')" {
	run sh -c "printf 'The mayor rejected Tom Hale\047s assertion that the bridge was safe.\n\nAna Ruiz repeated her latest allegation that the mayor had lied.\n\nLena Okoro took offense at suggestions that she had lied.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\" and .cue != \"rejected\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "the bridge was safe|Tom Hale|assertion
the mayor had lied|Ana Ruiz|allegation"
}

@test "a cue noun that heads the sentence's subject reports its clause up to the main verb ('Tom Hale's claim that the bridge was safe angered residents.'), also past an auxiliary's chain ('will be refused is')" {
	run sh -c "printf 'Tom Hale\047s claim that the bridge was safe angered residents.\n\nAna Ruiz\047s claim that all offers will be refused is a firm statement.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "the bridge was safe|Tom Hale|claim
all offers will be refused|Ana Ruiz|claim"
}

@test "'As X noted, CLAUSE.' reports the clause after the comma, not 'As well as ...' nor 'As part of its plans, ...'; 'made clear' and 'made it clear' are a cue; 'according to a report released by Tellco' names the report" {
	run sh -c "printf 'As Tom Hale noted on Monday, the bridge is unsafe.\n\nAs part of its plans, the council will sell the pier.\n\nAna Ruiz has made it clear that the port must grow.\n\nLena Okoro made clear the deal was dead.\n\nThe pier is unsafe, according to a report released by Tellco.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "the bridge is unsafe|Tom Hale|noted
the port must grow|Ana Ruiz|made it clear
the deal was dead|Lena Okoro|made clear
The pier is unsafe|a report|according to"
}

@test "a sentence that opens with 'As' and a cue with an object ends the report at the comma ('As he welcomed several guests, Tom Hale ...' reports the guests, not the main clause); 'As X said many times, CLAUSE' reports the clause; so after a colon" {
	run sh -c "printf 'As he welcomed several hundred guests, Tom Hale was also launching his bid.\n\nAs she praised the plan, the council closed the pier.\n\nAs Ana Ruiz has said many times, the bridge is unsafe.\n\nCrowds filled the hall: As she praised the mayor, Ana Ruiz was launching her bid.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.cue)\"'"
	assert_success
	assert_output "several hundred guests|welcomed
the plan|praised
the bridge is unsafe|said
the mayor|praised"
}

@test "an article opens the subject where a plain noun stands before it ('rejected the plan the mayor said would ...': the mayor, was 'the plan the mayor'); not after a preposition or a quantifier ('The developers behind the app said', 'All the members said')" {
	run sh -c "printf 'The union rejected the plan the mayor said would save the pier.\n\nAll the members said the pier was unsafe.\n\nThe developers behind the app said it was safe.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.mention)\"'"
	assert_success
	assert_output "the plan the mayor said would save the pier|The union
would save the pier|the mayor
the pier was unsafe|All the members
it was safe|The developers behind the app"
}

@test "a participle in -ed after a noun that a preposition opens, in a clause that had its verb, reports nothing ('sore from a course of injections intended to calm her'); a verb after such a phrase at the sentence's head still does ('The report from the ministry concluded that')" {
	run sh -c "printf 'Her hips were sore from a course of injections intended to calm her.\n\nThe report from the ministry concluded that the pier was unsafe.\n\nHe spoke with the mayor and promised to rebuild the pier.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.cue)\"'"
	assert_success
	assert_output "the pier was unsafe|concluded
to rebuild the pier|promised"
}

@test "a bidding after the hearer of 'told' or 'asked' is a report from its 'to' ('told his staff to stay quiet', 'asked voters not to travel'); not 'told him to his face that X', which reports X" {
	run sh -c "printf 'Tom Hale told his staff to stay quiet.\n\nAna Ruiz asked voters not to travel.\n\nLena Okoro told reporters never to speak of it.\n\nShe told him to his face that he was wrong.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "to stay quiet|Tom Hale|told
not to travel|Ana Ruiz|asked
never to speak of it|Lena Okoro|told
he was wrong|Lena Okoro|told"
}

@test "after 'according to', a circle of people keeps whom it is close to ('officials familiar with the report', 'people close to the mayor'), up to a comma" {
	run sh -c "printf 'The pier is unsafe, according to officials familiar with the report.\n\nThe pier is unsafe, according to people close to the mayor, who asked not to be named.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "The pier is unsafe|officials familiar with the report
The pier is unsafe|people close to the mayor"
}

@test "a report stops before another attribution whose name has a bracket after it ('Tom Hale is convinced the pier is safe, Sen. Ana Ruiz (D-Ore.) told the Post': his report is 'the pier is safe')" {
	run sh -c "printf 'Tom Hale is convinced the pier is safe, Sen. Ana Ruiz (D-Ore.) told The Carrow Post on Thursday.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "Tom Hale is convinced the pier is safe|Ana Ruiz
the pier is safe|Tom Hale"
}

@test "a participle in -ed after the noun that heads the subject reports nothing where an auxiliary follows its phrase ('The plans announced on Monday would cut costs'); 'The council claimed on Monday the pier would close' still reports" {
	run sh -c "printf 'The plans announced on Monday would cut costs.\n\nAnd only two of the licences denied under the embargo would have been granted.\n\nThe council claimed on Monday the pier would close.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.cue)\"'"
	assert_success
	assert_output "the pier would close|claimed"
}

@test "a report stops before a comparison with a report of its own (', compared to 34% who said ...'), whose speaker is the share; a comparison without one stays in the report" {
	run sh -c "printf 'About 44%% of voters said the pier was unsafe, compared to 34%% who said it was safe.\n\nTellco said it made a profit of \$5m, compared with a loss of \$2m a year ago.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "the pier was unsafe|About 44% of voters
it was safe|34%
it made a profit of \$5m, compared with a loss of \$2m a year ago|Tellco"
}

@test "a plural that opens the clause of a cue before it is a noun, no cue of its own ('insisted talks on new investment are ongoing': one report); 'repeated calls for X' still reports X" {
	run sh -c "printf 'Tom Hale insisted talks on new investment are ongoing.\n\nAna Ruiz repeated calls for the mayor to resign.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.cue)\"'"
	assert_success
	assert_output "talks on new investment are ongoing|insisted
the mayor to resign|calls"
}

@test "a hearer opened by an article or an owner ends before another determiner, 'to' or 'not', and runs on to a 'that' after a few plain words ('told the Carrow News website that X', 'told a Harbour Party gathering that X', 'told his aides the plan was dead', 'told his monthly press conference X'); a participle after the hearer reports only its own clause ('wrote to his office saying X': X once)" {
	run sh -c "printf 'Tom Hale told the Carrow News website that the pier was safe.\n\nAna Ruiz told his aides the plan was dead.\n\nLena Okoro told a Harbour Party gathering that the fares would rise.\n\nTom Berg told his monthly press conference the fares would rise.\n\nThe chief told his aides the plan that he backed was dead.\n\nLucy wrote to his office saying she was his daughter.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "the pier was safe|Tom Hale
the plan was dead|Ana Ruiz
the fares would rise|Lena Okoro
the fares would rise|Tom Berg
the plan that he backed was dead|The chief
she was his daughter|Lucy"
}

@test "two people joined by 'and' that open the sentence speak together ('Tom Hale and Ana Ruiz said ...'), as do two after a quotation; not the object of a verb before them ('The mayor met Tom Hale and Ana Ruiz said ...')" {
	run sh -c "printf 'Tom Hale and Ana Ruiz said the bridge was unsafe.\n\n\"It is late,\" Lena Okoro and Tom Berg said.\n\nThe mayor met Tom Hale and Ana Ruiz said the talks went well.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.speaker_label)|\\(.mention)\"'"
	assert_success
	assert_output "the bridge was unsafe|Tom Hale and Ana Ruiz|PERSON|Tom Hale and Ana Ruiz
It is late,|Lena Okoro and Tom Berg|PERSON|Lena Okoro and Tom Berg
the talks went well|Ana Ruiz|PERSON|Ana Ruiz"
}

@test "'that' or 'which' after a noun phrase a determiner opens is the mention of a cue straight after it ('Tom Hale backs a group that says ...': the group, was Tom Hale); not after a preposition ('a note written on a napkin that said')" {
	run sh -c "printf 'Tom Hale backs Carrow Watch, a group that says the bridge is unsafe.\n\nAna Ruiz backs a union which says the pier must close.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.mention)\"'"
	assert_success
	assert_output "the bridge is unsafe|a group|that
the pier must close|a union|which"
}

@test "'they' resolves to two people named together just before ('Tom Hale and Ana Ruiz said ... They added', 'Lena Okoro and Tom Berg met on Monday. They said')" {
	run sh -c "printf 'Tom Hale and Ana Ruiz said the bridge was unsafe. They added that the pier must close.\n\nLena Okoro and Tom Berg met on Monday. They said the deal was dead.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.mention)\"'"
	assert_success
	assert_output "the bridge was unsafe|Tom Hale and Ana Ruiz|Tom Hale and Ana Ruiz
the pier must close|Tom Hale and Ana Ruiz|They
the deal was dead|Lena Okoro and Tom Berg|They"
}

@test "'CLAUSE, he said, adding that ...' reports the clause before the attribution and the participle's clause apart (the first was the whole sentence), a negation before the comma denying neither ('... and not bad, he said, adding that ...')" {
	run sh -c "printf 'The plan was good and not bad, Tom Hale said, adding that the bridge was unsafe.\n\nThe fares, Tellco said, would rise.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "The plan was good and not bad|Tom Hale|said
the bridge was unsafe|Tom Hale|adding
The fares, Tellco said, would rise|Tellco|said"
}

@test "'said of X that' reports the clause after 'that' ('Tom Hale said of the mayor that she had lied'), not after another verb ('warned of a crisis that could')" {
	run sh -c "printf 'Tom Hale said of the mayor that she had lied.\n\nAna Ruiz warned of a crisis that could hit the port.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "she had lied|Tom Hale|said
a crisis that could hit the port|Ana Ruiz|warned"
}

@test "a noun of stance and 'that' after a cue give the clause after 'that' ('expressed concern that X': X), the verb's subject its speaker ('Ana Ruiz expressed the hope that ...')" {
	run sh -c "printf 'Tom Hale expressed concern that the bridge was unsafe.\n\nAna Ruiz expressed the hope that the pier would reopen.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "the bridge was unsafe|Tom Hale|expressed
the pier would reopen|Ana Ruiz|expressed"
}

@test "a noun of stance and 'that' after a cue's preposition give the clause after 'that' ('spoke of his fears that X': X, was 'his fears that X' besides)" {
	run sh -c "printf 'Tom Hale spoke of his fears that the bridge was unsafe.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "the bridge was unsafe|Tom Hale"
}

@test "a question takes the next sentence's attribution with its hearer after the cue ('\"Are you sure?\" Ana Ruiz asked Tom Hale.'), not the previous paragraph's speaker" {
	run sh -c "printf '\"We are ready,\" the company said in a statement.\n\n\"Are you sure?\" Ana Ruiz asked Tom Hale. \"Yes,\" he replied.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "We are ready,|the company|said
Are you sure?|Ana Ruiz|asked
Yes,|Tom Hale|replied"
}

@test "a description resolves to the person it is set off after ('Tom Hale, the mayor, met Ana Ruiz on Monday. The mayor said ...': Tom Hale, was Ana Ruiz)" {
	run sh -c "printf 'Tom Hale, the mayor, met Ana Ruiz on Monday. The mayor said the bridge was unsafe.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.mention)\"'"
	assert_success
	assert_output "the bridge was unsafe|Tom Hale|The mayor"
}

@test "an aside set off between the cue and 'that' is skipped ('claimed, without evidence, that X': X, was no report); a cue noun after an owner's possessive that heads the subject reports up to the main verb ('The mayor's claim that X has been disputed': X)" {
	run sh -c "printf 'Tom Hale has repeatedly claimed, without evidence, that the bridge is unsafe.\n\nThe mayor\047s claim that the pier is unsafe has been disputed.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "the bridge is unsafe|Tom Hale|claimed
the pier is unsafe|The mayor|claim"
}

@test "the words after a participle cue before a quote are its object, never its speaker ('\"...,\" he will say before arguing the answer was \"...\"': he, not the answer)" {
	run sh -c "printf 'Tom Hale spoke in Leeds. \"Wages are still too low,\" he will say before arguing the answer was \"free trade and free speech\".\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "Wages are still too low,|Tom Hale
free trade and free speech|Tom Hale"
}

@test "'feels like', 'felt like' report nothing (a likeness or a wish), while 'felt the plan was wrong' reports; 'according to' after a passive participle is a manner, not a source ('is modelled according to the laws of physics')" {
	run sh -c "printf 'At times the game feels like a film. She felt the plan was wrong.\n\nThe actor is realistically modelled according to the laws of physics. Sales rose, according to the firm.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "the plan was wrong|She|felt
Sales rose|the firm|according to"
}

@test "a date or a span of time is no speaker: the subject runs past it ('Its plan for the year starting on 21 March calls for ...'), or there is none ('campaigned for decades saying ...')" {
	run sh -c "printf 'Its plan for the year starting on 21 March calls for the sale of state firms.\n\nThey have campaigned for a ban for decades saying hunting is cruel.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	refute_output --partial "|21 March"
	refute_output --partial "|decades"
	assert_line "the sale of state firms|Its plan for the year starting on 21 March"
}

@test "a cue's participle after the noun it describes and before 'by' gives the quotation to the agent, not to the noun ('a sapphire bought for her daughters described by Ana as \"...\"': Ana Ruiz)" {
	run sh -c "printf 'Ana Ruiz lost her rings. Also taken was a sapphire bought for her daughters described by Ana as \"one of the purest stones in the whole world\".\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "one of the purest stones in the whole world|Ana Ruiz"
}

@test "a cue word in -s after a participle is the participle's object, a noun, and reports nothing ('a new book charting disputes between the two men'); after a determiner the -ing word is the noun and the cue its verb ('The ruling says ...')" {
	run sh -c "printf 'It follows a new book charting disputes between the two men.\n\nThe ruling says the bank must pay.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.cue)\"'"
	assert_success
	assert_output "the bank must pay|The ruling|says"
}

@test "a cue noun before 'of' is a noun, no verb of saying ('the costs and plans of the Carrow Council', 'calls of outrage'), while 'warns of a recession' reports" {
	run sh -c "printf 'The board was weighing the costs and plans of the Carrow Council.\n\nThe deal prompted calls of outrage from investors.\n\nHe warns of a recession.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\\(.speaker)|\\(.text)\"'"
	assert_success
	assert_output "He|a recession"
}

@test "a cue word after 'of' is a noun or an adjective ('84 cases of reported fraud'), as is a cue noun before a participle ('poster plans attacking Mr Howard'); 'accused the mayor of saying' still reports" {
	run sh -c "printf 'The Audit Office highlighted 84 cases of reported fraud worth 38m euros.\n\nLabour poster plans attacking Mr Howard were a sign of decline.\n\nTom Hale accused the mayor of saying the bridge was safe.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type==\"quote\") | \"\\(.speaker)|\\(.text)\"'"
	assert_success
	assert_output "Audit Office|84 cases of reported fraud worth 38m euros
Tom Hale|saying the bridge was safe
Tom Hale|the bridge was safe"
}

@test "a role in the plural names people, not the one person with that title ('the chief executives suggested ...' after 'Samuel Okoro, the chief executive of Tellco')" {
	run sh -c "printf 'Samuel Okoro, the chief executive of Tellco, met rivals. It is hard, but the chief executives suggested that prices will rise.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "prices will rise|the chief executives"
}

@test "a share of a group speaks ('Only 42% of them say that ...'), and so does a subject before 'appear to' ('All the parties appear to agree ...')" {
	run sh -c "printf 'Only 42%% of them say that saving money is the main reason. All the parties appear to agree the time has come to act.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "saving money is the main reason|Only 42% of them
the time has come to act|All the parties"
}

@test "words of time alone are no report, wherever they stand ('On Tuesday, the council asked ...', 'agreed over the weekend', 'disputes each year'); 'In 2004, according to X, CLAUSE' reports the clause" {
	run sh -c "printf 'On Tuesday, the council asked the pier trust for more money. Ana Ruiz said couples go to court to settle access disputes each year. In 2004, according to Tellco, sales will rise by 5%%.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "couples go to court to settle access disputes each year|Ana Ruiz
sales will rise by 5%|Tellco"
}

@test "a verb that takes an -ing clause opening the sentence is no speaker ('Keeps saying she was against the plan.' in a list of someone's deeds)" {
	run sh -c "printf 'Ran a failed airline.\n\nKeeps saying she was against the plan.\n\nAna Ruiz said the deal was void.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "she was against the plan|null
the deal was void|Ana Ruiz"
}

@test "a person shown or heard straight before a cue in -ing says it, not the sentence's subject ('The spot ends with footage of Tom Hale saying ...'); not the one a letter goes to ('a letter to Tom Hale saying ...')" {
	run sh -c "printf 'The spot ends with footage of Tom Hale saying the rules were unfair. Ana Ruiz sent a letter to Tom Hale saying the deal was off.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)|\\(.mention)\"'"
	assert_success
	assert_output "the rules were unfair|Tom Hale|Tom Hale
the deal was off|Ana Ruiz|Ana Ruiz"
}

@test "where it was said, between the cue and a quotation, is no report of its own: the quotation is ('saying during the debate last week, \"That makes me smart,\" when ...')" {
	run sh -c "printf 'The spot ends with footage of Tom Hale saying during the debate last week, \"That makes me smart,\" when Ana Ruiz attacked him for not paying tax.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.kind)|\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "direct|That makes me smart,|Tom Hale"
}

@test "a determiner and a plural before the sentence's first verb is the subject of a cue joined to that verb by 'and' ('The authors combed through the filings and found that ...', 'Other analysts met the press and predicted ...')" {
	run sh -c "printf 'The authors combed through the filings and found that most firms used havens. Other analysts met the press and predicted that prices would fall.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "most firms used havens|The authors
prices would fall|Other analysts"
}

@test "'long' and 'since' between an auxiliary and its cue are passed over to the subject ('China has long said that ...', 'Tom Hale has since said ...'), and an impersonal passive stays no one's ('It has long been reported that ...')" {
	run sh -c "printf 'China has long said that the cafes are unhealthy. Tom Hale has since said that the deal was off. It has long been reported that Ana Ruiz will sell.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "the cafes are unhealthy|China
the deal was off|Tom Hale
Ana Ruiz will sell|null"
}

@test "an appositive of role words and a person's name between the subject and its cue names the speaker ('The star witness, former Tellco financial chief Tom Hale, has said that ...'); a role and a body's name does not ('The firm, chief executive of Tellco, said')" {
	run sh -c "printf 'The star witness, former Tellco financial chief Tom Hale, has said that Ana Ruiz ordered the changes. The firm, chief executive of Tellco, said that sales rose.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "Ana Ruiz ordered the changes|Tom Hale
sales rose|null"
}

@test "one person by two roles or trades joined by 'and' is the subject before the cue ('The writer and broadcaster said ...', 'Its founder and owner said ...')" {
	run sh -c "printf 'The writer and broadcaster said the show had behaved badly. Its founder and owner said the firm was sold.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "the show had behaved badly|The writer and broadcaster
the firm was sold|Its founder and owner"
}

@test "a share of the people a noun phrase names is the subject whole ('14% of voters said ...', 'Some 40% of the people questioned said ...'), not the people alone" {
	run sh -c "printf '14%% of voters said they never voted. Some 40%% of the people questioned said prices would rise.\n' | segment | tag-entities | extract-quotes | jq -r 'select(.type == \"quote\") | \"\\(.text)|\\(.speaker)\"'"
	assert_success
	assert_output "they never voted|14% of voters
prices would rise|Some 40% of the people questioned"
}

@test "a noun phrase with 'of' and a relative clause set off by commas is the subject of a cue joined to its verb by 'and' ('The authors of the report, which include two charities, combed ... and found that ...')" {
	run quote_fields 'The authors of the report, which include two charities, combed through the filings and found that most firms used havens. The members of the board met on Monday and said that the sale was off.' '\(.text)|\(.speaker)'
	assert_success
	assert_output "most firms used havens|The authors of the report
the sale was off|The members of the board"
}

@test "a closing attribution with a time after its cue takes the clause before it even where that clause holds a report of its own ('The campaign plans to ..., a spokesman announced Monday.')" {
	run quote_fields 'The campaign plans to make more records available soon, a spokesman announced Monday morning.' '\(.cue)|\(.text)|\(.speaker)'
	assert_success
	assert_output "announced|The campaign plans to make more records available soon|a spokesman
plans|to make more records available soon|The campaign"
}

@test "a cue joined by 'and', or by ', yet' or ', but', to an earlier verb takes that verb's subject: a name, a pronoun, 'who', or the subject before an auxiliary ('Hale demands ..., yet refuses to ...', 'His family has called on ... and called on ...')" {
	run quote_fields 'Tom Hale spoke on Monday. Hale demands answers from the board, yet refuses to release his own records. His family has called on police to release the videos and called on people to protest peacefully. The town is a focus for protesters, who have marched through the streets and called for the footage to be released. Ana Ruiz sang. She left the stage early, but added that she was tired.' '\(.text)|\(.speaker)'
	assert_success
	assert_output "to release his own records|Tom Hale
police to release the videos|His family
people to protest peacefully|His family
the footage to be released|who
she was tired|Ana Ruiz"
}

@test "'that' or 'which' after a capitalised noun a determiner opens stands for it ('backed by the Carrow Postal Union that wants to ...', 'a super PAC that intends to ...'), as after a noun in lower case" {
	run quote_fields 'The .post domain is backed by the Carrow Postal Union that wants to use it as a marker. Ana Ruiz helped fund a super PAC that intends to hammer the mayor with ads. She backs a group that says the port is unsafe.' '\(.text)|\(.mention)|\(.speaker)'
	assert_success
	assert_output "to use it as a marker|that|Carrow Postal Union
to hammer the mayor with ads|that|PAC
the port is unsafe|that|a group"
}

@test "the sentence's subject is found past an opening adverb in -ly and an aside ('Recently, however, it issued a paper ..., and calling for ...'), but a noun in -ly opening it is its subject ('Family members gathered ..., saying')" {
	run quote_fields 'The Carrow Dock Union met on Monday. Recently, however, it issued a paper welcoming the plans, and calling for new berths. Separately, the harbour board met the press and predicted that prices would fall. Family members gathered outside the hall, saying that the mayor had lied.' '\(.text)|\(.speaker)'
	assert_success
	assert_output "new berths|Carrow Dock Union
prices would fall|the harbour board
the mayor had lied|Family members"
}

@test "the agent after 'by' of a participle between the subject and its cue is no speaker; the subject is ('Emails reviewed by Vox suggest that ...', 'An inquiry commissioned by Tellco found that ...')" {
	run quote_fields 'Emails combed through by Vox suggest that Oz put business first. An inquiry commissioned by Tellco found that Ana Ruiz shared the blame. Tellco found that sales fell.' '\(.text)|\(.speaker)'
	assert_success
	assert_output "Oz put business first|Emails
Ana Ruiz shared the blame|An inquiry
sales fell|Tellco"
}

@test "any word after a subject pronoun is the verb a cue after 'and' is joined to ('(they want lower rates and suggest that ...)', 'he met the board and said ...')" {
	run quote_fields 'Dockers want more pay (they want lower rents and suggest that rents would fall). Tom Hale spoke. He met the board on Monday and said the deal was off.' '\(.text)|\(.mention)'
	assert_success
	assert_output "rents would fall|they
the deal was off|He"
}

@test "a participle after a comma shares the mention of the outermost attribution before it, not one inside that report ('Ana Ruiz told them that she believes we must act, saying ...': Ruiz)" {
	run quote_fields 'Ana Ruiz told the audience that she believes we must push for new berths, saying that the port was too small. Mr Hale said his plans were not costly, arguing they would pay for themselves.' '\(.text)|\(.mention)' '(.cue == "saying" or .cue == "arguing")'
	assert_success
	assert_output "the port was too small|Ana Ruiz
they would pay for themselves|Mr Hale"
}

@test "the verb a cue after 'and' is joined to may stand before a partial quotation ('has called on police to act \"as a matter of ...\" and called on ...'); after ', but' a verb inside an earlier cue's report is not it ('Hale said the team had reached a \"view\", but admitted ...': Hale)" {
	run quote_fields 'Tom Hale died on Tuesday. Hale'\''s family has called on police to release the videos "as a matter of the greater good" and called on people to stay calm. The Tory leader said his team had reached a "collective view", but admitted it was "not an easy issue".' '\(.text)|\(.mention)' '.kind == "indirect"'
	assert_success
	assert_output "police to release the videos \"as a matter of the greater good\"|Hale's family
people to stay calm|Hale's family
his team had reached a \"collective view\"|The Tory leader
it was \"not an easy issue\"|The Tory leader"
}

@test "a cue after 'or' is joined as after 'and', and an infinitive's 'to' takes it back to the verb before ('Hale demands answers, yet refuses to release his records or explain how ...': Hale)" {
	run quote_fields 'Tom Hale spoke on Monday. It is odd that Hale demands answers from the board, yet refuses to release his own records or explain how the money was spent.' '\(.cue)|\(.speaker)'
	assert_success
	assert_output "refuses|Tom Hale
explain|Tom Hale"
}

@test "'which' after a comma is the subject of a verb a cue after 'and' is joined to, past a relative clause in that verb's object ('the Carrow Audit, which examined the lines that served the coast and found that ...')" {
	run quote_fields 'Ana Ruiz praised the Carrow Audit, which examined the lines that served the coast and found that fares were too high.' '\(.text)|\(.mention)' '.cue == "found"'
	assert_success
	assert_output "fares were too high|which"
}

@test "a report goes on past ', but' and a modal with no subject of its own after a clause ('said the station was not trying to replace Peel, but would rise to ...'), not after words that are no clause ('the cases mentioned last week, but will cover ...')" {
	run quote_fields 'Radio Carrow said the station was not trying to replace Tom Hale, but would keep his programme alive. The figure is less than the 300 cases mentioned last week, but will cover the biggest deals.' '\(.cue)|\(.text)'
	assert_success
	assert_output "said|the station was not trying to replace Tom Hale, but would keep his programme alive"
}

@test "'who' after a noun phrase that follows a person's noun and 'to', 'of', 'for', 'at' or 'from' stands for the person ('listeners to his radio show who said ...')" {
	run quote_fields 'Tom Hale spoke to listeners to his radio programme who said they had doubts about the plan.' '\(.text)|\(.mention)|\(.speaker)'
	assert_success
	assert_output "they had doubts about the plan|who|listeners to his radio programme"
}

@test "a reporting verb after a modal or 'to' near the end of a report is no closing attribution ('said that, in her view, the firm would defend itself': the report runs to the end)" {
	run quote_fields 'Ana Ruiz said that, in her view, the firm would defend itself.' '\(.text)|\(.speaker)'
	assert_success
	assert_output "in her view, the firm would defend itself|Ana Ruiz"
}

@test "a noun phrase that opens the sentence is the subject of the verb a cue after 'and' is joined to ('Tom Hale's family met the mayor and called for ...', 'The Hale family met ... and said'), not one inside a report ('said the firm denied the claim and added': she)" {
	run quote_fields "Tom Hale's family met the mayor on Monday and called for an inquiry. The Hale family met the mayor and said that the crash was avoidable. She said the firm denied the claim and added that it would appeal." '\(.cue)|\(.mention)' '.cue != "denied"'
	assert_success
	assert_output "called|Tom Hale's family
said|The Hale family
said|She
added|She"
}

@test "a left curly mark straight after a sentence's full stop with no word after it closes the quotation it ends ('... 36 percent.“' at a paragraph's end), and 'made the following comment:' gives its subject" {
	run quote_fields $'On July 6, Ana Ruiz made the following comment:\n\n“For young people the jobless rate is 33 percent. For older people it is 6 percent.“\n\nWhen the paper checked it, it was labeled “Mostly True.”' '\(.kind)|\(.text)|\(.speaker)'
	assert_success
	assert_output "direct|For young people the jobless rate is 33 percent. For older people it is 6 percent.|Ana Ruiz"
}

@test "'one', 'another', 'each', 'every' before a cue word without -s make it a noun ('one question that has emerged is whether'), so the quotation goes to the verb that reports it ('which Ana Ruiz, the chief executive, called ...')" {
	run quote_fields "Given the bloc's efforts -- which the firm's chief executive, Ana Ruiz, called \"total political nonsense\" -- one question that has emerged is whether firms will bring money home." '\(.kind)|\(.text)|\(.speaker)|\(.cue)'
	assert_success
	assert_output "direct|total political nonsense|Ana Ruiz|called"
}

@test "the words before a cue noun are no subject of a colon's clause ('The proposed question for the vote is: \"...\"' has no speaker)" {
	run quote_fields 'Tom Hale said the vote was near. The proposed question for the vote is: "Should the port be sold to the council?"' '\(.kind)|\(.text)|\(.speaker)|\(.mention)|\(.cue)' '.kind == "direct"'
	assert_success
	assert_output "direct|Should the port be sold to the council?|null|null|null"
}

@test "a title cut short stands for its role in a description ('Sen. Ana Ruiz' is 'the senator', 'Gov. Tom Hale' 'the governor', 'Rep.' 'the congresswoman' and 'the lawmaker')" {
	run quote_fields $'Sen. Ana Ruiz visited the port on Monday. The senator said the pier was unsafe.\n\nGov. Tom Hale toured the town. The governor added that the road would reopen.' '\(.mention)|\(.speaker)'
	assert_success
	assert_output "The senator|Ana Ruiz
The governor|Tom Hale"
	run quote_fields $'Rep. Dana Lynd visited the port on Monday. The lawmaker said the pier was unsafe.' '\(.mention)|\(.speaker)'
	assert_success
	assert_output "The lawmaker|Dana Lynd"
}

@test "'-- most of whom had announced' is the part of those named before the dash, as ', many of whom say' is; 'a panel that all agreed' is the panel's, the quantifier floated off 'that'" {
	run quote_fields 'Ana Ruiz unveiled endorsements from 95 retired generals -- most of whom had previously announced their support for her. The voters formed a panel that all agreed the mayor won the debate.' '\(.mention)|\(.speaker)|\(.text)'
	assert_success
	assert_output "most of whom|most of whom|their support for her
that|a panel|the mayor won the debate"
}

@test "a possessive that opens the sentence qualifies the words after it, and a name set off after them is the subject ('But Ana Ruiz's opponent, Tom Hale, has been courting voters, saying ...': Tom Hale)" {
	run quote_fields "Ana Ruiz spoke in Carrow. But Ana Ruiz's opponent, Tom Hale, has been courting voters in the town, saying the port deal is bad." '\(.mention)|\(.speaker)|\(.text)'
	assert_success
	assert_output "Tom Hale|Tom Hale|the port deal is bad"
}

@test "the subject after 'with' of a participle is found past a clause between dashes ('with Ana Ruiz - who has called for a tax - lambasting the plan'), and that clause's report ends at the closing dash" {
	run quote_fields "It's become a big issue in the town, with Ana Ruiz — who's called for a tax on the port — lambasting the mayor's plan." '\(.cue)|\(.speaker)|\(.text)'
	assert_success
	assert_output "called|Ana Ruiz|a tax on the port
lambasting|Ana Ruiz|the mayor's plan"
}

@test "a short regular past opens a reported clause as a longer one does ('said the police lied', 'said the man died in custody')" {
	run quote_fields 'The court met on Monday. The mayor said the police lied. Lawyers for the family said the man died in custody.' '\(.speaker)|\(.text)'
	assert_success
	assert_output "The mayor|the police lied
Lawyers for the family|the man died in custody"
}

@test "a participle in -ing after the noun that opens the sentence, its phrase running to an auxiliary, is no cue, and the noun is the subject ('Critics opposing the plan for the port have said': Critics; 'Lawyers representing Tom Hale said': the lawyers, not Tom Hale)" {
	run quote_fields 'The court met on Monday. Critics opposing the plan for the port have said that it will fail. Several judges handling lawsuits seeking records about the port have cited the vote as a reason to act. The lawyers representing Tom Hale said the police were lying.' '\(.cue)|\(.speaker)|\(.text)'
	assert_success
	assert_output "said|Critics|it will fail
cited|Several judges|the vote as a reason to act
said|The lawyers representing Tom Hale|the police were lying"
}

@test "a demonstrative that opens the sentence, also after 'But', opens the subject ('But that freewheeling campaign also underscored ...': that freewheeling campaign)" {
	run quote_fields 'The court met on Monday. But that freewheeling campaign also underscored a glaring weakness in the plan.' '\(.cue)|\(.speaker)|\(.text)'
	assert_success
	assert_output "underscored|that freewheeling campaign|a glaring weakness in the plan"
}

@test "the subject of a participle after 'of' is the sentence's: 'it' before 'is' and a verb in -ing, also after 'But', and a name after 'the' with its verb straight after it ('But the harbour board is steering clear of criticizing ...'), not one that qualifies a noun ('the Labour peer said')" {
	run quote_fields 'The Harbour Board met on Monday. But it is steering clear of criticizing Tom Hale for the delays. But the Harbour Board is steering clear of criticizing Ana Ruiz for the costs.' '\(.mention)|\(.speaker)|\(.text)'
	assert_success
	assert_output "it|Harbour Board|Tom Hale for the delays
the Harbour Board|Harbour Board|Ana Ruiz for the costs"
	run quote_fields 'During the debate, the Labour peer and former minister said the monarchy should change.' '\(.mention)'
	assert_success
	assert_output "the Labour peer and former minister"
}

@test "', each touting ... and saying ...': the quantifier is the mention of both participles and stands for the subject, two people as written" {
	run quote_fields $'The forum met on Wednesday.\n\nTom Hale and Ana Ruiz vied for the post on Wednesday, each touting their own record and saying the other lacks the judgment to lead.' '\(.cue)|\(.mention)|\(.speaker)'
	assert_success
	assert_output "touting|each|Tom Hale and Ana Ruiz
saying|each|Tom Hale and Ana Ruiz"
}

@test "one or two plain adjectives between the article and a cue noun after a light verb leave the verb's subject the speaker ('The mayor made a bold claim that ...': The mayor, not 'a bold')" {
	run quote_fields 'The court met on Monday. The mayor made a bold claim that the port was safe. Ana Ruiz made a highly controversial comment that the pier would close.' '\(.mention)|\(.text)'
	assert_success
	assert_output "The mayor|the port was safe
Ana Ruiz|the pier would close"
}

@test "a cue after 'and' finds its verb farther back past a relative clause in the object ('a report, which explored the changes that wiped out the old port towns along the coast and discussed how ...': which)" {
	run quote_fields 'The court met on Monday. He cited the Carrow report, which explored the many changes that wiped out the old fishing towns along the northern coast and discussed how rising seas could do the same.' '\(.cue)|\(.mention)' '.cue == "discussed"'
	assert_success
	assert_output "discussed|which"
}

@test "a party and a state set off after a name are no name ('Bob Corker, R-Tenn., and Lindsey Graham, R-S.C., said'), and a participle after a list opened by 'such as' or 'including' is the list's ('supporters, such as Tom Hale, R-Tenn., now saying': Tom Hale, not the sentence's subject)" {
	run quote_fields 'Ana Ruiz spoke on Monday. Senator Tom Hale, R-Tenn., and Dana Lynd, R-S.C., said that the bill was flawed. Ana Ruiz remains confident despite a few early supporters of the bill, such as Dana Lynd, R-S.C., now saying they think it should be changed.' '\(.cue)|\(.speaker)' '.cue != "think"'
	assert_success
	assert_output "said|Dana Lynd
saying|Dana Lynd"
}

@test "a person's name alone after a quotation that ends a clause ends its sentence ('\"...,\" Mr Champion.'); '\"...,\" is the dry assessment of Tom Hale' is his; after a list's dash a label ending in a name speaks without its colon" {
	run quote_fields $'The port is busy. "The firm has a strong record," Mr Tom Champion. Analysts agree.\n\n"The voters are keener on the plan than the members," is the dry assessment of Tom Hale, leader of the group.\n\n- Carrow boss Ana Ruiz "We deserved the win."\n- Tellby boss Dana Lynd "We were unlucky."' '\(.speaker)|\(.cue)|\(.text)'
	assert_success
	assert_output "Tom Champion|null|The firm has a strong record,
Tom Hale|assessment|The voters are keener on the plan than the members,
Ana Ruiz|null|We deserved the win.
Dana Lynd|null|We were unlucky."
}
