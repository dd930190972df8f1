package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
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
	// one of probes finds (one of its uncommon words, and the filter):
	// reading their text costs a few microseconds a row where FTS5
	// looking a row up costs 50-100.
	check  *phraseCheck
	probes []string
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
			for _, w := range uncommonWords(c.words) {
				p.probes = append(p.probes, "({"+phraseCols+"} : \""+w+"\") AND "+extra)
			}
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
// words, longest (likely rarest) first, at most maxProbes.
func uncommonWords(words []string) []string {
	var out []string
	for _, w := range words {
		if !commonWords[w] && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out[:min(len(out), maxProbes)]
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
		if !commonWords[w] {
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
	// maxProbes is how many of a phrase's uncommon words are tried: a
	// probe that finds too many rows costs 1-3 ms.
	maxProbes = 1
)

// maxChecked is how many rows of a speaker's a phrase's probe may find to
// be checked in Go: at most about 3 ms of reading and checking text (the
// phrases it serves cost FTS5 5-20 ms). A variable for tests.
var maxChecked = 512

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
		// The first probe that finds few rows gives the candidates; a
		// probe that finds many stops after maxChecked of them.
		for _, probe := range p.probes {
			cands, err := query(probe, "", nil, maxChecked+1, 0)
			if err != nil {
				return nil, err
			}
			if len(cands) <= maxChecked {
				return s.checkCandidates(ctx, tx, p, cands, skip, want)
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

// checkCandidates returns the keys of cands (in walking order) that hold
// p's phrase, skipping skip and returning at most want: checked in Go a
// chunk at a time until enough are found, rows whose text Go cannot
// tokenise as FTS5 does by FTS5.
func (s *Store) checkCandidates(ctx context.Context, tx *sql.Tx, p matchPlan, cands []int64, skip, want int) ([]int64, error) {
	var found []int64
	for len(cands) > 0 && len(found) < skip+want {
		chunk := cands[:min(len(cands), maxChunk)]
		cands = cands[len(chunk):]
		ok, err := s.checkRows(ctx, tx, p, chunk)
		if err != nil {
			return nil, err
		}
		for _, k := range chunk {
			if ok[k] {
				found = append(found, k)
			}
		}
	}
	return cut(found, skip, want), nil
}

// checkRows returns which of keys hold p's phrase, checked in Go (FTS5
// deciding the few Go cannot).
func (s *Store) checkRows(ctx context.Context, tx *sql.Tx, p matchPlan, keys []int64) (map[int64]bool, error) {
	ok, rest, err := s.checkPhrase(ctx, tx, p.check, keys)
	if err == nil && len(rest) > 0 {
		var more map[int64]bool
		more, err = verify(ctx, tx, p.exact, rest)
		for k := range more {
			ok[k] = true
		}
	}
	return ok, err
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
