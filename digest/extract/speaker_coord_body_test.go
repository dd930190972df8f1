package extract_test

import "testing"

// TestCoordinatedBodies has the cases of bodies joined by "and" that speak
// together: every body is a speaker, also one whose name goes on past
// "of" ("the Department of Justice"), one the lexicon knows by a single
// word ("the Kremlin") and one named by a capitalised word before a
// body's common noun ("the Chinese foreign ministry").
func TestCoordinatedBodies(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:     "a body named with 'of' and an acronym",
			text:     "The case was reopened.\n\nThe Department of Justice and the FBI said they were reviewing the case.",
			content:  "they were reviewing the case",
			speaker:  "Department of Justice and FBI",
			speakers: []string{"Department of Justice", "FBI"},
			rules:    true,
		},
		{
			name:     "two businesses of one word each",
			text:     "The deal was signed.\n\nMicrosoft and Google said they would cooperate.",
			content:  "they would cooperate",
			speaker:  "Microsoft and Google",
			speakers: []string{"Microsoft", "Google"},
			rules:    true,
		},
		{
			name:    "one body whose name holds 'for' and 'and'",
			text:    "The season began.\n\nA report released by the Centers for Disease Control and Prevention found that flu cases rose.",
			content: "flu cases rose",
			speaker: "Centers for Disease Control and Prevention",
			rules:   true,
		},
		{
			name:     "a one-word body and a ministry named by its country",
			text:     "The talks ended.\n\nThe Kremlin and the Chinese foreign ministry said the talks were productive.",
			content:  "the talks were productive",
			speaker:  "Kremlin and Chinese foreign ministry",
			speakers: []string{"Kremlin", "Chinese foreign ministry"},
			rules:    true,
		},
	})
}

// TestSpokesBodyAbbreviated: a spokesperson for a business whose name
// ends in an abbreviation ("Acme Corp.") is that business, as one for
// "Acme Corporation" is.
func TestSpokesBodyAbbreviated(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "a business's abbreviation with its dot",
			text:    "The plant was sold.\n\nA spokeswoman for Acme Corp. said the plant would stay open.",
			content: "the plant would stay open",
			speaker: "Acme Corp.",
			rules:   true,
		},
		{
			name:    "the abbreviation before a comma",
			text:    "The plant was sold.\n\nA spokesman for Harlow Inc., the maker of the valves, said the deal was done.",
			content: "the deal was done",
			speaker: "Harlow Inc.",
			rules:   true,
		},
	})
}

// TestOutletNames: an outlet described before its name is named by its
// name ("Global Times", not "Chinese state-run Global Times"), and a news
// agency keeps its compound noun ("Xinhua news agency", not "Xinhua
// agency").
func TestOutletNames(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "a country's state-run paper",
			text:    "The visit ended.\n\nChina's state-run Global Times said the visit was a provocation.",
			content: "the visit was a provocation",
			speaker: "Global Times",
			rules:   true,
		},
		{
			name:    "an official news agency",
			text:    "The talks ended.\n\nThe official Xinhua news agency said the talks had ended.",
			content: "the talks had ended",
			speaker: "Xinhua news agency",
			rules:   true,
		},
		{
			name:    "a semi-official news agency after its country",
			text:    "The drone fell.\n\nIran's semi-official Tasnim news agency said the drone was shot down.",
			content: "the drone was shot down",
			speaker: "Tasnim news agency",
			rules:   true,
		},
	})
}

// TestWhichAfterAside: "which" after a participle's phrase set off by
// commas, or after a document's author, stands for the document.
func TestWhichAfterAside(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "an analysis first reported by a paper",
			text:    "The state spent $2 million on a legal analysis, first reported by the Boston Globe, which concluded that the law was unconstitutional.",
			content: "the law was unconstitutional",
			speaker: "legal analysis",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a report drafted by lawyers",
			text:    "The board released a report, drafted by outside lawyers, which found that the fees were illegal.",
			content: "the fees were illegal",
			speaker: "report",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a study by a university",
			text:    "The mayor cited a study by Harlow University, which found that rents had doubled.",
			content: "rents had doubled",
			speaker: "study",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a person set off by commas is who speaks",
			text:    "The city hired a consultant, Ann Lee, who said the plan was sound.",
			content: "the plan was sound",
			speaker: "Ann Lee",
			rules:   true,
		},
	})
}

// TestBodySpeakers: more bodies and groups named as a reader names them.
func TestBodySpeakers(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "a department named past 'of' is a body, not a vague role",
			text:    "The case was reopened.\n\nThe Department of Justice said the inquiry was closed.",
			content: "the inquiry was closed",
			speaker: "Department of Justice",
			rules:   true,
		},
		{
			name:    "a country's military after its article keeps its noun",
			text:    "The strikes went on.\n\nThe Israeli military said it had struck targets in Gaza.",
			content: "it had struck targets in Gaza",
			speaker: "Israeli military",
			rules:   true,
		},
		{
			name:    "a country's officials are no body named by the country",
			text:    "The plan was drafted.\n\nTwo U.S. officials familiar with the plan said it was ready.",
			content: "it was ready",
			speaker: "two U.S. officials familiar with the plan",
			vague:   true,
			rules:   true,
		},
		{
			name:    "an outlet is no role's guessed holder",
			text:    "The Associated Press reported that the polls had closed. The Associated Press said turnout was high.\n\nThe head of the World Bank said growth would slow.",
			content: "growth would slow",
			speaker: "head of the World Bank",
			vague:   true,
			rules:   true,
		},
	})
}
