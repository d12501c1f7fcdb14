/*
 * tagger: rules over capitalised word sequences, with lexicons and the
 * document as a whole.
 *
 * Pass 1 finds candidate spans (runs of capitalised words, with "of", "de",
 * "van", "bin", "&" inside them), strips sentence-initial common words and
 * titles ("US Secretary of State Antony Blinken": GPE "US", PERSON "Antony
 * Blinken"), and labels what strong evidence decides: lexicons, first names,
 * organisation keywords, titles, context words.  Pass 2 labels the rest from
 * what pass 1 learnt about the document: a surname or given name of a known
 * person ("Blinken", "Xi"), a string labelled elsewhere, headline words.
 *
 * Limits: no statistical model; a name that is neither in a lexicon nor
 * introduced by a title, a first name or a keyword is labelled by weak
 * defaults (two or three capitalised words: PERSON); all-capital headlines
 * only yield lexicon names and names known from the body.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "gender.h"
#include "smap.h"
#include "utf8.h"
#include "wset.h"
#include "xalloc.h"

#include "lexicon.h"
#include "tagger.h"

const char *const tag_label_names[] = {
	"PERSON", "ORG", "GPE", "LOC", "NORP", NULL
};

enum {
	TK_CAP = 1,		/* starts with a capital letter */
	TK_ALLCAPS = 2,		/* two or more letters, all capitals */
	TK_LOWER = 4,		/* starts with a lower-case letter */
	TK_WORD = 8,		/* a word (not punctuation) */
	TK_DIGIT = 16,
	TK_POSS = 32,		/* the possessive "'s" */
	TK_HYPHEN = 64		/* a hyphen inside the word */
};

struct tok {
	size_t		s, e;
	int		f;
	/* the lexicon's answers for the word, asked once (tok_ask()) */
	uint32_t	lx, lxf;
	uint8_t		memo;
};

enum {
	MEMO_LX = 1, MEMO_FOLD = 2, MEMO_WORD = 4, MEMO_ISWORD = 8
};

/*
 * lex_get(), lex_get_fold() and lex_is_word() of one token, each asked
 * of the lexicon once per token: the rules ask them of the same words
 * again and again.  The memo is the token's own (tokens are not const
 * where they are made; the rules see them through const pointers).
 * which is MEMO_LX, MEMO_FOLD or MEMO_WORD.
 */
static inline unsigned
tok_ask(const char *text, const struct tok *tk, uint8_t which)
{
	struct tok *m = (struct tok *)(uintptr_t)tk;
	const char *w = text + tk->s;
	size_t n = tk->e - tk->s;

	if (!(m->memo & which)) {
		m->memo |= which;
		if (which == MEMO_LX)
			m->lx = lex_get(w, n);
		else if (which == MEMO_FOLD)
			m->lxf = lex_get_fold(w, n);
		else if (lex_is_word(w, n))
			m->memo |= MEMO_ISWORD;
	}
	return which == MEMO_LX ? m->lx : which == MEMO_FOLD ? m->lxf :
	    (m->memo & MEMO_ISWORD) != 0;
}

static inline unsigned
tok_lex(const char *text, const struct tok *tk)
{
	return tok_ask(text, tk, MEMO_LX);
}

static inline unsigned
tok_fold(const char *text, const struct tok *tk)
{
	return tok_ask(text, tk, MEMO_FOLD);
}

static inline bool
tok_word(const char *text, const struct tok *tk)
{
	return tok_ask(text, tk, MEMO_WORD) != 0;
}

/* lex_get_fold() of tokens [a, b), through the memo when b == a + 1. */
static inline unsigned
span_fold(const char *text, const struct tok *tv, size_t a, size_t b)
{
	if (b == a + 1)
		return tok_fold(text, &tv[a]);
	return lex_get_fold(text + tv[a].s, tv[b - 1].e - tv[a].s);
}

struct span {
	size_t		 sent;		/* sentence index */
	size_t		 t0, t1;	/* tokens [t0, t1) */
	size_t		 s, e;		/* bytes */
	enum label	 label;
	bool		 strong;
	bool		 headline;
	bool		 initial;	/* a sentence-initial common word */
	bool		 echo;		/* labelled by a telling context */
};

/* Words for one who belongs to a body or founded it, before "of". */
static const char *const member_heads[] = {
	"Member", "Members", "Co-founder", "Co-Founder", "Cofounder",
	"Co-founders", "Cofounders", NULL
};

static const char *const titles[] = {
	"President", "Vice", "Prime", "Minister", "Secretary", "Foreign",
	"Defense", "Defence", "Finance", "Interior", "Justice", "Trade",
	"Chancellor", "Senator", "Sen", "Sen.", "Rep", "Rep.", "Representative",
	"Congressman", "Congresswoman", "Governor", "Gov", "Gov.", "Del.",
	"Delegate", "Mayor",
	"King", "Queen", "Prince", "Princess", "Pope", "Judge", "Chairman",
	"Chairwoman", "Chief", "Executive", "CEO", "Director", "Ambassador",
	"Envoy", "Coach", "Captain", "Capt.", "General", "Gen", "Gen.", "Lt.",
	"Colonel", "Col.", "Major", "Sergeant", "Sgt.", "Admiral", "Adm.",
	"Commander", "Officer", "Deputy", "Spokesman", "Spokeswoman",
	"Spokesperson", "Commissioner", "Lord", "Lady", "Sir", "Dame", "Rev.",
	"Reverend", "Father", "Bishop", "Cardinal", "Archbishop", "Rabbi",
	"Baroness", "Viscount", "Viscountess", "Countess", "Duchess",
	"Marquess", "Marchioness",
	"Imam", "Sheikh", "Emir", "Premier", "Leader", "Speaker", "Attorney",
	"Professor", "Prof.", "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.",
	"Ms", "Miss", "President-elect", "Detective", "Inspector", "Agent",
	"Senior", "Assistant", "Acting", "Former", "Supreme", "Commerce",
	"Energy", "Health", "Labor", "Education", "Transport", "Economy",
	"Economic", "Affairs", "Home", "Opposition", "Party", "Army", "Navy",
	"Police", "Crown", "Grand", "Ayatollah", "Marshal", "Chair",
	"Founder", "Manager", "Editor", "Minority", "Majority", "Whip",
	"Mufti", "Patriarch", "Lieutenant", "Brigadier", "Corporal", "Private",
	"MP", "MEP", "MSP", "MLA", "Emperor", "Empress", "Tsar", "Czar",
	"Tsarina", "Sultan", "Pharaoh", "Kaiser",
	/* military and police ranks as British papers write them, with
	 * no full stop: "Lt Col Tom Hale", "Det Supt Ana Ruiz" */
	"Lt", "Col", "Maj", "Brig", "Sgt", "Cpl", "Pte", "Cdr", "Cmdr",
	"Det", "Supt", "Insp",
	/* trades written as a title */
	"DJ",
	/* positions in a side */
	"Fly-half", "Scrum-half", "Full-back", "Flanker", "Winger",
	"Striker", "Midfielder", "Defender", "Goalkeeper", "Skipper", NULL
};

/* Titles that are a person's post only, never a body's word ("Navy",
 * "Party", "Energy" are titles too). */
static const char *const person_posts[] = {
	"MP", "MEP", "MSP", "MLA", "Chairman", "Chairwoman", "Leader",
	"President", "Senator", "Congressman", "Congresswoman", "Minister",
	"Secretary", "Mayor", "Governor", "Spokesman", "Spokeswoman",
	"Chancellor", "Premier", "Ambassador", "Envoy", NULL
};

/* The ranks of peers, also titles: the word after one is a name. */
static const char *const peer_ranks[] = {
	"Lord", "Lady", "Baroness", "Baron", "Viscount", "Viscountess",
	"Earl", "Countess", "Marquess", "Marchioness", NULL
};

/* Title words that make a title only with another: before a lone
 * common word they make no person ("a Grand Compact", "Trade Deficit") */
static const char *const title_mods[] = {
	"Grand", "Senior", "Assistant", "Acting", "Former", "Supreme",
	"Deputy", "Vice", "Executive", "Foreign", "Defense", "Defence",
	"Finance", "Interior", "Trade", "Commerce", "Energy", "Health",
	"Labor", "Education", "Transport", "Economy", "Economic", "Affairs",
	"Home", "Opposition", "Minority", "Majority", "Crown", NULL
};

/* Prefixes that make a title of a title after their hyphen:
 * "Ex-President", "Co-Chairman" */
static const char *const title_prefixes[] = {
	"Ex", "Co", NULL
};

/* Heads that open an organisation's name in other languages (Spanish,
 * Portuguese, Italian, French, German, Polish; sports clubs' also
 * Russian and Hebrew) */
static const char *const foreign_heads[] = {
	"Banco", "Banca", "Banque", "Instituto", "Istituto", "Institut",
	"Deutsche",
	"Universidad", "Universidade", "Universit\xc3\xa0",
	"Universit\xc3\xa9", "Universit\xc3\xa4t", "Partido", "Partito",
	"Parti", "Ministerio", "Ministero", "Minist\xc3\xa8re", "Colegio",
	"Collegio", "Escuela", "Scuola", "Liceo", "Lyc\xc3\xa9" "e",
	"Fundaci\xc3\xb3n", "Fondazione", "Fondation", "Stiftung", "Sociedad",
	"Societ\xc3\xa0", "Soci\xc3\xa9t\xc3\xa9", "Compa\xc3\xb1\xc3\xad" "a",
	"Compagnie", "Grupo", "Gruppo", "Groupe", "Movimento", "Movimiento",
	"Mouvement", "Frente", "Federaci\xc3\xb3n", "Federazione",
	"F\xc3\xa9" "d\xc3\xa9ration", "Asociaci\xc3\xb3n", "Associazione",
	"Confederaci\xc3\xb3n", "Teatro", "Th\xc3\xa9\xc3\xa2tre", "Museo",
	"Mus\xc3\xa9" "e", "Biblioteca", "Biblioth\xc3\xa8que", "Hospital",
	"Ospedale", "H\xc3\xb4pital", "Clube", "Agencia", "Agenzia", "Agence",
	"Secretar\xc3\xad" "a", "Tribunale", "Diario", "Corriere", "Gazzetta",
	"Gazeta",
	/* sports clubs */
	"Deportivo", "Atletico", "Atl\xc3\xa9tico", "Sporting",
	"Olympique", "Dynamo", "Dinamo", "Spartak", "Lokomotiv", "Torpedo",
	"Hapoel", "Maccabi", "Beitar", "Slavia", NULL
};

/* Articles of other languages that open names */
static const char *const articles[] = {
	"Le", "La", "Der", "Die", "Das", "El", "Il", "Los", "Las", NULL
};

/* Titles of whoever governs a place: "the Mayor of X" names a place */
static const char *const place_titles[] = {
	"Mayor", "Governor", "General", "Premier", "Governor-General", NULL
};

/* Words that open a place's name: "Lake Tull", "Mount Vexmoor" */
static const char *const place_head[] = {
	"River", "Lake", "Mount", "Mt.", "Loch", "Cape", "Isle", "Lac", NULL
};

/* Titles of a sovereign, after whom "I" is a numeral: "Queen Anne I" */
static const char *const sovereigns[] = {
	"King", "Queen", "Emperor", "Empress", "Tsar", "Czar", "Tsarina",
	"Pope", "Sultan", "Pharaoh", "Kaiser", "Prince", "Princess", NULL
};

/* Words that end an organisation's name, besides the legal forms. */
static const char *const org_tail[] = {
	"Party", "Ministry", "Council", "University", "Bank", "Agency",
	"Department", "Association", "Union", "Committee", "Commission",
	"Company", "Group", "Club", "Institute", "Court", "Army", "Police",
	"Federation", "League", "Organization", "Organisation", "Foundation",
	"Fund", "Corporation", "Airlines", "Airways", "Times", "Post", "News",
	"Journal", "Herald", "Tribune", "Press", "Service", "Authority",
	"Board", "Office", "Bureau", "Administration", "Force", "Navy", "Guard",
	"Parliament", "Assembly", "Senate", "Congress", "Network", "Studios",
	"Motors", "Industries", "Holdings", "Partners", "Trust", "Society",
	"Academy", "College", "School", "Hospital", "Church", "Museum",
	"Centre", "Center", "FC", "Brigade", "Brigades", "Movement", "Front",
	"Alliance", "Coalition", "Cabinet", "Government", "Command", "Forces",
	"Reserve", "Exchange", "Systems", "Technologies", "Communications",
	"Media", "Television", "Radio", "Magazine", "Review", "Gazette",
	"Daily", "Telegraph", "Observer", "Guardian", "Mail", "Express",
	"Records", "Entertainment", "Pictures", "Games", "Capital",
	"Securities", "Insurance", "Energy", "Oil", "Petroleum", "Airport",
	"Railways", "Institution", "Laboratory", "Laboratories", "Labs",
	"Program", "Programme", "Telecom",
	"Pharmaceuticals", "Chemicals", "Electronics", "Semiconductor",
	"Mining", "Resources", "Brands",
	"Project", "Initiative", "Tribunal", "Secretariat", "Directorate",
	"Registry", "Inspectorate", "Ombudsman", "Executive",
	"Conference", "District", "Districts", "Schools", "Sheriff", "Prison",
	"Jail", "Unit", "Division", "Regiment", "Battalion", "Squad", "Team",
	"Orchestra", "Band", "Choir", "Ensemble", "Services", "Solutions",
	"Hotel", "Casino", "Zeitung", "Rundschau", "Kurier", "Courier",
	"Dagblad", "Tidende",
	"Enterprises", "Ventures", "Associates", "Investments", "Resources",
	"Pharmaceuticals", "Electronics", "Chemicals", "Foods", "Stores",
	"Bancorp", "Financial", "Logistics", "Theatre", "Theater", "Gallery",
	"Library", "Zoo", "Opera", "Philharmonic", "Fleet", "Squadron", "Corps",
	/* a broadcaster's channels: "Sky Sports", "Canal Plus"; a movement
	 * of the young: "the Boy Scouts" */
	"Sports", "Movies", "Plus", "Scouts",
	NULL
};

/* Words that end a club's name: "Carrow Utd", "Harwick Albion"; alone,
 * most name a club of their own ("Celtic and Rangers"). */
static const char *const club_tail[] = {
	"Utd", "Albion", "Wanderers", "Rovers", "Athletic", "Hotspur",
	"Argyle", "Rangers", NULL
};

/* Words that end an appositive's noun phrase. */
static const char *const appositive_stops[] = {
	"of", "in", "for", "from", "with", "at", "on", "by", "based", "who",
	"which", "that", "and", "or", "whose", NULL
};

/* Roles in lower case that one person holds, before the name: "president
 * Tellby", "midfielder Qarran". */
static const char *const person_before[] = {
	"president", "premier", "minister", "chancellor",
	"spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
	"striker", "midfielder", "defender", "goalkeeper", "winger", "coach",
	"captain", "skipper", "lawyer", "attorney", "actor", "actress",
	"singer", "rapper", "author", "novelist", "writer", "dictator",
	"batsman", "bowler", "pitcher", "quarterback", "shortstop",
	"jockey", "teammate", "compatriot", "colleague", "pope", NULL
};

/* Who works for a candidate's campaign: "Tellby campaign manager". */
static const char *const campaign_staff[] = {
	"manager", "managers", "chairman", "chairwoman", "chair",
	"spokesman", "spokeswoman", "spokesperson", "aide", "aides",
	"adviser", "advisers", "advisor", "advisors", "strategist",
	"strategists", "official", "officials", "staff", "staffer",
	"staffers", "director", "officer", NULL
};

/* Nouns of a person, in an appositive after a name. */
static const char *const person_nouns[] = {
	"woman", "man", "girl", "boy", "mother", "father", "wife", "husband",
	"widow", "son", "daughter", "actor", "actress", "singer", "writer",
	"author", "lawyer", "doctor", "nurse", "teacher", "student", "resident",
	"citizen", "native", "veteran", "journalist", "reporter", "politician",
	"activist", "businessman", "businesswoman", "entrepreneur", "player",
	"striker", "goalkeeper", "coach", "grandmother", "grandfather",
	"priest", "nun", "farmer", "worker", "mother-of-two",
	"father-of-two", NULL
};

/* The forms of a state: "Republic of ...". */
static const char *const state_forms[] = {
	"Republic", "Kingdom", "Commonwealth", "Emirate", "Sultanate",
	"Principality", "Duchy", "Dominion", "Confederation", NULL
};

/* Legal forms: the last word of a firm's name. */
static const char *const legal_forms[] = {
	"Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "Co", "Co.", "LLC",
	"Plc", "PLC", "AG", "SA", "GmbH", "S.A.", "S.A", "N.V.", "NV",
	"S.p.A.", "SpA", "B.V.", "BV", "Pty", "Bhd", "Limited", "LLP", "Bros",
	"Bros.", NULL
};

/* Legal forms that a name may go on after: "Warner Bros. Records". */
static const char *const form_goes_on[] = {
	"Bros", "Bros.", "Limited", "Co", "AG", "SA", "NV", "BV", "S.A",
	NULL
};

/* Words for a firm that end its name before "of" and the place it
 * trades in: "the Standard Oil Company of Carrow", "SK Telecom of Korea"
 * (a body named by its head, "the Company of Watermen", has no word
 * before it). */
static const char *const firm_words[] = {
	"Company", "Corporation", "Telecom", NULL
};

/* Words that end a place's name. */
static const char *const place_tail[] = {
	"Road", "Street", "St", "Avenue", "Ave", "Boulevard", "Lane", "Bridge",
	"Park", "Square", "Stadium", "Arena", "Hall", "Palace", "Island",
	"Islands", "Lake", "River", "Mountain", "Mountains", "Mount", "Valley",
	"Bay", "Beach", "Airport", "Station", "Harbour", "Harbor", "Port",
	"Coast", "Desert", "Forest", "Canyon", "Peninsula", "Strait", "Sea",
	"Ocean", "Gulf", "Heights", "Hills", "Plaza", "Tower", "Gardens",
	"Wells", "Field", "Ground", "Oval", "Trafford", "Pond", "Brook",
	"Creek", "Stream", "Falls", "Glacier", "Pass", "Ridge", "Cape",
	"Junction", "Dock", "Docks", "Pier", "Canal", "Dam", "Reservoir",
	"Cove", "Marsh", "Moor", "Fjord", "Lagoon", "Reef", "Volcano",
	"Plateau", "Plain", "Plains", "Basin", "Delta", "Archipelago",
	"Highway", "Motorway", "Freeway", "Expressway", "Trail", "Tunnel",
	"Cathedral", "Abbey", "Castle", "Temple", "Mosque", "Monastery",
	"Memorial", "Monument", "Cemetery", "Gym", "Mall", "Playfield",
	"Rink", "Pavilion", "Racecourse", "Speedway", "Raceway", "Fort",
	"Wharf", "Quay", "Terrace", "Railroad", "Railway", "Cave", "Caves",
	"Corner", "Place", "Crescent", "Siding", NULL
};

/* Words of place_tail that are as often surnames: after a given name
 * they end a person's name ("Mike Lake", "Nathan Lane"). */
static const char *const surname_tails[] = {
	"Lake", "Lane", "Wells", "Bridge", "Hall", "Cape", "Cave", "Field",
	"Corner", "Hills", "Creek", "Brook", "Marsh", "Moor", "Ridge", "Cove",
	"Ford", "Pond", "Heights", "Gardens", NULL
};

/* Lower-case words for what a person does, just before the name: "coach
 * Mike Lake", "BBC correspondent Simon Hall". */
static const char *const person_roles[] = {
	"manager", "correspondent", "minister", "president", "chief", "boss",
	"spokesman", "spokeswoman", "leader", "captain", "director", "editor",
	"secretary", "chairman", "chairwoman", "lecturer", "producer",
	"presenter", "analyst", "economist", "professor", "defender",
	"midfielder", "winger", "forward", "batsman", "bowler", "skipper",
	"guitarist", "drummer", "bassist", "chancellor", "governor",
	"senator", "mayor", "judge", "officer", "founder", "owner",
	"executive", "official", "expert", "campaigner", "deputy",
	"assistant", "colleague", "partner", "brother", "sister", "champion",
	"boxer", "rider", "driver", "jockey", "trainer", "athlete", "sprinter",
	"star", "rapper", NULL
};

/* Articles that open an appositive: "Dan Lane, a text guru". */
static const char *const appositive_heads[] = { "a", "an", "the", NULL };

/* Lower-case particles inside a person's name. */
static const char *const particles[] = {
	"van", "von", "der", "den", "de", "bin", "ibn", "al", "du", "da",
	"dos", "del", "di", "la", "le", "ter", "ten", NULL
};

/* Nouns for settlements: "the village of X", "X is a commune". */
static const char *const place_nouns[] = {
	"village", "town", "city", "parish", "suburb", "district", "county",
	"commune", "municipality", "hamlet", "province", "region", "borough",
	"township", "settlement", "prefecture", "canton", "capital", "state",
	"villages", "towns", "cities", "parishes", "suburbs", "districts",
	"counties", "communes", "municipalities", "provinces", "townships",
	NULL
};

/*
 * Whether the word before a settlement's or a site's noun can be its
 * name: not an adjective in -ic ("the Olympic stadium") nor a compound
 * that ends in a small word ("a UK-run prison").
 */
static bool
site_name(const char *text, const struct tok *t)
{
	size_t i;

	if (t->e - t->s > 3 && text[t->e - 2] == 'i' && text[t->e - 1] == 'c')
		return false;
	for (i = t->e - 1; i > t->s; i--)
		if (text[i - 1] == '-')
			return text[i] >= 'A' && text[i] <= 'Z';
	return true;
}

/* Words before "of" and an unknown name that make it a body: "a member
 * of Tillax". */
static const char *const member_words[] = {
	"member", "members", "co-founder", "co-founders", NULL
};

/* Nouns after an unknown name that make it a settlement: "the Qarran
 * province", "Tellby village". */
static const char *const settlement_after[] = {
	"village", "town", "city", "district", "county", "province",
	"prefecture", "municipality", "township", "governorate", NULL
};

/* Nouns after an unknown name that make it a place one can stand in or
 * on: "the Tellby airport", "the Vexmoor stadium". */
static const char *const site_after[] = {
	"airport", "airfield", "airbase", "stadium", "racecourse", "mosque",
	"synagogue", "cathedral", "monastery", "temple", "shrine", "prison",
	"jail", "checkpoint", "sanatorium", "square", "bridge", "dam",
	"harbour", "harbor", "circuit", NULL
};

/* A firm's officers, before "of" and its name (folded). */
static const char *const firm_officers[] = {
	"executive", "director", "directors", "chairman", "chairwoman",
	"founder", "co-founder", "cofounder", "boss", "owner", "owners",
	"spokesman", "spokeswoman", "spokesperson", "ceo", "employee",
	"employees", "executives", "shareholders", "shareholder", NULL
};

/* Nouns for a firm or a body that never name a person: "mortgage company
 * X" is the firm's name, where "fellow broadcaster X" may be a person's. */
static const char *const body_nouns[] = {
	"company", "firm", "bank", "airline", "insurer", "retailer", "chain",
	"conglomerate", "lender", "group", "agency", "charity", "label",
	"carmaker", "automaker", "drugmaker", "chipmaker", "supermarket",
	"brokerage", "startup", "newspaper", "magazine", "tabloid", "network",
	"utility", "watchdog", "regulator", NULL
};

/* Nouns that name what an organisation is, just before its name: "the
 * band X", "the retailer X". */
static const char *const org_nouns[] = {
	"band", "company", "firm", "label", "retailer", "chain", "carrier",
	"airline", "bank", "insurer", "broker", "brokerage", "publisher",
	"newspaper", "magazine", "broadcaster", "studio", "developer",
	"manufacturer", "maker", "conglomerate", "group", "club", "party",
	"charity", "agency", "startup", "supermarket", "drugmaker",
	"carmaker", "automaker", "chipmaker", "brewer", "lender", "operator",
	"giant", "distributor", "exporter", "importer", "utility",
	"regulator", "watchdog", "bookmaker", "supplier", "provider",
	"network", "channel", "tabloid", "outfit", "orchestra", "choir",
	"troupe", "insurer", "miner", "refiner", "shipper", "builder",
	"housebuilder", "grocer", "store", "side", "champions", "holders",
	"rivals", NULL
};

/* Ranks held of a place: "the Duke of Edinburgh". */
static const char *const seat_ranks[] = {
	"Duke", "Duchess", "Earl", "Countess", "Marquess", "Marchioness",
	"Viscount", "Viscountess", "Prince", "Princess", NULL
};

/* Firm nouns that are as often a person's trade: "Ana Ruiz, a developer"
 * is a woman, "Tillax, a developer" a firm. */
static const char *const trades[] = {
	"developer", "publisher", "broker", "operator", "builder", "miner",
	"grocer", "brewer", "supplier", "distributor", "exporter", "importer",
	"shipper", "bookmaker", "maker", "lender", "broadcaster", NULL
};

/* Roles that open an appositive without an article: "Jim Press, vice
 * president of Tillax". */
static const char *const role_words[] = {
	"vice", "president", "chairman", "chairwoman", "chairperson",
	"chief", "director", "head", "spokesman", "spokeswoman",
	"spokesperson", "founder", "co-founder", "editor", "professor",
	"secretary", "minister", "manager", "deputy", "senior", "executive",
	NULL
};

/* Lower-case nouns after a name that make it a place: "the Vexmoor
 * mountains", "the Carrow region". */
static const char *const place_after[] = {
	"region", "regions", "mountains", "mountain", "river", "valley",
	"desert", "peninsula", "enclave", "island", "islands", "basin",
	"plateau", "coast", "highlands", "lowlands", "sea", "lake", "bay",
	"strait", "gulf", NULL
};

/* Words after a name that make it a firm: "Tillax CEO Ana Ruiz",
 * "Tillet shares rose", "Tillet spokesman Tom Berg", "the Tellby
 * newspaper said". */
static const char *const firm_after[] = {
	"CEO", "CFO", "chairman", "spokesman", "spokeswoman", "spokesperson",
	"shares", "stock", "executives", "subsidiary", "shareholders",
	"stockholders", "employees", "workers", "earnings", "revenues",
	"profits", "Inc", "Corp", "general", "board", "directors", "boss",
	"bosses", "chairwoman", "newspaper", "magazine", "tabloid", NULL
};

/* Trades in the plural before one word that name a firm of them:
 * "technology analysts Tellco", "accountants Vexmoor". */
static const char *const firm_trades[] = {
	"analysts", "consultants", "consultancy", "researchers", "auditors",
	"accountants", "pollsters", "brokers", "stockbrokers", NULL
};

/* Nouns before a town's name that make it a club's: "first division side
 * Carrow", "the holders Tellby". */
static const char *const club_before[] = {
	"side", "club", "champions", "holders", "outfit", NULL
};

/* What follows "chief" when a firm's officer is meant: "Vexmoor chief
 * executive Tom Hale" (not "the Carrow chief prosecutor"). */
static const char *const firm_chiefs[] = {
	"executive", "operating", "financial", "economist", NULL
};

/* Who belongs to a party or a body, after its name: "One Nation member",
 * "Tellco leader". */
static const char *const body_people[] = {
	"member", "members", "leader", "leaders", NULL
};

/* Endings of a people's or a place's adjective, which a body's people
 * follow too: "Victorian leader", "Carrovian members". */
static const char *const demonym_ends[] = {
	"ian", "ean", "ese", "ish", NULL
};

/* Those of firm_after that also make a town's name a firm's or a club's:
 * "Chelsea boss", not "Detroit workers", "Tokyo shares", "the London
 * subsidiary". */
static const char *const firm_marks[] = {
	"CEO", "CFO", "chairman", "chairwoman", "spokesman", "spokeswoman",
	"spokesperson", "shareholders", "stockholders", "earnings",
	"revenues", "profits", "Inc", "Corp", "boss", "bosses", NULL
};

/* Words before "in" that make what follows a firm: "shares in X". */
static const char *const holdings[] = {
	"shares", "stake", "stakes", "holding", "holdings", "stockholders",
	"shareholders", NULL
};

/* Points of the compass that open a place's name. */
static const char *const compass[] = {
	"North", "South", "East", "West", "Northern", "Southern", "Eastern",
	"Western", "Central", "Upper", "Lower", "Greater", NULL
};

/* Words that open many places' names and stand for none alone: "New"
 * of "New Jersey", "United" of "United States". */
static const char *const place_openers[] = {
	"New", "United", "Great", "Middle", "Old", "Little", "Big", "Royal",
	"Grand", "Saint", "St", "St.", "Mount", "Mt", "Mt.", "Lake", "Fort",
	"Port", "Cape", "Gulf", "Bay", "Isle", "Holy", "High", "Low", "Far",
	"Near", "Inner", "Outer", "The", NULL
};

/* Points of the compass that end a region's name: "the Old West" */
static const char *const compass_end[] = {
	"North", "South", "East", "West", "Northwest", "Northeast",
	"Southwest", "Southeast", "Midwest", NULL
};

/* Words that name a road by the number after them: "Interstate 40" */
static const char *const road_heads[] = {
	"Interstate", "Interstates", "Highway", "Route", "Autobahn",
	"Motorway", "Freeway", NULL
};

/* Names that a number completes: "Radio 4", "Channel 5" */
static const char *const numbered_names[] = {
	"Radio", "Channel", NULL
};

/* Nouns for one of a people, not ending in "man", before a name:
 * "Spaniard Ana Ruiz", "Briton Tom Hale". */
static const char *const demonym_nouns[] = {
	"Spaniard", "Spaniards", "Briton", "Britons", "Swede", "Swedes",
	"Dane", "Danes", "Scot", "Scots", "Kiwi", "Kiwis", "Aussie",
	"Aussies", "Pole", "Poles", "Brit", "Brits", NULL
};

/* Numbers in words that end a name: "Sky One", "the Jackson Five". */
static const char *const number_words[] = {
	"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
	"Nine", "Ten", NULL
};

/* Verbs after a firm's name with a possessive: "McDonald's said" */
static const char *const poss_verbs[] = {
	"said", "says", "has", "have", "had", "is", "was", "will", "would",
	"announced", "added", "expects", "plans", NULL
};

/* Diseases called by a person's name and "'s": "Alzheimer's and
 * Parkinson's" are no firms. */
static const char *const disease_eponyms[] = {
	"Alzheimer", "Parkinson", "Huntington", "Crohn", "Asperger",
	"Tourette", "Hodgkin", "Addison", "Cushing", "Raynaud", "Meniere",
	"Bright", "Hashimoto", "Gehrig", NULL
};

/* The last word of a railway's or a canal's name. */
static const char *const line_tails[] = {
	"Railroad", "Railway", "Railways", "Canal", "Turnpike", "Tramway",
	NULL
};

/* Words that join a town's name to its river's: "Marburg an der Lahn" */
static const char *const river_links[] = {
	"upon", "am", "an", "der", "im", "in", "ob", "bei", "on", NULL
};

/* Kinds of town that open a town's name before "of": "City of Tellby" */
static const char *const town_kinds[] = {
	"City", "Town", "Village", "Borough", "Port", NULL
};

/* Last words that make a compass word's run something else than a place:
 * "Eastern Conference", "Upper House", "Central Time". */
static const char *const compass_not[] = {
	"Conference", "Division", "Convention", "House", "Time", "Standard",
	"Daylight", "Baptist", "Baptists", "Airlines", NULL
};

/* Capitals that abbreviate common nouns, not names (no label). */
static const char *const common_acronyms[] = {
	"ERA", "RBI", "RBIs", "MVP", "KO", "KOs", "TKO", "CD", "CDs", "DVD",
	"DVDs", "TV", "AIDS", "HIV", "DNA", "RNA", "GDP", "GNP", "CEO", "CEOs",
	"CFO", "COO", "CTO", "PM", "AM", "GMT", "UTC", "EST", "EDT", "PST",
	"PDT", "CST", "CDT", "USB", "PC", "PCs", "CPU", "GPU", "RAM", "ROM",
	"LCD", "LED", "GPS", "SUV", "SUVs", "ATM", "ATMs", "VAT", "IPO",
	"IPOs", "FM", "OK", "PR", "HR", "IQ", "ID", "IDs", "VIP", "VIPs",
	"POS", "ESC", "MP3", "PDF", "HTML", "URL", "FAQ", "DJ", "MC", "UFO",
	"UFOs", "AD", "BC", "BCE", "CE", "PhD", "MBA", "QB", "RPM", "MPH",
	"KPH", "ETA", "ASAP", "AKA", "DIY", "TBA", "RSVP", "PS", "QC", "KC",
	"SC", "MP", "MPs", "OBE", "MBE", "CBE", "KBE", "MS", "SARS", "CJD",
	"ADHD", "PTSD", "IVF", "MRI", NULL
};

