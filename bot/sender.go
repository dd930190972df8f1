package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"golang.org/x/time/rate"

	"github.com/whosaid/whosaid/digest"
)

// SenderOptions configure a Sender. Zero fields take the defaults.
type SenderOptions struct {
	Limits      Limits
	Clock       Clock        // default SystemClock
	Logger      *slog.Logger // default: discard
	Workers     int          // requests in flight at once; default 8
	MaxAttempts int          // tries on 5xx or network errors before a message is failed; default 8
	BackoffBase time.Duration
	BackoffMax  time.Duration
	// Recheck is how often an idle sender looks for outbox messages nobody
	// told it about (Notify); default 1 minute, negative: never.
	Recheck  time.Duration
	PageSize int // outbox messages read at a time; default 500
}

func (o SenderOptions) withDefaults() SenderOptions {
	d := DefaultLimits()
	if o.Limits.GlobalPerSecond <= 0 {
		o.Limits.GlobalPerSecond = d.GlobalPerSecond
	}
	if o.Limits.ChatPerSecond <= 0 {
		o.Limits.ChatPerSecond = d.ChatPerSecond
	}
	if o.Limits.GroupPerMinute <= 0 {
		o.Limits.GroupPerMinute = d.GroupPerMinute
	}
	if o.Clock == nil {
		o.Clock = SystemClock{}
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Workers <= 0 {
		o.Workers = 8
	}
	if o.MaxAttempts <= 0 {
		o.MaxAttempts = 8
	}
	if o.BackoffBase <= 0 {
		o.BackoffBase = time.Second
	}
	if o.BackoffMax <= 0 {
		o.BackoffMax = 2 * time.Minute
	}
	if o.Recheck == 0 {
		o.Recheck = time.Minute
	}
	if o.PageSize <= 0 {
		o.PageSize = 500
	}
	return o
}

// pacingMargin keeps the sender a hair under each limit, so that rounding
// in the token arithmetic never puts two messages a nanosecond too close.
const pacingMargin = 0.999

// SenderStats counts what a Sender did since it was made.
type SenderStats struct {
	Sent        int64 // messages Telegram accepted (outbox and replies)
	Failed      int64 // messages that cannot be delivered, with a reason
	Retries     int64 // requests repeated after 5xx or network errors
	TooMany     int64 // 429 answers
	Deactivated int64 // chats deactivated after 403
	Migrated    int64 // chats moved to a supergroup
	Queued      int64 // messages waiting now
}

// Sender is the one way messages go out: digest messages from the outbox
// and replies to commands share its per-chat, per-group and global limits.
// It honours retry_after, retries 5xx and network errors with backoff,
// deactivates a chat on 403 and follows a group's migration to a
// supergroup. An outbox message is marked sent once Telegram accepts it and
// failed, with the reason, once it cannot be delivered; nothing is dropped.
type Sender struct {
	api    *API
	outbox digest.Outbox
	chats  digest.ChatStore
	opts   SenderOptions
	log    *slog.Logger
	global *rate.Limiter
	notify chan struct{}
	closed chan struct{} // closed when Run returns
	jobs   chan *job
	done   chan *job
	stats  struct {
		sent, failed, retries, tooMany, deactivated, migrated, queued atomic.Int64
	}
}

// NewSender returns a Sender over api. outbox may be nil when only replies
// are sent; chats may be nil when no chat state is kept.
func NewSender(api *API, outbox digest.Outbox, chats digest.ChatStore, opts SenderOptions) *Sender {
	opts = opts.withDefaults()
	return &Sender{
		api:    api,
		outbox: outbox,
		chats:  chats,
		opts:   opts,
		log:    opts.Logger,
		global: rate.NewLimiter(rate.Limit(opts.Limits.GlobalPerSecond*pacingMargin), 1),
		notify: make(chan struct{}, 1),
		closed: make(chan struct{}),
		jobs:   make(chan *job),
		done:   make(chan *job, opts.Workers),
	}
}

// job is one message to send or edit: from the outbox (msg.ID > 0) or a
// reply a handler waits for (result != nil).
type job struct {
	msg      digest.Message
	kb       *tgbotapi.InlineKeyboardMarkup
	editID   int
	ctx      context.Context
	result   chan error
	attempts int
	// Set by the worker.
	tgID int
	err  error
}

func (j *job) outbox() bool { return j.result == nil }

// Notify tells the sender that the outbox has new messages.
func (s *Sender) Notify() {
	select {
	case s.notify <- struct{}{}:
	default:
	}
}

// Stats returns the sender's counters.
func (s *Sender) Stats() SenderStats {
	return SenderStats{
		Sent: s.stats.sent.Load(), Failed: s.stats.failed.Load(), Retries: s.stats.retries.Load(),
		TooMany: s.stats.tooMany.Load(), Deactivated: s.stats.deactivated.Load(),
		Migrated: s.stats.migrated.Load(), Queued: s.stats.queued.Load(),
	}
}

// Send sends an HTML message to a chat through the limits, retrying as for
// outbox messages, and returns its Telegram message id. It blocks until the
// message is sent or cannot be; Run must be running (after it returns,
// Send returns ErrSenderStopped). Errors wrap the
// Bot API's answer (*tgbotapi.Error).
func (s *Sender) Send(ctx context.Context, chatID int64, html string, kb *tgbotapi.InlineKeyboardMarkup) (int, error) {
	j := &job{msg: digest.Message{ChatID: chatID, Text: html}, kb: kb, ctx: ctx, result: make(chan error, 1)}
	if err := s.submit(ctx, j); err != nil {
		return 0, err
	}
	return j.tgID, nil
}

// Edit replaces a message's text and keyboard through the same limits.
func (s *Sender) Edit(ctx context.Context, chatID int64, messageID int, html string, kb *tgbotapi.InlineKeyboardMarkup) error {
	j := &job{msg: digest.Message{ChatID: chatID, Text: html}, kb: kb, editID: messageID, ctx: ctx, result: make(chan error, 1)}
	return s.submit(ctx, j)
}

// ErrSenderStopped is returned by Send and Edit once Run has returned.
var ErrSenderStopped = errors.New("bot: sender stopped")

func (s *Sender) submit(ctx context.Context, j *job) error {
	select {
	case s.jobs <- j:
	case <-ctx.Done():
		return ctx.Err()
	case <-s.closed:
		return ErrSenderStopped
	}
	select {
	case err := <-j.result:
		return err
	case <-ctx.Done():
		// The dispatcher drops a job whose context has ended.
		return ctx.Err()
	}
}

// dispatch is the state of one Run: queued jobs in order, chats with a
// request in flight, and per-chat pacing.
type dispatch struct {
	replies  []*job
	queue    []*job
	known    map[int64]bool // outbox ids queued or in flight
	busy     map[int64]bool
	after    map[int64]time.Time // chat may not be sent to before
	lims     map[int64]*rate.Limiter
	inFlight int
	lastFull bool             // the last outbox read filled a page: there may be more
	seen     map[int64]uint64 // chats already considered by the pick of generation gen
	gen      uint64
}

// Run sends until ctx is done: first the outbox's pending messages, then
// whatever Notify, Send and Edit bring. On shutdown it waits for the
// requests in flight (bounded by the request timeout) and returns nil.
//
// Run may be called once.
func (s *Sender) Run(ctx context.Context) error {
	defer close(s.closed)
	d := &dispatch{known: map[int64]bool{}, busy: map[int64]bool{}, after: map[int64]time.Time{}, lims: map[int64]*rate.Limiter{}, seen: map[int64]uint64{}}
	reload := s.outbox != nil
	clock := s.opts.Clock
	for {
		if ctx.Err() != nil {
			return s.shutdown(ctx, d)
		}
		if reload || (d.lastFull && len(d.queue) < s.opts.PageSize/2) {
			s.load(ctx, d)
			reload = false
		}
		now := clock.Now()
		j, wake := s.pick(d, now)
		if j != nil {
			// The request waits for its turn on its own goroutine, so that
			// turns are kept to the microsecond however late timers fire.
			s.start(ctx, d, j, now.Add(s.global.ReserveN(now, 1).DelayFrom(now)))
			continue
		}
		var timer, recheck <-chan time.Time
		if !wake.IsZero() && d.inFlight < s.opts.Workers {
			timer = clock.After(wake.Sub(now))
		}
		if s.outbox != nil && s.opts.Recheck > 0 && timer == nil && d.inFlight == 0 {
			recheck = clock.After(s.opts.Recheck)
		}
		select {
		case <-ctx.Done():
		case j := <-s.jobs:
			d.replies = append(d.replies, j)
			s.stats.queued.Add(1)
		case <-s.notify:
			reload = s.outbox != nil
		case j := <-s.done:
			d.inFlight--
			delete(d.busy, j.msg.ChatID)
			s.finish(ctx, d, j)
		case <-timer:
		case <-recheck:
			reload = true
		}
	}
}

// shutdown waits for the requests in flight and fails the replies still
// queued with ctx's error. Outbox messages stay pending for the next run.
func (s *Sender) shutdown(ctx context.Context, d *dispatch) error {
	for d.inFlight > 0 {
		j := <-s.done
		d.inFlight--
		s.finish(ctx, d, j)
	}
	for _, j := range d.replies {
		j.result <- ctx.Err()
	}
	s.stats.queued.Store(0)
	return nil
}

// load appends the outbox's pending messages that are not queued yet.
func (s *Sender) load(ctx context.Context, d *dispatch) {
	msgs, err := s.outbox.Pending(ctx, s.opts.PageSize)
	if err != nil {
		if ctx.Err() == nil {
			s.log.Error("outbox_pending_failed", slog.Any("error", err))
		}
		return
	}
	d.lastFull = len(msgs) >= s.opts.PageSize
	for _, m := range msgs {
		if d.known[m.ID] {
			continue
		}
		d.known[m.ID] = true
		d.queue = append(d.queue, &job{msg: m})
		s.stats.queued.Add(1)
	}
	// Forget the pacing of chats that are long idle.
	if len(d.lims)+len(d.after) > 4*s.opts.PageSize {
		now := s.opts.Clock.Now()
		for id, l := range d.lims {
			if !d.busy[id] && l.TokensAt(now) >= 1 {
				delete(d.lims, id)
			}
		}
		for id, t := range d.after {
			if !t.After(now) {
				delete(d.after, id)
			}
		}
		clear(d.seen)
	}
}

// limiter returns the pacing of one chat: groups (negative ids) by the
// per-minute limit, others by the per-second one.
func (s *Sender) limiter(d *dispatch, chatID int64) *rate.Limiter {
	l := d.lims[chatID]
	if l == nil {
		every := s.opts.Limits.ChatPerSecond
		if chatID < 0 {
			every = s.opts.Limits.GroupPerMinute / 60
		}
		l = rate.NewLimiter(rate.Limit(every*pacingMargin), 1)
		d.lims[chatID] = l
	}
	return l
}

// pick removes and returns the first job that may go now: replies first,
// then the outbox in order, never two at once to a chat, never a chat's
// later message before its earlier one. When none may go it returns the
// earliest time one will.
func (s *Sender) pick(d *dispatch, now time.Time) (*job, time.Time) {
	if d.inFlight >= s.opts.Workers {
		return nil, time.Time{}
	}
	var wake time.Time
	d.gen++
	try := func(q *[]*job) *job {
		for i := 0; i < len(*q); i++ {
			j := (*q)[i]
			if j.ctx != nil && j.ctx.Err() != nil {
				*q = append((*q)[:i], (*q)[i+1:]...)
				i--
				s.stats.queued.Add(-1)
				j.result <- j.ctx.Err()
				continue
			}
			id := j.msg.ChatID
			if d.seen[id] == d.gen {
				continue
			}
			d.seen[id] = d.gen
			if d.busy[id] {
				continue
			}
			at := d.after[id]
			l := s.limiter(d, id)
			// A token short of 1 by rounding counts as whole.
			if tok := l.TokensAt(now); tok < 1-1e-9 {
				ready := now.Add(time.Duration((1 - tok) / float64(l.Limit()) * float64(time.Second)))
				if ready.After(at) {
					at = ready
				}
			}
			if at.After(now) {
				if wake.IsZero() || at.Before(wake) {
					wake = at
				}
				continue
			}
			*q = append((*q)[:i], (*q)[i+1:]...)
			return j
		}
		return nil
	}
	if j := try(&d.replies); j != nil {
		return j, time.Time{}
	}
	if j := try(&d.queue); j != nil {
		return j, time.Time{}
	}
	return nil, wake
}

// requeue puts j back at the head of its queue.
func (s *Sender) requeue(d *dispatch, j *job) {
	if j.outbox() {
		d.queue = append([]*job{j}, d.queue...)
	} else {
		d.replies = append([]*job{j}, d.replies...)
	}
}

// start sends j on a goroutine of its own at time at.
func (s *Sender) start(ctx context.Context, d *dispatch, j *job, at time.Time) {
	d.busy[j.msg.ChatID] = true
	d.inFlight++
	reqCtx := j.ctx
	if reqCtx == nil {
		// An outbox request in flight finishes on shutdown, so that its
		// result is recorded rather than repeated by the next run.
		reqCtx = context.WithoutCancel(ctx)
	}
	go func() {
		waitCtx := ctx
		if j.ctx != nil {
			waitCtx = j.ctx
		}
		if err := sleep(waitCtx, s.opts.Clock, at.Sub(s.opts.Clock.Now())); err != nil {
			j.err = err
			s.done <- j
			return
		}
		if j.editID != 0 {
			j.err = s.api.Edit(reqCtx, j.msg.ChatID, j.editID, j.msg.Text, j.kb)
		} else {
			j.tgID, j.err = s.api.Send(reqCtx, j.msg.ChatID, j.msg.Text, j.kb)
		}
		if j.err == nil && j.outbox() {
			mctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
			if err := s.outbox.MarkSent(mctx, j.msg.ID, j.tgID, s.opts.Clock.Now()); err != nil {
				s.log.Error("outbox_mark_sent_failed", slog.Int64("message", j.msg.ID), slog.Any("error", err))
			}
			cancel()
		}
		s.done <- j
	}()
}

// finish records the outcome of a request: done, retried later, or failed
// with its reason.
func (s *Sender) finish(ctx context.Context, d *dispatch, j *job) {
	now := s.opts.Clock.Now()
	chatID := j.msg.ChatID
	// The request reached Telegram (or tried to): pace the chat from now.
	l := s.limiter(d, chatID)
	l.ReserveN(now, 1)
	if j.err == nil {
		s.stats.sent.Add(1)
		s.stats.queued.Add(-1)
		if j.outbox() {
			delete(d.known, j.msg.ID)
		} else {
			j.result <- nil
		}
		return
	}
	reqCtx := ctx
	if j.ctx != nil {
		reqCtx = j.ctx
	}
	kind, retryAfter, to := classify(reqCtx, j.err)
	if kind == errCanceled && j.outbox() && ctx.Err() == nil {
		kind = errRetry
	}
	switch kind {
	case errCanceled:
		s.stats.queued.Add(-1)
		if j.outbox() {
			delete(d.known, j.msg.ID)
		} else {
			j.result <- j.err
		}
	case errFlood:
		s.stats.tooMany.Add(1)
		s.log.Warn("telegram_too_many_requests", slog.Int64("chat", chatID), slog.Duration("retry_after", retryAfter))
		d.after[chatID] = now.Add(retryAfter)
		s.requeue(d, j)
	case errRetry:
		j.attempts++
		if j.attempts >= s.opts.MaxAttempts {
			s.fail(ctx, d, j, fmt.Sprintf("gave up after %d attempts: %s", j.attempts, reason(j.err)))
			return
		}
		s.stats.retries.Add(1)
		wait := s.opts.BackoffBase << (j.attempts - 1)
		if wait > s.opts.BackoffMax || wait <= 0 {
			wait = s.opts.BackoffMax
		}
		s.log.Warn("telegram_send_retry", slog.Int64("chat", chatID), slog.Int("attempt", j.attempts), slog.Duration("backoff", wait), slog.Any("error", j.err))
		d.after[chatID] = now.Add(wait)
		s.requeue(d, j)
	case errMigrated:
		s.stats.migrated.Add(1)
		s.log.Info("chat_migrated", slog.Int64("chat", chatID), slog.Int64("to", to))
		if s.chats != nil {
			if err := s.chats.MigrateChat(ctx, chatID, to); err != nil && digest.ErrorCode(err) != digest.ENOTFOUND {
				s.log.Error("chat_migrate_failed", slog.Int64("chat", chatID), slog.Any("error", err))
			}
		}
		for _, q := range [][]*job{d.queue, d.replies} {
			for _, o := range q {
				if o.msg.ChatID == chatID {
					o.msg.ChatID = to
				}
			}
		}
		j.msg.ChatID = to
		s.requeue(d, j)
	case errForbidden:
		why := reason(j.err)
		s.stats.deactivated.Add(1)
		s.log.Info("chat_deactivated", slog.Int64("chat", chatID), slog.String("reason", why))
		if s.chats != nil {
			if err := s.chats.DeactivateChat(ctx, chatID, why); err != nil && digest.ErrorCode(err) != digest.ENOTFOUND {
				s.log.Error("chat_deactivate_failed", slog.Int64("chat", chatID), slog.Any("error", err))
			}
		}
		s.fail(ctx, d, j, why)
		// The chat's other queued messages would get the same answer.
		for _, q := range []*[]*job{&d.queue, &d.replies} {
			kept := (*q)[:0]
			for _, o := range *q {
				if o.msg.ChatID == chatID {
					s.fail(ctx, d, o, why)
					continue
				}
				kept = append(kept, o)
			}
			*q = kept
		}
	default:
		s.fail(ctx, d, j, reason(j.err))
	}
}

// fail records that j cannot be delivered.
func (s *Sender) fail(ctx context.Context, d *dispatch, j *job, why string) {
	s.stats.queued.Add(-1)
	s.stats.failed.Add(1)
	if !j.outbox() {
		j.result <- &SendError{ChatID: j.msg.ChatID, Reason: why, Err: j.err}
		return
	}
	delete(d.known, j.msg.ID)
	s.log.Warn("message_failed", slog.Int64("message", j.msg.ID), slog.Int64("chat", j.msg.ChatID), slog.String("reason", why))
	mctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
	defer cancel()
	if err := s.outbox.MarkFailed(mctx, j.msg.ID, why); err != nil {
		s.log.Error("outbox_mark_failed_failed", slog.Int64("message", j.msg.ID), slog.Any("error", err))
	}
}

// SendError is a message that cannot be delivered, and why.
type SendError struct {
	ChatID int64
	Reason string
	Err    error
}

func (e *SendError) Error() string {
	return fmt.Sprintf("send to chat %d: %s", e.ChatID, e.Reason)
}

func (e *SendError) Unwrap() error { return e.Err }
