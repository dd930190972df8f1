package extract_test

import "testing"

// TestRoleGuess checks, in made-up clippings, when a definite role no one
// is given ("the mayor") is guessed to be the clipping's most frequent
// named speaker: only when that person was named before it (or in the
// next sentence by the way, as a news lede names its source), not for a
// role known by whom it serves, not for a role cut from an indefinite
// phrase, not when another named speaker came between; otherwise the
// role itself speaks, in its own words.
func TestRoleGuess(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "a role before the only named person, who opens a statement of her own",
			text:    "The mayor said the roads would reopen.\n\nMs. Park said the bill was dead.",
			content: "the roads would reopen",
			speaker: "mayor",
			title:   "-",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a role whose statement holds a conditional aside, a person named two paragraphs on",
			text:    "Fans waited in the stands.\n\nThe chief said, if the rain holds, the game will go on.\n\nMs. Park said the field was ready. Park added that tickets would be honored.",
			content: "if the rain holds, the game will go on",
			speaker: "chief",
			title:   "-",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a role with a person for its possessor is that person's, not the speaker named most",
			text:    "Tom Baxter said the plan was sound. Baxter added that the vote would come in May.\n\nRuth Ames's spokesman said the plan was flawed.",
			content: "the plan was flawed",
			speaker: "Ruth Ames's spokesman",
			title:   "-",
			vague:   true,
			rules:   true,
		},
		{
			name:    "the spokesman after the prime minister's spokesman is that spokesman",
			text:    "Tom Baxter said the plan was sound. Baxter added that the vote would come in May.\n\nThe prime minister's spokesman said the plan was flawed. “It will not pass,” the spokesman said.",
			content: "It will not pass",
			speaker: "prime minister's spokesman",
			title:   "-",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a role cut from an indefinite phrase brings in someone new",
			text:    "Tom Baxter said the plan was sound. Baxter added that the vote would come in May.\n\nHis son gained attention in 1992 when a gay activist revealed that he had left the church.",
			content: "he had left the church",
			speaker: "activist",
			title:   "-",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a role after the person named most, who holds no other role, is that person",
			text:    "Tom Baxter said the plan was sound. Baxter added that the vote would come in May.\n\nThe candidate told reporters that the race was close.",
			content: "the race was close",
			speaker: "Tom Baxter",
			title:   "candidate",
			rules:   true,
		},
		{
			name:    "another named speaker between the one named most and the role: no guess",
			text:    "Tom Baxter said the plan was sound. Baxter added that the vote would come in May.\n\nAnn Lee said the vote should wait. “We need to respect the voters,” the Texas senator said.",
			content: "We need to respect the voters",
			speaker: "Texas senator",
			title:   "-",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a role left as the speaker keeps its words as written: no name's opening word dropped",
			text:    "Ann Lee spoke first.\n\n“We will win,” said the New York businessman, who campaigned in Ohio.",
			content: "We will win",
			speaker: "New York businessman",
			title:   "-",
			vague:   true,
			rules:   true,
		},
		{
			name:    "the official: a voice the press keeps unnamed, not the speaker named most",
			text:    "Tom Baxter said the plan was sound. Baxter added that the vote would come in May.\n\n“We are worried about the border,” the official said.",
			content: "We are worried about the border",
			speaker: "official",
			title:   "-",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a lede's role whose holder the next sentence names by the way",
			text:    "The port authority's chief spokesman said the crane had failed twice.\n\nThe remarks by Tom Hale on Friday came as the union met. Hale told reporters the repairs would take a month.",
			content: "the crane had failed twice",
			speaker: "Tom Hale",
			title:   "port authority's chief spokesman",
			rules:   true,
		},
		{
			name:    "a person set off as the holder of another role is not the role's holder",
			text:    "Ann Lee, the planner, said the site would open in May. Lee added that the roads were ready.\n\nThe governor said the bridge would be rebuilt by spring.",
			content: "the bridge would be rebuilt by spring",
			speaker: "governor",
			title:   "-",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a person set off with an indefinite description may still hold the role",
			text:    "Tom Baxter, a retired surgeon, said the plan was sound. Baxter added that the vote would come in May.\n\nThe candidate told reporters that the race was close.",
			content: "the race was close",
			speaker: "Tom Baxter",
			title:   "candidate",
			rules:   true,
		},
		{
			name:    "a lede's role and a person who opens the next statement: another voice",
			text:    "The port authority's chief spokesman said the crane had failed twice.\n\nTom Hale told reporters the repairs would take a month.",
			content: "the crane had failed twice",
			speaker: "port authority's chief spokesman",
			title:   "-",
			vague:   true,
			rules:   true,
		},
	})
}
