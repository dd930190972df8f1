package extract

import "strings"

// flag is a bit set of the roles a word can play in the patterns below.
type flag uint64

const (
	fCue        flag = 1 << iota // a speech verb: said, told, added
	fWeakCue                     // a verb that reports speech only before "that" or a quote: believe, hope
	fPart                        // an -ing form: saying, adding
	fTell                        // takes the audience as object: told, telling
	fPronoun                     // he, she, they
	fRelative                    // who, that, which
	fDet                         // the, a, his
	fRole                        // spokesman, president, minister
	fMod                         // chief, senior, former: modifiers inside a speaker's noun phrase
	fOrgHead                     // Ministry, Kremlin, Department
	fAux                         // has, also, later: may stand between a speaker and the cue
	fNeg                         // not, never
	fAbbr                        // Mr, Gov, Sept: an abbreviation that a capital usually follows
	fAbbrEnd                     // Inc, Jr, U.S.: an abbreviation that may end a sentence
	fStarter                     // The, It, He: words that begin sentences
	fWeekday                     // Monday .. Sunday
	fMonth                       // January .. December, Jan, Sept
	fPrep                        // in, on, at: start phrases skipped after a cue
	fClauseEnd                   // but, while, although: end a reported clause after a comma
	fAudience                    // reporters, journalists
	fSourceNoun                  // report, statement, poll: speakers without a capital
	fMedia                       // News, Times, Agency: words that make an organisation an outlet
	fPassive                     // was, is: before "quoted as saying"
	fCall                        // call: a cue only before a quote, "for" or "on"
	fAsk                         // ask: a cue only before a quote or a question word
	fQuoted                      // quoted, cited: "was quoted as saying"
	fQuestion                    // whether, if, why: what an "asked" reports
	fComment                     // comments, remarks: "the comments by X on September 13"
	fRelDay                      // yesterday, today
	fObject                      // me, him: the object of a verb of telling
	fSub                         // because, that: a conjunction that opens a clause
	fHon                         // Mr, Mrs: courtesy titles, neither name nor role
	fParticle                    // de, van: lower-case words inside names
	fDirective                   // urge, accuse: the verb belongs to what was said
	fQuant                       // most, others: quantities that speak ("most said")
	fDateLead                    // on, last, a: words that may open a date phrase
	fQuoteCue                    // states, reads: cues only right after a quotation (mostly nouns otherwise)
	fMale                        // Mr, spokesman: a man
	fNumber                      // six, dozen: number words
	fFemale                      // Mrs, spokeswoman: a woman
	fSpeechNoun                  // claim, warning, pledge: nouns of speech whose possessor speaks (nouns.go)
	fDerived                     // blasted, lamented: verbs of speech derived from PolNeAR train (cues.go), read only by the fallback
)

// word is what the lexicon knows about one lower-case word.
type word struct {
	f   flag
	num int // weekday (0 = Sunday) or month (1 = January)
}

var lexicon = map[string]word{}

// lexBuckets index the ASCII words of the lexicon (those whose first and
// last bytes are a-z, shorter than 32 bytes) by length, first and last
// letter, so that looking a word up compares it with one or two candidates
// instead of hashing it. Other words stay in the map.
var (
	lexStart   [32*26*26 + 1]uint16 // bucket b holds lexEntries[lexStart[b]:lexStart[b+1]]: one array, so a lookup reads one cache line of it
	lexEntries []lexEntry
)

// lexEntry is a bucketed word and what the lexicon knows of it, side by
// side: a lookup that finds its key reads the entry from the same cache
// line, where two arrays (keys, values) took a miss in each.
type lexEntry struct {
	key string
	w   word
}

// bucket returns the bucket of w, or -1 when w is not bucketed.
func bucket(w string) int {
	// b|0x20 is lowerByte(b) for a letter, and a-z only for a letter: one
	// comparison each, cheap enough for look to inline
	f, l := (w[0]|0x20)-'a', (w[len(w)-1]|0x20)-'a'
	if len(w) >= 32 || f >= 26 || l >= 26 {
		return -1
	}
	return (len(w)*26+int(f))*26 + int(l)
}

