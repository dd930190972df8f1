package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"regexp"
	"sort"
	"strings"
	"time"
)

// GenerateOptions say what Generate builds.
type GenerateOptions struct {
	Statements int      // entries to generate
	Texts      []string // a corpus: its sentences become statements, its names speakers
	Outlets    []string // outlet names; a few made-up ones when empty
	Speakers   int      // distinct speakers (default 2,000), quoted with a Zipf distribution
	PerClip    int      // statements per clipping (default 20)
	Seed       uint64
	From, To   time.Time             // the span of publication dates (default 2015 to 2025)
	Progress   func(done, total int) // called every batch, when set
}

// GenerateStats says what Generate built.
type GenerateStats struct {
	Statements, Clippings, Speakers int
	Sentences                       int // distinct sentences drawn from the corpus
}

// Generate fills an empty store with synthetic clippings, speakers and
// statements drawn from a corpus, for benchmarks: statement contents are
// the corpus's own sentences (so searches meet its real vocabulary, common
// words included), speakers are the corpus's most frequent two-word names
// quoted with a Zipf distribution (a few speakers say a lot), and
// publication dates rise with the clippings' order, as in a store fed over
// years. Rows go in through the same schema, triggers and full-text index
// as SaveClipping's, in large transactions.
func (s *Store) Generate(ctx context.Context, opts GenerateOptions) (GenerateStats, error) {
	// Entries written here bypass the writer's memory of entry keys.
	defer s.forgetEntryKeys()
	var gs GenerateStats
	g, err := s.generator(ctx, &opts)
	if err != nil {
		return gs, err
	}
	sentences, headlines, names, rng, zipf := g.sentences, g.headlines, g.names, g.rng, g.zipf
	gs.Sentences = len(sentences)

	now := fmtTime(s.now())
	// Speakers first: one transaction.
	speakerIDs := make([]int64, len(names))
	err = s.write(ctx, func(tx *sql.Tx) error {
		for i, name := range names {
			words := nameWords(foldName(name))
			r, err := tx.ExecContext(ctx, `INSERT INTO speakers (name, title, surname, added) VALUES (?, '', ?, ?)`, name, words[len(words)-1], now)
			if err != nil {
				return err
			}
			if speakerIDs[i], err = r.LastInsertId(); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO speaker_aliases (key, alias, speaker_id) VALUES (?, ?, ?)`,
				foldName(name), name, speakerIDs[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return gs, fmt.Errorf("store: generate speakers: %w", err)
	}
	gs.Speakers = len(names)

	counts := make([]int, len(names))
	clips := (opts.Statements + opts.PerClip - 1) / opts.PerClip
	span := opts.To.Sub(opts.From)
	const batch = 2500 // clippings per transaction: fewer, larger full-text segments
	done := 0
	for first := 0; first < clips; first += batch {
		err := s.writeDetached(ctx, func(wctx context.Context, tx *sql.Tx) error {
			// The statements run under wctx; ctx is checked between
			// clippings, as SaveBatch does.
			insClip, err := tx.PrepareContext(wctx, `INSERT INTO clippings (hash, path, url, headline, outlet, published, text, n_statements, added)
				VALUES (?, ?, '', ?, ?, ?, ?, ?, ?)`)
			if err != nil {
				return err
			}
			defer insClip.Close()
			insEntry, err := tx.PrepareContext(wctx, `INSERT INTO entries (id, fts_key, speaker_id, content_key, speaker, content, direct,
				said_on, said_on_precision, day, published, added, names, context, sid, pairs)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'day', ?, ?, ?, ?, ?, ?, ?)`)
			if err != nil {
				return err
			}
			defer insEntry.Close()
			insSource, err := tx.PrepareContext(wctx, `INSERT INTO entry_sources (entry_id, clipping_id, seq) VALUES (?, ?, ?)`)
			if err != nil {
				return err
			}
			defer insSource.Close()
			for c := first; c < min(first+batch, clips); c++ {
				if err := ctx.Err(); err != nil {
					return err
				}
				n := min(opts.PerClip, opts.Statements-done)
				day := opts.From.Add(time.Duration(float64(span) * float64(c) / float64(clips))).Format("2006-01-02")
				headline := headlines[rng.IntN(len(headlines))]
				outlet := opts.Outlets[rng.IntN(len(opts.Outlets))]
				r, err := insClip.ExecContext(wctx, fmt.Sprintf("gen:%d", c), fmt.Sprintf("gen/%07d.txt", c), headline, outlet, day, headline, n, now)
				if err != nil {
					return err
				}
				clipID, err := r.LastInsertId()
				if err != nil {
					return err
				}
				for k := range n {
					sp := int(zipf.Uint64())
					counts[sp]++
					content := sentences[rng.IntN(len(sentences))]
					entryID := int64(done + k + 1)
					_, err := insEntry.ExecContext(wctx, entryID, ftsKey(day, day, entryID), speakerIDs[sp], fmt.Sprintf("gen:%d", entryID),
						names[sp], content, rng.IntN(2) == 0, day, day, day, now, names[sp], contextWords(content, headline), fmt.Sprintf("spk%d", speakerIDs[sp]),
						entryPairs(content, names[sp]))
					if err != nil {
						return err
					}
					if _, err := insSource.ExecContext(wctx, entryID, clipID, k); err != nil {
						return err
					}
				}
				done += n
				gs.Clippings++
			}
			return nil
		})
		if err != nil {
			return gs, fmt.Errorf("store: generate: %w", err)
		}
		if opts.Progress != nil {
			opts.Progress(done, opts.Statements)
		}
	}
	gs.Statements = done
	err = s.write(ctx, func(tx *sql.Tx) error {
		for i, n := range counts {
			if _, err := tx.ExecContext(ctx, `UPDATE speakers SET statements = ? WHERE id = ?`, n, speakerIDs[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return gs, fmt.Errorf("store: generate counts: %w", err)
	}
	// Index everything in one pass: FTS5 builds large segments from its
	// in-memory buffer instead of one per transaction.
	if _, err := s.db.ExecContext(ctx, `INSERT INTO entry_fts (entry_fts) VALUES ('rebuild')`); err != nil {
		return gs, fmt.Errorf("store: generate: index: %w", err)
	}
	return gs, nil
}

// generator is what Generate and GenerateIngest draw from.
type generator struct {
	sentences, headlines, names []string
	rng                         *rand.Rand
	zipf                        *rand.Zipf // speaker indexes, a few quoted a lot
}

// generator checks that the store is empty, fills in opts's defaults and
// reads the corpus.
func (s *Store) generator(ctx context.Context, opts *GenerateOptions) (*generator, error) {
	if opts.Statements <= 0 {
		return nil, fmt.Errorf("store: generate: no statements asked for")
	}
	if n, err := s.MaxEntryID(ctx); err != nil || n > 0 {
		return nil, fmt.Errorf("store: generate: the store is not empty (%v)", err)
	}
	opts.Speakers = cmpOr(opts.Speakers, 2000)
	opts.PerClip = cmpOr(opts.PerClip, 20)
	if opts.From.IsZero() {
		opts.From = time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if opts.To.IsZero() {
		opts.To = time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC)
	}
	if len(opts.Outlets) == 0 {
		opts.Outlets = []string{"The Daily Record", "Morning Wire", "Capital Gazette", "Evening Courier", "World Desk"}
	}
	g := &generator{}
	if g.sentences, g.headlines = corpusSentences(opts.Texts); len(g.sentences) == 0 {
		return nil, fmt.Errorf("store: generate: the corpus has no sentences")
	}
	g.names = corpusNames(opts.Texts, opts.Speakers)
	g.rng = rand.New(rand.NewPCG(opts.Seed, 0x9e3779b97f4a7c15))
	g.zipf = rand.NewZipf(rand.New(rand.NewPCG(opts.Seed+1, 7)), 1.1, 4, uint64(len(g.names)-1))
	return g, nil
}

// Optimize merges the full-text index into one segment and refreshes the
// query planner's statistics, then copies the WAL into the database and
// empties it: worth running after a bulk load.
func (s *Store) Optimize(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `INSERT INTO entry_fts (entry_fts) VALUES ('optimize')`); err != nil {
		return fmt.Errorf("store: optimize: %w", err)
	}
	if err := s.analyze(ctx); err != nil {
		return err
	}
	// The end of a bulk load: the WAL emptied. Both steps above are
	// committed: a failed copy is only logged (finishWAL).
	s.finishWAL(ctx, "TRUNCATE")
	return nil
}

// analyze refreshes the query planner's statistics.
func (s *Store) analyze(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `ANALYZE`); err != nil {
		return fmt.Errorf("store: optimize: ANALYZE: %w", err)
	}
	return nil
}

// cmpOr returns v, or def when v is 0.
func cmpOr(v, def int) int {
	if v == 0 {
		return def
	}
	return v
}

// sentenceEnd splits text into rough sentences for the generator.
var sentenceEnd = regexp.MustCompile(`[.!?]["”’]?\s+|\n+`)

// corpusSentences returns the corpus's distinct sentences of 6 to 60 words,
// and shorter ones (3 to 14 words) to serve as headlines.
func corpusSentences(texts []string) (sentences, headlines []string) {
	seen := map[string]bool{}
	for _, t := range texts {
		for _, s := range sentenceEnd.Split(t, -1) {
			s = strings.TrimSpace(s)
			n := len(strings.Fields(s))
			if n < 3 || n > 60 || seen[s] {
				continue
			}
			seen[s] = true
			if n >= 6 {
				sentences = append(sentences, s)
			}
			if n <= 14 {
				headlines = append(headlines, s)
			}
		}
	}
	if len(headlines) == 0 {
		headlines = sentences
	}
	return sentences, headlines
}

// personName finds two capitalised words in a row: a rough person name.
var personName = regexp.MustCompile(`\b[A-Z][a-z]{2,}(?: [A-Z]\.)? [A-Z][a-z]{2,}\b`)

// corpusNames returns up to n of the corpus's most frequent two-word
// capitalised names, padding with numbered names when it has too few.
func corpusNames(texts []string, n int) []string {
	count := map[string]int{}
	for _, t := range texts {
		for _, m := range personName.FindAllString(t, -1) {
			count[m]++
		}
	}
	names := make([]string, 0, len(count))
	for name := range count {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool {
		if count[names[i]] != count[names[j]] {
			return count[names[i]] > count[names[j]]
		}
		return names[i] < names[j]
	})
	seen := map[string]bool{}
	var out []string
	for _, name := range names {
		if k := foldName(name); !seen[k] && len(out) < n {
			seen[k] = true
			out = append(out, name)
		}
	}
	for i := 0; len(out) < max(n, 5); i++ {
		out = append(out, fmt.Sprintf("Speaker Number%d", i))
	}
	return out
}
