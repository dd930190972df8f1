// A noun phrase the writer adds after a reported clause's last comma,
// opened by an indefinite word and holding a relative clause, sums up or
// describes what went before: "said Britain should leave the EU, a move
// that could split the union", "promised to repeal the rule, a
// longstanding provision that bars such aid". It is the writer's remark,
// not what was said (train's annotations end before it 17 times in 21,
// as they do before such a phrase after a dash: content_end.go
// writersRemark).

package extract

// maxRemarkHead is the most words between the indefinite word that opens
// a writer's remark and the relative word of its clause.
const maxRemarkHead = 6

// commaRemark reports whether the comma at i opens a writer's remark that
// runs to the sentence's end: "a", "an", "another", "something" or a bare
// plural, a relative word ("that", "which", "who", "whom", "whose") within a few
// words, and no comma, semicolon, colon, dash or quotation after it.
func (s *sentence) commaRemark(i int) bool {
	return s.punct(i, ",") && s.remarkAt(i+1)
}

// quoteCommaRemark reports whether the quotation at i ends in a comma
// that opens a writer's remark: "said the vote was “rigged,” a claim that
// officials have rejected".
func (s *sentence) quoteCommaRemark(i int) bool {
	tk := s.toks[i]
	return tk.k == kQuote && tk.ie > tk.is && s.t[tk.ie-1] == ',' && s.remarkAt(i+1)
}

// remarkAt reports whether a writer's remark opens at token k (commaRemark):
// an indefinite word, or a bare plural ("comments that sent stocks lower",
// "results that experts called “encouraging”").
func (s *sentence) remarkAt(k int) bool {
	if k >= len(s.toks) || s.toks[k].cap ||
		!(s.is(k, "a") || s.is(k, "an") || s.is(k, "something") || s.is(k, "another") || s.barePlural(k)) {
		return false
	}
	rel := -1
	for j := k + 1; j < len(s.toks) && j <= k+maxRemarkHead; j++ {
		if s.toks[j].k != kWord {
			return false
		}
		if s.is(j, "that") || s.is(j, "which") || s.is(j, "who") || s.is(j, "whom") || s.is(j, "whose") {
			rel = j
			break
		}
	}
	if rel < 0 {
		return false
	}
	for j := rel + 1; j < len(s.toks); j++ {
		if s.isEnd(j) {
			return true
		}
		if s.toks[j].k == kQuote && s.isEnd(j+1) {
			return true // "results that experts called “encouraging.”": the remark's own words end the sentence
		}
		if s.toks[j].k == kQuote || s.toks[j].k == kPunct {
			return false
		}
	}
	return true
}

// barePlural reports whether token k is a lower-case plural with no
// determiner's or pronoun's part in it: "comments", "results", "claims"
// (sForm on a word of four letters or more that no function word's flag
// marks; speaker_np.go's pluralNoun asks instead for a noun that may
// speak).
func (s *sentence) barePlural(k int) bool {
	tk := s.toks[k]
	if tk.k != kWord || tk.cap || tk.w.f&(fDet|fPrep|fPronoun|fAux|fSub|fRelative|fNeg|fQuant|fObject|fPassive) != 0 || tk.e-tk.s < 4 {
		return false
	}
	var lb [32]byte
	return sForm(string(lowerInto(&lb, s.word(k))))
}
