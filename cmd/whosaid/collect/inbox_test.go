package collect

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/digest"
)

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
