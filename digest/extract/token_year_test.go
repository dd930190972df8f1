package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestElidedYear checks, in made-up sentences, that an apostrophe before
// two digits is a year with its century left out (token_year.go), not a
// quotation mark: the "that" after it still opens what was said and stays
// out of it, whichever mark was printed.
func TestElidedYear(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The governor said in ‘08 that the road would reopen in May.", "the road would reopen in May"},
		{"The governor said in '08 that the road would reopen in May.", "the road would reopen in May"},
		{"The mayor said in the ’90s that the pier was safe for boats.", "the pier was safe for boats"},
	}
	for _, tt := range tests {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Content == tt.want {
					return
				}
			}
			t.Errorf("%s: %q: want content %q in %s", run, tt.text, tt.want, dump(got))
		})
	}
}
