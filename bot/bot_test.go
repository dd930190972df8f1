package bot

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
)

// TestCommandsPrivate runs every command in a private chat, in order, and
// checks the reply and what was stored.
func TestCommandsPrivate(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seed()
	chat := fakeapi.PrivateChat(h.admin)
	chatState := func() *digest.Chat {
		c, err := h.store.Chat(h.ctx, chat.ID)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		name  string
		text  string
		want  []string // substrings of the reply's text
		check func(t *testing.T)
	}{
		{"start", "/start", []string{"who said what", "08:00 (UTC)"}, func(t *testing.T) {
			if c := chatState(); !c.Subscribed || !c.Active || c.Type != "private" || c.Title != "Ada" {
				t.Errorf("chat after /start: %+v", c)
			}
		}},
		{"help", "/help", []string{"/latest [n]", "/add <url or text>", "Forward me"}, nil},
		{"latest", "/latest", []string{"Latest 4", "Kremlin says it will take time — RFE/RL, Fri 5 Sep\n• Dmitry Peskov, Kremlin spokesman: “Normalization will take time", "“I am very disappointed in Putin & his <tactics>.”"}, nil},
		{"latest n", "/latest 1", []string{"Latest 1", "no quick fix"}, nil},
		{"search", "/search normalization", []string{"🔎 normalization", "Peskov"}, nil},
		{"digest", "/digest", []string{"Dmitry Peskov"}, nil},
		{"time", "/time 7:30", []string{"Daily digest at 07:30 UTC", "Sun 7 Sep 07:30"}, func(t *testing.T) {
			if c := chatState(); c.DigestTime != "07:30" {
				t.Errorf("digest time %q", c.DigestTime)
			}
		}},
		{"timezone", "/timezone europe/moscow", []string{"MSK there now", "07:30 Europe/Moscow", "Sun 7 Sep 07:30 MSK"}, func(t *testing.T) {
			if c := chatState(); c.Timezone != "Europe/Moscow" {
				t.Errorf("time zone %q", c.Timezone)
			}
		}},
		{"follow", "/follow peskov", []string{"Following Dmitry Peskov"}, func(t *testing.T) {
			if c := chatState(); len(c.Follows) != 1 {
				t.Errorf("follows %v", c.Follows)
			}
		}},
		{"speakers", "/speakers", []string{"★ Dmitry Peskov, Kremlin spokesman — 3", "Donald Trump"}, nil},
		{"settings", "/settings", []string{"Digests: subscribed", "Following: Dmitry Peskov", "07:30 Europe/Moscow"}, nil},
		{"unfollow", "/unfollow peskov", []string{"No longer following Dmitry Peskov"}, func(t *testing.T) {
			if c := chatState(); len(c.Follows) != 0 {
				t.Errorf("follows %v", c.Follows)
			}
		}},
		{"sources", "/sources", []string{"Sources", "TASS — 1", "The Moscow Times — 1"}, nil},
		{"pause", "/pause", []string{"Paused"}, func(t *testing.T) {
			if c := chatState(); !c.Paused || c.Receiving() {
				t.Errorf("chat after /pause: %+v", c)
			}
		}},
		{"resume", "/resume", []string{"Resumed."}, func(t *testing.T) {
			if c := chatState(); c.Paused {
				t.Error("still paused")
			}
		}},
		{"timeline", "/timeline peskov normalization", []string{"Dmitry Peskov on “normalization”: 3 statements", "Wed 13 Sep 2017"}, nil},
		{"timeline quoted name", "/timeline “Dmitry Peskov” normalization", []string{"Dmitry Peskov on “normalization”: 3 statements"}, nil},
		{"timeline quoted straight", `/timeline "dmitry peskov"`, []string{"Dmitry Peskov: 3 statements from"}, nil},
		{"timeline quoted unknown", "/timeline “Dmitri Peskof” tango", []string{"I know no speaker called “Dmitri Peskof”."}, nil},
		{"timeline no speaker", "/timeline", []string{"The most quoted: Dmitry Peskov"}, nil},
		{"timeline unknown", "/timeline peskof", []string{"Did you mean Dmitry Peskov?"}, nil},
		{"add text", "/add Sergei Lavrov: We are ready to talk", []string{"Stored: 1 statement (1 new), 1 new speaker."}, nil},
		{"add url", "/add https://example.com/a", []string{"Stored: 1 statement"}, func(t *testing.T) {
			if !slices.Contains(h.col.urls, "https://example.com/a") {
				t.Errorf("urls %v", h.col.urls)
			}
		}},
		{"stats", "/stats", []string{"Clippings: 4", "Statements: 5", "Since start:"}, nil},
		{"unsubscribe", "/unsubscribe", []string{"Unsubscribed"}, func(t *testing.T) {
			if c := chatState(); c.Subscribed {
				t.Error("still subscribed")
			}
		}},
		{"subscribe", "/subscribe", []string{"Subscribed: a digest every day at 07:30 (Europe/Moscow)"}, func(t *testing.T) {
			if c := chatState(); !c.Subscribed {
				t.Error("not subscribed")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := h.say(chat, h.admin, tt.text, 1)
			all := strings.Join(texts(got), "\n")
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("%s: reply lacks %q:\n%s", tt.text, w, all)
				}
			}
			if tt.check != nil {
				tt.check(t)
			}
		})
	}
	var names []string
	for _, c := range h.fake.Commands() {
		names = append(names, c.Command)
	}
	if len(names) != 22 || slices.Contains(names, "add") || !slices.Contains(names, "timeline") || !slices.Contains(names, "watch") {
		t.Errorf("setMyCommands registered %v", names)
	}
	if n := len(h.fake.ChatCommands(h.admin.ID)); n != 24 {
		t.Errorf("the admin's menu has %d commands, want 24", n)
	}
}

