// Package bot is whosaid's Telegram side: it takes updates (long polling or
// a webhook), answers the commands, and sends everything through one
// rate-limited Sender that also drains the digest outbox. It talks to the
// Bot API only through github.com/go-telegram-bot-api/telegram-bot-api/v5.
package bot

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/digest"
)

// Collector turns what an admin sends the bot (/add, forwarded messages)
// into stored clippings. The daemon implements it with its collection
// pipeline.
type Collector interface {
	// AddURL fetches a page and stores it as a clipping.
	AddURL(ctx context.Context, url string) (digest.SaveResult, error)
	// AddText stores text as a clipping named name; rcv stands for its
	// date and outlet where the text gives none.
	AddText(ctx context.Context, name, text string, rcv digest.Received) (digest.SaveResult, error)
}

// Options are what a Bot is made of. Store and Chats are required; API and
// Sender are made from Config when nil (and the Bot then runs its Sender).
type Options struct {
	Config    Config
	Store     digest.StatementStore
	Chats     digest.ChatStore
	Outbox    digest.Outbox // drained by the Sender the Bot makes; may be nil
	Collector Collector     // for /add and forwards; nil: they are refused
	API       *API
	Sender    *Sender
	Clock     Clock
	Logger    *slog.Logger
}

// Bot answers Telegram updates. Make one with New.
type Bot struct {
	cfg       Config
	api       *API
	sender    *Sender
	ownSender bool
	store     digest.StatementStore
	chats     digest.ChatStore
	collect   Collector
	clock     Clock
	log       *slog.Logger
	name      string // the bot's username, for /cmd@name
	states    *stateCache

	mu     sync.Mutex
	queues map[int64][]tgbotapi.Update // per chat, while a handler runs
	wg     sync.WaitGroup
	slots  chan struct{} // bounds concurrent handlers
}

// New returns a Bot. When opts.API is nil it connects with opts.Config
// (getMe checks the token); when opts.Sender is nil it makes one with the
// configured limits.
func New(ctx context.Context, opts Options) (*Bot, error) {
	cfg := opts.Config.withDefaults()
	if opts.Store == nil || opts.Chats == nil {
		return nil, errors.New("bot: Store and Chats are required")
	}
	if opts.Clock == nil {
		opts.Clock = SystemClock{}
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	api := opts.API
	if api == nil {
		var err error
		api, err = NewAPI(ctx, cfg.Token, cfg.APIURL, cfg.RequestTimeout)
		if err != nil {
			return nil, fmt.Errorf("bot: %w", err)
		}
	}
	b := &Bot{
		cfg: cfg, api: api, sender: opts.Sender, store: opts.Store, chats: opts.Chats,
		collect: opts.Collector, clock: opts.Clock, log: opts.Logger, name: api.Self.UserName,
		states: newStateCache(2048), queues: map[int64][]tgbotapi.Update{}, slots: make(chan struct{}, 32),
	}
	if b.sender == nil {
		b.sender = NewSender(api, opts.Outbox, opts.Chats, SenderOptions{Limits: cfg.Limits, Clock: opts.Clock, Logger: opts.Logger})
		b.ownSender = true
	}
	return b, nil
}

// Sender returns the sender the bot sends with: the daemon enqueues digests
// in the outbox and calls its Notify.
func (b *Bot) Sender() *Sender { return b.sender }

// Run registers the commands and takes updates until ctx is done: by long
// polling, or by webhook when Config.WebhookListen is set. It waits for the
// handlers it started (and its own Sender) before returning.
func (b *Bot) Run(ctx context.Context) error {
	var senderDone chan struct{}
	if b.ownSender {
		senderDone = make(chan struct{})
		go func() {
			defer close(senderDone)
			b.sender.Run(ctx)
		}()
	}
	b.registerCommands(ctx)
	var err error
	if b.cfg.WebhookListen != "" {
		err = b.serveWebhook(ctx)
	} else {
		err = b.poll(ctx)
	}
	b.wg.Wait()
	if senderDone != nil {
		<-senderDone
	}
	return err
}

// poll is the long polling loop. Unlike the library's GetUpdatesChan it
// stops as soon as ctx is done, honours retry_after and backs off on
// errors.
func (b *Bot) poll(ctx context.Context) error {
	if err := b.api.DeleteWebhook(ctx); err != nil && ctx.Err() == nil {
		b.log.Warn("delete_webhook_failed", slog.Any("error", err))
	}
	offset := 0
	backoff := time.Second
	for ctx.Err() == nil {
		ups, err := b.api.GetUpdates(ctx, offset, b.cfg.PollTimeout)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			wait := backoff
			if kind, ra, _ := classify(ctx, err); kind == errFlood {
				wait = ra
			} else {
				backoff = min(backoff*2, 30*time.Second)
			}
			b.log.Warn("get_updates_failed", slog.Any("error", err), slog.Duration("retry_in", wait))
			sleep(ctx, b.clock, wait)
			continue
		}
		backoff = time.Second
		for _, u := range ups {
			if u.UpdateID >= offset {
				offset = u.UpdateID + 1
			}
			b.dispatch(ctx, u)
		}
	}
	return nil
}

