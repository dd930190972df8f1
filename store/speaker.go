package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/whosaid/whosaid/digest"
)

// Statements of speaker resolution, prepared once (see hotStatements).
const (
	sqlAliasLookup     = `SELECT a.speaker_id, s.title FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id WHERE a.key = ?`
	sqlInsertAlias     = `INSERT OR IGNORE INTO speaker_aliases (key, alias, speaker_id) VALUES (?, ?, ?)`
	sqlSpeakerTitle    = `UPDATE speakers SET title = ? WHERE id = ? AND title != ?`
	sqlSurnameSpeakers = `SELECT id, name FROM speakers WHERE surname = ? ORDER BY statements DESC, id`
	sqlInsertSpeaker   = `INSERT INTO speakers (name, title, surname, added) VALUES (?, ?, ?, ?)`
	sqlSpeakerName     = `SELECT name FROM speakers WHERE id = ?`
)

// foldName returns the key a name is matched by: lower case, accents and
// punctuation dropped, white space folded, a leading "the" removed. "The
// Kremlin" and "kremlin", "Dmitri Peskov" and "Dmitri  Peskov." fold alike.
func foldName(name string) string {
	var b strings.Builder
	space := false
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == '\'' || r == '’' || r == '.':
			// "O'Brien" and "U.S." keep their words together.
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// nameWords splits a folded name into its words.
func nameWords(key string) []string { return strings.Fields(key) }

// resolveSpeaker returns the speaker a statement's name (folded: key) belongs to, creating
// it when no known speaker matches, and records the spelling as an alias.
// A name matches, in order: an alias spelled the same; a known alias of two
// or more words at its end ("Kremlin spokesman Dmitry Peskov" ends with
// "Dmitry Peskov"); a speaker with the same surname whose first name agrees
// (equal, an initial, or one edit apart: "Dmitri" and "Dmitry"), or any
// speaker of that surname when the name is a bare surname.
func (s *Store) resolveSpeaker(ctx context.Context, tx *sql.Tx, ss *saveState, key, name, title string) (id int64, created bool, err error) {
	if key == "" {
		return 0, false, digest.Errorf(digest.EINVALID, "speaker %q has no letters", name)
	}
	ref, ok := ss.speakers[key]
	if !ok {
		if v, hit := s.speakerCache.Load(key); hit {
			ref, ok = v.(speakerRef), true
		}
	}
	if !ok && s.entryKeys.mayHaveAlias(key) {
		err = s.txQueryRow(ctx, tx, sqlAliasLookup, key).Scan(&ref.id, &ref.title)
		switch {
		case err == nil:
			ok = true
		case err != sql.ErrNoRows:
			return 0, false, err
		}
	}
	if ok {
		if title != "" && title != ref.title {
			if _, err := s.txExec(ctx, tx, sqlSpeakerTitle, title, ref.id, title); err != nil {
				return 0, false, err
			}
			ref.title = title
		}
		ss.speakers[key] = ref
		return ref.id, false, nil
	}
	defer func() {
		if err == nil {
			ss.speakers[key] = speakerRef{id: id, title: title}
		}
	}()
	words := nameWords(key)
	for i := 1; i+2 <= len(words); i++ {
		suffix := strings.Join(words[i:], " ")
		if !s.entryKeys.mayHaveAlias(suffix) {
			continue
		}
		var known string
		err = s.txQueryRow(ctx, tx, sqlAliasLookup, suffix).Scan(&id, &known)
		if err == nil {
			return id, false, s.addAlias(ctx, tx, id, key, name, title, false)
		}
		if err != sql.ErrNoRows {
			return 0, false, err
		}
	}
	id, err = s.matchSurname(ctx, tx, words)
	if err != nil {
		return 0, false, err
	}
	if id != 0 {
		return id, false, s.addAlias(ctx, tx, id, key, name, title, len(words) >= 2)
	}
	res, err := s.txExec(ctx, tx, sqlInsertSpeaker, name, title, words[len(words)-1], fmtTime(ss.now))
	if err != nil {
		return 0, false, err
	}
	s.entryKeys.addSpeaker("", words[len(words)-1])
	if id, err = res.LastInsertId(); err != nil {
		return 0, false, err
	}
	return id, true, s.addAlias(ctx, tx, id, key, name, "", false)
}

// matchSurname finds the speaker a name of these folded words belongs to by
// surname, or 0.
func (s *Store) matchSurname(ctx context.Context, tx *sql.Tx, words []string) (int64, error) {
	surname := words[len(words)-1]
	if !s.entryKeys.mayHaveSurname(surname) {
		return 0, nil
	}
	rows, err := s.txQuery(ctx, tx, sqlSurnameSpeakers, surname)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	type cand struct {
		id    int64
		words []string
	}
	var cands []cand
	for rows.Next() {
		var c cand
		var name string
		if err := rows.Scan(&c.id, &name); err != nil {
			return 0, err
		}
		c.words = nameWords(foldName(name))
		cands = append(cands, c)
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if len(words) == 1 {
		// A bare surname: the most quoted speaker of that name.
		if len(cands) > 0 {
			return cands[0].id, nil
		}
		return 0, nil
	}
	first := words[len(words)-2]
	for _, c := range cands {
		if len(c.words) == 1 {
			return c.id, nil // a bare-surname speaker gets its first name
		}
		if firstNamesAgree(first, c.words[len(c.words)-2]) {
			return c.id, nil
		}
	}
	return 0, nil
}

// firstNamesAgree reports whether two folded first names can be the same
// person's: equal, one an initial of the other, or one edit apart when both
// are long enough for a transliteration to differ ("dmitri", "dmitry").
func firstNamesAgree(a, b string) bool {
	switch {
	case a == b:
		return true
	case len(a) == 1 || len(b) == 1:
		return a[0] == b[0]
	case len(a) >= 4 && len(b) >= 4:
		return a[0] == b[0] && editDistance(a, b) <= 1
	}
	return false
}

// addAlias records key as a spelling of speaker id. With fuller, a name of
// two or three words replaces a shorter or a much longer canonical name
// ("Peskov" and "Kremlin spokesman Dmitry Peskov" become "Dmitry Peskov");
// a title updates the speaker's latest title.
func (s *Store) addAlias(ctx context.Context, tx *sql.Tx, id int64, key, alias, title string, fuller bool) error {
	if _, err := s.txExec(ctx, tx, sqlInsertAlias, key, alias, id); err != nil {
		return err
	}
	s.entryKeys.addSpeaker(key, "")
	if fuller {
		var name string
		if err := s.txQueryRow(ctx, tx, sqlSpeakerName, id).Scan(&name); err != nil {
			return err
		}
		// A two- or three-word name is the canonical form: it replaces a
		// bare surname, or a long form with a title or worse in front.
		if n, cur := len(nameWords(key)), len(nameWords(foldName(name))); n <= 3 && (n > cur || cur > 3) {
			if _, err := tx.ExecContext(ctx, `UPDATE speakers SET name = ? WHERE id = ?`, alias, id); err != nil {
				return err
			}
		}
	}
	if title != "" {
		if _, err := s.txExec(ctx, tx, sqlSpeakerTitle, title, id, title); err != nil {
			return err
		}
	}
	return nil
}

// addSpeakerAliases records the other spellings the extractor found for a
// statement's speaker in its clipping ("Donald J. Trump", "Kremlin spokesman
// Dmitry Peskov") as aliases of speaker id, so that a later clipping that
// gives only one of them finds the same speaker. Bare surnames are left to
// surname matching: pinned to one speaker they would capture namesakes. A
// spelling already an alias of another speaker keeps its speaker.
func (s *Store) addSpeakerAliases(ctx context.Context, tx *sql.Tx, ss *saveState, id int64, aliases []string) error {
	for _, alias := range aliases {
		key := foldName(alias)
		if len(nameWords(key)) < 2 {
			continue
		}
		if _, done := ss.speakers[key]; done {
			continue
		}
		if _, err := s.txExec(ctx, tx, sqlInsertAlias, key, alias, id); err != nil {
			return fmt.Errorf("store: alias %q: %w", alias, err)
		}
		s.entryKeys.addSpeaker(key, "")
	}
	return nil
}

// editDistance returns the Levenshtein distance between a and b in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// FindSpeakers returns up to limit speakers whose name or an alias matches
// name, best first: an alias spelled the same, then speakers with that
// surname or word in a name, then close spellings ("peskof" finds Dmitry
// Peskov). An empty name gives an EINVALID error.
func (s *Store) FindSpeakers(ctx context.Context, name string, limit int) ([]digest.Speaker, error) {
	key := foldName(name)
	if key == "" {
		return nil, digest.Errorf(digest.EINVALID, "which speaker? give a name")
	}
	if limit <= 0 {
		limit = 10
	}
	var ids []int64
	seen := map[int64]bool{}
	add := func(id int64) {
		if !seen[id] && len(ids) < limit {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	err := s.read(ctx, func(tx *sql.Tx) error {
		found, err := aliasMatches(ctx, tx, key, limit)
		if err != nil {
			return err
		}
		for _, id := range found {
			add(id)
		}
		if len(ids) >= limit {
			return nil
		}
		return s.closeSpellings(ctx, tx, key, add)
	})
	if err != nil {
		return nil, fmt.Errorf("store: find speakers: %w", err)
	}
	return s.speakers(ctx, ids)
}

// aliasMatches returns up to limit speakers with an alias spelled key, then
// those with key as a word of an alias (a surname or a first name), most
// quoted first.
func aliasMatches(ctx context.Context, tx *sql.Tx, key string, limit int) ([]int64, error) {
	like := escapeLike(key)
	rows, err := tx.QueryContext(ctx, `
		SELECT a.speaker_id, max(a.key = ?) AS exact, s.statements
		FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id
		WHERE a.key = ? OR a.key LIKE ? ESCAPE '\' OR a.key LIKE ? ESCAPE '\' OR a.key LIKE ? ESCAPE '\'
		GROUP BY a.speaker_id
		ORDER BY exact DESC, s.statements DESC, a.speaker_id
		LIMIT ?`,
		key, key, "% "+like, like+" %", "% "+like+" %", limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		var exact bool
		var n int
		if err := rows.Scan(&id, &exact, &n); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// closeSpellings adds speakers whose aliases, or a word of them, are within a
// few edits of key, closest first.
func (s *Store) closeSpellings(ctx context.Context, tx *sql.Tx, key string, add func(int64)) error {
	rows, err := tx.QueryContext(ctx, `SELECT a.key, a.speaker_id, s.statements FROM speaker_aliases a JOIN speakers s ON s.id = a.speaker_id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	type hit struct {
		id         int64
		dist       int
		statements int
	}
	limit := 1
	switch n := len([]rune(key)); {
	case n >= 9:
		limit = 3
	case n >= 5:
		limit = 2
	}
	best := map[int64]hit{}
	for rows.Next() {
		var k string
		var h hit
		if err := rows.Scan(&k, &h.id, &h.statements); err != nil {
			return err
		}
		h.dist = editDistance(key, k)
		if !strings.Contains(key, " ") {
			for _, w := range nameWords(k) {
				h.dist = min(h.dist, editDistance(key, w))
			}
		}
		if h.dist > limit {
			continue
		}
		if old, ok := best[h.id]; !ok || h.dist < old.dist {
			best[h.id] = h
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	hits := make([]hit, 0, len(best))
	for _, h := range best {
		hits = append(hits, h)
	}
	sort.Slice(hits, func(i, j int) bool {
		if hits[i].dist != hits[j].dist {
			return hits[i].dist < hits[j].dist
		}
		if hits[i].statements != hits[j].statements {
			return hits[i].statements > hits[j].statements
		}
		return hits[i].id < hits[j].id
	})
	for _, h := range hits {
		add(h.id)
	}
	return nil
}

// escapeLike escapes LIKE's wildcards in s for ESCAPE '\'.
func escapeLike(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// TopSpeakers returns up to limit speakers with the most statements.
func (s *Store) TopSpeakers(ctx context.Context, limit int) ([]digest.Speaker, error) {
	if limit <= 0 {
		limit = 10
	}
	rows, err := s.rdb.QueryContext(ctx, `SELECT id FROM speakers WHERE statements > 0 ORDER BY statements DESC, id LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("store: top speakers: %w", err)
	}
	ids, err := scanIDs(rows)
	if err != nil {
		return nil, fmt.Errorf("store: top speakers: %w", err)
	}
	return s.speakers(ctx, ids)
}

// Speaker returns the speaker with the given id, or an ENOTFOUND error.
func (s *Store) Speaker(ctx context.Context, id int64) (*digest.Speaker, error) {
	sp, err := s.speakers(ctx, []int64{id})
	if err != nil {
		return nil, err
	}
	if len(sp) == 0 {
		return nil, digest.Errorf(digest.ENOTFOUND, "no speaker %d", id)
	}
	return &sp[0], nil
}

// speakers loads the speakers with these ids, in the order given.
func (s *Store) speakers(ctx context.Context, ids []int64) ([]digest.Speaker, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	byID := map[int64]*digest.Speaker{}
	err := s.read(ctx, func(tx *sql.Tx) error {
		args := int64Args(ids)
		rows, err := tx.QueryContext(ctx, `SELECT id, name, title, statements FROM speakers WHERE id IN (`+placeholders(len(ids))+`)`, args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			var sp digest.Speaker
			if err := rows.Scan(&sp.ID, &sp.Name, &sp.Title, &sp.Statements); err != nil {
				rows.Close()
				return err
			}
			byID[sp.ID] = &sp
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		rows, err = tx.QueryContext(ctx, `SELECT speaker_id, alias FROM speaker_aliases WHERE speaker_id IN (`+placeholders(len(ids))+`) ORDER BY rowid`, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var alias string
			if err := rows.Scan(&id, &alias); err != nil {
				return err
			}
			if sp := byID[id]; sp != nil {
				sp.Aliases = append(sp.Aliases, alias)
			}
		}
		return rows.Err()
	})
	if err != nil {
		return nil, fmt.Errorf("store: load speakers: %w", err)
	}
	out := make([]digest.Speaker, 0, len(ids))
	for _, id := range ids {
		if sp := byID[id]; sp != nil {
			if !containsFold(sp.Aliases, sp.Name) {
				sp.Aliases = append([]string{sp.Name}, sp.Aliases...)
			}
			out = append(out, *sp)
		}
	}
	return out, nil
}

// containsFold reports whether list holds s, ignoring case.
func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// int64Args converts ids to query arguments.
func int64Args(ids []int64) []any {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	return args
}

// scanIDs reads a one-column result of ids and closes rows.
func scanIDs(rows *sql.Rows) ([]int64, error) {
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}
