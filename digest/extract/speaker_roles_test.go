package extract_test

import "testing"

// TestRoleSpeakers has the cases about roles, titles and appositives: who
// speaks when a phrase holds a role, a name, a body or all three.
func TestRoleSpeakers(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "a full name with the body it is of: the person speaks",
			text:    "Marchers filled the square.\n\n“We will see,” said Alicia Moreno of the Fair Vote Coalition.",
			content: "We will see",
			speaker: "Alicia Moreno",
			rules:   true,
		},
		{
			name:    "an appositive title ends on no 'of', and a number after 'of' is a noun",
			text:    "Marchers filled the square.\n\nTina Brooks, a mother of three, said the change would hurt.",
			content: "the change would hurt",
			speaker: "Tina Brooks",
			title:   "mother of three",
			rules:   true,
		},
		{
			name:    "an appositive opened by 'along with' names a companion, not the speaker's title",
			text:    "Marchers filled the square.\n\nRosa Vance, along with city council member Paul Dent, says the mayor ignored the petition.",
			content: "the mayor ignored the petition",
			speaker: "Rosa Vance",
			title:   "-",
			rules:   true,
		},
		{
			name:    "an appositive opened by 'with' names a companion too",
			text:    "Marchers filled the square.\n\nRosa Vance, with organizer Paul Dent, said the mayor ignored the petition.",
			content: "the mayor ignored the petition",
			speaker: "Rosa Vance",
			title:   "-",
			rules:   true,
		},
		{
			name:    "according to a role and its holder's name: the holder speaks",
			text:    "Marchers filled the square.\n\nTalks will resume on Monday, according to a mediator, Carl Stein.",
			content: "Talks will resume on Monday",
			speaker: "Carl Stein",
			title:   "mediator",
			rules:   true,
		},
		{
			name:    "a capitalised role word before a body's head is part of its name, no title",
			text:    "Marchers filled the square.\n\nThe aide was charged on Tuesday, the Justice Department said.",
			content: "The aide was charged on Tuesday",
			speaker: "Justice Department",
			title:   "-",
			rules:   true,
		},
		{
			name:    "a relative clause with whose opens no title",
			text:    "Marchers filled the square.\n\n“This is long overdue,” said Amy Fisher, whose son was hurt by a speeding driver.",
			content: "This is long overdue",
			speaker: "Amy Fisher",
			title:   "-",
			rules:   true,
		},
		{
			name:    "a name of a place with its state is no list",
			text:    "Marchers filled the square.\n\nAnother delegate, Tom Reed of Washington, D.C., said the vote was fair.",
			content: "the vote was fair",
			speaker: "Tom Reed",
			rules:   true,
		},
		{
			name:    "an inverted role with its holder's name after a comma",
			text:    "Marchers filled the square.\n\n“We will see,” said the mayor's spokesman, Tom Reed, who declined to say more.",
			content: "We will see",
			speaker: "Tom Reed",
			title:   "mayor's spokesman",
			rules:   true,
		},
		{
			name:    "according to a statement from its author",
			text:    "Marchers filled the square.\n\nAccording to a statement from the Harbour Trust, the pier will reopen in May.",
			content: "the pier will reopen in May",
			speaker: "Harbour Trust",
			rules:   true,
		},
		{
			name:    "a role with its holder's name between a quotation and its verb",
			text:    "Marchers filled the square.\n\n“We will see,” the mayor's spokesman, Tom Reed, said.",
			content: "We will see",
			speaker: "Tom Reed",
			title:   "mayor's spokesman",
			rules:   true,
		},
		{
			name:    "a role with a described appositive speaks as the role",
			text:    "Marchers filled the square.\n\nThe mayor, a Democrat, said the bridge would hold.",
			content: "the bridge would hold",
			speaker: "mayor",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a surname that is a role word, after a first name",
			text:    "Marchers filled the square.\n\nNora Vance said the march was peaceful. Vance said it twice.\n\n“The crowd stayed calm,” said Charlie King, a local organiser.",
			content: "The crowd stayed calm",
			speaker: "Charlie King",
			rules:   true,
		},
		{
			name:    "a surname that is a role word, after a courtesy title",
			text:    "Marchers filled the square.\n\nNora Vance said the march was peaceful. Vance said it twice.\n\n“The crowd stayed calm,” Mr. King said.",
			content: "The crowd stayed calm",
			speaker: "King",
			rules:   true,
		},
		{
			name:    "a role is not a speaker whose title after the name names another role",
			text:    "Marchers filled the square.\n\nThe governor told reporters that the bridge would hold.\n\nTom Hale, the committee chair, said the repairs were late. Hale said it twice.",
			content: "the bridge would hold",
			speaker: "governor",
			vague:   true,
			rules:   true,
		},
	})
}
