package extract_test

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestLines21SingleMarks checks a clipping that quotes with single marks,
// as much of the British press does, double marks nested inside: its
// quotations are read as a double-quoted clipping's are, direct and whole.
// An American clipping's single marks inside double ones stay nested.
// Made-up clippings.
func TestLines21SingleMarks(t *testing.T) {
	for _, tt := range []struct {
		text, speaker, content string
		direct                 bool
	}{
		{"‘We have had no choice,’ Ann Lee told the Yorkshire Post.", "Ann Lee", "We have had no choice", true},
		{"'We have had no choice,' Ann Lee told the Yorkshire Post.", "Ann Lee", "We have had no choice", true},
		{"Tom Reed said: ‘The plan is dead.’", "Tom Reed", "The plan is dead.", true},
		{"‘He told me, “Get it done by Friday,” and hung up,’ Ann Lee said.", "Ann Lee", "He told me, “Get it done by Friday,” and hung up", true},
		{"Ann Lee said the rise was ‘regrettable but necessary’.", "Ann Lee", "the rise was ‘regrettable but necessary’", false},
		{"Ann Lee said she had 'never heard him so angry'.", "Ann Lee", "she had 'never heard him so angry'", false},
		// American style: the single marks are nested
		{"“He told me, ‘Get it done,’ and hung up,” Ann Lee said.", "Ann Lee", "He told me, ‘Get it done,’ and hung up", true},
	} {
		eachRun(clipping("Council news.\n\n"+tt.text, "2026-12-01", false), func(run string, got []digest.Statement) {
			if !slices.ContainsFunc(got, func(s digest.Statement) bool {
				return s.Speaker == tt.speaker && s.Content == tt.content && s.Direct == tt.direct
			}) {
				t.Errorf("%s %q: no statement %s: %q (direct %v) in %s", run, tt.text, tt.speaker, tt.content, tt.direct, dump(got))
			}
		})
	}
}

// TestLines21PutItAside checks "as X put it" set between a clause's
// subject and its predicate: the clause is what X said, in two parts.
// And "cannot" is a finite modal, the verb of the clause after an
// opening "As X put it," as "can't" and "can not" are. Made-up sentences.
func TestLines21PutItAside(t *testing.T) {
	for _, tt := range []struct {
		text, speaker, content string
	}{
		{"Prices, as the mayor put it, are too high.", "mayor", "Prices … are too high"},
		{"The deal, as one official put it, was dead on arrival.", "official", "The deal … was dead on arrival"},
		{"The new tax, as Ann Lee put it in a speech, will hurt families.", "Ann Lee", "The new tax … will hurt families"},
		{"As Ann Lee put it in her speech, the city cannot wait any longer.", "Ann Lee", "the city cannot wait any longer"},
		{"As Ann Lee put it, the city can't wait any longer.", "Ann Lee", "the city can't wait any longer"},
	} {
		wantSpoken(t, tt.text, tt.speaker, tt.content)
	}
}

// TestLines21NameAnswer checks that a name alone before an inverted cue
// ("Smith, said Tom Reed.") is what was said only after a question: with
// none, the sentence gives no statement, and neither the name nor the
// speaker after the cue is taken for the other. Made-up clippings.
func TestLines21NameAnswer(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"Ann Smith and Bo Diaz are running for mayor. Smith, said Tom Reed.", 0},
		{"Ann Smith and Bo Diaz are running for mayor. Who will win? Smith, said Tom Reed.", 1},
		{"Ann Smith and Bo Diaz are running for mayor. Nonsense, said Tom Reed.", 1},
	} {
		eachRun(clipping("Council news.\n\n"+tt.text, "2026-12-01", false), func(run string, got []digest.Statement) {
			n := 0
			for _, s := range got {
				if s.Speaker == "Tom Reed" {
					n++
				} else {
					t.Errorf("%s %q: statement of %s: %q", run, tt.text, s.Speaker, s.Content)
				}
			}
			if n != tt.want {
				t.Errorf("%s %q: %d statements of Tom Reed, want %d: %s", run, tt.text, n, tt.want, dump(got))
			}
		})
	}
}

// TestLines21OtherVoice checks that the rest of a sentence after an
// attribution set aside is no part of what was said when it reports
// another's view against it ("but critics disagree"); the speaker's own
// clause still goes on ("but only if the council agrees"). Made-up
// sentences.
func TestLines21OtherVoice(t *testing.T) {
	for _, tt := range []struct {
		text, content string
	}{
		{"The plan will work, Ann Lee said, but critics disagree.", "The plan will work"},
		{"The plan will work, Ann Lee said, though opponents argued otherwise.", "The plan will work"},
		{"The tax will pass, Ann Lee said, but many economists doubt it.", "The tax will pass"},
		{"The plan will work, Ann Lee said, but only if the council agrees.", "The plan will work … but only if the council agrees"},
	} {
		wantSpoken(t, tt.text, "Ann Lee", tt.content)
	}
}

