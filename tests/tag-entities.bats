#!/usr/bin/env bats
# tag-entities: entities on sentence records.

bats_require_minimum_version 1.5.0
load test_helper

# ents: "text/LABEL/canonical" of every entity, one a line
ents() {
	jq -r 'select(.type == "sentence") | .entities[] | "\(.text)/\(.label)/\(.canonical)"'
}

@test "golden fixture: titles, nationalities, organisations, places, document-wide names" {
	cd "$TOP/tests/fixtures/tag-entities"
	run sh -c 'segment article.txt | tag-entities'
	assert_success
	assert_output "$(cat article.jsonl)"
}

@test "'U.N.' with its dots is the organisation, also before a title ('U.N. Ambassador Ana Ruiz')" {
	run sh -c "printf 'U.N. Ambassador Ana Ruiz arrived. U.N. officials said so.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "U.N./ORG
Ana Ruiz/PERSON
U.N./ORG"
}

@test "titles are not part of the name; the prefix keeps its own label" {
	run sh -c 'echo "US Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing." | segment | tag-entities | jq -r ".entities[]? | \"\(.text)/\(.label)\""'
	assert_output "US/GPE
Antony Blinken/PERSON
Chinese/NORP
Xi Jinping/PERSON
Beijing/GPE"
}

@test "a place of more than one word before a title keeps its label: 'South Carolina Gov. Maren Tullberg'" {
	run sh -c 'echo "He met South Carolina Gov. Maren Tullberg in St. Louis." | segment | tag-entities | jq -r ".entities[]? | \"\(.text)/\(.label)\""'
	assert_output "South Carolina/GPE
Maren Tullberg/PERSON
St. Louis/GPE"
}

