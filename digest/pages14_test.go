package digest

import (
	"context"
	"testing"
)

// TestCommonOpening: a reported clause that opens a sentence keeps the
// sentence's capital in the clipping; after "said" a line writes a common
// word in lower case, and a name (capitalised mid-sentence elsewhere)
// keeps its capital.
func TestCommonOpening(t *testing.T) {
	text := "Roads crack in the cold\n\nThe city fills more potholes each winter. Potholes form when water seeps into cracks, the engineer Ana Ruiz said. " +
		"Along the river, she said, crews work at night. Harbor Works repairs the bridges, and a spokesman for Harbor Works said it would hire. " +
		"Harbor crews walk along the piers. Secretary Ann Rice praised the crews, and the price of rice fell."
	for content, want := range map[string]bool{
		"Potholes form when water seeps into cracks": true,
		"Along the river, crews work at night":       true,
		"Harbor Works repairs the bridges":           false,
		"It would hire":                              true,
		"NATO will help":                             false,
		"Rice will visit the harbor":                 false,
	} {
		if got := commonOpening(text, content); got != want {
			t.Errorf("commonOpening(%q) = %v, want %v", content, got, want)
		}
	}
	src := Source{ClippingID: 7, Outlet: "The Harbor Post", Published: day("2026-12-01")}
	entries := []Entry{
		entry(1, 1, "Ana Ruiz", "", "Potholes form when water seeps into cracks", false, "", src),
		entry(2, 1, "Ana Ruiz", "", "Harbor Works repairs the bridges", false, "", src),
	}
	if err := AddClippingFacts(context.Background(), clippingMap{7: text}, entries); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"Ana Ruiz said potholes form when water seeps into cracks.", "Ana Ruiz said Harbor Works repairs the bridges."} {
		e := entries[i]
		e.Cue = "said"
		s := newStory([]Entry{e}, nil)
		if got := s.sentence(e, digestNow, map[string]bool{}, textStyle); got != want {
			t.Errorf("got  %q\nwant %q", got, want)
		}
	}
}

// TestLineSentenceForms: an "and" or "but" that tied the writer's
// sentence to the one before is dropped after "said", a conditional
// after a verb is in lower case, and a cue that is an adjective's frame
// ("more likely to say") takes "was" or "were", never a past tense of
// "more".
func TestLineSentenceForms(t *testing.T) {
	src := Source{ClippingID: 1, Outlet: "The Harbor Post", Published: day("2026-12-01")}
	tests := []struct {
		e    Entry
		cue  string
		want string
	}{
		{entry(1, 1, "Ana Ruiz", "", "But it is also a promise that the river stays clean", false, "", src), "said",
			"Ana Ruiz said it is also a promise that the river stays clean."},
		{entry(2, 1, "Ana Ruiz", "", "And the crews will work at night", false, "", src), "added",
			"Ana Ruiz said the crews will work at night."},
		{func() Entry {
			e := entry(7, 1, "Ana Ruiz", "", "But Ruiz has found a cheaper asphalt", false, "", src)
			e.CommonOpening = true // "but" is common; "Ruiz" after it keeps its capital
			return e
		}(), "says", "Ana Ruiz said Ruiz has found a cheaper asphalt."},
		{entry(3, 1, "Ana Ruiz", "", "If the frost stays, repairs will wait", false, "", src), "noted",
			"Ana Ruiz noted if the frost stays, repairs will wait."},
		{entry(4, 2, "Younger voters", "", "the mayor understands their worries", false, "", src), "more likely to say",
			"Younger voters were more likely to say the mayor understands their worries."},
		{entry(5, 3, "The survey", "", "the mayor understands their worries", false, "", src), "less likely to say",
			"The survey was less likely to say the mayor understands their worries."},
		{entry(6, 2, "Younger voters", "", "The mayor listens", true, "", src), "more likely to say",
			"Younger voters were more likely to say: “The mayor listens.”"},
		{func() Entry {
			e := entry(8, 1, "Tom Reyes", "", "the plan would fail", false, "", src)
			e.Form.Read, e.Form.Person = true, true // "Reyes said", "he": a person, whose name ends in -s
			return e
		}(), "quick to point out", "Tom Reyes was quick to point out the plan would fail."},
		{entry(9, 2, "Democrats", "", "the plan would fail", false, "", src), "quick to point out",
			"Democrats were quick to point out the plan would fail."},
	}
	for _, tt := range tests {
		tt.e.Cue = tt.cue
		s := newStory([]Entry{tt.e}, nil)
		if got := s.sentence(tt.e, digestNow, map[string]bool{}, textStyle); got != tt.want {
			t.Errorf("got  %q\nwant %q", got, tt.want)
		}
	}
}

// TestSurnameParticleAndHyphenOpening: a surname that opens with a
// capitalised particle keeps it when a line names the speaker again
// ("Van Wagenen", not "Wagenen"), and a name opening with a lower-case
// prefix and a hyphen ("then-Sen.") takes a capital at a line's start.
func TestSurnameParticleAndHyphenOpening(t *testing.T) {
	for in, want := range map[string]string{
		"Alyssa Van Wagenen": "Van Wagenen", "Marine Le Pen": "Le Pen", "Ann Lee": "Lee", "Van Taylor": "Taylor",
		"Luis de Miranda": "Luis de Miranda",
	} {
		if got := shortName(in); got != want {
			t.Errorf("shortName(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{
		"then-Sen. Barack Obama": "Then-Sen. Barack Obama", "officials": "Officials", "eBay": "eBay", "ex-minister Ann Lee": "Ex-minister Ann Lee",
	} {
		if got := sentenceStart(in); got != want {
			t.Errorf("sentenceStart(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSubjectlessClauseYields: a reported clause whose subject stayed in
// the writer's sentence ("which the founder said had passed 100 million
// members" gives "had passed ...") yields its place in a story as a quote
// that leans on what came before does; a question opening with a
// capitalised auxiliary does not.
func TestSubjectlessClauseYields(t *testing.T) {
	src := Source{ClippingID: 1, Outlet: "The Harbor Post", Published: day("2026-12-01")}
	verbless := entry(1, 1, "Ana Ruiz", "", "had passed 100 million members", false, "", src)
	whole := entry(2, 2, "Tom Ito", "", "the ferry will run through the winter", false, "", src)
	asked := entry(3, 3, "A reader", "", "Have you considered a night ferry", false, "", src)
	s := newStory([]Entry{verbless, whole, asked}, nil)
	alone := map[string]bool{}
	for _, l := range s.lines {
		alone[l.e.Speaker] = l.alone
	}
	if !alone["Ana Ruiz"] || alone["Tom Ito"] || alone["A reader"] {
		t.Errorf("alone = %v, want only Ana Ruiz's verb-first clause", alone)
	}
	if s.lines[0].e.Speaker == "Ana Ruiz" {
		t.Errorf("the verb-first clause leads the story")
	}
}
