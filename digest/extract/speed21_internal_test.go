package extract

import (
	"strings"
	"testing"
)

// TestPunctSplit: punct, whose index and kind tests inline and whose text
// test is punctText, answers as the one-piece test it replaced (a
// punctuation token of p's length whose text, dashes read as word reads
// them, is p), for every token of sentences with each kind of mark.
func TestPunctSplit(t *testing.T) {
	marks := []string{",", ".", ":", ";", "(", ")", "-", "--", "—", "–", "―", "‒", "−", "/", "$", "'", "?", "!"}
	for _, text := range []string{
		"Lee said, in a statement: “The plan (a costly one) is dead”; the rest -- he said -- was noise.",
		"The plan ― a costly one ― was dead, Lee said. The plan ‒ a costly one ‒ was dead.",
		"The plan − a costly one − was dead, and −5 degrees − 5 was cold/warm at $5 o'clock!",
		"Was it? Lee – the mayor — said so.",
	} {
		x := newExtractor(text)
		x.z.scan(text, 0, len(text), false)
		s := sentence{x: x, t: text, toks: x.z.pair(text, nil)}
		for i := -1; i <= len(s.toks); i++ {
			for _, p := range marks {
				want := false
				if i >= 0 && i < len(s.toks) {
					tk := &s.toks[i]
					want = tk.k == kPunct && tk.e-tk.s == len(p) && s.word(i) == p
				}
				if got := s.punct(i, p); got != want {
					t.Errorf("%q token %d punct(%q) = %v, want %v", text, i, p, got, want)
				}
			}
		}
	}
}

// TestTimeOpenerLowering: timeOpener lowers its word on the stack
// (toLowerInto) where it called strings.ToLower twice; the two agree on
// ASCII, on letters past it and on words longer than the stack buffer.
func TestTimeOpenerLowering(t *testing.T) {
	for _, w := range []string{"Then", "NOW", "Yesterday", "Émile", "QUIC\u212ALY", "İstanbul", strings.Repeat("Ab", 20), "", "Lee"} {
		var lb [32]byte
		if got, want := string(toLowerInto(&lb, w)), strings.ToLower(w); got != want {
			t.Errorf("toLowerInto(%q) = %q, want %q", w, got, want)
		}
	}
	for _, tt := range []struct {
		first, next string
		want        bool
	}{
		{"Then", "Rubin", true},
		{"Yesterday", "Lee", true},
		{"TODAY", "Lee", true},
		{"QUIC\u212ALY", "Lee", true}, // the Kelvin sign lowers to k, as strings.ToLower has it
		{"Then", "Secretary", false},
		{"Lee", "Ann", false},
	} {
		if got := timeOpener(tt.first, tt.next); got != tt.want {
			t.Errorf("timeOpener(%q, %q) = %v, want %v", tt.first, tt.next, got, tt.want)
		}
	}
}

// TestOpeningLowering: occasionOpening, weakOpening and introducer lower
// their words on the stack where they made copies; the answers are those
// of the copies for words in any case, past ASCII and past the buffer.
func TestOpeningLowering(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want bool
	}{
		{"Speaking at a rally", true},
		{"ASKED about it", true},
		{"When asked,", true},
		{"While testifying before", true},
		{"When Lee", false},
		{"Speakingly", false},
		{strings.Repeat("speaking", 5), false},
	} {
		if got := occasionOpening(tt.w); got != tt.want {
			t.Errorf("occasionOpening(%q) = %v, want %v", tt.w, got, tt.want)
		}
	}
	for w := range introducers {
		for _, c := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if !introducer(c) {
				t.Errorf("introducer(%q) = false", c)
			}
		}
	}
	if introducer("Émile") || introducer(strings.Repeat("Ab", 20)) {
		t.Error("introducer took a word it does not list")
	}
}
