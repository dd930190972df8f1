package extract_test

import "testing"

// TestElidedYear checks, in made-up sentences, that an apostrophe before
// two digits is a year with its century left out (token_year.go), not a
// quotation mark: the "that" after it still opens what was said and stays
// out of it, whichever mark was printed.
func TestElidedYear(t *testing.T) {
	wantContents(t, []contentCase{
		{"The governor said in ‘08 that the road would reopen in May.", "the road would reopen in May"},
		{"The governor said in '08 that the road would reopen in May.", "the road would reopen in May"},
		{"The mayor said in the ’90s that the pier was safe for boats.", "the pier was safe for boats"},
	})
}
