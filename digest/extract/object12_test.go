package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestWrittenThing checks, in made-up sentences, that a verb of writing
// whose noun-phrase object names only the thing written ("wrote a
// children's book", "wrote his dissertation on ...", "the letter" before
// a date and an addressee, "a detailed," cut at the comma between two
// adjectives) gives no statement, by the rules alone and with the model,
// and that the words before its subject are then not read as what was
// written.
func TestWrittenThing(t *testing.T) {
	for _, tt := range []struct{ text, no string }{
		{"Lena Ortiz, a former nurse, earned a law degree and wrote a children's book about her grandmother.", "book"},
		{"Amos Reed wrote his dissertation on farm credit in the 1930s.", "dissertation"},
		{"Dana Pell wrote the foreword for a new history of the county.", "foreword"},
		{"Senator Joan Marsh wrote the letter on Tuesday to the agency's acting director.", "letter"},
		{"The firm wrote a detailed, four-page letter to the board, calling the audit “careless and unfair.”", "detailed"},
		{"Small firms such as Acme, Orbis and Zenta wrote a long report on the tax.", "firms"}, // no fronted content: the verb has its object
	} {
		c := clipping(tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if strings.Contains(s.Content, tt.no) {
					t.Errorf("%s: %q: want no statement of the thing written, got %s", run, tt.text, dump(got))
				}
			}
		})
	}
}

// TestWrittenWords checks that a verb of writing keeps its object when
// the object carries words: a participle ("an op-ed urging ..."), a
// quotation, a relative clause.
func TestWrittenWords(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{"participle", "Governor Amos Reed wrote an op-ed urging lawmakers to repair the bridges.", "Governor Amos Reed", "an op-ed urging lawmakers to repair the bridges"},
		{"a book called", "Dana Pell is writing a book called “The Long Road Home.”", "Dana Pell", "a book called “The Long Road Home.”"},
	})
}

// TestDateBeforeSubject checks that a date phrase and its comma opening
// the sentence are not the speaker of a participle after the subject's
// deed ("Late last month, the company sent a letter ..., calling ...").
func TestDateBeforeSubject(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{"late last month", "Late last month, the company sent a long letter to the board, calling the audit “careless and unfair.”", "the company", "the audit “careless and unfair.”"},
	})
}
