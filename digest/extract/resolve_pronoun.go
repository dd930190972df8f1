package extract

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// Pronoun resolution by salience, in the manner of Lappin and Leass (1994):
// every mention of a person, and every he or she once resolved, adds to
// that person's salience; salience halves with each sentence and again at
// each paragraph break; a subject (the first mention of its sentence) and
// the speaker of a statement weigh more. A pronoun goes to the most salient
// person whose sex does not contradict it. It is marked unsure when it opens
// a paragraph and another candidate comes close.

// Weights of a mention's salience.
const (
	salMention = 1.0 // any mention
	salSubject = 1.0 // added for the first mention of a sentence
	salSpeaker = 1.5 // added for the speaker of a statement
	salBlock   = 0.5 // factor per paragraph break crossed
	salUnknown = 0.6 // factor for a person whose sex is not known
	salNoCue   = 0.2 // factor for a name nothing marks as a person's
	salClose   = 0.7 // a runner-up above this share of the best makes a paragraph-opening pronoun unsure
	salSents   = 5   // sentences looked back
	salSubord  = 0.4 // factor for a mention inside a clause that opens its sentence before the main one
)

// referent is what a he or she was resolved to.
type referent struct {
	id     int  // entity, or -1
	unsure bool // opens its paragraph with another candidate close behind
}

// salient is one mention still in reach.
type salient struct {
	id    int
	sent  int
	block int
	w     float64
	pos   int // byte offset of the mention
}

// pronounReferents resolves every he and she of the clipping in text order
// and returns their referents by byte offset.
func (x *extractor) pronounReferents(freq map[int]int) map[int]referent {
	es := &x.ents
	if len(es.prons) == 0 {
		return nil
	}
	speaker := x.speakerSpans(freq)
	person := slices.Grow(es.scratch.person[:0], len(es.list))[:len(es.list)]
	es.scratch.person = person
	for id, e := range es.list {
		person[id] = e.sex != unknownSex || e.title != "" || len(e.words) >= 2 && knownFirstName(e.words[0]) || es.surnameSubject(x.t, id)
	}
	body := slices.Grow(es.scratch.body[:0], len(es.list))[:len(es.list)]
	es.scratch.body = body
	for id := range es.list {
		body[id] = es.body(x.t, id) || compassPlace(es.list[id].words)
	}
	for _, m := range es.order {
		if head, ok := speaker.at(m.pos); ok && head == m.id {
			person[m.id] = true // a statement's speaker is someone
		}
	}
	if es.scratch.refs == nil {
		es.scratch.refs, es.scratch.score = map[int]referent{}, map[int]float64{}
	}
	out, score := es.scratch.refs, es.scratch.score
	clear(out)
	items := x.salienceItems(freq)
	recent := es.scratch.recent[:0]
	defer func() { es.scratch.recent = recent[:0] }()
	lastSent := -1
	last := salient{id: -1} // the last name read, when it opens its sentence
	for _, it := range items {
		pos := it.pos
		isPron := it.pron >= 0
		sent, block := es.sentOf(pos), es.blockOf(pos)
		w := salMention
		if isPron && es.prons[it.pron].det {
			// his or her before a noun: resolved by what is salient, adding
			// nothing to it
			p := es.prons[it.pron]
			best, bestV := -1, 0.0
			for _, r := range recent {
				if e := &es.list[r.id]; compatibleSex(e.sex, p.sex) {
					if v := r.w * halved(sent-r.sent); v > bestV {
						best, bestV = r.id, v
					}
				}
			}
			out[p.pos] = referent{id: best}
			continue
		}
		head, isSpeaker := speaker.at(pos)
		// a name inside a speaker's phrase that is not its head ("Clinton"
		// in "Clinton communication director Jennifer Palmieri", "the
		// National Mall" in "Donna Rawlings, a visitor to the National
		// Mall") is a modifier: neither the subject nor the speaker
		modifier := isSpeaker && !isPron && head >= 0 && it.id != head
		subordinate := !isPron && x.inOpeningClause(es.sents[max(0, sent)], pos)
		if subordinate {
			w *= salSubord // "Asked about ... in the event that Clinton faces ..., she replied"
		}
		if sent != lastSent && !es.oblique[pos] && (isPron || person[it.id]) && !modifier && !subordinate {
			w += salSubject // the first person of a sentence, not after a preposition
			lastSent = sent
		}
		if isSpeaker && !modifier {
			w += salSpeaker
		}
		// forget what is out of reach
		k := 0
		for k < len(recent) && (recent[k].sent < sent-salSents || recent[k].block < block-1) {
			k++
		}
		if k > 0 {
			recent = recent[:copy(recent, recent[k:])] // in place: the slice is reused
		}
		if !isPron {
			recent = append(recent, salient{it.id, sent, block, w, pos})
			last = salient{id: -1}
			if opensSentence(x.t, es.sents[max(0, sent)], pos) {
				last = salient{it.id, sent, block, w, pos}
			}
			continue
		}
		p := es.prons[it.pron]
		clear(score)
		inBlock := false
		x.said = x.saidBy(p.pos, x.said[:0])
		said := x.said
		outside := false // a candidate named outside what the pronoun says
		for _, r := range recent {
			if e := &es.list[r.id]; compatibleSex(e.sex, p.sex) && !said.has(r.pos) && !body[r.id] {
				outside = true
				break
			}
		}
		for _, r := range recent {
			e := &es.list[r.id]
			if !compatibleSex(e.sex, p.sex) || outside && said.has(r.pos) || body[r.id] {
				continue // "Mr. Lane fits that bill, he added": he is someone other than the man his words name, when another is in reach
			}
			v := r.w * halved(sent-r.sent)
			if r.block < block {
				v *= salBlock
			} else {
				inBlock = true
			}
			if e.sex == unknownSex {
				v *= salUnknown
			}
			if !person[r.id] {
				v *= salNoCue
			}
			score[r.id] += v
		}
		best, second := -1, 0.0
		for id, v := range score {
			if best < 0 || v > score[best] || v == score[best] && id < best {
				if best >= 0 {
					second = max(second, score[best])
				}
				best = id
			} else {
				second = max(second, v)
			}
		}
		if best < 0 {
			out[p.pos] = referent{id: -1}
			continue
		}
		out[p.pos] = referent{id: best, unsure: !inBlock && second > salClose*score[best]}
		recent = append(recent, salient{best, sent, block, w, pos})
		if e := &es.list[best]; e.sex == unknownSex && best == last.id && sent-last.sent <= 1 && len(e.words) >= 2 && nominative(x.t, p.pos) {
			// "Daniel Ortiz presented the plan. He said ...": a person whose
			// first name the table does not know takes the sex of the he
			// or she that follows the name as its sentence's subject, in
			// that sentence or the next with no other name between, so
			// that a later "she" looks elsewhere
			e.sex = p.sex
		}
	}
	return out
}