// TestGroup: commands addressed to the bot work in a group, settings
// change only for the group's admins (getChatMember), commands for other
// bots are left alone.
func TestGroup(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seed()
	g := tgbotapi.Chat{ID: -300, Type: "group", Title: "Newsroom"}
	boss, member := fakeapi.User(2001, "Boss"), fakeapi.User(2002, "Member")
	h.fake.SetMember(g.ID, boss, "administrator")
	h.fake.SetMember(g.ID, member, "member")

	got := h.say(g, member, "/start@whosaid_bot", 1)
	if !strings.Contains(got[0].Text, "Only this group's admins") {
		t.Errorf("member /start: %q", got[0].Text)
	}
	if _, err := h.store.Chat(h.ctx, g.ID); digest.ErrorCode(err) != digest.ENOTFOUND {
		t.Errorf("a member's /start stored the group: %v", err)
	}
	got = h.say(g, boss, "/start@WhoSaid_Bot", 1)
	if !strings.Contains(got[0].Text, "This chat gets a digest") {
		t.Errorf("admin /start: %q", got[0].Text)
	}
	c, err := h.store.Chat(h.ctx, g.ID)
	if err != nil || c.Type != "group" || c.Title != "Newsroom" {
		t.Fatalf("group chat %+v %v", c, err)
	}
	got = h.say(g, member, "/time 09:00", 1)
	if !strings.Contains(got[0].Text, "Only this group's admins") {
		t.Errorf("member /time: %q", got[0].Text)
	}
	got = h.say(g, boss, "/time@whosaid_bot 09:00", 1)
	if !strings.Contains(got[0].Text, "09:00") {
		t.Errorf("admin /time: %q", got[0].Text)
	}
	// Anyone may read.
	got = h.say(g, member, "/latest@whosaid_bot 2", 1)
	if !strings.Contains(got[0].Text, "Latest 2") {
		t.Errorf("member /latest: %q", got[0].Text)
	}
	// An anonymous admin posts as the group itself.
	before := len(h.fake.Messages(g.ID))
	h.fake.SendAnonymous(g, "/pause")
	// Wait for the reply too, so it cannot land inside the quiet check below.
	h.wait("pause", func() bool {
		c, _ := h.store.Chat(h.ctx, g.ID)
		ms := h.fake.Messages(g.ID)
		return c != nil && c.Paused && len(ms) > before && strings.Contains(ms[len(ms)-1].Text, "Paused")
	})
	// Another bot's command, an unknown command without @, and chatter
	// get no answer.
	h.quiet(g, member, func() {
		h.fake.SendText(g, member, "/latest@otherbot")
		h.fake.SendText(g, member, "/weather")
		h.fake.SendText(g, member, "good morning")
	})
	got = h.say(g, member, "/weather@whosaid_bot", 1)
	if !strings.Contains(got[0].Text, "I don't know /weather") {
		t.Errorf("unknown command to the bot: %q", got[0].Text)
	}
	if c, _ := h.store.Chat(h.ctx, g.ID); c.DigestTime != "09:00" {
		t.Errorf("group time %q", c.DigestTime)
	}
}

