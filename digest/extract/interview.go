package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// An interview as news sites print it: an intro that names the person
// interviewed ("Maria Lopez, the mayor of Harbourtown, spoke to the
// Gazette about the budget."), then turns whose labels alternate between
// the one who asks and the one who answers: "Q:" and "A:", or the
// outlet's name and the interviewee's surname ("GAZETTE: ..." and
// "LOPEZ: ...", "**Gazette:**" and "**Lopez:**"). Each answer is a
// statement of the interviewee, a question none of the outlet's. Only
// turns that alternate make an interview: a lone "A:" line, a list of
// "Note:", "Update:" or "Photo:" lines, a live blog's "10:42:" stamps are
// none.

// maxAnswer is the most words an answer's statement runs to when the
// sentences after its first join it: about the length of nineteen
// statements in twenty (train), so that a long answer gives its opening
// rather than a page. The rest of the answer is read as any text is.
const maxAnswer = 40

// maxTurnGap is the most blocks without a label (an answer's further
// paragraphs) between two turns that alternate.
const maxTurnGap = 3

// blockLabel is what a block opens with before a colon ("Q", "A",
// "GAZETTE", "Lopez", "SAMUEL OKAFOR"; "" for none), the block's span and
// whether it is a headline (isHeadline and lede read that too).
type blockLabel struct {
	label string
	span  digest.Span
	head  bool
	media int8 // outletLabel's reading of the text: 0 not yet read, 1 an outlet's name, -1 not
}

// readLabels records the label each of c's blocks opens with, before any
// block is read: an interview's first question names the intro that comes
// before it, and an outlet's turn is known by the answer after it.
func (x *extractor) readLabels(c *digest.Clipping) {
	x.labels = x.labels[:0]
	x.outlet = c.Outlet
	x.answer, x.iv, x.quiz = -1, -2, 0
	for _, bl := range c.Blocks {
		s, e := clampSpan(x.t, bl.Span)
		l := blockLabel{span: digest.Span{s, e}, head: bl.Kind == digest.BlockHeadline}
		if !l.head && s < e {
			l.label = labelAt(x.t[s:e])
		}
		if l.label == "A." && (len(x.labels) == 0 || x.labels[len(x.labels)-1].label != "Q.") {
			l.label = "" // "A. Smith said ...", a list's "A. Apples B. Pears": no answer without the question just before
		}
		x.labels = append(x.labels, l)
	}
}

// labelAt returns the label text t opens with: one to four words of
// letters, a colon and a space, markdown's emphasis marks around them
// allowed ("**Lopez:** ...", "GAZETTE: ..."), or "Q." or "A." ("Q. Will
// you ...", "**A.** No."; readLabels keeps an "A." only after a "Q."); else
// "". A clock's "10:42:" is no label.
func labelAt(t string) string {
	t = strings.TrimLeft(t, " \t*_")
	if len(t) > 2 && (t[0] == 'Q' || t[0] == 'A') && t[1] == '.' {
		k := 2
		for k < len(t) && (t[k] == '*' || t[k] == '_') {
			k++ // "**Q.** Will you ...": the marks as a text copied from a page keeps them
		}
		if k < len(t) && t[k] == ' ' {
			return t[:2]
		}
	}
	if strings.IndexByte(t, ':') < 0 {
		return "" // no colon: no label (the test is cheap, the words' letters below are not)
	}
	i := 0
	for words := 0; words < 4; words++ {
		j := i
		for j < len(t) {
			r, n := utf8.DecodeRuneInString(t[j:])
			if !unicode.IsLetter(r) && (j == i || !strings.ContainsRune(".'’-", r)) {
				break
			}
			j += n
		}
		if j == i {
			return ""
		}
		k := j
		for k < len(t) && (t[k] == '*' || t[k] == '_') {
			k++
		}
		if k < len(t) && t[k] == ':' {
			k++
			for k < len(t) && (t[k] == '*' || t[k] == '_') {
				k++
			}
			if k < len(t) && t[k] != ' ' && t[k] != '\t' {
				return ""
			}
			return t[:j]
		}
		if j+1 >= len(t) || t[j] != ' ' {
			return ""
		}
		i = j + 1
	}
	return ""
}