/* Words that end the name of a country's division. */
static const char *const gpe_tail[] = {
	"County", "Province", "Township", "Borough", "Parish", "Prefecture",
	"Oblast", "Governorate", "Municipality", "Canton", "Shire", NULL
};

/* Words that end the name of an event, a prize or a work, besides the
 * contests below: no label. */
static const char *const event_tail[] = {
	"Award", "Awards", "Prize", "Festival", "Summit", "War", "Act", "Bill",
	"Day", "Week", "Year", "Show", "Grand", "Final", "Finals", "Race",
	"Expo", "Fair", "Accord", "Agreement", "Treaty", "Declaration",
	"Convention", "Protocol", "Doctrine", "Ages", "Era",
	"Revolution", "Election", "Elections", "Referendum", NULL
};

/* Words that end the name of a contest, of which a nationality before
 * them is part: "the Danish Open"; contests are events too */
static const char *const contests[] = {
	"Cup", "Open", "Championship", "Championships", "Games", "Olympics",
	"Prix", "Trophy", "Tournament", "Series", "Masters", "Marathon",
	"Rally", "Derby", "Tour", "Classic", NULL
};

/* Particles of Arabic names, which English writes with a capital too:
 * "Osama Bin Laden", "Tariq Ibn Rashed". */
static const char *const arabic_particles[] = {
	"Bin", "Ibn", "Bint", NULL
};

/* Prepositions of where one is, not where one goes: "lives in Taipei
 * City" names the town, "moved to Manchester City" the club. */
static const char *const within[] = {
	"in", "near", "outside", "across", NULL
};

/* A legislature's chamber, named alone before its member: "the Senate
 * Ana Ruiz" after "Speaker of". */
static const char *const legislatures[] = {
	"House", "Senate", "Congress", "Parliament", "Assembly", NULL
};

/* Words that open an organisation's name before "of". */
static const char *const org_head[] = {
	"University", "Bank", "Ministry", "Department", "Council", "Church",
	"Museum", "Institute", "Federation", "League", "Association", "Party",
	"Union", "Committee", "Commission", "Board", "Court", "Office",
	"Agency", "Bureau", "Organization", "Organisation", "Academy",
	"College", "School", "Society", "House", "Chamber", "Order", "Bank",
	NULL
};

/* A state's bodies: a nationality before one is no part of its name. */
static const char *const state_bodies[] = {
	"Ministry", "Department", "Court", "Office", "Agency", "Bureau",
	"House", "Chamber", "Army", "Navy", "Police", "Government", NULL
};

/* Letters after a person's name: honours, offices, degrees. */
static const char *const post_nominals[] = {
	"MP", "MSP", "MEP", "MLA", "MPP", "QC", "KC", "OBE", "MBE", "CBE",
	"KBE", "DBE", "JP", "MD", "PhD", "DDS", "RN", "FRS", "VC", "CEO",
	NULL
};

/* A regnal number in Roman numerals of I, V and X: "II", "VIII", "XVI". */
static bool
regnal(const char *w, size_t n)
{
	while (n > 0 && (w[n - 1] == 'I' || w[n - 1] == 'V' ||
	    w[n - 1] == 'X'))
		n--;
	return n == 0;
}

/* Honorifics: the capitalised words after one name a person. */
static const char *const honorifics[] = {
	"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Mx.", NULL
};

/* Capitalised words that are never names on their own. */
static const char *const stop[] = {
	"I", "I'm", "I've", "I'll", "I'd", "Monday", "Tuesday", "Wednesday",
	"Thursday", "Friday", "Saturday", "Sunday", "January", "February",
	"March", "April", "May", "June", "July", "August", "September",
	"October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun",
	"Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mr", "Mr.", "Mrs",
	"Mrs.", "Ms", "Ms.", "Dr", "Dr.", "OK", "TV", "AM", "PM", "God",
	"Internet", "Web", "CEO", "No", "Yes", "Oh", "Follow", "Join", "Read",
	"Click", "Share", "Subscribe", "Sign", "Image", "Photo", "Video",
	"Source", "Credit", "Copyright", "Advertisement", "GMT", "UTC",
	NULL
};

/* Words of stop that are surnames after a given name: "Lena May". */
static const char *const stop_surnames[] = {
	"May", "June", "April", "Read", NULL
};

/* Imperatives that open a reference to a name: "See Tom Hale". */
static const char *const ref_verbs[] = {
	"See", "Visit", "Contact", "Watch", NULL
};

static const char *const connectors[] = {
	"of", "de", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le",
	"du", "da", "dos", "del", "di", "&", "for", NULL
};

static const char *const place_preps[] = {
	"in", "at", "from", "to", "near", "across", "visited", "visit",
	"into", "outside", "toward", "towards", NULL
};

static const char *const say_words[] = {
	"said", "says", "told", "added", "asked", "wrote", "tweeted",
	"insisted", "stressed", "noted", "warned", "argued", "explained",
	NULL
};

static bool
in(const char *const *list, const char *s, size_t n)
{
	return wset_in(list, s, n);
}

/* Letter class of the character at p: 'u' upper, 'l' lower, 'd' digit, 0. */
static int
cclass_wide(const unsigned char *p, const unsigned char *end, size_t *len)
{
	uint32_t cp;

	*len = 1;
	if (*p < 0x80) {
		if (*p >= 'A' && *p <= 'Z')
			return 'u';
		if (*p >= 'a' && *p <= 'z')
			return 'l';
		if (*p >= '0' && *p <= '9')
			return 'd';
		return 0;
	}
	*len = utf8_decode(p, end, &cp);
	if (*len == 0) {
		*len = 1;
		return 0;
	}
	if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
	    (cp >= 0x100 && cp <= 0x17F && !(cp & 1)) ||
	    (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F))
		return 'u';
	if ((cp >= 0xDF && cp <= 0xFF && cp != 0xF7) ||
	    (cp >= 0x100 && cp <= 0x24F) || (cp >= 0x3B1 && cp <= 0x3C9) ||
	    (cp >= 0x430 && cp <= 0x45F))
		return 'l';
	if (cp >= 0x4E00 && cp <= 0x9FFF)
		return 'l';
	return 0;
}

/* ASCII inline, the rest through cclass_wide(). */
static inline int
cclass(const unsigned char *p, const unsigned char *end, size_t *len)
{
	if (*p < 0x80) {
		*len = 1;
		return *p >= 'a' && *p <= 'z' ? 'l' : *p >= 'A' && *p <= 'Z' ?
		    'u' : *p >= '0' && *p <= '9' ? 'd' : 0;
	}
	return cclass_wide(p, end, len);
}

/* Abbreviations, besides titles, whose final dot is part of the word. */
static const char *const dot_abbrevs[] = {
	"Jr", "Sr", "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Mfg", "Intl",
	"Assn", "Dept", "Univ", "Mt", "Ft", "Ave", "Blvd", "Esq", "Mr", "Mrs",
	"Ms", "Mx", "Dr", "Gen", "Sen", "Rep", "Gov", "Capt", "Col", "Lt",
	"Sgt", "Adm", "Prof", "Rev", "Maj", "Cmdr", "Cpl", "Pvt", "Insp",
	"Supt", "Det", "Msgr", "Fr", "Hon", "Del", NULL
};

/* ASCII punctuation that matters to spans: & - , ( : " / ; ) ! ? [ ] | ' */
static const unsigned char span_punct[256] = {
	['&'] = 1, ['-'] = 1, [','] = 1, ['('] = 1, [':'] = 1, ['"'] = 1,
	['/'] = 1, [';'] = 1, [')'] = 1, ['!'] = 1, ['?'] = 1, ['['] = 1,
	[']'] = 1, ['|'] = 1, ['\''] = 1
};

/*
 * The tokens of one sentence, appended to (*tv)[n0...] (the document's
 * tokens share one array); returns how many.
 */
static size_t
tokenize(const char *text, size_t len, struct tok **tv, size_t *cap,
    size_t n0)
{
	const unsigned char *t = (const unsigned char *)text;
	const unsigned char *end = t + len;
	size_t i = 0, n = n0, k, k2, s, s2;
	int c, f;
	bool allcaps;
	int letters;

	while (i < len) {
		if (t[i] == ' ') {
			i++;	/* the commonest byte, and no token */
			continue;
		}
		c = cclass(t + i, end, &k);
		if (c == 0) {
			if (span_punct[t[i]] || (t[i] == 0xE2 && i + 2 < len &&
			    t[i + 1] == 0x80)) {
				/* punctuation that matters to spans */
				f = 0;
				s = i;
				i += (t[i] == 0xE2 && i + 2 < len) ? 3 : 1;
				if (*cap == n) {
					*cap = *cap ? *cap * 2 : 64;
					*tv = xreallocarray(*tv, *cap,
					    sizeof(**tv));
				}
				(*tv)[n].s = s;
				(*tv)[n].e = i;
				(*tv)[n].memo = 0;
				(*tv)[n++].f = f;
			} else
				i += k;
			continue;
		}
		s = i;
		f = TK_WORD | (c == 'u' ? TK_CAP : c == 'l' ? TK_LOWER :
		    TK_DIGIT);
		allcaps = c == 'u';
		letters = c != 'd';
		i += k;
		for (;;) {
			/* the common case: a run of lower-case ASCII letters */
			if (i < len && t[i] >= 'a' && t[i] <= 'z') {
				s2 = i;
				while (++i < len && t[i] >= 'a' && t[i] <= 'z')
					;
				allcaps = false;
				letters += (int)(i - s2);
			}
			if (i >= len)
				break;
			c = cclass(t + i, end, &k);
			if (c != 0) {
				if (c == 'l')
					allcaps = false;
				if (c != 'd')
					letters++;
				i += k;
				continue;
			}
			/* inner ' ’ - . & followed by a letter */
			k = (t[i] == 0xE2 && i + 2 < len && t[i + 1] == 0x80 &&
			    t[i + 2] == 0x99) ? 3 : 1;
			if ((t[i] == '\'' || k == 3) && i + k < len &&
			    (t[i + k] == 's' || t[i + k] == 'S') &&
			    (i + k + 1 >= len || cclass(t + i + k + 1, end,
			    &k2) == 0))
				break;	/* possessive: its own token */
			if ((t[i] == '\'' || k == 3 || t[i] == '-' ||
			    t[i] == '.' || t[i] == '&') && i + k < len &&
			    cclass(t + i + k, end, &k2) != 0) {
				if (t[i] == '-')
					f |= TK_HYPHEN;
				i += k;
				continue;
			}
			break;
		}
		/* "U.S." "J." "Mr." "Corp." "Jr.", and a state after a town
		 * ("Tampa, Fla."): keep the final dot of an abbreviation, also
		 * where it ends the sentence; but a word that is no name
		 * ("Sept.", "TV") keeps it only inside the sentence, so that
		 * "on TV." stays the word */
		if (i < len && t[i] == '.' && ((i - s == 1 && (f & TK_CAP)) ||
		    memchr(t + s, '.', i - s) != NULL ||
		    (in(stop, text + s, i - s) && i + 1 < len) ||
		    in(dot_abbrevs, text + s, i - s) || ((f & TK_CAP) &&
		    n > n0 && (*tv)[n - 1].s + 2 == s && t[s - 2] == ',' &&
		    (lex_get(text + s, i + 1 - s) & LX_GPE))))
			i++;
		if (allcaps && letters >= 2)
			f |= TK_ALLCAPS;
		if (*cap == n) {
			*cap = *cap ? *cap * 2 : 64;
			*tv = xreallocarray(*tv, *cap, sizeof(**tv));
		}
		(*tv)[n].s = s;
		(*tv)[n].e = i;
		(*tv)[n].memo = 0;
		(*tv)[n++].f = f;
		/* the possessive */
		if (i < len && (t[i] == '\'' || (t[i] == 0xE2 && i + 2 < len &&
		    t[i + 1] == 0x80 && t[i + 2] == 0x99))) {
			k = t[i] == '\'' ? 1 : 3;
			if (i + k < len && (t[i + k] == 's' || t[i + k] == 'S') &&
			    (i + k + 1 >= len ||
			    cclass(t + i + k + 1, end, &k2) == 0)) {
				if (*cap == n) {
					*cap *= 2;
					*tv = xreallocarray(*tv, *cap,
					    sizeof(**tv));
				}
				(*tv)[n].s = i;
				(*tv)[n].e = i + k + 1;
				(*tv)[n].memo = 0;
				(*tv)[n++].f = TK_POSS;
				i += k + 1;
			}
		}
	}
	return n - n0;
}

struct doc {
	struct tsent	*sv;
	size_t		 ns;
	struct span	*sp;
	size_t		 nsp, spcap;
	/* per sentence token arrays */
	struct tok	**tv;
	size_t		*nt;
	bool		 told;		/* classify() used a telling context */
	bool		 sports;	/* a sports story (sports_doc()) */
	/* the document's capitalised words, val 1 where one is written
	 * without a possessive after it; built by cap_words() when first
	 * asked */
	struct smap	 capw;
	/* the words of organisations named in two words or more, built
	 * when bare_org_word() first asks */
	struct smap	 orgw;
};

#define TXT(d, sp)	((d)->sv[(sp)->sent].text + (sp)->s)
#define LEN(sp)		((sp)->e - (sp)->s)

static void
add_span(struct doc *d, size_t sent, size_t t0, size_t t1, enum label l,
    bool strong, bool headline)
{
	struct tok *tv = d->tv[sent];
	struct span *sp;

	if (t1 <= t0)
		return;
	if (d->nsp == d->spcap) {
		d->spcap = d->spcap ? d->spcap * 2 : 64;
		d->sp = xreallocarray(d->sp, d->spcap, sizeof(*d->sp));
	}
	sp = &d->sp[d->nsp++];
	sp->sent = sent;
	sp->t0 = t0;
	sp->t1 = t1;
	sp->s = tv[t0].s;
	sp->e = tv[t1 - 1].e;
	sp->label = l;
	sp->strong = strong;
	sp->headline = headline;
	sp->initial = false;
	sp->echo = d->told;
	d->told = false;
}

static enum label
lex_label(unsigned f)
{
	if (f & LX_PERSON)
		return T_PERSON;
	if (f & LX_ORG)
		return T_ORG;
	if (f & LX_GPE)
		return T_GPE;
	if (f & LX_LOC)
		return T_LOC;
	if (f & LX_NORP)
		return T_NORP;
	return T_NONE;
}

static bool
tok_is(const char *text, const struct tok *tk, const char *const *list)
{
	return in(list, text + tk->s, tk->e - tk->s);
}

/* Is token tk a title, or two joined by a hyphen ("Secretary-General",
 * "Lieutenant-Colonel")? */
static bool
is_title(const char *text, const struct tok *tk)
{
	const char *h;

	if (in(titles, text + tk->s, tk->e - tk->s))
		return true;
	h = memchr(text + tk->s, '-', tk->e - tk->s);
	return h != NULL && h > text + tk->s && (in(titles, text + tk->s,
	    (size_t)(h - text - tk->s)) || in(title_prefixes, text + tk->s,
	    (size_t)(h - text - tk->s))) && in(titles, h + 1,
	    (size_t)(text + tk->e - h - 1));
}

/* Does token tk end the name of an event, a prize, a work or a contest? */
static bool
event_end(const char *text, const struct tok *tk)
{
	return in(event_tail, text + tk->s, tk->e - tk->s) ||
	    in(contests, text + tk->s, tk->e - tk->s);
}

/* Does token tk end an organisation's name: a legal form ("Corp.") or an
 * organisation's word ("Party", "Bank")? */
static bool
org_end(const char *text, const struct tok *tk)
{
	return tok_is(text, tk, legal_forms) || tok_is(text, tk, org_tail) ||
	    tok_is(text, tk, club_tail);
}

static const char *const calendar[] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december", "jan",
	"feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
	"dec", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", NULL
};

/* The longest word the folded questions below ask about, plus one. */
#define FOLD_MAX	16

/* Token tk lower-cased into low, NUL-terminated; false if too long. */
static bool
fold_tok(const char *text, const struct tok *tk, char low[FOLD_MAX])
{
	size_t n = tk->e - tk->s, k;

	if (n >= FOLD_MAX)
		return false;
	for (k = 0; k < n; k++) {
		char c = text[tk->s + k];

		low[k] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
	}
	low[n] = '\0';
	return true;
}

/* Token tk, lower-cased and without a final full stop, is in list. */
static bool
tok_is_fold(const char *text, const struct tok *tk, const char *const *list)
{
	struct tok t = *tk;

	if (t.e - t.s > 1 && text[t.e - 1] == '.')
		t.e--;	/* "in May." at a sentence's end, "Dec." */
	/* fold_tok()'s limit, without its copy */
	return t.e - t.s < FOLD_MAX && wset_in_lower(list, text + t.s,
	    t.e - t.s);
}

/* Words of grammar, which name nothing alone. */
static const char *const function_words[] = {
	"the", "a", "an", "this", "that", "these", "those", "in", "on", "at",
	"of", "for", "with", "and", "or", "but", "to", "by", "from", "into",
	"it", "its", "he", "she", "we", "they", "i", "his", "her", "their",
	"our", "my", "your", "if", "as", "when", "while", "after", "before",
	"under", "over", "up", "out", "off", "not", "no", "so", "than", NULL
};

/* Ordinals and adjectives that open a body's name at a sentence's
 * start: "First National Bank", "Royal Carrow Shipping Co". */
static const char *const name_openers[] = {
	"First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
	"Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth",
	"Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth",
	"Nineteenth", "Twentieth", "Royal", "National", "United", "General",
	"Federal", "Central", "Standard", "Imperial", "International",
	"Allied", "Universal", NULL
};

/* A date written with a four-digit year first: "1996-08-30". */
static bool
date_tok(const char *text, const struct tok *tk)
{
	const char *p = text + tk->s;

	return tk->e - tk->s >= 8 && p[0] >= '1' && p[0] <= '2' &&
	    p[1] >= '0' && p[1] <= '9' && p[2] >= '0' && p[2] <= '9' &&
	    p[3] >= '0' && p[3] <= '9' && p[4] == '-';
}

/*
 * Token t is the word w of n bytes, exactly.  Through tok_eq(), which
 * takes a literal and counts it when compiling ("" w "" lets only a
 * literal through).
 */
static inline bool
tok_eqn(const char *text, const struct tok *t, const char *w, size_t n)
{
	return t->e - t->s == n && memcmp(text + t->s, w, n) == 0;
}
#define tok_eq(text, t, w)	tok_eqn((text), (t), "" w "", sizeof(w) - 1)

/* Does token k open a firm's officer's title: "chief" and one of
 * firm_chiefs ("chief executive", "chief operating officer")? */
static bool
firm_chief(const char *text, const struct tok *tv, size_t nt, size_t k)
{
	return k + 1 < nt && tok_eq(text, &tv[k], "chief") && tok_is(text,
	    &tv[k + 1], firm_chiefs);
}

/* Is token k a firm's word after its name: "Tellco shares", "Tellco
 * boss", "Tellco chief executive"? */
static bool
firm_word_at(const char *text, const struct tok *tv, size_t nt, size_t k)
{
	return (k < nt && tok_is(text, &tv[k], firm_after)) ||
	    firm_chief(text, tv, nt, k);
}

/* Is [a, b) an event named before "of": "the World Series of Golf",
 * "the Tour of Tellby", "the War of the Carrow Succession"? */
static bool
event_of(const char *text, const struct tok *tv, size_t a, size_t b)
{
	size_t i;

	for (i = a + 1; i + 1 < b; i++)
		if (tok_eq(text, &tv[i], "of"))
			return event_end(text, &tv[i - 1]);
	return false;
}

static bool capword(const char *, const struct tok *);
static bool hyphen_common(const char *, const struct tok *, bool);
static bool is_connector(const char *, const struct tok *);

/* Words that open the name of an event or a document. */
static const char *const event_head[] = {
	"Battle", "Battles", "Siege", "Treaty", "Campaign", "Operation",
	"Revolution", "Massacre", "Declaration", "Proclamation", "Hurricane",
	"Typhoon", "Cyclone", "Tropical", "Storm", NULL
};

/* A maker's designation: capitals, a hyphen, digits ("F-86", "CH-53"). */
static bool
designation(const char *text, const struct tok *t)
{
	size_t k = t->s, caps = 0;

	while (k < t->e && text[k] >= 'A' && text[k] <= 'Z')
		k++, caps++;
	if (caps == 0 || caps > 3 || k >= t->e || text[k] != '-')
		return false;
	for (k++; k < t->e && text[k] >= '0' && text[k] <= '9'; k++)
		;
	return k > t->s + caps + 1 && (k == t->e || (k + 1 == t->e &&
	    text[k] >= 'A' && text[k] <= 'Z'));
}

/* The verb of a definition that opens a sentence: "Tellby is a chain of
 * shops", "Vexmoor were a rock band". */
static const char *const copulas[] = {
	"is", "was", "are", "were", NULL
};

/*
 * The kind of thing an appositive at token b (", a ...", ", an ...")
 * says the name at tokens [a, b) is, by the noun that heads it: a person
 * (only for a name of two words or more), a place or an organisation.
 * A definition that opens the sentence says it as well ("Tellby is a
 * Danish chain of shops", "Vexmoor were a folk band").
 */
static enum label
appositive_kind(const char *text, const struct tok *tv, size_t nt, size_t a,
    size_t b)
{
	bool persons = b - a >= 2;
	size_t i, head;
	bool the, given;

	if (b + 2 >= nt || (text[tv[b].s] != ',' && !((a == 0 ||
	    (a == 1 && tok_eq(text, &tv[0], "The"))) &&
	    (tv[b].f & TK_LOWER) && tok_is(text, &tv[b], copulas))))
		return T_NONE;
	/* "Tillax, the Swedish ferry firm," as well: a firm, not a person
	 * or a place ("Berg, the coach" is one of several coaches) */
	the = tok_eq(text, &tv[b + 1], "the");
	/* a given name (and no place's or body's) opens the name */
	given = persons && (tok_lex(text, &tv[a]) &
	    (LX_FIRST | LX_GPE | LX_ORG | LX_LOC)) == LX_FIRST;
	/* "Jim Press, vice president of Tillax,": a role with no article
	 * after a name of two words or more */
	if (persons && !the && (tv[b + 1].f & TK_LOWER) &&
	    tok_is_fold(text, &tv[b + 1], role_words) &&
	    /* a given name first, or no firm's word last and no common
	     * word first: not "Tillax Group, chief supplier", "Former
	     * Labor MP, founder of" */
	    (given || (!org_end(text, &tv[b - 1]) && !(tok_lex(text, &tv[b - 1]) & (LX_ORG | LX_GPE | LX_LOC)) &&
	    !tok_word(text, &tv[a]))))
		return T_PERSON;
	if (!the && !tok_eq(text, &tv[b + 1], "a") &&
	    !tok_eq(text, &tv[b + 1], "an"))
		return T_NONE;
	/* the noun phrase up to a preposition, a conjunction or a stop */
	for (i = b + 2, head = 0; i < nt && i < b + 6 && (tv[i].f & TK_WORD) &&
	    !in(appositive_stops, text + tv[i].s, tv[i].e - tv[i].s); i++)
		head = i;
	if (head == 0)
		return T_NONE;
	/* one word named, the firm noun the phrase's last word: not
	 * "Vince Carrow, the party's spokesman" */
	if (the)
		return tok_is(text, &tv[head], org_nouns) && (b < 2 ||
		    !(tv[b - 2].f & TK_CAP)) && !(tv[b - 1].f & TK_HYPHEN) &&
		    !(head + 1 < nt && (tv[head + 1].f & TK_POSS)) ? T_ORG :
		    T_NONE;
	if (persons && tok_is(text, &tv[head], person_nouns))
		return T_PERSON;
	if (tok_is(text, &tv[head], place_nouns))
		return T_GPE;
	if (tok_is(text, &tv[head], org_nouns)) {
		/* a trade after a given name and a surname: a person */
		if (given && tok_is(text, &tv[head], trades))
			return T_PERSON;
		return T_ORG;
	}
	return T_NONE;
}

/* Does the word end in one of ends, with three letters or more before it? */
static bool
ends_in(const char *text, const struct tok *t, const char *const *ends)
{
	size_t i, n = t->e - t->s, k;

	for (i = 0; ends[i] != NULL; i++) {
		k = strlen(ends[i]);
		if (n > k + 2 && memcmp(text + t->e - k, ends[i], k) == 0)
			return true;
	}
	return false;
}

/*
 * Does the word end as a belief, a field or a state of things does, no
 * place's name: "Carrowism", "Tellbyology", "Vexophobia"?
 */
static bool
abstract_ending(const char *text, const struct tok *t)
{
	/* not "ness": Inverness, Skegness are towns */
	static const char *const endings[] = { "ism", "ology", "phobia",
	    "ment", "ity", "ics", NULL };

	return ends_in(text, t, endings);
}

/* Is the token an ordinal in figures: "3rd", "65th", "101st"? */
static bool
ordinal_tok(const char *text, const struct tok *t)
{
	const char *w = text + t->s;
	size_t n = t->e - t->s;

	return (t->f & TK_DIGIT) && n >= 3 && n <= 5 && w[0] >= '1' &&
	    w[0] <= '9' && ((memcmp(w + n - 2, "st", 2) == 0) ||
	    memcmp(w + n - 2, "nd", 2) == 0 || memcmp(w + n - 2, "rd", 2) ==
	    0 || memcmp(w + n - 2, "th", 2) == 0);
}

/* A military unit's head word: "65 Air Division", "845 Naval Air
 * Squadron". */
static const char *const unit_heads[] = {
	"Division", "Wing", "Squadron", "Regiment", "Brigade", "Battalion",
	"Fleet", "Corps", "Force", NULL
};

/* Is the token a unit's number: one to three figures ("65", "845")? */
static bool
unit_number(const char *text, const struct tok *t)
{
	size_t i, n = t->e - t->s;

	if (n == 0 || n > 3 || text[t->s] == '0')
		return false;
	for (i = 0; i < n; i++)
		if (text[t->s + i] < '0' || text[t->s + i] > '9')
			return false;
	return true;
}

/* Is the word shaped like a given name: a capital, then two to six
 * lower-case ASCII letters ("Tomek", not "Tx2Q", "Neo-Gothic")? */
static bool
given_shape(const char *text, const struct tok *t)
{
	size_t i, n = t->e - t->s;

	if (n < 3 || n > 7 || !(t->f & TK_CAP) || (t->f & TK_HYPHEN))
		return false;
	for (i = 1; i < n; i++)
		if (text[t->s + i] < 'a' || text[t->s + i] > 'z')
			return false;
	return true;
}

/* A word with a capital inside after two small letters or more (one after
 * a short English word: "MyPorts"), and no prefix of a name before it
 * (Mc, Mac, De, La ...) */
static bool
camel_case(const char *text, const struct tok *t)
{
	static const char *const prefixes[] = { "Mc", "Mac", "De", "Di", "Da",
	    "Du", "La", "Le", "Lo", "Van", "Von", "Fitz", "St", "Ja", "Ke",
	    "Ty", "Sha", "Ro", "Al", "El", "Ben", "Abu", "Bin", NULL };
	/* two letters only where they are an English word brands open
	 * with: "MyPorts", "GoFerry" (not "JoAnne") */
	static const char *const short_words[] = { "My", "Go", "We", "Up",
	    "On", "In", "Be", NULL };
	size_t i;

	if (t->e - t->s < 5 || text[t->s] < 'A' || text[t->s] > 'Z' ||
	    (t->f & TK_ALLCAPS))
		return false;
	for (i = t->s + 1; i < t->e && text[i] >= 'a' && text[i] <= 'z'; i++)
		;
	if (i - t->s < 2 || (i - t->s == 2 && !in(short_words, text + t->s,
	    2)) || i >= t->e || text[i] < 'A' || text[i] > 'Z' ||
	    i + 1 >= t->e || text[i + 1] < 'a' || text[i + 1] > 'z')
		return false;
	return !in(prefixes, text + t->s, i - t->s);
}

/*
 * Do the words around the run [a, b) speak of a person: a person's noun
 * just before it ("coach", "correspondent", "actor"), an appositive
 * after it (", a spokesman"), "MP" or a verb of saying after it?
 */
static bool
person_around(const char *text, const struct tok *tv, size_t nt, size_t a,
    size_t b)
{
	if (a > 0 && (tv[a - 1].f & TK_LOWER) && (tok_is(text, &tv[a - 1],
	    person_nouns) || tok_is(text, &tv[a - 1], person_roles)))
		return true;
	if (b < nt && (tok_is(text, &tv[b], say_words) ||
	    tok_eq(text, &tv[b], "MP")))
		return true;
	return b + 1 < nt && tok_eq(text, &tv[b], ",") &&
	    tok_is(text, &tv[b + 1], appositive_heads);
}

/* People of a place, before "of" and its name: "the villagers of X". */
static const char *const place_people[] = {
	"villagers", "residents", "inhabitants", "townspeople", "townsfolk",
	"citizens", "natives", "mayor", NULL
};

/*
 * Is the unknown name [a, b) a place by the region after it: "Debden,
 * England, 4 June 1943", "Harwick, Tellby." (a country or a country's
 * division that is no town, then the end of the phrase)?  Not a given
 * name ("Ana Ruiz, Spain" in a list of results), nor a name in a list
 * ("Internazionale, Juventus, Lyon.").
 */
static bool
in_region(const struct doc *d, size_t si, size_t a, size_t b)
{
	const char *text = d->sv[si].text;
	const struct tok *tv = d->tv[si];
	size_t nt = d->nt[si], r;
	unsigned f;

	if (b - a != 1 || b + 1 >= nt || text[tv[b].s] != ',' ||
	    (tok_lex(text, &tv[a]) & LX_FIRST) ||
	    (a > 0 && text[tv[a - 1].s] == ','))	/* in a list */
		return false;
	for (r = b + 2; r < nt && r < b + 4 && capword(text, &tv[r]); r++)
		;
	if (r == b + 1 || !capword(text, &tv[b + 1]))
		return false;
	f = span_fold(text, tv, b + 1, r);
	if (!(f & LX_GPE) || (f & (LX_CITY | LX_COUNTRY)) == LX_CITY ||
	    (f & LX_FIRST))
		return false;
	/* then the phrase ends: not a possessive ("O2, Britain's other
	 * operator") nor a list going on ("Gustard, Dawson, Murphy") */
	if (r == nt || (tv[r].f & TK_DIGIT))
		return true;
	if ((tv[r].f & (TK_WORD | TK_POSS)) || (text[tv[r].s] == '(' &&
	    !(r + 1 < nt && (tv[r + 1].f & TK_LOWER))) ||
	    text[tv[r].s] == '-')
		return false;
	return !(text[tv[r].s] == ',' && r + 1 < nt && (tv[r + 1].f & TK_CAP));
}

/*
 * The commonest Chinese surnames in Hanyu Pinyin (from the Hundred Family
 * Surnames, a Song-dynasty text in the public domain, and their use
 * today), and Korean ones in their usual spellings: a name in East Asian
 * order opens with one ("Qin Gang", "Moon Jae-in").
 */
static const char *const ea_surnames[] = {
	"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu",
	"Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao",
	"Luo", "Zheng", "Liang", "Xie", "Tang", "Song", "Han", "Feng",
	"Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan",
	"Cai", "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding",
	"Ren", "Yao", "Shen", "Zhong", "Cui", "Tan", "Fan", "Liao", "Shi",
	"Jin", "Jia", "Xia", "Fu", "Fang", "Zou", "Xiong", "Bai", "Meng",
	"Qin", "Qiu", "Hou", "Yin", "Xue", "Yan", "Duan", "Lei", "Long",
	"Shao", "Wan", "Qian", "Kong", "Mao", "Xi", "Hua", "Bo", "Ji", "Dai",
	"Mo", "Kang", "Gu", "Hao", "Kim", "Lee", "Park", "Choi", "Jung",
	"Cho", "Yoon", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwon", "Hwang",
	"Ahn", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Son", "Bae", "Baek",
	"Ban", "Heo", "Nam", "Noh", "Roh", "Kwak", "Sung", "Cha", "Joo",
	"Woo", "Min", "Ryu", "Chung", NULL
};

/* Is w[0..n) one to three syllables of Hanyu Pinyin, without tones
 * ("jinping", "keqiang", "gang")?  Lower case; k counts syllables. */