// item is a mention of entity id at pos, or the he or she es.prons[pron].
type item struct {
	pos, id, pron int
}

// salienceItems returns the mentions of people and the pronouns in text
// order: names as collect found them, and the speakers of statements whose
// mention collect could not tie to anyone ("the Russian president" for its
// holder, a surname never given in full).
func (x *extractor) salienceItems(freq map[int]int) []item {
	es := &x.ents
	items := es.scratch.items[:0]
	defer func() { es.scratch.items = items[:0] }()
	for _, m := range es.order {
		items = append(items, item{m.pos, m.id, -1})
	}
	for k, p := range es.prons {
		items = append(items, item{p.pos, -1, k})
	}
	for _, r := range x.raws {
		id := -1
		switch r.speaker.kind {
		case mRole:
			id = x.holder(r.speaker, freq)
		case mName:
			id = es.find(r.speaker.words)
		}
		if id < 0 {
			continue
		}
		k := es.from(r.speaker.span[0])
		if k < len(es.order) && es.order[k].pos < r.speaker.span[1] {
			continue // collect has it
		}
		items = append(items, item{r.speaker.span[0], id, -1})
	}
	slices.SortStableFunc(items, func(a, b item) int { return cmp.Compare(a.pos, b.pos) })
	return items
}

// halved returns 0.5 to the power n, exactly as math.Pow(0.5, n) gives it
// for a whole n (a power of two is exact either way) without Pow's work.
func halved(n int) float64 {
	return math.Ldexp(1, -n)
}

// speakerSpans returns the statements' speaker mentions, each with the
// entity it names (-1 when unknown), for at to look up the one a byte
// offset lies inside.
func (x *extractor) speakerSpans(freq map[int]int) headSpans {
	spans := x.ents.scratch.spans[:0]
	for _, r := range x.raws {
		if r.speaker.span[1] <= r.speaker.span[0] || r.fallback {
			continue // a fallback's long subject is no evidence of who speaks
		}
		head := -1
		switch r.speaker.kind {
		case mName:
			head = x.ents.find(r.speaker.words)
		case mRole:
			head = x.holder(r.speaker, freq)
		}
		spans = append(spans, headSpan{r.speaker.span[0], r.speaker.span[1], head})
	}
	slices.SortFunc(spans, func(a, b headSpan) int { return cmp.Compare(a.s, b.s) }) // sort.Slice's order: the same pdqsort, without reflection
	x.ents.scratch.spans = spans[:0]
	return spans
}

// headSpans are the statements' speaker mentions sorted by start.
type headSpans []headSpan

