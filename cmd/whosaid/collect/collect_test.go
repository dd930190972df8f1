package collect

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

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
		clk.Set(st.NextTry)
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