static bool
pinyin_run(const char *w, size_t n, int k)
{
	static const char *const initials[] = {
		"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g",
		"k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", "", NULL
	};
	static const char *const finals[] = {
		"iang", "iong", "uang", "ueng", "iao", "ian", "ing", "uai",
		"uan", "ang", "eng", "ong", "ai", "ei", "ao", "ou", "an", "en",
		"er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "a",
		"o", "e", "i", "u", NULL
	};
	size_t i, j, il, fl;

	if (n == 0)
		return k > 0;
	if (k == 3)
		return false;
	for (i = 0; initials[i] != NULL; i++) {
		il = strlen(initials[i]);
		if (il > n || memcmp(w, initials[i], il) != 0)
			continue;
		for (j = 0; finals[j] != NULL; j++) {
			fl = strlen(finals[j]);
			if (il + fl <= n && memcmp(w + il, finals[j], fl) == 0 &&
			    pinyin_run(w + il + fl, n - il - fl, k + 1))
				return true;
		}
	}
	return false;
}

/*
 * Is [a, a + 2) a person's name in East Asian order: a surname of
 * ea_surnames, then a given name in pinyin ("Xi Jinping", "Qin Gang") or
 * of two syllables joined by a hyphen ("Moon Jae-in", "Hau Lung-bin")?
 */
static bool
east_asian_name(const char *text, const struct tok *tv, size_t a)
{
	const char *w = text + tv[a + 1].s;
	size_t n = tv[a + 1].e - tv[a + 1].s, k, h = 0;
	char low[16];

	if (!tok_is(text, &tv[a], ea_surnames) || n < 2 || n >= sizeof(low) ||
	    !(tv[a + 1].f & TK_CAP) || (tv[a + 1].f & TK_ALLCAPS))
		return false;
	for (k = 0; k < n; k++) {
		if (w[k] == '-' && h == 0 && k >= 2 && k + 2 < n)
			h = k;
		else if (!((w[k] >= 'a' && w[k] <= 'z') || k == 0))
			return false;
		low[k] = w[k] >= 'A' && w[k] <= 'Z' ? (char)(w[k] + 32) : w[k];
	}
	if (h != 0)	/* "Jae-in", "Lung-bin"; not "So-called" */
		return h <= 5 && n - h - 1 <= 5;
	return pinyin_run(low, n, 0);
}

/*
 * Is [a, a + 2) such a name given first, as English text writes it: a
 * given name in pinyin or of two syllables, then a surname of
 * ea_surnames ("Mu Li", "Jae-in Moon")?  Neither word in the lexicon
 * (not "Hong Kong").
 */
static bool
ea_given_first(const char *text, const struct tok *tv, size_t a)
{
	struct tok sw[2];

	if (tok_fold(text, &tv[a]) != 0 || tok_fold(text, &tv[a + 1]) != 0)
		return false;
	sw[0] = tv[a + 1];
	sw[1] = tv[a];
	return east_asian_name(text, sw, 0);
}

/* Does the word end in a web domain: ".com", ".net", ".org", ".co.uk"? */
static bool
web_name(const char *w, size_t n)
{
	static const char *const tlds[] = {
		".com", ".net", ".org", ".co.uk", ".info", NULL
	};
	size_t i, k;

	if (n < 5 || memchr(w, '.', n) == NULL)
		return false;
	for (i = 0; tlds[i] != NULL; i++)
		if (n > (k = strlen(tlds[i])) + 1 && memcmp(w + n - k, tlds[i],
		    k) == 0)
			return true;
	return false;
}

/* Is one of the bytes of set among the n bytes at s? */
static bool
strpbrk_n(const char *s, size_t n, const char *set)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr(set, s[i]) != NULL)
			return true;
	return false;
}

/* Are tokens [a, b) all words of the dictionary? */
static bool
all_words(const char *text, const struct tok *tv, size_t a, size_t b)
{
	size_t i;

	for (i = a; i < b; i++)
		if (!tok_word(text, &tv[i]))
			return false;
	return true;
}

/* Does token tk part the items of a list: , : ; ( ) (or "and", when
 * and_too)? */
static bool
list_mark(const char *text, const struct tok *tk, bool and_too)
{
	return (tk->e - tk->s == 1 && strchr(",:;()", text[tk->s]) != NULL) ||
	    (and_too && tok_eq(text, tk, "and"));
}

/*
 * Is token a a surname after a bare initial, as team sheets and results
 * write names: "C Paterson (Scotland), J Yapp (Wales)", "S Taylor 45"?
 * The initial is one capital and one space before it; an item of a list
 * on at least one side.  Not a country, a people or a body ("S Korea",
 * "N Irish"), nor a point of the compass before a region ("S Yorkshire",
 * "W Africa"; a town may be a surname: "S Taylor").  "A" (the article)
 * and a common word ("X Factor", "V Festival") only as a whole item
 * between marks ("..., G Cooper, ..."; not "and V Festival 2005").
 */
static bool
bare_initial(const char *text, const struct tok *tv, size_t nt, size_t a)
{
	const struct tok *ini;
	unsigned f;
	char c;
	bool before, after;

	if (a == 0)
		return false;
	ini = &tv[a - 1];
	c = text[ini->s];
	if (ini->e - ini->s != 1 || c < 'A' || c > 'Z' || c == 'I' ||
	    ini->e + 1 != tv[a].s || (tv[a].f & TK_ALLCAPS))
		return false;
	f = tok_fold(text, &tv[a]);
	if ((f & (LX_COUNTRY | LX_NORP | LX_ORG)) ||
	    (strchr("NSEW", c) != NULL && (f & (LX_GPE | LX_LOC)) &&
	    !(f & LX_CITY)))
		return false;
	if (c == 'A' || tok_word(text, &tv[a]))
		return a >= 2 && list_mark(text, &tv[a - 2], false) &&
		    (a + 1 == nt || list_mark(text, &tv[a + 1], false));
	before = a == 1 || list_mark(text, &tv[a - 2], true);
	after = a + 1 == nt || list_mark(text, &tv[a + 1], true) ||
	    (tv[a + 1].f & TK_DIGIT);
	return before || after;
}

/* Label of tokens [a, b) of sentence si on their own evidence. */
static enum label
classify(struct doc *d, size_t si, size_t a, size_t b, bool *strong)
{
	const char *text = d->sv[si].text;
	struct tok *tv = d->tv[si];
	size_t nt = d->nt[si], s = tv[a].s, e = tv[b - 1].e, i;
	unsigned f;
	enum label l;

	*strong = true;
	d->told = false;
	/* a web address is a firm's or a site's: "Amazon.com", "Tillax.net" */
	if (b - a == 1 && web_name(text + s, e - s))
		return T_ORG;
	f = span_fold(text, tv, a, b);
	if ((l = lex_label(f)) != T_NONE)
		return l;
	/* a name ending in letters in capitals that are no honour and no
	 * regnal number, after no given name, is no person's: a firm's, a
	 * club's, a product's ("Tillax AC", "Carrow DS", "Vexmoor HC"); not
	 * "Tom Hale QC", "Henry VIII" */
	if (b - a >= 2 && (tv[b - 1].f & TK_ALLCAPS) && tv[b - 1].e -
	    tv[b - 1].s >= 2 && tv[b - 1].e - tv[b - 1].s <= 4 &&
	    !regnal(text + tv[b - 1].s, tv[b - 1].e - tv[b - 1].s) &&
	    !tok_is(text, &tv[b - 1], post_nominals) &&
	    !org_end(text, &tv[b - 1]) && memchr(text + tv[b - 1].s, '.',
	    tv[b - 1].e - tv[b - 1].s) == NULL &&
	    !(tv[a].f & TK_ALLCAPS) && !is_title(text, &tv[a]) &&
	    !(tok_lex(text, &tv[a]) & LX_FIRST)) {
		*strong = false;
		return T_ORG;
	}
	/* a name that opens with another language's article is a paper,
	 * a firm or a side, not a person: "Le Soir", "Der Bote", "El
	 * Sol" */
	if (b - a >= 2 && b - a <= 3 && tok_is(text, &tv[a], articles) &&
	    !(tok_lex(text, &tv[a + 1]) &
	    LX_FIRST)) {
		*strong = false;
		return T_ORG;
	}
	/* a peer by his or her seat: "the Duke of Edinburgh", "the Earl
	 * of Wessex" (a lexicon's entry aside) */
	if (b - a >= 3 && tok_is(text, &tv[a], seat_ranks) &&
	    tok_eq(text, &tv[a + 1], "of"))
		return T_PERSON;
	/* a channel by its number: "Radio 1", "Carrow Channel 4" */
	if (b - a >= 2 && (tv[b - 1].f & TK_DIGIT) && tok_is(text,
	    &tv[b - 2], numbered_names))
		return T_ORG;
	/* a given name numbered in words is a channel's, a group's or a
	 * firm's, no person's: "Sky One", "the Jackson Five", "Bank One" */
	if (b - a == 2 && (tok_lex(text, &tv[a]) & LX_FIRST) &&
	    tok_is(text, &tv[b - 1], number_words)) {
		*strong = false;
		return T_ORG;
	}
	/* one word with a capital inside, no name's prefix before it:
	 * "TellWise", "PayFlow" are firms; "McAdam", "DeShawn",
	 * "LaToya" are not */
	if (b - a == 1 && camel_case(text, &tv[a])) {
		*strong = false;
		return T_ORG;
	}
	/* an age before a name: "the 20-year-old Tomas Reed"; not before
	 * a body's, a contest's or a place's ("the 17-year-old Carrow
	 * League midfielder") */
	if (a > 0 && b - a <= 3 && tv[a - 1].e - tv[a - 1].s > 9 &&
	    memcmp(text + tv[a - 1].e - 9, "-year-old", 9) == 0 &&
	    !(b - a >= 2 && (org_end(text, &tv[b - 1]) ||
	    event_end(text, &tv[b - 1]) ||
	    tok_is(text, &tv[b - 1], place_tail))))
		return T_PERSON;
	/* initials in capitals and a surname after a person's noun or
	 * role: "author JM Barrie", "novelist PD James" */
	if (b - a == 2 && (tv[a].f & TK_ALLCAPS) && tv[a].e - tv[a].s >= 2 &&
	    tv[a].e - tv[a].s <= 3 && !(tv[a + 1].f & TK_ALLCAPS) &&
	    capword(text, &tv[a + 1]) && a > 0 && (tv[a - 1].f & TK_LOWER) &&
	    (tok_is(text, &tv[a - 1], person_nouns) || tok_is(text,
	    &tv[a - 1], person_roles)))
		return T_PERSON;
	/* an appositive that says what it is: "Ana Paris, a Danish
	 * woman", "Vexmoor, a town in Kent", "Tillax, a Bonn firm" */
	if ((l = appositive_kind(text, tv, nt, a, b)) != T_NONE) {
		d->told = true;
		return l;
	}
	/* a state by its form: "the Republic of Carrow", "the Federal
	 * Republic of Germany", "the Kingdom of Harwick" */
	for (i = a; i + 2 < b && i <= a + 2; i++)
		if (tok_is(text, &tv[i], state_forms) &&
		    tok_eq(text, &tv[i + 1], "of") && ((lex_get_fold(text +
		    tv[i + 2].s, e - tv[i + 2].s) & LX_GPE) ||
		    !tok_word(text, &tv[i + 2])))
			return T_GPE;
	/* a known organisation after words that describe it: "the
	 * International Red Cross" */
	for (i = a + 1; i < b && i <= a + 2; i++) {
		if (!(tv[i - 1].f & TK_WORD) || !tok_word(text, &tv[i - 1]))
			break;
		if (b - i >= 2 && lex_label(lex_get_fold(text + tv[i].s,
		    e - tv[i].s)) == T_ORG)
			return T_ORG;
	}
	/* a disease by its eponym: "Alzheimer's", "Parkinson's disease" */
	if (b - a == 1 && b < nt && (tv[b].f & TK_POSS) && tok_is(text,
	    &tv[a], disease_eponyms))
		return T_NONE;
	/* a month or a day is no name: "AUGUST", "Monday" */
	if (b - a == 1 && tok_is_fold(text, &tv[a], calendar))
		return T_NONE;
	/* a wire dateline: "OSLOBERG 2019-08-30", "CARROW Aug 30" */
	if (a == 0 && b < nt && b - a <= 3 && (date_tok(text, &tv[b]) ||
	    tok_is_fold(text, &tv[b], calendar))) {
		*strong = false;
		return T_GPE;
	}
	/* an event or a treaty: "Battle of Carrow", "World War II"; a model's
	 * designation: "F-86 Sabre" */
	if (b - a >= 2 && (tok_is(text, &tv[a], event_head) ||
	    (tok_eq(text, &tv[a], "World") && tok_eq(text, &tv[a + 1], "War")) ||
	    designation(text, &tv[a]))) {
		*strong = false;
		return T_NONE;
	}
	if (org_end(text, &tv[b - 1]))
		return T_ORG;
	/* a body's word, then its field, after the name of the one it is
	 * named for: "the Tom Hale Institute for Carrow Studies"; or
	 * opening the name, though a place's word ends it: "the University
	 * of the Highlands and Islands" */
	for (i = a; i + 2 < b; i++)
		if (tok_is(text, &tv[i], org_head) && (tok_eq(text, &tv[i + 1],
		    "for") || tok_eq(text, &tv[i + 1], "of")))
			return T_ORG;
	/* "Harlow & Pike", "Okoro & Sons": a firm, not a person */
	for (i = a + 1; i + 1 < b; i++)
		if (tv[i].e - tv[i].s == 1 && text[tv[i].s] == '&')
			return T_ORG;
	if (b - a >= 2 && (event_end(text, &tv[b - 1]) ||
	    event_of(text, tv, a, b))) {
		*strong = false;
		return T_NONE;
	}
	/* a given name, then a surname that is also a place's word, where
	 * the words around speak of a person: "coach Mike Lake", "Dan Lane,
	 * a text guru", "Frank Field MP", "Nathan Lane said"; not "Trent
	 * Bridge" or "Beverly Hills" alone */
	if (b - a == 2 && tok_is(text, &tv[b - 1], surname_tails) &&
	    person_around(text, tv, nt, a, b)) {
		unsigned g = tok_lex(text, &tv[a]);

		if ((g & LX_FIRST) && !(g & (LX_GPE | LX_LOC | LX_ORG |
		    LX_NORP)) && !tok_is(text, &tv[a], compass))
			return T_PERSON;
	}
	/* "Lake Tull", not a side: "the River Hawks" */
	if (b - a >= 2 && b - a <= 3 && tok_is(text, &tv[a], place_head) &&
	    !org_end(text, &tv[b - 1]) && !(text[tv[b - 1].e - 1] == 's' &&
	    text[tv[b - 1].e - 2] != 's'))
		return T_LOC;
	/* a town's name and "City" that no list knows whole is a club:
	 * "Norwich City", "Exeter City" (not "Mexico City", which the
	 * lexicon knows, nor "lives in Taipei City" outside a sports
	 * story; "moved to Manchester City" is the club) */
	if (b - a == 2 && tv[b - 1].e - tv[b - 1].s == 4 &&
	    memcmp(text + tv[b - 1].s, "City", 4) == 0 &&
	    (tok_lex(text, &tv[a]) & (LX_CITY | LX_COUNTRY)) == LX_CITY &&
	    (d->sports || !(a > 0 && tok_is(text, &tv[a - 1], within))))
		return T_ORG;
	if (b - a >= 2 && tok_is(text, &tv[b - 1], place_tail)) {
		return b - a == 2 && memcmp(text + tv[b - 1].s, "City", 4) == 0 ?
		    T_GPE : T_LOC;
	}
	if (b - a >= 2 && tv[b - 1].e - tv[b - 1].s == 4 &&
	    memcmp(text + tv[b - 1].s, "City", 4) == 0)
		return T_GPE;
	/* "Kent County", "Hebei Province": a division of a country */
	if (b - a >= 2 && b - a <= 4 && tok_is(text, &tv[b - 1], gpe_tail))
		return T_GPE;
	/* a place and another word: a team or firm ("Manchester United");
	 * but a person where the words around speak of one and the other
	 * word is no common one and the place no country ("the novelist
	 * Milan Kundera", "Milan Baros said"; not "France Telecom said") */
	if (b - a == 2) {
		unsigned f0 = tok_fold(text, &tv[a]);
		unsigned f1 = tok_fold(text, &tv[a + 1]);

		if ((f0 & LX_GPE) && !(f0 & LX_COUNTRY) && f1 == 0 &&
		    !(tv[a].f & TK_ALLCAPS) && !org_end(text, &tv[a + 1]) &&
		    !(tv[a + 1].f & TK_ALLCAPS) && !tok_word(text, &tv[a + 1]) &&
		    text[tv[a + 1].e - 1] != 's' && person_around(text, tv, nt,
		    a, b)) {
			*strong = false;
			return T_PERSON;
		}
		/* and a town's name that is a name people bear too after a
		 * word shaped like a given name: "her coach Aston Moore" */
		if ((f1 & (LX_GPE | LX_FIRST)) == (LX_GPE | LX_FIRST) &&
		    !(f1 & LX_COUNTRY) && f0 == 0 && given_shape(text,
		    &tv[a]) && !tok_word(text, &tv[a]) &&
		    person_around(text, tv, nt, a, b)) {
			*strong = false;
			return T_PERSON;
		}

		if (((f0 & LX_GPE) && (!(f0 & LX_FIRST) || (f1 & LX_NORP)) &&
		    !(f1 & (LX_GPE | LX_FIRST))) ||
		    ((f1 & LX_GPE) && !(f0 & (LX_GPE | LX_FIRST | LX_NORP)) &&
		    text[tv[a].e - 1] != '.')) {
			*strong = false;
			return T_ORG;
		}
	}
	if (b - a >= 3 && tok_is(text, &tv[a], org_head) &&
	    (tok_eq(text, &tv[a + 1], "of") || tok_eq(text, &tv[a + 1], "on") ||
	    tok_eq(text, &tv[a + 1], "for")))
		return T_ORG;
	for (i = a; i < b; i++)
		if (tv[i].f & TK_WORD && (tv[i].e - tv[i].s == 2) &&
		    memcmp(text + tv[i].s, "of", 2) == 0)
			return T_ORG;	/* "Bank of X", "Gulf of X" */
	/* a given name opens a person's name; but after "the", words all
	 * of the dictionary ending in a plural are a title's or a band's
	 * ("the Star Wars lead", "the Bee Gees"; not "the Roger Bannister
	 * stories") */
	if (b - a >= 2 && (tok_lex(text, &tv[a]) & LX_FIRST) && !(a > 0 &&
	    tok_eq(text, &tv[a - 1], "the") && all_words(text, tv, a, b) &&
	    text[tv[b - 1].e - 1] == 's'))
		return T_PERSON;
	/* a point of the compass abbreviated: "S. Korea", "N. Korean" */
	if (b - a == 2 && tv[a].e - tv[a].s == 2 && text[tv[a].s + 1] == '.' &&
	    strchr("NSEW", text[tv[a].s]) != NULL) {
		l = lex_label(tok_fold(text, &tv[a + 1]));
		if (l == T_GPE || l == T_LOC || l == T_NORP)
			return l;
	}
	/* an initial and a name: "P. Simmons", "J. R. Ewing" */
	if (b - a >= 2 && ((tv[a].e - tv[a].s == 1 && text[tv[a].e] == '.') ||
	    (tv[a].e - tv[a].s == 2 && text[tv[a].s + 1] == '.')) &&
	    text[tv[a].s] >= 'A' && text[tv[a].s] <= 'Z' &&
	    !(tv[b - 1].f & TK_ALLCAPS))
		return T_PERSON;
	if (b - a == 1 && (tv[a].f & TK_ALLCAPS) && tv[a].e - tv[a].s <= 6) {
		/* "a 3.60 ERA", "by KO", "a bonus CD": no name; nor a long
		 * word in capitals for emphasis ("UNLESS") */
		if (tok_is(text, &tv[a], common_acronyms) ||
		    (tv[a].e - tv[a].s >= 4 && tok_word(text, &tv[a])))
			return T_NONE;
		*strong = false;
		return T_ORG;	/* an acronym */
	}
	/* a capitalised word after "the town of" is its name though it
	 * is a common word too: "the town of Reading" */
	if (b - a <= 3 && a > 1 && tok_eq(text, &tv[a - 1], "of") &&
	    (tv[a - 2].f & TK_LOWER) && tok_is(text, &tv[a - 2], place_nouns) &&
	    !(tv[a].f & TK_ALLCAPS) && !(b < nt && (tv[b].f & TK_POSS))) {
		*strong = false;
		d->told = true;
		return T_GPE;
	}
	/* a capitalised common word after a noun that names what it is:
	 * "first division side Nice", "the band Yes" */
	if (b - a == 1 && a > 0 && tok_word(text, &tv[a]) &&
	    (tv[a - 1].f & TK_LOWER) && tok_is(text, &tv[a - 1], org_nouns) &&
	    !(tv[a].f & TK_ALLCAPS) && !(b < nt && (tv[b].f & (TK_POSS |
	    TK_CAP | TK_DIGIT)))) {
		*strong = false;
		d->told = true;
		return T_ORG;
	}
	/* context: "the village of X", "X is a commune", "the band X" */
	if (b - a <= 3 && !tok_word(text, &tv[a])) {
		/* "X, Ohio" is strong evidence, the others weak */
		bool region = false;

		if ((a > 1 && tok_eq(text, &tv[a - 1], "of") &&
		    (tok_is_fold(text, &tv[a - 2], place_nouns) ||
		    tok_is_fold(text, &tv[a - 2], place_people)) &&
		    !(b < nt && (tv[b].f & TK_POSS))) ||
		    (b + 2 < nt && tok_eq(text, &tv[b], "is") &&
		    (tok_eq(text, &tv[b + 1], "a") || tok_eq(text, &tv[b + 1],
		    "an")) && tok_is_fold(text, &tv[b + 2], place_nouns)) ||
		    (region = in_region(d, si, a, b))) {
			*strong = region;
			d->told = true;
			return T_GPE;
		}
		/* "the disputed Tellby-Marrow region", "the Vexmoor
		 * mountains" */
		if (b < nt && (tv[b].f & TK_LOWER) && ((b + 1 < nt &&
		    tok_is(text, &tv[b], place_after)) ||
		    (tok_is(text, &tv[b], site_after) &&
		    site_name(text, &tv[b - 1])))) {
			*strong = false;
			d->told = true;
			return T_LOC;
		}
		/* "the Qarran province", "Tellby village" */
		if (b < nt && (tv[b].f & TK_LOWER) &&
		    tok_is(text, &tv[b], settlement_after) &&
		    site_name(text, &tv[b - 1])) {
			*strong = false;
			d->told = true;
			return T_GPE;
		}
		/* "the Tellby newspaper", "former members of Tillax",
		 * "Tellby chief executive Tom Hale", "technology analysts
		 * Tellco" */
		if ((a > 0 && (tv[a - 1].f & TK_LOWER) &&
		    (tok_is(text, &tv[a - 1], org_nouns) || (b - a == 1 &&
		    tok_is(text, &tv[a - 1], firm_trades)))) ||
		    firm_word_at(text, tv, nt, b) || (b < nt &&
		    (tv[b].f & TK_LOWER) &&
		    tok_is(text, &tv[b], body_people) &&
		    !ends_in(text, &tv[b - 1], demonym_ends)) || (a > 1 &&
		    tok_eq(text, &tv[a - 1], "of") &&
		    tok_is(text, &tv[a - 2], member_words) &&
		    !(b < nt && (tv[b].f & TK_POSS)))) {
			*strong = false;
			d->told = true;
			return T_ORG;
		}
	}
	/* "the Harbour Hawks", "The Hawks won the opener": a side or a
	 * band */
	if (b - a <= 2 && a > 0 && (tok_eq(text, &tv[a - 1], "the") ||
	    (a == 1 && tok_eq(text, &tv[0], "The"))) &&
	    text[tv[b - 1].e - 1] == 's' && text[tv[b - 1].e - 2] != 's' &&
	    text[tv[b - 1].e - 2] != '\'' && !(tv[b - 1].f & TK_ALLCAPS) &&
	    !event_end(text, &tv[b - 1]) && !(tok_fold(text, &tv[b - 1]) &
	    (LX_NORP | LX_GPE | LX_LOC))) {
		*strong = false;
		return T_ORG;
	}
	/* where someone works, though a verb of saying follows: "an analyst
	 * at Tellco Vexmoor", "Tom Hale of Tellco Vexmoor Partners said"
	 * (no given name opening it) */
	if (b - a >= 2 && b - a <= 3 && a >= 2 &&
	    !(tok_lex(text, &tv[a]) & LX_FIRST) && !(f & (LX_GPE | LX_LOC)) &&
	    ((tok_eq(text, &tv[a - 1], "at") && (tv[a - 2].f & TK_LOWER) &&
	    (tok_is(text, &tv[a - 2], person_roles) || tok_is(text,
	    &tv[a - 2], person_nouns))) || (tok_eq(text, &tv[a - 1], "of") &&
	    capword(text, &tv[a - 2]) && !(tv[a - 2].f & TK_ALLCAPS) &&
	    !is_title(text, &tv[a - 2]) && !tok_word(text, &tv[a - 2])))) {
		d->told = true;
		return T_ORG;
	}
	/* a firm's officer's, one word no list knows: "chief executive of
	 * Tellco", "the Chief Executive of Tellco", "a director of Tellco" */
	if (b - a == 1 && a >= 2 && f == 0 && !(tv[a].f & TK_ALLCAPS) &&
	    !tok_word(text, &tv[a]) && tok_eq(text, &tv[a - 1], "of") &&
	    tok_is_fold(text, &tv[a - 2], firm_officers) &&
	    !(b < nt && (tv[b].f & TK_POSS))) {
		*strong = false;
		d->told = true;
		return T_ORG;
	}
	/* context: "... said", "in X"; not "an official in X said" */
	if (b < nt && tok_is(text, &tv[b], say_words) && b - a <= 3 &&
	    !(a > 0 && (tv[a - 1].f & TK_LOWER) && tok_is(text, &tv[a - 1],
	    place_preps))) {
		*strong = false;
		d->told = true;
		/* a common word alone that no one named in full here has
		 * for a surname: a firm ("Oracle said", "Fiat said"); not a
		 * title ("the Bishop said"), nor a stage name ("50 Cent
		 * said") */
		if (b - a == 1 && tok_word(text, &tv[a]) && !(tok_lex(text, &tv[a]) &
		    LX_FIRST) && !is_title(text, &tv[a]) && !(a > 0 &&
		    ((tv[a - 1].f & TK_DIGIT) || ((tv[a - 1].f & TK_CAP) &&
		    tv[a - 1].e - tv[a - 1].s == 1))))
			return T_ORG;
		return T_PERSON;
	}
	/* a candidate by the campaign's staff: "Tellby campaign manager
	 * Tom Hale", "a Tellby campaign aide" (an advertising campaign has
	 * none); not a place's or a body's */
	if (b + 1 < nt && b - a <= 2 && (tv[b].f & TK_LOWER) &&
	    tok_eq(text, &tv[b], "campaign") && tok_is(text, &tv[b + 1],
	    campaign_staff) && !(tv[a].f & TK_ALLCAPS) &&
	    !(f & (LX_GPE | LX_LOC | LX_ORG | LX_NORP)) &&
	    !org_end(text, &tv[b - 1]) && !event_end(text, &tv[b - 1])) {
		*strong = false;
		d->told = true;
		return T_PERSON;
	}
	/* one word after a person's role in lower case: "president
	 * Tellby", "midfielder Qarran", also the role that opens the
	 * sentence: "Rapper Qarran has ..."; not a prize's ("the best
	 * actor Bafta") */
	if (b - a == 1 && a > 0 && (((tv[a - 1].f & TK_LOWER) &&
	    tok_is(text, &tv[a - 1], person_before)) || (a == 1 &&
	    (tv[0].f & TK_CAP) && !(tv[0].f & TK_ALLCAPS) &&
	    tok_is_fold(text, &tv[0], person_before))) && !(a > 1 &&
	    tok_eq(text, &tv[a - 2], "best")) &&
	    !(tv[a].f & TK_ALLCAPS) && !tok_word(text, &tv[a])) {
		*strong = false;
		d->told = true;
		return T_PERSON;
	}
	/* a source: "according to Tillax" */
	if (a > 1 && b - a == 1 && tok_eq(text, &tv[a - 1], "to") &&
	    tok_eq(text, &tv[a - 2], "according")) {
		*strong = false;
		return T_ORG;
	}
	/* a common word numbered is no place: "in Chapter 11", "in
	 * Article 5" */
	if (a > 0 && (tv[a - 1].f & TK_LOWER) &&
	    tok_is(text, &tv[a - 1], place_preps) && b - a == 1 &&
	    !abstract_ending(text, &tv[a]) && !(b < nt && (tv[b].f &
	    TK_DIGIT) && tv[b].s == tv[a].e + 1 && tok_word(text, &tv[a]))) {
		*strong = false;
		/* "shares in Tillax", "a stake in Carrow" */
		if (a > 1 && tok_eq(text, &tv[a - 1], "in") &&
		    tok_is_fold(text, &tv[a - 2], holdings))
			return T_ORG;
		return T_GPE;
	}
	*strong = false;
	/* a name particle between names: "Tariq bin Rashed", "Joost van der
	 * Velde", "Osama Bin Laden" */
	if (b - a >= 3 && !org_end(text, &tv[b - 1]) &&
	    !tok_is(text, &tv[a], org_head) && capword(text, &tv[a]) &&
	    capword(text, &tv[b - 1])) {
		for (i = a + 1; i + 1 < b && !tok_is(text, &tv[i], particles) &&
		    !tok_is(text, &tv[i], arabic_particles); i++)
			;
		if (i + 1 < b)
			return T_PERSON;
	}
	/* a given name alone: "drive Marta to the ferry"; not a point of
	 * the compass: "the Army of the North" */
	if (b - a == 1 && (f & LX_FIRST) && !(f & (LX_GPE | LX_ORG | LX_LOC |
	    LX_NORP)) && !(tv[a].f & TK_ALLCAPS) &&
	    !tok_is(text, &tv[a], compass) &&
	    !tok_word(text, &tv[a])) {
		/* "an Oscar", "a Mac": a thing named after someone ("the
		 * Clinton campaign" is still the person's) */
		if (a > 0 && (tok_eq(text, &tv[a - 1], "an") ||
		    tok_eq(text, &tv[a - 1], "a")))
			return T_NONE;
		return T_PERSON;
	}
	/* a name in East Asian order: "Xi Jinping", "Qin Gang" (a common
	 * word or a place's name in form) */
	if (b - a == 2 && (east_asian_name(text, tv, a) ||
	    ea_given_first(text, tv, a)))
		return T_PERSON;
	/* an acronym of four capitals or more, or of three with a vowel,
	 * before a name is a body's, not a person's initials: "ABN Amro",
	 * "RAF Fairford", "HACAN Clearskies" (but "JP McManus", "JRR
	 * Tolkien") */
	if (b - a >= 2 && b - a <= 3 && (tv[a].f & TK_ALLCAPS) &&
	    (tv[a].e - tv[a].s >= 4 || (tv[a].e - tv[a].s == 3 &&
	    strpbrk_n(text + tv[a].s, 3, "AEIOU"))) &&
	    memchr(text + tv[a].s, '.', tv[a].e - tv[a].s) == NULL &&
	    !(tv[a + 1].f & TK_ALLCAPS))
		return T_ORG;
	/* two or three capitalised words, none a common word or a place */
	if (b - a >= 2 && b - a <= 3) {
		for (i = a; i < b; i++)
			if (tok_word(text, &tv[i]) ||
			    (tok_fold(text, &tv[i]) &
			    (LX_GPE | LX_ORG | LX_LOC | LX_NORP)))
				break;
		if (i == b)
			return T_PERSON;
		/* in a sports story, an unknown given name and a surname
		 * that is also a common word: "Tomek Wall", "Jorun Marsh"
		 * (elsewhere more often a firm: "Tellco Steel"; not a
		 * plural: "Tellco Rovers"; not a long word: "Vexmoorland
		 * Estate") */
		if (d->sports && b - a == 2 && i == b - 1 &&
		    tok_fold(text, &tv[a]) == 0 &&
		    given_shape(text, &tv[a]) && !tok_word(text, &tv[a]) && !(tv[b - 1].f & TK_ALLCAPS) &&
		    text[tv[b - 1].e - 1] != 's' && !(tok_fold(text, &tv[b - 1]) & (LX_GPE |
		    LX_ORG | LX_LOC | LX_NORP)) && !tok_is(text, &tv[b - 1],
		    place_tail) && !event_end(text, &tv[b - 1]))
			return T_PERSON;
	}
	/*
	 * Capitalised common words and nothing else, "Quiet Winter", "The
	 * Long Winter": most often the title of a work, not an organisation
	 */
	if (b - a >= 2 && b - a <= 4) {
		for (i = a; i < b; i++)
			if (!tok_word(text, &tv[i]) ||
			    (tok_fold(text, &tv[i]) &
			    (LX_GPE | LX_ORG | LX_LOC | LX_NORP | LX_FIRST)) ||
			    (tv[i].f & TK_ALLCAPS) || (i > a &&
			    org_end(text, &tv[i])))
				break;
		if (i == b)
			return T_NONE;
	}
	/* a given name no list knows and a surname that is a common word
	 * where the words around speak of a person: "hip-hop star Tomek
	 * West", "Jorun Marsh said" */
	if (b - a == 2 && tok_fold(text, &tv[a]) == 0 &&
	    given_shape(text, &tv[a]) && !tok_word(text, &tv[a]) &&
	    !(tv[b - 1].f & TK_ALLCAPS) && !org_end(text, &tv[b - 1]) &&
	    ((a > 0 && (tv[a - 1].f & TK_LOWER) && (tok_is(text, &tv[a - 1],
	    person_nouns) || tok_is(text, &tv[a - 1], person_roles))) ||
	    (b < nt && tok_is(text, &tv[b], say_words)))) {
		/* evidence enough for the document's other mentions */
		*strong = true;
		return T_PERSON;
	}
	/* and the other way round, a given name that is a common word and
	 * a surname no list knows: "midfielder Dries Mertens", "Rich
	 * Tellani said" */
	if (b - a == 2 && tok_word(text, &tv[a]) && given_shape(text,
	    &tv[a]) && !tok_word(text, &tv[b - 1]) &&
	    tok_fold(text, &tv[b - 1]) == 0 && given_shape(text, &tv[b - 1]) &&
	    ((a > 0 && (tv[a - 1].f & TK_LOWER) && (tok_is(text, &tv[a - 1],
	    person_nouns) || tok_is(text, &tv[a - 1], person_roles))) ||
	    (b < nt && tok_is(text, &tv[b], say_words)))) {
		*strong = true;
		return T_PERSON;
	}
	if (b - a >= 2 && b - a <= 3)
		return T_ORG;
	if (b - a > 3)
		return T_ORG;
	return T_NONE;
}

