package extract

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestLabelRules checks, on the rules and the fallback's candidates as
// training collects them (before any model judges them), that a rubric or
// a roundup's byline before a colon is no speaker (ends.go).
func TestLabelRules(t *testing.T) {
	for _, tt := range []struct{ text, label string }{
		{"Markets were calm.\n\nUPDATE: The company said on Friday that the plant would stay open through the winter.", "UPDATE"},
		{"Markets were calm.\n\nRevealed: What the council hid from the voters of the county.", "Revealed"},
		{"Markets were calm.\n\nJust Leaked: The mayor's plan for the harbor and the pier.", "Just Leaked"},
		{"Good Friday morning.\n\nMUSEUM NEWS—\"For the new director, a job of balancing history with crowds,\" by The Wall Street Journal's Jennifer Smith: \"Ms. Donhauser, 48 years old, has not previously led a museum. But she spent the past 23 years as a fundraiser and manager at one of the largest ones in the world.\"", "Jennifer Smith"},
	} {
		c := &digest.Clipping{Text: tt.text}
		start := 0
		for _, p := range strings.SplitAfter(tt.text, "\n\n") {
			c.Blocks = append(c.Blocks, digest.Block{Span: digest.Span{start, start + len(strings.TrimRight(p, "\n"))}, Kind: digest.BlockBody})
			start += len(p)
		}
		for _, s := range statementsWith(c, nil, &collector{keep: true}, nil) {
			if strings.Contains(s.Speaker, tt.label) && s.Cue == ":" {
				t.Errorf("%q: a label before a colon is no speaker: %s: %s", tt.label, s.Speaker, s.Content)
			}
		}
	}
}

// TestWritersEndRules checks on the rules alone (the end model may trim
// what they leave) that an opening subordinate clause after "But", or
// "even after", ends where the main clause starts.
func TestWritersEndRules(t *testing.T) {
	for _, tt := range []struct{ text, speaker, content string }{
		{"But even after Mayor Ann Lee said she would cut the fees on parking, the council voted to raise them again.", "Ann Lee", "she would cut the fees on parking"},
		// the subordinate clause after a sentence adverb and its comma
		{"However, while Ann Lee says the fees will stay as they are, the council has already voted to raise them.", "Ann Lee", "the fees will stay as they are"},
		// a phrase with a relative clause opening the sentence
		{"In a year in which Ann Lee has said the river is too dirty to swim in, the county spent less on it than ever.", "Ann Lee", "the river is too dirty to swim in"},
		// the main clause's subject in lower case, its verb negated
		{"When Ann Lee announced the new rules for parking downtown, local merchants weren't told about them.", "Ann Lee", "the new rules for parking downtown"},
	} {
		c := &digest.Clipping{Text: tt.text, Blocks: []digest.Block{{Span: digest.Span{0, len(tt.text)}, Kind: digest.BlockBody}}}
		found := false
		for _, s := range statementsWith(c, nil, nil, nil) {
			if s.Speaker == tt.speaker {
				found = true
				if s.Content != tt.content {
					t.Errorf("%q: content %q, want it to end before the main clause", tt.text, s.Content)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement of %s", tt.text, tt.speaker)
		}
	}
}

// TestQuoteClosedEnd checks the end candidates the end model may choose
// from: after a quotation closed by its own punctuation, or followed by
// "and" and the subject's next deed, none runs on into the writer's words,
// while after a bare quoted phrase ("called the plan “a gift” on her
// show") they still may.
func TestQuoteClosedEnd(t *testing.T) {
	for _, tt := range []struct {
		text, content string
		runs          bool
	}{
		{"Ann Lee tweeted that the vote was “a disgrace!” The council met again on Friday.", "the vote was “a disgrace!”", false},
		{"Ann Lee called the vote “a disgrace!” on her show on Friday.", "the vote “a disgrace!”", false},
		{"Ann Lee said the council had “broken its word,” and walked out of the hall before the vote.", "the council had “broken its word,”", false},
		{"Ann Lee called the plan “a gift” on her show on Friday.", "the plan “a gift”", true},
		// after a quotation, "and" and the subject's next deed
		{"Ann Lee called the plan “a gift” and ranked Tom Hale among the worst mayors.", "the plan “a gift”", false},
	} {
		runs, _, found := candidates(tt.text, tt.content) // room_internal_test.go
		if !found {
			t.Errorf("%q: no statement %q", tt.text, tt.content)
			continue
		}
		if runs != tt.runs {
			t.Errorf("%q: an end past the quotation among the candidates: %v, want %v", tt.text, runs, tt.runs)
		}
	}
}
