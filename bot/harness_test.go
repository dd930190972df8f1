package bot

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// jumpClock is a virtual clock: waiting on it moves it forward at once, so
// a test goes through rate limits, retry_after and backoff without waiting
// on the wall clock. It records every wait.
type jumpClock struct {
	mu    sync.Mutex
	now   time.Time
	waits []time.Duration
}

func newJumpClock() *jumpClock {
	return &jumpClock{now: time.Date(2025, 9, 6, 9, 0, 0, 0, time.UTC)}
}

func (c *jumpClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *jumpClock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d > 0 {
		c.now = c.now.Add(d)
		c.waits = append(c.waits, d)
	}
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

// waited returns the waits of at least min.
func (c *jumpClock) waited(min time.Duration) []time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []time.Duration
	for _, w := range c.waits {
		if w >= min {
			out = append(out, w)
		}
	}
	return out
}

const testToken = "123456:TEST-token-SECRET"

// harness is a bot running against the fake Bot API and a real store.
type harness struct {
	t      *testing.T
	ctx    context.Context
	clock  *jumpClock
	fake   *fakeapi.Server
	store  *store.Store
	api    *API
	sender *Sender
	bot    *Bot
	col    *fakeCollector
	outbox *watchedOutbox
	logs   *strings.Builder
	admin  tgbotapi.User
	fences int
}

type harnessOptions struct {
	limits     fakeapi.Limits
	botLimits  Limits
	noRun      bool // do not start Bot.Run (sender tests)
	maxAttempt int
	nothingNew bool // Config.NothingNew
}

// syncBuilder is a strings.Builder safe for the logger's goroutines.
type syncWriter struct {
	mu sync.Mutex
	b  *strings.Builder
}

