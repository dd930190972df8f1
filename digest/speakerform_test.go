package digest

import (
	"strings"
	"testing"
)

// TestSpeakerForm: a line names a speaker as its clipping's writer did:
// with the "the" the writer put before it, by surname only a person, an
// organisation the writer refers to as "it" or works "at" whole.
func TestSpeakerForm(t *testing.T) {
	for _, tc := range []struct {
		name, text, speaker, mention string
		first, again                 string
	}{
		{"the before the mention", "Talks stalled, the Harbour Office said on Monday.", "Harbour Office", "Harbour Office",
			"the Harbour Office", "the Harbour Office"},
		{"the elsewhere", "Harbour Office Says No. Talks stalled, the Harbour Office said. It added more, he said.", "Harbour Office", "he",
			"the Harbour Office", "the Harbour Office"},
		{"no the before a noun it modifies", "The Copper Watch lawsuit went on, Copper Watch said.", "Copper Watch", "Copper Watch",
			"Copper Watch", "Watch"},
		{"an organisation by its pronoun", "Copper Watch said its lawyers would appeal.", "Copper Watch", "Copper Watch",
			"Copper Watch", "Copper Watch"},
		{"an organisation one works at", "Analysts at Brindle Sachs agree, Brindle Sachs said.", "Brindle Sachs", "Brindle Sachs",
			"Brindle Sachs", "Brindle Sachs"},
		{"a person by surname", "Talks stalled, Orla Venn said. Venn added more.", "Orla Venn", "Orla Venn",
			"Orla Venn", "Venn"},
		{"a person by pronoun despite its", "Orla Venn said she liked its lawyers.", "Orla Venn", "Orla Venn",
			"Orla Venn", "Venn"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := strings.LastIndex(tc.text, tc.mention)
			e := Entry{Statement: Statement{Speaker: tc.speaker, SpeakerSpan: Span{at, at + len(tc.mention)}}}
			e.Form = speakerForm(tc.text, tc.speaker, e.SpeakerSpan)
			if got := theName(&e, tc.speaker); got != tc.first {
				t.Errorf("first: %q, want %q (%+v)", got, tc.first, e.Form)
			}
			if got := againName(&e, tc.speaker); got != tc.again {
				t.Errorf("again: %q, want %q (%+v)", got, tc.again, e.Form)
			}
		})
	}
}
