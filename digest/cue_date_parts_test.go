package digest

import "testing"

// TestLineVerbDayPhrase: the whole time phrase a cue holds goes from the
// line's verb, not only its weekday: "called Tuesday night for" wrote
// "called night for", "called late Tuesday for" "called late for" and
// "called last week for" the week again after the line's date.
func TestLineVerbDayPhrase(t *testing.T) {
	for _, tt := range []struct {
		cue, want string
	}{
		{"called Tuesday night for", "called for"},
		{"called late Tuesday for", "called for"},
		{"called Friday afternoon for", "called for"},
		{"called early on Friday for", "called for"},
		{"called last week for", "called for"},
		{"called this week for", "called for"},
		{"called on", "called on"},
	} {
		if got := LineVerb(Statement{Cue: tt.cue, Content: "a recount"}); got != tt.want {
			t.Errorf("LineVerb(cue %q) = %q, want %q", tt.cue, got, tt.want)
		}
	}
}
