package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/whosaid/whosaid/digest"
)

// Limits on what one query can ask of the full-text index, so a pasted
// article costs no more than a sentence.
const (
	maxTerms     = 16  // words and phrases kept from a query
	maxTermWords = 8   // words kept from one phrase
	minWindow    = 240 // candidates ranked per search page, at least
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
			if foldName(value) != "" {
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

// anyTerms is matchTerms with any term sufficing.
func (q *userQuery) anyTerms() string { return q.joinTerms(" OR ") }

func (q *userQuery) joinTerms(sep string) string {
	parts := make([]string, len(q.terms))
	for i, t := range q.terms {
		parts[i] = `"` + strings.Join(t, " ") + `"`
	}
	return strings.Join(parts, sep)
}

// speakerMatch returns an FTS5 expression selecting entries of any of ids.
func speakerMatch(ids []int64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = fmt.Sprintf(`"spk%d"`, id)
	}
	return "sid : (" + strings.Join(parts, " OR ") + ")"
}

// Search runs a user query: words and "phrases" (all required, matched in
// the statement, the speaker's name, the headline and the surrounding
// paragraph, word forms included), speaker:NAME (any alias or close
// spelling), since:DATE and before:DATE. Hits are the most relevant among
// the newest matches, boosted by recency, each with a Snippet. Any text is
// safe; a query with nothing to search for, or a malformed date, gives an
// EINVALID error.
func (s *Store) Search(ctx context.Context, query string, limit, offset int) (digest.SearchResult, error) {
	var res digest.SearchResult
	q, err := parseQueryErr(query)
	if err != nil {
		return res, err
	}
	if q.empty() {
		return res, digest.Errorf(digest.EINVALID, "nothing to search for: give words, \"a phrase\", speaker:NAME, since:YYYY-MM-DD or before:YYYY-MM-DD")
	}
	limit, offset = clampLimit(limit), max(offset, 0)
	var speakerIDs []int64
	for _, name := range q.speakers {
		ids, err := s.speakerIDs(ctx, name)
		if err != nil {
			return res, err
		}
		speakerIDs = append(speakerIDs, ids...)
	}
	if len(q.speakers) > 0 && len(speakerIDs) == 0 {
		return res, nil // no such speaker: nothing said
	}
	if len(q.terms) == 0 {
		entries, err := s.Latest(ctx, digest.Filter{SpeakerIDs: speakerIDs, Since: q.since, Before: q.before, Limit: limit + 1, Offset: offset})
		if err != nil {
			return res, err
		}
		if len(entries) > limit {
			entries, res.More = entries[:limit], true
		}
		for i := range entries {
			entries[i].Snippet = entries[i].Content
		}
		res.Entries = entries
		return res, nil
	}
	match := "{content names context} : (" + q.matchTerms() + ")"
	if len(speakerIDs) > 0 {
		match += " AND " + speakerMatch(speakerIDs)
	}
	err = s.read(ctx, func(tx *sql.Tx) error {
		ids, more, err := s.rankWindow(ctx, tx, match, q, limit, offset)
		if err != nil {
			return err
		}
		res.More = more
		if res.Entries, err = loadEntries(ctx, tx, ids); err != nil {
			return err
		}
		return addSnippets(ctx, tx, match, res.Entries)
	})
	if err != nil {
		return digest.SearchResult{}, fmt.Errorf("store: search: %w", err)
	}
	return res, nil
}

// rankWindow returns one page of ids matching an FTS5 expression. It takes
// the newest matches (rowid order, which FTS5 walks without scoring the
// rest), as many as a few pages, scores those by bm25 weighted by recency,
// and cuts the page from them: a common word over a million statements
// costs the same as a rare one.
func (s *Store) rankWindow(ctx context.Context, tx *sql.Tx, match string, q userQuery, limit, offset int) ([]int64, bool, error) {
	window := min(max(minWindow, 3*(offset+limit+1)), maxWindow)
	sqlText := `SELECT entry_fts.rowid, bm25(entry_fts, 4.0, 2.0, 1.0, 0.0), e.day
		FROM entry_fts JOIN entries e ON e.id = entry_fts.rowid
		WHERE entry_fts MATCH ?`
	args := []any{match}
	if !q.since.IsZero() {
		sqlText += ` AND e.day >= ?`
		args = append(args, fmtDay(q.since))
	}
	if !q.before.IsZero() {
		sqlText += ` AND e.day < ?`
		args = append(args, fmtDay(q.before))
	}
	sqlText += ` ORDER BY entry_fts.rowid DESC LIMIT ?`
	args = append(args, window)
	rows, err := tx.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	type cand struct {
		id    int64
		score float64
		day   time.Time
	}
	var cands []cand
	var newest time.Time
	for rows.Next() {
		var c cand
		var bm float64
		var day string
		if err := rows.Scan(&c.id, &bm, &day); err != nil {
			return nil, false, err
		}
		c.score, c.day = -bm, parseDay(day)
		if c.day.After(newest) {
			newest = c.day
		}
		cands = append(cands, c)
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	for i := range cands {
		// Relevance counts most; a statement from six months before the
		// newest match weighs two thirds of a fresh one.
		age := newest.Sub(cands[i].day).Hours() / 24
		cands[i].score *= 1 + 1/(1+math.Max(age, 0)/180)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].id > cands[j].id
	})
	more := len(cands) > offset+limit
	if offset >= len(cands) {
		return nil, more, nil
	}
	cands = cands[offset:min(offset+limit, len(cands))]
	ids := make([]int64, len(cands))
	for i, c := range cands {
		ids[i] = c.id
	}
	return ids, more, nil
}

