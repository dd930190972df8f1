package bot

import (
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"
)

func TestParseClock(t *testing.T) {
	tests := []struct{ in, want string }{
		{"08:00", "08:00"}, {"7:05", "07:05"}, {" 23:59 ", "23:59"}, {"00:00", "00:00"},
		{"24:00", ""}, {"25:99", ""}, {"12:60", ""}, {"8", ""}, {"8:5", ""}, {"+8:00", ""}, {"08:-1", ""}, {"ab:cd", ""}, {"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseClock(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Errorf("parseClock(%q) = %q, want an error", tt.in, got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("parseClock(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestLoadZone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Europe/Moscow", "Europe/Moscow"}, {"europe/moscow", "Europe/Moscow"}, {"america/new_york", "America/New_York"},
		{"UTC", "UTC"}, {"utc", "UTC"}, {"Mars/Olympus", ""}, {"Local", ""}, {"", ""}, {"../../etc/passwd", ""}, {"/etc/localtime", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			loc, err := loadZone(tt.in)
			if tt.want == "" {
				if err == nil {
					t.Errorf("loadZone(%q) = %v, want an error", tt.in, loc)
				}
				return
			}
			if err != nil || loc.String() != tt.want {
				t.Errorf("loadZone(%q) = %v, %v; want %s", tt.in, loc, err, tt.want)
			}
		})
	}
}

// TestNextDigest: the next digest time is right across daylight saving
// changes, including a time the clocks skip.
func TestNextDigest(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	tests := []struct {
		name string
		now  time.Time
		hhmm string
		want string
	}{
		{"later today", time.Date(2025, 7, 1, 12, 0, 0, 0, time.UTC), "09:00", "2025-07-01 09:00 EDT"},
		{"tomorrow", time.Date(2025, 7, 1, 14, 0, 0, 0, time.UTC), "09:00", "2025-07-02 09:00 EDT"},
		{"across spring forward", time.Date(2025, 3, 8, 15, 0, 0, 0, time.UTC), "09:00", "2025-03-09 09:00 EDT"},
		{"skipped 02:30", time.Date(2025, 3, 9, 5, 0, 0, 0, time.UTC), "02:30", "2025-03-09 03:30 EDT"},
		{"across fall back", time.Date(2025, 11, 1, 14, 0, 0, 0, time.UTC), "09:00", "2025-11-02 09:00 EST"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := nextDigest(tt.now, tt.hhmm, ny).Format("2006-01-02 15:04 MST")
			if got != tt.want {
				t.Errorf("nextDigest = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestNewChatNothingNew: digest.nothing_new in the configuration is what a
// new chat starts with.
func TestNewChatNothingNew(t *testing.T) {
	for _, on := range []bool{false, true} {
		h := newHarness(t, harnessOptions{nothingNew: on})
		chat := fakeapi.PrivateChat(h.admin)
		h.started(chat, h.admin)
		c, err := h.store.Chat(h.ctx, chat.ID)
		if err != nil || c.NothingNew != on {
			t.Errorf("nothing_new %v: the new chat has %+v %v", on, c, err)
		}
	}
}
