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
		return res, errNothingToSearch()
	}
	limit, offset = clampLimit(limit), max(offset, 0)
	speakerIDs, err := s.querySpeakers(ctx, q)
	if err != nil || (len(q.speakers) > 0 && len(speakerIDs) == 0) {
		return res, err // no such speaker: nothing said
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
	var speakers string
	if len(speakerIDs) > 0 {
		speakers = speakerMatch(speakerIDs)
	}
	plan := q.plan("content names context", " AND ", speakers)
	err = s.read(ctx, func(tx *sql.Tx) error {
		if err := indexReady(ctx, tx); err != nil {
			return err
		}
		hits, more, err := s.rankWindow(ctx, tx, plan, q, limit, offset)
		if err != nil {
			return err
		}
		res.More = more
		if res.Entries, err = loadEntries(ctx, tx, hitIDs(hits)); err != nil {
			return err
		}
		return q.addSnippets(ctx, tx, res.Entries)
	})
	if err != nil {
		return digest.SearchResult{}, fmt.Errorf("store: search: %w", err)
	}
	return res, nil
}

// SearchCount returns how many results Search pages through for query,
// counting no further than upTo: one query, so a caller asking for a page
// past the end can say where the end is. Search ranks at most maxWindow
// matches of words, so that is all it counts of them. Errors as Search's.
func (s *Store) SearchCount(ctx context.Context, query string, upTo int) (int, error) {
	q, err := parseQueryErr(query)
	if err != nil {
		return 0, err
	}
	if q.empty() {
		return 0, errNothingToSearch()
	}
	speakerIDs, err := s.querySpeakers(ctx, q)
	if err != nil || (len(q.speakers) > 0 && len(speakerIDs) == 0) || upTo <= 0 {
		return 0, err
	}
	var n int
	err = s.read(ctx, func(tx *sql.Tx) error {
		if len(q.terms) == 0 {
			where, args := latestWhere(digest.Filter{SpeakerIDs: speakerIDs, Since: q.since, Before: q.before})
			return tx.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT 1 FROM entries e`+where+` LIMIT ?)`,
				append(args, upTo)...).Scan(&n)
		}
		var speakers string
		if len(speakerIDs) > 0 {
			speakers = speakerMatch(speakerIDs)
		}
		if err := indexReady(ctx, tx); err != nil {
			return err
		}
		where, args := rowidRange(q)
		keys, err := s.walkMatches(ctx, tx, q.plan("content names context", " AND ", speakers), where, args, true, 0, min(upTo, maxWindow))
		n = len(keys)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: search count: %w", err)
	}
	return n, nil
}

// errNothingToSearch is the answer to a query of no words and no filters,
// saying what a query may hold.
func errNothingToSearch() error {
	return digest.Errorf(digest.EINVALID, "nothing to search for: give words, \"a phrase\", speaker:NAME, since:YYYY-MM-DD or before:YYYY-MM-DD")
}

// querySpeakers returns the speakers the query's speaker: filters name
// (none when it has none, and none when no speaker has the names).
func (s *Store) querySpeakers(ctx context.Context, q userQuery) ([]int64, error) {
	var speakerIDs []int64
	for _, name := range q.speakers {
		ids, err := s.speakerIDs(ctx, name)
		if err != nil {
			return nil, err
		}
		speakerIDs = append(speakerIDs, ids...)
	}
	return speakerIDs, nil
}

// scanHits reads full-text keys (rowids of entry_fts) into hits.
func scanHits(rows *sql.Rows) ([]hit, error) {
	keys, err := scanIDs(rows)
	if err != nil {
		return nil, err
	}
	return keyHits(keys), nil
}

// keyHits turns full-text keys into hits.
func keyHits(keys []int64) []hit {
	hits := make([]hit, len(keys))
	for i, k := range keys {
		hits[i] = hit{id: keyID(k), key: k}
	}
	return hits
}

// hit is an entry found through the full-text index, under its key there.
type hit struct {
	id, key int64
	score   float64
	day     time.Time
}

// hitIDs returns the entry ids of hits.
func hitIDs(hits []hit) []int64 {
	ids := make([]int64, len(hits))
	for i, h := range hits {
		ids[i] = h.id
	}
	return ids
}

// rowidRange returns SQL constraining entry_fts's rowid to since/before,
// with its arguments: the chronological key makes a date range a key range.
func rowidRange(q userQuery) (string, []any) {
	var sqlText string
	var args []any
	if !q.since.IsZero() {
		sqlText += ` AND rowid >= ?`
		args = append(args, dayKey(q.since))
	}
	if !q.before.IsZero() {
		sqlText += ` AND rowid < ?`
		args = append(args, dayKey(q.before))
	}
	return sqlText, args
}

// rankWindow returns one page of hits for a match plan. It takes the
// newest matches (by the day said: the index's rowid order, which FTS5
// walks without looking at older matches), about two pages, scores
// those for relevance here, weighted by recency, and cuts the page from
// them. FTS5's bm25 is not used: it counts every row holding each word to
// weigh it, which for a common word over a million statements costs
// hundreds of milliseconds; within a window where every row holds every
// word, that weight changes little.
func (s *Store) rankWindow(ctx context.Context, tx *sql.Tx, plan matchPlan, q userQuery, limit, offset int) ([]hit, bool, error) {
	window := min(max(minWindow, 2*(offset+limit)+1), maxWindow)
	where, args := rowidRange(q)
	keys, err := s.walkMatches(ctx, tx, plan, where, args, true, 0, window)
	if err != nil || len(keys) == 0 {
		return nil, false, err
	}
	hits := make([]hit, len(keys))
	byID := make(map[int64]*hit, len(keys))
	for i, k := range keys {
		hits[i] = hit{id: keyID(k), key: k}
		byID[hits[i].id] = &hits[i]
	}
	rows, err := tx.QueryContext(ctx, `SELECT id, content, names, context, day FROM entries WHERE id IN (`+placeholders(len(keys))+`)`,
		int64Args(hitIDs(hits))...)
	if err != nil {
		return nil, false, err
	}
	defer rows.Close()
	var newest time.Time
	for rows.Next() {
		var id int64
		var content, names, context, day string
		if err := rows.Scan(&id, &content, &names, &context, &day); err != nil {
			return nil, false, err
		}
		h := byID[id]
		if h == nil {
			continue
		}
		h.score = q.relevance(content, names, context)
		if h.day = parseDay(day); h.day.After(newest) {
			newest = h.day
		}
	}
	if err := rows.Err(); err != nil {
		return nil, false, err
	}
	for i := range hits {
		// Relevance counts most; a statement from six months before the
		// newest match weighs two thirds of a fresh one.
		age := newest.Sub(hits[i].day).Hours() / 24
		hits[i].score *= 1 + 1/(1+math.Max(age, 0)/180)
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].score != hits[j].score {
			return hits[i].score > hits[j].score
		}
		return hits[i].key > hits[j].key
	})
	more := len(hits) > offset+limit
	if offset >= len(hits) {
		return nil, more, nil
	}
	return hits[offset:min(offset+limit, len(hits))], more, nil
}

// Field weights and BM25's saturation constants for relevance.
const (
	weightContent = 4.0
	weightNames   = 2.0
	weightContext = 1.0
	bm25K1        = 1.2
	bm25B         = 0.75
)

// relevance scores how well an entry's fields match the query's terms: a
// term's occurrences in each field, saturating as in BM25 and normalised
// by the field's length, weighted by field (the statement itself counts
// most, its headline and paragraph least).
func (q *userQuery) relevance(content, names, context string) float64 {
	score := 0.0
	terms := q.lowerTerms()
	for _, f := range []struct {
		text   string
		weight float64
		avg    float64 // typical length in words
	}{{content, weightContent, 25}, {names, weightNames, 4}, {context, weightContext, 80}} {
		words := termWords(f.text)
		norm := bm25K1 * (1 - bm25B + bm25B*float64(len(words))/f.avg)
		for _, t := range terms {
			if tf := float64(countTerm(words, t)); tf > 0 {
				score += f.weight * tf * (bm25K1 + 1) / (tf + norm)
			}
		}
	}
	return score
}

// lowerTerms returns the terms in lower case.
func (q *userQuery) lowerTerms() [][]string {
	out := make([][]string, len(q.terms))
	for i, t := range q.terms {
		out[i] = make([]string, len(t))
		for j, w := range t {
			out[i][j] = strings.ToLower(w)
		}
	}
	return out
}

// termWords splits text into lower-case words as the query's terms are.
func termWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
}

// countTerm counts where the lower-case words of a term (one word, or a
// phrase) occur in order in words, a word matching another form of itself.
func countTerm(words, term []string) int {
	n := 0
	for i := 0; i+len(term) <= len(words); i++ {
		ok := true
		for j, t := range term {
			if !sameWord(words[i+j], t) {
				ok = false
				break
			}
		}
		if ok {
			n++
		}
	}
	return n
}

// sameWord reports whether two lower-case words are forms of one word
// for scoring: equal, or long and sharing all but their last few letters
// ("normalizing", "normalization"). The index's stemmer decided what
// matches; this only weighs it.
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	short := min(len(a), len(b))
	if short < 5 || a[0] != b[0] {
		return false
	}
	common := 0
	for common < short && a[common] == b[common] {
		common++
	}
	return common >= max(4, short-3)
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
		var hits []hit
		var matched bool // found through the full-text index
		if len(q.terms) == 0 {
			// The speaker's entries in order: an index walk.
			sqlText := `SELECT fts_key FROM entries WHERE speaker_id = ?`
			args := []any{speakerID}
			if !q.since.IsZero() {
				sqlText += ` AND fts_key >= ?`
				args = append(args, dayKey(q.since))
			}
			if !q.before.IsZero() {
				sqlText += ` AND fts_key < ?`
				args = append(args, dayKey(q.before))
			}
			rows, err := tx.QueryContext(ctx, sqlText+` ORDER BY fts_key LIMIT ? OFFSET ?`, append(args, limit+1, offset)...)
			if err != nil {
				return err
			}
			if hits, err = scanHits(rows); err != nil {
				return err
			}
		} else {
			// All words first; when no statement has them all, any.
			// The index walks the speaker's matches oldest first and
			// stops after the page.
			if err := indexReady(ctx, tx); err != nil {
				return err
			}
			where, args := rowidRange(q)
			matched = true
			for _, sep := range []string{" AND ", " OR "} {
				plan := q.plan("content context", sep, speakerMatch([]int64{speakerID}))
				keys, err := s.walkMatches(ctx, tx, plan, where, args, false, offset, limit+1)
				if err != nil {
					return err
				}
				hits = keyHits(keys)
				if len(hits) > 0 || offset > 0 || len(q.terms) < 2 {
					break
				}
			}
		}
		if len(hits) > limit {
			hits, res.More = hits[:limit], true
		}
		var err error
		if res.Entries, err = loadEntries(ctx, tx, hitIDs(hits)); err != nil {
			return err
		}
		if matched {
			return q.addSnippets(ctx, tx, res.Entries)
		}
		return nil
	})
	if err != nil {
		return digest.SearchResult{}, fmt.Errorf("store: timeline: %w", err)
	}
	return res, nil
}