// questionLabel reports whether l labels a question without naming who
// asks: "Q:", "QUESTION:", "INTERVIEWER:".
func questionLabel(l string) bool {
	switch l {
	case "Q", "Q.", "QUESTION", "Question", "INTERVIEWER", "Interviewer":
		return true
	}
	return false
}

// answerLabel reports whether l labels an answer without naming who
// answers: "A:", "A.", "ANSWER:".
func answerLabel(l string) bool {
	return l == "A" || l == "A." || l == "ANSWER" || l == "Answer"
}

// personLabel reports whether label l names a person the clipping names:
// "LOPEZ" or "Lopez" for Maria Lopez, "SAMUEL OKAFOR".
func (x *extractor) personLabel(l string) bool {
	words := strings.Fields(l)
	if len(words) == 0 {
		return false
	}
	last := stripPossessive(words[len(words)-1])
	return len(x.ents.byLast[last]) > 0 || len(x.ents.byLast[ordinaryCase([]string{last})]) > 0 || x.ents.findFold(words) >= 0 ||
		x.headlineName(strings.ToUpper(last)) != "" // "QUIST:" under "Nora Quist on the harbor vote"
}

// loneLabel reports whether block b opens with a label that is no one's
// turn but one of a list of topics ("BUDGET: The council approved ...",
// then "PARKING: ..."): it names no one the clipping names, its last word
// labels no other block, and the labelled blocks next to it are neither
// questions nor named people's turns. A transcript's speakers come back
// ("KATE BOULDUAN:", later "BOULDUAN:") or answer someone named; a label
// with no labelled block near it is left to be read as one.
func (x *extractor) loneLabel(b int) bool {
	if b < 0 || b >= len(x.labels) {
		return false
	}
	l := x.labels[b].label
	if l == "" || questionLabel(l) || answerLabel(l) || x.personLabel(l) {
		return false
	}
	last := l[strings.LastIndexByte(l, ' ')+1:]
	for k, o := range x.labels {
		if k != b && o.label != "" && o.label[strings.LastIndexByte(o.label, ' ')+1:] == last {
			return false
		}
	}
	listed := false
	for _, step := range []int{-1, 1} {
		if k := x.nearLabel(b, step); k >= 0 {
			if o := x.labels[k].label; questionLabel(o) || answerLabel(o) || x.personLabel(o) {
				return false
			}
			listed = true
		}
	}
	return listed
}

// outletLabel reports whether the label of block k is the outlet's name
// rather than a person's: it names no one the clipping names, and it is
// the clipping's outlet, a word the lexicon knows for one ("Times",
// "News"), or the text writes it as one speaks of a publication ("spoke
// to the Gazette", "told POLITICO", "talked with Newsweek").
func (x *extractor) outletLabel(k int) bool {
	l := x.labels[k].label
	if l == "" || questionLabel(l) || answerLabel(l) || x.personLabel(l) {
		return false
	}
	if x.labels[k].media == 0 { // the text does not change: read it once for every block of this label
		var buf [64]byte
		media := int8(-1)
		if x.outlet != "" && containsFoldWords(x.outlet, l) || !strings.Contains(l, " ") && look(l, &buf).f&fMedia != 0 {
			media = 1
		}
		for _, before := range []string{"the ", "to ", "with ", "told "} {
			if media < 0 && containsFoldWords(x.t, before+l) {
				media = 1
			}
		}
		for i := range x.labels {
			if x.labels[i].label == l {
				x.labels[i].media = media
			}
		}
	}
	return x.labels[k].media > 0
}

// containsFoldWords reports whether t holds the words w, but for case,
// between word boundaries.
func containsFoldWords(t, w string) bool {
	return indexFoldWords(t, w) >= 0
}

