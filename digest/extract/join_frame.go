// The words around an attribution that stands aside inside a sentence
// are what was said. "Instead, Hale said, the plan would cut waste"
// reports "Instead … the plan would cut waste", "An economic downturn,
// Reed said, “could be a good time to borrow”" reports the downturn with
// the quotation that goes on with it, and "Prices will rise, economists
// say, because the harvest failed" reports the cause with the claim. The
// rules read the part on one side of such an attribution; joinAsides
// (join_aside.go) joins two reported clauses, a subject and its
// predicate, and a phrase before the cue that frames the clause after
// it. Here the forms no reading there takes: a few words before the
// attribution ("Instead,", "Recently,", "Otherwise,"), the sentence's
// opening before a quotation that opens in lower case, and the rest of
// the sentence after the attribution when that rest is no clause of its
// own but a subordinate one or a phrase ("..., economists say, because
// ...", "..., officials said, before the vote"). PolNeAR's annotators
// give such words to the content: 169 of 184 openings before an
// attribution that stands aside and a reported clause in train, 21 of 28
// before a quotation in lower case (8 of 51 before one in capitals).

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// frameBefore returns the words that open r's sentence before its
// attribution when the attribution stands aside and r, what was said,
// goes on after it, together with r's content as the joined statement
// gives it. Before a reported clause they are at most four words that
// no statement holds: "Instead, Hale told reporters, her plan would cut
// waste", "Recently, he said, he has realized ...", "In particular, Lee
// wrote, ..." (a longer phrase is a statement of its own that joinAsides
// joins, and one of the saying's circumstance that it dropped, "In a
// statement,", stays out). Before a quotation they are the sentence's opening
// when the quotation opens in lower case and so goes on with it: "An
// economic downturn, Reed said, “could be a good time to borrow”", "In
// other words, he said, “the era of cheap money is over”"; a quotation
// that opens as a sentence of its own says what it says alone ("In an
// interview, Reed said, “I have had offers.”"), and its opening tells of
// the saying. A conjunction or a connective that links the sentence to
// the one before it ("But", "And", "So", "Still", "Meanwhile",
// "However", "Separately") is the writer's ("So far," and "For years,"
// are frames), and a pronoun or a date word alone is no frame ("Monday,
// Hale said, ..."), nor a phrase of the saying's occasion ("Asked about
// the vote,").
func (x *extractor) frameBefore(r *raw) (frame, content digest.Span, ok bool) {
	t := x.t
	content = r.content
	if r.direct {
		content = withQuoteMarks(t, content)
		if content == r.content {
			return frame, content, false
		}
	}
	quoted := r.direct // what was said opens with a quotation that goes on with the sentence
	p := content[0]
	for p < content[1] {
		m, n := utf8.DecodeRuneInString(t[p:])
		if !isQuoteMark(m) {
			break
		}
		p += n
	}
	if p > content[0] {
		if c, _ := utf8.DecodeRuneInString(t[p:]); !unicode.IsLower(c) {
			return frame, content, false
		}
		quoted = true
	}
	if r.speaker.span[0] < r.sentStart || content[0] < r.cue[1] || !asideEnds(t[r.cue[1]:content[0]]) || !cueByName(t, r) {
		return frame, content, false
	}
	open := t[r.sentStart:r.speaker.span[0]]
	cut := strings.LastIndex(open, ",")
	if cut < 0 || wordCount(open[cut+1:]) > 4 || strings.ContainsAny(open[cut+1:], ".;:\"“”") {
		return frame, content, false // "Sooner or later, the New Jersey governor told reporters,"
	}
	w := strings.TrimSpace(open[:cut])
	words := strings.Fields(w)
	if len(words) == 0 || len(words) > maxPhrase && !quoted || len(words) > maxFrame || strings.ContainsAny(w, ",;:\"“”—()") {
		return frame, content, false
	}
	if len(words) > 1 && strings.HasPrefix(strings.ToLower(t[r.cue[0]:r.cue[1]]), "according") {
		// "Over the long term, according to the budget office, ...":
		// the source between the parts may run long, and the statement's
		// span then holds more of the writer's citation than of what
		// was said (train: 5 right parts more, 1 right statement lost
		// to attrib-eval's half-overlap test)
		return frame, content, false
	}
	if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) {
		return frame, content, false
	}
	lw := strings.ToLower(words[0])
	switch lw {
	case "and", "but", "or", "yet", "still":
		return frame, content, false // "Still, he said, ...": the writer's turn against the sentence before
	case "so", "for":
		if len(words) == 1 {
			return frame, content, false // "So, he said, ...", not "So far," or "For years,"
		}
	}
	if len(words) == 1 && connectives[lw] {
		return frame, content, false // ends.go's: "Meanwhile,", "However,", "Also,"
	}
	if saidInOpening(words) || occasionOpening(w) {
		return frame, content, false // "In a statement, the company said, ...", "Asked about the vote,": where or how it was said, not what
	}
	var buf [64]byte
	if len(words) == 1 && (look(lw, &buf).f&(fPronoun|fWeekday|fMonth|fRelDay) != 0 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0) {
		return frame, content, false
	}
	a := r.sentStart + strings.Index(open, w)
	frame = digest.Span{a, a + len(w)}
	for i := range x.raws {
		if o := &x.raws[i]; o != r && (!o.drop || len(words) > 1) && o.content[0] < frame[1] && o.content[1] > frame[0] {
			// a statement of its own ("“A,” he said, “b”" is
			// joinBroken's), or a phrase of the saying's circumstance
			// that joinAsides dropped ("In a statement,")
			return frame, content, false
		}
	}
	return frame, content, true
}

