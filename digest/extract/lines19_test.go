package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestLines19 holds made-up clippings whose lines read wrong at the start
// of lines19 (the last session's faulty readings and those found reading
// more). Published on Wednesday 2026-03-04 (runProbes).
func TestLines19(t *testing.T) {
	runProbes(t, []probe{
		// a fronted adverbial, an inverted cue, then the clause
		{"Yesterday, said Tom Reed, the plan died.", []probeWant{{"Tom Reed", "Yesterday … the plan died", "2026-03-04"}}},
		{"Ultimately, said the mayor, voters will decide.", []probeWant{{"mayor", "Ultimately … voters will decide", "2026-03-04"}}},
		{"Absolutely, said Ann Lee, the club's treasurer.", []probeWant{{"Ann Lee", "Absolutely", "2026-03-04"}}},
		// one word before a plain cue that ends the sentence
		{"Nonsense, Tom Reed said.", []probeWant{{"Tom Reed", "Nonsense", "2026-03-04"}}},
		{"Absolutely, the mayor said.", []probeWant{{"mayor", "Absolutely", "2026-03-04"}}},
		{"Later, the mayor said.", []probeWant{}},
		// a connective at the end of the part before the attribution
		{"The plan, however, said Ann Lee, would cost millions.", []probeWant{{"Ann Lee", "The plan … would cost millions", "2026-03-04"}}},
		{"The new plan, however, said Ann Lee, would cost millions.", []probeWant{{"Ann Lee", "The new plan … would cost millions", "2026-03-04"}}},
		{"The plan is dead, however, said Ann Lee.", []probeWant{{"Ann Lee", "The plan is dead, however", "2026-03-04"}}},
		// a relative clause of speech on the subject, then the sentence's verb
		{"The senator who argued that the law was unfair said the ruling was wrong.", []probeWant{{"senator", "the ruling was wrong", "2026-03-04"}, {"senator", "the law was unfair", "2026-03-04"}}},
		{"The senator who claimed the vote was rigged says he will appeal.", []probeWant{{"senator", "the vote was rigged", "2026-03-04"}, {"senator", "he will appeal", "2026-03-04"}}},
		{"Women who said they were harassed said the aide lied.", []probeWant{{"Women", "they were harassed", "2026-03-04"}, {"Women", "the aide lied", "2026-03-04"}}},
		// the relative's object has a relative clause of its own
		{"The woman who wrote the book that critics praised said she was done.", []probeWant{{"woman", "she was done", "2026-03-04"}}},
		// the relative's object, then the sentence's own verb, which ends it
		{"The aide who wrote the memo was fired.", []probeWant{}},
		{"The man who wrote the letter died in 2010.", []probeWant{}},
		{"The aide who wrote the memo said the plan was dead.", []probeWant{{"aide", "the plan was dead", "2026-03-04"}}},
		{"Voters who said the economy was rigged turned out in force.", []probeWant{{"Voters", "the economy was rigged", "2026-03-04"}}},
		{"One in four said the party was hostile, about the same number who said the party truly cares.", []probeWant{{"One in four", "the party was hostile", "2026-03-04"}, {"same number", "the party truly cares", "2026-03-04"}}},
		// "As X put it," before a clause: what X said, in the writer's words
		{"As one official put it, the plan is dead.", []probeWant{{"official", "the plan is dead", "2026-03-04"}}},
		{"But as the mayor put it bluntly, voters had spoken.", []probeWant{{"mayor", "voters had spoken", "2026-03-04"}}},
		{"He put it simply, and the room went quiet.", []probeWant{}},
		// the horizontal bar, the figure dash and a spaced minus as dashes
		{"The mayor said the city would build the wall ― an idea the council has rejected.", []probeWant{{"mayor", "the city would build the wall", "2026-03-04"}}},
		{"The mayor said the city would build the wall ‒ an idea the council has rejected.", []probeWant{{"mayor", "the city would build the wall", "2026-03-04"}}},
		{"The mayor said the city would build the wall − an idea the council has rejected.", []probeWant{{"mayor", "the city would build the wall", "2026-03-04"}}},
		{"The mayor said it was −5 degrees outside.", []probeWant{{"mayor", "it was −5 degrees outside", "2026-03-04"}}},
		// a capitalised modal after a name that no verb can follow it
		{"Maria Might said the plan was good.", []probeWant{{"Maria Might", "the plan was good", "2026-03-04"}}},
		{"Ana Can, the treasurer, said it was over.", []probeWant{{"Ana Can", "it was over", "2026-03-04"}}},
		// a subject of one or two words, an attribution between commas, then its predicate
		{"The law, the companies argue, violates the Constitution.", []probeWant{{"companies", "The law … violates the Constitution", "2026-03-04"}}},
		{"Crime, police said, fell 10 percent.", []probeWant{{"police", "Crime … fell 10 percent", "2026-03-04"}}},
		{"Yesterday, officials said, prices rose.", []probeWant{{"officials", "prices rose", "2026-03-04"}}},
		{"Tom Reed spoke first. Nor, Reed said, did he expect a deal.", []probeWant{{"Tom Reed", "Nor … did he expect a deal", "2026-03-04"}}},
		// a form in -s after a preposition is a plural noun, no verb
		{"Reporters asked the mayor about claims that he said the city was broke.", []probeWant{}},
		{"Stocks fell amid warnings that the economy was slowing.", []probeWant{}},
		// a relative clause on the circumstance, then a quotation after its comma
		{"Tom Reed, the mayor, said in a statement that included no details, “We are done.”", []probeWant{{"Tom Reed", "We are done.", "2026-03-04"}}},
		{"Tom Reed said in a statement that included no details.", []probeWant{}},
		// "said and" before a verb of telling with its audience
		{"Tom Reed said and sources told reporters the plan was dead.", []probeWant{{"Tom Reed", "the plan was dead", "2026-03-04"}, {"sources", "the plan was dead", "2026-03-04"}}},
		// "recall" of goods takes a quantity for its object
		{"Tesla is recalling more than 2 million vehicles to fix its software.", []probeWant{}},
		{"The company recalled 40,000 cribs last year.", []probeWant{}},
		{"Tom Reed recalled that the plant closed in 1999.", []probeWant{{"Tom Reed", "the plant closed in 1999", "2026-03-04"}}},
	})
}

// TestLines19Speakers holds lines19's speakers and titles: a hyphenated
// title before a name.
func TestLines19Speakers(t *testing.T) {
	for _, tt := range []struct{ text, speaker, title string }{
		{"WHO Director-General Amir Tal said the outbreak was over.", "Amir Tal", "Director-General"},
		{"Attorney-General Ann Lee said the case was closed.", "Ann Lee", "Attorney-General"},
		{"Harley-Davidson said sales fell.", "Harley-Davidson", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			got := extract.Statements(clipping("The council met.\n\n"+tt.text, "2026-03-04", false))
			if len(got) != 1 || got[0].Speaker != tt.speaker || got[0].SpeakerTitle != tt.title {
				t.Fatalf("want %q (%q):%s", tt.speaker, tt.title, dump(got))
			}
		})
	}
}
