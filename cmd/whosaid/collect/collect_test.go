package collect

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

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
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

func newClock() *clock { return &clock{now: time.Date(2025, 7, 29, 6, 0, 0, 0, time.UTC)} }

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

func TestFeedItemsOnceEach(t *testing.T) {
	s := newSite(t)
	for _, p := range []string{"/a", "/b", "/c"} {
		s.page(p, htmlPage(article("story "+p)))
	}
	clk, saver, state := newClock(), &memSaver{}, newMemState()
	c := newFeedCollector(s, clk, saver, state)

	steps := []struct {
		name    string
		items   [][2]string
		advance time.Duration
		want    int // clippings stored in total after the step
		notMod  int // 304 answers in total after the step
	}{
		{"first fetch", [][2]string{{"g-b", "/b"}, {"g-a", "/a"}}, 0, 2, 0},
		{"not due yet", [][2]string{{"g-c", "/c"}, {"g-b", "/b"}, {"g-a", "/a"}}, time.Minute, 2, 0},
		{"due: new item", [][2]string{{"g-c", "/c"}, {"g-b", "/b"}, {"g-a", "/a"}}, 5 * time.Minute, 3, 0},
		{"unchanged: 304", [][2]string{{"g-c", "/c"}, {"g-b", "/b"}, {"g-a", "/a"}}, 5 * time.Minute, 3, 1},
		{"item deleted", [][2]string{{"g-c", "/c"}}, 5 * time.Minute, 3, 1},
		{"item re-added", [][2]string{{"g-a", "/a"}, {"g-c", "/c"}}, 5 * time.Minute, 3, 1},
		{"duplicate guids", [][2]string{{"g-d", "/a"}, {"g-d", "/a"}, {"g-c", "/c"}}, 5 * time.Minute, 3, 1},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			s.setFeed(st.items...)
			clk.Add(st.advance)
			collect(t, c)
			if got := saver.paths(); len(got) != st.want {
				t.Errorf("stored %d clippings %v, want %d", len(got), got, st.want)
			}
			if got := s.notMod.Load(); got != int64(st.notMod) {
				t.Errorf("%d conditional GETs answered 304, want %d", got, st.notMod)
			}
		})
	}
	// Oldest item first: the feed lists newest first.
	if got := saver.paths(); got[0] != s.URL+"/a" || got[1] != s.URL+"/b" {
		t.Errorf("order %v", got)
	}
	for _, ua := range s.agents {
		if ua != "whosaid-test/1" {
			t.Errorf("User-Agent %q", ua)
		}
	}
	if saver.order[0].Published.IsZero() || saver.order[0].URL != s.URL+"/a" {
		t.Errorf("feed metadata lost: %+v", saver.order[0].Published)
	}
}

func TestFeedFailures(t *testing.T) {
	big := func(declare bool, written *atomic.Int64) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			if declare {
				w.Header().Set("Content-Length", fmt.Sprint(int64(2)<<30))
			}
			buf := []byte(strings.Repeat("<p>big page</p>", 4096))
			for n := int64(0); n < 2<<30; n += int64(len(buf)) {
				if _, err := w.Write(buf); err != nil {
					return
				}
				written.Add(int64(len(buf)))
			}
		}
	}
	tests := []struct {
		name    string
		page    func(s *site, release chan struct{}) http.HandlerFunc
		wantErr string
		check   func(t *testing.T, s *site, saver *memSaver)
		// stored after the first collect; the page is then made good and
		// the feed collected again (advance the clock past any backoff)
		first, second int
	}{
		{
			name: "slow page is retried",
			page: func(s *site, release chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					select {
					case <-release:
						htmlPage(article("slow"))(w, r)
					case <-r.Context().Done():
					}
				}
			},
			first: 0, second: 1,
		},
		{
			name: "2 GB body streamed is refused, feed text kept",
			page: func(s *site, release chan struct{}) http.HandlerFunc {
				var written atomic.Int64
				s.Cleanup = func(t *testing.T) {
					if w := written.Load(); w > 64<<20 {
						t.Errorf("server wrote %d bytes before the client gave up", w)
					}
				}
				return big(false, &written)
			},
			first: 1, second: 1,
		},
		{
			name: "2 GB declared length is refused unread",
			page: func(s *site, release chan struct{}) http.HandlerFunc {
				var written atomic.Int64
				s.Cleanup = func(t *testing.T) {
					if w := written.Load(); w > 64<<20 {
						t.Errorf("server wrote %d bytes before the client gave up", w)
					}
				}
				return big(true, &written)
			},
			first: 1, second: 1,
		},
		{
			name: "redirect loop falls back to feed text",
			page: func(s *site, release chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/p", http.StatusFound) }
			},
			first: 1, second: 1,
		},
		{
			name: "gzip page",
			page: func(s *site, release chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
						http.Error(w, "want gzip", http.StatusBadRequest)
						return
					}
					w.Header().Set("Content-Type", "text/html")
					w.Header().Set("Content-Encoding", "gzip")
					zw := gzip.NewWriter(w)
					io.WriteString(zw, article("zipped"))
					zw.Close()
				}
			},
			check: func(t *testing.T, s *site, saver *memSaver) {
				if !strings.Contains(saver.order[0].Text, "Paragraph 1 of zipped") {
					t.Errorf("gzip page text %q", saver.order[0].Text)
				}
			},
			first: 1, second: 1,
		},
		{
			name: "server error is retried",
			page: func(s *site, release chan struct{}) http.HandlerFunc {
				return func(w http.ResponseWriter, r *http.Request) {
					select {
					case <-release:
						htmlPage(article("flaky"))(w, r)
					default:
						http.Error(w, "down", http.StatusBadGateway)
					}
				}
			},
			first: 0, second: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t)
			release := make(chan struct{})
			s.page("/p", tt.page(s, release))
			s.setFeed([2]string{"g-p", "/p"})
			clk, saver, state := newClock(), &memSaver{}, newMemState()
			c := New(saver, state, Options{AllowPrivate: true, Feeds: []Feed{{URL: s.URL + "/feed"}}, Every: time.Minute,
				Timeout: 300 * time.Millisecond, MaxPageBytes: 1 << 20, Now: clk.Now})
			collect(t, c)
			if got := len(saver.paths()); got != tt.first {
				t.Fatalf("first collect stored %d, want %d", got, tt.first)
			}
			close(release)
			clk.Add(time.Minute)
			collect(t, c)
			if got := len(saver.paths()); got != tt.second {
				t.Fatalf("second collect stored %d, want %d", got, tt.second)
			}
			if tt.check != nil {
				tt.check(t, s, saver)
			}
			if s.Cleanup != nil {
				s.Cleanup(t)
			}
		})
	}
}

