// Package daemon is `whosaid run`: it wires the store, the collector, the
// Telegram bot and its sender, the cron scheduler of collection and daily
// digests, and the local HTTP listener (/healthz, /metrics), and stops them
// in order.
package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/whosaid/whosaid/bot"
	"github.com/whosaid/whosaid/cmd/whosaid/collect"
	"github.com/whosaid/whosaid/cmd/whosaid/config"
	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// ShutdownTimeout bounds the whole ordered stop after a signal.
const ShutdownTimeout = 10 * time.Second

// resyncEvery is how often the chats' cron entries are checked against the
// store and missed digests are caught up (a daylight-saving gap, a change
// made by another process).
const resyncEvery = "@every 1m"

// Options are what the App takes besides its configuration.
type Options struct {
	Logger *slog.Logger // nil: discard
	// Now, when set, is the time at start: the daemon's clock runs on from
	// it. Only for tests (see HTTP.Debug).
	Now time.Time
}

// App is the running daemon. Make one with New, call Run, then Close.
type App struct {
	cfg   config.Config
	log   *slog.Logger
	clock *Clock

	store     *store.Store
	api       *bot.API
	sender    *bot.Sender
	bot       *bot.Bot
	collector *collect.Collector
	digester  *Digester
	alerter   *Alerter
	cron      *cron.Cron
	chats     *chatJobs
	metrics   *metrics
	listener  net.Listener
	server    *http.Server

	jobsCtx    context.Context // running jobs; cancelled late in shutdown
	cancelJobs context.CancelFunc
	wg         sync.WaitGroup // jobs started outside cron (start-up runs)
	changed    chan struct{}  // a chat's settings changed: re-register
}

