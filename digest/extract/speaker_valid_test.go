package extract_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestSpeakerWellFormed checks the final check of the speaker string: a
// place is never a speaker ("NAME of PLACE says" names NAME; a person
// after a dateline place), a leading conjunction or preposition is
// dropped, a participle or a dangling preposition is repaired from the
// text, namesakes go to the one last named as a subject, else to the one
// the bare surname last named as a speaker, and never to a "name" that a
// common word opens ("See Reyes’s full letter").
func TestSpeakerWellFormed(t *testing.T) {
	tests := []struct {
		name, text, content, speaker string
	}{
		{
			name:    "name of place says",
			text:    "Stacy Baker of Columbia, South Carolina says she really likes the plan.",
			content: "she really likes the plan",
			speaker: "Stacy Baker",
		},
		{
			name:    "the person after a place",
			text:    "Donald Trump was in town. Speaking at a town hall event in Salem, New Hampshire, Trump went after Jeb Bush, calling him \"a total stiff.\"",
			content: "a total stiff",
			speaker: "Donald Trump",
		},
		{
			name:    "leading conjunction",
			text:    "No technology exists to detect the tunnels, and experts say it may be years before one is developed.",
			content: "it may be years",
			speaker: "experts",
		},
		{
			name:    "a participle names the poll before it",
			text:    "A new Latino Decisions poll released Friday found that 70 percent of voters backed the plan.",
			content: "70 percent of voters backed the plan",
			speaker: "Latino Decisions poll",
		},
		{
			name:    "namesakes: the subject, not the son in the apposition",
			text:    "However, Patricia Smith, mother of Benghazi victim Sean Smith, rejected the claim.\n\n\"She lied to me,\" Smith said.",
			content: "She lied to me",
			speaker: "Patricia Smith",
		},
		{
			name:    "namesakes: the one the bare surname last named as a speaker",
			text:    "Daniel Okafor served two tours in the army.\n\nMaria Okafor, sister of Daniel Okafor, rejected the claim.\n\n“They lied to us,” Okafor said.\n\nDaniel Okafor loved the army. Friends said Daniel Okafor was brave.\n\nThe ministry did not reply.\n\n“I will not stop asking,” Okafor said last week.",
			content: "I will not stop asking",
			speaker: "Maria Okafor",
		},
		{
			name:    "namesakes: a capitalised common word opens no name",
			text:    "Nurse Lena Reyes wrote to the board on Monday. She said she could see no reason for the cuts.\n\n(See Reyes’s full letter below.)\n\n“We are short of beds,” Reyes said.",
			content: "We are short of beds",
			speaker: "Lena Reyes",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract.Statements(clipping(tt.text, "2016-02-08", false))
			st := find(got, tt.content)
			if st == nil {
				t.Fatalf("no statement in %s", dump(got))
			}
			if !strings.EqualFold(strings.ReplaceAll(st.Speaker, "’", "'"), tt.speaker) {
				t.Errorf("speaker %q, want %q", st.Speaker, tt.speaker)
			}
		})
	}
}

// TestPossessiveOwnsCue checks that a cue word right after a possessive is
// a noun the possessive owns ("the mayor's claims that ..."), not a verb
// with a speaker, while a possessive with its own head noun still speaks.
// (Where a noun of speech reports its possessor's words, after a
// preposition or a copula, nouns.go reads it: TestNounsOfSpeech; as a
// verb's object it is that verb's, and no statement.)
func TestPossessiveOwnsCue(t *testing.T) {
	tests := []struct {
		name, text, content string
		want                bool
	}{
		{
			name:    "a name's claims",
			text:    "Engineers rejected Mr. Halvorsen's claims that the bridge is safe and closed it on Monday.",
			content: "the bridge is safe",
		},
		{
			name:    "his claims",
			text:    "The mayor dismissed his claims that the bridge is safe and closed it on Monday.",
			content: "the bridge is safe",
		},
		{
			name:    "a possessive with its head noun",
			text:    "Mr. Halvorsen's spokesman said the bridge is safe.",
			content: "the bridge is safe",
			want:    true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extract.Statements(clipping(tt.text, "2016-02-08", false))
			st := find(got, tt.content)
			if tt.want && st == nil {
				t.Fatalf("no statement in %s", dump(got))
			}
			if !tt.want && st != nil && st.Cue == "claims" {
				t.Errorf("the noun is a cue: %s", dump(got))
			}
		})
	}
}

// TestObjectRelativeSpeaksNot checks that "which X thinks" after a
// quotation, a relative clause whose object is the quotation's claim, is
// no attribution of it or of the quotation after it.
func TestObjectRelativeSpeaksNot(t *testing.T) {
	text := "\"Their rules are a burden,\" said Jack Dole, a spokesman for the Guild, which represents small firms. \"They cost us a fortune,\" which Dole thinks will lead to cuts. \"It must stop at once.\""
	got := extract.Statements(clipping(text, "2016-02-08", false))
	for _, st := range got {
		if sp := text[st.SpeakerSpan[0]:st.SpeakerSpan[1]]; strings.HasPrefix(sp, "which ") {
			t.Errorf("speaker span %q: %s", sp, dump(got))
		}
	}
	if find(got, "Their rules are a burden") == nil {
		t.Errorf("the attributed quotation is gone: %s", dump(got))
	}
}

// TestNoPronounSpeaker checks that no statement of a clipping full of
// fragments gives a pronoun, a leading conjunction or preposition, or a
// place as its speaker.
func TestNoPronounSpeaker(t *testing.T) {
	text := "\"Just one minute,\" he urged them, as he explained the plan.\n\n" +
		"A few minutes later they reversed themselves and said they will register voters.\n\n" +
		"Some of them said the line was long, and experts say it may be years before it ends.\n\n" +
		"Three in 10 said they preferred someone else, and half of Democratic primary voters said they want change."
	for _, st := range extract.Statements(clipping(text, "2016-02-08", false)) {
		w := strings.Fields(st.Speaker)
		if len(w) == 0 {
			t.Errorf("empty speaker for %q", st.Content)
			continue
		}
		switch strings.ToLower(w[0]) {
		case "them", "they", "he", "she", "and", "but", "of", "in":
			t.Errorf("speaker %q for %q", st.Speaker, st.Content)
		}
		for _, x := range w {
			if x == "them" || x == "themselves" || x == "they" {
				t.Errorf("pronoun in speaker %q", st.Speaker)
			}
		}
		if unicode.IsUpper([]rune(st.Speaker)[0]) && strings.Contains(st.Speaker, "Hampshire") {
			t.Errorf("place as speaker %q", st.Speaker)
		}
	}
}

// TestBareAfterIndefinite checks that a bare form right after an indefinite
// noun phrase is no verb of that phrase ("a loud call for ..."), while a
// partitive, which is plural, still speaks ("a majority of voters say").
func TestBareAfterIndefinite(t *testing.T) {
	checkRules(t, []rulesCase{
		{name: "a noun after an indefinite phrase", text: "The weather was fine.\n\nThe march was a loud call for lower rents in the old harbor district.", count: -1},
		{name: "a partitive", text: "The weather was fine.\n\nA majority of voters say the harbor district needs lower rents.", want: []want{{content: "the harbor district needs lower rents"}}},
		{name: "an indefinite phrase and a verb that agrees", text: "The weather was fine.\n\nA spokesman for the council says the harbor district needs lower rents.", want: []want{{content: "the harbor district needs lower rents"}}},
	})
}
