package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestVerbInContent checks where the content of a request and of an
// accusation starts: a request keeps its verb and the one asked (the
// seeds' form), an accusation starts after its verb (PolNeAR's form; the
// digest writes the cue's verb itself).
func TestVerbInContent(t *testing.T) {
	tests := []struct {
		name, text, cue string
		prefix          string // the content starts with it
		holds           string // the content holds it
	}{
		{
			name:   "an accusation starts after its verb",
			text:   "Trump accused Putin of holding nice conversations while bombing cities.",
			cue:    "accused",
			holds:  "of holding nice conversations",
			prefix: "",
		},
		{
			name:   "a participle accusation too",
			text:   "Peskov dismissed the report, accusing the journalists of spreading false information.",
			cue:    "accusing",
			holds:  "of spreading false information",
			prefix: "",
		},
		{
			name:   "a request keeps its verb and the one asked",
			text:   "Peskov urged the Security Council to hold consultations on the matter.",
			cue:    "urged",
			holds:  "to hold consultations",
			prefix: "urged the Security Council",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract.Statements(clipping(tt.text, "2025-07-29", false))
			found := false
			for _, s := range got {
				if !strings.HasPrefix(s.Cue, tt.cue) {
					continue
				}
				found = true
				if !strings.Contains(s.Content, tt.holds) {
					t.Errorf("content %q does not hold %q", s.Content, tt.holds)
				}
				if tt.prefix != "" && !strings.HasPrefix(s.Content, tt.prefix) {
					t.Errorf("content %q does not start with %q", s.Content, tt.prefix)
				}
				if tt.prefix == "" && strings.HasPrefix(strings.ToLower(s.Content), tt.cue) {
					t.Errorf("content %q starts with its verb %q", s.Content, tt.cue)
				}
			}
			if !found {
				t.Errorf("no statement with cue %q in %s", tt.cue, dump(got))
			}
		})
	}
}
