package extract_test

import "testing"

// TestLines17 holds made-up clippings whose lines read wrong before
// lines17, with neighbouring forms that guard them. Published on
// Wednesday 2026-03-04 (runProbes).
func TestLines17(t *testing.T) {
	runProbes(t, []probe{
		// a relative clause with its own verb of speech or calling inside a
		// reported clause's subject: the outer statement stands
		{"The mayor said the deal, which critics called “a giveaway,” would cost millions.", []probeWant{{"mayor", "the deal, which critics called “a giveaway,” would cost millions", "2026-03-04"}}},
		{"The mayor said the deal, which critics have called “a giveaway,” would cost millions.", []probeWant{{"mayor", "the deal, which critics have called “a giveaway,” would cost millions", "2026-03-04"}}},
		{"The mayor said the plan, which critics call “reckless,” was dead.", []probeWant{{"mayor", "the plan, which critics call “reckless,” was dead", "2026-03-04"}}},
		{"The mayor said the deal, which critics say is a giveaway, would cost millions.", []probeWant{{"mayor", "the deal, which critics say is a giveaway, would cost millions", "2026-03-04"}}},
		{"The mayor argued that the deal, which critics say favors developers, would cost millions.", []probeWant{{"mayor", "the deal, which critics say favors developers, would cost millions", "2026-03-04"}}},
		{"Critics said the deal, which the mayor called “fair,” was a giveaway.", []probeWant{{"Critics", "the deal, which the mayor called “fair,” was a giveaway", "2026-03-04"}}},
		{"The mayor said the deal, which was signed Monday, would cost millions.", []probeWant{{"mayor", "the deal, which was signed Monday, would cost millions", "2026-03-04"}}},
		{"The deal, which critics called “a giveaway,” passed on Monday.", []probeWant{{"critics", "a giveaway", "2026-03-04"}}},
		{"The mayor said the deal was fair, which critics disputed.", []probeWant{{"mayor", "the deal was fair", "2026-03-04"}}},
		// a relative clause on the subject whose verb takes a noun phrase,
		// then the sentence's own verb of speech
		{"The aide who wrote the memo said the plan was dead.", []probeWant{{"aide", "the plan was dead", "2026-03-04"}}},
		{"The aide who wrote the memo told reporters the plan was dead.", []probeWant{{"aide", "the plan was dead", "2026-03-04"}}},
		{"The group that wrote the letter said the plan was dead.", []probeWant{{"group", "the plan was dead", "2026-03-04"}}},
		{"The senator who wrote the bill insisted that it would pass.", []probeWant{{"senator", "it would pass", "2026-03-04"}}},
		{"The aide who wrote the memo on Monday said the plan was dead.", []probeWant{{"aide", "the plan was dead", "2026-03-04"}}},
		{"A woman who accused the senator of lying said the charges were false.", []probeWant{{"woman", "the charges were false", "2026-03-04"}}},
		{"The lawyer who represents the family said the police lied.", []probeWant{{"lawyer", "the police lied", "2026-03-04"}}},
		{"The aide who wrote that the plan was dead resigned.", []probeWant{{"aide", "the plan was dead", "2026-03-04"}}},
		{"The man who told police the car was stolen said he was afraid.", []probeWant{{"man", "the car was stolen", "2026-03-04"}, {"man", "he was afraid", "2026-03-04"}}}, // (lines19: the sentence's verb too)
		{"The aide who wrote the memo said nothing.", []probeWant{}},
		{"The man who wrote the letter told police he was afraid.", []probeWant{{"man", "he was afraid", "2026-03-04"}}},
		{"Dozens of women who said they were harassed signed the letter.", []probeWant{{"Dozens of women", "they were harassed", "2026-03-04"}}},
		// a relative "that" on the circumstance, and nothing reported after it
		{"The mayor said in a statement that included no details.", []probeWant{}},
		{"The mayor said in an interview that aired on Sunday.", []probeWant{}},
		{"The mayor said in a statement that was released Monday.", []probeWant{}},
		{"The mayor told reporters at a briefing that ran late.", []probeWant{}},
		{"The mayor said in a statement Monday that included no details.", []probeWant{}},
		{"The mayor said in a statement Monday that the talks had failed.", []probeWant{{"mayor", "the talks had failed", "2026-03-02"}}},
		{"The mayor said on Twitter Monday that was the end of it.", []probeWant{{"mayor", "that was the end of it", "2026-03-02"}}},
		{"The mayor said in a statement that included no details that the plan was over.", []probeWant{{"mayor", "the plan was over", "2026-03-04"}}},
		{"The mayor said in a statement that officials had lied.", []probeWant{{"mayor", "officials had lied", "2026-03-04"}}},
		{"The mayor said in a statement that she would run again.", []probeWant{{"mayor", "she would run again", "2026-03-04"}}},
		{"The mayor said on Monday that could hurt savers.", []probeWant{{"mayor", "that could hurt savers", "2026-03-02"}}},
		{"The mayor said in private that was a mistake.", []probeWant{{"mayor", "that was a mistake", "2026-03-04"}}},
		// a verb of speech with no object, coordinated with a second verb
		{"The governor said and did nothing else about the strike.", []probeWant{}},
		{"The governor said and did nothing.", []probeWant{}},
		{"The governor said nothing and did nothing.", []probeWant{{"governor", "nothing", "2026-03-04"}}},
		{"The governor said and wrote that the strike was over.", []probeWant{{"governor", "the strike was over", "2026-03-04"}}},
		{"“We are done,” the governor said and added that the talks were over.", []probeWant{{"governor", "We are done", "2026-03-04"}, {"governor", "the talks were over", "2026-03-04"}}},
		{"“We are done,” the governor said and left the room.", []probeWant{{"governor", "We are done", "2026-03-04"}}},
		{"The governor spoke and said the strike was over.", []probeWant{{"governor", "the strike was over", "2026-03-04"}}},
	})
}
