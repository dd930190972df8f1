package extract

import (
	"bytes"
	"slices"
	"sort"
	"strings"
)

// entity is a person the clipping names, with the fullest form of the name
// and the titles given to it.
type entity struct {
	name     string
	words    []string
	title    string // the first title given, as written
	sex      sex
	forms    []string // other forms the clipping writes the name in ("Kremlin spokesman Dmitry Peskov")
	twords   []string // lower-case words of every title given
	roles    []string // role keys of those titles
	past     []string // roles every title gave as held no more ("former governor": speaker_appos_role.go)
	mentions []int    // byte offsets of every mention, in order
}

// entities indexes the people of one clipping by surname, and their
// mentions in text order.
type entities struct {
	list   []entity
	byLast map[string][]int
	lastID []int  // the arrays of byLast's first ids, one shared array (add)
	order  []mref // every mention, in text order

	sents   []int        // byte offset of every sentence start of the blocks read
	blocks  []int        // byte offset of every block start
	prons   []pron       // he and she outside quotations, in text order
	oblique map[int]bool // mentions after a preposition, by byte offset: not subjects
	// lowerUse: words in -ly sentenceAdverb asked about, by whether the
	// clipping writes them in lower case (entity_opening.go)
	lowerUse map[string]bool
	// openerUse: commonOpener's answers by the name's first word; each
	// searches the whole clipping, and a name comes up again and again
	openerUse map[string]bool
	scratch   scratch   // reused by pronounReferents
	words     wordArena // the words of the names analysed (entities_reuse.go)
}

// pron is a he or she (him, her, his) in running text.
type pron struct {
	pos int
	sex sex
	det bool // his or her before a noun: resolved, but no salience of its own
}

// mref is one mention of an entity.
type mref struct {
	pos int
	id  int
}

// from returns the index in es.order of the first mention at or after pos.
func (es *entities) from(pos int) int {
	return sort.Search(len(es.order), func(i int) bool { return es.order[i].pos >= pos })
}

// mention records a mention of entity id at pos; mentions come in text order.
func (es *entities) mention(id, pos int) {
	es.list[id].mentions = append(es.list[id].mentions, pos)
	es.order = append(es.order, mref{pos, id})
}

// collect reads the runs of capitalised words (with titles between them)
// in a block's tokens and records the names and titles they give. ends
// are the indices of the tokens that start a sentence after the first, as
// splitSentences gives them.
func (es *entities) collect(t string, toks []token, ends []int) {
	if len(toks) == 0 {
		return
	}
	es.blocks = append(es.blocks, toks[0].s)
	es.sents = append(es.sents, toks[0].s)
	for _, e := range ends {
		es.sents = append(es.sents, toks[e].s)
	}
	var lb [32]byte
	for i := range toks {
		tk := &toks[i]
		if tk.k == kWord && tk.e-tk.s <= 3 && tk.w.f&(fPronoun|fDet) != 0 && (t[tk.s]|0x20 == 'h' || t[tk.s]|0x20 == 's') { // sexOf knows he, him, his, she and her alone: not "the", "a", "it"
			if x := sexOf(string(lowerInto(&lb, t[tk.s:tk.e]))); x != unknownSex {
				// his and her before a noun are resolved (for "his campaign")
				// but add no salience of their own
				det := tk.w.f&fPronoun == 0
				es.prons = append(es.prons, pron{tk.s, x, det})
			}
		}
	}
	for i := 0; i < len(toks); {
		if tk := &toks[i]; tk.k != kWord || !tk.cap && tk.w.f&(fRole|fMod) == 0 && (tk.w.f&fParticle == 0 && tk.e-tk.s != 2 || !nameish(t, toks, i)) { // a capital, a role or a modifier is nameish's first answer, without the call
			i++ // the test before nameish answers most tokens: not a word, or a small word no name takes in ("of", a particle)
			continue
		}
		j := i
		for j < len(toks) && (toks[j].k == kWord && (toks[j].cap || toks[j].w.f&(fRole|fMod) != 0) || nameish(t, toks, j)) {
			if possessive(t[toks[j].s:toks[j].e]) {
				j++
				break
			}
			j++
		}
		a, b := i, j
		for a < b && (toks[a].w.f&(fStarter|fWeekday|fMonth) != 0 && toks[a].w.f&(fRole|fOrgHead) == 0 || !toks[a].cap && toks[a].w.f&fRole == 0 && !roleCompound(toks, a, b)) {
			a++
		}
		if i > 0 && toks[i-1].k == kWord && toks[i-1].w.f&fPrep != 0 && a < b {
			if es.oblique == nil {
				es.oblique = map[int]bool{}
			}
			es.oblique[toks[a].s] = true
		}
		for b > a && !toks[b-1].cap {
			b--
		}
		if b-a >= 2 && sentenceFirst(toks, ends, a) && (openingWord(t[toks[a].s:toks[a].e], t[toks[a+1].s:toks[a+1].e], toks[a].w.f) || toks[a].w.f&(fRole|fOrgHead|fMedia|fHon|fMod) == 0 && !knownFirstName(t[toks[a].s:toks[a].e]) && es.sentenceAdverb(t, t[toks[a].s:toks[a].e], t[toks[a+1].s:toks[a+1].e])) {
			a++ // "Maybe Trump is ...", "Even Republicans who ...": a word capitalised only by the sentence
		}
		if b == a+1 && toks[a].w.f&(fRole|fHon) == 0 {
			// a single capitalised word: a mention of a surname seen before
			w := stripPossessive(t[toks[a].s:toks[a].e])
			if ids := es.byLast[w]; len(ids) > 0 {
				es.mention(ids[0], toks[a].s)
			} else if id := es.surnameFirst(w); id >= 0 {
				es.mention(id, toks[a].s) // "Li Wen ... Li said"
			}
		} else if b > a && !titleCase(t, toks[a:b]) && !namedDay(t, toks, a, b) { // entity_named_day.go: "on New Year's Day"
			m := analyseIn(t, toks[pastTitleStart(t, toks, a, b):b], &es.words) // "former New York governor" (entity_past_title.go)
			if m.kind == mName {
				es.add(m, toks[a].s)
			}
		}
		i = j
	}
}

