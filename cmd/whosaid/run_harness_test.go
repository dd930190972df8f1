// The harness of the end-to-end tests of `whosaid run`: the test binary
// started again as a child process running main(), its logs and HTTP
// listener, and the configuration and fake Bot API it is given.

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
)

// childEnv makes the test binary run main() instead of the tests: the
// end-to-end tests start `whosaid run` as a child process this way.
const childEnv = "WHOSAID_TEST_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

const testToken = "123456:TEST-token-never-logged"

// child is a running `whosaid run`.
type child struct {
	t       *testing.T
	cmd     *exec.Cmd
	addr    string // the HTTP listener
	done    chan struct{}
	mu      sync.Mutex
	logs    strings.Builder
	counts  map[string]int // log records by message
	changed chan struct{}  // closed and replaced on every log line
	exited  error
}

// startChild starts `whosaid run -config cfg` with the daemon's clock set to
// now and waits until it listens.
func startChild(t *testing.T, cfg string, now time.Time) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "run", "-config", cfg)
	cmd.Env = append(os.Environ(), childEnv+"=1", "TELEGRAM_BOT_TOKEN="+testToken, nowEnv+"="+now.Format(time.RFC3339))
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	c := &child{t: t, cmd: cmd, done: make(chan struct{}), counts: map[string]int{}, changed: make(chan struct{})}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	started := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			var rec map[string]any
			json.Unmarshal([]byte(line), &rec)
			c.mu.Lock()
			c.logs.WriteString(line + "\n")
			c.counts[fmt.Sprint(rec["msg"])]++
			close(c.changed)
			c.changed = make(chan struct{})
			c.mu.Unlock()
			if rec["msg"] == "started" {
				started <- fmt.Sprint(rec["http"])
			}
		}
		c.exited = cmd.Wait()
		close(c.done)
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		<-c.done
		if t.Failed() || os.Getenv("WHOSAID_TEST_LOGS") != "" {
			t.Logf("child log:\n%s", c.log())
		}
	})
	select {
	case c.addr = <-started:
	case <-c.done:
		t.Fatalf("whosaid run exited: %v\n%s", c.exited, c.log())
	case <-time.After(60 * time.Second):
		t.Fatalf("whosaid run did not start\n%s", c.log())
	}
	return c
}

// waitLog waits until the child has logged msg n times (or exited).
func (c *child) waitLog(msg string, n int) {
	c.t.Helper()
	timeout := time.After(60 * time.Second)
	for {
		c.mu.Lock()
		got, ch := c.counts[msg], c.changed
		c.mu.Unlock()
		if got >= n {
			return
		}
		select {
		case <-ch:
		case <-c.done:
			return
		case <-timeout:
			c.t.Fatalf("waiting for %d %q log records: %d", n, msg, got)
		}
	}
}

func (c *child) log() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.logs.String()
}

// post calls a debug hook and returns its JSON answer.
func (c *child) post(path string) map[string]any {
	c.t.Helper()
	resp, err := http.Post("http://"+c.addr+path, "", nil)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	var v map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil || resp.StatusCode != 200 {
		c.t.Fatalf("POST %s: %d %v %v", path, resp.StatusCode, v, err)
	}
	return v
}

func (c *child) get(path string) string {
	c.t.Helper()
	resp, err := http.Get("http://" + c.addr + path)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		c.t.Fatalf("GET %s: %d %s", path, resp.StatusCode, b)
	}
	return string(b)
}

// kill stops the child with SIGKILL.
func (c *child) kill() {
	c.cmd.Process.Signal(syscall.SIGKILL)
	<-c.done
}

// term stops the child with SIGTERM and returns how long it took to exit.
func (c *child) term() time.Duration {
	c.t.Helper()
	start := time.Now()
	c.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-c.done:
	case <-time.After(15 * time.Second):
		c.t.Fatalf("no exit 15 s after SIGTERM\n%s", c.log())
	}
	if c.exited != nil {
		c.t.Errorf("exit after SIGTERM: %v", c.exited)
	}
	return time.Since(start)
}

// writeConfig writes a daemon configuration for a test into dir.
func writeConfig(t *testing.T, dir, apiURL string, feeds []string, extra string) string {
	t.Helper()
	var fl strings.Builder
	for _, f := range feeds {
		fmt.Fprintf(&fl, "\n    - {url: %q}", f)
	}
	feedsYAML := " []"
	if fl.Len() > 0 {
		feedsYAML = fl.String()
	}
	cfg := fmt.Sprintf(`telegram:
  api_url: %q
  poll_timeout: 1s
  admins: [5002]
database:
  path: %q
sources:
  collect_every: 1h
  allow_private_addresses: true
  inbox: [%q]
  feeds:%s
http:
  listen: 127.0.0.1:0
  debug: true
log:
  level: debug
%s`, apiURL, filepath.Join(dir, "whosaid.db"), filepath.Join(dir, "inbox"), feedsYAML, extra)
	path := filepath.Join(dir, "config.yaml")
	if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(to), 0o755)
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
	// Written a minute ago: the collector leaves files alone for a moment
	// after they change, in case they are still being written.
	old := time.Now().Add(-time.Minute)
	os.Chtimes(to, old, old)
}

func waitFor(t *testing.T, fake *fakeapi.Server, what string, cond func() bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	if err := fake.Wait(ctx, cond); err != nil {
		t.Fatalf("waiting for %s: %v", what, err)
	}
}

func digestsIn(msgs []fakeapi.Message) []fakeapi.Message {
	var out []fakeapi.Message
	for _, m := range msgs {
		if strings.HasPrefix(m.Text, digest.DefaultDigestTitle) {
			out = append(out, m)
		}
	}
	return out
}
