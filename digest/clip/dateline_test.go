package clip

import "testing"

// TestDatelineOutlet: a wire story with no other sign of its publisher
// takes the agency of its dateline as outlet; a dateline never beats the
// publisher the clipping names, and words in parentheses that are no
// dateline name no outlet.
func TestDatelineOutlet(t *testing.T) {
	const rest = " The senator said on Tuesday that the bill would pass, aides told reporters in the capital.\n\nA second paragraph follows with more words about the vote and the debate.\n"
	tests := []struct {
		name, file, text, outlet string
		opts                     Options
	}{
		{"AP, capital place", "a.txt", "The Latest: Senate Votes on Bill\n\nWASHINGTON (AP) —" + rest, "AP", Options{}},
		{"AP, place and state", "a.txt", "Senate Votes on Bill\n\nTRENTON, N.J. (AP) —" + rest, "AP", Options{}},
		{"Reuters, hyphen", "a.txt", "Senate Votes on Bill\n\nLONDON (Reuters) -" + rest, "Reuters", Options{}},
		{"Reuters, place and date", "a.txt", "Senate Votes on Bill\n\nMOSCOW, July 29 (Reuters) -" + rest, "Reuters", Options{}},
		{"AFP, mixed-case place, en dash", "a.txt", "Senate Votes on Bill\n\nMexico City (AFP) –" + rest, "AFP", Options{}},
		{"agency alone", "a.txt", "Senate Votes on Bill\n\n(Reuters) -" + rest, "Reuters", Options{}},
		{"agency spelled out", "a.txt", "Senate Votes on Bill\n\nPARIS (Agence France-Presse) —" + rest, "AFP", Options{}},
		{"lower-case agency", "a.txt", "Senate Votes on Bill\n\nBERLIN (dpa) -" + rest, "dpa", Options{}},
		{"after a timestamp line", "a.txt", "The Latest: Senate Votes on Bill\n\n6:01 p.m.\n\nWASHINGTON (AP) —" + rest, "AP", Options{}},
		{"the url's publisher wins", "a.txt", "Senate Votes on Bill\n\nWASHINGTON (AP) —" + rest, "Breitbart", Options{URL: "https://www.breitbart.com/news/a"}},
		{"front matter's site wins", "a.md", "---\nsite: The Hill\n---\nWASHINGTON (AP) —" + rest, "The Hill", Options{}},
		{"party label is no agency", "a.txt", "Senate Votes on Bill\n\nSen. Ted Cruz (R) —" + rest, "", Options{}},
		{"party and state", "a.txt", "Senate Votes on Bill\n\nSen. Ted Cruz (R-Texas) —" + rest, "", Options{}},
		{"parenthesis inside a sentence", "a.txt", "Senate Votes on Bill\n\nThe senator said the Environmental Protection Agency (EPA) - which he" + rest, "", Options{}},
		{"dateline deep in the text", "a.txt", "Senate Votes on Bill\n\nOne.\n\nTwo more words here.\n\nThree more words here too.\n\nLONDON (Reuters) -" + rest, "", Options{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse(tt.file, []byte(tt.text), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if c.Outlet != tt.outlet {
				t.Errorf("outlet %q, want %q (blocks %q)", c.Outlet, tt.outlet, blockTexts(c))
			}
		})
	}
}