// titleCase reports whether a run of capitals is a title-case headline
// rather than a name: a capitalised preposition, article, auxiliary, verb
// of saying or conjunction inside it ("Railing Against Trump", "Clinton Goes
// After Trump As The New Romney"). "of" and name particles are written in
// lower case inside names and do not count.
func titleCase(t string, toks []token) bool {
	var lb [32]byte
	for _, tk := range toks[1:] {
		if tk.k != kWord || !tk.cap || tk.w.f&(fRole|fOrgHead|fHon) != 0 {
			continue
		}
		if tk.w.f&(fPrep|fDet|fAux|fCue|fWeakCue|fSub|fPronoun|fNeg) != 0 || titleWords[string(lowerInto(&lb, t[tk.s:tk.e]))] {
			return true
		}
	}
	return false
}

// titleWords are prepositions and conjunctions that names write in lower
// case and title-case headlines capitalise.
var titleWords = map[string]bool{"against": true, "about": true, "into": true, "by": true, "for": true,
	"of": true, "as": true, "with": true, "without": true, "under": true, "than": true, "and": true,
	"or": true, "vs": true, "vs.": true, "says": true, "is": true, "are": true, "was": true}

// roleCompound reports whether the lower-case word at a, no role itself,
// opens a role's compound with the role word after it, inside the run
// [a, b): "press secretary", "campaign manager". The title keeps it, so
// that "Cruz" later is the press secretary, not a secretary.
func roleCompound(toks []token, a, b int) bool {
	return a+1 < b && !toks[a+1].cap && toks[a+1].w.f&fRole != 0 && toks[a].w.f&(fStarter|fDet|fPrep) == 0
}

// nameish reports whether token i may be part of a name with its title.
func nameish(t string, toks []token, i int) bool {
	tk := &toks[i]
	if tk.k != kWord {
		return false
	}
	if tk.cap || tk.w.f&(fRole|fMod) != 0 {
		return true
	}
	if equalFold(t[tk.s:tk.e], "of") {
		return i > 0 && toks[i-1].cap && i+1 < len(toks) && toks[i+1].cap
	}
	if tk.w.f&fParticle == 0 {
		return false
	}
	// a name's particles, one or a run of them between capitals: "Charles
	// de Gaulle", "Ursula von der Leyen", "Ahmed bin al-Hussein"
	a, b := i-1, i+1
	for a >= 0 && toks[a].k == kWord && !toks[a].cap && toks[a].w.f&fParticle != 0 && i-a < 3 {
		a--
	}
	for b < len(toks) && toks[b].k == kWord && !toks[b].cap && toks[b].w.f&fParticle != 0 && b-i < 3 {
		b++
	}
	return a >= 0 && toks[a].k == kWord && toks[a].cap && b < len(toks) && toks[b].k == kWord && toks[b].cap
}