/* Do tokens [a, b) name a place on their own evidence? */
static bool
classify_place(struct doc *d, size_t si, size_t a, size_t b)
{
	bool strong;
	enum label l = classify(d, si, a, b, &strong);

	return l == T_GPE || l == T_LOC;
}

static bool capword(const char *, const struct tok *);

/*
 * The table of the document's capitalised words (val 1 where one is
 * written without a possessive after it), built when first asked.
 */
static struct smap *
cap_words(struct doc *d)
{
	size_t si, k;
	struct sment *m;

	if (d->capw.v != NULL)
		return &d->capw;
	smap_init(&d->capw);
	for (si = 0; si < d->ns; si++)
		for (k = 0; k < d->nt[si]; k++) {
			const struct tok *t = &d->tv[si][k];

			if (!(t->f & TK_CAP))
				continue;
			m = smap_get(&d->capw, d->sv[si].text + t->s,
			    t->e - t->s, true, 0);
			if (!(k + 1 < d->nt[si] && (t[1].f & TK_POSS)))
				m->val = 1;
		}
	return &d->capw;
}

/* Does the document write w (n bytes) as a capitalised word of its own? */
static bool
word_alone(struct doc *d, const char *w, size_t n)
{
	return smap_get(cap_words(d), w, n, false, 0) != NULL;
}

/*
 * Token a is capitalised parts joined by hyphens: each part is a span of
 * its own, labelled by the lexicons now or by the document in pass 2.
 */
static bool
split_pair(struct doc *d, size_t si, size_t a)
{
	const char *text = d->sv[si].text;
	struct tok *tv = d->tv[si];
	size_t s = tv[a].s, e = tv[a].e, p, q;
	bool known = false;
	unsigned f;
	size_t parts = 0, h = e;	/* h: the first hyphen */
	bool peoples = true;

	for (p = s; p < e; p = q + 1) {
		q = p;
		while (q < e && text[q] != '-')
			q++;
		if (q == p || text[p] < 'A' || text[p] > 'Z')
			return false;
		f = lex_get_fold(text + p, q - p);
		if (lex_label(f) != T_NONE)
			known = true;
		if (lex_label(f) != T_NORP)
			peoples = false;
		if (parts++ == 0)
			h = q;
	}
	/* peoples joined are one: "Italian-American", "Arab-Israeli" */
	if (peoples) {
		add_span(d, si, a, a + 1, T_NORP, true, false);
		return true;
	}
	/* a letter and a hyphen before a word make a brand: "T-Mobile",
	 * "F-Secure"; not a lawmaker's party and state, "(D-Mo.)", "R-Ky." */
	if (!known && h - s == 1 && !(tv[a].f & TK_ALLCAPS) &&
	    !((text[s] == 'D' || text[s] == 'R' || text[s] == 'I') &&
	    e - h <= 5)) {
		add_span(d, si, a, a + 1, T_ORG, false, false);
		return true;
	}
	/* names nobody knows joined are one name, which the words around
	 * it may label ("in Tellby-Marrow", "the Tellby-Marrow region"),
	 * unless the document names each part alone ("the Tellby-Marrow
	 * feud ... Tellby said ... Marrow said"), they are months ("the
	 * April-June quarter") or capitals alone ("DVB-H", "U-S-A") */
	if (!known && !(tv[a].f & TK_ALLCAPS)) {
		for (p = s; p < e; p = q + 1) {
			q = p;
			while (q < e && text[q] != '-')
				q++;
			if (tok_is_fold(text, &(struct tok){ .s = p, .e = q },
			    calendar))
				break;
			if (!word_alone(d, text + p, q - p))
				return false;
		}
	}
	/* "Bavaria-Tellmark": a known place joined to a name nobody knows
	 * is one place */
	if (parts == 2) {
		unsigned f0 = lex_get_fold(text + s, h - s);

		f = lex_get_fold(text + h + 1, e - h - 1);
		if ((lex_label(f0) == T_GPE || lex_label(f0) == T_LOC) &&
		    !(f0 & LX_FIRST) && f == 0 && !lex_is_word(text + h + 1,
		    e - h - 1)) {
			add_span(d, si, a, a + 1, lex_label(f0), true, false);
			return true;
		}
	}
	for (p = s; p < e; p = q + 1) {
		q = p;
		while (q < e && text[q] != '-')
			q++;
		f = lex_get_fold(text + p, q - p);
		add_span(d, si, a, a + 1, lex_label(f), lex_label(f) != T_NONE,
		    false);
		d->sp[d->nsp - 1].s = p;
		d->sp[d->nsp - 1].e = q;
	}
	return true;
}

/*
 * One candidate run [a, b): split off leading modifiers and titles, then
 * label what remains.
 */
static void take_run(struct doc *, size_t, size_t, size_t, bool);

/*
 * A person, then "of" (token j) and a firm or a place: "Ana Kerrigan of
 * Tillet Bank", "Dr. Ana Kerrigan of Ottawa".  The person is tokens
 * [a, j); what follows "of" (and "the"), up to b, is a name of its own.
 */
static void
person_of(struct doc *d, size_t si, size_t a, size_t j, size_t b)
{
	size_t i = j + 1;

	if (i + 1 < b && tok_eq(d->sv[si].text, &d->tv[si][i], "the"))
		i++;
	add_span(d, si, a, j, T_PERSON, true, false);
	if (i < b)
		take_run(d, si, i, b, false);
}

/* Endings that make a place's name an adjective: "London-based". */
static const char *const place_adj[] = {
	"based", "born", "bred", "listed", "registered", "headquartered",
	"owned", "backed", "sponsored", "led", "made", "brokered", NULL
};

/* Endings that make a name an adjective of likeness or of a prize won:
 * "Pop Idol-style", "World Cup-winning". */
static const char *const like_adj[] = {
	"style", "type", "shaped", "inspired", "themed", "esque", "like",
	"winning", "winner", "winners", "enabled", "trained", NULL
};

/* The offset of the hyphen in "London-based" (an ending in list), or 0. */
static size_t
adjective_hyphen(const char *text, const struct tok *t,
    const char *const *list)
{
	size_t k;

	for (k = t->e; k > t->s + 1 && text[k - 1] != '-'; k--)
		;
	if (k <= t->s + 1 || k >= t->e || !in(list, text + k, t->e - k))
		return 0;
	return k - 1;
}

static size_t
place_adjective(const char *text, const struct tok *t)
{
	return adjective_hyphen(text, t, place_adj);
}

/*
 * Do tokens [a, b), before a possessive, name a known place or a person
 * (a given name and more)?
 */
static bool
owner_named(const char *text, const struct tok *tv, size_t a, size_t b)
{
	enum label l = lex_label(span_fold(text, tv, a, b));

	return l == T_GPE || l == T_LOC || (b - a >= 2 &&
	    (tok_lex(text, &tv[a]) & LX_FIRST));
}

/* A capitalised common word that names no one: "Coroner", "Engineer". */
static bool
role_word(const char *text, const struct tok *t)
{
	unsigned f;

	if (!capword(text, t) || (t->f & TK_ALLCAPS) ||
	    !tok_word(text, t))
		return false;
	f = tok_fold(text, t);
	return lex_label(f) == T_NONE && !(f & LX_FIRST) &&
	    !org_end(text, t) && !tok_is(text, t, org_head) &&
	    !tok_is(text, t, place_tail) && !is_title(text, t);
}

/* A plural abstract noun, no surname: "Relations", "Communities" */
static bool
abstract_noun(const char *text, const struct tok *t)
{
	static const char *const ends[] = { "ions", "ies", "ments", "nesses",
	    "ities", NULL };
	size_t n = t->e - t->s;

	return lex_is_word(text + t->s, n) && !(lex_get(text + t->s, n) &
	    LX_FIRST) && ends_in(text, t, ends);
}

/*
 * Do tokens [a, b), three or more, name an organisation and no person: an
 * organisation's word ends them or opens a phrase with "of" in them ("the
 * Carrow Chamber of Commerce"), and none is a given name alone?
 */
static bool
body_named(const char *text, const struct tok *tv, size_t a, size_t b)
{
	bool org = org_end(text, &tv[b - 1]);
	size_t i;

	for (i = a; i < b; i++) {
		if ((tok_lex(text, &tv[i]) &
		    (LX_FIRST | LX_GPE | LX_ORG)) == LX_FIRST)
			return false;
		/* a title word before the organisation's word may name a
		 * person ("Security Ana Ruiz"); after it, its field
		 * ("Chamber of Commerce") */
		if (!org && is_title(text, &tv[i]))
			return false;
		if (i + 1 < b && tok_is(text, &tv[i], org_head) &&
		    tok_eq(text, &tv[i + 1], "of"))
			org = true;
	}
	return org;
}

static bool body_prep(const char *, const struct tok *);

/*
 * Where a body's name ("University of Carrow", "Council on Trade") ends
 * and a person named in full, given name first, begins in the run a..b;
 * 0 if it does not.  The given name is no common word, and neither is
 * the surname, which ends no other name ("Bank of Carrow Grant Hall").
 */
static size_t
org_person_split(const char *text, const struct tok *tv, size_t a,
    size_t b)
{
	size_t j, k;

	/* "Refugee Council Ana Ruiz", "Vexmoor Bank Tom Hale": a word that
	 * ends a body's name, then a given name (a common word too, as
	 * "Tom" is) and one or two more that are none */
	for (j = a; j + 2 < b && j + 4 >= b; j++)
		if (((j > a && org_end(text, &tv[j])) || (j == a &&
		    b - a == 3 && tok_is(text, &tv[j], legislatures))) &&
		    capword(text, &tv[j]) &&
		    (tok_lex(text, &tv[j + 1]) &
		    LX_FIRST)) {
			for (k = j + 2; k < b && capword(text, &tv[k]) &&
			    !tok_word(text, &tv[k]) &&
			    !org_end(text, &tv[k]) && !tok_is(text, &tv[k],
			    place_tail) && !event_end(text, &tv[k]); k++)
				;
			if (k == b && lex_label(span_fold(text, tv, j + 1, b)) == T_NONE)
				return j + 1;
		}
	for (j = a; j + 1 < b && !(tok_is(text, &tv[j], org_head) &&
	    body_prep(text, &tv[j + 1])); j++)
		;
	if (j + 1 >= b)
		return 0;
	for (k = b - 2; k >= j + 3 && k + 3 >= b; k--) {
		size_t i;

		if (!(tok_lex(text, &tv[k]) & LX_FIRST) ||
		    tok_word(text, &tv[k]))
			continue;
		for (i = k + 1; i < b && capword(text, &tv[i]) &&
		    !tok_word(text, &tv[i]) &&
		    !org_end(text, &tv[i]) && !tok_is(text, &tv[i],
		    place_tail) && !event_end(text, &tv[i]); i++)
			;
		if (i == b && !tok_eq(text, &tv[k - 1], "of") &&
		    !tok_eq(text, &tv[k - 1], "the") && lex_label(span_fold(text, tv, k, b)) == T_NONE)
			return k;
	}
	return 0;
}

/* Common nouns in initials and an ampersand (a firm's are names). */
static const char *const amp_nouns[] = {
	"R&B", "R&D", "B&B", "B&Bs", "Q&A", "Q&As", "M&A", "P&L", "G&T",
	"R&R", "T&Cs", "F&B", NULL
};

/*
 * The word after an organisation's word that goes on with its name:
 * "League of Voters", "Centre for Harbour Studies", "Council on Trade".
 */
static bool
body_prep(const char *text, const struct tok *t)
{
	return tok_eq(text, t, "of") || tok_eq(text, t, "for") ||
	    tok_eq(text, t, "on");
}

/* Nouns for a band or an ensemble, before its name: "the punk band
 * Killing Joke", "a choral ensemble, The Carrow Singers"; not "duo" nor
 * "trio", which name people ("comedy duo Ana and Tom"). */
static const char *const act_nouns[] = {
	"band", "ensemble", NULL
};

/*
 * Does a noun for a band name the run at a, just before it or before a
 * comma?  The name's words may be common ones ("band Killing Joke") or
 * a place's ("the band Kansas"); not a given name and a surname ("the
 * band Tom Hale formed").
 */
static bool
band_named(const char *text, const struct tok *tv, size_t a, size_t b)
{
	size_t n = a;

	if (n > 1 && text[tv[n - 1].s] == ',' && tv[n - 1].e - tv[n - 1].s == 1)
		n--;
	if (n == 0 || !(tv[n - 1].f & TK_LOWER) ||
	    !tok_is(text, &tv[n - 1], act_nouns))
		return false;
	return !(b - a == 2 && (tok_lex(text, &tv[a]) & LX_FIRST));
}

/*
 * Is the run [a, b) a team named by its town and a plural ("the Tellby
 * Rovers"), then "of" and its league ("of the Carrow League")?  The index
 * of "of"; 0 when it is not.  Not a body whose last word takes "of" ("the
 * Tellby Institute of Technology", "Tellby City of ..."), and not a
 * plural alone ("Friends of the Earth").
 */
static size_t
team_of_league(const char *text, const struct tok *tv, size_t a, size_t b)
{
	size_t k, n;
	const char *w;

	for (k = a + 2; k + 1 < b && !tok_eq(text, &tv[k], "of"); k++)
		;
	if (k + 1 >= b || !(tok_lex(text, &tv[a]) & LX_GPE))
		return 0;
	w = text + tv[k - 1].s;
	n = tv[k - 1].e - tv[k - 1].s;
	if (n < 4 || w[n - 1] != 's' || w[n - 2] == '\'' ||
	    tok_is(text, &tv[k - 1], org_head) ||
	    tok_is(text, &tv[k - 1], town_kinds))
		return 0;
	for (n = a + 1; n < k; n++)
		if (!(tv[n].f & TK_CAP))
			return 0;
	return k;
}

