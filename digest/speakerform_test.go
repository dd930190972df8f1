package digest

import (
	"context"
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
		{"its of a noun between", "Ann Lee told reporters that the city would cut its budget.", "Ann Lee", "Ann Lee",
			"Ann Lee", "Lee"},
		{"a person by pronoun despite its", "Orla Venn said she liked its lawyers.", "Orla Venn", "Orla Venn",
			"Orla Venn", "Venn"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			at := strings.LastIndex(tc.text, tc.mention)
			e := Entry{Statement: Statement{Speaker: tc.speaker, SpeakerSpan: Span{at, at + len(tc.mention)}}}
			e.Form = newTextForms(tc.text).speakerForm(tc.speaker, e.SpeakerSpan)
			if got := theName(&e, tc.speaker); got != tc.first {
				t.Errorf("first: %q, want %q (%+v)", got, tc.first, e.Form)
			}
			if got := againName(&e, tc.speaker); got != tc.again {
				t.Errorf("again: %q, want %q (%+v)", got, tc.again, e.Form)
			}
		})
	}
}

// clippingMap is a ClippingReader over clippings held in memory.
type clippingMap map[int64]string

func (m clippingMap) Clipping(_ context.Context, id int64) (*Clipping, error) {
	text, ok := m[id]
	if !ok {
		return nil, Errorf(ENOTFOUND, "no clipping %d", id)
	}
	return &Clipping{Text: text}, nil
}

// TestAddClippingFactsSpeakerForm: what one clipping shows of a speaker
// (an organisation by "its") holds for its lines from another clipping;
// the "the" a clipping writes holds for that clipping's lines only.
func TestAddClippingFactsSpeakerForm(t *testing.T) {
	texts := clippingMap{
		1: "Copper Watch said its lawyers would appeal.",
		2: "The ruling stands, Copper Watch said.",
		3: "Talks stalled, the Harbour Office said.",
		4: "Talks stalled, Harbour Office said.",
	}
	entry := func(id int64, speaker, mention string) Entry {
		at := strings.LastIndex(texts[id], mention)
		return Entry{Statement: Statement{Speaker: speaker, SpeakerSpan: Span{at, at + len(mention)}},
			Sources: []Source{{ClippingID: id}}}
	}
	entries := []Entry{entry(1, "Copper Watch", "Copper Watch"), entry(2, "Copper Watch", "Copper Watch"),
		entry(3, "Harbour Office", "Harbour Office"), entry(4, "Harbour Office", "Harbour Office")}
	if err := AddClippingFacts(context.Background(), texts, entries); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"Copper Watch", "Copper Watch", "the Harbour Office", "Harbour Office"} {
		if got := againName(&entries[i], entries[i].Speaker); got != want {
			t.Errorf("entry %d: %q, want %q (%+v)", i, got, want, entries[i].Form)
		}
	}
}

// TestTitleThe: a title opening with a capitalised possessive keeps the
// "the" its writer gave it, only then.
func TestTitleThe(t *testing.T) {
	for _, tc := range []struct {
		text, title string
		want        bool
	}{
		{"Ann Lee, the Harbour Office's chief counsel, said no.", "Harbour Office's chief counsel", true},
		{"Ann Lee, Orbis's chief counsel, said no.", "Orbis's chief counsel", false},
		{"Ann Lee, the chief counsel, said no.", "chief counsel", false},
	} {
		if got := titleThe(tc.text, tc.title); got != tc.want {
			t.Errorf("titleThe(%q, %q) = %v, want %v", tc.text, tc.title, got, tc.want)
		}
	}
}

// TestTitleBeforeName: an abbreviated title stands before its holder's
// name, as one person's ("Sens." given to one of two is "Sen."); other
// titles follow the name.
func TestTitleBeforeName(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Rep.", "<b>Rep. Ann Quill</b>"},
		{"Ohio Gov.", "<b>Ohio Gov. Ann Quill</b>"},
		{"Sens.", "<b>Sen. Ann Quill</b>"},
		{"mayor", "<b>Ann Quill</b>, mayor"},
	} {
		e := Entry{Statement: Statement{Speaker: "Ann Quill", SpeakerTitle: tc.title}}
		s := &Story{}
		name, role := s.subject(e, map[string]bool{}, htmlStyle)
		if role != "" {
			name += ", " + role
		}
		if name != tc.want {
			t.Errorf("title %q: %q, want %q", tc.title, name, tc.want)
		}
	}
}
