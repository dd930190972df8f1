package digest

// A story's lines should each add something: a reported paraphrase and the
// direct quote it paraphrases ("said finding a way out of a total freeze
// will take time" beside "The process of finding a way out… of such a
// total freeze will take time") say the same thing twice. This file finds
// such pairs by how many topic words they share and keeps the better one.

// Thresholds of sameClaim: two statements of one speaker say the same
// thing when they share at least claimMinShared topic words and those are
// at least claimShare of the shorter one's.
const (
	claimMinShared = 5
	claimShare     = 0.6
)

// claimWords returns the distinct topic words of a statement's content
// (see eachWord), as a small slice: a statement has few.
func claimWords(content string) []string {
	var out []string
	eachWord(content, func(w string) {
		for _, v := range out {
			if v == w {
				return
			}
		}
		out = append(out, w)
	})
	return out
}

// sameClaim reports whether two statements' topic words (claimWords)
// overlap so much that the second adds nothing to the first: most of the
// shorter one's words are the longer one's.
func sameClaim(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < claimMinShared {
		return false
	}
	shared := 0
	for _, w := range a {
		for _, v := range b {
			if v == w {
				shared++
				break
			}
		}
	}
	return shared >= claimMinShared && float64(shared) >= claimShare*float64(len(a))
}

// sameSpeaker reports whether two entries have one speaker.
func sameSpeaker(a, b *Entry) bool {
	if a.SpeakerID != 0 || b.SpeakerID != 0 {
		return a.SpeakerID == b.SpeakerID
	}
	return FoldSpace(a.Speaker) == FoldSpace(b.Speaker)
}

// betterClaim reports whether cand says the claim better than cur, two
// lines of one speaker saying the same thing: a line that means something
// alone beats one that does not; the direct quote beats the paraphrase
// unless it is a fragment of it (fewer than two thirds of its topic
// words); else the fuller one wins, cur on a tie.
func betterClaim(cand, cur line, candWords, curWords []string) bool {
	if cand.alone != cur.alone {
		return cur.alone
	}
	if cand.e.Direct != cur.e.Direct {
		direct, other := len(candWords), len(curWords)
		if cur.e.Direct {
			direct, other = other, direct
		}
		directWins := 3*direct >= 2*other
		return directWins == cand.e.Direct
	}
	return len(candWords) > len(curWords)
}

// distinctLines reorders a story's ranked lines so that its first perStory
// lines say different things: a line that says what a line ranked above
// it says (same speaker, sameClaim) goes to the end, marked dup, and the
// better of the two (betterClaim) takes the higher place. Only the lines a
// digest may show are compared, so the cost stays linear in the lines.
func distinctLines(ls []line) []line {
	if len(ls) < 2 {
		return ls
	}
	out := make([]line, 0, len(ls))
	var tail []line
	var top [perStory][]string // topic words of out[:perStory]
	for _, l := range ls {
		var w []string
		same := -1
		for k := 0; k < min(len(out), perStory); k++ {
			if !sameSpeaker(out[k].e, l.e) {
				continue
			}
			if w == nil {
				w = claimWords(l.e.Content)
			}
			if sameClaim(top[k], w) {
				same = k
				break
			}
		}
		if same < 0 {
			if len(out) < perStory {
				if w == nil {
					w = claimWords(l.e.Content)
				}
				top[len(out)] = w
			}
			out = append(out, l)
			continue
		}
		if betterClaim(l, out[same], w, top[same]) {
			out[same], l = l, out[same]
			top[same] = w
		}
		l.dup = true
		tail = append(tail, l)
	}
	return append(out, tail...)
}
