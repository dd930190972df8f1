package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// stems gives the index's stem of a word: what FTS5's porter tokenizer
// (the full-text index's, ftsTokenize) makes of it, so that Go can check
// a phrase against a statement's text exactly as FTS5 would (phraseCheck).
// The stems come from SQLite itself, a batch of words at a time, through
// an in-memory FTS5 table of that tokenizer, and are cached: a long-running
// daemon asks again for few words.
type stems struct {
	mu    sync.Mutex
	db    *sql.DB // an in-memory database: one connection, never closed while in use
	cache map[string]string
	stmts *stmtCache // tokens' statements (sqlStemAdd, sqlStemRead, sqlStemClear), prepared on db
}

// tokens's statements: a text in, its tokens' stems and offsets out, the
// text gone again.
const (
	sqlStemAdd   = `INSERT INTO w (rowid, t) VALUES (1, ?)`
	sqlStemRead  = `SELECT term, offset FROM wv`
	sqlStemClear = `DELETE FROM w`
)

// ftsTokenize is the full-text index's tokenizer (migrations/0001_schema.sql).
const ftsTokenize = `porter unicode61 remove_diacritics 2`

// maxStems bounds the cache; past it, it starts again.
const maxStems = 200_000

// stemsOf returns the stems of words (each one token: letters and
// digits), filling in the cache for those not in it.
func (st *stems) stemsOf(ctx context.Context, words []string) (map[string]string, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	out, err := st.stemsLocked(ctx, words)
	if err != nil {
		st.reset() // a connection lost takes its tables with it
	}
	return out, err
}

// reset drops the in-memory database, to be made again when next needed.
func (st *stems) reset() {
	if st.db != nil {
		st.stmts.close()
		st.db.Close()
		st.db, st.stmts = nil, nil
	}
}

