package collect

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// memSaver is an in-memory store of clippings that, like store.Store,
// stores the same text once.
type memSaver struct {
	mu    sync.Mutex
	byKey map[string]*digest.Clipping
	order []*digest.Clipping
}

func (m *memSaver) SaveClipping(ctx context.Context, c *digest.Clipping) (digest.SaveResult, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.byKey == nil {
		m.byKey = map[string]*digest.Clipping{}
	}
	if old, ok := m.byKey[c.Hash()]; ok {
		return digest.SaveResult{ClippingID: old.ID, Duplicate: true}, nil
	}
	c.ID = int64(len(m.order) + 1)
	m.byKey[c.Hash()] = c
	m.order = append(m.order, c)
	return digest.SaveResult{ClippingID: c.ID}, nil
}

func (m *memSaver) paths() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for _, c := range m.order {
		out = append(out, c.Path)
	}
	return out
}

// memState is an in-memory State.
type memState struct {
	mu    sync.Mutex
	fetch map[string]store.FetchState
	seen  map[string]string
}

func newMemState() *memState {
	return &memState{fetch: map[string]store.FetchState{}, seen: map[string]string{}}
}

func (m *memState) FetchState(ctx context.Context, source string) (store.FetchState, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	st, ok := m.fetch[source]
	if !ok {
		st.Source = source
	}
	return st, nil
}

func (m *memState) SaveFetchState(ctx context.Context, st store.FetchState) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.fetch[st.Source] = st
	return nil
}

func (m *memState) Seen(ctx context.Context, source, key string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	sig, ok := m.seen[source+"\x00"+key]
	return sig, ok, nil
}

func (m *memState) MarkSeen(ctx context.Context, source, key, sig string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.seen[source+"\x00"+key] = sig
	return nil
}

// clock is a settable clock.
type clock = fakeapi.Clock

func newClock() *clock { return fakeapi.NewClock(time.Date(2025, 7, 29, 6, 0, 0, 0, time.UTC)) }

// article returns an HTML page with enough prose to be an article.
func article(title string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html><html><head><title>%s</title></head><body><nav><a href=/>Home</a></nav><article><h1>%s</h1>", title, title)
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&b, "<p>Paragraph %d of %s. Dmitry Peskov, the Kremlin spokesman, told reporters on Tuesday that the talks about %s were going nowhere fast, and that Moscow had taken the latest ultimatum into account before deciding.</p>", i, title, title)
	}
	b.WriteString("</article><footer>Copyright</footer></body></html>")
	return b.String()
}

// rss returns an RSS document with the given items: each a guid and a link
// path on base ("" for none).
func rss(base string, items ...[2]string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>` + base + `</link><description>d</description>`)
	for _, it := range items {
		b.WriteString("<item><title>Item " + it[0] + "</title>")
		if it[0] != "" {
			b.WriteString("<guid>" + it[0] + "</guid>")
		}
		if it[1] != "" {
			b.WriteString("<link>" + base + it[1] + "</link>")
		}
		b.WriteString("<description>Summary of " + it[0] + ": Dmitry Peskov said the process is going nowhere fast, according to reporters who heard him on Tuesday.</description>")
		b.WriteString("<pubDate>Tue, 29 Jul 2025 07:00:00 GMT</pubDate></item>")
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// site is an httptest server with a settable feed and pages, counting
// requests.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	feed     string
	pages    map[string]http.HandlerFunc
	requests atomic.Int64
	notMod   atomic.Int64 // 304 answers
	agents   []string
	Cleanup  func(t *testing.T) // checks run at the end of a table case
}

func newSite(t *testing.T) *site {
	s := &site{pages: map[string]http.HandlerFunc{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.requests.Add(1)
		s.mu.Lock()
		s.agents = append(s.agents, r.UserAgent())
		feed, h := s.feed, s.pages[r.URL.Path]
		s.mu.Unlock()
		if r.URL.Path == "/feed" {
			etag := fmt.Sprintf(`"%x"`, len(feed)*31+strings.Count(feed, "<item>"))
			lastMod := "Tue, 29 Jul 2025 07:00:00 GMT"
			if r.Header.Get("If-None-Match") == etag && r.Header.Get("If-Modified-Since") == lastMod {
				s.notMod.Add(1)
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("ETag", etag)
			w.Header().Set("Last-Modified", lastMod)
			w.Header().Set("Content-Type", "application/rss+xml")
			io.WriteString(w, feed)
			return
		}
		if h == nil {
			http.NotFound(w, r)
			return
		}
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) setFeed(items ...[2]string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.feed = rss(s.URL, items...)
}

func (s *site) page(path string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.pages[path] = h
}

func htmlPage(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, body)
	}
}

func newFeedCollector(s *site, clk *clock, saver *memSaver, state *memState) *Collector {
	return New(saver, state, Options{AllowPrivate: true,
		Feeds:        []Feed{{URL: s.URL + "/feed"}},
		Every:        5 * time.Minute,
		Timeout:      2 * time.Second,
		MaxPageBytes: 1 << 20,
		MaxFeedBytes: 1 << 20,
		Now:          clk.Now,
		UserAgent:    "whosaid-test/1",
	})
}

func collect(t *testing.T, c *Collector) int {
	t.Helper()
	n, err := c.Collect(context.Background())
	if err != nil {
		t.Logf("collect: %v", err)
	}
	return n
}
