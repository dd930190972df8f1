package extract_test

import "testing"

// TestRv25Fronted: a fronted adverbial before an inverted attribution opens
// with any preposition ("Under", "For", not only the lexicon's "In") or an
// adverb of stance or time not in -ly ("Perhaps", "Instead", "Later"); the
// word before the cue is no speaker. Published on 2026-03-04 (runProbes).
func TestRv25Fronted(t *testing.T) {
	runProbes(t, []probe{
		{"Under the plan, said the governor, taxes would rise.", []probeWant{{"governor", "Under the plan … taxes would rise", "2026-03-04"}}},
		{"For now, said Tom Reed, the city would pay.", []probeWant{{"Tom Reed", "For now … the city would pay", "2026-03-04"}}},
		{"Perhaps, said Tom Reed, we should wait.", []probeWant{{"Tom Reed", "Perhaps … we should wait", "2026-03-04"}}},
		{"Instead, said Ann Lee, the board voted to wait.", []probeWant{{"Ann Lee", "Instead … the board voted to wait", "2026-03-04"}}},
		{"Later, said the mayor, the council gave in.", []probeWant{{"mayor", "Later … the council gave in", "2026-03-04"}}},
		// guards: a one-word answer, a subject split by the attribution
		{"Perhaps, said Tom Reed.", []probeWant{{"Tom Reed", "Perhaps", "2026-03-04"}}},
		{"Crime, the chief said, fell sharply last year.", []probeWant{{"chief", "Crime … fell sharply last year", "2026-03-04"}}},
	})
}

// TestRv25ObjectRelative: the object of a relative clause on the subject
// has a relative clause of its own whose verb is one of speech or
// evidence ("the book that police found") or whose noun is one ("the
// report that critics praised"): neither is a cue; the sentence's verb
// after them is.
func TestRv25ObjectRelative(t *testing.T) {
	runProbes(t, []probe{
		{"The woman who wrote the book that police found said she was done.", []probeWant{{"woman", "she was done", "2026-03-04"}}},
		{"The woman who wrote the report that critics praised said she was done.", []probeWant{{"woman", "she was done", "2026-03-04"}}},
		{"The woman who wrote the report that police found said she had no idea.", []probeWant{{"woman", "she had no idea", "2026-03-04"}}},
		// guards
		{"The woman who wrote the book that critics praised said she was done.", []probeWant{{"woman", "she was done", "2026-03-04"}}},
		{"The aide who wrote the memo was fired.", []probeWant{}},
	})
}

// TestRv25ShortAnswer: an answer word with "not" after it is a short
// answer as the word alone is ("Absolutely not, said Tom Reed."), before
// an inverted cue or a plain one; it is no speaker.
func TestRv25ShortAnswer(t *testing.T) {
	runProbes(t, []probe{
		{"Absolutely not, said Tom Reed.", []probeWant{{"Tom Reed", "Absolutely not", "2026-03-04"}}},
		{"Probably not, said Ann Lee, the club's treasurer.", []probeWant{{"Ann Lee", "Probably not", "2026-03-04"}}},
		{"Certainly not, the mayor said.", []probeWant{{"mayor", "Certainly not", "2026-03-04"}}},
		// guards
		{"Nonsense, said Tom Reed.", []probeWant{{"Tom Reed", "Nonsense", "2026-03-04"}}},
		{"Later, the mayor said.", []probeWant{}},
		{"Not now, the mayor said.", []probeWant{}},
	})
}

// TestRv25SaidAndTold: "said and" before a verb of telling: the one told
// is no content, whether the verb shares the first subject ("said and told
// reporters the plan was dead") or has its own ("said and officials told
// the council that ...").
func TestRv25SaidAndTold(t *testing.T) {
	runProbes(t, []probe{
		{"Ann Lee said and told reporters the plan was dead.", []probeWant{{"Ann Lee", "the plan was dead", "2026-03-04"}}},
		{"Ann Lee said and told the council that the plan was dead.", []probeWant{{"Ann Lee", "the plan was dead", "2026-03-04"}}},
		{"Tom Reed said and officials told the council that the plan was dead.", []probeWant{{"Tom Reed", "the plan was dead", "2026-03-04"}, {"officials", "the plan was dead", "2026-03-04"}}},
		// guards
		{"Tom Reed said and sources told reporters the plan was dead.", []probeWant{{"Tom Reed", "the plan was dead", "2026-03-04"}, {"sources", "the plan was dead", "2026-03-04"}}},
		{"Ann Lee said and wrote that the plan was dead.", []probeWant{{"Ann Lee", "the plan was dead", "2026-03-04"}}},
	})
}
