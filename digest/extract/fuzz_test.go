package extract_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// FuzzExtract feeds the extractor arbitrary text, cut into blocks at blank
// lines (the first one a headline when the text starts with '#'), and checks
// that it never panics, that every span lies inside the text and that every
// statement has a speaker and non-empty content matching its span.
func FuzzExtract(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(string(data))
		}
	}
	for _, s := range []string{
		"",
		"\n\n\n",
		"“",
		"”",
		"\"",
		"''",
		"``",
		"‘’",
		"“Unbalanced, he said.",
		"he said, “",
		"“A,” “B,” “C,” he said, “D” said “E”",
		"said said said according to according to",
		"According to",
		"was quoted as saying by",
		"Mr. Mrs. Dr. U.S. Sept. 13. J. R. R. Tolkien said it.",
		"#Kremlin Says 'Going Nowhere Fast'",
		"\xff\xfe\xfd said \xc3\x28 “\xe2\x82”",
		strings.Repeat("word ", 5000) + "he said.",
		strings.Repeat("“Quote, ", 300) + "he said.",
		strings.Repeat("(", 50) + "Peskov said" + strings.Repeat(")", 50),
		"The comments by on . said , , , : : that that",
		"He said yesterday a day after last month on February 31 in 0 that.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c := fuzzClipping(text)
		for _, s := range extract.Statements(c) {
			if err := s.Validate(len(c.Text)); err != nil {
				t.Fatalf("invalid statement %+v: %v", s, err)
			}
			if s.ContentSpan.Empty() || strings.TrimSpace(s.Content) == "" {
				t.Fatalf("empty content: %+v", s)
			}
			if want := spansText(c.Text, s); unbroken(want) != unbroken(s.Content) {
				t.Fatalf("content %q does not match its spans %v (%q)", s.Content, s.ContentSpans, want)
			}
			if s.SaidOnPrecision == "" {
				t.Fatalf("no date precision: %+v", s)
			}
		}
	})
}

// fuzzClipping cuts text into blocks at blank lines, with empty blocks and
// blocks that overrun the text left in to test the extractor's guards.
func fuzzClipping(text string) *digest.Clipping {
	c := &digest.Clipping{Text: text, Published: time.Date(2025, 7, 29, 0, 0, 0, 0, time.UTC)}
	start := 0
	for start <= len(text) {
		end := strings.Index(text[start:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		kind := digest.BlockBody
		if start == 0 && strings.HasPrefix(text, "#") {
			kind = digest.BlockHeadline
		}
		c.Blocks = append(c.Blocks, digest.Block{Span: digest.Span{start, end}, Kind: kind})
		start = end + 2
	}
	c.Blocks = append(c.Blocks, digest.Block{Span: digest.Span{len(text) / 2, len(text) + 10}}, digest.Block{Span: digest.Span{5, 2}})
	return c
}

// unbroken drops a hyphen and the space after it between two lower-case
// letters: a word a hard wrap broke ("over-\nsight", folded "over- sight")
// is one word in the content, "oversight". A dash between words ("A -
// B") stays, so a content that lost it still fails.
func unbroken(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '-' && strings.HasPrefix(s[i+1:], " ") {
			before, _ := utf8.DecodeLastRuneInString(s[:i])
			after, _ := utf8.DecodeRuneInString(s[i+2:])
			if unicode.IsLower(before) && unicode.IsLower(after) {
				i++ // the space too
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// spansText is what a statement's content should read from its spans: the
// content span with its white space folded, or for a quote broken by its
// attribution each part folded and joined with " … ".
func spansText(text string, s digest.Statement) string {
	if len(s.ContentSpans) < 2 {
		return digest.FoldSpace(text[s.ContentSpan[0]:s.ContentSpan[1]])
	}
	parts := make([]string, len(s.ContentSpans))
	for i, p := range s.ContentSpans {
		parts[i] = digest.FoldSpace(text[p[0]:p[1]])
	}
	return strings.Join(parts, " … ")
}
