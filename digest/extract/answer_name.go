package extract

import "strings"

// unaskedName reports whether the sentence opens with a name alone as a
// one-word answer (tokens [a, k), k its comma before an inverted cue) and
// no question comes before it.
func (s *sentence) unaskedName(a, k int) bool {
	return s.punct(k, ",") && k == s.answerEnd(a) && s.nameAnswer(a) && !s.afterQuestion()
}

// nameAnswer reports whether the answer word at i names someone or
// somewhere: a person the clipping names (by surname), a first name, a
// place. "Nonsense, said Tom Reed." stands alone as what was said; a name
// alone ("Smith, said Tom Reed.") is said only as the answer to a
// question ("Who will lead the team?"), and with none before it the
// sentence is no statement the reader could use.
func (s *sentence) nameAnswer(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || !s.toks[i].cap {
		return false
	}
	w := s.word(i)
	return len(s.x.ents.byLast[w]) > 0 || knownFirstName(w) || isPlace(w)
}

// afterQuestion reports whether the sentence follows a question: the text
// before it, past spaces and closing quotation marks, ends with "?" ("Who
// will lead the team? Smith, said Tom Reed.", "“Who pays?” Nobody, said
// Ann Lee.").
func (s *sentence) afterQuestion() bool {
	if len(s.toks) == 0 {
		return false
	}
	before := strings.TrimRight(s.t[:s.toks[0].s], " \t\r\n\"”’'")
	return strings.HasSuffix(before, "?")
}