// TestLines21VehicleTail checks that a phrase telling in what the words
// were said ("in a statement Friday"), closing a reported clause whose
// own verb is no saying, is the attribution's: out of the content, and
// its date dates the statement. A clause about a saying keeps it.
// Made-up sentences, published Tuesday 2026-12-01.
func TestLines21VehicleTail(t *testing.T) {
	for _, tt := range []struct {
		text, content, date string
	}{
		{"The mayor, Ann Lee, said the plan had failed in a statement Friday.", "the plan had failed", "2026-11-27"},
		{"Ann Lee said the plan had failed in an interview on Thursday.", "the plan had failed", "2026-11-26"},
		{"Ann Lee said prices had risen, in a speech to the council on Monday.", "prices had risen", "2026-11-30"},
		{"Ann Lee said the plan was announced in a statement Friday.", "the plan was announced in a statement Friday", "2026-12-01"},
		{"Ann Lee said the council had asked for the money in a letter to the state.", "the council had asked for the money in a letter to the state", "2026-12-01"},
	} {
		eachRun(clipping("Council news.\n\n"+tt.text, "2026-12-01", false), func(run string, got []digest.Statement) {
			if !slices.ContainsFunc(got, func(s digest.Statement) bool { return s.Content == tt.content && s.SaidOn == tt.date }) {
				t.Errorf("%s %q: no statement %q dated %s in %s", run, tt.text, tt.content, tt.date, dump(got))
			}
		})
	}
}

// TestLines21StanceNow checks that a verb of belief in the present, with
// no subject of its own, after a reported clause in the past ends what
// was said: it is the speaker's stance now ("and expects it to pass").
// A clause in the present goes on. Made-up sentences.
func TestLines21StanceNow(t *testing.T) {
	for _, tt := range []struct {
		text, content string
	}{
		{"Tom Lee warned that the deal was bad and expects it to pass.", "the deal was bad"},
		{"Tom Lee said voters were angry and believes the system is rigged.", "voters were angry"},
		{"Tom Lee said the mayor is angry and wants a recount.", "the mayor is angry and wants a recount"},
	} {
		wantSpoken(t, tt.text, "Tom Lee", tt.content)
	}
}

// TestLines21Rubric checks that a headline's label for the kind of text
// ("Transcript:", "Podcast:", "Comment:") speaks no statement, as
// "Interview:" and "Analysis:" already do not. Made-up headlines.
func TestLines21Rubric(t *testing.T) {
	for _, head := range []string{"Transcript: Senator Reed on the budget", "Podcast: The week in Westminster", "Comment: Why the rail plan matters"} {
		eachRun(clipping(head+"\n\nThe council met on Monday.", "2026-12-01", true), func(run string, got []digest.Statement) {
			if len(got) != 0 {
				t.Errorf("%s %q: want no statement, got %s", run, head, dump(got))
			}
		})
	}
}

// TestLines21RestrictionOn checks that "on" after a noun of restriction
// ("a freeze on fuel duty", "sanctions on Russia") goes on with the
// object a verb announced; elsewhere "on" closes it ("denied the report
// on Twitter"), and a date after it dates the saying. Made-up sentences.
func TestLines21RestrictionOn(t *testing.T) {
	for _, tt := range []struct {
		text, content string
	}{
		{"Rachel Moore announced a freeze on fuel duty.", "a freeze on fuel duty"},
		{"Rachel Moore announced new sanctions on Russia on Tuesday.", "new sanctions on Russia"},
		{"Rachel Moore denied the report on Twitter.", "the report"},
	} {
		eachRun(clipping("Council news.\n\n"+tt.text, "2026-12-01", false), func(run string, got []digest.Statement) {
			if !slices.ContainsFunc(got, func(s digest.Statement) bool { return s.Content == tt.content }) {
				t.Errorf("%s %q: no statement %q in %s", run, tt.text, tt.content, dump(got))
			}
		})
	}
}

// TestLines21ClockStamp checks a live blog's entry stamped with a time
// and no dash ("12:42 Shadow chancellor Ben Hart responded, ..."): the
// stamp is the writer's, and the entry's subject speaks. Made-up entry.
func TestLines21ClockStamp(t *testing.T) {
	wantSpoken(t, `12:42 Shadow chancellor Ben Hart responded, calling the budget "a con".`, "Ben Hart", `the budget "a con"`)
}

// TestLines21FrameVehicle checks a clause's subject before an
// attribution that tells where the words were said ("said in her 40-page
// opinion,") and a quotation that goes on with it in lower case: one
// statement, the subject and the quotation its parts. Made-up sentences.
func TestLines21FrameVehicle(t *testing.T) {
	for _, tt := range []struct {
		text, speaker, content string
	}{
		{"The ruling, Judge Anne Wu said in her 40-page opinion, “cannot stand.”", "Anne Wu", "The ruling … “cannot stand.”"},
		{"The plan, Ann Lee said in a speech to the council, “will not survive the winter.”", "Ann Lee", "The plan … “will not survive the winter.”"},
	} {
		wantSpoken(t, tt.text, tt.speaker, tt.content)
	}
}
