package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// rv28's review of speed21: each fast path against the plain library call
// (or the code it replaced) over hand-made words and generated strings of
// ASCII, letters whose lower case changes length ("İ", "ẞ", the Kelvin
// sign), every Unicode space, invalid UTF-8 and words past the 32-byte
// stack buffers.

// rv28Pieces are the bits generated strings are made of.
var rv28Pieces = func() []string {
	ps := []string{"a", "Z", "ly", "ing", "When", "while", "Speaking", "ASKED", "Then", "Maybe",
		"İ", "ẞ", "\u212a", "Σ", "É", "ß", "ǅ", "\xff", "\xc3", "\xe2\x80", "\x00", "\x1c", "\x85", "\xa0",
		",", ",,", "-", "\u200b", "\ufeff"}
	for r := rune(0); r <= 0x3000; r++ {
		if unicode.IsSpace(r) {
			ps = append(ps, string(r)) // \t \n \v \f \r, space, U+0085, NBSP, U+1680, U+2000-U+200A, U+2028/9, U+202F, U+205F, U+3000
		}
	}
	return ps
}()

// rv28Gen returns a string of n pieces drawn from rv28Pieces and letters.
func rv28Gen(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		if rng.IntN(2) == 0 {
			b.WriteString(rv28Pieces[rng.IntN(len(rv28Pieces))])
		} else {
			b.WriteByte("abcXYZ "[rng.IntN(7)])
		}
	}
	return b.String()
}

// TestRv28WordCountGenerated: wordCount equals len(strings.Fields) on every
// Unicode space alone and between words, and on generated strings.
func TestRv28WordCountGenerated(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "b", string(r) + "a" + string(r)} {
			if got, want := wordCount(s), len(strings.Fields(s)); got != want {
				t.Fatalf("wordCount(%q) = %d, want %d", s, got, want)
			}
		}
	}
	rng := rand.New(rand.NewPCG(28, 1))
	for range 200000 {
		s := rv28Gen(rng, rng.IntN(24))
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Fatalf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestRv28Lowering: toLowerInto is strings.ToLower and lowerInto is
// lowerASCII, on hand-made words (lower cases of another byte length,
// words of 31 to 33 bytes and far past the buffer) and generated ones;
// lowering one word into a buffer leaves an earlier result of another
// buffer alone.
func TestRv28Lowering(t *testing.T) {
	words := []string{"", "İ", "İstanbul", "STRAẞE", "ẞ", "QUIC\u212aLY", "ΣΊΣΥΦΟΣ", "ǄEMAL", "Ⱥ", "ȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺȺ",
		strings.Repeat("A", 31), strings.Repeat("A", 32), strings.Repeat("A", 33), strings.Repeat("İ", 16), strings.Repeat("İ", 17),
		strings.Repeat("Speaking", 9), "Ab\xffCD", "\xc4"}
	rng := rand.New(rand.NewPCG(28, 2))
	for range 100000 {
		words = append(words, rv28Gen(rng, rng.IntN(40)))
	}
	for _, w := range words {
		var lb [32]byte
		if got, want := string(toLowerInto(&lb, w)), strings.ToLower(w); got != want {
			t.Fatalf("toLowerInto(%q) = %q, want %q", w, got, want)
		}
		var lb2 [32]byte
		if got, want := string(lowerInto(&lb2, w)), lowerASCII(w); got != want {
			t.Fatalf("lowerInto(%q) = %q, want %q", w, got, want)
		}
	}
	var a, b [32]byte
	first := toLowerInto(&a, "ASKED")
	toLowerInto(&b, "SPEAKING")
	if string(first) != "asked" {
		t.Errorf("an earlier lowering changed to %q", first)
	}
}

// The answers of the four openers' tests as they were before speed21,
// with the heap copies of the lowered words.
func rv28IntroducerBefore(w string) bool { return introducers[strings.ToLower(w)] }

func rv28WeakOpeningBefore(w, next string) bool {
	next = stripPossessive(next)
	if knownFirstName(w) || partyLabel(w) || !knownFirstName(next) && len(known.bySurname[next]) == 0 && !partyLabel(strings.TrimSuffix(next, "s")) {
		return false
	}
	lw := strings.ToLower(w)
	return rv28IntroducerBefore(w) || openers[lw] || len(lw) >= 6 && (strings.HasSuffix(lw, "ly") || strings.HasSuffix(lw, "ing"))
}

func rv28TimeOpenerBefore(first, next string) bool {
	var buf [64]byte
	return (verbAdverb(strings.ToLower(first)) || look(strings.ToLower(first), &buf).f&fRelDay != 0) && !knownFirstName(first) && look(next, &buf).f&(fRole|fMod|fOrgHead|fHon|fAbbr|fMedia) == 0
}

func rv28OccasionOpeningBefore(w string) bool {
	first, rest, _ := strings.Cut(w, " ")
	first = lowerASCII(strings.TrimRight(first, ","))
	if first == "when" || first == "while" {
		first, _, _ = strings.Cut(rest, " ")
		first = lowerASCII(strings.TrimRight(first, ","))
	}
	return occasionParticiples[first]
}

// TestRv28OpenersAsBefore: introducer, weakOpening, timeOpener and
// occasionOpening answer as before speed21 for the words of their own
// lists in three cases, with letters whose lower case is longer or
// shorter, and past the stack buffer; the hand-made words must give some
// true answers, so the comparison is not only of falses.
func TestRv28OpenersAsBefore(t *testing.T) {
	var ws []string
	add := func(w string) {
		ws = append(ws, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:], "İ"+w, w+"ẞ", strings.ToUpper(w)+"\u212a", w+strings.Repeat("ly", 14), strings.Repeat("x", 30)+w)
	}
	for w := range introducers {
		add(w)
	}
	for w := range openers {
		add(w)
	}
	for w := range occasionParticiples {
		add(w)
	}
	for _, w := range []string{"then", "later", "now", "yesterday", "today", "quickly", "shortly", "entrusting", "tonight", "when", "while", "lee"} {
		add(w)
	}
	nexts := []string{"John", "Trump’s", "Democrats", "Secretary", "Lee", "İstanbul", ""}
	trues := 0
	for _, w := range ws {
		if got, want := introducer(w), rv28IntroducerBefore(w); got != want {
			t.Errorf("introducer(%q) = %v, before %v", w, got, want)
		}
		for _, n := range nexts {
			got, want := weakOpening(w, n), rv28WeakOpeningBefore(w, n)
			if got != want {
				t.Errorf("weakOpening(%q, %q) = %v, before %v", w, n, got, want)
			}
			got2, want2 := timeOpener(w, n), rv28TimeOpenerBefore(w, n)
			if got2 != want2 {
				t.Errorf("timeOpener(%q, %q) = %v, before %v", w, n, got2, want2)
			}
			if want {
				trues++
			}
			if want2 {
				trues++
			}
		}
		for _, phrase := range []string{w + " at a rally", "When " + w + ", he", "while, " + w + " x", w + ", then"} {
			if got, want := occasionOpening(phrase), rv28OccasionOpeningBefore(phrase); got != want {
				t.Errorf("occasionOpening(%q) = %v, before %v", phrase, got, want)
			} else if want {
				trues++
			}
		}
	}
	if trues < 100 {
		t.Errorf("only %d true answers: the words test too little", trues)
	}
}

