package extract

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/digest"
)

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
	// head: a vague group's name before the words groupPhrase gave it
	// ("people" of "two people familiar with the matter"), for they
	head string
	// writer: the writer's own first person (writer_voice.go), named
	// from the byline or else "the writer"
	writer bool
}

// resolve names every statement's speaker; date (date.go) dates them.
//
// The slice is the extractor's, reused from one clipping to the next: it
// is valid until the next clipping's resolve.
func (x *extractor) resolve() []resolved {
	if cap(x.res) < len(x.raws) {
		x.res = make([]resolved, len(x.raws))
	}
	res := x.res[:len(x.raws)]
	clear(res)
	x.res = res
	freq := x.namedSpeakers()
	refs := x.pronounReferents(freq)
	var lastPerson, lastAny = -1, -1
	var labels map[string]resolved // the people transcript labels named
	for i := range x.raws {
		r := &x.raws[i]
		writer, in := x.writerVoice(i) // writer_voice.go
		switch {
		case r.anchor >= 0:
			res[i] = res[r.anchor]
		case writer:
			res[i] = x.writer() // "I think the senator is wrong": the columnist's
			continue            // no one later statements' he or she may stand for
		case in >= 0 && in < i:
			res[i] = res[in] // "Wallnau wrote:" and then "I think ...": his words; "A: ..." and "I said": the one answering
		default:
			person := lastPerson
			want := sexOf(r.speaker.pron)
			if want != unknownSex && r.speaker.ante == nil {
				// he and she: the latest person speaker who may be one
				person = -1
				for k := i - 1; k >= 0 && k >= i-12; k-- {
					// the writer's "I" is no one a he or she stands for: "I asked
					// him ... “...,” he said" is the one asked
					if !res[k].org && !res[k].writer && res[k].name != "" && compatibleSex(res[k].sex, want) {
						person = k
						break
					}
				}
			}
			res[i] = x.name(r.speaker, res, person, lastAny, freq)
			if r.turn {
				if labels == nil {
					labels = map[string]resolved{}
				}
				x.turnLabel(&res[i], labels) // speaker_turn.go: "MARGARET BRENNAN:"
			}
			if k, ok := x.unnamedVoice(i, want, res); ok && r.speaker.ante == nil {
				res[i] = res[k] // speaker_unnamed.go: "A Treasury spokesman said ... He said"
				res[i].sex, res[i].unsure = want, false
			} else if ref, ok := refs[r.speaker.span[0]]; ok && ref.id >= 0 && want != unknownSex && r.speaker.ante == nil {
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
			if a := r.speaker.ante; a != nil && r.speaker.pron == "who" && i > 0 && x.raws[i-1].sentStart == r.sentStart && !res[i-1].org && res[i-1].name != "" &&
				x.raws[i-1].speaker.span[1] <= a.span[0] && a.span[0]-x.raws[i-1].speaker.span[1] < 160 && x.ents.personIn(a.span) < 0 {
				// "said Alfonso Aguilar, the executive director of the Latino
				// Partnership, who also said": who is the person the
				// appositive describes, not the last noun in it
				res[i] = res[i-1]
				res[i].unsure = false
			}
			if r.speaker.kind != mPronoun && r.speaker.kind != mName {
				if p, ok := x.possessed(r.speaker, refs, res[i]); ok {
					res[i] = p // "his campaign", "her office", "his lawyer" (speaker_possessed.go)
				} else if p, ok := x.possessedBefore(r.speaker, res[:i]); ok {
					res[i] = p // "The mayor's office said ... her office said" (speaker_possessed.go)
				}
			}
			if (res[i].vague || x.guessedHolder(r.speaker, res[i])) && len(res[i].members) == 0 {
				if k, ok := x.sameRoleBefore(i, r.speaker, res); ok {
					// speaker_same_role.go: "Britain's finance minister said ...
					// The minister said", before a guessed holder (resolve_role_guess.go)
					res[i] = res[k]
				}
			}
			if p, ok := x.epithetPerson(r.speaker); ok {
				res[i] = p // "the Italian said", "the 22-year-old said" (speaker_epithet.go)
			}
		}
		if !res[i].org && res[i].name != "" {
			lastPerson = i
		}
		lastAny = i
	}
	for i := range res {
		// a vague speaker is a description, not a name: canonicalName
		// would drop the "New" of "New York businessman" as an introducing
		// word before a first name
		if !res[i].org && !res[i].vague && len(res[i].members) == 0 {
			sx := res[i].sex
			if sx == unknownSex && res[i].name != "" && strings.IndexByte(res[i].name, ' ') < 0 {
				sx = sexOfName(res, res[i].name) // "Sanders said ... She called": no Bernie
			}
			res[i].name = canonicalName(res[i].name, sx, x.famous)
		}
		res[i] = x.validSpeaker(res[i], x.raws[i].speaker, x.raws[i].ownableCue()) // speaker_valid.go
	}
	return res
}

// sexOfName returns the sex the statements give a person's name, from the
// he or she that speaks for it in one of them, when they agree: a bare
// surname is completed only with a known person of that sex.
func sexOfName(res []resolved, name string) sex {
	x := unknownSex
	for _, r := range res {
		if r.org || r.sex == unknownSex || r.name != name {
			continue
		}
		if x != unknownSex && x != r.sex {
			return unknownSex // both: no evidence
		}
		x = r.sex
	}
	return x
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

// namedSpeakers counts statements whose speaker is named, by entity, and
// gives each such entity the title its statement gives it after the name
// ("Tom Hale, the committee chair, said"): it joins the entity's roles, as
// a title written before the name does when the entities are read, so
// that holder does not take the chair for "the governor".
func (x *extractor) namedSpeakers() map[int]int {
	freq := x.ents.scratch.freq // reused: nothing keeps it past the clipping
	if freq == nil {
		freq = map[int]int{}
		x.ents.scratch.freq = freq
	}
	clear(freq)
	for _, r := range x.raws {
		if r.speaker.kind == mName {
			if id := x.ents.find(r.speaker.words); id >= 0 {
				freq[id]++
				x.ents.addRoles(id, r.speaker.title)
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
		if m.ante != nil && !isPlace(m.ante.name) && !isPlace(m.ante.text) {
			return x.name(*m.ante, res, lastPerson, lastAny, freq)
		}
		if m.ante != nil && m.pron == "which" {
			return resolved{} // "Iowa, which said": a place speaks for no one
		}
		pick := lastAny
		switch m.pron {
		case "he", "she", "i", "who", "him", "her":
			pick = lastPerson
		case "it":
			if x.expletiveIt(m.span[1]) {
				return resolved{} // "It is important to note that": the writer's
			}
			pick = x.lastBody(res, lastAny) // "it" is never a person
		case "they", "them":
			pick = x.lastMany(res, lastAny) // resolve_they.go
		case "that", "which":
			return resolved{} // a relative pronoun without its phrase
		}
		if pick >= 0 {
			return resolved{name: res[pick].name, title: res[pick].title, org: res[pick].org, sex: res[pick].sex, head: res[pick].head}
		}
		// no speaker yet: the person named last before the pronoun (not
		// for "they": one person, or a place, is no antecedent of theirs)
		if id := x.ents.lastBefore(x.t, m.span[0], m.sex); id >= 0 && m.pron != "it" && !((m.pron == "they" || m.pron == "them") && !x.manyEntity(id)) {
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
			var ib, sb [4]int // most surnames name one or two people: no arrays on the heap
			ids, same := ib[:0], sb[:0]
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
			if len(ids) > 1 {
				ids = x.ents.dropCommonOpeners(x.t, ids) // speaker_namesake.go: not "See Reyes"
			}
			// namesakes: the only one holding a role the title names, else
			// the one named last in this paragraph or the one before it, else the one this surname alone named last as a
			// speaker, else the most mentioned
			id = -1
			if len(ids) > 1 && m.title != "" {
				id = x.ents.titledAmong(ids, m.title) // entity_titled_namesake.go: "Gov. Lind" is the governor, not his cousin
			}
			if id < 0 && len(ids) > 1 {
				id = x.ents.recentSubject(x.t, ids, m.span[0]) // speaker_namesake.go
			}
			if id < 0 && len(ids) > 1 {
				id = x.sameSurnameSpoke(res, ids, words[0], m.span[0]) // speaker_namesake.go
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
		if x.capitalGroup(m, id) {
			return resolved{name: x.groupPhrase(m, m.name), head: m.name, vague: true, org: true} // speaker_group_phrase.go: "Residents of the town said"
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
		if body := x.spokesBody(m); body != "" {
			return resolved{name: body, org: true, title: m.text} // speaker_voice.go: "the spokesman for the Treasury Department"
		}
		if p := x.roleOfNamed(m); p != "" {
			return resolved{name: p, vague: true} // speaker_role_of.go: "A lawyer for Tom Aske"
		}
		return resolved{name: x.roleOfPhrase(m), vague: true} // speaker_group_phrase.go: "the head of the World Bank"
	case mOrg:
		if body := x.spokesBody(m); body != "" {
			return resolved{name: body, org: true, title: m.title} // speaker_voice.go: "“…,” a spokeswoman for the Department of Health said"
		}
		if w := x.ents.capsSurname(m.name); w != "" {
			// "WHITFIELD:" in a transcript: the surname of a person named
			// before, written in capitals, not an acronym
			return x.name(mention{span: m.span, kind: mName, text: w, name: w, words: []string{w}}, res, lastPerson, lastAny, freq)
		}
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
		return resolved{name: body, org: true, title: spokesRole(m.text)}
	}
	if body := x.spokesBody(m); body != "" {
		return resolved{name: body, org: true, title: m.text} // speaker_voice.go: "a spokesman for the Treasury Department"
	}
	if p := x.roleOfNamed(m); p != "" {
		return resolved{name: p, vague: true} // speaker_role_of.go: "A lawyer for Tom Aske"
	}
	if m.kind == mNoun && !definiteBody(x.t[m.span[0]:m.span[1]]) {
		return resolved{name: x.groupPhrase(m, m.text), head: m.text, org: true, vague: true} // speaker_group_phrase.go: "two people familiar with the matter"
	}
	return resolved{name: m.text, org: true}
}

// definiteBody reports whether a described phrase names one body by a
// capitalised modifier before its lower-case head: "the Danish coast
// guard", "the Swedish central bank" (not "a Danish official", "the
// Republican senators").
func definiteBody(text string) bool {
	var wb [8]string
	words := fieldsInto(&wb, text)
	if len(words) < 3 || !strings.EqualFold(words[0], "the") || !startsUpper(words[1]) {
		return false
	}
	head := words[len(words)-1]
	var buf [64]byte
	return !startsUpper(head) && !isPlural(head) && look(head, &buf).f&(fRole|fStarter) == 0
}

// holder returns the entity holding the role a mention names: the one whose
// titles share most qualifiers with it, the nearest on a tie; failing any
// titled holder, the guess of resolve_role_guess.go. -1 when there is none.
func (x *extractor) holder(m mention, freq map[int]int) int {
	var best []int
	bestScore := -1
	now := x.heldNow(m) // speaker_appos_role.go
	for id, e := range x.ents.list {
		if !contains(e.roles, m.role) || now && contains(e.past, m.role) || partyClash(m.quals, e.twords) {
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
	return x.guessedRoleHolder(m, freq) // resolve_role_guess.go
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