// saidInOpening reports whether the words of an opening phrase tell where
// the words after it were said: a preposition of place or time and one of
// saidInNouns within its next three words ("In a statement", "During an
// interview with the Times", "At a press conference"). It reads a
// frame's plain words, before any tokens; cue_comma_aside.go's
// sayingCircumstance asks of an aside's tokens after a cue the wider
// question of when or how (dates, "by phone", date_event.go's sayingNoun:
// "memo", "remarks").
func saidInOpening(words []string) bool {
	switch strings.ToLower(words[0]) {
	case "in", "during", "at":
	default:
		return false
	}
	for i := 1; i < len(words) && i <= 3; i++ {
		if saidInNouns[strings.ToLower(strings.TrimRight(words[i], ".,"))] {
			return true
		}
	}
	return false
}

// occasionOpening reports whether the opening phrase w tells how the
// words after it came to be said: a participle of the saying's occasion
// first, alone or after "when" or "while" ("Asked about the vote,",
// "When asked,", "Speaking to reporters,", "Reached by phone,"). The
// phrase is the writer's account of the occasion; its participle's
// subject is the speaker, not what was said.
func occasionOpening(w string) bool {
	var lb [32]byte // the first words lowered on the stack, not copied
	first, rest, _ := strings.Cut(w, " ")
	low := lowerInto(&lb, strings.TrimRight(first, ","))
	if string(low) == "when" || string(low) == "while" {
		first, _, _ = strings.Cut(rest, " ")
		low = lowerInto(&lb, strings.TrimRight(first, ","))
	}
	return occasionParticiples[string(low)]
}

// occasionParticiples open a phrase that tells of the occasion of a
// saying: "Speaking at a rally,", "Asked about the mine,", "Reached by
// phone,". date_event.go's occasionOpener reads a date closing such a
// phrase as the saying's.
var occasionParticiples = map[string]bool{
	"speaking": true, "addressing": true, "appearing": true, "testifying": true, "writing": true,
	"asked": true, "interviewed": true, "reached": true, "responding": true, "talking": true,
	"questioned": true, "pressed": true, "contacted": true, "answering": true, "commenting": true,
}

// asideEnds reports whether the words between a cue and what was said
// after it close an attribution that stands aside: a comma last, no
// quotation, at most three words before it ("said,", "told reporters,",
// "said on Monday,"), or a phrase of where it was said of up to
// maxVehicleRest words ("said in her 40-page opinion,": "in" or "during"
// first, a noun of saying or of a text in it: "in a speech to the
// council,").
func asideEnds(between string) bool {
	b := strings.TrimRight(between, " ")
	if !strings.HasSuffix(b, ",") || strings.ContainsAny(b, "\"“”;:") {
		return false
	}
	f := strings.Fields(b)
	if len(f) <= 3 {
		return true
	}
	if len(f) > maxVehicleRest || f[0] != "in" && f[0] != "during" {
		return false
	}
	for _, w := range f[1:] {
		if w = strings.TrimSuffix(strings.ToLower(w), ","); saidInNouns[w] || writtenIn[w] {
			return true
		}
	}
	return false
}

// writtenIn are texts a judge, an official or a writer says things in,
// besides saidInNouns: "said in her 40-page opinion,".
var writtenIn = wordSet(`opinion ruling decision order filing memo column essay remarks testimony`)

// cueByName reports whether r's cue stands right by its speaker, with
// at most one word between ("he said", "Hale also said", "said Hale"):
// the attribution is a clause of its own, not a verb of another clause
// that a participle of speech ends ("she sent an email saying, ...").
func cueByName(t string, r *raw) bool {
	a, b := r.speaker.span[1], r.cue[0]
	if b < a {
		a, b = r.cue[1], r.speaker.span[0]
	}
	return b >= a && wordCount(t[a:b]) <= 1 && !strings.ContainsAny(t[a:b], ",;:\"“”")
}

// maxPhrase bounds the words of an opening before a reported clause
// that no statement of its own holds: "Back then,", "In particular,",
// "Many days,". A longer phrase the rules read as a statement, and
// joinAsides joins it.
const maxPhrase = 4

// maxFrame bounds the words of a sentence's opening that a quotation
// after the attribution goes on with.
const maxFrame = 25

