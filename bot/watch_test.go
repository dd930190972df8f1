package bot

import (
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/bot/fakeapi"
)

// TestWatchCommands: /watch, /watches, /unwatch, /mute and /unmute in a
// private chat, and a group member refused.
func TestWatchCommands(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seed()
	chat := fakeapi.PrivateChat(h.admin)
	h.started(chat, h.admin)
	steps := []struct {
		text string
		want string
	}{
		{"/watch", `/watch sanctions speaker:peskov`},
		{"/watch speaker:", "speaker: wants a name"},
		{`/watch "nowhere fast" speaker:peskov`, `Watching "nowhere fast" by Dmitry Peskov`},
		{"/watch tariffs", "Watching tariffs"},
		{"/watch speaker:nobodyknown", "I know no speaker called “nobodyknown”"},
		{"/watch ***", "A watch needs words"},
		{"/watches", "1. \"nowhere fast\" by Dmitry Peskov\n2. tariffs"},
		{"/unwatch 2", "Watch 2 stopped."},
		{"/unwatch 2", "This chat has no watch 2."},
		{"/unwatch two", "a watch's number"},
		{"/mute trump", "Muted <b>Donald Trump</b>"},
		{"/settings", "Muted: Donald Trump\nWatches: 1 (/watches)"},
		{"/unmute", "Muted: Donald Trump."},
		{"/unmute trump", "is no longer muted"},
	}
	for _, s := range steps {
		got := h.say(chat, h.admin, s.text, 1)
		all := strings.Join(texts(got), "\n")
		if !strings.Contains(all, s.want) && !strings.Contains(all, strings.ReplaceAll(strings.ReplaceAll(s.want, "<b>", ""), "</b>", "")) {
			t.Errorf("%s: reply lacks %q:\n%s", s.text, s.want, all)
		}
	}
	list, err := h.store.Watches(h.ctx, chat.ID)
	if err != nil || len(list) != 1 || list[0].Query != `"nowhere fast"` || list[0].Speaker != "Dmitry Peskov" {
		t.Errorf("stored watches %+v %v", list, err)
	}

	g := tgbotapi.Chat{ID: -700, Type: "group", Title: "Desk"}
	member := fakeapi.User(7002, "Member")
	h.fake.SetMember(g.ID, member, "member")
	got := h.say(g, member, "/watch@whosaid_bot sanctions", 1)
	if !strings.Contains(got[0].Text, "Only this group's admins") {
		t.Errorf("member /watch: %q", got[0].Text)
	}
}