func (w *syncWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func newHarness(t *testing.T, o harnessOptions) *harness {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	h := &harness{t: t, ctx: ctx, clock: newJumpClock(), logs: &strings.Builder{}, admin: fakeapi.User(1001, "Ada")}
	logger := slog.New(slog.NewTextHandler(&syncWriter{b: h.logs}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	fake, err := fakeapi.Start(fakeapi.Options{Token: testToken, Limits: o.limits, Now: h.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	h.fake = fake
	st, err := store.Open(ctx, filepath.Join(t.TempDir(), "bot.db"), store.WithClock(h.clock.Now))
	if err != nil {
		t.Fatal(err)
	}
	h.store = st
	h.api, err = NewAPI(ctx, testToken, fake.URL(), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	lim := o.botLimits
	if lim == (Limits{}) {
		lim = DefaultLimits()
	}
	h.outbox = &watchedOutbox{Store: st, changed: make(chan struct{})}
	h.sender = NewSender(h.api, h.outbox, st, SenderOptions{
		Limits: lim, Clock: h.clock, Logger: logger, Recheck: -1, MaxAttempts: o.maxAttempt,
	})
	h.col = &fakeCollector{store: st}
	cfg := DefaultConfig()
	cfg.Token, cfg.APIURL, cfg.Admins = testToken, fake.URL(), []int64{h.admin.ID}
	cfg.PollTimeout = 20 * time.Second
	cfg.NothingNew = o.nothingNew
	h.bot, err = New(ctx, Options{
		Config: cfg, Store: st, Chats: st, Collector: h.col, API: h.api, Sender: h.sender,
		Clock: h.clock, Logger: logger,
	})
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); h.sender.Run(ctx) }()
	if !o.noRun {
		wg.Add(1)
		go func() { defer wg.Done(); h.bot.Run(ctx) }()
	}
	t.Cleanup(func() {
		cancel()
		wg.Wait()
		fake.Close()
		st.Close()
		if strings.Contains(h.logs.String(), testToken) {
			t.Errorf("the token appears in the log:\n%s", h.logs.String())
		}
		if t.Failed() {
			t.Logf("log:\n%s", h.logs.String())
		}
	})
	return h
}

// wait waits for cond, failing the test when the harness's deadline passes.
func (h *harness) wait(what string, cond func() bool) {
	h.t.Helper()
	if err := h.fake.Wait(h.ctx, cond); err != nil {
		h.t.Fatalf("waiting for %s: %v", what, err)
	}
}

// until waits for cond, checking it after every change to the fake server
// or the outbox.
func (h *harness) until(what string, cond func() bool) {
	h.t.Helper()
	for {
		fc, oc := h.fake.Changed(), h.outbox.watch()
		if cond() {
			return
		}
		select {
		case <-fc:
		case <-oc:
		case <-h.ctx.Done():
			h.t.Fatalf("waiting for %s: %v", what, h.ctx.Err())
		}
	}
}

// watchedOutbox is the store's outbox that tells when a message is marked.
type watchedOutbox struct {
	*store.Store
	mu      sync.Mutex
	changed chan struct{}
}

func (w *watchedOutbox) watch() <-chan struct{} {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.changed
}

func (w *watchedOutbox) poke() {
	w.mu.Lock()
	defer w.mu.Unlock()
	close(w.changed)
	w.changed = make(chan struct{})
}

func (w *watchedOutbox) MarkSent(ctx context.Context, id int64, tg int, at time.Time) error {
	defer w.poke()
	return w.Store.MarkSent(ctx, id, tg, at)
}

func (w *watchedOutbox) MarkFailed(ctx context.Context, id int64, reason string) error {
	defer w.poke()
	return w.Store.MarkFailed(ctx, id, reason)
}

// say sends text as user in chat and returns all the bot's replies to it:
// a command sent after it is answered after it (one chat's updates are
// handled in order), and its answer marks the end. At least n replies are
// expected.
func (h *harness) say(chat tgbotapi.Chat, user tgbotapi.User, text string, n int) []fakeapi.Message {
	h.t.Helper()
	before := len(h.fake.Messages(chat.ID))
	h.fake.SendText(chat, user, text)
	h.fences++
	fence := fmt.Sprintf("fence%d", h.fences)
	h.fake.SendText(chat, user, "/"+fence+"@whosaid_bot")
	h.wait(text, func() bool {
		ms := h.fake.Messages(chat.ID)
		return len(ms) > before && strings.Contains(ms[len(ms)-1].Text, fence)
	})
	got := h.fake.Messages(chat.ID)[before:]
	got = got[:len(got)-1]
	if len(got) < n {
		h.t.Fatalf("%s: %d replies, want %d: %q", text, len(got), n, texts(got))
	}
	return got
}

// quiet runs send and checks that the bot answered nothing to it.
func (h *harness) quiet(chat tgbotapi.Chat, user tgbotapi.User, send func()) {
	h.t.Helper()
	send()
	if got := h.say(chat, user, "/fence@whosaid_bot", 1); len(got) != 1 {
		h.t.Fatalf("expected no reply, got %q", texts(got[:len(got)-1]))
	}
}

func texts(ms []fakeapi.Message) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return out
}

// fakeCollector stores text clippings with one statement per line of the
// form "Name: quote", and records URLs.
type fakeCollector struct {
	mu    sync.Mutex
	store *store.Store
	urls  []string
	texts []string
	rcvs  []digest.Received
}

func (c *fakeCollector) AddURL(ctx context.Context, url string) (digest.SaveResult, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.urls = append(c.urls, url)
	return digest.SaveResult{ClippingID: 99, Statements: 1, NewEntries: 1}, nil
}

func (c *fakeCollector) AddText(ctx context.Context, name, text string, rcv digest.Received) (digest.SaveResult, error) {
	c.mu.Lock()
	c.texts = append(c.texts, text)
	c.rcvs = append(c.rcvs, rcv)
	c.mu.Unlock()
	cl := &digest.Clipping{Path: name, Text: text, TextSource: digest.TextSourceFile, Outlet: cmp.Or(rcv.Outlet, "Telegram"), Published: rcv.At}
	for line := range strings.Lines(text) {
		who, what, ok := strings.Cut(line, ": ")
		if !ok {
			continue
		}
		what = strings.TrimSpace(what)
		i := strings.Index(text, what)
		j := strings.Index(text, who)
		cl.Statements = append(cl.Statements, digest.Statement{
			Speaker: who, SpeakerSpan: digest.Span{j, j + len(who)}, Cue: "said", CueSpan: digest.Span{j, j + len(who)},
			Content: what, ContentSpan: digest.Span{i, i + len(what)}, Direct: true, SaidOnPrecision: digest.PrecisionUnknown,
		})
	}
	return c.store.SaveClipping(ctx, cl)
}

// seed stores a few clippings with hand-made statements.
func (h *harness) seed() {
	h.t.Helper()
	type st struct{ speaker, title, content, on string }
	add := func(path, outlet, url, published, headline string, sts ...st) {
		var paras []string
		for _, s := range sts {
			paras = append(paras, s.title+" "+s.speaker+" said: \""+s.content+"\"")
		}
		text := headline + "\n\n" + strings.Join(paras, "\n\n") + "\n"
		p, _ := time.Parse("2006-01-02", published)
		c := &digest.Clipping{Path: path, URL: url, Outlet: outlet, Headline: headline, Text: text, TextSource: digest.TextSourceFile, Published: p}
		c.Blocks = []digest.Block{{Span: digest.Span{0, len(headline)}, Kind: digest.BlockHeadline}}
		for _, s := range sts {
			i := strings.Index(text, s.content)
			j := strings.Index(text, s.speaker)
			stmt := digest.Statement{
				Speaker: s.speaker, SpeakerTitle: s.title, SpeakerSpan: digest.Span{j, j + len(s.speaker)},
				Cue: "said", CueSpan: digest.Span{j + len(s.speaker) + 1, j + len(s.speaker) + 5},
				Content: s.content, ContentSpan: digest.Span{i, i + len(s.content)}, Direct: true,
			}
			d, _ := digest.ParseDate(s.on)
			stmt.SetDate(d)
			c.Statements = append(c.Statements, stmt)
		}
		if _, err := h.store.SaveClipping(h.ctx, c); err != nil {
			h.t.Fatal(err)
		}
	}
	add("a.txt", "TASS", "https://tass.example/1", "2017-09-13", "Kremlin on relations with Washington",
		st{"Dmitry Peskov", "Kremlin spokesman", "Proposals for full normalization of relations were handed over", "2017-09-13"})
	add("b.txt", "The Moscow Times", "https://mt.example/2", "2025-07-29", "Normalization going nowhere",
		st{"Dmitry Peskov", "Kremlin spokesman", "So far, the process of normalizing relations with the U.S. is going nowhere fast", "2025-07-29"},
		st{"Donald Trump", "U.S. President", "I am very disappointed in Putin & his <tactics>", "2025-07-28"})
	add("c.txt", "RFE/RL", "https://rferl.example/3", "2025-09-05", "Kremlin says it will take time",
		st{"Dmitry Peskov", "Kremlin spokesman", "Normalization will take time, there is no quick fix", "2025-09-05"})
}

// private returns the admin's private chat, started.
func (h *harness) started(chat tgbotapi.Chat, user tgbotapi.User) {
	h.t.Helper()
	h.say(chat, user, "/start", 1)
}
