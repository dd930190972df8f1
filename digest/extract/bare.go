// Sentences of the writer's own between a statement and a quotation
// standing alone: "“People are bullied when they’re 55,” he said. She
// smiled. She is 45. ¶ “You know, it happens, right?” Max went on." A
// quotation with no attribution of its own goes on from the statement
// before it only while nothing but that statement's words stands between
// them; once the writer has told something else in a sentence of its own,
// the quotation after it is no longer plainly the last speaker's (it is
// often the words of whoever that sentence is about, or of an attribution
// the rules did not read).

package extract

// minBare is the fewest words a sentence without a statement holds to
// break the run from a statement to a quotation standing alone: "(Laughter.)"
// or a section mark "___." do not.
const minBare = 3

// noteBare records where the sentence s starts when it found no statement
// and is long enough to be a sentence of the writer's own.
func (x *extractor) noteBare(s *sentence) {
	if len(x.raws) != s.first || x.colon != nil || len(s.toks) == 0 {
		return // a statement, or "he declared:" leading into the next sentence
	}
	words := 0
	for i := range s.toks {
		if s.toks[i].k == kWord {
			words++
			if words == minBare {
				break // enough: the count is not needed beyond it
			}
		}
	}
	if words >= minBare {
		x.bare = s.toks[0].s
	}
}

// bareAfter reports whether a sentence without a statement of its own
// starts after every part of the statement r (its speaker, cue and
// content), and so stands between r and whatever comes next.
func (x *extractor) bareAfter(r raw) bool {
	end := max(r.content[1], r.cue[1], r.speaker.span[1])
	return x.bare >= end && end > 0
}
