package clip

import "testing"

// TestTrimPunct: trimPunct, with its ASCII steps, answers as trimToAlnum's
// rune-by-rune search for the first and last letter or digit does.
func TestTrimPunct(t *testing.T) {
	for _, tok := range []string{"said", "said,", "(Reuters)", "“We", "win.”", "—", "...", ",", "'", "’s", "U.S.", "U.S.,", "(AP)—",
		"José,", "«Été»", "“Émile”", "x", "1", "$5", "5%", "“", "\"a\"", "-", "--a--", "a-", "(é)", "(,é", "é,)", "“(a)”", "a’", "’a"} {
		if got, w := trimPunct(tok), trimToAlnum(tok); got != w {
			t.Errorf("trimPunct(%q) = %q, want %q", tok, got, w)
		}
	}
}

// TestTrimToAlnum: the reference keeps a token from its first letter or
// digit to its last, whatever the script.
func TestTrimToAlnum(t *testing.T) {
	for tok, want := range map[string]string{"(Reuters)": "Reuters", "“Émile”": "Émile", "U.S.,": "U.S", "—": "", "’s": "s", "$5": "5", "«Été»": "Été"} {
		if got := trimToAlnum(tok); got != want {
			t.Errorf("trimToAlnum(%q) = %q, want %q", tok, got, want)
		}
	}
}