// addSnippets sets each entry's Snippet: its content around the words that
// matched, or the matching part of its context (headline, paragraph) when
// the content itself did not match.
func addSnippets(ctx context.Context, tx *sql.Tx, match string, entries []digest.Entry) error {
	stmt, err := tx.PrepareContext(ctx, `SELECT snippet(entry_fts, 0, ?, ?, '…', 32), snippet(entry_fts, 2, ?, ?, '…', 24)
		FROM entry_fts WHERE entry_fts MATCH ? AND rowid = ?`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for i := range entries {
		var content, context string
		err := stmt.QueryRowContext(ctx, digest.SnippetOpen, digest.SnippetClose, digest.SnippetOpen, digest.SnippetClose,
			match, entries[i].ID).Scan(&content, &context)
		if err == sql.ErrNoRows {
			entries[i].Snippet = entries[i].Content
			continue
		}
		if err != nil {
			return err
		}
		if !strings.Contains(content, digest.SnippetOpen) && strings.Contains(context, digest.SnippetOpen) {
			content = strings.ReplaceAll(context, "\n", " — ")
		}
		entries[i].Snippet = content
	}
	return nil
}

// speakerIDs returns the speakers a name in a query means: every speaker
// with that spelling or a word of it, else the closest spelling.
func (s *Store) speakerIDs(ctx context.Context, name string) ([]int64, error) {
	key := foldName(name)
	if key == "" {
		return nil, nil
	}
	var ids []int64
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		if ids, err = aliasMatches(ctx, tx, key, 50); err != nil || len(ids) > 0 {
			return err
		}
		return s.closeSpellings(ctx, tx, key, func(id int64) {
			if len(ids) == 0 {
				ids = append(ids, id)
			}
		})
	})
	if err != nil {
		return nil, fmt.Errorf("store: find speaker: %w", err)
	}
	return ids, nil
}

// Timeline returns one page of a speaker's entries, oldest first by the day
// they were said then the publication date, optionally about a topic: words
// (any form: "normalize" finds "normalization") and "phrases" matched in the
// statement, its headline and its paragraph; all words are required, and
// when no statement has them all, any of them will do. An unknown speaker
// gives ENOTFOUND.
func (s *Store) Timeline(ctx context.Context, speakerID int64, topic string, limit, offset int) (digest.SearchResult, error) {
	var res digest.SearchResult
	if _, err := s.Speaker(ctx, speakerID); err != nil {
		return res, err
	}
	limit, offset = clampLimit(limit), max(offset, 0)
	q, err := parseQueryErr(topic)
	if err != nil {
		return res, err
	}
	err = s.read(ctx, func(tx *sql.Tx) error {
		var where []string
		args := []any{speakerID}
		if !q.since.IsZero() {
			where = append(where, ` AND e.day >= ?`)
			args = append(args, fmtDay(q.since))
		}
		if !q.before.IsZero() {
			where = append(where, ` AND e.day < ?`)
			args = append(args, fmtDay(q.before))
		}
		base := `SELECT e.id FROM entries e WHERE e.speaker_id = ?` + strings.Join(where, "")
		page := ` ORDER BY e.day, e.published, e.id LIMIT ? OFFSET ?`
		var match string
		var ids []int64
		for _, terms := range []string{q.matchTerms(), q.anyTerms()} {
			qargs := args
			sqlText := base
			if terms != "" {
				match = speakerMatch([]int64{speakerID}) + " AND {content context} : (" + terms + ")"
				sqlText += ` AND e.id IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)`
				qargs = append(append([]any{}, args...), match)
			}
			rows, err := tx.QueryContext(ctx, sqlText+page, append(qargs, limit+1, offset)...)
			if err != nil {
				return err
			}
			if ids, err = scanIDs(rows); err != nil {
				return err
			}
			if len(ids) > 0 || offset > 0 || len(q.terms) < 2 {
				break
			}
		}
		if len(ids) > limit {
			ids, res.More = ids[:limit], true
		}
		if res.Entries, err = loadEntries(ctx, tx, ids); err != nil {
			return err
		}
		if match != "" {
			return addSnippets(ctx, tx, match, res.Entries)
		}
		return nil
	})
	if err != nil {
		return digest.SearchResult{}, fmt.Errorf("store: timeline: %w", err)
	}
	return res, nil
}