// buildBuckets fills the bucket index from the lexicon map.
func buildBuckets() {
	var byBucket [32 * 26 * 26][]string
	for w := range lexicon {
		if b := bucket(w); b >= 0 {
			byBucket[b] = append(byBucket[b], w)
		}
	}
	for b, ws := range byBucket {
		lexStart[b] = uint16(len(lexEntries))
		for _, w := range ws {
			lexEntries = append(lexEntries, lexEntry{w, lexicon[w]})
		}
	}
	lexStart[len(byBucket)] = uint16(len(lexEntries))
}

// lexKey returns the lexicon's key that w matches case-insensitively, for
// a bucketed word: the keys are lower case (TestLexKeysLower), so it is
// lowerASCII(w) without a copy of its own.
func lexKey(w string) (string, bool) {
	if len(w) > 0 {
		if b := bucket(w); b >= 0 {
			for i := lexStart[b]; i < lexStart[b+1]; i++ {
				if e := &lexEntries[i]; equalInside(w, e.key) { // as look compares
					return e.key, true
				}
			}
		}
	}
	return "", false
}

// equalInside is equalLower(w, key) for w and key of one bucket: of the
// same length, their first and last letters the same but for case, so
// only the bytes between are compared (none for a word of one or two).
func equalInside(w, key string) bool {
	if len(w) != len(key) {
		return false
	}
	for i := 1; i < len(key)-1; i++ {
		if lowerByte(w[i]) != key[i] {
			return false
		}
	}
	return true
}

// equalLower is equalFold(w, key) for a key in lower case, as the
// lexicon's are (TestLexKeysLower): only w's bytes are folded.
func equalLower(w, key string) bool {
	if len(w) != len(key) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if lowerByte(w[i]) != key[i] {
			return false
		}
	}
	return true
}

func lowerByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// maxLexLen is the length of the longest word in the lexicon: longer words
// are not looked up.
var maxLexLen int

func add(f flag, words string) {
	for _, w := range strings.Fields(words) {
		maxLexLen = max(maxLexLen, len(w))
		e := lexicon[w]
		e.f |= f
		lexicon[w] = e
	}
}

