package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// notSaidBy fails when a statement of text holding content is given to
// speaker.
func notSaidBy(t *testing.T, text, pub, speaker, content string) {
	t.Helper()
	c := clipping(text, pub, false)
	for _, s := range extract.Statements(c) {
		if s.Speaker == speaker && strings.Contains(s.Content, content) {
			t.Errorf("%q given to %q", s.Content, speaker)
		}
	}
}

// TestHeIsNotTheWriter: a he or she after the writer's own "I asked him"
// is the one asked, never the writer, whose "I" was the latest speaker.
func TestHeIsNotTheWriter(t *testing.T) {
	notSaidBy(t, "Clinic stays open\n\nI met the night clerk at the desk on Tuesday. I asked him whether the clinic would close.\n\n"+
		"“We are full every night,” he said. “The money is there,” he added.", "2026-12-03", "the writer", "We are full")
	runStatements(t, []statementCase{{
		name: "named before the writer asks",
		text: "Clinic stays open\n\nAnn Lee runs a small clinic in the town. I asked her whether it would close.\n\n" +
			"“We are full every night,” she said.",
		pub:  "2026-12-03",
		want: []want{{speaker: "the writer", content: "whether it would close"}, {speaker: "Ann Lee", content: "We are full every night"}},
	}})
}

// TestRelativeAmountDate: a date inside a relative clause of the speaker
// ("which earned $3 billion last year") dates what the clause tells, not
// the saying, with a currency sign between the pronoun and the date too.
func TestRelativeAmountDate(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "which earned $3 billion last year",
		text: "Plant to close\n\nExecutives for the firm, which earned $3 billion last year, say the mill will close.\n\n" +
			"Bankers at the lender, which lost €40 million in March, say the branch will stay.",
		pub: "2026-12-03",
		want: []want{
			{content: "the mill will close", saidOn: "2026-12-03"},
			{content: "the branch will stay", saidOn: "2026-12-03"},
		},
	}})
}

// TestKoreanNameSex: a Korean name is written family name first ("Lee
// Jae-won"), so its first word gives no sex: "Lee" is a woman's first name
// elsewhere, and the he that follows is still Lee Jae-won.
func TestKoreanNameSex(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "Lee Jae-won ... he said",
		text: "Seoul in turmoil\n\nLee Jae-won, the opposition leader, said the declaration had caused chaos.\n\n" +
			"“Our national credibility has been severely hurt,” he said.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Lee Jae-won", content: "Our national credibility has been severely hurt"}},
	}})
}

// TestCompassPlaceNoPerson: a name that opens with a point of the compass
// ("North Korea", "South Sudan") is a place, which no he or she stands
// for, though the place list lacks it.
func TestCompassPlaceNoPerson(t *testing.T) {
	notSaidBy(t, "Tours halted\n\nTour operator Jun Tanaka had planned trips for the spring. The ban on travel to North Korea ended them.\n\n"+
		"“We lost a month of bookings,” he said.", "2026-12-03", "North Korea", "We lost a month")
	notSaidBy(t, "Tours halted\n\nThe trips of Jun Tanaka were planned for the spring, until the ban on travel to South Sudan ended them.\n\n"+
		"“We lost a month of bookings,” she said.", "2026-12-03", "South Sudan", "We lost a month")
}

// TestAdverbOpeningNoSpeaker: adverbs set off by a comma before the
// subject ("Later, via email, he elaborated", "Quickly, someone pointed
// out") are no part of the speaker, who is the subject after them.
func TestAdverbOpeningNoSpeaker(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "later, quickly",
		text: "Lab tests\n\nBob Hale runs the lab. Later, via email, he elaborated that it was not a hard sell.\n\n" +
			"Eventually, Hale elaborated that the price had been fair.",
		pub: "2026-12-03",
		want: []want{
			{speaker: "Bob Hale", content: "it was not a hard sell"},
			{speaker: "Bob Hale", content: "the price had been fair"},
		},
	}})
	notSaidBy(t, "Lab tests\n\nQuickly, someone pointed out that the price was wrong.", "2026-12-03", "Quickly", "the price was wrong")
}

// TestCompassPlaceNoFullerName: "Sudan" is not the fuller name "South
// Sudan" a paragraph before gives: a compass-named place is no entity
// whose surname a bare name completes.
func TestCompassPlaceNoFullerName(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "Sudan after South Sudan",
		text: "Sanctions to be lifted\n\nRebels in South Sudan have fought for years.\n\n" +
			"In exchange, Sudan has said it will stop supporting the rebels.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Sudan", content: "it will stop supporting the rebels"}},
	}})
}

// TestCurrencyClauseGoesOn: "for every $5 spent on a room," opens the
// clause that follows; the "$" of the amount made "5 spent on a room" a
// clause of its own, and what was said ended at its comma.
func TestCurrencyClauseGoesOn(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "for every $5 spent",
		text: "Hotel secrets\n\nBob Hale said that the rule is that for every $5 spent on a room, the hotel should charge $1 a day.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Bob Hale", content: "the rule is that for every $5 spent on a room, the hotel should charge $1 a day"}},
	}})
}

// TestSentenceAdverbNoName: an interjection, or a long adverb in -ly the
// clipping also writes in lower case, that opens a sentence before a name
// is no part of it: "Accordingly Hale said" is Bob Hale, "Ah Reyes" no
// one called Ah; "Kimberly Hale" and "Anatoly Petrov" keep their first
// names, and "Oh Se-jin" the family name.
func TestSentenceAdverbNoName(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "accordingly, ah",
		text: "Lab tests\n\nBob Hale runs the lab, and the staff acted accordingly. Accordingly Hale said the lab would stay open.\n\n" +
			"Ah Reyes was there too. Reyes said the tests were late.\n\n" +
			"Kimberly Hale said the tests were cheap.\n\n" +
			"Anatoly Petrov said the tests were slow.\n\n" +
			"Oh Se-jin said the tests were fair.",
		pub: "2026-12-03",
		want: []want{
			{speaker: "Bob Hale", content: "the lab would stay open"},
			{speaker: "Reyes", content: "the tests were late"},
			{speaker: "Kimberly Hale", content: "the tests were cheap"},
			{speaker: "Anatoly Petrov", content: "the tests were slow"},
			{speaker: "Oh Se-jin", content: "the tests were fair"},
		},
	}})
}

// TestAskedThenNextDeed: "asking the company for comment and will update
// this story if officials respond" puts no question: the "if" after
// "and" and a finite verb is the asker's next deed's. "asked the mayor for
// comment and whether she would run" still asks.
func TestAskedThenNextDeed(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "asking for comment and will update",
		text: "Game flaw\n\nThe Herald is asking the company for comment and will update this story if officials respond.\n\n" +
			"Reporters asked the mayor for comment and whether she would run again.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Reporters", content: "whether she would run again"}},
		none: []string{"if officials respond"},
	}})
}

// TestInterjectionOpeningNoSpeaker: "Yes," set off before the subject is
// no speaker: "Yes, as before, Hale assumed that ..." is Hale's.
func TestInterjectionOpeningNoSpeaker(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "yes, as before",
		text: "Lab tests\n\nBob Hale runs the lab. Yes, as before, Hale assumed that the lab would stay open.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Bob Hale", content: "the lab would stay open"}},
	}})
}