func TestFeedNotAFeed(t *testing.T) {
	s := newSite(t)
	s.mu.Lock()
	s.feed = article("a page, not a feed")
	s.mu.Unlock()
	clk, saver, state := newClock(), &memSaver{}, newMemState()
	c := newFeedCollector(s, clk, saver, state)
	var nexts []time.Duration
	for range 4 {
		_, err := c.Collect(context.Background())
		if err == nil || !strings.Contains(err.Error(), "not an RSS, Atom or JSON feed") {
			t.Fatalf("error %v", err)
		}
		st, _ := state.FetchState(context.Background(), feedSource(s.URL+"/feed"))
		nexts = append(nexts, st.NextTry.Sub(clk.Now()))
		clk.now = st.NextTry
	}
	want := []time.Duration{5 * time.Minute, 10 * time.Minute, 20 * time.Minute, 40 * time.Minute}
	if fmt.Sprint(nexts) != fmt.Sprint(want) {
		t.Errorf("backoff %v, want %v", nexts, want)
	}
	if len(saver.paths()) != 0 {
		t.Errorf("stored %v", saver.paths())
	}
	// Not due (earlier than the scheduler's slack): no request at all.
	clk.Add(-tickSlack - time.Second)
	before := s.requests.Load()
	collect(t, c)
	if s.requests.Load() != before {
		t.Errorf("fetched a feed that is backing off")
	}
}

func TestRetryAfter(t *testing.T) {
	s := newSite(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		w.WriteHeader(http.StatusTooManyRequests)
	}))
	defer srv.Close()
	clk, saver, state := newClock(), &memSaver{}, newMemState()
	c := New(saver, state, Options{AllowPrivate: true, Feeds: []Feed{{URL: srv.URL + "/feed"}}, Every: time.Minute, Now: clk.Now})
	collect(t, c)
	st, _ := state.FetchState(context.Background(), feedSource(srv.URL+"/feed"))
	if got := st.NextTry.Sub(clk.Now()); got != time.Hour || st.Failures != 1 {
		t.Errorf("next try in %v after %d failures, want 1h", got, st.Failures)
	}
	_ = s
}

func TestJSONAndAtomFeeds(t *testing.T) {
	var base string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.json":
			fmt.Fprintf(w, `{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"j1","url":"%s/j1","date_published":"2025-07-29T07:00:00Z"}]}`, base)
		case "/atom":
			fmt.Fprintf(w, `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><id>urn:a</id><updated>2025-07-29T07:00:00Z</updated><entry><title>A1</title><id>urn:a1</id><link href="%s/a1"/><updated>2025-07-29T07:00:00Z</updated></entry></feed>`, base)
		default:
			htmlPage(article(r.URL.Path))(w, r)
		}
	}))
	defer srv.Close()
	base = srv.URL
	clk, saver, state := newClock(), &memSaver{}, newMemState()
	c := New(saver, state, Options{AllowPrivate: true, Feeds: []Feed{{URL: base + "/feed.json"}, {URL: base + "/atom", Every: time.Hour}}, Now: clk.Now})
	if n := collect(t, c); n != 2 {
		t.Errorf("stored %d, want 2: %v", n, saver.paths())
	}
	if c.MinInterval() != 5*time.Minute {
		t.Errorf("MinInterval %v", c.MinInterval())
	}
}

