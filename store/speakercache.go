package store

import (
	"context"
	"database/sql"
	"slices"
	"sort"
	"sync"
)

// surnameCache is the writer's memory of the speakers of each surname, as
// committed: what matchSurname reads for every name no alias matches, kept
// so that a save does not query the speakers table for each new spelling.
//
// A save transaction works on its own copies (txSurnames): it brings a
// surname's speakers in from here, or from SQL the first time, and adds
// the speakers it inserts and the fuller names it gives. Only after the
// commit do its copies, with the new statement counts (which order the
// candidates), replace what is here; a rolled-back save leaves it as it
// was.
type surnameCache struct {
	mu      sync.Mutex
	bySur   map[string][]surnameCand
	surname map[int64]string // speaker id -> its surname, for those held
}

// surnameCand is one speaker of a surname.
type surnameCand struct {
	id         int64
	words      []string // the folded words of its name
	statements int      // as committed before the current save
}

// txSurnames is a save transaction's view of the speakers by surname.
type txSurnames struct {
	bySur   map[string][]surnameCand
	surname map[int64]string
}

func (t *txSurnames) set(surname string, cands []surnameCand) {
	if t.bySur == nil {
		t.bySur, t.surname = map[string][]surnameCand{}, map[int64]string{}
	}
	t.bySur[surname] = cands
	for _, c := range cands {
		t.surname[c.id] = surname
	}
}

// inserted adds a speaker the transaction created, after the others of
// its surname as the SQL orders it (no statements yet, the highest id).
// The surname's speakers must be in the view already.
func (t *txSurnames) inserted(id int64, surname string, words []string) {
	t.set(surname, append(t.bySur[surname], surnameCand{id: id, words: words}))
}

// renamed records a speaker's new name, when its surname is in the view.
func (t *txSurnames) renamed(id int64, words []string) {
	surname, ok := t.surname[id]
	if !ok {
		return
	}
	for i, c := range t.bySur[surname] {
		if c.id == id {
			t.bySur[surname][i].words = words
		}
	}
}

// committed takes a committed save's view and its counts (new statements
// per speaker), keeping each surname's speakers ordered as the SQL does.
func (c *surnameCache) committed(tx *txSurnames, counts map[int64]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bySur == nil {
		c.bySur, c.surname = map[string][]surnameCand{}, map[int64]string{}
	}
	for surname, cands := range tx.bySur {
		c.bySur[surname] = cands
		for _, cd := range cands {
			c.surname[cd.id] = surname
		}
	}
	resort := map[string]bool{}
	for id, n := range counts {
		surname, ok := c.surname[id]
		if !ok {
			continue
		}
		cands := c.bySur[surname]
		for i := range cands {
			if cands[i].id == id {
				cands[i].statements += n
			}
		}
		resort[surname] = true
	}
	for surname := range resort {
		sortCands(c.bySur[surname])
	}
}

// get returns a copy of the committed speakers of a surname.
func (c *surnameCache) get(surname string) ([]surnameCand, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cands, ok := c.bySur[surname]
	return slices.Clone(cands), ok
}

// forget drops everything, for a write that bypasses the cache.
func (c *surnameCache) forget() {
	c.mu.Lock()
	c.bySur, c.surname = nil, nil
	c.mu.Unlock()
}

// sortCands orders candidates as sqlSurnameSpeakers does: most statements
// first, then by id.
func sortCands(cands []surnameCand) {
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].statements != cands[j].statements {
			return cands[i].statements > cands[j].statements
		}
		return cands[i].id < cands[j].id
	})
}

// surnameCands returns the speakers of a surname, most quoted first, as
// the save transaction sees them: from its view, the cache, or SQL.
func (s *Store) surnameCands(ctx context.Context, tx *sql.Tx, ss *saveState, surname string) ([]surnameCand, error) {
	if cands, ok := ss.surnames.bySur[surname]; ok {
		return cands, nil
	}
	if cands, ok := s.surnames.get(surname); ok {
		ss.surnames.set(surname, cands)
		return cands, nil
	}
	rows, err := s.txQuery(ctx, tx, sqlSurnameSpeakers, surname)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var cands []surnameCand
	for rows.Next() {
		var c surnameCand
		var name string
		if err := rows.Scan(&c.id, &name, &c.statements); err != nil {
			return nil, err
		}
		c.words = nameWords(foldName(name))
		cands = append(cands, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	ss.surnames.set(surname, cands)
	return cands, nil
}
