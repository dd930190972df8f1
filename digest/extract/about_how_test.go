package extract_test

import "testing"

// TestAboutHow: a clause opened by "how", "what", "why" or "whether"
// after "spoke about", "talks about", "wrote about" or "boasted of" is
// what was said; a topic after them is not, and "speak" or "talk" is no
// verb of speech elsewhere.
func TestAboutHow(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a question word's clause after about or of",
			text: "The rally ended.\n\nAs Lena Karas spoke about how the depot had been looted, video played on the screens.\n\nTom Reed talked about what he will do after the vote.\n\nAnn Voss frequently talks about how she pushed the council to hire more nurses.\n\nTom Reed wrote about why the tax had hurt small farms.\n\nNina Ortiz boasted of how the inquiry was hurting her rival in the polls.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Lena Karas", content: "how the depot had been looted"},
				{speaker: "Tom Reed", content: "what he will do after the vote"},
				{speaker: "Ann Voss", content: "how she pushed the council to hire more nurses"},
				{speaker: "Tom Reed", content: "why the tax had hurt small farms"},
				{speaker: "Nina Ortiz", content: "how the inquiry was hurting her rival in the polls"},
			},
		},
		{
			// the second clause's "spoke about how" is an attribution of its
			// own, as "said" is: the first content ends before its ", and"
			// (rv18)
			name: "a second speaker's about-clause after , and",
			text: "The rally ended.\n\nCritics spoke about why the law had failed, and the minister spoke about how it would be fixed.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Critics", content: "why the law had failed"},
				{speaker: "minister", content: "how it would be fixed"},
			},
			none: []string{"failed, and"},
		},
		{
			name: "a progressive of talk",
			text: "The rally ended.\n\nThe nurses Jon Meza and Ben Meza were talking about why they had come to the rally.",
			pub:  "2026-03-04",
			want: []want{
				{content: "why they had come to the rally"},
			},
		},
		{
			name: "a topic, or talk without a clause, says nothing",
			text: "The rally ended.\n\nTom Reed spoke about the budget for an hour.\n\nAnn Voss talked to reporters at the rally.\n\nThe mayor plans to talk about how to fix the roads.\n\nThe mayor spoke about how to pave the bridge.\n\nAnn Voss wrote about what to do with the surplus.",
			pub:  "2026-03-04",
			none: []string{"budget", "rally", "roads", "bridge", "surplus"},
		},
	})
}