func init() {
	add(fCue, `say says said tell tells told add adds added note notes noted
		explain explains explained argue argues argued warn warns warned stated
		emphasize emphasizes emphasized emphasise emphasised stresses stressed
		confirm confirms confirmed insist insists insisted acknowledge acknowledges acknowledged
		admit admits admitted declare declares declared announce announces announced
		write writes wrote written tweets tweeted recalls recalled replies replied commented
		respond responds responded reiterate reiterates reiterated claims claimed
		contend contends contended assert asserts asserted concede concedes conceded
		predict predicts predicted vowed pledged promised
		complain complains complained remarked quipped
		suggest suggests suggested accuse accuses accused urge urges urged denies denied
		testified testify testifies countered lamented
		boasted joked conclude concludes concluded
		saying telling adding noting explaining arguing warning stating emphasizing emphasising
		stressing confirming insisting acknowledging admitting declaring announcing writing
		tweeting recalling replying responding reiterating claiming contending asserting
		conceding predicting vowing pledging promising complaining remarking suggesting
		accusing urging denying countering lamenting boasting joking concluding`)
	add(fCall, `call calls called calling`)
	add(fAsk, `ask asks asked asking`)
	add(fWeakCue, `believe believes believed think thinks thought hope hopes hoped
		feel feels felt fear fears feared know knows knew report reports reported
		reveal reveals revealed indicate indicates indicated agree agrees agreed
		maintain maintains maintained mention mentions mentioned estimate estimates estimated
		expect expects expected worry worries worried shows showed
		find finds found recognize recognizes recognized signals signaled
		hint hints hinted allege alleges alleged speculate speculates speculated
		dismiss dismisses dismissed expressed express expresses`)
	add(fPart, `saying telling adding noting explaining arguing warning stating emphasizing
		emphasising stressing confirming insisting acknowledging admitting declaring
		announcing writing tweeting recalling replying responding reiterating claiming
		contending asserting conceding predicting vowing pledging promising complaining
		remarking suggesting accusing urging denying countering lamenting boasting joking
		concluding calling asking`)
	add(fTell, `tell tells told telling`)
	add(fNumber, `two three four five six seven eight nine ten dozen dozens hundreds thousands`)
	add(fMale, `mr he spokesman congressman councilman alderman assemblyman businessman husband father son brother king sir`)
	add(fFemale, `mrs ms miss she spokeswoman congresswoman councilwoman alderwoman assemblywoman businesswoman chairwoman wife mother daughter sister queen dame`)
	add(fQuoteCue, `states state reads read`)
	add(fPronoun, `he she they we i it`)
	add(fObject, `me him her us them you`)
	add(fRelative, `who which that`)
	add(fDet, `the a an his her their its our this these those one another some several many
		two three four few both each every any my your`)
	add(fParticle, `de van von der den la le du da di del bin al el ben ibn dos das st`)
	add(fRole, `spokesman spokeswoman spokesperson spokesmen spokespeople president
		minister secretary official officials aide aides adviser advisor advisers
		director chairman chairwoman chair leader leaders senator sen governor gov
		representative rep mayor ambassador envoy general gen chief ceo head
		chancellor premier prime king queen prince pope judge judges justice justices attorney
		commissioner candidate nominee speaker manager strategist analyst analysts
		expert experts professor prof lawmaker lawmakers congressman
		congresswoman economist economists founder executive officer diplomat diplomats
		deputy vice-president vice press-secretary sources source spokesmen host narrator
		anchor reporter correspondent columnist editor author authors chairperson counsel
		lt col sgt capt adm cmdr colonel captain sergeant lieutenant admiral commander
		superintendent sheriff inspector treasurer recorder assessor auditor comptroller coroner registrar
		whip activist activists pollster pollsters
		consultant consultants operative operatives organizer organizers lawyer lawyers
		historian historians scholar scholars fellow researcher researchers chairmen chairwomen
		member members worker workers owner co-founder partner student teacher pastor priest
		bishop rabbi imam doctor physician nurse delegate delegates supporter supporters
		critic critics observer observers lobbyist lobbyists donor donors volunteer veteran
		mother father wife husband son daughter brother sister official's attorneys
		governor-elect president-elect nominee frontrunner front-runner contender
		businessman businesswoman billionaire entrepreneur investor investors banker
		authorities protesters demonstrators spokespeople prosecutor prosecutors
		moderator moderators interviewer
		coach coaches quarterback goalkeeper goalie striker midfielder pitcher
		teammate teammates linebacker
		councilman councilwoman councilmember alderman alderwoman assemblyman assemblywoman`)
	add(fMod, `chief senior top former deputy foreign state-run state press
		national regional local federal acting longtime long-time then new interim
		military defense defence foreign-policy campaign white house communications
		democratic republican presidential vice`)
	add(fOrgHead, `kremlin ministry department office agency committee council government
		party campaign house administration embassy commission bureau service police
		army navy company corporation inc corp university institute foundation
		association organization organisation group bank fund court congress senate
		parliament duma cabinet union alliance coalition network times post journal news
		tribune herald telegraph guardian reuters tass interfax ria novosti xinhua
		press-service center centre pentagon nato un eu fbi cia kgb fsb`)
	add(fMedia, `news times post journal tribune herald telegraph guardian agency
		reuters tass interfax ria novosti xinhua bloomberg afp ap cnn bbc fox nbc abc cbs
		msnbc npr politico axios buzzfeed breitbart izvestia kommersant vedomosti rbc
		anadolu radio tv television newspaper magazine network channel gazette broadcasting
		wire daily weekly press`)
	add(fAux, `has have had also later then previously again once earlier recently
		further repeatedly reportedly would will could may might must should has
		publicly privately initially subsequently separately simply only just already
		now still first last finally flatly quickly bluntly openly frequently often
		twice even however nevertheless nonetheless indeed too yet 's ’s 'd ’d do does did can`)
	add(fNeg, `not never n't no declined refused refuse declines refuses neither nor cannot can't can’t
		didn't doesn't don't hasn't haven't hadn't won't wouldn't couldn't isn't wasn't
		didn’t doesn’t don’t hasn’t haven’t hadn’t won’t wouldn’t couldn’t isn’t wasn’t`)
	add(fAbbr, `mr mrs ms dr prof gov sen rep gen lt col maj sgt capt cmdr adm rev st
		messrs hon pres supt det insp atty amb no nos vol fig jan feb mar apr jun jul
		aug sep sept oct nov dec mt ft vs v op cf ex gens reps sens govs fr msgr cpl pvt`)
	add(fAbbrEnd, `inc corp co ltd jr sr etc bros llc plc`)
	add(fStarter, `the it he she they we i but and in on at for as if when while after
		before this that these those his her their its our a an there some many
		however meanwhile still yet so then now one two three according since
		although though last earlier later speaking asked by with from to of like unlike among without
		what why how who where which other another most more such each both all
		no not despite under over during until unless because instead also`)
	for i, d := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		lexicon[d] = word{f: lexicon[d].f | fWeekday, num: i}
	}
	for d, i := range map[string]int{"tues": 2, "weds": 3, "thurs": 4} { // "on Tues.": the abbreviations no other word shares
		lexicon[d] = word{f: lexicon[d].f | fWeekday, num: i}
	}
	for i, m := range [][]string{{"january", "jan"}, {"february", "feb"}, {"march", "mar"},
		{"april", "apr"}, {"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sept", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"}} {
		for _, w := range m {
			lexicon[w] = word{f: lexicon[w].f | fMonth, num: i + 1}
		}
	}
	add(fPrep, `in on at during to with after before from via through over while amid despite following`)
	add(fClauseEnd, `but while although though whereas even yet because as if when
		which who where adding saying noting explaining arguing insisting according`)
	add(fAudience, `reporters journalists correspondents press media newsmen reporter journalist
		audience crowd supporters listeners viewers lawmakers students delegates`)
	add(fSourceNoun, `report reports statement statements poll polls survey surveys study
		studies document documents letter letters memo filing filings complaint
		lawsuit ruling indictment release website ad ads article editorial analysis
		officials sources analysts experts critics aides lawmakers people residents
		voters supporters observers diplomats investigators prosecutors officers
		economists researchers opponents advocates democrats republicans members
		spokesman spokeswoman spokesperson official aide adviser source expert critic
		statement data figures records emails email message tweet post transcript
		account accounts book memoir paper readout readouts summary group team campaign administration
		government company police agency organization committee witnesses witness
		observers insiders allies rivals colleagues friends reps leaders leader
		president minister secretary senator governor candidate ambassador`)
	add(fPassive, `was is were are been being`)
	defer buildBuckets()
	add(fQuoted, `quoted cited`)
	add(fQuestion, `whether if why how what who when where which`)
	add(fComment, `comments comment remarks remark statement statements words interview briefing`)
	add(fRelDay, `yesterday today tonight`)
	add(fSpeechNoun, `claim claims call calls promise promises pledge pledges vow vows
		warning warnings comment comments remark remarks statement statements
		assertion assertions insistence argument arguments suggestion suggestions
		declaration announcement admission denial denials prediction predictions
		boast boasts accusation accusations charge plea demand demands threat threats
		assurance assurances contention message tweet`)
	add(fHon, `mr mrs ms miss dr sir dame messrs`)
	add(fDateLead, `on last this past earlier later early late in a an one the over between from dated that overnight by`)
	add(fQuant, `most many some others several few all both`)
	add(fDirective, `urge urges urged urging accuse accuses accused accusing`)
	add(fSub, `because that and but so as if when while although though since unless whether`)
	addDerivedCues()
}

// look returns what the lexicon knows about w, matching case-insensitively.
// buf is scratch space for lower-casing, so that lookups do not allocate.
func look(w string, buf *[64]byte) word {
	if len(w) == 0 || len(w) > len(buf) || len(w) > maxLexLen {
		return word{}
	}
	if b := bucket(w); b >= 0 {
		for i := lexStart[b]; i < lexStart[b+1]; i++ {
			if e := &lexEntries[i]; equalInside(w, e.key) {
				return e.w
			}
		}
		return word{}
	}
	upper := false
	for i := 0; i < len(w); i++ {
		if b := w[i]; 'A' <= b && b <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		return lexicon[w]
	}
	for i := 0; i < len(w); i++ {
		buf[i] = lowerByte(w[i])
	}
	return lexicon[string(buf[:len(w)])]
}

// mediaNames are outlets that a text names bare ("told TASS", "by Interfax"):
// the via list keeps them when they follow "by" or a verb of telling.
func isMedia(name string) bool {
	var buf [64]byte
	for w := range strings.FieldsSeq(name) {
		if look(strings.Trim(w, ".,"), &buf).f&fMedia != 0 {
			return true
		}
	}
	return false
}
