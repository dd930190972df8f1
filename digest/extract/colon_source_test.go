package extract_test

import "testing"

// TestColonSource has a sentence that opens with where a quotation comes
// from, then gives it after a colon: the source speaks it, a document's
// owner for a possessive; a time span before a colon names no one.
func TestColonSource(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "According to X: “...”, From the report: “...”, From X's post: “...”",
			text: "The council met on Monday.\n\nAccording to Jane Roe: “The mayor has lost the support of her own party.”\n\nThe county's engineers wrote a report on the bridges. From the report: “Most of the bridges in the county need urgent repair.”\n\nTom Reed answered on Facebook. From Reed's Facebook post: \"We will not give up on this town.\"",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Jane Roe", content: "The mayor has lost the support of her own party.", direct: 1},
				{content: "Most of the bridges in the county need urgent repair.", mention: "the report", direct: 1},
				{speaker: "Tom Reed", content: "We will not give up on this town.", mention: "Reed's", direct: 1},
			},
		},
		{
			name: "a span of time before the colon",
			text: "The council met on Monday.\n\nFrom January to March: “nothing changed,” Ann Lee said.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Lee", content: "nothing changed", direct: 1},
			},
			count: 1,
		},
	})
}
