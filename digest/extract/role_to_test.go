package extract_test

import "testing"

// TestRoleToWhat: a title whose role is "to" a place or a body
// ("Ambassador to Norway") ends before the name that follows it, as one
// "for" a field does; a role "to" a person stays that person's.
func TestRoleToWhat(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "ambassador to a country, then the name",
			text: "The talks resumed.\n\nAmbassador to Norway Ruth Hale said the talks would go on.\n\n“We are close,” said Special Envoy to Syria Tom Aske.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ruth Hale", content: "the talks would go on", title: "Ambassador to Norway"},
				{speaker: "Tom Aske", content: "We are close", title: "Special Envoy to Syria"},
			},
		},
		{
			name: "what the role is to takes its the",
			text: "The talks resumed.\n\nEnvoy to the United Nations Tom Aske said the talks would go on.\n\n“We are close,” said Ambassador to the Netherlands Ruth Hale.\n\nThe bill will pass, said Special Envoy for the Middle East Dan Ortiz.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Tom Aske", content: "the talks would go on", title: "Envoy to the United Nations"},
				{speaker: "Ruth Hale", content: "We are close", title: "Ambassador to the Netherlands"},
				{speaker: "Dan Ortiz", content: "The bill will pass", title: "Special Envoy for the Middle East"},
			},
		},
		{
			name: "a role to a person stays whose it is",
			text: "The talks resumed.\n\nAn aide to Sen. Vera Lund said the talks would go on.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "aide to Sen. Vera Lund", content: "the talks would go on"},
			},
		},
		{
			name: "a role for the holder of a role stays whose it is",
			text: "The talks resumed.\n\nA spokesman for the Senate Majority Leader Tom Aske said the vote was close.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "spokesman for the Senate Majority Leader Tom Aske", content: "the vote was close"},
			},
		},
	})
}