static void
take_run(struct doc *d, size_t si, size_t a, size_t b, bool headline)
{
	const char *text = d->sv[si].text;
	struct tok *tv = d->tv[si];
	size_t i, j, k, last_title = (size_t)-1, first_title = (size_t)-1, hy;
	bool strong;
	enum label l, rest;
	unsigned f;

	/* "US-China", "Blinken-Xi": a pair of names joined by a hyphen */
	if (b - a == 1 && memchr(text + tv[a].s, '-', tv[a].e - tv[a].s) != NULL &&
	    split_pair(d, si, a))
		return;
	/* "Lear Corp. Family-controlled Douglas & Lomason", "TD
	 * Securities Inc. Canada's": a legal form ends its firm's name;
	 * a capitalised word after it opens another (not another form,
	 * "Co. Ltd", nor "Warner Bros. Records", nor "Co Durham"); before
	 * "of", also "Co" and a firm's word name the firm, and the place
	 * after is apart ("Tellco Co of Carrow", "Tellco Company of
	 * Carrow") */
	for (k = a + 1; k + 1 < b; k++)
		if (((tok_is(text, &tv[k], legal_forms) &&
		    !tok_is(text, &tv[k], form_goes_on)) ||
		    ((tok_is(text, &tv[k], form_goes_on) ||
		    tok_is(text, &tv[k], firm_words)) &&
		    tok_eq(text, &tv[k + 1], "of"))) &&
		    !tok_is(text, &tv[k + 1], legal_forms) &&
		    (tv[k + 1].f & TK_WORD)) {
			take_run(d, si, a, k + 1, headline);
			/* (not "of" of "Tellco Inc of Carrow") */
			for (k++; k < b && is_connector(text, &tv[k]); k++)
				;
			if (k < b)
				take_run(d, si, k, b, headline);
			return;
		}
	/* a team named by its town, then its league: "the Tellby Rovers of
	 * the Carrow League" is the team and the league */
	if ((k = team_of_league(text, tv, a, b)) != 0) {
		take_run(d, si, a, k, headline);
		for (k++; k < b && (tok_eq(text, &tv[k], "of") ||
		    tok_eq(text, &tv[k], "the")); k++)
			;
		if (k < b)
			take_run(d, si, k, b, headline);
		return;
	}
	/* a thing written with an ampersand, not a firm's initials: "R&B",
	 * "R&D", "a B&B", "a Q&A" */
	if (b - a == 1 && tok_is(text, &tv[a], amp_nouns))
		return;
	/* a member's or a founder's word and "of", or a thing's acronym and
	 * "of" or "for", open no name; what follows is a name of its own:
	 * "the Member of the Carrow Assembly", "a Co-founder of Tellco", "a
	 * 2.47 ERA for Carrow", "the DNA of Tom Hale", "MVP of the Carrow
	 * League" */
	if (b - a >= 3 && ((tok_is(text, &tv[a], member_heads) &&
	    tok_eq(text, &tv[a + 1], "of")) || (tok_is(text, &tv[a],
	    common_acronyms) && !is_title(text, &tv[a]) &&
	    (tok_eq(text, &tv[a + 1], "of") || tok_eq(text, &tv[a + 1],
	    "for"))))) {
		k = a + 2 + (tok_eq(text, &tv[a + 2], "the") && b - a >= 4);
		take_run(d, si, k, b, headline);
		return;
	}
	/* one honoured by a hall of fame, then his or her name: "Hall of
	 * Famer Tom Hale", "Hall of Fame Finger-picker Ana Ruiz" */
	if (b - a >= 5 && tok_eq(text, &tv[a], "Hall") && tok_eq(text,
	    &tv[a + 1], "of") && (tok_eq(text, &tv[a + 2], "Famer") ||
	    (tok_eq(text, &tv[a + 2], "Fame") && hyphen_common(text,
	    &tv[a + 3], true)))) {
		take_run(d, si, a + 3 + tok_eq(text, &tv[a + 2], "Fame"), b,
		    headline);
		return;
	}
	/* a people's name in the plural, then what they stand for or
	 * against: a body ("Carrowans for Fair Fares", "Tellbians Against
	 * Tolls") */
	if (b - a >= 3 && (tok_eq(text, &tv[a + 1], "for") ||
	    tok_eq(text, &tv[a + 1], "For") || tok_eq(text, &tv[a + 1],
	    "Against")) && text[tv[a].e - 1] == 's' &&
	    lex_label(tok_fold(text, &tv[a])) == T_NORP &&
	    capword(text, &tv[b - 1])) {
		add_span(d, si, a, b, T_ORG, true, headline);
		return;
	}
	/* a band's name after the word: "industrial band Killing Joke" */
	if (!headline && a > 0 && band_named(text, tv, a, b)) {
		d->told = true;
		add_span(d, si, a, b, T_ORG, false, false);
		return;
	}
	/* a byline: "By Maria Okafor, Staff Reporter" */
	if (a == 1 && b - a >= 2 && b - a <= 3 && tv[0].e - tv[0].s == 2 &&
	    memcmp(text + tv[0].s, "By", 2) == 0 &&
	    lex_label(span_fold(text, tv, a, b)) ==
	    T_NONE) {
		add_span(d, si, a, b, T_PERSON, true, false);
		return;
	}
	/* "Bonn-based Tillax", "Santa Fe-based Tillax": the place, then
	 * the name it describes */
	for (j = a; j + 1 < b && j < a + 3 && place_adjective(text, &tv[j]) ==
	    0; j++)
		;
	if (j + 1 < b && place_adjective(text, &tv[j]) != 0 &&
	    place_adjective(text, &tv[b - 1]) == 0) {
		take_run(d, si, a, j + 1, headline);
		take_run(d, si, j + 1, b, headline);
		return;
	}
	/* "London-based", "Northern Ireland-born": the place, without the
	 * adjective's ending */
	if ((hy = place_adjective(text, &tv[b - 1])) != 0 && hy > tv[a].s) {
		f = lex_get_fold(text + tv[a].s, hy - tv[a].s);
		if (lex_label(f) == T_GPE || lex_label(f) == T_LOC ||
		    lex_label(f) == T_ORG) {
			add_span(d, si, a, b, lex_label(f), true, headline);
			d->sp[d->nsp - 1].e = hy;
			return;
		}
		/* "Ana Vetter of Bonn-based": the words before are a name
		 * of their own */
		f = b - a >= 2 && hy > tv[b - 1].s ? lex_get_fold(text +
		    tv[b - 1].s, hy - tv[b - 1].s) : 0;
		if (lex_label(f) == T_GPE || lex_label(f) == T_LOC ||
		    lex_label(f) == T_ORG) {
			for (k = b - 1; k > a && is_connector(text, &tv[k - 1]);
			    k--)
				;
			if (k > a)
				take_run(d, si, a, k, headline);
			add_span(d, si, b - 1, b, lex_label(f), true, headline);
			d->sp[d->nsp - 1].e = hy;
		}
		return;
	}
	/* "Pop Idol-style", "World Cup-winning": a name made an adjective
	 * of likeness or of a prize is none, but a known place's or
	 * body's ("Hollywood-style") and a person's named in full keep
	 * the name */
	if ((hy = adjective_hyphen(text, &tv[b - 1], like_adj)) != 0 &&
	    hy > tv[a].s) {
		f = lex_get_fold(text + tv[a].s, hy - tv[a].s);
		if (lex_label(f) == T_GPE || lex_label(f) == T_LOC ||
		    lex_label(f) == T_ORG) {
			add_span(d, si, a, b, lex_label(f), true, headline);
			d->sp[d->nsp - 1].e = hy;
		} else if (b - a == 2 && (tok_lex(text, &tv[a]) & LX_FIRST) &&
		    !tok_word(text, &tv[a])) {
			/* a person named in full: "a Janet Jackson-style
			 * show" */
			add_span(d, si, a, b, T_PERSON, false, headline);
			d->sp[d->nsp - 1].e = hy;
		}
		return;
	}
	/* whole run known? */
	f = span_fold(text, tv, a, b);
	/* a town's name that a firm or a club bears, where context says
	 * which: "the agrochemical giant Monsanto", "Chelsea boss" */
	if ((f & (LX_CITY | LX_COUNTRY)) == LX_CITY && !headline && ((a > 0 &&
	    (tv[a - 1].f & TK_LOWER) && tok_is(text, &tv[a - 1], org_nouns)) ||
	    (b + 1 < d->nt[si] && tok_is(text, &tv[b], firm_marks)))) {
		d->told = true;
		add_span(d, si, a, b, T_ORG, true, false);
		return;
	}
	if (lex_label(f) != T_NONE) {
		add_span(d, si, a, b, lex_label(f), true, headline);
		return;
	}
	/* the head of an organisation's name in another language opens
	 * it: "Banco Tellez", "Instituto Carrow", "Partido Verde" */
	if (b - a >= 2 && !headline && tok_is(text, &tv[a], foreign_heads)) {
		add_span(d, si, a, b, T_ORG, true, false);
		return;
	}
	/* a region named by a word and a point of the compass: "the Old
	 * West", "the Wild North"; not a person ("Tomas North") */
	if (b - a == 2 && !headline && tok_is(text, &tv[b - 1], compass_end) &&
	    !(tok_lex(text, &tv[a]) & (LX_FIRST |
	    LX_NORP)) && !is_title(text, &tv[a]) && (tok_word(text, &tv[a]) || lex_label(tok_fold(text, &tv[a])) == T_LOC)) {
		add_span(d, si, a, b, T_LOC, true, false);
		return;
	}
	/* a town named with its kind: "City of Tellby", "Port of Carrow" */
	if (b - a >= 3 && !headline && tok_eq(text, &tv[a + 1], "of") &&
	    tok_is(text, &tv[a], town_kinds) && capword(text, &tv[a + 2]) &&
	    !org_end(text, &tv[b - 1])) {
		add_span(d, si, a, b, tok_eq(text, &tv[a], "Port") ? T_LOC :
		    T_GPE, true, false);
		return;
	}
	/* "The Church of Carrow", "the Harbour Guild": the article is no
	 * part */
	if (b - a >= 2 && !headline && (tok_eq(text, &tv[a], "the") ||
	    (tok_eq(text, &tv[a], "The") && b - a >= 3 &&
	    !(tok_lex(text, &tv[a + 1]) &
	    LX_NORP)))) {
		take_run(d, si, a + 1, b, headline);
		return;
	}
	/* a point of the compass and a place, then "of" and another:
	 * "the North Shore of Oahu" is two places; not "the Central Bank
	 * of Carrow" */
	if (b - a >= 4 && tok_is(text, &tv[a], compass) &&
	    !org_end(text, &tv[b - 1])) {
		for (j = a + 1; j < b - 1 && j <= a + 3 &&
		    !tok_eq(text, &tv[j], "of"); j++)
			;
		if (j > a + 1 && j < b - 1 && j <= a + 3 &&
		    !org_end(text, &tv[j - 1]) &&
		    !tok_is(text, &tv[j - 1], org_head)) {
			take_run(d, si, a, j, headline);
			/* what the place is part of is a place too */
			j += 1 + (j + 2 < b && tok_eq(text, &tv[j + 1], "the"));
			f = span_fold(text, tv, j, b);
			if (lex_label(f) != T_NONE || b - j > 2)
				take_run(d, si, j, b, headline);
			else
				add_span(d, si, j, b, T_GPE, false, headline);
			return;
		}
	}
	/* a point of the compass and a place: "West Carrow", "North Shore" */
	if (b - a >= 2 && b - a <= 3 && tok_is(text, &tv[a], compass) &&
	    !org_end(text, &tv[b - 1]) &&
	    !event_end(text, &tv[b - 1]) &&
	    !tok_is(text, &tv[b - 1], compass_not)) {
		f = span_fold(text, tv, a + 1, b);
		if (lex_label(f) == T_GPE || lex_label(f) == T_LOC ||
		    lex_label(f) == T_NORP || (lex_label(f) == T_NONE &&
		    !headline)) {
			/* "West Indian", "North Africans": a people */
			add_span(d, si, a, b, lex_label(f) == T_NONE ? T_LOC :
			    lex_label(f), lex_label(f) != T_NONE, headline);
			return;
		}
	}
	/*
	 * A person of a firm or a country, or one speaking for it: "Ana
	 * Kerrigan of Tillet Bank", "Dario Veltri of the U.S.", "Ana Ruiz
	 * for Carrow Rail" are two names, not one organisation; but a
	 * given name may open a body's name: "the Victoria Hockey Club of
	 * Montreal" is a club and a city, "Victoria University of
	 * Wellington" (a body whose name goes on with "of") one name.
	 */
	if (!headline && b - a >= 4 && (tok_lex(text, &tv[a]) & LX_FIRST) && !tok_is(text, &tv[a], compass))
		for (j = a + 2; j < b - 1 && j <= a + 4; j++) {
			if (!tok_eq(text, &tv[j], "of") && !tok_eq(text,
			    &tv[j], "for"))
				continue;
			if (!org_end(text, &tv[j - 1])) {
				person_of(d, si, a, j, b);
				return;
			}
			if (tok_is(text, &tv[j - 1], org_head))
				break;
			add_span(d, si, a, j, T_ORG, true, false);
			take_run(d, si, tok_eq(text, &tv[j + 1], "the") &&
			    j + 2 < b ? j + 2 : j + 1, b, false);
			return;
		}
	/*
	 * A name and a country: two unknown names are a person ("Oszkar
	 * Tellig of Hungary"); one name is a club or a firm ("Vexmoor of
	 * Germany"), and so is one ending in a legal form ("Hollin Motor
	 * Corp of South Korea")
	 */
	if (!headline && b - a >= 3 && b - a <= 8) {
		for (j = a + 1; j < b - 1 && j <= a + 4; j++)
			if (tok_eq(text, &tv[j], "of"))
				break;
		if (j < b - 1 && j <= a + 4 && (span_fold(text, tv, j + 1, b) & LX_COUNTRY) &&
		    ((j == a + 1 && !tok_word(text, &tv[a]) && !(tok_lex(text, &tv[a]) & (LX_COUNTRY | LX_FIRST | LX_NORP)) &&
		    !tok_is(text, &tv[a], org_head) &&
		    !is_title(text, &tv[a])) ||
		    tok_is(text, &tv[j - 1], legal_forms))) {
			add_span(d, si, a, j, T_ORG, j > a + 1, false);
			take_run(d, si, j + 1, b, false);
			return;
		}
		if (j < b - 1 && j >= a + 2 && j <= a + 3 &&
		    (span_fold(text, tv, j + 1, b) & LX_COUNTRY)) {
			for (i = a; i < j && tok_lex(text, &tv[i]) == 0 && !tok_word(text, &tv[i]) &&
			    !org_end(text, &tv[i]) &&
			    !tok_is(text, &tv[i], org_head); i++)
				;
			if (i == j) {
				person_of(d, si, a, j, b);
				return;
			}
		}
	}
	if (headline && b - a > 1) {
		/* in a headline every word is capitalised: cut at common words */
		for (i = a; i < b; i++) {
			if (tok_word(text, &tv[i]) &&
			    lex_label(tok_fold(text, &tv[i])) == T_NONE &&
			    !(tok_lex(text, &tv[i]) &
			    LX_FIRST) && !(tv[i].f & TK_ALLCAPS))
				break;
		}
		if (i < b) {
			if (i > a)
				take_run(d, si, a, i, true);
			for (j = i + 1; j < b && !capword(text, &tv[j]); j++)
				;
			if (j < b)
				take_run(d, si, i + 1, b, true);
			return;
		}
	}
	if (headline && (tv[a].f & TK_ALLCAPS)) {
		/* all capitals: only lexicon names */
		for (i = a; i < b; i++) {
			if (!(tv[i].f & TK_WORD))
				continue;
			for (j = b < i + 4 ? b : i + 4; j > i + 1; j--) {
				f = span_fold(text, tv, i, j);
				if (lex_label(f) != T_NONE)
					break;
			}
			if (j == i + 1)
				f = tok_fold(text, &tv[i]);
			/* a given name and a surname nobody knows: "TOMAS
			 * OKORO WINS" */
			if (j == i + 1 && lex_label(f) == T_NONE && (f &
			    LX_FIRST) && i + 1 < b && (tv[i + 1].f & TK_WORD) &&
			    !(tv[i + 1].f & TK_HYPHEN) &&
			    !tok_word(text, &tv[i]) &&
			    tok_fold(text, &tv[i + 1]) == 0 && !tok_word(text, &tv[i + 1])) {
				add_span(d, si, i, i + 2, T_PERSON, true, true);
				i++;
				continue;
			}
			add_span(d, si, i, j, lex_label(f),
			    lex_label(f) != T_NONE, true);
			i = j - 1;
		}
		return;
	}
	/* a title of an organisation: "Secretary of the Carrow Department
	 * of Public Safety" is the department */
	if (b - a >= 4 && is_title(text, &tv[a]) &&
	    tok_eq(text, &tv[a + 1], "of") && tok_eq(text, &tv[a + 2], "the")) {
		for (i = a + 3; i < b && !org_end(text, &tv[i]); i++)
			;
		if (i < b) {
			take_run(d, si, a + 3, b, headline);
			return;
		}
	}
	/* a title alone is no name: "the Secretary of State", "the Minister
	 * of the Interior" */
	if (b - a >= 3 && is_title(text, &tv[a])) {
		bool of = false;

		for (i = a + 1; i < b; i++)
			if (tok_eq(text, &tv[i], "of"))
				of = true;
			else if (!tok_eq(text, &tv[i], "the") &&
			    !tok_eq(text, &tv[i], "State") &&
			    !is_title(text, &tv[i]))
				break;
		if (i == b && of)
			return;
	}
	/* a title of a place or a body, and no person: "the Mayor of
	 * Tellby" is the town, "the Governor General of Carrow" the
	 * country, "the President of the Carrow Chamber of Commerce" the
	 * chamber */
	for (i = a; i < b && is_title(text, &tv[i]); i++)
		;
	if (i > a && i + 1 < b && tok_eq(text, &tv[i], "of") && !headline) {
		j = i + 1 + (i + 2 < b && tok_eq(text, &tv[i + 1], "the"));
		if (j < b && !tok_eq(text, &tv[j], "State") &&
		    !is_title(text, &tv[j]) && !tok_is(text, &tv[j], compass) &&
		    (tok_lex(text, &tv[b - 1]) &
		    (LX_FIRST | LX_GPE)) != LX_FIRST && ((b - j <= 2 &&
		    !is_title(text, &tv[b - 1])) || (b - j > 2 &&
		    body_named(text, tv, j, b)))) {
			f = span_fold(text, tv, j, b);
			if (lex_label(f) == T_NONE && tok_is(text, &tv[i - 1],
			    place_titles))
				add_span(d, si, j, b, T_GPE, false, false);
			else
				take_run(d, si, j, b, false);
			return;
		}
	}
	/* a division named after a title: "Prince Carrow County",
	 * "Queen Tellby County" */
	if (b - a >= 2 && b - a <= 3 && is_title(text, &tv[a]) &&
	    tok_is(text, &tv[b - 1], gpe_tail)) {
		add_span(d, si, a, b, T_GPE, true, headline);
		return;
	}
	/* a body's name goes on past "of" or "for" through words that are
	 * titles only before another ("the Institute for Economic Growth",
	 * "the Council of Economic Advisers"), up to a title of its own
	 * with a name after it ("the Department of Health Secretary Ana
	 * Ruiz"; "the Office of the Deputy Prime Minister" is one name) */
	for (k = a + 1; k + 1 < b; k++)
		if ((tok_eq(text, &tv[k], "of") || tok_eq(text, &tv[k],
		    "for")) && tok_is(text, &tv[k - 1], org_head))
			break;
	if (k + 1 < b && !headline) {
		for (j = k + 1; j < b && !(is_title(text, &tv[j]) &&
		    !tok_is(text, &tv[j], title_mods)) && !(tok_lex(text, &tv[j]) & LX_FIRST); j++)
			if (tok_eq(text, &tv[j], "of") || tok_eq(text, &tv[j],
			    "for"))
				break;
		for (i = k + 1; i < j && !tok_is(text, &tv[i], title_mods);
		    i++)
			;
		if (i < j && (j == b || (j > k + 1 && j + 1 < b &&
		    is_title(text, &tv[j]) && !is_title(text, &tv[j + 1]) &&
		    capword(text, &tv[j + 1])))) {
			/* a people's word before a state's body is apart:
			 * "Carrowan Ministry of Economic Affairs" */
			i = a;
			if (k - 1 > a && tok_is(text, &tv[k - 1],
			    state_bodies) && (lex_get_fold(text + tv[a].s,
			    tv[k - 2].e - tv[a].s) & LX_NORP)) {
				add_span(d, si, a, k - 1, T_NORP, true, false);
				i = k - 1;
			}
			add_span(d, si, i, j, T_ORG, true, false);
			if (j < b)
				take_run(d, si, j, b, headline);
			return;
		}
	}
	/* a party's, a people's or a place's word before a title that
	 * ends the run names no one: "the Tory MP", "a Labour MEP" (but
	 * "Georgia King" may be a person: a place's word that is a given
	 * name too is left to the rules below) */
	j = a + (b - a >= 3 && (tok_eq(text, &tv[a], "The") ||
	    tok_eq(text, &tv[a], "A")));
	if (b - j >= 2 && !headline && tok_is(text, &tv[b - 1],
	    person_posts) && !is_title(text, &tv[b - 2])) {
		f = lex_get_fold(text + tv[j].s, tv[b - 2].e - tv[j].s);
		l = lex_label(f);
		if (l == T_NORP || ((l == T_ORG || l == T_GPE) &&
		    !(f & LX_FIRST))) {
			add_span(d, si, j, b - 1, l, true, false);
			return;
		}
	}
	/* a name after a noun for a firm or a body that words before
	 * describe, though it opens with a given name: "US mortgage company
	 * Fannie Mae", "investment bank Merrill Lynch" (not "the company Tom
	 * Hale founded", nor a title: "central bank Governor Tom Hale") */
	if (!headline && a >= 2 && b - a <= 3 && (tv[a - 1].f & TK_LOWER) &&
	    tok_is(text, &tv[a - 1], body_nouns) && (tv[a - 2].f & TK_WORD) &&
	    !tok_is_fold(text, &tv[a - 2], function_words) &&
	    !is_title(text, &tv[a]) &&
	    (tok_lex(text, &tv[a]) & LX_FIRST) &&
	    lex_label(span_fold(text, tv, a, b)) == T_NONE) {
		d->told = true;	/* and so wherever the document names it */
		add_span(d, si, a, b, T_ORG, true, headline);
		return;
	}
	/* a modifier of titles, then a name that a firm's word after the
	 * run says is the firm's: "Former Tellco boss Tom Hale", "Acting
	 * Tellco chief executive Ana Ruiz" */
	if (b - a >= 2 && b < d->nt[si] && tok_is(text, &tv[a], title_mods) &&
	    (tv[b].f & TK_LOWER) && firm_word_at(text, tv, d->nt[si], b)) {
		for (i = a + 1; i < b && !is_title(text, &tv[i]); i++)
			;
		if (i == b) {
			take_run(d, si, a + 1, b, headline);
			return;
		}
	}
	/* titles: "US Secretary of State Antony Blinken" */
	for (i = a; i < b; i++) {
		if (is_title(text, &tv[i])) {
			if (first_title == (size_t)-1)
				first_title = i;
			last_title = i;
		} else if (first_title != (size_t)-1 && !(tv[i].e - tv[i].s ==
		    2 && memcmp(text + tv[i].s, "of", 2) == 0) &&
		    !(tv[i].e - tv[i].s == 5 && memcmp(text + tv[i].s, "State",
		    5) == 0) && !(tok_lex(text, &tv[i]) &
		    (LX_GPE | LX_NORP))) {
			/* a place of more words between titles: "Former
			 * South Carolina Gov. Ana Ruiz" */
			for (k = i + 2; k < b && k <= i + 3 && !is_title(text,
			    &tv[k]); k++)
				;
			if (k < b && k <= i + 3 && (lex_label(span_fold(text,
			    tv, i, k)) == T_GPE || lex_label(span_fold(text,
			    tv, i, k)) == T_NORP)) {
				i = k - 1;
				continue;
			}
			break;
		}
	}
	/* "Major League Baseball": an organisation's word after the title
	 * word makes no person, unless another title follows it ("Carrow
	 * Supreme Court Justice Frank Delvane": the title is "Justice");
	 * one after "of" is where the person works ("President Ana Kerrigan
	 * of the Carrow Party") */
	for (i = last_title == (size_t)-1 ? b : last_title + 1; i < b &&
	    !org_end(text, &tv[i]); i++)
		if (i > last_title + 1 && tok_eq(text, &tv[i], "of")) {
			i = b;
			break;
		}
	if (i < b) {
		for (j = i + 1; j < b && !is_title(text, &tv[j]); j++)
			;
		if (j < b) {
			first_title = last_title = j;
			while (last_title + 1 < b && is_title(text,
			    &tv[last_title + 1]))
				last_title++;
			i = b;
		} else if (last_title != (size_t)-1 && first_title == a &&
		    i > last_title && lex_label(lex_get_fold(text + tv[a].s,
		    tv[i].e - tv[a].s)) == T_NONE) {
			/* the whole run is the organisation: "Major League
			 * Hockey", "Queen Mary Hospital Trust" */
			add_span(d, si, a, b, T_ORG, true, headline);
			return;
		}
	}
	/* no person after the title where a plural abstract noun ends the
	 * run: "the Council on Foreign Relations" */
	if (last_title != (size_t)-1 && last_title + 1 < b && i == b &&
	    !event_end(text, &tv[b - 1]) &&
	    !tok_eq(text, &tv[last_title + 1], "and") &&
	    !abstract_noun(text, &tv[b - 1])) {
		j = last_title + 1;
		/* "of State", "of the Interior" after the title belong to
		 * it */
		if (j + 1 < b && tv[j].e - tv[j].s == 2 &&
		    memcmp(text + tv[j].s, "of", 2) == 0) {
			/* "Director of the National Iodine Study": after
			 * "of the" a body, unless a given name or a word no
			 * list knows follows (below) */
			bool the = tok_eq(text, &tv[j + 1], "the");

			j += j + 2 < b && the && is_title(text, &tv[j + 2]) ?
			    3 : 2;
			/* and the rest of a portfolio of more words, up to
			 * a given name: "Secretary of Homeland Security Ana
			 * Ruiz" */
			for (k = j; k + 1 < b && k < j + 3 &&
			    !(tok_lex(text, &tv[k]) &
			    LX_FIRST) && tok_word(text, &tv[k]); k++)
				;
			if (k + 1 < b && k + 3 >= b && (tok_lex(text, &tv[k]) & LX_FIRST)) {
				/* a chamber there is named: "Speaker of
				 * the House Tom Hale" */
				if (k == j + 1 && tok_is(text, &tv[j],
				    legislatures))
					add_span(d, si, j, k, T_ORG, true,
					    false);
				j = k;
			} else if (the && j < b && !(tok_lex(text, &tv[j]) &
			    LX_FIRST)) {
				/* (only words of the dictionary or of the
				 * lexicon: "Speaker of the House Newt
				 * Gingrich" names a person, below) */
				for (k = j; k < b && (tok_word(text, &tv[k]) ||
				    lex_label(tok_fold(text, &tv[k])) !=
				    T_NONE); k++)
					;
				if (k == b) {
					take_run(d, si, j, b, false);
					return;
				}
			}
		}
		if (j < b) {
			/* the prefix before the titles: "US", "Chinese",
			 * "South Carolina" */
			f = first_title > a + 1 ? span_fold(text, tv, a, first_title) : 0;
			if (lex_label(f) != T_NONE)
				add_span(d, si, a, first_title, lex_label(f),
				    true, false);
			else {
				/* an organisation ("Bonn Supreme Court"),
				 * or the names among the words */
				l = first_title > a + 1 ? classify(d, si, a,
				    first_title, &strong) : T_NONE;
				if (l == T_ORG && strong)
					add_span(d, si, a, first_title, l,
					    true, false);
				else
					for (i = a; i < first_title; i++) {
						f = tok_fold(text, &tv[i]);
						if (lex_label(f) != T_NONE)
							add_span(d, si, i,
							    i + 1, lex_label(f),
							    true, false);
					}
			}
			/* a place between the titles: "Former Texas Gov.
			 * Ana Ruiz", "Acting Carrow Police Chief" */
			for (i = first_title + 1; i < last_title; i = k) {
				for (k = i; k < last_title && !is_title(text,
				    &tv[k]) && !tok_eq(text, &tv[k], "of"); k++)
					;
				if (k == i) {
					k++;
					continue;
				}
				f = span_fold(text, tv, i, k);
				if (lex_label(f) == T_GPE || lex_label(f) == T_NORP)
					add_span(d, si, i, k, lex_label(f), true,
					    false);
			}
			/* "MP for Carrow", "Minister for Europe Ana
			 * Ruiz": the names after "for" */
			if (j + 1 < b && tok_eq(text, &tv[j], "for")) {
				f = tok_fold(text, &tv[j + 1]);
				if (j + 2 < b && (lex_label(f) == T_GPE ||
				    lex_label(f) == T_LOC)) {
					add_span(d, si, j + 1, j + 2,
					    lex_label(f), true, false);
					take_run(d, si, j + 2, b, false);
				} else
					take_run(d, si, j + 1, b, false);
				return;
			}
			/* a common word between the title and a person
			 * named in full belongs to the title: "Miss Harvest
			 * Ana Ruiz" */
			for (k = j + 1; k < b && !is_title(text, &tv[k]); k++)
				;
			if (b - j >= 3 && k == b && tok_word(text, &tv[j]) && !(tok_lex(text, &tv[j]) & LX_FIRST) &&
			    !tok_is(text, &tv[j], compass) && (tok_lex(text, &tv[j + 1]) & LX_FIRST))
				j++;
			/* "Former Italian international": a people or a
			 * place after the title, not a person */
			f = span_fold(text, tv, j, b);
			/* but not a town's name that is also a given name:
			 * "Queen Adelaide", nor a place's name after a peer's
			 * rank, which is the peer's ("Baroness Scotland") */
			if ((lex_label(f) == T_NORP || (lex_label(f) == T_GPE &&
			    (f & (LX_FIRST | LX_COUNTRY)) != LX_FIRST)) &&
			    !(j == last_title + 1 && b - j == 1 &&
			    tok_is(text, &tv[last_title], peer_ranks))) {
				add_span(d, si, j, b, lex_label(f), true, false);
				return;
			}
			/* a known body after a title's modifier: "Former
			 * Labour prime minister" (not "President Ford") */
			if (lex_label(f) == T_ORG && !(f & LX_FIRST) &&
			    tok_is(text, &tv[last_title], title_mods)) {
				add_span(d, si, j, b, T_ORG, true, false);
				return;
			}
			/* a body, a place or an event after the title:
			 * "Former Downing Street media chief"; not a name
			 * that opens with a given name ("Dame Barbara
			 * Castle") or goes on with "of" (below) */
			for (k = j; k < b && !tok_eq(text, &tv[k], "of"); k++)
				;
			if (b - j >= 2 && k == b && !(tok_lex(text, &tv[j]) & LX_FIRST) &&
			    (org_end(text, &tv[b - 1]) ||
			    event_end(text, &tv[b - 1]) ||
			    tok_is(text, &tv[b - 1], place_tail))) {
				take_run(d, si, j, b, false);
				return;
			}
			/* "Representative Ana Kerrigan of Ottawa" */
			for (i = j + 1; i + 1 < b && i <= j + 4; i++)
				if (tok_eq(text, &tv[i], "of")) {
					person_of(d, si, j, i, b);
					return;
				}
			/* a body's word between the title and a person
			 * named in full: "Speaker of the House Newt
			 * Gingrich" */
			if (b - j >= 3 && b - j <= 4 && (org_end(text, &tv[j]) ||
			    tok_is(text, &tv[j], org_head)) &&
			    ((tok_lex(text, &tv[j + 1]) & LX_FIRST) ||
			    given_shape(text, &tv[j + 1])) &&
			    !tok_word(text, &tv[b - 1]) &&
			    !org_end(text, &tv[b - 1])) {
				add_span(d, si, j, j + 1, T_ORG, true, false);
				add_span(d, si, j + 1, b, T_PERSON, true, false);
				return;
			}
			/* "the Army of the North", "a Grand Compact": no
			 * person */
			if (b - j > 1 || (!tok_is(text, &tv[j], compass) &&
			    !(tok_is(text, &tv[last_title], title_mods) &&
			    tok_word(text, &tv[j]) &&
			    !(tok_lex(text, &tv[j]) &
			    LX_FIRST))))
				add_span(d, si, j, b, T_PERSON, true, false);
			return;
		}
	}
	/* a people's word and a state's form: "the Estonian Republic" */
	if (b - a == 2 && !headline && (tok_fold(text, &tv[a]) & LX_NORP) && tok_is(text, &tv[b - 1],
	    state_forms)) {
		add_span(d, si, a, b, T_GPE, true, false);
		return;
	}
	/* peoples' words together are one people: "Syrian Kurds", "Irish
	 * Catholics", "Liberal Democrat" */
	if (!headline && b - a >= 2 && b - a <= 3) {
		for (i = a; i < b && (tok_fold(text, &tv[i]) & (LX_NORP | LX_GPE | LX_FIRST)) ==
		    LX_NORP; i++)
			;
		if (i == b) {
			add_span(d, si, a, b, T_NORP, true, false);
			return;
		}
	}
	/* a place, then a people or party word: "Kent County Republican" */
	if (!headline && b - a >= 2 && b - a <= 4) {
		f = tok_fold(text, &tv[b - 1]);
		/* a plural is a team, not a people: "Carrow Indians" */
		if ((f & LX_NORP) && !(f & (LX_FIRST | LX_ORG | LX_GPE)) &&
		    text[tv[b - 1].e - 1] != 's' &&
		    classify_place(d, si, a, b - 1)) {
			take_run(d, si, a, b - 1, false);
			add_span(d, si, b - 1, b, T_NORP, true, false);
			return;
		}
	}
	/* a body named by its head and "of", then a person named in full:
	 * "Student at University of Carrow Ana Ruiz" is the university and
	 * Ana Ruiz */
	if (!headline && b - a >= 3 && (k = org_person_split(text, tv, a,
	    b)) != 0) {
		take_run(d, si, a, k, false);
		add_span(d, si, k, b, T_PERSON, true, false);
		return;
	}
	/* a known place or group, then a name: "United States Dario
	 * Veltri"; but "Carrow Stock Exchange", "Carrow Open" are one name */
	for (j = b - 1 < a + 4 ? b - 1 : a + 4; j > a + 1 &&
	    !org_end(text, &tv[b - 1]) &&
	    !event_end(text, &tv[b - 1]); j--) {
		f = span_fold(text, tv, a, j);
		/* a body named with its place: "Carrow Valley League of
		 * Voters", "New Tellby Department of Health"; but a people's
		 * word before a state's body is no part of it ("South
		 * Carrowan Ministry of Defence") */
		if (j + 1 < b && body_prep(text, &tv[j + 1]) &&
		    (org_end(text, &tv[j]) || tok_is(text, &tv[j], org_head)) &&
		    (!(f & LX_NORP) || !tok_is(text, &tv[j], state_bodies)))
			continue;
		if ((f & (LX_GPE | LX_NORP | LX_ORG)) && capword(text, &tv[j])) {
			/* a team: "Carrow City Rovers" */
			if (j + 1 == b && text[tv[j].e - 1] == 's' &&
			    (f & LX_GPE) && (tok_lex(text, &tv[j]) & ~(unsigned)LX_NORP) == 0) {
				add_span(d, si, a, b, T_ORG, false, headline);
				return;
			}
			add_span(d, si, a, j, lex_label(f), true, headline);
			take_run(d, si, j, b, headline);
			return;
		}
	}
	/* a known organisation before common words: "the Google Summer
	 * Fair"; but one of its bodies is it: "the Senate Committee on
	 * Ethics" */
	if (b - a >= 2 && (tok_fold(text, &tv[a]) &
	    LX_ORG)) {
		for (j = a + 1; j < b && (!(tv[j].f & TK_WORD) ||
		    tok_word(text, &tv[j])); j++)
			if (org_end(text, &tv[j]) || tok_is(text, &tv[j],
			    org_head)) {
				add_span(d, si, a, b, T_ORG, true, headline);
				return;
			}
		if (j == b) {
			add_span(d, si, a, a + 1, T_ORG, true, headline);
			return;
		}
	}
	/* a role in common words before a person named in full: "Coroner
	 * Tom Hale", "Ferry Pilot Ana Vetter"; not inside a place's or an
	 * organisation's name ("Royal Albert Hall") */
	if (!headline && b - a >= 3 && !org_end(text, &tv[b - 1]) &&
	    !tok_is(text, &tv[b - 1], place_tail) &&
	    !event_end(text, &tv[b - 1])) {
		for (j = a; j < b - 2 && j < a + 3 && role_word(text, &tv[j]);
		    j++)
			;
		/* the name: a given name, then initials or words that are
		 * no common words ("Grant Hill Lodge", "Red Cross" are no
		 * one) */
		for (i = j + 1; i < b && capword(text, &tv[i]) &&
		    (text[tv[i].e - 1] == '.' || !tok_word(text, &tv[i])); i++)
			;
		if (j > a && j + 1 < b && i == b && (tok_lex(text, &tv[j]) & LX_FIRST)) {
			take_run(d, si, j, b, false);
			return;
		}
	}
	/* a leading nationality or place before a name: "Chinese officials",
	 * "the Italian Court of Cassation", "Arab West Bank villages";
	 * not before an organisation's own name: "American Mathematical
	 * Society", "Carrow League of Voters", nor a contest's: "the Danish
	 * Open" */
	for (i = a + 1; i + 1 < b && !(body_prep(text, &tv[i + 1]) &&
	    (org_end(text, &tv[i]) ||
	    tok_is(text, &tv[i], org_head)) &&
	    !tok_is(text, &tv[i], state_bodies)); i++)
		;
	rest = b - a >= 2 ? lex_label(span_fold(text, tv, a + 1, b)) : T_NONE;
	if (b - a >= 2 && (!org_end(text, &tv[b - 1]) ||
	    rest == T_GPE || rest == T_LOC) && i + 1 >= b &&
	    !tok_is(text, &tv[b - 1], contests)) {
		f = tok_fold(text, &tv[a]);
		/* a people's word that is also a given name before a
		 * person named in full: "Tory Liam Fox" */
		if (((f & LX_NORP) && (!(f & (LX_FIRST | LX_ORG)) ||
		    ((f & (LX_FIRST | LX_ORG)) == LX_FIRST && b - a >= 3 &&
		    (tok_lex(text, &tv[a + 1]) &
		    LX_FIRST)))) ||
		    ((f & LX_GPE) && !(f & LX_FIRST) && rest != T_NONE)) {
			add_span(d, si, a, a + 1, lex_label(f), true, false);
			take_run(d, si, a + 1, b, false);
			return;
		}
	}
	l = classify(d, si, a, b, &strong);
	add_span(d, si, a, b, l, strong && !headline, headline);
}

static bool
is_connector(const char *text, const struct tok *tk)
{
	return (tk->f & (TK_LOWER | TK_WORD)) == (TK_LOWER | TK_WORD) ?
	    in(connectors, text + tk->s, tk->e - tk->s) :
	    (tk->e - tk->s == 1 && text[tk->s] == '&');
}

/*
 * Prefixes that make a common word of what follows their hyphen when the
 * word opens a run of capitals: "Co-founder of ...", "Ex-wife ...",
 * "Pre-tax ..." (but "Jae-in", "Heung-min" are given names, and inside a
 * name the word is the name's: "the Carrow Economic Co-operation
 * Council").
 */
static const char *const hyphen_prefixes[] = {
	"Co", "Ex", "Anti", "Pro", "Non", "Post", "Pre", "Self", "Well",
	"Mid", "Multi", "Semi", "Sub", "Super", "Inter", "Counter", "Over",
	"Under", "Cross", "Half", "Re", NULL
};

/*
 * A capital, a hyphen and a lower-case word: with one letter before the
 * hyphen a common noun anywhere ("T-shirt", "X-ray", "U-turn"); with a
 * prefix before it (a), or a common word after the last hyphen, one only
 * where it opens a run.
 */
static bool
hyphen_common(const char *text, const struct tok *tk, bool opens)
{
	const char *s = text + tk->s, *h, *first;
	size_t n = tk->e - tk->s;

	/* the tokenizer marks a hyphen inside the word, between letters */
	if (!(tk->f & TK_HYPHEN) || (h = memchr(s, '-', n)) == NULL ||
	    h + 2 >= s + n)
		return false;
	/* "Co-operative Bank" is a name */
	if (h == s + 2 && h[1] == 'o' && h[2] == 'p')
		return false;
	if (!(h[1] >= 'a' && h[1] <= 'z'))
		return false;
	if (h == s + 1 || (opens && in(hyphen_prefixes, s, (size_t)(h - s))))
		return true;
	/* opening a run, a compound that ends in a common word of four
	 * letters or more: "Film-maker Spike Lee", "Oscar-winner Ana
	 * Ruiz", "Man-of-the-match Tom Hale", "Three-quarters" (not
	 * "Jae-in", "Heung-min") */
	first = h;
	for (h = s + n - 1; *h != '-'; h--)
		;
	/* but a place's or a body's name before it is kept apart:
	 * "Singapore-based", "UK-published" */
	return opens && s + n - h - 1 >= 4 && h[1] >= 'a' && h[1] <= 'z' &&
	    lex_is_word(h + 1, (size_t)(s + n - h - 1)) &&
	    lex_get_fold(s, n) == 0 && !(lex_get_fold(s, (size_t)(first - s)) &
	    (LX_GPE | LX_LOC | LX_NORP | LX_ORG));
}

/* The plural of an acronym, a common noun: "MPs", "NGOs", "CEOs". */
static bool
acronym_plural(const char *text, const struct tok *tk)
{
	size_t k;

	if (tk->e - tk->s < 3 || text[tk->e - 1] != 's')
		return false;
	for (k = tk->s; k + 1 < tk->e; k++)
		if (text[k] < 'A' || text[k] > 'Z')
			return false;
	return true;
}

static bool
capword(const char *text, const struct tok *tk)
{
	if (!(tk->f & TK_WORD))
		return false;
	if (tk->f & TK_CAP)
		return (tk->e - tk->s > 1 || (tk->f & TK_ALLCAPS)) &&
		    !in(stop, text + tk->s, tk->e - tk->s) &&
		    !hyphen_common(text, tk, false) &&
		    !acronym_plural(text, tk);
	/* "al-Qaeda", "bin Laden" style lower-case particles with a capital */
	return (tk->f & TK_LOWER) && tk->e - tk->s > 3 &&
	    text[tk->s + 2] == '-' &&
	    (unsigned char)text[tk->s + 3] >= 'A' &&
	    (unsigned char)text[tk->s + 3] <= 'Z';
}

/*
 * Is the sentence a headline: (almost) every long word capitalised?  A
 * full stop at the end makes it body text, except in a document's first
 * sentence where every long word is capitalised ("Ana Ruiz Takes On The
 * Old Guard."), as titles are written when a full stop is added to them.
 */
static bool
headline_case(const char *text, size_t len, struct tok *tv, size_t nt,
    bool first)
{
	size_t i, words = 0, caps = 0, allcaps = 0, maybe_small = 0, numbers = 0;
	bool endstop;
	static const char *const small[] = {
		"the", "and", "for", "nor", "but", "with", "from", "into", "onto",
		"over", "than", "that", NULL
	};

	/* a sentence that ends with a full stop is body text */
	for (i = len; i > 0 && strchr("\"')]' \t\n", text[i - 1]) != NULL &&
	    text[i - 1] != '\0'; i--)
		;
	endstop = (i > 0 && text[i - 1] == '.') || (i > 3 &&
	    memcmp(text + i - 3, "\xE2\x80\x9D", 3) == 0 && text[i - 4] == '.');
	for (i = 0; i < nt; i++) {
		if ((tv[i].f & TK_DIGIT) && (i == 0 || ++numbers >= 2))
			endstop = true;	/* a results line: "71 Dario Veltri" */
		if (!(tv[i].f & TK_WORD) || tv[i].e - tv[i].s < 3)
			continue;
		words++;
		if (tv[i].f & TK_CAP)
			caps++;
		if (tv[i].f & TK_ALLCAPS)
			allcaps++;
		if ((tv[i].f & TK_LOWER) && tv[i].e - tv[i].s <= 4)
			maybe_small++;
	}
	/*
	 * Small words do not count.  Only lower-case ones can be small, so
	 * when even leaving all of those out cannot make a headline, the
	 * list need not be asked (most body sentences).
	 */
	if (words - maybe_small < 2 || !(allcaps * 10 >= (words -
	    maybe_small) * 6 || ((!endstop || first) && caps * 100 >=
	    (words - maybe_small) * 85 && words - maybe_small <= 14)))
		return false;
	for (i = 0; i < nt; i++)
		if ((tv[i].f & TK_WORD) && (tv[i].f & TK_LOWER) &&
		    tv[i].e - tv[i].s >= 3 && tv[i].e - tv[i].s <= 4 &&
		    in(small, text + tv[i].s, tv[i].e - tv[i].s))
			words--;
	if (words < 2)
		return false;
	/* a name alone on its line, a byline or a signature: "Tomas
	 * Berg" */
	if (nt >= 2 && nt <= 3 && allcaps == 0 && (tok_lex(text, &tv[0]) & LX_FIRST)) {
		for (i = 0; i < nt && (tv[i].f & TK_CAP) && !tok_word(text, &tv[i]); i++)
			;
		if (i == nt)
			return false;
	}
	if (allcaps * 10 >= words * 6)
		return true;
	/* a list of names ("Ana Ruiz, Tom Berg, Li Wei") is no headline */
	for (i = 0, numbers = 0; i < nt; i++)
		if (tv[i].e - tv[i].s == 1 && text[tv[i].s] == ',')
			numbers++;
	return (!endstop || (first && caps >= words && words >= 5)) &&
	    numbers < 2 && caps * 100 >= words * 85 && words <= 14;
}

/*
 * Does the "and" at token j join the run [i, j) to more of one
 * organisation's name?  Only common words may follow it; yes where they
 * end with an organisation's word and the run is no name ending in one
 * ("Carrow Post and Telecommunications Administration"; not "Tillax and
 * Vexmoor Airport"), or where the run is an organisation's head and "of"
 * or "for" ("the Ministry of Trade and Industry"; not "the Bank of Carrow
 * and Tillax").
 * Returns the end of the name, 0 if not.
 */
static size_t
org_and(const char *text, const struct tok *tv, size_t nt, size_t i,
    size_t j)
{
	size_t k, m;
	bool head = false, common = true;
	enum label l = lex_label(span_fold(text, tv, i, j)), lk;

	/* words of the dictionary after "and", or places after a place:
	 * "the Birmingham and Midlands Institute" */
	for (k = j + 1; k < nt && k <= j + 3 && capword(text, &tv[k]) &&
	    !(tv[k].f & TK_ALLCAPS); k++) {
		lk = lex_label(tok_fold(text, &tv[k]));
		if (!tok_word(text, &tv[k]) || (lk != T_NONE &&
		    !((l == T_GPE || l == T_LOC) && (lk == T_GPE ||
		    lk == T_LOC))))
			common = false;
	}
	/* a line named for the towns at its ends: "the Tellby and
	 * Vexmoor Railway", "the Carrow and Harwick Canal" */
	if (k > j + 2 && !(k < nt && capword(text, &tv[k])) &&
	    tok_is(text, &tv[k - 1], line_tails))
		return k;
	if (k == j + 1 || (k < nt && capword(text, &tv[k])) || !common ||
	    (k == j + 2 && tok_is(text, &tv[j + 1], club_tail)))
		return 0;
	/* a body named already before "and" is one of two: "the IMF and
	 * World Bank", "Tillax and Vexmoor Bank" where a list knows Tillax
	 * for a firm (a town's name opens one: "the Tellby and Carrow
	 * Institute") */
	if ((j == i + 1 && (tv[i].f & TK_ALLCAPS)) || l == T_ORG)
		return 0;
	/* a run that is a firm's name of its own ends before "and"
	 * ("Tillax Securities and Vexmoor Holdings"), a firm's word alone
	 * does not ("the Securities and Exchange Commission") */
	if (org_end(text, &tv[k - 1]))
		return org_end(text, &tv[j - 1]) && j - 1 > i +
		    (tok_eq(text, &tv[i], "The") ? 1 : 0) ? 0 : k;
	for (m = i; m + 1 < j; m++)
		if (tok_is(text, &tv[m], org_head) &&
		    (tok_eq(text, &tv[m + 1], "of") ||
		    tok_eq(text, &tv[m + 1], "for")))
			head = true;
	return head ? k : 0;
}

/* A quotation mark that opens (open) or closes a nickname? */
static bool
nick_mark(const char *text, const struct tok *t, bool open)
{
	size_t n = t->e - t->s;

	if (n == 1)
		return text[t->s] == '"';
	return n == 3 && memcmp(text + t->s, open ? "\xE2\x80\x9C" :
	    "\xE2\x80\x9D", 3) == 0;
}

/*
 * After a given name at token i, and perhaps a middle name, ending at
 * token j - 1: a nickname in quotes and a surname ("Tomas \"The Hammer\"
 * Okoro", "Tomas Emil \"Cowboy\" Okoro").  Returns the end of the
 * surname's run of capitalised words, 0 if there is none.
 */
static size_t
nickname(const char *text, const struct tok *tv, size_t nt, size_t i,
    size_t j)
{
	size_t k;

	if (j >= nt || j - i > 2 || !nick_mark(text, &tv[j], true) ||
	    !(tok_lex(text, &tv[i]) & LX_FIRST) ||
	    (j - i == 2 && tok_word(text, &tv[i + 1])) || tv[j - 1].e != tv[j].s - 1)
		return 0;
	for (k = j + 1; k < nt && k <= j + 4 && (capword(text, &tv[k]) ||
	    (k > j + 1 && is_connector(text, &tv[k]))); k++)
		;
	if (k == j + 1 || k + 1 >= nt || !nick_mark(text, &tv[k], false) ||
	    !capword(text, &tv[k + 1]) || tv[k].e != tv[k + 1].s - 1)
		return 0;
	for (k++; k < nt && capword(text, &tv[k]); k++)
		;
	return k;
}

