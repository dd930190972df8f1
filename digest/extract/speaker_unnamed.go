package extract

import "strings"

// "A Treasury spokesman said the talks were constructive. He said a deal
// could come within weeks": a he or she right after a statement whose
// speaker is one unnamed person ("a spokesman", "a senior official") is
// that person, as the subject of the sentence before, not someone named
// further back, whom the salience of names (resolve_pronoun.go) would
// pick, unnamed speakers being no names.

// unnamedVoice returns the statement before statement i whose speaker the
// he or she (of sex want) speaking i stands for: in the same paragraph, in
// the same sentence or the one before, its speaker one unnamed person of a
// sex that agrees, and no one named between the two outside what was said.
func (x *extractor) unnamedVoice(i int, want sex, res []resolved) (int, bool) {
	k := i - 1
	if k < 0 || want == unknownSex {
		return 0, false
	}
	r, p := &x.raws[i], &x.raws[k]
	m := p.speaker
	if p.block != r.block || m.kind != mRole && m.kind != mNoun || m.role == "" || res[k].ent > 0 || len(res[k].members) > 0 || res[k].name == "" {
		return 0, false
	}
	if m.sex != want && m.sex != unknownSex || strings.Contains(m.text, " and ") {
		return 0, false
	}
	if last := m.text[strings.LastIndexByte(m.text, ' ')+1:]; isPlural(last) && m.sex == unknownSex {
		return 0, false // "officials": not one person
	}
	es := &x.ents
	if d := es.sentOf(r.speaker.span[0]) - es.sentOf(m.span[0]); d < 0 || d > 1 {
		return 0, false
	}
	for j := es.from(m.span[1]); j < len(es.order) && es.order[j].pos < r.speaker.span[0]; j++ {
		if pos := es.order[j].pos; pos >= p.content[0] && pos < p.content[1] {
			continue // named in what was said
		}
		return 0, false
	}
	return k, true
}
