package daemon

import (
	"context"
	"log/slog"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

func TestChatJobsSync(t *testing.T) {
	c := newCron(slog.New(slog.DiscardHandler))
	j := &chatJobs{cron: c, ctx: context.Background(), log: slog.New(slog.DiscardHandler), entries: map[int64]chatEntry{},
		run: func(context.Context, int64) {}}
	chat := func(id int64, hhmm, tz string, receiving bool) digest.Chat {
		return digest.Chat{ID: id, DigestTime: hhmm, Timezone: tz, Subscribed: true, Active: true, Paused: !receiving}
	}
	steps := []struct {
		name  string
		chats []digest.Chat
		specs map[int64]string
	}{
		{"register", []digest.Chat{chat(1, "08:00", "UTC", true), chat(2, "07:45", "Europe/Moscow", true), chat(3, "08:00", "UTC", false)},
			map[int64]string{1: "CRON_TZ=UTC 0 8 * * *", 2: "CRON_TZ=Europe/Moscow 45 7 * * *", 3: ""}},
		{"/time and /timezone move the job", []digest.Chat{chat(1, "21:30", "UTC", true), chat(2, "07:45", "Asia/Tokyo", true), chat(3, "08:00", "UTC", false)},
			map[int64]string{1: "CRON_TZ=UTC 30 21 * * *", 2: "CRON_TZ=Asia/Tokyo 45 7 * * *"}},
		{"/pause removes it, /resume brings it back", []digest.Chat{chat(1, "21:30", "UTC", false), chat(2, "07:45", "Asia/Tokyo", true), chat(3, "08:00", "UTC", true)},
			map[int64]string{1: "", 2: "CRON_TZ=Asia/Tokyo 45 7 * * *", 3: "CRON_TZ=UTC 0 8 * * *"}},
		{"bad time is skipped", []digest.Chat{chat(4, "8 am", "UTC", true)}, map[int64]string{4: "", 2: ""}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			j.Sync(st.chats)
			for id, want := range st.specs {
				if got := j.Spec(id); got != want {
					t.Errorf("chat %d: spec %q, want %q", id, got, want)
				}
			}
			if n := len(c.Entries()); n != j.Len() {
				t.Errorf("%d cron entries for %d chats", n, j.Len())
			}
		})
	}
}

// TestCronChainSurvivesPanic: with SkipIfStillRunning outside Recover, a
// job that panicked once still runs the next time.
func TestCronChainSurvivesPanic(t *testing.T) {
	c := newCron(slog.New(slog.DiscardHandler))
	runs := 0
	id, err := c.AddFunc("@every 1h", func() {
		runs++
		if runs == 1 {
			panic("boom")
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	job := c.Entry(id).WrappedJob
	job.Run()
	job.Run()
	if runs != 2 {
		t.Errorf("job ran %d times after a panic, want 2", runs)
	}
}