/* The label of tokens [a, b) of a wire dateline: a place unless a
 * lexicon knows them as something else than a person. */
static enum label
dateline_label(const char *text, const struct tok *tv, size_t a, size_t b)
{
	enum label l = lex_label(span_fold(text, tv, a, b));

	return l == T_NONE || l == T_PERSON ? T_GPE : l;
}

/* Is a sovereign's title among tokens [a, b)? */
static bool
sovereign_in(const char *text, const struct tok *tv, size_t a, size_t b)
{
	for (; a < b; a++)
		if (tok_is(text, &tv[a], sovereigns))
			return true;
	return false;
}

/* Plurals of people whose possessive is inside a body's name: "the
 * Pakistan People's Party", "the Carrow Women's Institute". */
static const char *const people_plurals[] = {
	"People", "Men", "Women", "Children", NULL
};

/*
 * Does the possessive at j part two names, the owner [i, j) and the body
 * [j + 1, k) it owns: "Ana Ruiz's National League for Democracy"?  So it
 * does when both are two words or more, unless the owner is a saint or
 * a plural of people ("St David's Shopping Centre", "the Carrow Women's
 * Advisory Group"), has "&" in it ("Marks & Spencer's Food Hall"), opens
 * with a common word or holds a lower-case one.
 */
static bool
owner_apart(const char *text, const struct tok *tv, size_t i, size_t j,
    size_t k)
{
	size_t m;

	if (j < i + 2 || k < j + 3 || tok_is(text, &tv[j - 1],
	    people_plurals) || tok_eq(text, &tv[i], "St") ||
	    tok_eq(text, &tv[i], "St."))
		return false;
	/* (nor when the owner is no name's words alone: "Shares of
	 * Okoro's Shipping Corp" at a sentence's start) */
	if (tok_word(text, &tv[i]))
		return false;
	for (m = i; m < j; m++)
		if ((tv[m].f & TK_LOWER) || is_connector(text, &tv[m]))
			return false;	/* "of", "&" */
	return true;
}

/*
 * Is token j the apostrophe of a plural's possessive, written against
 * the word before it: the mark of "Traders' Association"?
 */
static bool
plural_poss(const char *text, const struct tok *tv, size_t j)
{
	const char *m = text + tv[j].s;

	return j > 0 && !(tv[j].f & TK_WORD) && tv[j].s == tv[j - 1].e &&
	    text[tv[j - 1].e - 1] == 's' && (*m == '\'' || (tv[j].e -
	    tv[j].s == 3 && memcmp(m, "\xe2\x80\x99", 3) == 0));
}

/*
 * Does token k, after a possessive, show that the possessive owns nothing
 * named: the sentence's end, a comma, a stop, a bracket, "and", "or",
 * "in"?
 */
static bool
poss_alone(const char *text, const struct tok *tv, size_t nt, size_t k)
{
	const char *w = text + tv[k].s;

	if (k >= nt)
		return true;
	if (!(tv[k].f & TK_WORD))
		return tv[k].e - tv[k].s == 1 && strchr(",.;:)", *w) != NULL;
	return tok_eq(text, &tv[k], "and") || tok_eq(text, &tv[k], "or") ||
	    tok_eq(text, &tv[k], "in");
}

/*
 * Is the word at token i of sentence si, before "'s" and a verb, a firm
 * whose name ends in the possessive ("McDonald's said")?  Not a common
 * word ("He's", "Labour's"), a given name, a place, an acronym, nor a
 * name the document also writes without the "'s": then the possessive
 * stands for something of its owner ("Microsoft's is bigger", "Tellier's
 * was rejected").
 */
static bool
possessive_firm(struct doc *d, size_t si, size_t i)
{
	const struct tok *t = &d->tv[si][i];
	const char *w = d->sv[si].text + t->s;
	size_t n = t->e - t->s;
	const struct sment *m;

	if ((t->f & TK_ALLCAPS) || tok_word(d->sv[si].text, t) ||
	    tok_fold(d->sv[si].text, t) != 0 || tok_is(d->sv[si].text, t,
	    disease_eponyms))
		return false;
	m = smap_get(cap_words(d), w, n, false, 0);
	return m == NULL || m->val == 0;
}

/*
 * Is the sentence a table's header of abbreviations, "W L PCT GB", "P W D
 * L F A PTS": three words or more, all in capitals and short, two of
 * them single letters?  It names nothing.
 */
static bool
table_header(const struct tok *tv, size_t nt)
{
	size_t i, single = 0;

	if (nt < 3)
		return false;
	for (i = 0; i < nt; i++) {
		if (!(tv[i].f & TK_CAP) || tv[i].e - tv[i].s > 4 ||
		    (!(tv[i].f & TK_ALLCAPS) && tv[i].e - tv[i].s > 1))
			return false;
		if (tv[i].e - tv[i].s == 1)
			single++;
	}
	return single >= 2;
}

/* The four points of the compass. */
static const char *const compass_points[] = {
	"North", "South", "East", "West", NULL
};

/* Words after a point of the compass that leave it a region: "in the
 * South since", "the North has". */
static const char *const compass_after[] = {
	"since", "and", "or", "but", "in", "on", "of", "to", "for", "from",
	"with", "at", "by", "as", "has", "have", "had", "is", "was", "were",
	"are", "will", "would", "could", "should", "may", "might", "must",
	"can", "did", "does", "do", "says", "said", "that", "which", "who",
	"where", "when", "than", "until", "after", "before", "during", NULL
};

/*
 * Is token i a point of the compass alone after "the", a region: "in the
 * South since the war", "if the North accepted"?  Not before a noun it
 * qualifies ("the North side") nor inside a name ("the Army of the
 * North").  The cheap tests come first: it runs on every token.
 */
static inline bool
compass_region(const char *text, const struct tok *tv, size_t nt, size_t i)
{
	const struct tok *n = i + 1 < nt ? &tv[i + 1] : NULL;

	if (i == 0 || !(tv[i].f & TK_CAP) || tv[i].e - tv[i].s > 5 ||
	    !tok_eq(text, &tv[i - 1], "the") ||
	    !tok_is(text, &tv[i], compass_points) ||
	    (i > 2 && tok_eq(text, &tv[i - 2], "of") &&
	    capword(text, &tv[i - 3])))
		return false;
	if (n == NULL || (n->f & TK_POSS))
		return true;
	if (!(n->f & TK_WORD))
		return text[n->s] != '-';
	return (n->f & TK_LOWER) && (tok_is(text, n, compass_after) ||
	    (n->e - n->s > 4 && text[n->e - 2] == 'e' && text[n->e - 1] ==
	    'd'));
}

static void
pass1(struct doc *d, size_t si)
{
	const char *text = d->sv[si].text;
	struct tok *tv = d->tv[si];
	size_t nt = d->nt[si], i, j, k, first_word = 0;
	bool headline = headline_case(text, d->sv[si].len, tv, nt, si == 0),
	    sent_start;

	while (first_word < nt && !(tv[first_word].f & TK_WORD))
		first_word++;
	if (table_header(tv, nt))
		return;
	/* a wire dateline: "VEXMOOR, Carrow 1996-08-30": the town in
	 * capitals is a place, whatever else its name may be, unless a
	 * lexicon knows it */
	if (nt > 2 && (tv[0].f & TK_ALLCAPS) && capword(text, &tv[0])) {
		for (j = 1; j < nt && j < 4 && capword(text, &tv[j]) &&
		    (tv[j].f & TK_ALLCAPS); j++)
			;
		for (k = j; k < nt && k < j + 5 && (capword(text, &tv[k]) ||
		    (k == j && text[tv[k].s] == ',')); k++)
			;
		if (k < nt && (date_tok(text, &tv[k]) || (k + 1 < nt &&
		    tok_is_fold(text, &tv[k], calendar) &&
		    (tv[k + 1].f & TK_DIGIT)))) {
			/* "UNITED NATIONS 1996-08-30" keeps its label */
			add_span(d, si, 0, j, dateline_label(text, tv, 0, j),
			    true, false);
			i = j;
			if (j < nt && text[tv[j].s] == ',')
				i++;
			/* and so is the state or country after it */
			if (i < k)
				add_span(d, si, i, k, dateline_label(text, tv, i,
				    k), true, false);
			return;
		}
	}
	for (i = 0; i < nt; i++) {
		/* a road by its number: "Interstate 40", "Route 9" */
		if (i + 1 < nt && (tv[i].f & TK_CAP) && (tv[i + 1].f &
		    TK_DIGIT) && tv[i + 1].e - tv[i + 1].s <= 3 &&
		    tok_is(text, &tv[i], road_heads) && tv[i].e < tv[i + 1].s) {
			add_span(d, si, i, i + 2, T_LOC, true, false);
			i++;
			continue;
		}
		/* "Jan Okoro": the given name, not the month; also before
		 * a word that is a given name too where a post comes first
		 * ("chairman Jan Berry") */
		if (tok_eq(text, &tv[i], "Jan") && i + 1 < nt && capword(text,
		    &tv[i + 1]) && !tok_is_fold(text, &tv[i + 1], calendar) &&
		    (!(tok_lex(text, &tv[i + 1]) &
		    LX_FIRST) || (i > 0 && (is_title(text, &tv[i - 1]) ||
		    tok_is(text, &tv[i - 1], person_roles)))) &&
		    !(i > 0 && (tv[i - 1].f & TK_DIGIT)) &&
		    !(i + 2 < nt && (tv[i + 2].f & TK_DIGIT) &&
		    tv[i + 2].e - tv[i + 2].s <= 2)) {
			for (j = i + 2; j < nt && capword(text, &tv[j]); j++)
				;
			add_span(d, si, i, j, T_PERSON, true, headline);
			i = j - 1;
			continue;
		}
		if ((tv[i].f & TK_CAP) && !headline &&
		    compass_region(text, tv, nt, i)) {
			add_span(d, si, i, i + 1, T_LOC, false, false);
			continue;
		}
		if (!capword(text, &tv[i]) || hyphen_common(text, &tv[i], true))
			continue;
		/* sentence-initial common word: "Meanwhile", "The" */
		sent_start = i == first_word ||
		    (i > 0 && !(tv[i - 1].f & TK_WORD) &&
		    (text[tv[i - 1].s] == '"' || text[tv[i - 1].s] == ':' ||
		    (unsigned char)text[tv[i - 1].s] == 0xE2));
		j = i + 1;
		for (;;) {
			if (j < nt && capword(text, &tv[j])) {
				j++;
				continue;
			}
			/* a month or a stop word that is a surname after a
			 * given name: "Lena May", "Ana April", "Ian Read"; not
			 * "Ana May 5" */
			if (j < nt && (tv[j].f & TK_CAP) &&
			    tok_is(text, &tv[j], stop_surnames) &&
			    !(j + 1 < nt && (tv[j + 1].f &
			    TK_DIGIT)) && (tok_lex(text, &tv[j - 1]) & LX_FIRST)) {
				j++;
				continue;
			}
			/* a middle initial with no dot between a given name
			 * and a name: "George W Bush", "Michael J Fox" (not
			 * "I", not "A") */
			if (j + 1 < nt && tv[j].e - tv[j].s == 1 &&
			    text[tv[j].s] >= 'B' && text[tv[j].s] <= 'Z' &&
			    text[tv[j].s] != 'I' && tv[j].e < tv[j + 1].s &&
			    capword(text, &tv[j + 1]) && (tok_lex(text, &tv[j - 1]) &
			    LX_FIRST)) {
				j++;
				continue;
			}
			/* "on" after an organisation's head: "the Council on
			 * Foreign Relations" */
			if (j + 1 < nt && tok_eq(text, &tv[j], "on") &&
			    tok_is(text, &tv[j - 1], org_head) &&
			    capword(text, &tv[j + 1]) && !date_tok(text,
			    &tv[j + 1]) && !tok_is_fold(text, &tv[j + 1],
			    calendar)) {
				j += 2;
				continue;
			}
			/* a channel's number: "Carrow Radio 4", "Channel 5" */
			if (j < nt && (tv[j].f & TK_DIGIT) && tv[j].e - tv[j].s <=
			    2 && tv[j - 1].e == tv[j].s - 1 && tok_is(text,
			    &tv[j - 1], numbered_names)) {
				j++;
				continue;
			}
			/* a town named with its river: "Ludwigshafen am
			 * Rhein", "Burton upon Trent", "Marburg an der Lahn" */
			if (j + 1 < nt && (tv[j].f & TK_LOWER) &&
			    tv[j].e - tv[j].s <= 4 && tok_is(text, &tv[j],
			    river_links)) {
				for (k = j + 1; k < nt && k < j + 3 &&
				    !capword(text, &tv[k]); k++)
					;
				if (k < nt && k < j + 3 && lex_label(lex_get_fold(
				    text + tv[i].s, tv[k].e - tv[i].s)) ==
				    T_GPE) {
					j = k + 1;
					continue;
				}
			}
			/* "and" inside an organisation's name: "the Ministry
			 * of Trade and Industry", "Carrow Post and
			 * Telecommunications Administration" */
			if (j + 1 < nt && !headline && tok_eq(text, &tv[j],
			    "and") && (k = org_and(text, tv, nt, i, j)) != 0) {
				j = k;
				continue;
			}
			/* a sovereign's numeral "I": "Queen Anne I", "Pedro
			 * I," (not the pronoun of "... Pedro I think") */
			if (j < nt && tv[j].e - tv[j].s == 1 &&
			    text[tv[j].s] == 'I' && (tok_lex(text, &tv[j - 1]) &
			    LX_FIRST) && (sovereign_in(text, tv, i, j) ||
			    j + 1 == nt || !(tv[j + 1].f & TK_WORD))) {
				j++;
				continue;
			}
			if (j + 1 < nt && is_connector(text, &tv[j]) &&
			    capword(text, &tv[j + 1])) {
				j += 2;
				continue;
			}
			/* a firm named with a possessive: "Okoro's
			 * Shipping Corp", "McDonald's Corp", also a plural's:
			 * "the Carrow Bond Traders' Association"; not a
			 * place's or a person's body: "Carrow's Central
			 * Hospital", "Tom Hale's Harbour Party"; nor, for a
			 * plural, a name a lexicon knows: "Los Angeles' Kodak
			 * Theatre" */
			if (j + 1 < nt && ((tv[j].f & TK_POSS) ||
			    plural_poss(text, tv, j)) &&
			    capword(text, &tv[j + 1]) && ((tv[j].f & TK_POSS) ?
			    !owner_named(text, tv, i, j) :
			    lex_label(span_fold(text, tv, i, j)) == T_NONE)) {
				for (k = j + 1; k < nt && k < j + 5 &&
				    capword(text, &tv[k]); k++)
					;
				if (org_end(text, &tv[k - 1]) &&
				    !((tv[j].f & TK_POSS) && owner_apart(text, tv,
				    i, j, k))) {
					j = k;
					continue;
				}
			}
			/* two particles: "van der", "de la" */
			if (j + 2 < nt && is_connector(text, &tv[j]) &&
			    is_connector(text, &tv[j + 1]) &&
			    !tok_eq(text, &tv[j], "of") &&
			    !tok_eq(text, &tv[j + 1], "of") &&
			    capword(text, &tv[j + 2])) {
				j += 3;
				continue;
			}
			if (j + 2 < nt && tv[j].e - tv[j].s == 2 &&
			    memcmp(text + tv[j].s, "of", 2) == 0 &&
			    tv[j + 1].e - tv[j + 1].s == 3 &&
			    memcmp(text + tv[j + 1].s, "the", 3) == 0 &&
			    capword(text, &tv[j + 2])) {
				j += 3;
				continue;
			}
			break;
		}
		/* a firm named with a possessive standing alone as its
		 * verb's subject: "McDonald's said", "Sainsbury's has";
		 * or with nothing it owns after it: "anchored by Ivey's
		 * and Sears", "became Tillax's in 1992" */
		if (!headline && j == i + 1 && j + 1 < nt &&
		    (tv[j].f & TK_POSS) && (tok_is(text, &tv[j + 1],
		    poss_verbs) || poss_alone(text, tv, nt, j + 1)) &&
		    possessive_firm(d, si, i)) {
			add_span(d, si, i, j + 1, T_ORG, false, false);
			i = j;
			continue;
		}
		/* a nickname in quotes between given (and middle) name and
		 * surname: "Tomas \"The Hammer\" Okoro" is one person */
		if (j <= i + 2 && !headline &&
		    (k = nickname(text, tv, nt, i, j)) != 0) {
			add_span(d, si, i, k, T_PERSON, true, false);
			i = k - 1;
			continue;
		}
		/* also after titles or an opening word: "Rep. Robert C.
		 * \"Bobby\" Scott", "Yesterday Tomas \"The Hammer\" Okoro" */
		if (!headline && j > i + 1 && j <= i + 5 && j < nt &&
		    nick_mark(text, &tv[j], true)) {
			size_t s0, m;

			for (s0 = j > i + 2 ? j - 2 : i + 1; s0 < j; s0++) {
				for (m = i; m < s0 && (is_title(text, &tv[m]) ||
				    tok_is(text, &tv[m], honorifics) ||
				    (m == first_word && tok_word(text, &tv[m]))); m++)
					;
				if (m == s0 && (k = nickname(text, tv, nt, s0,
				    j)) != 0)
					break;
			}
			if (s0 < j) {
				add_span(d, si, s0, k, T_PERSON, true, false);
				i = k - 1;
				continue;
			}
		}
		/* "Mr. Velloso is ...": an honorific makes a person */
		if (i > 0 && (tv[i - 1].f & TK_WORD) && tok_is(text,
		    &tv[i - 1], honorifics) && !is_title(text, &tv[i]) &&
		    tv[i - 1].e + 1 >= tv[i].s) {
			for (k = i + 1; k < j && !tok_eq(text, &tv[k], "of"); k++)
				;
			if (k < j)
				person_of(d, si, i, k, j);
			else
				add_span(d, si, i, j, T_PERSON, true, false);
			i = j - 1;
			continue;
		}
		/* a surname after a bare initial, as team sheets write
		 * them: "C Paterson (Scotland), J Yapp (Wales)", though a
		 * town's name or a word no list knows */
		if (j == i + 1 && bare_initial(text, tv, nt, i)) {
			add_span(d, si, i, j, T_PERSON, true, false);
			continue;
		}
		if (sent_start && !headline) {
			unsigned f = tok_fold(text, &tv[i]);

			/* an imperative of references, then a name: "See
			 * Christopher Herrold for details", "Visit Carrow
			 * Museum" (not "Tom See" inside a sentence) */
			if (j > i + 1 && tok_is(text, &tv[i], ref_verbs)) {
				take_run(d, si, i + 1, j, false);
				i = j - 1;
				continue;
			}
			/* a verb that is also a given name, then a country:
			 * "Say Norway objected ...", "Will Carrow agree?" */
			if (j == i + 2 && (f & LX_FIRST) && lex_label(f) ==
			    T_NONE && tok_word(text, &tv[i]) && (tok_lex(text, &tv[i + 1]) & LX_COUNTRY)) {
				take_run(d, si, i + 1, j, false);
				i = j - 1;
				continue;
			}

			/* an organisation's word alone that opens the
			 * sentence, one no dictionary has, is a noun of a
			 * trade: "Telecom analysts said" (but "Bank holds
			 * rates" may be the bank) */
			if (j == i + 1 && lex_label(f) == T_NONE &&
			    tok_is(text, &tv[i], org_tail) &&
			    !(tv[i].f & TK_ALLCAPS) &&
			    !tok_word(text, &tv[i]) && i + 1 < nt &&
			    (tv[i + 1].f & TK_LOWER))
				continue;

			/* an event's head opens it: "Hurricane Mitch hit
			 * ...", "Operation Tellby began": no name */
			if (j > i + 1 && tok_is(text, &tv[i], event_head)) {
				/* but a body named so: "Revolution Studios" */
				if (org_end(text, &tv[j - 1]))
					add_span(d, si, i, j, T_ORG, true, false);
				i = j - 1;
				continue;
			}
			if (tok_word(text, &tv[i]) &&
			    lex_label(f) == T_NONE && !(f & LX_FIRST) &&
			    !(is_title(text, &tv[i]) && j > i + 1) &&
			    /* "Moon Jae-in met ..." (not "He Ran ...") */
			    !(j == i + 2 && !tok_eq(text, &tv[i], "He") &&
			    east_asian_name(text, tv, i)) &&
			    !(j > i + 1 && tok_is(text, &tv[i],
			    foreign_heads)) &&
			    /* "Radio 1 said": a channel's number */
			    !(j > i + 1 && (tv[i + 1].f & TK_DIGIT) &&
			    tok_is(text, &tv[i], numbered_names)) &&
			    !(j > i + 1 && lex_label(lex_get_fold(text +
			    tv[i].s, tv[i + 1].e - tv[i].s)) != T_NONE) &&
			    /* "First National Bank", "Fourth Air Force",
			     * "National Audit Office": an ordinal or an
			     * adjective of names opens a body's name */
			    !(j > i + 1 && tok_is(text, &tv[i], name_openers) &&
			    org_end(text, &tv[j - 1]))) {
				/* keep "The" out, look at the rest; and a
				 * possessive after the word ("Day's Rangers
				 * contract") */
				if (j > i + 2 && (tv[i + 1].f & TK_POSS))
					take_run(d, si, i + 2, j, false);
				else if (j > i + 1 && !is_connector(text,
				    &tv[i + 1]) && !(tv[i + 1].f & TK_POSS))
					take_run(d, si, i + 1, j, false);
				else if (j > i + 2) {
					/* "Results of English soccer", but
					 * "Bank of Carrow said" */
					if (tok_is(text, &tv[i], org_head) ||
					    is_title(text, &tv[i]))
						take_run(d, si, i, j, false);
					else
						take_run(d, si, i + 2, j, false);
				} else if (j == i + 1) {
					/* "Berg insisted": a person's surname
					 * only if the document says so */
					add_span(d, si, i, j, T_NONE, false,
					    false);
					d->sp[d->nsp - 1].initial = true;
				}
				i = j - 1;
				continue;
			}
		}
		/* an ordinal opens a unit's name: "the 65th Carrow
		 * Division" */
		if (i > 0 && !headline && ordinal_tok(text, &tv[i - 1]) &&
		    org_end(text, &tv[j - 1]))
			i--;
		/* and so does a unit's number: "the 65 Air Division", "3
		 * Commando Brigade" */
		else if (i > 0 && !headline && unit_number(text, &tv[i - 1]) &&
		    tv[i - 1].e + 1 == tv[i].s && tok_is(text, &tv[j - 1],
		    unit_heads))
			i--;
		take_run(d, si, i, j, headline);
		i = j - 1;
	}
}

/* A known person whose name has tok as its last or first word. */
struct pname {
	const char	*key;		/* the word */
	size_t		 klen;
	const char	*full;
	size_t		 flen;
	bool		 last;		/* key is the last word */
};

/*
 * Does the full name end in a particle and the word of n bytes: "Stade
 * de France", "Tour de France"?  Such a name does not make the place a
 * surname.
 */
static bool
particle_surname(const struct pname *p, size_t n)
{
	size_t e = p->flen - n, s;

	if (p->flen < n + 4 || p->full[e - 1] != ' ')
		return false;
	for (s = e - 1; s > 0 && p->full[s - 1] != ' '; s--)
		;
	return s > 0 && in(particles, p->full + s, e - 1 - s);
}

/*
 * The person each word names, from every pname: a surname match beats a
 * given-name match; then the name written out most often; then the first
 * one written.  Fills best (word -> pname index); true when two people
 * share a surname.
 */
static bool
person_index(const struct pname *pv, size_t np, struct smap *best)
{
	struct smap counts;
	struct sment *c, *b;
	size_t i, bc;
	bool shared = false;

	smap_init(&counts);
	for (i = 0; i < np; i++)
		if (pv[i].last && (c = smap_get(&counts, pv[i].full,
		    pv[i].flen, true, 0)) != NULL)
			c->val++;
	smap_init(best);
	for (i = 0; i < np; i++) {
		c = smap_get(&counts, pv[i].full, pv[i].flen, false, 0);
		b = smap_get(best, pv[i].key, pv[i].klen, false, 0);
		if (b == NULL) {
			(void)smap_get(best, pv[i].key, pv[i].klen, true, i);
			continue;
		}
		shared |= pv[i].last && pv[b->val].last && (pv[i].flen !=
		    pv[b->val].flen || memcmp(pv[i].full, pv[b->val].full,
		    pv[i].flen) != 0);
		bc = 0;
		{
			struct sment *cb = smap_get(&counts, pv[b->val].full,
			    pv[b->val].flen, false, 0);

			bc = cb != NULL ? cb->val : 0;
		}
		if ((pv[i].last && !pv[b->val].last) ||
		    (pv[i].last == pv[b->val].last && (c != NULL ? c->val : 0) > bc))
			b->val = i;
	}
	smap_free(&counts);
	return shared;
}

static const struct pname *
find_person(const struct pname *pv, struct smap *best, const char *s, size_t n)
{
	struct sment *b = best->v != NULL ? smap_get(best, s, n, false, 0) :
	    NULL;

	return b != NULL ? &pv[b->val] : NULL;
}

/* sentences without a word of one person before another may take over */
#define RECENT_GAP	5

/*
 * Are tokens [t0, t1) a name as written, capitals and particles only, not
 * opening with a word of grammar ("Oscar for Hilary Swank", "My Forsyth"
 * are spans, not names to take a surname over)?
 */
static bool
plain_name(const char *text, const struct tok *tv, size_t t0, size_t t1)
{
	size_t k;

	if (tok_is_fold(text, &tv[t0], function_words))
		return false;
	for (k = t0; k < t1; k++)
		if (!(tv[k].f & TK_CAP) && !tok_is(text, &tv[k], particles))
			return false;
	return true;
}

/* The entry for s[0..n) in m, added with val or set to it. */
static void
smap_set(struct smap *m, const char *s, size_t n, size_t val)
{
	if (m->v == NULL)
		smap_init(m);
	smap_get(m, s, n, true, val)->val = val;
}

/*
 * Does an honorific before span sp give it the other sex than the given
 * name of the person called name: "Mrs. Clinton" is not Bill Clinton?
 */
static bool
honorific_against(const struct doc *d, const struct span *sp,
    const char *name, size_t n)
{
	const char *text = d->sv[sp->sent].text;
	const struct tok *h;
	int g;

	if (sp->t0 == 0)
		return false;
	h = &d->tv[sp->sent][sp->t0 - 1];
	g = honorific_sex(text + h->s, h->e - h->s);
	return g != 0 && gender_of(name, n) == (g == 'f' ? 'm' : 'f');
}

/*
 * Of two people with one surname, "Johnson" is the one written in full
 * last before it when the other has not been named for a while: "Gary
 * Johnson" early in a story, "Jeh Johnson" in a later section, then
 * "Johnson said" is Jeh.  But "Ted Cruz ... his wife, Heidi Cruz ...
 * Cruz said" stays Ted, named a sentence before.  Span i is a PERSON
 * whose last word is a known surname and *canon its name so far; full
 * maps a surname to the span that last wrote it in full, seen a name to
 * the sentence that last named its person in any form.
 */
static void
recent_person(const struct doc *d, struct smap *full, struct smap *seen,
    size_t i, const char **canon, size_t *clen)
{
	const struct span *sp = &d->sp[i], *r;
	const struct tok *t = &d->tv[sp->sent][sp->t1 - 1];
	const char *text = d->sv[sp->sent].text;
	struct sment *e;

	if (sp->t1 - sp->t0 >= 2) {
		if (*canon == text + sp->s && !sp->headline &&
		    plain_name(text, d->tv[sp->sent], sp->t0, sp->t1))
			smap_set(full, text + t->s, t->e - t->s, i);
	} else if (full->v != NULL && (e = smap_get(full, text + t->s,
	    t->e - t->s, false, 0)) != NULL) {
		r = &d->sp[e->val];
		if ((LEN(r) != *clen ||
		    memcmp(TXT(d, r), *canon, *clen) != 0) &&
		    !honorific_against(d, sp, TXT(d, r), LEN(r))) {
			e = seen->v != NULL ? smap_get(seen, *canon, *clen,
			    false, 0) : NULL;
			if (e == NULL || (e->val < r->sent &&
			    r->sent - e->val >= RECENT_GAP)) {
				*canon = TXT(d, r);
				*clen = LEN(r);
			}
		}
	}
	smap_set(seen, *canon, *clen, sp->sent);
}

/*
 * A surname alone after an initial ("G Thomas", "J. Thomas" in a team
 * sheet) is the person named in full whose given name has that initial,
 * when there is one among those who share the surname.
 */
static void
by_initial(const struct doc *d, const struct pname *pv, size_t np,
    const struct span *sp, const char **canon, size_t *clen)
{
	const struct tok *tv = d->tv[sp->sent], *t;
	const char *text = d->sv[sp->sent].text;
	size_t i, k;

	if (sp->t1 - sp->t0 != 1 || sp->t0 == 0)
		return;
	k = sp->t0 - 1;
	if (k > 0 && tok_eq(text, &tv[k], "."))
		k--;
	t = &tv[k];
	/* "J" or "J." */
	if (!(t->e - t->s == 1 || (t->e - t->s == 2 &&
	    text[t->s + 1] == '.')) || !(text[t->s] >= 'A' &&
	    text[t->s] <= 'Z') || (*clen > 0 && (*canon)[0] == text[t->s]))
		return;
	for (i = 0; i < np; i++)
		if (pv[i].last && pv[i].klen == tv[sp->t0].e - tv[sp->t0].s &&
		    memcmp(pv[i].key, text + tv[sp->t0].s, pv[i].klen) == 0 &&
		    pv[i].full[0] == text[t->s]) {
			*canon = pv[i].full;
			*clen = pv[i].flen;
			return;
		}
}

/* A name in capitals ("OKORO") in Title Case in buf, else the name. */
static const char *
title_key(const char *s, size_t n, char *buf, size_t cap)
{
	return lex_title(s, n, buf, cap) ? buf : s;
}

/*
 * Index in acr the spans in capitals that open no sentence and have a
 * label, by their text (the first of each), for acronym_elsewhere().
 */
static void
acronym_index(const struct doc *d, struct smap *acr)
{
	size_t i;

	smap_init(acr);
	for (i = 0; i < d->nsp; i++)
		if (!d->sp[i].initial && d->sp[i].label != T_NONE &&
		    (d->tv[d->sp[i].sent][d->sp[i].t0].f & TK_ALLCAPS))
			(void)smap_get(acr, TXT(d, &d->sp[i]), LEN(&d->sp[i]),
			    true, i);
}

/*
 * The label of an acronym that opens a sentence and is a common word too
 * ("GM said", "US officials"): the label the document gives it where it
 * does not open one, or none.  One look-up in acr, which is built by the
 * first call (acr->v NULL until then: most documents need none).
 */
static enum label
acronym_elsewhere(const struct doc *d, struct smap *acr,
    const struct span *sp)
{
	struct sment *e;

	if (acr->v == NULL)
		acronym_index(d, acr);
	e = smap_get(acr, TXT(d, sp), LEN(sp), false, 0);

	return e != NULL ? d->sp[e->val].label : T_NONE;
}

/* A label given with strong evidence to the same string elsewhere. */
static enum label
find_strong(struct doc *d, struct smap *strong, const char *s, size_t n)
{
	struct sment *e = smap_get(strong, s, n, false, 0);

	return e != NULL ? d->sp[e->val].label : T_NONE;
}

/* Is s[0..n) followed by a space the start of a known organisation? */
static bool
org_prefix(struct smap *orgs, const char *s, size_t n)
{
	return smap_get(orgs, s, n, false, 0) != NULL;
}

/*
 * Do two names start with the same word?  "Antony Blinken" may stand for
 * "Antony J. Blinken"; "Bill Vance" is not "Hillary Vance".
 */
static bool
same_first(const char *a, size_t an, const char *b, size_t bn)
{
	size_t k = 0;

	while (k < an && k < bn && a[k] == b[k] && a[k] != ' ')
		k++;
	return k > 0 && (k == an || a[k] == ' ') && (k == bn || b[k] == ' ');
}

static void
add_ent(struct tsent *s, size_t a, size_t b, enum label l, const char *canon,
    size_t clen)
{
	if (s->nents == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 8;
		s->ents = xreallocarray(s->ents, s->cap, sizeof(*s->ents));
	}
	s->ents[s->nents].s = a;
	s->ents[s->nents].e = b;
	s->ents[s->nents].label = l;
	s->ents[s->nents].canon = canon;
	s->ents[s->nents].canon_len = clen;
	s->nents++;
}

