package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// matchPlan is how a query walks the full-text index: exact is the FTS5
// expression that defines a match; cheap finds the same rows or more
// without reading common words' position lists (see stopwords.go). When
// it finds the same, exact is cheap; otherwise the rows cheap finds are
// checked against exact a chunk at a time (a lookup by rowid costs a
// fraction of a millisecond: worth it only for few rows).
type matchPlan struct {
	exact, cheap string
	// check, when set, is the plan's one phrase, checked in Go on the rows
	// a probe finds (its rarest uncommon word, in probeCols, and the
	// filter probeAnd) when that costs less than FTS5's walk: reading
	// their text costs a few microseconds a row where FTS5 looking a row
	// up costs 50-100.
	check               *phraseCheck
	probeCols, probeAnd string
}

// plan returns the plan for the query's terms in columns cols ("content
// names context" or "content context"), all required (sep " AND ") or any
// (" OR "), and extra (a speaker filter, or "") required on top. A word
// matches in any of cols; a phrase in cols but the context, which the
// index holds as a set of words without order (contextWords).
func (q *userQuery) plan(cols, sep, extra string) matchPlan {
	exact := make([]string, len(q.terms))
	cheap := make([]string, len(q.terms))
	check := false // cheap finds more than exact: rows must be checked
	phraseCols := strings.Join(slices.DeleteFunc(strings.Fields(cols), func(c string) bool { return c == "context" }), " ")
	for i, t := range q.terms {
		words := make([]string, len(t))
		for j, w := range t {
			words[j] = strings.ToLower(w)
		}
		in := cols
		if len(words) > 1 {
			in = phraseCols
		}
		exact[i] = "{" + in + "} : \"" + strings.Join(words, " ") + "\""
		var same bool
		cheap[i], same = cheapTerm(in, words, exact[i])
		check = check || !same
	}
	p := matchPlan{exact: "(" + strings.Join(exact, sep) + ")", cheap: "(" + strings.Join(cheap, sep) + ")"}
	if extra != "" {
		p.exact += " AND " + extra
		p.cheap += " AND " + extra
	}
	if len(q.terms) == 1 && extra != "" && !check {
		// One phrase of a speaker's: FTS5 walks every row of its rarest
		// word, all speakers', seeking its other words there (for a
		// common word a page of a long position list each), where the
		// speaker has a few percent of them. Its rows are found through
		// one uncommon word instead, when the speaker has few, and
		// checked in Go; failing that, FTS5 walks the phrase. (Walking
		// the phrase in any column, cheaper for FTS5 than in content
		// alone, and checking each row in Go gained nothing measurable.)
		if c, ok := uncommonPhrase(q.terms[0], phraseCols); ok {
			p.check, p.cheap = c, p.exact
			p.probeCols, p.probeAnd = phraseCols, extra
		}
	}
	if !check {
		p.exact = p.cheap
	}
	return p
}

// uncommonPhrase returns a phrase's check in cols when it has two words
// or more, all lower-case ASCII, one of them at least not a common word.
func uncommonPhrase(term []string, cols string) (*phraseCheck, bool) {
	words := make([]string, len(term))
	for i, w := range term {
		words[i] = strings.ToLower(w)
	}
	if len(words) < 2 || !asciiPhrase(words) || len(uncommonWords(words)) == 0 {
		return nil, false
	}
	return &phraseCheck{words: words, cols: strings.Fields(cols)}, true
}

