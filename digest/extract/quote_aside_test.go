package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestAsideQuote checks, in made-up sentences, that a quotation closing
// the sentence after a verb of speech, words of circumstance and a comma
// is what was said (quote_aside.go), and that words of circumstance with a
// verb of speech or a quotation of their own make none.
func TestAsideQuote(t *testing.T) {
	tests := []struct {
		text    string
		speaker string
		content string // the content starts with this; "": no statement of the speaker
	}{
		{"Jane Roe told the farmers who had gathered in the town hall, “Nobody will take your land.”", "Jane Roe", "Nobody will take"},
		{"Jane Roe announced on her campaign page, in bold letters, “I am leaving the race today!”", "Jane Roe", "I am leaving"},
		{"Tom Gray said on the radio on Monday, in answer to a caller, “The bridge will open in May.”", "Tom Gray", "The bridge will open"},
		{"Tom Gray said on the radio, as his rival had written, “The bridge will open in May.”", "Tom Gray", ""},
		// words that say what or when before a colon and the quotation
		// closing the sentence (quote_aside.go quoteAfterColon)
		{"Jane Roe has said the same thing at every stop this spring: “The bridge will open in May.”", "Jane Roe", "The bridge will open"},
		{"Jane Roe said she had one more promise: “The bridge will open in May.”", "Jane Roe", "she had one more promise"},
		// a short phrase opened by a determiner speaks whatever its head
		// (cue_subject.go speakerPhrase, quote_aside.go detPhrase)
		{"“Why would anyone vote for a plan like that?” the 43-year-old asked at the meeting.", "43-year-old", "Why would anyone vote"},
		// "by saying" after an object: the clause's subject goes on
		// (cue_participle.go clauseLink), no noun phrase "the speech by"
		{"Jane Roe closed the meeting by saying “We will be back next year.”", "Jane Roe", "We will be back"},
		// a quotation opening in lower case goes on with the sentence
		// after a dotted abbreviation (sentence.go lowerQuote)
		{"Jane Roe said the U.S. “does not have the money to rebuild every bridge.”", "Jane Roe", "the U.S. “does not have"},
	}
	for _, tt := range tests {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if strings.HasSuffix(s.Speaker, tt.speaker) {
					if tt.content == "" {
						t.Errorf("%s: %q: want no statement of %s, got %s", run, tt.text, tt.speaker, dump(got))
					} else if !strings.HasPrefix(s.Content, tt.content) {
						t.Errorf("%s: %q: want content %q..., got %q", run, tt.text, tt.content, s.Content)
					}
					return
				}
			}
			if tt.content != "" {
				t.Errorf("%s: %q: missing %s in %s", run, tt.text, tt.speaker, dump(got))
			}
		})
	}
}
