package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestBrokenWordsRejoined: a statement's content rejoins the words a
// hard-wrapped text broke at its lines' ends, over a line break or, in a
// text whose lines were run together, over a space; a suspended hyphen
// ("low- and middle-income") stays as written.
func TestBrokenWordsRejoined(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"run together",
			"The clerk filed the papers late. It was a dif- ferent matter, the judge wrote, from a sim- ple error.\n\nThe lawyer said the gaps were not made by over- sight but by design.\n",
			"the gaps were not made by oversight but by design"},
		{"over a line break",
			"The lawyer said the gaps were not made by over-\nsight but by design.\n",
			"the gaps were not made by oversight but by design"},
		{"suspended hyphen",
			"The clerk filed the papers late. It was a dif- ferent matter, the judge wrote, from a sim- ple error.\n\nThe mayor said the plan helps low- and middle-income families in every ward of the city.\n",
			"the plan helps low- and middle-income families in every ward of the city"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := clip.Parse("a.txt", []byte("Made-up headline on the council\n\n"+tt.text), clip.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, st := range extract.Statements(c) {
				if st.Content == tt.want {
					return
				}
				got = append(got, st.Content)
			}
			t.Errorf("no content %q among %q", tt.want, strings.Join(got, " | "))
		})
	}
}
