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
)

// hostileCase is one probe of what a careless user or an attacker may hand
// whosaid. Each runs whole commands through Main within a time budget
// enforced by a context: a hang or a quadratic blow-up fails the case by
// name instead of stalling CI. The budgets are generous (about ten times
// what the case takes on a loaded 2-core machine); speed itself is measured
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
		{"1 MB single-paragraph clipping ingests", 60 * time.Second, func(t *testing.T, ctx context.Context, dir string) string {
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
	}
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