func (st *stems) stemsLocked(ctx context.Context, words []string) (map[string]string, error) {
	if st.db == nil {
		db, err := sql.Open("sqlite", "file::memory:")
		if err != nil {
			return nil, err
		}
		db.SetMaxOpenConns(1)
		db.SetMaxIdleConns(1)
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
		for _, q := range []string{`CREATE VIRTUAL TABLE w USING fts5(t, tokenize = '` + ftsTokenize + `')`,
			`CREATE VIRTUAL TABLE wv USING fts5vocab(w, 'instance')`} {
			if _, err := db.ExecContext(ctx, q); err != nil {
				db.Close()
				return nil, fmt.Errorf("store: stems: %w", err)
			}
		}
		stmts, err := prepareStatements(ctx, db, sqlStemAdd, sqlStemRead, sqlStemClear)
		if err != nil {
			db.Close()
			return nil, fmt.Errorf("store: stems: %w", err)
		}
		st.db, st.cache, st.stmts = db, map[string]string{}, stmts
	}
	var missing []string
	out := make(map[string]string, len(words))
	for _, w := range words {
		if s, ok := st.cache[w]; ok {
			out[w] = s
		} else if _, dup := out[w]; !dup {
			out[w] = ""
			missing = append(missing, w)
		}
	}
	if len(missing) == 0 {
		return out, nil
	}
	if len(st.cache)+len(missing) > maxStems {
		st.cache = map[string]string{}
	}
	// One row of the words, one token each: a token's offset is its index.
	n := 0
	err := st.tokens(ctx, strings.Join(missing, " "), func(term string, off int) error {
		if off >= 0 && off < len(missing) {
			st.cache[missing[off]] = term
			out[missing[off]] = term
			n++
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if n != len(missing) {
		return nil, fmt.Errorf("store: stems: %d tokens for %d words", n, len(missing))
	}
	return out, nil
}

// ofText returns the stems of text's tokens in order, as the index's
// tokenizer makes them: for text whose tokens Go cannot tell (ftsTokens).
func (st *stems) ofText(ctx context.Context, text string) ([]string, error) {
	st.mu.Lock()
	defer st.mu.Unlock()
	out, err := st.ofTextLocked(ctx, text)
	if err != nil {
		st.reset()
	}
	return out, err
}

func (st *stems) ofTextLocked(ctx context.Context, text string) ([]string, error) {
	if _, err := st.stemsLocked(ctx, nil); err != nil { // opens the database
		return nil, err
	}
	var out []string
	err := st.tokens(ctx, text, func(term string, off int) error {
		if off < 0 || off > len(text) {
			return fmt.Errorf("store: stems: token offset %d", off)
		}
		for len(out) <= off {
			out = append(out, "")
		}
		out[off] = term
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// tokens runs the index's tokenizer over text in the in-memory database
// and calls each with every token's stem and its index in text's tokens.
func (st *stems) tokens(ctx context.Context, text string, each func(term string, off int) error) error {
	if _, err := st.stmts.m[sqlStemAdd].ExecContext(ctx, text); err != nil {
		return fmt.Errorf("store: stems: %w", err)
	}
	rows, err := st.stmts.m[sqlStemRead].QueryContext(ctx)
	if err != nil {
		return fmt.Errorf("store: stems: %w", err)
	}
	for rows.Next() {
		var term string
		var off int
		if err := rows.Scan(&term, &off); err != nil {
			rows.Close()
			return err
		}
		if err := each(term, off); err != nil {
			rows.Close()
			return err
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if _, err := st.stmts.m[sqlStemClear].ExecContext(ctx); err != nil {
		return fmt.Errorf("store: stems: %w", err)
	}
	return nil
}

// close releases the in-memory database.
func (st *stems) close() error {
	st.mu.Lock()
	defer st.mu.Unlock()
	st.reset()
	return nil
}

// asciiPhrase reports whether every word is lower-case ASCII letters and
// digits, which the index's tokenizer takes as one token each.
func asciiPhrase(words []string) bool {
	for _, w := range words {
		if w == "" {
			return false
		}
		for i := 0; i < len(w); i++ {
			if c := w[i]; !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
				return false
			}
		}
	}
	return true
}

// ftsTokens splits text into tokens as the index's tokenizer does,
// appending them lower-cased to toks; ok is false when text has a
// character whose handling Go cannot be sure of (eachToken).
func ftsTokens(text string, toks []string) ([]string, bool) {
	_, ok := eachToken(text, func(tok string, _ bool) bool {
		toks = append(toks, lowerWord(tok))
		return false
	})
	return toks, ok
}

// eachToken calls each with the tokens of text in order, as the index's
// tokenizer splits them (unicode61: letters and numbers make tokens,
// punctuation, symbols and spaces part them), and whether a token is all
// ASCII, until each returns true (stopped). It stops with ok false at a
// character whose handling Go cannot be sure of: a mark (which
// remove_diacritics folds into its letter), a format or private
// character, or a letter past Latin Extended-B (whose category FTS5's
// Unicode tables may give otherwise). The caller leaves such text to FTS5.
func eachToken(text string, each func(tok string, ascii bool) bool) (stopped, ok bool) {
	start, ascii := -1, true
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if asciiAlnum(c) {
				if start < 0 {
					start, ascii = i, true
				}
			} else if start >= 0 {
				if each(text[start:i], ascii) {
					return true, true
				}
				start = -1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			return false, false
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			if r >= 0x250 {
				return false, false
			}
			if start < 0 {
				start = i
			}
			ascii = false
		case unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) || unicode.IsControl(r):
			if start >= 0 {
				if each(text[start:i], ascii) {
					return true, true
				}
				start = -1
			}
		default:
			return false, false
		}
		i += n
	}
	if start >= 0 && each(text[start:], ascii) {
		return true, true
	}
	return false, true
}

// lowerWord lower-cases a word as strings.ToLower does, without a copy
// when it is lower case already.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}
