package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestCallObject checks whom a call is to when a parenthesis or an aside
// between dashes stands in it, and a call's infinitive (call_object.go),
// in made-up sentences.
func TestCallObject(t *testing.T) {
	checkRules(t, []rulesCase{
		{
			name:  "called on someone with a party in parentheses",
			text:  "On Friday, Sen. Ann Cole (D-Ohio) called on Gov. Tom Smith (R) to resign over the spill.",
			want:  []want{{speaker: "Ann Cole", content: "Gov. Tom Smith (R) to resign over the spill", cue: "called on"}},
			count: 1,
		},
		{
			name:  "called on those named with an aside between dashes",
			text:  "Ann Cole called on the other donors -- the mayor among them -- to return the money as well.",
			want:  []want{{speaker: "Ann Cole", content: "the other donors -- the mayor among them -- to return the money as well", cue: "called on"}},
			count: 1,
		},
		{
			name:  "an unclosed parenthesis is no aside",
			text:  "Tom Reyes called on the phone (from Dayton to ask about the bridge.",
			count: -1,
		},
		{
			name:  "called to do something: the infinitive is what the call asks",
			text:  "Most recently, Tom Reyes called to ban trucks from the old bridge.",
			want:  []want{{speaker: "Tom Reyes", content: "to ban trucks from the old bridge", cue: "called"}},
			count: 1,
		},
		{
			name:  "an adverb before the call to do something",
			text:  "The party chairman, Tom Reyes, has loudly called to reject the deal as well.",
			want:  []want{{speaker: "Tom Reyes", content: "to reject the deal as well", cue: "called"}},
			count: 1,
		},
		{
			name: "a relative clause's subject calling to do something",
			text: "Tom Reyes, who has repeatedly called to ban trucks from the bridge, lost the race.",
			want: []want{{speaker: "Tom Reyes", content: "to ban trucks from the bridge", cue: "called"}},
		},
		{
			name:  "someone fronted whom a call is made to: no statement",
			text:  "It is still unclear whom the governor would first call to lead the new panel.",
			count: -1,
		},
		{
			name:  "a call to a place, and called to mind: no statement",
			text:  "Tom Reyes called to the waiter. The scene called to mind the riots of 1968.",
			count: -1,
		},
		{
			name:  "calls to others: no statement",
			text:  "Over the weekend Tom Reyes made dozens of phone calls to other pastors.",
			count: -1,
		},
	})
}

// TestCallHeadline checks a call's object in a headline, where "To" and
// the verb after it are written with capitals.
func TestCallHeadline(t *testing.T) {
	c := clipping("Trump Calls On Obama To Resign\n\nThe storm reached the coast on Monday.", "2026-12-01", true)
	checkWanted(t, c, extract.StatementsRules(c), 1, []want{{speaker: "Trump", content: "Obama To Resign", cue: "Calls On"}})
}

// TestCallNaming checks what a verb of calling names without a quotation
// (call_naming.go): a noun phrase owned by a name, and an adjective that
// closes the clause, in made-up sentences.
func TestCallNaming(t *testing.T) {
	checkRules(t, []rulesCase{
		{
			name:  "a name's noun phrase and what it is called",
			text:  "Ann Cole called Tom Smith's new tax plan a disgrace to the city.",
			want:  []want{{speaker: "Ann Cole", content: "Tom Smith's new tax plan a disgrace to the city", cue: "called"}},
			count: 1,
		},
		{
			name:  "a name's noun phrase called on a day: a call made",
			text:  "Ann Cole called Tom Smith's office on Monday.",
			count: -1,
		},
		{
			name:  "an adjective after a noun phrase",
			text:  "The mayor, Ann Cole, called the new rules unlawful, and said the city would sue.",
			want:  []want{{speaker: "Ann Cole", content: "the new rules unlawful", cue: "called"}, {content: "the city would sue", cue: "said"}},
			count: 2,
		},
		{
			name:  "an adjective after a name",
			text:  "Rita Moss calls Smith unqualified.",
			want:  []want{{speaker: "Rita Moss", content: "Smith unqualified", cue: "calls"}},
			count: 1,
		},
		{
			name:  "an adjective after a phrase with a preposition",
			text:  "Still, Tom Reyes called Smith's public feud with the water agency unusual.",
			want:  []want{{speaker: "Tom Reyes", content: "Smith's public feud with the water agency unusual", cue: "called"}},
			count: 1,
		},
		{
			name:  "two adjectives",
			text:  "Rita Moss called the senator's remarks reckless and dangerous.",
			want:  []want{{speaker: "Rita Moss", content: "the senator's remarks reckless and dangerous", cue: "called"}},
			count: 1,
		},
		{
			name:  "an article and an adjective alone name no one",
			text:  "Rita Moss calls the dispossessed.",
			count: -1,
		},
		{
			name:  "nouns in -al and -ent after an article: a call made",
			text:  "Ann Cole called the county hospital. Ann Cole called the vice president. Ann Cole called the teachers union.",
			count: -1,
		},
	})
}

// TestSentenceAdverbBeforeCue checks sentence adverbs between a subject
// and its verb ("has nevertheless called"), which the lexicon reads as it
// reads "however" and "even" (fAux), not as part of the speaker's name.
func TestSentenceAdverbBeforeCue(t *testing.T) {
	checkRules(t, []rulesCase{
		{
			name:  "an auxiliary and nevertheless before a call",
			text:  "Ann Cole has nevertheless called his vote an irresponsible one.",
			want:  []want{{speaker: "Ann Cole", content: "his vote an irresponsible one", cue: "called"}},
			count: 1,
		},
		{
			name:  "indeed before said: not part of the name",
			text:  "Tom Reyes indeed said the levy was too high.",
			want:  []want{{speaker: "Tom Reyes", content: "the levy was too high", cue: "said"}},
			count: 1,
		},
	})
}