// TestChannel: a channel's posts are its admins'.
func TestChannel(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seed()
	ch := tgbotapi.Chat{ID: -1000000000400, Type: "channel", Title: "Kremlin watch"}
	got := h.say(ch, tgbotapi.User{}, "/start", 1)
	if !strings.Contains(got[0].Text, "This chat gets a digest") {
		t.Errorf("/start: %q", got[0].Text)
	}
	if c, err := h.store.Chat(h.ctx, ch.ID); err != nil || c.Type != "channel" || !c.Subscribed {
		t.Errorf("channel %+v %v", c, err)
	}
	got = h.say(ch, tgbotapi.User{}, "/timezone America/New_York", 1)
	if !strings.Contains(got[0].Text, "EDT") {
		t.Errorf("/timezone: %q", got[0].Text)
	}
}

// seedMany stores n statements by one speaker on n days.
func (h *harness) seedMany(speaker string, n int) {
	h.t.Helper()
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%s: Statement number %d about relations, with words to fill the line %s\n", speaker, i, strings.Repeat("and more ", 20))
	}
	if _, err := h.col.AddText(h.ctx, "many.txt", b.String(), digest.Received{}); err != nil {
		h.t.Fatal(err)
	}
}

// TestPaging: /search and /timeline page with buttons that edit the
// message; callback data stays within 64 bytes even for long queries.
func TestPaging(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seedMany("Maria Zakharova", 23)
	chat := fakeapi.PrivateChat(fakeapi.User(3001, "Reader"))
	user := fakeapi.User(3001, "Reader")
	byID := func(id int) fakeapi.Message {
		for _, m := range h.fake.Messages(chat.ID) {
			if m.MessageID == id {
				return m
			}
		}
		t.Fatalf("no message %d", id)
		return fakeapi.Message{}
	}
	var pressed int
	press := func(m fakeapi.Message, label string) string {
		t.Helper()
		for _, row := range m.Buttons {
			for _, b := range row {
				if b.Text == label {
					before := h.fake.Stats().Edited
					pressed = m.MessageID
					u := h.fake.Press(chat, user, m.MessageID, b.Data)
					h.wait("answer", func() bool { _, ok := h.fake.CallbackAnswer(u.CallbackQuery.ID); return ok })
					if h.fake.Stats().Edited != before+1 {
						t.Fatalf("pressing %q edited nothing", label)
					}
					return b.Data
				}
			}
		}
		t.Fatalf("no button %q in %v", label, m.Buttons)
		return ""
	}
	last := func() fakeapi.Message { return byID(pressed) }

	got := h.say(chat, user, "/search relations", 1)
	if !strings.Contains(got[0].Text, "page 1") || len(got[0].Buttons) != 1 || got[0].Buttons[0][0].Text != "Next »" {
		t.Fatalf("first page: %q %v", got[0].Text, got[0].Buttons)
	}
	press(got[0], "Next »")
	if m := last(); !strings.Contains(m.Text, "page 2") || len(m.Buttons[0]) != 2 {
		t.Errorf("second page: %q %v", m.Text, m.Buttons)
	}
	press(last(), "« Prev")
	if m := last(); !strings.Contains(m.Text, "page 1") {
		t.Errorf("back to page 1: %q", m.Text)
	}

	long := "/search relations " + strings.Repeat("filling ", 12) + "zakharova"
	got = h.say(chat, user, long, 1)
	if strings.Contains(got[0].Text, "Nothing found") {
		t.Logf("long query found nothing (store semantics): %q", got[0].Text)
	} else if len(got[0].Buttons) > 0 {
		data := press(got[0], "Next »")
		if len(data) > 64 || !strings.Contains(data, "#") {
			t.Errorf("long query data %q", data)
		}
	}

	got = h.say(chat, user, "/timeline zakharova relations", 1)
	if !strings.Contains(got[0].Text, "23 statements") || !strings.Contains(got[0].Text, "Page 1 of 3") {
		t.Fatalf("timeline: %q", got[0].Text)
	}
	press(got[0], "Newer »")
	press(last(), "Newer »")
	if m := last(); !strings.Contains(m.Text, "Page 3 of 3") || len(m.Buttons[0]) != 1 || m.Buttons[0][0].Text != "« Older" {
		t.Errorf("last timeline page: %q %v", m.Text, m.Buttons)
	}
	for _, m := range h.fake.Messages(chat.ID) {
		for _, row := range m.Buttons {
			for _, b := range row {
				if len(b.Data) > 64 {
					t.Errorf("callback data of %d bytes", len(b.Data))
				}
			}
		}
	}
}

