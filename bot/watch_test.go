package bot

import (
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
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
		{"/watch ***", "A watch needs words"},
		{"/watches", "1. \"nowhere fast\" by Dmitry Peskov\n2. tariffs"},
		{"/unwatch 2", "Watch 2 stopped."},
		{"/unwatch 2", "This chat has no watch 2."},
		{"/unwatch two", "a watch's number"},
		{"/mute trump", "Muted <b>Donald Trump</b>"},
		{"/settings", "Muted: Donald Trump\nWatches: 1 (/watches)"},
		{"/unmute", "Muted: Donald Trump."},
		{"/unmute trump", "is no longer muted"},
		// Someone never quoted: the watch waits for their first statement.
		{"/watch sanctions speaker:nobodyknown", "There are no statements by nobodyknown yet; you'll be alerted when one that matches arrives."},
	}
	for _, s := range steps {
		got := h.say(chat, h.admin, s.text, 1)
		all := strings.Join(texts(got), "\n")
		if !strings.Contains(all, s.want) && !strings.Contains(all, strings.ReplaceAll(strings.ReplaceAll(s.want, "<b>", ""), "</b>", "")) {
			t.Errorf("%s: reply lacks %q:\n%s", s.text, s.want, all)
		}
	}
	list, err := h.store.Watches(h.ctx, chat.ID)
	if err != nil || len(list) != 2 || list[0].Query != `"nowhere fast"` || list[0].Speaker != "Dmitry Peskov" ||
		list[1].Query != "sanctions" || list[1].Speaker != "nobodyknown" || list[1].SpeakerID != 0 {
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

// TestUnsubscribeStopsWatches: /unsubscribe stops a chat's alerts as well
// as its digests and says so; /pause stops digests alone; /subscribe
// brings the watches back, alerting about what is said from then on, not
// about what was said while the chat was away.
func TestUnsubscribeStopsWatches(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seed()
	chat := fakeapi.PrivateChat(h.admin)
	h.started(chat, h.admin)
	reply := func(text string) string {
		t.Helper()
		return strings.Join(texts(h.say(chat, h.admin, text, 1)), "\n")
	}
	active := func() int {
		t.Helper()
		ws, err := h.store.ActiveWatches(h.ctx)
		if err != nil {
			t.Fatal(err)
		}
		return len(ws)
	}
	if got := reply("/unsubscribe"); !strings.Contains(got, "no more daily digests") || strings.Contains(got, "watch") {
		t.Errorf("/unsubscribe without watches: %q", got)
	}
	if got := reply(`/watch "nowhere fast"`); !strings.Contains(got, "this chat is unsubscribed: /subscribe") {
		t.Errorf("/watch in an unsubscribed chat: %q", got)
	}
	if got := reply("/subscribe"); !strings.Contains(got, "Alerts from this chat's 1 watch start again") {
		t.Errorf("/subscribe: %q", got)
	}
	if got := reply("/pause"); !strings.Contains(got, "Alerts from this chat's 1 watch go on") || active() != 1 {
		t.Errorf("/pause: %q, %d active watches, want the watch going on", got, active())
	}
	reply("/resume")
	if got := reply("/unsubscribe"); !strings.Contains(got, "no alerts from this chat's 1 watch") || !strings.Contains(got, "/subscribe brings both back") {
		t.Errorf("/unsubscribe with a watch: %q", got)
	}
	if n := active(); n != 0 {
		t.Errorf("%d watches alert after /unsubscribe, want 0", n)
	}
	if got := reply("/watches"); !strings.Contains(got, "no alerts until /subscribe") {
		t.Errorf("/watches while unsubscribed: %q", got)
	}
	if got := reply("/settings"); !strings.Contains(got, "Watches: 1 (/watches, stopped while unsubscribed)") {
		t.Errorf("/settings while unsubscribed: %q", got)
	}

	// Said while the chat was away: no alert once it is back.
	text := "Still stalled\n\nDmitry Peskov said: \"It is going nowhere fast\"\n"
	i := strings.Index(text, "It is")
	c := &digest.Clipping{Path: "away.txt", Outlet: "TASS", Headline: "Still stalled", Text: text, TextSource: digest.TextSourceFile,
		Statements: []digest.Statement{{Speaker: "Dmitry Peskov", SpeakerSpan: digest.Span{15, 28}, Cue: "said", CueSpan: digest.Span{29, 33},
			Content: "It is going nowhere fast", ContentSpan: digest.Span{i, i + 24}, Direct: true}}}
	if _, err := h.store.SaveClipping(h.ctx, c); err != nil {
		t.Fatal(err)
	}
	if got := reply("/subscribe"); !strings.Contains(got, "1 watch start again, about what is said from now on") {
		t.Errorf("/subscribe: %q", got)
	}
	ws, err := h.store.ActiveWatches(h.ctx)
	if err != nil || len(ws) != 1 {
		t.Fatalf("active watches after /subscribe: %+v %v", ws, err)
	}
	newest, err := h.store.MaxEntryID(h.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := h.store.WatchMatches(h.ctx, ws[0], nil, newest, 10); err != nil || len(got) != 0 {
		t.Errorf("the watch would alert about what was said while away: %+v %v", got, err)
	}
}
