package digest

import "testing"

// TestLineVerb: a line about an indirect statement keeps the verb that
// says more than "said" ("ministry: confirmed the deaths", not
// "ministry: the deaths"), once, and only then.
func TestLineVerb(t *testing.T) {
	for _, tt := range []struct {
		name string
		st   Statement
		want string
	}{
		{"object of a cue", Statement{Cue: "confirmed", Content: "the deaths"}, "confirmed"},
		{"accusation", Statement{Cue: "accused", Content: "the rebels of shelling the town"}, "accused"},
		{"present tense", Statement{Cue: "denies", Content: "the charges"}, "denied"},
		{"verb already in the content", Statement{Cue: "urged", Content: "urged residents to get vaccinated"}, ""},
		{"neutral cue", Statement{Cue: "said", Content: "the road was closed"}, ""},
		{"a neutral verb paired with one that says more", Statement{Cue: "said and urged", Content: "the rules be changed"}, "urged"},
		{"two verbs that say more", Statement{Cue: "warned and later insisted", Content: "the dam would fail"}, "warned and insisted"},
		{"two neutral verbs", Statement{Cue: "said and wrote", Content: "the dam would fail"}, ""},
		{"neutral with audience", Statement{Cue: "told reporters", Content: "the road was closed"}, ""},
		{"quotation", Statement{Cue: "warned", Content: "We are broke.", Direct: true}, ""},
		{"according to", Statement{Cue: "according to", Content: "the road was closed"}, ""},
		{"put it", Statement{Cue: "put it", Content: "the plan is dead"}, ""}, // "As one official put it, ..." (lines19)
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := LineVerb(tt.st); got != tt.want {
				t.Errorf("LineVerb(%q, %q) = %q, want %q", tt.st.Cue, tt.st.Content, got, tt.want)
			}
		})
	}
}
