package extract_test

import (
	"testing"
	"time"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestDatelineDay: a wire dateline's day is the story's today, for a
// statement without a date phrase and for a weekday counted back, when the
// clipping was published within a week of it or, undated, added within a
// year after it.
func TestDatelineDay(t *testing.T) {
	const story = "Budget outlook brightens\n\nLONDON, March 12 (Reuters) - The finance minister said on Wednesday the economy would grow faster. The minister said the budget would stay balanced."
	for _, tc := range []struct {
		name, text, pub, added string
		want                   map[string]string // content -> said on
	}{
		{
			name: "published a week after the dateline",
			text: story, pub: "2026-03-19",
			want: map[string]string{"the economy would grow faster": "2026-03-11", "the budget would stay balanced": "2026-03-12"},
		},
		{
			name: "published long after the dateline: the dateline is not of this clipping's news",
			text: story, pub: "2026-05-19",
			want: map[string]string{"the economy would grow faster": "2026-05-13", "the budget would stay balanced": "2026-05-19"},
		},
		{
			name: "undated, added after the dateline: the year is the one before the day added",
			text: story, added: "2027-01-05",
			want: map[string]string{"the economy would grow faster": "2026-03-11", "the budget would stay balanced": "2026-03-12"},
		},
		{
			name: "a press release's dateline gives its year",
			text: "Orbis raises funds\n\nOSLO, March 1, 2023 /PRNewswire/ -- Orbis has raised $50 million.\n\nIts chief executive, Kari Lund, said hiring would triple.",
			want: map[string]string{"hiring would triple": "2023-03-01"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := clipping(tc.text, tc.pub, true)
			if tc.added != "" {
				c.Added, _ = time.Parse("2006-01-02", tc.added)
			}
			got := extract.Rules.Statements(c)
			for content, day := range tc.want {
				st := find(got, content)
				if st == nil {
					t.Fatalf("no statement %q in %s", content, dump(got))
				}
				if st.SaidOn != day {
					t.Errorf("%q said on %s, want %s", content, st.SaidOn, day)
				}
			}
		})
	}
}
