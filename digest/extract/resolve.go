package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/digest"
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
	mentions []int    // byte offsets of every mention, in order
}

// entities indexes the people of one clipping by surname, and their
// mentions in text order.
type entities struct {
	list   []entity
	byLast map[string][]int
	order  []mref // every mention, in text order

	sents   []int        // byte offset of every sentence start of the blocks read
	blocks  []int        // byte offset of every block start
	prons   []pron       // he and she outside quotations, in text order
	oblique map[int]bool // mentions after a preposition, by byte offset: not subjects
	scratch scratch      // reused by pronounReferents
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
// in a block's tokens and records the names and titles they give.
func (es *entities) collect(t string, toks []token, buf *[64]byte) {
	if len(toks) == 0 {
		return
	}
	es.blocks = append(es.blocks, toks[0].s)
	es.sents = append(es.sents, toks[0].s)
	for i := range toks {
		tk := toks[i]
		if i+1 < len(toks) && endsSentence(t, toks, i) {
			es.sents = append(es.sents, toks[i+1].s)
		}
		if tk.k == kWord && tk.e-tk.s <= 3 && tk.w.f&(fPronoun|fDet) != 0 {
			if x := sexOf(lowerASCII(t[tk.s:tk.e])); x != unknownSex {
				// his and her before a noun are resolved (for "his campaign")
				// but add no salience of their own
				det := tk.w.f&fPronoun == 0
				es.prons = append(es.prons, pron{tk.s, x, det})
			}
		}
	}
	for i := 0; i < len(toks); {
		if !nameish(t, toks, i) {
			i++
			continue
		}
		j := i
		for j < len(toks) && nameish(t, toks, j) {
			if possessive(t[toks[j].s:toks[j].e]) {
				j++
				break
			}
			j++
		}
		a, b := i, j
		for a < b && (toks[a].w.f&(fStarter|fWeekday|fMonth) != 0 && toks[a].w.f&(fRole|fOrgHead) == 0 || !toks[a].cap && toks[a].w.f&fRole == 0) {
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
		if b == a+1 && toks[a].w.f&(fRole|fHon) == 0 {
			// a single capitalised word: a mention of a surname seen before
			w := stripPossessive(t[toks[a].s:toks[a].e])
			if ids := es.byLast[w]; len(ids) > 0 {
				es.mention(ids[0], toks[a].s)
			}
		} else if b > a && !titleCase(t, toks[a:b]) {
			m := analyse(t, toks[a:b])
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
	for _, tk := range toks[1:] {
		if tk.k != kWord || !tk.cap || tk.w.f&(fRole|fOrgHead|fHon) != 0 {
			continue
		}
		if tk.w.f&(fPrep|fDet|fAux|fCue|fWeakCue|fSub|fPronoun|fNeg) != 0 || titleWords[lowerASCII(t[tk.s:tk.e])] {
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

// nameish reports whether token i may be part of a name with its title.
func nameish(t string, toks []token, i int) bool {
	tk := toks[i]
	if tk.k != kWord {
		return false
	}
	if tk.cap || tk.w.f&(fRole|fMod) != 0 {
		return true
	}
	return (equalFold(t[tk.s:tk.e], "of") || tk.w.f&fParticle != 0) && i > 0 && toks[i-1].cap && i+1 < len(toks) && toks[i+1].cap
}

// add records a name mention at byte offset pos.
func (es *entities) add(m mention, pos int) {
	m = describedName(m) // speaker_described.go
	words := m.words
	if len(words) == 0 || isPlace(m.name) { // a place is never a person (speaker_place.go)
		return
	}
	if len(words) == 2 && !knownFirstName(words[0]) {
		var buf [64]byte
		if look(words[0], &buf).f&(fStarter|fDet|fPrep|fSub|fNeg|fCue|fWeakCue|fQuant) != 0 && look(words[0], &buf).f&fAux == 0 || titleWords[lowerASCII(words[0])] {
			words = words[1:] // "Even Rendell", "Neither Johnson", "Is Sanders": a sentence's first word before a surname
			m.words, m.name = words, words[0]
		}
	}
	last := words[len(words)-1]
	id := es.find(words)
	if id >= 0 && len(words) >= 2 && len(es.list[id].words) == 1 {
		// a full name after a bare surname ("Mr. Obama" ... "Michelle
		// Obama"): the same person only if the sexes agree and, when
		// either is unknown, the surname has not yet been used on its own
		// for long (news gives a full name at a person's first mention)
		e := &es.list[id]
		fs := nameSex(words[0])
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
		es.list = append(es.list, entity{name: m.name, words: words})
		id = len(es.list) - 1
		if len(words) >= 2 {
			es.list[id].sex = nameSex(words[0])
		}
		es.byLast[last] = append(es.byLast[last], id)
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
		for _, w := range strings.Fields(m.title) {
			lw := strings.TrimSuffix(lowerASCII(stripPossessive(w)), ".") // "Sen." is a senator
			e.twords = append(e.twords, lw)
			var buf [64]byte
			if look(lw, &buf).f&fRole != 0 {
				e.roles = append(e.roles, roleKey(lw))
			}
		}
	}
	es.mention(id, pos)
}

// find returns the entity a name's words refer to, or -1.
func (es *entities) find(words []string) int {
	if len(words) == 0 {
		return -1
	}
	cands := es.byLast[words[len(words)-1]]
	if len(cands) == 0 {
		return -1
	}
	if len(words) == 1 {
		return cands[0]
	}
	for _, id := range cands {
		e := es.list[id]
		if len(e.words) == 1 || e.words[0] == words[0] {
			return id
		}
	}
	return -1
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
// agrees with x, or -1 when there is none or more than one.
func (es *entities) byFirst(w string, x sex) int {
	found := -1
	for id, e := range es.list {
		if len(e.words) >= 2 && e.words[0] == w && compatibleSex(e.sex, x) {
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
func (es *entities) lastBefore(pos int, x sex) int {
	for i := es.from(pos) - 1; i >= 0; i-- {
		if id := es.order[i].id; compatibleSex(es.list[id].sex, x) {
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

// resolved is a statement's speaker after resolution, and its date once
// date (date.go) has given it.
type resolved struct {
	name  string
	title string
	org   bool
	sex   sex
	date  digest.Date
	own   bool // the date comes from the statement's own sentence
	// unsure: a pronoun that opens its paragraph with several people in
	// reach; the name is the likeliest, not a certain one
	unsure bool
	// members: the speakers a coordinated mention names, when it names
	// several; name then lists them ("Bob Corker and Lindsey Graham")
	members []string
	ent     int  // the entity resolved to, plus one; 0 for none
	vague   bool // described, never named: "officials", "a senior official"
}

// resolve names every statement's speaker; date (date.go) dates them.
func (x *extractor) resolve() []resolved {
	res := make([]resolved, len(x.raws))
	freq := x.speakerFreq()
	refs := x.pronounReferents(freq)
	var lastPerson, lastAny = -1, -1
	for i := range x.raws {
		r := &x.raws[i]
		if r.anchor >= 0 {
			res[i] = res[r.anchor]
		} else {
			person := lastPerson
			want := sexOf(r.speaker.pron)
			if want != unknownSex && r.speaker.ante == nil {
				// he and she: the latest person speaker who may be one
				person = -1
				for k := i - 1; k >= 0 && k >= i-12; k-- {
					if !res[k].org && res[k].name != "" && compatibleSex(res[k].sex, want) {
						person = k
						break
					}
				}
			}
			res[i] = x.name(r.speaker, res, person, lastAny, freq)
			if ref, ok := refs[r.speaker.span[0]]; ok && ref.id >= 0 && want != unknownSex && r.speaker.ante == nil {
				e := x.ents.list[ref.id]
				res[i] = resolved{name: e.name, title: e.title, sex: want, unsure: ref.unsure, ent: ref.id + 1}
			} else if want != unknownSex && r.speaker.ante == nil {
				// "When Robby Mook was asked ..., he laughed and said": the
				// person named first in the same sentence
				if id := x.ents.firstBetween(r.sentStart, r.speaker.span[0], want); id >= 0 {
					e := x.ents.list[id]
					res[i].name, res[i].title, res[i].org, res[i].ent = e.name, e.title, false, id+1
				}
				res[i].sex = want
				// the person learns the sex the pronoun gives
				if id := x.ents.find(strings.Fields(res[i].name)); id >= 0 && x.ents.list[id].sex == unknownSex {
					x.ents.list[id].sex = want
				}
			}
			if r.speaker.kind != mPronoun && r.speaker.kind != mName {
				if name, ok := x.possessed(r.speaker, refs); ok {
					res[i] = resolved{name: name, org: true} // "his campaign", "her office"
				}
			}
		}
		if !res[i].org && res[i].name != "" {
			lastPerson = i
		}
		lastAny = i
	}
	for i := range res {
		if !res[i].org && len(res[i].members) == 0 {
			res[i].name = canonicalName(res[i].name, res[i].sex)
		}
		res[i] = x.validSpeaker(res[i], x.raws[i].speaker) // speaker_valid.go
	}
	return res
}

// compatible reports whether two speakers may be the same voice: the same
// name, or an organisation and someone whose title names it.
func compatible(a, b resolved) bool {
	if a.name == "" || b.name == "" {
		return false
	}
	if strings.EqualFold(a.name, b.name) {
		return true
	}
	org, person := a, b
	if b.org {
		org, person = b, a
	}
	if !org.org || person.org || person.title == "" {
		return false
	}
	on := strings.ToLower(strings.TrimPrefix(org.name, "The "))
	return strings.Contains(strings.ToLower(person.title), on)
}

// speakerFreq counts statements whose speaker is named, by entity.
func (x *extractor) speakerFreq() map[int]int {
	freq := map[int]int{}
	for _, r := range x.raws {
		if r.speaker.kind == mName {
			if id := x.ents.find(r.speaker.words); id >= 0 {
				freq[id]++
			}
		}
	}
	return freq
}

// name resolves one mention to a speaker name and title.
func (x *extractor) name(m mention, res []resolved, lastPerson, lastAny int, freq map[int]int) resolved {
	if len(m.members) > 0 {
		return x.names(m.members, res, freq)
	}
	switch m.kind {
	case mPronoun:
		if m.ante != nil {
			return x.name(*m.ante, res, lastPerson, lastAny, freq)
		}
		pick := lastAny
		switch m.pron {
		case "he", "she", "i", "who", "him", "her":
			pick = lastPerson
		case "that", "which":
			return resolved{} // a relative pronoun without its phrase
		}
		if pick >= 0 {
			return resolved{name: res[pick].name, title: res[pick].title, org: res[pick].org, sex: res[pick].sex}
		}
		// no speaker yet: the person named last before the pronoun
		if id := x.ents.lastBefore(m.span[0], m.sex); id >= 0 && m.pron != "it" {
			e := x.ents.list[id]
			return resolved{name: e.name, title: e.title, ent: id + 1}
		}
		return resolved{}
	case mName:
		words := m.words
		if len(words) == 0 {
			words = strings.Fields(m.name)
		}
		id := x.ents.find(words)
		if id >= 0 && len(words) == 1 {
			// a bare surname: the most mentioned of that name whose sex
			// agrees with a courtesy title ("Mr. Obama" is not Michelle)
			var ids, same []int
			for _, c := range x.ents.byLast[words[0]] {
				if compatibleSex(x.ents.list[c].sex, m.sex) {
					ids = append(ids, c)
				}
				if m.sex != unknownSex && x.ents.list[c].sex == m.sex {
					same = append(same, c)
				}
			}
			if len(same) > 0 {
				ids = same // "Mr. Obama": the man of that name before anyone of unknown sex
			}
			// namesakes: the one named last in this paragraph or the one
			// before it, else the most mentioned
			id = -1
			if len(ids) > 1 {
				id = x.ents.recentSubject(x.t, ids, m.span[0]) // speaker_namesake.go
			}
			if id < 0 {
				id = x.ents.mostMentioned(ids)
			}
		}
		if id < 0 && len(words) == 1 {
			id = x.ents.byFirst(words[0], m.sex) // "Theresa" for Theresa May
		}
		if id < 0 && len(words) == 2 && len(x.ents.byLast[words[1]]) == 1 {
			var buf [64]byte
			if look(words[0], &buf).f&(fCue|fWeakCue) != 0 {
				id = x.ents.byLast[words[1]][0] // "Said Ellis": an inverted cue before a known surname
			}
		}
		if id < 0 {
			return resolved{name: m.name, title: m.title, sex: m.sex}
		}
		e := x.ents.list[id]
		title := m.title
		if title == "" {
			title = e.title
		}
		return resolved{name: e.name, title: title, sex: e.sex, ent: id + 1}
	case mRole:
		if id := x.holder(m, freq); id >= 0 {
			e := x.ents.list[id]
			title := e.title
			if title == "" {
				title = m.title
			}
			return resolved{name: e.name, title: title, ent: id + 1}
		}
		if body := x.describedBody(m); body != "" {
			return resolved{name: body, org: true}
		}
		return resolved{name: m.text, vague: true}
	case mOrg:
		if strings.IndexFunc(m.name, unicode.IsUpper) < 0 {
			if body := x.describedBody(m); body != "" {
				return resolved{name: body, org: true} // "the campaign"
			}
		}
		name := m.name
		if strings.HasPrefix(name, "The ") || strings.HasPrefix(name, "the ") {
			name = name[4:]
		}
		name = demonymOrg(name)
		return resolved{name: name, org: true, title: m.title}
	}
	if body := x.describedBody(m); body != "" {
		return resolved{name: body, org: true}
	}
	if body := namedHead(m.text); body != "" {
		return resolved{name: body, org: true}
	}
	if name := leadingName(m.text); name != "" {
		words := strings.Fields(name)
		return x.name(mention{span: m.span, kind: mName, text: name, name: name, words: words}, res, lastPerson, lastAny, freq)
	}
	if body := x.bodyOfVoices(m.text); body != "" {
		return resolved{name: body, org: true}
	}
	return resolved{name: m.text, org: true, vague: m.kind == mNoun}
}

// holder returns the entity holding the role a mention names: the one whose
// titles share most qualifiers with it, the nearest on a tie; failing any
// titled holder, the clipping's most frequent named speaker whose titles
// name no other role. -1 when there is none.
func (x *extractor) holder(m mention, freq map[int]int) int {
	var best []int
	bestScore := -1
	for id, e := range x.ents.list {
		if !contains(e.roles, m.role) {
			continue
		}
		score := 0
		for _, q := range m.quals {
			for _, tw := range e.twords {
				if prefixMatch(q, tw) {
					score++
					break
				}
			}
		}
		switch {
		case score > bestScore:
			best, bestScore = append(best[:0], id), score
		case score == bestScore:
			best = append(best, id)
		}
	}
	if len(best) > 0 {
		return x.ents.nearest(best, m.span[0])
	}
	top, topN := -1, 0
	for id, n := range freq {
		if len(x.ents.list[id].roles) > 0 {
			continue
		}
		if n > topN || n == topN && id < top {
			top, topN = id, n
		}
	}
	return top
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// prefixMatch compares a qualifier with a title word loosely: "russia" and
// "russian", "u.s." and "us".
func prefixMatch(a, b string) bool {
	a, b = strings.ReplaceAll(a, ".", ""), strings.ReplaceAll(b, ".", "")
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 2 {
		return false
	}
	return strings.HasPrefix(b, a) && (len(a) >= 4 || len(a) == len(b))
}

// demonyms turns the countries that most often own an institution in the
// news into adjectives, so that "Russia’s Foreign Ministry" and "the Russian
// Foreign Ministry" are one speaker.
var demonyms = map[string]string{
	"Russia": "Russian", "Ukraine": "Ukrainian", "China": "Chinese", "America": "American",
	"Britain": "British", "France": "French", "Germany": "German", "Japan": "Japanese",
	"India": "Indian", "Iran": "Iranian", "Israel": "Israeli", "Turkey": "Turkish",
	"Syria": "Syrian", "Poland": "Polish", "Italy": "Italian", "Spain": "Spanish",
	"Canada": "Canadian", "Mexico": "Mexican", "Belarus": "Belarusian", "Georgia": "Georgian",
	"Kazakhstan": "Kazakh", "Egypt": "Egyptian", "Qatar": "Qatari", "Pakistan": "Pakistani",
	"Brazil": "Brazilian", "Australia": "Australian", "Korea": "Korean", "Estonia": "Estonian",
	"Latvia": "Latvian", "Lithuania": "Lithuanian", "Finland": "Finnish", "Sweden": "Swedish",
	"Norway": "Norwegian", "Hungary": "Hungarian", "Moldova": "Moldovan", "Armenia": "Armenian",
	"Azerbaijan": "Azerbaijani", "Iraq": "Iraqi", "Afghanistan": "Afghan", "Venezuela": "Venezuelan",
	"Cuba": "Cuban", "Saudi Arabia": "Saudi",
}

// demonymOrg rewrites "Russia’s Foreign Ministry" as "Russian Foreign Ministry".
func demonymOrg(name string) string {
	for _, sep := range []string{"’s ", "'s "} {
		if i := strings.Index(name, sep); i > 0 {
			if adj, ok := demonyms[name[:i]]; ok {
				return adj + " " + name[i+len(sep):]
			}
		}
	}
	return name
}
