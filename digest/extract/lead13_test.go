package extract_test

import "testing"

// TestLead13 has the faults the lead read off train statements that no
// annotation holds (5-fold CV output) and off made-up wire copy, made up
// in other words: a speaker after a cue with an auxiliary, an inverted
// speaker inside a parenthesis, a group's name given by the writer, an
// outlet that reported the sentence's statements.
func TestLead13(t *testing.T) {
	runStatements(t, []statementCase{
		{name: "an auxiliary before the cue: its subject is before it",
			text: "This is not the first time that this Post “reporter” has revealed her bias on Twitter.",
			none: []string{"This is not the first time"}},
		{name: "inverted speaker inside a parenthesis ends with it",
			text: "The paper ran a headline (“Pope Rebukes Mayor,” declared La Stampa), but the mayor kept quiet.",
			want: []want{{speaker: "La Stampa", mention: "La Stampa", content: "Pope Rebukes Mayor"}}},
		{name: "inverted name and where it is",
			text: "The paper ran a headline (“Pope Rebukes Mayor,” declared La Stampa in Italy), but the mayor kept quiet.",
			want: []want{{speaker: "La Stampa", content: "Pope Rebukes Mayor"}}},
		{name: "a group that calls itself a name",
			text: "The post came from an account of a group that calls itself Dawn Media.",
			none: []string{"itself Dawn Media", "Dawn Media"}},
		{name: "rebels who call themselves a name",
			text: "Rebels who call themselves the Free Army took the town on Monday.",
			none: []string{"themselves the Free Army", "the Free Army"}},
		{name: "one who calls himself something keeps the statement outside a relative clause",
			text: "Senator Ron Lake calls himself a proud moderate.",
			want: []want{{speaker: "Ron Lake", content: "himself a proud moderate"}}},
		{name: "an outlet that reported it at the sentence's end carries it",
			text: "Kremlin spokesman Dmitry Peskov told reporters on Thursday that talks with Washington had stalled, the TASS news agency reported.",
			want: []want{{speaker: "Dmitry Peskov", content: "talks with Washington had stalled", via: "TASS"}}},
		{name: "a named state agency that reported it",
			text: "Foreign Minister Sergei Lavrov said the West had to move first, the state news agency RIA Novosti reported.",
			want: []want{{speaker: "Sergei Lavrov", content: "the West had to move first", via: "RIA Novosti"}}},
		{name: "an agency that said it speaks for itself",
			text: "Foreign Minister Sergei Lavrov said the West had to move first, the agency said.",
			want: []want{{speaker: "Sergei Lavrov", content: "the West had to move first", via: "-"}}},
		{name: "comments carried by an outlet",
			text: "Foreign Minister Sergei Lavrov added in comments carried by RIA that the West had to move first.",
			want: []want{{speaker: "Sergei Lavrov", content: "the West had to move first", via: "RIA", audience: "-"}}},
		{name: "an interview published by an outlet",
			text: "The minister said in an interview published by Kommersant on Monday that prices would rise.",
			want: []want{{content: "prices would rise", via: "Kommersant"}}},
		{name: "speaking to a television channel",
			text: "Speaking to Rossiya-1 television on Wednesday, Foreign Minister Sergei Lavrov said the sanctions would fail.",
			want: []want{{speaker: "Sergei Lavrov", content: "the sanctions would fail", via: "Rossiya-1", audience: "Rossiya-1 television"}}},
		{name: "an interview with an outlet's host",
			text: "In an interview with Fox News’ Sean Hannity, Senator Ron Lake said the bill was dead.",
			want: []want{{speaker: "Ron Lake", content: "the bill was dead", via: "Fox News"}}},
		{name: "an interview on an outlet's show",
			text: "“We will release the records,” Senator Ron Lake said during an interview on CNN’s “State of the Union.”",
			want: []want{{speaker: "Ron Lake", content: "We will release the records", via: "CNN", audience: "CNN"}}},
		{name: "an outlet's title before its reporter",
			text: "In an interview with NBC News Senior Investigative Correspondent Ann Poe, Senator Ron Lake said the bill was dead.",
			want: []want{{speaker: "Ron Lake", content: "the bill was dead", via: "NBC News"}}},
		{name: "a newspaper's interview",
			text: "In an interview with the Chicago Tribune, Senator Ron Lake said the bill was dead.",
			want: []want{{speaker: "Ron Lake", content: "the bill was dead", via: "Chicago Tribune", audience: "Chicago Tribune"}}},
	})
}
