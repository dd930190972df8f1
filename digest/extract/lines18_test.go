package extract_test

import "testing"

// TestLines18 holds made-up clippings whose lines read wrong after the
// sixteenth round's reviews (lines18). Published on Wednesday 2026-03-04
// (runProbes).
func TestLines18(t *testing.T) {
	runProbes(t, []probe{
		// "said and", a second subject and verb of speech: both share the clause
		{"Officials said and others confirmed the plan was dead.", []probeWant{{"Officials", "the plan was dead", "2026-03-04"}, {"others", "the plan was dead", "2026-03-04"}}},
		{"Officials said and union leaders confirmed that talks had failed.", []probeWant{{"Officials", "talks had failed", "2026-03-04"}, {"union leaders", "talks had failed", "2026-03-04"}}},
		{"Officials said and the talks ended.", []probeWant{}},
		// "said but later denied that ...": the denial has its own clause
		{"The minister said but later denied that the deal was signed.", []probeWant{{"minister", "the deal was signed", "2026-03-04"}}},
		// coordinated roles, the second with a noun before its head
		{"The mayor and the police chief said the road would reopen.", []probeWant{{"mayor and the police chief", "the road would reopen", "2026-03-04"}}},
		{"The police chief said the road would reopen.", []probeWant{{"police chief", "the road would reopen", "2026-03-04"}}},
		// a connective aside before an inverted cue that splits the clause
		{"The plan, however, said Ann Lee, would cost millions.", []probeWant{{"Ann Lee", "The plan … would cost millions", "2026-03-04"}}}, // (lines19: the connective is the writer's)
		{"The deal, in fact, said a spokesman, has not been signed.", []probeWant{{"spokesman", "The deal … has not been signed", "2026-03-04"}}},
		{"The mayor, however, said the plan would fail.", []probeWant{{"mayor", "the plan would fail", "2026-03-04"}}},
		// one word before an inverted cue is what was said
		{"Nonsense, said Tom Reed.", []probeWant{{"Tom Reed", "Nonsense", "2026-03-04"}}},
		{"Absolutely, said Ann Lee, the club's treasurer.", []probeWant{{"Ann Lee", "Absolutely", "2026-03-04"}}},
		// a relative clause's object after an article is a noun, and
		// "those who" heads a subject
		{"The lawyer who read the report said it was weak.", []probeWant{{"lawyer", "it was weak", "2026-03-04"}}},
		{"Those who saw the crash said the car was speeding.", []probeWant{{"Those", "the car was speeding", "2026-03-04"}}},
	})
}
