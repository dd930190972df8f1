// A phrase before an attribution that is its circumstance, not what was
// said: "On ABC's “This Week,” Rubio said that ...", "Speaking Sunday on
// CNN, Lee admitted that ...". A phrase before the speaker is what was
// said when the attribution stands aside from it ("In his state, Lee
// said, first offenders are sent to treatment": the clause goes on after
// the attribution) or closes a clause ("Turnout was high, officials
// said."); when the verb of speech takes its own complement at once, the
// phrase before it, with no verb of its own, says where or when.

package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// circumstanceBefore reports whether content tokens [a, b), before the
// attribution of m whose cue is cue, are its circumstance: they hold no
// finite verb (nor a form in -s but a possessive) and no quotation but a short title, and
// the cue's own complement follows the cue and its speaker: "that",
// a quotation (after a comma or a colon too), or a word of its clause with
// no comma between ("said if ...", "responded to a question").
func (s *sentence) circumstanceBefore(a, b int, m mention, cue digest.Span) bool {
	for k := a; k < b; k++ {
		if w := s.word(k); s.verbAt(k) && !strings.HasSuffix(w, "’s") && !strings.HasSuffix(w, "'s") {
			return false // any finite form, a plural in -s too: what was said may be a clause
		}
		if s.toks[k].k == kQuote && !s.titleQuote(k) {
			return false // a quotation, not a show's name ("on ABC's “This Week,”")
		}
	}
	end := max(cue[1], m.span[1])
	n := b
	for n < len(s.toks) && s.toks[n].s < end {
		n++ // the first token after the cue and its speaker ("told POLITICO", "say experts")
	}
	if l, _ := s.dateAt(n); l > 0 {
		n += l // "said Tuesday that"
	}
	if n >= len(s.toks) {
		return false
	}
	if (s.punct(n, ",") || s.punct(n, ":")) && n+1 < len(s.toks) && s.toks[n+1].k == kQuote {
		return true // "he said, “...”"
	}
	tk := s.toks[n]
	return tk.k == kQuote || tk.k == kWord && !tk.cap
}

// titleQuote reports whether quotation q is a short title in capitals
// where a work's name stands (ends.go title): "on ABC's “This Week,”".
func (s *sentence) titleQuote(q int) bool {
	in := quoteInside(s.t, s.toks[q])
	txt := strings.TrimSpace(s.t[in[0]:in[1]])
	return s.title(q) && txt != "" && txt[0] >= 'A' && txt[0] <= 'Z' && wordCount(txt) <= 5
}
