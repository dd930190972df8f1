package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestThatAside checks that a reported clause opening with "that" and an
// aside keeps its "that," (as PolNeAR marks it), with the rules alone and
// with the shipped model, and that a plain "that" stays out.
func TestThatAside(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Sen. Jane Doe said Tuesday that, in her view, the budget was a failure.", "that, in her view, the budget was a failure"},
		{"The council argued that, despite the delays, the bridge would open in spring.", "that, despite the delays, the bridge would open in spring"},
		{"The mayor said that the plan, which cost millions, was a failure.", "the plan, which cost millions, was a failure"},
	}
	for _, run := range []struct {
		name string
		f    func(*digest.Clipping) []digest.Statement
	}{{"rules", extract.StatementsRules}, {"model", extract.Statements}} {
		for _, tt := range tests {
			got := run.f(clipping(tt.text, "2025-07-29", false))
			var contents []string
			ok := false
			for _, s := range got {
				contents = append(contents, s.Content)
				ok = ok || s.Content == tt.want
			}
			if !ok {
				t.Errorf("%s: %q: contents %q, want %q", run.name, tt.text, contents, tt.want)
			}
		}
	}
}
