package extract_test

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestLines20 checks forms of real constructions that gave lines a reader
// would distrust: a writer's aside between a subject and its predicate
// before an inverted attribution ("The plan, however, is dead, said Ann
// Lee") is no appositive that renames the subject; the clause is what
// was said and the name after the cue speaks.
// Made-up sentences.
func TestLines20(t *testing.T) {
	for _, tt := range []struct {
		text, speaker, content string
	}{
		{"The plan, however, is dead, said Ann Lee, a council member.", "Ann Lee", "The plan, however, is dead"},
		{"The bridge, in fact, will close in May, said Tom Reed.", "Tom Reed", "The bridge, in fact, will close in May"},
		{"The tax, it seems, isn't popular, said Ann Lee.", "Ann Lee", "The tax, it seems, isn't popular"},
	} {
		wantSpoken(t, tt.text, tt.speaker, tt.content)
	}
}

// TestLines20ArticleDay checks that a day or month after an article names
// the noun that follows ("the Friday deal", "a March vote"): the object
// of a verb that takes one goes on past it, and it dates nothing.
// Made-up sentences.
func TestLines20ArticleDay(t *testing.T) {
	for _, tt := range []struct {
		text, content, date string
	}{
		{"Ann Lee described the Friday deal as a disaster for workers.", "the Friday deal as a disaster for workers", "2026-12-01"},
		{"Tom Reed described a Monday meeting as a waste of time.", "a Monday meeting as a waste of time", "2026-12-01"},
	} {
		// (the rules alone leave a description with no quotation to the model)
		got := extract.Statements(clipping("Council news.\n\n"+tt.text, "2026-12-01", false))
		if !slices.ContainsFunc(got, func(s digest.Statement) bool { return s.Content == tt.content && s.SaidOn == tt.date }) {
			t.Errorf("%q: no statement %q dated %s in %s", tt.text, tt.content, tt.date, dump(got))
		}
	}
}

// TestLines20FrameThenAttribution checks that a short fronted adverbial
// before an attribution set aside ("Instead, Lee said,") keeps the
// aside's speaker when the clause after it is itself an attribution
// ("Reed told him the plan would fail"): she reports it, with the frame.
// Made-up sentences.
func TestLines20FrameThenAttribution(t *testing.T) {
	for _, tt := range []struct {
		text, speaker, content string
	}{
		{"Instead, Lee said, Reed told him the plan would fail.", "Lee", "Instead … Reed told him the plan would fail"},
		{"Later, Ann Lee said, the mayor told staff the bridge would close.", "Ann Lee", "Later … the mayor told staff the bridge would close"},
	} {
		wantSpoken(t, tt.text, tt.speaker, tt.content)
	}
}

// TestLines20ShowName checks that "this" or "last" before a capitalised
// noun is a show's name, no date: "told ABC's This Week" dates nothing,
// and the saying keeps the publication's day.
// Made-up sentences.
func TestLines20ShowName(t *testing.T) {
	for _, text := range []string{
		"Ann Lee told ABC's This Week that the plan would pass.",
		"Tom Reed said on Last Week Tonight that the bridge would close.",
	} {
		eachRun(clipping("Council news.\n\n"+text, "2026-12-01", false), func(run string, got []digest.Statement) {
			if len(got) == 0 || got[0].SaidOn != "2026-12-01" {
				t.Errorf("%s %q: want one statement dated 2026-12-01, got %s", run, text, dump(got))
			}
		})
	}
}

// wantSpoken checks that text, after a first paragraph of its own, gives
// speaker the statement content with the rules alone and with the model.
func wantSpoken(t *testing.T, text, speaker, content string) {
	t.Helper()
	eachRun(clipping("Council news.\n\n"+text, "2026-12-01", false), func(run string, got []digest.Statement) {
		if !slices.ContainsFunc(got, func(s digest.Statement) bool { return s.Speaker == speaker && s.Content == content }) {
			t.Errorf("%s %q: no statement %s: %q in %s", run, text, speaker, content, dump(got))
		}
	})
}
