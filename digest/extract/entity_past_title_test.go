package extract_test

import "testing"

// TestPastTitles checks that a title written before a name keeps the word
// that says the role is held no more, or soon will not be, when a later
// statement of the person takes the title the clipping gave first.
func TestPastTitles(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name: "former before a place and a role in lower case",
			text: "Senators met on the bill.\n\n" +
				"Among the guests was former Vermont governor Alan Rusk. He spoke for ten minutes.\n\n" +
				"“We need lower taxes,” Rusk said.",
			content: "We need lower taxes",
			speaker: "Alan Rusk",
			title:   "former Vermont governor",
			rules:   true,
		},
		{
			name: "former before an abbreviated title",
			text: "Senators met on the bill.\n\n" +
				"The plan drew fire from former Ohio Gov. Tom Baxter and others.\n\n" +
				"“It is a tax on work,” Baxter said.",
			content: "It is a tax on work",
			speaker: "Tom Baxter",
			title:   "former Ohio Gov.",
			rules:   true,
		},
		{
			name: "retired before a rank",
			text: "Veterans gathered in the hall.\n\n" +
				"The crowd cheered when retired Gen. Mark Dunn took the stage.\n\n" +
				"“We owe them more,” Dunn said.",
			content: "We owe them more",
			speaker: "Mark Dunn",
			title:   "retired Gen.",
			rules:   true,
		},
		{
			name: "outgoing before a title",
			text: "The legislature closed its session.\n\n" +
				"Lawmakers thanked outgoing Utah Gov. Ann Miller for her work.\n\n" +
				"“It was an honor,” Miller said.",
			content: "It was an honor",
			speaker: "Ann Miller",
			title:   "outgoing Utah Gov.",
			rules:   true,
		},
		{
			name: "plain words between former and the role",
			text: "Senators met on the bill.\n\n" +
				"The plan drew fire from former tech executive Dana Holt and others.\n\n" +
				"“It is a tax on work,” Holt said.",
			content: "It is a tax on work",
			speaker: "Dana Holt",
			title:   "former tech executive",
			rules:   true,
		},
		{
			name: "a verb between a role and the title is no plain word",
			text: "Senators met on the bill.\n\n" +
				"The former governor praised chief executive Dana Holt on Monday.\n\n" +
				"“It is a tax on work,” Holt said.",
			content: "It is a tax on work",
			speaker: "Dana Holt",
			title:   "chief executive",
			rules:   true,
		},
		{
			name: "ex- joined to a capital opens the title",
			text: "Senators met on the bill.\n\n" +
				"The plan drew fire from ex-Senate leader Tom Baxter and others.\n\n" +
				"“It is a tax on work,” Baxter said.",
			content: "It is a tax on work",
			speaker: "Tom Baxter",
			title:   "ex-Senate leader",
			rules:   true,
		},
		{
			name: "then- joined to a capital opens the title",
			text: "Senators met on the bill.\n\n" +
				"The plan drew fire from then-Vermont Gov. Alan Rusk and others.\n\n" +
				"“It is a tax on work,” Rusk said.",
			content: "It is a tax on work",
			speaker: "Alan Rusk",
			title:   "then-Vermont Gov.",
			rules:   true,
		},
		{
			name: "then- joined to an abbreviated title is the title",
			text: "Senators met on the bill.\n\n" +
				"In 2007, then-Sen. Carl Pruitt said the war was a mistake.",
			content: "the war was a mistake",
			speaker: "Carl Pruitt",
			title:   "then-Sen.",
			rules:   true,
		},
		{
			name: "then- joined to an abbreviated title, the surname later",
			text: "Senators met on the bill.\n\n" +
				"The plan drew fire from then-Sen. Carl Pruitt and others.\n\n" +
				"“It is a tax on work,” Pruitt said.",
			content: "It is a tax on work",
			speaker: "Carl Pruitt",
			title:   "then-Sen.",
			rules:   true,
		},
		{
			name: "the senator is the one in office, not one titled then-Sen.",
			text: "Sen. Dana Holt signed the letter on Monday.\n\n" +
				"The bill was praised by then-Sen. Carl Pruitt at a dinner.\n\n" +
				"“Every dollar is accounted for,” the senator said.",
			content: "Every dollar is accounted for",
			speaker: "Dana Holt",
			rules:   true,
		},
		{
			name: "the governor is the one in office, not one titled former before his name",
			text: "Gov. Dana Holt signed the budget on Monday.\n\n" +
				"The bill was praised by former Vermont governor Alan Rusk at a dinner.\n\n" +
				"“Every dollar is accounted for,” the governor said.",
			content: "Every dollar is accounted for",
			speaker: "Dana Holt",
			rules:   true,
		},
		{
			name: "former with no role after it stays out of the name",
			text: "Senators met on the bill.\n\n" +
				"The plan drew fire from former Republican Tom Baxter and others.\n\n" +
				"“It is a tax on work,” Baxter said.",
			content: "It is a tax on work",
			speaker: "Tom Baxter",
			title:   "-",
			rules:   true,
		},
	})
}