// New opens the database, connects to the Bot API (getMe checks the token)
// and binds the HTTP listener. Nothing runs until Run.
func New(ctx context.Context, cfg config.Config, opts Options) (*App, error) {
	a := &App{cfg: cfg, log: opts.Logger, clock: &Clock{}, changed: make(chan struct{}, 1)}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	if !opts.Now.IsZero() {
		a.clock.Set(opts.Now)
	}
	var err error
	a.store, err = store.Open(ctx, cfg.Database.Path, store.WithClock(a.clock.Now), store.WithLogger(a.log))
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			a.Close()
		}
	}()
	// The v5 library logs with a package-wide logger (request parameters in
	// debug mode): routed through ours, token scrubbed, before any call.
	if err := bot.RouteLibraryLog(a.log.With(slog.String("part", "telegram")), cfg.Telegram.Token); err != nil {
		return nil, err
	}
	a.api, err = bot.NewAPI(ctx, cfg.Telegram.Token, cfg.Telegram.APIURL, 30*time.Second)
	if err != nil {
		return nil, err
	}
	a.sender = bot.NewSender(a.api, a.store, a.store, bot.SenderOptions{
		Limits:  bot.Limits{GlobalPerSecond: cfg.Limits.GlobalPerSecond, ChatPerSecond: cfg.Limits.ChatPerSecond, GroupPerMinute: cfg.Limits.GroupPerMinute},
		Workers: cfg.Limits.InFlight, Clock: a.clock, Logger: a.log.With(slog.String("part", "sender")),
	})
	a.metrics = newMetrics(a.store, senderStats{
		sent:    func() float64 { return float64(a.sender.Stats().Sent) },
		failed:  func() float64 { return float64(a.sender.Stats().Failed) },
		tooMany: func() float64 { return float64(a.sender.Stats().TooMany) },
		queued:  func() float64 { return float64(a.sender.Stats().Queued) },
	})
	feeds := make([]collect.Feed, len(cfg.Sources.Feeds))
	for i, f := range cfg.Sources.Feeds {
		feeds[i] = collect.Feed{URL: f.URL, Every: f.Every}
	}
	a.collector = collect.New(a.store, a.store, collect.Options{
		Inbox: cfg.Sources.Inbox, Feeds: feeds, Every: cfg.Sources.CollectEvery,
		UserAgent: cfg.Sources.UserAgent, Timeout: cfg.Sources.FetchTimeout,
		MaxFeedBytes: cfg.Sources.MaxFeedBytes, MaxPageBytes: cfg.Sources.MaxPageBytes,
		MaxBackoff: cfg.Sources.MaxBackoff, AllowPrivate: cfg.Sources.AllowPrivateAddresses, Now: a.clock.Now,
		Logger: a.log.With(slog.String("part", "collect")), Saved: a.metrics.saved,
	})
	a.digester = &Digester{Store: a.store, Notify: a.sender.Notify, Now: a.clock.Now,
		Log: a.log.With(slog.String("part", "digest")), MaxEntries: cfg.Digest.MaxEntries,
		Made: func(int64, int) {
			a.metrics.digests.Inc()
			a.metrics.lastDigest.Set(float64(a.clock.Now().Unix()))
		}}
	a.alerter = &Alerter{Store: a.store, Notify: a.sender.Notify, Now: a.clock.Now,
		Log: a.log.With(slog.String("part", "alerts"))}
	a.bot, err = bot.New(ctx, bot.Options{
		Config: bot.Config{
			Token: cfg.Telegram.Token, APIURL: cfg.Telegram.APIURL, Admins: cfg.Telegram.Admins,
			WebhookListen: cfg.Telegram.Webhook.Listen, WebhookURL: cfg.Telegram.Webhook.URL,
			WebhookSecret: cfg.Telegram.Webhook.SecretToken,
			DigestTime:    cfg.Digest.Time, DigestTimezone: cfg.Digest.Timezone, MaxEntries: cfg.Digest.MaxEntries,
			NothingNew: cfg.Digest.NothingNew, PollTimeout: cfg.Telegram.PollTimeout,
		},
		Store: a.store, Chats: &watchedChats{ChatStore: a.store, changed: a.chatChanged}, Outbox: a.store,
		Collector: a.collector, API: a.api, Sender: a.sender, Clock: a.clock,
		Logger: a.log.With(slog.String("part", "bot")),
	})
	if err != nil {
		return nil, err
	}
	a.jobsCtx, a.cancelJobs = context.WithCancel(context.Background())
	a.cron = newCron(a.log.With(slog.String("part", "cron")))
	a.chats = &chatJobs{cron: a.cron, ctx: a.jobsCtx, log: a.log, entries: map[int64]chatEntry{},
		run: func(ctx context.Context, id int64) {
			if _, err := a.digester.DigestFor(ctx, id); err != nil {
				a.log.Error("digest_failed", slog.Int64("chat_id", id), slog.Any("error", err))
			}
		}}
	if cfg.HTTP.Listen != "" {
		a.listener, err = net.Listen("tcp", cfg.HTTP.Listen)
		if err != nil {
			return nil, fmt.Errorf("http.listen: %w", err)
		}
		a.server = &http.Server{Handler: a.handler(), ReadHeaderTimeout: 10 * time.Second}
	}
	ok = true
	return a, nil
}

// Addr returns the address of the HTTP listener, "" when it is off.
func (a *App) Addr() string {
	if a.listener == nil {
		return ""
	}
	return a.listener.Addr().String()
}