// uncommonWords returns the distinct words of words that are not common
// words.
func uncommonWords(words []string) []string {
	var out []string
	for _, w := range words {
		if commonWords[w] == "" && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

// cheapTerm returns an expression that every row matching the phrase
// words (exact) matches, reading no common word's positions, and whether
// it matches the same rows. A phrase with an uncommon word is itself:
// FTS5 walks the uncommon word's rows and seeks the others'. A phrase of
// common words is its pairs: for two words the same rows; for more, rows
// with every pair somewhere, to be checked.
func cheapTerm(cols string, words []string, exact string) (string, bool) {
	if len(words) < 2 {
		return exact, true
	}
	for _, w := range words {
		if commonWords[w] == "" {
			return exact, true
		}
	}
	names := strings.Contains(cols, "names")
	parts := make([]string, len(words)-1)
	for i := range parts {
		parts[i] = `"` + words[i] + pairSep + words[i+1] + `"`
		if names {
			parts[i] = "(" + parts[i] + ` OR "` + words[i] + namePairSep + words[i+1] + `")`
		}
	}
	return "pairs : (" + strings.Join(parts, " AND ") + ")", len(words) == 2
}

// Candidate walking: the first chunk is a few pages; later ones grow. After
// maxCandidates rows the rest of the range is left to the exact
// expression, so a phrase of a frequent word and a common one that rarely
// meet costs no more than FTS5 alone would.
const (
	firstChunk    = 32
	maxChunk      = 128
	maxCandidates = 256
)

// maxChecked is the most rows of a speaker's a phrase's probe may find to
// be checked in Go (about 12 ms of reading and checking text, for phrases
// that cost FTS5 more). A variable for tests.
var maxChecked = 4096

// walkMatches returns the full-text keys of the rows matching p, newest
// first (desc) or oldest first, skipping skip and returning at most want,
// within the rowid range where (SQL starting with " AND ", arguments
// args).
func (s *Store) walkMatches(ctx context.Context, tx *sql.Tx, p matchPlan, where string, args []any, desc bool, skip, want int) ([]int64, error) {
	order, after := " ORDER BY rowid", " AND rowid > ?"
	if desc {
		order, after = " ORDER BY rowid DESC", " AND rowid < ?"
	}
	query := func(match, bound string, extra []any, limit, offset int) ([]int64, error) {
		rows, err := tx.QueryContext(ctx, `SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?`+where+bound+order+` LIMIT ? OFFSET ?`,
			append(append(append([]any{match}, args...), extra...), limit, offset)...)
		if err != nil {
			return nil, err
		}
		return scanIDs(rows)
	}
	if p.check != nil {
		m, probe, budget, err := s.probeFor(ctx, tx, p)
		if err != nil {
			return nil, err
		}
		if budget > 0 {
			found, bound, done, err := s.walkChecked(ctx, tx, p, m, probe, budget, where, args, desc, skip+want)
			if err != nil || done {
				return cut(found, skip, want), err
			}
			if bound != 0 {
				rest, err := query(p.exact, after, []any{bound}, skip+want-len(found), 0)
				return cut(append(found, rest...), skip, want), err
			}
		}
	}
	if p.cheap == p.exact {
		return query(p.exact, "", nil, want, skip)
	}
	var found []int64
	need := skip + want
	chunk, scanned := firstChunk, 0
	limit := maxCandidates
	var bound string
	var boundArgs []any
	for len(found) < need {
		if scanned >= limit {
			rest, err := query(p.exact, bound, boundArgs, need-len(found), 0)
			return cut(append(found, rest...), skip, want), err
		}
		cands, err := query(p.cheap, bound, boundArgs, chunk, 0)
		if err != nil || len(cands) == 0 {
			return cut(found, skip, want), err
		}
		scanned += len(cands)
		ok, err := verify(ctx, tx, p.exact, cands)
		if err != nil {
			return nil, err
		}
		for _, k := range cands {
			if ok[k] {
				found = append(found, k)
			}
		}
		if len(cands) < chunk {
			break
		}
		bound, boundArgs = after, []any{cands[len(cands)-1]}
		chunk = min(4*chunk, maxChunk)
	}
	return cut(found, skip, want), nil
}

// walkChecked walks p's probe in the walk's order with each row's text,
// checking it in Go (m), until need rows hold the phrase (done). It gives
// up when the probe's rows, projected over the range from how far they
// got, would be more than budget: found are then the rows up to bound
// (the last row checked, 0 when none), and FTS5 walks the phrase from
// there.
func (s *Store) walkChecked(ctx context.Context, tx *sql.Tx, p matchPlan, m *phraseMatcher, probe string, budget int, where string, args []any, desc bool, need int) (found []int64, bound int64, done bool, err error) {
	first, last, ok, err := rangeKeys(ctx, tx, where, args, desc)
	if err != nil || !ok {
		return nil, 0, true, err // nothing in the range
	}
	order := " ORDER BY entry_fts.rowid"
	if desc {
		order += " DESC"
	}
	cols := make([]string, len(p.check.cols))
	for i, c := range p.check.cols {
		cols[i] = "e." + c
	}
	// One statement, read as the rows are checked: SQLite steps it no
	// further than asked.
	rows, err := tx.QueryContext(ctx, `SELECT entry_fts.rowid, `+strings.Join(cols, ", ")+
		` FROM entry_fts JOIN entries e ON e.id = entry_fts.rowid & `+strconv.FormatInt(keyIDMask, 10)+
		` WHERE entry_fts MATCH ?`+strings.ReplaceAll(where, "rowid", "entry_fts.rowid")+order,
		append([]any{probe}, args...)...)
	if err != nil {
		return nil, 0, false, err
	}
	defer rows.Close()
	var k int64
	texts := make([]sql.RawBytes, len(cols))
	dest := []any{&k}
	for i := range texts {
		dest = append(dest, &texts[i])
	}
	pr := newPhraseRows(&s.stems, m)
	seen, size := 0, firstChunk
	for {
		more := rows.Next()
		if more {
			if err := rows.Scan(dest...); err != nil {
				return nil, 0, false, err
			}
			if seen++; seen > budget {
				return found, bound, false, nil
			}
			if pr.add(k, texts); len(pr.keys) < size {
				continue
			}
			// How far the probe got, as a fraction of the range's keys
			// (days said, in their high bits).
			part := 1.0
			if last != first {
				part = (float64(k) - float64(first)) / (float64(last) - float64(first))
			}
			if part > 0 && float64(seen)/part > float64(budget) {
				return found, bound, false, nil
			}
		} else if err := rows.Err(); err != nil {
			return nil, 0, false, err
		}
		bound = k
		ok, undecided, err := pr.flush(ctx)
		if err != nil {
			return nil, 0, false, err
		}
		if len(undecided) > 0 {
			more, err := verify(ctx, tx, p.exact, undecided)
			if err != nil {
				return nil, 0, false, err
			}
			ok = mergeKeys(ok, more, desc)
		}
		found = append(found, ok...)
		if len(found) >= need || !more {
			return found, 0, true, nil
		}
		size = maxChunk
	}
}

// mergeKeys returns the keys of a and those of b in set, in walking order.
func mergeKeys(a []int64, set map[int64]bool, desc bool) []int64 {
	for k := range set {
		a = append(a, k)
	}
	slices.Sort(a)
	a = slices.Compact(a)
	if desc {
		slices.Reverse(a)
	}
	return a
}

// rangeKeys returns the first and last full-text keys of entries within
// the rowid range where (args), in walking order; ok is false when there
// are none.
func rangeKeys(ctx context.Context, tx *sql.Tx, where string, args []any, desc bool) (first, last int64, ok bool, err error) {
	keys := `SELECT rowid FROM (SELECT fts_key AS rowid FROM entries) WHERE 1` + where
	var lo, hi sql.NullInt64
	err = tx.QueryRowContext(ctx, `SELECT (`+keys+` ORDER BY rowid LIMIT 1), (`+keys+` ORDER BY rowid DESC LIMIT 1)`,
		append(append([]any{}, args...), args...)...).Scan(&lo, &hi)
	if err != nil || !lo.Valid || !hi.Valid {
		return 0, 0, false, err
	}
	if desc {
		return hi.Int64, lo.Int64, true, nil
	}
	return lo.Int64, hi.Int64, true, nil
}

// verify returns which of keys match the FTS5 expression: FTS5 looks each
// up by rowid, reading only that row's part of each position list.
func verify(ctx context.Context, tx *sql.Tx, match string, keys []int64) (map[int64]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? AND rowid IN (`+placeholders(len(keys))+`)`,
		append([]any{match}, int64Args(keys)...)...)
	if err != nil {
		return nil, err
	}
	ids, err := scanIDs(rows)
	ok := make(map[int64]bool, len(ids))
	for _, id := range ids {
		ok[id] = true
	}
	return ok, err
}

// cut returns keys[skip:skip+want], clamped.
func cut(keys []int64, skip, want int) []int64 {
	if skip >= len(keys) {
		return nil
	}
	return keys[skip:min(skip+want, len(keys))]
}

// checksPerPage is how many rows checked in Go cost about as much as FTS5
// stepping through one page of a word's position lists (about 22 µs a
// page, against 3-4 µs to read and check a row's text: the mean over the
// slowest timeline phrases at 1 M statements). A variable for tests.
var checksPerPage = 6

// probeFor returns p's phrase's matcher and its probe: the speaker's rows of its
// rarest uncommon word (by the index's pages of it); and how many rows it
// may find for checking them in Go to cost less than FTS5's walk, which
// steps through the other words' position lists besides: 0 when the walk
// is the cheaper.
func (s *Store) probeFor(ctx context.Context, tx *sql.Tx, p matchPlan) (*phraseMatcher, string, int, error) {
	words := p.check.words
	stems, err := s.stems.stemsOf(ctx, words)
	if err != nil {
		if ctx.Err() != nil {
			return nil, "", 0, err
		}
		return nil, "", 0, nil // FTS5 walks the phrase
	}
	ws := make([]string, len(words))
	for i, w := range words {
		if ws[i] = stems[w]; ws[i] == "" {
			return nil, "", 0, nil // not a token: FTS5 decides
		}
	}
	pages, err := s.pages.of(ctx, tx, ws)
	if err != nil {
		return nil, "", 0, err
	}
	best := -1
	for i, w := range words {
		if commonWords[w] == "" && (best < 0 || pages[i] < pages[best]) {
			best = i
		}
	}
	if best < 0 {
		return nil, "", 0, nil
	}
	others := 0
	for i := range words {
		if i != best {
			others += pages[i]
		}
	}
	probe := "({" + p.probeCols + "} : \"" + words[best] + "\") AND " + p.probeAnd
	return newPhraseMatcher(ws), probe, min(others*checksPerPage, maxChecked), nil
}

// termPages estimates how many pages of the full-text index hold the
// position lists of term (a stem), from FTS5's own b-tree of each
// segment's leaf pages (entry_fts_idx: the first term starting on a page,
// prefixed by '0' for the main index, and the page's number times two):
// in each segment, from the page where term starts to the page where the
// next term does, or to the segment's last leaf (its highest row in
// entry_fts_data, whose ids are the segment's number << 37 plus the
// page's). Within a page or so a segment: enough to tell a word of a few
// hundred rows from one of a hundred thousand.
func termPages(ctx context.Context, tx *sql.Tx, term string) (int, error) {
	if term == "" {
		return 0, nil
	}
	var n sql.NullInt64
	err := tx.QueryRowContext(ctx, `WITH RECURSIVE seg(id) AS (
		SELECT min(segid) FROM entry_fts_idx
		UNION ALL SELECT (SELECT min(segid) FROM entry_fts_idx WHERE segid > seg.id) FROM seg WHERE seg.id IS NOT NULL)
	SELECT sum(coalesce((SELECT pgno FROM entry_fts_idx WHERE segid = seg.id AND term > ?1 ORDER BY term LIMIT 1) / 2,
			(SELECT max(id) FROM entry_fts_data WHERE id BETWEEN seg.id << 37 AND (seg.id << 37) + 2147483647) - (seg.id << 37) + 1)
		- coalesce((SELECT pgno FROM entry_fts_idx WHERE segid = seg.id AND term <= ?1 ORDER BY term DESC LIMIT 1), 0) / 2)
	FROM seg WHERE id IS NOT NULL`, []byte("0"+term)).Scan(&n)
	return int(n.Int64), err
}

// pageCounts caches termPages by stem while the index's structure (FTS5's
// record of its segments, entry_fts_data row 10) stays the same.
type pageCounts struct {
	mu        sync.Mutex
	structure []byte
	pages     map[string]int
}

// maxPageCounts bounds the cache; past it, it starts again.
const maxPageCounts = 10_000

// of returns termPages of each of terms.
func (pc *pageCounts) of(ctx context.Context, tx *sql.Tx, terms []string) ([]int, error) {
	var structure []byte
	err := tx.QueryRowContext(ctx, `SELECT block FROM entry_fts_data WHERE id = 10`).Scan(&structure)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, err
	}
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if !bytes.Equal(structure, pc.structure) || len(pc.pages) > maxPageCounts {
		pc.structure, pc.pages = structure, map[string]int{}
	}
	out := make([]int, len(terms))
	for i, t := range terms {
		n, ok := pc.pages[t]
		if !ok {
			var err error
			if n, err = termPages(ctx, tx, t); err != nil {
				return nil, err
			}
			pc.pages[t] = n
		}
		out[i] = n
	}
	return out, nil
}
