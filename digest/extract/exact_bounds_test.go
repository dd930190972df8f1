package extract_test

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestContentBounds checks where a reported clause after its cue starts,
// with the rules alone and with the shipped model: "that" and an aside
// keep their "that," (as PolNeAR marks it), a plain "that" stays out, and
// a show's name in quotation marks before "that" (or before the clause
// with no "that") is circumstance, not what was said, and so is the one
// told before a comma and a quotation, however long their description;
// and that a number's percent sign stays with it at the end.
func TestContentBounds(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Sen. Jane Doe said Tuesday that, in her view, the budget was a failure.", "that, in her view, the budget was a failure"},
		{"The council argued that, despite the delays, the bridge would open in spring.", "that, despite the delays, the bridge would open in spring"},
		{"The mayor said that the plan, which cost millions, was a failure.", "the plan, which cost millions, was a failure"},
		{"The general said on NBC’s “Meet the Press” on Sunday that the plan was endangering troops.", "the plan was endangering troops"},
		{"The governor said in his book, “Roads Ahead,” that the road would reopen in May.", "the road would reopen in May"},
		{"The general told CBS’s “Evening Report” on Monday the plan was endangering troops.", "the plan was endangering troops"},
		{"The general said on CBS’s “Evening Report” the plan was endangering troops.", "the plan was endangering troops"},
		{"The ambassador told Daily News radio show host Matt Boyle, “The slogan might as well be a warning.”", "The slogan might as well be a warning."},
		{"The county clerk announced Wednesday that turnout in the primary was a record 39%.", "turnout in the primary was a record 39%"},
	}
	for _, run := range []struct {
		name string
		f    func(*digest.Clipping) []digest.Statement
	}{{"rules", extract.StatementsRules}, {"model", extract.Statements}} {
		for _, tt := range tests {
			var contents []string
			for _, s := range run.f(clipping(tt.text, "2025-07-29", false)) {
				contents = append(contents, s.Content)
			}
			if !slices.Contains(contents, tt.want) {
				t.Errorf("%s: %q: contents %q, want %q", run.name, tt.text, contents, tt.want)
			}
		}
	}
}

// TestHyphenTitle checks that a title's abbreviation after a hyphen
// ("then-Sen.", "ex-Gov.") ends no sentence, as "Sen." does not.
func TestHyphenTitle(t *testing.T) {
	for _, text := range []string{
		"He compared the race with the one against then-Sen. Jane Roe in 2008.",
		"The bill was signed by ex-Gov. Tom Reed last year.",
	} {
		if got := splitText(text, false); len(got) != 1 {
			t.Errorf("%q: split into %q", text, got)
		}
	}
	// a word with a hyphen and a dot that is no title still ends one
	if got := splitText("The vote was a walk-in. Then it ended.", false); len(got) != 2 {
		t.Errorf("walk-in: split into %q", got)
	}
}
