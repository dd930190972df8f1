package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestClauseAfterPreposition checks, in made-up sentences, that a word
// both preposition and subordinator ("after", "before", "until") after a
// verb or an adjective opens a clause whose subject speaks: not the
// sentence's subject with its verb ("donors were upset").
func TestClauseAfterPreposition(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{"after an adjective", "These loyal farmers were angry after Mayor Dana Pell called the new tax “a robbery” on Monday.", "Mayor Dana Pell", "the new tax “a robbery”"},
		{"after a past form", "The talks stalled after Lena Ortiz said the offer was final.", "Lena Ortiz", "the offer was final"},
		{"until", "The crowd waited until Governor Amos Reed said the bridge would open.", "Governor Amos Reed", "the bridge would open"},
	})
}

// TestRoleNotGuessed checks that a role mention the clipping gives no
// holder is not handed to its most frequent named speaker where the text
// says whose it is ("his spokesman": the one "his" stands for) or where
// the role keeps its holder unnamed ("the source").
func TestRoleNotGuessed(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "his spokesman, with a body named in a relative clause before and speaking after",
			text:    "Raising hopes of a deal, opposition leader Tom Baxter, who has been treated in Britain and Norway, returned to the capital late on Wednesday, his spokesman said.\n\nAcme Holdings said the talks would resume next week.",
			content: "returned to the capital late on Wednesday",
			speaker: "Tom Baxter's spokesman",
			vague:   true,
		},
		{
			name:    "the source, with only another speaker named",
			text:    "Two aides fled to the house after their homes were raided, the source, who said he had spoken to people inside, told Reuters.\n\nDana Pell said the mayor was safe.",
			content: "he had spoken to people inside",
			speaker: "source",
			vague:   true,
		},
	})
}

// TestSaysNothing checks made-up sentences whose verb of speech says
// nothing anyone said: a pronoun that denies anyone spoke, a passive
// command to the reader, doubt cast ("calls that into question"), a claim
// of responsibility for nothing named, a plural noun in -s with where it
// came from ("the new claims from") or after a past form ("raised fears").
func TestSaysNothing(t *testing.T) {
	for _, text := range []string{
		"None of the aides said the talks had failed.",
		"Nobody in the room said the talks had failed.",
		"The aides would not respond to the new claims from Lola Reed or a list of questions sent for this story.",
		"Although no group claimed responsibility, the bombing raised fears of more attacks.",
		"Be warned: If the storm doesn't get you, the cold will.",
		"A new study by the Center on Housing and Health calls that into question.",
		"The bloodshed raised fears that militants were expanding their reach.",
	} {
		c := clipping(text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			if len(got) > 0 {
				t.Errorf("%s: %q: want no statement, got %s", run, text, dump(got))
			}
		})
	}
}

// TestClaimAndDescription checks the cue and content of a claim of
// responsibility ("claimed responsibility for" the attack, as PolNeAR
// marks it; a clause after "but" is another's), of a description of "it"
// ("described it as" what was said, whole: no object's noun phrase ends
// it) and of a poll's comparison ("more
// likely to say", its content ending before a second "and to say").
func TestClaimAndDescription(t *testing.T) {
	for _, tt := range []struct{ text, cue, content string }{
		{"The Freedom Front claimed responsibility for the attack, the worst in a decade.", "claimed responsibility for", "the attack"},
		{"The Freedom Front claimed responsibility for the attack but Police Chief Ann Lee has said she doubts it.", "claimed responsibility for", "the attack"},
		{"Critics call the bill a giveaway. The mayor described it as a fair deal for the city.", "described it as", "a fair deal for the city"},
		{"The Halibut Commission has set limits since 1924. Alverson, a commissioner on the Halibut Commission, described it as a stable but declining resource.", "described it as", "a stable but declining resource"},
		{"Most residents back the plan, though voters are more likely to say Reed’s policies are too costly than not costly enough and to say the opposite about Lin.", "more likely to say", "Reed’s policies are too costly than not costly enough"},
	} {
		c := clipping(tt.text, "2026-12-01", false)
		s := extract.Statements(c)
		if f := find(s, tt.content); f == nil || f.Cue != tt.cue || f.Content != tt.content {
			t.Errorf("%q: want %q: %q, got %s", tt.text, tt.cue, tt.content, dump(s))
		}
	}
}
