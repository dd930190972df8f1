package extract_test

import "testing"

// TestRunInHeadingNoSpeaker: a guide's run-in heading before a colon
// ("Shelf Traps: Shops put ...") is written once and names no one, so
// what follows it is the writer's advice, not a statement; a transcript's
// turn by a name the clipping uses again still speaks.
func TestRunInHeadingNoSpeaker(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "run-in headings of a guide",
		text: "How to spend less at the shops\n\nMost of us buy things we never use. A few habits help.\n\n" +
			"Shelf Traps: Shops put the milk at the back so that you walk past everything else first.\n\n" +
			"Rarely Used: You do not need a drill every day, so borrow one from a neighbour.\n\n" +
			"Cache Limit: The largest number of items we keep. The value we chose is 50.\n\n" +
			"Queue Limit: The longest queue we allow before we refuse new work.",
		pub:  "2026-12-01",
		none: []string{"Shops put the milk", "You do not need a drill", "The largest number", "The longest queue"},
	}, {
		name: "a shop's possessive name as a heading, written once",
		text: "Where to shop for a holiday dinner\n\nThe stores are full. We compared prices at three chains this week.\n\n" +
			"Trader Bob's: Prices are low, and the lines move fast.\n\n" +
			"Corner Market: The produce is fresh, but the bill adds up.",
		pub:  "2026-12-01",
		none: []string{"Prices are low", "The produce is fresh"},
	}, {
		name: "a transcript's turns by names that head several paragraphs, named nowhere else",
		text: "Mayor on the budget\n\nThe council met the mayor's treasurer on Monday.\n\n" +
			"Quill Tarrant: The library must stay open this winter, whatever it costs.\n\n" +
			"Orla Brennock: We found the money for it, and it stays open.\n\n" +
			"Quill Tarrant: Then the council will vote for the budget on Friday.\n\n" +
			"Orla Brennock: The treasury will send the figures to every member.",
		pub: "2026-12-01",
		want: []want{{speaker: "Quill Tarrant", content: "The library must stay open"}, {speaker: "Orla Brennock", content: "We found the money"},
			{speaker: "Quill Tarrant", content: "Then the council will vote"}, {speaker: "Orla Brennock", content: "The treasury will send"}},
	}, {
		name: "a transcript's turns by names used again or known first names",
		text: "Mayor on the budget\n\nThe council member Quill Tarrant spoke to the mayor on Monday. Tarrant had asked for the meeting.\n\n" +
			"Quill Tarrant: The library must stay open this winter, whatever it costs.\n\n" +
			"John Hakim: We found the money for it, and it stays open.",
		pub:  "2026-12-01",
		want: []want{{speaker: "Quill Tarrant", content: "The library must stay open"}, {speaker: "John Hakim", content: "We found the money"}},
	}})
}