func TestInbox(t *testing.T) {
	dir := t.TempDir()
	clk, saver, state := newClock(), &memSaver{}, newMemState()
	c := New(saver, state, Options{AllowPrivate: true, Inbox: []string{dir}, Now: clk.Now})
	write := func(name, text string, mtime time.Time) {
		t.Helper()
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, mtime, mtime); err != nil {
			t.Fatal(err)
		}
	}
	t0 := time.Date(2025, 7, 29, 7, 0, 0, 0, time.UTC)
	text := "Dmitry Peskov told reporters on Tuesday: \"So far, the process is going nowhere fast.\"\n"
	steps := []struct {
		name  string
		do    func()
		added int
		total int
	}{
		{"empty folder", func() {}, 0, 0},
		{"two new files", func() {
			write("a.txt", text, t0)
			write("sub/b.md", "---\ntitle: B\n---\nThe Kremlin said it had taken the ultimatum into account.\n", t0)
			write("notes.pdf", "%PDF", t0)
			write(".hidden.txt", "draft", t0)
		}, 2, 2},
		{"nothing changed", func() {}, 0, 2},
		{"touched, same content", func() { write("a.txt", text, t0.Add(time.Hour)) }, 0, 2},
		{"content changed", func() { write("a.txt", text+"He added more.\n", t0.Add(2*time.Hour)) }, 1, 3},
		{"empty file skipped once", func() { write("empty.txt", "", t0) }, 0, 3},
		{"copy of a stored file", func() { write("copy.txt", text, t0) }, 0, 3},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			st.do()
			n, err := c.Collect(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if n != st.added || len(saver.paths()) != st.total {
				t.Errorf("added %d (total %d %v), want %d (total %d)", n, len(saver.paths()), saver.paths(), st.added, st.total)
			}
		})
	}
	// A file written just now is left until it has settled.
	fresh := filepath.Join(dir, "fresh.txt")
	if err := os.WriteFile(fresh, []byte("Peskov said the file was still being written.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if n, _ := c.Collect(context.Background()); n != 0 {
		t.Errorf("took in a file written just now")
	}
	os.Chtimes(fresh, t0, t0)
	if n, _ := c.Collect(context.Background()); n != 1 {
		t.Errorf("settled file: %d new", n)
	}
	// A restart with the same state takes nothing in again.
	c2 := New(saver, state, Options{AllowPrivate: true, Inbox: []string{dir}, Now: clk.Now})
	if n, _ := c2.Collect(context.Background()); n != 0 {
		t.Errorf("after restart: %d new", n)
	}
}

func TestAdd(t *testing.T) {
	s := newSite(t)
	s.page("/story", htmlPage(article("added")))
	s.page("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		io.WriteString(w, "%PDF-1.4")
	})
	saver := &memSaver{}
	c := New(saver, newMemState(), Options{AllowPrivate: true, Timeout: time.Second})
	ctx := context.Background()
	tests := []struct {
		name    string
		add     func() (digest.SaveResult, error)
		wantErr string
		dup     bool
	}{
		{"url", func() (digest.SaveResult, error) { return c.AddURL(ctx, s.URL+"/story") }, "", false},
		{"same url again", func() (digest.SaveResult, error) { return c.AddURL(ctx, s.URL+"/story") }, "", true},
		{"not a link", func() (digest.SaveResult, error) { return c.AddURL(ctx, "ftp://x/y") }, "not an http", false},
		{"not found", func() (digest.SaveResult, error) { return c.AddURL(ctx, s.URL+"/nope") }, "404", false},
		{"not a page", func() (digest.SaveResult, error) { return c.AddURL(ctx, s.URL+"/pdf") }, "not a page", false},
		{"text", func() (digest.SaveResult, error) {
			return c.AddText(ctx, "chat:1:2", "Peskov told reporters: \"Nothing new.\"", digest.Received{})
		}, "", false},
		{"forward", func() (digest.SaveResult, error) {
			return c.AddText(ctx, "telegram:1:3", "Lavrov told reporters: \"Nothing yet.\"", digest.Received{At: time.Date(2025, 9, 6, 23, 30, 0, 0, time.UTC), Outlet: "Kremlin Watch"})
		}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := tt.add()
			if tt.wantErr != "" {
				if err == nil || digest.ErrorCode(err) != digest.EINVALID || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want EINVALID with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.Duplicate != tt.dup {
				t.Errorf("duplicate %v", res.Duplicate)
			}
		})
	}
	// Text without a date is dated when it was sent; a forward's origin
	// chat is its outlet.
	saver.mu.Lock()
	defer saver.mu.Unlock()
	for _, cl := range saver.order {
		if cl.Path == "telegram:1:3" && (cl.Outlet != "Kremlin Watch" || cl.Published.Format("2006-01-02") != "2025-09-06") {
			t.Errorf("the forward: outlet %q, published %v", cl.Outlet, cl.Published)
		}
		if cl.Path == "chat:1:2" && cl.Published.IsZero() {
			t.Errorf("/add text stored undated")
		}
	}
}
