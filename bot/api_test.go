package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
)

// TestTokenScrubbed: errors that carry a request URL (network errors) and
// errors from Telegram never show the token.
func TestTokenScrubbed(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens there now
	ctx := context.Background()
	_, err = NewAPI(ctx, testToken, "http://"+addr, time.Second)
	if err == nil {
		t.Fatal("connected to a closed port")
	}
	if strings.Contains(err.Error(), testToken) || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("error shows the token: %v", err)
	}
	if !strings.Contains(err.Error(), "<token>") {
		t.Errorf("error %q lost its URL", err)
	}

	fake, err := fakeapi.Start(fakeapi.Options{Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	if _, err := NewAPI(ctx, "999:wrong-SECRET", fake.URL(), time.Second); err == nil || strings.Contains(err.Error(), "SECRET") {
		t.Errorf("wrong token: %v", err)
	}
	api, err := NewAPI(ctx, testToken, fake.URL(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	fake.Close()
	_, err = api.Send(ctx, 1, "x", nil)
	if err == nil || strings.Contains(err.Error(), testToken) {
		t.Errorf("send to a closed server: %v", err)
	}
	if kind, _, _ := classify(ctx, err); kind != errRetry {
		t.Errorf("a network error classified %v", kind)
	}
	var ue interface{ Timeout() bool }
	if !errors.As(err, &ue) {
		t.Errorf("network error %T lost its type", errors.Unwrap(err))
	}
}

// TestPollStops: Run returns promptly when its context ends, in the middle
// of a long poll the server would hold for 50 s.
func TestPollStops(t *testing.T) {
	fake, err := fakeapi.Start(fakeapi.Options{Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	st := &memChats{}
	ctx, cancel := context.WithCancel(context.Background())
	cfg := DefaultConfig()
	cfg.Token, cfg.APIURL, cfg.PollTimeout = testToken, fake.URL(), 50*time.Second
	b, err := New(ctx, Options{Config: cfg, Store: nilStore{}, Chats: st})
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error)
	go func() { done <- b.Run(ctx) }()
	// Wait until the bot is inside a long poll, then stop it.
	if err := fake.Wait(ctx, func() bool { return fake.Stats().GetUpdates > 0 }); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("Run took %v to stop", d)
		}
	case <-time.After(10 * time.Second): // a failsafe, not a wait the test relies on
		t.Fatal("Run did not stop")
	}
}

// TestWebhook: in webhook mode the bot sets the webhook with its secret,
// Telegram's posts with the secret are handled, others are refused.
func TestWebhook(t *testing.T) {
	h := newHarness(t, harnessOptions{noRun: true})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	h.bot.cfg.WebhookListen = addr
	h.bot.cfg.WebhookURL = "http://" + addr + "/hook"
	h.bot.cfg.WebhookSecret = "s3cret_Token-1"
	go h.bot.Run(h.ctx)
	h.wait("webhook set", func() bool { u, _ := h.fake.Webhook(); return u != "" })
	if u, sec := h.fake.Webhook(); u != h.bot.cfg.WebhookURL || sec != "s3cret_Token-1" {
		t.Fatalf("webhook %q %q", u, sec)
	}
	user := fakeapi.User(8001, "Hook")
	chat := fakeapi.PrivateChat(user)
	// The fake posts the update to the webhook with the secret header.
	h.fake.SendText(chat, user, "/help")
	h.wait("reply", func() bool { return len(h.fake.Messages(chat.ID)) == 1 })

	// A post without the secret is refused and not handled.
	handler := h.bot.WebhookHandler(h.ctx)
	body, _ := json.Marshal(tgbotapi.Update{UpdateID: 5, Message: &tgbotapi.Message{MessageID: 1, Chat: &chat, From: &user, Text: "/start",
		Entities: []tgbotapi.MessageEntity{{Type: "bot_command", Length: 6}}}})
	for _, secret := range []string{"", "wrong"} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/hook", bytes.NewReader(body))
		if secret != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		}
		handler.ServeHTTP(rec, req)
		if rec.Code != http.StatusUnauthorized {
			t.Errorf("secret %q: status %d", secret, rec.Code)
		}
	}
	rec := httptest.NewRecorder()
	handler.ServeHTTP(rec, httptest.NewRequest("POST", "/hook", strings.NewReader("{not json")))
	if rec.Code != http.StatusUnauthorized {
		t.Errorf("garbage without secret: %d", rec.Code)
	}
	if _, err := h.store.Chat(h.ctx, chat.ID); digest.ErrorCode(err) != digest.ENOTFOUND {
		t.Errorf("a refused /start was handled: %v", err)
	}
}

// memChats is a ChatStore that knows no chat.
type memChats struct{}

func (memChats) Chat(ctx context.Context, id int64) (*digest.Chat, error) {
	return nil, digest.Errorf(digest.ENOTFOUND, "no chat")
}
func (memChats) SaveChat(ctx context.Context, c *digest.Chat) error           { return nil }
func (memChats) Chats(ctx context.Context) ([]digest.Chat, error)             { return nil, nil }
func (memChats) MigrateChat(ctx context.Context, from, to int64) error        { return nil }
func (memChats) DeactivateChat(ctx context.Context, id int64, r string) error { return nil }

// nilStore is a StatementStore with nothing in it.
type nilStore struct{ digest.StatementStore }

// TestLibraryLog: the library's debug lines go through slog, scrubbed.
func TestLibraryLog(t *testing.T) {
	fake, err := fakeapi.Start(fakeapi.Options{Token: testToken, AcceptUnknownChats: true})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	var buf syncWriter
	buf.b = &strings.Builder{}
	if err := RouteLibraryLog(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})), testToken); err != nil {
		t.Fatal(err)
	}
	defer tgbotapi.SetLogger(log.New(os.Stderr, "", log.LstdFlags))
	api, err := NewAPI(context.Background(), testToken, fake.URL(), time.Second)
	if err != nil {
		t.Fatal(err)
	}
	api.bot.Debug = true
	api.bot.Token = testToken // as the library would print it, if it ever did
	if _, err := api.Send(context.Background(), 5, "hello "+testToken, nil); err != nil {
		t.Fatal(err)
	}
	out := buf.b.String()
	if !strings.Contains(out, "telegram_library") || strings.Contains(out, testToken) || !strings.Contains(out, "hello <token>") {
		t.Errorf("library log:\n%s", out)
	}
}