// serveWebhook sets the webhook and serves it until ctx is done.
func (b *Bot) serveWebhook(ctx context.Context) error {
	ln, err := net.Listen("tcp", b.cfg.WebhookListen)
	if err != nil {
		return fmt.Errorf("bot: webhook listen: %w", err)
	}
	srv := &http.Server{Handler: b.WebhookHandler(ctx), ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	if err := b.api.SetWebhook(ctx, b.cfg.WebhookURL, b.cfg.WebhookSecret); err != nil {
		srv.Close()
		return fmt.Errorf("bot: %w", err)
	}
	select {
	case <-ctx.Done():
	case err := <-errc:
		return fmt.Errorf("bot: webhook server: %w", err)
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	srv.Shutdown(sctx)
	return nil
}

// WebhookHandler returns the handler for Telegram's webhook requests. It
// checks the X-Telegram-Bot-Api-Secret-Token header against the configured
// secret and answers 401 when it differs; accepted updates are handled with
// ctx as polled ones are.
func (b *Bot) WebhookHandler(ctx context.Context) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
		if b.cfg.WebhookSecret != "" && subtle.ConstantTimeCompare([]byte(got), []byte(b.cfg.WebhookSecret)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		var u tgbotapi.Update
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&u); err != nil {
			http.Error(w, "bad update", http.StatusBadRequest)
			return
		}
		b.dispatch(ctx, u)
		w.WriteHeader(http.StatusOK)
	})
}

// updateChat returns the id of the chat an update belongs to (0 for none).
func updateChat(u tgbotapi.Update) int64 {
	switch {
	case u.Message != nil && u.Message.Chat != nil:
		return u.Message.Chat.ID
	case u.ChannelPost != nil && u.ChannelPost.Chat != nil:
		return u.ChannelPost.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.Message != nil && u.CallbackQuery.Message.Chat != nil:
		return u.CallbackQuery.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.From != nil:
		return u.CallbackQuery.From.ID
	}
	return 0
}

// dispatch handles u on a goroutine: one chat's updates in order, several
// chats at once.
func (b *Bot) dispatch(ctx context.Context, u tgbotapi.Update) {
	chatID := updateChat(u)
	b.mu.Lock()
	if q, busy := b.queues[chatID]; busy {
		b.queues[chatID] = append(q, u)
		b.mu.Unlock()
		return
	}
	b.queues[chatID] = nil
	b.mu.Unlock()
	b.wg.Add(1)
	go func() {
		defer b.wg.Done()
		for {
			select {
			case b.slots <- struct{}{}:
			case <-ctx.Done():
				b.mu.Lock()
				delete(b.queues, chatID)
				b.mu.Unlock()
				return
			}
			b.HandleUpdate(ctx, u)
			<-b.slots
			b.mu.Lock()
			q := b.queues[chatID]
			if len(q) == 0 {
				delete(b.queues, chatID)
				b.mu.Unlock()
				return
			}
			u = q[0]
			b.queues[chatID] = q[1:]
			b.mu.Unlock()
		}
	}()
}

// HandleUpdate handles one update and returns when its replies are sent.
// Polling and the webhook call it through a per-chat queue; `whosaid chat`
// calls it directly. A panic in a handler is logged, not propagated.
func (b *Bot) HandleUpdate(ctx context.Context, u tgbotapi.Update) {
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("handler_panic", slog.Any("panic", p), slog.String("stack", string(debug.Stack())))
		}
	}()
	switch {
	case u.Message != nil:
		b.handleMessage(ctx, u.Message)
	case u.ChannelPost != nil:
		b.handleMessage(ctx, u.ChannelPost)
	case u.CallbackQuery != nil:
		b.handleCallback(ctx, u.CallbackQuery)
	case u.EditedMessage != nil, u.EditedChannelPost != nil:
		// An edit of a command already answered asks for nothing new.
		b.log.Debug("edited_message_ignored", slog.Int("update", u.UpdateID))
	default:
		b.log.Debug("update_ignored", slog.Int("update", u.UpdateID))
	}
}
