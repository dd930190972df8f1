package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestObjectEnds checks that a cue's noun-phrase object ends with the
// noun phrase, and that a reported clause after the same cues goes on
// (made-up sentences; the rules alone, which set the bounds the models
// start from).
func TestObjectEnds(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		cue     string
		content string
	}{
		{
			name:    "a preposition of circumstance after the object",
			text:    "The weather was fine.\n\nThe former chairman denied the claims through his attorney.",
			cue:     "denied",
			content: "the claims",
		},
		{
			name:    "an object pronoun, a place and a day, then a dash and the writer's clause",
			text:    "The weather was fine.\n\nSenator Jane Roe reiterated them on a morning show Tuesday — where she seemed to soften her tone.",
			cue:     "reiterated",
			content: "them",
		},
		{
			name:    "an appositive about the object",
			text:    "The weather was fine.\n\nThe group claimed responsibility for the blast, the worst in the city in a decade.",
			cue:     "claimed responsibility for",
			content: "the blast",
		},
		{
			name:    "the subject's next deed",
			text:    "The weather was fine.\n\nThe driver claimed self-defense and was cleared by a jury the next spring.",
			cue:     "claimed",
			content: "self-defense",
		},
		{
			name:    "a date after the object",
			text:    "The weather was fine.\n\nThe governor announced her support Friday afternoon.",
			cue:     "announced",
			content: "her support",
		},
		{
			name:    "the main clause after a participle's object",
			text:    "In the months since announcing the plan in Boston, the mayor had toured every district of the city.",
			cue:     "announcing",
			content: "the plan in Boston",
		},
		{
			name:    "a reported clause with an auxiliary goes on",
			text:    "The weather was fine.\n\nThe mayor predicted the vote would fall on Thursday, after the holiday.",
			cue:     "predicted",
			content: "the vote would fall on Thursday, after the holiday",
		},
		{
			name:    "a reported clause with a verb in -s before its object goes on",
			text:    "The weather was fine.\n\nThe treasurer said the county owes the state $4 million on its loans.",
			cue:     "said",
			content: "the county owes the state $4 million on its loans",
		},
		{
			name:    "a reported clause with an irregular past goes on",
			text:    "The weather was fine.\n\nThe coach said the team fought hard during the second half.",
			cue:     "said",
			content: "the team fought hard during the second half",
		},
		{
			name:    "a subject with an appositive, then its verb",
			text:    "The weather was fine.\n\nThe clerk said the driver, Tom Gray, was earning $30,000 a year.",
			cue:     "said",
			content: "the driver, Tom Gray, was earning $30,000 a year",
		},
		{
			name:    "a list between commas stays one object",
			text:    "The weather was fine.\n\nThe report noted slowing growth in China, Europe and in younger markets.",
			cue:     "noted",
			content: "slowing growth in China, Europe and in younger markets",
		},
		{
			name:    "a naming keeps its complement",
			text:    "The weather was fine.\n\nThe senator called the plan a disaster on Tuesday.",
			cue:     "called",
			content: "the plan a disaster on Tuesday",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract.StatementsRules(clipping(tt.text, "2026-12-01", false))
			for _, s := range got {
				if strings.HasPrefix(s.Cue, tt.cue) {
					if s.Content != tt.content {
						t.Errorf("content %q, want %q", s.Content, tt.content)
					}
					return
				}
			}
			t.Errorf("no statement with cue %q: %s", tt.cue, dump(got))
		})
	}
}

// TestThingAdded checks that "add" with a noun-phrase object adds a
// thing, not words, and makes no statement, while "added" before a clause,
// "that" or a quotation does.
func TestThingAdded(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The weather was fine.\n\nThe factory added 1,200 jobs in March.", false},
		{"The weather was fine.\n\nThe new rules add another hurdle to the process.", false},
		{"The weather was fine.\n\nThe mayor added that the budget would be balanced by June.", true},
		{"The weather was fine.\n\nThe mayor added a warning: “We cannot wait another year.”", true},
		{"The weather was fine.\n\nThe mayor added the budget would be balanced by June.", true},
	} {
		got := extract.StatementsRules(clipping(tt.text, "2026-12-01", false))
		found := false
		for _, s := range got {
			if strings.HasPrefix(s.Cue, "add") {
				found = true
			}
		}
		if found != tt.want {
			t.Errorf("%q: statement of adding %v, want %v: %s", tt.text, found, tt.want, dump(got))
		}
	}
}

// TestFixedEndsWithModel checks that the shipped model keeps ends the
// rules set by grammar: a noun-phrase object's, and the question of
// "Asked by X whether ...," before the main clause.
func TestFixedEndsWithModel(t *testing.T) {
	for _, tt := range []struct{ text, cue, content string }{
		{"The weather was fine.\n\nThe former chairman denied the claims through his attorney on Monday, and the board met again.", "denied", "the claims"},
		{"The weather was fine.\n\nAsked by Jane Roe whether the plan would pass, the senator avoided a direct answer.", "Asked by", "whether the plan would pass"},
	} {
		got := extract.Statements(clipping(tt.text, "2026-12-01", false))
		found := false
		for _, s := range got {
			if s.Cue == tt.cue {
				found = true
				if s.Content != tt.content {
					t.Errorf("%q: content %q, want %q", tt.text, s.Content, tt.content)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement with cue %q: %s", tt.text, tt.cue, dump(got))
		}
	}
}

// TestAdjunctsOnly checks that a verb of saying followed only by how, when
// or where it was said makes no statement, while a clause or the verb's own
// preposition after such words still does (object.go adjunctsOnly; made-up
// sentences, the rules alone).
func TestAdjunctsOnly(t *testing.T) {
	checkRules(t, []rulesCase{
		{name: "an adverb and a date", text: "The weather was fine.\n\nThe deal was signed and Mayor Ann Rudd testified voluntarily in 2004.", count: -1},
		{name: "an adverb and a place", text: "The weather was fine.\n\nThe old clerk, who keeps the records, said pleasantly into the phone.", count: -1},
		{name: "a weekday and an occasion", text: "The weather was fine.\n\nTom Gray insisted Thursday during a tour of the county's schools.", count: -1},
		{name: "a weekday, an occasion and what was said", text: "The weather was fine.\n\nTom Gray insisted Thursday during a tour that the schools were safe.", want: []want{{speaker: "Tom Gray", content: "the schools were safe"}}},
		{name: "an occasion and what was said", text: "The weather was fine.\n\nTom Gray said in an interview that the schools were safe.", want: []want{{speaker: "Tom Gray", content: "the schools were safe"}}},
		{name: "an adverb before the verb's own preposition", text: "The weather was fine.\n\nTom Gray has written extensively on the history of the county.", want: []want{{speaker: "Tom Gray", content: "the history of the county"}}},
	})
}
