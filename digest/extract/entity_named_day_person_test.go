package extract_test

import "testing"

// TestNamedDayNotAPerson: a person whose family name is Day, after "by"
// or "after" ("letters written by Doris Day", "opened by Mayor Ann Day"),
// is a name, not a named day; only a holiday's words before "Day" make
// one ("on Christmas Day", "since Election Day").
func TestNamedDayNotAPerson(t *testing.T) {
	const pub = "2026-12-07"
	runStatements(t, []statementCase{
		{name: "by a singer", pub: pub,
			text: "The archive holds letters written by Doris Day in the 1950s. She said in one letter that she missed Ohio.",
			want: []want{{speaker: "Doris Day", content: "she missed Ohio"}}},
		{name: "by a mayor with her title", pub: pub,
			text: "The museum was opened by Mayor Ann Day on Friday. She said the collection would travel.",
			want: []want{{speaker: "Ann Day", content: "the collection would travel"}}},
		{name: "after a singer and her verb", pub: pub,
			text: "The crowd stood after Doris Day sang the anthem. She said she was moved.",
			want: []want{{speaker: "Doris Day", content: "she was moved"}}},
	})
}