@test "a surname anywhere in the document, headline included, is the person with the full canonical name" {
	printf 'Blinken Meets Xi in Beijing\n\nAntony Blinken arrived on Sunday. Blinken'"'"'s aides said little.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | jq -r 'select(.type == \"sentence\") | .entities[] | select(.label == \"PERSON\") | \"\(.text)/\(.canonical)\"'"
	assert_output "Blinken/Antony Blinken
Antony Blinken/Antony Blinken
Blinken/Antony Blinken"
}

@test "two people who share a surname keep their own full names; the surname alone is the one named most" {
	printf 'Hillary Vance spoke in Carrow. Bill Vance listened. Hillary Vance left.\n\nVance said little.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | jq -r 'select(.type == \"sentence\") | .entities[] | select(.label == \"PERSON\") | \"\(.text)/\(.canonical)\"'"
	assert_output "Hillary Vance/Hillary Vance
Bill Vance/Bill Vance
Hillary Vance/Hillary Vance
Vance/Hillary Vance"
}

@test "a surname goes to the person written in full after the one named most has gone unnamed for a while" {
	printf 'Gary Vexmoor spoke in Carrow. Gary Vexmoor left. Gary Vexmoor came back.\n\nThe rain fell. The river rose. The roads shut. The schools closed. The trains stopped.\n\nJeh Vexmoor says the dams held. Vexmoor tells reporters the water is falling.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | jq -r 'select(.type == \"sentence\") | .entities[] | select(.text == \"Vexmoor\") | .canonical'"
	assert_success
	assert_output "Jeh Vexmoor"
}

@test "a surname stays with the person named most when the other is named in passing beside them" {
	printf 'Ted Vexmoor spoke in Carrow. Ted Vexmoor left. Ted Vexmoor came back.\n\nThe rain fell. The river rose. The roads shut. The schools closed. The trains stopped.\n\nTed Vexmoor said the town would cope. His wife, Lena Vexmoor, agreed. Vexmoor said the dams held.\n' > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | jq -r 'select(.type == \"sentence\") | .entities[] | select(.text == \"Vexmoor\") | .canonical'"
	assert_success
	assert_output "Ted Vexmoor"
}

@test "an honorific of the other sex keeps a surname from passing to the person named later" {
	for h in 'Mrs. ' ''; do
		printf 'Lena Vexmoor spoke in Carrow. Lena Vexmoor left. Lena Vexmoor came back.\n\nThe rain fell. The river rose. The roads shut. The schools closed. The trains stopped.\n\nIt was an aide to Tom Vexmoor who said so. %sVexmoor said the dams held.\n' "$h"
	done > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | jq -r 'select(.type == \"sentence\") | .entities[] | select(.text == \"Vexmoor\") | .canonical'"
	assert_success
	assert_output "Lena Vexmoor
Tom Vexmoor"
}

@test "a party's, a people's or a place's word before a post that ends the name keeps its label, and the post names no one" {
	run sh -c "printf 'The Tory MP said so. A Labour MEP agreed. The US President did not. The Carrow Police said nothing.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Tory/NORP
Labour/ORG
US/GPE
Carrow Police/ORG"
}

@test "'Jan' after a post is a given name even before a word that is a given name too ('chairman Jan Berry')" {
	run sh -c "printf 'Police chairman Jan Berry said so.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | select(.label == \"PERSON\") | .text'"
	assert_success
	assert_output "Jan Berry"
}

@test "a surname after an initial is the person named in full with that initial ('G Vexmoor', 'J Vexmoor' in a team sheet)" {
	run sh -c "printf 'Tries from Jonas Vexmoor and Gareth Vexmoor won it. Later Gareth Vexmoor scored again.\n\nCarrow: G Vexmoor (capt); J Vexmoor, T Hale.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | select(.text == \"Vexmoor\") | .canonical'"
	assert_success
	assert_output "Gareth Vexmoor
Jonas Vexmoor"
}

@test "entity offsets are byte offsets into the document: text == input[start:end]" {
	f="$(fixture tag-entities article.txt)"
	segment "$f" | tag-entities | jq -r 'select(.type=="sentence") | .entities[] | "\(.start)\t\(.end)\t\(.text)"' |
	while IFS=$'\t' read -r s e t; do
		got=$(tail -c +"$((s + 1))" "$f" | head -c "$((e - s))")
		[ "$got" = "$t" ] || fail "entity $t at $s-$e reads '$got'"
	done
}

@test "hyphenated pairs, possessives, acronyms, sentence-initial words" {
	run sh -c 'printf "%s" "Meanwhile, US-China trade grew. NATO met in Brussels. Germany'"'"'s envoy left." | segment | tag-entities | jq -r ".entities[]? | \"\(.text)/\(.label)\""'
	assert_output "US/GPE
China/GPE
NATO/ORG
Brussels/GPE
Germany/GPE"
}

@test "a name before a campaign's staff is a candidate, and the document keeps it ('Dole campaign manager Tom Hale'); a campaign alone names no one" {
	run sh -c "printf 'The Dole campaign sent a letter. They met Dole campaign manager Tom Hale. Later Dole decided.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'; printf 'The Vexmoor campaign sold more cars.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Dole/PERSON
Dole/PERSON
Tom Hale/PERSON
Dole/PERSON"
}

@test "initials in capitals and a surname after a person's noun are a person ('author JM Barrie'), though the surname is a town's name" {
	run sh -c "printf 'Johnny Depp plays author JM Barrie in the film.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Johnny Depp/PERSON
JM Barrie/PERSON"
}

@test "one word after a person's role in lower case is a person ('president Tellby', 'midfielder Qarran'), not after 'best' ('the best actor Vexmoor')" {
	run sh -c "printf 'He thanked Carrovian president Tellby. A cross by midfielder Qarran was saved. She won the best actor Vexmoor in May.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tellby/PERSON
Qarran/PERSON"
}

@test "an unknown given name and a surname that is a common word are a person after a person's noun or role ('the hip-hop star Tomek West'), throughout the document, an organisation otherwise ('Tellco Steel')" {
	run sh -c "printf 'The hip-hop star Tomek West rose to fame. Tellco Steel grew. Now Tomek West is back.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tomek West/PERSON
Tellco Steel/ORG
Tomek West/PERSON"
}

@test "'chief executive' after a name no list knows makes it an organisation, throughout the document ('said Tellco chief executive Tom Hale ... Tellco said')" {
	run sh -c "printf '\"We will appeal,\" said Tellco chief executive Tom Hale. Tellco said sales rose.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tellco/ORG
Tom Hale/PERSON
Tellco/ORG"
}

@test "a word no list knows that a preposition made a place is the organisation the document calls it elsewhere ('Tellco chief executive Tom Hale ... jobs will go at Tellco')" {
	run sh -c "printf 'Tellco chief executive Tom Hale spoke. Jobs will go at Tellco.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tellco/ORG
Tom Hale/PERSON
Tellco/ORG"
}

@test "a trade in the plural before one word makes it a firm, throughout the document ('technology analysts Tellco ... Tellco said')" {
	run sh -c "printf 'Sales rose, according to technology analysts Tellco. The figure was high, Tellco said.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tellco/ORG
Tellco/ORG"
}

@test "a noun for what it is before a capitalised common word makes it an organisation ('first division side Nice', 'the band Doves'), and the document keeps it one" {
	run sh -c "printf 'He will coach first division side Nice. He played for Nice. They signed with the band Doves.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Nice/ORG
Nice/ORG
Doves/ORG"
}

@test "a word no list knows in a list with a known organisation is an organisation ('Tellco, Microsoft and Sony'); a given name is not, nor a place set off after one ('Vexmoor Bank, Qarran,')" {
	run sh -c "printf 'Tellco, Microsoft and Sony had booths. Sony and Ana were there. Tom Hale of Vexmoor Bank, Qarran, spoke.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tellco/ORG
Microsoft/ORG
Sony/ORG
Sony/ORG
Ana/PERSON
Tom Hale/PERSON
Vexmoor Bank/ORG"
}

@test "a body's member or leader after a name no list knows makes it an organisation ('Tellco member Ana Ruiz', 'Vexmoor leader'); not after a people's adjective ('Carrovian leader')" {
	run sh -c "printf 'Tellco member Ana Ruiz spoke. The Vexmoor leader agreed. The Carrovian leader left.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tellco/ORG
Ana Ruiz/PERSON
Vexmoor/ORG"
}

@test "a list of names after a lead that ends in a colon is a list of persons where one is a person ('The team is as follows: Given, Breen, ... Quinn'); the lead's names are not" {
	run sh -c "printf 'Keith Hale joins Niall Quinn up front. The Tellby team is as follows: Given, Breen, Staunton, Irwin, Quinn, Hale.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Keith Hale/PERSON
Niall Quinn/PERSON
Given/PERSON
Breen/PERSON
Staunton/PERSON
Irwin/PERSON
Quinn/PERSON
Hale/PERSON"
}

@test "peoples joined by a hyphen are one people ('Italian-American', 'Arab-Israeli'); places joined stay two" {
	run sh -c "printf 'An Italian-American singer backed Arab-Israeli talks on Tellby-Qarran trade and US-China ties.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Italian-American/NORP
Arab-Israeli/NORP
US/GPE
China/GPE"
}

@test "names nobody knows joined by a hyphen are one name ('in Tellby-Qarran', 'F-Secure'), unless the document names the parts alone, they are months or a party and state" {
	run sh -c "printf 'Peace held in Tellby-Qarran. The Vexmoor-Carrow feud grew, and Vexmoor said no. Carrow agreed. Sen. Tom Hale (D-Mo.) spoke of the April-June quarter. Tillax sold its stake to F-Secure.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tellby-Qarran/GPE
Vexmoor/PERSON
Vexmoor/PERSON
Tom Hale/PERSON
Tillax/ORG
F-Secure/ORG"
}

@test "in a sports story a month or a common word in capitals before a score is no team ('FRIDAY, AUGUST 30', 'CARROW DRAW 0-0'); a town before a score is" {
	run sh -c "printf 'SOCCER - CARROW DRAW 0-0 WITH TELLBY.\n\nFRIDAY, AUGUST 30 SCHEDULE\n\nDorset beat Cornwall by 20 runs. Harwick 2 Dorset 1.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Dorset/ORG
Cornwall/ORG
Harwick/ORG
Dorset/ORG"
}

@test "a town's name and 'City' that no lexicon knows whole is a club ('Norwich City'), 'Mexico City' and 'lives in Taipei City' a place; a town before a player's position is a club ('Sunderland forward Tom Hale')" {
	run sh -c "printf 'Tom Hale of Norwich City joins Sunderland forward Carl Berg. They flew to Mexico City. Ana Ruiz lives in Taipei City.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tom Hale/PERSON
Norwich City/ORG
Sunderland/ORG
Carl Berg/PERSON
Mexico City/GPE
Ana Ruiz/PERSON
Taipei City/GPE"
}

@test "sports results: towns and counties as teams are organisations, countries stay places, an initial makes a person" {
	f="$(fixture tag-entities sports.txt)"
	run sh -c "segment '$f' | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Freiburg/ORG
Bremen/ORG
Dorset/ORG
Cornwall/ORG
France/GPE
Italy/GPE
K. Oduya/PERSON
T. Brannagh/PERSON"
	# outside a sports document a place before a number is a place
	run sh -c "echo 'Crowds in Lyon drew 40 protesters; Paris 3 voted.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Lyon/GPE
Paris/GPE"
}

@test "a cricket scorecard names players, not teams: 'A. Doyle c Brannagh b Oduya 22', 'Oduya 10-0-41-2'" {
	run sh -c "printf 'CRICKET - KESTREL BEAT HARWICK.\n\nKestrel beat Harwick by five wickets in the one-day match on Sunday.\n\nA. Doyle c Brannagh b Oduya 22\n\nBowling: Oduya 10-0-41-2, Brannagh 9-1-30-1.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Kestrel/ORG
Harwick/ORG
A. Doyle/PERSON
Brannagh/PERSON
Oduya/PERSON
Oduya/PERSON
Brannagh/PERSON"
}

@test "in a sports story a team stays a team wherever it is named; a name in brackets before a score is a player" {
	run sh -c "printf 'CRICKET - KESTREL LEAD.\n\nKestrel beat Harwick by five wickets in the one-day match on Sunday.\n\nTitle rivals Harwick and Brannock lost ground.\n\nBrannock 212 (Doyle 80)\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Kestrel/ORG
Harwick/ORG
Harwick/ORG
Brannock/ORG
Brannock/ORG
Doyle/PERSON"
}

@test "a line of results is no headline: '62 Dario Veltri'" {
	run sh -c "printf 'GOLF - LEADING SCORES.\n\n62 Dario Veltri\n\n64 Ana Kerrigan\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Dario Veltri/PERSON
Ana Kerrigan/PERSON"
}

@test "a slash, semicolon or bracket ends a name: 'Reuters / Ana Kerrigan'" {
	run sh -c "printf 'Photo: Reuters / Ruth Adeyemi.\n\nThe panel heard Ana Kerrigan; Dario Veltri (Oslo) spoke last.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Reuters/ORG
Ruth Adeyemi/PERSON
Ana Kerrigan/PERSON
Dario Veltri/PERSON
Oslo/GPE"
}

@test "a known organisation before capitalised common words is the organisation alone: 'the Google Summer Fair'" {
	run sh -c "echo 'She won a prize at the Google Summer Fair.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Google/ORG"
}

@test "a nationality opening an organisation's name stays in it: 'Danish Geological Society'; before other words it is its own" {
	run sh -c "echo 'She won a medal from the Danish Geological Society last year. Chinese officials disagreed.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Danish Geological Society/ORG
Chinese/NORP"
}

@test "peoples and groups beyond the countries' adjectives are NORP: Chechens, Hutu, Moslems" {
	run sh -c "echo 'Chechens fought Russians. The Zairean army and Hutu rebels clashed. Moslems prayed.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Chechens/NORP
Russians/NORP
Zairean/NORP
Hutu/NORP
Moslems/NORP"
}

@test "news agencies and international bodies are organisations: 'Interfax reported', 'the OSCE'" {
	run sh -c "echo 'The OSCE put off the count in Carrow, Interfax reported.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "OSCE/ORG
Carrow/GPE
Interfax/ORG"
}

@test "a name ending in a word for a place is a place: ponds, brooks, junctions" {
	run sh -c "echo 'They camped by Corran Pond near Ashby Junction and fished in Tillet Brook.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Corran Pond/LOC
Ashby Junction/LOC
Tillet Brook/LOC"
}

@test "a person of a firm is two names, not one organisation" {
	run sh -c "echo 'Analyst Ana Kerrigan of Tillet Bank Inc said prices rose.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Ana Kerrigan/PERSON
Tillet Bank Inc/ORG"
}

@test "a given name opening a body's name, then 'of': no person ('the Royal Academy of Dance', 'the Grace Hockey Club of Ottawa')" {
	run sh -c "echo 'She joined the Royal Academy of Dance and later the Grace Hockey Club of Ottawa.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\\(.text)/\\(.label)\"'"
	assert_output "Royal Academy of Dance/ORG
Grace Hockey Club/ORG
Ottawa/GPE"
}

@test "a theatre, a gallery, a library, a zoo or an opera ends an organisation's name, even after a given name" {
	run sh -c "printf 'The show opens at the Victoria Palace Theatre in Carrow. The Tate Gallery bid for it. She read at the Tillax Public Library.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\\(.text)/\\(.label)\"'"
	assert_output "Victoria Palace Theatre/ORG
Carrow/GPE
Tate Gallery/ORG
Tillax Public Library/ORG"
}

@test "a place, a body or a contest after a title or an age is no person ('Former Labour prime minister'); a name after a title that opens with a given name stays one" {
	run sh -c "echo 'Former Carrow Street media chief Tom Hale left. The 17-year-old Tillax League midfielder signed. Dame Ana Castle spoke. Former Labour prime minister Carl Berg died.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\\(.text)/\\(.label)\"'"
	assert_output "Carrow Street/LOC
Tom Hale/PERSON
Tillax League/ORG
Ana Castle/PERSON
Labour/ORG
Carl Berg/PERSON"
}

@test "what context calls a firm stays a firm: a regulator's name, and a name of two words that opens with a given name" {
	run sh -c "echo 'Telecom regulator Vexcom said it would act. Vexcom is carrying out a review. The mortgage company Tillae Mae must restate its earnings. Tillae Mae warned last month.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\\(.text)/\\(.label)\"'"
	assert_output "Vexcom/ORG
Vexcom/ORG
Tillae Mae/ORG
Tillae Mae/ORG"
}

@test "a town's name that context calls a firm or a club is ORG throughout the document, not where context says a place" {
	run sh -c "echo 'Chelsea boss Tom Hale praised his side. Chelsea won again. The gaming group Wembley rose. Wembley said so. Detroit workers met in Leeds.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\\(.text)/\\(.label)\"'"
	assert_output "Chelsea/ORG
Tom Hale/PERSON
Chelsea/ORG
Wembley/ORG
Wembley/ORG
Detroit/GPE
Leeds/GPE"
}

@test "a given name and a surname that is a place's word make a person where the words around speak of one; a place otherwise" {
	run sh -c "echo 'Carrow coach Mike Lake praised the side. Dan Lane, a text message guru, agreed. The crowd walked from Tillax Bridge to Beverly Hills.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\\(.text)/\\(.label)\"'"
	assert_output "Mike Lake/PERSON
Dan Lane/PERSON
Tillax Bridge/LOC
Beverly Hills/LOC"
}

@test "a place's name before 'striker', 'fans', 'boss' or 'v' is a club's throughout the document; a home nation's stays a place" {
	run sh -c "echo 'Carrow Forest striker Tom Hale scored twice. He joined Carrow Forest in May, and Liverpool fans cheered. England coach Ana Ruiz watched.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\\(.text)/\\(.label)\"'"
	assert_output "Carrow Forest/ORG
Tom Hale/PERSON
Carrow Forest/ORG
Liverpool/ORG
England/GPE
Ana Ruiz/PERSON"
}

@test "a common acronym that ends the sentence is still no name: 'on national TV.', 'at 2200 GMT.'" {
	run sh -c "echo 'The final was shown on national TV. It started at 2200 GMT. Tom Hale watched it in Carrow.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\\(.text)/\\(.label)\"'"
	assert_output "Tom Hale/PERSON
Carrow/GPE"
}

@test "an acronym spelt out in common words names a thing, there and later; one spelt out in a body's name stays ORG" {
	run sh -c "echo 'Shoppers fear radio frequency ID (RFID) tags. RFID is cheap. The firm backs high-definition (HDTV) sets. The Carrow Trade Board (CTB) met. The CTB agreed.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\\(.text)/\\(.label)\"'"
	assert_output "Carrow Trade Board/ORG
CTB/ORG
CTB/ORG"
}

@test "a club's last word makes an organisation, and alone after 'and' or a possessive names a club of its own" {
	run sh -c "echo \"Carrow Utd beat Harwick Albion on Saturday. Tillax and Rangers drew. Day's Rangers contract ends.\" | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\\(.text)/\\(.label)\"'"
	assert_output "Carrow Utd/ORG
Harwick Albion/ORG
Tillax/ORG
Rangers/ORG
Rangers/ORG"
}

@test "a person after a title, or with a middle initial, then 'of' and a place: two names" {
	run sh -c "printf 'Representative Ana Kerrigan of Ottawa spoke. The vote was close, said Dario J. Veltri of Toronto.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Ana Kerrigan/PERSON
Ottawa/GPE
Dario J. Veltri/PERSON
Toronto/GPE"
}

@test "a county or province is a place; a place then a party word is a place and a group, but a team stays whole" {
	run sh -c "printf 'She spoke at the Carrow County Republican office. Hebei Province was cold. The Cleveland Indians won.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Carrow County/GPE
Republican/NORP
Hebei Province/GPE
Cleveland Indians/ORG"
}

@test "towns from the gazetteer are places; a town that is the surname of someone named in full is that person; a list of names is no headline" {
	run sh -c "printf 'Talks opened in Tuzla and Bonn on Monday.\n\nMaria Chesterfield arrived late. Chesterfield said little.\n\nThe finalists: Dario Veltri, Ana Kerrigan, Ruth Adeyemi\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Tuzla/GPE
Bonn/GPE
Maria Chesterfield/PERSON
Chesterfield/PERSON
Dario Veltri/PERSON
Ana Kerrigan/PERSON
Ruth Adeyemi/PERSON"
}

@test "a batsman's line: the name before how he was out is a player" {
	run sh -c "printf 'CRICKET - KESTREL BEAT HARWICK.\n\nKestrel beat Harwick by five wickets.\n\nOkoro c Brannagh b Oduya 22\n\nAshdown not out 41\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | select(.label == \"PERSON\") | .text'"
	assert_output "Okoro
Brannagh
Oduya
Ashdown"
}

@test "in a sports story a town after 'at' or 'in', or in a dateline, is where a game is played: a place, not the team; a month is never a place" {
	run sh -c "printf 'SOCCER - BONN BEAT LEEDS IN LEAGUE CUP.\n\nBONN 1996-08-30\n\nBonn beat Leeds 2-1 in the league cup match on Friday, the coach said of the soccer game.\n\nLeeds play at Bonn again in May.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"' | tail -n 5"
	assert_output "BONN/GPE
Bonn/ORG
Leeds/ORG
Leeds/ORG
Bonn/GPE"
}

@test "in a sports story the sides of a results line or a table row are teams, whatever their names look like" {
	run sh -c "printf 'SOCCER - CARROW LEAGUE RESULTS.\n\nResults of Carrow league soccer matches on Saturday:\n\nPort Alder 2 Harwick 0\n\nStandings:\n\nMarcus Vale 4 1 2 1 9 7 5\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | select(.label == \"ORG\") | .text'"
	assert_output "Port Alder
Harwick
Marcus Vale"
}

@test "a sentence-initial common word joined by 'of' to a name: the name alone, unless the word heads an organisation" {
	run sh -c "printf 'Results of Bonn league matches were late. Bank of Carrow officials agreed. Fans of Yugoslav clubs cheered.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Bonn/GPE
Bank of Carrow/ORG
Yugoslav/NORP"
}

@test "capitals that abbreviate common nouns or illnesses are no organisation: ERA, KO, CD, MS; an unknown acronym is" {
	run sh -c "printf 'He posted a 3.60 ERA and won by KO despite his MS. The CD sold well, said the CRFA.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "CRFA/ORG"
}

@test "a point of the compass before a place is a place, not a given name: West Bonn, North Shore; not the Eastern Conference" {
	run sh -c "printf 'She moved from West Bonn to the North Shore before the Eastern Conference final.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_line --index 0 "West Bonn/GPE"
	assert_line --index 1 --regexp '^North Shore/(GPE|LOC)$'
	refute_output --partial "Eastern Conference/GPE"
	refute_output --partial "Eastern Conference/LOC"
}

@test "events, storms, ages and makers' designations are no organisation: the Battle of Carrow, World War II, Hurricane Mitch, the Middle Ages, the Tellby Era, an F-86 Sabre; 'Revolution Studios' is a firm" {
	run sh -c "printf 'After the Battle of Carrow and World War II the wing flew the F-86 Sabre. Carrow Aviation Ltd built it. In the Middle Ages and the Tellby Era it grew. Hurricane Mitch hit it after Typhoon Tellby. Revolution Studios said so.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Carrow Aviation Ltd/ORG
Revolution Studios/ORG"
}

@test "an article before a name is no part of it: the Sea Union, The Church of Carrow" {
	run sh -c "printf 'She left the Sea Union and joined The Church of Carrow last year.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Sea Union/ORG
Church of Carrow/ORG"
}

@test "a given name alone is a person, unless it is also a word or a place" {
	run sh -c "printf 'Her sister asked them to drive Marta to the ferry. Even the Major Bank agreed.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Marta/PERSON
Major Bank/ORG"
}

@test "given names of other languages than English mark a person before a surname that is also a word" {
	run sh -c "printf 'The award went to Thibault Garnet and Radek Crane on Friday.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Thibault Garnet/PERSON
Radek Crane/PERSON"
}

@test "a sovereign's numeral is part of the name, the pronoun I is not; a given name after a title is a person though a town bears it" {
	run sh -c "printf 'Empress Marta II wrote that King Tomas I would come. When I met Ana I knew. The envoy of Queen Adelaide left.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Marta II/PERSON
Tomas I/PERSON
Ana/PERSON
Adelaide/PERSON"
}

@test "a nickname in quotation marks after a title or an opening word is part of the person ('Rep. John T. \"Jack\" Ruske', 'Yesterday Tomas \"The Hammer\" Okoro')" {
	printf 'In a long tradition, Rep. John T. "Jack" Ruske opened his yard. Ruske said so.\n\nYesterday Tomas "The Hammer" Okoro won.\n' > "$BATS_TEST_TMPDIR/in.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/in.txt' | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.canonical)\"'"
	assert_output 'John T. "Jack" Ruske/John T. "Jack" Ruske
Ruske/John T. "Jack" Ruske
Tomas "The Hammer" Okoro/Tomas "The Hammer" Okoro'
}

@test "a nickname in quotation marks between a given (and middle) name and a surname is part of the person" {
	printf 'The boxer Tomas "The Hammer" Okoro won. Fans call Maria \xe2\x80\x9cIron Fist\xe2\x80\x9d Vetter a legend. Okoro said so. The pitcher John Tellam "Cowboy" Ruske retired.\n' > "$BATS_TEST_TMPDIR/in.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/in.txt' | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.canonical)\"'"
	assert_output "$(printf 'Tomas "The Hammer" Okoro/Tomas "The Hammer" Okoro\nMaria \xe2\x80\x9cIron Fist\xe2\x80\x9d Vetter/Maria \xe2\x80\x9cIron Fist\xe2\x80\x9d Vetter\nOkoro/Tomas "The Hammer" Okoro\nJohn Tellam "Cowboy" Ruske/John Tellam "Cowboy" Ruske')"
}

@test "two titles joined by a hyphen are a title: Secretary-General, Major-General" {
	run sh -c "printf 'UN Secretary-General Ana Vetter met Major-General Tomas Berg.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "UN/ORG
Ana Vetter/PERSON
Tomas Berg/PERSON"
}

@test "an age before capitalised words makes them a person, though they are common words" {
	run sh -c "printf 'Then 19-year-old Rusty Banks won. The 19-year-old Banks smiled.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)/\(.canonical)\"'"
	assert_output "Rusty Banks/PERSON/Rusty Banks
Banks/PERSON/Rusty Banks"
}

@test "a name opened by another language's article is an organisation; a known place and the given name Les are not" {
	run sh -c "printf 'The weekly Der Bote and the daily Le Soir quoted Les Tull of El Paso.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Der Bote/ORG
Le Soir/ORG
Les Tull/PERSON
El Paso/GPE"
}

@test "'and' inside an organisation's name joins it; between two names it does not" {
	run sh -c "printf 'Prices on the Carrow Futures and Options Exchange fell, the Ministry of Health and Welfare said, and the Bank of Carrow and Tillax agreed, as did Vexmoor and Harlow Airport.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Carrow Futures and Options Exchange/ORG
Ministry of Health and Welfare/ORG
Bank of Carrow/ORG
Tillax/ORG
Vexmoor/ORG
Harlow Airport/ORG"
}

@test "a nationality that opens a contest's name gets no label; before other names it is a people" {
	run sh -c "printf 'The Danish official said the Danish Open and the Carrow Nations Cup would go ahead.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Danish/NORP"
}

@test "the people of a state, a region or a town are a group: the Texan, Transylvanian villages, Muscovites" {
	run sh -c "printf 'The Texan beat two Muscovites in Transylvanian villages.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Texan/NORP
Muscovites/NORP
Transylvanian/NORP"
}

@test "a capitalised common word after 'the town of' is a place, also where it says; a place that is a person's surname is the person" {
	run sh -c "printf 'They shopped in the town of Reading on Friday. An official in Reading said so. Ian Holland was jailed. Later Holland was freed.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Reading/GPE
Reading/GPE
Ian Holland/PERSON
Holland/PERSON"
}

@test "Philippine is a people's word, not a given name" {
	run sh -c "printf 'The Philippine navy and a Philippine official spoke.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Philippine/NORP
Philippine/NORP"
}

@test "a railway is a place and a hotel an organisation, though a given name opens their names" {
	run sh -c "printf 'The Sandy Vale Railway ran past the Mark Tull Hotel.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Sandy Vale Railway/LOC
Mark Tull Hotel/ORG"
}

@test "a name opened by a lake, a river or a mountain is a place; the title of a place is the place alone" {
	run sh -c "printf 'He climbed Mount Vexmoor, swam in Lake Tull and met the Mayor of Tellby, the Governor General of Carrow and the River Hawks.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Mount Vexmoor/LOC
Lake Tull/LOC
Tellby/GPE
Carrow/GPE
River Hawks/ORG"
}

@test "a portfolio of more than one word after the title is part of the title, not of the person" {
	run sh -c "printf 'Secretary of Homeland Security Ana Ruiz met Minister of Foreign Affairs Tom Berg.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Ana Ruiz/PERSON
Tom Berg/PERSON"
}

@test "a point of the compass is no person: the Army of the North; the North Shore of Carrow is two places, the Central Bank of Vexmoor one body" {
	run sh -c "printf 'After the Army of the North won, they surfed off the North Shore of Carrow and paid the Central Bank of Vexmoor.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "North Shore/GPE
Carrow/GPE
Central Bank of Vexmoor/ORG"
}

@test "'on' after an organisation's head joins its name; a known body and its department or committee are one organisation; no person in 'Foreign Relations'" {
	run sh -c "printf 'The Council on Foreign Relations, the Senate Committee on Ethics, the Treasury Department and the Commission on Vexmoor Debates met.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Council on Foreign Relations/ORG
Senate Committee on Ethics/ORG
Treasury Department/ORG
Commission on Vexmoor Debates/ORG"
}

@test "a title word that is a title only with another makes no person of a lone common word: a Grand Compact; Police Chief Smith is a person" {
	run sh -c "printf 'They dreamed of a Grand Compact, said Police Chief Smith.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Smith/PERSON"
}

@test "a verb that is also a given name opening a sentence before a country is no person's name" {
	run sh -c "printf 'Say Norway objected at once. Later Norway gave way.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Norway/GPE
Norway/GPE"
}

@test "a word with a capital inside is a firm unless a name's prefix opens it; a religion is a group; a common word between a title and a full name is the title's" {
	run sh -c "printf 'TellWise said so, as did DeShawn Vetter. Islam spread east. Former Miss Harvest Ana Ruiz agreed.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "TellWise/ORG
DeShawn Vetter/PERSON
Islam/NORP
Ana Ruiz/PERSON"
}

@test "the title of an organisation named at length is the organisation; a person after a title stays a person" {
	run sh -c "printf 'She met the President of the Carrow Chamber of Commerce and US Secretary of State Ana Ruiz.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Carrow Chamber of Commerce/ORG
US/GPE
Ana Ruiz/PERSON"
}

@test "a headline in capitals names whom the story names in Title Case" {
	run sh -c "printf 'SAILING - OKORO TAKES LEAD IN CARROW.\n\nTomas Okoro led after two races on Friday. Okoro was calm.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | select(.label == \"PERSON\") | \"\(.text)/\(.canonical)\"'"
	assert_output "OKORO/Tomas Okoro
Tomas Okoro/Tomas Okoro
Okoro/Tomas Okoro"
}

@test "in a list of names where one is a person the unknown others are persons too" {
	run sh -c "printf 'The squad is as follows:\n\nOkoro, Brannagh, Veltri, Oduya, Thomas and Kerrigan.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Okoro/PERSON
Brannagh/PERSON
Veltri/PERSON
Oduya/PERSON
Thomas/PERSON
Kerrigan/PERSON"
}

@test "a byline alone on its line before the dateline is a person; 'shares in X' makes X a firm" {
	run sh -c "printf 'Dock shares slip on weak results.\n\nOszkar Tellig\n\nCARROW 1996-08-30\n\nShares in Tillet fell on Friday.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Oszkar Tellig/PERSON
CARROW/GPE
Tillet/ORG"
}

@test "two unknown names, 'of' and a country: a person and a place" {
	run sh -c "printf 'Oszkar Tellig of Hungary won the sprint on Friday.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Oszkar Tellig/PERSON
Hungary/GPE"
}

@test "in a sports story a town that plays is a team: 'Bonn reached 372', 'title rivals Leeds'" {
	run sh -c "printf 'CRICKET - COUNTY CHAMPIONSHIP.\n\nBonn reached 372 for six in the county cricket championship match, and title rivals Leeds closed in on victory with the ball.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Bonn/ORG
Leeds/ORG"
}

@test "in a sports story a town that 'has won' or owns a player is a team; a town after 'of' is not" {
	printf "BASEBALL - RESULTS.\n\nThe pitcher and the coach saw the season end. Bonn has won six of its last nine games. Lyon's Tomas Berg scored twice. Ana Vetter of Leeds had played there.\n" > "$BATS_TEST_TMPDIR/in.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/in.txt' | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Bonn/ORG
Lyon/ORG
Tomas Berg/PERSON
Ana Vetter/PERSON
Leeds/GPE"
}

@test "in a sports story an unknown name before a position or owning a player is a team" {
	printf "BASEBALL - RESULTS.\n\nThe pitcher and the coach saw the season end. Kestrels shortstop Tomas Berg scored twice. Vexmoor's Ana Ruiz hit a homer.\n" > "$BATS_TEST_TMPDIR/in.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/in.txt' | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Kestrels/ORG
Tomas Berg/PERSON
Vexmoor/ORG
Ana Ruiz/PERSON"
}

@test "in a sports story a name with a country in brackets is an athlete, even after 'beat'" {
	run sh -c "printf 'TENNIS - RESULTS AT THE CARROW OPEN.\n\nResults of the tennis tournament on Friday, third round:\n\nOszkar Tellig (Hungary) beat Ilse Marrow (Austria) 6-0 6-2\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | select(.label == \"PERSON\") | .text'"
	assert_output "Oszkar Tellig
Ilse Marrow"
}

@test "context names an unknown word: the village of X, X is a commune, the band X" {
	run sh -c "printf 'Tellby is a commune in the north. She grew up in the village of Marrowick and later joined the band Vexmoor.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Tellby/GPE
Marrowick/GPE
Vexmoor/ORG"
}

@test "a word a telling context labels once keeps the label where the document names it again" {
	run sh -c "printf 'She joined the band Vexmoor in 1999. Vexmoor toured for years.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Vexmoor/ORG
Vexmoor/ORG"
}

@test "name particles, one or two, inside a person's name: bin, van der, and an Arabic one with a capital: Bin" {
	run sh -c "printf 'Tariq bin Rashed met Joost van der Velde and Fathi Bin Qarran in the port.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Tariq bin Rashed/PERSON
Joost van der Velde/PERSON
Fathi Bin Qarran/PERSON"
}

@test "words that mark a firm ('Tillax CEO', 'Tillax shares') beat 'Tillax said' across the document" {
	run sh -c "printf 'Tillax said output rose. Tillax shares climbed on Friday.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Tillax/ORG
Tillax/ORG"
}

@test "a sentence-initial common word that opens a known name stays in it: United States, New York; a word in capitals for emphasis (also of four letters: DATE, RACE) and post-nominal letters are no organisation" {
	run sh -c "printf 'United States officials agreed. New York is big. He stays UNLESS the court acts, said Ana Ruiz, QC. He missed the DATE, and the RACE is off.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "United States/GPE
New York/GPE
Ana Ruiz/PERSON"
}

@test "US state abbreviations after a town and 'the Gulf' are places" {
	run sh -c "printf 'He was born in Jacksonville, Fla., and oil prices rose in the Gulf.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Jacksonville/GPE
Fla./GPE
Gulf/LOC"
}

@test "a firm named with a possessive keeps it: Okoro's Shipping Corp; a person's possessive does not join" {
	run sh -c "printf \"Shares of Okoro's Shipping Corp rose. Ruth Adeyemi's aides said little.\\n\" | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Okoro's Shipping Corp/ORG
Ruth Adeyemi/PERSON"
}

@test "a place made an adjective ('London-based', 'UN-brokered') is the place alone; a people after a title or a compass point is a people" {
	run sh -c "printf 'A London-based spokesman praised the UN-brokered truce. Former Italian winger Dario Veltri and West Indian all-rounder Tomas Okoro agreed.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)/\(.end - .start)\"'"
	assert_output "London/GPE/6
UN/ORG/2
Italian/NORP/7
Dario Veltri/PERSON/12
West Indian/NORP/11
Tomas Okoro/PERSON/11"
}

@test "'Dean' is a given name, not a title; a title word before an event's last word makes no person: Grand Prix, Labor Day" {
	run sh -c "printf 'Dean Okoro scored twice before the Carrow Grand Prix and the Labor Day weekend.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Dean Okoro/PERSON"
}

@test "a capitalised plural after 'the' is a side or a band: the Harbour Hawks; not a people: the Danes" {
	run sh -c "printf 'He was traded to the Harbour Hawks before the Danes arrived. The Kestrels won the opener.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Harbour Hawks/ORG
Danes/NORP
Kestrels/ORG"
}

@test "a noun for a place after an unknown name makes it a place, hyphenated too: the Tellby-Marrow region, the Vexmoor mountains" {
	run sh -c "printf 'Talks on the disputed Tellby-Marrow region and the Vexmoor mountains resumed.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Tellby-Marrow/LOC
Vexmoor/LOC"
}

@test "an honorific makes a person, at a sentence's start too; an affiliation after it is its own name" {
	run sh -c "printf 'Mr. Velloso is bearish on loans. Dr. Ana Kerrigan of Ottawa disagreed.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Velloso/PERSON
Ana Kerrigan/PERSON
Ottawa/GPE"
}

@test "capitalised common words alone (a work's title) are no organisation; a firm's name is" {
	run sh -c "echo 'The band released Quiet Winter and toured with Acme Records.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Acme Records/ORG"
}

@test "a wire dateline names a place; a month or a day in capitals is no name" {
	run sh -c "printf 'MARKETS REPORT.\n\nOSLOBERG 1996-08-30\n\nThe AUGUST figures rose on Monday, analysts said.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "OSLOBERG/GPE"
}

@test "the town in capitals that opens a wire dateline is a place, whatever its words; a known name keeps its label" {
	run sh -c "printf 'LA VEXMOOR, Carrow 1996-08-30\n\nIt rained.\n\nREADING, England 1996-08-31\n\nIt snowed.\n\nUNITED NATIONS 1996-09-01\n\nIt cleared.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "LA VEXMOOR/GPE
Carrow/GPE
READING/GPE
England/GPE
UNITED NATIONS/ORG"
}

@test "a surname that is also a common word opens a sentence: the person, only when named in full" {
	run sh -c "printf 'Minister Ola Berg spoke in Oslo.\n\nBerg insisted the deal was fair. Marsh land lay flooded.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)/\(.canonical)\"'"
	assert_output "Ola Berg/PERSON/Ola Berg
Oslo/GPE/Oslo
Berg/PERSON/Ola Berg"
}

@test "--lexicon adds names with their labels, and its label wins" {
	printf '# our names\nHarbourview Trust\tORG\nParis\tPERSON\n' > "$BATS_TEST_TMPDIR/lex.tsv"
	run sh -c "echo 'Paris said the Harbourview Trust would pay.' | segment | tag-entities --lexicon '$BATS_TEST_TMPDIR/lex.tsv' | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Paris/PERSON
Harbourview Trust/ORG"
}

@test "every record and field it does not own passes through unchanged and in order" {
	printf '%s\n' '{"type":"doc","doc":"d","bytes":13,"src":"x"}' \
	    '{"type":"note","doc":"d","anything":[1,{"a":null}]}' \
	    '{"type":"sentence","doc":"d","n":0,"para":0,"start":0,"end":13,"text":"Oslo is cold.","mine":true}' > "$BATS_TEST_TMPDIR/in"
	run tag-entities "$BATS_TEST_TMPDIR/in"
	assert_success
	assert_line --index 0 '{"type":"doc","doc":"d","bytes":13,"src":"x"}'
	assert_line --index 1 '{"type":"note","doc":"d","anything":[1,{"a":null}]}'
	assert_line --index 2 '{"type":"sentence","doc":"d","n":0,"para":0,"start":0,"end":13,"text":"Oslo is cold.","mine":true,"entities":[{"text":"Oslo","label":"GPE","start":0,"end":4,"canonical":"Oslo"}]}'
}

@test "running it twice gives the same output as once" {
	a=$(segment "$(fixture tag-entities article.txt)" | tag-entities | cksum)
	b=$(segment "$(fixture tag-entities article.txt)" | tag-entities | tag-entities | cksum)
	assert_equal "$a" "$b"
}

@test "bad input: a document of 10^5 firm names with a possessive ('Tillby's said so.') is tagged in bounded time, each one an organisation" {
	yes "Tillby's said so." | head -n 100000 | tr '\n' ' ' > "$BATS_TEST_TMPDIR/poss.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/poss.txt' | timeout 20 tag-entities | jq -r '.entities[]? | .text + \"/\" + .label' | sort | uniq -c"
	assert_success
	assert_output "$(printf '%7d %s' 100000 "Tillby's/ORG")"
}

@test "bad input: a document of 5 x 10^4 different hyphenated names no list knows ('Peace held in Qzab-Zqab.') is tagged in bounded time, each one a place" {
	awk 'BEGIN { for (i = 0; i < 50000; i++) { n = sprintf("%c%c%c%c", 97 + i % 26, 97 + int(i / 26) % 26, 97 + int(i / 676) % 26, 97 + int(i / 17576) % 26); printf "Peace held in Qz%s-Zq%s. ", n, n } }' > "$BATS_TEST_TMPDIR/hy.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/hy.txt' | timeout 20 tag-entities | jq -r '.entities[]? | .label' | sort | uniq -c"
	assert_success
	assert_output "$(printf '%7d %s' 50000 GPE)"
}

@test "bad input: a document of 5 x 10^4 organisations' words alone beside as many organisations named in full ('Tillax Holdings shut the Laboratory.') is tagged in bounded time" {
	yes "Tillax Holdings shut the Laboratory." | head -n 50000 | tr '\n' ' ' > "$BATS_TEST_TMPDIR/lab.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/lab.txt' | timeout 20 tag-entities | jq -r '.entities[]? | .text + \"/\" + .label' | sort | uniq -c"
	assert_success
	assert_output "$(printf '%7d %s' 50000 "Tillax Holdings/ORG")"
}

@test "bad input: missing or wrong-typed text and start, end out of range: reported, skipped, exit 1" {
	printf '%s\n' '{"type":"doc","doc":"d","bytes":20}' \
	    '{"type":"sentence","doc":"d","n":0,"start":0,"end":5}' \
	    '{"type":"sentence","doc":"d","n":1,"start":0,"end":5,"text":5}' \
	    '{"type":"sentence","doc":"d","n":2,"start":"0","end":5,"text":"Oslo."}' \
	    '{"type":"sentence","doc":"d","n":3,"start":-4,"end":5,"text":"Oslo."}' \
	    '{"type":"sentence","doc":"d","n":4,"start":6,"end":999,"text":"Oslo."}' \
	    '{"type":"sentence","doc":"d","n":5,"start":6,"end":11,"text":"Rome."}' > "$BATS_TEST_TMPDIR/in"
	run -1 tag-entities "$BATS_TEST_TMPDIR/in"
	assert_line "tag-entities: $BATS_TEST_TMPDIR/in:2: cannot parse record: missing \"text\""
	assert_line "tag-entities: $BATS_TEST_TMPDIR/in:3: cannot parse record: non-string \"text\""
	assert_line "tag-entities: $BATS_TEST_TMPDIR/in:4: cannot parse record: non-offset (not an integer >= 0) \"start\""
	assert_line "tag-entities: $BATS_TEST_TMPDIR/in:5: cannot parse record: non-offset (not an integer >= 0) \"start\""
	assert_line "tag-entities: $BATS_TEST_TMPDIR/in:6: cannot parse record: \"end\" out of range"
	assert_line --partial '"text":"Rome.","entities":[{"text":"Rome","label":"GPE","start":6,"end":10'
}

@test "bad input: a non-object line and invalid UTF-8 are reported; nothing else is lost" {
	printf '[1,2]\n{"type":"sentence","doc":"d","n":0,"start":0,"end":18,"text":"Oslo is cold, caf\351."}\n' > "$BATS_TEST_TMPDIR/in"
	run -1 tag-entities "$BATS_TEST_TMPDIR/in"
	assert_line "tag-entities: $BATS_TEST_TMPDIR/in:1: cannot parse record: not a JSON object"
	assert_line "tag-entities: $BATS_TEST_TMPDIR/in:2: invalid UTF-8: 1 byte replaced with U+FFFD"
	assert_line --partial '"label":"GPE"'
}

@test "empty input gives empty output and exit 0" {
	run tag-entities < /dev/null
	assert_success
	assert_output ""
}

@test "a word of grammar alone is never an entity, whatever a headline or an echo made of it" {
	run sh -c "printf 'TENNIS The 11th-seeded Stadium semifinal\n' | segment | tag-entities | jq -r '.entities[]? | .text'"
	assert_success
	refute_output --regexp '^The$'
}

@test "a word a telling context labelled keeps that label where only its being a given name made it a person" {
	run sh -c "printf 'Troops moved towards the village of Marisol on Saturday. Marisol is a quiet village.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Marisol/GPE
Marisol/GPE"
}

@test "a firm named with its legal form (S.A., N.V., Pty) lends that label to its name alone and to names that open with it" {
	run sh -c "printf 'Shares of Tillax S.A. plunged on Friday. Tillax Brasil fell. Tillax said it would recover.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tillax S.A./ORG
Tillax Brasil/ORG
Tillax/ORG"
}

@test "an ampersand between names makes a firm, not a person: 'Douglas & Pike'" {
	run sh -c "printf 'Shares of Douglas & Pike rose on Friday after Marta Okafor spoke.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Douglas & Pike/ORG
Marta Okafor/PERSON"
}

@test "a country's name that is the surname of someone named in full is that person" {
	run sh -c "printf 'The film was made by Dario Chad in Bonn. Chad shot it in winter.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Dario Chad/PERSON
Bonn/GPE
Chad/PERSON"
}

@test "a place that opens an organisation's or an event's name stays inside it: 'the Bonn Stock Exchange', 'the Leeds Open'" {
	run sh -c "printf 'Shares rose on the Bonn Stock Exchange before Marta Okafor lost in the Leeds Open semifinals.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Bonn Stock Exchange/ORG
Marta Okafor/PERSON"
}

@test "a name made an adjective of likeness or of a prize won is none ('a Tellby Idol-style show', 'a Booker Prize-winner'), but a known place or a person named in full keeps the name ('Hollywood-style', 'a Janet Qarran-style show')" {
	run sh -c "printf 'Ruiz, a Booker Prize-winner, saw a Tellby Idol-style show, a Hollywood-style film and a Janet Qarran-style dance.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)/\(.start)/\(.end)\"'"
	assert_output "Hollywood/GPE/61/70
Janet Qarran/PERSON/88/100"
}

@test "a place adjective before a name is split from it: 'Bonn-based Tillax' is a place and the firm named in full elsewhere" {
	run sh -c "printf 'It was bought by Tillax International Inc. The deal helps Bonn-based Tillax grow.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tillax International Inc./ORG
Bonn/GPE
Tillax/ORG"
}

@test "a facility's name ending in Gym, Mall, Rink or Pavilion is a place" {
	run sh -c "printf 'The game was played at Vexmoor Gym and the party moved to the Tellby Village Mall.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Vexmoor Gym/LOC
Tellby Village Mall/LOC"
}

@test "a title word before an organisation's word makes no person: 'the Supreme Court of Cassation'" {
	run sh -c "printf 'The ruling of the Supreme Court of Cassation in Bonn was final.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Supreme Court of Cassation/ORG
Bonn/GPE"
}

@test "a title after an organisation's name: 'Bonn Supreme Court Justice Frank Delvane' is the court and the judge, no overlap" {
	run sh -c "printf 'Bonn Supreme Court Justice Frank Delvane rejected the motion.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Bonn Supreme Court/ORG
Frank Delvane/PERSON"
}

@test "a legal form ends its firm's name: a capitalised word after it opens another ('Vexmoor Corp. Tellco Holdings', 'Vexmoor Inc of Ohio'); 'Tillax Co. Ltd' is one" {
	run sh -c "printf 'The bid for Vexmoor Corp. Tellco Holdings rose.\n\nShares of Vexmoor Inc of Ohio fell.\n\nShares of Tillax Co. Ltd fell.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Vexmoor Corp./ORG
Tellco Holdings/ORG
Vexmoor Inc/ORG
Ohio/GPE
Tillax Co. Ltd/ORG"
}

@test "the dot of an abbreviation that ends a sentence stays in the name: 'Vexmoor Corp.', 'Tom Hale Jr.', 'Tampa, Fla.'" {
	run sh -c "printf 'The shares went to Vexmoor Corp.\n\nThe pitcher was Tom Hale Jr.\n\nHe lives in Tampa, Fla.\n\nHe went to the game.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)/\(.end - .start)\"'"
	assert_output "Vexmoor Corp./ORG/13
Tom Hale Jr./PERSON/12
Tampa/GPE/5
Fla./GPE/4"
}

@test "a title, a person, then 'of' and an organisation are two names: 'President Tom Hale of the Carrow Democratic Party'" {
	run sh -c "printf 'President Tom Hale of the Carrow Democratic Party spoke, and Professor Ana Vetter of the Harwick University replied.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tom Hale/PERSON
Carrow Democratic Party/ORG
Ana Vetter/PERSON
Harwick University/ORG"
}

@test "a title of an organisation is the organisation; a title alone is no name; a title's dot stays only on an abbreviation" {
	run sh -c "printf 'He called the Secretary of the Carrow Department of Public Safety.\n\nHe met the Minister of the Interior and the Secretary of State.\n\nHe met the Secretary of the Navy.\n\nHe met Gen. Tom Hale.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Carrow Department of Public Safety/ORG
Navy/ORG
Tom Hale/PERSON"
}

@test "a nationality opening an association's name 'of', 'for' or 'on' something stays in it; before a state's court it is split off" {
	run sh -c "printf 'Carrowan\tNORP\n' > \"\$BATS_TEST_TMPDIR/lx\"; printf 'He joined the Carrowan League of Voters and the Carrowan Centre for Harbour Studies.\n\nThe Italian Supreme Court of Cassation ruled.\n' | segment | tag-entities --lexicon \"\$BATS_TEST_TMPDIR/lx\" | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Carrowan League of Voters/ORG
Carrowan Centre for Harbour Studies/ORG
Italian/NORP
Supreme Court of Cassation/ORG"
}

@test "an acronym that is a common word too opens a sentence as the organisation the document names elsewhere ('GM said' after 'GM chief executive'); alone it is none" {
	run sh -c "printf 'Later, GM chief executive Tom Hale spoke. GM said costs rose.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "GM/ORG
Tom Hale/PERSON
GM/ORG"
	run sh -c "printf 'GM said costs rose.\n' | segment | tag-entities | jq -c '.entities // empty'"
	assert_output "[]"
}

@test "a party's and an exchange's short names are organisations, not people ('the Lib Dems', 'Lib Dem leader', 'Deutsche Boerse')" {
	run sh -c "printf 'The Lib Dems said the toll would fail. Lib Dem leader Tom Hale spoke. Deutsche Boerse said its bid stands.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Lib Dems/ORG
Lib Dem/ORG
Tom Hale/PERSON
Deutsche Boerse/ORG"
}

@test "a place of two words before a body named 'of' something is part of its name; a people's word of two before a state's ministry is not" {
	run sh -c "printf 'Carrow Valley\tGPE\nSouth Carrowan\tNORP\n' > \"\$BATS_TEST_TMPDIR/lx\"; printf 'The Carrow Valley League of Voters met the Carrow Valley Department of Health and the South Carrowan Ministry of Defence.\n' | segment | tag-entities --lexicon \"\$BATS_TEST_TMPDIR/lx\" | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Carrow Valley League of Voters/ORG
Carrow Valley Department of Health/ORG
South Carrowan/NORP
Ministry of Defence/ORG"
}

@test "a role in common words before a person named in full is no part of the name: 'Engineer John Vetter'; 'the International Red Cross' stays whole" {
	run sh -c "printf 'The report by Engineer John Vetter went to the International Red Cross.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "John Vetter/PERSON
International Red Cross/ORG"
}

@test "a known organisation after common words that describe it is one organisation: 'the International Red Cross said'" {
	run sh -c "printf 'The talks failed, and the International Red Cross said so.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "International Red Cross/ORG"
}

@test "a place's or a person's possessive before an organisation is two names; a firm named with a possessive stays one" {
	run sh -c "printf \"He was taken to Bonn's Central Harbour Hospital, then met Tom Vetter's Carrow Union and ate at Okoro's Shipping Corp.\n\" | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Bonn/GPE
Central Harbour Hospital/ORG
Tom Vetter/PERSON
Carrow Union/ORG
Okoro's Shipping Corp./ORG"
}

@test "capitalised common words with an organisation's word inside are an organisation: 'the National League for Clean Harbours'; without one they are a work's title" {
	run sh -c "printf 'He joined the National League for Clean Harbours and read A Quiet Winter.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "National League for Clean Harbours/ORG"
}

@test "one name or a firm's legal name 'of' a country is a club or a firm and the country; a state by its form is a place" {
	run sh -c "printf 'The club lost to Vexmoor of Germany, shares in Hollin Motor Corp of South Korea rose, and Oszkar Tellig of Hungary met envoys of the Republic of Carrow and the Bank of Canada.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Vexmoor/ORG
Germany/GPE
Hollin Motor Corp/ORG
South Korea/GPE
Oszkar Tellig/PERSON
Hungary/GPE
Republic of Carrow/GPE
Bank of Canada/ORG"
}

@test "MP, MEP and other members' titles are titles; a title 'for' a place names the place and the person after it" {
	run sh -c "printf 'Labour MP Tom Vetter said so, and Minister for Europe Ana Ruiz agreed.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Labour/ORG
Tom Vetter/PERSON
Europe/LOC
Ana Ruiz/PERSON"
}

@test "peoples' words together are one people: 'Syrian Kurds', 'Irish Catholics', 'Liberal Democrat'" {
	run sh -c "printf 'Liberal Democrat spokesman Ana Ruiz said Irish Catholics and Syrian Kurds met in Bonn.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Liberal Democrat/NORP
Ana Ruiz/PERSON
Irish Catholics/NORP
Syrian Kurds/NORP
Bonn/GPE"
}

@test "a people's word before a known place ending in an organisation's word is split from it: 'Arab West Bank villages'" {
	run sh -c "printf 'The survey counted the wells of Arab West Bank villages.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Arab/NORP
West Bank/LOC"
}

@test "an abbreviated point of the compass before a place or a people is no initial: 'S. Korean', 'N. Korea'; 'P. Simmons' still is" {
	run sh -c "printf 'S. Korean shares fell, N. Korea said so and P. Simmons won.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "S. Korean/NORP
N. Korea/GPE
P. Simmons/PERSON"
}

@test "an appositive that says what person it is makes a person, and the document keeps it: 'Ana Paris, a Danish woman'" {
	run sh -c "printf 'Ana Paris, a Danish woman and former nurse, spoke. Paris was born in Bern.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)/\(.canonical)\"'"
	assert_output "Ana Paris/PERSON/Ana Paris
Danish/NORP/Danish
Paris/PERSON/Ana Paris
Bern/GPE/Bern"
}

@test "an appositive headed by a place's or an organisation's noun names the word before it: 'Vexmoor, a town in Kent', 'Tillax, a Bonn firm'; 'a company spokesman' is no firm" {
	run sh -c "printf 'Vexmoor, a town in Kent, grew. Tillax, a Bonn firm, grew. Tom Hale, a company spokesman, spoke.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Vexmoor/GPE
Kent/GPE
Tillax/ORG
Bonn/GPE
Tom Hale/PERSON"
}

@test "a definition that opens a sentence says what the name is: 'Tellby is a Danish chain of shops', 'Vexmoor were a folk band'; not inside a sentence ('She said Qarran is a band')" {
	run sh -c "printf 'Tellby is a Danish chain of shops. Vexmoor were a folk band from Leeds. Ana Ruiz is an actor. She said Qarran is a band.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tellby/ORG
Danish/NORP
Vexmoor/ORG
Leeds/GPE
Ana Ruiz/PERSON"
}

@test "an appositive whose noun is a trade as well as a firm ('a developer') names a person after a given name and a surname, a firm otherwise" {
	run sh -c "printf 'Ana Ruiz, a developer, spoke. Tillax, a developer, grew.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Ana Ruiz/PERSON
Tillax/ORG"
}

@test "a role after a name with no article names a person ('Tom Press, vice president of Tillax'), not after a firm's word with no given name ('Vexmoor Group, chief supplier'); a rank held of a place is a person ('the Duke of Carrow')" {
	run sh -c "printf 'Tom Press, vice president of Tillax, spoke. Vexmoor Group, chief supplier of parts, grew. The Duke of Carrow opened the pier.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tom Press/PERSON
Vexmoor Group/ORG
Duke of Carrow/PERSON"
}

@test "military and police ranks without a full stop are titles ('Lt Col Tom Hale of the PCO', 'Det Supt Ana Ruiz')" {
	run sh -c "printf 'Lt Col Tom Hale of the PCO told the agency the deal was agreed. Det Supt Ana Ruiz said the search would go on.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tom Hale/PERSON
PCO/ORG
Ana Ruiz/PERSON"
}

@test "in a sports story a town before a player's position is a team ('Leeds captain Tom Hale'); a country stays a place ('England captain')" {
	run sh -c "printf 'CRICKET - COUNTY CHAMPIONSHIP.\n\nLeeds captain Tom Hale made 80 and England captain Ana Ruiz watched.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Leeds/ORG
Tom Hale/PERSON
England/GPE
Ana Ruiz/PERSON"
}

@test "a place adjective of two words before a name is split from it ('Santa Fe-based Tillax Bancorp Inc.'); 'X general manager' makes X a firm" {
	run sh -c "printf 'Santa Fe-based Tillax Bancorp Inc. rose. Vexmoor general manager Tom Hale quit.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Santa Fe/GPE
Tillax Bancorp Inc./ORG
Vexmoor/ORG
Tom Hale/PERSON"
}

@test "'Deutsche' opens an organisation's name and 'Laboratories' ends one ('Deutsche Carrowbahn', 'Tillax Laboratories'), where they were people" {
	run sh -c "printf 'Deutsche Carrowbahn said so. Tillax Laboratories said sales rose.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Deutsche Carrowbahn/ORG
Tillax Laboratories/ORG"
}

@test "a town's name and an unknown word are a person where the words around speak of one ('the novelist Milan Vorasek', 'Milan Vorasek said', 'her coach Aston Moore'); 'Manchester United' and 'France Telecom said' stay organisations" {
	run sh -c "printf 'The novelist Milan Vorasek wrote it. Manchester United won. France Telecom said sales rose. Her coach Aston Moore spoke.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Milan Vorasek/PERSON
Manchester United/ORG
France Telecom/ORG
Aston Moore/PERSON"
}

@test "a firm named with a possessive that stands alone before a verb is one name with it ('Tillby's said'), unless the document writes the name without it ('Tillax rose. Tillax's is bigger')" {
	run sh -c "printf \"Tillby's said sales rose.\\n\\nTillax Corp rose. Later Tillax's profits were bigger than Tillax's was.\\n\" | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_output "Tillby's/ORG
Tillax Corp/ORG
Tillax/ORG
Tillax/ORG"
}

@test "'DJ' before a name is a title, no part of it ('DJ Tomas Vetter', 'Radio DJ Ana Ruiz'), and the surname alone is the person later" {
	run sh -c "printf 'DJ Tomas Vetter said dance music was alive. Radio DJ Ana Ruiz agreed. Vetter smiled.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)/\(.canonical)\"'"
	assert_output "Tomas Vetter/PERSON/Tomas Vetter
Ana Ruiz/PERSON/Ana Ruiz
Vetter/PERSON/Tomas Vetter"
}

@test "a single unknown word after 'according to' is an organisation, not a place ('according to Tillaxis')" {
	run sh -c "printf 'Sales rose, according to Tillaxis.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tillaxis/ORG"
}

@test "the people of a nationality of two words in the plural are NORP ('Sri Lankans', 'South Africans'), not a person" {
	run sh -c "printf 'Many Sri Lankans and South Africans fled the storm.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Sri Lankans/NORP
South Africans/NORP"
}

@test "a web address is an organisation ('Tillaxgames.co.uk', 'Amazon.com')" {
	run sh -c "printf 'Tom Hale, editor of Tillaxgames.co.uk, said so. Shares in Amazon.com rose.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tom Hale/PERSON
Tillaxgames.co.uk/ORG
Amazon.com/ORG"
}

@test "a compound ending in a common word after its last hyphen opens no name ('Film-maker Tom Vetter', 'Man-of-the-match Ana Ruiz', 'Three-quarters'); a place before the hyphen stays a place ('London-based Tillax')" {
	run sh -c "printf 'Film-maker Tom Vetter said it was good.\n\nMan-of-the-match Ana Ruiz was happy.\n\nThree-quarters said they were happy.\n\nLondon-based Tillax Bank grew.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tom Vetter/PERSON
Ana Ruiz/PERSON
London/GPE
Tillax Bank/ORG"
}

@test "a capital or a prefix before a hyphen and a common word is no name ('a UN T-shirt', 'Co-founder of Tillax Inc.'); 'Ex-President' is a title; a person after 'University of X' or 'Council on X Relations' is apart" {
	run sh -c "printf 'Ana Ruiz wore a UN T-shirt. Co-founder of Tillax Inc., Tomas Berg, spoke. Ex-President Lena Okoro came. The Carrow Economic Co-operation Council met. A student at the University of Carrow Ana Ruiz spoke. The head of the Council on Tellby Relations Lena Okoro spoke.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Ana Ruiz/PERSON
UN/ORG
Tillax Inc./ORG
Tomas Berg/PERSON
Lena Okoro/PERSON
Carrow Economic Co-operation Council/ORG
University of Carrow/ORG
Ana Ruiz/PERSON
Council on Tellby Relations/ORG
Lena Okoro/PERSON"
}

@test "a chamber named between a title and a person named in full is apart from the person ('the Speaker of the House Tom Hale', 'Speaker of the Senate Ana Ruiz')" {
	run sh -c "printf 'Former Speaker of the House Tom Hale spoke. The Speaker of the Senate Ana Ruiz agreed.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "House/ORG
Tom Hale/PERSON
Senate/ORG
Ana Ruiz/PERSON"
}

@test "a person named in full straight after the word that ends a body's name is apart ('the Refugee Council Lena Okoro', 'Vexmoor Bank Ana Ruiz'); 'Carrow Rail Services' stays one name" {
	run sh -c "printf 'The head of the Refugee Council Lena Okoro spoke. He met Vexmoor Bank Ana Ruiz on Monday. Carrow Rail Services Ltd grew.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Refugee Council/ORG
Lena Okoro/PERSON
Vexmoor Bank/ORG
Ana Ruiz/PERSON
Carrow Rail Services Ltd/ORG"
}

@test "another language's word for a bank or a school opens an organisation ('Banco Tellez', 'Instituto Carrow'); a person and an organisation after 'for' are two names, unless an organisation's word ends the first" {
	run sh -c "printf 'Ana Ruiz of Banco Tellez and Tomas Berg of the Instituto Carrow met. Lena Okoro for Carrow Rail Services said no. The Okoro Institute for Peace Studies agreed.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Ana Ruiz/PERSON
Banco Tellez/ORG
Tomas Berg/PERSON
Instituto Carrow/ORG
Lena Okoro/PERSON
Carrow Rail Services/ORG
Okoro Institute for Peace Studies/ORG"
}

@test "'City of X' is a place, 'Port of X' a place; a word and a point of the compass is a region ('the Old West'), a given name and one a person; a title word then an organisation's word is one organisation ('Major League Hockey')" {
	run sh -c "printf 'The City of Tellby and the Port of Carrow signed. Storms hit the Old West. Tomas North spoke. He joined Major League Hockey in May.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "City of Tellby/GPE
Port of Carrow/LOC
Old West/LOC
Tomas North/PERSON
Major League Hockey/ORG"
}

@test "a sports club's or a newspaper's word in another language makes an organisation: 'Dynamo Tellby', 'Deportivo Carrow', 'Carrower Zeitung', 'Corriere di Carrow'" {
	run sh -c "printf 'Dynamo Tellby beat Deportivo Carrow 2-1, the Carrower Zeitung and the Corriere di Carrow said.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Dynamo Tellby/ORG
Deportivo Carrow/ORG
Carrower Zeitung/ORG
Corriere di Carrow/ORG"
}

@test "in a sports story a short unknown given name before a surname that is a common word is a person ('Tomek Wall'); a long unknown word is not one ('Vexmoorland Wall'), nor is one in a business story ('Tellco Steel'); 'Tull Corner' is a place" {
	run sh -c "printf 'BASEBALL - RESULTS.\n\nThe pitcher Tomek Wall fired a three-hitter in the ninth inning as the league leaders scored twice. They met at Tull Corner.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tomek Wall/PERSON
Tull Corner/LOC"
	run sh -c "printf 'The Vexmoorland Wall was built in 1820. Shares in Tellco Steel rose.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	refute_output --partial "PERSON"
}

@test "a name before a place's adjective is kept ('Ana Vetter of Bonn-based'); a road's number is part of it ('Interstate 40'); 'Jan' before a surname is a given name; a name alone on its line is a person" {
	run sh -c "printf 'The hull sank, said Ana Vetter of Bonn-based Tull Media. Traffic on Interstate 40 was slow. Jan Okoro won on Jan 5.\n\nLena Okoro\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Ana Vetter/PERSON
Bonn/GPE
Tull Media/ORG
Interstate 40/LOC
Jan Okoro/PERSON
Lena Okoro/PERSON"
}

@test "a town named with its river is one place ('Marburg an der Lahn'), and so is a known place joined to an unknown name ('Bavaria-Tellmark'); a county after a title word is a place ('Prince Carrow County')" {
	run sh -c "printf 'She moved from Marburg an der Lahn to Bavaria-Tellmark, then to Prince Carrow County.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Marburg an der Lahn/GPE
Bavaria-Tellmark/GPE
Prince Carrow County/GPE"
}

@test "a channel by its number that opens a sentence is an organisation ('Radio 1 said', 'Channel 4 said'), not a person '1'" {
	run sh -c "printf 'Radio 1 said the show would go on.\n\nChannel 4 said it would return.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Radio 1/ORG
Channel 4/ORG"
}

@test "a channel's number and an ordinal before a unit's name are part of the name: 'Carrow Radio 4', 'Channel 5', 'the 65th Carrow Division'" {
	run sh -c "printf 'He served with the 65th Carrow Division and heard it on Carrow Radio 4 and Channel 5.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "65th Carrow Division/ORG
Carrow Radio 4/ORG
Channel 5/ORG"
}

@test "a name wrapped over two lines stays one; a people's word and 'Republic' is a state; a given name and an unknown word in a headline in capitals are a person" {
	run sh -c "printf 'BOXING - TOMAS OKORO WINS IN PANAMA.\n\nBowlers: Glenn Vetter, Ana\nRuiz.\n\nHe came from the Estonian Republic.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "TOMAS OKORO/PERSON
PANAMA/GPE
Glenn Vetter/PERSON
Ana
Ruiz/PERSON
Estonian Republic/GPE"
}

@test "one word with a capital inside after a short English word is a firm ('MyPorts', 'GoFerry'), not after a name's two letters ('JoAnne')" {
	run sh -c "printf 'The song went up on MyPorts and GoFerry, said JoAnne Ruiz.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "MyPorts/ORG
GoFerry/ORG
JoAnne Ruiz/PERSON"
}

@test "one unknown word after 'in' is a place, unless it ends as a belief or a field does ('in Carrowism', 'in Tellbyology')" {
	run sh -c "printf 'She grew up in Vexmoor and believed in Carrowism, then worked in Tellbyology.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Vexmoor/GPE"
}

@test "a trade noun before a name makes it a firm across the document ('drugmaker X', 'oil giant X'), though it later says things" {
	run sh -c "printf 'Danish drugmaker Tellvax has bought a rival.\n\nTellvax, which makes flu vaccines, said it would cut costs.\n\nOil giant Vexoil said prices would rise.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Danish/NORP
Tellvax/ORG
Tellvax/ORG
Vexoil/ORG"
}

@test "the plural of an acronym is a common noun, no name ('MPs', 'NGOs', 'DVDs'); the acronym itself still is one" {
	run sh -c "printf 'MPs said the NGOs had sold DVDs to the BBC.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "BBC/ORG"
}

@test "a given name alone after 'a' or 'an' is a thing named after someone ('an Oscar'), no person; alone elsewhere it is one" {
	run sh -c "printf 'She was nominated for an Oscar in March.\n\nMarta drove to the ferry.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Marta/PERSON"
}

@test "a country after a particle ('Stade de France') is not made a surname by it: 'France' alone stays a place" {
	run sh -c "printf 'Berg ran well at the Stade de France on Sunday.\n\nFrance lost 31-10 to Italy.\n' | segment | tag-entities | jq -r '.entities[]? | select(.text==\"France\") | .label'"
	assert_output "GPE"
}

@test "a month that is a surname after a given name is part of the name ('Lena May', 'Prime Minister Ana April'); a month alone or before a day is not" {
	run sh -c "printf 'Lena May spoke on Monday.\n\nPrime Minister Ana April said the plan would work.\n\nTomas Berg left in May.\n\nThe vote is on May 5.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Lena May/PERSON
Ana April/PERSON
Tomas Berg/PERSON"
}

@test "a position in a side before a name is a title, no part of the person ('Fly-half Tomas Berg', 'Striker Ana Ruiz')" {
	run sh -c "printf 'Fly-half Tomas Berg kicked three penalties.\n\nStriker Ana Ruiz scored twice.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tomas Berg/PERSON
Ana Ruiz/PERSON"
}

@test "an unknown word that opens a sentence and owns 'its' is an organisation, there and elsewhere in the document; not a hyphenated name" {
	run sh -c "printf 'Vexmoor to cut jobs\n\nVexmoor saw its shares climb after the news.\n\nVexmoor said the cuts would end in May.\n\nSkyle-Man and its sequel made millions.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Vexmoor/ORG
Vexmoor/ORG
Vexmoor/ORG"
}

@test "a single word whose 's owns shares or profits, or after 'shares in', is an organisation; not after an honorific, in a person's full name, or a place or month" {
	run sh -c "printf \"Tillax's shares fell 5%% on Monday.\\n\\nTomas Berg's shares were sold.\\n\\nMr Vexmoor's shares were sold.\\n\\nShares in Carrowbrook fell.\\n\\nShares in London fell in September.\\n\" | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_output "Tillax/ORG
Tomas Berg/PERSON
Vexmoor/PERSON
Carrowbrook/ORG
London/GPE"
}

@test "an appositive with 'the' and a firm's noun makes one unknown word a firm; a person with a party's post stays a person" {
	run sh -c "printf 'Tillax, the Swedish ferry firm, said fares would rise.\n\nTomas Berg, the party'\\''s spokesman, said fares would rise.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tillax/ORG
Swedish/NORP
Tomas Berg/PERSON"
}

@test "a word before 'boss' or 'chairwoman' and a name is a firm or club ('Vexmoor boss Tomas Berg')" {
	run sh -c "printf 'Vexmoor boss Tomas Berg quit.\n\nCarrowbrook chairwoman Ana Ruiz resigned.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Vexmoor/ORG
Tomas Berg/PERSON
Carrowbrook/ORG
Ana Ruiz/PERSON"
}

@test "a prize named like a person is none ('the Oscars', 'the Emmy for', 'Oscar nominations'); 'Tony said' is a person" {
	run sh -c "printf 'Oscar nominations were out on Tuesday.\n\nThe film won the Emmy for best drama.\n\nTony said he would go to the Oscars.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Tony/PERSON"
}

@test "a feast alone is no entity ('at Christmas'); 'Christmas Island' is a place" {
	run sh -c "printf 'Sales rose at Christmas.\n\nThey flew to Christmas Island at Easter.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Christmas Island/GPE"
}

@test "a common word after 'the' and a title is no person ('the General Election'); a name after a title is ('General Dannatt')" {
	run sh -c "printf 'Labour won the General Election in May.\n\nGeneral Dannatt said the army was ready.\n' | segment | tag-entities | jq -r '.entities[]? | \"\(.text)/\(.label)\"'"
	assert_output "Labour/ORG
Dannatt/PERSON"
}

@test "'Bros' ends a firm's name like a legal form, also with its dot at the sentence's end" {
	run sh -c "echo 'The film was backed by Carrow Bros. It was made by Tillax Bros in May.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Carrow Bros./ORG
Tillax Bros/ORG"
}

@test "an unknown name before a comma and a country or a state is a place ('Debden, England, 4 June'); 'the villagers of X' and 'the mayor of X' name a place; not a list or a possessive" {
	run sh -c "printf 'He was posted to Debden, England, 4 June 1943, then Tillow, Texas. The villagers of Bontwell asked for a halt. Vodafone and Tellco, Britain'\''s other operator, were told.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Debden/GPE
England/GPE
Tillow/GPE
Texas/GPE
Bontwell/GPE
Britain/GPE"
}

@test "a name in East Asian order is a person: a Chinese or Korean surname, then a given name in pinyin or of two syllables joined by a hyphen" {
	run sh -c "echo 'Moon Jae-in met Qin Gang and Xi Jinping. Chinese Li Keqiang spoke. The Song Dynasty and Long March were studied.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Moon Jae-in/PERSON
Qin Gang/PERSON
Xi Jinping/PERSON
Chinese/NORP
Li Keqiang/PERSON"
}

@test "a people's word that is also a given name, before a person named in full, is a people apart ('Tory Liam Fox', 'Scot Nick Smith')" {
	run sh -c "echo 'Tory Liam Fox said it. Scot Ana Ruiz won. Tory Parkes spoke.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Tory/NORP
Liam Fox/PERSON
Scot/NORP
Ana Ruiz/PERSON
Tory Parkes/PERSON"
}

@test "a middle initial with no dot stays inside the name ('Tom K Hale', 'George W Bush') and the surname alone is that person; a letter after a word that is no given name is not an initial ('Plan B')" {
	run sh -c "echo 'Tom K Hale met Ana Ruiz. Later, Hale left. Plan B Tellby failed.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)/\(.canonical)\"'"
	assert_output "Tom K Hale/PERSON/Tom K Hale
Ana Ruiz/PERSON/Ana Ruiz
Hale/PERSON/Tom K Hale"
}

@test "a body's name runs past 'of'/'for' through words that are titles only before another ('the Institute for Economic Growth', 'the Council of Economic Advisers'), up to a title with a name after it ('the Department of Health Secretary Ana Ruiz')" {
	run sh -c "printf 'The Institute for Economic Growth said so. He joined the Council of Economic Advisers. The Department of Health Secretary Ana Ruiz spoke. The Office of the Deputy Prime Minister agreed.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Institute for Economic Growth/ORG
Council of Economic Advisers/ORG
Department of Health/ORG
Ana Ruiz/PERSON
Office of the Deputy Prime Minister/ORG"
}

@test "one common word alone before 'said' is a firm ('Oracle said'), but a person where the document names someone with it for a surname ('Tom Straw ... Straw said')" {
	run sh -c "printf '{\"id\":\"a\",\"text\":\"In a statement, Oracle said it would cut jobs.\"}\n{\"id\":\"b\",\"text\":\"Tom Straw won. Later, Straw said he was glad.\"}\n' | segment --jsonl | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Oracle/ORG
Tom Straw/PERSON
Straw/PERSON"
}

@test "a common word with a number after 'in' is no place ('in Chapter 11', 'in Article 5'); a common word alone there still is ('in Reading')" {
	run sh -c "echo 'It emerged from Chapter 11 bankruptcy. It is set out in Article 5 of the treaty. He lives in Reading now.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Reading/GPE"
}

@test "a town's name before a firm's officer is a firm's, there and after ('Tellby chief executive Ana Ruiz ... Tellby said'); a chief of the state is no firm's ('Tellby chief prosecutor')" {
	run sh -c "printf 'Tellby\tGPE\n' > \"\$BATS_TEST_TMPDIR/lx\"; printf '{\"id\":\"a\",\"text\":\"Tellby chief executive Ana Ruiz spoke. Later, Tellby said profits rose.\"}\n{\"id\":\"b\",\"text\":\"Vodafone UK chief executive Tom Hale spoke. Tellby chief prosecutor Lena Okoro spoke.\"}\n' | segment --jsonl | tag-entities --lexicon \"\$BATS_TEST_TMPDIR/lx\" | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Tellby/ORG
Ana Ruiz/PERSON
Tellby/ORG
Vodafone UK/ORG
Tom Hale/PERSON
Tellby/GPE
Lena Okoro/PERSON"
}

@test "the word after a peer's rank is the peer's name even where it names a place ('Baroness Norway'), and the place stays a place elsewhere" {
	run sh -c "echo 'Baroness Norway said the talks would go on. She flew to Norway on Monday.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Norway/PERSON
Norway/GPE"
}

@test "a peer's rank is a title, not part of a name ('Baroness Tellby said', 'Viscount Vexmoor')" {
	run sh -c "echo 'Labour peer Baroness Tellby, who chairs the inquiry, said so. Viscount Vexmoor agreed.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Labour/ORG
Tellby/PERSON
Vexmoor/PERSON"
}

@test "a firm's word alone before 'and' is part of one body's name ('the Securities and Exchange Commission'); a firm named in full before it is a firm apart ('Tillax Securities and Vexmoor Holdings')" {
	run sh -c "echo 'The Securities and Exchange Commission said so. He met Tillax Securities and Vexmoor Holdings on Monday.' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Securities and Exchange Commission/ORG
Tillax Securities/ORG
Vexmoor Holdings/ORG"
}

@test "a title alone names no one ('the Bishop said', 'the 50-year-old MP'), unless someone named in full has it for a surname ('Tom King ... King said')" {
	run sh -c "printf '{\"id\":\"a\",\"text\":\"The Bishop said the book was fun. The 50-year-old MP spoke.\"}\n{\"id\":\"b\",\"text\":\"Tom King won. Later, King said he was glad.\"}\n' | segment --jsonl | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Tom King/PERSON
King/PERSON"
}

@test "a number of up to three figures before a military unit is part of its name ('the 65 Air Division', '3 Commando Brigade'), not a year ('In 2004 Air Force planes')" {
	run sh -c "printf 'The 65 Air Division was based there. He joined 3 Commando Brigade in 1990. In 2004 Air Force planes flew.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "65 Air Division/ORG
3 Commando Brigade/ORG
Air Force/ORG"
}

@test "a fleet, a squadron or a corps ends an organisation's name ('the Seventh Fleet', 'the Marine Corps', '845 Naval Air Squadron')" {
	run sh -c "printf 'The Seventh Fleet sailed. He joined the Marine Corps. The 845 Naval Air Squadron flew.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_output "Seventh Fleet/ORG
Marine Corps/ORG
845 Naval Air Squadron/ORG"
}

@test "a record's type is read as jansson reads it: an escaped \"s\\u0065ntence\" is a sentence, \"sentences\" is not" {
	printf '%s\n' '{"type":"doc","doc":"d"}' \
	    '{"type":"s\u0065ntence","doc":"d","n":0,"start":0,"end":13,"text":"Ana Ruiz won."}' \
	    '{"type":"sentences","doc":"d","n":1,"start":14,"end":27,"text":"Ana Ruiz won."}' > "$BATS_TEST_TMPDIR/in"
	run tag-entities "$BATS_TEST_TMPDIR/in"
	assert_success
	run jq -c '[has("entities"), (.entities | length)]' <<<"$output"
	assert_output '[false,0]
[true,1]
[false,0]'
}

@test "a document's first sentence with every long word capitalised is a headline even with a full stop after it; its given name and surname stand when the story names the surname" {
	run sh -c "printf 'Ana Ruiz Takes On The Old Guard In Carrow Council Race.\n\nRuiz said she would win. The council met on Monday.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Ana Ruiz/PERSON
Ruiz/PERSON"
}

@test "in a sports story a town paired by 'and', 'or' or 'v' with a side is a side too ('Tull Rovers or Bristol')" {
	run sh -c "printf 'Carrow Rovers will face Tull Rovers or Bristol in the Cup fourth round after a 2-1 win. The striker scored twice in the first half and the goalkeeper saved a penalty.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Carrow Rovers/ORG
Tull Rovers/ORG
Bristol/ORG"
}

@test "common nouns written in initials with an ampersand are no organisation ('R&D', 'a Q&A', 'a B&B', 'R&B'); a firm's are ('AT&T')" {
	run sh -c "printf 'The R&D budget grew. Tillax Motors spent more on R&D and ran a Q&A for staff at a B&B. AT&T said so.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Tillax Motors/ORG
AT&T/ORG"
}

@test "an organisation's word alone after an article or a possessive names one only where a longer name here holds it ('the League' after 'the Vexmoor League of Rights'; not 'his Association', 'the Laboratory'); a paper's word does ('the Times'), and so does the word as a firm's whole name ('users of Opera')" {
	run sh -c "printf 'The Vexmoor League of Rights met on Monday. The League said it would appeal. His Association lost the vote, and the Laboratory closed. According to the Times, the talks failed. Users of Opera can zoom.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Vexmoor League of Rights/ORG
League/ORG
Times/ORG
Opera/ORG"
}

@test "a plural's possessive inside a body's name is part of it ('the Carrow Bond Traders' Association', 'the Dock Workers’ Union'); not after a name a lexicon knows ('Los Angeles' Kodak Theatre')" {
	printf "The Carrow Bond Traders' Association met. The Dock Workers’ Union struck in Los Angeles' Kodak Theatre.\n" > "$BATS_TEST_TMPDIR/a.txt"
	run sh -c "segment '$BATS_TEST_TMPDIR/a.txt' | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Carrow Bond Traders' Association/ORG
Dock Workers’ Union/ORG
Los Angeles/GPE
Kodak Theatre/ORG"
}

@test "a firm's possessive name with nothing it owns after it is the firm ('anchored by Tillby's and Sears', 'became Vexbury's in 1992'); not a disease's eponym ('into Alzheimer's'), nor a person's possessive before a noun" {
	run sh -c "printf 'The mall opened with Tillby'\\''s and Sears as anchors. It became Vexbury'\\''s in 1992. Research into Alzheimer'\\''s and Parkinson'\\''s grew. Tom Hale'\\''s brother left.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Tillby's/ORG
Vexbury's/ORG
Tom Hale/PERSON"
}

@test "a railway or a canal named for the towns at its ends is one name ('the Tellby and Vexmoor Railroad'); two firms joined by 'and' stay two" {
	run sh -c "printf 'It connected with the Tellby and Vexmoor Railroad in 1882, and Tillax Securities and Vexmoor Holdings paid for it.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Tellby and Vexmoor Railroad/LOC
Tillax Securities/ORG
Vexmoor Holdings/ORG"
}

@test "a name that ends in capitals that are no honour and no regnal number is an organisation, not a person ('Tellby AC', 'Vexmoor DS'); 'Tom Hale QC', 'Henry VIII' stay people" {
	run sh -c "printf 'Tellby AC won the relay. He bought a Vexmoor DS for his son. Tom Hale QC spoke for Henry VIII.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Tellby AC/ORG
Vexmoor DS/ORG
Tom Hale QC/PERSON
Henry VIII/PERSON"
}

@test "an unknown name before a settlement's noun is a settlement ('the Qarran province', 'Tellby village'), before a site's noun a place ('the Vexmoor stadium', 'the al-Tillax mosque'); not an adjective ('the Olympic stadium') nor a compound ending in a small word ('a Carrow-run prison')" {
	run sh -c "printf 'Troops entered the Qarran province and Tellby village. Fans left the Vexmoor stadium for the al-Tillax mosque. The Olympic stadium and a Carrow-run prison were shut.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Qarran/GPE
Tellby/GPE
Vexmoor/LOC
al-Tillax/LOC"
}

@test "an unknown name after 'the state of' or a plural settlement's noun and 'of' is a place ('the state of Qarran', 'the mining towns of Tellby'); not the state of someone's affairs ('the state of Vexmoor's finances')" {
	run sh -c "printf 'Police in the state of Qarran searched the mining towns of Tellby. Nobody knew the true state of Vexmoor\047s finances.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Qarran/GPE
Tellby/GPE"
}

@test "an unknown name before 'newspaper' or 'magazine', or after 'members of', is an organisation ('the Tellby newspaper', 'former members of Tillax'); not the members of someone's family ('members of Vexmoor's family')" {
	run sh -c "printf 'The story ran in the Tellby newspaper on Monday. He was helped by former members of Tillax, and by members of Vexmoor\047s family.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Tellby/ORG
Tillax/ORG"
}

@test "'side', 'champions', 'holders' and 'rivals' before a name make it a club ('union side Vexmoor', 'the champions Tellby', 'their rivals Carrowby')" {
	run sh -c "printf 'He moved to union side Vexmoor in May. The champions Tellby beat their rivals Carrowby on Sunday.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Vexmoor/ORG
Tellby/ORG
Carrowby/ORG"
}

@test "an event named before 'of' ('the Tour of Tellby', 'the War of the Carrow Succession') or a contest's plural after 'the' ('the Olympics') is no organisation" {
	run sh -c "printf 'Ana Ruiz rode in the Tour of Tellby and ran at the Olympics. The treaty ended the War of the Carrow Succession.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Ana Ruiz/PERSON"
}

@test "a possessive between two names of two words or more parts them ('Vexmoor Tillax's National League for Reform'), not a plural of people's ('the Carrow People's Party'); a body's word and its field after a person's name is the body ('the Tom Hale Institute for Carrow Studies')" {
	run sh -c "printf 'Police held members of Vexmoor Tillax\047s National League for Reform. The Carrow People\047s Party and the Tom Hale Institute for Carrow Studies protested.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Vexmoor Tillax/PERSON
National League for Reform/ORG
Carrow People's Party/ORG
Tom Hale Institute for Carrow Studies/ORG"
}

@test "a place between two titles is no part of the person and is a place ('Former South Carolina Gov. Tom Hale', 'Former Texas Gov. Ana Ruiz')" {
	run sh -c "printf 'Former South Carolina Gov. Tom Hale was on the list. Former Texas Gov. Ana Ruiz was not.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "South Carolina/GPE
Tom Hale/PERSON
Texas/GPE
Ana Ruiz/PERSON"
}

@test "an ordinal or an adjective of names that opens a sentence stays in the body's name it opens ('Fourth Carrow Air Force', 'National Tellby Bank'); a common word before a name is still dropped ('Second Avenue' names nothing)" {
	run sh -c "printf 'Fourth Carrow Air Force moved in 1943.\n\nNational Tellby Bank raised its rates.\n\nSecond Avenue was closed.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Fourth Carrow Air Force/ORG
National Tellby Bank/ORG"
}

@test "a word after an unknown name that makes it a firm does so at a sentence's end too ('sold their Tillax shares.', 'an editor at Tellby magazine.')" {
	run sh -c "printf 'Investors sold their Tillax shares. He is an editor at Tellby magazine.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Tillax/ORG
Tellby/ORG"
}

@test "a town before its state is a place though a firm's name there opens with it, and an aside in lower case may follow ('Tellby Bank is based in Tellby, Ohio (population 900).')" {
	run sh -c "printf 'Tellby Bank is based in Tellby, Ohio (population 900). Vexmoor is in Harwick, Ohio (population 80).\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Tellby Bank/ORG
Tellby/GPE
Ohio/GPE
Harwick/GPE
Ohio/GPE"
}

@test "a faith's or a movement's follower before a name is a group, not part of the name ('Scientologist Tom Hale', 'Libertarian Ana Ruiz', 'Baathists')" {
	run sh -c "printf 'Scientologist Tom Hale spoke. Libertarian Ana Ruiz won. Baathists left.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Scientologist/NORP
Tom Hale/PERSON
Libertarian/NORP
Ana Ruiz/PERSON
Baathists/NORP"
}

@test "a band's name after 'band' is an organisation though its words are common ones or follow a comma ('industrial band Killing Joke', 'rock band, The Stands'); a given name and a surname stay a person" {
	run sh -c "printf 'It covers a song by industrial band Killing Joke. It is a single by rock band, The Stands. The band Tom Hale formed split.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Killing Joke/ORG
The Stands/ORG
Tom Hale/PERSON"
}

@test "'Del.' before a name is a delegate's title, no part of the name; after a town it is still Delaware, and 'Del' alone a given name ('Del. Ana Ruiz', 'Dover, Del.', 'Del Shannon')" {
	run sh -c "printf 'Del. Ana Ruiz spoke. He lives in Dover, Del., now. Del Shannon sang.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Ana Ruiz/PERSON
Dover/GPE
Del./GPE
Del Shannon/PERSON"
}

@test "a table's header of short abbreviations names nothing ('W L PCT GB', 'P W D L F A PTS'), though a line of names in capitals still does" {
	run sh -c "printf 'EASTERN DIVISION\n\nW L PCT GB\n\nP W D L F A PTS\n\nCARROW 74 59\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "CARROW/ORG"
}

@test "a point of the compass alone after 'the' is a region ('in the South since the war', 'if the North accepted'), not before a noun it qualifies ('the North side') nor inside a name ('the Army of the North')" {
	run sh -c "printf 'He has lived in the South since the war. Talks resume only if the North accepted. Hale coaches the North side. The Army of the North won.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "South/LOC
North/LOC"
}

@test "a given name alone before 'and' and a person named in two words is a person, though it is a common word ('Tom and Ana Ruiz', 'owned by John and Beryll Remblance'); not a place's name ('Jordan and Tom Hale')" {
	run sh -c "printf 'Tom and Ana Ruiz left. The horse is owned by John and Beryll Remblance. Talks between Jordan and Tom Hale ended.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Tom/PERSON
Ana Ruiz/PERSON
John/PERSON
Beryll Remblance/PERSON
Jordan/GPE
Tom Hale/PERSON"
}

@test "a descriptor in -er before a person named in full is no part of the name ('Backbencher Tom Hale', 'Queenslander Ana Ruiz'), though a body's name keeps its first word ('Traveller Law Reform Coalition')" {
	run sh -c "printf 'Backbencher Tom Hale spoke. Queenslander Ana Ruiz won. The Traveller Law Reform Coalition met.\n' | segment | tag-entities | jq -r 'select(.entities) | .entities[] | \"\(.text)/\(.label)\"'"
	assert_success
	assert_output "Tom Hale/PERSON
Ana Ruiz/PERSON
Traveller Law Reform Coalition/ORG"
}

@test "after a title and 'of the', common words with no given name are no person ('Director of the National Iodine Nutrition study'); a person named in full after them still is ('Secretary of the Interior Ana Ruiz', 'Speaker of the House Newt Gingrich')" {
	run sh -c "printf 'He is Director of the National Iodine Nutrition study.\n\nSecretary of the Interior Ana Ruiz said no.\n\nSpeaker of the House Newt Gingrich said no.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Ana Ruiz/PERSON
House/ORG
Newt Gingrich/PERSON"
}

@test "after 'the', dictionary words that open with a given name and end in a plural are no person ('the Star Wars lead', 'the Bee Gees'); a name before a noun still is ('the Roger Bannister stories')" {
	run sh -c "printf 'In the show the Star Wars lead played a villain.\n\nShe loves the Bee Gees and all the Roger Bannister stories.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Star Wars/ORG
Bee Gees/ORG
Roger Bannister/PERSON"
}

@test "a given name that is a common word and a surname no list knows make a person after a person's role or before a verb of saying, there and wherever the document names them again ('midfielder Dries Mertens', 'Rich Tellani said')" {
	run sh -c "printf 'Carrow won after midfielder Dries Mertens scored twice. Later Dries Mertens left.\n\nRich Tellani said the deal was dead.\n' | segment | tag-entities | jq -r '.entities[]? | select(.label == \"PERSON\") | .text'"
	assert_success
	assert_output "Dries Mertens
Dries Mertens
Rich Tellani"
}

@test "a given name in pinyin before a Chinese surname is a person ('Researcher Mu Li, of the university, said'), not a place of the lexicon ('Hong Kong')" {
	run sh -c "printf 'Researcher Mu Li, of the university, said so. He flew to Hong Kong.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Mu Li/PERSON
Hong Kong/GPE"
}

@test "a common word capitalised inside a sentence stands for the place whose name it opens elsewhere in the document ('the Marsh train' after 'the Marsh Railway'); alone, or after a compass word, it names nothing" {
	run sh -c "printf 'The express crossed the Marsh Railway at noon. The engine of the Marsh train was wrecked.\n\nA porter of the Marsh line said so.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Marsh Railway/LOC
Marsh/LOC
Marsh/LOC"
	run sh -c "printf 'The engine of the Marsh train was wrecked. They crossed the Eastern Bridge. The Eastern trains were late.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Eastern Bridge/LOC"
}

@test "a name that a place's context made a place twice ('extended to Harrison', 'from Harrison') is that place where the document names it again with nothing to say; not after one such context, nor when a verb of saying makes it a person" {
	run sh -c "printf '%s\n' '{\"id\":\"a\",\"text\":\"The line was extended to Harrison in 1898. Trains ran from Harrison to Carrow. Trestles on the Harrison extension were replaced.\"}' '{\"id\":\"b\",\"text\":\"The talks went to Harrison once. The Harrison plan failed.\"}' '{\"id\":\"c\",\"text\":\"The bus went to Harrison and back from Harrison. Harrison said the line was safe. The Harrison extension closed.\"}' | segment --jsonl | tag-entities | jq -r '. as \$r | .entities[]? | select(.text == \"Harrison\") | \"\\(\$r.doc):\\(.label)\"'"
	assert_success
	assert_output "a:GPE
a:GPE
a:GPE
b:GPE
b:PERSON
c:GPE
c:GPE
c:PERSON
c:PERSON"
}

@test "before 'of', 'Co' and a firm's word end the firm's name and the place after is apart ('Tellco Co of Ohio', 'Vexmoor Company of Texas'); 'the Company of Watermen' is one name" {
	run sh -c "printf 'The deal went to Tellco Co of Ohio and the Vexmoor Company of Texas. The Company of Watermen met.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Tellco Co/ORG
Ohio/GPE
Vexmoor Company/ORG
Texas/GPE
Company of Watermen/ORG"
}

@test "a team named by its town and a plural, then 'of' and its league, is two names ('the Leeds Rovers of the Northern League'); a body whose word takes 'of' stays one ('the Boston Institute of Technology')" {
	run sh -c "printf 'He played for the Leeds Rovers of the Northern League in 1990. The Boston Institute of Technology hired him.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Leeds Rovers/ORG
Northern League/ORG
Boston Institute of Technology/ORG"
}

@test "a body named already before 'and' is one of two ('the IMF and World Bank', 'Ford and General Motors'); 'the Securities and Exchange Commission' and a town's 'Tellby and Carrow Institute' stay one" {
	run sh -c "printf 'Both the IMF and World Bank have urged Egypt to act. Sales at Ford and General Motors fell. The Securities and Exchange Commission said so. He spoke at the Birmingham and Midlands Institute.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "IMF/ORG
World Bank/ORG
Egypt/GPE
Ford/ORG
General Motors/ORG
Securities and Exchange Commission/ORG
Birmingham and Midlands Institute/ORG"
}

@test "a role that opens the sentence makes the one word after it a person, as it does in lower case ('Rapper Qarran has ...', 'the rapper Qarran')" {
	run sh -c "printf 'The news came on Monday.\n\nRapper Qarran has denied the claims.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Qarran/PERSON"
}

@test "a word of a firm's trade ends an organisation's name ('British Telecom', 'Tellby Pharmaceuticals'), and 'Telecom' before 'of' leaves the place apart ('SK Telecom of South Korea')" {
	run sh -c "printf 'British Telecom has said it will double speeds. The deal with SK Telecom of South Korea was signed. Tellby Pharmaceuticals rose.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "British Telecom/ORG
SK Telecom/ORG
South Korea/GPE
Tellby Pharmaceuticals/ORG"
}

@test "'Member of' and 'Co-founder of' open no name: the body after them is the organisation ('the Member of the Carrow Assembly', 'a Co-founder of Friends of the Earth'); 'Member States' is no person" {
	run sh -c "printf 'The Member of the Carrow Assembly since 2003 has been Tom Hale. A Co-founder of Friends of the Earth spoke. EU Member States agreed.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Carrow Assembly/ORG
Tom Hale/PERSON
Friends of the Earth/ORG
EU/ORG"
}

@test "a people's name in the plural, then 'for' or 'Against' and capitals, is a body ('Carrowans for Fair Fares', 'Germans Against Nuclear Power'); 'Americans for the first time' is still the people" {
	run sh -c "printf 'Germans Against Nuclear Power marched. She joined Americans for Prosperity. Americans for the first time voted online.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Germans Against Nuclear Power/ORG
Americans for Prosperity/ORG
Americans/NORP"
}

@test "'Hall of Famer' and 'Hall of Fame' with a hyphenated role before a name leave the person alone ('Hall of Famer Tom Hale', 'Hall of Fame Finger-picker Ana Ruiz')" {
	run sh -c "printf 'His coach was the future Hall of Famer Tom Hale. The guitar was made for Hall of Fame Finger-picker Ana Ruiz.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Tom Hale/PERSON
Ana Ruiz/PERSON"
}

@test "a thing's acronym before 'of' or 'for' is no part of the name after it ('MVP of the Carrow League', 'the DNA of Tom Hale', 'a 2.47 ERA for Tellby')" {
	run sh -c "printf 'He was named MVP of the Carrow League. The DNA of Tom Hale was found on the glass.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Carrow League/ORG
Tom Hale/PERSON"
}

@test "a modifier of titles, then a name and a firm's word after the run, names the firm, not a person ('Former Tellco boss Tom Hale', 'Acting Tellco chief executive Ana Ruiz'); 'Former President Tom Hale' is still a person" {
	run sh -c "printf 'Former Tellco boss Tom Hale was involved in the fraud. Acting Vexmoor chief executive Ana Ruiz denied it. Former President Lena Okoro spoke.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Tellco/ORG
Tom Hale/PERSON
Vexmoor/ORG
Ana Ruiz/PERSON
Lena Okoro/PERSON"
}

@test "a word whose 's owns a firm's officer names the firm ('Tellco's chief operating officer', 'Vexmoor's chairman'), so 'Tellco said' elsewhere is the firm too" {
	run sh -c "printf 'Tellco said the ruling was unfair. Ana Ruiz, Tellco'\''s chief operating officer, met them. Vexmoor'\''s chairman resigned.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Tellco/ORG
Ana Ruiz/PERSON
Tellco/ORG
Vexmoor/ORG"
}

@test "a prize after its category or before a word of winning is none ('a best film Oscar', 'Oscar win', 'Oscar favourite'); 'Oscar said' is a person" {
	run sh -c "printf 'Ana Ruiz was congratulated on her Oscar win. The film is a best film Oscar favourite. Oscar said he was tired.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Ana Ruiz/PERSON
Oscar/PERSON"
}

@test "a name after a described noun for a firm is the firm, though it opens with a given name, and so throughout the document ('US mortgage company Fannie Tull'); not after 'the' alone ('the company Tom Hale founded') nor after a noun a person may be ('a fellow broadcaster Tom Hale')" {
	run sh -c "printf 'The US mortgage company Fannie Tull should restate its earnings. Later Fannie Tull said it would. Ana Ruiz works at the company Tom Hale founded. Lena Okoro is a fellow broadcaster Tom Hale admires.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "US/GPE
Fannie Tull/ORG
Fannie Tull/ORG
Ana Ruiz/PERSON
Tom Hale/PERSON
Lena Okoro/PERSON
Tom Hale/PERSON"
}

@test "a body's word and 'of' that open a name make an organisation though a place's word ends it ('the University of the Highlands and Islands')" {
	run sh -c "printf 'He studied at the University of the Highlands and Islands last year.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "University of the Highlands and Islands/ORG"
}

@test "two or three capitals are an acronym, never a place's name in title case ('BA' is not the town Ba); a longer word in capitals still is ('CHINA WARNS')" {
	run sh -c "printf 'BA last year introduced a fuel surcharge for passengers.\n\nCHINA WARNS OVER TARIFFS\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "BA/ORG
CHINA/GPE"
}

@test "where someone works is an organisation, though a verb of saying follows ('an analyst at Tellco Vexmoor', 'Tom Hale of Tellco Vexmoor Partners said'); a person named in full there stays a person" {
	run sh -c "printf 'Ana Ruiz, an analyst at Tellco Vexmoor, said prices would rise. Analyst Tom Hale of Carrow Vexmoor Partners said fares will rise. She is the daughter of Lena Okoro.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Ana Ruiz/PERSON
Tellco Vexmoor/ORG
Tom Hale/PERSON
Carrow Vexmoor Partners/ORG
Lena Okoro/PERSON"
}

@test "an acronym of four capitals, or of three with a vowel, before a name is a body's ('ABN Tellco', 'CARW Vexmoor'); three consonants are a person's initials ('JRR Tolkien')" {
	run sh -c "printf 'The deal with ABN Tellco was signed on Monday. Protesters from CARW Vexmoor marched. The author JRR Tolkien wrote it.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "ABN Tellco/ORG
CARW Vexmoor/ORG
JRR Tolkien/PERSON"
}

@test "'Registry', 'Inspectorate', 'Ombudsman' and 'Executive' end a body's name ('the Land Registry', 'the Carrow Executive'); one word no list knows after a firm's officer and 'of' is the firm ('chief executive of Tellco'), a common word is not ('Director of Intelligence')" {
	run sh -c "printf 'Figures from the Land Registry showed prices rose. The Carrow Executive said no. Ana Ruiz, chief executive of Tellco, said sales fell. He was Director of Intelligence for a year.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Land Registry/ORG
Carrow Executive/ORG
Ana Ruiz/PERSON
Tellco/ORG"
}

@test "football words ('equaliser', 'free-kick', 'goalkeeper') make a sports story, where a town that plays is its club ('Leeds drew level')" {
	run sh -c "printf 'Manchester hold Leeds\n\nTom Hale scored the equaliser from a free-kick after the goalkeeper fumbled, and Leeds drew level.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Manchester/GPE
Leeds/ORG
Tom Hale/PERSON
Leeds/ORG"
}

@test "a surname after a bare initial, as team sheets write names, is a person though a town bears it or it is a common word alone in its item ('S Taylor (Scotland)', ', G Cooper,'); and the canonical name is the one named in full" {
	run sh -c "printf 'Tomas Carrowby scored twice.\n\nReplacements: T Carrowby, J Tellan, S Taylor (Scotland), G Cooper, R Vexmoor-Hale.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)/\\(.canonical)\"'"
	assert_success
	assert_output "Tomas Carrowby/PERSON/Tomas Carrowby
Carrowby/PERSON/Tomas Carrowby
Tellan/PERSON/Tellan
Taylor/PERSON/Taylor
Scotland/GPE/Scotland
Cooper/PERSON/Cooper
Vexmoor-Hale/PERSON/Vexmoor-Hale"
}

@test "a capital before a word is no initial where it names a thing or a compass point before a region ('the X Factor', 'V Festival 2005', 'S Yorkshire', 'W Africa'), nor 'A' the article" {
	run sh -c "printf 'He won the X Factor, and V Festival 2005 sold out. Floods hit S Yorkshire, and W Africa. A Labour spokesman said so. Prices fell in the Midlands.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Yorkshire/GPE
Africa/LOC
Labour/ORG
Midlands/LOC"
}

@test "a given name numbered in words is no person but a channel, a group or a firm ('Sky One', 'the Jackson Five'); 'Radio One' and 'World War Two' are left as they were" {
	run sh -c "printf 'The drama airs on Sky One tonight. She loved the Jackson Five. It was on Radio One during World War Two.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Sky One/ORG
Jackson Five/ORG"
}

@test "'Sports', 'Movies', 'Plus' and 'Scouts' end a body's name, so a given name before them names no person ('Sky Sports', 'Sky Movies', 'Canal Plus', 'the American Boy Scouts')" {
	run sh -c "printf 'The final aired on Sky Sports and Sky Movies. The rights went to Canal Plus. He founded the American Boy Scouts in 1910.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Sky Sports/ORG
Sky Movies/ORG
Canal Plus/ORG
American Boy Scouts/ORG"
}

@test "an unknown given name and a common-word surname, a firm by its shape alone, is a person in a list with people named in full, and so wherever the document names it ('Tom Hale, Ana Ruiz and Dakri Reeves'); a firm's name with its word stays a firm" {
	run sh -c "printf 'Among them were Tom Hale, Ana Ruiz and Dakri Reeves. Later, Dakri Reeves left. Lena Okoro and Kanyo West won. Shares in Tellco Steel fell. Tom Hale and Vexmoor Holdings agreed.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Tom Hale/PERSON
Ana Ruiz/PERSON
Dakri Reeves/PERSON
Dakri Reeves/PERSON
Lena Okoro/PERSON
Kanyo West/PERSON
Tellco Steel/ORG
Tom Hale/PERSON
Vexmoor Holdings/ORG"
}

@test "one of a people before a given name and a surname is no part of the name ('Welshman Tom Hale', 'Spaniard Ana Ruiz', 'Frenchwoman Lena Okoro'), and the surname alone later is that person" {
	run sh -c "printf 'Welshman Tom Hale scored. Spaniard Ana Ruiz won. Frenchwoman Lena Okoro lost. Hale said so.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)/\\(.canonical)\"'"
	assert_success
	assert_output "Tom Hale/PERSON/Tom Hale
Ana Ruiz/PERSON/Ana Ruiz
Lena Okoro/PERSON/Lena Okoro
Hale/PERSON/Tom Hale"
}

@test "an election after a title's word is an event, no person ('a General Election')" {
	run sh -c "printf 'The parties are campaigning ahead of a General Election in May. Gen. Tom Hale spoke.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Tom Hale/PERSON"
}

@test "a name opening with another language's article is the surname of a person named in full with it ('Hakim El Mansouri ... El Mansouri said'), a paper's otherwise ('El Vexmoor'); a name that ends a longer one of the document has the longer for canonical ('Maria Okoro' of 'Ana Maria Okoro')" {
	run sh -c "printf 'El Mansouri targets gold\n\nDouble champion Hakim El Mansouri is set to run.\n\nEl Mansouri said he was ready. The paper El Vexmoor said so. Ana Maria Okoro won. Maria Okoro said so.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)/\\(.canonical)\"'"
	assert_success
	assert_output "El Mansouri/PERSON/Hakim El Mansouri
Hakim El Mansouri/PERSON/Hakim El Mansouri
El Mansouri/PERSON/Hakim El Mansouri
El Vexmoor/ORG/El Vexmoor
Ana Maria Okoro/PERSON/Ana Maria Okoro
Maria Okoro/PERSON/Ana Maria Okoro"
}

@test "an imperative of references opening the sentence is no part of the name after it ('See Christopher Herrold for details')" {
	run sh -c "printf 'See Christopher Herrold for details. Read Ana Ruiz on the harbour. Tom See spoke.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Christopher Herrold/PERSON
Ana Ruiz/PERSON
Tom See/PERSON"
}

@test "'Read' after a given name is a surname, as a month is ('Mike Read', 'Ian Read, the chief'), though it opens no name at a sentence's start ('Read Ana Ruiz on ...')" {
	run sh -c "printf 'Mike Read spoke on Monday. Ian Read, the chief executive, said no. Read Ana Ruiz on the harbour.\n' | segment | tag-entities | jq -r '.entities[]? | \"\\(.text)/\\(.label)\"'"
	assert_success
	assert_output "Mike Read/PERSON
Ian Read/PERSON
Ana Ruiz/PERSON"
}
