package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"sync"

	"github.com/robfig/cron/v3"

	"github.com/whosaid/whosaid/cmd/whosaid/config"
	"github.com/whosaid/whosaid/digest"
)

// cronLogger routes cron's logging through slog.
type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) {
	c.l.Debug("cron_"+msg, kv...)
}

func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron_"+msg, append(kv, slog.Any("error", err))...)
}

// newCron returns a cron whose jobs never overlap themselves and whose
// panics are logged. SkipIfStillRunning goes outside Recover: the other way
// round, one panic would leave the job marked running and skipped forever.
func newCron(l *slog.Logger) *cron.Cron {
	cl := cronLogger{l}
	return cron.New(cron.WithLogger(cl), cron.WithChain(cron.SkipIfStillRunning(cl), cron.Recover(cl)))
}

// chatSpec returns the cron spec of a chat's daily digest job:
// "CRON_TZ=Europe/Moscow 0 8 * * *".
func chatSpec(c *digest.Chat) (string, error) {
	at, err := config.ParseClock(c.DigestTime)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("CRON_TZ=%s %d %d * * *", c.Timezone, int(at.Minutes())%60, int(at.Hours())), nil
}

// chatJobs keeps one cron entry per receiving chat, at its local digest
// time.
type chatJobs struct {
	cron *cron.Cron
	run  func(ctx context.Context, chatID int64)
	ctx  context.Context
	log  *slog.Logger

	mu      sync.Mutex
	entries map[int64]chatEntry
}

type chatEntry struct {
	spec string
	id   cron.EntryID
}

// Sync makes the cron entries match chats: adds the new, moves the changed
// (/time, /timezone), removes those that stopped receiving.
func (j *chatJobs) Sync(chats []digest.Chat) {
	j.mu.Lock()
	defer j.mu.Unlock()
	want := map[int64]string{}
	for i := range chats {
		c := &chats[i]
		if !c.Receiving() {
			continue
		}
		spec, err := chatSpec(c)
		if err != nil {
			j.log.Warn("chat_schedule_invalid", slog.Int64("chat_id", c.ID), slog.Any("error", err))
			continue
		}
		want[c.ID] = spec
	}
	for id, e := range j.entries {
		if want[id] != e.spec {
			j.cron.Remove(e.id)
			delete(j.entries, id)
		}
	}
	for id, spec := range want {
		if _, ok := j.entries[id]; ok {
			continue
		}
		eid, err := j.cron.AddFunc(spec, func() { j.run(j.ctx, id) })
		if err != nil {
			j.log.Warn("chat_schedule_invalid", slog.Int64("chat_id", id), slog.String("spec", spec), slog.Any("error", err))
			continue
		}
		j.entries[id] = chatEntry{spec: spec, id: eid}
	}
}

// Len returns how many chats have a digest job.
func (j *chatJobs) Len() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return len(j.entries)
}

// Spec returns the spec of a chat's job, "" when it has none.
func (j *chatJobs) Spec(id int64) string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.entries[id].spec
}