// Run runs the daemon until ctx is done, then stops in order: updates
// first, then the scheduler (running jobs finish), then the sender (the
// message in flight is settled; the rest stays in the outbox), then the
// HTTP listener. It returns within ShutdownTimeout of ctx being done.
func (a *App) Run(ctx context.Context) error {
	if a.server != nil {
		go func() {
			if err := a.server.Serve(a.listener); err != nil && !errors.Is(err, http.ErrServerClosed) {
				a.log.Error("http_failed", slog.Any("error", err))
			}
		}()
	}
	senderCtx, stopSender := context.WithCancel(context.Background())
	senderDone := make(chan struct{})
	go func() {
		defer close(senderDone)
		a.sender.Run(senderCtx)
	}()

	// Cron: collection, the chats' digests and the resync safety net.
	collectID, err := a.cron.AddFunc(fmt.Sprintf("@every %s", a.collector.MinInterval()), func() { a.collect(a.jobsCtx) })
	if err != nil {
		stopSender()
		return fmt.Errorf("schedule collection: %w", err)
	}
	resyncID, err := a.cron.AddFunc(resyncEvery, func() { a.resync(a.jobsCtx) })
	if err != nil {
		stopSender()
		return fmt.Errorf("schedule resync: %w", err)
	}
	a.cron.Start()
	// At start-up: register the chats, catch up the digests missed while
	// down, and collect once without waiting for the first tick. The
	// wrapped jobs are cron's own, so a tick never overlaps these runs.
	a.wg.Add(1)
	go func() {
		defer a.wg.Done()
		a.cron.Entry(resyncID).WrappedJob.Run()
		a.cron.Entry(collectID).WrappedJob.Run()
	}()
	watchCtx, stopWatch := context.WithCancel(a.jobsCtx)
	watchDone := make(chan struct{})
	go func() {
		defer close(watchDone)
		a.watchChats(watchCtx)
	}()

	botCtx, stopBot := context.WithCancel(ctx)
	botDone := make(chan error, 1)
	go func() { botDone <- a.bot.Run(botCtx) }()
	a.log.Info("started", slog.String("http", a.Addr()), slog.String("bot", a.api.Self.UserName),
		slog.Int("feeds", len(a.cfg.Sources.Feeds)), slog.Any("inbox", a.cfg.Sources.Inbox))

	var runErr error
	select {
	case <-ctx.Done():
	case runErr = <-botDone:
		botDone <- runErr
		a.log.Error("bot_stopped", slog.Any("error", runErr))
	}
	a.log.Info("stopping")
	deadline := time.Now().Add(ShutdownTimeout)
	// 1. Stop taking updates; the bot waits for the handlers it started.
	stopBot()
	if !waitUntil((<-chan error)(botDone), deadline.Add(-7*time.Second)) {
		a.log.Warn("stop_bot_slow")
	}
	stopWatch() // no more chat changes come without updates
	<-watchDone
	a.log.Debug("stopped_updates")
	// 2. Let running jobs finish; past their share of the time, cancel them.
	stopped := a.cron.Stop()
	jobsDone := make(chan struct{})
	go func() {
		<-stopped.Done()
		a.wg.Wait()
		close(jobsDone)
	}()
	if !waitUntil(jobsDone, deadline.Add(-4*time.Second)) {
		a.log.Warn("stop_jobs_slow")
		a.cancelJobs()
		waitUntil(jobsDone, deadline.Add(-3*time.Second))
	}
	a.cancelJobs()
	a.log.Debug("stopped_jobs")
	// 3. Flush the sender: it keeps sending while the outbox has messages
	// and there is time, then settles the requests in flight; what is
	// still unsent stays pending in the outbox for the next start.
	a.drain(deadline.Add(-3 * time.Second))
	stopSender()
	if !waitUntil(senderDone, deadline.Add(-time.Second)) {
		a.log.Warn("stop_sender_slow")
	}
	a.log.Debug("stopped_sender")
	// 4. The HTTP listener.
	if a.server != nil {
		sctx, cancel := context.WithDeadline(context.Background(), deadline)
		a.server.Shutdown(sctx)
		cancel()
	}
	a.log.Info("stopped")
	if runErr != nil && ctx.Err() == nil {
		return runErr
	}
	return nil
}

// drain waits until the outbox has nothing pending or the deadline passes.
func (a *App) drain(deadline time.Time) {
	ctx, cancel := context.WithDeadline(context.Background(), deadline)
	defer cancel()
	if n, _ := a.drained(ctx); n > 0 {
		a.log.Info("outbox_left_pending", slog.Int("messages", n))
	}
}

// drained waits until the outbox has nothing pending or ctx is done, and
// returns how many messages are still pending.
func (a *App) drained(ctx context.Context) (int, error) {
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		st, err := a.store.Stats(ctx)
		if err != nil || st.MessagesPending == 0 {
			return st.MessagesPending, err
		}
		select {
		case <-ctx.Done():
			return st.MessagesPending, ctx.Err()
		case <-tick.C:
		}
	}
}