static int
span_cmp(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	if (x->sent != y->sent)
		return x->sent < y->sent ? -1 : 1;
	if (x->s != y->s)
		return x->s < y->s ? -1 : 1;
	return 0;
}

/*
 * Sports results name teams after their towns and counties: "Kestrel beat
 * Harwick", "Harwick 532-8", "CARROW 72 60".  A document that speaks
 * of sport (three different words of the list among its first 250
 * tokens) turns a place or an
 * unknown name into an organisation where it stands as a team: before a
 * score or a result verb, or after one.
 */
static const char *const sport_words[] = {
	"cricket", "soccer", "football", "baseball", "basketball", "tennis",
	"rugby", "golf", "hockey", "innings", "wickets", "goals", "halftime",
	"half-time", "standings", "league", "division", "championship",
	"cup", "beat", "drew", "seeded", "scored", "runs", "points", "match",
	"matches", "playoff", "season", "scores", "results", "tournament",
	"coach", "striker", "captain", "stadium", "inning", "homer", "pitcher",
	"quarterback", "penalty", "unbeaten", "semifinal", "final",
	"header", "free-kick", "equaliser", "equalised", "equalizer",
	"goalkeeper", "midfielder", "defender", "winger", "referee",
	"premiership", "fixture", "fixtures", "semi-final", "quarter-final",
	"semi-finals", "quarter-finals", "scrum", "fly-half", "wicket",
	"batsman", "bowler", NULL
};
static const char *const result_verbs[] = {
	"beat", "beats", "drew", "draw", "lost", "defeated", "defeat", "v",
	"vs", "against", "edged", "routed", "thrashed", "downed", "host",
	"hosts", "hosted", "visit", "visited", "visiting", NULL
};

/* In a sports story, verbs after a place that make it the side playing:
 * "Harwick reached 372", "Kestrel need 148" (a position does too, below),
 * and words before it: "title rivals Harwick", "joined Bonn", "his 23rd
 * for Leeds". */
static const char *const side_after[] = {
	"reached", "need", "needs", "needed", "won", "win", "wins", "scored",
	"declared", "trail", "trailed", "trailing", "lead", "leads", "led",
	"collapsed", "rallied", "clinched", "slipped", "climbed", "remain",
	"remained", "kept", "face", "faces", "play", "plays", "played",
	"finished", "dropped", "lose", "loses", "batted", "bowled", "closed",
	NULL
};
/* Positions in a side: after a place or a name no lexicon knows they
 * make it the side ("Leeds captain Tom Hale", "Kestrels shortstop Tomas
 * Berg"). */
static const char *const positions[] = {
	"captain", "skipper", "coach", "manager", "owner", "shortstop",
	"pitcher", "catcher", "outfielder", "infielder", "quarterback",
	"goalkeeper", "keeper", "striker", "midfielder", "defender", "winger",
	"all-rounder", "batsman", "bowler", "fullback", "playmaker", NULL
};
static const char *const side_before[] = {
	"rivals", "hopefuls", "champions", "leaders", "joined", "for", "over",
	"against", "opponents", NULL
};

/* Countries by the names sport gives them, beyond ISO 3166-1. */
static const char *const venue_preps[] = { "at", "in", NULL };

static const char *const nations[] = {
	"England", "Scotland", "Wales", "Ireland", "Northern Ireland",
	"Britain", "Great Britain", "U.S.", "US", "USA", "Russia", "Holland",
	"Czech Republic", "Yugoslavia", "Republic of Ireland", "Soviet Union",
	"West Germany", "East Germany", "Czechoslovakia", "Korea", "Bosnia",
	"Macedonia", "Slovakia", "Turkey", "Iran", "Syria", "Vietnam", "Taiwan",
	"Bolivia", "Venezuela", "Tanzania", "Moldova", "Czechia", "Burma",
	"Ivory Coast", "Congo", "South Korea", "North Korea", "Kazakstan",
	"Swaziland", "TURKEY", "IRAN", "BOLIVIA", "VENEZUELA", "MOLDOVA",
	"ENGLAND", "SCOTLAND", "WALES", "IRELAND", "BRITAIN", "RUSSIA", NULL
};

static bool
sports_doc(const struct doc *d)
{
	char low[FOLD_MAX], seen[3][FOLD_MAX];
	size_t si, i, k, n, hits = 0, words = 0;

	/* the headline and the first paragraphs say what the story is */
	for (si = 0; si < d->ns && hits < 3 && words < 250; si++)
		for (i = 0; i < d->nt[si] && hits < 3; i++, words++) {
			const struct tok *t = &d->tv[si][i];

			n = t->e - t->s;
			/* fold_tok()'s limit; the copy only for a hit */
			if (!(t->f & TK_WORD) || n < 3 || n >= FOLD_MAX ||
			    !wset_in_lower(sport_words, d->sv[si].text + t->s,
			    n) || !fold_tok(d->sv[si].text, t, low))
				continue;
			for (k = 0; k < hits && strcmp(seen[k], low) != 0; k++)
				;
			if (k == hits)
				memcpy(seen[hits++], low, n + 1);
		}
	return hits >= 3;
}

/* A score: "83", "4-38", "532-8", "2-1"; not a year or a date. */
static bool
score_tok(const char *text, const struct tok *t)
{
	size_t n = t->e - t->s, k, digits = 0;

	if (!(t->f & TK_DIGIT))
		return false;
	for (k = 0; k < n && text[t->s + k] >= '0' && text[t->s + k] <= '9'; k++)
		digits++;
	return digits >= 1 && digits <= 3;
}

/*
 * Is the span a side in a line of results or a table: "Port Carrow 2
 * Harwick 0" (names and scores, two of each), "Harwick 4 1 2 1 9 7 5"
 * (six numbers or more after the name)?
 */
static bool
results_side(const struct doc *d, const struct span *sp)
{
	const struct tok *tv = d->tv[sp->sent];
	const char *text = d->sv[sp->sent].text;
	size_t nt = d->nt[sp->sent], k, names = 0, scores = 0;
	bool in_name = false;

	for (k = sp->t1; k < nt && k < sp->t1 + 6 && (tv[k].f & TK_DIGIT); k++)
		;
	if (k - sp->t1 >= 6)
		return true;
	if (nt > 24)
		return false;	/* a results line is short */
	for (k = 0; k < nt; k++) {
		if (capword(text, &tv[k])) {
			if (!in_name)
				names++;
			in_name = true;
		} else if (score_tok(text, &tv[k]) && in_name) {
			scores++;
			in_name = false;
		} else
			return false;
	}
	return names == 2 && scores == 2 && !in_name;
}

/* Is the span followed by a country in brackets: "Ana Ruiz (Spain)"? */
static bool
country_after(const struct doc *d, const struct span *sp)
{
	const struct tok *tv = d->tv[sp->sent];
	const char *text = d->sv[sp->sent].text;
	size_t nt = d->nt[sp->sent], k = sp->t1, c;

	if (k + 2 >= nt || text[tv[k].s] != '(' || tv[k].e - tv[k].s != 1)
		return false;
	for (c = k + 1; c < nt && c < k + 4 && text[tv[c].s] != ')'; c++)
		;
	if (c >= nt || text[tv[c].s] != ')' || c == k + 1)
		return false;
	return (span_fold(text, tv, k + 1, c) &
	    LX_COUNTRY) || in(nations, text + tv[k + 1].s,
	    tv[c - 1].e - tv[k + 1].s);
}

/* How a batsman was out: "c" caught, "b" bowled, "st" stumped. */
static const char *const dismissals[] = {
	"b", "c", "st", "lbw", NULL
};

/* A batsman's line goes on with how he was out: "Oduya c Berg b Ruiz 22",
 * "Oduya not out 41", "Oduya run out 7". */
static bool
batsman(const char *text, const struct tok *tv, size_t nt, size_t k)
{
	if (k + 1 >= nt)
		return false;
	if (tok_is(text, &tv[k], dismissals))
		return capword(text, &tv[k + 1]);
	return (tok_eq(text, &tv[k], "not") || tok_eq(text, &tv[k], "run")) &&
	    tok_eq(text, &tv[k + 1], "out");
}

/* Bowling figures: overs-maidens-runs-wickets, "10-0-41-2". */
static bool
bowling(const char *text, const struct tok *t)
{
	size_t k, dashes = 0;

	if (!(t->f & TK_DIGIT))
		return false;
	for (k = t->s; k < t->e; k++)
		if (text[k] == '-')
			dashes++;
		else if ((text[k] < '0' || text[k] > '9') && text[k] != '.')
			return false;
	return dashes == 3;
}

/*
 * Is the span where a game is played, not who plays it: after "at" or
 * "in" ("Kestrel at Harwick", "In Bonn, ..."), or a dateline's place
 * ("CARROW 1996-08-30").
 */
static bool
venue(const struct doc *d, const struct span *sp)
{
	const struct tok *tv = d->tv[sp->sent];
	const char *text = d->sv[sp->sent].text;

	if (sp->t0 > 0 && (tok_is_fold(text, &tv[sp->t0 - 1], venue_preps)))
		return true;
	return sp->t0 == 0 && sp->t1 < d->nt[sp->sent] &&
	    date_tok(text, &tv[sp->t1]);
}

/* Words that pair two sides: "Tull and Harwick", "Tull v Harwick". */
static const char *const side_joins[] = {
	"and", "or", "v", "vs", "v.", "vs.", "nor", NULL
};

/*
 * Is span i joined by "and", "or" or "v" to an organisation's name right
 * before or after it in its sentence?
 */
static bool
paired_with_org(const struct doc *d, size_t i)
{
	const struct span *sp = &d->sp[i], *o;
	const struct tok *tv = d->tv[sp->sent];
	const char *text = d->sv[sp->sent].text;

	if (i > 0 && (o = &d->sp[i - 1])->sent == sp->sent &&
	    o->label == T_ORG && o->t1 + 1 == sp->t0 &&
	    tok_is(text, &tv[o->t1], side_joins))
		return true;
	return i + 1 < d->nsp && (o = &d->sp[i + 1])->sent == sp->sent &&
	    o->label == T_ORG && sp->t1 + 1 == o->t0 &&
	    tok_is(text, &tv[sp->t1], side_joins);
}

static void
sports_teams(struct doc *d)
{
	struct smap teams;
	size_t i;

	smap_init(&teams);	/* the names made teams here */
	for (i = 0; i < d->nsp; i++) {
		struct span *sp = &d->sp[i];
		const struct tok *tv = d->tv[sp->sent];
		const char *text = d->sv[sp->sent].text;
		size_t nt = d->nt[sp->sent];
		bool team;

		/* an athlete and the country in brackets: "Mark Cairns
		 * (England) 15-10" */
		if (sp->label != T_GPE && sp->t1 - sp->t0 >= 2 &&
		    sp->t1 - sp->t0 <= 4 && !(sp->label == T_ORG &&
		    sp->strong) && country_after(d, sp)) {
			sp->label = T_PERSON;
			continue;
		}
		if (sp->label != T_GPE && sp->label != T_ORG &&
		    sp->t1 - sp->t0 <= 3 && results_side(d, sp)) {
			sp->label = T_ORG;
			(void)smap_get(&teams, TXT(d, sp), LEN(sp), true, 0);
			continue;
		}
		if (sp->label == T_PERSON || sp->label == T_NORP ||
		    (sp->label == T_ORG && sp->strong) || sp->t1 - sp->t0 > 3)
			continue;
		/* a cricket scorecard names players: "c Brannagh b Oduya 22",
		 * "Oduya 10-0-41-2", "212 (Doyle 80" */
		if (sp->label != T_GPE && ((sp->t0 > 0 && tok_is(text,
		    &tv[sp->t0 - 1], dismissals)) || (sp->t1 < nt &&
		    bowling(text, &tv[sp->t1])) || (sp->t0 > 0 &&
		    text[tv[sp->t0 - 1].s] == '(' && sp->t1 < nt &&
		    score_tok(text, &tv[sp->t1])) || batsman(text, tv, nt,
		    sp->t1))) {
			sp->label = T_PERSON;
			continue;
		}
		team = (sp->t1 < nt && (score_tok(text, &tv[sp->t1]) ||
		    tok_is(text, &tv[sp->t1], result_verbs))) ||
		    (sp->t0 > 0 && tok_is(text, &tv[sp->t0 - 1], result_verbs));
		/* a place that plays: "Harwick reached 372", "Harwick has
		 * won", "joined Bonn", "Bonn's Tomas Berg" */
		if (!team && (sp->label == T_GPE || sp->label == T_LOC)) {
			size_t k = sp->t1;

			/* not "Tomas Berg of Harwick had played" */
			if (k + 1 < nt && (tok_eq(text, &tv[k], "has") ||
			    tok_eq(text, &tv[k], "have") ||
			    tok_eq(text, &tv[k], "had")) && !(sp->t0 > 0 &&
			    (tv[sp->t0 - 1].f & TK_LOWER) && tok_is(text,
			    &tv[sp->t0 - 1], place_preps)) &&
			    !(sp->t0 > 0 && tok_eq(text, &tv[sp->t0 - 1],
			    "of")))
				k++;
			team = (k < nt && (tok_is(text, &tv[k], side_after) ||
			    (k == sp->t1 && tok_is(text, &tv[k], positions)))) ||
			    (sp->t0 > 0 && tok_is(text, &tv[sp->t0 - 1],
			    side_before)) || (k + 1 < nt && k == sp->t1 &&
			    (tv[k].f & TK_POSS) && capword(text, &tv[k + 1]) &&
			    (tok_lex(text, &tv[k + 1]) & LX_FIRST));
		}
		/* a place paired with a side: "between Tull Rovers and
		 * Harwick", "Harwick or Tull Rovers" */
		if (!team && (sp->label == T_GPE || sp->label == T_LOC))
			team = paired_with_org(d, i);
		/* a name no lexicon knows, before a position or owning a
		 * player: "Kestrels shortstop Tomas Berg", "Vexmoor's Ana
		 * Ruiz" */
		if (!team && sp->label == T_NONE && sp->t1 - sp->t0 == 1 &&
		    sp->t1 + 2 < nt && (tv[sp->t0].f & TK_CAP) &&
		    (((tv[sp->t1].f & TK_LOWER) && tok_is(text, &tv[sp->t1],
		    positions)) || ((tv[sp->t1].f & TK_POSS) &&
		    capword(text, &tv[sp->t1 + 1]) &&
		    capword(text, &tv[sp->t1 + 2]) && (tok_lex(text, &tv[sp->t1 + 1]) &
		    LX_FIRST))))
			team = true;
		if (!team || venue(d, sp))
			continue;
		/* an unknown name of two or more words is a player */
		if (sp->label == T_NONE && sp->t1 - sp->t0 > 1)
			continue;
		/* a month or a common word in a headline's capitals is no
		 * side: "FRIDAY, AUGUST 30", "AUSTRIA DRAW 0-0" */
		if (sp->label == T_NONE && sp->t1 - sp->t0 == 1 &&
		    (tok_is_fold(text, &tv[sp->t0], calendar) ||
		    ((tv[sp->t0].f & TK_ALLCAPS) && tv[sp->t0].e -
		    tv[sp->t0].s >= 4 && tok_word(text, &tv[sp->t0]))))
			continue;
		/* a country is its national side, and stays a place */
		if ((lex_get_fold(TXT(d, sp), LEN(sp)) & LX_COUNTRY) ||
		    in(nations, TXT(d, sp), LEN(sp)))
			continue;
		sp->label = T_ORG;
		(void)smap_get(&teams, TXT(d, sp), LEN(sp), true, 0);
	}
	/* a team is a team all through the story: "title rivals Harwick" */
	for (i = 0; i < d->nsp && teams.count > 0; i++) {
		struct span *sp = &d->sp[i];

		if ((sp->label == T_GPE || sp->label == T_LOC ||
		    sp->label == T_NONE) && !venue(d, sp) &&
		    smap_get(&teams, TXT(d, sp), LEN(sp), false, 0) != NULL)
			sp->label = T_ORG;
	}
	smap_free(&teams);
}

/* What a firm has and a person does not: "Tillax's shares". */
static const char *const firm_goods[] = {
	"shares", "profits", "profit", "revenues", "revenue", "shareholders",
	"stock", "turnover", "chairman", "chairwoman", "CEO", "subsidiary",
	"subsidiaries", NULL
};

/*
 * Words of a firm in sentence si: a single capitalised word, no
 * honorific before it, whose "'s" owns what a firm has ("Tillax's shares
 * fell", "Tillax's profits"), or that follows "shares in"; each is made a
 * strong organisation.
 */
static void
firm_owner(struct doc *d, size_t si)
{
	const struct tok *tv = d->tv[si];
	const char *text = d->sv[si].text;
	size_t k, i;

	for (k = 0; k + 1 < d->nt[si]; k++) {
		if (!(tv[k].f & TK_CAP) || (tv[k].f & TK_HYPHEN))
			continue;
		/* the cheap test first: "'s" after it or "in" before it */
		if (!(tv[k + 1].f & TK_POSS) && !(k >= 2 && tv[k - 1].e -
		    tv[k - 1].s == 2 && text[tv[k - 1].s] == 'i' &&
		    text[tv[k - 1].s + 1] == 'n'))
			continue;
		/* "Tillax's shares", or "shares in Tillax" */
		if (!(k + 2 < d->nt[si] && (tv[k + 1].f & TK_POSS) &&
		    (tok_is_fold(text, &tv[k + 2], firm_goods) ||
		    firm_chief(text, tv, d->nt[si], k + 2)) && (k == 0 ||
		    (!(tv[k - 1].f & TK_CAP) && !tok_eq(text, &tv[k - 1],
		    ".")))) && !(k >= 2 && tok_eq(text, &tv[k - 1], "in") &&
		    tok_is_fold(text, &tv[k - 2], firm_goods) &&
		    !(tv[k + 1].f & TK_CAP)))
			continue;
		/* no place, people, month or known person */
		if (tok_is(text, &tv[k], stop) || (tok_lex(text, &tv[k]) & (LX_FIRST | LX_PERSON | LX_GPE |
		    LX_LOC | LX_NORP)))
			continue;
		/* the span of that word alone, or none over it (candidates
		 * are rare: a walk over the spans is cheap) */
		for (i = 0; i < d->nsp && !(d->sp[i].sent == si &&
		    d->sp[i].t0 <= k && d->sp[i].t1 > k); i++)
			;
		if (i == d->nsp)
			add_span(d, si, k, k + 1, T_ORG, true, false);
		else if (d->sp[i].t0 == k && d->sp[i].t1 == k + 1) {
			d->sp[i].label = T_ORG;
			d->sp[i].strong = true;
		}
	}
}

/* Feasts of the year, which a tagger may take for given names. */
static const char *const feasts[] = {
	"Christmas", "Easter", "Thanksgiving", "Halloween", "Hanukkah",
	"Ramadan", "Diwali", NULL
};

/* Prizes named like people ("an Oscar", "the Emmys"), and the feasts. */
static const char *const prizes_feasts[] = {
	"Oscar", "Oscars", "Emmy", "Emmys", "Tony", "Tonys", "Grammy",
	"Grammys", "Bafta", "Baftas", "Christmas", "Easter", "Thanksgiving",
	"Halloween", "Hanukkah", "Ramadan", "Diwali", NULL
};

/*
 * Is the single word of span sp a prize, not a person: a plural ("the
 * Oscars"), or the name after an article, a possessive or "best", or
 * before a word of the prize ("Oscar nominations", "the Oscar for best
 * actor", "Emmy winner")?  "Tony said" stays a person.  Or a feast, a
 * word alone ("at Christmas").
 */
static bool
award(const struct doc *d, const struct span *sp)
{
	static const char *const before[] = {
		"the", "an", "a", "his", "her", "their", "its", "best", NULL
	};
	static const char *const after[] = {
		"nominee", "nominees", "nomination", "nominations", "winner",
		"winners", "winning", "award", "awards", "ceremony", "night",
		"race", "hopes", "hopefuls", "voters", "for", "glory", "success",
		"statuette", "show", "organisers", "organizers", "win", "wins",
		"favourite", "favorite", "nod", "nods", "contender",
		"contenders", "bid", "chances", "trophy", "best-picture",
		"best-actor", "best-actress", NULL
	};
	/* the category between "best" and the prize: "best film Oscar",
	 * "a short film Oscar" */
	static const char *const kinds[] = {
		"film", "picture", "actor", "actress", "director", "song",
		"documentary", "screenplay", "score", NULL
	};
	const struct tok *tv = d->tv[sp->sent];
	const char *text = d->sv[sp->sent].text;
	size_t k = sp->t0;

	/* one look-up for most spans: the word is in neither list */
	if (sp->t1 - sp->t0 != 1 || !tok_is(text, &tv[k], prizes_feasts))
		return false;
	/* a feast alone names nothing: "at Christmas" ("Christmas Island"
	 * and "Father Christmas" are two words) */
	if (tok_is(text, &tv[k], feasts))
		return true;
	if (text[tv[k].e - 1] == 's')
		return true;
	return (k > 0 && (tok_is_fold(text, &tv[k - 1], before) ||
	    tok_is(text, &tv[k - 1], kinds) ||
	    (tv[k - 1].f & TK_POSS))) || (k + 1 < d->nt[sp->sent] &&
	    tok_is(text, &tv[k + 1], after));
}

/*
 * Is the span a common word that "the" and a title word before it make
 * part of a name, no person: "the General Election" (but "General Ames")?
 */
static bool
titled_word(const struct doc *d, const struct span *sp)
{
	const struct tok *tv = d->tv[sp->sent];
	const char *text = d->sv[sp->sent].text;
	size_t k = sp->t0;

	return sp->label == T_PERSON && sp->t1 - sp->t0 == 1 && k >= 2 &&
	    is_title(text, &tv[k - 1]) && (tok_eq(text, &tv[k - 2], "the") ||
	    tok_eq(text, &tv[k - 2], "The")) && tok_word(text, &tv[k]);
}

/* Is the token "its" (tested for every sentence: no call to strlen)? */
static inline bool
is_its(const char *text, const struct tok *t)
{
	return t->e - t->s == 3 && text[t->s] == 'i' && text[t->s + 1] == 't' &&
	    text[t->s + 2] == 's';
}

/*
 * The cues of a firm after pass 1: firm_owner() in every sentence, and a
 * word no list knows that opens a sentence and owns an "its" right after
 * its verb ("Vexmoor saw its shares climb", "Tillax has cut its staff"; a
 * person's "its" would be "his" or "her").
 */
static void
firm_cues(struct doc *d)
{
	size_t si, j, i, n;
	unsigned char *hit;

	hit = xcalloc(d->ns ? d->ns : 1, 1);
	for (si = 0; si < d->ns; si++) {
		const struct tok *tv = d->tv[si];
		const char *text = d->sv[si].text;

		firm_owner(d, si);
		if (d->nt[si] < 3 || !(tv[0].f & TK_WORD) ||
		    !(tv[0].f & TK_CAP) || (n = tv[0].e - tv[0].s) < 3)
			continue;
		for (j = 1; j < d->nt[si] && j < 4 && (tv[j].f & TK_WORD) &&
		    !(tv[j].f & TK_CAP) && !is_its(text, &tv[j]); j++)
			;
		/* one plain word no list knows: not "Skyle-Man" */
		if (j < d->nt[si] && j < 4 && is_its(text, &tv[j]) &&
		    memchr(text + tv[0].s, '-', n) == NULL &&
		    lex_get_fold(text + tv[0].s, n) == 0 &&
		    !lex_is_word(text + tv[0].s, n))
			hit[si] = 1;
	}
	for (i = 0; i < d->nsp; i++) {
		struct span *sp = &d->sp[i];

		if (hit[sp->sent] && sp->t0 == 0) {
			if (sp->t1 == 1) {
				sp->label = T_ORG;
				sp->strong = true;
			}
			hit[sp->sent] = 2;	/* a span there already */
		}
	}
	for (si = 0; si < d->ns; si++)
		if (hit[si] == 1)
			add_span(d, si, 0, 1, T_ORG, true, false);
	free(hit);
}

/*
 * A word that context labelled once ("the band Vexmoor") keeps that label
 * where the document names it again with nothing to say ("Vexmoor
 * toured"): the first label the document gives it.
 */
static void
weak_echo(struct doc *d)
{
	struct smap seen;
	struct sment *m;
	size_t i;

	/* most documents have no such word: no table for them */
	for (i = 0; i < d->nsp && !(d->sp[i].echo &&
	    d->sp[i].label != T_NONE && (d->sp[i].t1 - d->sp[i].t0 == 1 ||
	    (d->sp[i].label == T_ORG && d->sp[i].t1 - d->sp[i].t0 <= 3)));
	    i++)
		;
	if (i == d->nsp)
		return;
	smap_init(&seen);
	for (; i < d->nsp; i++) {
		const struct span *sp = &d->sp[i];

		if (sp->label == T_NONE || !sp->echo || (sp->t1 - sp->t0 != 1 &&
		    (sp->label != T_ORG || sp->t1 - sp->t0 > 3)))
			continue;
		m = smap_get(&seen, TXT(d, sp), LEN(sp), true, i);
		/* what marks a firm beats "Tillet said" */
		if (m != NULL && sp->label == T_ORG)
			m->val = i;
	}
	for (i = 0; i < d->nsp && seen.count > 0; i++) {
		struct span *sp = &d->sp[i];

		/* a weak person too: "Marisol is a village", after "the
		 * village of Marisol", though Marisol is a given name */
		if (sp->t1 - sp->t0 > 3 || (sp->label != T_NONE &&
		    !((sp->echo || !sp->strong || sp->t1 - sp->t0 > 1) &&
		    sp->label == T_PERSON) && sp->label != T_GPE) ||
		    (m = smap_get(&seen, TXT(d, sp), LEN(sp), false, 0)) == NULL)
			continue;
		/* a town's name is a firm's or a club's throughout where
		 * context once said so: "Chelsea boss ... Chelsea won"; so
		 * is a name no list knows that only a preposition made a
		 * place ("Tellco chief executive ... at Tellco") */
		if (sp->label == T_GPE && (d->sp[m->val].label != T_ORG ||
		    ((lex_get(TXT(d, sp), LEN(sp)) & (LX_CITY | LX_COUNTRY)) !=
		    LX_CITY && !(!sp->strong && !(lex_get(TXT(d, sp),
		    LEN(sp)) & (LX_GPE | LX_LOC))))))
			continue;
		sp->label = d->sp[m->val].label;
	}
	smap_free(&seen);
}

/* Words after a place's name that make it a club's: "Carrow Forest boss",
 * "Tull Palace striker", "Harwick fans". */
static const char *const team_marks[] = {
	"boss", "manager", "fans", "supporters", "striker", "midfielder",
	"defender", "goalkeeper", "winger", "forward", "skipper", "full-back",
	"centre-back", "fly-half", "scrum-half", "flanker", "playmaker",
	"coach", "chairman", "captain",
	"spokesman", "spokeswoman", "owner", "owners", "shareholders", "v",
	"vs", NULL
};

static bool dateline(const struct doc *, size_t);

/*
 * Where some span's context says what a name is, relabel: every span
 * whose text is that of a span mark() accepts, and that may() allows
 * (any when NULL), gets the label to, throughout the document.  The table
 * of names is made only for a document that has one.
 */
static void
relabel_marked(struct doc *d, bool (*mark)(const struct doc *,
    const struct span *), bool (*may)(const struct doc *,
    const struct span *), enum label to)
{
	struct smap names;
	size_t i;
	bool any = false;

	for (i = 0; i < d->nsp; i++) {
		if (!mark(d, &d->sp[i]))
			continue;
		if (!any)
			smap_init(&names);
		any = true;
		(void)smap_get(&names, TXT(d, &d->sp[i]), LEN(&d->sp[i]), true,
		    0);
	}
	if (!any)
		return;
	for (i = 0; i < d->nsp; i++) {
		struct span *sp = &d->sp[i];

		if ((may == NULL || may(d, sp)) && smap_get(&names, TXT(d, sp),
		    LEN(sp), false, 0) != NULL)
			sp->label = to;
	}
	smap_free(&names);
}

/*
 * A place's name that the word after it shows to be a club's is ORG there
 * and wherever the document names it again ("Tull Palace striker ... at
 * Tull Palace"); not a country's or a home nation's, whose sides the news
 * names as places ("England coach"), nor a place's adjective ("the
 * Galway-based coach"), nor in a dateline, nor in capitals ("Vodafone UK
 * chief executive").  A firm's officer marks a firm's name the same way
 * ("Halifax chief economist", "a Vexmoor spokesman").  "the Tull side" and
 * "squad" say where a team is from, and the place stays a place.
 */
static bool
club_mark(const struct doc *d, const struct span *sp)
{
	const struct tok *tv = d->tv[sp->sent];
	const char *text = d->sv[sp->sent].text;

	return (sp->label == T_LOC || sp->label == T_GPE) && !sp->headline &&
	    ((sp->t1 < d->nt[sp->sent] && sp->e == tv[sp->t1 - 1].e &&
	    (tok_is(text, &tv[sp->t1], team_marks) || firm_chief(text, tv,
	    d->nt[sp->sent], sp->t1))) ||
	    (sp->t0 > 0 && (tv[sp->t0 - 1].f & TK_LOWER) &&
	    tok_is(text, &tv[sp->t0 - 1], club_before))) &&
	    !(tv[sp->t0].f & TK_ALLCAPS) &&
	    !(lex_get(TXT(d, sp), LEN(sp)) & LX_COUNTRY) &&
	    !in(nations, TXT(d, sp), LEN(sp));
}

static bool
club_may(const struct doc *d, const struct span *sp)
{
	return (sp->label == T_LOC || sp->label == T_GPE) &&
	    !(sp->t0 < 4 && dateline(d, sp->sent));
}

/*
 * Does the acronym token tv[k], in brackets, abbreviate the lower-case
 * words before the bracket: "radio frequency ID (RFID)", "high-definition
 * (HDTV)"?  Their initials (a word's capitals, the parts of a hyphenated
 * word) must give the acronym's first letters, two at least and all but
 * two; a capitalised word ends the look back ("the Carrow Trade
 * Board (CTB)" names a body), as does any other word.
 */
static bool
abbreviates_words(const char *text, const struct tok *tv, size_t k)
{
	char ini[16], acr[16];
	size_t n = 0, j, m, an = 0, i;

	for (i = tv[k].s; i < tv[k].e && an < sizeof(acr); i++)
		if (text[i] >= 'A' && text[i] <= 'Z')
			acr[an++] = (char)(text[i] + 32);
	if (an < 2 || an >= sizeof(acr) || k < 2)
		return false;
	/* the initials, gathered backwards from the word before "(" */
	for (j = k - 1; j-- > 0 && n < an;) {
		const char *w = text + tv[j].s;
		size_t wl = tv[j].e - tv[j].s;
		char part[16];
		size_t pn = 0;

		if (!(tv[j].f & TK_WORD))
			break;
		if (tv[j].f & TK_ALLCAPS) {
			for (m = 0; m < wl && pn < sizeof(part); m++)
				part[pn++] = (char)(w[m] >= 'A' && w[m] <= 'Z' ?
				    w[m] + 32 : w[m]);
		} else if ((tv[j].f & TK_LOWER) || (j == 0 &&
		    lex_is_word(w, wl))) {
			for (m = 0; m < wl && pn < sizeof(part); m++)
				if (m == 0 || w[m - 1] == '-')
					part[pn++] = (char)(w[m] >= 'A' &&
					    w[m] <= 'Z' ? w[m] + 32 : w[m]);
		} else
			break;
		if (n + pn > sizeof(ini))
			break;
		memmove(ini + pn, ini, n);
		memcpy(ini, part, pn);
		n += pn;
		/* the initials gathered so far spell the acronym's start */
		if (n >= 2 && n <= an && n + 2 >= an &&
		    memcmp(ini, acr, n) == 0)
			return true;
	}
	return false;
}

/*
 * An acronym that abbreviates common words where the document spells it
 * out ("radio frequency ID (RFID)") names a thing, not a body, there and
 * wherever the document uses it again.
 */
static bool
thing_mark(const struct doc *d, const struct span *sp)
{
	const struct tok *tv = d->tv[sp->sent];
	const char *text = d->sv[sp->sent].text;

	return sp->label != T_NONE && sp->t1 - sp->t0 == 1 &&
	    (tv[sp->t0].f & TK_ALLCAPS) && sp->t0 >= 1 &&
	    sp->t1 < d->nt[sp->sent] && text[tv[sp->t0 - 1].s] == '(' &&
	    text[tv[sp->t1].s] == ')' && abbreviates_words(text, tv, sp->t0);
}

