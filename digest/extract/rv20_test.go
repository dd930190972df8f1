package extract_test

import "testing"

// TestRV20 holds made-up clippings whose lines read wrong after lines17,
// found in rv20's review. Published on Wednesday 2026-03-04 (runProbes).
func TestRV20(t *testing.T) {
	runProbes(t, []probe{
		// a cue word in -s after an article in the relative's object is a
		// plural noun: the sentence's verb of speech comes after it
		{"The lawyer who reported the claims said the police lied.", []probeWant{{"lawyer", "the police lied", "2026-03-04"}}},
		{"The official who announced the cuts says the budget is tight.", []probeWant{{"official", "the budget is tight", "2026-03-04"}}},
		{"The man who wrote the checks said he was innocent.", []probeWant{{"man", "he was innocent", "2026-03-04"}}},
		{"The aide who wrote the memo claims the plan is dead.", []probeWant{{"aide", "the plan is dead", "2026-03-04"}}},
		// the sentence's verb of speech after an auxiliary
		{"The reporter who wrote the story has said it was accurate.", []probeWant{{"reporter", "it was accurate", ""}}},
		{"The reporter who wrote the story would not say whether it was accurate.", []probeWant{}},
		// a verb of speech, "and"/"or"/"but", and a second verb whose
		// "that" clause both share: the clause, not the second predicate
		{"The governor said and then repeated that the strike was over.", []probeWant{{"governor", "the strike was over", "2026-03-04"}}},
		{"The governor said or implied that the strike was over.", []probeWant{{"governor", "the strike was over", "2026-03-04"}}},
		{"The minister said and also argued that the tax was unfair.", []probeWant{{"minister", "the tax was unfair", "2026-03-04"}}},
		{"The governor said and did nothing else.", []probeWant{}},
	})
}