// waitUntil waits for ch until the deadline and reports whether it came.
func waitUntil[T any](ch <-chan T, deadline time.Time) bool {
	t := time.NewTimer(time.Until(deadline))
	defer t.Stop()
	select {
	case <-ch:
		return true
	case <-t.C:
		return false
	}
}

// Close closes the database. Call it after Run returns.
func (a *App) Close() error {
	if a.cancelJobs != nil {
		a.cancelJobs()
	}
	if a.listener != nil && a.server == nil {
		a.listener.Close()
	}
	if a.store != nil {
		return a.store.Close()
	}
	return nil
}

// collect runs one collection.
func (a *App) collect(ctx context.Context) {
	n, err := a.collector.Collect(ctx)
	if err != nil && ctx.Err() == nil {
		a.metrics.collectErrors.Inc()
		a.log.Warn("collect_failed", slog.Any("error", err))
	}
	if n > 0 {
		a.log.Info("collected", slog.Int("clippings", n))
		// Keep the full-text index in shape: each save leaves a segment
		// and phrase queries seek through every one.
		if _, err := a.store.TidyIndex(ctx, tidySteps); err != nil && ctx.Err() == nil {
			a.log.Warn("tidy_index_failed", slog.Any("error", err))
		}
	}
	a.alert(ctx)
}

// tidySteps bounds the index merging after a collection: each step writes
// at most about 4 MB, so a collection adds at most a few seconds of
// writing; what is left waits for the next one.
const tidySteps = 16

// alert writes the alerts of the watches that new statements match: after
// every collection, so an alert comes within one collection cycle.
func (a *App) alert(ctx context.Context) {
	if _, err := a.alerter.Run(ctx); err != nil && ctx.Err() == nil {
		a.log.Error("alerts_failed", slog.Any("error", err))
	}
}

// resync makes the chats' cron entries match the store and catches up the
// digests whose time passed without one.
func (a *App) resync(ctx context.Context) {
	chats, err := a.store.Chats(ctx)
	if err != nil {
		a.log.Error("resync_failed", slog.Any("error", err))
		return
	}
	a.chats.Sync(chats)
	if _, err := a.digester.SendDigests(ctx); err != nil && ctx.Err() == nil {
		a.log.Error("digests_failed", slog.Any("error", err))
	}
}

// chatChanged tells watchChats that the bot changed a chat's settings
// (/time, /timezone, /pause...). It never blocks: changes that come while
// a sync runs are taken by the next one.
func (a *App) chatChanged(context.Context) {
	select {
	case a.changed <- struct{}{}:
	default:
	}
}

// watchChats re-registers the chats' cron entries after changes until ctx
// is done.
func (a *App) watchChats(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-a.changed:
		}
		chats, err := a.store.Chats(ctx)
		if err != nil {
			if ctx.Err() == nil {
				a.log.Warn("resync_failed", slog.Any("error", err))
			}
			continue
		}
		a.chats.Sync(chats)
	}
}

// watchedChats is the store's ChatStore as the bot sees it: every change
// re-registers the chats' digest jobs.
type watchedChats struct {
	digest.ChatStore
	changed func(ctx context.Context)
}

func (w *watchedChats) SaveChat(ctx context.Context, c *digest.Chat) error {
	if err := w.ChatStore.SaveChat(ctx, c); err != nil {
		return err
	}
	w.changed(ctx)
	return nil
}

func (w *watchedChats) MigrateChat(ctx context.Context, from, to int64) error {
	if err := w.ChatStore.MigrateChat(ctx, from, to); err != nil {
		return err
	}
	w.changed(ctx)
	return nil
}

func (w *watchedChats) DeactivateChat(ctx context.Context, id int64, reason string) error {
	if err := w.ChatStore.DeactivateChat(ctx, id, reason); err != nil {
		return err
	}
	w.changed(ctx)
	return nil
}
