// Package collect brings clippings in from the configured sources: inbox
// folders, RSS/Atom/JSON feeds (each new item's page fetched and reduced to
// its article text) and what admins send to the bot. Every clipping goes
// through the same pipeline: clip.Parse, extract.Statements, SaveClipping.
//
// What was taken in is recorded per source (State) only after the clipping
// is saved, so a crash repeats at most a save that the store recognises as a
// duplicate by its content hash: nothing is lost and nothing is stored twice.
package collect

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
	"github.com/whosaid/whosaid/store"
)

// Saver stores clippings. Implemented by store.Store.
type Saver interface {
	SaveClipping(ctx context.Context, c *digest.Clipping) (digest.SaveResult, error)
}

// State remembers fetch state and what was taken in. Implemented by
// store.Store.
type State interface {
	FetchState(ctx context.Context, source string) (store.FetchState, error)
	SaveFetchState(ctx context.Context, st store.FetchState) error
	Seen(ctx context.Context, source, key string) (sig string, ok bool, err error)
	MarkSeen(ctx context.Context, source, key, sig string) error
}

var _ State = (*store.Store)(nil)

// Feed is one feed to poll.
type Feed struct {
	URL   string
	Every time.Duration // 0: Options.Every
}

// Options configure a Collector. Zero values take the defaults in
// DefaultOptions.
type Options struct {
	Inbox        []string      // folders to watch
	Feeds        []Feed        // feeds to poll
	Every        time.Duration // default interval between fetches of a feed
	UserAgent    string
	Timeout      time.Duration // one fetch, headers and body
	MaxFeedBytes int64
	MaxPageBytes int64
	MaxBackoff   time.Duration
	Parallel     int // feeds fetched at once
	// Settle is how long an inbox file must have been left alone before it
	// is read, so that a file still being written is not taken in half;
	// default 2 s, negative: no wait. Measured on the wall clock, like
	// file modification times.
	Settle time.Duration

	// AllowPrivate lets fetches reach loopback, private, link-local and
	// metadata addresses (an intranet feed); off, they are refused.
	AllowPrivate bool

	Client *http.Client     // nil: one built from the limits above
	Now    func() time.Time // nil: time.Now
	Logger *slog.Logger     // nil: discard
	// Saved, when set, is called after every clipping saved (duplicates
	// included), for metrics.
	Saved func(digest.SaveResult)
}

// DefaultOptions returns the defaults (the same as config.example.yaml).
func DefaultOptions() Options {
	return Options{
		Every:        5 * time.Minute,
		UserAgent:    "whosaid/1.0 (+https://github.com/whosaid/whosaid)",
		Timeout:      30 * time.Second,
		MaxFeedBytes: 10 << 20,
		MaxPageBytes: 5 << 20,
		MaxBackoff:   6 * time.Hour,
		Parallel:     4,
		Settle:       2 * time.Second,
	}
}

// Collector takes clippings in from its sources. Collect is safe to call
// concurrently with AddURL and AddText; the scheduler never runs two
// Collects at once.
type Collector struct {
	saver Saver
	state State
	opts  Options
	http  *http.Client
	log   *slog.Logger
	mu    sync.Mutex // serialises ingesting one inbox file or feed item
}

