package digest

import (
	"strings"
	"testing"
)

// A speaker described by a singular common noun takes an article; names,
// plurals and quantities do not.
func TestWithArticle(t *testing.T) {
	tests := []struct {
		name  string
		again bool
		want  string
	}{
		{"spokesman", false, "a spokesman"},
		{"spokesman", true, "the spokesman"},
		{"official", false, "an official"},
		{"union official", false, "a union official"},
		{"person close to the talks", false, "a person close to the talks"},
		{"harbour board", false, "the harbour board"},       // an organisation
		{"mayor's office", false, "the mayor's office"},     // a possessive
		{"same survey", false, "the same survey"},           // "same" is definite
		{"officials", false, "officials"},                   // plural
		{"ferry workers here", false, "ferry workers here"}, // plural before the adverb
		{"exit polls reported by radio", false, "exit polls reported by radio"},
		{"councilmen", false, "councilmen"},         // plural in -men
		{"people I asked", false, "people I asked"}, // irregular plural
		{"many drivers", false, "many drivers"},     // a quantifier
		{"nearly three in five", false, "nearly three in five"},
		{"22 percent", false, "22 percent"}, // a number
		{"six-million people", false, "six-million people"},
		{"Marta Lopez", false, "Marta Lopez"},       // a name
		{"pastor Ada Obi", false, "pastor Ada Obi"}, // a title before a name
		{"news report", false, "a news report"},     // "news" is no plural
	}
	for _, tt := range tests {
		if got := withArticle(tt.name, tt.again); got != tt.want {
			t.Errorf("withArticle(%q, %v) = %q, want %q", tt.name, tt.again, got, tt.want)
		}
	}
	for _, tt := range []struct{ title, want string }{
		{"mayor's press secretary", "the mayor's press secretary"},
		{"press secretary", "press secretary"},
		{"Mayor's press secretary", "Mayor's press secretary"},
	} {
		if got := theRole(tt.title); got != tt.want {
			t.Errorf("theRole(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
	// In a line, the article opens the sentence with its capital.
	e := entry(1, 9, "spokesman", "", "the ferry would run", false, "", srcMT2017)
	e.Cue = "said"
	if got := SentenceText(e, 200, "", ""); got != "A spokesman said the ferry would run." {
		t.Errorf("SentenceText = %q", got)
	}
}

// A transcript's speaker set in capitals reads as a name; an acronym stays.
func TestNameCase(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"MARTA LOPEZ", "Marta Lopez"},
		{"LOPEZ", "Lopez"},
		{"ESPN", "ESPN"},
		{"BBC NEWS", "BBC NEWS"},
		{"Marta Lopez", "Marta Lopez"},
	} {
		if got := nameCase(tt.in); got != tt.want {
			t.Errorf("nameCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	e := placed(entry(1, 1, "MARTA LOPEZ", "", "The ferries will run", false, "", srcMT2017), 10)
	e.Cue = ":"
	if got := Compose([]Entry{e}, ComposeOptions{Now: digestNow}).Text(); !strings.Contains(got, "\n• Marta Lopez: The ferries will run.\n") {
		t.Errorf("digest:\n%s\nwant the line 'Marta Lopez: The ferries will run.'", got)
	}
}
