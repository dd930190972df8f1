package main

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot"
	"github.com/whosaid/whosaid/digest"
)

// hostileCase is one probe of what a careless user or an attacker may hand
// whosaid. Each runs whole commands through Main within a time budget
// enforced by a context: a hang or a quadratic blow-up fails the case by
// name instead of stalling CI. The budgets are generous (ten times the
// issue's floor where it names one, 2 s for the 1 MB paragraph; otherwise
// far above what the case takes on a loaded 2-core machine); speed is measured
// by the benchmarks.
type hostileCase struct {
	name   string
	budget time.Duration
	// run performs the probe in dir, calling main with ctx; it returns a
	// problem found, or "".
	run func(t *testing.T, ctx context.Context, dir string) string
}

// mainIn runs whosaid with args and the environment env under ctx.
func mainIn(ctx context.Context, env map[string]string, stdin string, args ...string) (int, string, string) {
	var stdout, stderr strings.Builder
	e := &Env{Stdin: strings.NewReader(stdin), Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string { return env[k] }}
	cmd, ok := commands[args[0]]
	if !ok {
		return 2, "", "unknown command " + args[0]
	}
	code := 0
	if err := cmd.run(ctx, e, args[1:]); err != nil {
		code = 1
		fmt.Fprintf(&stderr, "whosaid %s: %s\n", args[0], errorText(err))
	}
	return code, stdout.String(), stderr.String()
}

// longParagraph returns about n bytes of one paragraph full of quotes.
func longParagraph(n int) string {
	names := []string{"John Smith", "Mary Jones", "the minister", "Peter Brown", "officials"}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "\"We will not accept this outcome number %d,\" said %s. The committee met on Tuesday to discuss the budget. ", i, names[i%len(names)])
	}
	return b.String()
}

// hostileToken is a bot token with the characters encoders change; no
// output may hold its marker "Zq9mark".
const hostileToken = "123456:AB C\"<é%Zq9mark%20"

