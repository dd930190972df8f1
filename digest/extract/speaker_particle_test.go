package extract_test

import "testing"

// TestParticleSurname: a surname joined to its particle by a hyphen, in
// lower case, still ends the speaker's name after its title.
func TestParticleSurname(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "an Arabic article before the surname",
			text: "Talks ended on Tuesday.\n\nIraqi Prime Minister Karim Hadi al-Rawi said the agreement would ease shortages in the south.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Karim Hadi al-Rawi", content: "the agreement would ease shortages in the south", title: "Iraqi Prime Minister"}},
		},
		{
			name: "el before the surname",
			text: "Talks ended on Tuesday.\n\nEgyptian Foreign Minister Samir Adel el-Masri said the border would stay open.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Samir Adel el-Masri", content: "the border would stay open", title: "Egyptian Foreign Minister"}},
		},
	})
}
