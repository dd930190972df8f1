// Whom "they" and "it" may stand for among the speakers before them.

package extract

import "strings"

// lastMany returns the latest of the speakers up to last, at most a dozen
// back, that "they" may stand for: people together (several named, a
// plural group: "analysts", "Sanders aides"), or a body, whose people
// speak ("the campaign ... they said"). Not one person, and not one thing
// ("Two scholars wrote an assessment of the cases. In it, they conclude
// ..." are the scholars, not the assessment). -1 when there is none.
func (x *extractor) lastMany(res []resolved, last int) int {
	for k := last; k >= 0 && k > last-12; k-- {
		r := &res[k]
		head := r.name
		if r.head != "" {
			head = r.head // "officials" of "officials familiar with the system" (speaker_group_phrase.go)
		}
		switch {
		case r.name == "":
		case len(r.members) > 0:
			return k
		case x.onePerson(r):
		case isPlace(r.name) || strings.ContainsAny(head, ",;") || strings.Count(head, " ") > 5:
			// a place speaks for no one; a clause is no antecedent
		case manyHead(r.name) || manyHead(head):
			return k
		case (r.org && !r.vague || !r.org && bodyNamed(r.name)) && namedBody(r.name):
			return k // a body by its name: "the Sanders campaign", "Pediatric Society"
		}
	}
	return -1
}

// onePerson reports whether a speaker resolved is one person, whom
// neither "it" nor "they" stands for: a person the clipping shows is one
// (an entity, a sex), or a role only a person holds ("the witness").
func (x *extractor) onePerson(r *resolved) bool {
	return r.ent > 0 && x.ents.isPerson(r.ent-1) || !r.org && r.sex != unknownSex || personNoun(r.name) || r.head != "" && personNoun(r.head) // "an official familiar with the talks"
}

// personNoun reports whether a speaker string ends in a singular noun
// only a person is: a role ("spokesman", "lawmaker") or one of the
// lexicon's sources that are people ("the witness", "American witness").
func personNoun(name string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if last == "" || startsUpper(last) || pluralHead(last) {
		return false
	}
	var buf [64]byte
	f := look(last, &buf).f
	return f&fRole != 0 && f&fOrgHead == 0 || personSources[last]
}

// personSources are the lexicon's source nouns (fSourceNoun) that name
// one person, where the others name documents or bodies.
var personSources = wordSet("witness official aide adviser expert critic insider ally rival colleague friend")

// namedBody reports whether a speaker string reads as a body's name:
// capitalised words, with lower-case ones only between them or a noun
// after ("Sanders campaign", "Federal Bureau of Investigation"), not a
// clause ("Fox News who").
func namedBody(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || !startsUpper(words[0]) {
		return false
	}
	var buf [64]byte
	for i, w := range words {
		if startsUpper(w) {
			continue
		}
		f := look(w, &buf).f
		if f&(fPronoun|fRelative|fCue|fWeakCue|fAux|fSub) != 0 || i == len(words)-1 && f&(fPrep|fDet) != 0 {
			return false
		}
	}
	return true
}

// manyEntity reports whether the entity at id may be what "they" stands
// for: a body by its name, not a person or a place.
func (x *extractor) manyEntity(id int) bool {
	name := x.ents.list[id].name
	return !x.ents.isPerson(id) && !isPlace(name) && namedBody(name)
}

// lastBody returns the latest of the speakers up to last, at most a dozen
// back, that "it" may stand for: not a person ("Forte said ... prices it
// said were a result of the deal" is the chain's word, not Forte's) and
// not a plural group ("analysts"). -1 when there is none.
func (x *extractor) lastBody(res []resolved, last int) int {
	for k := last; k >= 0 && k > last-12; k-- {
		r := &res[k]
		switch {
		case r.name == "" || len(r.members) > 0:
		case x.onePerson(r):
			// "the witness said ... It said" is no one's
		case r.org && !(r.vague && (pluralHead(r.name) || pluralHead(r.head))):
			return k // a body: "the company", "a letter from the group"
		case !r.org && (strings.IndexByte(r.name, ' ') < 0 || bodyNamed(r.name)):
			return k // a name of one word no one showed is a person's ("Twitter"), or a body's ("Pediatric Society")
		}
	}
	return -1
}

// expletiveIt reports whether the "it" that ends at end is the subject of
// "is" or "was" ("It is important to note that", "it was said that"),
// which no verb of speech has for its speaker.
func (x *extractor) expletiveIt(end int) bool {
	rest := x.t[end:min(len(x.t), end+5)]
	return strings.HasPrefix(rest, " is ") || strings.HasPrefix(rest, " was ") || strings.HasPrefix(rest, "’s ") || strings.HasPrefix(rest, "'s ")
}

// bodyNamed reports whether a name holds a word that heads bodies' names:
// "Pediatric Society", "Acme Corp", "Association of Flight Attendants".
func bodyNamed(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if orgNamed([]string{w}) || orgNameHead(strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// manyHead reports whether a group's name ends in a plural noun or in
// "people", "men" or "women".
func manyHead(name string) bool {
	return pluralHead(name) || strings.HasSuffix(name, "people") || strings.HasSuffix(name, "men")
}

// pluralHead reports whether a group's name ends in a plural noun:
// "Democratic aides", "analysts" (not "Congress", "the press").
func pluralHead(name string) bool {
	return strings.HasSuffix(name, "s") && !strings.HasSuffix(name, "ss")
}
