package extract_test

import "testing"

// TestProbeDates has the date cases found by reading made-up clippings of
// forms no one tuned for.
func TestProbeDates(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a participle going on with a main clause dated before its verb takes that date",
			text: "PARIS (AP) — Labour Minister Claire Dubois on Sunday defended the pension overhaul, saying the system would go bankrupt without it.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Claire Dubois", content: "the system would go bankrupt without it", saidOn: "2026-03-01", title: "Labour Minister"}},
		},
		{
			name: "a participle after a main clause dated after its object takes that date",
			text: "Labour Minister Claire Dubois defended the pension overhaul on Sunday, saying the system would go bankrupt without it.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Claire Dubois", content: "the system would go bankrupt without it", saidOn: "2026-03-01", title: "Labour Minister"}},
		},
		{
			name: "a participle after a main clause whose date is another event's stays at publication",
			text: "Labour Minister Claire Dubois, who met the unions on Sunday, defended the pension overhaul, saying the system would go bankrupt without it.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Claire Dubois", content: "the system would go bankrupt without it", saidOn: "2026-03-04", title: "Labour Minister"}},
		},
		{
			name: "the present perfect tells no day",
			text: "The court ruled on Tuesday.\n\nProsecutor Maria Lopez has said the case was built on solid evidence. Tom Reed, who has also said he will appeal, spoke on Monday. The clinic’s owners have repeatedly told reporters they did nothing wrong.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Maria Lopez", content: "the case was built on solid evidence", saidOn: "-"},
				{speaker: "Tom Reed", content: "he will appeal", saidOn: "-"},
				{content: "they did nothing wrong", saidOn: "-"},
			},
		},
		{
			name: "the present perfect of the lede is the news of the day",
			text: "The ministry has said that the border will reopen next week.\n\nTrucks queued for hours on Tuesday.",
			pub:  "2026-03-04",
			want: []want{{content: "the border will reopen next week", saidOn: "2026-03-04"}},
		},
		{
			name: "a day earlier counts from the day the story has reached",
			text: "A federal judge on Tuesday cleared the coach of all charges.\n\nA day earlier, Jannik Berger told reporters he expected the acquittal.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Jannik Berger", content: "he expected the acquittal", saidOn: "2026-03-02"}},
		},
		{
			name: "a day said inside what was said is no day the story has reached",
			text: "Mayor Ann Lee said the council would vote on Monday.\n\nThe day before, Tom Reed told reporters he would abstain.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Tom Reed", content: "he would abstain", saidOn: "2026-03-03"}},
		},
		{
			name: "as much points back, and the day after it dates the saying",
			text: "The coach was fired on Tuesday.\n\nErik Holm had told friends as much on Friday.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Erik Holm", content: "as much", saidOn: "2026-02-27", audience: "friends"}},
		},
		{
			name: "a year opening the sentence before a comma frames the saying",
			text: "The court ruled on Tuesday.\n\nIn 2021, Mayor Lena Varga said the levy was lawful.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Lena Varga", content: "the levy was lawful", saidOn: "2021", title: "Mayor"}},
		},
		{
			name: "a year opening a sentence that the attribution interrupts is what was said",
			text: "The court ruled on Tuesday.\n\nIn 2021, Varga said, the levy had raised twice the sum.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Varga", content: "the levy had raised twice the sum", saidOn: "2026-03-04"}},
		},
		{
			name: "last May is a month like last March",
			text: "The court ruled on Tuesday.\n\nLast May, Tomas Brenner told the council that the case would be dismissed.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Tomas Brenner", content: "the case would be dismissed", saidOn: "2025-05", audience: "the council"}},
		},
		{
			name: "once before the cue says some time ago",
			text: "The court ruled on Tuesday.\n\nAs Mayor Lena Varga once said, the levy was lawful. Varga once again said the levy was fair.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Lena Varga", content: "the levy was lawful", saidOn: "-", title: "Mayor"},
				{speaker: "Lena Varga", content: "the levy was fair", saidOn: "2026-03-04"},
			},
		},
		{
			name: "a weekday's event the saying was part of dates it",
			text: "The court ruled on Tuesday.\n\nIn Sunday's debate, Mayor Lena Varga said the levy was lawful. Tomas Brenner said at Monday's rally that he would appeal.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Lena Varga", content: "the levy was lawful", saidOn: "2026-03-01", title: "Mayor"},
				{speaker: "Tomas Brenner", content: "he would appeal", saidOn: "2026-03-02"},
			},
		},
		{
			name: "a weekday's event that is what was said dates nothing",
			text: "The court ruled on Tuesday.\n\nTomas Brenner said Monday's ruling was wrong.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Tomas Brenner", content: "Monday's ruling was wrong", saidOn: "2026-03-04"}},
		},
		{
			name: "this morning and yesterday morning are days, not what was said",
			text: "The court ruled on Tuesday.\n\nTomas Brenner said this morning that he would appeal. Lena Varga said yesterday morning that the levy was lawful.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Tomas Brenner", content: "he would appeal", saidOn: "2026-03-04"},
				{speaker: "Lena Varga", content: "the levy was lawful", saidOn: "2026-03-03"},
			},
			none: []string{"morning"},
		},
	})
}
