package store

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// statementContext is what a statement is indexed with besides its own
// words: the clipping's headline and the words around it in its paragraph
// (the content itself left out: it is indexed already), so a topic search
// finds a quote about "ties" in an article about "relations".
func statementContext(c *digest.Clipping, st *digest.Statement) string {
	before, after := contextAround(c, st)
	return joinContext(c.Headline, before, after)
}

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

// TestPreparedContextIsContextWords: prepStatements finds a headline's
// words once for all its statements (headlineWords, wordsBesides), and
// gives every statement the context contextWords makes of its content and
// statementContext.
func TestPreparedContextIsContextWords(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	words := []string{"the", "minister", "said", "Minister", "Пески", "über", "Über", "of", "x", "  ", "\n\n", "trade", "talks", "é", "2017", "U.S.", "—", "“quoted”"}
	phrase := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(words[r.Intn(len(words))])
			b.WriteByte(' ')
		}
		return b.String()
	}
	for trial := range 300 {
		text := phrase(20 + r.Intn(200))
		c := &digest.Clipping{Text: text, Headline: phrase(r.Intn(12))}
		cut := r.Intn(len(text))
		c.Blocks = []digest.Block{{Span: digest.Span{0, cut}}, {Span: digest.Span{cut, len(text)}}}
		for range 10 {
			from := r.Intn(len(text))
			to := from + r.Intn(min(len(text)-from, 120)+1)
			c.Statements = append(c.Statements, digest.Statement{Speaker: "A Minister", Content: text[from:to], ContentSpan: digest.Span{from, to}})
		}
		head := headlineWords(c.Headline)
		for i := range c.Statements {
			st := &c.Statements[i]
			before, after := contextAround(c, st)
			if got, want := wordsBesides(st.Content, head, before, after), contextWords(st.Content, statementContext(c, st)); got != want {
				t.Fatalf("trial %d, headline %q, statement %q:\n got %q\nwant %q", trial, c.Headline, st.Content, got, want)
			}
		}
	}
}
