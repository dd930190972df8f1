package extract

import (
	"fmt"
	"math/rand/v2"
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
		if m := punctMismatch(text, marks); m != "" {
			t.Error(m)
		}
	}
}

// punctMismatch reads text as one sentence and asks punct of every mark
// at every token (and two places past either end); it describes the first
// answer that differs from the one-piece test (a punctuation token of
// p's length whose text, dashes read as word reads them, is p), or
// returns "".
func punctMismatch(text string, marks []string) string {
	x := newExtractor(text)
	x.z.scan(text, 0, len(text), false)
	s := sentence{x: x, t: text, toks: x.z.pair(text, nil)}
	for i := -2; i <= len(s.toks)+1; i++ {
		for _, p := range marks {
			want := false
			if i >= 0 && i < len(s.toks) {
				tk := &s.toks[i]
				want = tk.k == kPunct && tk.e-tk.s == len(p) && s.word(i) == p
			}
			if got := s.punct(i, p); got != want {
				return fmt.Sprintf("%q token %d punct(%q) = %v, want %v", text, i, p, got, want)
			}
		}
	}
	return ""
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

// TestCommonOpenerKept: commonOpener keeps its answer by the name's first
// word for the clipping (es.openerUse) and gives what openerWord gives
// asked afresh; the extractor's reset forgets the answers, so the next
// clipping's text is searched anew.
func TestCommonOpenerKept(t *testing.T) {
	see := "(See Sexton’s timeline below.) Reyes said the timeline was wrong. See Reyes for the rest, and see the plan."
	named := "Mayor See Reyes said the plan was sound, and See Reyes said it again. Lee said see the plan."
	x := newExtractor(see)
	x.reset(see)
	es := &x.ents
	es.list = append(es.list, entity{words: []string{"See", "Reyes"}}, entity{words: []string{"See", "Sexton"}}, entity{words: []string{"Ann", "Lee"}})
	for range 2 {
		for id, want := range []bool{openerWord(see, "See"), openerWord(see, "See"), false} {
			if got := es.commonOpener(see, id); got != want {
				t.Errorf("commonOpener(%v) = %v, want %v", es.list[id].words, got, want)
			}
		}
	}
	if !openerWord(see, "See") || openerWord(named, "See") {
		t.Fatal("the two texts should answer differently")
	}
	x.reset(named)
	es.list = append(es.list, entity{words: []string{"See", "Reyes"}})
	if es.commonOpener(named, 0) {
		t.Error("commonOpener kept the last clipping's answer")
	}
}

// TestSpaceFolded checks spaceFolded, which tests eight bytes at a time,
// against the byte-by-byte reading fold made before, on random strings
// of spaces, the other white space, the bytes either side of them and
// letters, at every length to 40 and every alignment.
func TestSpaceFolded(t *testing.T) {
	ref := func(text string) bool {
		prevSpace := true
		for i := 0; i < len(text); i++ {
			switch text[i] {
			case ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case '\n', '\t', '\r', '\v', '\f':
				return false
			default:
				prevSpace = false
			}
		}
		return !prevSpace || len(text) == 0
	}
	alphabet := []byte{' ', '\t', '\n', '\v', '\f', '\r', 0x08, 0x0e, 0x1f, 'a', 'Z', 0xc3, 0xa9, 0x80, 0xff}
	rng := rand.New(rand.NewPCG(21, 21))
	for n := 0; n <= 40; n++ {
		for range 3000 {
			b := make([]byte, n)
			for i := range b {
				if rng.IntN(3) == 0 {
					b[i] = alphabet[rng.IntN(len(alphabet))]
				} else {
					b[i] = 'a' + byte(rng.IntN(3))
				}
			}
			if got, want := spaceFolded(string(b)), ref(string(b)); got != want {
				t.Fatalf("spaceFolded(%q) = %v, want %v", b, got, want)
			}
		}
	}
}
