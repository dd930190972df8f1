package bot

import (
	"fmt"
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
)

// snapshot is what a bad input must leave unchanged.
func (h *harness) snapshot() string {
	h.t.Helper()
	chats, err := h.store.Chats(h.ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	st, err := h.store.Stats(h.ctx)
	if err != nil {
		h.t.Fatal(err)
	}
	return fmt.Sprintf("%+v\n%+v", chats, st)
}

// TestBadInput: each bad input gets a helpful reply or a quiet ignore,
// never a crash, never a change to stored data.
func TestBadInput(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seed()
	user := fakeapi.User(4001, "Eve")
	chat := fakeapi.PrivateChat(user)
	h.say(chat, user, "/start", 1)
	h.say(chat, user, "/latest 1", 1) // a message of the bot's to press buttons on
	botMsg := h.fake.Messages(chat.ID)[1].MessageID

	tests := []struct {
		name  string
		text  string // sent as a message when send is nil
		send  func()
		want  string // "" means no reply at all
		admin bool
	}{
		{name: "unknown command", text: "/frobnicate", want: "I don't know /frobnicate"},
		{name: "time out of range", text: "/time 25:99", want: "HH:MM"},
		{name: "time garbage", text: "/time noon", want: "HH:MM"},
		{name: "time signed", text: "/time +8:-1", want: "HH:MM"},
		{name: "zone on Mars", text: "/timezone Mars/Olympus", want: "I don't know the time zone \"Mars/Olympus\""},
		{name: "zone Local", text: "/timezone Local", want: "I don't know the time zone"},
		{name: "zone path", text: "/timezone ../../etc/passwd", want: "I don't know the time zone"},
		{name: "search FTS5 syntax", text: `/search "peskov* OR (NEAR(a b) AND -^col:x`, want: "🔎"},
		{name: "search only operators", text: `/search ( ) * " ^ :`, want: ""},
		{name: "search 5000 chars", text: "/search " + strings.Repeat("ab ", 1700), want: "too long"},
		{name: "search nothing", text: "/search", want: "Send /search and some words"},
		{name: "latest negative", text: "/latest -3", want: "N from 1 to 30"},
		{name: "latest huge", text: "/latest 99999999999999999999", want: "N from 1 to 30"},
		{name: "non-admin add", text: "/add Sergei Lavrov: Not from an admin", want: "for the bot's admins"},
		{name: "non-admin stats", text: "/stats", want: "for the bot's admins"},
		{name: "follow nobody", text: "/follow Zaphod Beeblebrox", want: "I know no speaker"},
		{name: "unfollow not followed", text: "/unfollow", want: "follows nobody"},
		{name: "plain text", text: "hello there", want: "Send /help"},
		{name: "html in command", text: "/<b>bold</b>", want: "I don't know"},
		{name: "forwarded photo, no text", send: func() {
			h.fake.Forward(chat, h.admin, tgbotapi.Chat{ID: -100500, Type: "channel", Title: "News"}, "", true)
		}, want: "no text to store", admin: true},
		{name: "forward by a non-admin", send: func() {
			h.fake.Forward(chat, user, tgbotapi.Chat{ID: -100500, Type: "channel", Title: "News"}, "Sergei Lavrov: x", false)
		}, want: "Only the bot's admins"},
		{name: "forged callback", send: func() { h.fake.Press(chat, user, botMsg, "f|999999") }, want: ""},
		{name: "garbage callback", send: func() { h.fake.Press(chat, user, botMsg, "zz|\x00|<b>") }, want: ""},
		{name: "stale search key", send: func() { h.fake.Press(chat, user, botMsg, "s|1|#0123456789ab") }, want: ""},
		{name: "stale timeline speaker", send: func() { h.fake.Press(chat, user, botMsg, "t|424242|0|=x") }, want: ""},
		{name: "edited message", send: func() { h.fake.Edit(chat, user, 1, "/unsubscribe") }, want: ""},
		{name: "inline callback without message", send: func() {
			h.fake.Push(tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: "x1", From: &user, Data: "f|1"}})
		}, want: ""},
		{name: "empty update", send: func() { h.fake.Push(tgbotapi.Update{}) }, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := h.snapshot()
			from := user
			if tt.admin {
				from = h.admin
			}
			var got []fakeapi.Message
			if tt.send != nil {
				got = h.say(chat, from, "/fence@whosaid_bot", 1)
				got = got[:0]
				n := len(h.fake.Messages(chat.ID))
				tt.send()
				got = h.say(chat, from, "/fence@whosaid_bot", 1)
				got = h.fake.Messages(chat.ID)[n:]
				got = got[:len(got)-2]
			} else {
				got = h.say(chat, from, tt.text, 0)
			}
			switch {
			case tt.want == "" && len(got) > 0 && tt.name != "search only operators":
				t.Errorf("expected no reply, got %q", texts(got))
			case tt.want != "" && (len(got) == 0 || !strings.Contains(strings.Join(texts(got), "\n"), tt.want)):
				t.Errorf("reply %q lacks %q", texts(got), tt.want)
			case tt.name == "search only operators" && len(got) != 1:
				t.Errorf("want one helpful reply, got %q", texts(got))
			}
			if after := h.snapshot(); after != before {
				t.Errorf("stored data changed:\n%s\n->\n%s", before, after)
			}
		})
	}
	if strings.Contains(h.logs.String(), "handler_panic") {
		t.Error("a handler panicked")
	}
	// The forged and stale callbacks were answered, with the expiry notice.
	if a, ok := h.fake.CallbackAnswer("900001"); !ok || !strings.Contains(a, "expired") {
		t.Errorf("forged callback answer %q %v", a, ok)
	}
}

