package digest

import (
	"strings"
	"testing"
)

// TestTitleBefore checks that a title written before a name (every word
// capitalised: "Senator", "Health Secretary", "U.S. District Judge") reads
// there in a line, and a role with its body or in lower case after it.
// Made-up speakers.
func TestTitleBefore(t *testing.T) {
	src := Source{ClippingID: 1, Outlet: "Island Post", Published: day("2025-09-05")}
	for _, tt := range []struct{ title, want string }{
		{"Senator", "Senator Tom Reed said the ferries would run."},
		{"Health Secretary", "Health Secretary Tom Reed said the ferries would run."},
		{"U.S. District Judge", "U.S. District Judge Tom Reed said the ferries would run."},
		{"health secretary", "Tom Reed, health secretary, said the ferries would run."},
		{"CEO of Acme Robotics", "Tom Reed, CEO of Acme Robotics, said the ferries would run."},
		{"Chairman and CEO", "Tom Reed, Chairman and CEO, said the ferries would run."},
	} {
		e := placed(entry(1, 1, "Tom Reed", tt.title, "the ferries would run", false, "", src), 10)
		e.Cue = "said"
		if got := Compose([]Entry{e}, ComposeOptions{Now: digestNow}).Text(); !strings.Contains(got, "\n• "+tt.want+"\n") {
			t.Errorf("title %q: digest:\n%s\nwant the line %q", tt.title, got, tt.want)
		}
	}
}