// add records a name mention at byte offset pos.
func (es *entities) add(m mention, pos int) {
	m = describedName(m) // speaker_described.go
	words := m.words
	if len(words) == 0 || isPlace(m.name) || compassPlace(words) { // a place is never a person (speaker_place.go), nor the fuller name of one ("Sudan" is not South Sudan)
		return
	}
	if len(words) == 2 && !knownFirstName(words[0]) {
		var buf [64]byte
		var lb [32]byte
		if f := look(words[0], &buf).f; f&(fStarter|fDet|fPrep|fSub|fNeg|fCue|fWeakCue|fQuant) != 0 && f&fAux == 0 || titleWords[string(lowerInto(&lb, words[0]))] || sequenceVerb(words[0]) { // sequenceVerb folds case itself
			words = words[1:] // "Even Rendell", "Neither Johnson", "Is Sanders", "Continued Stone": a sentence's first word before a surname
			m.words, m.name = words, words[0]
		}
	}
	last := surnameOf(words) // speaker_surname.go: "Moreno" of "Bernie Moreno Jr."
	id := es.find(words)
	if id >= 0 && len(words) == 1 && m.title != "" {
		id = es.titledNamesake(id, last, m.title) // "President Bush" beside Jeb and George W. Bush (entity_titled_namesake.go)
	}
	if id >= 0 && len(words) >= 2 && len(es.list[id].words) == 1 {
		// a full name after a bare surname ("Mr. Obama" ... "Michelle
		// Obama"): the same person only if the sexes agree and, when
		// either is unknown, the surname has not yet been used on its own
		// for long (news gives a full name at a person's first mention)
		e := &es.list[id]
		fs := firstNameSex(words)
		if fs == unknownSex {
			fs = m.sex
		}
		if !compatibleSex(e.sex, fs) || len(e.mentions) >= 3 && (fs == unknownSex || e.sex == unknownSex) {
			id = -1
		}
	}
	if id < 0 {
		if len(words) < 2 && m.title == "" && m.sex == unknownSex {
			return // a bare single word: a place, a party or a surname seen before ("Mr. Wiley" is a man)
		}
		id = es.newEntity(m.name, words) // entities_reuse.go
		if len(words) >= 2 {
			es.list[id].sex = firstNameSex(words)
		}
		if ids := es.byLast[last]; ids != nil {
			es.byLast[last] = append(ids, id)
		} else { // most surnames name one entity: its id in the shared array, capped so that a second one copies
			n := len(es.lastID)
			es.lastID = append(es.lastID, id)
			es.byLast[last] = es.lastID[n : n+1 : n+1]
		}
	}
	e := &es.list[id]
	if m.sex != unknownSex {
		e.sex = m.sex
	}
	if len(words) > len(e.words) {
		e.name, e.words = m.name, words
	}
	if strings.IndexByte(m.text, ' ') > 0 && len(e.forms) < 8 && !slices.Contains(e.forms, m.text) {
		e.forms = append(e.forms, m.text)
	}
	if m.title != "" {
		if e.title == "" {
			e.title = m.title
		}
		es.addRoles(id, m.title)
	}
	es.mention(id, pos)
}

// addRoles records the words of a title given to entity id, and the roles
// among them, once each.
func (es *entities) addRoles(id int, title string) {
	e := &es.list[id]
	past := false
	for w := range strings.FieldsSeq(title) {
		var lb [32]byte
		low := bytes.TrimSuffix(lowerInto(&lb, stripPossessive(w)), []byte("."))
		past = past || formerWord(low)
		if hasLowered(e.twords, low) {
			if !past && len(e.past) > 0 {
				e.past = slices.DeleteFunc(e.past, func(k string) bool { return k == roleKey(string(low)) })
			}
			continue // known: no lower-case copy made
		}
		lw := strings.TrimSuffix(lowerASCII(stripPossessive(w)), ".") // "Sen." is a senator
		e.twords = append(e.twords, lw)
		if past {
			lw = pastUnprefixed(lw) // "then-sen", "ex-gov": the role after the hyphen
		}
		var buf [64]byte
		if look(lw, &buf).f&fRole != 0 {
			e.past = pastRoles(e.past, e.roles, roleKey(lw), past)
			e.roles = append(e.roles, roleKey(lw))
		}
	}
}