// indexFoldWords returns where t first holds the words w, but for case,
// between word boundaries, or -1.
func indexFoldWords(t, w string) int {
	if w == "" {
		return -1
	}
	c := w[0] | 0x20
	for a := 0; a+len(w) <= len(t); a++ {
		if t[a]|0x20 != c || !strings.EqualFold(t[a:a+len(w)], w) {
			continue
		}
		if b := a + len(w); (a == 0 || !wordByte(t[a-1])) && (b == len(t) || !wordByte(t[b])) {
			return a
		}
	}
	return -1
}

// wordByte reports whether c may be part of a word: a letter or digit, or
// a byte of a multibyte rune.
func wordByte(c byte) bool {
	return c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// nearLabel returns the nearest block before (step -1) or after (step 1)
// block b that opens with a label, across at most maxTurnGap blocks
// without one, or -1.
func (x *extractor) nearLabel(b, step int) int {
	gap := 0
	for k := b + step; k >= 0 && k < len(x.labels); k += step {
		if x.labels[k].head {
			return -1
		}
		if x.labels[k].label != "" {
			return k
		}
		if gap++; gap > maxTurnGap {
			return -1
		}
	}
	return -1
}

// asked reports whether the turn before block b's is a question: "Q:",
// or the outlet's name.
func (x *extractor) asked(b int) bool {
	k := x.nearLabel(b, -1)
	return k >= 0 && (questionLabel(x.labels[k].label) || x.outletLabel(k))
}

// asksNext reports whether the turn after block b's is a question: "Q:",
// or the outlet's name. A named turn before it belongs to the interview,
// its first one too ("SAMUEL OKAFOR: Thank you all for coming."). The
// names of the blocks ahead are not collected yet, so an outlet's label
// counts here only when it is the clipping's outlet or a word the
// lexicon knows for one ("GAZETTE"), not for the text writing "the X"
// ("the Trump campaign" before a section "Trump: ...").
func (x *extractor) asksNext(b int) bool {
	k := x.nearLabel(b, 1)
	if k < 0 {
		return false
	}
	l := x.labels[k].label
	var buf [64]byte
	return questionLabel(l) || (x.outlet != "" && containsFoldWords(x.outlet, l) || !strings.Contains(l, " ") && look(l, &buf).f&fMedia != 0) && x.outletLabel(k)
}

// askerTurn reports whether block b is a question of an interview: its
// label says so ("QUESTION:"), or it is the outlet's name and a turn next
// to it is labelled with the name of a person the clipping names.
func (x *extractor) askerTurn(b int) bool {
	if b >= len(x.labels) {
		return false
	}
	if questionLabel(x.labels[b].label) {
		return true // "QUESTION: What would you cut?"
	}
	if !x.outletLabel(b) {
		return false
	}
	for _, step := range []int{-1, 1} {
		if k := x.nearLabel(b, step); k >= 0 && x.personLabel(x.labels[k].label) {
			return true
		}
	}
	return false
}

// interviewee returns the entity of the person the intro names, the
// intro being the blocks before the clipping's first question; -1 when
// it names none. It is read at the first answer, when the intro's names
// have all been collected, and kept for the clipping's other answers.
func (x *extractor) interviewee() int {
	if x.iv == -2 {
		x.iv = x.readInterviewee()
	}
	return x.iv
}

// readInterviewee reads the interviewee of the intro. The one interviewed
// is the person of the intro's sentence that tells of the interview ("She spoke to the Gazette about
// the budget." after "After John Smith resigned, Maria Lopez became
// mayor."): the first person it names, or the person its opening he or
// she stands for; else the first person the intro names. A journalist
// the intro names ("spoke with Gazette reporter Ann Clerk") is skipped.
func (x *extractor) readInterviewee() int {
	q := -1
	for k, l := range x.labels {
		if questionLabel(l.label) || x.outletLabel(k) {
			q = k
			break
		}
	}
	first := -1
	for k := q - 1; k >= 0 && k >= q-maxTurnGap; k-- {
		sp := x.labels[k].span
		if id := x.talkSubject(sp); id >= 0 {
			return id
		}
		if id, _ := x.firstPerson(sp[0], sp[1]); id >= 0 && first < 0 {
			first = id
		}
	}
	return first
}

// firstPerson returns the first entity named in bytes [from, to) that is
// no journalist and where it is named, or -1 and to.
func (x *extractor) firstPerson(from, to int) (int, int) {
	for i := x.ents.from(from); i < len(x.ents.order) && x.ents.order[i].pos < to; i++ {
		if m := x.ents.order[i]; !journalist(x.ents.list[m.id]) {
			return m.id, m.pos
		}
	}
	return -1, to
}

// talkWords tell of an interview in its intro.
var talkWords = []string{"spoke", "speaks", "talked", "talks", "sat down", "answered", "interview", "conversation"}

// talkSubject returns the person of the sentence in span sp that tells of
// an interview, or -1: the first person or he or she before its word of
// talking ("She spoke to the Gazette", "where he spoke with POLITICO
// senior writer ..."), else the first person after it ("Gazette reporter
// Ann Clerk talked with Maria Lopez").
func (x *extractor) talkSubject(sp digest.Span) int {
	es := &x.ents
	for i, st := range es.sents {
		if st < sp[0] || st >= sp[1] {
			continue
		}
		end := sp[1]
		if i+1 < len(es.sents) && es.sents[i+1] < end {
			end = es.sents[i+1]
		}
		talk := -1
		for _, w := range talkWords {
			if k := indexFoldWords(x.t[st:end], w); k >= 0 && (talk < 0 || st+k < talk) {
				talk = st + k
			}
		}
		if talk < 0 {
			continue
		}
		id, at := x.firstPerson(st, talk)
		for _, p := range es.prons {
			if p.pos >= st && p.pos < at && !p.det {
				return x.pronounPerson(sp[0], p) // "where he spoke with ..."
			}
		}
		if id < 0 {
			id, _ = x.firstPerson(talk, end)
		}
		if id >= 0 {
			return id
		}
	}
	return -1
}

// pronounPerson returns the person a he or she at p in the intro
// starting at byte from stands for: of those named before it in the
// intro as a subject (not after a preposition: "in St. Paul", "After John
// Smith resigned"), of its sex where the clipping knows it, the one named
// most often, the first on a tie; -1 for none.
func (x *extractor) pronounPerson(from int, p pron) int {
	es := &x.ents
	best, bestN, exact := -1, 0, false
	for i := es.from(from); i < len(es.order) && es.order[i].pos < p.pos; i++ {
		id := es.order[i].id
		e := es.list[id]
		same := e.sex == p.sex
		if x.oblique(es.order[i].pos) || journalist(e) || !compatibleSex(e.sex, p.sex) || exact && !same {
			continue // "in St. Paul", "After John Smith resigned": no subject
		}
		n := 0
		for _, m := range e.mentions {
			if m >= from && m < p.pos {
				n++
			}
		}
		if same && !exact || n > bestN {
			best, bestN, exact = id, n, same
		}
	}
	return best
}

// oblique reports whether the name mentioned at byte pos follows a
// preposition, its sentence's first word too ("After Mayor John Smith
// resigned"): it is no subject.
func (x *extractor) oblique(pos int) bool {
	if x.ents.oblique[pos] {
		return true
	}
	before := strings.TrimRight(x.t[:pos], " \t\r\n")
	w := before[strings.LastIndexAny(before, " \t\r\n")+1:]
	var buf [64]byte
	return w != "" && look(w, &buf).f&fPrep != 0
}

// journalist reports whether a title the clipping gives e makes e one who
// asks for a living: "reporter", "senior writer", "host".
func journalist(e entity) bool {
	var buf [64]byte
	for _, w := range e.twords {
		switch w {
		case "writer", "editor", "columnist", "host", "anchor", "interviewer":
			return true
		}
		if look(w, &buf).f&fAudience != 0 {
			return true
		}
	}
	return false
}

// qaAnswer reads an "A:" turn that answers a "Q:" turn (or "A." after
// "Q.") as a statement of the person the intro names, its content the
// answer's first sentence; answerGoesOn adds the sentences after it.
func (s *sentence) qaAnswer() bool {
	x := s.x
	if s.headline || s.block >= len(x.labels) || len(s.toks) < 2 || !x.startsBlock(s.toks[0].s) {
		return false
	}
	l := x.labels[s.block].label
	o := s.emphasisEnd(0) // "**A.** No.": markdown's bold marks, as a text copied from a page keeps them
	if o+2 > len(s.toks) {
		return false
	}
	label, cue, a := s.span(o, o+1), s.span(o+1, o+2), o+2 // "A", ":"
	if l == "A." && s.is(o, "a.") {
		// the tokenizer keeps an initial's dot: "A." is one word
		label, cue, a = digest.Span{label[0], label[1] - 1}, digest.Span{label[1] - 1, label[1]}, o+1
	} else if len(s.toks) < o+3 || !s.punct(o+1, ":") {
		return false
	}
	a = s.emphasisEnd(a)
	if !answerLabel(l) || !x.asked(s.block) || x.quizAnswer(s.block) {
		return false // interview_quiz.go: "Q. What is the capital of France?" then "A. Paris."
	}
	id := x.interviewee()
	e := s.lastWordEnd() // forms.go
	if id < 0 || e <= a {
		return false
	}
	p := x.ents.list[id]
	m := mention{span: label, kind: mName, text: p.name, name: p.name, words: p.words, sex: p.sex}
	n := len(x.raws)
	s.emit(m, cue, a, e, afterCue{})
	if len(x.raws) == n {
		return false
	}
	x.raws[n].turn = true
	x.turn, x.answer = -1, n
	return true
}

// emphasisEnd returns the token after the markdown emphasis marks ("**",
// "__") at i, else i.
func (s *sentence) emphasisEnd(i int) int {
	for i < len(s.toks) && s.toks[i].k == kPunct && (s.word(i) == "*" || s.word(i) == "_") {
		i++
	}
	return i
}

// boundAnswer makes the turn just read ("LOPEZ: ...") an interview's
// answer when a question's turn came before it: its statement takes in
// the sentences after its first as an answer's does, not its whole
// paragraph as a transcript's turn does.
func (s *sentence) boundAnswer() {
	if s.x.turn >= 0 && s.x.asked(s.block) {
		s.x.answer, s.x.turn = s.x.turn, -1
	}
}

// answerGoesOn makes a sentence after an answer's first, in its
// paragraph or in a paragraph of the answer after it (answerParagraph),
// and holding no quotation, part of the answer's statement while the
// statement stays within maxAnswer words.
func (s *sentence) answerGoesOn() bool {
	x := s.x
	k := x.answer
	if k < 0 || k >= len(x.raws) || len(s.toks) == 0 || x.raws[k].block != s.block && !s.answerParagraph(&x.raws[k]) {
		return false
	}
	if !s.joinStatement(&x.raws[k], maxAnswer) {
		x.answer = -1 // the answer's statement ends: the rest is read as it stands
		return false
	}
	return true
}

// answerParagraph reports whether the sentence is in a later paragraph of
// the answer r: the answer's statement reaches into this paragraph
// already, or ends in the paragraph just before, which the sentence opens,
// and this paragraph has no label and the next label is a question ("A:
// No.", then "I will not sign it.", then "Q: ..."). A paragraph after an
// interview's last answer may be the writer's again: no question after
// it, no answer.
func (s *sentence) answerParagraph(r *raw) bool {
	x := s.x
	b := s.block
	if b < 1 || b >= len(x.labels) || s.headline || x.labels[b].label != "" {
		return false
	}
	if r.content[1] >= x.labels[b].span[0] {
		return true // the paragraph's first sentence joined the answer
	}
	if r.content[1] < x.labels[b-1].span[0] || !x.startsBlock(s.toks[0].s) {
		return false
	}
	q := x.nearLabel(b, 1)
	return q >= 0 && (questionLabel(x.labels[q].label) || x.outletLabel(q))
}
