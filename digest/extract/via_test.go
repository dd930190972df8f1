package extract_test

import "testing"

// TestViaOwnAttribution: an outlet named in an attribution ("in an
// interview with Fox News", "speaking to CNN") is that attribution's
// statement's, not that of a statement earlier in the sentence whose
// clause runs on to the sentence's end.
func TestViaOwnAttribution(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "a later speaker's interview",
		text: "Tax fight\n\nThe plan will cost more, Lee said, while the tax is fair, Aske said in an interview with Fox News.\n\n" +
			"“The plan will cost more,” Lee said, but Aske, speaking to CNN, said the tax was fair.",
		pub: "2026-12-03",
		want: []want{
			{speaker: "Lee", content: "The plan will cost more", via: "-"},
			{speaker: "Aske", content: "the tax is fair", via: "Fox News"},
			{speaker: "Lee", content: "The plan will cost more", via: "-"},
			{speaker: "Aske", content: "the tax was fair", via: "CNN", audience: "CNN"},
		},
	}})
}
