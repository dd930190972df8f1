package clip

import (
	"context"
	"strings"
	"testing"
	"time"
)

// within runs f and fails t if it has not returned within budget: a hang
// shows as a failure naming the case instead of a stuck test binary. f must
// not call t's Fatal methods: it runs on another goroutine.
func within(t *testing.T, budget time.Duration, f func()) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), budget)
	defer cancel()
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	select {
	case <-done:
	case <-ctx.Done():
		t.Fatalf("no answer within %v", budget)
	}
}

// page wraps body in an HTML document.
func page(body string) []byte {
	return []byte("<!doctype html><html><head><title>Budget</title></head><body><article>" + body + "</article></body></html>")
}

// TestHTMLBudget checks that pages past the budget are refused quickly with
// a message naming the limit, and that code in <script> and <style> is not
// counted as text. The budgets are generous (the refusals take
// milliseconds) so a loaded CI machine does not fail them.
func TestHTMLBudget(t *testing.T) {
	sentence := "The minister said on Tuesday that the talks had stalled, officials told reporters. "
	tests := []struct {
		name   string
		data   []byte
		reason string // "" when the page must be read
	}{
		{"too large", page(strings.Repeat("<div>"+sentence+"</div>", maxHTMLBytes/len(sentence))), "over the 8 MB limit for pages"},
		{"120,000 paragraphs, 5 MB", page(strings.Repeat("<p>Para of the long page text here.</p>", 120_000)), "over 3000 paragraphs (<p>)"},
		{"too many elements", page(strings.Repeat("<span>w</span>", maxHTMLElements+1)), "over 30000 elements"},
		{"too much text", page("<p>" + strings.Repeat(sentence, maxHTMLText/len(sentence)+1) + "</p>"), "of text, over the limit"},
		{"code is not text", page("<script>" + strings.Repeat("var x = 1;\n", maxHTMLText/10) + "</script><style>" +
			strings.Repeat("p{}", maxHTMLText/3) + "</style><p>" + strings.Repeat(sentence, 3) + "</p>"), ""},
		{"within the budget", page(strings.Repeat("<p>"+sentence+"</p>", 200)), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var budgetErr, parseErr error
			within(t, 20*time.Second, func() {
				budgetErr = checkHTMLBudget(tt.data)
				if tt.reason != "" {
					_, parseErr = Parse("page.html", tt.data, Options{})
				}
			})
			switch {
			case tt.reason == "" && budgetErr != nil:
				t.Errorf("refused: %v", budgetErr)
			case tt.reason != "":
				checkInvalid(t, nil, budgetErr, tt.reason)
				checkInvalid(t, nil, parseErr, tt.reason)
			}
		})
	}
}

// BenchmarkHTMLBudgetEdge measures the slowest pages the budget lets
// through: paragraphs and elements just under their limits.
func BenchmarkHTMLBudgetEdge(b *testing.B) {
	text := strings.Repeat("The minister said the talks had stalled, officials told reporters. ", 8)
	pages := map[string][]byte{
		"paragraphs": page(strings.Repeat("<p>"+text[:maxHTMLText/maxHTMLParagraphs-10]+"</p>\n", maxHTMLParagraphs-10)),
		"elements":   page(strings.Repeat("<div>officials yyyyy</div>\n", maxHTMLElements-1000)),
	}
	for name, data := range pages {
		if err := checkHTMLBudget(data); err != nil {
			b.Fatalf("%s: %v", name, err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := Parse("page.html", data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