// TestLongReply: a reply longer than one message is split between entries,
// each part within Telegram's limit (the fake rejects anything longer).
func TestLongReply(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seedMany("Maria Zakharova", 30)
	chat := fakeapi.PrivateChat(fakeapi.User(3002, "Reader"))
	got := h.say(chat, fakeapi.User(3002, "Reader"), "/latest 30", 2)
	if h.fake.Stats().Rejected != 0 {
		t.Errorf("the fake rejected %d messages", h.fake.Stats().Rejected)
	}
	n := 0
	for _, m := range got {
		if fakeapi.UTF16Len(m.Text) > 4096 {
			t.Errorf("a message of %d units", fakeapi.UTF16Len(m.Text))
		}
		n += strings.Count("\n"+m.Text, "\n• ")
	}
	if n != 30 || !strings.Contains(got[0].Text, "Maria Zakharova") {
		t.Errorf("%d entries over %d messages, want 30", n, len(got))
	}
}

// TestReplyRetried: a command's reply goes through the same retries as
// digests: a 502 and a dropped connection, then it arrives once.
func TestReplyRetried(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	user := fakeapi.User(9001, "Patient")
	chat := fakeapi.PrivateChat(user)
	h.fake.AddChat(chat)
	h.fake.Fail(chat.ID, fakeapi.Fault{Code: 502, Description: "Bad Gateway", Times: 1})
	got := h.say(chat, user, "/help", 1)
	if len(got) != 1 || !strings.Contains(got[0].Text, "whosaid tells") {
		t.Errorf("after a 502: %q", texts(got))
	}
	h.fake.Fail(chat.ID, fakeapi.Fault{Drop: true, Times: 1})
	got = h.say(chat, user, "/help", 1)
	if len(got) != 1 {
		t.Errorf("after a dropped connection: %q", texts(got))
	}
	if r := h.sender.Stats().Retries; r != 2 {
		t.Errorf("%d retries, want 2", r)
	}
}