// find returns the entity a name's words refer to, or -1.
func (es *entities) find(words []string) int {
	if len(words) == 0 {
		return -1
	}
	cands := es.byLast[surnameOf(words)]
	if len(cands) == 0 {
		return es.firstWithSuffix(words) // "Donald Jr." after "Donald Trump Jr."
	}
	if len(words) == 1 {
		return cands[0]
	}
	for _, id := range cands {
		e := es.list[id]
		if len(e.words) == 1 || e.words[0] == words[0] && sameSuffix(e.words, words) || particleSurname(e.words, words) {
			return id
		}
	}
	return -1
}

// particleSurname reports whether words are the surname of a name whose
// surname opens with a particle, capitalised as a sentence's first word
// or as the full name writes it: "Von der Leyen" of "Ursula von der
// Leyen", "De Blasio" of "Bill de Blasio", "Van Dorn" of "Mina Van Dorn"
// (not "Al Gore" of "Tipper Gore", not "Rose Kessler" of "Nadia Rose
// Kessler": no particle opens the full name's surname there).
func particleSurname(full, words []string) bool {
	k := len(full) - len(words)
	if k < 1 {
		return false
	}
	var buf [64]byte
	if startsUpper(full[k]) && look(full[k], &buf).f&fParticle == 0 {
		return false // "Rose Kessler" is not "Nadia Rose Kessler"
	}
	for i, w := range words {
		if w != full[k+i] && (i > 0 || !strings.EqualFold(w, full[k])) {
			return false
		}
	}
	return true
}

// recent returns, among ids, the entity mentioned last before pos in the
// block of pos or the one before it, or -1.
func (es *entities) recent(ids []int, pos int) int {
	b := es.blockOf(pos)
	for i := es.from(pos) - 1; i >= 0; i-- {
		m := es.order[i]
		if es.blockOf(m.pos) < b-1 {
			break
		}
		if slices.Contains(ids, m.id) {
			return m.id
		}
	}
	return -1
}

// byFirst returns the one entity whose first name is w and whose sex
// agrees with x, or -1 when there is none or more than one. A body's name
// has no first name: "Cleveland" is not the "Cleveland Police Patrolmen
// Association".
func (es *entities) byFirst(w string, x sex) int {
	found := -1
	for id, e := range es.list {
		if len(e.words) >= 2 && e.words[0] == w && compatibleSex(e.sex, x) && !bodyNamed(e.name) {
			if found >= 0 {
				return -1
			}
			found = id
		}
	}
	return found
}

// nearest returns, among ids, the entity mentioned most recently before pos,
// else the first mentioned after it.
func (es *entities) nearest(ids []int, pos int) int {
	for i := es.from(pos) - 1; i >= 0; i-- {
		if slices.Contains(ids, es.order[i].id) {
			return es.order[i].id
		}
	}
	best, bestPos := -1, 1<<62
	for _, id := range ids {
		if ms := es.list[id].mentions; len(ms) > 0 && ms[0] < bestPos {
			best, bestPos = id, ms[0]
		}
	}
	return best
}

// firstBetween returns the entity of a sex compatible with x mentioned
// first in [from, to), or -1.
func (es *entities) firstBetween(from, to int, x sex) int {
	for i := es.from(from); i < len(es.order) && es.order[i].pos < to; i++ {
		if id := es.order[i].id; compatibleSex(es.list[id].sex, x) {
			return id
		}
	}
	return -1
}

// lastBefore returns the entity of a sex compatible with x mentioned last
// before pos, or -1.
func (es *entities) lastBefore(t string, pos int, x sex) int {
	for i := es.from(pos) - 1; i >= 0; i-- {
		if id := es.order[i].id; compatibleSex(es.list[id].sex, x) && !(x != unknownSex && (es.body(t, id) || compassPlace(es.list[id].words))) {
			return id
		}
	}
	return -1
}

// mostMentioned returns the entity among ids with the most mentions, the
// first on a tie.
func (es *entities) mostMentioned(ids []int) int {
	best, n := -1, -1
	for _, id := range ids {
		if len(es.list[id].mentions) > n {
			best, n = id, len(es.list[id].mentions)
		}
	}
	return best
}