// withQuoteMarks widens sp over the quotation marks right around it (two
// for a mark typed as two apostrophes, ”...”), and over the stop or
// comma inside the closing one, so that a quotation joined to the
// writer's words keeps them: “could be a good time.”
func withQuoteMarks(t string, sp digest.Span) digest.Span {
	a, e := sp[0], sp[1]
	for k := 0; k < 2; k++ {
		c, n := utf8.DecodeLastRuneInString(t[:a])
		if !isQuoteMark(c) {
			break
		}
		a -= n
	}
	for e < len(t) && (t[e] == '.' || t[e] == ',') {
		e++
	}
	end := sp[1]
	for k := 0; k < 2 && e < len(t); k++ {
		c, n := utf8.DecodeRuneInString(t[e:])
		if !isQuoteMark(c) {
			break
		}
		e += n
		end = e
	}
	return digest.Span{a, end}
}

// isQuoteMark reports whether c is a double or single quotation mark, in
// plain text (withQuoteMarks reads the text around a span). It is not the
// tokenizer's test: token.go makes a kMark token of a mark, reads « » „
// and two backquotes too, and takes a single mark only in a headline or a clipping
// that quotes with single marks (quote_single.go); speaker_namesake.go's
// midSentence asks only for a closing mark.
func isQuoteMark(c rune) bool {
	switch c {
	case '"', '“', '”', '\'', '‘', '’':
		return true
	}
	return false
}

// joinTail gives each reported clause of the sentence that ends before an
// attribution standing aside the rest of the sentence after it, when that
// rest opens with a conjunction, "to" or a preposition of cause or time:
// "The effects are hard to predict, economists say, because there is no
// precedent", "The talks would go on, she said, but only with the unions
// that signed". An appositive ("said Tom Reed, the mayor"), a participle
// of its own ("adding that"), a relative ("who ..."), a tail that tells
// of the saying ("to cheers from the crowd", "before walking out":
// tellsOfSaying) or another statement after the attribution is not the
// clause's.
func (s *sentence) joinTail() {
	raws := s.x.raws
	for k := s.first; k < len(raws); k++ {
		r := &raws[k]
		if !loneReported(r) || r.content[1] > r.cue[0] || r.content[1] > r.speaker.span[0] || s.according(s.tokenAt(r.cue[0])) {
			continue // "..., according to recent polls, including one from May": the rest may describe the source
		}
		att := min(r.cue[0], r.speaker.span[0])
		if strings.TrimSpace(s.t[r.content[1]:att]) != "," {
			continue
		}
		end := max(r.cue[1], r.speaker.span[1])
		n := s.tokenFrom(end)
		if l, _ := s.dateAt(n); l > 0 {
			n += l // "said Friday,"
		}
		if !s.punct(n, ",") || n+1 >= len(s.toks) || s.toks[n+1].k != kWord || s.toks[n+1].cap || !tailOpeners[lowerASCII(s.word(n+1))] {
			continue
		}
		e := len(s.toks)
		for e > n+2 && (s.toks[e-1].k == kStop || s.toks[e-1].k == kPunct) {
			e--
		}
		tail := s.span(n+1, e)
		if e <= n+2 || s.statementAfter(k, end) || s.tellsOfSaying(n+1) || otherVoice(s.t, tail) { // join_other_voice.go: "..., but critics disagree"
			continue
		}
		r.parts = []digest.Span{r.content, tail}
		r.content = digest.Span{r.content[0], tail[1]}
	}
}

// tellsOfSaying reports whether the tail opening at token i, after an
// attribution, tells of the saying rather than going on with what was
// said: "to" before a noun phrase ("to cheers from the crowd", "to the
// dismay of the workers": how the words were met, not a purpose), or a
// subordinator of time before a participle, whose subject is the speaker
// ("before walking out of the room", "while touring the site"; a
// passive or perfect one, "before being shot by police", goes on with
// the clause's subject).
func (s *sentence) tellsOfSaying(i int) bool {
	j := i + 1
	if j >= len(s.toks) || s.toks[j].k != kWord {
		return false
	}
	w := lowerASCII(s.word(j))
	switch lowerASCII(s.word(i)) {
	case "to":
		return s.has(j, fDet|fNumber) || len(w) > 3 && sForm(w)
	case "before", "after", "while", "since", "until":
		return len(w) > 4 && strings.HasSuffix(w, "ing") && w != "being" && w != "having" // not "before being shot by police": the clause's subject's
	}
	return false
}

// statementAfter reports whether a statement of the sentence other than
// raw k has its cue or content at or after byte p.
func (s *sentence) statementAfter(k, p int) bool {
	for j := s.first; j < len(s.x.raws); j++ {
		o := &s.x.raws[j]
		if j != k && !o.drop && (o.cue[0] >= p || o.content[1] > p) {
			return true
		}
	}
	return false
}

// tailOpeners open the rest of a sentence after an attribution that
// stands aside when that rest belongs to the clause before it: a
// conjunction, a subordinator of cause, time or concession, "to" of
// purpose, "by" of means, "including".
var tailOpeners = map[string]bool{
	"because": true, "and": true, "but": true, "so": true, "to": true, "by": true, "including": true,
	"before": true, "after": true, "while": true, "although": true, "though": true, "unless": true,
	"until": true, "whereas": true, "if": true, "since": true, "than": true, "rather": true,
}
