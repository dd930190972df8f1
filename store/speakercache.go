package store

import (
	"context"
	"database/sql"
	"sort"
	"sync"
)

// surnameCache is the writer's memory of the speakers of each surname, as
// committed: what matchSurname reads for every name no alias matches, kept
// so that a save does not query the speakers table for each new spelling.
// It holds only committed state. A save transaction that inserts a speaker
// or renames one marks it dirty (saveState.dirty); lookups touching a dirty
// speaker or surname go to SQL, which sees the transaction's own writes,
// and after the commit the dirty surnames are dropped, to be read again,
// and the new statement counts applied (they order the candidates).
type surnameCache struct {
	mu      sync.Mutex
	bySur   map[string][]surnameCand
	surname map[int64]string // speaker id -> its cached surname
}

// surnameCand is one speaker of a surname.
type surnameCand struct {
	id         int64
	words      []string // the folded words of its name
	statements int
}

// dirtySpeakers is what a save transaction changed about speakers.
type dirtySpeakers struct {
	ids      map[int64]bool
	surnames map[string]bool
}

func (d *dirtySpeakers) add(id int64, surname string) {
	if d.ids == nil {
		d.ids, d.surnames = map[int64]bool{}, map[string]bool{}
	}
	if id != 0 {
		d.ids[id] = true
	}
	if surname != "" {
		d.surnames[surname] = true
	}
}

// get returns the cached candidates of a surname, unless a dirty speaker
// is among them.
func (c *surnameCache) get(surname string, dirty *dirtySpeakers) ([]surnameCand, bool) {
	if dirty.surnames[surname] {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	cands, ok := c.bySur[surname]
	if !ok {
		return nil, false
	}
	for _, cd := range cands {
		if dirty.ids[cd.id] {
			return nil, false
		}
	}
	return cands, true
}

// put remembers the candidates read from SQL, when they are committed
// state (no dirty speaker among them).
func (c *surnameCache) put(surname string, cands []surnameCand, dirty *dirtySpeakers) {
	if dirty.surnames[surname] {
		return
	}
	for _, cd := range cands {
		if dirty.ids[cd.id] {
			return
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bySur == nil {
		c.bySur, c.surname = map[string][]surnameCand{}, map[int64]string{}
	}
	c.bySur[surname] = cands
	for _, cd := range cands {
		c.surname[cd.id] = surname
	}
}

// committed applies a committed save: dirty speakers' surnames are
// forgotten and counts (new statements per speaker) added, keeping each
// surname's candidates ordered as matchSurname's SQL orders them.
func (c *surnameCache) committed(dirty *dirtySpeakers, counts map[int64]int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.bySur == nil {
		return
	}
	drop := func(surname string) {
		for _, cd := range c.bySur[surname] {
			delete(c.surname, cd.id)
		}
		delete(c.bySur, surname)
	}
	for surname := range dirty.surnames {
		drop(surname)
	}
	for id := range dirty.ids {
		if surname, ok := c.surname[id]; ok {
			drop(surname)
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

// surnameCands returns the speakers of a surname, most quoted first: from
// the cache, or read and remembered.
func (s *Store) surnameCands(ctx context.Context, tx *sql.Tx, ss *saveState, surname string) ([]surnameCand, error) {
	if cands, ok := s.surnames.get(surname, &ss.dirty); ok {
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
	s.surnames.put(surname, cands, &ss.dirty)
	return cands, nil
}
