package extract

import (
	"strings"
	"testing"
	"unicode"
)

// TestLookFolds: look finds a lexicon word in any case of its letters, and
// gives a word with a capital outside ASCII ("Économie") what it gives the
// word in lower case ("économie"), so that lower-casing a word before look
// changes nothing. It folds ASCII letters only, which is right because
// every lexicon word is in lower case and its only characters outside
// ASCII have no case ("can’t"): a letter outside ASCII, in either case,
// matches none. strings.ToLower takes two letters outside
// ASCII to ASCII ones, the dotted capital İ and the Kelvin sign K; look
// leaves them, and a word that only they would make a lexicon word stays
// unknown.
func TestLookFolds(t *testing.T) {
	var buf [64]byte
	for k := range lexicon {
		for _, r := range k {
			if unicode.IsUpper(r) || r >= 0x80 && unicode.SimpleFold(r) != r {
				t.Fatalf("lexicon word %q holds %q, a capital or a letter outside ASCII", k, r)
			}
		}
	}
	if got, want := look("Économie", &buf), look("économie", &buf); got != want {
		t.Errorf("look(Économie) = %+v, look(économie) = %+v", got, want)
	}
	words := []string{"Économie", "économie", "ÉCONOMIE", "Über", "Ça", "Ünïcode", "ÀLREADY", "bad\xff", "SAID", "Sen.", "MINISTER"}
	for k := range lexicon {
		words = append(words, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:], "É"+k, k+"é", "É"+strings.ToUpper(k))
	}
	for _, w := range words {
		if got, want := look(w, &buf), look(strings.ToLower(w), &buf); got != want {
			t.Errorf("look(%q) = %+v, look(strings.ToLower(%[1]q)) = %+v", w, got, want)
		}
	}
	for _, w := range []string{"SA\u0130D", "\u212aEY"} {
		if got := look(w, &buf); got != (word{}) {
			t.Errorf("look(%q) = %+v, want none", w, got)
		}
	}
	if look("said", &buf).f&fCue == 0 || look("SAID", &buf).f&fCue == 0 {
		t.Error("said is no cue")
	}
}

// TestLookInside: look compares only the inside of a bucketed word (its
// bucket fixes its length and end letters), so a word that shares a lexicon
// word's length and ends but differs inside ("sXid" beside "said") must
// still get what the map gives it, in any case.
func TestLookInside(t *testing.T) {
	var buf [64]byte
	for k := range lexicon {
		for i := 1; i < len(k)-1; i++ {
			for _, c := range []byte{'x', 'X', k[i] ^ 0x20, k[i] + 1} {
				w := k[:i] + string(c) + k[i+1:]
				for _, v := range []string{w, strings.ToUpper(w)} {
					if got, want := look(v, &buf), lexicon[strings.ToLower(v)]; got != want {
						t.Errorf("look(%q) = %+v, want %+v", v, got, want)
					}
				}
			}
		}
	}
}
