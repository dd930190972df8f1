package daemon

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/cmd/whosaid/config"
)

const token = "4242:app-test-token"

func testConfig(t *testing.T, apiURL string, feeds ...string) config.Config {
	cfg := config.DefaultConfig()
	dir := t.TempDir()
	cfg.Telegram.Token = token
	cfg.Telegram.APIURL = apiURL
	cfg.Telegram.PollTimeout = time.Second
	cfg.Database.Path = filepath.Join(dir, "w.db")
	cfg.Sources.Inbox = []string{filepath.Join(dir, "inbox")}
	cfg.Sources.AllowPrivateAddresses = true // the test feeds are on loopback
	for _, f := range feeds {
		cfg.Sources.Feeds = append(cfg.Sources.Feeds, config.Feed{URL: f})
	}
	cfg.HTTP.Listen = "127.0.0.1:0"
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	return cfg
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestAppServesAndStops runs the App in process: /healthz and /metrics
// answer, the debug hooks are off by default, and a collection stuck on a
// feed that never answers does not hold shutdown past ShutdownTimeout.
func TestAppServesAndStops(t *testing.T) {
	fake, err := fakeapi.Start(fakeapi.Options{Token: token})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	stuck := make(chan struct{})
	feed := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case stuck <- struct{}{}:
		default:
		}
		<-r.Context().Done()
	}))
	defer feed.Close()
	cfg := testConfig(t, fake.URL(), feed.URL+"/feed")
	var logs strings.Builder
	app, err := New(context.Background(), cfg, Options{Logger: slog.New(slog.NewJSONHandler(&lockedWriter{w: &logs}, nil))})
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.Run(ctx) }()
	<-stuck // the start-up collection is now waiting on the feed

	base := "http://" + app.Addr()
	if code, body := get(t, base+"/healthz"); code != 200 || body != "ok\n" {
		t.Errorf("healthz: %d %q", code, body)
	}
	code, body := get(t, base+"/metrics")
	if code != 200 {
		t.Fatalf("metrics: %d", code)
	}
	for _, name := range []string{"whosaid_clippings_ingested_total", "whosaid_statements", "whosaid_messages_sent_total",
		"whosaid_messages_failed_total", "whosaid_telegram_429_total", "whosaid_outbox_pending", "whosaid_last_digest_timestamp_seconds",
		"whosaid_digests_made_total", "go_goroutines"} {
		if !strings.Contains(body, "\n"+name+" ") && !strings.Contains(body, "\n"+name+"{") {
			t.Errorf("metrics lack %s", name)
		}
	}
	if code, _ := get(t, base+"/debug/now"); code != http.StatusNotFound {
		t.Errorf("debug hooks answer without http.debug: %d", code)
	}

	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(ShutdownTimeout + 5*time.Second):
		t.Fatal("Run did not return")
	}
	if took := time.Since(start); took > ShutdownTimeout {
		t.Errorf("shutdown took %v", took)
	}
	if strings.Contains(logs.String(), token) {
		t.Error("token in the log")
	}
}

func TestNewFailsClearly(t *testing.T) {
	fake, err := fakeapi.Start(fakeapi.Options{Token: token})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	tests := []struct {
		name string
		edit func(c *config.Config)
		want string
	}{
		{"wrong token", func(c *config.Config) { c.Telegram.Token = "1:wrong" }, "Unauthorized"},
		{"database is a folder", func(c *config.Config) { c.Database.Path = t.TempDir() }, "directory"},
		{"listen address taken", func(c *config.Config) {
			busy := httptest.NewServer(http.NotFoundHandler())
			t.Cleanup(busy.Close)
			c.HTTP.Listen = strings.TrimPrefix(busy.URL, "http://")
		}, "http.listen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := testConfig(t, fake.URL())
			tt.edit(&cfg)
			app, err := New(context.Background(), cfg, Options{})
			if err == nil {
				app.Close()
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q lacks %q", err, tt.want)
			}
			if strings.Contains(err.Error(), "wrong") && strings.Contains(err.Error(), "1:wrong") {
				t.Errorf("token in error: %v", err)
			}
		})
	}
}

// lockedWriter serialises writes from the App's goroutines.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