// TestUnknownChat: settings commands and buttons from a chat that never
// sent /start change nothing; reading works.
func TestUnknownChat(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seed()
	stranger := fakeapi.User(5001, "Stranger")
	chat := fakeapi.PrivateChat(stranger)
	before := h.snapshot()
	for _, cmd := range []string{"/time 08:00", "/timezone Europe/Paris", "/pause", "/resume", "/follow peskov", "/unsubscribe", "/settings", "/unfollow"} {
		got := h.say(chat, stranger, cmd, 1)
		if !strings.Contains(got[0].Text, "send /start first") {
			t.Errorf("%s: %q", cmd, got[0].Text)
		}
	}
	got := h.say(chat, stranger, "/latest 1", 1)
	if !strings.Contains(got[0].Text, "Latest 1") {
		t.Errorf("/latest: %q", got[0].Text)
	}
	got = h.say(chat, stranger, "/digest", 1)
	if !strings.Contains(got[0].Text, "Peskov") {
		t.Errorf("/digest: %q", got[0].Text)
	}
	if after := h.snapshot(); after != before {
		t.Errorf("stored data changed:\n%s\n->\n%s", before, after)
	}
	if _, err := h.store.Chat(h.ctx, chat.ID); digest.ErrorCode(err) != digest.ENOTFOUND {
		t.Errorf("the stranger's chat was stored: %v", err)
	}
}

// TestBlockedThenStart: a user who blocked the bot is deactivated by the
// sender; /start brings the subscription back with its settings.
func TestBlockedThenStart(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	user := fakeapi.User(6001, "Quitter")
	chat := fakeapi.PrivateChat(user)
	h.say(chat, user, "/start", 1)
	h.say(chat, user, "/time 06:15", 1)
	h.fake.Block(chat.ID)
	h.enqueue(chat, "digest:2025-09-06", "today's digest")
	h.until("deactivated", h.settled(chat.ID))
	c, _ := h.store.Chat(h.ctx, chat.ID)
	if c.Active || c.Receiving() {
		t.Fatalf("blocked chat still active: %+v", c)
	}
	h.fake.Heal(chat.ID)
	h.say(chat, user, "/start", 1)
	c, _ = h.store.Chat(h.ctx, chat.ID)
	if !c.Active || !c.Receiving() || c.DigestTime != "06:15" || c.Inactive != "" {
		t.Errorf("after /start: %+v", c)
	}
}

// TestMigrationServiceMessage: the service message of a group becoming a
// supergroup moves the chat.
func TestMigrationServiceMessage(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	boss := fakeapi.User(7001, "Boss")
	g := tgbotapi.Chat{ID: -700, Type: "group", Title: "Old"}
	h.fake.SetMember(g.ID, boss, "creator")
	h.say(g, boss, "/start", 1)
	h.fake.Migrate(g.ID, -1000000000700)
	h.fake.Push(tgbotapi.Update{Message: &tgbotapi.Message{MessageID: 99, Chat: &g, From: &boss, MigrateToChatID: -1000000000700}})
	// A reply in the old group, handled after the service message, is
	// answered with migrate_to_chat_id and resent to the supergroup.
	h.fake.SendText(g, boss, "/help")
	sg := tgbotapi.Chat{ID: -1000000000700, Type: "supergroup", Title: "Old"}
	h.wait("reply in the supergroup", func() bool { return len(h.fake.Messages(sg.ID)) == 1 })
	if c, err := h.store.Chat(h.ctx, sg.ID); err != nil || !c.Subscribed {
		t.Errorf("supergroup chat: %+v %v", c, err)
	}
}
