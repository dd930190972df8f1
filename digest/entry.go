package digest

import (
	"context"
	"time"
)

// Source is one clipping that carried a stored statement.
type Source struct {
	ClippingID int64
	Outlet     string
	URL        string
	Headline   string
	Path       string
	Published  time.Time // zero when unknown
}

// Entry is a stored statement: one quote or claim by one speaker, shown once
// however many clippings carried it, with every Source that did.
type Entry struct {
	ID int64
	Statement
	SpeakerID int64
	Sources   []Source  // every clipping that carried it, the first one first
	Added     time.Time // when the store first saw it
	// Snippet is set by Search: Content (or the clipping text that matched)
	// shortened around the match, with matched words between SnippetOpen
	// and SnippetClose marks. Renderers replace the marks.
	Snippet string
	// Question is the question a short quote answers, when AddClippingFacts
	// found one in its clipping ("whether relations ranked among ...").
	Question string
	// Form is how the clipping's writer wrote the speaker, when
	// AddClippingFacts read the clipping.
	Form SpeakerForm
	// CommonOpening: the capitalised first word of Content is a common
	// word of its clipping, capitalised there only where a sentence opens
	// ("Potholes form when ..."), as AddClippingFacts read it: a line
	// that writes it after "said" writes it in lower case.
	CommonOpening bool
}

// Snippet marks around matched words in Entry.Snippet. They are control
// characters that never occur in cleaned clipping text.
const (
	SnippetOpen  = "\x02"
	SnippetClose = "\x03"
)

// Outlets returns the distinct outlets of e's sources in order, skipping
// empty ones.
func (e *Entry) Outlets() []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range e.Sources {
		if s.Outlet == "" || seen[s.Outlet] {
			continue
		}
		seen[s.Outlet] = true
		out = append(out, s.Outlet)
	}
	return out
}

// When returns the best date known for e: said_on, else the first source's
// publication date, else unknown.
func (e *Entry) When() Date {
	if d := e.Date(); d.Known() {
		return d
	}
	for _, s := range e.Sources {
		if !s.Published.IsZero() {
			return DayDate(s.Published)
		}
	}
	return Date{Precision: PrecisionUnknown}
}

// Speaker is a person or organisation quoted in the store, with every
// spelling under which it was seen.
type Speaker struct {
	ID         int64
	Name       string   // canonical: the fullest form seen
	Title      string   // the latest title seen ("Kremlin spokesman")
	Aliases    []string // every spelling seen, Name included
	Statements int      // how many entries it has
}

// Filter selects entries. Zero fields select everything.
type Filter struct {
	SpeakerIDs []int64   // any of these speakers
	Since      time.Time // said (or published) on or after
	Before     time.Time // said (or published) before
	AfterID    int64     // entries with ID > AfterID: "new since the last digest"
	Limit      int       // at most this many; 0 means the store's default
	Offset     int
}

// SaveResult says what the store did with a clipping.
type SaveResult struct {
	ClippingID  int64
	Duplicate   bool  // the same text was already stored: nothing was done
	NearDupOf   int64 // a near-duplicate of this stored clipping (0: none)
	Statements  int   // statements stored (new entries or new sources of existing ones)
	NewEntries  int   // of which new entries
	NewSpeakers int
}

// SearchResult is one page of search hits.
type SearchResult struct {
	Entries []Entry
	More    bool // a next page exists
}

// StatementStore is what the bot and the scheduler need from the store of
// clippings and statements. Implemented by store.Store.
type StatementStore interface {
	// SaveClipping stores c with its statements in one transaction.
	SaveClipping(ctx context.Context, c *Clipping) (SaveResult, error)
	// Latest returns the newest entries matching f, newest first.
	Latest(ctx context.Context, f Filter) ([]Entry, error)
	// Search runs a user query (words, "phrases", speaker:NAME, since:DATE,
	// before:DATE) and returns one page. Any text is safe; a query that
	// means nothing returns an EINVALID error.
	Search(ctx context.Context, query string, limit, offset int) (SearchResult, error)
	// Timeline returns a speaker's entries about an optional topic, oldest
	// first by said_on then publication date.
	Timeline(ctx context.Context, speakerID int64, topic string, limit, offset int) (SearchResult, error)
	// FindSpeakers returns the speakers whose name or alias matches name,
	// best first: exact alias, then surname, then close spellings.
	FindSpeakers(ctx context.Context, name string, limit int) ([]Speaker, error)
	// TopSpeakers returns the most quoted speakers.
	TopSpeakers(ctx context.Context, limit int) ([]Speaker, error)
	// Outlets returns the outlets in the store with their clipping counts.
	Outlets(ctx context.Context) ([]OutletCount, error)
	// Stats returns counts for /stats and /metrics.
	Stats(ctx context.Context) (Stats, error)
}

// OutletCount is an outlet and how many clippings came from it.
type OutletCount struct {
	Outlet    string
	Clippings int
}

// Stats are the store's counts.
type Stats struct {
	Clippings       int
	Statements      int
	Speakers        int
	Chats           int // subscribed and active
	MessagesSent    int
	MessagesFailed  int
	MessagesPending int
	LastDigest      time.Time
}
