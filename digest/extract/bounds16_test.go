package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestBoundsWritersWords checks, in made-up sentences read by the rules
// alone and with the shipped model, where a content gives way to the
// writer's words: a participle clause or a concession after a last dash
// (ends_dash.go), and a concession opening a sentence whose attribution
// comes after it (content_concession.go); a dash a second one closes, a
// phrase of place or time and "Even as" stay, and so does ", but that"
// and a clause: the same verb's second clause (content_end.go). A verb of speech's
// participle after a spaced hyphen is the speaker's next statement
// (cue_participle.go).
func TestBoundsWritersWords(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Ann Lee said there was nothing wrong with the donations — asserting that they had not changed her views.", "said", "there was nothing wrong with the donations"},
		{"The aide said the staff had sent thousands of messages — though none reached the top level.", "said", "the staff had sent thousands of messages"},
		{"Tom Park said the plan would create too much inflation -- except that inflation has fallen since then.", "said", "the plan would create too much inflation"},
		{"Tom Park said the union had played an expectations game — setting its goals low to beat them.", "said", "the union had played an expectations game"},
		{"Tom Park said the bill was good for workers — an old favorite — and for the city.", "said", "the bill was good for workers — an old favorite — and for the city"},
		{"Ann Lee said several towns had joined the plan — including two on the coast.", "said", "several towns had joined the plan — including two on the coast"},
		{"Mayor Jo Hart denounced the budget on Friday - saying it offered no help to renters.", "saying", "it offered no help to renters"},
		{"Despite a month of sharp attacks, the senator has failed to gain ground among voters, according to a new poll.", "according to", "the senator has failed to gain ground among voters"},
		{"Though he cannot win the nomination outright, the governor has the best odds of any candidate, according to the model.", "according to", "the governor has the best odds of any candidate"},
		{"In 2014, about 82 percent of the cases involved young men, according to the report.", "according to", "In 2014, about 82 percent of the cases involved young men"},
		{"Even as the race moves to Ohio, the contest will stay close, Ann Lee said.", "said", "Even as the race moves to Ohio, the contest will stay close"},
		{"Ann Lee said she would secure the border, but that she would not support mass deportation.", "said", "she would secure the border, but that she would not support mass deportation"},
	})
}

// TestTopicParticleHeadline: a headline capitalises a verb of speech and
// its preposition alike ("Mayor Responds To Critics Of Port Plan"); what
// was said is still the preposition's object.
func TestTopicParticleHeadline(t *testing.T) {
	c := clipping("Mayor Hart Responds To Critics Of Port Plan\n\nThe weather was fine.", "2026-12-01", true)
	eachRun(c, func(run string, got []digest.Statement) {
		for _, s := range got {
			if s.Content == "Critics Of Port Plan" {
				return
			}
		}
		t.Errorf("%s: want content %q in %s", run, "Critics Of Port Plan", dump(got))
	})
}
