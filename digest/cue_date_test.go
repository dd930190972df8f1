package digest

import "testing"

// TestLineVerbDay: a cue that holds a day between its verb and particle
// ("called Wednesday for") gives a line verb without it: the line writes
// the day before the sentence, and "called on friday for" repeated it in
// lower case.
func TestLineVerbDay(t *testing.T) {
	for _, tt := range []struct {
		cue, want string
	}{
		{"called Wednesday for", "called for"},
		{"called on Friday for", "called for"},
		{"calls today for", "called for"},
		{"called on", "called on"},
		{"urged", "urged"},
		// the whole time phrase, not only its weekday (rv22): "called
		// Tuesday night for" wrote "called night for", and "called last
		// week for" the week again after the line's date
		{"called Tuesday night for", "called for"},
		{"called late Tuesday for", "called for"},
		{"called Friday afternoon for", "called for"},
		{"called early on Friday for", "called for"},
		{"called last week for", "called for"},
		{"called this week for", "called for"},
	} {
		if got := LineVerb(Statement{Cue: tt.cue, Content: "new elections"}); got != tt.want {
			t.Errorf("LineVerb(cue %q) = %q, want %q", tt.cue, got, tt.want)
		}
	}
}
