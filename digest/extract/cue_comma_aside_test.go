package extract_test

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestCommaAside checks that an aside between a cue's comma and the
// reported clause keeps the statement, aside included, as PolNeAR marks
// it: a phrase with no verb of its own, or a clause of condition or time,
// then a clause with its subject. An aside that tells when or how the
// words were said ("in a statement", "on Tuesday") is left out of them. A
// participle of the speaker, a list of names or a list of nouns after the
// comma is no aside and no clause.
// Made-up sentences.
func TestCommaAside(t *testing.T) {
	for _, tt := range []struct {
		text, content string // content "" : no statement
	}{
		{"The governor says, win or lose, she will run again.", "win or lose, she will run again"},
		{"Sen. Ann Lee said, win or lose in Tuesday’s primary, he’s staying in the race.", "win or lose in Tuesday’s primary, he’s staying in the race"},
		{"The minister said, once the bridge opens, fares will fall.", "once the bridge opens, fares will fall"},
		{"The coach said, as the season ends, the club will sell two players.", "as the season ends, the club will sell two players"},
		{"In the early 1990s, Ms. Ripley said, when she was earning $20,000 a year, a manager offered her a loan.", "In the early 1990s … when she was earning $20,000 a year, a manager offered her a loan"},
		// an aside that tells when or how the words were said is no part of them
		{"The company said, in a statement, the ruling would be appealed.", "the ruling would be appealed"},
		{"Ann Lee said, in an interview with the Times, the ruling would be appealed.", "the ruling would be appealed"},
		{"Ann Lee said, on Tuesday, the ruling would be appealed.", "the ruling would be appealed"},
		{"Ann Lee said, by phone, the ruling would be appealed.", "the ruling would be appealed"},
		{"The mayor has quickly responded, with leaflets handed out this week in the Clarksburg, Dover and Milton districts.", ""},
		{"Ann Lee responded, with letters sent to the council, the harbor board and shippers abroad.", ""},
	} {
		for _, run := range []struct {
			name string
			st   func(*digest.Clipping) []digest.Statement
		}{{"model", extract.Statements}, {"rules", extract.StatementsRules}} {
			got := run.st(clipping("Council news.\n\n"+tt.text, "2026-12-01", false))
			if tt.content == "" {
				for _, s := range got {
					for _, sp := range s.ContentSpans {
						if sp[0] > s.CueSpan[0] {
							t.Errorf("%s %q: content %q after the cue; want none", run.name, tt.text, s.Content)
						}
					}
				}
				continue
			}
			if !slices.ContainsFunc(got, func(s digest.Statement) bool { return s.Content == tt.content }) {
				t.Errorf("%s %q: no statement %q in %s", run.name, tt.text, tt.content, dump(got))
			}
		}
	}
}