// New returns a Collector saving into saver and remembering into state.
func New(saver Saver, state State, opts Options) *Collector {
	def := DefaultOptions()
	if opts.Every <= 0 {
		opts.Every = def.Every
	}
	if opts.UserAgent == "" {
		opts.UserAgent = def.UserAgent
	}
	if opts.Timeout <= 0 {
		opts.Timeout = def.Timeout
	}
	if opts.MaxFeedBytes <= 0 {
		opts.MaxFeedBytes = def.MaxFeedBytes
	}
	if opts.MaxPageBytes <= 0 {
		opts.MaxPageBytes = def.MaxPageBytes
	}
	if opts.MaxBackoff <= 0 {
		opts.MaxBackoff = def.MaxBackoff
	}
	if opts.Parallel <= 0 {
		opts.Parallel = def.Parallel
	}
	if opts.Settle == 0 {
		opts.Settle = def.Settle
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	c := &Collector{saver: saver, state: state, opts: opts, log: opts.Logger}
	c.http = opts.Client
	if c.http == nil {
		c.http = NewHTTPClient(opts.Timeout, opts.AllowPrivate)
	}
	return c
}

// Collect checks every inbox folder and every feed that is due, and returns
// how many new clippings it stored. A failing source is logged, backed off
// and does not stop the others; the error returned joins the failures.
func (c *Collector) Collect(ctx context.Context) (int, error) {
	var (
		mu    sync.Mutex
		added int
		errs  []error
	)
	report := func(n int, err error) {
		mu.Lock()
		defer mu.Unlock()
		added += n
		if err != nil {
			errs = append(errs, err)
		}
	}
	// Feeds are due by the time the collection started, so that the time
	// spent on the inbox or on other feeds does not push them back.
	start := c.opts.Now()
	for _, dir := range c.opts.Inbox {
		report(c.collectInbox(ctx, dir))
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(c.opts.Parallel)
	for _, f := range c.opts.Feeds {
		g.Go(func() error {
			report(c.collectFeed(gctx, f, start))
			return nil
		})
	}
	g.Wait()
	if len(errs) > 0 {
		return added, fmt.Errorf("collect: %d sources failed: %w", len(errs), errs[0])
	}
	return added, nil
}

// MinInterval returns the shortest interval of any source: how often
// Collect should be called.
func (c *Collector) MinInterval() time.Duration {
	min := c.opts.Every
	for _, f := range c.opts.Feeds {
		if f.Every > 0 && f.Every < min {
			min = f.Every
		}
	}
	return min
}

// ingest runs the pipeline on one clipping's bytes and stores it.
func (c *Collector) ingest(ctx context.Context, name string, data []byte, opts clip.Options) (digest.SaveResult, error) {
	cl, err := clip.Parse(name, data, opts)
	if err != nil {
		return digest.SaveResult{}, err
	}
	return c.save(ctx, cl)
}

// save extracts the statements of a parsed clipping and stores it.
func (c *Collector) save(ctx context.Context, cl *digest.Clipping) (digest.SaveResult, error) {
	for _, n := range cl.Notes {
		c.log.Info("clipping_note", slog.String("path", cl.Path), slog.String("note", n))
	}
	if cl.Added.IsZero() {
		cl.Added = c.opts.Now() // what the extractor takes for its era when no date is given
	}
	var err error
	if cl.Statements, err = extract.Checked(cl); err != nil {
		return digest.SaveResult{}, fmt.Errorf("%s: %w", cl.Path, err)
	}
	res, err := c.saver.SaveClipping(ctx, cl)
	if err != nil {
		return res, fmt.Errorf("save %s: %w", cl.Path, err)
	}
	if c.opts.Saved != nil {
		c.opts.Saved(res)
	}
	c.log.Info("clipping_saved", slog.String("name", cl.Path), slog.Int64("clipping_id", res.ClippingID),
		slog.Bool("duplicate", res.Duplicate), slog.Int("statements", res.Statements))
	return res, nil
}

// AddText stores text sent to the bot (a forwarded message, /add with text)
// as a clipping named name ("chat:<id>:<message id>"). When the text gives
// no date, the time it was sent (rcv.At, or now) is its publication date,
// so that /latest shows what was just added; when it names no outlet, the
// forward's origin chat (rcv.Outlet) is its outlet.
func (c *Collector) AddText(ctx context.Context, name, text string, rcv digest.Received) (digest.SaveResult, error) {
	at := rcv.At
	if at.IsZero() {
		at = c.opts.Now()
	}
	return c.ingest(ctx, name, []byte(text), clip.Options{Published: at.UTC(), Outlet: rcv.Outlet})
}

// AddURL fetches the page at rawURL and stores its article as a clipping.
// Bad URLs, pages that are too large, not HTML or text, or without an
// article give an EINVALID error saying why.
func (c *Collector) AddURL(ctx context.Context, rawURL string) (digest.SaveResult, error) {
	if err := checkURL(rawURL); err != nil {
		return digest.SaveResult{}, err
	}
	page, err := c.fetchPage(ctx, rawURL)
	if err != nil {
		return digest.SaveResult{}, userError(rawURL, err)
	}
	return c.ingest(ctx, page.url, page.body, clip.Options{URL: page.url})
}
