package store

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// wholeBlockContext is the context as first written: the whole block folded
// up to and after the statement. statementContext must agree with it.
func wholeBlockContext(c *digest.Clipping, st *digest.Statement) string {
	from, to := st.ContentSpan.Start(), st.ContentSpan.End()
	var before, after string
	for _, b := range c.Blocks {
		if b.Span.Start() <= from && from < b.Span.End() {
			before = digest.FoldSpace(c.Text[b.Span.Start():from])
			if to <= b.Span.End() {
				after = digest.FoldSpace(c.Text[to:b.Span.End()])
			}
			break
		}
	}
	return joinContext(c.Headline, before, after)
}

func TestStatementContextMatchesWholeBlock(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	words := []string{"a", "minister", "said", "Пески", "über", "x", "  ", "\n\n", "\t", "longerwordwithoutspaces", "é"}
	for trial := 0; trial < 300; trial++ {
		var b strings.Builder
		for b.Len() < 50+r.Intn(3000) {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		c := &digest.Clipping{Text: text}
		if trial%2 == 0 {
			c.Headline = "Headline"
		}
		// Two or three blocks that cover the text in order.
		cut := r.Intn(len(text))
		c.Blocks = []digest.Block{{Span: digest.Span{0, cut}}, {Span: digest.Span{cut, len(text)}}}
		for k := 0; k < 20; k++ {
			from := r.Intn(len(text))
			to := from + r.Intn(len(text)-from+1)
			st := &digest.Statement{ContentSpan: digest.Span{from, to}}
			if got, want := statementContext(c, st), wholeBlockContext(c, st); got != want {
				t.Fatalf("trial %d span %d-%d:\n got %q\nwant %q", trial, from, to, got, want)
			}
		}
	}
}
