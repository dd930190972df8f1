package collect

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// TestFeedEveryKept: a feed's every is kept whatever the fetch takes. The
// scheduler ticks every MinInterval, a few milliseconds late or early, and
// each fetch takes two seconds of the injected clock; a feed due every
// tick is fetched on every tick, one due every two ticks on every second,
// and one with an interval between ticks on the first tick after it (never
// before: within a tick).
func TestFeedEveryKept(t *testing.T) {
	clk := newClock()
	fetches := map[string][]time.Time{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fetches[r.URL.Path] = append(fetches[r.URL.Path], clk.Now())
		clk.Add(2 * time.Second) // the fetch takes time
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, rss(""))
	}))
	defer srv.Close()
	saver, state := &memSaver{}, newMemState()
	c := New(saver, state, Options{AllowPrivate: true, Every: time.Minute, Parallel: 1, Now: clk.Now, Feeds: []Feed{
		{URL: srv.URL + "/1m"}, {URL: srv.URL + "/2m", Every: 2 * time.Minute}, {URL: srv.URL + "/90s", Every: 90 * time.Second}}})
	if c.MinInterval() != time.Minute {
		t.Fatalf("tick %v", c.MinInterval())
	}
	t0 := clk.Now()
	const ticks = 12
	for k := 0; k < ticks; k++ {
		jitter := time.Duration(k%3-1) * 3 * time.Millisecond // -3, 0, +3 ms
		clk.Set(t0.Add(time.Duration(k)*time.Minute + jitter))
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		if _, err := c.Collect(ctx); err != nil {
			t.Fatal(err)
		}
		cancel()
	}
	want := map[string]int{"/1m": ticks, "/2m": ticks / 2, "/90s": ticks / 2}
	for path, n := range want {
		if len(fetches[path]) != n {
			t.Errorf("%s fetched %d times in %d ticks, want %d: %v", path, len(fetches[path]), ticks, n, fetches[path])
		}
		for i := 1; i < len(fetches[path]); i++ {
			gap := fetches[path][i].Sub(fetches[path][i-1])
			every := map[string]time.Duration{"/1m": time.Minute, "/2m": 2 * time.Minute, "/90s": 90 * time.Second}[path]
			if gap < every-time.Second || gap > every+time.Minute {
				t.Errorf("%s: %v between fetches, want %v within a tick", path, gap, every)
			}
		}
	}
}
