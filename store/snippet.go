package store

import (
	"context"
	"database/sql"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/digest"
)

// snippetWords is how many words a snippet keeps around the first match.
const snippetWords = 32

// snippetSlack is how many words past the window a snippet keeps rather
// than cut: a cut must save more than an ellipsis costs.
const snippetSlack = snippetWords / 8

// addSnippets sets each entry's Snippet: its content with the query's
// words marked (shortened around the first of them when long), or, when
// the content has none of them, the part of its context (headline,
// paragraph) that has. The index holds the context as a set of words
// (contextWords), so the context shown is read again from the entry's
// first source: its headline and the words around the statement in its
// paragraph, for the few entries of a page that need it.
func (q *userQuery) addSnippets(ctx context.Context, tx *sql.Tx, entries []digest.Entry) error {
	for i := range entries {
		e := &entries[i]
		snip, ok := q.snippet(e.Content)
		if !ok && len(e.Sources) > 0 {
			src := e.Sources[0]
			around, err := sourceContext(ctx, tx, src.ClippingID, e.ContentSpan)
			if err != nil {
				return err
			}
			if c, ok := q.snippet(strings.TrimPrefix(src.Headline+" — "+around, " — ")); ok {
				snip = c
			}
		}
		e.Snippet = snip
	}
	return nil
}

// sourceContext returns the words around span in its paragraph of the
// stored clipping's text, folded and cut as a statement's context is
// (joinContext), without the headline. Paragraphs end at a blank line.
func sourceContext(ctx context.Context, tx *sql.Tx, clippingID int64, span digest.Span) (string, error) {
	from, to := span.Start(), span.End()
	if from < 0 || to < from {
		return "", nil
	}
	const reach = 4 * maxContext // bytes read on either side
	start := max(0, from-reach)
	var text string
	// Byte offsets: substr of a blob counts bytes, of text characters.
	err := tx.QueryRowContext(ctx, `SELECT CAST(substr(CAST(text AS BLOB), ?, ?) AS TEXT) FROM clippings WHERE id = ?`,
		start+1, to-start+reach, clippingID).Scan(&text)
	if err == sql.ErrNoRows || to-start > len(text) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	before, after := text[:from-start], text[to-start:]
	cutStart, cutEnd := false, false // the words shown start or stop inside the paragraph
	if i := strings.LastIndex(before, "\n\n"); i >= 0 {
		before = before[i+2:]
	} else if start > 0 {
		before = before[min(len(before), strings.IndexByte(before, ' ')+1):] // a partial first word
		cutStart = true
	}
	if i := strings.Index(after, "\n\n"); i >= 0 {
		after = after[:i]
	} else if i := strings.LastIndexByte(after, ' '); i >= 0 && len(after) == reach {
		after = after[:i] // a partial last word
		cutEnd = true
	}
	before, after = digest.FoldSpace(before), digest.FoldSpace(after)
	around := joinContext("", before, after)
	// The words shown are cut from a paragraph that goes on: an ellipsis
	// says so, as a snippet's own cuts do ("…which will be held" read as
	// the paragraph's end).
	if before != "" && (cutStart || len(before) > maxContext/2) {
		around = "…" + around
	}
	if before == "" && strings.IndexAny(around, ",;:.”’\"'") == 0 {
		around = "… " + around // the statement, as " … " stands for it between words: not "— , a spokesman said"
	}
	if after != "" && (cutEnd || len(after) > maxContext/2) {
		around += "…"
	}
	return strings.ToValidUTF8(around, ""), nil
}

// snippet returns text with the words matching the query's terms between
// digest.SnippetOpen and digest.SnippetClose, cut to about snippetWords
// words around the first match, and whether anything matched.
func (q *userQuery) snippet(text string) (string, bool) {
	type word struct{ start, end int }
	var words []word
	start := -1
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			words = append(words, word{start, i})
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, word{start, len(text)})
	}
	matched := make([]bool, len(words))
	first := -1
	terms := q.lowerTerms()
	for i, w := range words {
		lw := strings.ToLower(text[w.start:w.end])
		for _, t := range terms {
			for _, tw := range t {
				if sameWord(lw, tw) {
					matched[i] = true
				}
			}
		}
		if matched[i] && first < 0 {
			first = i
		}
	}
	if first < 0 {
		return text, false
	}
	from, to := 0, len(words)
	if len(words) > snippetWords {
		from = max(0, min(first-snippetWords/4, len(words)-snippetWords))
		to = from + snippetWords
		// An ellipsis that would stand for a word or two keeps them
		// instead ("…was biased" for "Curiel was biased").
		if from <= snippetSlack {
			from = 0
		}
		if len(words)-to <= snippetSlack {
			to = len(words)
		}
	}
	var b strings.Builder
	pos := 0
	if from > 0 {
		b.WriteString("…")
		pos = words[from].start
	}
	for i := from; i < to; i++ {
		if !matched[i] {
			continue
		}
		b.WriteString(text[pos:words[i].start])
		b.WriteString(digest.SnippetOpen + text[words[i].start:words[i].end] + digest.SnippetClose)
		pos = words[i].end
	}
	end := len(text)
	if to < len(words) {
		end = words[to-1].end
	}
	b.WriteString(text[pos:end])
	if to < len(words) {
		b.WriteString("…")
	}
	return b.String(), true
}
