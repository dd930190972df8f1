package main

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// TestRunEndToEnd runs `whosaid run` as a child process against the fake
// Bot API, an inbox folder and a feed: a user subscribes and sets a time,
// clippings arrive, the digest goes out at its time; the process is killed
// and restarted, and nothing is lost or repeated.
func TestRunEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	fake, err := fakeapi.Start(fakeapi.Options{Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	seeds := filepath.Join("..", "..", "testdata", "clippings")
	story, err := os.ReadFile(filepath.Join(seeds, "001_6ce8ab88e25f6db9.md"))
	if err != nil {
		t.Fatal(err)
	}
	added, err := os.ReadFile(filepath.Join(seeds, "003_f3e1aca80388200e.md"))
	if err != nil {
		t.Fatal(err)
	}
	var feedHits sync.Map
	site := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n, _ := feedHits.LoadOrStore(r.URL.Path, new(int))
		*n.(*int)++
		switch r.URL.Path {
		case "/feed":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://%s/</link><description>d</description>
<item><title>Story</title><guid>story-1</guid><link>http://%s/story-1.md</link><pubDate>Tue, 29 Jul 2025 06:00:00 GMT</pubDate></item>
</channel></rss>`, r.Host, r.Host)
		case "/story-1.md":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(story)
		case "/added.md":
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Write(added)
		default:
			http.NotFound(w, r)
		}
	}))
	defer site.Close()

	dir := t.TempDir()
	cfg := writeConfig(t, dir, fake.URL(), []string{site.URL + "/feed"}, "")
	copyFile(t, filepath.Join(seeds, "004_8021a6d9eda921e2.md"), filepath.Join(dir, "inbox", "peskov.md"))

	day1 := time.Date(2025, 7, 29, 7, 0, 0, 0, time.UTC)
	c := startChild(t, cfg, day1)
	if got := c.get("/healthz"); got != "ok\n" {
		t.Errorf("healthz %q", got)
	}
	user := fakeapi.User(5001, "Ann")
	chat := fakeapi.PrivateChat(user)
	fake.SendText(chat, user, "/start")
	waitFor(t, fake, "the /start reply", func() bool { return len(fake.Messages(chat.ID)) >= 1 })
	fake.SendText(chat, user, "/time 08:00")
	waitFor(t, fake, "the /time reply", func() bool { return len(fake.Messages(chat.ID)) >= 2 })
	c.post("/debug/collect")

	// 08:00:30: the digest.
	c.post("/debug/now?t=2025-07-29T08:00:30Z")
	if n := c.post("/debug/digests")["digests"]; n != 1.0 {
		t.Errorf("digests made at 08:00: %v", n)
	}
	waitFor(t, fake, "the digest", func() bool { return len(digestsIn(fake.Messages(chat.ID))) >= 1 })
	first := digestsIn(fake.Messages(chat.ID))
	for _, want := range []string{"Peskov", "Tue 29 Jul 2025"} {
		if !strings.Contains(first[0].Text, want) {
			t.Errorf("digest lacks %q:\n%s", want, first[0].Text)
		}
	}
	if m := c.get("/metrics"); !strings.Contains(m, "whosaid_digests_made_total 1") || !strings.Contains(m, `whosaid_clippings_ingested_total{result="new"}`) {
		t.Errorf("metrics:\n%s", grep(m, "whosaid_"))
	}

	// Killed (once the digest is marked sent: a kill while it is in flight
	// may repeat it, which the fan-out test covers) and restarted the same
	// morning: no digest again, no clipping again.
	c.post("/debug/drained")
	c.kill()
	c = startChild(t, cfg, time.Date(2025, 7, 29, 8, 30, 0, 0, time.UTC))
	c.post("/debug/collect")
	if n := c.post("/debug/digests")["digests"]; n != 0.0 {
		t.Errorf("digests made after restart: %v", n)
	}
	fake.SendText(chat, user, "/settings")
	waitFor(t, fake, "the /settings reply", func() bool { return len(fake.Messages(chat.ID)) >= len(first)+3 })

	// The next day: only the new clippings, from the inbox and from an
	// admin's /add (a user's /add is refused).
	copyFile(t, filepath.Join(seeds, "002_7fa24fbac022c7e8.md"), filepath.Join(dir, "inbox", "sub", "next.md"))
	admin := fakeapi.User(5002, "Admin")
	adminChat := fakeapi.PrivateChat(admin)
	fake.SendText(adminChat, admin, "/add "+site.URL+"/added.md")
	waitFor(t, fake, "the /add reply", func() bool { return len(fake.Messages(adminChat.ID)) >= 1 })
	if m := fake.Messages(adminChat.ID)[0].Text; !strings.Contains(strings.ToLower(m), "saved") && !strings.Contains(strings.ToLower(m), "stored") {
		t.Errorf("/add reply: %q", m)
	}
	before := len(fake.Messages(chat.ID))
	fake.SendText(chat, user, "/add "+site.URL+"/added.md")
	waitFor(t, fake, "the refusal", func() bool { return len(fake.Messages(chat.ID)) > before })
	c.post("/debug/now?t=2025-07-30T08:00:30Z")
	c.post("/debug/collect")
	c.post("/debug/digests")
	waitFor(t, fake, "the second digest", func() bool { return len(digestsIn(fake.Messages(chat.ID))) > len(first) })
	took := c.term()
	if took > 10*time.Second {
		t.Errorf("SIGTERM to exit: %v", took)
	}
	t.Logf("SIGTERM to exit: %v", took)

	all := digestsIn(fake.Messages(chat.ID))
	second := all[len(first):]
	if len(second) == 0 || !strings.Contains(second[0].Text, "Wed 30 Jul 2025") {
		t.Fatalf("second digest: %+v", second)
	}
	for _, m := range second {
		for _, old := range first {
			if m.Text == old.Text {
				t.Errorf("a message of the first digest was sent again")
			}
		}
	}
	st, err := store.Open(context.Background(), filepath.Join(dir, "whosaid.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if stats.Clippings != 4 || stats.MessagesPending != 0 || stats.MessagesFailed != 0 {
		t.Errorf("store after the run: %+v (want 4 clippings, nothing pending or failed)", stats)
	}
	if strings.Contains(c.log(), testToken) {
		t.Error("the bot token appears in the log")
	}
}

func grep(s, sub string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestRunFanOutSurvivesSIGKILL sends the day's digest to 1,000 chats while
// the process is killed with SIGKILL at random points and restarted: every
// chat ends with its digest, a chat sees a repeat only of a message in
// flight at a kill, and never two digests for the day.
func TestRunFanOutSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	for _, inFlight := range []int{1, 8} {
		t.Run(fmt.Sprintf("in_flight=%d", inFlight), func(t *testing.T) { fanOutKills(t, inFlight) })
	}
}

// fanOutKills is one run of TestRunFanOutSurvivesSIGKILL with inFlight
// messages in flight at once.
func fanOutKills(t *testing.T, inFlight int) {
	const chats = 1000
	dir := fanOutStore(t, chats)
	fake, err := fakeapi.Start(fakeapi.Options{Token: testToken, AcceptUnknownChats: true})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	cfg := writeConfig(t, dir, fake.URL(), nil, fmt.Sprintf("limits:\n  global_per_second: 300\n  in_flight: %d\n", inFlight))
	seed := rand.Uint64()
	rng := rand.New(rand.NewPCG(seed, 0))
	t.Logf("seed %d", seed)

	kills := 0
	at := time.Date(2025, 7, 29, 8, 0, 10, 0, time.UTC)
	for round := 0; round < 6 && fake.Stats().Sent < chats; round++ {
		c := startChild(t, cfg, at.Add(time.Duration(round)*time.Minute))
		// Kill while digests are being written to the outbox (right after
		// start) or while they are being sent.
		if round == 0 {
			c.waitLog("digest_made", 1+rng.IntN(chats-1))
		} else {
			target := fake.Stats().Sent + 1 + rng.IntN(250)
			waitFor(t, fake, "messages going out", func() bool { return fake.Stats().Sent >= min(target, chats) })
		}
		c.kill()
		kills++
		t.Logf("kill %d after %d messages", kills, fake.Stats().Sent)
	}
	c := startChild(t, cfg, at.Add(10*time.Minute))
	waitFor(t, fake, "every chat's digest", func() bool {
		n := 0
		for _, id := range fake.ChatIDs() {
			if len(fake.Messages(id)) > 0 {
				n++
			}
		}
		return n >= chats
	})
	if n := c.post("/debug/digests")["digests"]; n != 0.0 {
		t.Errorf("digests made after every chat had one: %v", n)
	}
	took := c.term()
	if took > 10*time.Second {
		t.Errorf("SIGTERM to exit: %v", took)
	}

	repeats, worst := messageCounts(t, fake, chats)
	t.Logf("%d chats, %d kills, %d messages sent, %d repeated (at most %d in one chat)", chats, kills, fake.Stats().Sent, repeats, worst)
	// A kill can repeat only what was in flight: at most one message per
	// chat, and at most in_flight messages in all.
	if worst > kills || repeats > kills*inFlight {
		t.Errorf("%d repeats over %d kills (at most %d in one chat)", repeats, kills, worst)
	}
}

func TestRunConfigErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, yaml string
		env        map[string]string
		want       []string
	}{
		{"no token", "database: {path: x.db}\n", nil, []string{"telegram.token", "TELEGRAM_BOT_TOKEN"}},
		{"bad key and line", "telegram:\n  token: x\nsources:\n  colect_every: 5m\n", nil, []string{"line 4", "sources.colect_every"}},
		{"bad value", "sources:\n  collect_every: soon\n", map[string]string{"TELEGRAM_BOT_TOKEN": "x"}, []string{"line 2", "sources.collect_every"}},
		{"missing file", "", nil, []string{"no such file"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tt.name, " ", "_")+".yaml")
			if tt.yaml != "" {
				if err := os.WriteFile(path, []byte(tt.yaml), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			var stdout, stderr strings.Builder
			env := &Env{Stdout: &stdout, Stderr: &stderr, Getenv: func(k string) string { return tt.env[k] }}
			err := cmdRun(context.Background(), env, []string{"-config", path})
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tt.want {
				if !strings.Contains(errorText(err), w) {
					t.Errorf("error %q lacks %q", errorText(err), w)
				}
			}
		})
	}
}

// TestStaticBuild builds whosaid with CGO_ENABLED=0, as the Dockerfile
// does, and checks that the binary starts and reads its configuration.
func TestStaticBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	bin := filepath.Join(t.TempDir(), "whosaid")
	build := exec.Command(gobin, "build", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("CGO_ENABLED=0 go build: %v\n%s", err, out)
	}
	cfg := filepath.Join(t.TempDir(), "c.yaml")
	os.WriteFile(cfg, []byte("digest:\n  timezone: Europe/Nowhere\n"), 0o600)
	cmd := exec.Command(bin, "run", "-config", cfg)
	cmd.Env = []string{"TELEGRAM_BOT_TOKEN=x"}
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "line 2: digest.timezone") {
		t.Errorf("static binary: %v\n%s", err, out)
	}
}

// fanOutStore makes a database with n chats due for their 08:00 digest on
// 29 July 2025 and one statement to send them, and returns its folder.
func fanOutStore(t *testing.T, n int) string {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	day := time.Date(2025, 7, 29, 7, 0, 0, 0, time.UTC)
	st, err := store.Open(ctx, filepath.Join(dir, "whosaid.db"), store.WithClock(func() time.Time { return day }))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	for i := range n {
		c := digest.Chat{ID: int64(100000 + i), Type: digest.ChatPrivate, Subscribed: true, Active: true,
			DigestTime: "08:00", Timezone: "UTC"}
		if err := st.SaveChat(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	text := `Kremlin spokesman Dmitry Peskov told reporters: "So far, the process is going nowhere fast."`
	q := strings.Index(text, "So far")
	cl := &digest.Clipping{Path: "seed.txt", Text: text, Raw: []byte(text), TextSource: digest.TextSourceFile,
		Outlet: "The Moscow Times", Published: time.Date(2025, 7, 29, 0, 0, 0, 0, time.UTC),
		Blocks: []digest.Block{{Span: digest.Span{0, len(text)}}},
		Statements: []digest.Statement{{Speaker: "Dmitry Peskov", SpeakerTitle: "Kremlin spokesman", SpeakerSpan: digest.Span{18, 31},
			Cue: "told reporters", CueSpan: digest.Span{32, 46}, Content: "So far, the process is going nowhere fast.",
			ContentSpan: digest.Span{q, q + 42}, Direct: true, SaidOn: "2025-07-29", SaidOnPrecision: digest.PrecisionDay}}}
	if _, err := st.SaveClipping(ctx, cl); err != nil {
		t.Fatal(err)
	}
	return dir
}

// messageCounts returns how many messages each of n fan-out chats got and
// fails the test for a chat with none or with two different digests.
func messageCounts(t *testing.T, fake *fakeapi.Server, n int) (repeats, worst int) {
	t.Helper()
	for i := range n {
		msgs := fake.Messages(int64(100000 + i))
		if len(msgs) == 0 {
			t.Errorf("chat %d got no digest", 100000+i)
			continue
		}
		for _, m := range msgs[1:] {
			if m.HTML != msgs[0].HTML {
				t.Errorf("chat %d got two different digests", 100000+i)
			}
		}
		repeats += len(msgs) - 1
		worst = max(worst, len(msgs)-1)
	}
	return repeats, worst
}

// TestRunSIGTERMDuringFanOut stops the daemon with SIGTERM in the middle
// of a fan-out: it exits within 10 s having settled what was in flight,
// and the restart sends the rest with no message repeated.
func TestRunSIGTERMDuringFanOut(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	const chats = 1000
	dir := fanOutStore(t, chats)
	fake, err := fakeapi.Start(fakeapi.Options{Token: testToken, AcceptUnknownChats: true})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	// 60 a second: 1,000 messages take longer than the shutdown allows.
	cfg := writeConfig(t, dir, fake.URL(), nil, "limits:\n  global_per_second: 60\n")
	at := time.Date(2025, 7, 29, 8, 0, 10, 0, time.UTC)
	c := startChild(t, cfg, at)
	waitFor(t, fake, "messages going out", func() bool { return fake.Stats().Sent >= 100 })
	took := c.term()
	sent := fake.Stats().Sent
	t.Logf("SIGTERM after 100 messages: exit in %v, %d sent", took, sent)
	if took > 10*time.Second {
		t.Errorf("SIGTERM to exit: %v", took)
	}
	if sent >= chats {
		t.Fatalf("the fan-out finished before the stop (%d sent): the test proves nothing", sent)
	}
	c = startChild(t, cfg, at.Add(time.Minute))
	waitFor(t, fake, "the rest of the fan-out", func() bool { return fake.Stats().Sent >= chats })
	c.post("/debug/drained")
	c.term()
	if repeats, _ := messageCounts(t, fake, chats); repeats != 0 || fake.Stats().Sent != chats {
		t.Errorf("%d repeated, %d sent for %d chats", repeats, fake.Stats().Sent, chats)
	}
}