func hostileCases() []hostileCase {
	return []hostileCase{
		{"1 MB single-paragraph clipping ingests", 20 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
			p := filepath.Join(dir, "long.txt")
			os.WriteFile(p, []byte(longParagraph(1<<20)), 0o644)
			code, _, stderr := mainIn(ctx, nil, "", "ingest", "-db", filepath.Join(dir, "w.db"), p)
			if code != 0 || !strings.Contains(stderr, "1 new clippings") {
				return fmt.Sprintf("exit %d: %s", code, stderr)
			}
			return ""
		}},
		{"5 MB page of 120,000 <p> is refused", 30 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
			p := filepath.Join(dir, "page.html")
			os.WriteFile(p, []byte("<!doctype html><html><body>"+strings.Repeat("<p>A paragraph of the long page here.</p>", 120_000)+"</body></html>"), 0o644)
			code, _, stderr := mainIn(ctx, nil, "", "extract", p)
			if code != 1 || !strings.Contains(stderr, "page.html: HTML page has over 3000 paragraphs") {
				return fmt.Sprintf("exit %d: %s", code, stderr)
			}
			return ""
		}},
		{"odd token, Bot API unreachable: not in log or error", 30 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
			cfg := writeConfig(t, dir, closedURL(t), nil, "")
			code, out, stderr := mainIn(ctx, map[string]string{"TELEGRAM_BOT_TOKEN": hostileToken}, "", "run", "-config", cfg)
			if code != 1 || strings.Contains(out+stderr, "Zq9mark") || !strings.Contains(stderr, "telegram getMe: Post \"http://127.0.0.1") {
				return fmt.Sprintf("exit %d:\n%s%s", code, out, stderr)
			}
			return ""
		}},
		{"token inside api_url: not in the validation error", 30 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
			cfg := writeConfig(t, dir, "ftp://127.0.0.1/bot"+hostileToken, nil, "")
			code, out, stderr := mainIn(ctx, map[string]string{"TELEGRAM_BOT_TOKEN": hostileToken}, "", "run", "-config", cfg)
			if code != 1 || strings.Contains(out+stderr, "Zq9mark") || !strings.Contains(stderr, "telegram.api_url: \"ftp://127.0.0.1/bot<token>\" is not") {
				return fmt.Sprintf("exit %d:\n%s%s", code, out, stderr)
			}
			return ""
		}},
		{"token inside api_url: not in the getMe error", 30 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
			cfg := writeConfig(t, dir, closedURL(t)+"/bot"+url.PathEscape(hostileToken), nil, "")
			code, out, stderr := mainIn(ctx, map[string]string{"TELEGRAM_BOT_TOKEN": hostileToken}, "", "run", "-config", cfg)
			if code != 1 || strings.Contains(out+stderr, "Zq9mark") || !strings.Contains(stderr, "telegram getMe: Post") {
				return fmt.Sprintf("exit %d:\n%s%s", code, out, stderr)
			}
			return ""
		}},
		{"a FIFO among clippings is skipped, the other files read", 30 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
			clips := filepath.Join(dir, "clips")
			os.MkdirAll(clips, 0o755)
			if err := mkfifo(filepath.Join(clips, "a-pipe.txt")); err != nil {
				t.Log("no FIFOs here:", err)
				return ""
			}
			os.WriteFile(filepath.Join(clips, "b.txt"), []byte("The minister said on Tuesday that the talks had stalled, officials told reporters."), 0o644)
			for _, args := range [][]string{{"extract", clips}, {"ingest", "-db", filepath.Join(dir, "w.db"), clips}} {
				code, out, stderr := mainIn(ctx, nil, "", args...)
				if code != 1 || !strings.Contains(stderr, "a-pipe.txt: skipped: a named pipe (FIFO)") || (args[0] == "extract" && !strings.Contains(out, "talks had stalled")) {
					return fmt.Sprintf("%s: exit %d: %s%s", args[0], code, out, stderr)
				}
			}
			return ""
		}},
		{"chat line over 1 MB is skipped, the chat goes on", 60 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
			input := "/start\n" + strings.Repeat("x", 3<<20) + "\n/help\n"
			code, out, stderr := mainIn(ctx, nil, input, "chat", "-db", filepath.Join(dir, "w.db"))
			if code != 0 || !strings.Contains(out, "a line over 1048576 bytes was left out") || strings.Count(out, "/latest") < 2 {
				return fmt.Sprintf("exit %d: %s\n%.2000s", code, stderr, out)
			}
			return ""
		}},
		{"search -page 9223372036854775807", 30 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
			db := seededDB(ctx, t, dir)
			code, out, stderr := mainIn(ctx, nil, "", "search", "-db", db, "-page", "9223372036854775807", "peskov")
			if code != 1 || out != "" || !strings.Contains(stderr, "-page 9223372036854775807 is past the last page") {
				return fmt.Sprintf("exit %d: %s%s", code, out, stderr)
			}
			return ""
		}},
		{"published: year 99999 is named, the clipping kept", 30 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
			p := filepath.Join(dir, "far.md")
			os.WriteFile(p, []byte("---\ntitle: Far future\npublished: 99999-01-01\n---\nThe minister said on Tuesday that the talks had stalled, officials told reporters.\n"), 0o644)
			want := `far.md: published: "99999-01-01" is not a date whosaid reads`
			code, out, stderr := mainIn(ctx, nil, "", "extract", p)
			if code != 0 || !strings.Contains(stderr, want) || !strings.Contains(out, "the talks had stalled") {
				return fmt.Sprintf("extract: exit %d: %s%s", code, out, stderr)
			}
			code, _, stderr = mainIn(ctx, nil, "", "ingest", "-db", filepath.Join(dir, "w.db"), p)
			if code != 0 || !strings.Contains(stderr, want) || !strings.Contains(stderr, "1 new clippings") {
				return fmt.Sprintf("ingest: exit %d: %s", code, stderr)
			}
			return ""
		}},
		{"damage in the middle of the database: check finds it", 30 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
			db := seededDB(ctx, t, dir)
			if code, out, stderr := mainIn(ctx, nil, "", "check", "-db", db); code != 0 || !strings.Contains(out, "ok") {
				return fmt.Sprintf("sound database: exit %d: %s%s", code, out, stderr)
			}
			f, err := os.OpenFile(db, os.O_RDWR, 0)
			if err != nil {
				return err.Error()
			}
			info, _ := f.Stat()
			f.WriteAt([]byte(strings.Repeat("\xab", 8192)), info.Size()/2/4096*4096)
			f.Close()
			code, _, stderr := mainIn(ctx, nil, "", "check", "-db", db)
			if code != 1 || !strings.Contains(stderr, "w.db is damaged") {
				return fmt.Sprintf("damaged database: exit %d: %s", code, stderr)
			}
			return ""
		}},
		{"read-only database: latest and search read it", 30 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
			if os.Getuid() == 0 {
				t.Log("as root the file stays writable: this only shows the commands work")
			}
			db := seededDB(ctx, t, dir)
			os.Chmod(db, 0o444)
			os.Chmod(dir, 0o555)
			defer os.Chmod(dir, 0o755)
			for _, args := range [][]string{{"latest", "-db", db}, {"search", "-db", db, "peskov"}, {"timeline", "-db", db, "peskov"}, {"check", "-db", db}} {
				if code, out, stderr := mainIn(ctx, nil, "", args...); code != 0 || out == "" {
					return fmt.Sprintf("%s: exit %d: %s%s", args[0], code, out, stderr)
				}
			}
			return ""
		}},
	}
}

// seededDB ingests the seed clippings into dir/w.db and returns its path.
func seededDB(ctx context.Context, t *testing.T, dir string) string {
	db := filepath.Join(dir, "w.db")
	if code, _, stderr := mainIn(ctx, nil, "", "ingest", "-db", db, "-q", filepath.Join("..", "..", "testdata", "clippings")); code != 0 {
		t.Errorf("ingest: %s", stderr)
	}
	return db
}

// closedURL returns the URL of a loopback port nothing listens on.
func closedURL(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return "http://" + ln.Addr().String()
}

// TestHostileInput runs the hostile-input table: each probe must answer
// within its budget, with the outcome its case checks.
func TestHostileInput(t *testing.T) {
	for _, tc := range hostileCases() {
		t.Run(tc.name, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), tc.budget)
			defer cancel()
			dir := t.TempDir()
			done := make(chan string, 1)
			go func() { done <- tc.run(t, ctx, dir) }()
			select {
			case problem := <-done:
				if problem != "" {
					t.Error(problem)
				}
			case <-ctx.Done():
				t.Fatalf("no answer within %v", tc.budget)
			}
		})
	}
}

// TestScrubbedUserMessage: the terminal shows a *digest.Error's user
// message rather than the error's text, so that message is scrubbed too.
func TestScrubbedUserMessage(t *testing.T) {
	sc := bot.NewScrubber(hostileToken)
	err := scrubbed(sc, fmt.Errorf("start: %w", digest.Errorf(digest.EINVALID, "bad URL %q", "http://h/bot"+url.PathEscape(hostileToken))))
	if text := errorText(err); strings.Contains(text, "Zq9mark") || !strings.Contains(text, "bad URL") || digest.ErrorCode(err) != digest.EINVALID {
		t.Errorf("%s (%v)", text, digest.ErrorCode(err))
	}
	if scrubbed(sc, nil) != nil {
		t.Error("nil became an error")
	}
}