/* Does sentence si open with a wire dateline: "CARROW 1996-08-30"? */
static bool
dateline(const struct doc *d, size_t si)
{
	const struct tok *tv = d->tv[si];
	const char *text = d->sv[si].text;
	size_t nt = d->nt[si], k;

	for (k = 0; k < nt && k < 4 && (capword(text, &tv[k]) ||
	    (k > 0 && tv[k].e - tv[k].s == 1 && text[tv[k].s] == ',')); k++)
		;
	return k > 0 && k < nt && (date_tok(text, &tv[k]) ||
	    tok_is_fold(text, &tv[k], calendar));
}

/*
 * A byline: a line of two or three names alone, just before the
 * dateline ("Ana Kerrigan" / "CARROW 1996-08-30"), is the writer.
 */
static void
bylines(struct doc *d)
{
	size_t i;

	for (i = 0; i < d->nsp; i++) {
		struct span *sp = &d->sp[i];
		size_t n = sp->t1 - sp->t0;

		if (sp->label != T_NONE || sp->t0 != 0 || n < 2 || n > 3 ||
		    sp->t1 != d->nt[sp->sent] || sp->sent + 1 >= d->ns ||
		    !dateline(d, sp->sent + 1))
			continue;
		sp->label = T_PERSON;
		sp->strong = true;
		sp->headline = false;
	}
}

/*
 * Is sentence si a list of names and nothing else: "Breen, Staunton,
 * Irwin, McAteer and Quinn." (three commas or more, up to three words an
 * item), or such a list after a lead that ends in a colon ("The team is
 * as follows: Given, Breen, ...", "Did not bat: Vaas, ...")?  The token
 * where the list starts, or (size_t)-1.
 */
static size_t
list_line(const struct doc *d, size_t si)
{
	const struct tok *tv = d->tv[si];
	const char *text = d->sv[si].text;
	size_t nt = d->nt[si], k, k0 = 0, commas = 0, run = 0;

	for (k = nt; k > 0; k--)
		if (tv[k - 1].e - tv[k - 1].s == 1 && text[tv[k - 1].s] == ':') {
			k0 = k;
			break;
		}
	for (k = k0; k < nt; k++) {
		if (capword(text, &tv[k]) || (run > 0 && text[tv[k].s] == '.' &&
		    tv[k].e - tv[k].s == 1 && k + 1 < nt)) {
			if (++run > 4)
				return (size_t)-1;
		} else if (tv[k].e - tv[k].s == 1 && text[tv[k].s] == ',' &&
		    run > 0) {
			commas++;
			run = 0;
		} else if (tok_eq(text, &tv[k], "and") && run > 0)
			run = 0;
		else if (k + 1 == nt && tv[k].e - tv[k].s == 1 &&
		    strchr(".;", text[tv[k].s]) != NULL)
			;
		else
			return (size_t)-1;
	}
	return commas >= 3 ? k0 : (size_t)-1;
}

/*
 * In a list of names where one is a person ("Breen, Staunton, Irwin"),
 * the others that nothing else labels are persons too.
 */
static void
name_lists(struct doc *d)
{
	size_t i = 0, j, k, k0;

	while (i < d->nsp) {
		bool person = false;

		for (j = i; j < d->nsp && d->sp[j].sent == d->sp[i].sent; j++)
			person |= d->sp[j].label == T_PERSON;
		if (person && j - i >= 3 && (k0 = list_line(d,
		    d->sp[i].sent)) != (size_t)-1)
			for (k = i; k < j; k++)
				if (d->sp[k].label == T_NONE &&
				    !d->sp[k].headline && d->sp[k].t0 >= k0)
					d->sp[k].label = T_PERSON;
		i = j;
	}
}

/*
 * A descriptor in -er or "Man" before a person named in full is no part
 * of the name: "Backbencher Bill Okoro", "Queenslander Tom Hale",
 * "Tower Man Ana Ruiz"; not before a body's name ("Traveller Law Reform
 * Coalition").  The name, from a given name a list knows (also one that
 * is a common word or a town's name: "Bill", "George"; not a country's,
 * a body's or a people's) with a word or two after it, is the person.
 */
static void
descriptor_split(struct doc *d)
{
	size_t i, j;

	for (i = 0; i < d->nsp; i++) {
		struct span *sp = &d->sp[i];
		const struct tok *tv = d->tv[sp->sent];
		const char *text = d->sv[sp->sent].text;

		if ((sp->label != T_PERSON && sp->label != T_ORG) ||
		    sp->t1 - sp->t0 < 3 || sp->headline ||
		    org_end(text, &tv[sp->t1 - 1]))
			continue;
		for (j = sp->t0 + 1; j + 1 < sp->t1 && j + 3 >= sp->t1; j++) {
			const char *w = text + tv[j - 1].s;
			size_t n = tv[j - 1].e - tv[j - 1].s;

			if (!(tv[j].f & TK_CAP) || (tv[j].f & TK_ALLCAPS) ||
			    (tok_lex(text, &tv[j]) & (LX_FIRST | LX_COUNTRY |
			    LX_ORG | LX_NORP)) != LX_FIRST ||
			    !(tv[j - 1].f & TK_CAP) ||
			    (tv[j - 1].f & TK_ALLCAPS) ||
			    (tok_lex(text, &tv[j - 1]) & LX_FIRST) ||
			    is_title(text, &tv[j - 1]))
				continue;
			/* (a long word or a common one, not a given name
			 * no list knows: "Samer Ammar Soliman"); or one of a
			 * people: "Welshman Tom Hale", "Spaniard Ana Ruiz" */
			if ((n > 4 && w[n - 2] == 'e' && w[n - 1] == 'r' &&
			    (n >= 8 || tok_word(text, &tv[j - 1]))) ||
			    (n == 3 && memcmp(w, "Man", 3) == 0) ||
			    (n >= 7 && (memcmp(w + n - 3, "man", 3) == 0 ||
			    memcmp(w + n - 3, "men", 3) == 0)) ||
			    tok_is(text, &tv[j - 1], demonym_nouns)) {
				sp->t0 = j;
				sp->s = tv[j].s;
				sp->label = T_PERSON;
				break;
			}
		}
	}
}

/*
 * A given name alone (no place's or body's name too) before "and" and a
 * person named in two words shares that person's surname: "owned by John
 * and Beryl Remblance", "Bill and Hillary Clinton arrived".  The given
 * name is a person of its own, though it is a common word.
 */
static void
given_pairs(struct doc *d)
{
	size_t i, n = d->nsp, k, g;

	for (i = 0; i < n; i++) {
		const struct span *sp = &d->sp[i];
		const struct tok *tv = d->tv[sp->sent];
		const char *text = d->sv[sp->sent].text;
		size_t si = sp->sent;

		if (sp->label != T_PERSON || sp->t1 - sp->t0 != 2 ||
		    sp->t0 < 2 || sp->headline ||
		    !tok_eq(text, &tv[sp->t0 - 1], "and"))
			continue;
		g = sp->t0 - 2;
		if (!capword(text, &tv[g]) || (tv[g].f & TK_ALLCAPS) ||
		    (tok_lex(text, &tv[g]) & (LX_FIRST | LX_GPE | LX_ORG |
		    LX_LOC | LX_NORP)) != LX_FIRST ||
		    (g > 0 && capword(text, &tv[g - 1])))
			continue;
		/* a span that holds it already keeps its label, unless it is
		 * the word alone, unlabelled (the sentence's spans are
		 * together, so only they are looked at, for linear time) */
		for (k = i; k > 0 && d->sp[k - 1].sent == si &&
		    !(d->sp[k - 1].t0 <= g && g < d->sp[k - 1].t1); k--)
			;
		k = k > 0 && d->sp[k - 1].sent == si ? k - 1 : n;
		if (k == n)
			add_span(d, si, g, g + 1, T_PERSON, false, false);
		else if (d->sp[k].label == T_NONE && d->sp[k].t0 == g &&
		    d->sp[k].t1 == g + 1)
			d->sp[k].label = T_PERSON;
	}
}

/*
 * How spans x and y (x first) of one sentence are joined: 2 by "and" or
 * "or" (a comma before it or not: "Tellco and Vexmoor", "Tellco, and
 * Vexmoor"), 1 by a comma alone ("Tellco, Vexmoor"), 0 not.
 */
static int
joined(const struct doc *d, const struct span *x, const struct span *y)
{
	const struct tok *tv = d->tv[x->sent];
	const char *text = d->sv[x->sent].text;
	size_t k = x->t1;
	int how = 1;

	if (y->sent != x->sent || y->t0 <= k || y->t0 - k > 2)
		return 0;
	if (text[tv[k].s] == ',' && tv[k].e - tv[k].s == 1)
		k++;
	if (k < y->t0 && (tok_eq(text, &tv[k], "and") ||
	    tok_eq(text, &tv[k], "or"))) {
		k++;
		how = 2;
	}
	return k == y->t0 && k > x->t1 ? how : 0;
}

/*
 * Is span w in a list with span o, which strong evidence labelled l:
 * joined to it by "and" or "or", or by a comma where o is joined on its
 * other side too ("Ubisoft, Microsoft, and Sony"; not "Vexmoor Bank,
 * Tellby, said", a place set off)?
 */
static bool
listed_with(const struct doc *d, size_t w, size_t o, enum label l)
{
	const struct span *x = &d->sp[w < o ? w : o], *y = &d->sp[w < o ? o : w];
	int how = joined(d, x, y);

	if (d->sp[o].label != l || !d->sp[o].strong || how == 0)
		return false;
	if (how == 2)
		return true;
	return (o > w && o + 1 < d->nsp && joined(d, &d->sp[o], &d->sp[o + 1])) ||
	    (o < w && o > 0 && joined(d, &d->sp[o - 1], &d->sp[o]));
}

/*
 * A word no list knows and no context labelled, in a list with an
 * organisation the lexicons know: "Ubisoft, Microsoft and Sony had
 * booths".  Not a common word, a given name or a headline's word.
 */
static void
listed_orgs(struct doc *d)
{
	size_t i;

	for (i = 0; i < d->nsp; i++) {
		struct span *sp = &d->sp[i];
		const struct tok *tv = d->tv[sp->sent];
		const char *text = d->sv[sp->sent].text;

		if (sp->label != T_NONE || sp->headline || sp->t1 - sp->t0 != 1 ||
		    !(tv[sp->t0].f & TK_CAP) || (tv[sp->t0].f & TK_ALLCAPS) ||
		    tok_word(text, &tv[sp->t0]) || tok_lex(text, &tv[sp->t0]) != 0)
			continue;
		if ((i + 1 < d->nsp && listed_with(d, i, i + 1, T_ORG)) ||
		    (i > 0 && listed_with(d, i, i - 1, T_ORG)))
			sp->label = T_ORG;
	}
}

/*
 * A name that opens with another language's article, which that alone
 * made a paper's or a firm's ("El Watan"), is the surname of a person
 * the document names in full with it: "Hicham El Guerrouj ... El
 * Guerrouj said".  The last two and three words of each person's name
 * that open with such an article go in a map first, so that the cost
 * stays linear in the document.
 */
static void
article_surnames(struct doc *d)
{
	struct smap tails;
	size_t i, k;

	tails.v = NULL;
	for (i = 0; i < d->nsp; i++) {
		const struct span *p = &d->sp[i];
		const struct tok *tv = d->tv[p->sent];
		const char *text = d->sv[p->sent].text;

		if (p->label != T_PERSON)
			continue;
		k = p->t1 - p->t0 >= 4 ? p->t1 - 3 : p->t0 + 1;
		for (; k + 1 < p->t1; k++)
			if (tok_is(text, &tv[k], articles))
				smap_set(&tails, text + tv[k].s,
				    tv[p->t1 - 1].e - tv[k].s, 0);
	}
	if (tails.v == NULL)
		return;
	for (i = 0; i < d->nsp; i++) {
		struct span *sp = &d->sp[i];
		const struct tok *tv = d->tv[sp->sent];
		const char *text = d->sv[sp->sent].text;

		if (sp->label != T_PERSON && !sp->strong &&
		    sp->t1 - sp->t0 >= 2 && sp->t1 - sp->t0 <= 3 &&
		    tok_is(text, &tv[sp->t0], articles) &&
		    smap_get(&tails, TXT(d, sp), LEN(sp), false, 0) != NULL)
			sp->label = T_PERSON;
	}
	smap_free(&tails);
}

/*
 * A given name no list knows and a surname that is a common word, which
 * only the shape of a firm's name made an organisation ("Tellco Steel"),
 * in a list with people named in full: "Will Smith, Kevin Spacey and
 * Keanu Reeves", "Norah Jones and Kanye West".  0 when span i is no such
 * name, 1 when it is one but in no such list, 2 when it is one in a list
 * (and is now a person).
 */
static int
listed_person(struct doc *d, size_t i)
{
	struct span *sp = &d->sp[i];
	const struct tok *tv = d->tv[sp->sent];
	const char *text = d->sv[sp->sent].text;

	/* (the tests on the tokens' flags first: most spans fail them) */
	if (sp->label != T_ORG || sp->strong || sp->headline ||
	    sp->t1 - sp->t0 != 2 || !(tv[sp->t0 + 1].f & TK_CAP) ||
	    (tv[sp->t0 + 1].f & TK_ALLCAPS) ||
	    !given_shape(text, &tv[sp->t0]) ||
	    tok_lex(text, &tv[sp->t0]) != 0 || tok_word(text, &tv[sp->t0]) ||
	    org_end(text, &tv[sp->t0 + 1]))
		return 0;
	if ((i + 1 < d->nsp && d->sp[i + 1].t1 - d->sp[i + 1].t0 >= 2 &&
	    listed_with(d, i, i + 1, T_PERSON)) || (i > 0 &&
	    d->sp[i - 1].t1 - d->sp[i - 1].t0 >= 2 &&
	    listed_with(d, i, i - 1, T_PERSON))) {
		sp->label = T_PERSON;
		sp->strong = true;
		return 2;
	}
	return 1;
}

/*
 * The people of listed_person(), each one found vouching for the next
 * on either side ("Kanye West, Dizzee Rascal, Alicia Keys and ..."): a
 * sweep forward, and where one was left, one back and one forward
 * again, so that the cost stays linear in the document.  Then a person
 * named in two words on strong evidence is that person wherever only
 * the shape of a firm's name made the same words an organisation.
 */
static void
listed_people(struct doc *d)
{
	struct smap names;
	size_t i;
	bool left = false;

	for (i = 0; i < d->nsp; i++)
		left |= listed_person(d, i) == 1;
	if (left) {
		for (i = d->nsp; i-- > 0;)
			(void)listed_person(d, i);
		for (i = 0; i < d->nsp; i++)
			(void)listed_person(d, i);
	}
	names.v = NULL;
	for (i = 0; i < d->nsp; i++)
		if (d->sp[i].label == T_PERSON && d->sp[i].strong &&
		    d->sp[i].t1 - d->sp[i].t0 == 2)
			smap_set(&names, TXT(d, &d->sp[i]), LEN(&d->sp[i]), 0);
	if (names.v == NULL)
		return;
	for (i = 0; i < d->nsp; i++)
		if (d->sp[i].label == T_ORG && !d->sp[i].strong &&
		    smap_get(&names, TXT(d, &d->sp[i]), LEN(&d->sp[i]), false,
		    0) != NULL)
			d->sp[i].label = T_PERSON;
	smap_free(&names);
}

/*
 * A headline's given name and surname, the story naming that person by
 * the surname alone ("Ana Ruiz Takes On Carrow" ... "Ruiz said"): the
 * headline's name stands, where a weak headline span otherwise goes.
 */
static bool
headline_person(const struct doc *d, const struct span *sp)
{
	const struct tok *tv = d->tv[sp->sent];
	const char *text = d->sv[sp->sent].text;
	const struct tok *last = &tv[sp->t1 - 1];
	size_t i, n = last->e - last->s;

	if (sp->label != T_PERSON || sp->t1 - sp->t0 != 2 ||
	    !(tok_lex(text, &tv[sp->t0]) &
	    LX_FIRST) || tok_word(text, &tv[sp->t0]) || lex_is_word(text + last->s, n))
		return false;
	for (i = 0; i < d->nsp; i++)
		if (!d->sp[i].headline && d->sp[i].label == T_PERSON &&
		    LEN(&d->sp[i]) == n &&
		    memcmp(TXT(d, &d->sp[i]), text + last->s, n) == 0)
			return true;
	return false;
}

/* Words of a paper's name, which a paper goes by alone: "the Times". */
static const char *const press_words[] = {
	"Times", "Post", "News", "Journal", "Herald", "Tribune", "Telegraph",
	"Observer", "Guardian", "Mail", "Express", "Gazette", "Review",
	"Magazine", "Daily", "Courier", "Zeitung", "Rundschau", "Kurier",
	"Dagblad", "Tidende", "Press", NULL
};

/* Words before an organisation's word used as a common noun: "the
 * Laboratory", "his Association" (asked in lower case). */
static const char *const bare_dets[] = {
	"the", "his", "her", "its", "their", "our", "my", "your", "this",
	"that", "a", "an", "local", NULL
};

/* A state's own forces and chambers, which the word alone names: "the
 * Secretary of the Navy", "Parliament voted". */
static const char *const sole_bodies[] = {
	"Army", "Navy", "Parliament", "Senate", "Congress", "Cabinet", NULL
};

/*
 * Is span sp one word of an organisation's kind ("Laboratory", "Party")
 * after an article or a possessive, that no longer organisation's name in
 * the document holds?  Alone it refers back to a body the text calls by a
 * longer name, or to none: "the League" after "the Carrow League of
 * Rights" is the League, "his Association", "the Laboratory's director"
 * name nothing.  Not a paper's word ("according to the Times"), nor a
 * state's body ("the Navy").
 */
static bool
bare_org_word(struct doc *d, const struct span *sp)
{
	const struct tok *t = &d->tv[sp->sent][sp->t0];
	const char *text = d->sv[sp->sent].text;
	size_t i, k;

	if (sp->label != T_ORG || sp->t1 - sp->t0 != 1 || sp->t0 == 0 ||
	    (t->f & TK_ALLCAPS) || !tok_is(text, t, org_tail) ||
	    !tok_is_fold(text, t - 1, bare_dets) ||
	    tok_is(text, t, press_words) || tok_is(text, t, sole_bodies) ||
	    (tok_lex(text, t) & LX_ORG))
		return false;
	if (d->orgw.v == NULL) {
		smap_init(&d->orgw);
		for (i = 0; i < d->nsp; i++) {
			const struct span *o = &d->sp[i];

			if (o->label != T_ORG || o->t1 - o->t0 < 2)
				continue;
			for (k = o->t0; k < o->t1; k++)
				(void)smap_get(&d->orgw, d->sv[o->sent].text +
				    d->tv[o->sent][k].s, d->tv[o->sent][k].e -
				    d->tv[o->sent][k].s, true, 0);
		}
	}
	return smap_get(&d->orgw, text + t->s, t->e - t->s, false, 0) == NULL;
}

/* Is span sp one word that nothing labelled, inside a sentence? */
static bool
unlabelled_word(const struct span *sp)
{
	return sp->label == T_NONE && !sp->strong && !sp->initial &&
	    !sp->headline && sp->t1 - sp->t0 == 1;
}

/*
 * A common word, capitalised inside a sentence, that nothing labelled
 * and that opens a place's name elsewhere in the document stands for
 * that place: "the Reading train" after "the Reading Railroad"; not a
 * point of the compass nor a word that opens many places' names ("New",
 * "Saint").  The table of first words is made only for a document with
 * such a word.
 */
static void
place_openings(struct doc *d)
{
	struct smap places;
	const struct sment *pl;
	size_t i;

	for (i = 0; i < d->nsp && !unlabelled_word(&d->sp[i]); i++)
		;
	if (i == d->nsp)
		return;
	smap_init(&places);
	for (i = 0; i < d->nsp; i++) {
		const struct span *sp = &d->sp[i];
		const char *text = d->sv[sp->sent].text;
		const struct tok *t = &d->tv[sp->sent][sp->t0];

		if (sp->strong && (sp->label == T_GPE || sp->label == T_LOC) &&
		    sp->t1 - sp->t0 >= 2 && !tok_is(text, t, compass) &&
		    !tok_is(text, t, place_openers))
			(void)smap_get(&places, text + t->s, t->e - t->s, true,
			    sp->label);
	}
	for (i = 0; i < d->nsp && places.count > 0; i++) {
		struct span *sp = &d->sp[i];

		if (unlabelled_word(sp) && (pl = smap_get(&places, TXT(d, sp),
		    LEN(sp), false, 0)) != NULL)
			sp->label = (enum label)pl->val;
	}
	smap_free(&places);
}

/* place_echo()'s mark on a name said to be a person: the top bit */
#define PLACE_SAID	((size_t)-1 / 2 + 1)

/* Is span sp one word that context made a place, inside a sentence? */
static bool
weak_place(const struct span *sp)
{
	return sp->label == T_GPE && !sp->strong && !sp->initial &&
	    !sp->headline && sp->t1 - sp->t0 == 1;
}

/*
 * A name that a place's context made a place twice or more ("extended to
 * Harrison", "from Harrison") is that place where the document names it
 * again with nothing to say ("the Harrison extension", "left Harrison at
 * noon"), which would make it a person by default, when such mentions
 * are no more than the places; not where a verb of saying made it a
 * person ("Harrison said"), nor where it is a word of a person named in
 * full here ("Ben Harrison").  Once is not enough: "talking to Adriano",
 * "her divorce from Diana".
 */
static void
place_echo(struct doc *d, const struct pname *pv, struct smap *best)
{
	struct smap gpe, plain;
	struct sment *m, *n;
	size_t i;

	/* most documents have no such place: no table for them */
	for (i = 0; i < d->nsp && !weak_place(&d->sp[i]); i++)
		;
	if (i == d->nsp)
		return;
	smap_init(&gpe);
	for (; i < d->nsp; i++)
		if (weak_place(&d->sp[i]))
			smap_get(&gpe, TXT(d, &d->sp[i]), LEN(&d->sp[i]), true,
			    0)->val++;
	/* the person mentions: with evidence (blocking) or without */
	smap_init(&plain);
	for (i = 0; i < d->nsp; i++) {
		const struct span *sp = &d->sp[i];

		if (sp->label != T_PERSON || sp->t1 - sp->t0 != 1 ||
		    (m = smap_get(&gpe, TXT(d, sp), LEN(sp), false, 0)) == NULL)
			continue;
		if (sp->echo || sp->strong)
			m->val |= PLACE_SAID;
		else if (!sp->headline)
			smap_get(&plain, TXT(d, sp), LEN(sp), true, 0)->val++;
	}
	for (i = 0; i < d->nsp; i++) {
		struct span *sp = &d->sp[i];

		if (sp->label == T_PERSON && !sp->strong && !sp->echo &&
		    !sp->headline && sp->t1 - sp->t0 == 1 &&
		    (m = smap_get(&gpe, TXT(d, sp), LEN(sp), false, 0)) != NULL &&
		    m->val >= 2 && m->val < PLACE_SAID &&
		    (n = smap_get(&plain, TXT(d, sp), LEN(sp), false, 0)) != NULL &&
		    n->val <= m->val &&
		    find_person(pv, best, TXT(d, sp), LEN(sp)) == NULL)
			sp->label = T_GPE;
	}
	smap_free(&plain);
	smap_free(&gpe);
}

void
tag_document(struct tsent *sv, size_t ns)
{
	struct doc d;
	struct pname *pv = NULL;
	struct smap best, strong, orgs, acr, full, seen;
	bool shared;
	size_t np = 0, pcap = 0, i, k, tcap, ntok;
	const struct pname *p;
	struct span *sp;
	struct tok *tv, *toks;
	const char *text, *key;
	char kbuf[64];

	memset(&d, 0, sizeof(d));
	d.sv = sv;
	d.ns = ns;
	d.tv = xcalloc(ns, sizeof(*d.tv));
	d.nt = xcalloc(ns, sizeof(*d.nt));
	/* one array for the document's tokens, each sentence a slice,
	 * sized for a word in five bytes so that it is seldom grown */
	for (i = 0, tcap = 64; i < ns; i++)
		tcap += sv[i].len / 5;
	toks = xreallocarray(NULL, tcap, sizeof(*toks));
	ntok = 0;
	for (i = 0; i < ns; i++) {
		d.nt[i] = tokenize(sv[i].text, sv[i].len, &toks, &tcap, ntok);
		ntok += d.nt[i];
	}
	for (i = 0, ntok = 0; i < ns; ntok += d.nt[i], i++)
		d.tv[i] = toks != NULL ? toks + ntok : NULL;
	d.sports = sports_doc(&d);
	for (i = 0; i < ns; i++)
		pass1(&d, i);
	firm_cues(&d);
	descriptor_split(&d);

	/* what pass 1 settled strongly, and the first words of strong
	 * organisations ("Tillax" of "Tillax S.A.") */
	smap_init(&strong);
	smap_init(&orgs);
	for (i = 0; i < d.nsp; i++) {
		sp = &d.sp[i];
		if (!sp->strong)
			continue;
		(void)smap_get(&strong, TXT(&d, sp), LEN(sp), true, i);
		if (sp->label == T_ORG) {
			size_t k2;

			for (k2 = 1; k2 + 1 < LEN(sp); k2++)
				if (TXT(&d, sp)[k2] == ' ')
					(void)smap_get(&orgs, TXT(&d, sp), k2,
					    true, 0);
		}
	}

	/* people known by strong evidence: index their first and last words */
	for (i = 0; i < d.nsp; i++) {
		sp = &d.sp[i];
		if (sp->label != T_PERSON || sp->t1 - sp->t0 < 2 ||
		    (!sp->strong && sp->headline))
			continue;
		tv = d.tv[sp->sent];
		text = sv[sp->sent].text;
		/* "Tillax GDRs" is no person when "Tillax S.A." is a firm */
		if (!sp->strong && org_prefix(&orgs, text + tv[sp->t0].s,
		    tv[sp->t0].e - tv[sp->t0].s))
			continue;
		for (k = 0; k < 2; k++) {
			size_t t = k == 0 ? sp->t1 - 1 : sp->t0;

			if (np == pcap) {
				pcap = pcap ? pcap * 2 : 16;
				pv = xreallocarray(pv, pcap, sizeof(*pv));
			}
			pv[np].key = text + tv[t].s;
			pv[np].klen = tv[t].e - tv[t].s;
			pv[np].full = TXT(&d, sp);
			pv[np].flen = LEN(sp);
			pv[np].last = k == 0;
			np++;
		}
	}

	/* what pass 1 settled, indexed for pass 2 */
	shared = person_index(pv, np, &best);
	acr.v = NULL;		/* built when first needed */

	/* pass 2: weak and unknown spans from what the document says */
	for (i = 0; i < d.nsp; i++) {
		enum label l;

		sp = &d.sp[i];
		/* a place's name that is the surname of someone named in
		 * full here: "Manuel Ferreira ... Ferreira said", "Ian
		 * Holland ... Holland was freed" */
		if (sp->strong && sp->label == T_GPE && sp->t1 - sp->t0 == 1 &&
		    (lex_get(TXT(&d, sp), LEN(sp)) & LX_GPE) &&
		    (p = find_person(pv, &best, TXT(&d, sp),
		    LEN(sp))) != NULL && p->last &&
		    !particle_surname(p, LEN(sp))) {
			sp->label = T_PERSON;
			continue;
		}
		if (sp->strong)
			continue;
		if (sp->initial) {
			/* only a person's surname named in full elsewhere, or
			 * an acronym the document labels where it opens no
			 * sentence ("GM said" after "GM chief executive") */
			if (find_person(pv, &best, TXT(&d, sp), LEN(sp)) != NULL)
				sp->label = T_PERSON;
			else if (d.tv[sp->sent][sp->t0].f & TK_ALLCAPS)
				sp->label = acronym_elsewhere(&d, &acr, sp);
			continue;
		}
		/* "OKORO TAKES LEAD": a headline in capitals names whom
		 * the story names in Title Case */
		key = title_key(TXT(&d, sp), LEN(sp), kbuf, sizeof(kbuf));
		l = find_strong(&d, &strong, key, LEN(sp));
		if (l != T_NONE) {
			sp->label = l;
			continue;
		}
		if (sp->t1 - sp->t0 == 1 && (p = find_person(pv, &best, key,
		    LEN(sp))) != NULL && !(p->flen == LEN(sp) &&
		    org_prefix(&orgs, TXT(&d, sp), LEN(sp)))) {
			sp->label = T_PERSON;
			continue;
		}
		/* the start of a known organisation: "Atlantica Terminals";
		 * "Tillax said" after "Tillax S.A."; a name that opens
		 * with one: "Tillax GDRs" */
		if (org_prefix(&orgs, TXT(&d, sp), LEN(sp)) ||
		    (sp->label == T_PERSON && sp->t1 - sp->t0 >= 2 &&
		    org_prefix(&orgs, TXT(&d, sp), d.tv[sp->sent][sp->t0].e -
		    d.tv[sp->sent][sp->t0].s))) {
			sp->label = T_ORG;
			continue;
		}
		if (sp->headline && !headline_person(&d, sp))
			sp->label = T_NONE;
	}

	weak_echo(&d);
	place_echo(&d, pv, &best);
	relabel_marked(&d, club_mark, club_may, T_ORG);
	relabel_marked(&d, thing_mark, NULL, T_NONE);
	bylines(&d);
	name_lists(&d);
	given_pairs(&d);
	listed_orgs(&d);
	listed_people(&d);
	article_surnames(&d);
	if (d.sports)
		sports_teams(&d);
	place_openings(&d);

	/* write the entities, each with its canonical form */
	/* spans come mostly in order: sort only when they are not */
	for (i = 1; i < d.nsp && span_cmp(&d.sp[i - 1], &d.sp[i]) <= 0; i++)
		;
	if (i < d.nsp)
		qsort(d.sp, d.nsp, sizeof(*d.sp), span_cmp);
	full.v = seen.v = NULL;	/* made by the first full name */
	for (i = 0; i < d.nsp; i++) {
		const char *canon;
		size_t clen, s, e;

		sp = &d.sp[i];
		if (sp->label == T_NONE)
			continue;
		/* a word of grammar alone names nothing, whatever echo or
		 * headline made it a span: "The", "IN", "With" */
		if (sp->t1 - sp->t0 == 1 && tok_is_fold(sv[sp->sent].text,
		    &d.tv[sp->sent][sp->t0], function_words))
			continue;
		if (award(&d, sp) || titled_word(&d, sp) ||
		    bare_org_word(&d, sp))
			continue;
		s = sp->s;
		e = sp->e;
		canon = sv[sp->sent].text + s;
		clen = e - s;
		if (sp->label == T_PERSON) {
			tv = d.tv[sp->sent];
			text = sv[sp->sent].text;
			if (sp->t1 - sp->t0 == 1)
				p = find_person(pv, &best, title_key(text + s,
				    e - s, kbuf, sizeof(kbuf)), e - s);
			else
				p = find_person(pv, &best, text + tv[sp->t1 - 1].s,
				    tv[sp->t1 - 1].e - tv[sp->t1 - 1].s);
			/* (or the surname with its particle: "El Guerrouj"
			 * of "Hicham El Guerrouj") */
			if (p != NULL && (p->flen > clen || (p->flen == clen &&
			    sp->t1 - sp->t0 > 1)) && (sp->t1 - sp->t0 == 1 ||
			    same_first(text + s, e - s, p->full, p->flen) ||
			    (p->flen > clen + 1 &&
			    p->full[p->flen - clen - 1] == ' ' &&
			    memcmp(p->full + p->flen - clen, text + s,
			    clen) == 0))) {
				canon = p->full;
				clen = p->flen;
			}
			if (shared && p != NULL && p->last) {
				recent_person(&d, &full, &seen, i, &canon,
				    &clen);
				by_initial(&d, pv, np, sp, &canon, &clen);
			}
			/* a title alone, no one's surname here, names no
			 * one: "the Bishop said", "the 50-year-old MP" (but
			 * "King" after "Mervyn King") */
			if (sp->t1 - sp->t0 == 1 && canon == text + s &&
			    is_title(text, &tv[sp->t0]))
				continue;
		}
		add_ent(&sv[sp->sent], s, e, sp->label, canon, clen);
	}

	free(toks);
	free(d.tv);
	free(d.nt);
	free(d.sp);
	free(pv);
	smap_free(&best);
	smap_free(&strong);
	smap_free(&orgs);
	smap_free(&acr);
	smap_free(&full);
	smap_free(&seen);
	smap_free(&d.orgw);
	smap_free(&d.capw);
}

void
tag_free(struct tsent *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(s[i].ents);
		s[i].ents = NULL;
		s[i].nents = s[i].cap = 0;
	}
}
