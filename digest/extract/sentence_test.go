package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

func splitText(text string, headline bool) []string {
	var out []string
	for _, sp := range extract.Sentences(text, digest.Span{0, len(text)}, headline) {
		out = append(out, text[sp[0]:sp[1]])
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		headline bool
		want     []string
	}{
		{"plain", "The talks stalled. Peskov said so.", false,
			[]string{"The talks stalled.", "Peskov said so."}},
		{"titles and initials", "Mr. Smith met Gov. Jerry Brown and Donald J. Trump on Sept. 13. It went well.", false,
			[]string{"Mr. Smith met Gov. Jerry Brown and Donald J. Trump on Sept. 13.", "It went well."}},
		{"a year ends a sentence", "The war began in 2022. It goes on.", false,
			[]string{"The war began in 2022.", "It goes on."}},
		{"a priest's and a corporal's titles", "They heard Fr. Tom Ames and Cpl. Jo Ruiz. It rained.", false,
			[]string{"They heard Fr. Tom Ames and Cpl. Jo Ruiz.", "It rained."}},
		{"U.S. inside a sentence", "He met U.S. officials in Washington, D.C. on Friday.", false,
			[]string{"He met U.S. officials in Washington, D.C. on Friday."}},
		{"U.S. at the end of a sentence", "Ties with the U.S. It was not to be.", false,
			[]string{"Ties with the U.S.", "It was not to be."}},
		{"a quote over several sentences stays with its cue", "“Moscow pressed for dialogue. We met no reciprocity,” Peskov said. Then he left.", false,
			[]string{"“Moscow pressed for dialogue. We met no reciprocity,” Peskov said.", "Then he left."}},
		{"a question quoted before its attribution", "“Why not?” Trump asked. Nobody answered.", false,
			[]string{"“Why not?” Trump asked.", "Nobody answered."}},
		{"a roundup's credit in brackets after a quotation", "Jane Roe writes: “Turnout fell in every county.” [Daily Planet.] More from Roe below.", false,
			[]string{"Jane Roe writes: “Turnout fell in every county.”", "[Daily Planet.]", "More from Roe below."}},
		{"a roundup's credit in brackets after a sentence", "Jane Roe explains why the count took a week. [Daily Planet.] More below.", false,
			[]string{"Jane Roe explains why the count took a week.", "[Daily Planet.]", "More below."}},
		{"a quote that ends a sentence", "He said it was “over.” The room went quiet.", false,
			[]string{"He said it was “over.”", "The room went quiet."}},
		{"two quotations in a row", "“It may well be.” “You need two to tango.”", false,
			[]string{"“It may well be.”", "“You need two to tango.”"}},
		{"lower case after a dot is not a new sentence", "It costs 2.5 percent, i.e. a lot. Or not.", false,
			[]string{"It costs 2.5 percent, i.e. a lot.", "Or not."}},
		{"an unclosed quotation runs to the end of the block", "“We will win. We are strong.", false,
			[]string{"“We will win. We are strong."}},
		{"headlines do not split at abbreviations", "Kremlin Says Russia Proposed Normalization With U.S. After Trump's Election", true,
			[]string{"Kremlin Says Russia Proposed Normalization With U.S. After Trump's Election"}},
		{"exclamation and ellipsis", "Wow! That was it… Then silence.", false,
			[]string{"Wow!", "That was it…", "Then silence."}},
		{"a parenthesis of its own", "He left. (“We are done,” he said.) It ended.", false,
			[]string{"He left.", "(“We are done,” he said.)", "It ended."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitText(tt.text, tt.headline)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestSentencesPolNeAR splits every paragraph of the PolNeAR train texts
// and checks what a news splitter must get right there: sentences in order,
// inside their paragraph, none ending on a title or an initial, and almost
// none starting with a lower-case letter.
func TestSentencesPolNeAR(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(polnearTrain, "*.txt"))
	if len(paths) == 0 {
		t.Skip("PolNeAR train texts not found at " + polnearTrain)
	}
	titles := map[string]bool{"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true, "Sen.": true, "Gov.": true,
		"Rep.": true, "Gen.": true, "Lt.": true, "Sept.": true, "Jan.": true, "Feb.": true, "Aug.": true, "Oct.": true, "Nov.": true, "Dec.": true}
	sentences, lower := 0, 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		start := 0
		for start < len(text) {
			end := strings.Index(text[start:], "\n\n")
			if end < 0 {
				end = len(text)
			} else {
				end += start
			}
			prev := start
			spans := extract.Sentences(text, digest.Span{start, end}, false)
			for k, sp := range spans {
				if sp[0] < prev || sp[1] > end || sp[1] <= sp[0] {
					t.Fatalf("%s: sentence %v out of order or outside paragraph [%d,%d)", filepath.Base(p), sp, start, end)
				}
				prev = sp[1]
				s := text[sp[0]:sp[1]]
				sentences++
				fields := strings.Fields(s)
				last := fields[len(fields)-1]
				if k < len(spans)-1 && (titles[last] || len(last) == 2 && last[1] == '.' && unicode.IsUpper(rune(last[0]))) {
					t.Errorf("%s: sentence ends on %q: %q", filepath.Base(p), last, s)
				}
				if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) {
					lower++
				}
			}
			start = end + 2
		}
	}
	if sentences < 10000 {
		t.Errorf("only %d sentences in the train split", sentences)
	}
	if float64(lower) > 0.01*float64(sentences) {
		t.Errorf("%d of %d sentences start in lower case", lower, sentences)
	}
	t.Logf("%d sentences, %d starting in lower case", sentences, lower)
}

// TestSentencesBoundLength checks that text with no sentence end is read in
// bounded pieces (reading a sentence costs the square of its length, so a
// megabyte without a full stop would hang ingest), each cut after a comma
// where one lies near the limit, and that no text is lost.
func TestSentencesBoundLength(t *testing.T) {
	text := strings.Repeat("who said it, and he said ", 2000) // 14,000 tokens, no full stop
	got := extract.Sentences(text, digest.Span{0, len(text)}, false)
	if len(got) < 10 {
		t.Fatalf("%d sentences over %d bytes without a full stop, want the text cut into bounded pieces", len(got), len(text))
	}
	for i, sp := range got {
		piece := text[sp[0]:sp[1]]
		if n := len(strings.Fields(piece)); n > 1500 {
			t.Errorf("piece %d has %d words", i, n)
		}
		if i < len(got)-1 && !strings.HasSuffix(piece, ",") {
			t.Errorf("piece %d ends %q, want a cut after a comma", i, piece[max(0, len(piece)-20):])
		}
		if i > 0 && strings.TrimSpace(text[got[i-1][1]:sp[0]]) != "" {
			t.Errorf("text lost between pieces %d and %d", i-1, i)
		}
	}
}