// at returns the entity of the speaker mention holding pos, reporting
// whether one does.
func (spans headSpans) at(pos int) (int, bool) {
	k := sort.Search(len(spans), func(i int) bool { return spans[i].s > pos }) - 1
	for ; k >= 0 && pos-spans[k].s < 200; k-- {
		if pos < spans[k].e {
			return spans[k].head, true
		}
	}
	return -1, false
}

// sentOf returns the index of the sentence holding byte offset pos.
func (es *entities) sentOf(pos int) int {
	return sort.Search(len(es.sents), func(i int) bool { return es.sents[i] > pos }) - 1
}

// blockOf returns the index of the block holding byte offset pos.
func (es *entities) blockOf(pos int) int {
	return sort.Search(len(es.blocks), func(i int) bool { return es.blocks[i] > pos }) - 1
}

// scratch is space pronoun resolution reuses from one clipping to the next.
type scratch struct {
	spans  []headSpan
	person []bool
	body   []bool // every mention follows "the": a body, not a person
	items  []item
	recent []salient
	refs   map[int]referent
	score  map[int]float64
	freq   map[int]int // namedSpeakers' counts
}

// headSpan is a statement's speaker mention and the entity it names.
type headSpan struct{ s, e, head int }

// nominative reports whether the pronoun at pos is "he" or "she": a
// subject, which refers to the person the sentence is about ("her" and
// "him" may be someone the person acts on).
func nominative(t string, pos int) bool {
	var lb [32]byte
	end := pos
	for end < len(t) && end-pos < 4 && (t[end] >= 'a' && t[end] <= 'z' || t[end] >= 'A' && t[end] <= 'Z') {
		end++
	}
	w := string(lowerInto(&lb, t[pos:end]))
	return w == "he" || w == "she"
}

// spans is a set of byte ranges.
type spans []digest.Span

// has reports whether byte offset pos lies inside one of the ranges.
func (ss spans) has(pos int) bool {
	for _, sp := range ss {
		if pos >= sp[0] && pos < sp[1] {
			return true
		}
	}
	return false
}

// saidBy appends to out the contents of the statements whose speaker is the
// pronoun at pos, less their subject: a person the words name past it is
// spoken of ("he is leaning toward Lane, he said"), so another in reach
// is likelier the one who speaks; the subject may be the speaker in the
// writer's words ("Though Ms. Lane has lived there all her life, she said").
func (x *extractor) saidBy(pos int, out spans) spans {
	for i := range x.raws {
		r := &x.raws[i] // not a copy of each 464-byte statement: this runs for every pronoun
		if r.speaker.span[0] != pos || r.speaker.kind != mPronoun {
			continue
		}
		from := r.content[0]
		if k := x.ents.from(from); k < len(x.ents.order) && x.ents.order[k].pos < r.content[1] && opensClause(x.t[from:x.ents.order[k].pos]) {
			from = x.ents.order[k].pos + 1
		}
		out = append(out, digest.Span{from, r.content[1]})
	}
	return out
}

// opensClause reports whether the words before a name at a content's
// opening leave it the clause's subject: none, a conjunction, or capitals
// joined to the name ("But", "Though Ms.", "Former Rep.").
func opensClause(before string) bool {
	for w := range strings.FieldsSeq(before) {
		switch lw := strings.Trim(w, ","); {
		case conjunctionOpening(lw):
		case w[0] >= 'A' && w[0] <= 'Z':
		default:
			return false
		}
	}
	return true
}

// conjunctionOpening reports whether w (any case) is a conjunction that
// may open a clause before its subject.
func conjunctionOpening(w string) bool {
	for _, c := range [...]string{"but", "and", "though", "although", "while", "yet", "so"} {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// body reports whether entity id is a body, not a person: no sex or title
// known, and every mention after "the".
func (es *entities) body(t string, id int) bool {
	e := &es.list[id]
	if len(e.mentions) == 0 || e.sex != unknownSex || e.title != "" {
		return false
	}
	for _, pos := range e.mentions {
		if !afterThe(t, pos) {
			return false
		}
	}
	return true
}

// compassPlace reports whether a name opens with a point of the compass
// before a capitalised word: "South Korea", "North Carolina", "Western
// Cape" are places, which no he or she stands for, even where the place
// list (isPlace) lacks them and the place speaks ("South Korea said").
func compassPlace(words []string) bool {
	if len(words) < 2 || !startsUpper(words[1]) {
		return false
	}
	switch words[0] {
	case "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western":
		return true
	}
	return false
}

// afterThe reports whether the name at pos follows "the": a body ("the
// Boston Bruins", "the Federal Reserve") or a modifier of one ("the Lane
// campaign"). A name the clipping writes only so is no person a he or she
// stands for.
func afterThe(t string, pos int) bool {
	i := pos
	for i > 0 && t[i-1] == ' ' {
		i--
	}
	return i >= 3 && i < pos && strings.EqualFold(t[i-3:i], "the") && (i == 3 || !isLetterByte(t[i-4]))
}