// TestRv28PunctGenerated: punct answers as the one-piece test it replaced on
// every token of generated sentences of words and marks (dashes of every
// kind spaced and not, before digits and not), for every mark asked.
func TestRv28PunctGenerated(t *testing.T) {
	marks := []string{",", ".", ":", ";", "(", ")", "-", "--", "—", "–", "―", "‒", "−", "/", "$", "'", "?", "!", "...", "…", "«", "»", "§", "°"}
	parts := append([]string{"Lee", "said", "5", "the", "plan", "“", "”", "\"", " ", " ", "  "}, marks...)
	rng := rand.New(rand.NewPCG(28, 3))
	for range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(20) {
			b.WriteString(parts[rng.IntN(len(parts))])
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		if m := punctMismatch(text, marks); m != "" {
			t.Fatal(m)
		}
	}
}

// TestRv28SpaceFoldedLong: spaceFolded against the byte-by-byte reading on
// longer strings (several eight-byte steps, so a run of two spaces falls
// across each boundary), with the UTF-8 spaces fold has never folded,
// and a run of two spaces or one space at an end at every place of
// strings of 1 to 40 bytes.
func TestRv28SpaceFoldedLong(t *testing.T) {
	ref := func(text string) bool {
		if text == "" {
			return true
		}
		if text[0] == ' ' || text[len(text)-1] == ' ' {
			return false
		}
		for i := 0; i < len(text); i++ {
			switch text[i] {
			case '\t', '\n', '\v', '\f', '\r':
				return false
			case ' ':
				if text[i-1] == ' ' {
					return false
				}
			}
		}
		return true
	}
	rng := rand.New(rand.NewPCG(28, 4))
	for range 100000 {
		s := rv28Gen(rng, rng.IntN(60))
		if got, want := spaceFolded(s), ref(s); got != want {
			t.Fatalf("spaceFolded(%q) = %v, want %v", s, got, want)
		}
	}
	for n := 1; n <= 40; n++ {
		for at := 0; at+2 <= n; at++ {
			b := []byte(strings.Repeat("x", n))
			b[at], b[at+1] = ' ', ' '
			if spaceFolded(string(b)) {
				t.Fatalf("spaceFolded(%q) = true: two spaces at %d", b, at)
			}
			b[at+1] = 'y'
			if got, want := spaceFolded(string(b)), at > 0; got != want {
				t.Fatalf("spaceFolded(%q) = %v, want %v", b, got, want)
			}
		}
	}
}
