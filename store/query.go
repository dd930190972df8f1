package store

// How a user's search text becomes a query: words, "phrases" and the
// filters speaker:, since: and before:, within limits.

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/whosaid/whosaid/digest"
)

// Limits on what one query can ask of the full-text index, so a pasted
// article costs no more than a sentence.
const (
	maxTerms     = 16 // words and phrases kept from a query
	maxTermWords = 8  // words kept from one phrase
	maxSpeakers  = 4  // speaker: filters kept from a query
	minWindow    = 0  // candidates ranked per search page, at least (2 pages + 1 otherwise)
	maxWindow    = 5000
)

// userQuery is a parsed search: words and "phrases" (each a list of words)
// and the filters speaker:, since: and before:.
type userQuery struct {
	terms    [][]string
	speakers []string
	since    time.Time
	before   time.Time
}

// parseQuery reads user text into a userQuery. Nothing the user types
// reaches FTS5 as syntax: only runs of letters and digits survive, each
// quoted. Unbalanced quotes end their phrase at the end of the text.
func parseQuery(text string) userQuery {
	q, _ := parseQueryErr(text)
	return q
}

// parseQueryErr is parseQuery that also reports malformed dates in since:
// and before: as EINVALID errors.
func parseQueryErr(text string) (userQuery, error) {
	var q userQuery
	var err error
	rs := []rune(text)
	i := 0
	readQuoted := func() string { // rs[i] == '"'
		j := i + 1
		for j < len(rs) && rs[j] != '"' && rs[j] != '“' && rs[j] != '”' {
			j++
		}
		s := string(rs[i+1 : j])
		i = min(j+1, len(rs))
		return s
	}
	for i < len(rs) {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
			continue
		case r == '"' || r == '“' || r == '”':
			q.addTerm(readQuoted())
			continue
		}
		j := i
		for j < len(rs) && !unicode.IsSpace(rs[j]) && rs[j] != '"' && rs[j] != '“' && rs[j] != '”' {
			j++
		}
		field := string(rs[i:j])
		i = j
		name, value, ok := strings.Cut(field, ":")
		switch name = strings.ToLower(name); {
		case ok && (name == "speaker" || name == "by" || name == "who"):
			if value == "" && i < len(rs) && (rs[i] == '"' || rs[i] == '“') {
				value = readQuoted()
			}
			if foldName(value) != "" && len(q.speakers) < maxSpeakers {
				q.speakers = append(q.speakers, value)
			}
		case ok && (name == "since" || name == "after" || name == "before" || name == "until"):
			d, derr := digest.ParseDate(value)
			if derr != nil || !d.Known() {
				if err == nil {
					err = digest.Errorf(digest.EINVALID, "%s: wants a date as YYYY-MM-DD, YYYY-MM or YYYY, not %q", name, value)
				}
				continue
			}
			if name == "since" || name == "after" {
				q.since = d.Time()
			} else {
				q.before = d.Time()
			}
		default:
			// A word, or several joined by punctuation ("U.S.", "NEAR(",
			// "a:b"), searched as a phrase so they stay together.
			q.addTerm(field)
		}
	}
	return q, err
}

// addTerm adds the words of s as one term (a phrase when several).
func (q *userQuery) addTerm(s string) {
	words := strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
	if len(words) == 0 || len(q.terms) >= maxTerms {
		return
	}
	if len(words) > maxTermWords {
		words = words[:maxTermWords]
	}
	q.terms = append(q.terms, words)
}

// empty reports whether the query asks for nothing at all.
func (q *userQuery) empty() bool {
	return len(q.terms) == 0 && len(q.speakers) == 0 && q.since.IsZero() && q.before.IsZero()
}

// matchTerms returns the terms as an FTS5 expression, all required, each a
// quoted string; "" when there are none.
func (q *userQuery) matchTerms() string { return q.joinTerms(" ") }

func (q *userQuery) joinTerms(sep string) string {
	parts := make([]string, len(q.terms))
	for i, t := range q.terms {
		parts[i] = `"` + strings.Join(t, " ") + `"`
	}
	return strings.Join(parts, sep)
}

// speakerMatch returns an FTS5 expression selecting entries of any of ids.
// It names no column: "spkN" is a token of the sid column alone (letters
// and a number, no word), and a column filter makes FTS5 sift the
// positions of every row it steps over (a timeline's phrase queries took
// a third longer with "sid :").
func speakerMatch(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = fmt.Sprintf(`"spk%d"`, id)
	}
	return "(" + strings.Join(parts, " OR ") + ")"
}
