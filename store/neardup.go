package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
)

// nearDupIndex is the writer's memory of the locality-sensitive bands of
// every stored clipping's MinHash signature (minhash.go): a clipping
// sharing a band with a new one is a near-duplicate candidate, checked
// against its stored signature. It replaces a table of 16 rows per
// clipping that every save wrote and queried. Band keys are cut to 32 bits
// (9 to 11 bytes a band in memory; a false candidate costs one lookup by
// primary key, and its signature decides). Only the writer, under
// Store.saveMu, uses it.
type nearDupIndex struct {
	loaded bool
	upTo   int64            // the highest clipping id loaded
	first  map[uint32]int32 // band -> the first clipping with it
	more   map[uint32][]int32
}

// sqlClipSigsAfter reads the signatures of clippings stored after an id:
// clipping ids only grow (nothing deletes clippings), so what another
// process stored since the index looked is what lies above upTo.
const (
	sqlClipSigsAfter = `SELECT id, minhash FROM clippings WHERE id > ? AND minhash IS NOT NULL ORDER BY id`
	sqlClipSig       = `SELECT coalesce(near_dup_of, 0), minhash FROM clippings WHERE id = ?`
)

// sync loads the bands of clippings stored since the index last looked. It
// runs at the start of a save transaction, which holds the write lock.
func (x *nearDupIndex) sync(ctx context.Context, tx *sql.Tx) error {
	if !x.loaded {
		x.first, x.more, x.upTo, x.loaded = map[uint32]int32{}, map[uint32][]int32{}, 0, true
	}
	rows, err := tx.QueryContext(ctx, sqlClipSigsAfter, x.upTo)
	if err != nil {
		return fmt.Errorf("load near-duplicate bands: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var blob []byte
		if err := rows.Scan(&id, &blob); err != nil {
			return fmt.Errorf("load near-duplicate bands: %w", err)
		}
		x.add(id, bandKeys(decodeSig(blob)))
	}
	return rows.Err()
}

// add records a committed clipping's bands.
func (x *nearDupIndex) add(id int64, bands []uint32) {
	if !x.loaded {
		return
	}
	for _, b := range bands {
		if _, ok := x.first[b]; !ok {
			x.first[b] = int32(id)
		} else {
			x.more[b] = append(x.more[b], int32(id))
		}
	}
	x.upTo = max(x.upTo, id)
}

// candidates appends the clippings sharing a band with bands, in the
// index and in pending (bands of clippings stored by the current
// transaction), once each and in ascending order.
func (x *nearDupIndex) candidates(bands []uint32, pending map[uint32][]int32) []int64 {
	var out []int64
	seen := map[int32]bool{}
	put := func(id int32) {
		if !seen[id] {
			seen[id] = true
			out = append(out, int64(id))
		}
	}
	for _, b := range bands {
		if id, ok := x.first[b]; ok {
			put(id)
		}
		for _, id := range x.more[b] {
			put(id)
		}
		for _, id := range pending[b] {
			put(id)
		}
	}
	slices.Sort(out)
	return out
}

// bandKeys returns a signature's LSH bands as 32-bit keys.
func bandKeys(sig []uint64) []uint32 {
	bs := bands(sig)
	out := make([]uint32, len(bs))
	for i, b := range bs {
		out[i] = uint32(b) ^ uint32(b>>32)
	}
	return out
}

// nearDuplicate returns the stored clipping a signature nearly matches (the
// first of a family of near-duplicates), or 0: the candidates sharing a
// band, oldest first, each checked against its stored signature.
func (s *Store) nearDuplicate(ctx context.Context, tx *sql.Tx, ss *saveState, bands []uint32, sig []uint64) (int64, error) {
	for _, id := range s.nearDups.candidates(bands, ss.bands) {
		var root int64
		var blob []byte
		err := s.txQueryRow(ctx, tx, sqlClipSig, id).Scan(&root, &blob)
		if err == sql.ErrNoRows {
			continue
		}
		if err != nil {
			return 0, err
		}
		if similarity(sig, decodeSig(blob)) >= nearDupSim {
			if root != 0 {
				return root, nil
			}
			return id, nil
		}
	}
	return 0, nil
}
